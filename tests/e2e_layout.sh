#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the figure's geometry and place (issue 13):
# --dump layout on the example (the schema, the page the PDF shows it
# on, boxes inside the figure, edges between its boxes), the empty form
# for a text without relations, and tests/layout_check.py's placement
# check (no page holds only the figure) on the example, the labels
# articles, three generated articles whose relations stand in their last
# paragraph near a page's foot, and the corpus beside the checkout when
# there is one.  Run from the top of the tree: sh tests/e2e_layout.sh.
. "$(dirname "$0")/e2e_lib.sh"

LC=$TOP/tests/layout_check.py
mkdir -p "$T/lay"
cp "$EX" "$T/lay/ex.md"

# --- --dump layout on the example ----------------------------------------

run "$T/lay" --dump layout ex.md
check layout/status status_is 0
check layout/silent err_empty
check layout/no-pdf-written no_path "$T/lay/ex.pdf"
check layout/keys jq_ok 'keys == ["edges", "height", "labels", "nodes",
    "page", "width"]'
check layout/size jq_ok '.width > 100 and .height > 50'
check layout/page jq_ok '.page | type == "number" and . >= 1'
# its first evidence is on page 1, where it fits: it stands there
check layout/page-of-evidence jq_ok '.page == 1'
check layout/nodes jq_ok '.nodes | length >= 2 and all(keys ==
    ["box", "font_pt", "name"] and (.name | type == "string") and
    (.box | length == 4 and all(type == "number")) and .font_pt > 0)'
check layout/labels jq_ok '.labels | length >= 1 and all(keys ==
    ["box", "font_pt", "text"] and (.text | type == "string") and
    (.box | length == 4) and .font_pt > 0)'
check layout/edges jq_ok '.edges | length >= 1 and all(keys ==
    ["from", "points", "to"] and (.points | length >= 2 and
    all(length == 2)))'
# every box and point inside the figure (a point's rounding aside)
check layout/inside jq_ok '.width as $w | .height as $h |
    ([.nodes[], .labels[] | .box | .[0] >= -0.01 and .[1] >= -0.01 and
    .[0] + .[2] <= $w + 0.01 and .[1] + .[3] <= $h + 0.01] | all) and
    ([.edges[].points[] | .[0] >= -0.01 and .[0] <= $w + 0.01 and
    .[1] >= -0.01 and .[1] <= $h + 0.01] | all)'
# an edge joins two boxes and runs from the one to the other
check layout/edge-ends jq_ok '([.nodes[] | {(.name): .box}] | add) as $b |
    [.edges[] | $b[.from] as $f | $b[.to] as $t | $f != null and
    $t != null and (.points[0] as $p | $p[0] >= $f[0] - 1 and
    $p[0] <= $f[0] + $f[2] + 1 and $p[1] >= $f[1] - 1 and
    $p[1] <= $f[1] + $f[3] + 1) and (.points[-1] as $p |
    $p[0] >= $t[0] - 1 and $p[0] <= $t[0] + $t[2] + 1 and
    $p[1] >= $t[1] - 1 and $p[1] <= $t[1] + $t[3] + 1)] | all'
# the edges' labels come first among the labels, then the legend and
# the caption, whose first line opens with "Figure 1."
check layout/caption-among-labels jq_ok \
    '[.labels[].text | select(startswith("Figure 1."))] | length == 1'
check layout/legend-after-edge-labels jq_ok \
    '([.labels[].text] | index("cooperative")) >= (.edges | length)'
cp "$T/out" "$T/lay/ex.json"
_p=$(jq .page "$T/lay/ex.json")
run "$T/lay" -o ex.pdf ex.md
pdftotext -f "${_p:-0}" -l "${_p:-0}" -raw "$T/lay/ex.pdf" \
    "$T/lay/fig.txt" 2>/dev/null
check layout/page-holds-caption has_text "$T/lay/fig.txt" 'Figure 1.'
check layout/page-holds-names sh -c 'jq -r ".nodes[].name" "$1" |
    while IFS= read -r n; do grep -Fq -- "$n" "$2" || exit 1; done' \
    sh "$T/lay/ex.json" "$T/lay/fig.txt"
# the same figure on letter paper: its page, no PDF
run "$T/lay" --paper letter --dump layout ex.md
check layout/letter jq_ok '.page >= 1 and (.nodes | length >= 2)'

# --- no figure: the empty form, exit 0 ------------------------------------

printf 'A short paragraph about the weather in the valley.\n' \
    >"$T/lay/none.md"
run "$T/lay" --dump layout none.md
check layout/none-status status_is 0
check layout/none-empty jq_ok '. == {"width": 0, "height": 0, "page": 0,
    "nodes": [], "labels": [], "edges": []}'
check layout/none-no-pdf no_path "$T/lay/none.pdf"
run "$T/lay" --dump layouts none.md
check layout/unknown-dump-status status_is 2
check layout/unknown-dump-names-layout err_re 'unknown dump .*layout, alt or tags\)'

# --- placement: never a page of the figure alone ----------------------------

