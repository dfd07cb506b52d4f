#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the tagged PDF (issue 16): the structure tree as
# poppler (pdfinfo -struct-text) and pdf.js (tests/pdfjs/struct.mjs)
# read it, its reading order, the words of the page in it and the page
# furniture out of it, --no-tags and --pdfua.  Run from the top of the
# tree: sh tests/e2e_tags.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

STRUCT=$TOP/tests/pdfjs/struct.mjs
WORDS=$TOP/tests/struct_words.py
# the running footer: "name.md · abc1234 … Page 1 of 2"
FOOTER='\.md · [0-9a-f]+ '

# tree_has PDF RE: a line of pdfinfo -struct-text matches the ERE.
tree_has() {
	why="no line of the structure tree matches /$2/"
	grep -Eq -- "$2" "$T/tree"
}

# tree_lacks RE: no line of it does.
tree_lacks() {
	why="the structure tree has: $(grep -E -- "$1" "$T/tree" | head -3)"
	! grep -Eq -- "$1" "$T/tree"
}

# roles_in_order RE...: the tree's element lines (roles and text, one
# element a line, reading order) match the EREs in this order.
roles_in_order() {
	_n=0
	for _re in "$@"; do
		_at=$(tail -n +$((_n + 1)) "$T/tree" | grep -nE -- "$_re" |
		    head -1 | cut -d: -f1)
		if [ -z "$_at" ]; then
			why="/$_re/ is not after line $_n of the tree"
			return 1
		fi
		_n=$((_n + _at))
	done
}

# count_is RE N: N lines of the tree match RE.
count_is() {
	_c=$(grep -cE -- "$1" "$T/tree")
	why="$_c lines match /$1/, expected $2"
	[ "$_c" -eq "$2" ]
}

# js_ok JQ: true of struct.mjs's JSON of the last PDF.
js_ok() {
	why="not true of pdf.js's tree: $1"
	jq -e "$1" "$T/js.json"
}

# struct_read PDF: the tree as poppler prints it, one element a line in
# reading order with its own text after it ("(block)" left out), and
# as pdf.js reads it.
struct_read() {
	pdfinfo -struct-text "$1" 2>/dev/null | awk '
	    { match($0, /^ */); ind = RLENGTH }
	    /^ *"/ {
		t = $0; sub(/^ *"/, "", t); sub(/"$/, "", t)
		txt[at[ind - 2]] = txt[at[ind - 2]] t
		next
	    }
	    /^ *\// { sub(/^ */, ""); el[n] = el[n] " " $0; next }
	    { sub(/ \((block|inline)\)/, ""); el[++n] = $0; at[ind] = n }
	    END { for (i = 1; i <= n; i++) print el[i] " " txt[i] }' \
	    >"$T/tree"
	node "$STRUCT" --json --strict "$1" >"$T/js.json" 2>"$T/js.err"
	js_rc=$?
}

is_zero() {
	why="exit status $1, expected 0: $(head -c 300 "$T/js.err")"
	[ "$1" -eq 0 ]
}

# jq_file JQ: true of struct.mjs's JSON (its warnings).
jq_file() {
	why="not true of struct.mjs's output: $1: $(jq -c .warnings \
	    "$T/js.json" 2>/dev/null | head -c 300)"
	jq -e "$1" "$T/js.json"
}

# words_ok PDF: every word pdftotext reads is in the tree, the footer's
# not (tests/struct_words.py).
words_ok() {
	why=$(python3 "$WORDS" --artifact-regex "$FOOTER" "$1" 2>&1 |
	    tail -5)
	python3 "$WORDS" --artifact-regex "$FOOTER" "$1"
}

# has_meta PDF TEXT, lacks_meta PDF TEXT: the XMP metadata has it or not.
has_meta() {
	why="no '$2' in the XMP metadata"
	pdfinfo -meta "$1" 2>/dev/null | grep -qF -- "$2"
}

lacks_meta() {
	why="'$2' in the XMP metadata"
	! pdfinfo -meta "$1" 2>/dev/null | grep -qF -- "$2"
}

