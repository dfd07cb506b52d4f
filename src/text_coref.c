/* SPDX-License-Identifier: MIT */
/*
 * Coreference after the clauses: the noun phrase a pronoun subject that
 * names no actor stands for ("The junta ...  On Monday it named a prime
 * minister": the junta), and the person a possessive "his"/"her" in a
 * clause stands for (the clause's subject, "Kim ... during his visit").
 *
 * A pronoun's candidates are the subjects and objects of the clauses
 * before it in its paragraph, at most ANTE_SENTS sentences back and
 * ANTE_CLAUSES clauses; each is read as a noun phrase (text_coref_np.c:
 * its head, number, whether it is a person or a group, the actor it
 * names) and must agree with the pronoun: "it" a singular non-person,
 * "they" a plural, a coordination or a group, "he"/"she" a person of a
 * compatible gender.
 * Of those that agree the most salient wins, after Lappin and Leass
 * (1994): a weight that halves with each sentence back, more for a
 * subject than an object, for a main clause and for the subject of the
 * verb the pronoun's clause hangs on ("X said that it").  An "it" the
 * mentions gave the body named last is checked against the same
 * candidates.  Every scan is bounded, so the whole stage is linear in
 * the text.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "text_coref_int.h"
#include "text_lexicon.h"

#define ANTE_SENTS	3	/* sentences back searched */
#define ANTE_CLAUSES	48	/* clauses examined for one pronoun */
#define EXPL_LOOK	6	/* tokens after "it is" for "that..." */
#define CLAUSE_WIN	32	/* clauses searched around a token */
#define UP_MAX		8	/* parents climbed for a shared subject */

/* Salience weights (Lappin and Leass's, in spirit). */
#define W_RECENT	100	/* the pronoun's sentence; halved per one */
#define W_SUBJECT	80
#define W_OBJECT	50
#define W_MAIN		30
#define W_GOVERN	60	/* the subject of the verb it hangs on */
#define GOVERN_GAP	6	/* "said on Thursday morning that" */

enum pron {
	PR_NONE,
	PR_IT,
	PR_THEY,
	PR_HE,
	PR_SHE
};

struct coref {
	struct text	*t;
	int		*gender;	/* per actor, G_* */
	guchar		*done;		/* per clause: subject set here */
	struct np	*nps;		/* per clause: subject, object */
	guchar		*read;		/* per clause and role: NP_* */
	int		 trace;		/* BRIEFING_TRACE=coref */
};

/* A clause's subject or object, read once for all pronouns. */
#define NP_UNREAD	0
#define NP_YES		1
#define NP_NO		2

/* Verbs after an "it" that opens an extraposed clause: "it is clear
 * that", "it remains unclear whether", "it would take time to". */
static const char *const expl_verbs[] = {
	"be", "is", "are", "was", "were", "been", "being", "'s", "remain",
	"remains", "remained", "become", "becomes", "became", "matter",
	"matters", "mattered", "take", "takes", "took", "taken", NULL
};

static const char *const expl_always[] = {
	"seem", "seems", "seemed", "appear", "appears", "appeared",
	"happen", "happens", "happened", NULL
};

/* A "that"-clause, a question word: what an expletive "it" is for. */
static const char *const complementizers[] = {
	"that", "whether", "if", "how", "why", "what", "who", "when",
	"where", NULL
};

/* Before "to" after an expletive "it": "it is hard to say". */
static const char *const expl_adj[] = {
	"hard", "difficult", "easy", "important", "necessary", "possible",
	"impossible", "time", "wise", "unclear", "clear", "essential",
	"vital", "crucial", "impossible", "tempting", "worth", "too", "safe",
	"dangerous", "reasonable", "fair", NULL
};

/* Passive report verbs: "it was reported that". */
static const char *const expl_passive[] = {
	"said", "reported", "believed", "thought", "understood", "expected",
	"feared", "hoped", "claimed", "known", "rumoured", "rumored",
	"alleged", "estimated", "agreed", "decided", "announced", NULL
};
static void	 resolve(struct coref *, guint);
static void	 reassign(struct text *, guint, int);
static void	 possessives(struct coref *);

/* --- words ---------------------------------------------------------------- */

static enum pron
pronoun(const struct text *t, guint i)
{
	if (text_is(t, i, "it"))
		return PR_IT;
	if (text_is(t, i, "they"))
		return PR_THEY;
	if (text_is(t, i, "he"))
		return PR_HE;
	if (text_is(t, i, "she"))
		return PR_SHE;
	return PR_NONE;
}

