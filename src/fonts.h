/* SPDX-License-Identifier: MIT */
/*
 * The one FcConfig (the project's fonts/ only), the one PangoContext
 * (72 dpi, unhinted, unrounded, no ligatures or kerning: what is
 * measured is what libharu draws) and the font-file registry.  Included
 * by fonts.c and its clients: typeset and the diagram.
 */
#ifndef BRIEFING_FONTS_H
#define BRIEFING_FONTS_H

#include <pango/pango.h>

/* The faces we ship, in fonts/. */
enum font_face {
	FACE_SERIF,
	FACE_SERIF_BOLD,
	FACE_SERIF_ITALIC,
	FACE_SERIF_BOLD_ITALIC,
	FACE_SANS,
	FACE_SANS_BOLD,
	FACE_SANS_ITALIC,
	FACE_SANS_BOLD_ITALIC,
	FACE_MONO,		/* code: Noto Sans Mono, regular only */
	FACE_COUNT
};

/*
 * Find the fonts directory ($BRIEFING_FONTDIR, then ../fonts and
 * ../share/briefing/fonts beside the executable, then the install
 * directory), set up fontconfig and Pango.  Returns 0, or -1 after
 * reporting which file is missing.  argv0 may be NULL.
 */
int		 fonts_init(const char *argv0);
void		 fonts_done(void);
/* The directory holding fonts/ and assets/ (a source tree or
 * $(PREFIX)/share/briefing), found as fonts_init finds the fonts
 * (caller frees). */
char		*fonts_locate_data(const char *argv0);

PangoContext	*fonts_context(void);
/* Absolute path of a face's file. */
const char	*fonts_face_file(enum font_face face);
/* A font description for a face at a size in points (caller frees). */
PangoFontDescription *fonts_face_desc(enum font_face face, double size);
/* 1 if some shipped face covers code point c. */
int		 fonts_covers(gunichar c);
/* 1 if the face covers code point c. */
int		 fonts_face_covers(enum font_face face, gunichar c);
/* The font features every measured text uses (for PangoAttrFontFeatures). */
#define FONTS_FEATURES	"liga=0, clig=0, kern=0"

/* The size plain widths are measured at, in points (Pango's units are
 * 1/1024: measured at 1 pt they would be coarse). */
#define FONTS_PLAIN_SIZE	100.0
/*
 * Width at 1 pt of the UTF-8 text s[0, len) in a face for a language, as
 * the PDF writer draws it, without shaping: the sum of its characters'
 * nominal advances, when no lookup of the shaping plan can act on their
 * glyphs (Latin and punctuation, mostly); -1 when one might, or for any
 * other text: then shape it.  Equals what Pango's shaping of the text at
 * FONTS_PLAIN_SIZE measures, divided by that size.  Not thread-safe:
 * the main thread's.
 */
double		 fonts_plain_width(enum font_face face, PangoLanguage *lang,
		    const char *s, size_t len);

#endif
