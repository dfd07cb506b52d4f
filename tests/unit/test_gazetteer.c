/* SPDX-License-Identifier: MIT */
/* Unit tests of the gazetteer and cue lexicons (gazetteer.c). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "gazetteer.h"

static const char gaz[] =
    "# kind\tname\tofficial\tcapitals\tdemonyms\tother\tlink\n"
    "state\tNorth Korea\tDemocratic People's Republic of Korea|DPRK\t"
    "Pyongyang\tNorth Korean\tKorea, North|N.  Korea\t-\n"
    "state\tC\xC3\xB4te d'Ivoire\t-\t-\t-\tIvory Coast\t-\n"
    "org\tNorth Command\t-\t-\t-\tNorth~\t-\n"
    "person\tKim Jong Un\t-\t-\t-\tKim\tNorth Korea\n"
    "person\tKim Yo Jong\t-\t-\t-\tKim\tNorth Korea\n";

static const char cues[] =
    "sign*|signed off\tsigned\tagreement:057\tsubject->object\tdirect,with,-\n"
    "shell*\tattack\tforce:19\tsubject->object\tdirect\n"
    "succeed*\tsuccession\tsuccession:-\tsubject->object\tdirect\n"
    "meet*\tmeeting\tdiplomacy:99\tsymmetric\twith\n"
    "greet*\tgreeting\tcordial:04\tsymmetric\twith\n"
    "president|Minister\ttitle\t-\tclass\t-\n";

/* The words of text, with their classes from lex. */
static GArray *
words(const struct lex *lex, const char *text, GStringChunk *chunk)
{
	GArray	*toks = g_array_new(FALSE, FALSE, sizeof(struct tok));

	lex_words(lex, text, strlen(text), toks, chunk);
	return toks;
}

/* The phrase matched at word i of text: its entry, its words in *ntok. */
static int
match(const struct lex *lex, const char *text, guint i, int *ntok)
{
	GStringChunk	*chunk = g_string_chunk_new(64);
	GArray		*toks = words(lex, text, chunk);
	const struct phrase *ph;
	int		 e = -1;

	*ntok = 0;
	ph = lex_match(lex, (const struct tok *)(void *)toks->data, toks->len,
	    i);
	if (ph != NULL) {
		e = ph->entry;
		*ntok = ph->ntok;
	}
	g_array_free(toks, TRUE);
	g_string_chunk_free(chunk);
	return e;
}

/* Names in any case and form; the longest phrase at a word; the
 * punctuation inside a form; persons' short names. */
static void
test_gaz_names(void **state)
{
	struct lex	*lex = lex_from_strings(gaz, NULL);
	GArray		*ids;
	int		 nk, ci, nc, n;

	(void)state;
	nk = lex_find(lex, "North Korea");
	assert_true(nk >= 0);
	assert_int_equal(lex_find(lex, "NORTH KOREA"), nk);
	assert_int_equal(lex_find(lex, "dprk"), nk);
	assert_int_equal(lex_find(lex, "Pyongyang"), nk);
	ci = lex_find(lex, "C\xC3\xB4te d'Ivoire");
	assert_true(ci >= 0 && ci != nk);
	assert_int_equal(lex_find(lex, "C\xC3\x94TE D'IVOIRE"), ci);
	assert_int_equal(lex_find(lex, "ivory coast"), ci);
	nc = lex_find(lex, "North Command");
	assert_int_equal(lex_find(lex, "north"), nc);
	assert_int_equal(lex_find(lex, "South Korea"), -1);
	/* the longest phrase first, then a shorter one */
	assert_int_equal(match(lex, "in North Korea today", 1, &n), nk);
	assert_int_equal(n, 2);
	assert_int_equal(match(lex, "the North Command", 1, &n), nc);
	assert_int_equal(n, 2);
	assert_int_equal(match(lex, "the North said", 1, &n), nc);
	assert_int_equal(n, 1);
	assert_int_equal(match(lex, "the Democratic People's Republic of "
	    "Korea said", 1, &n), nk);
	assert_int_equal(n, 5);
	/* a comma in a form must be in the text; spaces are spaces */
	assert_int_equal(match(lex, "in Korea, North", 1, &n), nk);
	assert_int_equal(n, 2);
	assert_int_equal(match(lex, "in Korea North", 1, &n), -1);
	assert_int_equal(match(lex, "in N. Korea", 1, &n), nk);
	assert_int_equal(match(lex, "in C\xC3\xB4te d'Ivoire", 1, &n), ci);
	assert_int_equal(n, 2);
	/* one-word forms of persons are short names, not phrases */
	assert_int_equal(match(lex, "Kim said", 0, &n), -1);
	ids = g_hash_table_lookup(lex->shorts, "Kim");
	assert_non_null(ids);
	assert_int_equal(ids->len, 2);
	assert_int_equal(((struct gaz_entry *)g_ptr_array_index(lex->entries,
	    lex_find(lex, "Kim Jong Un")))->link, nk);
	lex_free(lex);
}

