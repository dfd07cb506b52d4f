/* SPDX-License-Identifier: MIT */
/* Unit tests of extract_date.c: finding, parsing, resolving dates. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "extract_date.h"

/* The document date of the table: Monday 17 June 2024. */
#define DOC_Y	2024
#define DOC_M	6
#define DOC_D	17

#define REL	DATE_RELATIVE
#define MEAS	DATE_MEASURE

/*
 * One expression in a sentence and what its first date expression must
 * be: the date as "YYYY[-MM[-DD]]" (NULL: no expression at all), the
 * precision, the qualifier, the flags among DATE_RELATIVE and
 * DATE_MEASURE, and the matched text (NULL: not checked).
 */
struct xcase {
	const char	*text;
	const char	*date;
	enum ev_precision prec;
	const char	*qual;
	unsigned	 flags;
	const char	*match;
};

static const struct xcase cases[] = {
	/* years */
	{ "Putin last went to Pyongyang in 2000.", "2000", EV_YEAR, NULL, 0,
	    "in 2000" },
	{ "Sanctions have been in place since 2019.", "2019", EV_YEAR, NULL,
	    0, "since 2019" },
	{ "The 2019 summit in Hanoi collapsed.", "2019", EV_YEAR, NULL, 0,
	    "2019" },
	{ "Talks ran from 2019 to 2021.", "2019", EV_YEAR, NULL, 0,
	    "from 2019" },
	{ "Fighting lasted until 2022.", "2022", EV_YEAR, NULL, 0, NULL },
	{ "The plant will close by 2030.", "2030", EV_YEAR, NULL, 0, NULL },
	{ "The ban predates the war, dating back to before 2010.", "2010",
	    EV_YEAR, NULL, 0, NULL },
	{ "2019\xE2\x80\x99s summit ended early.", "2019", EV_YEAR, NULL, 0,
	    "2019" },
	{ "The UN\xE2\x80\x99s 2019 report said so.", "2019", EV_YEAR, NULL, 0,
	    NULL },
	{ "The town was founded around 1900.", "1900", EV_YEAR,
	    "approximate", 0, "around 1900" },
	{ "A castle built c. 1250 stands there.", "1250", EV_YEAR,
	    "approximate", 0, "c. 1250" },
	{ "2019 was a turning point.", "2019", EV_YEAR, NULL, 0, NULL },
	{ "The war (2014\xE2\x80\x93" "2022) reshaped the region.", "2014",
	    EV_YEAR, NULL, 0, NULL },
	/* month and year */
	{ "Kim visited Russia in September 2023.", "2023-09", EV_MONTH, NULL,
	    0, "in September 2023" },
	{ "The deal was signed in Sept. 2023.", "2023-09", EV_MONTH, NULL, 0,
	    "in Sept. 2023" },
	{ "Prices peaked in December of 2022.", "2022-12", EV_MONTH, NULL, 0,
	    NULL },
	{ "May 2023 brought new sanctions.", "2023-05", EV_MONTH, NULL, 0,
	    NULL },
	/* full dates */
	{ "The treaty was signed on 18 June 2024.", "2024-06-18", EV_DAY,
	    NULL, 0, "on 18 June 2024" },
	{ "The treaty was signed on June 18, 2024.", "2024-06-18", EV_DAY,
	    NULL, 0, "on June 18, 2024" },
	{ "It happened on the 18th of June 2024.", "2024-06-18", EV_DAY,
	    NULL, 0, NULL },
	{ "The talks resumed on Dec. 15.", "2023-12-15", EV_DAY, NULL, REL,
	    "on Dec. 15" },
	{ "The talks will resume on Dec. 15.", "2024-12-15", EV_DAY, NULL,
	    REL, NULL },
	{ "The memo is dated 2024-06-18.", "2024-06-18", EV_DAY, NULL, 0,
	    "2024-06-18" },
	{ "Filed on 18/06/2024.", "2024-06-18", EV_DAY, NULL, 0,
	    "on 18/06/2024" },
	{ "Filed on 06/18/2024.", "2024-06-18", EV_DAY, NULL, 0, NULL },
	{ "Tuesday, June 18, 2024 was hot.", "2024-06-18", EV_DAY, NULL, 0,
	    "Tuesday, June 18, 2024" },
	/* parts of a year */
	{ "Growth slowed in early 2022.", "2022", EV_YEAR, "early", 0,
	    "in early 2022" },
	{ "The offensive stalled in late 2023.", "2023", EV_YEAR, "late", 0,
	    NULL },
	{ "Floods came in the summer of 2021.", "2021", EV_YEAR, "summer", 0,
	    "in the summer of 2021" },
	{ "Prices fell in mid-2020.", "2020", EV_YEAR, "mid", 0,
	    "in mid-2020" },
	{ "Prices fell in mid 2020.", "2020", EV_YEAR, "mid", 0, NULL },
	{ "Work starts in summer 2025.", "2025", EV_YEAR, "summer", 0, NULL },
	{ "The plant reopened in the fall of 2020.", "2020", EV_YEAR, "fall",
	    0, NULL },
	{ "The line opens by the end of 2023.", "2023", EV_YEAR, "late", 0,
	    "by the end of 2023" },
	{ "Talks began at the beginning of 2020.", "2020", EV_YEAR, "early",
	    0, NULL },
	{ "Kim left in early September 2023.", "2023-09", EV_MONTH, "early", 0,
	    NULL },
	{ "Exports dropped late last year.", "2023", EV_YEAR, "late", REL,
	    "late last year" },
	/* weekdays */
	{ "Officials met on Tuesday.", "2024-06-11", EV_DAY, NULL, REL,
	    "on Tuesday" },
	{ "Putin will arrive on Tuesday.", "2024-06-18", EV_DAY, NULL, REL,
	    NULL },
	{ "On Wednesday, Kim is scheduled to speak.", "2024-06-19", EV_DAY,
	    NULL, REL, NULL },
	{ "The fleet sails next Tuesday.", "2024-06-18", EV_DAY, NULL, REL,
	    "next Tuesday" },
	{ "The minister resigned last Monday.", "2024-06-10", EV_DAY, NULL,
	    REL, NULL },
	{ "The minister resigned on Monday.", "2024-06-17", EV_DAY, NULL,
	    REL, NULL },
	{ "Markets fell sharply Friday.", "2024-06-14", EV_DAY, NULL, REL,
	    NULL },
	/* relative */
	{ "Kim visited Russia last September.", "2023-09", EV_MONTH, NULL,
	    REL, "last September" },
	{ "Exports doubled last year.", "2023", EV_YEAR, NULL, REL, NULL },
	{ "Talks resumed this month.", "2024-06", EV_MONTH, NULL, REL, NULL },
	{ "Ships were diverted last week.", "2024-06-10", EV_DAY, "week of",
	    REL, "last week" },
	{ "Elections are due next year.", "2025", EV_YEAR, NULL, REL, NULL },
	{ "Workers struck two years ago.", "2022", EV_YEAR, NULL, REL,
	    "two years ago" },
	{ "The plant closed 18 months ago.", "2022-12", EV_MONTH, NULL, REL,
	    NULL },
	{ "The road opened a decade ago.", "2014", EV_YEAR, NULL, REL, NULL },
	{ "It broke about three weeks ago.", "2024-05-27", EV_DAY,
	    "approximate", REL, "about three weeks ago" },
	{ "The ferry sank five days ago.", "2024-06-12", EV_DAY, NULL, REL,
	    NULL },
	{ "The envoy arrived yesterday.", "2024-06-16", EV_DAY, NULL, REL,
	    NULL },
	{ "The envoy leaves tomorrow.", "2024-06-18", EV_DAY, NULL, REL,
	    NULL },
	{ "Rates rose last month.", "2024-05", EV_MONTH, NULL, REL, NULL },
	{ "Rates will rise next month.", "2024-07", EV_MONTH, NULL, REL,
	    NULL },
	{ "Rates rose earlier this year.", "2024", EV_YEAR, NULL, REL,
	    "earlier this year" },
	{ "Rivers flooded last summer.", "2023", EV_YEAR, "summer", REL,
	    NULL },
	{ "Work resumes next spring.", "2025", EV_YEAR, "spring", REL, NULL },
	{ "The budget passed in September.", "2023-09", EV_MONTH, NULL, REL,
	    "in September" },
	{ "The budget passed in March.", "2024-03", EV_MONTH, NULL, REL,
	    NULL },
	/* arithmetic */
	{ "This visit comes almost 24 years after 2000.", "2024", EV_YEAR,
	    "approximate", MEAS, "almost 24 years after" },
	{ "The pact came two years after the 2019 summit.", "2021", EV_YEAR,
	    NULL, MEAS, NULL },
	{ "It fell three months before June 2024.", "2024-03", EV_MONTH,
	    NULL, MEAS, NULL },
	{ "It opened nearly a decade after 2010.", "2020", EV_YEAR,
	    "approximate", MEAS, NULL },
	{ "It fell seven weeks before 3 November 2020.", "2020-09-15",
	    EV_DAY, NULL, MEAS, NULL },
	{ "It fell ten days after 3 November 2020.", "2020-11-13",
	    EV_DAY, NULL, MEAS, NULL },
	/* not dates */
	{ "North Korea sent 1,000 shells.", NULL, 0, NULL, 0, NULL },
	{ "The conflict lasted 24 years.", NULL, 0, NULL, 0, NULL },
	{ "Their second meeting in less than a year.", NULL, 0, NULL, 0,
	    NULL },
	{ "They fought an 18-year insurgency.", NULL, 0, NULL, 0, NULL },
	{ "This violates Resolution 2270.", NULL, 0, NULL, 0, NULL },
	{ "Russia moved 2,000 troops.", NULL, 0, NULL, 0, NULL },
	{ "See page 2019 of the report.", NULL, 0, NULL, 0, NULL },
	{ "See p. 2019 of the report.", NULL, 0, NULL, 0, NULL },
	{ "Call +1 202 555 2019 for details.", NULL, 0, NULL, 0, NULL },
	{ "Call 555-2019 for details.", NULL, 0, NULL, 0, NULL },
	{ "Turnout was 2019% of the roll.", NULL, 0, NULL, 0, NULL },
	{ "Costs rose 45 percent.", NULL, 0, NULL, 0, NULL },
	{ "Tickets cost $2024 each.", NULL, 0, NULL, 0, NULL },
	{ "They sent in 2000 troops.", NULL, 0, NULL, 0, NULL },
	{ "The 1990s were calm.", NULL, 0, NULL, 0, NULL },
	{ "A 2000-year-old city.", NULL, 0, NULL, 0, NULL },
	{ "Case No. 2019 was closed.", NULL, 0, NULL, 0, NULL },
	{ "Under Article 2019 it is legal.", NULL, 0, NULL, 0, NULL },
	{ "May the best team win.", NULL, 0, NULL, 0, NULL },
	{ "Candidates campaigned hard before Super Tuesday.", NULL, 0, NULL, 0,
	    NULL },
	{ "Filed on 05/06/2024.", NULL, 0, NULL, 0, NULL },
	{ "Signed on 31 June 2024.", NULL, 0, NULL, 0, NULL },
	{ "Prices rose over the last year.", NULL, 0, NULL, 0, NULL },
	{ "Over the next year, prices will rise.", NULL, 0, NULL, 0, NULL },
	{ "A colony in 2300 is fiction.", NULL, 0, NULL, 0, NULL },
	{ "Putin returned 24 years later.", NULL, 0, NULL, 0, NULL },
	{ "Putin\xE2\x80\x99s last trip ended.", NULL, 0, NULL, 0, NULL },
	{ "They saw the March on Washington.", NULL, 0, NULL, 0, NULL },
	{ "It took a three-week stoppage.", NULL, 0, NULL, 0, NULL },
	{ "A pay rise of 6% came.", NULL, 0, NULL, 0, NULL },
};