/* The noun phrase np may stand for pronoun p. */
static int
agrees(const struct np *np, enum pron p)
{
	switch (p) {
	case PR_IT:
		return !np->plural && !np->person && !np->unknown;
	case PR_THEY:
		return np->plural || np->group;
	case PR_HE:
		return (np->person || np->unknown) && !np->plural &&
		    np->gender != G_FEMALE;
	case PR_SHE:
		return (np->person || np->unknown) && !np->plural &&
		    np->gender != G_MALE;
	default:
		return 0;
	}
}

/* --- pronoun subjects ----------------------------------------------------- */

/*
 * The "it" of clause cl opens an extraposed clause or a cleft: "it
 * seems", "it is unclear whether", "it was reported that", "it is hard
 * to say", "it is the politics that runs".
 */
static int
expletive(const struct text *t, const struct text_clause *cl)
{
	const struct text_sentence *se = text_sent(t, cl->sentence);
	guint		 v, e, end = se->first_token + se->ntokens, k;
	int		 be = 0, report = 0;

	if (cl->verb_n == 0)
		return 0;
	e = cl->verb_first + cl->verb_n;
	for (v = cl->verb_first; v < e; v++) {
		if (coref_in_list(t, v, expl_always))
			return 1;
		be |= coref_in_list(t, v, expl_verbs);
		report |= cl->passive && coref_in_list(t, v, expl_passive);
	}
	if (!be && !report)
		return 0;
	if (cl->passive && !report)
		return 0;		/* "it was rejected by 230 votes" */
	for (k = e; k < end && k < e + EXPL_LOOK; k++) {
		if (coref_in_list(t, k, complementizers))
			return !text_is(t, k, "that") || k == e ||
			    !text_is(t, k - 1, "so");
		if (text_is(t, k, "to") && k > e && (coref_in_list(t, k - 1,
		    expl_adj) || coref_in_list(t, e - 1, (const char *const[]){
		    "take", "takes", "took", "taken", NULL })))
			return 1;
		if (k == e && text_is(t, k, "worth"))
			return 1;
		if (coref_is_punct(t, k) && !coref_in_list(t, k - 1, expl_adj))
			break;
	}
	return 0;
}

/* The gender a pronoun asks for. */
static int
pron_gender(enum pron p)
{
	return p == PR_HE ? G_MALE : p == PR_SHE ? G_FEMALE : G_NONE;
}

/* Pronouns p and q stand for the same kind of thing. */
static int
same_kind(enum pron p, enum pron q)
{
	return p == q;
}

/* The lone pronoun subject of clause cl: its token in *tok, or PR_NONE. */
static enum pron
lone_pronoun(const struct text *t, const struct text_clause *cl, guint *tok)
{
	guint	f = cl->subj_first, e = cl->subj_first + cl->subj_n;

	while (f < e && coref_is_punct(t, f))
		f++;
	if (f + 1 != e)
		return PR_NONE;
	*tok = f;
	return pronoun(t, f);
}

/* A clause boundary other than a comma between tokens a and b. */
static int
crossed(const struct text *t, guint a, guint b)
{
	size_t	n;

	for (; a < b; a++)
		if (coref_is_punct(t, a) && !coref_joiner(t, a) &&
		    *text_word(t, a, &n) != ',')
			return 1;
	return 0;
}

struct best {
	int		 score;
	guint		 first, n;
	int		 actor;
	int		 from;		/* clause */
};

/* Clause j's subject (obj 0) or object read as a noun phrase in *np;
 * 0 when it is none. */
static int
role(struct coref *co, guint j, int obj, struct np *np)
{
	const struct text_clause *cl = text_clause(co->t, j);
	guint	 x = 2 * j + (obj ? 1 : 0);

	if (co->read[x] == NP_UNREAD)
		co->read[x] = coref_np_read(co->t, co->gender,
		    obj ? cl->obj_first : cl->subj_first,
		    obj ? cl->obj_n : cl->subj_n, cl->sentence,
		    &co->nps[x]) ? NP_YES : NP_NO;
	*np = co->nps[x];
	return co->read[x] == NP_YES;
}

/* Weigh candidate np (of clause j, its subject when subj) for the
 * pronoun p of clause c at token tok. */
