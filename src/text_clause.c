/* SPDX-License-Identifier: MIT */
/*
 * Clauses of the text layer (English): verb groups found by a shallow
 * tagger over the lexicon (text_lexicon.c), then each verb group's
 * clause: its marker, subject, object, kind and parent.  Every scan is
 * bounded by WIN tokens, so a sentence of any length costs linear time.
 */
#include <string.h>

#include "text_int.h"
#include "text_lexicon.h"

#define WIN		60	/* tokens a scan goes at most */
#define GROUP_MAX	14	/* tokens of a verb group at most */
#define KEY_MAX		TL_KEY_MAX

struct tag {
	enum text_lex_class cls;
	unsigned	 v;		/* TLV_* */
	int		 vg;		/* verb group holding it, -1 */
};

/* How a verb group stands. */
enum vgk {
	G_FINITE,
	G_INF,		/* "to sign" */
	G_PART,		/* ", killing 12", "after signing" */
	G_REDUCED	/* "the treaty signed in 1987" */
};

struct vg {
	guint		 first, last;	/* sentence-relative tokens */
	int		 head;
	enum vgk	 kind;
	enum text_tense	 tense;
	enum text_modality mod;
	int		 neg, pass;
	unsigned	 hv;		/* head's lexical flags */
};

/* One sentence being read: tokens relative to s0. */
struct sent {
	struct text	*t;
	guint		 s0, n;
	struct tag	*tg;
	GArray		*vgs;		/* struct vg */
	GArray		*cl;		/* struct lc, one per group */
};

/* A clause being built: tokens relative to the sentence, parents
 * indices in cl (or P_NEXT). */
struct lc {
	struct text_clause c;
	int		 coord;		/* "and signed": shares a subject */
	int		 attrib;	/* "..., officials said." */
	guint		 end0;		/* last token it holds, + 1 */
};

static int	 aside(const struct sent *, int);
static guint	 np_back(const struct sent *, int, guint *);


/* Words that name a time: "when" after them is relative. */
static const char *const time_nouns[] = {
	"day", "days", "time", "year", "years", "week", "weeks", "month",
	"months", "moment", "night", "morning", "period", "era", "weekend",
	"summer", "winter", "spring", "autumn", NULL
};
/* Before a time noun, the start of a time: "next month". */
static const char *const time_adj[] = {
	"next", "last", "this", "that", "earlier", "later", "every",
	"following", "previous", NULL
};

/* After a form of "be", before "to": scheduled ("is due to"). */
static const char *const sched_adj[] = {
	"due", "set", "scheduled", "expected", "going", "about", "poised",
	"slated", "likely", "supposed", NULL
};

/* Prepositions whose phrase a subject may hold: "limits on exports";
 * a relative's antecedent does not reach across those from the fourth
 * on. */
static const char *const np_preps[] = {
	"of", "in", "from", "on", "for", "with", "against", "between", "about",
	"to", "at", NULL
};

/* After a verb, its particle: "blew up", "pulled out", "go ahead". */
static const char *const particles[] = {
	"up", "out", "down", "off", "back", "away", "ahead", NULL
};

/* --- tagging -------------------------------------------------------------- */

static int
listed(const char *const *l, const char *w)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, w) == 0)
			return 1;
	return 0;
}

/* Lower-case ASCII key of token i (typographic apostrophe as '\''),
 * or 0 when too long. */
static int
key(const struct text *t, guint i, char *k)
{
	const char	*s;
	size_t		 n;

	s = text_word(t, i, &n);
	return text_lex_key(s, n, k) > 0;
}

/* Whether word i opens its sentence or a quotation. */
static int
initial(const struct sent *s, guint i)
{
	return i == 0 || s->tg[i - 1].cls == TL_QUOTE ||
	    text_is(s->t, s->s0 + i - 1, ":") ||
	    text_is(s->t, s->s0 + i - 1, "(");
}

