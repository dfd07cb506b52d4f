/* SPDX-License-Identifier: MIT */
/*
 * Every word the page prints of its own (section labels, the eyebrow
 * and footer, the panels' fields, the diagram's legend and caption, the
 * chronology's dates) in the article's language: English, Spanish,
 * French and German, from one table in labels.c.  Other languages get
 * English.  Dates are written the way each language writes them (ICU's
 * date formats); English keeps the briefing's own "14 June 2018".
 */
#ifndef BRIEFING_LABELS_H
#define BRIEFING_LABELS_H

enum label_id {
	L_BRIEFING,		/* the eyebrow, upper case */
	L_KEY_POINTS,
	L_KEY_POINTS_CONT,
	L_CHRONOLOGY,
	L_CHRONOLOGY_BM,	/* its bookmark */
	L_THIS_BRIEFING,	/* beside the briefing's own date */
	L_COMING_UP,
	L_COMING_UP_BM,
	L_ABOUT,
	L_SOURCE,		/* the About panel's fields */
	L_URL,
	L_PUBLISHED,
	L_RETRIEVED,
	L_LENGTH,
	L_LENGTH_FMT,		/* {1} words, {2} minutes */
	L_SOURCE_LINE,		/* under the title: {1} the publication */
	L_PUBLISHED_LINE,	/* {1} the date, with no source before */
	L_PREPARED_BY,		/* {1} the author */
	L_PAGE_OF,		/* {1} page, {2} pages */
	L_SOURCE_ATTACHED,
	L_NOTES_BM,
	L_FIGURE_BM,
	L_CAPTION,
	L_ALSO_NAMED,		/* {1} the actors not drawn */
	L_LIST_AND,		/* {1} the first items, {2} the last */
	L_N_MORE,		/* {1} more actors, at a list's end */
	L_LEFT_OUT_ONE,		/* one relation not drawn */
	L_LEFT_OUT,		/* {1} relations not drawn */
	L_COOPERATIVE,
	L_HOSTILE,
	L_NEUTRAL,
	L_LEGEND_WEIGHT,
	L_DIAGRAM,		/* the About panel: no figure, why */
	L_NO_RELATIONS,
	L_NONE_DONE,
	L_ANALYSIS,		/* the About panel: a language not read */
	L_NOT_ANALYSED,
	L_MORE,			/* {1} more persons of a node */
	/* the chronology's qualified dates: {1} the date */
	L_Q_EARLY,
	L_Q_MID,
	L_Q_LATE,
	L_Q_SPRING,
	L_Q_SUMMER,
	L_Q_AUTUMN,
	L_Q_WINTER,
	L_Q_APPROX,
	L_Q_WEEKEND,
	L_Q_WEEK_OF,
	L_Q_DECADE,
	/* the diagram in words (diagram_alt): {1} and {2} as marked */
	L_ALT_HEAD,
	L_ALT_RELATION,		/* {1} a polarity: "hostile relation" */
	L_ALT_QUOTE,		/* {1} a box's name as printed */
	L_ALT_FROM_TO,		/* {1}, {2} quoted boxes */
	L_ALT_BETWEEN,		/* {1} a list of two quoted boxes */
	L_ALT_EDGE,		/* {1} the relation and its boxes, {2} the
				 * edge's labels */
	L_ALT_NEXT,		/* between two edges: "; " */
	L_ALT_SENTENCE_ONE,	/* the line's weight */
	L_ALT_SENTENCES,	/* {1} sentences */
	L_ALT_PERSONS,		/* {1} persons in boxes: L_ALT_IN; ... */
	L_ALT_IN,		/* {1} persons, {2} a quoted box */
	L_ALT_ALONE,		/* {1} boxes in no edge */
	L_COUNT
};

/* The two-letter language of a tag ("fr-CA" -> "fr") this table has,
 * else "en"; NULL is English. */
const char	*label_lang(const char *tag);

/* A label in tag's language (English for others); never NULL. */
const char	*label(const char *tag, enum label_id id);

/* The label with "{1}" and "{2}" replaced by a and b (caller frees). */
char		*label_fill(const char *tag, enum label_id id,
		    const char *a, const char *b);

/* A relation's label (the cue lexicons' English key: "supply",
 * "leader of") in tag's language: "Lieferungen", "dirigeant de"; the
 * key itself for English, another language or a key not in the table
 * (labels_names.c). */
const char	*label_relation(const char *tag, const char *key);

/* A state's English name ("United States") in tag's language, ICU's
 * name of its region ("Vereinigte Staaten"); a name that is no region
 * of ICU's, or English, as given (caller frees). */
char		*label_state(const char *tag, const char *name);

/* The name an actor is printed by: display (the text's own form) when
 * given, a state's name in tag's language (label_state), else name
 * (caller frees). */
char		*label_actor(const char *tag, const char *name,
		    const char *display, int state);

/* Names in a caption's list: at most this many, then "and N more". */
#define LABEL_MAX_NAMES	6

/*
 * The diagram's caption: what it is; then the actors the text names
 * that it does not draw, also[0, nalso) as printed (at most
 * LABEL_MAX_NAMES of them, then "and N more"), and how many relations
 * of the text it leaves out, when there are (caller frees).
 */
char		*label_caption(const char *tag, const char *const *also,
		    int nalso, int left_out);
/* What label_caption says after its first sentence: "Also named: A and
 * B. 2 more relations in the text.", or "" (caller frees). */
char		*label_caption_facts(const char *tag, const char *const *also,
		    int nalso, int left_out);

/* "A, B and C" in tag's language, of items[0, n) (caller frees). */
char		*label_list(const char *tag, const char *const *items, int n);

/* A day in full: "14 June 2018", "14 juin 2018", "14. Juni 2018", "14
 * de junio de 2018"; d 0: the month and year (caller frees). */
char		*label_date_long(const char *tag, int y, int m, int d);

/* "2024-06-17" in full (label_date_long), other text as it is (caller
 * frees; NULL for NULL). */
char		*label_nice_date(const char *tag, const char *s);

/* A chronology date, short: "17 Jun 2024", "17 juin 2024", "17. Juni
 * 2024", "Sep 2023", "2000", with its qualifier ("early", "week of"...,
 * as struct event has them) said in the language: "début 2022", "Ende
 * Juni 2022" (caller frees).  prec as enum ev_precision. */
char		*label_date_short(const char *tag, int y, int m, int d,
		    int prec, const char *qualifier);

#endif
