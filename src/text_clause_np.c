/* SPDX-License-Identifier: MIT */
/*
 * Noun phrases of the clause stage (English): a subject back from its
 * verb, an object forward from it, asides between commas and a
 * relative's antecedent.  Every scan is bounded by WIN tokens.
 */
#include <string.h>

#include "text_clause_int.h"

const char *const tc_time_nouns[] = {
	"day", "days", "time", "year", "years", "week", "weeks", "month",
	"months", "moment", "night", "morning", "afternoon", "evening",
	"period", "era", "weekend", "summer", "winter", "spring", "autumn",
	NULL
};
const char *const tc_time_adj[] = {
	"next", "last", "this", "that", "earlier", "later", "every",
	"following", "previous", NULL
};

/* Prepositions whose phrase a subject may hold: "limits on exports";
 * a relative's antecedent does not reach across those from the fourth
 * on. */
static const char *const np_preps[] = {
	"of", "in", "from", "on", "for", "with", "against", "between", "about",
	"to", "at", "near", "outside", "inside", "off", "across", "along",
	"around", "behind", "beyond", "over", NULL
};

/* Prepositions that open a time adverbial: "on Thursday". */
static const char *const time_preps[] = {
	"on", "in", "at", "during", "over", NULL
};
/* Inside a time adverbial, besides dates and time nouns: "on the
 * morning of June 24th", "two days later", "earlier this month". */
static const char *const time_fill[] = {
	"the", "a", "same", "of", "early", "late", "mid", "earlier", "later",
	"ago", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "few", "several", NULL
};

/* Numbers in words: "more than two years". */
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "dozens", "hundreds", "thousands", "millions",
	"half", "a", NULL
};

static int	 after_reduced(const struct sent *, int);

/* --- noun phrases --------------------------------------------------------- */

/* Token i is joined to both neighbours: the hyphen of
 * "Co-operation", not the dash of "(Reuters) - Russia". */
static int
joined(const struct sent *s, int i)
{
	const struct text_token *a, *b, *c;

	if (i <= 0 || (guint)i + 1 >= s->n)
		return 0;
	a = text_tok(s->t, s->s0 + (guint)i - 1);
	b = text_tok(s->t, s->s0 + (guint)i);
	c = text_tok(s->t, s->s0 + (guint)i + 1);
	return a->end == b->start && b->end == c->start;
}

/* Token i is the point of an abbreviation inside the sentence:
 * "U.S. envoy". */
static int
abbrev_dot(const struct sent *s, int i)
{
	const struct text_token *a, *b;

	if (i <= 0 || (guint)i + 1 >= s->n || !w_is(s, (guint)i, ".") ||
	    s->tg[i - 1].cls != TL_NAME)
		return 0;
	a = text_tok(s->t, s->s0 + (guint)i - 1);
	b = text_tok(s->t, s->s0 + (guint)i);
	return a->end == b->start && memchr(s->t->str->str + a->tstart, '.',
	    a->tend - a->tstart) != NULL;
}

/* Token i may stand inside a noun phrase. */
int
tc_np_word(const struct sent *s, int i)
{
	enum text_lex_class c;

	if (i < 0 || (guint)i >= s->n || s->tg[i].vg >= 0)
		return 0;
	c = s->tg[i].cls;
	return c == TL_NAME || c == TL_OPEN || c == TL_NUM ||
	    w_is(s, (guint)i, "'s") || (w_is(s, (guint)i, "-") &&
	    joined(s, i)) ||
	    w_is(s, (guint)i, "%") || w_is(s, (guint)i, "&") ||
	    w_is(s, (guint)i, "'") || w_is(s, (guint)i, "\xE2\x80\x99") ||
	    abbrev_dot(s, i);
}

/* Token i is a date or a time word: "Thursday", "2018", "20th",
 * "month", "weekend". */
static int
time_core(const struct sent *s, int i)
{
	static const char *const more[] = {
		"century", "centuries", "decade", "decades", "hour", "hours",
		"afternoon", "evening", "minutes", NULL
	};
	size_t		 n;

	if (i < 0 || s->tg[i].vg >= 0)
		return 0;
	return s->tg[i].cls == TL_TIME || w_in(s, (guint)i, tc_time_nouns) ||
	    w_in(s, (guint)i, more) ||
	    g_ascii_isdigit(*text_word(s->t, s->s0 + (guint)i, &n));
}

