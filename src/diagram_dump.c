/* SPDX-License-Identifier: MIT */
/*
 * The figure's geometry as the briefing draws it, as JSON (--dump
 * layout): boxes, text sizes and edges flattened to polylines, in points
 * from the figure's top-left corner, y down.  It follows what
 * diagram_cairo.c draws: the same sizes, origins and scales.
 */
#include <stdio.h>
#include <string.h>

#include <pango/pango.h>

#include "diagram_int.h"
#include "json.h"
#include "labels.h"

/* Segments per cubic Bezier: a curve of a figure this size bends less
 * than a tenth of a point from its chords. */
#define FLAT_STEPS	16

/* Where the figure's coordinates go: the graph part scaled by s from
 * x = ox, the whole by k (the briefing's own scaling). */
struct xf {
	double	 s, ox, k;
};

static void
num(FILE *f, double v)
{
	char	buf[G_ASCII_DTOSTR_BUF_SIZE];

	fputs(g_ascii_formatd(buf, sizeof(buf), "%.2f", v), f);
}

static void
box(FILE *f, double x, double y, double w, double h)
{
	fputs("[", f);
	num(f, x);
	fputs(", ", f);
	num(f, y);
	fputs(", ", f);
	num(f, w);
	fputs(", ", f);
	num(f, h);
	fputs("]", f);
}

/* The ink of text at size above (*top, negative) and below (*bottom)
 * its baseline. */
static void
ink(int face, double size, const char *text, double *top, double *bottom)
{
	PangoLayout		*l = pango_layout_new(fonts_context());
	PangoFontDescription	*d = fonts_face_desc(face, size);
	PangoRectangle		 in;
	double			 base;

	pango_layout_set_font_description(l, d);
	pango_font_description_free(d);
	pango_layout_set_text(l, text, -1);
	pango_layout_get_extents(l, &in, NULL);
	base = pango_layout_get_baseline(l) / (double)PANGO_SCALE;
	*top = in.y / (double)PANGO_SCALE - base;
	*bottom = (in.y + in.height) / (double)PANGO_SCALE - base;
	g_object_unref(l);
}

/* A label: text, its box in drawing coordinates (scaled by k here) and
 * the size it is drawn at, before k. */
static void
label_out(FILE *f, int *first, const char *text, double x, double y,
    double w, double h, double size, double k)
{
	fputs(*first ? "\n    {\"text\": " : ",\n    {\"text\": ", f);
	*first = 0;
	json_string(f, text);
	fputs(", \"box\": ", f);
	box(f, x * k, y * k, w * k, h * k);
	fputs(", \"font_pt\": ", f);
	num(f, size * k);
	fputs("}", f);
}

static void
nodes_out(FILE *f, const struct diagram *d, const struct xf *t)
{
	guint	i;

	fputs(",\n  \"nodes\": [", f);
	for (i = 0; i < d->nodes->len; i++) {
		const struct dnode *dn = &g_array_index(d->nodes,
		    struct dnode, i);
		GPtrArray *lines = dg_node_lines(d->g, dn->actor, d->lang);
		/* the smallest text in the box: a state's persons */
		double size = lines->len > 1 ? MIN(DG_NAME_SIZE,
		    DG_PERSON_SIZE) : DG_NAME_SIZE;

		fputs(i > 0 ? ",\n    {\"name\": " : "\n    {\"name\": ", f);
		json_string(f, g_ptr_array_index(lines, 0));
		fputs(", \"box\": ", f);
		box(f, (t->ox + (dn->x - dn->w / 2) * t->s) * t->k,
		    (dn->y - dn->h / 2) * t->s * t->k, dn->w * t->s * t->k,
		    dn->h * t->s * t->k);
		fputs(", \"font_pt\": ", f);
		num(f, size * t->s * t->k);
		fputs("}", f);
		g_ptr_array_unref(lines);
	}
	fputs(d->nodes->len > 0 ? "\n  ]" : "]", f);
}

/* The legend entries: each from its sample line to its word's end. */
static void
legend_out(FILE *f, const struct diagram *d, double k, int *first)
{
	static const enum label_id words[] = {
		L_COOPERATIVE, L_HOSTILE, L_NEUTRAL, L_LEGEND_WEIGHT
	};
	double	x = 0, y = d->legend_y + d->legend_h / 2, top, bottom, tw;
	size_t	i;

	for (i = 0; i < G_N_ELEMENTS(words); i++) {
		const char *w = label(d->lang, words[i]);
		/* the weight's sample ends in an arrowhead, its word is
		 * one point further */
		double gap = i + 1 < G_N_ELEMENTS(words) ? 22 : 23;

		tw = dg_text_width(FACE_SANS, DG_SMALL_SIZE, w);
		ink(FACE_SANS, DG_SMALL_SIZE, w, &top, &bottom);
		top = MIN(y + 2.4 + top, y - 3.5);
		bottom = MAX(y + 2.4 + bottom, y + 3.5);
		label_out(f, first, w, x, top, gap + tw, bottom - top,
		    DG_SMALL_SIZE, k);
		x += 26 + tw + 12;
	}
}

