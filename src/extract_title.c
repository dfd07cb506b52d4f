/* SPDX-License-Identifier: MIT */
/*
 * The titles of persons (extract.c reads the text): the words of a
 * title before a name ("Ukrainian Infrastructure Minister X", "Chad's
 * leader, General X", "Peru, whose president, X") or in an apposition
 * after it (", Russia's defence minister", ", the president of the
 * European Commission"), the state or organisation they name, and the
 * person's neutral relation to it ("infrastructure minister of").
 * Every walk is bounded in words.
 */
#include <string.h>

#include <glib.h>

#include "extract_actors.h"
#include "extract_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

/* --- titles and appositions ----------------------------------------------- */

/* The heads of a portfolio's title: the words before them name the
 * portfolio ("Infrastructure Minister", "fisheries minister"). */
static const char *const portfolio_heads[] = {
	"minister", "secretary", "commissioner", NULL
};

#define PORTFOLIO_MAX	3

/* The first word of the portfolio before the title words [k, i) when
 * a head is among them, in the case of word k ("Ukrainian
 * Infrastructure Minister", "U.S. Homeland Security Secretary"); k if
 * none. */
static guint
portfolio(struct run *r, guint s, guint k, guint i)
{
	const struct tok *t;
	guint		 p = k, n, j;

	if (r->lc != NULL)
		return k;
	for (j = k, n = 0; j < i; j++) {
		for (n = 0; portfolio_heads[n] != NULL; n++)
			if (strcmp(T(r, j)->low, portfolio_heads[n]) == 0)
				break;
		if (portfolio_heads[n] != NULL)
			break;
	}
	if (j == i)
		return k;
	while (p > s && k - p < PORTFOLIO_MAX && cov(r, p - 1) == COV_NONE) {
		t = T(r, p - 1);
		if ((t->f & (TOK_PUNCT | TOK_POSS | TOK_DIGIT)) ||
		    ((t->f & TOK_CAP) != 0) != ((T(r, k)->f & TOK_CAP) != 0) ||
		    (t->wc & (WC_TITLE | WC_STOP | WC_DET | WC_PREP | WC_SUB |
		    WC_AUX | WC_SPEECH | WC_AND)))
			break;
		p--;
	}
	return p;
}

/* The entry of the state or organisation named just before word k of
 * sentence s.., or -1. */
static int
body_before(struct run *r, guint s, guint k)
{
	int	m, kind;

	if (k == s || (m = cov(r, k - 1)) < 0)
		return -1;
	kind = E(r, M(r, m)->ent)->kind;
	if (kind != GAZ_STATE && kind != GAZ_ORG && kind != GAZ_AMBIG)
		return -1;
	return M(r, m)->ent;
}

/* Words [k, i) are capitalised titles, a name's rank ("Chad's leader,
 * General X"): a title may stand before them and a comma. */
static int
ranks(struct run *r, guint k, guint i)
{
	if (r->lc != NULL || k == i)
		return 0;
	for (; k < i; k++)
		if (!(T(r, k)->f & TOK_CAP) || !(T(r, k)->wc & WC_TITLE) ||
		    (T(r, k)->f & (TOK_PUNCT | TOK_POSS)))
			return 0;
	return 1;
}

/*
 * The first word of the title before word i of sentence s..: the title
 * words, and the portfolio before a minister's title when a state or an
 * organisation names it ("Ukrainian Infrastructure Minister").  *titled
 * is set if a title word is among them.
 */
static guint
title_walk(struct run *r, guint s, guint i, int *titled)
{
	const struct tok *t;
	guint		 k = i, pure = G_MAXUINT, p;

	*titled = 0;
	while (k > s && i - k < CHAIN_MAX && cov(r, k - 1) == COV_NONE) {
		t = T(r, k - 1);
		if (!(t->wc & (WC_TITLE | WC_TMOD)) && !(t->f & TOK_PUNCT) &&
		    pure == G_MAXUINT && k < i &&
		    (p = portfolio(r, s, k, i)) < k) {
			pure = k;
			k = p;
			continue;
		}
		if (!(t->wc & (WC_TITLE | WC_TMOD)) || (t->f & TOK_POSS) ||
		    ((t->f & TOK_PUNCT) && !((k == i || ranks(r, k, i)) &&
		    (t->f & TOK_COMMA) && (t->wc & WC_TITLE))))
			break;
		*titled |= (t->wc & WC_TITLE) != 0;
		k--;
	}
	if (pure != G_MAXUINT && (body_before(r, s, k) < 0 ||
	    (T(r, k - 1)->f & TOK_PUNCT)))
		k = pure;
	return k;
}

