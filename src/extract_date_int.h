/* SPDX-License-Identifier: MIT */
/*
 * Internals of the date finder: its tokens, its lexicon, the facts
 * read on a few tokens and the tense of a clause (extract_date_lex.c),
 * used by the patterns (extract_date.c) and the resolving
 * (extract_date_resolve.c).  Included by these three files only.
 */
#ifndef BRIEFING_EXTRACT_DATE_INT_H
#define BRIEFING_EXTRACT_DATE_INT_H

#include <glib.h>

#include "extract_date.h"

/*
 * The text is cut into tokens (letter runs, digit runs, single other
 * characters, each knowing whether white space precedes it); every
 * pattern below looks at most a few tokens around one position, so a
 * text is scanned in linear time.  A match function returns the index
 * of the token after the expression, or -1.
 */

enum tok_type {
	T_WORD,
	T_NUM,
	T_PUNCT
};

struct tok {
	size_t		 s, e;		/* bytes in the text */
	enum tok_type	 type;
	int		 sp;		/* white space (or the start) before */
	int		 cap;		/* T_WORD: starts with a capital */
	int		 val;		/* T_NUM: value, -1 past 6 digits */
	int		 nd;		/* T_NUM: number of digits */
	gunichar	 c;		/* T_PUNCT: the character */
	char		 low[16];	/* ASCII word in lower case, or "" */
	const struct lexent *lx;	/* its lists, or NULL */
};

/* date_expr.flags, internal: a date that does not exist. */
#define INVALID		0x100

/* The Julian day (GDate's, 0001-01-01 being 1) of 9999-12-31: day
 * arithmetic stays within 1..JULIAN_MAX, as the years do. */
#define JULIAN_MAX	3652059L

enum tense {
	TENSE_NONE,
	TENSE_PAST,
	TENSE_FUTURE,
	TENSE_NEAR		/* the scan: a plan told in the past ("was
				 * due to"): the nearer day */
};

struct finder {
	struct tok	*t;
	long		 n;
	struct date_ctx	*ctx;
	const struct date_opts *o;	/* extract_date_scan's, or NULL */
	long		 last_end;	/* token after the last expression */
	long		 last_year;	/* token of the last bare year, or -1 */
	/* A measure ("24 years after") waiting for the date it counts
	 * from, which must start before token pend_limit. */
	int		 pend;
	long		 pend_limit;
	struct date_expr pm;
	int		 pm_n, pm_unit, pm_sign;
};

/*
 * Every list above, by number: one hash lookup per word tells which
 * lists hold it and where, so that no pattern compares strings.
 */
enum lex {
	LX_MONTH, LX_ABBR, LX_WEEKDAY, LX_NUMBER, LX_TENS, LX_UNITS,
	LX_YEAR_PREV, LX_DET, LX_ABSORBED, LX_MONTH_PREV, LX_HEDGE,
	LX_FUTURE, LX_PAST, LX_YEAR_VERBS, LX_ORDINAL, LX_SEASON, LX_UNIT,
	LX_PART, LX_END, LX_START, LX_COUNT
};

struct lexent {
	guint32		 bits;		/* 1 << enum lex */
	signed char	 idx[LX_COUNT];	/* index in each list */
};

/* --- tokens ------------------------------------------------------- */


static inline const struct tok *
tk(const struct finder *f, long i)
{
	return i >= 0 && i < f->n ? &f->t[i] : NULL;
}

/* Index of the token's word in list k, or -1. */
static inline int
word_index(const struct finder *f, long i, enum lex k)
{
	const struct tok *t = tk(f, i);

	if (t == NULL || t->lx == NULL || !(t->lx->bits & (1u << k)))
		return -1;
	return t->lx->idx[k];
}

static inline int
isw(const struct finder *f, long i, const char *w)
{
	const struct tok *t = tk(f, i);

	return t != NULL && t->type == T_WORD && t->low[0] == w[0] &&
	    strcmp(t->low, w) == 0;
}

static inline int
inw(const struct finder *f, long i, enum lex k)
{
	return word_index(f, i, k) >= 0;
}

