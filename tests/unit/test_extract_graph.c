/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the extractor's graph (graph_dump.c, extract.c): the
 * front matter's curation, size and speed, the dump.  Reading the text:
 * test_extract.c.
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

/* Expected --dump graph of the two test articles (tests/e2e/graph-*.md). */
#define SAHEL_DUMP \
	"{\n" \
	"  \"actors\": [\n" \
	"    {\"name\": \"France\", \"kind\": \"state\", " \
	"\"mentions\": 5, \"persons\": [\"Emmanuel Macron\"]},\n" \
	"    {\"name\": \"Mali\", \"kind\": \"state\", " \
	"\"mentions\": 6, \"persons\": [\"Assimi Goïta\"]},\n" \
	"    {\"name\": \"Burkina Faso\", \"kind\": \"state\", " \
	"\"mentions\": 4, \"persons\": [\"Ibrahim Traoré\"]},\n" \
	"    {\"name\": \"Niger\", \"kind\": \"state\", " \
	"\"mentions\": 8, \"persons\": []},\n" \
	"    {\"name\": \"ECOWAS\", \"kind\": \"org\", " \
	"\"mentions\": 2, \"persons\": []},\n" \
	"    {\"name\": \"Russia\", \"kind\": \"state\", " \
	"\"mentions\": 3, \"persons\": [\"Vladimir Putin\"]},\n" \
	"    {\"name\": \"Africa Corps\", \"kind\": \"org\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"Assimi Goïta\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"Mali\"},\n" \
	"    {\"name\": \"Vladimir Putin\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"Russia\"},\n" \
	"    {\"name\": \"Emmanuel Macron\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"France\"},\n" \
	"    {\"name\": \"Nigeria\", \"kind\": \"state\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"African Union\", \"kind\": \"org\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"Ibrahim Traoré\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"Burkina Faso\"},\n" \
	"    {\"name\": \"United Nations\", \"kind\": \"org\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"United States\", \"kind\": \"state\", " \
	"\"mentions\": 1, \"persons\": []}\n" \
	"  ],\n" \
	"  \"relations\": [\n" \
	"    {\"from\": \"Russia\", \"to\": \"Mali\", " \
	"\"label\": \"troops\", \"polarity\": \"cooperative\", " \
	"\"directed\": true, \"class\": \"support\", " \
	"\"cameo\": \"06\", \"goldstein\": 6.0, \"mode\": \"done\", " \
	"\"rank\": 1, \"central\": true, \"drawn\": true, " \
	"\"evidence\": [17]},\n" \
	"    {\"from\": \"Assimi Goïta\", \"to\": \"Mali\", " \
	"\"label\": \"interim president of\", " \
	"\"polarity\": \"neutral\", \"directed\": true, " \
	"\"class\": \"affiliation\", \"cameo\": null, " \
	"\"goldstein\": 0.0, \"mode\": \"done\", \"rank\": 12, " \
	"\"central\": false, \"drawn\": true, \"evidence\": [19]},\n" \
	"    {\"from\": \"Mali\", \"to\": \"Russia\", " \
	"\"label\": \"praise\", \"polarity\": \"cooperative\", " \
	"\"directed\": true, \"class\": \"diplomacy\", " \
	"\"cameo\": \"051\", \"goldstein\": 3.4, \"mode\": \"done\", " \
	"\"rank\": 2, \"central\": true, \"drawn\": true, " \
	"\"evidence\": [19]},\n" \
	"    {\"from\": \"Emmanuel Macron\", \"to\": \"France\", " \
	"\"label\": \"leader of\", \"polarity\": \"neutral\", " \
	"\"directed\": true, \"class\": \"affiliation\", " \
	"\"cameo\": null, \"goldstein\": 0.0, \"mode\": \"done\", " \
	"\"rank\": 11, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [22]},\n" \
	"    {\"from\": \"Niger\", \"to\": \"France\", " \
	"\"label\": \"expulsion\", \"polarity\": \"hostile\", " \
	"\"directed\": true, \"class\": \"coercion\", " \
	"\"cameo\": \"166\", \"goldstein\": -7.0, \"mode\": \"done\", " \
	"\"rank\": 3, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [23]},\n" \
	"    {\"from\": \"ECOWAS\", \"to\": \"Niger\", " \
	"\"label\": \"sanctions\", \"polarity\": \"hostile\", " \
	"\"directed\": true, \"class\": \"coercion\", " \
	"\"cameo\": \"163\", \"goldstein\": -8.0, \"mode\": \"done\", " \
	"\"rank\": 6, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [28]},\n" \
	"    {\"from\": \"Nigeria\", \"to\": \"Niger\", " \
	"\"label\": \"border closure\", \"polarity\": \"hostile\", " \
	"\"directed\": true, \"class\": \"coercion\", " \
	"\"cameo\": \"16\", \"goldstein\": -4.0, \"mode\": \"done\", " \
	"\"rank\": 8, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [30]},\n" \
	"    {\"from\": \"African Union\", \"to\": \"Niger\", " \
	"\"label\": \"suspension\", \"polarity\": \"hostile\", " \
	"\"directed\": true, \"class\": \"coercion\", " \
	"\"cameo\": \"16\", \"goldstein\": -4.0, \"mode\": \"done\", " \
	"\"rank\": 9, \"central\": false, \"drawn\": false, " \
	"\"evidence\": [31]},\n" \
	"    {\"from\": \"Ibrahim Traoré\", \"to\": \"Burkina Faso\", " \
	"\"label\": \"captain of\", \"polarity\": \"neutral\", " \
	"\"directed\": true, \"class\": \"affiliation\", " \
	"\"cameo\": null, \"goldstein\": 0.0, \"mode\": \"done\", " \
	"\"rank\": 13, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [33]},\n" \
	"    {\"from\": \"Mali\", \"to\": \"Burkina Faso\", " \
	"\"label\": \"agreement\", \"polarity\": \"cooperative\", " \
	"\"directed\": false, \"class\": \"agreement\", " \
	"\"cameo\": \"057\", \"goldstein\": 8.0, \"mode\": \"done\", " \
	"\"rank\": 7, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [37]},\n" \
	"    {\"from\": \"Mali\", \"to\": \"Niger\", " \
	"\"label\": \"agreement\", \"polarity\": \"cooperative\", " \
	"\"directed\": false, \"class\": \"agreement\", " \
	"\"cameo\": \"057\", \"goldstein\": 8.0, \"mode\": \"done\", " \
	"\"rank\": 4, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [37]},\n" \
	"    {\"from\": \"Burkina Faso\", \"to\": \"Niger\", " \
	"\"label\": \"agreement\", \"polarity\": \"cooperative\", " \
	"\"directed\": false, \"class\": \"agreement\", " \
	"\"cameo\": \"057\", \"goldstein\": 8.0, \"mode\": \"done\", " \
	"\"rank\": 5, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [37]},\n" \
	"    {\"from\": \"United States\", \"to\": \"Niger\", " \
	"\"label\": \"consultation\", \"polarity\": \"cooperative\", " \
	"\"directed\": false, \"class\": \"diplomacy\", " \
	"\"cameo\": \"04\", \"goldstein\": 1.0, \"mode\": \"done\", " \
	"\"rank\": 10, \"central\": false, \"drawn\": false, " \
	"\"evidence\": [37]}\n" \
	"  ]\n" \
	"}\n"

