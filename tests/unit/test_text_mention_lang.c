/* SPDX-License-Identifier: MIT */
/* Unit tests of the text layer's actors in Spanish, French and German
 * (text_mention_lang.c): titles, appositions, verbs of speech, bodies
 * and their acronyms, demonyms, accents, and what is no actor. */
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

/* --- titles before a name ------------------------------------------------- */

static void
test_es_title(void **state)
{
	(void)state;
	run_lang("es", "Ayer llegó a Lima el ministro Jorge Quintana Ruiz "
	    "para negociar.\n");
	assert_int_equal(kind_of("Jorge Quintana Ruiz"), TA_PERSON);
}

/* "le général X", "Bundeskanzlerin X": a German title is a compound. */
static void
test_fr_de_title(void **state)
{
	(void)state;
	run_lang("fr", "Hier, le général Paul Mbemba Nzeza a quitté Dakar.\n");
	assert_int_equal(kind_of("Paul Mbemba Nzeza"), TA_PERSON);
	text_free(txt);
	run_lang("de", "Am Montag reiste Entwicklungsministerin Karla "
	    "Hoffstetter nach Wien.\n");
	assert_int_equal(kind_of("Karla Hoffstetter"), TA_PERSON);
}

/* "el presidente peruano X", "le président sénégalais X", "der
 * chilenische Präsident X": the demonym gives the state. */
static void
test_demonym_state(void **state)
{
	(void)state;
	run_lang("es", "El presidente peruano Mateo Linares Vela viajó.\n");
	assert_string_equal(state_of("Mateo Linares Vela"), "Peru");
	text_free(txt);
	run_lang("fr", "Le président sénégalais Amadou Faye Ndiaye est "
	    "arrivé.\n");
	assert_string_equal(state_of("Amadou Faye Ndiaye"), "Senegal");
	text_free(txt);
	run_lang("de", "Der chilenische Präsident Tomás Riquelme Soto "
	    "reiste ab.\n");
	assert_string_equal(state_of("Tomás Riquelme Soto"), "Chile");
}

/* "l'universitaire X": the elided article cut off the title. */
static void
test_fr_elided_title(void **state)
{
	(void)state;
	run_lang("fr", "Son rival, l'universitaire Marc Obiang Essono, a "
	    "protesté.\n");
	assert_int_equal(kind_of("Marc Obiang Essono"), TA_PERSON);
}

/* --- appositions and speech ----------------------------------------------- */

/* "el canciller chileno, X, ...", "der Botschafter in Berlin, X,":
 * the title aside; the state is the demonym's, not the place's. */
