/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of extract.c, extract_rel.c and gazetteer.c: the words and
 * the gazetteer, persons, cues and their clauses, titles, the layer's
 * sentences and mentions.  The front matter's curation and the graph's
 * dump: test_extract_graph.c.
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

#include "doc.h"
#include "gazetteer.h"
#include "graph.h"
#include "msg.h"
#include "capture.h"
#include "source.h"
#include "text.h"
#include "extractfixture.h"

#define EXAMPLE		"assets/examples/putin-north-korea.md"

/* --- words and the gazetteer ---------------------------------------------- */

static void
test_lex_words_possessive_abbreviation(void **state)
{
	struct lex	*lex = lex_load("assets");
	GStringChunk	*chunk = g_string_chunk_new(64);
	GArray		*toks = g_array_new(FALSE, FALSE, sizeof(struct tok));
	const char	*t = "Russia\xE2\x80\x99s U.S.-led Koreas' St. Lucia "
	    "Kim Hong-kyun, (war). Sana'a";
	const struct tok *k;

	(void)state;
	lex_words(lex, t, strlen(t), toks, chunk);
	assert_int_equal(toks->len, 11);
	k = &g_array_index(toks, struct tok, 0);
	assert_string_equal(k->key, "Russia");
	assert_true(k->f & TOK_POSS);
	assert_true(k->f & TOK_CAP);
	k = &g_array_index(toks, struct tok, 1);
	assert_string_equal(k->key, "U.S.");
	assert_true(k->f & TOK_ABBR);
	k = &g_array_index(toks, struct tok, 2);
	assert_string_equal(k->key, "led");
	assert_true(k->f & TOK_JOINED);
	k = &g_array_index(toks, struct tok, 3);
	assert_string_equal(k->key, "Koreas");
	assert_true(k->f & TOK_POSS);
	k = &g_array_index(toks, struct tok, 4);
	assert_string_equal(k->key, "St.");
	k = &g_array_index(toks, struct tok, 7);
	assert_string_equal(k->key, "Hong");
	k = &g_array_index(toks, struct tok, 8);
	assert_string_equal(k->key, "kyun");
	assert_true(k->f & TOK_JOINED);
	assert_true(k->f & TOK_COMMA);
	k = &g_array_index(toks, struct tok, 9);
	assert_string_equal(k->key, "war");
	assert_true(k->f & TOK_STOP);
	assert_true(k->f & TOK_END);
	assert_true(k->wc == 0);
	k = &g_array_index(toks, struct tok, 10);
	assert_string_equal(k->key, "Sana'a");
	g_array_free(toks, TRUE);
	g_string_chunk_free(chunk);
	lex_free(lex);
}

static void
test_lex_find_aliases(void **state)
{
	struct lex	*lex = lex_load("assets");
	const struct gaz_entry *g;
	guint		 i, states = 0, regions = 0, orgs = 0;
	int		 nk, us, sk;

	(void)state;
	assert_string_equal(messages(), "");
	nk = lex_find(lex, "North Korea");
	us = lex_find(lex, "United States");
	sk = lex_find(lex, "South Korea");
	assert_true(nk >= 0 && us >= 0 && sk >= 0);
	assert_int_equal(lex_find(lex, "DPRK"), nk);
	assert_int_equal(lex_find(lex, "Democratic People's Republic of "
	    "Korea"), nk);
	assert_int_equal(lex_find(lex, "Pyongyang"), nk);
	assert_int_equal(lex_find(lex, "north korean"), nk);
	assert_int_equal(lex_find(lex, "U.S."), us);
	assert_int_equal(lex_find(lex, "USA"), us);
	assert_int_equal(lex_find(lex, "Washington"), us);
	assert_int_equal(lex_find(lex, "Americans"), us);
	assert_int_equal(lex_find(lex, "ROK"), sk);
	assert_int_equal(lex_find(lex, "Seoul"), sk);
	assert_int_equal(lex_find(lex, "UK"), lex_find(lex, "United Kingdom"));
	assert_int_equal(lex_find(lex, "UAE"),
	    lex_find(lex, "United Arab Emirates"));
	assert_int_equal(lex_find(lex, "PRC"), lex_find(lex, "China"));
	assert_int_equal(lex_find(lex, "Türkiye"), lex_find(lex, "Turkey"));
	assert_int_equal(lex_find(lex, "Kyiv"), lex_find(lex, "Ukraine"));
	assert_int_equal(lex_find(lex, "Security Council"),
	    lex_find(lex, "UN Security Council"));
	assert_int_equal(lex_find(lex, "Atlantis"), -1);
	for (i = 0; i < lex->entries->len; i++) {
		g = g_ptr_array_index(lex->entries, i);
		states += g->kind == GAZ_STATE && g->known;
		regions += g->kind == GAZ_STATE && !g->known;
		orgs += g->kind == GAZ_ORG;
	}
	/* the file: 193 members, 2 observers, Taiwan, Kosovo and the
	 * Soviet Union; ICU adds the other regions (territories:
	 * "Greenland") */
	assert_int_equal(states, 198);
	assert_int_equal(lex_find(lex, "USSR"), lex_find(lex, "Soviet Union"));
	assert_true(regions > 0);
	assert_true(lex_find(lex, "Greenland") >= 0);
	assert_true(orgs >= 17);
	g = g_ptr_array_index(lex->entries, lex_find(lex, "Putin"));
	assert_int_equal(g->kind, GAZ_PERSON);
	assert_int_equal(g->link, lex_find(lex, "Russia"));
	g = g_ptr_array_index(lex->entries, lex_find(lex, "Korea"));
	assert_int_equal(g->kind, GAZ_AMBIG);
	assert_int_equal(g->cands->len, 2);
	lex_free(lex);
}

