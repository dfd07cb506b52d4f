/* SPDX-License-Identifier: MIT */
/* Unit tests of labels.c: the table, the languages, the dates. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "chrono.h"
#include "labels.h"

static const char *const others[] = { "es", "fr", "de" };

/* Labels a language rightly writes as English does: "URL" everywhere,
 * "Source" and "Notes" in French, "BRIEFING", "neutral" and "{1} in
 * {2}" in German, the figure's described punctuation but in French. */
static int
same_as_english(const char *lang, enum label_id id)
{
	return id == L_URL ||
	    (strcmp(lang, "fr") == 0 && (id == L_SOURCE ||
	    id == L_NOTES_BM)) ||
	    (strcmp(lang, "de") == 0 && (id == L_BRIEFING ||
	    id == L_NEUTRAL || id == L_ALT_IN)) ||
	    /* punctuation: French alone spaces it */
	    (strcmp(lang, "fr") != 0 && (id == L_ALT_EDGE ||
	    id == L_ALT_NEXT));
}

/* How many times s holds "{n}". */
static int
holes(const char *s, char n)
{
	char	hole[4] = { '{', n, '}', '\0' };
	int	c = 0;

	while ((s = strstr(s, hole)) != NULL) {
		c++;
		s += 3;
	}
	return c;
}

static void
test_labels_lang(void **state)
{
	(void)state;
	assert_string_equal(label_lang("fr-CA"), "fr");
	assert_string_equal(label_lang("DE"), "de");
	assert_string_equal(label_lang("de_AT"), "de");
	assert_string_equal(label_lang("es"), "es");
	assert_string_equal(label_lang("en-GB"), "en");
	/* others, and what is not a language tag, are English */
	assert_string_equal(label_lang("it"), "en");
	assert_string_equal(label_lang("fra"), "en");
	assert_string_equal(label_lang("f"), "en");
	assert_string_equal(label_lang(""), "en");
	assert_string_equal(label_lang(NULL), "en");
	assert_string_equal(label("it-IT", L_KEY_POINTS), "KEY POINTS");
	assert_string_equal(label(NULL, L_PAGE_OF), "Page {1} of {2}");
	assert_string_equal(label("fr", L_COUNT), "");
}

/* Every label in every language, translated, with the holes of the
 * English one. */
static void
test_labels_table_whole(void **state)
{
	int	id;
	size_t	k;

	(void)state;
	for (id = 0; id < L_COUNT; id++) {
		const char *en = label("en", id);

		assert_non_null(en);
		assert_true(en[0] != '\0');
		for (k = 0; k < G_N_ELEMENTS(others); k++) {
			const char *s = label(others[k], id);

			assert_non_null(s);
			assert_true(g_utf8_validate(s, -1, NULL));
			if (!same_as_english(others[k], id) &&
			    strcmp(s, en) == 0)
				fail_msg("label %d in %s is the English '%s'",
				    id, others[k], en);
			assert_int_equal(holes(s, '1'), holes(en, '1'));
			assert_int_equal(holes(s, '2'), holes(en, '2'));
		}
	}
}

static void
test_labels_fill(void **state)
{
	char	*s;

	(void)state;
	s = label_fill("de-DE", L_PAGE_OF, "3", "7");
	assert_string_equal(s, "Seite 3 von 7");
	g_free(s);
	s = label_fill("fr", L_PAGE_OF, "1", "2");
	assert_string_equal(s, "Page 1 sur 2");
	g_free(s);
	s = label_fill("es", L_PAGE_OF, "1", "2");
	assert_string_equal(s, "P\xc3\xa1gina 1 de 2");
	g_free(s);
	s = label_fill("en", L_LENGTH_FMT, "523", "3");
	assert_string_equal(s, "523 words \xc2\xb7 3 min read");
	g_free(s);
	/* a missing value is empty, a brace that is no hole stays */
	s = label_fill("en", L_MORE, NULL, NULL);
	assert_string_equal(s, "+ more");
	g_free(s);
}

/* The diagram's caption: what the figure is, the actors it leaves out
 * (six named, then how many more), the relations it leaves out; in the
 * four languages. */
