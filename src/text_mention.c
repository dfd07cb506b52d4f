/* SPDX-License-Identifier: MIT */
/* Actors and their mentions in the text layer. (first stone: empty) */
#include "gazetteer.h"
#include "text_int.h"

void
text_mentions(struct text *t, const struct doc *doc, const struct lex *lex)
{
	(void)t;
	(void)doc;
	(void)lex;
}

void
text_mentions_free(struct text *t)
{
	guint	i;

	for (i = 0; i < t->actors->len; i++)
		g_free(((struct text_actor *)g_ptr_array_index(t->actors,
		    i))->name);
}

void
text_dump_mentions(const struct text *t, FILE *f)
{
	(void)t;
	fputs("\"actors\": [], \"mentions\": []", f);
}
