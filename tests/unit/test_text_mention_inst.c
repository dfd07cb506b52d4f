/* SPDX-License-Identifier: MIT */
/* Unit tests of a state's institutions named by common nouns in English
 * (text_mention_inst.c): "Peru's army", "the Chilean police", a bare
 * "police" in a text about one state, and the phrases that name no
 * institution. */
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

#include "mentionlangfixture.h"

/* A possessive or a demonym before the noun names the state; the
 * organisation is named by the demonym, one mention with the state's
 * form (the subject of its clause). */
static void
test_inst_state(void **state)
{
	(void)state;
	run_lang("en", "Peru voted. Peru waited. Peru's army seized the "
	    "airport on Monday. The Chilean police arrested two men.\n");
	is_mention("Peru's army", "Peruvian army", TM_METONYM);
	is_mention("Peru", "Peru", 0);
	/* Chile's, a state the text names less: Chile acts */
	no_mention("The Chilean police");
	assert_int_equal(kind_of("Peruvian army"), TA_ORG);
	text_free(txt);
	run_lang("en", "Chile voted. Chile waited. The Chilean police "
	    "arrested two men. "
	    "Soldiers detained the mayor.\n");
	is_mention("The Chilean police", "Chilean police", 0);
	is_mention("Soldiers", "Chilean army", 0);
	text_free(txt);
	/* an army of a state named not twice as often as another acts
	 * abroad: the state acts, and "Peruvian soldiers" are Peru's */
	run_lang("en", "Peru voted. Peru waited. Chile voted. Chile "
	    "waited. Peru's army crossed into Chile. Peruvian soldiers "
	    "fired.\n");
	no_mention("Peru's army");
	assert_non_null(mention("Peru", 2));
	assert_true(mention("Peru", 2)->flags & TM_POSS);
	no_mention("Peruvian soldiers");
	assert_int_equal(actor("Peruvian army"), -1);
	text_free(txt);
	/* "the army of X"; "military" and "army" are one body */
	run_lang("en", "Peru voted. The army of Peru took power. Later "
	    "Peru's military closed the border.\n");
	is_mention("The army", "Peruvian army", 0);
	is_mention("Peru's military", "Peruvian army", 0);
}

/* No state named: the state the text is about, when it dominates and
 * is the last state named. */
static void
test_inst_dominant(void **state)
{
	(void)state;
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru waited. Police fired tear gas in Lima. The election "
	    "commission said the count was fair.\n");
	is_mention("Police", "Peruvian police", 0);
	is_mention("The election commission", "Peruvian election commission",
	    0);
	text_free(txt);
	/* another state named last, or no state dominating: nothing */
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru waited. Chile said the army was ready.\n");
	no_mention("army");
	text_free(txt);
	run_lang("en", "Peru and Chile met. The parliament voted.\n");
	no_mention("parliament");
}

/* A noun before another noun, a generic article, a modifier of another
 * level: no institution. */
static void
test_inst_generic(void **state)
{
	(void)state;
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru waited. A police officer was hurt. The military base "
	    "was closed. The regional parliament met in Cusco.\n");
	no_mention("police");
	no_mention("military");
	no_mention("parliament");
	text_free(txt);
	/* the body of a state the text names less: that state acts;
	 * a body named once in passing is no actor */
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru waited. Chile's army was put on alert. Peru lost seats "
	    "in parliament. The Chilean navy joined the army.\n");
	no_mention("Chile's army");
	is_mention("Chile", "Chile", 0);
	no_mention("parliament");
	no_mention("the army");
	assert_int_equal(actor("Peruvian army"), -1);
}

/* The state of words before the noun ("the country's army", "its
 * parliament"); "the ruling military junta" is the army; a noun joined
 * to the next word or before another body's noun is no body. */
static void
test_inst_forms(void **state)
{
	(void)state;
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru's president resigned. The country's army seized power. "
	    "The ruling military junta said elections would follow. Its "
	    "parliament was dissolved.\n");
	is_mention("army", "Peruvian army", TM_METONYM);
	is_mention("The ruling military junta", "Peruvian army", 0);
	is_mention("parliament", "Peruvian parliament", 0);
	text_free(txt);
	run_lang("en", "Peru voted on Sunday. Peru counted the ballots. "
	    "Peru waited. The military-backed party won. The military-"
	    "backed party ruled. The military police arrested ten men. "
	    "The military police left.\n");
	no_mention("military");
	no_mention("The military");
	no_mention("police");
	assert_int_equal(actor("Peruvian army"), -1);
	assert_int_equal(actor("Peruvian police"), -1);
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_inst_state),
		T(test_inst_dominant),
		T(test_inst_generic),
		T(test_inst_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