/* Token i is a year or a day: "2014", "27th"; not "39,000". */
static int
date_like(const struct sent *s, int i)
{
	const char	*w;
	size_t		 n, k, d = 0;

	if (s->tg[i].cls != TL_NUM && s->tg[i].cls != TL_OPEN)
		return 0;
	w = text_word(s->t, s->s0 + (guint)i, &n);
	for (k = 0; k < n && g_ascii_isdigit(w[k]); k++)
		d++;
	if (d == 0 || d > 4 || (k < n && w[k] == ','))
		return 0;
	return d != 3 && (d <= 2 || w[0] == '1' || w[0] == '2');
}

/*
 * A time adverbial ends at token b: "on Thursday", "at the weekend",
 * "in November 2018", "earlier this month", "two days later",
 * "yesterday".  Returns its first token, or -1.  It opens with a
 * preposition of time, or with a word that makes a time of it ("last
 * week", "earlier this month"), or ends with "ago" or "later"; a bare
 * number needs the preposition.  Seven tokens at most.
 */
int
tc_time_back(const struct sent *s, int b)
{
	int		 k, lim = b - 7, word = 0, core = 0;

	if (b < 0 || (guint)b >= s->n || !(time_core(s, b) ||
	    w_is(s, (guint)b, "ago") || w_is(s, (guint)b, "later") ||
	    w_is(s, (guint)b, "earlier")))
		return -1;
	for (k = b; k >= 0 && k > lim && s->tg[k].vg < 0; k--) {
		if (time_core(s, k)) {
			core = 1;
			word |= s->tg[k].cls == TL_TIME ||
			    s->tg[k].cls != TL_NUM;
		} else if (!w_in(s, (guint)k, time_fill) &&
		    (!w_in(s, (guint)k, tc_time_adj) ||
		    (w_is(s, (guint)k, "that") && s->tg[k].cls != TL_DET)))
			break;	/* "that" only as a demonstrative ("that
				 * afternoon"), not "said that" */
	}
	if (!core || k <= lim || k == b)
		return -1;
	if (k >= 0 && w_in(s, (guint)k, time_preps) && s->tg[k].vg < 0)
		return k;
	if (!word)
		return -1;
	/* "by the morning of June 24th", not "by 230 votes" */
	if (k >= 0 && w_is(s, (guint)k, "by") && s->tg[k].vg < 0)
		return k;
	k++;
	/* "the following year", "the same day" */
	if (w_is(s, (guint)k, "the") && (w_in(s, (guint)k + 1, tc_time_adj) ||
	    w_is(s, (guint)k + 1, "same")))
		return k;
	if (w_in(s, (guint)k, tc_time_adj) || w_is(s, (guint)k, "earlier") ||
	    w_is(s, (guint)k, "early") || w_is(s, (guint)k, "late") ||
	    w_is(s, (guint)b, "ago") || w_is(s, (guint)b, "later") ||
	    (k == b && (w_is(s, (guint)b, "yesterday") ||
	    w_is(s, (guint)b, "today") || w_is(s, (guint)b, "tomorrow"))))
		return k;
	return -1;
}

/* Tokens [a, b) are a noun phrase, then a relative clause: "a former
 * general who had been serving as vice-president". */
static int
aside_rel(const struct sent *s, int a, int b)
{
	int		 k;

	for (k = a; k < b && k < a + 8; k++) {
		if (s->tg[k].cls == TL_REL)
			return k > a && !w_is(s, (guint)k, "where");
		if (!tc_np_word(s, k) && s->tg[k].cls != TL_DET &&
		    s->tg[k].cls != TL_POSS && !w_is(s, (guint)k, "of"))
			return 0;
	}
	return 0;
}

/*
 * The comma at j closes an aside ("Mr Kim, who is 34, shook"; "Mr
 * Kim, North Korea's leader, said"): the token before its opening
 * comma, or -1.
 */
