/* SPDX-License-Identifier: MIT */
/*
 * The PDF writer's pages: each page of the model replayed into its
 * content stream (text as TJ arrays with copy-paste spans, paths,
 * images), its links, and the stream compressed once the page is drawn.
 * pdf.c makes the document around them.
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include "msg.h"
#include "pdf.h"
#include "pdf_int.h"

/*
 * What the current page's content stream has set, so that no operator
 * repeats a value already in force.  Text state (font, size, scaling)
 * and colours outlive BT/ET, so this lasts for the whole page.
 */
struct gstate {
	int	 font;		/* index into pp->fonts, -1: none yet */
	double	 size;
	double	 hscale;
	guint32	 fill, stroke;
	double	 width;
	double	 dash[2];
	int	 ndash;
	int	 in_text;	/* inside BT ... ET */
	int	 in_tj;		/* a TJ array is open */
	double	 pen_x, pen_y;	/* where the viewer's pen is in it */
	double	 lx, ly;	/* start of the text line, PDF space */
	int	 span;		/* a span is open: 1 inside the text
				 * object, 2 around text objects, 3 in
				 * place of the element's marked content
				 * (with an MCID of its own) */
	int	 mc;		/* the element whose marked content is
				 * open (0: an artifact), -1: none */
};

static void	 set_fill(HPDF_Page, struct gstate *, guint32);
static void	 set_stroke(HPDF_Page, struct gstate *, guint32);
static double	 round2(double);
static void	 end_tj(HPDF_Page, struct gstate *);
static void	 end_text(HPDF_Page, struct gstate *);
static void	 draw_run(struct pdf *, HPDF_Page, struct gstate *,
		    const struct pg_run *);
static int	 span_reach(const struct pg_flow *, guint);
static void	 span_begin(struct pdf *, HPDF_Page, guint, struct gstate *,
		    const char *, int);
static void	 span_end(HPDF_Page, struct gstate *);
static void	 set_dash(HPDF_Page, struct gstate *, const struct pg_path *);
static int	 is_rect(const struct pg_path *, double *, double *,
		    double *, double *);
static void	 trace(HPDF_Page, const struct pg_path *, guint, double);
static void	 draw_path(struct pdf *, HPDF_Page, struct gstate *,
		    const struct pg_path *);
static void	 draw_image(struct pdf *, HPDF_Page, struct gstate *,
		    const struct pg_image *);
static void	 make_link(struct pdf *, HPDF_Page, guint,
		    const struct pg_item *);

/* s as pdf_next_char() reads it: s itself, or a new string in *tmp. */
static const char *
clean_text(struct pdf *w, const char *s, char **tmp)
{
	const char	*p;
	GString		*out;

	*tmp = NULL;
	for (p = s; *p != '\0'; p++)
		if ((guchar)*p < 0x20 || (guchar)*p == 0x7F ||
		    (guchar)*p >= 0xF0)
			break;
	if (*p == '\0' && g_utf8_validate(s, -1, NULL))
		return s;
	out = g_string_new(NULL);
	for (p = s; *p != '\0'; )
		g_string_append_unichar(out, pdf_next_char(&p, &w->replaced));
	return *tmp = g_string_free(out, FALSE);
}

/* ------------------------------------------------------------------ */
/* Pages                                                                */
/* ------------------------------------------------------------------ */

/* Create every page first, so links can point forward. */
int
pdf_make_pages(struct pdf *w)
{
	guint	 i;

	/* A PDF needs a page: an empty model gives one blank page. */
	w->npages = MAX(w->pp->pages->len, 1);
	w->pages = g_new0(HPDF_Page, w->npages);
	w->content = g_new0(GByteArray *, w->npages);
	for (i = 0; i < w->npages; i++) {
		HPDF_PageAttr	attr;
		HPDF_Stream	st;

		w->pages[i] = HPDF_AddPage(w->doc);
		HPDF_Page_SetWidth(w->pages[i], w->pp->width);
		HPDF_Page_SetHeight(w->pages[i], w->pp->height);
		if (pdf_failed(w))
			return -1;
		/* drawn into a byte array: libharu's memory stream copies
		 * byte by byte (pdf_compress_page hands the array over) */
		w->content[i] = g_byte_array_sized_new(16384);
		if ((st = HPDF_CallbackWriter_New(w->doc->mmgr,
		    pdf_append_bytes, w->content[i])) == NULL)
			return -1;
		attr = w->pages[i]->attr;
		HPDF_Stream_Free(attr->stream);
		attr->stream = attr->contents->stream = st;
	}
	return 0;
}

