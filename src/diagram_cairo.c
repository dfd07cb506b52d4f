/* SPDX-License-Identifier: MIT */
/*
 * Draws the laid-out diagram into the page model, building its shapes as
 * Cairo paths; writes the figure alone by handing that model to the SVG
 * writer or by replaying it with Cairo (PNG pixels, PDF).
 */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "diagram_int.h"
#include "diagram_out.h"
#include "labels.h"
#include "fileio.h"
#include "msg.h"

/*
 * Where shapes go.  Every shape is built as a Cairo path and copied into
 * the page model (cairo_copy_path); text becomes runs of real text.
 */
struct sink {
	cairo_t		*cr;		/* on a scratch surface */
	GArray		*items;		/* struct pg_item */
	struct pages	*pp;
	double		 s, ox, oy;	/* graph scale and origin */
	int		 words;		/* runs end in a space when
					 * copied: labels, names, legend */
};

struct style {
	int	 fill, stroke;
	guint32	 fill_rgb, stroke_rgb;
	double	 width;
	double	 dash[2];
	int	 ndash;
};

static PangoLayout *
layout(int face, double size, const char *text)
{
	PangoLayout		*l = pango_layout_new(fonts_context());
	PangoFontDescription	*d = fonts_face_desc(face, size);
	PangoAttrList		*a = pango_attr_list_new();

	pango_attr_list_insert(a, pango_attr_font_features_new(
	    FONTS_FEATURES));
	pango_layout_set_attributes(l, a);
	pango_attr_list_unref(a);
	pango_layout_set_font_description(l, d);
	pango_font_description_free(d);
	pango_layout_set_text(l, text, -1);
	return l;
}

double
dg_text_width(int face, double size, const char *text)
{
	PangoLayout	*l;
	int		 w, h;
	double		 plain;

	/* plain text (most labels) adds its advances up, unshaped, in the
	 * language the layout would shape it in */
	if ((plain = fonts_plain_width((enum font_face)face,
	    pango_context_get_language(fonts_context()), text,
	    strlen(text))) >= 0)
		return plain * size;
	l = layout(face, size, text);

	pango_layout_get_size(l, &w, &h);
	g_object_unref(l);
	return w / (double)PANGO_SCALE;
}