/*
 * The title before word i of sentence s.. ("U.S. Deputy Secretary of
 * State"): returns 1 if there is one, and sets *qual to the state or
 * organisation named just before it ("U.S.") or possessive before the
 * name ("Russia's Putin"), else -1.
 */
/* "Morocco's ambassador to the United Nations, X": the word "to"
 * before the body where the envoy is sent, ending before word i of
 * sentence s..; else i.  The title before it is the name's. */
static guint
sent_to(struct run *r, guint s, guint i)
{
	guint	k = i - 1, n;
	int	m;

	if (r->lc != NULL || i < s + 3 || !(T(r, i - 1)->f & TOK_COMMA) ||
	    (m = cov(r, i - 1)) < 0 ||
	    (E(r, M(r, m)->ent)->kind != GAZ_STATE &&
	    E(r, M(r, m)->ent)->kind != GAZ_ORG))
		return i;
	for (n = 0; k > s && n < CHAIN_MAX && cov(r, k - 1) == m; n++)
		k--;
	if (k > s + 1 && strcmp(T(r, k - 1)->low, "the") == 0)
		k--;
	if (k < s + 2 || strcmp(T(r, k - 1)->low, "to") != 0 ||
	    (T(r, k - 1)->f & TOK_PUNCT) || !(T(r, k - 2)->wc & WC_TITLE))
		return i;
	return k - 1;
}

int
extract_title_before(struct run *r, guint s, guint i, int *qual)
{
	const struct tok *t;
	guint		 k;
	int		 titled, q;

	*qual = -1;
	i = sent_to(r, s, i);
	k = title_walk(r, s, i, &titled);
	if ((q = body_before(r, s, k)) < 0) {
		/* "Peru, whose president, X" */
		if (titled && r->lc == NULL && k > s + 1 &&
		    strcmp(T(r, k - 1)->low, "whose") == 0 &&
		    (T(r, k - 2)->f & TOK_COMMA))
			*qual = body_before(r, s, k - 1);
		return titled;
	}
	t = T(r, k - 1);
	if ((titled && !(t->f & TOK_PUNCT)) || (k == i && (t->f & TOK_POSS) &&
	    !(t->f & TOK_PUNCT)))
		*qual = q;
	return titled;
}

/* The state or organisation the layer names at word i (not by a
 * pronoun or a role): its entry in *ent, and its number of words; 0 if
 * none. */
static guint
state_at(struct run *r, guint e, guint i, int *ent)
{
	guint	n = extract_layer_at(r, i, ent);

	if (n == 0 || (g_array_index(r->lay, struct lay, i).flags &
	    (TM_PRONOUN | TM_ROLE)) || (E(r, *ent)->kind != GAZ_STATE &&
	    E(r, *ent)->kind != GAZ_ORG))
		return 0;
	return MIN(n, e - i);
}

/* The state named in an apposition after a name ending before word j:
 * ", North Korea's leader", ", the US secretary of state", or "of
 * Russia" after a titled name; -1 if none. */
/* Word t may modify a title: lower case, no word of the clause's
 * grammar, no punctuation ("political" in "political chief"). */
static int
modifier(const struct tok *t)
{
	return (t->f & TOK_LOWER) && !(t->f & (TOK_PUNCT | TOK_POSS |
	    TOK_DIGIT)) && !(t->wc & (WC_STOP | WC_DET | WC_PREP | WC_SUB |
	    WC_AUX | WC_SPEECH | WC_AND));
}

