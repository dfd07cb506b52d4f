/* SPDX-License-Identifier: MIT */
/*
 * English relations from clauses (src/extract_rel.c): the act each cue
 * names, its CAMEO class and code, the mode the text states it in, a
 * broker's parties, refusals, denials, and a subject read from the
 * clause.  The sentences are the tests' own.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>

#include "capture.h"
#include "extractfixture.h"

/* Number of relations between a and b, any label, either way. */
static int
between(const struct graph *g, const char *a, const char *b)
{
	const struct relation *r;
	const char	*f, *t;
	guint		 i;
	int		 n = 0;

	for (i = 0; i < g->relations->len; i++) {
		r = g_ptr_array_index(g->relations, i);
		f = ((const struct actor *)g_ptr_array_index(g->actors,
		    r->from))->name;
		t = ((const struct actor *)g_ptr_array_index(g->actors,
		    r->to))->name;
		if ((strcmp(f, a) == 0 && strcmp(t, b) == 0) ||
		    (strcmp(f, b) == 0 && strcmp(t, a) == 0))
			n++;
	}
	return n;
}

/* A broker relates to both parties, and the parties to each other. */
static void
test_rel_broker(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("Qatar brokered a truce between Israel and Hamas "
	    "last week.\n");
	r = relation(g, "Qatar", "Israel", "mediation", 1);
	assert_non_null(r);
	assert_string_equal(r->cameo, "045");
	assert_string_equal(r->cls, "diplomacy");
	assert_int_equal(r->polarity, POL_COOPERATIVE);
	assert_non_null(relation(g, "Qatar", "Hamas", "mediation", 1));
	r = relation(g, "Israel", "Hamas", "agreement", 0);
	assert_non_null(r);
	assert_string_equal(r->cameo, "057");
	graph_free(g);
	/* a participle after the act's noun: its agent brokers, the
	 * parties are the clause's conjoined subject */
	g = run_text("Peru and Chile signed a truce brokered by Brazil.\n");
	assert_non_null(relation(g, "Brazil", "Peru", "mediation", 1));
	assert_non_null(relation(g, "Brazil", "Chile", "mediation", 1));
	assert_non_null(relation(g, "Peru", "Chile", "agreement", 0));
	graph_free(g);
	g = run_text("Norway mediated between Sri Lanka and India.\n");
	assert_non_null(relation(g, "Norway", "Sri Lanka", "mediation", 1));
	assert_non_null(relation(g, "Norway", "India", "mediation", 1));
	graph_free(g);
}

/* Negated and denied acts are not the acts; a refused tie is a
 * rejection. */
