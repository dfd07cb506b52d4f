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
 * Fill meta from the front matter of src, if it has one.  meta's
 * GPtrArrays must exist; fields whose key is absent are left as they
 * are; meta->format is set only when the key is given.  Every problem
 * is reported through msg_at.  Returns the number of errors reported.
 */
int	frontmatter_parse(const struct source *src, struct doc_meta *meta);

/* Optimal string alignment distance (edits, adjacent swaps) of a, b. */
int	frontmatter_distance(const char *a, const char *b);

#endif
