/* SPDX-License-Identifier: MIT */
/*
 * The files a build of a source reads: for --deps (a make rule, as
 * cc -M prints) and for --watch (what it watches).  Included by main.c
 * and watch.c.
 */
#ifndef BRIEFING_DEPS_H
#define BRIEFING_DEPS_H

#include <glib.h>

#include "build.h"

struct dep {
	char	*path;		/* as a build names it: relative to the
				 * working folder, or absolute */
	int	 kept;		/* loaded once and kept by a process that
				 * builds again (fonts, gazetteer,
				 * dictionary): a change needs build_forget */
};

/*
 * The files a build of src reads, the source first, each once: the
 * glossary and images it names, the gazetteer and cue lexicon, the
 * hyphenation dictionary of its language, the ICC profile (--pdfa) and
 * the fonts.  Never NULL; a source that cannot be read or parsed lists
 * itself and what every build reads.  Prints nothing.
 */
GPtrArray	*deps_list(const struct opts *o, const char *src);

/* --deps: one make rule for each source's output, then an empty rule
 * for each file it reads but the source (as cc -MP); exit status. */
int		 deps_print(const struct opts *o, int nsrc);

#endif