static void
set_rgb(cairo_t *cr, guint32 rgb)
{
	cairo_set_source_rgb(cr, (rgb >> 16 & 0xFF) / 255.0,
	    (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
}

/* The current path, with a style, to the sink; the path is cleared. */
static void
emit_path(struct sink *k, const struct style *st)
{
	cairo_path_t	*cp;
	struct pg_path	 p = { 0 };
	struct pg_flow	 fl;
	int		 i, j;

	cp = cairo_copy_path(k->cr);
	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	for (i = 0; i < cp->num_data; i += cp->data[i].header.length) {
		cairo_path_data_t *d = &cp->data[i];
		struct pg_seg sg = { 0 };

		switch (d->header.type) {
		case CAIRO_PATH_MOVE_TO:
		case CAIRO_PATH_LINE_TO:
			sg.op = d->header.type == CAIRO_PATH_MOVE_TO ?
			    PG_MOVE : PG_LINETO;
			sg.x[0] = d[1].point.x;
			sg.y[0] = d[1].point.y;
			break;
		case CAIRO_PATH_CURVE_TO:
			sg.op = PG_CURVE;
			for (j = 0; j < 3; j++) {
				sg.x[j] = d[j + 1].point.x;
				sg.y[j] = d[j + 1].point.y;
			}
			break;
		case CAIRO_PATH_CLOSE_PATH:
			sg.op = PG_CLOSE;
			break;
		}
		g_array_append_val(p.segs, sg);
	}
	cairo_path_destroy(cp);
	cairo_new_path(k->cr);
	p.do_fill = st->fill;
	p.do_stroke = st->stroke;
	p.fill = st->fill_rgb;
	p.stroke = st->stroke_rgb;
	p.width = st->width;
	p.ndash = st->ndash;
	p.dash[0] = st->dash[0];
	p.dash[1] = st->dash[1];
	fl.items = k->items;
	pg_add_path(&fl, &p);
}

/* Text with its baseline's left end at (x, y). */
static void
emit_text(struct sink *k, int face, double size, guint32 rgb, double x,
    double y, const char *text)
{
	struct pg_flow	fl = { .items = k->items };
	struct pg_run	r = { 0 };
	char		*actual = NULL;

	r.font = pages_font(k->pp, fonts_face_file(face));
	r.size = size;
	r.rgb = rgb;
	r.x = x;
	r.y = y;
	r.hscale = 1.0;
	r.width = dg_text_width(face, size, text);
	r.text = (char *)text;
	/* a label is a word (or words) of its own for extractors, which
	 * would otherwise glue labels that stand side by side into one
	 * ("wartechnology"): copied, it ends in a space (the PDF's
	 * /ActualText; the SVG and PNG ignore it) */
	if (k->words) {
		r.actual = actual = g_strconcat(text, " ", NULL);
		r.span_end = 1;
	}
	pg_add_run(&fl, &r);
	g_free(actual);
}

/* Text centred on x. */
static void
emit_centred(struct sink *k, int face, double size, guint32 rgb, double x,
    double y, const char *text)
{
	emit_text(k, face, size, rgb, x - dg_text_width(face, size, text) / 2,
	    y, text);
}

static void
emit_link(struct sink *k, double x0, double y0, double x1, double y1,
    const char *dest, const char *text)
{
	struct pg_flow	fl;
	struct pg_link	lk = { 0 };

	fl.items = k->items;
	lk.x0 = x0;
	lk.y0 = y0;
	lk.x1 = x1;
	lk.y1 = y1;
	lk.dest = (char *)dest;
	lk.text = (char *)text;
	pg_add_link(&fl, &lk);
}

static void
rounded(cairo_t *cr, double x, double y, double w, double h, double r)
{
	if (r > h / 2)
		r = h / 2;
	cairo_new_sub_path(cr);
	cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
	cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
	cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
	cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
	cairo_close_path(cr);
}

static void
polarity_style(enum polarity pol, double width, struct style *st)
{
	memset(st, 0, sizeof(*st));
	st->stroke = 1;
	st->width = width;
	switch (pol) {
	case POL_COOPERATIVE:
		st->stroke_rgb = DG_COOP;
		break;
	case POL_HOSTILE:
		st->stroke_rgb = DG_HOSTILE;
		st->dash[0] = 4.5;
		st->dash[1] = 2.2;
		st->ndash = 2;
		break;
	case POL_NEUTRAL:
		st->stroke_rgb = DG_NEUTRAL;
		st->dash[0] = 1.2;
		st->dash[1] = 1.8;
		st->ndash = 2;
		break;
	}
}

#define X(k, v)	((k)->ox + (v) * (k)->s)
#define Y(k, v)	((k)->oy + (v) * (k)->s)

static void
draw_node(struct sink *k, const struct graph *g, const struct dnode *dn,
    const char *lang)
{
	const struct actor	*a = g_ptr_array_index(g->actors, dn->actor);
	GPtrArray		*lines = dg_node_lines(g, dn->actor, lang);
	struct style		 st = { 0 };
	double			 x = X(k, dn->x - dn->w / 2);
	double			 y = Y(k, dn->y - dn->h / 2);
	double			 w = dn->w * k->s, h = dn->h * k->s, by;
	guint			 i;

	st.fill = st.stroke = 1;
	st.width = 0.9;
	switch (a->kind) {
	case ACTOR_STATE:
		st.fill_rgb = DG_STATE_FILL;
		st.stroke_rgb = DG_STATE_LINE;
		rounded(k->cr, x, y, w, h, 4 * k->s);
		break;
	case ACTOR_ORG:
		/* organisations: a pill with a heavier grey line */
		st.fill_rgb = DG_ORG_FILL;
		st.stroke_rgb = DG_ORG_LINE;
		st.width = 1.6;
		rounded(k->cr, x, y, w, h, h / 2);
		break;
	case ACTOR_PERSON:
		st.fill_rgb = 0xFFFFFF;
		st.stroke_rgb = DG_PERSON_LINE;
		st.dash[0] = 2;
		st.dash[1] = 1.5;
		st.ndash = 2;
		rounded(k->cr, x, y, w, h, 2 * k->s);
		break;
	}
	emit_path(k, &st);
	by = y + (DG_PAD_Y + DG_NAME_SIZE) * k->s;
	emit_centred(k, a->kind == ACTOR_PERSON ? FACE_SANS :
	    FACE_SANS_BOLD, DG_NAME_SIZE * k->s, DG_INK, X(k, dn->x), by,
	    g_ptr_array_index(lines, 0));
	for (i = 1; i < lines->len; i++) {
		by += (i == 1 ? DG_NAME_LEAD - DG_NAME_SIZE + DG_PERSON_SIZE +
		    1.5 : DG_PERSON_LEAD) * k->s;
		emit_centred(k, FACE_SANS, DG_PERSON_SIZE * k->s, DG_GREY,
		    X(k, dn->x), by, g_ptr_array_index(lines, i));
	}
	g_ptr_array_unref(lines);
}

/* An arrowhead with its tip at (x, y), pointing along (ux, uy). */
static void
arrowhead(struct sink *k, double x, double y, double ux, double uy,
    guint32 rgb, double width)
{
	struct style	st = { 0 };
	double		len = (5.5 + width) * k->s, hw = (2.4 + width / 2) * k->s;

	cairo_move_to(k->cr, x, y);
	cairo_line_to(k->cr, x - ux * len - uy * hw, y - uy * len + ux * hw);
	cairo_line_to(k->cr, x - ux * len + uy * hw, y - uy * len - ux * hw);
	cairo_close_path(k->cr);
	st.fill = 1;
	st.fill_rgb = rgb;
	emit_path(k, &st);
}

static void
draw_edge(struct sink *k, const struct graph *g, const struct dedge *de)
{
	const struct relation	*r = g_ptr_array_index(g->relations, de->rel);
	const double		*p = (const double *)de->pts->data;
	guint			 n = de->pts->len, i, from;
	struct style		 st;
	double			 w = dg_edge_width(de->nev);
	double			 ax = 0, ay = 0, ux = 0, uy = 0, len = 0;
	double			 pull = (5.5 + w) * 0.8;
	int			 head = r->directed && n >= 4;
	char			 dest[32];

	polarity_style(r->polarity, w * k->s, &st);
	/* the arrow's tip: the chain's end, or its start when the chain
	 * was laid out from the relation's target */
	if (head) {
		double dx, dy;

		if (de->reversed) {
			dx = p[0] - p[2];
			dy = p[1] - p[3];
			ax = p[0];
			ay = p[1];
		} else {
			dx = p[n - 2] - p[n - 4];
			dy = p[n - 1] - p[n - 3];
			ax = p[n - 2];
			ay = p[n - 1];
		}
		len = sqrt(dx * dx + dy * dy);
		if (len > 0) {
			ux = dx / len;
			uy = dy / len;
		} else
			head = 0;
	}
	for (from = 0; from < n; from = de->split) {
		guint to = from == 0 ? de->split : n;
		double x0 = p[from], y0 = p[from + 1];

		if (to - from < 8) {
			if (from != 0)
				break;
			continue;
		}
		/* leave room for the arrowhead */
		if (head && de->reversed && from == 0) {
			x0 -= ux * pull;
			y0 -= uy * pull;
		}
		cairo_move_to(k->cr, X(k, x0), Y(k, y0));
		for (i = from + 2; i + 5 < to; i += 6) {
			double x3 = p[i + 4], y3 = p[i + 5];

			if (head && !de->reversed && i + 6 >= n) {
				x3 -= ux * pull;
				y3 -= uy * pull;
			}
			cairo_curve_to(k->cr, X(k, p[i]), Y(k, p[i + 1]),
			    X(k, p[i + 2]), Y(k, p[i + 3]), X(k, x3),
			    Y(k, y3));
		}
		if (from != 0)
			break;
	}
	emit_path(k, &st);
	if (head)
		arrowhead(k, X(k, ax), Y(k, ay), ux, uy, st.stroke_rgb, w);
	/* the label: a white box on the line, and a link to the text */
	{
		struct style lb = { 0 };
		double bx = X(k, de->lx - de->lw / 2), by = Y(k, de->ly -
		    de->lh / 2), bw = de->lw * k->s, bh = de->lh * k->s;

		lb.fill = 1;
		lb.fill_rgb = 0xFFFFFF;
		rounded(k->cr, bx, by, bw, bh, 2 * k->s);
		emit_path(k, &lb);
		emit_centred(k, FACE_SANS, DG_LABEL_SIZE * k->s,
		    st.stroke_rgb == DG_NEUTRAL ? DG_GREY : st.stroke_rgb,
		    X(k, de->lx), by + bh / 2 + DG_LABEL_SIZE * 0.36 * k->s,
		    de->label);
		if (r->evidence->len > 0) {
			g_snprintf(dest, sizeof(dest), "p%zu", g_array_index(
			    r->evidence, struct evidence, 0).block_off);
			emit_link(k, bx, by, bx + bw, by + bh, dest,
			    de->label);
		}
	}
}

static void
draw_legend(struct sink *k, const struct diagram *d, double oy)
{
	static const struct {
		enum polarity pol;
		enum label_id text;
	} items[] = {
		{ POL_COOPERATIVE, L_COOPERATIVE },
		{ POL_HOSTILE, L_HOSTILE },
		{ POL_NEUTRAL, L_NEUTRAL }
	};
	struct style	 st;
	double		 x = 0, y = oy + d->legend_y + d->legend_h / 2;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(items); i++) {
		polarity_style(items[i].pol, 1.4, &st);
		cairo_move_to(k->cr, x, y);
		cairo_line_to(k->cr, x + 18, y);
		emit_path(k, &st);
		emit_text(k, FACE_SANS, DG_SMALL_SIZE, DG_GREY, x + 22,
		    y + 2.4, label(d->lang, items[i].text));
		x += 26 + dg_text_width(FACE_SANS, DG_SMALL_SIZE,
		    label(d->lang, items[i].text)) + 12;
	}
	/* direction and weight */
	polarity_style(POL_NEUTRAL, 1.0, &st);
	st.ndash = 0;
	st.stroke_rgb = DG_GREY;
	cairo_move_to(k->cr, x, y);
	cairo_line_to(k->cr, x + 14, y);
	emit_path(k, &st);
	{
		struct sink ks = *k;

		ks.s = 1;
		arrowhead(&ks, x + 19, y, 1, 0, DG_GREY, 1.0);
	}
	emit_text(k, FACE_SANS, DG_SMALL_SIZE, DG_GREY, x + 23, y + 2.4,
	    label(d->lang, L_LEGEND_WEIGHT));
}

static void
draw(struct sink *k, const struct diagram *d, int flags)
{
	GPtrArray *lines = d->caption_lines;
	char	*caption = NULL;
	guint	 i;

	k->s = d->scale;
	k->ox = d->ox;
	k->oy = 0;
	k->words = 1;
	for (i = 0; i < d->edges->len; i++)
		draw_edge(k, d->g, &g_array_index(d->edges, struct dedge, i));
	for (i = 0; i < d->nodes->len; i++)
		draw_node(k, d->g, &g_array_index(d->nodes, struct dnode, i),
		    d->lang);
	if (flags & DIAGRAM_BARE)
		return;
	draw_legend(k, d, 0);
	/* the words are the page's: a layout made without a language
	 * (English) drawn into a page that has one says it anew */
	if (strcmp(label_lang(d->lang), d->caption_lang) != 0) {
		caption = dg_caption(d, d->lang);
		lines = dg_wrap(caption, d->w);
	}
	k->words = 0;	/* the caption is prose, set in lines */
	for (i = 0; i < lines->len; i++)
		emit_text(k, FACE_SANS, DG_CAPTION_SIZE, DG_GREY, 0,
		    d->caption_y + DG_CAPTION_SIZE + i * DG_CAPTION_LEAD,
		    g_ptr_array_index(lines, i));
	if (caption != NULL) {
		g_free(caption);
		g_ptr_array_unref(lines);
	}
}

/* The figure into items; flags: DIAGRAM_BARE or 0. */
static void
draw_items(const struct diagram *d, struct pages *pp, GArray *items,
    int flags)
{
	cairo_surface_t	*surf = cairo_image_surface_create(
	    CAIRO_FORMAT_A8, 1, 1);
	struct sink	 k = { 0 };

	k.cr = cairo_create(surf);
	k.items = items;
	k.pp = pp;
	draw(&k, d, flags);
	cairo_destroy(k.cr);
	cairo_surface_destroy(surf);
}

void
diagram_to_items(const struct diagram *d, struct pages *pp, GArray *items)
{
	draw_items(d, pp, items, 0);
}

int
dg_run_face(const struct pages *pp, int f)
{
	int	 i;

	if (f < 0 || (guint)f >= pp->fonts->len)
		return -1;
	for (i = 0; i < FACE_COUNT; i++)
		if (fonts_face_file(i) != NULL && strcmp(fonts_face_file(i),
		    g_ptr_array_index(pp->fonts, f)) == 0)
			return i;
	return -1;
}

/* Paint items (paths and runs) with Cairo, as the PDF writer does. */
static void
replay(cairo_t *cr, const GArray *items, const struct pages *pp)
{
	guint	 i, j;

	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);

		if (it->type == PG_PATH) {
			const struct pg_path *p = &it->u.path;

			for (j = 0; j < p->segs->len; j++) {
				const struct pg_seg *sg = &g_array_index(
				    p->segs, struct pg_seg, j);

				if (sg->op == PG_MOVE)
					cairo_move_to(cr, sg->x[0], sg->y[0]);
				else if (sg->op == PG_LINETO)
					cairo_line_to(cr, sg->x[0], sg->y[0]);
				else if (sg->op == PG_CURVE)
					cairo_curve_to(cr, sg->x[0], sg->y[0],
					    sg->x[1], sg->y[1], sg->x[2],
					    sg->y[2]);
				else
					cairo_close_path(cr);
			}
			if (p->do_fill) {
				set_rgb(cr, p->fill);
				cairo_fill_preserve(cr);
			}
			if (p->do_stroke) {
				set_rgb(cr, p->stroke);
				cairo_set_line_width(cr, p->width);
				cairo_set_dash(cr, p->dash, p->ndash, 0);
				cairo_stroke_preserve(cr);
			}
			cairo_new_path(cr);
		} else if (it->type == PG_RUN) {
			const struct pg_run *r = &it->u.run;
			int face = dg_run_face(pp, r->font);
			PangoLayout *l = layout(face < 0 ? FACE_SANS : face,
			    r->size, r->text);

			set_rgb(cr, r->rgb);
			cairo_move_to(cr, r->x, r->y -
			    pango_layout_get_baseline(l) / (double)PANGO_SCALE);
			pango_cairo_show_layout(cr, l);
			cairo_new_path(cr);
			g_object_unref(l);
		}
	}
}

