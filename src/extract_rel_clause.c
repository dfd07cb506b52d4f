/* SPDX-License-Identifier: MIT */
/*
 * How the layer's clauses state the act a cue names (extract_rel.c
 * reads the cues): each word's token and clause, the mode of the act
 * (done, denied or refused, possible, planned), the reported clause a
 * subject is not looked for before, a participle before its noun, a
 * tie broken off.  Calls nothing of extract_rel.c.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_rel_int.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

#define VERB_MAX	8	/* words of a verb group read */
#define BROKEN_NEAR	8	/* words from a breaking verb to its cue */

/* --- the clauses of the layer --------------------------------------------- */

/*
 * The layer's token and innermost clause of each word of the sentence
 * [s, e) (r->wcl).  Words, tokens and clauses being in text order, and
 * a clause holding those it opens, one sweep does it, with a stack of
 * the clauses still open.
 */
void
extract_clause_map(struct run *r, guint s, guint e)
{
	const struct text_sentence *se = r->sent;
	const struct text_clause *c;
	struct wcl	 w;
	guint		 i, lt = se->first_token, lend = lt + se->ntokens;
	guint		 ci = se->first_clause, cend = ci + se->nclauses;
	int		 top;

	g_array_set_size(r->wcl, 0);
	g_array_set_size(r->cstack, 0);
	r->iffy = 0;
	for (; ci < cend; ci++) {
		c = text_clause(r->t, ci);
		if (c->mark >= 0 && (text_is(r->t, (guint)c->mark, "if") ||
		    text_is(r->t, (guint)c->mark, "unless")))
			r->iffy = 1;
	}
	ci = se->first_clause;
	for (i = s; i < e; i++) {
		w.tok = lt;
		w.clause = -1;
		if (lt < lend) {
			while (lt + 1 < lend && text_tok(r->t,
			    lt + 1)->tstart <= r->base + T(r, i)->s)
				lt++;
			w.tok = lt;
			for (; ci < cend && text_clause(r->t,
			    ci)->first_token <= lt; ci++) {
				top = (int)ci;
				g_array_append_val(r->cstack, top);
			}
			while (r->cstack->len > 0) {
				top = g_array_index(r->cstack, int,
				    r->cstack->len - 1);
				c = text_clause(r->t, (guint)top);
				if (c->first_token + c->ntokens > lt) {
					w.clause = top;
					break;
				}
				g_array_set_size(r->cstack, r->cstack->len - 1);
			}
		}
		g_array_append_val(r->wcl, w);
	}
}

/* The verb group of c plans, not schedules: "plans to visit", "intends
 * to sign", not "is due to sign", "is set to meet". */
static int
planned(struct run *r, const struct text_clause *c)
{
	static const char *const plan[] = {
		"plan", "intend", "aim", "propos", "consider", "mean", NULL
	};
	const char	*w;
	size_t		 n, m;
	guint		 k, j;

	for (k = c->verb_first; k < c->verb_first + MIN(c->verb_n,
	    VERB_MAX); k++) {
		w = text_word(r->t, k, &n);
		for (j = 0; plan[j] != NULL; j++)
			if (n >= (m = strlen(plan[j])) &&
			    g_ascii_strncasecmp(w, plan[j], m) == 0)
				return 1;
	}
	return 0;
}

/* Word k begins with one of stems ("deni" for "denied"). */
static int
word_in(struct run *r, guint k, const char *const *stems)
{
	const char	*w;
	size_t		 n, m;
	guint		 j;

	w = text_word(r->t, k, &n);
	for (j = 0; stems[j] != NULL; j++)
		if (n >= (m = strlen(stems[j])) &&
		    g_ascii_strncasecmp(w, stems[j], m) == 0)
			return 1;
	return 0;
}

/* The head of clause c begins with one of stems. */
static int
head_in(struct run *r, const struct text_clause *c,
    const char *const *stems)
{
	return c->head >= 0 && word_in(r, (guint)c->head, stems);
}

/* The head of clause c denies what hangs on it: "denied arming the
 * rebels", "rejected claims that it attacked", "dismissed reports". */
static int
denies(struct run *r, const struct text_clause *c)
{
	static const char *const deny[] = {
		"deni", "deny", "refut", "disput", "dismiss", NULL
	};

	return head_in(r, c, deny);
}

/* The head of clause c refuses what hangs on it: "refused to join",
 * "declined to recognise", "rejected signing". */
static int
refuses(struct run *r, const struct text_clause *c)
{
	static const char *const refuse[] = {
		"refus", "declin", "reject", NULL
	};

	return head_in(r, c, refuse);
}

