/* SPDX-License-Identifier: MIT */
/*
 * The lexicon kept as an image in the user's cache (cachefile.c).
 *
 * Reading cues.tsv and gazetteer.tsv and adding ICU's region names
 * makes some 1 600 names, 1 600 phrases and 550 cue forms, 8.4 million
 * instructions for English and 23 million for French, in every cold
 * run, before the analysis can find a single actor.  The result depends
 * only on the two files, ICU's data, GLib's case folding and this
 * program's code, so it is kept: an image of every table, which a later
 * run maps and turns back into the same tables, pointing into the
 * mapping for its strings.
 *
 * The image is the lexicon the files give when they give no warning
 * (a lexicon with warnings is read again, and warns again, every run).
 * It is keyed by the files' paths, sizes and modification times, the
 * language whose names were added, ICU's and GLib's versions and the
 * program's build ID: a program built from other code never reads the
 * image of another.  A language's names are never added to an image:
 * the names a language adds depend on the order of the hash tables
 * they are found in (gazetteer_region.c, lang_plain), which an image's
 * tables need not share; so each language has an image of its own,
 * made from the files.
 *
 * The image's numbers are checked before use as the files' were:
 * every index inside its array, every string inside the pool and ended
 * there, no key twice, kinds, directions and classes known.  A failed
 * check makes the files read again and the image written anew.
 *
 * Layout: a header of IMG_COUNTS 32-bit numbers (a magic, then the
 * counts below), the arrays of 32-bit numbers in that order, the pool
 * of NUL-ended strings; strings are byte offsets into the pool.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <unicode/uversion.h>

#include "cachefile.h"
#include "cameo.h"
#include "gazetteer_int.h"

#define IMG_VERSION	1
#define IMG_MAGIC	0x4c584931	/* "LXI1" */
#define IMG_MAX		(16u << 20)
#define IMG_COUNT_MAX	(1u << 22)
#define IMG_TOK_MAX	64	/* words of a phrase at most */
#define IMG_CLASS_BITS	11	/* WC_TITLE .. WC_AND */
#define IMG_OBJ_BITS	0x3f	/* OBJ_DIRECT .. OBJ_FINDING */

/* The header's counts, in the order of the arrays. */
enum {
	C_MAGIC,
	C_ENTRIES,	/* 6 each: name, kind, link, known, full, ncands */
	C_CANDS,	/* 1 each: an entry */
	C_HEADS,	/* 2 each: key, nphrases */
	C_PHRASES,	/* 3 each: entry, flags, ntok */
	C_PTOKS,	/* 2 each: key, flags */
	C_NAMES,	/* 2 each: key, entry + 1 */
	C_SHORTS,	/* 2 each: key, nids */
	C_SHORT_IDS,	/* 1 each: an entry */
	C_CUES,		/* 7 each: label, pol, cls, cameo, dir, obj, npreps */
	C_PREPS,	/* 1 each: a string */
	C_FORMS,	/* 3 each: cue, nw, stem */
	C_FORM_WORDS,	/* 1 each: a string */
	C_CUE_WORDS,	/* 2 each: key, nforms */
	C_CUE_WORD_FORMS, /* 1 each: a form */
	C_STEMS,	/* 2 each: key, nforms */
	C_STEM_FORMS,	/* 1 each: a form */
	C_CLASSES,	/* 2 each: key, bits */
	C_POOL,		/* bytes */
	IMG_COUNTS
};

static const guint8 widths[IMG_COUNTS] = {
	[C_ENTRIES] = 6, [C_CANDS] = 1, [C_HEADS] = 2, [C_PHRASES] = 3,
	[C_PTOKS] = 2, [C_NAMES] = 2, [C_SHORTS] = 2, [C_SHORT_IDS] = 1,
	[C_CUES] = 7, [C_PREPS] = 1, [C_FORMS] = 3, [C_FORM_WORDS] = 1,
	[C_CUE_WORDS] = 2, [C_CUE_WORD_FORMS] = 1, [C_STEMS] = 2,
	[C_STEM_FORMS] = 1, [C_CLASSES] = 2
};

/* --- the key ------------------------------------------------------------ */

