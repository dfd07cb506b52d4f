/* SPDX-License-Identifier: MIT */
/*
 * Clauses of the text layer (English): after the verb groups
 * (text_clause_group.c), each verb group's clause: its marker, subject
 * (text_clause_np.c), object, kind and parent; then the clauses' spans,
 * their subjects' actors and the dump.  Every scan is bounded by WIN
 * tokens, so a sentence of any length costs linear time.
 */
#include <string.h>

#include "text_clause_int.h"

/* --- clauses -------------------------------------------------------------- */

/* The latest finite clause before group gi, or -1. */
static int
prev_finite(const struct sent *s, guint gi)
{
	guint		 k, lim = gi > WIN ? gi - WIN : 0;

	for (k = gi; k > lim; k--)
		if (g_array_index(s->vgs, struct vg, k - 1).kind == G_FINITE)
			return (int)k - 1;
	return -1;
}

static struct lc *
lc_at(const struct sent *s, int i)
{
	return &g_array_index(s->cl, struct lc, i);
}

/* Attribution after the fact: nothing but punctuation, a preposition
 * or a time follows the verb (or the inverted subject) at i. */
static int
closing(const struct sent *s, guint i)
{
	enum text_lex_class c;

	if (i >= s->n)
		return 1;
	c = s->tg[i].cls;
	return c == TL_PUNCT || c == TL_QUOTE || c == TL_PREP || c == TL_TIME ||
	    c == TL_ADV;
}

/* The "that" at b ends a "so ..." or "such ..." of its clause. */
static int
so_that(const struct sent *s, int b)
{
	int		 k;

	for (k = b - 1; k >= 0 && k > b - 8 && !tc_boundary(s, (guint)k) &&
	    s->tg[k].vg < 0; k--)
		if (w_is(s, (guint)k, "so") || w_is(s, (guint)k, "such"))
			return 1;
	return 0;
}

/*
 * The finite group gi follows a restrictive relative clause on a
 * subject, after nothing but that clause's phrases ("The firm that
 * won the contract in 2011 has lost ..."): the relative's clause, or
 * -1; the antecedent's phrase, gi's subject, in *first and *n.
 */
static int
after_relative(const struct sent *s, guint gi, guint *first, guint *n)
{
	const struct vg *g = &g_array_index(s->vgs, struct vg, gi);
	const struct vg *r;
	const struct lc *l;
	guint		 k, af, an;
	int		 m;

	if (gi == 0)
		return -1;
	l = lc_at(s, (int)gi - 1);
	r = &g_array_index(s->vgs, struct vg, gi - 1);
	m = l->c.mark;
	/* "The deal the two men signed ended the war" */
	if (l->c.kind == TC_RELATIVE && r->kind == G_FINITE && m < 0 &&
	    l->c.subj_n > 0 && l->c.subj_first > 0 &&
	    g->first <= r->last + 25 && tc_gap_relative(s,
	    (int)(l->c.subj_first + l->c.subj_n) - 1)) {
		if ((an = tc_np_back(s, (int)l->c.subj_first - 1, &af)) == 0)
			return -1;
	} else if (l->c.kind == TC_RELATIVE && r->kind == G_FINITE && m > 0 &&
	    (w_is(s, (guint)m, "where") || w_is(s, (guint)m, "when")) &&
	    l->c.subj_n > 0 && l->c.subj_first == (guint)m + 1 &&
	    g->first <= r->last + 25) {
		/* "The town where rebels fought in 2019 is quiet" */
		if ((an = tc_np_back(s, m - 1, &af)) == 0)
			return -1;
	} else if (l->c.kind != TC_RELATIVE || r->kind != G_FINITE || m < 0 ||
	    (s->tg[m].cls != TL_THAT && s->tg[m].cls != TL_REL) ||
	    l->c.subj_n == 0 || l->c.subj_first + l->c.subj_n != (guint)m ||
	    g->first > r->last + 25 || (an = tc_np_back(s, m - 1, &af)) == 0)
		return -1;
	/* the antecedent's phrase stands where a subject does */
	if (af > 0 && !(tc_boundary(s, af - 1) || (s->tg[af - 1].vg >= 0 &&
	    (g_array_index(s->vgs, struct vg, s->tg[af - 1].vg).hv &
	    TLV_SPEECH))))
		return -1;
	for (k = r->last + 1; k < g->first; k++) {
		if (tc_np_word(s, (int)k) || s->tg[k].cls == TL_DET ||
		    s->tg[k].cls == TL_POSS || s->tg[k].cls == TL_PREP ||
		    s->tg[k].cls == TL_TIME || s->tg[k].cls == TL_ADV)
			continue;
		/* "since 1990", "after roughly five hours": a date or a
		 * measure of time, no clause */
		if (s->tg[k].cls == TL_SUB && k + 1 < g->first &&
		    (s->tg[k + 1].cls == TL_NUM || s->tg[k + 1].cls ==
		    TL_TIME || (k + 2 < g->first && (s->tg[k + 1].cls ==
		    TL_ADV || w_is(s, k + 1, "about")) &&
		    s->tg[k + 2].cls != TL_DET && s->tg[k + 2].cls != TL_PRON &&
		    s->tg[k + 2].cls != TL_NAME)))
			continue;
		return -1;
	}
	*first = af;
	*n = an;
	return (int)gi - 1;
}

