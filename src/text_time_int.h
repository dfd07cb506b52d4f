/* SPDX-License-Identifier: MIT */
/*
 * Internals of the temporal expressions: the candidates and the
 * sentence the token patterns (text_time_pat.c) read for text_time.c.
 * Included by text_time.c and text_time_pat.c only.
 */
#ifndef BRIEFING_TEXT_TIME_INT_H
#define BRIEFING_TEXT_TIME_INT_H

#include <glib.h>

#include "extract_date.h"
#include "text_int.h"

/* What a candidate is. */
enum cand_kind {
	C_DATE,			/* extract_date's: e */
	C_CHAIN,		/* on the time before: ch_* */
	C_DURATION,
	C_AGE,
	C_DECADE,		/* e.year the first year, e.qualifier */
	C_GENERIC,
	C_RANGE,		/* "2020-23": e, end_year */
	C_TODAY			/* "today", "this morning": the day of
				 * the telling */
};

/* How a chain moves from its anchor. */
enum chain_kind {
	CH_SHIFT,		/* n units */
	CH_SAME,		/* the anchor's date, at most precision cap */
	CH_MONTH,		/* month in the anchor's year */
	CH_NONE			/* too vague ("years later"): unresolved */
};

/* A candidate expression: tokens [a, b) of the text. */
struct cand {
	guint		 a, b;
	enum cand_kind	 kind;
	int		 prio;		/* wins an overlap: higher */
	struct date_expr e;
	int		 eidx;		/* index in extract_date's out, -1 */
	int		 dead;		/* joined into the range before */
	int		 end_year, end_month, end_day;	/* C_RANGE */
	enum ev_precision end_prec;
	enum chain_kind	 ch;
	int		 n, unit;	/* CH_SHIFT: 'y' 'D' 'm' 'w' 'd' */
	enum ev_precision cap;		/* CH_SAME */
	int		 month;		/* CH_MONTH */
	guint		 noun;		/* the act a chain counts from:
					 * "the day after the vote", 0 */
	unsigned	 tflags;	/* TIME_* flags the finder knows
					 * (TIME_STATISTIC...), ORed in */
};

/* The sentence being read. */
struct sent {
	struct text	*t;
	const struct text_sentence *se;
	guint		 first, end;	/* its tokens [first, end) */
	int		 table;		/* a table row: two '|' or more */
	/* by token, for the whole text: what the English patterns ask of a
	 * token again and again (eleven patterns are tried at each),
	 * worked out once; NULL: not kept */
	gint8		*units;		/* time_unit_of(), -1: not yet */
	int		*nums;		/* its number's value, G_MININT: not
					 * yet */
	struct time_count *counts;	/* a count from the token on
					 * (count_at), .next 0: not yet */
};

/* A count at a token: its value (0 vague, -1 none) and the token after
 * it, as an offset (1 to 4; 0 while not worked out). */
struct time_count {
	int	n;
	guint8	next;
};


/* How many of the last points a chain's anchor is looked for in. */
#define NPTS	16

/* What carries from sentence to sentence. */
struct state {
	struct date_ctx	 ctx;
	guint		 block;
	int		 started;
	int		 last_cur;	/* last point in time of the block */
	int		 recent[4];	/* the block's last points, newest
					 * first, -1 */
	int		 pts[NPTS];	/* the document's last points, newest
					 * first, -1: a chain's anchor when
					 * its block has none */
};

/* --- text_time.c: clauses ----------------------------------------- */

/* The innermost clause of the sentence holding tokens [a, b), -1. */
int	 time_find_clause(const struct sent *, guint, guint);
/* Future cue words in the 30 tokens before token a. */
int	 time_future_before(const struct sent *, guint);
/* The tense of the clause of the sentence's bytes [start, end) (arg:
 * the struct sent): 1 future or scheduled, -1 past, 2 a plan told in
 * the past, 0 unknown (extract_date's question). */
int	 time_clause_tense(void *, size_t, size_t);

/* --- text_time_lang.c: Spanish, French, German ------------------- */

/*
 * Append to all (struct cand) the temporal expressions of sentence s in
 * the language s->t->lang (TEXT_ES, TEXT_FR or TEXT_DE), as
 * extract_date_scan and time_pattern do for English: C_DATE with e
 * resolved against st->ctx (the document date, the block's year) and
 * the clause's tense (time_clause_tense), e.start/e.end unused; chains,
 * durations, ages, decades, generic times and ranges as their kinds.
 */
void	 time_lang_candidates(struct sent *s, struct state *st, GArray *all);

/* --- text_time_chain.c -------------------------------------------- */

/* A time that dates an event, and that a chain may count from. */
int	 time_is_point(const struct text_time *);
/* tm dates the clause "after" at its end opens. */
int	 time_dates_after_clause(const struct text *,
	    const struct text_time *);
/* tm, the chain c, its anchor and its date. */
void	 time_chain(struct sent *, struct state *, const struct cand *,
	    struct text_time *);
/* tm, "today", "this morning". */
void	 time_today(struct sent *, struct state *, const struct cand *,
	    struct text_time *);
/* Two points side by side from times[base] on that name one time. */
void	 time_appositions(struct text *, guint);

/* --- tokens ------------------------------------------------------- */

static inline int
is(const struct sent *s, guint i, const char *w)
{
	return i >= s->first && i < s->end && text_is(s->t, i, w);
}

static inline int
in(const struct sent *s, guint i, const char *const *l)
{
	return i >= s->first && i < s->end && text_in(s->t, i, l);
}

static inline enum text_kind
kind(const struct sent *s, guint i)
{
	return i >= s->first && i < s->end ? text_tok(s->t, i)->kind :
	    TEXT_PUNCT;
}


/* A four-digit year value 1000..2199 at token i, else 0. */
int	 time_year_of(const struct sent *s, guint i);

/* A month name in tokens [a, b): its number, else 0. */
int	 time_month_at(const struct sent *, guint, guint);

/* The finite clause in the past that "after" or "before" at token m
 * opens ("a day after the talks had closed"), -1. */
int	 time_after_clause(const struct sent *, guint);

/* The token patterns at token i (chains, durations, ages, decades,
 * generic times, ranges of years, table cells): fills c with the
 * longest match and returns the token after it, or 0. */
guint	 time_pattern(const struct sent *s, guint i, struct cand *c);

/* What a date of tokens [a, b) is (clause: its clause, -1): a figure
 * by year ("exports in 2021 fell to 3%"; range: a range of dates), a
 * span ("for most of 2020"; before a range, "the 21 years between 1989
 * and 2010"), a state still holding ("has ruled since 1994"), a time
 * compared or recalled ("the chaos of 1917"), a date line. */
int	 time_statistic(const struct sent *, guint, guint, int, int);
int	 time_span_of(const struct sent *, guint);
int	 time_span_before(const struct sent *, guint);
int	 time_since_state(const struct sent *, guint, int);
int	 time_reference(const struct sent *, guint, guint);
int	 time_dateline(const struct sent *, guint, guint);

/* --- text_time_chain.c: dates ------------------------------------ */

/* tm set to y-m-d at precision p (m, d cut to it); 0, tm out of range,
 * outside the years 1 to 9999. */
int	 time_set_date(struct text_time *, int, int, int, enum ev_precision);
/* tm set to y-m(-d) moved by delta months, at precision p. */
void	 time_add_months(struct text_time *, int, int, int, long,
	    enum ev_precision);
/* tm, a chain c, from its anchor an. */
void	 time_resolve_chain(struct text_time *, const struct cand *,
	    const struct text_time *);

#endif
