/* SPDX-License-Identifier: MIT */
/*
 * A state's institutions named by common nouns, in English: "the army",
 * "Myanmar's military", "the Armenian police", "parliament", "the
 * national assembly", "the election commission", "the junta".  Each is
 * an organisation of its own, "<demonym or state> <noun>" ("Armenian
 * police", "Myanmar army"), tied to the state that a demonym or a
 * possessive before it names, or "of X" after it; with none, to the
 * state the text is about, when one clearly dominates and no other
 * state stands earlier in the sentence.  The noun must be a noun there:
 * a verb, a preposition, a conjunction or punctuation after it, not
 * another noun ("a police officer", "the military base"); no article
 * of a generic ("a", "every"), no other modifier than a few that keep
 * the body ("the new parliament"; not "the regional parliament", a
 * body of another level).  Plurals ("armies", "parliaments") are not
 * read.  Every look-around is a few words.
 */
#include <string.h>

#include <glib.h>

#include "text_lexicon.h"
#include "text_mention_int.h"

/* Kinds of institution: nouns of one kind name one body.  A junta is
 * its army in power; security forces, as the press writes of a
 * protest, its police. */
enum {
	IK_ARMY, IK_POLICE, IK_PARLIAMENT, IK_SENATE, IK_SUPREME,
	IK_CONST, IK_ELECTION, IK_GUARD
};

struct inst_noun {
	const char	*w[3];		/* lower case words */
	int		 kind;
	int		 bare;		/* may stand without a determiner */
	const char	*name;		/* the body's name after the state's */
};

/* Longest first within a first word.  An army is named "army" however
 * the text calls it first ("the military", "the armed forces"), but a
 * junta that the text names so; security forces, "police". */
static const struct inst_noun nouns[] = {
	{ { "army", NULL }, IK_ARMY, 0, "army" },
	{ { "military", NULL }, IK_ARMY, 0, "army" },
	{ { "armed", "forces", NULL }, IK_ARMY, 0, "army" },
	{ { "police", NULL }, IK_POLICE, 1, "police" },
	{ { "riot", "police", NULL }, IK_POLICE, 1, "police" },
	{ { "parliament", NULL }, IK_PARLIAMENT, 1, "parliament" },
	{ { "national", "assembly", NULL }, IK_PARLIAMENT, 0,
	    "national assembly" },
	{ { "national", "police", NULL }, IK_POLICE, 1, "national police" },
	{ { "legislature", NULL }, IK_PARLIAMENT, 0, "parliament" },
	{ { "senate", NULL }, IK_SENATE, 0, "senate" },
	{ { "supreme", "court", NULL }, IK_SUPREME, 0, "supreme court" },
	{ { "constitutional", "court", NULL }, IK_CONST, 0,
	    "constitutional court" },
	{ { "central", "election", "commission" }, IK_ELECTION, 0,
	    "central election commission" },
	{ { "election", "commission", NULL }, IK_ELECTION, 0,
	    "election commission" },
	{ { "electoral", "commission", NULL }, IK_ELECTION, 0,
	    "electoral commission" },
	{ { "presidential", "guard", NULL }, IK_GUARD, 0,
	    "presidential guard" },
	{ { "junta", NULL }, IK_ARMY, 0, "junta" },
	{ { "soldiers", NULL }, IK_ARMY, 1, "army" },
	{ { "security", "forces", NULL }, IK_POLICE, 1, "police" },
	{ { NULL }, 0, 0, NULL }
};

/* Modifiers that keep the body: "the new parliament", "his own
 * presidential guard". */
static const char *const keep_mods[] = {
	"new", "own", "outgoing", "interim", "transitional", "current",
	"powerful", "ruling", NULL
};

/* Before the body, prepositions that make it a place or a whole: "in
 * parliament", "speaker of parliament", "into the army"; "of" only
 * before a noun without a determiner ("members of the guard" are the
 * guard's). */
