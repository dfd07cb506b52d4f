/* SPDX-License-Identifier: MIT */
/* Unit tests of textfmt.c: the plain-text rules on the seed article. */
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
#include "textfmt.h"

/* The seed article (shared/seed/article.txt), long paragraphs cut. */
static const char seed[] =
    "Historical Context of The Invitation\n"
    "This visit comes almost 24 years after Putin\u2019s last trip to "
    "Pyongyang in 2000, highlighting a renewed emphasis on the "
    "Russia-North Korea relationship.\n"
    "The geopolitical landscape has shifted significantly since then.\n"
    "Implications of the Visit\n"
    "For Putin, this visit is more than a symbolic gesture. It serves "
    "multiple purposes:\n"
    "- Defiance Against the West: By strengthening ties with North Korea, "
    "Putin aims to needle Washington and its allies, showcasing Russia\u2019s "
    "ability to forge new alliances despite international sanctions.\n"
    "- Military Cooperation: North Korea\u2019s provision of artillery "
    "shells and other munitions is crucial for Russia\u2019s war efforts in "
    "Ukraine.\n"
    "- Economic and Strategic Benefits: The visit is expected to result "
    "in deals beneficial to both nations.\n"
    "International Concerns Amidst ongoing Conflicts in Ukraine\n"
    "The deepening military cooperation between Russia and North Korea "
    "has alarmed the United States and its allies.\n"
    "As the war in Ukraine continues to influence global alliances, "
    "further complicating the already complex web of global politics.";

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

/* doc_read of text as "t.txt"; the source stays in src. */
static struct doc *
read_doc(const char *text)
{
	source_free(src);
	src = source_from_string("t.txt", text, (size_t)-1);
	assert_non_null(src);
	return doc_read(src);
}

#include "doccheck.h"

/* The types of the top-level blocks as letters: h, p, l. */
static char *
shape(const struct doc *doc)
{
	GString	*s = g_string_new(NULL);
	guint	 i;

	for (i = 0; i < doc->blocks->len; i++)
		g_string_append_c(s, "hplIqc"[block(doc->blocks, i)->type]);
	return g_string_free(s, FALSE);
}

static void
test_textfmt_parse_seed(void **state)
{
	struct doc	*doc;
	struct doc_node	*n, *item, *p;
	char		*sh;

	(void)state;
	doc = read_doc(seed);
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_int_equal(doc->meta.format, DOC_FMT_TEXT);
	assert_string_equal(doc->meta.title, "T");
	sh = shape(doc);
	assert_string_equal(sh, "hpphplhpp");
	g_free(sh);

	n = block(doc->blocks, 0);
	assert_int_equal(n->level, 2);
	check_span(n, 0, "Historical Context of The Invitation", 0,
	    "Historical");
	n = block(doc->blocks, 3);
	check_span(n, 0, "Implications of the Visit", 0, "Implications");
	assert_int_equal(n->pos.line, 4);
	n = block(doc->blocks, 6);
	check_span(n, 0, "International Concerns Amidst ongoing Conflicts in "
	    "Ukraine", 0, "International");

	n = block(doc->blocks, 5);
	assert_int_equal(n->type, DOC_LIST);
	assert_int_equal(n->ordered, 0);
	assert_int_equal(n->level, 1);
	assert_int_equal(n->children->len, 3);
	item = block(n->children, 0);
	assert_int_equal(item->type, DOC_ITEM);
	assert_int_equal(item->pos.line, 6);
	assert_int_equal(item->pos.col, 1);
	p = block(item->children, 0);
	assert_int_equal(p->pos.col, 3);
	check_span(p, 0, "Defiance Against the West:", SPAN_STRONG,
	    "Defiance");
	check_span(p, 1, " By strengthening ties with North Korea, Putin "
	    "aims to needle Washington and its allies, showcasing "
	    "Russia\u2019s ability to forge new alliances despite "
	    "international sanctions.", 0, " By");
	item = block(n->children, 2);
	check_span(block(item->children, 0), 0,
	    "Economic and Strategic Benefits:", SPAN_STRONG, "Economic");
	doc_free(doc);
}

