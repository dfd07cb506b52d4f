/* SPDX-License-Identifier: MIT */
/*
 * Internals of the relations of Spanish, French and German shared by
 * extract_rel_lang.c (the clauses' cues) and extract_noun_lang.c (nouns
 * naming both ends): the sentence's mentions in the layer's tokens and
 * small readers of its words.  Included by those two files only.
 */
#ifndef BRIEFING_EXTRACT_LANG_INT_H
#define BRIEFING_EXTRACT_LANG_INT_H

#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "extract_lang.h"
#include "text.h"

/* A mention of the sentence: tokens [a, b) of the layer. */
struct lm {
	guint		 a, b;
	int		 actor;		/* the layer's */
	int		 ent;		/* the entry named */
	int		 node;		/* what relations link: a person's
					 * state, else ent */
	unsigned	 flags;		/* TM_* */
};

static inline const struct lm *
LM(struct run *r, int i)
{
	return &g_array_index(r->lms, struct lm, i);
}

static inline const char *
word(struct run *r, guint k, size_t *n)
{
	return text_word(r->t, k, n);
}

static inline int
in(struct run *r, guint k, const char *const *l)
{
	size_t		 n;
	const char	*w = word(r, k, &n);

	return extract_word_in(w, n, l);
}

static inline int
punct(struct run *r, guint k)
{
	return text_tok(r->t, k)->kind == TEXT_PUNCT;
}

static inline int
capital(struct run *r, guint k)
{
	size_t		 n;
	const char	*w = word(r, k, &n);

	return n > 0 && g_unichar_isupper(g_utf8_get_char(w));
}

/* Token k begins by an elided "de" ("d'Ukraine", "d’Ukraine"). */
static inline int
elided_de(struct run *r, guint k)
{
	const char	*d = extract_lcues_words(r->lc)->elided_de;
	const char	*w;
	size_t		 n, m;

	if (d == NULL)
		return 0;
	w = word(r, k, &n);
	m = strlen(d);
	return n > m + 1 && g_ascii_strncasecmp(w, d, m) == 0 &&
	    (w[m] == '\'' || (n > m + 3 && strncmp(w + m, "’", 3) == 0));
}

/* The first mention starting at token k or after it (binary search). */
static inline int
lm_first(struct run *r, guint k)
{
	guint	lo = 0, hi = r->lms->len, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (LM(r, (int)mid)->a < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (int)lo;
}

/* The mention starting at token k, or -1 (binary search). */
static inline int
lm_from(struct run *r, guint k)
{
	int	i = lm_first(r, k);

	return i < (int)r->lms->len && LM(r, i)->a == k ? i : -1;
}

/* The mention holding token k, or -1 (binary search). */
static inline int
lm_at(struct run *r, guint k)
{
	guint	lo = 0, hi = r->lms->len, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (LM(r, (int)mid)->b <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->lms->len && LM(r, (int)lo)->a <= k ? (int)lo : -1;
}

/* Add the relation of cue q between entries xe and ye (their nodes xn,
 * yn), stated in mode, unless they are a person and what their title
 * names (extract_rel_lang.c).  Its class, code and polarity are those
 * of the English cue of q's label and act. */
#define WINDOW_MAX	40	/* tokens of a clause read for its object */
#define GROUP_MAX	6	/* actors of a coordination */

/* The clause being read. */
struct cl {
	const struct text_clause *c;
	int		 ci;
	guint		 head;		/* the token of its cue's verb: the
					 * clause's, or the infinitive it
					 * governs ("planea visitar") */
	guint		 end;		/* its end token */
	guint		 send;		/* the sentence's */
	int		 refl, recip;
	int		 ptok;		/* German: the token of a separated
					 * particle, or -1 */
};

#define OBJ_NONE	0
#define OBJ_PLAIN	1
#define OBJ_AGENT	2	/* a passive's agent */
#define OBJ_BETWEEN	3	/* "entre A y B" */

/* extract_arg_lang.c */
int		 extract_lang_group(struct run *r, int i, guint lo, guint hi,
		    int *out);
int		 extract_lang_subject(struct run *r, int ci, int *out,
		    int *solo, int *solo_ent);
int		 extract_lang_object(struct run *r, const struct cl *x,
		    const struct lcue *q, const int *sg, int nsg, guint from,
		    int *mi);
int		 extract_lang_among(const int *g, int n, int i);

int		 extract_lang_listed(const char *l, const char *w, size_t n);
int		 extract_lang_node(struct run *r, int a, int *ent);
guint		 extract_lang_nested(struct run *r, int ci, guint k);

/* extract_pron_lang.c */
int		 extract_lang_anchor(struct run *r, int ci, guint end, int inf);
int		 extract_lang_coinf(struct run *r, int ci, guint from,
		    guint end);
int		 extract_lang_clitic(struct run *r, int ci, guint verb,
		    int plural);
int		 extract_lang_clitic_ante(struct run *r, int ci, int *ent);
/* extract_office_lang.c */
void		 extract_lang_office(struct run *r, int ci, guint end);
void		 extract_lang_member(struct run *r);

int		 extract_lang_institution(struct run *r, guint lo, guint hi);
int		 extract_lang_dropped(struct run *r, int ci, int *ent);
int		 extract_lang_described(struct run *r, int ci, int *ent);
int		 extract_lang_pron_target(struct run *r, const char *preps,
		    const char *need, int ci, guint verb);

void		 extract_lang_tie(struct run *r, const struct lcue *q, int xe,
		    int xn, int ye, int yn, int directed, enum rel_mode mode);
/* Not an act of the clause's subject: asked of another ("pidió a Perú
 * que sancionara"), a purpose or an aside the text does not state as
 * done. */
#define MODE_NONE	(-1)
/* Negated or refused: a denial of the act whose polarity the text
 * leaves open ("no se incorporará a", "a refusé de sanctionner": no
 * cooperation, not always hostility), so not listed. */
#define MODE_NEGATED	(-2)

/* The class (LV_*) of the verb of clause ci (extract_mode_lang.c). */
int		 extract_lang_verb_class(struct run *r, int ci);
/* How clause ci states its act: enum rel_mode, MODE_NONE or
 * MODE_NEGATED (extract_mode_lang.c). */
int		 extract_lang_mode(struct run *r, int ci);
/* The token of the infinitive cue the verb of clause ci (ending before
 * token end) governs, *lv the class of that verb; or -1
 * (extract_mode_lang.c). */
int		 extract_lang_infinitive(struct run *r, int ci, guint end,
		    int *lv);
/* The mode of the act of an infinitive under a verb of class lv, its
 * clause stating its own verb in mode (extract_mode_lang.c). */
int		 extract_lang_governed(int mode, int lv);
/* The relations of nouns naming both ends in the sentence being read
 * (extract_noun_lang.c). */
void		 extract_lang_nominal(struct run *r);
void		 extract_lang_alliance(struct run *r);

#endif
