/* SPDX-License-Identifier: MIT */
/* Blocks to a vertical list, and the page builder that cuts it into pages. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "labels.h"
#include "typeset_int.h"

/* 1 if a line's last text run ends with a hyphen. */
static int
ends_hyphen(const GArray *line)
{
	guint	i;

	for (i = line->len; i > 0; i--) {
		const struct pg_item *it = &g_array_index(line,
		    struct pg_item, i - 1);

		if (it->type == PG_RUN)
			return g_str_has_suffix(it->u.run.text, "-") ||
			    g_str_has_suffix(it->u.run.text, "\xe2\x80\x90");
	}
	return 0;
}

/*
 * Set a paragraph and append its lines to vl.  Lines keep with the next
 * so that no paragraph leaves one line alone at a page's foot (orphan)
 * or head (widow).  Returns the first entry.
 */
static struct vent *
set_lines(struct body *bd, GPtrArray *vl, struct tpara *tp,
    const struct tstyle *st, double x, double before, int keep_last)
{
	GPtrArray	*lines = g_ptr_array_new();
	struct vent	*first = NULL;
	guint		 i, n;

	tpara_set(bd->t, tp, st, lines);
	n = lines->len;
	for (i = 0; i < n; i++) {
		struct vent *v = vent_new(vl, st->leading, i == 0 ? before : 0);

		GArray *line = g_ptr_array_index(lines, i);

		/* a page break after a hyphenated line splits a word
		 * across pages: keep it with the next line */
		v->keep = (i == 0 && n > 1) || (n >= 2 && i == n - 2) ||
		    (i == n - 1 && keep_last) || (i + 1 < n &&
		    ends_hyphen(line));
		take_line(v, line, x, baseline_of(st->size, st->leading));
		if (first == NULL)
			first = v;
	}
	g_ptr_array_unref(lines);
	return first;
}

static void
style_body(const struct body *bd, struct tstyle *st, double width)
{
	memset(st, 0, sizeof(*st));
	st->size = 9.6;
	st->leading = 13.4;
	st->rgb = INK;
	st->link_rgb = LINK_RGB;
	st->width = width;
	st->justify = 1;
	st->hyphenate = bd->t->hyph != NULL;
}

static char *
anchor_name(const struct doc_node *n)
{
	return g_strdup_printf("p%zu", n->off);
}

static char *
spans_text(const GPtrArray *spans)
{
	GString	*s = g_string_new(NULL);
	guint	 i;

	for (i = 0; i < spans->len; i++) {
		const struct doc_span *sp = g_ptr_array_index(spans, i);

		g_string_append(s, (sp->style & 0x10) ? " " : sp->text);
	}
	return g_strstrip(g_string_free(s, FALSE));
}

static void block(struct body *bd, const struct doc_node *n, double x,
    double width, int depth, double before);

static void
heading(struct body *bd, const struct doc_node *n, double x, double width)
{
	struct tstyle	 st = { 0 };
	struct tpara	 tp;
	struct vent	*v;
	int		 lvl = n->level - bd->first_heading, saved;

	st.sans = 1;
	st.bold = 1;
	st.size = lvl <= 0 ? 11.5 : lvl == 1 ? 10.2 : 9.6;
	st.leading = st.size * 1.25;
	st.rgb = HEAD_RGB;
	st.link_rgb = LINK_RGB;
	st.width = width;
	/* the title is the H1: the body's top level is H2 */
	saved = ts_tag_begin(bd->t, PG_S_H2 + CLAMP(lvl, 0, 4));
	tpara_init(&tp);
	tpara_add_spans(bd->t, &tp, n->spans, &st);
	v = set_lines(bd, bd->vl, &tp, &st, x, lvl <= 0 ? 14 : 10, 1);
	tpara_clear(&tp);
	ts_tag_end(bd->t, saved);
	if (v == NULL)
		return;
	/* a little air under the heading, kept with what follows */
	vent_new(bd->vl, 3, 0)->keep = 1;
	v->anchor = anchor_name(n);
	g_array_append_val(bd->anchors, n->off);
	{
		const char *slug = g_hash_table_lookup(bd->t->slugs, n);
		struct pg_flow fl = { .items = v->items };

		/* "#section" links land here */
		if (slug != NULL)
			pg_add_anchor(&fl, slug, 0);
	}
	v->outline = spans_text(n->spans);
	v->olevel = 1 + (lvl > 0 ? lvl : 0);
}

static void
para(struct body *bd, const struct doc_node *n, double x, double width,
    double before, int italic)
{
	struct tstyle	 st;
	struct tpara	 tp;
	struct vent	*v;
	int		 saved;

	style_body(bd, &st, width);
	st.italic = italic;
	if (n->type == DOC_CODE) {
		st.sans = 1;
		st.code = 1;
		st.size = 8;
		st.leading = 11.2;
		st.justify = 0;
		st.hyphenate = 0;
	}
	saved = ts_tag_begin(bd->t, n->type == DOC_CODE ? PG_S_CODE :
	    PG_S_P);
	tpara_init(&tp);
	tpara_add_spans(bd->t, &tp, n->spans, &st);
	v = set_lines(bd, bd->vl, &tp, &st, x, before, 0);
	tpara_clear(&tp);
	ts_tag_end(bd->t, saved);
	if (v != NULL && v->anchor == NULL) {
		v->anchor = anchor_name(n);
		g_array_append_val(bd->anchors, n->off);
	}
}

