/* SPDX-License-Identifier: MIT */
/*
 * How a Spanish, French or German clause states its act (enum
 * rel_mode): done, denied, planned or possible, or no act of its
 * subject, from the layer's negation and modality and from the verbs
 * the clause hangs on ("negó haber atacado", "compte signer", "pidió
 * que sancionara"); and the infinitive a verb governs that the layer
 * left in its object ("planea visitar").  Every search is bounded in
 * tokens.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "text.h"

#define CLAUSE_UP	4	/* clauses walked up from a cue's */
#define VERB_MAX	8	/* words of a verb group read */

/* The class (LV_*) of the verb of clause ci. */
int
extract_lang_verb_class(struct run *r, int ci)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const char	*w;
	size_t		 n;

	if (c->head < 0)
		return 0;
	w = word(r, (guint)c->head, &n);
	return extract_lcues_verb(r->lc, w, n);
}

/* The verb group of c plans, not schedules: "prevé firmar", "envisage
 * de signer", "plant zu unterzeichnen", not "va a firmar", "doit
 * signer", nor the future of a past ("anunció que entregaría"). */
static int
planned(struct run *r, const struct text_clause *c)
{
	const char	*w;
	size_t		 n;
	guint		 k;

	for (k = c->verb_first; k < c->verb_first + MIN(c->verb_n,
	    VERB_MAX); k++) {
		w = word(r, k, &n);
		if (extract_lcues_verb(r->lc, w, n) == LV_PLAN)
			return 1;
	}
	return 0;
}


/* The words that open a purpose, not a complement: "para", "pour". */
static const char *const purpose[] = {
	"para", "pour", "afin", "um", NULL
};

/*
 * How clause ci states its act (enum rel_mode), or MODE_NONE.  Negated
 * ("no firmó", "n'a pas signé", "unterzeichnete nicht") or under a
 * verb that denies or refuses it ("negó haber atacado", "a démenti
 * avoir", "bestritt, ... zu"): REL_DENIED; possible, conditional or
 * owed ("podría", "pourrait", "könnte", "würde", under "si", "wenn"),
 * or under a verb of threatening or weighing: REL_POSSIBLE; wished,
 * planned or promised ("planea visitar", "compte signer", "will
 * liefern"): REL_PLANNED; as in English a scheduled act ("va a
 * firmar", "anunció que entregaría") is done.  A clause that is not
 * finite goes by the verb it hangs on: a verb of deciding or beginning
 * leaves the act real ("decidió sancionar"), another one that is none
 * of these makes it no act of its subject ("pour rencontrer").  A verb
 * that denies, itself negated, leaves the act possible ("n'exclut pas
 * de sanctionner").  The Romance conditional also reports what is
 * alleged ("aurait attaqué"): possible, never done.
 */
int
extract_lang_mode(struct run *r, int ci)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c, *p;
	int		 n, v;

	for (n = 0; ci >= 0 && n < CLAUSE_UP; n++) {
		c = text_clause(r->t, (guint)ci);
		if (c->negated)
			return MODE_NEGATED;
		switch (c->modality) {
		case TMOD_NONE:
			break;
		case TMOD_SCHEDULED:
			if (planned(r, c))
				return REL_PLANNED;
			break;
		case TMOD_WANT:
			return REL_PLANNED;
		default:
			return REL_POSSIBLE;
		}
		if (c->mark >= 0 && in(r, (guint)c->mark, lw->cond))
			return REL_POSSIBLE;
		if (c->parent < 0)
			return REL_DONE;
		p = text_clause(r->t, (guint)c->parent);
		v = extract_lang_verb_class(r, c->parent);
		/* a relative clause under "pidió a Perú que" is asked
		 * too: the layer may not tell it from what was asked */
		if (v == LV_ASK)
			return MODE_NONE;
		if ((v == LV_DENY || v == LV_REFUSE) && c->kind != TC_RELATIVE)
			return p->negated ? REL_POSSIBLE : v == LV_DENY ?
			    REL_DENIED : MODE_NEGATED;
		/* another's wish or threat is not the clause's own plan;
		 * what was said keeps its own mode */
		if (c->kind != TC_NONFINITE)
			return v == LV_PLAN || v == LV_MAYBE ? MODE_NONE :
			    REL_DONE;
		if (c->mark >= 0 && in(r, (guint)c->mark, purpose))
			return MODE_NONE;
		if (v == LV_PLAN)
			return REL_PLANNED;
		if (v == LV_MAYBE)
			return REL_POSSIBLE;
		if (v != LV_ASPECT && v != LV_ANNOUNCE)
			return MODE_NONE;
		ci = c->parent;
	}
	return REL_DONE;
}

