/* SPDX-License-Identifier: MIT */
/*
 * The resolving of the dates of Spanish, French and German prose, as
 * extract_date's for English: a day or a month without a year (the
 * block's year, else the latest on or before the document date, the
 * next in a clause to come), a weekday by the tense, "hace dos años",
 * and the block's year a date names.  Called by the patterns of
 * text_time_lang_pat.c (text_time_lang_int.h).
 */
#include <string.h>

#include <glib.h>

#include "text_time_lang_int.h"

/* --- resolving ---------------------------------------------------- */

void
cand_init(struct cand *c, enum cand_kind k, guint a, guint b)
{
	memset(c, 0, sizeof(*c));
	c->kind = k;
	c->a = a;
	c->b = b;
	c->prio = 1;
	c->eidx = -1;
	c->e.anchor = -1;
	c->e.precision = EV_YEAR;
}

/* The document date into d; 0 if none. */
static int
doc_date(const struct lsent *x, GDate *d)
{
	const struct date_ctx *c = &x->st->ctx;

	g_date_clear(d, 1);
	if (c->year <= 0 || c->year > 9999 ||
	    !g_date_valid_dmy(c->day > 0 ? c->day : 1,
	    c->month > 0 ? c->month : 1, c->year))
		return 0;
	g_date_set_dmy(d, c->day > 0 ? c->day : 1,
	    c->month > 0 ? c->month : 1, c->year);
	return 1;
}