static void
list(struct body *bd, const struct doc_node *n, double x, double width,
    int depth, double before)
{
	double	indent = 13;
	guint	i, k;
	struct ts *t = bd->t;
	int	cont = t->cont, tag = t->tag;
	int	l = ts_tag(t, PG_S_L, cont, 0);

	for (i = 0; i < n->children->len; i++) {
		const struct doc_node *item = g_ptr_array_index(n->children, i);
		guint mark = bd->vl->len;
		char label[32];
		struct vent *v;
		int li = ts_tag(t, PG_S_LI, l, 0);
		int lbl = ts_tag(t, PG_S_LBL, li, 0);

		t->cont = ts_tag(t, PG_S_LBODY, li, 0);
		t->tag = 0;
		for (k = 0; k < item->children->len; k++)
			block(bd, g_ptr_array_index(item->children, k),
			    x + indent, width - indent, depth + 1,
			    k == 0 ? (i == 0 ? before : 3.5) : 3.5);
		t->cont = cont;
		t->tag = lbl;
		if (bd->vl->len == mark) {
			t->tag = tag;
			continue;
		}
		v = g_ptr_array_index(bd->vl, mark);
		if (n->ordered)
			g_snprintf(label, sizeof(label), "%d.",
			    n->start + (int)i);
		else
			g_strlcpy(label, depth % 2 ? "\xe2\x80\x93" :
			    "\xe2\x80\xa2", sizeof(label));
		{
			int face = n->ordered ? FACE_SERIF : FACE_SANS_BOLD;
			double size = 9.6;
			double w = text_width(bd->t, face, size, label);

			GArray *mark_run = g_array_new(FALSE, TRUE,
			    sizeof(struct pg_item));

			/* first in the line, so that text extraction reads
			 * the bullet before the item */
			add_run(bd->t, mark_run, face, size, n->ordered ? INK :
			    ACCENT, x + indent - 5 - w,
			    baseline_of(size, 13.4), label);
			g_array_prepend_vals(v->items, mark_run->data, 1);
			g_array_unref(mark_run);
		}
		t->tag = tag;
	}
}

static void
quote(struct body *bd, const struct doc_node *n, double x, double width,
    int depth, double before)
{
	guint	mark = bd->vl->len, i;
	double	indent = 12;
	int	cont = bd->t->cont;

	bd->t->cont = ts_tag(bd->t, PG_S_BLOCKQUOTE, cont, 0);
	for (i = 0; i < n->children->len; i++)
		block(bd, g_ptr_array_index(n->children, i), x + indent,
		    width - 2 * indent > 60 ? width - 2 * indent : width,
		    depth + 1, i == 0 ? before : 5);
	bd->t->cont = cont;
	/* a rule beside every line of the quote */
	for (i = mark; i < bd->vl->len; i++) {
		struct vent *v = g_ptr_array_index(bd->vl, i);
		struct pg_flow fl = { .items = v->items };
		struct pg_path p = { 0 };
		struct pg_seg s = { PG_MOVE, { x + 3 }, { -v->before } };

		p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
		g_array_append_val(p.segs, s);
		s.op = PG_LINETO;
		s.y[0] = v->height;
		g_array_append_val(p.segs, s);
		p.do_stroke = 1;
		p.stroke = RULE_GREY;
		p.width = 1.5;
		pg_add_path(&fl, &p);
	}
}

static void
block(struct body *bd, const struct doc_node *n, double x, double width,
    int depth, double before)
{
	switch (n->type) {
	case DOC_HEADING:
		heading(bd, n, x, width);
		break;
	case DOC_PARA:
	case DOC_CODE:
		para(bd, n, x, width, before, 0);
		break;
	case DOC_LIST:
		list(bd, n, x, width, depth, before);
		break;
	case DOC_ITEM:
	case DOC_QUOTE:
		quote(bd, n, x, width, depth, before);
		break;
	case DOC_TABLE:
		table_block(bd, n, x, width, before);
		break;
	case DOC_IMAGE:
		ts_image(bd, n, x, width, before);
		break;
	case DOC_ROW:
	case DOC_CELL:	/* inside a table only */
		break;
	}
}

static int
min_heading(const GPtrArray *blocks)
{
	int	lvl = 6;
	guint	i;

	for (i = 0; i < blocks->len; i++) {
		const struct doc_node *n = g_ptr_array_index(blocks, i);

		if (n->type == DOC_HEADING && n->level < lvl)
			lvl = n->level;
	}
	return lvl;
}

