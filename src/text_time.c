/* SPDX-License-Identifier: MIT */
/* Temporal expressions of the text layer. (first stone: empty) */
#include "text_int.h"

void
text_times(struct text *t, const struct doc *doc)
{
	(void)t;
	(void)doc;
}

void
text_dump_times(const struct text *t, FILE *f)
{
	(void)t;
	fputs("\"times\": []", f);
}
