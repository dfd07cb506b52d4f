/* SPDX-License-Identifier: MIT */
/*
 * Image blocks: the picture at the column's width (never larger than
 * its natural size at IMAGE_DPI, never taller than a page leaves room
 * for), centred, its alt text as a caption below in the figure's
 * caption style.  An image that cannot be shown (a remote URL, a file
 * refused by the path rules, missing, too big, undecodable) is a
 * warning at its line:col, and its alt text is set in its place.
 */
#include <string.h>

#include "image.h"
#include "typeset_int.h"

/* The caption: the figure's (diagram_int.h DG_CAPTION_*). */
#define CAP_SIZE	7.8
#define CAP_LEAD	10.0
#define CAP_GAP		4.0	/* between the picture and its caption */
#define IMG_AIR		4.0	/* more space above than a paragraph's */
/* A caption narrower than this is as wide as the column allows. */
#define CAP_MIN_W	200.0
/* A name longer than this is cut in messages (a data: URI). */
#define NAME_MAX_SHOWN	80

static void	caption_style(struct tstyle *, double);
static double	set_caption(struct body *, const GPtrArray *, double,
		    double, double, int);
static char	*shown_name(const char *);
static int	is_remote(const char *);
static struct image *fetch(struct body *, const struct doc_node *);

static void
caption_style(struct tstyle *st, double width)
{
	memset(st, 0, sizeof(*st));
	st->sans = 1;
	st->size = CAP_SIZE;
	st->leading = CAP_LEAD;
	st->rgb = GREY;
	st->link_rgb = LINK_RGB;
	st->width = width;
}

/*
 * The caption's lines (spans) as entries of the main flow at x, width
 * wide, the first `before` below what precedes; all kept together.
 * measure: only count them.  Returns the number of lines.
 */
static double
set_caption(struct body *bd, const GPtrArray *spans, double x, double width,
    double before, int measure)
{
	struct tstyle	 st;
	struct tpara	 tp;
	GPtrArray	*lines = g_ptr_array_new();
	guint		 i, n;

	caption_style(&st, width);
	tpara_init(&tp);
	tpara_add_spans(bd->t, &tp, spans, &st);
	tpara_set(bd->t, &tp, &st, lines);
	n = lines->len;
	for (i = 0; i < n; i++) {
		GArray *line = g_ptr_array_index(lines, i);
		struct vent *v;

		if (measure) {
			guint k;

			for (k = 0; k < line->len; k++)
				pg_item_clear(&g_array_index(line,
				    struct pg_item, k));
			g_array_unref(line);
			continue;
		}
		v = vent_new(bd->vl, CAP_LEAD, i == 0 ? before : 0);
		v->keep = i + 1 < n;
		take_line(v, line, x, baseline_of(CAP_SIZE, CAP_LEAD));
	}
	tpara_clear(&tp);
	g_ptr_array_unref(lines);
	return n;
}

/* The name for a message: cut past NAME_MAX_SHOWN characters. */
static char *
shown_name(const char *s)
{
	if (g_utf8_strlen(s, -1) <= NAME_MAX_SHOWN)
		return g_strdup(s);
	return g_strdup_printf("%.*s\xe2\x80\xa6",
	    (int)(g_utf8_offset_to_pointer(s, NAME_MAX_SHOWN) - s), s);
}

/* 1 for a URL the program would have to fetch: http:, https:, //. */
static int
is_remote(const char *s)
{
	return g_ascii_strncasecmp(s, "http:", 5) == 0 ||
	    g_ascii_strncasecmp(s, "https:", 6) == 0 ||
	    strncmp(s, "//", 2) == 0;
}

/*
 * The picture of image block n (owned by bd->t->images), or NULL after
 * a warning at its line:col.  A remote URL is never fetched; another
 * scheme (data:, file:) is not a path; "%20" and the like in a path are
 * decoded.
 */
static struct image *
fetch(struct body *bd, const struct doc_node *n)
{
	const char	*doc_path = bd->t->doc->path;
	struct image	*im;
	char		*name, *why = NULL, *shown, *colon;
	size_t		 room = IMAGE_MAX_TOTAL - MIN(bd->t->image_bytes,
	    IMAGE_MAX_TOTAL);

	shown = shown_name(n->src != NULL ? n->src : "");
	if (n->src == NULL || n->src[0] == '\0') {
		msg_at(doc_path, &n->pos, MSG_WARNING, "image with no "
		    "file; its alt text is set instead");
		g_free(shown);
		return NULL;
	}
	if (is_remote(n->src)) {
		msg_at(doc_path, &n->pos, MSG_WARNING, "image '%s' is a "
		    "remote URL, not fetched; its alt text is set instead",
		    shown);
		g_free(shown);
		return NULL;
	}
	colon = strchr(n->src, ':');
	if (colon != NULL && colon - n->src > 1 && strcspn(n->src,
	    "/") > (size_t)(colon - n->src)) {
		msg_at(doc_path, &n->pos, MSG_WARNING, "image '%s' is not "
		    "a file path; its alt text is set instead", shown);
		g_free(shown);
		return NULL;
	}
	if ((name = g_uri_unescape_string(n->src, NULL)) == NULL)
		name = g_strdup(n->src);
	if (bd->t->images == NULL)
		bd->t->images = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, (GDestroyNotify)image_free);
	/* a file used again is not read again; every use counts, so that
	 * the PDF's images stay within the budget */
	im = g_hash_table_lookup(bd->t->images, name);
	if (im != NULL && image_size(im) > room)
		why = g_strdup_printf("'%s': past what a document's images "
		    "may hold (%zu MiB in all)", name, IMAGE_MAX_TOTAL >> 20);
	else if (im == NULL && room == 0)
		why = g_strdup_printf("'%s': past what a document's images "
		    "may hold (%zu MiB in all)", name, IMAGE_MAX_TOTAL >> 20);
	else if (im == NULL && (im = image_load(doc_path, name, room,
	    &why)) != NULL)
		g_hash_table_insert(bd->t->images, g_strdup(name), im);
	if (why != NULL) {
		msg_at(doc_path, &n->pos, MSG_WARNING, "image not shown: "
		    "%s; its alt text is set instead", why);
		g_free(why);
		im = NULL;
	} else
		bd->t->image_bytes += image_size(im);
	g_free(name);
	g_free(shown);
	return im;
}

