/* SPDX-License-Identifier: MIT */
/*
 * The token patterns of the temporal expressions text_time.c adds to
 * extract_date's: chains ("two days later", "the following year",
 * "that November"), durations, ages, decades, generic times, ranges of
 * years, years alone in a table cell and the light of a day ("after
 * nightfall"); and the patterns around a date that tell it no point
 * in time (a figure by year, a span, a state, a date line).  The date
 * a chain gives from its anchor is text_time_chain.c's.  Each pattern
 * looks at a few tokens from one position: a sentence is read in
 * linear time.
 */
#include <string.h>

#include <glib.h>

#include "text_time_int.h"

static const char *const units_y[] = { "year", "years", NULL };
static const char *const units_m[] = { "month", "months", NULL };
static const char *const units_w[] = { "week", "weeks", NULL };
static const char *const units_d[] = { "day", "days", NULL };
static const char *const units_dec[] = { "decade", "decades", NULL };
static const char *const units_h[] = {
	"hour", "hours", "minute", "minutes", NULL
};
static const char *const day_parts[] = {
	"morning", "afternoon", "evening", "night", NULL
};
static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};
static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "weekend", NULL
};
static const char *const seasons[] = {
	"spring", "summer", "autumn", "fall", "winter", NULL
};
static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
	NULL
};
static const char *const hedges[] = {
	"almost", "nearly", "about", "around", "roughly", "some", "over",
	"barely", "just", "only", "approximately", NULL
};

/*
 * A token's unit and number word from one lookup in a table made once
 * of the lists above: the unit ('y', 'D', 'm', 'w', 'd', 'h', 'p') in
 * the low byte, the number's value + 1 above it, 0 for neither.  Every
 * token is asked both; the lists one by one (a score of comparisons for
 * most words) were a sixth of the English times' instructions.
 */
static gpointer
word_table_make(gpointer unused)
{
	static const struct {
		const char *const	*words;
		int			 unit;
	} units[] = {
		{ units_y, 'y' }, { units_dec, 'D' }, { units_m, 'm' },
		{ units_w, 'w' }, { units_d, 'd' }, { units_h, 'h' },
		{ day_parts, 'p' }
	};
	GHashTable	*h = g_hash_table_new(g_str_hash, g_str_equal);
	size_t		 u, k;

	(void)unused;
	/* first in the order unit_word asked them: the first list wins */
	for (u = G_N_ELEMENTS(units); u-- > 0; )
		for (k = 0; units[u].words[k] != NULL; k++)
			g_hash_table_insert(h, (gpointer)units[u].words[k],
			    GUINT_TO_POINTER(units[u].unit));
	for (k = 0; number_words[k] != NULL; k++)
		g_hash_table_insert(h, (gpointer)number_words[k],
		    GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(h,
		    number_words[k])) | (guint)(k + 1) << 8));
	if (g_hash_table_lookup(h, "thirty") == NULL)
		g_hash_table_insert(h, (gpointer)"thirty",
		    GUINT_TO_POINTER(31U << 8));
	return h;
}

static guint
word_info(const struct sent *s, guint i)
{
	static GOnce	 once = G_ONCE_INIT;
	GHashTable	*h = g_once(&once, word_table_make, NULL);
	char		 buf[16];
	const char	*w;
	size_t		 n, k;

	w = text_word(s->t, i, &n);
	if (n == 0 || n >= sizeof(buf))
		return 0;
	for (k = 0; k < n; k++)
		buf[k] = (char)text_fold((unsigned char)w[k]);
	buf[n] = '\0';
	return GPOINTER_TO_UINT(g_hash_table_lookup(h, buf));
}

/* Value of the number at token i (digits, at most 3; a word); -1. */
static int	num_value_of(const struct sent *, guint);

static int
num_value(const struct sent *s, guint i)
{
	if (i < s->first || i >= s->end)
		return -1;
	if (s->nums == NULL)
		return num_value_of(s, i);
	if (s->nums[i] == G_MININT)
		s->nums[i] = num_value_of(s, i);
	return s->nums[i];
}

static int
num_value_of(const struct sent *s, guint i)
{
	const char	*w;
	size_t		 n, k;
	int		 v = 0;

	w = text_word(s->t, i, &n);
	if (text_tok(s->t, i)->kind == TEXT_NUMBER) {
		if (n > 3)
			return -1;
		for (k = 0; k < n; k++) {
			if (!g_ascii_isdigit(w[k]))
				return -1;
			v = v * 10 + (w[k] - '0');
		}
		return v;
	}
	return (int)(word_info(s, i) >> 8) - 1;
}

static int	count_word(const struct sent *, guint, int *, guint *);

