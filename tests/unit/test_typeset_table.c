/* SPDX-License-Identifier: MIT */
/* Tables: column widths, numbers, and a table set over two pages. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fonts.h"
#include "msg.h"
#include "source.h"
#include "typeset.h"
#include "typeset_int.h"

#include "capture.h"
#include "fontsetup.h"

#define NEAR(a, b)	(fabs((a) - (b)) < 0.01)

static double
sum(const double *w, int n)
{
	double	s = 0;
	int	i;

	for (i = 0; i < n; i++)
		s += w[i];
	return s;
}

/* Natural widths that fit: each its own and an equal share of the
 * rest. */
static void
test_table_widths_fit(void **state)
{
	const double	 min[] = { 20, 30, 10 }, nat[] = { 40, 60, 10 };
	double		 w[3];

	(void)state;
	table_widths(min, nat, 3, 140, w);
	assert_true(NEAR(sum(w, 3), 140));
	assert_true(NEAR(w[0], 50) && NEAR(w[1], 70) && NEAR(w[2], 20));
}

/* Too wide: each column its widest word, the rest shared in proportion
 * to what each lacks; a column of one word stays at its width. */
static void
test_table_widths_share(void **state)
{
	const double	 min[] = { 20, 30, 10 }, nat[] = { 120, 230, 10 };
	double		 w[3];

	(void)state;
	table_widths(min, nat, 3, 160, w);
	assert_true(NEAR(sum(w, 3), 160));
	assert_true(NEAR(w[2], 10));
	/* 100 to share: 100 and 200 lacking */
	assert_true(NEAR(w[0], 20 + 100.0 / 3));
	assert_true(NEAR(w[1], 30 + 200.0 / 3));
	/* even the widest words do not fit: in proportion to them */
	table_widths(min, nat, 3, 30, w);
	assert_true(NEAR(sum(w, 3), 30));
	assert_true(NEAR(w[0], 10) && NEAR(w[1], 15) && NEAR(w[2], 5));
}

static void
test_table_number(void **state)
{
	static const char *const yes[] = { "12", "2019", "2.3%", "-3.5%",
		"$7.6bn", " 1,234.5 ", "12,5 \xe2\x82\xac", "\xe2\x88\x92" "4",
		"1 000", "+5", "\xe2\x82\xac" "3m", "0.2 pp", "57.2 %", "US$3.1bn" };
	static const char *const no[] = { "", "Rock", "2019a", "7 Oct 2001",
		"12-mile", "3 4", "$", "%", "-", "1.2.", "US" };
	size_t	i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(yes); i++)
		if (!table_number(yes[i]))
			fail_msg("'%s' is a number", yes[i]);
	for (i = 0; i < G_N_ELEMENTS(no); i++)
		if (table_number(no[i]))
			fail_msg("'%s' is not a number", no[i]);
}

/* --- a table over two pages --------------------------------------------- */

#define ROWS	90

static struct source	*src;

/* A Markdown table of ROWS rows: names, amounts (numbers), a centred
 * column ("x" or "xxx") and words. */
static struct doc *
table_doc(void)
{
	GString	*s = g_string_new("---\ntitle: T\ndate: 2024-01-02\n---\n"
	    "Before the table.\n\n"
	    "| Item | Amount | Mark | Note |\n|---|---|:-:|---|\n");
	int	 i;

	for (i = 0; i < ROWS; i++)
		g_string_append_printf(s, "| Row %d | $%d.5bn | %s | %s |\n",
		    i, i * 37 % 1000, i % 2 ? "x" : "xxx", i % 5 ? "a note" :
		    "a longer note that the column wraps onto more lines "
		    "than one");
	g_string_append(s, "\nAfter the table.\n");
	src = source_from_string("t.md", s->str, s->len);
	g_string_free(s, TRUE);
	return doc_read(src);
}

static const struct pg_run *
run_at(const struct pg_flow *fl, guint i)
{
	const struct pg_item *it = &g_array_index(fl->items, struct pg_item,
	    i);

	return it->type == PG_RUN ? &it->u.run : NULL;
}

/* Horizontal rules of a flow at least w long: their count, the y of
 * the first and the last. */
static int
rules(const struct pg_flow *fl, double w, double *first, double *last)
{
	guint	i;
	int	n = 0;

	for (i = 0; i < fl->items->len; i++) {
		const struct pg_item *it = &g_array_index(fl->items,
		    struct pg_item, i);
		const struct pg_seg *a, *b;

		if (it->type != PG_PATH || it->u.path.segs->len != 2)
			continue;
		a = &g_array_index(it->u.path.segs, struct pg_seg, 0);
		b = &g_array_index(it->u.path.segs, struct pg_seg, 1);
		if (!NEAR(a->y[0], b->y[0]) || b->x[0] - a->x[0] < w)
			continue;
		if (n++ == 0)
			*first = a->y[0];
		*last = a->y[0];
	}
	return n;
}

