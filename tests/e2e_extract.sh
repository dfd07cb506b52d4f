#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of --extract-source on PDFs written by an attacker:
# a decompression bomb (a stream compressed twice), dot and bidi file
# names, a symlink at the target; and the round trip of a real briefing.
# The hostile PDFs are made here, by a small C program (cc and zlib are
# build dependencies) and by the qpdf tool.  Run from the top of the
# tree: sh tests/e2e_extract.sh.
. "$(dirname "$0")/e2e_lib.sh"

# is VALUE EXPECTED WHAT: VALUE equals EXPECTED.
is() {
	why="$3: $1, expected $2"
	[ "$1" = "$2" ]
}

# empty_dir DIR: nothing in DIR, not even a dot file (a temporary).
empty_dir() {
	why="${1#"$T"/} holds: $(ls -A "$1" | tr '\n' ' ')"
	[ -z "$(ls -A "$1")" ]
}

# no_temp DIR: no temporary file of fileio.h left in DIR.
no_temp() {
	why="temporaries left in ${1#"$T"/}: $(ls -A "$1" |
	    grep '\.briefing-' | tr '\n' ' ')"
	! ls -A "$1" | grep -q '\.briefing-'
}

has_temp() {
	why="no temporary in ${1#"$T"/}: $(ls -A "$1" | tr '\n' ' ')"
	ls -A "$1" | grep -q '\.briefing-'
}

is_link_to() {
	why="${1#"$T"/} is not a symlink to $2: $(ls -l "$1" 2>&1)"
	[ -L "$1" ] && [ "$(readlink "$1")" = "$2" ]
}

regular() {
	why="${1#"$T"/} is not a regular file: $(ls -l "$1" 2>&1)"
	[ -f "$1" ] && [ ! -L "$1" ]
}

# --- the PDF maker ---------------------------------------------------------

# mkpdf OUT SIZE STAGES NAME [DECLARED]: a PDF whose one embedded file,
# NAME, is SIZE bytes of 'A' deflated STAGES times (a /Filter array of
# as many /FlateDecode), with /Params /Size DECLARED if given.  The
# first stage is streamed: SIZE never sits in memory.
cat >"$T/mkpdf.c" <<'CEOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static unsigned char	*buf;
static size_t		 len, cap;

static void
put(const void *p, size_t n)
{
	if (len + n > cap) {
		cap = (len + n) * 2;
		if ((buf = realloc(buf, cap)) == NULL)
			exit(2);
	}
	memcpy(buf + len, p, n);
	len += n;
}

int
main(int argc, char **argv)
{
	static unsigned char	 in[1 << 16], out[1 << 16];
	unsigned long long	 size, left;
	unsigned char		*data, *next;
	unsigned long		 dlen, nlen;
	z_stream		 z;
	int			 stages, i, flush;
	long			 off[4], xref;
	FILE			*f;

	if (argc < 5)
		return 2;
	size = strtoull(argv[2], NULL, 10);
	stages = atoi(argv[3]);
	memset(in, 'A', sizeof(in));
	/* first stage streamed: SIZE bytes never sit in memory */
	memset(&z, 0, sizeof(z));
	if (stages > 0 && deflateInit(&z, 9) != Z_OK)
		return 2;
	for (left = size; stages > 0;) {
		z.next_in = in;
		z.avail_in = left < sizeof(in) ? (unsigned)left : sizeof(in);
		left -= z.avail_in;
		flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
		do {
			z.next_out = out;
			z.avail_out = sizeof(out);
			deflate(&z, flush);
			put(out, sizeof(out) - z.avail_out);
		} while (z.avail_out == 0);
		if (flush == Z_FINISH)
			break;
	}
	if (stages > 0)
		deflateEnd(&z);
	else
		for (left = size; left > 0; left -= dlen) {
			dlen = left < sizeof(in) ? (unsigned long)left :
			    sizeof(in);
			put(in, dlen);
		}
	data = buf, dlen = len;
	for (i = 1; i < stages; i++) {
		nlen = compressBound(dlen);
		if ((next = malloc(nlen)) == NULL ||
		    compress2(next, &nlen, data, dlen, 9) != Z_OK)
			return 2;
		free(data);
		data = next, dlen = nlen;
	}
	buf = NULL, len = cap = 0;
	put("%PDF-1.7\n", 9);
	off[0] = len;
	f = open_memstream((char **)&next, &nlen);
	fprintf(f, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names "
	    "<< /EmbeddedFiles << /Names [(k) 3 0 R] >> >> >>\nendobj\n");
	fflush(f);
	off[1] = len + ftell(f);
	fprintf(f, "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
	    "endobj\n");
	fflush(f);
	off[2] = len + ftell(f);
	fprintf(f, "3 0 obj\n<< /Type /Filespec /F (%s) /UF (%s) "
	    "/AFRelationship /Source /EF << /F 4 0 R /UF 4 0 R >> >>\n"
	    "endobj\n", argv[4], argv[4]);
	fflush(f);
	off[3] = len + ftell(f);
	fprintf(f, "4 0 obj\n<< /Type /EmbeddedFile /Length %lu", dlen);
	if (stages > 0) {
		fprintf(f, " /Filter [");
		for (i = 0; i < stages; i++)
			fprintf(f, "%s/FlateDecode", i > 0 ? " " : "");
		fprintf(f, "]");
	}
	if (argc > 5)
		fprintf(f, " /Params << /Size %s >>", argv[5]);
	fprintf(f, " >>\nstream\n");
	fclose(f);
	put(next, nlen);
	free(next);
	put(data, dlen);
	put("\nendstream\nendobj\n", 18);
	xref = len;
	f = open_memstream((char **)&next, &nlen);
	fprintf(f, "xref\n0 5\n0000000000 65535 f \n");
	for (i = 0; i < 4; i++)
		fprintf(f, "%010ld 00000 n \n", off[i]);
	fprintf(f, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%ld\n"
	    "%%%%EOF\n", xref);
	fclose(f);
	put(next, nlen);
	if ((f = fopen(argv[1], "wb")) == NULL ||
	    fwrite(buf, 1, len, f) != len || fclose(f) != 0)
		return 2;
	return 0;
}
CEOF
if ! ${CC:-cc} -O2 -o "$T/mkpdf" "$T/mkpdf.c" \
    $(pkg-config --cflags --libs zlib 2>/dev/null || echo -lz) \
    >"$T/cc.err" 2>&1; then
	echo "FAIL extract/pdf-maker"
	sed 's/^/  cc: /' "$T/cc.err" | head -5
	exit 0
