/* SPDX-License-Identifier: MIT */
/*
 * The text-analysis layer: one reading of the document's prose that the
 * chronology and the relations share.  Stages, in order:
 *   text.c          sentences and word tokens (ICU), source offsets
 *   text_mention.c  actors and their mentions: gazetteer names, capitals
 *                   and institutions for their state, demonyms, persons
 *                   (titles, appositions, "said X"), coreference
 *   text_clause*.c  clauses: subject, verb group (tense, modality,
 *                   negation), object, attached phrases
 *   text_coref.c    what a pronoun subject without an actor stands for
 *   text_time*.c    temporal expressions, resolved by their clause's
 *                   tense and by the dates they are chained to
 * Included by the stages that read prose (chrono, extract), by main
 * (--dump text) and by its tests; ICU types stay in the .c files.
 */
#ifndef BRIEFING_TEXT_H
#define BRIEFING_TEXT_H

#include <stdio.h>
#include <glib.h>

#include "chrono.h"
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
/* A token's offsets are 32 bits (20 bytes a token, not 40: the token
 * array is most of what the analysis holds; text_analyse reads no
 * source of more than TEXT_MAX_SOURCE bytes, so that the analysed
 * text, at most 4 bytes for each byte of source, fits). */
#define TEXT_MAX_SOURCE	(G_MAXUINT32 / 4)

struct text_token {
	guint32		 start, end;
	guint32		 tstart, tend;
	enum text_kind	 kind;
};

struct text_sentence {
	size_t		 start, end;	/* source bytes, trimmed of spaces */
	size_t		 tstart, tend;
	guint		 first_token;	/* index in tokens */
	guint		 ntokens;
	guint		 block;		/* index in blocks */
	guint		 first_clause, nclauses;
};

/* A leaf block read: a heading, a paragraph (also inside list items
 * and quotes) or a table row (its cells' text between " | "); code
 * blocks are not read. */
struct text_block {
	const struct doc_node *node;	/* lent by the doc */
	size_t		 tstart, tend;	/* its text in str */
	guint		 first_sentence;
	guint		 nsentences;
};

/* --- actors and mentions (text_mention.c) --------------------------- */

enum text_actor_kind {
	TA_STATE,
	TA_ORG,
	TA_PERSON,
	TA_GROUP
};

/* An actor of the text: a gazetteer entry it names, or a person. */
struct text_actor {
	char		*name;		/* canonical: "Russia", "Kim Jong Un" */
	enum text_actor_kind kind;
	int		 state;		/* a person's state or organisation
					 * (index in actors), -1 */
	int		 gaz;		/* gazetteer entry, -1 */
	guint		 mentions;	/* number of its mentions */
	size_t		 first;		/* source offset of the first one */
};

/* How a mention names its actor. */
#define TM_NAME		0x0000	/* the name or a form of it */
#define TM_METONYM	0x0001	/* a capital or institution: "Moscow" */
#define TM_DEMONYM	0x0002	/* "Russian", "the Russian ministry" */
#define TM_SHORT	0x0004	/* a person's surname, "Mr Kim" */
#define TM_PRONOUN	0x0008	/* "he", "she", "it", "they" */
#define TM_ROLE		0x0010	/* "the president", "the ministry" */
#define TM_POSS		0x0020	/* followed by "'s" */

struct text_mention {
	size_t		 start, end;	/* source bytes */
	size_t		 tstart, tend;
	guint		 first_token, ntokens;
	guint		 sentence;
	int		 actor;		/* index in actors */
	unsigned	 flags;		/* TM_* */
};

/* --- clauses (text_clause*.c, text_coref.c) -------------------------- */

enum text_tense {
	TT_NONE,		/* no finite verb: a title, a fragment */
	TT_PAST,		/* "signed", "had signed", "was signed" */
	TT_PRESENT,		/* "signs", "has signed", "is signing" */
	TT_FUTURE		/* "will sign", "is to sign" */
};

enum text_modality {
	TMOD_NONE,
	TMOD_POSSIBLE,		/* "could", "might", "may" */
	TMOD_CONDITIONAL,	/* "would", a clause under "if"/"unless" */
	TMOD_OBLIGATION,	/* "must", "should", "has to" */
	TMOD_SCHEDULED,		/* "is due to", "is set to", "plans to",
				 * "is scheduled to", "is expected to" */
	TMOD_WANT		/* "wants to", "hopes to", "seeks to" */
};

enum text_clause_kind {
	TC_MAIN,		/* an independent clause */
	TC_SUBORD,		/* "after ...", "when ...", "because ..." */
	TC_RELATIVE,		/* "who ...", "which ...", "that ..." */
	TC_REPORTED,		/* "said (that) ...": what was said */
	TC_NONFINITE		/* "..., killing 12", "to sign ...",
				 * "signed in 2000" as a modifier */
};

/*
 * A clause: token ranges are [first, first + n) indices in tokens, n 0
 * when absent.  A clause without its own subject (coordination "and
 * signed", a participle) has subj_n 0 and takes its parent's.
 */
