/* SPDX-License-Identifier: MIT */
/*
 * Notes: glossary terms and external links of the body that get a
 * numbered note.  notes_build() gathers the terms (front matter `notes:`
 * first, then the glossary file), finds the first occurrence of each in
 * the body and numbers the notes in reading order.  The typesetter looks
 * up the marks of each span to draw the superscript number and the
 * annotation boxes.  Plain data; included by main, typeset and tests.
 */
#ifndef BRIEFING_NOTES_H
#define BRIEFING_NOTES_H

#include <stdio.h>
#include <glib.h>

#include "doc.h"

enum note_kind {
	NOTE_TERM,		/* a glossary term: sticky note, highlight */
	NOTE_URL,		/* an external link or a footnote that is
				 * a URL: the URL printed */
	NOTE_FOOT		/* a Markdown footnote: sticky note */
};

struct note {
	int		 num;		/* 1, 2, ... in reading order */
	enum note_kind	 kind;
	char		*term;		/* the term as given, the link text
					 * for NOTE_URL, NULL for a footnote */
	char		*text;		/* the note, or the URL */
	size_t		 off;		/* source offset of the occurrence
					 * (span off + byte index) */
	size_t		 block_off;	/* offset of its block: anchor
					 * "p<off>" */
};

/*
 * A byte range [start, end) of one span's text that belongs to a note's
 * occurrence.  An occurrence crossing spans (a term partly in italics)
 * has one mark per span; the last one has last = 1: the superscript
 * number follows its end.
 */
struct note_mark {
	size_t		 start, end;
	int		 num;
	int		 last;
	int		 again;		/* a later reference to a footnote
					 * called before: its number only */
};

struct notes {
	GPtrArray	*notes;		/* struct note *, by number */
	GHashTable	*marks;		/* const struct doc_span * ->
					 * GArray of struct note_mark, sorted
					 * by start, not overlapping */
};

/*
 * The notes of a document.  glossary: the glossary file to read (a TSV
 * of term, tab, note; '#' comments and blank lines ignored), or NULL for
 * none; relative to the source's folder, and read only from that
 * folder's tree or a folder allowed with fileio_allow_dir (the error
 * "cannot read glossary: ..." at the `glossary:` value otherwise); front matter notes win over glossary entries of the same term
 * (case-insensitive).  A front matter term not found in the body is a
 * warning naming it at the term's line:col; a glossary entry not found
 * is silent.  An unreadable or malformed glossary is an error
 * (file:line:col for a malformed line); returns NULL then.
 *
 * Matching: in paragraphs and list items (also inside quotes), not in
 * headings, code or link text; case-insensitive (g_utf8_casefold), whole
 * words (no letter or digit just before or after), any run of
 * whitespace in the text matches a space in the term, U+2019 and '
 * match each other, soft hyphens (U+00AD) in the text are skipped.
 * Scanning the body in reading order, at each position the longest
 * term that matches there wins and the scan continues after it, so
 * occurrences never overlap ("North Korea" before "Korea"); a term is
 * noted at its first such occurrence.  One already noted still takes
 * its place: "Korea" gets no note inside a later "North Korea", only
 * at a standalone occurrence.
 *
 * External links (href http:, https:, mailto:) whose text differs from
 * the URL (after dropping "mailto:" and "http(s)://") get a NOTE_URL
 * note, once per distinct URL, at the first link's text.
 *
 * Footnote references (SPAN_FOOTREF spans, in paragraphs, list items
 * and headings) get a NOTE_FOOT note with the definition's text, or a
 * NOTE_URL one when that text is only a URL; each has an empty mark
 * (start == end) on its span.  Later references to a note of the same
 * text get a mark with its number and again = 1 (the typesetter sets
 * the number without a second sticky note).
 */
struct notes	*notes_build(const struct doc *doc, const char *glossary);
void		 notes_free(struct notes *n);

/* The marks of a span (NULL: none). */
const GArray	*notes_marks(const struct notes *n,
		    const struct doc_span *span);

/*
 * The glossary file a document asks for: NULL without `glossary:`,
 * <assets>/glossary.tsv for "default", else the name as written, which
 * notes_build reads relative to the source's folder (caller frees).
 */
char		*notes_glossary_path(const struct doc *doc, const char *assets);

/* --dump notes: a JSON array on f. */
void		 notes_dump(const struct notes *n, FILE *f);

#endif