static void
weigh(const struct coref *co, guint c, guint tok, enum pron p, guint j,
    int subj, const struct np *np, struct best *b)
{
	const struct text *t = co->t;
	const struct text_clause *cl = text_clause(t, c);
	const struct text_clause *cj = text_clause(t, j);
	guint	 d = cl->sentence - cj->sentence, ve, k;
	int	 score;

	if (np->first + np->n > tok || !agrees(np, p))
		return;
	/* "restrictions that they imposed": not the relative's own
	 * antecedent */
	if (cl->kind == TC_RELATIVE && cl->mark >= 0 &&
	    np->first + np->n + 1 >= (guint)cl->mark &&
	    np->first < (guint)cl->mark)
		return;
	score = (W_RECENT >> d) + (subj ? W_SUBJECT : W_OBJECT) +
	    (cj->kind == TC_MAIN ? W_MAIN : 0);
	/* "X said (on Monday) that it ...", "X made clear it ...": the
	 * subject of the verb the pronoun's clause hangs on */
	ve = cj->verb_first + cj->verb_n;
	if (subj && d == 0 && cj->verb_n > 0 &&
	    cj->subj_first < cj->verb_first && ve <= tok &&
	    tok - ve <= GOVERN_GAP && !crossed(t, ve, tok)) {
		/* no other verb between: "X was postponed after Y said it" */
		for (k = j + 1; k < c; k++)
			if (text_clause(t, k)->verb_n > 0 &&
			    text_clause(t, k)->verb_first >= ve &&
			    text_clause(t, k)->verb_first < tok)
				break;
		if (k >= c)
			score += W_GOVERN;
	}
	if (score > b->score) {
		b->score = score;
		b->first = np->first;
		b->n = np->n;
		b->actor = np->actor;
		b->from = (int)j;
	}
}

/* Clause c's pronoun subject: its antecedent among the clauses before. */
static void
resolve(struct coref *co, guint c)
{
	struct text	*t = co->t;
	struct text_clause *cl = &g_array_index(t->clauses, struct text_clause,
			    c);
	const struct text_clause *cj;
	struct best	 b;
	struct np	 np;
	const struct text_mention *m;
	enum pron	 p, q;
	guint		 tok, j, qt, seen = 0, block, mi;
	int		 had = -1, had_seen = 0;

	if (cl->subj_n == 0 || (p = lone_pronoun(t, cl, &tok)) == PR_NONE)
		return;
	if (cl->subject >= 0) {
		/* the mentions' "it" is the body named last, whatever its
		 * place ("China has reclaimed land, according to American
		 * estimates, and it shows"): checked against the clauses */
		m = text_mention_at(t, tok, &mi);
		if ((p != PR_IT && p != PR_THEY) || m == NULL ||
		    !(m->flags & TM_PRONOUN) || m->actor != cl->subject)
			return;
		had = cl->subject;
	}
	if (p == PR_IT && expletive(t, cl))
		return;
	block = text_sent(t, cl->sentence)->block;
	memset(&b, 0, sizeof(b));
	b.actor = -1;
	b.from = -1;
	for (j = c; j > 0 && seen < ANTE_CLAUSES; seen++) {
		cj = text_clause(t, --j);
		if (cj->sentence + ANTE_SENTS < cl->sentence ||
		    text_sent(t, cj->sentence)->block != block)
			break;
		if (cj->subj_n > 0 && (q = lone_pronoun(t, cj, &qt)) !=
		    PR_NONE) {
			/* "it named X, and it said": the first's antecedent */
			had_seen |= had >= 0 && cj->subject == had;
			if (same_kind(p, q) && (cj->ante_n > 0 ||
			    cj->subject >= 0) && qt < tok) {
				memset(&np, 0, sizeof(np));
				np.first = cj->ante_n > 0 ? cj->ante_first : qt;
				np.n = cj->ante_n;
				np.actor = cj->subject;
				np.plural = p == PR_THEY;
				np.person = p == PR_HE || p == PR_SHE;
				np.gender = pron_gender(p);
				weigh(co, c, tok, p, j, 1, &np, &b);
			}
		} else if (cj->subj_n > 0 && role(co, j, 0, &np)) {
			had_seen |= had >= 0 && np.actor == had;
			weigh(co, c, tok, p, j, 1, &np, &b);
		}
		if (cj->obj_n > 0 && role(co, j, 1, &np)) {
			had_seen |= had >= 0 && np.actor == had;
			weigh(co, c, tok, p, j, 0, &np, &b);
		}
	}
	if (b.from < 0)
		return;
	if (had >= 0) {
		/* only a named antecedent against an actor that stands in
		 * no clause's subject or object near */
		if (b.actor < 0 || b.actor == had || had_seen)
			return;
		reassign(t, mi, b.actor);
	}
	cl->ante_first = b.n > 0 ? b.first : 0;
	cl->ante_n = b.n;
	if (b.actor >= 0) {
		cl->subject = b.actor;
		co->done[c] = 1;
	}
	if (co->trace) {
		fprintf(stderr, "coref: sentence %u: '%.*s' -> '", cl->sentence,
		    (int)(text_tok(t, tok)->tend - text_tok(t, tok)->tstart),
		    t->str->str + text_tok(t, tok)->tstart);
		if (b.n > 0)
			fprintf(stderr, "%.*s", (int)(text_tok(t, b.first +
			    b.n - 1)->tend - text_tok(t, b.first)->tstart),
			    t->str->str + text_tok(t, b.first)->tstart);
		fprintf(stderr, "' (%s)%s%s\n", b.actor >= 0 ?
		    text_actor(t, b.actor)->name : "no actor", had >= 0 ?
		    ", not " : "", had >= 0 ? text_actor(t, had)->name : "");
	}
}

