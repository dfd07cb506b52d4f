#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of briefing: runs the binary on the example, the seed
# article and small generated inputs, and inspects the PDFs with
# poppler-utils, qpdf and jq.  Prints one "ok NAME" or "FAIL NAME" line
# per check, a FAIL followed by indented detail lines.
# Run from the top of the tree: sh tests/e2e.sh (BRIEFING_BIN names the
# binary, default build/briefing).
. "$(dirname "$0")/e2e_lib.sh"

# --- 5. command line -----------------------------------------------------

mkdir -p "$T/cli"
printf 'A short paragraph for the command line tests.\n' >"$T/cli/p.md"
run "$T/cli" --help
check cli/help-status status_is 0
check cli/help-usage out_re 'Usage'
run "$T/cli" --version
check cli/version-status status_is 0
check cli/version-text out_re '^briefing [0-9]+\.[0-9]+'
run "$T/cli" --frobnicate p.md
check cli/unknown-option-status status_is 2
check cli/unknown-option-message err_re '^briefing: error: '
run "$T/cli"
check cli/no-source-status status_is 2
check cli/no-source-message err_re '^briefing: error: '

# --- 4. paper ------------------------------------------------------------

run "$T/cli" --paper letter -o letter.pdf p.md
check paper/letter-status status_is 0
check paper/letter-size info_re "$T/cli/letter.pdf" \
    '^Page size: +612 x 792 pts'
run "$T/cli" -o a4.pdf p.md
check paper/default-a4 info_re "$T/cli/a4.pdf" \
    '^Page size: +595\.2[78][0-9]* x 841\.89[0-9]* pts \(A4\)'
run "$T/cli" --paper a3 -o a3.pdf p.md
check paper/unknown-status status_is 2
check paper/unknown-message err_re "^briefing: error: .*'a3'"

# --- 1. the example ------------------------------------------------------

H1='Historical Context of The Invitation'
H2='Implications of the Visit'
H3='International Concerns Amidst ongoing Conflicts in Ukraine'
# One distinctive phrase per paragraph (and bullet), in reading order.
PHRASES='last trip to Pyongyang in 2000|with former US President Donald Trump in 2019|more than a symbolic gesture|aims to needle Washington and its allies|artillery shells and other munitions|steady supply of munitions|ballistic missiles fired at Ukraine|Deputy Secretary of State Kurt Campbell|game of geopolitical chess|already complex web of global politics'

if [ ! -f "$EX" ]; then
	echo "FAIL example/present"
	echo "  ${EX#"$TOP"/} is missing"
