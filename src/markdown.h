/* SPDX-License-Identifier: MIT */
/*
 * Markdown body (md4c) -> doc blocks.  Included by doc.c and the tests.
 */
#ifndef BRIEFING_MARKDOWN_H
#define BRIEFING_MARKDOWN_H

#include <glib.h>

#include "source.h"

/*
 * Append the blocks of src's body (from src->body_off) to blocks, a
 * GPtrArray of struct doc_node *.  Unsupported constructs (tables,
 * images, raw HTML) are set as text with a warning; nesting deeper
 * than DOC_MAX_DEPTH is flattened.  Returns 0, or -1 after an error.
 */
int	markdown_parse(const struct source *src, GPtrArray *blocks);

#endif
