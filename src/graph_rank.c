/* SPDX-License-Identifier: MIT */
/*
 * What the story is about: the relations of a graph ranked (graph.h).
 *
 * A story says first what it is about: in its title, subtitle and
 * summary, and in its first paragraphs.  A relation whose two ends the
 * lead names together, or whose own sentence stands in the lead, comes
 * first; then the relations the text states in more sentences; then
 * those between the actors it names most.  Titles ("leader of") are
 * context: ranked after every act, never central.
 *
 * The figure shows the best-ranked acts stated as done (a person is
 * drawn inside the state it belongs to): first a box for each actor
 * the lead names and an edge for each pair it names together, so that
 * the many acts of one pair do not crowd out the others, then the rest
 * by rank while there is room.  A title is drawn where its person is:
 * inside a box the figure shows.
 *
 * The front matter's title, subtitle and summary are not part of the
 * text layer: the actors they name are found by the forms the text
 * itself names each actor by (its mentions: "Moscow", "Russian",
 * "Putin"), so the rule reads any language the text layer reads.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "graph.h"
#include "text.h"

/* The figure's budget: what a reader takes in is its lines and boxes:
 * edges (one per pair of boxes, direction and polarity, as diagram.c
 * groups them), boxes, labels on one edge (diagram.c shows three);
 * and acts drawn in the first pass (the best, and the actors the lead
 * names) and in all. */
#define RANK_MAX_EDGES		8
#define RANK_MAX_BOXES		10
#define RANK_MAX_LABELS		3
#define RANK_MAX_FIRST		6
#define RANK_MAX_DRAWN		14
#define RANK_MAX_CENTRAL	3

/* Forms of at most this many words are looked for in the front
 * matter; the summary's first items only. */
#define RANK_MAX_WORDS		5
#define RANK_MAX_ITEMS		12

/* The lead: paragraphs from the first until two of at least
 * RANK_LEAD_TOKENS tokens are in (a headline, by-line or dateline
 * before them is part of it), at most RANK_LEAD_BLOCKS blocks. */
#define RANK_LEAD_TOKENS	12
#define RANK_LEAD_BLOCKS	6

/* Where an actor is named, bits of named[]: each of the summary's
 * items has one, so that "named together" there means in one item. */
#define Z_TITLE		(1u << 0)
#define Z_SUBTITLE	(1u << 1)
#define Z_LEAD		(1u << 2)
#define Z_ITEM0		3			/* bits 3..14 */
#define Z_ITEMS		(((1u << RANK_MAX_ITEMS) - 1) << Z_ITEM0)
/* Named together by what the text says it is about: in one of these. */
#define Z_TOGETHER	(Z_TITLE | Z_SUBTITLE | Z_ITEMS)

/* Weights of the lead's evidence (the score is their sum). */
#define W_TITLE		8	/* both ends named in the title */
#define W_TITLE_END	1	/* each end the title names, else */
#define W_SUBTITLE	4
#define W_SUMMARY	4	/* both in one item of the summary */
#define W_SENTENCE	4	/* a sentence of its own in the lead */
#define W_LEAD		2	/* both named in the lead */
#define W_CURATED	16	/* the front matter's own relation */
/* The least score of a central relation: the lead states it, or names
 * its ends together and the title one of them at least. */
#define CENTRAL_MIN	(W_LEAD + W_TITLE_END)

struct rank {
	const struct graph *g;
	guint		 nact;
	int		*box;		/* per actor: the box it is drawn in */
	guchar		*hidden;	/* per box: the front matter hides it */
	unsigned	*named;		/* per box: Z_* bits */
	int		*of_text;	/* per text actor: the graph's */
	GHashTable	*forms;		/* normalised form -> actor + 1, or 0
					 * when two actors share it */
	size_t		 lead_end;	/* source offset: the lead's end */
};

struct item {
	struct relation	*rel;
	guint		 index;		/* in g->relations */
	int		 a, b;		/* boxes of its ends */
	int		 score;
	int		 act;		/* an act, not a title */
	int		 mentions;	/* of its two boxes */
};

