#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of GFM tables: tests/e2e/table.md holds a table that
# runs over two pages; it builds without a warning, its header row is
# printed again on each page the table goes on to, every row reads whole
# in the text layer, amounts are right-aligned.  Run from the top of the
# tree: sh tests/e2e_table.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# rows_read MD TXT: every body row of MD's tables, its cells between
# spaces, is in TXT (pdftext: the text layer on one line).
rows_read() {
	_miss=$(awk -F'|' '/^\|/ && !/^\|[-: |]*$/ {
		s = ""
		for (i = 2; i < NF; i++) {
			c = $i; gsub(/^ +| +$/, "", c)
			if (c != "") s = s (s == "" ? "" : " ") c
		}
		print s }' "$1" | while IFS= read -r row; do
		grep -Fq -- "$row" "$2" || { echo "$row"; break; }
	done)
	why="row '$_miss' not read whole in ${2#"$T"/}"
	[ -z "$_miss" ]
}

# heads_on_pages PDF N: the header row ("Country ... Pledged" on one
# line) printed on each of pages 1..N, and once on each.
heads_on_pages() {
	_bad=
	_p=1
	while [ "$_p" -le "$2" ]; do
		_n=$(pdftotext -f "$_p" -l "$_p" -layout "$1" - \
		    2>>"$T/poppler.err" | grep -cE 'Country +Pledged')
		[ "$_n" -eq 1 ] || _bad="$_bad page $_p: $_n;"
		_p=$((_p + 1))
	done
	why="header rows:$_bad expected one on each of pages 1..$2"
	[ -z "$_bad" ]
}

# right_aligned BBOX PREFIX: every word starting with PREFIX ends at one
# x (pdftotext -bbox, to 0.05 pt).
right_aligned() {
	_r=$(awk -v p="$2" -F'"' '/<word / { w = $0; sub(/.*">/, "", w)
	    sub(/<.*/, "", w)
	    if (index(w, p) == 1) print $6 }' "$1" | sort -n |
	    awk 'NR == 1 { lo = $1 } { hi = $1; n++ }
		END { printf "%d %.2f", n, hi - lo }')
	why="words '$2...': count and spread of right ends: $_r"
	[ "${_r%% *}" -gt 10 ] && awk -v s="${_r#* }" 'BEGIN {
	    exit !(s < 0.05) }'
}

D=$T/table
mkdir -p "$D"
cp "$TOP/tests/e2e/table.md" "$D/"
run "$D" -o table.pdf table.md
check table_builds status_is 0
check table_no_warning err_empty
check table_pdf pdf_ok "$D/table.pdf"
check table_fonts_embedded fonts_ok "$D/table.pdf"
check table_header_bold has_font "$D/table.pdf" '^NotoSans-Bold$'
pdftext "$D/table.pdf" "$T/table.txt"
# the long table runs over pages 1 and 2 and ends on page 3
check table_three_pages info_re "$D/table.pdf" '^Pages: +3$'
check table_header_each_page heads_on_pages "$D/table.pdf" 3
check table_rows_read rows_read "$D/table.md" "$T/table.txt"
check table_text_order in_order "$T/table.txt" \
    'Country Pledged Share of GDP Change Remarks Austria|Uzbekistan|'\
'Figures are in current dollars|Unaligned|Year GDP growth'
pdftotext -bbox "$D/table.pdf" "$T/table.bbox" 2>>"$T/poppler.err"
check table_amounts_right right_aligned "$T/table.bbox" '$'

# the model: a table node, its rows and cells, the alignment kept
run "$D" --dump doc table.md
check table_dump jq_ok '[.blocks[] | select(.type == "table")] | length == 2'
check table_dump_head jq_ok \
    '[.blocks[] | select(.type == "table")][0].children[0].head == true'
check table_dump_align jq_ok '[.blocks[] | select(.type == "table")][0] |
    [.children[1].children[] | .align] == ["left", "right", "right",
    "center", "default"]'

# the corpus articles with a table: no warning, the table's cells read
if [ -d "$TOP/../shared/corpus" ]; then
	for a in "$TOP"/../shared/corpus/*/article.md; do
		grep -q '^|.*|' "$a" || continue
		n=$(basename "$(dirname "$a")")
		mkdir -p "$T/c/$n"
		cp "$a" "$T/c/$n/"
		run "$T/c/$n" -o a.pdf article.md
		check "table_corpus/$n" status_is 0
		check "table_corpus/$n/no-table-warning" lacks_text "$T/err" \
		    'tables are not supported'
		pdftext "$T/c/$n/a.pdf" "$T/c/$n.txt"
		check "table_corpus/$n/rows" rows_read "$a" "$T/c/$n.txt"
	done
fi
