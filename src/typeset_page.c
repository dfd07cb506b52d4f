/* SPDX-License-Identifier: MIT */
/*
 * The page builder: cuts the main flow into pages (widows, orphans and
 * kept groups through the entries' keep flags), puts the figure at the
 * top of the page of its first evidence or of the next (never alone on
 * a page), the sidebar flow beside the body, then the margin notes
 * level with the lines that call them, and the banner and running
 * footer on every page.
 */
#include <string.h>

#include "labels.h"
#include "typeset_int.h"

/* Extra space above entry v when it opens a page: the label of a key
 * points box that goes on from the page before, or the header of a
 * table that does. */
static double
head_of(const struct vent *v)
{
	return (v->box_w > 0 && !v->box_open ? KP_HEAD : 0) +
	    (v->thead != NULL ? v->thead_h : 0);
}

/*
 * The tint and accent bar under the slices of the key points box from
 * entry i of vl on (at y), as far as `to`; when the box goes on from the
 * page before, its label "(CONTINUED)" on top; when it goes on to the
 * next page, down to the page's foot.  Returns the y of entry i.
 */
static double
box_under(struct body *bd, struct pg_flow *fl, GPtrArray *vl, guint i,
    guint to, double x, double y)
{
	struct vent	*v = g_ptr_array_index(vl, i);
	double		 h = head_of(v), bottom = bd->g.h - bd->g.bottom;
	guint		 k;

	for (k = i; k < to; k++) {
		struct vent *b = g_ptr_array_index(vl, k);

		if (b->box_w <= 0)
			break;
		h += (k > i ? b->before : 0) + b->height;
		if (b->box_close)
			break;
	}
	if (k >= to || ((struct vent *)g_ptr_array_index(vl, k))->box_w <= 0)
		h = bottom - y;		/* cut by the page break */
	add_rect(fl->items, x, y, v->box_w, h, TINT);
	add_rect(fl->items, x, y, 2.4, h, ACCENT);
	if (v->box_open)
		return y;
	add_run(bd->t, fl->items, FACE_SANS_BOLD, 7.4, ACCENT,
	    x + KP_PAD + 3, y + KP_PAD + 8, label(bd->t->doc->meta.lang,
	    L_KEY_POINTS_CONT));
	return y + KP_HEAD;
}

/* Place entries [from, to) of vl into a flow at column x from y;
 * returns the y below the last. */
static double
place(struct body *bd, struct page *pg, enum pg_flow_kind kind,
    GPtrArray *vl, guint from, guint to, double x, double y, int pageno)
{
	struct pg_flow	*fl = page_flow(pg, kind);
	struct pages	*pp = bd->t->pp;
	guint		 i, k;

	for (i = from; i < to; i++) {
		struct vent *v = g_ptr_array_index(vl, i);

		if (i > from)
			y += v->before;
		if (v->box_w > 0 && (i == from || ((struct vent *)
		    g_ptr_array_index(vl, i - 1))->box_w <= 0))
			y = box_under(bd, fl, vl, i, to, x, y);
		if (v->thead != NULL && i == from)
			y = table_repeat_head(fl, v, x, y);
		if (v->anchor != NULL)
			pg_add_anchor(fl, v->anchor, y);
		if (v->outline != NULL) {
			struct pg_outline o = { g_strdup(v->outline),
			    v->olevel, pageno, y };

			/* the sidebar's bookmarks follow the body's */
			if (kind == PG_FLOW_SIDEBAR)
				g_array_append_val(bd->side_outline, o);
			else
				g_array_append_val(pp->outline, o);
		}
		for (k = 0; v->items != NULL && k < v->items->len; k++)
			ts_item_move(&g_array_index(v->items, struct pg_item,
			    k), x, y);
		/* the entry's array goes to the page as it is: copied
		 * into one array a page, the lines of the document would
		 * be in memory twice until the end of pagination */
		if (v->items != NULL)
			pg_flow_take(fl, v->items);
		else if (v->pack != NULL)
			pg_flow_take_pack(fl, v->pack, x, y);
		v->items = NULL;
		v->pack = NULL;
		y += v->height;
		if (i + 1 == to && to < vl->len)
			table_cut_rule(fl, v, x, y);
	}
	return y;
}

