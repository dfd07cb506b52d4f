/* SPDX-License-Identifier: MIT */
/*
 * The diagram written alone: the PNG's resolution (pHYs, read from the
 * file's chunks), background and alpha; the SVG's real text, its
 * well-formedness and its sameness with the page model; bare mode.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <png.h>

#include "diagram_int.h"
#include "fonts.h"
#include "labels.h"

/* --- a small graph ------------------------------------------------------ */

static struct actor *
actor(const char *name, enum actor_kind kind, const char *person)
{
	struct actor	*a = g_new0(struct actor, 1);

	a->name = g_strdup(name);
	a->kind = kind;
	a->mentions = 3;
	a->state = -1;
	a->persons = g_ptr_array_new_with_free_func(g_free);
	if (person != NULL)
		g_ptr_array_add(a->persons, g_strdup(person));
	return a;
}

static struct relation *
relation(int from, int to, const char *label, enum polarity pol)
{
	struct relation	*r = g_new0(struct relation, 1);
	struct evidence	 e = { (size_t)(10 * (from + to)), 0, 1 };

	r->from = from;
	r->to = to;
	r->label = g_strdup(label);
	r->polarity = pol;
	r->directed = 1;
	r->mode = REL_DONE;
	r->drawn = 1;
	r->evidence = g_array_new(FALSE, TRUE, sizeof(struct evidence));
	g_array_append_val(r->evidence, e);
	return r;
}

/* Three boxes; one name holds XML's markup characters. */
static struct graph *
small(void)
{
	struct graph	*g = g_new0(struct graph, 1);

	g->actors = g_ptr_array_new();
	g->relations = g_ptr_array_new();
	g_ptr_array_add(g->actors, actor("Russia", ACTOR_STATE,
	    "Vladimir Putin"));
	g_ptr_array_add(g->actors, actor("North Korea", ACTOR_STATE, NULL));
	g_ptr_array_add(g->actors, actor("R&D <Council>", ACTOR_ORG, NULL));
	g_ptr_array_add(g->relations, relation(1, 0, "munitions",
	    POL_COOPERATIVE));
	g_ptr_array_add(g->relations, relation(2, 0, "sanctions",
	    POL_HOSTILE));
	return g;
}

static void
free_graph(struct graph *g)
{
	guint	i;

	for (i = 0; i < g->actors->len; i++) {
		struct actor *a = g_ptr_array_index(g->actors, i);

		g_free(a->name);
		g_ptr_array_unref(a->persons);
		g_free(a);
	}
	for (i = 0; i < g->relations->len; i++) {
		struct relation *r = g_ptr_array_index(g->relations, i);

		g_free(r->label);
		g_array_unref(r->evidence);
		g_free(r);
	}
	g_ptr_array_unref(g->actors);
	g_ptr_array_unref(g->relations);
	g_free(g);
}

/* The diagram written to a scratch file; its bytes (g_free). */
static guint8 *
written(const struct diagram *d, const char *name, double dpi, int flags,
    gsize *len)
{
	char	*dir = g_dir_make_tmp("export-XXXXXX", NULL);
	char	*path = g_build_filename(dir, name, NULL);
	char	*buf = NULL;

	assert_non_null(dir);
	assert_int_equal(diagram_write(d, path, dpi, flags, 0644), 0);
	assert_true(g_file_get_contents(path, &buf, len, NULL));
	unlink(path);
	rmdir(dir);
	g_free(path);
	g_free(dir);
	return (guint8 *)buf;
}

/* --- PNG ---------------------------------------------------------------- */

static guint32
be32(const guint8 *p)
{
	return (guint32)p[0] << 24 | (guint32)p[1] << 16 |
	    (guint32)p[2] << 8 | p[3];
}

/*
 * The chunk of type t in a PNG, walked chunk by chunk from the
 * signature: its data and length, or NULL.
 */
static const guint8 *
chunk(const guint8 *png, gsize len, const char *t, guint32 *n)
{
	gsize	 i = 8;

	assert_true(len > 8 && memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0);
	while (i + 12 <= len) {
		guint32 l = be32(png + i);

		assert_true(i + 12 + l <= len);
		if (memcmp(png + i + 4, t, 4) == 0) {
			*n = l;
			return png + i + 8;
		}
		if (memcmp(png + i + 4, "IEND", 4) == 0)
			break;
		i += 12 + l;
	}
	return NULL;
}

