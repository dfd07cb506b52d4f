/* SPDX-License-Identifier: MIT */
/*
 * Verb groups of the clause stage (English): a shallow tagger over the
 * lexicon (text_lexicon.c), then the verb groups of a sentence with
 * their tense, modality, negation and voice, and how each stands
 * (finite, infinitive, participle, reduced relative; for an open word,
 * text_clause_open.c).  Scans are bounded, so a sentence of any length
 * costs linear time.
 */
#include <string.h>

#include "text_clause_int.h"

/* After a form of "be", before "to": scheduled ("is due to"). */
const char *const tc_sched_adj[] = {
	"due", "set", "scheduled", "expected", "going", "about", "poised",
	"slated", "likely", "supposed", NULL
};

/* After a verb, its particle: "blew up", "pulled out", "go ahead". */
static const char *const particles[] = {
	"up", "out", "down", "off", "back", "away", "ahead", NULL
};

/* Words that are adverbs inside a verb group only: "was first
 * promised", "had long been", "has since been", "do not yet exist",
 * "have both demanded". */
static const char *const group_adv[] = {
	"first", "last", "long", "since", "yet", "both", "all", NULL
};

/* --- tagging -------------------------------------------------------------- */

/* Whether word i opens its sentence or a quotation. */
static int
initial(const struct sent *s, guint i)
{
	return i == 0 || s->tg[i - 1].cls == TL_QUOTE ||
	    text_is(s->t, s->s0 + i - 1, ":") ||
	    text_is(s->t, s->s0 + i - 1, "(");
}

/* w is a single quotation mark or an apostrophe. */
static int
single(const char *w, size_t n)
{
	return (n == 1 && w[0] == '\'') || (n == 3 &&
	    (unsigned char)w[2] != 0x9C && (unsigned char)w[2] != 0x9D);
}

/*
 * The single mark i: the apostrophe of a plural's possessive ("the
 * rebels' leader": a word of the phrase) when it follows a word in -s
 * without a space, a word follows it after one, and no single
 * quotation is open (*open tracks that); else a quotation mark.
 */
static enum text_lex_class
apostrophe(const struct sent *s, guint i, int *open)
{
	const struct text_token *p, *k, *x;
	const char	*w;
	size_t		 n;

	k = text_tok(s->t, s->s0 + i);
	p = i > 0 ? text_tok(s->t, s->s0 + i - 1) : NULL;
	x = i + 1 < s->n ? text_tok(s->t, s->s0 + i + 1) : NULL;
	if (p == NULL || p->end != k->start) {
		/* opening: "'the deal'" */
		*open = x != NULL && x->start == k->end;
		return TL_QUOTE;
	}
	w = text_word(s->t, s->s0 + i - 1, &n);
	if (!*open && p->kind == TEXT_WORD && n > 1 && (w[n - 1] == 's' ||
	    w[n - 1] == 'S') && x != NULL && x->kind == TEXT_WORD &&
	    x->start > k->end)
		return TL_OPEN;
	*open = 0;
	return TL_QUOTE;
}

/* The symbol i stands before an amount without a space: a currency's
 * sign, part of its noun phrase ("repay €3.5bn of bonds"). */
static int
currency(const struct sent *s, guint i)
{
	const struct text_token *k, *x;
	const char	*w;
	size_t		 n;

	if (i + 1 >= s->n)
		return 0;
	k = text_tok(s->t, s->s0 + i);
	x = text_tok(s->t, s->s0 + i + 1);
	w = text_word(s->t, s->s0 + i + 1, &n);
	return x->start == k->end && n > 0 && g_ascii_isdigit(w[0]);
}

