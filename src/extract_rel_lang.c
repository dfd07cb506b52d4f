/* SPDX-License-Identifier: MIT */
/*
 * The relations of a Spanish, French or German sentence, from the
 * layer's clauses: a clause whose lexical verb is a cue
 * (extract_cue_lang.c) and states an act (not negated, not possible,
 * conditional, wished or asked) links its subject's actors to those of
 * its object: the first actor after a preposition the cue takes ("con",
 * "avec", "mit"), or a direct object; a passive's agent ("por", "par",
 * "von") acts on its subject.  The English reading (extract_rel.c) goes
 * by cue words and word order; these languages by the clause layer,
 * whose subject stands anywhere in the clause (German verb second and
 * verb last, Spanish inversion).  Every search is bounded in tokens.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

#define NEED_MAX	8	/* words after a light verb holding its
				 * noun ("impuso sanciones") */
#define REFL_BEFORE	3	/* tokens before the verb group read for
				 * "se" */

#define listed		extract_lang_listed
#define node_of		extract_lang_node
#define nested_at	extract_lang_nested
#define group		extract_lang_group
#define subject		extract_lang_subject
#define object		extract_lang_object
#define among		extract_lang_among


/* Word w of n bytes is one of the space-separated words of l. */
int
extract_lang_listed(const char *l, const char *w, size_t n)
{
	const char	*p, *q;
	char		*low;
	int		 found = 0;

	if (l == NULL || n == 0 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	n = strlen(low);
	for (p = l; *p != '\0' && !found; p = *q != '\0' ? q + 1 : q) {
		q = strchr(p, ' ');
		if (q == NULL)
			q = p + strlen(p);
		found = (size_t)(q - p) == n && strncmp(p, low, n) == 0;
	}
	g_free(low);
	return found;
}

/* --- the sentence's mentions ---------------------------------------------- */

/* The entry and node of actor a (as extract.c's mentions), or -1. */
int
extract_lang_node(struct run *r, int a, int *ent)
{
	int	e;

	if (a < 0 || (guint)a >= r->t->actors->len || (e = r->aent[a]) < 0 ||
	    E(r, e)->kind == GAZ_NONE)
		return -1;
	if (E(r, e)->kind == GAZ_AMBIG && (e = E(r, e)->resolved) < 0)
		return -1;
	*ent = e;
	if (E(r, e)->kind == GAZ_PERSON && E(r, e)->state >= 0)
		return E(r, e)->state;
	return e;
}

/* r->lms: the layer's mentions in the sentence being read that name an
 * actor of the run, found by a binary search (text order). */
static void
sentence_mentions(struct run *r)
{
	const struct text_sentence *se = r->sent;
	const struct text_mention *m;
	struct lm	 x;
	guint		 lo = 0, hi = r->t->mentions->len, mid;
	guint		 end = se->first_token + se->ntokens;

	g_array_set_size(r->lms, 0);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_mention(r->t, mid)->first_token < se->first_token)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < r->t->mentions->len; lo++) {
		m = text_mention(r->t, lo);
		if (m->first_token >= end)
			break;
		if (m->ntokens == 0 || (x.node = node_of(r, m->actor,
		    &x.ent)) < 0)
			continue;
		x.a = m->first_token;
		x.b = MIN(m->first_token + m->ntokens, end);
		x.actor = m->actor;
		x.flags = m->flags;
		g_array_append_val(r->lms, x);
	}
}

/* --- clauses -------------------------------------------------------------- */

/* The end of the clause nested in clause ci that starts at token k
 * (the longest), or 0: its words are its own clause's. */
guint
extract_lang_nested(struct run *r, int ci, guint k)
{
	const struct text_sentence *se = r->sent;
	const struct text_clause *c;
	guint		 lo = se->first_clause, hi = lo + se->nclauses, mid;
	guint		 end = 0;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_clause(r->t, mid)->first_token < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < se->first_clause + se->nclauses; lo++) {
		c = text_clause(r->t, lo);
		if (c->first_token != k)
			break;
		if ((int)lo > ci && c->first_token + c->ntokens > end)
			end = c->first_token + c->ntokens;
	}
	return end;
}