/* A colour component with three decimals: 1/1000 is below what any
 * device shows, and libharu then writes "0.122", not "0.12157". */
static HPDF_REAL
c3(guint v)
{
	return (HPDF_REAL)(floor(v / 255.0 * 1000 + 0.5) / 1000);
}

/*
 * An operator after its n operands (HPDF_REAL, passed as double), as
 * libharu's operator functions write it (each number by HPDF_FToA, a
 * space after each): the same bytes, without the 512-byte buffer each
 * of those clears byte by byte (a tenth of drawing a page).  libharu's
 * graphics mode stays "page description": images and the compression
 * of a drawn page, which ask for it, see no difference.
 */
static void
op(HPDF_Page page, const char *name, int n, ...)
{
	char	 buf[160], *p = buf, *e = buf + sizeof(buf) - 8;
	va_list	 ap;
	size_t	 k = strlen(name);
	int	 i;

	va_start(ap, n);
	for (i = 0; i < n && i < 6; i++) {
		p = HPDF_FToA(p, (HPDF_REAL)va_arg(ap, double), e);
		*p++ = ' ';
	}
	va_end(ap);
	memcpy(p, name, k);
	p += k;
	*p++ = '\012';
	HPDF_Stream_Write(((HPDF_PageAttr)page->attr)->stream,
	    (const HPDF_BYTE *)buf, (HPDF_UINT)(p - buf));
}

/* Set the fill colour unless in force; grey as one number. */
static void
set_fill(HPDF_Page page, struct gstate *gs, guint32 rgb)
{
	guint	 r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;

	if (gs->fill == rgb)
		return;
	if (r == g && g == b)
		op(page, "g", 1, c3(r));
	else
		op(page, "rg", 3, c3(r), c3(g), c3(b));
	gs->fill = rgb;
}

static void
set_stroke(HPDF_Page page, struct gstate *gs, guint32 rgb)
{
	guint	 r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;

	if (gs->stroke == rgb)
		return;
	if (r == g && g == b)
		op(page, "G", 1, c3(r));
	else
		op(page, "RG", 3, c3(r), c3(g), c3(b));
	gs->stroke = rgb;
}

static void
end_text(HPDF_Page page, struct gstate *gs)
{
	end_tj(page, gs);
	if (gs->in_text) {
		op(page, "ET", 0);
		gs->in_text = 0;
	}
}

/* Round to 1/100 pt: finer than print, and short in the file. */
static double
q8(double v)
{
	return floor(v * 8 + 0.5) / 8;
}

static double
round2(double v)
{
	return (double)(gint64)(v * 100 + (v < 0 ? -0.5 : 0.5)) / 100;
}

/* Close the open TJ array. */
static void
end_tj(HPDF_Page page, struct gstate *gs)
{
	if (gs->in_tj) {
		HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, "]TJ\n");
		gs->in_tj = 0;
	}
}

/* v's four hex digits, upper case, at d (no NUL). */
static void
hex4(char *d, guint v)
{
	static const char digits[] = "0123456789ABCDEF";

	d[0] = digits[v >> 12 & 0xF];
	d[1] = digits[v >> 8 & 0xF];
	d[2] = digits[v >> 4 & 0xF];
	d[3] = digits[v & 0xF];
}

/*
 * A CID's two bytes in a literal string at d, escaped where a string
 * needs it (parentheses, backslash, and the line ends a reader would
 * change); the number of bytes.  Two bytes a glyph, not the four hex
 * digits they were: the content streams are a quarter smaller before
 * compression, compress a little smaller still, and in 40 % less time.
 */
static int
cid_bytes(char *d, guint cid)
{
	guint8	 b[2] = { (guint8)(cid >> 8), (guint8)cid };
	int	 i, n = 0;

	for (i = 0; i < 2; i++) {
		switch (b[i]) {
		case '(':
		case ')':
		case '\\':
			d[n++] = '\\';
			d[n++] = (char)b[i];
			break;
		case '\r':
			d[n++] = '\\';
			d[n++] = 'r';
			break;
		case '\n':
			d[n++] = '\\';
			d[n++] = 'n';
			break;
		default:
			d[n++] = (char)b[i];
			break;
		}
	}
	return n;
}

/* k in decimal at d (no NUL; 21 bytes at most); returns the length.
 * A formatted print per word space cost as much as the rest of it. */
static size_t
decimal(char *d, long k)
{
	char		 tmp[24];
	size_t		 n = 0, len = 0;
	unsigned long	 u = k < 0 ? 0UL - (unsigned long)k : (unsigned long)k;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (k < 0)
		d[len++] = '-';
	while (n > 0)
		d[len++] = tmp[--n];
	return len;
}

