/* SPDX-License-Identifier: MIT */
/*
 * The page builder: cuts the main flow into pages (widows, orphans and
 * kept groups through the entries' keep flags), puts the figure at the
 * top of the page after its first evidence, the sidebar flow beside the
 * body, then the margin notes level with the lines that call them, and
 * the banner and running footer on every page.
 */
#include <string.h>

#include "typeset_int.h"

/* Place entries [from, to) of vl into a flow at column x from y;
 * returns the y below the last. */
static double
place(struct page *pg, enum pg_flow_kind kind, GPtrArray *vl, guint from,
    guint to, double x, double y, struct pages *pp, int pageno,
    GArray *side_outline)
{
	struct pg_flow	*fl = page_flow(pg, kind);
	guint		 i, k;

	for (i = from; i < to; i++) {
		struct vent *v = g_ptr_array_index(vl, i);

		if (i > from)
			y += v->before;
		if (v->anchor != NULL)
			pg_add_anchor(fl, v->anchor, y);
		if (v->outline != NULL) {
			struct pg_outline o = { g_strdup(v->outline),
			    v->olevel, pageno, y };

			/* the sidebar's bookmarks follow the body's */
			if (kind == PG_FLOW_SIDEBAR)
				g_array_append_val(side_outline, o);
			else
				g_array_append_val(pp->outline, o);
		}
		for (k = 0; k < v->items->len; k++) {
			struct pg_item *it = &g_array_index(v->items,
			    struct pg_item, k);

			ts_item_move(it, x, y);
			g_array_append_val(fl->items, *it);
		}
		g_array_set_size(v->items, 0);
		y += v->height;
	}
	return y;
}

/*
 * Where the entries of vl that start at `from` must stop to fit in
 * `avail` points: the last allowed break (not inside a kept group).
 * Returns the end index (exclusive), at least from + 1.
 */
static guint
fit(GPtrArray *vl, guint from, double avail)
{
	double	y = 0;
	guint	i, k;

	for (i = from; i < vl->len; i++) {
		struct vent *v = g_ptr_array_index(vl, i);
		double need = (i > from ? v->before : 0) + v->height;

		if (y + need > avail + 0.01)
			break;
		y += need;
	}
	if (i >= vl->len)
		return vl->len;
	for (k = i; k > from; k--) {
		struct vent *v = g_ptr_array_index(vl, k - 1);

		if (!v->keep)
			return k;
	}
	return i > from ? i : from + 1;
}

static void
footer(struct body *bd, struct page *pg, int no, int total)
{
	struct ts		*t = bd->t;
	const struct grid	*g = &bd->g;
	struct pg_flow		*fl = page_flow(pg, PG_FLOW_CHROME_BOTTOM);
	const char		*cls = t->doc->meta.classification;
	double			 y = g->h - 34, fw = g->w - g->left - g->right;
	char			*left, right[64];

	add_hline(fl->items, g->left, g->left + fw, y - 9, 0.5, RULE_GREY);
	left = g_strdup_printf("%s  \xc2\xb7  %s%s", t->opts->footer_name,
	    t->opts->footer_hash, t->opts->source_attached ?
	    "  \xc2\xb7  source attached" : "");
	add_run(t, fl->items, FACE_SANS, 7.2, GREY, g->left, y, left);
	g_free(left);
	g_snprintf(right, sizeof(right), "Page %d of %d", no, total);
	add_run(t, fl->items, FACE_SANS, 7.2, GREY, g->left + fw -
	    text_width(t, FACE_SANS, 7.2, right), y, right);
	if (cls != NULL)
		add_run(t, fl->items, FACE_SANS_BOLD, 7.2, BANNER_RGB,
		    g->left + (fw - text_width(t, FACE_SANS_BOLD, 7.2, cls)) / 2,
		    y, cls);
}

