/* SPDX-License-Identifier: MIT */
/*
 * How an open word of the clause stage (English) starts a verb group:
 * by its forms and its neighbours, a finite verb, a participle, a
 * reduced relative or none ("the rebels want", "the treaty signed in
 * 1987 banned", "Western sanctions").  Called by the group finder
 * (text_clause_group.c) in text order; scans are bounded.
 */
#include <string.h>

#include "text_clause_int.h"

/* The participle i stands between a determiner (and a number) and a
 * noun: "the 476 elected seats", "its revised plan". */
static int
adjectival(const struct sent *s, guint i)
{
	int		 p = (int)i - 1;

	if (i + 1 >= s->n || s->tg[i + 1].cls != TL_OPEN ||
	    (s->tg[i + 1].v & (TLV_PAST | TLV_ING)) || p < 0)
		return 0;
	/* "a draft saying developed countries shall" */
	if (s->tg[p].cls == TL_OPEN && (s->tg[p].v & TLV_ING) &&
	    s->tg[p].vg < 0 && tc_plural(s, (int)i + 1))
		return 1;
	/* "the 476 elected seats", "the first developed economy" */
	if (p > 0 && (s->tg[p].cls == TL_NUM || w_in(s, (guint)p,
	    (const char *const[]){ "first", "second", "third", "only",
	    "newly", "recently", "most", "least", NULL })))
		p--;
	return s->tg[p].cls == TL_DET || s->tg[p].cls == TL_POSS;
}

/*
 * An -ed form after a noun modifies it ("the treaty signed in 1987
 * banned ...") when no object follows it and a finite verb does, in
 * the same stretch.
 */
static int
reduced(const struct sent *s, guint i)
{
	guint		 j, end = MIN(s->n, i + 25);
	enum text_lex_class c;
	int		 comma = 0, commas = 0;

	if (i + 1 >= s->n)
		return 0;
	c = s->tg[i + 1].cls;
	/* "MPs opposed to a no-deal exit", not "agreed to leave" */
	if (c == TL_TO && !tc_base_at(s, i + 2))
		c = TL_PREP;
	if (c != TL_PREP && c != TL_NUM && c != TL_ADV && c != TL_TIME)
		return 0;
	/* "Officials said 150 people had died": a verb of speech
	 * before a number reports it */
	if (c == TL_NUM && (s->tg[i].v & TLV_SPEECH))
		return 0;
	for (j = i + 2; j < end; j++) {
		c = s->tg[j].cls;
		comma |= w_is(s, j, ",");
		commas += w_is(s, j, ",");
		/* "issued by X and carried by Y said", "brokered by X
		 * and the World Bank produced"; not after a comma */
		if (c == TL_CC && !comma && j + 1 < end && ((s->tg[j + 1].cls ==
		    TL_OPEN && (s->tg[j + 1].v & TLV_PPART) &&
		    w_is(s, j + 2, "by")) || s->tg[j + 1].cls == TL_DET ||
		    s->tg[j + 1].cls == TL_NAME || s->tg[j + 1].cls == TL_POSS))
			continue;
		/* "objected to a draft saying X must": what follows is
		 * what was said */
		if (c == TL_OPEN && (s->tg[j].v & TLV_ING) &&
		    (s->tg[j].v & TLV_SPEECH))
			return 0;
		/* "held by the rebels since 2019": a date, no clause */
		if (c == TL_SUB && j + 1 < end && (s->tg[j + 1].cls ==
		    TL_NUM || s->tg[j + 1].cls == TL_TIME))
			continue;
		if (c == TL_SUB || c == TL_REL || c == TL_THAT || c == TL_CC ||
		    c == TL_QUOTE || w_is(s, j, ";") || w_is(s, j, ":"))
			return 0;
		if ((c == TL_BE || c == TL_HAVE || c == TL_MODAL ||
		    c == TL_DO) &&
		    !w_is(s, j, "been") && !w_is(s, j, "being") &&
		    !w_is(s, j, "be") && !w_is(s, j, "having"))
			return 1;
		/* "A UN team allowed into the region, the first such
		 * mission, reported": the verb after an aside */
		if (c == TL_OPEN && (s->tg[j].v & TLV_PAST) && j > i + 3 &&
		    w_is(s, j - 1, ",") && commas >= 2 &&
		    tc_np_end(s, (int)j - 2))
			return 1;
		if (c == TL_OPEN && (s->tg[j].v & (TLV_PAST | TLV_S)) &&
		    tc_np_end(s, tc_prev_word(s, j)) && !adjectival(s, j) &&
		    !(!(s->tg[j].v & TLV_PAST) && s->tg[j - 1].cls == TL_NUM))
			return 1;
	}
	return 0;
}

