#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of --deps: the make rule lists the source, the
# glossary and the image it names and the files every build reads; a
# Makefile including the rules of two sources rebuilds, after one source
# or its glossary is touched, that source's PDF only.  Run from the top
# of the tree: sh tests/e2e_deps.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi
if ! command -v make >/dev/null 2>&1; then
	echo "FAIL make"
	echo "  make is missing"
	exit 0
fi

# out_has STRING: a line of stdout is STRING, with or without the
# make rule's " \" ending and leading space.
out_has() {
	why="no line '$1' in: $(tr '\n' ' ' <"$T/out" | cut -c1-300)"
	sed -e 's/^ //' -e 's/ \\$//' "$T/out" | grep -Fxq -- "$1"
}

out_lacks() {
	why="a line '$1' in: $(tr '\n' ' ' <"$T/out" | cut -c1-300)"
	! sed -e 's/^ //' -e 's/ \\$//' "$T/out" | grep -Fxq -- "$1"
}

_d=$T/deps
mkdir -p "$_d/pics"
# a.md names a glossary and an image; b.md names neither
sed 's/^title: .*/&\nglossary: g.tsv/' "$EX" >"$_d/a.md"
printf '\n![A dot](pics/dot%%20one.png)\n' >>"$_d/a.md"
printf 'Pyongyang\tThe capital of North Korea.\n' >"$_d/g.tsv"
# a 1 x 1 PNG
printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC' |
    base64 -d >"$_d/pics/dot one.png"
cp "$EX" "$_d/b.md"

run "$_d" --deps a.md
check deps/status status_is 0
check deps/target out_re '^a\.pdf: \\$'
check deps/source out_has 'a.md'
check deps/glossary out_has 'g.tsv'
check deps/image-escaped out_has 'pics/dot\ one.png'
check deps/gazetteer out_re 'assets/gazetteer\.tsv( \\)?$'
check deps/fonts out_re 'NotoSerif-Regular\.ttf( \\)?$'
check deps/phony-glossary out_has 'g.tsv:'
run "$_d" --deps b.md
check deps/no-glossary out_lacks 'g.tsv'
run "$_d" --deps -o x.pdf b.md
check deps/output-target out_re '^x\.pdf: \\$'
run "$_d" --deps missing.md
check deps/missing-status status_is 1
check deps/missing-message err_re 'missing\.md: error: '
run "$_d" --deps --dump graph b.md
check deps/with-dump-usage status_is 2

# --- make: only the PDF of what changed is rebuilt -------------------------

# the program and its data copied, so that every file a build reads can
# be given an old time
mkdir -p "$_d/bin"
cp "$B" "$_d/bin/briefing"
cp -R "$TOP/fonts" "$TOP/assets" "$_d/"
cat >"$_d/Makefile" <<'MK'
B = bin/briefing
all: a.pdf b.pdf
%.pdf: %.md $(B)
	$(B) -q -o $@ $<
%.d: %.md $(B)
	$(B) --deps $< >$@
include a.d b.d
MK
# stamp: what the builds read (the system's hyphenation dictionaries
# are older) at one time, the PDFs at a later one
stamp() {
	find "$_d" -type f ! -name '*.pdf' -exec touch -d '2024-01-01 00:00' \
	    {} +
	touch -d '2024-06-01 00:00' "$_d/a.pdf" "$_d/b.pdf"
}

# rebuilt: which of a.pdf, b.pdf are newer than the stamp
rebuilt() {
	_s=$(date -d '2024-06-01 00:00' +%s)
	for _p in a b; do
		[ "$(stat -c %Y "$_d/$_p.pdf")" -gt "$_s" ] && printf '%s ' "$_p"
	done
}

is_rebuilt() {
	_r=$(rebuilt)
	why="rebuilt: '$_r', expected '$1'"
	[ "$_r" = "$1" ]
}

make_ok() {
	why="make failed: $(tail -3 "$T/make.log")"
	make -C "$_d" -s >"$T/make.log" 2>&1
}

check make/first make_ok
check make/first-pdfs pdf_ok "$_d/a.pdf"
check make/first-depfile file_re "$_d/a.d" 'g\.tsv'
stamp
check make/nothing-to-do make_ok
check make/nothing-rebuilt is_rebuilt ''
stamp
touch "$_d/b.md"
check make/touch-b make_ok
check make/only-b-rebuilt is_rebuilt 'b '
stamp
touch "$_d/g.tsv"
check make/touch-glossary make_ok
check make/only-a-rebuilt is_rebuilt 'a '
stamp
touch "$_d/assets/gazetteer.tsv"
check make/touch-gazetteer make_ok
check make/both-rebuilt is_rebuilt 'a b '
