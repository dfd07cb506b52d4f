/* SPDX-License-Identifier: MIT */
/*
 * The lexicons of the relations extractor: words of a text (tokens),
 * the gazetteer of actors (assets/gazetteer.tsv), the cue lexicon
 * (assets/cues.tsv) and the word classes (titles, prepositions...).
 * Included by extract.c, graph_dump.c (through extract_int.h),
 * text_mention.c and their tests.
 */
#ifndef BRIEFING_GAZETTEER_H
#define BRIEFING_GAZETTEER_H

#include <stddef.h>
#include <glib.h>

#include "graph.h"

/* --- words ------------------------------------------------------------ */

#define TOK_CAP		0x0001	/* starts with an upper-case letter */
#define TOK_LOWER	0x0002	/* starts with a lower-case letter */
#define TOK_POSS	0x0004	/* followed by "'s" (not in the word) */
#define TOK_JOINED	0x0008	/* joined to the previous word by "-" */
#define TOK_COMMA	0x0010	/* a comma follows */
#define TOK_STOP	0x0020	/* ";", ":", a dash or a parenthesis follows */
#define TOK_END		0x0040	/* ".", "!" or "?" follows */
#define TOK_ABBR	0x0080	/* the word keeps its period: "U.S.", "St." */
#define TOK_DIGIT	0x0100	/* starts with a digit */
#define TOK_PUNCT	(TOK_COMMA | TOK_STOP | TOK_END)

/* Word classes (struct tok wc), from the class lines of cues.tsv, in
 * the order of their names there. */
#define WC_TITLE	0x0001	/* "president", "minister", "envoy" */
#define WC_TMOD		0x0002	/* inside a title: "vice", "foreign", "of" */
#define WC_PREP		0x0004	/* "to", "with", "at" */
#define WC_SUB		0x0008	/* opens a clause: "that", "which", "after" */
#define WC_STOP		0x0010	/* capitalised, never a name: "The", "In" */
#define WC_SPEECH	0x0020	/* "said", "told" */
#define WC_PLACE	0x0040	/* after a capital, a place: "summit" */
#define WC_AUX		0x0080	/* "was", "been": a passive before */
#define WC_PARTICLE	0x0100	/* inside a name: "bin", "al", "von" */
#define WC_DET		0x0200	/* "the", "a", "its" */
#define WC_AND		0x0400	/* "and", "&" */

struct tok {
	size_t		 s, e;	/* bytes of the word in the text, without
				 * the possessive and the punctuation */
	const char	*key;	/* the word, "’" as "'" */
	const char	*low;	/* the same in ASCII lower case */
	unsigned	 f;	/* TOK_* */
	unsigned	 wc;	/* WC_* */
};

struct lex;

/*
 * Append the words of text[0..len) to toks (struct tok); keys live in
 * chunk.  Punctuation becomes flags of the word before it.  Linear.
 */
void		 lex_words(const struct lex *lex, const char *text, size_t len,
		    GArray *toks, GStringChunk *chunk);

/* --- gazetteer --------------------------------------------------------- */

enum gaz_kind {
	GAZ_STATE,
	GAZ_ORG,
	GAZ_PERSON,
	GAZ_AMBIG,		/* may name several: cands */
	GAZ_NONE		/* names no actor: blocks a shorter match */
};

#define PH_PERSONLIKE	0x01	/* also a person's name: "Washington" */
#define PH_CAPITAL	0x02	/* a capital: not before a place noun */
#define PH_DEMONYM	0x04	/* a demonym or adjective: "Russian" */
#define PH_INSTITUTION	0x08	/* stands for its state: "Kremlin" */
#define PH_REGION	0x10	/* a region name from ICU (CLDR) */
#define PH_FORENAME	0x20	/* also a first name before a capitalised
				 * surname: "Dominique", "Maurice" (French
				 * Dominica, Mauritius) */

struct gaz_entry {
	char		*name;
	enum gaz_kind	 kind;
	int		 link;		/* person: its state or org, -1 */
	GArray		*cands;		/* int: GAZ_AMBIG candidates */
	int		 known;		/* 1: from the gazetteer file */
	char		*full;		/* its first official name (third
					 * field: "International Monetary
					 * Fund"), or NULL */
};

struct phrase {
	int		 entry;
	unsigned	 flags;		/* PH_* */
	int		 ntok;
	char		**tok;		/* keys */
	unsigned	*tf;		/* their TOK_POSS | TOK_PUNCT flags */
	struct phrase	*next;		/* the next of the same first key */
};

/* A cue's direction. */
enum cue_dir {
	CUE_SO,			/* subject -> object */
	CUE_OS,			/* object -> subject */
	CUE_SYM,		/* symmetric */
	CUE_GOODS		/* a goods noun: names a supply label */
};

#define OBJ_DIRECT	0x01
#define OBJ_ANY		0x02
#define OBJ_GOODS	0x04
#define OBJ_PLACE	0x08	/* a state as the object is a place: the
				 * act is neutral ("left Kabul") */
#define OBJ_ORG		0x10	/* the act needs an organisation as the
				 * object; with another it is a meeting
				 * ("joined NATO", "joined Zarif") */
