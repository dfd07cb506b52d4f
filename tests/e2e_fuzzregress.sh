#!/bin/sh
# SPDX-License-Identifier: MIT
# Inputs that made a fuzzer (tests/fuzz/) crash, hang or blow up, replayed
# through the program itself: each must end with status 0 or 1 (no
# signal, no timeout), with no sanitizer report (make check-asan) and
# under the memory limit.  tests/fuzz/regress/ holds them, named after
# the harness that found them:
#   reader-*    selector byte + source: --dump doc, events, graph, notes
#   pipeline-*  selector byte + source: the PDF
#   extract-*   a PDF: --extract-source
# The selector byte is the harnesses' ('t': a .txt source; 'T', 'M': a
# .txt or .md with --paper letter --pdfa --attach-source; else .md).
# A name ending in .gz is an input kept compressed (gzip -n): a large
# repetitive one.
# Run from the top of the tree: sh tests/e2e_fuzzregress.sh.
. "$(dirname "$0")/e2e_lib.sh"

R=$TOP/tests/fuzz/regress

no_sanitizer() {
	why="sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error:' \
	    "$T/err")"
	! grep -Eq 'ERROR: [A-Za-z]*Sanitizer|runtime error:' "$T/err"
}

known_name() {
	why="$1: not named reader-, pipeline- or extract-"
	return 1
}

some_inputs() {
	why="no input in tests/fuzz/regress"
	[ "$1" -gt 0 ]
}

# raw FILE: the input's bytes.
raw() {
	case $1 in
	*.gz)	gzip -dc "$1" ;;
	*)	cat "$1" ;;
	esac
}

# source FILE DIR: the source of a reader or pipeline input into DIR;
# sets $name and $opts from the selector byte.
source_of() {
	_sel=$(raw "$1" 2>/dev/null | head -c 1)
	case $_sel in
	t|T)	name=s.txt ;;
	*)	name=s.md ;;
	esac
	case $_sel in
	T|M)	opts='--paper letter --pdfa --attach-source' ;;
	*)	opts= ;;
	esac
	raw "$1" | tail -c +2 >"$2/$name"
}

# replay NAME ARG...: run_mem and the three checks.
replay() {
	_n=$1
	shift
	run_mem "$@"
	check "$_n-exit" clean_exit
	check "$_n-sanitizer" no_sanitizer
	check "$_n-memory" mem_ok
}

n=0
for f in "$R"/*; do
	[ -f "$f" ] || continue
	b=$(basename "$f")
	d=$T/$b
	mkdir -p "$d"
	n=$((n + 1))
	case $b in
	reader-*)
		source_of "$f" "$d"
		for w in doc events graph notes; do
			replay "fuzzregress/$b-$w" "$d" --dump "$w" "$name"
		done
		;;
	pipeline-*)
		source_of "$f" "$d"
		# shellcheck disable=SC2086
		replay "fuzzregress/$b" "$d" $opts -o out.pdf "$name"
		if [ "$rc" -eq 0 ]; then
			check "fuzzregress/$b-pdf" pdf_ok "$d/out.pdf"
		fi
		;;
	extract-*)
		raw "$f" >"$d/in.pdf"
		mkdir "$d/out"
		replay "fuzzregress/$b" "$d" --extract-source in.pdf -o out -f
		;;
	*)
		check "fuzzregress/$b-name" known_name "$b"
		;;
	esac
done
check fuzzregress/inputs some_inputs "$n"