static void
banner(struct body *bd, struct page *pg)
{
	struct ts	*t = bd->t;
	const char	*cls = t->doc->meta.classification;
	struct pg_flow	*fl = page_flow(pg, PG_FLOW_CHROME_TOP);
	double		 w;

	if (cls == NULL)
		return;
	add_rect(fl->items, 0, 0, bd->g.w, 22, BANNER_RGB);
	w = text_width(t, FACE_SANS_BOLD, 8.5, cls);
	add_run(t, fl->items, FACE_SANS_BOLD, 8.5, 0xFFFFFF,
	    (bd->g.w - w) / 2, 14.5, cls);
}

static double
list_height(GPtrArray *vl)
{
	double	h = 0;
	guint	i;

	for (i = 0; i < vl->len; i++) {
		struct vent *v = g_ptr_array_index(vl, i);

		h += v->height + (i > 0 ? v->before : 0);
	}
	return h;
}

/* Where a page's flows start: below the banner, and on page 1 below
 * the title block. */
static double
page_top(struct body *bd, int n)
{
	double	y = bd->g.top + (bd->t->doc->meta.classification != NULL ?
	    8 : 0);

	return n == 0 ? y + list_height(bd->top) : y;
}

/* The page (0-based) the main flow's entry idx falls on, without the
 * figure: the figure goes to the page after its first evidence. */
static int
page_of_entry(struct body *bd, guint idx)
{
	double	bottom = bd->g.h - bd->g.bottom;
	guint	from = 0, to;
	int	n = 0;

	while (from < bd->vl->len) {
		to = fit(bd->vl, from, bottom - page_top(bd, n));
		if (idx < to)
			return n;
		from = to;
		n++;
	}
	return n > 0 ? n - 1 : 0;
}

/* The index of the main-flow entry anchored at the block holding off. */
static guint
entry_of_block(struct body *bd, size_t off)
{
	char	 buf[32];
	const char *name = anchor_for(bd, off, buf, sizeof(buf));
	guint	 i;

	for (i = 0; i < bd->vl->len; i++) {
		struct vent *v = g_ptr_array_index(bd->vl, i);

		if (v->anchor != NULL && strcmp(v->anchor, name) == 0)
			return i;
	}
	return 0;
}

/* Cut the main flow into pages; the sidebar flow beside it; the figure
 * at the top of its page, both flows below it. */
/* A note's call on a page: its number and the baseline of its line. */
struct call {
	int	 num;
	double	 base;
};

static gint
cmp_call(gconstpointer a, gconstpointer b)
{
	const struct call *x = a, *y = b;

	return x->num - y->num;
}

/* The note calls among the items of a flow, by number. */
static void
find_calls(const struct pg_flow *fl, GArray *calls)
{
	guint	i;

	g_array_set_size(calls, 0);
	for (i = 0; i < fl->items->len; i++) {
		const struct pg_item *it = &g_array_index(fl->items,
		    struct pg_item, i);
		struct call c;

		if (it->type != PG_NOTE || it->u.note.kind != PG_NOTE_CALL)
			continue;
		c.num = it->u.note.num;
		c.base = it->u.note.y1;
		g_array_append_val(calls, c);
	}
	g_array_sort(calls, cmp_call);
}

/*
 * Margin notes of a page: first those carried over from the page before
 * (pending), then those called on this page, each level with its call's
 * line unless the sidebar is already filled there; what does not fit
 * waits for the next page, in order.  top: where the sidebar starts;
 * cursor: its bottom so far.
 */
