/* SPDX-License-Identifier: MIT */
/*
 * The structure tree of a tagged PDF (ISO 32000-1, 14.7 and 14.8),
 * which libharu does not write: the page model's elements (pages.h,
 * struct pg_tag) become StructElem dictionaries; pdf_page.c marks each
 * element's content with a marked-content id (MCID) as it draws it, and
 * the link and note annotations are referred to by OBJR dictionaries.
 * The parent tree maps each page's MCIDs and each annotation back to
 * its element, as readers and assistive technology look them up.
 */
#include <string.h>

#include <glib.h>
#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>

#include "pdf.h"
#include "pdf_int.h"

enum kid_kind {
	KID_MCR,		/* num: an MCID of page */
	KID_OBJR,		/* num: an annotation (index in annots) */
	KID_ELEM		/* num: an element */
};

/* One entry of an element's /K, in order. */
struct kid {
	guint32	 kind;
	guint32	 page;
	guint32	 num;
};

struct elem {
	guint8		 role;
	guint8		 inl;
	guint8		 scope;
	guint8		 placed;	/* listed in its parent's kids */
	guint8		 keep;		/* has content, or a child that has */
	gint32		 parent;
	gint32		 page;		/* of its first content, or -1 */
	const char	*alt, *id;	/* borrowed from the page model */
	GArray		*kids;		/* struct kid, or NULL */
	HPDF_Dict	 dict;
};

/* What write_elem and write_nums are about (a dictionary's attr). */
struct writing {
	struct pdf	*w;
	guint		 elem;
};

struct pdf_tags {
	GArray		*elems;		/* struct elem */
	GArray		*writing;	/* struct writing, by element */
	HPDF_Dict	 root;		/* the StructTreeRoot */
	GPtrArray	*mc;		/* per page: GArray of gint32, the
					 * element of each MCID, or NULL */
	GPtrArray	*annots;	/* HPDF_Annotation, in order */
	GArray		*annot_elem;	/* gint32: the element of each */
};

static void	 place(struct pdf_tags *, gint32);
static void	 add_kid(struct pdf_tags *, gint32, enum kid_kind, guint32,
		    guint32);

#define ELEM(t, i)	(&g_array_index((t)->elems, struct elem, (i)))

struct pdf_tags *
pdf_tags_new(struct pdf *w)
{
	const GArray	*src = w->pp->tags;
	struct pdf_tags	*t;
	guint		 i;

	if (src == NULL || src->len < 2)
		return NULL;
	t = g_new0(struct pdf_tags, 1);
	t->elems = g_array_sized_new(FALSE, TRUE, sizeof(struct elem),
	    src->len);
	for (i = 0; i < src->len; i++) {
		const struct pg_tag *pt = &g_array_index(src, struct pg_tag, i);
		struct elem e = { 0 };

		e.role = pt->role < PG_S_COUNT ? pt->role : PG_S_SPAN;
		e.inl = pt->inl;
		e.scope = pt->scope;
		/* a parent must come first; anything else goes to the
		 * document */
		e.parent = i == 0 ? -1 : pt->parent >= 0 &&
		    (guint)pt->parent < i ? pt->parent : 0;
		e.page = -1;
		e.alt = pt->alt;
		e.id = pt->id;
		g_array_append_val(t->elems, e);
	}
	t->mc = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	g_ptr_array_set_size(t->mc, (gint)w->npages);
	t->annots = g_ptr_array_new();
	t->annot_elem = g_array_new(FALSE, FALSE, sizeof(gint32));
	return t;
}

void
pdf_tags_free(struct pdf_tags *t)
{
	guint	i;

	if (t == NULL)
		return;
	for (i = 0; i < t->elems->len; i++)
		if (ELEM(t, i)->kids != NULL)
			g_array_unref(ELEM(t, i)->kids);
	g_array_unref(t->elems);
	if (t->writing != NULL)
		g_array_unref(t->writing);
	g_ptr_array_unref(t->mc);
	g_ptr_array_unref(t->annots);
	g_array_unref(t->annot_elem);
	g_free(t);
}

/* An inline element goes in its parent's kids where its first content
 * comes (its parent placed first, if inline too). */
static void
place(struct pdf_tags *t, gint32 e)
{
	struct elem	*el = ELEM(t, e);

	if (!el->inl || el->placed || el->parent < 0)
		return;
	el->placed = 1;
	add_kid(t, el->parent, KID_ELEM, 0, (guint32)e);
}