static void
grid_init(struct grid *g, enum typeset_paper paper)
{
	g->w = paper == PAPER_LETTER ? 612 : 595.276;
	g->h = paper == PAPER_LETTER ? 792 : 841.89;
	g->left = g->right = 54;
	g->top = 50;
	g->bottom = 62;
	g->gutter = 20;
	g->main_w = floor((g->w - g->left - g->right - g->gutter) * 0.675);
	g->side_w = g->w - g->left - g->right - g->gutter - g->main_w;
	g->side_x = g->left + g->main_w + g->gutter;
}

const char *const ts_months[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

/* Banner, eyebrow, title, subtitle, source line, rule. */
static void
title_block(struct body *bd)
{
	const struct doc_meta	*m = &bd->t->doc->meta;
	struct ts		*t = bd->t;
	double			 fw = bd->g.w - bd->g.left - bd->g.right;
	struct vent		*v;
	GString			*s = g_string_new(NULL);
	double			 org_w;
	int			 org_below = 0, saved;

	/* the eyebrow and the organisation: a paragraph before the
	 * title, as they read */
	saved = ts_tag_begin(t, PG_S_P);
	v = vent_new(bd->top, 14, 0);
	g_string_assign(s, label(m->lang, L_BRIEFING));
	if (m->year > 0 && m->month >= 1 && m->month <= 12) {
		char *d = label_date_long(m->lang, m->year, m->month, m->day);

		g_string_append_printf(s, "  \xc2\xb7  %s", d);
		g_free(d);
	}
	{
		char *up = g_utf8_strup(s->str, -1), *er;

		/* French "1er" keeps its small ordinal: "1er MARS", not
		 * "1ER MARS" */
		if ((er = strstr(up, "1ER ")) != NULL && (er == up ||
		    er[-1] == ' ')) {
			er[1] = 'e';
			er[2] = 'r';
		}
		add_run(t, v->items, FACE_SANS_BOLD, 7.6, ACCENT, 0, 9, up);
		/* the organisation at the right, if there is room beside;
		 * else in full under the rule */
		if (m->organisation != NULL && (org_w = text_width(t,
		    FACE_SANS, 7.6, m->organisation)) + 12 + text_width(t,
		    FACE_SANS_BOLD, 7.6, up) <= fw)
			add_run(t, v->items, FACE_SANS, 7.6, GREY, fw - org_w,
			    9, m->organisation);
		else if (m->organisation != NULL)
			org_below = 1;
		g_free(up);
	}
	add_hline(v->items, 0, fw, 13.5, 0.5, RULE_GREY);
	v->anchor = g_strdup("title");
	v->outline = g_strdup(m->title);
	v->olevel = 0;
	if (org_below)
		ragged(bd, bd->top, m->organisation, FACE_SANS, 7.6, 10, GREY,
		    fw, 3);
	ts_tag_end(t, saved);
	saved = ts_tag_begin(t, PG_S_H1);
	ragged(bd, bd->top, m->title, FACE_SANS_BOLD, 21, 25, 0x0F1E33, fw, 8);
	ts_tag_end(t, saved);
	if (m->subtitle != NULL) {
		saved = ts_tag_begin(t, PG_S_P);
		ragged(bd, bd->top, m->subtitle, FACE_SANS, 11.5, 15,
		    GREY, fw, 2);
		ts_tag_end(t, saved);
	}
	g_string_truncate(s, 0);
	if (m->src_publication != NULL) {
		char *l = label_fill(m->lang, L_SOURCE_LINE,
		    m->src_publication, NULL);

		g_string_append(s, l);
		g_free(l);
	}
	if (m->src_published != NULL) {
		char *d = label_nice_date(m->lang, m->src_published);
		char *l = s->len ? g_strconcat(", ", d, NULL) :
		    label_fill(m->lang, L_PUBLISHED_LINE, d, NULL);

		g_string_append(s, l);
		g_free(l);
		g_free(d);
	}
	if (m->author != NULL) {
		char *l = label_fill(m->lang, L_PREPARED_BY, m->author, NULL);

		g_string_append_printf(s, "%s%s", s->len ? "  \xc2\xb7  " :
		    "", l);
		g_free(l);
	}
	if (s->len > 0) {
		saved = ts_tag_begin(t, PG_S_P);
		ragged(bd, bd->top, s->str, FACE_SANS, 7.8, 10.5, GREY, fw, 4);
		ts_tag_end(t, saved);
	}
	v = vent_new(bd->top, 12, 3);
	add_hline(v->items, 0, fw, 4, 1.2, ACCENT);
	g_string_free(s, TRUE);
}

/* The word [s, s + n) lower case into set, if not there yet: an ASCII
 * one lowercased on the stack first, allocated only when added. */
static void
add_lower(GHashTable *set, const char *s, size_t n)
{
	char	buf[64];
	size_t	i;

	for (i = 0; i < n && i < sizeof(buf) - 1 && !(s[i] & 0x80); i++)
		buf[i] = g_ascii_tolower(s[i]);
	if (i == n) {
		buf[n] = '\0';
		if (!g_hash_table_contains(set, buf))
			g_hash_table_add(set, g_strndup(buf, n));
		return;
	}
	g_hash_table_add(set, g_utf8_strdown(s, (gssize)n));
}

/* Add the words of four letters or more of a text, lower case. */
static void
text_words(const char *text, GHashTable *set)
{
	const char	*p = text, *start = NULL;

	for (;; p = g_utf8_next_char(p)) {
		int alnum = *p != '\0' && g_unichar_isalnum(g_utf8_get_char(p));

		if (alnum && start == NULL)
			start = p;
		if (!alnum && start != NULL) {
			if (g_utf8_strlen(start, p - start) >= 4)
				add_lower(set, start, (size_t)(p - start));
			start = NULL;
		}
		if (*p == '\0')
			break;
	}
}

static void
block_words(const struct doc_node *n, GHashTable *set)
{
	guint	i;

	for (i = 0; n->spans != NULL && i < n->spans->len; i++)
		text_words(((struct doc_span *)g_ptr_array_index(n->spans,
		    i))->text, set);
	for (i = 0; n->children != NULL && i < n->children->len; i++)
		block_words(g_ptr_array_index(n->children, i), set);
}

/* The top-level sections: per heading, the words of its section. */
struct section {
	const struct doc_node	*head;
	GHashTable		*words;
};

static GArray *
sections(const struct body *bd)
{
	const GPtrArray	*blocks = bd->t->doc->blocks;
	GArray		*out = g_array_new(FALSE, FALSE,
	    sizeof(struct section));
	guint		 i;

	for (i = 0; i < blocks->len; i++) {
		const struct doc_node *n = g_ptr_array_index(blocks, i);

		if (n->type == DOC_HEADING && n->level <= bd->first_heading) {
			struct section sc = { n, g_hash_table_new_full(
			    g_str_hash, g_str_equal, g_free, NULL) };

			g_array_append_val(out, sc);
		}
		if (out->len > 0)
			block_words(n, g_array_index(out, struct section,
			    out->len - 1).words);
	}
	return out;
}

/* Words in more sections than this say nothing of which one a key
 * point sums up, and would make linking quadratic: they are skipped. */
#define KEY_DF_MAX	32

/* word -> GArray of guint, the sections (indices in secs) holding it. */
static GHashTable *
section_index(const GArray *secs)
{
	GHashTable	*ix = g_hash_table_new_full(g_str_hash, g_str_equal,
	    NULL, (GDestroyNotify)g_array_unref);
	guint		 i;

	for (i = 0; i < secs->len; i++) {
		const struct section *sc = &g_array_index(secs,
		    struct section, i);
		GHashTableIter it;
		gpointer w;
		GArray *list;

		g_hash_table_iter_init(&it, sc->words);
		while (g_hash_table_iter_next(&it, &w, NULL)) {
			if ((list = g_hash_table_lookup(ix, w)) == NULL) {
				list = g_array_new(FALSE, FALSE,
				    sizeof(guint));
				g_hash_table_insert(ix, w, list);
			}
			g_array_append_val(list, i);
		}
	}
	return ix;
}

/*
 * The section a key point sums up: the one sharing the most content
 * words with it, at least three (key points are written from the
 * sections, so their words recur there), the first of equals; NULL if
 * none does.  ix: section_index(secs).
 */
static const struct doc_node *
key_section(const GArray *secs, GHashTable *ix, const char *point)
{
	const struct doc_node	*best = NULL;
	GHashTable		*kp, *counts;
	GHashTableIter		 it;
	gpointer		 w, k, v;
	guint			 i, best_n = 2, best_i = G_MAXUINT;

	kp = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	counts = g_hash_table_new(g_direct_hash, g_direct_equal);
	text_words(point, kp);
	g_hash_table_iter_init(&it, kp);
	while (g_hash_table_iter_next(&it, &w, NULL)) {
		GArray *list = g_hash_table_lookup(ix, w);

		for (i = 0; list != NULL && list->len <= KEY_DF_MAX &&
		    i < list->len; i++) {
			gpointer s = GUINT_TO_POINTER(g_array_index(list,
			    guint, i) + 1);

			g_hash_table_insert(counts, s, GUINT_TO_POINTER(
			    GPOINTER_TO_UINT(g_hash_table_lookup(counts,
			    s)) + 1));
		}
	}
	g_hash_table_iter_init(&it, counts);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		guint n = GPOINTER_TO_UINT(v), si = GPOINTER_TO_UINT(k) - 1;

		if (n > best_n || (n == best_n && best != NULL &&
		    si < best_i)) {
			best_n = n;
			best_i = si;
			best = g_array_index(secs, struct section, si).head;
		}
	}
	g_hash_table_destroy(counts);
	g_hash_table_destroy(kp);
	return best;
}