int
extract_after_name(struct run *r, guint s, guint e, guint j)
{
	const struct tok *t;
	guint		 k = j, titled = 0;
	int		 ent, len;

	if (j >= e || j == s)
		return -1;
	if (!(T(r, j - 1)->f & TOK_COMMA))
		return -1;
	/* ", the Taliban's political chief": a form may hold its "the" */
	if ((len = state_at(r, e, k, &ent)) == 0 && k < e &&
	    (T(r, k)->wc & WC_DET) && (T(r, k)->f & TOK_LOWER))
		len = state_at(r, e, ++k, &ent);
	if (len == 0)
		return -1;
	k += (guint)len;
	if (T(r, k - 1)->f & TOK_PUNCT)
		return -1;
	for (; k < e && k - j < CHAIN_MAX; k++) {
		t = T(r, k);
		/* "political chief": a modifier before the title */
		if (!(t->wc & (WC_TITLE | WC_TMOD)) && (!modifier(t) ||
		    k + 1 >= e || !(T(r, k + 1)->wc & WC_TITLE)))
			break;
		titled |= (t->wc & WC_TITLE) != 0;
		if (t->f & TOK_PUNCT)
			break;
	}
	return titled ? ent : -1;
}

/* --- titles: their relations ---------------------------------------------- */

/* A title naming no state: "President X". */
#define TITLE_BARE	(-2)

/* The title before the name of mention mi ([*a, *b)): the state or
 * organisation it names, TITLE_BARE, or -1 if there is none. */
static int
title_before_name(struct run *r, guint s, int mi, guint *a, guint *b)
{
	const struct ment *m = M(r, mi);
	guint		 k, e;
	int		 q, titled;

	/* before: the words title_before walks, then the qualifier */
	e = sent_to(r, s, m->a);
	k = title_walk(r, s, e, &titled);
	if (k < e && extract_title_before(r, s, m->a, &q)) {
		*a = k;
		*b = e;
		/* "Chad's leader, General X": the rank is the name's */
		for (; k < e; k++)
			if (T(r, k)->f & TOK_COMMA) {
				*b = k + 1;
				break;
			}
		/* "Foreign Minister Prince Faisal": the last is the name's */
		if (*b - *a >= 2 && (T(r, *b - 1)->wc & WC_TITLE) &&
		    !(T(r, *b - 1)->wc & WC_TMOD) &&
		    !(T(r, *b - 1)->f & TOK_JOINED) &&
		    (T(r, *b - 2)->wc & WC_TITLE) &&
		    !(T(r, *b - 2)->wc & WC_TMOD))
			(*b)--;
		return q >= 0 ? q : TITLE_BARE;
	}
	return -1;
}

/* The title in an apposition after the name of mention mi ([*a, *b))
 * and the state or organisation it names, or -1. */
static int
title_after_name(struct run *r, guint e, int mi, guint *a, guint *b)
{
	const struct ment *m = M(r, mi);
	guint		 k, j;
	int		 q, ent;

	/* ", [the] STATE['s] TITLE" */
	j = m->b;
	if (j >= e || !(T(r, j - 1)->f & TOK_COMMA))
		return -1;
	if ((q = extract_after_name(r, m->a, e, j)) >= 0) {
		k = j;
		if ((T(r, k)->wc & WC_DET) && (T(r, k)->f & TOK_LOWER))
			k++;
		while (k < e && k - j < CHAIN_MAX && cov(r, k) >= 0)
			k++;
		for (*a = k; k < e && k - j < CHAIN_MAX &&
		    ((T(r, k)->wc & (WC_TITLE | WC_TMOD)) ||
		    (modifier(T(r, k)) && k + 1 < e &&
		    (T(r, k + 1)->wc & WC_TITLE))); k++)
			if (T(r, k)->f & TOK_PUNCT) {
				k++;
				break;
			}
		*b = k;
		return *a < *b ? q : -1;
	}
	/* ", the TITLE of [the] STATE" */
	k = j;
	if (k < e && (T(r, k)->wc & WC_DET) && (T(r, k)->f & TOK_LOWER))
		k++;
	for (*a = k; k < e && k - j < CHAIN_MAX &&
	    (T(r, k)->wc & (WC_TITLE | WC_TMOD)) && cov(r, k) == COV_NONE &&
	    !(T(r, k)->f & TOK_PUNCT); k++)
		continue;
	if (k == *a || k >= e || strcmp(T(r, k - 1)->low, "of") != 0)
		return -1;
	*b = k - 1;
	if (strcmp(T(r, k)->low, "the") == 0 && !(T(r, k)->f & TOK_PUNCT))
		k++;
	if (k >= e || state_at(r, e, k, &ent) == 0)
		return -1;
	return *a < *b ? ent : -1;
}

