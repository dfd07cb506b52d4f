/* SPDX-License-Identifier: MIT */
/* --extract-source: the embedded source of a briefing, back on disk. */
#include <dlfcn.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib.h>
#include <qpdf/qpdf-c.h>
#include <zlib.h>

#include "fileio.h"
#include "msg.h"
#include "pdfsource.h"

/*
 * libqpdf is opened when --extract-source runs, never linked: as a C++
 * library with its own dependencies it costs every other run ~4 ms of
 * loading.  The header gives the prototypes; the Makefile gives the
 * soname of the libqpdf it was built against.
 *
 * dlopen, not g_module_open: given a bare soname, GModule (2.74) first
 * looks for SONAME, SONAME.so and SONAME.la in the working directory,
 * and loads the library a .la file there names; a crafted .la beside
 * the PDF would run its code.  dlopen searches the linker's path only,
 * as linking would.
 */
#ifndef QPDF_SONAME
#define QPDF_SONAME	"libqpdf.so.29"
#endif

/* Name trees deeper than this are cut (a /Kids cycle would never end). */
#define TREE_DEPTH	32
/* Name tree nodes visited at most (shared kids could still explode). */
#define TREE_NODES	4096
/* Decoded bytes written at most when the caller gives 0. */
#define MAX_SIZE_DEFAULT ((guint64)64 << 20)
/* /FlateDecode stages chained at most: each holds ~100 KB. */
#define STAGES_MAX	8
/* Bytes a stage inflates at a time, and raw bytes fed at a time. */
#define CHUNK		65536
/*
 * While libqpdf reads the PDF, the process's data segment may grow by
 * this much plus twice the PDF's size: qpdf 11 decodes object and
 * cross-reference streams whole, with no limit of its own, so a small
 * PDF with a stacked-Flate object stream would take gigabytes.  Past
 * the limit its allocation fails, which it reports as an error.
 */
#define QPDF_HEADROOM	((rlim_t)128 << 20)

/* AddressSanitizer's shadow memory would count against that limit. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN	1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN	1
#endif
#endif
/* Bytes of an unsafe name or filter shown at most in a message. */
#define SHOWN_MAX	200

/* The libqpdf functions used, resolved by name; each is qpdf_<field>. */
struct qpdf {
	void					*lib;	/* dlopen */
	qpdf_data				 qd;
	__typeof__(qpdf_init)			*init;
	__typeof__(qpdf_cleanup)		*cleanup;
	__typeof__(qpdf_silence_errors)		*silence_errors;
	__typeof__(qpdf_set_suppress_warnings)	*set_suppress_warnings;
	__typeof__(qpdf_read_memory)		*read_memory;
	__typeof__(qpdf_has_error)		*has_error;
	__typeof__(qpdf_get_error)		*get_error;
	__typeof__(qpdf_get_error_message_detail) *get_error_message_detail;
	__typeof__(qpdf_get_root)		*get_root;
	__typeof__(qpdf_oh_has_key)		*oh_has_key;
	__typeof__(qpdf_oh_get_key)		*oh_get_key;
	__typeof__(qpdf_oh_get_dict)		*oh_get_dict;
	__typeof__(qpdf_oh_is_dictionary)	*oh_is_dictionary;
	__typeof__(qpdf_oh_is_stream)		*oh_is_stream;
	__typeof__(qpdf_oh_is_array)		*oh_is_array;
	__typeof__(qpdf_oh_is_name)		*oh_is_name;
	__typeof__(qpdf_oh_is_null)		*oh_is_null;
	__typeof__(qpdf_oh_is_integer)		*oh_is_integer;
	__typeof__(qpdf_oh_is_name_and_equals)	*oh_is_name_and_equals;
	__typeof__(qpdf_oh_get_array_n_items)	*oh_get_array_n_items;
	__typeof__(qpdf_oh_get_array_item)	*oh_get_array_item;
	__typeof__(qpdf_oh_get_name)		*oh_get_name;
	__typeof__(qpdf_oh_get_int_value)	*oh_get_int_value;
	__typeof__(qpdf_oh_get_value_as_utf8)	*oh_get_value_as_utf8;
	__typeof__(qpdf_oh_get_stream_data)	*oh_get_stream_data;
};

#define SYM(f)	{ "qpdf_" #f, offsetof(struct qpdf, f) }

