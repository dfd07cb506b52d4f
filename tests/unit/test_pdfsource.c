/* SPDX-License-Identifier: MIT */
/* Unit tests of pdfsource.c, on PDFs made by the qpdf tool and by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "msg.h"
#include "capture.h"
#include "pdfsource.h"

#ifndef QPDF_SONAME
#define QPDF_SONAME	"libqpdf.so.29"
#endif

/*
 * A source as briefings carry them: non-ASCII, CRLF and LF, tabs, a
 * 4-byte sequence, a lone CR, bytes that are not UTF-8; no NUL (the
 * Markdown reader refuses NULs anyway).
 */
static const char source[] =
	"---\r\ntitle: Putin\xE2\x80\x99s Visit\r\n---\r\n"
	"\xD0\x92\xD0\xB8\xD0\xB7\xD0\xB8\xD1\x82 \xE2\x80\x94 "
	"\xED\x8F\x89\xEC\x96\x91 \xF0\x9F\x87\xB0\xF0\x9F\x87\xB5\n"
	"\ttab\rlone cr\r\n\xFF\xFE\x80 not utf-8\n"
	"%%EOF endstream )( \\ \n";

static char	*tmpdir;	/* per test, removed by teardown */
static char	*outdir;	/* tmpdir/out, where files are extracted */
static char	*startdir;	/* restored by teardown if a test fails */

static void
rm_rf(const char *path)
{
	GDir		*d;
	const char	*e;
	char		*p;

	if (g_file_test(path, G_FILE_TEST_IS_DIR) &&
	    !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
		d = g_dir_open(path, 0, NULL);
		while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
			p = g_build_filename(path, e, NULL);
			rm_rf(p);
			g_free(p);
		}
		if (d != NULL)
			g_dir_close(d);
		g_rmdir(path);
	} else
		g_unlink(path);
}

static int
setup(void **state)
{
	(void)state;
	tmpdir = g_dir_make_tmp("briefing-pdfsource-XXXXXX", NULL);
	assert_non_null(tmpdir);
	outdir = g_build_filename(tmpdir, "out", NULL);
	assert_int_equal(g_mkdir(outdir, 0755), 0);
	startdir = g_get_current_dir();
	capture_begin();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	assert_int_equal(chdir(startdir), 0);
	g_free(startdir);
	rm_rf(tmpdir);
	g_free(outdir);
	g_free(tmpdir);
	return 0;
}

/* tmpdir/name, a new string. */
static char *
tmp(const char *name)
{
	return g_build_filename(tmpdir, name, NULL);
}

static void
put(const char *path, const char *data, size_t len)
{
	assert_true(g_file_set_contents(path, data, (gssize)len, NULL));
}

/* Assert that path holds exactly len bytes of data. */
static void
assert_file(const char *path, const char *data, size_t len)
{
	char	*got;
	gsize	 glen;

	if (!g_file_get_contents(path, &got, &glen, NULL))
		fail_msg("%s: cannot read", path);
	assert_int_equal(glen, len);
	assert_memory_equal(got, data, len);
	g_free(got);
}

/*
 * Run the qpdf tool with argv; fail the test if it does not exit 0 or
 * 3 (3: warnings only).  Skip it where qpdf is not installed.
 */
static void
qpdf_tool(const char *const *argv)
{
	GError	*err = NULL;
	char	*out = NULL, *errout = NULL;
	int	 status;

	if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH,
	    NULL, NULL, &out, &errout, &status, &err)) {
		g_error_free(err);
		skip();
	}
	if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 &&
	    WEXITSTATUS(status) != 3))
		fail_msg("qpdf failed: %s", errout);
	g_free(out);
	g_free(errout);
}

/*
 * tmpdir/pdf with one attachment of data, under key and file name
 * (the /F and /UF of the file specification), as the qpdf tool makes
 * it: a compressed stream.  Returns the PDF's path (g_free).
 */
static char *
qpdf_attach(const char *pdf, const char *data, size_t len, const char *key,
    const char *filename)
{
	char		*src = tmp("attached.src"), *out = tmp(pdf);
	char		*k = g_strconcat("--key=", key, NULL);
	char		*f = g_strconcat("--filename=", filename, NULL);
	const char	*argv[] = { "qpdf", "--empty", "--add-attachment", src,
			    k, f, "--mimetype=text/markdown", "--", out,
			    NULL };

	put(src, data, len);
	qpdf_tool(argv);
	g_unlink(src);
	g_free(src);
	g_free(k);
	g_free(f);
	return out;
}

/*
 * A stream of a hand-made PDF: dict is put inside the stream's
 * dictionary, after /Type /EmbeddedFile and /Length.
 */
struct hstream {
	const char	*dict;
	const void	*data;
	size_t		 len;
};

