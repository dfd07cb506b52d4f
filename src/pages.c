/* SPDX-License-Identifier: MIT */
/* Constructors and destructor of the page model. */
#include <string.h>

#include "pages.h"

void
pg_item_clear(struct pg_item *it)
{
	switch (it->type) {
	case PG_RUN:
		g_free(it->u.run.text);
		g_free(it->u.run.actual);
		break;
	case PG_PATH:
		if (it->u.path.segs != NULL)
			g_array_unref(it->u.path.segs);
		break;
	case PG_ANCHOR:
		g_free(it->u.anchor.name);
		break;
	case PG_LINK:
		g_free(it->u.link.dest);
		g_free(it->u.link.uri);
		break;
	case PG_NOTE:
		g_free(it->u.note.text);
		g_free(it->u.note.subject);
		break;
	case PG_IMAGE:
		if (it->u.image.data != NULL)
			g_bytes_unref(it->u.image.data);
		break;
	}
}

/* Free an array of items and what they own. */
static void
items_free(gpointer p)
{
	GArray	*items = p;
	guint	 i;

	for (i = 0; i < items->len; i++)
		pg_item_clear(&g_array_index(items, struct pg_item, i));
	g_array_unref(items);
}

static void
flow_free(gpointer p)
{
	struct pg_flow	*fl = p;

	if (fl->parts != NULL)
		g_ptr_array_unref(fl->parts);
	items_free(fl->items);
	g_free(fl);
}

/* A page_flat() flow: its array only (the items are lent). */
static void
flat_free(gpointer p)
{
	struct pg_flow	*fl = p;

	g_array_unref(fl->items);
	g_free(fl);
}

/* The items of fl in one new array (the same items, not copies of
 * what they own). */
static GArray *
joined(const struct pg_flow *fl)
{
	GArray	*a, *part;
	guint	 i, n = fl->items->len;

	for (i = 0; i < fl->parts->len; i++)
		n += ((GArray *)g_ptr_array_index(fl->parts, i))->len;
	a = g_array_sized_new(FALSE, TRUE, sizeof(struct pg_item), n);
	for (i = 0; i < fl->parts->len; i++) {
		part = g_ptr_array_index(fl->parts, i);
		g_array_append_vals(a, part->data, part->len);
	}
	g_array_append_vals(a, fl->items->data, fl->items->len);
	return a;
}

static void
page_free(gpointer p)
{
	struct page	*pg = p;

	g_ptr_array_unref(pg->flows);
	g_free(pg);
}

static void
outline_clear(gpointer p)
{
	g_free(((struct pg_outline *)p)->title);
}

struct pages *
pages_new(double width, double height)
{
	struct pages	*pp = g_new0(struct pages, 1);

	pp->width = width;
	pp->height = height;
	pp->fonts = g_ptr_array_new_with_free_func(g_free);
	pp->pages = g_ptr_array_new_with_free_func(page_free);
	pp->outline = g_array_new(FALSE, TRUE, sizeof(struct pg_outline));
	g_array_set_clear_func(pp->outline, outline_clear);
	return pp;
}

void
pages_free(struct pages *pp)
{
	if (pp == NULL)
		return;
	g_ptr_array_unref(pp->fonts);
	g_ptr_array_unref(pp->pages);
	g_array_unref(pp->outline);
	g_free(pp);
}

int
pages_font(struct pages *pp, const char *path)
{
	guint	i;

	for (i = 0; i < pp->fonts->len; i++)
		if (strcmp(g_ptr_array_index(pp->fonts, i), path) == 0)
			return (int)i;
	g_ptr_array_add(pp->fonts, g_strdup(path));
	return (int)pp->fonts->len - 1;
}

struct page *
pages_add(struct pages *pp)
{
	struct page	*pg = g_new0(struct page, 1);

	pg->flows = g_ptr_array_new_with_free_func(flow_free);
	g_ptr_array_add(pp->pages, pg);
	return pg;
}

void
page_clear(struct page *pg)
{
	g_ptr_array_set_size(pg->flows, 0);
}

void
page_flatten(struct page *pg)
{
	struct pg_flow	*fl;
	GArray		*a;
	guint		 i, j;

	for (i = 0; i < pg->flows->len; i++) {
		fl = g_ptr_array_index(pg->flows, i);
		if (fl->parts == NULL)
			continue;
		a = joined(fl);
		/* the items moved: free the arrays, not what they own */
		for (j = 0; j < fl->parts->len; j++)
			g_array_set_size(g_ptr_array_index(fl->parts, j), 0);
		g_ptr_array_unref(fl->parts);
		fl->parts = NULL;
		g_array_unref(fl->items);
		fl->items = a;
	}
}

void
pages_flatten(struct pages *pp)
{
	guint	i;

	for (i = 0; i < pp->pages->len; i++)
		page_flatten(g_ptr_array_index(pp->pages, i));
}

