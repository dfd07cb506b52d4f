/* SPDX-License-Identifier: MIT */
/* Hyphenation points: dictionaries by language, preparation rules. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "hyph.h"

/* The word with '-' at each point, e.g. "hy-phen-ation". */
static char *
marked(struct hyph *h, const char *word)
{
	GArray	*pts = g_array_new(FALSE, FALSE, sizeof(gsize));
	GString	*s = g_string_new(NULL);
	gsize	 from = 0;
	guint	 i;

	hyph_points(h, word, strlen(word), pts);
	for (i = 0; i < pts->len; i++) {
		gsize k = g_array_index(pts, gsize, i);

		g_string_append_len(s, word + from, (gssize)(k - from));
		g_string_append_c(s, '-');
		from = k;
	}
	g_string_append(s, word + from);
	g_array_unref(pts);
	return g_string_free(s, FALSE);
}

static void
expect(struct hyph *h, const char *word, const char *want)
{
	char	*got = marked(h, word);

	assert_string_equal(got, want);
	g_free(got);
}

static void
test_hyph_points_en_us(void **state)
{
	struct hyph	*h = hyph_new("en-US", NULL);

	(void)state;
	assert_non_null(h);
	expect(h, "hyphenation", "hy-phen-ation");
	expect(h, "international", "in-ter-na-tional");
	/* capitals are lowercased for the dictionary, kept in the result */
	expect(h, "Geopolitical", "Geopo-lit-i-cal");
	/* all capitals: never */
	expect(h, "NATO", "NATO");
	expect(h, "INTERNATIONAL", "INTERNATIONAL");
	/* short words: never; and at least 3 letters after a break */
	expect(h, "the", "the");
	expect(h, "visit", "visit");
	/* not letters only: the caller splits first */
	expect(h, "comrades-in-arms", "comrades-in-arms");
	hyph_free(h);
}

static void
test_hyph_points_min_lengths(void **state)
{
	struct hyph	*h = hyph_new("en", NULL);
	const char	*words[] = { "relationship", "burgeoning",
	    "significantly", "independently", "complicating", "emphasis" };
	size_t		 i;

	(void)state;
	assert_non_null(h);
	for (i = 0; i < G_N_ELEMENTS(words); i++) {
		GArray *pts = g_array_new(FALSE, FALSE, sizeof(gsize));
		size_t len = strlen(words[i]);
		guint k;

		hyph_points(h, words[i], len, pts);
		assert_true(pts->len > 0);
		for (k = 0; k < pts->len; k++) {
			gsize off = g_array_index(pts, gsize, k);

			assert_true(off >= 2);
			assert_true(len - off >= 3);
		}
		g_array_unref(pts);
	}
	hyph_free(h);
}

/* Dictionaries in ISO 8859-1 and KOI8-R give offsets in UTF-8. */
static void
test_hyph_points_other_charsets(void **state)
{
	struct hyph	*de = hyph_new("de", NULL);
	struct hyph	*ru = hyph_new("ru-RU", NULL);
	char		*s;

	(void)state;
	assert_non_null(de);
	assert_non_null(ru);
	s = marked(de, "Überprüfung");
	assert_string_equal(s, "Über-prü-fung");
	g_free(s);
	s = marked(ru, "государство");
	/* every point on a character boundary, none in the first 2 or
	 * last 3 letters */
	assert_true(g_utf8_validate(s, -1, NULL));
	assert_true(strchr(s, '-') != NULL);
	assert_true(g_utf8_strlen(strchr(s, '-'), -1) >= 4);
	g_free(s);
	hyph_free(de);
	hyph_free(ru);
}

static void
test_hyph_new_unknown(void **state)
{
	(void)state;
	assert_null(hyph_new("tlh", NULL));
	assert_null(hyph_new("english", NULL));
	hyph_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hyph_points_en_us),
		cmocka_unit_test(test_hyph_points_min_lengths),
		cmocka_unit_test(test_hyph_points_other_charsets),
		cmocka_unit_test(test_hyph_new_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
