/* SPDX-License-Identifier: MIT */
/* The fonts module: fontconfig restricted to fonts/, one PangoContext. */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <hb-ot.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "cachefile.h"
#include "fileio.h"
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
/* below U+0800 (fonts_face_covers): 64 code points a block, a bit a
 * block once known */
#define COV_LOW		0x800
static guint64		 cov_bits[FACE_COUNT][COV_LOW / 64];
static guint32		 cov_known[FACE_COUNT];

static void	 plain_done(void);

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
	char	*res = fileio_cache_dir(), *tmp;

	if (res != NULL)
		return res;
	tmp = g_strdup_printf("%s/briefing-fontconfig-%u", g_get_tmp_dir(),
	    (unsigned)getuid());
	if (g_mkdir_with_parents(tmp, 0700) == 0 && access(tmp, W_OK) == 0)
		return tmp;
	g_free(tmp);
	return NULL;
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

	plain_done();
	if (context != NULL)
		g_object_unref(context);
	if (fontmap != NULL)
		g_object_unref(fontmap);
	if (coverage != NULL)
		FcCharSetDestroy(coverage);
	for (i = 0; i < FACE_COUNT; i++) {
		if (face_cov[i] != NULL) {
			FcCharSetDestroy(face_cov[i]);
			face_cov[i] = NULL;
		}
		cov_known[i] = 0;
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

/*
 * A face's coverage below U+0800, 64 code points at a time as they are
 * first asked for: the typesetter asks for every character, and a
 * fontconfig lookup each was 3 % of the main thread's instructions at
 * 200 times the example's body.  Main thread only, as the typesetter.
 */

static int
face_covers(enum font_face face, gunichar c)
{
	if (face_cov[face] == NULL)
		return fonts_covers(c);
	return FcCharSetHasChar(face_cov[face], c);
}

int
fonts_face_covers(enum font_face face, gunichar c)
{
	guint	 blk = c / 64, k;
	guint64	 bits = 0;

	if (c >= COV_LOW)
		return face_covers(face, c);
	if (!(cov_known[face] & (1U << blk))) {
		for (k = 0; k < 64; k++)
			if (face_covers(face, blk * 64 + k))
				bits |= (guint64)1 << k;
		cov_bits[face][blk] = bits;
		cov_known[face] |= 1U << blk;
	}
	return (cov_bits[face][blk] >> (c % 64)) & 1;
}

char *
fonts_locate_data(const char *argv0)
{
	char	*dir = find_dir(argv0), *parent = g_path_get_dirname(dir);

	g_free(dir);
	return parent;
}

/*
 * Widths of plain text without shaping.  The PDF writer draws each
 * character's nominal glyph at its advance (no kerning, no ligatures):
 * a text whose glyphs no lookup of the shaping plan can act on measures
 * the sum of its nominal advances, which is what Pango's shaping returns
 * for it, at a fraction of the cost (a shaping call costs some 20 000
 * instructions, the sum a few dozen).  Any other text is left to Pango.
 *
 * Plain, for a face and a language: a character of the Latin, Latin-1,
 * Latin Extended and general punctuation blocks that is no control, no
 * mark, no default ignorable and no space but U+0020 and U+00A0, whose
 * nominal glyph exists and is acted on by no lookup of the plans
 * HarfBuzz makes for the Latin and the Common script in that language
 * with FONTS_FEATURES (collect).  tests/unit/test_fonts.c checks every
 * plain character of every face, and random texts of them, against
 * Pango's shaping, in nine languages.
 */

#define PLAIN_MAX	0x2100	/* characters below are classified */
#define ADV_UNKNOWN	G_MININT32
#define ADV_SHAPE	(-1)	/* not plain: shape it */

#define PLAIN_LANGS	4	/* languages kept per face */

struct plain_lang {
	PangoLanguage	*lang;		/* NULL: slot unused */
	hb_set_t	*touched;	/* glyphs a lookup may act on */
	gint32		*adv;		/* [PLAIN_MAX], Pango units */
};

struct plain {
	hb_font_t	*hb;		/* at FONTS_PLAIN_SIZE */
	int		 failed;	/* the file did not load */
	hb_set_t	*cand;		/* glyphs of plain characters */
	struct plain_lang l[PLAIN_LANGS];
	unsigned	 next;		/* slot to reuse */
};

static struct plain	plain[FACE_COUNT];

static int	candidate(struct plain *, gunichar, hb_codepoint_t *);

/* Characters that may be plain, by block; the rest is always shaped. */
static int
in_blocks(gunichar c)
{
	if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD)
		return 0;
	if (c < 0x250)				/* Latin to Extended-B */
		return 1;
	if (c >= 0x1E00 && c < 0x1F00)		/* Extended Additional */
		return 1;
	if (c >= 0x2010 && c < 0x2028)		/* dashes, quotes, ... */
		return 1;
	if (c >= 0x2030 && c < 0x205F && c != 0x2044)	/* not ⁄ */
		return 1;
	return c >= 0x20A0 && c < 0x20C0;	/* currency */
}

