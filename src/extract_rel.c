/* SPDX-License-Identifier: MIT */
/*
 * The relations of a sentence (extract.c reads the text): for each cue,
 * its subject and object found among the sentence's mentions (or the
 * subject from the layer's clause), the act's class, CAMEO code and
 * mode; a broker's parties, the parties after "by", goods with their
 * supplier, compounds ("Iran-backed").  How the clauses state the act
 * (done, negated, possible, planned) is read by extract_rel_clause.c.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_rel_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

#define SEARCH_MAX	15	/* words searched for a subject or object */
#define DIRECT_MAX	3	/* words between a cue and a direct object */
#define POSS_NEAR	3	/* "Russia's long-awaited war": words */
#define GOODS_AFTER	4	/* words after the object searched for goods */
#define GROUP_MAX	6	/* actors in a coordination ("A, B and C") */

/* --- relations ------------------------------------------------------------ */

/* Word k is "from" or "of" after people who stand for the actor
 * after it: "foreign ministers from the United States, Britain...",
 * "officials of Kenya". */
static int
people_from(struct run *r, guint s, guint k)
{
	static const char *const people[] = {
		"ministers", "officials", "delegations", "delegates",
		"representatives", "diplomats", "envoys", "negotiators",
		"leaders", "troops", "forces", "soldiers", "officers", NULL
	};
	guint	j;

	if (k == s || (strcmp(T(r, k)->low, "from") != 0 &&
	    strcmp(T(r, k)->low, "of") != 0))
		return 0;
	for (j = 0; people[j] != NULL; j++)
		if (strcmp(T(r, k - 1)->low, people[j]) == 0)
			return 1;
	return 0;
}

/* Mention mi is a loose form: a nationality adjective or a capital
 * naming a place or a people, not the state ("Afghan soil", "a Swiss
 * bank"; extract_loose_form), which is no subject of an act (as an
 * object it stays: "attack Iranian nuclear sites"). */
static int
loose(struct run *r, int mi)
{
	const struct ment *m = M(r, mi);

	return m->weak && !(g_array_index(r->lay, struct lay, m->a).flags &
	    (TM_PRONOUN | TM_ROLE));
}

/* The actor before a relative clause or an apposition that ends at the
 * comma of word c ("Russia and China, which signed it,", "Rafael Grossi,
 * the IAEA director general,"), or -1. */
static int
clause_before(struct run *r, guint s, guint e, guint c)
{
	const struct tok *t;
	guint		 j;
	int		 mi;

	for (j = c; j > s && c - j < CHAIN_MAX + 4; j--) {
		if (!(T(r, j - 1)->f & TOK_PUNCT))
			continue;
		if (!(T(r, j - 1)->f & TOK_COMMA) || (mi = cov(r, j - 1)) < 0 ||
		    M(r, mi)->b != j)
			return -1;
		t = T(r, j);
		if (strcmp(t->low, "which") == 0 ||
		    strcmp(t->low, "who") == 0 ||
		    extract_after_name(r, s, e, j) >= 0)
			return mi;
		return -1;
	}
	return -1;
}

/*
 * The subject of the cue at word i: the actor before it in its clause,
 * not past another cue, not in a prepositional phrase unless possessive
 * ("for Russia's war"), not before the layer's token lo (the start of a
 * reported clause).  A mention index, or -1.
 */
static int	 group(struct run *, int, int, int *);

static int
subject(struct run *r, guint s, guint e, guint i, guint lo)
{
	const struct tok *t;
	const struct ment *m;
	guint		 k, first;
	int		 mi, gl[GROUP_MAX];

	for (k = i; k > s && i - k < SEARCH_MAX; k--) {
		if (W(r, s, k - 1)->tok < lo)
			break;
		t = T(r, k - 1);
		/* "Cambodia, a close partner of China": the apposition's
		 * head, when an article opens it, a few words before */
		if ((t->f & TOK_COMMA) && (mi = cov(r, k - 1)) >= 0 &&
		    M(r, mi)->b == k && M(r, mi)->ent >= 0 && i - k <= 3 &&
		    (T(r, k)->wc & WC_DET) && !(T(r, k)->f & TOK_POSS))
			return mi;
		if (t->f & TOK_COMMA)
			return clause_before(r, s, e, k - 1);
		if ((t->f & TOK_PUNCT) || cov(r, k - 1) == COV_CUE ||
		    ((t->wc & WC_SUB) && cov(r, k - 1) < 0))
			break;
		if ((mi = cov(r, k - 1)) < 0)
			continue;
		m = M(r, mi);
		/* "using Afghan soil to threaten": a place, no subject */
		if (loose(r, mi)) {
			k = m->a + 1;
			continue;
		}
		if ((T(r, m->b - 1)->f & TOK_POSS) && i - m->b < POSS_NEAR)
			return mi;
		/* "its ambassadors to Washington and Canberra": the list
		 * stands after a preposition */
		(void)group(r, mi, -1, gl);
		first = M(r, gl[0])->a;
		/* "with the European Union" too */
		if (first > s + 1 && (T(r, first - 1)->wc & WC_DET) &&
		    !(T(r, first - 1)->f & TOK_POSS) &&
		    (T(r, first - 2)->wc & WC_PREP))
			first--;
		if (first > s && (T(r, first - 1)->wc & WC_PREP) &&
		    !people_from(r, s, first - 1)) {
			k = first + 1;
			continue;
		}
		return mi;
	}
	return -1;
}

/* The word just before layer token first (a clause's first), a few
 * words before word i of the sentence from s, is a cue: an act's noun
 * ("a truce" of "a truce brokered by Brazil"). */
static int
act_noun_before(struct run *r, guint s, guint i, guint first)
{
	guint	k;

	for (k = i; k > s && i - k < 4; k--)
		if (W(r, s, k - 1)->tok + 1 == first)
			return cov(r, k - 1) == COV_CUE;
	return 0;
}

