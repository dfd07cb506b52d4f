/* SPDX-License-Identifier: MIT */
/*
 * A whole libhyphen dictionary kept compiled in the user's cache
 * (hyph.c's helper, through cachefile.h): libhyphen parses a
 * dictionary's text on every load (40 million instructions for en-US),
 * its compiled automaton loads in a tenth of that.  The file is keyed
 * by the dictionary's path, size and modification time, checksummed,
 * and checked state by state before libhyphen walks it: a stale, cut
 * or altered file is not used.
 */
#ifndef BRIEFING_HYPH_STORE_H
#define BRIEFING_HYPH_STORE_H

#include <sys/stat.h>

#include <hyphen.h>

/*
 * The compiled dictionary of the file at path (st: its stat); NULL if
 * there is none, or it is not the file's as it is now, or it does not
 * check.  Free with hyph_store_free (one block), never hnj_hyphen_free.
 */
HyphenDict	*hyph_store_load(const char *path, const struct stat *st);
void		 hyph_store_free(HyphenDict *d);

/*
 * Keep d, loaded whole from the file at path, compiled in the cache.
 * Returns 0, or -1 when nothing was written: no cache folder, a
 * dictionary with replacements (libhyphen's non-standard hyphenation,
 * kept out of the format), or a write error.  A failure is no error of
 * the build: the next run loads the text again.
 */
int		 hyph_store_save(const char *path, const struct stat *st,
		    const HyphenDict *d);

#endif
