#!/bin/sh
# SPDX-License-Identifier: MIT
# The --watch rebuild of a text against a cold run: the median of the
# build times --watch prints (from the end of the quiet time after a
# save to the renamed PDF) over N edits saved by rename, and the median
# wall time of a cold run of the same text.  One line:
#   watch rebuild: median X ms over N edits (...); cold run Y ms; ratio Z
# (the issue's target: a rebuild of the example in at most 10 ms)
# Usage: tests/bench_watch.sh BRIEFING EXAMPLE.md [N]
set -eu
bin=$1
src=$2
n=${3:-21}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
cp "$src" "$tmp/s.md"
cp "$src" "$tmp/a.md"
# the other version of the text: one word more in its last line
sed '$s/$/ Indeed./' "$src" >"$tmp/b.md"

# median of the numbers on stdin
median() {
	sort -n | awk '{ a[NR] = $1 }
	    END { if (NR) printf "%.1f", a[int((NR + 1) / 2)] }'
}

# cold runs: hyperfine when present (no shell around the command), else
# the shell's clock (a fork and an exec more)
cold=
if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --style none --warmup 2 --runs "$n" \
	    --export-json "$tmp/h.json" \
	    "$bin -q -o $tmp/cold.pdf $tmp/s.md" >/dev/null 2>&1 &&
	    cold=$(awk -F: '/"median"/ { gsub(/[ ,]/, "", $2);
		printf "%.1f", $2 * 1000; exit }' "$tmp/h.json")
fi
if [ -z "$cold" ]; then
	i=0
	while [ "$i" -lt "$n" ]; do
		s=$(date +%s%N)
		"$bin" -q -o "$tmp/cold.pdf" "$tmp/s.md"
		e=$(date +%s%N)
		echo $(((e - s) / 1000))
		i=$((i + 1))
	done | awk '{ print $1 / 1000 }' | median >"$tmp/cold"
	cold=$(cat "$tmp/cold")
fi

# wait_lines N: up to 30 s for N build lines of the watcher
wait_lines() {
	_k=300
	while [ "$(grep -c ' s\.md: \(re\)\{0,1\}built\| s\.md: not' \
	    "$tmp/log")" -lt "$1" ] && [ "$_k" -gt 0 ]; do
		sleep 0.05
		_k=$((_k - 1))
	done
	[ "$_k" -gt 0 ]
}

(cd "$tmp" && exec "$bin" --watch s.md) >"$tmp/log" 2>"$tmp/err" &
pid=$!
wait_lines 1 || { echo "watch rebuild: no first build"; exit 1; }
i=1
while [ "$i" -le "$n" ]; do
	# a user's pause between saves: what --watch loads ahead is ready
	sleep 0.3
	if [ $((i % 2)) -eq 1 ]; then
		cp "$tmp/b.md" "$tmp/s.md.new"
	else
		cp "$tmp/a.md" "$tmp/s.md.new"
	fi
	mv "$tmp/s.md.new" "$tmp/s.md"
	wait_lines $((i + 1)) || { echo "watch rebuild: edit $i not" \
	    "rebuilt"; exit 1; }
	i=$((i + 1))
done
kill -INT "$pid"
wait "$pid" || :
pid=
watch=$(sed -n 's/.* s\.md: rebuilt in \([0-9.]*\) ms.*/\1/p' "$tmp/log" |
    median)
echo "watch rebuild: median $watch ms over $n edits (debounce end to" \
    "renamed PDF, target <= 10 ms); cold run $cold ms; ratio" \
    "$(awk -v w="$watch" -v c="$cold" 'BEGIN { printf "%.2f", w / c }')"
