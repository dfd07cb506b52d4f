/* SPDX-License-Identifier: MIT */
/* The chronology's events, read from the text layer's times and clauses. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "chrono_int.h"
#include "msg.h"

/*
 * A temporal expression of the text layer dates the event of its
 * clause: the clause itself when it has a finite verb, else the clause
 * it hangs on ("during his visit last September" dates the main
 * clause); the date's ", when" clause first ("until 1954, when
 * Khrushchev transferred it"), the clause after a ':' or ';' that the
 * date follows, a noun phrase the date stands in ("after the Nov. 3
 * election", "the award of July 12th", "Sunday's vote").  Not events:
 * what the layer marks as no point in time (durations, ages, decades,
 * figures by year, table rows, date lines, "every year"), clauses that
 * are negated or hypothetical (could, might, would, if, wants to; must
 * unless the date is to come: a deadline), what nearly happened, what a
 * pledge or forecast says will be, inverted conditions ("Had X won"),
 * questions, headings, states (the copula, "there was"), figures beside
 * a year, open bounds ("after 2010", "until this week"), a speaker's
 * "tomorrow" in a quotation.  Two dates of one time in a clause make
 * one entry; "in 2021 and 2022" one entry over both.  The entry's text
 * is a headline made by chrono_head.c.  BRIEFING_TRACE=chrono prints
 * why a time makes no entry.
 */

#define UP_MAX		4	/* parent clauses climbed for a subject */

struct reader {
	const struct doc	*doc;
	const struct source	*src;
	const struct text	*t;
	GPtrArray		*events;
	int			 last_clause;	/* of the last event */
	struct event		*last;		/* the last event, or NULL */
	int			 ly, lm, ld;	/* its date */
	long			 last_time;	/* its time's index, -1 */
	int			 trace;		/* BRIEFING_TRACE */
};

/* A clause opened by "what" ("what it called ..."): a free relative,
 * the object of the clause it hangs on. */
static int
free_relative(const struct text *t, const struct text_clause *cl)
{
	if (cl->mark >= 0)
		return text_is(t, cl->mark, "what");
	return cl->first_token > 0 && text_is(t, cl->first_token - 1,
	    "what");
}

/* The clause whose event time tm dates, or -1. */
static int
event_clause(const struct text *t, const struct text_time *tm)
{
	const struct text_clause *cl;
	int	c = tm->clause, up;

	for (up = 0; c >= 0 && up < UP_MAX; up++) {
		cl = text_clause(t, c);
		if (cl->mark >= 0 && tm->first_token < (guint)cl->mark &&
		    cl->parent >= 0 && (up > 0 || tm->first_token +
		    tm->ntokens != (guint)cl->mark + 1)) {
			/* "In February 1988, as Moscow's grip weakened, the
			 * council voted": the date is before the "as" (not
			 * "17 days after gunmen killed": the date ends on the
			 * clause's "after" and is that clause's) */
			c = cl->parent;
			continue;
		}
		if (free_relative(t, cl) && cl->parent >= 0) {
			/* "launched what it called a cleanup in 2016": the
			 * object's clause names; the act is the parent's */
			c = cl->parent;
			continue;
		}
		if (up == 0 && cl->kind == TC_NONFINITE && cl->passive &&
		    cl->subj_n > 0 && cl->verb_n > 0)
			return c;	/* "The backstop, agreed by May in
					 * November 2018, ..." */
		if (up == 0 && cl->kind == TC_NONFINITE && cl->subj_n > 0 &&
		    cl->verb_n > 0 && cl->mark >= 0 &&
		    text_is(t, (guint)cl->mark, "to"))
			return c;	/* "forced X to step down in May" */
		if (cl->kind != TC_NONFINITE && cl->head >= 0 &&
		    cl->verb_n > 0 && cl->tense != TT_NONE)
			return c;
		c = cl->parent;
	}
	return -1;
}

/* Time tm lies inside clause c's subject. */
static int
in_subject(const struct text *t, int c, const struct text_time *tm)
{
	const struct text_clause *cl = text_clause(t, c);

	(void)t;
	if (text_is(t, tm->first_token, "of"))
		return 0;	/* "The Agreement of April 1998 ended ...":
				 * the subject's event is the clause's */
	return cl->subj_n > 0 && tm->first_token > cl->subj_first &&
	    tm->first_token + tm->ntokens <= cl->subj_first + cl->subj_n;
}