static const struct {
	const char	*name;
	size_t		 off;
} syms[] = {
	SYM(init), SYM(cleanup), SYM(silence_errors),
	SYM(set_suppress_warnings), SYM(read_memory), SYM(has_error),
	SYM(get_error), SYM(get_error_message_detail), SYM(get_root),
	SYM(oh_has_key), SYM(oh_get_key), SYM(oh_get_dict),
	SYM(oh_is_dictionary), SYM(oh_is_stream), SYM(oh_is_array),
	SYM(oh_is_name), SYM(oh_is_null), SYM(oh_is_integer),
	SYM(oh_is_name_and_equals), SYM(oh_get_array_n_items),
	SYM(oh_get_array_item), SYM(oh_get_name), SYM(oh_get_int_value),
	SYM(oh_get_value_as_utf8), SYM(oh_get_stream_data)
};

/* The file specifications found, in document order. */
struct specs {
	GArray	*oh;		/* of qpdf_oh */
	int	 visited;	/* name tree nodes so far */
};

/*
 * The embedded file's bytes on their way out: raw bytes go through
 * stage 0 to n - 1 (zlib inflate each, streaming), then to the output.
 * Memory: CHUNK and one inflate state per stage, whatever the size.
 */
struct decoder {
	z_stream	 z[STAGES_MAX];
	unsigned char	*buf[STAGES_MAX];	/* CHUNK bytes each */
	int		 ended[STAGES_MAX];	/* Z_STREAM_END seen */
	int		 n;			/* stages */
	struct outfile	*out;
	guint64		 size;			/* decoded bytes so far */
	guint64		 max;
	enum {
		DEC_OK,
		DEC_TOO_BIG,			/* past max */
		DEC_DATA,			/* zlib's msg in why */
		DEC_WRITE			/* errno in werr */
	}		 err;
	const char	*why;
	int		 werr;
};

static int	 load_qpdf(struct qpdf *);
static void	 unload_qpdf(struct qpdf *);
static int	 read_pdf(const char *, char **, gsize *);
static void	 damaged(struct qpdf *, const char *);
static void	 find_specs(struct qpdf *, struct specs *);
static void	 walk_tree(struct qpdf *, qpdf_oh, int, struct specs *);
static void	 add_spec(struct qpdf *, qpdf_oh, struct specs *);
static qpdf_oh	 ef_stream(struct qpdf *, qpdf_oh);
static int	 choose(struct qpdf *, const char *, const struct specs *,
		    qpdf_oh *);
static char	*safe_name(struct qpdf *, const char *, qpdf_oh);
static char	*shown(const char *, size_t, int *);
static int	 text_key(struct qpdf *, qpdf_oh, const char *,
		    const char **, size_t *);
static int	 stages(struct qpdf *, const char *, qpdf_oh, int *);
static int	 flate_parms_ok(struct qpdf *, qpdf_oh);
static void	 unsupported(struct qpdf *, const char *, qpdf_oh,
		    const char *);
static void	 too_big(const char *, guint64);
static int	 declared_size(struct qpdf *, const char *, qpdf_oh,
		    guint64);
static int	 target_free(const char *, int);
static int	 write_decoded(struct qpdf *, const char *, qpdf_oh, int,
		    guint64, const char *, int);
static int	 decode(struct decoder *, const unsigned char *, size_t);
static int	 push(struct decoder *, int, const unsigned char *, size_t);
static voidpf	 zalloc(voidpf, uInt, uInt);
static void	 zfree(voidpf, voidpf);
static const char *file_error(const GError *);
static int	 limit_memory(gsize, struct rlimit *);

