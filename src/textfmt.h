/* SPDX-License-Identifier: MIT */
/*
 * Plain-text body -> doc blocks, its headline and date line.  Included
 * by doc.c and the tests.
 */
#ifndef BRIEFING_TEXTFMT_H
#define BRIEFING_TEXTFMT_H

#include <glib.h>

#include "doc.h"
#include "source.h"

/*
 * Append the blocks of src's body (from src->body_off) to blocks, a
 * GPtrArray of struct doc_node *.  Lines between blank lines are one
 * paragraph when blank lines part the text's paragraphs, and the lines
 * of a text hard-wrapped at a width are joined by a space (a word
 * hyphenated across the break rejoined, its hyphen dropped unless the
 * part before it is capitalised or the text writes the word with the
 * hyphen elsewhere); otherwise every line is a paragraph.  A short line
 * without final punctuation followed by a paragraph is a heading (level
 * 2); lines starting with "- ", "* " or "• " are bullets ("1. "
 * numbered items).  With meta (may be NULL): line 1 is the headline,
 * meta->title, when the front matter gave no title and a blank line or
 * a date line follows it; a date line (textfmt_date_line) among the
 * next two lines is no body text and dates the document (meta->date,
 * year, month, day) unless the front matter did.  A wire dateline
 * opening the first paragraph is its first span and node->dateline.
 * Returns 0.
 */
int	textfmt_parse(const struct source *src, GPtrArray *blocks,
	    struct doc_meta *meta);

/*
 * The line s[0, n) is a date line: a date to the day alone, or with a
 * by-line of at most 8 words, parted by '|', '·' or a spaced dash ("By
 * Staff Reporter | 14 July 2015", "Por Redacción | 3 de mayo de 2021",
 * "Le 12 mars 2019", "12. März 2019").  English dates are read by
 * extract_date_parse, Spanish, French and German ones by ICU's date
 * parser.  Returns 1 and sets *y, *m, *d, else 0.
 */
int	textfmt_date_line(const char *s, size_t n, int *y, int *m, int *d);

/*
 * Length in bytes of the wire dateline opening s[0, n), with the spaces
 * after its dash ("VIENNA (AP) -- ", "MOSCOW, March 18 (Reuters) - "),
 * or 0: at most 8 words before the dash, the first in capitals or an
 * agency in brackets among them, no sentence end.
 */
size_t	textfmt_dateline(const char *s, size_t n);

#endif
