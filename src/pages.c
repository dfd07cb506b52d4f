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
		g_free(it->u.link.text);
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
part_free(gpointer p)
{
	struct pg_part	*pt = p;

	if (pt->items != NULL)
		items_free(pt->items);
	g_free(pt->pack);
	g_free(pt);
}

static struct pg_part *
part_new(GArray *items, guint8 *pack, double dx, double dy)
{
	struct pg_part	*pt = g_new(struct pg_part, 1);

	pt->items = items;
	pt->pack = pack;
	pt->dx = dx;
	pt->dy = dy;
	return pt;
}

/*
 * Packed runs: a guint32 count, then per run a byte of flags, the
 * fields the flags name (those that differ from the run before: on a
 * line most are the same), x, width, src_off and the text, its NUL
 * included, then actual's.  Numbers are their bytes, unaligned.
 */
enum {
	PK_FONT = 1,
	PK_RGB = 2,
	PK_SIZE = 4,
	PK_Y = 8,
	PK_HSCALE = 16,
	PK_SPAN = 32,
	PK_ACTUAL = 64,
	PK_TAG = 128
};

/* Append n bytes of v at d + *len (when d is set); count them. */
static void
put(guint8 *d, size_t *len, const void *v, size_t n)
{
	if (d != NULL)
		memcpy(d + *len, v, n);
	*len += n;
}

/* Run r (of element tag) after prev (NULL: the first, of element
 * ptag) at d + *len, or only counted. */
static void
pack_run(guint8 *d, size_t *len, const struct pg_run *r, gint32 tag,
    const struct pg_run *prev, gint32 ptag)
{
	guint8		 f = 0;
	guint64		 off = r->src_off;
	const char	*text = r->text != NULL ? r->text : "";

	if (prev == NULL || r->font != prev->font)
		f |= PK_FONT;
	if (prev == NULL || r->rgb != prev->rgb)
		f |= PK_RGB;
	if (prev == NULL || r->size != prev->size)
		f |= PK_SIZE;
	if (prev == NULL || r->y != prev->y)
		f |= PK_Y;
	if (prev == NULL || r->hscale != prev->hscale)
		f |= PK_HSCALE;
	if (r->span_end != 0)
		f |= PK_SPAN;
	if (r->actual != NULL)
		f |= PK_ACTUAL;
	if (prev == NULL ? tag != 0 : tag != ptag)
		f |= PK_TAG;
	put(d, len, &f, 1);
	if (f & PK_TAG)
		put(d, len, &tag, sizeof(tag));
	if (f & PK_FONT)
		put(d, len, &r->font, sizeof(r->font));
	if (f & PK_RGB)
		put(d, len, &r->rgb, sizeof(r->rgb));
	if (f & PK_SIZE)
		put(d, len, &r->size, sizeof(r->size));
	if (f & PK_Y)
		put(d, len, &r->y, sizeof(r->y));
	if (f & PK_HSCALE)
		put(d, len, &r->hscale, sizeof(r->hscale));
	if (f & PK_SPAN)
		put(d, len, &r->span_end, sizeof(r->span_end));
	put(d, len, &r->x, sizeof(r->x));
	put(d, len, &r->width, sizeof(r->width));
	put(d, len, &off, sizeof(off));
	put(d, len, text, strlen(text) + 1);
	if (f & PK_ACTUAL)
		put(d, len, r->actual, strlen(r->actual) + 1);
}

guint8 *
pg_pack(GArray *items)
{
	guint8		*d;
	size_t		 n;
	guint32		 count;
	guint		 i, pass;

	if (items == NULL || items->len == 0)
		return NULL;
	for (i = 0; i < items->len; i++)
		if (g_array_index(items, struct pg_item, i).type != PG_RUN)
			return NULL;
	count = items->len;
	/* measured, then written: one allocation of the exact size */
	for (d = NULL, pass = 0; pass < 2; pass++) {
		n = 0;
		put(d, &n, &count, sizeof(count));
		for (i = 0; i < items->len; i++) {
			const struct pg_item *it = &g_array_index(items,
			    struct pg_item, i);

			pack_run(d, &n, &it->u.run, it->tag, i > 0 ?
			    &it[-1].u.run : NULL, i > 0 ? it[-1].tag : 0);
		}
		if (pass == 0)
			d = g_malloc(n);
	}
	items_free(items);
	return d;
}