static void
test_rel_negation(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("Egypt did not attack Sudan.\n");
	assert_int_equal(between(g, "Egypt", "Sudan"), 0);
	graph_free(g);
	g = run_text("Iran denied arming Hezbollah.\n");
	assert_int_equal(between(g, "Iran", "Hezbollah"), 0);
	graph_free(g);
	g = run_text("Turkey has refused to recognise Cyprus.\n");
	r = relation(g, "Turkey", "Cyprus", "refusal", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_HOSTILE);
	assert_string_equal(r->cameo, "12");
	assert_int_equal(between(g, "Turkey", "Cyprus"), 1);
	graph_free(g);
	g = run_text("Mali has bought drones from Turkey while refusing "
	    "to join sanctions on Russia.\n");
	assert_int_equal(between(g, "Mali", "Russia"), 0);
	assert_non_null(relation(g, "Turkey", "Mali", "drones", 1));
	graph_free(g);
	/* the gerund after "of" is the object's act */
	g = run_text("Serbia accused the army of attacking Kosovo.\n");
	assert_int_equal(between(g, "Serbia", "Kosovo"), 0);
	graph_free(g);
	g = run_text("Talks with Kenya produced no agreement. The IMF froze "
	    "its lending to Zambia.\n");
	assert_null(relation(g, "Kenya", "Zambia", "agreement", 0));
	assert_non_null(relation(g, "IMF", "Zambia", "rupture", 1));
	assert_null(relation(g, "IMF", "Zambia", "funding", 1));
	graph_free(g);
	/* kept from happening; "no" before an adjective and its noun */
	g = run_text("Kenya was praised for halting plans to annex the "
	    "islands of Somalia. Ghana would prevent Togo from using its "
	    "ports to attack Benin. Peru said Bolivia's army posed no "
	    "direct threat to Chile.\n");
	assert_null(relation(g, "Kenya", "Somalia", "annexation", 1));
	assert_int_equal(between(g, "Togo", "Benin"), 0);
	assert_int_equal(between(g, "Bolivia", "Chile"), 0);
	graph_free(g);
	/* a war "in" a place is with it only when it is someone's war */
	g = run_text("Kenya backed any effort to end the war in Sudan. "
	    "Moscow, absorbed by its war in Ukraine, said nothing.\n");
	assert_int_equal(between(g, "Kenya", "Sudan"), 0);
	assert_non_null(relation(g, "Russia", "Ukraine", "war", 0));
	graph_free(g);
	/* a noun in an adjunct of circumstance is not the subject's act */
	g = run_text("Iran exported oil under the European embargo and "
	    "Canadian restrictions.\n");
	assert_int_equal(between(g, "Iran", "Canada"), 0);
	graph_free(g);
	g = run_text("Russia ended its war with Georgia.\n");
	assert_non_null(relation(g, "Russia", "Georgia", "war", 0));
	graph_free(g);
	/* a list after a preposition is no subject; a place no subject */
	g = run_text("Peru recalled its ambassadors to Chile and Bolivia "
	    "for consultations. The rebels used Afghan soil to threaten "
	    "Pakistan.\n");
	assert_int_equal(between(g, "Chile", "Bolivia"), 0);
	assert_int_equal(between(g, "Afghanistan", "Pakistan"), 0);
	graph_free(g);
	/* an actor after "with the" is no subject; ministers from an
	 * actor stand for it; a breaking verb breaks the cue near it */
	g = run_text("Yanukovich walked away from an accord with the "
	    "European Union in favour of closer ties with Moscow.\n\n"
	    "Delegations from Ghana and Togo met Nigerian officials.\n");
	assert_int_equal(between(g, "European Union", "Russia"), 0);
	assert_null(relation(g, "Russia", "Ukraine", "rupture", 1));
	assert_non_null(relation(g, "Ghana", "Nigeria", "meeting", 0));
	assert_non_null(relation(g, "Togo", "Nigeria", "meeting", 0));
	graph_free(g);
	g = run_text("Spain never recognised Kosovo.\n");
	assert_non_null(relation(g, "Spain", "Kosovo", "refusal", 1));
	graph_free(g);
}

/* Possible and planned acts are listed with their mode, never drawn. */
static void
test_rel_mode(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("Chile plans to visit Peru. Brazil could sign an "
	    "agreement with Argentina. Ghana visited Togo.\n");
	r = relation(g, "Chile", "Peru", "visit", 1);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_PLANNED);
	assert_false(r->drawn);
	r = relation(g, "Brazil", "Argentina", "agreement", 0);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_POSSIBLE);
	assert_false(r->drawn);
	r = relation(g, "Ghana", "Togo", "visit", 1);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_DONE);
	assert_true(r->drawn);
	graph_free(g);
}

/* Acts of the classes, each with its code and polarity from
 * the Goldstein scale. */
static void
test_rel_acts(void **state)
{
	static const struct {
		const char	*text, *from, *to, *label, *cls;
		enum polarity	 pol;
	} t[] = {
		{ "The United States lifted sanctions on Cuba.",
		    "United States", "Cuba", "sanctions relief", "coercion",
		    POL_COOPERATIVE },
		{ "Finland joined NATO in April.", "Finland", "NATO",
		    "accession", "agreement", POL_COOPERATIVE },
		{ "Sweden recalled its ambassador from Iran.", "Sweden",
		    "Iran", "recall of envoys", "coercion", POL_HOSTILE },
		{ "Morocco severed ties with Algeria.", "Morocco",
		    "Algeria", "rupture", "coercion", POL_HOSTILE },
		{ "Greece blocked North Macedonia's bid.", "Greece",
		    "North Macedonia", "veto", "coercion", POL_HOSTILE },
		{ "Kenya praised Ethiopia.", "Kenya", "Ethiopia", "praise",
		    "diplomacy", POL_COOPERATIVE },
		{ "Uganda defeated Rwanda.", "Uganda", "Rwanda", "defeat",
		    "force", POL_HOSTILE },
		{ "The United Kingdom trained Ukrainian troops.",
		    "United Kingdom",
		    "Ukraine", "training", "support", POL_COOPERATIVE },
	};
	const struct relation *r;
	struct graph	*g;
	guint		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		g = run_text(t[i].text);
		r = relation(g, t[i].from, t[i].to, t[i].label, 1);
		if (r == NULL)
			fail_msg("no %s -> %s (%s) in \"%s\"", t[i].from,
			    t[i].to, t[i].label, t[i].text);
		assert_string_equal(r->cls, t[i].cls);
		assert_int_equal(r->polarity, t[i].pol);
		assert_non_null(r->cameo);
		graph_free(g);
	}
}

