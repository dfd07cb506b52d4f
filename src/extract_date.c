/* SPDX-License-Identifier: MIT */
/*
 * Date expressions in English prose: found, parsed and resolved.  The
 * patterns are here; the resolving in extract_date_resolve.c; the
 * tokens, the lexicon and the tense of a clause in extract_date_lex.c
 * (all three share extract_date_int.h).
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "extract_date_int.h"

static long	 match(struct finder *, long, struct date_expr *);
static long	 m_iso(struct finder *, long, struct date_expr *);
static long	 m_slash(struct finder *, long, struct date_expr *);
static long	 m_number(struct finder *, long, struct date_expr *);
static long	 m_relative(struct finder *, long, struct date_expr *);
static long	 m_part(struct finder *, long, struct date_expr *);
static long	 m_season(struct finder *, long, struct date_expr *);
static long	 m_weekday(struct finder *, long, struct date_expr *);
static long	 m_day_month(struct finder *, long, struct date_expr *);
static long	 m_month(struct finder *, long, struct date_expr *);
static long	 m_year(struct finder *, long, struct date_expr *);
static long	 m_weekend(struct finder *, long, struct date_expr *);
static long	 m_this(struct finder *, long, struct date_expr *);

/* --- patterns ----------------------------------------------------- */

/* "2024-06-18" */
static long
m_iso(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *y = tk(f, i), *m = tk(f, i + 2), *d = tk(f, i + 4);

	if (!is_year_value(y) || !date_clean_before(f, i) || d == NULL ||
	    !isp(f, i + 1, '-', 1) || !isp(f, i + 3, '-', 1) ||
	    m->type != T_NUM || m->sp || m->nd != 2 ||
	    d->type != T_NUM || d->sp || d->nd != 2)
		return -1;
	if (tk(f, i + 5) != NULL && !tk(f, i + 5)->sp &&
	    (tk(f, i + 5)->type != T_PUNCT || isp(f, i + 5, '-', 1) ||
	    isp(f, i + 5, '/', 1) || (tk(f, i + 6) != NULL &&
	    !tk(f, i + 6)->sp && tk(f, i + 6)->type == T_NUM)))
		return -1;
	if (!date_set_ymd(e, y->val, m->val, d->val) || m->val == 0)
		return -1;
	e->flags |= DATE_EXPLICIT_YEAR;
	return i + 5;
}

/* "18/06/2024" when only one reading is a date. */
static long
m_slash(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *a = tk(f, i), *b = tk(f, i + 2), *y = tk(f, i + 4);
	int		 d, m;

	if (a == NULL || a->type != T_NUM || a->nd > 2 || y == NULL ||
	    !date_clean_before(f, i) || !isp(f, i + 1, '/', 1) ||
	    !isp(f, i + 3, '/', 1) || b->type != T_NUM || b->sp ||
	    b->nd > 2 || !is_year_value(y) || y->sp ||
	    !date_clean_after(f, i + 4))
		return -1;
	if (a->val > 12 && b->val <= 12) {
		d = a->val;
		m = b->val;
	} else if (b->val > 12 && a->val <= 12) {
		d = b->val;
		m = a->val;
	} else
		return -1;
	if (m == 0 || d == 0 || !date_set_ymd(e, y->val, m, d))
		return -1;
	e->flags |= DATE_EXPLICIT_YEAR;
	return i + 5;
}

/* "two years ago", "almost 24 years after" (a measure). */
static long
m_number(struct finder *f, long i, struct date_expr *e)
{
	long	j = i, k;
	int	approx = 0, n, unit;

	if (date_hedge_at(f, j, &k)) {
		approx = 1;
		j = k;
	}
	if (!date_number_at(f, j, &n, &j) || (unit = date_unit_at(f, j)) == 0)
		return -1;
	j++;
	if (approx)
		e->qualifier = "approximate";
	if (isw(f, j, "ago")) {
		date_ago(f, n, unit, e);
		if (approx)
			e->qualifier = "approximate";
		return j + 1;
	}
	if (isw(f, j, "after") || isw(f, j, "since") || isw(f, j, "before")) {
		e->flags |= DATE_MEASURE;
		f->pm_n = n;
		f->pm_unit = unit;
		f->pm_sign = isw(f, j, "before") ? -1 : 1;
		return j + 1;
	}
	return -1;
}