int
tc_aside(const struct sent *s, int j)
{
	int		 k, lim = j - 40, fin = 0, cc = 0, vg = 0, list = -1;

	for (k = j - 1; k >= 0 && k > lim; k--) {
		if (s->tg[k].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[k].vg).kind == G_FINITE)
			fin = 1;
		if (w_is(s, (guint)k, ";") || s->tg[k].cls == TL_QUOTE) {
			if (list < 0)
				return -1;
			k = list;
			break;
		}
		cc |= s->tg[k].cls == TL_CC;
		vg |= s->tg[k].vg >= 0 || s->tg[k].cls == TL_REL;
		if (!w_is(s, (guint)k, ","))
			continue;
		/* "signed by A, B and C,": a list's commas are inside
		 * the aside that a participle opens */
		if (list < 0 && cc && !vg) {
			list = k;
			vg = 0;
			continue;
		}
		if (list >= 0 && !vg)
			k = list;
		break;
	}
	if ((k < 0 || k <= lim) && list >= 0)
		k = list;
	if (k <= 0 || k <= lim || !w_is(s, (guint)k, ","))
		return -1;
	/* "Mr Kim, who is 34,", "X, a general who had served as Y,":
	 * a finite verb only in a relative */
	if (fin && s->tg[k + 1].cls != TL_REL && !aside_rel(s, k + 1, j))
		return -1;
	/* "A team allowed in on Sunday, the first in years, said" */
	return tc_np_word(s, k - 1) || w_is(s, (guint)k - 1, ")") ||
	    (s->tg[k - 1].cls == TL_TIME && tc_time_back(s, k - 1) > 0) ?
	    k - 1 : -1;
}

/* The phrase ending at j, before a comma, is an apposition after a
 * name and its comma ("Abiy Ahmed, the current prime minister,"):
 * the name's last token, or -1. */
static int
apposition(const struct sent *s, int j)
{
	int		 k;

	for (k = j; k > 0 && k > j - 8 && s->tg[k].vg < 0 &&
	    (tc_np_word(s, k) || s->tg[k].cls == TL_DET ||
	    s->tg[k].cls == TL_POSS || w_is(s, (guint)k, "of")); k--)
		;
	if (k < 2 || k == j || !w_is(s, (guint)k, ",") ||
	    (s->tg[k + 1].cls != TL_DET && s->tg[k + 1].cls != TL_POSS) ||
	    s->tg[k - 1].cls != TL_NAME || s->tg[k - 1].vg >= 0)
		return -1;
	/* not "In Moscow, the mayor, X, told": a place */
	for (j = k - 1; j > 0 && j > k - 6 && s->tg[j - 1].cls == TL_NAME;
	    j--)
		;
	if (j > 0 && s->tg[j - 1].cls == TL_PREP)
		return -1;
	return k - 1;
}

/* Token k is a preposition after a reduced participle ("signed
 * in", "led by"). */
static int
after_reduced(const struct sent *s, int k)
{
	return k > 0 && (s->tg[k].cls == TL_PREP || s->tg[k].cls == TL_TO) &&
	    s->tg[k - 1].vg >= 0 && g_array_index(s->vgs, struct vg,
	    s->tg[k - 1].vg).kind == G_REDUCED;
}

/* A reduced participle's phrase ends at k ("allowed into the region"),
 * within a few words. */
static int
reduced_before(const struct sent *s, int k)
{
	int		 q;

	for (q = k; q >= 0 && q > k - 10; q--) {
		if (s->tg[q].vg >= 0)
			return vg_at(s, s->tg[q].vg)->kind == G_REDUCED;
		if (!tc_np_word(s, q) && s->tg[q].cls != TL_DET &&
		    s->tg[q].cls != TL_POSS && s->tg[q].cls != TL_PREP)
			return 0;
	}
	return 0;
}

/* The few words of a noun phrase ending at k open the sentence or
 * follow a marker or a comma ("and a strong showing"), not a verb or
 * a preposition ("broke out in the northern state"). */
static int
opens_stretch(const struct sent *s, int k)
{
	int		 q;

	for (q = k; q >= 0 && q > k - 8 && (tc_np_word(s, q) ||
	    s->tg[q].cls == TL_DET || s->tg[q].cls == TL_POSS); q--)
		;
	return q < 0 || (q > k - 8 && s->tg[q].vg < 0 &&
	    tc_boundary(s, (guint)q));
}

/* The noun phrase ending at token j (a subject): its first token in
 * *first, its length (0: none). */