/*
 * Append a run's text to the open TJ array as a literal string of CIDs
 * (two bytes each, cid_bytes) and move the pen by its advance in the
 * font's /W widths, which is where the viewer puts the next glyph.  The
 * string is made in a buffer on the stack: a formatted print per glyph
 * was a fifth of all the work on a long text.
 */
static void
tj_text(struct pdf *w, HPDF_Page page, struct gstate *gs,
    const struct pg_run *r)
{
	const struct pdf_font *pf = &w->fonts[r->font];
	HPDF_Stream	 st = ((HPDF_PageAttr)page->attr)->stream;
	char		 buf[512];
	const char	*p, *s;
	char		*tmp;
	size_t		 n = 0;
	long		 adv = 0;

	s = clean_text(w, r->text, &tmp);
	buf[n++] = '(';
	for (p = s; *p != '\0'; ) {
		gunichar c = (guchar)*p < 0x80 ? (guchar)*p :
		    g_utf8_get_char(p);
		guint cid = c < PDF_FONT_LOW && pf->low != NULL ? pf->low[c] :
		    GPOINTER_TO_UINT(g_hash_table_lookup(pf->cid,
		    GUINT_TO_POINTER(c)));

		if (n + 5 > sizeof(buf)) {
			HPDF_Stream_Write(st, (const HPDF_BYTE *)buf,
			    (HPDF_UINT)n);
			n = 0;
		}
		n += cid_bytes(buf + n, cid);
		if (cid < pf->width->len)
			adv += g_array_index(pf->width, int, cid);
		p = g_utf8_next_char(p);
	}
	buf[n++] = ')';
	HPDF_Stream_Write(st, (const HPDF_BYTE *)buf, (HPDF_UINT)n);
	g_free(tmp);
	gs->pen_x += adv / 1000.0 * r->size * r->hscale;
}

/*
 * A run of text.  Runs on one baseline in one font, size, colour and
 * scaling go into one TJ array, the space between words as a number:
 * a third of the bytes of a Td and a Tj per word.  The number is
 * rounded to 1/1000 em; the pen is followed exactly, so the rounding
 * never adds up along a line.
 */
static void
draw_run(struct pdf *w, HPDF_Page page, struct gstate *gs,
    const struct pg_run *r)
{
	double	 dx, dy, y;
	long	 k;
	char	 buf[32];

	if (r->text == NULL || r->text[0] == '\0' || r->size <= 0 ||
	    r->font < 0 || (guint)r->font >= w->pp->fonts->len ||
	    w->fonts[r->font].dict == NULL)
		return;
	y = w->pp->height - r->y;
	if (gs->in_tj && gs->font == r->font && gs->size == r->size &&
	    gs->fill == r->rgb && gs->hscale == r->hscale &&
	    y == gs->pen_y && r->x >= gs->pen_x - r->size) {
		k = lround(-(r->x - gs->pen_x) * 1000 / (r->size * r->hscale));
		if (k != 0) {
			HPDF_Stream_Write(((HPDF_PageAttr)page->attr)->stream,
			    (const HPDF_BYTE *)buf, (HPDF_UINT)decimal(buf, k));
			gs->pen_x -= k / 1000.0 * r->size * r->hscale;
		}
		tj_text(w, page, gs, r);
		return;
	}
	end_tj(page, gs);
	if (!gs->in_text) {
		op(page, "BT", 0);
		gs->in_text = 1;
		gs->lx = gs->ly = 0;
	}
	if (gs->font != r->font || gs->size != r->size) {
		char tf[48];

		/* the font is ours, not libharu's: Tf by hand */
		pdf_font_use(w, page, r->font);
		g_snprintf(tf, sizeof(tf), "/%s %g Tf\n",
		    w->fonts[r->font].res, r->size);
		HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, tf);
		gs->font = r->font;
		gs->size = r->size;
	}
	set_fill(page, gs, r->rgb);
	if (gs->hscale != r->hscale) {
		/* two decimals: 1/10000 of a line is far below a dot */
		op(page, "Tz", 1, (HPDF_REAL)(floor(
		    r->hscale * 10000 + 0.5) / 100));
		gs->hscale = r->hscale;
	}
	dx = round2(r->x - gs->lx);
	dy = round2(y - gs->ly);
	op(page, "Td", 2, (HPDF_REAL)dx, (HPDF_REAL)dy);
	gs->lx += dx;
	gs->ly += dy;
	HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, "[");
	gs->in_tj = 1;
	gs->pen_x = gs->lx;
	gs->pen_y = y;
	tj_text(w, page, gs, r);
}

