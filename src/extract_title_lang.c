/* SPDX-License-Identifier: MIT */
/*
 * The titles of persons in Spanish, French and German (extract.c reads
 * the text): a title of the language before a person's name or in an
 * apposition after it relates the person to the state or organisation
 * the layer ties them to ("Bundeskanzler Olaf Scholz": leader of
 * Germany), as the English titles do through the lexicon's classes.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "gazetteer.h"
#include "graph.h"
#include "text.h"

#define TITLE_NEAR	6	/* words between a title and its name */

/* Word k of the block is a title of r->lc's language: its label, or
 * NULL. */
static const char *
title_word(struct run *r, guint s, guint k, int *plural)
{
	const struct tok *t = T(r, k);
	const struct tok *p = k > s ? T(r, k - 1) : NULL;

	*plural = 0;
	if ((t->f & TOK_CAP) && k > s && !(T(r, k - 1)->f & TOK_STOP) &&
	    r->t->lang != TEXT_DE)
		return NULL;	/* "Presidente" inside a name */
	return extract_lcues_title(r->lc, t->key, strlen(t->key),
	    p != NULL ? p->key : NULL, p != NULL ? strlen(p->key) : 0,
	    plural);
}

/* Word k makes a title the opposition's ("el líder opositor"). */
static int
opposed(struct run *r, guint k)
{
	const struct tok *t = T(r, k);

	return extract_word_in(t->key, strlen(t->key),
	    extract_lcues_words(r->lc)->opposed);
}

/* Word k ends a title's reach: a coordination, a relative or a
 * subordinating word, another person. */
static int
title_stop(struct run *r, guint k)
{
	const struct lang_words *lw = extract_lcues_words(r->lc);
	const struct tok *t = T(r, k);
	int		 mi;

	if ((mi = cov(r, k)) >= 0)
		return M(r, mi)->ent >= 0 && E(r, M(r, mi)->ent)->kind ==
		    GAZ_PERSON;
	return extract_word_in(t->key, strlen(t->key), lw->ands) ||
	    extract_word_in(t->key, strlen(t->key), lw->rel) ||
	    extract_word_in(t->key, strlen(t->key), lw->cond);
}

/* The state or organisation mention mi names (by its name, a form or
 * a demonym), or -1. */
static int
named_state(struct run *r, int mi)
{
	int	ent = M(r, mi)->ent;

	if (ent < 0 || M(r, mi)->weak || (E(r, ent)->kind != GAZ_STATE &&
	    E(r, ent)->kind != GAZ_ORG))
		return -1;
	return ent;
}

/*
 * Spanish, French, German: the title of the person named by mention mi
 * ([a, b) of [s, e)), just before the name ("el presidente colombiano,
 * Juan Manuel Santos", "Bundeskanzler Olaf Scholz", "la ministre des
 * Armées X": names of states, demonyms and other words between, no
 * punctuation but a comma before the name) or in an apposition after it
 * (", Regierungschefin von Dänemark,"); a role the layer resolved to
 * the person holds its own ("le président français").  Its label, or
 * NULL; *q the state or organisation named in the title, or -1.
 */
static const char *
title_lang(struct run *r, guint s, guint e, int mi, int *q, int *plural)
{
	const struct ment *m = M(r, mi);
	const char	*label = NULL;
	guint		 k, a = m->a, b = m->b;
	int		 x;

	*q = -1;
	if (m->weak) {
		if (!(g_array_index(r->lay, struct lay, m->a).flags & TM_ROLE))
			return NULL;
		/* its words, and the demonym or "de X" after them */
		for (k = a; k < b && label == NULL; k++)
			label = title_word(r, s, k, plural);
		for (; label != NULL && k < e && k - a < TITLE_NEAR; k++) {
			if ((x = cov(r, k)) >= 0 && x != mi) {
				*q = named_state(r, x);
				break;
			}
			if ((T(r, k)->f & TOK_PUNCT) || title_stop(r, k))
				break;
		}
		return label;
	}
	for (k = a; k > s && a - k < TITLE_NEAR && label == NULL; k--) {
		/* "jefe de las FARC (FARC), Rodrigo Londoño" */
		if ((T(r, k - 1)->f & TOK_PUNCT) && !(k == a &&
		    (T(r, k - 1)->f & TOK_COMMA)) && !(k < a &&
		    (T(r, k - 1)->f & TOK_STOP) && cov(r, k - 1) >= 0))
			break;
		if (title_stop(r, k - 1))
			break;
		if (opposed(r, k - 1))
			return NULL;
		if ((x = cov(r, k - 1)) >= 0 && *q < 0)
			*q = named_state(r, x);
		label = title_word(r, s, k - 1, plural);
	}
	if (label != NULL || !(T(r, b - 1)->f & TOK_COMMA))
		return label;
	*q = -1;
	for (k = b; k < e && k - b < TITLE_NEAR; k++) {
		if (title_stop(r, k))
			break;
		if (opposed(r, k))
			return NULL;
		if ((x = cov(r, k)) >= 0 && label != NULL) {
			*q = named_state(r, x);
			break;
		}
		if (label == NULL)
			label = title_word(r, s, k, plural);
		if (T(r, k)->f & TOK_PUNCT)
			break;
	}
	return label;
}

/*
 * The titles of the sentence's persons in Spanish, French or German: a
 * neutral relation from a person with a title here to the state or
 * organisation the layer ties them to (it read the title too: "el
 * embajador de España en Caracas" is Spain's), or else the one the
 * title names ("el presidente Michel Aoun, du Liban").
 */
void
extract_titles_lang(struct run *r, guint s, guint e, int heading)
{
	struct ment	*m;
	struct evidence	 ev = r->ev;
	const char	*label, *plabel = NULL;
	guint		 k, pb = 0;
	int		 st, q, pq = -1, plural, pplural = 0;

	for (k = 0; k < r->ments->len; k++) {
		m = M(r, (int)k);
		m->lead = -1;
		if (m->ent < 0 || E(r, m->ent)->kind != GAZ_PERSON)
			continue;
		label = title_lang(r, s, e, (int)k, &q, &plural);
		/* "los presidentes X y Y": Y's title is X's */
		if (label == NULL && pplural && m->a == pb + 1 &&
		    extract_word_in(T(r, pb)->key, strlen(T(r, pb)->key),
		    extract_lcues_words(r->lc)->ands)) {
			label = plabel;
			q = pq;
		}
		plabel = label;
		pplural = label != NULL && (plural || pplural);
		pq = q;
		pb = m->b;
		if (label == NULL)
			continue;
		if ((st = E(r, m->ent)->state) < 0 && (st = q) < 0)
			continue;
		m->lead = st;
		if (E(r, m->ent)->lead < 0)
			E(r, m->ent)->lead = st;
		if (heading)
			continue;
		extract_sentence_ev(r, &r->ev);
		extract_add_relation(r, m->ent, st, label, POL_NEUTRAL, 1);
		r->ev = ev;
	}
}