guint
tc_np_back(const struct sent *s, int j, guint *first)
{
	int		 i, lim, cc = -1, r, hop = 0, commas = 0, list = -1;

	if (j < 0)
		return 0;
	if (s->tg[j].cls == TL_PRON && s->tg[j].vg < 0) {
		*first = (guint)j;
		return 1;
	}
	/* "Five of them", "some of us" */
	if (s->tg[j].cls == TL_OBJP && j > 1 && w_is(s, (guint)j - 1, "of") &&
	    (s->tg[j - 2].cls == TL_NUM || s->tg[j - 2].cls == TL_DET ||
	    s->tg[j - 2].cls == TL_OPEN || s->tg[j - 2].cls == TL_NAME) &&
	    s->tg[j - 2].vg < 0) {
		*first = (guint)j - 2;
		return 3;
	}
	if (w_is(s, (guint)j, ",") && (j = tc_aside(s, j)) < 0)
		return 0;
	/* "Nathan Law, 26, another of its founders, said": an age
	 * before the aside is one too */
	if (j > 1 && w_is(s, (guint)j - 1, ",") && s->tg[j].cls == TL_NUM &&
	    s->tg[j].vg < 0 && s->tg[j - 2].cls == TL_NAME)
		j -= 2;
	else if (j > 1 && w_is(s, (guint)j + 1, ",") &&
	    (r = apposition(s, j)) >= 0)
		j = r;	/* "Abiy Ahmed, the prime minister, who ...," */
	/* "The measures announced on Friday will": on to the
	 * participle */
	i = j;
	if ((r = tc_time_back(s, j)) > 0 && reduced_before(s, r - 1))
		i = r - 1;
	for (lim = j - WIN; i >= 0 && i > lim; i--) {
		if (s->tg[i].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[i].vg).kind == G_REDUCED && hop < 2) {
			/* "The treaty signed in 1987 banned": "The treaty" */
			hop++;
			i = (int)g_array_index(s->vgs, struct vg,
			    s->tg[i].vg).first;
			/* an "and" after the participle is not the
			 * subject's */
			cc = -1;
			continue;
		}
		if (s->tg[i].vg >= 0)
			break;
		if (w_is(s, (guint)i, ")")) {
			/* "the Gulf Co-operation Council (GCC)" */
			for (r = i - 1; r >= 0 && r > i - 12 &&
			    s->tg[r].vg < 0 && !w_is(s, (guint)r, "(") &&
			    !w_is(s, (guint)r, ")") && !w_is(s, (guint)r, ",");
			    r--)
				;
			if (r > 0 && r > i - 12 && w_is(s, (guint)r, "(") &&
			    tc_np_word(s, r - 1)) {
				i = r;
				continue;
			}
			break;
		}
		if (tc_np_word(s, i)) {
			/* a date before a name: "In 2014 Russia" */
			if (date_like(s, i) && i < j &&
			    s->tg[i + 1].cls == TL_NAME)
				break;
			/* a time that opens the clause: "On July 20th
			 * parliament", not "turnout in the 2014 vote" */
			if (i < j && (r = tc_time_back(s, i)) >= 0 &&
			    !tc_np_word(s, r - 1))
				break;
			continue;
		}
		if (s->tg[i].cls == TL_DET || s->tg[i].cls == TL_POSS ||
		    (i < j && w_is(s, (guint)i, "her"))) {
			/* "officials from the ministry", "a panel chaired
			 * by a judge" */
			if (i > 1 && cc > i && commas < 4 &&
			    w_is(s, (guint)i - 1, ",") &&
			    s->tg[i - 2].cls == TL_NAME)
				continue;	/* "A, the UAE and B" */
			/* "the other leaders", "all the rebels" */
			if (i > 0 && s->tg[i - 1].cls == TL_DET &&
			    s->tg[i - 1].vg < 0)
				continue;
			/* "Joshua Wong, 23, and the other leaders" */
			if (i > 4 && s->tg[i - 1].cls == TL_CC &&
			    !w_is(s, (guint)i - 1, "but") &&
			    w_is(s, (guint)i - 2, ",") && s->tg[i - 3].cls ==
			    TL_NUM && w_is(s, (guint)i - 4, ",") &&
			    s->tg[i - 5].cls == TL_NAME) {
				cc = i - 1;
				i -= 4;
				continue;
			}
			/* "Russia and the EU" */
			if (i > 1 && s->tg[i - 1].cls == TL_CC &&
			    !w_is(s, (guint)i - 1, "but") &&
			    (tc_np_word(s, i - 2) ||
			    s->tg[i - 2].cls == TL_PRON))
				continue;
			if (i > 1 && ((w_in(s, (guint)i - 1, np_preps) &&
			    tc_np_word(s, i - 2) &&
			    s->tg[i - 2].cls != TL_NUM) ||
			    (hop < 2 && after_reduced(s, i - 1))))
				continue;
			i--;
			break;
		}
		if (i < j && w_in(s, (guint)i, np_preps) &&
		    tc_np_word(s, i - 1) && s->tg[i - 1].cls != TL_NUM)
			continue;
		/* "An inquiry led by ...": on to the participle */
		if (i < j && hop < 2 && after_reduced(s, i))
			continue;
		/* "His visit in September 2023 lasted", "a strong
		 * showing in May would give" */
		if (s->tg[i].cls == TL_TIME && ((i < j && s->tg[i + 1].cls ==
		    TL_NUM) || (i == j && opens_stretch(s, i - 2))) && i > 1 &&
		    w_in(s, (guint)i - 1, np_preps) && tc_np_word(s, i - 2) &&
		    s->tg[i].vg < 0)
			continue;
		if (i < j && s->tg[i].cls == TL_CC && !w_is(s, (guint)i, "but")
		    && (tc_np_word(s, i - 1) || s->tg[i - 1].cls == TL_PRON)) {
			cc = i;
			continue;
		}
		/* "a new, higher goal": adjectives in a row */
		if (i < j && i > 1 && w_is(s, (guint)i, ",") &&
		    s->tg[i - 1].cls == TL_OPEN && s->tg[i - 1].v == 0 &&
		    (s->tg[i - 2].cls == TL_DET || s->tg[i - 2].cls ==
		    TL_POSS) && s->tg[i + 1].cls == TL_OPEN &&
		    s->tg[i + 1].vg < 0 && i + 2 == j &&
		    !w_in(s, (guint)i + 1, number_words) &&
		    tc_np_word(s, i + 2) && !tc_plural(s, i - 1))
			continue;
		/* "Saudi Arabia, the UAE and Bahrain": names listed */
		if (i < j && cc > i && w_is(s, (guint)i, ",") && commas < 4 &&
		    i > 0 && ((s->tg[i - 1].cls == TL_NAME &&
		    (s->tg[i + 1].cls == TL_NAME || (w_is(s, (guint)i + 1,
		    "the") && s->tg[i + 2].cls == TL_NAME))) ||
		    (tc_plural(s, i - 1) && tc_plural(s, i + 1)))) {
			if (commas++ == 0)
				list = i;
			continue;
		}
		break;
	}
	/* not "In Moscow, Putin and Xi": the first was the place */
	if (list >= 0 && i >= 0 && (s->tg[i].cls == TL_PREP ||
	    (s->tg[i].cls == TL_SUB && !w_is(s, (guint)i, "as") &&
	    !w_is(s, (guint)i, "while") && !w_is(s, (guint)i, "when"))))
		i = list;
	/* "up to 400 soldiers", "at least 55 countries", "about 150
	 * heads": a number's bound is in its phrase */
	/* "about half a million" */
	if (i > 0 && i + 1 <= j && w_is(s, (guint)i, "half") &&
	    w_is(s, (guint)i + 1, "a"))
		i--;
	if (i > 0 && i + 2 <= j && w_is(s, (guint)i, "at") &&
	    w_is(s, (guint)i + 1, "least") && s->tg[i + 2].cls == TL_NUM)
		i--;
	else if (i >= 0 && i < j && (s->tg[i + 1].cls == TL_NUM ||
	    w_in(s, (guint)i + 1, number_words)) && s->tg[i].vg < 0) {
		if (w_in(s, (guint)i, (const char *const[]){ "about",
		    "nearly", "almost", "around", "roughly", "approximately",
		    NULL }))
			i--;
		else if (i > 0 && s->tg[i - 1].vg < 0 && ((w_is(s, (guint)i -
		    1, "up") && w_is(s, (guint)i, "to")) || (w_is(s, (guint)i -
		    1, "at") && w_is(s, (guint)i, "least")) || (w_in(s,
		    (guint)i - 1, (const char *const[]){ "more", "fewer",
		    "less", NULL }) && w_is(s, (guint)i, "than"))))
			i -= 2;
	}
	if (i + 1 > j)
		return 0;
	/* "met Y and Z signed": the subject is Z */
	if (cc >= 0 && cc < j && i >= 0 && s->tg[i].vg >= 0)
		i = cc;
	/* "At a press conference Mr Trump said": the final names */
	if (i >= 0 && s->tg[i].cls == TL_PREP) {
		for (r = j; r > i && s->tg[r].cls == TL_NAME; r--)
			;
		if (r < j && r > i && s->tg[r].cls == TL_OPEN)
			i = r;
		else {
			/* "In the last decade Brazil's farmers" */
			for (r = j; r > i + 1 && !(s->tg[r].cls == TL_NAME &&
			    (s->tg[r - 1].cls == TL_OPEN ||
			    s->tg[r - 1].cls == TL_NUM)); r--)
				;
			if (r > i + 1)
				i = r - 1;
		}
	}
	*first = (guint)(i + 1);
	return (guint)(j - i);
}

