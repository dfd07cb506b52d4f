/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics captured in memory for the unit tests: msg_at writes into
 * a memory stream between capture_begin and capture_end.
 */
#ifndef BRIEFING_TEST_CAPTURE_H
#define BRIEFING_TEST_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "msg.h"

static FILE	*cap_out;
static char	*cap_buf;
static size_t	 cap_len;

static void
capture_begin(void)
{
	msg_reset();
	cap_out = open_memstream(&cap_buf, &cap_len);
	msg_set_output(cap_out);
}

static void
capture_end(void)
{
	msg_set_output(NULL);
	fclose(cap_out);
	free(cap_buf);
	cap_buf = NULL;
}

/* Everything reported since capture_begin (inline: a test that only
 * silences the messages need not read them). */
static inline const char *
messages(void)
{
	fflush(cap_out);
	return cap_buf != NULL ? cap_buf : "";
}

#endif