static void
tag_sentence(struct sent *s)
{
	const struct text_token *tk;
	struct tag	*g;
	const char	*w;
	unsigned	 bits;
	size_t		 n;
	guint		 i, caps = 0, words = 0;
	int		 title;

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
		if (tk->kind != TEXT_WORD) {
			g->cls = text_lex_quote(w, n) ? TL_QUOTE : TL_PUNCT;
			continue;
		}
		bits = text_lex_word(w, n, (initial(s, i) ? TLW_INITIAL : 0) |
		    (title ? TLW_TITLE : 0));
		g->cls = TL_CLS(bits);
		g->v = TL_FORMS(bits);
	}
}

/* --- verb groups ---------------------------------------------------------- */

static int
w_is(const struct sent *s, guint i, const char *w)
{
	return i < s->n && text_is(s->t, s->s0 + i, w);
}

static int
w_in(const struct sent *s, guint i, const char *const *l)
{
	return i < s->n && text_in(s->t, s->s0 + i, l);
}

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
static int
base_at(const struct sent *s, guint i)
{
	if (i >= s->n)
		return 0;
	return ((s->tg[i].cls == TL_OPEN || s->tg[i].cls == TL_NAME) &&
	    (s->tg[i].v & TLV_BASE)) || w_is(s, i, "be") ||
	    w_is(s, i, "have") || w_is(s, i, "do");
}

/* Skip negators and group adverbs from i; negation noted in *neg. */
static guint
skip_adv(const struct sent *s, guint i, int *neg)
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
		    e == E_HAVE) && base_at(s, j + 1)) {
			if (e == E_BE) {	/* "is to sign" */
				if (tense == TT_PRESENT)
					tense = TT_FUTURE;
				g->mod = TMOD_SCHEDULED;
			} else			/* "has to sign" */
				g->mod = TMOD_OBLIGATION;
			e = E_BASE;
			g->last = j;
			j = skip_adv(s, j + 1, &g->neg);
			first = 0;
			continue;
		} else if (tg->cls == TL_OPEN || (tg->cls == TL_NAME &&
		    !first)) {
			if ((e == E_BASE && !(tg->v & TLV_BASE) &&
			    !(tg->cls == TL_OPEN && tg->v == 0)) ||
			    (e == E_BE && !(tg->v & (TLV_PPART | TLV_ING)) &&
			    !(listed(sched_adj, k) && w_is(s, j + 1, "to"))) ||
			    (e == E_HAVE && !(tg->v & TLV_PPART)) ||
			    (e == E_ANY && !(tg->v & TLV_FORMS)))
				break;
			if (first)
				tense = tg->v & TLV_PAST ? TT_PAST : TT_PRESENT;
			g->pass = e == E_BE && (tg->v & TLV_PPART);
			semi = w_is(s, j + 1, "to") && base_at(s, j + 2) &&
			    ((e == E_BE && listed(sched_adj, k)) ||
			    (tg->v & (TLV_SCHED | TLV_WANT | TLV_OBLIG)));
			g->head = j;
			g->last = j;
			if (!semi)
				break;
			if (tg->v & TLV_WANT)
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
			j = skip_adv(s, j + 2, &g->neg);
			first = 0;
			continue;
		} else
			break;
		g->head = j;
		g->last = j;
		first = 0;
		j = skip_adv(s, j + 1, &g->neg);
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
static int
boundary(const struct sent *s, guint i)
{
	enum text_lex_class c = s->tg[i].cls;

	if (c == TL_PUNCT)
		return !w_is(s, i, "-") && !w_is(s, i, "'");
	return c == TL_QUOTE || c == TL_SUB || c == TL_REL || c == TL_THAT ||
	    c == TL_CC;
}

/* Token i can end a noun phrase before a verb. */
static int
np_end(const struct sent *s, int i)
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
	    (i > 1 && s->tg[i - 1].cls == TL_OPEN && s->tg[i - 1].vg < 0 &&
	    (s->tg[i - 2].cls == TL_DET || s->tg[i - 2].cls == TL_POSS)))) ||
	    w_is(s, (guint)i, ")") || w_is(s, (guint)i, "%");
}

