/* SPDX-License-Identifier: MIT */
/* Typesetting and page-building rules on documents built by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <math.h>

#include "fonts.h"
#include "notes.h"
#include "source.h"
#include "typeset.h"
#include "typeset_int.h"

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
	struct typeset_opts	o = { .paper = PAPER_A4, .footer_name = "test.md",
	    .footer_hash = "0123abc" };

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


/* Set text in a column of the given width; returns the lines' items
 * (GArray of struct pg_item each, owned). */
static GPtrArray *
set_items(const char *text, double width, int justify)
{
	struct doc		*d = make_doc(0, 0);
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0" };
	struct pages		*pp = pages_new(595, 842);
	struct ts		 t;
	struct tpara		 tp;
	struct tstyle		 st = { 0 };
	GPtrArray		*lines = g_ptr_array_new();

	ts_init(&t, d, &o, pp);
	st.size = 10;
	st.leading = 13;
	st.width = width;
	st.justify = justify;
	st.hyphenate = justify;
	tpara_init(&tp);
	{
		GPtrArray *spans = g_ptr_array_new();
		struct doc_span sp = { 0 };

		sp.text = (char *)text;
		sp.pos.line = 1;
		g_ptr_array_add(spans, &sp);
		tpara_add_spans(&t, &tp, spans, &st);
		g_ptr_array_unref(spans);
	}
	tpara_set(&t, &tp, &st, lines);
	tpara_clear(&tp);
	ts_done(&t);
	pages_free(pp);
	free_doc(d);
	return lines;
}

static void
items_free(GArray *items)
{
	guint	k;

	for (k = 0; k < items->len; k++)
		pg_item_clear(&g_array_index(items, struct pg_item, k));
	g_array_unref(items);
}

/* Set text in a column of the given width; returns the lines' texts. */
static GPtrArray *
set_text(const char *text, double width, int justify)
{
	GPtrArray		*lines = set_items(text, width, justify);
	GPtrArray		*out = g_ptr_array_new_with_free_func(g_free);
	guint			 i, k;

	for (i = 0; i < lines->len; i++) {
		GArray *items = g_ptr_array_index(lines, i);
		GString *s = g_string_new(NULL);
		double right = 0;

		for (k = 0; k < items->len; k++) {
			struct pg_item *it = &g_array_index(items,
			    struct pg_item, k);

			if (it->type != PG_RUN)
				continue;
			if (s->len > 0)
				g_string_append_c(s, ' ');
			g_string_append(s, it->u.run.text);
			if (it->u.run.x + it->u.run.width > right)
				right = it->u.run.x + it->u.run.width;
		}
		/* no line wider than its column */
		assert_true(right <= width + 1e-6);
		items_free(items);
		g_ptr_array_add(out, g_string_free(s, FALSE));
	}
	g_ptr_array_unref(lines);
	return out;
}

/*
 * What a reader that honours /ActualText copies from lines: each run's
 * text, or the text of the span it opens (the runs inside say nothing);
 * a space between runs apart, a line end between lines.
 */
static char *
copied(const GPtrArray *lines)
{
	GString	*s = g_string_new(NULL);
	guint	 i, k;
	int	 in_span = 0;

	for (i = 0; i < lines->len; i++) {
		const GArray *items = g_ptr_array_index(lines, i);
		double x1 = -1;

		for (k = 0; k < items->len; k++) {
			const struct pg_run *r = &g_array_index(items,
			    struct pg_item, k).u.run;

			if (g_array_index(items, struct pg_item, k).type !=
			    PG_RUN)
				continue;
			if (x1 >= 0 && r->x > x1 + 0.5)
				g_string_append_c(s, ' ');
			x1 = r->x + r->width;
			if (r->actual != NULL && !in_span) {
				g_string_append(s, r->actual);
				in_span = 1;
			} else if (!in_span)
				g_string_append(s, r->text);
			if (r->span_end)
				in_span = 0;
		}
		/* a span never crosses a line end */
		assert_false(in_span);
		g_string_append_c(s, '\n');
	}
	return g_string_free(s, FALSE);
}

/* Copied, a word broken at a line end (hyphenated, after a hyphen or a
 * slash) is whole at the end of its first line, and nothing of it
 * starts the next; the words are those of the text. */
