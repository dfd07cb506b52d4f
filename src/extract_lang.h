/* SPDX-License-Identifier: MIT */
/*
 * The relation cues of Spanish, French and German (extract_cue_lang.c,
 * their lexicons in extract_cue_es.c, _fr.c, _de.c): verbs by their
 * Snowball stems, with the label, act (class and CAMEO code) and
 * direction of the English cue of the same meaning (assets/cues.tsv),
 * and the words of each language's grammar the relations are read
 * with.  Included by the relations' files of these languages and their
 * tests.
 */
#ifndef BRIEFING_EXTRACT_LANG_H
#define BRIEFING_EXTRACT_LANG_H

#include <stddef.h>
#include <glib.h>

#include "graph.h"
#include "text.h"

/* Direction of a cue. */
#define LC_SO		0	/* the subject acts on the object */
#define LC_OS		1	/* the object on the subject ("recibir") */
#define LC_SYM		2	/* no arrow ("reunirse con") */

/* How a cue is read. */
#define LC_DIRECT	0x01	/* its object may stand without a
				 * preposition (Spanish "a" is listed) */
#define LC_REFL		0x02	/* only reflexive: "se retirer de" */
#define LC_STATE	0x04	/* its object must be a state */
#define LC_ORGHOST	0x08	/* hostile when the object is an
				 * organisation ("quitter l'OTAN"), else
				 * neutral */
#define LC_NOREFL	0x10	/* not when reflexive ("sich verlassen
				 * auf": rely on) */
#define LC_BROKER	0x20	/* a broker or mediator: "entre A y B"
				 * relates it to both and them to each
				 * other */
#define LC_OBJDE	0x40	/* a noun whose "de" phrase is what it
				 * acts on ("la suspension du Gabon"),
				 * read after an article too */
#define LC_ORG		0x80	/* its object must be an organisation
				 * ("se unió a la OTAN") */
#define LC_PROMISE	0x100	/* promised, not done: "prometió armas
				 * a", "sagte Panzer zu": REL_PLANNED */

struct lcue {
	const char	*forms;		/* "|"-separated forms; "verb
					 * particle" for a German separable
					 * verb ("griff an") */
	const char	*label;		/* the English cue's label */
	const char	*act;		/* its class and CAMEO code, as the
					 * English cue's ("diplomacy:043"):
					 * the polarity comes from the
					 * code's Goldstein value */
	int		 dir;		/* LC_SO, LC_OS, LC_SYM */
	unsigned	 flags;		/* LC_* */
	const char	*preps;		/* prepositions introducing the
					 * object, space-separated, or NULL */
	const char	*need;		/* a light verb: "|"-separated
					 * beginnings of the noun its
					 * clause must hold ("sancion"), or
					 * NULL */
};

/* The words of a language's grammar; NULL-ended lists, lower case. */
struct lang_words {
	const char *const *preps;	/* prepositions and contractions */
	const char *const *ands;	/* "y", "et", "und" */
	const char *const *dets;	/* articles after "and" */
	const char *const *agent;	/* of a passive: "por", "par", "von" */
	const char *const *refl;	/* "se", "sich" */
	const char *const *particles;	/* German separable particles */
	const char *const *recip;	/* "mutuamente", "gegenseitig" */
	const char *const *cond;	/* "si", "wenn": a condition, "ob":
					 * a question */
	const char *const *rel;		/* relative words that are a
					 * subject: "que", "qui", "der" */
	const char *const *poss;	/* possessives: "su", "son", "sein" */
	const char *const *of;		/* "de", "du", German "der", "von" */
	const char *const *against;	/* "contra", "contre", "gegen" */
	const char *const *by;		/* "por", "par", "durch" */
	const char *const *opposed;	/* "opositor": not the state's */
	const char	*elided_de;	/* "d": "d'Ukraine" is "de Ukraine" */
	const char	*deal;		/* "|"-separated beginnings of the
					 * nouns of an agreement
					 * ("acuerdo", "accord", "abkommen") */
};

/* What a verb that a clause hangs on makes of it. */
#define LV_ASPECT	1	/* the act stays real: "decidió firmar",
				 * "vient de signer", "beschloss zu" */
#define LV_ASK		2	/* asked of another: "pidió que firmara":
				 * not the act */
#define LV_PLAN		3	/* wished, planned, promised: "planea
				 * visitar", "compte signer", "will
				 * liefern": REL_PLANNED */
#define LV_DENY		4	/* denied: "negó haber atacado", "a
				 * démenti", "bestritt": REL_DENIED */
#define LV_MAYBE	5	/* threatened or weighed: "amenazó con
				 * atacar": REL_POSSIBLE */
#define LV_ANNOUNCE	6	/* announcing or deciding: the act its
				 * object names is the subject's ("anunció
				 * la ruptura de relaciones con") */
#define LV_REFUSE	7	/* refused or avoided: "se negó a
				 * firmar", "a refusé de", "lehnte ab":
				 * as a negated act */

struct lcues;
struct lex;
struct cue;

/* The cues of language lang (TEXT_ES, TEXT_FR, TEXT_DE), or NULL. */
struct lcues	*extract_lcues_new(enum text_lang lang);
void		 extract_lcues_free(struct lcues *lc);
const struct lang_words *extract_lcues_words(const struct lcues *lc);
/* The cues (const struct lcue *) of the verb form w of n bytes, with
 * the separated particle p (NULL: none), or NULL. */
const GPtrArray	*extract_lcues_find(struct lcues *lc, const char *w,
		    size_t n, const char *p);
/* The cue of the noun w of n bytes ("retirada", "Austritt"), or NULL. */
const struct lcue *extract_lcues_noun(struct lcues *lc, const char *w,
		    size_t n);
/* The cue of a noun naming both ends in its phrase ("sanciones de A
 * contra B"), or NULL. */
const struct lcue *extract_lcues_nominal(const struct lcues *lc,
		    const char *w, size_t n);
/* The English cue of lex whose label and act are q's (its class,
 * CAMEO code, Goldstein value), or, if lex has none, one made from q's
 * act and kept by lc. */
const struct cue *extract_lcues_act(struct lcues *lc, const struct lex *lex,
		    const struct lcue *q);
/* LV_* or 0 for the verb form w of n bytes. */
int		 extract_lcues_verb(struct lcues *lc, const char *w, size_t n);
/* The label of the relation a title w of n bytes makes ("leader of",
 * "minister of"), or NULL; prev (pn bytes, or NULL) the word before;
 * *plural 1 for a plural ("los presidentes"). */
const char	*extract_lcues_title(const struct lcues *lc, const char *w,
		    size_t n, const char *prev, size_t pn, int *plural);
/* Word w of n bytes is in list l (case-insensitive, UTF-8). */
int		 extract_word_in(const char *w, size_t n, const char *const *l);

#endif