/* --- forms and their normalisation --------------------------------------- */

static int
is_apos(gunichar c)
{
	return c == '\'' || c == 0x2019;
}

static int
word_char(gunichar c)
{
	/* a hyphen parts words: "China-brokered", "Russia-North Korea" */
	return g_unichar_isalnum(c) || c == '.' || c == '&' || is_apos(c);
}

/*
 * One word as the forms are compared: punctuation trimmed from both
 * ends, a possessive "'s" dropped ("Putin's"), an elided article or
 * preposition ("l'", "d'") dropped before a capital.  Appended to out.
 */
static void
add_word(GString *out, const char *w, const char *end)
{
	const char	*p, *q;

	/* leading and trailing non-alphanumerics */
	while (w < end && !g_unichar_isalnum(g_utf8_get_char(w)))
		w = g_utf8_next_char(w);
	while (end > w) {
		p = g_utf8_find_prev_char(w, end);
		if (p == NULL || g_unichar_isalnum(g_utf8_get_char(p)))
			break;
		end = p;
	}
	/* the possessive: "'s" */
	if (end - w > 2 && (end[-1] == 's' || end[-1] == 'S')) {
		p = g_utf8_find_prev_char(w, end - 1);
		if (p != NULL && is_apos(g_utf8_get_char(p)))
			end = p;
	}
	/* elision: "l'Ukraine", "d'Israël" */
	for (p = w; p < end && p - w <= 2 && g_ascii_islower(*p); p++)
		;
	if (p > w && p < end && is_apos(g_utf8_get_char(p))) {
		q = g_utf8_next_char(p);
		if (q < end && g_unichar_isupper(g_utf8_get_char(q)))
			w = q;
	}
	if (w >= end)
		return;
	if (out->len > 0)
		g_string_append_c(out, ' ');
	g_string_append_len(out, w, end - w);
}

/* The words of s[0, n), each as add_word makes it, in words (char *). */
static void
split_words(const char *s, size_t n, GPtrArray *words)
{
	const char	*p = s, *end = s + n, *w;
	GString		*one = g_string_new(NULL);

	while (p < end) {
		while (p < end && !word_char(g_utf8_get_char(p)))
			p = g_utf8_next_char(p);
		w = p;
		while (p < end && word_char(g_utf8_get_char(p)))
			p = g_utf8_next_char(p);
		if (p == w)
			break;
		g_string_truncate(one, 0);
		add_word(one, w, p);
		if (one->len > 0)
			g_ptr_array_add(words, g_strdup(one->str));
	}
	g_string_free(one, TRUE);
}

/* Record s[0, n) as a form of actor a; a form two actors share names
 * neither. */
static void
add_form(struct rank *k, const char *s, size_t n, int a)
{
	GPtrArray	*w = g_ptr_array_new_with_free_func(g_free);
	gpointer	 old;
	char		*key;

	if (s == NULL)
		return;
	if (!g_utf8_validate(s, (gssize)n, NULL)) {
		g_ptr_array_unref(w);
		return;
	}
	split_words(s, n, w);
	if (w->len == 0 || w->len > RANK_MAX_WORDS) {
		g_ptr_array_unref(w);
		return;
	}
	g_ptr_array_add(w, NULL);
	key = g_strjoinv(" ", (char **)w->pdata);
	g_ptr_array_unref(w);
	if (g_hash_table_lookup_extended(k->forms, key, NULL, &old)) {
		if (GPOINTER_TO_INT(old) != a + 1)
			g_hash_table_insert(k->forms, key, GINT_TO_POINTER(0));
		else
			g_free(key);
		return;
	}
	g_hash_table_insert(k->forms, key, GINT_TO_POINTER(a + 1));
}

/* k->of_text: the graph's actor of each actor of the text (by its
 * name), or -1. */
