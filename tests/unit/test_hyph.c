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

/* UTF-8 dictionaries (French, Spanish) give their points by character:
 * a break never lands one letter off after an accented one. */
static void
test_hyph_points_utf8_dictionaries(void **state)
{
	struct hyph	*fr = hyph_new("fr", NULL);
	struct hyph	*es = hyph_new("es", NULL);
	char		*s;

	(void)state;
	assert_non_null(fr);
	assert_non_null(es);
	s = marked(fr, "célébrations");
	assert_string_equal(s, "cé-lé-bra-tions");
	g_free(s);
	s = marked(fr, "rétablissement");
	assert_null(strstr(s, "i-ss"));		/* not "rétabli-ssement" */
	assert_non_null(strstr(s, "s-se"));
	g_free(s);
	s = marked(es, "investigación");
	assert_string_equal(s, "in-ves-ti-ga-ción");
	g_free(s);
	hyph_free(fr);
	hyph_free(es);
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

/* A dictionary cut down to a text's words hyphenates them exactly as
 * the whole dictionary does, in every supported language. */
static void
test_hyph_new_for_text_same_points(void **state)
{
	static const struct {
		const char *lang, *text;
	} cases[] = {
		{ "en-US", "The geopolitical landscape has shifted "
		    "significantly since then, prompting North Korea to seek "
		    "closer ties; the burgeoning relationship of comrades-in-"
		    "arms showcases unprecedented, extraordinary cooperation "
		    "and technological assistance in international affairs." },
		{ "en-GB", "Organisation, characterisation and colourful "
		    "rationalisation of programmes." },
		{ "de", "Die Überprüfung der Zusammenarbeit zwischen "
		    "Schifffahrtsgesellschaften und Bundesverfassungsgericht." },
		{ "fr", "La coopération militaire internationale inquiète "
		    "profondément les gouvernements occidentaux." },
		{ "es", "La cooperación militar internacional preocupa "
		    "profundamente a los gobiernos occidentales." },
		{ "ru", "Государство развивает военное сотрудничество и "
		    "международные отношения." },
	};
	size_t	c;

	(void)state;
	for (c = 0; c < G_N_ELEMENTS(cases); c++) {
		struct hyph *full = hyph_new(cases[c].lang, NULL);
		struct hyph *cut = hyph_new_for_text(cases[c].lang, NULL,
		    cases[c].text, strlen(cases[c].text));
		char **words = g_regex_split_simple("[^[:alpha:]]+",
		    cases[c].text, 0, 0);
		int tested = 0;
		size_t i;

		assert_non_null(full);
		assert_non_null(cut);
		for (i = 0; words[i] != NULL; i++) {
			char *a, *b;

			if (*words[i] == '\0')
				continue;
			a = marked(full, words[i]);
			b = marked(cut, words[i]);
			assert_string_equal(a, b);
			tested += strcmp(a, words[i]) != 0;
			g_free(a);
			g_free(b);
		}
		/* some words of each text do hyphenate */
		assert_true(tested >= 3);
		g_strfreev(words);
		hyph_free(full);
		hyph_free(cut);
	}
}

/* Every word of the seed article, cut and whole dictionaries agree. */
static void
test_hyph_new_for_text_article(void **state)
{
	char		*text, **words;
	gsize		 len;
	struct hyph	*full, *cut;
	size_t		 i;
	int		 n = 0;

	(void)state;
	assert_true(g_file_get_contents("tests/e2e/article.txt", &text, &len,
	    NULL));
	full = hyph_new("en-US", NULL);
	cut = hyph_new_for_text("en-US", NULL, text, len);
	words = g_regex_split_simple("[^[:alpha:]]+", text, 0, 0);
	for (i = 0; words[i] != NULL; i++) {
		char *a = marked(full, words[i]), *b = marked(cut, words[i]);

		assert_string_equal(a, b);
		n++;
		g_free(a);
		g_free(b);
	}
	assert_true(n > 500);
	g_strfreev(words);
	g_free(text);
	hyph_free(full);
	hyph_free(cut);
}

/*
 * A text of too many distinct words for a cut-down dictionary (over
 * 64 KiB of them), and one with a letter run too long to hyphenate: the
 * loader takes the whole dictionary or leaves the run out, and the
 * words hyphenate as with the whole dictionary.
 */
static void
test_hyph_new_for_text_large(void **state)
{
	static const char *const words[] = { "hyphenation",
	    "international", "geopolitical", "relationship", "burgeoning" };
	GString		*text = g_string_new(NULL);
	struct hyph	*full, *cut;
	guint32		 seed = 7;
	size_t		 i, k;

	(void)state;
	full = hyph_new("en-US", NULL);
	assert_non_null(full);
	for (k = 0; k < 2; k++) {
		g_string_truncate(text, 0);
		for (i = 0; i < G_N_ELEMENTS(words); i++)
			g_string_append_printf(text, "%s ", words[i]);
		if (k == 0) {
			/* 20 000 distinct words of 8 letters */
			for (i = 0; i < 20000 * 8; i++) {
				seed = seed * 1103515245 + 12345;
				g_string_append_c(text,
				    (char)('a' + (seed >> 16) % 26));
				if (i % 8 == 7)
					g_string_append_c(text, ' ');
			}
		} else
			for (i = 0; i < 100000; i++)
				g_string_append_c(text, "abcdefg"[i % 7]);
		cut = hyph_new_for_text("en-US", NULL, text->str, text->len);
		assert_non_null(cut);
		for (i = 0; i < G_N_ELEMENTS(words); i++) {
			char *a = marked(full, words[i]);
			char *b = marked(cut, words[i]);

			assert_string_equal(a, b);
			assert_string_not_equal(a, words[i]);
			g_free(a);
			g_free(b);
		}
		hyph_free(cut);
	}
	g_string_free(text, TRUE);
	hyph_free(full);
}

/* The loader thread gives the same result as a direct load. */
static void
test_hyph_start_wait(void **state)
{
	const char	*text = "international cooperation";
	struct hyph	*h = hyph_wait(hyph_start("en-US", NULL, text,
	    strlen(text)));
	char		*s;

	(void)state;
	assert_non_null(h);
	s = marked(h, "international");
	assert_string_equal(s, "in-ter-na-tional");
	g_free(s);
	hyph_free(h);
	assert_null(hyph_wait(hyph_start("xx", NULL, NULL, 0)));
}

/*
 * Cut down to a text's words (de), a dictionary hyphenates those words
 * as the whole one does and no other word: what another word would get
 * from the cut-down patterns depends on the text.  A word broken by a
 * hyphen at a line end counts whole too (a plain text joins it).
 */
static void
test_hyph_cut_only_text_words(void **state)
{
	const char	*text = "Die Zusammenarbeit der Bundes-\n"
	    "regierung mit Schifffahrtsgesellschaften.";
	struct hyph	*full = hyph_new("de", NULL);
	struct hyph	*cut = hyph_new_for_text("de", NULL, text,
			    strlen(text));
	static const char *const in[] = { "Zusammenarbeit",
	    "Schifffahrtsgesellschaften", "Bundesregierung" };
	size_t		 i;
	char		*a, *b;

	(void)state;
	assert_non_null(full);
	assert_non_null(cut);
	for (i = 0; i < G_N_ELEMENTS(in); i++) {
		a = marked(full, in[i]);
		b = marked(cut, in[i]);
		assert_string_equal(a, b);
		assert_string_not_equal(a, in[i]);
		g_free(a);
		g_free(b);
	}
	/* "Verfassungsgericht" is not a word of the text */
	expect(cut, "Verfassungsgericht", "Verfassungsgericht");
	hyph_free(full);
	hyph_free(cut);
}

/*
 * Through a cache (--watch), each text's words get the points a cold
 * load for that text gives them, whatever texts came before: new words
 * (the kept dictionary cut down again), words of an earlier text only
 * (none), and in a language whose dictionary is kept whole (en).
 */
static void
test_hyph_cache_as_cold(void **state)
{
	static const struct {
		const char *lang, *text;
	} seq[] = {
		{ "de", "Die Zusammenarbeit der Bundesregierung." },
		{ "de", "Die Zusammenarbeit mit dem Verfassungsgericht." },
		{ "de", "Die Zusammenarbeit der Bundesregierung." },
		{ "en-US", "International cooperation and hyphenation." },
		{ "en-US", "Extraordinary relationships." },
	};
	static const char *const words[] = { "Zusammenarbeit",
	    "Bundesregierung", "Verfassungsgericht", "international",
	    "hyphenation", "extraordinary", "relationships" };
	struct hyph_cache *cache = hyph_cache_new();
	size_t		 i, k;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(seq); i++) {
		struct hyph *warm = hyph_wait(hyph_start_cached(seq[i].lang,
		    NULL, seq[i].text, strlen(seq[i].text), cache));
		struct hyph *cold = hyph_new_for_text(seq[i].lang, NULL,
		    seq[i].text, strlen(seq[i].text));

		assert_non_null(warm);
		assert_non_null(cold);
		for (k = 0; k < G_N_ELEMENTS(words); k++) {
			char *a = marked(cold, words[k]);
			char *b = marked(warm, words[k]);

			assert_string_equal(a, b);
			g_free(a);
			g_free(b);
		}
		hyph_free(warm);
		hyph_free(cold);
	}
	hyph_cache_free(cache);
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
		cmocka_unit_test(test_hyph_points_utf8_dictionaries),
		cmocka_unit_test(test_hyph_points_other_charsets),
		cmocka_unit_test(test_hyph_new_for_text_same_points),
		cmocka_unit_test(test_hyph_new_for_text_article),
		cmocka_unit_test(test_hyph_new_for_text_large),
		cmocka_unit_test(test_hyph_start_wait),
		cmocka_unit_test(test_hyph_cut_only_text_words),
		cmocka_unit_test(test_hyph_cache_as_cold),
		cmocka_unit_test(test_hyph_new_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
