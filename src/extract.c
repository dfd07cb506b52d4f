/* SPDX-License-Identifier: MIT */
/* Post-parse pass finding the actors and relations of a document. */
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "extract_actors.h"
#include "extract_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "msg.h"
#include "source.h"
#include "text.h"

/*
 * One pass over the sentences of the text layer (text.h), each block's
 * text cut into words (lex_words: the cue lexicon's keys and word
 * classes) and the words given to the layer's sentences by their
 * offsets.  The actors and their mentions are the layer's: states and
 * organisations by their gazetteer forms (an ambiguous one, "Korea",
 * resolved there), persons with the state or organisation the text ties
 * them to, pronouns and roles resolved to them.  The pass counts the
 * mentions and finds the relations: for each cue of a sentence, the
 * actor before it in its clause (the subject) and the one after it (the
 * object, found as the cue's lexicon line says), a person standing for
 * their state; and a person's tie to what their title names.  Every
 * search is bounded in words, so the whole is linear in the text.
 */


static void	 block(struct run *, const struct text_block *);
static void	 persons(struct run *);
static int	 named(struct run *, int);
static void	 layer_mentions(struct run *, guint, guint, guint);
static void	 scan(struct run *, guint, guint, int);
static void	 resolve(struct run *);
static size_t	 locate(struct run *, size_t, struct pos *);
static size_t	 sentence_at(struct run *, struct pos *);

static char	*assets_dir;

void
extract_set_assets(const char *dir)
{
	g_free(assets_dir);
	assets_dir = dir != NULL ? g_strdup(dir) : NULL;
}

const char *
extract_assets(void)
{
	return assets_dir != NULL ? assets_dir : "assets";
}

/* Make r->ents as long as the lexicon's entries. */
static void
grow(struct run *r)
{
	struct ent	*x;
	guint		 i = r->ents->len;

	g_array_set_size(r->ents, r->lex->entries->len);
	for (; i < r->ents->len; i++) {
		x = E(r, (int)i);
		memset(x, 0, sizeof(*x));
		x->kind = G(r, (int)i)->kind;
		x->first_off = x->first = SIZE_MAX;
		x->state = G(r, (int)i)->link;
		x->resolved = x->actor = x->lead = -1;
	}
}

int
extract_add_entity(struct run *r, enum gaz_kind kind, const char *name)
{
	int	e = lex_add_entry(r->lex, kind, name, -1);

	grow(r);
	return e;
}

struct graph *
extract_run(const struct doc *doc, const struct source *src)
{
	struct lex	*lex;
	struct text	*t;
	struct graph	*g;

	lex = lex_load_lang(assets_dir != NULL ? assets_dir : "assets",
	    doc->meta.lang);
	t = text_analyse(doc, src, lex);
	g = extract_build(doc, src, t, lex);
	text_free(t);
	lex_free(lex);
	return g;
}

struct graph *
extract_build(const struct doc *doc, const struct source *src,
    const struct text *t, struct lex *lex)
{
	struct run	 r;
	struct graph	*g;
	guint		 i;

	memset(&r, 0, sizeof(r));
	r.doc = doc;
	r.src = src;
	r.t = t;
	r.lex = lex;
	r.ents = g_array_new(FALSE, FALSE, sizeof(struct ent));
	grow(&r);
	r.toks = g_array_new(FALSE, FALSE, sizeof(struct tok));
	r.cov = g_array_new(FALSE, FALSE, sizeof(int));
	r.ments = g_array_new(FALSE, FALSE, sizeof(struct ment));
	r.cues = g_array_new(FALSE, FALSE, sizeof(struct cue_at));
	r.hits = g_array_new(FALSE, FALSE, sizeof(struct cue_hit));
	r.wcl = g_array_new(FALSE, FALSE, sizeof(struct wcl));
	r.cstack = g_array_new(FALSE, FALSE, sizeof(int));
	r.sents = g_array_new(FALSE, FALSE, sizeof(struct sent));
	r.nodes = g_array_new(FALSE, FALSE, sizeof(int));
	r.rels = g_ptr_array_new_with_free_func(extract_relation_free);
	r.refused = g_array_new(FALSE, FALSE, sizeof(struct refused));
	r.lay = g_array_new(FALSE, FALSE, sizeof(struct lay));
	extract_lang_start(&r);

	extract_front_actors(&r);
	persons(&r);
	extract_own_names(&r);
	extract_own_spelling(&r);
	resolve(&r);
	for (i = 0; i < t->blocks->len; i++)
		block(&r, &g_array_index(t->blocks, struct text_block, i));
	/* curation removes relations: the index is for reading only */
	g_clear_pointer(&r.rel_at, g_hash_table_unref);
	extract_contradicted(&r);
	extract_curate(&r);
	g = extract_graph(&r);

	g_ptr_array_free(r.rels, TRUE);
	g_array_free(r.refused, TRUE);
	extract_lang_finish(&r);
	g_free(r.aent);
	g_array_free(r.lay, TRUE);
	g_array_free(r.nodes, TRUE);
	g_array_free(r.sents, TRUE);
	g_array_free(r.hits, TRUE);
	g_array_free(r.cstack, TRUE);
	g_array_free(r.wcl, TRUE);
	g_array_free(r.cues, TRUE);
	g_array_free(r.ments, TRUE);
	g_array_free(r.cov, TRUE);
	g_array_free(r.toks, TRUE);
	g_array_free(r.ents, TRUE);
	return g;
}