/* Token i looks like a plural noun: "rebels", "talks". */
int
tc_plural(const struct sent *s, int i)
{
	size_t		 n;
	const char	*w;

	if (i < 0 || (s->tg[i].cls != TL_OPEN && s->tg[i].cls != TL_NAME))
		return 0;
	w = text_word(s->t, s->s0 + (guint)i, &n);
	/* not "army's", "army\u2019s" */
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != '\'' && (unsigned char)w[n - 2] != 0x99 &&
	    w[n - 2] != 'u' && w[n - 2] != 'i';
}

/* Token i is a finite verb or auxiliary ("will", "has", "signed"). */
static int
finite_at(const struct sent *s, guint i)
{
	enum text_lex_class c;

	if (i >= s->n)
		return 0;
	c = s->tg[i].cls;
	if (c == TL_MODAL || c == TL_DO)
		return 1;
	if (c == TL_BE || c == TL_HAVE)
		return !w_is(s, i, "be") && !w_is(s, i, "been") &&
		    !w_is(s, i, "being") && !w_is(s, i, "having");
	return c == TL_OPEN && (s->tg[i].v & (TLV_PAST | TLV_S)) &&
	    !(s->tg[i].v & TLV_GUESS && !(s->tg[i].v & TLV_PAST));
}

/* The name i has the ending of an adjective of a people or a place:
 * "Ukrainian", "Chinese", "British", "Western". */
static int
demonym(const struct sent *s, guint i)
{
	static const char *const ends[] = {
		"ian", "ean", "ese", "ish", "ern", NULL
	};
	char		 k[KEY_MAX];
	size_t		 n, e;
	guint		 q;

	if (!key(s->t, s->s0 + i, k) || (n = strlen(k)) < 4)
		return 0;
	for (q = 0; ends[q] != NULL; q++) {
		e = strlen(ends[q]);
		if (n > e + 2 && strcmp(k + n - e, ends[q]) == 0)
			return 1;
	}
	return 0;
}

/*
 * The -s word i (p: the word before it) reads as a plural noun, not a
 * verb: after a modifier, its phrase follows a preposition or a verb
 * ("from harsh sanctions", "to provide trade guarantees"); an aside
 * follows it ("states, which ..."); or a finite verb follows it, after
 * an adverb or a prepositional phrase ("limits on exports will last",
 * "talks first stalled").
 */