/*
 * What clause x says of its verb: reflexive ("se", "s'", "sich", or
 * Spanish "-se" on an infinitive), reciprocal ("mutuamente",
 * "gegenseitig"), and, in German, the particle a separable verb left at
 * the clause's end ("griff die Ukraine an").
 */
static void
verb_marks(struct run *r, struct cl *x)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c = x->c;
	const char	*w;
	size_t		 n;
	guint		 k, lo, nx;

	x->refl = x->recip = 0;
	x->ptok = -1;
	lo = c->verb_n > 0 ? c->verb_first : (guint)c->head;
	lo = lo > c->first_token + REFL_BEFORE ? lo - REFL_BEFORE :
	    c->first_token;
	if (r->t->lang == TEXT_DE)
		lo = c->first_token;
	for (k = lo; k < x->end && k - lo < WINDOW_MAX; k++) {
		if (k > (guint)c->head && (nx = nested_at(r, x->ci, k)) > k) {
			k = nx - 1;
			continue;
		}
		w = word(r, k, &n);
		if ((r->t->lang == TEXT_DE || k <= (guint)c->head) &&
		    (extract_word_in(w, n, lw->refl) || (r->t->lang ==
		    TEXT_FR && n > 2 && (w[0] == 's' || w[0] == 'S') &&
		    (w[1] == '\'' || strncmp(w + 1, "’", 3) == 0))))
			x->refl = 1;
		if (extract_word_in(w, n, lw->recip))
			x->recip = 1;
		if (k > (guint)c->head && lw->particles != NULL &&
		    extract_word_in(w, n, lw->particles) && (k + 1 >= x->end ||
		    punct(r, k + 1) || nested_at(r, x->ci, k + 1) > k + 1))
			x->ptok = (int)k;
	}
	w = word(r, (guint)c->head, &n);
	if (r->t->lang == TEXT_ES && ((n > 3 && strncmp(w + n - 3, "rse",
	    3) == 0) || (n > 4 && strncmp(w + n - 4, "ndose", 4) == 0)))
		x->refl = 1;
}

/* The clause holds, after its verb (in German: anywhere, the noun
 * standing before a participle), a word beginning (in German: holding)
 * one of the "|"-separated words of need. */
static int
needs(struct run *r, const struct cl *x, const char *need)
{
	char		**l, *low;
	const char	*w;
	size_t		 n;
	guint		 k, lo, words = 0;
	int		 found = 0, i;

	l = g_strsplit(need, "|", -1);
	lo = r->t->lang == TEXT_DE ? x->c->first_token : x->head + 1;
	for (k = lo; k < x->end && !found &&
	    k - lo <= WINDOW_MAX && words < (r->t->lang ==
	    TEXT_DE ? WINDOW_MAX : NEED_MAX); k++) {
		if (punct(r, k))
			continue;
		words++;
		w = word(r, k, &n);
		if (n > 64)
			continue;
		low = g_utf8_strdown(w, (gssize)n);
		for (i = 0; l[i] != NULL && !found; i++)
			found = r->t->lang == TEXT_DE ? strstr(low, l[i]) !=
			    NULL : g_str_has_prefix(low, l[i]);
		g_free(low);
	}
	g_strfreev(l);
	return found;
}

/* The cue of clause x's verb, or NULL. */
static const struct lcue *
cue_of(struct run *r, struct cl *x)
{
	const GPtrArray	*a;
	const struct lcue *q;
	const char	*w;
	char		*p = NULL;
	size_t		 n, pn;
	guint		 i;

	w = word(r, x->head, &n);
	if (x->ptok >= 0) {
		/* "griff ... an": the particle makes another verb */
		p = (char *)word(r, (guint)x->ptok, &pn);
		p = g_utf8_strdown(p, (gssize)pn);
		a = extract_lcues_find(r->lc, w, n, p);
		g_free(p);
	} else
		a = extract_lcues_find(r->lc, w, n, NULL);
	if (a == NULL)
		return NULL;
	for (i = 0; i < a->len; i++) {
		q = g_ptr_array_index(a, i);
		if (((q->flags & LC_REFL) && !x->refl) ||
		    ((q->flags & LC_NOREFL) && x->refl))
			continue;
		if (q->need != NULL && !needs(r, x, q->need))
			continue;
		return q;
	}
	return NULL;
}

/* --- relations ------------------------------------------------------------ */

