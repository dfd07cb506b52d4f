/* SPDX-License-Identifier: MIT */
/*
 * Internals shared by typeset.c (blocks and pages) and typeset_para.c
 * (words, lines).  Included by those two files and the typeset tests.
 */
#ifndef BRIEFING_TYPESET_INT_H
#define BRIEFING_TYPESET_INT_H

#include "fonts.h"
#include "hyph.h"
#include "linebreak.h"
#include "typeset.h"
#include "chrono.h"
#include "diagram.h"

#define TS_REF_SIZE	FONTS_PLAIN_SIZE /* words are measured at this size */

struct ts {
	const struct doc	*doc;
	const struct typeset_opts *opts;
	struct hyph		*hyph;
	PangoFont		*font_obj[FACE_COUNT];	/* at TS_REF_SIZE,
							 * loaded on first use */
	GSList			*features;	/* PangoAttribute * */
	PangoLanguage		*lang;
	GHashTable		*widths[FACE_COUNT];	/* text -> double * */
	double			 space[FACE_COUNT];	/* at 1 pt */
	double			 hyphen[FACE_COUNT];	/* at 1 pt */
	struct pages		*pp;
	int			 font[FACE_COUNT];	/* index in pp->fonts */
	GHashTable		*slugs;		/* heading node -> its
						 * "#section" name */
	GHashTable		*slug_set;	/* those names */
	GHashTable		*slug_dups;	/* a name -> the next number to
						 * try for it, while naming */
	size_t			 image_bytes;	/* images drawn so far, each
						 * use counted */
	GHashTable		*images;	/* path as written -> struct
						 * image *: read once */
	/* The logical structure (pages.h, struct pg_tag): text set now
	 * is content of element tag (0: an artifact); a block made now
	 * is a child of element cont. */
	int			 tag;
	int			 cont;
	GArray			*note_tags;	/* int by note number: its
						 * Note element, 0: none yet */
};

/* How a paragraph is set. */
struct tstyle {
	int	 sans;		/* family: 0 serif, 1 sans */
	int	 bold, italic;	/* base style */
	double	 size;		/* points */
	double	 leading;	/* baseline to baseline */
	guint32	 rgb;
	guint32	 link_rgb;
	double	 width;		/* column width */
	int	 justify;	/* 0: ragged right, no hyphenation */
	int	 hyphenate;
	int	 code;		/* a code block: its lines kept, a line
				 * wider than the column continued on the
				 * next with a mark (TS_CONT_W wide) */
};

/* Room kept at the end of a code block's lines for the mark of a line
 * continued on the next. */
#define TS_CONT_W	7.0

/* What a box of the paragraph draws. */
struct tbox {
	int	 face;
	double	 size;
	guint32	 rgb;
	size_t	 text;		/* offset in the paragraph's text */
	size_t	 len;
	size_t	 src_off;
	const char *href;	/* borrowed from the doc, or NULL */
	double	 rise;		/* baseline shift up: note calls */
	int	 mark;		/* a glossary term of note mark, or 0 */
	int	 call;		/* the superscript of note call, or 0 */
	int	 strike;	/* struck through */
	int	 cont;		/* a penalty: a code line broken here goes
				 * on on the next line, with a mark */
	int	 explicit_hyphen;	/* the box ends with "-": a break
					 * after it draws U+2010 */
	int	 tag;		/* its structure element */
};

struct tpara {
	GString		*text;
	GArray		*items;		/* struct lb_item */
	GArray		*boxes;		/* struct tbox, parallel to items */
};

/* Colours: ink, accent and greys that stay distinct in grayscale. */
#define INK		0x1A1A1A
#define ACCENT		0x1F4E79
#define HEAD_RGB	0x16324F
#define GREY		0x5A6270
#define RULE_GREY	0xB8C0CC
#define TINT		0xEEF3F8
#define LINK_RGB	0x1F5FAD
#define BANNER_RGB	0x3A3A3A