# An article of N paragraphs without relations and a last one with them:
# as N grows, that paragraph moves down page 1 and on to page 2.
filler() {
	printf -- '---\ntitle: The valley\nlang: en\n---\n\n'
	_i=0
	while [ "$_i" -lt "$1" ]; do
		printf 'The weather in the valley was mild for most of the '
		printf 'season, and the farmers talked at length about the '
		printf 'harvest, the price of seed and the state of the roads '
		printf 'that lead from the hills to the market town. Nobody '
		printf 'expected much change before the winter came, and the '
		printf 'long evenings were spent mending tools.\n\n'
		_i=$((_i + 1))
	done
	printf 'Russia invaded Ukraine in February. Russia attacked Ukraine '
	printf 'again in March, and Ukraine accused Russia of war crimes.\n'
}
for _n in 8 9 10; do
	filler "$_n" >"$T/lay/valley-$_n.md"
done
for _l in fr de es; do
	cp "$TOP/tests/e2e/labels-$_l.md" "$T/lay/labels-$_l.md"
done
# lc ARG...: the checker; its output to $T/out, status to $rc.
lc() {
	last="layout_check.py $*"
	python3 "$LC" --bin "$B" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
lc --only placement "$T/lay/ex.md" "$T/lay"/labels-*.md "$T/lay"/valley-*.md
check placement/status status_is 0
check placement/all-with-figure out_re \
    '^layout placement: 7 briefings with a figure, 0 with'
# the valley's last paragraph near page 1's foot: the figure on page 2
# with text below it
check placement/valley-9-page-2 out_re '^valley-9\.md +page 2 '
# legible at print size: the same figures measured (text >= 7 pt, at
# most one crossing, nothing through a box, no overlap)
lc --only geometry "$T/lay/ex.md" "$T/lay"/labels-*.md "$T/lay"/valley-*.md
check geometry/status status_is 0
check geometry/none-break out_re '0 break the limits'

# --- the checker itself, on made-up dumps -----------------------------------

# fake JSON: a program that prints JSON for --dump layout and hands
# every other call to briefing
fake() {
	printf '#!/bin/sh\nif [ "$1" = --dump ]; then cat "%s"; exit 0; fi\n' \
	    "$1" >"$T/lay/fake"
	printf 'exec "%s" "$@"\n' "$B" >>"$T/lay/fake"
	chmod +x "$T/lay/fake"
}
# a page with a title and 9 words of text, said to hold the figure
printf '{"width": 10, "height": 10, "page": 1, "nodes": [], "labels": [],
    "edges": []}\n' >"$T/lay/page1.json"
fake "$T/lay/page1.json"
python3 "$LC" --bin "$T/lay/fake" --only placement "$T/lay/none.md" \
    >"$T/out" 2>"$T/err"
rc=$?
last="layout_check.py --only placement (a page of 9 words)"
check checker/alone-fails status_is 1
check checker/alone-named out_re '^none\.md .*BREAKS: figure alone'
# two edges crossing in the middle box C, which neither ends at; a
# label over box A; a 6.5 pt name
cat >"$T/lay/bad.json" <<'EOF2'
{"width": 120, "height": 120, "page": 1,
 "nodes": [{"name": "A", "box": [0, 0, 20, 10], "font_pt": 8},
  {"name": "B", "box": [100, 100, 20, 10], "font_pt": 8},
  {"name": "C", "box": [50, 50, 20, 10], "font_pt": 6.5},
  {"name": "D", "box": [100, 0, 20, 10], "font_pt": 8},
  {"name": "E", "box": [0, 100, 20, 10], "font_pt": 8}],
 "labels": [{"text": "x", "box": [30, 30, 8, 8], "font_pt": 7},
  {"text": "y", "box": [80, 25, 8, 8], "font_pt": 7},
  {"text": "z", "box": [5, 5, 8, 8], "font_pt": 7}],
 "edges": [{"from": "A", "to": "B", "points": [[10, 10], [60, 55],
  [110, 100]]}, {"from": "D", "to": "E", "points": [[110, 10],
  [60, 55], [10, 100]]}]}
EOF2
fake "$T/lay/bad.json"
python3 "$LC" --bin "$T/lay/fake" --only geometry "$T/lay/none.md" \
    >"$T/out" 2>"$T/err"
rc=$?
last="layout_check.py --only geometry (made-up bad figure)"
check checker/bad-fails status_is 1
check checker/bad-measures out_re \
    'font  6\.50  crossings  1  through 2  overlaps 1'
check checker/bad-reasons out_re 'BREAKS: font, through, overlaps$'
# the same without box C, the label z and the small text: clean
jq '.nodes |= map(select(.name != "C")) | .labels |= .[0:2]' \
    "$T/lay/bad.json" >"$T/lay/good.json"
fake "$T/lay/good.json"
python3 "$LC" --bin "$T/lay/fake" --only geometry "$T/lay/none.md" \
    >"$T/out" 2>"$T/err"
rc=$?
last="layout_check.py --only geometry (made-up clean figure)"
check checker/good-passes status_is 0
check checker/good-measures out_re \
    'font  7\.00  crossings  1  through 0  overlaps 0'

if [ -d "$TOP/../shared/corpus" ] && [ -z "${BRIEFING_VALGRIND:-}" ]; then
	lc --only placement --summary --corpus "$TOP/../shared/corpus"
	check placement/corpus status_is 0
	lc --only geometry --summary --corpus "$TOP/../shared/corpus"
	check geometry/corpus status_is 0
fi
