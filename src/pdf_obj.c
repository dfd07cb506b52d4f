/* SPDX-License-Identifier: MIT */
/*
 * The PDF writer's primitives, below every other file of it: libharu's
 * errors, text strings, streams, destinations and the walk over the
 * page model's items.  They call nothing of the writer's: pdf_tags.c,
 * pdf_font.c, pdf_annot.c, pdf_archive.c and pdf_page.c call down to
 * them, and pdf.c, which makes the document, calls all of those.
 */
#include <math.h>
#include <string.h>

#include <glib.h>
#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include "msg.h"
#include "pdf.h"
#include "pdf_int.h"

/*
 * 1 if libharu failed.  Internal calls (font loading) set the error
 * without calling the handler, so look at the document's error too.
 */
int
pdf_failed(struct pdf *w)
{
	if (w->error_no == 0 && HPDF_GetError(w->doc) != HPDF_OK) {
		w->error_no = HPDF_GetError(w->doc);
		w->detail_no = HPDF_GetErrorDetail(w->doc);
	}
	return w->error_no != 0;
}

/* Report the recorded libharu error about what (a file name). */
void
pdf_report_lib(struct pdf *w, const char *what)
{
	const char	*s;

	switch (w->error_no) {
	case HPDF_FAILD_TO_ALLOC_MEM:
		s = "out of memory";
		break;
	case HPDF_PAGE_INVALID_SIZE:
		s = "page size out of range";
		break;
	case HPDF_PAGE_INVALID_FONT_SIZE:
		s = "font size out of range";
		break;
	case HPDF_INVALID_DATE_TIME:
		s = "invalid creation date";
		break;
	case HPDF_TTF_CANNOT_EMBEDDING_FONT:
		s = "font licence forbids embedding";
		break;
	case HPDF_TTF_INVALID_CMAP:
		s = "font has no Unicode cmap";
		break;
	case HPDF_TTF_INVALID_FOMAT:
	case HPDF_INVALID_FONTDEF_DATA:
		s = "not a TrueType font";
		break;
	case HPDF_TTF_MISSING_TABLE:
		s = "font lacks a required table";
		break;
	case HPDF_DUPLICATE_REGISTRATION:
	case HPDF_FONT_EXISTS:
		s = "two fonts have the same PostScript name";
		break;
	case HPDF_ZLIB_ERROR:
		s = "compression failed";
		break;
	default:
		s = NULL;
		break;
	}
	if (w->error_no == 0)
		msg_at(NULL, NULL, MSG_ERROR, "%s: libharu failed", what);
	else if (s != NULL)
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s (libharu error 0x%04X)",
		    what, s, (unsigned)w->error_no);
	else
		msg_at(NULL, NULL, MSG_ERROR,
		    "%s: libharu error 0x%04X, detail %u", what,
		    (unsigned)w->error_no, (unsigned)w->detail_no);
}

/*
 * Report a GLib file error as "path: reason": GLib's messages name the
 * temporary file and end with ": strerror", keep that end.
 */
void
pdf_report_gerror(const char *path, GError *err)
{
	const char	*s, *p;

	s = err->message;
	while ((p = strstr(s, ": ")) != NULL)
		s = p + 2;
	msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path, s);
	g_error_free(err);
}

/* ------------------------------------------------------------------ */
/* Text                                                                 */
/* ------------------------------------------------------------------ */

/*
 * The next code point of *s as it will be drawn, moving *s past it.
 * libharu's UTF-8 encoder draws code points above U+FFFF as spaces:
 * those, and invalid bytes, become U+FFFD and set *replaced.  Control
 * characters, which have no glyph, become spaces.
 */