static int
plural_noun(const struct sent *s, guint i, int p)
{
	int		 k, lim;
	guint		 j, end;

	if (w_is(s, i + 1, ",") && i + 2 < s->n && s->tg[i + 2].cls == TL_REL)
		return 1;
	/* "about 150 heads of state": counted */
	if (p >= 0 && p + 1 == (int)i && s->tg[p].cls == TL_NUM)
		return 1;
	/* "Western sanctions", "Ukrainian forces": after an adjective
	 * of a people or a place */
	if (p >= 0 && p + 1 == (int)i && s->tg[p].cls == TL_NAME &&
	    demonym(s, (guint)p))
		return 1;
	/* "suggests that" */
	if ((s->tg[i].v & TLV_SPEECH) && i + 1 < s->n &&
	    s->tg[i + 1].cls == TL_THAT)
		return 0;
	if (p >= 0 && s->tg[p].cls == TL_OPEN && s->tg[p].vg < 0) {
		for (k = p, lim = p - 6; k >= 0 && k > lim &&
		    s->tg[k].vg < 0 && (s->tg[k].cls == TL_OPEN ||
		    s->tg[k].cls == TL_NAME || s->tg[k].cls == TL_NUM); k--)
			;
		/* "of its own bombs", not "quarter of a century" */
		if (k > 0 && k > lim && (s->tg[k].cls == TL_DET ||
		    s->tg[k].cls == TL_POSS) && s->tg[k - 1].cls == TL_PREP &&
		    (s->tg[k].cls == TL_POSS || w_is(s, (guint)k, "its") ||
		    !w_is(s, (guint)k - 1, "of")))
			k--;
		if (k >= 0 && k > lim && (s->tg[k].vg >= 0 ||
		    (s->tg[k].cls == TL_PREP && k > 0)))
			return 1;
		/* "selling its gold reserves": a verb's object */
		if (k > 0 && k > lim && (s->tg[k].cls == TL_DET ||
		    s->tg[k].cls == TL_POSS) && s->tg[k - 1].vg >= 0)
			return 1;
	}
	j = i + 1;
	if (j < s->n && (s->tg[j].cls == TL_ADV || w_is(s, j, "first")))
		return finite_at(s, j + 1);
	if (j >= s->n || s->tg[j].cls != TL_PREP)
		return 0;
	for (j++, end = MIN(s->n, j + 8); j < end && s->tg[j].vg < 0 &&
	    (s->tg[j].cls == TL_DET || s->tg[j].cls == TL_POSS ||
	    s->tg[j].cls == TL_OPEN || s->tg[j].cls == TL_NAME ||
	    s->tg[j].cls == TL_NUM || w_is(s, j, "of")); j++)
		;
	return j < end && j > i + 2 && finite_at(s, j);
}

/* The last group found, or NULL. */
static struct vg *
last_group(struct sent *s)
{
	return s->vgs->len > 0 ? &g_array_index(s->vgs, struct vg,
	    s->vgs->len - 1) : NULL;
}

/*
 * The speech verb i is followed by a time, then by what opens a
 * subject ("Zhao said on Thursday it was", "said at the weekend the
 * alliance would"): the verb is finite and reports a clause, where
 * "the measures announced on Friday include" has a participle.
 */
static int
time_then_subject(const struct sent *s, guint i)
{
	guint		 e, end = MIN(s->n, i + 9);
	enum text_lex_class c;

	for (e = i + 1; e < end; e++)
		if (tc_time_back(s, (int)e) == (int)i + 1)
			break;
	if (++e >= end)
		return 0;
	c = s->tg[e].cls;
	return c == TL_PRON || c == TL_DET || c == TL_POSS || c == TL_NAME ||
	    (c == TL_OPEN && !(s->tg[e].v & (TLV_PAST | TLV_S | TLV_BASE)));
}

/* The noun phrase ending at p opens a relative clause as its
 * subject: "which Doha", "that the army". */
static int
rel_subject(const struct sent *s, int p)
{
	guint		 f, n;

	if (p < 0 || s->tg[p].cls == TL_REL || (n = tc_np_back(s, p, &f)) ==
	    0 || n > 6 || f == 0)
		return 0;
	return (s->tg[f - 1].cls == TL_REL && !w_is(s, f - 1, "whose")) ||
	    (s->tg[f - 1].cls == TL_THAT && f > 1 && tc_np_end(s, (int)f - 2));
}

/* The noun phrase ending at p opens a clause after its marker, where
 * a finite verb must follow: "If the protests spread to". */
static int
opens_clause(const struct sent *s, int p)
{
	guint		 f;

	if (p < 0 || tc_np_back(s, p, &f) == 0 || f == 0)
		return 0;
	return s->tg[f - 1].cls == TL_SUB && !w_is(s, f - 1, "as");
}

