/* SPDX-License-Identifier: MIT */
/*
 * Internals of the relations extractor shared by extract.c (reading the
 * text: actors, mentions, titles), extract_rel.c (the relations of the
 * cues) and graph_dump.c (front matter curation, the graph, its dump).
 * Included by those three files only.
 */
#ifndef BRIEFING_EXTRACT_INT_H
#define BRIEFING_EXTRACT_INT_H

#include <stddef.h>
#include <glib.h>

#include "doc.h"
#include "gazetteer.h"
#include "graph.h"
#include "source.h"

struct lcues;
struct text;
struct text_sentence;

/* Per gazetteer entry, for this run. */
struct ent {
	int		 kind;		/* enum gaz_kind, after front matter */
	int		 mentions;
	size_t		 first_off;	/* SIZE_MAX: not mentioned */
	long		 last;		/* order of the last mention */
	int		 state;		/* persons: their state or org, -1 */
	int		 tied;		/* the text gave the state */
	int		 fmstate;	/* the front matter gave it */
	int		 resolved;	/* GAZ_AMBIG: the candidate, or -1 */
	int		 lead;		/* persons: what their title names,
					 * -1 */
	int		 noted;		/* the ambiguity note was given */
	int		 fm;		/* in front matter; 2: added by it */
	int		 hide;
	int		 want;		/* a curated relation needs it */
	int		 total;		/* mentions with the persons' */
	size_t		 first;		/* first_off with the persons' */
	int		 actor;		/* index in graph->actors, or -1 */
	guint		 seen;		/* stamp of the last sentence */
};

/* A mention in the sentence being read: words [a, b). */
struct ment {
	guint		 a, b;
	int		 ent;		/* the entry named */
	int		 node;		/* what relations link: a person's
					 * state, else ent */
	int		 weak;		/* a pronoun or a role: not counted */
	int		 lead;		/* a person: the entry their title
					 * here names ("Chinese President
					 * Xi"), or -1 */
};

struct cue_at {
	guint		 i;
	int		 ntok;
	const struct cue *cue;
};

/* A word of the block: where a mention of the layer starts (a name or
 * form, a pronoun, a role): its entry, n words, its TM_* flags; n
 * G_MAXUINT inside one, ent -1 and n 0 elsewhere. */
struct lay {
	int		 ent;
	guint		 n;
	unsigned	 flags;
};

/* A word of the sentence being read in the layer: the token holding
 * it and the innermost clause it stands in (-1: none). */
struct wcl {
	guint		 tok;
	int		 clause;
};

/* A sentence naming two actors or more, for curated relations. */
struct sent {
	struct evidence	 ev;
	guint		 first, n;	/* its nodes in run->nodes */
};

/* r->cov at a word: a mention index, or one of these. */
#define COV_NONE	(-1)
#define COV_CUE		(-3)	/* a cue word */

struct run {
	const struct doc	*doc;
	const struct source	*src;
	struct lex		*lex;
	GArray			*ents;		/* struct ent, per lex entry */
	long			 order;
	guint			 stamp;
	const struct text	*t;		/* the text layer, lent */
	int			*aent;		/* its actors' entries, -1 */
	guint			 mcur;		/* its next mention */
	/* the block being read */
	const struct doc_node	*node;
	size_t			 base;		/* its text's offset in str */
	GArray			*toks;		/* struct tok, offsets from
						 * base */
	GStringChunk		*chunk;
	GArray			*cov;		/* int a word: mention, COV_* */
	GArray			*lay;		/* struct lay a word */
	/* the sentence being read */
	const struct text_sentence *sent;	/* the layer's */
	GArray			*ments;		/* struct ment */
	GArray			*cues;		/* struct cue_at */
	GArray			*hits;		/* struct cue_hit */
	GArray			*wcl;		/* struct wcl a word of the
						 * sentence, from s */
	GArray			*cstack;	/* int: open clauses */
	int			 iffy;		/* a clause opens by "if" */
	struct evidence		 ev;
	/* results */
	GArray			*sents;		/* struct sent */
	GArray			*nodes;		/* int */
	GPtrArray		*rels;		/* struct relation *, entries */
	GArray			*refused;	/* struct refused: acts the
						 * text says were refused */
	GHashTable		*rel_at;	/* "from to directed label" ->
						 * struct relation * of rels,
						 * while the text is read */
	/* Spanish, French, German: the cues (NULL in English) */
	struct lcues		*lc;
	GArray			*lms;		/* the sentence's mentions */
	int			 trace;		/* BRIEFING_TRACE=rel */
};