gunichar
pdf_next_char(const char **s, int *replaced)
{
	gunichar	 c;

	c = g_utf8_get_char_validated(*s, -1);
	if (c == (gunichar)-1 || c == (gunichar)-2) {
		(*s)++;
		*replaced = 1;
		return 0xFFFD;
	}
	*s = g_utf8_next_char(*s);
	if (c > 0xFFFF) {
		*replaced = 1;
		return 0xFFFD;
	}
	return c < 0x20 || c == 0x7F ? ' ' : c;
}

/* pdf_each_item()'s callback and page, for pg_flow_each(). */
struct each {
	void	(*fn)(const struct pg_item *, guint, void *);
	guint	 page;
	void	*arg;
};

static void
each_one(const struct pg_item *it, void *arg)
{
	const struct each	*e = arg;

	e->fn(it, e->page, e->arg);
}

/*
 * Call fn(item, page index, arg) on every item of every page, in
 * reading order.
 */
void
pdf_each_item(const struct pages *pp,
    void (*fn)(const struct pg_item *, guint, void *), void *arg)
{
	const struct page	*pg;
	struct each		 e = { fn, 0, arg };
	guint			 j;

	for (e.page = 0; e.page < pp->pages->len; e.page++) {
		pg = g_ptr_array_index(pp->pages, e.page);
		for (j = 0; j < pg->flows->len; j++)
			pg_flow_each(g_ptr_array_index(pg->flows, j),
			    each_one, &e);
	}
}

/*
 * UTF-8 as PDFDocEncoding, the 8-bit text encoding of PDF strings, or
 * NULL when a character has no code there.  A title in PDFDocEncoding
 * takes a quarter of the bytes of the UTF-16 hex libharu writes.
 */
char *
pdf_doc_bytes(const char *utf8)
{
	/* PDFDocEncoding 0x80-0x9E and 0xA0 (ISO 32000-1, D.2) */
	static const gunichar	 hi[] = {
		0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192,
		0x2044, 0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C,
		0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02,
		0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142,
		0x0153, 0x0161, 0x017E
	};
	GString			*out = g_string_new(NULL);
	const char		*p;
	size_t			 i;

	for (p = utf8; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (c == 0x20AC) {
			g_string_append_c(out, (char)0xA0);
			continue;
		}
		if ((c >= 0x20 && c < 0x7F) || (c > 0xA0 && c <= 0xFF &&
		    c != 0xAD)) {
			g_string_append_c(out, (char)c);
			continue;
		}
		for (i = 0; i < G_N_ELEMENTS(hi); i++)
			if (hi[i] == c)
				break;
		if (i == G_N_ELEMENTS(hi)) {
			g_string_free(out, TRUE);
			return NULL;
		}
		g_string_append_c(out, (char)(0x80 + i));
	}
	return g_string_free(out, FALSE);
}

void *
pdf_utf16(struct pdf *w, const char *utf8)
{
	gunichar2	*u;
	glong		 n, i;
	guint8		*b;
	void		*s;

	/* as libharu's UTF-8 encoder writes it, without making one: its
	 * tables took 1.4 M instructions a document */
	u = g_utf8_to_utf16(utf8, -1, NULL, &n, NULL);
	b = g_malloc(2 * (gsize)n + 2);
	b[0] = 0xFE;
	b[1] = 0xFF;
	for (i = 0; u != NULL && i < n; i++) {
		b[2 + 2 * i] = (guint8)(u[i] >> 8);
		b[3 + 2 * i] = (guint8)u[i];
	}
	s = HPDF_Binary_New(w->doc->mmgr, b, u != NULL ?
	    (HPDF_UINT)(2 * n + 2) : 2);
	g_free(b);
	g_free(u);
	return s;
}

void *
pdf_text(struct pdf *w, const char *utf8)
{
	char		*b = pdf_doc_bytes(utf8);
	void		*s;

	if (b != NULL)
		s = HPDF_String_New(w->doc->mmgr, b, NULL);
	else
		s = pdf_utf16(w, utf8);
	g_free(b);
	return s;
}

