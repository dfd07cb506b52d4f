/* SPDX-License-Identifier: MIT */
/* The lexicon's image kept in the cache: the same tables as the files
 * give, for each language; nothing used that is stale, damaged or made
 * from files that warned. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "cachefile.h"
#include "capture.h"
#include "gazetteer_int.h"
#include "tmpcache.h"

static const char *const langs[] = { NULL, "es", "fr-CA", "de" };

/* --- the tables, written out in an order of their own ---------------- */

static gint
by_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The keys of t, sorted (g_free the array only). */
static char **
sorted_keys(GHashTable *t, guint *n)
{
	char	**k = (char **)g_hash_table_get_keys_as_array(t, n);

	qsort(k, *n, sizeof(*k), (int (*)(const void *, const void *))
	    by_str);
	return k;
}

static int
form_index(const struct lex *lex, gconstpointer f)
{
	guint	i;

	assert_true(g_ptr_array_find(lex->forms, f, &i));
	return (int)i;
}

static void
put_forms(GString *s, const struct lex *lex, const GPtrArray *list)
{
	guint	i;

	for (i = 0; i < list->len; i++)
		g_string_append_printf(s, " %d", form_index(lex,
		    g_ptr_array_index(list, i)));
	g_string_append_c(s, '\n');
}

/* Everything a lexicon holds, as text: two lexicons with the same text
 * answer every lookup alike. */
static char *
canon(const struct lex *lex)
{
	GString		*s = g_string_new(NULL);
	char		**k;
	guint		 i, j, n;

	for (i = 0; i < lex->entries->len; i++) {
		const struct gaz_entry *g = g_ptr_array_index(lex->entries, i);

		g_string_append_printf(s, "entry %u %s %d %d %d %s:", i,
		    g->name, g->kind, g->link, g->known, g->full != NULL ?
		    g->full : "(none)");
		for (j = 0; g->cands != NULL && j < g->cands->len; j++)
			g_string_append_printf(s, " %d", g_array_index(
			    g->cands, int, j));
		g_string_append_c(s, '\n');
	}
	k = sorted_keys(lex->phrases, &n);
	for (i = 0; i < n; i++) {
		const struct phrase *ph;

		for (ph = g_hash_table_lookup(lex->phrases, k[i]); ph != NULL;
		    ph = ph->next) {
			g_string_append_printf(s, "phrase %s: %d %u", k[i],
			    ph->entry, ph->flags);
			for (j = 0; j < (guint)ph->ntok; j++)
				g_string_append_printf(s, " %s/%u",
				    ph->tok[j], ph->tf[j]);
			g_string_append_c(s, '\n');
		}
	}
	g_free(k);
	k = sorted_keys(lex->names, &n);
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "name %s %d\n", k[i],
		    GPOINTER_TO_INT(g_hash_table_lookup(lex->names, k[i])));
	g_free(k);
	k = sorted_keys(lex->shorts, &n);
	for (i = 0; i < n; i++) {
		const GArray *ids = g_hash_table_lookup(lex->shorts, k[i]);

		g_string_append_printf(s, "short %s:", k[i]);
		for (j = 0; j < ids->len; j++)
			g_string_append_printf(s, " %d",
			    g_array_index(ids, int, j));
		g_string_append_c(s, '\n');
	}
	g_free(k);
	for (i = 0; i < lex->cues->len; i++) {
		const struct cue *c = g_ptr_array_index(lex->cues, i);

		g_string_append_printf(s, "cue %u %s %d %s %s %g %d %u:", i,
		    c->label, c->pol, c->cls != NULL ? c->cls : "-",
		    c->cameo != NULL ? c->cameo : "-", c->goldstein, c->dir,
		    c->obj);
		for (j = 0; j < c->preps->len; j++)
			g_string_append_printf(s, " %s",
			    (char *)g_ptr_array_index(c->preps, j));
		g_string_append_c(s, '\n');
	}
	for (i = 0; i < lex->forms->len; i++) {
		const struct form *f = g_ptr_array_index(lex->forms, i);
		guint	c;

		assert_true(g_ptr_array_find(lex->cues, f->cue, &c));
		g_string_append_printf(s, "form %u %u %u:", i, c, f->stem);
		for (j = 0; j < (guint)f->nw; j++)
			g_string_append_printf(s, " %s", f->w[j]);
		g_string_append_c(s, '\n');
	}
	k = sorted_keys(lex->cue_words, &n);
	for (i = 0; i < n; i++) {
		g_string_append_printf(s, "cue word %s:", k[i]);
		put_forms(s, lex, g_hash_table_lookup(lex->cue_words, k[i]));
	}
	g_free(k);
	k = sorted_keys(lex->cue_stems, &n);
	for (i = 0; i < n; i++) {
		g_string_append_printf(s, "stem %s:", k[i]);
		put_forms(s, lex, g_hash_table_lookup(lex->cue_stems, k[i]));
	}
	g_free(k);
	k = sorted_keys(lex->classes, &n);
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "class %s %u\n", k[i],
		    GPOINTER_TO_UINT(g_hash_table_lookup(lex->classes, k[i])));
	g_free(k);
	return g_string_free(s, FALSE);
}