/* Take n bytes at *p into v. */
static void
get(const guint8 **p, void *v, size_t n)
{
	memcpy(v, *p, n);
	*p += n;
}

/* The next run from *p into r and its element into *tag, which hold
 * the run before's; its strings point into the pack. */
static void
unpack_run(const guint8 **p, struct pg_run *r, gint32 *tag)
{
	guint8	 f;
	guint64	 off;

	get(p, &f, 1);
	if (f & PK_TAG)
		get(p, tag, sizeof(*tag));
	if (f & PK_FONT)
		get(p, &r->font, sizeof(r->font));
	if (f & PK_RGB)
		get(p, &r->rgb, sizeof(r->rgb));
	if (f & PK_SIZE)
		get(p, &r->size, sizeof(r->size));
	if (f & PK_Y)
		get(p, &r->y, sizeof(r->y));
	if (f & PK_HSCALE)
		get(p, &r->hscale, sizeof(r->hscale));
	r->span_end = 0;
	if (f & PK_SPAN)
		get(p, &r->span_end, sizeof(r->span_end));
	get(p, &r->x, sizeof(r->x));
	get(p, &r->width, sizeof(r->width));
	get(p, &off, sizeof(off));
	r->src_off = (size_t)off;
	r->text = (char *)*p;
	*p += strlen(r->text) + 1;
	r->actual = NULL;
	if (f & PK_ACTUAL) {
		r->actual = (char *)*p;
		*p += strlen(r->actual) + 1;
	}
}

/* fn(item, arg) on each run of a packed part, moved; with own, the
 * item's strings are copies (the callee keeps them), else lent. */
static void
pack_each(const struct pg_part *pt, int own,
    void (*fn)(const struct pg_item *, void *), void *arg)
{
	const guint8	*p = pt->pack;
	struct pg_run	 cur;
	struct pg_item	 it;
	guint32		 n, i;
	gint32		 tag = 0;

	memset(&cur, 0, sizeof(cur));
	memset(&it, 0, sizeof(it));
	it.type = PG_RUN;
	get(&p, &n, sizeof(n));
	for (i = 0; i < n; i++) {
		unpack_run(&p, &cur, &tag);
		it.tag = tag;
		it.u.run = cur;
		/* as ts_item_move() moves a run */
		it.u.run.x += pt->dx;
		it.u.run.y += pt->dy;
		if (own) {
			it.u.run.text = g_strdup(cur.text);
			it.u.run.actual = g_strdup(cur.actual);
		}
		fn(&it, arg);
	}
}

static void
append_item(const struct pg_item *it, void *arg)
{
	g_array_append_vals(arg, it, 1);
}

