/* SPDX-License-Identifier: MIT */
/*
 * Date expressions in English prose: found in a sentence, parsed and
 * resolved against the document date.  Included by chrono.c and its
 * tests only.
 */
#ifndef BRIEFING_EXTRACT_DATE_H
#define BRIEFING_EXTRACT_DATE_H

#include <stddef.h>
#include <glib.h>

#include "chrono.h"

/*
 * What the finder knows around a text: the document date (year 0: none)
 * and the year of the last date naming its year earlier in the same
 * block, which dates "Dec. 15" or "in September" (0: none), and
 * extract_date_scan's month of that date (0: none or a year alone).
 * extract_date_find updates ctx_year, extract_date_scan both.
 */
struct date_ctx {
	int		 year, month, day;
	int		 ctx_year;
	int		 ctx_month;
};

/*
 * One expression.  start..end are byte offsets in the text given to
 * extract_date_find, start including an absorbed preposition ("in
 * 2000"), core the first byte of the date proper ("2000").  The date is
 * resolved (year != 0) unless DATE_UNRESOLVED is set; month and day are
 * 0 below the precision.
 */
struct date_expr {
	size_t		 start, core, end;
	int		 year, month, day;
	enum ev_precision precision;
	const char	*qualifier;	/* static string or NULL */
	unsigned	 flags;		/* DATE_* */
	int		 anchor;	/* DATE_MEASURE: index in out of the
					 * date measured from, else -1 */
};

/* Resolved against the document date ("last year", "on Tuesday"). */
#define DATE_RELATIVE		0x01
/* Relative, and the document has no date: year is 0. */
#define DATE_UNRESOLVED		0x02
/* A distance from another date ("almost 24 years after 2000"): it dates
 * the clause's subject, never an event of its own; the anchor follows
 * it in out. */
#define DATE_MEASURE		0x04
/* The text names the year ("June 2024", "in 2000"). */
#define DATE_EXPLICIT_YEAR	0x08
/* Resolved, but to a day outside the years 1 to 9999 ("tomorrow" on
 * 9999-12-31, "two years ago" in the year 1): year is 0, no event. */
#define DATE_OUT_OF_RANGE	0x10
/* extract_date_scan only: resolved forward from the document date
 * ("on Tuesday" in a clause about the future). */
#define DATE_FORWARD		0x20

/*
 * Append to out (a GArray of struct date_expr) the date expressions of
 * text[0..len), a sentence or less (the tense of the text decides
 * whether "on Tuesday" is past or to come), in text order, never
 * overlapping.  Linear in len.
 */
void	 extract_date_find(const char *text, size_t len,
	    struct date_ctx *ctx, GArray *out);

/*
 * How extract_date_scan reads a text beyond extract_date_find.  tense,
 * if not NULL, tells the tense of the clause holding text[start, end):
 * 1 future or scheduled, -1 past, 2 a plan told in the past ("was due
 * to": the nearer of the last and the next such day), 0 unknown (the
 * words around decide, as in extract_date_find).  Besides, the scan
 * takes more cues of a future ("set for", "next", "deadline",
 * "expires"), resolves a date without a year in a future clause
 * forward from the document date even after a year in the block, a
 * day of the last 45 days before it even after an older year, reads
 * "last weekend", "at the weekend" and "the end of the month", and
 * marks forward resolutions DATE_FORWARD.
 */
struct date_opts {
	int		(*tense)(void *arg, size_t start, size_t end);
	void		*arg;
};

/* extract_date_find with the options o (may be NULL: the same as
 * extract_date_find). */
void	 extract_date_scan(const char *text, size_t len,
	    struct date_ctx *ctx, const struct date_opts *o, GArray *out);

/*
 * Parse a whole string as one absolute date: "2024-06-19", "2024-06",
 * "2024", or a form extract_date_find knows with its year ("18 June
 * 2024", "June 2024").  Returns 1 and fills e, else 0; a string of that
 * form whose year is 0 or has five digits or more ("0000-01-01",
 * "10500") sets DATE_OUT_OF_RANGE in e->flags besides.
 */
int	 extract_date_parse(const char *s, struct date_expr *e);

/* Days from the document date doc to m-d of year y (negative: before
 * it), G_MAXLONG if there is no such day; for the language finders
 * too (text_time_lang_resolve.c). */
long	 extract_date_days_from(const GDate *doc, int y, int m, int d);

/* "2024-06-18", "2023-09" or "2000" by precision (caller frees). */
char	*extract_date_string(int year, int month, int day,
	    enum ev_precision precision);

#endif
