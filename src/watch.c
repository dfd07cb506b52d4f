/* SPDX-License-Identifier: MIT */
/* --watch: build, then build again when a source or a file it reads changes. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib-unix.h>

#include "build.h"
#include "deps.h"
#include "msg.h"
#include "watch.h"

struct wsrc {
	char		*path;		/* as given */
	GHashTable	*files;		/* canonical path -> dep kept + 1, of
					 * its last build */
	struct build_result prev;	/* what its last PDF holds */
	int		 built;		/* prev is set */
	int		 dirty;		/* a file changed since */
};

struct watch {
	const struct opts *o;
	int		 n;
	struct wsrc	*src;
	GHashTable	*monitors;	/* canonical folder -> GFileMonitor */
	GMainLoop	*loop;
	guint		 timer;
	int		 forget;	/* a kept file changed */
};

static void	changed(GFileMonitor *, GFile *, GFile *, GFileMonitorEvent,
		    gpointer);

/*
 * A path as the folder monitors name it: the folder resolved (links,
 * "..") and the file's name; NULL if the folder does not exist.
 */
static char *
canonical(const char *path)
{
	char	*dir = g_path_get_dirname(path), *base, *rdir, *res;

	rdir = realpath(dir, NULL);
	g_free(dir);
	if (rdir == NULL)
		return NULL;
	base = g_path_get_basename(path);
	res = g_build_filename(rdir, base, NULL);
	free(rdir);
	g_free(base);
	return res;
}

/* Watch the folders of every file of every source, and no others. */
static void
monitors_update(struct watch *w)
{
	GHashTable	*want = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	GHashTableIter	 it;
	gpointer	 key;
	int		 i;

	for (i = 0; i < w->n; i++) {
		g_hash_table_iter_init(&it, w->src[i].files);
		while (g_hash_table_iter_next(&it, &key, NULL))
			g_hash_table_add(want, g_path_get_dirname(key));
	}
	g_hash_table_iter_init(&it, w->monitors);
	while (g_hash_table_iter_next(&it, &key, NULL))
		if (!g_hash_table_contains(want, key))
			g_hash_table_iter_remove(&it);
	g_hash_table_iter_init(&it, want);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		GFileMonitor *m;
		GFile *f;
		GError *err = NULL;

		if (g_hash_table_contains(w->monitors, key))
			continue;
		f = g_file_new_for_path(key);
		m = g_file_monitor_directory(f, G_FILE_MONITOR_WATCH_MOVES,
		    NULL, &err);
		g_object_unref(f);
		if (m == NULL) {
			msg_at(NULL, NULL, MSG_WARNING, "cannot watch %s: %s",
			    (char *)key, err->message);
			g_error_free(err);
			continue;
		}
		g_signal_connect(m, "changed", G_CALLBACK(changed), w);
		g_hash_table_insert(w->monitors, g_strdup(key), m);
	}
	g_hash_table_unref(want);
}

/* The files of s's next build, as a build of it now would read them. */
static void
files_update(struct watch *w, struct wsrc *s)
{
	GPtrArray	*deps = deps_list(w->o, s->path);
	guint		 i;

	g_hash_table_remove_all(s->files);
	for (i = 0; i < deps->len; i++) {
		const struct dep *d = g_ptr_array_index(deps, i);
		char *c = canonical(d->path);

		if (c != NULL)
			g_hash_table_insert(s->files, c,
			    GINT_TO_POINTER(d->kept + 1));
	}
	g_ptr_array_unref(deps);
}

/* Strings of b not in a (as a multiset): how many. */
static guint
missing(const GPtrArray *a, const GPtrArray *b)
{
	GHashTable	*have = g_hash_table_new(g_str_hash, g_str_equal);
	guint		 i, n = 0;
	int		 c;

	for (i = 0; a != NULL && i < a->len; i++) {
		c = GPOINTER_TO_INT(g_hash_table_lookup(have,
		    g_ptr_array_index(a, i)));
		g_hash_table_insert(have, g_ptr_array_index(a, i),
		    GINT_TO_POINTER(c + 1));
	}
	for (i = 0; b != NULL && i < b->len; i++) {
		c = GPOINTER_TO_INT(g_hash_table_lookup(have,
		    g_ptr_array_index(b, i)));
		if (c == 0)
			n++;
		else
			g_hash_table_insert(have, g_ptr_array_index(b, i),
			    GINT_TO_POINTER(c - 1));
	}
	g_hash_table_unref(have);
	return n;
}

/* "12 entries (+2 -1)": a count, and what was added and removed since
 * the previous build. */
static void
put_count(GString *line, guint n, const char *what, const GPtrArray *old,
    const GPtrArray *now, int diff)
{
	guint	add, del;

	g_string_append_printf(line, ", %u %s", n, what);
	if (!diff)
		return;
	add = missing(old, now);
	del = missing(now, old);
	if (add > 0 || del > 0)
		g_string_append_printf(line, " (+%u -%u)", add, del);
}

/* Build s and say so: the time of day, the source, the wall time of
 * the build (from the end of the quiet time to the renamed PDF, not
 * counting the freeing after it), and what changed in the PDF. */