HPDF_Dict
pdf_stream(struct pdf *w, const void *data, size_t len, int compress)
{
	HPDF_Dict	d = HPDF_DictStream_New(w->doc->mmgr, w->doc->xref);

	if (d == NULL)
		return NULL;
	if (compress)
		d->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (len > 0 && HPDF_Stream_Write(d->stream, data, (HPDF_UINT)len) !=
	    HPDF_OK)
		return NULL;
	return d;
}

double
pdf_q4(double v)
{
	return floor(v * 4 + 0.5) / 4;
}

void
pdf_annot_common(HPDF_Annotation a, int flags)
{
	/* the page holds the annotation: /P says it again, optionally */
	HPDF_Dict_RemoveElement(a, "P");
	HPDF_Dict_AddNumber(a, "F", flags);
}

/*
 * A destination showing page index pg with y (from the top) at the top
 * of the window, zoom unchanged (0, which HPDF_Destination_SetXYZ
 * refuses).
 */
HPDF_Destination
pdf_dest(struct pdf *w, guint pg, double y)
{
	HPDF_Destination	 dst;
	double			 top;

	/* A direct array, written inside the link or bookmark that uses
	 * it: an object of its own costs some 40 bytes more.  libharu
	 * makes destinations indirect, so the array is marked as one by
	 * hand; whole points are precise enough for a window's top. */
	top = CLAMP(w->pp->height - y, 0, w->pp->height);
	if ((dst = HPDF_Array_New(w->doc->mmgr)) == NULL)
		return NULL;
	dst->header.obj_class |= HPDF_OSUBCLASS_DESTINATION;
	HPDF_Array_Add(dst, w->pages[pg]);
	HPDF_Array_AddName(dst, "XYZ");
	HPDF_Array_AddNumber(dst, 0);
	HPDF_Array_AddNumber(dst, (HPDF_INT32)floor(top + 0.5));
	HPDF_Array_AddNumber(dst, 0);		/* zoom unchanged */
	if (pdf_failed(w)) {
		HPDF_Array_Free(dst);
		return NULL;
	}
	return dst;
}

/* A content stream compressed already: its filter said by hand (where
 * libharu would put it, as it would write it). */
HPDF_STATUS
pdf_write_flate(HPDF_Dict d, HPDF_Stream st)
{
	(void)d;
	return HPDF_Stream_WriteStr(st, "/Filter [ /FlateDecode ]\012");
}

HPDF_Dict
pdf_stream_flated(struct pdf *w, const void *data, size_t len)
{
	HPDF_Dict	d = pdf_stream(w, data, len, 0);

	if (d != NULL)
		d->write_fn = pdf_write_flate;
	return d;
}

HPDF_STATUS
pdf_append_bytes(HPDF_Stream st, const HPDF_BYTE *ptr, HPDF_UINT siz)
{
	g_byte_array_append(st->attr, ptr, siz);
	return HPDF_OK;
}

void
pdf_append_uint(GString *s, guint32 v)
{
	char	buf[16], *p = buf + sizeof(buf);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	g_string_append_len(s, p, buf + sizeof(buf) - p);
}

/*
 * zlib's level 5, not its default 6: at 200 times the example's body the
 * pages' deflate, on its own thread, is what the drawing waits for;
 * level 5 took the run from 367 to 376 ms down to 343 to 354 (medians of
 * 7, alternated) for 0.5 % more bytes (0.35 % at the example's size);
 * level 4 was no faster and 4 % larger.
 */
#define DEFLATE_LEVEL 5

GBytes *
pdf_deflate(const void *data, size_t len)
{
	uLongf	 n = compressBound((uLong)len);
	guint8	*buf = g_malloc(n);

	if (compress2(buf, &n, data, (uLong)len, DEFLATE_LEVEL) !=
	    Z_OK) {
		g_free(buf);
		return NULL;
	}
	return g_bytes_new_take(g_realloc(buf, n > 0 ? n : 1), n);
}
