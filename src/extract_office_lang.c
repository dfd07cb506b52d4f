/* SPDX-License-Identifier: MIT */
/*
 * A person taking, holding or leaving an office in a Spanish, French or
 * German clause: "juró como presidente de Argentina", "se proclamó
 * presidenta interina de Bolivia", "renunciar a la presidencia de
 * Bolivia", "a prêté serment comme président de la transition", "a
 * pris la tête du pays", "wurde zum Präsidenten Frankreichs gewählt",
 * "trat als Vizekanzler zurück": the title's neutral relation from the
 * person to the state or organisation the office is of (or, without
 * one, the person's own state when the verb leaves the office).  Only
 * verbs whose object's title is their subject's own, the title just
 * after the verb (articles and "como", "comme", "als" between), so that
 * "criticó al presidente de Brasil" is never read.  Taking an office
 * must be a done act; leaving it says the person held it whatever the
 * mode.  Every search is bounded in tokens.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "gazetteer.h"
#include "text.h"

#define OFFICE_GAP	3	/* words between the verb and the title */
#define OFFICE_OF	4	/* words between the title and its state */

struct office_words {
	const char *const *take;	/* beginnings of verbs taking or
					 * holding an office */
	const char *const *leave;	/* of verbs leaving one */
	const char *const *be;		/* copulas, whole words */
	const char *const *glue;	/* words between verb and title */
	const char *const *nouns;	/* nouns of an office, "leader of" */
	const char *const *lead;	/* beginnings of verbs of leading
					 * their direct object */
};

static const char *const es_take[] = {
	"jur", "proclam", "asum", "elegid", "elect", "reelegid", "reelect",
	"nombrad", "designad", "investid", "convirt", NULL
};
static const char *const es_leave[] = {
	"renunci", "dimit", "abandon", "dej", NULL
};
static const char *const es_be[] = {
	"es", "fue", "era", "sigue", "será", NULL
};
static const char *const es_glue[] = {
	"como", "el", "la", "a", "al", "en", "nuevo", "nueva", "se", NULL
};
static const char *const es_nouns[] = {
	"presidencia", "jefatura", "poder", NULL
};

static const char *const es_lead[] = {
	"dirig", "encabez", "lider", "presid", "comand", "gobiern", NULL
};
static const char *const fr_lead[] = {
	"dirig", "command", "présid", "gouvern", NULL
};
static const char *const de_lead[] = {
	"leitet", "leitete", "geleitet", "führt", "führte", "geführt",
	"regiert", "regierte", "kommandiert", "anführt", "angeführt", NULL
};

static const char *const fr_take[] = {
	"prêt", "proclam", "assum", "élu", "réélu", "nommé", "désign",
	"investi", "devenu", "devient", "pris", "prend", NULL
};
static const char *const fr_leave[] = {
	"démission", "renonc", "quitt", "abandonn", NULL
};
static const char *const fr_be[] = {
	"est", "était", "fut", "sera", "reste", "demeure", NULL
};
static const char *const fr_glue[] = {
	"comme", "le", "la", "l'", "l’", "à", "au", "nouveau", "nouvelle",
	"serment", "s'est", "s’est", NULL
};
static const char *const fr_nouns[] = {
	"présidence", "tête", "pouvoir", NULL
};

static const char *const de_take[] = {
	"gewählt", "ernannt", "vereidigt", "übernahm", "übernimmt",
	"übernommen", "wurde", "wird", NULL
};
static const char *const de_leave[] = {
	"zurückgetreten", "zurücktreten", "zurücktrat", NULL
};
/* "trat ... zurück": the particle makes the verb leave */
static const char *const de_step[] = { "trat", "tritt", "traten", NULL };
static const char *const de_be[] = { "ist", "war", "bleibt", NULL };
static const char *const de_glue[] = {
	"zum", "zur", "als", "der", "die", "den", "neue", "neuer", "neuen",
	"allen", "seinen", "seinem", "ihren", "ihrem", NULL
};
static const char *const de_nouns[] = {
	"präsidentschaft", "führung", "vorsitz", "spitze", "amt", "ämtern",
	NULL
};

