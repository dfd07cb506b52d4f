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
int
time_find_clause(const struct sent *s, guint a, guint b)
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

/* The date of tokens [a, b) names a day: a month and a number, or a
 * weekday ("Dec. 21", "21 December", "Tuesday"). */
static int
names_day(const struct sent *s, guint a, guint b)
{
	static const char *const wd[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", NULL
	};
	guint	k;
	int	num = 0;

	for (k = a; k < b; k++) {
		if (in(s, k, wd))
			return 1;
		if (kind(s, k) == TEXT_NUMBER)
			num = 1;
	}
	return num && time_month_at(s, a, b) > 0;
}

/* The clause is in the perfect ("has agreed", "have been promised"):
 * a present that tells what is done. */
static int
perfect(const struct sent *s, const struct text_clause *cl)
{
	guint	k;

	for (k = cl->verb_first; k < cl->verb_first + cl->verb_n; k++)
		if (is(s, k, "has") || is(s, k, "have"))
			return 1;
	return 0;
}

/*
 * A clause in the simple present that tells what is to come: "when
 * parliament returns from its recess in October", "the court rules on
 * Monday".  Not a verb of speech or state, whose present is now ("he
 * says", "it is", "she remains"), nor a heading, whose present tells
 * the news of the past.
 */
static int
present_to_come(const struct sent *s, const struct text_clause *cl,
    guint a, guint b)
{
	static const char *const det[] = {
		"a", "an", "the", "its", "their", "his", "her", "this", NULL
	};
	static const char *const now[] = {
		"is", "are", "am", "has", "have", "says", "say", "tells",
		"tell", "remains", "remain", "stays", "stay", "seems", "seem",
		"believes", "believe", "thinks", "think", "knows", "know",
		"wants", "want", "needs", "need", "means", "mean", "lives",
		"live", "holds", "hold", "owns", "own", "insists", "insist",
		"argues", "argue", "claims", "claim", "writes", "write",
		"recalls", "recall", "notes", "note", "adds", "add",
		"looks", "look", "feels", "feel", "appears", "appear",
		"does", "do", "contains", "contain", "includes", "include",
		"reads", "read", "shows", "show", "accounts", "account",
		"continues", "continue", "lies", "lie", "sits", "sit",
		"stands", "stand", "marks", "mark", "costs", "cost",
		"counts", "count", "faces", "face", "seeks", "seek",
		"follows", "follow", "precedes", "precede", "recalls",
		"echoes", "echo", "matches", "match", "comes", "come", NULL
	};
	const struct text_block *bl;
	size_t	 n;
	const char *w;

	if (cl->tense != TT_PRESENT || cl->verb_n != 1 || cl->head < 0 ||
	    cl->modality != TMOD_NONE || cl->negated)
		return 0;
	bl = &g_array_index(s->t->blocks, struct text_block, s->se->block);
	if (bl->node->type == DOC_HEADING)
		return 0;
	if (in(s, (guint)cl->head, now) ||
	    kind(s, (guint)cl->head) != TEXT_WORD)
		return 0;
	/* "follows an Oct. 1 referendum": a date that qualifies a noun
	 * tells the noun's time, not the verb's */
	if ((in(s, a, det) || in(s, a - 1, det)) && kind(s, b) == TEXT_WORD &&
	    g_ascii_islower(*text_word(s->t, b, &n)))
		return 0;
	/* "is ending", "signed": no participle alone */
	w = text_word(s->t, (guint)cl->head, &n);
	if ((n > 3 && strncmp(w + n - 3, "ing", 3) == 0) ||
	    (n > 2 && strncmp(w + n - 2, "ed", 2) == 0))
		return 0;
	return 1;
}

/*
 * Forward by the words before a date of tokens [a, b) in clause cl
 * (1 forward, 2 the nearer day, 0 no cue): "called an election for
 * Dec. 21" is a plan, the nearer such day if told in the past;
 * "legislation is promised by January 25th", a deadline in the present
 * or the future.
 */
static int
forward_cue(const struct sent *s, const struct text_clause *cl, guint a,
    guint b)
{
	const struct text_block *bl;
	guint	p = is(s, a, "for") || is(s, a, "by") ? a : a - 1;

	if (a <= s->first && !is(s, a, "for") && !is(s, a, "by"))
		return 0;
	if (is(s, p, "for") && names_day(s, a, b))
		return cl->tense == TT_PAST ? 2 : 1;
	bl = &g_array_index(s->t->blocks, struct text_block, s->se->block);
	if (is(s, p, "by") && bl->node->type != DOC_HEADING &&
	    (cl->tense == TT_FUTURE || (cl->tense == TT_PRESENT &&
	    !perfect(s, cl) && !cl->negated)))
		return 1;
	return 0;
}

/* Future cue words in the 30 tokens before a in the sentence. */
int
time_future_before(const struct sent *s, guint a)
{
	guint	k = a > s->first + 30 ? a - 30 : s->first;

	for (; k < a; k++)
		if (in(s, k, future_cues))
			return 1;
	return 0;
}

