/* SPDX-License-Identifier: MIT */
/*
 * The page model: what the typesetter (and later the chronology, the
 * diagram and the notes) produce and the PDF writer replays.  Plain data,
 * no library types.  Units are PostScript points; the origin is the
 * top-left corner of the page and y grows downwards.  A text run's y is
 * its baseline.
 */
#ifndef BRIEFING_PAGES_H
#define BRIEFING_PAGES_H

#include <stddef.h>
#include <stdio.h>
#include <glib.h>

enum pg_item_type {
	PG_RUN,
	PG_PATH,
	PG_ANCHOR,
	PG_LINK,
	PG_NOTE,
	PG_IMAGE
};

/*
 * One word (or part of a line) of text, drawn at (x, y) by code point.
 * The page model keeps one for every word of the document until it is
 * drawn: the fields are packed (72 bytes, an item 80).
 */
struct pg_run {
	guint32	 rgb;		/* 0xRRGGBB */
	gint16	 font;		/* index into pages->fonts */
	/* What copying the text gives, for extractors (a marked-content
	 * span with /ActualText): a span opens before this run when actual
	 * is set (owned; "" copies nothing) and closes after the run with
	 * span_end; the runs between show what actual says.  A word broken
	 * at a line end: its first part says the whole word, the rest ""
	 * (a word over 1 KiB has none); a note call's number is " 2", a
	 * word of its own. */
	gint16	 span_end;
	double	 size;		/* font size in points */
	double	 x, y;		/* start of the baseline */
	double	 hscale;	/* horizontal scaling, 1.0 = none (±2 %) */
	double	 width;		/* drawn advance width, scaling included */
	char	*text;		/* UTF-8, code points <= U+FFFF */
	char	*actual;
	size_t	 src_off;	/* where in the source the run starts */
};

enum pg_op {
	PG_MOVE,		/* x[0], y[0] */
	PG_LINETO,		/* x[0], y[0] */
	PG_CURVE,		/* control 1, control 2, end: x[0..2], y[0..2] */
	PG_CLOSE
};

struct pg_seg {
	enum pg_op	op;
	double		x[3], y[3];
};

struct pg_path {
	GArray	*segs;		/* struct pg_seg */
	int	 do_fill, do_stroke;
	guint32	 fill, stroke;	/* 0xRRGGBB */
	double	 width;		/* stroke width */
	double	 dash[2];	/* on, off; ndash == 0: solid */
	int	 ndash;
};

/* A named destination: links go to (page, y). */
struct pg_anchor {
	char	*name;
	double	 y;
};

/* A clickable rectangle: to an anchor (dest) or to a URI; text says
 * where it goes, for a screen reader (the annotation's /Contents), or
 * NULL. */
struct pg_link {
	double	 x0, y0, x1, y1;
	char	*dest;		/* anchor name, or NULL */
	char	*uri;		/* or NULL */
	char	*text;
};

/*
 * A note's marks on the page.  PG_NOTE_CALL: the superscript number of
 * note num (text and subject set for a glossary note: the writer makes
 * it a sticky note).  PG_NOTE_TERM: the glyph box of (part of) a term on
 * one line; the writer joins a note's boxes into one highlight with one
 * quad per line.
 */
enum pg_note_kind {
	PG_NOTE_CALL,
	PG_NOTE_TERM
};

struct pg_note {
	enum pg_note_kind kind;
	int	 num;
	double	 x0, y0, x1, y1;
	char	*text;		/* PG_NOTE_CALL: the note, or NULL */
	char	*subject;	/* PG_NOTE_CALL: the term, or NULL */
};

/*
 * A picture drawn into the rectangle (x, y) w by h.  PG_IMAGE_JPEG:
 * data is a JPEG file, embedded as it is; PG_IMAGE_RAW: 8-bit samples,
 * components (1 grey, 3 RGB) a pixel, rows top down.  The item holds a
 * reference to data (g_bytes_unref when cleared).
 */
enum pg_image_kind {
	PG_IMAGE_RAW,
	PG_IMAGE_JPEG
};

struct pg_image {
	enum pg_image_kind kind;
	double	 x, y, w, h;
	guint32	 width, height;	/* pixels */
	int	 components;
	GBytes	*data;
};

/*
 * An item's structure element (struct pg_tag, index in pages->tags), or
 * 0: page furniture, drawn as an artifact.  It fills the item's padding:
 * an item stays 80 bytes.
 */
struct pg_item {
	enum pg_item_type type;
	gint32	 tag;
	union {
		struct pg_run	 run;
		struct pg_path	 path;
		struct pg_anchor anchor;
		struct pg_link	 link;
		struct pg_note	 note;
		struct pg_image	 image;
	} u;
};

enum pg_flow_kind {
	PG_FLOW_CHROME_TOP,	/* banner, title block */
	PG_FLOW_FIGURE,		/* full-width top figure */
	PG_FLOW_MAIN,		/* main column */
	PG_FLOW_SIDEBAR,	/* sidebar column */
	PG_FLOW_CHROME_BOTTOM	/* running footer */
};

/*
 * A part of a flow: an array of items, or a line's runs packed
 * (pg_pack), which are moved by (dx, dy) as they are read.
 */
struct pg_part {
	GArray	*items;		/* struct pg_item, or NULL */
	guint8	*pack;		/* or NULL */
	double	 dx, dy;
};

/*
 * Items of one flow, in reading order: those of each part, then items.
 * The page builder moves the typesetter's lines in whole (pg_flow_take,
 * pg_flow_take_pack) rather than copying every item into one array per
 * page; page_flat() gives one array a flow.
 */