/* A count before a unit at i: "two", "18", "a", "a few", "several";
 * *n its value (0: vague), *next the token after.  Also "more than".
 * p_later asks at every token: the answer is kept. */
static int
count_at(const struct sent *s, guint i, int *n, guint *next)
{
	struct time_count *k;
	guint	j;

	if (s->counts == NULL || i < s->first || i >= s->end)
		return count_word(s, i, n, next);
	k = &s->counts[i];
	if (k->next == 0) {
		if (count_word(s, i, &k->n, &j))
			k->next = (guint8)(j - i);
		else {
			k->n = -1;
			k->next = 1;
		}
	}
	if (k->n < 0)
		return 0;
	*n = k->n;
	*next = i + k->next;
	return 1;
}

static int
count_word(const struct sent *s, guint i, int *n, guint *next)
{
	if (in(s, i, hedges))
		i++;
	else if ((is(s, i, "more") || is(s, i, "less")) && is(s, i + 1, "than"))
		i += 2;
	if ((is(s, i, "a") || is(s, i, "an")) && (is(s, i + 1, "few") ||
	    is(s, i + 1, "couple"))) {
		*n = 0;
		*next = i + 2 + is(s, i + 2, "of");
		return 1;
	}
	if (is(s, i, "a") || is(s, i, "an") || is(s, i, "one")) {
		*n = 1;
		*next = i + 1;
		return 1;
	}
	if (is(s, i, "several") || is(s, i, "few") || is(s, i, "some")) {
		*n = 0;
		*next = i + 1;
		return 1;
	}
	if ((*n = num_value(s, i)) > 0) {
		*next = i + 1;
		return 1;
	}
	return 0;
}

/* 'y', 'D', 'm', 'w', 'd', 'h' (hours, minutes), 'p' (part of a day),
 * or 0. */
static int	unit_word(const struct sent *, guint);

static int
unit_of(const struct sent *s, guint i)
{
	if (i < s->first || i >= s->end)
		return 0;
	if (s->units == NULL)
		return unit_word(s, i);
	if (s->units[i] < 0)
		s->units[i] = (gint8)unit_word(s, i);
	return s->units[i];
}

static int
unit_word(const struct sent *s, guint i)
{
	if (i < s->first || i >= s->end)
		return 0;
	return (int)(word_info(s, i) & 0xFF);
}

/* A month name at i: 1..12, else 0. */
static int
month_of(const struct sent *s, guint i)
{
	size_t	n;
	int	k;

	/* capitalised: "may" is a verb */
	if (i < s->first || i >= s->end ||
	    !g_ascii_isupper(*text_word(s->t, i, &n)))
		return 0;
	for (k = 0; months[k] != NULL; k++)
		if (is(s, i, months[k]))
			return k + 1;
	return 0;
}

/* A month name in tokens [a, b): its number, else 0. */
int
time_month_at(const struct sent *s, guint a, guint b)
{
	static const char *const abbr[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
		"sep", "oct", "nov", "dec", NULL
	};
	int	m;

	for (; a < b; a++) {
		if ((m = month_of(s, a)) > 0)
			return m;
		if (is(s, a, "sept"))
			return 9;
		for (m = 0; abbr[m] != NULL; m++)
			if (is(s, a, abbr[m]) && is(s, a + 1, "."))
				return m + 1;
	}
	return 0;
}

/* A four-digit year value 1000..2199 at i, else 0. */
int
time_year_of(const struct sent *s, guint i)
{
	const char	*w;
	size_t		 n;
	int		 v;

	if (kind(s, i) != TEXT_NUMBER)
		return 0;
	w = text_word(s->t, i, &n);
	if (n != 4 || !g_ascii_isdigit(w[0]) || !g_ascii_isdigit(w[1]) ||
	    !g_ascii_isdigit(w[2]) || !g_ascii_isdigit(w[3]))
		return 0;
	v = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 +
	    (w[3] - '0');
	return v >= 1000 && v <= 2199 ? v : 0;
}

/* Tokens i and i + 1 touch (no space between). */
static int
tight(const struct sent *s, guint i)
{
	return i + 1 < s->end && text_tok(s->t, i)->tend ==
	    text_tok(s->t, i + 1)->tstart;
}

/* --- patterns on the layer's tokens --------------------------------- */
/* Each looks at a few tokens from i; returns the token after the
 * expression, 0 if none. */