/* A slice of the key points box, appended to the main flow. */
static struct vent *
kp_slice(struct body *bd, double height, int keep)
{
	struct vent	*v = vent_new(bd->vl, height, 0);

	v->box_w = bd->g.main_w;
	v->keep = keep;
	return v;
}

/* The link of a key point to its section, over [y0, y1) of entry v. */
static void
kp_link(struct vent *v, double x0, double x1, double y0, double y1,
    const char *dest, const char *text, int tag)
{
	struct pg_flow	fl = { .items = v->items };
	struct pg_link	lk = { 0 };

	lk.x0 = x0;
	lk.x1 = x1;
	lk.y0 = y0;
	lk.y1 = y1;
	lk.dest = (char *)dest;
	lk.text = (char *)text;
	pg_add_link(&fl, &lk);
	g_array_index(v->items, struct pg_item, v->items->len - 1).tag = tag;
}

/*
 * The key points box at the head of the main column: a slice for its
 * label, one per line of a point (the lines of a point kept together,
 * 2.5 pt more under its last), one for the bottom margin.  The page
 * builder draws the tint and the bar, so that the box breaks across
 * pages between points.
 */
static void
key_points(struct body *bd)
{
	const GPtrArray	*sum = bd->t->doc->meta.summary;
	struct ts	*t = bd->t;
	GPtrArray	*tmp;
	struct vent	*v;
	double		 pad = KP_PAD, w = bd->g.main_w;
	/* the tallest point that stays whole on a page */
	double		 col = bd->g.h - bd->g.bottom - bd->g.top - 8 -
	    KP_HEAD;
	guint		 i, k, n;
	GArray		*secs;
	GHashTable	*ix;
	int		 sect, l, saved = t->tag;

	if (sum == NULL || sum->len == 0)
		return;
	tmp = g_ptr_array_new_with_free_func(vent_free);
	secs = sections(bd);
	ix = section_index(secs);
	/* a section of its own: its label a heading, the points a list,
	 * each the link to the section it sums up */
	sect = ts_tag(t, PG_S_SECT, t->cont, 0);
	t->tag = ts_tag(t, PG_S_H2, sect, 0);
	l = ts_tag(t, PG_S_L, sect, 0);
	v = kp_slice(bd, KP_HEAD, 1);
	v->box_open = 1;
	add_run(t, v->items, FACE_SANS_BOLD, 7.4, ACCENT, pad + 3,
	    pad + 8, label(bd->t->doc->meta.lang, L_KEY_POINTS));
	for (i = 0; i < sum->len; i++) {
		const struct doc_str *ds = g_ptr_array_index(sum, i);
		const struct doc_node *sec = key_section(secs, ix, ds->s);
		const char *dest = sec != NULL ?
		    g_hash_table_lookup(t->slugs, sec) : NULL;
		int whole, li = ts_tag(t, PG_S_LI, l, 0);
		int lbl = ts_tag(t, PG_S_LBL, li, 0);
		int body = ts_tag(t, PG_S_LBODY, li, 0);
		int text = dest != NULL ? ts_tag(t, PG_S_LINK, body, 1) : body;

		g_ptr_array_set_size(tmp, 0);
		t->tag = text;
		ragged(bd, tmp, ds->s, FACE_SANS, 8.8, 12, INK,
		    w - 2 * pad - 12, 0);
		t->tag = lbl;
		n = tmp->len;
		whole = n * 12 + 2.5 <= col;
		for (k = 0; k < n; k++) {
			struct vent *tv = g_ptr_array_index(tmp, k);
			int last = k + 1 == n;
			guint j;

			v = kp_slice(bd, last ? 14.5 : 12, !last ||
			    i + 1 == sum->len);
			if (k == 0)
				add_run(t, v->items, FACE_SANS_BOLD, 8.8,
				    ACCENT, pad + 3, baseline_of(8.8, 12),
				    "\xe2\x80\xa2");
			for (j = 0; j < tv->items->len; j++) {
				struct pg_item *it = &g_array_index(tv->items,
				    struct pg_item, j);

				ts_item_move(it, pad + 12, 0);
				g_array_append_val(v->items, *it);
			}
			g_array_set_size(tv->items, 0);
			/* the point links to the section it sums up: one
			 * link from its last line, or one a line if it
			 * may break across pages */
			if (dest != NULL && !whole)
				kp_link(v, pad, w - pad, k == 0 ? 1 : 0,
				    v->height, dest, ds->s, text);
			else if (dest != NULL && last)
				kp_link(v, pad, w - pad, 1 - 12.0 * (n - 1),
				    14.5, dest, ds->s, text);
		}
	}
	t->tag = saved;
	v = kp_slice(bd, pad - 2, 0);
	v->box_close = 1;
	vent_new(bd->vl, 6, 0);
	g_ptr_array_unref(tmp);
	g_hash_table_destroy(ix);	/* its words are the sections' */
	for (i = 0; i < secs->len; i++)
		g_hash_table_destroy(g_array_index(secs, struct section,
		    i).words);
	g_array_unref(secs);
}

