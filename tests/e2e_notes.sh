#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the annotated PDF: glossary notes (margin note,
# sticky note, highlight), links, bookmarks and page labels, the embedded
# source and --extract-source, PDF/A-3b.  Run from the top of the tree:
# sh tests/e2e_notes.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# is VALUE EXPECTED WHAT: VALUE equals EXPECTED.
is() {
	why="$3: $1, expected $2"
	[ "$1" = "$2" ]
}

# annot_count JSON SUBTYPE N: N annotations of that subtype.
annot_count() {
	_c=$(jq "$ANNOTS"' | map(select(.["/Subtype"] == "'"$2"'")) |
	    length' "$1")
	why="$_c /$2 annotations, expected $3"
	[ "$_c" = "$3" ]
}

# all_annots JSON JQ: JQ is true of every annotation.
all_annots() {
	why="not true of every annotation: $2"
	jq -e "$ANNOTS"' | length > 0 and all('"$2"')' "$1"
}

# highlight_text PDF JSON TERM: the term's highlight, cropped with
# pdftotext from the PDF, shows the term (one quad per line).
highlight_text() {
	jq -r "$ANNOTS"' | map(select(.["/Subtype"] == "/Highlight")) |
	    .[] | .page as $p | .["/QuadPoints"] | [range(0; length; 8)] as
	    $i | [$i[] as $k | [$p, .[$k], 842 - .[$k + 1], .[$k + 2] -
	    .[$k], .[$k + 1] - .[$k + 5]]] | map(map(floor) | join(" ")) |
	    join(",")' "$2" >"$T/quads"
	_found=
	while IFS= read -r _hl; do
		_txt=
		_rest=$_hl
		while [ -n "$_rest" ]; do
			_q=${_rest%%,*}
			case $_rest in *,*) _rest=${_rest#*,} ;; *) _rest= ;; esac
			set -- "$1" "$2" "$3" $_q
			_t=$(pdftotext -f "$4" -l "$4" -x "$5" -y "$(($6 - 1))" \
			    -W "$(($7 + 1))" -H "$(($8 + 2))" "$1" - 2>/dev/null |
			    tr '\n\f' '  ')
			_txt="$_txt$_t"
			set -- "$1" "$2" "$3"
		done
		# hyphens out: a term broken at a line end gains one
		_txt=$(printf '%s' "$_txt" | tr -d -- '-' | tr -s ' ')
		case $_txt in *"$(printf '%s' "$3" | tr -d -- '-')"*)
			_found=1 ;;
		esac
	done <"$T/quads"
	why="no highlight shows '$3' (quads: $(tr '\n' ';' <"$T/quads"))"
	[ -n "$_found" ]
}

# --- the example: 3 glossary notes and one URL ----------------------------

_d=$T/nx
mkdir -p "$_d"
cp "$EX" "$_d/ex.md"
run "$_d" --dump notes ex.md
check notes/dump-status status_is 0
cp "$T/out" "$T/notes.json"
check notes/dump-three-terms-one-url jq_ok \
    '(map(select(.kind == "term")) | length) == 3 and
    (map(select(.kind == "url")) | length) == 1 and
    (map(.num) == [range(1; length + 1)])'
: >"$T/poppler.err"
run "$_d" ex.md
check notes/status status_is 0
check notes/silent err_empty
P=$_d/ex.pdf
qpdf --json "$P" >"$T/nx.json" 2>/dev/null
check notes/sticky-notes annot_count "$T/nx.json" /Text 3
check notes/highlights annot_count "$T/nx.json" /Highlight 3
check notes/uri-link file_re "$T/nx.json" \
    '"/URI": "u:https://www\.un\.org/securitycouncil/sanctions/1718"'
# the sticky notes hold the notes, the terms as subjects
jq -r 'map(select(.kind == "term") | .term) | .[]' "$T/notes.json" \
    >"$T/terms"
