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
	assert_string_equal(sh, "pp");	/* headline, by-line taken out */
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

/* The text of block i's spans, joined. */
static char *
text_of(const struct doc *doc, guint i)
{
	const struct doc_node *n = block(doc->blocks, i);
	GString	*t = g_string_new(NULL);
	guint	 k;

	for (k = 0; k < n->spans->len; k++)
		g_string_append(t, span(n, k)->text);
	return g_string_free(t, FALSE);
}

/* The text of node n's spans, joined, is want. */
static void
assert_text_node(const struct doc_node *n, const char *want)
{
	GString	*t = g_string_new(NULL);
	guint	 k;

	for (k = 0; k < n->spans->len; k++)
		g_string_append(t, span(n, k)->text);
	assert_string_equal(t->str, want);
	g_string_free(t, TRUE);
}

#define assert_text(doc, i, want) do {				\
	char *got_ = text_of((doc), (i));				\
	assert_string_equal(got_, (want));				\
	g_free(got_);							\
} while (0)

/* Blank lines part paragraphs: ragged lines (no one wrap width) are
 * joined; a short line ending a sentence ends its paragraph. */
static void
test_textfmt_parse_blank_lines(void **state)
{
	struct doc	*doc;
	char		*sh;

	(void)state;
	doc = read_doc(
	    "---\ntitle: Given\n---\n"
	    "The harbour board met on a wet Thursday morning and voted\n"
	    "to close the old pier\n"
	    "for repairs that the engineers had asked for since the spring.\n"
	    "\n"
	    "Fishermen who use the pier were not consulted, their union\n"
	    "said, and it will appeal to the council next week.\n"
	    "\n"
	    "A Short Heading\n"
	    "The council has not said when it will hear the appeal, nor\n"
	    "whether the works will wait for its ruling.\n"
	    "Done.\n"
	    "The last line stands alone after a short one.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	sh = shape(doc);
	assert_string_equal(sh, "pphppp");
	g_free(sh);
	assert_text(doc, 0, "The harbour board met on a wet Thursday morning "
	    "and voted to close the old pier for repairs that the engineers "
	    "had asked for since the spring.");
	assert_text(doc, 1, "Fishermen who use the pier were not consulted, "
	    "their union said, and it will appeal to the council next week.");
	assert_text(doc, 2, "A Short Heading");
	assert_text(doc, 3, "The council has not said when it will hear the "
	    "appeal, nor whether the works will wait for its ruling.");
	/* the line spans keep their source lines */
	assert_int_equal(span(block(doc->blocks, 0), 2)->pos.line, 5);
	assert_int_equal(span(block(doc->blocks, 0), 4)->pos.line, 6);
	doc_free(doc);

	/* without blank lines, a line is a paragraph (unless the text is
	 * wrapped at a width, test_textfmt_parse_hard_wrapped) */
	doc = read_doc("---\ntitle: Given\n---\n"
	    "The harbour board met on a wet Thursday morning and voted to "
	    "close the old pier for repairs to its deck and its railings,\n"
	    "as the engineers had asked since the spring; the union says it "
	    "will appeal against the closure.\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	doc_free(doc);
}

/* A word hyphenated at a line end is rejoined: the hyphen dropped
 * ("inter-" "national"), kept after a capitalised part
 * ("Moscow-backed") or when the text writes the word with it
 * elsewhere ("cross-border"); a dash or a hyphen before a capital
 * is left alone. */
static void
test_textfmt_parse_hyphen(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;

	(void)state;
	doc = read_doc(
	    "---\ntitle: Given\n---\n"
	    "The ministers spoke of a new inter-\n"
	    "national order in which Moscow-\n"
	    "backed forces would withdraw from the cross-\n"
	    "border zone that the \u201Ccross-border\u201D commission "
	    "patrols --\n"
	    "at least on paper, for the EU-\n"
	    "NATO talks have not begun.\n"
	    "\n"
	    "A second paragraph closes the text here.\n");
	assert_non_null(doc);
	assert_int_equal(doc->blocks->len, 2);
	assert_text(doc, 0, "The ministers spoke of a new international "
	    "order in which Moscow-backed forces would withdraw from the "
	    "cross-border zone that the \u201Ccross-border\u201D commission "
	    "patrols "
	    "\u2013 at least on paper, for the EU- NATO talks have not "
	    "begun.");
	/* "inter" ends its span; "national" starts at its own line */
	p = block(doc->blocks, 0);
	check_span(p, 0, "The ministers spoke of a new inter", 0, "The");
	check_span(p, 1, "national order in which Moscow-", 0, "national");
	assert_int_equal(span(p, 1)->pos.line, 5);
	assert_int_equal(span(p, 1)->pos.col, 1);
	doc_free(doc);
}

/* Line 1 is the headline when a blank line or a date line follows and
 * the front matter has no title. */
static void
test_textfmt_parse_headline(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("Harbour board closes the old pier\n\n"
	    "The board voted on Thursday.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title,
	    "Harbour board closes the old pier");
	assert_null(doc->meta.date);
	assert_int_equal(doc->blocks->len, 1);
	assert_int_equal(block(doc->blocks, 0)->pos.line, 3);
	doc_free(doc);

	/* a question may end it; the front matter's title wins */
	doc = read_doc("---\ntitle: Given\n---\nWho pays for the pier?\n\n"
	    "The board voted on Thursday.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "Given");
	assert_int_equal(doc->blocks->len, 2);
	doc_free(doc);

	/* a sentence, a line going on, a lone line: no headline */
	doc = read_doc("The board voted on Thursday.\n\nIt met at ten.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "T");
	assert_int_equal(doc->blocks->len, 2);
	doc_free(doc);
	doc = read_doc("Harbour board closes the old pier\n"
	    "The board voted on Thursday.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "T");
	doc_free(doc);
	doc = read_doc("Harbour board closes the old pier\n\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.title, "T");
	assert_int_equal(doc->blocks->len, 1);
	doc_free(doc);
}

/* Date lines of the four languages date the document and leave the
 * body; the front matter's date wins. */
static void
test_textfmt_parse_date_line(void **state)
{
	static const struct {
		const char *line, *date;
	} rows[] = {
		{ "By Staff Reporter | 14 July 2015", "2015-07-14" },
		{ "14 July 2015", "2015-07-14" },
		{ "July 14, 2015", "2015-07-14" },
		{ "Por Redacci\u00F3n | 3 de mayo de 2021", "2021-05-03" },
		{ "Le 12 mars 2019", "2019-03-12" },
		{ "Par la r\u00E9daction \u00B7 12 mars 2019", "2019-03-12" },
		{ "12. M\u00E4rz 2019", "2019-03-12" },
		{ "Von Anna Berger | 12. M\u00E4rz 2019", "2019-03-12" },
		{ "2019-03-12", "2019-03-12" },
	};
	struct doc	*doc;
	char		*t;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		t = g_strdup_printf("Harbour board closes the old pier\n%s\n\n"
		    "The board voted.\n", rows[i].line);
		doc = read_doc(t);
		g_free(t);
		assert_non_null(doc);
		if (doc->meta.date == NULL ||
		    strcmp(doc->meta.date, rows[i].date) != 0)
			fail_msg("'%s': date %s, want %s", rows[i].line,
			    doc->meta.date != NULL ? doc->meta.date : "null",
			    rows[i].date);
		assert_string_equal(doc->meta.title,
		    "Harbour board closes the old pier");
		assert_int_equal(doc->blocks->len, 1);
		assert_int_equal(doc->meta.year, atoi(rows[i].date));
		doc_free(doc);
	}
	/* a date line alone at the top, without a headline */
	doc = read_doc("14 July 2015\n\nThe board voted.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.date, "2015-07-14");
	assert_string_equal(doc->meta.title, "T");
	assert_int_equal(doc->blocks->len, 1);
	doc_free(doc);
	/* the front matter wins; the line still leaves the body */
	doc = read_doc("---\ndate: 2020-01-02\n---\nHarbour board closes\n"
	    "By Staff Reporter | 14 July 2015\n\nThe board voted.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.date, "2020-01-02");
	assert_int_equal(doc->meta.day, 2);
	assert_int_equal(doc->blocks->len, 1);
	doc_free(doc);
}

static void
test_textfmt_date_line_forms(void **state)
{
	static const char *const no[] = {
		"The talks ended on 14 July 2015.",
		"June 2015",
		"2015",
		"By the time the talks ended, everyone had gone home | "
		    "14 July 2015",
		"Staff Reporter",
		"14 July 2015 was a Tuesday in the middle of the summer",
		"32. M\u00E4rz 2019",
		"",
	};
	int	 y, m, d;
	size_t	 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(no); i++)
		if (textfmt_date_line(no[i], strlen(no[i]), &y, &m, &d))
			fail_msg("'%s' read as %d-%d-%d", no[i], y, m, d);
	assert_true(textfmt_date_line("14 July 2015 | By Staff Reporter",
	    32, &y, &m, &d));
	assert_int_equal(d, 14);
	assert_true(textfmt_date_line("Am 3. Mai 2021", 14, &y, &m, &d));
	assert_int_equal(m, 5);
}

static void
test_textfmt_dateline_forms(void **state)
{
	static const struct {
		const char *s, *prefix;
	} rows[] = {
		{ "VIENNA (AP) -- Iran and six powers", "VIENNA (AP) -- " },
		{ "MOSCOW, March 18 (Reuters) - President",
		    "MOSCOW, March 18 (Reuters) - " },
		{ "BRUSSELS, May 18 (Reuters) - The bloc",
		    "BRUSSELS, May 18 (Reuters) - " },
		{ "Washington (AFP) - The United States",
		    "Washington (AFP) - " },
		{ "Bogot\u00E1, 25 nov (EFE).- El presidente",
		    "Bogot\u00E1, 25 nov (EFE).- " },
		{ "LIBREVILLE (AFP) \u2014 Le nouvel homme",
		    "LIBREVILLE (AFP) \u2014 " },
		{ "Minsk (dpa) - Nach mehr als", "Minsk (dpa) - " },
		{ "GENEVA -- Talks resumed", "GENEVA -- " },
		{ "Geneva -- talks resumed", NULL },
		{ "The minister said - rather loudly - that", NULL },
		{ "He came home. VIENNA (AP) -- Iran", NULL },
		{ "Iran and six world powers struck a long-sought deal", NULL },
		{ "BERLIN. Nach wochenlangem Ringen", NULL },
		{ "A (B) -", NULL },
	};
	size_t	 i, n;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		n = textfmt_dateline(rows[i].s, strlen(rows[i].s));
		if (rows[i].prefix == NULL ? n != 0 :
		    n != strlen(rows[i].prefix) ||
		    strncmp(rows[i].s, rows[i].prefix, n) != 0)
			fail_msg("'%s': %zu bytes", rows[i].s, n);
	}
}

/* The dateline opening the first paragraph: its own span, counted in
 * dateline; not in later paragraphs. */
static void
test_textfmt_parse_dateline(void **state)
{
	struct doc	*doc;
	struct doc_node	*p;

	(void)state;
	doc = read_doc("Harbour board closes the old pier\n"
	    "By Staff Reporter | 14 July 2015\n\n"
	    "LISBON (AP) -- The harbour board voted on Thursday to close\n"
	    "the old pier.\n\n"
	    "PORTO (AP) -- Not a dateline here.\n");
	assert_non_null(doc);
	p = block(doc->blocks, 0);
	assert_int_equal(p->dateline, strlen("LISBON (AP) -- "));
	check_span(p, 0, "LISBON (AP) \u2013 ", 0, "LISBON");
	check_span(p, 1, "The harbour board voted on Thursday to close", 0,
	    "The harbour");
	assert_int_equal(p->off, span(p, 0)->off);
	assert_int_equal(block(doc->blocks, 1)->dateline, 0);
	doc_free(doc);
}

/* A bullet's wrapped lines, indented right below it, are the item's. */
static void
test_textfmt_parse_bullet_wrapped(void **state)
{
	struct doc	*doc;
	struct doc_node	*l, *p;
	char		*sh;

	(void)state;
	doc = read_doc("---\ntitle: Given\n---\n"
	    "Before the list:\n"
	    "- The first item runs over\n"
	    "  two lines of inter-\n"
	    "  national text\n"
	    "- Second item\n"
	    "Not indented: a paragraph.\n");
	assert_non_null(doc);
	sh = shape(doc);
	assert_string_equal(sh, "plp");
	g_free(sh);
	l = block(doc->blocks, 1);
	assert_int_equal(l->children->len, 2);
	p = block(block(l->children, 0)->children, 0);
	assert_text_node(p, "The first item runs over two lines of "
	    "international text");
	assert_int_equal(span(p, 2)->pos.line, 6);
	assert_int_equal(span(p, 2)->pos.col, 3);
	doc_free(doc);
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
		T(test_textfmt_parse_blank_lines),
		T(test_textfmt_parse_hyphen),
		T(test_textfmt_parse_headline),
		T(test_textfmt_parse_date_line),
		T(test_textfmt_date_line_forms),
		T(test_textfmt_dateline_forms),
		T(test_textfmt_parse_dateline),
		T(test_textfmt_parse_bullet_wrapped),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
