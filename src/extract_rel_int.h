/* SPDX-License-Identifier: MIT */
/*
 * The clause reading of the English relations (extract_rel_clause.c),
 * below extract_rel.c, which alone includes it with that file.
 */
#ifndef BRIEFING_EXTRACT_REL_INT_H
#define BRIEFING_EXTRACT_REL_INT_H

#include <glib.h>

#include "extract_int.h"
#include "graph.h"

#define CLAUSE_UP	4	/* clauses walked up from a cue's */

/* The layer's token and clause of word i of the sentence from s. */
static inline const struct wcl *
W(struct run *r, guint s, guint i)
{
	return &g_array_index(r->wcl, struct wcl, i - s);
}

/* The layer's token and innermost clause of each word of the sentence
 * [s, e) into r->wcl; r->iffy when a clause opens by "if". */
void		 extract_clause_map(struct run *r, guint s, guint e);
/* How clause ci states the act of the word at layer token tok; *refused
 * is set for a negated or refused act (REL_DENIED). */
enum rel_mode	 extract_act_mode(struct run *r, int ci, guint tok,
		    int *refused);
/* The act at layer token tok of clause ci is kept from happening
 * ("halting plans to annex", "prevent X from threatening"). */
int		 extract_stopped(struct run *r, int ci, guint tok);
/* The first token of the reported clause holding clause ci, or 0. */
guint		 extract_reported_from(struct run *r, int ci);
/* Word i of the sentence from s is in its clause's verb group. */
int		 extract_verb(struct run *r, guint s, guint i);
/* The cue ca is a participle before its noun ("the annexed
 * peninsula"), not a verb. */
int		 extract_adjectival(struct run *r, guint s, guint e,
		    const struct cue_at *ca);
/* The cue ca stands after a verb that breaks with it ("walked away
 * from a trade agreement"). */
int		 extract_broken(struct run *r, guint s, const struct cue_at *ca);

#endif