/*
 * How far the span opened by item k of fl reaches: -1 when its last run
 * is not in the flow (no span then), 1 when its runs are all in one
 * text object, 2 when a path comes between them (the span then holds
 * whole text objects: marked content and BT/ET nest, ISO 32000-1,
 * 14.6).
 */
static int
span_reach(const struct pg_flow *fl, guint k)
{
	const struct pg_item	*it;
	int			 reach = 1;

	for (; k < fl->items->len; k++) {
		it = &g_array_index(fl->items, struct pg_item, k);
		if (it->type == PG_PATH)
			reach = 2;
		else if (it->type == PG_RUN && it->u.run.span_end)
			return reach;
	}
	return -1;
}

/*
 * Open a marked-content span whose text for extractors is actual
 * (/ActualText, UTF-16BE with a byte order mark, as hex; "" gives
 * nothing).  poppler gives that text in place of the glyphs inside the
 * span, so the first part of a hyphenated word copies as the whole word
 * and the second as nothing; mupdf 1.21 ignores it.
 */
static void
span_begin(struct pdf *w, HPDF_Page page, guint pg, struct gstate *gs,
    const char *actual, int reach)
{
	GString		*s = g_string_new(NULL);
	gunichar2	*u;
	glong		 i, n;
	int		 replaced = 0;
	const char	*p;
	GString		*clean = g_string_new(NULL);

	/* a no-break or thin space copies as a space, as poppler gives
	 * it from the glyphs */
	for (p = actual; *p != '\0'; ) {
		gunichar c = pdf_next_char(&p, &replaced);

		g_string_append_unichar(clean, g_unichar_type(c) ==
		    G_UNICODE_SPACE_SEPARATOR ? ' ' : c);
	}
	u = g_utf8_to_utf16(clean->str, -1, NULL, &n, NULL);
	g_string_free(clean, TRUE);
	/* inside an element's marked content: the span takes its place,
	 * with an MCID of the element's (poppler 22 ends the outer
	 * sequence at a nested one's end) */
	if (gs->mc > 0 && w->tags != NULL) {
		end_text(page, gs);
		HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream,
		    "EMC\n");
		reach = 3;
	}
	if (reach >= 2)
		end_text(page, gs);
	else {
		end_tj(page, gs);
		if (!gs->in_text) {
			op(page, "BT", 0);
			gs->in_text = 1;
			gs->lx = gs->ly = 0;
		}
	}
	if (reach == 3)
		g_string_append_printf(s, "/Span<</MCID %d/ActualText<FEFF",
		    pdf_tags_mcid(w, pg, gs->mc));
	else
		g_string_append(s, "/Span<</ActualText<FEFF");
	for (i = 0; u != NULL && i < n; i++) {
		char d[4];

		hex4(d, u[i]);
		g_string_append_len(s, d, 4);
	}
	g_string_append(s, ">>>BDC\n");
	HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, s->str);
	g_string_free(s, TRUE);
	g_free(u);
	gs->span = reach;
}

/* Close the open span. */
static void
span_end(HPDF_Page page, struct gstate *gs)
{
	if (gs->span == 0)
		return;
	if (gs->span >= 2)
		end_text(page, gs);
	else
		end_tj(page, gs);
	HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, "EMC\n");
	/* the element's marked content is closed: the next item opens
	 * it again */
	if (gs->span == 3)
		gs->mc = -1;
	gs->span = 0;
}

/*
 * Set the dash pattern unless in force.  HPDF_Page_SetDash takes whole
 * points only (HPDF_UINT16), so the operator is written directly into
 * the page's content stream.  A pattern of zero length is solid.
 */
static void
set_dash(HPDF_Page page, struct gstate *gs, const struct pg_path *p)
{
	HPDF_PageAttr	 attr = page->attr;
	GString		*s;
	char		 buf[G_ASCII_DTOSTR_BUF_SIZE];
	int		 i, n = CLAMP(p->ndash, 0, 2);

	if (n > 0 && p->dash[0] + (n > 1 ? p->dash[1] : 0) <= 0)
		n = 0;
	if (gs->ndash == n && (n < 1 || gs->dash[0] == p->dash[0]) &&
	    (n < 2 || gs->dash[1] == p->dash[1]))
		return;
	s = g_string_new("[");
	for (i = 0; i < n; i++)
		g_string_append_printf(s, "%s%s", i > 0 ? " " : "",
		    g_ascii_formatd(buf, sizeof(buf), "%.4g", p->dash[i]));
	g_string_append(s, "] 0 d\n");
	HPDF_Stream_WriteStr(attr->stream, s->str);
	g_string_free(s, TRUE);
	gs->ndash = n;
	gs->dash[0] = p->dash[0];
	gs->dash[1] = p->dash[1];
}

