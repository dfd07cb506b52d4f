/* SPDX-License-Identifier: MIT */
/*
 * The words of the date finder: its lists and lexicon, the tokenizer,
 * the facts read on a few tokens (a month, a count, a clean year) and
 * the tense of a clause, by the verbs and cues around it.
 */
#include <string.h>

#include <glib.h>

#include "extract_date_int.h"

static const char *const month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};
static const char *const month_abbr[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};
static const int abbr_month[] = { 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12 };
static const char *const weekday_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", NULL
};
static const char *const tens_words[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", NULL
};
/* Words after a number that make it a count, not a year. */
static const char *const units[] = {
	"year", "years", "month", "months", "day", "days", "week", "weeks",
	"hours", "minutes", "people", "persons", "troops", "soldiers", "men",
	"women", "children", "residents", "civilians", "shells", "rounds",
	"missiles", "rockets", "tanks", "drones", "units", "km", "kilometres",
	"kilometers", "miles", "metres", "meters", "feet", "kg", "tons",
	"tonnes", "barrels", "dollars", "euros", "pounds", "won", "yuan",
	"rubles", "roubles", "percent", "per", "pages", "words", "times",
	"votes", "jobs", "cases", "deaths", "dead", "casualties",
	"prisoners", "refugees", "workers", "members", "delegates",
	"officials", "acres", "hectares", "items", "copies", "households",
	"homes", "buildings", "vehicles", "aircraft", "planes", "ships",
	"boats", "weapons", "guns", "rifles", "bombs", "containers", "sq",
	"square", "cubic", "mw", "gw", "kw", "mph", "calories", "km/h",
	"points", "seats", "students", "patients", "species", NULL
};
/* Words whose presence before a four-digit number makes it a year. */
static const char *const year_prev[] = {
	"in", "since", "by", "from", "until", "till", "before", "after", "of",
	"during", "around", "circa", "through", "throughout", "between",
	"the", "its", "his", "her", "their", "this", "that", "whose", "our",
	"a", "an", "to", "and", "or", NULL
};
/* Before a year, a noun after it: "the 2020 war", "a 2002 ruling". */
static const char *const determiners[] = {
	"the", "its", "his", "her", "their", "this", "that", "whose", "our",
	"a", "an", NULL
};
/* Prepositions taken into an expression: "in 2000" is cut whole from
 * the clause. */
static const char *const absorbed[] = {
	"in", "on", "since", "by", "from", "until", "till", "during", "at",
	"of", "before", "after", "through", "throughout", "around", "circa",
	"earlier", "later", NULL
};
/* Words before a month name alone ("in September"). */
static const char *const month_prev[] = {
	"in", "since", "by", "from", "until", "till", "before", "after",
	"between", "during", "through", "throughout", "of", "around", NULL
};
static const char *const hedges[] = {
	"almost", "nearly", "about", "around", "roughly", "approximately",
	"some", "over", "circa", NULL
};
static const char *const future_words[] = {
	"will", "shall", "due", "scheduled", "expected", "plans", "plan",
	"planned", "planning", "upcoming", "intends", "intend", "aims",
	"hopes", "forthcoming", "tomorrow", NULL
};
static const char *const past_words[] = {
	"was", "were", "had", "did", "said", "told", "met", "went", "came",
	"made", "took", "held", "gave", "began", "left", "saw", "ago",
	"yesterday", "spoke", "sent", "won", "lost", "fell", "rose", "led",
	"ran", "brought", "fought", "hit", "struck", "wrote", "found",
	"became", "flew", "paid", "sought", "chose", "drew", "broke", NULL
};
/* Sentence-initial year: "2019 was a turning point." */
static const char *const year_verbs[] = {
	"was", "saw", "brought", "marked", "began", "ended", "proved",
	"will", "is", "has", "had", "also", NULL
};
static const char *const ordinals[] = { "st", "nd", "rd", "th", NULL };
const char *const date_seasons[] = {
	"spring", "summer", "autumn", "fall", "winter", NULL
};
const int date_season_month[] = { 3, 6, 9, 9, 12 };
static const char *const unit_words[] = {
	"year", "years", "month", "months", "week", "weeks", "day", "days",
	"decade", "decades", NULL
};
static const char unit_code[] = "yymmwwddDD";
const char *const date_parts[] = { "early", "mid", "late", NULL };
static const char *const ends[] = {
	"end", "beginning", "start", "middle", NULL
};
/* Other words an expression may start with. */
static const char *const starts[] = {
	"a", "an", "the", "last", "next", "this", "yesterday", "tomorrow",
	"just", "well", "more", "less", NULL
};

