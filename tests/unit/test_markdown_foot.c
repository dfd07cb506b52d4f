/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of markdown_foot.c (the footnote pre-pass) and of the
 * footnotes as they come out of markdown.c and notes.c.
 */
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
#include "markdown_foot.h"
#include "msg.h"
#include "notes.h"
#include "source.h"
#include "capture.h"

#include "docfixture.h"
#include "doccheck.h"

static struct foot	*foot;
static struct notes	*notes;

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
	markdown_foot_free(foot);
	foot = NULL;
	notes_free(notes);
	notes = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	return 0;
}

/* The pre-pass over text; src and foot stay for the checks. */
static struct foot *
scan(const char *text)
{
	src = source_from_string("t.md", text, (size_t)-1);
	assert_non_null(src);
	foot = markdown_foot_scan(src);
	assert_non_null(foot);
	return foot;
}

/*
 * Every byte of the buffer is the source's, but those of the lines
 * (from 1) first..last, which are spaces but for their line ends.
 */
static void
check_blanked(int first, int last)
{
	size_t	i;
	int	line = 1;

	assert_int_equal(strlen(foot->buf), src->len);
	for (i = 0; i < src->len; i++) {
		if (line >= first && line <= last && src->buf[i] != '\n' &&
		    src->buf[i] != '\r')
			assert_int_equal(foot->buf[i], ' ');
		else
			assert_int_equal(foot->buf[i], src->buf[i]);
		if (src->buf[i] == '\n')
			line++;
	}
}

static const struct foot_def *
def(guint i, const char *label, const char *text, const char *at)
{
	const struct foot_def *d;

	assert_true(i < foot->defs->len);
	d = g_ptr_array_index(foot->defs, i);
	assert_string_equal(d->label, label);
	assert_string_equal(d->text, text);
	assert_memory_equal(src->buf + d->off, at, strlen(at));
	return d;
}

/* --- the pre-pass ----------------------------------------------------- */

static void
test_markdown_foot_scan_blanks(void **state)
{
	(void)state;
	scan("Text[^1] and[^b].\n"
	    "\n"
	    "[^1]: One note.\n"
	    "[^b]: A longer one\n"
	    "   \tover two lines,\r\n"
	    "\n"
	    "    and a second paragraph.\n"
	    "\n"
	    "After.\n");
	check_blanked(3, 7);
	assert_int_equal(foot->defs->len, 2);
	def(0, "1", "One note.", "[^1]: One");
	def(1, "b", "A longer one over two lines, and a second paragraph.",
	    "[^b]: A");
	assert_string_equal(messages(), "");
}

static void
test_markdown_foot_scan_front_matter(void **state)
{
	const char	*text = "---\ntitle: \"[^1]: no\"\n---\n[^1]: yes\n";

	(void)state;
	scan(text);
	assert_int_equal(foot->defs->len, 1);
	def(0, "1", "yes", "[^1]: yes");
	/* the front matter is not the body: untouched */
	assert_memory_equal(foot->buf, text, src->body_off);
	check_blanked(4, 4);
}

static void
test_markdown_foot_scan_not_defs(void **state)
{
	(void)state;
	/* inside a fence, after a paragraph line, indented 4, in a quote,
	 * a label with a blank, an empty label */
	scan("```\n"
	    "[^a]: in code\n"
	    "```\n"
	    "Para line\n"
	    "[^b]: lazy text of the paragraph\n"
	    "\n"
	    "    [^c]: code\n"
	    "\n"
	    "> [^d]: quote\n"
	    "\n"
	    "[^e f]: blank\n"
	    "\n"
	    "[^]: empty\n");
	assert_int_equal(foot->defs->len, 0);
	assert_string_equal(foot->buf, src->buf);
}

static void
test_markdown_foot_scan_warnings(void **state)
{
	(void)state;
	scan("Text.\n\n[^x]: First.\n[^X]: Second.\n[^e]:\n");
	assert_int_equal(foot->defs->len, 3);
	def(0, "x", "First.", "[^x]");
	check_blanked(3, 5);
	assert_string_equal(messages(),
	    "t.md:4:1: warning: footnote '[^X]' is defined twice; the "
	    "first definition is used\n"
	    "t.md:5:1: warning: footnote '[^e]' has no text; ignored\n");
}