/*
 * The noun phrase ending at p follows a comma after a main clause
 * ("she got round it by becoming state counsellor, a post invented
 * for her the following year"): an apposition, whose participle is
 * no verb of a clause of its own.  Not after a subordinate clause
 * ("When X won, the army moved"), nor after "and".
 */
static int
apposed_np(const struct sent *s, int p)
{
	const struct vg *g;
	guint		 f, a;
	int		 k, q;

	if (tc_np_back(s, p, &f) == 0 || f < 2 || !w_is(s, f - 1, ",") ||
	    (s->tg[f].cls != TL_DET && s->tg[f].cls != TL_POSS))
		return 0;
	for (k = (int)f - 2; k >= 0 && k + 40 > (int)f; k--) {
		if (s->tg[k].cls == TL_SUB || s->tg[k].cls == TL_CC ||
		    s->tg[k].cls == TL_REL || s->tg[k].cls == TL_THAT ||
		    w_is(s, (guint)k, ";") || w_is(s, (guint)k, ":"))
			return 0;
		if (s->tg[k].vg < 0 || (g = vg_at(s, s->tg[k].vg))->kind !=
		    G_FINITE)
			continue;
		/* the main clause's verb: its subject opens no
		 * subordinate clause */
		q = tc_prev_word(s, g->first);
		if (q < 0 || tc_np_back(s, q, &a) == 0)
			return 0;
		return a == 0 || (s->tg[a - 1].cls != TL_SUB &&
		    s->tg[a - 1].cls != TL_REL && s->tg[a - 1].cls != TL_THAT &&
		    s->tg[a - 1].cls != TL_CC);
	}
	return 0;
}

/* The noun phrase ending at p follows "where" or "when" after the
 * main verb: the relative's verb is still to come ("partners in the
 * Sahel, where insurgents linked to X have killed"; not "The town
 * where rebels fought is quiet"). */
static int
adverb_rel(const struct sent *s, int p)
{
	guint		 f;
	int		 k;

	if (tc_np_back(s, p, &f) == 0 || f == 0 || !(w_is(s, f - 1,
	    "where") || w_is(s, f - 1, "when")))
		return 0;
	for (k = (int)f - 2; k >= 0 && k + 40 > (int)f; k--)
		if (s->tg[k].vg >= 0 && vg_at(s, s->tg[k].vg)->kind ==
		    G_FINITE)
			return 1;
	return 0;
}

/* The phrase ending at p is a reduced participle's on a plural noun,
 * within a few words and no boundary: "Polls taken this month". */
static int
plural_reduced(const struct sent *s, int p)
{
	const struct vg *g;
	int		 k;

	for (k = p; k > 0 && k > p - 10; k--) {
		if (tc_boundary(s, (guint)k))
			return 0;
		if (s->tg[k].vg < 0)
			continue;
		g = vg_at(s, s->tg[k].vg);
		return g->kind == G_REDUCED && k == (int)g->first &&
		    tc_plural(s, tc_prev_word(s, g->first));
	}
	return 0;
}

/* A token of [a, b) ends a stretch (a comma, a ';', a marker). */
static int
stop_between(const struct sent *s, guint a, guint b)
{
	for (; a < b; a++)
		if (tc_boundary(s, a) && s->tg[a].cls != TL_CC)
			return 1;
	return 0;
}

/* The finite group g has the verb form of v, as the verbs of a
 * coordination do ("tried to topple X and managed to"). */
static int
same_form(const struct sent *s, const struct vg *g, unsigned v)
{
	return ((v & TLV_PAST) && ((g->hv & TLV_PAST) ||
	    (g->tense == TT_PAST && s->tg[g->first].cls == TL_OPEN))) ||
	    ((v & TLV_S) && (g->hv & TLV_S)) ||
	    ((v & TLV_BASE) && (g->hv & TLV_BASE));
}

