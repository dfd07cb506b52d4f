/* SPDX-License-Identifier: MIT */
/*
 * The file written with object streams (ISO 32000-1, 7.5.7) and a
 * cross-reference stream (7.5.8), which libharu does not write: its
 * objects are serialised by libharu one by one, each dictionary that is
 * not a stream into a compressed object stream, the streams (pages,
 * fonts, images) as they are.  The small dictionaries are most of the
 * objects of a tagged briefing, a hundred structure elements for the
 * example: compressed together, the tagged example takes 34 KB instead
 * of 52 KB.  qpdf would do it, but loading libqpdf and rewriting the
 * file took some 18 ms a run, more than half of a whole build.
 */
#include <string.h>

#include <glib.h>
#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf.h"
#include "pdf_int.h"

/* Objects a stream: few enough that a reader finds one quickly. */
#define PACK_PER_STREAM	256

/* The cross-reference entry of each object: type, field 2, field 3. */
struct xent {
	guint8	 type;		/* 0 free, 1 at an offset, 2 packed */
	guint32	 f2;		/* offset, or the object stream's number */
	guint16	 f3;		/* generation, or the index in the stream */
};

/*
 * An object stream, deflated by a pool thread while the main thread
 * writes the objects after it; put into the file at the end, at the
 * place it was flushed at.
 */
struct ojob {
	GByteArray	*in;		/* its pairs, then its objects */
	GBytes		*out;		/* deflated, NULL: failed */
	gsize		 at;		/* where it goes in the file without
					 * the object streams */
	guint		 num, count, hlen;
};

struct pack {
	struct pdf	*w;
	HPDF_Stream	 out;		/* the file, without the object
					 * streams until the end (splice) */
	GByteArray	*file;
	GArray		*xref;		/* struct xent, by object number */
	HPDF_Stream	 body;		/* the open object stream's objects,
					 * written into bodybuf (libharu's
					 * memory stream copies byte by
					 * byte: a third of the save) */
	GByteArray	*bodybuf;
	GString		*head;		/* its "number offset" pairs */
	guint		 count;		/* objects in it */
	guint		 next;		/* the next new object number */
	GArray		*pending;	/* guint: packed objects waiting for
					 * their stream's number */
	guint		 first_new;	/* the first number not libharu's */
	GPtrArray	*jobs;		/* struct ojob *, in file order */
	GThreadPool	*pool;
};

static void
ojob_run(gpointer p, gpointer unused)
{
	struct ojob	*j = p;

	(void)unused;
	j->out = pdf_deflate(j->in->data, j->in->len);
	g_clear_pointer(&j->in, g_byte_array_unref);
}

static void
ojob_free(gpointer p)
{
	struct ojob	*j = p;

	if (j->in != NULL)
		g_byte_array_unref(j->in);
	if (j->out != NULL)
		g_bytes_unref(j->out);
	g_free(j);
}

/* The open object stream handed to the pool as a new object of the
 * file. */
static int
flush(struct pack *p)
{
	struct ojob	*j;
	guint		 i;

	if (p->count == 0)
		return 0;
	j = g_new0(struct ojob, 1);
	/* the pairs, then the objects */
	j->hlen = (guint)p->head->len;
	g_byte_array_prepend(p->bodybuf, (const guint8 *)p->head->str,
	    j->hlen);
	j->in = p->bodybuf;
	j->num = p->next++;
	j->count = p->count;
	j->at = p->file->len;
	for (i = 0; i < p->pending->len; i++)
		g_array_index(p->xref, struct xent, g_array_index(p->pending,
		    guint, i)).f2 = j->num;
	g_array_set_size(p->pending, 0);
	g_array_set_size(p->xref, MAX(p->xref->len, j->num + 1));
	g_array_index(p->xref, struct xent, j->num).type = 1;
	g_ptr_array_add(p->jobs, j);
	if (p->pool == NULL)
		p->pool = g_thread_pool_new(ojob_run, NULL, 1, FALSE, NULL);
	g_thread_pool_push(p->pool, j, NULL);
	p->bodybuf = g_byte_array_sized_new(65536);
	p->body->attr = p->bodybuf;
	p->body->size = 0;
	g_string_truncate(p->head, 0);
	p->count = 0;
	return 0;
}

/*
 * Once every object stream is deflated: the file with each one at its
 * place, and every offset of the cross-reference moved by the streams
 * put before it.
 */