/*
 * Where the entries of vl that start at `from` must stop to fit in
 * `avail` points: the last allowed break (not inside a kept group).
 * Returns the end index (exclusive); `from` itself when not even the
 * first entry fits and `fresh` is 0 (the entries wait for the next
 * page), else at least from + 1 (an entry taller than a whole page,
 * which overflows it: the callers make none).
 */
static guint
fit(GPtrArray *vl, guint from, double avail, int fresh)
{
	double	y = 0;
	guint	i, k;

	for (i = from; i < vl->len; i++) {
		struct vent *v = g_ptr_array_index(vl, i);
		double need = (i > from ? v->before : head_of(v)) + v->height;

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
	return i > from || !fresh ? i : from + 1;
}

/* The first n characters of text and an ellipsis (caller frees). */
static char *
cut_at(const char *text, glong n)
{
	return g_strdup_printf("%.*s\xe2\x80\xa6",
	    (int)(g_utf8_offset_to_pointer(text, n) - text), text);
}

/*
 * A line of chrome (footer, banner) that must fit avail points: at
 * *size, or smaller down to min; past that, cut with an ellipsis and
 * *cut set.  Returns the text to draw (caller frees).
 */
static char *
fit_line(struct ts *t, const char *text, int face, double *size,
    double min, double avail, int *cut)
{
	double	w = text_width(t, face, *size, text);
	glong	lo = 0, hi, mid;
	char	*s;

	*cut = 0;
	if (w <= avail)
		return g_strdup(text);
	*size = MAX(min, *size * avail / w);
	if (text_width(t, face, *size, text) <= avail + 0.01)
		return g_strdup(text);
	/* the longest beginning that fits with the ellipsis */
	hi = g_utf8_strlen(text, -1);
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		s = cut_at(text, mid);
		if (text_width(t, face, *size, s) <= avail)
			lo = mid;
		else
			hi = mid - 1;
		g_free(s);
	}
	*cut = 1;
	return cut_at(text, lo);
}

/*
 * The running footer: source name and hash at the left, the page number
 * at the right, the classification between them, or on a line of its
 * own below when there is no room.  What does not fit even smaller is
 * cut, with a warning on the first page.
 */
static void
footer(struct body *bd, struct page *pg, int no, int total)
{
	struct ts		*t = bd->t;
	const struct grid	*g = &bd->g;
	struct pg_flow		*fl = page_flow(pg, PG_FLOW_CHROME_BOTTOM);
	const char		*cls = t->doc->meta.classification;
	double			 y = g->h - 34, fw = g->w - g->left - g->right;
	double			 size = 7.2, rw, lw, cw;
	const char		*lang = t->doc->meta.lang;
	char			*left, *line, *right, a[16], b[16];
	int			 cut;

	add_hline(fl->items, g->left, g->left + fw, y - 9, 0.5, RULE_GREY);
	g_snprintf(a, sizeof(a), "%d", no);
	g_snprintf(b, sizeof(b), "%d", total);
	right = label_fill(lang, L_PAGE_OF, a, b);
	rw = text_width(t, FACE_SANS, 7.2, right);
	left = g_strdup_printf("%s  \xc2\xb7  %s%s%s", t->opts->footer_name,
	    t->opts->footer_hash, t->opts->source_attached ?
	    "  \xc2\xb7  " : "", t->opts->source_attached ?
	    label(lang, L_SOURCE_ATTACHED) : "");
	line = fit_line(t, left, FACE_SANS, &size, 6, fw - rw - 12, &cut);
	if (cut && no == 1)
		msg_at(t->doc->path, NULL, MSG_WARNING, "file name '%s' is "
		    "too long for the footer; cut there", t->opts->footer_name);
	add_run(t, fl->items, FACE_SANS, size, GREY, g->left, y, line);
	lw = text_width(t, FACE_SANS, size, line);
	g_free(line);
	g_free(left);
	add_run(t, fl->items, FACE_SANS, 7.2, GREY, g->left + fw - rw, y,
	    right);
	g_free(right);
	if (cls == NULL)
		return;
	cw = text_width(t, FACE_SANS_BOLD, 7.2, cls);
	if ((fw - cw) / 2 >= lw + 8 && (fw - cw) / 2 >= rw + 8) {
		add_run(t, fl->items, FACE_SANS_BOLD, 7.2, BANNER_RGB,
		    g->left + (fw - cw) / 2, y, cls);
		return;
	}
	size = 7.2;
	line = fit_line(t, cls, FACE_SANS_BOLD, &size, 5, fw, &cut);
	cw = text_width(t, FACE_SANS_BOLD, size, line);
	add_run(t, fl->items, FACE_SANS_BOLD, size, BANNER_RGB,
	    g->left + (fw - cw) / 2, y + 10, line);
	g_free(line);
}

