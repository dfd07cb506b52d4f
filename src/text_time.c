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

#include "extract_date.h"
#include "text_int.h"

/* What a candidate is. */
enum cand_kind {
	C_DATE,			/* extract_date's: e */
	C_CHAIN,		/* on the time before: ch_* */
	C_DURATION,
	C_AGE,
	C_DECADE,		/* e.year the first year, e.qualifier */
	C_GENERIC,
	C_RANGE			/* "2020-23": e, end_year */
};

/* How a chain moves from its anchor. */
enum chain_kind {
	CH_SHIFT,		/* n units */
	CH_SAME,		/* the anchor's date, at most precision cap */
	CH_MONTH,		/* month in the anchor's year */
	CH_NONE			/* too vague ("years later"): unresolved */
};

/* A candidate expression: tokens [a, b) of the text. */
struct cand {
	guint		 a, b;
	enum cand_kind	 kind;
	int		 prio;		/* wins an overlap: higher */
	struct date_expr e;
	int		 eidx;		/* index in extract_date's out, -1 */
	int		 dead;		/* joined into the range before */
	int		 end_year, end_month, end_day;	/* C_RANGE */
	enum ev_precision end_prec;
	enum chain_kind	 ch;
	int		 n, unit;	/* CH_SHIFT: 'y' 'D' 'm' 'w' 'd' */
	enum ev_precision cap;		/* CH_SAME */
	int		 month;		/* CH_MONTH */
};

/* The sentence being read. */
struct sent {
	struct text	*t;
	const struct text_sentence *se;
	guint		 first, end;	/* its tokens [first, end) */
	int		 table;		/* a table row: two '|' or more */
};

/* What carries from sentence to sentence. */
struct state {
	struct date_ctx	 ctx;
	guint		 block;
	int		 started;
	int		 last_cur;	/* last point in time of the block */
	int		 last_prev;	/* ... of the block before, -1 */
	int		 recent[4];	/* the block's last points, newest
					 * first, -1 */
};

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
static const char *const range_words[] = {
	"to", "and", "until", "till", "through", "-", "\xe2\x80\x93", NULL
};
static const char *const future_cues[] = {
	"will", "shall", "due", "scheduled", "deadline", "expires",
	"expire", "upcoming", "forthcoming", "must", NULL
};

/* --- tokens ------------------------------------------------------- */

static int
is(const struct sent *s, guint i, const char *w)
{
	return i >= s->first && i < s->end && text_is(s->t, i, w);
}

static int
in(const struct sent *s, guint i, const char *const *l)
{
	return i >= s->first && i < s->end && text_in(s->t, i, l);
}

static enum text_kind
kind(const struct sent *s, guint i)
{
	return i >= s->first && i < s->end ? text_tok(s->t, i)->kind :
	    TEXT_PUNCT;
}

/* Value of the number at token i (digits, at most 3; a word); -1. */
static int
num_value(const struct sent *s, guint i)
{
	const char	*w;
	size_t		 n, k;
	int		 v = 0;

	if (i < s->first || i >= s->end)
		return -1;
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
	for (k = 0; number_words[k] != NULL; k++)
		if (text_is(s->t, i, number_words[k]))
			return (int)k;
	if (is(s, i, "thirty"))
		return 30;
	return -1;
}

/* A count before a unit at i: "two", "18", "a", "a few", "several";
 * *n its value (0: vague), *next the token after.  Also "more than". */
