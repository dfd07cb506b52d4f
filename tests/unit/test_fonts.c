/* SPDX-License-Identifier: MIT */
/*
 * fonts_plain_width against Pango's shaping: for every face, in the
 * project's languages and in languages whose forms the fonts localise
 * (Dutch, Romanian, Turkish, Catalan, Polish), every character taken as
 * plain and random words of them measure what shaping measures, to the
 * Pango unit; texts shaping may change are refused.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "fontsetup.h"
#include "tmpcache.h"

/* ligatures (off), Dutch IJ, Catalan l·l, Romanian cedillas, fractions */
static const char *const joined[] = {
	"fi", "ffi", "fl", "st", "IJ", "ij", "\xC3\xADj", "l\xC2\xB7l",
	"L\xC2\xB7L", "\xC5\x9F", "\xC5\xA3", "\xC5\x9E", "1/2", "a/b",
	"T.", "Wo", "AV", "f\xE2\x80\x99"
};

static const char *const langs[] = {
	"en", "es", "fr", "de", "nl", "ro", "tr", "ca", "pl"
};

/* Pango's width of s at FONTS_PLAIN_SIZE, in Pango units, shaped as the
 * typesetter shapes a word it cannot add up. */
static int
shaped(PangoFont *font, PangoLanguage *lang, GList *attrs, const char *s)
{
	PangoAnalysis	 an = { 0 };
	PangoGlyphString *gs = pango_glyph_string_new();
	const char	*p;
	int		 w;

	an.font = font;
	an.language = lang;
	an.extra_attrs = (GSList *)attrs;
	an.script = PANGO_SCRIPT_COMMON;
	for (p = s; *p != '\0'; p = g_utf8_next_char(p)) {
		PangoScript sc = (PangoScript)g_unichar_get_script(
		    g_utf8_get_char(p));

		if (sc != PANGO_SCRIPT_COMMON && sc != PANGO_SCRIPT_INHERITED) {
			an.script = sc;
			break;
		}
	}
	pango_shape_full(s, (int)strlen(s), s, (int)strlen(s), &an, gs);
	w = pango_glyph_string_get_width(gs);
	pango_glyph_string_free(gs);
	return w;
}

static void
same(double plain, int units, const char *s, int face, const char *lang)
{
	double	want = units / (double)PANGO_SCALE / FONTS_PLAIN_SIZE;

	if (plain != want)
		fail_msg("face %d, %s: \"%s\" adds up to %.6f, shapes to %.6f",
		    face, lang, s, plain, want);
}

static void
check_plain_equals_shaped(void)
{
	GSList		*attrs = g_slist_prepend(NULL,
	    pango_attr_font_features_new(FONTS_FEATURES));
	GRand		*r = g_rand_new_with_seed(15);
	size_t		 li;
	int		 face, plain_total = 0, words = 0;

	for (face = 0; face < FACE_COUNT; face++) {
		PangoFontDescription *d = fonts_face_desc(face,
		    FONTS_PLAIN_SIZE);
		PangoFont *font = pango_context_load_font(fonts_context(), d);

		pango_font_description_free(d);
		assert_non_null(font);
		for (li = 0; li < G_N_ELEMENTS(langs); li++) {
			PangoLanguage *lang = pango_language_from_string(
			    langs[li]);
			GArray	*pool = g_array_new(FALSE, FALSE,
			    sizeof(gunichar));
			gunichar c;
			int	 k;

			for (c = 0x20; c < 0x2100; c++) {
				char	 b[8];
				double	 w;

				b[g_unichar_to_utf8(c, b)] = '\0';
				if ((w = fonts_plain_width(face, lang, b,
				    strlen(b))) < 0)
					continue;
				same(w, shaped(font, lang, (GList *)attrs, b),
				    b, face, langs[li]);
				g_array_append_val(pool, c);
			}
			/* in the project's four languages (the first),
			 * letters, digits and their text are plain */
			for (k = 0; li < 4 && k < 62; k++) {
				char b[2] = { "abcdefghijklmnopqrstuvwxyz"
				    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[k],
				    '\0' };

				if (fonts_plain_width(face, lang, b, 1) < 0)
					fail_msg("face %d, %s: %s not plain",
					    face, langs[li], b);
			}
			if (li < 4) {
				static const char w[] = "\xC3\xA9t\xC3\xA9 "
				    "ni\xC3\xB1o \xC3\xBC" "ber Stra\xC3\x9F"
				    "e \xE2\x80\x9C" "x\xE2\x80\x9D \xE2\x80\x93";

				assert_true(fonts_plain_width(face, lang, w,
				    strlen(w)) > 0);
			}
			/* sequences fonts localise or join, where plain */
			for (k = 0; k < (int)G_N_ELEMENTS(joined); k++) {
				double w = fonts_plain_width(face, lang,
				    joined[k], strlen(joined[k]));

				if (w >= 0)
					same(w, shaped(font, lang,
					    (GList *)attrs, joined[k]),
					    joined[k], face, langs[li]);
			}
			plain_total += (int)pool->len;
			/* random words of plain characters, spaces too */
			for (k = 0; k < 300; k++) {
				GString	*s = g_string_new(NULL);
				int	 n = g_rand_int_range(r, 1, 12), j;

				for (j = 0; j < n; j++)
					g_string_append_unichar(s,
					    g_array_index(pool, gunichar,
					    g_rand_int_range(r, 0,
					    (gint32)pool->len)));
				same(fonts_plain_width(face, lang, s->str,
				    s->len), shaped(font, lang, (GList *)attrs,
				    s->str), s->str, face, langs[li]);
				g_string_free(s, TRUE);
				words++;
			}
			g_array_free(pool, TRUE);
		}
		g_object_unref(font);
	}
	/* not vacuous: most of Latin-1 and the letters of Extended-A are
	 * plain in every face and language */
	assert_true(plain_total > (int)(FACE_COUNT * G_N_ELEMENTS(langs) *
	    300));
	assert_int_equal(words, FACE_COUNT * G_N_ELEMENTS(langs) * 300);
	g_rand_free(r);
	g_slist_free_full(attrs, (GDestroyNotify)pango_attribute_destroy);
}