static guint
pack_count(const guint8 *pack)
{
	guint32	n;

	memcpy(&n, pack, sizeof(n));
	return n;
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
 * what they own; packed runs' strings lent too, or with own copied). */
static GArray *
joined(const struct pg_flow *fl, int own)
{
	GArray			*a;
	const struct pg_part	*pt;
	guint			 i, n = fl->items->len;

	for (i = 0; i < fl->parts->len; i++) {
		pt = g_ptr_array_index(fl->parts, i);
		n += pt->items != NULL ? pt->items->len : pack_count(pt->pack);
	}
	a = g_array_sized_new(FALSE, TRUE, sizeof(struct pg_item), n);
	for (i = 0; i < fl->parts->len; i++) {
		pt = g_ptr_array_index(fl->parts, i);
		if (pt->items != NULL)
			g_array_append_vals(a, pt->items->data,
			    pt->items->len);
		else
			pack_each(pt, own, append_item, a);
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

static void
tag_clear(gpointer p)
{
	struct pg_tag	*t = p;

	g_free(t->alt);
	g_free(t->id);
}

const char *
pg_role_name(enum pg_role role)
{
	static const char *const names[PG_S_COUNT] = {
		"Document", "Sect",
		"H1", "H2", "H3", "H4", "H5", "H6",
		"P", "L", "LI", "Lbl", "LBody", "BlockQuote",
		"Table", "TR", "TH", "TD", "Code", "Note",
		"Link", "Figure", "Caption", "Span", "Annot"
	};

	return (unsigned)role < PG_S_COUNT ? names[role] : "Span";
}

int
pages_tag(struct pages *pp, enum pg_role role, int parent, int inl)
{
	struct pg_tag	t = { 0 };

	t.role = (guint8)role;
	t.inl = inl != 0;
	t.parent = parent;
	g_array_append_val(pp->tags, t);
	return (int)pp->tags->len - 1;
}

void
pages_tag_alt(struct pages *pp, int tag, const char *alt)
{
	struct pg_tag	*t = &g_array_index(pp->tags, struct pg_tag, tag);

	g_free(t->alt);
	t->alt = g_strdup(alt);
}

void
pages_tag_id(struct pages *pp, int tag, const char *id)
{
	struct pg_tag	*t = &g_array_index(pp->tags, struct pg_tag, tag);

	g_free(t->id);
	t->id = g_strdup(id);
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
	pp->tags = g_array_new(FALSE, TRUE, sizeof(struct pg_tag));
	g_array_set_clear_func(pp->tags, tag_clear);
	pages_tag(pp, PG_S_DOCUMENT, -1, 0);
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
	g_array_unref(pp->tags);
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
		a = joined(fl, 1);
		/* the items moved: free the arrays, not what they own */
		for (j = 0; j < fl->parts->len; j++) {
			struct pg_part *pt = g_ptr_array_index(fl->parts, j);

			if (pt->items != NULL)
				g_array_set_size(pt->items, 0);
		}
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
		f->items = fl->parts != NULL ? joined(fl, 0) :
		    g_array_ref(fl->items);
		g_ptr_array_add(flows, f);
	}
	return flows;
}

/* The parts of fl, made if need be, ending with what was added to
 * items so far. */
static void
flow_parts(struct pg_flow *fl)
{
	if (fl->parts == NULL)
		fl->parts = g_ptr_array_new_with_free_func(part_free);
	/* what was added directly so far comes first */
	if (fl->items->len > 0) {
		g_ptr_array_add(fl->parts, part_new(fl->items, NULL, 0, 0));
		fl->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	}
}

void
pg_flow_take(struct pg_flow *fl, GArray *items)
{
	if (items->len == 0) {
		g_array_unref(items);
		return;
	}
	flow_parts(fl);
	g_ptr_array_add(fl->parts, part_new(items, NULL, 0, 0));
}

void
pg_flow_take_pack(struct pg_flow *fl, guint8 *pack, double dx, double dy)
{
	flow_parts(fl);
	g_ptr_array_add(fl->parts, part_new(NULL, pack, dx, dy));
}

void
pg_flow_each(const struct pg_flow *fl,
    void (*fn)(const struct pg_item *, void *), void *arg)
{
	const struct pg_part	*pt;
	guint			 i, j;

	for (i = 0; fl->parts != NULL && i < fl->parts->len; i++) {
		pt = g_ptr_array_index(fl->parts, i);
		if (pt->items == NULL) {
			pack_each(pt, 0, fn, arg);
			continue;
		}
		for (j = 0; j < pt->items->len; j++)
			fn(&g_array_index(pt->items, struct pg_item, j), arg);
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
	it.u.link.text = g_strdup(link->text);
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