/* "Grossi plans to visit Tehran": a plan, listed as planned, not drawn. */
#define IRAN_DUMP \
	"{\n" \
	"  \"actors\": [\n" \
	"    {\"name\": \"Iran\", \"kind\": \"state\", " \
	"\"mentions\": 9, \"persons\": [\"Abbas Araghchi\"]},\n" \
	"    {\"name\": \"United States\", \"kind\": \"state\", " \
	"\"mentions\": 5, \"persons\": [\"Steve Witkoff\", " \
	"\"Donald Trump\"]},\n" \
	"    {\"name\": \"Oman\", \"kind\": \"state\", " \
	"\"mentions\": 1, \"persons\": [\"Badr Albusaidi\"], " \
	"\"hidden\": true},\n" \
	"    {\"name\": \"Badr Albusaidi\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"Oman\"},\n" \
	"    {\"name\": \"Abbas Araghchi\", \"kind\": \"person\", " \
	"\"mentions\": 2, \"state\": \"Iran\"},\n" \
	"    {\"name\": \"Steve Witkoff\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"United States\"},\n" \
	"    {\"name\": \"Donald Trump\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"United States\"},\n" \
	"    {\"name\": \"Israel\", \"kind\": \"state\", " \
	"\"mentions\": 2, \"persons\": [\"Benjamin Netanyahu\"]},\n" \
	"    {\"name\": \"Benjamin Netanyahu\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"Israel\"},\n" \
	"    {\"name\": \"IAEA\", \"kind\": \"org\", \"mentions\": 2, " \
	"\"persons\": [\"Rafael Grossi\"]},\n" \
	"    {\"name\": \"Rafael Grossi\", \"kind\": \"person\", " \
	"\"mentions\": 1, \"state\": \"IAEA\"},\n" \
	"    {\"name\": \"Russia\", \"kind\": \"state\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"China\", \"kind\": \"state\", " \
	"\"mentions\": 1, \"persons\": []},\n" \
	"    {\"name\": \"E3\", \"kind\": \"org\", \"mentions\": 1, " \
	"\"persons\": []},\n" \
	"    {\"name\": \"United Nations\", \"kind\": \"org\", " \
	"\"mentions\": 1, \"persons\": []}\n" \
	"  ],\n" \
	"  \"relations\": [\n" \
	"    {\"from\": \"Badr Albusaidi\", \"to\": \"Oman\", " \
	"\"label\": \"foreign minister of\", " \
	"\"polarity\": \"neutral\", \"directed\": true, " \
	"\"class\": \"affiliation\", \"cameo\": null, " \
	"\"goldstein\": 0.0, \"mode\": \"done\", \"rank\": 5, " \
	"\"central\": false, \"drawn\": false, \"evidence\": [15]},\n" \
	"    {\"from\": \"Iran\", \"to\": \"United States\", " \
	"\"label\": \"consultation\", \"polarity\": \"cooperative\", " \
	"\"directed\": false, \"class\": \"diplomacy\", " \
	"\"cameo\": \"04\", \"goldstein\": 1.0, \"mode\": \"done\", " \
	"\"rank\": 2, \"central\": true, \"drawn\": true, " \
	"\"evidence\": [15]},\n" \
	"    {\"from\": \"Abbas Araghchi\", \"to\": \"Iran\", " \
	"\"label\": \"foreign minister of\", " \
	"\"polarity\": \"neutral\", \"directed\": true, " \
	"\"class\": \"affiliation\", \"cameo\": null, " \
	"\"goldstein\": 0.0, \"mode\": \"done\", \"rank\": 6, " \
	"\"central\": false, \"drawn\": true, \"evidence\": [15]},\n" \
	"    {\"from\": \"Steve Witkoff\", \"to\": \"United States\", " \
	"\"label\": \"special envoy of\", \"polarity\": \"neutral\", " \
	"\"directed\": true, \"class\": \"affiliation\", " \
	"\"cameo\": null, \"goldstein\": 0.0, \"mode\": \"done\", " \
	"\"rank\": 7, \"central\": false, \"drawn\": true, " \
	"\"evidence\": [15]},\n" \
	"    {\"from\": \"United States\", \"to\": \"Iran\", " \
	"\"label\": \"warning\", \"polarity\": \"hostile\", " \
	"\"directed\": true, \"class\": \"coercion\", " \
	"\"cameo\": \"13\", \"goldstein\": -6.0, \"mode\": \"done\", " \
	"\"rank\": 3, \"central\": true, \"drawn\": true, " \
	"\"evidence\": [15]},\n" \
	"    {\"from\": \"Benjamin Netanyahu\", \"to\": \"Israel\", " \
	"\"label\": \"leader of\", \"polarity\": \"neutral\", " \
	"\"directed\": true, \"class\": \"affiliation\", " \
	"\"cameo\": null, \"goldstein\": 0.0, \"mode\": \"done\", " \
	"\"rank\": 8, \"central\": false, \"drawn\": false, " \
	"\"evidence\": [17]},\n" \
	"    {\"from\": \"Rafael Grossi\", \"to\": \"IAEA\", " \
	"\"label\": \"director general of\", " \
	"\"polarity\": \"neutral\", \"directed\": true, " \
	"\"class\": \"affiliation\", \"cameo\": null, " \
	"\"goldstein\": 0.0, \"mode\": \"done\", \"rank\": 9, " \
	"\"central\": false, \"drawn\": false, \"evidence\": [17]},\n" \
	"    {\"from\": \"IAEA\", \"to\": \"Iran\", " \
	"\"label\": \"visit\", \"polarity\": \"cooperative\", " \
	"\"directed\": true, \"class\": \"diplomacy\", " \
	"\"cameo\": \"042\", \"goldstein\": 1.9, " \
	"\"mode\": \"planned\", \"rank\": 4, \"central\": false, " \
	"\"drawn\": false, \"evidence\": [17]},\n" \
	"    {\"from\": \"E3\", \"to\": \"Iran\", " \
	"\"label\": \"snapback\", \"polarity\": \"neutral\", " \
	"\"directed\": true, \"class\": null, \"cameo\": null, " \
	"\"goldstein\": 0.0, \"mode\": \"done\", \"rank\": 1, " \
	"\"central\": false, \"drawn\": true, \"evidence\": [17]}\n" \
	"  ]\n" \
	"}\n"