/*
 * Union into out of the glyphs of cand (the candidates: glyphs of plain
 * characters) that a lookup in the plan of a script and language may act
 * on in a text of candidates alone.  Left out: the GPOS lookups of mark
 * attachment ('mark', 'mkmk'), which move only marks (never plain,
 * though HarfBuzz lists the bases among their input), and those of
 * fractions ('frac', 'numr', 'dnom'), which HarfBuzz applies only around
 * U+2044 (never plain).  A GSUB lookup whose context needs no candidate
 * acts on a glyph or a pair of them only where HarfBuzz says it would
 * substitute them alone; any other lookup, on all of its input.
 */
static void
collect(hb_face_t *face, hb_script_t script, hb_language_t lang,
    const hb_set_t *cand, hb_set_t *out)
{
	static const hb_tag_t	 tables[] = { HB_OT_TAG_GSUB, HB_OT_TAG_GPOS };
	static const hb_tag_t	 skip_pos[] = {
		HB_TAG('m', 'a', 'r', 'k'), HB_TAG('m', 'k', 'm', 'k'),
		HB_TAG('f', 'r', 'a', 'c'), HB_TAG('n', 'u', 'm', 'r'),
		HB_TAG('d', 'n', 'o', 'm'), HB_TAG_NONE
	};
	hb_segment_properties_t	 p = HB_SEGMENT_PROPERTIES_DEFAULT;
	hb_feature_t		 f[8];
	hb_shape_plan_t		*plan;
	hb_set_t		*lk = hb_set_create(), *skip = hb_set_create();
	hb_set_t		*in = hb_set_create(), *ctx = hb_set_create();
	gchar			**fs = g_strsplit(FONTS_FEATURES, ",", -1);
	unsigned		 nf = 0, t;
	hb_codepoint_t		 i, g[2];

	for (t = 0; fs[t] != NULL && nf < G_N_ELEMENTS(f); t++)
		if (hb_feature_from_string(g_strstrip(fs[t]), -1, &f[nf]))
			nf++;
	g_strfreev(fs);
	p.direction = HB_DIRECTION_LTR;
	p.script = script;
	p.language = lang;
	plan = hb_shape_plan_create_cached(face, &p, f, nf, NULL);
	for (t = 0; t < G_N_ELEMENTS(tables); t++) {
		hb_set_clear(lk);
		hb_set_clear(skip);
		hb_ot_shape_plan_collect_lookups(plan, tables[t], lk);
		/* GSUB: the fraction features only (skip_pos + 2) */
		hb_ot_layout_collect_lookups(face, tables[t], NULL, NULL,
		    tables[t] == HB_OT_TAG_GPOS ? skip_pos : skip_pos + 2,
		    skip);
		hb_set_subtract(lk, skip);
		for (i = HB_SET_VALUE_INVALID; hb_set_next(lk, &i);) {
			hb_set_clear(in);
			hb_set_clear(ctx);
			hb_ot_layout_lookup_collect_glyphs(face, tables[t], i,
			    ctx, in, ctx, NULL);
			hb_set_intersect(in, cand);
			hb_set_intersect(ctx, cand);
			if (hb_set_is_empty(in))
				continue;
			if (tables[t] == HB_OT_TAG_GPOS ||
			    !hb_set_is_empty(ctx)) {
				hb_set_union(out, in);
				continue;
			}
			for (g[0] = HB_SET_VALUE_INVALID;
			    hb_set_next(in, &g[0]);) {
				if (hb_ot_layout_lookup_would_substitute(face,
				    i, g, 1, TRUE))
					hb_set_add(out, g[0]);
				for (g[1] = HB_SET_VALUE_INVALID;
				    hb_set_next(in, &g[1]);)
					if (hb_ot_layout_lookup_would_substitute(
					    face, i, g, 2, TRUE)) {
						hb_set_add(out, g[0]);
						hb_set_add(out, g[1]);
					}
			}
		}
	}
	hb_shape_plan_destroy(plan);
	hb_set_destroy(ctx);
	hb_set_destroy(in);
	hb_set_destroy(skip);
	hb_set_destroy(lk);
}