/* The noun phrase ending at b is the person a verb like "tell"
 * addresses ("told reporters", "told us"): that verb's group, or -1. */
static int
dative(const struct sent *s, int b)
{
	guint		 f;
	int		 v;

	if (b <= 0 || s->tg[b].vg >= 0)
		return -1;
	if (s->tg[b].cls == TL_OBJP)
		f = (guint)b;
	else if (!tc_np_end(s, b) || tc_np_back(s, b, &f) == 0 || f == 0 ||
	    b - (int)f > 4)
		return -1;
	if (f == 0 || (v = s->tg[f - 1].vg) < 0 ||
	    !(vg_at(s, v)->hv & TLV_DATIVE) || vg_at(s, v)->last != f - 1)
		return -1;
	return v;
}

/* A class that marks the start of a clause. */
static int
marker(enum text_lex_class c)
{
	return c == TL_CC || c == TL_SUB || c == TL_REL || c == TL_THAT;
}

/* The noun phrase ending at b is a preposition's that opens the
 * sentence or a stretch: "Under the new declaration the two states
 * agreed" (no relative on "declaration"). */
static int
fronted(const struct sent *s, int b)
{
	guint		 f;

	if (tc_np_back(s, b, &f) == 0 || f == 0 || s->tg[f - 1].cls !=
	    TL_PREP)
		return 0;
	return f == 1 || marker(s->tg[f - 2].cls) ||
	    s->tg[f - 2].cls == TL_QUOTE;
}


/*
 * The subject of the finite group gi stands before an aside that ends
 * at its verb and starts after token from ("normal ties with Israel,
 * which was founded in 1948, must wait"): the clauses of the aside
 * that hang on nothing inside it hang on gi's.
 */
static void
adopt(struct sent *s, guint gi, guint from)
{
	struct lc	*l;
	guint		 k;
	int		 p;

	for (k = gi; k > 0 && k + 8 > gi; k--) {
		if (g_array_index(s->vgs, struct vg, k - 1).first <= from)
			break;
		l = lc_at(s, (int)k - 1);
		p = l->c.parent;
		if (p < 0 || g_array_index(s->vgs, struct vg, p).first <= from)
			l->c.parent = (int)gi;
	}
}

/* The comma before the subordinator at b and the measure of time
 * before it (", a day after", ", hours after"), or -1. */
static int
comma_before(const struct sent *s, int b)
{
	int		 k;

	for (k = b - 1; k > 0 && k > b - 5 && (s->tg[k].cls == TL_NUM ||
	    w_in(s, (guint)k, tc_time_nouns) || w_in(s, (guint)k,
	    (const char *const[]){ "a", "an", "hours", "minutes", "shortly",
	    "soon", "just", "one", "two", "three", "few", NULL })); k--)
		;
	return k > 0 && w_is(s, (guint)k, ",") ? k : -1;
}

/*
 * The subordinator at b follows a comma that closes an aside of
 * relatives ("approved the Act, which would punish banks that do
 * business with officials who curb its freedoms, a day after the
 * House passed it"): the clause it hangs on is the one the aside is
 * about, above the relatives; pc the clause before it.
 */
static int
after_aside(const struct sent *s, int b, int pc)
{
	int		 up, k;

	/* not "signed on October 15th 2012, a year after": that
	 * clause's own date is the measure's */
	if ((k = comma_before(s, b)) < 0 || tc_time_back(s, k - 1) >= 0)
		return pc;
	for (up = 0; up < 6 && lc_at(s, pc)->c.kind == TC_RELATIVE &&
	    lc_at(s, pc)->c.parent >= 0; up++)
		pc = lc_at(s, pc)->c.parent;
	return pc;
}