/* The classification across the top of every page, smaller if need be
 * (cut, with a warning on the first page, if even that is too long). */
static void
banner(struct body *bd, struct page *pg, int n)
{
	struct ts	*t = bd->t;
	const char	*cls = t->doc->meta.classification;
	struct pg_flow	*fl = page_flow(pg, PG_FLOW_CHROME_TOP);
	double		 w, size = 8.5;
	char		*line;
	int		 cut;

	if (cls == NULL)
		return;
	add_rect(fl->items, 0, 0, bd->g.w, 22, BANNER_RGB);
	line = fit_line(t, cls, FACE_SANS_BOLD, &size, 5,
	    bd->g.w - bd->g.left - bd->g.right, &cut);
	if (cut && n == 0)
		msg_at(t->doc->path, NULL, MSG_WARNING, "classification '%s' "
		    "is too long for the banner; cut there", cls);
	w = text_width(t, FACE_SANS_BOLD, size, line);
	add_run(t, fl->items, FACE_SANS_BOLD, size, 0xFFFFFF,
	    (bd->g.w - w) / 2, 14.5 - (8.5 - size) / 2, line);
	g_free(line);
}

/* Where a page's flows start without the title block: below the
 * banner. */
static double
base_top(const struct body *bd)
{
	return bd->g.top + (bd->t->doc->meta.classification != NULL ? 8 : 0);
}

/* The end of the title block's entries on a page from `from`: as many
 * lines as fit (at least one; each is one line). */
static guint
top_fit(const struct body *bd, guint from)
{
	double	avail = bd->g.h - bd->g.bottom - base_top(bd), y = 0;
	guint	i;

	for (i = from; i < bd->top->len; i++) {
		struct vent *v = g_ptr_array_index(bd->top, i);
		double need = (i > from ? v->before : 0) + v->height;

		if (y + need > avail + 0.01)
			break;
		y += need;
	}
	return i > from ? i : from + 1;
}

/* The pages the title block takes and the y below it on the last. */
static void
title_pages(struct body *bd)
{
	guint	from = 0, to, i;
	double	h;

	bd->top_pages = 0;
	do {
		to = top_fit(bd, from);
		h = 0;
		for (i = from; i < to; i++) {
			struct vent *v = g_ptr_array_index(bd->top, i);

			h += v->height + (i > from ? v->before : 0);
		}
		bd->top_end = base_top(bd) + h;
		bd->top_pages++;
		from = to;
	} while (from < bd->top->len);
}

/* Where a page's flows start: below the banner, and on the title
 * block's last page below it (none on the pages it fills). */
static double
page_top(struct body *bd, int n)
{
	if (n < bd->top_pages - 1)
		return bd->g.h - bd->g.bottom;
	return n == bd->top_pages - 1 ? bd->top_end : base_top(bd);
}