/* 1 if p is an axis-aligned rectangle, with its corner and size. */
static int
is_rect(const struct pg_path *p, double *x, double *y, double *wd,
    double *ht)
{
	const struct pg_seg	*s;

	if (p->segs->len != 5)
		return 0;
	s = (const struct pg_seg *)(void *)p->segs->data;
	if (s[0].op != PG_MOVE || s[1].op != PG_LINETO ||
	    s[2].op != PG_LINETO || s[3].op != PG_LINETO ||
	    s[4].op != PG_CLOSE)
		return 0;
	if (!(s[1].y[0] == s[0].y[0] && s[2].x[0] == s[1].x[0] &&
	    s[3].y[0] == s[2].y[0] && s[3].x[0] == s[0].x[0]))
		return 0;
	*x = MIN(s[0].x[0], s[2].x[0]);
	*y = MIN(s[0].y[0], s[2].y[0]);
	*wd = ABS(s[2].x[0] - s[0].x[0]);
	*ht = ABS(s[2].y[0] - s[0].y[0]);
	return 1;
}

/* Trace the segments of p from index i, y flipped against height h. */
static void
trace(HPDF_Page page, const struct pg_path *p, guint i, double h)
{
	const struct pg_seg	*s;

	/* coordinates on a 1/8 pt grid (0.04 mm): exact in the writer's
	 * floats, so they print short ("412.875", not "412.88001") */
	for (; i < p->segs->len; i++) {
		s = &g_array_index(p->segs, struct pg_seg, i);
		switch (s->op) {
		case PG_MOVE:
			op(page, "m", 2, (HPDF_REAL)q8(s->x[0]),
			    (HPDF_REAL)q8(h - s->y[0]));
			break;
		case PG_LINETO:
			op(page, "l", 2, (HPDF_REAL)q8(s->x[0]),
			    (HPDF_REAL)q8(h - s->y[0]));
			break;
		case PG_CURVE:
			op(page, "c", 6, (HPDF_REAL)q8(s->x[0]),
			    (HPDF_REAL)q8(h - s->y[0]), (HPDF_REAL)q8(s->x[1]),
			    (HPDF_REAL)q8(h - s->y[1]), (HPDF_REAL)q8(s->x[2]),
			    (HPDF_REAL)q8(h - s->y[2]));
			break;
		case PG_CLOSE:
			op(page, "h", 0);
			break;
		}
	}
}

/* Draw a path with its style; y flips to PDF space. */
static void
draw_path(struct pdf *w, HPDF_Page page, struct gstate *gs,
    const struct pg_path *p)
{
	double	 h = w->pp->height, x, y, wd, ht;
	guint	 i;

	if (p->segs == NULL || (!p->do_fill && !p->do_stroke))
		return;
	/* A path opens with a move: skip what comes before. */
	for (i = 0; i < p->segs->len; i++)
		if (g_array_index(p->segs, struct pg_seg, i).op == PG_MOVE)
			break;
	if (i == p->segs->len)
		return;
	end_text(page, gs);
	if (p->do_fill)
		set_fill(page, gs, p->fill);
	if (p->do_stroke) {
		set_stroke(page, gs, p->stroke);
		if (gs->width != p->width) {
			op(page, "w", 1, (HPDF_REAL)p->width);
			gs->width = p->width;
		}
		set_dash(page, gs, p);
	}
	if (is_rect(p, &x, &y, &wd, &ht))
		op(page, "re", 4, (HPDF_REAL)x, (HPDF_REAL)(h - y - ht),
		    (HPDF_REAL)wd, (HPDF_REAL)ht);
	else
		trace(page, p, i, h);
	if (p->do_fill && p->do_stroke)
		op(page, "B", 0);
	else if (p->do_fill)
		op(page, "f", 0);
	else
		op(page, "S", 0);
}

/*
 * An image XObject drawn into its rectangle: a JPEG embedded as it is
 * (its header was checked by image.c as libharu reads it), decoded
 * samples as a Flate-compressed raw image.  q/cm/Do/Q keeps the
 * graphics state the cache in gs knows.
 */
