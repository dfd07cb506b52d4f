/* SPDX-License-Identifier: MIT */
/*
 * Hyphenation points from libhyphen, with the word preparation rules of
 * DESIGN.md.  Included by typeset and its tests.
 */
#ifndef BRIEFING_HYPH_H
#define BRIEFING_HYPH_H

#include <glib.h>

struct hyph;

/*
 * Load the dictionary for a BCP 47 language ("en-US", "de", "ru"...).
 * Returns NULL when there is none (the caller warns: no hyphenation).
 * dir NULL means the system's /usr/share/hyphen.
 */
struct hyph	*hyph_new(const char *lang, const char *dir);
/*
 * The same, loading only the patterns that can apply to the words of
 * text (len bytes of UTF-8): those words hyphenate exactly as with
 * hyph_new, others may get fewer points.  Much faster to load.
 */
struct hyph	*hyph_new_for_text(const char *lang, const char *dir,
		    const char *text, size_t len);
void		 hyph_free(struct hyph *h);

/*
 * Loading a dictionary takes a few milliseconds: start it on another
 * thread while fonts load, and collect it with hyph_wait (which frees the
 * loader and returns what hyph_new, or with text hyph_new_for_text,
 * would have).  text stays borrowed until hyph_wait.
 */
struct hyph_loader;
struct hyph_loader *hyph_start(const char *lang, const char *dir,
		    const char *text, size_t len);
struct hyph	*hyph_wait(struct hyph_loader *l);

/*
 * Where a word made of letters only may break: appends to points the byte
 * offsets k (0 < k < len) before which a hyphen may go.  At least 2
 * letters before and 3 after a break; an all-capitals word gets none.
 * The word is lowercased here.  Results are cached.
 */
void		 hyph_points(struct hyph *h, const char *word, size_t len,
		    GArray *points);

#endif
