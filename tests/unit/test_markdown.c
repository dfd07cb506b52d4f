/* SPDX-License-Identifier: MIT */
/* Unit tests of markdown.c (through doc_read): blocks, spans, offsets. */
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
#include "markdown.h"
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

/* doc_read of text as name; the source stays in src for offsets. */
static struct doc *
read_named(const char *name, const char *text, size_t len)
{
	source_free(src);
	src = source_from_string(name, text, len);
	assert_non_null(src);
	return doc_read(src);
}

static struct doc *
read_doc(const char *text)
{
	return read_named("t.md", text, (size_t)-1);
}

#include "doccheck.h"

static int
depth(const GPtrArray *blocks)
{
	int	d = 0, k;
	guint	i;

	for (i = 0; i < blocks->len; i++) {
		const struct doc_node *n = g_ptr_array_index(blocks, i);

		k = 1 + (n->children != NULL ? depth(n->children) : 0);
		d = MAX(d, k);
	}
	return d;
}

static void
test_markdown_parse_inline(void **state)
{
	struct doc	*doc;
	struct doc_node	*h, *p;

	(void)state;
	doc = read_doc("## Heading *em* and **strong `co de`**\n"
	    "\n"
	    "Para with a [link](http://x.org/?a=1&amp;b) and\n"
	    "a soft break, `code \"q\"` and a hard  \n"
	    "break.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_int_equal(doc->blocks->len, 2);
	h = block(doc->blocks, 0);
	assert_int_equal(h->type, DOC_HEADING);
	assert_int_equal(h->level, 2);
	assert_int_equal(h->off, 3);
	assert_int_equal(h->pos.line, 1);
	assert_int_equal(h->pos.col, 4);
	assert_int_equal(h->spans->len, 5);
	check_span(h, 0, "Heading ", 0, "Heading ");
	check_span(h, 1, "em", SPAN_EM, "em*");
	check_span(h, 2, " and ", 0, " and ");
	check_span(h, 3, "strong ", SPAN_STRONG, "strong ");
	check_span(h, 4, "co de", SPAN_STRONG | SPAN_CODE, "co de`");

	p = block(doc->blocks, 1);
	assert_int_equal(p->type, DOC_PARA);
	assert_int_equal(p->pos.line, 3);
	assert_int_equal(p->pos.col, 1);
	check_span(p, 0, "Para with a ", 0, "Para");
	check_span(p, 1, "link", SPAN_LINK, "link]");
	assert_string_equal(span(p, 1)->href, "http://x.org/?a=1&b");
	/* The soft break is a space joined into the text. */
	check_span(p, 2, " and a soft break, ", 0, " and\n");
	check_span(p, 3, "code \"q\"", SPAN_CODE, "code \"q\"`");
	check_span(p, 4, " and a hard", 0, " and a hard");
	check_span(p, 5, "\n", SPAN_BREAK, "  \n");
	check_span(p, 6, "break.", 0, "break.");
	assert_int_equal(span(p, 6)->pos.line, 5);
	assert_int_equal(span(p, 6)->pos.col, 1);
	doc_free(doc);
}

static void
test_markdown_parse_typography(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;

	(void)state;
	doc = read_doc("\"Putin's\" visit -- and... see "
	    "https://x.org/a--b and *\"em\"* `a--b`\n");
	assert_non_null(doc);
	p = block(doc->blocks, 0);
	check_span(p, 0, "\u201CPutin\u2019s\u201D visit \u2013 and\u2026 "
	    "see ", 0, "\"Putin");
	check_span(p, 1, "https://x.org/a--b", SPAN_LINK, "https://");
	assert_string_equal(span(p, 1)->href, "https://x.org/a--b");
	check_span(p, 3, "\u201Cem\u201D", SPAN_EM, "\"em\"");
	check_span(p, 5, "a--b", SPAN_CODE, "a--b");
	doc_free(doc);
}

static void
test_markdown_parse_entities(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("a &amp; b &copy; &#x263A; &#65; &#0; &bogus; "
	    "&nbsp;\n");
	assert_non_null(doc);
	check_span(block(doc->blocks, 0), 0, "a & b \u00A9 \u263A A "
	    "\uFFFD &bogus; \u00A0", 0, "a &amp;");
	doc_free(doc);
}

static void
test_markdown_parse_lists(void **state)
{
	struct doc	*doc;
	struct doc_node	*l, *it, *sub;

	(void)state;
	doc = read_doc("3. one\n"
	    "4. two\n"
	    "   - nested \xC3\xA9\n"
	    "     - deeper\n"
	    "\n"
	    "- loose\n"
	    "\n"
	    "- list\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	l = block(doc->blocks, 0);
	assert_int_equal(l->type, DOC_LIST);
	assert_int_equal(l->ordered, 1);
	assert_int_equal(l->start, 3);
	assert_int_equal(l->level, 1);
	assert_int_equal(l->children->len, 2);
	it = block(l->children, 1);
	assert_int_equal(it->type, DOC_ITEM);
	assert_int_equal(it->pos.line, 2);
	assert_int_equal(it->pos.col, 4);
	check_span(block(it->children, 0), 0, "two", 0, "two");
	sub = block(it->children, 1);
	assert_int_equal(sub->type, DOC_LIST);
	assert_int_equal(sub->level, 2);
	assert_int_equal(sub->ordered, 0);
	it = block(sub->children, 0);
	check_span(block(it->children, 0), 0, "nested \u00E9", 0, "nested");
	sub = block(it->children, 1);
	assert_int_equal(sub->level, 3);
	it = block(sub->children, 0);
	assert_int_equal(block(it->children, 0)->pos.line, 4);
	assert_int_equal(block(it->children, 0)->pos.col, 8);
	l = block(doc->blocks, 1);
	assert_int_equal(l->children->len, 2);
	check_span(block(block(l->children, 1)->children, 0), 0, "list", 0,
	    "list");
	doc_free(doc);
}

static void
test_markdown_parse_quotes(void **state)
{
	struct doc	*doc;
	struct doc_node	*q, *in;

	(void)state;
	doc = read_doc("> quote\n> > nested\n> - item\n\nafter\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	q = block(doc->blocks, 0);
	assert_int_equal(q->type, DOC_QUOTE);
	assert_int_equal(q->children->len, 3);
	check_span(block(q->children, 0), 0, "quote", 0, "quote");
	in = block(q->children, 1);
	assert_int_equal(in->type, DOC_QUOTE);
	check_span(block(in->children, 0), 0, "nested", 0, "nested");
	assert_int_equal(block(q->children, 2)->type, DOC_LIST);
	doc_free(doc);
}

static void
test_markdown_parse_code_block(void **state)
{
	struct doc	*doc;
	struct doc_node	*c;

	(void)state;
	doc = read_doc("```c\nint a = \"--\";\n  b...\n```\n\n    indented\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	c = block(doc->blocks, 0);
	assert_int_equal(c->type, DOC_CODE);
	assert_int_equal(c->pos.line, 2);
	check_span(c, 0, "int a = \"--\";\n  b...", SPAN_CODE, "int a");
	check_span(block(doc->blocks, 1), 0, "indented", SPAN_CODE,
	    "indented");
	doc_free(doc);
}

static void
test_markdown_parse_crlf(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;

	(void)state;
	doc = read_doc("---\r\ntitle: x\r\n---\r\n# H\r\n\r\npara\r\nline\r\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	p = block(doc->blocks, 1);
	assert_int_equal(p->pos.line, 6);
	check_span(p, 0, "para line", 0, "para\r\n");
	doc_free(doc);
}

/* A cell of a table: row r, column c. */
static struct doc_node *
cell(const struct doc_node *table, guint r, guint c)
{
	struct doc_node	*row = block(table->children, r);

	assert_int_equal(row->type, DOC_ROW);
	return block(row->children, c);
}

/* A table: rows of cells holding spans, the header row marked, the
 * columns' alignment on every cell, empty cells kept; no warning. */
static void
test_markdown_parse_table(void **state)
{
	struct doc	*doc;
	struct doc_node	*t, *c;

	(void)state;
	doc = read_doc("Intro \xC3\xA9.\n\n| a | *b* | c |\n|:-:|--:|---|\n"
	    "| 1 | 2% |  |\n| x |\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_int_equal(doc->blocks->len, 2);
	t = block(doc->blocks, 1);
	assert_int_equal(t->type, DOC_TABLE);
	assert_int_equal(t->children->len, 3);
	assert_true(block(t->children, 0)->head);
	assert_false(block(t->children, 1)->head);
	assert_int_equal(t->pos.line, 3);
	c = cell(t, 0, 0);
	assert_int_equal(c->type, DOC_CELL);
	assert_int_equal(c->align, DOC_ALIGN_CENTER);
	check_span(c, 0, "a", 0, "a |");
	check_span(cell(t, 0, 1), 0, "b", SPAN_EM, "b*");
	assert_int_equal(cell(t, 0, 1)->align, DOC_ALIGN_RIGHT);
	assert_int_equal(cell(t, 0, 2)->align, DOC_ALIGN_DEFAULT);
	check_span(cell(t, 1, 1), 0, "2%", 0, "2% |");
	assert_int_equal(cell(t, 1, 1)->align, DOC_ALIGN_RIGHT);
	/* an empty cell holds its column, at a position in its row */
	assert_int_equal(cell(t, 1, 2)->spans->len, 0);
	assert_int_equal(cell(t, 1, 2)->pos.line, 5);
	/* a short row gets the table's columns */
	assert_int_equal(block(t->children, 2)->children->len, 3);
	check_span(cell(t, 2, 0), 0, "x", 0, "x |");
	doc_free(doc);
}

/* A table nested deeper than DOC_MAX_DEPTH allows is set as text: a
 * paragraph per row, cells between " | ". */
static void
test_markdown_parse_table_deep(void **state)
{
	struct doc	*doc;
	struct doc_node	*n;
	int		 d = 0;

	(void)state;
	doc = read_doc("> > > > > > | a | b |\n> > > > > > |---|---|\n"
	    "> > > > > > | 1 | 2 |\n");
	assert_non_null(doc);
	assert_non_null(strstr(messages(), "nest too deep"));
	for (n = block(doc->blocks, 0); n->type == DOC_QUOTE;
	    n = block(n->children, 0))
		d++;
	assert_int_equal(d, 6);
	assert_int_equal(n->type, DOC_PARA);
	check_span(n, 0, "a", SPAN_STRONG, "a |");
	assert_int_equal(depth(doc->blocks), 7);
	doc_free(doc);
}

static void
test_markdown_parse_image(void **state)
{
	struct doc	*doc;
	struct doc_node	*n;

	(void)state;
	doc = read_doc("\xC3\xA9 ![alt *text*](a%20b.png) and ![](b.png)\n"
	    "\n# Head ![logo](c.png)\n");
	assert_non_null(doc);
	/* the image cuts the paragraph: text, image, text, image */
	assert_int_equal(doc->blocks->len, 5);
	check_span(block(doc->blocks, 0), 0, "\u00E9 ", 0, "\xC3\xA9 ");
	n = block(doc->blocks, 1);
	assert_int_equal(n->type, DOC_IMAGE);
	assert_string_equal(n->src, "a%20b.png");
	assert_int_equal(n->pos.line, 1);
	assert_int_equal(n->pos.col, 3);
	check_span(n, 0, "alt ", 0, "alt ");
	check_span(n, 1, "text", SPAN_EM, "text");
	/* the text after it starts at its first word */
	check_span(block(doc->blocks, 2), 0, "and ", 0, "and ");
	n = block(doc->blocks, 3);
	assert_int_equal(n->type, DOC_IMAGE);
	assert_string_equal(n->src, "b.png");
	assert_int_equal(n->spans->len, 0);
	assert_int_equal(n->pos.col, 32);
	/* in a heading: its alt text, with a warning at its "![" */
	assert_int_equal(block(doc->blocks, 4)->type, DOC_HEADING);
	check_span(block(doc->blocks, 4), 0, "Head logo", 0, "Head ");
	assert_string_equal(messages(), "t.md:3:8: warning: an image in a "
	    "heading or a table is set as its alt text\n");
	doc_free(doc);
}

static void
test_markdown_parse_html(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("<div>\nblock\n</div>\n\n<!-- hidden\ndraft -->\n\n"
	    "Text <b>bold</b> <!-- gone --> end.\n");
	assert_non_null(doc);
	assert_string_equal(messages(),
	    "t.md:1:1: warning: raw HTML is not supported; set as text\n"
	    "t.md:8:6: warning: raw HTML is not supported; set as text\n");
	assert_int_equal(doc->blocks->len, 2);
	check_span(block(doc->blocks, 0), 0, "<div> block </div>", 0,
	    "<div>");
	check_span(block(doc->blocks, 1), 0, "Text <b>bold</b>  end.", 0,
	    "Text");
	doc_free(doc);
}

static void
test_markdown_parse_title_from_name(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_named("dir/putin-north-korea.md", "Body.\n", (size_t)-1);
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Putin North Korea");
	assert_string_equal(doc->meta.lang, "en-US");
	assert_int_equal(doc->meta.format, DOC_FMT_MARKDOWN);
	assert_string_equal(doc->name, "putin-north-korea.md");
	doc_free(doc);
	doc = read_named("my_draft__v2.markdown", "Body.\n", (size_t)-1);
	assert_string_equal(doc->meta.title, "My Draft V2");
	doc_free(doc);
}

static void
test_markdown_parse_empty_body(void **state)
{
	(void)state;
	assert_null(read_doc("---\ntitle: \xC3\xA9\n---\n  \n\n"));
	assert_null(read_doc(""));
	assert_null(read_doc("<!-- only a comment -->\n"));
	assert_string_equal(messages(),
	    "t.md:4:1: error: empty body\n"
	    "t.md:1:1: error: empty body\n"
	    "t.md:1:1: error: empty body\n");
}

/* A front matter error fails the read, but the body is checked too. */
static void
test_markdown_parse_all_problems(void **state)
{
	(void)state;
	assert_null(read_doc("---\ntitle: [x]\n---\n| a |\n|---|\n"));
	assert_string_equal(messages(),
	    "t.md:2:8: error: 'title' must be a string\n");
}

static void
test_markdown_parse_format_key(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_named("a.md", "---\nformat: text\n---\n# not a heading\n",
	    (size_t)-1);
	assert_non_null(doc);
	assert_int_equal(doc->meta.format, DOC_FMT_TEXT);
	assert_int_equal(block(doc->blocks, 0)->type, DOC_PARA);
	doc_free(doc);
}

static void
test_markdown_parse_deep_list(void **state)
{
	struct doc	*doc;
	GString		*s;
	int		 i;

	(void)state;
	s = g_string_new(NULL);
	for (i = 0; i < 3000; i++)
		g_string_append(s, "- ");
	g_string_append(s, "x\n");
	doc = read_doc(s->str);
	assert_non_null(doc);
	assert_true(depth(doc->blocks) <= DOC_MAX_DEPTH);
	assert_string_equal(messages(), "t.md:1:6001: warning: blocks nest "
	    "too deep; deeper ones are set at the deepest level\n");
	doc_free(doc);

	/* Each level on its own line. */
	g_string_truncate(s, 0);
	for (i = 0; i < 3000; i++) {
		g_string_append_printf(s, "%*s- item %d\n", 2 * i, "", i);
	}
	doc = read_doc(s->str);
	assert_non_null(doc);
	assert_true(depth(doc->blocks) <= DOC_MAX_DEPTH);
	doc_free(doc);
	g_string_free(s, TRUE);
}

static void
test_markdown_parse_deep_quote(void **state)
{
	struct doc	*doc;
	GString		*s;
	int		 i;

	(void)state;
	s = g_string_new(NULL);
	for (i = 0; i < 20000; i++)
		g_string_append_c(s, '>');
	g_string_append(s, " deep\n");
	doc = read_doc(s->str);
	assert_non_null(doc);
	assert_int_equal(depth(doc->blocks), DOC_MAX_DEPTH);
	g_string_free(s, TRUE);
	doc_free(doc);
}

static void
test_markdown_parse_long_word(void **state)
{
	struct doc	*doc;
	char		*s;

	(void)state;
	s = g_malloc(300002);
	memset(s, 'a', 300000);
	s[300000] = '\n';
	s[300001] = '\0';
	doc = read_doc(s);
	assert_non_null(doc);
	assert_int_equal(strlen(span(block(doc->blocks, 0), 0)->text),
	    300000);
	doc_free(doc);
	g_free(s);
}

static void
test_markdown_parse_long_paragraph(void **state)
{
	struct doc	*doc;
	GString		*s;
	int		 i;

	(void)state;
	s = g_string_new(NULL);
	for (i = 0; i < 200000; i++)
		g_string_append(s, i % 10 == 9 ? "word\n" : "word ");
	doc = read_doc(s->str);
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 1);
	assert_int_equal(block(doc->blocks, 0)->spans->len, 1);
	assert_int_equal(strlen(span(block(doc->blocks, 0), 0)->text),
	    s->len - 1);
	doc_free(doc);
	g_string_free(s, TRUE);
}

/* markdown_parse alone appends to the caller's array. */
static void
test_markdown_parse_direct(void **state)
{
	GPtrArray	*blocks;

	(void)state;
	src = source_from_string("t.md", "a\n\nb\n", (size_t)-1);
	blocks = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)doc_node_free);
	assert_int_equal(markdown_parse(src, blocks), 0);
	assert_int_equal(blocks->len, 2);
	assert_int_equal(block(blocks, 1)->off, 3);
	g_ptr_array_free(blocks, TRUE);
}

static void
test_doc_dump_json(void **state)
{
	struct doc	*doc;
	char		*buf = NULL;
	size_t		 len = 0;
	FILE		*f;

	(void)state;
	doc = read_doc("---\ntitle: \"T\\u0001\\\"x\"\n---\n# H\n\n*a*\n");
	assert_non_null(doc);
	f = open_memstream(&buf, &len);
	doc_dump(doc, f);
	fclose(f);
	/* A control character escaped; the quote made curly. */
	assert_non_null(strstr(buf, "\"title\": \"T\\u0001\u201Dx\""));
	assert_non_null(strstr(buf, "\"subtitle\": null"));
	assert_non_null(strstr(buf, "{\"type\": \"heading\", \"level\": 1, "
	    "\"line\": 4, \"col\": 3, \"offset\": 30, \"spans\": ["));
	assert_non_null(strstr(buf, "{\"text\": \"a\", \"style\": [\"em\"], "
	    "\"href\": null, \"line\": 6, \"col\": 2, \"offset\": 34}"));
	free(buf);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_markdown_parse_inline),
		T(test_markdown_parse_typography),
		T(test_markdown_parse_entities),
		T(test_markdown_parse_lists),
		T(test_markdown_parse_quotes),
		T(test_markdown_parse_code_block),
		T(test_markdown_parse_crlf),
		T(test_markdown_parse_table),
		T(test_markdown_parse_table_deep),
		T(test_markdown_parse_image),
		T(test_markdown_parse_html),
		T(test_markdown_parse_title_from_name),
		T(test_markdown_parse_empty_body),
		T(test_markdown_parse_all_problems),
		T(test_markdown_parse_format_key),
		T(test_markdown_parse_deep_list),
		T(test_markdown_parse_deep_quote),
		T(test_markdown_parse_long_word),
		T(test_markdown_parse_long_paragraph),
		T(test_markdown_parse_direct),
		T(test_doc_dump_json),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
