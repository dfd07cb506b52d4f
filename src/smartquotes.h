/* SPDX-License-Identifier: MIT */
/*
 * Typographic quotes, dashes and ellipses for plain text.  Included by
 * the reader (doc.c) and its tests.
 */
#ifndef BRIEFING_SMARTQUOTES_H
#define BRIEFING_SMARTQUOTES_H

#include <glib.h>

/*
 * Return a new string: text (UTF-8, NUL-terminated) with straight double
 * and single quotes made curly (apostrophes as U+2019), "---" as an em
 * dash, "--" as an en dash and "..." as an ellipsis.  URLs (a word
 * starting with a scheme such as "https://", or "www.") are copied as
 * they are.  *prev is the character before text (0: none, as at the
 * start of a block); on return it is the last character of the result.
 */
char	*smartquotes(const char *text, gunichar *prev);

/*
 * The same in the quotation marks of the language of tag (NULL:
 * English): French double quotes as guillemets (« »), German as „ “;
 * other languages, and single quotes, as smartquotes() makes them.
 */
char	*smartquotes_lang(const char *text, gunichar *prev, const char *tag);

#endif