/* The note reads as text: marks dropped, a link's target after it;
 * a note that would be another block is taken as written. */
static void
test_markdown_foot_scan_note_text(void **state)
{
	(void)state;
	scan("[^1]: See *The Times*, `p. 3`, and\n"
	    "  [the report](https://x.org/r) &amp; <https://x.org/a>.\n"
	    "[^2]: # not a heading\n"
	    "[^3]: - not a list *item*\n"
	    "[^4]: Mail [us](mailto:a@x.org) or [a@x.org](mailto:a@x.org)\n");
	assert_int_equal(foot->defs->len, 4);
	def(0, "1", "See The Times, p. 3, and the report (https://x.org/r) "
	    "& https://x.org/a.", "[^1]");
	def(1, "2", "# not a heading", "[^2]");
	def(2, "3", "- not a list *item*", "[^3]");
	def(3, "4", "Mail us (mailto:a@x.org) or a@x.org", "[^4]");
	check_blanked(1, 5);
}

static void
test_markdown_foot_ref(void **state)
{
	struct foot_def	*d;
	const char	*b;

	(void)state;
	scan("A[^Note] b\\[^note] c[^none] d[^note\n\n[^note]: N.\n");
	b = foot->buf;
	assert_int_equal(markdown_foot_ref(foot, b + 1, b + src->len, &d), 7);
	assert_non_null(d);
	assert_string_equal(d->text, "N.");
	/* escaped */
	assert_int_equal(markdown_foot_ref(foot, b + 11, b + src->len, &d),
	    0);
	/* no definition */
	assert_int_equal(markdown_foot_ref(foot, b + 20, b + src->len, &d),
	    7);
	assert_null(d);
	/* not closed on its line, and cut short by end */
	assert_int_equal(markdown_foot_ref(foot, b + 29, b + src->len, &d),
	    0);
	assert_int_equal(markdown_foot_ref(foot, b + 1, b + 5, &d), 0);
}

static void
test_markdown_foot_url(void **state)
{
	char	*u;

	(void)state;
	u = markdown_foot_url(" https://example.org/a?b=1 ");
	assert_string_equal(u, "https://example.org/a?b=1");
	g_free(u);
	u = markdown_foot_url("<http://x.org>");
	assert_string_equal(u, "http://x.org");
	g_free(u);
	u = markdown_foot_url("www.x.org/p");
	assert_string_equal(u, "http://www.x.org/p");
	g_free(u);
	assert_null(markdown_foot_url("See https://x.org"));
	assert_null(markdown_foot_url("https://"));
	assert_null(markdown_foot_url("javascript:alert(1)"));
	assert_null(markdown_foot_url(""));
}

/* --- through the reader ----------------------------------------------- */

static void
test_markdown_foot_references(void **state)
{
	const struct doc_node *p;
	guint		 i;

	(void)state;
	read_doc("One[^1], `code [^1]` and *two*[^w].\n"
	    "\n"
	    "```\n[^1]\n```\n"
	    "\n"
	    "[^1]: The note.\n"
	    "[^w]: https://example.org/w\n");
	assert_int_equal(doc->blocks->len, 2);
	p = block(doc->blocks, 0);
	check_span(p, 0, "One", 0, "One");
	check_span(p, 1, "", SPAN_FOOTREF, "[^1]");
	assert_string_equal(span(p, 1)->href, "The note.");
	check_span(p, 2, ", ", 0, ", `");
	check_span(p, 3, "code [^1]", SPAN_CODE, "code [^1]");
	check_span(p, 4, " and ", 0, " and");
	check_span(p, 5, "two", SPAN_EM, "two");
	check_span(p, 6, "", SPAN_FOOTREF, "[^w]");
	assert_string_equal(span(p, 6)->href, "https://example.org/w");
	check_span(p, 7, ".", 0, ".");
	/* the code block keeps its text */
	p = block(doc->blocks, 1);
	assert_int_equal(p->type, DOC_CODE);
	assert_string_equal(span(p, 0)->text, "[^1]");
	/* no "[^" printed outside code, no definition text in the body */
	p = block(doc->blocks, 0);
	for (i = 0; i < p->spans->len; i++)
		if (!(span(p, i)->style & SPAN_CODE))
			assert_null(strstr(span(p, i)->text, "[^"));
	assert_string_equal(messages(), "");
}