struct text_clause {
	size_t		 start, end;	/* source bytes */
	size_t		 tstart, tend;
	guint		 sentence;
	guint		 first_token, ntokens;
	int		 parent;	/* clause it hangs on, -1 */
	enum text_clause_kind kind;
	int		 mark;		/* token of "after", "which"..., -1 */
	guint		 subj_first, subj_n;
	int		 subject;	/* actor of the subject (after
					 * coreference), -1 */
	guint		 verb_first, verb_n;	/* "has been named" */
	int		 head;		/* token of the main verb, -1 */
	enum text_tense	 tense;
	enum text_modality modality;
	int		 negated;	/* "not", "never", "no longer" */
	int		 passive;
	guint		 obj_first, obj_n;	/* direct object or
						 * complement */
	guint		 ante_first, ante_n;	/* a pronoun subject that
						 * names no actor ("it",
						 * "they"): the noun phrase
						 * it stands for (text_coref.c),
						 * ante_n 0 if none */
};

/* --- temporal expressions (text_time.c) ----------------------------- */

/* What a temporal expression is. */
#define TIME_RELATIVE	0x0001	/* resolved against a date: "on Tuesday" */
#define TIME_UNRESOLVED	0x0002	/* relative, nothing to resolve it by */
#define TIME_FORWARD	0x0004	/* resolved forward (future clause) */
#define TIME_CHAINED	0x0008	/* on another expression: "two days
				 * later", "the following year" */
#define TIME_RANGE	0x0010	/* "2020-2023", "from May to July":
				 * end_* hold the end */
#define TIME_DURATION	0x0020	/* "for 18 months", "a 44-day war",
				 * "since 2016" */
#define TIME_AGE	0x0040	/* "aged 71", "at 45" */
#define TIME_DECADE	0x0080	/* "the 1990s", "the 19th century" */
#define TIME_MEASURE	0x0100	/* "ten years after 1998": dates its
				 * anchor's subject */
#define TIME_STATISTIC	0x0200	/* a figure by year: "exports in 2021
				 * fell to 3%" */
#define TIME_TABLE	0x0400	/* in a table row of plain text */
#define TIME_DATELINE	0x0800	/* a by-line or date line */
#define TIME_OUT_OF_RANGE 0x1000 /* outside the years 1 to 9999 */
#define TIME_EXPLICIT_YEAR 0x2000 /* the text names the year */
#define TIME_GENERIC	0x4000	/* no point in time: "every year",
				 * "each March" */

struct text_time {
	size_t		 start, end;	/* source bytes: "in 2000" */
	size_t		 tstart, tend;
	guint		 sentence;
	guint		 first_token, ntokens;
	int		 clause;	/* the clause it stands in, -1 */
	int		 year, month, day;	/* year 0: no date */
	enum ev_precision precision;
	const char	*qualifier;	/* static: "early", "spring"... */
	int		 end_year, end_month, end_day;	/* TIME_RANGE */
	enum ev_precision end_precision;
	int		 anchor;	/* the time it is chained to, -1 */
	unsigned	 flags;		/* TIME_* */
};

/* The language the analysis reads (doc->meta.lang's primary subtag):
 * the clauses and the temporal expressions have rules for these four;
 * TEXT_OTHER is read as English by the stages, and the chronology and
 * the diagram leave it out (main.c says so). */
enum text_lang {
	TEXT_EN,
	TEXT_ES,
	TEXT_FR,
	TEXT_DE,
	TEXT_OTHER
};

struct text {
	enum text_lang	 lang;
	GString		*str;		/* blocks' texts, each ended by '\n' */
	GArray		*blocks;	/* struct text_block */
	GArray		*sentences;	/* struct text_sentence */
	GArray		*tokens;	/* struct text_token, no spaces */
	GPtrArray	*actors;	/* struct text_actor * */
	GArray		*mentions;	/* struct text_mention, text order */
	GArray		*clauses;	/* struct text_clause, text order */
	GArray		*times;		/* struct text_time, text order */
	struct text_gate *gate;		/* while the times are made beside
					 * their readers (text_read_times) */
};

/*
 * Analyse the prose of doc, in document order: the spans of each
 * heading and paragraph joined (line breaks inside a span as spaces, a
 * hard line break as '\n', which ends a sentence), cut by ICU in the
 * locale of doc->meta.lang with the standard abbreviation suppressions,
 * then breaks after titles, initials and abbreviations merged (see
 * text.c); then the mentions (lex: the gazetteer, may be NULL), the
 * clauses and the temporal expressions, resolved against the document
 * date.  src is the source doc was read from, for exact offsets; NULL
 * gives offsets counted from each span's first byte.  Returns a new
 * analysis (text_free); an ICU failure is reported through msg_at and
 * leaves the blocks' sentences empty.
 */
struct lex;
/* Keep ICU's break iterators between analyses (on), or drop them. */
void		 text_keep(int on);
struct text	*text_analyse(const struct doc *doc, const struct source *src,
		    const struct lex *lex);