jq -r 'map(select(.kind == "term") | .text) | .[]' "$T/notes.json" \
    >"$T/texts"
jq -r "$ANNOTS"' | map(select(.["/Subtype"] == "/Text")) | .[] |
    .["/Subj"]' "$T/nx.json" | sed 's/^u://' >"$T/subj"
check notes/sticky-subjects-are-terms same_bytes "$T/terms" "$T/subj"
jq -r "$ANNOTS"' | map(select(.["/Subtype"] == "/Text")) | .[] |
    .["/Contents"]' "$T/nx.json" | sed 's/^u://' >"$T/contents"
check notes/sticky-contents-are-notes same_bytes "$T/texts" "$T/contents"
check notes/print-flag-on-every-annotation all_annots "$T/nx.json" \
    '((.["/F"] // 0) % 8) >= 4'
check notes/sticky-nozoom-norotate all_annots "$T/nx.json" \
    '.["/Subtype"] != "/Text" or (((.["/F"] / 8) | floor) % 4 == 3)'
check notes/sticky-and-highlight-appearance all_annots "$T/nx.json" \
    '(.["/Subtype"] | IN("/Text", "/Highlight") | not) or
    (.["/AP"]["/N"] != null)'
check notes/highlight-quads all_annots "$T/nx.json" \
    '.["/Subtype"] != "/Highlight" or
    ((.["/QuadPoints"] | length) % 8 == 0 and
    (.["/QuadPoints"] | length) >= 8)'
while IFS= read -r _term; do
	check "notes/highlight-over-$_term" highlight_text "$P" "$T/nx.json" \
	    "$_term"
done <"$T/terms"
# the notes are printed: margin notes in the page text
pdftext "$P" "$T/nx.txt"
while IFS= read -r _text; do
	_start=$(printf '%s' "$_text" | cut -d' ' -f1-6)
	check "notes/printed-${_start%% *}" has_text "$T/nx.txt" "$_start"
done <"$T/texts"
# the number follows the term, after a closing quote; copied, it is a
# word of its own (/ActualText " 2"), not glued to the term
check notes/call-after-closing-quote has_text "$T/nx.txt" \
    'comrades-in-arms” 1 as described'
check notes/call-after-term has_text "$T/nx.txt" 'Hanoi summit 2 with'
check notes/url-printed has_text "$T/nx.txt" 'www.un.org/securitycouncil/'
check notes/bookmark outline_has "$T/nx.json" Notes
check notes/page-labels-present file_re "$T/nx.json" '"/Nums"'
check notes/no-reader-warnings poppler_silent
check notes/qpdf-check qpdf_clean "$P"
# every GoTo link lands on a page of the document
check links/goto-targets-exist all_annots "$T/nx.json" \
    '.["/Subtype"] != "/Link" or .["/A"] != null or
    (.["/Dest"][0] | type == "string")'
# the key points lead to the sections (GoTo links from the main
# column's left edge, above the first heading on page 1; the figure's
# edge labels, which may stand there too, start inside it)
_k=$(jq "$ANNOTS"' | map(select(.["/Subtype"] == "/Link" and .page == 1
    and .["/Dest"] != null and .["/Rect"][0] < 70 and
    .["/Rect"][1] > 330)) | length' "$T/nx.json")
check links/four-key-point-links is "$_k" 4 'key point links'
qpdf --list-attachments "$P" >"$T/att" 2>&1
check notes/nothing-attached file_re "$T/att" 'no embedded files'

# --- notes in a small document -------------------------------------------

_d=$T/nt
mkdir -p "$_d"
cat >"$_d/n.md" <<'EOF'
---
title: Notes test
notes:
  Aurora protocol: The first note.
  quick brown fox jumps over the lazy dog near the old river bank: A term that must break across two lines.
  Minsk accords: Not in the text.
---
Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj the quick brown fox
jumps over the lazy dog near the old river bank, and the AURORA
protocol was signed. See [the section](#second-part), [a
script](javascript:alert(1)) and <https://example.org/plain>.