/* --- blocks and sentences ------------------------------------------------- */

/*
 * One heading or paragraph of the layer: its text cut into words once,
 * the words given in order to the layer's sentences (a word belongs to
 * the sentence it starts in), each sentence scanned.
 */
static void
block(struct run *r, const struct text_block *b)
{
	const struct text_sentence *se;
	guint		 i, s, e, n;
	int		 none = COV_NONE;
	struct lay	 nolay = { -1, 0, 0 };

	if (b->nsentences == 0)
		return;
	r->node = b->node;
	r->base = b->tstart;
	r->chunk = g_string_chunk_new(4096);
	g_array_set_size(r->toks, 0);
	lex_words(r->lex, r->t->str->str + b->tstart, b->tend - b->tstart,
	    r->toks, r->chunk);
	n = r->toks->len;
	g_array_set_size(r->cov, 0);
	g_array_set_size(r->lay, 0);
	for (i = 0; i < n; i++) {
		g_array_append_val(r->cov, none);
		g_array_append_val(r->lay, nolay);
	}
	for (i = 0, s = 0; i < b->nsentences; i++, s = e) {
		se = text_sent(r->t, b->first_sentence + i);
		for (e = s; e < n && b->tstart + T(r, e)->s < se->tend; e++)
			continue;
		if (i + 1 == b->nsentences)
			e = n;
		r->sent = se;
		layer_mentions(r, b->first_sentence + i, s, e);
		g_array_set_size(r->ments, 0);
		scan(r, s, e, b->node->type == DOC_HEADING);
	}
	g_string_chunk_free(r->chunk);
	r->chunk = NULL;
}

/* Record a mention of ent (or of nothing, ent -1) over words [a, b). */
static int
add_ment(struct run *r, guint a, guint b, int ent)
{
	struct ment	 m;
	int		 mi = (int)r->ments->len;
	guint		 k;

	m.a = a;
	m.b = b;
	m.ent = ent;
	m.node = ent;
	m.weak = 0;
	m.lead = -1;
	if (ent >= 0 && E(r, ent)->kind == GAZ_PERSON && E(r, ent)->state >= 0)
		m.node = E(r, ent)->state;
	g_array_append_val(r->ments, m);
	for (k = a; k < b; k++)
		g_array_index(r->cov, int, k) = mi;
	return mi;
}

/* --- actors and mentions: the layer's ------------------------------------- */

/*
 * The entries of the layer's actors (r->aent): a state's or an
 * organisation's is the gazetteer's or the front matter's; a person's
 * too, else a new one, with the state or organisation the layer ties
 * the person to (else the gazetteer's link).
 */
