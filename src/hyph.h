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
 * The same for a text (len bytes of UTF-8): a large dictionary (de) is
 * cut down to the patterns that can apply to the text's words, much
 * faster to load; those words hyphenate exactly as with hyph_new, and
 * other words get no points then (so that they do not depend on what
 * was loaded).  A small dictionary, or one for a text of very many
 * words, is loaded whole; one of at most 256 KB (en, es, fr, ru) from
 * its compiled form in the user's cache (hyph_store.h) when there.
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
 * Dictionaries kept between the builds of one process (--watch): a
 * build whose words the kept one holds loads nothing.  The points a
 * word gets are those of a cold run, whatever the cache held.  Not
 * used by two builds at once.
 */
struct hyph_cache;
struct hyph_cache *hyph_cache_new(void);
void		 hyph_cache_free(struct hyph_cache *c);
/* hyph_start through a cache (NULL: none). */
struct hyph_loader *hyph_start_cached(const char *lang, const char *dir,
		    const char *text, size_t len, struct hyph_cache *cache);

/* The dictionary file for a language (g_free), or NULL: none. */
char		*hyph_dict_path(const char *lang, const char *dir);

/*
 * Where a word made of letters only may break: appends to points the byte
 * offsets k (0 < k < len) before which a hyphen may go.  At least 2
 * letters before and 3 after a break; an all-capitals word gets none.
 * The word is lowercased here.  Results are cached.
 */
void		 hyph_points(struct hyph *h, const char *word, size_t len,
		    GArray *points);

#endif
