/* SPDX-License-Identifier: MIT */
/*
 * Typesetting: the document model to the page model.  Words shaped and
 * measured by Pango (through fonts.h), paragraphs broken by linebreak.c,
 * pages built here (widows, orphans, keep-with-next, sidebar flow,
 * title block, running footer).  Included by main and tests.
 */
#ifndef BRIEFING_TYPESET_H
#define BRIEFING_TYPESET_H

#include "doc.h"
#include "pages.h"
#include "hyph.h"
#include "chrono.h"
#include "diagram.h"
#include "notes.h"

enum typeset_paper {
	PAPER_A4,
	PAPER_LETTER
};

/* Where the briefing put the figure (typeset_opts.figure_out). */
struct typeset_figure {
	int	 page;		/* 1-based; 0: no figure */
	double	 scale;		/* the figure is drawn at this scale: 1,
				 * or less when taller than a page */
};

struct typeset_opts {
	enum typeset_paper paper;
	const char	*footer_name;	/* source name for the footer */
	const char	*footer_hash;	/* short content hash */
	const struct source *src;	/* for message positions, or NULL */
	struct hyph_loader *hyph;	/* dictionary being loaded (taken
					 * over), or NULL to load it here */
	const struct chronology *chrono;	/* sidebar timeline, or NULL */
	/* or the timeline when it is wanted, once the body is set (it may
	 * still be computing), or NULL */
	const struct chronology *(*chrono_fn)(void *arg);
	void		*chrono_arg;
	const struct diagram *diagram;	/* relations figure, or NULL */
	/* or the figure when it is wanted (it may still be computing) */
	const struct diagram *(*diagram_fn)(void *arg);
	void		*diagram_arg;
	/* the relations found, drawn or not, once the figure is known (a
	 * text with relations none of which is stated as done has no
	 * figure either), or NULL */
	const int	*relations_found;
	const struct notes *notes;	/* numbered notes, or NULL */
	int		 source_attached;	/* the footer says so */
	struct typeset_figure *figure_out;	/* set by typeset_run, or
						 * NULL */
	/* leave the lines in the pages' flows as they were placed (parts
	 * of struct pg_flow), not joined into one array a flow: for
	 * pdf_write_take, which joins a page at a time */
	int		 keep_parts;
	/* widths measured by earlier runs, kept by a process that builds
	 * again (--watch), or NULL: measured afresh */
	struct typeset_cache *cache;
};

/* Text widths a process keeps between runs (a width depends only on
 * the face, the text and the language: the cache holds one language). */
struct typeset_cache *typeset_cache_new(void);
void		 typeset_cache_free(struct typeset_cache *);

/* The width of the text block (both columns) on a paper: what a
 * full-width figure may take. */
double		 typeset_full_width(enum typeset_paper paper);

/* Returns the pages (caller frees with pages_free); fonts_init() must
 * have run.  Problems in the text are warnings through msg_at. */
struct pages	*typeset_run(const struct doc *doc,
		    const struct typeset_opts *opts);

#endif
