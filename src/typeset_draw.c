/* SPDX-License-Identifier: MIT */
/*
 * The typesetter's drawing primitives: entries of the vertical list,
 * rules, dots, runs of one face, measured text, ragged lines.  Below
 * the files that build and cut pages (typeset.c, typeset_page.c) and
 * the ones that set entries (typeset_side.c, typeset_table.c,
 * typeset_image.c): each of those calls down into this file and
 * typeset_para.c, never across.
 */
#include <string.h>

#include "labels.h"
#include "typeset_int.h"

void
vent_free(gpointer p)
{
	struct vent	*v = p;
	guint		 i;

	if (v->items != NULL) {
		for (i = 0; i < v->items->len; i++)
			pg_item_clear(&g_array_index(v->items, struct pg_item,
			    i));
		g_array_unref(v->items);
	}
	if (v->thead != NULL)
		g_array_unref(v->thead);
	g_free(v->pack);
	g_free(v->anchor);
	g_free(v->outline);
	g_free(v);
}

struct vent *
vent_new(GPtrArray *vl, double height, double before)
{
	struct vent	*v = g_new0(struct vent, 1);

	v->height = height;
	v->before = before;
	v->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	g_ptr_array_add(vl, v);
	return v;
}

/* Move a line's items (baseline at 0) into an entry at (x, baseline).
 * The line's array becomes the entry's when that is still empty (a
 * line's own entry, the common case): no copy, no growing. */
void
take_line(struct vent *v, GArray *line, double x, double baseline)
{
	guint	i;

	for (i = 0; i < line->len; i++)
		ts_item_move(&g_array_index(line, struct pg_item, i), x,
		    baseline);
	if (v->items->len == 0 && g_array_get_element_size(line) ==
	    sizeof(struct pg_item)) {
		g_array_unref(v->items);
		v->items = line;
		return;
	}
	g_array_append_vals(v->items, line->data, line->len);
	g_array_unref(line);
}

void
add_rect(GArray *items, double x, double y, double w, double h,
    guint32 rgb)
{
	struct pg_flow	fl = { .items = items };

	pg_add_rect(&fl, x, y, w, h, rgb);
}

void
add_hline(GArray *items, double x0, double x1, double y, double width,
    guint32 rgb)
{
	struct pg_flow	fl = { .items = items };

	pg_add_hline(&fl, x0, x1, y, width, rgb);
}

void
add_vline(GArray *items, double x, double y0, double y1, double width,
    guint32 rgb)
{
	struct pg_flow	fl = { .items = items };
	struct pg_path	p = { 0 };
	struct pg_seg	s = { PG_MOVE, { x }, { y0 } };

	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	g_array_append_val(p.segs, s);
	s.op = PG_LINETO;
	s.y[0] = y1;
	g_array_append_val(p.segs, s);
	p.do_stroke = 1;
	p.stroke = rgb;
	p.width = width;
	pg_add_path(&fl, &p);
}

void
add_dot(GArray *items, double cx, double cy, double r, guint32 fill,
    guint32 stroke)
{
	struct pg_flow	fl = { .items = items };
	struct pg_path	p = { 0 };
	/* four Bezier quarters; k places the control points */
	double		k = 0.5523 * r;
	struct pg_seg	s[] = {
		{ PG_MOVE, { cx + r }, { cy } },
		{ PG_CURVE, { cx + r, cx + k, cx }, { cy + k, cy + r, cy + r } },
		{ PG_CURVE, { cx - k, cx - r, cx - r }, { cy + r, cy + k, cy } },
		{ PG_CURVE, { cx - r, cx - k, cx }, { cy - k, cy - r, cy - r } },
		{ PG_CURVE, { cx + k, cx + r, cx + r }, { cy - r, cy - k, cy } },
		{ PG_CLOSE, { 0 }, { 0 } }
	};

	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	g_array_append_vals(p.segs, s, G_N_ELEMENTS(s));
	p.do_fill = 1;
	p.fill = fill;
	p.do_stroke = 1;
	p.stroke = stroke;
	p.width = 0.8;
	pg_add_path(&fl, &p);
}

