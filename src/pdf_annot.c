/* SPDX-License-Identifier: MIT */
/*
 * The notes of a page as annotations: a sticky note (Text) at each
 * glossary note's number, a highlight over the term's glyphs with one
 * quad per line.  Every annotation gets an appearance stream of our own
 * and the print flag, so that screen, paper and PDF/A agree: readers
 * draw no icon of their own over the text.
 */
#include <math.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "pdf_int.h"

/* The highlight: a pale marker yellow, multiplied with the text under
 * it; light grey on a grey printer. */
#define HL_R	1.0
#define HL_G	0.94
#define HL_B	0.66

/* The accent of the sticky notes' mark, as in typeset_int.h. */
#define NOTE_R	(0x1F / 255.0)
#define NOTE_G	(0x4E / 255.0)
#define NOTE_B	(0x79 / 255.0)

/* One line's part of a term, PDF space. */
struct quad {
	double	 x0, y0, x1, y1;	/* bottom-left, top-right */
};

static void
add_reals(HPDF_Array a, const double *v, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		HPDF_Array_AddReal(a, (HPDF_REAL)pdf_q4(v[i]));
}

static void
set_rect(HPDF_Rect *r, double x0, double y0, double x1, double y1)
{
	r->left = (HPDF_REAL)pdf_q4(x0);
	r->bottom = (HPDF_REAL)pdf_q4(y0);
	r->right = (HPDF_REAL)pdf_q4(x1);
	r->top = (HPDF_REAL)pdf_q4(y1);
}

/*
 * A form XObject for an appearance: bbox in the annotation's space,
 * content ops.  multiply: the ops may use /M as a Multiply blend state.
 * Tiny streams stay uncompressed: a Flate header costs more than it
 * saves.
 */
static HPDF_Dict
form(struct pdf *w, const double *bbox, const char *ops, int multiply)
{
	HPDF_Dict	f;
	HPDF_Array	a;

	if ((f = pdf_stream(w, ops, strlen(ops), strlen(ops) > 200)) ==
	    NULL)
		return NULL;
	HPDF_Dict_AddName(f, "Type", "XObject");
	HPDF_Dict_AddName(f, "Subtype", "Form");
	if ((a = HPDF_Array_New(w->doc->mmgr)) == NULL)
		return NULL;
	HPDF_Dict_Add(f, "BBox", a);
	add_reals(a, bbox, 4);
	if (multiply) {
		/* one resource dictionary for all highlights */
		if (w->multiply == NULL) {
			HPDF_Dict gs = HPDF_Dict_New(w->doc->mmgr);
			HPDF_Dict m = HPDF_Dict_New(w->doc->mmgr);

			w->multiply = HPDF_Dict_New(w->doc->mmgr);
			if (gs == NULL || m == NULL || w->multiply == NULL ||
			    HPDF_Xref_Add(w->doc->xref, w->multiply) !=
			    HPDF_OK)
				return NULL;
			HPDF_Dict_AddName(m, "BM", "Multiply");
			HPDF_Dict_Add(gs, "M", m);
			HPDF_Dict_Add(w->multiply, "ExtGState", gs);
		}
		HPDF_Dict_Add(f, "Resources", w->multiply);
	}
	return f;
}

static void
set_appearance(struct pdf *w, HPDF_Annotation annot, HPDF_Dict f)
{
	HPDF_Dict	ap;

	if (f == NULL || (ap = HPDF_Dict_New(w->doc->mmgr)) == NULL)
		return;
	HPDF_Dict_Add(ap, "N", f);
	HPDF_Dict_Add(annot, "AP", ap);
}

static void
set_color(struct pdf *w, HPDF_Annotation annot, double r, double g,
    double b)
{
	HPDF_Array	c = HPDF_Array_New(w->doc->mmgr);
	double		v[3] = { r, g, b };

	int		i;

	if (c == NULL)
		return;
	HPDF_Dict_Add(annot, "C", c);
	/* colours keep two decimals, not the quarter points of add_reals */
	for (i = 0; i < 3; i++)
		HPDF_Array_AddReal(c, (HPDF_REAL)(floor(v[i] * 100 + 0.5) /
		    100));
}

/*
 * The sticky note of a glossary note at its number.  Its appearance, a
 * short accent bar under the number, is one form shared by all: a
 * reader scales the form's unit box to each note's rectangle.
 */
static HPDF_Annotation
sticky(struct pdf *w, HPDF_Page page, const struct pg_note *n)
{
	static const double	 unit[4] = { 0, 0, 1, 1 };
	double			 h = w->pp->height;
	HPDF_Rect		 r;
	HPDF_Annotation		 a;

	set_rect(&r, n->x0, h - n->y1, n->x1, h - n->y0);
	if ((a = HPDF_Page_CreateTextAnnot(page, r, "", NULL)) == NULL)
		return NULL;
	HPDF_Dict_Add(a, "Contents", pdf_text(w, n->text));
	if (n->subject != NULL)
		HPDF_Dict_Add(a, "Subj", pdf_text(w, n->subject));
	pdf_annot_common(a, PDF_ANNOT_PRINT | PDF_ANNOT_NOZOOM |
	    PDF_ANNOT_NOROTATE);
	if (w->call_ap == NULL) {
		char ops[64];

		g_snprintf(ops, sizeof(ops), "%.3f %.3f %.3f rg 0 0 1 .08 re f",
		    NOTE_R, NOTE_G, NOTE_B);
		w->call_ap = form(w, unit, ops, 0);
	}
	set_appearance(w, a, w->call_ap);
	return a;
}

