/* SPDX-License-Identifier: MIT */
/*
 * A source file in memory: validated UTF-8, front matter split from the
 * body, byte offsets turned into line:col.  Included by the reader
 * modules (frontmatter, markdown, textfmt, doc) and main.
 */
#ifndef BRIEFING_SOURCE_H
#define BRIEFING_SOURCE_H

#include <stddef.h>
#include "msg.h"

struct source {
	char	*path;		/* as given on the command line */
	char	*name;		/* base name, for the footer and the title */
	char	*buf;		/* whole file, NUL-terminated, valid UTF-8 */
	size_t	 len;		/* bytes in buf, without the NUL */
	int	 has_fm;	/* 1 if the file opens with a front matter */
	size_t	 fm_off;	/* front matter text: first byte after "---\n" */
	size_t	 fm_len;	/*   and its length up to the closing "---" */
	size_t	 body_off;	/* first byte of the body */
	size_t	*lines;		/* byte offset of the start of each line */
	size_t	 nlines;
	/* Code points before byte i * SOURCE_CP_STEP, for each block of
	 * SOURCE_CP_STEP bytes, so that source_pos() counts few bytes. */
	size_t	*cps;
	size_t	 ncps;
};

#define SOURCE_CP_STEP	64

/*
 * Read and validate a file.  Returns NULL after reporting every problem
 * (unreadable, a directory, invalid UTF-8, NUL bytes, unterminated front
 * matter) through msg_at.  The caller frees with source_free().
 */
struct source	*source_load(const char *path);

/* The same from memory (tests); name is used in messages.  len may be
 * (size_t)-1 for a NUL-terminated text. */
struct source	*source_from_string(const char *name, const char *text,
		    size_t len);

/* Line and column (1-based, column in code points) of a byte offset;
 * an offset past the end gives the position of the end.  Lines end at
 * "\n", "\r\n" or a lone "\r". */
struct pos	 source_pos(const struct source *src, size_t off);

void		 source_free(struct source *src);

#endif