/* One of the last eight groups is a finite simple past. */
static int
earlier_form(const struct sent *s, unsigned v)
{
	const struct vg *g;
	guint		 k;

	for (k = s->vgs->len; k > 0 && k + 8 > s->vgs->len; k--) {
		g = &g_array_index(s->vgs, struct vg, k - 1);
		if (g->kind == G_FINITE && s->tg[g->first].cls == TL_OPEN &&
		    same_form(s, g, v))
			return 1;
	}
	return 0;
}

/* The last finite group of the last eight, or NULL. */
static struct vg *
last_finite(struct sent *s)
{
	guint		 k;

	for (k = s->vgs->len; k > 0 && k + 8 > s->vgs->len; k--)
		if (g_array_index(s->vgs, struct vg, k - 1).kind == G_FINITE)
			return &g_array_index(s->vgs, struct vg, k - 1);
	return NULL;
}

/*
 * The noun phrase ending at m is the subject of a relative clause
 * without a marker, on a common noun that opens the sentence or a
 * stretch: "The constitution [the army] wrote", "The deal [the two
 * men] signed".
 */
int
tc_gap_relative(const struct sent *s, int m)
{
	guint		 a, f;

	return m > 0 && tc_np_back(s, m, &a) > 0 && a > 1 &&
	    (s->tg[a].cls == TL_DET || s->tg[a].cls == TL_POSS) &&
	    s->tg[a - 1].cls == TL_OPEN && !tc_plural(s, (int)a - 1) &&
	    tc_np_end(s, (int)a - 1) && tc_np_back(s, (int)a - 1, &f) > 1 &&
	    (f == 0 || tc_boundary(s, f - 1)) && (s->tg[f].cls == TL_DET ||
	    s->tg[f].cls == TL_POSS);
}

/*
 * How the open word i starts a verb group, or -1: by its forms and
 * its left neighbour (seg: the stretch already has a finite verb, 2
 * when a relative's on a subject, whose main verb may follow).
 */