/*
 * The title words [*a, *b) of the person named by mention mi and the
 * state or organisation they qualify, or -1: before the name ("Russian
 * President Vladimir Putin", "U.S. Secretary of State Antony Blinken",
 * "North Korea's leader, Kim Jong Un") or in an apposition after it
 * (", Russia's defence minister", ", the Irish prime minister", ", the
 * president of the European Council").  TITLE_BARE for a title before
 * the name that names nothing ("President Vladimir Putin").
 */
static int
title_of(struct run *r, guint s, guint e, int mi, guint *a, guint *b)
{
	guint	aa, ab;
	int	q, bare;

	if ((bare = title_before_name(r, s, mi, a, b)) >= 0)
		return bare;
	/* "Sheikh Tamim, the emir of Qatar": the apposition names it */
	if ((q = title_after_name(r, e, mi, &aa, &ab)) >= 0) {
		*a = aa;
		*b = ab;
		return q;
	}
	return bare;
}

/*
 * The label of a title, words [a, b): "leader of" for one who leads
 * ("president", "prime minister", "king"), else the title's own words
 * ("foreign minister of", "vice president of"); NULL for a mere
 * honorific ("Mr").  In g.
 */
static const char *
title_label(struct run *r, guint a, guint b, GString *g)
{
	static const char *const lead[] = {
		"president", "premier", "chancellor", "leader", "king",
		"queen", "emir", "sultan", "monarch", "ruler", "chairman",
		"chairwoman", "chairperson", "dictator", "strongman", NULL
	};
	static const char *const hon[] = {
		"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.",
		"professor", "sir", "dame", "lord", "sheikh", NULL
	};
	const struct tok *t;
	guint		 k, n, titles = 0, leads = 0, mods = 0;

	g_string_truncate(g, 0);
	/* "at the request of President Emmanuel Macron" */
	while (a < b && ((T(r, a)->wc & WC_PREP) ||
	    strcmp(T(r, a)->low, "of") == 0))
		a++;
	for (k = a; k < b; k++) {
		t = T(r, k);
		for (n = 0; hon[n] != NULL; n++)
			if (strcmp(t->low, hon[n]) == 0)
				break;
		if (hon[n] != NULL)
			continue;
		if (g->len > 0)
			g_string_append_c(g, (t->f & TOK_JOINED) ? '-' : ' ');
		g_string_append(g, t->low);
		if (!(t->wc & WC_TITLE)) {
			if (strcmp(t->low, "prime") != 0)
				mods++;
			continue;
		}
		titles++;
		for (n = 0; lead[n] != NULL; n++)
			if (strcmp(t->low, lead[n]) == 0)
				leads++;
		if (strcmp(t->low, "minister") == 0 && k > a &&
		    strcmp(T(r, k - 1)->low, "prime") == 0)
			leads++;
	}
	if (titles == 0)
		return NULL;
	if (leads == 1 && titles == 1 && mods == 0)
		return "leader of";
	g_string_append(g, " of");
	return g->str;
}

/*
 * The titles of the sentence's persons: each mention's qualifier
 * (lead), and a neutral relation from the person to the state or
 * organisation the layer ties them to when a title names it here
 * ("Chinese President Xi Jinping": leader of China).
 */
/* Word t is in the list. */
static int
listed(const struct tok *t, const char *const *l)
{
	for (; *l != NULL; l++)
		if (strcmp(t->low, *l) == 0)
			return 1;
	return 0;
}

/* The verbs of ruling. */
static const char *const rules[] = {
	"ruled", "rules", "led", "leads", "governed", "governs", "heads",
	"headed", "presided", NULL
};

/*
 * The state or organisation the person of mention mi rules by a
 * clause after the name ("Alexander Lukashenko, who has ruled Belarus
 * since 1994", "X has ruled Belarus for 26 years"), or the government
 * a participle before the name names ("the Afghan government, led by
 * Ashraf Ghani"); -1 if none.
 * The body must end its phrase: "who led Ukraine's delegation" and
 * "who led NATO forces" name no ruler.
 */