void
ts_image(struct body *bd, const struct doc_node *n, double x, double width,
    double before)
{
	const struct grid *g = &bd->g;
	struct image	*im = fetch(bd, n);
	struct vent	*v;
	struct pg_item	 it = { .type = PG_IMAGE };
	struct pg_image	*pi = &it.u.image;
	/* the room of a page below the banner */
	double		 col = g->h - g->bottom - g->top -
	    (bd->t->doc->meta.classification != NULL ? 8 : 0);
	double		 w, h, cap_w, cap_h, cx;
	int		 saved;
	GString		*alt;
	guint		 i;

	if (im == NULL) {
		/* the alt text, or the name, in brackets where it stood */
		struct doc_span	 open = { 0 }, shut = { 0 }, name = { 0 };
		GPtrArray	*sp = g_ptr_array_new();
		guint		 i;

		open.text = (char *)"[";
		shut.text = (char *)"]";
		open.off = shut.off = name.off = n->off;
		name.text = n->src != NULL ? n->src : (char *)"";
		g_ptr_array_add(sp, &open);
		for (i = 0; i < n->spans->len; i++)
			g_ptr_array_add(sp, g_ptr_array_index(n->spans, i));
		if (n->spans->len == 0)
			g_ptr_array_add(sp, &name);
		g_ptr_array_add(sp, &shut);
		saved = ts_tag_begin(bd->t, PG_S_P);
		set_caption(bd, sp, x, width, before, 0);
		ts_tag_end(bd->t, saved);
		g_ptr_array_unref(sp);
		return;
	}
	/* at most its natural size, at most the column's width */
	w = MIN(width, im->info.width * 72.0 / IMAGE_DPI);
	h = w * im->info.height / im->info.width;
	/* the picture and its caption (up to half a page) fit on a page */
	cap_w = MIN(width, MAX(w, CAP_MIN_W));
	cap_h = n->spans->len > 0 ? CAP_GAP + CAP_LEAD * set_caption(bd,
	    n->spans, x, cap_w, 0, 1) : 0;
	cap_h = MIN(cap_h, col / 2);
	if (h > col - cap_h - IMG_AIR - 2) {
		h = col - cap_h - IMG_AIR - 2;
		w = h * im->info.width / im->info.height;
	}
	cx = x + (width - w) / 2;
	v = vent_new(bd->vl, h + (n->spans->len > 0 ? CAP_GAP : 0),
	    before + IMG_AIR);
	v->keep = n->spans->len > 0;
	v->anchor = g_strdup_printf("p%zu", n->off);
	g_array_append_val(bd->anchors, n->off);
	pi->kind = im->info.kind == IMAGE_JPEG ? PG_IMAGE_JPEG : PG_IMAGE_RAW;
	pi->x = cx;
	pi->y = 0;
	pi->w = w;
	pi->h = h;
	pi->width = im->info.width;
	pi->height = im->info.height;
	pi->components = im->info.components;
	pi->data = g_bytes_ref(im->data);
	/* a figure, its alt text said by /Alt and shown as its caption */
	saved = ts_tag_begin(bd->t, PG_S_FIGURE);
	it.tag = bd->t->tag;
	alt = g_string_new(NULL);
	for (i = 0; i < n->spans->len; i++)
		g_string_append(alt, ((const struct doc_span *)
		    g_ptr_array_index(n->spans, i))->text);
	pages_tag_alt(bd->t->pp, it.tag, alt->len > 0 ? alt->str :
	    n->src);
	g_string_free(alt, TRUE);
	g_array_append_val(v->items, it);
	bd->t->tag = ts_tag(bd->t, PG_S_CAPTION, it.tag, 0);
	if (n->spans->len > 0)
		set_caption(bd, n->spans, MAX(x, MIN(cx, x + width - cap_w)),
		    cap_w, 0, 0);
	ts_tag_end(bd->t, saved);
}