static const char *const place_preps[] = {
	"in", "into", "of", "within", "inside", NULL
};

/* Determiners of a definite body; "his", "her": the person's state. */
static const char *const the_dets[] = { "the", NULL };
static const char *const pers_dets[] = { "his", "her", NULL };

#define INST_MODS	2	/* modifiers at most */
#define DOM_MIN		3	/* forms of the dominant state at least */
#define OTHER_WIN	40	/* words before a body searched for another
				 * state: bounded, "the army" may recur in
				 * a long sentence */

static int	 other_state(const struct run *, guint, int);

/* The longest institution at word k: its index in nouns, its end in
 * *end; -1. */
static int
noun_at(const struct run *r, guint k, guint *end)
{
	guint	n = nw(r), j, q, best = 0;
	int	x, bx = -1;

	for (x = 0; nouns[x].w[0] != NULL; x++) {
		for (q = 0; q < 3 && nouns[x].w[q] != NULL; q++) {
			j = k + q;
			if (j >= n || (q > 0 && ends(r, j - 1)) ||
			    strcmp(W(r, j)->low, nouns[x].w[q]) != 0 ||
			    covered(r, j) != NULL)
				break;
		}
		if ((q == 3 || nouns[x].w[q] == NULL) && k + q > best) {
			best = k + q;
			bx = x;
		}
	}
	*end = best;
	return bx;
}

/* The words [k, e) of the institution are a noun there: what follows is
 * not another noun ("the police station", "the military base"). */
static int
noun_there(const struct run *r, guint e, int kind)
{
	const char	*w;
	unsigned	 b, f;

	if (e >= nw(r) || ends(r, e - 1))
		return 1;
	/* "the military-backed party" */
	if (!(W(r, e)->f & TOK_LOWER) || (W(r, e)->f & TOK_JOINED))
		return 0;
	if (W(r, e)->wc & (WC_PREP | WC_SUB | WC_AND | WC_SPEECH | WC_AUX))
		return strcmp(W(r, e)->low, "of") != 0;
	w = W(r, e)->low;
	b = text_lex_class(w, strlen(w));
	if (TL_CLS(b) == TL_BE || TL_CLS(b) == TL_HAVE ||
	    TL_CLS(b) == TL_MODAL)
		return 1;
	f = text_lex_forms(w, strlen(w));
	if (f & TLV_PAST)
		return 1;
	/* "police say": police is plural; "the army says", not "the
	 * military bases" */
	if (kind == IK_POLICE)
		return (f & TLV_BASE) != 0 && !(f & TLV_S);
	return (f & TLV_S) != 0 && kind != IK_ARMY;
}

/* The state a gazetteer's form at word k names: its actor, its words
 * in *len, PH_* in *fl; -1. */
static int
state_at(struct run *r, guint k, guint *len, unsigned *fl)
{
	const struct phrase *ph;
	const struct gaz_entry *g;

	if (r->lex == NULL || k >= nw(r) || !cap(r, k))
		return -1;
	ph = lex_match(r->lex, (const struct tok *)r->toks->data, nw(r), k);
	if (ph == NULL || (ph->flags & PH_INSTITUTION))
		return -1;
	g = g_ptr_array_index(r->lex->entries, ph->entry);
	if (g->kind != GAZ_STATE)
		return -1;
	*len = (guint)ph->ntok;
	*fl = ph->flags;
	return ph->entry;
}

/* The state the text is about: the most forms, at least DOM_MIN and
 * more than any other; a gazetteer entry, -1.  Computed once, with the
 * most forms of a state (r->inst_lead). */
static int
dominant(struct run *r)
{
	const struct gaz_entry *g;
	guint	 e, best = 0, second = 0;
	int	 be = -1;

	if (r->inst_dom != 0)
		return r->inst_dom - 1;
	for (e = 0; e < r->ngaz; e++) {
		g = g_ptr_array_index(r->lex->entries, e);
		if (g->kind != GAZ_STATE)
			continue;
		if (r->gazn[e] > best) {
			second = best;
			best = r->gazn[e];
			be = (int)e;
		} else if (r->gazn[e] > second)
			second = r->gazn[e];
	}
	r->inst_lead = best;
	r->inst_second = second;
	if (be < 0 || best < DOM_MIN || best <= second)
		be = -1;
	r->inst_dom = be + 1;
	return be;
}