/* "every year", "each March", "every other week", "every Monday". */
static guint
p_generic(const struct sent *s, guint i, struct cand *c)
{
	guint	j = i + 1;
	int	n;

	if (!is(s, i, "every") && !is(s, i, "each"))
		return 0;
	if (is(s, s->first < i ? i - 1 : i, "of") && i > s->first)
		return 0;		/* "each of" */
	if (is(s, j, "other"))
		j++;
	else if ((n = num_value(s, j)) > 0)
		j++;
	if (unit_of(s, j) == 0 && month_of(s, j) == 0 &&
	    !in(s, j, weekdays) && !in(s, j, seasons))
		return 0;
	c->kind = C_GENERIC;
	return j + 1;
}

/* "aged 71", "the 71-year-old", "71 years old", "at 45," */
static guint
p_age(const struct sent *s, guint i, struct cand *c)
{
	int	n;

	c->kind = C_AGE;
	if (is(s, i, "aged") && num_value(s, i + 1) > 0)
		return i + 2;
	if ((n = num_value(s, i)) > 0 && n < 130) {
		if (is(s, i + 1, "-") && in(s, i + 2, units_y) &&
		    is(s, i + 3, "-") && is(s, i + 4, "old"))
			return i + 5;
		if (in(s, i + 1, units_y) && is(s, i + 2, "old"))
			return i + 3;
	}
	if (is(s, i, "at") && kind(s, i + 1) == TEXT_NUMBER &&
	    (n = num_value(s, i + 1)) >= 15 && n < 120 &&
	    (i + 2 >= s->end || is(s, i + 2, ",") || is(s, i + 2, ".") ||
	    is(s, i + 2, ";") || is(s, i + 2, ")")))
		return i + 2;
	return 0;
}

/* "the 1990s", "the early 1990s", "1990's", "the 19th century". */
static guint
p_decade(const struct sent *s, guint i, struct cand *c)
{
	static const char *const parts[] = { "early", "mid", "late", NULL };
	const char	*w;
	size_t		 n;
	guint		 j = i;
	int		 y;

	if (is(s, j, "the"))
		j++;
	if (in(s, j, parts)) {
		c->e.qualifier = is(s, j, "early") ? "early" :
		    is(s, j, "mid") ? "mid" : "late";
		j++;
		if (is(s, j, "-"))
			j++;
	}
	if (j >= s->end)
		return 0;
	w = text_word(s->t, j, &n);
	if (n == 5 && w[4] == 's' && g_ascii_isdigit(w[0]) &&
	    g_ascii_isdigit(w[1]) && g_ascii_isdigit(w[2]) && w[3] == '0') {
		c->e.year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 +
		    (w[2] - '0') * 10;
		j++;
	} else if ((y = time_year_of(s, j)) > 0 && y % 10 == 0 &&
	    tight(s, j) && (is(s, j + 1, "'") ||
	    is(s, j + 1, "\xe2\x80\x99")) && tight(s, j + 1) &&
	    is(s, j + 2, "s")) {
		c->e.year = y;
		j += 3;
	} else if (n == 4 && g_ascii_isdigit(w[0]) && g_ascii_isdigit(w[1]) &&
	    (is(s, j + 1, "century") || is(s, j + 1, "centuries")) &&
	    w[2] == 't' && w[3] == 'h') {
		/* "19th": the years 1801 to 1900 */
		c->e.year = ((w[0] - '0') * 10 + (w[1] - '0') - 1) * 100 + 1;
		c->e.qualifier = c->e.qualifier != NULL ? c->e.qualifier :
		    "century";
		j += 2;
	} else
		return 0;
	c->kind = C_DECADE;
	c->e.precision = EV_YEAR;
	if (c->e.qualifier == NULL)
		c->e.qualifier = "decade";
	return j;
}

/* "for 18 months", "for years", "over the past decade", "in the past
 * two years", "a 44-day war". */
static guint
p_duration(const struct sent *s, guint i, struct cand *c)
{
	guint	j = i + 1;
	int	n, u;

	c->kind = C_DURATION;
	if ((is(s, i, "for") || is(s, i, "over") || is(s, i, "in") ||
	    is(s, i, "during") || is(s, i, "throughout")) &&
	    is(s, j, "the") && (is(s, j + 1, "past") || is(s, j + 1, "last") ||
	    is(s, j + 1, "previous"))) {
		j += 2;
		if (count_at(s, j, &n, &j) && is(s, j, "few"))
			j++;
		return unit_of(s, j) != 0 && unit_of(s, j) != 'p' ? j + 1 : 0;
	}
	if (is(s, i, "for")) {
		if (count_at(s, j, &n, &j) && (u = unit_of(s, j)) != 0 &&
		    u != 'p' && !is(s, j + 1, "ago") && !is(s, j + 1, "later"))
			return j + 1;
		j = i + 1;
		if ((is(s, j, "years") || is(s, j, "decades") ||
		    is(s, j, "months") || is(s, j, "weeks")))
			return j + 1;
		return 0;
	}
	/* "44-day", "three-year" before a noun */
	if (num_value(s, i) > 0 && is(s, i + 1, "-") && tight(s, i) &&
	    (u = unit_of(s, i + 2)) != 0 && u != 'p' && !is(s, i + 3, "-") &&
	    kind(s, i + 3) == TEXT_WORD && !is(s, i + 3, "old"))
		return i + 3;
	return 0;
}

