/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the temporal expressions of the text layer: times told
 * from other times ("a day after the talks had been scheduled to
 * close", "that very morning", "today") and the clause each dates.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "extract_date.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* The flags a row states exactly. */
#define KIND	(TIME_UNRESOLVED | TIME_FORWARD | TIME_CHAINED | \
		 TIME_RANGE | TIME_DURATION | TIME_AGE | TIME_DECADE | \
		 TIME_MEASURE | TIME_STATISTIC | TIME_TABLE | \
		 TIME_DATELINE | TIME_OUT_OF_RANGE | TIME_GENERIC)

#define CH	TIME_CHAINED
#define NONE	((unsigned)-1)		/* the text is no time */

/* One expected time: its text, its date (NULL: none), its KIND flags
 * (NONE: no such time) and the main verb of the clause it dates (NULL:
 * not checked). */
struct want {
	const char	*text;
	const char	*date;
	unsigned	 flags;
	const char	*verb;
};

struct row {
	const char	*docdate;
	const char	*md;
	struct want	 w[3];
};

/* 2015-12-12 is a Saturday, 2020-07-03 a Friday. */
static const struct row rows[] = {
	/* A. "N units after" a finite clause: that clause is N units
	 * before the main clause's time */
	{ "2015-12-12", "The conference opened on November 30, 17 days "
	    "after gunmen killed 130 people in Paris.",
	    { { "on November 30", "2015-11-30", 0, "opened" },
	    { "17 days after", "2015-11-13", CH, "killed" } } },
	{ "2015-12-12", "Delegates adopted the pact on Saturday.\n\n"
	    "The chairman brought down the gavel in the hall, a day after "
	    "the talks had been scheduled to close.",
	    { { "a day after", "2015-12-11", CH, "close" } } },
	{ "2020-07-03", "The Senate on Thursday approved the act, which "
	    "would punish banks, a day after the House passed it.",
	    { { "a day after", "2020-07-01", CH, "passed" },
	    { "on Thursday", "2020-07-02", 0, "approved" } } },
	{ "2020-08-01", "The Senate approved the act on July 2, two "
	    "weeks before the president signed it.",
	    { { "two weeks before", "2020-07-16", CH, "signed" } } },
	/* in the present, the main clause is now */
	{ "2015-07-07", "Leaders meet in Brussels, a day after the "
	    "ministers failed to agree.",
	    { { "a day after", "2015-07-06", CH, "failed" } } },
	/* not counted back from a time to come */
	{ "2024-06-14", "Analysts expect the terminal to be completed next "
	    "year, almost 18 months after it was first announced.",
	    { { "almost 18 months after", NULL, CH | TIME_UNRESOLVED } } },
	/* at the head of the sentence, counted from the story, the
	 * chain dates the main clause */
	{ "2021-03-12", "The agency issued a warning on March 3. Two days "
	    "after the ceasefire was signed, the army withdrew.",
	    { { "Two days after", "2021-03-05", CH, "withdrew" } } },
	/* no time to count from: a name after "after" makes no chain */
	{ "2021-03-12", "A week after Biden took office, the US rejoined "
	    "the accord.",
	    { { "A week after", NULL, CH | TIME_UNRESOLVED } } },
	/* a day counted from a year tells no day */
	{ "2021-03-12", "The war ended in 2010.\n\nThe army withdrew from "
	    "the valley, a day after the rebels had signed the truce.",
	    { { "a day after", "2010", CH, "withdrew" } } },
	/* no clause after "after": a date's measure or nothing */
	{ "2021-03-12", "The army withdrew on March 3, two days after "
	    "Christmas Day.",
	    { { "two days after", NULL, NONE } } },

	/* C. a date without a year told forward by the words before it:
	 * "for" a day is a plan, the nearer such day if told in the
	 * past */
	{ "2017-10-27", "The premier dissolved parliament and called a "
	    "snap election for Dec. 21.",
	    { { "Dec. 21", "2017-12-21", TIME_FORWARD, "called" } } },
	{ "2017-03-10", "The premier called an early election for Feb. 2.",
	    { { "Feb. 2", "2017-02-02", 0, "called" } } },
	/* 2021-09-18 is a Saturday: a plan told in the past, even "set
	 * for" a day, is the nearer such day */
	{ "2021-09-18", "The embassy cancelled a gala that had been set "
	    "for Friday.",
	    { { "Friday", "2021-09-17", 0 } } },
	/* "by" a day in the present or the future: a deadline to come;
	 * in the past, done */
	{ "2014-09-19", "Draft legislation is promised by January 25th.",
	    { { "by January 25th", "2015-01-25", TIME_FORWARD } } },
	{ "2014-09-19", "The army had retaken the town by January 25th.",
	    { { "by January 25th", "2014-01-25", 0 } } },
	/* a clause in the simple present, main or subordinate, tells
	 * what is to come; not a verb of state or speech, nor a date
	 * that qualifies a noun, nor a heading */
	{ "2023-07-24", "The coalition wants to pass the bill when "
	    "parliament returns from its recess in October.",
	    { { "in October", "2023-10", TIME_FORWARD, "returns" } } },
	{ "2017-10-27", "The declaration follows an Oct. 1 referendum.",
	    { { "Oct. 1", "2017-10-01", 0 } } },
	{ "2023-07-24", "## Parliament returns in October\n\nIt met.",
	    { { "in October", "2022-10", 0 } } },

	/* D. a part of the day reached: the day before */
	{ "2018-05-10", "Roads were blocked on May 2nd, and by the evening "
	    "the party had yielded.",
	    { { "by the evening", "2018-05-02", CH } } },
	{ "2011-07-12", "Crowds gathered on Saturday. By late morning the "
	    "speaker had read the declaration.",
	    { { "By late morning", "2011-07-09", CH } } },
	{ "2023-04-02", "Thousands marched on March 27. By evening the "
	    "premier had given in.",
	    { { "By evening", "2023-03-27", CH } } },
	/* a habit, a day part's own date */
	{ "2023-04-02", "On March 27 the army said it attacks at night.",
	    { { "at night", NULL, NONE } } },
	{ "2023-04-02", "On March 20 they said they would leave by the "
	    "evening of March 27.",
	    { { "by the evening", NULL, NONE } } },

	/* E. so many years ago "to the day": the document's day then; a
	 * time after a semicolon dates the clause after it */
	{ "2011-07-09", "Six years ago to the day he was sworn in as vice "
	    "president; three weeks later he was killed in a crash.",
	    { { "Six years ago to the day", "2005-07-09", 0 },
	    { "three weeks later", "2005-07-30", CH, "killed" } } },
	{ "2011-07-09", "The rebels signed a truce six years ago.",
	    { { "six years ago", "2005", 0 } } },

	/* F. a chain on a named act counts from the nearest point told
	 * with it, not from the story's last point */
	{ "2020-08-21", "The opposition lost the vote on August 9. The "
	    "protests grew on August 12. Putin congratulated him the day "
	    "after the vote.",
	    { { "the day after", "2020-08-10", CH } } },
	{ "2020-08-21", "The opposition lost the vote on August 9. The "
	    "protests grew on August 12. Two days after the vote she "
	    "left.",
	    { { "Two days after", "2020-08-11", CH } } },
	{ "2023-07-25", "Parliament passed the law on Monday with a vote "
	    "that settled nothing. Over the weekend the president "
	    "shuttled between the leaders; the talks collapsed hours "
	    "before the vote.",
	    { { "hours before", "2023-07-24", CH } } },
	{ "2018-05-10", "On May 8th the assembly elected him by 59 votes "
	    "to 42.\n\nPutin sent him a telegram within hours of the "
	    "vote.",
	    { { "within hours", "2018-05-08", CH } } },
	/* nothing named before: no day */
	{ "2020-08-21", "The talks ended on August 9. Putin called him "
	    "the day after the summit.",
	    { { "the day after", NULL, CH | TIME_UNRESOLVED } } },
	/* a month chained in a paragraph about another year, which it
	 * names without a point of its own; a figure is no year */
	{ "2020-08-21", "Protests grew on August 10.\n\nThe precedent "
	    "is 2010. After the election that December, police broke up "
	    "a protest.",
	    { { "that December", "2010-12", CH } } },
	{ "2020-08-21", "Protests grew on August 10.\n\nThe army has 2010 "
	    "troops. That December the police broke up a protest.",
	    { { "That December", "2020-12", CH } } },

	/* a count after a verb of lasting is how long, not a chain */
	{ "2018-04-25", "On April 22nd the two men met; the encounter "
	    "lasted barely three minutes before the premier walked out.",
	    { { "barely three minutes", NULL, TIME_DURATION },
	    { "barely three minutes before", NULL, NONE } } },

	/* G. a day "of that year": the year the story named last */
	{ "2018-05-10", "The first protests broke out in 2008.\n\nThey "
	    "ended on March 1st of that year when ten people were killed.",
	    { { "on March 1st", "2008-03-01", 0 },
	    { "that year", "2008", CH } } },

	/* B. the day of the telling, and a day already given */
	{ "2015-07-07", "Leaders hold a summit in Brussels today.",
	    { { "today", "2015-07-07", 0, "hold" } } },
	{ "2015-07-07", "The minister said this morning that talks would "
	    "resume.",
	    { { "this morning", "2015-07-07", 0, "said" } } },
	{ "2015-07-07", "The strike has lasted until today.",
	    { { "today", NULL, NONE } } },
	{ "2015-07-07", "On 4 July 1776 the congress met. Today the "
	    "delegates signed the declaration.",
	    { { "Today", "1776-07-04", CH, "signed" } } },
	{ "2021-02-04", "Soldiers detained the president on February 1st. "
	    "The parliament had been due to sit for the first time that "
	    "very morning. By midday the vice-president had declared an "
	    "emergency.",
	    { { "that very morning", "2021-02-01", CH },
	    { "By midday", "2021-02-01", CH, "declared" } } },
	{ "2020-07-03", "The committee passed the law on Tuesday. It took "
	    "effect at 11 p.m. that night.",
	    { { "that night", "2020-06-30", CH, "took" } } },
	{ "2020-07-03", "Troops entered the town on Tuesday. By nightfall "
	    "they had left.",
	    { { "By nightfall", "2020-06-30", CH, "left" } } },

	/* C. a day or a month in the "when" clause of a year */
	{ "2020-07-03", "The march had been held every year since 2003, "
	    "when half a million people turned out on July 1. That bill "
	    "was shelved two months later.",
	    { { "on July 1", "2003-07-01", 0, "turned" },
	    { "two months later", "2003-09", CH, "shelved" } } },
	{ "2020-07-03", "The town was founded in 1850, where settlers "
	    "arrived in May.",
	    { { "in May", "1850-05", 0 } } },
	/* "last July" still counts from the document date */
	{ "2020-07-03", "Talks began in 1990, when the war ended; the "
	    "army left last July.",
	    { { "last July", "2019-07", 0 } } },
	/* no "when": the year of a state does not date the block */
	{ "2020-07-03", "The march has been held since 2003. Half a "
	    "million people turned out on July 1.",
	    { { "on July 1", "2020-07-01", 0 } } },
	/* a clause in the past is not dated after the document date */
	{ "2020-07-03", "In 2020 the virus spread. Protesters marched on "
	    "July 20.",
	    { { "on July 20", "2019-07-20", 0 } } },
	{ "2020-07-03", "In 2020 the virus spread. Protesters will march "
	    "on July 20.",
	    { { "on July 20", "2020-07-20", TIME_FORWARD } } },

	/* D. a year before a noun, after "a" or "an" */
	{ "2021-03-12", "A 2019 missile attack hit the oil facilities.",
	    { { "2019", "2019", 0 } } },
	{ "2021-03-12", "The coalition said it would accept a 2002 "
	    "ruling by the commission.",
	    { { "2002", "2002", 0 } } },
	{ "2021-03-12", "He led a 2000 strong force.",
	    { { "2000", NULL, NONE } } },
	/* and it does not date the block's months */
	{ "2021-03-12", "Experts studied a 2015 report. The army attacked "
	    "in May.",
	    { { "in May", "2020-05", 0 } } },

	/* E. vague spans are no points */
	{ "2015-07-07", "Greek banks shut on June 29th. Without more "
	    "liquidity they will run out of cash within days.",
	    { { "within days", NULL, TIME_DURATION } } },
	{ "2015-07-07", "Greek banks shut on June 29th. Scientists warn "
	    "that the limit could be breached within decades.",
	    { { "within decades", NULL, TIME_DURATION } } },
	/* in the past, it is when */
	{ "2015-07-07", "The banks shut on June 29th. The government fell "
	    "within days.",
	    { { "within days", "2015-06", CH } } },
	{ "2021-02-04", "She spent some 15 of the 21 years between 1989 "
	    "and 2010 under house arrest.",
	    { { "between 1989 and 2010", "1989",
	    TIME_RANGE | TIME_DURATION } } },
	{ "2021-02-04", "Troops occupied the valley between 1989 and "
	    "2010.",
	    { { "between 1989 and 2010", "1989", TIME_RANGE } } },

	/* F. two years joined by "and" are two times; "between ... and",
	 * "from ... to" a range */
	{ "2021-02-04", "The army crushed protests in 1988 and 2007.",
	    { { "in 1988", "1988", 0 }, { "and 2007", "2007", 0 } } },
	{ "2021-02-04", "Troops occupied the valley from 1989 to 2010.",
	    { { "from 1989 to 2010", "1989", TIME_RANGE } } },
	{ "2021-02-04", "Prices rose between May and July 2019.",
	    { { "between May and July 2019", "2019-05", TIME_RANGE } } },
};