/* Lines of the main flow a figure wants below it on its page: a figure
 * stands with the text it illustrates, never alone. */
#define FIG_TEXT_BELOW	8

/* The main flow cut with the figure on a page (main_pages). */
struct cut {
	guint	 lines;		/* lines of text on the figure's page */
	guint	 fig_start;	/* its first entry */
	guint	 prev_start;	/* the first entry of the page before */
};

/* 1 if an entry draws text (a line, not a rule or a gap). */
static int
is_line(const struct vent *v)
{
	guint	i;

	if (v->pack != NULL)
		return 1;	/* runs only */
	for (i = 0; v->items != NULL && i < v->items->len; i++)
		if (g_array_index(v->items, struct pg_item, i).type == PG_RUN)
			return 1;
	return 0;
}

/*
 * The main flow cut into pages as paginate cuts it, with the figure at
 * the top of page fig (-1: none) and, when brk > 0, a break forced
 * before entry brk on the page before the figure's.  Returns the page
 * (0-based) of entry idx; c: the figure's page.
 */
static int
main_pages(struct body *bd, int fig, guint brk, guint idx, struct cut *c)
{
	double	bottom = bd->g.h - bd->g.bottom, y;
	guint	from = 0, to, i;
	int	n = bd->top_pages - 1, at = -1, fresh;

	memset(c, 0, sizeof(*c));
	while (from < bd->vl->len || n <= fig) {
		y = page_top(bd, n);
		fresh = n >= bd->top_pages;
		if (n == fig) {
			y += bd->figure->height;
			fresh = 0;
			c->fig_start = from;
		}
		to = from < bd->vl->len ? fit(bd->vl, from, bottom - y,
		    fresh) : from;
		if (n == fig - 1) {
			c->prev_start = from;
			if (brk > from && to > brk)
				to = brk;
		}
		for (i = from; n == fig && i < to; i++)
			c->lines += is_line(g_ptr_array_index(bd->vl, i));
		if (at < 0 && idx < to)
			at = n;
		from = to;
		n++;
	}
	return at >= 0 ? at : MAX(n - 1, 0);
}

/* The last break allowed at or before entry i: after an entry not kept
 * with the next. */
static guint
break_before(struct body *bd, guint i)
{
	while (i > 0 && ((struct vent *)g_ptr_array_index(bd->vl,
	    i - 1))->keep)
		i--;
	return i;
}

/*
 * Where the figure goes: at the top of the page of its first evidence
 * (ev, an entry of the main flow) when that paragraph still starts
 * there below it, else of the next page.  When too little text would
 * follow it there (the article's last paragraphs), the page before
 * breaks earlier: before the evidence paragraph when it stands there,
 * or as many lines earlier as it takes, so that text follows the
 * figure.  Returns the page; *brk: the forced break (0: none).
 */