/* The lexicon of the files, with lang's names. */
static struct lex *
from_files(const char *dir, const char *lang)
{
	struct lex *lex = lex_load(dir);

	if (lang != NULL)
		lex_add_regions_lang(lex, lang);
	return lex;
}

/* The files of the cache folder whose names start with "lex-". */
static guint
image_files(char **last)
{
	char		*dir = tmpcache_dir();
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*e;
	guint		 n = 0;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL)
		if (g_str_has_prefix(e, "lex-")) {
			n++;
			if (last != NULL) {
				g_free(*last);
				*last = g_build_filename(dir, e, NULL);
			}
		}
	if (d != NULL)
		g_dir_close(d);
	g_free(dir);
	return n;
}

/* --- tests ------------------------------------------------------------ */

/* Each language's image holds the very tables of the files: entries,
 * phrases in their order, names, cues, forms, classes. */
static void
test_image_same_tables(void **state)
{
	guint	i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(langs); i++) {
		struct lex	*a = from_files("assets", langs[i]);
		GBytes		*img = lex_image_make(a);
		struct lex	*b = lex_image_read(img);
		char		*ca, *cb;

		assert_non_null(b);
		assert_true(b->image == img);
		ca = canon(a);
		cb = canon(b);
		/* the lexicon is not small: the comparison means something */
		assert_true(a->entries->len > 300);
		assert_true(g_hash_table_size(a->names) > 1000);
		assert_true(a->forms->len > 400);
		assert_string_equal(ca, cb);
		g_free(ca);
		g_free(cb);
		lex_free(a);
		lex_free(b);
		g_bytes_unref(img);
	}
}

/* lex_load_lang: the first run reads the files and keeps an image, the
 * next maps it; a language tag's region does not make another image
 * ("fr" and "fr-CA" add the same names), English adds none. */
static void
test_image_kept_and_used(void **state)
{
	struct lex	*files = from_files("assets", "fr"), *a, *b, *c;
	char		*cf = canon(files), *ca, *cb;

	(void)state;
	tmpcache_clear();
	a = lex_load_lang("assets", "fr");
	assert_null(a->image);
	assert_int_equal(image_files(NULL), 1);
	b = lex_load_lang("assets", "fr-CA");
	assert_non_null(b->image);
	assert_int_equal(image_files(NULL), 1);
	ca = canon(a);
	cb = canon(b);
	assert_string_equal(cf, ca);
	assert_string_equal(cf, cb);
	/* English: the names of no language, an image of its own */
	c = lex_load_lang("assets", "en-GB");
	assert_null(c->image);
	assert_int_equal(image_files(NULL), 2);
	assert_null(lex_regions_lang("en-GB"));
	assert_string_equal(lex_regions_lang("fr-CA"), "fr");
	assert_string_equal(lex_regions_lang("DE"), "de");
	assert_null(lex_regions_lang("french"));
	lex_free(a);
	lex_free(b);
	lex_free(c);
	lex_free(files);
	g_free(cf);
	g_free(ca);
	g_free(cb);
	tmpcache_clear();
}

/* lex_add_lang: a lexicon read from the files takes the names in
 * place and its language's image is kept; one loaded from an image is
 * replaced by that image; both are the files' with the names. */
static void
test_image_add_lang(void **state)
{
	struct lex	*files = from_files("assets", "de"), *a, *b;
	char		*cf = canon(files), *ca, *cb;

	(void)state;
	tmpcache_clear();
	a = lex_load_lang("assets", NULL);	/* from the files */
	assert_null(a->image);
	a = lex_add_lang(a, "assets", "de-AT");
	assert_null(a->image);
	assert_int_equal(image_files(NULL), 2);	/* none, de */
	b = lex_load_lang("assets", NULL);	/* from its image */
	assert_non_null(b->image);
	b = lex_add_lang(b, "assets", "de");
	assert_non_null(b->image);
	assert_int_equal(image_files(NULL), 2);
	ca = canon(a);
	cb = canon(b);
	assert_string_equal(cf, ca);
	assert_string_equal(cf, cb);
	/* a language without names: the same lexicon back */
	assert_true(lex_add_lang(files, "assets", "en") == files);
	lex_free(a);
	lex_free(b);
	lex_free(files);
	g_free(cf);
	g_free(ca);
	g_free(cb);
	tmpcache_clear();
}