/* Scale items by k about the origin, then move them right by dx. */
static void
scale_items(GArray *items, double k, double dx)
{
	guint	i, j;
	int	c;

	for (i = 0; i < items->len; i++) {
		struct pg_item *it = &g_array_index(items, struct pg_item, i);

		switch (it->type) {
		case PG_RUN:
			it->u.run.x *= k;
			it->u.run.y *= k;
			it->u.run.size *= k;
			it->u.run.width *= k;
			break;
		case PG_PATH:
			for (j = 0; j < it->u.path.segs->len; j++) {
				struct pg_seg *sg = &g_array_index(
				    it->u.path.segs, struct pg_seg, j);

				for (c = 0; c < 3; c++) {
					sg->x[c] *= k;
					sg->y[c] *= k;
				}
			}
			it->u.path.width *= k;
			it->u.path.dash[0] *= k;
			it->u.path.dash[1] *= k;
			break;
		case PG_ANCHOR:
			it->u.anchor.y *= k;
			break;
		case PG_LINK:
			it->u.link.x0 *= k;
			it->u.link.x1 *= k;
			it->u.link.y0 *= k;
			it->u.link.y1 *= k;
			break;
		case PG_NOTE:
			it->u.note.x0 *= k;
			it->u.note.x1 *= k;
			it->u.note.y0 *= k;
			it->u.note.y1 *= k;
			break;
		case PG_IMAGE:
			it->u.image.x *= k;
			it->u.image.y *= k;
			it->u.image.w *= k;
			it->u.image.h *= k;
			break;
		}
		ts_item_move(it, dx, 0);
	}
}