static int
splice(struct pack *p)
{
	GByteArray	*raw = p->file, *file;
	gsize		 from = 0, total = raw->len;
	guint		 i;
	char		 hdr[128];
	GArray		*moved;		/* gsize: bytes put before job i */

	if (p->pool != NULL) {
		g_thread_pool_free(p->pool, FALSE, TRUE);	/* waits */
		p->pool = NULL;
	}
	for (i = 0; i < p->jobs->len; i++) {
		struct ojob *j = g_ptr_array_index(p->jobs, i);

		if (j->out == NULL)
			return -1;
		total += g_bytes_get_size(j->out) + 128;
	}
	file = g_byte_array_sized_new((guint)total);
	moved = g_array_sized_new(FALSE, FALSE, sizeof(gsize), p->jobs->len);
	for (i = 0; i < p->jobs->len; i++) {
		struct ojob *j = g_ptr_array_index(p->jobs, i);
		gsize before;

		g_byte_array_append(file, raw->data + from,
		    (guint)(j->at - from));
		from = j->at;
		g_array_index(p->xref, struct xent, j->num).f2 = file->len;
		g_snprintf(hdr, sizeof(hdr), "%u 0 obj\012<</Type/ObjStm/N %u"
		    "/First %u/Filter/FlateDecode/Length %u>>\012stream"
		    "\015\012", j->num, j->count, j->hlen,
		    (guint)g_bytes_get_size(j->out));
		g_byte_array_append(file, (const guint8 *)hdr,
		    (guint)strlen(hdr));
		g_byte_array_append(file, g_bytes_get_data(j->out, NULL),
		    (guint)g_bytes_get_size(j->out));
		g_byte_array_append(file, (const guint8 *)"\012endstream"
		    "\012endobj\012", 18);
		before = file->len - from;
		g_array_append_val(moved, before);
	}
	g_byte_array_append(file, raw->data + from, (guint)(raw->len - from));
	/* the objects written as they are (the numbers before the object
	 * streams'): their offsets in raw, moved by the streams put at or
	 * before them (jobs in the order of at: a binary search) */
	for (i = 1; i < p->first_new; i++) {
		struct xent *x = &g_array_index(p->xref, struct xent, i);
		guint lo = 0, hi = p->jobs->len;

		if (x->type != 1)
			continue;
		while (lo < hi) {
			guint mid = lo + (hi - lo) / 2;

			if (((struct ojob *)g_ptr_array_index(p->jobs,
			    mid))->at <= x->f2)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0)
			x->f2 += (guint32)g_array_index(moved, gsize, lo - 1);
	}
	g_array_unref(moved);
	g_byte_array_unref(raw);
	p->file = file;
	p->out->attr = file;
	p->out->size = file->len;
	return 0;
}