/* "2020-23", "2020-2023" (hyphenated: extract_date reads en dashes). */
static guint
p_range(const struct sent *s, guint i, struct cand *c)
{
	const char	*w;
	size_t		 n;
	int		 y, z;

	if ((y = time_year_of(s, i)) == 0 || !is(s, i + 1, "-") ||
	    !tight(s, i) || !tight(s, i + 1) || kind(s, i + 2) != TEXT_NUMBER ||
	    kind(s, i + 3) == TEXT_NUMBER)
		return 0;
	if (i > s->first && (kind(s, i - 1) == TEXT_NUMBER ||
	    is(s, i - 1, "-")) && tight(s, i - 1))
		return 0;		/* a code, a phone number */
	if (is(s, i + 3, "-") && tight(s, i + 2))
		return 0;		/* "2020-06-01" */
	w = text_word(s->t, i + 2, &n);
	if (n == 2)
		z = y / 100 * 100 + (w[0] - '0') * 10 + (w[1] - '0');
	else if ((z = time_year_of(s, i + 2)) == 0)
		return 0;
	if (z <= y || z - y > 99)
		return 0;
	c->kind = C_RANGE;
	c->e.year = y;
	c->e.precision = EV_YEAR;
	c->e.flags = DATE_EXPLICIT_YEAR;
	c->end_year = z;
	c->end_prec = EV_YEAR;
	return i + 3;
}

/* The token after "the day before" when nothing follows that would be
 * what it is before ("the day before the vote"). */
static int
free_after(const struct sent *s, guint j)
{
	const char	*w;
	size_t		 n;

	if (j >= s->end || kind(s, j) == TEXT_PUNCT)
		return 1;
	if (is(s, j, "the") || is(s, j, "a") || is(s, j, "an") ||
	    is(s, j, "his") || is(s, j, "her") || is(s, j, "its") ||
	    is(s, j, "their") || kind(s, j) == TEXT_NUMBER)
		return 0;
	w = text_word(s->t, j, &n);
	return !g_ascii_isupper(w[0]) || is(s, j, "I");
}

/* "the vote", "the summit" at token j: the noun's token, else 0. */
static guint
act_noun(const struct sent *s, guint j)
{
	const char	*w;
	size_t		 n;

	if (!is(s, j, "the") || kind(s, j + 1) != TEXT_WORD)
		return 0;
	w = text_word(s->t, j + 1, &n);
	return g_ascii_islower(w[0]) && n > 2 && time_year_of(s, j + 2) ==
	    0 && kind(s, j + 2) != TEXT_NUMBER ? j + 1 : 0;
}

static guint
chain_unit(struct cand *c, int u, int n, guint next)
{
	c->kind = C_CHAIN;
	if (u == 'p' || u == 'h') {
		/* "the next morning": a day; "hours later": the day */
		c->ch = n == 0 || u == 'h' ? CH_SAME : CH_SHIFT;
		c->cap = EV_DAY;
		c->unit = 'd';
	} else {
		c->ch = CH_SHIFT;
		c->unit = u;
	}
	c->n = n;
	return next;
}

/* "that day", "later that month", "that November", "the same day". */
static guint
p_that(const struct sent *s, guint i, struct cand *c)
{
	guint	j = i;
	int	u, m;

	if (is(s, j, "later") || is(s, j, "earlier"))
		j++;
	if (is(s, j, "that") && (is(s, j + 1, "same") ||
	    is(s, j + 1, "very")))
		j += 2;		/* "that very morning" */
	else if (is(s, j, "the") && is(s, j + 1, "same"))
		j += 2;
	else if (is(s, j, "that"))
		j++;
	else
		return 0;
	c->kind = C_CHAIN;
	if ((m = month_of(s, j)) > 0 && kind(s, j + 1) != TEXT_NUMBER) {
		c->ch = CH_MONTH;
		c->month = m;
		return j + 1;
	}
	if ((u = unit_of(s, j)) == 0 || u == 'h' || u == 'D')
		return 0;
	/* "that year's", "that day's" stay: the phrase dates its noun */
	c->ch = CH_SAME;
	c->cap = u == 'y' ? EV_YEAR : u == 'm' ? EV_MONTH :
	    u == 'w' ? EV_DAY : EV_DAY;
	if (u == 'w')
		c->e.qualifier = "week of";
	return j + 1;
}