/* The token before i, adverbs and negators skipped (bounded); -1 at
 * the start. */
static int
prev_word(const struct sent *s, guint i)
{
	int		 p = (int)i - 1, lim = (int)i - 4;

	while (p >= 0 && p > lim && (s->tg[p].cls == TL_ADV ||
	    s->tg[p].cls == TL_NEG))
		p--;
	return p;
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

	if (i + 1 >= s->n)
		return 0;
	c = s->tg[i + 1].cls;
	if (c != TL_PREP && c != TL_NUM && c != TL_ADV && c != TL_TIME)
		return 0;
	for (j = i + 2; j < end; j++) {
		c = s->tg[j].cls;
		if (c == TL_SUB || c == TL_REL || c == TL_THAT || c == TL_CC ||
		    c == TL_QUOTE || w_is(s, j, ";") || w_is(s, j, ":"))
			return 0;
		if ((c == TL_BE || c == TL_HAVE || c == TL_MODAL ||
		    c == TL_DO) &&
		    !w_is(s, j, "been") && !w_is(s, j, "being") &&
		    !w_is(s, j, "be") && !w_is(s, j, "having"))
			return 1;
		if (c == TL_OPEN && (s->tg[j].v & (TLV_PAST | TLV_S)) &&
		    np_end(s, (int)j - 1))
			return 1;
	}
	return 0;
}