static int
count_at(const struct sent *s, guint i, int *n, guint *next)
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
static int
unit_of(const struct sent *s, guint i)
{
	if (in(s, i, units_y))
		return 'y';
	if (in(s, i, units_dec))
		return 'D';
	if (in(s, i, units_m))
		return 'm';
	if (in(s, i, units_w))
		return 'w';
	if (in(s, i, units_d))
		return 'd';
	if (in(s, i, units_h))
		return 'h';
	if (in(s, i, day_parts))
		return 'p';
	return 0;
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

/* A four-digit year value 1000..2199 at i, else 0. */
static int
year_of(const struct sent *s, guint i)
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
	} else if ((y = year_of(s, j)) > 0 && y % 10 == 0 && tight(s, j) &&
	    (is(s, j + 1, "'") || is(s, j + 1, "\xe2\x80\x99")) &&
	    tight(s, j + 1) && is(s, j + 2, "s")) {
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

	if ((y = year_of(s, i)) == 0 || !is(s, i + 1, "-") || !tight(s, i) ||
	    !tight(s, i + 1) || kind(s, i + 2) != TEXT_NUMBER ||
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
	else if ((z = year_of(s, i + 2)) == 0)
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
	if (is(s, j, "that") && is(s, j + 1, "same"))
		j += 2;
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

/* "two days later", "a decade later", "hours later", "three years
 * after", "within hours", "within days". */
static guint
p_later(const struct sent *s, guint i, struct cand *c)
{
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
	/* "after"/"before" with what follows: extract_date's measure if
	 * a date, else a chain on the time before */
	c->prio = is(s, j + 1, "after") || is(s, j + 1, "before") ? 0 : 2;
	if ((is(s, j + 1, "after") || is(s, j + 1, "before")) &&
	    !free_after(s, j + 2) && !is(s, j + 2, "the"))
		return 0;
	c->kind = C_CHAIN;
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

/* A year alone in a cell of a table row: "| 2019 |". */
static guint
p_cell(const struct sent *s, guint i, struct cand *c)
{
	if (!s->table || year_of(s, i) == 0 ||
	    (i > s->first && !is(s, i - 1, "|")) ||
	    (i + 1 < s->end && !is(s, i + 1, "|")))
		return 0;
	c->kind = C_DATE;
	c->e.year = year_of(s, i);
	c->e.precision = EV_YEAR;
	c->e.flags = DATE_EXPLICIT_YEAR;
	return i + 1;
}

/* The patterns at token i: the longest match, or 0. */
static guint
own_match(const struct sent *s, guint i, struct cand *c)
{
	static guint (*const fns[])(const struct sent *, guint,
	    struct cand *) = {
		p_generic, p_age, p_decade, p_range, p_duration, p_that,
		p_the, p_later, p_cell
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
	if (cl->tense == TT_FUTURE || cl->modality == TMOD_SCHEDULED ||
	    cl->modality == TMOD_OBLIGATION || future_cue(s, cl, a))
		return 1;
	return cl->tense == TT_PAST ? -1 : 0;
}

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
			return year_of(s, j) == 0 || is(s, j + 1, "%");
		w = text_word(s->t, j, &n);
		if (kind(s, j) == TEXT_WORD && g_ascii_isdigit(w[0]))
			return 1;	/* "4bn" */
		if (kind(s, j) == TEXT_WORD && !in(s, j, measure_glue))
			return 0;
	}
	return 0;
}

/* A figure by year: a measure verb with its figure near the time, "in
 * 2021 prices", "compared with", a target "by 2030 ... 95%". */
static int
statistic(const struct sent *s, guint a, guint b, int clause)
{
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
		if (in(s, k, measure_verbs) && figure_after(s, k, a, b))
			return 1;
		if (is(s, k, "compared") && (is(s, k + 1, "with") ||
		    is(s, k + 1, "to")))
			return 1;
		if (is(s, k, "%") || is(s, k, "percent") || is(s, k, "$") ||
		    is(s, k, "\xc2\xa3") || is(s, k, "\xe2\x82\xac"))
			pct = 1;
	}
	return pct && is(s, a, "by");
}

/* A state still holding: "has ruled since 1994". */
static int
since_state(const struct sent *s, guint a, int clause)
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

/* A date line: a sentence that is only a date, "VIENNA, July 14
 * (Wire) -" at the start of an early block, or a by-line. */
static int
dateline(const struct sent *s, guint a, guint b)
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
	if (is(s, s->first, "by") && kind(s, s->first + 1) == TEXT_WORD &&
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

/* --- chains ------------------------------------------------------- */

static int
set_date(struct text_time *tm, int y, int m, int d, enum ev_precision p)
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

static void
add_months(struct text_time *tm, int y, int m, int d, long delta,
    enum ev_precision p)
{
	long	k = (long)y * 12 + (m - 1) + delta;
	int	dim;

	if (k < 12 || k >= 120000L) {
		set_date(tm, 0, 0, 0, p);
		return;
	}
	y = (int)(k / 12);
	m = (int)(k % 12) + 1;
	if (p == EV_DAY) {
		dim = g_date_get_days_in_month((GDateMonth)m, (GDateYear)y);
		d = MIN(d, dim);
	}
	set_date(tm, y, m, d, p);
}

/* tm, a chain c, from its anchor an. */
static void
resolve_chain(struct text_time *tm, const struct cand *c,
    const struct text_time *an)
{
	enum ev_precision p = an->precision;
	int	y = an->year, m = an->month, d = an->day, n = c->n;
	GDate	g;
	long	j;

	switch (c->ch) {
	case CH_SAME:
		set_date(tm, y, m, d, MAX(p, c->cap));
		break;
	case CH_MONTH:
		set_date(tm, y, c->month, 0, EV_MONTH);
		break;
	case CH_SHIFT:
		switch (c->unit) {
		case 'D':
			set_date(tm, y + 10 * n, 0, 0, EV_YEAR);
			break;
		case 'y':
			set_date(tm, y + n, 0, 0, EV_YEAR);
			break;
		case 'm':
			if (p == EV_YEAR)
				set_date(tm, y + (n + (n > 0 ? 6 : -6)) / 12,
				    0, 0, EV_YEAR);
			else
				add_months(tm, y, m, d, n, EV_MONTH);
			break;
		default:
			if (c->unit == 'w')
				n *= 7;
			if (p == EV_YEAR)
				set_date(tm, y + n / 365, 0, 0, EV_YEAR);
			else if (p == EV_MONTH)
				add_months(tm, y, m, 0, n / 30, EV_MONTH);
			else {
				g_date_clear(&g, 1);
				g_date_set_dmy(&g, (GDateDay)d,
				    (GDateMonth)m, (GDateYear)y);
				j = (long)g_date_get_julian(&g) + n;
				if (j < 1 || j > 3652059L) {
					set_date(tm, 0, 0, 0, EV_DAY);
					break;
				}
				g_date_set_julian(&g, (guint32)j);
				set_date(tm, g_date_get_year(&g),
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

/*
 * Chain c on the most recent point of the block (else of the block
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

	tm->anchor = anchor;
	resolve_chain(tm, c, text_time(s->t, (guint)anchor));
	if (!after_doc(tm, &st->ctx) || st->last_cur < 0)
		return;
	a = text_tok(s->t, c->a)->tstart - s->se->tstart;
	b = text_tok(s->t, c->b - 1)->tend - s->se->tstart;
	if (clause_tense(s, a, b) > 0 || future_before(s, c->a))
		return;
	for (i = 1; i < 4 && st->recent[i] >= 0; i++) {
		try = *tm;
		try.flags &= ~(TIME_RELATIVE | TIME_OUT_OF_RANGE);
		resolve_chain(&try, c, text_time(s->t, (guint)st->recent[i]));
		if (try.year > 0 && !after_doc(&try, &st->ctx)) {
			try.anchor = st->recent[i];
			*tm = try;
			return;
		}
	}
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
		if ((j = own_match(s, i, &c)) > i) {
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
	case C_CHAIN:
		tm->flags |= TIME_CHAINED;
		anchor = st->last_cur >= 0 ? st->last_cur : st->last_prev;
		if (anchor < 0) {
			tm->flags |= TIME_UNRESOLVED;
			tm->precision = c->cap;
			break;
		}
		tm->qualifier = c->e.qualifier;
		chain_anchor(s, st, c, tm, anchor);
		break;
	default:
		break;
	}
	if (c->kind == C_DATE || c->kind == C_RANGE) {
		if (since_state(s, c->a, tm->clause))
			tm->flags |= TIME_DURATION;
		else if (statistic(s, c->a, c->b, tm->clause))
			tm->flags |= TIME_STATISTIC;
		for (k = c->a > s->first + 3 ? c->a - 3 : s->first; k < c->a;
		    k++)
			if (is(s, k, "every") || is(s, k, "each"))
				tm->flags |= TIME_GENERIC;
		if (dateline(s, c->a, c->b))
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
		if (is_point(&tm)) {
			st->last_cur = (int)s->t->times->len - 1;
			memmove(st->recent + 1, st->recent,
			    3 * sizeof(st->recent[0]));
			st->recent[0] = st->last_cur;
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
	st.last_cur = st.last_prev = -1;
	for (i = 0; i < t->sentences->len; i++) {
		s.t = t;
		s.se = text_sent(t, i);
		s.first = s.se->first_token;
		s.end = s.se->first_token + s.se->ntokens;
		if (!st.started || s.se->block != st.block) {
			if (st.started)
				st.last_prev = st.last_cur;
			st.last_cur = -1;
			st.recent[0] = st.recent[1] = st.recent[2] =
			    st.recent[3] = -1;
			st.ctx.ctx_year = 0;
			st.block = s.se->block;
			st.started = 1;
		}
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