/* The noun phrase from token i up to limit (an object): its first token
 * in *first, its length. */
guint
tc_np_fwd(const struct sent *s, guint i, guint limit, guint *first)
{
	guint		 j, k, end, lead;
	int		 neg = 0;

	i = tc_skip_adv(s, i, &neg);
	/* "arrested about 370 people", "up to 3 million" */
	j = i;
	if (w_in(s, i, (const char *const[]){ "about", "nearly", "almost",
	    "around", "roughly", "some", NULL }))
		j = i + 1;
	else if ((w_is(s, i, "up") && w_is(s, i + 1, "to")) ||
	    (w_is(s, i, "at") && w_is(s, i + 1, "least")) ||
	    (w_in(s, i, (const char *const[]){ "more", "fewer", "less",
	    NULL }) && w_is(s, i + 1, "than")))
		j = i + 2;
	if (j == i || j >= limit || j >= s->n || s->tg[j - 1].vg >= 0 ||
	    !(s->tg[j].cls == TL_NUM || w_in(s, j, number_words)))
		j = i;
	lead = j - i;
	*first = i;
	end = MIN(limit, i + WIN);
	if (i < end && s->tg[i].cls == TL_QUOTE) {
		for (j = i + 1; j < end && s->tg[j].cls != TL_QUOTE; j++)
			;
		return j < end ? j - i + 1 : 0;
	}
	for (j = i + lead; j < end; j++) {
		if (w_in(s, j, tc_time_adj) && (w_in(s, j + 1, tc_time_nouns) ||
		    (j + 1 < s->n && s->tg[j + 1].cls == TL_TIME)))
			break;
		/* "collapsed five years later": a time */
		if (w_in(s, j + 1, tc_time_nouns) && (w_is(s, j + 2, "later") ||
		    w_is(s, j + 2, "ago") || w_is(s, j + 2, "earlier")))
			break;
		/* "soldiers missing since the war": a modifier after */
		if (j > i && s->tg[j].cls == TL_OPEN && (s->tg[j].v &
		    TLV_ING) && tc_plural(s, (int)j - 1))
			break;
		if (tc_np_word(s, (int)j) || ((s->tg[j].cls == TL_DET ||
		    s->tg[j].cls == TL_POSS || s->tg[j].cls == TL_OBJP) &&
		    s->tg[j].vg < 0))
			continue;
		/* "said that on Monday": no clause opens at the "that"
		 * (limit would stop it), so it is a pronoun */
		if (j == i && (w_in(s, j, (const char *const[]){ "it", "you",
		    NULL }) || (s->tg[j].cls == TL_THAT && (j + 1 >= s->n ||
		    s->tg[j + 1].cls == TL_PUNCT || s->tg[j + 1].cls ==
		    TL_PREP || s->tg[j + 1].cls == TL_TIME ||
		    s->tg[j + 1].cls == TL_ADV || tc_np_word(s,
		    (int)j + 1)))))
			continue;
		if (j > i && s->tg[j].cls == TL_QUOTE && (s->tg[j - 1].cls ==
		    TL_DET || s->tg[j - 1].cls == TL_POSS)) {
			/* its "war games" */
			for (k = j + 1; k < end && k < j + 12 &&
			    s->tg[k].cls != TL_QUOTE; k++)
				;
			if (k < end && k < j + 12) {
				j = k;
				continue;
			}
		}
		if (j > i && j + 1 < end && (w_is(s, j, "of") ||
		    (s->tg[j].cls == TL_CC && !w_is(s, j, "but"))) &&
		    (tc_np_word(s, (int)j + 1) || s->tg[j + 1].cls == TL_DET ||
		    s->tg[j + 1].cls == TL_POSS) && !(j + 2 < s->n &&
		    s->tg[j + 2].vg >= 0))
			continue;
		break;
	}
	return j - i;
}

