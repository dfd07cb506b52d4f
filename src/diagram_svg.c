/* SPDX-License-Identifier: MIT */
/*
 * Writes the diagram's page model as SVG: each path as a <path> with the
 * fill, stroke and dash the PDF draws, each text run as a real <text> in
 * the family, weight and style of its shipped face, so the words can be
 * selected, searched and edited.  The faces used come along, cut to the
 * characters drawn (hb-subset), as @font-face rules: the drawing is the
 * same where Noto is not installed.  Sizes are points (1pt = 1 user
 * unit).
 */
#include <string.h>

#include <hb.h>
#include <hb-subset.h>

#include "diagram_out.h"
#include "fonts.h"

static void	num(GString *s, double v);
static void	attr_num(GString *s, const char *name, double v);
static void	attr_rgb(GString *s, const char *name, guint32 rgb);
static void	escape(GString *s, const char *text);
static void	path(GString *s, const struct pg_path *p);
static void	text(GString *s, const struct pg_run *r,
		    const struct pages *pp);
static void	font_rule(GString *s, int face, const hb_set_t *cps);
static void	font_faces(GString *s, const GArray *items,
		    const struct pages *pp);

/* v with at most 2 decimals, no trailing zeros, never "-0". */
static void
num(GString *s, double v)
{
	char	 buf[G_ASCII_DTOSTR_BUF_SIZE];
	char	*e;

	g_ascii_formatd(buf, sizeof(buf), "%.2f", v);
	e = buf + strlen(buf);
	while (e > buf && e[-1] == '0')
		*--e = '\0';
	if (e > buf && e[-1] == '.')
		*--e = '\0';
	g_string_append(s, strcmp(buf, "-0") == 0 ? "0" : buf);
}

static void
attr_num(GString *s, const char *name, double v)
{
	g_string_append_printf(s, " %s=\"", name);
	num(s, v);
	g_string_append_c(s, '"');
}

static void
attr_rgb(GString *s, const char *name, guint32 rgb)
{
	g_string_append_printf(s, " %s=\"#%06x\"", name, rgb & 0xFFFFFF);
}

/*
 * text as XML character data (or an attribute value): the five markup
 * characters as entities, and the C0 controls XML 1.0 forbids (which
 * g_markup_escape_text writes as references) as spaces.  text is UTF-8.
 */
static void
escape(GString *s, const char *text)
{
	const char	*p;

	for (p = text; *p != '\0'; p++) {
		switch (*p) {
		case '&':
			g_string_append(s, "&amp;");
			break;
		case '<':
			g_string_append(s, "&lt;");
			break;
		case '>':
			g_string_append(s, "&gt;");
			break;
		case '"':
			g_string_append(s, "&quot;");
			break;
		case '\'':
			g_string_append(s, "&apos;");
			break;
		default:
			g_string_append_c(s, (unsigned char)*p < 0x20 &&
			    *p != '\t' && *p != '\n' && *p != '\r' ? ' ' :
			    *p);
		}
	}
}

static void
path(GString *s, const struct pg_path *p)
{
	guint	 i;
	int	 j;

	g_string_append(s, "<path d=\"");
	for (i = 0; i < p->segs->len; i++) {
		const struct pg_seg *sg = &g_array_index(p->segs,
		    struct pg_seg, i);
		static const char op[] = { 'M', 'L', 'C', 'Z' };
		int n = sg->op == PG_CURVE ? 3 : sg->op == PG_CLOSE ? 0 : 1;

		if (i > 0)
			g_string_append_c(s, ' ');
		g_string_append_c(s, op[sg->op]);
		for (j = 0; j < n; j++) {
			if (j > 0)
				g_string_append_c(s, ' ');
			num(s, sg->x[j]);
			g_string_append_c(s, ',');
			num(s, sg->y[j]);
		}
	}
	g_string_append_c(s, '"');
	if (p->do_fill)
		attr_rgb(s, "fill", p->fill);
	else
		g_string_append(s, " fill=\"none\"");
	if (p->do_stroke) {
		attr_rgb(s, "stroke", p->stroke);
		attr_num(s, "stroke-width", p->width);
		if (p->ndash == 2) {
			g_string_append(s, " stroke-dasharray=\"");
			num(s, p->dash[0]);
			g_string_append_c(s, ' ');
			num(s, p->dash[1]);
			g_string_append_c(s, '"');
		}
	}
	g_string_append(s, "/>\n");
}