/*
 * The subject of the cue at word i read from the layer's clauses when
 * the words before the cue give none: the clause's own subject ("The
 * regional bloc, meeting in Abuja on Sunday, imposed sanctions on
 * Niger"), or for a clause without one (a participle "..., closing
 * its borders with Niger", a coordinated verb "and expelled", "to
 * sign") the subject of the clause it hangs on.  The mention that
 * opens the subject (after a determiner: "the two countries" names
 * none) or a pronoun the layer resolved; -1 if none.  Only a cue in
 * the clause's predicate (at or after its verb) takes it.
 */
static int
in_list(const char *w, const char *const *l)
{
	for (; *l != NULL; l++)
		if (strcmp(w, *l) == 0)
			return 1;
	return 0;
}

static int
clause_subject(struct run *r, guint s, guint e, int ci, guint i)
{
	static const char *const circumstance[] = {
		"under", "despite", "amid", "during", "after", "before",
		"since", "until", NULL
	};
	const struct text_clause *c;
	const struct ment *m;
	guint		 tok = W(r, s, i)->tok, k, lt;
	int		 n, mi;

	(void)e;
	if (ci < 0)
		return -1;
	c = text_clause(r->t, (guint)ci);
	if (c->verb_n == 0 || tok < c->verb_first)
		return -1;
	/* "accused the army of attacks on", "blamed Kenya for arming":
	 * the act of the object, not the subject's */
	if (tok > 0 && (text_is(r->t, tok - 1, "of") ||
	    text_is(r->t, tok - 1, "for")))
		return -1;
	/* a noun in an adjunct of circumstance ("exported crude under
	 * the European oil embargo", "despite U.S. sanctions"): not the
	 * subject's act */
	for (k = i; k > s && i - k < 4; k--) {
		if (T(r, k - 1)->f & TOK_PUNCT)
			break;
		if (in_list(T(r, k - 1)->low, circumstance) &&
		    !extract_verb(r, s, i))
			return -1;
		if (cov(r, k - 1) == COV_CUE || extract_verb(r, s, k - 1))
			break;
	}
	for (n = 0; n < CLAUSE_UP; n++) {
		/* "signed a truce brokered by Brazil": the participle's
		 * noun is an act, whose parties are the parent's subject */
		if (c->subj_n > 0 && c->kind == TC_NONFINITE && c->passive &&
		    c->parent >= 0 && act_noun_before(r, s, i, c->first_token)) {
			c = text_clause(r->t, (guint)c->parent);
			continue;
		}
		if (c->subj_n > 0)
			break;
		if (c->kind == TC_RELATIVE || c->kind == TC_REPORTED ||
		    c->parent < 0)
			return -1;
		/* "accused the army of striking", "praised Kenya for
		 * sending": the gerund is the object's act */
		if (c->kind == TC_NONFINITE && c->first_token > 0 &&
		    (text_is(r->t, c->first_token - 1, "of") ||
		    text_is(r->t, c->first_token - 1, "for")))
			return -1;
		c = text_clause(r->t, (guint)c->parent);
	}
	if (c->subj_n == 0)
		return -1;
	for (mi = 0; mi < (int)r->ments->len; mi++) {
		m = M(r, mi);
		if (m->ent < 0 || m->node < 0)
			continue;
		lt = W(r, s, m->a)->tok;
		if (lt < c->subj_first)
			continue;
		if (lt >= c->subj_first + c->subj_n)
			break;
		/* the subject's own words: its first, or after an article
		 * or a possessive ("the Kremlin", "Russia's foreign
		 * ministry") */
		for (k = c->subj_first; k < lt; k++)
			if (!text_is(r->t, k, "the"))
				return -1;
		return mi;
	}
	return -1;
}

/* Word t makes the name before it a modifier: "Russian-led",
 * "Iran-backed", "Saudi-brokered". */
static int
led_word(const struct tok *t)
{
	static const char *const led[] = {
		"led", "backed", "brokered", "sponsored", "allied",
		"aligned", "funded", "based", "born", "owned", "run",
		"controlled", "held", "made", NULL
	};
	guint	i;

	for (i = 0; led[i] != NULL; i++)
		if (strcmp(t->low, led[i]) == 0)
			return 1;
	return 0;
}

static int
listed(const struct cue *c, const char *w)
{
	guint	i;

	for (i = 0; i < c->preps->len; i++)
		if (strcmp(g_ptr_array_index(c->preps, i), w) == 0)
			return 1;
	return 0;
}

/* Word w is a past participle of a regular verb ("brokered"). */
static int
ed_form(const char *w)
{
	size_t	n = strlen(w);

	return n > 4 && strcmp(w + n - 2, "ed") == 0;
}

/*
 * Leaving a pact is an act against its other party: "withdrew on Friday
 * from the INF treaty, a landmark arms control pact with Russia".  After
 * the withdrawal cue ca, "from" and a pact's noun within a few words,
 * then "with" and an actor within a few more (one comma crossed: the
 * apposition that names the pact).  -1 if none.
 */
static int
pact_partner(struct run *r, guint e, const struct cue_at *ca)
{
	static const char *const pact[] = {
		"treaty", "treaties", "pact", "pacts", "accord", "accords",
		"agreement", "agreements", "deal", "convention", NULL
	};
	const struct tok *t;
	guint		 k, j, start = ca->i + (guint)ca->ntok;
	int		 from = 0, commas = 0, mi;

	for (k = start; k < e && k - start < 12; k++) {
		t = T(r, k);
		from |= strcmp(t->low, "from") == 0;
		if (from && in_list(t->low, pact))
			break;
		if (t->f & (TOK_STOP | TOK_END))
			return -1;
	}
	if (k >= e || k - start >= 12)
		return -1;
	for (j = k + 1; j + 1 < e && j - k < 10; j++) {
		t = T(r, j - 1);
		if ((t->f & (TOK_STOP | TOK_END)) || ((t->f & TOK_COMMA) &&
		    commas++ > 0))
			return -1;
		if (strcmp(T(r, j)->low, "with") != 0)
			continue;
		k = j + 1;
		if (k < e && (T(r, k)->wc & WC_DET) && !(T(r, k)->f &
		    TOK_POSS))
			k++;
		if (k < e && (mi = cov(r, k)) >= 0 && M(r, mi)->a == k &&
		    M(r, mi)->ent >= 0)
			return mi;
		return -1;
	}
	return -1;
}