static int
figure_place(struct body *bd, guint ev, guint *brk)
{
	struct cut	c, t;
	guint		b;
	int		p, f;

	*brk = 0;
	p = main_pages(bd, -1, 0, ev, &c);
	f = main_pages(bd, p, 0, ev, &c) == p ? p : p + 1;
	main_pages(bd, f, 0, ev, &c);
	if (c.lines >= FIG_TEXT_BELOW || f <= bd->top_pages - 1)
		return f;
	/* the page before keeps its first entry, the evidence stays on
	 * the figure's page */
	for (b = break_before(bd, MIN(ev, c.fig_start)); b > c.prev_start;
	    b = break_before(bd, b - 1)) {
		if (main_pages(bd, f, b, ev, &t) != f)
			break;
		*brk = b;
		if (t.lines >= FIG_TEXT_BELOW)
			break;
	}
	return f;
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

/* pg_flow_each() callback: a note call into the array arg. */
static void
add_call(const struct pg_item *it, void *arg)
{
	struct call	c;

	if (it->type != PG_NOTE || it->u.note.kind != PG_NOTE_CALL)
		return;
	c.num = it->u.note.num;
	c.base = it->u.note.y1;
	g_array_append_val((GArray *)arg, c);
}

/* The note calls among the items of a flow, by number. */
static void
find_calls(const struct pg_flow *fl, GArray *calls)
{
	g_array_set_size(calls, 0);
	pg_flow_each(fl, add_call, calls);
	g_array_sort(calls, cmp_call);
}

/*
 * Cut a margin note taller than avail after its last line that fits (at
 * least one; its items are runs on baselines NOTE_LEADING apart): v
 * keeps the lines above, the lines below are returned, moved up to
 * start at 0.
 */
static GArray *
split_note(struct vent *v, double avail)
{
	GArray	*keep = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	GArray	*rest = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	int	 lines = MAX(1, (int)(avail / NOTE_LEADING));
	double	 cut = lines * NOTE_LEADING;
	guint	 i;

	for (i = 0; i < v->items->len; i++) {
		struct pg_item *it = &g_array_index(v->items, struct pg_item,
		    i);

		if (it->type == PG_RUN && it->u.run.y > cut) {
			ts_item_move(it, 0, -cut);
			g_array_append_val(rest, *it);
		} else
			g_array_append_val(keep, *it);
	}
	g_array_set_size(v->items, 0);
	g_array_unref(v->items);
	v->items = keep;
	v->height = cut;
	return rest;
}

/* The height of a note's remaining lines: down to the last baseline's
 * line. */
static double
rest_height(const GArray *items)
{
	double	y = 0;
	guint	i;

	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);

		if (it->type == PG_RUN && it->u.run.y > y)
			y = it->u.run.y;
	}
	return NOTE_LEADING * (int)(y / NOTE_LEADING + 1);
}

/* The space of the notes at the foot of the main column above the
 * first note: air and a short rule. */
#define FOOT_HEAD	10.0

/* What the notes of a page need and where they went. */
struct noteplan {
	GArray		*foot;		/* struct call: notes set at the
					 * foot of the main column */
	GPtrArray	*feet;		/* struct vent * by note number - 1:
					 * notes set at the main column's
					 * width, made when first needed */
};

/* The entry of note num at the foot of the page (main column width). */
static struct vent *
foot_entry(struct body *bd, struct noteplan *np, int num)
{
	const struct notes	*ns = bd->t->opts->notes;

	if (np->feet->len < ns->notes->len)
		g_ptr_array_set_size(np->feet, (gint)ns->notes->len);
	if (g_ptr_array_index(np->feet, num - 1) == NULL)
		g_ptr_array_index(np->feet, num - 1) = note_entry(bd,
		    g_ptr_array_index(ns->notes, num - 1), bd->g.main_w);
	return g_ptr_array_index(np->feet, num - 1);
}

/* The height the notes of np->foot take at the foot of the page. */
static double
foot_height(struct body *bd, struct noteplan *np)
{
	double	h = 0;
	guint	i;

	for (i = 0; i < np->foot->len; i++) {
		struct vent *v = foot_entry(bd, np, g_array_index(np->foot,
		    struct call, i).num);

		h += v->height + (i > 0 ? v->before : FOOT_HEAD);
	}
	return h;
}

/*
 * Margin notes of a page: first those carried over from the page before
 * (pending), then those called on this page, each level with its call's
 * line unless the sidebar is already filled there.  A note called on
 * this page that does not fit goes to np->foot, to stand at the foot of
 * the main column, and so do the notes called after it: a note always
 * stands on the page of its term.  A note carried over that does not fit
 * waits for the next page.  top: where the sidebar starts; cursor: its
 * bottom so far.  dry: only decide (pending and the notes unchanged),
 * for the page builder to know the room the foot needs before it cuts
 * the main flow.
 */