/* Kind, marker, subject and parent of the finite group gi's clause. */
static void
finite(struct sent *s, guint gi, struct lc *l)
{
	const struct vg *g = &g_array_index(s->vgs, struct vg, gi);
	struct text_clause *c = &l->c;
	int		 p, b, a, t0, q, pc = (int)gi - 1;
	int		 pf = prev_finite(s, gi);
	guint		 n, f, k;
	size_t		 dn;
	enum text_lex_class bc;

	p = tc_prev_word(s, g->first);
	/* "the talks first brought" */
	if (p > 0 && w_is(s, (guint)p, "first") && tc_np_end(s, p - 1))
		p--;
	/* "The men held since 2019 were freed": a date after "since"
	 * or "until" is no subject */
	for (k = (guint)MAX(p, 0); p > 0 && k + 3 > (guint)p && k > 0 &&
	    (s->tg[k].cls == TL_NUM || s->tg[k].cls == TL_TIME); k--)
		;
	if (p > 0 && k < (guint)p && s->tg[k].cls == TL_SUB && k > 0 &&
	    !w_is(s, k, "as") && !w_is(s, k, "if"))
		p = (int)k - 1;
	/* "crossed into Russia and by June 24th had taken" */
	if ((t0 = tc_time_back(s, p)) > 0 && s->tg[t0 - 1].cls == TL_CC)
		p = t0 - 1;
	if (p >= 0 && s->tg[p].cls == TL_CC) {
		/* "said the court had rejected it, and vowed to": a
		 * simple past after a reported clause in another form
		 * is the reporting verb's kin */
		if (pf >= 0 && p > 0 && w_is(s, (guint)p - 1, ",") &&
		    lc_at(s, pf)->c.kind == TC_REPORTED &&
		    lc_at(s, pf)->c.parent >= 0 &&
		    s->tg[g->first].cls == TL_OPEN && (g->hv & TLV_PAST) &&
		    s->tg[vg_at(s, pf)->first].cls != TL_OPEN &&
		    (vg_at(s, lc_at(s, pf)->c.parent)->hv & TLV_PAST) &&
		    s->tg[vg_at(s, lc_at(s, pf)->c.parent)->first].cls ==
		    TL_OPEN) {
			/* "told X he hoped Y would, and said": on up
			 * the simple pasts that report */
			pf = lc_at(s, pf)->c.parent;
			for (k = 0; k < 3 && lc_at(s, pf)->c.kind ==
			    TC_REPORTED && lc_at(s, pf)->c.parent >= 0 &&
			    s->tg[vg_at(s, lc_at(s, pf)->c.parent)->first].cls
			    == TL_OPEN && (vg_at(s, lc_at(s,
			    pf)->c.parent)->hv & TLV_PAST); k++)
				pf = lc_at(s, pf)->c.parent;
		}
		/* "met Y and signed": the first clause's subject */
		c->kind = pf >= 0 ? lc_at(s, pf)->c.kind : TC_MAIN;
		c->parent = pf;
		c->mark = p;
		l->coord = 1;
		if (pf >= 0 && (int)g->first == g->head && c->tense ==
		    TT_PRESENT && (g->hv & TLV_BASE)) {
			/* "will meet and sign" */
			c->tense = lc_at(s, pf)->c.tense;
			c->modality = lc_at(s, pf)->c.modality;
		}
		return;
	}
	/* "West African leaders on Thursday ordered": the subject
	 * before the time */
	t0 = tc_time_back(s, p);
	/* not "a flare-up in April 2016 offered": a time in "in"
	 * after a noun is the noun's */
	if (t0 <= 0 || w_is(s, (guint)t0, "in") ||
	    w_is(s, (guint)t0, "during") || !tc_np_end(s, t0 - 1) ||
	    (n = tc_np_back(s, t0 - 1, &f)) == 0)
		n = tc_np_back(s, p, &f);
	else if (w_in(s, (guint)t0 - 1, tc_sched_adj))
		n = (guint)p + 1 - f;	/* "elections due on May 9th" */
	b = n > 0 ? (int)f - 1 : p;
	if ((a = after_relative(s, gi, &f, &n)) >= 0) {
		b = (int)f - 1;
		lc_at(s, a)->c.parent = (int)gi;
	}
	/* "told reporters Russia would": the person, then the
	 * subject */
	if (n > 1 && f > 0 && s->tg[f - 1].vg >= 0 &&
	    (vg_at(s, s->tg[f - 1].vg)->hv & TLV_DATIVE) &&
	    vg_at(s, s->tg[f - 1].vg)->last == f - 1)
		for (k = f + 1; k < f + n && k < f + 5; k++)
			if ((s->tg[k - 1].cls == TL_OPEN ||
			    s->tg[k - 1].cls == TL_OBJP) &&
			    (s->tg[k].cls == TL_NAME ||
			    s->tg[k].cls == TL_DET)) {
				n -= k - f;
				f = k;
				b = (int)f - 1;
				break;
			}
	if (n > 0) {
		c->subj_first = f;
		c->subj_n = n;
		if (p >= 0 && w_is(s, (guint)p, ",") && f + n < (guint)p)
			adopt(s, gi, f + n);
		/* "said on Thursday it was", "and in July Johnson
		 * replaced her": what stands before the time */
		if ((t0 = tc_time_back(s, b)) > 0 && (s->tg[t0 - 1].vg >= 0 ||
		    marker(s->tg[t0 - 1].cls) || w_is(s, (guint)t0 - 1, ","))) {
			b = t0 - 1;
			/* "Until this week Washington had": a time */
			if (w_in(s, (guint)b, (const char *const[]){ "until",
			    "till", "since", "before", "after", NULL }))
				b--;
		} else if (t0 == 0)
			b = -1;		/* "Last week it took" */
	}
	bc = b >= 0 ? s->tg[b].cls : TL_PUNCT;
	/* "where rebels linked to X have killed": not the participle
	 * inside its own subject */
	while (pc >= 0 && c->subj_n > 0 && vg_at(s, pc)->first >=
	    c->subj_first && vg_at(s, pc)->first < g->first &&
	    vg_at(s, pc)->kind != G_FINITE)
		pc--;
	if (n == 0 && (g->hv & TLV_SPEECH) && (b < 0 || bc == TL_QUOTE ||
	    w_is(s, (guint)b, ","))) {
		/* '"...," said Mr Kim.' */
		c->kind = TC_MAIN;
		n = tc_np_fwd(s, g->last + 1, s->n, &f);
		if (n > 0) {
			c->subj_first = f;
			c->subj_n = n;
		}
		l->attrib = b >= 0 && closing(s, n > 0 ? f + n : g->last + 1);
		return;
	}
	switch (bc) {
	case TL_SUB:
		c->mark = b;
		c->kind = TC_SUBORD;
		if ((w_is(s, (guint)b, "when") || w_is(s, (guint)b, "where")) &&
		    w_in(s, (guint)b - 1, tc_time_nouns)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				tc_antecedent(s, b, c);
		}
		if ((w_is(s, (guint)b, "if") || w_is(s, (guint)b, "unless")) &&
		    c->modality == TMOD_NONE)
			c->modality = TMOD_CONDITIONAL;
		c->parent = pc >= 0 ? after_aside(s, b, pc) : P_NEXT;
		return;
	case TL_REL:
		c->mark = b;
		c->kind = TC_RELATIVE;
		if (n == 0)
			tc_antecedent(s, b, c);
		c->parent = pc >= 0 ? pc : P_NEXT;
		return;
	case TL_THAT:
		c->mark = b;
		a = b - 1;
		if (a >= 0 && w_is(s, (guint)a, ","))
			a--;
		if (n > 0 && so_that(s, b)) {
			/* "so strong that the bridges fell" */
			c->kind = TC_SUBORD;
			c->parent = pc >= 0 ? pc : P_NEXT;
		} else if (a >= 0 && s->tg[a].vg >= 0) {
			c->kind = TC_REPORTED;
			c->parent = s->tg[a].vg;
		} else if ((t0 = tc_time_back(s, a)) > 0 &&
		    s->tg[t0 - 1].vg >= 0) {
			/* "said on Thursday morning that" */
			c->kind = TC_REPORTED;
			c->parent = s->tg[t0 - 1].vg;
		} else if (tc_np_end(s, a) && tc_np_back(s, a, &f) > 0 &&
		    f > 1 &&
		    s->tg[f - 1].cls == TL_PREP && s->tg[f - 2].vg >= 0 &&
		    (g_array_index(s->vgs, struct vg, s->tg[f - 2].vg).hv &
		    TLV_SPEECH)) {
			/* "said in a statement that" */
			c->kind = TC_REPORTED;
			c->parent = s->tg[f - 2].vg;
		} else if (tc_np_end(s, a) && (k = tc_np_back(s, a, &f)) > 0 &&
		    f > 0 && s->tg[f - 1].vg >= 0 && (g_array_index(s->vgs,
		    struct vg, s->tg[f - 1].vg).hv & (k == 1 || (k == 2 &&
		    w_in(s, f, tc_time_adj)) ? TLV_SPEECH : TLV_DATIVE))) {
			/* "told reporters that", "said afterwards that",
			 * "said this month that"; not "said the firm
			 * that won ..." */
			c->kind = TC_REPORTED;
			c->parent = s->tg[f - 1].vg;
		} else if (tc_np_end(s, a)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				tc_antecedent(s, b, c);
			c->parent = pc >= 0 ? pc : P_NEXT;
		} else {
			c->kind = TC_REPORTED;
			c->parent = pc >= 0 ? pc : P_NEXT;
		}
		return;
	case TL_CC:
		c->mark = b;
		if (n > 0 && b > 0 && w_is(s, (guint)b - 1, ",")) {
			/* "..., but earlier this month it opened": a
			 * clause of its own, not the last one's kin */
			c->kind = TC_MAIN;
			c->parent = -1;
			return;
		}
		c->kind = pf >= 0 ? lc_at(s, pf)->c.kind : TC_MAIN;
		c->parent = pf >= 0 ? lc_at(s, pf)->c.parent : -1;
		return;
	default:
		break;
	}
	c->kind = TC_MAIN;
	c->parent = -1;
	for (a = b, q = 0; a >= 0 && a > b - 3 && (s->tg[a].cls == TL_QUOTE ||
	    w_is(s, (guint)a, ",") || w_is(s, (guint)a, ":")); a--)
		q |= !w_is(s, (guint)a, ",");
	/* 'said: "We', 'said, "We'; not "charges he denies, it is" */
	if (a >= 0 && s->tg[a].vg >= 0 && (g_array_index(s->vgs, struct vg,
	    s->tg[a].vg).hv & TLV_SPEECH) && (a == b || q) && (a == b ||
	    a == (int)g_array_index(s->vgs, struct vg, s->tg[a].vg).last)) {
		/* "said Russia would", 'said: "We will' */
		c->kind = TC_REPORTED;
		c->parent = s->tg[a].vg;
	} else if (n > 0 && (a = dative(s, b)) >= 0) {
		/* "told reporters he would", "told us she hoped" */
		c->kind = TC_REPORTED;
		c->parent = a;
	} else if (n > 0 && bc == TL_OPEN && b > 0 && s->tg[b].vg < 0 &&
	    s->tg[b - 1].vg >= 0 && s->tg[b - 1].cls == TL_BE &&
	    !(s->tg[b].v & TLV_FORMS) && !w_in(s, (guint)b,
	    (const char *const[]){ "why", "how", "what", NULL })) {
		/* "he was confident the alliance would": what the
		 * adjective is about */
		c->kind = TC_REPORTED;
		c->parent = s->tg[b - 1].vg;
	} else if (n > 0 && bc == TL_OPEN && b >= 0 && s->tg[b].vg < 0 &&
	    !g_ascii_isdigit(*text_word(s->t, s->s0 + (guint)b, &dn)) &&
	    (s->tg[f].cls == TL_DET ||
	    s->tg[f].cls == TL_PRON) && !fronted(s, b) &&
	    !w_in(s, (guint)b, tc_time_nouns)) {
		/* "the deal the two men signed"; not "That evening she
		 * left": a time before its clause */
		c->kind = TC_RELATIVE;
		c->parent = pc >= 0 ? pc : P_NEXT;
	} else if ((g->hv & TLV_SPEECH) && b >= 0 && (bc == TL_QUOTE ||
	    w_is(s, (guint)b, ",")) && closing(s, g->last + 1))
		l->attrib = 1;
}

