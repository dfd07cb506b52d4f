/* SPDX-License-Identifier: MIT */
/*
 * The PDF writer's fonts: each font file cut down by hb-subset to the
 * characters the pages use, loaded into libharu from memory, with its
 * ToUnicode CMap replaced (libharu's is malformed), its CIDSystemInfo
 * ordering fixed and its CIDToGIDMap trimmed to the used range.
 */
#include <string.h>

#include <glib.h>
#include <hb.h>
#include <hb-subset.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include "msg.h"
#include "pdf_int.h"

static void	 add_chars(const struct pg_item *, guint, void *);
static hb_blob_t *subset_font(const char *, const hb_set_t *);
static HPDF_Font load_font(struct pdf *, hb_blob_t *);
static int	 fix_tounicode(struct pdf *, HPDF_Font, const hb_set_t *);
static void	 fix_ordering(struct pdf *, HPDF_Font);
static int	 trim_cidmap(struct pdf *, HPDF_Font, const hb_set_t *);

/* pdf_each_item() callback: add a run's code points to its font's set. */
static void
add_chars(const struct pg_item *it, guint page, void *arg)
{
	struct pdf	*w = arg;
	const char	*s;
	int		 f;

	if (it->type != PG_RUN || it->u.run.text == NULL)
		return;
	if ((f = it->u.run.font) < 0 || (guint)f >= w->pp->fonts->len)
		return;
	if (w->chars[f] == NULL)
		w->chars[f] = hb_set_create();
	for (s = it->u.run.text; *s != '\0'; )
		hb_set_add(w->chars[f], pdf_next_char(&s, &w->replaced));
}

/*
 * Cut the font file at path down to the code points of cps, without
 * hinting and keeping only the tables libharu reads (its loader wants
 * head, maxp, hhea, cmap, hmtx, loca, glyf, name, OS/2, post; it writes
 * empty cvt, fpgm and prep itself).  Returns a new blob, or NULL after
 * reporting the problem.
 */
static hb_blob_t *
subset_font(const char *path, const hb_set_t *cps)
{
	static const hb_tag_t	 keep[] = {
		HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'),
		HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'),
		HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'),
		HB_TAG('l', 'o', 'c', 'a'), HB_TAG('m', 'a', 'x', 'p'),
		HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't')
	};
	GMappedFile		*map;
	GError			*err = NULL;
	hb_blob_t		*blob, *out = NULL;
	hb_face_t		*face, *sub;
	hb_subset_input_t	*in;
	hb_set_t		*drop;
	size_t			 i;

	if ((map = g_mapped_file_new(path, FALSE, &err)) == NULL) {
		pdf_report_gerror(path, err);
		return NULL;
	}
	blob = hb_blob_create(g_mapped_file_get_contents(map),
	    g_mapped_file_get_length(map), HB_MEMORY_MODE_READONLY, map,
	    (hb_destroy_func_t)g_mapped_file_unref);
	face = hb_face_create(blob, 0);
	hb_blob_destroy(blob);
	if (hb_face_get_glyph_count(face) == 0) {
		hb_face_destroy(face);
		msg_at(NULL, NULL, MSG_ERROR, "%s: not a TrueType font", path);
		return NULL;
	}
	if ((in = hb_subset_input_create_or_fail()) == NULL)
		g_error("hb_subset_input_create_or_fail: out of memory");
	hb_set_union(hb_subset_input_unicode_set(in), cps);
	drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	hb_set_clear(drop);
	hb_set_invert(drop);
	for (i = 0; i < G_N_ELEMENTS(keep); i++)
		hb_set_del(drop, keep[i]);
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	if ((sub = hb_subset_or_fail(face, in)) != NULL) {
		out = hb_face_reference_blob(sub);
		hb_face_destroy(sub);
	}
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	if (out == NULL || hb_blob_get_length(out) == 0) {
		hb_blob_destroy(out);
		msg_at(NULL, NULL, MSG_ERROR, "%s: cannot subset font", path);
		return NULL;
	}
	return out;
}

/*
 * Load a subset font into libharu from memory, as a CID font with UTF-8
 * encoding (CID = code point).  The subset tag ("ABCDEF+") is derived
 * from the bytes, so the same input gives the same BaseFont.  Returns
 * NULL on a libharu failure (recorded in w).
 */