/* The pHYs chunk holds the resolution asked for, in pixels per metre
 * (unit 1), and the pixel size follows it. */
static void
test_diagram_export_png_phys(void **state)
{
	struct graph	*g = small();
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
	static const double dpis[] = { 96, 300 };
	guint32		 width[2];
	size_t		 i;

	(void)state;
	assert_non_null(d);
	for (i = 0; i < G_N_ELEMENTS(dpis); i++) {
		gsize		 len;
		guint8		*png = written(d, "d.png", dpis[i], 0,
		    &len);
		const guint8	*p, *ihdr;
		guint32		 n;

		p = chunk(png, len, "pHYs", &n);
		assert_non_null(p);
		assert_int_equal(n, 9);
		assert_int_equal(be32(p), lround(dpis[i] / 0.0254));
		assert_int_equal(be32(p + 4), lround(dpis[i] / 0.0254));
		assert_int_equal(p[8], 1);	/* the metre */
		ihdr = chunk(png, len, "IHDR", &n);
		assert_non_null(ihdr);
		width[i] = be32(ihdr);
		/* the figure and its margins, at the resolution */
		assert_int_equal(width[i], (guint32)ceil((d->w + 24) *
		    dpis[i] / 72));
		g_free(png);
	}
	assert_int_equal(lround(96 / 0.0254), 3780);
	assert_int_equal(lround(300 / 0.0254), 11811);
	assert_true(width[1] > 3 * width[0]);
	diagram_free(d);
	free_graph(g);
}

/* A PNG decoded to 8-bit RGBA with libpng (g_free). */
static guint8 *
decode(const guint8 *png, gsize len, guint32 *w, guint32 *h)
{
	png_image	 im;
	guint8		*px;

	memset(&im, 0, sizeof(im));
	im.version = PNG_IMAGE_VERSION;
	assert_true(png_image_begin_read_from_memory(&im, png, len));
	im.format = PNG_FORMAT_RGBA;
	px = g_malloc(PNG_IMAGE_SIZE(im));
	assert_true(png_image_finish_read(&im, NULL, px, 0, NULL));
	*w = im.width;
	*h = im.height;
	return px;
}

/*
 * White and opaque by default; with DIAGRAM_TRANSPARENT the corners have
 * alpha 0, and the colours are divided by alpha: laid over white, every
 * pixel comes back as the opaque image has it (within rounding).
 */
static void
test_diagram_export_png_background(void **state)
{
	struct graph	*g = small();
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
	gsize		 len[2];
	guint8		*png[2], *px[2];
	guint32		 w[2], h[2], x, y, c;
	size_t		 i, k, inked = 0, clear = 0, worst = 0;

	(void)state;
	png[0] = written(d, "d.png", 72, 0, &len[0]);
	png[1] = written(d, "d.png", 72, DIAGRAM_TRANSPARENT, &len[1]);
	for (i = 0; i < 2; i++)
		px[i] = decode(png[i], len[i], &w[i], &h[i]);
	assert_int_equal(w[0], w[1]);
	assert_int_equal(h[0], h[1]);
	for (k = 0; k < 4; k++) {
		x = k & 1 ? w[0] - 1 : 0;
		y = k & 2 ? h[0] - 1 : 0;
		for (c = 0; c < 4; c++)
			assert_int_equal(px[0][4 * (y * w[0] + x) + c], 255);
		assert_int_equal(px[1][4 * (y * w[1] + x) + 3], 0);
	}
	for (k = 0; k < (size_t)w[0] * h[0]; k++) {
		const guint8 *o = px[0] + 4 * k, *t = px[1] + 4 * k;

		assert_int_equal(o[3], 255);
		inked += o[0] < 128;
		clear += t[3] == 0;
		for (c = 0; c < 3; c++) {
			int over = (t[c] * t[3] + 255 * (255 - t[3]) + 127) /
			    255;
			size_t dv = (size_t)abs(over - o[c]);

			worst = MAX(worst, dv);
		}
	}
	/* something is drawn, and most of the figure is background */
	assert_true(inked > 100);
	assert_true(clear > (size_t)w[0] * h[0] / 2);
	assert_true(worst <= 2);
	for (i = 0; i < 2; i++) {
		g_free(png[i]);
		g_free(px[i]);
	}
	diagram_free(d);
	free_graph(g);
}

