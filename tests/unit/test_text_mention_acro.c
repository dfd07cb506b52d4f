/* SPDX-License-Identifier: MIT */
/* Unit tests of the text layer's actors in Spanish, French and German:
 * acronyms shown to be bodies, titles joined to them, ordinals, bodies'
 * names in lower case after "de" (text_mention_acro.c,
 * text_mention_lang_org.c). */
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

/* --- acronyms ------------------------------------------------------------ */

/* "FPÖ-Chef X": a party's office; the acronym is no name's word and is
 * a body, its mention before included. */
static void
test_acro_title(void **state)
{
	(void)state;
	run_lang("de", "Die KPÖ kritisierte den Plan. Gestern sprach "
	    "KPÖ-Chef Karl-Heinz Ortner in Graz.\n");
	assert_int_equal(kind_of("Karl-Heinz Ortner"), TA_PERSON);
	assert_int_equal(kind_of("KPÖ"), TA_ORG);
	is_mention("KPÖ", "KPÖ", 0);
	assert_int_equal(actor("KPÖ-Chef Karl-Heinz Ortner"), -1);
	text_free(txt);
	run_lang("de", "Es sprach der NDÜ-Politiker Johann Weisel.\n");
	assert_int_equal(kind_of("Johann Weisel"), TA_PERSON);
}

/* "ÖVP und FPÖ": an acronym paired with a body's acronym. */
static void
test_acro_paired(void **state)
{
	(void)state;
	run_lang("de", "Die XPÖ stimmte zu. Der SPD-Chef Otto Brenner "
	    "lobte die Koalition aus XPÖ und SPD.\n");
	assert_int_equal(kind_of("XPÖ"), TA_ORG);
	assert_int_equal(kind_of("SPD"), TA_ORG);
	is_mention("XPÖ", "XPÖ", 0);
	text_free(txt);
	run_lang("es", "El PRX y el PAX firmaron. El diputado del PAX-Jefe "
	    "no.\n");
	assert_int_equal(actor("PRX"), -1);
}

/* An acronym alone, even often, is no body: "das BIP", "le PIB". */
static void
test_acro_alone(void **state)
{
	(void)state;
	run_lang("de", "Das BIP stieg. Das BIP fiel. Das ÖBB-Netz wuchs.\n");
	assert_int_equal(actor("BIP"), -1);
	assert_int_equal(actor("ÖBB"), -1);
	text_free(txt);
	run_lang("fr", "Le PIB et la TVA ont augmenté. Le PIB baisse.\n");
	assert_int_equal(txt->actors->len, 0);
}

/* --- ordinals ------------------------------------------------------------- */

static void
test_ordinal(void **state)
{
	(void)state;
	run_lang("de", "Er ist der erste Kanzler der Dritten Republik, der "
	    "stürzt.\n");
	assert_int_equal(actor("Dritten Republik"), -1);
	text_free(txt);
	run_lang("fr", "Depuis la Cinquième République, dit Marc Delorme, "
	    "rien.\n");
	assert_int_equal(actor("Cinquième République"), -1);
	assert_int_equal(kind_of("Marc Delorme"), TA_PERSON);
}

/* --- bodies' names -------------------------------------------------------- */

/* A body's name runs on through "des" to capitalised words; one noun
 * in lower case after "de" closes it. */
static void
test_body_long(void **state)
{
	(void)state;
	run_lang("fr", "La Communauté économique des Pays de l'Océan "
	    "Indien a protesté. Le Haut Conseil de défense s'est réuni.\n");
	assert_int_equal(kind_of("Communauté économique des Pays de "
	    "l’Océan Indien"), TA_ORG);
	assert_int_equal(kind_of("Haut Conseil de défense"), TA_ORG);
	text_free(txt);
	run_lang("es", "El Tribunal de cuentas auditó el gasto.\n");
	assert_int_equal(kind_of("Tribunal de cuentas"), TA_ORG);
}

/* Not a state's name after the adjectives, nor an adverb after "de". */
static void
test_body_bounds(void **state)
{
	(void)state;
	run_lang("fr", "La Banque centrale de Russie a relevé son taux. "
	    "Le Sénat de nouveau réuni a voté.\n");
	assert_int_equal(kind_of("Banque centrale"), TA_ORG);
	assert_int_equal(kind_of("Russia"), TA_STATE);
	assert_int_equal(actor("Sénat de nouveau"), -1);
}

/* "sous la présidence d'X": a person. */
static void
test_presidency(void **state)
{
	(void)state;
	run_lang("fr", "Le conseil s'est réuni sous la présidence "
	    "d'Aurélien Vasseur.\n");
	assert_int_equal(kind_of("Aurélien Vasseur"), TA_PERSON);
	text_free(txt);
	run_lang("fr", "Le conseil s'est réuni près d'Aurélien Vasseur.\n");
	assert_int_equal(actor("Aurélien Vasseur"), -1);
}