void
tc_tag_sentence(struct sent *s)
{
	const struct text_token *tk;
	struct tag	*g;
	const char	*w;
	unsigned	 bits;
	size_t		 n;
	guint		 i, caps = 0, words = 0;
	int		 title, sq = 0;

	for (i = 0; i < s->n; i++) {
		tk = text_tok(s->t, s->s0 + i);
		w = text_word(s->t, s->s0 + i, &n);
		if (tk->kind == TEXT_WORD) {
			words++;
			caps += g_unichar_isupper(g_utf8_get_char(w)) ? 1 : 0;
		}
	}
	/* A title-case headline: capitals say nothing of names. */
	title = s->n <= 25 && words >= 3 && caps * 10 >= words * 7;
	for (i = 0; i < s->n; i++) {
		g = &s->tg[i];
		g->v = 0;
		g->vg = -1;
		tk = text_tok(s->t, s->s0 + i);
		w = text_word(s->t, s->s0 + i, &n);
		if (tk->kind == TEXT_NUMBER) {
			g->cls = TL_NUM;
			continue;
		}
		if (tk->kind == TEXT_SYMBOL && currency(s, i)) {
			g->cls = TL_NUM;	/* "$20", "€3.5bn" */
			continue;
		}
		if (tk->kind != TEXT_WORD) {
			g->cls = text_lex_quote(w, n) ? TL_QUOTE : TL_PUNCT;
			if (g->cls == TL_QUOTE && single(w, n))
				g->cls = apostrophe(s, i, &sq);
			continue;
		}
		bits = text_lex_word(w, n, (initial(s, i) ? TLW_INITIAL : 0) |
		    (title ? TLW_TITLE : 0));
		g->cls = TL_CLS(bits);
		g->v = TL_FORMS(bits);
		/* "flare-up", "stand-off": a closed word after a hyphen
		 * ends a compound */
		if (g->cls != TL_OPEN && g->cls != TL_NAME && i > 1 &&
		    text_is(s->t, s->s0 + i - 1, "-") &&
		    text_tok(s->t, s->s0 + i - 1)->start ==
		    text_tok(s->t, s->s0 + i - 2)->end &&
		    text_tok(s->t, s->s0 + i - 1)->end == tk->start) {
			g->cls = TL_OPEN;
			g->v = 0;
		}
	}
	/* "on May 3rd", "in May": the month, not a name or a modal */
	for (i = 0; i < s->n; i++)
		if (s->tg[i].cls == TL_NAME && w_is(s, i, "may") &&
		    ((i + 1 < s->n && s->tg[i + 1].cls == TL_NUM) ||
		    (i > 0 && w_in(s, i - 1, (const char *const[]){ "on",
		    "in", "since", "until", "by", "of", "early", "late",
		    "mid", "last", "next", "from", "to", "through", "this",
		    NULL }))))
			s->tg[i].cls = TL_TIME;
	/* "That figure was", "If that threat is gone": a
	 * demonstrative before a noun, not a clause ("That he left") */
	for (i = 0; i + 1 < s->n; i++)
		if (s->tg[i].cls == TL_THAT && (initial(s, i) ||
		    ((s->tg[i - 1].cls == TL_SUB || s->tg[i - 1].cls ==
		    TL_PREP) && !w_is(s, i - 1, "so"))) &&
		    (s->tg[i + 1].cls == TL_NAME || (s->tg[i + 1].cls ==
		    TL_OPEN && !(s->tg[i + 1].v & (TLV_PAST | TLV_S |
		    TLV_ING)))))
			s->tg[i].cls = TL_DET;
	/* "and that afternoon Mr Sargsyan resigned": a demonstrative
	 * before a time, never a clause */
	for (i = 0; i + 1 < s->n; i++)
		if (s->tg[i].cls == TL_THAT && (s->tg[i + 1].cls == TL_TIME ||
		    w_in(s, i + 1, tc_time_nouns)))
			s->tg[i].cls = TL_DET;
}

/* --- verb groups ---------------------------------------------------------- */

/* Negative contraction: "didn't", "won't". */
static int
negc(const struct sent *s, guint i)
{
	char		 k[KEY_MAX];
	size_t		 n;

	if (!key(s->t, s->s0 + i, k))
		return 0;
	n = strlen(k);
	return (n > 3 && strcmp(k + n - 3, "n't") == 0) ||
	    strcmp(k, "cannot") == 0;
}

/* Token i can be a base verb (open base form, "be", "have", "do"). */
int
tc_base_at(const struct sent *s, guint i)
{
	if (i >= s->n)
		return 0;
	return ((s->tg[i].cls == TL_OPEN || s->tg[i].cls == TL_NAME) &&
	    (s->tg[i].v & TLV_BASE)) || w_is(s, i, "be") ||
	    w_is(s, i, "have") || w_is(s, i, "do");
}