/* "last year", "this month", "next Tuesday", "last September",
 * "last summer"; not "the last year" (a duration). */
static long
m_relative(struct finder *f, long i, struct date_expr *e)
{
	GDate	d;
	long	j = i + 1, k;
	int	which, m, wd, s;

	if (isw(f, i, "last"))
		which = -1;
	else if (isw(f, i, "this"))
		which = 0;
	else if (isw(f, i, "next"))
		which = 1;
	else
		return -1;
	if (isw(f, i - 1, "the") || isw(f, i - 1, "past"))
		return -1;
	if (which > 0 && f->o != NULL)
		e->flags |= DATE_FORWARD;
	if (isw(f, j, "weekend") && f->o != NULL) {
		date_resolve_weekday(f, 6, which, i, j + 1, e);
		e->qualifier = "weekend";
		return j + 1;
	}
	if (isw(f, j, "year") || isw(f, j, "month") || isw(f, j, "week")) {
		m = tk(f, j)->low[0];
		if (!date_relative(f, e, &d, m == 'y' ? EV_YEAR : m == 'm' ?
		    EV_MONTH : EV_DAY)) {
			if (m == 'w')
				e->qualifier = "week of";
			return j + 1;
		}
		if (m == 'y')
			date_set_ymd(e, g_date_get_year(&d) + which, 0, 0);
		else if (m == 'm')
			date_add_months(e, g_date_get_year(&d),
			    g_date_get_month(&d), which);
		else
			date_week_of(e, &d, which);
		return j + 1;
	}
	if ((m = date_month_at(f, j, &k)) > 0) {
		if (tk(f, k) != NULL && tk(f, k)->type == T_NUM)
			return -1;
		if (!date_relative(f, e, &d, EV_MONTH))
			return k;
		s = g_date_get_year(&d);
		wd = g_date_get_month(&d);
		if (which < 0)
			s -= m < wd ? 0 : 1;
		else if (which > 0)
			s += m > wd ? 0 : 1;
		date_set_ymd(e, s, m, 0);
		return k;
	}
	if ((wd = date_weekday_at(f, j)) > 0) {
		date_resolve_weekday(f, wd, which, i, j + 1, e);
		return j + 1;
	}
	if ((s = word_index(f, j, LX_SEASON)) >= 0) {
		date_resolve_season(f, s, which, e);
		return j + 1;
	}
	return -1;
}

/* "month" or "year" at j as the current one. */
static long
m_this(struct finder *f, long j, struct date_expr *e)
{
	GDate	d;

	if (!date_relative(f, e, &d, isw(f, j, "month") ? EV_MONTH : EV_YEAR))
		return j + 1;
	if (date_tense(f, j, j + 1) == TENSE_FUTURE)
		e->flags |= DATE_FORWARD;
	if (isw(f, j, "month"))
		date_set_ymd(e, g_date_get_year(&d), g_date_get_month(&d), 0);
	else
		date_set_ymd(e, g_date_get_year(&d), 0, 0);
	return j + 1;
}

/* The rest of "early 2022", "late in 2023", "mid-June", "the end of
 * 2023", "late last year", from token j, with qualifier q. */
static long
part_rest(struct finder *f, long i, long j, const char *q,
    struct date_expr *e)
{
	long	k, r;
	int	m;

	if (date_year_at(f, j)) {
		date_set_ymd(e, tk(f, j)->val, 0, 0);
		e->flags |= DATE_EXPLICIT_YEAR;
		e->qualifier = q;
		return j + 1;
	}
	if ((m = date_month_at(f, j, &k)) > 0) {
		r = k;
		if (isp(f, r, ',', 0) || isw(f, r, "of"))
			r++;
		if (date_year_at(f, r)) {
			date_set_ymd(e, tk(f, r)->val, m, 0);
			e->flags |= DATE_EXPLICIT_YEAR;
			r++;
		} else if (tk(f, k) != NULL && tk(f, k)->type == T_NUM)
			return -1;
		else if (!date_resolve_floating(f, m, 0, i, k, e))
			return -1;
		else
			r = k;
		e->qualifier = q;
		return r;
	}
	if ((r = m_relative(f, j, e)) > 0) {
		if (e->precision != EV_DAY)
			e->qualifier = q;
		return r;
	}
	/* the scan: "the end of the month", of the current one */
	if (f->o != NULL && isw(f, j, "the") && (isw(f, j + 1, "month") ||
	    isw(f, j + 1, "year")) && (r = m_this(f, j + 1, e)) > 0) {
		e->qualifier = q;
		return r;
	}
	return -1;
}

