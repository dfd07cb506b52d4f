#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of hostile inputs: each shape runs in bounded time and
# under 200 MB (800 MB under ASan), with its message and exit status.
# The shapes once grew faster than their input: YAML aliases repeating
# a scalar, one huge word (hyphenation pieces, a box and a break per
# letter), characters the fonts lack (a search from the span's start for
# each).  Run from the top of the tree: sh tests/e2e_hostile.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# Seconds a case may take: the sizes take about 3 s at most with a
# normal build; a shape that grows with the square of its input takes
# minutes (and run_mem stops it at 60 s).  A sanitizer build is some 3
# times slower and keeps what is freed in quarantine (256 MB, filled by
# the PDF writer's per-page buffers on long inputs): it gets the inputs
# at a quarter of their size; under valgrind (tests/valgrind.sh), 20 to
# 50 times slower, they are 32 times smaller.
TIME_LIMIT=30
DIV=1
case $B in
*asan*)		DIV=4 ;;
*briefing-vg.*)	DIV=32 ;;
esac

FM='---\ntitle: Hostile\ndate: 2024-06-17\nlang: en-US\n---\n\n'

# The body shapes, N KiB each, from awk: deterministic on one machine.
# word: one word of letters and digits; letters: one word of a-z;
# para: one paragraph of common words; paras: short paragraphs;
# cjk: a character no font covers, then a space; punct: ".,;-" over and
# over; dashes: "a-a-a..."; marks: "a" and combining acute accents;
# heads: headings; deeplist, deepquote: nesting on one line.
# For the chronology's analysis (tests/bench.sh): dates: N dates (a
# count, not KiB) of nine forms ("on 3 March 2021", "last Tuesday",
# "two years later", "in 1998", "by March 4"...) in sentences of one
# paragraph; sentence: one sentence of N words (a count) with names,
# months and dates, no sentence end; prose: one paragraph of ordinary
# sentences, one in four dated.
body() {
	awk -v shape="$1" -v n="$2" 'BEGIN {
	srand(7)
	m = n * 1024
	al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	split("the of and to in a is that for it as was with be by on " \
	    "not he this are or his from at which but have an they you " \
	    "were her she there would their we him been has when who " \
	    "will more no if out so said what up its about into than " \
	    "them can only other new some could time these two may then " \
	    "do first any my now such like our over man me even most " \
	    "made after also did many before must through back years " \
	    "where much your way well down should because each just " \
	    "those people", w, " ")
	if (shape == "word")
		for (i = 0; i < m; i++)
			printf "%s", substr(al, int(rand() * 62) + 1, 1)
	else if (shape == "letters")
		for (i = 0; i < m; i++)
			printf "%s", substr(al, int(rand() * 26) + 1, 1)
	else if (shape == "para")
		for (s = 0; s < m; s += length(x) + 1) {
			x = w[int(rand() * 150) + 1]
			printf "%s ", x
		}
	else if (shape == "paras")
		for (i = 0; i < m / 13; i++)
			printf "Short para.\n\n"
	else if (shape == "cjk")
		for (i = 0; i < m / 4; i++)
			printf "\344\270\200 "
	else if (shape == "punct")
		for (i = 0; i < m / 4; i++)
			printf ".,;-"
	else if (shape == "dashes")
		for (i = 0; i < m / 2; i++)
			printf "a-"
	else if (shape == "marks") {
		printf "a"
		for (i = 0; i < m / 2; i++)
			printf "\314\201"
	} else if (shape == "heads")
		for (i = 0; i < m / 20; i++)
			printf "## Heading %d\n\n", i
	else if (shape == "deeplist")
		for (i = 0; i < m / 2; i++)
			printf "- "
	else if (shape == "deepquote")
		for (i = 0; i < m; i++)
			printf ">"
	else if (shape == "dates") {
		lists()
		for (i = 0; i < n; i++)
			printf "%s ", dated()
	} else if (shape == "sentence") {
		lists()
		for (k in w)
			nw++
		printf "The"
		for (i = 1; i < n; i++) {
			r = rand()
			if (r < 0.04 && n - i >= 4) {
				printf " on %d %s %d", day(), pick(mon, 12),
				    year()
				i += 3
			} else if (r < 0.10)
				printf " %s", pick(name, 12)
			else if (r < 0.12)
				printf " %s", pick(mon, 12)
			else
				printf " %s", w[int(rand() * nw) + 1]
			if (rand() < 0.06)
				printf ","
		}
		printf " "
	} else if (shape == "prose") {
		lists()
		for (s = 0; s < m; s += length(x) + 1) {
			x = rand() < 0.25 ? dated() : plain()
			printf "%s ", x
		}
	}
	print "x"
	}

	function lists() {
		split("the minister|Anna Keller|the central bank|" \
		    "officials in Lagos|the company|David Moreno|the court|" \
		    "Prime Minister Sato|the union|residents of the town|" \
		    "the council|Li Wei", subj, "|")
		split("met the envoys|announced a new plan|" \
		    "signed the agreement|visited the capital|" \
		    "raised interest rates|opened an inquiry|left the talks|" \
		    "published its report|returned home|rejected the offer",
		    verb, "|")
		split("after a long debate|in the capital|" \
		    "with the support of its partners|because of the cost|" \
		    "and called for calm|despite the protests", tail, "|")
		split("January February March April May June July August " \
		    "September October November December", mon, " ")
		split("Monday Tuesday Wednesday Thursday Friday Saturday " \
		    "Sunday", wday, " ")
		split("two three four five six seven", num, " ")
		split("Anna Keller David Moreno Sato Lagos Berlin Li Wei " \
		    "Maria Ottawa Nairobi", name, " ")
	}
	function pick(a, k) { return a[int(rand() * k) + 1] }
	function day() { return int(rand() * 28) + 1 }
	function year() { return 1950 + int(rand() * 74) }
	function cap(t) { return toupper(substr(t, 1, 1)) substr(t, 2) }
	function when(f) {
		f = int(rand() * 9)
		if (f == 0)
			return "on " day() " " pick(mon, 12) " " year()
		if (f == 1)
			return "last " pick(wday, 7)
		if (f == 2)
			return pick(num, 6) (rand() < 0.5 ? " years later" : \
			    " weeks earlier")
		if (f == 3)
			return "in " year()
		if (f == 4)
			return "on " pick(mon, 12) " " day()
		if (f == 5)
			return "in " pick(mon, 12) " " year()
		if (f == 6)
			return "on " pick(wday, 7)
		if (f == 7)
			return "by " pick(mon, 12) " " day()
		return "the next day"
	}
	# a sentence of one date: the date in front, or at the end of a
	# clause said or not
	function dated(t, d, r) {
		t = pick(subj, 12) " " pick(verb, 10)
		d = when()
		r = rand()
		if (r < 0.3)
			t = d ", " t
		else if (r < 0.5)
			t = pick(subj, 12) " said " t " " d
		else
			t = t " " d
		return cap(t) "."
	}
	function plain(t) {
		t = pick(subj, 12) " " pick(verb, 10)
		if (rand() < 0.7)
			t = t " " pick(tail, 6)
		return cap(t) "."
	}'
}

