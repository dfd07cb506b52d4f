/* SPDX-License-Identifier: MIT */
/*
 * Accessors and checks on the document model shared by the reader's
 * unit tests.  Include after cmocka.h and after declaring the test's
 * `static struct source *src` (the source the doc was read from).
 */
#ifndef BRIEFING_TEST_DOCCHECK_H
#define BRIEFING_TEST_DOCCHECK_H

#include <string.h>

#include "doc.h"

static struct doc_node *
block(const GPtrArray *a, guint i)
{
	assert_true(i < a->len);
	return g_ptr_array_index(a, i);
}

static struct doc_span *
span(const struct doc_node *n, guint i)
{
	assert_non_null(n->spans);
	assert_true(i < n->spans->len);
	return g_ptr_array_index(n->spans, i);
}

/* The span's text, style, and source text at its offset. */
static void
check_span(const struct doc_node *n, guint i, const char *text,
    unsigned style, const char *at)
{
	const struct doc_span *sp = span(n, i);

	assert_string_equal(sp->text, text);
	assert_int_equal(sp->style, style);
	assert_memory_equal(src->buf + sp->off, at, strlen(at));
}

#endif
