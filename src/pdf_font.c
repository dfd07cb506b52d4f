/* SPDX-License-Identifier: MIT */
/*
 * The PDF writer's fonts.  Each font file is cut down by hb-subset to the
 * characters the pages use and embedded as a CIDFontType2 under a Type0
 * font with Identity-H encoding, built here with libharu's object API:
 * HPDF_GetFont would walk all 65 536 code points of every font (a third
 * of a whole run) and writes a ToUnicode CMap that readers reject.
 *
 * CIDs are dense: 1, 2, ... for the used code points in code point
 * order (0 is .notdef).  So the CIDToGIDMap stream is as short as the
 * character set, consecutive code points (a-z) make one ToUnicode range,
 * and two characters that share a glyph (U+2010 and '-') stay apart for
 * text extraction.
 */
#include <math.h>
#include <string.h>

#include <glib.h>
#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_conf.h>
#include <hpdf_streams.h>

#include "msg.h"
#include "pdf_int.h"

/* What the font descriptor says, in 1/1000 em. */
struct metrics {
	char	 psname[64];
	double	 upem;
	int	 ascent, descent, cap, xheight;
	int	 bbox[4];
	double	 italic;
	int	 bold;
};

/*
 * What make_font takes from a font file and a character set: kept in a
 * struct pdf_cache by a process that writes again, where the same file
 * and characters give the same subset (its bytes compressed already).
 */
struct subset {
	GBytes		*file;		/* the subset, deflated */
	guint		 len1;		/* its length before (/Length1) */
	GBytes		*tounicode;	/* the ToUnicode CMap, deflated */
	GBytes		*cidmap;	/* CIDToGIDMap, deflated */
	GArray		*gid;		/* per CID, in the subset */
	GArray		*width;		/* per CID, 1/1000 em */
	struct metrics	 m;
	char		 tag[7];
	/* until subset_end has run (on a thread): the plan, what it
	 * was made from, and for what */
	hb_subset_plan_t *plan;
	hb_subset_input_t *in;
	hb_face_t	*face;
	const char	*path;
	const hb_set_t	*cps;
};

struct pdf_cache {
	GHashTable	*subsets;	/* GBytes key -> struct subset */
};

/* The plan of a subset not made (an error on the way). */
static void
subset_unplan(struct subset *s)
{
	g_clear_pointer(&s->plan, hb_subset_plan_destroy);
	g_clear_pointer(&s->in, hb_subset_input_destroy);
	g_clear_pointer(&s->face, hb_face_destroy);
}

static void
subset_free(struct subset *s)
{
	if (s == NULL)
		return;
	subset_unplan(s);
	if (s->file != NULL)
		g_bytes_unref(s->file);
	if (s->tounicode != NULL)
		g_bytes_unref(s->tounicode);
	if (s->cidmap != NULL)
		g_bytes_unref(s->cidmap);
	g_array_unref(s->gid);
	g_array_unref(s->width);
	g_free(s);
}

struct pdf_cache *
pdf_cache_new(void)
{
	struct pdf_cache	*c = g_new0(struct pdf_cache, 1);

	c->subsets = g_hash_table_new_full(g_bytes_hash, g_bytes_equal,
	    (GDestroyNotify)g_bytes_unref, (GDestroyNotify)subset_free);
	return c;
}

void
pdf_cache_free(struct pdf_cache *c)
{
	if (c == NULL)
		return;
	g_hash_table_destroy(c->subsets);
	g_free(c);
}

/* The cache's key: the font file's path, then the code points. */
static GBytes *
subset_key(const char *path, const hb_set_t *cps)
{
	GByteArray	*k = g_byte_array_new();
	hb_codepoint_t	 c = HB_SET_VALUE_INVALID;

	g_byte_array_append(k, (const guint8 *)path, strlen(path) + 1);
	while (hb_set_next(cps, &c))
		g_byte_array_append(k, (const guint8 *)&c, sizeof(c));
	return g_byte_array_free_to_bytes(k);
}