/*
 * The header on every page of the table, in bold, above the rows and
 * between two rules; a rule closing each page's part; amounts
 * right-aligned (one right edge), names left-aligned (one left edge),
 * the centred column centred; every row once.
 */
static void
test_table_layout_pages(void **state)
{
	struct typeset_opts o = { .paper = PAPER_A4, .footer_name = "t.md",
	    .footer_hash = "0" };
	struct doc	*doc;
	struct pages	*pp;
	double		 right = -1, left = -1, mid = -1, r0 = 0, r1 = 0;
	double		 head_right = -1;
	guint		 p, i;
	int		 heads = 0, rows = 0, pages_with_rows = 0;

	(void)state;
	capture_begin();
	doc = table_doc();
	assert_non_null(doc);
	pp = typeset_run(doc, &o);
	assert_string_equal(messages(), "");
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = page_flow(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_MAIN);
		double head_y = -1, first_row = -1, last_row = -1;
		int n = 0;

		for (i = 0; i < fl->items->len; i++) {
			const struct pg_run *r = run_at(fl, i);
			const char *font;

			if (r == NULL)
				continue;
			font = g_ptr_array_index(pp->fonts, r->font);
			if (strcmp(r->text, "Amount") == 0) {
				assert_non_null(strstr(font, "Sans-Bold"));
				head_y = r->y;
				head_right = r->x + r->width;
				heads++;
			} else if (r->text[0] == '$') {
				assert_null(strstr(font, "Bold"));
				if (right < 0)
					right = r->x + r->width;
				assert_true(NEAR(r->x + r->width, right));
				if (first_row < 0)
					first_row = r->y;
				last_row = r->y;
				n++;
			} else if (strcmp(r->text, "Row") == 0) {
				if (left < 0)
					left = r->x;
				assert_true(NEAR(r->x, left));
			} else if (strcmp(r->text, "x") == 0 ||
			    strcmp(r->text, "xxx") == 0) {
				if (mid < 0)
					mid = r->x + r->width / 2;
				assert_true(NEAR(r->x + r->width / 2, mid));
			}
		}
		rows += n;
		if (n == 0)
			continue;
		pages_with_rows++;
		/* the header above the page's rows, between two rules;
		 * a rule under the last */
		assert_true(head_y > 0 && head_y < first_row);
		assert_true(rules(fl, 100, &r0, &r1) >= 3);
		assert_true(r0 < head_y && r1 > last_row);
	}
	assert_int_equal(rows, ROWS);
	/* the header of a column of numbers is right-aligned too */
	assert_true(NEAR(head_right, right));
	assert_true(pages_with_rows >= 2);
	assert_int_equal(heads, pages_with_rows);
	pages_free(pp);
	doc_free(doc);
	source_free(src);
	capture_end();
}

/*
 * A row taller than a page is split between its lines, the header
 * drawn again above the rest: no text below the page body, none lost.
 */
static void
test_table_layout_tall_row(void **state)
{
	struct typeset_opts o = { .paper = PAPER_A4, .footer_name = "t.md",
	    .footer_hash = "0" };
	GString		*md = g_string_new("---\ntitle: T\n---\n"
	    "| Key | Text |\n|---|---|\n| first | ");
	struct doc	*doc;
	struct pages	*pp;
	guint		 p, i;
	int		 words = 0, heads = 0, k;

	(void)state;
	for (k = 0; k < 900; k++)
		g_string_append(md, "word ");
	g_string_append(md, "|\n| second | end |\n");
	capture_begin();
	src = source_from_string("t.md", md->str, md->len);
	g_string_free(md, TRUE);
	doc = doc_read(src);
	assert_non_null(doc);
	pp = typeset_run(doc, &o);
	assert_string_equal(messages(), "");
	assert_true(pp->pages->len >= 2);
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = page_flow(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_MAIN);

		for (i = 0; i < fl->items->len; i++) {
			const struct pg_run *r = run_at(fl, i);

			if (r == NULL)
				continue;
			assert_true(r->y < pp->height - 62);
			words += strcmp(r->text, "word") == 0;
			heads += strcmp(r->text, "Key") == 0;
		}
	}
	assert_int_equal(words, 900);
	assert_int_equal(heads, (int)pp->pages->len);
	pages_free(pp);
	doc_free(doc);
	source_free(src);
	capture_end();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_widths_fit),
		cmocka_unit_test(test_table_widths_share),
		cmocka_unit_test(test_table_number),
		cmocka_unit_test(test_table_layout_pages),
		cmocka_unit_test(test_table_layout_tall_row),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
