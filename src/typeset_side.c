/* SPDX-License-Identifier: MIT */
/* Sidebar panels: the chronology timeline and the facts about the source. */
#include <string.h>

#include "labels.h"
#include "lang.h"
#include "typeset_int.h"

/* The "About this briefing" panel: first entry of the sidebar flow. */
void
about_panel(struct body *bd)
{
	const struct doc	*d = bd->t->doc;
	const struct doc_meta	*m = &d->meta;
	struct ts		*t = bd->t;
	double			 w = bd->g.side_w;
	struct vent		*v;
	guint			 words = 0, i;
	char			 nw[16], nm[16], *len;
	const char		*rows[6][2], *href[6] = { NULL };
	char			*pub = NULL, *ret = NULL;
	int			 nrows = 0, r, sect, saved;

	for (i = 0; i < d->blocks->len; i++) {
		/* a rough word count over the top-level text */
		const struct doc_node *n = g_ptr_array_index(d->blocks, i);
		GPtrArray *stack = g_ptr_array_new();

		g_ptr_array_add(stack, (gpointer)n);
		while (stack->len > 0) {
			const struct doc_node *c = g_ptr_array_steal_index(
			    stack, stack->len - 1);
			guint k;

			if (c->spans != NULL)
				for (k = 0; k < c->spans->len; k++) {
					const struct doc_span *sp =
					    g_ptr_array_index(c->spans, k);
					const char *p = sp->text;
					int in = 0;

					for (; *p; p++) {
						int ws = g_ascii_isspace(*p);

						words += !ws && !in;
						in = !ws;
					}
				}
			if (c->children != NULL)
				for (k = 0; k < c->children->len; k++)
					g_ptr_array_add(stack,
					    g_ptr_array_index(c->children, k));
		}
		g_ptr_array_unref(stack);
	}
	rows[nrows][0] = label(m->lang, L_SOURCE);
	rows[nrows++][1] = m->src_publication != NULL ? m->src_publication :
	    d->name;
	if (m->src_url != NULL) {
		/* a link where a reader can follow it */
		if (g_str_has_prefix(m->src_url, "https://") ||
		    g_str_has_prefix(m->src_url, "http://"))
			href[nrows] = m->src_url;
		rows[nrows][0] = label(m->lang, L_URL);
		rows[nrows++][1] = m->src_url;
	}
	if (m->src_published != NULL) {
		rows[nrows][0] = label(m->lang, L_PUBLISHED);
		rows[nrows++][1] = pub = label_nice_date(m->lang,
		    m->src_published);
	}
	if (m->src_retrieved != NULL) {
		rows[nrows][0] = label(m->lang, L_RETRIEVED);
		rows[nrows++][1] = ret = label_nice_date(m->lang,
		    m->src_retrieved);
	}
	g_snprintf(nw, sizeof(nw), "%u", words);
	g_snprintf(nm, sizeof(nm), "%u", (words + 229) / 230);
	len = label_fill(m->lang, L_LENGTH_FMT, nw, nm);
	rows[nrows][0] = label(m->lang, L_LENGTH);
	rows[nrows++][1] = len;

	/* a language the analysis does not read, or a text with no
	 * relations: no figure, and the reader is told why */
	if (m->lang != NULL && lang_primary(m->lang) == NULL) {
		rows[nrows][0] = label(m->lang, L_ANALYSIS);
		rows[nrows++][1] = label(m->lang, L_NOT_ANALYSED);
	} else if ((t->opts->diagram != NULL || t->opts->diagram_fn != NULL) &&
	    (t->opts->diagram != NULL ? t->opts->diagram :
	    t->opts->diagram_fn(t->opts->diagram_arg)) == NULL) {
		rows[nrows][0] = label(m->lang, L_DIAGRAM);
		rows[nrows++][1] = label(m->lang, t->opts->relations_found !=
		    NULL && *t->opts->relations_found > 0 ? L_NONE_DONE :
		    L_NO_RELATIONS);
	}
	/* a section: its heading, then a paragraph a field ("Source
	 * Unattributed news report") */
	sect = ts_tag(t, PG_S_SECT, t->cont, 0);
	saved = t->tag;
	t->tag = ts_tag(t, PG_S_H2, sect, 0);
	v = vent_new(bd->side, 16, 0);
	v->keep = 1;		/* the heading goes with its first field */
	add_run(t, v->items, FACE_SANS_BOLD, 7.4, ACCENT, 0, 9,
	    label(m->lang, L_ABOUT));
	add_hline(v->items, 0, w, 13, 0.5, RULE_GREY);
	for (r = 0; r < nrows; r++) {
		t->tag = ts_tag(t, PG_S_P, sect, 0);
		v = vent_new(bd->side, 10, 3);
		add_run(t, v->items, FACE_SANS_BOLD, 7.2, GREY, 0,
		    baseline_of(7.2, 10), rows[r][0]);
		v->keep = 1;
		ragged_link(bd, bd->side, rows[r][1], href[r], FACE_SANS, 7.8,
		    10.4, INK, w, 0);
	}
	t->tag = saved;
	g_free(pub);
	g_free(ret);
	g_free(len);
}


