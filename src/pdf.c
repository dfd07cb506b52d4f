/* SPDX-License-Identifier: MIT */
/*
 * PDF writer: replays the page model through libharu with hb-subset
 * fonts.  Here the document: its pages created, fonts, outline, info,
 * ID, and the file saved; pdf_page.c draws the pages.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <hpdf.h>
#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "fileio.h"
#include "msg.h"
#include "pdf.h"
#include "pdf_int.h"

/*
 * libharu 2.3.0 is used through its public API where it can, and through
 * its installed internal headers (hpdf_doc.h, hpdf_objects.h,
 * hpdf_pages.h, hpdf_streams.h) for what the API lacks: our own font
 * objects (pdf_font.c), text as TJ arrays, annotations' appearances,
 * catalog entries, the document ID and fractional dash patterns.
 */
static void	 on_error(HPDF_STATUS, HPDF_STATUS, void *);
static void	 add_anchor(const struct pg_item *, guint, void *);
static int	 make_outline(struct pdf *);
static int	 set_info(struct pdf *, const struct pdf_info *);
static void	 hash_str(GChecksum *, const char *);
static void	 hash_num(GChecksum *, double);
static void	 hash_begin(struct pdf *, const struct pdf_info *);
static void	 hash_page(struct pdf *, guint);
static int	 set_id(struct pdf *, guint8 *);
static int	 save(struct pdf *, const struct pdf_info *, GBytes **);
static int	 render(const struct pages *, struct pages *,
		    const struct pdf_info *, const char *, GBytes **);

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/* libharu's error handler: keep the first error; no longjmp. */
static void
on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *arg)
{
	struct pdf	*w = arg;

	if (w->error_no == 0) {
		w->error_no = error_no;
		w->detail_no = detail_no;
	}
}

/* pdf_each_item() callback: record an anchor; the first of a name wins. */
static void
add_anchor(const struct pg_item *it, guint page, void *arg)
{
	GHashTable	*anchors = arg;
	struct dest	*d;

	if (it->type != PG_ANCHOR || it->u.anchor.name == NULL ||
	    g_hash_table_contains(anchors, it->u.anchor.name))
		return;
	d = g_new(struct dest, 1);
	d->page = page;
	d->y = it->u.anchor.y;
	/* a copy of the name: the page that holds it may go first */
	g_hash_table_insert(anchors, g_strdup(it->u.anchor.name), d);
}

/* ------------------------------------------------------------------ */
/* Document                                                             */
/* ------------------------------------------------------------------ */

/* Bookmarks nested by level; a level deeper than its parent + 1 is
 * taken as parent + 1. */
static int
make_outline(struct pdf *w)
{
	const GArray		*ol = w->pp->outline;
	const struct pg_outline	*o;
	HPDF_Outline		 stack[OUTLINE_DEPTH], item;
	HPDF_Destination	 dst;
	guint			 i;
	int			 level, depth = 0;

	if (ol->len == 0)
		return 0;
	for (i = 0; i < ol->len; i++) {
		char *b;

		o = &g_array_index(ol, struct pg_outline, i);
		level = CLAMP(o->level, 0, MIN(depth, OUTLINE_DEPTH - 1));
		b = pdf_doc_bytes(o->title != NULL ? o->title : "");
		w->doc->cur_encoder = NULL;
		item = HPDF_CreateOutline(w->doc,
		    level == 0 ? NULL : stack[level - 1],
		    b != NULL ? b : "", NULL);
		/* a title PDFDocEncoding cannot say: UTF-16 */
		if (item != NULL && b == NULL)
			HPDF_Dict_Add(item, "Title", pdf_utf16(w, o->title));
		g_free(b);
		if (item == NULL)
			break;
		HPDF_Outline_SetOpened(item, HPDF_TRUE);
		if (o->page >= 0 && (guint)o->page < w->npages &&
		    (dst = pdf_dest(w, o->page, o->y)) != NULL)
			HPDF_Outline_SetDestination(item, dst);
		stack[level] = item;
		depth = level + 1;
	}
	HPDF_SetPageMode(w->doc, HPDF_PAGE_MODE_USE_OUTLINE);
	return pdf_failed(w) ? -1 : 0;
}