/* pdf_each_item() callback: add a run's code points to its font's set. */
static void
add_chars(const struct pg_item *it, guint page, void *arg)
{
	hb_set_t	**chars = arg;
	const char	*s;
	int		 f, replaced = 0;

	(void)page;
	if (it->type != PG_RUN || it->u.run.text == NULL ||
	    (f = it->u.run.font) < 0)
		return;
	if (chars[f] == NULL)
		chars[f] = hb_set_create();
	for (s = it->u.run.text; *s != '\0'; ) {
		guchar c = (guchar)*s;

		/* ASCII as pdf_next_char() reads it, without decoding */
		if (c >= 0x20 && c < 0x7F) {
			hb_set_add(chars[f], c);
			s++;
		} else
			hb_set_add(chars[f], pdf_next_char(&s, &replaced));
	}
}

static int
em(double v, double upem)
{
	return (int)lround(v * 1000 / upem);
}

/* The descriptor's facts from the whole font (the subset drops OS/2). */
static void
get_metrics(hb_face_t *face, hb_font_t *font, struct metrics *m)
{
	hb_blob_t		*head;
	const guint8		*h;
	unsigned int		 len = sizeof(m->psname) - 1, i;
	hb_position_t		 v;

	m->upem = hb_face_get_upem(face);
	if (!hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME,
	    HB_LANGUAGE_INVALID, &len, m->psname) || m->psname[0] == '\0')
		g_strlcpy(m->psname, "Font", sizeof(m->psname));
	/* a PDF name: no delimiters, no spaces */
	for (i = 0; m->psname[i] != '\0'; i++)
		if (!g_ascii_isalnum(m->psname[i]) && m->psname[i] != '-' &&
		    m->psname[i] != '_')
			m->psname[i] = '-';
	m->ascent = hb_ot_metrics_get_position(font,
	    HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v) ? em(v, m->upem) : 800;
	m->descent = hb_ot_metrics_get_position(font,
	    HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v) ? em(v, m->upem) :
	    -200;
	m->cap = hb_ot_metrics_get_position(font,
	    HB_OT_METRICS_TAG_CAP_HEIGHT, &v) ? em(v, m->upem) : 700;
	m->xheight = hb_ot_metrics_get_position(font,
	    HB_OT_METRICS_TAG_X_HEIGHT, &v) ? em(v, m->upem) : 500;
	m->italic = hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE);
	m->bold = hb_style_get_value(font, HB_STYLE_TAG_WEIGHT) >= 600;
	/* head: xMin, yMin, xMax, yMax as int16 at byte 36 */
	head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
	h = (const guint8 *)hb_blob_get_data(head, &len);
	for (i = 0; i < 4; i++)
		m->bbox[i] = len >= 44 ? em((gint16)(h[36 + 2 * i] << 8 |
		    h[37 + 2 * i]), m->upem) : (i < 2 ? -200 : 1000);
	hb_blob_destroy(head);
}

/*
 * The plan of the subset of the font at path for the code points of cps
 * (sorted: CID i+1 is the i-th), keeping only the tables a CIDFontType2
 * needs, without hinting: with gid (per CID, in the subset), width (per
 * CID, 1/1000 em) and m filled.  Made on the writer's thread, executed
 * by subset_end on another.  NULL after reporting.
 */
