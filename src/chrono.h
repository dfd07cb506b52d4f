/* SPDX-License-Identifier: MIT */
/*
 * The chronology: dated events found in the body (extract_date.c finds
 * and resolves the date expressions; chrono.c makes events of them),
 * events from the front matter, and the document's own entry, merged and
 * sorted.  Plain data; included by main, typeset and tests.
 */
#ifndef BRIEFING_CHRONO_H
#define BRIEFING_CHRONO_H

#include <stdio.h>
#include <glib.h>

#include "doc.h"

enum ev_precision {
	EV_DAY,
	EV_MONTH,
	EV_YEAR
};

enum ev_source {
	EV_EXTRACTED,		/* found in the body */
	EV_FRONTMATTER,		/* from `chronology:` */
	EV_DOCUMENT		/* the briefing's own date ("this briefing") */
};

struct event {
	int		 year, month, day;	/* month, day 0 when unknown */
	enum ev_precision precision;
	char		*qualifier;	/* NULL, or "early", "mid", "late",
					 * "spring".."winter", "approximate",
					 * "week of" */
	char		*text;		/* short text: who did what */
	size_t		 off;		/* source byte offset of the sentence */
	struct pos	 pos;		/* its line:col */
	size_t		 block_off;	/* offset of the block it stands in
					 * (the typesetter's anchor "p<off>") */
	enum ev_source	 source;
	int		 scheduled;	/* to come: a deadline, a vote */
	int		 end_year, end_month, end_day;	/* a range's end,
					 * end_year 0: none */
	enum ev_precision end_precision;
	GPtrArray	*actors;	/* char *: named actors of the
					 * clause, or NULL */
};

struct chronology {
	int		 off;		/* `chronology: off`: no sidebar */
	GPtrArray	*events;	/* struct event *, sorted by date */
};

/*
 * Find, resolve and merge the events of a document.  Unresolvable
 * relative dates (no document date) are warnings through msg_at, with
 * the source's line:col (src gives exact positions; NULL: the spans'
 * positions are used).  Never NULL.
 */
struct chronology *chrono_run(const struct doc *doc,
		    const struct source *src);
/* The same from an analysis of doc's text (text.h) that the caller
 * made and keeps; chrono_run makes its own, without a gazetteer. */
struct text;
struct chronology *chrono_build(const struct doc *doc,
		    const struct source *src, const struct text *t);
void		 chrono_free(struct chronology *c);

/* --dump events: a JSON array on f. */
void		 chrono_dump(const struct chronology *c, FILE *f);

/* "2000", "Sep 2023", "17 Jun 2024", "c. 2024", "early 2022" (caller
 * frees). */
char		*chrono_date_label(const struct event *ev);

/* event.block_off of an event that stands in no block (the document's
 * entry, a front matter entry that replaced no extracted event). */
#define CHRONO_NO_BLOCK	((size_t)-1)

#endif