static void
build(struct watch *w, struct wsrc *s)
{
	struct build_result res = { 0 };
	GDateTime	*now;
	GString		*line = g_string_new(NULL);
	char		*hms;
	gint64		 t0;
	double		 ms;
	int		 st;

	msg_reset();
	t0 = g_get_monotonic_time();
	st = build_one_result(w->o, s->path, w->n, &res);
	/* to the renamed PDF (the build then frees what it made) */
	ms = ((st == EXIT_OK && res.written_at > 0 ? res.written_at :
	    g_get_monotonic_time()) - t0) / 1000.0;
	msg_flush();
	now = g_date_time_new_now_local();
	hms = g_date_time_format(now, "%H:%M:%S");
	g_date_time_unref(now);
	g_string_append_printf(line, "%s %s: ", hms, s->path);
	if (st != EXIT_OK)
		g_string_append_printf(line, "not %s (exit status %d); "
		    "the previous PDF is kept", s->built ? "rebuilt" : "built",
		    st);
	else {
		g_string_append_printf(line, "%s in %.1f ms: %u page%s",
		    s->built ? "rebuilt" : "built", ms, res.pages,
		    res.pages == 1 ? "" : "s");
		if (s->built && res.pages != s->prev.pages)
			g_string_append_printf(line, " (%+d)", (int)res.pages -
			    (int)s->prev.pages);
		put_count(line, res.entries->len, "chronology entries",
		    s->prev.entries, res.entries, s->built);
		put_count(line, res.relations->len, "relations",
		    s->prev.relations, res.relations, s->built);
		build_result_clear(&s->prev);
		s->prev = res;
		s->built = 1;
	}
	if (!w->o->quiet) {
		printf("%s\n", line->str);
		fflush(stdout);
	}
	if (st != EXIT_OK)
		build_result_clear(&res);
	g_string_free(line, TRUE);
	g_free(hms);
	files_update(w, s);
}

/* A burst of changes has been quiet: build what it touched. */
static gboolean
quiet(gpointer p)
{
	struct watch	*w = p;
	int		 i;

	w->timer = 0;
	if (w->forget)
		build_forget();
	w->forget = 0;
	for (i = 0; i < w->n; i++)
		if (w->src[i].dirty) {
			w->src[i].dirty = 0;
			build(w, &w->src[i]);
		}
	monitors_update(w);
	return G_SOURCE_REMOVE;
}

/*
 * An event in a watched folder.  Editors save by writing in place
 * (CHANGES_DONE_HINT once the file is closed), by writing a temporary
 * file and renaming it over the old one (RENAMED, its new name in
 * other; MOVED_IN from another folder), or by removing the old one and
 * creating it again (CREATED).  `touch` changes the time only
 * (ATTRIBUTE_CHANGED): a build is asked for, as make would.  Files no
 * source reads (the PDFs and their temporaries among them) are
 * ignored; reading a file changes no attribute the monitor reports.
 */
static void
changed(GFileMonitor *m, GFile *file, GFile *other, GFileMonitorEvent ev,
    gpointer p)
{
	struct watch	*w = p;
	GFile		*f;
	char		*path;
	int		 i, hit = 0, kept;

	switch (ev) {
	case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
	case G_FILE_MONITOR_EVENT_CREATED:
	case G_FILE_MONITOR_EVENT_MOVED_IN:
	case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
		f = file;
		break;
	case G_FILE_MONITOR_EVENT_RENAMED:
		f = other;
		break;
	default:
		return;
	}
	if (f == NULL || (path = g_file_get_path(f)) == NULL)
		return;
	for (i = 0; i < w->n; i++) {
		kept = GPOINTER_TO_INT(g_hash_table_lookup(w->src[i].files,
		    path));
		if (kept == 0)
			continue;
		w->src[i].dirty = 1;
		w->forget |= kept == 2;
		hit = 1;
	}
	g_free(path);
	if (!hit)
		return;
	/* the quiet time starts again */
	if (w->timer != 0)
		g_source_remove(w->timer);
	w->timer = g_timeout_add(WATCH_QUIET_MS, quiet, w);
}

static gboolean
stop(gpointer p)
{
	struct watch	*w = p;

	g_main_loop_quit(w->loop);
	return G_SOURCE_CONTINUE;
}

int
watch_run(const struct opts *o, int nsrc)
{
	struct watch	 w = { 0 };
	guint		 sigint, sigterm;
	int		 i, status = EXIT_OK;

	w.o = o;
	w.n = nsrc;
	w.src = g_new0(struct wsrc, nsrc);
	w.monitors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_object_unref);
	w.loop = g_main_loop_new(NULL, FALSE);
	/* after fileio's handlers: a build under way ends (its PDF renamed
	 * or its temporary removed) before the loop stops */
	sigint = g_unix_signal_add(SIGINT, stop, &w);
	sigterm = g_unix_signal_add(SIGTERM, stop, &w);
	build_keep(1);
	/* watched before the first builds: a save during them counts */
	for (i = 0; i < nsrc; i++) {
		w.src[i].path = o->sources[i];
		w.src[i].files = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, NULL);
		files_update(&w, &w.src[i]);
	}
	monitors_update(&w);
	for (i = 0; i < nsrc; i++)
		build(&w, &w.src[i]);
	monitors_update(&w);
	if (g_hash_table_size(w.monitors) == 0) {
		msg_at(NULL, NULL, MSG_ERROR, "no folder to watch");
		status = EXIT_SYSTEM;
	} else
		g_main_loop_run(w.loop);
	if (w.timer != 0)
		g_source_remove(w.timer);
	g_source_remove(sigint);
	g_source_remove(sigterm);
	for (i = 0; i < nsrc; i++) {
		build_result_clear(&w.src[i].prev);
		g_hash_table_unref(w.src[i].files);
	}
	g_free(w.src);
	g_hash_table_unref(w.monitors);
	g_main_loop_unref(w.loop);
	build_keep(0);
	return status;
}