/* "the following year", "the next day", "the previous evening", "the
 * day before". */
static guint
p_the(const struct sent *s, guint i, struct cand *c)
{
	int	u, dir;

	if (!is(s, i, "the"))
		return 0;
	if (is(s, i + 1, "following") || is(s, i + 1, "next") ||
	    is(s, i + 1, "subsequent"))
		dir = 1;
	else if (is(s, i + 1, "previous") || is(s, i + 1, "preceding") ||
	    is(s, i + 1, "prior"))
		dir = -1;
	else if ((u = unit_of(s, i + 1)) != 0 && u != 'h' && u != 'D' &&
	    (is(s, i + 2, "before") || is(s, i + 2, "after") ||
	    is(s, i + 2, "earlier") || is(s, i + 2, "later")) &&
	    free_after(s, i + 3))
		return chain_unit(c, u, is(s, i + 2, "before") ||
		    is(s, i + 2, "earlier") ? -1 : 1, i + 3);
	else if ((u = unit_of(s, i + 1)) == 'd' && (is(s, i + 2, "before") ||
	    is(s, i + 2, "after")) && (c->noun = act_noun(s, i + 3)) > 0)
		/* "the day after the vote": from the vote's day */
		return chain_unit(c, u, is(s, i + 2, "before") ? -1 : 1,
		    i + 3);
	else
		return 0;
	if ((u = unit_of(s, i + 2)) == 0 || u == 'h' || u == 'D')
		return 0;
	if (is(s, i + 3, "'") || is(s, i + 3, "\xe2\x80\x99") ||
	    in(s, i + 2, units_y + 1))
		return 0;		/* "the next year's", "the next days" */
	return chain_unit(c, u, dir, i + 3);
}

/* Token i looks like a verb's participle: "collapsed", "fallen". */
static int
participle(const struct sent *s, guint i)
{
	const char	*w;
	size_t		 n;

	if (kind(s, i) != TEXT_WORD)
		return 0;
	w = text_word(s->t, i, &n);
	return n >= 4 && ((w[n - 2] == 'e' && w[n - 1] == 'd') ||
	    (w[n - 2] == 'e' && w[n - 1] == 'n'));
}

/*
 * The finite clause in the past that "after" or "before" at token m
 * opens ("a day after the talks had been scheduled to close", "17 days
 * after gunmen killed 130 people"), or -1: an act told in passing
 * ("after the Madrid talks" may pass for a clause in the present).
 * Clauses are in text order: the first starting at m or later is found
 * by bisection, and the few around it are tried.
 */
int
time_after_clause(const struct sent *s, guint m)
{
	const struct text_clause *cl;
	guint	 lo, hi, mid, k, n = s->se->nclauses, f = s->se->first_clause;

	if ((!is(s, m, "after") && !is(s, m, "before")) || n == 0 ||
	    f + n > s->t->clauses->len)
		return -1;
	lo = 0;
	hi = n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_clause(s->t, f + mid)->first_token < m)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo > 2 ? lo - 2 : 0; k < n && k < lo + 3; k++) {
		cl = text_clause(s->t, f + k);
		if (cl->mark == (int)m && cl->kind != TC_NONFINITE &&
		    cl->verb_n > 0 && cl->head >= 0 && cl->tense == TT_PAST &&
		    cl->subj_n > 0)
			return (int)(f + k);
	}
	return -1;
}

/* "two days later", "a decade later", "hours later", "three years
 * after", "within hours", "within days". */