/* Cue forms by word and by stem, their objects; word classes. */
static void
test_gaz_cues(void **state)
{
	struct lex	*lex = lex_from_strings(NULL, cues);
	GStringChunk	*chunk = g_string_chunk_new(64);
	GArray		*toks, *hits;
	const struct cue *c;

	(void)state;
	/* a code outside CAMEO and an unknown class are refused */
	assert_int_equal(lex->cues->len, 3);
	c = g_ptr_array_index(lex->cues, 0);
	assert_string_equal(c->label, "signed");
	/* the polarity comes from the code's Goldstein value */
	assert_int_equal(c->pol, POL_COOPERATIVE);
	assert_string_equal(c->cls, "agreement");
	assert_string_equal(c->cameo, "057");
	assert_true(c->goldstein > 7.9 && c->goldstein < 8.1);
	c = g_ptr_array_index(lex->cues, 1);
	assert_int_equal(c->pol, POL_HOSTILE);
	assert_string_equal(c->cls, "force");
	c = g_ptr_array_index(lex->cues, 2);
	assert_int_equal(c->pol, POL_NEUTRAL);
	assert_null(c->cameo);
	assert_ptr_equal(lex_label_cue(lex, "Attack"), g_ptr_array_index(
	    lex->cues, 1));
	assert_null(lex_label_cue(lex, "greeting"));
	c = g_ptr_array_index(lex->cues, 0);
	assert_int_equal(c->obj, OBJ_DIRECT);
	assert_int_equal(c->preps->len, 1);
	assert_string_equal(g_ptr_array_index(c->preps, 0), "with");
	toks = words(lex, "The Minister signed off, signing it", chunk);
	assert_int_equal(toks->len, 6);
	assert_true(g_array_index(toks, struct tok, 1).wc & WC_TITLE);
	assert_false(g_array_index(toks, struct tok, 2).wc & WC_TITLE);
	hits = g_array_new(FALSE, FALSE, sizeof(struct cue_hit));
	/* "signed off" by its words, "signed" by the stem */
	lex_cues(lex, (const struct tok *)(void *)toks->data, toks->len, 2,
	    hits);
	assert_int_equal(hits->len, 2);
	assert_int_equal(g_array_index(hits, struct cue_hit, 0).ntok, 2);
	assert_int_equal(g_array_index(hits, struct cue_hit, 1).ntok, 1);
	g_array_set_size(hits, 0);
	lex_cues(lex, (const struct tok *)(void *)toks->data, toks->len, 4,
	    hits);
	assert_int_equal(hits->len, 1);
	g_array_set_size(hits, 0);
	lex_cues(lex, (const struct tok *)(void *)toks->data, toks->len, 5,
	    hits);
	assert_int_equal(hits->len, 0);
	g_array_free(hits, TRUE);
	g_array_free(toks, TRUE);
	g_string_chunk_free(chunk);
	lex_free(lex);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gaz_names),
		cmocka_unit_test(test_gaz_cues),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