/* Info dictionary and catalog entries. */
static int
set_info(struct pdf *w, const struct pdf_info *info)
{
	static const HPDF_InfoType	 types[] = {
		HPDF_INFO_TITLE, HPDF_INFO_AUTHOR, HPDF_INFO_SUBJECT,
		HPDF_INFO_KEYWORDS, HPDF_INFO_CREATOR
	};
	static const char *const	 keys[] = {
		"Title", "Author", "Subject", "Keywords", "Creator"
	};
	const char			*vals[G_N_ELEMENTS(types)];
	HPDF_Date			 date;
	HPDF_Dict			 prefs;
	size_t				 i;

	vals[0] = info->title;
	vals[1] = info->author;
	vals[2] = info->subject;
	vals[3] = info->keywords;
	vals[4] = info->creator;
	/* with no encoder libharu writes the bytes given, so
	 * PDFDocEncoding text goes as it is; other text is put in as
	 * UTF-16 by hand (libharu's UTF-8 encoder costs 1.4 M
	 * instructions to make) */
	w->doc->cur_encoder = NULL;
	for (i = 0; i < G_N_ELEMENTS(types); i++) {
		char *b;

		if (vals[i] == NULL || vals[i][0] == '\0')
			continue;
		b = pdf_doc_bytes(vals[i]);
		HPDF_SetInfoAttr(w->doc, types[i], b != NULL ? b : "");
		if (b == NULL && w->doc->info != NULL)
			HPDF_Dict_Add(w->doc->info, keys[i], pdf_utf16(w,
			    vals[i]));
		g_free(b);
	}
	if (info->year != 0) {
		memset(&date, 0, sizeof(date));
		date.year = info->year;
		date.month = info->month;
		date.day = info->day;
		date.hour = info->hour;
		date.minutes = info->minute;
		date.seconds = info->second;
		date.ind = 'Z';
		HPDF_SetInfoDateAttr(w->doc, HPDF_INFO_CREATION_DATE, date);
		HPDF_SetInfoDateAttr(w->doc, HPDF_INFO_MOD_DATE, date);
	}
	if (info->lang != NULL && info->lang[0] != '\0')
		HPDF_Dict_Add(w->doc->catalog, "Lang",
		    HPDF_String_New(w->doc->mmgr, info->lang, NULL));
	/* HPDF_SetViewerPreference has no DisplayDocTitle in 2.3.0. */
	if ((prefs = HPDF_Dict_New(w->doc->mmgr)) != NULL) {
		HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
		HPDF_Dict_Add(w->doc->catalog, "ViewerPreferences", prefs);
	}
	/* /Lang and DisplayDocTitle are PDF 1.4. */
	if (w->doc->pdf_version < HPDF_VER_14)
		w->doc->pdf_version = HPDF_VER_14;
	return pdf_failed(w) ? -1 : 0;
}

/* Feed a string, then a number as text, to a checksum. */
static void
hash_str(GChecksum *ck, const char *s)
{
	g_checksum_update(ck, (const guchar *)(s != NULL ? s : ""),
	    (s != NULL ? strlen(s) : 0) + 1);
}

static void
hash_num(GChecksum *ck, double v)
{
	/* the value's bytes: the same input gives the same ID (formatting
	 * every number as text cost a tenth of the whole run) */
	if (v == 0)
		v = 0;	/* -0 and 0 alike */
	g_checksum_update(ck, (const guchar *)&v, sizeof(v));
}

/* An image's place and bytes, which its page's content (hashed by
 * pdf_compress_page) names but does not hold. */
static void
hash_image(const struct pg_item *it, GChecksum *ck)
{
	hash_num(ck, it->u.image.x);
	hash_num(ck, it->u.image.y);
	hash_num(ck, it->u.image.w);
	g_checksum_update(ck, g_bytes_get_data(it->u.image.data, NULL),
	    g_bytes_get_size(it->u.image.data));
}

/*
 * An MD5 digest of what the document shows, for the document ID: what
 * the document says of itself first, then each page: the digest of its
 * content stream as drawn, made by the thread that compresses it
 * (pdf_compress_page; hashing each item's numbers here had cost a
 * million instructions a build of the example), and its images.
 */