static void
find(const char *text, struct date_ctx *ctx, GArray *out)
{
	g_array_set_size(out, 0);
	extract_date_find(text, strlen(text), ctx, out);
}

static struct date_expr *
expr(GArray *out, guint i)
{
	assert_true(i < out->len);
	return &g_array_index(out, struct date_expr, i);
}

/* The date of e as "YYYY[-MM[-DD]]" (caller frees). */
static char *
date_of(const struct date_expr *e)
{
	return extract_date_string(e->year, e->month, e->day, e->precision);
}

/* Check one case; on a mismatch say which. */
static int
check_case(const struct xcase *c, GArray *out)
{
	struct date_ctx	 ctx = { DOC_Y, DOC_M, DOC_D, 0, 0 };
	struct date_expr *e;
	char		*d;
	int		 ok;

	find(c->text, &ctx, out);
	if (c->date == NULL) {
		if (out->len != 0)
			print_error("'%s': expected no date, found %u\n",
			    c->text, out->len);
		return out->len == 0;
	}
	if (out->len == 0) {
		print_error("'%s': no date found\n", c->text);
		return 0;
	}
	e = expr(out, 0);
	d = date_of(e);
	ok = strcmp(d, c->date) == 0 && e->precision == c->prec &&
	    g_strcmp0(e->qualifier, c->qual) == 0 &&
	    (e->flags & (DATE_RELATIVE | DATE_MEASURE)) == c->flags &&
	    (e->flags & DATE_UNRESOLVED) == 0 &&
	    (c->match == NULL || (strlen(c->match) == e->end - e->start &&
	    memcmp(c->text + e->start, c->match, e->end - e->start) == 0));
	if (!ok)
		print_error("'%s': got %s p%d '%s' flags %#x '%.*s'\n",
		    c->text, d, e->precision, e->qualifier ? e->qualifier :
		    "(null)", e->flags, (int)(e->end - e->start),
		    c->text + e->start);
	g_free(d);
	return ok;
}