/* The clause of each group: kind, marker, subject, parent. */
static void
build(struct sent *s)
{
	const struct vg *g;
	struct lc	 l;
	guint		 gi;
	int		 p;

	for (gi = 0; gi < s->vgs->len; gi++) {
		g = &g_array_index(s->vgs, struct vg, gi);
		memset(&l, 0, sizeof(l));
		l.c.parent = -1;
		l.c.mark = -1;
		l.c.subject = -1;
		l.c.verb_first = g->first;
		l.c.verb_n = g->last - g->first + 1;
		l.c.head = g->head;
		l.c.tense = g->tense;
		l.c.modality = g->mod;
		l.c.negated = g->neg;
		l.c.passive = g->pass;
		l.c.kind = TC_NONFINITE;
		p = tc_prev_word(s, g->first);
		switch (g->kind) {
		case G_FINITE:
			finite(s, gi, &l);
			break;
		case G_INF:
			l.c.mark = (int)g->first - 1;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			tc_controlled(s, gi, &l.c);
			break;
		case G_PART:
			if (p >= 0 && (s->tg[p].cls == TL_SUB ||
			    s->tg[p].cls == TL_PREP))
				l.c.mark = p;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			tc_apposed(s, g, &l.c, l.c.parent >= 0 ?
			    &lc_at(s, l.c.parent)->c : NULL);
			break;
		case G_REDUCED:
			p = prev_finite(s, gi);
			l.c.parent = p >= 0 ? p : P_NEXT;
			tc_reduced_subject(s, g, &l.c);
			break;
		}
		g_array_append_val(s->cl, l);
	}
}

