/* SPDX-License-Identifier: MIT */
/*
 * What a Spanish, French or German clause of a relation leaves to
 * another word than a name: the second of two coordinated infinitives
 * ("deberán concentrarse en X y entregar sus armas a Y", "va retirer
 * ses troupes et livrer des armes à"), an object pronoun before the
 * verb ("le concedió asilo", "lui a accordé l'asile"; "les a levées"
 * after "a imposé des sanctions au Mali"), and a subject named by a
 * definite description ("L'organisation ouest-africaine", "el país").
 * Pronouns are read back only where one reading is left: a person
 * subject of the sentence before, one organisation or state named
 * just before.  Every search is bounded in tokens and mentions.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "extract_lang_int.h"
#include "gazetteer.h"
#include "text.h"

#define COORD_MAX	40	/* tokens read for a coordinated infinitive */
#define INF_GAP		3	/* words between a verb and its infinitive */
#define NEED_BACK	40	/* tokens read back for a pronoun's noun */
#define DESC_MENTIONS	64	/* mentions read back for a description */

/* Words between a verb and its infinitive ("a", "de", "se"). */
static const char *const to_inf[] = {
	"a", "de", "d'", "d’", "à", "se", "s'", "s’", NULL
};

/* Word k has the ending of a Spanish or French infinitive ("entregar",
 * "concentrarse", "livrer", "rompre"). */
