/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the states' names in the document's language
 * (lex_add_regions_lang in gazetteer_region.c): ICU's names in es, fr
 * and de with their elisions, inflections and accents, on the states
 * the English names name; nothing for other languages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "gazetteer.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

static const char gaz[] =
    "state\tRussia\tRussian Federation\tMoscow~\tRussian\t-\t-\n"
    "state\tUkraine\t-\tKyiv\tUkrainian\t-\t-\n"
    "state\tUnited States\tUnited States of America\t-\tAmerican\t"
    "US|USA\t-\n"
    "state\tGermany\t-\tBerlin\tGerman\t-\t-\n"
    "org\tEuropean Union\t-\t-\t-\tEU\t-\n";

#include "mentionfixture.h"

/* A lexicon of the gazetteer above and ICU's English regions, with
 * the names in tag's language when tag is not NULL. */
static struct lex *
lexicon(const char *tag)
{
	struct lex	*lex = lex_from_strings(gaz, NULL);

	lex_add_regions(lex);
	if (tag != NULL)
		lex_add_regions_lang(lex, tag);
	return lex;
}

/* The name of the entry of the phrase at word i of text, its words in
 * *ntok; NULL when none. */
static const char *
match(const struct lex *lex, const char *text, guint i, int *ntok)
{
	GStringChunk	*chunk = g_string_chunk_new(64);
	GArray		*toks = g_array_new(FALSE, FALSE, sizeof(struct tok));
	const struct phrase *ph;
	const struct gaz_entry *g;
	const char	*name = NULL;

	lex_words(lex, text, strlen(text), toks, chunk);
	*ntok = 0;
	ph = i < toks->len ? lex_match(lex, (const struct tok *)(void *)
	    toks->data, toks->len, i) : NULL;
	if (ph != NULL) {
		g = g_ptr_array_index(lex->entries, ph->entry);
		name = g->name;
		*ntok = ph->ntok;
		assert_int_equal(g->kind, GAZ_STATE);
	}
	g_array_free(toks, TRUE);
	g_string_chunk_free(chunk);
	return name;
}

/* text's phrase at word i names state (its English name) in n words. */
static void
names(const struct lex *lex, const char *text, guint i, const char *state,
    int n)
{
	const char	*got;
	int		 ntok;

	got = match(lex, text, i, &ntok);
	if (got == NULL || strcmp(got, state) != 0 || ntok != n)
		fail_msg("\"%s\" word %u: %s in %d words, not %s in %d", text,
		    i, got != NULL ? got : "nothing", ntok, state, n);
}

/* text's word i starts no phrase. */
static void
none(const struct lex *lex, const char *text, guint i)
{
	const char	*got;
	int		 ntok;

	got = match(lex, text, i, &ntok);
	if (got != NULL)
		fail_msg("\"%s\" word %u: %s, not nothing", text, i, got);
}

/* French: the article a word of its own, the elided one in the word. */
static void
test_lang_fr(void **state)
{
	struct lex	*lex = lexicon("fr");

	(void)state;
	names(lex, "la Russie a", 1, "Russia", 1);
	names(lex, "La Russie", 1, "Russia", 1);
	names(lex, "l'Ukraine", 0, "Ukraine", 1);
	names(lex, "l\xE2\x80\x99Ukraine", 0, "Ukraine", 1);
	names(lex, "d'Ukraine", 0, "Ukraine", 1);
	names(lex, "des \xC3\x89tats-Unis", 1, "United States", 2);
	names(lex, "aux Etats-Unis", 1, "United States", 2);
	names(lex, "de l'Allemagne", 1, "Germany", 1);
	names(lex, "l'Allemagne", 0, "Germany", 1);
	/* the English forms stay */
	names(lex, "Russia", 0, "Russia", 1);
	/* no elision before a consonant */
	none(lex, "l'Russie", 0);
	none(lex, "Russland", 0);
	assert_int_equal(lex_find(lex, "Russie"), lex_find(lex, "Russia"));
	lex_free(lex);
}