static int
add_file(GString *k, const char *dir, const char *name)
{
	char		*path = g_build_filename(dir, name, NULL);
	struct stat	 st;
	int		 ok = stat(path, &st) == 0;

	if (ok)
		g_string_append_printf(k, "; %s: %" G_GUINT64_FORMAT " bytes, "
		    "modified %" G_GINT64_FORMAT ".%09ld", path,
		    (guint64)st.st_size, (gint64)st.st_mtim.tv_sec,
		    (long)st.st_mtim.tv_nsec);
	g_free(path);
	return ok;
}

/* What the image of dir's files with lang's names depends on; NULL if
 * it cannot be said (no build ID, a file missing). */
static char *
image_key(const char *dir, const char *lang)
{
	const char	*id = cachefile_program_id();
	UVersionInfo	 v;
	char		 icu[U_MAX_VERSION_STRING_LENGTH];
	GString		*k;

	if (id == NULL)
		return NULL;
	u_getVersion(v);
	u_versionToString(v, icu);
	k = g_string_new(NULL);
	g_string_printf(k, "lexicon image %d: program %s; ICU %s; GLib "
	    "%u.%u.%u; names of %s", IMG_VERSION, id, icu,
	    glib_major_version, glib_minor_version, glib_micro_version,
	    lang != NULL ? lang : "no language");
	if (!add_file(k, dir, "cues.tsv") ||
	    !add_file(k, dir, "gazetteer.tsv")) {
		g_string_free(k, TRUE);
		return NULL;
	}
	return g_string_free(k, FALSE);
}

/* --- writing ------------------------------------------------------------ */

struct writer {
	GArray		*a[IMG_COUNTS];	/* gint32 */
	GString		*pool;
	GHashTable	*at;		/* string -> offset + 1 */
};

static void
put(struct writer *w, int arr, gint32 v)
{
	g_array_append_val(w->a[arr], v);
}

static gint32
str(struct writer *w, const char *s)
{
	gpointer	v;
	gint32		off;

	if (s == NULL)
		return -1;
	if ((v = g_hash_table_lookup(w->at, s)) != NULL)
		return GPOINTER_TO_INT(v) - 1;
	off = (gint32)w->pool->len;
	g_string_append_len(w->pool, s, (gssize)strlen(s) + 1);
	g_hash_table_insert(w->at, (gpointer)s, GINT_TO_POINTER(off + 1));
	return off;
}

static int
index_of(const GPtrArray *a, gconstpointer p)
{
	guint	i;

	return g_ptr_array_find((GPtrArray *)a, p, &i) ? (int)i : -1;
}

static void
put_forms(struct writer *w, int arr, const struct lex *lex,
    const GPtrArray *list)
{
	guint	i;

	for (i = 0; i < list->len; i++)
		put(w, arr, index_of(lex->forms, g_ptr_array_index(list, i)));
}

static int
act_class(const char *cls)
{
	int	i;

	for (i = 0; cls != NULL && lex_act_classes[i] != NULL; i++)
		if (lex_act_classes[i] == cls)
			return i;
	return -1;
}