static void
draw_image(struct pdf *w, HPDF_Page page, struct gstate *gs,
    const struct pg_image *im)
{
	HPDF_Image	 img;
	gsize		 len;
	const HPDF_BYTE	*data;

	if (im->data == NULL || im->w <= 0 || im->h <= 0)
		return;
	end_text(page, gs);
	data = g_bytes_get_data(im->data, &len);
	if (im->kind == PG_IMAGE_JPEG)
		img = HPDF_LoadJpegImageFromMem(w->doc, data, (HPDF_UINT)len);
	else
		img = HPDF_LoadRawImageFromMem(w->doc, data, im->width,
		    im->height, im->components == 1 ? HPDF_CS_DEVICE_GRAY :
		    HPDF_CS_DEVICE_RGB, 8);
	if (img == NULL)
		return;
	HPDF_Page_DrawImage(page, img, q8(im->x), q8(w->pp->height - im->y -
	    im->h), q8(im->w), q8(im->h));
}

/* A link annotation without border; one to an unknown anchor (and no
 * URI) is skipped. */
static void
make_link(struct pdf *w, HPDF_Page page, guint pg, const struct pg_item *it)
{
	const struct pg_link	*l = &it->u.link;
	HPDF_Rect		 rect;
	HPDF_Annotation		 annot;
	HPDF_Destination	 dst;
	const struct dest	*d;
	char			*uri;
	double			 h = w->pp->height;

	rect.left = pdf_q4(MIN(l->x0, l->x1));
	rect.right = pdf_q4(MAX(l->x0, l->x1));
	rect.bottom = pdf_q4(h - MAX(l->y0, l->y1));
	rect.top = pdf_q4(h - MIN(l->y0, l->y1));
	if (l->dest != NULL &&
	    (d = g_hash_table_lookup(w->anchors, l->dest)) != NULL) {
		if ((dst = pdf_dest(w, d->page, d->y)) == NULL)
			return;
		annot = HPDF_Page_CreateLinkAnnot(page, rect, dst);
	} else if (l->uri != NULL) {
		/* A URI is ASCII: percent-encode the rest. */
		uri = g_uri_escape_string(l->uri, "!#$%&'()*+,/:;=?@[]~",
		    FALSE);
		annot = HPDF_Page_CreateURILinkAnnot(page, rect, uri);
		g_free(uri);
	} else
		return;
	if (annot != NULL) {
		HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
		pdf_annot_common(annot, PDF_ANNOT_PRINT);
		if (w->tags != NULL) {
			/* what a screen reader says of it */
			if (l->text != NULL || l->uri != NULL)
				HPDF_Dict_Add(annot, "Contents", pdf_text(w,
				    l->text != NULL ? l->text : l->uri));
			pdf_tags_annot(w, annot, pg, it->tag, PG_S_LINK);
		}
	}
}

/* Close the open marked content (of an element or an artifact). */
static void
mc_end(HPDF_Page page, struct gstate *gs)
{
	if (gs->span == 3) {
		span_end(page, gs);
		return;
	}
	if (gs->mc < 0)
		return;
	span_end(page, gs);
	end_text(page, gs);
	HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, "EMC\n");
	gs->mc = -1;
}

/*
 * Before drawing an item of element tag (0: page furniture) on page
 * pg: open its marked content unless open.  Marked content holds whole
 * text objects, and a copy-paste span inside it.  An artifact's path
 * drawn inside a span (a link's rule under a word broken over a line)
 * stays in the open content rather than cut the span.
 */
static void
mc_begin(struct pdf *w, HPDF_Page page, guint pg, struct gstate *gs,
    const struct pg_item *it)
{
	char	buf[64];

	if (w->tags == NULL || it->tag == gs->mc ||
	    (it->tag == 0 && it->type == PG_PATH && gs->span != 0))
		return;
	mc_end(page, gs);
	if (it->tag == 0)
		HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream,
		    "/Artifact BMC\n");
	else {
		g_snprintf(buf, sizeof(buf), "/%s<</MCID %d>>BDC\n",
		    pdf_tags_role(w, it->tag), pdf_tags_mcid(w, pg,
		    it->tag));
		HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream,
		    buf);
	}
	gs->mc = it->tag;
}

/* 1 if the item draws anything (as draw_run, draw_path, draw_image). */
static int
draws(const struct pdf *w, const struct pg_item *it)
{
	const struct pg_run *r = &it->u.run;

	switch (it->type) {
	case PG_RUN:
		return r->text != NULL && r->text[0] != '\0' &&
		    r->size > 0 && r->font >= 0 &&
		    (guint)r->font < w->pp->fonts->len &&
		    w->fonts[r->font].dict != NULL;
	case PG_PATH:
		return it->u.path.segs != NULL && (it->u.path.do_fill ||
		    it->u.path.do_stroke);
	case PG_IMAGE:
		return it->u.image.data != NULL;
	default:
		return 0;
	}
}

