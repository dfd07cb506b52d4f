/* SPDX-License-Identifier: MIT */
/*
 * --watch: build each source, then build it again whenever it or a
 * file its build reads changes.  Included by main.c.
 */
#ifndef BRIEFING_WATCH_H
#define BRIEFING_WATCH_H

#include "build.h"

/*
 * Build the nsrc sources of o, then watch the folders of the files
 * they read (deps.h) and rebuild a source after a burst of changes to
 * its files has been quiet for WATCH_QUIET_MS, with one status line on
 * stdout for each build.  A build that fails keeps the previous PDF and
 * the watching goes on.  Returns on SIGINT or SIGTERM: exit status 0;
 * EXIT_SYSTEM if no folder could be watched.
 */
int	watch_run(const struct opts *o, int nsrc);

/* Quiet time closing a burst of changes, in milliseconds: an editor's
 * save (a temporary file written, renamed over the old one, a backup
 * made) is a few events within some milliseconds. */
#define WATCH_QUIET_MS	80

#endif