/* Token i looks like a plural noun: "rebels", "talks". */
static int
plural(const struct sent *s, int i)
{
	size_t		 n;
	const char	*w;

	if (i < 0 || (s->tg[i].cls != TL_OPEN && s->tg[i].cls != TL_NAME))
		return 0;
	w = text_word(s->t, s->s0 + (guint)i, &n);
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != '\'' && w[n - 2] != 'u' && w[n - 2] != 'i';
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
 * How the open word i starts a verb group, or -1: by its forms and
 * its left neighbour (seg: the stretch already has a finite verb, 2
 * when a relative's on a subject, whose main verb may follow).
 */
static int
open_kind(struct sent *s, guint i, int seg)
{
	unsigned	 v = s->tg[i].v;
	struct vg	*lg = last_group(s);
	int		 p = prev_word(s, i), np, rel, comma;
	enum text_lex_class pc, nc;

	pc = p >= 0 ? s->tg[p].cls : TL_PUNCT;
	nc = i + 1 < s->n ? s->tg[i + 1].cls : TL_PUNCT;
	/* "the rebels who hold the port resumed", not "... the dam
	 * funded by", "... had long pretended", "... helped rebels win" */
	if (seg == 2)
		seg = w_is(s, i + 1, "by") || !(v & (TLV_PAST | TLV_S)) ||
		    lg == NULL || i < lg->last + 3;
	if (!(v & TLV_FORMS) || (p >= 0 && w_is(s, (guint)p, "-") &&
	    text_tok(s->t, s->s0 + p)->end == text_tok(s->t, s->s0 + i)->start))
		return -1;
	np = np_end(s, p) || ((v & TLV_PAST) && p > 0 &&
	    w_is(s, (guint)p, ",") && aside(s, p) >= 0);
	rel = pc == TL_REL || pc == TL_THAT;
	comma = p < 0 || w_is(s, (guint)p, ",") || w_is(s, (guint)p, "(") ||
	    w_is(s, (guint)p, "\xE2\x80\x94");
	if (pc == TL_CC && lg != NULL && !np) {
		/* "met Y and signed", "to sign and ratify" */
		if (lg->kind == G_INF && (v & TLV_BASE))
			return G_INF;
		if (lg->kind != G_FINITE)
			return -1;
		if (((v & TLV_PAST) && (lg->hv & TLV_PAST)) ||
		    ((v & TLV_S) && (lg->hv & TLV_S)) ||
		    ((v & TLV_BASE) && (lg->hv & TLV_BASE)))
			return G_FINITE;
		return -1;
	}
	if ((v & TLV_ING) && !(v & (TLV_PAST | TLV_S | TLV_BASE)))
		return comma || ((pc == TL_SUB || w_is(s, (guint)p, "by") ||
		    w_is(s, (guint)p, "without")) && (nc == TL_DET ||
		    nc == TL_POSS || nc == TL_NAME || nc == TL_OBJP ||
		    nc == TL_NUM || nc == TL_PRON)) ? G_PART : -1;
	if ((v & TLV_PAST) && (v & TLV_SPEECH) && (pc == TL_QUOTE || comma) &&
	    !np)
		return G_FINITE;	/* '"...," said the minister' */
	if (v & (TLV_PAST | TLV_PPART)) {
		if (np && comma && p >= 0)
			return G_FINITE;	/* "Mr Kim, who ..., shook" */
		if (comma && (v & TLV_PPART) && (nc == TL_PREP ||
		    nc == TL_NUM || nc == TL_TIME || w_is(s, i + 1, ",")))
			return G_PART;
		if (rel)
			return (v & TLV_PAST) ? G_FINITE : -1;
		if (!np)
			return -1;
		if ((v & TLV_PPART) && (seg || !(v & TLV_PAST) ||
		    reduced(s, i)))
			return seg && lg != NULL && (lg->hv & TLV_SPEECH) &&
			    (v & TLV_PAST) ? G_FINITE : G_REDUCED;
		return (v & TLV_PAST) ? G_FINITE : -1;
	}
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
		/* after a plural noun: "the rebels want" */
		return np && !seg && plural(s, p) ? G_FINITE : -1;
	}
	return -1;
}

/*
 * The finite group at i is a restrictive relative's, on a noun where a
 * subject stands ("The rebels who hold the port resumed talks"): the
 * stretch may still hold the main verb.
 */
static int
subject_relative(const struct sent *s, guint i)
{
	int		 m = prev_word(s, i);
	guint		 f;

	if (m <= 0 || (s->tg[m].cls != TL_REL && s->tg[m].cls != TL_THAT) ||
	    !np_end(s, m - 1) || np_back(s, m - 1, &f) == 0)
		return 0;
	return f == 0 || boundary(s, f - 1);
}

/* The verb groups of the sentence, in text order. */
static void
find_groups(struct sent *s)
{
	struct vg	 g;
	const struct tag *tg;
	guint		 i, j;
	int		 seg = 0, kind, start;

	for (i = 0; i < s->n; ) {
		tg = &s->tg[i];
		kind = -1;
		start = (int)i;
		if (boundary(s, i))
			seg = 0;
		else if (tg->cls == TL_MODAL || tg->cls == TL_BE ||
		    tg->cls == TL_HAVE || tg->cls == TL_DO) {
			if (!w_is(s, i, "be") && !w_is(s, i, "been") &&
			    !w_is(s, i, "being") && !w_is(s, i, "having"))
				kind = G_FINITE;
			else if (i == 0 || w_is(s, i - 1, ","))
				kind = G_PART;
		} else if (tg->cls == TL_TO && base_at(s, i + 1)) {
			kind = G_INF;
			start = (int)i + 1;
		} else if (tg->cls == TL_TO && i + 1 < s->n &&
		    s->tg[i + 1].cls == TL_QUOTE && base_at(s, i + 2)) {
			/* to "provide security guarantees" */
			kind = G_INF;
			start = (int)i + 2;
		} else if (tg->cls == TL_OPEN)
			kind = open_kind(s, i, seg);
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
			seg = subject_relative(s, g.first) ? 2 : 1;
		for (j = g.first; j <= g.last; j++)
			s->tg[j].vg = (int)s->vgs->len;
		g_array_append_val(s->vgs, g);
		i = g.last + 1;
	}
}

/* --- clauses -------------------------------------------------------------- */

#define P_NEXT	(-2)	/* parent: the next main clause */

/* Token i may stand inside a noun phrase. */
static int
np_word(const struct sent *s, int i)
{
	enum text_lex_class c;

	if (i < 0 || (guint)i >= s->n || s->tg[i].vg >= 0)
		return 0;
	c = s->tg[i].cls;
	return c == TL_NAME || c == TL_OPEN || c == TL_NUM ||
	    w_is(s, (guint)i, "'s") || w_is(s, (guint)i, "-") ||
	    w_is(s, (guint)i, "%") || w_is(s, (guint)i, "&") ||
	    w_is(s, (guint)i, "'") || w_is(s, (guint)i, "\xE2\x80\x99");
}

/*
 * The comma at j closes an aside ("Mr Kim, who is 34, shook"; "Mr
 * Kim, North Korea's leader, said"): the token before its opening
 * comma, or -1.
 */
static int
aside(const struct sent *s, int j)
{
	int		 k, lim = j - 40, fin = 0;

	for (k = j - 1; k >= 0 && k > lim; k--) {
		if (s->tg[k].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[k].vg).kind == G_FINITE)
			fin = 1;
		if (w_is(s, (guint)k, ";") || s->tg[k].cls == TL_QUOTE)
			return -1;
		if (w_is(s, (guint)k, ","))
			break;
	}
	if (k <= 0 || k <= lim || !w_is(s, (guint)k, ","))
		return -1;
	if (fin && s->tg[k + 1].cls != TL_REL)
		return -1;
	return np_word(s, k - 1) ? k - 1 : -1;
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

/* The noun phrase ending at token j (a subject): its first token in
 * *first, its length (0: none). */
static guint
np_back(const struct sent *s, int j, guint *first)
{
	int		 i, lim, cc = -1, r, hop = 0;

	if (j < 0)
		return 0;
	if (s->tg[j].cls == TL_PRON && s->tg[j].vg < 0) {
		*first = (guint)j;
		return 1;
	}
	if (w_is(s, (guint)j, ",") && (j = aside(s, j)) < 0)
		return 0;
	for (i = j, lim = j - WIN; i >= 0 && i > lim; i--) {
		if (s->tg[i].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[i].vg).kind == G_REDUCED && !hop) {
			/* "The treaty signed in 1987 banned": "The treaty" */
			hop = 1;
			i = (int)g_array_index(s->vgs, struct vg,
			    s->tg[i].vg).first;
			/* an "and" after the participle is not the
			 * subject's */
			cc = -1;
			continue;
		}
		if (s->tg[i].vg >= 0)
			break;
		if (np_word(s, i)) {
			/* a date before a name: "In 2014 Russia" */
			if (s->tg[i].cls == TL_NUM && i < j &&
			    s->tg[i + 1].cls == TL_NAME)
				break;
			continue;
		}
		if (s->tg[i].cls == TL_DET || s->tg[i].cls == TL_POSS ||
		    (i < j && w_is(s, (guint)i, "her"))) {
			/* "officials from the ministry", "a panel chaired
			 * by a judge" */
			if (i > 1 && ((w_in(s, (guint)i - 1, np_preps) &&
			    np_word(s, i - 2) && s->tg[i - 2].cls != TL_NUM) ||
			    (!hop && after_reduced(s, i - 1))))
				continue;
			i--;
			break;
		}
		if (i < j && w_in(s, (guint)i, np_preps) &&
		    np_word(s, i - 1) && s->tg[i - 1].cls != TL_NUM)
			continue;
		/* "An inquiry led by ...": on to the participle */
		if (i < j && !hop && after_reduced(s, i))
			continue;
		/* "His visit in September 2023 lasted" */
		if (i < j && s->tg[i].cls == TL_TIME && s->tg[i + 1].cls ==
		    TL_NUM && i > 0 && w_in(s, (guint)i - 1, np_preps))
			continue;
		if (i < j && s->tg[i].cls == TL_CC && !w_is(s, (guint)i, "but")
		    && (np_word(s, i - 1) || s->tg[i - 1].cls == TL_PRON)) {
			cc = i;
			continue;
		}
		break;
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
static guint
np_fwd(const struct sent *s, guint i, guint limit, guint *first)
{
	guint		 j, k, end;
	int		 neg = 0;

	i = skip_adv(s, i, &neg);
	*first = i;
	end = MIN(limit, i + WIN);
	if (i < end && s->tg[i].cls == TL_QUOTE) {
		for (j = i + 1; j < end && s->tg[j].cls != TL_QUOTE; j++)
			;
		return j < end ? j - i + 1 : 0;
	}
	for (j = i; j < end; j++) {
		if (w_in(s, j, time_adj) && (w_in(s, j + 1, time_nouns) ||
		    (j + 1 < s->n && s->tg[j + 1].cls == TL_TIME)))
			break;
		/* "soldiers missing since the war": a modifier after */
		if (j > i && s->tg[j].cls == TL_OPEN && (s->tg[j].v &
		    TLV_ING) && plural(s, (int)j - 1))
			break;
		if (np_word(s, (int)j) || ((s->tg[j].cls == TL_DET ||
		    s->tg[j].cls == TL_POSS || s->tg[j].cls == TL_OBJP) &&
		    s->tg[j].vg < 0))
			continue;
		if (j == i && w_in(s, j, (const char *const[]){ "it", "you",
		    NULL }))
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
		    (np_word(s, (int)j + 1) || s->tg[j + 1].cls == TL_DET ||
		    s->tg[j + 1].cls == TL_POSS) && !(j + 2 < s->n &&
		    s->tg[j + 2].vg >= 0))
			continue;
		break;
	}
	return j - i;
}

/* The clause of the antecedent before a relative marker at b. */
static void
antecedent(const struct sent *s, int b, struct text_clause *c)
{
	guint		 f, n, k;
	int		 a = b - 1;

	if (a >= 0 && w_is(s, (guint)a, ","))
		a--;
	if (a >= 0 && s->tg[a].cls == TL_PRON)
		return;
	if ((n = np_back(s, a, &f)) == 0)
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

	for (k = b - 1; k >= 0 && k > b - 8 && !boundary(s, (guint)k) &&
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
	if (l->c.kind != TC_RELATIVE || r->kind != G_FINITE || m < 0 ||
	    (s->tg[m].cls != TL_THAT && s->tg[m].cls != TL_REL) ||
	    l->c.subj_n == 0 || l->c.subj_first + l->c.subj_n != (guint)m ||
	    g->first > r->last + 25 || (an = np_back(s, m - 1, &af)) == 0)
		return -1;
	/* the antecedent's phrase stands where a subject does */
	if (af > 0 && !(boundary(s, af - 1) || (s->tg[af - 1].vg >= 0 &&
	    (g_array_index(s->vgs, struct vg, s->tg[af - 1].vg).hv &
	    TLV_SPEECH))))
		return -1;
	for (k = r->last + 1; k < g->first; k++) {
		if (np_word(s, (int)k) || s->tg[k].cls == TL_DET ||
		    s->tg[k].cls == TL_POSS || s->tg[k].cls == TL_PREP ||
		    s->tg[k].cls == TL_TIME || s->tg[k].cls == TL_ADV)
			continue;
		/* "since 1990": a date, no clause */
		if (s->tg[k].cls == TL_SUB && k + 1 < g->first &&
		    (s->tg[k + 1].cls == TL_NUM || s->tg[k + 1].cls == TL_TIME))
			continue;
		return -1;
	}
	*first = af;
	*n = an;
	return (int)gi - 1;
}

/* Kind, marker, subject and parent of the finite group gi's clause. */
static void
finite(struct sent *s, guint gi, struct lc *l)
{
	const struct vg *g = &g_array_index(s->vgs, struct vg, gi);
	struct text_clause *c = &l->c;
	int		 p, b, a, pf = prev_finite(s, gi), pc = (int)gi - 1;
	guint		 n, f, k;
	size_t		 dn;
	enum text_lex_class bc;

	p = prev_word(s, g->first);
	if (p >= 0 && s->tg[p].cls == TL_CC) {
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
	n = np_back(s, p, &f);
	b = n > 0 ? (int)f - 1 : p;
	if ((a = after_relative(s, gi, &f, &n)) >= 0) {
		b = (int)f - 1;
		lc_at(s, a)->c.parent = (int)gi;
	}
	if (n > 0) {
		c->subj_first = f;
		c->subj_n = n;
	}
	bc = b >= 0 ? s->tg[b].cls : TL_PUNCT;
	if (n == 0 && (g->hv & TLV_SPEECH) && (b < 0 || bc == TL_QUOTE ||
	    w_is(s, (guint)b, ","))) {
		/* '"...," said Mr Kim.' */
		c->kind = TC_MAIN;
		n = np_fwd(s, g->last + 1, s->n, &f);
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
		    w_in(s, (guint)b - 1, time_nouns)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				antecedent(s, b, c);
		}
		if ((w_is(s, (guint)b, "if") || w_is(s, (guint)b, "unless")) &&
		    c->modality == TMOD_NONE)
			c->modality = TMOD_CONDITIONAL;
		c->parent = pc >= 0 ? pc : P_NEXT;
		return;
	case TL_REL:
		c->mark = b;
		c->kind = TC_RELATIVE;
		if (n == 0)
			antecedent(s, b, c);
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
		} else if (a > 1 && s->tg[a].cls == TL_TIME && s->tg[a -
		    1].cls == TL_PREP && s->tg[a - 2].vg >= 0) {
			/* "said on Wednesday that" */
			c->kind = TC_REPORTED;
			c->parent = s->tg[a - 2].vg;
		} else if (np_end(s, a) && np_back(s, a, &f) > 0 && f > 1 &&
		    s->tg[f - 1].cls == TL_PREP && s->tg[f - 2].vg >= 0 &&
		    (g_array_index(s->vgs, struct vg, s->tg[f - 2].vg).hv &
		    TLV_SPEECH)) {
			/* "said in a statement that" */
			c->kind = TC_REPORTED;
			c->parent = s->tg[f - 2].vg;
		} else if (np_end(s, a) && (k = np_back(s, a, &f)) > 0 &&
		    f > 0 && s->tg[f - 1].vg >= 0 && (g_array_index(s->vgs,
		    struct vg, s->tg[f - 1].vg).hv & (k == 1 || (k == 2 &&
		    w_in(s, f, time_adj)) ? TLV_SPEECH : TLV_DATIVE))) {
			/* "told reporters that", "said afterwards that",
			 * "said this month that"; not "said the firm
			 * that won ..." */
			c->kind = TC_REPORTED;
			c->parent = s->tg[f - 1].vg;
		} else if (np_end(s, a)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				antecedent(s, b, c);
			c->parent = pc >= 0 ? pc : P_NEXT;
		} else {
			c->kind = TC_REPORTED;
			c->parent = pc >= 0 ? pc : P_NEXT;
		}
		return;
	case TL_CC:
		c->mark = b;
		c->kind = pf >= 0 ? lc_at(s, pf)->c.kind : TC_MAIN;
		c->parent = pf >= 0 ? lc_at(s, pf)->c.parent : -1;
		return;
	default:
		break;
	}
	c->kind = TC_MAIN;
	c->parent = -1;
	for (a = b; a >= 0 && a > b - 3 && (s->tg[a].cls == TL_QUOTE ||
	    w_is(s, (guint)a, ",") || w_is(s, (guint)a, ":")); a--)
		;
	if (a >= 0 && s->tg[a].vg >= 0 && (g_array_index(s->vgs, struct vg,
	    s->tg[a].vg).hv & TLV_SPEECH) && (a == b ||
	    a == (int)g_array_index(s->vgs, struct vg, s->tg[a].vg).last)) {
		/* "said Russia would", 'said: "We will' */
		c->kind = TC_REPORTED;
		c->parent = s->tg[a].vg;
	} else if (n > 0 && bc == TL_OPEN && b >= 0 && s->tg[b].vg < 0 &&
	    !g_ascii_isdigit(*text_word(s->t, s->s0 + (guint)b, &dn)) &&
	    (s->tg[f].cls == TL_DET ||
	    s->tg[f].cls == TL_PRON)) {
		/* "the deal the two men signed" */
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
		p = prev_word(s, g->first);
		switch (g->kind) {
		case G_FINITE:
			finite(s, gi, &l);
			break;
		case G_INF:
			l.c.mark = (int)g->first - 1;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			break;
		case G_PART:
			if (p >= 0 && (s->tg[p].cls == TL_SUB ||
			    s->tg[p].cls == TL_PREP))
				l.c.mark = p;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			break;
		case G_REDUCED:
			p = prev_finite(s, gi);
			l.c.parent = p >= 0 ? p : P_NEXT;
			break;
		}
		g_array_append_val(s->cl, l);
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
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		l->c.first_token = l->c.verb_first;
		if (l->c.mark >= 0)
			l->c.first_token = (guint)l->c.mark;
		else if (l->c.subj_n > 0 && l->c.subj_first <
		    l->c.first_token)
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
		l->c.obj_n = np_fwd(s, f, limit, &l->c.obj_first);
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
	struct lc	*l, *p;
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
		end = MAX(end, l->end0);
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
		tag_sentence(&s);
		find_groups(&s);
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

/* --- dump ----------------------------------------------------------------- */

static void
span(const struct text *t, FILE *f, guint first, guint n)
{
	const struct text_token *a, *z;

	if (n == 0) {
		fputs("null", f);
		return;
	}
	a = text_tok(t, first);
	z = text_tok(t, first + n - 1);
	text_json_slice(f, t->str->str + a->tstart, z->tend - a->tstart);
}

void
text_dump_clauses(const struct text *t, guint i, FILE *f)
{
	static const char *const kinds[] = {
		"main", "subord", "relative", "reported", "nonfinite"
	};
	static const char *const tenses[] = {
		"none", "past", "present", "future"
	};
	static const char *const mods[] = {
		"none", "possible", "conditional", "obligation", "scheduled",
		"want"
	};
	const struct text_sentence *se = text_sent(t, i);
	const struct text_clause *c;
	guint		 k;

	fputs("\"clauses\": [", f);
	for (k = 0; k < se->nclauses; k++) {
		c = text_clause(t, se->first_clause + k);
		fprintf(f, "%s\n    {\"start\": %zu, \"end\": %zu, \"text\": ",
		    k > 0 ? "," : "", c->start, c->end);
		text_json_slice(f, t->str->str + c->tstart,
		    c->tend - c->tstart);
		fprintf(f, ", \"kind\": \"%s\", \"parent\": %d,\n     "
		    "\"subject\": ", kinds[c->kind], c->parent);
		span(t, f, c->subj_first, c->subj_n);
		fputs(", \"actor\": ", f);
		if (c->subject >= 0 && (guint)c->subject < t->actors->len)
			text_json_slice(f, text_actor(t, c->subject)->name,
			    strlen(text_actor(t, c->subject)->name));
		else
			fputs("null", f);
		fputs(", \"verb\": ", f);
		span(t, f, c->verb_first, c->verb_n);
		fprintf(f, ", \"tense\": \"%s\", \"modality\": \"%s\", "
		    "\"negated\": %s, \"passive\": %s, \"object\": ",
		    tenses[c->tense], mods[c->modality],
		    c->negated ? "true" : "false",
		    c->passive ? "true" : "false");
		span(t, f, c->obj_first, c->obj_n);
		fputc('}', f);
	}
	fputs("]", f);
}
