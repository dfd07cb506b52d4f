/* SPDX-License-Identifier: MIT */
/* Unit tests of the temporal expressions of the text layer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "extract_date.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

/* Rows leave the fields after what they state out. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* The flags a row states exactly: what a time is. */
#define KIND	(TIME_UNRESOLVED | TIME_FORWARD | TIME_CHAINED | \
		 TIME_RANGE | TIME_DURATION | TIME_AGE | TIME_DECADE | \
		 TIME_MEASURE | TIME_STATISTIC | TIME_TABLE | \
		 TIME_DATELINE | TIME_OUT_OF_RANGE | TIME_GENERIC)

/* One expected time: its text, date ("2024-03" or NULL), the KIND
 * flags it has, the text of its anchor and its range's end. */
struct want {
	const char	*text;
	const char	*date;
	unsigned	 flags;
	const char	*anchor;
	const char	*end;
	const char	*qualifier;
};

struct row {
	const char	*docdate;	/* NULL: no date */
	const char	*md;
	struct want	 w[3];
};

#define FWD	TIME_FORWARD
#define CH	TIME_CHAINED

/* Document dates: 2024-03-12 is a Tuesday. */
static const struct row rows[] = {
	/* 1. a date without a year: forward in a future clause */
	{ "2024-03-12", "The minister will visit Paris on Friday.",
	    { { "on Friday", "2024-03-15", FWD } } },
	{ "2024-03-12", "The minister visited Paris on Friday.",
	    { { "on Friday", "2024-03-08", 0 } } },
	{ "2024-03-12", "Talks are due to resume on Monday.",
	    { { "on Monday", "2024-03-18", FWD } } },
	{ "2024-03-12", "Rebels attacked the town on Monday.",
	    { { "on Monday", "2024-03-11", 0 } } },
	{ "2024-03-12", "The vote is scheduled for 2 April.",
	    { { "2 April", "2024-04-02", FWD } } },
	{ "2024-03-12", "The ceasefire collapsed on 2 April.",
	    { { "on 2 April", "2023-04-02", 0 } } },
	{ "2024-03-12", "The mission ends in June.",
	    { { "in June", "2024-06", FWD } } },
	{ "2024-03-12", "Troops entered the city in June.",
	    { { "in June", "2023-06", 0 } } },
	{ "2024-03-12", "The summit is set for May 3.",
	    { { "May 3", "2024-05-03", FWD } } },
	{ "2024-03-12", "The agreement expires on 1 January.",
	    { { "on 1 January", "2025-01-01", FWD } } },
	{ "2024-03-12", "Parliament approved the budget on 1 January.",
	    { { "on 1 January", "2024-01-01", 0 } } },
	{ "2024-03-12", "In 2013 the rebels took the city. In November "
	    "they lost it.",
	    { { "In 2013", "2013", 0 }, { "In November", "2013-11", 0 } } },
	/* a step of a schedule in the simple present: to come; in
	 * the past, or a heading's present: gone */
	{ "2024-03-12", "The treaty enters into force on March 1.",
	    { { "on March 1", "2025-03-01", FWD } } },
	{ "2024-03-12", "The ban takes effect on Monday.",
	    { { "on Monday", "2024-03-18", FWD } } },
	{ "2024-03-12", "Talks resume on Aug. 3.",
	    { { "on Aug. 3", "2024-08-03", FWD } } },
	{ "2016-07-20", "The foreign ministers meet in Vientiane on July "
	    "24th.",
	    { { "on July 24th", "2016-07-24", FWD } } },
	{ "2016-07-20", "The foreign ministers met in Vientiane on July "
	    "14th.",
	    { { "on July 14th", "2016-07-14", 0 } } },
	{ "2024-03-12", "The ban took effect on Monday.",
	    { { "on Monday", "2024-03-11", 0 } } },
	{ "2024-03-12", "Talks resumed on Aug. 3.",
	    { { "on Aug. 3", "2023-08-03", 0 } } },
	{ "2024-03-12", "The ban has taken effect on Monday.",
	    { { "on Monday", "2024-03-11", 0 } } },
	{ "2024-03-12", "# Talks resume on Aug. 3",
	    { { "on Aug. 3", "2023-08-03", 0 } } },
	/* any verb in the simple present outside a heading tells what
	 * is to come; not a verb of state or speech */
	{ "2024-03-12", "The army signs the deal on Monday.",
	    { { "on Monday", "2024-03-18", FWD } } },
	{ "2024-03-12", "The minister says on Monday that talks failed.",
	    { { "on Monday", "2024-03-11", 0 } } },
	{ "2024-03-12", "The army has signed the deal on Monday.",
	    { { "on Monday", "2024-03-11", 0 } } },
	{ "2024-03-12", "The deal was signed in 2013. New elections will "
	    "be held in November.",
	    { { "in 2013", "2013", 0 }, { "in November", "2024-11", FWD } } },

	/* 2. chains */
	{ "2024-03-12", "The treaty was signed on 4 May 2019. The following "
	    "year, it was ratified.",
	    { { "The following year", "2020", CH, "on 4 May 2019" } } },
	{ "2024-03-12", "Fighting broke out on 10 June 2020. The next day, "
	    "the army retreated.",
	    { { "The next day", "2020-06-11", CH, "on 10 June 2020" } } },
	{ "2024-03-12", "Fighting broke out on 10 June 2020. A day later, "
	    "the army retreated.",
	    { { "A day later", "2020-06-11", CH } } },
	{ "2024-03-12", "The strike began on 28 February 2023. Two days "
	    "later, the mines closed.",
	    { { "Two days later", "2023-03-02", CH } } },
	{ "2024-03-12", "The republic was founded in 1995. Three years "
	    "after, it collapsed.",
	    { { "Three years after", "1998", CH, "in 1995" } } },
	{ "2024-03-12", "The war ended in 2008. A decade later, the "
	    "border reopened.",
	    { { "A decade later", "2018", CH } } },
	{ "2024-03-12", "The coup happened in March 2021. Eight months "
	    "later, elections were called.",
	    { { "Eight months later", "2021-11", CH } } },
	{ "2024-03-12", "The vote took place in March 2021. Two months "
	    "earlier, the campaign had begun.",
	    { { "Two months earlier", "2021-01", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. The day before, "
	    "the guards had left.",
	    { { "The day before", "2023-10-06", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. The previous "
	    "evening, the guards had left.",
	    { { "The previous evening", "2023-10-06", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. That afternoon, "
	    "the army mobilised.",
	    { { "That afternoon", "2023-10-07", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. The same day, "
	    "the army mobilised.",
	    { { "The same day", "2023-10-07", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. Later that "
	    "month, the army mobilised.",
	    { { "Later that month", "2023-10", CH } } },
	{ "2024-03-12", "The election was held in 2023. That November, "
	    "the results were annulled.",
	    { { "That November", "2023-11", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. Hours later, "
	    "the army mobilised.",
	    { { "Hours later", "2023-10-07", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. Within hours, "
	    "the army mobilised.",
	    { { "Within hours", "2023-10-07", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. Within days, "
	    "the army mobilised.",
	    { { "Within days", "2023-10", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. The army "
	    "cleared the camps within days.",
	    { { "within days", "2023-10", CH } } },
	{ "2024-03-12", "The attack came on 7 October 2023. The truce "
	    "collapsed within hours.",
	    { { "within hours", NULL, TIME_DURATION } } },
	{ "2024-03-12", "Abiy, who is 44 and won the prize two years ago, "
	    "declined.",
	    { { "two years ago", "2022", 0 } } },
	{ "2024-03-12", "Exports were 44 billion two years ago.",
	    { { "two years ago", "2022", TIME_STATISTIC } } },
	{ "2023-10-03", "By Monday, the government said 100,000 people had "
	    "crossed.",
	    { { "By Monday", "2023-10-02", 0 } } },
	{ "2024-03-12", "2019 | 2.3% | $7.6bn",
	    { { "2019", "2019", TIME_TABLE } } },
	{ "2024-03-12", "Ten years after 1998, the pact was renewed.",
	    { { "Ten years after", "2008", TIME_MEASURE, "1998" },
	    { "1998", "1998", 0 } } },
	{ "2024-03-12", "The strike began in May 2022. The next day, the "
	    "mines closed.",
	    { { "The next day", "2022-05", CH } } },
	{ "2024-03-12", "The treaty was signed on 4 May 2019. A year later, "
	    "it was ratified.",
	    { { "A year later", "2020", CH } } },
	{ "2024-03-12", "A day later, the talks failed.",
	    { { "A day later", NULL, CH | TIME_UNRESOLVED } } },
	{ "2024-03-12", "Fighting broke out on 3 March 2022.\n\nTwo days "
	    "later, the capital fell.",
	    { { "Two days later", "2022-03-05", CH, "on 3 March 2022" } } },
	/* a day chain: the nearest day, past a count from the document
	 * date; a heading between paragraphs; a named act not dated */
	{ "2024-03-12", "The deal was reached on 7 October 2023. Rouhani, "
	    "elected two years ago, praised it. Crowds gathered after "
	    "nightfall.",
	    { { "after nightfall", "2023-10-07", CH, "on 7 October 2023" },
	    { "two years ago", "2022", 0 } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023.\n\n"
	    "# Reactions\n\nShortly after dawn, crowds gathered.",
	    { { "Shortly after dawn", "2023-10-07", CH,
	    "on 7 October 2023" } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023.\n\n"
	    "# Reactions\n\nThe next day, crowds gathered.",
	    { { "The next day", "2023-10-08", CH, "on 7 October 2023" } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023. In March "
	    "2014 the envoys left. Two days later, they returned.",
	    { { "Two days later", "2014-03", CH, "In March 2014" } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023.\n\n"
	    "Within hours of the announcement, crowds gathered.",
	    { { "Within hours", NULL, CH | TIME_UNRESOLVED } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023. Within "
	    "hours of the announcement, crowds gathered.",
	    { { "Within hours", "2023-10-07", CH, "on 7 October 2023" } } },
	{ "2024-03-12", "The tribunal issued its award on 12 July 2016. "
	    "It ran to 500 pages.\n\nThe case began in 2013.\n\n"
	    "China rejected the award within hours of its release.",
	    { { "within hours", "2016-07-12", CH, "on 12 July 2016" } } },
	{ "2024-03-12", "The ministry made an announcement on 3 May 2020. "
	    "\n\nIn 2019 the army grew.\n\nWithin days of the "
	    "announcement, troops moved.",
	    { { "Within days", "2020-05", CH, "on 3 May 2020" } } },
	{ "2023-08-10", "On Monday it named a prime minister, and earlier "
	    "this month it scrapped the pacts. On the same day, envoys met.",
	    { { "the same day", "2023-08-07", CH, "On Monday" } } },
	{ "2024-03-12", "The talks began on 3 March 2023. In May the envoys "
	    "left. The same day, the army moved.",
	    { { "The same day", "2023-05", CH, "In May" } } },
	{ "2024-03-12", "That night, crowds gathered in the square.",
	    { { "That night", "2024-03-12", CH } } },
	/* two times side by side naming one time: the vaguer is the
	 * finer, chained to it */
	{ "2023-03-12", "Two years ago, in April 2021, the government "
	    "banned the imports.",
	    { { "Two years ago", "2021-04", CH, "in April 2021" },
	    { "in April 2021", "2021-04", 0 } } },
	{ "2016-07-20", "The case began on 22 January 2013, three years "
	    "ago, in The Hague.",
	    { { "three years ago", "2013-01-22", CH, "on 22 January 2013" },
	    { "on 22 January 2013", "2013-01-22", 0 } } },
	{ "2019-08-02", "The US withdrew on February 1. Russia suspended "
	    "it in early February, a day after the US announcement.",
	    { { "a day after", "2019-02-02", CH, "on February 1" },
	    { "in early February", "2019-02-02", CH, "a day after" } } },
	{ "2024-03-12", "Egypt signed in 1979. Jordan followed in 1994, "
	    "three years after the Madrid talks.",
	    { { "three years after", "1994", CH, "in 1994" },
	    { "in 1994", "1994", 0 } } },
	{ "2024-03-12", "Prices rose in 2019, in 2020 and in 2021.",
	    { { "in 2019", "2019", 0 }, { "in 2020", "2020", 0 } } },
	{ "2024-03-12", "The deal was reached on 7 October 2023. At dawn "
	    "on Friday, crowds gathered.",
	    { { "on Friday", "2024-03-08", 0 } } },

	/* 3. relative to the document date */
	{ "2024-03-12", "Protesters gathered last weekend.",
	    { { "last weekend", "2024-03-09", 0, NULL, NULL, "weekend" } } },
	{ "2024-03-12", "Protesters gathered at the weekend.",
	    { { "at the weekend", "2024-03-09", 0 } } },
	{ "2024-03-12", "Talks began this week.",
	    { { "this week", "2024-03-11", 0, NULL, NULL, "week of" } } },
	{ "2024-03-12", "Talks collapsed last week.",
	    { { "last week", "2024-03-04", 0 } } },
	{ "2024-03-12", "The army withdrew earlier this month.",
	    { { "earlier this month", "2024-03", 0 } } },
	{ "2024-03-12", "The army withdrew last month.",
	    { { "last month", "2024-02", 0 } } },
	{ "2024-03-12", "Elections will be held next year.",
	    { { "next year", "2025", FWD } } },
	{ "2024-03-12", "The envoy will return next week.",
	    { { "next week", "2024-03-18", FWD } } },
	{ "2024-03-12", "The treaty was signed two years ago.",
	    { { "two years ago", "2022", 0 } } },
	{ "2024-03-12", "Kim visited Russia last November.",
	    { { "last November", "2023-11", 0 } } },
	{ "2024-03-12", "The offensive began last summer.",
	    { { "last summer", "2023", 0, NULL, NULL, "summer" } } },
	{ "2024-03-12", "The offensive began in spring 2019.",
	    { { "in spring 2019", "2019", 0, NULL, NULL, "spring" } } },
	{ "2024-03-12", "The plant opened in early 2019.",
	    { { "in early 2019", "2019", 0, NULL, NULL, "early" } } },
	{ "2024-03-12", "The talks resumed in early July.",
	    { { "in early July", "2023-07", 0, NULL, NULL, "early" } } },
	{ "2024-03-12", "The government collapsed this year.",
	    { { "this year", "2024", 0 } } },

	/* 4. not points in time */
	{ "2024-03-12", "He fought in the mountains for 18 months.",
	    { { "for 18 months", NULL, TIME_DURATION } } },
	{ "2024-03-12", "The 44-day war ended in a ceasefire.",
	    { { "44-day", NULL, TIME_DURATION } } },
	{ "2024-03-12", "Museveni has ruled since 1986.",
	    { { "since 1986", "1986", TIME_DURATION } } },
	{ "2024-03-12", "Growth has slowed over the past decade.",
	    { { "over the past decade", NULL, TIME_DURATION } } },
	{ "2024-03-12", "Inflation doubled in the past two years.",
	    { { "in the past two years", NULL, TIME_DURATION } } },
	{ "2024-03-12", "The 71-year-old leader resigned.",
	    { { "71-year-old", NULL, TIME_AGE } } },
	{ "2024-03-12", "She died in Paris, aged 71.",
	    { { "aged 71", NULL, TIME_AGE } } },
	{ "2024-03-12", "He retired from politics at 45.",
	    { { "at 45", NULL, TIME_AGE } } },
	{ "2024-03-12", "Tensions grew in the 1990s.",
	    { { "the 1990s", "1990", TIME_DECADE } } },
	{ "2024-03-12", "The early 1990s were hard years.",
	    { { "The early 1990s", "1990", TIME_DECADE, NULL, NULL,
	    "early" } } },
	{ "2024-03-12", "The port was built in the 19th century.",
	    { { "the 19th century", "1801", TIME_DECADE } } },
	{ "2024-03-12", "Exports fell to 3% in 2021.",
	    { { "in 2021", "2021", TIME_STATISTIC } } },
	{ "2024-03-12", "In 2021 the deficit stood at $4bn.",
	    { { "In 2021", "2021", TIME_STATISTIC } } },
	{ "2024-03-12", "Debt was 95% of GDP in 2022, compared with 80% "
	    "in 2019.",
	    { { "in 2022", "2022", TIME_STATISTIC },
	    { "in 2019", "2019", TIME_STATISTIC } } },
	{ "2024-03-12", "By 2030 debt should fall to 60% of GDP.",
	    { { "By 2030", "2030", TIME_STATISTIC } } },
	{ "2024-03-12", "| Year | 2019 | 2020 |",
	    { { "2019", "2019", TIME_TABLE }, { "2020", "2020", TIME_TABLE } } },
	{ "2024-03-12", "Exports | 2019 | 3% | fell in 2020",
	    { { "2019", "2019", TIME_TABLE },
	    { "in 2020", "2020", TIME_TABLE } } },
	{ "2015-07-14", "VIENNA, July 14 (Wire) - Iran and six powers "
	    "reached a deal.",
	    { { "July 14", "2015-07-14", TIME_DATELINE } } },
	{ "2015-07-14", "By Jane Doe, Staff Reporter, 14 July 2015",
	    { { "14 July 2015", "2015-07-14", TIME_DATELINE } } },
	{ "2015-07-14", "14 July 2015\n\nThe talks ended.",
	    { { "14 July 2015", "2015-07-14", TIME_DATELINE } } },
	{ "2024-03-12", "The festival is held every year.",
	    { { "every year", NULL, TIME_GENERIC } } },
	{ "2024-03-12", "Farmers burn the fields each March.",
	    { { "each March", NULL, TIME_GENERIC } } },

	/* 5. ranges */
	{ "2024-03-12", "The war lasted from 2014 to 2016.",
	    { { "from 2014 to 2016", "2014", TIME_RANGE, NULL, "2016" } } },
	{ "2024-03-12", "Between 2014 and 2016 the town was besieged.",
	    { { "Between 2014 and 2016", "2014", TIME_RANGE, NULL,
	    "2016" } } },
	{ "2024-03-12", "He led the party in 2020\xe2\x80\x93" "2023.",
	    { { "in 2020\xe2\x80\x93" "2023", "2020", TIME_RANGE, NULL,
	    "2023" } } },
	{ "2024-03-12", "He led the party in 2020-23.",
	    { { "2020-23", "2020", TIME_RANGE, NULL, "2023" } } },
	{ "2024-03-12", "The blockade lasted from May to July 2022.",
	    { { "from May to July 2022", "2022-05", TIME_RANGE, NULL,
	    "2022-07" } } },

	/* 7. the year of the block's story, and days said without it */
	{ "2024-03-12", "In August 1998 the rebels seized the port. The "
	    "siege, which began on March 4th, ended within days.",
	    { { "In August 1998", "1998-08", 0 },
	    { "on March 4th", "2024-03-04", 0 } } },
	{ "2024-03-12", "In 2013 the rebels took the city. On 4 November "
	    "they lost it.",
	    { { "On 4 November", "2013-11-04", 0 } } },
	{ "2024-03-12", "In 1999 the militia was formed. The ministry "
	    "ordered it to disband by March 20th.",
	    { { "by March 20th", "2024-03-20", FWD } } },
	{ "2024-03-12", "The army ordered all units to register by March "
	    "31st.",
	    { { "by March 31st", "2024-03-31", FWD } } },
	{ "2024-03-12", "The army ordered all units to register by January "
	    "5th.",
	    { { "by January 5th", "2024-01-05", 0 } } },
	{ "2024-03-12", "The army entered the town by January 5th.",
	    { { "by January 5th", "2024-01-05", 0 } } },
	{ "2024-03-12", "Since the rebels took the city in February last "
	    "year, the road has been shut.",
	    { { "in February last year", "2023-02", 0 } } },
	{ "2024-03-12", "The plant will open in June next year.",
	    { { "in June next year", "2025-06", 0 } } },
	{ "2024-03-12", "The 2020 war ended in a ceasefire. In April, the "
	    "border closed.",
	    { { "In April", "2023-04", 0 } } },
	{ "2024-03-12", "The rebels took the city in 2019. They lost it "
	    "this year, and in February they left the valley.",
	    { { "in 2019", "2019", 0 }, { "in February", "2024-02", 0 } } },
	{ "2024-03-12", "The rebels took the city last year. In February "
	    "they lost it.",
	    { { "last year", "2023", 0 }, { "In February", "2023-02", 0 } } },
	{ "2024-03-12", "The truce was supposed to take effect on 26 March.",
	    { { "on 26 March", "2024-03-26", FWD } } },
	{ "2024-03-12", "The truce was supposed to take effect on 26 "
	    "February.",
	    { { "on 26 February", "2024-02-26", 0 } } },
	{ "2024-03-12", "The rebels gave up their guns in 2003. What matters "
	    "now is that they declared in April that the war was over.",
	    { { "in 2003", "2003", 0 }, { "in April", "2023-04", 0 } } },
	{ "2024-03-12", "The rebels gave up their guns in 2003. They "
	    "declared in April that the war was over.",
	    { { "in April", "2003-04", 0 } } },
	{ "2024-03-12", "The president compared the protests to the riots "
	    "of 1968.",
	    { { "of 1968", "1968", TIME_GENERIC } } },
	{ "2024-03-12", "The riots of 1968 shook the capital.",
	    { { "of 1968", "1968", 0 } } },
	{ "2024-03-12", "The union survived, but not on the terms of 2012.",
	    { { "of 2012", "2012", TIME_GENERIC } } },
	{ "2024-03-12", "The state paid the firm $2bn between May 2022 and "
	    "May 2023.",
	    { { "between May 2022 and May 2023", "2022-05", TIME_RANGE |
	    TIME_STATISTIC, NULL, "2023-05" } } },

	{ "2024-03-12", "The war closed the border for most of 2020 and "
	    "2021.",
	    { { "of 2020", "2020", TIME_DURATION },
	    { "and 2021", "2021", TIME_DURATION } } },
	{ "2024-03-12", "Prices rose throughout 2019.",
	    { { "throughout 2019", "2019", TIME_DURATION } } },
	{ "2024-03-12", "The most of 2019 was spent in talks.",
	    { { "of 2019", "2019", 0 } } },
	{ "2024-03-12", "The junta took power on 4 March 2023. It named a "
	    "cabinet later that month. On the same day that the cabinet "
	    "met, the border closed.",
	    { { "the same day", "2023-03-04", CH, "on 4 March 2023" } } },
	{ "2024-03-12", "The assembly met on 4 March 2023. Its next vote is "
	    "due four years after the end of the transition.",
	    { { "four years after", NULL, CH | TIME_UNRESOLVED } } },
	{ "2024-03-12", "The assembly met in 2015. Four years after the "
	    "war, it voted.",
	    { { "Four years after", "2019", CH, "in 2015" } } },

	{ "2020-09-15", "The ceremony offers a success seven weeks before "
	    "the Nov. 3 election.",
	    { { "seven weeks before", "2020-09-15", TIME_MEASURE },
	    { "Nov. 3", "2020-11-03", FWD } } },
	{ "2020-09-15", "The ceremony took place seven weeks before the "
	    "Nov. 3 election.",
	    { { "Nov. 3", "2019-11-03", 0 } } },

	{ "2024-03-12", "The treaty dates from 1948. The court said the "
	    "state must report within one month.",
	    { { "within one month", "2024-04", FWD } } },
	{ "2024-03-12", "The two rivals said they would reopen their "
	    "embassies within two months.",
	    { { "within two months", "2024-05", FWD } } },
	{ "2024-03-12", "Fighting broke out on 10 June 2020. The army "
	    "cleared the camps within days.",
	    { { "within days", "2020-06", CH, "on 10 June 2020" } } },

	{ "2024-03-12", "The talks built on a deal reached in November 2019 "
	    "and on a framework settled on 2 February.",
	    { { "in November 2019", "2019-11", 0 },
	    { "on 2 February", "2024-02-02", 0 } } },
	{ "2024-03-12", "The talks built on a deal reached in February 2019 "
	    "and on a framework settled on 2 November.",
	    { { "on 2 November", "2019-11-02", 0 } } },

	/* 6. out of range, unresolved */
	{ NULL, "The talks resumed on Tuesday.",
	    { { "on Tuesday", NULL, TIME_UNRESOLVED } } },
	{ "9999-12-31", "The talks resume tomorrow.",
	    { { "tomorrow", NULL, TIME_OUT_OF_RANGE } } },
};

#include "timefixture.h"

static int
date_is(int y, int m, int d, enum ev_precision p, const char *want)
{
	char	*got;
	int	 ok;

	if (y <= 0)
		return want == NULL;
	if (want == NULL)
		return 0;
	got = extract_date_string(y, m, d, p);
	ok = strcmp(got, want) == 0;
	g_free(got);
	return ok;
}

/* 1 if w holds in the analysis, else prints why. */
static int
check(const struct row *r, const struct want *w)
{
	const struct text_time *tm = find(w->text), *an;
	char	*got;

	if (tm == NULL) {
		print_message("'%s': no time '%s'\n", r->md, w->text);
		return 0;
	}
	if (!date_is(tm->year, tm->month, tm->day, tm->precision, w->date) ||
	    (tm->flags & KIND) != w->flags) {
		got = tm->year > 0 ? extract_date_string(tm->year, tm->month,
		    tm->day, tm->precision) : g_strdup("null");
		print_message("'%s': '%s' is %s flags %#x, want %s %#x\n",
		    r->md, w->text, got, tm->flags & KIND,
		    w->date != NULL ? w->date : "null", w->flags);
		g_free(got);
		return 0;
	}
	if (w->anchor != NULL) {
		an = tm->anchor >= 0 ? text_time(txt, (guint)tm->anchor) :
		    NULL;
		if (an != NULL && an != find(w->anchor))
			an = NULL;
		if (an == NULL) {
			print_message("'%s': '%s' not anchored on '%s'\n",
			    r->md, w->text, w->anchor);
			return 0;
		}
	}
	if (w->end != NULL && !date_is(tm->end_year, tm->end_month,
	    tm->end_day, tm->end_precision, w->end)) {
		print_message("'%s': '%s' does not end %s\n", r->md, w->text,
		    w->end);
		return 0;
	}
	if (w->qualifier != NULL && (tm->qualifier == NULL ||
	    strcmp(tm->qualifier, w->qualifier) != 0)) {
		print_message("'%s': '%s' qualifier %s, want %s\n", r->md,
		    w->text, tm->qualifier != NULL ? tm->qualifier : "null",
		    w->qualifier);
		return 0;
	}
	return 1;
}

static void
test_text_time_table(void **state)
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
	print_message("text_time table: %zu/%zu rows pass\n", pass,
	    G_N_ELEMENTS(rows));
	assert_int_equal(pass, G_N_ELEMENTS(rows));
}

/* Times in text order, each in its sentence, the dump's keys. */
static void
test_text_time_dump(void **state)
{
	char	*buf = NULL;
	size_t	 n = 0;
	FILE	*f;

	(void)state;
	analyse("2024-03-12", "Talks began on 4 May 2019.\n\nA day later, "
	    "aged 71, he left.");
	assert_int_equal(txt->times->len, 3);
	assert_int_equal(text_time(txt, 0)->sentence, 0);
	assert_int_equal(text_time(txt, 1)->sentence, 1);
	assert_true(text_time(txt, 1)->start > text_time(txt, 0)->end);
	assert_int_equal(text_time(txt, 1)->anchor, 0);
	if (txt->clauses->len == 0)
		assert_int_equal(text_time(txt, 0)->clause, -1);
	assert_string_equal(messages(), "");
	f = open_memstream(&buf, &n);
	text_dump(txt, f);
	fclose(f);
	assert_non_null(strstr(buf, "\"times\": [\n  {\"start\": "));
	assert_non_null(strstr(buf, "\"text\": \"on 4 May 2019\", "
	    "\"date\": \"2019-05-04\", \"precision\": \"day\", "
	    "\"qualifier\": null, \"end_date\": null, \"flags\": "
	    "[\"explicit_year\"], \"anchor\": -1"));
	assert_non_null(strstr(buf, "\"text\": \"A day later\", \"date\": "
	    "\"2019-05-05\", \"precision\": \"day\", \"qualifier\": null, "
	    "\"end_date\": null, \"flags\": [\"chained\"], \"anchor\": 0"));
	assert_non_null(strstr(buf, "\"text\": \"aged 71\", \"date\": null"));
	free(buf);
}

/* Words that are no time of their sentence. */
static void
test_text_time_none(void **state)
{
	(void)state;
	/* a weekday as the object of "declared" */
	analyse("2024-03-12", "The mayor declared Monday a day off.");
	assert_null(find("Monday"));
	/* the same weekday as a time */
	analyse("2024-03-12", "The mayor declared on Monday a state of "
	    "emergency.");
	assert_non_null(find("on Monday"));
}

/* 5 000 dates in a paragraph, a 100 000-word sentence: linear. */
static void
test_text_time_bounded(void **state)
{
	GString	*s = g_string_new(NULL);
	clock_t	 t0 = clock();
	guint	 i;

	(void)state;
	for (i = 0; i < 5000; i++)
		g_string_append(s, i % 2 ? "on 4 May 2019, a day later, " :
		    "from 2014 to 2016, the next day ");
	for (i = 0; i < 100000; i++)
		g_string_append(s, i % 7 ? "word " : "has ");
	g_string_append(s, "since 1994.");
	analyse("2024-03-12", s->str);
	g_string_free(s, TRUE);
	assert_int_equal(txt->times->len, 5000 * 2 + 1);
	assert_true(text_time(txt, txt->times->len - 1)->flags &
	    TIME_EXPLICIT_YEAR);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20.0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_time_table,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_time_dump,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_time_none,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_time_bounded,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
