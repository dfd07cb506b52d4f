/* SPDX-License-Identifier: MIT */
/*
 * The lexicons of Spanish, French and German (extract_cue_es.c,
 * extract_cue_fr.c, extract_cue_de.c) that extract_cue_lang.c indexes:
 * each language's cues, the verbs a clause hangs on, the nouns of acts,
 * the words of its grammar and its titles.  Included by those four
 * files only.
 */
#ifndef BRIEFING_EXTRACT_LEX_LANG_H
#define BRIEFING_EXTRACT_LEX_LANG_H

#include <stddef.h>

#include "extract_lang.h"

#define D		LC_DIRECT

/* The acts most cues share (class:code, as assets/cues.tsv gives
 * them). */
#define MEET		"diplomacy:04"
#define VISIT		"diplomacy:042"
#define HOST		"diplomacy:043"
#define AGREE		"agreement:057"
#define JOIN		"agreement:05"
#define LEAVE		"agreement:16"
#define SUCCEED		"succession:-"
#define BACK		"support:05"
#define SUPPLY		"support:06"
#define SANCTION	"coercion:163"
#define RECALL		"coercion:161"

/* Verbs a clause hangs on, by what they make of its act. */
struct lverb {
	const char	*forms;		/* "|"-separated */
	int		 what;		/* LV_* */
};

/* A title and the label of the relation it makes ("leader of" for one
 * who leads, as in English); German titles match a compound's end
 * ("Bundeskanzlerin", "Verteidigungsminister"). */
struct title {
	const char	*word;
	const char	*label;
	int		 plural;	/* "los presidentes X y Y" */
};

struct lang_lexicon {
	const char		*stemmer;	/* the Snowball algorithm */
	const struct lcue	*cues;		/* verbs */
	const struct lverb	*verbs;
	const struct lcue	*nouns;		/* after a possessive: "su
						 * retirada de" */
	const struct lcue	*nominal;	/* naming both ends: "las
						 * sanciones de A contra B" */
	const struct lang_words	*words;
	const struct title	*titles;
};

extern const struct lang_lexicon extract_lexicon_es;
extern const struct lang_lexicon extract_lexicon_fr;
extern const struct lang_lexicon extract_lexicon_de;

#endif