/* The anchor of the nearest block at or before off: extracted events
 * point at the paragraph they come from. */
const char *
anchor_for(struct body *bd, size_t off, char *buf, size_t size)
{
	guint	lo = 0, hi = bd->anchors->len;

	/* anchors are block offsets in document order: binary search */
	while (lo < hi) {
		guint mid = (lo + hi) / 2;

		if (g_array_index(bd->anchors, size_t, mid) <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return "title";
	g_snprintf(buf, size, "p%zu", g_array_index(bd->anchors, size_t,
	    lo - 1));
	return buf;
}

static void
add_link(GArray *items, double x0, double y0, double x1, double y1,
    const char *dest, const char *text, int tag)
{
	struct pg_flow	fl = { .items = items };
	struct pg_link	lk = { 0 };

	lk.x0 = x0;
	lk.y0 = y0;
	lk.x1 = x1;
	lk.y1 = y1;
	lk.dest = (char *)dest;
	lk.text = (char *)text;
	pg_add_link(&fl, &lk);
	g_array_index(items, struct pg_item, items->len - 1).tag = tag;
}

/* The vertical rule of the timeline beside an entry line. */
static void
rail(GArray *items, double x, double y0, double y1)
{
	add_vline(items, x, y0, y1, 0.7, RULE_GREY);
}

/* The chronology's words, in the briefing's language (labels.c). */
struct chrono_words {
	const char	*lang;
	const char	*heading;	/* over the timeline */
	const char	*bookmark;	/* its outline entry */
	const char	*self;		/* beside the briefing's own date */
	const char	*coming;	/* over the events still to come */
	const char	*coming_bookmark;
};

/*
 * A date label, a range's with an en dash: "2020-2023", "Mar-May 2022",
 * "3-5 Mar 2022", "28 Feb-3 Mar 2022": the tail both ends share
 * (" 2022", " Mar 2022") is said once, after the end (caller frees).
 */
static char *
side_date_label(const struct event *ev, const char *lang)
{
	char		*a, *b, *s;
	size_t		 la, lb, k;

	a = label_date_short(lang, ev->year, ev->month, ev->day,
	    ev->precision, ev->qualifier);
	if (ev->end_year == 0)
		return a;
	b = label_date_short(lang, ev->end_year, ev->end_month, ev->end_day,
	    ev->end_precision, NULL);
	la = strlen(a);
	lb = strlen(b);
	if (strcmp(a, b) == 0) {
		g_free(b);
		return a;
	}
	for (k = 0; k < la && k < lb && a[la - k - 1] == b[lb - k - 1]; k++)
		continue;
	/* whole words only: "2012" and "2022" share no year */
	while (k > 0 && a[la - k] != ' ')
		k--;
	s = g_strdup_printf("%.*s\xe2\x80\x93%s", (int)(la - k), a, b);
	g_free(a);
	g_free(b);
	return s;
}

/* The date of ev against self's, at ev's own precision: -1 before, 0 the
 * same (a month event in the briefing's month), 1 after. */
static int
date_cmp(const struct event *ev, const struct event *self)
{
	if (ev->year != self->year)
		return ev->year < self->year ? -1 : 1;
	if (ev->precision == EV_YEAR)
		return 0;
	if (ev->month != self->month)
		return ev->month < self->month ? -1 : 1;
	if (ev->precision == EV_MONTH || ev->day == self->day)
		return 0;
	return ev->day < self->day ? -1 : 1;
}

/*
 * What is still to come goes under "Coming up": a scheduled event not
 * before the briefing's own date, and any event after it (the timeline
 * would otherwise run on past the briefing's entry and start again
 * under the heading).  A scheduled event already past by then (a
 * deadline the article looks back on) stays in the timeline; without a
 * date of the briefing, the flag alone says it.
 */
static int
to_come(const struct event *ev, const struct event *self)
{
	if (ev->source == EV_DOCUMENT)
		return 0;
	if (self == NULL)
		return ev->scheduled;
	return date_cmp(ev, self) > 0 ||
	    (ev->scheduled && date_cmp(ev, self) == 0);
}

/*
 * One timeline: per event a dot on a vertical rail, the date in bold
 * and the event's text; the briefing's own entry set apart with a hollow
 * dot.  Each entry links to its paragraph.
 */
static void
timeline(struct body *bd, GPtrArray *events, const struct chrono_words *cw,
    int list)
{
	struct ts		*t = bd->t;
	int			 saved = t->tag;
	double			 w = bd->g.side_w, tx = 12, rx = 3.5;
	GPtrArray		*tmp;
	struct vent		*v;
	struct vent		*entry;
	guint			 i, k;
	double			 height;
	char			 buf[32];

	tmp = g_ptr_array_new_with_free_func(vent_free);
	for (i = 0; i < events->len; i++) {
		const struct event *ev = g_ptr_array_index(events, i);
		int self = ev->source == EV_DOCUMENT;
		int last = i + 1 == events->len;
		char *date = side_date_label(ev, cw->lang);
		const char *dest = NULL;
		double before = i == 0 ? 4 : self ? 9 : 5;
		/* an item: the date its label, the headline its body,
		 * the link to the sentence over the headline */
		int li = ts_tag(t, PG_S_LI, list, 0);
		int lbl = ts_tag(t, PG_S_LBL, li, 0);
		int body = ts_tag(t, PG_S_LBODY, li, 0);
		int text;

		if (self)
			dest = "title";
		else if (ev->block_off != CHRONO_NO_BLOCK)
			dest = anchor_for(bd, ev->block_off, buf, sizeof(buf));
		/* the date line, with its dot */
		text = dest != NULL ? ts_tag(t, PG_S_LINK, body, 1) : body;
		v = vent_new(bd->side, 10.5, before);
		height = 10.5;
		v->keep = 1;
		t->tag = lbl;
		add_run(t, v->items, FACE_SANS_BOLD, 7.8, self ? GREY : INK,
		    tx, baseline_of(7.8, 10.5), date);
		if (self)
			add_run(t, v->items, FACE_SANS, 6.6, GREY, tx +
			    text_width(t, FACE_SANS_BOLD, 7.8, date) + 4,
			    baseline_of(7.8, 10.5), cw->self);
		if (i > 0)
			rail(v->items, rx, -before, 5.25 - 2.6);
		if (!last)
			rail(v->items, rx, 5.25 + 2.6, 10.5);
		add_dot(v->items, rx, 5.25, 2.6, self ? 0xFFFFFF : ACCENT,
		    ACCENT);
		g_free(date);
		/* the text, ragged, beside the rail */
		g_ptr_array_set_size(tmp, 0);
		entry = v;
		t->tag = text;
		/* the label says it already */
		ragged(bd, tmp, self && g_str_has_prefix(ev->text,
		    "This briefing: ") ? ev->text + 15 : ev->text, FACE_SANS,
		    7.8, 10.2, self ? GREY : INK, w - tx, 0);
		while (tmp->len > 0) {
			struct vent *tv = g_ptr_array_steal_index(tmp, 0);

			for (k = 0; k < tv->items->len; k++)
				ts_item_move(&g_array_index(tv->items,
				    struct pg_item, k), tx, 0);
			if (!last)
				rail(tv->items, rx, 0, tv->height);
			/* an entry stays whole on its page */
			tv->keep = tmp->len > 0;
			g_ptr_array_add(bd->side, tv);
			height += tv->height;
		}
		/* one link over the whole entry */
		if (dest != NULL)
			add_link(entry->items, 0, 0, w, height, dest, ev->text,
			    text);
	}
	t->tag = saved;
	g_ptr_array_unref(tmp);
}

/*
 * The chronology: a heading and the timeline of what happened up to the
 * briefing's own entry; then, under a smaller heading, the scheduled
 * events still to come, on a timeline of their own.
 */
void
chrono_panel(struct body *bd)
{
	const struct typeset_opts *o = bd->t->opts;
	const struct chronology	*c = o->chrono != NULL ? o->chrono :
	    o->chrono_fn != NULL ? o->chrono_fn(o->chrono_arg) : NULL;
	const char		*lang = bd->t->doc->meta.lang;
	const struct chrono_words words = {
		lang, label(lang, L_CHRONOLOGY), label(lang, L_CHRONOLOGY_BM),
		label(lang, L_THIS_BRIEFING), label(lang, L_COMING_UP),
		label(lang, L_COMING_UP_BM)
	};
	const struct chrono_words *cw = &words;
	const struct event	*self = NULL;
	struct ts		*t = bd->t;
	double			 w = bd->g.side_w;
	GPtrArray		*past, *coming;
	struct vent		*v;
	guint			 i;
	int			 sect, saved;

	if (c == NULL || c->off || c->events->len == 0)
		return;
	sect = ts_tag(t, PG_S_SECT, t->cont, 0);
	saved = t->tag;
	t->tag = ts_tag(t, PG_S_H2, sect, 0);
	v = vent_new(bd->side, 16, 0);
	add_run(t, v->items, FACE_SANS_BOLD, 7.4, ACCENT, 0, 9, cw->heading);
	add_hline(v->items, 0, w, 13, 0.5, RULE_GREY);
	v->outline = g_strdup(cw->bookmark);
	v->olevel = 1;
	v->anchor = g_strdup("chronology");
	v->keep = 1;
	for (i = 0; i < c->events->len && self == NULL; i++) {
		const struct event *ev = g_ptr_array_index(c->events, i);

		if (ev->source == EV_DOCUMENT)
			self = ev;
	}
	/* both keep the chronology's order */
	past = g_ptr_array_new();
	coming = g_ptr_array_new();
	for (i = 0; i < c->events->len; i++) {
		const struct event *ev = g_ptr_array_index(c->events, i);

		g_ptr_array_add(to_come(ev, self) ? coming : past,
		    (gpointer)ev);
	}
	timeline(bd, past, cw, ts_tag(t, PG_S_L, sect, 0));
	if (coming->len > 0) {
		/* the heading's smaller sibling, kept with what follows */
		t->tag = ts_tag(t, PG_S_H3, sect, 0);
		v = vent_new(bd->side, 13, past->len > 0 ? 10 : 2);
		add_run(t, v->items, FACE_SANS_BOLD, 6.6, ACCENT, 0, 8,
		    cw->coming);
		add_hline(v->items, 0, w, 11, 0.4, RULE_GREY);
		v->outline = g_strdup(cw->coming_bookmark);
		v->olevel = 2;
		v->keep = 1;
		timeline(bd, coming, cw, ts_tag(t, PG_S_L, sect, 0));
	}
	t->tag = saved;
	g_ptr_array_unref(past);
	g_ptr_array_unref(coming);
	/* air before the next panel */
	vent_new(bd->side, 14, 0);
}

/*
 * The margin note of note n as an entry, its text set in width (the
 * sidebar, or the main column for a note at the foot of a page): the
 * number, then the term in bold and the text, hanging after the
 * number.
 */
struct vent *
note_entry(struct body *bd, const struct note *n, double width)
{
	struct ts		*t = bd->t;
	double			 indent = 11, size = 7.4;
	double			 leading = NOTE_LEADING;
	GPtrArray		*lines = g_ptr_array_new();
	GPtrArray		*spans = g_ptr_array_new();
	struct tstyle		 st = { 0 };
	struct doc_span		 term = { 0 }, text = { 0 };
	struct tpara		 tp;
	struct vent		*v = g_new0(struct vent, 1);
	char			 num[16];
	guint			 k;
	int			 saved = t->tag;
	/* made where the note is called; a note never called is the
	 * document's */
	int			 note = ts_note_tag(t, n->num, t->cont);

	st.sans = 1;
	st.size = size;
	st.leading = leading;
	st.rgb = INK;
	st.link_rgb = INK;
	st.width = width - indent;
	v->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	if (n->kind == NOTE_TERM) {
		term.text = n->term;
		term.style = SPAN_STRONG;
		g_ptr_array_add(spans, &term);
		text.text = g_strconcat(" ", n->text, NULL);
	} else
		text.text = g_strdup(n->text);
	g_ptr_array_add(spans, &text);
	/* the note's text is its element's, the number its label (an
	 * inline child: where it is drawn, first) */
	t->tag = note;
	tpara_init(&tp);
	tpara_add_spans(t, &tp, spans, &st);
	tpara_set(t, &tp, &st, lines);
	/* the number first: it is read first */
	g_snprintf(num, sizeof(num), "%d", n->num);
	t->tag = ts_tag(t, PG_S_LBL, note, 1);
	add_run(t, v->items, FACE_SANS_BOLD, size, ACCENT, 0,
	    baseline_of(size, leading), num);
	t->tag = saved;
	for (k = 0; k < lines->len; k++) {
		GArray *line = g_ptr_array_index(lines, k);
		guint j;

		for (j = 0; j < line->len; j++) {
			struct pg_item *it = &g_array_index(line,
			    struct pg_item, j);

			ts_item_move(it, indent, k * leading +
			    baseline_of(size, leading));
			g_array_append_val(v->items, *it);
		}
		g_array_unref(line);
	}
	v->height = lines->len * leading;
	v->before = 5;
	tpara_clear(&tp);
	g_free(text.text);
	g_ptr_array_unref(spans);
	g_ptr_array_unref(lines);
	return v;
}

/*
 * The margin notes: one entry per note, in number order, at the
 * sidebar's width.  The number hangs in the margin of the
 * entry; a glossary note starts with its term in bold.  Placed by the
 * page builder beside the line that calls them.
 */
GPtrArray *
note_entries(struct body *bd)
{
	const struct notes	*ns = bd->t->opts->notes;
	GPtrArray		*out = g_ptr_array_new_with_free_func(
	    vent_free);
	guint			 i;

	if (ns == NULL)
		return out;
	for (i = 0; i < ns->notes->len; i++)
		g_ptr_array_add(out, note_entry(bd,
		    g_ptr_array_index(ns->notes, i), bd->g.side_w));
	return out;
}