int
pdfsource_extract(const char *pdf, const char *dir, int force,
    guint64 max_size, char **written)
{
	struct qpdf	 q = { 0 };
	struct specs	 sp = { 0 };
	qpdf_oh		 spec, stream;
	char		*buf = NULL, *name = NULL, *path = NULL;
	gsize		 len;
	struct rlimit	 old;
	int		 rc, n, limited = 0;

	*written = NULL;
	if (max_size == 0)
		max_size = MAX_SIZE_DEFAULT;
	if ((rc = read_pdf(pdf, &buf, &len)) != 0)
		return rc;
	if ((rc = load_qpdf(&q)) != 0)
		goto out;
	limited = limit_memory(len, &old);
	rc = 1;
	/* qpdf reads from buf until cleanup: it makes no copy */
	if (q.read_memory(q.qd, pdf, buf, len, NULL) & QPDF_ERRORS) {
		damaged(&q, pdf);
		goto out;
	}
	sp.oh = g_array_new(FALSE, FALSE, sizeof(qpdf_oh));
	find_specs(&q, &sp);
	if (q.has_error(q.qd)) {
		damaged(&q, pdf);
		goto out;
	}
	if (choose(&q, pdf, &sp, &spec) != 0 ||
	    (name = safe_name(&q, pdf, spec)) == NULL)
		goto out;
	stream = ef_stream(&q, spec);
	/* what the PDF asks for is checked before any byte is written */
	if (stages(&q, pdf, stream, &n) != 0 ||
	    declared_size(&q, pdf, stream, max_size) != 0)
		goto out;
	path = dir != NULL ? g_build_filename(dir, name, NULL) :
	    g_strdup(name);
	if ((rc = target_free(path, force)) != 0)
		goto out;
	if ((rc = write_decoded(&q, pdf, stream, n, max_size, path,
	    force)) == 0) {
		*written = path;
		path = NULL;
	}
out:
	g_free(path);
	g_free(name);
	if (sp.oh != NULL)
		g_array_free(sp.oh, TRUE);
	unload_qpdf(&q);
	if (limited)
		setrlimit(RLIMIT_DATA, &old);
	g_free(buf);
	return rc;
}

/*
 * Bound the data segment while qpdf runs: what is in use now, plus
 * QPDF_HEADROOM, plus twice len.  1 if set (old holds the limit to put
 * back), 0 if not: under AddressSanitizer, whose shadow memory counts
 * against the limit, or when the limit cannot be read.
 */
static int
limit_memory(gsize len, struct rlimit *old)
{
#ifdef UNDER_ASAN
	(void)len;
	(void)old;
	return 0;
#else
	struct rlimit	 lim;
	unsigned long	 pages = 0, data = 0;
	FILE		*f;
	rlim_t		 want;

	if (getrlimit(RLIMIT_DATA, old) != 0 ||
	    (f = fopen("/proc/self/statm", "r")) == NULL)
		return 0;
	/* size resident shared text lib data (pages) */
	if (fscanf(f, "%lu %*u %*u %*u %*u %lu", &pages, &data) != 2)
		data = 0;
	fclose(f);
	if (data == 0)
		return 0;
	want = (rlim_t)data * (rlim_t)sysconf(_SC_PAGESIZE) +
	    QPDF_HEADROOM + 2 * (rlim_t)len;
	if (old->rlim_cur != RLIM_INFINITY && old->rlim_cur <= want)
		return 0;
	lim = *old;
	lim.rlim_cur = want;
	return setrlimit(RLIMIT_DATA, &lim) == 0;
#endif
}

/*
 * Open libqpdf and resolve every function in syms, then start a qpdf
 * object that reports through has_error instead of stderr.  Returns 0,
 * or 2 after reporting (the library is missing or too old).
 */
static int
load_qpdf(struct qpdf *q)
{
	const char	*so = QPDF_SONAME, *ver;
	char		*pkg;
	size_t		 i;

	/* local: its symbols stay out of what later libraries bind to */
	q->lib = dlopen(so, RTLD_LAZY | RTLD_LOCAL);
	if (q->lib == NULL) {
		/* Debian names the package after the soname: libqpdf29 */
		ver = strstr(so, ".so.");
		pkg = ver != NULL ? g_strdup_printf("%.*s%s",
		    (int)(ver - so), so, ver + 4) : g_strdup("libqpdf");
		msg_at(NULL, NULL, MSG_ERROR, "--extract-source: %s "
		    "(install %s)", dlerror(), pkg);
		g_free(pkg);
		return 2;
	}
	for (i = 0; i < G_N_ELEMENTS(syms); i++)
		if ((*(void **)((char *)q + syms[i].off) = dlsym(q->lib,
		    syms[i].name)) == NULL) {
			msg_at(NULL, NULL, MSG_ERROR, "%s: no function %s; "
			    "install a newer qpdf", so, syms[i].name);
			unload_qpdf(q);
			return 2;
		}
	q->qd = q->init();
	q->silence_errors(q->qd);
	q->set_suppress_warnings(q->qd, QPDF_TRUE);
	return 0;
}