/* --- front matter curation ------------------------------------------------ */

static void
test_extract_curation(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("---\n"
	    "title: T\n"
	    "actors:\n"
	    "  - name: Wagner Group\n"
	    "    aliases: [Wagner]\n"
	    "  - name: Kim Yo Jong\n"
	    "    kind: person\n"
	    "  - name: Ukraine\n"
	    "    hide: true\n"
	    "relations:\n"
	    "  - \"Russia -> North Korea: technology\"\n"
	    "  - \"South Korea -- United States: consultation\"\n"
	    "  - \"- Russia -> Ukraine\"\n"
	    "  - \"Wagner -> Mali: troops\"\n"
	    "  - \"Belarus <- Russia: aid\"\n"
	    "  - \"Iran \xE2\x86\x92 Mali: drones\"\n"
	    "---\n"
	    "Russia is at war with Ukraine. Wagner fought in Mali, and "
	    "Russia and North Korea met.\n");
	assert_string_equal(messages(), "t.md:6:11: warning: person 'Kim Yo "
	    "Jong' does not occur in the text\n");
	assert_null(relation(g, "Russia", "Ukraine", "war", 0));
	assert_true(actor(g, "Ukraine")->hidden);
	assert_int_equal(actor(g, "Wagner Group")->kind, ACTOR_ORG);
	assert_int_equal(mentions(g, "Wagner Group"), 1);
	/* added without mentions */
	assert_int_equal(actor(g, "Kim Yo Jong")->kind, ACTOR_PERSON);
	assert_int_equal(mentions(g, "Kim Yo Jong"), 0);
	r = relation(g, "Russia", "North Korea", "technology", 1);
	assert_non_null(r);
	assert_int_equal(r->evidence->len, 1);
	assert_int_equal(r->polarity, POL_COOPERATIVE);
	r = relation(g, "South Korea", "United States", "consultation", 0);
	assert_non_null(r);
	assert_int_equal(r->evidence->len, 0);
	/* consulting is CAMEO 04, +1.0 on the Goldstein scale */
	assert_int_equal(r->polarity, POL_COOPERATIVE);
	assert_string_equal(r->cameo, "04");
	assert_string_equal(r->cls, "diplomacy");
	r = relation(g, "Russia", "North Korea", "technology", 1);
	assert_string_equal(r->cls, "support");
	/* the front matter's relations are curated, ranked and drawn
	 * first, whatever their class */
	assert_true(r->curated);
	assert_true(r->drawn);
	assert_false(relation(g, "Russia", "North Korea", "meeting",
	    0)->curated);
	assert_non_null(relation(g, "Wagner Group", "Mali", "troops", 1));
	/* named by a curated relation only: an actor without mentions */
	assert_non_null(relation(g, "Russia", "Belarus", "aid", 1));
	assert_int_equal(mentions(g, "Belarus"), 0);
	r = relation(g, "Iran", "Mali", "drones", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_COOPERATIVE);
	graph_free(g);
}