static void
test_extract_gazetteer_forms(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Russia's envoy flew to Pyongyang. The U.S. and the UK "
	    "issued statements; so did the USA and America. North Korean "
	    "troops and the DPRK\xE2\x80\x99s army saw Americans. The "
	    "Kremlin and Moscow said Russians agree.\n");
	assert_string_equal(messages(), "");
	assert_int_equal(mentions(g, "Russia"), 4);
	assert_int_equal(mentions(g, "North Korea"), 3);
	assert_int_equal(mentions(g, "United States"), 4);
	assert_int_equal(mentions(g, "United Kingdom"), 1);
	/* first-mention order */
	assert_string_equal(((struct actor *)g_ptr_array_index(g->actors,
	    0))->name, "Russia");
	assert_string_equal(((struct actor *)g_ptr_array_index(g->actors,
	    1))->name, "North Korea");
	assert_int_equal(g->relations->len, 0);
	graph_free(g);
}

static void
test_extract_korea_ambiguous(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Talks on Korea resumed.\n\nKorean diplomats left.\n");
	assert_null(actor(g, "North Korea"));
	assert_null(actor(g, "South Korea"));
	assert_int_equal(g->actors->len, 0);
	/* one note for the form and its adjective */
	assert_string_equal(messages(), "t.md:1:10: note: 'Korea' may be "
	    "North Korea or South Korea: not counted\n");
	graph_free(g);
}

static void
test_extract_korea_resolved(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Korea held elections. South Korea's parliament met "
	    "in Seoul. The Korean Peninsula stayed calm.\n");
	assert_string_equal(messages(), "");
	/* "in Seoul" is a place: not counted */
	assert_int_equal(mentions(g, "South Korea"), 2);
	assert_null(actor(g, "North Korea"));
	graph_free(g);
}

static void
test_extract_gazetteer_person_like(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Denzel Washington praised Michael Jordan and Chad Smith "
	    "in the Washington Post.\n");
	assert_int_equal(g->actors->len, 0);
	graph_free(g);
	g = run_text("Washington accused Chad. Jordan and Georgia agreed.\n");
	assert_int_equal(mentions(g, "United States"), 1);
	assert_int_equal(mentions(g, "Chad"), 1);
	assert_int_equal(mentions(g, "Jordan"), 1);
	assert_int_equal(mentions(g, "Georgia"), 1);
	graph_free(g);
}

static void
test_extract_gazetteer_capital_place(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("The Hanoi summit failed and the South China Sea "
	    "stayed tense.\n");
	assert_int_equal(g->actors->len, 0);
	graph_free(g);
	g = run_text("Hanoi protested.\n");
	assert_int_equal(mentions(g, "Vietnam"), 1);
	graph_free(g);
}

/* --- persons -------------------------------------------------------------- */

static void
test_extract_person_affiliation(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("South Korean Vice Foreign Minister Kim Hong-kyun met "
	    "U.S. Deputy Secretary of State Kurt Campbell. Former US "
	    "President Donald Trump spoke. Russia's Putin was silent. "
	    "Steve Witkoff, the US special envoy, told reporters nothing. "
	    "President Alar Karis of Estonia left. Malian interim "
	    "President Assimi Go\xC3\xAFta stayed.\n");
	assert_string_equal(state_of(g, "Kim Hong-kyun"), "South Korea");
	assert_string_equal(state_of(g, "Kurt Campbell"), "United States");
	assert_string_equal(state_of(g, "Donald Trump"), "United States");
	assert_string_equal(state_of(g, "Vladimir Putin"), "Russia");
	assert_string_equal(state_of(g, "Steve Witkoff"), "United States");
	assert_string_equal(state_of(g, "Alar Karis"), "Estonia");
	assert_string_equal(state_of(g, "Assimi Go\xC3\xAFta"), "Mali");
	/* "U.S. ... Kurt Campbell" names the United States once: three
	 * persons, and the "US" of Witkoff's apposition */
	assert_int_equal(mentions(g, "United States"), 3 + 1);
	assert_int_equal(actor(g, "Kurt Campbell")->kind, ACTOR_PERSON);
	assert_int_equal(actor(g, "United States")->persons->len, 3);
	graph_free(g);
}

