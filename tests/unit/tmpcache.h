/* SPDX-License-Identifier: MIT */
/*
 * A fresh cache folder for a test program ($XDG_CACHE_HOME, set before
 * GLib first reads it: g_get_user_cache_dir keeps the first value), so
 * that what the program keeps there (cachefile.h) starts empty and is
 * removed at the end.
 */
#ifndef BRIEFING_TEST_TMPCACHE_H
#define BRIEFING_TEST_TMPCACHE_H

#include <glib.h>
#include <glib/gstdio.h>

#include "cachefile.h"

static char	*tmpcache_home;

/* The project's folder in it (g_free). */
static char *
tmpcache_dir(void)
{
	return g_build_filename(tmpcache_home, "briefing", NULL);
}

/* Remove every file of the project's folder. */
static void
tmpcache_clear(void)
{
	char		*dir = tmpcache_dir();
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*e;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
		char *f = g_build_filename(dir, e, NULL);

		g_unlink(f);
		g_free(f);
	}
	if (d != NULL)
		g_dir_close(d);
	g_free(dir);
}

static int
tmpcache_make(void)
{
	tmpcache_home = g_dir_make_tmp("briefing-test-XXXXXX", NULL);
	if (tmpcache_home == NULL)
		return -1;
	g_setenv("XDG_CACHE_HOME", tmpcache_home, TRUE);
	return 0;
}

static void
tmpcache_remove(void)
{
	char	*dir = tmpcache_dir();

	tmpcache_clear();
	g_rmdir(dir);
	g_rmdir(tmpcache_home);
	g_free(dir);
	g_clear_pointer(&tmpcache_home, g_free);
}

/* cmocka group setup and teardown: a fresh folder, usable, removed at
 * the end. */
static inline int
tmpcache_group_setup(void **state)
{
	(void)state;
	return tmpcache_make() != 0 || !cachefile_usable() ? -1 : 0;
}

static inline int
tmpcache_group_teardown(void **state)
{
	(void)state;
	tmpcache_remove();
	return 0;
}

#endif