/* A ':' or ';' between the clause's verb and the date: the date is
 * another statement's ("..., disagreed: last October it ruled"). */
static int
across_stop(const struct text *t, const struct text_clause *cl,
    const struct text_time *tm)
{
	guint	i, a, b;

	if (cl->verb_n == 0)
		return 0;
	a = MIN(cl->verb_first, tm->first_token);
	b = MAX(cl->verb_first, tm->first_token);
	if (b - a > CHRONO_SCAN)
		return 0;		/* too far to tell */
	for (i = a; i < b; i++)
		if (chrono_is_punct(t, i, ":") || chrono_is_punct(t, i, ";"))
			return 1;
	return 0;
}

/* The finite clause after the last ':' or ';' before time tm (";
 * on the second, in May, he flew home"), or -1. */
static int
after_stop(const struct text *t, const struct text_time *tm)
{
	const struct text_sentence *se = text_sent(t, tm->sentence);
	const struct text_clause *x;
	guint	i, k, stop = 0, lo;

	lo = tm->first_token > se->first_token + CHRONO_SCAN ?
	    tm->first_token - CHRONO_SCAN : se->first_token;
	for (i = tm->first_token; i > lo && stop == 0; i--)
		if (chrono_is_punct(t, i - 1, ":") ||
		    chrono_is_punct(t, i - 1, ";"))
			stop = i;
	if (stop == 0)
		return -1;
	for (k = chrono_clause_from(t, tm->sentence, stop); k <
	    se->first_clause + se->nclauses && text_clause(t,
	    k)->first_token <= tm->first_token + CHRONO_SCAN; k++) {
		x = text_clause(t, k);
		if (x->verb_n > 0 && x->verb_first >= stop && x->head >= 0 &&
		    x->tense != TT_NONE && x->kind != TC_NONFINITE &&
		    !across_stop(t, x, tm))
			return k;
	}
	return -1;
}

/* The clause's subject is "this ..." or "these ...": the article's own
 * occasion, which the briefing's entry stands for. */
static int
deictic(const struct text *t, int c)
{
	const struct text_clause *cl = chrono_subject_clause(t, c);

	return cl != NULL && (text_is(t, cl->subj_first, "this") ||
	    text_is(t, cl->subj_first, "these"));
}

/* Not an event: a hypothetical, a negated or an obliged clause. */
static int
unreal(const struct text_clause *cl)
{
	return cl->negated || cl->modality == TMOD_POSSIBLE ||
	    cl->modality == TMOD_CONDITIONAL ||
	    cl->modality == TMOD_OBLIGATION || cl->modality == TMOD_WANT;
}

static int after_doc(const struct doc *, const struct text_time *);

/* An obligation to a date after the briefing's ("Israel must report
 * to the court within one month"): a deadline, an entry to come. */
static int
deadline(struct reader *r, const struct text_clause *cl,
    const struct text_time *tm)
{
	guint	i;

	if (cl->modality != TMOD_OBLIGATION || cl->negated ||
	    !after_doc(r->doc, tm))
		return 0;
	for (i = cl->verb_first; i < cl->verb_first + cl->verb_n; i++)
		if (text_is(r->t, i, "should") || text_is(r->t, i, "ought"))
			return 0;	/* advice, not a duty */
	return 1;
}

/* What a clause reported by a pledge, a hope, a forecast or a warning
 * says will be ("pledged that its emissions would peak around 2030",
 * "warned that prices will rise in May"): what may come, not a
 * schedule. */
static int
foretold(const struct text *t, const struct text_clause *cl)
{
	static const char *const verbs[] = {
		"pledge", "pledged", "pledges", "promise", "promised",
		"promises", "vow", "vowed", "vows", "hope", "hoped", "hopes",
		"expect", "expected", "expects", "predict", "predicted",
		"predicts", "forecast", "forecasts", "warn", "warned", "warns",
		"fear", "feared", "fears", "threaten", "threatened",
		"threatens", "believe", "believed", "believes", NULL
	};
	const struct text_clause *p;

	if (cl->kind != TC_REPORTED || cl->parent < 0 ||
	    cl->tense != TT_FUTURE)
		return 0;
	p = text_clause(t, cl->parent);
	return p->head >= 0 && text_in(t, p->head, verbs);
}