/* The box around what items draw: path points (control points too) and
 * stroke, runs from ascent to descent. */
static void
extent(const GArray *items, struct dg_rect *r)
{
	double	 x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE;
	double	 x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
	guint	 i, j;
	int	 c;

#define GROW(x, y, m) do {						\
		x0 = MIN(x0, (x) - (m));				\
		y0 = MIN(y0, (y) - (m));				\
		x1 = MAX(x1, (x) + (m));				\
		y1 = MAX(y1, (y) + (m));				\
	} while (0)
	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);

		if (it->type == PG_PATH) {
			const struct pg_path *p = &it->u.path;
			double hw = p->do_stroke ? p->width / 2 : 0;

			for (j = 0; j < p->segs->len; j++) {
				const struct pg_seg *sg = &g_array_index(
				    p->segs, struct pg_seg, j);
				int n = sg->op == PG_CURVE ? 3 :
				    sg->op == PG_CLOSE ? 0 : 1;

				for (c = 0; c < n; c++)
					GROW(sg->x[c], sg->y[c], hw);
			}
		} else if (it->type == PG_RUN) {
			const struct pg_run *rn = &it->u.run;

			GROW(rn->x, rn->y - 1.1 * rn->size, 0);
			GROW(rn->x + rn->width, rn->y + 0.3 * rn->size, 0);
		}
	}
