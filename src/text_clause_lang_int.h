/* SPDX-License-Identifier: MIT */
/*
 * Internals of the clause stage of Spanish, French and German prose:
 * the word classes of each language's grammar (text_clause_lang_words.c)
 * and the sentence being read (text_clause_lang.c).  Included by those
 * files only.  Token indices here are relative to the sentence.
 */
#ifndef BRIEFING_TEXT_CLAUSE_LANG_INT_H
#define BRIEFING_TEXT_CLAUSE_LANG_INT_H

#include "text_int.h"

#define LWIN		40	/* tokens a scan goes at most */
#define LKEY_MAX	48	/* bytes of a lower-cased word */

/* Word classes: closed lists of the grammar, or guessed (open). */
enum lcls {
	LC_OPEN,	/* not listed: noun, adjective, verb... */
	LC_NAME,	/* capitalised, not listed (German: any noun) */
	LC_NUM,
	LC_COMMA,
	LC_END,		/* . ; : ! ? ( ) and dashes: ends a stretch */
	LC_QUOTE,
	LC_PUNCT,
	LC_DET,		/* articles, possessives, demonstratives */
	LC_PREP,
	LC_PRON,	/* subject pronoun */
	LC_CLITIC,	/* object or reflexive pronoun before a verb */
	LC_NEG,		/* ne, no, nicht, nie, kein... */
	LC_NEG2,	/* French pas, jamais, plus, guère, rien... */
	LC_ADV,		/* adverbs that may stand in a verb group */
	LC_CONJ,	/* et, y, und... */
	LC_SUB,		/* subordinators */
	LC_REL,		/* relative pronouns */
	LC_QUE,		/* que, dass: a complement clause */
	LC_AUX,		/* finite form of an auxiliary or a modal */
	LC_VERB		/* finite form of a frequent irregular verb */
};

/* Lemmas of the auxiliaries and modals. */
enum llem {
	LM_NONE,
	LM_HAVE,	/* avoir, haber, haben */
	LM_BE,		/* être, ser, sein */
	LM_ESTAR,
	LM_GO,		/* aller, ir */
	LM_WERDEN,
	LM_MUST,	/* devoir, deber, müssen */
	LM_SHALL,	/* sollen */
	LM_CAN,		/* pouvoir, poder, können, dürfen */
	LM_WANT,	/* vouloir, querer, wollen, mögen */
	LM_TENER,	/* tener (que) */
	LM_COME,	/* venir (de), acabar (de): the recent past */
	LM_SAY		/* a frequent verb of saying */
};

/* Tenses and moods of a finite form. */
enum lten {
	LT_NONE,
	LT_PRES,
	LT_PAST,
	LT_FUT,
	LT_COND,	/* conditional, German Konjunktiv II */
	LT_SUBJ		/* subjunctive, German Konjunktiv I */
};

/* Flags of a word. */
#define LF_CAP		0x0001	/* capitalised */
#define LF_PART		0x0002	/* looks like a past participle */
#define LF_INF		0x0004	/* looks like an infinitive */
#define LF_GER		0x0008	/* gerund, present participle */
#define LF_FIN		0x0010	/* a finite ending (tense in et) */
#define LF_STRONG	0x0020	/* that ending is seldom a noun's */
#define LF_SAY		0x0040	/* a verb of saying (stem) */
#define LF_ZU		0x0080	/* German "anzukündigen" */
#define LF_PARTICLE	0x0100	/* German separable particle */
#define LF_INFAUX	0x0200	/* also the infinitive: "haben", "können" */
#define LF_SCHED	0x0400	/* "prévu", "previsto", "geplant" */
#define LF_WISH		0x0800	/* "souhaite", "espera", "hofft" */
#define LF_TIME		0x1000	/* weekday, month, "Anfang" */
#define LF_SEP		0x2000	/* holds an elided prefix of its own */
#define LF_HAPPEN	0x4000	/* "tenir", "lieu", "stattfinden" */
#define LF_CAL		0x8000	/* a month's or weekday's name (ICU) */

/* Elided French prefixes ("l'", "s'", "n'", "qu'"...). */
enum lpre {
	LP_NONE,
	LP_DET,		/* l' (article or clitic), d' (de) */
	LP_DE,
	LP_SE,		/* s', se */
	LP_NE,		/* n' */
	LP_CLITIC,	/* m', t', l' before a verb */
	LP_QUE,		/* qu', lorsqu', puisqu' */
	LP_PRON		/* j', c' */
};

struct ltag {
	unsigned char	 cls;		/* enum lcls */
	unsigned char	 lem;		/* enum llem */
	unsigned char	 ten;		/* enum lten of a listed form */
	unsigned char	 et;		/* enum lten of an ending */
	unsigned char	 pre;		/* enum lpre */
	unsigned short	 f;		/* LF_* */
	int		 vg;		/* verb group holding it, -1 */
	int		 sub;		/* the subordinator's kind: 1 "si",
					 * "wenn"; 2 a conjunction that is
					 * also a preposition */
};

