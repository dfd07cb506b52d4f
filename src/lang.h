/* SPDX-License-Identifier: MIT */
/*
 * The language of a text among en, es, fr, de, by counting the most
 * frequent function words of each.  Included by doc.c and frontmatter.c
 * (and the unit tests); no library type crosses it.
 */
#ifndef BRIEFING_LANG_H
#define BRIEFING_LANG_H

#include <stddef.h>

/* Only the first LANG_WINDOW bytes of a text are read. */
#define LANG_WINDOW	20000
/* Fewer words than this in the window: too short to tell. */
#define LANG_MIN_WORDS	20
/* The leader needs at least this many function-word hits... */
#define LANG_MIN_HITS	8
/* ...of at least this many different words (one word repeated, or
 * short words by chance in random letters, is no language)... */
#define LANG_MIN_KINDS	5
/* ...making at least 1 / LANG_MIN_SHARE of all words (prose has a
 * third to a half; random letters a few in a hundred)... */
#define LANG_MIN_SHARE	10
/* ...and LANG_LEAD times the hits of the runner-up. */
#define LANG_LEAD	2

/*
 * "en", "es", "fr" or "de" for the first LANG_WINDOW bytes of text (n
 * bytes of UTF-8; invalid bytes separate words), or NULL when the text
 * is too short or no language clearly leads (see above).  *confidence,
 * if confidence is not NULL, gets (lead - second) / lead in [0, 1] for
 * the leader (0 when there is none), also when NULL is returned.
 * Linear in min(n, LANG_WINDOW); thread-safe.
 */
const char	*lang_detect(const char *text, size_t n, double *confidence);

/* "en" for "en-GB", "de" for "de_AT": the primary subtag of a tag when
 * it is one of the four, else NULL. */
const char	*lang_primary(const char *tag);

#endif
