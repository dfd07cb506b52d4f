/* SPDX-License-Identifier: MIT */
/*
 * The archival parts of a briefing: the source file embedded as an
 * associated file (so the PDF alone can regenerate it), and the PDF/A-3b
 * parts libharu does not write: XMP metadata, an sRGB output intent,
 * version 1.7.  libharu's HPDF_AttachFile makes an embedded file object
 * whose type qpdf rejects; the objects are built here instead.
 */
#include <string.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "msg.h"
#include "pdf_int.h"
#include "xmp.h"

/* A new indirect dictionary. */
static HPDF_Dict
new_dict(struct pdf *w)
{
	HPDF_Dict	d = HPDF_Dict_New(w->doc->mmgr);

	if (d != NULL && HPDF_Xref_Add(w->doc->xref, d) != HPDF_OK)
		return NULL;
	return d;
}

/* "D:YYYYMMDD000000Z" of the document's date, or NULL. */
static char *
pdf_date(const struct pdf_info *info)
{
	if (info->year == 0)
		return NULL;
	return g_strdup_printf("D:%04d%02d%02d%02d%02d%02dZ", info->year,
	    info->month, info->day, info->hour, info->minute, info->second);
}

int
pdf_attach(struct pdf *w, const struct pdf_info *info)
{
	HPDF_MMgr	 mm = w->doc->mmgr;
	const char	*data;
	char		*name, *date;
	gsize		 len = 0;
	HPDF_Dict	 ef, efs, spec, params, names, tree;
	HPDF_Array	 arr, af;
	guint8		 md5[16];
	gsize		 mlen = sizeof(md5);
	GChecksum	*ck;

	if (info->attach == NULL || w->att == NULL)
		return 0;
	data = w->att;
	len = w->att_len;
	name = g_path_get_basename(info->attach);
	ck = g_checksum_new(G_CHECKSUM_MD5);
	g_checksum_update(ck, (const guchar *)data, len);
	g_checksum_get_digest(ck, md5, &mlen);
	g_checksum_free(ck);

	/* the file's bytes, its MIME type and parameters */
	ef = pdf_stream(w, data, len, 1);
	params = HPDF_Dict_New(mm);
	if (ef == NULL || params == NULL)
		goto fail;
	HPDF_Dict_AddName(ef, "Type", "EmbeddedFile");
	HPDF_Dict_AddName(ef, "Subtype", g_str_has_suffix(name, ".txt") ?
	    "text/plain" : "text/markdown");
	HPDF_Dict_Add(ef, "Params", params);
	HPDF_Dict_AddNumber(params, "Size", (HPDF_INT)len);
	HPDF_Dict_Add(params, "CheckSum", HPDF_Binary_New(mm, md5, 16));
	/* the document's date: the output stays the same run to run */
	if ((date = pdf_date(info)) != NULL) {
		HPDF_Dict_Add(params, "ModDate", HPDF_String_New(mm, date,
		    NULL));
		g_free(date);
	}

	/* the file specification: names, the stream, its relationship */
	spec = new_dict(w);
	efs = HPDF_Dict_New(mm);
	if (spec == NULL || efs == NULL)
		goto fail;
	HPDF_Dict_AddName(spec, "Type", "Filespec");
	HPDF_Dict_Add(spec, "F", pdf_text(w, name));
	HPDF_Dict_Add(spec, "UF", pdf_utf16(w, name));
	HPDF_Dict_Add(spec, "Desc", pdf_text(w, "Source of this briefing"));
	HPDF_Dict_AddName(spec, "AFRelationship", "Source");
	HPDF_Dict_Add(spec, "EF", efs);
	HPDF_Dict_Add(efs, "F", ef);
	HPDF_Dict_Add(efs, "UF", ef);

	/* the catalog: the name tree readers list, /AF for PDF/A-3 */
	names = HPDF_Dict_New(mm);
	tree = HPDF_Dict_New(mm);
	arr = HPDF_Array_New(mm);
	af = HPDF_Array_New(mm);
	if (names == NULL || tree == NULL || arr == NULL || af == NULL)
		goto fail;
	HPDF_Array_Add(arr, pdf_text(w, name));
	HPDF_Array_Add(arr, spec);
	HPDF_Dict_Add(tree, "Names", arr);
	HPDF_Dict_Add(names, "EmbeddedFiles", tree);
	HPDF_Dict_Add(w->doc->catalog, "Names", names);
	HPDF_Array_Add(af, spec);
	HPDF_Dict_Add(w->doc->catalog, "AF", af);
	/* embedded files are PDF 1.4; /AF and AFRelationship 2.0 and
	 * PDF/A-3, which readers of 1.4 ignore */
	g_free(name);
	return pdf_failed(w) ? -1 : 0;
fail:
	g_free(name);
	pdf_failed(w);
	return -1;
}

