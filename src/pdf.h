/* SPDX-License-Identifier: MIT */
/*
 * PDF writer: replays the page model through libharu.  Only pdf.c knows
 * libharu and hb-subset; this header is for main and tests.
 */
#ifndef BRIEFING_PDF_H
#define BRIEFING_PDF_H

#include "pages.h"

/* Document-level facts the writer records; all strings UTF-8, may be NULL
 * (title must be set). */
struct pdf_info {
	const char	*title;
	const char	*author;
	const char	*subject;
	const char	*keywords;
	const char	*creator;	/* "briefing 0.1.0" */
	const char	*lang;		/* BCP 47, catalog /Lang */
	const char	*attach;	/* a file to embed as the source, or
					 * NULL */
	int		 pdfa;		/* write PDF/A-3b */
	int		 tags;		/* write the structure tree (a
					 * tagged PDF) */
	int		 pdfua;		/* claim PDF/UA-1 in the XMP
					 * metadata (tags must be set) */
	const char	*icc;		/* sRGB ICC profile file, for pdfa */
	unsigned	 mode;		/* permission bits of the file (0:
					 * 0644), the umask applies too */
	/* CreationDate and ModDate: year 0 means "omit" */
	int		 year, month, day, hour, minute, second;
	/* font subsets kept by a process that writes again (--watch), or
	 * NULL: made afresh */
	struct pdf_cache *cache;
	/* if not NULL: set to g_get_monotonic_time() once the file is
	 * renamed into place (what --watch's status line times) */
	gint64		*written_at;
	/* renamed into place without an fsync first (--watch: the next
	 * save makes it again; fileio_out_nosync) */
	int		 nosync;
};

/* Font subsets a process keeps between writes: a subset depends only
 * on the font file and the characters, so a kept one is the one made
 * again (the file's bytes compressed as libharu would). */
struct pdf_cache *pdf_cache_new(void);
void		 pdf_cache_free(struct pdf_cache *);

/*
 * Write pp to path atomically: the PDF is built in memory and replaces
 * path by rename (fileio_write_file), so a failure leaves the old file
 * untouched and no temporary file behind.  Returns 0, or -1 after
 * reporting the problem (msg_at with no position).
 */
int	pdf_write(const struct pages *pp, const struct pdf_info *info,
	    const char *path);

/* The same, emptying each page of pp once drawn (its items go as the
 * PDF grows; the pages, fonts and outline stay): for a model written
 * once, at the least memory. */
int	pdf_write_take(struct pages *pp, const struct pdf_info *info,
	    const char *path);

/* The same PDF in memory (g_bytes_unref), or NULL after reporting why;
 * path names it in messages only. */
GBytes	*pdf_render(const struct pages *pp, const struct pdf_info *info,
	    const char *path);

#endif
