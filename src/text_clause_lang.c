/* SPDX-License-Identifier: MIT */
/* Clauses of Spanish, French and German prose (being written). */
#include <glib.h>

#include "text_int.h"

void
text_clauses_lang(struct text *t)
{
	struct text_sentence *se;
	guint	i;

	for (i = 0; i < t->sentences->len; i++) {
		se = &g_array_index(t->sentences, struct text_sentence, i);
		se->first_clause = t->clauses->len;
		se->nclauses = 0;
	}
}
