/* SPDX-License-Identifier: MIT */
/*
 * The resolving of date expressions: a day, a month or a season
 * without a year, a weekday, "two years ago" and the measures ("ten
 * years after 1998"), each counted from the document date or from the
 * year of the block, for the patterns of extract_date.c
 * (extract_date_int.h).
 */
#include <string.h>

#include <glib.h>

#include "extract_date_int.h"

/* --- resolving ---------------------------------------------------- */

static int
doc_date(const struct finder *f, GDate *d)
{
	const struct date_ctx *c = f->ctx;

	g_date_clear(d, 1);
	if (c->year <= 0 || c->year > 9999 ||
	    !g_date_valid_dmy(c->day > 0 ? c->day : 1,
	    c->month > 0 ? c->month : 1, c->year))
		return 0;
	g_date_set_dmy(d, c->day > 0 ? c->day : 1,
	    c->month > 0 ? c->month : 1, c->year);
	return 1;
}

static void
set_day(struct date_expr *e, const GDate *d)
{
	e->year = g_date_get_year(d);
	e->month = g_date_get_month(d);
	e->day = g_date_get_day(d);
	e->precision = EV_DAY;
}

/* A resolved date that falls outside the years 1 to 9999. */
static void
out_of_range(struct date_expr *e)
{
	e->flags |= DATE_OUT_OF_RANGE;
	e->year = e->month = e->day = 0;
}

/* Move d by n days; 0 (d unchanged) if that leaves the years 1 to
 * 9999, where GDate would assert or go on to the year 10000. */
static int
shift_days(GDate *d, long n)
{
	long	j = (long)g_date_get_julian(d) + n;

	if (j < 1 || j > JULIAN_MAX)
		return 0;
	g_date_set_julian(d, (guint32)j);
	return 1;
}

/* d shifted by n days into e, or e out of range. */
void
date_set_shifted(struct date_expr *e, GDate *d, long n)
{
	if (shift_days(d, n))
		set_day(e, d);
	else
		out_of_range(e);
}

/* 0 if not a date; a year outside 1..9999 also marks e out of range
 * (it comes from arithmetic: years in the text have four digits). */
int
date_set_ymd(struct date_expr *e, int y, int m, int d)
{
	if (y < 1 || y > 9999) {
		out_of_range(e);
		return 0;
	}
	if (m < 0 || m > 12 || (d > 0 && (m == 0 ||
	    !g_date_valid_dmy(d, m, y))))
		return 0;
	e->year = y;
	e->month = m;
	e->day = d;
	e->precision = d > 0 ? EV_DAY : m > 0 ? EV_MONTH : EV_YEAR;
	return 1;
}

/*
 * Mark e relative; 0 when the document has no date (e is then
 * unresolved, with the precision it would have), else 1 and *d is the
 * document date.
 */
int
date_relative(const struct finder *f, struct date_expr *e, GDate *d,
    enum ev_precision precision)
{
	e->flags |= DATE_RELATIVE;
	e->precision = precision;
	if (doc_date(f, d))
		return 1;
	e->flags |= DATE_UNRESOLVED;
	e->year = e->month = e->day = 0;
	return 0;
}

/* Monday of the week holding d, plus weeks. */
void
date_week_of(struct date_expr *e, GDate *d, int weeks)
{
	date_set_shifted(e, d, 7L * weeks - (g_date_get_weekday(d) - 1));
	e->qualifier = "week of";
}

void
date_add_months(struct date_expr *e, int y, int m, int delta)
{
	int	k = y * 12 + (m - 1) + delta;

	date_set_ymd(e, k / 12, k % 12 + 1, 0);
}

/* which: -1 the last one strictly before the document date, 1 the next
 * one strictly after, 0 by date_tense (on or before, or on or after). */
void
date_resolve_weekday(const struct finder *f, int wd, int which, long i0,
    long i1, struct date_expr *e)
{
	GDate		d;
	int		dw, back, fwd;
	enum tense	t;

	if (!date_relative(f, e, &d, EV_DAY))
		return;
	dw = g_date_get_weekday(&d);
	back = (dw - wd + 7) % 7;
	fwd = (wd - dw + 7) % 7;
	if (which == 0) {
		t = date_tense(f, i0, i1);
		which = t == TENSE_FUTURE || (t == TENSE_NEAR && fwd < back) ?
		    2 : -2;
	}
	if (which == -1 && back == 0)
		back = 7;
	if (which == 1 && fwd == 0)
		fwd = 7;
	if (which > 0 && f->o != NULL)
		e->flags |= DATE_FORWARD;
	date_set_shifted(e, &d, which < 0 ? -back : fwd);
}