static int
infinitive(struct run *r, guint k)
{
	static const char *const es[] = {
		"ar", "er", "ir", "ír", "arse", "erse", "irse", NULL
	};
	static const char *const fr[] = { "er", "ir", "re", NULL };
	const char *const *l = r->t->lang == TEXT_ES ? es :
	    r->t->lang == TEXT_FR ? fr : NULL;
	const char	*w;
	size_t		 n, m;
	int		 i;

	w = word(r, k, &n);
	if (l == NULL || n < 4 || punct(r, k) || capital(r, k))
		return 0;
	for (i = 0; l[i] != NULL; i++) {
		m = strlen(l[i]);
		if (n > m + 1 && strncmp(w + n - m, l[i], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * The infinitive clause ci's act hangs on, the first of a
 * coordination: the cue infinitive inf the caller found, else the
 * clause's head if an infinitive ("deberán concentrarse"), else an
 * infinitive within INF_GAP words after a head that governs one (a
 * verb of a class, or a modality).  Its token, or -1.  Spanish and
 * French.
 */
int
extract_lang_anchor(struct run *r, int ci, guint end, int inf)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	guint		 h = (guint)c->head, k;

	if (r->t->lang != TEXT_ES && r->t->lang != TEXT_FR)
		return -1;
	if (inf >= 0)
		return inf;
	if (infinitive(r, h))
		return (int)h;
	if (c->modality == TMOD_NONE && extract_lang_verb_class(r, ci) == 0)
		return -1;
	for (k = h + 1; k < end && k <= h + INF_GAP; k++) {
		if (punct(r, k))
			return -1;
		if (in(r, k, to_inf))
			continue;
		return infinitive(r, k) ? (int)k : -1;
	}
	return -1;
}

/*
 * The next infinitive cue coordinated with the one before token from,
 * within clause ci ending at end: "y", "et", then an infinitive ("a",
 * "de", "se" between or not) the lexicon knows.  Nested clauses are
 * skipped; a stop, a colon or a semicolon ends the search.  Its token,
 * or -1.
 */
int
extract_lang_coinf(struct run *r, int ci, guint from, guint end)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const char	*w;
	size_t		 n;
	guint		 k, j, nx;

	for (k = from; k < end && k - from < COORD_MAX; k++) {
		if ((nx = extract_lang_nested(r, ci, k)) > k) {
			k = nx - 1;
			continue;
		}
		if (punct(r, k)) {
			w = word(r, k, &n);
			if (n == 1 && strchr(";:.!?", w[0]) != NULL)
				return -1;
			continue;
		}
		if (!in(r, k, lw->ands))
			continue;
		for (j = k + 1; j < end && j <= k + INF_GAP && in(r, j,
		    to_inf); j++)
			;
		if (j >= end || !infinitive(r, j))
			continue;
		w = word(r, j, &n);
		if (extract_lcues_find(r->lc, w, n, NULL) != NULL)
			return (int)j;
	}
	return -1;
}

/* Object pronouns standing before a verb: singular, plural. */
static const char *const es_clit1[] = { "le", "lo", "la", NULL };
static const char *const es_clitn[] = { "les", "los", "las", NULL };
static const char *const fr_clit1[] = {
	"lui", "le", "la", "l'", "l’", NULL
};
static const char *const fr_clitn[] = { "leur", "les", NULL };

/*
 * An object pronoun of the number asked stands just before the verb
 * group starting at token verb of clause ci ("le concedió", "lui a
 * accordé", "les a levées"; French "l'a" elided).  Spanish and French.
 */
int
extract_lang_clitic(struct run *r, int ci, guint verb, int plural)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const char *const *l;
	const char	*w;
	size_t		 n;

	if (r->t->lang == TEXT_ES)
		l = plural ? es_clitn : es_clit1;
	else if (r->t->lang == TEXT_FR)
		l = plural ? fr_clitn : fr_clit1;
	else
		return 0;
	if (verb <= c->first_token)
		return 0;
	w = word(r, verb, &n);
	/* "l'a accordé": one token */
	if (!plural && r->t->lang == TEXT_FR && n > 2 && (w[0] == 'l' ||
	    w[0] == 'L') && (w[1] == '\'' || (n > 4 && strncmp(w + 1, "’",
	    3) == 0)))
		return 1;
	return in(r, verb - 1, l);
}

#define ACTORS_MAX	4096	/* actors compared for the protagonist */

/* Actor a is the person the text names most (ties allowed): the one a
 * pronoun most likely stands for when the sentence before names it as
 * its subject. */
static int
protagonist(struct run *r, int a)
{
	const struct text_actor *x, *y = text_actor(r->t, (guint)a);
	guint		 i;

	for (i = 0; i < r->t->actors->len && i < ACTORS_MAX; i++) {
		x = text_actor(r->t, i);
		if (x->kind == y->kind && x->mentions > y->mentions)
			return 0;
	}
	return 1;
}

/*
 * The person a singular object pronoun of clause ci stands for: the
 * subject of the main clause of the sentence before, in the same
 * block, when it is a person not named in this sentence nor this
 * clause's subject, and the person the text names most ("Evo Morales
 * aterrizó en México.  El Gobierno de México le concedió asilo"; after
 * "Massa reconoció la derrota.", "le dio su apoyo" is for the winner).
 * Its node (*ent its entry), or -1.
 */
int
extract_lang_clitic_ante(struct run *r, int ci, int *ent)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci), *p;
	const struct text_sentence *se, *pv;
	guint		 si = c->sentence, k;
	int		 node, i, e;

	if (si == 0)
		return -1;
	se = text_sent(r->t, si);
	pv = text_sent(r->t, si - 1);
	if (pv->block != se->block)
		return -1;
	for (k = pv->first_clause; k < pv->first_clause + pv->nclauses; k++)
		if (text_clause(r->t, k)->parent < 0)
			break;
	if (k >= pv->first_clause + pv->nclauses)
		return -1;
	p = text_clause(r->t, k);
	if (p->subject < 0 || c->subject == p->subject || (node =
	    extract_lang_node(r, p->subject, &e)) < 0 ||
	    E(r, e)->kind != GAZ_PERSON)
		return -1;
	for (i = 0; i < (int)r->lms->len; i++)
		if (LM(r, i)->ent == e)
			return -1;
	if (!protagonist(r, p->subject))
		return -1;
	*ent = e;
	return node;
}

/* A Spanish passive with "se": "se firmó un acuerdo con", its patient
 * after the verb with an article; no subject was left out ("se reunió
 * con" is reflexive). */