/* --- SVG ---------------------------------------------------------------- */

struct svg {
	GPtrArray	*texts;		/* char *: <text> contents */
	GPtrArray	*families;	/* char *: their font-family */
	int		 paths;
	int		 in_text;
	int		 root;		/* the root is <svg> */
};

static void
on_start(GMarkupParseContext *ctx, const char *el, const char **names,
    const char **values, void *arg, GError **err)
{
	struct svg	*s = arg;
	int		 i;

	(void)ctx;
	(void)err;
	if (strcmp(el, "svg") == 0 && s->texts->len == 0 && s->paths == 0)
		s->root = 1;
	if (strcmp(el, "path") == 0)
		s->paths++;
	if (strcmp(el, "text") != 0)
		return;
	s->in_text = 1;
	g_ptr_array_add(s->texts, g_strdup(""));
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], "font-family") == 0)
			g_ptr_array_add(s->families, g_strdup(values[i]));
}

static void
on_end(GMarkupParseContext *ctx, const char *el, void *arg, GError **err)
{
	struct svg	*s = arg;

	(void)ctx;
	(void)err;
	if (strcmp(el, "text") == 0)
		s->in_text = 0;
}

static void
on_text(GMarkupParseContext *ctx, const char *text, gsize len, void *arg,
    GError **err)
{
	struct svg	*s = arg;
	char		*old, **last;

	(void)ctx;
	(void)err;
	if (!s->in_text)
		return;
	last = (char **)&g_ptr_array_index(s->texts, s->texts->len - 1);
	old = *last;
	*last = g_strdup_printf("%s%.*s", old, (int)len, text);
	g_free(old);
}

/* Parse an SVG with GMarkup: 1 if well-formed. */
static int
parse_svg(const char *xml, gsize len, struct svg *s)
{
	static const GMarkupParser p = { on_start, on_end, on_text, NULL,
	    NULL };
	GMarkupParseContext	*ctx;
	int			 ok;

	memset(s, 0, sizeof(*s));
	s->texts = g_ptr_array_new_with_free_func(g_free);
	s->families = g_ptr_array_new_with_free_func(g_free);
	ctx = g_markup_parse_context_new(&p, 0, s, NULL);
	ok = g_markup_parse_context_parse(ctx, xml, (gssize)len, NULL) &&
	    g_markup_parse_context_end_parse(ctx, NULL);
	g_markup_parse_context_free(ctx);
	return ok;
}

static void
svg_clear(struct svg *s)
{
	g_ptr_array_unref(s->texts);
	g_ptr_array_unref(s->families);
}

static int
has_text(const struct svg *s, const char *t)
{
	guint	i;

	for (i = 0; i < s->texts->len; i++)
		if (strstr(g_ptr_array_index(s->texts, i), t) != NULL)
			return 1;
	return 0;
}

/* The page model's runs and paths (what the briefing's PDF draws). */
static void
count_items(const struct diagram *d, int *runs, int *paths)
{
	struct pages	*pp = pages_new(595, 842);
	GArray		*items = g_array_new(FALSE, TRUE,
	    sizeof(struct pg_item));
	guint		 i;

	diagram_to_items(d, pp, items);
	*runs = *paths = 0;
	for (i = 0; i < items->len; i++) {
		struct pg_item *it = &g_array_index(items, struct pg_item, i);

		*runs += it->type == PG_RUN;
		*paths += it->type == PG_PATH;
		pg_item_clear(it);
	}
	g_array_unref(items);
	pages_free(pp);
}

/* Well-formed; every actor's name (markup characters escaped) and the
 * legend and caption as <text> in the shipped family; as many texts and
 * paths as the page model draws. */