static void
test_labels_caption(void **state)
{
	static const char *const names[] = {
		"Chile", "Peru", "Bolivia", "Mexico", "Cuba", "Spain",
		"Italy", "Iceland"
	};
	char	*s;

	(void)state;
	s = label_caption("en", NULL, 0, 0);
	assert_string_equal(s, label("en", L_CAPTION));
	g_free(s);
	s = label_caption("en", names, 1, 0);
	assert_string_equal(s, "Figure 1. Relations among the actors named in "
	    "this briefing, generated from the text. Also named: Chile.");
	g_free(s);
	s = label_caption("en", names, 3, 1);
	assert_non_null(strstr(s, ". Also named: Chile, Peru and Bolivia. "
	    "1 more relation in the text."));
	g_free(s);
	/* seven fit; eight: six named and "2 more" */
	s = label_caption("en", names, 7, 0);
	assert_non_null(strstr(s, "Cuba, Spain and Italy."));
	g_free(s);
	s = label_caption("en", names, 8, 12);
	assert_non_null(strstr(s, "Also named: Chile, Peru, Bolivia, Mexico, "
	    "Cuba, Spain and 2 more. 12 more relations in the text."));
	assert_null(strstr(s, "Italy"));
	g_free(s);
	s = label_caption("es", names, 8, 3);
	assert_non_null(strstr(s, "Figura 1."));
	assert_non_null(strstr(s, "Tambi\xc3\xa9n citados: Chile, Peru, "
	    "Bolivia, Mexico, Cuba, Spain y 2 m\xc3\xa1s. 3 relaciones "
	    "m\xc3\xa1s en el texto."));
	g_free(s);
	/* Spanish "y" is "e" before an "i" sound */
	s = label_caption("es", names + 6, 2, 1);
	assert_non_null(strstr(s, "Italy e Iceland. 1 relaci\xc3\xb3n "
	    "m\xc3\xa1s en el texto."));
	g_free(s);
	s = label_caption("fr-FR", names, 2, 5);
	assert_non_null(strstr(s, "Autres acteurs cit\xc3\xa9s\xc2\xa0: "
	    "Chile et Peru. 5 autres relations dans le texte."));
	g_free(s);
	s = label_caption("de", names, 8, 1);
	assert_non_null(strstr(s, "Abb. 1."));
	assert_non_null(strstr(s, "Ebenfalls genannt: Chile, Peru, Bolivia, "
	    "Mexico, Cuba, Spain und 2 weitere. 1 weitere Beziehung im "
	    "Text."));
	g_free(s);
	/* another language: English */
	s = label_caption("it", names, 2, 2);
	assert_non_null(strstr(s, "Chile and Peru. 2 more relations"));
	g_free(s);
}

static void
test_labels_date_long(void **state)
{
	static const struct {
		const char	*lang;
		int		 y, m, d;
		const char	*want;
	} t[] = {
		{ "en", 2018, 6, 14, "14 June 2018" },
		{ "fr-FR", 2018, 6, 14, "14 juin 2018" },
		{ "de", 2018, 6, 14, "14. Juni 2018" },
		{ "es", 2018, 6, 14, "14 de junio de 2018" },
		{ "it", 2018, 6, 14, "14 June 2018" },
		{ "fr", 2022, 8, 1, "1er ao\xc3\xbbt 2022" },
		{ "de", 2022, 8, 1, "1. August 2022" },
		{ "de", 2022, 3, 0, "M\xc3\xa4rz 2022" },
		{ "en", 2022, 3, 0, "March 2022" },
		{ "fr", 2022, 13, 1, "2022" }
	};
	size_t	 k;
	char	*s;

	(void)state;
	for (k = 0; k < G_N_ELEMENTS(t); k++) {
		s = label_date_long(t[k].lang, t[k].y, t[k].m, t[k].d);
		assert_string_equal(s, t[k].want);
		g_free(s);
	}
	s = label_nice_date("de-DE", "2024-06-17");
	assert_string_equal(s, "17. Juni 2024");
	g_free(s);
	s = label_nice_date("es", "2024-02-30x");
	assert_string_equal(s, "2024-02-30x");
	g_free(s);
	assert_null(label_nice_date("fr", NULL));
}

/* English dates are the chronology's own; the others ICU's, with the
 * qualifiers said in the language. */
static void
test_labels_date_short(void **state)
{
	static const struct {
		const char	*lang;
		int		 y, m, d, prec;
		const char	*q, *want;
	} t[] = {
		{ "en", 2024, 6, 17, EV_DAY, NULL, "17 Jun 2024" },
		{ "en", 2023, 9, 0, EV_MONTH, "mid", "mid-Sep 2023" },
		{ "en", 2022, 3, 3, EV_DAY, "week of", "week of 3 Mar 2022" },
		{ "fr", 2024, 6, 17, EV_DAY, NULL, "17 juin 2024" },
		/* a part of a month: the month in full */
		{ "fr", 2023, 9, 0, EV_MONTH, "mid", "mi-septembre 2023" },
		{ "es", 2024, 9, 0, EV_MONTH, "early",
		    "principios de septiembre de 2024" },
		{ "fr", 2023, 9, 0, EV_MONTH, NULL, "sept. 2023" },
		{ "fr", 2023, 9, 1, EV_DAY, NULL, "1er sept. 2023" },
		{ "fr", 2022, 0, 0, EV_YEAR, "early", "d\xc3\xa9" "but 2022" },
		{ "fr", 2022, 3, 3, EV_DAY, "week of",
		    "semaine du 3 mars 2022" },
		{ "de", 2024, 6, 17, EV_DAY, NULL, "17. Juni 2024" },
		{ "de", 2022, 6, 0, EV_MONTH, "late", "Ende Juni 2022" },
		{ "de", 2024, 0, 0, EV_YEAR, "approximate", "um 2024" },
		{ "de", 2020, 0, 0, EV_YEAR, "decade", "2020er-Jahre" },
		{ "es", 2024, 1, 5, EV_DAY, NULL, "5 ene 2024" },
		{ "es", 2021, 0, 0, EV_YEAR, "fall", "oto\xc3\xb1o de 2021" },
		{ "es", 2021, 0, 0, EV_YEAR, "someday", "someday 2021" }
	};
	size_t	 k;
	char	*s;

	(void)state;
	for (k = 0; k < G_N_ELEMENTS(t); k++) {
		s = label_date_short(t[k].lang, t[k].y, t[k].m, t[k].d,
		    t[k].prec, t[k].q);
		assert_string_equal(s, t[k].want);
		g_free(s);
	}
}