static void
test_extract_person_merge(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Defence Minister Pistorius visited Kyiv. Boris "
	    "Pistorius said Germany would help. Pistorius\xE2\x80\x99s plan "
	    "was welcomed.\n\nPutin stayed away; Vladimir Putin's envoy "
	    "came instead. Russia was silent.\n");
	assert_non_null(actor(g, "Boris Pistorius"));
	assert_null(actor(g, "Pistorius"));
	assert_int_equal(mentions(g, "Boris Pistorius"), 3);
	assert_int_equal(mentions(g, "Vladimir Putin"), 2);
	assert_string_equal(state_of(g, "Vladimir Putin"), "Russia");
	/* unaffiliated: no state named next to him */
	assert_string_equal(state_of(g, "Boris Pistorius"), "");
	assert_int_equal(actor(g, "Boris Pistorius")->state, -1);
	graph_free(g);
}

static void
test_extract_person_not_a_name(void **state)
{
	struct graph	*g;
	guint		 i;

	(void)state;
	g = run_text("Visitors to the Far East praised Western Sanctions "
	    "Policy Review Board members. The Alliance of Sahel States "
	    "met.\n");
	/* bodies the layer may name as organisations, never persons */
	for (i = 0; i < g->actors->len; i++)
		assert_int_not_equal(((struct actor *)g_ptr_array_index(
		    g->actors, i))->kind, GAZ_PERSON);
	assert_null(actor(g, "Far East"));
	graph_free(g);
}

/* --- cues ----------------------------------------------------------------- */

static void
test_extract_cue_direction(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Iran supplied drones to Russia. Russia bought shells "
	    "from North Korea. Ukraine was attacked by Belarus. The war "
	    "between Armenia and Azerbaijan ended. India and Pakistan held "
	    "talks. Canada accused Venezuela of fraud. Kenya, Uganda and "
	    "Tanzania signed a pact. Japan sanctioned Syria and Libya.\n");
	assert_non_null(relation(g, "Iran", "Russia", "drones", 1));
	assert_non_null(relation(g, "North Korea", "Russia", "munitions", 1));
	assert_non_null(relation(g, "Belarus", "Ukraine", "attack", 1));
	assert_non_null(relation(g, "Armenia", "Azerbaijan", "war", 0));
	assert_non_null(relation(g, "India", "Pakistan", "consultation", 0));
	assert_non_null(relation(g, "Canada", "Venezuela", "accusation", 1));
	assert_non_null(relation(g, "Kenya", "Uganda", "agreement", 0));
	assert_non_null(relation(g, "Kenya", "Tanzania", "agreement", 0));
	assert_non_null(relation(g, "Uganda", "Tanzania", "agreement", 0));
	assert_non_null(relation(g, "Japan", "Syria", "sanctions", 1));
	assert_non_null(relation(g, "Japan", "Libya", "sanctions", 1));
	assert_int_equal(g->relations->len, 11);
	graph_free(g);
}

static void
test_extract_cue_none(void **state)
{
	struct graph	*g;

	(void)state;
	/* two actors without a cue linking them: nothing; the monitors'
	 * finding names the source of the missiles, not their target */
	g = run_text("Russia and China were named in the report. France said "
	    "Germany would decide. The UN monitors reported that missiles "
	    "fired at Ukraine came from Iran.\n");
	assert_int_equal(g->relations->len, 1);
	assert_non_null(relation(g, "United Nations", "Iran", "finding", 1));
	assert_int_equal(g->actors->len, 7);
	graph_free(g);
}

static void
test_extract_cue_person_state(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	/* a person's relations count for their state; duplicates merge;
	 * the title gives the person's own tie to it */
	g = run_text("Chinese President Xi Jinping visited Moscow.\n\nXi "
	    "visited Russia again.\n");
	r = relation(g, "China", "Russia", "visit", 1);
	assert_non_null(r);
	assert_non_null(relation(g, "Xi Jinping", "China", "leader of", 1));
	assert_int_equal(g->relations->len, 2);
	assert_int_equal(r->evidence->len, 2);
	assert_int_equal(g_array_index(r->evidence, struct evidence, 0).line,
	    1);
	assert_int_equal(g_array_index(r->evidence, struct evidence, 1).line,
	    3);
	assert_int_equal(g_array_index(r->evidence, struct evidence,
	    1).block_off, 46);
	graph_free(g);
}