static void
place_notes(struct body *bd, struct page *pg, int pageno, GArray *pending,
    const GArray *calls, double top, double cursor, struct noteplan *np,
    int dry)
{
	double		 bottom = bd->g.h - bd->g.bottom;
	double		 first_base = baseline_of(7.4, 9.6);
	GArray		*queue = g_array_new(FALSE, FALSE, sizeof(struct call));
	guint		 i, placed = 0, waiting = 0;
	int		 prev = 0;

	g_array_append_vals(queue, pending->data, pending->len);
	g_array_append_vals(queue, calls->data, calls->len);
	if (!dry)
		g_array_set_size(pending, 0);
	g_array_set_size(np->foot, 0);
	for (i = 0; i < queue->len; i++) {
		struct call *c = &g_array_index(queue, struct call, i);
		struct vent *v = c->num >= 1 && (guint)c->num <=
		    bd->notes->len ? g_ptr_array_index(bd->notes, c->num - 1) :
		    NULL;
		GPtrArray *one;
		GArray *rest;
		double y, low;
		int full;

		/* placed already (called twice: calls are in number
		 * order, so a dry run sees the same note next) */
		if (v == NULL || v->items == NULL || (dry && c->num == prev))
			continue;
		prev = c->num;
		/* air between the panels above and the first note */
		low = cursor > top ? cursor + (placed == 0 ? 14 : v->before) :
		    cursor;
		y = low;
		if (c->base >= 0 && c->base - first_base > y)
			y = c->base - first_base;
		/* level with the call, or higher to end at the foot */
		if (y + v->height > bottom)
			y = MAX(low, bottom - v->height);
		/* full: unless nothing is above or the note is taller than
		 * a page's sidebar anyway (and a few lines fit here): it
		 * goes on on the next */
		full = y + v->height > bottom + 0.01 && cursor > top &&
		    (v->height <= bottom - base_top(bd) ||
		    y + 3 * NOTE_LEADING > bottom);
		if (c->base >= 0 && (np->foot->len > 0 || waiting > 0 ||
		    full)) {
			g_array_append_val(np->foot, *c);
			continue;
		}
		if (waiting > 0 || full) {
			struct call w = { c->num, -1 };

			if (!dry)
				g_array_append_val(pending, w);
			waiting++;
			continue;
		}
		if (dry) {
			/* a note cut at the foot goes on on the next page */
			if (y + v->height > bottom + 0.01)
				waiting++;
			cursor = MIN(bottom, y + v->height);
			placed++;
			continue;
		}
		rest = y + v->height > bottom + 0.01 ? split_note(v,
		    bottom - y) : NULL;
		if (bd->notes_placed++ == 0) {
			v->anchor = g_strdup("notes");
			v->outline = g_strdup(label(bd->t->doc->meta.lang,
			    L_NOTES_BM));
			v->olevel = 1;
		}
		one = g_ptr_array_new();
		g_ptr_array_add(one, v);
		cursor = place(bd, pg, PG_FLOW_SIDEBAR, one, 0, 1,
		    bd->g.side_x, y, pageno);
		placed++;
		g_ptr_array_unref(one);
		if (rest != NULL) {
			struct call w = { c->num, -1 };

			/* the rest first on the next page */
			v->items = rest;
			v->height = rest_height(rest);
			g_free(v->anchor);
			g_free(v->outline);
			v->anchor = v->outline = NULL;
			g_array_append_val(pending, w);
			waiting++;
		}
	}
	g_array_unref(queue);
}

/*
 * Keep the notes of np->foot within limit (half the main column's room,
 * and below its text): the last wait for the next page's sidebar, as
 * notes did before they had a foot.
 */
static void
foot_trim(struct body *bd, struct noteplan *np, double limit,
    GArray *pending)
{
	while (np->foot->len > 0 && foot_height(bd, np) > limit + 0.01) {
		struct call w = g_array_index(np->foot, struct call,
		    np->foot->len - 1);

		w.base = -1;
		if (pending != NULL)
			g_array_insert_val(pending, 0, w);
		g_array_set_size(np->foot, np->foot->len - 1);
	}
	if (pending != NULL)
		g_array_sort(pending, cmp_call);
}

