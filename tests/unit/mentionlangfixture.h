/* SPDX-License-Identifier: MIT */
/*
 * The fixture of the Spanish, French and German mentions' tests: a
 * small gazetteer (the states' names in the language and their
 * demonyms come from lex_add_regions_lang), the mentions' fixture, and
 * run_lang.  Include after docfixture.h (and gazetteer.h, text.h).
 */
#ifndef BRIEFING_TEST_MENTIONLANGFIXTURE_H
#define BRIEFING_TEST_MENTIONLANGFIXTURE_H

/* A small gazetteer; the states' names in the language and their
 * demonyms come from lex_add_regions_lang. */
static const char gaz[] =
    "state\tFrance\t-\tParis~\tFrench\t-\t-\n"
    "state\tGermany\t-\tBerlin~\tGerman\tBundesregierung^\t-\n"
    "state\tRussia\t-\tMoscow\tRussian\t-\t-\n"
    "state\tPeru\t-\tLima\tPeruvian\t-\t-\n"
    "state\tChile\t-\tSantiago\tChilean\t-\t-\n"
    "state\tSenegal\t-\tDakar\tSenegalese\t-\t-\n"
    "state\tGuinea\t-\tConakry\tGuinean\t-\t-\n"
    "state\tAustria\t-\tVienna\tAustrian\t-\t-\n"
    "state\tTurkey\t-\tAnkara\tTurkish\t-\t-\n"
    "state\tEgypt\t-\tCairo\tEgyptian\t-\t-\n"
    "state\tC\xC3\xB4te d'Ivoire\t-\tYamoussoukro\tIvorian\t"
    "Ivory Coast\t-\n"
    "org\tAfrican Union\t-\t-\t-\tAU|Union africaine|Unión Africana|Afrikanische Union\t-\n"
    "person\tRecep Tayyip Erdoğan\t-\t-\t-\tErdoğan\tTurkey\n";

#include "mentionfixture.h"

/* The text of body in language lang, analysed. */
G_GNUC_UNUSED static void
run_lang(const char *lang, const char *body)
{
	GString	*md = g_string_new(NULL);

	g_string_printf(md, "---\ntitle: T\ndate: 2024-03-12\nlang: %s\n"
	    "---\n\n%s", lang, body);
	/* a test may read a second text (freeing the first's txt
	 * itself): the first's doc and source freed */
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	lex_add_regions_lang(lex, lang);
	read_doc(md->str);
	g_string_free(md, TRUE);
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
}

#endif