/*
 * A PDF written by hand from its objects (numbered from 1, the first
 * the catalog), so that a test can say what qpdf cannot: relationships,
 * /Kids, /AF, odd names, filters.  "@STREAM@" in an object stands for
 * the next stream of streams[].
 */
static char *
hand_pdf_streams(const char *name, const char *const *objs, size_t nobj,
    const struct hstream *streams)
{
	GString		*s = g_string_new("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
	GArray		*off = g_array_new(FALSE, FALSE, sizeof(gsize));
	const char	*o, *at;
	char		*path;
	gsize		 xref;
	size_t		 i;

	for (i = 0; i < nobj; i++) {
		g_array_append_val(off, s->len);
		g_string_append_printf(s, "%zu 0 obj\n", i + 1);
		o = objs[i];
		if ((at = strstr(o, "@STREAM@")) != NULL) {
			g_string_append_len(s, o, at - o);
			g_string_append_printf(s, "<< /Type /EmbeddedFile "
			    "/Length %zu %s >>\nstream\n", streams->len,
			    streams->dict != NULL ? streams->dict : "");
			g_string_append_len(s, streams->data, streams->len);
			g_string_append(s, "\nendstream");
			streams++;
			o = at + strlen("@STREAM@");
		}
		g_string_append_printf(s, "%s\nendobj\n", o);
	}
	xref = s->len;
	g_string_append_printf(s, "xref\n0 %zu\n0000000000 65535 f \n",
	    nobj + 1);
	for (i = 0; i < nobj; i++)
		g_string_append_printf(s, "%010zu 00000 n \n",
		    g_array_index(off, gsize, i));
	g_string_append_printf(s, "trailer\n<< /Size %zu /Root 1 0 R >>\n"
	    "startxref\n%zu\n%%EOF\n", nobj + 1, xref);
	path = tmp(name);
	put(path, s->str, s->len);
	g_string_free(s, TRUE);
	g_array_free(off, TRUE);
	return path;
}

/* hand_pdf_streams with streams given as strings, no filter. */
static char *
hand_pdf(const char *name, const char *const *objs, size_t nobj,
    const char *const *streams)
{
	struct hstream	 hs[8];
	size_t		 i, n = 0;

	for (i = 0; i < nobj; i++)
		if (strstr(objs[i], "@STREAM@") != NULL) {
			assert_true(n < G_N_ELEMENTS(hs));
			hs[n].dict = NULL;
			hs[n].data = streams[n];
			hs[n].len = strlen(streams[n]);
			n++;
		}
	return hand_pdf_streams(name, objs, nobj, hs);
}

/* The empty page tree every hand-made catalog points to, as object 2. */
#define PAGES	"<< /Type /Pages /Kids [] /Count 0 >>"

static void
test_pdfsource_extract_round_trip(void **state)
{
	char	*pdf, *w, *want, *raw;
	gsize	 len;

	(void)state;
	pdf = qpdf_attach("a.pdf", source, sizeof(source) - 1, "article.md",
	    "article.md");
	/* the bytes come back through a Flate decoder */
	assert_true(g_file_get_contents(pdf, &raw, &len, NULL));
	assert_non_null(memmem(raw, len, "/FlateDecode", 12));
	assert_null(memmem(raw, len, "Putin", 5));
	g_free(raw);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	want = g_build_filename(outdir, "article.md", NULL);
	assert_string_equal(w, want);
	assert_file(w, source, sizeof(source) - 1);
	assert_string_equal(messages(), "");
	g_free(want);
	g_free(w);
	g_free(pdf);
}

static void
test_pdfsource_extract_name_from_spec(void **state)
{
	char	*pdf, *w, *want, *key;

	(void)state;
	pdf = qpdf_attach("a.pdf", "x\n", 2, "key.md",
	    "Visit \xE2\x80\x94 Pyongyang.md");
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	want = g_build_filename(outdir, "Visit \xE2\x80\x94 Pyongyang.md",
	    NULL);
	assert_string_equal(w, want);
	assert_file(want, "x\n", 2);
	key = g_build_filename(outdir, "key.md", NULL);
	assert_false(g_file_test(key, G_FILE_TEST_EXISTS));
	g_free(key);
	g_free(want);
	g_free(w);
	g_free(pdf);
}

static void
test_pdfsource_extract_exists(void **state)
{
	char	*pdf, *w, *target;

	(void)state;
	pdf = qpdf_attach("a.pdf", source, sizeof(source) - 1, "a.md", "a.md");
	target = g_build_filename(outdir, "a.md", NULL);
	put(target, "old", 3);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 2);
	assert_null(w);
	assert_non_null(strstr(messages(), "briefing: error: "));
	assert_non_null(strstr(messages(), "a.md exists; remove it or use "
	    "--force\n"));
	assert_file(target, "old", 3);
	g_free(target);
	g_free(pdf);
}