/* The cue ca is the object of a cue of the same act just before it
 * ("signed the deal"), a determiner or two between: the verb's reading
 * stands for both.  ("brokered a truce" is two acts.) */
static int
cue_object(struct run *r, guint s, const struct cue_at *ca)
{
	const struct cue_at *v;
	guint	k, i;

	for (k = ca->i; k > s && ca->i - k < 3; k--) {
		/* "The accord, signed by": a comma parts them */
		if (T(r, k - 1)->f & (TOK_PUNCT | TOK_COMMA))
			return 0;
		if (cov(r, k - 1) == COV_CUE) {
			for (i = 0; i < r->cues->len; i++) {
				v = &g_array_index(r->cues, struct cue_at, i);
				if (v->i + (guint)v->ntok == k)
					return strcmp(v->cue->label,
					    ca->cue->label) == 0;
			}
			return 0;
		}
		if (!(T(r, k - 1)->wc & WC_DET) || (T(r, k - 1)->f &
		    TOK_POSS))
			return 0;
	}
	return 0;
}

/*
 * What an organisation's finding is about: the "that" clause right
 * after the cue names it as its subject ("reported that Iran had
 * enriched uranium") or as the source or agent of its act ("reported
 * that missiles fired at Ukraine came from North Korea", "found that
 * the attack was carried out by X").  An actor the clause only names
 * in passing ("fired at Ukraine") is not it.  -1 if none.
 */
static int
finding(struct run *r, guint e, guint k)
{
	const struct tok *t;
	guint		 start = k, j;
	int		 mi;

	if (k >= e || strcmp(T(r, k)->low, "that") != 0)
		return -1;
	k++;
	if (k < e && (T(r, k)->wc & WC_DET) && !(T(r, k)->f & TOK_POSS))
		k++;
	if (k < e && (mi = cov(r, k)) >= 0 && M(r, mi)->a == k &&
	    M(r, mi)->ent >= 0)
		return mi;
	for (; k < e && k - start < 2 * SEARCH_MAX; k++) {
		t = T(r, k);
		if (t->f & (TOK_STOP | TOK_END))
			break;
		if (strcmp(t->low, "from") != 0 && strcmp(t->low, "by") != 0)
			continue;
		j = k + 1;
		if (j < e && (T(r, j)->wc & WC_DET) &&
		    !(T(r, j)->f & TOK_POSS))
			j++;
		if (j < e && (mi = cov(r, j)) >= 0 && M(r, mi)->a == j &&
		    M(r, mi)->ent >= 0)
			return mi;
	}
	return -1;
}

/*
 * The object of cue ca in the sentence ..e, as its lexicon line says;
 * *how is set to 'b' if "by" introduces it after a passive ("was
 * accused by"), 'w' if "between", 'y' if "by" after a symmetric cue
 * ("an agreement signed by A and B": the parties), 'i' if "in".  A mention index, or
 * -1.
 */
static int
object(struct run *r, guint s, guint e, const struct cue_at *ca, int *how)
{
	const struct cue *c = ca->cue;
	const struct tok *t;
	const struct ment *m;
	guint		 start = ca->i + (guint)ca->ntok, k;
	int		 mi, commas = 0, anyprep = 0, prep_ok = 0, ok, cued = 0;
	int		 in = 0;
	int		 any;
	int		 passive, by = 0, between = 0;

	*how = 0;
	if (c->obj & OBJ_FINDING)
		return finding(r, e, start);
	passive = ca->i > s && (T(r, ca->i - 1)->wc & WC_AUX) &&
	    c->dir != CUE_SYM && !listed(c, "by");
	/* a participle after its noun, its agent after "by": "a deal
	 * brokered by China", "sanctions imposed by the EU" */
	if (!passive && c->dir != CUE_SYM && !listed(c, "by") && start < e &&
	    strcmp(T(r, start)->low, "by") == 0 && ed_form(T(r,
	    start - 1)->low))
		passive = 1;
	*how = 0;
	/* "any" actor after a verb, even past a comma ("supplied, via
	 * Belarus, Russia"); after a noun, not past one ("the provision of
	 * shells is crucial for Russia's war", but not "grain exports,
	 * the first accord since Moscow's invasion") */
	any = !(c->obj & OBJ_ANY) ? 0 : extract_verb(r, s, ca->i) ? 1 : 2;
	for (k = start; k < e && k - start < SEARCH_MAX; k++) {
		t = T(r, k - 1);
		if (t->f & (TOK_STOP | TOK_END))
			break;
		if ((t->f & TOK_COMMA) && (any != 1 || commas++ > 0))
			break;
		/* not into the next main clause: "skipped X's exercises
		 * and has hosted drills with Y" */
		if (W(r, s, k)->clause >= 0 && W(r, s, k)->clause !=
		    W(r, s, ca->i)->clause && text_clause(r->t, (guint)W(r, s,
		    k)->clause)->kind == TC_MAIN && text_clause(r->t,
		    (guint)W(r, s, k)->clause)->first_token == W(r, s, k)->tok)
			break;
		t = T(r, k);
		if ((t->wc & WC_SUB) && cov(r, k) < 0)
			break;
		if ((mi = cov(r, k)) < 0) {
			/* "denied arming X": X is the other cue's */
			if (mi == COV_CUE)
				cued = 1;
			if (t->wc & WC_PREP) {
				anyprep = 1;
				by = strcmp(t->low, "by") == 0;
				between = strcmp(t->low, "between") == 0;
				in = strcmp(t->low, "in") == 0;
				prep_ok |= listed(c, t->low);
			}
			continue;
		}
		m = M(r, mi);
		/* "withdrew its troops": the possessive is not the
		 * object, its noun is; nor "Russian" in "the Russian-led
		 * alliance" */
		if ((m->weak && (T(r, m->a)->wc & WC_DET)) || (m->b < e &&
		    (T(r, m->b)->f & TOK_JOINED) && led_word(T(r, m->b)))) {
			k = m->b - 1;
			continue;
		}
		ok = any || prep_ok || ((c->obj & OBJ_DIRECT) &&
		    !anyprep && !cued && k - start <= DIRECT_MAX &&
		    (!(T(r, m->b - 1)->f & TOK_POSS) ||
		    c->pol == POL_HOSTILE));
		if (passive && by)
			ok = 1;
		/* "an agreement signed by A, B and C": the parties */
		if (c->dir == CUE_SYM && by && !prep_ok && !cued)
			ok = 1;
		/* a hostile act's possessive object is its target ("blocked
		 * Sweden's bid", "shelled Ukraine's ports"); a friendly
		 * one's is not ("visited Russia's ally") */
		/* "..., Ukraine says": a speaker, not an object */
		if (commas > 0 && m->b < e && (T(r, m->b)->wc & WC_SPEECH))
			ok = 0;
		if (ok) {
			*how = passive && by ? 'b' : between ? 'w' :
			    c->dir == CUE_SYM && by && !cued ? 'y' :
			    in ? 'i' : 0;
			return mi;
		}
		k = m->b - 1;
	}
	return -1;
}

