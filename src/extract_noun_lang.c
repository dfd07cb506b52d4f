/* SPDX-License-Identifier: MIT */
/*
 * The relations of Spanish, French and German nouns of an act that name
 * both ends in their phrase ("las sanciones de la UE contra Rusia", "la
 * suspension du Gabon par l'Union africaine", "der russische Angriff
 * auf die Ukraine"), read in the sentence's tokens, whatever its
 * clauses say.  Every search is bounded in tokens.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "text.h"

/* The mention starting at token k, an article before it or not, within
 * [k, end): its index, or -1. */
static int
np_at(struct run *r, guint k, guint end)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	int	i;

	if (k >= end)
		return -1;
	if ((i = lm_from(r, k)) < 0 && k + 1 < end && in(r, k, lw->dets))
		i = lm_from(r, k + 1);
	return i >= 0 && LM(r, i)->b <= end ? i : -1;
}

/* The demonym qualifying the noun at token k: just after it in Spanish
 * and French ("la invasión rusa"), just before it in German ("der
 * russische Angriff"); its mention, or -1. */
static int
demonym(struct run *r, guint k)
{
	int	i;

	if (r->t->lang == TEXT_DE)
		i = k > r->sent->first_token ? lm_at(r, k - 1) : -1;
	else
		i = lm_from(r, k + 1);
	if (i < 0 || !(LM(r, i)->flags & TM_DEMONYM) ||
	    (r->t->lang == TEXT_DE && LM(r, i)->b != k))
		return -1;
	return i;
}

/*
 * The phrases of the sentence where a noun of an act names both ends:
 * "las sanciones de la UE contra Rusia", "l'offensive de la Russie
 * contre l'Ukraine", "der Angriff Russlands auf die Ukraine" (the actor
 * after "de" or in the genitive, the one it acts on after "contra",
 * "contre", "gegen", "auf"), "la invasión rusa de Ucrania", "der
 * russische Angriff auf die Ukraine" (the actor by its demonym, the one
 * it acts on after "de" too), or "la suspension du Gabon par l'Union
 * africaine" (after "par", "por", "durch": the actor).  A noun states
 * what is, whatever the clause says of it.
 */
void
extract_lang_nominal(struct run *r)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_sentence *se = r->sent;
	const struct lcue *q;
	const struct lm *x, *y;
	const char	*w;
	size_t		 n;
	guint		 k, j, end = se->first_token + se->ntokens;
	int		 a, b, by, adj;

	for (k = se->first_token; k + 2 < end; k++) {
		j = k + 1;
		a = -1;
		adj = 0;
		if ((a = demonym(r, k)) >= 0) {
			/* "la invasión rusa de", "der russische Angriff
			 * auf" */
			adj = 1;
			if (LM(r, a)->a > k)
				j = LM(r, a)->b;
		} else if (in(r, j, lw->of))
			a = np_at(r, j + 1, end);
		else if ((r->t->lang == TEXT_DE || elided_de(r, j)) &&
		    lm_at(r, k) < 0)
			a = lm_from(r, j);	/* "Angriff Russlands" */
		if (a < 0 || (!adj && (j = LM(r, a)->b) + 1 >= end) ||
		    j + 1 >= end)
			continue;
		by = !adj && in(r, j, lw->by);
		if (!by && !in(r, j, lw->against) && !(adj && in(r, j,
		    lw->of)))
			continue;
		w = word(r, k, &n);
		if ((q = extract_lcues_nominal(r->lc, w, n)) == NULL ||
		    (b = np_at(r, j + 1, end)) < 0)
			continue;
		x = LM(r, by ? b : a);
		y = LM(r, by ? a : b);
		if (r->trace)
			fprintf(stderr, "rel: noun %.*s: %s\n", (int)n, w,
			    q->label);
		extract_lang_tie(r, q, x->ent, x->node, y->ent, y->node, 1,
		    REL_DONE);
	}
}


/* Nouns of an alliance, whole words (German: the end of a compound). */
static const char *const allied[] = {
	"coalición", "alianza", "coalition", "alliance", "koalition",
	"bündnis", "allianz", NULL
};
/* Prepositions naming its members: "entre A y B", "aus A und B". */
static const char *const among_of[] = {
	"entre", "zwischen", "aus", "de", "von", NULL
};

static const struct lcue ally_cue = {
	NULL, "alliance", "diplomacy:05", LC_SYM, 0, NULL, NULL
};

/* Word k is a noun of an alliance. */
static int
alliance_at(struct run *r, guint k)
{
	const char	*w;
	char		*low;
	size_t		 n, len, m;
	int		 i, found = 0;

	w = word(r, k, &n);
	if (n < 5 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	len = strlen(low);
	for (i = 0; allied[i] != NULL && !found; i++) {
		m = strlen(allied[i]);
		found = r->t->lang == TEXT_DE ? len >= m &&
		    strcmp(low + len - m, allied[i]) == 0 :
		    strcmp(low, allied[i]) == 0;
	}
	g_free(low);
	return found;
}

/*
 * An alliance naming its two members ("la coalición entre A y B", "la
 * coalition formée par A et B" aside, "die Koalition aus ÖVP und FPÖ"):
 * the members' alliance, whatever the clause says of it.
 */
void
extract_lang_alliance(struct run *r)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_sentence *se = r->sent;
	const struct lm *x, *y;
	guint		 k, end = se->first_token + se->ntokens, j;
	int		 a, b;

	for (k = se->first_token; k + 4 < end; k++) {
		if (!alliance_at(r, k) || !in(r, k + 1, among_of))
			continue;
		if ((a = np_at(r, k + 2, end)) < 0)
			continue;
		j = LM(r, a)->b;
		if (j + 1 >= end || !in(r, j, lw->ands) ||
		    (b = np_at(r, j + 1, end)) < 0)
			continue;
		x = LM(r, a);
		y = LM(r, b);
		if (r->trace)
			fprintf(stderr, "rel: alliance\n");
		extract_lang_tie(r, &ally_cue, x->ent, x->node, y->ent,
		    y->node, 0, REL_DONE);
	}
}