/* A subject read from the clause: a participle takes its clause's. */
static void
test_rel_clause_subject(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("The African Union, meeting in Addis Ababa on "
	    "Sunday, imposed sanctions at its summit, closing its borders "
	    "with Guinea.\n");
	assert_non_null(relation(g, "African Union", "Guinea",
	    "border closure", 1));
	graph_free(g);
	/* a title's state is the person's, not a cue's end */
	g = run_text("Peru's foreign minister, who met Bolivia's president, "
	    "said nothing.\n");
	assert_int_equal(between(g, "Peru", "Peru"), 0);
	graph_free(g);
}

/* The parties of a symmetric act named after "by"; an object is not
 * looked for past the cue's clause. */
static void
test_rel_parties(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("The accord, signed on Monday by Kenya, Uganda and "
	    "Tanzania, ends the dispute.\n");
	assert_non_null(relation(g, "Kenya", "Uganda", "agreement", 0));
	assert_non_null(relation(g, "Kenya", "Tanzania", "agreement", 0));
	assert_non_null(relation(g, "Uganda", "Tanzania", "agreement", 0));
	graph_free(g);
	/* persons after their titles are one list */
	g = run_text("The pact, signed by Kenyan President William Ruto, "
	    "Ugandan President Yoweri Museveni and Tanzanian President "
	    "Samia Suluhu Hassan, ends the row.\n");
	assert_non_null(relation(g, "Kenya", "Uganda", "agreement", 0));
	assert_non_null(relation(g, "Uganda", "Tanzania", "agreement", 0));
	graph_free(g);
	/* what an accusation alleges is not an act */
	g = run_text("Egypt accused Qatar of financing Hamas.\n");
	assert_non_null(relation(g, "Egypt", "Qatar", "accusation", 1));
	assert_int_equal(between(g, "Qatar", "Hamas"), 0);
	graph_free(g);
	g = run_text("Serbia skipped NATO exercises last month and has "
	    "hosted drills with Hungary.\n");
	assert_int_equal(between(g, "NATO", "Hungary"), 0);
	graph_free(g);
	g = run_text("Iraq apologised to Kuwait.\n");
	assert_non_null(relation(g, "Iraq", "Kuwait", "apology", 1));
	graph_free(g);
}

/* Longest forms win; leaving a country is no act against it; two
 * that agree agree with each other. */