/* The institution of kind named before, the only one of its kind: its
 * index in r->inst, -1. */
static int
known_inst(const struct run *r, int kind)
{
	guint	k;
	int	found = -1;

	for (k = 0; k < r->ninst; k++)
		if (r->inst[k].kind == kind) {
			if (found >= 0)
				return -1;
			found = (int)k;
		}
	return found;
}

/*
 * The state of an institution named without one, at word i: the one of
 * its kind named before when no other state was named since; the state
 * named last, when the text names it the most; with none named in the
 * last sentences, the state the text is about.  Another state earlier
 * in the sentence leaves it unknown: -1.
 */
static int
implied_state(struct run *r, guint i, int kind)
{
	int	 ls, k, dom = dominant(r);

	ls = tm_near(r, r->last_state, NEAR_SENTS);
	if (ls >= 0)
		ls = A(r, ls)->gaz;
	if ((k = known_inst(r, kind)) >= 0 && (ls < 0 ||
	    ls == r->inst[k].entry) && !other_state(r, i, r->inst[k].entry))
		return r->inst[k].entry;
	if (ls >= 0) {
		if ((guint)ls >= r->ngaz || r->gazn[ls] < DOM_MIN ||
		    r->gazn[ls] < r->inst_lead || other_state(r, i, ls))
			return -1;
		return ls;
	}
	return dom >= 0 && !other_state(r, i, dom) ? dom : -1;
}

/* Another state than entry e stands in the sentence before word i
 * (OTHER_WIN words at most). */
static int
other_state(const struct run *r, guint i, int e)
{
	const struct text_mention *m;
	guint	k;

	for (k = i > OTHER_WIN ? i - OTHER_WIN : 0; k < i; k++)
		if ((m = covered(r, k)) != NULL &&
		    A(r, m->actor)->kind == TA_STATE &&
		    A(r, m->actor)->gaz != e)
			return 1;
	return 0;
}

/* The state's demonym: the gazetteer's single-word demonym of entry e
 * the text writes, else its shortest ("Armenian", not "Armenians");
 * NULL. */
static const char *
demonym(const struct run *r, int e)
{
	GHashTableIter	 it;
	gpointer	 key, val;
	const struct phrase *ph;
	const char	*s = r->t->str->str, *p, *best = NULL;
	size_t		 n;

	g_hash_table_iter_init(&it, r->lex->phrases);
	while (g_hash_table_iter_next(&it, &key, &val))
		for (ph = val; ph != NULL; ph = ph->next) {
			if (ph->entry != e || !(ph->flags & PH_DEMONYM) ||
			    ph->ntok != 1 || !g_ascii_isupper(ph->tok[0][0]))
				continue;
			n = strlen(ph->tok[0]);
			for (p = strstr(s, ph->tok[0]); p != NULL;
			    p = strstr(p + 1, ph->tok[0]))
				if ((p == s || !g_ascii_isalpha(p[-1])) &&
				    !g_ascii_isalpha(p[n]))
					return ph->tok[0];
			if (best == NULL || strlen(best) > n)
				best = ph->tok[0];
		}
	return best;
}

/*
 * The institution of kind of entry e, named by prefix (the demonym
 * written) or the state's demonym, else the state's name: made when it
 * acts (a subject, an agent) or is named a second time, as the bodies
 * of text_mention_org.c are; an institution named once in passing
 * ("seats in parliament", "joined the army") is no actor of the story.
 * Returns the actor, -1 (not yet).
 */