static void
test_textfmt_parse_heading_rules(void **state)
{
	struct doc	*doc;
	char		*sh;

	(void)state;
	doc = read_doc(
	    "Two Short Lines\n"		/* followed by a heading-like line */
	    "Without Punctuation\n"
	    "Then a paragraph.\n"
	    "lower case start\n"
	    "Paragraph.\n"
	    "Ends with a colon:\n"
	    "Paragraph.\n"
	    "A heading \u201Cquoted.\u201D\n"
	    "Paragraph.\n"
	    "One two three four five six seven eight nine ten eleven twelve "
	    "thirteen\n"
	    "Paragraph.\n"
	    "Heading Before Bullets\n"
	    "- bullet\n"
	    "\n"
	    "Heading Across a Blank Line\n"
	    "\n"
	    "Paragraph.\n"
	    "Last Line");
	assert_non_null(doc);
	sh = shape(doc);
	assert_string_equal(sh, "phpppppppppplhpp");
	g_free(sh);
	doc_free(doc);
}

static void
test_textfmt_parse_bullets(void **state)
{
	struct doc	*doc;
	struct doc_node	*l;
	char		*sh;

	(void)state;
	doc = read_doc("Intro.\n"
	    "- one\n"
	    "* two\n"
	    "\n"
	    "\u2022 three: with a colon\n"
	    "1. first\n"
	    "2) second\n"
	    "-not a bullet\n"
	    "- A lead-in of many more than eight words before: the colon\n"
	    "- http://x.org: a URL is no lead-in\n");
	assert_non_null(doc);
	sh = shape(doc);
	assert_string_equal(sh, "pllpl");
	g_free(sh);
	l = block(doc->blocks, 1);
	assert_int_equal(l->children->len, 3);
	check_span(block(block(l->children, 2)->children, 0), 0, "three:",
	    SPAN_STRONG, "three:");
	l = block(doc->blocks, 2);
	assert_int_equal(l->ordered, 1);
	assert_int_equal(l->start, 1);
	assert_int_equal(l->children->len, 2);
	check_span(block(block(l->children, 1)->children, 0), 0, "second", 0,
	    "second");
	check_span(block(doc->blocks, 3), 0, "-not a bullet", 0, "-not");
	l = block(doc->blocks, 4);
	check_span(block(block(l->children, 0)->children, 0), 0,
	    "A lead-in of many more than eight words before: the colon", 0,
	    "A lead");
	check_span(block(block(l->children, 1)->children, 0), 0,
	    "http://x.org", SPAN_LINK, "http://x.org:");
	doc_free(doc);
}

static void
test_textfmt_parse_links_and_quotes(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;

	(void)state;
	doc = read_doc("He said \"see www.x.org/a--b.\" -- it's "
	    "(https://y.org).\n");
	assert_non_null(doc);
	p = block(doc->blocks, 0);
	assert_int_equal(p->spans->len, 5);
	check_span(p, 0, "He said \u201Csee ", 0, "He said");
	check_span(p, 1, "www.x.org/a--b", SPAN_LINK, "www.x.org");
	assert_string_equal(span(p, 1)->href, "http://www.x.org/a--b");
	check_span(p, 2, ".\u201D \u2013 it\u2019s (", 0, ".\" --");
	check_span(p, 3, "https://y.org", SPAN_LINK, "https://y.org)");
	check_span(p, 4, ").", 0, ").");
	doc_free(doc);
}

static void
test_textfmt_parse_hard_wrapped(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;
	char		*sh;

	(void)state;
	/* wrapped at 60 columns: each line broken where the next word
	 * would not fit; a short last line ends the paragraph */
	doc = read_doc(
	    "Short Heading Line\n"
	    "\n"
	    "The ministers met in the capital on Tuesday and agreed to a\n"
	    "plan that had been discussed for months by their deputies in\n"
	    "talks that were often broken off.\n"
	    "A second paragraph starts here without a blank line between.\n"
	    "\n"
	    "Another paragraph of wire copy that runs over the wrap width\n"
	    "and ends here.\n");
	assert_non_null(doc);
	/* line 1 before a blank line: the headline, the title */
	assert_string_equal(doc->meta.title, "Short Heading Line");
	sh = shape(doc);
	assert_string_equal(sh, "ppp");
	g_free(sh);
	p = block(doc->blocks, 0);
	assert_int_equal(p->spans->len, 5);
	check_span(p, 1, " ", 0, "\nplan");
	check_span(p, 2, "plan that had been discussed for months by their "
	    "deputies in", 0, "plan");
	assert_int_equal(block(doc->blocks, 1)->pos.line, 6);
	assert_int_equal(block(doc->blocks, 2)->spans->len, 3);
	doc_free(doc);
}