/* "the weekend" after "at", "over", "during", "on" (the scan): the
 * last or next one by tense. */
static long
m_weekend(struct finder *f, long i, struct date_expr *e)
{
	if (f->o == NULL || !isw(f, i, "the") || !isw(f, i + 1, "weekend") ||
	    !(isw(f, i - 1, "at") || isw(f, i - 1, "over") ||
	    isw(f, i - 1, "during") || isw(f, i - 1, "on")))
		return -1;
	date_resolve_weekday(f, 6, 0, i, i + 2, e);
	e->qualifier = "weekend";
	return i + 2;
}

static long
m_part(struct finder *f, long i, struct date_expr *e)
{
	static const char *const endq[] = { "late", "early", "early", "mid" };
	long	j = i;
	int	k;

	if ((k = word_index(f, i, LX_PART)) >= 0) {
		j = i + 1;
		if (isp(f, j, '-', 1) || isp(f, j, 0x2010, 1))
			j++;
		else if (isw(f, j, "in"))
			j++;
		return part_rest(f, i, j, date_parts[k], e);
	}
	if (isw(f, j, "the"))
		j++;
	if ((k = word_index(f, j, LX_END)) < 0 || !isw(f, j + 1, "of"))
		return -1;
	return part_rest(f, i, j + 2, endq[k], e);
}

/* "the summer of 2021", "summer 2021", "in the fall of 2020". */
static long
m_season(struct finder *f, long i, struct date_expr *e)
{
	long	j = i;
	int	s, the = 0, of = 0;

	if (isw(f, j, "the")) {
		the = 1;
		j++;
	}
	if ((s = word_index(f, j, LX_SEASON)) < 0)
		return -1;
	j++;
	if (isw(f, j, "of")) {
		of = 1;
		j++;
	}
	if (!date_year_at(f, j))
		return -1;
	if (strcmp(date_seasons[s], "fall") == 0 && !of && !the &&
	    !isw(f, i - 1, "in"))
		return -1;
	date_set_ymd(e, tk(f, j)->val, 0, 0);
	e->qualifier = date_seasons[s];
	e->flags |= DATE_EXPLICIT_YEAR;
	return j + 1;
}

/* "Tuesday", "on Tuesday", "Tuesday, June 18, 2024"; not "Super
 * Tuesday". */
static long
m_weekday(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *p = tk(f, i - 1);
	long		 j = i + 1, r;
	int		 wd;

	if ((wd = date_weekday_at(f, i)) == 0)
		return -1;
	if (p != NULL && p->type == T_WORD && p->cap &&
	    !inw(f, i - 1, LX_ABSORBED))
		return -1;
	/* the scan: "declared Monday a day off", "made Friday a
	 * holiday": the day is the object, no time of the clause */
	if (f->o != NULL && (isw(f, i + 1, "a") || isw(f, i + 1, "an")) &&
	    p != NULL && p->type == T_WORD && (isw(f, i - 1, "made") ||
	    isw(f, i - 1, "make") || isw(f, i - 1, "makes") ||
	    strncmp(p->low, "declar", 6) == 0 ||
	    strncmp(p->low, "proclaim", 8) == 0 ||
	    strncmp(p->low, "designat", 8) == 0 ||
	    isw(f, i - 1, "named") || isw(f, i - 1, "names")))
		return -1;
	if (isp(f, j, ',', 0))
		j++;
	if (((r = m_day_month(f, j, e)) > 0 || (r = m_month(f, j, e)) > 0) &&
	    e->precision == EV_DAY)
		return r;
	memset(e, 0, sizeof(*e));
	e->anchor = -1;
	date_resolve_weekday(f, wd, 0, i, i + 1, e);
	return i + 1;
}

/* "18 June 2024", "18th of June", "15 Dec." */
static long
m_day_month(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *t = tk(f, i);
	long		 j = i + 1, k;
	int		 m;

	if (t == NULL || t->type != T_NUM || t->nd > 2 || t->val < 1 ||
	    t->val > 31 || !date_clean_before(f, i))
		return -1;
	if (inw(f, j, LX_ORDINAL) && !tk(f, j)->sp)
		j++;
	if (isw(f, j, "of"))
		j++;
	if ((m = date_month_at(f, j, &k)) == 0)
		return -1;
	j = k;
	if (isp(f, j, ',', 0))
		j++;
	if (date_year_at(f, j)) {
		if (!date_set_ymd(e, tk(f, j)->val, m, t->val))
			e->flags |= INVALID;	/* "31 June 2024" */
		e->flags |= DATE_EXPLICIT_YEAR;
		return j + 1;
	}
	return date_resolve_floating(f, m, t->val, i, k, e) ? k : -1;
}