/* Object number num: a stream as it is, anything else packed. */
static int
put_object(struct pack *p, guint num, void *obj)
{
	const HPDF_Obj_Header	*h = obj;
	struct xent		*x = &g_array_index(p->xref, struct xent, num);
	char			 buf[32];

	if ((h->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT &&
	    ((HPDF_Dict)obj)->stream != NULL) {
		x->type = 1;
		x->f2 = p->out->size;
		g_snprintf(buf, sizeof(buf), "%u 0 obj\012", num);
		HPDF_Stream_WriteStr(p->out, buf);
		if (HPDF_Obj_WriteValue(obj, p->out, NULL) != HPDF_OK)
			return -1;
		HPDF_Stream_WriteStr(p->out, "\012endobj\012");
		return 0;
	}
	x->type = 2;
	x->f3 = (guint16)p->count;
	g_array_append_val(p->pending, num);
	pdf_append_uint(p->head, num);
	g_string_append_c(p->head, ' ');
	pdf_append_uint(p->head, p->body->size);
	g_string_append_c(p->head, ' ');
	if (HPDF_Obj_WriteValue(obj, p->body, NULL) != HPDF_OK)
		return -1;
	HPDF_Stream_WriteStr(p->body, "\012");
	if (++p->count == PACK_PER_STREAM)
		return flush(p);
	return 0;
}

/* The cross-reference stream, last object of the file, and the end. */
static int
put_xref(struct pack *p, const guint8 *id)
{
	HPDF_Doc	 doc = p->w->doc;
	guint		 num = p->next++, i, k;
	guint8		*rows;
	GBytes		*z;
	GString		*d = g_string_new(NULL);
	HPDF_UINT32	 at = p->out->size;

	g_array_set_size(p->xref, num + 1);
	g_array_index(p->xref, struct xent, num).type = 1;
	g_array_index(p->xref, struct xent, num).f2 = at;
	/* W [1 4 2]: a type byte, four bytes of offset or stream number,
	 * two of generation or index */
	rows = g_malloc((gsize)p->xref->len * 7);
	for (i = 0; i < p->xref->len; i++) {
		const struct xent *x = &g_array_index(p->xref, struct xent,
		    i);
		guint8 *r = rows + (gsize)i * 7;

		r[0] = x->type;
		for (k = 0; k < 4; k++)
			r[1 + k] = (guint8)(x->f2 >> (24 - 8 * k));
		r[5] = (guint8)(x->f3 >> 8);
		r[6] = (guint8)x->f3;
	}
	z = pdf_deflate(rows, (gsize)p->xref->len * 7);
	g_free(rows);
	if (z == NULL) {
		g_string_free(d, TRUE);
		return -1;
	}
	g_string_append_printf(d, "%u 0 obj\012<</Type/XRef/Size %u/W[1 4 2]"
	    "/Root %u 0 R", num, p->xref->len, doc->catalog->header.obj_id &
	    0x00FFFFFF);
	if (doc->info != NULL)
		g_string_append_printf(d, "/Info %u 0 R",
		    doc->info->header.obj_id & 0x00FFFFFF);
	if (id != NULL) {
		g_string_append(d, "/ID[<");
		for (k = 0; k < 2; k++) {
			for (i = 0; i < 16; i++)
				g_string_append_printf(d, "%02X", id[i]);
			g_string_append(d, k == 0 ? "><" : ">]");
		}
	}
	g_string_append_printf(d, "/Filter/FlateDecode/Length %u>>\012"
	    "stream\015\012", (guint)g_bytes_get_size(z));
	HPDF_Stream_WriteStr(p->out, d->str);
	HPDF_Stream_Write(p->out, g_bytes_get_data(z, NULL),
	    (HPDF_UINT)g_bytes_get_size(z));
	g_string_printf(d, "\012endstream\012endobj\012startxref\012%u\012"
	    "%%%%EOF\012", at);
	HPDF_Stream_WriteStr(p->out, d->str);
	g_string_free(d, TRUE);
	g_bytes_unref(z);
	return 0;
}

int
pdf_pack_save(struct pdf *w, const guint8 *id, GByteArray **file)
{
	HPDF_Doc	 doc = w->doc;
	HPDF_Xref	 xref = doc->xref;
	struct pack	 p = { 0 };
	char		 hdr[32];
	guint		 i;
	int		 ret = -1;

	*file = NULL;
	p.file = g_byte_array_sized_new(65536);
	if ((p.out = HPDF_CallbackWriter_New(doc->mmgr, pdf_append_bytes,
	    p.file)) == NULL) {
		g_byte_array_unref(p.file);
		return -1;
	}
	/* object streams are PDF 1.5 */
	g_snprintf(hdr, sizeof(hdr), "%%PDF-1.%d\012%%\267\276\255\252\012",
	    MAX(doc->pdf_version, HPDF_VER_15) - HPDF_VER_12 + 2);
	p.w = w;
	HPDF_Stream_WriteStr(p.out, hdr);
	p.xref = g_array_new(FALSE, TRUE, sizeof(struct xent));
	g_array_set_size(p.xref, xref->entries->count);
	/* object 0 heads the free list */
	g_array_index(p.xref, struct xent, 0).f3 = 65535;
	p.bodybuf = g_byte_array_sized_new(65536);
	p.body = HPDF_CallbackWriter_New(doc->mmgr, pdf_append_bytes, p.bodybuf);
	p.head = g_string_new(NULL);
	p.pending = g_array_new(FALSE, FALSE, sizeof(guint));
	p.jobs = g_ptr_array_new_with_free_func(ojob_free);
	p.next = p.first_new = xref->entries->count;
	if (xref->prev != NULL || p.body == NULL)
		goto out;
	for (i = 1; i < xref->entries->count; i++) {
		HPDF_XrefEntry e = HPDF_Xref_GetEntry(xref, i);

		if (e == NULL || e->obj == NULL || put_object(&p, i,
		    e->obj) != 0)
			goto out;
	}
	if (flush(&p) != 0 || splice(&p) != 0 || put_xref(&p, id) != 0)
		goto out;
	ret = pdf_failed(w) ? -1 : 0;
out:
	if (p.pool != NULL)
		g_thread_pool_free(p.pool, FALSE, TRUE);	/* waits */
	g_ptr_array_unref(p.jobs);
	if (p.body != NULL)
		HPDF_Stream_Free(p.body);
	g_byte_array_unref(p.bodybuf);
	HPDF_Stream_Free(p.out);
	if (ret == 0)
		*file = p.file;
	else
		g_byte_array_unref(p.file);
	g_string_free(p.head, TRUE);
	g_array_unref(p.pending);
	g_array_unref(p.xref);
	if (ret != 0)
		pdf_failed(w);
	return ret;
}