struct pg_flow {
	enum pg_flow_kind kind;
	GArray	*items;		/* struct pg_item */
	GPtrArray *parts;	/* struct pg_part *, or NULL */
};

struct page {
	GPtrArray *flows;	/* struct pg_flow *, in reading order */
};

/*
 * The logical structure: what each part of the page is (a heading, a
 * paragraph, a list item...), for the tagged PDF.  Element 0 is the
 * document; each other names its parent.  An element's children come
 * in its /K after the content it holds itself, in the order they were
 * made, except an inline one (a link in a paragraph), which comes
 * where its first content is drawn among its parent's.  An element
 * without content or children is left out.
 */
enum pg_role {
	PG_S_DOCUMENT, PG_S_SECT,
	PG_S_H1, PG_S_H2, PG_S_H3, PG_S_H4, PG_S_H5, PG_S_H6,
	PG_S_P, PG_S_L, PG_S_LI, PG_S_LBL, PG_S_LBODY, PG_S_BLOCKQUOTE,
	PG_S_TABLE, PG_S_TR, PG_S_TH, PG_S_TD, PG_S_CODE, PG_S_NOTE,
	PG_S_LINK, PG_S_FIGURE, PG_S_CAPTION, PG_S_SPAN, PG_S_ANNOT,
	PG_S_COUNT
};

/* A table header cell's /Scope. */
enum pg_scope {
	PG_SCOPE_NONE, PG_SCOPE_ROW, PG_SCOPE_COLUMN
};

struct pg_tag {
	guint8	 role;		/* enum pg_role */
	guint8	 inl;		/* inline: placed among the parent's
				 * content where drawn */
	guint8	 scope;		/* enum pg_scope, for PG_S_TH */
	gint32	 parent;	/* -1 for the document */
	char	*alt;		/* /Alt (a figure's words), or NULL */
	char	*id;		/* /ID (a note's), or NULL */
};

/* The PDF name of a role ("H1", "LBody"). */
const char	*pg_role_name(enum pg_role role);

/* A bookmark: title, depth from 0, target page (0-based) and y. */
struct pg_outline {
	char	*title;
	int	 level;
	int	 page;
	double	 y;
};

struct pages {
	double		 width, height;
	GPtrArray	*fonts;		/* char *: font file paths */
	GPtrArray	*pages;		/* struct page * */
	GArray		*outline;	/* struct pg_outline, in order */
	GArray		*tags;		/* struct pg_tag; [0] the document */
};

struct pages	*pages_new(double width, double height);
void		 pages_free(struct pages *pp);
/* Index of a font file in pp->fonts, added if new. */
int		 pages_font(struct pages *pp, const char *path);
struct page	*pages_add(struct pages *pp);
/* Free what a page holds, leaving it empty (no flows). */
void		 page_clear(struct page *pg);
/* Join each flow's parts into its items. */
void		 page_flatten(struct page *pg);
void		 pages_flatten(struct pages *pp);
/* The flows of a page with their items in one array each, for reading
 * (the items, packed runs' strings too, are lent by pg; free with
 * g_ptr_array_unref). */
GPtrArray	*page_flat(const struct page *pg);
/* Move an array of items to the end of a flow (taken over). */
void		 pg_flow_take(struct pg_flow *fl, GArray *items);
/*
 * Runs packed into one allocation of their exact size, for a line that
 * waits in the typesetter's list and on its page until drawn: a third of
 * the memory of its items and their strings, the same values when read.
 * NULL when items holds anything but runs, or nothing (items is then
 * left as it is); else items is freed.
 */
guint8		*pg_pack(GArray *items);
/* Move packed runs to the end of a flow (taken over), to be moved by
 * (dx, dy) as they are read. */
void		 pg_flow_take_pack(struct pg_flow *fl, guint8 *pack, double dx,
		    double dy);
/* fn(item, arg) on every item of a flow, in reading order. */
void		 pg_flow_each(const struct pg_flow *fl,
		    void (*fn)(const struct pg_item *, void *), void *arg);
/* The flow of a kind on a page, created (appended) if missing. */
struct pg_flow	*page_flow(struct page *pg, enum pg_flow_kind kind);

/* Append items; strings are copied. */
void		 pg_add_run(struct pg_flow *fl, const struct pg_run *run);
/* Takes ownership of path->segs. */
void		 pg_add_path(struct pg_flow *fl, const struct pg_path *path);
void		 pg_add_rect(struct pg_flow *fl, double x, double y, double w,
		    double h, guint32 fill);
void		 pg_add_hline(struct pg_flow *fl, double x0, double x1,
		    double y, double width, guint32 rgb);
void		 pg_add_anchor(struct pg_flow *fl, const char *name, double y);
void		 pg_add_link(struct pg_flow *fl, const struct pg_link *link);
/* Free what an item owns. */
void		 pg_item_clear(struct pg_item *it);
/* Copies text and subject. */
void		 pg_add_note(GArray *items, const struct pg_note *note);
void		 pages_add_outline(struct pages *pp, const char *title,
		    int level, int page, double y);
/* A new structure element under parent (0: the document); its index. */
int		 pages_tag(struct pages *pp, enum pg_role role, int parent,
		    int inl);
/* Set an element's /Alt or /ID (copied). */
void		 pages_tag_alt(struct pages *pp, int tag, const char *alt);
void		 pages_tag_id(struct pages *pp, int tag, const char *id);
/*
 * --dump tags (pages_dump.c): the elements that have content, a line
 * each, indented under their parent, children in the order made (the
 * PDF puts an inline one where its first content is drawn): role,
 * "inline", scope=, id=, alt="...", then its own text in quotes.
 */
void		 pages_dump_tags(const struct pages *pp, FILE *fp);

#endif