/* The formatters are shared: threads formatting at once get whole
 * dates. */
static gpointer
format_many(gpointer arg)
{
	const char	*lang = arg;
	int		 i, bad = 0;

	for (i = 0; i < 200; i++) {
		char *s = label_date_short(lang, 2000 + i % 30, 1 + i % 12,
		    1 + i % 28, EV_DAY, NULL);

		bad += s == NULL || strstr(s, "20") == NULL;
		g_free(s);
	}
	return GINT_TO_POINTER(bad);
}

/* The diagram's words: relation labels from the table, states by
 * ICU's region names; English and unknown keys as given. */
static void
test_labels_names(void **state)
{
	char	*s;

	(void)state;
	assert_string_equal(label_relation("de", "supply"), "Lieferungen");
	assert_string_equal(label_relation("fr-CA", "leader of"),
	    "dirigeant de");
	assert_string_equal(label_relation("es", "withdrawal"), "retirada");
	assert_string_equal(label_relation("en-GB", "supply"), "supply");
	assert_string_equal(label_relation("pt", "supply"), "supply");
	/* goods name a supply's label too */
	assert_string_equal(label_relation("de", "munitions"), "Munition");
	assert_string_equal(label_relation("es", "drones"), "drones");
	/* a key not in the table stays */
	assert_string_equal(label_relation("de", "no such act"),
	    "no such act");
	assert_null(label_relation("de", NULL));
	s = label_state("fr", "United States");
	assert_string_equal(s, "\xc3\x89tats-Unis");
	g_free(s);
	s = label_state("de", "North Korea");
	assert_string_equal(s, "Nordkorea");
	g_free(s);
	s = label_state("es", "Germany");
	assert_string_equal(s, "Alemania");
	g_free(s);
	s = label_state("en", "Germany");
	assert_string_equal(s, "Germany");
	g_free(s);
	s = label_state("de", "African Union");	/* no region */
	assert_string_equal(s, "African Union");
	g_free(s);
	/* an actor: the text's own form, a state by ICU, else its name */
	s = label_actor("fr", "NATO", "OTAN", 0);
	assert_string_equal(s, "OTAN");
	g_free(s);
	s = label_actor("en", "NATO", "OTAN", 0);
	assert_string_equal(s, "NATO");
	g_free(s);
	s = label_actor("de", "Russia", NULL, 1);
	assert_string_equal(s, "Russland");
	g_free(s);
	s = label_actor("de", "Olaf Scholz", NULL, 0);
	assert_string_equal(s, "Olaf Scholz");
	g_free(s);
}

/* Every relation label of the English cue lexicon (and the goods that
 * name a supply's, not the word classes) has its words in es, fr, de. */
static void
test_labels_names_cover_cues(void **state)
{
	char	*text = NULL, **lines, **f;
	guint	 i, n = 0;

	(void)state;
	assert_true(g_file_get_contents("assets/cues.tsv", &text, NULL,
	    NULL));
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		if (lines[i][0] == '#' || lines[i][0] == '\0')
			continue;
		f = g_strsplit(lines[i], "\t", -1);
		if (g_strv_length(f) >= 4 && strcmp(f[3], "class") != 0) {
			/* the table's words, not the key given back (they
			 * may be spelt the same: "veto") */
			if (label_relation("de", f[1]) == f[1])
				fail_msg("no German words for '%s'", f[1]);
			if (label_relation("es", f[1]) == f[1])
				fail_msg("no Spanish words for '%s'", f[1]);
			if (label_relation("fr", f[1]) == f[1])
				fail_msg("no French words for '%s'", f[1]);
			n++;
		}
		g_strfreev(f);
	}
	g_strfreev(lines);
	g_free(text);
	assert_true(n > 20);
}

static void
test_labels_threads(void **state)
{
	GThread	*th[4];
	int	 i, bad = 0;

	(void)state;
	for (i = 0; i < 4; i++)
		th[i] = g_thread_new("fmt", format_many,
		    (gpointer)others[i % 3]);
	for (i = 0; i < 4; i++)
		bad += GPOINTER_TO_INT(g_thread_join(th[i]));
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_labels_lang),
		cmocka_unit_test(test_labels_table_whole),
		cmocka_unit_test(test_labels_fill),
		cmocka_unit_test(test_labels_caption),
		cmocka_unit_test(test_labels_date_long),
		cmocka_unit_test(test_labels_date_short),
		cmocka_unit_test(test_labels_names),
		cmocka_unit_test(test_labels_names_cover_cues),
		cmocka_unit_test(test_labels_threads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