/* persons: {name, state} draws the person under that state, whatever
 * the text ties them to; a polarity after '|' sets the relation's. */
static void
test_extract_curation_persons_polarity(void **state)
{
	struct graph	*g;
	const struct relation *r;

	(void)state;
	g = run_text("---\n"
	    "title: T\n"
	    "actors:\n"
	    "  - name: Ruritania\n"
	    "    kind: state\n"
	    "persons:\n"
	    "  - name: Ivan Petrov\n"
	    "    state: Ruritania\n"
	    "relations:\n"
	    "  - \"Russia -> Ruritania: aid | hostile\"\n"
	    "  - \"Russia -- Iran: talks | cooperative\"\n"
	    "---\n"
	    "Russian envoy Ivan Petrov visited Iran. Russia sent aid to "
	    "Ruritania.\n");
	assert_string_equal(messages(), "");
	assert_string_equal(state_of(g, "Ivan Petrov"), "Ruritania");
	r = relation(g, "Russia", "Ruritania", "aid", 1);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_HOSTILE);
	r = relation(g, "Russia", "Iran", "talks", 0);
	assert_non_null(r);
	assert_int_equal(r->polarity, POL_COOPERATIVE);
	graph_free(g);
}

/* Curation's messages once each, in the order of their lines, the
 * actors' and the relations' interleaved. */