static void
persons(struct run *r)
{
	const struct text_actor *a;
	guint		 i, n = r->t->actors->len;
	int		 e, st;

	r->aent = g_new(int, n + 1);
	for (i = 0; i < n; i++) {
		a = text_actor(r->t, (int)i);
		e = a->gaz;
		if (e < 0 || (guint)e >= r->lex->entries->len)
			e = lex_find(r->lex, a->name);
		if (a->kind == TA_PERSON && (e < 0 ||
		    E(r, e)->kind != GAZ_PERSON))
			e = extract_add_entity(r, GAZ_PERSON, a->name);
		else if (a->kind == TA_ORG && e < 0)	/* the layer's own
							 * ("the Spanish
							 * Senate") */
			e = extract_add_entity(r, GAZ_ORG, a->name);
		r->aent[i] = e;
	}
	for (i = 0; i < n; i++) {
		a = text_actor(r->t, (int)i);
		if (a->kind != TA_PERSON || r->aent[i] < 0 ||
		    E(r, r->aent[i])->fmstate)	/* persons: {name, state} */
			continue;
		/* a state an English text never names is no one's: the
		 * gazetteer's "Angela Merkel" is Germany's, but not in a
		 * text naming Greece alone.  Not in es, fr, de, whose press
		 * often leaves its own state unnamed ("Emmanuel Macron a
		 * déclaré"): there the gazetteer's state stands */
		if (a->state < 0 || (guint)a->state >= n ||
		    text_actor(r->t, a->state)->mentions == 0) {
			if (r->lc == NULL && r->t->lang == TEXT_EN &&
			    E(r, r->aent[i])->kind == GAZ_PERSON &&
			    G(r, r->aent[i])->link >= 0 && !named(r,
			    G(r, r->aent[i])->link))
				E(r, r->aent[i])->state = -1;
			continue;
		}
		if ((st = r->aent[a->state]) < 0 ||
		    (E(r, st)->kind != GAZ_STATE && E(r, st)->kind != GAZ_ORG &&
		    E(r, st)->kind != GAZ_AMBIG))
			continue;
		E(r, r->aent[i])->state = st;
		E(r, r->aent[i])->tied = 1;
	}
}

/* The text names entry e: one of the layer's actors with mentions is
 * e.  Linear in the actors. */
static int
named(struct run *r, int e)
{
	guint	i;

	for (i = 0; i < r->t->actors->len; i++)
		if (r->aent[i] == e && text_actor(r->t, (int)i)->mentions > 0)
			return 1;
	return 0;
}

/*
 * The layer's mentions in sentence si, words [s, e): names, forms,
 * pronouns and roles ("Moscow", "Russian", "he", "the country"), each on
 * the words starting inside it (r->lay), the mentions and the words
 * being both in text order.  Pronouns and roles link relations but are
 * not counted as mentions (scan).
 */
static void
layer_mentions(struct run *r, guint si, guint s, guint e)
{
	const struct text_mention *m;
	struct lay	*l;
	guint		 w = s, a, k;
	int		 ent;

	for (; r->mcur < r->t->mentions->len; r->mcur++) {
		m = text_mention(r->t, r->mcur);
		if (m->sentence > si)
			break;
		if (m->sentence < si || m->actor < 0 ||
		    (guint)m->actor >= r->t->actors->len ||
		    (ent = r->aent[m->actor]) < 0 ||
		    E(r, ent)->kind == GAZ_NONE)
			continue;
		if (E(r, ent)->kind == GAZ_AMBIG &&
		    (ent = E(r, ent)->resolved) < 0)
			continue;
		while (w < e && r->base + T(r, w)->s < m->tstart)
			w++;
		for (a = w; w < e && r->base + T(r, w)->s < m->tend; w++)
			continue;
		if (a == w)
			continue;
		l = &g_array_index(r->lay, struct lay, a);
		l->ent = ent;
		l->n = w - a;
		l->flags = m->flags;
		for (k = a + 1; k < w; k++)
			g_array_index(r->lay, struct lay, k).n = G_MAXUINT;
	}
}

/* The actor of the layer's mention starting at word i (r->lay): its
 * entry in *ent, and the number of words; 0 when none starts there. */
guint
extract_layer_at(struct run *r, guint i, int *ent)
{
	const struct lay *l = &g_array_index(r->lay, struct lay, i);

	*ent = l->ent;
	return l->ent >= 0 ? l->n : 0;
}

/*
 * Ambiguous entries ("Korea") resolved to the one candidate the layer's
 * actors name (themselves or through their persons), for the front
 * matter's relations and the persons' states; the layer resolved its
 * mentions itself.
 */
static void
resolve(struct run *r)
{
	const struct gaz_entry *g;
	const struct text_actor *a;
	guint		 i, k;
	int		 c, named, *byname;

	byname = g_new0(int, r->ents->len);
	for (i = 0; i < r->t->actors->len; i++) {
		a = text_actor(r->t, (int)i);
		if (a->mentions == 0 || r->aent[i] < 0)
			continue;
		byname[r->aent[i]]++;
		if (a->kind == TA_PERSON && E(r, r->aent[i])->state >= 0)
			byname[E(r, r->aent[i])->state]++;
	}
	for (i = 0; i < r->ents->len; i++) {
		g = G(r, (int)i);
		if (g->kind != GAZ_AMBIG)
			continue;
		for (k = 0, named = 0; k < g->cands->len; k++) {
			c = g_array_index(g->cands, int, k);
			if (byname[c] > 0) {
				named++;
				E(r, (int)i)->resolved = c;
			}
		}
		if (named != 1)
			E(r, (int)i)->resolved = -1;
	}
	for (i = 0; i < r->ents->len; i++)
		if (E(r, (int)i)->kind == GAZ_PERSON &&
		    E(r, (int)i)->state >= 0 &&
		    E(r, E(r, (int)i)->state)->kind == GAZ_AMBIG)
			E(r, (int)i)->state =
			    E(r, E(r, (int)i)->state)->resolved;
	g_free(byname);
}