/*
 * The phrase ending at a closes a participle in apposition ("the
 * Kyoto Protocol, agreed in 1997, which set"): the end of the noun
 * before that participle's comma, which a relative after it is about;
 * else a.
 */
static int
past_apposition(const struct sent *s, int a)
{
	const struct vg *g;
	int		 k;

	/* "agreed in 1997, which": only across the participle's date,
	 * not "driven by hostility towards Iran, which" */
	if (tc_time_back(s, a) < 0)
		return a;
	for (k = a; k > 0 && k > a - 12; k--) {
		if (s->tg[k].vg < 0) {
			if (tc_boundary(s, (guint)k))
				return a;
			continue;
		}
		g = vg_at(s, s->tg[k].vg);
		if (g->kind != G_PART || !(g->hv & TLV_PPART) ||
		    (g->hv & TLV_ING) || g->first < 2 ||
		    !w_is(s, g->first - 1, ",") ||
		    !tc_np_end(s, (int)g->first - 2))
			return a;
		return (int)g->first - 2;
	}
	return a;
}

/* The clause of the antecedent before a relative marker at b. */
void
tc_antecedent(const struct sent *s, int b, struct text_clause *c)
{
	guint		 f, n, k;
	int		 a = b - 1, t0;

	if (a >= 0 && w_is(s, (guint)a, ","))
		a--;
	if (a >= 0 && s->tg[a].cls == TL_PRON)
		return;
	a = past_apposition(s, a);
	/* "an attack at a rally on June 23 that killed": not the date */
	if ((t0 = tc_time_back(s, a)) > 1 && w_in(s, (guint)t0,
	    time_preps) && tc_np_end(s, t0 - 1))
		a = t0 - 1;
	if ((n = tc_np_back(s, a, &f)) == 0)
		return;
	/* the nearest noun: "the stakes in their standoff with the
	 * officers who seized power" */
	for (k = f + n - 1; k > f; k--)
		if (w_in(s, k, np_preps) && !w_is(s, k, "of") &&
		    (w_in(s, k, np_preps + 3) || s->tg[k + 1].cls == TL_DET ||
		    s->tg[k + 1].cls == TL_POSS)) {
			n -= k + 1 - f;
			f = k + 1;
			break;
		}
	c->subj_first = f;
	c->subj_n = n;
}