fi
mkpdf() {
	"$T/mkpdf" "$@" || echo "  mkpdf $* failed"
}

# --- the bomb: 1 GiB after two inflates, 2.4 KB on disk ------------------

_d=$T/bomb
mkdir -p "$_d/out"
mkpdf "$_d/bomb.pdf" 1073741824 2 bomb.txt
check extract/bomb-is-small size_at_most "$_d/bomb.pdf" 4096
run_mem "$_d" --extract-source bomb.pdf -o out
check extract/bomb-status status_is 1
check extract/bomb-message err_re \
    '^bomb\.pdf: error: embedded file is larger than 67108864 bytes \(--max-size\)$'
check extract/bomb-nothing-written empty_dir "$_d/out"
check extract/bomb-memory mem_ok
# the same with a higher cap: still refused, at that cap
run_mem "$_d" --extract-source bomb.pdf -o out --max-size 100000000
check extract/bomb-max-size-status status_is 1
check extract/bomb-max-size-message err_re \
    'embedded file is larger than 100000000 bytes \(--max-size\)$'
check extract/bomb-max-size-nothing-written empty_dir "$_d/out"
check extract/bomb-max-size-memory mem_ok
# a size the PDF declares above the cap: refused before decoding
mkpdf "$_d/declared.pdf" 1000 1 declared.txt 2000000000
run "$_d" --extract-source declared.pdf -o out
check extract/declared-size-status status_is 1
check extract/declared-size-message err_re \
    '^declared\.pdf: error: embedded file is larger than 67108864 bytes'
check extract/declared-size-nothing-written empty_dir "$_d/out"

