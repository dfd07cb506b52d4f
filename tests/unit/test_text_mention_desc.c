/* SPDX-License-Identifier: MIT */
/* Unit tests of the definite descriptions in Spanish, French and German
 * (text_mention_desc.c): the last organisation ("l'organisation
 * régionale", "el bloque", "das Bündnis") and the junta ("la junte",
 * "die Junta"), and the descriptions that name nothing. */
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

/* --- the last organisation ------------------------------------------------ */

/* A description whose adjective fits a body of states, or none before a
 * verb, names the organisation named last. */
static void
test_org_fits(void **state)
{
	(void)state;
	run_lang("fr", "L'Union africaine a suspendu le S\xC3\xA9n\xC3\xA9gal. "
	    "L'organisation r\xC3\xA9gionale exige des \xC3\xA9lections.\n");
	is_mention("L'organisation r\xC3\xA9gionale", "African Union",
	    TM_ROLE);
	text_free(txt);
	run_lang("es", "La Uni\xC3\xB3n Africana sancion\xC3\xB3 a Chile. El "
	    "bloque exigi\xC3\xB3 elecciones.\n");
	is_mention("El bloque", "African Union", TM_ROLE);
	text_free(txt);
	run_lang("de", "Die Afrikanische Union tagte in Wien. Das "
	    "westafrikanische B\xC3\xBCndnis verh\xC3\xA4ngte Sanktionen.\n");
	is_mention("Das westafrikanische B\xC3\xBCndnis", "African Union",
	    TM_ROLE);
}

/* Words that do not fit another body: an adjective of another kind, a
 * state's demonym, a complement, a title or a body before it. */
static void
test_org_other(void **state)
{
	(void)state;
	run_lang("fr", "L'Union africaine s'est r\xC3\xA9unie. "
	    "L'organisation humanitaire a protest\xC3\xA9. Le chef de "
	    "l'organisation a parl\xC3\xA9.\n");
	no_mention("L'organisation humanitaire");
	no_mention("l'organisation");
	text_free(txt);
	run_lang("es", "La Uni\xC3\xB3n Africana se reuni\xC3\xB3. El bloque "
	    "de diputados vot\xC3\xB3 en contra.\n");
	no_mention("El bloque");
	text_free(txt);
	run_lang("de", "Die Afrikanische Union tagte. Das "
	    "s\xC3\xBC" "dafrikanische B\xC3\xBCndnis schwieg.\n");
	no_mention("Das s\xC3\xBC" "dafrikanische B\xC3\xBCndnis");
	text_free(txt);
	/* a German noun before a name: the name's own body */
	run_lang("de", "Die Afrikanische Union tagte. Die kontinentale "
	    "Organisation AU drohte.\n");
	no_mention("Die kontinentale Organisation");
	text_free(txt);
	/* no organisation named before: nothing */
	run_lang("fr", "Le S\xC3\xA9n\xC3\xA9gal proteste. L'organisation "
	    "r\xC3\xA9gionale se tait.\n");
	no_mention("L'organisation r\xC3\xA9gionale");
}

/* An apposition names what stands before it: the organisation only
 * when that is it. */
static void
test_org_apposition(void **state)
{
	(void)state;
	run_lang("fr", "L'Union africaine a parl\xC3\xA9 avec le "
	    "S\xC3\xA9n\xC3\xA9gal, l'organisation r\xC3\xA9gionale "
	    "l'a dit.\n");
	no_mention("l'organisation r\xC3\xA9gionale");
	text_free(txt);
	run_lang("fr", "Le S\xC3\xA9n\xC3\xA9gal a quitt\xC3\xA9 l'Union "
	    "africaine, l'organisation continentale.\n");
	is_mention("l'organisation continentale", "African Union", TM_ROLE);
}

/* --- the junta ------------------------------------------------------------ */

/* "la junte sénégalaise" ties the junta to the state; "la junte" names
 * it after, in each language; a title before it keeps it. */
static void
test_junta_state(void **state)
{
	(void)state;
	run_lang("fr", "La junte s\xC3\xA9n\xC3\xA9galaise a ferm\xC3\xA9 les "
	    "fronti\xC3\xA8res. Mardi, la junte a expuls\xC3\xA9 "
	    "l'ambassadeur de France. Le chef de la junte a parl\xC3\xA9.\n");
	is_mention("la junte", "Senegal", TM_ROLE);
	no_mention("La junte");
	assert_null(mention("la junte", 1));
	text_free(txt);
	run_lang("es", "La junta militar de Chile cerr\xC3\xB3 el Congreso. "
	    "En marzo, la junta anunci\xC3\xB3 elecciones.\n");
	is_mention("la junta", "Chile", TM_ROLE);
	text_free(txt);
	run_lang("de", "Die chilenische Junta schloss das Parlament. Im "
	    "M\xC3\xA4rz k\xC3\xBCndigte die Junta Wahlen an.\n");
	is_mention("die Junta", "Chile", TM_ROLE);
	text_free(txt);
	/* by its capital */
	run_lang("fr", "La junte de Dakar a rompu avec Paris. Puis la junte "
	    "a accus\xC3\xA9 la France.\n");
	is_mention("la junte", "Senegal", TM_ROLE);
	text_free(txt);
	run_lang("de", "Die Junta in Lima trotzt. Dann warnte die Junta "
	    "Frankreich. Die Junta drohte.\n");
	is_mention("die Junta", "Peru", TM_ROLE);
	/* an object after the noun is no genitive: still Peru's */
	is_mention("Die Junta", "Peru", TM_ROLE);
}

/* A body named as one that rules after a coup is the junta; with none,
 * "la junte" names nothing, "la junta directiva" is a board. */
static void
test_junta_body(void **state)
{
	(void)state;
	run_lang("fr", "Le Comit\xC3\xA9 national pour le salut du peuple "
	    "(CNSP) a pris le pouvoir. Les militaires au pouvoir ont "
	    "promis des \xC3\xA9lections.\n");
	is_mention("Les militaires au pouvoir", "Comit\xC3\xA9 national pour "
	    "le salut du peuple", TM_ROLE);
	text_free(txt);
	run_lang("fr", "La junte a ferm\xC3\xA9 les fronti\xC3\xA8res.\n");
	no_mention("La junte");
	text_free(txt);
	run_lang("es", "La junta directiva del banco se reuni\xC3\xB3 en "
	    "Lima.\n");
	no_mention("La junta");
	no_mention("La junta directiva");
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_org_fits),
		T(test_org_other),
		T(test_org_apposition),
		T(test_junta_state),
		T(test_junta_body),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