/*
 * Set the notes of np->foot at the foot of the main column, under a
 * short rule; the margin notes they stand for are used up.
 */
static void
place_foot(struct body *bd, struct page *pg, int pageno,
    struct noteplan *np)
{
	struct pg_flow	*fl = page_flow(pg, PG_FLOW_MAIN);
	GPtrArray	*vl = g_ptr_array_new();
	double		 h = foot_height(bd, np), y;
	guint		 i, k;

	if (np->foot->len == 0) {
		g_ptr_array_unref(vl);
		return;
	}
	y = bd->g.h - bd->g.bottom - h;
	pg_add_hline(fl, bd->g.left, bd->g.left + bd->g.main_w / 3, y + 4,
	    0.5, RULE_GREY);
	for (i = 0; i < np->foot->len; i++) {
		int num = g_array_index(np->foot, struct call, i).num;
		struct vent *v = foot_entry(bd, np, num);
		struct vent *side = g_ptr_array_index(bd->notes, num - 1);

		if (bd->notes_placed++ == 0) {
			v->anchor = g_strdup("notes");
			v->outline = g_strdup(label(bd->t->doc->meta.lang,
			    L_NOTES_BM));
			v->olevel = 1;
		}
		g_ptr_array_add(vl, v);
		/* used up: neither margin note nor foot note again */
		if (side->items != NULL) {
			for (k = 0; k < side->items->len; k++)
				pg_item_clear(&g_array_index(side->items,
				    struct pg_item, k));
			g_array_unref(side->items);
			side->items = NULL;
		}
	}
	place(bd, pg, PG_FLOW_MAIN, vl, 0, vl->len, bd->g.left,
	    y + FOOT_HEAD - ((struct vent *)g_ptr_array_index(vl, 0))->before,
	    pageno);
	g_ptr_array_unref(vl);
}

/*
 * The calls of entries [from, to) of the main flow if placed from y, by
 * number: what place() and find_calls() would give, without placing.
 */
static void
calls_ahead(struct body *bd, guint from, guint to, double y, GArray *calls)
{
	guint	i, k;

	g_array_set_size(calls, 0);
	for (i = from; i < to; i++) {
		struct vent *v = g_ptr_array_index(bd->vl, i);

		if (i > from)
			y += v->before;
		if (i == from)
			y += head_of(v);
		for (k = 0; v->items != NULL && k < v->items->len; k++) {
			const struct pg_item *it = &g_array_index(v->items,
			    struct pg_item, k);
			struct call c;

			if (it->type != PG_NOTE ||
			    it->u.note.kind != PG_NOTE_CALL)
				continue;
			c.num = it->u.note.num;
			c.base = y + it->u.note.y1;
			g_array_append_val(calls, c);
		}
		y += v->height;
	}
	g_array_sort(calls, cmp_call);
}

/* The bottom of entries [from, to) of vl placed from y (place()'s
 * result, without placing). */
static double
end_ahead(GPtrArray *vl, guint from, guint to, double y)
{
	guint	i;

	for (i = from; i < to; i++) {
		struct vent *v = g_ptr_array_index(vl, i);

		y += (i > from ? v->before : head_of(v)) + v->height;
	}
	return y;
}

/*
 * The end of the main flow's entries on a page from `from` (at y):
 * as many as fit above the notes its terms send to the foot of the page
 * (a sidebar full down to side_end).  The room for the foot is found
 * by trying: the notes that do not fit beside the text are measured,
 * the text cut above them, and tried again with the lines that then
 * move to the next page (whose notes go with them), a few times, the
 * room only growing.  brk: a break the figure asks for, or 0.
 */
