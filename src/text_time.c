/* SPDX-License-Identifier: MIT */
/*
 * Temporal expressions of the text layer: dates found by extract_date
 * (resolved by the tense of their clause), and the expressions it does
 * not read, found here on the layer's tokens: chains ("two days later",
 * "the following year"), durations, ages, decades, generic times and
 * ranges of years.  Each is then told a point in time or not: a figure
 * by year, a table cell, a date line, a state still holding.
 */
#include <string.h>

#include <glib.h>

#include "text_time_int.h"

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

static const char *const range_words[] = {
	"to", "and", "until", "till", "through", "-", "\xe2\x80\x93", NULL
};
static const char *const future_cues[] = {
	"will", "shall", "due", "scheduled", "deadline", "expires",
	"expire", "upcoming", "forthcoming", "must", NULL
};


/* --- clauses ------------------------------------------------------ */

/* The token of the sentence holding text byte tpos (in t->str). */
static guint
tok_at(const struct sent *s, size_t tpos)
{
	guint	lo = s->first, hi = s->end, mid;

	/* the last token starting at or before tpos */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (text_tok(s->t, mid)->tstart <= tpos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The innermost clause of the sentence holding tokens [a, b), -1.
 * Clauses are in text order: those starting at or before a are found
 * by bisection, and at most 32 of them are tried, nearest first. */
static int
find_clause(const struct sent *s, guint a, guint b)
{
	const struct text_clause *cl;
	guint	 lo, hi, mid, k, n = s->se->nclauses, f = s->se->first_clause;
	int	 best = -1;
	guint	 bestn = G_MAXUINT;

	if (n == 0 || f + n > s->t->clauses->len)
		return -1;
	lo = 0;
	hi = n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_clause(s->t, f + mid)->first_token <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k > 0 && lo - k < 32; k--) {
		cl = text_clause(s->t, f + k - 1);
		if (cl->first_token <= a && b <= cl->first_token +
		    cl->ntokens && cl->ntokens < bestn) {
			best = (int)(f + k - 1);
			bestn = cl->ntokens;
		}
	}
	return best;
}

/* Future cue words in the 40 tokens of clause cl before token a. */
static int
future_cue(const struct sent *s, const struct text_clause *cl, guint a)
{
	guint	k, lo = cl->first_token;

	if (a > lo + 40)
		lo = a - 40;
	for (k = lo; k < a; k++)
		if (in(s, k, future_cues) || (is(s, k, "set") &&
		    (is(s, k + 1, "for") || is(s, k + 1, "to"))) ||
		    (is(s, k, "next") && !is(s, k - 1, "the")))
			return 1;
	return 0;
}

static int	 clause_tense(void *, size_t, size_t);

/*
 * A clause in the simple present whose verb tells a step of a
 * schedule, which a report names before it comes: "the treaty enters
 * into force on March 1", "the ban takes effect on Monday", "talks
 * resume on Aug. 3", "the ministers meet on July 24th".  Not in a
 * heading, where the present tells the news of the past ("Talks
 * resume in Vienna").
 */
static int
scheduled_present(const struct sent *s, const struct text_clause *cl)
{
	static const char *const verbs[] = {
		"resume", "resumes", "reconvene", "reconvenes", "convene",
		"convenes", "expire", "expires", "lapse", "lapses", "meet",
		"meets", "vote", "votes", NULL
	};
	static const char *const into[] = {
		"enter", "enters", "come", "comes", NULL
	};
	const struct text_block *b;
	guint	 h;

	if (cl->tense != TT_PRESENT || cl->verb_n != 1 || cl->head < 0)
		return 0;
	b = &g_array_index(s->t->blocks, struct text_block, s->se->block);
	if (b->node->type == DOC_HEADING)
		return 0;
	h = (guint)cl->head;
	return in(s, h, verbs) || ((is(s, h, "take") || is(s, h, "takes")) &&
	    is(s, h + 1, "effect")) || (in(s, h, into) &&
	    is(s, h + 1, "into") && (is(s, h + 2, "force") ||
	    is(s, h + 2, "effect")));
}

/* Future cue words in the 30 tokens before a in the sentence. */
static int
future_before(const struct sent *s, guint a)
{
	guint	k = a > s->first + 30 ? a - 30 : s->first;

	for (; k < a; k++)
		if (in(s, k, future_cues))
			return 1;
	return 0;
}

/* extract_date's question: the tense of the clause of a date. */
static int
clause_tense(void *arg, size_t start, size_t end)
{
	const struct sent *s = arg;
	const struct text_clause *cl;
	guint	a, b;
	int	c;

	if (s->first >= s->end || end <= start)
		return 0;
	a = tok_at(s, s->se->tstart + start);
	b = tok_at(s, s->se->tstart + end - 1) + 1;
	if ((c = find_clause(s, a, b)) < 0)
		return 0;
	cl = text_clause(s->t, (guint)c);
	/* "was supposed to take effect on October 26": a plan told in
	 * the past, for a day before or after the document date */
	if (cl->tense == TT_PAST && (cl->modality == TMOD_SCHEDULED ||
	    cl->modality == TMOD_OBLIGATION))
		return 2;
	if (cl->tense == TT_FUTURE || cl->modality == TMOD_SCHEDULED ||
	    cl->modality == TMOD_OBLIGATION || future_cue(s, cl, a) ||
	    scheduled_present(s, cl))
		return 1;
	return cl->tense == TT_PAST ? -1 : 0;
}

/* --- chains ------------------------------------------------------- */

/* After the document date (at the precision of tm). */
static int
after_doc(const struct text_time *tm, const struct date_ctx *d)
{
	long	a, b;

	if (d->year <= 0 || tm->year <= 0)
		return 0;
	a = tm->year * 10000L + (tm->precision <= EV_MONTH ? tm->month *
	    100L : 0) + (tm->precision == EV_DAY ? tm->day : 0);
	b = d->year * 10000L + (tm->precision <= EV_MONTH ? d->month *
	    100L : 0) + (tm->precision == EV_DAY ? d->day : 0);
	return a > b;
}

/* A chain that counts in days or parts of a day: "that night", "hours
 * later", "the next day", "the previous evening". */
static int
day_chain(const struct cand *c)
{
	return (c->ch == CH_SAME && c->cap == EV_DAY) ||
	    (c->ch == CH_SHIFT && c->unit == 'd');
}

/* Time tm counts from the document date: "two years ago", "earlier
 * this month", "last week" (not "in May", which the story's year may
 * date). */
static int
deictic(const struct text *t, const struct text_time *tm)
{
	static const char *const words[] = {
		"ago", "this", "last", "past", NULL
	};
	guint	k;

	if (!(tm->flags & TIME_RELATIVE))
		return 0;
	for (k = 0; k < tm->ntokens && k < 6; k++)
		if (text_in(t, tm->first_token + k, words))
			return 1;
	return 0;
}

/*
 * The anchor of a day chain: a day, the nearest earlier point with a
 * day ("On Tuesday ... Rouhani, elected two years ago, ... Crowds
 * gathered after nightfall"), looked for back from the nearest point
 * over the document's last points.  A coarser point that moves the
 * story ("In March 2014 ... two days later") is the anchor itself:
 * only a count from the document date ("two years ago", "earlier
 * this month") and a chain ("later that month", counted from a day)
 * are passed over.
 */
static int
day_anchor(const struct text *t, const struct state *st, int anchor)
{
	const struct text_time *x;
	int	 i;

	if (text_time(t, (guint)anchor)->precision == EV_DAY)
		return anchor;
	for (i = 0; i < NPTS && st->pts[i] >= 0; i++) {
		if (st->pts[i] > anchor)
			continue;
		x = text_time(t, (guint)st->pts[i]);
		if (x->precision == EV_DAY)
			return st->pts[i];
		if (!deictic(t, x) && !(x->flags & TIME_CHAINED))
			return anchor;
	}
	return anchor;
}

/*
 * Chain c on the most recent point of the block (else of the blocks
 * before), unless the result would fall after the document date in a
 * clause not about the future ("signed this week ... the following
 * year" counts from an older date): then on one of the block's three
 * points before it that keeps it in the past.
 */
static void
chain_anchor(struct sent *s, struct state *st, const struct cand *c,
    struct text_time *tm, int anchor)
{
	struct text_time try;
	size_t	 a, b;
	int	 i;

	if (day_chain(c))
		anchor = day_anchor(s->t, st, anchor);
	tm->anchor = anchor;
	time_resolve_chain(tm, c, text_time(s->t, (guint)anchor));
	if (!after_doc(tm, &st->ctx) || st->last_cur < 0)
		return;
	a = text_tok(s->t, c->a)->tstart - s->se->tstart;
	b = text_tok(s->t, c->b - 1)->tend - s->se->tstart;
	if (clause_tense(s, a, b) == 1 || future_before(s, c->a))
		return;
	for (i = 1; i < 4 && st->recent[i] >= 0; i++) {
		try = *tm;
		try.flags &= ~(TIME_RELATIVE | TIME_OUT_OF_RANGE);
		time_resolve_chain(&try, c, text_time(s->t,
		    (guint)st->recent[i]));
		if (try.year > 0 && !after_doc(&try, &st->ctx)) {
			try.anchor = st->recent[i];
			*tm = try;
			return;
		}
	}
}

/*
 * "would reopen their embassies within two months", "must report
 * within one month": a deadline to come, counted from the document
 * date, not from the story's last date.  1 if tm is set so.
 */
static int
deadline_within(struct sent *s, struct state *st, const struct cand *c,
    struct text_time *tm)
{
	GDate	g;
	guint	k;
	int	fut = 0, y = st->ctx.year, m = st->ctx.month, d = st->ctx.day;
	size_t	a, b;

	if (!is(s, c->a, "within") || c->n <= 0 || y <= 0 || m <= 0 ||
	    d <= 0 || !g_date_valid_dmy(d, m, y))
		return 0;
	a = text_tok(s->t, c->a)->tstart - s->se->tstart;
	b = text_tok(s->t, c->b - 1)->tend - s->se->tstart;
	fut = clause_tense(s, a, b) == 1;
	for (k = c->a > s->first + 8 ? c->a - 8 : s->first; k < c->a; k++)
		if (is(s, k, "would") || is(s, k, "will") || is(s, k, "must"))
			fut = 1;
	if (!fut)
		return 0;
	tm->flags |= TIME_RELATIVE | TIME_FORWARD;
	switch (c->unit) {
	case 'D':
	case 'y':
		time_set_date(tm, y + c->n * (c->unit == 'D' ? 10 : 1), 0, 0,
		    EV_YEAR);
		break;
	case 'm':
		time_add_months(tm, y, m, d, c->n, EV_MONTH);
		break;
	default:
		g_date_clear(&g, 1);
		g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
		if (c->unit == 'd' || c->unit == 'w') {
			if (g_date_get_julian(&g) + (c->unit == 'w' ? 7 : 1) *
			    (guint32)c->n > 3652059U)
				return 0;
			g_date_add_days(&g, (c->unit == 'w' ? 7 : 1) *
			    (guint)c->n);
		}
		time_set_date(tm, g_date_get_year(&g), g_date_get_month(&g),
		    g_date_get_day(&g), EV_DAY);
		break;
	}
	return 1;
}

/*
 * "they will run out of cash within days", "could be breached within
 * decades": a vague span to come from now, in a clause about the
 * future or a condition, with nothing named to count from: no point
 * in time ("within days of its release" counts from the act).
 */
static int
vague_within(struct sent *s, const struct cand *c)
{
	const struct text_clause *cl;
	size_t	a, b;
	int	k;

	if (!is(s, c->a, "within") || c->n > 0 || is(s, c->b, "of"))
		return 0;
	a = text_tok(s->t, c->a)->tstart - s->se->tstart;
	b = text_tok(s->t, c->b - 1)->tend - s->se->tstart;
	if (clause_tense(s, a, b) == 1)
		return 1;
	if ((k = find_clause(s, c->a, c->b)) < 0)
		return 0;
	cl = text_clause(s->t, (guint)k);
	return cl->modality == TMOD_CONDITIONAL ||
	    cl->modality == TMOD_POSSIBLE;
}

/* A time that dates an event, and that a chain may count from. */
static int
is_point(const struct text_time *tm)
{
	return tm->year > 0 && !(tm->flags & (TIME_UNRESOLVED |
	    TIME_DURATION | TIME_AGE | TIME_DECADE | TIME_MEASURE |
	    TIME_STATISTIC | TIME_TABLE | TIME_DATELINE | TIME_GENERIC |
	    TIME_OUT_OF_RANGE));
}

/* "within hours of the announcement": a chain that counts from an act
 * it names, not from a date ("within days of 3 May" is a date's). */
static int
within_of(const struct sent *s, const struct cand *c)
{
	return is(s, c->a, "within") && is(s, c->b, "of") &&
	    kind(s, c->b + 1) == TEXT_WORD && time_year_of(s, c->b + 2) == 0;
}

/* Tokens i (of text t) and j (of the sentence) are one word. */
static int
same_word(const struct text *t, guint i, guint j)
{
	const char *a, *b;
	size_t	 m, n;

	a = text_word(t, i, &m);
	b = text_word(t, j, &n);
	return m == n && m > 2 && g_ascii_strncasecmp(a, b, m) == 0;
}

/*
 * The anchor of "within hours of the announcement", "within days of
 * its release": the nearest earlier point (of the last 64) in a
 * sentence that names the act, or what "its" stands for ("declared
 * the award ... within hours of its release": the award, of "The
 * award of July 12th"); -1 if none.  The act's noun is the word after
 * the determiner, its owner the last "the <noun>" before the chain in
 * the sentence (12 tokens back at most); each sentence is read over
 * 200 tokens at most.
 */
static int
act_anchor(const struct sent *s, const struct cand *c)
{
	static const char *const dets[] = {
		"the", "its", "his", "her", "their", "this", "that", NULL
	};
	const struct text_time *x;
	const struct text_sentence *se;
	guint	 key[2], nk = 0, j, k, e;
	int	 i;

	if (!in(s, c->b + 1, dets) || kind(s, c->b + 2) != TEXT_WORD)
		return -1;
	key[nk++] = c->b + 2;
	if (!is(s, c->b + 1, "the") && !is(s, c->b + 1, "this") &&
	    !is(s, c->b + 1, "that"))
		for (j = c->a; j > s->first + 1 && j + 12 > c->a; j--)
			if (is(s, j - 2, "the") && kind(s, j - 1) ==
			    TEXT_WORD) {
				key[nk++] = j - 1;
				break;
			}
	for (i = (int)s->t->times->len - 1; i >= 0 &&
	    i + 64 >= (int)s->t->times->len; i--) {
		x = text_time(s->t, (guint)i);
		if (!is_point(x))
			continue;
		se = text_sent(s->t, x->sentence);
		e = se->first_token + MIN(se->ntokens, 200);
		for (j = se->first_token; j < e; j++)
			for (k = 0; k < nk; k++)
				if ((j < c->a || j >= c->b + 3) &&
				    same_word(s->t, j, key[k]))
					return i;
	}
	return -1;
}

/* tm set to the document's day; 0 if the document has none. */
static int
doc_day(struct text_time *tm, const struct date_ctx *d)
{
	if (d->year <= 0 || d->month <= 0 || d->day <= 0)
		return 0;
	return time_set_date(tm, d->year, d->month, d->day, EV_DAY);
}

/* Time tm dates the clause that "after" or "before" at its end opens
 * (after_event), not the clause it stands in. */
static int
dates_after_clause(const struct text *t, const struct text_time *tm)
{
	return (tm->flags & TIME_CHAINED) && tm->clause >= 0 &&
	    tm->ntokens > 0 && text_clause(t, (guint)tm->clause)->mark ==
	    (int)(tm->first_token + tm->ntokens - 1);
}

/* Time x stands just before token a of its sentence, a comma between:
 * "Two years ago, in April 2021", "on January 22nd 2013, three years
 * ago". */
static int
apposed(const struct text *t, const struct text_time *x, guint a)
{
	const struct text_sentence *se = text_sent(t, x->sentence);

	return x->first_token + x->ntokens + 1 == a &&
	    a < se->first_token + se->ntokens && text_is(t, a - 1, ",");
}

/*
 * Two points side by side that name one time, the vaguer from the
 * finer: "Two years ago, in April 2021" is April 2021, "in early
 * February, a day after the US announcement" the day after.  The
 * vaguer one takes the finer date and is chained to it (one time: one
 * entry of the chronology).  A chain beside a date that its count
 * misses is that date.
 */
static void
appositions(struct text *t, guint base)
{
	struct text_time *x, *y, *v;
	const struct text_time *f;
	guint	 k;
	int	 fi;

	for (k = base + 1; k < t->times->len; k++) {
		x = &g_array_index(t->times, struct text_time, k - 1);
		y = &g_array_index(t->times, struct text_time, k);
		if (!is_point(x) || !is_point(y) || (x->flags | y->flags) &
		    TIME_RANGE || !apposed(t, x, y->first_token) ||
		    dates_after_clause(t, y))
			continue;
		if ((y->flags & TIME_CHAINED) && !(x->flags & TIME_CHAINED) &&
		    (x->year != y->year || (x->month > 0 && y->month > 0 &&
		    x->month != y->month))) {
			/* "in 1994, three years after the Madrid talks":
			 * the chain is the time beside it, counted from
			 * something else */
			v = y;
			f = x;
			fi = (int)k - 1;
			v->year = f->year;
		} else if (x->precision == y->precision ||
		    x->year != y->year || (x->month > 0 && y->month > 0 &&
		    x->month != y->month))
			continue;
		else if (x->precision > y->precision) {
			v = x;
			f = y;
			fi = (int)k;
		} else {
			v = y;
			f = x;
			fi = (int)k - 1;
		}
		v->month = f->month;
		v->day = f->day;
		v->precision = f->precision;
		v->qualifier = f->qualifier;
		v->flags |= TIME_CHAINED;
		v->anchor = fi;
	}
}

/*
 * "Fabius brought down the gavel on Saturday, a day after the talks
 * had been scheduled to close", "The conference opened on November 30,
 * 17 days after gunmen killed 130 people": the clause after "after"
 * tells an older act, n units before the time of the main clause,
 * which keeps its own date.  That time is the main clause's date in
 * the sentence, else, when the main clause comes first and names none,
 * the story's current point.  The chain then dates the "after" clause
 * (tm->clause).  1 if tm is set so; a chain that only the clause after
 * it made one ("a week after Biden took office, ...") with no time to
 * count from is unresolved.
 */
static int
after_event(struct sent *s, struct state *st, const struct cand *c,
    struct text_time *tm)
{
	const struct text_clause *cl;
	const char *w;
	struct cand	 r;
	struct text_time now;
	size_t	 n;
	guint	 si = (guint)(s->se - text_sent(s->t, 0));
	int	 ac, anchor = -1, own, present = 0;

	if (c->ch != CH_SHIFT || (ac = time_after_clause(s, c->b - 1)) < 0)
		return 0;
	if (st->last_cur >= 0 && text_time(s->t,
	    (guint)st->last_cur)->sentence == si)
		anchor = st->last_cur;
	else if ((own = find_clause(s, c->a, c->b - 1)) >= 0 &&
	    (cl = text_clause(s->t, (guint)own))->verb_n > 0 &&
	    cl->verb_first < c->a) {
		/* "Leaders meet in Brussels, a day after ...": now */
		memset(&now, 0, sizeof(now));
		if (cl->tense == TT_PRESENT && doc_day(&now, &st->ctx))
			present = 1;
		else
			anchor = st->last_cur >= 0 ? st->last_cur :
			    st->pts[0];
		/* a count of days or weeks from a month or a year
		 * tells no day */
		if (anchor >= 0 && (c->unit == 'd' || c->unit == 'w') &&
		    text_time(s->t, (guint)(anchor = day_anchor(s->t, st,
		    anchor)))->precision != EV_DAY)
			anchor = -1;
	}
	if (present) {
		r = *c;
		r.n = -c->n;
		now.flags = TIME_RELATIVE;
		tm->clause = ac;
		time_resolve_chain(tm, &r, &now);
		return 1;
	}
	if (anchor < 0) {
		w = text_word(s->t, c->b, &n);
		if (kind(s, c->b) != TEXT_WORD || !g_ascii_isupper(w[0]))
			return 0;
		/* "two days after" took a name for a chain: not one */
		tm->flags |= TIME_UNRESOLVED;
		tm->precision = EV_DAY;
		return 1;
	}
	r = *c;
	r.n = -c->n;
	tm->anchor = anchor;
	tm->clause = ac;
	time_resolve_chain(tm, &r, text_time(s->t, (guint)anchor));
	return 1;
}

/*
 * "Leaders hold a summit in Brussels today": the document's day.  In a
 * story told in the past of another year ("On 4 July 1776 ... today
 * the delegates signed"), the story's day.
 */
static void
today(struct sent *s, struct state *st, const struct cand *c,
    struct text_time *tm)
{
	const struct text_time *x;
	size_t	 a, b;

	tm->precision = EV_DAY;
	tm->flags |= TIME_RELATIVE;
	if (st->last_cur >= 0) {
		x = text_time(s->t, (guint)st->last_cur);
		a = text_tok(s->t, c->a)->tstart - s->se->tstart;
		b = text_tok(s->t, c->b - 1)->tend - s->se->tstart;
		if (x->precision == EV_DAY && x->year != st->ctx.year &&
		    !(x->flags & TIME_RELATIVE) && clause_tense(s, a, b) ==
		    -1) {
			tm->flags = TIME_CHAINED;
			tm->anchor = st->last_cur;
			time_set_date(tm, x->year, x->month, x->day, EV_DAY);
			return;
		}
	}
	if (!doc_day(tm, &st->ctx))
		tm->flags |= TIME_UNRESOLVED;
}

/* --- sentences ---------------------------------------------------- */

static int
cand_cmp(gconstpointer x, gconstpointer y)
{
	const struct cand *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return b->prio - a->prio;
}

/* The candidates of sentence s: extract_date's and ours, the higher
 * priority kept where they overlap. */
static GArray *
candidates(struct sent *s, struct state *st)
{
	struct date_opts o;
	struct cand	 c, *last;
	GArray		*out, *all, *kept;
	const struct date_expr *e;
	guint		 i, j;

	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	all = g_array_new(FALSE, FALSE, sizeof(struct cand));
	o.tense = clause_tense;
	o.arg = s;
	extract_date_scan(s->t->str->str + s->se->tstart,
	    s->se->tend - s->se->tstart, &st->ctx, &o, out);
	for (i = 0; i < out->len; i++) {
		e = &g_array_index(out, struct date_expr, i);
		memset(&c, 0, sizeof(c));
		c.kind = C_DATE;
		c.prio = 1;
		c.e = *e;
		c.eidx = (int)i;
		c.a = tok_at(s, s->se->tstart + e->start);
		c.b = tok_at(s, s->se->tstart + e->end - 1) + 1;
		g_array_append_val(all, c);
	}
	g_array_free(out, TRUE);
	for (i = s->first; i < s->end; )
		if ((j = time_pattern(s, i, &c)) > i) {
			g_array_append_val(all, c);
			i = j;
		} else
			i++;
	g_array_sort(all, cand_cmp);
	kept = g_array_new(FALSE, FALSE, sizeof(struct cand));
	for (i = 0; i < all->len; i++) {
		c = g_array_index(all, struct cand, i);
		last = kept->len > 0 ? &g_array_index(kept, struct cand,
		    kept->len - 1) : NULL;
		if (last == NULL || c.a >= last->b)
			g_array_append_val(kept, c);
		else if (c.prio > last->prio)
			*last = c;
	}
	g_array_free(all, TRUE);
	return kept;
}

/* Join "from 2014 to 2016", "2019–2021", "between May and July 2022"
 * into the first of the two. */
static void
ranges(struct sent *s, GArray *kept)
{
	struct cand	*x, *y;
	guint		 i, k, conn;
	int		 from;

	for (i = 0; i + 1 < kept->len; i++) {
		x = &g_array_index(kept, struct cand, i);
		y = &g_array_index(kept, struct cand, i + 1);
		if (x->dead || x->kind != C_DATE || y->kind != C_DATE ||
		    ((x->e.flags | y->e.flags) & (DATE_MEASURE |
		    DATE_UNRESOLVED | DATE_OUT_OF_RANGE)) || x->e.year <= 0 ||
		    y->e.year <= 0)
			continue;
		if (y->a == x->b + 1)
			conn = x->b;
		else if (y->a == x->b && in(s, y->a, range_words))
			conn = y->a;
		else
			continue;
		if (!in(s, conn, range_words))
			continue;
		from = is(s, x->a, "from") || is(s, x->a, "between");
		if (!from && (is(s, x->a - 1, "from") ||
		    is(s, x->a - 1, "between")) && x->a > s->first) {
			x->a--;
			from = 1;
		}
		if (!from && !is(s, conn, "-") && !is(s, conn, "\xe2\x80\x93"))
			continue;
		if (is(s, conn, "and") && !is(s, x->a, "between"))
			continue;
		if (!(x->e.flags & DATE_EXPLICIT_YEAR) &&
		    (y->e.flags & DATE_EXPLICIT_YEAR) && x->e.month > 0) {
			x->e.year = y->e.year - (x->e.month > y->e.month);
			x->e.flags &= ~(DATE_RELATIVE | DATE_FORWARD);
		}
		x->kind = C_RANGE;
		x->end_year = y->e.year;
		x->end_month = y->e.month;
		x->end_day = y->e.day;
		x->end_prec = y->e.precision;
		x->b = y->b;
		y->dead = 1;
	}
	for (i = k = 0; i < kept->len; i++)
		if (!g_array_index(kept, struct cand, i).dead)
			g_array_index(kept, struct cand, k++) =
			    g_array_index(kept, struct cand, i);
	g_array_set_size(kept, k);
}

/*
 * "every year since 2003, when about half a million people turned out
 * on July 1": a day or a month without a year in the "when" or "where"
 * clause a year opens is in that year (to the end of the sentence, a
 * semicolon or the next year named), not in the block's nor the
 * document's; "last July", "next May" count from the document date
 * still.
 */
static void
when_year(struct sent *s, GArray *kept)
{
	static const char *const deixis[] = {
		"last", "next", "this", "ago", "past", "coming", NULL
	};
	struct cand	*x;
	guint		 i, k, stop = s->end;
	int		 y = 0;

	for (i = 0; i < kept->len; i++) {
		x = &g_array_index(kept, struct cand, i);
		if (y > 0 && x->a >= stop)
			y = 0;
		if (x->kind != C_DATE && x->kind != C_RANGE)
			continue;
		if (x->e.flags & DATE_EXPLICIT_YEAR) {
			y = 0;
			k = x->b + is(s, x->b, ",");
			if (x->e.year > 0 && (is(s, k, "when") ||
			    is(s, k, "where"))) {
				y = x->e.year;
				for (stop = k; stop < s->end && stop < k +
				    200 && !is(s, stop, ";"); stop++)
					;
			}
			continue;
		}
		if (y == 0 || x->e.month == 0 || x->kind != C_DATE ||
		    (x->e.flags & (DATE_MEASURE | DATE_UNRESOLVED)))
			continue;
		for (k = x->a; k < x->b; k++)
			if (in(s, k, deixis))
				break;
		if (k < x->b || time_month_at(s, x->a, x->b) == 0)
			continue;
		x->e.year = y;
		x->e.flags &= ~(DATE_RELATIVE | DATE_FORWARD |
		    DATE_OUT_OF_RANGE);
	}
}

/* The text_time of candidate c. */
static void
make_time(struct sent *s, struct state *st, const struct cand *c,
    int table, struct text_time *tm)
{
	const struct text_token *ta = text_tok(s->t, c->a);
	const struct text_token *tb = text_tok(s->t, c->b - 1);
	guint	 k;
	int	 anchor;

	memset(tm, 0, sizeof(*tm));
	tm->start = ta->start;
	tm->end = tb->end;
	tm->tstart = ta->tstart;
	tm->tend = tb->tend;
	tm->sentence = (guint)(s->se - text_sent(s->t, 0));
	tm->first_token = c->a;
	tm->ntokens = c->b - c->a;
	tm->clause = find_clause(s, c->a, c->b);
	tm->anchor = -1;
	tm->year = c->e.year;
	tm->month = c->e.month;
	tm->day = c->e.day;
	tm->precision = c->e.precision;
	tm->qualifier = c->e.qualifier;
	tm->flags = (c->e.flags & DATE_RELATIVE ? TIME_RELATIVE : 0) |
	    (c->e.flags & DATE_UNRESOLVED ? TIME_UNRESOLVED : 0) |
	    (c->e.flags & DATE_MEASURE ? TIME_MEASURE : 0) |
	    (c->e.flags & DATE_EXPLICIT_YEAR ? TIME_EXPLICIT_YEAR : 0) |
	    (c->e.flags & DATE_OUT_OF_RANGE ? TIME_OUT_OF_RANGE : 0) |
	    (c->e.flags & DATE_FORWARD ? TIME_FORWARD : 0);
	switch (c->kind) {
	case C_DURATION:
		tm->flags |= TIME_DURATION;
		break;
	case C_AGE:
		tm->flags |= TIME_AGE;
		break;
	case C_DECADE:
		tm->flags |= TIME_DECADE | TIME_EXPLICIT_YEAR;
		break;
	case C_GENERIC:
		tm->flags |= TIME_GENERIC;
		break;
	case C_RANGE:
		tm->flags |= TIME_RANGE;
		tm->end_year = c->end_year;
		tm->end_month = c->end_month;
		tm->end_day = c->end_day;
		tm->end_precision = c->end_prec;
		break;
	case C_TODAY:
		today(s, st, c, tm);
		break;
	case C_CHAIN:
		if (deadline_within(s, st, c, tm))
			break;
		if (vague_within(s, c)) {
			tm->flags |= TIME_DURATION;
			break;
		}
		tm->flags |= TIME_CHAINED;
		if (after_event(s, st, c, tm))
			break;
		/* "Two days after the ceasefire was signed, the army
		 * withdrew": counted from the story, the chain dates the
		 * clause "after" hangs on (an "after" clause it ends on
		 * is the one it dates: after_event) */
		if (dates_after_clause(s->t, tm))
			tm->clause = text_clause(s->t,
			    (guint)tm->clause)->parent;
		/* the nearest point of the block, else of the blocks
		 * before ("### Anger in Yerevan" between); "within hours
		 * of the announcement" counts from a named act, which a
		 * point of an older block seldom dates */
		anchor = st->last_cur >= 0 ? st->last_cur : within_of(s, c) ?
		    act_anchor(s, c) : st->pts[0];
		/* "in early February, a day after the US announcement":
		 * the time it stands beside is the same time, not the
		 * one it counts from */
		if (anchor >= 0 && anchor == st->pts[0] &&
		    apposed(s->t, text_time(s->t, (guint)anchor), c->a))
			anchor = st->pts[1];
		if (anchor < 0 && c->ch == CH_SAME && c->cap == EV_DAY &&
		    st->last_cur < 0 && st->pts[0] < 0 &&
		    doc_day(tm, &st->ctx)) {
			/* "That night", nothing before it: the document's
			 * day */
			tm->flags |= TIME_RELATIVE;
			break;
		}
		if (anchor < 0) {
			tm->flags |= TIME_UNRESOLVED;
			tm->precision = c->cap;
			break;
		}
		tm->qualifier = c->e.qualifier;
		/* "the first vote due four years after the end of the
		 * transition": counted from a time to come, not from the
		 * story's last date */
		if ((is(s, c->b - 1, "after") || is(s, c->b - 1, "before")) &&
		    is(s, c->b, "the") && future_before(s, c->a)) {
			tm->flags |= TIME_UNRESOLVED;
			tm->precision = c->cap;
			break;
		}
		chain_anchor(s, st, c, tm, anchor);
		break;
	default:
		break;
	}
	if (c->kind == C_DATE || c->kind == C_RANGE) {
		if (time_since_state(s, c->a, tm->clause) ||
		    (c->kind == C_DATE && time_span_of(s, c->b)) ||
		    (c->kind == C_RANGE && time_span_before(s, c->a)))
			tm->flags |= TIME_DURATION;
		else if (time_statistic(s, c->a, c->b, tm->clause,
		    c->kind == C_RANGE))
			tm->flags |= TIME_STATISTIC;
		else if (time_reference(s, c->a, c->b))
			tm->flags |= TIME_GENERIC;
		for (k = c->a > s->first + 3 ? c->a - 3 : s->first; k < c->a;
		    k++)
			if (is(s, k, "every") || is(s, k, "each"))
				tm->flags |= TIME_GENERIC;
		if (time_dateline(s, c->a, c->b))
			tm->flags |= TIME_DATELINE;
	}
	if (table)
		tm->flags |= TIME_TABLE;
}

/* The times of one sentence, appended to t->times. */
static void
sentence_times(struct sent *s, struct state *st)
{
	GArray		*kept;
	struct text_time tm;
	const struct cand *c;
	int		*map, n;
	guint		 i, base = s->t->times->len, k;

	for (i = s->first, n = 0; i < s->end && n < 2; i++)
		if (is(s, i, "|"))
			n++;
	s->table = n >= 2;
	kept = candidates(s, st);
	ranges(s, kept);
	when_year(s, kept);
	/* extract_date's index -> times index, for the measures */
	map = g_new(int, kept->len + 1);
	n = 0;
	for (i = 0; i < kept->len; i++) {
		c = &g_array_index(kept, struct cand, i);
		n = MAX(n, c->eidx + 1);
	}
	map = g_renew(int, map, n + 1);
	for (i = 0; i < (guint)n; i++)
		map[i] = -1;
	for (i = 0; i < kept->len; i++) {
		c = &g_array_index(kept, struct cand, i);
		make_time(s, st, c, s->table, &tm);
		if (c->eidx >= 0)
			map[c->eidx] = (int)s->t->times->len;
		g_array_append_val(s->t->times, tm);
		/* an older act told in passing ("a day after the talks
		 * had been scheduled to close") does not move the story */
		if (is_point(&tm) && !dates_after_clause(s->t, &tm)) {
			st->last_cur = (int)s->t->times->len - 1;
			memmove(st->recent + 1, st->recent,
			    3 * sizeof(st->recent[0]));
			st->recent[0] = st->last_cur;
			memmove(st->pts + 1, st->pts, (NPTS - 1) *
			    sizeof(st->pts[0]));
			st->pts[0] = st->last_cur;
		}
	}
	for (i = 0, k = base; i < kept->len; i++, k++) {
		c = &g_array_index(kept, struct cand, i);
		if ((c->e.flags & DATE_MEASURE) && c->e.anchor >= 0 &&
		    c->e.anchor < n)
			g_array_index(s->t->times, struct text_time,
			    k).anchor = map[c->e.anchor];
	}
	g_free(map);
	g_array_free(kept, TRUE);
	appositions(s->t, base);
}

/* The sentence's first main clause is in the present ("What is
 * different this time is ..."): the story is back to now. */
static int
main_present(const struct sent *s)
{
	const struct text_clause *cl;
	guint	k;

	if (s->se->first_clause + s->se->nclauses > s->t->clauses->len)
		return 0;
	for (k = 0; k < s->se->nclauses; k++) {
		cl = text_clause(s->t, s->se->first_clause + k);
		if (cl->parent < 0 && cl->kind == TC_MAIN)
			return cl->tense == TT_PRESENT;
	}
	return 0;
}

/* All the sentences, from the document date y-m-d. */
static void
run(struct text *t, int y, int m, int d)
{
	struct state	 st;
	struct sent	 s;
	guint		 i;

	memset(&st, 0, sizeof(st));
	st.ctx.year = y;
	st.ctx.month = m;
	st.ctx.day = d;
	st.last_cur = -1;
	for (i = 0; i < NPTS; i++)
		st.pts[i] = -1;
	for (i = 0; i < t->sentences->len; i++) {
		s.t = t;
		s.se = text_sent(t, i);
		s.first = s.se->first_token;
		s.end = s.se->first_token + s.se->ntokens;
		if (!st.started || s.se->block != st.block) {
			st.last_cur = -1;
			st.recent[0] = st.recent[1] = st.recent[2] =
			    st.recent[3] = -1;
			st.ctx.ctx_year = st.ctx.ctx_month = 0;
			st.block = s.se->block;
			st.started = 1;
		}
		/* a year of the block's story does not date a month said
		 * in a sentence about now */
		if (main_present(&s))
			st.ctx.ctx_year = st.ctx.ctx_month = 0;
		if (s.se->ntokens > 0)
			sentence_times(&s, &st);
	}
}

void
text_times(struct text *t, const struct doc *doc)
{
	const struct text_time *tm;
	guint		 i;

	run(t, doc->meta.year, doc->meta.month, doc->meta.day);
	if (doc->meta.year > 0)
		return;
	/* No date in the front matter: a by-line or date line of the
	 * first blocks with a full date ("By Staff | 14 July 2015")
	 * dates the document. */
	for (i = 0; i < t->times->len; i++) {
		tm = text_time(t, i);
		if (text_sent(t, tm->sentence)->block > 3)
			break;
		if ((tm->flags & TIME_DATELINE) && tm->precision == EV_DAY &&
		    (tm->flags & TIME_EXPLICIT_YEAR) && tm->year > 0) {
			g_array_set_size(t->times, 0);
			run(t, tm->year, tm->month, tm->day);
			return;
		}
	}
}

/* --- dump --------------------------------------------------------- */

static void
dump_date(FILE *f, int y, int m, int d, enum ev_precision p)
{
	char	*s;

	if (y <= 0) {
		fputs("null", f);
		return;
	}
	s = extract_date_string(y, m, d, p);
	fprintf(f, "\"%s\"", s);
	g_free(s);
}

void
text_dump_times(const struct text *t, FILE *f)
{
	static const char *const names[] = {
		"relative", "unresolved", "forward", "chained", "range",
		"duration", "age", "decade", "measure", "statistic", "table",
		"dateline", "out_of_range", "explicit_year", "generic"
	};
	static const char *const precs[] = { "day", "month", "year" };
	const struct text_time *tm;
	guint		 i, k, n;

	fputs("\"times\": [", f);
	for (i = 0; i < t->times->len; i++) {
		tm = text_time(t, i);
		fprintf(f, "%s\n  {\"start\": %zu, \"end\": %zu, \"text\": ",
		    i > 0 ? "," : "", tm->start, tm->end);
		text_json_slice(f, t->str->str + tm->tstart,
		    tm->tend - tm->tstart);
		fputs(", \"date\": ", f);
		dump_date(f, tm->year, tm->month, tm->day, tm->precision);
		fprintf(f, ", \"precision\": \"%s\", \"qualifier\": ",
		    precs[tm->precision]);
		if (tm->qualifier != NULL)
			text_json_slice(f, tm->qualifier,
			    strlen(tm->qualifier));
		else
			fputs("null", f);
		fputs(", \"end_date\": ", f);
		if (tm->flags & TIME_RANGE)
			dump_date(f, tm->end_year, tm->end_month,
			    tm->end_day, tm->end_precision);
		else
			fputs("null", f);
		fputs(", \"flags\": [", f);
		for (k = n = 0; k < G_N_ELEMENTS(names); k++)
			if (tm->flags & (1u << k))
				fprintf(f, "%s\"%s\"", n++ > 0 ? ", " : "",
				    names[k]);
		fprintf(f, "], \"anchor\": %d, \"clause\": %d}", tm->anchor,
		    tm->clause);
	}
	fputs(t->times->len > 0 ? "\n]" : "]", f);
}