static void
caption_out(FILE *f, const struct diagram *d, double k, int *first)
{
	GPtrArray	*lines = d->caption_lines;
	char		*caption = NULL;
	double		 top, bottom, base;
	guint		 i;

	/* as drawn: in the page's words */
	if (strcmp(label_lang(d->lang), d->caption_lang) != 0) {
		caption = dg_caption(d, d->lang);
		lines = dg_wrap(caption, d->w);
	}
	for (i = 0; i < lines->len; i++) {
		const char *s = g_ptr_array_index(lines, i);

		base = d->caption_y + DG_CAPTION_SIZE + i * DG_CAPTION_LEAD;
		ink(FACE_SANS, DG_CAPTION_SIZE, s, &top, &bottom);
		label_out(f, first, s, 0, base + top, dg_text_width(FACE_SANS,
		    DG_CAPTION_SIZE, s), bottom - top, DG_CAPTION_SIZE, k);
	}
	if (caption != NULL) {
		g_free(caption);
		g_ptr_array_unref(lines);
	}
}

static void
labels_out(FILE *f, const struct diagram *d, const struct xf *t)
{
	int	first = 1;
	guint	i;

	fputs(",\n  \"labels\": [", f);
	/* the edges' labels first, in the order of the edges */
	for (i = 0; i < d->edges->len; i++) {
		const struct dedge *de = &g_array_index(d->edges,
		    struct dedge, i);

		label_out(f, &first, de->label, t->ox + (de->lx - de->lw / 2) *
		    t->s, (de->ly - de->lh / 2) * t->s, de->lw * t->s,
		    de->lh * t->s, DG_LABEL_SIZE * t->s, t->k);
	}
	legend_out(f, d, t->k, &first);
	caption_out(f, d, t->k, &first);
	fputs(first ? "]" : "\n  ]", f);
}

/* One point of a cubic: (1-u)^3 p0 + 3(1-u)^2 u c1 + 3(1-u) u^2 c2 +
 * u^3 p1, for x or y. */
static double
bez(const double *p, int c, double u)
{
	double	v = 1 - u;

	return v * v * v * p[c] + 3 * v * v * u * p[c + 2] +
	    3 * v * u * u * p[c + 4] + u * u * u * p[c + 6];
}

/* The chain of an edge flattened into pts (double pairs, figure
 * coordinates): the part to the label and the part from it, as
 * diagram_cairo.c draws them (a part without a curve is not drawn). */
static void
flatten(const struct dedge *de, const struct xf *t, GArray *pts)
{
	const double	*p = (const double *)de->pts->data;
	guint		 n = de->pts->len, from, to, i;
	int		 j;

	for (from = 0; from < n; from = to) {
		to = from == 0 ? de->split : n;
		if (to - from < 8)
			continue;
		for (i = from; i + 7 < to; i += 6)
			for (j = i == from ? 0 : 1; j <= FLAT_STEPS; j++) {
				double u = (double)j / FLAT_STEPS;
				double xy[2] = {
				    (t->ox + bez(p + i, 0, u) * t->s) * t->k,
				    bez(p + i, 1, u) * t->s * t->k };

				g_array_append_vals(pts, xy, 2);
			}
	}
}

static void
edges_out(FILE *f, const struct diagram *d, const struct xf *t)
{
	GArray	*pts = g_array_new(FALSE, FALSE, sizeof(double));
	guint	 i, j, n;

	fputs(",\n  \"edges\": [", f);
	for (i = 0; i < d->edges->len; i++) {
		const struct dedge *de = &g_array_index(d->edges,
		    struct dedge, i);
		const struct relation *r = g_ptr_array_index(d->g->relations,
		    de->rel);
		int ends[2] = { dg_box(d->g, r->from), dg_box(d->g, r->to) };

		fputs(i > 0 ? ",\n    {" : "\n    {", f);
		for (j = 0; j < 2; j++) {
			GPtrArray *l = dg_node_lines(d->g, ends[j], d->lang);

			fputs(j == 0 ? "\"from\": " : ", \"to\": ", f);
			json_string(f, g_ptr_array_index(l, 0));
			g_ptr_array_unref(l);
		}
		fputs(", \"points\": [", f);
		g_array_set_size(pts, 0);
		flatten(de, t, pts);
		n = pts->len / 2;
		/* from the relation's `from` to its `to` */
		for (j = 0; j < n; j++) {
			guint q = de->reversed ? n - 1 - j : j;

			fputs(j > 0 ? ", [" : "[", f);
			num(f, g_array_index(pts, double, 2 * q));
			fputs(", ", f);
			num(f, g_array_index(pts, double, 2 * q + 1));
			fputs("]", f);
		}
		fputs("]}", f);
	}
	fputs(d->edges->len > 0 ? "\n  ]" : "]", f);
	g_array_unref(pts);
}

void
diagram_dump(const struct diagram *d, int page, double scale, FILE *f)
{
	struct xf	t;

	if (d == NULL || page <= 0) {
		fputs("{\"width\": 0, \"height\": 0, \"page\": 0, "
		    "\"nodes\": [], \"labels\": [], \"edges\": []}\n", f);
		return;
	}
	t.s = d->scale;
	t.ox = d->ox;
	t.k = scale > 0 ? scale : 1;
	fputs("{\"width\": ", f);
	num(f, d->w * t.k);
	fputs(", \"height\": ", f);
	num(f, d->h * t.k);
	fprintf(f, ", \"page\": %d", page);
	nodes_out(f, d, &t);
	labels_out(f, d, &t);
	edges_out(f, d, &t);
	fputs("\n}\n", f);
}