/* Filled for balance (as "fmt -w 72" does): lines end short of the
 * width though the next word would fit; a long line going on in lower
 * case, or stopping mid-sentence, is wrapped; a headline is not. */
static void
test_textfmt_parse_balanced(void **state)
{
	struct doc	*doc;
	char		*sh;

	(void)state;
	doc = read_doc(
	    "Ministers agree a plan for the northern ports in Lisbon\n"
	    "By Staff Reporter | 3 May 2024\n"
	    "\n"
	    "The ministers met in the capital on Tuesday and agreed to\n"
	    "a plan that had been discussed for months by their deputies\n"
	    "in talks that were often broken off by one side or the other\n"
	    "over the cost of dredging the two harbours near the border.\n"
	    "The deputies will meet again in June to settle the budget for\n"
	    "the first stage, officials said on Wednesday in a statement.\n"
	    "\n"
	    "A second paragraph of the report runs over two lines of the\n"
	    "text and ends here, well short of the width of the others.\n");
	assert_non_null(doc);
	sh = shape(doc);
	assert_string_equal(sh, "pp");	/* headline and by-line taken out */
	g_free(sh);
	assert_string_equal(doc->meta.title,
	    "Ministers agree a plan for the northern ports in Lisbon");
	assert_string_equal(doc->meta.date, "2024-05-03");
	assert_int_equal(block(doc->blocks, 0)->pos.line, 4);
	assert_int_equal(block(doc->blocks, 1)->pos.line, 11);
	doc_free(doc);
}

static void
test_textfmt_parse_line_ends(void **state)
{
	struct doc	*doc;
	char		*sh;

	(void)state;
	doc = read_doc("A Title Here\r\nFirst para.\rSecond para.\r\n  \r\n"
	    "   Indented para.  \n");
	assert_non_null(doc);
	sh = shape(doc);
	assert_string_equal(sh, "hppp");
	g_free(sh);
	check_span(block(doc->blocks, 2), 0, "Second para.", 0, "Second");
	assert_int_equal(block(doc->blocks, 2)->pos.line, 3);
	check_span(block(doc->blocks, 3), 0, "Indented para.", 0, "Indented");
	assert_int_equal(block(doc->blocks, 3)->pos.col, 4);
	doc_free(doc);
}

static void
test_textfmt_parse_front_matter(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\ntitle: Seed\n---\nA Heading\nText.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Seed");
	assert_int_equal(block(doc->blocks, 0)->type, DOC_HEADING);
	assert_int_equal(block(doc->blocks, 0)->pos.line, 4);
	doc_free(doc);
	assert_null(read_doc("---\ntitle: Seed\n---\n\n \t\n"));
	assert_string_equal(messages(), "t.txt:4:1: error: empty body\n");
}

static void
test_textfmt_parse_long_lines(void **state)
{
	struct doc	*doc;
	GString		*s;
	int		 i;

	(void)state;
	s = g_string_new(NULL);
	for (i = 0; i < 300000; i++)
		g_string_append_c(s, 'a');
	g_string_append_c(s, '\n');
	for (i = 0; i < 200000; i++)
		g_string_append(s, "word ");
	doc = read_doc(s->str);
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	assert_int_equal(strlen(span(block(doc->blocks, 0), 0)->text),
	    300000);
	doc_free(doc);
	g_string_free(s, TRUE);
}

/* textfmt_parse alone appends to the caller's array. */
static void
test_textfmt_parse_direct(void **state)
{
	GPtrArray	*blocks;

	(void)state;
	src = source_from_string("t.txt", "a.\n\nb.\n", (size_t)-1);
	blocks = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)doc_node_free);
	assert_int_equal(textfmt_parse(src, blocks, NULL), 0);
	assert_int_equal(blocks->len, 2);
	assert_int_equal(block(blocks, 1)->off, 4);
	g_ptr_array_free(blocks, TRUE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_textfmt_parse_seed),
		T(test_textfmt_parse_heading_rules),
		T(test_textfmt_parse_bullets),
		T(test_textfmt_parse_links_and_quotes),
		T(test_textfmt_parse_hard_wrapped),
		T(test_textfmt_parse_balanced),
		T(test_textfmt_parse_line_ends),
		T(test_textfmt_parse_front_matter),
		T(test_textfmt_parse_long_lines),
		T(test_textfmt_parse_direct),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
