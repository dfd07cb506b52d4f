/* SPDX-License-Identifier: MIT */
/* Temporal expressions of Spanish, French and German prose (being
 * written). */
#include <glib.h>

#include "text_time_int.h"

void
time_lang_candidates(struct sent *s, struct state *st, GArray *all)
{
	(void)s;
	(void)st;
	(void)all;
}