/* --- possessives ---------------------------------------------------------- */

/* The innermost clause of sentence s that holds token i, or -1. */
static int
clause_of(const struct text *t, guint s, guint i)
{
	const struct text_sentence *se = text_sent(t, s);
	const struct text_clause *cl;
	guint		 lo = se->first_clause, hi = lo + se->nclauses, mid,
			 k, seen;
	int		 best = -1;

	/* the last clause that starts at or before i */
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (text_clause(t, mid)->first_token <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo, seen = 0; k > se->first_clause && seen < CLAUSE_WIN;
	    seen++) {
		cl = text_clause(t, --k);
		if (i >= cl->first_token + cl->ntokens)
			continue;
		if (best < 0 || cl->ntokens < text_clause(t, best)->ntokens)
			best = (int)k;
	}
	return best;
}

/* The clause whose subject clause c shares (c itself when it has
 * one), or NULL. */
static const struct text_clause *
subject_clause(const struct text *t, guint c)
{
	const struct text_clause *cl = text_clause(t, c);
	int	up;

	for (up = 0; cl->subj_n == 0 && cl->parent >= 0 && up < UP_MAX; up++)
		cl = text_clause(t, (guint)cl->parent);
	return cl->subj_n > 0 ? cl : NULL;
}

/* Move mention m (index mi) from its actor to actor a. */
static void
reassign(struct text *t, guint mi, int a)
{
	struct text_mention *m = &g_array_index(t->mentions,
			    struct text_mention, mi);
	struct text_actor *from = g_ptr_array_index(t->actors, m->actor);
	struct text_actor *to = g_ptr_array_index(t->actors, a);

	if (from->mentions > 0)
		from->mentions--;
	if (to->mentions++ == 0 || m->start < to->first)
		to->first = m->start;
	m->actor = a;
}

/*
 * A possessive "his"/"her" in a clause whose subject is a person of a
 * compatible gender stands for that subject ("Kim ... during his
 * visit"), not for the person named last; a subject that held the
 * possessive takes the new actor too.
 */
static void
possessives(struct coref *co)
{
	struct text	*t = co->t;
	const struct text_mention *m;
	const struct text_clause *sc;
	struct text_clause *cl;
	struct np	 np;
	guint		 i, tok, end, s0;
	enum text_lex_class cls;
	int		 c, p, g, old;

	for (i = 0; i < t->mentions->len; i++) {
		m = text_mention(t, i);
		if (!(m->flags & TM_PRONOUN) || m->ntokens != 1 ||
		    m->actor < 0)
			continue;
		tok = m->first_token;
		s0 = text_sent(t, m->sentence)->first_token;
		end = s0 + text_sent(t, m->sentence)->ntokens;
		cls = tok + 1 < end && coref_is_word(t, tok + 1) ?
		    TL_CLS(coref_lex_at(t, tok + 1, s0)) : TL_PUNCT;
		if (text_is(t, tok, "his"))
			g = G_MALE;
		else if (text_is(t, tok, "her") && (cls == TL_OPEN ||
		    cls == TL_NAME))
			g = G_FEMALE;
		else
			continue;
		if ((c = clause_of(t, m->sentence, tok)) < 0 ||
		    (sc = subject_clause(t, (guint)c)) == NULL)
			continue;
		/* "North Korean leader Kim Jong Un": the person, not the
		 * state the clause's actor came from */
		p = sc->subject;
		if ((p < 0 || text_actor(t, p)->kind != TA_PERSON) &&
		    coref_np_read(t, co->gender, sc->subj_first, sc->subj_n,
		    sc->sentence, &np) && np.person)
			p = np.actor;
		if (p < 0 || p == m->actor || text_actor(t, p)->kind !=
		    TA_PERSON || (co->gender[p] != G_NONE &&
		    co->gender[p] != g) || tok < sc->subj_first + sc->subj_n)
			continue;
		/* "Nicola Sturgeon, his deputy, is": the subject's
		 * apposition speaks of another */
		if (tok == sc->subj_first + sc->subj_n + 1 &&
		    text_is(t, tok - 1, ","))
			continue;
		old = m->actor;
		reassign(t, i, p);
		if (co->trace)
			fprintf(stderr, "coref: sentence %u: possessive '%s' "
			    "-> %s (not %s)\n", m->sentence, g == G_MALE ?
			    "his" : "her", text_actor(t, p)->name,
			    text_actor(t, old)->name);
		/* "his country would contribute": the subject held it */
		if ((c = clause_of(t, m->sentence, tok)) < 0)
			continue;
		for (guint k = text_sent(t, m->sentence)->first_clause;
		    k < text_sent(t, m->sentence)->first_clause +
		    MIN(text_sent(t, m->sentence)->nclauses, CLAUSE_WIN);
		    k++) {
			cl = &g_array_index(t->clauses, struct text_clause, k);
			if (cl->subject == old && cl->subj_n > 0 &&
			    cl->subj_first <= tok &&
			    tok < cl->subj_first + cl->subj_n)
				cl->subject = p;
		}
	}
}