# qdf_has PDF TEXT, qdf_lacks PDF TEXT: in the uncompressed objects.
qdf_has() {
	why="no '$2' in the PDF's objects"
	qpdf --qdf --object-streams=disable "$1" "$T/q.pdf" 2>/dev/null
	grep -aqF -- "$2" "$T/q.pdf"
}

qdf_lacks() {
	why="'$2' in the PDF's objects"
	qpdf --qdf --object-streams=disable "$1" "$T/q.pdf" 2>/dev/null
	! grep -aqF -- "$2" "$T/q.pdf"
}

# annots_in_tree QPDF_JSON: every annotation has a /StructParent, and
# as many OBJR as annotations are in the objects (qpdf --json).
annots_in_tree() {
	_a=$(jq "$ANNOTS"' | length' "$1")
	_s=$(jq "$ANNOTS"' | map(select(has("/StructParent"))) | length' \
	    "$1")
	_o=$(qpdf --qdf --object-streams=disable "$P" - 2>/dev/null |
	    grep -acE '/Type ?/OBJR')
	why="$_a annotations, $_s with /StructParent, $_o OBJR"
	[ "$_a" -gt 0 ] && [ "$_a" = "$_s" ] && [ "$_a" = "$_o" ]
}

# smaller A B: file A has fewer bytes than B.
smaller() {
	_a=$(wc -c <"$1")
	_b=$(wc -c <"$2")
	why="$_a bytes, not fewer than $_b"
	[ "$_a" -lt "$_b" ]
}

# --- the example ---------------------------------------------------------

mkdir -p "$T/ex"
cp "$EX" "$T/ex/ex.md"
run "$T/ex" ex.md
check tags/example-runs status_is 0
P=$T/ex/ex.pdf
struct_read "$P"
check tags/tagged info_re "$P" '^Tagged: +yes$'
check tags/qpdf-check qpdf_clean "$P"
check tags/title-h1 tree_has '^  H1 .*Putin’s Visit to North Korea *$'
check tags/one-h1 count_is '^ *H1 ' 1
# the article's three sections, in order, each with its paragraphs
check tags/sections-h2-in-order roles_in_order \
    '^  H2 .*Historical Context of The Invitation' \
    '^  P .*This visit comes almost 24 years' \
    '^  P .*The geopolitical landscape has shifted' \
    '^  H2 .*Implications of the Visit' \
    '^  P .*For Putin, this visit is more than' \
    '^  L ' \
    '^  H2 .*International Concerns Amidst' \
    '^  P .*The deepening military cooperation' \
    '^  P .*As the war in Ukraine continues'
# reading order: title, key points, figure, body, chronology, about
check tags/reading-order roles_in_order '^  H1 ' '^    H2 .*KEY POINTS' \
    '^  Figure' '^  H2 .*Historical Context' '^    H2 .*CHRONOLOGY' \
    '^    H2 .*ABOUT THIS BRIEFING'
check tags/key-points-four-li roles_in_order '^    H2 .*KEY POINTS' \
    '^      LI' '^      LI' '^      LI' '^      LI' '^    H2 '
check tags/key-point-label-body roles_in_order \
    '^        Lbl .*•' '^        LBody' '^          Link .*Putin is to visit'
# each note in the paragraph that calls it, after its text
check tags/notes roles_in_order '^  P .*showcasing the burgeoning' \
    '^    Note .*comrades-in-arms Kim’s phrase' \
    '^  P .*The geopolitical landscape' '^    Note .*Hanoi summit'
check tags/four-notes count_is '^ *Note ' 4
check tags/note-number-lbl tree_has '^      Lbl 1 *$'
check tags/body-link tree_has '^    Link .*UN resolutions'
check tags/link-objr tree_has '^ *Object [0-9]+ 0$'
# the chronology: a list, each item the date as its label
check tags/chronology-dates roles_in_order '^    H2 .*CHRONOLOGY' \
    '^    L' '^        Lbl 2000 *$' '^          Link .*last trip to Pyongyang' \
    '^        Lbl 2019 *$' '^        Lbl Sep 2023 *$'
