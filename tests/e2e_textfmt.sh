#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of plain text as it arrives (issue 14): hard-wrapped
# wire copy with a headline, a date line and a dateline
# (tests/e2e/wire-en.txt, wire-de.txt) builds with the headline as
# title, the date line as document date and the paragraphs of the file;
# the dateline is printed but gives neither a place nor a date.  With
# ../shared/corpus, the same on its three hard-wrapped articles.  Run
# from the top of the tree: sh tests/e2e_textfmt.sh.
. "$(dirname "$0")/e2e_lib.sh"

# paras FILE: the blank-line-parted paragraphs of FILE, less the first
# (the headline and date line): the paragraphs of the article.
paras() {
	awk 'NF { if (!inp) n++; inp = 1; next } { inp = 0 }
	    END { print n - 1 }' "$1"
}

# doc_is JQ WANT: the --dump doc in $T/out gives WANT for JQ.
doc_is() {
	_g=$(jq -r "$1" "$T/out" 2>/dev/null)
	why="$1 is '$_g', expected '$2'"
	[ "$_g" = "$2" ]
}

mkdir -p "$T/tf"
cp "$TOP/tests/e2e/wire-en.txt" "$TOP/tests/e2e/wire-de.txt" "$T/tf/"

# --- English wire copy ------------------------------------------------------

run "$T/tf" --dump doc wire-en.txt
check wire-en/dump status_is 0
check wire-en/title doc_is .meta.title \
    'Portugal and Spain agree to share the cost of a border bridge'
check wire-en/date doc_is .meta.date 2024-05-08
check wire-en/paragraphs doc_is '.blocks | map(select(.type == "para")) |
    length' "$(paras "$T/tf/wire-en.txt")"
check wire-en/no-heading doc_is '[.blocks[] | select(.type != "para")] |
    length' 0
check wire-en/dateline doc_is .blocks[0].dateline \
    "$(printf 'LISBON, May 3 (Reuters) - ' | wc -c)"
# "dis-" "pute" rejoined; "cross-" "border" keeps its hyphen (the text
# writes "cross-border" elsewhere)
check wire-en/hyphen-rejoined doc_is '.blocks[0].spans | map(.text) |
    join("") | test("a long dispute that")' true
check wire-en/hyphen-kept doc_is '.blocks[1].spans | map(.text) |
    join("") | test("the cross-border link")' true
# each span still points at its line
check wire-en/span-line doc_is '.blocks[0].spans[] |
    select(.text | startswith("pute")) | "\(.line):\(.col)"' 6:1

# the dateline: no mention of Lisbon, no date "May 3"
run "$T/tf" --dump text wire-en.txt
check wire-en/text-dump status_is 0
check wire-en/no-place doc_is '[.mentions[] |
    select(.text | test("(?i)lisbon"))] | length' 0
check wire-en/no-dateline-date doc_is '[.times[] |
    select(.text | test("May 3"))] | length' 0
run "$T/tf" --dump events wire-en.txt
check wire-en/tuesday doc_is '.[] | select(.source == "extracted") |
    .date' 2024-05-07

run "$T/tf" -o wire-en.pdf wire-en.txt
check wire-en/build status_is 0
check wire-en/quiet err_empty
check wire-en/pdf pdf_ok "$T/tf/wire-en.pdf"
check wire-en/info-title info_re "$T/tf/wire-en.pdf" \
    '^Title: +Portugal and Spain agree to share the cost of a border bridge$'
pdftext "$T/tf/wire-en.pdf" "$T/tf/en.txt"
check wire-en/printed-date has_text "$T/tf/en.txt" 'BRIEFING · 8 MAY 2024'
check wire-en/dateline-printed has_text "$T/tf/en.txt" \
    'LISBON, May 3 (Reuters) - Portugal and Spain agreed'
check wire-en/no-byline lacks_text "$T/tf/en.txt" 'Staff Reporter'
check wire-en/joined has_text "$T/tf/en.txt" \
    'ending a long dispute that had held up'
check wire-en/order in_order "$T/tf/en.txt" 'Portugal and Spain agree|'\
'LISBON, May 3|Mayors on both banks|ecology before work begins'

# --- German, a date line in the German form ---------------------------------

run "$T/tf" --dump doc wire-de.txt
check wire-de/dump status_is 0
check wire-de/title doc_is .meta.title \
    'Deutschland und Polen vereinbaren gemeinsame Grenzkontrollen'
check wire-de/date doc_is .meta.date 2019-03-12
check wire-de/lang doc_is .meta.lang de
check wire-de/paragraphs doc_is '.blocks | length' \
    "$(paras "$T/tf/wire-de.txt")"
check wire-de/dateline doc_is .blocks[0].dateline \
    "$(printf 'Berlin (dpa) - ' | wc -c)"
# the text read starts after the dateline: its first sentence, every
# mention and time
_end=$(jq '.blocks[0].offset + .blocks[0].dateline' "$T/out")
run "$T/tf" --dump text wire-de.txt
check wire-de/first-sentence doc_is .sentences[0].start "$_end"
check wire-de/after-dateline doc_is "[(.mentions + .times)[] |
    select(.start < $_end)] | length" 0

# --- the seed: no blank lines, a line a paragraph, the title from the name --

run "$TOP/tests/e2e" --dump doc article.txt
check seed/title doc_is .meta.title Article
check seed/date doc_is .meta.date null
check seed/blocks doc_is '.blocks | length' 11

# --- the corpus's hard-wrapped articles, when there --------------------------

C=$TOP/../shared/corpus
if [ -d "$C" ]; then
	for d in "$C"/10[378]-*; do
		a=$d/article.txt
		n=$(basename "$d" | cut -c1-3)
		[ -f "$a" ] || continue
		run "$d" --dump doc article.txt
		check "corpus-$n/dump" status_is 0
		check "corpus-$n/title" doc_is .meta.title "$(head -1 "$a")"
		check "corpus-$n/date" doc_is .meta.date \
		    "$(sed -n "s/^date: *'\\{0,1\\}\\([0-9-]*\\).*/\\1/p" \
		    "$d/gold.yaml")"
		# a paragraph or a heading ("BACKGROUND") each
		check "corpus-$n/paragraphs" doc_is '.blocks | length' \
		    "$(paras "$a")"
		check "corpus-$n/dateline" doc_is '.blocks[0].dateline > 0' \
		    true
	done
fi