static guint
p_later(const struct sent *s, guint i, struct cand *c)
{
	static const char *const lasting[] = {
		"lasted", "last", "lasts", "lasting", "took", "take", "takes",
		"taking", "spent", "spend", "spends", "spending", "waited",
		NULL
	};
	guint	j;
	int	n = -1, u, sign;

	if (is(s, i, "within")) {
		j = i + 1;
		if (!count_at(s, j, &n, &j))
			n = -1;
		if ((u = unit_of(s, j)) == 0 || u == 'p')
			return 0;
		/* "collapsed within hours", "would have fallen within
		 * days": how long, not when ("cleared the camps within
		 * days" is when) */
		if (i > s->first && participle(s, i - 1)) {
			c->kind = C_DURATION;
			return j + 1;
		}
		c->kind = C_CHAIN;
		c->ch = CH_SAME;
		c->n = n;		/* a deadline to come: text_time.c */
		c->unit = u;
		c->cap = u == 'h' ? EV_DAY : u == 'd' || u == 'w' ?
		    EV_MONTH : EV_YEAR;
		if (u == 'y' || u == 'D')
			c->ch = CH_NONE;
		return j + 1;
	}
	if (!count_at(s, i, &n, &j)) {
		n = -1;
		j = i;
	}
	if ((u = unit_of(s, j)) == 0 || u == 'p')
		return 0;
	if (is(s, j + 1, "later") || is(s, j + 1, "afterwards") ||
	    is(s, j + 1, "afterward") || is(s, j + 1, "after"))
		sign = 1;
	else if (is(s, j + 1, "earlier") || is(s, j + 1, "before") ||
	    is(s, j + 1, "previously"))
		sign = -1;
	else
		return 0;
	/* "the encounter lasted barely three minutes before he walked
	 * out", "took two years after the war": how long, not when */
	if (i > s->first && in(s, i - 1, lasting)) {
		c->kind = C_DURATION;
		return j + 1;
	}
	/* "after"/"before" with what follows: extract_date's measure if
	 * a date, else a chain on the time before */
	c->prio = is(s, j + 1, "after") || is(s, j + 1, "before") ? 0 : 2;
	if ((is(s, j + 1, "after") || is(s, j + 1, "before")) &&
	    !free_after(s, j + 2) && !is(s, j + 2, "the") &&
	    time_after_clause(s, j + 1) < 0)
		return 0;		/* "two days after Christmas" */
	c->kind = C_CHAIN;
	/* "two days after the vote": counted from the vote */
	if ((is(s, j + 1, "after") || is(s, j + 1, "before")) &&
	    time_after_clause(s, j + 1) < 0)
		c->noun = act_noun(s, j + 2);
	if (u == 'h') {
		c->ch = CH_SAME;
		c->cap = EV_DAY;
	} else if (n <= 0) {
		/* "days later": within the month; "years later": ? */
		c->ch = u == 'y' || u == 'D' ? CH_NONE : CH_SAME;
		c->cap = u == 'm' ? EV_YEAR : EV_MONTH;
	} else {
		c->ch = CH_SHIFT;
		c->unit = u;
		c->n = sign * n;
	}
	return j + 2;
}

/* "shortly after dawn", "at dusk", "by midday", "by late morning":
 * the day of the time before.  Not with a date of its own ("at dawn
 * on Friday": the date's), nor "through the night" (a scene). */
static guint
p_dawn(const struct sent *s, guint i, struct cand *c)
{
	static const char *const light[] = {
		"dawn", "daybreak", "sunrise", "dusk", "nightfall",
		"sunset", "midday", "noon", "midmorning", "lunchtime",
		NULL
	};
	static const char *const preps[] = {
		"after", "before", "at", "by", "until", "till", NULL
	};
	guint	j = i, k;

	if (is(s, j, "shortly") || is(s, j, "just") || is(s, j, "soon") ||
	    is(s, j, "long") || is(s, j, "well"))
		j++;
	if (!in(s, j, preps))
		return 0;
	/* "by late morning", "by the evening", "By evening": a part of
	 * the day reached, as "by nightfall" (not "at night", a habit) */
	k = j + 1;
	if (!is(s, j, "at") && (is(s, k, "the") || is(s, k, "late") ||
	    is(s, k, "early") || is(s, k, "mid")) && in(s, k + 1, day_parts))
		k++;
	if (!in(s, k, light) && (is(s, j, "at") || !in(s, k, day_parts)))
		return 0;
	if (is(s, k + 1, "on") || is(s, k + 1, "of") || is(s, k + 1, "'") ||
	    is(s, k + 1, "\xe2\x80\x99") || kind(s, k + 1) == TEXT_NUMBER)
		return 0;
	j = k - 1;
	c->kind = C_CHAIN;
	c->ch = CH_SAME;
	c->cap = EV_DAY;
	return j + 2;
}

/* "today", "tonight", "this morning", "this evening": the day of the
 * telling.  Not "until today", "the Europe of today" (a span, a
 * time compared). */
static guint
p_today(const struct sent *s, guint i, struct cand *c)
{
	static const char *const before[] = {
		"until", "till", "to", "of", "since", NULL
	};
	guint	j;

	if (is(s, i, "today") || is(s, i, "tonight"))
		j = i + 1;
	else if (is(s, i, "this") && in(s, i + 1, day_parts) &&
	    !is(s, i + 1, "night"))
		j = i + 2;
	else
		return 0;
	if (i > s->first && in(s, i - 1, before))
		return 0;
	c->kind = C_TODAY;
	return j;
}