/* Words [k, b) are a person's title and the mention of its state
 * ("Armenian Prime Minister" before "Nikol Pashinyan"). */
static int
titled(struct run *r, guint k, guint b)
{
	int	mi;

	if (k >= b || b - k > CHAIN_MAX)
		return 0;
	for (; k < b; k++) {
		if ((mi = cov(r, k)) >= 0) {
			k = M(r, mi)->b - 1;
			continue;
		}
		if (!(T(r, k)->wc & (WC_TITLE | WC_TMOD)) ||
		    (T(r, k)->f & TOK_PUNCT))
			return 0;
	}
	return 1;
}

/* How mentions ai and bi (bi after ai) are coordinated: 2 by "and"
 * ("A and B", "A and the B") or a hyphen ("Russia-North Korea"), 1 by a
 * comma, 3 by ", and" (a list's last, or two clauses), 0 not.  A person
 * may stand after their title ("A, Armenian Prime Minister B and
 * Russian President C"). */
static int
joint(struct run *r, int ai, int bi)
{
	const struct ment *a = M(r, ai), *b = M(r, bi);
	unsigned	 f = T(r, a->b - 1)->f;
	guint		 k = a->b, ba = b->a;

	if (a->ent < 0 || b->ent < 0 || (f & (TOK_POSS | TOK_STOP | TOK_END)))
		return 0;
	/* the title before a person, with the mention of its state */
	if (E(r, b->ent)->kind == GAZ_PERSON && ba > k) {
		while (ba > k && (T(r, ba - 1)->wc & (WC_TITLE | WC_TMOD)))
			ba--;
		if (ba > k && cov(r, ba - 1) >= 0 &&
		    M(r, cov(r, ba - 1))->b == ba)
			ba = M(r, cov(r, ba - 1))->a;
		if (ba == b->a || !titled(r, ba, b->a))
			ba = b->a;
	}
	if (ba == a->b)
		return (f & TOK_COMMA) ? 1 : (T(r, k)->f & TOK_JOINED) ? 2 : 0;
	if (!(T(r, k)->wc & WC_AND) || (T(r, k)->f & TOK_PUNCT))
		return 0;
	k++;
	if (k < ba && strcmp(T(r, k)->low, "the") == 0 &&
	    !(T(r, k)->f & TOK_PUNCT))
		k++;
	if (k != ba)
		return 0;
	return (f & TOK_COMMA) ? 3 : 2;
}

/*
 * The actors coordinated with mention mi ("A, B and C"): walking back
 * from the last (dir -1) or on from the first (dir 1).  Writes their
 * mention indexes in text order to out; returns their number (1: mi
 * alone).  A comma joins only in a list closed by "and".
 */
/* Mention mi names the state of the title of the person named by
 * mention mi + 1 ("Armenian" in "Armenian Prime Minister Nikol
 * Pashinyan"). */
static int
title_state(struct run *r, int mi)
{
	const struct ment *m, *p;

	if (mi < 0 || mi + 1 >= (int)r->ments->len)
		return 0;
	m = M(r, mi);
	p = M(r, mi + 1);
	return m->ent >= 0 && p->ent >= 0 && E(r, p->ent)->kind ==
	    GAZ_PERSON && p->node == m->ent && titled(r, m->b, p->a);
}

static int
group(struct run *r, int mi, int dir, int *out)
{
	int	 walk[GROUP_MAX], n = 1, cur = mi, ni, k, lk, closed = 0;

	/* a title's state stands for its person */
	if (dir > 0 && title_state(r, mi))
		mi++;
	walk[0] = cur = mi;
	while (n < GROUP_MAX) {
		ni = cur + dir;
		/* over the mention of a title's state to its person */
		if (dir > 0 && title_state(r, ni))
			ni++;
		else if (dir < 0 && title_state(r, ni))
			ni--;
		if (ni < 0 || ni >= (int)r->ments->len)
			break;
		lk = dir > 0 ? joint(r, cur, ni) : joint(r, ni, cur);
		/* ", and" closes a list "A, B, and C", else joins clauses */
		if (lk == 3)
			lk = (dir > 0 ? n > 1 && joint(r, cur - 1, cur) == 1 :
			    ni > 0 && joint(r, ni - 1, ni) == 1) ? 2 : 0;
		if (lk == 0 || (dir < 0 && lk == 1 && closed == 0))
			break;
		walk[n++] = cur = ni;
		if (lk == 2)
			closed = n;
	}
	if (dir > 0)
		n = closed > 0 ? closed : 1;
	for (k = 0; k < n; k++)
		out[k] = walk[dir > 0 ? k : n - 1 - k];
	return n;
}