static void
map_actors(struct rank *k, const struct text *t)
{
	GHashTable	*by_name;
	const struct actor *a;
	gpointer	 v;
	guint		 i;

	if (t == NULL)
		return;
	by_name = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < k->nact; i++) {
		a = g_ptr_array_index(k->g->actors, i);
		g_hash_table_insert(by_name, a->name, GINT_TO_POINTER(i + 1));
	}
	k->of_text = g_new(int, t->actors->len + 1);
	for (i = 0; i < t->actors->len; i++) {
		v = g_hash_table_lookup(by_name, text_actor(t, (int)i)->name);
		k->of_text[i] = GPOINTER_TO_INT(v) - 1;
	}
	g_hash_table_destroy(by_name);
}

/* The actor of the graph a mention names by a name (not a pronoun or
 * a role: "the president"), or -1. */
static int
named_by(const struct rank *k, const struct text *t,
    const struct text_mention *m)
{
	if (k->of_text == NULL || m->actor < 0 ||
	    (guint)m->actor >= t->actors->len ||
	    (m->flags & (TM_PRONOUN | TM_ROLE)))
		return -1;
	return k->of_text[m->actor];
}

/*
 * The forms of the actors: their names, the page's own name, and every
 * form the text names them by that is a name: a capital, an
 * institution, a demonym, a surname.
 */
static void
collect_forms(struct rank *k, const struct text *t)
{
	const struct text_mention *m;
	const struct actor *a;
	guint		 i;
	int		 x;

	for (i = 0; i < k->nact; i++) {
		a = g_ptr_array_index(k->g->actors, i);
		add_form(k, a->name, strlen(a->name), (int)i);
		if (a->display != NULL)
			add_form(k, a->display, strlen(a->display), (int)i);
	}
	for (i = 0; t != NULL && i < t->mentions->len; i++) {
		m = text_mention(t, i);
		if ((x = named_by(k, t, m)) < 0 || m->tend <= m->tstart ||
		    m->tend > t->str->len)
			continue;
		add_form(k, t->str->str + m->tstart, m->tend - m->tstart, x);
	}
}

/* Mark with bit the boxes of the actors that s names. */
static void
mark_named(struct rank *k, const char *s, unsigned bit)
{
	GPtrArray	*w;
	GString		*key;
	gpointer	 v;
	guint		 i, n;

	if (s == NULL || !g_utf8_validate(s, -1, NULL))
		return;
	w = g_ptr_array_new_with_free_func(g_free);
	key = g_string_new(NULL);
	split_words(s, strlen(s), w);
	for (i = 0; i < w->len; i++) {
		g_string_truncate(key, 0);
		for (n = 0; n < RANK_MAX_WORDS && i + n < w->len; n++) {
			if (n > 0)
				g_string_append_c(key, ' ');
			g_string_append(key, g_ptr_array_index(w, i + n));
			v = g_hash_table_lookup(k->forms, key->str);
			if (GPOINTER_TO_INT(v) > 0)
				k->named[k->box[GPOINTER_TO_INT(v) - 1]] |= bit;
		}
	}
	g_string_free(key, TRUE);
	g_ptr_array_unref(w);
}

/* --- the lead ------------------------------------------------------------- */

/*
 * The lead: its actors named (Z_LEAD; also Z_TITLE for the short lines
 * above its first full paragraph, a headline where the text has no
 * front matter) and the offset where it ends.
 */