/* Undo load_qpdf, or as much of it as was done. */
static void
unload_qpdf(struct qpdf *q)
{
	if (q->qd != NULL)
		q->cleanup(&q->qd);
	if (q->lib != NULL)
		dlclose(q->lib);
	q->lib = NULL;
}

/*
 * The whole file in *buf (g_free), or 2 after reporting why it cannot be
 * read, or 1 if it is plainly no PDF: a PDF has "%PDF-" in its first
 * 1024 bytes (ISO 32000-1, annex H.3), which qpdf's recovery does not
 * ask for, and a text file "recovered" into an empty PDF would only
 * say "no embedded source".
 */
static int
read_pdf(const char *pdf, char **buf, gsize *len)
{
	GError	*err = NULL;

	if (!g_file_get_contents(pdf, buf, len, &err)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", pdf, file_error(err));
		g_error_free(err);
		return 2;
	}
	if (memmem(*buf, MIN(*len, 1024), "%PDF-", 5) == NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: not a PDF file", pdf);
		g_free(*buf);
		*buf = NULL;
		return 1;
	}
	return 0;
}

/*
 * Report qpdf's error.  Its detail, without the file name and offset of
 * its full text: the offset means nothing to the user.
 */
static void
damaged(struct qpdf *q, const char *pdf)
{
	msg_at(NULL, NULL, MSG_ERROR, "%s: damaged PDF: %s", pdf,
	    q->get_error_message_detail(q->qd, q->get_error(q->qd)));
}

/*
 * The file specifications of the catalog's embedded files name tree;
 * if there are none, of its /AF array, which PDF/A-3 asks for and which
 * may come without a tree.
 */
static void
find_specs(struct qpdf *q, struct specs *sp)
{
	qpdf_oh	 root = q->get_root(q->qd), af;
	int	 i, n;

	if (q->oh_has_key(q->qd, root, "/Names"))
		walk_tree(q, q->oh_get_key(q->qd, q->oh_get_key(q->qd, root,
		    "/Names"), "/EmbeddedFiles"), 0, sp);
	if (sp->oh->len > 0 || !q->oh_has_key(q->qd, root, "/AF"))
		return;
	af = q->oh_get_key(q->qd, root, "/AF");
	n = q->oh_get_array_n_items(q->qd, af);
	for (i = 0; i < n; i++)
		add_spec(q, q->oh_get_array_item(q->qd, af, i), sp);
}

/*
 * Collect the file specifications of the name tree node (ISO 32000-1,
 * 7.9.6): its /Names pairs, then its /Kids in order.
 */
static void
walk_tree(struct qpdf *q, qpdf_oh node, int depth, struct specs *sp)
{
	qpdf_oh	 a;
	int	 i, n;

	if (depth > TREE_DEPTH || ++sp->visited > TREE_NODES ||
	    !q->oh_is_dictionary(q->qd, node))
		return;
	if (q->oh_has_key(q->qd, node, "/Names")) {
		a = q->oh_get_key(q->qd, node, "/Names");
		n = q->oh_get_array_n_items(q->qd, a);
		for (i = 1; i < n; i += 2)
			add_spec(q, q->oh_get_array_item(q->qd, a, i), sp);
	}
	if (q->oh_has_key(q->qd, node, "/Kids")) {
		a = q->oh_get_key(q->qd, node, "/Kids");
		n = q->oh_get_array_n_items(q->qd, a);
		for (i = 0; i < n; i++)
			walk_tree(q, q->oh_get_array_item(q->qd, a, i),
			    depth + 1, sp);
	}
}

/* Keep spec if it is a file specification with an embedded file. */
static void
add_spec(struct qpdf *q, qpdf_oh spec, struct specs *sp)
{
	if (ef_stream(q, spec) != 0)
		g_array_append_val(sp->oh, spec);
}

/*
 * The embedded file stream of a file specification: /EF /UF or /EF /F
 * (the same stream in what qpdf and libharu write), or 0 (qpdf's
 * uninitialised handle) if there is none.
 */