static void
place_notes(struct body *bd, struct page *pg, struct pages *pp, int pageno,
    GArray *pending, const GArray *calls, double top, double cursor)
{
	double		 bottom = bd->g.h - bd->g.bottom;
	double		 first_base = baseline_of(7.4, 9.6);
	GArray		*queue = g_array_new(FALSE, FALSE, sizeof(struct call));
	guint		 i, placed = 0;

	g_array_append_vals(queue, pending->data, pending->len);
	g_array_append_vals(queue, calls->data, calls->len);
	g_array_set_size(pending, 0);
	for (i = 0; i < queue->len; i++) {
		struct call *c = &g_array_index(queue, struct call, i);
		struct vent *v = c->num >= 1 && (guint)c->num <=
		    bd->notes->len ? g_ptr_array_index(bd->notes, c->num - 1) :
		    NULL;
		GPtrArray *one;
		double y;

		if (v == NULL || v->items == NULL)
			continue;	/* placed already (called twice) */
		/* air between the panels above and the first note */
		y = cursor > top ? cursor + (placed == 0 ? 14 : v->before) :
		    cursor;
		if (c->base >= 0 && c->base - first_base > y)
			y = c->base - first_base;
		/* full: wait for the next page, unless nothing is above
		 * (a note taller than the sidebar goes where it can) */
		if (pending->len > 0 || (y + v->height > bottom &&
		    cursor > top)) {
			struct call w = { c->num, -1 };

			g_array_append_val(pending, w);
			continue;
		}
		if (bd->notes_placed++ == 0) {
			v->anchor = g_strdup("notes");
			v->outline = g_strdup("Notes");
			v->olevel = 1;
		}
		one = g_ptr_array_new();
		g_ptr_array_add(one, v);
		cursor = place(pg, PG_FLOW_SIDEBAR, one, 0, 1, bd->g.side_x, y,
		    pp, pageno, bd->side_outline);
		placed++;
		g_ptr_array_unref(one);
		g_array_unref(v->items);
		v->items = NULL;
	}
	g_array_unref(queue);
}

/* Cut the main flow into pages; the sidebar flow beside it, then the
 * margin notes; the figure at the top of its page, both flows below it. */
void
paginate(struct body *bd, struct pages *pp)
{
	const struct grid	*g = &bd->g;
	double			 bottom = g->h - g->bottom;
	guint			 from = 0, sfrom = 0, to, sto;
	int			 n = 0, i, fig_page = -1;
	GArray			*pending = g_array_new(FALSE, FALSE,
	    sizeof(struct call));
	GArray			*calls = g_array_new(FALSE, FALSE,
	    sizeof(struct call));

	if (bd->figure != NULL)
		fig_page = page_of_entry(bd, entry_of_block(bd,
		    bd->figure_off)) + 1;
	while (from < bd->vl->len || sfrom < bd->side->len || n == 0 ||
	    n <= fig_page || pending->len > 0) {
		struct page *pg = pages_add(pp);
		double y = page_top(bd, n), sy;

		banner(bd, pg);
		if (n == 0)
			place(pg, PG_FLOW_CHROME_TOP, bd->top, 0, bd->top->len,
			    g->left, g->top + (bd->t->doc->meta.
			    classification != NULL ? 8 : 0), pp, n,
			    bd->side_outline);
		if (n == fig_page) {
			GPtrArray *one = g_ptr_array_new();

			g_ptr_array_add(one, bd->figure);
			place(pg, PG_FLOW_FIGURE, one, 0, 1, g->left, y, pp, n,
			    bd->side_outline);
			y += bd->figure->height;
			g_ptr_array_unref(one);
		}
		to = from < bd->vl->len ? fit(bd->vl, from, bottom - y) : from;
		place(pg, PG_FLOW_MAIN, bd->vl, from, to, g->left, y, pp, n,
		    bd->side_outline);
		find_calls(page_flow(pg, PG_FLOW_MAIN), calls);
		sto = sfrom < bd->side->len ? fit(bd->side, sfrom, bottom - y) :
		    sfrom;
		sy = place(pg, PG_FLOW_SIDEBAR, bd->side, sfrom, sto,
		    g->side_x, y, pp, n, bd->side_outline);
		place_notes(bd, pg, pp, n, pending, calls, y, sy);
		from = to;
		sfrom = sto;
		n++;
	}
	for (i = 0; i < n; i++)
		footer(bd, g_ptr_array_index(pp->pages, i), i + 1, n);
	/* moved, strings and all */
	g_array_append_vals(pp->outline, bd->side_outline->data,
	    bd->side_outline->len);
	g_array_set_size(bd->side_outline, 0);
	g_array_unref(pending);
	g_array_unref(calls);
}