/* The clause i is conditioned by an "if" or "unless" clause of the
 * sentence that hangs on it or comes after the verb reporting it (at
 * token from). */
static int
conditioned(const struct sent *s, guint i, guint from)
{
	const struct lc *m;
	guint		 k;

	for (k = 0; k < s->cl->len && k < WIN; k++) {
		m = lc_at(s, (int)k);
		if (m->c.kind == TC_SUBORD && m->c.mark >= 0 &&
		    (w_is(s, (guint)m->c.mark, "if") ||
		    w_is(s, (guint)m->c.mark, "unless")) &&
		    (m->c.parent == (int)i || m->c.verb_first > from))
			return 1;
	}
	return 0;
}

/* Direct speech: the reporting verb at h comes after the verb at v,
 * or a quotation mark or a colon stands between them ('said: "We
 * would"'), where the tense is the speaker's own. */
static int
quoted(const struct sent *s, guint h, guint v)
{
	guint		 k;

	if (h > v || v - h > WIN)
		return 1;
	for (k = h; k < v; k++)
		if (s->tg[k].cls == TL_QUOTE || w_is(s, k, ":"))
			return 1;
	return 0;
}

/*
 * "would" in a clause reported by a past verb of speech or decision
 * ("A statement said the rivals would reopen their embassies", "Mr
 * Biden announced that the troops would be gone") is the future seen
 * from the past, a thing then scheduled, not a condition, unless an
 * "if" or "unless" clause conditions it or the words are quoted.
 * Reported clauses that report in turn ("said he was confident the
 * alliance would") are gone through, a few at most.
 */