int
pdf_archive(struct pdf *w, const struct pdf_info *info, const guint8 *id)
{
	HPDF_MMgr	 mm = w->doc->mmgr;
	struct xmp_info	 x = { 0 };
	GError		*err = NULL;
	char		*xmp, *icc = NULL, uuid[48], *date = NULL, *producer;
	gsize		 xlen = 0, ilen = 0;
	HPDF_Dict	 meta, prof, oi;
	HPDF_Array	 ois;

	if (!info->pdfa && !(info->pdfua && w->tags != NULL))
		return 0;
	if (info->pdfa && (info->icc == NULL ||
	    !g_file_get_contents(info->icc, &icc, &ilen, &err))) {
		msg_at(NULL, NULL, MSG_ERROR, "PDF/A needs the sRGB profile: "
		    "%s", err != NULL ? err->message : "not found");
		if (err != NULL)
			g_error_free(err);
		return -1;
	}
	/* PDF/A-3 and PDF/UA-1 are based on PDF 1.7 */
	w->doc->pdf_version = HPDF_VER_17;

	g_snprintf(uuid, sizeof(uuid), "uuid:%02x%02x%02x%02x-%02x%02x-"
	    "%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", id[0], id[1], id[2],
	    id[3], id[4], id[5], id[6], id[7], id[8], id[9], id[10], id[11],
	    id[12], id[13], id[14], id[15]);
	/* the info dictionary's dates, to the second */
	if (info->year != 0)
		date = g_strdup_printf("%04d-%02d-%02dT%02d:%02d:%02dZ",
		    info->year, info->month, info->day, info->hour,
		    info->minute, info->second);
	x.title = info->title;
	x.author = info->author;
	x.subject = info->subject;
	x.keywords = info->keywords;
	/* what libharu writes in the info dictionary */
	producer = g_strconcat("Haru Free PDF Library ", HPDF_GetVersion(),
	    NULL);
	x.producer = producer;
	x.creator_tool = info->creator;
	x.date = date;
	x.lang = info->lang;
	x.doc_id = uuid;
	x.no_pdfa = !info->pdfa;
	x.pdfua = info->pdfua && w->tags != NULL;
	xmp = xmp_packet(&x, &xlen);
	g_free(date);
	g_free(producer);
	/* the metadata stays unfiltered, readable by any tool */
	meta = pdf_stream(w, xmp, xlen, 0);
	g_free(xmp);
	if (meta == NULL)
		goto fail;
	HPDF_Dict_AddName(meta, "Type", "Metadata");
	HPDF_Dict_AddName(meta, "Subtype", "XML");
	HPDF_Dict_Add(w->doc->catalog, "Metadata", meta);
	if (!info->pdfa)
		return pdf_failed(w) ? -1 : 0;

	prof = pdf_stream(w, icc, ilen, 1);
	g_free(icc);
	icc = NULL;
	oi = HPDF_Dict_New(mm);
	ois = HPDF_Array_New(mm);
	if (prof == NULL || oi == NULL || ois == NULL)
		goto fail;
	HPDF_Dict_AddNumber(prof, "N", 3);
	HPDF_Dict_AddName(oi, "Type", "OutputIntent");
	HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
	HPDF_Dict_Add(oi, "OutputConditionIdentifier",
	    HPDF_String_New(mm, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(oi, "Info", HPDF_String_New(mm, "sRGB IEC61966-2.1",
	    NULL));
	HPDF_Dict_Add(oi, "DestOutputProfile", prof);
	HPDF_Array_Add(ois, oi);
	HPDF_Dict_Add(w->doc->catalog, "OutputIntents", ois);
	return pdf_failed(w) ? -1 : 0;
fail:
	g_free(icc);
	pdf_failed(w);
	return -1;
}
