#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the command line's usage errors (two sources to one
# output, options that do nothing together, --extract-source -o making
# its folder, --help) and of the front matter's curation checks: each
# message's text, line:col and exit status, and no file written.
# Run from the top of the tree: sh tests/e2e_usage.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

is() {
	why="$3: '$1', expected '$2'"
	[ "$1" = "$2" ]
}

# no_pdf DIR: no .pdf, .svg or .png file, and no temporary, in DIR.
no_pdf() {
	_re='\.(pdf|svg|png)$|briefing-'
	why="written: $(cd "$1" && ls -A | grep -E "$_re")"
	! (cd "$1" && ls -A | grep -Eq "$_re")
}

# err_is TEXT: stderr is exactly TEXT (one line).
err_is() {
	why="stderr: '$(cat "$T/err")', expected '$1'"
	[ "$(cat "$T/err")" = "$1" ]
}

_d=$T/use
mkdir -p "$_d/dir"
cat >"$_d/x.md" <<'EOF'
---
title: T
date: 2024-06-17
---

Russia and North Korea signed a pact on Wednesday in Pyongyang.
EOF
cp "$_d/x.md" "$_d/x.txt"
cp "$_d/x.md" "$_d/a.md"
cp "$_d/x.md" "$_d/dir/a.md"

# --- two sources, one output ----------------------------------------------

run "$_d" x.md x.txt
check usage/same-output-status status_is 2
check usage/same-output-message err_is \
    'briefing: error: x.md and x.txt would both be written to ./x.pdf'
check usage/same-output-nothing no_pdf "$_d"
run "$_d" a.md dir/a.md -o dir
check usage/same-output-dir-status status_is 2
check usage/same-output-dir-message err_is \
    'briefing: error: a.md and dir/a.md would both be written to dir/a.pdf'
