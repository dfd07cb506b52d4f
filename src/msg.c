/* SPDX-License-Identifier: MIT */
/* The one printer of diagnostics, with counts per level for the exit status. */
#include <stdarg.h>
#include <stdlib.h>

#include "msg.h"

static FILE	*out;
static int	 quiet, werror;
static int	 counts[3];		/* atomic: threads report too */
static GMutex	 lock;
/* A thread's own destination while it buffers (msg_buffer_begin). */
static __thread FILE	*thread_out;
static __thread char	*thread_buf;
static __thread size_t	 thread_len;

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
	g_atomic_int_set(&counts[0], 0);
	g_atomic_int_set(&counts[1], 0);
	g_atomic_int_set(&counts[2], 0);
}

void
msg_buffer_begin(void)
{
	thread_out = open_memstream(&thread_buf, &thread_len);
}

char *
msg_buffer_end(void)
{
	char	*s;

	if (thread_out == NULL)
		return g_strdup("");
	fclose(thread_out);
	thread_out = NULL;
	s = g_strdup(thread_buf != NULL ? thread_buf : "");
	free(thread_buf);
	thread_buf = NULL;
	return s;
}

void
msg_replay(const char *text)
{
	FILE	*f = out != NULL ? out : stderr;

	if (text == NULL || *text == '\0')
		return;
	g_mutex_lock(&lock);
	fputs(text, f);
	fflush(f);
	g_mutex_unlock(&lock);
}

void
msg_at(const char *file, const struct pos *pos, enum msg_level level,
    const char *fmt, ...)
{
	FILE	*f = thread_out != NULL ? thread_out :
	    out != NULL ? out : stderr;
	va_list	 ap;

	g_atomic_int_inc(&counts[level]);
	if (quiet && level != MSG_ERROR)
		return;
	if (f != thread_out)
		g_mutex_lock(&lock);
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
	if (f != thread_out)
		g_mutex_unlock(&lock);
}

int
msg_count(enum msg_level level)
{
	return g_atomic_int_get(&counts[level]);
}

int
msg_failed(void)
{
	return msg_count(MSG_ERROR) > 0 ||
	    (werror && msg_count(MSG_WARNING) > 0);
}
