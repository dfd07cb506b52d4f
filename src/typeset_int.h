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

#define TS_REF_SIZE	100.0	/* words are measured at this size */

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
};

/* What a box of the paragraph draws. */
struct tbox {
	int	 face;
	double	 size;
	guint32	 rgb;
	size_t	 text;		/* offset in the paragraph's text */
	size_t	 len;
	size_t	 src_off;
	const char *href;	/* borrowed from the doc, or NULL */
	int	 explicit_hyphen;	/* the box ends with "-": a break
					 * after it draws U+2010 */
};

struct tpara {
	GString		*text;
	GArray		*items;		/* struct lb_item */
	GArray		*boxes;		/* struct tbox, parallel to items */
};

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
