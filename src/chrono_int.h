/* SPDX-License-Identifier: MIT */
/*
 * Internals of the chronology shared by chrono.c (front matter, merge,
 * order, dump), chrono_event.c (events read from the text layer),
 * chrono_head.c (their texts, below chrono_event.c) and chrono_words.c
 * (the words of those texts, below chrono_head.c: it calls nothing
 * above it).  Included by those files only.
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
 * chrono_words.c, below chrono_head.c: the words of entry texts.
 * Token i of t is the punctuation p; inside a clause nested in clause c
 * (not a reported or "to" clause); token i lower-cased into buf (ASCII
 * only); w is one of the list l (ASCII case-insensitive); token i put
 * into g after token prev (the text between them when adjacent, else a
 * space); token i inside a time of sentence s (times[from..) are its
 * sentence's, from chrono_first_time); the words of s; the last word of
 * clause cl; the last word of g lower-cased at its first letter; g
 * without the function words it ends with.
 */
int		 chrono_is_punct(const struct text *t, guint i, const char *p);
int		 chrono_in_child(const struct text *t, int c, guint i);
const char	*chrono_lower_word(const struct text *t, guint i, char *buf,
		    size_t size);
int		 chrono_in_list(const char *w, const char *const *l);
void		 chrono_put_token(const struct text *t, guint i, long prev,
		    GString *g);
int		 chrono_in_time(const struct text *t, guint i, guint from,
		    guint sentence);
guint		 chrono_first_time(const struct text *t, guint s);
guint		 chrono_words_of(const char *s);
guint		 chrono_last_word(const struct text *t,
		    const struct text_clause *cl);
void		 chrono_lower_last(GString *g);
void		 chrono_trim_tail(GString *g);

/*
 * chrono_head.c: entry texts from the text layer.  A gerund opening a
 * phrase.
 */
int		 chrono_gerund(const struct text *t, guint i);
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
