/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage's organisations outside the gazetteer: a run of
 * capitalised words ending on an organisation's word ("the Democratic
 * Unionist Party (DUP)"), and a body named by title words or a state's
 * form ("the Spanish Senate") when the text names it twice or it acts.
 */
#include <string.h>

#include <glib.h>

#include "text_lexicon.h"
#include "text_mention_int.h"

/* The last word of an organisation's name: "Democratic Unionist Party". */
static const char *const org_heads[] = {
	"party", "bank", "council", "court", "agency", "ministry",
	"commission", "club", "union", "front", "movement", "army", "guard",
	"committee", "group", "fund", "organisation", "organization",
	"institute", "foundation", "alliance", "coalition", "league",
	"federation", "authority", "association", "corps", "brigade",
	"brigades", "tribunal", "service", "assembly", "board",
	"bureau", "brotherhood", "forces", "airways", "airlines",
	"corporation", "network", "directorate", "secretariat", "senate",
	"parliament", "congress", "police", NULL
};

/* Stop words inside a place's name: "Bank of West Africa". */
static const char *const compass[] = {
	"north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "new", NULL
};

#define ORG_WORDS	8	/* words of an organisation's name at most */
#define ORG_OF		4	/* words after its "of" */
#define ACRO_MAX	8	/* letters of an acronym */

/* Word i is a proper word of a name: not a title or its part, not an
 * organisation word, not a stop word. */
static int
proper(const struct run *r, guint i)
{
	return cap(r, i) && !is_stop(r, i) && !is_tpart(r, i) &&
	    !is_title(r, i) && !is_in(r, i, tm_org_words) &&
	    !is_in(r, i, org_heads);
}

/* Word i is an acronym that may stand for name: 2 to ACRO_MAX capitals
 * (digits, "&" too), the first the name's initial. */
static int
acronym(const struct run *r, guint i, const char *name)
{
	const char	*k = W(r, i)->key;
	size_t		 n = strlen(k), c;

	if (n < 2 || n > ACRO_MAX || k[0] != name[0])
		return 0;
	for (c = 0; c < n; c++)
		if (!g_ascii_isupper(k[c]) && !g_ascii_isdigit(k[c]) &&
		    k[c] != '&')
			return 0;
	return 1;
}

/* "Name (ACR)": word e, after the name ending before it, in brackets. */
static int
bracketed(const struct run *r, guint e, const char *name)
{
	const char	*s = r->t->str->str + r->base;
	size_t		 p;

	if (e == 0 || e >= nw(r) || !(W(r, e - 1)->f & TOK_STOP) ||
	    !acronym(r, e, name))
		return 0;
	for (p = W(r, e - 1)->e; p < W(r, e)->s; p++)
		if (s[p] == '(')
			return (W(r, e)->f & TOK_STOP) != 0;
	return 0;
}

/* Capitalised heads of a body of its own, not a state's executive
 * organ: "the Spanish Senate", "the Supreme Court"; not a council,
 * as often an organ ("the Security Council"). */
static const char *const bodies[] = {
	"parliament", "senate", "assembly", "congress", "court", "tribunal",
	"party", "police", NULL
};

int
tm_verb_after(const struct run *r, guint e)
{
	const char	*w;
	unsigned	 b;

	if (e == 0 || e >= nw(r) || ends(r, e - 1) ||
	    !(W(r, e)->f & TOK_LOWER))
		return 0;
	w = W(r, e)->low;
	b = text_lex_class(w, strlen(w));
	if (TL_CLS(b) == TL_BE || TL_CLS(b) == TL_HAVE ||
	    TL_CLS(b) == TL_MODAL)
		return 1;
	return (text_lex_forms(w, strlen(w)) & (TLV_S | TLV_PAST)) != 0;
}

/*
 * Words [i, e) of title words and a state's form ending on a
 * capitalised body ("the Spanish Senate", "the Supreme Court", "Israel
 * Police"): an organisation of its own when the text names it twice or
 * it acts as a subject, tied to the state its form names; else the
 * state's form alone, left to the gazetteer.  Returns the words
 * consumed, 0.
 */
static guint
body_run(struct run *r, guint i, guint e, const struct phrase *ph)
{
	const struct gaz_entry *g;
	char	*name;
	int	 a, st = -1;

	if (!cap(r, e - 1) || !is_in(r, e - 1, bodies) ||
	    (W(r, e - 1)->f & TOK_JOINED))
		return 0;
	name = tm_name_text(r, i, e);
	if ((a = tm_body_take(r, name)) < 0) {
		char *key = tm_key(r, name);

		a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
		g_free(key);
	}
	if (a < 0 && tm_verb_after(r, e))
		a = tm_org_actor(r, name);
	if (a < 0) {
		tm_body_note(r, name, i, e);
		g_free(name);
		return 0;
	}
	g_free(name);
	if (ph != NULL && r->lex != NULL) {
		g = g_ptr_array_index(r->lex->entries, ph->entry);
		if (g->kind == GAZ_STATE)
			st = tm_gaz_actor(r, ph->entry);
	}
	if (st >= 0 && A(r, a)->state < 0)
		((struct text_actor *)g_ptr_array_index(r->t->actors,
		    a))->state = st;
	tm_add_mention(r, i, e, a, 0);
	return e - i;
}

