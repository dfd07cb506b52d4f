/* SPDX-License-Identifier: MIT */
/*
 * One build: a source to its PDF, its diagram or a dump.  What a build
 * reads besides the source (fonts, gazetteer, assets) is set up once by
 * build_init and stays loaded for every build after it (several sources,
 * --watch, a batch worker).
 */
#ifndef BRIEFING_BUILD_H
#define BRIEFING_BUILD_H

#include <glib.h>

enum exit_status {
	EXIT_OK = 0,
	EXIT_INPUT = 1,
	EXIT_USAGE = 2,
	EXIT_SYSTEM = 3
};

/* The command line, as parsed. */
struct opts {
	char	*output;
	char	*paper;
	char	*dump;
	char	*diagram;
	char	*extract;
	double	 dpi;		/* --dpi, 300 unless given */
	int	 dpi_given;
	int	 transparent, bare; /* --transparent, --diagram-bare */
	gint64	 max_size;	/* --extract-source cap, 0: default */
	char	**allow;	/* --allow-path folders */
	int	 attach, pdfa, force;
	int	 no_tags, pdfua;	/* --no-tags, --pdfua */
	int	 quiet, verbose, werror, version;
	int	 jobs;		/* -j: at most this many at once, 0: cores */
	int	 watch, deps;	/* --watch, --deps */
	char	**sources;
	const char *argv0;
};

/* Finds the data folder (fonts, assets) from argv0; 0 or -1. */
int	 build_init(const char *argv0);
/* The assets folder build_init found. */
const char *build_assets_dir(void);
/* One source (its messages printed, see msg.h): an exit status. */
int	 build_one(const struct opts *, const char *path, int nsrc);
/* What a build wrote, for --watch to say what changed (filled only
 * when a PDF was written). */
struct build_result {
	guint		 pages;
	GPtrArray	*entries;	/* char *: chronology entries, "date
					 * text", in their order */
	GPtrArray	*relations;	/* char *: "from -> to: label" */
	gint64		 written_at;	/* g_get_monotonic_time() when the
					 * PDF was renamed into place */
};
/* build_one, and what it wrote into res (cleared first; may be NULL). */
int	 build_one_result(const struct opts *, const char *path, int nsrc,
	    struct build_result *res);
void	 build_result_clear(struct build_result *);
/*
 * on: keep what builds load for the next ones (--watch): hyphenation
 * dictionaries, and a gazetteer loaded after each build for the next
 * one.  Every build still gives the bytes of a cold run.
 */
void	 build_keep(int on);
/* Forget what was kept and the fonts (a file they were read from
 * changed): the next build reads them again. */
void	 build_forget(void);
/* The PDF path for a source: -o, or the source's name with .pdf. */
char	*build_out_path(const struct opts *, const char *src, int nsrc);
/* Frees what build_init and the builds loaded. */
void	 build_done(void);

#endif