/*
 * The glyphs collect finds for a face and a language are kept in the
 * user's cache (cachefile.h): finding them loads and checks the face's
 * GSUB and GPOS tables, some 1.5 million instructions a face, on every
 * cold run.  The key names all they depend on: the font file as it is,
 * the language, the features, HarfBuzz's and GLib's versions (shaping
 * plans; Unicode types), and the rules here (PLAIN_RULES: raise it when
 * in_blocks, candidate or collect change).
 */
#define PLAIN_RULES	1

static char *
plain_key(const char *file, const char *lang)
{
	struct stat	st;

	if (stat(file, &st) != 0)
		return NULL;
	return g_strdup_printf("plain glyphs %d: %s, %" G_GUINT64_FORMAT
	    " bytes, modified %" G_GINT64_FORMAT ".%09ld; language %s; "
	    "features %s; HarfBuzz %s; GLib %u.%u.%u", PLAIN_RULES, file,
	    (guint64)st.st_size, (gint64)st.st_mtim.tv_sec,
	    (long)st.st_mtim.tv_nsec, lang, FONTS_FEATURES,
	    hb_version_string(), glib_major_version, glib_minor_version,
	    glib_micro_version);
}

/* The kept glyphs for key into out (glyph ids of the face, ascending):
 * 1, or 0 if there are none that check. */
static int
plain_load(const char *slot, const char *key, hb_face_t *face,
    hb_set_t *out)
{
	GBytes		*b = key != NULL ? cachefile_read("plain", slot, key,
			    65536 * 4 + 4) : NULL;
	const guint32	*v;
	gsize		 len;
	guint32		 n, i, glyphs = hb_face_get_glyph_count(face);
	int		 ok;

	if (b == NULL)
		return 0;
	v = g_bytes_get_data(b, &len);
	ok = len >= 4 && len % 4 == 0 && (n = v[0]) == len / 4 - 1;
	for (i = 0; ok && i < n; i++)
		ok = v[1 + i] < glyphs && (i == 0 || v[i] < v[1 + i]);
	for (i = 0; ok && i < n; i++)
		hb_set_add(out, v[1 + i]);
	if (!ok)
		hb_set_clear(out);
	g_bytes_unref(b);
	return ok;
}

static void
plain_save(const char *slot, const char *key, const hb_set_t *set)
{
	GArray		*v;
	hb_codepoint_t	 g = HB_SET_VALUE_INVALID;
	guint32		 n = hb_set_get_population(set);

	if (key == NULL)
		return;
	v = g_array_sized_new(FALSE, FALSE, sizeof(guint32), n + 1);
	g_array_append_val(v, n);
	while (hb_set_next(set, &g)) {
		guint32 x = g;

		g_array_append_val(v, x);
	}
	cachefile_write("plain", slot, key, v->data, v->len *
	    sizeof(guint32));
	g_array_unref(v);
}

/* The face's tables for a language, made on first use (Pango interns
 * languages: they compare as pointers). */
static struct plain_lang *
plain_for(enum font_face face, PangoLanguage *lang)
{
	struct plain		*pl = &plain[face];
	struct plain_lang	*l;
	hb_face_t		*hf;
	hb_language_t		 hl;
	char			*key, *slot, *real;
	unsigned		 i;

	if (pl->hb == NULL && !pl->failed) {
		/* HarfBuzz's font of the file at Pango's scale (1/1024 pt at
		 * 72 dpi: the advances Pango's font gives, test_fonts
		 * checks), not Pango's: loading a Pango font matches and
		 * sorts fontconfig patterns, on two threads per font */
		hb_blob_t *b = hb_blob_create_from_file_or_fail(
		    fonts_face_file(face));
		hb_face_t *f;

		if (b == NULL) {
			pl->failed = 1;
			return NULL;
		}
		f = hb_face_create(b, 0);
		hb_blob_destroy(b);
		pl->hb = hb_font_create(f);
		hb_face_destroy(f);
		hb_font_set_scale(pl->hb, (int)(FONTS_PLAIN_SIZE * PANGO_SCALE),
		    (int)(FONTS_PLAIN_SIZE * PANGO_SCALE));
	}
	if (pl->hb == NULL)
		return NULL;
	if (lang == NULL)
		lang = pango_language_from_string("");
	for (i = 0; i < PLAIN_LANGS; i++)
		if (pl->l[i].lang == lang)
			return &pl->l[i];
	l = &pl->l[pl->next++ % PLAIN_LANGS];
	if (l->touched == NULL) {
		l->touched = hb_set_create();
		l->adv = g_new(gint32, PLAIN_MAX);
	}
	hl = hb_language_from_string(pango_language_to_string(lang), -1);
	hf = hb_font_get_face(pl->hb);
	hb_set_clear(l->touched);
	/* the file by its real path (a fonts folder reached through a
	 * link is the same files), one cache file a face and language */
	real = realpath(paths[face], NULL);
	key = real != NULL ? plain_key(real, pango_language_to_string(lang)) :
	    NULL;
	slot = g_strdup_printf("%s %s", real != NULL ? real : "",
	    pango_language_to_string(lang));
	free(real);
	if (!plain_load(slot, key, hf, l->touched)) {
		if (pl->cand == NULL) {
			hb_codepoint_t g;

			pl->cand = hb_set_create();
			for (i = 0x20; i < PLAIN_MAX; i++)
				if (i == 0x250)	/* to Extended Additional */
					i = 0x1E00 - 1;
				else if (candidate(pl, i, &g))
					hb_set_add(pl->cand, g);
		}
		collect(hf, HB_SCRIPT_LATIN, hl, pl->cand, l->touched);
		collect(hf, HB_SCRIPT_COMMON, hl, pl->cand, l->touched);
		plain_save(slot, key, l->touched);
	}
	g_free(slot);
	g_free(key);
	for (i = 0; i < PLAIN_MAX; i++)
		l->adv[i] = ADV_UNKNOWN;
	l->lang = lang;
	return l;
}