static void
add_kid(struct pdf_tags *t, gint32 e, enum kid_kind kind, guint32 page,
    guint32 num)
{
	struct kid	 k = { kind, page, num };
	struct elem	*el;

	place(t, e);
	el = ELEM(t, e);
	if (el->kids == NULL)
		el->kids = g_array_new(FALSE, FALSE, sizeof(struct kid));
	g_array_append_val(el->kids, k);
	if (kind != KID_ELEM && el->page < 0)
		el->page = (gint32)page;
}

/* A valid element index, or 0 (the document). */
static gint32
valid(const struct pdf_tags *t, int tag)
{
	return tag > 0 && (guint)tag < t->elems->len ? tag : 0;
}

int
pdf_tags_mcid(struct pdf *w, guint pg, int tag)
{
	struct pdf_tags	*t = w->tags;
	GArray		*mc = g_ptr_array_index(t->mc, pg);
	gint32		 e = valid(t, tag);
	guint32		 id;

	if (mc == NULL) {
		mc = g_array_new(FALSE, FALSE, sizeof(gint32));
		t->mc->pdata[pg] = mc;
	}
	id = mc->len;
	g_array_append_val(mc, e);
	add_kid(t, e, KID_MCR, pg, id);
	return (int)id;
}

const char *
pdf_tags_role(struct pdf *w, int tag)
{
	return pg_role_name(ELEM(w->tags, valid(w->tags, tag))->role);
}

void
pdf_tags_annot(struct pdf *w, HPDF_Annotation a, guint pg, int tag,
    enum pg_role role)
{
	struct pdf_tags	*t = w->tags;
	gint32		 e = valid(t, tag);
	guint32		 n = t->annots->len;

	if (ELEM(t, e)->role != role) {
		/* an element of its own, where it comes in its parent */
		struct elem el = { 0 };

		el.role = (guint8)role;
		el.inl = 1;
		el.parent = e;
		el.page = -1;
		g_array_append_val(t->elems, el);
		e = (gint32)t->elems->len - 1;
	}
	g_ptr_array_add(t->annots, a);
	g_array_append_val(t->annot_elem, e);
	HPDF_Dict_AddNumber(a, "StructParent", (HPDF_INT32)(w->npages + n));
	add_kid(t, e, KID_OBJR, pg, n);
}

/* A new dictionary, indirect if ind (an object of its own). */
static HPDF_Dict
new_dict(struct pdf *w, int ind)
{
	HPDF_Dict	d = HPDF_Dict_New(w->doc->mmgr);

	if (d != NULL && ind && HPDF_Xref_Add(w->doc->xref, d) != HPDF_OK)
		return NULL;
	return d;
}

/* An indirect object's number. */
static guint32
obj_id(const void *obj)
{
	return ((const HPDF_Obj_Header *)obj)->obj_id & 0x00FFFFFF;
}

/* " N 0 R" of an object. */
static void
append_ref(GString *s, const void *obj)
{
	g_string_append_c(s, ' ');
	pdf_append_uint(s, obj_id(obj));
	g_string_append_len(s, " 0 R", 4);
}

/*
 * An element's entries, written by libharu's write_fn hook: one object
 * an element, its /K written from our arrays.  As libharu dictionaries
 * and arrays, the elements of a long text took several times the
 * memory, and a /K or the parent tree of more than 8191 entries failed
 * (libharu's array limit).
 */