GBytes *
lex_image_make(const struct lex *lex)
{
	struct writer	 w;
	GHashTableIter	 it;
	gpointer	 k, v;
	GByteArray	*out;
	guint32		 head[IMG_COUNTS];
	guint		 i, j, n;

	for (i = 0; i < IMG_COUNTS; i++)
		w.a[i] = g_array_new(FALSE, FALSE, sizeof(gint32));
	w.pool = g_string_new(NULL);
	w.at = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < lex->entries->len; i++) {
		const struct gaz_entry *g = g_ptr_array_index(lex->entries, i);

		put(&w, C_ENTRIES, str(&w, g->name));
		put(&w, C_ENTRIES, g->kind);
		put(&w, C_ENTRIES, g->link);
		put(&w, C_ENTRIES, g->known);
		put(&w, C_ENTRIES, str(&w, g->full));
		put(&w, C_ENTRIES, g->cands != NULL ? (gint32)g->cands->len :
		    -1);
		for (j = 0; g->cands != NULL && j < g->cands->len; j++)
			put(&w, C_CANDS, g_array_index(g->cands, int, j));
	}
	g_hash_table_iter_init(&it, lex->phrases);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const struct phrase *ph;

		for (n = 0, ph = v; ph != NULL; ph = ph->next)
			n++;
		put(&w, C_HEADS, str(&w, k));
		put(&w, C_HEADS, (gint32)n);
		for (ph = v; ph != NULL; ph = ph->next) {
			put(&w, C_PHRASES, ph->entry);
			put(&w, C_PHRASES, (gint32)ph->flags);
			put(&w, C_PHRASES, ph->ntok);
			for (j = 0; j < (guint)ph->ntok; j++) {
				put(&w, C_PTOKS, str(&w, ph->tok[j]));
				put(&w, C_PTOKS, (gint32)ph->tf[j]);
			}
		}
	}
	g_hash_table_iter_init(&it, lex->names);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		put(&w, C_NAMES, str(&w, k));
		put(&w, C_NAMES, GPOINTER_TO_INT(v));
	}
	g_hash_table_iter_init(&it, lex->shorts);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const GArray *ids = v;

		put(&w, C_SHORTS, str(&w, k));
		put(&w, C_SHORTS, (gint32)ids->len);
		for (j = 0; j < ids->len; j++)
			put(&w, C_SHORT_IDS, g_array_index(ids, int, j));
	}
	for (i = 0; i < lex->cues->len; i++) {
		const struct cue *c = g_ptr_array_index(lex->cues, i);

		put(&w, C_CUES, str(&w, c->label));
		put(&w, C_CUES, c->pol);
		put(&w, C_CUES, act_class(c->cls));
		put(&w, C_CUES, str(&w, c->cameo));
		put(&w, C_CUES, c->dir);
		put(&w, C_CUES, (gint32)c->obj);
		put(&w, C_CUES, (gint32)c->preps->len);
		for (j = 0; j < c->preps->len; j++)
			put(&w, C_PREPS, str(&w, g_ptr_array_index(c->preps,
			    j)));
	}
	for (i = 0; i < lex->forms->len; i++) {
		const struct form *f = g_ptr_array_index(lex->forms, i);

		put(&w, C_FORMS, index_of(lex->cues, f->cue));
		put(&w, C_FORMS, f->nw);
		put(&w, C_FORMS, (gint32)f->stem);
		for (j = 0; j < (guint)f->nw; j++)
			put(&w, C_FORM_WORDS, str(&w, f->w[j]));
	}
	g_hash_table_iter_init(&it, lex->cue_words);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		put(&w, C_CUE_WORDS, str(&w, k));
		put(&w, C_CUE_WORDS, (gint32)((GPtrArray *)v)->len);
		put_forms(&w, C_CUE_WORD_FORMS, lex, v);
	}
	g_hash_table_iter_init(&it, lex->cue_stems);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		put(&w, C_STEMS, str(&w, k));
		put(&w, C_STEMS, (gint32)((GPtrArray *)v)->len);
		put_forms(&w, C_STEM_FORMS, lex, v);
	}
	g_hash_table_iter_init(&it, lex->classes);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		put(&w, C_CLASSES, str(&w, k));
		put(&w, C_CLASSES, (gint32)GPOINTER_TO_UINT(v));
	}
	out = g_byte_array_new();
	head[C_MAGIC] = IMG_MAGIC;
	for (i = 1; i < C_POOL; i++)
		head[i] = w.a[i]->len / widths[i];
	head[C_POOL] = (guint32)w.pool->len;
	g_byte_array_append(out, (const guint8 *)head, sizeof(head));
	for (i = 1; i < C_POOL; i++)
		g_byte_array_append(out, (const guint8 *)w.a[i]->data,
		    w.a[i]->len * sizeof(gint32));
	g_byte_array_append(out, (const guint8 *)w.pool->str, w.pool->len);
	for (i = 0; i < IMG_COUNTS; i++)
		g_array_free(w.a[i], TRUE);
	g_string_free(w.pool, TRUE);
	g_hash_table_destroy(w.at);
	return g_byte_array_free_to_bytes(out);
}

/* --- reading ------------------------------------------------------------ */

struct reader {
	const gint32	*a[IMG_COUNTS];	/* each array's next number */
	guint32		 left[IMG_COUNTS]; /* numbers left in it */
	const char	*pool;
	guint32		 pool_len;
	int		 bad;
};

static gint32
get(struct reader *r, int arr)
{
	if (r->left[arr] == 0) {
		r->bad = 1;
		return 0;
	}
	r->left[arr]--;
	return *r->a[arr]++;
}

/* A number of arr in [lo, hi). */
static gint32
get_in(struct reader *r, int arr, gint32 lo, gint32 hi)
{
	gint32	v = get(r, arr);

	if (v < lo || v >= hi)
		r->bad = 1;
	return v < lo || v >= hi ? lo : v;
}