static void
test_pdfsource_extract_force(void **state)
{
	char	*pdf, *w, *target;

	(void)state;
	pdf = qpdf_attach("a.pdf", source, sizeof(source) - 1, "a.md", "a.md");
	target = g_build_filename(outdir, "a.md", NULL);
	put(target, "old", 3);
	assert_int_equal(pdfsource_extract(pdf, outdir, 1, 0, &w), 0);
	assert_string_equal(w, target);
	assert_file(target, source, sizeof(source) - 1);
	assert_string_equal(messages(), "");
	g_free(target);
	g_free(w);
	g_free(pdf);
}

static void
test_pdfsource_extract_cwd(void **state)
{
	char	*pdf, *w;

	(void)state;
	pdf = qpdf_attach("a.pdf", "cwd\n", 4, "c.md", "c.md");
	assert_int_equal(chdir(outdir), 0);
	assert_int_equal(pdfsource_extract(pdf, NULL, 0, 0, &w), 0);
	assert_int_equal(chdir(startdir), 0);
	assert_string_equal(w, "c.md");
	g_free(w);
	w = g_build_filename(outdir, "c.md", NULL);
	assert_file(w, "cwd\n", 4);
	g_free(w);
	g_free(pdf);
}

/*
 * Files named after the library in the working directory are not
 * loaded: g_module_open would have loaded what such a .la names.
 */
static void
test_pdfsource_extract_cwd_library(void **state)
{
	char	*pdf, *w, *la;

	(void)state;
	pdf = qpdf_attach("a.pdf", "lib\n", 4, "l.md", "l.md");
	assert_int_equal(chdir(tmpdir), 0);
	put(QPDF_SONAME ".so", "junk", 4);
	la = g_strdup_printf("dlname='%s'\nlibdir='/nonexistent'\n"
	    "installed=yes\n", QPDF_SONAME);
	put(QPDF_SONAME ".la", la, strlen(la));
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	assert_int_equal(chdir(startdir), 0);
	assert_string_equal(messages(), "");
	g_free(w);
	g_free(la);
	g_free(pdf);
}

static void
test_pdfsource_extract_no_attachment(void **state)
{
	char		*pdf = tmp("empty.pdf"), *w, *want;
	const char	*argv[] = { "qpdf", "--empty", pdf, NULL };

	(void)state;
	qpdf_tool(argv);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	want = g_strdup_printf("briefing: error: %s has no embedded source; "
	    "build it with --attach-source\n", pdf);
	assert_string_equal(messages(), want);
	g_free(want);
	g_free(pdf);
}

static void
test_pdfsource_extract_not_pdf(void **state)
{
	char	*md = tmp("a.md"), *w, *want;

	(void)state;
	put(md, source, sizeof(source) - 1);
	assert_int_equal(pdfsource_extract(md, outdir, 0, 0, &w), 1);
	assert_null(w);
	want = g_strdup_printf("briefing: error: %s: not a PDF file\n", md);
	assert_string_equal(messages(), want);
	g_free(want);
	g_free(md);
}

static void
test_pdfsource_extract_damaged(void **state)
{
	static const char	 bad[] = "%PDF-1.7\n1 0 obj\n<< /Type /Cat";
	char			*pdf = tmp("bad.pdf"), *w;

	(void)state;
	put(pdf, bad, sizeof(bad) - 1);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	assert_non_null(strstr(messages(), "bad.pdf: damaged PDF: "));
	g_free(pdf);
}

static void
test_pdfsource_extract_missing(void **state)
{
	char	*pdf = tmp("nothere.pdf"), *w, *want;

	(void)state;
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 2);
	assert_null(w);
	want = g_strdup_printf("briefing: error: %s: No such file or "
	    "directory\n", pdf);
	assert_string_equal(messages(), want);
	g_free(want);
	g_free(pdf);
}

static void
test_pdfsource_extract_no_dir(void **state)
{
	char	*pdf, *w, *dir = tmp("nodir");

	(void)state;
	pdf = qpdf_attach("a.pdf", "x", 1, "a.md", "a.md");
	assert_int_equal(pdfsource_extract(pdf, dir, 0, 0, &w), 2);
	assert_null(w);
	assert_non_null(strstr(messages(), "nodir/a.md: No such file or "
	    "directory\n"));
	g_free(dir);
	g_free(pdf);
}