/* "June 18, 2024", "Dec. 15", "September 2023", "Sept. 2023", and a
 * month alone after a preposition ("in September"). */
/* "February last year", "June 5th of next year": a month (and day) of
 * a year said from the document date, j the token after the month (or
 * day); the token after it, 0 if not that form. */
static long
month_of_year(struct finder *f, int m, int d, long j, struct date_expr *e)
{
	GDate	doc;
	int	k;

	if (isw(f, j, "of"))
		j++;
	if (!isw(f, j + 1, "year"))
		return 0;
	if (isw(f, j, "last"))
		k = -1;
	else if (isw(f, j, "this"))
		k = 0;
	else if (isw(f, j, "next"))
		k = 1;
	else
		return 0;
	if (d > 0 && !g_date_valid_dmy(d, m, 2000))
		return 0;
	if (date_relative(f, e, &doc, d > 0 ? EV_DAY : EV_MONTH) &&
	    !date_set_ymd(e, g_date_get_year(&doc) + k, m, d) &&
	    !(e->flags & DATE_OUT_OF_RANGE))
		e->flags |= INVALID;	/* "February 29th next year" */
	return j + 2;
}

static long
m_month(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *t;
	long		 j, r;
	int		 m, d;

	if ((m = date_month_at(f, i, &j)) == 0)
		return -1;
	t = tk(f, j);
	if (t != NULL && t->type == T_NUM && t->nd <= 2 && t->val >= 1 &&
	    t->val <= 31 && (date_clean_after(f, j) ||
	    inw(f, j + 1, LX_ORDINAL))) {
		d = t->val;
		r = j + 1;
		if (inw(f, r, LX_ORDINAL) && !tk(f, r)->sp)
			r++;
		j = r;
		if (isp(f, j, ',', 0))
			j++;
		if (date_year_at(f, j)) {
			if (!date_set_ymd(e, tk(f, j)->val, m, d))
				e->flags |= INVALID;
			e->flags |= DATE_EXPLICIT_YEAR;
			return j + 1;
		}
		if ((j = month_of_year(f, m, d, r, e)) > 0)
			return j;
		return date_resolve_floating(f, m, d, i, r, e) ? r : -1;
	}
	if ((r = month_of_year(f, m, 0, j, e)) > 0)
		return r;
	r = j;
	if (isp(f, r, ',', 0) || isw(f, r, "of"))
		r++;
	if (date_year_at(f, r)) {
		date_set_ymd(e, tk(f, r)->val, m, 0);
		e->flags |= DATE_EXPLICIT_YEAR;
		return r + 1;
	}
	if (t != NULL && t->type == T_NUM)
		return -1;
	if (!inw(f, i - 1, LX_MONTH_PREV))
		return -1;
	return date_resolve_floating(f, m, 0, i, j, e) ? j : -1;
}

