/* SPDX-License-Identifier: MIT */
/* The one printer of diagnostics, with counts per level for the exit status. */
#include <stdarg.h>

#include "msg.h"

static FILE	*out;
static int	 quiet, werror;
static int	 counts[3];

static const char *const names[] = { "note", "warning", "error" };

void
msg_set_output(FILE *f)
{
	out = f;
}

void
msg_set_quiet(int q)
{
	quiet = q;
}

void
msg_set_werror(int w)
{
	werror = w;
}

void
msg_reset(void)
{
	counts[0] = counts[1] = counts[2] = 0;
}

void
msg_at(const char *file, const struct pos *pos, enum msg_level level,
    const char *fmt, ...)
{
	FILE	*f = out != NULL ? out : stderr;
	va_list	 ap;

	counts[level]++;
	if (quiet && level != MSG_ERROR)
		return;
	if (file == NULL)
		fputs("briefing", f);
	else if (pos == NULL || pos->line == 0)
		fputs(file, f);
	else
		fprintf(f, "%s:%d:%d", file, pos->line, pos->col);
	fprintf(f, ": %s: ", names[level]);
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
	fflush(f);
}

int
msg_count(enum msg_level level)
{
	return counts[level];
}

int
msg_failed(void)
{
	return counts[MSG_ERROR] > 0 || (werror && counts[MSG_WARNING] > 0);
}
