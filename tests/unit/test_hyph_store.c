/* SPDX-License-Identifier: MIT */
/* The compiled dictionaries kept in the cache: the same automaton as
 * libhyphen's own load, and nothing used that is stale or does not
 * check. */
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
#include "hyph.h"
#include "hyph_store.h"
#include "tmpcache.h"

static const char *const langs[] = { "en-US", "en-GB", "es", "fr", "ru" };

/* The one file of the cache folder whose name starts with "hyph-". */
static char *
store_file(void)
{
	char		*dir = tmpcache_dir();
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*e;
	char		*res = NULL;

	assert_non_null(d);
	while ((e = g_dir_read_name(d)) != NULL)
		if (g_str_has_prefix(e, "hyph-")) {
			assert_null(res);
			res = g_build_filename(dir, e, NULL);
		}
	g_dir_close(d);
	g_free(dir);
	assert_non_null(res);
	return res;
}

static void
assert_same_dict(const HyphenDict *a, const HyphenDict *b)
{
	int	i, k;

	for (; a != NULL; a = a->nextlevel, b = b->nextlevel) {
		assert_non_null(b);
		assert_int_equal(a->lhmin, b->lhmin);
		assert_int_equal(a->rhmin, b->rhmin);
		assert_int_equal(a->clhmin, b->clhmin);
		assert_int_equal(a->crhmin, b->crhmin);
		assert_int_equal(a->utf8, b->utf8);
		assert_string_equal(a->cset, b->cset);
		assert_int_equal(a->nohyphenl, b->nohyphenl);
		if (a->nohyphen != NULL)
			assert_memory_equal(a->nohyphen, b->nohyphen,
			    strlen(a->nohyphen) + 1);
		else
			assert_null(b->nohyphen);
		assert_int_equal(a->num_states, b->num_states);
		for (i = 0; i < a->num_states; i++) {
			const HyphenState *s = &a->states[i];
			const HyphenState *t = &b->states[i];

			if (s->match != NULL)
				assert_string_equal(s->match, t->match);
			else
				assert_null(t->match);
			assert_null(t->repl);
			assert_int_equal(s->fallback_state,
			    t->fallback_state);
			assert_int_equal(s->num_trans, t->num_trans);
			for (k = 0; k < s->num_trans; k++) {
				assert_int_equal(s->trans[k].ch,
				    t->trans[k].ch);
				assert_int_equal(s->trans[k].new_state,
				    t->trans[k].new_state);
			}
		}
	}
	assert_null(b);
}

/* Saved and loaded again, each dictionary is libhyphen's automaton,
 * state by state; another stat (the file changed) finds nothing. */
static void
test_store_round_trip(void **state)
{
	size_t	i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(langs); i++) {
		char		*path = hyph_dict_path(langs[i], NULL);
		struct stat	 st;
		HyphenDict	*d, *s;

		assert_non_null(path);
		assert_int_equal(stat(path, &st), 0);
		d = hnj_hyphen_load(path);
		assert_non_null(d);
		assert_null(hyph_store_load(path, &st));
		assert_int_equal(hyph_store_save(path, &st, d), 0);
		s = hyph_store_load(path, &st);
		assert_non_null(s);
		assert_same_dict(d, s);
		st.st_mtim.tv_nsec ^= 1;
		assert_null(hyph_store_load(path, &st));
		st.st_mtim.tv_nsec ^= 1;
		st.st_size++;
		assert_null(hyph_store_load(path, &st));
		hyph_store_free(s);
		hnj_hyphen_free(d);
		g_free(path);
	}
	tmpcache_clear();
}