static void
hash_begin(struct pdf *w, const struct pdf_info *info)
{
	const struct pages	*pp = w->pp;
	guint			 i;

	w->ck = g_checksum_new(G_CHECKSUM_MD5);
	hash_str(w->ck, info->title);
	hash_str(w->ck, info->author);
	hash_str(w->ck, info->subject);
	hash_str(w->ck, info->keywords);
	hash_str(w->ck, info->lang);
	hash_num(w->ck, info->year);
	hash_num(w->ck, info->month);
	hash_num(w->ck, info->day);
	hash_num(w->ck, pp->width);
	hash_num(w->ck, pp->height);
	hash_num(w->ck, info->pdfa);
	/* a source attached changes the file, if not the pages */
	if (w->att != NULL)
		g_checksum_update(w->ck, (const guchar *)w->att, w->att_len);
	/* the fonts by file name, not path: where the program is
	 * installed does not change the file */
	for (i = 0; i < pp->fonts->len; i++) {
		char *base = g_path_get_basename(g_ptr_array_index(pp->fonts,
		    i));

		hash_str(w->ck, base);
		g_free(base);
	}
}

/* The items of page i (w->flows), in reading order, into the digest. */
static void
hash_page(struct pdf *w, guint i)
{
	const struct pg_flow	*fl;
	const struct pg_item	*it;
	guint			 j, k;

	(void)i;
	for (j = 0; w->flows != NULL && j < w->flows->len; j++) {
		fl = g_ptr_array_index(w->flows, j);
		for (k = 0; k < fl->items->len; k++) {
			it = &g_array_index(fl->items, struct pg_item, k);
			if (it->type == PG_IMAGE && it->u.image.data != NULL)
				hash_image(it, w->ck);
		}
	}
}

/*
 * The trailer's /ID, derived from the content (libharu writes none
 * unless encrypting, and then hashes the clock): same input, same bytes.
 */
static int
set_id(struct pdf *w, guint8 *digest)
{
	HPDF_Array	 id;
	gsize		 len = 16;

	g_checksum_get_digest(w->ck, digest, &len);
	memcpy(w->id, digest, 16);
	if ((id = HPDF_Array_New(w->doc->mmgr)) == NULL)
		return -1;
	HPDF_Dict_Add(w->doc->trailer, "ID", id);
	HPDF_Array_Add(id, HPDF_Binary_New(w->doc->mmgr, digest, 16));
	HPDF_Array_Add(id, HPDF_Binary_New(w->doc->mmgr, digest, 16));
	return pdf_failed(w) ? -1 : 0;
}

/*
 * Serialise: into *bytes (g_bytes_unref) when bytes is set, else into
 * w->path, atomically.  Returns 0, or -1 after reporting why.
 */
static int
save(struct pdf *w, const struct pdf_info *info, GBytes **bytes)
{
	GByteArray	*file;
	struct outfile	 o;
	int		 saved;

	if (pdf_pack_save(w, w->id, &file) != 0 || pdf_failed(w)) {
		if (file != NULL)
			g_byte_array_unref(file);
		pdf_report_lib(w, w->path);
		return -1;
	}
	if (bytes != NULL) {
		*bytes = g_byte_array_free_to_bytes(file);
		return 0;
	}
	if (fileio_out_open(&o, w->path, info->mode != 0 ? info->mode :
	    0644) == 0) {
		if (info->nosync)
			fileio_out_nosync(&o);
		if (fileio_out_write(&o, file->data, file->len) == 0 &&
		    fileio_out_commit(&o, 1) == 0) {
			if (info->written_at != NULL)
				*info->written_at = g_get_monotonic_time();
			g_byte_array_unref(file);
			return 0;
		}
	}
	saved = errno;
	fileio_out_abort(&o);
	g_byte_array_unref(file);
	msg_at(NULL, NULL, MSG_ERROR, "%s: %s", w->path, g_strerror(saved));
	return -1;
}

int
pdf_write(const struct pages *pp, const struct pdf_info *info,
    const char *path)
{
	return render(pp, NULL, info, path, NULL);
}

int
pdf_write_take(struct pages *pp, const struct pdf_info *info,
    const char *path)
{
	return render(pp, pp, info, path, NULL);
}

GBytes *
pdf_render(const struct pages *pp, const struct pdf_info *info,
    const char *path)
{
	GBytes	*res = NULL;

	return render(pp, NULL, info, path, &res) == 0 ? res : NULL;
}

