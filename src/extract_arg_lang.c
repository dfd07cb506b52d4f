/* SPDX-License-Identifier: MIT */
/*
 * The subject and the object of a Spanish, French or German clause of
 * a relation (extract_rel_lang.c): the mentions the layer's subject
 * holds, coordinated or not, or the actor of a relative's antecedent,
 * of an apposition, of a description; the first actor after a
 * preposition the cue takes, a direct object, a passive's agent, the
 * owner of a governed noun phrase.  Every search is bounded in tokens.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

#define DIRECT_MAX	4	/* words between a Spanish or French verb
				 * and its direct object */
#define CLAUSE_UP	4	/* clauses walked up from a cue's */
#define SUBJ_MAX	16	/* mentions of a subject read */

#define listed		extract_lang_listed
#define node_of		extract_lang_node
#define nested_at	extract_lang_nested
#define group		extract_lang_group
#define among		extract_lang_among

/* Tokens j and k are the same word. */
static int
same_word(struct run *r, guint j, guint k)
{
	const char	*v, *w;
	size_t		 m, n;

	v = word(r, j, &m);
	w = word(r, k, &n);
	return m == n && g_ascii_strncasecmp(v, w, n) == 0;
}

/* How mentions i and i + 1 are joined: 2 by "and" (after a comma or
 * not, an article may follow), 1 by a comma alone, 0 not. */
static int
joint(struct run *r, int i)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct lm *a = LM(r, i), *b = LM(r, i + 1);
	guint		 k = a->b;
	int		 and = 0, comma = 0;

	if (b->a <= a->b || b->a - a->b > 3)
		return 0;
	if (text_is(r->t, k, ",")) {
		comma = 1;
		k++;
	}
	if (k < b->a && in(r, k, lw->ands)) {
		and = 1;
		k++;
		/* "a Chad y a Níger", "au Tchad et au Niger": the
		 * preposition repeated */
		if (k < b->a && a->a > 0 && in(r, k, lw->preps) &&
		    same_word(r, k, a->a - 1))
			k++;
		if (k < b->a && in(r, k, lw->dets))
			k++;
	}
	if (k != b->a)
		return 0;
	return and ? 2 : comma;
}

/*
 * The mentions coordinated with mention i ("A, B y C"), within tokens
 * [lo, hi): their indexes in out, in text order; returns their number
 * (1: i alone).  A comma joins only in a list closed by "and".
 */
int
extract_lang_group(struct run *r, int i, guint lo, guint hi, int *out)
{
	int	 a = i, b = i, last = -1, k, n = 0;

	while (a > 0 && LM(r, a - 1)->a >= lo && i - a < GROUP_MAX - 1 &&
	    joint(r, a - 1) > 0)
		a--;
	while (b + 1 < (int)r->lms->len && LM(r, b + 1)->b <= hi &&
	    b - a < GROUP_MAX - 1 && joint(r, b) > 0)
		b++;
	for (k = a; k < b; k++)
		if (joint(r, k) == 2)
			last = k + 1;
	if (last < i) {
		out[0] = i;
		return 1;
	}
	for (k = a; k <= last; k++)
		out[n++] = k;
	return n;
}

/*
 * The subject of a relative clause c whose subject the layer left
 * out: the actor named just before its relative word, a comma between
 * or not ("las FARC, que firmaron", "les militaires qui ont renversé",
 * "Russland, das ... angriff"); the relative word is its subject when
 * the clause has none.  Returns 1 with the mention in out[0], or 0.
 */
static int
antecedent(struct run *r, const struct text_clause *c, int *out)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	guint		 k;
	int		 i;

	if (c->kind != TC_RELATIVE || c->mark < 0 || !in(r, (guint)c->mark,
	    lw->rel) || (k = (guint)c->mark) <= r->sent->first_token)
		return 0;
	if (text_is(r->t, k - 1, ",") && k - 1 > r->sent->first_token)
		k--;
	if ((i = lm_at(r, k - 1)) < 0 || LM(r, i)->b != k)
		return 0;
	out[0] = i;
	return 1;
}