/* --- mentions ------------------------------------------------------------- */

/* The note for an ambiguous form the layer left out. */
static void
note_ambiguous(struct run *r, int ent, guint i)
{
	const struct gaz_entry *g = G(r, ent);
	struct pos	 pos;
	GString		*c;
	guint		 k;

	if (E(r, ent)->noted)
		return;
	E(r, ent)->noted = 1;
	c = g_string_new(NULL);
	for (k = 0; k < g->cands->len; k++)
		g_string_append_printf(c, "%s%s", k == 0 ? "" :
		    k + 1 == g->cands->len ? " or " : ", ",
		    G(r, g_array_index(g->cands, int, k))->name);
	locate(r, T(r, i)->s, &pos);
	msg_at(r->doc->path, &pos, MSG_NOTE, "'%s' may be %s: not counted",
	    T(r, i)->key, c->str);
	g_string_free(c, TRUE);
}

/*
 * The sentence [s, e): its mentions (the layer's) counted, its cues
 * found, its titles and relations.  Where the layer names nothing, two
 * forms of the lexicon are still looked up: an ambiguous one ("Korea")
 * for the note that it was not counted, and a front matter alias of a
 * state or organisation, which the layer finds only in a run of
 * capitalised words ("the European trio" for E3).
 */
static void
scan(struct run *r, guint s, guint e, int heading)
{
	const struct phrase *ph;
	struct cue_at	 ca;
	struct sent	 st;
	struct pos	 pos;
	struct ment	*m;
	guint		 i, k, len;
	int		 ent, mi, q, nodes = 0;

	g_array_set_size(r->cues, 0);
	for (i = s; i < e;) {
		if ((len = extract_layer_at(r, i, &ent)) > 0) {
			len = MIN(len, e - i);
			mi = add_ment(r, i, i + len, ent);
			if ((g_array_index(r->lay, struct lay, i).flags &
			    (TM_PRONOUN | TM_ROLE)) || extract_loose_form(r,
			    s, e, i, len, g_array_index(r->lay, struct lay,
			    i).flags)) {
				M(r, mi)->weak = 1;
				i += len;
				continue;
			}
			E(r, ent)->mentions++;
			E(r, ent)->last = ++r->order;
			/* "U.S. Deputy Secretary of State Kurt Campbell"
			 * names the United States once */
			if (E(r, ent)->kind == GAZ_PERSON) {
				extract_title_before(r, s, i, &q);
				if (q >= 0 && q == M(r, mi)->node)
					E(r, q)->mentions--;
			}
			i += len;
			continue;
		}
		if ((ph = lex_match(r->lex, (const struct tok *)r->toks->data,
		    e, i)) != NULL && (G(r, ph->entry)->kind == GAZ_AMBIG ||
		    (E(r, ph->entry)->fm && (E(r, ph->entry)->kind ==
		    GAZ_STATE || E(r, ph->entry)->kind == GAZ_ORG)))) {
			len = MIN((guint)ph->ntok, e - i);
			if (G(r, ph->entry)->kind == GAZ_AMBIG)
				note_ambiguous(r, ph->entry, i);
			else {
				add_ment(r, i, i + len, ph->entry);
				E(r, ph->entry)->mentions++;
				E(r, ph->entry)->last = ++r->order;
			}
			i += len;
			continue;
		}
		if (!heading && r->lc == NULL && (!(T(r, i)->f & TOK_CAP) ||
		    i == s)) {
			g_array_set_size(r->hits, 0);
			lex_cues(r->lex, (const struct tok *)r->toks->data, e,
			    i, r->hits);
			/* the longest forms only: "withdrew their
			 * ambassadors" is a recall, not a withdrawal */
			for (k = 0, len = 1; k < r->hits->len; k++)
				len = MAX(len, (guint)g_array_index(r->hits,
				    struct cue_hit, k).ntok);
			for (k = 0; k < r->hits->len; k++) {
				ca.i = i;
				ca.cue = g_array_index(r->hits, struct cue_hit,
				    k).cue;
				ca.ntok = g_array_index(r->hits, struct cue_hit,
				    k).ntok;
				if ((guint)ca.ntok < len)
					continue;
				g_array_append_val(r->cues, ca);
				g_array_index(r->cov, int, i) = COV_CUE;
			}
			/* "lifted sanctions" is one cue: its second word
			 * is not another */
			if (len > 1 && r->hits->len > 0) {
				for (k = 1; k < len && i + k < e; k++)
					g_array_index(r->cov, int, i + k) =
					    COV_CUE;
				i += len;
				continue;
			}
		}
		i++;
	}
	/* the distinct nodes, and the sentence's evidence when two */
	r->stamp++;
	st.first = r->nodes->len;
	for (k = 0; k < r->ments->len; k++) {
		m = M(r, (int)k);
		if (m->ent < 0 || E(r, m->node)->seen == r->stamp)
			continue;
		E(r, m->node)->seen = r->stamp;
		g_array_append_val(r->nodes, m->node);
		nodes++;
	}
	if (nodes >= 2 && !heading) {
		memset(&st.ev, 0, sizeof(st.ev));
		st.ev.off = sentence_at(r, &pos);
		st.ev.line = pos.line;
		st.ev.block_off = r->node->off;
		st.n = (guint)nodes;
		g_array_append_val(r->sents, st);
		r->ev = st.ev;
	} else
		g_array_set_size(r->nodes, st.first);
	for (k = 0; k < r->ments->len; k++) {
		m = M(r, (int)k);
		if (m->ent >= 0 && !m->weak &&
		    E(r, m->ent)->first_off == SIZE_MAX)
			E(r, m->ent)->first_off = locate(r, T(r, m->a)->s,
			    &pos);
	}
	extract_person_titles(r, s, e, heading);
	/* es, fr, de: one actor named may be enough, the other standing
	 * in a pronoun or a description the clause reader resolves ("les
	 * a levées") */
	if (nodes >= 1 && !heading && r->lc != NULL) {
		if (nodes == 1)
			extract_sentence_ev(r, &r->ev);
		extract_relations_lang(r);
	}
	else if (nodes >= 2 && !heading)
		extract_relations(r, s, e);
}