/*
 * 1 if a space follows run k of fl: the next run starts further on the
 * line, or on another line when this one does not end a word broken
 * there (its /ActualText says the whole word) or with a hyphen.  A
 * tagged PDF draws the space, for the structure's text is read from
 * the glyphs of each element's marked content.
 */
static int
space_after(const struct pg_flow *fl, guint k)
{
	const struct pg_run	*r = &g_array_index(fl->items, struct pg_item,
	    k).u.run, *n;
	size_t			 len = r->text != NULL ? strlen(r->text) : 0;

	if (len == 0 || r->text[len - 1] == ' ')
		return 0;
	for (k++; k < fl->items->len; k++)
		if (g_array_index(fl->items, struct pg_item, k).type ==
		    PG_RUN)
			break;
	if (k == fl->items->len)
		return 1;
	n = &g_array_index(fl->items, struct pg_item, k).u.run;
	/* one line (a note's number stands higher) */
	if (fabs(n->y - r->y) < MAX(r->size, n->size) * 0.8)
		return n->x - (r->x + r->width) > MIN(r->size, n->size) *
		    0.12;
	return r->actual == NULL && r->text[len - 1] != '-' &&
	    !g_str_has_suffix(r->text, "\xe2\x80\x90") &&
	    !(n->actual != NULL && n->actual[0] == '\0');
}

/* A space after run r, where the pen stands: copied text has its words
 * apart. */
static void
draw_space(struct pdf *w, HPDF_Page page, struct gstate *gs,
    const struct pg_run *r)
{
	struct pg_run	sp = *r;

	sp.text = (char *)" ";
	sp.actual = NULL;
	sp.x = gs->in_tj && gs->pen_y == w->pp->height - r->y ? gs->pen_x :
	    r->x + r->width;
	draw_run(w, page, gs, &sp);
}

/* Replay page index i: flows in order, then its links. */
int
pdf_draw_page(struct pdf *w, guint i)
{
	const GPtrArray		*flows = w->flows;
	const struct pg_flow	*fl;
	const struct pg_item	*it;
	HPDF_Page		 page = w->pages[i];
	struct gstate		 gs;
	guint			 j, k;

	if (flows == NULL)
		return 0;
	memset(&gs, 0, sizeof(gs));
	gs.font = -1;
	gs.hscale = 1;
	gs.width = 1;
	gs.mc = -1;
	for (j = 0; j < flows->len; j++) {
		fl = g_ptr_array_index(flows, j);
		for (k = 0; k < fl->items->len; k++) {
			it = &g_array_index(fl->items, struct pg_item, k);
			if (draws(w, it))
				mc_begin(w, page, i, &gs, it);
			if (it->type == PG_RUN) {
				int reach;

				if (it->u.run.actual != NULL && gs.span == 0 &&
				    (reach = span_reach(fl, k)) > 0)
					span_begin(w, page, i, &gs,
					    it->u.run.actual, reach);
				draw_run(w, page, &gs, &it->u.run);
				if (it->u.run.span_end)
					span_end(page, &gs);
				if (w->tags != NULL && space_after(fl, k)) {
					mc_begin(w, page, i, &gs, it);
					draw_space(w, page, &gs, &it->u.run);
				}
			} else if (it->type == PG_PATH)
				draw_path(w, page, &gs, &it->u.path);
			else if (it->type == PG_IMAGE)
				draw_image(w, page, &gs, &it->u.image);
		}
		/* a span never leaves its flow, nor marked content */
		span_end(page, &gs);
		mc_end(page, &gs);
		if (pdf_failed(w))
			return -1;
	}
	end_text(page, &gs);
	for (j = 0; j < flows->len; j++) {
		fl = g_ptr_array_index(flows, j);
		for (k = 0; k < fl->items->len; k++) {
			it = &g_array_index(fl->items, struct pg_item, k);
			if (it->type == PG_LINK)
				make_link(w, page, i, it);
		}
	}
	if (pdf_notes(w, i) != 0)
		return -1;
	return pdf_failed(w) ? -1 : 0;
}

/*
 * A page's content compressed on a thread of its own: its bytes, copied
 * out of libharu's stream (libharu is not thread-safe), deflated as
 * libharu's FlateDecode filter does (zlib's default level: the same
 * bytes), then written into the page's new stream by the main thread.
 */