/* Entries x and y (their nodes nx, ny) are a person and the state or
 * organisation their title names: not a cue's relation. */
static int
led(struct run *r, int x, int nx, int y, int ny)
{
	return nx == ny || (E(r, x)->lead >= 0 && E(r, x)->lead == ny) ||
	    (E(r, y)->lead >= 0 && E(r, y)->lead == nx);
}

void
extract_lang_tie(struct run *r, const struct lcue *q, int xe, int xn,
    int ye, int yn, int directed, enum rel_mode mode)
{
	const struct cue *act;
	enum polarity	 pol;

	if (led(r, xe, xn, ye, yn))
		return;
	if ((q->flags & LC_STATE) && E(r, yn)->kind != GAZ_STATE)
		return;
	if ((q->flags & LC_ORG) && E(r, yn)->kind != GAZ_ORG)
		return;
	act = extract_lcues_act(r->lc, r->lex, q);
	pol = act->pol;
	/* leaving an organisation breaks with it; leaving a country (a
	 * force, a mission) is no hostility to it */
	if (q->flags & LC_ORGHOST)
		pol = E(r, yn)->kind == GAZ_ORG ? POL_HOSTILE : POL_NEUTRAL;
	if ((q->flags & LC_PROMISE) && mode == REL_DONE)
		mode = REL_PLANNED;
	extract_add_act(r, xn, yn, q->label, pol, directed, act, mode);
}

/* Every pair of the n mentions of g, undirected. */
static void
pairs(struct run *r, const struct lcue *q, const int *g, int n,
    enum rel_mode mode)
{
	int	a, b;

	for (a = 0; a < n; a++)
		for (b = a + 1; b < n; b++)
			extract_lang_tie(r, q, LM(r, g[a])->ent,
			    LM(r, g[a])->node, LM(r, g[b])->ent,
			    LM(r, g[b])->node, 0, mode);
}

/*
 * A noun cue after a possessive in clause x ("anunció su retirada de",
 * "a annoncé son retrait du", "kündigte seinen Austritt aus ... an"),
 * an adjective between or not: the cue, its token in *at; or NULL.
 * Under a verb of announcing or deciding, a noun marked LC_OBJDE after
 * an article names the subject's act too ("anunció la ruptura de
 * relaciones con", "a annoncé l'expulsion de", "verkündete den Abbruch
 * der Beziehungen zu"): what is announced is done by who announces it.
 */
static const struct lcue *
noun_of(struct run *r, const struct cl *x, guint *at)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct lcue *q;
	const char	*w;
	size_t		 n;
	guint		 k, j, lo, nx, words = 0;
	int		 v, poss, announce;

	if (x->c->passive)
		return NULL;
	v = extract_lang_verb_class(r, x->ci);
	announce = v == LV_ANNOUNCE || v == LV_ASPECT;
	lo = r->t->lang == TEXT_DE ? x->c->first_token : (guint)x->c->head +
	    1;
	for (k = lo; k < x->end && words < (r->t->lang == TEXT_DE ?
	    WINDOW_MAX : NEED_MAX); k++) {
		if (k > x->c->first_token && (nx = nested_at(r, x->ci, k)) >
		    k) {
			k = nx - 1;
			continue;
		}
		words++;
		w = word(r, k, &n);
		if (announce && n > 2 && !punct(r, k) && (q =
		    extract_lcues_noun(r->lc, w, n)) != NULL &&
		    (q->flags & LC_OBJDE) && (w[1] == '\'' ||
		    strncmp(w + 1, "’", 3) == 0)) {
			/* "l'expulsion": its article elided */
			*at = k;
			return q;
		}
		if (announce && k == lo && (q = extract_lcues_noun(r->lc, w,
		    n)) != NULL && (q->flags & LC_OBJDE)) {
			/* "anunció sanciones contra" */
			*at = k;
			return q;
		}
		poss = in(r, k, lw->poss);
		/* "a annoncé la rupture", "de nouvelles sanctions" */
		if (!poss && !(announce && (in(r, k, lw->dets) ||
		    in(r, k, lw->of))))
			continue;
		for (j = k + 1; j < x->end && j <= k + 2 && !punct(r, j); j++) {
			w = word(r, j, &n);
			if ((q = extract_lcues_noun(r->lc, w, n)) != NULL &&
			    (poss || (q->flags & LC_OBJDE))) {
				*at = j;
				return q;
			}
		}
	}
	return NULL;
}

