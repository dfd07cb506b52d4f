#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of Markdown as analysts write it: footnotes (numbered
# notes with a margin note and a sticky note, a URL one printed as a URL),
# code in Noto Sans Mono with its spaces kept, strikethrough.  Run from
# the top of the tree: sh tests/e2e_markdown.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

ANNOTS='.qpdf[1] as $o | [.pages | to_entries[] | .key as $i |
    .value.object as $p | $o["obj:" + $p].value["/Annots"] // [] |
    (if type == "string" then $o["obj:" + .].value else . end) | .[] |
    (if type == "string" then $o["obj:" + .].value else . end) |
    . + {page: ($i + 1)}]'

# count_of FILE STRING N: STRING occurs N times in FILE.
count_of() {
	_c=$(grep -oF -- "$2" "$1" | wc -l)
	why="'$2' occurs $_c times in ${1#"$T"/}, expected $3"
	[ "$_c" -eq "$3" ]
}

# lines_of FILE N: FILE has N lines.
lines_of() {
	_c=$(wc -l <"$1")
	why="${1#"$T"/} has $_c lines, expected $2"
	[ "$_c" -eq "$2" ]
}

# spaces_between BBOX W1 W2 N: on the line of word W1 the next word is
# W2, N advances of W1's characters after W1's end (pdftotext -bbox of
# a monospaced line: its spaces measured, not guessed).
spaces_between() {
	_n=$(awk -v a="$2" -v b="$3" -F'"' '
	    /<word / { w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w)
		if (w == a) { x1 = $6; y = $4; adv = ($6 - $2) / length(a)
		    next }
		if (x1 != "" && $4 == y && w == b) {
		    printf "%.2f", ($2 - x1) / adv; exit }
		x1 = "" }' "$1")
	why="'$2' then '$3': ${_n:-not found} spaces, expected $4"
	[ "$_n" = "$4.00" ]
}

# sticky_texts JSON: the /Contents of the sticky notes, one a line.
sticky_texts() {
	jq -r "$ANNOTS"' | map(select(.["/Subtype"] == "/Text")) | .[] |
	    .["/Contents"]' "$1" | sed 's/^u://'
}

D=$T/md
mkdir -p "$D"
cp "$TOP/tests/e2e/markdown-features.md" "$D/"
run "$D" -o mf.pdf markdown-features.md
check md_builds status_is 0
check md_no_warning err_empty
check md_pdf pdf_ok "$D/mf.pdf"
check md_fonts_embedded fonts_ok "$D/mf.pdf"
check md_mono_font has_font "$D/mf.pdf" '^NotoSansMono-Regular$'
pdftext "$D/mf.pdf" "$T/mf.txt"
pdftotext -layout "$D/mf.pdf" "$T/mf.layout" 2>>"$T/poppler.err"

# footnotes: the notes' texts printed, the markers not
check md_note_numbered has_text "$T/mf.txt" \
    '1 The corridor agreement of July 2022, renewed twice.'
check md_note_continued has_text "$T/mf.txt" \
    '2 Annex B to the communiqué, not published, summarised by two delegations.'
check md_note_url has_text "$T/mf.txt" '3 https://example.org/minutes'
check md_no_marker_annex lacks_text "$T/mf.txt" '[^annex]'
check md_no_marker_minutes lacks_text "$T/mf.txt" '[^minutes]'
check md_no_definition lacks_text "$T/mf.txt" '[^1]:'
# the one "[^1]" left is the one inside inline code
check md_marker_in_code_only count_of "$T/mf.txt" '[^1]' 1
check md_marker_in_code has_text "$T/mf.txt" 'such as [^1] inside code'
# a sticky note at the first call of each text footnote (the first one
# is called twice), none for the URL one
qpdf --json "$D/mf.pdf" >"$T/mf.json" 2>/dev/null
sticky_texts "$T/mf.json" >"$T/mf.sticky"
check md_sticky_count count_of "$T/mf.sticky" 'The corridor agreement' 1
check md_sticky_total lines_of "$T/mf.sticky" 2
check md_sticky_annex has_text "$T/mf.sticky" \
    'Annex B to the communiqué, not published, summarised by two delegations.'
check md_sticky_no_url lacks_text "$T/mf.sticky" 'example.org'

# code: spaces and indentation kept (pdftotext -layout keeps runs of
# spaces in a monospaced line), lines not joined, a long line continued
check md_code_spaces has_text "$T/mf.layout" 'a   =   1'
check md_code_spaces2 has_text "$T/mf.layout" 'ports   =   3'
check md_code_tab file_re "$T/mf.layout" '^    print\(port\)$'
pdftotext -bbox "$D/mf.pdf" "$T/mf.bbox" 2>>"$T/poppler.err"
check md_code_indented spaces_between "$T/mf.bbox" indented code 3
check md_code_indented2 spaces_between "$T/mf.bbox" its spaces 3
check md_code_comment spaces_between "$T/mf.bbox" a '#' 2
check md_code_lines file_re "$T/mf.layout" '^# allocation, in tonnes$'
check md_code_wrapped in_order "$T/mf.txt" \
    'total = ports * a # a comment long enough|column and continue'
check md_inline_code has_text "$T/mf.txt" 'status field state = "open" as'

# strikethrough: the struck words stay in the text layer, in place
check md_strike_words has_text "$T/mf.txt" \
    'the talks would resume in April be postponed'
# but the analysis reads none of them: text taken back is no fact
run "$D" --dump text markdown-features.md
check md_strike_not_read jq_ok '([.sentences[].text |
    select(test("resume in April"))] | length == 0) and
    ([.sentences[].text | select(test("be postponed"))] | length == 1)'

# an undefined reference and an unused definition: warnings at line:col
printf 'Text[^nope] here.\n\n[^spare]: Never used.\n' >"$D/w.md"
run "$D" -o w.pdf w.md
check md_warn_status status_is 0
check md_warn_undefined err_re \
    "^w\\.md:1:5: warning: footnote '\\[\\^nope\\]' is not defined; set as text$"
check md_warn_unused err_re \
    "^w\\.md:3:1: warning: footnote '\\[\\^spare\\]' is defined but never referenced$"