#define APPOS_MAX	4	/* words before the name of an apposition */

/*
 * The actor an apposition after the noun phrase ending at token k
 * names, before token end ("Le nouvel homme fort du pays, le capitaine
 * Ibrahim Traoré, avait annoncé"; "a renversé le président élu, Roch
 * Marc Christian Kaboré"): a comma, up to APPOS_MAX words of a title,
 * then the name, not an adjective nor a place; its mention, or -1.
 */
static int
apposition(struct run *r, guint k, guint end)
{
	const struct lm *m;
	guint	 j;
	int	 i;

	if (k >= end || !text_is(r->t, k, ","))
		return -1;
	for (j = k + 1; j < end && j <= k + APPOS_MAX; j++) {
		if ((i = lm_from(r, j)) >= 0) {
			m = LM(r, i);
			return m->b <= end && !(m->flags & (TM_DEMONYM |
			    TM_METONYM | TM_PRONOUN)) ? i : -1;
		}
		if (punct(r, j) || lm_at(r, j) >= 0)
			return -1;
	}
	return -1;
}

/*
 * The subject of clause ci: its mentions in *out (a coordination),
 * from the clause's subject or, for a clause without one (coordinated,
 * not finite), its parent's.  The mention of the subject actor in the
 * subject's words, else the first there not after a preposition.
 * Returns their number; 0 with *solo the subject's node when the actor
 * has no mention there (a pronoun resolved by coreference).
 */
int
extract_lang_subject(struct run *r, int ci, int *out, int *solo, int *solo_ent)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c;
	const struct lm *m;
	guint		 lo, hi;
	int		 n, i, i0, first = -1, pick = -1;

	*solo = -1;
	c = text_clause(r->t, (guint)ci);
	for (n = 0; n < CLAUSE_UP && c->subject < 0 && c->subj_n == 0 &&
	    c->parent >= 0; n++)
		c = text_clause(r->t, (guint)(ci = c->parent));
	if (c->subject < 0 && c->subj_n == 0) {
		/* "viajó a Washington": a subject left out */
		if ((n = antecedent(r, c, out)) == 0)
			*solo = extract_lang_dropped(r, ci, solo_ent);
		return n;
	}
	lo = c->subj_first;
	hi = c->subj_first + c->subj_n;
	/* the first mention from lo on, and a bounded number after it */
	for (i = i0 = lm_first(r, lo); i < (int)r->lms->len && i - i0 <
	    SUBJ_MAX; i++) {
		m = LM(r, i);
		if (m->b > hi)
			break;
		if (c->subject >= 0 && m->actor == c->subject) {
			pick = i;
			break;
		}
		if (first < 0 && (m->a == 0 || !in(r, m->a - 1, lw->preps)) &&
		    !elided_de(r, m->a))
			first = i;
	}
	if (pick < 0 && c->subject >= 0) {
		*solo = node_of(r, c->subject, solo_ent);
		return 0;
	}
	if (pick < 0)
		pick = first;
	if (pick < 0 && c->subject < 0)
		pick = apposition(r, hi, c->verb_n > 0 ? c->verb_first :
		    (guint)c->head);
	/* "un tribunal de Caracas": the state of an institution */
	if (pick < 0 && c->subject < 0)
		pick = extract_lang_institution(r, lo, hi);
	/* "il", "elle", "er" the layer left unresolved */
	if (pick < 0 && c->subject < 0 && (*solo = extract_lang_dropped(r, ci,
	    solo_ent)) >= 0)
		return 0;
	/* "L'organisation ouest-africaine": the one named before */
	if (pick < 0 && c->subject < 0)
		*solo = extract_lang_described(r, ci, solo_ent);
	if (pick < 0)
		return 0;
	/* the layer's subject may be one of a coordination */
	return group(r, pick, c->first_token, c->first_token + c->ntokens,
	    out);
}

