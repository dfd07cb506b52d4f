/* SPDX-License-Identifier: MIT */
/*
 * The English lexicon of the text layer: closed word classes (articles,
 * pronouns, prepositions, auxiliaries...), the forms of common regular
 * and irregular verbs with a few lexical flags (speech, plans, wishes),
 * and the class of a word by its ending when it is not listed.  Built
 * once, read-only after; safe to call from any thread.  Included by the
 * text stages (text_clause.c; the mentions and times may use it too).
 */
#ifndef BRIEFING_TEXT_LEXICON_H
#define BRIEFING_TEXT_LEXICON_H

#include <stddef.h>

/* Word classes: the closed ones from tables, the rest by form. */
enum text_lex_class {
	TL_OPEN,	/* noun, adjective or verb: see its verb forms */
	TL_NAME,	/* a capitalised word inside the sentence */
	TL_NUM,
	TL_PUNCT,
	TL_QUOTE,
	TL_DET,
	TL_PRON,	/* subject pronoun: "he", "they", "it" */
	TL_OBJP,	/* "him", "them" */
	TL_POSS,	/* "his", "their" */
	TL_PREP,
	TL_SUB,		/* "after", "because", "if" */
	TL_REL,		/* "who", "which", "whose", "where" */
	TL_THAT,
	TL_CC,		/* "and", "but", "or" */
	TL_BE,
	TL_HAVE,
	TL_DO,
	TL_MODAL,
	TL_NEG,
	TL_TO,
	TL_ADV,		/* adverbs that sit in verb groups */
	TL_TIME		/* month and day names, "yesterday" */
};

/* Verb forms and lexical flags of an open word. */
#define TLV_BASE	0x0001
#define TLV_S		0x0002
#define TLV_PAST	0x0004
#define TLV_PPART	0x0008
#define TLV_ING		0x0010
#define TLV_GUESS	0x0020	/* by its ending only */
#define TLV_FORMS	0x001f
#define TLV_SPEECH	0x0040	/* "say", "warn", "believe" */
#define TLV_SCHED	0x0080	/* "plan to" */
#define TLV_WANT	0x0100	/* "want to" */
#define TLV_OBLIG	0x0200	/* "need to" */
#define TLV_DATIVE	0x0400	/* "tell", "warn": a person, then "that" */
#define TLV_ASPECT	0x0800	/* "try to", "begin to": the act is real */
#define TLV_STATE	0x1000	/* "hold", "own": "held by X" a state */
#define TLV_CAUSE	0x2000	/* "force", "urge": a person, then "to":
				 * that person does it */
#define TLV_IMPL	0x4000	/* "force", "persuade": and it is done */
#define TLV_PERMIT	0x8000	/* "allow", "enable": it may be done */

/* The lexicon's answers pack a class and verb bits. */
#define TL_CLS(b)	((enum text_lex_class)((b) & 0xff))
#define TL_FORMS(b)	((unsigned)(b) >> 8)
#define TL_BITS(c, v)	((unsigned)(c) | ((unsigned)(v) << 8))

#define TL_KEY_MAX	32	/* longest word looked up, with its NUL */

/* Where a word stands, for text_lex_word. */
#define TLW_INITIAL	0x0001	/* opens its sentence or a quotation */
#define TLW_TITLE	0x0002	/* in a title-case headline */

/*
 * The lower-case ASCII key of word w (n bytes; a typographic apostrophe
 * as '\'') in k (TL_KEY_MAX bytes).  Returns its length, 0 when w is
 * empty or too long.
 */
size_t		 text_lex_key(const char *w, size_t n, char *k);

/* Class and verb bits of the listed word w (any case), 0 when it is
 * not listed. */
unsigned	 text_lex_class(const char *w, size_t n);

/* Class and verb bits of an unlisted word by its ending: "-ed" a past
 * form, "-ing" a present participle, "-ly" an adverb (TLV_GUESS set on
 * the verb forms). */
unsigned	 text_lex_guess(const char *w, size_t n);

/*
 * Class and verb bits of word w in its sentence (how: TLW_*): a
 * capitalised word not at the start is a name unless it is a month or
 * a day; an acronym is a name; an unlisted word goes by its ending.
 */
unsigned	 text_lex_word(const char *w, size_t n, unsigned how);

/* Verb bits of w (0: not a known verb form). */
unsigned	 text_lex_forms(const char *w, size_t n);

/* w is a quotation mark: '"', '\'' or a typographic one. */
int		 text_lex_quote(const char *w, size_t n);

#endif
