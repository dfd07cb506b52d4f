/* SPDX-License-Identifier: MIT */
/* Unit tests of the text layer's coreference stage (text_coref.c). */
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

/* A small gazetteer: kind, name, official, capitals, demonyms, other
 * names, link. */
static const char gaz[] =
    "state\tRussia\tRussian Federation\tMoscow\tRussian|Russians\t"
    "Kremlin^\t-\n"
    "state\tFrance\t-\tParis~\tFrench\t-\t-\n"
    "state\tGermany\t-\tBerlin\tGerman\t-\t-\n"
    "state\tTurkey\t-\tAnkara\tTurkish\t-\t-\n"
    "state\tNorth Korea\t-\tPyongyang\tNorth Korean\t-\t-\n"
    "org\tECOWAS\t-\t-\t-\t-\t-\n"
    "person\tVladimir Putin\t-\t-\t-\tPutin\tRussia\n";

static struct text	*txt;
static struct lex	*lex;

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	lex = lex_from_strings(gaz, NULL);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	text_free(txt);
	txt = NULL;
	lex_free(lex);
	lex = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	return 0;
}

static struct text *
run(const char *body)
{
	GString	*md = g_string_new("---\ntitle: T\ndate: 2024-03-12\n---\n\n");

	g_string_append(md, body);
	read_doc(md->str);
	g_string_free(md, TRUE);
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
	return txt;
}

/* Tokens [f, f + n) as their source text, in buf. */
static const char *
span(guint f, guint n, char *buf, size_t size)
{
	size_t	a, b;

	if (n == 0)
		return "";
	a = text_tok(txt, f)->start;
	b = text_tok(txt, f + n - 1)->end;
	g_strlcpy(buf, src->buf + a, MIN(size, b - a + 1));
	return buf;
}

/* The first clause whose verb group reads verb. */
static const struct text_clause *
clause(const char *verb)
{
	const struct text_clause *c;
	char	 buf[256];
	guint	 i;

	for (i = 0; i < txt->clauses->len; i++) {
		c = text_clause(txt, i);
		if (strcmp(span(c->verb_first, c->verb_n, buf, sizeof(buf)),
		    verb) == 0)
			return c;
	}
	fail_msg("no clause of verb '%s'", verb);
	return NULL;
}

/* The antecedent of the clause of verb reads want ("": none). */
static void
ante_is(const char *verb, const char *want)
{
	const struct text_clause *c = clause(verb);
	char	 buf[256];

	assert_string_equal(span(c->ante_first, c->ante_n, buf, sizeof(buf)),
	    want);
}

/* The actor of the clause of verb is name (NULL: none). */
static void
actor_is(const char *verb, const char *name)
{
	const struct text_clause *c = clause(verb);

	if (name == NULL) {
		if (c->subject >= 0)
			fail_msg("'%s' has actor %s", verb,
			    text_actor(txt, c->subject)->name);
		return;
	}
	assert_true(c->subject >= 0);
	assert_string_equal(text_actor(txt, c->subject)->name, name);
}

/* The actor of the first mention whose source text is s. */
static const char *
mention_actor(const char *s)
{
	const struct text_mention *m;
	guint	i;

	for (i = 0; i < txt->mentions->len; i++) {
		m = text_mention(txt, i);
		if (m->end - m->start == strlen(s) &&
		    memcmp(src->buf + m->start, s, strlen(s)) == 0)
			return text_actor(txt, m->actor)->name;
	}
	return "";
}

/* --- "it" ----------------------------------------------------------------- */

static void
test_it_previous_subject(void **state)
{
	(void)state;
	run("The junta dissolved the parliament.  On Monday it named a "
	    "civilian as prime minister.\n");
	ante_is("named", "The junta");
	actor_is("named", NULL);
}

static void
test_it_named_actor(void **state)
{
	(void)state;
	run("ECOWAS held a summit in Abuja.  On Monday it ordered the "
	    "activation of a standby force.\n");
	ante_is("ordered", "ECOWAS");
	actor_is("ordered", "ECOWAS");
}

static void
test_it_not_plural(void **state)
{
	(void)state;
	/* the rebels are plural: the port, though an object */
	run("The rebels seized the port.  On Friday it was shelled.\n");
	ante_is("was shelled", "the port");
}