static HPDF_Font
load_font(struct pdf *w, hb_blob_t *sub)
{
	HPDF_Stream	 st;
	HPDF_FontDef	 def;
	const char	*data;
	unsigned int	 len;
	guint8		 digest[20];
	gsize		 dlen = sizeof(digest);
	GChecksum	*ck;
	char		 tag[HPDF_TTF_FONT_TAG_LEN + 1], *comma;
	int		 i;

	data = hb_blob_get_data(sub, &len);
	/*
	 * One buffer, one byte larger than the font: libharu's memory
	 * stream fails to seek to the end of its data when that falls on
	 * a buffer boundary, and its composite-glyph reader seeks there
	 * when glyf is the last table (as hb-subset writes it).
	 */
	if ((st = HPDF_MemStream_New(w->doc->mmgr, len + 1)) == NULL)
		return NULL;
	if (HPDF_Stream_Write(st, (const HPDF_BYTE *)data, len) != HPDF_OK) {
		HPDF_Stream_Free(st);
		return NULL;
	}
	/* The font definition owns st from here on, even on failure. */
	if ((def = HPDF_TTFontDef_Load(w->doc->mmgr, st, HPDF_TRUE)) == NULL)
		return NULL;
	/* libharu names a bold face "Name-Bold,Bold", a style suffix for
	 * fonts that are not embedded: keep the PostScript name. */
	if ((comma = strchr(def->base_font, ',')) != NULL)
		*comma = '\0';

	ck = g_checksum_new(G_CHECKSUM_SHA1);
	g_checksum_update(ck, (const guchar *)data, len);
	g_checksum_get_digest(ck, digest, &dlen);
	g_checksum_free(ck);
	for (i = 0; i < HPDF_TTF_FONT_TAG_LEN; i++)
		tag[i] = 'A' + digest[i] % 26;
	tag[i] = '\0';
	HPDF_TTFontDef_SetTagName(def, tag);

	/* Frees def on failure. */
	if (HPDF_Doc_RegisterFontDef(w->doc, def) != HPDF_OK)
		return NULL;
	return HPDF_GetFont(w->doc, def->base_font, "UTF-8");
}

/*
 * Replace the content of libharu's ToUnicode CMap, which poppler rejects
 * ("Invalid 'begincidrange' operator"), by one bfrange per high byte of
 * the code points used: CID = code point, so <XX00> <XXFF> <XX00>.  The
 * stream object is reused, so no orphan object is written.
 */
static int
fix_tounicode(struct pdf *w, HPDF_Font font, const hb_set_t *cps)
{
	static const char *const drop[] = {
		"CIDSystemInfo", "CMapName", "Type", "WMode"
	};
	HPDF_Dict	 cmap;
	GString		*s;
	gboolean	 hi[256] = { FALSE };
	hb_codepoint_t	 c = HB_SET_VALUE_INVALID;
	guint		 i, n, done;
	int		 ret;

	while (hb_set_next(cps, &c))
		hi[c >> 8 & 0xFF] = TRUE;
	for (i = n = 0; i < 256; i++)
		n += hi[i];

	cmap = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	if (cmap != NULL && cmap->stream != NULL) {
		/* Keys of an encoding CMap, not of a ToUnicode stream;
		 * a missing key is no error. */
		for (i = 0; i < G_N_ELEMENTS(drop); i++)
			HPDF_Dict_RemoveElement(cmap, drop[i]);
		HPDF_ResetError(w->doc);
		HPDF_MemStream_FreeData(cmap->stream);
	} else {
		cmap = HPDF_DictStream_New(w->doc->mmgr, w->doc->xref);
		if (cmap == NULL ||
		    HPDF_Dict_Add(font, "ToUnicode", cmap) != HPDF_OK)
			return -1;
	}
	if (w->doc->compression_mode & HPDF_COMP_TEXT)
		cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;

	s = g_string_new("/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (i = done = 0; i < 256; i++) {
		if (!hi[i])
			continue;
		/* At most 100 entries per block. */
		if (done % 100 == 0)
			g_string_append_printf(s, "%u beginbfrange\n",
			    MIN(n - done, 100));
		g_string_append_printf(s, "<%02X00> <%02XFF> <%02X00>\n",
		    i, i, i);
		if (++done % 100 == 0 || done == n)
			g_string_append(s, "endbfrange\n");
	}
	g_string_append(s, "endcmap\n"
	    "CMapName currentdict /CMap defineresource pop\nend\nend\n");
	ret = HPDF_Stream_Write(cmap->stream, (const HPDF_BYTE *)s->str,
	    s->len) == HPDF_OK ? 0 : -1;
	g_string_free(s, TRUE);
	return ret;
}