static const struct office_words office_es = {
	es_take, es_leave, es_be, es_glue, es_nouns, es_lead
};
static const struct office_words office_fr = {
	fr_take, fr_leave, fr_be, fr_glue, fr_nouns, fr_lead
};
static const struct office_words office_de = {
	de_take, de_leave, de_be, de_glue, de_nouns, de_lead
};

/* Word k, lowercased, begins with one of l (whole words if whole). */
static int
begins(struct run *r, guint k, const char *const *l, int whole)
{
	const char	*w;
	char		*low;
	size_t		 n;
	int		 i, found = 0;

	w = word(r, k, &n);
	if (n == 0 || n > 64 || punct(r, k))
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	for (i = 0; l[i] != NULL && !found; i++)
		found = whole ? strcmp(low, l[i]) == 0 :
		    g_str_has_prefix(low, l[i]);
	g_free(low);
	return found;
}

/* Token k stands in a temporal expression ("juró este domingo como"). */
static int
in_time(struct run *r, guint k)
{
	const struct text_time *t;
	guint		 lo = 0, hi, mid;

	text_times_wait(r->t);	/* made beside the extraction (build.c) */
	hi = r->t->times->len;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		t = text_time(r->t, mid);
		if (t->first_token + t->ntokens <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->t->times->len && text_time(r->t, lo)->first_token <= k;
}

/* The label of the title or office noun at token k, or NULL. */
static const char *
title_at(struct run *r, const struct office_words *ow, guint k)
{
	const char	*w, *p = NULL;
	size_t		 n, pn = 0;
	int		 plural;

	if (punct(r, k))
		return NULL;
	if (begins(r, k, ow->nouns, 1))
		return "leader of";
	w = word(r, k, &n);
	if (k > 0)
		p = word(r, k - 1, &pn);
	return extract_lcues_title(r->lc, w, n, p, pn, &plural);
}

/*
 * The state or organisation the title at token k is of: a mention
 * after "de", "du", "von", "der" (an adjective or an article between
 * or not: "presidenta interina de Bolivia"), or German right after it
 * ("Präsident Frankreichs"), before end; its mention, or -1.
 */
static int
office_of(struct run *r, guint k, guint end)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct lm *m;
	guint		 j;
	int		 i, of = 0;

	for (j = k + 1; j < end && j <= k + OFFICE_OF; j++) {
		if (punct(r, j))
			return -1;
		if ((i = lm_from(r, j)) >= 0) {
			m = LM(r, i);
			if ((!of && !(r->t->lang == TEXT_DE && j == k + 1)) ||
			    E(r, m->ent)->kind == GAZ_PERSON)
				return -1;
			return i;
		}
		if (elided_de(r, j)) {
			/* "d'Ukraine" */
			if ((i = lm_at(r, j)) >= 0 && E(r, LM(r, i)->ent)->kind
			    != GAZ_PERSON)
				return i;
			return -1;
		}
		if (in(r, j, lw->of))
			of = 1;
		else if (of && !in(r, j, lw->dets))
			return -1;
	}
	return -1;
}

#define LEAD_GAP	2	/* words between a verb of leading and its
				 * object */

/*
 * A person leading the state or organisation that is the direct object
 * of a verb of leading ("dirige el partido X", "commandait la Garde
 * républicaine", "führt die SPÖ"): the neutral "leader of" relation,
 * for a done act of the clause's own verb, the object right after the
 * verb (an article between or not, never after a preposition: "dirigió
 * sus críticas a X" is not read).
 */
