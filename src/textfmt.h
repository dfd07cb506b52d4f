/* SPDX-License-Identifier: MIT */
/*
 * Plain-text body -> doc blocks: every line a block.  Included by doc.c
 * and the tests.
 */
#ifndef BRIEFING_TEXTFMT_H
#define BRIEFING_TEXTFMT_H

#include <glib.h>

#include "source.h"

/*
 * Append the blocks of src's body (from src->body_off) to blocks, a
 * GPtrArray of struct doc_node *: a short line without final
 * punctuation followed by a paragraph line is a heading (level 2), lines
 * starting with "- ", "* " or "• " are bullets ("1. " numbered items),
 * every other non-blank line a paragraph.  Returns 0.
 */
int	textfmt_parse(const struct source *src, GPtrArray *blocks);

#endif