void
add_run(struct ts *t, GArray *items, int face, double size, guint32 rgb,
    double x, double y, const char *text)
{
	struct pg_flow	fl = { .items = items };
	struct pg_run	r = { 0 };

	r.font = t->font[face];
	r.size = size;
	r.rgb = rgb;
	r.x = x;
	r.y = y;
	r.hscale = 1.0;
	r.text = (char *)text;
	r.width = ts_measure(t, face, text, strlen(text)) * size;
	pg_add_run(&fl, &r);
	g_array_index(items, struct pg_item, items->len - 1).tag = t->tag;
}

int
ts_tag(struct ts *t, enum pg_role role, int parent, int inl)
{
	return pages_tag(t->pp, role, parent, inl);
}

int
ts_tag_begin(struct ts *t, enum pg_role role)
{
	int	saved = t->tag;

	t->tag = pages_tag(t->pp, role, t->cont, 0);
	return saved;
}

void
ts_tag_end(struct ts *t, int saved)
{
	t->tag = saved;
}

int
ts_note_tag(struct ts *t, int num, int parent)
{
	int	tag;

	if (num <= 0)
		return 0;
	if (t->note_tags->len <= (guint)num)
		g_array_set_size(t->note_tags, (guint)num + 1);
	if ((tag = g_array_index(t->note_tags, int, num)) == 0) {
		char id[24];

		tag = pages_tag(t->pp, PG_S_NOTE, parent, 0);
		g_snprintf(id, sizeof(id), "note-%d", num);
		pages_tag_id(t->pp, tag, id);
		g_array_index(t->note_tags, int, num) = tag;
	}
	return tag;
}

double
text_width(struct ts *t, int face, double size, const char *s)
{
	return ts_measure(t, face, s, strlen(s)) * size;
}

/* Baseline within a line box of a given leading. */
double
baseline_of(double size, double leading)
{
	return (leading - size) / 2 + size * 0.8;
}

/* "2024-06-17" as "17 June 2024"; other text as it is (caller frees).
 * In the article's language: label_nice_date. */
char *
nice_date(const char *s)
{
	return label_nice_date("en", s);
}

/* Ragged text of one face at (x, y) as entries of vl; returns height. */
double
ragged(struct body *bd, GPtrArray *vl, const char *text, int face,
    double size, double leading, guint32 rgb, double width, double before)
{
	return ragged_link(bd, vl, text, NULL, face, size, leading, rgb,
	    width, before);
}

/* The same, a link to href (or plain text if NULL). */
double
ragged_link(struct body *bd, GPtrArray *vl, const char *text,
    const char *href, int face, double size, double leading, guint32 rgb,
    double width, double before)
{
	struct tstyle	 st = { 0 };
	struct tpara	 tp;
	struct doc_span	 sp = { 0 };
	GPtrArray	*lines = g_ptr_array_new();
	GPtrArray	*spans = g_ptr_array_new();
	guint		 i;
	double		 h = 0;

	st.sans = face >= FACE_SANS;
	st.bold = face % 2;
	st.italic = (face % 4) >= 2;
	st.size = size;
	st.leading = leading;
	st.rgb = rgb;
	st.link_rgb = LINK_RGB;
	st.width = width;
	tpara_init(&tp);
	/* as spans, so that a word wider than the column is broken (at
	 * no source position: the text is generated or front matter) */
	sp.text = (char *)text;
	sp.href = (char *)href;
	sp.style = href != NULL ? SPAN_LINK : 0;
	sp.off = G_MAXSIZE / 2;
	g_ptr_array_add(spans, &sp);
	tpara_add_spans(bd->t, &tp, spans, &st);
	g_ptr_array_unref(spans);
	tpara_set(bd->t, &tp, &st, lines);
	for (i = 0; i < lines->len; i++) {
		struct vent *v = vent_new(vl, leading, i == 0 ? before : 0);

		take_line(v, g_ptr_array_index(lines, i), 0,
		    baseline_of(size, leading));
		v->keep = 1;
		h += leading + v->before;
	}
	tpara_clear(&tp);
	g_ptr_array_unref(lines);
	return h;
}
