#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmarks: wall time of the example (median of 21 runs) and of a body
# 200 times as long, with peak memory (GNU time's maximum RSS); with a
# second binary (make bench BASE=REV builds one), the example with both,
# in alternation.
# Usage: tests/bench.sh BRIEFING EXAMPLE.md [BASE-BRIEFING [BASE-NAME]]
set -eu
bin=$1
src=$2
basebin=${3:-}
basename=${4:-base}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

# A copy of a binary of a build tree, beside a link to its fonts (where
# it finds its fonts and assets): a rebuild while the benchmarks run
# (make in another shell) changes neither the figures nor the exit.
snap() {
	_f=$(dirname "$1")/../fonts
	if [ -d "$_f" ]; then
		mkdir -p "$tmp/$2/bin"
		cp "$1" "$tmp/$2/bin/briefing"
		ln -s "$(cd "$_f" && pwd -P)" "$tmp/$2/fonts"
		echo "$tmp/$2/bin/briefing"
	else
		echo "$1"
	fi
}
bin=$(snap "$bin" this)
[ -n "$basebin" ] && basebin=$(snap "$basebin" base)

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
	done | sort -n | awk '{ a[NR] = $1 }
	    END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

peak() {
	/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

"$bin" -q -o "$tmp/example.pdf" "$src"
echo "example      $(median 21 "$bin" -q -o "$tmp/example.pdf" "$src") ms" \
    "(median of 21)  $(wc -c <"$tmp/example.pdf") bytes" \
    "peak $(peak "$bin" -q -o "$tmp/example.pdf" "$src") KB"

# once BIN...: the wall time in ms of one run of each BIN on the example,
# in that order, one a line (hyperfine: each BIN warmed up by one run
# first; else the shell's clock, some 1 ms of fork and exec included)
once() {
	if command -v hyperfine >/dev/null 2>&1; then
		for _b; do
			set -- "$@" "$_b -q -o $tmp/once.pdf $src"
		done
		shift $(($# / 2))
		hyperfine -N --style none --warmup 1 --runs 1 \
		    --export-json "$tmp/o.json" "$@" >/dev/null 2>&1
		jq -r '.results[].times[0] * 1000' "$tmp/o.json"
		return
	fi
	for _b; do
		s=$(date +%s%N)
		"$_b" -q -o "$tmp/once.pdf" "$src" >/dev/null 2>&1
		e=$(date +%s%N)
		echo $(( (e - s) / 1000 )) | awk '{ print $1 / 1000 }'
	done
}

# middle FILE: the median of its numbers
middle() {
	sort -n "$1" | awk '{ a[NR] = $1 }
	    END { printf "%.1f", a[int((NR + 1) / 2)] }'
}

# The example with this build and the base one, 21 runs each, alternated
# (this, base; then base, this) so that a change of the machine's load
# while they run weighs on both alike.
if [ -n "$basebin" ]; then
	: >"$tmp/ta"
	: >"$tmp/tb"
	i=0
	while [ "$i" -lt 21 ]; do
		if [ $((i % 2)) -eq 0 ]; then
			once "$bin" "$basebin" >"$tmp/o"
			sed -n 1p "$tmp/o" >>"$tmp/ta"
			sed -n 2p "$tmp/o" >>"$tmp/tb"
		else
			once "$basebin" "$bin" >"$tmp/o"
			sed -n 1p "$tmp/o" >>"$tmp/tb"
			sed -n 2p "$tmp/o" >>"$tmp/ta"
		fi
		i=$((i + 1))
	done
	a=$(middle "$tmp/ta")
	b=$(middle "$tmp/tb")
	how=shell
	command -v hyperfine >/dev/null 2>&1 && how=hyperfine
	echo "example vs $basename: $a ms, $basename $b ms," \
	    "difference $(awk -v a="$a" -v b="$b" \
	    'BEGIN { printf "%+.1f", a - b }') ms" \
	    "(medians of 21 alternated runs each, $how)"
fi

# the body 200 times: front matter once, body repeated
awk 'NR == 1 && /^---$/ { fm = 1 }
    fm { print; if (NR > 1 && /^---$/) fm = 0; next }' "$src" >"$tmp/big.md"
body=$(awk 'NR == 1 && /^---$/ { fm = 1; next }
    fm { if (/^---$/) fm = 0; next } { print }' "$src")
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

# hostile LABEL SHAPE N [STEP [events]]: the shape at N, STEP N and
# STEP^2 N (STEP 4 unless given): N KiB of body, but thousands for
# aliases and notes, a count of dates or words for dates and sentence.
# "events" times --dump events (the text analysis and the chronology,
# without typesetting) instead of the PDF.  A run is stopped after
# $LIMIT s (a shape that grows with the square of its input).
LIMIT=600
hostile() {
	shape=$2
	n1=$3
	step=${4:-4}
	ev=${5:-}
	line=$(printf '%-21s' "$1")
	pt=
	pm=
	for m in 1 "$step" $((step * step)); do
		n=$((n1 * m))
		case $shape in
		aliases) aliases $((n * 1000)) >"$tmp/h.md" ;;
		notes) notes $((n * 1000)) >"$tmp/h.md" ;;
		*) { printf -- "$fm"; body "$shape" "$n"; } >"$tmp/h.md" ;;
		esac
		case $shape in
		dates) count=" $n dates" ;;
		sentence) count=" $n words" ;;
		*) count= ;;
		esac
		if [ "$ev" = events ]; then
			set -- --dump events "$tmp/h.md"
		else
			set -- -q -o "$tmp/h.pdf" "$tmp/h.md"
		fi
		st=0
		s=$(date +%s%N)
		/usr/bin/time -f '%M' -o "$tmp/peak" timeout "$LIMIT" \
		    "$bin" "$@" >/dev/null 2>&1 || st=$?
		e=$(date +%s%N)
		t=$(( (e - s) / 1000000 ))
		k=$(tail -n 1 "$tmp/peak")
		line="$line  ${m}x$count $(($(wc -c <"$tmp/h.md") / 1024)) KiB:"
		line="$line $t ms $((k / 1024)) MB"
		# exit 1 is an input refused (the alias bombs past 1000)
		if [ "$st" -eq 124 ]; then
			echo "$line (stopped after $LIMIT s)"
			return
		elif [ "$st" -gt 1 ]; then
			echo "$line (exit $st)"
			return
		fi
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

# The chronology's analysis on long prose: 5 000 dates in one paragraph,
# a sentence of 100 000 words, a paragraph of 640 KiB (10 MiB at 16x);
# each typeset, then through --dump events alone.
hostile dates dates 5000
hostile "dates events" dates 5000 4 events
hostile long-sentence sentence 100000
hostile "long-sentence events" sentence 100000 4 events
hostile ten-mb-para prose 640
hostile "ten-mb-para events" prose 640 4 events