static void
test_diagram_export_svg_text(void **state)
{
	struct graph	*g = small();
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
	gsize		 len;
	guint8		*xml = written(d, "d.svg", 300, 0, &len);
	struct svg	 s;
	int		 runs, paths;
	guint		 i;

	(void)state;
	assert_true(parse_svg((const char *)xml, len, &s));
	assert_true(s.root);
	for (i = 0; i < g->actors->len; i++)
		assert_true(has_text(&s, ((struct actor *)
		    g_ptr_array_index(g->actors, i))->name));
	assert_true(has_text(&s, "Vladimir Putin"));
	assert_true(has_text(&s, "munitions"));
	assert_true(has_text(&s, label(NULL, L_COOPERATIVE)));
	assert_true(has_text(&s, "Figure 1."));
	assert_non_null(strstr((const char *)xml, "R&amp;D &lt;Council&gt;"));
	assert_int_equal(s.families->len, s.texts->len);
	for (i = 0; i < s.families->len; i++)
		assert_true(g_str_has_prefix(g_ptr_array_index(s.families, i),
		    "Noto Sans"));
	/* the faces come along: regular and bold, cut to what is drawn */
	for (i = 0; i < 2; i++) {
		const char *rule = strstr((const char *)xml, i == 0 ?
		    "@font-face { font-family: \"Noto Sans\"; font-weight: "
		    "normal; font-style: normal; src: url(data:font/ttf;"
		    "base64," : "@font-face { font-family: \"Noto Sans\"; "
		    "font-weight: bold; font-style: normal; src: "
		    "url(data:font/ttf;base64,");
		char	*b64;
		guchar	*ttf;
		gsize	 n;

		assert_non_null(rule);
		rule = strstr(rule, "base64,") + 7;
		b64 = g_strndup(rule, strcspn(rule, ")"));
		ttf = g_base64_decode(b64, &n);
		assert_true(n > 1000 && n < 20000);
		assert_memory_equal(ttf, "\0\1\0\0", 4);
		g_free(ttf);
		g_free(b64);
	}
	count_items(d, &runs, &paths);
	assert_int_equal(s.texts->len, runs);
	assert_int_equal(s.paths, paths);
	svg_clear(&s);
	g_free(xml);
	diagram_free(d);
	free_graph(g);
}

/*
 * Bare: no legend or caption in any format, the graph's words still
 * there; the image is cropped to the graph (smaller than the whole
 * figure).
 */
static void
test_diagram_export_bare(void **state)
{
	struct graph	*g = small();
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
	gsize		 len, plen[2];
	guint8		*xml = written(d, "d.svg", 72, DIAGRAM_BARE,
	    &len);
	guint8		*png[2], *pdf;
	struct svg	 s;
	const guint8	*ihdr[2];
	guint32		 n;
	size_t		 i;

	(void)state;
	assert_true(parse_svg((const char *)xml, len, &s));
	assert_true(has_text(&s, "North Korea"));
	assert_true(has_text(&s, "munitions"));
	assert_false(has_text(&s, "Figure"));
	assert_false(has_text(&s, "Also named"));
	assert_false(has_text(&s, label(NULL, L_COOPERATIVE)));
	assert_false(has_text(&s, label(NULL, L_HOSTILE)));
	assert_false(has_text(&s, label(NULL, L_LEGEND_WEIGHT)));
	svg_clear(&s);
	png[0] = written(d, "d.png", 72, 0, &plen[0]);
	png[1] = written(d, "d.png", 72, DIAGRAM_BARE, &plen[1]);
	for (i = 0; i < 2; i++) {
		ihdr[i] = chunk(png[i], plen[i], "IHDR", &n);
		assert_non_null(ihdr[i]);
	}
	assert_true(be32(ihdr[1] + 4) < be32(ihdr[0] + 4));
	assert_true(be32(ihdr[1]) <= be32(ihdr[0]));
	pdf = written(d, "d.pdf", 72, DIAGRAM_BARE, &len);
	assert_true(len > 4 && memcmp(pdf, "%PDF", 4) == 0);
	for (i = 0; i < 2; i++)
		g_free(png[i]);
	g_free(pdf);
	g_free(xml);
	diagram_free(d);
	free_graph(g);
}

#include "fontsetup.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diagram_export_png_phys),
		cmocka_unit_test(test_diagram_export_png_background),
		cmocka_unit_test(test_diagram_export_svg_text),
		cmocka_unit_test(test_diagram_export_bare),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