static void
test_tpara_set_copy_whole(void **state)
{
	static const char text[] = "the unbreakable relationship of "
	    "comrades-in-arms as described by the burgeoning international "
	    "partnership at https://www.example.org/reports/2024/visit.html "
	    "today";
	GPtrArray	*l;
	char		*c, **words, **want;
	guint		 i, k;
	double		 w;
	int		 broken = 0;

	(void)state;
	want = g_strsplit(text, " ", -1);
	for (w = 76; w <= 150; w += 4) {
		l = set_items(text, w, 1);
		c = copied(l);
		words = g_strsplit_set(c, " \n", -1);
		for (i = 0, k = 0; words[i] != NULL; i++) {
			if (words[i][0] == '\0')
				continue;
			assert_non_null(want[k]);
			assert_string_equal(words[i], want[k]);
			k++;
		}
		assert_null(want[k]);
		for (i = 0; i + 1 < l->len; i++) {
			GArray *items = g_ptr_array_index(l, i);
			const struct pg_run *last = &g_array_index(items,
			    struct pg_item, items->len - 1).u.run;

			if (g_str_has_suffix(last->text, "-") ||
			    g_str_has_suffix(last->text, "\xe2\x80\x90") ||
			    g_str_has_suffix(last->text, "/"))
				broken++;
		}
		g_strfreev(words);
		g_free(c);
		g_ptr_array_set_free_func(l, (GDestroyNotify)items_free);
		g_ptr_array_unref(l);
	}
	g_strfreev(want);
	assert_true(broken > 5);
}

static int
ends_with(const char *s, const char *end)
{
	size_t	n = strlen(s), m = strlen(end);

	return n >= m && strcmp(s + n - m, end) == 0;
}

/* A break after an explicit hyphen draws U+2010 (kept by text
 * extraction); a discretionary break draws "-". */
static void
test_tpara_set_hyphens(void **state)
{
	GPtrArray	*l;
	guint		 i;
	int		 explicit = 0, discretionary = 0;
	double		 w;

	(void)state;
	for (w = 76; w <= 150; w += 4) {
		l = set_text("the unbreakable relationship of comrades-in-arms "
		    "as described by the burgeoning international "
		    "partnership", w, 1);
		for (i = 0; i + 1 < l->len; i++) {
			const char *s = g_ptr_array_index(l, i);

			if (ends_with(s, "comrades\xe2\x80\x90") ||
			    ends_with(s, "in\xe2\x80\x90"))
				explicit++;
			else if (ends_with(s, "-"))
				discretionary++;
			/* never an ASCII hyphen after a whole word part */
			assert_false(ends_with(s, "comrades-"));
			assert_false(ends_with(s, "-in-"));
		}
		g_ptr_array_unref(l);
	}
	assert_true(explicit > 0);
	assert_true(discretionary > 0);
}

/* Proper names inside a sentence are not hyphenated. */
static void
test_tpara_set_proper_names(void **state)
{
	GPtrArray	*l;
	guint		 i;
	double		 w;

	(void)state;
	for (w = 85; w <= 150; w += 5) {
		l = set_text("and then Pyongyang and Washington and Vladivostok "
		    "and Constantinople met Rosenkranz", w, 1);
		for (i = 0; i < l->len; i++)
			assert_false(ends_with(g_ptr_array_index(l, i), "-"));
		g_ptr_array_unref(l);
	}
}

/* A URL breaks after '/' or '.', without a hyphen. */
static void
test_tpara_set_url(void **state)
{
	GPtrArray	*l = set_text("see https://www.example.org/reports/"
	    "2024/north-korea/visit.html today", 90, 0);
	GString		*all = g_string_new(NULL);
	guint		 i;

	(void)state;
	assert_true(l->len >= 3);
	for (i = 0; i < l->len; i++)
		g_string_append(all, g_ptr_array_index(l, i));
	assert_non_null(strstr(all->str,
	    "https://www.example.org/reports/2024/north-korea/visit.html"));
	g_string_free(all, TRUE);
	g_ptr_array_unref(l);
}

/* A word wider than the column is broken anywhere, with a warning. */
static void
test_tpara_set_overlong(void **state)
{
	char		*word = g_strnfill(400, 'x');
	char		*buf;
	size_t		 len;
	FILE		*f = open_memstream(&buf, &len);
	GPtrArray	*l;

	(void)state;
	msg_set_output(f);
	l = set_text(word, 100, 1);
	fclose(f);
	msg_set_output(NULL);
	assert_true(l->len > 5);
	assert_non_null(strstr(buf, "warning: a word is wider than the "
	    "column"));
	free(buf);
	g_free(word);
	g_ptr_array_unref(l);
}


/* n events at block offsets of the document's paragraphs */
static struct chronology *
make_chrono(struct doc *d, int n)
{
	struct chronology	*c = g_new0(struct chronology, 1);
	int			 i;

	c->events = g_ptr_array_new();
	for (i = 0; i < n; i++) {
		struct event *ev = g_new0(struct event, 1);
		const struct doc_node *b = g_ptr_array_index(d->blocks,
		    (guint)i % d->blocks->len);

		ev->year = 1990 + i;
		ev->precision = EV_YEAR;
		ev->text = g_strdup_printf("Event number %d, with a text long "
		    "enough to wrap in the sidebar", i + 1);
		ev->block_off = b->off;
		ev->source = i + 1 == n ? EV_DOCUMENT : EV_EXTRACTED;
		g_ptr_array_add(c->events, ev);
	}
	return c;
}

