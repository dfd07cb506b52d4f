/* SPDX-License-Identifier: MIT */
/*
 * Internals of the coreference stage, shared by text_coref.c (pronouns,
 * possessives) and text_coref_np.c (noun phrases and the word tests).
 * Included by those two files only.
 */
#ifndef BRIEFING_TEXT_COREF_INT_H
#define BRIEFING_TEXT_COREF_INT_H

#include <glib.h>

#include "text_int.h"

#define NP_SCAN		24	/* tokens of a candidate read at most */
#define NP_MAX		10	/* tokens of an antecedent: longer, cut
				 * before its first preposition */

/* A person's gender where the text gives it. */
#define G_NONE		0
#define G_MALE		1
#define G_FEMALE	2

/* A clause's subject or object read as a noun phrase. */
struct np {
	guint		 first, n;	/* the phrase proper */
	guint		 head;		/* token of its head noun */
	int		 plural;	/* plural head, "X and Y" */
	int		 group;		/* "the junta", a group's name */
	int		 person;	/* a person's name or a person noun */
	int		 gender;	/* G_* of a person */
	int		 actor;		/* the actor it names, -1 */
	int		 unknown;	/* a name of no mention: a person? */
};

/* Words of one gender (lower case, NULL-ended): "he", "mr", "queen". */
extern const char *const coref_male[];
extern const char *const coref_female[];

/* Token i is in the list (lower-case ASCII key). */
int		 coref_in_list(const struct text *, guint, const char *const *);
int		 coref_is_word(const struct text *, guint);
/* Punctuation or another symbol. */
int		 coref_is_punct(const struct text *, guint);
/* A hyphen or dash inside a word: "44-day". */
int		 coref_joiner(const struct text *, guint);
/* Class and verb bits of token i, its sentence's first token first. */
unsigned	 coref_lex_at(const struct text *, guint, guint);
/*
 * Tokens [f, f + n) of sentence s read as a noun phrase in *np (gender:
 * per actor, G_*).  Returns 0 when they are none: a pronoun, a
 * relative, "this" alone, a number, a gerund.
 */
int		 coref_np_read(const struct text *, const int *, guint, guint,
		    guint, struct np *);

#endif