static void
lead_of(struct run *r, const struct office_words *ow, int ci, guint end)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const struct lm *o;
	guint		 k, h = (guint)c->head;
	int		 sg[GROUP_MAX], ns, solo, soloe, person = -1, i;
	int		 mi = -1;

	if (!begins(r, h, ow->lead, 0) || c->passive)
		return;
	for (k = h + 1, i = 0; k < end && i <= LEAD_GAP; k++, i++) {
		if ((mi = lm_from(r, k)) >= 0)
			break;
		if (in_time(r, k)) {
			i--;
			continue;
		}
		/* "dirige l'OTAN": the article elided */
		if ((mi = lm_at(r, k)) >= 0 && LM(r, mi)->a < k)
			break;
		mi = -1;
		/* an adverb or an article; a preposition governs what
		 * follows */
		if (punct(r, k) || in(r, k, lw->preps) || elided_de(r, k))
			return;
		if (in(r, k, lw->dets))
			i--;
	}
	if (mi < 0)
		return;
	o = LM(r, mi);
	if (E(r, o->ent)->kind == GAZ_PERSON || (o->flags & (TM_DEMONYM |
	    TM_PRONOUN)))
		return;
	ns = extract_lang_subject(r, ci, sg, &solo, &soloe);
	for (i = 0; i < ns && person < 0; i++)
		if (E(r, LM(r, sg[i])->ent)->kind == GAZ_PERSON)
			person = LM(r, sg[i])->ent;
	if (ns == 0 && solo >= 0 && E(r, soloe)->kind == GAZ_PERSON)
		person = soloe;
	if (person < 0 || extract_lang_mode(r, ci) != REL_DONE)
		return;
	if (r->trace)
		fprintf(stderr, "rel: clause %d leads\n", ci);
	extract_add_relation(r, person, o->node, "leader of", POL_NEUTRAL, 1);
}

/*
 * The office relation of clause ci, if its verb takes, holds or
 * leaves an office and its subject is a person.
 */
void
extract_lang_office(struct run *r, int ci, guint end)
{
	const struct office_words *ow;
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const char	*label = NULL;
	guint		 v, k, first;
	int		 sg[GROUP_MAX], ns, solo, soloe, person = -1, leave;
	int		 mi, to, mode, i, found;

	switch (r->t->lang) {
	case TEXT_ES:
		ow = &office_es;
		break;
	case TEXT_FR:
		ow = &office_fr;
		break;
	case TEXT_DE:
		ow = &office_de;
		break;
	default:
		return;
	}
	if (c->head < 0 || c->negated)
		return;
	lead_of(r, ow, ci, end);
	/* the verb: any word of the verb group (German: of the clause) */
	first = r->t->lang == TEXT_DE ? c->first_token : c->verb_n > 0 ?
	    c->verb_first : (guint)c->head;
	leave = found = 0;
	for (v = first; v < end && v < first + (r->t->lang == TEXT_DE ?
	    WINDOW_MAX : c->verb_n > 0 ? c->verb_n : 1); v++) {
		if (begins(r, v, ow->leave, 0) || (r->t->lang == TEXT_DE &&
		    in(r, v, de_step) && end > c->first_token &&
		    text_is(r->t, end - 1 - punct(r, end - 1), "zurück"))) {
			leave = found = 1;
			break;
		}
		if ((found = begins(r, v, ow->take, 0) || begins(r, v, ow->be,
		    1)))
			break;
	}
	/* "dos días después de renunciar a la presidencia de": a verb
	 * leaving an office, in the clause's words */
	if (!found && r->t->lang != TEXT_DE)
		for (v = (guint)c->head + 1; v < end && v < (guint)c->head +
		    WINDOW_MAX && !found; v++)
			if (begins(r, v, ow->leave, 0) && !punct(r, v))
				leave = found = 1;
	if (!found)
		return;
	/* the title right after the verb group (German: after "zum",
	 * "als" anywhere) */
	if (v > (guint)c->head)
		k = v;	/* past the infinitive found above */
	else
		k = r->t->lang == TEXT_DE ? c->first_token : c->verb_n > 0 ?
		    c->verb_first + c->verb_n : (guint)c->head + 1;
	for (i = 0; k < end && i < (r->t->lang == TEXT_DE ? WINDOW_MAX :
	    OFFICE_GAP); k++, i++) {
		if ((label = title_at(r, ow, k)) != NULL &&
		    (r->t->lang != TEXT_DE || k == v + 1 ||
		    (k > c->first_token && in(r, k - 1, ow->glue))))
			break;
		label = NULL;
		if (r->t->lang != TEXT_DE && !in(r, k, ow->glue) &&
		    !in_time(r, k) && !(leave && in(r, k,
		    extract_lcues_words(r->lc)->preps)))
			return;
		if (in_time(r, k))
			i--;
	}
	if (label == NULL)
		return;
	ns = extract_lang_subject(r, ci, sg, &solo, &soloe);
	for (i = 0; i < ns && person < 0; i++)
		if (E(r, LM(r, sg[i])->ent)->kind == GAZ_PERSON)
			person = LM(r, sg[i])->ent;
	if (ns == 0 && solo >= 0 && E(r, soloe)->kind == GAZ_PERSON)
		person = soloe;
	if (person < 0)
		return;
	mode = extract_lang_mode(r, ci);
	if (!leave && mode != REL_DONE)
		return;
	if (leave && mode == MODE_NEGATED)
		return;
	if ((mi = office_of(r, k, end)) >= 0)
		to = LM(r, mi)->node;
	else if (leave && (to = E(r, person)->state) >= 0 &&
	    E(r, to)->kind == GAZ_STATE)
		;	/* "trat als Vizekanzler zurück": the person's state */
	else
		return;
	if (to == person || E(r, to)->kind == GAZ_PERSON)
		return;
	if (r->trace)
		fprintf(stderr, "rel: clause %d office: %s\n", ci, label);
	extract_add_relation(r, person, to, label, POL_NEUTRAL, 1);
}