static void
free_chrono(struct chronology *c)
{
	guint	i;

	for (i = 0; i < c->events->len; i++) {
		struct event *ev = g_ptr_array_index(c->events, i);

		g_free(ev->text);
		g_free(ev);
	}
	g_ptr_array_unref(c->events);
	g_free(c);
}

/* The chronology flows on over the pages' sidebars, never into the body
 * column or the footer, and every entry's link lands on an anchor. */
static void
test_typeset_run_chronology_sidebar(void **state)
{
	struct doc		*d = make_doc(3, 4);
	struct chronology	*c = make_chrono(d, 40);
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0", .chrono = c };
	struct pages		*pp;
	GHashTable		*anchors = g_hash_table_new(g_str_hash,
	    g_str_equal);
	guint			 p, f, i;
	int			 links = 0, side_pages = 0, bookmark = 0;
	double			 main_right = 0, side_left = 1e9;

	(void)state;
	pp = typeset_run(d, &o);
	for (p = 0; p < pp->pages->len; p++) {
		struct page *pg = g_ptr_array_index(pp->pages, p);

		for (f = 0; f < pg->flows->len; f++) {
			struct pg_flow *fl = g_ptr_array_index(pg->flows, f);

			for (i = 0; i < fl->items->len; i++) {
				struct pg_item *it = &g_array_index(fl->items,
				    struct pg_item, i);

				if (it->type == PG_ANCHOR)
					g_hash_table_add(anchors,
					    it->u.anchor.name);
			}
		}
	}
	for (p = 0; p < pp->pages->len; p++) {
		struct page *pg = g_ptr_array_index(pp->pages, p);
		struct pg_flow *side = flow_of(pg, PG_FLOW_SIDEBAR);
		struct pg_flow *body = flow_of(pg, PG_FLOW_MAIN);

		for (i = 0; body != NULL && i < body->items->len; i++) {
			struct pg_item *it = &g_array_index(body->items,
			    struct pg_item, i);

			if (it->type == PG_RUN && it->u.run.x +
			    it->u.run.width > main_right)
				main_right = it->u.run.x + it->u.run.width;
		}
		if (side == NULL || side->items->len == 0)
			continue;
		side_pages++;
		for (i = 0; i < side->items->len; i++) {
			struct pg_item *it = &g_array_index(side->items,
			    struct pg_item, i);

			if (it->type == PG_RUN) {
				if (it->u.run.x < side_left)
					side_left = it->u.run.x;
				/* above the footer's rule */
				assert_true(it->u.run.y < pp->height - 55);
				assert_true(it->u.run.y > 40);
			}
			if (it->type == PG_LINK && it->u.link.dest != NULL) {
				links++;
				assert_true(g_hash_table_contains(anchors,
				    it->u.link.dest));
			}
		}
	}
	for (i = 0; i < pp->outline->len; i++)
		bookmark += strcmp(g_array_index(pp->outline,
		    struct pg_outline, i).title, "Chronology") == 0;
	assert_int_equal(bookmark, 1);
	/* the last bookmark: the sidebar's come after the body's */
	assert_string_equal(g_array_index(pp->outline, struct pg_outline,
	    pp->outline->len - 1).title, "Chronology");
	assert_true(side_pages >= 2);
	assert_true(links >= 40);
	assert_true(side_left > main_right + 10);
	g_hash_table_unref(anchors);
	pages_free(pp);
	free_chrono(c);
	free_doc(d);
}

/* `chronology: off` draws no timeline. */
static void
test_typeset_run_chronology_off(void **state)
{
	struct doc		*d = make_doc(1, 2);
	struct chronology	*c = make_chrono(d, 3);
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0", .chrono = c };
	struct pages		*pp;
	guint			 i;

	(void)state;
	c->off = 1;
	pp = typeset_run(d, &o);
	for (i = 0; i < pp->outline->len; i++)
		assert_string_not_equal(g_array_index(pp->outline,
		    struct pg_outline, i).title, "Chronology");
	pages_free(pp);
	free_chrono(c);
	free_doc(d);
}

/* A note: its number follows the term; the term's glyph boxes are
 * marked; the margin note stands level with the term's line (the
 * sidebar is free there); the Notes bookmark comes last. */