/*
 * The infinitive gi after a verb of causing and its object ("forced
 * his predecessor, X, to step down"; "urged Iran to stop"; "wants
 * Iran to stop"): the object is its subject; what is made to happen
 * is real, what is asked or wanted is wished, what is let possible.
 * After such a verb in the passive ("was forced to resign") it keeps
 * sharing that verb's subject.
 */
void
tc_controlled(const struct sent *s, guint gi, struct text_clause *c)
{
	const struct vg *g = vg_at(s, (int)gi), *v;
	guint		 k, a, to;
	unsigned	 hv;

	if (gi == 0 || g->first == 0 || s->tg[g->first - 1].cls != TL_TO)
		return;
	v = vg_at(s, (int)gi - 1);
	hv = v->hv;
	to = g->first - 1;
	a = v->last + 1;
	if (!(hv & (TLV_CAUSE | TLV_WANT)) || a >= to || to - a > 12 ||
	    v->pass)
		return;
	for (k = a; k < to; k++)
		if (s->tg[k].vg >= 0 || !(tc_np_word(s, (int)k) ||
		    s->tg[k].cls == TL_DET || s->tg[k].cls == TL_POSS ||
		    s->tg[k].cls == TL_OBJP || w_is(s, k, ",") ||
		    (k > a && w_is(s, k, "of"))))
			return;
	if (w_is(s, to - 1, ","))
		to--;
	if (a >= to || w_is(s, a, ",") || w_is(s, to - 1, ","))
		return;
	c->subj_first = a;
	c->subj_n = to - a;
	/* "tried to persuade", "did not force": not done */
	for (k = v->first; k < v->last && s->tg[k].cls != TL_TO; k++)
		;
	if ((hv & TLV_IMPL) && !v->neg && v->mod == TMOD_NONE &&
	    k == v->last)
		c->modality = TMOD_NONE;
	else if (hv & TLV_IMPL)
		c->modality = v->mod != TMOD_NONE ? v->mod : TMOD_WANT;
	else if (hv & TLV_PERMIT)
		c->modality = TMOD_POSSIBLE;
	else
		c->modality = TMOD_WANT;
}

/* --- participles and the clauses they end ------------------------------ */

/*
 * A past participle after a comma that follows a noun phrase modifies
 * that phrase ("The backstop, agreed by X in 2018, was"; "Under the
 * Act, passed last month by MPs, ..."): the phrase is its subject, in
 * the passive, so that "The backstop agreed by X" can be read.  pl:
 * the clause it hangs on, or NULL.
 */