/* Relations read with the clause layer. */
static void
test_extract_cue_clauses(void **state)
{
	struct graph	*g;

	(void)state;
	/* a reported clause's subject is its own, not the speaker's */
	g = run_text("Poland said the talks with Ukraine had ended.\n\n"
	    "Poland said Germany held talks with Ukraine.\n");
	assert_non_null(relation(g, "Germany", "Ukraine", "consultation", 0));
	assert_int_equal(g->relations->len, 1);
	graph_free(g);

	/* a negated act is none; a possible, planned or stated-conditional
	 * one is not done; a scheduled one is */
	g = run_text("Japan could sanction Syria. Japan did not sanction "
	    "Libya. Japan sanctioned Iraq.\n\nKenya would attack Uganda if "
	    "the talks failed. Kenya plans to attack Tanzania.\n\nArmenia "
	    "is due to meet Azerbaijan in Granada.\n");
	assert_non_null(relation(g, "Japan", "Iraq", "sanctions", 1));
	assert_non_null(relation(g, "Armenia", "Azerbaijan", "meeting", 0));
	/* listed with their mode, drawn never (issue 12) */
	assert_null(relation(g, "Japan", "Libya", "sanctions", 1));
	assert_int_equal(relation(g, "Japan", "Syria", "sanctions",
	    1)->mode, REL_POSSIBLE);
	assert_int_equal(relation(g, "Kenya", "Uganda", "attack",
	    1)->mode, REL_POSSIBLE);
	assert_int_equal(relation(g, "Kenya", "Tanzania", "attack",
	    1)->mode, REL_PLANNED);
	assert_int_equal(g->relations->len, 5);
	assert_true(relation(g, "Japan", "Iraq", "sanctions", 1)->drawn);
	assert_false(relation(g, "Japan", "Syria", "sanctions", 1)->drawn);
	assert_false(relation(g, "Kenya", "Tanzania", "attack", 1)->drawn);
	graph_free(g);

	/* a participle before its noun is no cue */
	g = run_text("Poland welcomed refugees from occupied Ukraine. "
	    "Moldova sent aid to the annexed peninsula of Ukraine.\n");
	assert_non_null(relation(g, "Moldova", "Ukraine", "aid", 1));
	assert_int_equal(g->relations->len, 1);
	graph_free(g);

	/* an agreement walked away from: a hostile act of the subject */
	g = run_text("Ukraine walked away from a trade agreement with the "
	    "European Union. Serbia broke off talks with Albania. Chile "
	    "abandoned its partnership with Peru. Kenya halted its "
	    "cooperation with Somalia.\n");
	assert_non_null(relation(g, "Ukraine", "European Union", "rupture",
	    1));
	assert_non_null(relation(g, "Serbia", "Albania", "rupture", 1));
	assert_non_null(relation(g, "Chile", "Peru", "rupture", 1));
	assert_non_null(relation(g, "Kenya", "Somalia", "rupture", 1));
	assert_int_equal(g->relations->len, 4);
	graph_free(g);
}

/* A person's title: their tie to the state or organisation it names,
 * and no cue between them. */
static void
test_extract_titles(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Rafael Grossi, the IAEA director general, visited "
	    "Iran.\n\nFrench President Emmanuel Macron met Olaf Scholz, "
	    "Germany's chancellor.\n\nSaudi Foreign Minister Prince Faisal "
	    "bin Farhan called Qatar.\n");
	assert_non_null(relation(g, "Rafael Grossi", "IAEA",
	    "director general of", 1));
	assert_non_null(relation(g, "IAEA", "Iran", "visit", 1));
	assert_non_null(relation(g, "Emmanuel Macron", "France", "leader of",
	    1));
	assert_non_null(relation(g, "Olaf Scholz", "Germany", "leader of", 1));
	assert_non_null(relation(g, "France", "Germany", "meeting", 0));
	assert_non_null(relation(g, "Faisal bin Farhan", "Saudi Arabia",
	    "foreign minister of", 1));
	graph_free(g);

	/* a title naming no state: the person's own (the gazetteer's,
	 * the text naming it), an honorific none */
	g = run_text("The talks in Russia began at the request of President "
	    "Vladimir Putin.\n\nMr Putin spoke.\n");
	assert_non_null(relation(g, "Vladimir Putin", "Russia", "leader of",
	    1));
	assert_int_equal(g->relations->len, 1);
	assert_int_equal(relation(g, "Vladimir Putin", "Russia", "leader of",
	    1)->evidence->len, 1);
	graph_free(g);

	/* the apposition names it, after an honorific title; a person the
	 * layer ties to nothing has the title's relation, and none of a
	 * cue with what the title names */
	g = run_text("Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, "
	    "landed.\n\nDonald Tusk, the president of the European "
	    "Council, said he consulted its members.\n");
	assert_non_null(relation(g, "Tamim bin Hamad Al Thani", "Qatar",
	    "leader of", 1));
	/* the Union's institutions are actors of their own */
	assert_non_null(relation(g, "Donald Tusk", "European Council",
	    "leader of", 1));
	assert_null(relation(g, "Donald Tusk", "European Union",
	    "leader of", 1));
	assert_int_equal(g->relations->len, 2);
	graph_free(g);
}

/* "X, president of Y" and its kin: the title's relation, the person
 * under the state the title names and no other. */