/* The relations diagram as one entry: the drawing, links mapped to the
 * paragraphs that exist, and its bookmark.  Returns the scale it is
 * drawn at (0: no figure). */
static double
figure(struct body *bd)
{
	const struct typeset_opts *o = bd->t->opts;
	const struct diagram	*d = o->diagram != NULL ? o->diagram :
	    o->diagram_fn != NULL ? o->diagram_fn(o->diagram_arg) : NULL;
	const struct graph	*gr;
	struct diagram		 dl;
	struct vent		*v;
	guint			 i;
	size_t			 first = (size_t)-1;
	double			 fw = bd->g.w - bd->g.left - bd->g.right;
	/* the room on a page below the banner */
	double			 col = bd->g.h - bd->g.bottom - bd->g.top -
	    (bd->t->doc->meta.classification != NULL ? 8 : 0), h, k = 1;

	if (d == NULL)
		return 0;
	gr = d->g;
	v = g_new0(struct vent, 1);
	v->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	/* the words are the article's, also where the layout was made
	 * without a language */
	dl = *d;
	if (dl.lang == NULL)
		dl.lang = bd->t->doc->meta.lang;
	diagram_to_items(&dl, bd->t->pp, v->items);
	/* the drawing and its links are the figure, its words said by
	 * the /Alt; the caption's lines a paragraph after it */
	{
		char *alt = diagram_alt(&dl);

		pages_tag_alt(bd->t->pp, bd->figure_tag, alt);
		g_free(alt);
	}
	for (i = 0; i < v->items->len; i++) {
		struct pg_item *it = &g_array_index(v->items, struct pg_item,
		    i);

		it->tag = it->type == PG_RUN && it->u.run.y >= dl.caption_y ?
		    bd->caption_tag : bd->figure_tag;
	}
	for (i = 0; i < v->items->len; i++) {
		struct pg_item *it = &g_array_index(v->items, struct pg_item,
		    i);
		char buf[32];

		if (it->type != PG_LINK || it->u.link.dest == NULL)
			continue;
		/* "p<off>" of the evidence's block: the nearest anchor */
		{
			const char *name = anchor_for(bd, (size_t)g_ascii_strtoull(
			    it->u.link.dest + 1, NULL, 10), buf, sizeof(buf));
			char *nd = g_strdup(name);

			g_free(it->u.link.dest);
			it->u.link.dest = nd;
		}
	}
	for (i = 0; i < gr->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(gr->relations, i);
		const struct evidence *e;

		/* placed by what it shows */
		if (!r->drawn || r->evidence->len == 0)
			continue;
		e = &g_array_index(r->evidence, struct evidence, 0);
		if (e->off < first) {
			first = e->off;
			bd->figure_off = e->block_off;
		}
	}
	/* taller than a page (a long chain of actors): smaller, centred */
	h = d->h;
	if (h + 18 > col) {
		k = (col - 18) / h;
		scale_items(v->items, k, fw * (1 - k) / 2);
		h = col - 18;
	}
	/* a rule above, the drawing, air below */
	add_hline(v->items, 0, fw, -4, 0.5, RULE_GREY);
	v->height = h + 18;
	v->anchor = g_strdup("figure-1");
	v->outline = g_strdup(label(bd->t->doc->meta.lang, L_FIGURE_BM));
	v->olevel = 1;
	bd->figure = v;
	return k;
}