static void
read_lead(struct rank *k, const struct text *t)
{
	const struct text_block *b;
	const struct text_sentence *s;
	const struct text_mention *m;
	guint		 i, j, nblock = 0, full = 0, last = 0, ntok;
	unsigned	*bits;
	int		 x;

	k->lead_end = 0;
	if (t == NULL || t->blocks->len == 0)
		return;
	/* bits[i]: what block i of the lead is */
	bits = g_new0(unsigned, t->blocks->len);
	for (i = 0; i < t->blocks->len && nblock < RANK_LEAD_BLOCKS &&
	    full < 2; i++, nblock++) {
		b = &g_array_index(t->blocks, struct text_block, i);
		last = i;
		if (b->nsentences > 0)
			k->lead_end = MAX(k->lead_end, text_sent(t,
			    b->first_sentence + b->nsentences - 1)->end);
		for (j = 0, ntok = 0; j < b->nsentences; j++)
			ntok += text_sent(t, b->first_sentence + j)->ntokens;
		bits[i] = Z_LEAD;
		if (b->node != NULL && b->node->type != DOC_HEADING &&
		    ntok >= RANK_LEAD_TOKENS)
			full++;
		else if (full == 0)
			bits[i] |= Z_TITLE;
	}
	for (i = 0; i < t->mentions->len; i++) {
		m = text_mention(t, i);
		if (m->sentence >= t->sentences->len)
			continue;
		s = text_sent(t, m->sentence);
		/* the mentions are in text order */
		if (s->block > last)
			break;
		if ((x = named_by(k, t, m)) >= 0)
			k->named[k->box[x]] |= bits[s->block];
	}
	g_free(bits);
}

/* --- scoring -------------------------------------------------------------- */

static int
is_title(const struct relation *r)
{
	return r->cls != NULL && strcmp(r->cls, "affiliation") == 0;
}

static int
score(const struct rank *k, const struct item *it)
{
	const struct relation *r = it->rel;
	unsigned	 a = k->named[it->a], b = k->named[it->b], both = a & b;
	int		 s = 0;
	guint		 i;

	if (r->curated)
		s += W_CURATED;
	if (both & Z_TITLE)
		s += W_TITLE;
	else
		s += W_TITLE_END * (!!(a & Z_TITLE) + !!(b & Z_TITLE));
	if (both & Z_SUBTITLE)
		s += W_SUBTITLE;
	if (both & Z_ITEMS)
		s += W_SUMMARY;
	if (both & Z_LEAD)
		s += W_LEAD;
	for (i = 0; i < r->evidence->len; i++)
		if (g_array_index(r->evidence, struct evidence, i).off <
		    k->lead_end) {
			s += W_SENTENCE;
			break;
		}
	return s;
}

static size_t
first_off(const struct relation *r)
{
	return r->evidence->len > 0 ? g_array_index(r->evidence,
	    struct evidence, 0).off : (size_t)-1;
}

/* Acts before titles; then the lead's score, sentences, the ends'
 * mentions, the first sentence, the order found. */
static gint
by_rank(gconstpointer pa, gconstpointer pb)
{
	const struct item *x = pa, *y = pb;
	size_t	 fx, fy;

	if (x->act != y->act)
		return x->act ? -1 : 1;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->rel->evidence->len != y->rel->evidence->len)
		return x->rel->evidence->len > y->rel->evidence->len ? -1 : 1;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	fx = first_off(x->rel);
	fy = first_off(y->rel);
	if (fx != fy)
		return fx < fy ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* --- what the figure draws ------------------------------------------------ */

/* The edge an act is drawn on, as diagram.c groups relations: same
 * boxes, direction and polarity; an undirected one either way. */
static int
same_edge(const struct item *x, const struct item *y)
{
	if (x->rel->polarity != y->rel->polarity ||
	    x->rel->directed != y->rel->directed)
		return 0;
	return (x->a == y->a && x->b == y->b) ||
	    (!x->rel->directed && x->a == y->b && x->b == y->a);
}

/* Boxes shown if it is drawn too (shown: per box, 1 if shown). */
static guint
boxes_with(const struct item *it, const guchar *shown, guint nshown)
{
	return nshown + !shown[it->a] + (it->a != it->b && !shown[it->b]);
}

/* Its two boxes are joined by an act drawn already. */
static int
joined(struct item *const *drawn, guint n, const struct item *it)
{
	guint	j;

	for (j = 0; j < n; j++)
		if ((drawn[j]->a == it->a && drawn[j]->b == it->b) ||
		    (drawn[j]->a == it->b && drawn[j]->b == it->a))
			return 1;
	return 0;
}

/* An act the figure can draw: done, between two boxes it shows (the
 * front matter may hide an actor). */