static struct subset *
subset_begin(const char *path, const hb_set_t *cps)
{
	static const hb_tag_t	 keep[] = {
		HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'),
		HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'),
		HB_TAG('l', 'o', 'c', 'a'), HB_TAG('m', 'a', 'x', 'p')
	};
	struct subset		*s;
	GMappedFile		*map;
	GError			*err = NULL;
	hb_blob_t		*blob;
	hb_face_t		*face;
	hb_font_t		*font;
	hb_set_t		*drop;
	hb_codepoint_t		 c = HB_SET_VALUE_INVALID;
	const hb_map_t		*u2old, *old2new;
	int			 zero = 0;
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
	s = g_new0(struct subset, 1);
	s->gid = g_array_new(FALSE, FALSE, sizeof(int));
	s->width = g_array_new(FALSE, FALSE, sizeof(int));
	s->face = face;
	s->path = path;
	s->cps = cps;
	font = hb_font_create(face);
	get_metrics(face, font, &s->m);
	if ((s->in = hb_subset_input_create_or_fail()) == NULL)
		g_error("hb_subset_input_create_or_fail: out of memory");
	hb_set_union(hb_subset_input_unicode_set(s->in), cps);
	drop = hb_subset_input_set(s->in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	hb_set_clear(drop);
	hb_set_invert(drop);
	for (i = 0; i < G_N_ELEMENTS(keep); i++)
		hb_set_del(drop, keep[i]);
	hb_subset_input_set_flags(s->in, HB_SUBSET_FLAGS_NO_HINTING);
	if ((s->plan = hb_subset_plan_create_or_fail(face, s->in)) == NULL) {
		hb_font_destroy(font);
		subset_free(s);
		msg_at(NULL, NULL, MSG_ERROR, "%s: cannot subset font", path);
		return NULL;
	}
	u2old = hb_subset_plan_unicode_to_old_glyph_mapping(s->plan);
	old2new = hb_subset_plan_old_to_new_glyph_mapping(s->plan);
	/* CID 0: .notdef */
	g_array_append_val(s->gid, zero);
	g_array_append_val(s->width, zero);
	while (hb_set_next(cps, &c)) {
		hb_codepoint_t old = hb_map_get(u2old, c), g = 0;
		int w = 0;

		if (old != HB_MAP_VALUE_INVALID) {
			g = hb_map_get(old2new, old);
			w = em(hb_font_get_glyph_h_advance(font, old),
			    s->m.upem);
		}
		if (g == HB_MAP_VALUE_INVALID)
			g = 0;
		g_array_append_val(s->gid, g);
		g_array_append_val(s->width, w);
	}
	hb_font_destroy(font);
	return s;
}

/* ToUnicode: CID -> code point, consecutive runs as ranges (at most 100
 * lines a block, as the CMap format allows). */
static GString *
tounicode(const hb_set_t *cps)
{
	GString		*s = g_string_new(NULL), *lines = g_string_new(NULL);
	hb_codepoint_t	 c = HB_SET_VALUE_INVALID, first = 0, prev = 0;
	unsigned	 cid = 0, start = 0, n = 0;

	g_string_append(s, "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
	    "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-"
	    "UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
	    "endcodespacerange\n");
	for (;;) {
		int more = hb_set_next(cps, &c);

		cid++;
		/* close the run before c if c does not continue it */
		if (cid > 1 && (!more || c != prev + 1)) {
			g_string_append_printf(lines, "<%04X> <%04X> <%04X>\n",
			    start, cid - 1, first);
			if (++n == 100) {
				g_string_append_printf(s, "%u beginbfrange\n"
				    "%sendbfrange\n", n, lines->str);
				g_string_truncate(lines, 0);
				n = 0;
			}
		}
		if (!more)
			break;
		if (cid == 1 || c != prev + 1) {
			start = cid;
			first = c;
		}
		prev = c;
	}
	if (n > 0)
		g_string_append_printf(s, "%u beginbfrange\n%sendbfrange\n", n,
		    lines->str);
	g_string_append(s, "endcmap\nCMapName currentdict /CMap "
	    "defineresource pop\nend\nend\n");
	g_string_free(lines, TRUE);
	return s;
}

/* The subset tag: six capitals from the bytes, so the same input gives
 * the same name. */
static void
subset_tag(hb_blob_t *sub, char tag[7])
{
	guint8		 digest[20];
	gsize		 dlen = sizeof(digest);
	GChecksum	*ck = g_checksum_new(G_CHECKSUM_SHA1);
	const char	*data;
	unsigned int	 len;
	int		 i;

	data = hb_blob_get_data(sub, &len);
	g_checksum_update(ck, (const guchar *)data, len);
	g_checksum_get_digest(ck, digest, &dlen);
	g_checksum_free(ck);
	for (i = 0; i < 6; i++)
		tag[i] = 'A' + digest[i] % 26;
	tag[6] = '\0';
}

/*
 * The subset of a plan made (p: struct subset), its bytes deflated
 * (zlib's default level, as libharu's filter), and its CMap and CID map;
 * on failure s->file stays NULL, reported.  Uses no libharu object: run
 * by threads of GLib's pool while the pages are drawn (pdf_make_fonts).
 */
static void
subset_end(gpointer p, gpointer unused)
{
	struct subset	*s = p;
	hb_face_t	*sub;
	hb_blob_t	*out;
	const char	*data;
	unsigned int	 len;
	GString		*text;
	GByteArray	*gmap;
	guint		 i;

	(void)unused;
	sub = hb_subset_plan_execute_or_fail(s->plan);
	out = sub != NULL ? hb_face_reference_blob(sub) : NULL;
	if (sub != NULL)
		hb_face_destroy(sub);
	subset_unplan(s);
	if (out == NULL || hb_blob_get_length(out) == 0) {
		hb_blob_destroy(out);
		msg_at(NULL, NULL, MSG_ERROR, "%s: cannot subset font",
		    s->path);
		return;
	}
	subset_tag(out, s->tag);
	data = hb_blob_get_data(out, &len);
	s->len1 = len;
	s->file = pdf_deflate(data, len);
	hb_blob_destroy(out);
	/* the CMap and the CID to glyph map depend on cps alone */
	text = tounicode(s->cps);
	s->tounicode = pdf_deflate(text->str, text->len);
	g_string_free(text, TRUE);
	gmap = g_byte_array_sized_new(s->gid->len * 2);
	for (i = 0; i < s->gid->len; i++) {
		int	g = g_array_index(s->gid, int, i);
		guint8	b[2] = { (guint8)(g >> 8), (guint8)(g & 0xFF) };

		g_byte_array_append(gmap, b, 2);
	}
	s->cidmap = pdf_deflate(gmap->data, gmap->len);
	g_byte_array_free(gmap, TRUE);
	if (s->file == NULL || s->tounicode == NULL || s->cidmap == NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: cannot compress the font",
		    s->path);
		g_clear_pointer(&s->file, g_bytes_unref);
	}
	/* theirs, not the subset's: a kept subset outlives them */
	s->path = NULL;
	s->cps = NULL;
}