/* A string of the pool, or NULL for -1 (if null_ok). */
static const char *
get_str(struct reader *r, int arr, int null_ok)
{
	gint32	off = get(r, arr);

	if (off == -1 && null_ok)
		return NULL;
	if (off < 0 || (guint32)off >= r->pool_len) {
		r->bad = 1;
		return "";
	}
	return r->pool + off;
}

/* A count of arr in [lo, hi) whose items follow in array of: no more
 * than are left there (so that nothing is sized beyond the image). */
static gint32
get_count(struct reader *r, int arr, gint32 lo, int of)
{
	return get_in(r, arr, lo, (gint32)MIN(r->left[of] + 1,
	    (guint32)IMG_COUNT_MAX));
}

static GPtrArray *
get_forms(struct reader *r, int arr, const struct lex *lex, gint32 n)
{
	GPtrArray	*list = g_ptr_array_sized_new((guint)n);
	gint32		 i;

	for (i = 0; i < n && !r->bad; i++)
		g_ptr_array_add(list, g_ptr_array_index(lex->forms,
		    get_in(r, arr, 0, (gint32)lex->forms->len)));
	return list;
}

static void
read_entries(struct reader *r, struct lex *lex, gint32 ne)
{
	gint32	i, j, nc;

	for (i = 0; i < ne && !r->bad; i++) {
		struct gaz_entry *g = g_new0(struct gaz_entry, 1);

		g_ptr_array_add(lex->entries, g);
		g->name = g_strdup(get_str(r, C_ENTRIES, 0));
		g->kind = get_in(r, C_ENTRIES, GAZ_STATE, GAZ_NONE + 1);
		g->link = get_in(r, C_ENTRIES, -1, ne);
		g->known = get_in(r, C_ENTRIES, 0, 2);
		g->full = g_strdup(get_str(r, C_ENTRIES, 1));
		nc = get_count(r, C_ENTRIES, -1, C_CANDS);
		/* an ambiguous entry has its candidates, no other */
		if ((nc >= 0) != (g->kind == GAZ_AMBIG))
			r->bad = 1;
		if (nc < 0 || r->bad)
			continue;
		g->cands = g_array_sized_new(FALSE, FALSE, sizeof(int),
		    (guint)nc);
		for (j = 0; j < nc && !r->bad; j++) {
			int e = get_in(r, C_CANDS, 0, ne);

			g_array_append_val(g->cands, e);
		}
	}
}

static void
read_phrases(struct reader *r, struct lex *lex, gint32 nh)
{
	gint32	i, j, t, np, ntok;

	for (i = 0; i < nh && !r->bad; i++) {
		const char	*key = get_str(r, C_HEADS, 0);
		struct phrase	*head = NULL, **tail = &head, *ph, *next;

		np = get_count(r, C_HEADS, 1, C_PHRASES);
		if (g_hash_table_contains(lex->phrases, key))
			r->bad = 1;
		for (j = 0; j < np && !r->bad; j++) {
			gint32 e = get_in(r, C_PHRASES, 0,
			    (gint32)lex->entries->len);
			guint32 fl = (guint32)get(r, C_PHRASES);

			ntok = get_in(r, C_PHRASES, 1, IMG_TOK_MAX + 1);
			ph = g_malloc0(sizeof(*ph) + (size_t)ntok *
			    (sizeof(char *) + sizeof(unsigned)));
			ph->entry = e;
			ph->flags = fl;
			ph->ntok = ntok;
			ph->tok = (char **)(ph + 1);
			ph->tf = (unsigned *)(ph->tok + ntok);
			for (t = 0; t < ntok; t++) {
				ph->tok[t] = (char *)get_str(r, C_PTOKS, 0);
				ph->tf[t] = (unsigned)get(r, C_PTOKS);
			}
			/* a list under its first word */
			if (strcmp(ph->tok[0], key) != 0)
				r->bad = 1;
			*tail = ph;
			tail = &ph->next;
		}
		if (r->bad) {
			for (ph = head; ph != NULL; ph = next) {
				next = ph->next;
				g_free(ph);
			}
			break;
		}
		g_hash_table_insert(lex->phrases, head->tok[0], head);
	}
}