static void
test_typeset_run_margin_note(void **state)
{
	GString			*text = g_string_new("---\ntitle: T\nnotes:\n"
	    "  Aurora protocol: A note about it.\n---\n");
	struct source		*src;
	struct doc		*d;
	struct notes		*ns;
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0" };
	struct pages		*pp;
	struct pg_flow		*body, *side;
	double			 call_base = -1, num_base = -1, term_x0 = -1;
	double			 term_run_x = -2, sup_y = -1;
	guint			 i, k;
	int			 calls = 0;

	(void)state;
	for (k = 0; k < 5; k++)
		g_string_append_printf(text, "%s\n\n", lorem);
	g_string_append(text, "Then the Aurora protocol was signed.\n");
	src = source_from_string("t.md", text->str, (size_t)-1);
	d = doc_read(src);
	assert_non_null(d);
	ns = notes_build(d, NULL);
	assert_non_null(ns);
	assert_int_equal(ns->notes->len, 1);
	o.notes = ns;
	pp = typeset_run(d, &o);
	body = flow_of(g_ptr_array_index(pp->pages, 0), PG_FLOW_MAIN);
	side = flow_of(g_ptr_array_index(pp->pages, 0), PG_FLOW_SIDEBAR);
	assert_non_null(body);
	assert_non_null(side);
	for (i = 0; i < body->items->len; i++) {
		struct pg_item *it = &g_array_index(body->items,
		    struct pg_item, i);

		if (it->type == PG_RUN && strcmp(it->u.run.text, "Aurora") ==
		    0)
			term_run_x = it->u.run.x;
		if (it->type == PG_RUN && strcmp(it->u.run.text, "1") == 0) {
			/* raised, smaller, right after "protocol" */
			assert_true(it->u.run.size < 9.6);
			sup_y = it->u.run.y;
		}
		if (it->type != PG_NOTE)
			continue;
		if (it->u.note.kind == PG_NOTE_TERM && term_x0 < 0)
			term_x0 = it->u.note.x0;
		if (it->u.note.kind == PG_NOTE_CALL) {
			calls++;
			call_base = it->u.note.y1;
			assert_int_equal(it->u.note.num, 1);
			assert_string_equal(it->u.note.text,
			    "A note about it.");
			assert_string_equal(it->u.note.subject,
			    "Aurora protocol");
		}
	}
	assert_int_equal(calls, 1);
	/* the number is raised above its line's baseline */
	assert_true(sup_y > 0 && sup_y < call_base - 3);
	/* the highlight starts where the term's first word is drawn */
	assert_true(term_x0 >= 0);
	assert_true(fabs(term_x0 - term_run_x) < 1e-6);
	for (i = 0; i < side->items->len; i++) {
		struct pg_item *it = &g_array_index(side->items,
		    struct pg_item, i);

		if (it->type == PG_RUN && strcmp(it->u.run.text, "1") == 0)
			num_base = it->u.run.y;
	}
	assert_true(num_base > 0);
	assert_true(fabs(num_base - call_base) < 0.01);
	assert_string_equal(g_array_index(pp->outline, struct pg_outline,
	    pp->outline->len - 1).title, "Notes");
	pages_free(pp);
	notes_free(ns);
	doc_free(d);
	source_free(src);
	g_string_free(text, TRUE);
}

/* Each key point leads to the section that shares most words with it:
 * its link's anchor is the heading's, at the top of the heading's line
 * on the heading's page. */
static void
test_typeset_run_key_point_links(void **state)
{
	static const char text[] =
	    "---\ntitle: T\nsummary:\n"
	    "  - Harvest yields of wheat and barley fell across the plains.\n"
	    "  - Shipping insurance premiums rose after the tanker seizures.\n"
	    "  - Nothing here matches anything.\n---\n"
	    "## Grain\n\nThe harvest yields of wheat and barley fell on the "
	    "plains this year.\n\n"
	    "## Shipping\n\nInsurance premiums for shipping rose sharply "
	    "after the tanker seizures in the strait.\n";
	struct source		*src;
	struct doc		*d;
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0" };
	struct pages		*pp;
	struct pg_flow		*body;
	GPtrArray		*dests = g_ptr_array_new();
	double			 grain_y = -1, grain_anchor = -2;
	guint			 i;

	(void)state;
	src = source_from_string("t.md", text, (size_t)-1);
	d = doc_read(src);
	assert_non_null(d);
	pp = typeset_run(d, &o);
	body = flow_of(g_ptr_array_index(pp->pages, 0), PG_FLOW_MAIN);
	assert_non_null(body);
	for (i = 0; i < body->items->len; i++) {
		struct pg_item *it = &g_array_index(body->items,
		    struct pg_item, i);

		if (it->type == PG_LINK && it->u.link.dest != NULL)
			g_ptr_array_add(dests, it->u.link.dest);
		if (it->type == PG_ANCHOR && strcmp(it->u.anchor.name,
		    "grain") == 0)
			grain_anchor = it->u.anchor.y;
		if (it->type == PG_RUN && strcmp(it->u.run.text, "Grain") == 0)
			grain_y = it->u.run.y;
	}
	/* two points link, in order; the third shares no words */
	assert_int_equal(dests->len, 2);
	assert_string_equal(g_ptr_array_index(dests, 0), "grain");
	assert_string_equal(g_ptr_array_index(dests, 1), "shipping");
	/* the anchor is the top of the heading's line, just above it */
	assert_true(grain_anchor > 0);
	assert_true(grain_y - grain_anchor > 0 && grain_y - grain_anchor < 16);
	g_ptr_array_unref(dests);
	pages_free(pp);
	doc_free(d);
	source_free(src);
}

/* Every item of every page inside the page, and what is not the
 * running footer above the foot of the page body (62 pt margin). */