static int
inst_actor(struct run *r, int e, int x, const char *prefix, int acts)
{
	const struct gaz_entry *g;
	GString	*name;
	guint	 k;
	int	 a, st;

	for (k = 0; k < r->ninst; k++)
		if (r->inst[k].entry == e && r->inst[k].kind == nouns[x].kind)
			break;
	if (k < r->ninst && r->inst[k].actor >= 0)
		return r->inst[k].actor;
	if (k == r->ninst) {
		if (r->ninst >= INST_MAX)
			return -1;
		r->inst[k].entry = e;
		r->inst[k].kind = nouns[x].kind;
		r->inst[k].actor = -1;
		r->ninst++;
		if (!acts)
			return -1;
	}
	g = g_ptr_array_index(r->lex->entries, e);
	if (prefix == NULL)
		prefix = demonym(r, e);
	name = g_string_new(prefix != NULL ? prefix : g->name);
	g_string_append_printf(name, " %s", nouns[x].name);
	a = tm_org_actor(r, name->str);
	g_string_free(name, TRUE);
	if ((st = tm_gaz_actor(r, e)) >= 0 && A(r, a)->state < 0)
		((struct text_actor *)g_ptr_array_index(r->t->actors,
		    a))->state = st;
	r->inst[k].actor = a;
	return a;
}

/* Modifiers that keep the body from word k: the first word after. */
static guint
skip_mods(const struct run *r, guint k)
{
	guint	j;

	/* "the ruling military junta": "military" only before "junta",
	 * "the military police" are another body */
	for (j = k; j < nw(r) && j - k < INST_MODS && !ends(r, j) &&
	    (W(r, j)->f & TOK_LOWER) && (is_in(r, j, keep_mods) ||
	    (strcmp(W(r, j)->low, "military") == 0 && j + 1 < nw(r) &&
	    strcmp(W(r, j + 1)->low, "junta") == 0)); j++)
		;
	return j;
}