/*
 * The other conjunct of a subject with asides before the verb ("El
 * presidente de Colombia, Juan Manuel Santos, y el jefe de las FARC,
 * Rodrigo Londoño, firmaron"): the last actor named between an "and"
 * after the subject's mention i and the verb, nested clauses aside; or
 * -1.  Only where the subject stands before its verb.
 */
static int
conjunct(struct run *r, const struct cl *x, int i)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c = x->c;
	guint		 k, nx, end = c->verb_n > 0 ? c->verb_first :
	    (guint)c->head;
	int		 and = 0, last = -1, j;

	for (k = LM(r, i)->b; k < end && k - LM(r, i)->b < WINDOW_MAX; k++) {
		if ((nx = nested_at(r, x->ci, k)) > k) {
			k = nx - 1;
			continue;
		}
		if (!and) {
			and = in(r, k, lw->ands) && text_is(r->t, k - 1, ",");
			continue;
		}
		if ((j = lm_from(r, k)) >= 0 && LM(r, j)->b <= end) {
			last = j;
			k = LM(r, j)->b - 1;
		}
	}
	return last;
}

/* The acts a broker's clause adds: its subject mediates, the parties
 * agree when the clause names an agreement. */
static const struct lcue broker_cue = {
	NULL, "mediation", "diplomacy:045", LC_SO, 0, NULL, NULL
};
static const struct lcue deal_cue = {
	NULL, "agreement", "agreement:057", LC_SYM, 0, NULL, NULL
};

/*
 * A broker or mediator between the no mentions og ("China medió en un
 * acuerdo entre Arabia Saudí e Irán", "Katar vermittelte zwischen"):
 * the subject's mentions sg (ns, or the node solo) mediate with each
 * party, and the parties, if the clause names an agreement, agree
 * (or, for a symmetric cue, "negoció un acuerdo entre", do its act).
 */
static void
broker(struct run *r, const struct cl *x, const struct lcue *q,
    const int *sg, int ns, int solo, int soloe, const int *og, int no,
    enum rel_mode mode)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct lm *o;
	int		 a, b;

	for (a = 0; a < (ns > 0 ? ns : solo >= 0 ? 1 : 0); a++)
		for (b = 0; b < no; b++) {
			o = LM(r, og[b]);
			if (ns > 0) {
				solo = LM(r, sg[a])->node;
				soloe = LM(r, sg[a])->ent;
			}
			extract_lang_tie(r, &broker_cue, soloe, solo, o->ent,
			    o->node, 1, mode);
		}
	if (q->dir == LC_SYM)
		pairs(r, q, og, no, mode);
	else if (lw->deal != NULL && needs(r, x, lw->deal))
		pairs(r, &deal_cue, og, no, mode);
}

/*
 * The relations of clause x with cue q stated in mode, the object
 * searched from token from on, or the mention pick if not -1 (what a
 * pronoun stands for).  A clause with no object but a singular object
 * pronoun before its verb ("le concedió asilo") relates its subject
 * to the person the pronoun stands for.
 */