/*
 * text_analyse in two steps, for a caller whose gazetteer is still
 * loading: text_read cuts the sentences and words (no gazetteer), then
 * text_read_finish finds the mentions, clauses and times with it.  The
 * same analysis as text_analyse.
 */
struct text	*text_read(const struct doc *doc, const struct source *src);
void		 text_read_finish(struct text *t, const struct doc *doc,
		    const struct lex *lex);
/*
 * text_read_finish in two parts, for a caller that runs the second on a
 * thread of its own while others read what the first made:
 * text_read_actors finds the mentions and the clauses, and marks the
 * times as still to come; text_read_times finds them.  A reader running
 * beside text_read_times reads t->times only after text_times_wait,
 * which returns at once when the times are made.
 */
void		 text_read_actors(struct text *t, const struct doc *doc,
		    const struct lex *lex);
void		 text_read_times(struct text *t, const struct doc *doc);
void		 text_times_wait(const struct text *t);
void		 text_free(struct text *t);

/* Accessors. */
static inline const struct text_token *
text_tok(const struct text *t, guint i)
{
	return &g_array_index(t->tokens, struct text_token, i);
}

static inline const struct text_sentence *
text_sent(const struct text *t, guint i)
{
	return &g_array_index(t->sentences, struct text_sentence, i);
}

static inline const struct text_clause *
text_clause(const struct text *t, guint i)
{
	return &g_array_index(t->clauses, struct text_clause, i);
}

static inline const struct text_mention *
text_mention(const struct text *t, guint i)
{
	return &g_array_index(t->mentions, struct text_mention, i);
}

static inline const struct text_time *
text_time(const struct text *t, guint i)
{
	return &g_array_index(t->times, struct text_time, i);
}

static inline const struct text_actor *
text_actor(const struct text *t, int i)
{
	return g_ptr_array_index(t->actors, i);
}

/* The analysed text of token i (not NUL-terminated: n bytes). */
static inline const char *
text_word(const struct text *t, guint i, size_t *n)
{
	const struct text_token *k = text_tok(t, i);

	*n = k->tend - k->tstart;
	return t->str->str + k->tstart;
}

/* c with an ASCII capital made small. */
static inline int
text_fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The n bytes at s, whose first folds to s0 (text_fold, -1 when n is
 * 0), are word w, ASCII letters in either case (other bytes as they
 * are).  Inline: the analysis compares most tokens with several lists
 * of words, and nearly every comparison is settled by the first byte,
 * folded once per token. */
static inline int
text_word_is_from(const char *s, size_t n, int s0, const char *w)
{
	size_t	k;
	int	b;

	if (n == 0)
		return w[0] == '\0';
	if (s0 != text_fold((unsigned char)w[0]))
		return 0;
	if (w[0] == '\0')		/* a NUL byte in the text */
		return 0;
	for (k = 1; k < n; k++) {
		b = text_fold((unsigned char)w[k]);
		if (b == 0 || text_fold((unsigned char)s[k]) != b)
			return 0;
	}
	return w[n] == '\0';
}

static inline int
text_word_is(const char *s, size_t n, const char *w)
{
	return text_word_is_from(s, n, n > 0 ?
	    text_fold((unsigned char)s[0]) : -1, w);
}

/* Token i is word w (ASCII case-insensitive). */
static inline int
text_is(const struct text *t, guint i, const char *w)
{
	size_t	 n;
	const char *s;

	if (i >= t->tokens->len)
		return 0;
	s = text_word(t, i, &n);
	return text_word_is(s, n, w);
}

/* The index in the NULL-ended list of token i's word (the first
 * match), -1 when it is none of them. */
static inline int
text_find(const struct text *t, guint i, const char *const *l)
{
	size_t	 n;
	const char *s;
	int	 k, s0;

	if (i >= t->tokens->len)
		return -1;
	s = text_word(t, i, &n);
	s0 = n > 0 ? text_fold((unsigned char)s[0]) : -1;
	for (k = 0; l[k] != NULL; k++)
		if (text_word_is_from(s, n, s0, l[k]))
			return k;
	return -1;
}

/* Token i is one of the words of the NULL-ended list. */
static inline int
text_in(const struct text *t, guint i, const char *const *l)
{
	return text_find(t, i, l) >= 0;
}

/* The mention covering token i (its index in *index unless NULL), or
 * NULL: a binary search of the mentions, in text order. */
const struct text_mention *text_mention_at(const struct text *t, guint i,
		    guint *index);

/*
 * JSON (--dump text): {"sentences": [{"start", "end", "text",
 * "clauses": [{"subject", "verb", "tense", "modality", "negated",
 * "object", "start", "end", ...}], "tokens": [...]}], "actors": [...],
 * "mentions": [{"start", "end", "text", "actor", "kind"}], "times":
 * [{"start", "end", "text", "date", "precision", ...}]}, offsets in
 * source bytes, text the analysed text (typographic quotes, no markup).
 */
void		 text_dump(const struct text *t, FILE *f);

#endif