/* Mention i is one of the n of g. */
int
extract_lang_among(const int *g, int n, int i)
{
	int	k;

	for (k = 0; k < n; k++)
		if (g[k] == i)
			return 1;
	return 0;
}

/* German: mention i follows a noun it qualifies, a genitive ("die
 * Hauptstadt der Ukraine", "die Panzer Polens"). */
static int
genitive(struct run *r, const struct cl *x, guint a)
{
	static const char *const gen[] = { "der", "des", NULL };
	guint	k = a;

	if (k > x->c->first_token && in(r, k - 1, gen))
		k--;
	return k > x->c->first_token + 1 && capital(r, k - 1) &&
	    lm_at(r, k - 1) < 0 && !punct(r, k - 1) &&
	    (guint)x->c->head != k - 1;
}

/* French partitive articles, which are prepositions elsewhere. */
static const char *const partitive[] = { "des", "du", NULL };

#define NP_MAX		4	/* words of a noun phrase whose "de"
				 * names an object ("la embajada de") */

/* Word k begins one of the "|"-separated words of need. */
static int
need_at(struct run *r, guint k, const char *need)
{
	char		**l, *low;
	const char	*w;
	size_t		 n;
	int		 found = 0, i;

	w = word(r, k, &n);
	if (need == NULL || n == 0 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	l = g_strsplit(need, "|", -1);
	for (i = 0; l[i] != NULL && !found; i++)
		found = r->t->lang == TEXT_DE ? strstr(low, l[i]) != NULL :
		    g_str_has_prefix(low, l[i]);
	g_strfreev(l);
	g_free(low);
	return found;
}

/* Nouns of a part taken in an act: denying "la implicación de X"
 * clears X, it does not reject X. */
static const char *const involved[] = {
	"implicación", "participación", "responsabilidad", "implication",
	"participation", "responsabilité", "implication", "beteiligung",
	"verantwortung", "verwicklung", NULL
};

/* One of the words [a, b) is a noun of involvement. */
static int
involvement(struct run *r, guint a, guint b)
{
	const char	*w;
	char		*low;
	size_t		 n;
	guint		 k;
	int		 found = 0;

	for (k = a; k < b && k - a < WINDOW_MAX && !found; k++) {
		w = word(r, k, &n);
		if (n == 0 || n > 64 || punct(r, k))
			continue;
		low = g_utf8_strdown(w, (gssize)n);
		found = extract_word_in(low, strlen(low), involved);
		g_free(low);
	}
	return found;
}

/*
 * The object of cue q in clause x, whose subject is the mentions sg:
 * the first actor from token from on (after the verb; German: anywhere
 * in the clause, the subject's aside; after a noun cue) after a
 * preposition q takes, or without one if q takes a direct object
 * (Spanish and French: within DIRECT_MAX words of the verb; German: not
 * a genitive); of a passive, its agent.  A preposition governs up to
 * its noun: a number, or in German a capitalised word, ends it.  In
 * Spanish and French the object may be the owner of the noun phrase
 * the cue governs ("asaltó la embajada de México", "a mis en cause le
 * parti de X"): an actor after "de" within NP_MAX words of it, not a
 * place standing for a state ("el acuerdo de París") nor an adjective.
 * The noun a light verb needs ("mettre en cause") belongs to the verb.
 * Nested clauses are skipped; a comma after the verb ends the search.
 * Returns OBJ_*, the mention in *mi.
 */
int
extract_lang_object(struct run *r, const struct cl *x, const struct lcue *q,
    const int *sg, int nsg, guint from, int *mi)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c = x->c;
	const struct lm *m;
	const char	*pw = NULL, *w;
	size_t		 pn = 0, n;
	guint		 k, lo, nx, head = x->head, words = 0;
	int		 de = r->t->lang == TEXT_DE, i, ok, prep = 0;
	int		 gov = 0, npw = 0;

	lo = from;
	for (k = lo; k < x->end && k - lo < WINDOW_MAX; k++) {
		if (k == head || (int)k == x->ptok) {
			prep = gov = 0;
			continue;
		}
		if (k > c->first_token && (nx = nested_at(r, x->ci, k)) > k) {
			k = nx - 1;
			prep = gov = 0;
			continue;
		}
		if (punct(r, k)) {
			w = word(r, k, &n);
			if (n == 1 && strchr(",;:.!?", w[0]) != NULL) {
				/* "renversé le président élu, X": the
				 * person the governed noun names */
				if (k > head && gov && (i = apposition(r, k,
				    x->end)) >= 0 && !among(sg, nsg, i) &&
				    E(r, LM(r, i)->ent)->kind == GAZ_PERSON) {
					*mi = i;
					return OBJ_PLAIN;
				}
				if (k > head)
					break;
				prep = gov = 0;
			}
			continue;
		}
		if ((i = lm_from(r, k)) >= 0) {
			m = LM(r, i);
			k = m->b - 1;
			if (among(sg, nsg, i) || (m->a >= c->subj_first &&
			    m->b <= c->subj_first + c->subj_n && c->subj_n >
			    0)) {
				prep = gov = 0;
				continue;
			}
			if (elided_de(r, m->a)) {
				prep = 1;
				pw = "de";
				pn = 2;
			}
			ok = OBJ_NONE;
			if (c->passive) {
				if (prep && extract_word_in(pw, pn, lw->agent))
					ok = OBJ_AGENT;
			} else if (prep && listed(q->preps, pw, pn))
				ok = listed("entre zwischen", pw, pn) ?
				    OBJ_BETWEEN : OBJ_PLAIN;
			else if (!prep && (q->flags & LC_DIRECT) && (de ?
			    !genitive(r, x, m->a) : words <= DIRECT_MAX))
				ok = OBJ_PLAIN;
			else if (gov && prep && extract_word_in(pw, pn,
			    lw->of) && !(m->flags & (TM_METONYM |
			    TM_DEMONYM)) && (m->node != m->ent ||
			    E(r, m->ent)->kind != GAZ_PERSON) &&
			    !(strcmp(q->act, "coercion:12") == 0 &&
			    involvement(r, from, m->a)))
				/* "el partido de X" is not X, but X's
				 * state or organisation */
				ok = OBJ_PLAIN;
			words++;
			prep = gov = 0;
			if (ok != OBJ_NONE) {
				*mi = i;
				return ok;
			}
			continue;
		}
		w = word(r, k, &n);
		words++;
		if (q->need != NULL && need_at(r, k, q->need)) {
			/* "mis en cause": the verb's own noun */
			prep = gov = 0;
			words = 0;
			continue;
		}
		/* "a pris en otage des soldats": an article */
		if (!prep && (q->flags & LC_DIRECT) && words <= DIRECT_MAX &&
		    extract_word_in(w, n, partitive))
			continue;
		if (extract_word_in(w, n, lw->preps)) {
			if (de || c->passive)
				gov = 0;
			else if (listed(q->preps, w, n) &&
			    !listed("entre zwischen", w, n))
				gov = 1, npw = 0;
			else if (!gov || !extract_word_in(w, n, lw->of))
				gov = 0;
			prep = 1;
			pw = w;
			pn = n;
			continue;
		}
		if (text_tok(r->t, k)->kind == TEXT_NUMBER ||
		    (de && capital(r, k) && k != c->first_token))
			prep = 0;
		/* "envió a su canciller, X": the subject's own */
		if (in(r, k, lw->poss)) {
			gov = 0;
			continue;
		}
		if (!de && !c->passive && !gov && !prep &&
		    (q->flags & LC_DIRECT) && words <= DIRECT_MAX)
			gov = 1, npw = 0;
		else if (gov && ++npw > NP_MAX)
			gov = 0;
	}
	return OBJ_NONE;
}