static qpdf_oh
ef_stream(struct qpdf *q, qpdf_oh spec)
{
	static const char *const keys[] = { "/UF", "/F" };
	qpdf_oh		 ef, s;
	size_t		 i;

	if (!q->oh_is_dictionary(q->qd, spec) ||
	    !q->oh_has_key(q->qd, spec, "/EF"))
		return 0;
	ef = q->oh_get_key(q->qd, spec, "/EF");
	if (!q->oh_is_dictionary(q->qd, ef))
		return 0;
	for (i = 0; i < G_N_ELEMENTS(keys); i++)
		if (q->oh_has_key(q->qd, ef, keys[i]) &&
		    q->oh_is_stream(q->qd, s = q->oh_get_key(q->qd, ef,
		    keys[i])))
			return s;
	return 0;
}

/*
 * The rule of pdfsource.h: the first specification marked as the
 * source, else the only one.  Returns 0 with *spec set, or 1 after
 * reporting.
 */
static int
choose(struct qpdf *q, const char *pdf, const struct specs *sp,
    qpdf_oh *spec)
{
	qpdf_oh	 s;
	guint	 i;

	for (i = 0; i < sp->oh->len; i++) {
		s = g_array_index(sp->oh, qpdf_oh, i);
		if (q->oh_is_name_and_equals(q->qd, q->oh_get_key(q->qd, s,
		    "/AFRelationship"), "/Source")) {
			*spec = s;
			return 0;
		}
	}
	if (sp->oh->len == 1) {
		*spec = g_array_index(sp->oh, qpdf_oh, 0);
		return 0;
	}
	if (sp->oh->len == 0)
		msg_at(NULL, NULL, MSG_ERROR, "%s has no embedded source; "
		    "build it with --attach-source", pdf);
	else
		msg_at(NULL, NULL, MSG_ERROR, "%s has %u embedded files and "
		    "none is marked /AFRelationship /Source", pdf,
		    sp->oh->len);
	return 1;
}


/*
 * The file name to write: the base name of the specification's /UF,
 * else /F.  The PDF is untrusted, so a name that could leave the
 * directory, land as a dot file (~/.bashrc), or read otherwise than it
 * is in a terminal or a file manager is refused rather than repaired:
 * one starting with a dot, with a backslash, with bytes that are not
 * UTF-8 (a NUL among them), with control (Cc) or format (Cf: bidi
 * controls, zero-width characters, soft hyphen) characters or line and
 * paragraph separators anywhere in it.  Returns a new string, or NULL
 * after reporting.
 */
static char *
safe_name(struct qpdf *q, const char *pdf, qpdf_oh spec)
{
	const char	*v = NULL;
	size_t		 len = 0;
	char		*show, *name = NULL;
	int		 bad;

	if (!text_key(q, spec, "/UF", &v, &len) &&
	    !text_key(q, spec, "/F", &v, &len)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: embedded file has no "
		    "name", pdf);
		return NULL;
	}
	/* at once: libqpdf's strings live until its next call */
	show = shown(v, len, &bad);
	/* without bad there is no NUL: v is the whole name */
	if (!bad) {
		name = g_path_get_basename(v);
		if (name[0] == '.' || strchr(name, '/') != NULL ||
		    strchr(name, '\\') != NULL)
			g_clear_pointer(&name, g_free);
	}
	if (name == NULL)
		msg_at(pdf, NULL, MSG_ERROR, "unsafe attachment name '%s'",
		    show);
	g_free(show);
	return name;
}

/*
 * The len bytes of v, NULs included, fit for a message: printable
 * characters as they are (a backslash doubled), the characters
 * safe_name refuses as \uXXXX (\UXXXXXXXX above U+FFFF), bytes that
 * are not UTF-8 as \xXX; cut with "..." past SHOWN_MAX bytes.  *bad is
 * set if anything was escaped but a backslash.  Returns a new string.
 */
static char *
shown(const char *v, size_t len, int *bad)
{
	GString		*s = g_string_new(NULL);
	const char	*p = v, *end = v + len;
	gunichar	 c;
	GUnicodeType	 t;
	int		 esc;

	*bad = 0;
	while (p < end) {
		/* -2 for a NUL or a cut sequence, -1 for invalid bytes */
		c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			*bad = 1;
			if (s->len < SHOWN_MAX)
				g_string_append_printf(s, "\\x%02X",
				    (unsigned char)*p);
			p++;
			continue;
		}
		p = g_utf8_next_char(p);
		t = g_unichar_type(c);
		/* the bidi controls are Cf; named so that no table forgets */
		esc = t == G_UNICODE_CONTROL || t == G_UNICODE_FORMAT ||
		    t == G_UNICODE_LINE_SEPARATOR ||
		    t == G_UNICODE_PARAGRAPH_SEPARATOR || c == 0x061C ||
		    c == 0x200E || c == 0x200F ||
		    (c >= 0x202A && c <= 0x202E) ||
		    (c >= 0x2066 && c <= 0x2069);
		*bad |= esc;
		if (s->len >= SHOWN_MAX)
			continue;
		if (esc)
			g_string_append_printf(s, c > 0xFFFF ? "\\U%08X" :
			    "\\u%04X", c);
		else if (c == '\\')
			g_string_append(s, "\\\\");
		else
			g_string_append_unichar(s, c);
	}
	if (s->len >= SHOWN_MAX)
		g_string_append(s, "...");
	return g_string_free(s, FALSE);
}

