/* SPDX-License-Identifier: MIT */
/*
 * The text-analysis layer: sentences and word tokens of the document's
 * prose, from ICU's break iterators, with exact source byte offsets.
 * Later work adds mentions, clauses and temporal expressions here.
 * Included by the stages that read prose (chrono, extract), by main
 * (--dump text) and by its tests; ICU types stay in text.c.
 */
#ifndef BRIEFING_TEXT_H
#define BRIEFING_TEXT_H

#include <stdio.h>
#include <glib.h>

#include "doc.h"
#include "source.h"

/* Kind of a token, from the word iterator's rule status. */
enum text_kind {
	TEXT_WORD,		/* letters, kana, ideographs: "U.S", "don't" */
	TEXT_NUMBER,		/* "3", "1,200", "3.5" */
	TEXT_PUNCT,		/* one punctuation character */
	TEXT_SYMBOL		/* any other non-space character */
};

/*
 * Offsets: start and end (exclusive) are source byte offsets (of
 * src->buf); tstart and tend are byte offsets in struct text's str, the
 * analysed text.  A span of text that the reader rewrote (typographic
 * quotes from '"', an entity, an escape) maps to the source bytes it
 * came from, so src->buf[start, end) always begins on the first byte
 * and ends after the last byte of what it stands for.
 */
struct text_token {
	size_t		 start, end;
	size_t		 tstart, tend;
	enum text_kind	 kind;
};

struct text_sentence {
	size_t		 start, end;	/* source bytes, trimmed of spaces */
	size_t		 tstart, tend;
	guint		 first_token;	/* index in tokens */
	guint		 ntokens;
	guint		 block;		/* index in blocks */
};

/* A leaf block read: a heading or a paragraph (also inside list items
 * and quotes); code blocks are not read. */
struct text_block {
	const struct doc_node *node;	/* lent by the doc */
	size_t		 tstart, tend;	/* its text in str */
	guint		 first_sentence;
	guint		 nsentences;
};

struct text {
	GString		*str;		/* blocks' texts, each ended by '\n' */
	GArray		*blocks;	/* struct text_block */
	GArray		*sentences;	/* struct text_sentence */
	GArray		*tokens;	/* struct text_token, no spaces */
};

/*
 * Analyse the prose of doc, in document order: the spans of each
 * heading and paragraph joined (line breaks inside a span as spaces, a
 * hard line break as '\n', which ends a sentence), cut by ICU in the
 * locale of doc->meta.lang with the standard abbreviation suppressions,
 * then breaks after titles, initials and abbreviations merged (see
 * text.c).  src is the source doc was read from, for exact offsets; NULL
 * gives offsets counted from each span's first byte.  Returns a new
 * analysis (text_free); an ICU failure is reported through msg_at and
 * leaves the blocks' sentences empty.
 */
struct text	*text_analyse(const struct doc *doc, const struct source *src);
void		 text_free(struct text *t);

/*
 * JSON (--dump text): {"sentences": [{"start", "end", "text", "tokens":
 * [{"start", "end", "kind"}]}]}, offsets in source bytes, text the
 * analysed text of the sentence (typographic quotes, no markup).
 */
void		 text_dump(const struct text *t, FILE *f);

#endif