/* The page (1-based) whose figure flow holds the figure, or 0. */
static int
figure_page(const struct pages *pp)
{
	guint	i, j;

	for (i = 0; i < pp->pages->len; i++) {
		const struct page *pg = g_ptr_array_index(pp->pages, i);

		for (j = 0; j < pg->flows->len; j++) {
			const struct pg_flow *fl = g_ptr_array_index(
			    pg->flows, j);

			if (fl->kind == PG_FLOW_FIGURE && (fl->items->len >
			    0 || fl->parts != NULL))
				return (int)i + 1;
		}
	}
	return 0;
}

/* A heading's "#section" name: lower case, letters, digits, '-' and
 * '_', spaces as '-', the rest dropped (as Markdown tools do). */
static char *
slug_of(const GPtrArray *spans)
{
	char		*text = spans_text(spans), *low;
	GString		*s = g_string_new(NULL);
	const char	*p;

	low = g_utf8_strdown(text, -1);
	for (p = low; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (g_unichar_isalnum(c) || c == '-' || c == '_')
			g_string_append_unichar(s, c);
		else if (g_unichar_isspace(c))
			g_string_append_c(s, '-');
	}
	g_free(text);
	g_free(low);
	return g_string_free(s, FALSE);
}

/* Name the headings; warn of "#section" links that lead nowhere. */
static void
walk_slugs(struct ts *t, const GPtrArray *blocks, int pass)
{
	guint	i, k;

	for (i = 0; blocks != NULL && i < blocks->len; i++) {
		const struct doc_node *n = g_ptr_array_index(blocks, i);

		if (pass == 0 && n->type == DOC_HEADING) {
			char *slug = slug_of(n->spans), *name;
			/* the last number given to this name: each taken
			 * once, not tried again from 1 (quadratic) */
			int dup = GPOINTER_TO_INT(g_hash_table_lookup(
			    t->slug_dups, slug));

			name = dup == 0 ? g_strdup(slug) :
			    g_strdup_printf("%s-%d", slug, dup);
			while (g_hash_table_contains(t->slug_set, name)) {
				g_free(name);
				name = g_strdup_printf("%s-%d", slug, ++dup);
			}
			g_hash_table_replace(t->slug_dups, slug,
			    GINT_TO_POINTER(dup + 1));
			g_hash_table_add(t->slug_set, name);
			g_hash_table_insert(t->slugs, (gpointer)n, name);
		}
		for (k = 0; pass == 1 && n->spans != NULL &&
		    k < n->spans->len; k++) {
			const struct doc_span *sp = g_ptr_array_index(n->spans,
			    k);

			if (sp->href != NULL && sp->href[0] == '#' &&
			    !(sp->style & SPAN_FOOTREF) &&
			    !g_hash_table_contains(t->slug_set, sp->href + 1))
				msg_at(t->doc->path, &sp->pos, MSG_WARNING,
				    "link to '%s': no section of that name",
				    sp->href);
		}
		walk_slugs(t, n->children, pass);
	}
}
/* Widths kept between runs: a table a face, for one language. */
struct typeset_cache {
	char		*lang;
	GHashTable	*widths[FACE_COUNT];
};

struct typeset_cache *
typeset_cache_new(void)
{
	return g_new0(struct typeset_cache, 1);
}

static void
cache_clear(struct typeset_cache *c)
{
	int	f;

	for (f = 0; f < FACE_COUNT; f++)
		g_clear_pointer(&c->widths[f], g_hash_table_unref);
	g_clear_pointer(&c->lang, g_free);
}

void
typeset_cache_free(struct typeset_cache *c)
{
	if (c == NULL)
		return;
	cache_clear(c);
	g_free(c);
}

/*
 * The run's width tables: the cache's when it holds the run's
 * language (emptied for it when not), else new ones.  Shaping depends
 * on the language (t->lang), the face and the text only, so a width
 * kept is the width measured again.
 */
static void
cache_take(struct ts *t, struct typeset_cache *c)
{
	const char	*lang = pango_language_to_string(t->lang);
	int		 f;

	if (c != NULL && (c->lang == NULL || strcmp(c->lang, lang) != 0)) {
		cache_clear(c);
		c->lang = g_strdup(lang);
	}
	for (f = 0; f < FACE_COUNT; f++) {
		if (c != NULL && c->widths[f] == NULL)
			c->widths[f] = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, g_free);
		t->widths[f] = c != NULL ? g_hash_table_ref(c->widths[f]) :
		    g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
		    g_free);
	}
}

int
ts_init(struct ts *t, const struct doc *doc, const struct typeset_opts *o,
    struct pages *pp)
{
	int	f;