/* "../evil.md" from qpdf: the directory part goes, the file stays in. */
static void
test_pdfsource_extract_dotdot_name(void **state)
{
	char	*pdf, *w = NULL, *outside, *inside;
	int	 rc;

	(void)state;
	pdf = qpdf_attach("a.pdf", "evil", 4, "evil.md", "../evil.md");
	rc = pdfsource_extract(pdf, outdir, 0, 0, &w);
	outside = tmp("evil.md");
	assert_false(g_file_test(outside, G_FILE_TEST_EXISTS));
	inside = g_build_filename(outdir, "evil.md", NULL);
	assert_int_equal(rc, 0);
	assert_string_equal(w, inside);
	assert_file(inside, "evil", 4);
	g_free(inside);
	g_free(outside);
	g_free(w);
	g_free(pdf);
}

/* Assert that dir is empty: no file, no temporary left behind. */
static void
assert_empty_dir(const char *dir)
{
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*e;

	assert_non_null(d);
	if ((e = g_dir_read_name(d)) != NULL)
		fail_msg("%s: '%s' left behind", dir, e);
	g_dir_close(d);
}

/*
 * tmpdir/pdf whose only embedded file, named by the PDF string fname,
 * is the stream hs.
 */
static char *
one_file_pdf(const char *pdf, const char *fname, const struct hstream *hs)
{
	const char	*objs[4];
	char		*spec, *path;

	objs[0] = "<< /Type /Catalog /Pages 2 0 R "
	    "/Names << /EmbeddedFiles << /Names [(k) 3 0 R] >> >> >>";
	objs[1] = PAGES;
	spec = g_strdup_printf("<< /Type /Filespec /F %s /UF %s "
	    "/EF << /F 4 0 R /UF 4 0 R >> >>", fname, fname);
	objs[2] = spec;
	objs[3] = "@STREAM@";
	path = hand_pdf_streams(pdf, objs, 4, hs);
	g_free(spec);
	return path;
}

/* len bytes of data through zlib's compress times over (g_free). */
static unsigned char *
deflated(const void *data, size_t len, int times, size_t *olen)
{
	unsigned char	*in = g_memdup2(data, len), *out;
	uLongf		 n;
	int		 i;

	for (i = 0; i < times; i++) {
		n = compressBound(len);
		out = g_malloc(n);
		assert_int_equal(compress2(out, &n, in, len, 9), Z_OK);
		g_free(in);
		in = out;
		len = n;
	}
	*olen = len;
	return in;
}

/* A name the PDF gives, and how the refusal shows it. */
struct unsafe {
	const char	*pdf;		/* PDF string */
	const char	*shown;
};

/* Names that have no safe base name, each refused without a file. */
static void
test_pdfsource_extract_unsafe_names(void **state)
{
	static const struct unsafe names[] = {
		{ "(..)", ".." }, { "(/)", "/" }, { "(a/..)", "a/.." },
		{ "()", "" }, { "(.)", "." },
		{ "(a\\\\b.md)", "a\\\\b.md" },
		{ "(a\\001b.md)", "a\\u0001b.md" },
		{ "(ok.md\\000.sh)", "ok.md\\x00.sh" },
		/* a dot file here, or in the home directory */
		{ "(.bashrc)", ".bashrc" },
		{ "(../.bashrc)", "../.bashrc" },
		{ "(x/.profile)", "x/.profile" },
		{ "<FEFF002E002E>", ".." },		/* UTF-16BE */
		{ "<FEFF0065001B005B0032004A>", "e\\u001B[2J" },
		{ "<FEFF0061009B0062>", "a\\u009Bb" },	/* C1 CSI */
		{ "<FEFF0064007F>", "d\\u007F" },	/* DEL */
		/* "report", RLO, "fdp.sh": shows as "reporthsa.pdf" */
		{ "<FEFF007200650070006F00720074202E006600640070002E00730068>",
		  "report\\u202Efdp.sh" },
		{ "<FEFF202A0061>", "\\u202Aa" },	/* LRE */
		{ "<FEFF0061202C>", "a\\u202C" },	/* PDF */
		{ "<FEFF20660061>", "\\u2066a" },	/* LRI */
		{ "<FEFF0061206900620063>", "a\\u2069bc" }, /* PDI */
		{ "<FEFF0061200F>", "a\\u200F" },	/* RLM */
		{ "<FEFF200E0061>", "\\u200Ea" },	/* LRM */
		{ "<FEFF0061061C>", "a\\u061C" },	/* ALM */
		{ "<FEFF0061200B0062>", "a\\u200Bb" },	/* ZWSP (Cf) */
		{ "<FEFF0061FEFF0062>", "a\\uFEFFb" },	/* BOM inside */
		{ "<FEFF006120280062>", "a\\u2028b" },	/* LINE SEP */
		{ "<FEFF0061DB40DC01>", "a\\U000E0001" }, /* TAG (Cf) */
		{ "<FEFF002E0061202E>", ".a\\u202E" }
	};
	struct hstream	 hs = { NULL, "x", 1 };
	char		*pdf, *w, *want;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		pdf = one_file_pdf("u.pdf", names[i].pdf, &hs);
		if (pdfsource_extract(pdf, outdir, 1, 0, &w) != 1)
			fail_msg("name %s accepted as '%s'", names[i].pdf, w);
		assert_null(w);
		want = g_strdup_printf("%s: error: unsafe attachment name "
		    "'%s'\n", pdf, names[i].shown);
		assert_string_equal(messages(), want);
		assert_empty_dir(outdir);
		capture_end();
		capture_begin();
		g_free(want);
		g_free(pdf);
	}
}

