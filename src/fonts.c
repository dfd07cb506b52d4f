/* SPDX-License-Identifier: MIT */
/* The fonts module: fontconfig restricted to fonts/, one PangoContext. */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "fonts.h"
#include "msg.h"

static const char *const face_files[FACE_COUNT] = {
	"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf",
	"NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf",
	"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
	"NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
	"NotoSansMono-Regular.ttf"
};

static FcConfig		*config;
static PangoFontMap	*fontmap;
static PangoContext	*context;
static char		*paths[FACE_COUNT];
static FcCharSet	*coverage;
static FcCharSet	*face_cov[FACE_COUNT];

static char *
find_dir(const char *argv0)
{
	const char	*env = g_getenv("BRIEFING_FONTDIR");
	char		*exe, *dir, *cand[3];
	int		 i;

	if (env != NULL && *env != '\0')
		return g_canonicalize_filename(env, NULL);
	exe = g_file_read_link("/proc/self/exe", NULL);
	if (exe == NULL && argv0 != NULL)
		exe = g_strdup(argv0);
	dir = exe != NULL ? g_path_get_dirname(exe) : g_strdup(".");
	g_free(exe);
	cand[0] = g_build_filename(dir, "..", "fonts", NULL);
	cand[1] = g_build_filename(dir, "..", "share", "briefing", "fonts",
	    NULL);
	cand[2] = g_build_filename(BRIEFING_DATADIR, "fonts", NULL);
	g_free(dir);
	for (i = 0; i < 3; i++) {
		char *f = g_build_filename(cand[i], face_files[0], NULL);
		int ok = g_file_test(f, G_FILE_TEST_IS_REGULAR);

		g_free(f);
		if (ok)
			break;
	}
	dir = realpath(cand[i < 3 ? i : 0], NULL);
	if (dir == NULL)
		dir = g_strdup(cand[0]);
	else {
		char *d = g_strdup(dir);

		free(dir);
		dir = d;
	}
	g_free(cand[0]);
	g_free(cand[1]);
	g_free(cand[2]);
	return dir;
}

/*
 * A writable directory for fontconfig's cache of our fonts: the user's
 * cache, else the temporary directory, else none (fontconfig then scans
 * the 9 files each run, a few milliseconds, and says nothing).
 */
static char *
cache_dir(void)
{
	char	*cand[2], *res = NULL;
	int	 i;

	cand[0] = g_build_filename(g_get_user_cache_dir(), "briefing", NULL);
	cand[1] = g_strdup_printf("%s/briefing-fontconfig-%u",
	    g_get_tmp_dir(), (unsigned)getuid());
	for (i = 0; i < 2 && res == NULL; i++)
		if (g_mkdir_with_parents(cand[i], 0700) == 0 &&
		    access(cand[i], W_OK) == 0)
			res = g_strdup(cand[i]);
	g_free(cand[0]);
	g_free(cand[1]);
	return res;
}

/* saved < 0: point stderr at /dev/null and return the saved descriptor;
 * else restore it from saved. */
static int
quiet_stderr(int saved)
{
	int	null;

	fflush(stderr);
	if (saved >= 0) {
		dup2(saved, 2);
		close(saved);
		return -1;
	}
	saved = dup(2);
	null = open("/dev/null", O_WRONLY);
	if (saved >= 0 && null >= 0)
		dup2(null, 2);
	if (null >= 0)
		close(null);
	return saved;
}

/* Only our directory, no system fonts, a cache so nothing is printed,
 * and no hinting. */
static FcConfig *
make_config(const char *dir)
{
	FcConfig	*cfg = FcConfigCreate();
	char		*cache, *xml, *esc;
	FcBool		 ok;
	int		 quiet = -1;

	cache = cache_dir();
	esc = cache != NULL ? g_markup_printf_escaped("<cachedir>%s</cachedir>",
	    cache) : g_strdup("");
	xml = g_strdup_printf(
	    "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">"
	    "<fontconfig>%s"
	    "<match target=\"font\"><edit name=\"hinting\" mode=\"assign\">"
	    "<bool>false</bool></edit></match></fontconfig>", esc);
	g_free(esc);
	ok = FcConfigParseAndLoadFromMemory(cfg, (const FcChar8 *)xml,
	    FcFalse);
	g_free(xml);
	/* Nowhere to write a cache: fontconfig would say so on stderr, in
	 * its own words, on every run.  It is no error for us (the fonts
	 * are scanned instead), so it is silenced. */
	if (cache == NULL)
		quiet = quiet_stderr(-1);
	if (ok)
		ok = FcConfigAppFontAddDir(cfg, (const FcChar8 *)dir);
	/* Made current, so that nothing (Pango's FcInit among others)
	 * loads the system's configuration and scans its fonts. */
	if (ok)
		FcConfigSetCurrent(cfg);
	if (quiet >= 0)
		quiet_stderr(quiet);
	g_free(cache);
	if (!ok) {
		FcConfigDestroy(cfg);
		return NULL;
	}
	return cfg;
}