static void
test_title_aside(void **state)
{
	(void)state;
	run_lang("es", "Lo recibió el canciller chileno, Andrés Ibáñez "
	    "Rojas, que habló poco.\n");
	assert_int_equal(kind_of("Andrés Ibáñez Rojas"), TA_PERSON);
	assert_string_equal(state_of("Andrés Ibáñez Rojas"), "Chile");
	text_free(txt);
	run_lang("de", "Der russische Botschafter in Berlin, Pjotr "
	    "Sorokin, widersprach.\n");
	assert_string_equal(state_of("Pjotr Sorokin"), "Russia");
	text_free(txt);
	/* where an envoy is sent is not whose he is */
	run_lang("fr", "Il a vu l'ambassadeur du S\xC3\xA9n\xC3\xA9gal "
	    "aupr\xC3\xA8s de l'Union africaine, Karim Alaoui, qui a "
	    "protest\xC3\xA9.\n");
	assert_string_equal(state_of("Karim Alaoui"), "Senegal");
	text_free(txt);
	run_lang("es", "El embajador de Chile ante la Uni\xC3\xB3n Africana, "
	    "Tom\xC3\xA1s Riquelme Soto, protest\xC3\xB3.\n");
	assert_string_equal(state_of("Tom\xC3\xA1s Riquelme Soto"), "Chile");
	text_free(txt);
	/* "X, presidente de Y": the state after the title is no one's
	 * name; "X, le président du Y" */
	run_lang("es", "Mateo Linares, presidente de Chile, viaj\xC3\xB3 a "
	    "Lima.\n");
	assert_int_equal(kind_of("Mateo Linares"), TA_PERSON);
	assert_string_equal(state_of("Mateo Linares"), "Chile");
	text_free(txt);
	run_lang("fr", "Amadou Ndiaye, le pr\xC3\xA9sident du "
	    "S\xC3\xA9n\xC3\xA9gal, a r\xC3\xA9pondu.\n");
	assert_int_equal(kind_of("Amadou Ndiaye"), TA_PERSON);
	assert_string_equal(state_of("Amadou Ndiaye"), "Senegal");
	text_free(txt);
	/* the portfolio between the title and the name */
	run_lang("fr", "Le ministre s\xC3\xA9n\xC3\xA9galais des Affaires "
	    "\xC3\xA9trang\xC3\xA8res Amadou Ndiaye a re\xC3\xA7u des "
	    "diplomates.\n");
	assert_int_equal(kind_of("Amadou Ndiaye"), TA_PERSON);
	assert_string_equal(state_of("Amadou Ndiaye"), "Senegal");
	text_free(txt);
	run_lang("es", "El ministro chileno de Econom\xC3\xAD" "a Mateo "
	    "Linares viaj\xC3\xB3 a Lima.\n");
	assert_string_equal(state_of("Mateo Linares"), "Chile");
	text_free(txt);
	/* an elision inside a state's name stays in it */
	run_lang("fr", "La C\xC3\xB4te d'Ivoire et le S\xC3\xA9n\xC3\xA9gal "
	    "ont sign\xC3\xA9.\n");
	if (mention("C\xC3\xB4te d\xE2\x80\x99Ivoire", 0) == NULL &&
	    mention("C\xC3\xB4te d'Ivoire", 0) == NULL)
		fail_msg("no mention of C\xC3\xB4te d'Ivoire");
}

/* "dijo X", "X a déclaré", "sagte X". */
static void
test_speech(void **state)
{
	(void)state;
	run_lang("es", "«No firmaremos», dijo Ramiro Cuenca Villalba.\n");
	assert_int_equal(kind_of("Ramiro Cuenca Villalba"), TA_PERSON);
	text_free(txt);
	run_lang("fr", "Josiane Mbarga Ateba a déclaré que rien n'était "
	    "joué.\n");
	assert_int_equal(kind_of("Josiane Mbarga Ateba"), TA_PERSON);
	text_free(txt);
	run_lang("de", "Das sei falsch, sagte Henrike Wallmeyer am Abend.\n");
	assert_int_equal(kind_of("Henrike Wallmeyer"), TA_PERSON);
}

/* ", 58 ans,", "el Gobierno de X": a person. */
static void
test_age_government(void **state)
{
	(void)state;
	run_lang("fr", "Il a soutenu Hugo Lambertin, 58 ans, au second "
	    "tour.\n");
	assert_int_equal(kind_of("Hugo Lambertin"), TA_PERSON);
	text_free(txt);
	run_lang("es", "El Gobierno de Rosa Elvira Candia anunció el "
	    "acuerdo.\n");
	assert_int_equal(kind_of("Rosa Elvira Candia"), TA_PERSON);
	assert_int_equal(actor("Gobierno de Rosa Elvira Candia"), -1);
}

/* --- bodies --------------------------------------------------------------- */

/* "Consejo ... (CNX)": the body, its acronym a mention of it after. */
static void
test_body_acronym(void **state)
{
	(void)state;
	run_lang("es", "El Consejo para la Reforma del Agua (CRA) rechazó "
	    "el plan. Luego el CRA pidió una consulta.\n");
	assert_int_equal(kind_of("Consejo para la Reforma del Agua"), TA_ORG);
	is_mention("CRA", "Consejo para la Reforma del Agua", 0);
	assert_non_null(mention("CRA", 1));
}