/* The label of a supply cue: the goods between subject and object, or
 * just after the object. */
static const char *
goods(struct run *r, guint e, const struct cue_at *ca, int L, int R)
{
	const struct tok *toks = (const struct tok *)r->toks->data;
	const char	*g;
	guint		 k, a, b;

	a = L >= 0 ? M(r, L)->b : ca->i;
	b = R >= 0 ? M(r, R)->a : MIN(e, ca->i + (guint)ca->ntok +
	    GOODS_AFTER);
	for (k = MIN(a, ca->i); k < b; k++)
		if (cov(r, k) < 0 && (g = lex_goods(r->lex, toks, e, k)))
			return g;
	if (R < 0)
		return NULL;
	for (k = M(r, R)->b; k < e && k < M(r, R)->b + GOODS_AFTER; k++) {
		if (cov(r, k) < 0 && (g = lex_goods(r->lex, toks, e, k)))
			return g;
		if (toks[k].f & TOK_PUNCT)
			break;
	}
	return NULL;
}

/* Mentions x and y are a person (by name, pronoun or role) and the
 * state or organisation a title of theirs names ("Donald Tusk, the
 * president of the European Council"): their relation is the title's,
 * not a cue's. */
static int
led(struct run *r, int x, int y)
{
	int	a = M(r, x)->ent, b = M(r, y)->ent;

	return (a >= 0 && E(r, a)->lead >= 0 &&
	    E(r, a)->lead == M(r, y)->node) || (b >= 0 && E(r, b)->lead >= 0 &&
	    E(r, b)->lead == M(r, x)->node);
}

/* The cue ca is a noun after "no" or "without", an adjective at most
 * between ("no agreement", "no direct threat"). */
static int
negated_noun(struct run *r, guint s, const struct cue_at *ca)
{
	guint	k = ca->i + (guint)ca->ntok;

	/* "signed nothing with Russia": the object negates the act */
	if (k < r->toks->len && (strcmp(T(r, k)->low, "nothing") == 0 ||
	    strcmp(T(r, k)->low, "none") == 0))
		return 1;

	for (k = ca->i; k > s && ca->i - k < 2; k--) {
		if (strcmp(T(r, k - 1)->low, "no") == 0 ||
		    strcmp(T(r, k - 1)->low, "without") == 0)
			return 1;
		if (T(r, k - 1)->f & TOK_PUNCT)
			break;
	}
	return 0;
}

/* A possessive stands just before the cue ca, an adjective at most
 * between: "Russia's war", "its long war". */
static int
owned(struct run *r, guint s, const struct cue_at *ca)
{
	guint	k;

	for (k = ca->i; k > s && ca->i - k < 3; k--) {
		if ((T(r, k - 1)->f & TOK_POSS) || strcmp(T(r, k - 1)->low,
		    "its") == 0 || strcmp(T(r, k - 1)->low, "their") == 0)
			return 1;
		if (T(r, k - 1)->f & TOK_PUNCT)
			break;
	}
	return 0;
}

/* For an act of taking (CAMEO 192) that names whom from ("annex",
 * "capture", not "invade": "invaded Ukraine from Belarus"), the
 * mention after "from" that follows its object m, or -1. */
static int
taken_from(struct run *r, guint e, const struct cue *act,
    const struct ment *m)
{
	guint	k = m->b;
	int	mi;

	if (act == NULL || act->cameo == NULL || strcmp(act->cameo,
	    "192") != 0 || !listed(act, "from") || k + 1 >= e ||
	    (T(r, k - 1)->f & TOK_PUNCT) ||
	    strcmp(T(r, k)->low, "from") != 0)
		return -1;
	k++;
	if (k + 1 < e && strcmp(T(r, k)->low, "the") == 0)
		k++;
	if ((mi = cov(r, k)) < 0 || M(r, mi)->a != k || M(r, mi)->ent < 0)
		return -1;
	return mi;
}

/* A base or troops follow mention m ("a Russian military base",
 * "American troops"). */
static int
base_after(struct run *r, guint e, const struct ment *m)
{
	static const char *const base[] = {
		"base", "bases", "troops", "forces", "soldiers", "garrison",
		NULL
	};
	guint	k, j;

	for (k = m->b; k < e && k < m->b + 3; k++) {
		for (j = 0; base[j] != NULL; j++)
			if (strcmp(T(r, k)->low, base[j]) == 0)
				return 1;
		if (T(r, k)->f & TOK_PUNCT)
			break;
	}
	return 0;
}

/* The cue ca is an offer the subject accepts from the object:
 * "accepted an invitation to meet Kim", "accepted Russia's offer of
 * aid". */
static int
accepted(struct run *r, guint s, const struct cue_at *ca)
{
	guint	k;

	for (k = ca->i; k > s && ca->i - k < 4; k--) {
		if (strncmp(T(r, k - 1)->low, "accept", 6) == 0)
			return 1;
		if (T(r, k - 1)->f & TOK_PUNCT)
			break;
	}
	return 0;
}

/* The cue ca names what an accusation alleges: after "of" or "for"
 * and an accusing verb a few words before ("accused Doha of financing
 * terrorism", "blamed Kenya for the attack"). */