static void
read_keys(struct reader *r, struct lex *lex)
{
	gint32		 j, n, ne = (gint32)lex->entries->len;
	const char	*k;
	GArray		*ids;

	while (r->left[C_NAMES] > 0 && !r->bad) {
		k = get_str(r, C_NAMES, 0);
		n = get_in(r, C_NAMES, 1, ne + 1);
		if (!r->bad && !g_hash_table_insert(lex->names, (char *)k,
		    GINT_TO_POINTER(n)))
			r->bad = 1;
	}
	while (r->left[C_SHORTS] > 0 && !r->bad) {
		k = get_str(r, C_SHORTS, 0);
		n = get_count(r, C_SHORTS, 1, C_SHORT_IDS);
		ids = g_array_sized_new(FALSE, FALSE, sizeof(int), (guint)n);
		for (j = 0; j < n && !r->bad; j++) {
			int e = get_in(r, C_SHORT_IDS, 0, ne);

			g_array_append_val(ids, e);
		}
		if (!g_hash_table_insert(lex->shorts, (char *)k, ids))
			r->bad = 1;
	}
	while (r->left[C_CLASSES] > 0 && !r->bad) {
		k = get_str(r, C_CLASSES, 0);
		n = get_in(r, C_CLASSES, 1, 1 << IMG_CLASS_BITS);
		if (!r->bad && !g_hash_table_insert(lex->classes, (char *)k,
		    GUINT_TO_POINTER((guint)n)))
			r->bad = 1;
	}
}

static void
read_cues(struct reader *r, struct lex *lex, gint32 ncue)
{
	const struct cameo *cm;
	const char	*code;
	gint32		 i, j, cls, np;

	for (i = 0; i < ncue && !r->bad; i++) {
		struct cue *c = g_new0(struct cue, 1);

		c->preps = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(lex->cues, c);
		c->label = g_strdup(get_str(r, C_CUES, 0));
		c->pol = get_in(r, C_CUES, POL_COOPERATIVE, POL_NEUTRAL + 1);
		cls = get_in(r, C_CUES, -1, (gint32)g_strv_length((char **)
		    lex_act_classes));
		code = get_str(r, C_CUES, 1);
		c->dir = get_in(r, C_CUES, CUE_SO, CUE_GOODS + 1);
		c->obj = (unsigned)get_in(r, C_CUES, 0, IMG_OBJ_BITS + 1);
		np = get_count(r, C_CUES, 0, C_PREPS);
		for (j = 0; j < np && !r->bad; j++)
			g_ptr_array_add(c->preps, g_strdup(get_str(r, C_PREPS,
			    0)));
		/* as add_cue makes them: a goods line has a polarity only;
		 * an act its class, a code or none, and their polarity */
		cm = code != NULL ? cameo_find(code) : NULL;
		if (c->dir == CUE_GOODS) {
			if (cls >= 0 || code != NULL)
				r->bad = 1;
			continue;
		}
		if (cls < 0 || (code != NULL && cm == NULL)) {
			r->bad = 1;
			continue;
		}
		c->cls = lex_act_classes[cls];
		c->cameo = cm != NULL ? cm->code : NULL;
		c->goldstein = cm != NULL ? cm->goldstein : 0.0;
		if (c->pol != cameo_polarity(c->goldstein))
			r->bad = 1;
	}
}

static void
read_forms(struct reader *r, struct lex *lex, gint32 nf)
{
	gint32	i, j, n;

	for (i = 0; i < nf && !r->bad; i++) {
		struct form *f = g_new0(struct form, 1);

		g_ptr_array_add(lex->forms, f);
		f->cue = g_ptr_array_index(lex->cues, get_in(r, C_FORMS, 0,
		    (gint32)lex->cues->len));
		n = get_in(r, C_FORMS, 1, LEX_FORM_WORDS + 1);
		f->stem = (unsigned)get_in(r, C_FORMS, 0, 1 << n);
		f->w = g_new(char *, n);
		f->nw = n;
		for (j = 0; j < n; j++)
			f->w[j] = (char *)get_str(r, C_FORM_WORDS, 0);
	}
	while (r->left[C_CUE_WORDS] > 0 && !r->bad) {
		const char *k = get_str(r, C_CUE_WORDS, 0);

		n = get_count(r, C_CUE_WORDS, 1, C_CUE_WORD_FORMS);
		if (!g_hash_table_insert(lex->cue_words, (char *)k,
		    get_forms(r, C_CUE_WORD_FORMS, lex, n)))
			r->bad = 1;
	}
	while (r->left[C_STEMS] > 0 && !r->bad) {
		const char *k = get_str(r, C_STEMS, 0);

		n = get_count(r, C_STEMS, 1, C_STEM_FORMS);
		if (!g_hash_table_insert(lex->cue_stems, g_strdup(k),
		    get_forms(r, C_STEM_FORMS, lex, n)))
			r->bad = 1;
	}
}