/* "nearly produced a deal", "almost collapsed": what did not happen. */
static int
counterfactual(const struct text *t, const struct text_clause *cl)
{
	static const char *const nearly[] = { "nearly", "almost", NULL };

	return cl->verb_n > 0 && cl->verb_first > cl->first_token &&
	    text_in(t, cl->verb_first - 1, nearly);
}

/* "Had Yes won, the government planned to ...", "Were the talks to
 * fail, ...", "Should the deal collapse, ...": a sentence opened by an
 * inverted condition says what did not or may not happen. */
static int
inverted(const struct text *t, guint s)
{
	static const char *const aux[] = { "had", "were", "should", NULL };
	const struct text_sentence *se = text_sent(t, s);
	guint		 i, end = se->first_token + se->ntokens;

	if (se->ntokens < 4 || !text_in(t, se->first_token, aux))
		return 0;
	if (text_tok(t, se->first_token + 1)->kind != TEXT_WORD ||
	    text_in(t, se->first_token + 1, aux))
		return 0;
	for (i = se->first_token + 2; i < end && i < se->first_token +
	    CHRONO_SCAN; i++)
		if (chrono_is_punct(t, i, ","))
			return !chrono_is_punct(t, end - 1, "?");
	return 0;
}

/* Time tm stands inside a quotation ("Tomorrow the work starts," he
 * said): its "tomorrow" is the speaker's, whose day the text may not
 * give. */
static int
quoted(const struct text *t, const struct text_time *tm)
{
	const struct text_sentence *se = text_sent(t, tm->sentence);
	const char	*w;
	size_t		 n;
	guint		 i;
	int		 open = 0;

	/* a quotation longer than CHRONO_SCAN tokens is not told */
	for (i = tm->first_token > se->first_token + CHRONO_SCAN ?
	    tm->first_token - CHRONO_SCAN : se->first_token;
	    i < tm->first_token; i++) {
		w = text_word(t, i, &n);
		/* German opens with „ and closes with “; French uses
		 * guillemets */
		if (n == 3 && memcmp(w, "\xE2\x80\x9E", 3) == 0)
			open = 1;
		else if (n == 3 && memcmp(w, "\xE2\x80\x9C", 3) == 0)
			open = t->lang != TEXT_DE;
		else if (n == 3 && memcmp(w, "\xE2\x80\x9D", 3) == 0)
			open = 0;
		else if (n == 2 && memcmp(w, "\xC2\xAB", 2) == 0)
			open = 1;
		else if (n == 2 && memcmp(w, "\xC2\xBB", 2) == 0)
			open = 0;
		else if (n == 1 && *w == '"')
			open = !open;
	}
	return open;
}

/* A question: the sentence ends with '?'. */
static int
question(const struct text *t, guint s)
{
	const struct text_sentence *se = text_sent(t, s);

	return se->ntokens > 0 && chrono_is_punct(t, se->first_token +
	    se->ntokens - 1, "?");
}

static int
after_doc(const struct doc *doc, const struct text_time *tm)
{
	const struct doc_meta *m = &doc->meta;
	long	a, d;

	if (m->year <= 0)
		return 0;
	a = tm->year * 10000L + (tm->precision != EV_YEAR ? tm->month : 12) *
	    100 + (tm->precision == EV_DAY ? tm->day : 31);
	d = m->year * 10000L + (m->month > 0 ? m->month : 1) * 100 +
	    (m->day > 0 ? m->day : 1);
	return a > d && tm->year * 10000L + tm->month * 100 + tm->day > d;
}

/* Names of the actors mentioned in clause c (its subject's first). */
static GPtrArray *
clause_actors(const struct text *t, int c)
{
	const struct text_clause *cl = text_clause(t, c);
	const struct text_mention *m;
	GPtrArray	*a = g_ptr_array_new_with_free_func(g_free);
	const char	*name;
	guint		 i, k, end = cl->first_token + cl->ntokens;
	int		 dup;

	if (cl->subject >= 0)
		g_ptr_array_add(a, g_strdup(text_actor(t, cl->subject)->name));
	for (i = cl->first_token; i < end; i++) {
		if ((m = text_mention_at(t, i, NULL)) == NULL || m->actor < 0)
			continue;
		name = text_actor(t, m->actor)->name;
		for (k = 0, dup = 0; k < a->len && !dup; k++)
			dup = strcmp(g_ptr_array_index(a, k), name) == 0;
		if (!dup)
			g_ptr_array_add(a, g_strdup(name));
		i = m->first_token + m->ntokens - 1;
	}
	return a;
}