else
	mkdir -p "$T/ex"
	cp "$EX" "$T/ex/ex.md"
	: >"$T/poppler.err"
	run "$T/ex" ex.md
	check example/status status_is 0
	# a clean source builds in silence (fontconfig included)
	check example/silent err_empty
	# the chronology sidebar: on page 1, after the page's body in
	# reading order, each entry a link to its paragraph on page 1
	P=$T/ex/ex.pdf
	pdftotext -f 1 -l 1 -raw "$P" "$T/ex-p1.txt" 2>/dev/null
	check chrono/sidebar-page-1 has_text "$T/ex-p1.txt" 'CHRONOLOGY'
	check chrono/after-body in_order "$T/ex-p1.txt" \
	    "$H1|CHRONOLOGY|Sep 2023|THIS BRIEFING"
	qpdf --json "$P" >"$T/ex-q.json" 2>/dev/null
	check chrono/links-land-on-page-1 chrono_links "$T/ex-q.json"
	# the diagram: vector (no image), node names as real text on its
	# page, caption, bookmark
	check figure/keywords-are-actors info_re "$P" \
	    '^Keywords: +Russia; North Korea; .*Kim Hong-kyun'
	check figure/no-raster-image no_images "$P"
	# on the page --dump layout names
	_fp=$("$B" --dump layout "$T/ex/ex.md" 2>/dev/null | jq .page)
	pdftotext -f "${_fp:-0}" -l "${_fp:-0}" -raw "$P" "$T/ex-fig.txt" \
	    2>/dev/null
	for _n in Russia 'North Korea' 'United States' 'South Korea' Ukraine \
	    'Vladimir Putin' 'Kim Jong Un' 'Kurt Campbell'; do
		check "figure/node-$_n" has_text "$T/ex-fig.txt" "$_n"
	done
	check figure/caption has_text "$T/ex-fig.txt" 'Figure 1. Relations among the actors named in this briefing, generated from the text'
	check figure/bookmark outline_has "$T/ex-q.json" \
	    'Figure 1. Relations among the actors'
	P=$T/ex/ex.pdf
	cp "$P" "$T/ex-first.pdf" 2>/dev/null
	check example/pages info_re "$P" '^Pages: +[1-9][0-9]*$'
	check example/page-size-a4 info_re "$P" \
	    '^Page size: +595\.2[78][0-9]* x 841\.89[0-9]* pts \(A4\)'
	check example/title info_re "$P" '^Title: .*Visit to North Korea'
	check example/creator info_re "$P" '^Creator: +briefing [0-9]'
	check example/fonts-embedded-subset-unicode fonts_ok "$P"
	pdffonts "$P" >/dev/null 2>>"$T/poppler.err"
	check example/font-noto-serif has_font "$P" '^NotoSerif-'
	check example/qpdf-check qpdf_clean "$P"
	pdftext "$P" "$T/ex.txt"
	check example/no-reader-warnings poppler_silent
	# tagged, its dictionaries in object streams (pdf_pack.c)
	check example/size-at-most-40k size_at_most "$P" 40960
	run "$T/ex" ex.md
	check example/byte-identical-rebuild same_bytes "$T/ex-first.pdf" "$P"
	# installed elsewhere (a copy of the binary, its fonts and its
	# assets in another folder): the same bytes
	_inst=$T/inst
	mkdir -p "$_inst/bin"
	cp "$B" "$_inst/bin/briefing"
	cp -R "$(dirname "$B")/../fonts" "$(dirname "$B")/../assets" "$_inst"
	_b=$B
	B=$_inst/bin/briefing
	run "$T/ex" ex.md
	B=$_b
	check example/byte-identical-elsewhere same_bytes "$T/ex-first.pdf" "$P"
	printf 'ex.md\nex.pdf\n' >"$T/ex.ls"
	check example/no-stray-files unchanged "$T/ex"
	qpdf --json "$P" >"$T/ex.json" 2>/dev/null
	# title, 3 headings, the chronology, the figure, the notes
	check example/outline-count outline_count "$T/ex.json" 7
	check example/outline-headings in_order_outline "$T/ex.json"
	check example/catalog-lang lang_ok "$T/ex.json"
	check example/catalog-display-doc-title display_doc_title_ok \
	    "$T/ex.json"

	# --- 2. reading order --------------------------------------------
	check order/headings in_order "$T/ex.txt" "$H1|$H2|$H3"
	check order/first-sentence-before-second-heading in_order \
	    "$T/ex.txt" "$H1|This visit comes almost 24 years after|$H2"
	check order/explicit-hyphen-kept has_text "$T/ex.txt" \
	    'comrades-in-arms'
	check order/no-comradesin lacks_text "$T/ex.txt" 'comradesin'
	_i=0
	_rest=$PHRASES
	while [ -n "$_rest" ]; do
		_p=${_rest%%|*}
		case $_rest in *'|'*) _rest=${_rest#*|} ;; *) _rest= ;; esac
		_i=$((_i + 1))
		check "order/paragraph-$_i-kept" has_text "$T/ex.txt" "$_p"
	done
	check order/paragraphs-in-order in_order "$T/ex.txt" "$PHRASES"

	# --- 11. --dump doc ----------------------------------------------
	mkdir -p "$T/dump"
	cp "$EX" "$T/dump/ex.md"
	run "$T/dump" --dump doc ex.md
	check dump/status status_is 0
	check dump/json-parses jq_ok 'type == "object"'
	check dump/meta-title jq_ok \
	    '.meta.title | type == "string" and length > 0'
	check dump/blocks-array jq_ok '.blocks | type == "array" and length > 0'
	check dump/first-block-heading jq_ok \
	    '.blocks[0].type | ascii_downcase | test("heading")'
	check dump/no-pdf-written no_path "$T/dump/ex.pdf"

	# --- the text analysis: sentences, tokens ---------------------
	run "$T/dump" --dump text ex.md
	check text/status status_is 0
	check text/sentences jq_ok '.sentences | length > 20'
	check text/ordered jq_ok '[.sentences[] | .start < .end] | all'
	check text/tokens-inside jq_ok '[.sentences[] | .start as $s |
	    .end as $e | .tokens[] | .start >= $s and .end <= $e] | all'
	# the source bytes at a sentence's offsets are its first words
	_s=$(jq -r '.sentences[1].start' "$T/out")
	_w=$(jq -r '.sentences[1].tokens[0].text' "$T/out")
	check text/offsets-are-source-bytes test "$(tail -c +$((_s + 1)) \
	    "$T/dump/ex.md" | head -c ${#_w})" = "$_w"

	# --- chronology (issue 3) -------------------------------------
	run "$T/dump" --dump events ex.md
	check events/status status_is 0
	check events/four-entries jq_ok 'length == 4'
	check events/dates jq_ok \
	    '[.[].date] == ["2000", "2019", "2023-09", "2024-06-17"]'
	check events/precisions jq_ok \
	    '[.[].precision] == ["year", "year", "month", "day"]'
	check events/sources jq_ok '[.[].source] ==
	    ["extracted", "extracted", "extracted", "document"]'
	check events/2000-last-visit jq_ok \
	    '.[0].text | test("Putin") and test("Pyongyang")'
	check events/2019-hanoi jq_ok '.[1].text | test("Hanoi")'
	check events/2023-invitation jq_ok \
	    '.[2].text | test("^Kim Jong Un") and test("invitation")'
	check events/actors jq_ok '.[2].actors | index("Kim Jong Un") != null'
	check events/none-scheduled jq_ok '[.[].scheduled] | any | not'
	check events/lines jq_ok '[.[0:3][].line] | all(. > 1)'
	check events/no-pdf-written no_path "$T/dump/ex.pdf"
	# --- relations graph and diagram (issue 4) ---------------------
	run "$T/dump" --dump graph ex.md
	check graph/status status_is 0
	check graph/actors jq_ok '[.actors[].name] as $a | ["Russia",
	    "North Korea", "United States", "South Korea", "Ukraine",
	    "United Nations"] | all(. as $n | $a | index($n))'
	check graph/persons jq_ok '.actors as $a |
	    ($a[] | select(.name == "Russia") | .persons | index("Vladimir Putin")) and
	    ($a[] | select(.name == "North Korea") | .persons | index("Kim Jong Un")) and
	    ($a[] | select(.name == "United States") | .persons |
	        index("Donald Trump") and index("Kurt Campbell")) and
	    ($a[] | select(.name == "South Korea") | .persons | index("Kim Hong-kyun"))'
	check graph/relations jq_ok '.relations as $r |
	    def rel(f; t): [$r[] | select((.from == f and .to == t) or
	        (.directed == false and .from == t and .to == f))] | length > 0;
	    rel("North Korea"; "Russia") and rel("Russia"; "North Korea") and
	    rel("Russia"; "Ukraine") and rel("United States"; "North Korea") and
	    rel("South Korea"; "United States")'
	# what the story is about (issue 12): every relation ranked, the
	# figure the best-ranked acts stated as done, its story kept
	check graph/ranks jq_ok '[.relations[].rank] | sort ==
	    [range(1; length + 1)]'
	check graph/drawn-at-most-fourteen jq_ok '[.relations[] |
	    select(.drawn and .class != "affiliation")] | length >= 3 and
	    length <= 14'
	check graph/drawn-done-only jq_ok \
	    '[.relations[] | select(.drawn) | .mode == "done"] | all'
	check graph/drawn-story jq_ok '[.relations[] | select(.drawn)] as $d |
	    def drawn(f; t; l): [$d[] | select(.label == l and
	        ((.from == f and .to == t) or (.directed == false and
	        .from == t and .to == f)))] | length > 0;
	    drawn("North Korea"; "Russia"; "munitions") and
	    drawn("Russia"; "North Korea"; "technology") and
	    drawn("Russia"; "Ukraine"; "war")'
	check graph/drawn-actors jq_ok '([.actors[] | select(.kind ==
	    "person" and .state != null) | {(.name): .state}] | add) as $s |
	    [.relations[] | select(.drawn) | .from, .to | $s[.] // .] as $b |
	    ["Russia", "North Korea", "Ukraine", "United States",
	    "South Korea", "United Nations"] | all(. as $n | $b | index($n))'
	check graph/central jq_ok '[.relations[] | select(.central)] |
	    length >= 1 and length <= 3 and all(.drawn and .mode == "done"
	    and .class != "affiliation" and ([.from, .to] | sort) ==
	    ["North Korea", "Russia"])'
	# the figure's page: the United Nations drawn (the monitors'
	# finding), the relations left out counted
	check figure/names-united-nations has_text "$T/ex-fig.txt" \
	    'United Nations'
	check figure/caption-left-out file_re "$T/ex-fig.txt" \
	    '[0-9]+ more relations?'
	for _f in svg png pdf; do
		run "$T/dump" --diagram "d.$_f" ex.md
		check "diagram/$_f-status" status_is 0
	done
	check diagram/svg-file file_re "$T/dump/d.svg" '<svg'
	check diagram/png-file png_ok "$T/dump/d.png"
	check diagram/pdf-file pdf_ok "$T/dump/d.pdf"
	cp "$T/dump/d.svg" "$T/dump/d1.svg"
	run "$T/dump" --diagram d.svg ex.md
	check diagram/deterministic same_bytes "$T/dump/d1.svg" "$T/dump/d.svg"
	run "$T/dump" --diagram d.gif ex.md
	check diagram/bad-extension-status status_is 2
	check diagram/bad-extension-message err_re '^briefing: error: .*d\.gif'
	# exports (issue 13): real text in the SVG, bare for slides, and
	# the options' usage errors
	check diagram/svg-text file_re "$T/dump/d.svg" \
	    '<text [^>]*font-family="Noto Sans[^>]*>North Korea</text>'
	run "$T/dump" --diagram bare.pdf --diagram-bare ex.md
	check diagram/bare-status status_is 0
	pdftext "$T/dump/bare.pdf" "$T/dump/bare.txt"
	check diagram/bare-graph has_text "$T/dump/bare.txt" 'North Korea'
	check diagram/bare-no-caption lacks_text "$T/dump/bare.txt" 'Figure'
	check diagram/bare-no-legend lacks_text "$T/dump/bare.txt" \
	    'cooperative'
	run "$T/dump" --diagram t.png --transparent --dpi 36 ex.md
	check diagram/transparent-status status_is 0
	check diagram/transparent-png png_ok "$T/dump/t.png"
	for _a in 35 2401 0 nan; do
		run "$T/dump" --diagram d.png --dpi "$_a" ex.md
		check "diagram/dpi-$_a-status" status_is 2
		check "diagram/dpi-$_a-message" err_re \
		    "^briefing: error: --dpi .* is out of range \\(36 to 2400\\)\$"
	done
	run "$T/dump" --diagram d.svg --transparent ex.md
	check diagram/transparent-svg-status status_is 2
	check diagram/transparent-svg-message err_re \
	    '^briefing: error: --transparent needs a \.png --diagram$'
	run "$T/dump" --transparent ex.md
	check diagram/transparent-alone-status status_is 2
	run "$T/dump" --diagram-bare ex.md
	check diagram/bare-alone-status status_is 2
	check diagram/bare-alone-message err_re \
	    '^briefing: error: --diagram-bare needs --diagram$'
	check diagram/bare-alone-no-pdf no_path "$T/dump/ex.pdf"

	for _a in chrono-full-dates chrono-relative; do
		cp "$TOP/tests/e2e/$_a.md" "$T/dump/$_a.md"
		run "$T/dump" --dump events "$_a.md"
		check "events/$_a-status" status_is 0
		check "events/$_a-sorted" jq_ok \
		    'length >= 5 and ([.[].date] == ([.[].date] | sort))'
	done
fi

# --- 3. the seed as given ------------------------------------------------

mkdir -p "$T/seed"
cp "$SEED" "$T/seed/article.txt"
: >"$T/poppler.err"
run "$T/seed" article.txt
check seed/status status_is 0
P=$T/seed/article.pdf
qpdf --json "$P" >"$T/seed.json" 2>/dev/null
# title, 3 headings, the chronology (the seed has a diagram too)
check seed/outline-count outline_count "$T/seed.json" 6
# no document date: "last September" stays unresolved, said with its place
check seed/unresolved-relative-date err_re \
    "^article\\.txt:2:[0-9]+: warning: relative date 'last September'"
check seed/outline-title-from-file-name outline_has "$T/seed.json" Article
check seed/title-from-file-name info_re "$P" '^Title: +Article$'
check seed/bold-lead-in-font has_font "$P" '^NotoSerif-Bold$'
pdftext "$P" "$T/seed.txt"
check seed/lead-in-text has_text "$T/seed.txt" 'Defiance Against the West:'
check seed/headings-in-order in_order "$T/seed.txt" "$H1|$H2|$H3"
check seed/fonts-embedded-subset-unicode fonts_ok "$P"
check seed/no-reader-warnings poppler_silent

# --- 6. bad input --------------------------------------------------------

# Lone 0xFF at 3:5, after 2- and 3-byte characters (columns in code points).
bad invalid-utf8 1 '^s\.md:3:5: error: ' \
    '# Heading\n\na\303\251\342\202\254b\377 rest\n'
bad overlong-utf8 1 '^s\.md:2:3: error: ' 'Para line.\nab\300\200 x\n'
bad surrogate-utf8 1 '^s\.md:1:5: error: ' 'abc \355\240\200 x\n'
bad nul-byte 1 '^s\.md:2:3: error: ' 'Line one.\nab\000cd\n'
bad yaml-malformed 1 '^s\.md:[0-9]+:[0-9]+: error: ' \
    '---\ntitle: [unclosed\n---\nBody text.\n'
bad yaml-not-mapping 1 '^s\.md:2:1: error: ' \
    '---\n- a\n- b\n---\nBody text.\n'
bad front-matter-unterminated 1 '^s\.md:1:1: error: ' \
    '---\ntitle: X\n\nBody text.\n'
bad empty-body-front-matter-only 1 '^s\.md(:[0-9]+:[0-9]+)?: error: ' \
    '---\ntitle: X\n---\n'
bad empty-body-whitespace 1 '^s\.md(:[0-9]+:[0-9]+)?: error: ' ' \n\t\n\n'
bad wrong-value-type 1 '^s\.md:3:10: error: ' \
    '---\ntitle: Fine\nsummary: 5\n---\nBody text.\n'
bad wrong-value-type-bool 1 '^s\.md:3:16: error: ' \
    '---\ntitle: Fine\nattach_source: maybe\n---\nBody text.\n'
bad werror-unknown-key 1 '^s\.md:2:1: (warning|error): ' \
    '---\ntitel: X\n---\nBody text.\n' --werror
# Several problems, one run: all reported.
bad several-errors 1 '^s\.md:1:3: error: ' 'ab\377 x\nfine line\ncd\376 y\n'
check bad-input/several-errors-second-reported err_re '^s\.md:3:3: error: '

# Missing source.
_d=$T/bad/missing
mkdir -p "$_d"
snapshot "$_d"
run "$_d" nothere.md
check bad-input/missing-source-status status_is 1
check bad-input/missing-source-message err_re \
    '^briefing: error: .*nothere\.md'
check bad-input/missing-source-nothing-written unchanged "$_d"

# A directory as source.
_d=$T/bad/dir
mkdir -p "$_d/d.md"
snapshot "$_d"
run "$_d" d.md
check bad-input/directory-source-status status_is 1
check bad-input/directory-source-message err_re 'd\.md.*error: |error: .*d\.md'
check bad-input/directory-source-nothing-written unchanged "$_d"

# Unwritable output: a path under a regular file, then a missing directory.
_d=$T/bad/unwritable
mkdir -p "$_d"
printf 'A good paragraph.\n' >"$_d/s.md"
printf 'a regular file\n' >"$_d/afile"
snapshot "$_d"
run "$_d" -o afile/x.pdf s.md
check bad-input/unwritable-output-status status_is 3
check bad-input/unwritable-output-message err_re \
    '^briefing: error: .*afile/x\.pdf'
check bad-input/unwritable-output-nothing-written unchanged "$_d"
run "$_d" -o /nonexistent-dir-e2e/x.pdf s.md
check bad-input/missing-output-dir-status status_is 3
check bad-input/missing-output-dir-message err_re \
    '^briefing: error: .*/nonexistent-dir-e2e/x\.pdf'
check bad-input/missing-output-dir-nothing-written unchanged "$_d"

# Output path equal to the source path.
_d=$T/bad/same
mkdir -p "$_d"
printf 'A good paragraph.\n' >"$_d/s.md"
cp "$_d/s.md" "$_d.src"
snapshot "$_d"
run "$_d" -o ./s.md s.md
check bad-input/output-is-source-status status_is 2
check bad-input/output-is-source-message err_re 'error: .*s\.md'
check bad-input/output-is-source-source-kept same_bytes "$_d.src" "$_d/s.md"
check bad-input/output-is-source-nothing-written unchanged "$_d"

# Unknown key: a warning with a suggestion, exit 0, a PDF.
_d=$T/warn
mkdir -p "$_d"
printf -- '---\ntitel: X\n---\nBody text.\n' >"$_d/s.md"
run "$_d" s.md
check warning/unknown-key-status status_is 0
check warning/unknown-key-message err_re \
    "^s\\.md:2:1: warning: .*'titel'.*did you mean 'title'"
check warning/unknown-key-pdf pdf_ok "$_d/s.pdf"
run "$_d" -q -o q.pdf s.md
check cli/quiet-status status_is 0
check cli/quiet-silences-warnings err_empty

# Nowhere to keep fontconfig's cache: still not a word on stderr.
# (Not under valgrind, which needs a TMPDIR of its own.)
if [ -z "${BRIEFING_VALGRIND:-}" ]; then
	_d=$T/nocache
	mkdir -p "$_d"
	cp "$EX" "$_d/a.md"
	last="(cd nocache && HOME=XDG_CACHE_HOME=TMPDIR=/proc/none briefing a.md)"
	(cd "$_d" && HOME=/proc/none XDG_CACHE_HOME=/proc/none \
	    TMPDIR=/proc/none exec timeout 20 "$B" a.md) >"$T/out" \
	    2>"$T/err" </dev/null
	rc=$?
	check fonts/no-cache-dir-status status_is 0
	check fonts/no-cache-dir-silent err_empty
	check fonts/no-cache-dir-pdf pdf_ok "$_d/a.pdf"
fi

# --- 7. characters -------------------------------------------------------

_d=$T/chars
mkdir -p "$_d"
# 中 (U+4E2D) at 3:9 and 😀 (U+1F600) at 5:7: no shipped font, or > U+FFFF.
printf '%s\n' 'Greek: Ελλάδα and Cyrillic: Россия.' '' \
    'Chinese 中 here.' '' 'Smile 😀 here.' '' \
    'Latin: Łódź, São Tomé, Ærøskøbing.' >"$_d/c.md"
: >"$T/poppler.err"
run "$_d" c.md
check chars/status status_is 0
check chars/uncovered-cjk-warning err_re '^c\.md:3:9: warning: '
check chars/above-bmp-warning err_re '^c\.md:5:7: warning: '
pdftext "$_d/c.pdf" "$T/chars.txt"
check chars/greek has_text "$T/chars.txt" 'Ελλάδα'
check chars/cyrillic has_text "$T/chars.txt" 'Россия'
check chars/latin-polish has_text "$T/chars.txt" 'Łódź'
check chars/latin-portuguese has_text "$T/chars.txt" 'São Tomé'
check chars/latin-danish has_text "$T/chars.txt" 'Ærøskøbing'
check chars/placeholders-visible file_re "$T/chars.txt" \
    "Chinese $FFFD here.*Smile $FFFD here"
check chars/no-reader-warnings poppler_silent

# --- 12. Markdown features -----------------------------------------------

_d=$T/md
mkdir -p "$_d"
cat >"$_d/m.md" <<'EOF'
Some *emphasised words* and **strong words** here, with `code span` text and a [link to the site](https://example.org/page).

- outer item one
  - nested item two
    - deeper item three
- outer item four

> A quoted sentence stands here.

| Cell alpha | Cell beta |
|------------|-----------|
| cell gamma | cell delta |

Closing paragraph.
EOF
: >"$T/poppler.err"
run "$_d" m.md
check markdown/status status_is 0
# a table is set as a table, without a warning
check markdown/table-no-warning lacks_text "$T/err" 'warning: '
check markdown/no-error lacks_text "$T/err" ': error: '
P=$_d/m.pdf
check markdown/italic-font has_font "$P" '^NotoSerif-Italic$'
check markdown/bold-font has_font "$P" '^NotoSerif-Bold$'
qpdf --json "$P" >"$T/md.json" 2>/dev/null
check markdown/uri-link file_re "$T/md.json" \
    '"/URI": "u:https://example\.org/page"'
pdftext "$P" "$T/md.txt"
check markdown/text-in-order in_order "$T/md.txt" \
    'emphasised words|strong words|code span|link to the site|outer item one|nested item two|deeper item three|outer item four|A quoted sentence stands here.|Cell alpha|cell delta|Closing paragraph.'
check markdown/no-reader-warnings poppler_silent

# --- 9. several sources, 10. default output -----------------------------

_d=$T/multi
mkdir -p "$_d/outd"
printf 'First source.\n' >"$_d/a.md"
printf 'Second source.\n' >"$_d/b.md"
printf 'not a directory\n' >"$_d/afile"
run "$_d" -o outd a.md b.md
check several/status status_is 0
check several/first-pdf pdf_ok "$_d/outd/a.pdf"
check several/second-pdf pdf_ok "$_d/outd/b.pdf"
run "$_d" -o afile a.md b.md
check several/output-not-directory-status status_is 2
check several/output-not-directory-message err_re \
    '^briefing: error: .*afile'
check several/output-not-directory-file-kept file_re "$_d/afile" \
    '^not a directory$'

_d=$T/default
mkdir -p "$_d/dir"
printf 'Default output path.\n' >"$_d/dir/a.md"
run "$_d" dir/a.md
check default-output/status status_is 0
check default-output/beside-source pdf_ok "$_d/dir/a.pdf"
check default-output/not-in-cwd no_path "$_d/a.pdf"

# --- 8. huge and deep inputs ---------------------------------------------

_d=$T/huge
mkdir -p "$_d"
awk 'BEGIN { s = "abcdefghij"; while (length(s) < 300000) s = s s
	print substr(s, 1, 300000) }' >"$_d/w.md"
awk 'BEGIN { n = split("the quick brown fox jumps over lazy dogs", w, " ")
	for (i = 0; i < 200000; i++) printf "%s ", w[i % n + 1]
	print "end." }' >"$_d/p.md"
