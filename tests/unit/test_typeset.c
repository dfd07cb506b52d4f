/* SPDX-License-Identifier: MIT */
/* Typesetting and page-building rules on documents built by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "fonts.h"
#include "typeset.h"

static const char lorem[] =
    "The deepening military cooperation between Russia and North Korea "
    "has alarmed the United States and its allies, and the monitors have "
    "reported that ballistic missiles fired at Ukraine were sourced from "
    "North Korea. Washington has accused Pyongyang of supplying weapons, "
    "though Pyongyang denies these claims; the comrades-in-arms rhetoric "
    "of both leaders underlines an extraordinary, unprecedented and "
    "strategically consequential realignment.";

static struct doc_span *
span(const char *text, unsigned style, size_t off)
{
	struct doc_span	*s = g_new0(struct doc_span, 1);

	s->text = g_strdup(text);
	s->style = style;
	s->off = off;
	s->pos.line = 1;
	s->pos.col = 1;
	return s;
}

static struct doc_node *
node(enum doc_type type, int level, const char *text, size_t off)
{
	struct doc_node	*n = g_new0(struct doc_node, 1);

	n->type = type;
	n->level = level;
	n->off = off;
	n->spans = g_ptr_array_new();
	if (text != NULL)
		g_ptr_array_add(n->spans, span(text, 0, off));
	n->children = g_ptr_array_new();
	return n;
}

static void
node_free(struct doc_node *n)
{
	guint	i;

	for (i = 0; i < n->spans->len; i++) {
		struct doc_span *s = g_ptr_array_index(n->spans, i);

		g_free(s->text);
		g_free(s);
	}
	for (i = 0; i < n->children->len; i++)
		node_free(g_ptr_array_index(n->children, i));
	g_ptr_array_unref(n->spans);
	g_ptr_array_unref(n->children);
	g_free(n);
}

/* sections x (heading + paras paragraphs of lorem) */
static struct doc *
make_doc(int sections, int paras)
{
	struct doc	*d = g_new0(struct doc, 1);
	int		 s, p;
	size_t		 off = 0;

	d->path = g_strdup("test.md");
	d->name = g_strdup("test.md");
	d->meta.title = g_strdup("A test briefing");
	d->meta.lang = g_strdup("en-US");
	d->blocks = g_ptr_array_new();
	for (s = 0; s < sections; s++) {
		char title[32];

		g_snprintf(title, sizeof(title), "Section %d", s + 1);
		g_ptr_array_add(d->blocks, node(DOC_HEADING, 2, title, off++));
		for (p = 0; p < paras; p++)
			g_ptr_array_add(d->blocks, node(DOC_PARA, 0,
			    p % 3 == 2 ? "A short paragraph of one line." :
			    lorem, off++));
	}
	return d;
}

static void
free_doc(struct doc *d)
{
	guint	i;

	for (i = 0; i < d->blocks->len; i++)
		node_free(g_ptr_array_index(d->blocks, i));
	g_ptr_array_unref(d->blocks);
	g_free(d->path);
	g_free(d->name);
	g_free(d->meta.title);
	g_free(d->meta.lang);
	g_free(d);
}

static struct pages *
run(struct doc *d)
{
	struct typeset_opts	o = { PAPER_A4, "test.md", "0123abc", NULL };

	return typeset_run(d, &o);
}

static struct pg_flow *
flow_of(struct page *pg, enum pg_flow_kind kind)
{
	guint	i;

	for (i = 0; i < pg->flows->len; i++) {
		struct pg_flow *fl = g_ptr_array_index(pg->flows, i);

		if (fl->kind == kind)
			return fl;
	}
	return NULL;
}

/* No text run of the main flow ends right of the column, none starts
 * left of it, and none crosses the foot of the page body. */
static void
test_typeset_run_within_column(void **state)
{
	struct doc	*d = make_doc(6, 9);
	struct pages	*pp = run(d);
	guint		 p, i;
	double		 left = 1e9, right = 0;

	(void)state;
	assert_true(pp->pages->len >= 3);
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = flow_of(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_MAIN);

		assert_non_null(fl);
		for (i = 0; i < fl->items->len; i++) {
			struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, i);

			if (it->type != PG_RUN)
				continue;
			if (it->u.run.x < left)
				left = it->u.run.x;
			if (it->u.run.x + it->u.run.width > right)
				right = it->u.run.x + it->u.run.width;
			assert_true(it->u.run.y < pp->height - 60);
			assert_true(it->u.run.hscale >= 0.98 - 1e-9);
			assert_true(it->u.run.hscale <= 1.02 + 1e-9);
		}
	}
	/* the widest line reaches the column's right edge, none beyond;
	 * the sidebar starts at least 12 pt further right */
	{
		struct pg_flow *side = flow_of(g_ptr_array_index(pp->pages, 0),
		    PG_FLOW_SIDEBAR);
		double sx = 1e9;

		assert_non_null(side);
		for (i = 0; i < side->items->len; i++) {
			struct pg_item *it = &g_array_index(side->items,
			    struct pg_item, i);

			if (it->type == PG_RUN && it->u.run.x < sx)
				sx = it->u.run.x;
		}
		assert_true(right <= sx - 12);
	}
	assert_true(left >= 50);
	pages_free(pp);
	free_doc(d);
}