/* Token i is the character c; tight: with no space before it. */
static inline int
isp(const struct finder *f, long i, gunichar c, int tight)
{
	const struct tok *t = tk(f, i);

	return t != NULL && t->type == T_PUNCT && t->c == c &&
	    (!tight || !t->sp);
}

static inline int
is_apostrophe(const struct finder *f, long i)
{
	return isp(f, i, '\'', 1) || isp(f, i, 0x2019, 1);
}


static inline int
is_year_value(const struct tok *t)
{
	return t != NULL && t->type == T_NUM && t->nd == 4 &&
	    t->val >= 1000 && t->val <= 2199;
}

/* --- extract_date_lex.c ------------------------------------------- */

extern const char *const date_seasons[];	/* "spring" ... */
extern const int date_season_month[];		/* its first month */
extern const char *const date_parts[];		/* "early", "mid", "late" */

/* Cut text[0..len) into f->t, f->n (f->t to be freed by g_free). */
void	 date_tokenize(struct finder *, const char *, size_t);
/* Month of token i ("June", "Sept.", "Dec 15"), capitalised; *next is
 * the token after it; else 0. */
int	 date_month_at(const struct finder *, long, long *);
/* 1 (Monday) .. 7 (Sunday), as GDateWeekday, or 0. */
int	 date_weekday_at(const struct finder *, long);
/* A small count: "18", "two", "twenty-four", "a"; *next after it. */
int	 date_number_at(const struct finder *, long, int *, long *);
/* 'y' years, 'm' months, 'w' weeks, 'd' days, 'D' decades, or 0. */
int	 date_unit_at(const struct finder *, long);
/* "almost", "more than" ...: *next after it. */
int	 date_hedge_at(const struct finder *, long, long *);
/* Nothing glued before (after) token i that makes it part of another
 * number, an amount, a count or a code. */
int	 date_clean_before(const struct finder *, long);
int	 date_clean_after(const struct finder *, long);
/* A four-digit year at token i, clean after it. */
int	 date_year_at(const struct finder *, long);
/* The tense of the clause of tokens i0..i1. */
enum tense date_tense(const struct finder *, long, long);
/* The scan: the date at token i0 is a deadline, "to sign ... by July
 * 1st". */
int	 date_deadline(const struct finder *, long);
/* The year alone at token i (j the token after) qualifies a noun: "the
 * 2020 war". */
int	 date_attributive(const struct finder *, long, long);

/* --- extract_date_resolve.c --------------------------------------- */

/* e set to y-m-d (m, d 0: coarser); 0 if not a date, a year outside
 * 1..9999 also marking e out of range. */
int	 date_set_ymd(struct date_expr *, int, int, int);
/* d shifted by n days into e, or e out of range. */
void	 date_set_shifted(struct date_expr *, GDate *, long);
/* Mark e relative at precision p; 0 (e unresolved) when the document
 * has no date, else 1 and *d the document date. */
int	 date_relative(const struct finder *, struct date_expr *, GDate *,
	    enum ev_precision);
/* Monday of the week holding d, plus weeks. */
void	 date_week_of(struct date_expr *, GDate *, int);
/* The month y-m moved by delta months. */
void	 date_add_months(struct date_expr *, int, int, int);
/* Weekday wd (1..7) of tokens i0..i1: which -1 the last before the
 * document date, 1 the next after, 0 by the tense. */
void	 date_resolve_weekday(const struct finder *, int, int, long, long,
	    struct date_expr *);
/* Month m (day d, or 0) without a year, of tokens i0..i1; 0 if not a
 * valid date. */
int	 date_resolve_floating(const struct finder *, int, int, long, long,
	    struct date_expr *);
/* Season s (index in date_seasons): which -1 last, 0 this, 1 next. */
void	 date_resolve_season(const struct finder *, int, int,
	    struct date_expr *);
/* n units ('y', 'm', 'w', 'd', 'D') before the document date. */
void	 date_ago(const struct finder *, int, int, struct date_expr *);
/* The finder's pending measure counted from the date a. */
void	 date_measure(struct finder *, const struct date_expr *);

#endif