## Second part

Closing text.
EOF
run "$_d" n.md
check notes/small-status status_is 0
check notes/missing-term-warning err_re \
    "^n\\.md:6:3: warning: note term 'Minsk accords' does not occur"
check notes/bad-scheme-warning err_re \
    '^n\.md:[0-9]+:[0-9]+: warning: link kept as plain text'
P=$_d/n.pdf
qpdf --json "$P" >"$T/nt.json" 2>/dev/null
check notes/small-sticky-notes annot_count "$T/nt.json" /Text 2
check notes/small-highlights annot_count "$T/nt.json" /Highlight 2
_q=$(jq "$ANNOTS"' | map(select(.["/Subtype"] == "/Highlight") |
    .["/QuadPoints"] | length) | max' "$T/nt.json")
check notes/term-across-lines-two-quads is "$_q" 16 \
    'quad numbers of the longest highlight'
check notes/case-insensitive highlight_text "$P" "$T/nt.json" \
    'AURORA protocol'
check notes/no-javascript-link lacks_text "$T/nt.json" 'javascript'
check notes/plain-url-link file_re "$T/nt.json" \
    '"/URI": "u:https://example\.org/plain"'
_g=$(jq "$ANNOTS"' | map(select(.["/Subtype"] == "/Link" and
    .["/Dest"] != null)) | length' "$T/nt.json")
check notes/section-link is "$_g" 1 'GoTo links (#second-part)'

# a glossary file: its terms found, an entry not found silent
printf 'Closing text\tA note from the glossary.\nNowhere\tNot found.\n' \
    >"$_d/g.tsv"
sed 's/^title: Notes test$/title: Notes test\nglossary: g.tsv/' "$_d/n.md" \
    >"$_d/g.md"
run "$_d" --dump notes g.md
check notes/glossary-status status_is 0
check notes/glossary-term-found out_re '"term": "Closing text"'
check notes/glossary-missing-entry-silent lacks_text "$T/err" 'Nowhere'
printf 'no tab here\n' >"$_d/bad.tsv"
sed 's/^title: Notes test$/title: Notes test\nglossary: bad.tsv/' \
    "$_d/n.md" >"$_d/b.md"
run "$_d" b.md
check notes/bad-glossary-status status_is 1
check notes/bad-glossary-message err_re '^bad\.tsv:1:[0-9]+: error: '
check notes/bad-glossary-no-pdf no_path "$_d/b.pdf"
# an old PDF stays as it was
echo 'old pdf' >"$_d/b.pdf"
run "$_d" b.md
check notes/bad-glossary-old-pdf-kept file_re "$_d/b.pdf" '^old pdf$'

# --- the embedded source -------------------------------------------------

_d=$T/srcatt
mkdir -p "$_d/back"
cp "$EX" "$_d/ex.md"
run "$_d" --attach-source ex.md
check attach/status status_is 0
P=$_d/ex.pdf
check attach/qpdf-check qpdf_clean "$P"
qpdf --list-attachments "$P" >"$T/att" 2>&1
check attach/listed file_re "$T/att" '^ex\.md ->'
pdftotext -f 1 -l 1 "$P" "$T/att.txt" 2>/dev/null
check attach/footer-says-so has_text "$T/att.txt" 'source attached'
run "$_d" --extract-source ex.pdf -o back
check attach/extract-status status_is 0
check attach/round-trip same_bytes "$_d/ex.md" "$_d/back/ex.md"
echo 'edited' >"$_d/back/ex.md"
run "$_d" --extract-source ex.pdf -o back
check attach/no-overwrite-status status_is 3
check attach/no-overwrite-message err_re 'exists; remove it or use --force'
check attach/no-overwrite-file-kept file_re "$_d/back/ex.md" '^edited$'
run "$_d" --extract-source ex.pdf -o back --force
check attach/force-round-trip same_bytes "$_d/ex.md" "$_d/back/ex.md"
run "$_d" --extract-source "$T/nx/ex.pdf" -o back
check attach/none-status status_is 1
check attach/none-message err_re 'has no embedded source'
run "$_d" --extract-source missing.pdf
check attach/missing-status status_is 3
# the same source from the front matter
sed 's/^lang: en-US$/lang: en-US\nattach_source: true/' "$EX" >"$_d/fm.md"
run "$_d" fm.md
check attach/front-matter-status status_is 0
qpdf --list-attachments "$_d/fm.pdf" >"$T/att" 2>&1
check attach/front-matter-listed file_re "$T/att" '^fm\.md ->'

