/* SPDX-License-Identifier: MIT */
/*
 * Internals of the chronology shared by chrono.c (front matter, merge,
 * order, dump), chrono_event.c (events read from the text layer) and
 * chrono_head.c (their texts, below chrono_event.c).  Included by those
 * files only.
 */
#ifndef BRIEFING_CHRONO_INT_H
#define BRIEFING_CHRONO_INT_H

#include <glib.h>

#include "chrono.h"
#include "source.h"
#include "text.h"

#define CHRONO_TEXT_WORDS	12	/* words of an entry's text at most */
#define CHRONO_SCAN		200	/* tokens a rule reads around a date:
					 * every rule bounded, so a sentence of
					 * a million words stays linear */

/* A new event appended to events; text is taken. */
struct event	*chrono_event_add(GPtrArray *events, int y, int m, int d,
		    enum ev_precision p, const char *q, char *text,
		    enum ev_source source);

/*
 * The events of the text: one per temporal expression that dates an
 * event of its clause (not a duration, an age, a figure, a table cell,
 * a date line, a hypothetical or a negated clause), its text a headline
 * made of the clause's subject, verb and object.  Unresolved and out of
 * range dates are warnings through msg_at.
 */
void		 chrono_from_text(const struct doc *doc,
		    const struct source *src, const struct text *t,
		    GPtrArray *events);

/*
 * chrono_head.c: entry texts from the text layer.  Token i of t is the
 * punctuation p; a gerund opening a phrase; inside a clause nested in
 * clause c (not a reported or "to" clause).
 */
int		 chrono_is_punct(const struct text *t, guint i, const char *p);
int		 chrono_gerund(const struct text *t, guint i);
int		 chrono_in_child(const struct text *t, int c, guint i);
/* The first clause of sentence s that starts at token tok or after
 * (clauses are in text order of their first tokens). */
guint		 chrono_clause_from(const struct text *t, guint s, guint tok);
/* The clause whose subject stands for clause c's (c or a parent). */
const struct text_clause *chrono_subject_clause(const struct text *t,
		    int c);
/* Clause c's subject as headline words appended to g; 0 when it names
 * nothing a reader could follow. */
int		 chrono_subject_text(const struct text *t, int c, GString *g);
/* Trim (the function words of lang too), cut to CHRONO_TEXT_WORDS,
 * capitalise (takes s); NULL if empty. */
char		*chrono_finish(char *s, enum text_lang lang);
/* The headline of clause c, or NULL. */
char		*chrono_headline(const struct text *t, int c);
/*
 * Noun phrases a date stands in: after "after"/"before"... or opened by
 * the date ("the 1781 Battle of ..."; a gerund's phrase returned raw
 * with *gerund_of set); the subject that holds the date; the noun
 * before "of DATE".  Each a headline or NULL.
 */
char		*chrono_nominal(const struct text *t,
		    const struct text_time *tm, int *gerund_of);
char		*chrono_subject_nominal(const struct text *t, int c,
		    const struct text_time *tm);
char		*chrono_of_nominal(const struct text *t,
		    const struct text_time *tm);
/* "Sunday's vote": the time is a possessive. */
int		 chrono_possessive_time(const struct text *t,
		    const struct text_time *tm);

/* s with its first letter a capital (takes s, returns a new string). */
char		*chrono_capitalise(char *s);

#endif