static const char *const *const lists[] = {
	month_names, month_abbr, weekday_names, number_words, tens_words,
	units, year_prev, determiners, absorbed, month_prev, hedges,
	future_words, past_words, year_verbs, ordinals, date_seasons,
	unit_words, date_parts, ends, starts
};
G_STATIC_ASSERT(G_N_ELEMENTS(lists) == LX_COUNT && LX_COUNT <= 32);

/* The lexicon, built once (never freed). */
static GHashTable *
lexicon(void)
{
	static gsize	 once;
	static GHashTable *lex;
	struct lexent	*e;
	int		 k, j;

	if (g_once_init_enter(&once)) {
		lex = g_hash_table_new(g_str_hash, g_str_equal);
		for (k = 0; k < LX_COUNT; k++)
			for (j = 0; lists[k][j] != NULL; j++) {
				e = g_hash_table_lookup(lex, lists[k][j]);
				if (e == NULL) {
					e = g_new0(struct lexent, 1);
					g_hash_table_insert(lex,
					    (gpointer)lists[k][j], e);
				}
				g_assert(j < 128);	/* fits idx */
				e->bits |= 1u << k;
				e->idx[k] = (signed char)j;
			}
		g_once_init_leave(&once, 1);
	}
	return lex;
}

/* --- tokens ------------------------------------------------------- */

