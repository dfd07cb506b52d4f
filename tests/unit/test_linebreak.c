/* SPDX-License-Identifier: MIT */
/* Invariants of the Knuth-Plass breaker on generated paragraphs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>

#include "linebreak.h"

/* A paragraph of n words of pseudo-random widths, each word with a
 * hyphenation point when hyph is set. */
static GArray *
make_para(int n, unsigned seed, int hyph)
{
	GArray		*a = g_array_new(FALSE, TRUE, sizeof(struct lb_item));
	struct lb_item	 it;
	int		 i;

	for (i = 0; i < n; i++) {
		double w;

		seed = seed * 1103515245u + 12345u;
		w = 8 + (seed >> 16) % 40;
		if (i > 0) {
			it = (struct lb_item){ LB_GLUE, 2.5, 1.25, 0.8, 0, 0 };
			g_array_append_val(a, it);
		}
		if (hyph && w > 20) {
			it = (struct lb_item){ LB_BOX, w / 2, 0, 0, 0, 0 };
			g_array_append_val(a, it);
			it = (struct lb_item){ LB_PENALTY, 3, 0, 0, 50, 1 };
			g_array_append_val(a, it);
			it = (struct lb_item){ LB_BOX, w / 2, 0, 0, 0, 0 };
			g_array_append_val(a, it);
		} else {
			it = (struct lb_item){ LB_BOX, w, 0, 0, 0, 0 };
			g_array_append_val(a, it);
		}
	}
	it = (struct lb_item){ LB_GLUE, 0, -1, 0, 0, 0 };
	g_array_append_val(a, it);
	it = (struct lb_item){ LB_PENALTY, 0, 0, 0, -LB_INF, 0 };
	g_array_append_val(a, it);
	return a;
}

/* The set width of a line, as the typesetter draws it. */
static double
line_width(const struct lb_item *it, const struct lb_line *ln)
{
	double	x = 0;
	size_t	i;

	for (i = ln->start; i < ln->end; i++)
		if (it[i].type == LB_BOX)
			x += it[i].width * (1 + ln->expand);
		else if (it[i].type == LB_GLUE && it[i].stretch >= 0)
			x += it[i].width + ln->glue_ratio * (ln->glue_ratio > 0 ?
			    it[i].stretch : it[i].shrink);
		else if (it[i].type == LB_GLUE)
			x += it[i].width;
	if (it[ln->end].type == LB_PENALTY)
		x += it[ln->end].width * (1 + ln->expand);
	return x;
}

static int
has_glue(const struct lb_item *it, const struct lb_line *ln)
{
	size_t	i;

	for (i = ln->start; i < ln->end; i++)
		if (it[i].type == LB_GLUE)
			return 1;
	return 0;
}

static void
check_para(GArray *a, double width)
{
	const struct lb_item	*it = (const struct lb_item *)a->data;
	struct lb_params	 p;
	GArray			*lines = g_array_new(FALSE, FALSE,
	    sizeof(struct lb_line));
	guint			 i;
	int			 run = 0;

	lb_params_default(&p, width);
	assert_int_equal(lb_break(it, a->len, &p, lines), 0);
	assert_true(lines->len > 1);
	for (i = 0; i < lines->len; i++) {
		const struct lb_line *ln = &g_array_index(lines,
		    struct lb_line, i);
		double w = line_width(it, ln);

		/* never wider than the column */
		assert_true(w <= width + 1e-6);
		/* justified lines with glue fill the column exactly */
		if (i + 1 < lines->len && has_glue(it, ln))
			assert_true(fabs(w - width) < 1e-6);
		/* glyph expansion within its limit */
		assert_true(fabs(ln->expand) <= p.expansion + 1e-9);
		run = ln->hyphenated ? run + 1 : 0;
		assert_true(run <= 2);
		/* lines tile the paragraph */
		if (i > 0)
			assert_true(ln->start > g_array_index(lines,
			    struct lb_line, i - 1).end);
	}
	assert_int_equal(g_array_index(lines, struct lb_line,
	    lines->len - 1).end, a->len - 1);
	g_array_unref(lines);
}