static int
alleged(struct run *r, guint s, const struct cue_at *ca)
{
	static const char *const accuse[] = {
		"accus", "blam", "alleg", "suspect", "charg", "convict", NULL
	};
	guint	 k, j;
	size_t	 m;

	if (ca->i == s || (strcmp(T(r, ca->i - 1)->low, "of") != 0 &&
	    strcmp(T(r, ca->i - 1)->low, "for") != 0))
		return 0;
	for (k = ca->i - 1; k > s && ca->i - k < 8; k--)
		for (j = 0; accuse[j] != NULL; j++)
			if (strncmp(T(r, k - 1)->low, accuse[j], m =
			    strlen(accuse[j])) == 0)
				return 1;
	return 0;
}

/* The object m of the cue ca is what it leaves: right after the cue
 * or its preposition ("left Kabul", "withdrew from Afghanistan"), not
 * a party named further on ("withdrew from the treaty with Russia"). */
static int
left_place(struct run *r, const struct cue_at *ca, const struct ment *m)
{
	guint	k = ca->i + (guint)ca->ntok;

	if (m->a == k)
		return 1;
	/* "its troops from", "from the" */
	for (; k < m->a; k++)
		if (T(r, k)->wc & WC_PREP)
			break;
	if (k == m->a || !listed(ca->cue, T(r, k)->low))
		return 0;
	for (k++; k < m->a; k++)
		if (!(T(r, k)->wc & WC_DET))
			return 0;
	return 1;
}

/* The cue ca is one word naming who acts: "supplier", "backer",
 * "sponsor", "buyer". */
static int
agent_noun(struct run *r, const struct cue_at *ca)
{
	const char	*w = T(r, ca->i)->low;
	size_t		 n = strlen(w);

	if (ca->ntok != 1 || n < 4)
		return 0;
	if (strcmp(w, "ally") == 0 || strcmp(w, "allies") == 0)
		return 1;
	if (n < 5)
		return 0;
	if (w[n - 1] == 's')
		n--;
	return (w[n - 2] == 'e' || w[n - 2] == 'o') && w[n - 1] == 'r';
}

/* The mention that ends just before the comma ahead of mention mi:
 * the head of an apposition ("Turkey, Azerbaijan's closest ally"), or
 * -1. */
static int
apposed(struct run *r, guint s, int mi)
{
	guint	a = M(r, mi)->a;
	int	hi;

	/* the comma is a mark on the word before it */
	if (a < s + 1 || !(T(r, a - 1)->f & TOK_COMMA) ||
	    (hi = cov(r, a - 1)) < 0 || M(r, hi)->b != a ||
	    M(r, hi)->ent < 0)
		return -1;
	return hi;
}

/*
 * Compounds of a name and a participle ("Iran-backed rebels", "the
 * Russian-led alliance", "Saudi-allied forces") before another actor:
 * the first backs, leads or allies with the second.
 */
static void
compounds(struct run *r, guint s, guint e)
{
	static const struct {
		const char	*word, *cue;
	} how[] = {
		{ "backed", "support" }, { "sponsored", "support" },
		{ "funded", "funding" }, { "armed", "munitions" },
		{ "allied", "alliance" }, { "aligned", "alliance" },
		{ "led", NULL }, { "run", NULL }, { "controlled", NULL },
	};
	const struct cue *act;
	const struct ment *m;
	guint		 k, i;
	int		 mi, o;

	for (mi = 0; mi < (int)r->ments->len; mi++) {
		m = M(r, mi);
		if (m->ent < 0 || m->weak || m->b + 1 >= e ||
		    !(T(r, m->b)->f & TOK_JOINED))
			continue;
		for (i = 0; i < G_N_ELEMENTS(how); i++)
			if (strcmp(T(r, m->b)->low, how[i].word) == 0)
				break;
		if (i == G_N_ELEMENTS(how))
			continue;
		/* the actor it qualifies, within three words */
		for (k = m->b + 1, o = -1; k < e && k < m->b + 4; k++) {
			if (T(r, k)->f & TOK_PUNCT)
				break;
			if ((o = cov(r, k)) >= 0)
				break;
		}
		if (o < 0 || M(r, o)->ent < 0)
			continue;
		act = how[i].cue != NULL ? lex_label_cue(r->lex, how[i].cue) :
		    NULL;
		if (how[i].cue != NULL && act == NULL)
			continue;
		extract_add_act(r, m->node, M(r, o)->node, act != NULL ?
		    act->label : "leadership", act != NULL ? act->pol :
		    POL_NEUTRAL, act == NULL || act->dir != CUE_SYM, act,
		    REL_DONE);
	}
	(void)s;
}

/*
 * A participle in apposition after the actors it tells of, with its
 * agent after "by" (or, for a suspension or an expulsion, "from"):
 * "Mali and Burkina Faso, both suspended from ECOWAS, ...", "Kenya,
 * backed by Britain, ...": the agent acts on them.
 */