GPtrArray *
page_flat(const struct page *pg)
{
	GPtrArray		*flows = g_ptr_array_new_with_free_func(flat_free);
	const struct pg_flow	*fl;
	struct pg_flow		*f;
	guint			 i;

	for (i = 0; i < pg->flows->len; i++) {
		fl = g_ptr_array_index(pg->flows, i);
		f = g_new0(struct pg_flow, 1);
		f->kind = fl->kind;
		f->items = fl->parts != NULL ? joined(fl) :
		    g_array_ref(fl->items);
		g_ptr_array_add(flows, f);
	}
	return flows;
}

void
pg_flow_take(struct pg_flow *fl, GArray *items)
{
	if (items->len == 0) {
		g_array_unref(items);
		return;
	}
	if (fl->parts == NULL)
		fl->parts = g_ptr_array_new_with_free_func(items_free);
	/* what was added directly so far comes first */
	if (fl->items->len > 0) {
		g_ptr_array_add(fl->parts, fl->items);
		fl->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	}
	g_ptr_array_add(fl->parts, items);
}

void
pg_flow_each(const struct pg_flow *fl,
    void (*fn)(const struct pg_item *, void *), void *arg)
{
	const GArray	*a;
	guint		 i, j;

	for (i = 0; fl->parts != NULL && i < fl->parts->len; i++) {
		a = g_ptr_array_index(fl->parts, i);
		for (j = 0; j < a->len; j++)
			fn(&g_array_index(a, struct pg_item, j), arg);
	}
	for (j = 0; j < fl->items->len; j++)
		fn(&g_array_index(fl->items, struct pg_item, j), arg);
}

struct pg_flow *
page_flow(struct page *pg, enum pg_flow_kind kind)
{
	struct pg_flow	*fl;
	guint		 i;

	for (i = 0; i < pg->flows->len; i++) {
		fl = g_ptr_array_index(pg->flows, i);
		if (fl->kind == kind)
			return fl;
	}
	fl = g_new0(struct pg_flow, 1);
	fl->kind = kind;
	fl->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	g_ptr_array_add(pg->flows, fl);
	return fl;
}

void
pg_add_run(struct pg_flow *fl, const struct pg_run *run)
{
	struct pg_item	it = { .type = PG_RUN };

	it.u.run = *run;
	it.u.run.text = g_strdup(run->text);
	it.u.run.actual = g_strdup(run->actual);
	if (it.u.run.hscale == 0)
		it.u.run.hscale = 1.0;
	g_array_append_val(fl->items, it);
}

void
pg_add_path(struct pg_flow *fl, const struct pg_path *path)
{
	struct pg_item	it = { .type = PG_PATH };

	it.u.path = *path;
	g_array_append_val(fl->items, it);
}

static void
seg(GArray *segs, enum pg_op op, double x, double y)
{
	struct pg_seg	s = { .op = op };

	s.x[0] = x;
	s.y[0] = y;
	g_array_append_val(segs, s);
}

void
pg_add_rect(struct pg_flow *fl, double x, double y, double w, double h,
    guint32 fill)
{
	struct pg_path	p = { 0 };

	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	seg(p.segs, PG_MOVE, x, y);
	seg(p.segs, PG_LINETO, x + w, y);
	seg(p.segs, PG_LINETO, x + w, y + h);
	seg(p.segs, PG_LINETO, x, y + h);
	seg(p.segs, PG_CLOSE, 0, 0);
	p.do_fill = 1;
	p.fill = fill;
	pg_add_path(fl, &p);
}

void
pg_add_hline(struct pg_flow *fl, double x0, double x1, double y,
    double width, guint32 rgb)
{
	struct pg_path	p = { 0 };

	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	seg(p.segs, PG_MOVE, x0, y);
	seg(p.segs, PG_LINETO, x1, y);
	p.do_stroke = 1;
	p.stroke = rgb;
	p.width = width;
	pg_add_path(fl, &p);
}

void
pg_add_anchor(struct pg_flow *fl, const char *name, double y)
{
	struct pg_item	it = { .type = PG_ANCHOR };

	it.u.anchor.name = g_strdup(name);
	it.u.anchor.y = y;
	g_array_append_val(fl->items, it);
}

void
pg_add_link(struct pg_flow *fl, const struct pg_link *link)
{
	struct pg_item	it = { .type = PG_LINK };

	it.u.link = *link;
	it.u.link.dest = g_strdup(link->dest);
	it.u.link.uri = g_strdup(link->uri);
	g_array_append_val(fl->items, it);
}

void
pg_add_note(GArray *items, const struct pg_note *note)
{
	struct pg_item	it = { .type = PG_NOTE };

	it.u.note = *note;
	it.u.note.text = g_strdup(note->text);
	it.u.note.subject = g_strdup(note->subject);
	g_array_append_val(items, it);
}

void
pages_add_outline(struct pages *pp, const char *title, int level, int page,
    double y)
{
	struct pg_outline	o;

	o.title = g_strdup(title);
	o.level = level;
	o.page = page;
	o.y = y;
	g_array_append_val(pp->outline, o);
}