# hostile NAME SHAPE KIB: s.md of that body in $T/h/NAME, then run_mem
# and the elapsed time.
hostile() {
	_d=$T/h/$1
	mkdir -p "$_d"
	{ printf -- "$FM"; body "$2" $(($3 / DIV)); } >"$_d/s.md"
	_t0=$(date +%s%N)
	run_mem "$_d" s.md
	_t1=$(date +%s%N)
	secs=$(( (_t1 - _t0) / 1000000000 ))
}

time_ok() {
	why="took $secs s, limit $TIME_LIMIT s"
	[ "$secs" -lt "$TIME_LIMIT" ]
}

# count_re ERE N: N lines of stderr match.
count_re() {
	_c=$(grep -Ec -- "$1" "$T/err")
	why="$_c lines of stderr match /$1/, expected $2"
	[ "$_c" -eq "$2" ]
}

# standard checks of a case that writes its PDF: status 0, the PDF,
# memory and time.
written() {
	check "hostile/$1-status" status_is 0
	check "hostile/$1-pdf" pdf_ok "$_d/s.pdf"
	check "hostile/$1-memory" mem_ok
	check "hostile/$1-time" time_ok
}

# --- YAML aliases -----------------------------------------------------------

# bomb NAME N LEN: N aliases in summary of an anchored text of LEN bytes
# ("word word ..."), in $T/h/NAME/s.md beside an old s.pdf; run_mem.
bomb() {
	_d=$T/h/$1
	mkdir -p "$_d"
	awk -v n="$2" -v len="$3" 'BEGIN {
	    printf "---\ntitle: Hostile\nsubtitle: &a \""
	    for (i = 0; i < len; i++)
		printf "%s", substr("word ", i % 5 + 1, 1)
	    printf "\"\nsummary:\n"
	    for (i = 0; i < n; i++)
		print "  - *a"
	    printf "---\n\nBody.\n" }' >"$_d/s.md"
	printf 'previous PDF, must survive\n' >"$_d/s.pdf"
	snapshot "$_d"
	_t0=$(date +%s%N)
	run_mem "$_d" s.md
	_t1=$(date +%s%N)
	secs=$(( (_t1 - _t0) / 1000000000 ))
}