/* Skip negators and group adverbs from i; negation noted in *neg. */
guint
tc_skip_adv(const struct sent *s, guint i, int *neg)
{
	guint		 lim = i + 4;

	while (i < s->n && i < lim) {
		if (s->tg[i].cls == TL_NEG)
			*neg = 1;
		else if (w_is(s, i, "no") && w_is(s, i + 1, "longer")) {
			*neg = 1;
			i++;
		} else if (s->tg[i].cls != TL_ADV)
			break;
		i++;
	}
	return i;
}

/*
 * The verb group from token i: auxiliaries and modals, negators and
 * adverbs, semi-modals across "to" ("is due to sign", "plans to
 * visit"), and the main verb.  Fills g's first, last, head, tense (of
 * its first element), modality, negation and passive.
 */
static void
group(struct sent *s, guint i, struct vg *g)
{
	enum { E_ANY, E_BASE, E_BE, E_HAVE } e = E_ANY;
	enum text_tense tense = TT_NONE;
	const struct tag *tg;
	guint		 j = i, end = MIN(s->n, i + GROUP_MAX);
	int		 first = 1, mhave = 0, semi;
	char		 k[KEY_MAX];

	memset(g, 0, sizeof(*g));
	g->first = g->last = i;
	g->head = i;
	while (j < end && key(s->t, s->s0 + j, k)) {
		tg = &s->tg[j];
		if (negc(s, j))
			g->neg = 1;
		/* "was first promised", "had long been", "was last
		 * seen": an ordinal or "long" as an adverb between an
		 * auxiliary and its verb */
		if (!first && e != E_ANY && j + 1 < end &&
		    w_in(s, j, group_adv) &&
		    ((s->tg[j + 1].cls == TL_OPEN && (s->tg[j + 1].v &
		    (e == E_BASE ? TLV_BASE : e == E_BE ? TLV_PPART |
		    TLV_ING : TLV_PPART))) || (e == E_HAVE &&
		    w_is(s, j + 1, "been")) || (e == E_BASE &&
		    w_is(s, j + 1, "be")))) {
			j++;
			continue;
		}
		if (tg->cls == TL_MODAL && first) {
			tense = TT_PRESENT;
			if (strncmp(k, "wil", 3) == 0 || strcmp(k, "won't") ==
			    0 || strncmp(k, "sha", 3) == 0 || k[1] == 'l')
				tense = TT_FUTURE;
			else if (strncmp(k, "would", 5) == 0) {
				tense = TT_FUTURE;
				g->mod = TMOD_CONDITIONAL;
			} else if (strncmp(k, "must", 4) == 0 ||
			    strncmp(k, "should", 6) == 0)
				g->mod = TMOD_OBLIGATION;
			else
				g->mod = TMOD_POSSIBLE;
			e = E_BASE;
		} else if (tg->cls == TL_BE && (first || e == E_BASE ||
		    e == E_HAVE)) {
			if (first)
				tense = k[0] == 'w' ? TT_PAST : TT_PRESENT;
			e = E_BE;
		} else if (tg->cls == TL_HAVE && e == E_HAVE && !first &&
		    strcmp(k, "had") == 0) {
			/* "has had four coups": "have" itself */
			g->head = j;
			g->last = j;
			j = tc_skip_adv(s, j + 1, &g->neg);
			continue;
		} else if (tg->cls == TL_HAVE && (first || e == E_BASE)) {
			if (first)
				tense = k[2] == 'd' ? TT_PAST : TT_PRESENT;
			else
				mhave = 1;
			e = E_HAVE;
		} else if (tg->cls == TL_DO && (first || e == E_BASE)) {
			if (first)
				tense = k[2] == 'd' ? TT_PAST : TT_PRESENT;
			e = E_BASE;
		} else if (tg->cls == TL_TO && !first && (e == E_BE ||
		    e == E_HAVE) && tc_base_at(s, j + 1)) {
			if (e == E_BE) {	/* "is to sign" */
				if (tense == TT_PRESENT)
					tense = TT_FUTURE;
				g->mod = TMOD_SCHEDULED;
			} else {		/* "has to sign" */
				g->mod = TMOD_OBLIGATION;
				mhave = 0;	/* "might have to pay" */
			}
			e = E_BASE;
			g->last = j;
			j = tc_skip_adv(s, j + 1, &g->neg);
			first = 0;
			continue;
		} else if (tg->cls == TL_OPEN || (tg->cls == TL_NAME &&
		    !first)) {
			if ((e == E_BASE && !(tg->v & TLV_BASE) &&
			    !(tg->cls == TL_OPEN && tg->v == 0)) ||
			    (e == E_BE && !(tg->v & (TLV_PPART | TLV_ING)) &&
			    !(listed(tc_sched_adj, k) &&
			    w_is(s, j + 1, "to"))) ||
			    (e == E_HAVE && !(tg->v & TLV_PPART)) ||
			    (e == E_ANY && !(tg->v & TLV_FORMS)))
				break;
			if (first)
				tense = tg->v & TLV_PAST ? TT_PAST : TT_PRESENT;
			g->pass = e == E_BE && (tg->v & TLV_PPART);
			semi = w_is(s, j + 1, "to") && tc_base_at(s, j + 2) &&
			    ((e == E_BE && listed(tc_sched_adj, k)) ||
			    (tg->v & (TLV_SCHED | TLV_WANT | TLV_OBLIG |
			    TLV_ASPECT)));
			g->head = j;
			g->last = j;
			if (!semi)
				break;
			if (tg->v & TLV_ASPECT)
				;	/* "tried to topple": it happened */
			else if (tg->v & TLV_WANT)
				g->mod = TMOD_WANT;
			else if (tg->v & TLV_OBLIG)
				g->mod = TMOD_OBLIGATION;
			else
				g->mod = TMOD_SCHEDULED;
			if (tense == TT_PRESENT && g->mod == TMOD_SCHEDULED)
				tense = TT_FUTURE;
			g->pass = 0;
			g->last = j + 1;
			e = E_BASE;
			j = tc_skip_adv(s, j + 2, &g->neg);
			first = 0;
			continue;
		} else
			break;
		g->head = j;
		g->last = j;
		first = 0;
		j = tc_skip_adv(s, j + 1, &g->neg);
	}
	/* a particle: "blew up the bridge", "pull back"; not "up to 40" */
	if (g->head == (int)g->last && s->tg[g->head].cls == TL_OPEN &&
	    w_in(s, g->last + 1, particles) && !(w_is(s, g->last + 1, "up") &&
	    w_is(s, g->last + 2, "to")) && !(w_is(s, g->last + 1, "ahead") &&
	    w_is(s, g->last + 2, "of")))
		g->last++;
	if (mhave)
		tense = g->mod == TMOD_NONE ? TT_FUTURE : TT_PAST;
	g->tense = tense;
	g->hv = s->tg[g->head].v;
}