static int
se_passive(struct run *r, const struct text_clause *c)
{
	static const char *const art[] = {
		"un", "una", "unos", "unas", "el", "la", "los", "las", NULL
	};
	guint	v = c->verb_n > 0 ? c->verb_first : (guint)c->head;
	guint	e = c->verb_n > 0 ? c->verb_first + c->verb_n :
	    (guint)c->head + 1;

	return v > c->first_token && text_is(r->t, v - 1, "se") &&
	    e < c->first_token + c->ntokens && in(r, e, art);
}

/* A Spanish finite verb in the plural ("firmaron", "atacan", "han"):
 * a third person plural ends in "n", a singular never does. */
static int
plural_verb(struct run *r, const struct text_clause *c)
{
	const char	*w;
	size_t		 n;

	w = word(r, c->verb_n > 0 ? c->verb_first : (guint)c->head, &n);
	return n > 1 && (w[n - 1] == 'n' || w[n - 1] == 'N');
}

/* Pronouns of a third person subject, French and German. */
static const char *const subj_pron[] = {
	"il", "elle", "er", NULL
};

/*
 * The subject a Spanish main clause leaves out ("Hace dos semanas viajó
 * a Washington"): the subject of the main clause of the sentence
 * before, in the same block, when it is the actor of its kind the text
 * names most.  Its node (*ent its entry), or -1.
 */
int
extract_lang_dropped(struct run *r, int ci, int *ent)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci), *p;
	const struct text_sentence *se, *pv;
	guint		 si = c->sentence, k;
	int		 node, e;

	if (c->parent >= 0 || c->kind != TC_MAIN || c->subject >= 0 ||
	    c->tense == TT_NONE || si == 0)
		return -1;
	/* Spanish leaves the subject out; French and German say it by a
	 * pronoun the layer may have left unresolved */
	if (r->t->lang == TEXT_ES ? c->subj_n > 0 : c->subj_n != 1 ||
	    !in(r, c->subj_first, subj_pron))
		return -1;
	if (r->t->lang == TEXT_ES && (se_passive(r, c) || plural_verb(r, c)))
		return -1;
	se = text_sent(r->t, si);
	pv = text_sent(r->t, si - 1);
	if (pv->block != se->block)
		return -1;
	for (k = pv->first_clause; k < pv->first_clause + pv->nclauses; k++)
		if (text_clause(r->t, k)->parent < 0)
			break;
	if (k >= pv->first_clause + pv->nclauses)
		return -1;
	p = text_clause(r->t, k);
	if (p->subject < 0 || (node = extract_lang_node(r, p->subject,
	    &e)) < 0 || !protagonist(r, p->subject))
		return -1;
	*ent = e;
	return node;
}

/* Nouns a definite description names an organisation or a state by. */
static const char *const es_orgn[] = {
	"organización", "organismo", "alianza", "bloque", NULL
};
static const char *const fr_orgn[] = {
	"organisation", "alliance", "bloc", NULL
};
static const char *const de_orgn[] = {
	"organisation", "bündnis", "allianz", NULL
};
static const char *const es_staten[] = { "país", NULL };
static const char *const fr_staten[] = { "pays", NULL };
static const char *const de_staten[] = { "land", NULL };
static const char *const defs[] = {
	"el", "la", "l'", "l’", "le", "der", "die", "das", "dem", "den",
	"des", NULL
};

/* Word k, lowercased, an elided article stripped ("l'armée"), is one
 * of l. */
static int
described_noun(struct run *r, guint k, const char *const *l)
{
	const char	*w;
	char		*low;
	size_t		 n, skip = 0;
	int		 found;

	w = word(r, k, &n);
	if (n > 2 && (w[0] == 'l' || w[0] == 'L') && w[1] == '\'')
		skip = 2;
	else if (n > 4 && (w[0] == 'l' || w[0] == 'L') &&
	    strncmp(w + 1, "’", 3) == 0)
		skip = 4;
	if (n <= skip || n - skip > 64)
		return 0;
	low = g_utf8_strdown(w + skip, (gssize)(n - skip));
	found = extract_word_in(low, strlen(low), l);
	g_free(low);
	return found;
}