#define OBJ_FINDING	0x20	/* an organisation's finding: the object
				 * is what the "that" clause after the cue
				 * is about ("monitors reported that the
				 * missiles came from X") */

struct cue {
	char		*label;
	enum polarity	 pol;		/* from the Goldstein value of its
					 * CAMEO code (cameo.h) */
	const char	*cls;		/* static: "diplomacy", "force"...,
					 * NULL for goods */
	const char	*cameo;		/* static: its code, NULL for goods */
	double		 goldstein;
	enum cue_dir	 dir;
	unsigned	 obj;		/* OBJ_* */
	GPtrArray	*preps;		/* char *: prepositions of the object */
};

/* One cue found at a word: its cue and its number of words. */
struct cue_hit {
	const struct cue *cue;
	int		 ntok;
};

struct lex {
	GPtrArray	*entries;	/* struct gaz_entry * */
	GHashTable	*phrases;	/* first key -> struct phrase *, a
					 * list by next, longest first */
	GHashTable	*names;		/* case-folded name -> entry + 1 */
	GHashTable	*shorts;	/* person's short name -> GArray int */
	GPtrArray	*cues;		/* struct cue * */
	GHashTable	*cue_words;	/* first word -> GPtrArray of forms */
	GHashTable	*cue_stems;	/* first 3 bytes of a stem -> forms */
	GHashTable	*classes;	/* lower-case word -> WC_* bits */
	GPtrArray	*forms;		/* owns the cue forms */
	GStringChunk	*chunk;
	GArray		*scratch;	/* struct tok: words of a form */
	GStringChunk	*scratch_chunk;
	guint		 nscratch;	/* forms read into scratch */
	unsigned	 warned;	/* warnings of its files */
	GBytes		*image;		/* the kept image its strings
					 * point into, or NULL */
};

/*
 * Load dir/gazetteer.tsv and dir/cues.tsv.  Problems (unreadable file,
 * bad line) are reported through msg_at; what could be read is kept.
 * Never NULL.
 */
struct lex	*lex_load(const char *dir);
/*
 * lex_load(dir) with the names of tag's language added
 * (lex_add_regions_lang), kept in the user's cache as an image
 * (gazetteer_image.c): a later run with the same files, program and
 * libraries maps it instead of reading the files again.  tag NULL: the
 * names of no language.
 */
struct lex	*lex_load_lang(const char *dir, const char *tag);
/*
 * lex, from lex_load_lang(dir, NULL), with the names of tag's language:
 * added to a lexicon read from the files (and its image kept for the
 * language), else the language's own from lex_load_lang (lex is freed).
 */
struct lex	*lex_add_lang(struct lex *lex, const char *dir,
		    const char *tag);
/* The same from two texts in memory (tests); either may be NULL. */
struct lex	*lex_from_strings(const char *gazetteer, const char *cues);
void		 lex_free(struct lex *lex);

/* Add an entry (kind, name) and return its index. */
int		 lex_add_entry(struct lex *lex, enum gaz_kind kind,
		    const char *name, int link);
/* Add a form of entry e: a phrase (matched in the text) and a name
 * (found by lex_find); for persons a one-word form is a short name. */
void		 lex_add_form(struct lex *lex, int e, const char *form,
		    unsigned flags);
/*
 * Add the English names of every ISO region that ICU knows (CLDR: the
 * display name and its short and variant forms, "UK", "Ivory Coast") as
 * states: forms of the entry one of them already names, else a new
 * entry.  A form naming another entry is left to it.  Called by
 * lex_load; tests call it on a lexicon of their own.
 */
void		 lex_add_regions(struct lex *lex);
/*
 * Add the names of the states in the language of tag ("fr", "de-AT";
 * es, fr and de, else nothing) from ICU, to the states their English
 * names name: with their French elisions ("l'Ukraine", "d'Ukraine"),
 * German inflections ("Russlands", "die Vereinigten Staaten") and
 * without their accents ("Etats-Unis"); and the capitals the
 * gazetteer lists, by their names in the language (CLDR's exemplar
 * cities of ICU's time zones: "Moscou", "Warschau", "Moscú").  Articles
 * stay words of their own.  Call after lex_load, once per document,
 * with its language.
 */
void		 lex_add_regions_lang(struct lex *lex, const char *tag);
/* The language whose names lex_add_regions_lang adds for tag ("es",
 * "fr", "de"), or NULL: none. */
const char	*lex_regions_lang(const char *tag);
/* The entry named name (any form, case-insensitive), or -1. */
int		 lex_find(const struct lex *lex, const char *name);

/*
 * The longest phrase of the gazetteer at word i of toks[0..n), or NULL.
 * Only the words themselves are compared: the caller checks the context
 * (PH_PERSONLIKE, PH_CAPITAL).
 */
const struct phrase *lex_match(const struct lex *lex, const struct tok *toks,
		    guint n, guint i);

/* The cues at word i: appended to hits (struct cue_hit). */
void		 lex_cues(const struct lex *lex, const struct tok *toks,
		    guint n, guint i, GArray *hits);

/* The goods label of word i, or NULL. */
const char	*lex_goods(const struct lex *lex, const struct tok *toks,
		    guint n, guint i);

/* The polarity of a label found among the cues, else POL_NEUTRAL. */
enum polarity	 lex_label_polarity(const struct lex *lex, const char *label);
/* The first cue (not goods) of label, or NULL: its class and code. */
const struct cue *lex_label_cue(const struct lex *lex, const char *label);
/* Label is a goods line's ("munitions"). */
int		 lex_goods_label(const struct lex *lex, const char *label);

#endif