/* "la Cour suprême", "le mouvement X", "l'armée sénégalaise". */
static void
test_body_french(void **state)
{
	(void)state;
	run_lang("fr", "Le recours a été rejeté par la Cour suprême. Le "
	    "mouvement Tiliouine a dénoncé l'armée sénégalaise, comme "
	    "l'Union africaine.\n");
	assert_int_equal(kind_of("Cour suprême"), TA_ORG);
	assert_int_equal(kind_of("Tiliouine"), TA_ORG);
	assert_int_equal(kind_of("armée sénégalaise"), TA_ORG);
	assert_string_equal(state_of("armée sénégalaise"), "Senegal");
	is_mention("l'Union africaine", "African Union", 0);
}

/* German federal bodies; a party in brackets is not the person's
 * state. */
static void
test_body_german(void **state)
{
	(void)state;
	run_lang("de", "Der Bundestag stimmte zu. Außenminister Gregor "
	    "Lemke (FDP) lobte die Bundeswehr.\n");
	assert_int_equal(kind_of("Bundestag"), TA_ORG);
	assert_int_equal(kind_of("Bundeswehr"), TA_ORG);
	assert_int_equal(kind_of("FDP"), TA_ORG);
	assert_string_equal(state_of("Gregor Lemke"), "");
}

/* "der russische Staatskonzern X", "X AG": bodies by their noun and
 * their company suffix; a noun alone is none. */
static void
test_body_german_firm(void **state)
{
	(void)state;
	run_lang("de", "Der russische Energiekonzern Volganeft und die "
	    "Baltic Kabel AG schwiegen. Der Konzern wartete.\n");
	assert_int_equal(kind_of("Volganeft"), TA_ORG);
	assert_string_equal(state_of("Volganeft"), "Russia");
	assert_int_equal(kind_of("Baltic Kabel AG"), TA_ORG);
	assert_int_equal(actor("Konzern"), -1);
}

/* "el Senado" named once is a chamber of nobody said; twice, a body
 * with both mentions. */
static void
test_chamber_twice(void **state)
{
	(void)state;
	run_lang("es", "La ley pasó por el Senado.\n");
	assert_int_equal(actor("Senado"), -1);
	text_free(txt);
	run_lang("es", "La ley pasó por el Senado. Ayer el Senado la "
	    "aprobó.\n");
	assert_int_equal(kind_of("Senado"), TA_ORG);
	assert_int_equal(text_actor(txt, actor("Senado"))->mentions, 2);
}

/* --- matching -------------------------------------------------------------- */

/* A person's name without its accents is the same person; a state's
 * name in the language without its accents too. */
static void
test_accents(void **state)
{
	(void)state;
	run_lang("fr", "Le ministre Émile Délégué-Ouattara est arrivé. "
	    "Emile Delegue-Ouattara a parlé à Erdogan.\n");
	assert_int_equal(kind_of("Émile Délégué-Ouattara"), TA_PERSON);
	assert_int_equal(actor("Emile Delegue-Ouattara"), -1);
	is_mention("Erdogan", "Recep Tayyip Erdoğan", 0);
}

/* A part of a person's name of three words or more is the person:
 * "Ali Bongo" after "Ali Bongo Ondimba", "López Obrador" after "Andrés
 * Manuel López Obrador". */
static void
test_name_parts(void **state)
{
	(void)state;
	run_lang("es", "El presidente Marco Antonio Ruiz Tagle habló. Luego "
	    "Ruiz Tagle se fue y Marco Antonio calló.\n");
	is_mention("Ruiz Tagle", "Marco Antonio Ruiz Tagle", TM_SHORT);
	is_mention("Marco Antonio", "Marco Antonio Ruiz Tagle", TM_SHORT);
	assert_int_equal(actor("Ruiz Tagle"), -1);
}