static void
assert_on_pages(const struct pages *pp)
{
	double	foot = pp->height - 62 + 0.01;
	guint	p, f, i, k;

	for (p = 0; p < pp->pages->len; p++) {
		const struct page *pg = g_ptr_array_index(pp->pages, p);

		for (f = 0; f < pg->flows->len; f++) {
			const struct pg_flow *fl = g_ptr_array_index(pg->flows,
			    f);
			double low = fl->kind == PG_FLOW_CHROME_BOTTOM ?
			    pp->height : foot;

			for (i = 0; i < fl->items->len; i++) {
				const struct pg_item *it = &g_array_index(
				    fl->items, struct pg_item, i);

				if (it->type == PG_RUN) {
					if (it->u.run.x < 0 || it->u.run.x +
					    it->u.run.width > pp->width ||
					    it->u.run.y - it->u.run.size < 0 ||
					    it->u.run.y > low)
						fail_msg("page %u: '%s' at %g,%g "
						    "width %g", p + 1,
						    it->u.run.text, it->u.run.x,
						    it->u.run.y, it->u.run.width);
				} else if (it->type == PG_PATH) {
					for (k = 0; k < it->u.path.segs->len;
					    k++) {
						const struct pg_seg *sg =
						    &g_array_index(
						    it->u.path.segs,
						    struct pg_seg, k);

						assert_true(sg->op == PG_CLOSE ||
						    (sg->x[0] >= 0 && sg->x[0] <=
						    pp->width && sg->y[0] >= 0 &&
						    sg->y[0] <= low));
					}
				} else if (it->type == PG_LINK) {
					assert_true(it->u.link.y0 >= 0 &&
					    it->u.link.y1 <= low);
				}
			}
		}
	}
}

/* The text of the runs of a flow kind, all pages, space-separated
 * (caller frees). */
static char *
flow_text(const struct pages *pp, enum pg_flow_kind kind)
{
	GString	*s = g_string_new(NULL);
	guint	 p, i;

	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = flow_of(g_ptr_array_index(pp->pages, p),
		    kind);

		for (i = 0; fl != NULL && i < fl->items->len; i++) {
			struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, i);

			if (it->type == PG_RUN)
				g_string_append_printf(s, "%s ",
				    it->u.run.text);
		}
	}
	return g_string_free(s, FALSE);
}

/* The strings "<prefix>NNN" for NNN from 0 to n - 1, in order, in s. */
static void
assert_numbered(const char *s, const char *prefix, int n)
{
	const char	*p = s;
	int		 i;

	for (i = 0; i < n; i++) {
		char w[64];

		g_snprintf(w, sizeof(w), "%s%03d", prefix, i);
		if ((p = strstr(p, w)) == NULL)
			fail_msg("'%s' missing or out of order", w);
		p += strlen(w);
	}
}

static struct pages *
run_text(const char *text, struct source **src, struct doc **d)
{
	struct typeset_opts	o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0" };

	*src = source_from_string("t.md", text, (size_t)-1);
	*d = doc_read(*src);
	assert_non_null(*d);
	return typeset_run(*d, &o);
}

/* 120 key points: the box breaks between points, ends at the page's
 * foot, goes on at the top of the next page under a "(CONTINUED)"
 * label; every point is printed, in order, then the body. */
static void
test_typeset_run_key_points_break(void **state)
{
	GString		*text = g_string_new("---\ntitle: T\nsummary:\n");
	struct source	*src;
	struct doc	*d;
	struct pages	*pp;
	char		*main_text;
	guint		 p, i;
	int		 k, labels[8] = { 0 };
	double		 tint_foot = 0;

	(void)state;
	for (k = 0; k < 120; k++)
		g_string_append_printf(text, "  - Point kp%03d says something "
		    "moderately long about the matter at hand.\n", k);
	g_string_append(text, "---\nThe body follows, bodyend.\n");
	pp = run_text(text->str, &src, &d);
	assert_true(pp->pages->len >= 3 && pp->pages->len <= 8);
	assert_on_pages(pp);
	main_text = flow_text(pp, PG_FLOW_MAIN);
	assert_numbered(main_text, "kp", 120);
	assert_non_null(strstr(strstr(main_text, "kp119"), "bodyend"));
	for (p = 0; p < pp->pages->len; p++) {
		struct pg_flow *fl = flow_of(g_ptr_array_index(pp->pages, p),
		    PG_FLOW_MAIN);

		for (i = 0; i < fl->items->len; i++) {
			struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, i);

			if (it->type == PG_RUN && strcmp(it->u.run.text,
			    "KEY POINTS (CONTINUED)") == 0) {
				labels[p]++;
				/* the first text of the page */
				assert_true(it->u.run.y < 62 + 20);
			}
			if (p == 0 && it->type == PG_PATH &&
			    it->u.path.fill == TINT)
				for (k = 0; k < (int)it->u.path.segs->len;
				    k++)
					tint_foot = MAX(tint_foot,
					    g_array_index(it->u.path.segs,
					    struct pg_seg, k).y[0]);
		}
	}
	assert_int_equal(labels[0], 0);
	for (p = 1; p + 1 < pp->pages->len; p++)
		assert_int_equal(labels[p], 1);
	assert_true(fabs(tint_foot - (pp->height - 62)) < 0.01);
	g_free(main_text);
	g_string_free(text, TRUE);
	pages_free(pp);
	doc_free(d);
	source_free(src);
}