#undef GROW
	if (x1 < x0)
		x0 = x1 = y0 = y1 = 0;
	r->x = x0;
	r->y = y0;
	r->w = x1 - x0;
	r->h = y1 - y0;
}

/* A PNG rendered band by band: what the band callback needs. */
struct raster {
	const GArray		*items;
	const struct pages	*pp;
	const struct dg_rect	*r;
	double			 m;	/* margin, points */
	double			 px;	/* pixels a point */
	int			 w, opaque;
	cairo_surface_t		*surf;
};

static const unsigned char *
band(void *arg, int y0, int n, int *stride, char **why)
{
	struct raster	*ra = arg;
	cairo_t		*cr;
	cairo_status_t	 st;

	if (ra->surf == NULL)
		ra->surf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
		    ra->w, n);
	cr = cairo_create(ra->surf);
	cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR);
	cairo_paint(cr);
	cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
	cairo_translate(cr, 0, -y0);
	cairo_scale(cr, ra->px, ra->px);
	if (ra->opaque) {
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
	}
	cairo_translate(cr, ra->m - ra->r->x, ra->m - ra->r->y);
	replay(cr, ra->items, ra->pp);
	st = cairo_status(cr);
	cairo_destroy(cr);
	cairo_surface_flush(ra->surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(ra->surf);
	if (st != CAIRO_STATUS_SUCCESS) {
		*why = g_strdup(cairo_status_to_string(st));
		return NULL;
	}
	*stride = cairo_image_surface_get_stride(ra->surf);
	return cairo_image_surface_get_data(ra->surf);
}