/* The fonts' subsets, made by the pool while the pages are drawn. */
struct pdf_fontwork {
	hb_set_t	**chars;	/* per font: its code points */
	struct subset	**sub;		/* per font: its subset */
	int		 *made;		/* per font: sub is this run's */
	GThreadPool	 *pool;
};

/*
 * The Type0 font of index f and what hangs from it but the subset's
 * streams and name (font_streams, once it is made): the widths and the
 * CIDs the pages are drawn with.
 */
static int
font_dicts(struct pdf *w, guint f, const hb_set_t *cps,
    const struct subset *s)
{
	struct pdf_font	*pf = &w->fonts[f];
	HPDF_MMgr	 mm = w->doc->mmgr;
	const struct metrics *m = &s->m;
	HPDF_Dict	 type0, cid, desc, info;
	HPDF_Array	 arr, wa, bbox, ws;
	guint		 i;
	hb_codepoint_t	 c = HB_SET_VALUE_INVALID;

	pf->width = g_array_copy(s->width);
	pf->cid = g_hash_table_new(g_direct_hash, g_direct_equal);
	pf->low = g_new0(guint16, PDF_FONT_LOW);
	for (i = 1; hb_set_next(cps, &c); i++) {
		g_hash_table_insert(pf->cid, GUINT_TO_POINTER(c),
		    GUINT_TO_POINTER(i));
		if (c < PDF_FONT_LOW)
			pf->low[c] = (guint16)i;
	}
	type0 = HPDF_Dict_New(mm);
	cid = HPDF_Dict_New(mm);
	desc = HPDF_Dict_New(mm);
	info = HPDF_Dict_New(mm);
	arr = HPDF_Array_New(mm);
	wa = HPDF_Array_New(mm);
	bbox = HPDF_Array_New(mm);
	ws = HPDF_Array_New(mm);
	if (type0 == NULL || cid == NULL || desc == NULL || info == NULL ||
	    arr == NULL || wa == NULL || bbox == NULL || ws == NULL ||
	    HPDF_Xref_Add(w->doc->xref, type0) != HPDF_OK ||
	    HPDF_Xref_Add(w->doc->xref, cid) != HPDF_OK ||
	    HPDF_Xref_Add(w->doc->xref, desc) != HPDF_OK)
		return -1;
	HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
	/* nonsymbolic; italic; bold stems thickened at small sizes */
	HPDF_Dict_AddNumber(desc, "Flags", 32 | (m->italic != 0 ? 64 : 0) |
	    (m->bold ? 1 << 18 : 0));
	for (i = 0; i < 4; i++)
		HPDF_Array_AddNumber(bbox, m->bbox[i]);
	HPDF_Dict_Add(desc, "FontBBox", bbox);
	HPDF_Dict_AddReal(desc, "ItalicAngle", (HPDF_REAL)m->italic);
	HPDF_Dict_AddNumber(desc, "Ascent", m->ascent);
	HPDF_Dict_AddNumber(desc, "Descent", m->descent);
	HPDF_Dict_AddNumber(desc, "CapHeight", m->cap);
	HPDF_Dict_AddNumber(desc, "XHeight", m->xheight);
	HPDF_Dict_AddNumber(desc, "StemV", m->bold ? 140 : 80);

	HPDF_Dict_Add(info, "Registry", HPDF_String_New(mm, "Adobe", NULL));
	HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mm, "Identity",
	    NULL));
	HPDF_Dict_AddNumber(info, "Supplement", 0);

	HPDF_Dict_AddName(cid, "Type", "Font");
	HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
	HPDF_Dict_Add(cid, "CIDSystemInfo", info);
	HPDF_Dict_Add(cid, "FontDescriptor", desc);
	/* W: [1 [w1 w2 ...]], every CID after .notdef */
	HPDF_Array_AddNumber(wa, 1);
	for (i = 1; i < pf->width->len; i++)
		HPDF_Array_AddNumber(ws, g_array_index(pf->width, int, i));
	HPDF_Array_Add(wa, ws);
	HPDF_Dict_Add(cid, "W", wa);

	HPDF_Dict_AddName(type0, "Type", "Font");
	HPDF_Dict_AddName(type0, "Subtype", "Type0");
	HPDF_Dict_AddName(type0, "Encoding", "Identity-H");
	HPDF_Array_Add(arr, cid);
	HPDF_Dict_Add(type0, "DescendantFonts", arr);
	pf->dict = type0;
	pf->cidfont = cid;
	pf->desc = desc;
	g_snprintf(pf->res, sizeof(pf->res), "F%u", f + 1);
	return pdf_failed(w) ? -1 : 0;
}

