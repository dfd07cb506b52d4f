/* SPDX-License-Identifier: MIT */
/*
 * The chains of the temporal expressions: a time told from another
 * ("two days later", "that night", "a day after the talks had been
 * scheduled to close", "within hours of the announcement", "today"),
 * its anchor among the story's points and its date; two points side
 * by side that name one time; the date a chain gives from its anchor
 * (time_resolve_chain).  Called by text_time.c on each candidate, in
 * text order.
 */
#include <string.h>

#include <glib.h>

#include "text_time_int.h"

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
	/* "hace dos años", "il y a", "vor zwei Jahren", "l'an dernier",
	 * "este mes", "diese Woche" */
	static const char *const words_lang[] = {
		"hace", "il", "vor", "pasado", "pasada", "dernier",
		"derni\xC3\xA8re", "pass\xC3\xA9", "pass\xC3\xA9" "e",
		"vergangene", "vergangenen", "vergangenes", "letzte", "letzten",
		"letztes", "este", "esta", "ce", "cet", "cette", "dieses",
		"diesen", "diese", "diesem", NULL
	};
	guint	k;

	if (!(tm->flags & TIME_RELATIVE))
		return 0;
	for (k = 0; k < tm->ntokens && k < 6; k++)
		if (text_in(t, tm->first_token + k, t->lang == TEXT_EN ||
		    t->lang == TEXT_OTHER ? words : words_lang))
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
	if (time_clause_tense(s, a, b) == 1 || time_future_before(s, c->a) ||
	    (text_time(s->t, (guint)anchor)->flags & TIME_FORWARD))
		return;		/* counted from a day to come */
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
	fut = time_clause_tense(s, a, b) == 1;
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
	if (time_clause_tense(s, a, b) == 1)
		return 1;
	if ((k = time_find_clause(s, c->a, c->b)) < 0)
		return 0;
	cl = text_clause(s->t, (guint)k);
	return cl->modality == TMOD_CONDITIONAL ||
	    cl->modality == TMOD_POSSIBLE;
}

/* A time that dates an event, and that a chain may count from. */
int
time_is_point(const struct text_time *tm)
{
	return tm->year > 0 && !(tm->flags & (TIME_UNRESOLVED |
	    TIME_DURATION | TIME_AGE | TIME_DECADE | TIME_MEASURE |
	    TIME_STATISTIC | TIME_TABLE | TIME_DATELINE | TIME_GENERIC |
	    TIME_OUT_OF_RANGE));
}

/* Determiners and contractions before the noun of an act a chain
 * counts from, in Spanish, French and German. */
static const char *const dets_lang[] = {
	"el", "la", "los", "las", "del", "al", "su", "sus", "este", "esta",
	"le", "les", "du", "des", "au", "son", "sa", "ses", "leur", "ce",
	"cette", "der", "die", "das", "dem", "den", "des", "vom", "zum",
	"zur", "beim", "seine", "seinem", "seiner", "ihrer", "ihrem", NULL
};
/* ... and the article that opens such a chain ("le lendemain de"):
 * with no act named before, it stays unresolved. */
static const char *const articles_lang[] = {
	"el", "la", "le", "l'", "l\xE2\x80\x99", "der", "die", "das", "am",
	"au", "al", NULL
};

/* "within hours of the announcement": a chain that counts from an act
 * it names, not from a date ("within days of 3 May" is a date's). */
static int
within_of(const struct sent *s, const struct cand *c)
{
	return is(s, c->a, "within") && is(s, c->b, "of") &&
	    kind(s, c->b + 1) == TEXT_WORD && time_year_of(s, c->b + 2) == 0;
}

/* Tokens i and j of text t are one word, or one noun and its plural
 * ("the vote", "by 59 votes"). */
