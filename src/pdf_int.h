/* SPDX-License-Identifier: MIT */
/*
 * Internals shared by the PDF writer's files, in layers, each calling
 * only those below it:
 *   pdf.c          the document: pages made, outline, info, ID, saving
 *   pdf_page.c     each page's content stream, its links
 *   pdf_font.c, pdf_annot.c, pdf_archive.c
 *                  fonts; notes and highlights; attachment and PDF/A
 *   pdf_tags.c     the structure tree (tagged PDF)
 *   pdf_obj.c      primitives: errors, strings, streams, destinations
 */
#ifndef BRIEFING_PDF_INT_H
#define BRIEFING_PDF_INT_H

#include <glib.h>
#include <hb.h>
#include <hpdf.h>

#include "pages.h"
#include "pdf.h"

#define OUTLINE_DEPTH	16

/* Where a named anchor points: a page index and y from the top. */
struct dest {
	guint	 page;
	double	 y;
};

/* Code points below this (Latin, Greek, Cyrillic, Hebrew, Arabic) find
 * their CID in a table: a hash lookup per glyph was a tenth of writing
 * the text. */
#define PDF_FONT_LOW	0x800

/* An embedded font: its Type0 dictionary, how its code points are
 * encoded (CID) and how wide each CID is (1/1000 em, as in /W). */
struct pdf_font {
	HPDF_Dict	 dict;		/* NULL: unused */
	GHashTable	*cid;		/* code point -> CID */
	guint16		*low;		/* the same below PDF_FONT_LOW, by
					 * index (0: none), or NULL */
	GArray		*width;		/* int per CID */
	char		 res[12];	/* resource name, "F1" */
	HPDF_Dict	 cidfont;	/* its descendant font */
	HPDF_Dict	 desc;		/* and that one's descriptor */
};

/* The writer's state for one pdf_write() call. */
struct pdf {
	HPDF_Doc		 doc;
	HPDF_STATUS		 error_no;	/* first libharu error */
	HPDF_STATUS		 detail_no;
	const struct pages	*pp;
	const char		*path;		/* output, for messages */
	struct pdf_font		*fonts;		/* per pp->fonts */
	struct pdf_fontwork	*fontwork;	/* their subsets, being made */
	HPDF_Page		*pages;		/* per pp->pages */
	GByteArray		**content;	/* per page: what its stream
						 * holds while it is drawn (a
						 * callback writer's, NULL once
						 * handed over) */
	guint			 npages;
	GHashTable		*anchors;	/* char * -> struct dest * */
	int			 replaced;	/* a code point became U+FFFD */
	int			 pdfa;		/* PDF/A-3b wanted */
	char			*att;		/* the file to attach, read once,
						 * or NULL */
	gsize			 att_len;
	HPDF_Dict		 call_ap;	/* appearance of sticky notes,
						 * shared; NULL: not made */
	HPDF_Dict		 multiply;	/* ExtGState resources of the
						 * highlights, shared */
	GChecksum		*ck;		/* the document ID's digest, fed
						 * page by page */
	GPtrArray		*flows;		/* the flows of the page being
						 * drawn, one array each
						 * (page_flat) */
	struct pdf_cache	*cache;		/* kept subsets, or NULL */
	struct pdf_tags		*tags;		/* the structure tree, or NULL:
						 * untagged */
	guint8			 id[16];	/* the document ID */
	struct pdf_zjob		*zjob;		/* a page being compressed on
						 * a thread, or NULL */
	GThreadPool		*zpool;		/* its thread: one of GLib's
						 * shared pool, not one made
						 * for each page */
	GMutex			 zlock;		/* its end, signalled */
	GCond			 zcond;
};

/* --- pdf_obj.c ---------------------------------------------------- */

/* libharu's callback writer into a byte array (the stream's attr). */
HPDF_STATUS	 pdf_append_bytes(HPDF_Stream st, const HPDF_BYTE *ptr,
		    HPDF_UINT siz);
/* v in decimal at the end of s (what "%u" prints, without printf). */
void		 pdf_append_uint(GString *s, guint32 v);
/* Keep libharu's first error; true if there is one. */
int		 pdf_failed(struct pdf *w);
/* len bytes of data deflated at zlib's default level (the bytes
 * libharu's FlateDecode filter writes), or NULL; thread-safe. */
GBytes		*pdf_deflate(const void *data, size_t len);
/* Report libharu's first error, about what (a path). */
void		 pdf_report_lib(struct pdf *w, const char *what);
/* Report a GLib error about a path. */
void		 pdf_report_gerror(const char *path, GError *err);
/* The next code point of s (advanced); invalid UTF-8 and code points
 * above U+FFFF give U+FFFD and set *replaced. */
