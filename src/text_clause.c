/* SPDX-License-Identifier: MIT */
/* Clauses of the text layer. (first stone: empty) */
#include "text_int.h"

void
text_clauses(struct text *t, const struct doc *doc)
{
	(void)t;
	(void)doc;
}

void
text_dump_clauses(const struct text *t, guint i, FILE *f)
{
	(void)t;
	(void)i;
	fputs("\"clauses\": []", f);
}
