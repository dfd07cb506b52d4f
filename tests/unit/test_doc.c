/* SPDX-License-Identifier: MIT */
/* Unit tests of doc.c: a Markdown body's first `# H1` as the title. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "msg.h"
#include "capture.h"
#include "source.h"

static struct source	*src;

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	source_free(src);
	src = NULL;
	return 0;
}

static struct doc *
read_doc(const char *text)
{
	source_free(src);
	src = source_from_string("t.md", text, (size_t)-1);
	assert_non_null(src);
	return doc_read(src);
}

#include "doccheck.h"

/* A first `# H1` with no title: the title, not a section; its inline
 * markup and quotes read as text. */
static void
test_doc_read_h1_title(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("# Harbour board *closes* the \"old\" pier\n\n"
	    "The board voted on Thursday.\n\n## Reactions\n\nNone yet.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_string_equal(doc->meta.title,
	    "Harbour board closes the \u201Cold\u201D pier");
	assert_int_equal(doc->blocks->len, 3);
	assert_int_equal(block(doc->blocks, 0)->type, DOC_PARA);
	assert_int_equal(block(doc->blocks, 0)->pos.line, 3);
	check_span(block(doc->blocks, 0), 0, "The board voted on Thursday.",
	    0, "The board");
	assert_int_equal(block(doc->blocks, 1)->type, DOC_HEADING);
	doc_free(doc);
}

/* The front matter's title wins; an H1 after text, an H2 first, or an
 * H1 that is the whole body stay sections. */
static void
test_doc_read_h1_kept(void **state)
{
	static const char *const texts[] = {
		"---\ntitle: Given\n---\n# Harbour board\n\nText.\n",
		"Text first.\n\n# Harbour board\n\nText.\n",
		"## Harbour board\n\nText.\n",
		"# Harbour board\n",
	};
	struct doc	*doc;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(texts); i++) {
		doc = read_doc(texts[i]);
		assert_non_null(doc);
		if (strcmp(doc->meta.title, "Harbour board") == 0)
			fail_msg("'%s': the heading became the title",
			    texts[i]);
		doc_free(doc);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_doc_read_h1_title),
		T(test_doc_read_h1_kept),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