/* A title of two words joined ("porte-parole"), in an apposition. */
static void
test_joined_title(void **state)
{
	(void)state;
	run_lang("fr", "La porte-parole du ministère, Claire Vasseur-Moal, "
	    "a démenti.\n");
	assert_int_equal(kind_of("Claire Vasseur-Moal"), TA_PERSON);
	text_free(txt);
	run_lang("fr", "La porte du ministère, Claire Vasseur-Moal, est "
	    "close.\n");
	assert_int_equal(actor("Claire Vasseur-Moal"), -1);
	text_free(txt);
	run_lang("es", "El encargado de negocios peruano, Mario Quispe "
	    "Tello, fue detenido.\n");
	assert_int_equal(kind_of("Mario Quispe Tello"), TA_PERSON);
	assert_string_equal(state_of("Mario Quispe Tello"), "Peru");
}

/* A capital after "in", "à": where a thing happens, no state acting;
 * the capital as subject still stands for its state. */
static void
test_capital_place(void **state)
{
	(void)state;
	run_lang("de", "Die Ministerin sprach gestern in Ankara.\n");
	assert_int_equal(actor("Turkey"), -1);
	text_free(txt);
	run_lang("fr", "Hier, Ankara a protesté.\n");
	assert_int_equal(kind_of("Turkey"), TA_STATE);
}

/* "die LPÖ unter X": a party under its leader; not any noun. */
static void
test_under_leader(void **state)
{
	(void)state;
	run_lang("de", "Ob die LPÖ unter Maria Schenk-Huber zustimmt, ist "
	    "offen.\n");
	assert_int_equal(kind_of("Maria Schenk-Huber"), TA_PERSON);
	text_free(txt);
	run_lang("de", "Die Kinder spielten unter Hohen Tannen.\n");
	assert_int_equal(txt->actors->len, 0);
}

/* A party named aside after its noun opening the phrase. */
static void
test_party_aside(void **state)
{
	(void)state;
	run_lang("es", "La coalición de Quiroga, Nuevo Rumbo Andino, tiene "
	    "diez escaños.\n");
	assert_int_equal(kind_of("Nuevo Rumbo Andino"), TA_ORG);
	text_free(txt);
	run_lang("es", "Ayer habló el líder del partido, Julio Ferrán Soto, "
	    "en Lima.\n");
	assert_int_not_equal(actor("Julio Ferrán Soto") >= 0 ?
	    kind_of("Julio Ferrán Soto") : TA_PERSON, TA_ORG);
	text_free(txt);
	run_lang("fr", "Le parti du président, Avenir Commun, a perdu.\n");
	assert_int_equal(kind_of("Avenir Commun"), TA_ORG);
}

/* German: a body's noun compound before its name ("der
 * Arbeitgeberverband X", "die Gewerkschaft Y"). */
static void
test_de_body_noun(void **state)
{
	(void)state;
	run_lang("de", "Der Arbeitgeberverband Industria Nord kritisierte "
	    "den Plan, die Gewerkschaft Metallbund lobte ihn.\n");
	assert_int_equal(kind_of("Industria Nord"), TA_ORG);
	assert_int_equal(kind_of("Metallbund"), TA_ORG);
}

/* --- outlets -------------------------------------------------------------- */

/* A quoted newspaper that reports is an organisation. */
static void
test_outlet(void **state)
{
	(void)state;
	run_lang("de", "Das Video, das „Rheinblick“ und „Neue Tagespost“ "
	    "am Montag veröffentlichten, zeigt ihn.\n");
	assert_int_equal(kind_of("Rheinblick"), TA_ORG);
	assert_int_equal(kind_of("Neue Tagespost"), TA_ORG);
	text_free(txt);
	run_lang("fr", "Selon « Le Courrier Lorrain », le maire a "
	    "démissionné.\n");
	assert_int_equal(kind_of("Le Courrier Lorrain"), TA_ORG);
	text_free(txt);
	run_lang("es", "Lo publicó el diario «Voz Andina» ayer.\n");
	assert_int_equal(kind_of("Voz Andina"), TA_ORG);
}

/* A quoted title or name with no reporting is none. */
static void
test_outlet_not(void **state)
{
	(void)state;
	run_lang("de", "Der Film „Kalte Heimat“ lief am Montag. Über eine "
	    "Übernahme der „Rheinpost“ wurde gesprochen.\n");
	assert_int_equal(actor("Kalte Heimat"), -1);
	assert_int_equal(actor("Rheinpost"), -1);
	text_free(txt);
	run_lang("fr", "Il a parlé d'un « Grand Soir » qui vient, a écrit "
	    "un lecteur.\n");
	assert_int_equal(actor("Grand Soir"), -1);
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_acro_title),
		T(test_acro_paired),
		T(test_acro_alone),
		T(test_ordinal),
		T(test_body_long),
		T(test_body_bounds),
		T(test_presidency),
		T(test_joined_title),
		T(test_capital_place),
		T(test_under_leader),
		T(test_party_aside),
		T(test_de_body_noun),
		T(test_outlet),
		T(test_outlet_not),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