/*
 * The text string dict[key] in UTF-8: *v (libqpdf's, valid until its
 * next call) and *len, which counts any NUL in it.  0 if there is none.
 */
static int
text_key(struct qpdf *q, qpdf_oh dict, const char *key, const char **v,
    size_t *len)
{
	return q->oh_has_key(q->qd, dict, key) &&
	    q->oh_get_value_as_utf8(q->qd, q->oh_get_key(q->qd, dict, key),
	    v, len);
}

/*
 * The filters of the stream (ISO 32000-1, 7.3.8.2): none, or
 * /FlateDecode once or chained in a /Filter array, *n of them.  Any
 * other filter, a /DecodeParms asking for a predictor, or more than
 * STAGES_MAX stages is refused: better no file than a wrong one.
 * Returns 0, or 1 after reporting.
 */
static int
stages(struct qpdf *q, const char *pdf, qpdf_oh stream, int *n)
{
	qpdf_oh	 dict, f, parms, item, p;
	int	 i, count, arr;

	*n = 0;
	dict = q->oh_get_dict(q->qd, stream);
	if (!q->oh_has_key(q->qd, dict, "/Filter") ||
	    q->oh_is_null(q->qd, f = q->oh_get_key(q->qd, dict, "/Filter")))
		return 0;
	arr = q->oh_is_array(q->qd, f);
	count = arr ? q->oh_get_array_n_items(q->qd, f) : 1;
	if (count > STAGES_MAX) {
		msg_at(pdf, NULL, MSG_ERROR, "embedded file has %d filters, "
		    "at most %d are supported", count, STAGES_MAX);
		return 1;
	}
	parms = q->oh_get_key(q->qd, dict, "/DecodeParms");
	for (i = 0; i < count; i++) {
		item = arr ? q->oh_get_array_item(q->qd, f, i) : f;
		p = q->oh_is_array(q->qd, parms) ?
		    q->oh_get_array_item(q->qd, parms, i) : parms;
		if (!q->oh_is_name_and_equals(q->qd, item, "/FlateDecode")) {
			unsupported(q, pdf, item, "");
			return 1;
		}
		if (!flate_parms_ok(q, p)) {
			unsupported(q, pdf, item, " with a predictor "
			    "(/DecodeParms)");
			return 1;
		}
	}
	*n = count;
	return 0;
}

/*
 * Whether the /DecodeParms of a Flate stage leave its output as it is:
 * none, or no /Predictor but 1.  (The other keys serve predictors.)
 */
static int
flate_parms_ok(struct qpdf *q, qpdf_oh p)
{
	qpdf_oh	 pred;

	if (q->oh_is_null(q->qd, p))
		return 1;
	if (!q->oh_is_dictionary(q->qd, p))
		return 0;
	if (!q->oh_has_key(q->qd, p, "/Predictor"))
		return 1;
	pred = q->oh_get_key(q->qd, p, "/Predictor");
	return q->oh_is_null(q->qd, pred) ||
	    (q->oh_is_integer(q->qd, pred) &&
	    q->oh_get_int_value(q->qd, pred) == 1);
}

/* Report the filter item (a name, else anything), then what. */
static void
unsupported(struct qpdf *q, const char *pdf, qpdf_oh item,
    const char *what)
{
	const char	*v;
	char		*show;
	int		 bad;

	if (!q->oh_is_name(q->qd, item)) {
		msg_at(pdf, NULL, MSG_ERROR, "unsupported filter (not a "
		    "name)%s", what);
		return;
	}
	v = q->oh_get_name(q->qd, item);
	show = shown(v, strlen(v), &bad);
	msg_at(pdf, NULL, MSG_ERROR, "unsupported filter '%s'%s", show,
	    what);
	g_free(show);
}