/* --- the stage ------------------------------------------------------------ */

/* Each person's gender, where the text gives it: the honorific before
 * a name ("Mr Kim", "Ms Park"), else the he/she resolved to it. */
static void
genders(struct coref *co)
{
	const struct text *t = co->t;
	const struct text_mention *m;
	int		*votes;
	guint		 i, n = t->actors->len;
	int		 g;

	votes = g_new0(int, 2 * (gsize)n + 2);
	for (i = 0; i < t->mentions->len; i++) {
		m = text_mention(t, i);
		if (m->actor < 0 || (guint)m->actor >= n ||
		    text_actor(t, m->actor)->kind != TA_PERSON)
			continue;
		g = G_NONE;
		if (m->flags & TM_PRONOUN) {
			if (coref_in_list(t, m->first_token, coref_male))
				g = G_MALE;
			else if (coref_in_list(t, m->first_token, coref_female))
				g = G_FEMALE;
		} else if (m->first_token > 0 &&
		    coref_in_list(t, m->first_token - 1, coref_male))
			g = G_MALE;
		else if (m->first_token > 0 &&
		    coref_in_list(t, m->first_token - 1, coref_female))
			g = G_FEMALE;
		if (g != G_NONE)
			votes[2 * m->actor + g - 1]++;
	}
	for (i = 0; i < n; i++)
		co->gender[i] = votes[2 * i] > votes[2 * i + 1] ? G_MALE :
		    votes[2 * i + 1] > votes[2 * i] ? G_FEMALE : G_NONE;
	g_free(votes);
}

void
text_coref(struct text *t)
{
	struct coref	 co;
	struct text_clause *cl;
	const struct text_clause *sc;
	guint		 i;

	/* the pronouns read are English ones */
	if (t->lang == TEXT_ES || t->lang == TEXT_FR || t->lang == TEXT_DE)
		return;
	memset(&co, 0, sizeof(co));
	co.t = t;
	co.trace = g_strcmp0(g_getenv("BRIEFING_TRACE"), "coref") == 0;
	co.gender = g_new0(int, t->actors->len + 1);
	co.done = g_new0(guchar, t->clauses->len + 1);
	co.nps = g_new(struct np, 2 * (gsize)t->clauses->len + 2);
	co.read = g_new0(guchar, 2 * (gsize)t->clauses->len + 2);
	for (i = 0; i < t->clauses->len; i++) {
		cl = &g_array_index(t->clauses, struct text_clause, i);
		cl->ante_first = 0;
		cl->ante_n = 0;
	}
	genders(&co);
	for (i = 0; i < t->clauses->len; i++)
		resolve(&co, i);
	/* "it named X and appointed Y": the shared subject's actor */
	for (i = 0; i < t->clauses->len; i++) {
		cl = &g_array_index(t->clauses, struct text_clause, i);
		if (cl->subj_n == 0 && cl->subject < 0 &&
		    (sc = subject_clause(t, i)) != NULL &&
		    co.done[sc - text_clause(t, 0)])
			cl->subject = sc->subject;
	}
	possessives(&co);
	g_free(co.done);
	g_free(co.nps);
	g_free(co.read);
	g_free(co.gender);
}
