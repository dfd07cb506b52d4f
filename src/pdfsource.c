/* SPDX-License-Identifier: MIT */
/* --extract-source: the embedded source of a briefing, back on disk. */
#include <dlfcn.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <qpdf/qpdf-c.h>

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
	__typeof__(qpdf_oh_is_dictionary)	*oh_is_dictionary;
	__typeof__(qpdf_oh_is_stream)		*oh_is_stream;
	__typeof__(qpdf_oh_is_name_and_equals)	*oh_is_name_and_equals;
	__typeof__(qpdf_oh_get_array_n_items)	*oh_get_array_n_items;
	__typeof__(qpdf_oh_get_array_item)	*oh_get_array_item;
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
	SYM(oh_has_key), SYM(oh_get_key), SYM(oh_is_dictionary),
	SYM(oh_is_stream), SYM(oh_is_name_and_equals),
	SYM(oh_get_array_n_items),
	SYM(oh_get_array_item), SYM(oh_get_value_as_utf8),
	SYM(oh_get_stream_data)
};

/* The file specifications found, in document order. */
struct specs {
	GArray	*oh;		/* of qpdf_oh */
	int	 visited;	/* name tree nodes so far */
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
static int	 text_key(struct qpdf *, qpdf_oh, const char *,
		    const char **, size_t *);
static int	 write_out(const char *, const char *, const unsigned char *,
		    size_t, int, char **);
static const char *file_error(const GError *);

int
pdfsource_extract(const char *pdf, const char *dir, int force,
    char **written)
{
	struct qpdf	 q = { 0 };
	struct specs	 sp = { 0 };
	qpdf_oh		 spec;
	char		*buf = NULL, *name = NULL;
	unsigned char	*data = NULL;
	gsize		 len;
	size_t		 dlen = 0;
	QPDF_BOOL	 filtered = QPDF_FALSE;
	int		 rc;

	*written = NULL;
	if ((rc = read_pdf(pdf, &buf, &len)) != 0)
		return rc;
	if ((rc = load_qpdf(&q)) != 0)
		goto out;
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
	/* every lossless filter undone: RunLength is "specialized" */
	if (q.oh_get_stream_data(q.qd, ef_stream(&q, spec),
	    qpdf_dl_specialized, &filtered, &data, &dlen) & QPDF_ERRORS) {
		damaged(&q, pdf);
		goto out;
	}
	if (!filtered) {
		/* raw bytes under a filter we cannot undo would be garbage */
		msg_at(NULL, NULL, MSG_ERROR, "%s: embedded file '%s' uses a "
		    "filter that cannot be decoded", pdf, name);
		goto out;
	}
	rc = write_out(dir, name, data, dlen, force, written);
out:
	free(data);			/* malloc'd by libqpdf */
	g_free(name);
	if (sp.oh != NULL)
		g_array_free(sp.oh, TRUE);
	unload_qpdf(&q);
	g_free(buf);
	return rc;
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
 * else /F.  The PDF is untrusted, so anything that could leave the
 * directory or confuse a terminal is refused rather than repaired.
 * Returns a new string, or NULL after reporting.
 */
static char *
safe_name(struct qpdf *q, const char *pdf, qpdf_oh spec)
{
	const char	*v = NULL, *p;
	size_t		 len = 0;
	char		*name;
	gunichar	 c;

	if (!text_key(q, spec, "/UF", &v, &len) &&
	    !text_key(q, spec, "/F", &v, &len)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: embedded file has no "
		    "name", pdf);
		return NULL;
	}
	/* a NUL would cut the name short of what the PDF shows */
	if (memchr(v, '\0', len) != NULL)
		goto unsafe;
	/* a copy at once: libqpdf's strings live until its next call */
	name = g_path_get_basename(v);
	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
	    !g_utf8_validate(name, -1, NULL))
		goto unsafe_name;
	/* C0, DEL and C1: terminals act on them when ls shows the name */
	for (p = name; *p != '\0'; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (g_unichar_iscntrl(c) || c == '/' || c == '\\')
			goto unsafe_name;
	}
	return name;
unsafe_name:
	g_free(name);
unsafe:
	msg_at(NULL, NULL, MSG_ERROR, "%s: unsafe attachment name", pdf);
	return NULL;
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
 * Write len bytes of data as dir/name: a temporary file renamed over
 * the target, so that a reader never sees half a file.  Returns 0 with
 * *written set, or 2 after reporting.
 */
static int
write_out(const char *dir, const char *name, const unsigned char *data,
    size_t len, int force, char **written)
{
	GError	*err = NULL;
	char	*path;

	path = dir != NULL ? g_build_filename(dir, name, NULL) :
	    g_strdup(name);
	/*
	 * Checked before, not at, the rename: someone creating the file in
	 * between loses it.  Acceptable for a command run by hand.
	 */
	if (!force && g_file_test(path, G_FILE_TEST_EXISTS |
	    G_FILE_TEST_IS_SYMLINK)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s exists; remove it or use "
		    "--force", path);
		g_free(path);
		return 2;
	}
	if (!g_file_set_contents_full(path, (const char *)data, len,
	    G_FILE_SET_CONTENTS_CONSISTENT, 0644, &err)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
		    file_error(err));
		g_error_free(err);
		g_free(path);
		return 2;
	}
	*written = path;
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