static void
past_future(struct sent *s, guint i)
{
	struct lc	*l = lc_at(s, (int)i);
	const struct lc *p;
	const struct lc *q = l;
	int		 k, up;

	/* not "would have fallen": what did not happen */
	if (l->c.modality != TMOD_CONDITIONAL || l->c.kind != TC_REPORTED ||
	    !w_is(s, l->c.verb_first, "would") ||
	    s->tg[l->c.verb_first + 1].cls == TL_HAVE)
		return;
	for (up = 0, k = l->c.parent; k >= 0 && up < 4; up++) {
		p = lc_at(s, k);
		if (p->c.head >= 0 && (s->tg[p->c.head].v & TLV_SPEECH) &&
		    p->c.tense == TT_PAST && p->c.modality == TMOD_NONE &&
		    !p->c.negated) {
			if (!conditioned(s, i, (guint)p->c.head) &&
			    !quoted(s, (guint)p->c.head, l->c.verb_first)) {
				l->c.modality = TMOD_SCHEDULED;
				l->c.tense = TT_FUTURE;
			}
			return;
		}
		/* "said the rivals would reopen ... and would respect" */
		if (q->c.kind != TC_REPORTED && !q->coord &&
		    p->c.kind != TC_REPORTED)
			return;
		q = p;
		k = p->c.parent;
	}
}

/* Parents to come, attributions, starts and objects. */
static void
settle(struct sent *s)
{
	struct lc	*l, *m;
	guint		 i, k, lim, f, limit;

	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		if (!l->attrib)
			continue;
		/* '"We will not back down," the minister said.' */
		lim = i > WIN ? i - WIN : 0;
		for (k = i; k > lim; k--) {
			m = lc_at(s, k - 1);
			if (m->c.kind == TC_MAIN && m->c.parent < 0 &&
			    !m->coord) {
				m->c.kind = TC_REPORTED;
				m->c.parent = (int)i;
			}
		}
	}
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		if (l->c.parent != P_NEXT)
			continue;
		l->c.parent = -1;
		for (k = i + 1; k < s->cl->len && k < i + WIN; k++) {
			m = lc_at(s, k);
			if (m->c.kind == TC_MAIN && m->c.parent < 0) {
				l->c.parent = (int)k;
				break;
			}
		}
		if (l->c.parent < 0 && i > 0)
			l->c.parent = (int)i - 1;
	}
	for (i = 0; i < s->cl->len; i++)
		past_future(s, i);
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		l->c.first_token = l->c.verb_first;
		if (l->c.mark >= 0)
			l->c.first_token = (guint)l->c.mark;
		else if (l->c.subj_n > 0 && l->c.subj_first <
		    l->c.first_token && l->c.kind != TC_NONFINITE)
			l->c.first_token = l->c.subj_first;
	}
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		/* the first later clause that starts after the verb:
		 * "said the firm that won ... had paid" */
		limit = s->n;
		for (k = i + 1; k < s->cl->len && k < i + 8; k++) {
			m = lc_at(s, k);
			if (m->c.first_token > (guint)l->c.head)
				limit = MIN(limit, m->c.first_token);
			else if (m->c.verb_first > (guint)l->c.head)
				limit = MIN(limit, m->c.verb_first);
		}
		f = l->c.verb_first + l->c.verb_n;
		/* the inverted subject is no object */
		if (l->c.subj_n > 0 && l->c.subj_first >= f)
			f = l->c.subj_first + l->c.subj_n;
		l->c.obj_n = tc_np_fwd(s, f, limit, &l->c.obj_first);
		l->end0 = MAX(f, l->c.obj_first + l->c.obj_n);
	}
}