void
tc_apposed(const struct sent *s, const struct vg *g, struct text_clause *cl,
    const struct text_clause *pl)
{
	guint		 f, n;
	int		 c = (int)g->first - 1, b;

	if ((int)g->head != (int)g->first || !(g->hv & TLV_PPART) ||
	    (g->hv & TLV_ING) || c <= 0 || !w_is(s, (guint)c, ",") ||
	    !tc_np_end(s, c - 1) || (n = tc_np_back(s, c - 1, &f)) == 0)
		return;
	/* "opened with speeches by 150 leaders, held under tight
	 * security": a noun inside a "with" or "by" phrase is the
	 * clause's means, what is apposed is the clause's subject */
	b = (int)f - 1;
	if (b > 0 && w_in(s, (guint)b, (const char *const[]){ "about",
	    "some", "nearly", "almost", "around", NULL }))
		b--;
	/* "cooperated for years, driven by": a time is no noun */
	if ((b > 0 && (w_is(s, (guint)b, "with") || w_is(s, (guint)b,
	    "by"))) || tc_time_back(s, c - 1) >= 0 ||
	    w_in(s, (guint)c - 1, tc_time_nouns)) {
		if (pl == NULL || pl->subj_n == 0)
			return;
		f = pl->subj_first;
		n = pl->subj_n;
	}
	cl->subj_first = f;
	cl->subj_n = n;
	cl->passive = 1;
}

/*
 * A reduced relative's noun is its subject, in the passive ("A UN
 * team allowed into the region on Sunday", "the measures announced on
 * Friday"), so that what its own date tells can be read; not one of
 * having ("bonds held by the ECB"), which tells a state, nor on a
 * noun in apposition or a preposition's ("a post invented for her",
 * "than the one signed this week"), which dates its clause's act, nor
 * without a phrase of its own ("polls taken this month": a noun's
 * date).
 */
void
tc_reduced_subject(const struct sent *s, const struct vg *g,
    struct text_clause *c)
{
	guint		 f, n, k;
	int		 p = tc_prev_word(s, g->first);

	if ((int)g->head != (int)g->first || !(g->hv & TLV_PPART) ||
	    (g->hv & (TLV_ING | TLV_STATE)) || p < 0 || !tc_np_end(s, p) ||
	    g->last + 1 >= s->n || (s->tg[g->last + 1].cls != TL_PREP &&
	    s->tg[g->last + 1].cls != TL_TO) ||
	    (n = tc_np_back(s, p, &f)) == 0 || (f > 0 && (w_is(s, f - 1,
	    ",") || s->tg[f - 1].cls == TL_PREP || s->tg[f - 1].cls ==
	    TL_SUB)))
		return;
	/* the nearest noun: "to rein in the emissions blamed for" */
	for (k = f + n - 1; k > f; k--)
		if ((s->tg[k].cls == TL_PREP || s->tg[k].cls == TL_TO) &&
		    !w_is(s, k, "of") && (s->tg[k + 1].cls == TL_DET ||
		    s->tg[k + 1].cls == TL_POSS)) {
			n -= k + 1 - f;
			f = k + 1;
			break;
		}
	c->subj_first = f;
	c->subj_n = n;
	c->passive = 1;
}

/*
 * A participle of having with its agent ("bonds held by the ECB on
 * July 20th") tells a state, which no date marks: a time after the
 * agent is the clause's parent's, so the clause ends before it.
 * Returns the clause's new end (end: its end so far).
 */
guint
tc_state_end(const struct sent *s, const struct text_clause *c, guint end)
{
	guint		 k;
	int		 t0;

	if (c->kind != TC_NONFINITE || c->head < 0 ||
	    !(s->tg[c->head].v & TLV_STATE) ||
	    !(s->tg[c->head].v & TLV_PPART) ||
	    !w_is(s, (guint)c->head + 1, "by"))
		return end;
	for (k = (guint)c->head + 3; k < end && k < (guint)c->head + 12;
	    k++)
		if ((t0 = tc_time_back(s, (int)k)) > c->head + 2)
			return (guint)t0;
	return end;
}

/* Clause c names what "what" stands for ("what it called a cleanup",
 * "what he described as a coup"): its verb is one of naming, after a
 * subject right after "what". */
int
tc_naming(const struct sent *s, const struct text_clause *c)
{
	static const char *const names[] = {
		"called", "calls", "dubbed", "termed", "described",
		"describes", "labelled", "labeled", "branded", NULL
	};

	return c->head >= 0 && c->subj_n > 0 && c->subj_n <= 3 &&
	    c->subj_first > 0 && w_is(s, c->subj_first - 1, "what") &&
	    w_in(s, (guint)c->head, names) && (guint)c->head == c->verb_first +
	    c->verb_n - 1 && c->subj_first + c->subj_n == c->verb_first;
}