int
fonts_init(const char *argv0)
{
	char		*dir = find_dir(argv0);
	cairo_font_options_t *fo;
	FcFontSet	*set;
	int		 i;

	for (i = 0; i < FACE_COUNT; i++) {
		paths[i] = g_build_filename(dir, face_files[i], NULL);
		if (!g_file_test(paths[i], G_FILE_TEST_IS_REGULAR)) {
			msg_at(NULL, NULL, MSG_ERROR, "font '%s' not found in "
			    "'%s' (set BRIEFING_FONTDIR)", face_files[i], dir);
			g_free(dir);
			return -1;
		}
	}
	config = make_config(dir);
	g_free(dir);
	if (config == NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "cannot set up fontconfig");
		return -1;
	}
	coverage = FcCharSetCreate();
	set = FcConfigGetFonts(config, FcSetApplication);
	for (i = 0; set != NULL && i < set->nfont; i++) {
		FcCharSet *cs;

		FcChar8	*file;
		int	 f;

		if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) !=
		    FcResultMatch)
			continue;
		FcCharSetMerge(coverage, cs, NULL);
		if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) !=
		    FcResultMatch)
			continue;
		for (f = 0; f < FACE_COUNT; f++)
			if (strcmp((const char *)file, paths[f]) == 0 &&
			    face_cov[f] == NULL)
				face_cov[f] = FcCharSetCopy(cs);
	}
	fontmap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fontmap), config);
	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fontmap),
	    72.0);
	context = pango_font_map_create_context(fontmap);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(context, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(context, FALSE);
	return 0;
}

void
fonts_done(void)
{
	int	i;

	if (context != NULL)
		g_object_unref(context);
	if (fontmap != NULL)
		g_object_unref(fontmap);
	if (coverage != NULL)
		FcCharSetDestroy(coverage);
	for (i = 0; i < FACE_COUNT; i++)
		if (face_cov[i] != NULL) {
			FcCharSetDestroy(face_cov[i]);
			face_cov[i] = NULL;
		}
	if (config != NULL)
		FcConfigDestroy(config);
	for (i = 0; i < FACE_COUNT; i++) {
		g_free(paths[i]);
		paths[i] = NULL;
	}
	context = NULL;
	fontmap = NULL;
	coverage = NULL;
	config = NULL;
}

PangoContext *
fonts_context(void)
{
	return context;
}

const char *
fonts_face_file(enum font_face face)
{
	return paths[face];
}

PangoFontDescription *
fonts_face_desc(enum font_face face, double size)
{
	PangoFontDescription *d = pango_font_description_new();
	int	 sans = face >= FACE_SANS;
	int	 sub = face % 4;

	if (face == FACE_MONO) {
		pango_font_description_set_family(d, "Noto Sans Mono");
		pango_font_description_set_absolute_size(d,
		    size * PANGO_SCALE);
		return d;
	}
	pango_font_description_set_family(d, sans ? "Noto Sans" :
	    "Noto Serif");
	pango_font_description_set_weight(d, sub == 1 || sub == 3 ?
	    PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(d, sub >= 2 ? PANGO_STYLE_ITALIC :
	    PANGO_STYLE_NORMAL);
	pango_font_description_set_absolute_size(d, size * PANGO_SCALE);
	return d;
}

int
fonts_covers(gunichar c)
{
	return coverage != NULL && FcCharSetHasChar(coverage, c);
}

int
fonts_face_covers(enum font_face face, gunichar c)
{
	if (face_cov[face] == NULL)
		return fonts_covers(c);
	return FcCharSetHasChar(face_cov[face], c);
}

char *
fonts_locate_data(const char *argv0)
{
	char	*dir = find_dir(argv0), *parent = g_path_get_dirname(dir);

	g_free(dir);
	return parent;
}