/* Words between a verb and the infinitive it governs: "a", "de",
 * "haber", "avoir" ("negó haber atacado", "a refusé de signer", "a
 * démenti avoir armé"). */
static const char *const to_inf[] = {
	"a", "de", "d'", "d’", "à", "haber", "avoir", "être", NULL
};

/* German auxiliaries a perfect infinitive ends with ("angegriffen zu
 * haben"). */
static const char *const de_aux[] = {
	"haben", "sein", "werden", "worden", NULL
};

/* German auxiliaries of the perfect, the pluperfect and the passive,
 * whose participle closes the clause ("hat die Ukraine angegriffen"). */
static const char *const de_perfect[] = {
	"habe", "hast", "hat", "haben", "habt", "hatte", "hatten", "hätte",
	"hätten", "bin", "ist", "sind", "war", "waren", "sei", "seien",
	"wäre", "wären", "wird", "werden", "wurde", "wurden", "werde",
	NULL
};

#define BRACKET_MAX	40	/* tokens between a German auxiliary and
				 * the participle closing its clause */

/* German: the participle that closes the clause of the auxiliary at
 * token h, before token end ("hatte zuvor mit Sanktionen gedroht,"):
 * the last word before the first comma or stop, if it is a cue; or
 * -1. */
static int
participle(struct run *r, guint h, guint end)
{
	const char	*w;
	size_t		 n;
	guint		 k, last = 0;

	for (k = h + 1; k < end && k <= h + BRACKET_MAX; k++) {
		if (punct(r, k)) {
			w = word(r, k, &n);
			if (n == 1 && strchr(",;:.!?", w[0]) != NULL)
				break;
			continue;
		}
		/* "angegriffen worden": the participle before */
		if (!in(r, k, de_aux) || last == 0)
			last = k;
	}
	if (last == 0 || (k < end && k > h + BRACKET_MAX))
		return -1;
	w = word(r, last, &n);
	return extract_lcues_find(r->lc, w, n, NULL) != NULL ? (int)last : -1;
}

/*
 * The verb of the act when the clause's verb governs an infinitive the
 * layer left in its object: Spanish and French "planea visitar",
 * "negó haber atacado", "compte reconnaître", "a refusé de signer"
 * (the clause's verb must plan, deny, refuse, ask, weigh, decide or
 * announce, or carry the clause's modality); German "angegriffen zu
 * haben" (the participle before the auxiliary) and "hat die Ukraine
 * angegriffen" (the participle closing the clause of the auxiliary).
 * Its token, *lv the class of the governing verb (0 in German: the
 * clause is the infinitive's own); or -1.
 */
int
extract_lang_infinitive(struct run *r, int ci, guint end, int *lv)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const char	*w;
	size_t		 n;
	guint		 k, h = (guint)c->head;

	*lv = 0;
	if (r->t->lang == TEXT_DE) {
		if (in(r, h, de_perfect) && c->kind != TC_NONFINITE)
			return participle(r, h, end);
		if (!in(r, h, de_aux) || h < c->first_token + 2)
			return -1;
		k = h - 1;
		if (text_is(r->t, k, "zu"))
			k--;
		return k >= c->first_token && k != h - 1 ? (int)k : -1;
	}
	*lv = extract_lang_verb_class(r, ci);
	if (*lv == 0 && c->modality == TMOD_NONE)
		return -1;
	for (k = h + 1; k < end && k <= h + 3; k++) {
		if (punct(r, k))
			return -1;
		if (in(r, k, to_inf) || in(r, k, lw->refl))
			continue;
		w = word(r, k, &n);
		return extract_lcues_find(r->lc, w, n, NULL) != NULL ? (int)k :
		    -1;
	}
	return -1;
}

/* The mode of the act of an infinitive under a verb of class lv, the
 * clause stating its own verb in mode. */
int
extract_lang_governed(int mode, int lv)
{
	if (mode != REL_DONE)
		return mode;
	switch (lv) {
	case LV_PLAN:
		return REL_PLANNED;
	case LV_DENY:
		return REL_DENIED;
	case LV_REFUSE:
		return MODE_NEGATED;
	case LV_ASK:
		return MODE_NONE;
	case LV_MAYBE:
		return REL_POSSIBLE;
	default:
		return mode;
	}
}