/*
 * libharu writes the descendant font's CIDSystemInfo with the Ordering
 * "Identity-H" (the CMap's name); with Identity-H it must be "Identity".
 */
static void
fix_ordering(struct pdf *w, HPDF_Font font)
{
	HPDF_Array	 desc;
	HPDF_Dict	 cid, info;

	desc = HPDF_Dict_GetItem(font, "DescendantFonts", HPDF_OCLASS_ARRAY);
	if (desc == NULL)
		return;
	cid = HPDF_Array_GetItem(desc, 0, HPDF_OCLASS_DICT);
	if (cid == NULL)
		return;
	info = HPDF_Dict_GetItem(cid, "CIDSystemInfo", HPDF_OCLASS_DICT);
	if (info != NULL)
		HPDF_Dict_Add(info, "Ordering",
		    HPDF_String_New(w->doc->mmgr, "Identity", NULL));
}

/*
 * libharu writes a CIDToGIDMap for all 65 536 code points (128 KB to
 * deflate per font).  Codes past the largest one we draw map to glyph 0
 * anyway, which is what a shorter map says: keep only the used part.
 */
static int
trim_cidmap(struct pdf *w, HPDF_Font font, const hb_set_t *cps)
{
	HPDF_Array	 desc;
	HPDF_Dict	 cid, map;
	HPDF_UINT	 want, got;
	HPDF_BYTE	*buf;
	hb_codepoint_t	 max = hb_set_get_max(cps);
	int		 ret = 0;

	desc = HPDF_Dict_GetItem(font, "DescendantFonts", HPDF_OCLASS_ARRAY);
	cid = desc != NULL ? HPDF_Array_GetItem(desc, 0, HPDF_OCLASS_DICT) :
	    NULL;
	map = cid != NULL ? HPDF_Dict_GetItem(cid, "CIDToGIDMap",
	    HPDF_OCLASS_DICT) : NULL;
	if (map == NULL || map->stream == NULL || max == HB_SET_VALUE_INVALID)
		return 0;
	want = got = 2 * ((HPDF_UINT)max + 1);
	buf = g_malloc(want);
	if (HPDF_Stream_Seek(map->stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
	    HPDF_Stream_Read(map->stream, buf, &got) != HPDF_OK ||
	    got != want)
		ret = -1;
	else {
		HPDF_MemStream_FreeData(map->stream);
		if (HPDF_Stream_Write(map->stream, buf, want) != HPDF_OK)
			ret = -1;
	}
	g_free(buf);
	return ret;
}

/* Subset and load every font some run uses.  0, or -1 after a report. */
int
pdf_make_fonts(struct pdf *w)
{
	const struct pages	*pp = w->pp;
	hb_blob_t		*sub;
	const char		*path;
	guint			 i;
	int			 ret = 0;

	w->chars = g_new0(hb_set_t *, pp->fonts->len);
	w->fonts = g_new0(HPDF_Font, pp->fonts->len);
	pdf_each_item(pp, add_chars, w);
	for (i = 0; i < pp->fonts->len && ret == 0; i++) {
		if (w->chars[i] == NULL)
			continue;
		path = g_ptr_array_index(pp->fonts, i);
		if ((sub = subset_font(path, w->chars[i])) == NULL)
			return -1;
		w->fonts[i] = load_font(w, sub);
		hb_blob_destroy(sub);
		if (w->fonts[i] != NULL && !pdf_failed(w) &&
		    fix_tounicode(w, w->fonts[i], w->chars[i]) == 0 &&
		    trim_cidmap(w, w->fonts[i], w->chars[i]) == 0)
			fix_ordering(w, w->fonts[i]);
		if (w->fonts[i] == NULL || pdf_failed(w)) {
			pdf_report_lib(w, path);
			ret = -1;
		}
	}
	return ret;
}