/* Clause d lies inside clause c (by parents, coordination apart). */
static int
inside(const struct sent *s, int d, int c)
{
	int		 k;

	if (lc_at(s, d)->coord && lc_at(s, d)->c.parent == c)
		return 0;
	for (k = 0; k < 12 && d >= 0; k++) {
		d = lc_at(s, d)->c.parent;
		if (d == c)
			return 1;
	}
	return 0;
}

static gint
by_start(gconstpointer a, gconstpointer b, gpointer arg)
{
	const struct sent *s = arg;
	int		 x = *(const int *)a, y = *(const int *)b;
	guint		 sx = lc_at(s, x)->c.first_token;
	guint		 sy = lc_at(s, y)->c.first_token;

	if (sx != sy)
		return sx < sy ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Each clause's last token, in text order ord (k clauses). */
static void
ends(struct sent *s, const int *ord, guint k)
{
	struct lc	*l, *p, *a;
	guint		 q, r, end, j, pe;

	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		if (q == 0)
			l->c.first_token = 0;
		end = s->n;
		for (r = q + 1; r < k && r < q + WIN; r++)
			if (!inside(s, ord[r], ord[q])) {
				end = lc_at(s, ord[r])->c.first_token;
				break;
			}
		/* "banks that lend to rebels, a day after": the
		 * measure of time is the subordinate clause's */
		if (r < k && r < q + WIN && lc_at(s, ord[r])->c.kind ==
		    TC_SUBORD && lc_at(s, ord[r])->c.mark >= 0 &&
		    (j = (guint)comma_before(s, lc_at(s, ord[r])->c.mark)) <
		    end && j > l->c.first_token)
			end = j + 1;
		end = MAX(end, l->end0);
		/* "launched what it called a cleanup in 2016": a name
		 * given in passing ends with the name */
		if (tc_naming(s, &l->c) && l->end0 > l->c.first_token)
			end = l->end0;
		p = l->c.parent >= 0 ? lc_at(s, l->c.parent) : NULL;
		if (p != NULL && !l->coord && (guint)p->c.head >
		    l->c.first_token && p->c.first_token <= l->c.first_token) {
			/* "Mr Kim, who is 34, shook hands" */
			end = MIN(end, p->c.verb_first);
			for (j = l->end0; j < end && j < l->end0 + WIN; j++)
				if (w_is(s, j, ",")) {
					end = j;
					break;
				}
		}
		/* "since X called an election and lost her majority,
		 * said": an ancestor's verb after it ends it too */
		for (a = p != NULL && p->c.parent >= 0 ?
		    lc_at(s, p->c.parent) : NULL, j = 0; a != NULL && j < 4;
		    j++) {
			if ((guint)a->c.head > l->c.first_token &&
			    a->c.first_token <= l->c.first_token) {
				end = MIN(end, a->c.verb_first);
				break;
			}
			a = a->c.parent >= 0 ? lc_at(s, a->c.parent) : NULL;
		}
		end = tc_state_end(s, &l->c, end);
		/* inside its parent when the parent holds its start */
		if (p != NULL && !l->coord && p->c.ntokens > 0) {
			pe = p->c.first_token + p->c.ntokens;
			if (p->c.first_token <= l->c.first_token &&
			    pe > l->c.first_token)
				end = MIN(end, pe);
		}
		l->c.ntokens = end > l->c.first_token ? end -
		    l->c.first_token : 1;
	}
}

/* The actor of the subject tokens [f, f + n) (absolute), or -1: its
 * first mention that is not a possessive or after "of", else its
 * first mention. */
static int
actor_of(const struct text *t, guint f, guint n)
{
	const struct text_mention *m;
	guint		 lo = 0, hi = t->mentions->len, mid, k;
	int		 any = -1;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (text_mention(t, mid)->first_token < f)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < t->mentions->len && k < lo + WIN; k++) {
		m = text_mention(t, k);
		if (m->first_token >= f + n)
			break;
		if (m->actor < 0)
			continue;
		if (any < 0)
			any = m->actor;
		if (!(m->flags & TM_POSS) && !(m->first_token > f &&
		    text_is(t, m->first_token - 1, "of")))
			return m->actor;
	}
	return any;
}