static void
clause_relations(struct run *r, const struct cl *x, const struct lcue *q,
    guint from, enum rel_mode mode, int pick)
{
	const struct lm *s, *o;
	int		 sg[GROUP_MAX], og[GROUP_MAX], ns, no = 0, solo, soloe;
	int		 how, mi = pick, a, b, sym = q->dir == LC_SYM;
	int		 pn = -1, pe = -1;

	ns = subject(r, x->ci, sg, &solo, &soloe);
	how = pick >= 0 ? OBJ_PLAIN : object(r, x, q, sg, ns, from, &mi);
	if (how != OBJ_NONE)
		no = group(r, mi, LM(r, mi)->a, x->end, og);
	else if (!sym && !x->recip && !x->c->passive && x->head ==
	    (guint)x->c->head && extract_lang_clitic(r, x->ci,
	    x->c->verb_n > 0 ? x->c->verb_first : x->head, 0))
		pn = extract_lang_clitic_ante(r, x->ci, &pe);
	if (r->trace)
		fprintf(stderr, "rel: clause %d %s (mode %d): %d subject(s)%s, "
		    "object %s (%d): %.*s\n", x->ci, q->label, (int)mode, ns,
		    solo >= 0 ? " (solo)" : "", how == OBJ_NONE ? "none" :
		    how == OBJ_AGENT ? "agent" : how == OBJ_BETWEEN ?
		    "between" : "plain", no, (int)MIN(x->c->tend -
		    x->c->tstart, 160), r->t->str->str + x->c->tstart);
	if (how == OBJ_BETWEEN) {
		if ((q->flags & LC_BROKER) && !x->c->passive && no >= 2)
			broker(r, x, q, sg, ns, solo, soloe, og, no, mode);
		else if (sym)
			pairs(r, q, og, no, mode);
		else if (!x->c->passive)
			goto plain;
		return;
	}
	if (how == OBJ_NONE && pn >= 0) {
		for (a = 0; a < (ns > 0 ? ns : solo >= 0 ? 1 : 0); a++) {
			if (ns > 0) {
				solo = LM(r, sg[a])->node;
				soloe = LM(r, sg[a])->ent;
			}
			if (q->dir == LC_OS)
				extract_lang_tie(r, q, pe, pn, soloe, solo, 1,
				    mode);
			else
				extract_lang_tie(r, q, soloe, solo, pe, pn, 1,
				    mode);
		}
		return;
	}
	if (how == OBJ_NONE) {
		/* "A y B firmaron", "beschuldigen sich gegenseitig" */
		if ((sym || x->recip) && ns == 1 && (sg[1] = conjunct(r, x,
		    sg[0])) >= 0)
			ns = 2;
		if ((sym || x->recip) && ns >= 2)
			pairs(r, q, sg, ns, mode);
		return;
	}
plain:
	if (ns == 0 && solo < 0)
		return;
	for (a = 0; a < (ns > 0 ? ns : 1); a++)
		for (b = 0; b < no; b++) {
			o = LM(r, og[b]);
			if (ns > 0) {
				s = LM(r, sg[a]);
				solo = s->node;
				soloe = s->ent;
			}
			/* the object acts: "recibió a", a passive's agent */
			if (!sym && (q->dir == LC_OS) != (how == OBJ_AGENT))
				extract_lang_tie(r, q, o->ent, o->node, soloe,
				    solo, 1, mode);
			else
				extract_lang_tie(r, q, soloe, solo, o->ent,
				    o->node, !sym, mode);
		}
}

void
extract_lang_start(struct run *r)
{
	const char	*tr = getenv("BRIEFING_TRACE");

	if ((r->lc = extract_lcues_new(r->t->lang)) != NULL)
		r->lms = g_array_new(FALSE, FALSE, sizeof(struct lm));
	r->trace = tr == NULL ? 0 : strstr(tr, "relall") != NULL ? 2 :
	    strstr(tr, "rel") != NULL;
}

void
extract_lang_finish(struct run *r)
{
	if (r->lms != NULL)
		g_array_free(r->lms, TRUE);
	r->lms = NULL;
	extract_lcues_free(r->lc);
	r->lc = NULL;
}

/*
 * A clause whose verb's cue needs a noun its clause does not hold but
 * a plural object pronoun stands for ("qui avait imposé des sanctions
 * au Mali, les a levées"): the cue, the target's mention in *mi; or
 * NULL.
 */
static const struct lcue *
pronoun_cue(struct run *r, const struct cl *x, int *mi)
{
	const GPtrArray	*a;
	const struct lcue *q;
	const char	*w;
	size_t		 n;
	guint		 i;

	if (x->head != (guint)x->c->head || x->ptok >= 0 || x->c->passive)
		return NULL;
	w = word(r, x->head, &n);
	if ((a = extract_lcues_find(r->lc, w, n, NULL)) == NULL)
		return NULL;
	for (i = 0; i < a->len; i++) {
		q = g_ptr_array_index(a, i);
		if (q->need == NULL || (q->flags & LC_REFL) || x->refl)
			continue;
		if ((*mi = extract_lang_pron_target(r, q->preps, q->need,
		    x->ci, x->c->verb_n > 0 ? x->c->verb_first :
		    x->head)) >= 0)
			return q;
	}
	return NULL;
}