int
ld_ymd(struct cand *c, int y, int m, int d)
{
	struct date_expr *e = &c->e;

	if (y < 1 || y > 9999) {
		e->flags |= DATE_OUT_OF_RANGE;
		e->year = e->month = e->day = 0;
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

int
ld_rel(const struct lsent *x, struct cand *c, enum ev_precision p)
{
	GDate	d;

	c->e.flags |= DATE_RELATIVE;
	c->e.precision = p;
	if (doc_date(x, &d))
		return 1;
	c->e.flags |= DATE_UNRESOLVED;
	c->e.year = c->e.month = c->e.day = 0;
	return 0;
}

/* c set to day d moved by n days, or out of range. */
static void
set_shifted(struct cand *c, GDate *d, long n)
{
	long	j = (long)g_date_get_julian(d) + n;

	if (j < 1 || j > 3652059L) {
		c->e.flags |= DATE_OUT_OF_RANGE;
		c->e.year = c->e.month = c->e.day = 0;
		return;
	}
	g_date_set_julian(d, (guint32)j);
	ld_ymd(c, g_date_get_year(d), g_date_get_month(d),
	    g_date_get_day(d));
}

/*
 * As extract_date's scan: a day without a year in a block whose year
 * is two years or more before the document's is, if it falls within
 * the 45 days before the document date, that recent day (news said
 * without its year).
 */
static int
recent_day(const struct lsent *x, struct cand *c, int m, int d)
{
	const struct date_ctx *ctx = &x->st->ctx;
	GDate	doc;
	long	back;
	int	y;

	if (d == 0 || ctx->ctx_year <= 0 || ctx->ctx_year > ctx->year - 2 ||
	    !doc_date(x, &doc))
		return 0;
	y = g_date_get_year(&doc);
	y -= extract_date_days_from(&doc, y, m, d) > 0;
	back = extract_date_days_from(&doc, y, m, d);
	if (back == G_MAXLONG || back < -45)
		return 0;
	c->e.flags |= DATE_RELATIVE;
	return ld_ymd(c, y, m, d);
}

/* Tokens [a, b) stand in a clause of what came before ("nachdem",
 * "après que", "después de que", "bevor"): a month earlier than the
 * sentence's is of its year. */
static int
earlier_clause(const struct lsent *x, guint a, guint b)
{
	static const char *const marks[] = {
		"nachdem", "bevor", "ehe", "apres", "avant", "despues",
		"antes", "tras", NULL
	};
	const struct text_clause *cl;
	int	 c;

	if ((c = time_find_clause(x->s, a, b)) < 0)
		return 0;
	cl = text_clause(x->s->t, (guint)c);
	return cl->kind == TC_SUBORD && cl->mark >= 0 &&
	    lw_in(x, (guint)cl->mark, marks);
}

int
ld_floating(const struct lsent *x, struct cand *c, int m, int d, guint a,
    guint b)
{
	const struct date_ctx *ctx = &x->st->ctx;
	GDate	 doc;
	int	 key, dkey, y, t, fut, dd = d > 0 ? d : 15;
	long	 back, fwd;

	t = lang_tense(x, a, b);
	fut = ctx->year > 0 && t == 1;
	/* the block's year, unless the story went on to a month before
	 * its own (not in the sentence that named the year: "im Dezember
	 * 2017 ..., nachdem ... im Oktober"), or a past clause would fall
	 * after the document date */
	if (ctx->ctx_year > 0 && !fut && (ctx->ctx_month == 0 ||
	    m >= ctx->ctx_month || (x->year_here && earlier_clause(x, a,
	    b))) && !(t == -1 &&
	    ctx->ctx_year ==
	    ctx->year && ctx->day > 0 && m * 32 + d > ctx->month * 32 +
	    ctx->day)) {
		if (recent_day(x, c, m, d))
			return 1;
		return ld_ymd(c, ctx->ctx_year, m, d);
	}
	if (!ld_rel(x, c, d > 0 ? EV_DAY : EV_MONTH))
		return d == 0 || g_date_valid_dmy(d, m, 2000);
	doc_date(x, &doc);
	key = m * 32 + d;
	dkey = g_date_get_month(&doc) * 32 + (d > 0 ? g_date_get_day(&doc) :
	    0);
	y = g_date_get_year(&doc);
	if (!fut && t == 2) {
		back = extract_date_days_from(&doc, y - (key > dkey), m, dd);
		fwd = extract_date_days_from(&doc, y + (key < dkey), m, dd);
		fut = back != G_MAXLONG && fwd != G_MAXLONG && fwd < -back;
	}
	if (fut) {
		y += key >= dkey ? 0 : 1;
		c->e.flags |= DATE_FORWARD;
	} else
		y -= key <= dkey ? 0 : 1;
	return ld_ymd(c, y, m, d) || (c->e.flags & DATE_OUT_OF_RANGE);
}

/*
 * "Putin sprach am vergangenen Freitag ... die ebenfalls am Freitag
 * stattfand": a weekday said again without a word of its own is the
 * one the block named last (of its last eight times); 1 if c is set
 * so.
 */
static int
same_weekday(const struct lsent *x, struct cand *c, int wd)
{
	const struct text_time *tm;
	GDate	 g;
	guint	 k, n = x->s->t->times->len;

	for (k = n; k > 0 && k + 8 > n; k--) {
		tm = text_time(x->s->t, k - 1);
		if (text_sent(x->s->t, tm->sentence)->block !=
		    x->s->se->block)
			break;
		/* not "la semana pasada", a week's Monday */
		if (tm->precision != EV_DAY || tm->year <= 0 ||
		    tm->qualifier != NULL || !(tm->flags & TIME_RELATIVE) ||
		    (tm->flags & TIME_CHAINED) || !g_date_valid_dmy(tm->day,
		    tm->month, tm->year))
			continue;
		g_date_clear(&g, 1);
		g_date_set_dmy(&g, tm->day, tm->month, tm->year);
		if ((int)g_date_get_weekday(&g) != wd)
			continue;
		c->e.flags |= DATE_RELATIVE | (tm->flags & TIME_FORWARD ?
		    DATE_FORWARD : 0);
		return ld_ymd(c, tm->year, tm->month, tm->day);
	}
	return 0;
}

void
ld_weekday(const struct lsent *x, struct cand *c, int wd, int which,
    guint a, guint b)
{
	GDate	d;
	int	dw, back, fwd, t;

	if (!ld_rel(x, c, EV_DAY))
		return;
	if (which == 0 && same_weekday(x, c, wd))
		return;
	doc_date(x, &d);
	dw = g_date_get_weekday(&d);
	back = (dw - wd + 7) % 7;
	fwd = (wd - dw + 7) % 7;
	if (which == 0) {
		t = lang_tense(x, a, b);
		which = t == 1 || (t == 2 && fwd < back) ? 2 : -2;
	}
	if (which == -1 && back == 0)
		back = 7;
	if (which == 1 && fwd == 0)
		fwd = 7;
	if (which > 0)
		c->e.flags |= DATE_FORWARD;
	set_shifted(c, &d, which < 0 ? -back : fwd);
}

void
ld_ago(const struct lsent *x, struct cand *c, int n, int unit, int sign)
{
	GDate	d;
	long	k;

	if (unit == 'D') {
		unit = 'y';
		n *= 10;
	}
	if (!ld_rel(x, c, unit == 'y' ? EV_YEAR : unit == 'm' ? EV_MONTH :
	    EV_DAY))
		return;
	doc_date(x, &d);
	n *= sign;
	switch (unit) {
	case 'y':
		ld_ymd(c, g_date_get_year(&d) + n, 0, 0);
		break;
	case 'm':
		k = (long)g_date_get_year(&d) * 12 + g_date_get_month(&d) - 1 +
		    n;
		if (!ld_ymd(c, (int)(k / 12), (int)(k % 12) + 1, 0) &&
		    k < 12)
			c->e.flags |= DATE_OUT_OF_RANGE;
		break;
	case 'w':
		/* the Monday of that week, as English's "last week" */
		set_shifted(c, &d, 7L * n - (g_date_get_weekday(&d) - 1));
		c->e.qualifier = "week of";
		if (sign > 0)
			c->e.flags |= DATE_FORWARD;
		break;
	default:
		set_shifted(c, &d, n);
		break;
	}
}

void
ld_block_year(const struct lsent *x, const struct cand *c)
{
	struct date_ctx *ctx = &x->st->ctx;

	static const char *const since[] = {
		"desde", "depuis", "seit", NULL
	};

	/* "desde 2013" starts a state, not the block's story (as
	 * English's "since") */
	if (c->kind != C_DATE || c->e.year <= 0 ||
	    (c->tflags & (TIME_DURATION | TIME_STATISTIC)) ||
	    lw_in(x, c->a, since) || (c->a > x->first && lw_in(x, c->a - 1,
	    since)))
		return;
	if (c->e.flags & DATE_EXPLICIT_YEAR) {
		ctx->ctx_year = c->e.year;
		ctx->ctx_month = c->e.month;
	} else if ((c->e.flags & DATE_RELATIVE) &&
	    c->e.precision == EV_YEAR && c->e.qualifier == NULL) {
		/* "el año pasado", "l'an dernier": the block's year too */
		ctx->ctx_year = c->e.year == ctx->year ? 0 : c->e.year;
		ctx->ctx_month = 0;
	}
}