/* --- positions ------------------------------------------------------------ */

/* The position of source offset off, in the block being read. */
static struct pos
position(struct run *r, size_t off)
{
	const GPtrArray	*spans = r->node->spans;
	const struct doc_span *sp;
	guint		 lo = 0, hi, mid;
	struct pos	 none = { 0, 0 };

	if (r->src != NULL)
		return source_pos(r->src, off);
	if (spans == NULL)	/* a table row: the row's */
		return r->node->pos;
	if ((hi = spans->len) == 0)
		return none;
	/* without the source, offsets count from the spans' (text.h) */
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		sp = g_ptr_array_index(spans, mid);
		if (sp->off <= off)
			lo = mid;
		else
			hi = mid;
	}
	sp = g_ptr_array_index(spans, lo);
	return sp->pos;
}

/*
 * The source offset of the word starting at offset x of the block's
 * text, and its position: from the layer's token of the sentence being
 * read that holds it (a binary search, the tokens being in order).
 */
static size_t
locate(struct run *r, size_t x, struct pos *pos)
{
	const struct text_sentence *se = r->sent;
	const struct text_token *k;
	guint		 lo = se->first_token, hi = lo + se->ntokens, mid;
	size_t		 off;

	x += r->base;
	if (hi == lo) {
		off = se->start;
		*pos = position(r, off);
		return off;
	}
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (text_tok(r->t, mid)->tstart <= x)
			lo = mid;
		else
			hi = mid;
	}
	k = text_tok(r->t, lo);
	if (x <= k->tstart)
		off = k->start;
	else if (x >= k->tend)
		off = k->end;
	else
		off = MIN(k->start + (x - k->tstart), k->end);
	*pos = position(r, off);
	return off;
}

/* The source offset of the sentence being read, and its position. */
static size_t
sentence_at(struct run *r, struct pos *pos)
{
	*pos = position(r, r->sent->start);
	return r->sent->start;
}

void
extract_sentence_ev(struct run *r, struct evidence *ev)
{
	struct pos	 pos;

	memset(ev, 0, sizeof(*ev));
	ev->off = sentence_at(r, &pos);
	ev->line = pos.line;
	ev->block_off = r->node->off;
}