static int
drawable(const struct rank *k, const struct item *it)
{
	return it->act && it->rel->mode == REL_DONE && it->a != it->b &&
	    !k->hidden[it->a] && !k->hidden[it->b];
}

/* The edge it would be drawn on exists (*edge), with *labels other
 * labels; whether it has its label already. */
static int
on_edges(struct item *const *drawn, guint n, const struct item *it,
    int *edge, int *labels)
{
	guint	j;
	int	dup = 0;

	*edge = *labels = 0;
	for (j = 0; j < n; j++) {
		if (!same_edge(drawn[j], it))
			continue;
		*edge = 1;
		(*labels)++;
		dup |= strcmp(drawn[j]->rel->label, it->rel->label) == 0;
	}
	return dup;
}

/*
 * Choose what the figure draws among items (in rank order): acts
 * stated as done between two boxes.  First the best, then those that
 * give a box to an actor the lead names, so that the actors the story
 * puts first are all in it; then an act for each pair of boxes that
 * the title, subtitle or a summary item names together; then the
 * others in rank order, while the figure has room.  A title is drawn
 * where its person's box is shown.  drawn[] holds the acts drawn (at
 * most RANK_MAX_DRAWN): every scan is linear in the relations.
 */
static void
choose_drawn(struct rank *k, GArray *items)
{
	struct item	*drawn[RANK_MAX_DRAWN], *it;
	guchar		*shown = g_new0(guchar, k->nact + 1);
	guint		 i, n = 0, nshown = 0, nedges = 0;
	int		 edge, labels, dup, pass;

	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < items->len && n < (pass == 0 ?
		    RANK_MAX_FIRST : RANK_MAX_DRAWN); i++) {
			it = &g_array_index(items, struct item, i);
			if (it->rel->drawn || !drawable(k, it) ||
			    boxes_with(it, shown, nshown) > RANK_MAX_BOXES)
				continue;
			/* the first pass: the best, then new boxes the lead
			 * names */
			if (pass == 0 && n > 0 && !((!shown[it->a] &&
			    k->named[it->a]) || (!shown[it->b] &&
			    k->named[it->b])))
				continue;
			/* the second: pairs the lead names together not yet
			 * joined */
			if (pass == 1 && (!(k->named[it->a] & k->named[it->b] &
			    Z_TOGETHER) || joined(drawn, n, it)))
				continue;
			dup = on_edges(drawn, n, it, &edge, &labels);
			/* a label the edge has already costs no room */
			if ((!dup && labels >= RANK_MAX_LABELS) ||
			    (!edge && nedges >= RANK_MAX_EDGES))
				continue;
			nshown = boxes_with(it, shown, nshown);
			shown[it->a] = shown[it->b] = 1;
			it->rel->drawn = 1;
			drawn[n++] = it;
			nedges += !edge;
		}
	/* a title is shown by its person's name in the box of its state */
	for (i = 0; i < items->len; i++) {
		const struct actor *p;

		it = &g_array_index(items, struct item, i);
		if (it->act || it->rel->mode != REL_DONE)
			continue;
		p = g_ptr_array_index(k->g->actors, it->rel->from);
		if (p->kind == ACTOR_PERSON && p->state == it->rel->to &&
		    shown[it->b])
			it->rel->drawn = 1;
	}
	g_free(shown);
}

/* The lead's score alone: the front matter's word on a relation ranks
 * and draws it, but what the story is about is the text's. */
static int
lead_score(const struct item *it)
{
	return it->score - (it->rel->curated ? W_CURATED : 0);
}

/* The 1-3 acts the story is about: the best-ranked acts drawn whose
 * lead's score is the top one, when the lead names or states them. */
static void
choose_central(GArray *items)
{
	struct item	*it;
	guint		 i, n = 0;
	int		 top = -1;

	for (i = 0; i < items->len; i++) {
		it = &g_array_index(items, struct item, i);
		if (it->act && it->rel->drawn)
			top = MAX(top, lead_score(it));
	}
	if (top < CENTRAL_MIN)
		return;
	for (i = 0; i < items->len && n < RANK_MAX_CENTRAL; i++) {
		it = &g_array_index(items, struct item, i);
		if (!it->act || !it->rel->drawn || lead_score(it) < top)
			continue;
		it->rel->central = 1;
		n++;
	}
}