void
date_tokenize(struct finder *f, const char *text, size_t len)
{
	GHashTable	*lex = lexicon();
	GArray		*a;
	const char	*p = text, *end = text + len, *q;
	gunichar	 c;
	struct tok	 t;
	int		 sp = 1;
	size_t		 k;

	a = g_array_new(FALSE, FALSE, sizeof(struct tok));
	while (p < end) {
		c = g_utf8_get_char_validated(p, end - p);
		q = c >= 0x110000 ? p + 1 : g_utf8_next_char(p);
		if (g_unichar_isspace(c) || c == 0xA0 || c == 0x202F) {
			sp = 1;
			p = q;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.s = p - text;
		t.sp = sp;
		sp = 0;
		if (c < 0x80 && g_ascii_isdigit(c)) {
			t.type = T_NUM;
			while (p < end && g_ascii_isdigit(*p)) {
				if (t.nd < 6)
					t.val = t.val * 10 + (*p - '0');
				t.nd++;
				p++;
			}
			if (t.nd > 6)
				t.val = -1;
		} else if (c < 0x110000 && g_unichar_isalpha(c)) {
			t.type = T_WORD;
			t.cap = g_unichar_isupper(c) || g_unichar_istitle(c);
			while (p < end) {
				c = g_utf8_get_char_validated(p, end - p);
				if (c >= 0x110000 || !(g_unichar_isalpha(c) ||
				    g_unichar_ismark(c)))
					break;
				p = g_utf8_next_char(p);
			}
			k = p - text - t.s;
			if (k < sizeof(t.low)) {
				memcpy(t.low, text + t.s, k);
				t.low[k] = '\0';
				for (k = 0; t.low[k] != '\0'; k++) {
					if ((unsigned char)t.low[k] >= 0x80) {
						t.low[0] = '\0';
						break;
					}
					t.low[k] = g_ascii_tolower(t.low[k]);
				}
			}
		} else {
			t.type = T_PUNCT;
			t.c = c;
			p = q;
		}
		t.e = p - text;
		g_array_append_val(a, t);
	}
	f->n = a->len;
	f->t = (struct tok *)(void *)g_array_free(a, FALSE);
	for (k = 0; k < (size_t)f->n; k++)
		if (f->t[k].low[0] != '\0')
			f->t[k].lx = g_hash_table_lookup(lex, f->t[k].low);
}

/* --- small facts ---------------------------------------------------- */

/* Month of token i ("June", "Sept.", "Dec 15"), capitalised; *next is
 * the token after it. */
int
date_month_at(const struct finder *f, long i, long *next)
{
	const struct tok *t = tk(f, i), *u;
	int		 m, k;

	if (t == NULL || t->type != T_WORD || !t->cap)
		return 0;
	if ((m = word_index(f, i, LX_MONTH)) >= 0) {
		*next = i + 1;
		return m + 1;
	}
	if ((k = word_index(f, i, LX_ABBR)) < 0)
		return 0;
	u = tk(f, i + 1);
	if (u != NULL && u->type == T_PUNCT && u->c == '.' && !u->sp) {
		*next = i + 2;
		return abbr_month[k];
	}
	if (u != NULL && u->type == T_NUM && u->sp) {
		*next = i + 1;
		return abbr_month[k];
	}
	return 0;
}

/* 1 (Monday) .. 7 (Sunday), as GDateWeekday, or 0. */
int
date_weekday_at(const struct finder *f, long i)
{
	const struct tok *t = tk(f, i);

	if (t == NULL || !t->cap)
		return 0;
	return word_index(f, i, LX_WEEKDAY) + 1;
}

/* A small count: "18", "two", "twenty-four", "a". */
int
date_number_at(const struct finder *f, long i, int *val, long *next)
{
	const struct tok *t = tk(f, i);
	int		 k, u;

	if (t == NULL)
		return 0;
	if (t->type == T_NUM) {
		if (t->nd > 3 || t->val == 0)
			return 0;
		if ((isp(f, i + 1, ',', 1) || isp(f, i + 1, '.', 1)) &&
		    tk(f, i + 2) != NULL && tk(f, i + 2)->type == T_NUM &&
		    !tk(f, i + 2)->sp)
			return 0;
		if (!t->sp && (isp(f, i - 1, '$', 0) || isp(f, i - 1, '-', 0)))
			return 0;
		*val = t->val;
		*next = i + 1;
		return 1;
	}
	if (isw(f, i, "a") || isw(f, i, "an")) {
		*val = 1;
		*next = i + 1;
		return 1;
	}
	if ((k = word_index(f, i, LX_NUMBER)) > 0) {
		*val = k;
		*next = i + 1;
		return 1;
	}
	if ((k = word_index(f, i, LX_TENS)) >= 0) {
		*val = 20 + 10 * k;
		*next = i + 1;
		if (isp(f, i + 1, '-', 1) && tk(f, i + 2) != NULL &&
		    !tk(f, i + 2)->sp &&
		    (u = word_index(f, i + 2, LX_NUMBER)) > 0 && u < 10) {
			*val += u;
			*next = i + 3;
		}
		return 1;
	}
	return 0;
}

/* 'y' years, 'm' months, 'w' weeks, 'd' days, 'D' decades, or 0. */
int
date_unit_at(const struct finder *f, long i)
{
	int	k = word_index(f, i, LX_UNIT);

	return k < 0 ? 0 : unit_code[k];
}

/* "almost", "more than" ...: *next after it. */
int
date_hedge_at(const struct finder *f, long i, long *next)
{
	if (inw(f, i, LX_HEDGE)) {
		*next = i + 1;
		return 1;
	}
	if ((isw(f, i, "more") || isw(f, i, "less")) && isw(f, i + 1, "than")) {
		*next = i + 2;
		return 1;
	}
	if ((isw(f, i, "just") || isw(f, i, "well")) &&
	    (isw(f, i + 1, "over") || isw(f, i + 1, "under"))) {
		*next = i + 2;
		return 1;
	}
	return 0;
}

/* Nothing glued before token i that makes it part of another number,
 * an amount or a code ("$2024", "555-2019", "A2019"). */
int
date_clean_before(const struct finder *f, long i)
{
	const struct tok *p = tk(f, i - 1);

	if (p == NULL)
		return 1;
	if (p->type == T_NUM)
		return 0;
	if (tk(f, i)->sp)
		return 1;
	if (p->type == T_WORD)
		return 0;
	return strchr("$#+-/.:,@%", (int)(p->c < 0x80 ? p->c : 'x')) ==
	    NULL && p->c != 0x20AC && p->c != 0xA3 && p->c != 0xA5;
}

/* Nothing after token i that makes it a count, a decimal, a code or a
 * decade ("2,000 troops", "2000s", "2000-year-old", "2019%"). */
int
date_clean_after(const struct finder *f, long i)
{
	const struct tok *u = tk(f, i + 1), *v = tk(f, i + 2);

	if (u == NULL)
		return 1;
	if (u->type == T_NUM)
		return 0;
	if (u->type == T_WORD)
		return u->sp && !inw(f, i + 1, LX_UNITS);
	if (u->sp)
		return u->c != '%';
	if (u->c == '%' || u->c == '-')
		return 0;
	if (u->c == 0x2013)		/* en dash: a range of years only */
		return v == NULL || v->sp || is_year_value(v);
	if ((u->c == '\'' || u->c == 0x2019) && v != NULL && !v->sp)
		return v->type == T_WORD && strcmp(v->low, "s") == 0;
	if (strchr("/.,:", (int)(u->c < 0x80 ? u->c : 'x')) != NULL &&
	    v != NULL && !v->sp && v->type == T_NUM)
		return 0;
	return 1;
}

/* A four-digit year at token i, clean after it. */
int
date_year_at(const struct finder *f, long i)
{
	return is_year_value(tk(f, i)) && date_clean_after(f, i);
}

/* --- tense -------------------------------------------------------- */

static int
future_marker(const struct finder *f, long k)
{
	if (inw(f, k, LX_FUTURE))
		return 1;
	if ((isw(f, k, "set") || isw(f, k, "going")) && isw(f, k + 1, "to"))
		return 1;
	/* the scan's further cues: "set for", "the next round",
	 * "the deadline", "expires on" */
	if (f->o != NULL && ((isw(f, k, "set") && isw(f, k + 1, "for")) ||
	    (isw(f, k, "next") && !isw(f, k - 1, "the")) ||
	    isw(f, k, "deadline") ||
	    isw(f, k, "expires") || isw(f, k, "expire") ||
	    isw(f, k, "ends") || isw(f, k, "scheduled") ||
	    isw(f, k, "must")))
		return 1;
	return isw(f, k, "ll") && is_apostrophe(f, k - 1);
}

static int
past_marker(const struct finder *f, long k)
{
	const struct tok *t = tk(f, k);
	size_t		 l;

	if (t == NULL || t->type != T_WORD || t->cap || t->low[0] == '\0')
		return 0;
	if (inw(f, k, LX_PAST))
		return 1;
	l = strlen(t->low);
	return l >= 5 && strcmp(t->low + l - 2, "ed") == 0;
}

/* The scan: the participle at k ends a future verb group ("will be
 * held", "is to be signed"). */
static int
future_group(const struct finder *f, long k)
{
	long	j;

	for (j = k - 1; j >= 0 && j >= k - 3; j--) {
		if (tk(f, j)->type != T_WORD)
			return 0;
		if (future_marker(f, j) || (isw(f, j, "to") &&
		    isw(f, j + 1, "be")))
			return 1;
	}
	return 0;
}

/* The tense of the clause of tokens i0..i1 if the caller knows it,
 * else of the verb nearest before them (else after). */
enum tense
date_tense(const struct finder *f, long i0, long i1)
{
	long	k;
	int	r;

	if (f->o != NULL && f->o->tense != NULL && i0 < i1 && i1 <= f->n) {
		r = f->o->tense(f->o->arg, f->t[i0].s, f->t[i1 - 1].e);
		if (r != 0)
			return r == 2 ? TENSE_NEAR : r > 0 ? TENSE_FUTURE :
			    TENSE_PAST;
	}
	/* the scan: a deadline "by November 15" after "must", "will",
	 * whatever past participles come between */
	if (f->o != NULL && isw(f, i0 - 1, "by"))
		for (k = i0 - 2; k >= 0 && k >= i0 - 30; k--)
			if (future_marker(f, k))
				return TENSE_FUTURE;
	for (k = i0 - 1; k >= 0 && k >= i0 - 30; k--) {
		if (future_marker(f, k))
			return TENSE_FUTURE;
		if (past_marker(f, k))
			return f->o != NULL && future_group(f, k) ?
			    TENSE_FUTURE : TENSE_PAST;
	}
	for (k = i1; k < f->n && k < i1 + 30; k++) {
		if (future_marker(f, k))
			return TENSE_FUTURE;
		if (past_marker(f, k))
			return TENSE_PAST;
	}
	return TENSE_NONE;
}

/* --- words around a date ------------------------------------------ */

/*
 * The scan: "by July 1st" after an infinitive in the 15 tokens before
 * ("ordered the units to sign contracts by July 1st"): a deadline,
 * set around the time of writing even in a past clause.
 */
int
date_deadline(const struct finder *f, long i0)
{
	static const char *const objects[] = {
		"them", "him", "her", "us", "me", "it", "you", "a", "an",
		"be", NULL
	};
	const struct tok *t, *u;
	long	k;
	int	j;

	if (f->o == NULL || !isw(f, i0 - 1, "by"))
		return 0;
	for (k = i0 - 2; k >= 0 && k >= i0 - 15; k--) {
		t = tk(f, k);
		if (t->type == T_PUNCT && (t->c == '.' || t->c == ';'))
			return 0;
		if (!isw(f, k, "to") || (u = tk(f, k + 1)) == NULL ||
		    u->type != T_WORD || u->cap || inw(f, k + 1, LX_DET))
			continue;
		for (j = 0; objects[j] != NULL; j++)
			if (isw(f, k + 1, objects[j]))
				break;
		if (objects[j] == NULL)
			return 1;
	}
	return 0;
}

/* The year alone at token i (j the token after) qualifies a noun: "the
 * 2020 war", "a 2019 attack". */
int
date_attributive(const struct finder *f, long i, long j)
{
	const struct tok *u = tk(f, j);

	return j == i + 1 && is_year_value(tk(f, i)) && u != NULL &&
	    u->type == T_WORD && !u->cap && (inw(f, i - 1, LX_DET) ||
	    isw(f, i - 1, "a") || isw(f, i - 1, "an"));
}