static void
test_extract_title_forms(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Chad's leader, General Idriss Kaba, visited Sudan. "
	    "Peru, whose president, Ana Quispe, faces protests, recalled "
	    "its envoy. Malawi's president, Lazarus Banda, met Zambia's "
	    "leader, Hakainde Mwale, in Lusaka. Ukrainian Infrastructure "
	    "Minister Petro Kovalenko met Britain's fisheries minister, "
	    "Tom Pike.\n");
	assert_string_equal(state_of(g, "Idriss Kaba"), "Chad");
	assert_non_null(relation(g, "Idriss Kaba", "Chad", "leader of", 1));
	assert_string_equal(state_of(g, "Ana Quispe"), "Peru");
	assert_non_null(relation(g, "Ana Quispe", "Peru", "leader of", 1));
	/* the verb after the comma opens no apposition */
	assert_string_equal(state_of(g, "Lazarus Banda"), "Malawi");
	assert_null(relation(g, "Lazarus Banda", "Zambia", "leader of", 1));
	assert_string_equal(state_of(g, "Hakainde Mwale"), "Zambia");
	assert_non_null(relation(g, "Petro Kovalenko", "Ukraine",
	    "infrastructure minister of", 1));
	assert_non_null(relation(g, "Tom Pike", "Britain",
	    "fisheries minister of", 1));
	graph_free(g);

	/* a ruler by a clause or a participle; a delegation or forces
	 * led are not ruled */
	g = run_text("Alexander Lukashenko, who has ruled Belarus since "
	    "1994, spoke. The Afghan government, led by Mr Ashraf Ghani, "
	    "was not a signatory. Petro Bondar, who led Ukraine's "
	    "delegation, left. Anna Berg led NATO forces in Kosovo.\n");
	assert_non_null(relation(g, "Alexander Lukashenko", "Belarus",
	    "leader of", 1));
	assert_non_null(relation(g, "Ashraf Ghani", "Afghanistan",
	    "leader of", 1));
	assert_null(relation(g, "Petro Bondar", "Ukraine", "leader of", 1));
	assert_null(relation(g, "Anna Berg", "NATO", "leader of", 1));
	graph_free(g);

	/* the gazetteer's state of a person the text never names is
	 * not the person's */
	g = run_text("In Vienna, Austria's government fell. Chancellor Angela "
	    "Merkel warned against corruption.\n");
	assert_string_equal(state_of(g, "Angela Merkel"), "");
	assert_null(actor(g, "Germany"));
	assert_null(relation(g, "Angela Merkel", "Germany", "leader of", 1));
	graph_free(g);
	g = run_text("Germany agreed. Chancellor Angela Merkel spoke.\n");
	assert_string_equal(state_of(g, "Angela Merkel"), "Germany");
	graph_free(g);

	/* a modifier before the title of an apposition; a form holding
	 * its article */
	g = run_text("Mullah Abdul Karim, the Taliban's political chief, "
	    "met Qatar's emir.\n");
	assert_non_null(relation(g, "Mullah Abdul Karim", "Taliban",
	    "political chief of", 1));
	graph_free(g);

	/* an envoy is his sender's, not his host's */
	g = run_text("Morocco's ambassador to the United Nations, Omar "
	    "Hilal, criticised Algeria. China's envoy to the EU, Fu Ming, "
	    "agreed.\n");
	assert_string_equal(state_of(g, "Omar Hilal"), "Morocco");
	assert_non_null(relation(g, "Omar Hilal", "Morocco", "ambassador of",
	    1));
	assert_string_equal(state_of(g, "Fu Ming"), "China");
	assert_null(relation(g, "Fu Ming", "European Union", "envoy of", 1));
	graph_free(g);

	/* a portfolio is read only after a state: a company's name stays
	 * out ("British Airways chief executive") */
	g = run_text("Infrastructure Minister Petro Kovalenko met British "
	    "Airways chief executive Sean Doyle.\n");
	assert_string_equal(state_of(g, "Petro Kovalenko"), "");
	assert_string_equal(state_of(g, "Sean Doyle"), "");
	assert_null(actor(g, "United Kingdom"));
	graph_free(g);
}

/* A state is named as the text names it, when a full name other than
 * the gazetteer's makes most of its mentions. */
static void
test_extract_own_names(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Britain and Norway agreed on fishing quotas. "
	    "Britain's fisheries minister, Tom Pike, welcomed it. Burma "
	    "was not invited.\n");
	assert_non_null(actor(g, "Britain"));
	assert_null(actor(g, "United Kingdom"));
	assert_string_equal(state_of(g, "Tom Pike"), "Britain");
	assert_non_null(actor(g, "Burma"));
	graph_free(g);

	/* a state the text never names but whose people it names */
	g = run_text("Palestinian leaders denounced the deal. The "
	    "Palestinians were not consulted, said Palestinian President "
	    "Omar Saleh. Norway and the Norwegians agreed.\n");
	assert_non_null(actor(g, "Palestinians"));
	assert_string_equal(state_of(g, "Omar Saleh"), "Palestinians");
	assert_non_null(actor(g, "Norway"));
	graph_free(g);

	/* the acronym names it mostly: the gazetteer's name; a capital
	 * or a short form never names it */
	g = run_text("The UK and Norway agreed. The UK said Britain would "
	    "sign. Wagner fought in Mali. London was quiet.\n");
	assert_non_null(actor(g, "United Kingdom"));
	assert_null(actor(g, "Britain"));
	assert_non_null(actor(g, "Wagner Group"));
	graph_free(g);

	/* a person of the gazetteer as the text spells the name */
	g = run_text("Turkish President Recep Tayyip Erdogan met Antonio "
	    "Guterres. Erdogan spoke.\n");
	assert_non_null(actor(g, "Recep Tayyip Erdogan"));
	assert_null(actor(g, "Recep Tayyip Erdo\xC4\x9F" "an"));
	assert_string_equal(state_of(g, "Recep Tayyip Erdogan"), "Turkey");
	assert_non_null(actor(g, "Antonio Guterres"));
	graph_free(g);

	/* a known person in another transcription is that person; a
	 * namesake with another given name is not */
	g = run_text("---\nlang: de\n---\n\nRussland schwieg. Kremlchef "
	    "Wladimir Putin sprach mit Hunter Biden.\n");
	assert_string_equal(state_of(g, "Wladimir Putin"), "Russia");
	assert_null(actor(g, "Joe Biden"));
	assert_string_equal(state_of(g, "Hunter Biden"), "");
	graph_free(g);

	/* in another language, an organisation the text never names by
	 * its English acronym has its English official name */
	g = run_text("---\nlang: fr\n---\n\nLe FMI a pr\xC3\xAAt\xC3\xA9 "
	    "au S\xC3\xA9n\xC3\xA9gal, et l'OSCE a observ\xC3\xA9 le "
	    "vote. L'Organisation des \xC3\x89tats am\xC3\xA9ricains "
	    "s'est tue.\n");
	assert_non_null(actor(g, "International Monetary Fund"));
	assert_non_null(actor(g, "Organization for Security and "
	    "Co-operation in Europe"));
	assert_null(actor(g, "IMF"));
	assert_non_null(actor(g, "Organization of American States"));
	graph_free(g);
	g = run_text("---\nlang: de\n---\n\nDie Nato und der IWF "
	    "trafen sich.\n");
	assert_non_null(actor(g, "NATO"));
	assert_non_null(actor(g, "International Monetary Fund"));
	graph_free(g);
}