/*
 * The act of the word at layer token tok in clause ci is kept from
 * happening by a verb a few words before or the one its clause or a
 * clause above it hangs on: "halting plans to annex", "prevent
 * al-Qaeda from using Afghan soil to threaten".  An act ended ("ended
 * the war") happened, and stays.
 */
int
extract_stopped(struct run *r, int ci, guint tok)
{
	static const char *const stop[] = {
		"halt", "prevent", "avert", "abandon", "shelv", "forestall",
		NULL
	};
	const struct text_clause *c;
	guint		 j;
	int		 k;

	/* a stopping verb a few words before: "halting plans to annex" */
	for (j = tok; j > 0 && tok - j < 3; j--)
		if (word_in(r, j - 1, stop))
			return 1;
	for (k = 0; ci >= 0 && k < CLAUSE_UP; k++) {
		c = text_clause(r->t, (guint)ci);
		if (c->head >= 0 && (k > 0 || (guint)c->head < tok) &&
		    head_in(r, c, stop))
			return 1;
		if (c->kind != TC_NONFINITE)
			break;
		ci = c->parent;
	}
	return 0;
}

/*
 * The act at layer token tok of clause c is what someone demands, urges
 * or asks for, not what happened: c is reported by a verb of demand
 * ("demanded that Russia withdraw", "urged that Sudan sign"), or a
 * "that" a few words before the act follows a demand ("issued 13
 * demands, among them that Qatar curb its ties").
 */
static int
demanded(struct run *r, const struct text_clause *c, guint tok)
{
	static const char *const demand[] = {
		"demand", "urg", "insist", "request", "requir", "call",
		"ask", NULL
	};
	/* "demanded that X leave, but X attacked": another clause */
	static const char *const contrast[] = {
		"but", "while", "although", "whereas", "after", "before",
		"when", NULL
	};
	guint		 j, k;

	if (c->kind == TC_REPORTED && c->parent >= 0 &&
	    head_in(r, text_clause(r->t, (guint)c->parent), demand))
		return 1;
	/* "demanded that Russia withdraw": a subjunctive the layer
	 * leaves in its parent; the "that" some words before the act,
	 * coordinated acts included ("that Qatar shut down X, close Y and
	 * curb Z") */
	for (j = tok; j > 0 && tok - j < 24; j--) {
		if (text_is(r->t, j - 1, ".") || text_is(r->t, j - 1, ";") ||
		    word_in(r, j - 1, contrast))
			return 0;
		if (!text_is(r->t, j - 1, "that"))
			continue;
		for (k = j - 1; k > 0 && j - 1 - k < 5; k--)
			if (word_in(r, k - 1, demand))
				return 1;
		return 0;
	}
	return 0;
}

/* The non-finite clause c hangs on a refusal the layer keeps inside
 * its parent's words: "..., while refusing to join the sanctions". */
static int
refused_before(struct run *r, const struct text_clause *c)
{
	static const char *const refuse[] = {
		"refus", "declin", NULL
	};

	return c->kind == TC_NONFINITE && c->first_token > 0 &&
	    text_is(r->t, c->first_token, "to") &&
	    word_in(r, c->first_token - 1, refuse);
}

/*
 * How clause ci states its act: negated or denied ("did not attack",
 * "denied arming": REL_DENIED), possible or conditional ("could sign",
 * "would meet if", "must leave": REL_POSSIBLE), wished or planned
 * ("wants to visit", "plans to visit": REL_PLANNED), else done; a
 * non-finite clause ("to sign") goes by the clause it hangs on, a
 * clause by the verb that denies it.  "Would" is conditional in a
 * sentence that states the condition ("if", "unless"); without one it
 * is mostly the future of a past or reported act ("the Taliban would
 * enter negotiations").  A scheduled act ("is due to sign") is done:
 * the text fixes it.
 */
enum rel_mode
extract_act_mode(struct run *r, int ci, guint tok, int *refused)
{
	const struct text_clause *c;
	int		 n, mine;

	*refused = 0;
	for (n = 0; ci >= 0 && n < CLAUSE_UP; n++) {
		c = text_clause(r->t, (guint)ci);
		/* the verb that refuses or denies may head the cue's own
		 * clause: "denied arming the rebels" */
		mine = n > 0 || (c->head >= 0 && tok > (guint)c->head);
		if (c->negated || (mine && refuses(r, c)) ||
		    refused_before(r, c)) {
			*refused = 1;
			return REL_DENIED;
		}
		if (mine && denies(r, c))
			return REL_DENIED;
		if (demanded(r, c, tok))
			return REL_PLANNED;
		switch (c->modality) {
		case TMOD_NONE:
			break;
		case TMOD_SCHEDULED:
			if (planned(r, c))
				return REL_PLANNED;
			break;
		case TMOD_CONDITIONAL:
			if (r->iffy)
				return REL_POSSIBLE;
			break;
		case TMOD_WANT:
			return REL_PLANNED;
		default:
			return REL_POSSIBLE;
		}
		if (c->kind != TC_NONFINITE && !(c->kind == TC_REPORTED &&
		    c->parent >= 0 && denies(r, text_clause(r->t,
		    (guint)c->parent))))
			break;
		ci = c->parent;
	}
	return REL_DONE;
}