struct lex *
lex_image_read(GBytes *b)
{
	struct reader	 r = { 0 };
	const guint8	*p;
	guint32		 head[IMG_COUNTS];
	guint64		 need = sizeof(head);
	gsize		 len;
	struct lex	*lex;
	int		 i;

	p = g_bytes_get_data(b, &len);
	if (len < sizeof(head))
		return NULL;
	memcpy(head, p, sizeof(head));
	if (head[C_MAGIC] != IMG_MAGIC)
		return NULL;
	for (i = 1; i < IMG_COUNTS; i++) {
		if (head[i] > IMG_COUNT_MAX)
			return NULL;
		need += i == C_POOL ? head[i] :
		    (guint64)head[i] * widths[i] * sizeof(gint32);
	}
	if (need != len || head[C_POOL] == 0 ||
	    p[len - 1] != '\0')
		return NULL;
	p += sizeof(head);
	for (i = 1; i < C_POOL; i++) {
		r.a[i] = (const gint32 *)(const void *)p;
		r.left[i] = head[i] * widths[i];
		p += (size_t)r.left[i] * sizeof(gint32);
	}
	r.pool = (const char *)p;
	r.pool_len = head[C_POOL];
	lex = lex_from_strings(NULL, NULL);
	lex->image = g_bytes_ref(b);
	read_entries(&r, lex, (gint32)head[C_ENTRIES]);
	read_phrases(&r, lex, (gint32)head[C_HEADS]);
	read_keys(&r, lex);
	read_cues(&r, lex, (gint32)head[C_CUES]);
	read_forms(&r, lex, (gint32)head[C_FORMS]);
	/* every number used, none missing */
	for (i = 1; i < C_POOL && !r.bad; i++)
		if (r.left[i] != 0)
			r.bad = 1;
	if (r.bad) {
		lex_free(lex);
		return NULL;
	}
	return lex;
}

/* --- the lexicon -------------------------------------------------------- */

/* Keep lex's image under key, unless its files warned. */
static void
keep(const struct lex *lex, const char *slot, const char *key)
{
	GBytes		*b;
	gconstpointer	 d;
	gsize		 n;

	if (key == NULL || lex->warned != 0 || (b = lex_image_make(lex)) ==
	    NULL)
		return;
	d = g_bytes_get_data(b, &n);
	(void)cachefile_write("lex", slot, key, d, n);
	g_bytes_unref(b);
}

/* The image's slot and key (NULL: not kept) for dir's files with
 * lang's names; the folder by its real path: "assets" from two working
 * folders is two slots. */
static void
slot_key(const char *dir, const char *lang, char **slot, char **key)
{
	char		*real = realpath(dir, NULL);
	const char	*d = real != NULL ? real : dir;

	*slot = g_strdup_printf("%s, names of %s", d, lang != NULL ? lang :
	    "no language");
	*key = image_key(d, lang);
	free(real);
}

struct lex *
lex_load_lang(const char *dir, const char *tag)
{
	const char	*lang = lex_regions_lang(tag);
	char		*key, *slot;
	GBytes		*b;
	struct lex	*lex = NULL;

	slot_key(dir, lang, &slot, &key);
	if (key != NULL && (b = cachefile_read("lex", slot, key, IMG_MAX)) !=
	    NULL) {
		lex = lex_image_read(b);
		g_bytes_unref(b);
	}
	if (lex == NULL) {
		lex = lex_load(dir);
		if (lang != NULL)
			lex_add_regions_lang(lex, lang);
		keep(lex, slot, key);
	}
	g_free(slot);
	g_free(key);
	return lex;
}

struct lex *
lex_add_lang(struct lex *lex, const char *dir, const char *tag)
{
	const char	*lang = lex_regions_lang(tag);
	char		*key, *slot;

	if (lang == NULL)
		return lex;
	/* an image's tables need not have the order the names depend on */
	if (lex->image != NULL) {
		lex_free(lex);
		return lex_load_lang(dir, lang);
	}
	lex_add_regions_lang(lex, lang);
	slot_key(dir, lang, &slot, &key);
	keep(lex, slot, key);
	g_free(slot);
	g_free(key);
	return lex;
}
