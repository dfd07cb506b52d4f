/* SPDX-License-Identifier: MIT */
/*
 * Internals of the chronology shared by chrono.c (front matter, merge,
 * order, dump) and chrono_event.c (events read from the text layer).
 * Included by those two files only.
 */
#ifndef BRIEFING_CHRONO_INT_H
#define BRIEFING_CHRONO_INT_H

#include <glib.h>

#include "chrono.h"
#include "source.h"
#include "text.h"

#define CHRONO_TEXT_WORDS	12	/* words of an entry's text at most */

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

/* s with its first letter a capital (takes s, returns a new string). */
char		*chrono_capitalise(char *s);

#endif