static void
text(GString *s, const struct pg_run *r, const struct pages *pp)
{
	int			 face = dg_run_face(pp, r->font);
	PangoFontDescription	*d;

	g_string_append(s, "<text");
	attr_num(s, "x", r->x);
	attr_num(s, "y", r->y);
	if (face >= 0) {
		d = fonts_face_desc(face, r->size);
		g_string_append(s, " font-family=\"");
		escape(s, pango_font_description_get_family(d));
		g_string_append(s, ", sans-serif\"");
		if (pango_font_description_get_weight(d) >= PANGO_WEIGHT_BOLD)
			g_string_append(s, " font-weight=\"bold\"");
		if (pango_font_description_get_style(d) != PANGO_STYLE_NORMAL)
			g_string_append(s, " font-style=\"italic\"");
		pango_font_description_free(d);
	} else
		g_string_append(s, " font-family=\"sans-serif\"");
	attr_num(s, "font-size", r->size);
	attr_rgb(s, "fill", r->rgb);
	g_string_append_c(s, '>');
	escape(s, r->text);
	g_string_append(s, "</text>\n");
}

/*
 * One @font-face rule: the face cut to the code points cps, without
 * hinting, as base64 TrueType.  Nothing when it cannot be cut: the
 * family's name still picks an installed copy.
 */
static void
font_rule(GString *s, int face, const hb_set_t *cps)
{
	hb_blob_t		*blob;
	hb_face_t		*hf, *sub = NULL;
	hb_subset_input_t	*in;
	PangoFontDescription	*d;
	const char		*data;
	unsigned		 len = 0;
	char			*b64;

	blob = hb_blob_create_from_file_or_fail(fonts_face_file(face));
	if (blob == NULL)
		return;
	hf = hb_face_create(blob, 0);
	hb_blob_destroy(blob);
	if ((in = hb_subset_input_create_or_fail()) != NULL) {
		hb_set_union(hb_subset_input_unicode_set(in), cps);
		hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
		sub = hb_subset_or_fail(hf, in);
		hb_subset_input_destroy(in);
	}
	hb_face_destroy(hf);
	if (sub == NULL)
		return;
	blob = hb_face_reference_blob(sub);
	hb_face_destroy(sub);
	data = hb_blob_get_data(blob, &len);
	if (len > 0) {
		d = fonts_face_desc(face, 10);
		b64 = g_base64_encode((const guchar *)data, len);
		g_string_append(s, "@font-face { font-family: \"");
		escape(s, pango_font_description_get_family(d));
		g_string_append_printf(s, "\"; font-weight: %s; font-style: "
		    "%s; src: url(data:font/ttf;base64,%s) "
		    "format(\"truetype\") }\n",
		    pango_font_description_get_weight(d) >= PANGO_WEIGHT_BOLD ?
		    "bold" : "normal", pango_font_description_get_style(d) !=
		    PANGO_STYLE_NORMAL ? "italic" : "normal", b64);
		g_free(b64);
		pango_font_description_free(d);
	}
	hb_blob_destroy(blob);
}

/* The @font-face rules of the faces items' runs use. */
static void
font_faces(GString *s, const GArray *items, const struct pages *pp)
{
	hb_set_t	*cps[FACE_COUNT] = { NULL };
	const char	*p;
	guint		 i;
	int		 f;

	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);

		if (it->type != PG_RUN ||
		    (f = dg_run_face(pp, it->u.run.font)) < 0)
			continue;
		if (cps[f] == NULL)
			cps[f] = hb_set_create();
		for (p = it->u.run.text; *p != '\0'; p = g_utf8_next_char(p))
			hb_set_add(cps[f], g_utf8_get_char(p));
	}
	for (f = 0; f < FACE_COUNT; f++)
		if (cps[f] != NULL) {
			font_rule(s, f, cps[f]);
			hb_set_destroy(cps[f]);
		}
}

void
dg_svg(const GArray *items, const struct pages *pp,
    const struct dg_rect *r, double m, GString *out)
{
	guint	 i;

	g_string_append(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
	/* points, so the figure drops into a document at its size */
	g_string_append(out, " width=\"");
	num(out, r->w + 2 * m);
	g_string_append(out, "pt\" height=\"");
	num(out, r->h + 2 * m);
	g_string_append(out, "pt\" viewBox=\"0 0 ");
	num(out, r->w + 2 * m);
	g_string_append_c(out, ' ');
	num(out, r->h + 2 * m);
	/* text measured without kerning or ligatures is drawn so */
	g_string_append(out, "\">\n<style>\n");
	font_faces(out, items, pp);
	g_string_append(out, "text { font-kerning: none; "
	    "font-variant-ligatures: none; white-space: pre }\n</style>\n"
	    "<g stroke-miterlimit=\"10\" transform=\"translate(");
	num(out, m - r->x);
	g_string_append_c(out, ' ');
	num(out, m - r->y);
	g_string_append(out, ")\">\n");
	for (i = 0; i < items->len; i++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, i);

		if (it->type == PG_PATH)
			path(out, &it->u.path);
		else if (it->type == PG_RUN)
			text(out, &it->u.run, pp);
	}
	g_string_append(out, "</g>\n</svg>\n");
}