static void
test_markdown_foot_undefined_unused(void **state)
{
	const struct doc_node *p;

	(void)state;
	read_doc("Text[^nope] here.\n\n[^spare]: Never used.\n");
	p = block(doc->blocks, 0);
	assert_int_equal(p->spans->len, 1);
	check_span(p, 0, "Text[^nope] here.", 0, "Text");
	assert_int_equal(doc->blocks->len, 1);
	assert_string_equal(messages(),
	    "t.md:1:5: warning: footnote '[^nope]' is not defined; set as "
	    "text\n"
	    "t.md:3:1: warning: footnote '[^spare]' is defined but never "
	    "referenced\n");
}

static void
test_markdown_foot_strike(void **state)
{
	const struct doc_node *p;

	(void)state;
	read_doc("Kept ~~struck words~~ kept.\n");
	p = block(doc->blocks, 0);
	check_span(p, 0, "Kept ", 0, "Kept");
	check_span(p, 1, "struck words", SPAN_STRIKE, "struck words~~");
	check_span(p, 2, " kept.", 0, " kept.");
}

/* --- numbered with the notes ------------------------------------------ */

static const struct note *
note(guint i, enum note_kind kind, const char *text)
{
	const struct note *n;

	assert_true(i < notes->notes->len);
	n = g_ptr_array_index(notes->notes, i);
	assert_int_equal(n->num, (int)i + 1);
	assert_int_equal(n->kind, kind);
	assert_string_equal(n->text, text);
	return n;
}

/* The one mark of span sp: empty, number num, a later reference or not
 * (again). */
static void
check_ref_mark(const struct doc_span *sp, int num, int again)
{
	const GArray	*a = notes_marks(notes, sp);
	const struct note_mark *m;

	assert_non_null(a);
	assert_int_equal(a->len, 1);
	m = &g_array_index(a, struct note_mark, 0);
	assert_int_equal(m->start, 0);
	assert_int_equal(m->end, 0);
	assert_int_equal(m->num, num);
	assert_int_equal(m->last, 1);
	assert_int_equal(m->again, again);
}

static void
test_markdown_foot_notes(void **state)
{
	const struct doc_node *p, *q;

	(void)state;
	read_doc("---\ntitle: T\nnotes:\n  IAEA: The agency.\n---\n"
	    "The ruling[^r] of the IAEA[^u].\n"
	    "\n"
	    "Again[^r], and a [link](https://x.org/l).\n"
	    "\n"
	    "[^r]: The court's ruling of 2023.\n"
	    "[^u]: <https://x.org/u>\n");
	notes = notes_build(doc, NULL);
	assert_non_null(notes);
	assert_int_equal(notes->notes->len, 4);
	assert_null(note(0, NOTE_FOOT, "The court's ruling of 2023.")->term);
	note(1, NOTE_TERM, "The agency.");
	note(2, NOTE_URL, "https://x.org/u");
	note(3, NOTE_URL, "https://x.org/l");
	p = block(doc->blocks, 0);
	assert_memory_equal(src->buf + note(0, NOTE_FOOT,
	    "The court's ruling of 2023.")->off, "[^r]", 4);
	check_ref_mark(span(p, 1), 1, 0);
	check_ref_mark(span(p, 3), 3, 0);
	/* the second reference to [^r]: the same number, no new note */
	q = block(doc->blocks, 1);
	check_ref_mark(span(q, 1), 1, 1);
	assert_string_equal(messages(), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_markdown_foot_scan_blanks,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_scan_front_matter, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_scan_not_defs, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_scan_warnings, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_scan_note_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown_foot_ref,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown_foot_url,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_references, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_markdown_foot_undefined_unused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown_foot_strike,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_markdown_foot_notes,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