struct pdf_zjob {
	HPDF_Stream	 dest;		/* the page's stream, empty */
	guint8		*in;
	gsize		 in_len;
	GBytes		*out;		/* NULL: failed */
	guint8		 digest[16];	/* MD5 of in, for the document ID */
	struct pdf	*w;		/* its zlock and zcond, which outlive
					 * the job and the pool's thread */
	int		 done;
};

/* The MD5 digest of a page's content, into the document ID's. */
static void
page_digest(const guint8 *data, gsize len, guint8 digest[16])
{
	GChecksum	*ck = g_checksum_new(G_CHECKSUM_MD5);
	gsize		 n = 16;

	g_checksum_update(ck, data, (gssize)len);
	g_checksum_get_digest(ck, digest, &n);
	g_checksum_free(ck);
}

static void
zjob_run(gpointer p, gpointer unused)
{
	struct pdf_zjob	*j = p;

	(void)unused;
	page_digest(j->in, j->in_len, j->digest);
	j->out = pdf_deflate(j->in, j->in_len);
	g_clear_pointer(&j->in, g_free);
	g_mutex_lock(&j->w->zlock);
	j->done = 1;
	g_cond_signal(&j->w->zcond);
	g_mutex_unlock(&j->w->zlock);
}

int
pdf_compress_wait(struct pdf *w)
{
	struct pdf_zjob	*j = w->zjob;
	int		 r = 0;

	if (j == NULL)
		return 0;
	w->zjob = NULL;
	g_mutex_lock(&w->zlock);
	while (!j->done)
		g_cond_wait(&w->zcond, &w->zlock);
	g_mutex_unlock(&w->zlock);
	g_checksum_update(w->ck, j->digest, sizeof(j->digest));
	if (j->out == NULL || (g_bytes_get_size(j->out) > 0 &&
	    HPDF_Stream_Write(j->dest, g_bytes_get_data(j->out, NULL),
	    (HPDF_UINT)g_bytes_get_size(j->out)) != HPDF_OK))
		r = -1;
	if (j->out != NULL)
		g_bytes_unref(j->out);
	g_free(j);
	return r != 0 || pdf_failed(w) ? -1 : 0;
}

/*
 * Compress page i's content stream once it is drawn, as libharu would
 * (and its MD5 digest made, for the document ID: see hash_page)
 * when saving (the same deflate, the same bytes): libharu holds every
 * page's stream until then, and at 200 times the example's body the
 * streams were 4 MB, a tenth of the peak.  The deflate runs on a thread
 * while the next page is drawn (the previous page's is waited for
 * first: one at a time, one page's bytes held).  Left to libharu if the
 * page is not closed (a text or path object or a saved state still
 * open).
 */
int
pdf_compress_page(struct pdf *w, guint i)
{
	HPDF_PageAttr	 attr = w->pages[i]->attr;
	HPDF_Stream	 st;
	struct pdf_zjob	*j;
	GByteArray	*c = w->content[i];
	int		 flate;

	if (pdf_compress_wait(w) != 0)
		return -1;
	/* the page's new stream: the deflated bytes (pdf_compress_wait),
	 * or, if the page is not closed, the bytes as drawn, left to
	 * libharu (a memory stream: libharu reads it when saving) */
	if ((st = HPDF_MemStream_New(w->doc->mmgr, HPDF_STREAM_BUF_SIZ)) ==
	    NULL)
		return -1;
	flate = attr->gmode == HPDF_GMODE_PAGE_DESCRIPTION &&
	    (attr->gstate == NULL || attr->gstate->prev == NULL) &&
	    attr->contents->filter == HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Stream_Free(attr->stream);
	attr->stream = attr->contents->stream = st;
	w->content[i] = NULL;
	if (!flate) {
		guint8	d[16];

		page_digest(c->data, c->len, d);
		g_checksum_update(w->ck, d, sizeof(d));
		HPDF_Stream_Write(st, c->data, c->len);
		g_byte_array_unref(c);
		return pdf_failed(w) ? -1 : 0;
	}
	j = g_new0(struct pdf_zjob, 1);
	j->in_len = c->len;
	j->in = g_byte_array_free(c, FALSE);
	attr->contents->filter = HPDF_STREAM_FILTER_NONE;
	attr->contents->write_fn = pdf_write_flate;
	j->dest = st;
	j->w = w;
	if (w->zpool == NULL)
		w->zpool = g_thread_pool_new(zjob_run, NULL, 1, FALSE, NULL);
	g_thread_pool_push(w->zpool, j, NULL);
	w->zjob = j;
	return pdf_failed(w) ? -1 : 0;
}
