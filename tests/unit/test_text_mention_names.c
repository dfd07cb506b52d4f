/* SPDX-License-Identifier: MIT */
/* Unit tests of the text layer's persons named in full and then by
 * surname, in appositions and pairs (text_mention.c). */
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

/* A small gazetteer of made-up and real forms: kind, name, official,
 * capitals, demonyms, other names, link. */
static const char gaz[] =
    "state\tRussia\tRussian Federation\tMoscow\tRussian|Russians\t"
    "Kremlin^\t-\n"
    "state\tUnited States\t-\tWashington~\tAmerican|Americans\t"
    "US|U.S.|America|White House^\t-\n"
    "state\tNiger\t-\tNiamey\tNigerien\t-\t-\n"
    "state\tFrance\t-\tParis~\tFrench\t-\t-\n"
    "state\tUnited Kingdom\t-\tLondon\tBritish|English\t-\t-\n"
    "state\tNorth Korea\t-\tPyongyang\tNorth Korean\t-\t-\n"
    "state\tSouth Korea\t-\tSeoul\tSouth Korean\t-\t-\n"
    "org\tUnited Nations\t-\t-\t-\tUN\t-\n"
    "org\tECOWAS\t-\t-\t-\t-\t-\n"
    "org\tTaliban\t-\t-\t-\t-\t-\n"
    "person\tVladimir Putin\t-\t-\t-\tPutin\tRussia\n"
    "ambiguous\tKorea\t-\t-\tKorean\t-\tNorth Korea|South Korea\n"
    "none\tKorean Peninsula\t-\t-\t-\t-\t-\n";

#include "mentionfixture.h"

/* --- persons named in full, then by surname ----------------------------- */

/* A full name with no context is a person once its surname comes back
 * alone. */
static void
test_surname_returns(void **state)
{
	(void)state;
	run("The count gave Oksana Verenko just 10%. Verenko went to the "
	    "court the next day.\n");
	assert_int_equal(kind_of("Oksana Verenko"), TA_PERSON);
	is_mention("Oksana Verenko", "Oksana Verenko", 0);
	is_mention("Verenko", "Oksana Verenko", TM_SHORT);
}

/* A full name twice, once before a finite verb: a person. */
/* An English surname with its particle is the person's, not another
 * person ("Le Drian" after "Jean-Yves Le Drian"); a run of words of a
 * name without a particle makes no such link. */
static void
test_surname_particle(void **state)
{
	(void)state;
	run("Foreign Minister Jean-Yves Le Drian called it a stab in the "
	    "back. Le Drian said the envoys would return.\n");
	assert_int_equal(actor("Le Drian"), -1);
	is_mention("Le Drian", "Jean-Yves Le Drian", 0);
}

static void
test_full_name_twice_subject(void **state)
{
	(void)state;
	run("Soon after Oksana Verenko won the vote, taxes fell. Four days "
	    "later Oksana Verenko fled the country.\n");
	assert_int_equal(kind_of("Oksana Verenko"), TA_PERSON);
	assert_int_equal(text_actor(txt, actor("Oksana Verenko"))->mentions,
	    2);
}

/* Twice but never a subject: a place as likely, no actor. */
static void
test_full_name_twice_no_subject(void **state)
{
	(void)state;
	run("Aid reached Port Lindo on Monday. Ships left Port Lindo at "
	    "dawn.\n");
	assert_int_equal(actor("Port Lindo"), -1);
}

/* Not after an article: "the Brandt report" is no person. */
static void
test_surname_returns_not_after_article(void **state)
{
	(void)state;
	run("Aid went to Willy Brandt Place. The Brandt was full.\n");
	assert_int_equal(actor("Willy Brandt Place"), -1);
	assert_int_equal(actor("Brandt"), -1);
}

/* Not the last word of a longer capitalised phrase ("North Korea"
 * after "the Russia-North Korea ties", no gazetteer). */
static void
test_surname_returns_not_in_phrase(void **state)
{
	(void)state;
	run_with("Ties grew in the Russia-North Lindo relationship. North "
	    "Lindo sent troops.\n", NULL);
	assert_int_equal(actor("Russia-North Lindo"), -1);
}

