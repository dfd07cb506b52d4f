/* SPDX-License-Identifier: MIT */
/*
 * What the story is about: the relations of a graph ranked (graph.h).
 * First cut: text order; the figure shows the acts stated as done.
 */
#include <glib.h>

#include "graph.h"

void
graph_rank(struct graph *g, const struct doc *doc, const struct text *t)
{
	struct relation	*rel;
	guint		 i;

	(void)doc;
	(void)t;
	for (i = 0; i < g->relations->len; i++) {
		rel = g_ptr_array_index(g->relations, i);
		rel->rank = (int)i + 1;
		rel->drawn = rel->mode == REL_DONE;
	}
}