	memset(t, 0, sizeof(*t));
	t->doc = doc;
	t->opts = o;
	t->pp = pp;
	t->features = g_slist_prepend(NULL,
	    pango_attr_font_features_new(FONTS_FEATURES));
	t->lang = pango_language_from_string(doc->meta.lang != NULL ?
	    doc->meta.lang : "en-US");
	t->slugs = g_hash_table_new(g_direct_hash, g_direct_equal);
	t->slug_set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	t->slug_dups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	t->note_tags = g_array_new(FALSE, TRUE, sizeof(int));
	walk_slugs(t, doc->blocks, 0);
	g_clear_pointer(&t->slug_dups, g_hash_table_unref);
	walk_slugs(t, doc->blocks, 1);
	cache_take(t, o->cache);
	for (f = 0; f < FACE_COUNT; f++) {
		t->font[f] = pages_font(pp, fonts_face_file(f));
		t->space[f] = t->hyphen[f] = -1;
	}
	/* the body face loads while the dictionary may still be loading */
	ts_space(t, FACE_SERIF);
	/* the dictionary may have been loading meanwhile */
	t->hyph = o->hyph != NULL ? hyph_wait(o->hyph) :
	    hyph_new(doc->meta.lang != NULL ? doc->meta.lang : "en-US", NULL);
	if (t->hyph == NULL)
		msg_at(doc->path, NULL, MSG_WARNING, "no hyphenation "
		    "dictionary for language '%s'; words are not hyphenated",
		    doc->meta.lang != NULL ? doc->meta.lang : "en-US");
	return 0;
}

void
ts_done(struct ts *t)
{
	int	f;

	hyph_free(t->hyph);
	for (f = 0; f < FACE_COUNT; f++) {
		if (t->font_obj[f] != NULL)
			g_object_unref(t->font_obj[f]);
		g_hash_table_unref(t->widths[f]);
	}
	g_slist_free_full(t->features,
	    (GDestroyNotify)pango_attribute_destroy);
	g_hash_table_unref(t->slugs);
	g_array_unref(t->note_tags);
	g_hash_table_unref(t->slug_set);
	if (t->images != NULL)
		g_hash_table_unref(t->images);
}

double
typeset_full_width(enum typeset_paper paper)
{
	struct grid	g;

	grid_init(&g, paper);
	return g.w - g.left - g.right;
}

/*
 * Pack the runs of the entries of vl from `from` on, once their block
 * is set: the main flow's lines wait in vl, then on their pages until
 * drawn, and as items with a string each they were most of the memory
 * of a long document (pg_pack).  Entries with anything but runs (rules,
 * note calls, links) stay as they are.
 */
static void
pack_lines(GPtrArray *vl, guint from)
{
	struct vent	*v;
	guint		 i;

	for (i = from; i < vl->len; i++) {
		v = g_ptr_array_index(vl, i);
		if (v->items != NULL && v->thead == NULL &&
		    (v->pack = pg_pack(v->items)) != NULL)
			v->items = NULL;
	}
}

struct pages *
typeset_run(const struct doc *doc, const struct typeset_opts *opts)
{
	struct ts	 t;
	struct body	 bd = { 0 };
	struct pages	*pp;
	guint		 i;
	double		 scale;

	grid_init(&bd.g, opts->paper);
	pp = pages_new(bd.g.w, bd.g.h);
	ts_init(&t, doc, opts, pp);
	bd.t = &t;
	bd.vl = g_ptr_array_new_with_free_func(vent_free);
	bd.side = g_ptr_array_new_with_free_func(vent_free);
	bd.top = g_ptr_array_new_with_free_func(vent_free);
	bd.first_heading = min_heading(doc->blocks);
	bd.anchors = g_array_new(FALSE, FALSE, sizeof(size_t));
	bd.side_outline = g_array_new(FALSE, TRUE, sizeof(struct pg_outline));

	title_block(&bd);
	key_points(&bd);
	bd.figure_tag = ts_tag(&t, PG_S_FIGURE, 0, 0);
	bd.caption_tag = ts_tag(&t, PG_S_P, 0, 0);
	for (i = 0; i < doc->blocks->len; i++) {
		guint from = bd.vl->len;

		block(&bd, g_ptr_array_index(doc->blocks, i), 0, bd.g.main_w,
		    0, i == 0 ? 0 : 6);
		pack_lines(bd.vl, from);
	}
	chrono_panel(&bd);
	about_panel(&bd);
	bd.notes = note_entries(&bd);
	scale = figure(&bd);
	paginate(&bd, pp);
	if (opts->figure_out != NULL) {
		opts->figure_out->page = bd.figure != NULL ?
		    figure_page(pp) : 0;
		opts->figure_out->scale = opts->figure_out->page > 0 ?
		    scale : 0;
	}
	if (bd.figure != NULL)
		vent_free(bd.figure);
	g_array_unref(bd.anchors);
	g_array_unref(bd.side_outline);

	g_ptr_array_unref(bd.vl);
	g_ptr_array_unref(bd.side);
	g_ptr_array_unref(bd.top);
	g_ptr_array_unref(bd.notes);
	ts_done(&t);
	if (!opts->keep_parts)
		pages_flatten(pp);
	return pp;
}