/*
 * A run of capitalised words ending in an organisation's word, with an
 * "of Y" after it, is an organisation: "the Democratic Unionist Party",
 * "the Asian Development Bank", "the Central Bank of Sri Lanka".  A
 * run of title words only ("Foreign Ministry", "Security Council"), or
 * one after a state's form ("the Russian Defence Ministry"), is an
 * organ of a state the gazetteer's forms stand for: no new actor.  An
 * acronym in brackets after the name is a form of it; an acronym
 * defined so is a mention.  Returns the words consumed, 0.
 */
guint
tm_org_run(struct run *r, guint i)
{
	const struct phrase *ph = NULL;
	const struct gaz_entry *g;
	guint	 j, e = 0, n = nw(r), lead = 0, words = 0, k;
	int	 propers = 0, tail = 0, a;
	unsigned fl;
	char	*name;

	if (r->heading || !cap(r, i) || (W(r, i)->f & TOK_JOINED))
		return 0;
	if ((a = GPOINTER_TO_INT(g_hash_table_lookup(r->acros,
	    W(r, i)->key)) - 1) >= 0) {
		tm_add_mention(r, i, i + 1, a, 0);
		return 1;
	}
	if (is_stop(r, i))
		return 0;
	if (r->lex != NULL && (ph = lex_match(r->lex, (const struct tok *)
	    r->toks->data, n, i)) != NULL) {
		g = g_ptr_array_index(r->lex->entries, ph->entry);
		/* a state's or organisation's form leads a body of it,
		 * named only with proper words ("the OSCE Minsk Group");
		 * a capital is a name of its own ("the Paris Club") */
		if (!(ph->flags & PH_CAPITAL))
			lead = (guint)ph->ntok;
		if ((g->kind != GAZ_STATE && g->kind != GAZ_ORG &&
		    !(ph->flags & PH_CAPITAL)) || (i + lead < n &&
		    (W(r, i + lead)->f & TOK_JOINED)))
			return 0;
	}
	for (j = i; j < n && words < ORG_WORDS; j++) {
		if (j > i && ends(r, j - 1))
			break;
		if (j > i && (W(r, j)->f & TOK_JOINED))
			continue;
		if (!cap(r, j) || (j > i && is_stop(r, j)))
			break;
		words++;
		e = is_in(r, j, org_heads) ? j + 1 : 0;
		if (e == 0 && j >= i + lead && proper(r, j))
			propers++;
	}
	/* the run ends on the organisation's word: not "the Extended
	 * Fund Facility" */
	for (; e > 0 && e < j && (W(r, e)->f & TOK_JOINED); e++)
		;
	if (e != j || words < 2 || lead >= e - i)
		return 0;
	if (ph != NULL && (guint)ph->ntok >= e - i)
		return 0;
	/* "of Y": capitalised words, a proper one or a gazetteer's */
	if (e + 1 < n && !ends(r, e - 1) && strcmp(W(r, e)->low, "of") == 0) {
		for (k = e + 1; k < n && k - e <= ORG_OF; k++) {
			if (!cap(r, k) || (is_stop(r, k) &&
			    !is_in(r, k, compass)))
				break;
			tail = 1;
			if (ends(r, k)) {
				k++;
				break;
			}
		}
		if (tail)
			e = k;
	}
	/* "the Intermediate-Range Nuclear Forces treaty": a modifier */
	if (e < n && !ends(r, e - 1) && (W(r, e)->f & TOK_LOWER) &&
	    is_in(r, e, tm_org_words))
		return 0;
	if (propers == 0 && !tail)
		return body_run(r, i, e, ph);
	name = tm_name_text(r, i, e);
	/* "X (GCC)": a spelling of the gazetteer's GCC */
	if (bracketed(r, e, name) && r->lex != NULL &&
	    tm_gaz_match(r, e, &a, &fl) == 1 && a >= 0)
		tm_add_mention(r, i, e, a, 0);
	else {
		a = tm_org_actor(r, name);
		tm_add_mention(r, i, e, a, 0);
		if (bracketed(r, e, name)) {
			g_hash_table_insert(r->acros, g_strdup(W(r, e)->key),
			    GINT_TO_POINTER(a + 1));
			tm_add_mention(r, e, e + 1, a, 0);
			e++;
		}
	}
	g_free(name);
	return e - i;
}