long
extract_date_days_from(const GDate *doc, int y, int m, int d)
{
	GDate	g;

	if (y < 1 || y > 9999 || !g_date_valid_dmy(d, m, y))
		return G_MAXLONG;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, d, m, y);
	return (long)g_date_get_julian(&g) - (long)g_date_get_julian(doc);
}

/*
 * The scan: a day without a year in a block whose last year is two
 * years or more before the document's ("In August 1991 hardliners ...
 * The mutiny, which began on June 23rd"): a day within 45 days before
 * the document date (after it, for a deadline) is that one, news said
 * without its year, not a day of that old year.  1 if e is set so.
 */
static int
recent_day(const struct finder *f, int m, int d, long i0,
    struct date_expr *e)
{
	GDate	doc;
	long	back, fwd;
	int	y, yb, yf;

	if (f->o == NULL || d == 0 || f->ctx->ctx_year <= 0 ||
	    f->ctx->ctx_year > f->ctx->year - 2 || !doc_date(f, &doc))
		return 0;
	/* the last such day on or before the document date, the next
	 * after it */
	y = g_date_get_year(&doc);
	yb = y - (extract_date_days_from(&doc, y, m, d) > 0);
	yf = y + (extract_date_days_from(&doc, y, m, d) <= 0);
	back = extract_date_days_from(&doc, yb, m, d);
	fwd = extract_date_days_from(&doc, yf, m, d);
	if (back != G_MAXLONG && back >= -45)
		y = yb;
	else if (fwd != G_MAXLONG && fwd <= 45 && date_deadline(f, i0)) {
		y = yf;
		e->flags |= DATE_FORWARD;
	} else
		return 0;
	e->flags |= DATE_RELATIVE;
	return date_set_ymd(e, y, m, d);
}

/*
 * A month (and day) without a year: the year of the block's last dated
 * expression, else the latest on or before the document date (the
 * next on or after it in the future tense; for a deadline, the nearer
 * of the two).  0: not a valid date.
 */
int
date_resolve_floating(const struct finder *f, int m, int d, long i0,
    long i1, struct date_expr *e)
{
	GDate		doc;
	int		key, dkey, y, fut, dd = d > 0 ? d : 15;
	long		back, fwd;
	enum tense	t = date_tense(f, i0, i1);

	/* the scan: a clause about the future counts from the document
	 * date, not from the year of the block */
	fut = f->o != NULL && f->ctx->year > 0 && t == TENSE_FUTURE;
	/* the scan: "offers a success seven weeks before the Nov. 3
	 * election": a day counted back from, in a clause not in the
	 * past, is to come */
	if (f->o != NULL && f->ctx->year > 0 && f->pend && f->pm_sign < 0 &&
	    t != TENSE_PAST && t != TENSE_NEAR)
		fut = 1;
	/* the scan: "reached in November 2013 and ... settled on April
	 * 2": a month before the block's, the story having gone on, is
	 * no longer in the block's year (a new year would be named) */
	if (f->ctx->ctx_year > 0 && !fut && (f->o == NULL ||
	    f->ctx->ctx_month == 0 || m >= f->ctx->ctx_month) &&
	    !(f->o != NULL && t == TENSE_PAST && f->ctx->ctx_year ==
	    f->ctx->year && f->ctx->day > 0 && m * 32 + d >
	    f->ctx->month * 32 + f->ctx->day)) {
		/* (the scan: a clause in the past is not dated after the
		 * document date by the block's year: the last such day) */
		if (recent_day(f, m, d, i0, e))
			return 1;
		return date_set_ymd(e, f->ctx->ctx_year, m, d);
	}
	if (!date_relative(f, e, &doc, d > 0 ? EV_DAY : EV_MONTH))
		return d == 0 || g_date_valid_dmy(d, m, 2000);
	key = m * 32 + d;
	dkey = g_date_get_month(&doc) * 32 + (d > 0 ? g_date_get_day(&doc) : 0);
	y = g_date_get_year(&doc);
	if (!fut && (t == TENSE_NEAR || (d > 0 && date_deadline(f, i0)))) {
		back = extract_date_days_from(&doc, y - (key > dkey), m, dd);
		fwd = extract_date_days_from(&doc, y + (key < dkey), m, dd);
		fut = back != G_MAXLONG && fwd != G_MAXLONG && fwd < -back;
	}
	if (fut || t == TENSE_FUTURE) {
		y += key >= dkey ? 0 : 1;
		if (f->o != NULL)
			e->flags |= DATE_FORWARD;
	} else
		y -= key <= dkey ? 0 : 1;
	/* out of range: a date still, that makes no event */
	return date_set_ymd(e, y, m, d) || (e->flags & DATE_OUT_OF_RANGE);
}