static guint
main_fit(struct body *bd, struct noteplan *np, guint from, double y,
    int fresh, guint brk, GArray *pending, double side_end)
{
	double	bottom = bd->g.h - bd->g.bottom, foot = 0, need;
	GArray	*calls = g_array_new(FALSE, FALSE, sizeof(struct call));
	guint	to = from;
	int	tries;

	for (tries = 0; tries < 4; tries++) {
		to = from < bd->vl->len ? fit(bd->vl, from, bottom - y - foot,
		    fresh) : from;
		if (brk > from && to > brk)
			to = brk;
		calls_ahead(bd, from, to, y, calls);
		place_notes(bd, NULL, 0, pending, calls, y, side_end, np, 1);
		foot_trim(bd, np, (bottom - y) / 2, NULL);
		need = foot_height(bd, np);
		if (need <= foot)
			break;
		foot = need;
	}
	g_array_unref(calls);
	g_array_set_size(np->foot, 0);
	return to;
}

/* Cut the main flow into pages; the sidebar flow beside it, then the
 * margin notes; the figure at the top of its page, both flows below it.
 * The title block first, over as many pages as it needs. */
void
paginate(struct body *bd, struct pages *pp)
{
	const struct grid	*g = &bd->g;
	double			 bottom = g->h - g->bottom;
	guint			 from = 0, sfrom = 0, tfrom = 0, to, sto;
	guint			 brk = 0;
	int			 n = 0, i, fig_page = -1, fresh;
	GArray			*pending = g_array_new(FALSE, FALSE,
	    sizeof(struct call));
	GArray			*calls = g_array_new(FALSE, FALSE,
	    sizeof(struct call));
	struct noteplan		 np;

	np.foot = g_array_new(FALSE, FALSE, sizeof(struct call));
	np.feet = g_ptr_array_new();
	title_pages(bd);
	if (bd->figure != NULL)
		fig_page = figure_place(bd, entry_of_block(bd,
		    bd->figure_off), &brk);
	while (tfrom < bd->top->len || from < bd->vl->len ||
	    sfrom < bd->side->len || n <= fig_page || pending->len > 0) {
		struct page *pg = pages_add(pp);
		double y = page_top(bd, n), sy, my;

		banner(bd, pg, n);
		fresh = tfrom >= bd->top->len;
		if (tfrom < bd->top->len) {
			to = top_fit(bd, tfrom);
			place(bd, pg, PG_FLOW_CHROME_TOP, bd->top, tfrom, to,
			    g->left, base_top(bd), n);
			tfrom = to;
			if (tfrom < bd->top->len) {
				n++;
				continue;	/* a page of title */
			}
		}
		if (n == fig_page) {
			GPtrArray *one = g_ptr_array_new();

			g_ptr_array_add(one, bd->figure);
			place(bd, pg, PG_FLOW_FIGURE, one, 0, 1, g->left, y, n);
			y += bd->figure->height;
			g_ptr_array_unref(one);
			fresh = 0;
		}
		sto = sfrom < bd->side->len ? fit(bd->side, sfrom, bottom - y,
		    fresh) : sfrom;
		to = main_fit(bd, &np, from, y, fresh, n == fig_page - 1 ?
		    brk : 0, pending, end_ahead(bd->side, sfrom, sto, y));
		my = place(bd, pg, PG_FLOW_MAIN, bd->vl, from, to, g->left, y,
		    n);
		find_calls(page_flow(pg, PG_FLOW_MAIN), calls);
		sy = place(bd, pg, PG_FLOW_SIDEBAR, bd->side, sfrom, sto,
		    g->side_x, y, n);
		place_notes(bd, pg, n, pending, calls, y, sy, &np, 0);
		foot_trim(bd, &np, MIN((bottom - y) / 2, bottom - my),
		    pending);
		place_foot(bd, pg, n, &np);
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
	g_array_unref(np.foot);
	for (i = 0; i < (int)np.feet->len; i++)
		if (g_ptr_array_index(np.feet, i) != NULL)
			vent_free(g_ptr_array_index(np.feet, i));
	g_ptr_array_unref(np.feet);
}