/*
 * The acts of the infinitives coordinated with the one clause x's act
 * hangs on, inf the infinitive found for it or -1 ("deberán
 * concentrarse en X y entregar sus armas a Y"): each in the mode of
 * the first.
 */
static void
coordinated(struct run *r, const struct cl *x, int inf)
{
	const struct lcue *q;
	struct cl	 y;
	const char	*w;
	size_t		 n;
	int		 k, lv, mode, i;

	if ((k = extract_lang_anchor(r, x->ci, x->end, inf)) < 0)
		return;
	lv = k == x->c->head ? 0 : extract_lang_verb_class(r, x->ci);
	if (lv == LV_DENY && x->refl)
		lv = LV_REFUSE;
	if ((mode = extract_lang_governed(extract_lang_mode(r, x->ci),
	    lv)) < 0)
		return;
	for (i = 0; i < GROUP_MAX && (k = extract_lang_coinf(r, x->ci,
	    (guint)k + 1, x->end)) >= 0; i++) {
		y = *x;
		y.head = (guint)k;
		y.ptok = -1;
		w = word(r, y.head, &n);
		y.refl = (r->t->lang == TEXT_ES && n > 3 && strncmp(w + n - 3,
		    "rse", 3) == 0) || (k > 0 && in(r, (guint)k - 1,
		    extract_lcues_words(r->lc)->refl));
		if ((q = cue_of(r, &y)) == NULL)
			continue;
		if (r->trace)
			fprintf(stderr, "rel: clause %d: coordinated %.*s\n",
			    x->ci, (int)n, w);
		clause_relations(r, &y, q, y.head + 1, (enum rel_mode)mode,
		    -1);
	}
}

/* Verbs of receiving, by their beginnings. */
static const char *const receive[] = {
	"recib", "reç", "recev", "obtuv", "obten", "obtien", "erhielt",
	"erhalten", "bekam", "bekommen", NULL
};

/* The verb of clause ci receives. */
static int
receiving(struct run *r, int ci)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const char	*w;
	char		*low;
	size_t		 n;
	int		 i, found = 0;

	if (c->head < 0 || c->passive)
		return 0;
	w = word(r, (guint)c->head, &n);
	if (n == 0 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	for (i = 0; receive[i] != NULL && !found; i++)
		found = g_str_has_prefix(low, receive[i]);
	g_free(low);
	return found;
}

#define RECIP_GAP	3	/* words between a preposition and the
				 * recipient it governs */

/*
 * A past participle modifying a noun, with its agent ("des avions
 * livrés par la Russie au Mali", "armas entregadas por Irán a los
 * hutíes"): a done act of the agent on the actor the noun names
 * ("soldats maliens formés par"), else on the one a preposition of
 * the cue governs in the participle's clause ("au Mali"); none
 * without one (what the noun's owner did with it is not said).
 */
static void
participle_relations(struct run *r, const struct cl *x,
    const struct lcue *q)
{
	const struct lm *ag, *o;
	const char	*w;
	size_t		 n;
	guint		 k, j;
	int		 sg[GROUP_MAX], ns = 0, solo = -1, soloe = -1, mi, i;

	if (object(r, x, q, sg, 0, x->head + 1, &mi) != OBJ_AGENT)
		return;
	/* "coorganisée par la France et les Nations unies" */
	if (q->dir == LC_SYM) {
		if ((ns = group(r, mi, LM(r, mi)->a, x->end, sg)) >= 2)
			pairs(r, q, sg, ns, REL_DONE);
		return;
	}
	ag = LM(r, mi);
	if (x->c->subj_n > 0)
		ns = subject(r, x->ci, sg, &solo, &soloe);
	if (ns == 0 && solo < 0) {
		/* the recipient: "au Mali", "a Siria" */
		for (k = x->head + 1; k < x->end && k - x->head < WINDOW_MAX &&
		    ns == 0; k++) {
			w = word(r, k, &n);
			if (punct(r, k) || !listed(q->preps, w, n) ||
			    extract_word_in(w, n,
			    extract_lcues_words(r->lc)->agent))
				continue;
			for (j = k + 1; j < x->end && j <= k + RECIP_GAP &&
			    !punct(r, j); j++)
				if ((i = lm_from(r, j)) >= 0) {
					if (i != mi)
						sg[ns++] = i;
					break;
				}
		}
	}
	/* "L'Ukraine a reçu des chars livrés par l'Allemagne": the
	 * subject of a verb of receiving */
	if (ns == 0 && x->c->parent >= 0 && receiving(r, x->c->parent))
		ns = subject(r, x->c->parent, sg, &solo, &soloe);
	for (i = 0; i < ns || (i == 0 && ns == 0 && solo >= 0); i++) {
		if (ns > 0) {
			o = LM(r, sg[i]);
			solo = o->node;
			soloe = o->ent;
		}
		if (r->trace)
			fprintf(stderr, "rel: clause %d %s: participle\n",
			    x->ci, q->label);
		if (q->dir == LC_OS)
			extract_lang_tie(r, q, soloe, solo, ag->ent, ag->node,
			    1, REL_DONE);
		else
			extract_lang_tie(r, q, ag->ent, ag->node, soloe, solo,
			    q->dir != LC_SYM, REL_DONE);
	}
}