/* A file cut short, or with a byte changed, is not used. */
static void
test_store_damaged(void **state)
{
	char		*path = hyph_dict_path("en-US", NULL), *file, *buf;
	struct stat	 st;
	HyphenDict	*d, *s;
	gsize		 len, at;

	(void)state;
	assert_int_equal(stat(path, &st), 0);
	d = hnj_hyphen_load(path);
	assert_int_equal(hyph_store_save(path, &st, d), 0);
	file = store_file();
	assert_true(g_file_get_contents(file, &buf, &len, NULL));
	for (at = 0; at < len; at += len / 7 + 1) {
		buf[at] ^= 0x20;
		assert_true(g_file_set_contents(file, buf, (gssize)len, NULL));
		assert_null(hyph_store_load(path, &st));
		buf[at] ^= 0x20;
	}
	assert_true(g_file_set_contents(file, buf, (gssize)len - 1, NULL));
	assert_null(hyph_store_load(path, &st));
	/* the file as written loads */
	assert_true(g_file_set_contents(file, buf, (gssize)len, NULL));
	s = hyph_store_load(path, &st);
	assert_non_null(s);
	hyph_store_free(s);
	g_free(buf);
	g_free(file);
	hnj_hyphen_free(d);
	g_free(path);
	tmpcache_clear();
}

/* Automata libhyphen would loop in or write outside its buffers with,
 * saved with a good checksum: loading refuses each. */
static void
test_store_bad_automata(void **state)
{
	char		*path = hyph_dict_path("en-US", NULL);
	struct stat	 st;
	int		 bad;

	(void)state;
	assert_int_equal(stat(path, &st), 0);
	for (bad = 0; bad < 6; bad++) {
		HyphenDict	*d = hnj_hyphen_load(path);
		HyphenDict	*x = d->nextlevel != NULL ? d->nextlevel : d;
		HyphenState	*s = &x->states[x->num_states - 1];
		HyphenState	*r = &x->states[0];
		HyphenState	*deep = NULL;
		char		*m = NULL, *was = NULL;
		int		 i;

		for (i = 0; i < x->num_states && deep == NULL; i++)
			if (x->states[i].num_trans > 0 &&
			    x->states[i].fallback_state > 0)
				deep = &x->states[i];
		assert_non_null(deep);
		switch (bad) {
		case 0:		/* a fallback to itself: no end */
			deep->fallback_state = (int)(deep - x->states);
			break;
		case 1:		/* a fallback out of the states */
			s->fallback_state = x->num_states;
			break;
		case 2:		/* a transition back to the root */
			deep->trans[0].new_state = 0;
			break;
		case 3:		/* two transitions to one state */
			r->trans[1].new_state = r->trans[0].new_state;
			break;
		case 4:		/* a match longer than its state */
			m = g_strnfill(40, '1');
			was = x->states[r->trans[0].new_state].match;
			x->states[r->trans[0].new_state].match = m;
			break;
		default:	/* a transition out of the states */
			deep->trans[0].new_state = x->num_states + 5;
			break;
		}
		assert_int_equal(hyph_store_save(path, &st, d), 0);
		assert_null(hyph_store_load(path, &st));
		if (m != NULL) {
			/* libhyphen frees its own match, not ours */
			x->states[r->trans[0].new_state].match = was;
			g_free(m);
		}
		hnj_hyphen_free(d);
	}
	g_free(path);
	tmpcache_clear();
}

/* Through hyph_new_for_text: the first load keeps the compiled form,
 * the second uses it; both give the points of libhyphen's own load for
 * every word of an article. */
