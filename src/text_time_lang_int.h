/* SPDX-License-Identifier: MIT */
/*
 * Internals of the temporal expressions of Spanish, French and German
 * prose: the sentence's tokens read once (folded, month and weekday
 * names from ICU), the resolving of a date against the document date
 * (text_time_lang.c, text_time_lang_resolve.c), and the patterns
 * (text_time_lang_pat.c, text_time_lang_rel.c, text_time_lang_kind.c).
 * Included by these files only.
 */
#ifndef BRIEFING_TEXT_TIME_LANG_INT_H
#define BRIEFING_TEXT_TIME_LANG_INT_H

#include <glib.h>

#include "text_time_int.h"

/* One token of the sentence, read once. */
struct lw {
	char		 f[24];		/* folded: lower case, no accents,
					 * French elision cut ("l'an": "an");
					 * "" if not a word or too long */
	char		 low[24];	/* lower case, accents kept */
	int		 month;		/* 1..12 a month's name, else 0 */
	int		 abbr;		/* the month's short name */
	int		 wday;		/* 1 (Monday) .. 7, else 0 */
	int		 num;		/* digits only: value, else -1 */
	int		 nd;		/* its number of digits */
	int		 cap;		/* starts with a capital */
	int		 elided;	/* "l'", "d'" cut before it */
	int		 tight;		/* no space before the next token */
};

/* The sentence being read. */
struct lsent {
	struct sent	*s;
	struct state	*st;
	enum text_lang	 lang;
	struct lw	*w;		/* w[k - base] */
	guint		 base, lim;	/* the tokens read: [base, lim) */
	guint		 first, end;	/* the sentence's tokens */
	int		 points;	/* dates found so far in it */
	int		 year_here;	/* one of them named its year */
};

/* --- text_time_lang.c, text_time_lang_resolve.c ------------------ */

/* Token i read, or NULL outside the sentence. */
const struct lw *lw_at(const struct lsent *, guint);
/* Token i's folded form is w. */
int	 lw_is(const struct lsent *, guint, const char *);
/* Token i's folded form is one of the NULL-ended list. */
int	 lw_in(const struct lsent *, guint, const char *const *);
/* Token i's lower-case form (accents kept) is w. */
int	 lw_low(const struct lsent *, guint, const char *);
/* Token i is the punctuation or symbol p. */
int	 lw_p(const struct lsent *, guint, const char *);
/* Token i is a number: its value (digits), else -1. */
int	 lw_num(const struct lsent *, guint);
/* A four-digit year 1000..2199 at token i, else 0. */
int	 lw_year(const struct lsent *, guint);
/* A count word or number at token i ("dos", "deux", "zwei", "18"):
 * its value, else -1 (ICU's spellout parse, cached). */
int	 lw_count(const struct lsent *, guint);
/* An ordinal word at token i ("zweiten", "deuxième"): its value,
 * else -1. */
int	 lw_ordinal(const struct lsent *, guint);
/* The same for a word given folded and in lower case. */
int	 lang_count_word(const struct lsent *, const char *, const char *);

/* The tense of tokens [a, b): time_clause_tense, else the language's
 * cue words near them: 1 to come, -1 past, 2 a plan told in the past,
 * 0 unknown. */
int	 lang_tense(const struct lsent *, guint, guint);

/* A new candidate of kind k for tokens [a, b). */
void	 cand_init(struct cand *, enum cand_kind, guint, guint);
/* Mark c's date relative; 0 (c unresolved) when there is no document
 * date. */
int	 ld_rel(const struct lsent *, struct cand *, enum ev_precision);
/* c's date set to y-m-d (m, d 0: coarser); 0 if none such. */
int	 ld_ymd(struct cand *, int, int, int);
/* A month m (day d, or 0) without a year, of tokens [a, b). */
int	 ld_floating(const struct lsent *, struct cand *, int, int, guint,
	    guint);
/* Weekday wd: which -1 the last before the document date, 1 the
 * next after, 0 by the tense of [a, b). */
void	 ld_weekday(const struct lsent *, struct cand *, int, int, guint,
	    guint);
/* n units ('y' 'm' 'w' 'd' 'D') before (sign -1) or after the
 * document date. */
void	 ld_ago(const struct lsent *, struct cand *, int, int, int);
/* The year (month) named last in the block, for an explicit date. */
void	 ld_block_year(const struct lsent *, const struct cand *);

/* --- text_time_lang_pat.c: dates --------------------------------- */

/* The unit of time at token i: 'y' 'm' 'w' 'd' 'D' (decade), 'h'
 * (hours, minutes), 'p' (a part of the day), 'c' (century), else 0. */
int	 lang_unit(const struct lsent *, guint);
/* The date at token i: fills c, returns the token after it, or 0. */
guint	 lang_date(const struct lsent *, guint, struct cand *);

/* --- text_time_lang_rel.c: chains, durations, ranges, today ------- */

/* Chains, durations, ages, decades, generic times, ranges, today at
 * token i: fills c, returns the token after it, or 0. */
guint	 lang_other(const struct lsent *, guint, struct cand *);

/* --- text_time_lang_kind.c: ages, decades, generic times ---------- */

/* At token i: fills c, returns the token after it, or 0. */
guint	 lang_age(const struct lsent *, guint, struct cand *);
guint	 lang_decade(const struct lsent *, guint, struct cand *);
guint	 lang_generic(const struct lsent *, guint, struct cand *);
/* A decade's number at token i ("90", "1990", "noventa"): its first
 * year, else 0. */
int	 lang_decade_at(const struct lsent *, guint);
/* What a date of tokens [a, b) is besides: TIME_STATISTIC,
 * TIME_DURATION (a state still holding since then), 0. */
unsigned lang_date_kind(const struct lsent *, const struct cand *);

#endif