static HPDF_STATUS
write_elem(HPDF_Dict d, HPDF_Stream st)
{
	const struct writing	*wr = d->attr;
	struct pdf		*w = wr->w;
	struct pdf_tags		*t = w->tags;
	const struct elem	*el = ELEM(t, wr->elem);
	GString			*s = g_string_sized_new(128);
	HPDF_STATUS		 ret;
	guint			 i;

	g_string_append_len(s, "/S/", 3);
	g_string_append(s, pg_role_name(el->role));
	g_string_append_len(s, "/P", 2);
	if (el->parent < 0)
		append_ref(s, t->root);
	else
		append_ref(s, ELEM(t, el->parent)->dict);
	if (el->page >= 0) {
		g_string_append(s, "/Pg");
		append_ref(s, w->pages[el->page]);
	}
	if (el->scope != PG_SCOPE_NONE)
		g_string_append_printf(s, "/A<</O/Table/Scope/%s>>",
		    el->scope == PG_SCOPE_ROW ? "Row" : "Column");
	g_string_append(s, "/K[");
	for (i = 0; el->kids != NULL && i < el->kids->len; i++) {
		const struct kid *kd = &g_array_index(el->kids, struct kid, i);

		switch (kd->kind) {
		case KID_ELEM:
			if (ELEM(t, kd->num)->keep)
				append_ref(s, ELEM(t, kd->num)->dict);
			break;
		case KID_MCR:
			/* an MCID of the element's own page is a number */
			if ((gint32)kd->page == el->page) {
				g_string_append_c(s, ' ');
				pdf_append_uint(s, kd->num);
			} else {
				g_string_append(s, "<</Type/MCR/Pg");
				append_ref(s, w->pages[kd->page]);
				g_string_append_len(s, "/MCID ", 6);
				pdf_append_uint(s, kd->num);
				g_string_append_len(s, ">>", 2);
			}
			break;
		case KID_OBJR:
			g_string_append(s, "<</Type/OBJR/Obj");
			append_ref(s, g_ptr_array_index(t->annots, kd->num));
			g_string_append(s, "/Pg");
			append_ref(s, w->pages[kd->page]);
			g_string_append(s, ">>");
			break;
		}
	}
	g_string_append(s, "]\012");
	ret = HPDF_Stream_Write(st, (const HPDF_BYTE *)s->str,
	    (HPDF_UINT)s->len);
	g_string_free(s, TRUE);
	return ret;
}

/* The parent tree's /Nums: each page's MCIDs, then each annotation, to
 * their elements (written as write_elem is). */
static HPDF_STATUS
write_nums(HPDF_Dict d, HPDF_Stream st)
{
	const struct writing	*wr = d->attr;
	struct pdf		*w = wr->w;
	struct pdf_tags		*t = w->tags;
	GString			*s = g_string_sized_new(1024);
	HPDF_STATUS		 ret = HPDF_OK;
	guint			 i, j;

	g_string_append(s, "/Nums[");
	for (i = 0; i < t->mc->len; i++) {
		const GArray *mc = g_ptr_array_index(t->mc, i);

		if (mc == NULL)
			continue;
		pdf_append_uint(s, i);
		g_string_append_c(s, '[');
		for (j = 0; j < mc->len; j++)
			append_ref(s, ELEM(t, g_array_index(mc, gint32,
			    j))->dict);
		g_string_append(s, "]\012");
		if (s->len > 65536) {
			ret = HPDF_Stream_Write(st, (const HPDF_BYTE *)s->str,
			    (HPDF_UINT)s->len);
			g_string_truncate(s, 0);
		}
	}
	for (i = 0; i < t->annots->len; i++) {
		pdf_append_uint(s, w->npages + i);
		append_ref(s, ELEM(t, g_array_index(t->annot_elem, gint32,
		    i))->dict);
		g_string_append_c(s, i % 8 == 7 ? '\012' : ' ');
	}
	g_string_append(s, "]\012");
	if (ret == HPDF_OK)
		ret = HPDF_Stream_Write(st, (const HPDF_BYTE *)s->str,
		    (HPDF_UINT)s->len);
	g_string_free(s, TRUE);
	return ret;
}

/* A new indirect dictionary written by fn, about element i. */
static HPDF_Dict
hooked(struct pdf *w, HPDF_Dict_OnWriteFunc fn, guint i)
{
	struct pdf_tags	*t = w->tags;
	HPDF_Dict	 d = new_dict(w, 1);

	if (d == NULL)
		return NULL;
	d->write_fn = fn;
	d->attr = &g_array_index(t->writing, struct writing, i);
	return d;
}

static int
cmp_id(gconstpointer a, gconstpointer b)
{
	const struct elem *const *x = a, *const *y = b;

	return strcmp((*x)->id, (*y)->id);
}

/* The name tree of the elements' /IDs (a note's "note-3"), in the
 * byte order of the names; NULL when none has one. */
