#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the text that copies out of the PDF, read by
# poppler (pdftotext -raw: content order, nothing joined): a word broken
# at a line end comes out whole at the end of its first line (marked-
# content spans with /ActualText: the whole word over the first part,
# nothing over the rest), a note's number is a word of its own, and the
# figure's labels are separate words.  Run from the top of the tree:
# sh tests/e2e_copy.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# tokens TXT: the whitespace-separated words of TXT, one a line, quotes
# and punctuation at their ends taken off.
tokens() {
	tr -s ' \t\f' '\n\n\n' <"$1" | sed -e 's/^[“‘"(]*//' \
	    -e 's/[”’",.;:)]*$//' | grep -v '^$'
}

# whole_words TRACE TXT: every word the typesetter broke at a line end
# (BRIEFING_TRACE=hyphen) is a word of TXT; there are some.
whole_words() {
	sed -n 's/^hyphen: //p' "$1" | sed -e 's/^[“‘"(]*//' \
	    -e 's/[”’",.;:)]*$//' >"$T/broken"
	tokens "$2" | sort -u >"$T/tokens"
	_n=$(wc -l <"$T/broken")
	_miss=$(sort -u "$T/broken" | comm -23 - "$T/tokens" | head -5 |
	    tr '\n' ' ')
	why="$_n words broken; not whole in ${2#"$T"/}: $_miss"
	[ "$_n" -ge "${3:-1}" ] && [ -z "$_miss" ]
}

# in_line TXT: no word broken at a line end (in $T/broken) comes out
# as a line of its own: it ends the line its first part is on.
in_line() {
	_lone=$(sed -e 's/^[“‘"(]*//' -e 's/[”’",.;:)]*[[:space:]]*$//' "$1" |
	    grep -Fx -f "$T/broken" | head -3 | tr '\n' ' ')
	why="alone on a line: $_lone"
	[ -z "$_lone" ]
}

