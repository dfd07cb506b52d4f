#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the documentation: the README's source-format
# example (between its readme-example markers) builds with --werror and
# no message, and its keys take effect; the manual page briefing.1
# renders without warnings and names every long option --help lists;
# every dump the program's message lists is in the manual and the
# README.
# Run from the top of the tree: sh tests/e2e_readme.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# is VALUE EXPECTED WHAT: VALUE equals EXPECTED.
is() {
	why="$3: '$1', expected '$2'"
	[ "$1" = "$2" ]
}

# jq_true JSON FILTER: FILTER is true of the JSON file.
jq_true() {
	why="jq '$2' is not true of ${1#"$T"/}"
	jq -e "$2" "$1" >/dev/null 2>&1
}

# --- the README's example -------------------------------------------------

_d=$T/readme
mkdir -p "$_d"
# the lines between the markers, less the code fence around them
sed -n '/^<!-- readme-example:begin -->$/,/^<!-- readme-example:end -->$/p' \
    README.md | sed -e '1,2d' -e '$d' | sed -e '$d' >"$_d/visit.md"
check readme/example-found file_re "$_d/visit.md" '^title: '
check readme/example-front-matter in_order "$_d/visit.md" \
    '---|title:|notes:|glossary:|attach_source:|---|## '
run "$_d" --werror visit.md
check readme/example-status status_is 0
check readme/example-no-message err_empty
check readme/example-pdf pdf_ok "$_d/visit.pdf"
pdftext "$_d/visit.pdf" "$_d/visit.txt"
# title, subtitle, classification, summary, source, chronology, notes,
# the glossary's note on a term of the text
check readme/example-title has_text "$_d/visit.txt" \
    "Putin$(printf '\342\200\231')s Visit to North Korea"
check readme/example-subtitle has_text "$_d/visit.txt" \
    'Russia and North Korea deepen military ties'
check readme/example-classification has_text "$_d/visit.txt" 'EXAMPLE'
check readme/example-summary has_text "$_d/visit.txt" \
    'Putin visits Pyongyang for the first time since 2000.'
check readme/example-source has_text "$_d/visit.txt" 'Example Wire'
check readme/example-chronology has_text "$_d/visit.txt" \
    'Comprehensive strategic partnership treaty signed'
check readme/example-note has_text "$_d/visit.txt" \
    'summit ended without agreement'
check readme/example-glossary has_text "$_d/visit.txt" \
    "The Korean Central News Agency"
check readme/example-no-key-in-body lacks_text "$_d/visit.txt" \
    'attach_source'
check readme/example-author info_re "$_d/visit.pdf" '^Author: +Desk officer$'
check readme/example-not-attached is \
    "$(pdfdetach -list "$_d/visit.pdf" 2>/dev/null | head -1)" \
    '0 embedded files' 'pdfdetach -list'
# the curation: the kind and alias, hide, persons' state, the relation
# added with its polarity, the one dropped
run "$_d" --werror --dump graph visit.md
check readme/graph-status status_is 0
cp "$T/out" "$_d/graph.json"
check readme/graph-alias-kind jq_true "$_d/graph.json" \
    '.actors[] | select(.name == "Korean Central News Agency") |
    .kind == "org" and .mentions >= 1'
check readme/graph-hide jq_true "$_d/graph.json" \
    '.actors[] | select(.name == "United States") | .hidden == true'
check readme/graph-person-state jq_true "$_d/graph.json" \
    '.actors[] | select(.name == "Kim Yo Jong") | .state == "North Korea"'
check readme/graph-relation-added jq_true "$_d/graph.json" \
    '[.relations[] | select(.from == "Russia" and .to == "North Korea"
    and .label == "technology" and .polarity == "cooperative")] |
    length == 1'
check readme/graph-relation-dropped jq_true "$_d/graph.json" \
    '[.relations[] | select(.label == "war")] | length == 0'