static void
test_extract_curation_messages_in_order(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("---\n"
	    "title: T\n"
	    "relations:\n"
	    "  - \"Russia -> Iran: aid | friendly\"\n"
	    "  - \"- Russia -> Iran: aid | hostile\"\n"
	    "actors:\n"
	    "  - name: Atlantis\n"
	    "    kind: state\n"
	    "persons:\n"
	    "  - name: Ivan Petrov\n"
	    "    state: Lemuria\n"
	    "  - Jan Novak\n"
	    "relations:\n"
	    "  - \"- Russia -> Iran: war\"\n"
	    "---\n"
	    "Russia supplied Iran. Ivan Petrov said so.\n");
	assert_string_equal(messages(),
	    "t.md:13:1: warning: duplicate key 'relations', the last one is "
	    "used\n"
	    "t.md:7:11: warning: actor 'Atlantis' does not occur in the "
	    "text\n"
	    "t.md:11:12: error: person 'Ivan Petrov': 'Lemuria' is no state "
	    "or organisation known (add it to 'actors:')\n"
	    "t.md:12:5: warning: person 'Jan Novak' does not occur in the "
	    "text\n"
	    "t.md:14:5: warning: relation '- Russia -> Iran: war' drops "
	    "nothing\n");
	graph_free(g);
}

/* A polarity is one of three words, and only on a relation added. */
static void
test_extract_curation_polarity_bad(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("---\n"
	    "relations:\n"
	    "  - \"Russia -> Iran: aid | friendly\"\n"
	    "  - \"- Russia -> Iran: aid | hostile\"\n"
	    "---\n"
	    "Russia supplied Iran.\n");
	assert_string_equal(messages(),
	    "t.md:3:5: error: relation 'Russia -> Iran: aid | friendly': "
	    "polarity 'friendly' is not 'cooperative', 'hostile' or "
	    "'neutral'\n"
	    "t.md:4:5: error: relation '- Russia -> Iran: aid | hostile': a "
	    "dropped relation takes no polarity\n");
	graph_free(g);
}

static void
test_extract_curation_errors(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_text("---\n"
	    "title: T\n"
	    "relations:\n"
	    "  - \"Russia -> Atlantis: x\"\n"
	    "  - \"Russia ->\"\n"
	    "  - Russia and Iran\n"
	    "  - \"- Russia -> Iran\"\n"
	    "  - \"Korea -- Iran: talks\"\n"
	    "---\n"
	    "Russia supplied Iran.\n");
	assert_string_equal(messages(),
	    "t.md:4:5: error: relation 'Russia -> Atlantis: x': unknown "
	    "actor 'Atlantis'\n"
	    "t.md:5:5: error: relation 'Russia ->' has no target\n"
	    "t.md:6:5: error: relation 'Russia and Iran' has no arrow "
	    "('->', '<-' or '--')\n"
	    "t.md:8:5: error: relation 'Korea -- Iran: talks': ambiguous "
	    "actor 'Korea'\n");
	assert_int_equal(msg_count(MSG_ERROR), 4);
	assert_int_equal(g->relations->len, 0);
	graph_free(g);
	capture_end();
	capture_begin();
	g = run_text("---\n"
	    "title: T\n"
	    "relations: [\"- Russia -> Iran: war\"]\n"
	    "---\n"
	    "Russia supplied Iran.\n");
	assert_string_equal(messages(), "t.md:3:13: warning: relation "
	    "'- Russia -> Iran: war' drops nothing\n");
	assert_int_equal(g->relations->len, 1);
	graph_free(g);
}

/* --- size and speed ------------------------------------------------------- */