static void
test_extract_date_find_table(void **state)
{
	GArray	*out;
	size_t	 i;
	int	 bad = 0, neg = 0;

	(void)state;
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		bad += !check_case(&cases[i], out);
		neg += cases[i].date == NULL;
	}
	g_array_free(out, TRUE);
	assert_true(G_N_ELEMENTS(cases) >= 60);
	assert_true(neg >= 20);
	assert_int_equal(bad, 0);
}

/* Without a document date, relative forms stay unresolved, the rest
 * does not move. */
static void
test_extract_date_find_no_document_date(void **state)
{
	static const char *const rel[] = {
		"last September", "last year", "this month", "last week",
		"next year", "two years ago", "18 months ago", "on Tuesday",
		"next Tuesday", "yesterday", "on Dec. 15", "in September",
		"last summer", "late last year", NULL
	};
	struct date_ctx	 ctx = { 0, 0, 0, 0, 0 };
	GArray		*out;
	char		*s, *d;
	size_t		 i;

	(void)state;
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	for (i = 0; rel[i] != NULL; i++) {
		s = g_strdup_printf("It happened %s.", rel[i]);
		find(s, &ctx, out);
		assert_int_equal(out->len, 1);
		assert_true(expr(out, 0)->flags & DATE_UNRESOLVED);
		assert_true(expr(out, 0)->flags & DATE_RELATIVE);
		assert_int_equal(expr(out, 0)->year, 0);
		assert_int_equal(expr(out, 0)->core, strlen("It happened ") +
		    (strncmp(rel[i], "on ", 3) == 0 || strncmp(rel[i], "in ",
		    3) == 0 ? 3 : 0));
		g_free(s);
	}
	find("It happened almost 24 years after 2000 and in June 2024.",
	    &ctx, out);
	assert_int_equal(out->len, 3);
	d = date_of(expr(out, 0));
	assert_string_equal(d, "2024");
	g_free(d);
	assert_int_equal(expr(out, 2)->month, 6);
	assert_int_equal(expr(out, 2)->flags & DATE_UNRESOLVED, 0);
	g_array_free(out, TRUE);
}