static void
apposed_participles(struct run *r, guint s, guint e)
{
	const struct cue_at *ca;
	const struct cue *c;
	const char	*w;
	enum rel_mode	 mode;
	guint		 k, j, n;
	int		 ag, pat, pg[GROUP_MAX], np, x, refused;

	for (k = 0; k < r->cues->len; k++) {
		ca = &g_array_index(r->cues, struct cue_at, k);
		c = ca->cue;
		w = T(r, ca->i)->low;
		n = strlen(w);
		if (ca->ntok != 1 || c->dir != CUE_SO || n < 4 ||
		    strcmp(w + n - 2, "ed") != 0 || ca->i < s + 1 ||
		    ca->i + 2 >= e)
			continue;
		/* ", both suspended", ", suspended" */
		j = ca->i;
		if (strcmp(T(r, j - 1)->low, "both") == 0 ||
		    strcmp(T(r, j - 1)->low, "all") == 0)
			j--;
		if (j < s + 1 || !(T(r, j - 1)->f & TOK_COMMA) ||
		    (pat = cov(r, j - 1)) < 0 || M(r, pat)->b != j ||
		    M(r, pat)->ent < 0)
			continue;
		if (!(strcmp(T(r, ca->i + 1)->low, "by") == 0 ||
		    (strcmp(T(r, ca->i + 1)->low, "from") == 0 &&
		    strcmp(c->cls, "coercion") == 0)))
			continue;
		j = ca->i + 2;
		if (j + 1 < e && strcmp(T(r, j)->low, "the") == 0)
			j++;
		if ((ag = cov(r, j)) < 0 || M(r, ag)->a != j ||
		    M(r, ag)->ent < 0)
			continue;
		if ((mode = extract_act_mode(r, W(r, s, ca->i)->clause,
		    W(r, s, ca->i)->tok, &refused)) == REL_DENIED)
			continue;
		np = group(r, pat, -1, pg);
		for (x = 0; x < np; x++)
			if (!led(r, ag, pg[x]))
				extract_add_act(r, M(r, ag)->node,
				    M(r, pg[x])->node, c->label, c->pol, 1, c,
				    mode);
	}
}

/*
 * Goods named with their supplier after "from" ("drones from Israel",
 * "gas from Russia"): the supplier supplies the clause's subject
 * ("Azerbaijan bought weapons, including drones from Israel").
 */
/* The goods at word k are what a leaving act takes away ("withdraw
 * its troops from Georgia"): "from" then names the place left. */
static int
place_left(struct run *r, guint s, guint k)
{
	const struct cue_at *ca;
	guint		 i;

	for (i = 0; i < r->cues->len; i++) {
		ca = &g_array_index(r->cues, struct cue_at, i);
		if (ca->i >= s && ca->i < k && k - ca->i <= 4 &&
		    (ca->cue->obj & OBJ_PLACE))
			return 1;
	}
	return 0;
}

static void
goods_from(struct run *r, guint s, guint e)
{
	const struct tok *toks = (const struct tok *)r->toks->data;
	const struct cue *act = lex_label_cue(r->lex, "supply");
	const char	*label;
	enum rel_mode	 mode;
	guint		 k, j;
	int		 from, to, ci, refused;

	if (act == NULL)
		return;
	for (k = s; k + 2 < e; k++) {
		if (cov(r, k) != COV_NONE || strcmp(toks[k + 1].low,
		    "from") != 0 || (toks[k].f & TOK_PUNCT) ||
		    (label = lex_goods(r->lex, toks, e, k)) == NULL)
			continue;
		j = k + 2;
		if (j + 1 < e && strcmp(toks[j].low, "the") == 0)
			j++;
		if ((from = cov(r, j)) < 0 || M(r, from)->a != j ||
		    place_left(r, s, k))
			continue;
		ci = W(r, s, k)->clause;
		if ((to = subject(r, s, e, k, extract_reported_from(r, ci))) < 0 &&
		    (to = clause_subject(r, s, e, ci, k)) < 0)
			continue;
		if ((mode = extract_act_mode(r, ci, W(r, s, k)->tok, &refused)) ==
		    REL_DENIED)
			continue;
		extract_add_act(r, M(r, from)->node, M(r, to)->node, label,
		    act->pol, 1, act, mode);
	}
}

