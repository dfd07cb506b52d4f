#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests that nothing is cut silently: a 300-word title, 120
# key points, a margin note longer than a page, front matter too long
# for its place (every word printed, inside the page), and dates that
# fall outside the years 1 to 9999 (a warning, no entry, no GLib
# critical).  Run from the top of the tree: sh tests/e2e_loss.sh.
. "$(dirname "$0")/e2e_lib.sh"

# GLib criticals abort: a critical is a crash here, not a line on stderr.
export G_DEBUG=fatal-criticals

# is VALUE EXPECTED WHAT: VALUE equals EXPECTED.
is() {
	why="$3: $1, expected $2"
	[ "$1" = "$2" ]
}

# at_least VALUE MIN WHAT
at_least() {
	why="$3: $1, expected at least $2"
	[ "$1" -ge "$2" ]
}

# numbered FILE PREFIX N: PREFIX000 .. PREFIX(N-1), in order, in FILE.
numbered() {
	_l=$(awk -v p="$2" -v n="$3" 'BEGIN {
	    for (i = 0; i < n; i++) printf "%s%s%03d", i ? "|" : "", p, i }')
	in_order "$1" "$_l"
}

# on_page PDF: every word's box (pdftotext -bbox) inside the media box.
on_page() {
	pdftotext -bbox "$1" "$T/bbox.html" 2>>"$T/poppler.err"
	why="outside the page: $(awk -F'"' '/<page / { w = $2; h = $4 }
	    /<word / { if ($2 < 0 || $4 < 0 || $6 > w + 0.5 || $8 > h + 0.5)
		print $2, $4, $6, $8, $9 }' "$T/bbox.html" | head -3)"
	awk -F'"' '/<page / { w = $2; h = $4 }
	    /<word / { n++; if ($2 < 0 || $4 < 0 || $6 > w + 0.5 ||
		$8 > h + 0.5) bad++ }
	    END { exit !(n > 0 && bad == 0) }' "$T/bbox.html"
}

# same_cropped PDF: pdftotext cropped to the A4 page gives the same text
# as without cropping (no text drawn off the page).
same_cropped() {
	pdftotext "$1" "$T/full.txt" 2>>"$T/poppler.err"
	pdftotext -x 0 -y 0 -W 595 -H 842 "$1" "$T/crop.txt" \
	    2>>"$T/poppler.err"
	why="cropped text differs: $(diff "$T/full.txt" "$T/crop.txt" |
	    head -3)"
	cmp -s "$T/full.txt" "$T/crop.txt"
}

no_critical() {
	why="stderr: $(grep -i critical "$T/err" | head -2)"
	! grep -qi 'critical' "$T/err"
}

pages() {
	pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'
}

# --- a title of 300 words ------------------------------------------------

_d=$T/title
mkdir -p "$_d"
{
	printf -- '---\ntitle: "'
	awk 'BEGIN { for (i = 0; i < 300; i++)
	    printf "%sword%03d", i ? " " : "", i }'
	printf '"\ndate: 2024-06-17\n---\n\nThe body follows the title. '
	printf 'bodyend\n'
} >"$_d/s.md"
: >"$T/poppler.err"
run "$_d" s.md
check title/status status_is 0
check title/pdf pdf_ok "$_d/s.pdf"
pdftext "$_d/s.pdf" "$T/title.txt"
check title/every-word-in-order numbered "$T/title.txt" word 300
check title/then-the-body in_order "$T/title.txt" 'word299|bodyend'
check title/on-page on_page "$_d/s.pdf"
check title/cropped-same same_cropped "$_d/s.pdf"
check title/pages at_least "$(pages "$_d/s.pdf")" 3 pages
check title/poppler-silent poppler_silent

# --- 120 key points -------------------------------------------------------

_d=$T/kp
mkdir -p "$_d"
{
	printf -- '---\ntitle: Many key points\ndate: 2024-06-17\nsummary:\n'
	awk 'BEGIN { for (i = 0; i < 120; i++)
	    printf "  - \"Point kp%03d says something moderately long " \
		"about the matter at hand.\"\n", i }'
	printf -- '---\n\nThe body follows the key points. bodyend\n'
} >"$_d/s.md"
: >"$T/poppler.err"
run "$_d" s.md
check key-points/status status_is 0
check key-points/no-message err_empty
pdftext "$_d/s.pdf" "$T/kp.txt"
check key-points/all-120-in-order numbered "$T/kp.txt" kp 120
check key-points/then-the-body in_order "$T/kp.txt" 'kp119|bodyend'
check key-points/continued has_text "$T/kp.txt" 'KEY POINTS (CONTINUED)'
check key-points/pages at_least "$(pages "$_d/s.pdf")" 2 pages
check key-points/on-page on_page "$_d/s.pdf"
check key-points/cropped-same same_cropped "$_d/s.pdf"
check key-points/poppler-silent poppler_silent

# --- a margin note longer than a page, front matter too long ------------