#include "timefixture.h"

/* The main verb of the clause time tm dates: its own clause, or the
 * one above while that has no verb. */
static int
verb_is(const struct text_time *tm, const char *want)
{
	const struct text_clause *cl;
	const char *w;
	size_t	 n;
	int	 c = tm->clause, up;

	for (up = 0; c >= 0 && up < 4; up++) {
		cl = text_clause(txt, (guint)c);
		if (cl->head >= 0) {
			w = text_word(txt, (guint)cl->head, &n);
			return n == strlen(want) && memcmp(w, want, n) == 0;
		}
		c = cl->parent;
	}
	return 0;
}

/* 1 if w holds, else prints why. */
static int
check(const struct row *r, const struct want *w)
{
	const struct text_time *tm = find(w->text);
	char	*got;
	int	 ok;

	if (w->flags == NONE) {
		if (tm != NULL)
			print_message("'%s': '%s' is a time\n", r->md,
			    w->text);
		return tm == NULL;
	}
	if (tm == NULL) {
		print_message("'%s': no time '%s'\n", r->md, w->text);
		return 0;
	}
	got = tm->year > 0 ? extract_date_string(tm->year, tm->month,
	    tm->day, tm->precision) : NULL;
	ok = (got == NULL ? w->date == NULL : w->date != NULL &&
	    strcmp(got, w->date) == 0) && (tm->flags & KIND) == w->flags;
	if (!ok)
		print_message("'%s': '%s' is %s flags %#x, want %s %#x\n",
		    r->md, w->text, got != NULL ? got : "null",
		    tm->flags & KIND, w->date != NULL ? w->date : "null",
		    w->flags);
	g_free(got);
	if (ok && w->verb != NULL && !verb_is(tm, w->verb)) {
		print_message("'%s': '%s' does not date '%s'\n", r->md,
		    w->text, w->verb);
		ok = 0;
	}
	return ok;
}

static void
test_text_time_rel_table(void **state)
{
	const struct row *r;
	size_t	 i, k, pass = 0;
	int	 ok;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		r = &rows[i];
		analyse(r->docdate, r->md);
		ok = 1;
		for (k = 0; k < G_N_ELEMENTS(r->w) && r->w[k].text != NULL;
		    k++)
			ok &= check(r, &r->w[k]);
		pass += ok;
	}
	print_message("text_time_rel table: %zu/%zu rows pass\n", pass,
	    G_N_ELEMENTS(rows));
	assert_int_equal(pass, G_N_ELEMENTS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_time_rel_table,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