/* German capitalises every noun: a word alone proves nothing. */
static void
test_surname_returns_not_german(void **state)
{
	(void)state;
	read_doc("---\ntitle: T\ndate: 2024-03-12\nlang: de\n---\n\n"
	    "Es gab Milliarden Kubikmeter Gas. Das Gas strömte aus.\n");
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
	assert_int_equal(actor("Milliarden Kubikmeter Gas"), -1);
}

/* An age and an occupation in the apposition; a demonym before a
 * teacher is the language taught, no state. */
static void
test_apposition_age_occupation(void **state)
{
	(void)state;
	run("The count gave Oksana Verenko, a 37-year-old former English "
	    "teacher, just 10%.\n");
	assert_int_equal(kind_of("Oksana Verenko"), TA_PERSON);
	assert_string_equal(state_of("Oksana Verenko"), "");
}

/* ", his deputy and a former mayor", "His widow, X,". */
static void
test_apposition_his(void **state)
{
	(void)state;
	run("President Musa Sall resigned. Karim Toure, his deputy and a "
	    "former mayor, took over.\n");
	assert_int_equal(kind_of("Karim Toure"), TA_PERSON);
}

static void
test_title_aside_his(void **state)
{
	(void)state;
	run("He died in a crash. His widow, Awa Sall, sat in front.\n");
	assert_int_equal(kind_of("Awa Sall"), TA_PERSON);
	no_mention("Sall");
}

/* "the Nobel laureate X", "X's husband, Y, a video blogger". */
static void
test_occupation_titles(void **state)
{
	(void)state;
	run("Members include the Nobel laureate Irina Vasko. Vasko's "
	    "husband, Pavel Dorin, a video blogger, is in prison.\n");
	assert_int_equal(kind_of("Irina Vasko"), TA_PERSON);
	assert_int_equal(kind_of("Pavel Dorin"), TA_PERSON);
}

/* "led by X": a person; "led by the Workers Party": no person. */
static void
test_led_by(void **state)
{
	(void)state;
	run("The campaign, led by Alan Dunmore, held a lead. A march "
	    "led by Workers Party members followed.\n");
	assert_int_equal(kind_of("Alan Dunmore"), TA_PERSON);
	assert_int_equal(kind_of("Workers Party"), TA_ORG);
}

/* "the administration of X", "X resigned as finance minister": a
 * person; a firm that "served as adviser" is none. */
static void
test_office_context(void **state)
{
	(void)state;
	run("The administration of Walter P. Cobb rejected it. Elena "
	    "Markou resigned as finance minister the next morning. Orton "
	    "Brandt served as adviser.\n");
	assert_int_equal(kind_of("Walter P. Cobb"), TA_PERSON);
	assert_int_equal(kind_of("Elena Markou"), TA_PERSON);
	assert_true(actor("Orton Brandt") < 0 ||
	    kind_of("Orton Brandt") != TA_PERSON);
}

/* Two names and one plural title: both persons. */
static void
test_pair_apposition(void **state)
{
	(void)state;
	run("A judge jailed Jaume Serra and Pere Vidal, the leaders of two "
	    "civic groups.\n");
	assert_int_equal(kind_of("Jaume Serra"), TA_PERSON);
	assert_int_equal(kind_of("Pere Vidal"), TA_PERSON);
}

/* "King Felipe VI": the number is in the name, and "Felipe" alone is
 * the same king, no other actor. */
static void
test_regnal_number(void **state)
{
	(void)state;
	run("King Carlos IV spoke on television. Carlos said nothing "
	    "more.\n");
	assert_int_equal(kind_of("Carlos IV"), TA_PERSON);
	is_mention("Carlos", "Carlos IV", 0);
	assert_int_equal(actor("Carlos"), -1);
}

/* "I" is no number. */
static void
test_regnal_not_i(void **state)
{
	(void)state;
	run("President Musa Sall I said no.\n");
	assert_int_equal(kind_of("Musa Sall"), TA_PERSON);
}

/* "Lord Smith of Kelvin": a peer's seat is in the name, his surname is
 * Smith. */
static void
test_peer(void **state)
{
	(void)state;
	run("He named Lord Dunmore of Kelvin to lead the talks. The Dunmore "
	    "commission reports in May.\n");
	assert_int_equal(kind_of("Dunmore of Kelvin"), TA_PERSON);
	is_mention("Dunmore", "Dunmore of Kelvin", 0);
	assert_int_equal(actor("Dunmore"), -1);
}

