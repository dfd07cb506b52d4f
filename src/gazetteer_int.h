/* SPDX-License-Identifier: MIT */
/*
 * The lexicon's parts that its reader (gazetteer.c) and its image
 * (gazetteer_image.c) share, and nothing else sees.
 */
#ifndef BRIEFING_GAZETTEER_INT_H
#define BRIEFING_GAZETTEER_INT_H

#include "gazetteer.h"

#define LEX_FORM_WORDS	8	/* words of a cue form at most */

/* A cue form: its words, a stem ("cooperat*") where the bit is set. */
struct form {
	const struct cue *cue;
	int		 nw;
	char		**w;
	unsigned	 stem;
};

/* The classes of acts ("force" of "force:19"), NULL-terminated: a
 * cue's cls is one of these. */
extern const char *const lex_act_classes[];

/* The image of a lexicon (gazetteer_image.c), and the lexicon of an
 * image: NULL if it does not check (tests). */
GBytes		*lex_image_make(const struct lex *lex);
struct lex	*lex_image_read(GBytes *b);

#endif
