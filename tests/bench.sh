#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks: wall time of the example (median of 11 runs) and of a body
# 200 times as long, with peak memory (GNU time's maximum RSS).
# Usage: tests/bench.sh BRIEFING EXAMPLE.md
set -eu
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

# median wall time in ms of a command run N times (hyperfine when
# present: it runs the command without a shell around it)
median() {
	n=$1
	shift
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --style none --warmup 2 --runs "$n" \
		    --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
		awk -F: '/"median"/ { gsub(/[ ,]/, "", $2);
		    printf "%.1f", $2 * 1000; exit }' "$tmp/h.json"
		return
	fi
	i=0
	while [ "$i" -lt "$n" ]; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s%N)
		echo $(( (e - s) / 1000 ))
		i=$((i + 1))
	done | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

peak() {
	/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

"$bin" -q -o "$tmp/example.pdf" "$src"
echo "example      $(median 21 "$bin" -q -o "$tmp/example.pdf" "$src") ms" \
    "(median of 21)  $(wc -c <"$tmp/example.pdf") bytes" \
    "peak $(peak "$bin" -q -o "$tmp/example.pdf" "$src") KB"

# the body 200 times: front matter once, body repeated
awk 'NR == 1 && /^---$/ { fm = 1 } fm { print; if (NR > 1 && /^---$/) fm = 0; next }' "$src" >"$tmp/big.md"
body=$(awk 'NR == 1 && /^---$/ { fm = 1; next } fm { if (/^---$/) fm = 0; next } { print }' "$src")
i=0
while [ "$i" -lt 200 ]; do
	printf '%s\n\n' "$body" >>"$tmp/big.md"
	i=$((i + 1))
done
"$bin" -q -o "$tmp/big.pdf" "$tmp/big.md"
pages=$(pdfinfo "$tmp/big.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
echo "200x body    $(median 3 "$bin" -q -o "$tmp/big.pdf" "$tmp/big.md") ms" \
    "(median of 3)  $(wc -c <"$tmp/big.md") source bytes, ${pages:-?} pages" \
    "peak $(peak "$bin" -q -o "$tmp/big.pdf" "$tmp/big.md") KB"
