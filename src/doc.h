/* SPDX-License-Identifier: MIT */
/*
 * The document model: front matter (struct doc_meta) and the body as a
 * tree of blocks holding inline spans.  Every node keeps the byte offset
 * of its first character in the source and its line:col.  Produced by
 * doc_read(); later stages take a const struct doc * and copy what they
 * keep.
 */
#ifndef BRIEFING_DOC_H
#define BRIEFING_DOC_H

#include <stdio.h>
#include <glib.h>

#include "msg.h"
#include "source.h"

/* Blocks nest at most this deep; deeper content is attached to the
 * deepest allowed container, so later passes may recurse safely. */
#define DOC_MAX_DEPTH	8

enum doc_format {
	DOC_FMT_AUTO,		/* by extension: .txt is text, else markdown */
	DOC_FMT_MARKDOWN,
	DOC_FMT_TEXT
};

enum doc_type {
	DOC_HEADING,		/* level 1-6; spans */
	DOC_PARA,		/* spans */
	DOC_LIST,		/* children are DOC_ITEM; ordered, start */
	DOC_ITEM,		/* children are blocks */
	DOC_QUOTE,		/* children are blocks */
	DOC_CODE,		/* code block: one span, text with '\n' */
	DOC_TABLE,		/* children are DOC_ROW, the header first */
	DOC_ROW,		/* children are DOC_CELL; head */
	DOC_CELL,		/* spans (maybe none: an empty cell); align */
	DOC_IMAGE		/* an image ![alt](src): spans are the alt
				 * text, src the path or URL */
};

/* A table column's alignment, from its delimiter row ("--:"). */
enum doc_align {
	DOC_ALIGN_DEFAULT,	/* "---": numbers right, text left */
	DOC_ALIGN_LEFT,		/* ":--" */
	DOC_ALIGN_CENTER,	/* ":-:" */
	DOC_ALIGN_RIGHT		/* "--:" */
};

/* Inline style bits of a span. */
#define SPAN_EM		0x01
#define SPAN_STRONG	0x02
#define SPAN_CODE	0x04
#define SPAN_LINK	0x08	/* href is set */
#define SPAN_BREAK	0x10	/* hard line break; text is "\n" */
#define SPAN_STRIKE	0x20	/* struck through (~~text~~) */
/* A footnote reference ("[^1]"): text is "", href is the note's text,
 * not a link target (notes.c makes it a numbered note). */
#define SPAN_FOOTREF	0x40

struct doc_span {
	char		*text;	/* UTF-8, typographic quotes and dashes */
	unsigned	 style;	/* SPAN_* bits */
	char		*href;	/* link target, or NULL */
	size_t		 off;	/* source byte offset of the first char */
	struct pos	 pos;
};

struct doc_node {
	enum doc_type	 type;
	int		 level;		/* heading level; list nesting from 1 */
	int		 ordered;	/* DOC_LIST: 1 for "1." lists */
	int		 start;		/* DOC_LIST: first number */
	size_t		 off;
	struct pos	 pos;
	/* DOC_PARA: source bytes from off of a wire dateline ("VIENNA
	 * (AP) -- "), set in print but not read by the analysis (its
	 * spans before off + dateline); 0: none */
	size_t		 dateline;
	int		 head;		/* DOC_ROW: the table's header row */
	enum doc_align	 align;		/* DOC_CELL */
	GPtrArray	*spans;		/* struct doc_span *; HEADING, PARA,
					 * CODE, CELL, IMAGE */
	char		*src;		/* DOC_IMAGE: the path or URL as
					 * written, entities decoded */
	GPtrArray	*children;	/* struct doc_node *; LIST, ITEM, QUOTE,
					 * TABLE, ROW */
};

/* A front matter string that later stages may need to point at. */
struct doc_str {
	char		*s;
	struct pos	 pos;
};

struct doc_actor {
	char		*name;
	GPtrArray	*aliases;	/* char * */
	char		*kind;		/* "state", "org", "person" or NULL */
	int		 hide;
	struct pos	 pos;		/* of the name */
	char		*state;		/* persons: the state or org they
					 * belong to, or NULL */
	struct pos	 state_pos;	/* of the state's name */
};

struct doc_note {
	char		*term;
	char		*text;
	struct pos	 pos;
};

/* After doc_read, every GPtrArray of the meta exists (empty when the key
 * is absent); they free their elements. */
struct doc_meta {
	char		*title;		/* never NULL after doc_read */
	char		*subtitle;
	char		*date;		/* "YYYY-MM-DD" or NULL */
	int		 year, month, day;	/* 0 without date */
	char		*author;
	char		*organisation;
	char		*classification;
	char		*lang;		/* default "en-US" */
	enum {
		LANG_DEFAULT,		/* neither given nor read */
		LANG_GIVEN,		/* front matter `lang:` */
		LANG_DETECTED		/* read from the text (lang.c) */
	}		 lang_from;
	enum doc_format	 format;	/* resolved: MARKDOWN or TEXT */
	GPtrArray	*summary;	/* struct doc_str * */
	char		*src_publication;
	char		*src_url;
	char		*src_published;
	char		*src_retrieved;
	int		 chronology_off;
	GPtrArray	*chronology;	/* struct doc_str * */
	GPtrArray	*actors;	/* struct doc_actor * */
	GPtrArray	*relations;	/* struct doc_str * */
	GPtrArray	*notes;		/* struct doc_note * */
	char		*glossary;	/* "default", a path, or NULL */
	struct pos	 glossary_pos;	/* of its value, for messages */
	int		 attach_source;
};

struct doc {
	char		*path;		/* source path as given */
	char		*name;		/* base name */
	struct doc_meta	 meta;
	GPtrArray	*blocks;	/* struct doc_node *, top level */
};

/*
 * Read front matter and body.  Returns NULL after reporting every
 * problem found (msg_at with the source's path and line:col).  The doc
 * copies what it needs: src may be freed afterwards.
 */
struct doc	*doc_read(const struct source *src);
void		 doc_free(struct doc *doc);

/* Write the model as JSON (--dump doc). */
void		 doc_dump(const struct doc *doc, FILE *f);

/*
 * Builders for the readers (markdown.c, textfmt.c).  A node or span
 * starts at byte offset off of src; its pos is derived from it (src
 * NULL: position set later with doc_node_set_off).  A node gets its
 * spans or children array (freeing their elements) by type.  The span
 * copies len bytes of text and href (may be NULL).
 */
struct doc_node	*doc_node_new(enum doc_type type, const struct source *src,
		    size_t off);
void		 doc_node_set_off(struct doc_node *node,
		    const struct source *src, size_t off);
void		 doc_node_free(struct doc_node *node);
struct doc_span	*doc_span_new(const char *text, size_t len, unsigned style,
		    const char *href, const struct source *src, size_t off);
void		 doc_span_free(struct doc_span *span);

#endif