/* The subset's streams and its name, in the dictionaries of font f. */
static int
font_streams(struct pdf *w, guint f, const struct subset *s)
{
	struct pdf_font	*pf = &w->fonts[f];
	HPDF_Dict	 file, map, tou;
	const char	*data;
	char		*name;
	gsize		 len;

	data = g_bytes_get_data(s->file, &len);
	file = pdf_stream_flated(w, data, len);
	data = g_bytes_get_data(s->cidmap, &len);
	map = pdf_stream_flated(w, data, len);
	data = g_bytes_get_data(s->tounicode, &len);
	tou = pdf_stream_flated(w, data, len);
	if (file == NULL || map == NULL || tou == NULL)
		return -1;
	HPDF_Dict_AddNumber(file, "Length1", (HPDF_INT)s->len1);
	name = g_strdup_printf("%s+%s", s->tag, s->m.psname);
	HPDF_Dict_AddName(pf->desc, "FontName", name);
	HPDF_Dict_Add(pf->desc, "FontFile2", file);
	HPDF_Dict_AddName(pf->cidfont, "BaseFont", name);
	HPDF_Dict_Add(pf->cidfont, "CIDToGIDMap", map);
	HPDF_Dict_AddName(pf->dict, "BaseFont", name);
	HPDF_Dict_Add(pf->dict, "ToUnicode", tou);
	g_free(name);
	return pdf_failed(w) ? -1 : 0;
}

/*
 * The fonts of the document, but for their subsets: those not in the
 * cache are planned here and made by threads of GLib's shared pool
 * (two at most, reused by the page deflates and the next build) while
 * the pages are drawn; pdf_fonts_finish puts them in.
 */
