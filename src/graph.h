/* SPDX-License-Identifier: MIT */
/*
 * The relations graph: actors (states, organisations, persons) found in
 * the text through the gazetteer, and labelled relations between them
 * found through the cue lexicon, curated by the front matter.  Plain
 * data; produced by extract.c, drawn by diagram.c, dumped by
 * --dump graph.
 */
#ifndef BRIEFING_GRAPH_H
#define BRIEFING_GRAPH_H

#include <stdio.h>
#include <glib.h>

#include "doc.h"

enum actor_kind {
	ACTOR_STATE,
	ACTOR_ORG,
	ACTOR_PERSON
};

enum polarity {
	POL_COOPERATIVE,
	POL_HOSTILE,
	POL_NEUTRAL
};

struct actor {
	char		*name;		/* canonical: "North Korea", "Kim Jong Un" */
	enum actor_kind	 kind;
	int		 mentions;	/* persons' mentions count too */
	size_t		 first_off;	/* byte offset of the first mention */
	GPtrArray	*persons;	/* char *: persons affiliated (states) */
	int		 state;		/* persons: index of their state, -1 */
	int		 hidden;	/* front matter `hide: true` */
	char		*display;	/* the name the page prints when the
					 * article's language names it
					 * otherwise ("OTAN" for NATO), or
					 * NULL: name (states: labels.h) */
};

struct evidence {
	size_t		 off;		/* byte offset of the sentence */
	size_t		 block_off;	/* offset of its block: anchor "p<off>" */
	int		 line;
};

/* Whether the text states the act as done. */
enum rel_mode {
	REL_DONE,	/* stated as a fact, past, present or scheduled */
	REL_DENIED,	/* negated or denied: "did not attack", "denied
			 * arming": a denial, never drawn as the act */
	REL_PLANNED,	/* "plans to", "intends to", "wants to" */
	REL_POSSIBLE	/* "could", "may", "would ... if" */
};

struct relation {
	int		 from, to;	/* indexes in graph->actors */
	char		*label;		/* "munitions", "war", "accusation" */
	enum polarity	 polarity;	/* of a cue: from its Goldstein
					 * value (cameo.h) */
	int		 directed;	/* 1: from -> to; 0: from -- to */
	GArray		*evidence;	/* struct evidence, in text order */
	const char	*cls;		/* static: the cue class
					 * ("diplomacy", "coercion", "force",
					 * "support", "agreement",
					 * "succession", "statement"), or
					 * "affiliation" (a title: "leader
					 * of"), or NULL (curated) */
	const char	*cameo;		/* static: the CAMEO code ("057"),
					 * or NULL */
	double		 goldstein;	/* the code's value; 0 without */
	enum rel_mode	 mode;
	int		 rank;		/* 1: what the story is most about */
	int		 central;	/* one of the 1-3 the story is about */
	int		 drawn;		/* the figure shows it */
	int		 curated;	/* the front matter's `relations:`
					 * names it */
};

struct graph {
	GPtrArray	*actors;	/* struct actor *, in first-mention order */
	GPtrArray	*relations;	/* struct relation *, in first-evidence
					 * order */
};

struct lex;
struct source;
struct text;

/*
 * Find the actors and relations of a document from its text analysis t
 * (text_analyse of doc and src, finished), with the gazetteer lex that
 * t was made with: the extractor adds to lex the persons it finds and
 * the front matter's actors, so a lex serves one document only; t is
 * not changed (the chronology may read it at the same time).  src gives
 * exact positions, may be NULL.  Curation errors (a relation naming no known actor) are
 * reported through msg_at with their position.  Never NULL.
 */
struct graph	*extract_build(const struct doc *doc, const struct source *src,
		    const struct text *t, struct lex *lex);
/* The same with a gazetteer (extract_set_assets) and an analysis of its
 * own. */
struct graph	*extract_run(const struct doc *doc, const struct source *src);
void		 graph_free(struct graph *g);

/*
 * The directory of gazetteer.tsv and cues.tsv (copied; NULL: the
 * default, "assets" relative to the working directory).  main sets it
 * from the fonts directory: <fonts>/../assets.
 */
void		 extract_set_assets(const char *dir);

/*
 * Rank the relations of g by what the story is about (graph_rank.c):
 * each relation's rank (1 the best), central (the 1-3 the story is
 * about) and drawn (what the figure shows: the best-ranked acts the
 * text states as done).  doc gives the title, subtitle and summary; t
 * (may be NULL) the text layer.
 */
void		 graph_rank(struct graph *g, const struct doc *doc,
		    const struct text *t);

/* --dump graph: JSON on f. */
void		 graph_dump(const struct graph *g, FILE *f);

#endif