/* The kind (GAZ_ORG, GAZ_STATE) a definite description opening at
 * token k names by its noun ("la organización", "L'organisation",
 * "das Bündnis"), or -1. */
static int
described_kind(struct run *r, guint k, guint end, const char *const *orgn,
    const char *const *staten)
{
	const char	*w;
	char		*low;
	size_t		 n, skip = 0;
	int		 kind;

	if (k < end && in(r, k, defs))
		k++;
	else {
		w = word(r, k, &n);
		if (n > 2 && (w[0] == 'l' || w[0] == 'L') && w[1] == '\'')
			skip = 2;
		else if (n > 4 && (w[0] == 'l' || w[0] == 'L') &&
		    strncmp(w + 1, "’", 3) == 0)
			skip = 4;
		else
			return -1;
	}
	if (k >= end)
		return -1;
	w = word(r, k, &n);
	if (n <= skip || n - skip > 64)
		return -1;
	low = g_utf8_strdown(w + skip, (gssize)(n - skip));
	kind = extract_word_in(low, strlen(low), orgn) ? GAZ_ORG :
	    extract_word_in(low, strlen(low), staten) ? GAZ_STATE : -1;
	g_free(low);
	return kind;
}

/*
 * The actor a subject without one stands for when it is a definite
 * description of an organisation or a state ("L'organisation
 * ouest-africaine", "el país", "das Bündnis"): the one organisation
 * (state) named in the sentence before, in the same block, or earlier
 * in this one; none if two are.  Its node (*ent its entry), or -1.
 */
int
extract_lang_described(struct run *r, int ci, int *ent)
{
	const struct text_clause *c = text_clause(r->t, (guint)ci);
	const struct text_sentence *se, *pv;
	const struct text_mention *m;
	const char *const *orgn, *const *staten;
	guint		 lo, hi, mid, si = c->sentence, n = 0;
	int		 kind, found = -1, fe = -1, node, e;

	switch (r->t->lang) {
	case TEXT_ES:
		orgn = es_orgn, staten = es_staten;
		break;
	case TEXT_FR:
		orgn = fr_orgn, staten = fr_staten;
		break;
	case TEXT_DE:
		orgn = de_orgn, staten = de_staten;
		break;
	default:
		return -1;
	}
	if (c->subject >= 0 || c->subj_n < 1 || c->subj_n > 4 || si == 0 ||
	    (kind = described_kind(r, c->subj_first, c->subj_first +
	    c->subj_n, orgn, staten)) < 0)
		return -1;
	se = text_sent(r->t, si);
	pv = text_sent(r->t, si - 1);
	if (pv->block != se->block)
		return -1;
	/* the mentions from the sentence before to the subject */
	lo = 0;
	hi = r->t->mentions->len;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_mention(r->t, mid)->first_token < pv->first_token)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < r->t->mentions->len; lo++) {
		m = text_mention(r->t, lo);
		if (m->first_token >= c->subj_first)
			break;
		if (++n > DESC_MENTIONS)
			return -1;
		if ((node = extract_lang_node(r, m->actor, &e)) < 0 ||
		    (int)E(r, e)->kind != kind)
			continue;
		if (found >= 0 && found != node)
			return -1;
		found = node;
		fe = e;
	}
	*ent = fe;
	return found;
}

/* Word k begins (German: holds) one of the "|"-separated words of
 * need. */
static int
needed(struct run *r, guint k, char **l)
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
		found = r->t->lang == TEXT_DE ? strstr(low, l[i]) != NULL :
		    g_str_has_prefix(low, l[i]);
	g_free(low);
	return found;
}

#define TARGET_GAP	4	/* words between a noun and its target */