static void
test_it_not_person(void **state)
{
	(void)state;
	run("The ministry sent the envoy.  The president received the "
	    "letter.  Later it issued a statement.\n");
	/* not the president (a person); the ministry, a subject two
	 * sentences back, outweighs the nearer object */
	ante_is("issued", "The ministry");
}

static void
test_it_apposition_cut(void **state)
{
	(void)state;
	run("The council, a body of senior officers, rejected the demand.  "
	    "Later it named a cabinet.\n");
	ante_is("named", "The council");
}

static void
test_it_chain(void **state)
{
	(void)state;
	run("The junta rejected the ultimatum.  On Monday it named a "
	    "cabinet, and on Tuesday it said it was ending the "
	    "agreements.\n");
	ante_is("named", "The junta");
	ante_is("said", "The junta");
	ante_is("was ending", "The junta");
}

static void
test_it_expletive(void **state)
{
	(void)state;
	run("The talks resumed in Geneva.  On Monday it was unclear "
	    "whether the delegations would stay.\n");
	ante_is("was", "");
}

static void
test_it_passive_referential(void **state)
{
	(void)state;
	run("The treaty never came close.  It was rejected by a large "
	    "majority on 15 January.\n");
	ante_is("was rejected", "The treaty");
}

static void
test_possessive_np(void **state)
{
	(void)state;
	/* "May's" is no phrase by itself: its head follows */
	run("May's deal never came close.  It was rejected by 230 votes.\n");
	ante_is("was rejected", "May's deal");
}

static void
test_it_speaker(void **state)
{
	(void)state;
	run("The problem for the government is that the party said on "
	    "Thursday that it could not support the deal.\n");
	ante_is("could not support", "the party");
}

static void
test_it_speaker_nearest(void **state)
{
	(void)state;
	/* the verb "it" hangs on is "said", not "was postponed" */
	run("The vote was postponed after the treasury said it could not "
	    "pay for it.\n");
	ante_is("could not pay", "the treasury");
}

static void
test_it_mention_checked(void **state)
{
	(void)state;
	/* the mentions' "it" is the state named last, a modifier here;
	 * the clauses' subject stands for it */
	run("Russia has built new bases, according to French estimates, "
	    "and it shows no sign of stopping.\n");
	actor_is("shows", "Russia");
	assert_string_equal(mention_actor("it"), "Russia");
	assert_int_equal(text_actor(txt, 0)->mentions +
	    text_actor(txt, 1)->mentions, 3);
}

static void
test_it_mention_kept(void **state)
{
	(void)state;
	/* France is an object near: the mentions' choice stands */
	run("Russia warned France on Monday, and it recalled its envoy.\n");
	actor_is("recalled", "France");
}

/* --- "they" --------------------------------------------------------------- */

static void
test_they_plural(void **state)
{
	(void)state;
	run("The outgunned forces held out for a day.  On September 20, "
	    "they accepted a ceasefire mediated by the peacekeepers.\n");
	ante_is("accepted", "The outgunned forces");
}

static void
test_they_coordination(void **state)
{
	(void)state;
	run("France and Germany signed the accord in 2019.  In 2021 they "
	    "extended it.\n");
	ante_is("extended", "France and Germany");
	/* two actors: the clause names neither */
	actor_is("extended", NULL);
}

static void
test_they_relative_cut(void **state)
{
	(void)state;
	run("The officers who seized power dissolved the assembly.  On "
	    "Monday they named a prime minister.\n");
	ante_is("named", "The officers");
}

static void
test_they_not_own_antecedent(void **state)
{
	(void)state;
	/* the restrictions are what they imposed, not who */
	run("Turkey wants the two states to lift the restrictions that "
	    "they imposed in 2019.\n");
	ante_is("imposed", "the two states");
}

static void
test_they_not_singular(void **state)
{
	(void)state;
	/* a group noun may be "they", and a subject outweighs */
	run("The committee met the farmers.  Later they left.\n");
	ante_is("left", "The committee");
}

static void
test_they_plural_object(void **state)
{
	(void)state;
	/* the plan is singular: the farmers */
	run("The plan angered the farmers.  Later they left.\n");
	ante_is("left", "the farmers");
}

/* --- he and she ----------------------------------------------------------- */

static void
test_he_person_noun(void **state)
{
	(void)state;
	run("The 81-year-old leader spoke first.  The summit lasted three "
	    "hours.  Later he left the city.\n");
	ante_is("left", "The 81-year-old leader");
}