/* A chained time ("18 months after it was announced") in a clause that
 * another time of its own dates: the clause's event has its date. */
static int
dated_otherwise(const struct text *t, guint k)
{
	const struct text_time *tm = text_time(t, k), *x;
	guint	j;

	if (!(tm->flags & TIME_CHAINED) || tm->clause < 0)
		return 0;
	for (j = k > 2 ? k - 2 : 0; j < k + 3 && j < t->times->len; j++) {
		x = text_time(t, j);
		if (j != k && x->clause == tm->clause && x->year > 0 &&
		    !(x->flags & (TIME_CHAINED | TIME_UNRESOLVED |
		    TIME_DURATION | TIME_AGE | TIME_DECADE | TIME_GENERIC)))
			return 1;
	}
	return 0;
}

static void
warn(struct reader *r, const struct text_time *tm, const char *fmt)
{
	struct pos	 pos = { 0, 0 };
	char		*s;

	static const char *const preps[] = {
		"on", "in", "at", "by", "during", "since", "from", "until",
		NULL
	};
	const struct text_token *k;
	guint		 i = tm->first_token;

	/* the date proper, without the preposition before it */
	if (tm->ntokens > 1 && text_in(r->t, i, preps))
		i++;
	k = text_tok(r->t, i);
	s = g_strndup(r->t->str->str + k->tstart, tm->tend - k->tstart);
	if (r->src != NULL)
		pos = source_pos(r->src, k->start);
	msg_at(r->doc->path, r->src != NULL ? &pos : NULL, MSG_WARNING, fmt,
	    s);
	g_free(s);
}

/* "était le premier chef d'État à arpenter", "fue el primero en
 * visitar", "war der erste, die Ukraine zu besuchen": being the first
 * to do a thing is doing it. */
static int
first_to(const struct text *t, const struct text_clause *cl)
{
	static const char *const first[] = {
		"premier", "premi\xC3\xA8re", "primero", "primera", "primer",
		"erste", "erster", "ersten", NULL
	};
	static const char *const to[] = { "\xC3\xA0", "en", "zu", NULL };
	guint	i, end = cl->first_token + cl->ntokens;
	int	seen = 0;

	for (i = (guint)cl->head + 1; i < end && i < (guint)cl->head + 10;
	    i++) {
		if (text_in(t, i, first))
			seen = 1;
		else if (seen && text_in(t, i, to))
			return 1;
	}
	return 0;
}

/* A clause of state, not of an act: its verb is the copula "be" (not a
 * passive: "was founded" is an act) or it opens with existential
 * "there": "Saudi Arabia was China's biggest supplier in 2022", "There
 * was something dizzying about the sight, on June 12th, ...". */
static int
copular(const struct text *t, const struct text_clause *cl)
{
	static const char *const be[] = {
		"is", "are", "was", "were", "be", "been", "being", "'s",
		"\xE2\x80\x99s", NULL
	};

	/* the copula's forms of past and present in es, fr, de (Spanish
	 * "fue a" is "went to": an act) */
	static const char *const be_lang[] = {
		"es", "son", "era", "eran", "fue", "fueron", "sido", "est\xC3\xA1",
		"est\xC3\xA1n", "estaba", "estaban", "estuvo", "est", "sont",
		"\xC3\xA9tait", "\xC3\xA9taient", "fut", "furent", "\xC3\xA9t\xC3\xA9",
		"ist", "sind", "war", "waren", "gewesen", NULL
	};

	if (t->lang != TEXT_EN && t->lang != TEXT_OTHER)
		return cl->head >= 0 && !cl->passive && text_in(t, cl->head,
		    be_lang) && !text_is(t, cl->head + 1, "a") &&
		    !text_is(t, cl->head + 1, "al") && !first_to(t, cl);
	if (cl->subj_n > 0 && text_is(t, cl->subj_first, "there") &&
	    cl->subj_n == 1)
		return 1;
	/* "is due in Lisbon on 21 June": a schedule, not a state */
	return cl->head >= 0 && !cl->passive && text_in(t, cl->head, be) &&
	    !text_is(t, cl->head + 1, "due");
}

/* "until 1954, when Khrushchev transferred it", "on September 19th,
 * when Azerbaijan launched ...": the clause the date's ", when" opens,
 * which tells what happened then, or -1. */