/*
 * A plural object pronoun before the verb at token verb of clause ci
 * stands for the noun the verb's cue needs ("las sanciones", "les
 * sanctions"), named earlier in the sentence with its target ("qui
 * avait imposé de lourdes sanctions économiques au Mali, les a
 * levées"): the mention of that target, after one of the prepositions
 * preps within TARGET_GAP words of the noun; or -1.
 */
int
extract_lang_pron_target(struct run *r, const char *preps,
    const char *need, int ci, guint verb)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const char	*w;
	char		**l;
	size_t		 n;
	guint		 k, j, lo, s0 = r->sent->first_token;
	int		 i, found = -1, prep;

	if (need == NULL || !extract_lang_clitic(r, ci, verb, 1))
		return -1;
	lo = verb > s0 + NEED_BACK ? verb - NEED_BACK : s0;
	l = g_strsplit(need, "|", -1);
	for (k = verb - 1; k > lo && found < 0; k--) {
		if (!needed(r, k - 1, l))
			continue;
		prep = 0;
		for (j = k; j + 1 < verb && j < k + TARGET_GAP; j++) {
			if (punct(r, j))
				break;
			if ((i = lm_from(r, j)) >= 0) {
				if (prep)
					found = i;
				break;
			}
			w = word(r, j, &n);
			prep = extract_word_in(w, n, lw->preps) &&
			    extract_lang_listed(preps, w, n);
		}
	}
	g_strfreev(l);
	return found;
}

/* Nouns of a state's institutions: "el Gobierno de X" is X. */
static const char *const es_inst[] = {
	"gobierno", "ejército", "tribunal", "fiscalía", "policía",
	"justicia", "cancillería", "congreso", "parlamento", "ministerio",
	"presidencia", "armada", "fuerzas", "corte", "régimen",
	"autoridades", "ejecutivo", NULL
};
static const char *const fr_inst[] = {
	"gouvernement", "armée", "tribunal", "justice", "police", "parquet",
	"ministère", "parlement", "présidence", "diplomatie", "forces",
	"cour", "régime", "autorités", "exécutif", NULL
};
static const char *const de_inst[] = {
	"regierung", "armee", "gericht", "justiz", "polizei",
	"staatsanwaltschaft", "parlament", "ministerium", "streitkräfte",
	"regime", "behörden", "führung", NULL
};
static const char *const indef[] = {
	"un", "una", "une", "ein", "eine", "einem", NULL
};

#define INST_GAP	2	/* adjectives after an institution's noun */

/*
 * A subject naming a state by one of its institutions, [lo, hi): an
 * article, the institution's noun, an adjective or two, "de", "du",
 * "von", "der" (an article after or not) and the state ("un tribunal
 * de Caracas", "le gouvernement du Mali", "die Regierung von Peru"):
 * the state's mention, or -1.  An institution of a person ("el
 * Gobierno de Pedro Sánchez") is the subject's own reading.
 */
int
extract_lang_institution(struct run *r, guint lo, guint hi)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const char *const *l;
	guint		 k = lo, g;
	int		 i;

	switch (r->t->lang) {
	case TEXT_ES:
		l = es_inst;
		break;
	case TEXT_FR:
		l = fr_inst;
		break;
	case TEXT_DE:
		l = de_inst;
		break;
	default:
		return -1;
	}
	if (k < hi && (in(r, k, lw->dets) || in(r, k, indef) ||
	    in(r, k, defs)))
		k++;
	if (k >= hi || !described_noun(r, k, l))
		return -1;
	for (k++, g = 0; k < hi && g < INST_GAP && !in(r, k, lw->of) &&
	    !punct(r, k) && lm_from(r, k) < 0; k++, g++)
		;
	if (k >= hi || !in(r, k, lw->of))
		return -1;
	k++;
	if (k < hi && in(r, k, lw->dets))
		k++;
	if (k >= hi || (i = lm_from(r, k)) < 0 || LM(r, i)->b > hi ||
	    E(r, LM(r, i)->ent)->kind != GAZ_STATE)
		return -1;
	return i;
}