static void
test_he_unknown_name(void **state)
{
	(void)state;
	/* a name no mention took may be a person's */
	run("The bloc sent troops to force Yahya Jallow to step down after "
	    "he lost an election.\n");
	ante_is("lost", "Yahya Jallow");
}

static void
test_they_abbreviation(void **state)
{
	(void)state;
	run("U.N. officials said that they expected a deal.\n");
	ante_is("expected", "U.N. officials");
}

static void
test_they_postpositive(void **state)
{
	(void)state;
	/* the head is "elections", not "due" */
	run("Local elections due on March 9th were postponed.  Later they "
	    "were held in May.\n");
	ante_is("were held", "Local elections due on March 9th");
}

static void
test_she_not_male(void **state)
{
	(void)state;
	run("The spokesman read the statement.  The summit lasted three "
	    "hours.  Later she left the city.\n");
	ante_is("left", "");
}

/* --- scope ---------------------------------------------------------------- */

static void
test_not_across_paragraphs(void **state)
{
	(void)state;
	run("The junta dissolved the parliament.\n\nOn Monday it named a "
	    "prime minister.\n");
	ante_is("named", "");
}

static void
test_not_too_far(void **state)
{
	(void)state;
	run("The junta dissolved the parliament.  Many protested.  Many "
	    "left.  Many hid.  On Monday it named a prime minister.\n");
	ante_is("named", "");
}

/* --- possessives ---------------------------------------------------------- */

static void
test_possessive_subject(void **state)
{
	(void)state;
	run("North Korean leader Kim Jong Un met Vladimir Putin on "
	    "Wednesday during his visit to the east.\n");
	assert_string_equal(mention_actor("his"), "Kim Jong Un");
}

static void
test_possessive_gender(void **state)
{
	(void)state;
	/* a subject of the other gender keeps the pronoun's person */
	run("Vladimir Putin arrived.  Ms Lee Hana met Vladimir Putin "
	    "on Wednesday during his visit.\n");
	assert_string_equal(mention_actor("his"), "Vladimir Putin");
}

static void
test_possessive_in_subject(void **state)
{
	(void)state;
	/* "his government" is the subject itself: not its own subject */
	run("Vladimir Putin spoke.  His government, led by Mr Mishustin, "
	    "resigned on Friday.\n");
	assert_string_equal(mention_actor("His"), "Vladimir Putin");
}

static void
test_possessive_apposition(void **state)
{
	(void)state;
	/* "X, his deputy, is": the apposition speaks of another */
	run("President Musa Sall resigned.  Ali Diop, his deputy, is the "
	    "favourite to succeed him.\n");
	assert_string_equal(mention_actor("his"), "Musa Sall");
}

/* --- bounds --------------------------------------------------------------- */

static void
test_long_text_linear(void **state)
{
	GString	*body = g_string_new(NULL);
	gint64	 t0;
	guint	 i;

	(void)state;
	for (i = 0; i < 20000; i++)
		g_string_append(body, "the committee said that it would "
		    "act and they agreed ");
	g_string_append(body, ".\n");
	t0 = g_get_monotonic_time();
	run(body->str);
	g_string_free(body, TRUE);
	assert_true(g_get_monotonic_time() - t0 < 20 * G_USEC_PER_SEC);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_it_previous_subject),
		T(test_it_named_actor),
		T(test_it_not_plural),
		T(test_it_not_person),
		T(test_it_apposition_cut),
		T(test_it_chain),
		T(test_it_expletive),
		T(test_it_passive_referential),
		T(test_possessive_np),
		T(test_it_speaker),
		T(test_it_speaker_nearest),
		T(test_it_mention_checked),
		T(test_it_mention_kept),
		T(test_they_plural),
		T(test_they_coordination),
		T(test_they_relative_cut),
		T(test_they_not_own_antecedent),
		T(test_they_not_singular),
		T(test_they_plural_object),
		T(test_he_person_noun),
		T(test_he_unknown_name),
		T(test_they_abbreviation),
		T(test_they_postpositive),
		T(test_she_not_male),
		T(test_not_across_paragraphs),
		T(test_not_too_far),
		T(test_possessive_subject),
		T(test_possessive_gender),
		T(test_possessive_in_subject),
		T(test_possessive_apposition),
		T(test_long_text_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