/* Tag token i of t (absolute) in language lang; first: it opens the
 * sentence. */
void	 tl_tag(const struct text *t, enum text_lang lang, guint i,
	    int first, struct ltag *g);
/* Lower-case key of the word w[0..n) with its elided prefix dropped
 * (the prefix in *pre), or 0 when too long. */
int	 tl_key(enum text_lang lang, const char *w, size_t n, char *k,
	    int *pre);
/* text_clause_lang.c: ICU's month and weekday names (value 1) and the
 * words it spells numbers with (value 3) in locale loc, into set. */
void	 tl_icu_calendar(GHashTable *set, const char *loc);
void	 tl_icu_numbers(GHashTable *set, const char *loc);
/* The German word k (lower case) has a participle's shape. */
int	 tl_de_part(const char *k);
/* The key k (lower case) is in the NULL-ended list l. */
int	 tl_listed(const char *const *l, const char *k);
/* k ends with s. */
int	 tl_ends(const char *k, const char *s);

/* A clause being built: tokens relative to the sentence; parent an
 * index in the sentence's clauses, or LP_NEXT. */
#define LP_NEXTMAIN	(-2)

struct lcl {
	struct text_clause c;
	int		 coord;		/* "et a signé": shares a subject */
	int		 lead;		/* first token of the verb's own
					 * words (clitics, "ne"), or the
					 * German stretch's start */
	guint		 end0;		/* last token it holds, + 1 */
	guint		 stop;		/* its stretch ends before this */
	int		 incise;	/* "a-t-il lancé": a speaker's aside */
};

/* One sentence being read. */
struct lsent {
	struct text	*t;
	enum text_lang	 lang;
	guint		 s0, n;
	struct ltag	*tg;
	GArray		*cl;		/* struct lcl, in order of verbs */
	int		 cond;		/* a "si", "wenn" clause stands in it */
	int		 cleft;		/* French "c'est ... que": the que */
	int		 person;	/* the person a pronoun subject
					 * stands for, -1 */
	guint		 mi;		/* first mention not before s0 */
	guint		 np0, np0n;	/* German: a subject before a comma
					 * whose verb comes later */
};

static inline struct lcl *
lcl_at(const struct lsent *s, int i)
{
	return &g_array_index(s->cl, struct lcl, i);
}

static inline int
lw_is(const struct lsent *s, guint i, const char *w)
{
	return i < s->n && text_is(s->t, s->s0 + i, w);
}

/* The lower-case key of token i without its elided prefix ("" when
 * too long). */
void	 tl_keyat(const struct lsent *s, guint i, char *k);
/* A new clause at verb token v, fields unset (-1, 0). */
struct lcl *tl_new(struct lsent *s, guint v);
/* The noun phrase ending at b (the antecedent of a relative): its
 * first token, its length in *n (0: none). */
guint	 tl_np_back(const struct lsent *s, int b, guint *n);
/* The noun phrase starting at a, before stop: its length. */
guint	 tl_np_fwd(const struct lsent *s, guint a, guint stop);

/* Token i is a hyphen between two words with no space around it
 * ("Leopard-Panzer", "l'état-major"). */
int	 tl_glued(const struct lsent *s, guint i);

/* Token i stands in a mention of an actor. */
int	 tl_mentioned(const struct lsent *s, guint i);

/* Token i is w, its elided prefix dropped ("d'avoir": "avoir"). */
int	 tl_key_is(const struct lsent *s, guint i, const char *w);
/* Token i's key ends with e. */
int	 tl_ends_word(const struct lsent *s, guint i, const char *e);

/* text_clause_lang_group.c: the French and Spanish verb groups, each
 * a new clause in s->cl. */
void	 tl_romance_groups(struct lsent *s);
/* text_clause_lang_rom.c: their clauses' markers, kinds, parents and
 * subjects. */
void	 tl_romance_clauses(struct lsent *s);
/* A phrase of time from f ("El pasado 12 de noviembre", "Deux jours
 * plus tard"), before e: its end, f when none. */
guint	 tl_time_np(const struct lsent *s, guint f, guint e);

/* German noun phrases (text_clause_lang.c): the phrase at a before b,
 * its length (depth 1: no "X und Y"); a comma listing names; the
 * subject's start in the middle field after a verb at k, or b. */
guint	 tl_de_np1(const struct lsent *s, guint a, guint b, int depth);
guint	 tl_de_np(const struct lsent *s, guint a, guint b);
int	 tl_listed_comma(const struct lsent *s, guint c);
guint	 tl_midfield(const struct lsent *s, guint k, guint b);

/* text_clause_lang_de.c: the clauses of a German sentence. */
void	 tl_german(struct lsent *s);

#endif
