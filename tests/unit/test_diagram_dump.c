/* SPDX-License-Identifier: MIT */
/* --dump layout: the figure's geometry as JSON, as the drawing has it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagram_int.h"
#include "doc.h"
#include "graph.h"
#include "source.h"

static const char article[] =
    "---\ntitle: T\ndate: 2024-06-17\n---\n"
    "Russia supplied technology to North Korea. North Korea sent "
    "munitions to Russia. Washington accused Pyongyang of supplying "
    "weapons to Moscow.\n\nSouth Korea discussed the visit with the "
    "United States. Russia is at war with Ukraine.\n";

struct fixture {
	struct source	*src;
	struct doc	*doc;
	struct graph	*g;
	struct diagram	*d;
};

static void
fixture_open(struct fixture *fx)
{
	fx->src = source_from_string("s.md", article, strlen(article));
	assert_non_null(fx->src);
	fx->doc = doc_read(fx->src);
	assert_non_null(fx->doc);
	fx->g = extract_run(fx->doc, fx->src);
	fx->d = diagram_layout(fx->g, 487, 487, NULL);
	assert_non_null(fx->d);
}

static void
fixture_close(struct fixture *fx)
{
	diagram_free(fx->d);
	graph_free(fx->g);
	doc_free(fx->doc);
	source_free(fx->src);
}

/* The dump as a string (caller frees with g_free). */
static char *
dump(const struct diagram *d, int page, double scale)
{
	char	*buf = NULL, *s;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	assert_non_null(f);
	diagram_dump(d, page, scale, f);
	fclose(f);
	s = g_strndup(buf, len);
	free(buf);
	return s;
}

/* A box of the dump: where, its font size, whose text. */
struct dbox {
	double	 x, y, w, h, pt;
};

/* Every "box": [x, y, w, h], ... "font_pt": v of the dump, in order. */
static GArray *
boxes(const char *s)
{
	GArray		*a = g_array_new(FALSE, TRUE, sizeof(struct dbox));
	const char	*p = s;

	while ((p = strstr(p, "\"box\": [")) != NULL) {
		struct dbox b;
		const char *q = strstr(p, "\"font_pt\": ");

		assert_int_equal(sscanf(p, "\"box\": [%lf, %lf, %lf, %lf]",
		    &b.x, &b.y, &b.w, &b.h), 4);
		assert_non_null(q);
		b.pt = strtod(q + 11, NULL);
		g_array_append_val(a, b);
		p = q;
	}
	return a;
}

static void
clear_items(GArray *items)
{
	guint	i;

	for (i = 0; i < items->len; i++)
		pg_item_clear(&g_array_index(items, struct pg_item, i));
	g_array_unref(items);
}

/*
 * The dump follows the drawing: each run of text that diagram_to_items
 * draws stands inside a box of the dump (a node's, or its own label's),
 * at no smaller size than the box says, and the smallest size of the
 * dump is the smallest drawn.
 */
static void
test_diagram_dump_follows_drawing(void **state)
{
	struct fixture	 fx;
	struct pages	*pp = pages_new(595, 842);
	GArray		*items = g_array_new(FALSE, TRUE,
	    sizeof(struct pg_item));
	GArray		*bx;
	char		*s;
	double		 min_run = 1e9, min_box = 1e9;
	guint		 i, k, runs = 0;

	(void)state;
	fixture_open(&fx);
	s = dump(fx.d, 1, 1);
	bx = boxes(s);
	assert_true(bx->len >= fx.d->nodes->len + fx.d->edges->len + 4);
	for (k = 0; k < bx->len; k++)
		min_box = MIN(min_box, g_array_index(bx, struct dbox, k).pt);
	diagram_to_items(fx.d, pp, items);
	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);
		const struct pg_run *r = &it->u.run;
		/* the middle of the run, halfway up its small letters */
		double cx = r->x + r->width / 2, cy = r->y - r->size * 0.25;
		int in = 0;

		if (it->type != PG_RUN)
			continue;
		runs++;
		min_run = MIN(min_run, r->size);
		for (k = 0; k < bx->len && !in; k++) {
			const struct dbox *b = &g_array_index(bx, struct dbox,
			    k);

			in = cx >= b->x - 0.5 && cx <= b->x + b->w + 0.5 &&
			    cy >= b->y - 0.5 && cy <= b->y + b->h + 0.5 &&
			    r->size >= b->pt - 0.01;
		}
		if (!in)
			fail_msg("'%s' (%.2f pt at %.1f, %.1f) in no box of "
			    "the dump", r->text, r->size, r->x, r->y);
		/* an edge's label is the text of a label */
		if (r->size == DG_LABEL_SIZE * fx.d->scale)
			assert_non_null(strstr(s, r->text));
	}
	assert_true(runs > fx.d->nodes->len);
	assert_true(min_box > 0);
	assert_true(min_box >= min_run - 0.01 && min_box <= min_run + 0.01);
	g_array_unref(bx);
	g_free(s);
	clear_items(items);
	pages_free(pp);
	fixture_close(&fx);
}