/* A nationality adjective or a capital makes an actor where it names a
 * government, its body or its act, not a place or a people. */
static void
test_extract_loose_forms(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("Peru and Chile signed a deal. \"It is fair,\" said "
	    "Ana Ruiz, an analyst at a London-based consultancy. The money "
	    "sat in a Swiss bank. An Austrian-born banker and a "
	    "British-educated lawyer praised it. Polish adventurers "
	    "followed the talks in Vienna. The Madrid peace talks failed."
	    "\n");
	assert_non_null(actor(g, "Peru"));
	assert_null(actor(g, "United Kingdom"));
	assert_null(actor(g, "Switzerland"));
	assert_null(actor(g, "Austria"));
	assert_null(actor(g, "Poland"));
	assert_null(actor(g, "Spain"));
	graph_free(g);

	g = run_text("The Russian defence ministry said British troops had "
	    "left. The French government welcomed it. The Germans said "
	    "nothing. Saudi-led forces attacked. The Moscow government "
	    "protested.\n");
	assert_int_equal(mentions(g, "Russia"), 2);
	assert_int_equal(mentions(g, "United Kingdom"), 1);
	assert_int_equal(mentions(g, "France"), 1);
	/* a people the text names, its state never */
	assert_int_equal(mentions(g, "Germans"), 1);
	assert_int_equal(mentions(g, "Saudi Arabia"), 1);
	graph_free(g);

	/* a state's name opening a firm's or an outlet's */
	g = run_text("Iran opened its airspace to Qatar Airways, which paid "
	    "fees to Tehran. The story ran on Russia Today on Monday.\n");
	assert_null(actor(g, "Qatar"));
	assert_null(actor(g, "Russia"));
	assert_non_null(actor(g, "Iran"));
	graph_free(g);

	/* a people named by its place is a community, not the state */
	g = run_text("Representatives of the Kosovo Serbs met Albanian "
	    "officials in Tirana. Bosnian Croats protested.\n");
	assert_null(actor(g, "Serbia"));
	assert_null(actor(g, "Kosovo"));
	assert_null(actor(g, "Croatia"));
	assert_null(relation(g, "Serbia", "Albania", "meeting", 1));
	graph_free(g);
}

/* --- the example ---------------------------------------------------------- */

static void
test_extract_example(void **state)
{
	struct graph	*g;
	const struct actor *a;

	(void)state;
	g = run_file(EXAMPLE);
	assert_string_equal(messages(), "");
	a = actor(g, "Russia");
	assert_non_null(a);
	assert_int_equal(a->persons->len, 1);
	assert_string_equal(g_ptr_array_index(a->persons, 0),
	    "Vladimir Putin");
	assert_string_equal(state_of(g, "Kim Jong Un"), "North Korea");
	assert_string_equal(state_of(g, "Donald Trump"), "United States");
	assert_string_equal(state_of(g, "Kurt Campbell"), "United States");
	assert_string_equal(state_of(g, "Kim Hong-kyun"), "South Korea");
	assert_non_null(actor(g, "Ukraine"));
	assert_non_null(actor(g, "United Nations"));
	assert_non_null(relation(g, "North Korea", "Russia", "munitions", 1));
	assert_non_null(relation(g, "Russia", "North Korea", "technology",
	    1));
	assert_non_null(relation(g, "Russia", "Ukraine", "war", 0));
	assert_non_null(relation(g, "United States", "North Korea",
	    "accusation", 1));
	assert_non_null(relation(g, "South Korea", "United States",
	    "consultation", 0));
	/* no relation without a cue between its actors */
	assert_null(relation(g, "United Nations", "Ukraine", "attack", 1));
	assert_null(relation(g, "North Korea", "Ukraine", "supply", 1));
	graph_free(g);
}