static int
same_word(const struct text *t, guint i, guint j)
{
	const char *a, *b;
	size_t	 m, n;

	a = text_word(t, i, &m);
	b = text_word(t, j, &n);
	if (m == n + 1 && g_ascii_tolower(a[n]) == 's')
		m = n;
	else if (n == m + 1 && g_ascii_tolower(b[m]) == 's')
		n = m;
	return m == n && m > 2 && g_ascii_strncasecmp(a, b, m) == 0;
}

/* Token j names what the chain x counts from ("the day after the
 * vote"): x is not the act's own time. */
static int
counted_from(const struct text_time *x, guint j)
{
	return (x->flags & TIME_CHAINED) && j >= x->first_token &&
	    j < x->first_token + x->ntokens + 3;
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
act_anchor(const struct sent *s, const struct cand *c, guint dp)
{
	static const char *const dets[] = {
		"the", "its", "his", "her", "their", "this", "that", NULL
	};
	const struct text_time *x;
	const struct text_sentence *se;
	guint	 key[2], nk = 0, j, k, e, last = G_MAXUINT;
	int	 i;

	if (s->t->lang != TEXT_EN && s->t->lang != TEXT_OTHER) {
		/* "le lendemain du coup d'État", "dos días después de la
		 * votación", "am Tag nach der Wahl": the noun alone */
		if (!in(s, dp, dets_lang) || kind(s, dp + 1) != TEXT_WORD)
			return -1;
		key[nk++] = dp + 1;
		goto look;
	}
	if (!in(s, dp, dets) || kind(s, dp + 1) != TEXT_WORD)
		return -1;
	key[nk++] = dp + 1;
	if (!is(s, dp, "the") && !is(s, dp, "this") && !is(s, dp, "that"))
		for (j = c->a; j > s->first + 1 && j + 12 > c->a; j--)
			if (is(s, j - 2, "the") && kind(s, j - 1) ==
			    TEXT_WORD) {
				key[nk++] = j - 1;
				break;
			}
look:
	for (i = (int)s->t->times->len - 1; i >= 0 &&
	    i + 64 >= (int)s->t->times->len; i--) {
		x = text_time(s->t, (guint)i);
		/* a sentence is read once, for its last point: a name
		 * a chain of it counts from dates none of its times */
		if (!time_is_point(x) || x->sentence == last)
			continue;
		last = x->sentence;
		se = text_sent(s->t, x->sentence);
		e = se->first_token + MIN(se->ntokens, 200);
		for (j = se->first_token; j < e; j++)
			for (k = 0; k < nk; k++)
				if ((j < c->a || j > dp + 1) &&
				    !counted_from(x, j) &&
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
int
time_dates_after_clause(const struct text *t, const struct text_time *tm)
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
void
time_appositions(struct text *t, guint base)
{
	struct text_time *x, *y, *v;
	const struct text_time *f;
	guint	 k;
	int	 fi;

	for (k = base + 1; k < t->times->len; k++) {
		x = &g_array_index(t->times, struct text_time, k - 1);
		y = &g_array_index(t->times, struct text_time, k);
		if (!time_is_point(x) || !time_is_point(y) ||
		    (x->flags | y->flags) & TIME_RANGE ||
		    !apposed(t, x, y->first_token) ||
		    time_dates_after_clause(t, y))
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
		/* "déclenchée il y a neuf ans, le 11 janvier 2013": the
		 * second names the first's time, in the first's clause */
		if (x->clause >= 0)
			y->clause = x->clause;
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
	    (guint)st->last_cur)->sentence == si) {
		/* "expect it to be completed next year, 18 months after
		 * it was announced": not counted back from a time to
		 * come */
		anchor = st->last_cur;
		if (text_time(s->t, (guint)anchor)->flags & TIME_FORWARD)
			return 0;
	} else if ((own = time_find_clause(s, c->a, c->b - 1)) >= 0 &&
	    (cl = text_clause(s->t, (guint)own))->verb_n > 0 &&
	    cl->verb_first < c->a && cl->tense != TT_FUTURE) {
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
void
time_today(struct sent *s, struct state *st, const struct cand *c,
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
		    !(x->flags & TIME_RELATIVE) && time_clause_tense(s, a, b) ==
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


/*
 * The year named last before token a in its block ("The precedent is
 * 2010.  After the election that December"), read back over 300
 * tokens at most; 0 if none.  A year before a noun ("2010 figures")
 * is a number or a qualifier, not the paragraph's year.
 */
static int
block_year(const struct sent *s, guint a)
{
	static const char *const ok[] = {
		"and", "or", "when", "where", "after", "before", "until", "to",
		NULL
	};
	struct sent	 t = *s;
	const char	*w;
	size_t		 n;
	guint		 k = a, si, left = 300;
	int		 y;

	si = (guint)(s->se - text_sent(s->t, 0));
	for (;;) {
		for (; k > t.first && left > 0; k--, left--) {
			if ((y = time_year_of(&t, k - 1)) == 0)
				continue;
			w = kind(&t, k) == TEXT_WORD ? text_word(t.t, k, &n) :
			    NULL;
			if (w == NULL || !g_ascii_islower(w[0]) ||
			    in(&t, k, ok))
				return y;
		}
		if (left == 0 || si == 0 || text_sent(s->t, si -
		    1)->block != s->se->block)
			return 0;
		t.se = text_sent(s->t, --si);
		t.first = t.se->first_token;
		t.end = k = t.first + t.se->ntokens;
	}
}

/* tm, the chain c ("two days later", "that night", "a day after the
 * talks had closed", "within two months"): its anchor and its date. */
void
time_chain(struct sent *s, struct state *st, const struct cand *c,
    struct text_time *tm)
{
	int	 anchor, named;

	if (deadline_within(s, st, c, tm))
		return;
	if (vague_within(s, c)) {
		tm->flags |= TIME_DURATION;
		return;
	}
	tm->flags |= TIME_CHAINED;
	if (after_event(s, st, c, tm))
		return;
	/* "Two days after the ceasefire was signed, the army
	 * withdrew": counted from the story, the chain dates the
	 * clause "after" hangs on (an "after" clause it ends on
	 * is the one it dates: after_event) */
	if (time_dates_after_clause(s->t, tm))
		tm->clause = text_clause(s->t,
		    (guint)tm->clause)->parent;
	/* the nearest point of the block, else of the blocks
	 * before ("### Anger in Yerevan" between); "within hours
	 * of the announcement" counts from a named act, which a
	 * point of an older block seldom dates */
	anchor = st->last_cur >= 0 ? st->last_cur : within_of(s, c) ?
	    act_anchor(s, c, c->b + 1) : st->pts[0];
	/* "two days after the vote", "hours before the vote", "within
	 * hours of the vote": from the nearest point told with the act
	 * named, not the story's last ("Over the weekend") */
	if (c->noun > 0 || within_of(s, c)) {
		if ((named = act_anchor(s, c, c->noun > 0 ? c->noun - 1 :
		    c->b + 1)) >= 0) {
			tm->anchor = named;
			time_resolve_chain(tm, c, text_time(s->t,
			    (guint)named));
			return;
		}
		/* "the day after the vote", nothing named before */
		if (is(s, c->a, "the") || (s->t->lang != TEXT_EN &&
		    in(s, c->a, articles_lang))) {
			tm->flags |= TIME_UNRESOLVED;
			tm->precision = c->cap;
			return;
		}
	}
	/* "The precedent is 2010.  After the election that December":
	 * with no point of its own, a paragraph about another year
	 * dates its month by that year */
	if (st->last_cur < 0 && (c->ch == CH_MONTH || (c->ch == CH_SAME &&
	    c->cap == EV_YEAR)) && (named = block_year(s, c->a)) > 0) {
		time_set_date(tm, named, c->ch == CH_MONTH ? c->month : 0,
		    0, c->ch == CH_MONTH ? EV_MONTH : EV_YEAR);
		return;
	}
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
		return;
	}
	if (anchor < 0) {
		tm->flags |= TIME_UNRESOLVED;
		tm->precision = c->cap;
		return;
	}
	tm->qualifier = c->e.qualifier;
	/* "the first vote due four years after the end of the
	 * transition": counted from a time to come, not from the
	 * story's last date */
	if ((is(s, c->b - 1, "after") || is(s, c->b - 1, "before")) &&
	    is(s, c->b, "the") && time_future_before(s, c->a)) {
		tm->flags |= TIME_UNRESOLVED;
		tm->precision = c->cap;
		return;
	}
	chain_anchor(s, st, c, tm, anchor);
}

/* --- the date of a chain ------------------------------------------ */

int
time_set_date(struct text_time *tm, int y, int m, int d, enum ev_precision p)
{
	if (y < 1 || y > 9999) {
		tm->flags |= TIME_OUT_OF_RANGE;
		tm->year = tm->month = tm->day = 0;
		return 0;
	}
	tm->year = y;
	tm->month = p <= EV_MONTH ? m : 0;
	tm->day = p == EV_DAY ? d : 0;
	tm->precision = p;
	return 1;
}

void
time_add_months(struct text_time *tm, int y, int m, int d, long delta,
    enum ev_precision p)
{
	long	k = (long)y * 12 + (m - 1) + delta;
	int	dim;

	if (k < 12 || k >= 120000L) {
		time_set_date(tm, 0, 0, 0, p);
		return;
	}
	y = (int)(k / 12);
	m = (int)(k % 12) + 1;
	if (p == EV_DAY) {
		dim = g_date_get_days_in_month((GDateMonth)m, (GDateYear)y);
		d = MIN(d, dim);
	}
	time_set_date(tm, y, m, d, p);
}

/* tm, a chain c, from its anchor an. */
void
time_resolve_chain(struct text_time *tm, const struct cand *c,
    const struct text_time *an)
{
	enum ev_precision p = an->precision;
	int	y = an->year, m = an->month, d = an->day, n = c->n;
	GDate	g;
	long	j;

	switch (c->ch) {
	case CH_SAME:
		time_set_date(tm, y, m, d, MAX(p, c->cap));
		break;
	case CH_MONTH:
		time_set_date(tm, y, c->month, 0, EV_MONTH);
		break;
	case CH_SHIFT:
		switch (c->unit) {
		case 'D':
			time_set_date(tm, y + 10 * n, 0, 0, EV_YEAR);
			break;
		case 'y':
			time_set_date(tm, y + n, 0, 0, EV_YEAR);
			break;
		case 'm':
			if (p == EV_YEAR)
				time_set_date(tm, y + (n + (n > 0 ? 6 :
				    -6)) / 12, 0, 0, EV_YEAR);
			else
				time_add_months(tm, y, m, d, n, EV_MONTH);
			break;
		default:
			if (c->unit == 'w')
				n *= 7;
			if (p == EV_YEAR)
				time_set_date(tm, y + n / 365, 0, 0, EV_YEAR);
			else if (p == EV_MONTH)
				time_add_months(tm, y, m, 0, n / 30, EV_MONTH);
			else {
				g_date_clear(&g, 1);
				g_date_set_dmy(&g, (GDateDay)d,
				    (GDateMonth)m, (GDateYear)y);
				j = (long)g_date_get_julian(&g) + n;
				if (j < 1 || j > 3652059L) {
					time_set_date(tm, 0, 0, 0, EV_DAY);
					break;
				}
				g_date_set_julian(&g, (guint32)j);
				time_set_date(tm, g_date_get_year(&g),
				    g_date_get_month(&g), g_date_get_day(&g),
				    EV_DAY);
			}
			break;
		}
		break;
	default:
		tm->flags |= TIME_UNRESOLVED;
		break;
	}
	if (an->flags & TIME_RELATIVE)
		tm->flags |= TIME_RELATIVE;
}