static int
ruled(struct run *r, guint s, guint e, int mi)
{
	static const char *const govs[] = {
		"government", "cabinet", "administration", "junta", "regime",
		NULL
	};
	const struct ment *m = M(r, mi);
	const struct tok *t;
	guint		 k = m->b, len;
	int		 ent, c;

	/* ", who has ruled", or the name's own clause: "X has ruled" */
	if (k + 2 < e && (T(r, k - 1)->f & TOK_COMMA) &&
	    strcmp(T(r, k)->low, "who") == 0)
		k++;
	else if (T(r, k - 1)->f & (TOK_PUNCT | TOK_POSS))
		k = e;
	if (k + 1 < e) {
		if (listed(T(r, k), (const char *const[]){ "has", "had",
		    "have", NULL }))
			k++;
		if (k >= e || !listed(T(r, k), rules) ||
		    (T(r, k)->f & TOK_PUNCT))
			return -1;
		if (++k < e && strcmp(T(r, k)->low, "over") == 0)
			k++;
		if (k < e && strcmp(T(r, k)->low, "the") == 0)
			k++;
		if (k >= e || (len = state_at(r, e, k, &ent)) == 0)
			return -1;
		t = T(r, k + len - 1);
		if ((t->f & TOK_POSS) || (!(t->f & TOK_PUNCT) && k + len < e &&
		    !(T(r, k + len)->wc & (WC_PREP | WC_SUB | WC_AND |
		    WC_STOP))))
			return -1;
		return ent;
	}
	/* "the Afghan government, led by [Mr] X" */
	k = m->a;
	if (k > s && !(T(r, k - 1)->f & TOK_PUNCT) && listed(T(r, k - 1),
	    (const char *const[]){ "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
	    "dr", "dr.", NULL }))
		k--;
	if (k < s + 4 || strcmp(T(r, k - 1)->low, "by") != 0 ||
	    !listed(T(r, k - 2), rules) || !(T(r, k - 3)->f & TOK_COMMA) ||
	    !listed(T(r, k - 3), govs) || (c = cov(r, k - 4)) < 0 ||
	    M(r, c)->weak || (E(r, M(r, c)->ent)->kind != GAZ_STATE &&
	    E(r, M(r, c)->ent)->kind != GAZ_ORG))
		return -1;
	return M(r, c)->ent;
}

/* The relation of the person of mention mi to what they rule, if the
 * text says it and the person is tied to nothing else. */
static void
ruler(struct run *r, guint s, guint e, int mi)
{
	struct evidence	 ev = r->ev;
	const struct ment *m = M(r, mi);
	int		 q;

	if ((q = ruled(r, s, e, mi)) < 0 || (E(r, m->ent)->state >= 0 &&
	    q != E(r, m->ent)->state))
		return;
	extract_sentence_ev(r, &r->ev);
	extract_add_relation(r, m->ent, q, "leader of", POL_NEUTRAL, 1);
	r->ev = ev;
}

void
extract_person_titles(struct run *r, guint s, guint e, int heading)
{
	struct ment	*m;
	struct evidence	 ev = r->ev;
	const char	*label;
	GString		*g = NULL;
	guint		 k, a, b;
	int		 q;

	if (r->lc != NULL) {
		extract_titles_lang(r, s, e, heading);
		return;
	}
	for (k = 0; k < r->ments->len; k++) {
		m = M(r, (int)k);
		m->lead = -1;
		if (m->ent < 0 || m->weak || E(r, m->ent)->kind != GAZ_PERSON)
			continue;
		if (!heading)
			ruler(r, s, e, (int)k);
		if ((q = title_of(r, s, e, (int)k, &a, &b)) == -1)
			continue;
		/* "President Vladimir Putin": of the state the text or the
		 * gazetteer gives him */
		if (q == TITLE_BARE)
			q = E(r, m->ent)->state;
		else {
			m->lead = q;
			if (E(r, m->ent)->lead < 0)
				E(r, m->ent)->lead = q;
		}
		/* a title naming another state than the person's tie is
		 * not read: "the Chinese envoy to the UN" */
		if (heading || q < 0 || (E(r, m->ent)->state >= 0 &&
		    q != E(r, m->ent)->state))
			continue;
		if (g == NULL)
			g = g_string_new(NULL);
		if ((label = title_label(r, a, b, g)) == NULL)
			continue;
		extract_sentence_ev(r, &r->ev);
		extract_add_relation(r, m->ent, q, label, POL_NEUTRAL, 1);
		r->ev = ev;
	}
	if (g != NULL)
		g_string_free(g, TRUE);
}