int
tc_open_kind(struct sent *s, guint i, int seg)
{
	unsigned	 v = s->tg[i].v;
	struct vg	*lg = last_group(s);
	int		 p = tc_prev_word(s, i), np, rel, comma, gap = 0;
	enum text_lex_class pc, nc;

	pc = p >= 0 ? s->tg[p].cls : TL_PUNCT;
	nc = i + 1 < s->n ? s->tg[i + 1].cls : TL_PUNCT;
	/* "The deal the two men signed ended": the relative's object
	 * is the noun, its verb may stand right before the main one */
	if (seg == 3) {
		gap = lg != NULL && p == (int)lg->last &&
		    (v & TLV_PAST) && !(s->tg[i + 1 < s->n ? i + 1 : i].cls ==
		    TL_PREP);
		seg = 2;
	}
	/* "the rebels who hold the port resumed", not "... the dam
	 * funded by", "... had long pretended", "... helped rebels win" */
	if (seg == 2)
		seg = w_is(s, i + 1, "by") || !(v & (TLV_PAST | TLV_S)) ||
		    lg == NULL || (i < lg->last + 3 && !gap);
	/* "the Armenians' outgunned forces": after a possessive */
	if (p >= 0 && s->tg[p].cls == TL_OPEN && (w_is(s, (guint)p, "'") ||
	    w_is(s, (guint)p, "\xE2\x80\x99")))
		return -1;
	if (!(v & TLV_FORMS) || (p >= 0 && w_is(s, (guint)p, "-") &&
	    text_tok(s->t, s->s0 + p)->end == text_tok(s->t, s->s0 + i)->start))
		return -1;
	np = gap || tc_np_end(s, p) || ((v & (TLV_PAST | TLV_S)) && p > 0 &&
	    w_is(s, (guint)p, ",") && tc_aside(s, p) >= 0);
	rel = pc == TL_REL || pc == TL_THAT;
	/* "rejected that plan", "said that talks would": after a verb,
	 * "that" has no verb of its own next */
	if (pc == TL_THAT && p > 0 && s->tg[p - 1].vg >= 0 &&
	    (v & (TLV_BASE | TLV_S)) && !(v & TLV_PAST))
		return -1;
	comma = p < 0 || w_is(s, (guint)p, ",") || w_is(s, (guint)p, "(") ||
	    w_is(s, (guint)p, "\xE2\x80\x94");
	/* "cars, tractors and overloaded lorries crawled": an
	 * adjective before a noun and its verb */
	if (pc == TL_CC && (v & TLV_PPART) && i + 2 < s->n &&
	    s->tg[i + 1].cls == TL_OPEN && !(s->tg[i + 1].v & TLV_BASE) &&
	    s->tg[i + 2].cls == TL_OPEN &&
	    (s->tg[i + 2].v & (TLV_PAST | TLV_S)))
		return -1;
	if (pc == TL_CC && lg != NULL && !np) {
		/* "met Y and signed", "to sign and ratify" */
		if (lg->kind == G_INF && (v & TLV_BASE))
			return G_INF;
		/* "issued by X and carried by Y" */
		if (lg->kind == G_REDUCED && (v & TLV_PPART))
			return G_REDUCED;
		/* "ordered X to take ..., but stopped short": the
		 * last finite verb's kin */
		if (lg->kind != G_FINITE && (lg = last_finite(s)) == NULL)
			return -1;
		if (lg->kind != G_FINITE)
			return -1;
		/* "tried to topple X and managed to"; "who is 44 and
		 * won the prize": a past after a copula's complement */
		if (same_form(s, lg, v) || ((v & TLV_PAST) &&
		    s->tg[lg->head].cls == TL_BE && p > (int)lg->last + 1 &&
		    !w_is(s, (guint)p - 1, ",") && (nc == TL_DET ||
		    nc == TL_POSS || nc == TL_NAME || nc == TL_NUM ||
		    nc == TL_OBJP || nc == TL_PRON)))
			return G_FINITE;
		/* "told X he hoped Y would revive Z, and said": an
		 * earlier verb of the same form, after a comma */
		if (p > 0 && w_is(s, (guint)p - 1, ",") &&
		    (v & TLV_PAST) && earlier_form(s, v))
			return G_FINITE;
		return -1;
	}
	if ((v & TLV_ING) && !(v & (TLV_PAST | TLV_S | TLV_BASE)))
		return comma || ((pc == TL_SUB || w_is(s, (guint)p, "by") ||
		    w_is(s, (guint)p, "without")) && (nc == TL_DET ||
		    nc == TL_POSS || nc == TL_NAME || nc == TL_OBJP ||
		    nc == TL_NUM || nc == TL_PRON)) || ((w_is(s, (guint)p,
		    "by") || w_is(s, (guint)p, "without")) &&
		    tc_plural(s, (int)i + 1)) ? G_PART : -1;
	/* "The backstop, agreed by X in 2018, was": a participle */
	if (comma && p >= 0 && (v & TLV_PPART) && w_is(s, i + 1, "by") &&
	    !(i + 2 < s->n && (s->tg[i + 2].v & TLV_ING)))
		return G_PART;	/* not "answered by sending" */
	/* "the Kyoto Protocol, agreed in 1997, which": a participle
	 * before a date, not a verb of speech before its speaker */
	if (comma && p > 0 && (v & TLV_PPART) && (v & TLV_SPEECH) &&
	    s->tg[p - 1].cls != TL_QUOTE && tc_np_end(s, p - 1) &&
	    tc_aside(s, p) < 0 &&
	    ((nc == TL_PREP && w_in(s, i + 1, (const char *const[]){ "in",
	    "on", "at", "during", "last", NULL })) || nc == TL_NUM ||
	    nc == TL_TIME || (w_in(s, i + 1, tc_time_adj) &&
	    w_in(s, i + 2, tc_time_nouns))))
		return G_PART;
	if ((v & TLV_PAST) && (v & TLV_SPEECH) && (pc == TL_QUOTE || comma) &&
	    !np)
		return G_FINITE;	/* '"...," said the minister' */
	/* "the 476 elected seats", "its revised plan": an adjective */
	if ((v & TLV_PPART) && adjectival(s, i))
		return -1;
	if (v & (TLV_PAST | TLV_PPART)) {
		/* "He said about 150 people had died": after a subject
		 * pronoun, a past is finite */
		if ((v & TLV_PAST) && pc == TL_PRON)
			return G_FINITE;
		if (np && comma && p >= 0)
			return G_FINITE;	/* "Mr Kim, who ..., shook" */
		if (comma && (v & TLV_PPART) && (nc == TL_PREP ||
		    nc == TL_NUM || nc == TL_TIME || w_is(s, i + 1, ",") ||
		    nc == TL_ADV || w_is(s, i + 1, "late") ||
		    w_is(s, i + 1, "early") ||
		    (w_in(s, i + 1, tc_time_adj) && (w_in(s, i + 2,
		    tc_time_nouns) || (i + 2 < s->n &&
		    s->tg[i + 2].cls == TL_TIME)))))
			return G_PART;	/* ", passed last month by" */
		if (np && (v & TLV_PAST) && (v & TLV_SPEECH) &&
		    time_then_subject(s, i))
			return G_FINITE;
		if (rel)
			return (v & TLV_PAST) ? G_FINITE : -1;
		if (!np)
			return -1;
		/* "a coup, which Doha blamed on its neighbours": the
		 * relative's own subject, then its verb */
		if ((v & TLV_PAST) && rel_subject(s, p))
			return (v & TLV_PPART) && adverb_rel(s, p) &&
			    reduced(s, i) ? G_REDUCED : G_FINITE;
		/* "committing nations to rein in the emissions blamed
		 * for warming": after a non-finite verb's object */
		if ((v & TLV_PPART) && lg != NULL && (lg->kind == G_INF ||
		    lg->kind == G_PART) && i > lg->last + 1 &&
		    i < lg->last + 24 && nc == TL_PREP &&
		    last_finite(s) != NULL && !(v & TLV_SPEECH) &&
		    !stop_between(s, lg->last + 1, i))
			return G_REDUCED;
		if ((v & TLV_PPART) && (seg || !(v & TLV_PAST) ||
		    (reduced(s, i) && !opens_clause(s, p) &&
		    !tc_gap_relative(s, p))))
			return seg && lg != NULL && (lg->hv & TLV_SPEECH) &&
			    (v & TLV_PAST) ? G_FINITE : G_REDUCED;
		if ((v & TLV_PPART) && !(v & TLV_SPEECH) && apposed_np(s, p))
			return G_REDUCED;
		return (v & TLV_PAST) ? G_FINITE : -1;
	}
	/* "she remains adored": after a subject pronoun */
	if ((v & TLV_S) && pc == TL_PRON && !w_is(s, (guint)p, "there"))
		return G_FINITE;
	if ((v & TLV_S) && !rel && plural_noun(s, i, p))
		return -1;
	if (v & TLV_S)
		return (np || rel) && !seg && nc != TL_BE && nc != TL_HAVE &&
		    nc != TL_MODAL && !(i + 1 < s->n &&
		    (s->tg[i + 1].v & (TLV_PAST | TLV_S)) &&
		    s->tg[i + 1].cls == TL_OPEN) ? G_FINITE : -1;
	if (v & TLV_BASE) {
		if (rel || w_in(s, (guint)p, (const char *const[]){ "i",
		    "we", "you", "they", NULL }))
			return G_FINITE;
		/* after a plural noun: "the rebels want"; after its
		 * reduced participle's phrase: "Polls taken this month
		 * suggest" */
		return np && !seg && (tc_plural(s, p) ||
		    plural_reduced(s, p)) ? G_FINITE : -1;
	}
	return -1;
}