check tags/figure tree_has '^  Figure'
# the footer and the banner are artifacts
check tags/footer-not-in-tree tree_lacks 'Page [0-9]+ of [0-9]+'
check tags/pdfjs-strict is_zero "$js_rc"
check tags/pdfjs-no-warnings jq_file '.warnings | length == 0'
check tags/pdfjs-figure-alt js_ok '[.. | objects | select(.role ==
    "Figure") | .alt // ""] | length == 1 and
    (.[0] | startswith("Relations diagram."))'
check tags/pdfjs-h1 js_ok '[.. | objects | select(.role == "H1") |
    .text] == ["Putin’s Visit to North Korea"]'
check tags/pdfjs-footer-artifact js_ok '[.pages[].artifacts[] |
    select(test("Page [0-9]+ of [0-9]+"))] | length == 2'
check tags/words-in-tree words_ok "$P"
check tags/no-pdfua-claim lacks_meta "$P" pdfuaid
qpdf --json "$P" >"$T/q.json" 2>/dev/null
check tags/annots-in-tree annots_in_tree "$T/q.json"
check tags/tabs-s qdf_has "$P" '/Tabs /S'
check tags/mark-info qdf_has "$P" '/Marked true'

# --- a table, a block quote, code, a French article ------------------------

mkdir -p "$T/tb"
cat >"$T/tb/t.md" <<'EOF'
---
title: Un tableau
lang: fr-FR
---
Les ministres se sont réunis à Paris le 3 mars 2024.

| Pays | Budget |
|------|-------:|
| France | 12 % |
| Allemagne | 9 % |

> Une citation d'un ministre, mise en retrait.

    code();
EOF
run "$T/tb" t.md
check tags/table-runs status_is 0
struct_read "$T/tb/t.pdf"
check tags/table roles_in_order '^  Table' '^    TR' '^      TH: .* Pays' \
    '^      TH: .* Budget' '^    TR' '^      TD France' '^      TD 12 %'
check tags/th-scope tree_has '^      TH: /Scope /Column Pays'
check tags/blockquote roles_in_order '^  BlockQuote' '^    P Une citation'
check tags/code tree_has '^  Code code\(\);'
check tags/french-labels tree_has 'H2 .*CHRONOLOGIE'
check tags/table-pdfjs is_zero "$js_rc"
check tags/table-words words_ok "$T/tb/t.pdf"

# --- --no-tags, --pdfua ----------------------------------------------------

run "$T/ex" --no-tags -o plain.pdf ex.md
check tags/no-tags-runs status_is 0
check tags/no-tags-untagged info_re "$T/ex/plain.pdf" '^Tagged: +no$'
check tags/no-tags-no-tree qdf_lacks "$T/ex/plain.pdf" 'StructTreeRoot'
check tags/no-tags-smaller smaller "$T/ex/plain.pdf" "$P"
run "$T/ex" --pdfua -o ua.pdf ex.md
check tags/pdfua-runs status_is 0
check tags/pdfua-claim has_meta "$T/ex/ua.pdf" \
    '<pdfuaid:part>1</pdfuaid:part>'
check tags/pdfua-no-pdfa-claim lacks_meta "$T/ex/ua.pdf" pdfaid
run "$T/ex" --pdfua --no-tags ex.md
check tags/pdfua-needs-tags status_is 2

# --- --dump tags -----------------------------------------------------------

lacks_out() {
	why="stdout has: $(grep -E -- "$1" "$T/out" | head -2)"
	! grep -Eq -- "$1" "$T/out"
}

no_file() {
	why="$1 was written"
	[ ! -e "$1" ]
}

run "$T/ex" --dump tags ex.md
check tags/dump-runs status_is 0
check tags/dump-document out_re '^Document$'
check tags/dump-h1 out_re '^  H1 "Putin’s Visit to North Korea"$'
check tags/dump-figure-alt out_re '^  Figure alt="Relations diagram\. '
check tags/dump-note out_re '^    Note id=note-1 "comrades-in-arms Kim’s'
check tags/dump-link out_re '^    Link inline "UN resolutions"$'
check tags/dump-no-footer lacks_out 'Page [0-9]+ of'
run "$T/ex" --dump tags -o x.pdf ex.md
check tags/dump-writes-nothing no_file "$T/ex/x.pdf"
