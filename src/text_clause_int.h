/* SPDX-License-Identifier: MIT */
/*
 * Internals of the clause stage (English): one sentence's tags, verb
 * groups and clauses being built, shared by text_clause.c (clauses),
 * text_clause_group.c (tagging, verb groups), text_clause_open.c (how
 * an open word starts a group), text_clause_np.c (noun phrases,
 * participles' subjects) and text_clause_dump.c.  Included by those
 * files only.  Token indices here are relative to the sentence.
 */
#ifndef BRIEFING_TEXT_CLAUSE_INT_H
#define BRIEFING_TEXT_CLAUSE_INT_H

#include <string.h>

#include "text_int.h"
#include "text_lexicon.h"

#define WIN		60	/* tokens a scan goes at most */
#define GROUP_MAX	14	/* tokens of a verb group at most */
#define KEY_MAX		TL_KEY_MAX
#define P_NEXT		(-2)	/* parent: the next main clause */

struct tag {
	enum text_lex_class cls;
	unsigned	 v;		/* TLV_* */
	int		 vg;		/* verb group holding it, -1 */
};

/* How a verb group stands. */
enum vgk {
	G_FINITE,
	G_INF,		/* "to sign" */
	G_PART,		/* ", killing 12", "after signing" */
	G_REDUCED	/* "the treaty signed in 1987" */
};

struct vg {
	guint		 first, last;	/* sentence-relative tokens */
	int		 head;
	enum vgk	 kind;
	enum text_tense	 tense;
	enum text_modality mod;
	int		 neg, pass;
	unsigned	 hv;		/* head's lexical flags */
};

/* One sentence being read: tokens relative to s0. */
struct sent {
	struct text	*t;
	guint		 s0, n;
	struct tag	*tg;
	GArray		*vgs;		/* struct vg */
	GArray		*cl;		/* struct lc, one per group */
};

/* A clause being built: tokens relative to the sentence, parents
 * indices in cl (or P_NEXT). */
struct lc {
	struct text_clause c;
	int		 coord;		/* "and signed": shares a subject */
	int		 attrib;	/* "..., officials said." */
	guint		 end0;		/* last token it holds, + 1 */
};

/* Words that name a time ("when" after them is relative), and the
 * words before one that start a time ("next month"). */
extern const char *const tc_time_nouns[];
extern const char *const tc_time_adj[];
/* After "be", before "to" or a time: scheduled ("due", "set"). */
extern const char *const tc_sched_adj[];

static inline int
listed(const char *const *l, const char *w)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, w) == 0)
			return 1;
	return 0;
}

/* Lower-case ASCII key of token i (typographic apostrophe as '\''),
 * or 0 when too long. */
static inline int
key(const struct text *t, guint i, char *k)
{
	const char	*s;
	size_t		 n;

	s = text_word(t, i, &n);
	return text_lex_key(s, n, k) > 0;
}

static inline int
w_is(const struct sent *s, guint i, const char *w)
{
	return i < s->n && text_is(s->t, s->s0 + i, w);
}

static inline int
w_in(const struct sent *s, guint i, const char *const *l)
{
	return i < s->n && text_in(s->t, s->s0 + i, l);
}

static inline const struct vg *
vg_at(const struct sent *s, int i)
{
	return &g_array_index(s->vgs, struct vg, i);
}

/* text_clause_group.c: tag the words, then find the verb groups. */
void	 tc_tag_sentence(struct sent *);
void	 tc_find_groups(struct sent *);
/* Skip negators and group adverbs from i (negation in *neg). */
guint	 tc_skip_adv(const struct sent *, guint, int *);
/* Token i ends a stretch in which one finite verb is expected. */
int	 tc_boundary(const struct sent *, guint);
/* Token i can end a noun phrase before a verb. */
int	 tc_np_end(const struct sent *, int);
/* The token before i, adverbs and negators skipped; -1 at the start. */
int	 tc_prev_word(const struct sent *, guint);
/* Token i looks like a plural noun. */
int	 tc_plural(const struct sent *, int);
/* Token i can be a base verb. */
int	 tc_base_at(const struct sent *, guint);

/* text_clause_open.c: how the open word i starts a verb group (enum
 * vgk), or -1; seg: the stretch has a finite verb (2: a relative's on
 * a subject, 3: one without a marker). */
int	 tc_open_kind(struct sent *, guint, int);
/* The noun phrase ending at i is the subject of a relative without a
 * marker: "The deal [the two men] signed". */
int	 tc_gap_relative(const struct sent *, int);

/* text_clause_np.c: noun phrases. */
int	 tc_np_word(const struct sent *, int);
int	 tc_aside(const struct sent *, int);
guint	 tc_np_back(const struct sent *, int, guint *);
guint	 tc_np_fwd(const struct sent *, guint, guint, guint *);
void	 tc_antecedent(const struct sent *, int, struct text_clause *);
/* A time adverbial ends at b ("on Thursday"): its first token, -1. */
int	 tc_time_back(const struct sent *, int);
/* The subject and modality of the infinitive gi after a verb of
 * causing and its object ("forced X to step down"). */
void	 tc_controlled(const struct sent *, guint, struct text_clause *);
/* A past participle in apposition: its noun (or that of pl, the
 * clause it hangs on) its subject, in the passive. */
void	 tc_apposed(const struct sent *, const struct vg *,
	    struct text_clause *, const struct text_clause *);
/* A reduced relative's noun its subject, in the passive. */
void	 tc_reduced_subject(const struct sent *, const struct vg *,
	    struct text_clause *);
/* The end of clause c (end so far) before a date that is not its own
 * ("bonds held by the ECB on July 20th"). */
guint	 tc_state_end(const struct sent *, const struct text_clause *,
	    guint);
/* Clause c names what "what" stands for ("what it called a cleanup"). */
int	 tc_naming(const struct sent *, const struct text_clause *);

#endif
