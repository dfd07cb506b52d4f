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
	int	 quiet, verbose, werror, version;
	int	 jobs;		/* -j: at most this many at once, 0: cores */
	char	**sources;
	const char *argv0;
};

/* Finds the data folder (fonts, assets) from argv0; 0 or -1. */
int	 build_init(const char *argv0);
/* The assets folder build_init found. */
const char *build_assets_dir(void);
/* One source (its messages printed, see msg.h): an exit status. */
int	 build_one(const struct opts *, const char *path, int nsrc);
/* The PDF path for a source: -o, or the source's name with .pdf. */
char	*build_out_path(const struct opts *, const char *src, int nsrc);
/* Frees what build_init and the builds loaded. */
void	 build_done(void);

#endif