static void
test_rel_forms(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("Bahrain withdrew its ambassador from Qatar.\n");
	assert_non_null(relation(g, "Bahrain", "Qatar", "recall of envoys",
	    1));
	assert_null(relation(g, "Bahrain", "Qatar", "withdrawal", 1));
	graph_free(g);
	g = run_text("France withdrew its troops from Mali. Burundi "
	    "withdrew from the African Union.\n");
	r = relation(g, "France", "Mali", "withdrawal", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_NEUTRAL);
	r = relation(g, "Burundi", "African Union", "withdrawal", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_HOSTILE);
	graph_free(g);
	g = run_text("Peru and Ecuador agreed on Monday to end the "
	    "dispute.\n");
	assert_non_null(relation(g, "Peru", "Ecuador", "agreement", 0));
	graph_free(g);
	g = run_text("Georgia is a member of the Council of Europe. "
	    "Chad joined the Russian-led alliance.\n");
	assert_non_null(relation(g, "Georgia", "Council of Europe",
	    "membership", 1));
	assert_int_equal(between(g, "Chad", "Russia"), 0);
	graph_free(g);
	/* the supplier after "from"; an agent noun's possessor */
	g = run_text("Armenia bought weapons, including rockets from "
	    "India.\n\nIreland is Norway's largest gas buyer.\n");
	assert_non_null(relation(g, "India", "Armenia", "missiles", 1));
	assert_non_null(relation(g, "Norway", "Ireland", "energy", 1));
	graph_free(g);
	g = run_text("Cambodia, a close partner of China, said nothing. "
	    "Turkey, the main backer of Azerbaijan, said nothing.\n");
	assert_non_null(relation(g, "Cambodia", "China", "partnership", 0));
	assert_non_null(relation(g, "Turkey", "Azerbaijan", "support", 1));
	graph_free(g);
	/* a participle in apposition, with its agent */
	g = run_text("The juntas of Mali and Niger, both suspended from "
	    "ECOWAS, protested. Kenya, backed by France, sent troops.\n");
	assert_non_null(relation(g, "ECOWAS", "Mali", "suspension", 1));
	assert_non_null(relation(g, "ECOWAS", "Niger", "suspension", 1));
	assert_non_null(relation(g, "France", "Kenya", "support", 1));
	graph_free(g);
	/* an ally named by apposition; a name joined to a participle */
	g = run_text("Belarus, Russia's closest ally, said nothing.\n\n"
	    "The Iran-backed Hezbollah fired rockets into Israel.\n");
	assert_non_null(relation(g, "Belarus", "Russia", "alliance", 0));
	assert_non_null(relation(g, "Iran", "Hezbollah", "support", 1));
	assert_non_null(relation(g, "Hezbollah", "Israel", "attack", 1));
	graph_free(g);
	/* joining an organisation is an accession, a person a meeting */
	g = run_text("Chad joined Nigerian President Bola Tinubu at a news "
	    "conference. Chad joined the African Union.\n");
	assert_null(relation(g, "Chad", "Nigeria", "accession", 1));
	assert_non_null(relation(g, "Chad", "Nigeria", "meeting", 0));
	assert_non_null(relation(g, "Chad", "African Union", "accession",
	    1));
	graph_free(g);
	/* "any" actor after a verb only, not after a noun */
	g = run_text("Peru signed deals to raise copper exports, the first "
	    "since Chile's embargo.\n");
	assert_int_equal(between(g, "Peru", "Chile"), 0);
	graph_free(g);
	/* taken from: the one it is taken from; invaded from: not */
	g = run_text("Russia annexed Crimea from Ukraine. Russia invaded "
	    "Georgia from Armenia.\n");
	assert_non_null(relation(g, "Russia", "Ukraine", "annexation", 1));
	assert_non_null(relation(g, "Russia", "Georgia", "invasion", 1));
	assert_int_equal(between(g, "Russia", "Armenia"), 0);
	graph_free(g);
	/* an invitation accepted comes from the other; a base hosted is
	 * military cooperation, no visit */
	g = run_text("Peru accepted an invitation to visit Chile. Armenia "
	    "hosts a Russian military base.\n");
	assert_non_null(relation(g, "Chile", "Peru", "invitation", 1));
	assert_null(relation(g, "Peru", "Chile", "invitation", 1));
	assert_non_null(relation(g, "Russia", "Armenia", "cooperation", 0));
	assert_null(relation(g, "Russia", "Armenia", "visit", 1));
	graph_free(g);
	/* domestic acts: a person dismissed, appointed; independence */
	g = run_text("Prime Minister Mariano Rajoy dismissed Catalan leader "
	    "Carles Puigdemont. "
	    "Parliament elected Nikol Pashinyan. Eritrea declared "
	    "independence from Ethiopia.\n");
	assert_non_null(relation(g, "Mariano Rajoy", "Carles Puigdemont",
	    "dismissal", 1));
	assert_null(relation(g, "Mariano Rajoy", "Carles Puigdemont",
	    "denial", 1));
	assert_non_null(relation(g, "Eritrea", "Ethiopia", "secession", 1));
	graph_free(g);
	g = run_text("Ethiopia captured Badme from Eritrea.\n");
	assert_non_null(relation(g, "Ethiopia", "Eritrea", "capture", 1));
	graph_free(g);
	g = run_text("Canada and Japan imposed asset freezes on Syrian "
	    "officials.\n");
	assert_non_null(relation(g, "Canada", "Syria", "sanctions", 1));
	assert_non_null(relation(g, "Japan", "Syria", "sanctions", 1));
	graph_free(g);
}

/* An organisation's finding relates it to what the finding is about;
 * a state's report is a claim, and an actor named in passing is no
 * party. */
static void
test_rel_finding(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("IAEA inspectors found that Iran had enriched uranium "
	    "beyond the agreed limit.\n");
	r = relation(g, "IAEA", "Iran", "finding", 1);
	assert_non_null(r);
	assert_string_equal(r->cls, "statement");
	assert_int_equal(r->polarity, POL_NEUTRAL);
	graph_free(g);
	/* the source after "from", not the place the drones struck */
	g = run_text("The United Nations reported that drones used against "
	    "Sudan were supplied by Turkey.\n");
	assert_non_null(relation(g, "United Nations", "Turkey", "finding",
	    1));
	assert_null(relation(g, "United Nations", "Sudan", "finding", 1));
	graph_free(g);
	/* a state's report is no finding; nor a report without "that" */
	g = run_text("Egypt reported that Sudan had closed the border. "
	    "Hamas reported heavy losses near Israel.\n");
	assert_null(relation(g, "Egypt", "Sudan", "finding", 1));
	assert_null(relation(g, "Hamas", "Israel", "finding", 1));
	graph_free(g);
}