/* Page X of Y on every page; bookmarks for the title and each heading. */
static void
test_typeset_run_footer_outline(void **state)
{
	struct doc	*d = make_doc(5, 8);
	struct pages	*pp = run(d);
	guint		 p, i;

	(void)state;
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = flow_of(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_CHROME_BOTTOM);
		char want[64];
		int found = 0;

		g_snprintf(want, sizeof(want), "Page %u of %u", p + 1,
		    pp->pages->len);
		assert_non_null(fl);
		for (i = 0; i < fl->items->len; i++) {
			struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, i);

			if (it->type == PG_RUN && strcmp(it->u.run.text,
			    want) == 0)
				found = 1;
		}
		assert_true(found);
	}
	assert_int_equal(pp->outline->len, 6);
	assert_string_equal(g_array_index(pp->outline, struct pg_outline,
	    0).title, "A test briefing");
	assert_string_equal(g_array_index(pp->outline, struct pg_outline,
	    5).title, "Section 5");
	pages_free(pp);
	free_doc(d);
}

/* Lines (distinct baselines) of block k in a main flow; block k's runs
 * have src_off in [k * 10000, (k + 1) * 10000). */
static int
block_lines(struct pg_flow *fl, size_t k, int *last_block)
{
	double	ys[512];
	int	n = 0, j;
	guint	i;

	*last_block = -1;
	for (i = 0; i < fl->items->len; i++) {
		struct pg_item *it = &g_array_index(fl->items, struct pg_item, i);

		if (it->type != PG_RUN)
			continue;
		if ((int)(it->u.run.src_off / 10000) > *last_block)
			*last_block = (int)(it->u.run.src_off / 10000);
		if (it->u.run.src_off / 10000 != k)
			continue;
		for (j = 0; j < n && ys[j] != it->u.run.y; j++)
			;
		if (j == n && n < 512)
			ys[n++] = it->u.run.y;
	}
	return n;
}

/* The last block of a page is never a heading, and a paragraph split
 * across pages leaves at least 2 lines on each (no orphan, no widow). */
static void
test_typeset_run_widows_orphans_keep(void **state)
{
	int	 sections, paras, splits = 0;

	(void)state;
	for (sections = 3; sections <= 6; sections++)
		for (paras = 4; paras <= 9; paras++) {
			struct doc *d = make_doc(sections, paras);
			struct pages *pp;
			guint p, i;

			for (i = 0; i < d->blocks->len; i++) {
				struct doc_node *n = g_ptr_array_index(
				    d->blocks, i);
				struct doc_span *sp = g_ptr_array_index(
				    n->spans, 0);

				n->off = sp->off = i * 10000;
			}
			pp = run(d);
			for (p = 0; p + 1 < pp->pages->len; p++) {
				struct pg_flow *fl = flow_of(g_ptr_array_index(
				    pp->pages, p), PG_FLOW_MAIN);
				struct pg_flow *nx = flow_of(g_ptr_array_index(
				    pp->pages, p + 1), PG_FLOW_MAIN);
				int last, dummy, here, there;
				struct doc_node *n;

				block_lines(fl, 0, &last);
				assert_true(last >= 0);
				n = g_ptr_array_index(d->blocks, last);
				assert_int_not_equal(n->type, DOC_HEADING);
				here = block_lines(fl, (size_t)last, &dummy);
				there = block_lines(nx, (size_t)last, &dummy);
				if (there > 0) {
					splits++;
					assert_true(here >= 2);
					assert_true(there >= 2);
				}
			}
			pages_free(pp);
			free_doc(d);
		}
	/* the cases do split paragraphs, so the rule was exercised */
	assert_true(splits > 0);
}

/* Text of every block arrives in the main flow, in order. */
static void
test_typeset_run_order(void **state)
{
	struct doc	*d = make_doc(3, 3);
	struct pages	*pp = run(d);
	GString		*all = g_string_new(NULL);
	guint		 p, i;
	const char	*a, *b, *c;

	(void)state;
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = flow_of(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_MAIN);

		for (i = 0; i < fl->items->len; i++) {
			struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, i);

			if (it->type == PG_RUN) {
				g_string_append(all, it->u.run.text);
				g_string_append_c(all, ' ');
			}
		}
	}
	a = strstr(all->str, "Section 1");
	b = strstr(all->str, "Section 2");
	c = strstr(all->str, "Section 3");
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_true(a < b && b < c);
	assert_non_null(strstr(all->str, "Washington"));
	g_string_free(all, TRUE);
	pages_free(pp);
	free_doc(d);
}

static int
setup(void **state)
{
	(void)state;
	g_setenv("BRIEFING_FONTDIR", "fonts", TRUE);
	return fonts_init(NULL);
}

static int
teardown(void **state)
{
	(void)state;
	fonts_done();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typeset_run_within_column),
		cmocka_unit_test(test_typeset_run_footer_outline),
		cmocka_unit_test(test_typeset_run_widows_orphans_keep),
		cmocka_unit_test(test_typeset_run_order),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