# --- PDF/A-3b ------------------------------------------------------------

_d=$T/pdfa
mkdir -p "$_d"
cp "$EX" "$_d/ex.md"
run "$_d" --pdfa --attach-source ex.md
check pdfa/status status_is 0
P=$_d/ex.pdf
cp "$P" "$T/pdfa-first.pdf"
check pdfa/qpdf-check qpdf_clean "$P"
check pdfa/version-1.7 file_re "$P" '^%PDF-1\.7'
qpdf --json "$P" >"$T/pdfa.json" 2>/dev/null
check pdfa/output-intent-srgb file_re "$T/pdfa.json" '"/S": "/GTS_PDFA1"'
check pdfa/output-profile file_re "$T/pdfa.json" '"/DestOutputProfile"'
check pdfa/metadata file_re "$T/pdfa.json" '"/Metadata"'
check pdfa/associated-file file_re "$T/pdfa.json" '"/AF"'
check pdfa/relationship-source file_re "$T/pdfa.json" \
    '"/AFRelationship": "/Source"'
check pdfa/id-present file_re "$T/pdfa.json" '"/ID"'
qpdf --show-object=trailer "$P" >"$T/trailer" 2>/dev/null
_meta=$(jq -r "$CATALOG"' | .["/Metadata"]' "$T/pdfa.json")
qpdf --show-object="${_meta%% *}" --filtered-stream-data "$P" \
    >"$T/xmp.xml" 2>/dev/null
check pdfa/xmp-part-3 file_re "$T/xmp.xml" 'pdfaid:part>3<|pdfaid:part="3"'
check pdfa/xmp-conformance-b file_re "$T/xmp.xml" \
    'pdfaid:conformance>B<|pdfaid:conformance="B"'
check pdfa/xmp-title-matches file_re "$T/xmp.xml" \
    'Putin’s Visit to North Korea'
check pdfa/xmp-date-matches file_re "$T/xmp.xml" '2024-06-17T00:00:00Z'
check pdfa/print-flags all_annots "$T/pdfa.json" \
    '((.["/F"] // 0) % 8) >= 4'
run "$_d" --pdfa --attach-source ex.md
check pdfa/byte-identical same_bytes "$T/pdfa-first.pdf" "$P"

# the XMP dates are the info dictionary's, to the second
export SOURCE_DATE_EPOCH=1718631909
run "$_d" --pdfa ex.md
unset SOURCE_DATE_EPOCH
check pdfa/epoch-status status_is 0
check pdfa/epoch-info-date info_re "$_d/ex.pdf" \
    '^CreationDate: +Mon Jun 17 13:45:09 2024 UTC$'
qpdf --json "$_d/ex.pdf" >"$T/pdfa2.json" 2>/dev/null
_meta=$(jq -r "$CATALOG"' | .["/Metadata"]' "$T/pdfa2.json")
qpdf --show-object="${_meta%% *}" --filtered-stream-data "$_d/ex.pdf" \
    >"$T/xmp2.xml" 2>/dev/null
check pdfa/epoch-xmp-date file_re "$T/xmp2.xml" \
    '<xmp:CreateDate>2024-06-17T13:45:09Z<'