/* An entry of a vertical list: a line, a heading line, a box. */
struct vent {
	double	 height;	/* advance */
	double	 before;	/* space above, dropped at the top of a page */
	int	 keep;		/* no page break after this entry */
	GArray	*items;		/* struct pg_item, relative to the entry's
				 * top-left corner */
	guint8	*pack;		/* or, once a line of the main flow is
				 * set, its runs packed (pg_pack) */
	char	*anchor;
	char	*outline;
	int	 olevel;
	/* A slice of the key points box (box_w > 0, its width): the page
	 * builder draws one tint and accent bar under the consecutive
	 * slices of a page, and when a page break falls inside the box,
	 * ends it at the page's foot and opens the next page with the
	 * label "KEY POINTS (CONTINUED)" (KP_HEAD high). */
	double	 box_w;
	int	 box_open;	/* the first slice: the box's own label */
	int	 box_close;	/* the last slice */
	/* A row of a table's body (typeset_table.c): its header row's
	 * runs and rules (shared by the rows, relative to the entry's
	 * corner, thead_h high), drawn again above the row when it opens
	 * a page; when a page breaks after the row and it is not the
	 * table's last (t_last), a rule from t_x0 to t_x1 under it. */
	GArray	*thead;
	double	 thead_h, t_x0, t_x1;
	int	 t_last;
};

/* The band at the top of the key points box that holds its label. */
#define KP_HEAD		23.0
#define KP_PAD		9.0	/* the box's inner margin */
/* Baseline to baseline in a margin note. */
#define NOTE_LEADING	9.6

/* The page grid. */
struct grid {
	double	 w, h;
	double	 left, right, top, bottom;	/* margins */
	double	 main_w, gutter, side_w;
	double	 side_x;
};

struct body {
	struct ts	*t;
	GPtrArray	*vl;		/* struct vent *: main flow */
	GPtrArray	*side;		/* struct vent *: sidebar flow */
	GPtrArray	*top;		/* struct vent *: title block */
	struct grid	 g;
	int		 first_heading;	/* smallest heading level */
	GArray		*anchors;	/* size_t: offsets of the blocks
					 * with an anchor "p<off>", in order */
	GArray		*side_outline;	/* struct pg_outline: bookmarks of
					 * the sidebar, after the body's */
	struct vent	*figure;	/* the relations diagram, or NULL */
	int		 figure_tag;	/* its Figure element, made before
					 * the body's so that it reads
					 * after the key points */
	int		 caption_tag;	/* its caption's, after it */
	size_t		 figure_off;	/* block of its first evidence */
	GPtrArray	*notes;		/* struct vent *: margin notes by
					 * number (moved out when placed) */
	int		 notes_placed;
	int		 top_pages;	/* pages the title block takes (a
					 * title longer than a page goes on
					 * at the top of the next) */
	double		 top_end;	/* the y below it on the last */
};

extern const char *const ts_months[];

/* --- drawing primitives (typeset_draw.c): every file above calls down
 * to these and to typeset_para.c, never across ----------------------- */

void		 vent_free(gpointer p);
struct vent	*vent_new(GPtrArray *vl, double height, double before);
/* Move a line's items (baseline at 0) into an entry at (x, baseline). */
void		 take_line(struct vent *v, GArray *line, double x,
		    double baseline);
void		 add_rect(GArray *items, double x, double y, double w,
		    double h, guint32 rgb);
void		 add_hline(GArray *items, double x0, double x1, double y,
		    double width, guint32 rgb);
void		 add_vline(GArray *items, double x, double y0, double y1,
		    double width, guint32 rgb);
/* A filled and stroked circle. */
void		 add_dot(GArray *items, double cx, double cy, double r,
		    guint32 fill, guint32 stroke);
/* A run of text, content of element t->tag. */
void		 add_run(struct ts *t, GArray *items, int face, double size,
		    guint32 rgb, double x, double y, const char *text);
/* A new structure element under parent (pages_tag). */
int		 ts_tag(struct ts *t, enum pg_role role, int parent, int inl);
/* A new element under t->cont that the text set next belongs to: the
 * element before is returned, for ts_tag_end. */
int		 ts_tag_begin(struct ts *t, enum pg_role role);
void		 ts_tag_end(struct ts *t, int saved);
/* Note num's element: made under parent (the element that calls it)
 * if it has none yet. */