# killed while writing (cap raised so that it writes for a while): the
# temporary goes with it on SIGTERM; after SIGKILL the next run sweeps it
for _sig in TERM:15 KILL:9; do
	_num=${_sig#*:}
	_sig=${_sig%:*}
	(cd "$_d" && exec "$B" --extract-source bomb.pdf -o out \
	    --max-size 2000000000) >"$T/out" 2>"$T/err" </dev/null &
	_pid=$!
	# killed once it is writing: its temporary is there (at most 30 s,
	# for valgrind)
	_w=0
	while [ "$_w" -lt 300 ] && ! ls -A "$_d/out" | grep -q '\.briefing-'
	do
		sleep 0.1
		_w=$((_w + 1))
	done
	kill -s "$_sig" "$_pid" 2>/dev/null
	# (the shell's "Terminated" and "Killed" go to /dev/null)
	{ wait "$_pid"; rc=$?; } 2>/dev/null
	last="briefing --extract-source bomb.pdf (SIG$_sig while writing)"
	check "extract/killed-$_sig-by-signal" is "$rc" \
	    "$((128 + _num))" 'exit status'
	check "extract/killed-$_sig-no-file" no_path "$_d/out/bomb.txt"
	if [ "$_sig" = TERM ]; then
		check extract/killed-TERM-no-temporary no_temp "$_d/out"
	else
		check extract/killed-KILL-temporary-left has_temp "$_d/out"
	fi
done
run "$_d" --extract-source bomb.pdf -o out
check extract/after-kill-status status_is 1
check extract/after-kill-swept empty_dir "$_d/out"

# --- a bomb in the PDF's own structure ------------------------------------

# mkxbomb OUT SIZE: a PDF 1.5 whose cross-reference stream is SIZE bytes
# deflated twice; qpdf decodes it whole while it opens the PDF.
cat >"$T/mkxbomb.c" <<'CEOF'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* mkxbomb OUT SIZE: a PDF 1.5 whose cross-reference stream is SIZE
 * bytes (4 true entries, then zeros) deflated twice. */
int
main(int argc, char **argv)
{
	static unsigned char	 in[1 << 16], out[1 << 16];
	unsigned long long	 size, left;
	unsigned char		*one = NULL, *two;
	size_t			 olen = 0, ocap = 0;
	unsigned long		 tlen;
	z_stream		 z;
	long			 off[3], xref;
	int			 i, flush, first = 1;
	FILE			*f;

	if (argc != 3)
		return 2;
	size = strtoull(argv[2], NULL, 10);
	if ((f = fopen(argv[1], "wb")) == NULL)
		return 2;
	fputs("%PDF-1.5\n", f);
	off[0] = ftell(f);
	fputs("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", f);
	off[1] = ftell(f);
	fputs("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n", f);
	xref = ftell(f);
	memset(&z, 0, sizeof(z));
	if (deflateInit(&z, 9) != Z_OK)
		return 2;
	for (left = size;;) {
		memset(in, 0, sizeof(in));
		if (first) {
			/* entries 0..2 as /W [1 4 2]: free, 1, 2, then 3 */
			unsigned char e[4][7] = { { 0, 0, 0, 0, 0, 255, 255 } };
			long o[3] = { off[0], off[1], xref };
			for (i = 0; i < 3; i++) {
				e[i + 1][0] = 1;
				e[i + 1][1] = o[i] >> 24;
				e[i + 1][2] = o[i] >> 16;
				e[i + 1][3] = o[i] >> 8;
				e[i + 1][4] = o[i];
			}
			memcpy(in, e, sizeof(e));
			first = 0;
		}
		z.next_in = in;
		z.avail_in = left < sizeof(in) ? (unsigned)left : sizeof(in);
		left -= z.avail_in;
		flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
		do {
			z.next_out = out;
			z.avail_out = sizeof(out);
			deflate(&z, flush);
			if (olen + sizeof(out) > ocap &&
			    (one = realloc(one, ocap = (olen + sizeof(out)) * 2))
			    == NULL)
				return 2;
			memcpy(one + olen, out, sizeof(out) - z.avail_out);
			olen += sizeof(out) - z.avail_out;
		} while (z.avail_out == 0);
		if (flush == Z_FINISH)
			break;
	}
	deflateEnd(&z);
	tlen = compressBound(olen);
	if ((two = malloc(tlen)) == NULL ||
	    compress2(two, &tlen, one, olen, 9) != Z_OK)
		return 2;
	fprintf(f, "3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R "
	    "/Filter [/FlateDecode /FlateDecode] /Length %lu >>\nstream\n",
	    tlen);
	fwrite(two, 1, tlen, f);
	fprintf(f, "\nendstream\nendobj\nstartxref\n%ld\n%%%%EOF\n", xref);
	return fclose(f) != 0 ? 2 : 0;
}
CEOF
# Under AddressSanitizer the memory limit around qpdf is off (its shadow
# memory would count against it), and valgrind does not apply it: this
# case runs on normal builds.
case $B in
*asan* | *briefing-vg.*) ;;
*)
	if ${CC:-cc} -O2 -o "$T/mkxbomb" "$T/mkxbomb.c" \
	    $(pkg-config --cflags --libs zlib 2>/dev/null || echo -lz) \
	    >"$T/cc.err" 2>&1; then
		"$T/mkxbomb" "$_d/xbomb.pdf" 1073741824
		check extract/xref-bomb-is-small size_at_most "$_d/xbomb.pdf" \
		    4096
		run_mem "$_d" --extract-source xbomb.pdf -o out
		check extract/xref-bomb-status status_is 1
		check extract/xref-bomb-message err_re \
		    '^briefing: error: xbomb\.pdf: damaged PDF: '
		check extract/xref-bomb-nothing-written empty_dir "$_d/out"
		check extract/xref-bomb-memory mem_ok
	else
		echo "FAIL extract/xref-bomb-maker"
		sed 's/^/  cc: /' "$T/cc.err" | head -5
	fi
	;;
esac