/* A copy of the assets' two files in a folder of its own (g_free; the
 * caller removes it with remove_copy). */
static char *
copy_assets(const char *cues_extra)
{
	char	*dir = g_dir_make_tmp("lexdir-XXXXXX", NULL), *text, *p;
	gsize	 n;

	assert_non_null(dir);
	assert_true(g_file_get_contents("assets/gazetteer.tsv", &text, &n,
	    NULL));
	p = g_build_filename(dir, "gazetteer.tsv", NULL);
	assert_true(g_file_set_contents(p, text, (gssize)n, NULL));
	g_free(p);
	g_free(text);
	assert_true(g_file_get_contents("assets/cues.tsv", &text, &n, NULL));
	p = g_build_filename(dir, "cues.tsv", NULL);
	if (cues_extra != NULL) {
		char *t = g_strconcat(text, cues_extra, NULL);

		g_free(text);
		text = t;
		n = strlen(t);
	}
	assert_true(g_file_set_contents(p, text, (gssize)n, NULL));
	g_free(p);
	g_free(text);
	return dir;
}

static void
remove_copy(char *dir)
{
	char	*p = g_build_filename(dir, "gazetteer.tsv", NULL);

	g_unlink(p);
	g_free(p);
	p = g_build_filename(dir, "cues.tsv", NULL);
	g_unlink(p);
	g_free(p);
	g_rmdir(dir);
	g_free(dir);
}

/* Files that warn are read (and warn) every run: no image of them. */
static void
test_image_not_of_warnings(void **state)
{
	char		*dir = copy_assets("one\tfield too few\n");
	struct lex	*lex;
	int		 i;

	(void)state;
	tmpcache_clear();
	for (i = 0; i < 2; i++) {
		capture_begin();
		lex = lex_load_lang(dir, NULL);
		assert_non_null(strstr(messages(), "expected 5 fields"));
		capture_end();
		assert_null(lex->image);
		assert_int_equal(lex->warned, 1);
		lex_free(lex);
		assert_int_equal(image_files(NULL), 0);
	}
	remove_copy(dir);
}

/* An edited file makes the image stale: the files are read again and
 * the new image replaces the old one (one file a folder and language). */
static void
test_image_stale(void **state)
{
	char		*dir = copy_assets(NULL), *p, *first = NULL,
			*second = NULL;
	struct lex	*lex;
	struct utimbuf	 t = { 1000000000, 1000000000 };

	(void)state;
	tmpcache_clear();
	lex_free(lex_load_lang(dir, NULL));
	assert_int_equal(image_files(&first), 1);
	lex = lex_load_lang(dir, NULL);
	assert_non_null(lex->image);
	lex_free(lex);
	p = g_build_filename(dir, "cues.tsv", NULL);
	assert_int_equal(utime(p, &t), 0);
	g_free(p);
	lex = lex_load_lang(dir, NULL);
	assert_null(lex->image);
	lex_free(lex);
	assert_int_equal(image_files(&second), 1);
	assert_string_not_equal(first, second);
	lex = lex_load_lang(dir, NULL);
	assert_non_null(lex->image);
	lex_free(lex);
	g_free(first);
	g_free(second);
	remove_copy(dir);
	tmpcache_clear();
}

/* --- damaged images ---------------------------------------------------- */

/* The words a record of each array has, as gazetteer_image.c lays them
 * out after its header of 19 numbers (magic, 17 counts, pool). */
static const guint widths[] = { 0, 6, 1, 2, 3, 2, 2, 2, 1, 7, 1, 3, 1, 2,
    1, 2, 1, 2 };
enum { A_ENTRIES = 1, A_HEADS = 3, A_PHRASES = 4, A_NAMES = 6, A_CUES = 9,
    A_FORMS = 11, A_CUE_WORDS = 13, A_CLASSES = 17, HEAD_WORDS = 19,
    A_POOL = 18 };

/* The byte offset of word w of record r of array a. */
static size_t
at(const guint32 *head, guint a, guint r, guint w)
{
	size_t	off = HEAD_WORDS * 4;
	guint	i;

	for (i = 1; i < a; i++)
		off += (size_t)head[i] * widths[i] * 4;
	return off + ((size_t)r * widths[a] + w) * 4;
}

/* The image with the 32-bit word at off set to v: read, it must give
 * no lexicon (when refused) or one that frees cleanly. */
static struct lex *
read_with(GBytes *img, size_t off, gint32 v)
{
	gsize		 n = g_bytes_get_size(img);
	guint8		*d = g_memdup2(g_bytes_get_data(img, NULL), n);
	GBytes		*b;
	struct lex	*lex;

	memcpy(d + off, &v, 4);
	b = g_bytes_new_take(d, n);
	lex = lex_image_read(b);
	g_bytes_unref(b);
	return lex;
}