int		 ts_note_tag(struct ts *t, int num, int parent);
double		 text_width(struct ts *t, int face, double size,
		    const char *s);
double		 baseline_of(double size, double leading);
/* "2024-06-17" as "17 June 2024"; other text as it is (caller frees). */
char		*nice_date(const char *s);
/* Ragged text of one face as entries of vl; returns their height. */
double		 ragged(struct body *bd, GPtrArray *vl, const char *text,
		    int face, double size, double leading, guint32 rgb,
		    double width, double before);
/* The same, a link to href (NULL: plain text). */
double		 ragged_link(struct body *bd, GPtrArray *vl,
		    const char *text, const char *href, int face, double size,
		    double leading, guint32 rgb, double width, double before);

/* The anchor name of the nearest block at or before off, in buf. */
const char	*anchor_for(struct body *bd, size_t off, char *buf,
		    size_t size);

/* Tables (typeset_table.c).  Set table n at x, width wide, as
 * entries of bd->vl, a row each. */
void		 table_block(struct body *bd, const struct doc_node *n,
		    double x, double width, double before);
/* A row v opening a page: its header drawn again at (x, y) of fl;
 * returns the y below it. */
double		 table_repeat_head(struct pg_flow *fl, const struct vent *v,
		    double x, double y);
/* The rule under row v when a page breaks after it (none after the
 * table's last row, or outside a table's body); y below the row. */
void		 table_cut_rule(struct pg_flow *fl, const struct vent *v,
		    double x, double y);
/* Widths of n columns sharing width points from their widest words
 * min[] and natural widths nat[], into w[]. */
void		 table_widths(const double *min, const double *nat, int n,
		    double width, double *w);
/* 1 if text is a number, a percentage or an amount of money. */
int		 table_number(const char *text);

/* Cut the flows of bd into pages of pp (typeset_page.c). */
void		 paginate(struct body *bd, struct pages *pp);

/* An image block (DOC_IMAGE) at column width with its caption, or its
 * alt text and a warning when it cannot be shown (typeset_image.c). */
void		 ts_image(struct body *bd, const struct doc_node *n, double x,
		    double width, double before);

/* Sidebar panels (typeset_side.c). */
void		 about_panel(struct body *bd);
void		 chrono_panel(struct body *bd);
/* The margin notes as entries, one per note by number (vent *). */
GPtrArray	*note_entries(struct body *bd);
/* One note's entry, set in width (the sidebar's, or the main column's
 * for a note at the foot of the page). */
struct vent	*note_entry(struct body *bd, const struct note *n,
		    double width);

/* Set up measuring for a document (fonts_init must have run); pp
 * receives the font registry. */
int	ts_init(struct ts *t, const struct doc *doc,
	    const struct typeset_opts *o, struct pages *pp);
void	ts_done(struct ts *t);

/* Offset every coordinate of an item. */
void	ts_item_move(struct pg_item *it, double dx, double dy);

double	ts_measure(struct ts *t, int face, const char *s, size_t len);
/* Width at 1 pt of a space and of a hyphen in a face. */
double	ts_space(struct ts *t, int face);
double	ts_hyphen(struct ts *t, int face);
int	ts_face(const struct tstyle *st, unsigned span_style);

void	tpara_init(struct tpara *tp);
void	tpara_clear(struct tpara *tp);
/* Append the spans (struct doc_span *) of a block. */
void	tpara_add_spans(struct ts *t, struct tpara *tp, const GPtrArray *spans,
	    const struct tstyle *st);
/* Append plain text in one face (generated text: labels, footers). */
void	tpara_add_text(struct ts *t, struct tpara *tp, const char *text,
	    int face, double size, guint32 rgb, size_t src_off);
/* Break into lines and append one struct pg_item array per line to
 * lines (GPtrArray of GArray *), items placed with the baseline at y 0
 * and x from 0.  Returns the number of lines. */
int	tpara_set(struct ts *t, struct tpara *tp, const struct tstyle *st,
	    GPtrArray *lines);
/* Natural width of the paragraph's text on one line. */
double	tpara_natural(const struct tpara *tp);

#endif