/* Append the sentence's clauses to t->clauses, in text order. */
static void
emit(struct sent *s, struct text_sentence *se)
{
	struct text_clause c;
	const struct text_token *a, *z;
	int		*ord, *rank;
	guint		 k = s->cl->len, q, base = s->t->clauses->len, d;
	struct lc	*l;

	ord = g_new(int, k);
	rank = g_new(int, k);
	for (q = 0; q < k; q++)
		ord[q] = (int)q;
	g_qsort_with_data(ord, (gint)k, sizeof(int), by_start, s);
	for (q = 0; q < k; q++)
		rank[ord[q]] = (int)q;
	ends(s, ord, k);
	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		if (l->c.subj_n == 0)
			continue;
		/* "The treaty signed by Russia": not Russia */
		for (d = l->c.subj_first; d < l->c.subj_first + l->c.subj_n &&
		    s->tg[d].vg < 0; d++)
			;
		if (d > l->c.subj_first)
			l->c.subject = actor_of(s->t, s->s0 + l->c.subj_first,
			    d - l->c.subj_first);
	}
	/* a shared subject: the parent's actor (bounded chain) */
	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		for (d = 0; l->c.subj_n == 0 && l->c.parent >= 0 && d < 8; d++)
			l = lc_at(s, l->c.parent);
		lc_at(s, ord[q])->c.subject = l->c.subject;
	}
	for (q = 0; q < k; q++) {
		c = lc_at(s, ord[q])->c;
		/* spans stay inside the sentence, whatever went wrong */
		if (c.subj_first >= s->n || c.subj_n > s->n - c.subj_first)
			c.subj_n = 0;
		if (c.obj_first >= s->n || c.obj_n > s->n - c.obj_first)
			c.obj_n = 0;
		/* an object is the clause's own: cut at its end */
		if (c.obj_n > 0 && c.obj_first + c.obj_n > c.first_token +
		    c.ntokens)
			c.obj_n = c.obj_first >= c.first_token + c.ntokens ?
			    0 : c.first_token + c.ntokens - c.obj_first;
		if (c.subj_n == 0)
			c.subj_first = 0;
		if (c.obj_n == 0)
			c.obj_first = 0;
		c.sentence = (guint)(se - &g_array_index(s->t->sentences,
		    struct text_sentence, 0));
		c.parent = c.parent >= 0 ? (int)base + rank[c.parent] : -1;
		c.first_token += s->s0;
		c.verb_first += s->s0;
		if (c.head >= 0)
			c.head += (int)s->s0;
		if (c.mark >= 0)
			c.mark += (int)s->s0;
		c.subj_first += s->s0;
		c.obj_first += s->s0;
		a = text_tok(s->t, c.first_token);
		z = text_tok(s->t, c.first_token + c.ntokens - 1);
		c.start = a->start;
		c.tstart = a->tstart;
		c.end = z->end;
		c.tend = z->tend;
		g_array_append_val(s->t->clauses, c);
	}
	g_free(ord);
	g_free(rank);
}

/* A sentence without a verb: one clause over it, no tense. */
static void
fragment(struct sent *s)
{
	struct lc	 l;

	memset(&l, 0, sizeof(l));
	l.c.parent = -1;
	l.c.mark = -1;
	l.c.subject = -1;
	l.c.head = -1;
	l.c.kind = TC_MAIN;
	l.c.tense = TT_NONE;
	l.end0 = s->n;
	g_array_append_val(s->cl, l);
}

void
text_clauses(struct text *t, const struct doc *doc)
{
	struct text_sentence *se;
	struct sent	 s;
	guint		 i, cap = 0;

	(void)doc;
	if (t->lang == TEXT_ES || t->lang == TEXT_FR || t->lang == TEXT_DE) {
		text_clauses_lang(t);
		return;
	}
	memset(&s, 0, sizeof(s));
	s.t = t;
	s.vgs = g_array_new(FALSE, FALSE, sizeof(struct vg));
	s.cl = g_array_new(FALSE, FALSE, sizeof(struct lc));
	for (i = 0; i < t->sentences->len; i++) {
		se = &g_array_index(t->sentences, struct text_sentence, i);
		se->first_clause = t->clauses->len;
		se->nclauses = 0;
		if (se->ntokens == 0)
			continue;
		if (se->ntokens > cap) {
			cap = se->ntokens;
			g_free(s.tg);
			s.tg = g_new(struct tag, cap);
		}
		s.s0 = se->first_token;
		s.n = se->ntokens;
		g_array_set_size(s.vgs, 0);
		g_array_set_size(s.cl, 0);
		tc_tag_sentence(&s);
		tc_find_groups(&s);
		build(&s);
		if (s.cl->len == 0)
			fragment(&s);
		else
			settle(&s);
		emit(&s, se);
		se->nclauses = t->clauses->len - se->first_clause;
	}
	g_free(s.tg);
	g_array_free(s.vgs, TRUE);
	g_array_free(s.cl, TRUE);
}