/* extract_date's question: the tense of the clause of a date. */
int
time_clause_tense(void *arg, size_t start, size_t end)
{
	const struct sent *s = arg;
	const struct text_clause *cl;
	guint	a, b;
	int	c;

	if (s->first >= s->end || end <= start)
		return 0;
	a = tok_at(s, s->se->tstart + start);
	b = tok_at(s, s->se->tstart + end - 1) + 1;
	if ((c = time_find_clause(s, a, b)) < 0)
		return 0;
	cl = text_clause(s->t, (guint)c);
	if (s->t->lang != TEXT_EN && s->t->lang != TEXT_OTHER) {
		/* the cue words of a future below are English ones
		 * ("will" is German's "wants"): the clause decides */
		if (cl->tense == TT_PAST && (cl->modality == TMOD_SCHEDULED ||
		    cl->modality == TMOD_OBLIGATION))
			return 2;
		if (cl->tense == TT_FUTURE || cl->modality == TMOD_SCHEDULED ||
		    cl->modality == TMOD_OBLIGATION)
			return 1;
		/* a present with a date not past: "dass die Panzer Ende
		 * März eintreffen" (German's present is its future) */
		if (present_to_come(s, cl, a, b))
			return 1;
		return cl->tense == TT_PAST ? -1 : 0;
	}
	/* "was supposed to take effect on October 26": a plan told in
	 * the past, for a day before or after the document date */
	if (cl->tense == TT_PAST && (cl->modality == TMOD_SCHEDULED ||
	    cl->modality == TMOD_OBLIGATION))
		return 2;
	/* "a gala that had been set for Friday": a plan told in the
	 * past, before any cue of a future */
	if ((c = forward_cue(s, cl, a, b)) == 2)
		return c;
	if (cl->tense == TT_FUTURE || cl->modality == TMOD_SCHEDULED ||
	    cl->modality == TMOD_OBLIGATION || future_cue(s, cl, a) ||
	    scheduled_present(s, cl))
		return 1;
	if (c != 0)
		return c;
	if (present_to_come(s, cl, a, b))
		return 1;
	return cl->tense == TT_PAST ? -1 : 0;
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

/* English candidates of sentence s, appended to all: extract_date's
 * and the token patterns'. */
static void
english_candidates(struct sent *s, struct state *st, GArray *all)
{
	struct date_opts o;
	struct cand	 c;
	GArray		*out;
	const struct date_expr *e;
	guint		 i, j;

	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	o.tense = time_clause_tense;
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
}

/* The candidates of sentence s (English, or the language's own), the
 * higher priority kept where they overlap. */
static GArray *
candidates(struct sent *s, struct state *st)
{
	struct cand	 c, *last;
	GArray		*all, *kept;
	guint		 i;

	all = g_array_new(FALSE, FALSE, sizeof(struct cand));
	if (s->t->lang == TEXT_ES || s->t->lang == TEXT_FR ||
	    s->t->lang == TEXT_DE)
		time_lang_candidates(s, st, all);
	else
		english_candidates(s, st, all);
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

/*
 * "Six years ago to the day": the document's day, so many years (or
 * months) back.  The phrase takes "to the day" unless another
 * candidate starts in it.
 */
static void
to_the_day(struct sent *s, struct state *st, GArray *kept)
{
	struct cand	*x;
	guint		 i;
	int		 m, d = st->ctx.day;

	for (i = 0; i < kept->len; i++) {
		x = &g_array_index(kept, struct cand, i);
		if (x->kind != C_DATE || x->e.year <= 0 ||
		    x->e.precision == EV_DAY || d <= 0 ||
		    !is(s, x->b - 1, "ago") || !is(s, x->b, "to") ||
		    !is(s, x->b + 1, "the") || !is(s, x->b + 2, "day") ||
		    (i + 1 < kept->len && g_array_index(kept, struct cand,
		    i + 1).a < x->b + 3))
			continue;
		m = x->e.precision == EV_MONTH ? x->e.month : st->ctx.month;
		if (m <= 0 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m,
		    (GDateYear)x->e.year))
			continue;
		x->e.month = m;
		x->e.day = d;
		x->e.precision = EV_DAY;
		x->b += 3;
	}
}

/* The clause of the sentence that starts at token a, -1. */
static int
clause_at(const struct sent *s, guint a)
{
	guint	lo = 0, hi = s->se->nclauses, mid, f = s->se->first_clause;

	if (f + hi > s->t->clauses->len)
		return -1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_clause(s->t, f + mid)->first_token < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->se->nclauses && text_clause(s->t, f +
	    lo)->first_token == a ? (int)(f + lo) : -1;
}

/* The text_time of candidate c. */
static void
make_time(struct sent *s, struct state *st, const struct cand *c,
    int table, struct text_time *tm)
{
	const struct text_token *ta = text_tok(s->t, c->a);
	const struct text_token *tb = text_tok(s->t, c->b - 1);
	guint	 k;

	memset(tm, 0, sizeof(*tm));
	tm->start = ta->start;
	tm->end = tb->end;
	tm->tstart = ta->tstart;
	tm->tend = tb->tend;
	tm->sentence = (guint)(s->se - text_sent(s->t, 0));
	tm->first_token = c->a;
	tm->ntokens = c->b - c->a;
	tm->clause = time_find_clause(s, c->a, c->b);
	/* "...; three weeks later he was killed": a time that opens
	 * what follows a semicolon dates the clause after it, not one
	 * that runs over the semicolon */
	if (c->a > s->first && is(s, c->a - 1, ";") && tm->clause >= 0 &&
	    text_clause(s->t, (guint)tm->clause)->first_token < c->a &&
	    ((k = (guint)clause_at(s, c->b + is(s, c->b, ","))) !=
	    (guint)-1))
		tm->clause = (int)k;
	tm->anchor = -1;
	tm->year = c->e.year;
	tm->month = c->e.month;
	tm->day = c->e.day;
	tm->precision = c->e.precision;
	tm->qualifier = c->e.qualifier;
	tm->flags = c->tflags | (c->e.flags & DATE_RELATIVE ?
	    TIME_RELATIVE : 0) |
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
		time_today(s, st, c, tm);
		break;
	case C_CHAIN:
		time_chain(s, st, c, tm);
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

/* Candidate i is a month or a day without a year followed by "of
 * that year": "on March 1st of that year". */
static int
of_that_year(const struct sent *s, GArray *kept, guint i)
{
	const struct cand *x, *y;

	if (i + 1 >= kept->len)
		return 0;
	x = &g_array_index(kept, struct cand, i);
	y = x + 1;
	return x->kind == C_DATE && !(x->e.flags & DATE_EXPLICIT_YEAR) &&
	    x->e.month > 0 && y->kind == C_CHAIN && y->ch == CH_SAME &&
	    y->cap == EV_YEAR && y->a == x->b + 1 && is(s, x->b, "of") &&
	    is(s, y->a, "that");
}

/* es, fr, de: a year that qualifies a noun ("las elecciones de 2023",
 * "le putsch de 2020", "die Wahl von 2021") names that noun's time,
 * a date after "desde" a state's start; the story does not move to
 * either (a chain does not count from them). */
static int
noun_year(const struct sent *s, const struct text_time *tm)
{
	static const char *const of[] = { "de", "von", NULL };

	static const char *const since[] = {
		"desde", "depuis", "seit", NULL
	};

	if (s->t->lang != TEXT_ES && s->t->lang != TEXT_FR &&
	    s->t->lang != TEXT_DE)
		return 0;
	/* "refugiado desde el 17 de diciembre": the start of a state,
	 * told in passing */
	if (in(s, tm->first_token, since) || (tm->first_token > s->first &&
	    in(s, tm->first_token - 1, since)))
		return 1;
	return tm->precision == EV_YEAR && tm->ntokens == 2 &&
	    in(s, tm->first_token, of) && tm->first_token > s->first &&
	    kind(s, tm->first_token - 1) == TEXT_WORD;
}

/* The times of one sentence, appended to t->times. */
static void
sentence_times(struct sent *s, struct state *st)
{
	GArray		*kept;
	struct text_time tm, next;
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
	to_the_day(s, st, kept);
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
		if (of_that_year(s, kept, i)) {
			/* "on March 1st of that year": the year the
			 * story named last, not the date's own guess */
			make_time(s, st, c + 1, s->table, &next);
			make_time(s, st, c, s->table, &tm);
			if (next.year > 0 && time_set_date(&tm, next.year,
			    tm.month, tm.day, tm.precision))
				tm.flags &= ~(TIME_FORWARD |
				    TIME_OUT_OF_RANGE);
		} else if (i > 0 && of_that_year(s, kept, i - 1))
			tm = next;
		else
			make_time(s, st, c, s->table, &tm);
		if (c->eidx >= 0)
			map[c->eidx] = (int)s->t->times->len;
		g_array_append_val(s->t->times, tm);
		/* an older act told in passing ("a day after the talks
		 * had been scheduled to close") does not move the story */
		if (time_is_point(&tm) && !time_dates_after_clause(s->t, &tm) &&
		    !noun_year(s, &tm)) {
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
	time_appositions(s->t, base);
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
	memset(&s, 0, sizeof(s));
	s.units = g_new(gint8, t->tokens->len + 1);
	memset(s.units, -1, t->tokens->len + 1);
	s.counts = g_new0(struct time_count, t->tokens->len + 1);
	s.nums = g_new(int, t->tokens->len + 1);
	for (i = 0; i <= t->tokens->len; i++)
		s.nums[i] = G_MININT;
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
	g_free(s.units);
	g_free(s.nums);
	g_free(s.counts);
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
