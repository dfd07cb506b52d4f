/* SPDX-License-Identifier: MIT */
/*
 * Files of derived data in the user's cache folder (fileio_cache_dir),
 * for the work every cold run would otherwise repeat on the same input
 * files: the compiled hyphenation automaton (hyph_store.c), the glyphs
 * a font's shaping plan may act on (fonts.c).  A file is found by its
 * key, a string that names everything its content depends on (the
 * source file's path, size and modification time, library versions,
 * the format's version); it holds that key and a checksum, and is used
 * only when both match.  Writing goes through a temporary file renamed
 * over, so that parallel runs never read half a file.  A missing folder
 * or a failed write is no error: the work is done again next time.
 */
#ifndef BRIEFING_CACHEFILE_H
#define BRIEFING_CACHEFILE_H

#include <glib.h>

/*
 * The content kept under key (its bytes 8-byte aligned), or NULL: none,
 * another key, a bad checksum, or more than max bytes.  prefix names
 * the file ("hyph", "plain": a word, for whoever looks in the folder);
 * slot names what the key is a version of (a dictionary's path, a
 * face's path and a language): writing a key removes the files of its
 * slot's other keys, so the folder holds one file a slot, not one for
 * every version the source file or the libraries ever had; and slots
 * whose source is gone age out (see cachefile_write).
 */
GBytes	*cachefile_read(const char *prefix, const char *slot,
	    const char *key, size_t max);
/* 1 if there is a cache folder to keep files in. */
int	 cachefile_usable(void);
/*
 * The program's GNU build ID (hex), for the keys of files whose content
 * the program's own code decides (a lexicon as it reads it): a rebuilt
 * program with other code has another.  NULL if it was linked without
 * one: such files are then not kept.
 */
const char *cachefile_program_id(void);
/* Keep len bytes of data under key: 0, or -1 if nothing was written (no
 * folder, a write error).  Past 256 files of prefix, the oldest go. */
int	 cachefile_write(const char *prefix, const char *slot,
	    const char *key, const void *data, size_t len);

#endif