awk 'BEGIN { s = "- "; while (length(s) < 6000) s = s s
	print substr(s, 1, 6000) "deep item" }' >"$_d/l.md"
awk 'BEGIN { s = ">"; while (length(s) < 20000) s = s s
	print substr(s, 1, 20000) " deep quote" }' >"$_d/q.md"
for _c in w:long-word p:long-paragraph l:deep-list q:deep-quote; do
	_f=${_c%%:*}
	_n=${_c#*:}
	run "$_d" "$_f.md"
	check "huge/$_n-clean-exit" clean_exit
	if [ "$rc" -eq 0 ]; then
		check "huge/$_n-pdf-readable" pdf_ok "$_d/$_f.pdf"
	else
		check "huge/$_n-no-pdf-after-failure" no_path "$_d/$_f.pdf"
	fi
	if [ "$_f" = w ]; then
		check huge/long-word-reported err_re \
		    '^w\.md:1:1: (warning|error): '
	fi
done

# --- 9. the document's language ------------------------------------------

_d=$T/lang
mkdir -p "$_d"
cat >"$_d/fr.txt" <<'TXT'
Le gouvernement a annoncé mardi qu'il allait suspendre les négociations
avec les syndicats, qui réclament depuis des mois une hausse des salaires.
Selon le ministre, les discussions reprendront dans les prochaines
semaines, mais aucune date n'a été fixée pour la prochaine réunion.
TXT
cat >"$_d/de.md" <<'TXT'
---
title: Streik
date: 2024-05-14
lang: de
---

Die Regierung hat am Dienstag erklärt, dass sie die Verhandlungen mit den
Gewerkschaften aussetzen wird, die seit Monaten höhere Löhne fordern. Nach
Angaben des Ministers sollen die Gespräche in den nächsten Wochen
fortgesetzt werden, aber ein Termin für das nächste Treffen steht nicht fest.
TXT
sed 's/^lang: de/lang: en/' "$_d/de.md" >"$_d/mislabelled.md"
run "$_d" -v fr.txt
check lang/detected err_re 'fr\.txt: language fr \(read from the text\)'
qpdf --json "$_d/fr.pdf" >"$_d/fr.json" 2>/dev/null
check lang/detected-in-pdf jq -e "$CATALOG"' | .["/Lang"] == "u:fr"' \
    "$_d/fr.json"
run "$_d" -v de.md
check lang/given err_re 'de\.md: language de \(from the front matter\)'
check lang/given-no-warning lacks_text "$T/err" 'warning'
run "$_d" mislabelled.md
check lang/disagrees-warned err_re \
    "^mislabelled\.md:4:7: warning: lang 'en' but the text reads as de"
# a language the analysis does not read: one warning, a line in "About
# this briefing", and no entry or diagram made from the text
cat >"$_d/pt.md" <<'TXT'
---
title: Cimeira
lang: pt
date: 2024-03-01
---

O presidente do Brasil visitou Portugal em 2023, e a Rússia atacou a
Ucrânia em fevereiro de 2022.
TXT
run "$_d" pt.md
check lang/other-built status_is 0
check lang/other-warned-once sh -c '[ "$(grep -c "language .pt. is not one the analysis reads" "$1")" = 1 ]' sh "$T/err"
pdftext "$_d/pt.pdf" "$_d/pt.txt"
check lang/other-about-says-so has_text "$_d/pt.txt" \
    "Analysis not made: the chronology and the diagram read English"
run "$_d" --dump events pt.md
check lang/other-no-entries sh -c '[ "$(grep -c "\"source\": \"extracted\"" "$1")" = 0 ] && grep -q "This briefing" "$1"' sh "$T/out"

# --- no relations: no figure, and About this briefing says why ---------

_d=$T/norel
mkdir -p "$_d"
cat >"$_d/quiet.md" <<'TXT'
---
title: Quiet
date: 2024-03-01
---

France and Germany held elections in 2023. France later held a
referendum, and Germany a census.
TXT
run "$_d" quiet.md
check norel/built status_is 0
pdftext "$_d/quiet.pdf" "$_d/quiet.txt"
check norel/about-says-so has_text "$_d/quiet.txt" \
    "Diagram none: no relations were found among the actors the text names"
check norel/no-figure lacks_text "$_d/quiet.txt" "Figure 1"
# relations found, none stated as done: no figure, and not "none found"
cat >"$_d/plans.md" <<'TXT'
---
title: Plans
date: 2024-03-01
---

Chile plans to visit Peru next year, and Brazil could sign an
agreement with Argentina.
TXT
run "$_d" plans.md
check norel/plans-built status_is 0
pdftext "$_d/plans.pdf" "$_d/plans.txt"
check norel/plans-about has_text "$_d/plans.txt" \
    "Diagram none: the relations found are planned, possible or denied, none stated as done"
check norel/plans-no-figure lacks_text "$_d/plans.txt" "Figure 1"
