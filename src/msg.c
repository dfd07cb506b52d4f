/* SPDX-License-Identifier: MIT */
/* The one printer of diagnostics, with counts per level for the exit status. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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

/*
 * Each kind of message (its format string, at its level) is printed
 * MSG_KIND_MAX times; the rest are counted and summed up by msg_flush.
 * Keyed by the format's address: each call site has its own literal.
 */
struct kind {
	const char	*fmt;
	enum msg_level	 level;
	int		 printed;
	int		 held;		/* not printed */
	char		*file;		/* of the last one held */
	int		 order;		/* first seen, for a stable summary */
};

static GHashTable	*kinds;		/* fmt -> struct kind */
static int		 nkinds;

static struct kind	*kind_of(const char *, enum msg_level,
			    const char *);
static char		*kind_text(const char *);
static void		 kind_free(gpointer);

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
	msg_flush();
	g_mutex_lock(&lock);
	g_clear_pointer(&kinds, g_hash_table_unref);
	nkinds = 0;
	g_mutex_unlock(&lock);
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
	g_mutex_lock(&lock);
	{
		struct kind *k = kind_of(fmt, level, file);

		if (k->printed >= MSG_KIND_MAX) {
			k->held++;
			g_free(k->file);
			k->file = g_strdup(file);
			g_mutex_unlock(&lock);
			return;
		}
		k->printed++;
	}
	if (f == thread_out)
		g_mutex_unlock(&lock);
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

static void
kind_free(gpointer p)
{
	struct kind	*k = p;

	g_free(k->file);
	g_free(k);
}

/* The kind of a message; called with the lock held. */
static struct kind *
kind_of(const char *fmt, enum msg_level level, const char *file)
{
	struct kind	*k;

	if (kinds == NULL)
		kinds = g_hash_table_new_full(g_direct_hash, g_direct_equal,
		    NULL, kind_free);
	if ((k = g_hash_table_lookup(kinds, fmt)) == NULL) {
		k = g_new0(struct kind, 1);
		k->fmt = fmt;
		k->level = level;
		k->order = nkinds++;
		g_hash_table_insert(kinds, (gpointer)fmt, k);
	}
	return k;
}

/*
 * What a kind says: its format up to the first conversion ("unknown
 * key ..."), or, when that is too short to tell, the whole format with
 * each conversion shown as "...".
 */
static char *
kind_text(const char *fmt)
{
	GString		*s = g_string_new(NULL);
	const char	*p = strchr(fmt, '%');
	size_t		 n;

	if (p != NULL && p - fmt >= 8) {
		for (n = p - fmt; n > 0 && strchr(" '(", fmt[n - 1]); n--)
			continue;
		g_string_append_len(s, fmt, n);
		g_string_append(s, " ...");
		return g_string_free(s, FALSE);
	}
	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%') {
			g_string_append_c(s, *p);
			continue;
		}
		if (p[1] == '%') {
			g_string_append_c(s, '%');
			p++;
			continue;
		}
		while (p[1] != '\0' && strchr("diouxXeEfFgGaAcspn",
		    p[1]) == NULL)
			p++;
		if (p[1] != '\0')
			p++;
		g_string_append(s, "...");
	}
	return g_string_free(s, FALSE);
}

static gint
by_order(gconstpointer a, gconstpointer b)
{
	const struct kind *ka = *(struct kind *const *)a;
	const struct kind *kb = *(struct kind *const *)b;

	return ka->order - kb->order;
}

void
msg_flush(void)
{
	FILE		*f = out != NULL ? out : stderr;
	GPtrArray	*held = g_ptr_array_new();
	GHashTableIter	 it;
	gpointer	 v;
	guint		 i;

	g_mutex_lock(&lock);
	if (kinds != NULL) {
		g_hash_table_iter_init(&it, kinds);
		while (g_hash_table_iter_next(&it, NULL, &v))
			if (((struct kind *)v)->held > 0)
				g_ptr_array_add(held, v);
	}
	g_ptr_array_sort(held, by_order);
	for (i = 0; i < held->len; i++) {
		struct kind	*k = g_ptr_array_index(held, i);
		char		*text = kind_text(k->fmt);

		fprintf(f, "%s: note: and %d more %s%s like '%s'\n",
		    k->file != NULL ? k->file : "briefing", k->held,
		    names[k->level], k->held == 1 ? "" : "s", text);
		k->printed += k->held;
		k->held = 0;
		g_free(text);
	}
	fflush(f);
	g_mutex_unlock(&lock);
	g_ptr_array_unref(held);
}