/* A title of 300 words goes on over the next page, every word in order
 * inside the page; the body follows it. */
static void
test_typeset_run_long_title(void **state)
{
	GString		*text = g_string_new("---\ntitle: \"");
	struct source	*src;
	struct doc	*d;
	struct pages	*pp;
	char		*top, *body;
	int		 k;

	(void)state;
	for (k = 0; k < 300; k++)
		g_string_append_printf(text, "%sword%03d", k ? " " : "", k);
	g_string_append(text, "\"\n---\nThe body follows, bodyend.\n");
	pp = run_text(text->str, &src, &d);
	assert_true(pp->pages->len >= 3);
	assert_on_pages(pp);
	top = flow_text(pp, PG_FLOW_CHROME_TOP);
	assert_numbered(top, "word", 300);
	/* no main text on the pages the title fills */
	assert_null(flow_of(g_ptr_array_index(pp->pages, 0), PG_FLOW_MAIN));
	body = flow_text(pp, PG_FLOW_MAIN);
	assert_non_null(strstr(body, "bodyend"));
	g_free(top);
	g_free(body);
	g_string_free(text, TRUE);
	pages_free(pp);
	doc_free(d);
	source_free(src);
}

/* A margin note longer than the page goes on in the next page's
 * sidebar: every word printed, none below the foot. */
static void
test_typeset_run_long_note(void **state)
{
	GString			*text = g_string_new("---\ntitle: T\nnotes:\n"
	    "  Aurora protocol: \"");
	struct source		*src;
	struct doc		*d;
	struct notes		*ns;
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0" };
	struct pages		*pp;
	char			*side;
	int			 k;

	(void)state;
	for (k = 0; k < 400; k++)
		g_string_append_printf(text, "%snote%03d", k ? " " : "", k);
	g_string_append(text, "\"\n---\nThen the Aurora protocol was "
	    "signed.\n");
	src = source_from_string("t.md", text->str, (size_t)-1);
	d = doc_read(src);
	assert_non_null(d);
	ns = notes_build(d, NULL);
	assert_non_null(ns);
	o.notes = ns;
	pp = typeset_run(d, &o);
	assert_true(pp->pages->len >= 2);
	assert_on_pages(pp);
	side = flow_text(pp, PG_FLOW_SIDEBAR);
	assert_numbered(side, "note", 400);
	g_free(side);
	g_string_free(text, TRUE);
	pages_free(pp);
	notes_free(ns);
	doc_free(d);
	source_free(src);
}

/* Front matter too long for its place: the organisation goes under the
 * rule in full, the classification banner and footer shrink, then cut
 * with a warning; nothing leaves the page. */
static void
test_typeset_run_long_chrome(void **state)
{
	GString			*text = g_string_new("---\ntitle: T\n"
	    "organisation: \"");
	struct source		*src;
	struct doc		*d;
	struct pages		*pp;
	char			*top, *buf = NULL;
	size_t			 len;
	FILE			*f = open_memstream(&buf, &len);
	int			 k;

	(void)state;
	for (k = 0; k < 30; k++)
		g_string_append_printf(text, "%sorg%03d", k ? " " : "", k);
	g_string_append(text, "\"\nclassification: \"");
	for (k = 0; k < 60; k++)
		g_string_append_printf(text, "%sSECRET%02d", k ? " " : "", k);
	g_string_append(text, "\"\n---\nThe body.\n");
	msg_set_output(f);
	pp = run_text(text->str, &src, &d);
	fclose(f);
	msg_set_output(NULL);
	assert_on_pages(pp);
	top = flow_text(pp, PG_FLOW_CHROME_TOP);
	assert_numbered(top, "org", 30);
	assert_non_null(strstr(buf, "t.md: warning: classification 'SECRET00 "
	    "SECRET01"));
	assert_non_null(strstr(buf, "SECRET59' is too long for the banner; "
	    "cut there\n"));
	/* once, not once a page */
	assert_null(strstr(strstr(buf, "banner;") + 1, "banner;"));
	free(buf);
	g_free(top);
	g_string_free(text, TRUE);
	pages_free(pp);
	doc_free(d);
	source_free(src);
}

/* The strings, up to NULL, found in s each after the previous one. */
static int
in_order(const char *s, ...)
{
	va_list		 ap;
	const char	*w;

	va_start(ap, s);
	while (s != NULL && (w = va_arg(ap, const char *)) != NULL)
		if ((s = strstr(s, w)) != NULL)
			s += strlen(w);
	va_end(ap);
	return s != NULL;
}

