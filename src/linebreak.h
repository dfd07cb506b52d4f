/* SPDX-License-Identifier: MIT */
/*
 * Optimum-fit (Knuth-Plass) line breaking over boxes, glue and
 * penalties, with glyph expansion as extra stretchability (as pdfTeX's
 * font expansion) and a hard limit on consecutive hyphenated lines.
 * Pure: no library types.  Included by typeset and its tests.
 */
#ifndef BRIEFING_LINEBREAK_H
#define BRIEFING_LINEBREAK_H

#include <stddef.h>
#include <glib.h>

#define LB_INF		10000	/* penalty: >= never break, <= -LB_INF must */

enum lb_type {
	LB_BOX,
	LB_GLUE,
	LB_PENALTY
};

struct lb_item {
	enum lb_type	type;
	double		width;
	double		stretch;	/* glue; < 0 means infinite (fill) */
	double		shrink;		/* glue */
	int		penalty;	/* penalty */
	int		flagged;	/* penalty: a hyphenated break */
};

struct lb_params {
	double	width;		/* line width in points */
	double	tolerance;	/* largest adjustment ratio accepted */
	double	expansion;	/* glyph expansion limit, 0.02 = ±2 % */
	int	line_penalty;	/* added to each line's badness (10) */
	double	flagged_demerits;	/* two hyphenated lines in a row */
	double	fitness_demerits;	/* adjacent lines of unlike tightness */
	double	final_hyphen_demerits;	/* hyphen on the next-to-last line */
	int	max_hyphens;	/* consecutive hyphenated lines allowed */
};

/* One line: items [start, end) where end is the break item (a glue or
 * penalty not shown, a penalty's width shown when flagged). */
struct lb_line {
	size_t	start;
	size_t	end;
	double	ratio;		/* glue adjustment ratio */
	double	expand;		/* glyph scale - 1, within ±expansion */
	double	glue_ratio;	/* what each glue's stretch/shrink is scaled by */
	int	hyphenated;	/* ends at a flagged penalty */
};

/* Defaults for a justified column of the given width. */
void	lb_params_default(struct lb_params *p, double width);

/*
 * Break items into lines.  The items must end with a forced break
 * (penalty <= -LB_INF), and no box may be wider than p->width (split
 * those first).  Appends struct lb_line to lines.  Returns 0, or -1 if
 * no breaking exists (which the preconditions rule out).  If no
 * breaking meets the tolerance, the loosest one within the column is
 * taken: no line is ever wider than p->width.
 */
int	lb_break(const struct lb_item *items, size_t n,
	    const struct lb_params *p, GArray *lines);

#endif