/* --- he/she --------------------------------------------------------------- */

/* "the first minister": "first" is part of the title, not a stop. */
static void
test_apposition_first(void **state)
{
	(void)state;
	run("Musa Sall, the first minister, announced his resignation.\n");
	assert_int_equal(kind_of("Musa Sall"), TA_PERSON);
	is_mention("his", "Musa Sall", TM_PRONOUN);
}

/* "X, his deputy": "his" is not X. */
static void
test_apposition_his_other(void **state)
{
	(void)state;
	run("President Musa Sall will step down. Ali Diop, his deputy, is "
	    "the favourite.\n");
	is_mention("his", "Musa Sall", TM_PRONOUN);
}

/* A he/she two or three sentences after the only person named. */
static void
test_pronoun_far_only_person(void **state)
{
	(void)state;
	run("Police arrested President Musa Sall.\n\nThe West imposed "
	    "sanctions. Output fell by 2%. This time the economy gives him "
	    "less room.\n");
	is_mention("him", "Musa Sall", TM_PRONOUN);
}

/* Not when two persons stand in those sentences, nor further back. */
static void
test_pronoun_far_two_persons(void **state)
{
	(void)state;
	run("President Musa Sall met President Ali Diop. The West imposed "
	    "sanctions. Output fell. This time the economy gives him less "
	    "room.\n");
	no_mention("him");
}

static void
test_pronoun_far_too_far(void **state)
{
	(void)state;
	run("Police arrested President Musa Sall. Talks failed. The West "
	    "imposed sanctions. Output fell by 2%. This time the economy "
	    "gives him less room.\n");
	no_mention("him");
}

/* --- bodies named by title words and a state's form --------------------- */

/* Named twice: an organisation tied to the state, both mentions. */
static void
test_body_twice(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("Lawyers went to the Russian Senate on Monday. On Friday the "
	    "plan reached the Russian Senate again.\n");
	assert_int_equal(kind_of("Russian Senate"), TA_ORG);
	assert_string_equal(state_of("Russian Senate"), "Russia");
	m = mention("Russian Senate", 0);
	assert_non_null(m);
	assert_string_equal(text_actor(txt, m->actor)->name,
	    "Russian Senate");
	assert_int_equal(text_actor(txt, actor("Russian Senate"))->mentions,
	    2);
}

/* A subject: an organisation at once. */
static void
test_body_subject(void **state)
{
	(void)state;
	run("The Supreme Court ruled against the plan.\n");
	assert_int_equal(kind_of("Supreme Court"), TA_ORG);
}

/* Once, no subject: no actor; the state's form keeps its mention. */
static void
test_body_once(void **state)
{
	(void)state;
	run("Lawyers went to the Supreme Court. The Russian Senate on "
	    "Monday.\n");
	assert_int_equal(actor("Supreme Court"), -1);
	assert_int_equal(actor("Russian Senate"), -1);
	is_mention("Russian", "Russia", TM_DEMONYM);
}

/* A state's executive organ stays the state's. */
static void
test_body_not_ministry(void **state)
{
	(void)state;
	run("The Russian Foreign Ministry said no. The Russian Foreign "
	    "Ministry said it twice.\n");
	assert_int_equal(actor("Russian Foreign Ministry"), -1);
	is_mention("Russian", "Russia", TM_DEMONYM);
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_surname_returns),
		T(test_surname_particle),
		T(test_surname_returns_not_after_article),
		T(test_full_name_twice_subject),
		T(test_full_name_twice_no_subject),
		T(test_surname_returns_not_in_phrase),
		T(test_surname_returns_not_german),
		T(test_apposition_age_occupation),
		T(test_apposition_his),
		T(test_title_aside_his),
		T(test_occupation_titles),
		T(test_led_by),
		T(test_office_context),
		T(test_pair_apposition),
		T(test_regnal_number),
		T(test_regnal_not_i),
		T(test_peer),
		T(test_apposition_first),
		T(test_apposition_his_other),
		T(test_pronoun_far_only_person),
		T(test_pronoun_far_two_persons),
		T(test_pronoun_far_too_far),
		T(test_body_twice),
		T(test_body_subject),
		T(test_body_once),
		T(test_body_not_ministry),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