static void
test_extract_no_source(void **state)
{
	struct source	*src;
	struct doc	*doc;
	struct graph	*g;
	const struct relation *r;

	(void)state;
	/* without the source, positions come from the spans */
	src = source_from_string("t.md", "# Title\n\nIran supplied drones "
	    "to Russia.\n", (size_t)-1);
	doc = doc_read(src);
	g = extract_run(doc, NULL);
	r = relation(g, "Iran", "Russia", "drones", 1);
	assert_non_null(r);
	assert_int_equal(g_array_index(r->evidence, struct evidence, 0).line,
	    3);
	assert_int_equal(g_array_index(r->evidence, struct evidence, 0).off,
	    9);
	graph_free(g);
	doc_free(doc);
	source_free(src);
}

/* --- sentences of the text layer ----------------------------------------- */

/* A sentence of t cut in two before token k (tests): both halves keep
 * their exact offsets, the mentions the sentence they stand in. */
static void
split_sentence(struct text *t, guint si, guint k)
{
	struct text_sentence *se, b;
	struct text_block *bl;
	struct text_mention *m;
	guint		 i;

	se = &g_array_index(t->sentences, struct text_sentence, si);
	assert_true(k > se->first_token &&
	    k < se->first_token + se->ntokens);
	b = *se;
	b.first_token = k;
	b.ntokens = se->first_token + se->ntokens - k;
	b.tstart = text_tok(t, k)->tstart;
	b.start = text_tok(t, k)->start;
	se->ntokens = k - se->first_token;
	se->tend = text_tok(t, k - 1)->tend;
	se->end = text_tok(t, k - 1)->end;
	g_array_insert_val(t->sentences, si + 1, b);
	bl = &g_array_index(t->blocks, struct text_block, b.block);
	bl->nsentences++;
	for (i = 0; i < t->mentions->len; i++) {
		m = &g_array_index(t->mentions, struct text_mention, i);
		if (m->sentence > si || (m->sentence == si &&
		    m->first_token >= k))
			m->sentence++;
	}
}

static void
test_extract_sentences_from_layer(void **state)
{
	const char	*text = "Iran supplied drones to Russia.\n";
	struct source	*src;
	struct doc	*doc;
	struct lex	*lex;
	struct text	*t;
	struct graph	*g;
	guint		 k;

	(void)state;
	src = source_from_string("t.md", text, (size_t)-1);
	doc = doc_read(src);

	lex = lex_load("assets");
	t = text_analyse(doc, src, lex);
	assert_int_equal(t->sentences->len, 1);
	g = extract_build(doc, src, t, lex);
	assert_non_null(relation(g, "Iran", "Russia", "drones", 1));
	graph_free(g);
	text_free(t);
	lex_free(lex);

	/* the same text, the layer cutting it before "to": the extractor
	 * reads the layer's two sentences, and links nothing across */
	lex = lex_load("assets");
	t = text_analyse(doc, src, lex);
	for (k = 0; k < t->tokens->len && !text_is(t, k, "to"); k++)
		continue;
	split_sentence(t, 0, k);
	g = extract_build(doc, src, t, lex);
	assert_int_equal(mentions(g, "Iran"), 1);
	assert_int_equal(mentions(g, "Russia"), 1);
	assert_int_equal(g->relations->len, 0);
	graph_free(g);
	text_free(t);
	lex_free(lex);

	doc_free(doc);
	source_free(src);
}

/* The first evidence of relation r. */
static struct evidence
evidence_of(const struct relation *r)
{
	assert_non_null(r);
	return g_array_index(r->evidence, struct evidence, 0);
}

/* The first evidence of the one relation of g. */
static struct evidence
evidence(const struct graph *g)
{
	assert_int_equal(g->relations->len, 1);
	return evidence_of(g_ptr_array_index(g->relations, 0));
}

static void
test_extract_sentence_offsets(void **state)
{
	const char	*text, *quote;
	struct source	*src;
	struct doc	*doc;
	struct graph	*g;
	struct evidence	 ev;

	(void)state;
	/* "Gen." ends no sentence: the person's state meets the object;
	 * the evidence is the sentence's first byte */
	text = "Talks went on.\n\nA report came. Russian Gen. Valery "
	    "Gerasimov visited China.\n";
	g = run_text(text);
	ev = evidence_of(relation(g, "Russia", "China", "visit", 1));
	assert_non_null(relation(g, "Valery Gerasimov", "Russia", "gen. of",
	    1));
	assert_int_equal(ev.off, (size_t)(strstr(text, "Russian") - text));
	assert_int_equal(ev.block_off, (size_t)(strstr(text, "A report") -
	    text));
	assert_int_equal(ev.line, 3);
	graph_free(g);

	/* markup before the sentence's first word is not the sentence */
	quote = "Intro.\n\n> Then:\n>\n> **Iran** supplied drones to "
	    "*Russia*.\n";
	g = run_text(quote);
	ev = evidence(g);
	assert_int_equal(ev.off, (size_t)(strstr(quote, "Iran") - quote));
	assert_int_equal(ev.line, 5);
	graph_free(g);

	/* a hard line break ends the layer's sentence, a soft one not */
	g = run_text("Iran supplied drones  \nto Russia.\n");
	assert_int_equal(g->relations->len, 0);
	assert_int_equal(g->actors->len, 2);
	graph_free(g);
	g = run_text("Iran supplied drones\nto Russia.\n");
	assert_non_null(relation(g, "Iran", "Russia", "drones", 1));
	graph_free(g);

	/* without the source, a sentence's offsets count from its span */
	src = source_from_string("t.md", "# Title\n\nIt rained. Iran "
	    "supplied drones to Russia.\n", (size_t)-1);
	doc = doc_read(src);
	g = extract_run(doc, NULL);
	ev = evidence(g);
	assert_int_equal(ev.off, 9 + strlen("It rained. "));
	assert_int_equal(ev.line, 3);
	graph_free(g);
	doc_free(doc);
	source_free(src);
}