/* Names outside ASCII that are not controls: written as they are. */
static void
test_pdfsource_extract_names_kept(void **state)
{
	static const struct unsafe names[] = {
		/* Arabic letters: right to left, but no control */
		{ "<FEFF06450644064100200031002E006D0064>",
		  "\xD9\x85\xD9\x84\xD9\x81 1.md" },
		{ "<FEFFD83DDCC400200061002E006D0064>",	/* U+1F4C4 */
		  "\xF0\x9F\x93\x84 a.md" },
		{ "<FEFF65B0805E002E006D0064>", "\xE6\x96\xB0\xE8\x81\x9E.md" },
		{ "(dir/sub/a b.md)", "a b.md" },
		{ "(a.b.)", "a.b." }
	};
	struct hstream	 hs = { NULL, "k\n", 2 };
	char		*pdf, *w, *want;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		pdf = one_file_pdf("k.pdf", names[i].pdf, &hs);
		assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
		want = g_build_filename(outdir, names[i].shown, NULL);
		assert_string_equal(w, want);
		assert_file(want, "k\n", 2);
		assert_string_equal(messages(), "");
		g_unlink(want);
		g_free(want);
		g_free(w);
		g_free(pdf);
	}
}

/* The source compressed once, twice, and chained eight times. */
static void
test_pdfsource_extract_flate_chain(void **state)
{
	static const struct {
		int		 times;
		const char	*filter;
	} cases[] = {
		{ 1, "/Filter /FlateDecode" },
		{ 1, "/Filter [/FlateDecode]" },
		{ 2, "/Filter [/FlateDecode /FlateDecode]" },
		{ 2, "/Filter [/FlateDecode /FlateDecode] "
		    "/DecodeParms [null << /Predictor 1 >>]" },
		{ 8, "/Filter [/FlateDecode /FlateDecode /FlateDecode "
		    "/FlateDecode /FlateDecode /FlateDecode /FlateDecode "
		    "/FlateDecode]" },
		{ 0, "/Filter []" },
		{ 0, "/Filter null" }
	};
	struct hstream	 hs;
	unsigned char	*z;
	size_t		 zlen, i;
	char		*pdf, *w, *want;

	(void)state;
	want = g_build_filename(outdir, "s.md", NULL);
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		z = deflated(source, sizeof(source) - 1, cases[i].times,
		    &zlen);
		hs.dict = cases[i].filter;
		hs.data = z;
		hs.len = zlen;
		pdf = one_file_pdf("f.pdf", "(s.md)", &hs);
		if (pdfsource_extract(pdf, outdir, 1, 0, &w) != 0)
			fail_msg("%s: %s", cases[i].filter, messages());
		assert_string_equal(w, want);
		assert_file(w, source, sizeof(source) - 1);
		assert_string_equal(messages(), "");
		g_free(w);
		g_free(z);
		g_free(pdf);
	}
	g_free(want);
}

/* Filters it does not decode: refused by name, nothing written. */
static void
test_pdfsource_extract_unsupported_filter(void **state)
{
	static const struct {
		const char	*filter;
		const char	*msg;
	} cases[] = {
		{ "/Filter /LZWDecode", "unsupported filter '/LZWDecode'" },
		{ "/Filter /ASCIIHexDecode",
		  "unsupported filter '/ASCIIHexDecode'" },
		{ "/Filter [/FlateDecode /RunLengthDecode]",
		  "unsupported filter '/RunLengthDecode'" },
		{ "/Filter /Fl", "unsupported filter '/Fl'" },
		{ "/Filter /Crypt", "unsupported filter '/Crypt'" },
		{ "/Filter [/FlateDecode 3]",
		  "unsupported filter (not a name)" },
		{ "/Filter /FlateDecode /DecodeParms << /Predictor 12 "
		  "/Columns 4 >>", "unsupported filter '/FlateDecode' with a "
		  "predictor (/DecodeParms)" },
		{ "/Filter [/FlateDecode /FlateDecode] /DecodeParms "
		  "[null << /Predictor 2 >>]", "unsupported filter "
		  "'/FlateDecode' with a predictor (/DecodeParms)" },
		{ "/Filter [/FlateDecode /FlateDecode /FlateDecode "
		  "/FlateDecode /FlateDecode /FlateDecode /FlateDecode "
		  "/FlateDecode /FlateDecode]", "embedded file has 9 "
		  "filters, at most 8 are supported" }
	};
	struct hstream	 hs;
	unsigned char	*z;
	size_t		 zlen, i;
	char		*pdf, *w, *want;

	(void)state;
	z = deflated("data", 4, 1, &zlen);
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		hs.dict = cases[i].filter;
		hs.data = z;
		hs.len = zlen;
		pdf = one_file_pdf("f.pdf", "(s.md)", &hs);
		assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
		assert_null(w);
		want = g_strdup_printf("%s: error: %s\n", pdf, cases[i].msg);
		assert_string_equal(messages(), want);
		assert_empty_dir(outdir);
		capture_end();
		capture_begin();
		g_free(want);
		g_free(pdf);
	}
	g_free(z);
}