/* An event of the chronology c, at block 0 of d. */
static struct event *
add_event(struct chronology *c, const struct doc *d, int y, int m,
    int day, enum ev_source source, int scheduled, const char *text)
{
	struct event		*ev = g_new0(struct event, 1);
	const struct doc_node	*b = g_ptr_array_index(d->blocks, 0);

	ev->year = y;
	ev->month = m;
	ev->day = day;
	ev->precision = day > 0 ? EV_DAY : m > 0 ? EV_MONTH : EV_YEAR;
	ev->source = source;
	ev->scheduled = scheduled;
	ev->text = g_strdup(text);
	ev->block_off = source == EV_DOCUMENT ? CHRONO_NO_BLOCK : b->off;
	g_ptr_array_add(c->events, ev);
	return ev;
}

static void
set_end(struct event *ev, int y, int m, int day)
{
	ev->end_year = y;
	ev->end_month = m;
	ev->end_day = day;
	ev->end_precision = day > 0 ? EV_DAY : m > 0 ? EV_MONTH : EV_YEAR;
}

/*
 * Scheduled events from the briefing's own date on, and any event after
 * it, stand under "COMING UP", after its entry; a scheduled event already
 * past by then stays in the timeline, as does an event of the briefing's
 * month that is not scheduled; ranges read "2020–2023", "Mar–May 2022",
 * "3–5 Mar 2024"; "Coming up" is a bookmark under "Chronology".  With
 * nothing to come there is no such heading.
 */
static void
test_typeset_run_chronology_coming_up(void **state)
{
	struct doc		*d = make_doc(1, 2);
	struct chronology	*c = g_new0(struct chronology, 1);
	struct typeset_opts	 o = { .paper = PAPER_A4, .footer_name = "t",
	    .footer_hash = "0", .chrono = c };
	struct pages		*pp;
	struct event		*ev;
	char			*side;
	guint			 i;
	int			 chrono = -1, coming = -1;

	(void)state;
	c->events = g_ptr_array_new();
	set_end(add_event(c, d, 2020, 0, 0, EV_EXTRACTED, 0, "Alphawar"),
	    2023, 0, 0);
	set_end(add_event(c, d, 2022, 3, 0, EV_EXTRACTED, 0, "Betatalks"),
	    2022, 5, 0);
	/* scheduled, but over by the briefing's date */
	add_event(c, d, 2024, 1, 0, EV_EXTRACTED, 1, "Gammadeadline");
	set_end(add_event(c, d, 2024, 3, 3, EV_EXTRACTED, 0, "Deltasummit"),
	    2024, 3, 5);
	add_event(c, d, 2024, 6, 17, EV_DOCUMENT, 0,
	    "This briefing: Epsilontitle");
	/* after the briefing's date, not scheduled: to come all the same */
	add_event(c, d, 2024, 6, 20, EV_EXTRACTED, 0, "Zetareport");
	add_event(c, d, 2024, 6, 0, EV_EXTRACTED, 1, "Etameeting");
	ev = add_event(c, d, 2024, 9, 0, EV_EXTRACTED, 1, "Thetavote");
	set_end(ev, 2025, 1, 0);
	pp = typeset_run(d, &o);
	side = flow_text(pp, PG_FLOW_SIDEBAR);
	if (!in_order(side, "CHRONOLOGY", "2020\xe2\x80\x93" "2023 ",
	    "Alphawar", "Mar\xe2\x80\x93May 2022 ", "Betatalks",
	    "Jan 2024 ", "Gammadeadline", "3\xe2\x80\x93" "5 Mar 2024 ",
	    "Deltasummit", "17 Jun 2024 ", "THIS BRIEFING", "Epsilontitle",
	    "COMING UP", "20 Jun 2024 ", "Zetareport", "Jun 2024 ",
	    "Etameeting", "Sep 2024\xe2\x80\x93Jan 2025 ", "Thetavote",
	    NULL))
		fail_msg("sidebar: %s", side);
	/* once */
	assert_null(strstr(strstr(side, "COMING UP") + 1, "COMING UP"));
	for (i = 0; i < pp->outline->len; i++) {
		const struct pg_outline *ol = &g_array_index(pp->outline,
		    struct pg_outline, i);

		if (strcmp(ol->title, "Chronology") == 0)
			chrono = (int)i;
		if (strcmp(ol->title, "Coming up") == 0) {
			coming = (int)i;
			assert_int_equal(ol->level, 2);
		}
	}
	assert_true(chrono >= 0 && coming == chrono + 1);
	g_free(side);
	pages_free(pp);
	/* nothing scheduled: what comes after the date is still to come,
	 * the briefing's month stays */
	for (i = 0; i < c->events->len; i++)
		((struct event *)g_ptr_array_index(c->events, i))->scheduled =
		    0;
	pp = typeset_run(d, &o);
	side = flow_text(pp, PG_FLOW_SIDEBAR);
	if (!in_order(side, "Gammadeadline", "Epsilontitle", "Etameeting",
	    "COMING UP", "Zetareport", "Thetavote", NULL))
		fail_msg("sidebar: %s", side);
	g_free(side);
	pages_free(pp);
	/* nothing after the date: no heading */
	for (i = 0; i < c->events->len; i++) {
		ev = g_ptr_array_index(c->events, i);
		if (ev->source != EV_DOCUMENT && ev->year == 2024 &&
		    ev->month >= 6)
			ev->year = 2023;
	}
	pp = typeset_run(d, &o);
	side = flow_text(pp, PG_FLOW_SIDEBAR);
	assert_non_null(strstr(side, "Thetavote"));
	assert_null(strstr(side, "COMING UP"));
	g_free(side);
	pages_free(pp);
	free_chrono(c);
	free_doc(d);
}