/* A year alone in a cell of a table row: "| 2019 |". */
static guint
p_cell(const struct sent *s, guint i, struct cand *c)
{
	if (!s->table || time_year_of(s, i) == 0 ||
	    (i > s->first && !is(s, i - 1, "|")) ||
	    (i + 1 < s->end && !is(s, i + 1, "|")))
		return 0;
	c->kind = C_DATE;
	c->e.year = time_year_of(s, i);
	c->e.precision = EV_YEAR;
	c->e.flags = DATE_EXPLICIT_YEAR;
	return i + 1;
}

/* Verbs that give a figure, not an event. */
static const char *const measure_verbs[] = {
	"was", "were", "is", "are", "rose", "fell", "grew", "reached",
	"stood", "totalled", "totaled", "peaked", "increased", "decreased",
	"declined", "dropped", "climbed", "jumped", "doubled", "shrank",
	"contracted", "expanded", "averaged", "amounted", "slowed", "rise",
	"fall", "grow", "reach", "stand", "total", "soared", "plunged",
	"slumped", "tripled", "halved", NULL
};
/* Words between a measure verb and its figure. */
static const char *const measure_glue[] = {
	"to", "at", "by", "up", "down", "about", "around", "nearly",
	"almost", "some", "over", "under", "just", "roughly", "a", "an",
	"more", "less", "than", "only", "record", NULL
};

/* --- what a time is ----------------------------------------------- */

/* The figure of a measure verb at k: a number within a few words. */
static int
figure_after(const struct sent *s, guint k, guint a, guint b)
{
	guint	 j;
	const char *w;
	size_t	 n;

	for (j = k + 1; j < k + 6 && j < s->end; j++) {
		if (j >= a && j < b)
			return 0;
		if (kind(s, j) == TEXT_NUMBER)
			return time_year_of(s, j) == 0 || is(s, j + 1, "%");
		w = text_word(s->t, j, &n);
		if (kind(s, j) == TEXT_WORD && g_ascii_isdigit(w[0]))
			return 1;	/* "4bn" */
		if (kind(s, j) == TEXT_WORD && !in(s, j, measure_glue))
			return 0;
	}
	return 0;
}

/* A figure by year: a measure verb with its figure near the time, "in
 * 2021 prices", "compared with", a target "by 2030 ... 95%", a sum over
 * a range ("paid 86bn roubles between May 2022 and May 2023"). */
int
time_statistic(const struct sent *s, guint a, guint b, int clause,
    int range)
{
	const char *w;
	size_t	 n;
	const struct text_clause *cl;
	guint	 lo = a > s->first + 12 ? a - 12 : s->first;
	guint	 hi = MIN(s->end, b + 12), k;
	int	 pct = 0;

	if (clause >= 0) {
		cl = text_clause(s->t, (guint)clause);
		lo = MAX(lo, cl->first_token);
		hi = MIN(hi, cl->first_token + cl->ntokens);
	}
	if (is(s, b, "prices") || is(s, b, "terms") || is(s, b, "dollars"))
		return 1;
	for (k = lo; k < hi; k++) {
		if (k >= a && k < b)
			continue;
		/* "Abiy, who is 44 and won the prize two years ago":
		 * an age, not a figure */
		if (in(s, k, measure_verbs) && !(is(s, k - 1, "who") &&
		    k > s->first) && figure_after(s, k, a, b))
			return 1;
		if (is(s, k, "compared") && (is(s, k + 1, "with") ||
		    is(s, k + 1, "to")))
			return 1;
		if (is(s, k, "%") || is(s, k, "percent") || is(s, k, "$") ||
		    is(s, k, "\xc2\xa3") || is(s, k, "\xe2\x82\xac"))
			pct = 1;
		w = text_word(s->t, k, &n);
		if (range && (is(s, k, "million") || is(s, k, "billion") ||
		    (kind(s, k) == TEXT_WORD && g_ascii_isdigit(w[0]))))
			pct = 1;	/* "86bn", "2 million" */
	}
	return pct && (is(s, a, "by") || range);
}

/* How long, not when: "for most of 2020 and 2021", "throughout
 * 2019", the years (and "and", "or", ",") before b's last token
 * skipped. */
int
time_span_of(const struct sent *s, guint b)
{
	guint	k = b - 1, lo = b > s->first + 12 ? b - 12 : s->first;

	while (k > lo && (time_year_of(s, k - 1) > 0 || is(s, k - 1, "and") ||
	    is(s, k - 1, "or") || is(s, k - 1, ",")))
		k--;
	if (k <= lo)
		return 0;
	if (is(s, k - 1, "throughout"))
		return 1;
	return k >= lo + 3 && is(s, k - 1, "of") && (is(s, k - 2, "most") ||
	    is(s, k - 2, "much") || is(s, k - 2, "all") ||
	    is(s, k - 2, "part") || is(s, k - 2, "half")) &&
	    (is(s, k - 3, "for") || is(s, k - 3, "during") ||
	    is(s, k - 3, "throughout") || is(s, k - 3, "over"));
}