/* A four-digit year where the words around it make it one. */
static long
m_year(struct finder *f, long i, struct date_expr *e)
{
	const struct tok *p = tk(f, i - 1), *u = tk(f, i + 1);
	long		 k;
	int		 ok = 0, np;

	if (!date_year_at(f, i) || !date_clean_before(f, i))
		return -1;
	/* a noun phrase follows: "the 2019 summit" */
	np = u != NULL && u->type == T_WORD && u->sp;
	if (is_apostrophe(f, i + 1))
		ok = 1;			/* "2019's summit" */
	else if (isp(f, i + 1, 0x2013, 1) && is_year_value(tk(f, i + 2)) &&
	    !tk(f, i + 2)->sp)
		ok = 1;			/* "2019–2021" */
	else if (p != NULL && inw(f, i - 1, LX_YEAR_PREV)) {
		if (inw(f, i - 1, LX_DET))
			/* "a 2002 ruling", not "a 2000-strong force" */
			ok = np && !isw(f, i + 1, "strong");
		else if (strcmp(p->low, "to") == 0 ||
		    strcmp(p->low, "and") == 0 || strcmp(p->low, "or") == 0)
			ok = f->last_year == i - 2;
		else
			ok = 1;
		if (strcmp(p->low, "around") == 0 ||
		    strcmp(p->low, "circa") == 0)
			e->qualifier = "approximate";
	} else if (p != NULL && p->type == T_WORD && strcmp(p->low, "s") == 0 &&
	    is_apostrophe(f, i - 2))
		ok = np;		/* "the UN's 2019 report" */
	else if (isp(f, i - 1, '.', 1) && isw(f, i - 2, "c")) {
		ok = 1;
		e->qualifier = "approximate";
	} else if (isp(f, i - 1, '(', 0))
		ok = isp(f, i + 1, ')', 1) || isp(f, i + 1, 0x2013, 1);
	else if (isp(f, i - 1, 0x2013, 1))
		ok = f->last_year == i - 2;
	else {
		for (k = i - 1; k >= 0; k--)
			if (!isp(f, k, '"', 0) && !isp(f, k, 0x201C, 0) &&
			    !isp(f, k, '(', 0))
				break;
		ok = k < 0 && (isp(f, i + 1, ',', 1) ||
		    inw(f, i + 1, LX_YEAR_VERBS));
	}
	if (!ok)
		return -1;
	date_set_ymd(e, tk(f, i)->val, 0, 0);
	e->flags |= DATE_EXPLICIT_YEAR;
	return i + 1;
}

static long
match(struct finder *f, long i, struct date_expr *e)
{
	static long (*const fns[])(struct finder *, long,
	    struct date_expr *) = {
		m_iso, m_slash, m_number, m_part, m_relative, m_season,
		m_weekday, m_day_month, m_month, m_year, m_weekend
	};
	const struct tok *t = tk(f, i);
	size_t		 k;
	long		 j;

	if (t->type == T_PUNCT || (t->type == T_WORD && t->lx == NULL))
		return -1;		/* no pattern starts here */
	for (k = 0; k < G_N_ELEMENTS(fns); k++) {
		memset(e, 0, sizeof(*e));
		e->anchor = -1;
		e->precision = EV_YEAR;
		if ((j = fns[k](f, i, e)) > i)
			return j;
	}
	if (isw(f, i, "yesterday") || isw(f, i, "tomorrow")) {
		GDate	d;

		memset(e, 0, sizeof(*e));
		e->anchor = -1;
		if (date_relative(f, e, &d, EV_DAY))
			date_set_shifted(e, &d, isw(f, i, "yesterday") ?
			    -1 : 1);
		return i + 1;
	}
	return -1;
}

void
extract_date_find(const char *text, size_t len, struct date_ctx *ctx,
    GArray *out)
{
	extract_date_scan(text, len, ctx, NULL, out);
}