/* An act refused between nodes a and b ("refused to sign with"), by
 * the class of the act (agreement, support...). */
struct refused {
	int		 a, b;
	const char	*cls;
};

/* Drop the acts stated as done that a refusal of the same class
 * between the same two contradicts. */
void		 extract_contradicted(struct run *r);

static inline struct ent *
E(struct run *r, int e)
{
	return &g_array_index(r->ents, struct ent, e);
}

static inline const struct gaz_entry *
G(struct run *r, int e)
{
	return g_ptr_array_index(r->lex->entries, e);
}

static inline const struct tok *
T(struct run *r, guint i)
{
	return &g_array_index(r->toks, struct tok, i);
}

static inline struct ment *
M(struct run *r, int m)
{
	return &g_array_index(r->ments, struct ment, m);
}

static inline int
cov(struct run *r, guint i)
{
	return g_array_index(r->cov, int, i);
}

#define CHAIN_MAX	8	/* words of a title at most */

/* The relations of the cues of the sentence [s, e) being read
 * (extract_rel.c). */
void		 extract_relations(struct run *r, guint s, guint e);
/* Spanish, French, German: r->lc and r->lms for the text's language
 * (none in English), and their end (extract_rel_lang.c). */
void		 extract_lang_start(struct run *r);
void		 extract_lang_finish(struct run *r);
/* The relations of the clauses of the sentence being read, in a
 * language of r->lc (extract_rel_lang.c). */
void		 extract_relations_lang(struct run *r);
/* Spanish, French, German: the titles of the sentence [s, e)'s persons
 * (extract_title_lang.c). */
void		 extract_titles_lang(struct run *r, guint s, guint e,
		    int heading);
/* The evidence of the sentence being read (extract.c). */
void		 extract_sentence_ev(struct run *r, struct evidence *ev);
/* The state named in an apposition after a name ending before word j
 * of the sentence [s, e), or -1 (extract.c). */
int		 extract_after_name(struct run *r, guint s, guint e, guint j);

/* Add a relation between entries from and to (the nodes: a person's
 * state), or merge it into the one with the same ends and label; the
 * sentence r->ev is its evidence (graph_dump.c). */
void		 extract_add_relation(struct run *r, int from, int to,
		    const char *label, enum polarity pol, int directed);
/* The same with the cue whose class and CAMEO code it keeps (NULL: a
 * title's relation, "affiliation") and the mode the text states it in
 * (only REL_DONE is drawn); extract_add_relation takes the first cue of
 * the label's, and REL_DONE. */
void		 extract_add_act(struct run *r, int from, int to,
		    const char *label, enum polarity pol, int directed,
		    const struct cue *act, enum rel_mode mode);
/* Add an entry of the lexicon for this run; returns its index. */
int		 extract_add_entity(struct run *r, enum gaz_kind kind,
		    const char *name);
/* The front matter's `actors:` applied (graph_dump.c). */
void		 extract_front_actors(struct run *r);
/* The relations of the front matter's `relations:` applied (graph_dump.c). */
void		 extract_curate(struct run *r);
/* The graph of a finished run (graph_dump.c); the run keeps nothing. */
struct graph	*extract_graph(struct run *r);
void		 extract_relation_free(gpointer rel);

#endif