/* A span a count measures: "some 15 of the 21 years between 1989 and
 * 2010", "the decade from 2000 to 2010": a unit of time just before a
 * range. */
int
time_span_before(const struct sent *s, guint a)
{
	return a > s->first && (in(s, a - 1, units_y) ||
	    in(s, a - 1, units_dec) || in(s, a - 1, units_m) ||
	    in(s, a - 1, units_w) || in(s, a - 1, units_d));
}

/* A state still holding: "has ruled since 1994". */
int
time_since_state(const struct sent *s, guint a, int clause)
{
	guint	k, lo = a > s->first + 12 ? a - 12 : s->first;

	if (!is(s, a, "since"))
		return 0;
	if (clause >= 0 && text_clause(s->t, (guint)clause)->tense ==
	    TT_PRESENT)
		return 1;
	for (k = lo; k < a; k++)
		if (is(s, k, "has") || is(s, k, "have") || is(s, k, "had"))
			return 1;
	return 0;
}

/*
 * A year named as the thing compared or recalled, not as the time of
 * the clause: "compared the revolt to the chaos of 1917", "the worst
 * since the crash of 2008", "reminiscent of the purges of 1937", "the
 * Union survived, but not on the terms of 2012".
 */
int
time_reference(const struct sent *s, guint a, guint b)
{
	static const char *const cues[] = {
		"compared", "comparing", "compare", "compares", "likened",
		"likening", "liken", "like", "than", "recalling", "recalled",
		"recall", "recalls", "reminiscent", "echoing", "echoed",
		"echoes", "evoking", "evoked", "since", "unlike", "as",
		"not", NULL
	};
	guint	k;
	size_t	n;

	/* "of 1917" after "the <noun>" */
	if (b != a + 2 || !is(s, a, "of") || time_year_of(s, a + 1) == 0 ||
	    a < s->first + 2 || kind(s, a - 1) != TEXT_WORD ||
	    !is(s, a - 2, "the") ||
	    g_ascii_isupper(*text_word(s->t, a - 1, &n)))
		return 0;
	for (k = a - 2; k > s->first && k + 8 > a; k--)
		if (in(s, k - 1, cues))
			return 1;
	return 0;
}

/* A date line: a sentence that is only a date, "VIENNA, July 14
 * (Wire) -" at the start of an early block, or a by-line. */
int
time_dateline(const struct sent *s, guint a, guint b)
{
	guint	k;
	const char *w;
	size_t	n;

	if (s->end - s->first <= 12) {
		for (k = s->first; k < s->end; k++)
			if ((k < a || k >= b) && (kind(s, k) == TEXT_WORD ||
			    kind(s, k) == TEXT_NUMBER))
				break;
		if (k == s->end)
			return 1;
	}
	/* "By Staff Reporter", not "By Monday, the army said" */
	if (is(s, s->first, "by") && a > s->first &&
	    kind(s, s->first + 1) == TEXT_WORD &&
	    g_ascii_isupper(*text_word(s->t, s->first + 1, &n)))
		return 1;
	if (is(s, s->first, "published") || is(s, s->first, "updated") ||
	    is(s, s->first, "posted"))
		return 1;
	if (s->se->block > 3 || a > s->first + 8 || a < s->first + 2 ||
	    !is(s, a - 1, ","))
		return 0;
	for (k = s->first; k + 1 < a; k++) {
		w = text_word(s->t, k, &n);
		if (kind(s, k) != TEXT_PUNCT && !g_ascii_isupper(w[0]))
			return 0;
	}
	return b >= s->end || is(s, b, "(") || is(s, b, "-") ||
	    is(s, b, "\xe2\x80\x94") || is(s, b, "\xe2\x80\x93");
}

/* The patterns at token i: the longest match, or 0 (text_time_int.h). */
guint
time_pattern(const struct sent *s, guint i, struct cand *c)
{
	static guint (*const fns[])(const struct sent *, guint,
	    struct cand *) = {
		p_generic, p_age, p_decade, p_range, p_duration, p_that,
		p_the, p_later, p_dawn, p_cell, p_today
	};
	size_t	k;
	guint	j;

	for (k = 0; k < G_N_ELEMENTS(fns); k++) {
		memset(c, 0, sizeof(*c));
		c->e.anchor = -1;
		c->eidx = -1;
		c->prio = 2;
		c->a = i;
		if ((j = fns[k](s, i, c)) > i) {
			c->b = j;
			return j;
		}
	}
	return 0;
}