# --- margin notes carried over ------------------------------------------
# 40 notes called from one paragraph cannot all stand beside it: those
# that do not fit go to the foot of the main column of the same page, in
# order, below the text (a note stands on the page of its term).

_d=$T/carry
mkdir -p "$_d"
awk 'BEGIN {
	print "---"; print "title: Carry test"; print "notes:"
	for (i = 1; i <= 40; i++)
		printf "  Term%02d: Note number %d, long enough to take two lines in the margin.\n", i, i
	print "---"
	for (i = 1; i <= 40; i++) printf "Word Term%02d ", i
	print "end."
	print ""; print "A closing paragraph."
}' >"$_d/c.md"
run "$_d" c.md
check carry/status status_is 0
P=$_d/c.pdf
qpdf --json "$P" >"$T/carry.json" 2>/dev/null
check carry/forty-sticky-notes annot_count "$T/carry.json" /Text 40
check carry/one-page info_re "$P" '^Pages: +1$'
pdftotext -f 1 -l 1 -raw "$P" "$T/carry-p1.txt" 2>/dev/null
check carry/first-note-in-margin file_re "$T/carry-p1.txt" \
    '^1 Term01 Note number 1,'
check carry/last-note-at-foot file_re "$T/carry-p1.txt" \
    '^40 Term40 Note number 40'
# reading order: the text, the notes at its foot, then the sidebar
check carry/foot-after-text in_order "$T/carry-p1.txt" \
    'A closing paragraph.|40 Term40 Note number 40|ABOUT THIS BRIEFING'
check carry/no-note-twice is "$(grep -c 'Note number 40,' \
    "$T/carry-p1.txt")" 1 "times note 40 is printed"

# A chronology that fills the sidebar of page 1 and notes called there:
# each note stands on the page of its term (at the foot of the main
# column when the sidebar is full), found per page by pdftotext.

# notes_on_term_pages PDF NOTES_JSON: for each glossary note, the page
# whose text has its term's last word followed by its number has the
# note's first words too (lines joined).
notes_on_term_pages() {
	_np=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
	_p=1
	while [ "$_p" -le "$_np" ]; do
		pdftotext -f "$_p" -l "$_p" -raw "$1" - 2>/dev/null |
		    tr '\n' ' ' >"$T/ntp-$_p.txt"
		_p=$((_p + 1))
	done
	jq -r '.[] | select(.kind == "term") |
	    "\(.num)\t\(.term)\t\(.text | split(" ")[0:4] | join(" "))"' \
	    "$2" >"$T/ntp-notes"
	[ -s "$T/ntp-notes" ] || { why="no notes"; return 1; }
	while IFS="$(printf '\t')" read -r _num _term _start; do
		_last=${_term##* }
		_tp=$(grep -l -- "$_last $_num" "$T"/ntp-*.txt | head -1)
		if [ -z "$_tp" ]; then
			why="term '$_term' ($_num) on no page"
			return 1
		fi
		if ! grep -qF -- "$_start" "$_tp"; then
			why="note $_num ('$_start') not on the page of its term"
			why="$why (${_tp##*/})"
			return 1
		fi
	done <"$T/ntp-notes"
}

_d=$T/full
mkdir -p "$_d"
cp "$TOP/tests/e2e/notes-full-sidebar.md" "$_d/f.md"
run "$_d" f.md
check full-sidebar/status status_is 0
"$B" --dump notes "$_d/f.md" >"$_d/notes.json" 2>/dev/null
check full-sidebar/notes-on-term-pages notes_on_term_pages "$_d/f.pdf" \
    "$_d/notes.json"
pdftotext -f 1 -l 1 -raw "$_d/f.pdf" "$T/full-p1.txt" 2>/dev/null
# the sidebar is full on page 1: its notes stand below the text
check full-sidebar/foot-on-page-1 in_order "$T/full-p1.txt" \
    'rest rules 3|1 radar picture A shared|CHRONOLOGY'