/* Compressed data that is cut or is no zlib stream: nothing written. */
static void
test_pdfsource_extract_bad_flate(void **state)
{
	struct hstream	 hs = { "/Filter /FlateDecode", NULL, 0 };
	unsigned char	*z;
	size_t		 zlen;
	char		*pdf, *w, *want;

	(void)state;
	z = deflated(source, sizeof(source) - 1, 1, &zlen);
	hs.data = z;
	hs.len = zlen - 8;
	pdf = one_file_pdf("cut.pdf", "(s.md)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	want = g_strdup_printf("briefing: error: %s: damaged PDF: embedded "
	    "file: compressed data cut short\n", pdf);
	assert_string_equal(messages(), want);
	assert_empty_dir(outdir);
	g_free(want);
	g_free(pdf);
	capture_end();
	capture_begin();
	hs.data = "not zlib at all";
	hs.len = 15;
	pdf = one_file_pdf("junk.pdf", "(s.md)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	want = g_strdup_printf("briefing: error: %s: damaged PDF: embedded "
	    "file: incorrect header check\n", pdf);
	assert_string_equal(messages(), want);
	assert_empty_dir(outdir);
	g_free(want);
	g_free(pdf);
	g_free(z);
}

/*
 * The cap: max_size bytes pass, one more is refused and the partial
 * file removed, through one Flate stage or two.
 */
static void
test_pdfsource_extract_max_size(void **state)
{
	struct hstream	 hs;
	unsigned char	*z, *data;
	size_t		 zlen;
	char		*pdf, *w, *want, *path;
	int		 times;

	(void)state;
	data = g_malloc(300000);
	memset(data, 'A', 300000);
	path = g_build_filename(outdir, "big.txt", NULL);
	for (times = 0; times <= 2; times++) {
		z = deflated(data, 300000, times, &zlen);
		hs.dict = times == 0 ? "" : times == 1 ?
		    "/Filter /FlateDecode" :
		    "/Filter [/FlateDecode /FlateDecode]";
		hs.data = z;
		hs.len = zlen;
		pdf = one_file_pdf("big.pdf", "(big.txt)", &hs);
		assert_int_equal(pdfsource_extract(pdf, outdir, 0, 299999,
		    &w), 1);
		assert_null(w);
		want = g_strdup_printf("%s: error: embedded file is larger "
		    "than 299999 bytes (--max-size)\n", pdf);
		assert_string_equal(messages(), want);
		assert_empty_dir(outdir);
		assert_int_equal(pdfsource_extract(pdf, outdir, 0, 300000,
		    &w), 0);
		assert_string_equal(w, path);
		assert_file(path, (const char *)data, 300000);
		g_unlink(path);
		capture_end();
		capture_begin();
		g_free(w);
		g_free(want);
		g_free(pdf);
		g_free(z);
	}
	g_free(path);
	g_free(data);
}

/* 0 means 64 MiB: one byte more, compressed twice, is refused. */
static void
test_pdfsource_extract_max_size_default(void **state)
{
	struct hstream	 hs = { "/Filter [/FlateDecode /FlateDecode]",
			    NULL, 0 };
	unsigned char	*z, *data;
	size_t		 zlen, len = ((size_t)64 << 20) + 1;
	char		*pdf, *w, *want;

	(void)state;
	data = g_malloc0(len);
	z = deflated(data, len, 2, &zlen);
	g_free(data);
	hs.data = z;
	hs.len = zlen;
	pdf = one_file_pdf("bomb.pdf", "(bomb.txt)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	want = g_strdup_printf("%s: error: embedded file is larger than "
	    "67108864 bytes (--max-size)\n", pdf);
	assert_string_equal(messages(), want);
	assert_empty_dir(outdir);
	g_free(want);
	g_free(pdf);
	g_free(z);
}