static HPDF_Dict
id_tree(struct pdf *w)
{
	struct pdf_tags	*t = w->tags;
	GPtrArray	*ids = g_ptr_array_new();
	HPDF_Dict	 tree = NULL;
	HPDF_Array	 names;
	guint		 i;

	for (i = 0; i < t->elems->len; i++)
		if (ELEM(t, i)->keep && ELEM(t, i)->id != NULL)
			g_ptr_array_add(ids, ELEM(t, i));
	g_ptr_array_sort(ids, cmp_id);
	for (i = 0; i < ids->len; i++)
		/* the same name twice: the first is kept */
		if (i > 0 && strcmp(((struct elem *)ids->pdata[i])->id,
		    ((struct elem *)ids->pdata[i - 1])->id) == 0)
			g_ptr_array_remove_index(ids, i--);
	if (ids->len > 0 && (tree = new_dict(w, 0)) != NULL &&
	    (names = HPDF_Array_New(w->doc->mmgr)) != NULL) {
		HPDF_Dict_Add(tree, "Names", names);
		for (i = 0; i < ids->len; i++) {
			const struct elem *el = ids->pdata[i];

			HPDF_Array_Add(names, HPDF_String_New(w->doc->mmgr,
			    el->id, NULL));
			HPDF_Array_Add(names, el->dict);
		}
	}
	g_ptr_array_unref(ids);
	return tree;
}

int
pdf_tags_finish(struct pdf *w)
{
	struct pdf_tags	*t = w->tags;
	HPDF_MMgr	 mm = w->doc->mmgr;
	HPDF_Dict	 root, mark, ids, pt;
	guint		 i;

	if (t == NULL)
		return 0;
	/* kept: what has content, and what holds it */
	for (i = t->elems->len; i-- > 0; ) {
		struct elem *el = ELEM(t, i);
		guint k;

		for (k = 0; el->kids != NULL && k < el->kids->len &&
		    !el->keep; k++)
			el->keep = g_array_index(el->kids, struct kid,
			    k).kind != KID_ELEM;
		if (el->keep && el->parent >= 0)
			ELEM(t, el->parent)->keep = 1;
	}
	if (!ELEM(t, 0)->keep)
		return 0;
	/* blocks after their parent's own content, in the order made */
	for (i = 1; i < t->elems->len; i++)
		if (ELEM(t, i)->keep && !ELEM(t, i)->placed) {
			ELEM(t, i)->placed = 1;
			add_kid(t, ELEM(t, i)->parent, KID_ELEM, 0, i);
		}
	t->writing = g_array_sized_new(FALSE, TRUE, sizeof(struct writing),
	    t->elems->len);
	g_array_set_size(t->writing, t->elems->len);
	if ((root = new_dict(w, 1)) == NULL || (pt = hooked(w, write_nums,
	    0)) == NULL)
		return -1;
	t->root = root;
	HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
	for (i = 0; i < t->elems->len; i++) {
		struct elem *el = ELEM(t, i);

		g_array_index(t->writing, struct writing, i).w = w;
		g_array_index(t->writing, struct writing, i).elem = i;
		if (!el->keep)
			continue;
		if ((el->dict = hooked(w, write_elem, i)) == NULL)
			return -1;
		if (el->alt != NULL)
			HPDF_Dict_Add(el->dict, "Alt", pdf_text(w, el->alt));
		if (el->id != NULL)
			HPDF_Dict_Add(el->dict, "ID", HPDF_String_New(mm,
			    el->id, NULL));
	}
	HPDF_Dict_Add(root, "K", ELEM(t, 0)->dict);
	HPDF_Dict_Add(root, "ParentTree", pt);
	HPDF_Dict_AddNumber(root, "ParentTreeNextKey",
	    (HPDF_INT32)(w->npages + t->annots->len));
	for (i = 0; i < t->mc->len; i++)
		if (g_ptr_array_index(t->mc, i) != NULL)
			HPDF_Dict_AddNumber(w->pages[i], "StructParents",
			    (HPDF_INT32)i);
	if ((ids = id_tree(w)) != NULL)
		HPDF_Dict_Add(root, "IDTree", ids);
	HPDF_Dict_Add(w->doc->catalog, "StructTreeRoot", root);
	if ((mark = new_dict(w, 0)) == NULL)
		return -1;
	HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
	HPDF_Dict_Add(w->doc->catalog, "MarkInfo", mark);
	/* the tab order follows the structure; /Tabs is PDF 1.5 */
	for (i = 0; i < w->npages; i++)
		HPDF_Dict_AddName(w->pages[i], "Tabs", "S");
	if (w->doc->pdf_version < HPDF_VER_15)
		w->doc->pdf_version = HPDF_VER_15;
	return pdf_failed(w) ? -1 : 0;
}