/* Token i ends a stretch in which one finite verb is expected. */
int
tc_boundary(const struct sent *s, guint i)
{
	enum text_lex_class c = s->tg[i].cls;

	if (c == TL_PUNCT)
		return !w_is(s, i, "-") && !w_is(s, i, "'");
	return c == TL_QUOTE || c == TL_SUB || c == TL_REL || c == TL_THAT ||
	    c == TL_CC;
}

/* Token i is a possessive: "May's", "the army\u2019s". */
static int
genitive(const struct sent *s, int i)
{
	const char	*w;
	size_t		 n;

	if (i < 0 || (s->tg[i].cls != TL_OPEN && s->tg[i].cls != TL_NAME))
		return 0;
	w = text_word(s->t, s->s0 + (guint)i, &n);
	return (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'') || (n > 4 &&
	    w[n - 1] == 's' && memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0);
}

/* Token i can end a noun phrase before a verb. */
int
tc_np_end(const struct sent *s, int i)
{
	enum text_lex_class c;

	if (i < 0 || s->tg[i].vg >= 0)
		return 0;
	c = s->tg[i].cls;
	return c == TL_NAME || c == TL_NUM || c == TL_PRON || c == TL_TIME ||
	    (c == TL_OPEN && !(s->tg[i].v & (TLV_ING | TLV_BASE))) ||
	    (c == TL_OPEN && (s->tg[i].v & TLV_S)) ||
	    (c == TL_OPEN && (s->tg[i].v & (TLV_ING | TLV_BASE)) && i > 0 &&
	    (s->tg[i - 1].cls == TL_DET || s->tg[i - 1].cls == TL_POSS ||
	    genitive(s, i - 1) ||
	    (i > 1 && (s->tg[i - 1].cls == TL_OPEN ||
	    s->tg[i - 1].cls == TL_NAME) && s->tg[i - 1].vg < 0 &&
	    (s->tg[i - 2].cls == TL_DET || s->tg[i - 2].cls == TL_POSS)))) ||
	    w_is(s, (guint)i, ")") || w_is(s, (guint)i, "%");
}