/* Two flows hold the same items: kinds, types, runs' place and text. */
static void
same_flow(const struct pg_flow *a, const struct pg_flow *b)
{
	guint	i;

	assert_int_equal(a->kind, b->kind);
	assert_int_equal(a->items->len, b->items->len);
	for (i = 0; i < a->items->len; i++) {
		const struct pg_item *x = &g_array_index(a->items,
		    struct pg_item, i);
		const struct pg_item *y = &g_array_index(b->items,
		    struct pg_item, i);

		assert_int_equal(x->type, y->type);
		if (x->type != PG_RUN)
			continue;
		assert_true(x->u.run.x == y->u.run.x);
		assert_true(x->u.run.y == y->u.run.y);
		assert_string_equal(x->u.run.text, y->u.run.text);
	}
}

/* keep_parts: the lines stay in parts of the flows; joined (page_flat,
 * pages_flatten) they are the items typeset_run gives without it. */
static void
test_typeset_run_keep_parts(void **state)
{
	struct doc		*d = make_doc(6, 9);
	struct typeset_opts	 o = { .paper = PAPER_A4,
	    .footer_name = "test.md", .footer_hash = "0123abc",
	    .keep_parts = 1 };
	struct pages		*pp = run(d), *pq = typeset_run(d, &o);
	guint			 p, f, parts = 0;

	(void)state;
	assert_int_equal(pp->pages->len, pq->pages->len);
	for (p = 0; p < pp->pages->len; p++) {
		struct page *a = g_ptr_array_index(pp->pages, p);
		struct page *b = g_ptr_array_index(pq->pages, p);
		GPtrArray *flat = page_flat(b);

		assert_int_equal(a->flows->len, flat->len);
		for (f = 0; f < a->flows->len; f++) {
			const struct pg_flow *fa = g_ptr_array_index(a->flows,
			    f);
			const struct pg_flow *fb = g_ptr_array_index(b->flows,
			    f);

			assert_null(fa->parts);
			parts += fb->parts != NULL;
			same_flow(fa, g_ptr_array_index(flat, f));
		}
		g_ptr_array_unref(flat);
	}
	assert_true(parts >= pp->pages->len);
	pages_flatten(pq);
	for (p = 0; p < pp->pages->len; p++) {
		struct page *a = g_ptr_array_index(pp->pages, p);
		struct page *b = g_ptr_array_index(pq->pages, p);

		for (f = 0; f < a->flows->len; f++) {
			assert_null(((struct pg_flow *)g_ptr_array_index(
			    b->flows, f))->parts);
			same_flow(g_ptr_array_index(a->flows, f),
			    g_ptr_array_index(b->flows, f));
		}
	}
	pages_free(pp);
	pages_free(pq);
	free_doc(d);
}

#include "fontsetup.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typeset_run_within_column),
		cmocka_unit_test(test_typeset_run_footer_outline),
		cmocka_unit_test(test_typeset_run_widows_orphans_keep),
		cmocka_unit_test(test_typeset_run_order),
		cmocka_unit_test(test_tpara_set_hyphens),
		cmocka_unit_test(test_tpara_set_proper_names),
		cmocka_unit_test(test_tpara_set_url),
		cmocka_unit_test(test_tpara_set_overlong),
		cmocka_unit_test(test_typeset_run_chronology_sidebar),
		cmocka_unit_test(test_typeset_run_chronology_off),
		cmocka_unit_test(test_typeset_run_chronology_coming_up),
		cmocka_unit_test(test_typeset_run_margin_note),
		cmocka_unit_test(test_typeset_run_key_point_links),
		cmocka_unit_test(test_typeset_run_key_points_break),
		cmocka_unit_test(test_typeset_run_long_title),
		cmocka_unit_test(test_typeset_run_long_note),
		cmocka_unit_test(test_typeset_run_long_chrome),
		cmocka_unit_test(test_tpara_set_copy_whole),
		cmocka_unit_test(test_typeset_run_keep_parts),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