static void
test_extract_twenty_actors(void **state)
{
	static const char *const names[] = {
		"France", "Germany", "Italy", "Spain", "Poland", "Sweden",
		"Norway", "Finland", "Egypt", "Kenya", "Brazil", "Chile",
		"Peru", "Japan", "India", "Iran", "Iraq", "Cuba", "Canada",
		"Mexico", NULL
	};
	GString		*t = g_string_new(NULL);
	struct graph	*g;
	char		*d1, *d2;
	int		 i;

	(void)state;
	for (i = 0; names[i] != NULL; i++)
		g_string_append_printf(t, "%s supplied aid to %s. ", names[i],
		    names[(i + 1) % 20]);
	g_string_append(t, "\n\n");
	for (i = 0; names[i] != NULL; i++)
		g_string_append_printf(t, "%s%s", i == 0 ? "" : i == 19 ?
		    " and " : ", ", names[i]);
	g_string_append(t, " signed a pact.\n");
	g = run_text(t->str);
	assert_int_equal(g->actors->len, 20);
	for (i = 0; names[i] != NULL; i++)
		assert_int_equal(mentions(g, names[i]), 3);
	assert_non_null(relation(g, "Mexico", "France", "aid", 1));
	d1 = dump(g);
	graph_free(g);
	/* deterministic */
	g = run_text(t->str);
	d2 = dump(g);
	assert_string_equal(d1, d2);
	free(d1);
	free(d2);
	graph_free(g);
	g_string_free(t, TRUE);
}

static void
test_extract_long_paragraph(void **state)
{
	GString		*t = g_string_new(NULL);
	struct graph	*g;
	int		 i, n = 20000;

	(void)state;
	/* 200 000 words in one paragraph, and one more without a period */
	for (i = 0; i < n; i++)
		g_string_append(t, "Russia supplied oil to China as talks "
		    "went on. ");
	g_string_append(t, "\n\n");
	for (i = 0; i < n; i++)
		g_string_append(t, "Iran and Iraq and the Kurds were named "
		    "and ");
	g_string_append(t, "nothing else.\n");
	g = run_text(t->str);
	assert_int_equal(mentions(g, "Russia"), n);
	assert_int_equal(mentions(g, "China"), n);
	assert_int_equal(mentions(g, "Iran"), n);
	assert_non_null(relation(g, "Russia", "China", "energy", 1));
	assert_int_equal(((const struct relation *)g_ptr_array_index(
	    g->relations, 0))->evidence->len, (guint)n);
	graph_free(g);
	g_string_free(t, TRUE);
}

static void
test_extract_set_assets_missing(void **state)
{
	struct graph	*g;

	(void)state;
	extract_set_assets("/nonexistent");
	/* no cues; the states are ICU's region names (lex_add_regions) */
	g = run_text("Russia supplied Iran.\n");
	assert_int_equal(g->relations->len, 0);
	assert_int_equal(g->actors->len, 2);
	assert_int_equal(actor(g, "Iran")->kind, ACTOR_STATE);
	assert_int_equal(msg_count(MSG_WARNING), 2);
	assert_non_null(strstr(messages(), "/nonexistent/gazetteer.tsv"));
	graph_free(g);
	extract_set_assets(NULL);
}

/* --- dumps ---------------------------------------------------------------- */

static void
test_graph_dump_empty(void **state)
{
	struct graph	*g;
	char		*d;

	(void)state;
	g = run_text("Nothing here.\n");
	d = dump(g);
	assert_string_equal(d,
	    "{\n  \"actors\": [],\n  \"relations\": []\n}\n");
	free(d);
	graph_free(g);
}

static void
test_graph_dump_sahel(void **state)
{
	struct graph	*g;
	char		*d;

	(void)state;
	g = run_file("tests/e2e/graph-sahel.md");
	assert_string_equal(messages(), "");
	d = dump(g);
	assert_string_equal(d, SAHEL_DUMP);
	free(d);
	graph_free(g);
}

static void
test_graph_dump_iran_talks(void **state)
{
	struct graph	*g;
	char		*d;

	(void)state;
	g = run_file("tests/e2e/graph-iran-talks.md");
	assert_string_equal(messages(), "");
	d = dump(g);
	assert_string_equal(d, IRAN_DUMP);
	free(d);
	graph_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_extract_curation),
		T(test_extract_curation_errors),
		T(test_extract_curation_persons_polarity),
		T(test_extract_curation_messages_in_order),
		T(test_extract_curation_polarity_bad),
		T(test_extract_twenty_actors),
		T(test_extract_long_paragraph),
		T(test_extract_set_assets_missing),
		T(test_graph_dump_empty),
		T(test_graph_dump_sahel),
		T(test_graph_dump_iran_talks),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