/* Nouns of membership, whole words. */
static const char *const member_nouns[] = {
	"miembro", "miembros", "membre", "membres", "mitglied",
	"mitglieder", "mitgliedstaat", "mitgliedsstaat", "estado-miembro",
	"état-membre", NULL
};

static const struct lcue member_cue = {
	NULL, "membership", "agreement:05", LC_SO, LC_ORG, NULL, NULL
};

/*
 * Membership: a state or organisation named just before a noun of
 * membership ("Mauritania, miembro del G5", "la Suède, membre de
 * l'Union européenne", "Polen ist Mitglied der NATO"), an article or
 * a copula between or not, and the organisation after it; the
 * relation is done, for the state or organisation only (never a
 * person's).
 */
void
extract_lang_member(struct run *r)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct lm *m, *o;
	guint		 k, j;
	int		 i, mi;

	for (i = 0; i < (int)r->lms->len; i++) {
		m = LM(r, i);
		if (E(r, m->ent)->kind == GAZ_PERSON || (m->flags &
		    (TM_DEMONYM | TM_PRONOUN)))
			continue;
		/* a comma, a copula or an article, then the noun */
		for (k = m->b, j = 0; k < r->sent->first_token +
		    r->sent->ntokens && j < 3; k++, j++) {
			if (begins(r, k, member_nouns, 1))
				break;
			if (!text_is(r->t, k, ",") && !begins(r, k,
			    office_es.be, 1) && !begins(r, k, office_fr.be,
			    1) && !begins(r, k, office_de.be, 1) &&
			    !in(r, k, lw->dets) && !begins(r, k, fr_glue, 1))
				break;
		}
		if (k >= r->sent->first_token + r->sent->ntokens ||
		    !begins(r, k, member_nouns, 1))
			continue;
		if ((mi = office_of(r, k, r->sent->first_token +
		    r->sent->ntokens)) < 0 || mi == i)
			continue;
		o = LM(r, mi);
		if (r->trace)
			fprintf(stderr, "rel: membership\n");
		extract_lang_tie(r, &member_cue, m->ent, m->node, o->ent,
		    o->node, 1, REL_DONE);
	}
}
