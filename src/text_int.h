/* SPDX-License-Identifier: MIT */
/*
 * Internals of the text-analysis layer: the stages text_analyse runs
 * after the sentences, in order, and their parts of the dump.  Included
 * by the stages' files only: text.c, text_mention*.c, text_clause*.c,
 * text_coref.c, text_time*.c.
 */
#ifndef BRIEFING_TEXT_INT_H
#define BRIEFING_TEXT_INT_H

#include <stdio.h>

#include "doc.h"
#include "text.h"

struct lex;

/* Actors and mentions (t->actors, t->mentions); lex may be NULL. */
void	 text_mentions(struct text *t, const struct doc *doc,
	    const struct lex *lex);
/* Clauses (t->clauses, each sentence's first_clause and nclauses);
 * the subjects' actors from the mentions. */
void	 text_clauses(struct text *t, const struct doc *doc);
/* text_clause_lang.c: the clauses of a Spanish, French or German text
 * (t->lang), as text_clauses builds them for English. */
void	 text_clauses_lang(struct text *t);
/* Temporal expressions (t->times), resolved against the document date
 * and by their clauses. */
void	 text_times(struct text *t, const struct doc *doc);
/* text_coref.c: after the clauses, the noun phrase each pronoun subject
 * without an actor stands for (ante_first, ante_n). */
void	 text_coref(struct text *t);

/* Free what the stages added (called by text_free). */
void	 text_mentions_free(struct text *t);

/* Dump parts: `"actors": [...], "mentions": [...]`; the `"clauses":
 * [...]` of sentence i; `"times": [...]`. */
void	 text_dump_mentions(const struct text *t, FILE *f);
void	 text_dump_clauses(const struct text *t, guint i, FILE *f);
void	 text_dump_times(const struct text *t, FILE *f);

/* s[0..n) as a JSON string. */
void	 text_json_slice(FILE *f, const char *s, size_t n);

#endif
