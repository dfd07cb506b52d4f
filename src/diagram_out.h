/* SPDX-License-Identifier: MIT */
/*
 * Internals of the diagram's file writers: diagram_cairo.c draws the
 * figure into the page model and hands it to the SVG writer
 * (diagram_svg.c) or renders it with Cairo in bands that the PNG writer
 * (diagram_png.c, libpng) encodes.  Included by those three and tests.
 */
#ifndef BRIEFING_DIAGRAM_OUT_H
#define BRIEFING_DIAGRAM_OUT_H

#include <glib.h>

#include "pages.h"

/* A rectangle in points, y down. */
struct dg_rect {
	double	 x, y, w, h;
};

/* The face (enum font_face) whose file is pp->fonts[f], or -1. */
int	 dg_run_face(const struct pages *pp, int f);

/*
 * Append to out an SVG document of items (struct pg_item: paths and
 * runs; anchors and links are left out) showing r with a margin of m
 * points around it.  Sizes in points; text as <text> in the family,
 * weight and style of the shipped face each run names.
 */
void	 dg_svg(const GArray *items, const struct pages *pp,
	    const struct dg_rect *r, double m, GString *out);

/*
 * Render rows [y0, y0 + n) of the image: return a pointer to n rows of
 * stride bytes, each pixel a native-endian 32-bit word 0xAARRGGBB with
 * premultiplied colour (Cairo's ARGB32), valid until the next call; NULL
 * after setting *why (g_free) on failure.
 */
typedef const unsigned char *(*dg_band_fn)(void *arg, int y0, int n,
	    int *stride, char **why);

/*
 * Append to out a PNG of w x h pixels rendered band by band (at most
 * band rows at a time) by fn: 8-bit RGB on white, or RGBA when alpha;
 * dpi in its pHYs chunk (pixels per metre, rounded).  0, or -1 with
 * *why set (g_free).
 */
int	 dg_png(int w, int h, int band, double dpi, int alpha,
	    dg_band_fn fn, void *arg, GByteArray *out, char **why);

#endif