static void
too_big(const char *pdf, guint64 max)
{
	msg_at(pdf, NULL, MSG_ERROR, "embedded file is larger than %"
	    G_GUINT64_FORMAT " bytes (--max-size)", max);
}

/*
 * The size the PDF gives for the embedded file, /Params /Size, if any:
 * above max, refused before decoding.  The decoded bytes are counted
 * all the same: the PDF may lie.  Returns 0, or 1 after reporting.
 */
static int
declared_size(struct qpdf *q, const char *pdf, qpdf_oh stream,
    guint64 max)
{
	qpdf_oh		 dict = q->oh_get_dict(q->qd, stream), p, s;
	long long	 size;

	if (!q->oh_has_key(q->qd, dict, "/Params") ||
	    !q->oh_is_dictionary(q->qd, p = q->oh_get_key(q->qd, dict,
	    "/Params")) || !q->oh_has_key(q->qd, p, "/Size") ||
	    !q->oh_is_integer(q->qd, s = q->oh_get_key(q->qd, p, "/Size")))
		return 0;
	size = q->oh_get_int_value(q->qd, s);
	if (size < 0 || (guint64)size <= max)
		return 0;
	too_big(pdf, max);
	return 1;
}

/*
 * Whether path may be written: nothing there, or force.  A symlink
 * there is never followed; without force it is not replaced either
 * (fileio_out_commit checks again at the rename).  Checked before
 * decoding, so that a refusal costs nothing; a regular file created in
 * between is replaced, acceptable for a command run by hand.  Returns
 * 0, or 2 after reporting.
 */
static int
target_free(const char *path, int force)
{
	struct stat	st;

	if (force || lstat(path, &st) != 0)
		return 0;
	if (S_ISLNK(st.st_mode))
		msg_at(NULL, NULL, MSG_ERROR, "%s is a symbolic link; "
		    "remove it or use --force", path);
	else
		msg_at(NULL, NULL, MSG_ERROR, "%s exists; remove it or use "
		    "--force", path);
	return 2;
}

/*
 * The stream's bytes, decoded through n Flate stages as they come, into
 * path by way of a temporary file (fileio.h): never more than max
 * decoded bytes on disk, never the whole in memory.  Returns 0, or 1
 * after reporting a fault of the PDF (data that does not inflate, more
 * than max bytes), or 2 after reporting a fault of the system; either
 * way no file is left behind.
 */
static int
write_decoded(struct qpdf *q, const char *pdf, qpdf_oh stream, int n,
    guint64 max, const char *path, int force)
{
	struct outfile	 o;
	struct decoder	 d;
	unsigned char	*raw = NULL;
	size_t		 rlen = 0;
	int		 rc;

	/* the bytes as stored: at most the size of the PDF */
	if (q->oh_get_stream_data(q->qd, stream, qpdf_dl_none, NULL, &raw,
	    &rlen) & QPDF_ERRORS) {
		damaged(q, pdf);
		return 1;
	}
	if (fileio_out_open(&o, path, 0644) != 0) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
		    g_strerror(errno));
		free(raw);		/* malloc'd by libqpdf */
		return 2;
	}
	memset(&d, 0, sizeof(d));
	d.n = n;
	d.out = &o;
	d.max = max;
	decode(&d, raw, rlen);
	free(raw);
	rc = d.err == DEC_OK ? 0 : d.err == DEC_WRITE ? 2 : 1;
	if (d.err != DEC_OK)
		fileio_out_abort(&o);
	if (d.err == DEC_TOO_BIG)
		too_big(pdf, max);
	else if (d.err == DEC_DATA)
		msg_at(NULL, NULL, MSG_ERROR, "%s: damaged PDF: embedded "
		    "file: %s", pdf, d.why);
	else if (d.err == DEC_WRITE)
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
		    g_strerror(d.werr));
	else if (fileio_out_commit(&o, force) != 0) {
		/* a symlink that came after target_free looked */
		if (errno == EEXIST)
			msg_at(NULL, NULL, MSG_ERROR, "%s is a symbolic link; "
			    "remove it or use --force", path);
		else
			msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
			    g_strerror(errno));
		rc = 2;
	}
	return rc;
}