/* --- what is no actor ------------------------------------------------------ */

/* A state named inside a place's name ("golfe de Guinée"), a language
 * ("en français"). */
static void
test_place_in_name(void **state)
{
	(void)state;
	run_lang("fr", "Les navires croisent dans le golfe de Guinée. Il "
	    "a répondu en français.\n");
	assert_int_equal(actor("Guinea"), -1);
	assert_int_equal(actor("France"), -1);
	text_free(txt);
	run_lang("es", "Estudió en la Universidad de Chile y vive en la "
	    "República de Chile.\n");
	is_mention("Chile", "Chile", 0);
	assert_int_equal(text_actor(txt, actor("Chile"))->mentions, 1);
}

/* A capitalised word at a sentence's start, a chamber's head alone at
 * it: no name, no body. */
static void
test_sentence_start(void **state)
{
	(void)state;
	run_lang("es", "Según fuentes oficiales, nada cambió. Tribunal y "
	    "fiscalía callaron.\n");
	assert_int_equal(txt->actors->len, 0);
	text_free(txt);
	run_lang("fr", "Selon Paris, rien ne change. Cour et parquet se "
	    "taisent.\n");
	assert_int_equal(actor("Cour"), -1);
}

/* German capitalises its nouns: after a title, a noun is no name. */
static void
test_german_nouns(void **state)
{
	(void)state;
	run_lang("de", "Der Kanzler Panzer liefern? Die Ministerin "
	    "Entscheidungen treffen lassen, sagte Vorsicht.\n");
	assert_int_equal(actor("Panzer"), -1);
	assert_int_equal(actor("Entscheidungen"), -1);
	assert_int_equal(actor("Vorsicht"), -1);
}

/* A capital in the language's own name, from CLDR's cities ("Moscou",
 * "Moskau", "Moscú"), an article opening it or not ("Le Caire", "au
 * Caire": there a place); a city that is no capital of the gazetteer
 * stays a place ("Nueva York"). */
static void
test_capital_lang(void **state)
{
	(void)state;
	run_lang("fr", "Moscou a rappel\xC3\xA9 son ambassadeur. Le Caire a "
	    "protest\xC3\xA9 et la d\xC3\xA9l\xC3\xA9gation reste au Caire.\n");
	is_mention("Moscou", "Russia", TM_METONYM);
	is_mention("Le Caire", "Egypt", TM_METONYM);
	assert_int_equal(text_actor(txt, actor("Egypt"))->mentions, 1);
	text_free(txt);
	run_lang("de", "Moskau und Wien verhandeln.\n");
	is_mention("Moskau", "Russia", TM_METONYM);
	is_mention("Wien", "Austria", TM_METONYM);
	text_free(txt);
	run_lang("es", "Mosc\xC3\xBA y Viena firmaron un acuerdo. Nueva "
	    "York calla.\n");
	is_mention("Mosc\xC3\xBA", "Russia", TM_METONYM);
	is_mention("Viena", "Austria", TM_METONYM);
	no_mention("Nueva York");
}

/* English keeps its own lists: "dijo" is no verb of speech there. */
static void
test_english_untouched(void **state)
{
	(void)state;
	run("The word dijo Marta Quiroga Leal appears here.\n");
	assert_int_equal(actor("Marta Quiroga Leal"), -1);
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_es_title),
		T(test_fr_de_title),
		T(test_demonym_state),
		T(test_fr_elided_title),
		T(test_title_aside),
		T(test_speech),
		T(test_age_government),
		T(test_body_acronym),
		T(test_body_french),
		T(test_body_german),
		T(test_body_german_firm),
		T(test_chamber_twice),
		T(test_accents),
		T(test_name_parts),
		T(test_place_in_name),
		T(test_capital_lang),
		T(test_sentence_start),
		T(test_german_nouns),
		T(test_english_untouched),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
