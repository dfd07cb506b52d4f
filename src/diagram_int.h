/* SPDX-License-Identifier: MIT */
/*
 * Internals shared by diagram.c (layout) and diagram_cairo.c (drawing):
 * the look of the diagram and text measuring.  Included by those two.
 */
#ifndef BRIEFING_DIAGRAM_INT_H
#define BRIEFING_DIAGRAM_INT_H

#include "diagram.h"
#include "fonts.h"

/* Type sizes (points) and paddings. */
#define DG_NAME_SIZE	8.8	/* node names */
#define DG_PERSON_SIZE	7.0	/* persons beneath a state's name */
#define DG_LABEL_SIZE	7.0	/* edge labels */
#define DG_SMALL_SIZE	7.0	/* legend */
#define DG_CAPTION_SIZE	7.8
#define DG_PAD_X	8.0
#define DG_PAD_Y	5.0
#define DG_NAME_LEAD	11.0
#define DG_PERSON_LEAD	8.8
#define DG_CAPTION_LEAD	10.0	/* the caption's lines */
#define DG_MAX_PERSONS	3	/* then "+N more" */
#define DG_MAX_LABELS	3	/* on one edge, then "..." (graph_rank.c
				 * draws no more) */

/* Colours: polarity has a colour and a dash pattern (for grayscale). */
#define DG_INK		0x1A1A1A
#define DG_GREY		0x5A6270
#define DG_STATE_FILL	0xEEF3F8
#define DG_STATE_LINE	0x1F4E79
#define DG_ORG_FILL	0xFFFFFF
#define DG_ORG_LINE	0x4A5568
#define DG_PERSON_LINE	0x8A94A3
#define DG_COOP		0x1F6FB2
#define DG_HOSTILE	0xB3261E
#define DG_NEUTRAL	0x6B7280

/* Width at size of text in a face (Pango, no kerning or ligatures). */
double	 dg_text_width(int face, double size, const char *text);
/* The lines of a node: name, then persons (caller frees the array). */
GPtrArray *dg_node_lines(const struct graph *g, int actor,
	    const char *lang);
/* Stroke width of a relation: by its evidence count. */
double	 dg_edge_width(int nev);
/* The box actor i is drawn in: its own, or a person's state's. */
int	 dg_box(const struct graph *g, int i);
/* The caption in lang's words (caller frees). */
char	*dg_caption(const struct diagram *d, const char *lang);
/* text in lines of at most width points at the caption's size, cut at
 * spaces (caller frees the array). */
GPtrArray *dg_wrap(const char *text, double width);

/* The drawing measured (diagram_geom.c), in the figure's points as
 * drawn (the graph part scaled by d->scale). */
struct dg_measure {
	double	 min_font;	/* the smallest text, points */
	int	 crossings;	/* points where two edges' curves cross,
				 * outside the boxes they meet at */
	int	 through;	/* (edge, box) pairs: a curve entering a
				 * box not its end, or another edge's
				 * label */
	int	 overlaps;	/* pairs of overlapping boxes: nodes,
				 * edge labels, legend, caption */
	double	 label_dist;	/* the farthest an edge label lies from
				 * its own curve */
};
void	 dg_measure(const struct diagram *d, struct dg_measure *m);

#endif