/* The layer's actor named name, or -1. */
static int
layer_actor(const struct text *t, const char *name)
{
	guint	i;

	for (i = 0; i < t->actors->len; i++)
		if (strcmp(text_actor(t, (int)i)->name, name) == 0)
			return (int)i;
	return -1;
}

static void
test_extract_persons_from_layer(void **state)
{
	const char	*text = "Chinese President Xi Jinping visited Moscow. "
	    "India protested.\n";
	struct source	*src;
	struct doc	*doc;
	struct lex	*lex;
	struct text	*t;
	struct graph	*g;
	struct text_actor *xi;
	guint		 i;

	(void)state;
	src = source_from_string("t.md", text, (size_t)-1);
	doc = doc_read(src);

	/* the person and the state the layer gives */
	lex = lex_load("assets");
	t = text_analyse(doc, src, lex);
	g = extract_build(doc, src, t, lex);
	assert_string_equal(state_of(g, "Xi Jinping"), "China");
	assert_non_null(relation(g, "China", "Russia", "visit", 1));
	graph_free(g);
	text_free(t);
	lex_free(lex);

	/* a layer tying him to India: the extractor follows it */
	lex = lex_load("assets");
	t = text_analyse(doc, src, lex);
	assert_true(layer_actor(t, "Xi Jinping") >= 0);
	assert_true(layer_actor(t, "India") >= 0);
	xi = g_ptr_array_index(t->actors, layer_actor(t, "Xi Jinping"));
	xi->state = layer_actor(t, "India");
	g = extract_build(doc, src, t, lex);
	assert_string_equal(state_of(g, "Xi Jinping"), "India");
	assert_non_null(relation(g, "India", "Russia", "visit", 1));
	assert_null(relation(g, "China", "Russia", "visit", 1));
	graph_free(g);
	text_free(t);
	lex_free(lex);

	/* a layer naming no person: the extractor finds none of its own */
	lex = lex_load("assets");
	t = text_analyse(doc, src, lex);
	for (i = 0; i < t->mentions->len; i++)
		if (text_mention(t, i)->actor == layer_actor(t, "Xi Jinping"))
			g_array_index(t->mentions, struct text_mention,
			    i).actor = -1;
	g = extract_build(doc, src, t, lex);
	assert_null(actor(g, "Xi Jinping"));
	for (i = 0; i < g->actors->len; i++)
		assert_int_not_equal(((const struct actor *)
		    g_ptr_array_index(g->actors, i))->kind, ACTOR_PERSON);
	graph_free(g);
	text_free(t);
	lex_free(lex);

	doc_free(doc);
	source_free(src);
}

static void
test_extract_pronouns(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	/* "He" is the layer's Xi Jinping: his state visits; a pronoun is
	 * no mention of its own */
	g = run_text("Chinese President Xi Jinping arrived on Monday.\n\n"
	    "He visited Russia on Tuesday.\n");
	r = relation(g, "China", "Russia", "visit", 1);
	assert_non_null(r);
	assert_int_equal(g_array_index(r->evidence, struct evidence, 0).line,
	    3);
	/* "Chinese President Xi Jinping" names China once */
	assert_int_equal(mentions(g, "Xi Jinping"), 1);
	assert_int_equal(mentions(g, "China"), 1);
	graph_free(g);

	/* "Its" is Russia's */
	g = run_text("Russia denied it. Its army attacked Ukraine.\n");
	assert_non_null(relation(g, "Russia", "Ukraine", "attack", 1));
	assert_int_equal(mentions(g, "Russia"), 1);
	graph_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_lex_words_possessive_abbreviation),
		T(test_lex_find_aliases),
		T(test_extract_gazetteer_forms),
		T(test_extract_korea_ambiguous),
		T(test_extract_korea_resolved),
		T(test_extract_gazetteer_person_like),
		T(test_extract_gazetteer_capital_place),
		T(test_extract_person_affiliation),
		T(test_extract_person_merge),
		T(test_extract_person_not_a_name),
		T(test_extract_cue_direction),
		T(test_extract_cue_none),
		T(test_extract_cue_person_state),
		T(test_extract_cue_clauses),
		T(test_extract_titles),
		T(test_extract_title_forms),
		T(test_extract_own_names),
		T(test_extract_loose_forms),
		T(test_extract_example),
		T(test_extract_no_source),
		T(test_extract_sentences_from_layer),
		T(test_extract_sentence_offsets),
		T(test_extract_persons_from_layer),
		T(test_extract_pronouns),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
