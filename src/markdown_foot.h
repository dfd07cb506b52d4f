/* SPDX-License-Identifier: MIT */
/*
 * Markdown footnotes, which md4c 0.4.8 does not know: the definitions
 * ("[^label]: text") are found before md4c runs and blanked in a copy of
 * the source, so that md4c neither prints them nor reads a URL-shaped
 * one as a link reference, while every other byte keeps its offset;
 * the references ("[^label]") are then looked up in md4c's text.
 * Included by markdown.c and the tests.
 */
#ifndef BRIEFING_MARKDOWN_FOOT_H
#define BRIEFING_MARKDOWN_FOOT_H

#include <stddef.h>
#include <glib.h>

#include "source.h"

/* A label longer than this is no footnote label. */
#define FOOT_LABEL_MAX	100

struct foot_def {
	char	*label;		/* as written, without "[^" and "]" */
	char	*text;		/* the note: its lines joined by one space,
				 * emphasis and code marks dropped, a
				 * link's target in brackets after its
				 * text (as written if it reads as another
				 * block than a paragraph) */
	size_t	 off;		/* source offset of its '[' */
	int	 used;		/* a reference was found */
};

struct foot {
	char		*buf;	/* the source with the definitions blanked:
				 * src->len bytes and a NUL, each byte of a
				 * definition but line ends made a space */
	GPtrArray	*defs;	/* struct foot_def *, in source order */
	GHashTable	*labels;	/* folded label -> first struct
					 * foot_def * of that label */
};

/*
 * Find the footnote definitions of src's body (a definition without
 * text is a warning and is not used).  A definition is a line
 * opening (after at most 3 spaces) with "[^label]:" where a block may
 * start: at the body's start, after a blank line or after another
 * definition; not inside a fenced code block.  Its text runs on over
 * the following lines indented by a space or a tab, and over blank
 * lines followed by a line indented by 4 spaces or a tab.  A label is
 * 1 to FOOT_LABEL_MAX bytes without blanks or brackets, matched
 * without regard to case.  A second definition of a label is a warning
 * at its line:col and is not used.  Linear in the body's length.
 */
struct foot	*markdown_foot_scan(const struct source *src);
void		 markdown_foot_free(struct foot *f);

/*
 * The reference "[^label]" starting at p, in the blanked buffer, ending
 * before end: its length in bytes (0: none here), and its definition in
 * *def (NULL: no definition has that label).  A '[' after a backslash
 * starts no reference.
 */
size_t		 markdown_foot_ref(const struct foot *f, const char *p,
		    const char *end, struct foot_def **def);

/*
 * The URL a note text stands for when it is nothing but one
 * ("https://x.org/a", "<https://x.org/a>", "www.x.org"), else NULL
 * (caller frees).
 */
char		*markdown_foot_url(const char *text);

#endif