/* The relations of clause x. */
static void
clause_acts(struct run *r, struct cl *x)
{
	const struct lcue *q;
	const char	*w;
	size_t		 n;
	guint		 from;
	int		 mode, inf, lv = 0, pick = -1;

	verb_marks(r, x);
	from = r->t->lang == TEXT_DE ? x->c->first_token : x->head + 1;
	/* "negó haber atacado": the act is the infinitive's */
	q = NULL;
	if ((inf = extract_lang_infinitive(r, x->ci, x->end, &lv)) >= 0) {
		/* "se negó a firmar": a reflexive denial refuses */
		if (lv == LV_DENY && x->refl)
			lv = LV_REFUSE;
		x->head = (guint)inf;
		if ((q = cue_of(r, x)) == NULL) {
			x->head = (guint)x->c->head;
			lv = 0;
		} else if (r->t->lang != TEXT_DE)
			from = x->head + 1;
	} else
		lv = 0;
	if (q == NULL)
		q = cue_of(r, x);
	if (q == NULL && (q = noun_of(r, x, &from)) != NULL)
		from++;
	if (q == NULL)
		q = pronoun_cue(r, x, &pick);
	if (q != NULL && x->c->kind == TC_NONFINITE && x->c->passive &&
	    x->c->mark < 0 && !x->c->negated && x->head ==
	    (guint)x->c->head && r->t->lang != TEXT_DE) {
		/* "livrés par la Russie": a done act */
		participle_relations(r, x, q);
		q = NULL;
	} else if (q == NULL) {
		if (r->trace > 1) {
			w = word(r, (guint)x->c->head, &n);
			fprintf(stderr, "rel: clause %d: %.*s\n", x->ci,
			    (int)n, w);
		}
	} else if ((mode = extract_lang_governed(extract_lang_mode(r,
	    x->ci), lv)) < 0) {
		if (r->trace)
			fprintf(stderr, "rel: clause %d %s: %s: %.*s\n",
			    x->ci, q->label, mode == MODE_NEGATED ?
			    "negated" : "not an act", (int)MIN(x->c->tend -
			    x->c->tstart, 160), r->t->str->str +
			    x->c->tstart);
	} else
		clause_relations(r, x, q, from, (enum rel_mode)mode, pick);
	x->head = (guint)x->c->head;
	coordinated(r, x, inf);
	extract_lang_office(r, x->ci, x->end);
}

void
extract_relations_lang(struct run *r)
{
	const struct text_sentence *se = r->sent;
	struct cl	 x;
	guint		 ci;

	if (r->lc == NULL)
		return;
	sentence_mentions(r);
	/* one name may do: the other end a pronoun or a description */
	if (r->lms->len < 1)
		return;
	extract_lang_nominal(r);
	extract_lang_member(r);
	extract_lang_alliance(r);
	x.send = se->first_token + se->ntokens;
	for (ci = se->first_clause; ci < se->first_clause + se->nclauses;
	    ci++) {
		x.c = text_clause(r->t, ci);
		x.ci = (int)ci;
		x.end = MIN(x.c->first_token + x.c->ntokens, x.send);
		if (x.c->head < 0 || (guint)x.c->head >= x.end ||
		    (guint)x.c->head < x.c->first_token)
			continue;
		x.head = (guint)x.c->head;
		clause_acts(r, &x);
	}
}