_d=$T/chrome
mkdir -p "$_d"
URL=https://example.org/reports/2024/06/17/north-korea/visit/putin
URL=$URL/pyongyang/summit-of-the-two-leaders.html
{
	printf -- '---\ntitle: Long things\ndate: 2024-06-17\n'
	printf 'source:\n  url: %s\n' "$URL"
	printf 'organisation: "'
	awk 'BEGIN { for (i = 0; i < 30; i++)
	    printf "%sorg%03d", i ? " " : "", i }'
	printf '"\nsubtitle: "'
	awk 'BEGIN { for (i = 0; i < 120; i++)
	    printf "%ssub%03d", i ? " " : "", i }'
	printf '"\nclassification: "'
	awk 'BEGIN { for (i = 0; i < 60; i++)
	    printf "%sSECRET%02d", i ? " " : "", i }'
	printf '"\nnotes:\n  Aurora protocol: "'
	awk 'BEGIN { for (i = 0; i < 400; i++)
	    printf "%snote%03d", i ? " " : "", i }'
	printf '"\n---\n\n## '
	awk 'BEGIN { for (i = 0; i < 80; i++)
	    printf "%shead%03d", i ? " " : "", i }'
	printf '\n\nThen the Aurora protocol was signed. bodyend\n'
} >"$_d/s.md"
: >"$T/poppler.err"
run "$_d" s.md
check chrome/status status_is 0
check chrome/classification-warning err_re \
    "^s\\.md: warning: classification 'SECRET00 SECRET01 .* SECRET59' \
is too long for the banner; cut there$"
check chrome/one-warning is "$(wc -l <"$T/err" | tr -d ' ')" 1 \
    'stderr lines'
pdftext "$_d/s.pdf" "$T/chrome.txt"
check chrome/organisation numbered "$T/chrome.txt" org 30
check chrome/subtitle numbered "$T/chrome.txt" sub 120
check chrome/heading numbered "$T/chrome.txt" head 80
check chrome/note numbered "$T/chrome.txt" note 400
# the source's URL in the About panel, broken over lines, and a link
tr -d ' ' <"$T/chrome.txt" >"$T/chrome.nosp"
check chrome/url in_order "$T/chrome.nosp" "ABOUTTHISBRIEFING|URL|$URL"
qpdf --json "$_d/s.pdf" >"$T/chrome.json" 2>/dev/null
check chrome/url-link has_text "$T/chrome.json" "\"/URI\": \"u:$URL\""
check chrome/on-page on_page "$_d/s.pdf"
check chrome/cropped-same same_cropped "$_d/s.pdf"

# --- dates outside the years 1 to 9999 -----------------------------------

# Each case exits 0 with a warning at the date, no GLib critical (they
# abort here), and --dump events keeps only the dates in range.
_d=$T/dates
mkdir -p "$_d"
OUT=' falls outside years 1 to 9999, no entry'
printf -- '---\ntitle: Early\ndate: 0001-01-01\n---\n\n%s\n' \
    'Yesterday the council met.' >"$_d/early.md"
run "$_d" early.md
check dates/early-status status_is 0
check dates/early-warning err_re \
    "^early\\.md:6:1: warning: date 'Yesterday'$OUT$"
check dates/early-no-critical no_critical
run "$_d" --dump events early.md
check dates/early-dump-status status_is 0
check dates/early-only-document jq_ok \
    'length == 1 and .[0].source == "document" and
    .[0].date == "0001-01-01"'

{
	printf -- '---\ntitle: Late\ndate: 9999-12-31\nchronology:\n'
	printf '  - "10500: Far future"\n  - "0000-01-01: Year zero"\n'
	printf -- '---\n\nThe council meets tomorrow. The board met yesterday.\n'
} >"$_d/late.md"
run "$_d" late.md
check dates/late-status status_is 0
check dates/late-tomorrow err_re \
    "^late\\.md:9:19: warning: date 'tomorrow'$OUT$"
check dates/late-frontmatter err_re \
    "^late\\.md:5:5: warning: chronology entry '10500: Far future': date$OUT$"
check dates/late-year-zero err_re \
    "^late\\.md:6:5: warning: chronology entry '0000-01-01: Year zero': \
date$OUT$"
check dates/late-no-critical no_critical
run "$_d" --dump events late.md
check dates/late-dump jq_ok \
    'map(.date) == ["9999-12-30", "9999-12-31"] and
    all(.[]; .date | test("^[0-9]{4}-"))'

printf -- '---\ntitle: Zero\ndate: 0000-06-01\n---\n\n%s\n' \
    'Yesterday the council met.' >"$_d/zero.md"
run "$_d" zero.md
check dates/zero-status status_is 0
check dates/zero-date-warning err_re \
    "^zero\\.md:3:7: warning: date '0000-06-01' is not a valid date, \
ignored$"
check dates/zero-no-critical no_critical
run "$_d" --dump events zero.md
check dates/zero-no-events jq_ok 'length == 0'