/* The highlight of one term: one quad per line it stands on. */
static HPDF_Annotation
highlight(struct pdf *w, HPDF_Page page, const GArray *quads)
{
	const struct quad	*q;
	HPDF_Annotation		 a;
	HPDF_Array		 qp;
	HPDF_Rect		 r;
	GString			*ops;
	double			 bb[4], v[8];
	guint			 i;

	q = &g_array_index(quads, struct quad, 0);
	bb[0] = q->x0;
	bb[1] = q->y0;
	bb[2] = q->x1;
	bb[3] = q->y1;
	for (i = 1; i < quads->len; i++) {
		q = &g_array_index(quads, struct quad, i);
		bb[0] = MIN(bb[0], q->x0);
		bb[1] = MIN(bb[1], q->y0);
		bb[2] = MAX(bb[2], q->x1);
		bb[3] = MAX(bb[3], q->y1);
	}
	set_rect(&r, bb[0], bb[1], bb[2], bb[3]);
	a = HPDF_Page_CreateHighlightAnnot(page, r, "", NULL);
	if (a == NULL || (qp = HPDF_Array_New(w->doc->mmgr)) == NULL)
		return NULL;
	HPDF_Dict_RemoveElement(a, "Contents");
	HPDF_Dict_Add(a, "QuadPoints", qp);
	ops = g_string_new(NULL);
	g_string_append_printf(ops, "/M gs %.2f %.2f %.2f rg", HL_R, HL_G,
	    HL_B);
	for (i = 0; i < quads->len; i++) {
		q = &g_array_index(quads, struct quad, i);
		/* top-left, top-right, bottom-left, bottom-right */
		v[0] = q->x0;
		v[1] = q->y1;
		v[2] = q->x1;
		v[3] = q->y1;
		v[4] = q->x0;
		v[5] = q->y0;
		v[6] = q->x1;
		v[7] = q->y0;
		add_reals(qp, v, 8);
		g_string_append_printf(ops, " %.2f %.2f %.2f %.2f re",
		    q->x0, q->y0, q->x1 - q->x0, q->y1 - q->y0);
	}
	g_string_append(ops, " f");
	pdf_annot_common(a, PDF_ANNOT_PRINT);
	set_color(w, a, HL_R, HL_G, HL_B);
	set_appearance(w, a, form(w, bb, ops->str, 1));
	g_string_free(ops, TRUE);
	return a;
}

/* Add a glyph box to the quads of its note; boxes of one line merge. */
static void
add_box(GArray *quads, const struct pg_note *n, double h)
{
	struct quad	 b = { n->x0, h - n->y1, n->x1, h - n->y0 };
	guint		 i;

	for (i = 0; i < quads->len; i++) {
		struct quad *q = &g_array_index(quads, struct quad, i);

		if (q->y0 == b.y0 && q->y1 == b.y1) {
			q->x0 = MIN(q->x0, b.x0);
			q->x1 = MAX(q->x1, b.x1);
			return;
		}
	}
	g_array_append_val(quads, b);
}

int
pdf_notes(struct pdf *w, guint i)
{
	const GPtrArray		*flows = w->flows;
	HPDF_Page		 page = w->pages[i];
	GHashTable		*terms;	/* num -> GArray of struct quad */
	GArray			*order;	/* int: nums in first-seen order */
	GArray			*tags;	/* int: the element of each's first
					 * box */
	HPDF_Annotation		 a;
	guint			 j, k;

	if (flows == NULL)
		return 0;
	terms = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    (GDestroyNotify)g_array_unref);
	order = g_array_new(FALSE, FALSE, sizeof(int));
	tags = g_array_new(FALSE, FALSE, sizeof(int));
	for (j = 0; j < flows->len; j++) {
		const struct pg_flow *fl = g_ptr_array_index(flows, j);

		for (k = 0; k < fl->items->len; k++) {
			const struct pg_item *it = &g_array_index(fl->items,
			    struct pg_item, k);
			const struct pg_note *n = &it->u.note;
			GArray *q;

			if (it->type != PG_NOTE)
				continue;
			if (n->kind == PG_NOTE_CALL) {
				/* in the tree where the note is called */
				if (n->text != NULL &&
				    (a = sticky(w, page, n)) != NULL &&
				    w->tags != NULL)
					pdf_tags_annot(w, a, i, it->tag,
					    PG_S_ANNOT);
				continue;
			}
			q = g_hash_table_lookup(terms, GINT_TO_POINTER(n->num));
			if (q == NULL) {
				q = g_array_new(FALSE, FALSE,
				    sizeof(struct quad));
				g_hash_table_insert(terms,
				    GINT_TO_POINTER(n->num), q);
				g_array_append_val(order, n->num);
				g_array_append_val(tags, it->tag);
			}
			add_box(q, n, w->pp->height);
		}
	}
	for (j = 0; j < order->len; j++)
		if ((a = highlight(w, page, g_hash_table_lookup(terms,
		    GINT_TO_POINTER(g_array_index(order, int, j))))) != NULL &&
		    w->tags != NULL)
			pdf_tags_annot(w, a, i, g_array_index(tags, int, j),
			    PG_S_ANNOT);
	g_array_unref(order);
	g_array_unref(tags);
	g_hash_table_destroy(terms);
	return pdf_failed(w) ? -1 : 0;
}