# no_split TXT: no line ends in a hyphen after a lower-case letter with
# the next line going on in lower case ("prompt-" / "ing").
no_split() {
	why=$(awk '
	    prev != "" && $0 ~ /^[[:lower:]]/ {
		print "split: " prev " / " $1; bad = 1; exit
	    }
	    { prev = ($0 ~ /[[:lower:]](-|\342\200\220)$/) ? $NF : "" }
	    END { exit bad }' "$1")
	[ -z "$why" ]
}

# not_glued TXT NOTES: no note number stuck to the last word of its term
# ("summit2", "arms”1"); the number follows it after a space.
not_glued() {
	why=
	jq -r '.[] | select(.kind == "term") | "\(.num) \(.term)"' "$2" \
	    >"$T/terms"
	while read -r _num _term; do
		_last=${_term##* }
		if grep -Eq -- "$_last[”’\"]?$_num" "$1"; then
			why="'$_last' glued to its number $_num"
			return 1
		fi
		if ! grep -Eq -- "$_last[”’\"]? $_num" "$1"; then
			why="'$_last $_num' not found"
			return 1
		fi
	done <"$T/terms"
	[ -s "$T/terms" ]
}

# labels_apart TXT LAYOUT: each label of the figure stands between
# spaces or line ends, and no word is two labels' words run together.
labels_apart() {
	jq -r '.labels[].text, .nodes[].name' "$2" | grep -v '^Figure ' \
	    >"$T/labels"
	tokens "$1" | sort -u >"$T/tokens"
	why=$(awk -v toks="$T/tokens" '
	    BEGIN { while ((getline t < toks) > 0) tok[t] = 1 }
	    { lab[NR] = $0; n = split($0, w, " ")
	      for (i = 1; i <= n; i++) if (w[i] !~ /^[0-9]+$/) word[w[i]] = 1 }
	    END {
		for (a in word) for (b in word)
			if ((a b) in tok) { print "glued: " a b; exit 1 }
	    }' "$T/labels")
	[ -z "$why" ] || return 1
	while IFS= read -r _l; do
		if ! grep -Eq -- "(^|[[:space:]])$(printf '%s' "$_l" |
		    sed 's/[].[*^$\\/]/\\&/g')([[:space:]]|$)" "$1"; then
			why="label '$_l' not a word of its own"
			return 1
		fi
	done <"$T/labels"
	[ -s "$T/labels" ]
}

# reader_quiet PDF: poppler reads the page streams without a word.
reader_quiet() {
	_e=$(pdftotext -raw "$1" - 2>&1 >/dev/null)
	why="pdftotext: $_e; qpdf: $(qpdf --check "$1" 2>&1 | tail -1)"
	[ -z "$_e" ] && qpdf --check "$1" >/dev/null 2>&1
}

# spans_balanced PDF: every marked-content span the pages open closes,
# and BT/ET and BDC/EMC nest (ISO 32000-1, 14.6); there are spans.
spans_balanced() {
	qpdf --qdf --object-streams=disable "$1" "$T/qdf.pdf" 2>/dev/null
	why=$(LC_ALL=C awk '
	    /^BT$/ { btd = depth }
	    /^ET$/ { if (depth != btd) bad = "a span crosses BT/ET" }
	    /B[DM]C$/ { depth++; n++ }
	    /^EMC$/ { if (depth == 0) bad = "EMC without BDC"; depth-- }
	    END {
		if (depth != 0) bad = "spans left open";
		if (n == 0) bad = "no span";
		if (bad != "") print bad
	    }' "$T/qdf.pdf")
	[ -z "$why" ]
}

# --- the example ---------------------------------------------------------

mkdir -p "$T/cp"
cp "$EX" "$T/cp/ex.md"
(cd "$T/cp" && BRIEFING_TRACE=hyphen exec "$B" ex.md) 2>"$T/cp/trace"
rc=$?
last='(cd cp && BRIEFING_TRACE=hyphen briefing ex.md)'
check copy/runs status_is 0
"$B" --dump notes "$T/cp/ex.md" >"$T/cp/notes.json" 2>/dev/null
"$B" --dump layout "$T/cp/ex.md" >"$T/cp/layout.json" 2>/dev/null
pdftotext -raw "$T/cp/ex.pdf" "$T/cp/raw.txt" 2>/dev/null
check copy/reader-quiet reader_quiet "$T/cp/ex.pdf"
check copy/spans-balanced spans_balanced "$T/cp/ex.pdf"
check copy/broken-words-whole whole_words "$T/cp/trace" "$T/cp/raw.txt" 3
check copy/no-split-word no_split "$T/cp/raw.txt"
check copy/broken-word-in-its-line in_line "$T/cp/raw.txt"
check copy/note-number-apart not_glued "$T/cp/raw.txt" "$T/cp/notes.json"
check copy/labels-apart labels_apart "$T/cp/raw.txt" "$T/cp/layout.json"
# the URL note broken after a slash copies as one URL
check copy/url-whole has_text "$T/cp/raw.txt" \
    'https://www.un.org/securitycouncil/sanctions/1718'
# the default (reading-order) text too
pdftotext "$T/cp/ex.pdf" "$T/cp/flow.txt" 2>/dev/null
check copy/flow-broken-words-whole whole_words "$T/cp/trace" \
    "$T/cp/flow.txt" 3
check copy/flow-no-split-word no_split "$T/cp/flow.txt"

# --- a narrow column: many breaks, explicit hyphens, Letter paper --------

cat >"$T/cp/narrow.md" <<'EOF'
---
title: Hyphenation test
date: 2024-03-01
lang: en-GB
---

The extraordinarily comprehensive intergovernmental negotiations
concerning the demilitarisation of the contested borderlands
reconvened, notwithstanding considerable disagreements about
implementation, verification, decommissioning and compensation.
Representatives characterised the counter-proposals as
well-intentioned but fundamentally unimplementable, recommending
supplementary consultations with the international monitoring
commission before any parliamentary ratification.
EOF
(cd "$T/cp" && BRIEFING_TRACE=hyphen exec "$B" --paper letter \
    narrow.md) 2>"$T/cp/ntrace"
rc=$?
last='(cd cp && BRIEFING_TRACE=hyphen briefing --paper letter narrow.md)'
check copy/narrow-runs status_is 0
pdftotext -raw "$T/cp/narrow.pdf" "$T/cp/nraw.txt" 2>/dev/null
check copy/narrow-reader-quiet reader_quiet "$T/cp/narrow.pdf"
check copy/narrow-whole whole_words "$T/cp/ntrace" "$T/cp/nraw.txt" 1
check copy/narrow-no-split no_split "$T/cp/nraw.txt"

# --- a word cut between letters over many lines ------------------------------

# longword N: a word of N letters, no break point in it
longword() {
	awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
	    printf "%c", 97 + (i * 7) % 26 }'
}
for n in 600 3000; do
	{ printf -- '---\ntitle: Long word\ndate: 2024-03-01\nlang: en-GB\n'
	  printf -- '---\n\n'; longword "$n"; echo; } >"$T/cp/w$n.md"
	(cd "$T/cp" && exec "$B" -q "w$n.md") 2>/dev/null
	pdftotext -raw "$T/cp/w$n.pdf" "$T/cp/w$n.txt" 2>/dev/null
	qpdf --qdf --object-streams=disable "$T/cp/w$n.pdf" \
	    "$T/cp/w$n.qdf" 2>/dev/null
done
# up to 1 KiB (a long URL) the word copies whole from its first line
check copy/long-word-whole has_text "$T/cp/w600.txt" "$(longword 600)"
check copy/long-word-spans spans_balanced "$T/cp/w600.pdf"
# longer, it copies as printed, a part a line (the body column joined
# gives it back), and its text is not in the PDF a second time: no
# /ActualText, no empty span over each later part
pdftotext -raw -x 0 -y 50 -W 385 -H 740 "$T/cp/w3000.pdf" - 2>/dev/null |
    tr -d ' \n\f' >"$T/cp/w3000.col"
check copy/longer-word-parts has_text "$T/cp/w3000.col" "$(longword 3000)"
check copy/longer-word-no-actual lacks_text "$T/cp/w3000.qdf" "/ActualText"
check copy/longer-word-reader-quiet reader_quiet "$T/cp/w3000.pdf"