/* zlib allocates through GLib, which aborts when memory runs out. */
static voidpf
zalloc(voidpf opaque, uInt items, uInt size)
{
	return g_malloc_n(items, size);
}

static void
zfree(voidpf opaque, voidpf p)
{
	g_free(p);
}

/*
 * Feed the len raw bytes to the stages, CHUNK at a time.  Each stage
 * must reach the end of its zlib stream (bytes after it are ignored, as
 * qpdf does); a cut stream is damaged, not a shorter file.  Returns 0,
 * or -1 with d->err set.
 */
static int
decode(struct decoder *d, const unsigned char *raw, size_t len)
{
	size_t	 off, k;
	int	 i;

	for (i = 0; i < d->n; i++) {
		d->z[i].zalloc = zalloc;
		d->z[i].zfree = zfree;
		if (inflateInit(&d->z[i]) != Z_OK) {
			d->err = DEC_DATA;
			d->why = "zlib cannot start";
			d->n = i;
			goto out;
		}
		d->buf[i] = g_malloc(CHUNK);
	}
	for (off = 0; off < len && !(d->n > 0 && d->ended[0]); off += k) {
		k = MIN(len - off, CHUNK);
		if (push(d, 0, raw + off, k) != 0)
			goto out;
	}
	for (i = 0; i < d->n; i++)
		if (!d->ended[i]) {
			d->err = DEC_DATA;
			d->why = "compressed data cut short";
			break;
		}
out:
	for (i = 0; i < d->n; i++) {
		inflateEnd(&d->z[i]);
		g_free(d->buf[i]);
	}
	return d->err == DEC_OK ? 0 : -1;
}

/*
 * Stage i takes in (len bytes) and passes all it can inflate from them
 * to stage i + 1, CHUNK at a time; past the last stage the bytes are
 * counted against d->max and written.  Returns 0, or -1 with d->err
 * set: the caller stops.
 */
static int
push(struct decoder *d, int i, const unsigned char *in, size_t len)
{
	z_stream	*z = &d->z[i];
	size_t		 have;
	int		 zr;

	if (i == d->n) {
		d->size += len;
		if (d->size > d->max) {
			d->err = DEC_TOO_BIG;
			return -1;
		}
		if (fileio_out_write(d->out, in, len) != 0) {
			d->err = DEC_WRITE;
			d->werr = errno;
			return -1;
		}
		return 0;
	}
	if (d->ended[i])
		return 0;
	z->next_in = (Bytef *)in;
	z->avail_in = (uInt)len;	/* at most CHUNK */
	/* output left in the stage when it fills the buffer: go again */
	do {
		z->next_out = d->buf[i];
		z->avail_out = CHUNK;
		zr = inflate(z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) {
			d->err = DEC_DATA;
			d->why = z->msg != NULL ? z->msg : zr == Z_NEED_DICT ?
			    "preset dictionary needed" : "zlib error";
			return -1;
		}
		have = CHUNK - z->avail_out;
		if (have > 0 && push(d, i + 1, d->buf[i], have) != 0)
			return -1;
		if (zr == Z_STREAM_END)
			d->ended[i] = 1;
	} while (zr != Z_STREAM_END && z->avail_out == 0);
	return 0;
}

/*
 * A file error in the usual words ("No such file or directory"), not
 * GLib's sentence around it; GLib's sentence for the rare others.
 */
static const char *
file_error(const GError *err)
{
	static const struct {
		GFileError	 code;
		int		 no;
	} map[] = {
		{ G_FILE_ERROR_ACCES, EACCES },
		{ G_FILE_ERROR_EXIST, EEXIST },
		{ G_FILE_ERROR_ISDIR, EISDIR },
		{ G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG },
		{ G_FILE_ERROR_NOENT, ENOENT },
		{ G_FILE_ERROR_NOTDIR, ENOTDIR },
		{ G_FILE_ERROR_ROFS, EROFS },
		{ G_FILE_ERROR_NOSPC, ENOSPC },
		{ G_FILE_ERROR_PERM, EPERM },
		{ G_FILE_ERROR_IO, EIO }
	};
	size_t	i;

	if (err->domain == G_FILE_ERROR)
		for (i = 0; i < G_N_ELEMENTS(map); i++)
			if ((int)map[i].code == err->code)
				return g_strerror(map[i].no);
	return err->message;
}
