/* SPDX-License-Identifier: MIT */
/*
 * Several sources built at once (-j N): each in a worker process of its
 * own, at most N at a time, their messages printed whole in source
 * order, a progress line on a terminal.  main.c includes it.
 */
#ifndef BRIEFING_BATCH_H
#define BRIEFING_BATCH_H

#include "build.h"

/*
 * Build the n sources of o: in this process one after the other when
 * there is one source or one job (o->jobs 1, or 0 on a one-core
 * machine), else in worker processes.  The worst exit status of the
 * builds; a worker stopped by a signal counts as EXIT_SYSTEM.  SIGINT,
 * SIGTERM or SIGHUP kills the workers, then this process by the same
 * signal.  Call before any thread is started: workers are forked.
 */
int	batch_run(const struct opts *o, int n);
/* The number of jobs o asks for: o->jobs, or the number of cores. */
int	batch_jobs(const struct opts *o);

#endif