/* A joint act ties its conjoined subjects; independence won from a
 * state is a secession, independence from its goods is none. */
static void
test_rel_joint(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Chile and Peru jointly announced new fishing quotas "
	    "in Lima.\n");
	assert_non_null(relation(g, "Chile", "Peru", "cooperation", 0));
	graph_free(g);
	g = run_text("Eritrea became independent from Ethiopia in 1993. "
	    "Germany seeks independence from Russian gas.\n");
	assert_non_null(relation(g, "Eritrea", "Ethiopia", "secession", 1));
	assert_int_equal(between(g, "Germany", "Russia"), 0);
	graph_free(g);
}

/* The text's own denial wins over what a conjoined subject suggests;
 * "signed nothing with" is no agreement. */
static void
test_rel_contradicted(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Peru and Chile signed agreements on Friday to open "
	    "their ports. Chile refused to sign any accord with Peru. "
	    "Peru and Bolivia signed a treaty.\n");
	assert_null(relation(g, "Peru", "Chile", "agreement", 0));
	assert_non_null(relation(g, "Chile", "Peru", "refusal", 0));
	assert_non_null(relation(g, "Peru", "Bolivia", "agreement", 0));
	graph_free(g);
	g = run_text("Lima made clear it had signed nothing directly with "
	    "Chile.\n");
	assert_int_equal(between(g, "Peru", "Chile"), 0);
	graph_free(g);
}

/* What someone demands is not done; the noun object of a verb cue
 * reads with the verb; troops withdrawn "from" a state come from no
 * supplier; an occupation is no invasion. */
static void
test_rel_demanded(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("The EU demanded that Russia withdraw its troops from "
	    "Georgia.\n");
	r = relation(g, "Russia", "Georgia", "withdrawal", 1);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_PLANNED);
	assert_null(relation(g, "Georgia", "Russia", "troops", 1));
	graph_free(g);
	g = run_text("Later they issued demands, among them that Qatar "
	    "curb its ties with Iran.\n");
	assert_int_equal(between(g, "Qatar", "Iran"), 1);
	r = g_ptr_array_index(g->relations, 0);
	assert_int_equal(r->mode, REL_PLANNED);
	graph_free(g);
	g = run_text("Egypt urged that Sudan sign the deal with Ethiopia.\n");
	assert_int_equal(between(g, "Egypt", "Ethiopia"), 0);
	r = relation(g, "Sudan", "Ethiopia", "agreement", 0);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_PLANNED);
	graph_free(g);
	/* coordinated demanded acts, however long; a contrast ends the
	 * demand */
	g = run_text("They issued demands, among them that Peru shut down "
	    "its broadcaster, close a naval base and curb its trade with "
	    "Chile. Bolivia demanded that Peru leave, but Peru attacked "
	    "Chile.\n");
	r = relation(g, "Peru", "Chile", "rupture", 1);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_PLANNED);
	r = relation(g, "Peru", "Chile", "attack", 1);
	assert_non_null(r);
	assert_int_equal(r->mode, REL_DONE);
	graph_free(g);
	/* troops sent into a country intervene; sent to it, support */
	g = run_text("Nigeria sent troops into Liberia in 1990. Chad sent "
	    "troops to Mali.\n");
	r = relation(g, "Nigeria", "Liberia", "intervention", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_HOSTILE);
	assert_null(relation(g, "Nigeria", "Liberia", "troops", 1));
	assert_non_null(relation(g, "Chad", "Mali", "troops", 1));
	graph_free(g);
	/* leaving a pact acts against its other party */
	g = run_text("Peru withdrew on Friday from the Lima Treaty, a "
	    "fishing pact with Chile. Bolivia withdrew from the talks, a "
	    "forum with Chile.\n");
	r = relation(g, "Peru", "Chile", "withdrawal", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_HOSTILE);
	assert_int_equal(between(g, "Bolivia", "Chile"), 0);
	graph_free(g);
	g = run_text("Britain occupied Egypt from 1882.\n");
	assert_non_null(relation(g, "Britain", "Egypt", "occupation", 1));
	assert_null(relation(g, "Britain", "Egypt", "invasion", 1));
	graph_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_rel_broker),
		T(test_rel_negation),
		T(test_rel_mode),
		T(test_rel_acts),
		T(test_rel_clause_subject),
		T(test_rel_parties),
		T(test_rel_forms),
		T(test_rel_finding),
		T(test_rel_joint),
		T(test_rel_contradicted),
		T(test_rel_demanded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