# 170 000 aliases of 1 KB (1.2 MB of source, 170 MB of key points):
# stopped at alias 1001, on line 1005
bomb alias-count 170000 1000
check hostile/alias-count-status status_is 1
check hostile/alias-count-message err_re "^s\.md:1005:5: error: alias '\*a'"\
" makes more than 1000 aliases in the front matter$"
check hostile/alias-count-one-message count_re . 1
check hostile/alias-count-nothing-written unchanged "$_d"
check hostile/alias-count-memory mem_ok
check hostile/alias-count-time time_ok

# 600 aliases of 2000 bytes: alias 525 goes past 1 MiB, on line 529
bomb alias-size 600 2000
check hostile/alias-size-status status_is 1
check hostile/alias-size-message err_re "^s\.md:529:5: error: alias '\*a'"\
" expands the front matter past 1048576 bytes$"
check hostile/alias-size-nothing-written unchanged "$_d"
check hostile/alias-size-memory mem_ok

# within both limits: written, every key point kept
bomb alias-within 1000 1000
check hostile/alias-within-status status_is 0
check hostile/alias-within-silent err_empty
check hostile/alias-within-pdf pdf_ok "$_d/s.pdf"
run "$_d" --dump doc s.md
check hostile/alias-within-key-points jq_ok \
    '.meta.summary | length == 1000 and all(length == 1000)'

# --- one huge word ----------------------------------------------------------

WIDE="^s\.md:7:1: warning: a word is wider than the column"\
" \('[^']{16}\.\.\.'\); broken between letters$"

# 2 MiB of letters and digits: once 111 s and 2.7 GB
hostile word word 2048
written word
check hostile/word-warning err_re "$WIDE"
check hostile/word-one-warning count_re . 1

# 2 MiB of a-z: once a table of every piece of it for hyphenation
hostile letters letters 2048
written letters
check hostile/letters-warning err_re "$WIDE"

# a smaller word: every character is in the PDF, in order, once the
# line ends are joined (the body column only: x < 385 pt, between the
# header and the footer)
hostile word-text word 20
written word-text
pdftotext -raw -x 0 -y 50 -W 385 -H 740 "$_d/s.pdf" - 2>/dev/null |
    tr -d ' \n\f' >"$T/wt"
body word $((20 / DIV)) | tr -d '\n' >"$T/ww"
check hostile/word-text-whole has_text "$T/wt" "$(cat "$T/ww")"
# (a 20 KiB word fills pages; the valgrind run's 32nd of it does not)
[ "$DIV" -lt 32 ] && check hostile/word-text-several-pages info_re \
    "$_d/s.pdf" '^Pages: +([2-9]|[1-9][0-9]+)$'

# letters and punctuation: no break points in a word this long
hostile punct punct 1024
written punct
check hostile/punct-warning err_re "$WIDE"
hostile dashes dashes 1024
written dashes
check hostile/dashes-warning err_re "$WIDE"

# combining marks: one word of 1 MiB, "a" and its marks; measured in
# pieces that open with a mark (a dotted circle each), it is wider than
# the column, yet one cluster is never cut
hostile marks marks 1024
written marks
check hostile/marks-warning err_re "$WIDE"

# --- long paragraphs and many blocks ----------------------------------------

hostile para para 512
written para
check hostile/para-silent err_empty

hostile paras paras 1024
written paras
check hostile/paras-silent err_empty

hostile heads heads 256
written heads

hostile deeplist deeplist 256
written deeplist
hostile deepquote deepquote 256
written deepquote

# 128 Ki characters no font covers: the place of each was searched from
# the paragraph's start (minutes); the first ones keep their exact place
hostile cjk cjk 512
written cjk
NC=" warning: character U\+4E00 is not covered by the fonts;"\
" drawn as U\+FFFD$"
check hostile/cjk-first err_re "^s\.md:7:1:$NC"
check hostile/cjk-second err_re "^s\.md:7:3:$NC"