check usage/same-output-dir-nothing no_pdf "$_d/dir"
run "$_d" x.md ./x.md
check usage/same-source-twice status_is 2
check usage/same-output-nothing-2 no_pdf "$_d"
# different outputs are fine
run "$_d" x.md a.md
check usage/two-outputs-status status_is 0
check usage/two-outputs-x pdf_ok "$_d/x.pdf"
check usage/two-outputs-a pdf_ok "$_d/a.pdf"
rm -f "$_d"/*.pdf

# --- options that do nothing together -------------------------------------

# usage_case NAME MESSAGE ARG...: exit 2, exactly MESSAGE, nothing written.
usage_case() {
	_n=$1
	_m=$2
	shift 2
	run "$_d" "$@"
	check "usage/$_n-status" status_is 2
	check "usage/$_n-message" err_is "briefing: error: $_m"
	check "usage/$_n-nothing" no_pdf "$_d"
}

usage_case dpi-alone '--dpi needs a .png --diagram' --dpi 150 x.md
usage_case dpi-svg '--dpi needs a .png --diagram' \
    --diagram d.svg --dpi 150 x.md
usage_case transparent-alone '--transparent needs a .png --diagram' \
    --transparent x.md
usage_case bare-alone '--diagram-bare needs --diagram' --diagram-bare x.md
usage_case dump-diagram \
    '--dump and --diagram do not go together (--dump writes no file)' \
    --dump graph --diagram d.svg x.md
usage_case attach-diagram '--attach-source does nothing with --diagram' \
    --attach-source --diagram d.svg x.md
usage_case attach-dump '--attach-source does nothing with --dump' \
    --attach-source --dump doc x.md
usage_case pdfa-dump '--pdfa does nothing with --dump' --pdfa --dump doc x.md
usage_case force-alone '--force needs --extract-source' -f x.md
usage_case max-size-alone '--max-size needs --extract-source' \
    --max-size 10 x.md
usage_case extract-dump '--dump does nothing with --extract-source' \
    --extract-source x.pdf --dump doc
usage_case extract-paper '--paper does nothing with --extract-source' \
    --extract-source x.pdf --paper letter
# what goes together still does
run "$_d" --diagram d.png --dpi 72 --transparent --diagram-bare x.md
check usage/diagram-png-status status_is 0
rm -f "$_d/d.png"

# --- --extract-source -o DIR makes DIR ------------------------------------

run "$_d" --attach-source -o att.pdf x.md
check extract/attached-status status_is 0
mv "$_d/att.pdf" "$T/att.pdf"
(umask 027 && cd "$_d" && "$B" --extract-source "$T/att.pdf" -o new/sub) \
    >"$T/out" 2>"$T/err"
rc=$?
check extract/mkdir-status status_is 0
check extract/mkdir-file is "$(cmp "$_d/x.md" "$_d/new/sub/x.md" 2>&1)" '' \
    'the source extracted into new/sub'
check extract/mkdir-mode is "$(stat -c %a "$_d/new" "$_d/new/sub" |
    tr '\n' ' ')" '750 750 ' 'mode of the folders made (umask 027)'
: >"$_d/plain"
run "$_d" --extract-source "$T/att.pdf" -o plain
check extract/not-dir-status status_is 2
check extract/not-dir-message err_is \
    'briefing: error: plain: -o exists and is not a directory'
rm -rf "$_d/new" "$_d/plain"

# --- --help ---------------------------------------------------------------

run "$_d" --help
check help/status status_is 0
check help/one-source is "$(grep -c 'SOURCE\.\.\.' "$T/out")" 1 \
    'lines naming SOURCE...'
check help/usage out_re '^  briefing \[OPTION.*\] SOURCE\.\.\.$'

# --- curation ---------------------------------------------------------------

_c=$T/cur
mkdir -p "$_c"
cat >"$_c/names.md" <<'EOF'
---
title: T
actors:
  - "- Belarus"
  - name: ""
persons:
  - name: Ivan Petrov
    state: "- Ruritania"
---

Russia and North Korea signed a pact on Wednesday in Pyongyang.
EOF
run "$_c" names.md
check curate/names-status status_is 1
check curate/names-messages is "$(cat "$T/err")" "names.md:4:5: error: actor \
name '- Belarus' starts with '- ' (a list item inside quotes?); to keep an \
actor out of the figure, give it 'hide: true'
names.md:5:11: error: actor name is empty
names.md:8:12: error: state name '- Ruritania' starts with '- ' (a list item \
inside quotes?)" 'stderr'
check curate/names-nothing no_pdf "$_c"

cat >"$_c/absent.md" <<'EOF'
---
title: T
date: 2024-06-17
relations:
  - "- Russia -> Iran: war"
actors:
  - name: Atlantis
    kind: state
persons:
  - name: Ivan Petrov
    state: North Korea
relations:
  - "Russia -> North Korea: arms | hostile"
---

Russia and North Korea signed a pact on Wednesday in Pyongyang.
EOF
run "$_c" absent.md
check curate/absent-status status_is 0
check curate/absent-messages is "$(cat "$T/err")" "absent.md:12:1: warning: \
duplicate key 'relations', the last one is used
absent.md:7:11: warning: actor 'Atlantis' does not occur in the text
absent.md:10:11: warning: person 'Ivan Petrov' does not occur in the text" \
    'stderr'
check curate/absent-pdf pdf_ok "$_c/absent.pdf"
run "$_c" --werror absent.md
check curate/absent-werror-status status_is 1
rm -f "$_c"/*.pdf
run "$_c" --dump graph absent.md
check curate/polarity-hostile out_re '"label": "arms", "polarity": "hostile"'

cat >"$_c/polarity.md" <<'EOF'
---
title: T
date: 2024-06-17
relations:
  - "Russia -> North Korea: arms | friendly"
  - "- Russia -> North Korea: pact | hostile"
persons:
  - name: Ivan Petrov
    state: Lemuria
---

Russia and North Korea signed a pact on Wednesday. Ivan Petrov said so.
EOF
run "$_c" polarity.md
check curate/polarity-status status_is 1
check curate/polarity-messages is "$(cat "$T/err")" "polarity.md:5:5: error: \
relation 'Russia -> North Korea: arms | friendly': polarity 'friendly' is not \
'cooperative', 'hostile' or 'neutral'
polarity.md:6:5: error: relation '- Russia -> North Korea: pact | hostile': a \
dropped relation takes no polarity
polarity.md:9:12: error: person 'Ivan Petrov': 'Lemuria' is no state or \
organisation known (add it to 'actors:')" 'stderr'
check curate/polarity-nothing no_pdf "$_c"

# persons: {name, state} puts the person in that state's box
cat >"$_c/person.md" <<'EOF'
---
title: T
persons:
  - name: Ivan Petrov
    state: North Korea
---

Russian envoy Ivan Petrov visited Pyongyang. Russia and North Korea
signed a pact on Wednesday.
EOF
run "$_c" --werror --dump graph person.md
check curate/person-status status_is 0
check curate/person-state out_re \
    '"name": "Ivan Petrov", "kind": "person", .*"state": "North Korea"'
