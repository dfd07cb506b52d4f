/* SPDX-License-Identifier: MIT */
/*
 * YAML front matter -> struct doc_meta.  Included by doc.c only (and
 * the unit tests).
 */
#ifndef BRIEFING_FRONTMATTER_H
#define BRIEFING_FRONTMATTER_H

#include "doc.h"
#include "source.h"

/* Collections nest at most this deep in a front matter. */
#define FM_MAX_DEPTH	32
/*
 * Aliases (*name) repeat the scalar their anchor names: a front matter
 * may hold at most FM_MAX_ALIASES of them, adding at most
 * FM_MAX_EXPANDED bytes of text in all, so that a small file cannot
 * stand for a huge one.
 */
#define FM_MAX_ALIASES	1000
#define FM_MAX_EXPANDED	(1024 * 1024)

/*
 * Fill meta from the front matter of src, if it has one.  meta's
 * GPtrArrays must exist; fields whose key is absent are left as they
 * are; meta->format is set only when the key is given.  Every problem
 * is reported through msg_at.  Returns the number of errors reported.
 */
int	frontmatter_parse(const struct source *src, struct doc_meta *meta);

/* Optimal string alignment distance (edits, adjacent swaps) of a, b. */
int	frontmatter_distance(const char *a, const char *b);

#endif