/* (a macro: a failure names the line of the damage) */
#define refused(img, off, v)	assert_null(read_with((img), (off), (v)))

static void
test_image_damaged(void **state)
{
	struct lex	*a = from_files("assets", NULL), *lex;
	GBytes		*img = lex_image_make(a), *b;
	gsize		 n, off;
	const guint8	*d = g_bytes_get_data(img, &n);
	guint32		 head[HEAD_WORDS];
	guint		 i, first_word;
	guint8		*cut;

	(void)state;
	memcpy(head, d, sizeof(head));
	/* the header: magic, a count past the data, a short pool */
	refused(img, 0, 0x12345678);
	refused(img, 4 * A_NAMES, (gint32)head[A_NAMES] + 1);
	refused(img, 4 * A_NAMES, (gint32)head[A_NAMES] - 1);
	refused(img, 4 * A_ENTRIES, 1 << 30);
	refused(img, 4 * A_POOL, (gint32)head[A_POOL] - 1);
	/* cut short; the pool's last string not ended */
	cut = g_memdup2(d, n - 1);
	b = g_bytes_new_take(cut, n - 1);
	assert_null(lex_image_read(b));
	g_bytes_unref(b);
	cut = g_memdup2(d, n);
	cut[n - 1] = 'x';
	b = g_bytes_new_take(cut, n);
	assert_null(lex_image_read(b));
	g_bytes_unref(b);
	/* an entry's name outside the pool, an unknown kind, a link to
	 * no entry; an entry not ambiguous with candidates */
	refused(img, at(head, A_ENTRIES, 0, 0), (gint32)head[A_POOL]);
	refused(img, at(head, A_ENTRIES, 0, 0), -1);
	refused(img, at(head, A_ENTRIES, 0, 1), GAZ_NONE + 1);
	refused(img, at(head, A_ENTRIES, 0, 2), (gint32)head[A_ENTRIES]);
	refused(img, at(head, A_ENTRIES, 0, 5), 0);
	/* a phrase of no entry, of no words, under another first word */
	refused(img, at(head, A_PHRASES, 0, 0), -1);
	refused(img, at(head, A_PHRASES, 0, 2), 0);
	memcpy(&i, d + at(head, A_HEADS, 1, 0), 4);
	refused(img, at(head, A_HEADS, 0, 0), (gint32)i);
	/* a name of no entry; the same name twice */
	refused(img, at(head, A_NAMES, 0, 1), 0);
	refused(img, at(head, A_NAMES, 0, 1), (gint32)head[A_ENTRIES] + 1);
	memcpy(&i, d + at(head, A_NAMES, 0, 0), 4);
	refused(img, at(head, A_NAMES, 1, 0), (gint32)i);
	/* a cue's unknown class, direction, polarity; a form of no cue,
	 * of too many words; a cue word's form out of range; a class
	 * of no bits */
	refused(img, at(head, A_CUES, 0, 2), 99);
	refused(img, at(head, A_CUES, 0, 4), CUE_GOODS + 1);
	refused(img, at(head, A_CUES, 0, 1), POL_NEUTRAL + 1);
	refused(img, at(head, A_FORMS, 0, 0), (gint32)head[A_CUES]);
	refused(img, at(head, A_FORMS, 0, 1), LEX_FORM_WORDS + 1);
	refused(img, at(head, A_CUE_WORDS, 0, 1), 1 << 23);
	refused(img, at(head, A_CLASSES, 0, 1), 0);
	/* any word of the arrays set to a large or a negative number:
	 * refused, or a lexicon that frees cleanly (ASan) */
	first_word = HEAD_WORDS;
	for (off = first_word * 4; off + 4 <= n - head[A_POOL]; off += 4 *
	    131) {
		if ((lex = read_with(img, off, 0x7fffffff)) != NULL)
			lex_free(lex);
		if ((lex = read_with(img, off, -7)) != NULL)
			lex_free(lex);
	}
	lex_free(a);
	g_bytes_unref(img);
}

/* with a build ID: the images' keys name it */
static int
setup(void **state)
{
	return tmpcache_group_setup(state) != 0 ||
	    cachefile_program_id() == NULL ? -1 : 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_image_same_tables),
		cmocka_unit_test(test_image_kept_and_used),
		cmocka_unit_test(test_image_add_lang),
		cmocka_unit_test(test_image_not_of_warnings),
		cmocka_unit_test(test_image_stale),
		cmocka_unit_test(test_image_damaged),
	};

	return cmocka_run_group_tests(tests, setup,
	    tmpcache_group_teardown);
}