/* The plain glyph files of the cache (g_free the paths). */
static GPtrArray *
kept_files(void)
{
	char		*dir = tmpcache_dir();
	GDir		*d = g_dir_open(dir, 0, NULL);
	GPtrArray	*res = g_ptr_array_new_with_free_func(g_free);
	const char	*e;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL)
		if (g_str_has_prefix(e, "plain-"))
			g_ptr_array_add(res, g_build_filename(dir, e, NULL));
	if (d != NULL)
		g_dir_close(d);
	g_free(dir);
	return res;
}

/* With an empty cache: found from the shaping plans, and kept. */
static void
test_plain_equals_shaped(void **state)
{
	GPtrArray	*kept = kept_files();

	(void)state;
	assert_int_equal(kept->len, 0);
	g_ptr_array_unref(kept);
	check_plain_equals_shaped();
	kept = kept_files();
	/* one file for each face and language */
	assert_int_equal(kept->len, FACE_COUNT * G_N_ELEMENTS(langs));
	g_ptr_array_unref(kept);
}

/* Loaded again from the kept files, the widths are the same; files
 * with a byte changed are not used (found again, and kept again). */
static void
test_plain_kept(void **state)
{
	GPtrArray	*kept = kept_files(), *orig;
	GArray		*lens = g_array_new(FALSE, FALSE, sizeof(gsize));
	guint		 i;

	(void)state;
	assert_int_equal(kept->len, FACE_COUNT * G_N_ELEMENTS(langs));
	fonts_done();
	assert_int_equal(fonts_init(NULL), 0);
	check_plain_equals_shaped();
	orig = g_ptr_array_new_with_free_func(g_free);
	for (i = 0; i < kept->len; i++) {
		char	*buf;
		gsize	 len;

		assert_true(g_file_get_contents(g_ptr_array_index(kept, i),
		    &buf, &len, NULL));
		assert_true(len > 40);
		g_ptr_array_add(orig, g_memdup2(buf, len));
		g_array_append_val(lens, len);
		/* a glyph of the list, or the key, or the header */
		buf[len - 1 - (i * 7) % 40] ^= 0x01;
		assert_true(g_file_set_contents(g_ptr_array_index(kept, i),
		    buf, (gssize)len, NULL));
		g_free(buf);
	}
	fonts_done();
	assert_int_equal(fonts_init(NULL), 0);
	check_plain_equals_shaped();
	/* each written again as it was */
	for (i = 0; i < kept->len; i++) {
		char	*buf;
		gsize	 len;

		assert_true(g_file_get_contents(g_ptr_array_index(kept, i),
		    &buf, &len, NULL));
		assert_int_equal(len, g_array_index(lens, gsize, i));
		assert_memory_equal(buf, g_ptr_array_index(orig, i), len);
		g_free(buf);
	}
	g_ptr_array_unref(orig);
	g_array_unref(lens);
	g_ptr_array_unref(kept);
}

/* What shaping may change is refused: marks, ignorables, controls,
 * other scripts, malformed UTF-8. */
static void
test_plain_refuses(void **state)
{
	PangoLanguage	*en = pango_language_from_string("en");
	static const char *const no[] = {
		"e\xCC\x81",		/* e + combining acute */
		"a\xC2\xAD" "b",	/* soft hyphen */
		"a\xE2\x80\x8B" "b",	/* zero width space */
		"a\tb",
		"\xD0\x9C\xD0\xB8\xD1\x80",	/* Мир */
		"a\xE2\x80\x89" "b",	/* thin space */
		"\xE4\xB8\xAD",		/* 中 */
		"\xC3",			/* cut short */
	};
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(no); i++)
		if (fonts_plain_width(FACE_SERIF, en, no[i],
		    strlen(no[i])) >= 0)
			fail_msg("\"%s\" taken as plain", no[i]);
	assert_true(fonts_plain_width(FACE_SERIF, en, "", 0) == 0);
	assert_true(fonts_plain_width(FACE_SERIF, NULL, "abc", 3) > 0);
}

/* The cache folder a fresh one, removed at the end. */
static int
group_setup(void **state)
{
	return tmpcache_make() != 0 ? -1 : setup(state);
}

static int
group_teardown(void **state)
{
	teardown(state);
	tmpcache_remove();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_equals_shaped),
		cmocka_unit_test(test_plain_kept),
		cmocka_unit_test(test_plain_refuses),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