void
extract_relations(struct run *r, guint s, guint e)
{
	const struct cue_at *ca;
	const struct cue *c;
	const char	*label;
	enum polarity	 pol;
	int		 L, R, how, lg[GROUP_MAX], rg[GROUP_MAX], nl, nr, x, y;
	int		*g, n, ci, sym, rupt, refused, fwd;
	const struct cue *act;
	enum rel_mode	 mode;
	enum polarity	 rpol;
	const struct cue *ract;
	const char	*rlabel;
	const char	*rcls;
	guint		 k;

	extract_clause_map(r, s, e);
	for (k = 0; k < r->cues->len; k++) {
		ca = &g_array_index(r->cues, struct cue_at, k);
		c = ca->cue;
		ci = W(r, s, ca->i)->clause;
		if (extract_adjectival(r, s, e, ca))
			continue;
		act = c;
		label = c->label;
		pol = c->pol;
		rcls = NULL;
		/* "accused Qatar of financing terrorism": alleged, the
		 * accusation is the relation */
		if (alleged(r, s, ca))
			continue;
		/* "prevent X from threatening": no threat; a tie halted
		 * is a rupture (below) */
		if (pol == POL_HOSTILE && extract_stopped(r, ci,
		    W(r, s, ca->i)->tok))
			continue;
		/* "produced no agreement", "posed no direct threat",
		 * "without sanctions" */
		if (negated_noun(r, s, ca))
			continue;
		/*
		 * A negated or denied act is not the act: no relation.  A
		 * refused tie is a rejection (CAMEO 12): "has not
		 * recognised", "refused to sign", "declined to back".
		 */
		if ((mode = extract_act_mode(r, ci, W(r, s, ca->i)->tok, &refused)) == REL_DENIED) {
			if (!refused || pol != POL_COOPERATIVE ||
			    (strcmp(c->cls, "agreement") != 0 &&
			    strcmp(c->cls, "support") != 0 &&
			    (c->cameo == NULL || strcmp(c->cameo, "054") != 0)) ||
			    (act = lex_label_cue(r->lex, "refusal")) == NULL)
				continue;
			label = act->label;
			pol = act->pol;
			mode = REL_DONE;
			rcls = c->cls;
		}
		L = subject(r, s, e, ca->i, extract_reported_from(r, ci));
		R = object(r, s, e, ca, &how);
		if (R < 0 && strcmp(c->label, "withdrawal") == 0)
			R = pact_partner(r, e, ca);
		/* "Washington is Israel's main arms supplier": an agent
		 * noun's possessor is its object, the clause's subject its
		 * subject */
		if (L >= 0 && R < 0 && agent_noun(r, ca) &&
		    (T(r, M(r, L)->b - 1)->f & TOK_POSS)) {
			R = L;
			how = 0;
			L = apposed(r, s, R);
		}
		/* "sign the deal with X": the noun is the verb's object,
		 * and the verb's reading stands for both */
		if (L < 0 && cue_object(r, s, ca))
			continue;
		/* a subject read from the clause is its first conjunct:
		 * the others follow it ("Peru and Chile signed a truce
		 * brokered by Brazil"); not for a symmetric act, where
		 * co-signers of a pact with others would be paired */
		fwd = 0;
		if (L < 0 && (L = clause_subject(r, s, e, ci, ca->i)) >= 0)
			fwd = 1;
		/* a finding is an organisation's (monitors, inspectors,
		 * an agency): a state's or a person's "report" is a claim */
		if ((c->obj & OBJ_FINDING) && (L < 0 || M(r, L)->ent < 0 ||
		    E(r, M(r, L)->ent)->kind != GAZ_ORG))
			continue;
		nl = L >= 0 ? group(r, L, fwd && c->dir != CUE_SYM ? 1 : -1,
		    lg) : 0;
		nr = R >= 0 ? group(r, R, 1, rg) : 0;
		if (act == c && (c->obj & OBJ_GOODS) && L >= 0 && R >= 0 &&
		    (label = goods(r, e, ca, L, R)) == NULL)
			label = c->label;
		sym = c->dir == CUE_SYM;
		rupt = pol != POL_HOSTILE && extract_broken(r, s, ca) &&
		    lex_label_cue(r->lex, "rupture") != NULL;
		if (rupt) {
			/* the subject breaks with the object */
			act = lex_label_cue(r->lex, "rupture");
			label = act->label;
			pol = act->pol;
			sym = 0;
		}
		/* "between A and B", "A and B deepen their ties" */
		if (sym && (how == 'w' || how == 'y' || (R < 0 && L >= 0))) {
			g = how == 'w' || how == 'y' ? rg : lg;
			n = how == 'w' || how == 'y' ? nr : nl;
			for (x = 0; x < n; x++)
				for (y = x + 1; y < n; y++)
					if (!led(r, g[x], g[y]))
						extract_add_act(r,
						    M(r, g[x])->node,
						    M(r, g[y])->node, label,
						    pol, 0, act, mode);
			continue;
		}
		if (L < 0 || R < 0)
			continue;
		/* "Russia's war in Ukraine" is with Ukraine, "helped end the
		 * war in Yemen" says where: after "in", only the war of a
		 * possessive subject */
		if (how == 'i' && sym && !owned(r, s, ca))
			continue;
		/* "annexed Crimea from Ukraine", "took Shusha from
		 * Armenia": the one it is taken from too */
		if (nr < GROUP_MAX && (y = taken_from(r, e, act,
		    M(r, rg[nr - 1]))) >= 0)
			rg[nr++] = y;
		for (x = 0; x < nl; x++)
			for (y = 0; y < nr; y++) {
				if (led(r, lg[x], rg[y]))
					continue;
				L = M(r, lg[x])->node;
				R = M(r, rg[y])->node;
				/* leaving a country is no act against it */
				rpol = pol;
				ract = act;
				rlabel = label;
				if ((c->obj & OBJ_PLACE) && act == c &&
				    E(r, R)->kind == GAZ_STATE &&
				    left_place(r, ca, M(r, rg[y])))
					rpol = POL_NEUTRAL;
				/* "hosts a Russian military base": military
				 * cooperation, no visit */
				if (act == c && c->cameo != NULL &&
				    strcmp(c->cameo, "043") == 0 &&
				    base_after(r, e, M(r, rg[y])) &&
				    (ract = lex_label_cue(r->lex,
				    "cooperation")) != NULL) {
					rlabel = ract->label;
					rpol = ract->pol;
				}
				/* "dismissed Catalan leader Carles
				 * Puigdemont": a person dismissed, no
				 * claim denied */
				if (act == c && E(r, M(r, rg[y])->ent)->kind ==
				    GAZ_PERSON && strncmp(T(r, ca->i)->low,
				    "dismiss", 7) == 0 && (ract =
				    lex_label_cue(r->lex, "dismissal")) !=
				    NULL) {
					rlabel = ract->label;
					rpol = ract->pol;
				}
				/* "sent troops into Gambia": an
				 * intervention, no supply */
				if (act == c && (c->obj & OBJ_GOODS) &&
				    strcmp(rlabel, "troops") == 0 &&
				    M(r, rg[y])->a > 0 && strcmp(T(r,
				    M(r, rg[y])->a - 1)->low, "into") == 0 &&
				    (ract = lex_label_cue(r->lex,
				    "intervention")) != NULL) {
					rlabel = ract->label;
					rpol = ract->pol;
				}
				/* joining a minister is meeting him */
				if ((c->obj & OBJ_ORG) && act == c &&
				    E(r, M(r, rg[y])->ent)->kind != GAZ_ORG &&
				    (ract = lex_label_cue(r->lex,
				    "meeting")) != NULL) {
					rlabel = ract->label;
					rpol = ract->pol;
				} else if (ract == NULL)
					ract = act;
				/* object->subject, or a passive, or an
				 * offer accepted: swap */
				if (c->dir != CUE_SYM && !rupt &&
				    ((c->dir == CUE_SO) != (how != 'b')) !=
				    accepted(r, s, ca))
					n = L, L = R, R = n;
				extract_add_act(r, L, R, rlabel, rpol,
				    ract == act ? !sym : ract->dir != CUE_SYM,
				    ract, mode);
				if (rcls != NULL) {
					struct refused rf = { L, R, rcls };

					g_array_append_val(r->refused, rf);
				}
			}
	}
	goods_from(r, s, e);
	compounds(r, s, e);
	apposed_participles(r, s, e);
}