/* which: -1 last, 0 this, 1 next season s (index in seasons). */
void
date_resolve_season(const struct finder *f, int s, int which,
    struct date_expr *e)
{
	GDate	d;
	int	doc, y, start;

	e->qualifier = date_seasons[s];
	if (!date_relative(f, e, &d, EV_YEAR))
		return;
	doc = g_date_get_year(&d) * 12 + g_date_get_month(&d) - 1;
	start = date_season_month[s] - 1;
	y = g_date_get_year(&d);
	if (which < 0) {
		while (y * 12 + start + 2 >= doc)
			y--;
	} else if (which > 0) {
		y -= 1;
		while (y * 12 + start <= doc)
			y++;
	} else if ((y - 1) * 12 + start + 2 >= doc)
		y--;
	date_set_ymd(e, y, 0, 0);
}

/* "two years ago": n units before the document date. */
void
date_ago(const struct finder *f, int n, int unit, struct date_expr *e)
{
	GDate	d;

	if (unit == 'D') {
		unit = 'y';
		n *= 10;
	}
	if (!date_relative(f, e, &d, unit == 'y' ? EV_YEAR : unit == 'm' ?
	    EV_MONTH : EV_DAY))
		return;
	switch (unit) {
	case 'y':
		date_set_ymd(e, g_date_get_year(&d) - n, 0, 0);
		break;
	case 'm':
		date_add_months(e, g_date_get_year(&d),
		    g_date_get_month(&d), -n);
		break;
	case 'w':
		date_week_of(e, &d, -n);
		break;
	default:
		date_set_shifted(e, &d, -(long)n);
		break;
	}
}

/* The pending measure counted from the date a. */
void
date_measure(struct finder *f, const struct date_expr *a)
{
	struct date_expr *e = &f->pm;
	int		 n = f->pm_n, unit = f->pm_unit, sign = f->pm_sign;
	int		 y = a->year, m = a->month, d = a->day, k;
	GDate		 g;

	/* the anchor has its own warning */
	if (a->flags & (DATE_UNRESOLVED | DATE_OUT_OF_RANGE)) {
		e->flags |= DATE_UNRESOLVED;
		e->year = 0;
		return;
	}
	e->precision = a->precision;
	if (unit == 'D') {
		unit = 'y';
		n *= 10;
	}
	if (unit == 'w' || unit == 'd') {
		k = unit == 'w' ? 7 * n : n;
		if (a->precision != EV_DAY) {
			unit = a->precision == EV_YEAR ? 'y' : 'm';
			n = unit == 'y' ? k / 365 : k / 30;
		} else
			n = k;		/* "seven weeks before": 49 days */
	}
	switch (unit) {
	case 'y':
		y += sign * n;
		if (d == 29 && m == 2 && y > 0 && !g_date_is_leap_year(y))
			d = 28;
		k = date_set_ymd(e, y, m, d);
		break;
	case 'm':
		if (a->precision == EV_YEAR) {
			k = date_set_ymd(e, y + sign * ((n + 6) / 12), 0, 0);
			break;
		}
		date_add_months(e, y, m, sign * n);
		k = e->year > 0;
		if (k && d > 0) {
			k = g_date_get_days_in_month(e->month, e->year);
			k = date_set_ymd(e, e->year, e->month, MIN(d, k));
		}
		break;
	default:
		g_date_clear(&g, 1);
		g_date_set_dmy(&g, d, m, y);
		date_set_shifted(e, &g, (long)sign * n);
		k = e->year > 0;
		break;
	}
	if (!k && !(e->flags & DATE_OUT_OF_RANGE)) {
		e->flags |= DATE_UNRESOLVED;
		e->year = 0;
	}
	if (a->flags & DATE_RELATIVE)
		e->flags |= DATE_RELATIVE;
}