void
extract_date_scan(const char *text, size_t len, struct date_ctx *ctx,
    const struct date_opts *o, GArray *out)
{
	struct finder	 f;
	struct date_expr e;
	long		 i, j;

	memset(&f, 0, sizeof(f));
	f.ctx = ctx;
	f.o = o;
	f.last_year = -1;
	date_tokenize(&f, text, len);
	for (i = 0; i < f.n; ) {
		if (f.pend && i >= f.pend_limit)
			f.pend = 0;
		if ((j = match(&f, i, &e)) < 0) {
			/* "a day after the US announcement, and signed
			 * ... last month": the date a measure counts from
			 * is in its phrase, before a comma or a colon */
			if (f.pend && (isp(&f, i, ',', 0) ||
			    isp(&f, i, ';', 0) || isp(&f, i, ':', 0)) &&
			    (i + 1 >= f.n || f.t[i + 1].sp))
				f.pend = 0;
			i++;
			continue;
		}
		if ((e.flags & INVALID) || (e.year <= 0 && !(e.flags &
		    (DATE_UNRESOLVED | DATE_MEASURE | DATE_OUT_OF_RANGE)))) {
			/* no date ("31 June 2024"), and no part of one */
			f.last_end = i = j;
			continue;
		}
		e.core = e.start = f.t[i].s;
		e.end = f.t[j - 1].e;
		if (e.flags & DATE_MEASURE) {
			f.pm = e;
			f.pend = 1;
			f.pend_limit = j + 40;
			f.last_end = i = j;
			continue;
		}
		if (i - 1 >= f.last_end && (inw(&f, i - 1, LX_ABSORBED) ||
		    ((isw(&f, i - 1, "to") || isw(&f, i - 1, "and")) &&
		    f.last_year == i - 2)))
			e.start = f.t[i - 1].s;
		else if (i - 2 >= f.last_end && isp(&f, i - 1, '.', 1) &&
		    isw(&f, i - 2, "c"))
			e.start = f.t[i - 2].s;
		if (f.pend) {
			date_measure(&f, &e);
			f.pm.anchor = out->len + 1;
			g_array_append_val(out, f.pm);
			f.pend = 0;
		}
		g_array_append_val(out, e);
		/* the scan: "since 1948" starts a state, not a story, nor
		 * does a year before a noun ("the 2020 war") */
		if ((e.flags & DATE_EXPLICIT_YEAR) && e.year > 0 &&
		    (o == NULL || (!isw(&f, i - 1, "since") &&
		    !date_attributive(&f, i, j)))) {
			ctx->ctx_year = e.year;
			ctx->ctx_month = e.month;
		} else if (o != NULL && (e.flags & DATE_RELATIVE) &&
		    e.precision == EV_YEAR && e.year > 0 &&
		    e.qualifier == NULL) {
			/* the scan: "this year", "last year" set the
			 * block's year too (the document's: none) */
			ctx->ctx_year = e.year == ctx->year ? 0 : e.year;
			ctx->ctx_month = 0;
		}
		f.last_year = j == i + 1 && is_year_value(&f.t[i]) ? i : -1;
		f.last_end = i = j;
	}
	g_free(f.t);
}

/* 1 if t is of the form Y[-MM[-DD]] with Y of four digits or more
 * but not a year from 1 to 9999 ("0000-06-01", "10500"). */
static int
iso_out_of_range(const char *t)
{
	size_t		 nd = strspn(t, "0123456789"), k;
	const char	*r = t + nd;

	if (nd < 4)
		return 0;
	for (k = 0; r[k] != '\0'; k++)
		if (k % 3 == 0 ? r[k] != '-' : !g_ascii_isdigit(r[k]))
			return 0;
	if (k != 0 && k != 3 && k != 6)
		return 0;
	return nd > 18 || g_ascii_strtoull(t, NULL, 10) == 0 ||
	    g_ascii_strtoull(t, NULL, 10) > 9999;
}

int
extract_date_parse(const char *s, struct date_expr *e)
{
	struct date_ctx	 ctx;
	GArray		*out;
	char		*t;
	size_t		 len, k;
	int		 ok = 0, y = 0, m = 0, d = 0;

	memset(e, 0, sizeof(*e));
	e->anchor = -1;
	t = g_strstrip(g_strdup(s));
	len = strlen(t);
	if (iso_out_of_range(t)) {
		e->flags |= DATE_OUT_OF_RANGE;
		g_free(t);
		return 0;
	}
	for (k = 0; k < len; k++)
		if (!(g_ascii_isdigit(t[k]) || (t[k] == '-' && (k == 4 ||
		    k == 7))))
			break;
	if (k == len && (len == 4 || len == 7 || len == 10)) {
		y = atoi(t);
		m = len > 4 ? atoi(t + 5) : 0;
		d = len > 7 ? atoi(t + 8) : 0;
		ok = y >= 1 && (len == 4 || (m >= 1 && (len == 7 || d >= 1)))
		    && date_set_ymd(e, y, m, d);
		g_free(t);
		return ok;
	}
	memset(&ctx, 0, sizeof(ctx));
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	extract_date_find(t, len, &ctx, out);
	if (out->len == 1) {
		*e = g_array_index(out, struct date_expr, 0);
		ok = e->start == 0 && e->end == len &&
		    (e->flags & (DATE_RELATIVE | DATE_MEASURE)) == 0;
	}
	g_array_free(out, TRUE);
	g_free(t);
	if (!ok) {
		memset(e, 0, sizeof(*e));
		e->anchor = -1;
	}
	return ok;
}

char *
extract_date_string(int year, int month, int day, enum ev_precision precision)
{
	switch (precision) {
	case EV_DAY:
		return g_strdup_printf("%04d-%02d-%02d", year, month, day);
	case EV_MONTH:
		return g_strdup_printf("%04d-%02d", year, month);
	default:
		return g_strdup_printf("%04d", year);
	}
}
