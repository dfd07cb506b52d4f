#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks: wall time of the example (median of 21 runs) and of a body
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

# Hostile inputs at 1x, 4x and 16x: wall time and peak memory of one run
# each, and the ratio to the size before (4 for time and memory growing
# linearly with the input; memory starts from the ~15 MB of fonts and
# code).  The body shapes are those of tests/e2e_hostile.sh.
eval "$(sed -n '/^body() {$/,/^}$/p' "$(dirname "$0")/e2e_hostile.sh")"
fm='---\ntitle: Hostile\ndate: 2024-06-17\nlang: en-US\n---\n\n'

# aliases N: N aliases of an anchored 1 KB text in summary (stopped at
# the 1001st: the time stays flat)
aliases() {
	awk -v n="$1" 'BEGIN {
	    printf "---\ntitle: Hostile\nsubtitle: &a \""
	    for (i = 0; i < 1000; i++)
		printf "%s", substr("word ", i % 5 + 1, 1)
	    printf "\"\nsummary:\n"
	    for (i = 0; i < n; i++)
		print "  - *a"
	    printf "---\n\nBody.\n" }'
}

# notes N: N front matter notes, every seventh found in the body
notes() {
	awk -v n="$1" 'BEGIN {
	    printf "---\ntitle: Hostile\nnotes:\n"
	    for (i = 0; i < n; i++)
		printf "  term%d alpha: note %d\n", i, i
	    printf "---\n\n"
	    for (i = 0; i < n; i += 7)
		printf "Here term%d alpha appears. ", i
	    print "" }'
}

# hostile LABEL SHAPE KIB: the shape at KIB, 4 KIB and 16 KIB (for
# aliases and notes: KIB thousands of them)
hostile() {
	line=$(printf '%-16s' "$1")
	pt=
	pm=
	for m in 1 4 16; do
		n=$(($3 * m))
		if [ "$2" = aliases ]; then
			aliases $((n * 1000)) >"$tmp/h.md"
		elif [ "$2" = notes ]; then
			notes $((n * 1000)) >"$tmp/h.md"
		else
			{ printf -- "$fm"; body "$2" "$n"; } >"$tmp/h.md"
		fi
		s=$(date +%s%N)
		/usr/bin/time -f '%M' -o "$tmp/peak" "$bin" -q \
		    -o "$tmp/h.pdf" "$tmp/h.md" >/dev/null 2>&1 || :
		e=$(date +%s%N)
		t=$(( (e - s) / 1000000 ))
		k=$(tail -n 1 "$tmp/peak")
		line="$line  ${m}x $(($(wc -c <"$tmp/h.md") / 1024)) KiB:"
		line="$line $t ms $((k / 1024)) MB"
		if [ -n "$pt" ]; then
			line="$line ($(awk -v a="$t" -v b="$pt" -v c="$k" \
			    -v d="$pm" 'BEGIN { printf "x%.1f, x%.1f",
			    a / (b > 0 ? b : 1), c / d }'))"
		fi
		pt=$t
		pm=$k
	done
	echo "$line"
}

echo "hostile inputs: size, time, peak memory (ratio to the size before)"
hostile alias-bomb aliases 10
hostile long-word word 128
hostile long-letters letters 128
hostile long-para para 64
hostile short-paras paras 64
hostile uncovered cjk 32
hostile punctuation punct 64
hostile headings heads 32
hostile many-notes notes 2