/* The keys; each edge names two nodes; the page as given; the edges'
 * labels first among the labels. */
static void
test_diagram_dump_schema(void **state)
{
	struct fixture	 fx;
	char		*s, *nodes, *labels, *edges;
	guint		 i;

	(void)state;
	fixture_open(&fx);
	s = dump(fx.d, 3, 1);
	assert_true(g_str_has_prefix(s, "{\"width\": 487.00, \"height\": "));
	assert_non_null(strstr(s, "\"page\": 3,"));
	nodes = strstr(s, "\"nodes\": [");
	labels = strstr(s, "\"labels\": [");
	edges = strstr(s, "\"edges\": [");
	assert_true(nodes != NULL && labels > nodes && edges > labels);
	for (i = 0; i < fx.d->edges->len; i++) {
		const struct dedge *de = &g_array_index(fx.d->edges,
		    struct dedge, i);
		char *want = g_strdup_printf("{\"text\": \"%s\"", de->label);
		char *at = strstr(labels, want);

		/* the i-th label */
		assert_non_null(at);
		assert_true(at < edges);
		g_free(want);
	}
	assert_non_null(strstr(edges, "\"from\": \"Russia\""));
	assert_non_null(strstr(edges, "\"points\": [["));
	assert_non_null(strstr(labels, "{\"text\": \"Figure 1."));
	g_free(s);
	fixture_close(&fx);
}

/* The briefing's scale applies to sizes and places alike. */
static void
test_diagram_dump_scaled(void **state)
{
	struct fixture	 fx;
	char		*a, *b;
	GArray		*ba, *bb;
	guint		 k;

	(void)state;
	fixture_open(&fx);
	a = dump(fx.d, 1, 1);
	b = dump(fx.d, 1, 0.5);
	assert_true(g_str_has_prefix(b, "{\"width\": 243.50, "));
	ba = boxes(a);
	bb = boxes(b);
	assert_int_equal(ba->len, bb->len);
	for (k = 0; k < ba->len; k++) {
		const struct dbox *p = &g_array_index(ba, struct dbox, k);
		const struct dbox *q = &g_array_index(bb, struct dbox, k);

		assert_true(q->x >= p->x / 2 - 0.01 && q->x <= p->x / 2 + 0.01);
		assert_true(q->w >= p->w / 2 - 0.01 && q->w <= p->w / 2 + 0.01);
		assert_true(q->pt >= p->pt / 2 - 0.01 &&
		    q->pt <= p->pt / 2 + 0.01);
	}
	g_array_unref(ba);
	g_array_unref(bb);
	g_free(a);
	g_free(b);
	fixture_close(&fx);
}

/* No figure: zeros and empty arrays. */
static void
test_diagram_dump_none(void **state)
{
	char	*s = dump(NULL, 0, 0);

	(void)state;
	assert_string_equal(s, "{\"width\": 0, \"height\": 0, \"page\": 0, "
	    "\"nodes\": [], \"labels\": [], \"edges\": []}\n");
	g_free(s);
}

#include "fontsetup.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diagram_dump_follows_drawing),
		cmocka_unit_test(test_diagram_dump_schema),
		cmocka_unit_test(test_diagram_dump_scaled),
		cmocka_unit_test(test_diagram_dump_none),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
