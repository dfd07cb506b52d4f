/* SPDX-License-Identifier: MIT */
/*
 * The relations diagram: the graph laid out by Graphviz's dot (sizes
 * measured by our Pango, given as fixed sizes) and drawn by Cairo, either
 * into the page model (vector paths and real text, for the briefing) or
 * alone into an SVG, PNG or PDF file.  Only diagram.c knows Graphviz and
 * only diagram_cairo.c knows Cairo; main, typeset and tests include this.
 */
#ifndef BRIEFING_DIAGRAM_H
#define BRIEFING_DIAGRAM_H

#include <stdio.h>

#include <glib.h>

#include "graph.h"
#include "pages.h"

#define DIAGRAM_MAX_ACTORS	12

/* A node: an actor's box, centre and size in points, y down. */
struct dnode {
	int		 actor;		/* index in graph->actors */
	double		 x, y, w, h;
};

/* An edge: a cubic Bezier chain (p0, c1, c2, p1, c1, c2, p2...), a
 * label box (centre, size), style. */
struct dedge {
	int		 rel;		/* graph->relations index of the
					 * best-ranked of the relations this
					 * edge draws: same boxes, direction
					 * and polarity */
	char		*label;		/* their labels, best-ranked first:
					 * "munitions, aid" */
	int		 nev;		/* their evidence sentences */
	int		 reversed;	/* the chain runs from the relation's
					 * `to` (laid out from the actor named
					 * first, so edges flow one way) */
	GArray		*pts;		/* double pairs: x, y */
	guint		 split;		/* doubles of the chain to the label;
					 * the rest runs from the label on */
	double		 lx, ly, lw, lh;
};

struct diagram {
	const struct graph *g;		/* borrowed */
	double		 w, h;		/* whole figure: graph, legend, caption */
	double		 gw, gh;	/* the graph part */
	GArray		*nodes;		/* struct dnode */
	GArray		*edges;		/* struct dedge */
	double		 legend_y, legend_h;	/* legend band below the graph */
	char		*caption;	/* in caption_lang's words */
	GPtrArray	*caption_lines;	/* char *: the caption wrapped */
	const char	*caption_lang;	/* "en", "fr"... (label_lang) */
	double		 caption_y, caption_h;
	int		 shown, total;	/* boxes drawn, actors that would
					 * have a box of their own */
	GArray		*also;		/* int: the actors of no box drawn
					 * that the caption names, most
					 * mentioned first */
	int		 left_out;	/* acts found and not drawn */
	const char	*lang;		/* the words' language ("fr", "de-DE"),
					 * borrowed; NULL: English */
	double		 scale, ox;	/* the graph part is drawn scaled by
					 * scale (<= 1) from x = ox */
};

/*
 * Lay out the graph to fit width points wide and max_h high (the whole
 * figure, legend and caption too) at full size, its words in the
 * language lang (a tag, borrowed; NULL: English): "+2 weitere" is
 * measured as drawn.  Only the relations the ranking draws (struct
 * relation's drawn, graph_rank) and the boxes they join: a person tied
 * to a state is drawn inside it.  Dot is asked a few ways; the first
 * that crosses no edge, routes no edge through a box and keeps every
 * label on its edge is taken.  When none fits, the lowest-ranked
 * relation is left out (and the boxes only it joined) and it tries
 * again: the type is never smaller (scale stays 1 unless one relation
 * alone is wider than width).  The caption names the actors not drawn
 * and counts the relations left out.  NULL when there is nothing to
 * draw (no drawn relation between two boxes).  fonts_init must have
 * run.
 */
struct diagram	*diagram_layout(const struct graph *g, double width,
		    double max_h, const char *lang);
void		 diagram_free(struct diagram *d);

/*
 * Draw into items (struct pg_item) with the origin at the figure's
 * top-left corner; fonts are registered in pp.  Edge labels link to the
 * anchor of their first evidence.
 */
void		 diagram_to_items(const struct diagram *d, struct pages *pp,
		    GArray *items);

/* diagram_write's flags. */
#define DIAGRAM_BARE		0x1	/* no legend, no caption (slides) */
#define DIAGRAM_TRANSPARENT	0x2	/* .png: no white background */

/*
 * Write the diagram alone; the format from the extension: .svg (our
 * writer, from the page model: real text), .png (Cairo's pixels, written
 * by libpng with dpi dots per inch in its pHYs chunk) or .pdf (Cairo);
 * flags: DIAGRAM_*; mode: the file's permission bits (the umask applies
 * too).  Replaced atomically (fileio_write_file).  0, or -1 after
 * reporting.
 */
int		 diagram_write(const struct diagram *d, const char *path,
		    double dpi, int flags, unsigned mode);

/*
 * --dump layout: the figure as the briefing draws it, standing on page
 * (1-based) and scaled by scale (the briefing's own, after the
 * diagram's), as JSON to f: width, height, page, nodes (name, box,
 * smallest text size), labels (the edges' labels first, in the order
 * of the edges, then the legend's entries and the caption's lines) and
 * edges (the boxes' names, a polyline from `from` to `to`).  Points,
 * y down, from the figure's top-left corner.  d NULL or page 0: no
 * figure (zero sizes, empty arrays).
 */
void		 diagram_dump(const struct diagram *d, int page, double scale,
		    FILE *f);

/*
 * The figure in words, in its language (d->lang), for the PDF's /Alt
 * and --dump alt: "Relations diagram. Cooperative relation from
 * "Russia" to "North Korea": visit, technology (in 4 sentences); ...",
 * one clause per edge in d->edges' order (the polarity the colour
 * says, the direction the arrow says, the labels, the sentences the
 * line's weight says), then the persons in the boxes, the boxes in no
 * edge and the caption's facts (d->also, d->left_out) (caller frees).
 */
char		*diagram_alt(const struct diagram *d);

/*
 * The layout kept by a process that builds again (--watch,
 * diagram_cache.c): diagram_layout_cached() is diagram_layout(), or a
 * copy of the last layout made for the same graph, room and language
 * (the fonts must not change while the cache lives).  A NULL cache
 * lays out every time.
 */
struct diagram_cache *diagram_cache_new(void);
void		 diagram_cache_free(struct diagram_cache *);
struct diagram	*diagram_layout_cached(struct diagram_cache *c,
		    const struct graph *g, double width, double max_h,
		    const char *lang);

/* Geometry for tests: 1 if no two of the node boxes, edge-label boxes,
 * legend and caption overlap. */
int		 diagram_disjoint(const struct diagram *d);

#endif