/* c may be plain, its glyph *g: a character of the blocks, no mark,
 * ignorable, control or space but U+0020 and U+00A0, with a glyph.
 * (Its glyph's class in GDEF is not read: loading GDEF costs more than
 * all the rest; a base character with a glyph of class mark, whose
 * advance HarfBuzz would zero, fails test_fonts.) */
static int
candidate(struct plain *pl, gunichar c, hb_codepoint_t *g)
{
	GUnicodeType	 t;

	if (!in_blocks(c))
		return 0;
	t = g_unichar_type(c);
	if ((t == G_UNICODE_SPACE_SEPARATOR && c != 0x20 && c != 0xA0) ||
	    t == G_UNICODE_NON_SPACING_MARK ||
	    t == G_UNICODE_SPACING_MARK || t == G_UNICODE_ENCLOSING_MARK ||
	    t == G_UNICODE_FORMAT || t == G_UNICODE_CONTROL)
		return 0;
	return hb_font_get_nominal_glyph(pl->hb, c, g) && *g != 0;
}

/* The advance of c in Pango units, or ADV_SHAPE. */
static gint32
advance(struct plain *f, struct plain_lang *pl, gunichar c)
{
	hb_codepoint_t	 g;

	if (pl->adv[c] != ADV_UNKNOWN)
		return pl->adv[c];
	pl->adv[c] = ADV_SHAPE;
	if (!candidate(f, c, &g) || hb_set_has(pl->touched, g))
		return ADV_SHAPE;
	pl->adv[c] = hb_font_get_glyph_h_advance(f->hb, g);
	return pl->adv[c];
}

double
fonts_plain_width(enum font_face face, PangoLanguage *lang, const char *s,
    size_t len)
{
	struct plain_lang *pl;
	const guchar	*p = (const guchar *)s, *e = p + len;
	gint64		 sum = 0;

	if (face < 0 || face >= FACE_COUNT || fonts_context() == NULL ||
	    (pl = plain_for(face, lang)) == NULL)
		return -1;
	while (p < e) {
		gunichar	c;
		gint32		a;

		if (*p < 0x80)
			c = *p++;
		else if ((*p & 0xE0) == 0xC0 && p + 1 < e &&
		    (p[1] & 0xC0) == 0x80) {
			c = (gunichar)(*p & 0x1F) << 6 | (p[1] & 0x3F);
			p += 2;
		} else if ((*p & 0xF0) == 0xE0 && p + 2 < e &&
		    (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
			c = (gunichar)(*p & 0x0F) << 12 |
			    (gunichar)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
			p += 3;
		} else
			return -1;
		if (c >= PLAIN_MAX ||
		    (a = advance(&plain[face], pl, c)) == ADV_SHAPE)
			return -1;
		sum += a;
	}
	return sum / (double)PANGO_SCALE / FONTS_PLAIN_SIZE;
}

static void
plain_done(void)
{
	int		i;
	unsigned	j;

	for (i = 0; i < FACE_COUNT; i++) {
		if (plain[i].hb != NULL)
			hb_font_destroy(plain[i].hb);
		if (plain[i].cand != NULL)
			hb_set_destroy(plain[i].cand);
		for (j = 0; j < PLAIN_LANGS; j++) {
			if (plain[i].l[j].touched != NULL)
				hb_set_destroy(plain[i].l[j].touched);
			g_free(plain[i].l[j].adv);
		}
		memset(&plain[i], 0, sizeof(plain[i]));
	}
}