#define BAND_ROWS	256	/* a 2400 dpi figure: ~17 MB a band */

static int
write_png(const GArray *items, const struct pages *pp,
    const struct dg_rect *r, double m, double dpi, int flags,
    GByteArray *buf, char **why)
{
	struct raster	 ra = { 0 };
	int		 h, st;

	ra.items = items;
	ra.pp = pp;
	ra.r = r;
	ra.m = m;
	ra.px = dpi / 72;
	ra.opaque = !(flags & DIAGRAM_TRANSPARENT);
	ra.w = (int)ceil((r->w + 2 * m) * ra.px);
	h = (int)ceil((r->h + 2 * m) * ra.px);
	st = dg_png(ra.w, h, MIN(h, BAND_ROWS), dpi, !ra.opaque, band, &ra,
	    buf, why);
	if (ra.surf != NULL)
		cairo_surface_destroy(ra.surf);
	return st;
}

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

static int
write_pdf(const GArray *items, const struct pages *pp,
    const struct dg_rect *r, double m, GByteArray *buf, char **why)
{
	cairo_surface_t	*surf = cairo_pdf_surface_create_for_stream(
	    collect, buf, r->w + 2 * m, r->h + 2 * m);
	cairo_t		*cr = cairo_create(surf);
	cairo_status_t	 st;

	cairo_translate(cr, m - r->x, m - r->y);
	replay(cr, items, pp);
	st = cairo_status(cr);
	cairo_destroy(cr);
	cairo_surface_finish(surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(surf);
	cairo_surface_destroy(surf);
	if (st != CAIRO_STATUS_SUCCESS) {
		*why = g_strdup(cairo_status_to_string(st));
		return -1;
	}
	return 0;
}

int
diagram_write(const struct diagram *d, const char *path, double dpi,
    int flags, unsigned mode)
{
	struct pages	*pp = pages_new(d->w, d->h);
	GArray		*items = g_array_new(FALSE, TRUE,
	    sizeof(struct pg_item));
	GByteArray	*buf = g_byte_array_new();
	struct dg_rect	 r = { 0, 0, d->w, d->h };
	double		 m = 12;	/* margin */
	char		*why = NULL;
	int		 st = -1;
	guint		 i;

	if (!g_str_has_suffix(path, ".svg") && !g_str_has_suffix(path,
	    ".png") && !g_str_has_suffix(path, ".pdf")) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: the diagram is written as "
		    ".svg, .png or .pdf", path);
		goto out;
	}
	draw_items(d, pp, items, flags);
	/* bare: what the graph draws, without the full-width bands */
	if (flags & DIAGRAM_BARE)
		extent(items, &r);
	/* built in memory, then put in place by rename: a failure leaves
	 * the old file as it was */
	if (g_str_has_suffix(path, ".svg")) {
		GString *s = g_string_new(NULL);

		dg_svg(items, pp, &r, m, s);
		g_byte_array_append(buf, (const guint8 *)s->str, s->len);
		g_string_free(s, TRUE);
		st = 0;
	} else if (g_str_has_suffix(path, ".png"))
		st = write_png(items, pp, &r, m, dpi, flags, buf, &why);
	else
		st = write_pdf(items, pp, &r, m, buf, &why);
	if (st != 0)
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path, why);
	else if (fileio_write_file(path, buf->data, buf->len, mode) != 0)
		st = -1;
out:
	g_free(why);
	for (i = 0; i < items->len; i++)
		pg_item_clear(&g_array_index(items, struct pg_item, i));
	g_array_unref(items);
	pages_free(pp);
	g_byte_array_unref(buf);
	return st;
}
