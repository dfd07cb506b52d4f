/* SPDX-License-Identifier: MIT */
/*
 * A document under test and its source, read from a string or a file;
 * the test's teardown frees both (doc_free(doc), source_free(src)).
 * Include after cmocka.h; a test may use either reader.
 */
#ifndef BRIEFING_TEST_DOCFIXTURE_H
#define BRIEFING_TEST_DOCFIXTURE_H

#include "doc.h"
#include "source.h"

static struct source	*src;
static struct doc	*doc;

/* doc_read of text as "t.md"; the source stays in src. */
G_GNUC_UNUSED static struct doc *
read_doc(const char *text)
{
	src = source_from_string("t.md", text, (size_t)-1);
	assert_non_null(src);
	doc = doc_read(src);
	assert_non_null(doc);
	return doc;
}

/* doc_read of a file; the source stays in src. */
G_GNUC_UNUSED static struct doc *
load_doc(const char *path)
{
	src = source_load(path);
	assert_non_null(src);
	doc = doc_read(src);
	assert_non_null(doc);
	return doc;
}

#endif