/* A date without its year takes the block's last year. */
static void
test_extract_date_find_context_year(void **state)
{
	struct date_ctx	 ctx = { DOC_Y, DOC_M, DOC_D, 0, 0 };
	GArray		*out;

	(void)state;
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	find("Talks failed in 2019.", &ctx, out);
	assert_int_equal(ctx.ctx_year, 2019);
	find("They resumed on Dec. 15 and again in September.", &ctx, out);
	assert_int_equal(out->len, 2);
	assert_int_equal(expr(out, 0)->year, 2019);
	assert_int_equal(expr(out, 0)->month, 12);
	assert_int_equal(expr(out, 0)->day, 15);
	assert_int_equal(expr(out, 0)->flags & DATE_RELATIVE, 0);
	assert_int_equal(expr(out, 1)->year, 2019);
	assert_int_equal(expr(out, 1)->month, 9);
	/* relative forms keep to the document date */
	find("Exports rose last year.", &ctx, out);
	assert_int_equal(expr(out, 0)->year, 2023);
	/* no context: a month and a date without year need the date */
	ctx.year = 0;
	ctx.ctx_year = 0;
	find("They resumed on Dec. 15.", &ctx, out);
	assert_true(expr(out, 0)->flags & DATE_UNRESOLVED);
	g_array_free(out, TRUE);
}