guint
tm_inst(struct run *r, guint i)
{
	guint	 n = nw(r), k = i, s = 0, slen = 0, b, e = 0, ol, after;
	unsigned fl = 0;
	const struct text_mention *m;
	int	 st = -1, x, a, det = 0, p, hasst = 0, sa, acts, lo, poss = 0;
	unsigned sf, sfl = 0;
	char	*prefix = NULL;

	if (is_lang(r) || r->lex == NULL || r->heading || covered(r, i))
		return 0;
	if (is_in(r, i, the_dets) || is_in(r, i, pers_dets)) {
		/* "joined the army", "served in the army": a place */
		if (ends(r, i) || (i > 0 && !ends(r, i - 1) &&
		    is_in(r, i - 1, place_preps) &&
		    strcmp(W(r, i - 1)->low, "of") != 0))
			return 0;
		det = is_in(r, i, the_dets) ? 1 : 2;
		k = i + 1;
	}
	/* "the Armenian police", "Myanmar's army" */
	if (det != 2 && (st = state_at(r, k, &slen, &fl)) >= 0) {
		if (!(fl & PH_DEMONYM) && !(W(r, k + slen - 1)->f & TOK_POSS))
			return 0;
		if ((fl & PH_DEMONYM) && ends(r, k + slen - 1))
			return 0;
		hasst = 1;
		sfl = fl;
		s = k;
		k += slen;
	} else if (det == 0 && i > 0 && (m = covered(r, i - 1)) != NULL &&
	    A(r, m->actor)->kind == TA_STATE && A(r, m->actor)->gaz >= 0 &&
	    ((W(r, i - 1)->f & TOK_POSS) || strcmp(W(r, i - 1)->low,
	    "its") == 0)) {
		/* "the country's army", "its parliament": the state the
		 * words before stand for */
		st = A(r, m->actor)->gaz;
		poss = 1;
	} else if (det == 0) {
		/* "Police fired", "said parliament": no determiner */
		if (i > 0 && !ends(r, i - 1) && (!(W(r, i - 1)->wc &
		    (WC_PREP | WC_AND | WC_SUB | WC_SPEECH)) ||
		    is_in(r, i - 1, place_preps)))
			return 0;
	}
	b = skip_mods(r, k);
	if (b >= n || (x = noun_at(r, b, &e)) < 0)
		return 0;
	after = e;
	/* a capitalised body mid-sentence is a name, the names' to read
	 * (text_mention_org.c: "the Spanish Senate"); not after a
	 * possessive ("Spain's Constitutional Court") */
	if (cap(r, b) && b > 0 && !(W(r, b - 1)->f & TOK_POSS))
		return 0;
	if (det == 0 && !hasst && !poss && !nouns[x].bare)
		return 0;
	if (!noun_there(r, e, nouns[x].kind)) {
		/* "the army of Myanmar" */
		if (hasst || poss || e + 1 >= n ||
		    strcmp(W(r, e)->low, "of") != 0 ||
		    (st = state_at(r, e + 1, &ol, &fl)) < 0 ||
		    (fl & PH_DEMONYM) || !noun_there(r, e + 1 + ol,
		    IK_PARLIAMENT))
			return 0;
		after = e + 1 + ol;
	}
	if (st < 0 && det == 2 && (p = tm_near(r, r->last_person,
	    PRON_SENTS)) >= 0 && A(r, p)->state >= 0 &&
	    A(r, A(r, p)->state)->kind == TA_STATE)
		st = A(r, A(r, p)->state)->gaz;
	if (st < 0 && (st = implied_state(r, i, nouns[x].kind)) < 0)
		return 0;
	/* only the institutions of the state the text names most, and
	 * DOM_MIN times at least, whose domestic politics it tells: in a story between states, "Russia's
	 * army attacked" is Russia's act, the state's actor */
	(void)dominant(r);
	if ((guint)st >= r->ngaz || r->gazn[st] < r->inst_lead ||
	    r->gazn[st] < DOM_MIN)
		return 0;
	/* an army acts abroad too: its own only in a story of one state,
	 * twice the forms of any other; soldiers only unqualified
	 * ("Soldiers detained X", not "Russian soldiers") */
	if (nouns[x].kind == IK_ARMY && r->gazn[st] < 2 * r->inst_second)
		return 0;
	if (strcmp(nouns[x].w[0], "soldiers") == 0 && (hasst || poss))
		return 0;
	/* "the parliament in Simferopol": a body of another place */
	if (e + 1 < n && !ends(r, e) && strcmp(W(r, e)->low, "in") == 0 &&
	    cap(r, e + 1) && (state_at(r, e + 1, &ol, &fl) != st))
		return 0;
	if (hasst && (sfl & PH_DEMONYM))
		prefix = tm_name_text(r, s, s + slen);
	/* a subject: a verb after it, or a relative clause between ("the
	 * junta, which calls itself X, has ...") */
	acts = tm_verb_after(r, after) || (after + 1 < n &&
	    (W(r, after - 1)->f & TOK_COMMA) && is_in(r, after,
	    (const char *const[]){ "which", "who", NULL })) ||
	    (i > 0 && !ends(r, i - 1) && strcmp(W(r, i - 1)->low, "by") == 0);
	a = inst_actor(r, st, x, prefix, acts);
	g_free(prefix);
	/* "Myanmar's army", "the Armenian police": one mention of the
	 * body, the subject of its clause; the state's form alone when
	 * the body is not yet made */
	if (a < 0 && hasst && tm_gaz_match(r, s, &sa, &sf) > 0 && sa >= 0)
		tm_add_mention(r, s, s + slen, sa, sf);
	if (a >= 0) {
		/* an institution's form, as "the Kremlin" is: the
		 * diagram keeps the name made here, not the text's
		 * "The new parliament" (extract_own_names); the body is
		 * no antecedent of "the bloc", "the
		 * organisation": those name the organisations of names */
		lo = r->last_org;
		tm_add_mention(r, i, e, a, TM_METONYM);
		r->last_org = lo;
	}
	return e - i;
}