static int
when_clause(const struct text *t, const struct text_time *tm)
{
	const struct text_sentence *se = text_sent(t, tm->sentence);
	const struct text_clause *cl;
	guint	i = tm->first_token + tm->ntokens, k;

	/* with its comma: "on May 3 when the ship sank" may be a
	 * circumstance of the main clause's act */
	static const char *const when_lang[] = {
		"cuando", "quand", "lorsque", "als", NULL
	};

	if (i + 1 >= se->first_token + se->ntokens || !chrono_is_punct(t, i, ",") ||
	    !(text_is(t, i + 1, "when") || (t->lang != TEXT_EN &&
	    text_in(t, i + 1, when_lang))))
		return -1;
	i++;
	/* the clause may start before its mark, at the date it follows */
	for (k = chrono_clause_from(t, tm->sentence, tm->first_token >
	    CHRONO_TEXT_WORDS ? tm->first_token - CHRONO_TEXT_WORDS : 0);
	    k < se->first_clause + se->nclauses && text_clause(t,
	    k)->first_token <= i + 2; k++) {
		cl = text_clause(t, k);
		if (cl->mark == (int)i && cl->verb_n > 0 &&
		    cl->tense != TT_NONE && cl->subj_n > 0)
			return k;
	}
	return -1;
}

/* Two dates that may name one time: equal where both are given ("in
 * early February" and "a day after" it, "two years ago, in April
 * 2021"). */
static int
compatible(const struct text_time *a, int y, int m, int d)
{
	return a->year == y && (a->month == 0 || m == 0 || a->month == m) &&
	    (a->day == 0 || d == 0 || a->day == d);
}

/* Times k and k - 1 joined by one "and" or "or" ("in 2021 and 2022"):
 * one entry over both. */
static int
joined(const struct text *t, guint k)
{
	const struct text_time *a, *b;

	if (k == 0)
		return 0;
	a = text_time(t, k - 1);
	b = text_time(t, k);
	if (a->sentence != b->sentence)
		return 0;
	if (a->first_token + a->ntokens == b->first_token)	/* "and 2022" */
		return text_is(t, b->first_token, "and") ||
		    text_is(t, b->first_token, "or");
	return a->first_token + a->ntokens + 1 == b->first_token &&
	    (text_is(t, b->first_token - 1, "and") ||
	    text_is(t, b->first_token - 1, "or"));
}

/*
 * A figure by date: the clause states a quantity ("harvested 106
 * million tonnes of grain in 2021", "fell from a peak of about 100,000
 * in 2011"): a number other than the date's with a magnitude word, a
 * percentage, or of five digits and more; for a date by year.
 */