gunichar	 pdf_next_char(const char **s, int *replaced);
/* fn(item, page index, arg) on every item, in reading order. */
void		 pdf_each_item(const struct pages *pp,
		    void (*fn)(const struct pg_item *, guint, void *),
		    void *arg);
/* UTF-8 as PDFDocEncoding bytes (g_free), or NULL when a character has
 * no code there. */
char		*pdf_doc_bytes(const char *utf8);
/* A text string: literal PDFDocEncoding where it can be (smaller),
 * else UTF-16BE; an object for HPDF_Dict_Add. */
void		*pdf_text(struct pdf *w, const char *utf8);
/* A text string in UTF-16BE, its byte order mark first. */
void		*pdf_utf16(struct pdf *w, const char *utf8);
/* A new indirect stream object holding len bytes, Flate-compressed if
 * compress is set; NULL on failure (recorded in w). */
HPDF_Dict	 pdf_stream(struct pdf *w, const void *data, size_t len,
		    int compress);
/* A stream of bytes compressed already (as libharu's FlateDecode
 * would): its filter said, the bytes written as they are. */
HPDF_Dict	 pdf_stream_flated(struct pdf *w, const void *data,
		    size_t len);
/* The write_fn of such a stream: writes its /Filter. */
HPDF_STATUS	 pdf_write_flate(HPDF_Dict d, HPDF_Stream st);
/* A coordinate rounded to a quarter point: exact in binary, short in
 * the file. */
double		 pdf_q4(double v);
/* Flags (/F) of an annotation; drops the optional /P. */
void		 pdf_annot_common(HPDF_Annotation a, int flags);
/* A destination: page index pg, y from the top at the window's top. */
HPDF_Destination pdf_dest(struct pdf *w, guint pg, double y);

/* --- pdf_tags.c: the structure tree -------------------------------- */

/* The tree's state for w (from w->pp->tags), or NULL when pp has no
 * element but the document. */
struct pdf_tags	*pdf_tags_new(struct pdf *w);
void		 pdf_tags_free(struct pdf_tags *);
/* The next marked-content id of page pg, content of element tag. */
int		 pdf_tags_mcid(struct pdf *w, guint pg, int tag);
/* The role name an element's marked content is tagged with. */
const char	*pdf_tags_role(struct pdf *w, int tag);
/*
 * Annotation a of page pg in the tree: inside element tag if its role
 * is role, else in a new element of that role under tag (0: the
 * document).  Sets the annotation's /StructParent.
 */
void		 pdf_tags_annot(struct pdf *w, HPDF_Annotation a, guint pg,
		    int tag, enum pg_role role);
/* Write the tree, the parent tree and the catalog's entries. */
int		 pdf_tags_finish(struct pdf *w);

/* --- pdf_font.c, pdf_annot.c, pdf_archive.c ------------------------ */

/* Subset and embed the fonts the pages use; free them; list font f in
 * a page's resources. */
/* The fonts, all but their subsets, which threads make meanwhile: the
 * pages can be drawn; then pdf_fonts_finish puts the subsets in. */
int		 pdf_make_fonts(struct pdf *w);
int		 pdf_fonts_finish(struct pdf *w);
void		 pdf_fonts_free(struct pdf *w);
void		 pdf_font_use(struct pdf *w, HPDF_Page page, int f);

/* The notes of page index i (sticky notes, highlights). */
int		 pdf_notes(struct pdf *w, guint i);
/* The print flag (and for sticky notes NoZoom, NoRotate). */
#define PDF_ANNOT_PRINT		4
#define PDF_ANNOT_NOZOOM	8
#define PDF_ANNOT_NOROTATE	16

/* The embedded source (w->att, named after info->attach); PDF/A-3b
 * parts. */
int		 pdf_attach(struct pdf *w, const struct pdf_info *info);
int		 pdf_archive(struct pdf *w, const struct pdf_info *info,
		    const guint8 *id);

/* --- pdf_pack.c ---------------------------------------------------- */

/* The document's file (as HPDF_SaveToStream would write it) into *file
 * (a new array; g_byte_array_unref) with its dictionaries in object
 * streams and a cross-reference stream whose /ID is id twice (16
 * bytes, or NULL).  0, or -1 (*file NULL). */
int		 pdf_pack_save(struct pdf *w, const guint8 *id,
		    GByteArray **file);

/* --- pdf_page.c ---------------------------------------------------- */

/* Create every page (so that links can point forward); draw page i's
 * items into its content stream; compress that stream once drawn, on a
 * thread while the next page is drawn; wait for the last compression
 * (before saving, and on every way out: it writes into the document).
 * Each 0, or -1 with libharu's error kept. */
int		 pdf_make_pages(struct pdf *w);
int		 pdf_draw_page(struct pdf *w, guint i);
int		 pdf_compress_page(struct pdf *w, guint i);
int		 pdf_compress_wait(struct pdf *w);

#endif