/*
 * The PDF of pp into *bytes, or when bytes is NULL into the file path.
 * With take (pp itself), each page's items go once the page is drawn:
 * the model shrinks as the PDF grows.  Returns 0, or -1 after reporting
 * why.
 */
static int
render(const struct pages *pp, struct pages *take,
    const struct pdf_info *info, const char *path, GBytes **bytes)
{
	struct pdf	 w;
	GError		*err = NULL;
	int		 res = -1;
	guint8		 digest[16];
	guint		 i;

	memset(&w, 0, sizeof(w));
	w.pdfa = info->pdfa;
	w.cache = info->cache;
	w.pp = pp;
	w.path = path;
	if (info->attach != NULL && !g_file_get_contents(info->attach, &w.att,
	    &w.att_len, &err)) {
		msg_at(NULL, NULL, MSG_ERROR, "cannot attach the source: %s",
		    err->message);
		g_error_free(err);
		return -1;
	}
	if ((w.doc = HPDF_New(on_error, &w)) == NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: out of memory", path);
		g_free(w.att);
		return -1;
	}
	g_mutex_init(&w.zlock);
	g_cond_init(&w.zcond);
	HPDF_SetCompressionMode(w.doc, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(w.doc);
	if (pdf_failed(&w) || set_info(&w, info) != 0 ||
	    pdf_make_pages(&w) != 0) {
		pdf_report_lib(&w, path);
		goto out;
	}
	if (info->tags)
		w.tags = pdf_tags_new(&w);
	if (pdf_make_fonts(&w) != 0)
		goto out;
	w.anchors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	pdf_each_item(pp, add_anchor, w.anchors);
	hash_begin(&w, info);
	for (i = 0; i < w.npages; i++) {
		/* the page's flows, each in one array */
		w.flows = i < pp->pages->len ?
		    page_flat(g_ptr_array_index(pp->pages, i)) : NULL;
		if (pdf_draw_page(&w, i) != 0) {
			pdf_report_lib(&w, path);
			goto out;
		}
		hash_page(&w, i);
		g_clear_pointer(&w.flows, g_ptr_array_unref);
		if (pdf_compress_page(&w, i) != 0) {
			pdf_report_lib(&w, path);
			goto out;
		}
		if (take != NULL && i < take->pages->len)
			page_clear(g_ptr_array_index(take->pages, i));
	}
	if (pdf_fonts_finish(&w) != 0)
		goto out;
	/* the last page's compression first: its digest is in the ID */
	if (pdf_compress_wait(&w) != 0 || pdf_tags_finish(&w) != 0 ||
	    make_outline(&w) != 0 || set_id(&w, digest) != 0) {
		pdf_report_lib(&w, path);
		goto out;
	}
	/* page labels "1", "2"...: what the footer prints */
	HPDF_AddPageLabel(w.doc, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, NULL);
	if (pdf_attach(&w, info) != 0 || pdf_archive(&w, info, digest) != 0) {
		if (pdf_failed(&w))
			pdf_report_lib(&w, path);
		goto out;
	}
	if ((res = save(&w, info, bytes)) != 0)
		goto out;
	if (w.replaced)
		msg_at(NULL, NULL, MSG_WARNING, "%s: characters above U+FFFF "
		    "or invalid UTF-8 drawn as U+FFFD", path);
out:
	pdf_compress_wait(&w);
	if (w.zpool != NULL)
		g_thread_pool_free(w.zpool, FALSE, TRUE);
	g_mutex_clear(&w.zlock);
	g_cond_clear(&w.zcond);
	if (w.anchors != NULL)
		g_hash_table_destroy(w.anchors);
	if (w.ck != NULL)
		g_checksum_free(w.ck);
	if (w.flows != NULL)
		g_ptr_array_unref(w.flows);
	g_free(w.att);
	pdf_tags_free(w.tags);
	pdf_fonts_free(&w);
	HPDF_Free(w.doc);
	for (i = 0; w.content != NULL && i < w.npages; i++)
		if (w.content[i] != NULL)
			g_byte_array_unref(w.content[i]);
	g_free(w.content);
	g_free(w.pages);
	return res;
}