/* BRIEFING_TRACE=rank: each relation's rank and why, on stderr. */
static void
trace(const struct rank *k, GArray *items)
{
	const struct item *it;
	const struct actor *a, *b;
	guint		 i;

	fprintf(stderr, "rank: the lead ends at byte %zu\n", k->lead_end);
	for (i = 0; i < items->len; i++) {
		it = &g_array_index(items, struct item, i);
		a = g_ptr_array_index(k->g->actors, it->rel->from);
		b = g_ptr_array_index(k->g->actors, it->rel->to);
		fprintf(stderr, "rank: %u %s%s %s -> %s (%s): score %d "
		    "(ends named %#x %#x), %u sentences, %d mentions\n",
		    i + 1, it->rel->drawn ? "drawn" : "-",
		    it->rel->central ? " central" : "", a->name, b->name,
		    it->rel->label, it->score, k->named[it->a],
		    k->named[it->b], it->rel->evidence->len, it->mentions);
	}
}

void
graph_rank(struct graph *g, const struct doc *doc, const struct text *t)
{
	struct rank	 k = { 0 };
	GArray		*items;
	struct item	 it;
	const struct actor *a;
	guint		 i;

	k.g = g;
	k.nact = g->actors->len;
	k.box = g_new(int, k.nact + 1);
	k.named = g_new0(unsigned, k.nact + 1);
	k.hidden = g_new0(guchar, k.nact + 1);
	for (i = 0; i < k.nact; i++) {
		a = g_ptr_array_index(g->actors, i);
		/* persons are drawn inside the state they belong to */
		k.box[i] = a->kind == ACTOR_PERSON && a->state >= 0 &&
		    (guint)a->state < k.nact ? a->state : (int)i;
	}
	for (i = 0; i < k.nact; i++)
		if (((struct actor *)g_ptr_array_index(g->actors, i))->hidden)
			k.hidden[k.box[i]] = 1;
	k.forms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	map_actors(&k, t);
	collect_forms(&k, t);
	if (doc != NULL) {
		mark_named(&k, doc->meta.title, Z_TITLE);
		mark_named(&k, doc->meta.subtitle, Z_SUBTITLE);
		for (i = 0; i < doc->meta.summary->len && i < RANK_MAX_ITEMS;
		    i++)
			mark_named(&k, ((struct doc_str *)g_ptr_array_index(
			    doc->meta.summary, i))->s, 1u << (Z_ITEM0 + i));
	}
	read_lead(&k, t);
	items = g_array_sized_new(FALSE, TRUE, sizeof(struct item),
	    g->relations->len);
	for (i = 0; i < g->relations->len; i++) {
		memset(&it, 0, sizeof(it));
		it.rel = g_ptr_array_index(g->relations, i);
		it.index = i;
		it.a = k.box[it.rel->from];
		it.b = k.box[it.rel->to];
		it.act = !is_title(it.rel);
		it.score = score(&k, &it);
		it.mentions = ((struct actor *)g_ptr_array_index(g->actors,
		    it.a))->mentions + (it.a != it.b ? ((struct actor *)
		    g_ptr_array_index(g->actors, it.b))->mentions : 0);
		it.rel->drawn = it.rel->central = 0;
		g_array_append_val(items, it);
	}
	g_array_sort(items, by_rank);
	for (i = 0; i < items->len; i++)
		g_array_index(items, struct item, i).rel->rank = (int)i + 1;
	choose_drawn(&k, items);
	choose_central(items);
	if (g_strcmp0(g_getenv("BRIEFING_TRACE"), "rank") == 0)
		trace(&k, items);
	g_array_unref(items);
	g_hash_table_destroy(k.forms);
	g_free(k.of_text);
	g_free(k.named);
	g_free(k.hidden);
	g_free(k.box);
}