static void
test_store_same_points(void **state)
{
	char		*text, **words;
	gsize		 len;
	int		 round, n;
	size_t		 i;
	struct hyph	*full;

	(void)state;
	assert_true(g_file_get_contents("tests/e2e/article.txt", &text, &len,
	    NULL));
	words = g_regex_split_simple("[^[:alpha:]]+", text, 0, 0);
	full = hyph_new("en-US", NULL);
	for (round = 0; round < 2; round++) {
		struct hyph *h = hyph_new_for_text("en-US", NULL, text, len);
		char *file = store_file();

		g_free(file);
		for (i = 0, n = 0; words[i] != NULL; i++) {
			GArray *a = g_array_new(FALSE, FALSE, sizeof(gsize));
			GArray *b = g_array_new(FALSE, FALSE, sizeof(gsize));

			hyph_points(full, words[i], strlen(words[i]), a);
			hyph_points(h, words[i], strlen(words[i]), b);
			assert_int_equal(a->len, b->len);
			if (a->len > 0)
				assert_memory_equal(a->data, b->data,
				    a->len * sizeof(gsize));
			n += a->len > 0;
			g_array_unref(a);
			g_array_unref(b);
		}
		assert_true(n > 100);
		hyph_free(h);
	}
	hyph_free(full);
	g_strfreev(words);
	g_free(text);
	tmpcache_clear();
}

/* A new version of a file (its modification time changed) replaces
 * the old one's cache file: one file a slot. */
static void
test_store_one_file_a_slot(void **state)
{
	char		*path = hyph_dict_path("en-US", NULL), *first, *second;
	struct stat	 st, old;
	HyphenDict	*d = hnj_hyphen_load(path), *s;

	(void)state;
	assert_int_equal(stat(path, &st), 0);
	old = st;
	assert_int_equal(hyph_store_save(path, &st, d), 0);
	first = store_file();
	st.st_mtim.tv_sec += 60;
	assert_int_equal(hyph_store_save(path, &st, d), 0);
	second = store_file();		/* asserts there is one */
	assert_string_not_equal(first, second);
	assert_null(hyph_store_load(path, &old));
	s = hyph_store_load(path, &st);
	assert_non_null(s);
	hyph_store_free(s);
	hnj_hyphen_free(d);
	g_free(first);
	g_free(second);
	g_free(path);
	tmpcache_clear();
}

/* Past 256 files of a prefix the oldest go (slots whose source is gone
 * age out; a text's language tags cannot fill the folder). */
static void
test_cache_bounded(void **state)
{
	char	*dir = tmpcache_dir(), *f;
	GBytes	*b;
	int	 i, n = 0;
	GDir	*d;

	(void)state;
	for (i = 0; i < 300; i++) {
		struct utimbuf t = { 1000000 + i, 1000000 + i };

		f = g_strdup_printf("%s/zz-%03d.bin", dir, i);
		assert_true(g_file_set_contents(f, "x", 1, NULL));
		assert_int_equal(utime(f, &t), 0);
		g_free(f);
	}
	assert_int_equal(cachefile_write("zz", "a slot", "a key", "data", 4),
	    0);
	b = cachefile_read("zz", "a slot", "a key", 64);
	assert_non_null(b);
	assert_int_equal(g_bytes_get_size(b), 4);
	assert_memory_equal(g_bytes_get_data(b, NULL), "data", 4);
	g_bytes_unref(b);
	/* another key of the slot reads nothing */
	assert_null(cachefile_read("zz", "a slot", "other key", 64));
	/* 256 left with the new one: the 45 oldest went */
	d = g_dir_open(dir, 0, NULL);
	while (d != NULL && g_dir_read_name(d) != NULL)
		n++;
	g_dir_close(d);
	assert_int_equal(n, 256);
	f = g_strdup_printf("%s/zz-044.bin", dir);
	assert_false(g_file_test(f, G_FILE_TEST_EXISTS));
	g_free(f);
	f = g_strdup_printf("%s/zz-045.bin", dir);
	assert_true(g_file_test(f, G_FILE_TEST_EXISTS));
	g_free(f);
	g_free(dir);
	tmpcache_clear();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_round_trip),
		cmocka_unit_test(test_store_damaged),
		cmocka_unit_test(test_store_bad_automata),
		cmocka_unit_test(test_store_same_points),
		cmocka_unit_test(test_store_one_file_a_slot),
		cmocka_unit_test(test_cache_bounded),
	};

	return cmocka_run_group_tests(tests, tmpcache_group_setup,
	    tmpcache_group_teardown);
}