# --- names -----------------------------------------------------------------

# attach NAME PDF: qpdf makes PDF with "x" attached under file name NAME.
attach() {
	printf 'x\n' >"$T/x"
	qpdf --empty --add-attachment "$T/x" --key=k --filename="$1" -- \
	    "$2" 2>>"$T/qpdf.err"
}

# a dot file in the working directory: ~/.bashrc when run from ~
_d=$T/home
mkdir -p "$_d"
attach .bashrc "$_d/dot.pdf"
printf 'alias ls=ls\n' >"$_d/.bashrc"
snapshot "$_d"
cp "$_d/.bashrc" "$T/bashrc.prev"
for _f in '' --force; do
	run "$_d" --extract-source dot.pdf $_f
	check "extract/dot-name$_f-status" status_is 1
	check "extract/dot-name$_f-message" err_re \
	    "^dot\\.pdf: error: unsafe attachment name '\\.bashrc'\$"
	check "extract/dot-name$_f-nothing-written" unchanged "$_d"
	check "extract/dot-name$_f-bashrc-kept" same_bytes "$_d/.bashrc" \
	    "$T/bashrc.prev"
done
attach ../.profile "$_d/up.pdf"
snapshot "$_d"
run "$_d" --extract-source up.pdf -o .
check extract/dotdot-dot-name-status status_is 1
check extract/dotdot-dot-name-message err_re \
    "unsafe attachment name '\\.\\./\\.profile'"
check extract/dotdot-dot-name-nothing-written unchanged "$_d"

# U+202E RIGHT-TO-LEFT OVERRIDE: "report<RLO>fdp.sh" shows as
# "reporths.pdf"
_d=$T/bidi
mkdir -p "$_d"
attach "$(printf 'report\342\200\256fdp.sh')" "$_d/rlo.pdf"
snapshot "$_d"
run "$_d" --extract-source rlo.pdf
check extract/bidi-name-status status_is 1
check extract/bidi-name-message err_re \
    "^rlo\\.pdf: error: unsafe attachment name 'report\\\\u202Efdp\\.sh'\$"
check extract/bidi-name-nothing-written unchanged "$_d"

# --- a real briefing: round trip, symlink at the target, --max-size -------

_d=$T/real
mkdir -p "$_d/back"
cp "$EX" "$_d/ex.md"
run "$_d" --attach-source ex.md
check extract/attach-status status_is 0
run_mem "$_d" --extract-source ex.pdf -o back
check extract/round-trip-status status_is 0
check extract/round-trip-bytes same_bytes "$_d/ex.md" "$_d/back/ex.md"
check extract/round-trip-no-temporary no_temp "$_d/back"
check extract/round-trip-memory mem_ok
rm -f "$_d/back/ex.md"

# a symlink where the file goes, to a file the user cares about
printf 'precious\n' >"$_d/victim"
cp "$_d/victim" "$T/victim.prev"
ln -s ../victim "$_d/back/ex.md"
run "$_d" --extract-source ex.pdf -o back
check extract/symlink-status status_is 3
check extract/symlink-message err_re \
    '^briefing: error: back/ex\.md is a symbolic link; remove it or use --force$'
check extract/symlink-kept is_link_to "$_d/back/ex.md" ../victim
check extract/symlink-victim-unchanged same_bytes "$_d/victim" \
    "$T/victim.prev"
run "$_d" --extract-source ex.pdf -o back --force
check extract/symlink-force-status status_is 0
check extract/symlink-force-replaced regular "$_d/back/ex.md"
check extract/symlink-force-bytes same_bytes "$_d/ex.md" "$_d/back/ex.md"
check extract/symlink-force-victim-unchanged same_bytes "$_d/victim" \
    "$T/victim.prev"
# a dangling one: the file it names must not appear
rm -f "$_d/back/ex.md"
ln -s ../made-by-link "$_d/back/ex.md"
run "$_d" --extract-source ex.pdf -o back
check extract/dangling-symlink-status status_is 3
check extract/dangling-symlink-not-followed no_path "$_d/made-by-link"
rm -f "$_d/back/ex.md"

# --max-size below the source's size refuses it; at its size it passes
_size=$(wc -c <"$_d/ex.md")
run "$_d" --extract-source ex.pdf -o back --max-size "$((_size - 1))"
check extract/max-size-status status_is 1
check extract/max-size-message err_re \
    "^ex\\.pdf: error: embedded file is larger than $((_size - 1)) bytes \\(--max-size\\)\$"
check extract/max-size-nothing-written empty_dir "$_d/back"
run "$_d" --extract-source ex.pdf -o back --max-size "$_size"
check extract/max-size-exact-status status_is 0
check extract/max-size-exact-bytes same_bytes "$_d/ex.md" "$_d/back/ex.md"