static void
test_lang_es(void **state)
{
	struct lex	*lex = lexicon("es-ES");

	(void)state;
	names(lex, "Rusia", 0, "Russia", 1);
	names(lex, "los Estados Unidos", 1, "United States", 2);
	names(lex, "del Estados Unidos", 1, "United States", 2);
	names(lex, "Alemania", 0, "Germany", 1);
	names(lex, "Ucrania", 0, "Ukraine", 1);
	names(lex, "los EE. UU. y", 1, "United States", 2);
	names(lex, "Costa de Marfil", 0, "C\xC3\xB4te d\xE2\x80\x99Ivoire", 3);
	none(lex, "Russie", 0);
	lex_free(lex);
}

/* German: the genitive and the weak adjective. */
static void
test_lang_de(void **state)
{
	struct lex	*lex = lexicon("de_AT");

	(void)state;
	names(lex, "Russland", 0, "Russia", 1);
	names(lex, "Russlands", 0, "Russia", 1);
	names(lex, "Frankreichs", 0, "France", 1);
	names(lex, "die USA", 1, "United States", 1);
	names(lex, "der Ukraine", 1, "Ukraine", 1);
	names(lex, "die Vereinigten Staaten", 1, "United States", 2);
	names(lex, "der Vereinigten Staaten", 1, "United States", 2);
	names(lex, "Deutschlands", 0, "Germany", 1);
	names(lex, "\xC3\x96sterreich", 0, "Austria", 1);
	/* a name ending in a sibilant takes no ending */
	names(lex, "der Schweiz", 1, "Switzerland", 1);
	none(lex, "Schweizs", 0);
	none(lex, "Russie", 0);
	lex_free(lex);
}

/* English, other languages, no language: nothing added. */
static void
test_lang_none(void **state)
{
	const char *const tags[] = { "en", "en-GB", "it", "e", "esp",
	    "", NULL };
	struct lex	*lex;
	guint		 nent, nname, nph;
	int		 i;

	(void)state;
	lex = lexicon(NULL);
	nent = lex->entries->len;
	nname = g_hash_table_size(lex->names);
	nph = g_hash_table_size(lex->phrases);
	none(lex, "Russie", 0);
	for (i = 0; tags[i] != NULL; i++)
		lex_add_regions_lang(lex, tags[i]);
	lex_add_regions_lang(lex, NULL);
	assert_int_equal(lex->entries->len, nent);
	assert_int_equal(g_hash_table_size(lex->names), nname);
	assert_int_equal(g_hash_table_size(lex->phrases), nph);
	lex_add_regions_lang(lex, "fr");
	/* no new entry: the forms go to the English states */
	assert_int_equal(lex->entries->len, nent);
	assert_true(g_hash_table_size(lex->names) > nname);
	lex_free(lex);
}

/* The text layer on a French text: the names with their articles; a
 * one-word name before a capitalised word is a first name. */
static void
test_lang_mentions(void **state)
{
	(void)state;
	lex_add_regions(lex);
	lex_add_regions_lang(lex, "fr");
	read_doc("---\ntitle: T\ndate: 2024-03-12\nlang: fr\n---\n\n"
	    "Dominique Strauss-Kahn a rencontr\xC3\xA9 les dirigeants de la "
	    "Dominique et de l'Ukraine. La Russie et les \xC3\x89tats-Unis "
	    "ont r\xC3\xA9pondu.\n");
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
	is_mention("l'Ukraine", "Ukraine", 0);
	is_mention("Russie", "Russia", 0);
	is_mention("\xC3\x89tats-Unis", "United States", 0);
	/* the first "Dominique" is a first name, the second the state */
	assert_non_null(mention("Dominique", 0));
	assert_null(mention("Dominique", 1));
	assert_string_equal(text_actor(txt, mention("Dominique", 0)->actor)->
	    name, "Dominica");
	assert_true(mention("Dominique", 0)->start > 10);
}

/* German capitalises every noun: a name before one is still a name. */
static void
test_lang_mentions_de(void **state)
{
	(void)state;
	lex_add_regions(lex);
	lex_add_regions_lang(lex, "de");
	read_doc("---\ntitle: T\ndate: 2024-03-12\nlang: de\n---\n\n"
	    "Zuvor hatte Polen Leopard-Panzer zugesagt, gegen den Willen "
	    "Russlands.\n");
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
	is_mention("Polen", "Poland", 0);
	is_mention("Russlands", "Russia", 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_fr),
		cmocka_unit_test(test_lang_es),
		cmocka_unit_test(test_lang_de),
		cmocka_unit_test(test_lang_none),
		cmocka_unit_test_setup_teardown(test_lang_mentions, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_lang_mentions_de, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