/* A measure comes with the date it counts from, which follows it. */
static void
test_extract_date_find_measure_anchor(void **state)
{
	const char	*s = "This visit comes almost 24 years after Putin"
			    "\xE2\x80\x99s last trip to Pyongyang in 2000, "
			    "highlighting a renewed emphasis.";
	struct date_ctx	 ctx = { DOC_Y, DOC_M, DOC_D, 0, 0 };
	GArray		*out;

	(void)state;
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	find(s, &ctx, out);
	assert_int_equal(out->len, 2);
	assert_true(expr(out, 0)->flags & DATE_MEASURE);
	assert_int_equal(expr(out, 0)->anchor, 1);
	assert_int_equal(expr(out, 0)->year, 2024);
	assert_string_equal(expr(out, 0)->qualifier, "approximate");
	assert_int_equal(expr(out, 1)->year, 2000);
	assert_int_equal(expr(out, 1)->flags & DATE_MEASURE, 0);
	assert_memory_equal(s + expr(out, 1)->start, "in 2000", 7);
	assert_memory_equal(s + expr(out, 1)->core, "2000,", 5);
	/* no date to count from: nothing */
	find("It ends almost 18 months after it was announced.", &ctx, out);
	assert_int_equal(out->len, 0);
	/* nor past a comma: the date is another clause's */
	find("He left a day after the announcement, and came back last "
	    "month.", &ctx, out);
	assert_int_equal(out->len, 1);
	assert_int_equal(expr(out, 0)->flags & DATE_MEASURE, 0);
	/* a number's comma does not end the phrase */
	find("It came 3 years after 1,000 troops left in 2000.", &ctx, out);
	assert_int_equal(out->len, 2);
	assert_true(expr(out, 0)->flags & DATE_MEASURE);
	g_array_free(out, TRUE);
}

/*
 * Relative dates that leave the years 1 to 9999 are out of range (no
 * year, a warning in chrono.c), found all the same so that their words
 * stay dates; the days beside the limits are dates.  GLib criticals are
 * fatal here (main): day arithmetic must not reach GDate's assertions.
 */