/*
 * /Params /Size above the cap: refused before decoding.  Below it but
 * a lie: the decoded bytes are counted all the same.
 */
static void
test_pdfsource_extract_declared_size(void **state)
{
	struct hstream	 hs = { "/Params << /Size 1001 >>", NULL, 10 };
	char		*pdf, *w, *want;

	(void)state;
	hs.data = "0123456789";
	pdf = one_file_pdf("d.pdf", "(d.txt)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 1000, &w), 1);
	want = g_strdup_printf("%s: error: embedded file is larger than "
	    "1000 bytes (--max-size)\n", pdf);
	assert_string_equal(messages(), want);
	assert_empty_dir(outdir);
	g_free(pdf);
	capture_end();
	capture_begin();
	hs.dict = "/Params << /Size 5 >>";
	pdf = one_file_pdf("d.pdf", "(d.txt)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 9, &w), 1);
	g_free(want);
	want = g_strdup_printf("%s: error: embedded file is larger than "
	    "9 bytes (--max-size)\n", pdf);
	assert_string_equal(messages(), want);
	assert_empty_dir(outdir);
	/* an honest size at the cap passes */
	g_free(pdf);
	hs.dict = "/Params << /Size 10 >>";
	pdf = one_file_pdf("d.pdf", "(d.txt)", &hs);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 10, &w), 0);
	assert_file(w, "0123456789", 10);
	g_free(w);
	g_free(want);
	g_free(pdf);
}

/*
 * A symlink at the target, to a file or to nothing: refused without
 * force, the link and what it points to as they were; with force the
 * link itself is replaced, what it pointed to untouched.
 */
static void
test_pdfsource_extract_symlink(void **state)
{
	char	*pdf, *w, *target, *victim, *nothing, *want, *link;
	int	 dangling;

	(void)state;
	pdf = qpdf_attach("a.pdf", "new\n", 4, "a.md", "a.md");
	target = g_build_filename(outdir, "a.md", NULL);
	victim = tmp("victim");
	nothing = tmp("nothing");
	for (dangling = 0; dangling <= 1; dangling++) {
		put(victim, "precious", 8);
		assert_int_equal(symlink(dangling ? nothing : victim, target),
		    0);
		assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 2);
		assert_null(w);
		want = g_strdup_printf("briefing: error: %s is a symbolic "
		    "link; remove it or use --force\n", target);
		assert_string_equal(messages(), want);
		link = g_file_read_link(target, NULL);
		assert_string_equal(link, dangling ? nothing : victim);
		assert_file(victim, "precious", 8);
		assert_false(g_file_test(nothing, G_FILE_TEST_EXISTS));
		assert_int_equal(pdfsource_extract(pdf, outdir, 1, 0, &w), 0);
		assert_string_equal(w, target);
		assert_false(g_file_test(target, G_FILE_TEST_IS_SYMLINK));
		assert_file(target, "new\n", 4);
		assert_file(victim, "precious", 8);
		assert_false(g_file_test(nothing, G_FILE_TEST_EXISTS));
		g_unlink(target);
		capture_end();
		capture_begin();
		g_free(link);
		g_free(want);
		g_free(w);
	}
	g_free(nothing);
	g_free(victim);
	g_free(target);
	g_free(pdf);
}

/* Of two embedded files, the one marked as the source. */
static void
test_pdfsource_extract_source_relationship(void **state)
{
	const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R /AF [3 0 R 5 0 R] "
		"/Names << /EmbeddedFiles << /Names "
		"[(a-data.csv) 3 0 R (b-source.md) 5 0 R] >> >> >>",
		PAGES,
		"<< /Type /Filespec /F (data.csv) /UF (data.csv) "
		"/AFRelationship /Data /EF << /F 4 0 R /UF 4 0 R >> >>",
		"@STREAM@",
		"<< /Type /Filespec /F (source.md) /UF (source.md) "
		"/AFRelationship /Source /EF << /F 6 0 R /UF 6 0 R >> >>",
		"@STREAM@"
	};
	const char *const streams[] = { "a,b\n1,2\n", "# Source\r\n" };
	char	*pdf, *w, *want;

	(void)state;
	pdf = hand_pdf("two.pdf", objs, G_N_ELEMENTS(objs), streams);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	want = g_build_filename(outdir, "source.md", NULL);
	assert_string_equal(w, want);
	assert_file(w, streams[1], strlen(streams[1]));
	assert_string_equal(messages(), "");
	g_free(want);
	g_free(w);
	g_free(pdf);
}

