/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics in GNU style: "file:line:col: level: message".
 * Any module may include this header.
 */
#ifndef BRIEFING_MSG_H
#define BRIEFING_MSG_H

#include <stdio.h>
#include <glib.h>

/* A position in a source: line and column from 1, column counted in
 * Unicode code points.  line == 0 means "no position". */
struct pos {
	int line;
	int col;
};

enum msg_level {
	MSG_NOTE,
	MSG_WARNING,
	MSG_ERROR
};

/* Where messages go (default stderr). */
void	msg_set_output(FILE *f);
/* 1: notes and warnings are counted but not printed (-q). */
void	msg_set_quiet(int quiet);
/* 1: warnings count as errors (--werror). */
void	msg_set_werror(int werror);
/* Each kind of message (one format string) is printed at most this
 * many times per source; msg_flush says how many more there were. */
#define MSG_KIND_MAX	20

/* Forget the counts (tests, and each source of a multi-source run),
 * after msg_flush. */
void	msg_reset(void);
/* Print "FILE: note: and N more warnings like '...'" for each kind
 * past MSG_KIND_MAX since the last flush. */
void	msg_flush(void);

/*
 * Print one message.  file NULL: "briefing: level: msg"; pos NULL or
 * pos->line == 0: "file: level: msg"; else "file:line:col: level: msg".
 */
void	msg_at(const char *file, const struct pos *pos, enum msg_level level,
	    const char *fmt, ...) G_GNUC_PRINTF(4, 5);

/*
 * A worker thread's messages, kept in order in a buffer of its own
 * between msg_buffer_begin and msg_buffer_end (which returns them; the
 * caller frees), so that they can be printed at a fixed point with
 * msg_replay: the output does not depend on thread timing.  Counts are
 * shared.
 */
void	msg_buffer_begin(void);
char	*msg_buffer_end(void);
void	msg_replay(const char *text);

/* Number of messages of a level since the last msg_reset(). */
int	msg_count(enum msg_level level);
/* 1 if an error (or, with --werror, a warning) was reported. */
int	msg_failed(void);

#endif