/*
 * The first token of the reported clause ("said the row could sour
 * talks") that holds clause ci, or 0: a cue's subject is not looked for
 * before it, where the speaker stands.
 */
guint
extract_reported_from(struct run *r, int ci)
{
	const struct text_clause *c;
	int		 n;

	for (n = 0; ci >= 0 && n < CLAUSE_UP; n++) {
		c = text_clause(r->t, (guint)ci);
		if (c->kind == TC_REPORTED)
			return c->first_token;
		ci = c->parent;
	}
	return 0;
}

/* Token k is in the verb group of clause c. */
static int
in_verb(const struct text_clause *c, guint k)
{
	return (c->verb_n > 0 && k >= c->verb_first &&
	    k < c->verb_first + c->verb_n) || (c->head >= 0 &&
	    (guint)c->head == k);
}

int
extract_verb(struct run *r, guint s, guint i)
{
	const struct wcl *w = W(r, s, i);

	return w->clause >= 0 && in_verb(text_clause(r->t,
	    (guint)w->clause), w->tok);
}

/*
 * The cue at word i is a participle before the noun it qualifies ("from
 * occupied Ukraine", "the annexed peninsula", "Russia's invaded
 * neighbour"), not a verb: an "-ed" word after a determiner, a
 * preposition or a possessive, outside its clause's verb group.
 */
int
extract_adjectival(struct run *r, guint s, guint e, const struct cue_at *ca)
{
	const struct tok *t = T(r, ca->i), *p;
	const struct wcl *w = W(r, s, ca->i);
	size_t		 n = strlen(t->low);

	if (ca->ntok != 1 || n < 4 || strcmp(t->low + n - 2, "ed") != 0 ||
	    !(t->f & TOK_LOWER) || (t->f & TOK_PUNCT) || ca->i == s ||
	    ca->i + 1 >= e)
		return 0;
	p = T(r, ca->i - 1);
	if ((p->f & TOK_PUNCT) || !((p->wc & (WC_DET | WC_PREP)) ||
	    (p->f & TOK_POSS)))
		return 0;
	return w->clause < 0 || !in_verb(text_clause(r->t,
	    (guint)w->clause), w->tok);
}

/*
 * The cue at word i stands after a verb that breaks with it ("walked
 * away from a trade agreement", "rejected the talks", "broke off
 * relations", "suspended aid"): the relation is a rupture.  Verbs of
 * one word by their stem; those of two by stem and particle.
 */
int
extract_broken(struct run *r, guint s, const struct cue_at *ca)
{
	static const char *const one[] = {
		"reject", "abandon", "scrap", "renounc", "repudiat", "stop",
		"cancel", "quit", "withdr", "ditch", "revok", "annul",
		"suspend", "halt", "sever", "cut", "terminat", "freez",
		"curb", "downgrad", "reduc", "froze", NULL
	};
	static const char *const two[] = {
		"walk", "away", "pull", "out", "tore", "up", "tear", "up",
		"broke", "off", "break", "off", "back", "out", NULL
	};
	const struct wcl *w = W(r, s, ca->i);
	const struct text_clause *c;
	const char	*h;
	size_t		 n, m;
	guint		 k;

	if (w->clause < 0)
		return 0;
	c = text_clause(r->t, (guint)w->clause);
	/* the cue a few words after the verb, not "walked away from the
	 * accord ... in favour of closer ties with Moscow" */
	if (c->head < 0 || (guint)c->head >= w->tok || c->verb_n == 0 ||
	    w->tok > c->verb_first + c->verb_n + BROKEN_NEAR)
		return 0;
	h = text_word(r->t, (guint)c->head, &n);
	for (k = 0; one[k] != NULL; k++)
		if (n >= (m = strlen(one[k])) &&
		    g_ascii_strncasecmp(h, one[k], m) == 0)
			return 1;
	for (k = 0; two[k] != NULL; k += 2)
		if (n >= (m = strlen(two[k])) &&
		    g_ascii_strncasecmp(h, two[k], m) == 0 &&
		    text_is(r->t, c->verb_first + c->verb_n - 1, two[k + 1]))
			return 1;
	return 0;
}