int
pdf_make_fonts(struct pdf *w)
{
	const struct pages	*pp = w->pp;
	struct pdf_fontwork	*fw = g_new0(struct pdf_fontwork, 1);
	guint			 i;
	GBytes			*key;

	w->fonts = g_new0(struct pdf_font, pp->fonts->len);
	w->fontwork = fw;
	fw->chars = g_new0(hb_set_t *, pp->fonts->len);
	fw->sub = g_new0(struct subset *, pp->fonts->len);
	fw->made = g_new0(int, pp->fonts->len);
	pdf_each_item(pp, add_chars, fw->chars);
	for (i = 0; i < pp->fonts->len; i++) {
		const char *path = g_ptr_array_index(pp->fonts, i);

		if (fw->chars[i] == NULL)
			continue;
		/* a tagged PDF draws the spaces between words (the
		 * structure's text is read from the glyphs) */
		if (w->tags != NULL)
			hb_set_add(fw->chars[i], ' ');
		if (w->cache != NULL) {
			key = subset_key(path, fw->chars[i]);
			fw->sub[i] = g_hash_table_lookup(w->cache->subsets,
			    key);
			g_bytes_unref(key);
		}
		if (fw->sub[i] == NULL) {
			if ((fw->sub[i] = subset_begin(path, fw->chars[i])) ==
			    NULL)
				return -1;
			fw->made[i] = 1;
			if (fw->pool == NULL)
				fw->pool = g_thread_pool_new(subset_end, NULL, 2,
				    FALSE, NULL);
			g_thread_pool_push(fw->pool, fw->sub[i], NULL);
		}
		if (font_dicts(w, i, fw->chars[i], fw->sub[i]) != 0) {
			if (pdf_failed(w))
				pdf_report_lib(w, path);
			return -1;
		}
	}
	return 0;
}

/* Wait for the subsets' threads. */
static void
fonts_wait(struct pdf_fontwork *fw)
{
	if (fw->pool != NULL)
		g_thread_pool_free(fw->pool, FALSE, TRUE);
	fw->pool = NULL;
}

int
pdf_fonts_finish(struct pdf *w)
{
	struct pdf_fontwork	*fw = w->fontwork;
	guint			 i;
	int			 ret = 0;

	fonts_wait(fw);
	for (i = 0; i < w->pp->fonts->len && ret == 0; i++) {
		struct subset *s = fw->sub[i];

		if (s == NULL)
			continue;
		if (s->file == NULL)
			ret = -1;	/* reported */
		else if (font_streams(w, i, s) != 0) {
			if (pdf_failed(w))
				pdf_report_lib(w, g_ptr_array_index(
				    w->pp->fonts, i));
			ret = -1;
		} else if (fw->made[i] && w->cache != NULL) {
			g_hash_table_insert(w->cache->subsets, subset_key(
			    g_ptr_array_index(w->pp->fonts, i), fw->chars[i]),
			    s);
			fw->made[i] = 0;
		}
	}
	return ret;
}

void
pdf_fonts_free(struct pdf *w)
{
	struct pdf_fontwork	*fw = w->fontwork;
	guint			 i;

	if (fw != NULL)
		fonts_wait(fw);
	for (i = 0; fw != NULL && i < w->pp->fonts->len; i++) {
		if (fw->made[i])
			subset_free(fw->sub[i]);
		if (fw->chars[i] != NULL)
			hb_set_destroy(fw->chars[i]);
	}
	if (fw != NULL) {
		g_free(fw->chars);
		g_free(fw->sub);
		g_free(fw->made);
		g_free(fw);
		w->fontwork = NULL;
	}
	for (i = 0; w->fonts != NULL && i < w->pp->fonts->len; i++) {
		if (w->fonts[i].cid != NULL)
			g_hash_table_destroy(w->fonts[i].cid);
		g_free(w->fonts[i].low);
		if (w->fonts[i].width != NULL)
			g_array_unref(w->fonts[i].width);
	}
	g_free(w->fonts);
	w->fonts = NULL;
}

/* The font of index f in the resources of page: under its name "Fn". */
void
pdf_font_use(struct pdf *w, HPDF_Page page, int f)
{
	HPDF_Dict	res, fonts;

	res = HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT);
	if (res == NULL)
		return;
	fonts = HPDF_Dict_GetItem(res, "Font", HPDF_OCLASS_DICT);
	if (fonts == NULL) {
		if ((fonts = HPDF_Dict_New(w->doc->mmgr)) == NULL)
			return;
		HPDF_Dict_Add(res, "Font", fonts);
	}
	if (HPDF_Dict_GetItem(fonts, w->fonts[f].res, HPDF_OCLASS_DICT) ==
	    NULL)
		HPDF_Dict_Add(fonts, w->fonts[f].res, w->fonts[f].dict);
}