static void
test_extract_date_find_out_of_range(void **state)
{
	static const struct {
		int		 y, m, d;	/* document date */
		const char	*text;
		const char	*core;		/* the expression */
		const char	*date;		/* NULL: out of range */
	} t[] = {
		{ 1, 1, 1, "It happened yesterday.", "yesterday", NULL },
		{ 1, 1, 1, "It will happen tomorrow.", "tomorrow",
		    "0001-01-02" },
		{ 1, 1, 1, "It happened two years ago.", "two years ago",
		    NULL },
		{ 1, 1, 1, "It happened three days ago.", "three days ago",
		    NULL },
		{ 1, 1, 1, "It happened last month.", "last month", NULL },
		{ 1, 1, 1, "It happened last week.", "last week", NULL },
		{ 1, 1, 1, "It happened last year.", "last year", NULL },
		{ 1, 1, 1, "It happened last Tuesday.", "last Tuesday",
		    NULL },
		{ 1, 1, 1, "It happened last summer.", "last summer", NULL },
		{ 1, 1, 1, "They met on 5 December.", "5 December", NULL },
		{ 1, 1, 3, "It happened two days ago.", "two days ago",
		    "0001-01-01" },
		{ 2, 6, 1, "It happened last year.", "last year", "0001" },
		{ 9999, 12, 31, "It will happen tomorrow.", "tomorrow", NULL },
		{ 9999, 12, 31, "It happened yesterday.", "yesterday",
		    "9999-12-30" },
		{ 9999, 12, 31, "It will happen next year.", "next year",
		    NULL },
		{ 9999, 12, 31, "It will happen next month.", "next month",
		    NULL },
		{ 9999, 12, 31, "It will happen next week.", "next week",
		    NULL },
		{ 9999, 12, 31, "It will happen next Tuesday.",
		    "next Tuesday", NULL },
		{ 9999, 12, 31, "It will happen on 5 January.", "5 January",
		    NULL },
		{ 2024, 6, 17, "It was founded 900 decades ago.",
		    "900 decades ago", NULL },
	};
	GArray		*out;
	size_t		 i;
	char		*d;

	(void)state;
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		struct date_ctx ctx = { t[i].y, t[i].m, t[i].d, 0, 0 };
		struct date_expr *e;

		find(t[i].text, &ctx, out);
		if (out->len != 1)
			fail_msg("'%s' on %d-%d-%d: %u expressions", t[i].text,
			    t[i].y, t[i].m, t[i].d, out->len);
		e = expr(out, 0);
		assert_memory_equal(t[i].text + e->core, t[i].core,
		    strlen(t[i].core));
		assert_int_equal(e->end - e->core, strlen(t[i].core));
		assert_int_equal(e->flags & DATE_UNRESOLVED, 0);
		if (t[i].date == NULL) {
			if (!(e->flags & DATE_OUT_OF_RANGE) || e->year != 0)
				fail_msg("'%s' on %d-%d-%d: year %d, flags %#x",
				    t[i].text, t[i].y, t[i].m, t[i].d, e->year,
				    e->flags);
			continue;
		}
		assert_int_equal(e->flags & DATE_OUT_OF_RANGE, 0);
		d = date_of(e);
		assert_string_equal(d, t[i].date);
		g_free(d);
	}
	/* a measure past 9999 is out of range; its anchor is a date */
	{
		struct date_ctx ctx = { 2024, 6, 17, 0, 0 };

		find("It ends 900 decades after 2000.", &ctx, out);
		assert_int_equal(out->len, 2);
		assert_true(expr(out, 0)->flags & DATE_MEASURE);
		assert_true(expr(out, 0)->flags & DATE_OUT_OF_RANGE);
		assert_int_equal(expr(out, 1)->year, 2000);
	}
	g_array_free(out, TRUE);
}