/* The token before i, adverbs and negators skipped (bounded); -1 at
 * the start. */
int
tc_prev_word(const struct sent *s, guint i)
{
	int		 p = (int)i - 1, lim = (int)i - 4;

	while (p >= 0 && p > lim && (s->tg[p].cls == TL_ADV ||
	    s->tg[p].cls == TL_NEG))
		p--;
	return p;
}

/*
 * The finite group at i is a restrictive relative's, on a noun where a
 * subject stands ("The rebels who hold the port resumed talks"): the
 * stretch may still hold the main verb.  Returns 1, 2 for a relative
 * without a marker, whose object is the noun ("The deal the two men
 * signed ended the war"), 0 when not.
 */
static int
subject_relative(const struct sent *s, guint i)
{
	int		 m = tc_prev_word(s, i);
	guint		 f;

	if (tc_gap_relative(s, m))
		return 2;
	if (m <= 0 || (s->tg[m].cls != TL_REL && s->tg[m].cls != TL_THAT) ||
	    !tc_np_end(s, m - 1) || tc_np_back(s, m - 1, &f) == 0)
		return 0;
	return f == 0 || tc_boundary(s, f - 1);
}

/* The verb groups of the sentence, in text order. */
void
tc_find_groups(struct sent *s)
{
	struct vg	 g;
	const struct tag *tg;
	guint		 i, j;
	int		 seg = 0, kind, start;

	for (i = 0; i < s->n; ) {
		tg = &s->tg[i];
		kind = -1;
		start = (int)i;
		if (tc_boundary(s, i))
			seg = 0;
		else if (tg->cls == TL_MODAL || tg->cls == TL_BE ||
		    tg->cls == TL_HAVE || tg->cls == TL_DO) {
			if (!w_is(s, i, "be") && !w_is(s, i, "been") &&
			    !w_is(s, i, "being") && !w_is(s, i, "having"))
				kind = G_FINITE;
			else if (i == 0 || w_is(s, i - 1, ","))
				kind = G_PART;
		} else if (tg->cls == TL_TO && tc_base_at(s, i + 1)) {
			kind = G_INF;
			start = (int)i + 1;
		} else if (tg->cls == TL_TO && i + 1 < s->n &&
		    s->tg[i + 1].cls == TL_QUOTE && tc_base_at(s, i + 2)) {
			/* to "provide security guarantees" */
			kind = G_INF;
			start = (int)i + 2;
		} else if (tg->cls == TL_OPEN)
			kind = tc_open_kind(s, i, seg);
		if (kind < 0) {
			i++;
			continue;
		}
		group(s, (guint)start, &g);
		g.kind = kind;
		/* "never ratified", "no longer recognises" */
		for (j = g.first; kind == G_FINITE && j > 0 &&
		    j + 4 > g.first && s->tg[j - 1].vg < 0; j--) {
			if (s->tg[j - 1].cls == TL_NEG || (w_is(s, j - 1,
			    "longer") && j > 1 && w_is(s, j - 2, "no"))) {
				g.neg = 1;
				g.first = j - 1 - w_is(s, j - 1, "longer");
			} else if (s->tg[j - 1].cls != TL_ADV)
				break;
		}
		if (kind != G_FINITE) {
			g.tense = TT_NONE;
			if (kind == G_INF)
				g.mod = TMOD_NONE;
		} else
			seg = 1 + subject_relative(s, g.first);
		for (j = g.first; j <= g.last; j++)
			s->tg[j].vg = (int)s->vgs->len;
		g_array_append_val(s->vgs, g);
		i = g.last + 1;
	}
}
