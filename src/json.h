/* SPDX-License-Identifier: MIT */
/* JSON output shared by the dumps (--dump doc|events|graph). */
#ifndef BRIEFING_JSON_H
#define BRIEFING_JSON_H

#include <stdio.h>

/* s as a JSON string (UTF-8 kept, controls escaped), or null for NULL. */
void	json_string(FILE *f, const char *s);

#endif