/* Dates in a long run of words without a full stop: linear time. */
static void
test_extract_date_find_long_text(void **state)
{
	struct date_ctx	 ctx = { DOC_Y, DOC_M, DOC_D, 0, 0 };
	GString		*s = g_string_new(NULL);
	GArray		*out;
	GTimer		*t;
	int		 i;

	(void)state;
	for (i = 0; i < 20000; i++)
		g_string_append(s, "troops moved in 2019 and last week "
		    "1,000 shells on Tuesday, almost 24 years after ");
	out = g_array_new(FALSE, FALSE, sizeof(struct date_expr));
	t = g_timer_new();
	extract_date_find(s->str, s->len, &ctx, out);
	assert_true(g_timer_elapsed(t, NULL) < 2.0);
	assert_int_equal(out->len, 20000 * 4 - 1);
	g_timer_destroy(t);
	g_array_free(out, TRUE);
	g_string_free(s, TRUE);
}

static void
test_extract_date_parse_forms(void **state)
{
	static const struct {
		const char	*s;
		const char	*date;		/* NULL: refused */
		enum ev_precision prec;
	} t[] = {
		{ "2024-06-19", "2024-06-19", EV_DAY },
		{ " 2024-06 ", "2024-06", EV_MONTH },
		{ "2024", "2024", EV_YEAR },
		{ "June 2024", "2024-06", EV_MONTH },
		{ "18 June 2024", "2024-06-18", EV_DAY },
		{ "June 18, 2024", "2024-06-18", EV_DAY },
		{ "2024-13-01", NULL, 0 },
		{ "2024-02-30", NULL, 0 },
		{ "2024-6-1", NULL, 0 },
		{ "June", NULL, 0 },
		{ "last year", NULL, 0 },
		{ "yesterday", NULL, 0 },
		{ "", NULL, 0 },
		{ "24", NULL, 0 },
		{ "20245", NULL, 0 },
		{ "2024 and more", NULL, 0 },
		{ "0000-01-01", NULL, 0 },
		{ "10500", NULL, 0 },
		{ "10500-01-01", NULL, 0 },
	};
	struct date_expr e;
	char		*d;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		if (t[i].date == NULL) {
			if (extract_date_parse(t[i].s, &e))
				fail_msg("'%s' parsed", t[i].s);
			/* a year outside 1..9999 says so */
			if (((e.flags & DATE_OUT_OF_RANGE) != 0) !=
			    (t[i].s[0] == '0' || t[i].s[0] == '1' ||
			    strcmp(t[i].s, "20245") == 0))
				fail_msg("'%s': flags %#x", t[i].s, e.flags);
			continue;
		}
		if (!extract_date_parse(t[i].s, &e))
			fail_msg("'%s' refused", t[i].s);
		d = date_of(&e);
		assert_string_equal(d, t[i].date);
		assert_int_equal(e.precision, t[i].prec);
		g_free(d);
	}
}

static void
test_extract_date_string_precision(void **state)
{
	char	*s;

	(void)state;
	s = extract_date_string(2024, 6, 7, EV_DAY);
	assert_string_equal(s, "2024-06-07");
	g_free(s);
	s = extract_date_string(2023, 9, 0, EV_MONTH);
	assert_string_equal(s, "2023-09");
	g_free(s);
	s = extract_date_string(2000, 0, 0, EV_YEAR);
	assert_string_equal(s, "2000");
	g_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract_date_find_table),
		cmocka_unit_test(test_extract_date_find_out_of_range),
		cmocka_unit_test(test_extract_date_find_no_document_date),
		cmocka_unit_test(test_extract_date_find_context_year),
		cmocka_unit_test(test_extract_date_find_measure_anchor),
		cmocka_unit_test(test_extract_date_find_long_text),
		cmocka_unit_test(test_extract_date_parse_forms),
		cmocka_unit_test(test_extract_date_string_precision),
	};

	g_log_set_always_fatal(G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