static int
figure(const struct text *t, int c, const struct text_time *tm)
{
	static const char *const magnitude[] = {
		"million", "billion", "trillion", "bn", "m", "tonnes", "tons",
		"barrels", "percent", "per", "%", NULL
	};
	/* es, fr, de: "millones de barriles", "milliards", "Prozent" */
	static const char *const magnitude_lang[] = {
		"millones", "mill\xC3\xB3n", "millions", "million",
		"milliards", "milliard", "Millionen", "Million", "Milliarden",
		"Milliarde", "Prozent", "por", "pour", "toneladas", "tonnes",
		"Tonnen", "barriles", "barils", "Barrel", "%", NULL
	};
	const struct text_clause *cl = text_clause(t, c);
	const char	*s;
	size_t		 n, k, digits;
	guint		 i, end = cl->first_token + cl->ntokens;
	int		 lang = t->lang != TEXT_EN && t->lang != TEXT_OTHER;

	/* the quantity stands near its date */
	end = MIN(end, tm->first_token + tm->ntokens + CHRONO_TEXT_WORDS * 4);
	for (i = MAX(cl->first_token, tm->first_token > CHRONO_TEXT_WORDS * 4 ?
	    tm->first_token - CHRONO_TEXT_WORDS * 4 : 0); i < end; i++) {
		if (text_tok(t, i)->kind != TEXT_NUMBER ||
		    (i >= tm->first_token && i < tm->first_token +
		    tm->ntokens) || chrono_in_child(t, c, i))
			continue;
		if (i + 1 < end && text_in(t, i + 1, lang ? magnitude_lang :
		    magnitude))
			return 1;
		s = text_word(t, i, &n);
		for (k = 0, digits = 0; k < n && s[k] != '.'; k++)
			digits += g_ascii_isdigit(s[k]) != 0;
		/* "100,000": a count in tens of thousands (a smaller one,
		 * "2,692 missiles", "3,500 people", is often the act's) */
		if (digits >= 5 && memchr(s, ',', n) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Not a point in time: an open bound ("after 2010", "before 2014",
 * "until this week", "since March"), a time measured in decades or
 * centuries ("more than three decades ago": its year is a guess).
 */
static int
open_bound(const struct text *t, const struct text_time *tm)
{
	static const char *const bounds[] = {
		"until", "till", "since", NULL
	};
	static const char *const sides[] = { "after", "before", NULL };
	static const char *const coarse[] = {
		"decade", "decades", "century", "centuries", NULL
	};
	/* "desde el 17 de diciembre", "depuis 2013", "seit Mai",
	 * "jusqu'au 3 mars", "bis zum 3. März" (the time may open with
	 * the word or follow it) */
	static const char *const bounds_lang[] = {
		"desde", "hasta", "depuis", "jusqu'au", "jusqu\xE2\x80\x99" "au",
		"jusqu'en", "jusqu\xE2\x80\x99" "en", "jusqu'\xC3\xA0",
		"jusqu\xE2\x80\x99\xC3\xA0", "seit", "seitdem", "bis", NULL
	};
	guint	i, end = tm->first_token + tm->ntokens;

	if (t->lang != TEXT_EN && t->lang != TEXT_OTHER &&
	    (text_in(t, tm->first_token, bounds_lang) ||
	    (tm->first_token > 0 && text_in(t, tm->first_token - 1,
	    bounds_lang)) || (tm->first_token > 1 && text_in(t,
	    tm->first_token - 2, bounds_lang) && text_tok(t,
	    tm->first_token - 1)->kind == TEXT_WORD &&
	    text_tok(t, tm->first_token - 1)->tend -
	    text_tok(t, tm->first_token - 1)->tstart <= 3)))
		return 1;
	if (text_in(t, tm->first_token, bounds))
		return 1;
	if (text_in(t, tm->first_token, sides) && tm->ntokens >= 2 &&
	    !(tm->flags & (TIME_CHAINED | TIME_RELATIVE)))
		return 1;
	for (i = tm->first_token; i < end; i++)
		if (text_in(t, i, coarse))
			return 1;
	return 0;
}

/* Between times a and b of one clause, "again" or "a second time":
 * the same act done twice ("rejected on 15 January, then again on 12
 * March"), one entry for each date. */
static int
repeated(const struct text *t, long a, guint b)
{
	const struct text_time *x, *y;
	guint	i;

	if (a < 0)
		return 0;
	x = text_time(t, a);
	y = text_time(t, b);
	if (x->sentence != y->sentence)
		return 0;
	for (i = x->first_token + x->ntokens; i < y->first_token; i++)
		if (text_is(t, i, "again") || text_is(t, i, "time") ||
		    text_is(t, i, "twice"))
			return 1;
	return (long)b == a + 1 && joined(t, b);	/* "in 1988 and 2007" */
}

/* Time b is the unit after time a: "2021 and 2022", "September 4th
 * and 5th". */
static int
next_to(const struct text_time *a, const struct text_time *b)
{
	GDate	*x, *y;
	int	 d;

	if (a->precision != b->precision || a->year <= 0 || b->year <= 0)
		return 0;
	if (a->precision == EV_YEAR)
		return b->year == a->year + 1;
	if (a->precision == EV_MONTH)
		return b->year * 12 + b->month == a->year * 12 + a->month + 1;
	if (!g_date_valid_dmy(a->day, a->month, a->year) ||
	    !g_date_valid_dmy(b->day, b->month, b->year))
		return 0;
	x = g_date_new_dmy(a->day, a->month, a->year);
	y = g_date_new_dmy(b->day, b->month, b->year);
	d = g_date_days_between(x, y);
	g_date_free(x);
	g_date_free(y);
	return d == 1;
}

/* BRIEFING_TRACE=chrono in the environment: why each time makes no
 * entry, on stderr (a developer's aid; the output is unchanged). */
static void
trace(struct reader *r, const struct text_time *tm, const char *why)
{
	if (!r->trace)
		return;
	const struct text_sentence *se = text_sent(r->t, tm->sentence);

	fprintf(stderr, "chrono: %.*s: %s\n\t%.*s\n",
	    (int)(tm->tend - tm->tstart), r->t->str->str + tm->tstart, why,
	    (int)MIN(se->tend - se->tstart, 300), r->t->str->str + se->tstart);
}

/* The headline of clause c for time tm in *text, or why there is none
 * (*text NULL). */
static const char *
clause_headline(struct reader *r, const struct text_time *tm, int c,
    char **text)
{
	const struct text_clause *cl = text_clause(r->t, c);

	*text = NULL;
	if ((tm->flags & TIME_MEASURE) && (deictic(r->t, c) ||
	    tm->year == r->doc->meta.year))
		return "measure from the occasion";	/* "This visit
						 * comes 24 years after" */
	if (copular(r->t, cl) && cl->modality != TMOD_SCHEDULED)
		return "a state (copula or 'there is')";
	if (tm->precision == EV_YEAR && figure(r->t, c, tm))
		return "a figure by date";
	if ((*text = chrono_headline(r->t, c)) == NULL)
		return "no headline (subject or verb)";
	return NULL;
}

static void
one_time(struct reader *r, guint k)
{
	const struct text	*t = r->t;
	const struct text_time	*tm = text_time(t, k);
	const struct text_sentence *se = text_sent(t, tm->sentence);
	const struct text_block	*b;
	const struct text_clause *cl;
	struct event		*ev;
	const char		*why;
	char			*text;
	GString			*g;
	int			 c, w, ger = 0;

	if (tm->flags & (TIME_DURATION | TIME_AGE | TIME_DECADE |
	    TIME_STATISTIC | TIME_TABLE | TIME_DATELINE | TIME_GENERIC)) {
		trace(r, tm, "not a point in time");
		return;
	}
	if (tm->flags & TIME_OUT_OF_RANGE) {
		warn(r, tm, "date '%s' falls outside years 1 to 9999, no "
		    "entry");
		return;
	}
	if (tm->flags & TIME_UNRESOLVED) {
		if ((tm->flags & TIME_RELATIVE) && r->doc->meta.year <= 0)
			warn(r, tm, "relative date '%s' not resolved: no "
			    "document date");
		trace(r, tm, "unresolved");
		return;
	}
	if (open_bound(t, tm) && when_clause(t, tm) < 0) {
		trace(r, tm, "an open bound or a coarse measure");
		return;
	}
	if (tm->year <= 0 || dated_otherwise(t, k)) {
		trace(r, tm, "no year, or chained in a dated clause");
		return;
	}
	b = &g_array_index(t->blocks, struct text_block, se->block);
	if (b->node->type == DOC_HEADING || question(t, tm->sentence) ||
	    inverted(t, tm->sentence) || ((tm->flags & TIME_RELATIVE) &&
	    !(tm->flags & TIME_CHAINED) && quoted(t, tm))) {
		trace(r, tm, "heading, question, inverted condition or a "
		    "speaker's relative date");
		return;
	}
	/* "The quarrel burst into the open on June 5th 2017, when the
	 * four countries cut ties": the ", when" clause tells the act, the
	 * main clause what it meant; the main clause when that fails */
	w = event_clause(t, tm);
	if ((c = when_clause(t, tm)) < 0 && (c = w) < 0) {
		trace(r, tm, "no finite clause");
		return;
	}
	cl = text_clause(t, c);
	if (across_stop(t, cl, tm) && (c = after_stop(t, tm)) < 0) {
		trace(r, tm, "a colon or semicolon between the date and the "
		    "verb");
		return;
	}
	cl = text_clause(t, c);
	if ((unreal(cl) && !deadline(r, cl, tm)) || counterfactual(t, cl) ||
	    foretold(t, cl)) {
		trace(r, tm, "negated or hypothetical clause");
		return;
	}
	if (c == r->last_clause && r->last != NULL && r->last_time >= 0 &&
	    compatible(text_time(t, r->last_time), tm->year, tm->month,
	    tm->day)) {
		/* the same event dated twice ("in early February, a day
		 * after the US announcement"): the finer date */
		if (tm->precision < r->last->precision) {
			r->last->year = tm->year;
			r->last->month = tm->month;
			r->last->day = tm->day;
			r->last->precision = tm->precision;
			r->last_time = k;
		}
		trace(r, tm, "same clause, same date");
		return;
	}
	if (c == r->last_clause && r->last != NULL && r->last_time ==
	    (long)k - 1 && joined(t, k) && !(tm->flags & TIME_RANGE) &&
	    next_to(text_time(t, k - 1), tm)) {
		/* "in 2021 and 2022": one entry over both ("in 1988 and
		 * 2007": two) */
		r->last->end_year = tm->year;
		r->last->end_month = tm->month;
		r->last->end_day = tm->day;
		r->last->end_precision = tm->precision;
		trace(r, tm, "joined to the date before: a range");
		return;
	}
	/* "au scrutin du 26 août": the date names the noun's time */
	if (t->lang == TEXT_ES || t->lang == TEXT_FR || t->lang == TEXT_DE)
		text = chrono_of_nominal(t, tm);
	else
		text = chrono_nominal(t, tm, &ger);
	if (text == NULL && (chrono_possessive_time(t, tm) || ger)) {
		trace(r, tm, "a possessive or a gerund: it dates a phrase");
		return;
	}
	if (text != NULL && ger) {
		/* "France moved ... after pulling its troops out of Mali
		 * last summer": "France pulling its troops out of Mali" */
		g = g_string_new(NULL);
		if (!chrono_subject_text(t, c, g)) {
			g_string_free(g, TRUE);
			g_free(text);
			trace(r, tm, "a gerund after a preposition, no subject");
			return;
		}
		g_string_append_c(g, ' ');
		g_string_append(g, text);
		g_free(text);
		text = chrono_finish(g_string_free(g, FALSE), t->lang);
		if (text == NULL)
			return;
	}
	if (text == NULL && (text = chrono_subject_nominal(t, c, tm)) == NULL &&
	    in_subject(t, c, tm)) {
		/* "Local elections due on March 9th were postponed": the
		 * date is the subject's, which names no event by itself */
		trace(r, tm, "a date inside a subject that names no event");
		return;
	}
	if (text == NULL &&
	    (why = clause_headline(r, tm, c, &text)) != NULL) {
		if (w >= 0 && w != c && !unreal(text_clause(t, w)) &&
		    clause_headline(r, tm, w, &text) == NULL) {
			c = w;
			cl = text_clause(t, c);
		} else if ((text = chrono_of_nominal(t, tm)) == NULL) {
			trace(r, tm, why);
			return;
		}
	}
	if (c == r->last_clause && r->last != NULL &&
	    strcmp(r->last->text, text) == 0 && (tm->flags & (TIME_CHAINED |
	    TIME_MEASURE))) {
		/* "to be completed next year, almost 18 months after it
		 * was announced": the clause is dated already */
		trace(r, tm, "a chain in a clause dated before");
		g_free(text);
		return;
	}
	if (c == r->last_clause && r->last != NULL &&
	    strcmp(r->last->text, text) == 0 && !repeated(t, r->last_time,
	    k)) {
		/* "the deaths of A in 1994 and B in 2011": one text for
		 * two dates tells neither apart: no entry for either */
		trace(r, tm, "one text for two dates: both dropped");
		g_ptr_array_remove(r->events, r->last);
		r->last = NULL;
		g_free(text);
		return;
	}
	ev = chrono_event_add(r->events, tm->year, tm->month, tm->day,
	    tm->precision, tm->qualifier, text, EV_EXTRACTED);
	r->last = ev;
	if (tm->flags & TIME_RANGE) {
		ev->end_year = tm->end_year;
		ev->end_month = tm->end_month;
		ev->end_day = tm->end_day;
		ev->end_precision = tm->end_precision;
	}
	ev->scheduled = cl->tense == TT_FUTURE || deadline(r, cl, tm) ||
	    cl->modality == TMOD_SCHEDULED || (tm->flags & TIME_FORWARD) ||
	    (cl->tense != TT_PAST && after_doc(r->doc, tm));
	ev->actors = clause_actors(t, c);
	ev->off = se->start;
	ev->pos = r->src != NULL ? source_pos(r->src, se->start) :
	    b->node->pos;
	ev->block_off = b->node->off;
	r->last_clause = c;
	r->last_time = k;
	r->ly = tm->year;
	r->lm = tm->month;
	r->ld = tm->day;
}

void
chrono_from_text(const struct doc *doc, const struct source *src,
    const struct text *t, GPtrArray *events)
{
	struct reader	r;
	guint		k;

	memset(&r, 0, sizeof(r));
	r.doc = doc;
	r.src = src;
	r.t = t;
	r.events = events;
	r.last_clause = -1;
	r.last_time = -1;
	r.trace = g_strcmp0(g_getenv("BRIEFING_TRACE"), "chrono") == 0;
	for (k = 0; k < t->times->len; k++)
		one_time(&r, k);
}