/* Two embedded files, neither marked: no guess. */
static void
test_pdfsource_extract_two_unmarked(void **state)
{
	char		*a = tmp("a.src"), *b = tmp("b.src");
	char		*pdf = tmp("2.pdf"), *w;
	const char	*argv[] = { "qpdf", "--empty",
			    "--add-attachment", a, "--key=a", "--",
			    "--add-attachment", b, "--key=b", "--", pdf,
			    NULL };
	GDir		*d;

	(void)state;
	put(a, "a", 1);
	put(b, "b", 1);
	qpdf_tool(argv);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	assert_non_null(strstr(messages(), "2.pdf has 2 embedded files and "
	    "none is marked /AFRelationship /Source\n"));
	d = g_dir_open(outdir, 0, NULL);
	assert_null(g_dir_read_name(d));
	g_dir_close(d);
	g_free(a);
	g_free(b);
	g_free(pdf);
}

/* A name tree of kids, the file in a leaf; /UF wins over /F. */
static void
test_pdfsource_extract_kids(void **state)
{
	const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R "
		"/Names << /EmbeddedFiles 3 0 R >> >>",
		PAGES,
		"<< /Kids [4 0 R] >>",
		"<< /Limits [(a) (z)] /Kids [5 0 R] >>",
		"<< /Limits [(a) (z)] /Names [(m) 6 0 R] >>",
		"<< /Type /Filespec /F (old.md) "
		"/UF <FEFF0072 00E9 0073 0075 006D 00E9 002E 006D 0064> "
		"/EF << /F 7 0 R >> >>",
		"@STREAM@"
	};
	const char *const streams[] = { "deep\n" };
	char	*pdf, *w, *want;

	(void)state;
	pdf = hand_pdf("kids.pdf", objs, G_N_ELEMENTS(objs), streams);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	want = g_build_filename(outdir, "r\xC3\xA9sum\xC3\xA9.md", NULL);
	assert_string_equal(w, want);
	assert_file(w, "deep\n", 5);
	g_free(want);
	g_free(w);
	g_free(pdf);
}

/* A /Kids cycle ends at the depth limit, with no file found. */
static void
test_pdfsource_extract_kids_cycle(void **state)
{
	const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R "
		"/Names << /EmbeddedFiles 3 0 R >> >>",
		PAGES,
		"<< /Kids [4 0 R 3 0 R] >>",
		"<< /Kids [3 0 R 4 0 R] >>"
	};
	char	*pdf, *w;

	(void)state;
	pdf = hand_pdf("cycle.pdf", objs, G_N_ELEMENTS(objs), NULL);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	assert_non_null(strstr(messages(), "cycle.pdf has no embedded "
	    "source"));
	g_free(pdf);
}

/* No name tree, but a catalog /AF: the file is found there. */
static void
test_pdfsource_extract_af_only(void **state)
{
	const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R /AF [3 0 R] >>",
		PAGES,
		"<< /Type /Filespec /F (af.md) /AFRelationship /Source "
		"/EF << /F 4 0 R >> >>",
		"@STREAM@"
	};
	const char *const streams[] = { "from /AF\n" };
	char	*pdf, *w, *want;

	(void)state;
	pdf = hand_pdf("af.pdf", objs, G_N_ELEMENTS(objs), streams);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 0);
	want = g_build_filename(outdir, "af.md", NULL);
	assert_string_equal(w, want);
	assert_file(w, streams[0], strlen(streams[0]));
	g_free(want);
	g_free(w);
	g_free(pdf);
}

/* A file specification without a name, or without a stream. */
static void
test_pdfsource_extract_no_name(void **state)
{
	const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles "
		"<< /Names [(a) 3 0 R (b) 5 0 R] >> >> >>",
		PAGES,
		"<< /Type /Filespec /EF << /F 4 0 R >> >>",
		"@STREAM@",
		"<< /Type /Filespec /F (nostream.md) /EF << /F 3 0 R >> >>"
	};
	const char *const streams[] = { "x" };
	char	*pdf, *w;

	(void)state;
	pdf = hand_pdf("noname.pdf", objs, G_N_ELEMENTS(objs), streams);
	assert_int_equal(pdfsource_extract(pdf, outdir, 0, 0, &w), 1);
	assert_null(w);
	assert_non_null(strstr(messages(), "noname.pdf: embedded file has "
	    "no name\n"));
	g_free(pdf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_name_from_spec, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_exists, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_force, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_cwd, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_cwd_library, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_no_attachment, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_not_pdf, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_damaged, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_no_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_dotdot_name, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_unsafe_names, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_names_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_flate_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_unsupported_filter, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_bad_flate, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_max_size, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_max_size_default, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_declared_size, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_symlink, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_source_relationship, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_two_unmarked, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_kids, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_kids_cycle, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_af_only, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_pdfsource_extract_no_name, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