run "$_d" --dump doc visit.md
cp "$T/out" "$_d/doc.json"
check readme/doc-lang-date jq_true "$_d/doc.json" \
    '.meta.lang == "en-US" and .meta.date == "2024-06-17"'

# --- the manual page ------------------------------------------------------

# The long options of --help, one a line, without "--".
"$B" --help | sed -n 's/^  *\(-., \)*--\([a-z-]*\).*/\2/p' | sort -u \
    >"$T/long"
check man/help-options is "$(wc -l <"$T/long" | tr -d ' ')" \
    "$(grep -c . "$T/long")" 'options read from --help'
check man/help-has-dpi file_re "$T/long" '^dpi$'
if command -v groff >/dev/null 2>&1; then
	# -ww: every warning; -z: no output, the diagnostics alone
	groff -man -Tutf8 -ww -z briefing.1 >"$T/groff.err" 2>&1
	check man/groff-no-warning is "$(cat "$T/groff.err")" '' \
	    'groff -man -ww'
	groff -man -Tutf8 briefing.1 2>/dev/null | col -b >"$T/man.txt"
	check man/renders file_re "$T/man.txt" '^NAME'
	while read -r _o; do
		check "man/option-$_o" file_re "$T/man.txt" "--$_o([^a-z-]|\$)"
	done <"$T/long"
	for _k in title subtitle date author organisation classification \
	    lang format summary source chronology actors persons relations \
	    notes glossary attach_source; do
		check "man/key-$_k" file_re "$T/man.txt" "(^|[^a-z_])$_k:"
	done
	# the dumps, as the program's own message lists them: each in the
	# manual, the README's synopsis and a paragraph of its own there
	"$B" --dump none x.md 2>&1 | sed -n \
	    's/.*unknown dump .* (\(.*\))$/\1/p' | sed 's/, / /g; s/ or / /' |
	    tr ' ' '\n' >"$T/dumps"
	check man/dumps-found is "$(grep -c . "$T/dumps")" 8 'dumps listed'
	_syn=$(sed -n 's/.*\[--dump \([a-z|]*\)\].*/\1/p' README.md | tr '|' ' ')
	while read -r _w; do
		check "man/dump-$_w" file_re "$T/man.txt" "(^| )$_w \("
		check "readme/dump-$_w-synopsis" is "$(printf ' %s ' $_syn |
		    grep -c " $_w ")" 1 'README synopsis of --dump'
		check "readme/dump-$_w" file_re README.md "\`--dump $_w\`"
	done <"$T/dumps"
else
	echo "FAIL man/groff"
	echo "  groff is missing: make check installs groff-base"
fi
# make install puts it in MANDIR/man1, make uninstall takes it away
# (-o: the binary as it is, never rebuilt: under valgrind it is a wrapper)
_i=$T/inst
make --no-print-directory -s -o "$B" BUILDDIR="$(dirname "$B")" \
    DESTDIR="$_i" PREFIX=/usr install >"$T/make.out" 2>&1
check man/install is "$(ls "$_i/usr/share/man/man1" 2>&1)" briefing.1 \
    'make install: share/man/man1'
make --no-print-directory -s BUILDDIR="$(dirname "$B")" DESTDIR="$_i" \
    PREFIX=/usr uninstall >>"$T/make.out" 2>&1
check man/uninstall is "$(ls "$_i/usr/share/man/man1" 2>&1)" '' \
    'make uninstall: share/man/man1'
if command -v man >/dev/null 2>&1; then
	MANWIDTH=80 man -l briefing.1 >"$T/man-l.txt" 2>"$T/man-l.err"
	check man/man-l-status is "$?" 0 'man -l briefing.1'
	check man/man-l-no-message is "$(cat "$T/man-l.err")" '' 'man -l stderr'
	check man/man-l-synopsis file_re "$T/man-l.txt" 'SYNOPSIS'
fi