static void
test_lb_break_invariants(void **state)
{
	unsigned	seed;

	(void)state;
	for (seed = 1; seed < 40; seed++) {
		GArray *a = make_para(120, seed, seed % 2);

		check_para(a, 200 + seed * 7);
		g_array_unref(a);
	}
}

/* Every word hyphenable and a narrow column: at most 2 hyphens in a row. */
static void
test_lb_break_hyphen_limit(void **state)
{
	GArray		*a = g_array_new(FALSE, TRUE, sizeof(struct lb_item));
	struct lb_item	 it;
	int		 i;

	(void)state;
	for (i = 0; i < 300; i++) {
		if (i > 0) {
			it = (struct lb_item){ LB_GLUE, 2.5, 1.25, 0.8, 0, 0 };
			g_array_append_val(a, it);
		}
		it = (struct lb_item){ LB_BOX, 20, 0, 0, 0, 0 };
		g_array_append_val(a, it);
		it = (struct lb_item){ LB_PENALTY, 3, 0, 0, -20, 1 };
		g_array_append_val(a, it);
		it = (struct lb_item){ LB_BOX, 20, 0, 0, 0, 0 };
		g_array_append_val(a, it);
	}
	it = (struct lb_item){ LB_GLUE, 0, -1, 0, 0, 0 };
	g_array_append_val(a, it);
	it = (struct lb_item){ LB_PENALTY, 0, 0, 0, -LB_INF, 0 };
	g_array_append_val(a, it);
	check_para(a, 101);
	g_array_unref(a);
}

/* A paragraph no breaking fits within tolerance still breaks, loosely. */
static void
test_lb_break_emergency(void **state)
{
	GArray		*a = g_array_new(FALSE, TRUE, sizeof(struct lb_item));
	struct lb_item	 it;
	int		 i;

	(void)state;
	for (i = 0; i < 20; i++) {
		if (i > 0) {
			it = (struct lb_item){ LB_GLUE, 2, 0.1, 0.1, 0, 0 };
			g_array_append_val(a, it);
		}
		it = (struct lb_item){ LB_BOX, 60, 0, 0, 0, 0 };
		g_array_append_val(a, it);
	}
	it = (struct lb_item){ LB_GLUE, 0, -1, 0, 0, 0 };
	g_array_append_val(a, it);
	it = (struct lb_item){ LB_PENALTY, 0, 0, 0, -LB_INF, 0 };
	g_array_append_val(a, it);
	check_para(a, 100);
	g_array_unref(a);
}

/* Forced breaks inside a paragraph end lines there. */
static void
test_lb_break_forced(void **state)
{
	GArray		*a = make_para(10, 7, 0);
	GArray		*lines = g_array_new(FALSE, FALSE,
	    sizeof(struct lb_line));
	struct lb_params p;
	struct lb_item	 g = { LB_GLUE, 0, -1, 0, 0, 0 };
	struct lb_item	 f = { LB_PENALTY, 0, 0, 0, -LB_INF, 0 };

	(void)state;
	/* after the third box (index 4) */
	g_array_insert_val(a, 5, f);
	g_array_insert_val(a, 5, g);
	lb_params_default(&p, 1000);
	assert_int_equal(lb_break((const struct lb_item *)a->data, a->len, &p,
	    lines), 0);
	assert_int_equal(lines->len, 2);
	assert_int_equal(g_array_index(lines, struct lb_line, 0).end, 6);
	g_array_unref(lines);
	g_array_unref(a);
}

/* 200 000 words break in one pass without blowing up. */
static void
test_lb_break_long(void **state)
{
	GArray	*a = make_para(200000, 3, 1);

	(void)state;
	check_para(a, 300);
	g_array_unref(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lb_break_invariants),
		cmocka_unit_test(test_lb_break_hyphen_limit),
		cmocka_unit_test(test_lb_break_emergency),
		cmocka_unit_test(test_lb_break_forced),
		cmocka_unit_test(test_lb_break_long),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
