#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of --watch on a copy of the example: a source saved
# by renaming a new file over it is rebuilt, to the bytes of a cold
# build of the same text; a source with an error keeps the previous PDF,
# the error is printed and the watching goes on; a good edit rebuilds
# again; an edit of the glossary it names or of the gazetteer rebuilds
# it, to a cold build's bytes again; SIGINT ends it
# with exit status 0.  No timing is asserted: each wait polls up to 20
# seconds.  Run from the top of the tree: sh tests/e2e_watch.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

_d=$T/watch
mkdir -p "$_d"
# the fonts and assets copied (found beside BRIEFING_FONTDIR), so that
# the gazetteer can be edited
_p=$T/prog
mkdir -p "$_p"
cp -R "$TOP/fonts" "$TOP/assets" "$_p/"
BRIEFING_FONTDIR=$_p/fonts
export BRIEFING_FONTDIR
sed 's/^title: .*/&\nglossary: g.tsv/' "$EX" >"$_d/s.md"
printf 'Pyongyang\tThe capital of North Korea.\n' >"$_d/g.tsv"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$T"' EXIT

# wait_for COMMAND...: poll COMMAND every 0.1 s, up to 20 s (times
# TSCALE); its status.
wait_for() {
	_n=$((200 * TSCALE))
	while [ "$_n" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	"$@"
}

# lines ERE N: at least N lines of the watcher's stdout match.
lines() {
	why="$(grep -Ec -- "$1" "$_d/log") lines match /$1/, $2 expected:
$(tail -n 3 "$_d/log")"
	[ "$(grep -Ec -- "$1" "$_d/log")" -ge "$2" ]
}

alive() {
	why="the watcher ($pid) is gone: $(tail -n 3 "$_d/err")"
	kill -0 "$pid" 2>/dev/null
}

differs() {
	why="${1#"$T"/} did not change"
	! cmp -s "$1" "$2"
}

# save FILE: FILE.new renamed over FILE, as editors save.
save() {
	mv "$1.new" "$1"
}

# no_leftovers: no file in the folder but those the test made and the
# PDFs (no temporary of the writer)
no_leftovers() {
	_l=$(ls -A "$_d" | grep -v -e '^s\.md$' -e '^g\.tsv$' -e '\.pdf$' \
	    -e '^log$' -e '^err$' -e '^s\.txt' | tr '\n' ' ')
	why="left in the folder: $_l"
	[ -z "$_l" ]
}

# cold: a build of the same text by a process of its own.
cold() {
	last="(cd watch && briefing -o cold.pdf s.md)"
	(cd "$_d" && exec timeout $((20 * TSCALE)) "$B" -o cold.pdf s.md) \
	    >"$T/out" 2>"$T/err"
	rc=$?
}

# Each save is one build, and one line: the waits count them.  Should
# a save give two builds, the checks of the PDF wait for it to be right
# rather than take the first.
(cd "$_d" && exec "$B" --watch s.md) >"$_d/log" 2>"$_d/err" &
pid=$!
last="(cd watch && briefing --watch s.md)"

check watch/first-build wait_for lines ' s\.md: built in [0-9.]+ ms: ' 1
check watch/first-pdf pdf_ok "$_d/s.pdf"
cp "$_d/s.pdf" "$_d/s0.pdf"

# --- an edit saved by rename ---------------------------------------------

sed 's/Pyongyang/Pjongjang/g' "$_d/s.md" >"$_d/s.md.new"
save "$_d/s.md"
check watch/rebuilt wait_for lines ' s\.md: rebuilt in [0-9.]+ ms: ' 1
check watch/pdf-changed wait_for differs "$_d/s.pdf" "$_d/s0.pdf"
check watch/status-line lines \
    'rebuilt in [0-9.]+ ms: [0-9]+ pages?(, [0-9]+ [a-z ]+( \(\+[0-9]+ -[0-9]+\))?)+$' 1
cold
check watch/cold-status status_is 0
check watch/same-bytes-as-cold wait_for same_bytes "$_d/s.pdf" "$_d/cold.pdf"
cp "$_d/s.pdf" "$_d/s1.pdf"

# --- an error keeps the PDF ------------------------------------------------

sed 's/^date: .*/date: [unclosed/' "$_d/s.md" >"$_d/s.md.new"
save "$_d/s.md"
check watch/error-said wait_for lines ' s\.md: not rebuilt ' 1
check watch/error-message file_re "$_d/err" '^s\.md:[0-9]+:[0-9]+: error: '
check watch/error-pdf-kept same_bytes "$_d/s.pdf" "$_d/s1.pdf"
check watch/alive-after-error alive

# --- a good edit again, then the glossary ------------------------------------

sed 's/Pjongjang/Pyongyang/g' "$_d/s.md" |
    sed "s/^date: .*/$(grep '^date: ' "$EX")/" >"$_d/s.md.new"
save "$_d/s.md"
check watch/rebuilt-after-error wait_for lines ' s\.md: rebuilt in ' 2
cold
check watch/same-bytes-after-error wait_for same_bytes "$_d/s.pdf" "$_d/cold.pdf"
cp "$_d/s.pdf" "$_d/s2.pdf"
printf 'Pyongyang\tThe capital city, seat of the government.\n' \
    >"$_d/g.tsv.new"
save "$_d/g.tsv"
check watch/glossary-rebuilt wait_for lines ' s\.md: rebuilt in ' 3
check watch/glossary-pdf-changed wait_for differs "$_d/s.pdf" "$_d/s2.pdf"
pdftext "$_d/s.pdf" "$_d/s.txt"
check watch/glossary-note has_text "$_d/s.txt" 'seat of the government'
cold
check watch/same-bytes-glossary wait_for same_bytes "$_d/s.pdf" "$_d/cold.pdf"

# a file every build reads and the process keeps: loaded again
cp "$_p/assets/gazetteer.tsv" "$_p/assets/gazetteer.tsv.new"
save "$_p/assets/gazetteer.tsv"
check watch/gazetteer-rebuilt wait_for lines ' s\.md: rebuilt in ' 4
cold
check watch/same-bytes-gazetteer wait_for same_bytes "$_d/s.pdf" "$_d/cold.pdf"

# another language, then back: what the process keeps for one language
# (dictionary, text widths) does not leak into the other's build
sed 's/^lang: .*/lang: en-GB/' "$_d/s.md" >"$_d/s.md.new"
save "$_d/s.md"
check watch/language-rebuilt wait_for lines ' s\.md: rebuilt in ' 5
cold
check watch/same-bytes-other-language wait_for same_bytes "$_d/s.pdf" \
    "$_d/cold.pdf"
sed 's/^lang: .*/lang: en-US/' "$_d/s.md" >"$_d/s.md.new"
save "$_d/s.md"
check watch/language-back-rebuilt wait_for lines ' s\.md: rebuilt in ' 6
cold
check watch/same-bytes-language-back wait_for same_bytes "$_d/s.pdf" \
    "$_d/cold.pdf"

# the figure's layout is kept while the relations stay: a new relation
# lays it out again, an edit elsewhere takes the kept one; both give a
# cold build's bytes
printf '\nJapan condemned Russia over the talks with North Korea.\n' |
    cat "$_d/s.md" - >"$_d/s.md.new"
save "$_d/s.md"
check watch/relation-rebuilt wait_for lines ' s\.md: rebuilt in ' 7
check watch/relation-added lines 'relations \(\+[1-9]' 1
cold
check watch/same-bytes-new-relation wait_for same_bytes "$_d/s.pdf" \
    "$_d/cold.pdf"
sed 's/more than a symbolic gesture/more than a merely symbolic gesture/' \
    "$_d/s.md" >"$_d/s.md.new"
save "$_d/s.md"
check watch/same-relations-rebuilt wait_for lines ' s\.md: rebuilt in ' 8
cold
check watch/same-bytes-kept-layout wait_for same_bytes "$_d/s.pdf" \
    "$_d/cold.pdf"

# touch alone (the time, not the bytes) asks for a build, as make
# would; the PDF is the same
touch "$_d/s.md"
check watch/touch-rebuilt wait_for lines ' s\.md: rebuilt in ' 9
check watch/same-bytes-after-touch wait_for same_bytes "$_d/s.pdf" \
    "$_d/cold.pdf"

# --- Ctrl-C ---------------------------------------------------------------

check watch/alive-before-sigint alive
kill -INT "$pid"
wait "$pid"
rc=$?
pid=
last="(cd watch && briefing --watch s.md) <- SIGINT"
check watch/sigint-status status_is 0
check watch/no-temporaries no_leftovers
run "$_d" --watch --dump graph s.md
check watch/with-dump-usage status_is 2
run "$_d" --watch --diagram d.svg s.md
check watch/with-diagram-usage status_is 2
