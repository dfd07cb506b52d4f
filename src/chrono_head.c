/* SPDX-License-Identifier: MIT */
/*
 * The chronology's entry texts, made from the text layer's clauses as
 * headlines: the clause's subject (a pronoun, a surname or "the
 * president" replaced by the actor's name, a relative pronoun by its
 * antecedent), its verb group in the clause's own tense and what
 * follows up to the first boundary, less the dates; at most
 * CHRONO_TEXT_WORDS words, cut before a preposition, never ending on a
 * function word.  Also the noun phrases a date can stand in ("after the
 * failed summit in 2019", "the award of July 12th").
 */
#include <string.h>

#include <glib.h>

#include "chrono_int.h"

#define SUBJ_WORDS	7	/* a subject longer is named by its actor */
#define UP_MAX		4	/* parent clauses climbed for a subject */
#define PRED_SCAN	60	/* tokens of a predicate read at most */
#define TITLE_MAX	5	/* tokens of a title before a name */

/* Object pronouns: no content of a phrase ("floating it"). */
static const char *const objects[] = {
	"it", "him", "her", "them", "us", NULL
};
static const char *const pronouns[] = {
	"he", "she", "it", "they", "him", "her", "them", "we", "i", "you",
	NULL
};
/* Words that open a subordinate clause: a predicate ends before. */
static const char *const subordinators[] = {
	"after", "before", "when", "while", "because", "although", "though",
	"since", "until", "unless", "if", "whereas", "once", "as", NULL
};
/* Last words of a date that an event follows: "hours before the vote". */
static const char *const anchor_words[] = {
	"before", "after", "of", "since", "until", NULL
};
/* Words that open a noun's modifier: "the inquiry led by ...". */
static const char *const modifier_opens[] = {
	"by", "of", "in", "at", "on", "from", "with", "who", "which", "that",
	"whose", "under", "behind", NULL
};
/* Words opening a subject that is a clause: it names no actor. */
static const char *const clause_subjects[] = {
	"whether", "what", "how", "why", "whoever", "whatever", NULL
};
static const char *const numerals[] = {
	"one", "two", "three", "four", "five", "both", NULL
};
/* German separable particles, left at a main clause's end. */
static const char *const particles_de[] = {
	"an", "ab", "auf", "aus", "vor", "zu", "zur\xC3\xBC" "ck", "mit", "ein",
	"fest", "bei", "nach", "weg", "her", "hin", "los", "fort", "statt",
	"teil", "bekannt", "fort", "durch", "um", "wieder", NULL
};

/* Clitic pronouns before a Spanish or French verb. */
static const char *const clitics[] = {
	"se", "me", "te", "nos", "os", "le", "les", "lo", "la", "los", "las",
	"lui", "leur", "y", "en", NULL
};
/* Prepositions and articles that open a date in es, fr, de. */
static const char *const time_lead[] = {
	"de", "del", "du", "des", "le", "la", "el", "l'", "l\xE2\x80\x99",
	"en", "au", "\xC3\xA0", "a", "al", "desde", "hasta", "depuis",
	"jusqu'au", "jusqu\xE2\x80\x99" "au", "f\xC3\xBCr", "den", "dem",
	"der", "am", "im", "vom", "zum", "ab", "bis", "seit", "um", NULL
};

/* Subject pronouns of es, fr, de. */
static const char *const pronouns_lang[] = {
	"il", "elle", "ils", "elles", "on", "\xC3\xA9l", "\xC3\x89l", "ella",
	"ellos",
	"ellas", "er", "sie", "es", "man", NULL
};

static const char *const relatives[] = {
	"who", "which", "that", "whom", "whose", NULL
};

/* A token that ends a headline's predicate: ";", ":", a dash, "(". */
static int
hard_stop(const struct text *t, guint i)
{
	return chrono_is_punct(t, i, ";") || chrono_is_punct(t, i, ":") ||
	    chrono_is_punct(t, i, "(") || chrono_is_punct(t, i, "\xE2\x80\x94") ||
	    chrono_is_punct(t, i, "\xE2\x80\x93") || chrono_is_punct(t, i, "|");
}

/* A lower-case word ending in "-ed" or "led", "held", "made", "set":
 * a participle after a noun. */
static int
participle(const struct text *t, guint i)
{
	static const char *const irregular[] = {
		"led", "held", "made", "set", "run", "known", "given", "taken",
		"seen", "built", "sent", "won", "brought", "signed", NULL
	};
	const char	*s;
	size_t		 n;
	char		 buf[32];

	s = text_word(t, i, &n);
	if (n < 3 || !g_ascii_islower(*s))
		return 0;
	return (s[n - 2] == 'e' && s[n - 1] == 'd') ||
	    chrono_in_list(chrono_lower_word(t, i, buf, sizeof(buf)), irregular);
}

/* A word in "-ing" opening a subject: a gerund phrase, not a name. */
int
chrono_gerund(const struct text *t, guint i)
{
	const char	*s;
	size_t		 n;

	s = text_word(t, i, &n);
	return text_tok(t, i)->kind == TEXT_WORD && n > 5 &&
	    memcmp(s + n - 3, "ing", 3) == 0 && text_mention_at(t, i, NULL) == NULL;
}

/*
 * At token i, a title before a person's name ("former US President
 * Donald Trump", "Gen. X"): the token of the name, which the headline
 * keeps alone; else i.  The title is capitalised words, "former", a
 * state's name, abbreviation points, at most TITLE_MAX tokens.
 */
static guint
skip_title(const struct text *t, guint i, guint end, guint sent)
{
	const struct text_mention *m;
	const char	*s;
	size_t		 n;
	guint		 j, t0 = chrono_first_time(t, sent);

	for (j = i; j < end && j - i < 3 * TITLE_MAX; j++) {
		m = text_mention_at(t, j, NULL);
		if (m != NULL && m->first_token == j && j > i &&
		    m->actor >= 0 && text_actor(t, m->actor)->kind ==
		    TA_PERSON && m->ntokens >= 2 && !(m->flags & TM_POSS))
			return j;
		s = text_word(t, j, &n);
		if (text_is(t, j, "former") || chrono_is_punct(t, j, ".") ||
		    text_is(t, j, "the") || chrono_in_time(t, j, t0, sent))
			continue;	/* "The 71-year-old Secretary of
					 * State John Kerry" */
		if (j > i && text_is(t, j, "of"))
			continue;
		if (text_tok(t, j)->kind != TEXT_WORD ||
		    !g_unichar_isupper(g_utf8_get_char(s)))
			return i;
		if (m != NULL && m->actor >= 0 && text_actor(t,
		    m->actor)->kind == TA_PERSON)
			return i;
	}
	return i;
}

/*
 * A Spanish finite clause with no subject: the actor that is the
 * subject of the main clause of the sentence before, in the same
 * paragraph (a person, a state or an organisation); -1 if none.
 */
static int
dropped_subject(const struct text *t, int c)
{
	const struct text_clause *cl = text_clause(t, c), *x;
	const struct text_sentence *se, *pv;
	guint	 k;

	if (cl->tense == TT_NONE || cl->kind == TC_NONFINITE ||
	    cl->verb_n == 0 || cl->sentence == 0)
		return -1;
	se = text_sent(t, cl->sentence);
	pv = text_sent(t, cl->sentence - 1);
	if (pv->block != se->block)
		return -1;
	for (k = 0; k < pv->nclauses; k++) {
		x = text_clause(t, pv->first_clause + k);
		if (x->parent < 0 && x->kind == TC_MAIN)
			return x->subject;
	}
	return -1;
}

/*
 * The subject of clause c as headline words in g: a pronoun or a
 * short form by its actor's name, a relative pronoun by the noun
 * phrase before it, an apposition left out.  Returns 0 when the clause
 * has no subject a reader could follow.
 */
int
chrono_subject_text(const struct text *t, int c, GString *g)
{
	const struct text_clause *cl = chrono_subject_clause(t, c), *p;
	const struct text_mention *m;
	char		 buf[32];
	guint		 i, a, b, n, t0;
	long		 prev = -1;
	int		 dropped;

	/* Spanish drops a subject the sentence before gave: "Glas fue
	 * vicepresidente ... Fue destituido en enero de 2018" */
	if (cl == NULL && t->lang == TEXT_ES && (dropped = dropped_subject(t,
	    c)) >= 0) {
		g_string_append(g, text_actor(t, dropped)->name);
		return 1;
	}
	if (cl == NULL)
		return 0;
	a = cl->subj_first;
	b = a + cl->subj_n;
	while (a < b && text_tok(t, a)->kind == TEXT_PUNCT)
		a++;			/* "(Reuters) - Russia" */
	if (a < b && chrono_gerund(t, a))
		return 0;		/* "Breaking his leg ...": no actor */
	if (a < b && text_in(t, a, clause_subjects))
		return 0;		/* "Whether he can ... will be known" */
	if (a < b && a > 0 && participle(t, a) && chrono_in_list(chrono_lower_word(t,
	    a - 1, buf, sizeof(buf)), pronouns))
		return 0;		/* "they | issued 13 demands": a verb
					 * read as the subject */
	if (cl->kind == TC_MAIN && cl->parent < 0 && text_in(t,
	    text_sent(t, cl->sentence)->first_token, clause_subjects) &&
	    a > text_sent(t, cl->sentence)->first_token &&
	    text_tok(t, a - 1)->kind == TEXT_WORD)
		return 0;		/* the same, its subject cut short */
	if (b - a == 2 && text_is(t, a, "the") && text_in(t, a + 1,
	    numerals) && cl->ante_n == 0)
		return 0;		/* "the two signed": who? */
	if (b - a == 1 && chrono_in_list(chrono_lower_word(t, a, buf, sizeof(buf)),
	    relatives)) {
		/* "..., which signed": the phrase the pronoun stands for */
		if (cl->parent < 0)
			return 0;
		p = text_clause(t, cl->parent);
		if (p->obj_n > 0 && p->obj_first + p->obj_n <= a &&
		    a - (p->obj_first + p->obj_n) <= 1) {
			a = p->obj_first;
			b = p->obj_first + p->obj_n;
		} else if (p->subj_n > 0 && p->subj_first + p->subj_n <= a &&
		    a - (p->subj_first + p->subj_n) <= 1) {
			a = p->subj_first;
			b = p->subj_first + p->subj_n;
		} else
			return 0;
	}
	/* the whole subject is one mention of a named actor by a pronoun,
	 * a surname, a role: the actor's name (but in Spanish, French and
	 * German a description, "l'organisation", keeps the text's words:
	 * the actor's name is the gazetteer's English one) */
	m = text_mention_at(t, a, NULL);
	if (m != NULL && m->actor >= 0 && m->first_token == a &&
	    m->first_token + m->ntokens >= b &&
	    (m->flags & (TM_PRONOUN | TM_SHORT | TM_ROLE)) &&
	    !(t->lang != TEXT_EN && (m->flags & TM_ROLE))) {
		g_string_append(g, text_actor(t, m->actor)->name);
		return 1;
	}
	if (b - a == 1 && t->lang != TEXT_EN && text_in(t, a,
	    pronouns_lang) && cl->subject >= 0) {
		/* "Il a été désigné": the actor the layer resolved the
		 * pronoun to (unresolved, the pronoun stays: the entry
		 * links to its sentence) */
		g_string_append(g, text_actor(t, cl->subject)->name);
		return 1;
	}
	if (b - a == 1 && chrono_in_list(chrono_lower_word(t, a, buf, sizeof(buf)),
	    pronouns)) {
		if (cl->subject >= 0) {
			g_string_append(g, text_actor(t,
			    cl->subject)->name);
			return 1;
		}
		if (cl->ante_n == 0)
			return 0;
		/* "On Monday it named ...": the noun phrase "it" stands
		 * for, whole (SUBJ_WORDS at most) */
		if (cl->ante_n > SUBJ_WORDS + 1)
			return 0;
		for (i = cl->ante_first; i < cl->ante_first + cl->ante_n;
		    i++) {
			chrono_put_token(t, i, prev, g);
			prev = i;
		}
		return g->len > 0;
	}
	b = MIN(b, a + PRED_SCAN);
	for (i = a; i <= b && i < a + SUBJ_WORDS &&
	    i + 1 < t->tokens->len; i++) {
		if (!chrono_is_punct(t, i, ","))
			continue;
		/* "whose leader, Muammar Qaddafi, gave up": the person the
		 * apposition names */
		m = text_mention_at(t, i + 1, NULL);
		if (i > a && m != NULL && m->first_token == i + 1 &&
		    m->actor >= 0 && text_actor(t, m->actor)->kind ==
		    TA_PERSON && !(m->flags & (TM_PRONOUN | TM_POSS))) {
			g_string_append(g, text_actor(t, m->actor)->name);
			return 1;
		}
		break;
	}
	t0 = chrono_first_time(t, cl->sentence);
	/* "French Foreign Minister Laurent Fabius": the name (the title
	 * costs the words the act needs) */
	a = skip_title(t, a, b, cl->sentence);
	for (i = a, n = 0; i < b && !chrono_is_punct(t, i, ","); i++)
		n += !chrono_in_time(t, i, t0, cl->sentence) &&
		    (text_tok(t, i)->kind == TEXT_WORD ||
		    text_tok(t, i)->kind == TEXT_NUMBER);
	if (n > SUBJ_WORDS) {
		/* "An inquiry led by X ...": the head before its
		 * modifiers */
		for (i = a, n = 0; i < b && n < SUBJ_WORDS; i++) {
			if (n >= 2 && text_tok(t, i)->kind == TEXT_WORD &&
			    (chrono_in_list(chrono_lower_word(t, i, buf, sizeof(buf)),
			    modifier_opens) || participle(t, i)))
				break;
			n += text_tok(t, i)->kind == TEXT_WORD;
		}
		b = i;
	}
	for (i = a; i < b && !chrono_is_punct(t, i, ",") && !hard_stop(t, i);
	    i++) {
		if (chrono_in_time(t, i, t0, cl->sentence))
			continue;
		/* "Un tercer mandato de seis años": "de" goes with its
		 * time */
		if (t->lang != TEXT_EN && i > a && text_in(t, i, time_lead) &&
		    (chrono_in_time(t, i + 1, t0, cl->sentence) || (text_in(t, i + 1,
		    time_lead) && chrono_in_time(t, i + 2, t0, cl->sentence))))
			continue;
		m = text_mention_at(t, i, NULL);
		if (m != NULL && m->actor >= 0 && (m->flags & TM_PRONOUN) &&
		    m->ntokens == 1) {
			/* "his government": the actor's */
			if (g->len > 0)
				g_string_append_c(g, ' ');
			g_string_append(g, text_actor(t, m->actor)->name);
			g_string_append(g, "\xE2\x80\x99s");
			prev = -1;
			continue;
		}
		chrono_put_token(t, i, prev, g);
		prev = i;
	}
	return g->len > 0;
}

/*
 * A relative clause whose pronoun is its object ("restrictions on arms
 * exports that they imposed"): the noun phrase before the pronoun in
 * [*a, *b), back to punctuation, a verb of the sentence's clauses or
 * an infinitive ("to lift"), REL_WORDS tokens at most.
 */
#define REL_WORDS	6
static int
relative_object(const struct text *t, const struct text_clause *cl,
    guint *a, guint *b)
{
	const struct text_sentence *se = text_sent(t, cl->sentence);
	const struct text_clause *x;
	const char	*s;
	size_t		 n;
	guint		 i, k, t0, lo = se->first_token;

	if (cl->kind != TC_RELATIVE || cl->mark < 0 || cl->obj_n > 0 ||
	    cl->subj_n == 0 || cl->subj_first <= (guint)cl->mark ||
	    !(text_is(t, cl->mark, "that") || text_is(t, cl->mark, "which") ||
	    text_is(t, cl->mark, "whom")))
		return 0;
	*b = cl->mark;
	for (i = *b; i > lo && *b - i < REL_WORDS; i--) {
		if (text_tok(t, i - 1)->kind == TEXT_PUNCT)
			break;
		for (k = chrono_clause_from(t, cl->sentence, i > CHRONO_SCAN ?
		    i - CHRONO_SCAN : 0); k < se->first_clause +
		    se->nclauses && text_clause(t, k)->first_token < i; k++) {
			x = text_clause(t, k);
			if (x->verb_n > 0 && i - 1 >= x->verb_first &&
			    i - 1 < x->verb_first + x->verb_n)
				break;
		}
		if (k < se->first_clause + se->nclauses &&
		    text_clause(t, k)->first_token < i)
			break;		/* a verb */
		s = text_word(t, i - 1, &n);
		if (i - 1 > lo && text_is(t, i - 2, "to") &&
		    g_ascii_islower(*s))
			break;		/* "to lift" */
	}
	*a = i;
	t0 = chrono_first_time(t, cl->sentence);
	for (i = *a; i < *b; i++)
		if (chrono_in_time(t, i, t0, cl->sentence))
			return 0;	/* "the same day that X was named" */
	return *b > *a;
}

/* Token i is a ':' before a quotation that ends the sentence's words
 * before se_end ("said: \"This deal ...\""). */
static int
speech_colon(const struct text *t, guint i, guint se_end)
{
	const char	*w;
	size_t		 n;

	if (!chrono_is_punct(t, i, ":") || i + 2 >= se_end)
		return 0;
	w = text_word(t, i + 1, &n);
	return (n == 1 && *w == '"') || (n == 3 && memcmp(w,
	    "\xE2\x80\x9C", 3) == 0);
}

/* A clause of sentence s opens at token i (its mark, at its first
 * token or just before it). */
static int
opens_clause(const struct text *t, guint s, guint i)
{
	const struct text_sentence *se = text_sent(t, s);
	guint	k, end = se->first_clause + se->nclauses;

	for (k = chrono_clause_from(t, s, i > CHRONO_TEXT_WORDS ? i -
	    CHRONO_TEXT_WORDS : 0); k < end &&
	    text_clause(t, k)->first_token <= i + 2; k++)
		if (text_clause(t, k)->mark == (int)i)
			return 1;
	return 0;
}

/*
 * The predicate of clause c: its verb group and what follows it in
 * the clause, less dates and nested clauses, up to a hard stop or a
 * comma after the first words.
 */

/* What opens a passive infinitive in es, fr, de: its marker and the
 * auxiliary, left out before the participle. */
static const char *const passive_inf[] = {
	"de", "d'", "d\xE2\x80\x99", "\xC3\xA0", "pour", "avant", "apr\xC3\xA8s",
	"sans", "\xC3\xAA" "tre", "\xC3\xA9" "t\xC3\xA9", "para", "tras", "sin",
	"ser", "sido", "zu", "werden", "worden", "um",
	"d'\xC3\xAA" "tre", "d\xE2\x80\x99\xC3\xAA" "tre", NULL	/* one token */
};

/* A German clause with its verb group last ("der im Februar die
 * Lieferung angekündigt hatte"): no word of it after the verb. */
static int
verb_final(const struct text *t, const struct text_clause *cl)
{
	guint	i, end = cl->first_token + cl->ntokens;

	if (cl->kind == TC_MAIN || cl->kind == TC_NONFINITE)
		return 0;
	for (i = cl->verb_first + cl->verb_n; i < end; i++)
		if (text_tok(t, i)->kind != TEXT_PUNCT)
			return 0;
	return 1;
}

/*
 * The predicate of a German verb-final clause in the order of a main
 * clause: the finite verb (the group's last word), what stands between
 * the subject and the group, the rest of the group: "Joe Biden hatte
 * die Lieferung angekündigt".  Times, the subject and nested clauses
 * are left out.
 */
static void
predicate_final(const struct text *t, int c, GString *g)
{
	const struct text_clause *cl = text_clause(t, c);
	const struct text_clause *sc = chrono_subject_clause(t, c);
	guint	 i, a, fin = cl->verb_first + cl->verb_n - 1, t0;
	long	 prev = -1;

	t0 = chrono_first_time(t, cl->sentence);
	chrono_put_token(t, fin, -1, g);
	a = cl->first_token + (cl->mark >= 0 && (guint)cl->mark ==
	    cl->first_token);
	if (cl->verb_first > a + PRED_SCAN)
		a = cl->verb_first - PRED_SCAN;
	static const char *const opens[] = {
		"der", "die", "das", "dem", "den", "dessen", "deren", "denen",
		"welche", "welcher", "welches", "welchem", "welchen", "dass",
		"als", "wenn", "nachdem", "weil", "ob", "bevor", "während",
		"obwohl", "falls", "seit", "seitdem", "bis", NULL
	};

	for (i = a; i < cl->verb_first; i++) {
		if ((sc != NULL && i >= sc->subj_first && i < sc->subj_first +
		    sc->subj_n) || chrono_in_time(t, i, t0, cl->sentence) ||
		    chrono_in_child(t, c, i) || (text_tok(t, i)->kind ==
		    TEXT_PUNCT && !chrono_is_punct(t, i, "-")) ||
		    (cl->mark >= 0 && (guint)cl->mark == i) ||
		    (i == cl->first_token && text_in(t, i, opens)))
			continue;	/* the relative pronoun, not an article */
		chrono_put_token(t, i, prev, g);
		prev = i;
	}
	for (i = cl->verb_first; i < fin; i++) {
		chrono_put_token(t, i, prev, g);
		prev = i;
	}
}

static void
predicate_text(const struct text *t, int c, GString *g)
{
	const struct text_clause *cl = text_clause(t, c);
	static const char *const time_preps[] = {
		"for", "on", "in", "at", "by", "from", "until", "since", "of",
		NULL
	};
	guint		 i, k, end, se_end, t0, words = 0, ra = 0, rb = 0;
	long		 prev = -1;
	size_t		 cut = g->len;
	int		 rel, dated = 0, fin = -1, room, full = 0;
	char		 buf[32];
	const struct text_clause *sc;

	if (cl->verb_n == 0)
		return;
	if (t->lang == TEXT_DE && verb_final(t, cl)) {
		predicate_final(t, c, g);
		return;
	}
	sc = chrono_subject_clause(t, c);
	rel = relative_object(t, cl, &ra, &rb);
	se_end = text_sent(t, cl->sentence)->first_token +
	    text_sent(t, cl->sentence)->ntokens;
	end = cl->first_token + cl->ntokens;
	t0 = chrono_first_time(t, cl->sentence);
	end = MIN(end, cl->verb_first + PRED_SCAN);
	/* "se instalaron", "lui a succédé": the clitic before the verb */
	if ((t->lang == TEXT_ES || t->lang == TEXT_FR) && cl->verb_first >
	    cl->first_token && text_in(t, cl->verb_first - 1, clitics) &&
	    (sc == NULL || cl->verb_first - 1 >= sc->subj_first +
	    sc->subj_n || cl->verb_first - 1 < sc->subj_first)) {
		chrono_put_token(t, cl->verb_first - 1, -1, g);
		prev = cl->verb_first - 1;
	}
	/* German: the verb at the clause's end ("hatten ... zwei
	 * Explosionen registriert") is kept within the headline's words,
	 * what stands before it cut instead */
	if (t->lang == TEXT_DE && cl->head > (int)(cl->verb_first +
	    cl->verb_n - 1) && (guint)cl->head < end)
		fin = cl->head;
	/* ... or its separable particle ("kündigte ... an", "schlug ...
	 * vor") */
	if (t->lang == TEXT_DE && fin < 0 && (k = chrono_last_word(t, cl)) >
	    cl->verb_first + cl->verb_n - 1 && k < end &&
	    text_in(t, k, particles_de))
		fin = (int)k;
	room = CHRONO_TEXT_WORDS - 1 - (int)chrono_words_of(g->str);
	for (i = cl->verb_first; i < end; i++) {
		if (fin >= 0 && i < (guint)fin && (int)words >= room) {
			full = 1;
			continue;
		}
		if (full && i == (guint)fin)
			chrono_trim_tail(g);	/* "... nahe der | registriert" */
		/* "für den 9. Juni", "chefs de l'État": a preposition or
		 * article whose date is left out goes with it */
		if (t->lang != TEXT_EN && words >= cl->verb_n &&
		    text_in(t, i, time_lead) && (chrono_in_time(t, i + 1, t0,
		    cl->sentence) || (text_in(t, i + 1, time_lead) &&
		    chrono_in_time(t, i + 2, t0, cl->sentence))))
			continue;
		if (hard_stop(t, i) && !(words == cl->verb_n && speech_colon(t,
		    i, se_end)))
			break;
		if (hard_stop(t, i)) {
			/* "Barack Obama said: This deal is not built on
			 * trust": what was said, the act of a speech */
			end = MIN(se_end, i + PRED_SCAN);
			chrono_put_token(t, i, prev, g);
			prev = i;
			continue;
		}
		if (chrono_is_punct(t, i, ",") && (words >= cl->verb_n + 1 ||
		    (words >= cl->verb_n && i + 1 < end &&
		    (text_is(t, i + 1, "then") || text_is(t, i + 1, "again")))))
			break;		/* "rejected on 10 January, then ..." */
		if (words > cl->verb_n && chrono_in_list(chrono_lower_word(t, i, buf,
		    sizeof(buf)), subordinators) && (!text_is(t, i, "as") ||
		    opens_clause(t, cl->sentence, i)))
			break;		/* "walked out after talks collapsed";
					 * not "sworn in as vice-president" */
		if (words >= cl->verb_n && (text_is(t, i, "what") ||
		    text_is(t, i, "whether")))
			break;		/* "launched what it called ..." */
		if (words > cl->verb_n && (text_is(t, i, "and") ||
		    text_is(t, i, "but")) && i + 1 < end &&
		    (text_is(t, i + 1, "that") || chrono_in_list(chrono_lower_word(t, i + 1,
		    buf, sizeof(buf)), pronouns)))
			break;		/* "... next week and that they hoped" */
		if (chrono_is_punct(t, i, ",") && dated && words >= cl->verb_n)
			break;		/* "by September 11th, the 20th
					 * anniversary of ...": the date's */
		dated = 0;
		if (chrono_in_time(t, i, t0, cl->sentence) && !(i > 0 &&
		    text_is(t, i - 1, "a") && (guint)prev + 1 == i)) {
			dated = 1;
			if (words >= cl->verb_n && i + 1 < end &&
			    !chrono_in_time(t, i + 1, t0, cl->sentence) &&
			    text_in(t, i, anchor_words))
				break;	/* "collapsed hours before | the
					 * vote": what follows is the
					 * date's anchor */
			/* "set for Friday": the preposition goes with it */
			if (prev >= 0 && (guint)prev + 1 == i &&
			    text_in(t, prev, time_preps)) {
				g_string_truncate(g, cut);
				prev = -1;
				words--;
			}
			continue;
		}
		if (chrono_in_child(t, c, i))
			continue;
		/* "Am 26. September hatten Seismologen ... registriert":
		 * the subject after the verb is said before it */
		if (t->lang != TEXT_EN && sc != NULL && i >= sc->subj_first &&
		    i < sc->subj_first + sc->subj_n)
			continue;
		/* "avant d'être réélu en 2016": "Son fils réélu", the
		 * headline's participle */
		if (t->lang != TEXT_EN && cl->kind == TC_NONFINITE &&
		    cl->passive && words == 0 && text_in(t, i, passive_inf))
			continue;
		if (chrono_is_punct(t, i, ",") || (chrono_is_punct(t, i, ".") &&
		    (prev < 0 || (guint)prev + 1 != i ||
		    text_tok(t, prev)->tend != text_tok(t, i)->tstart)))
			continue;	/* "U.S." keeps its point */
		i = skip_title(t, i, end, cl->sentence);
		cut = g->len;
		if (g->len > 0 && prev < 0)
			g_string_append_c(g, ' ');
		chrono_put_token(t, i, prev, g);
		if (i == text_sent(t, cl->sentence)->first_token &&
		    t->lang != TEXT_EN && text_mention_at(t, i, NULL) == NULL)
			chrono_lower_last(g);	/* "Lancée en 2014, Barkhane ..." */
		prev = i;
		words++;
		if (rel && i + 1 == cl->verb_first + cl->verb_n) {
			/* "restrictions that they imposed": the object the
			 * relative pronoun stands for, after the verb */
			for (k = ra; k < rb; k++) {
				chrono_put_token(t, k, k > ra ? (long)k - 1 : -1,
				    g);
				words++;
			}
			prev = -1;
		}
	}
	/* German: a participle or infinitive put first ("Begonnen hatten
	 * die Gespräche ..."): at the end, as a main clause says it */
	if (t->lang == TEXT_DE && cl->head >= (int)cl->first_token &&
	    cl->head < (int)cl->verb_first && text_tok(t,
	    (guint)cl->head)->kind == TEXT_WORD && (sc == NULL ||
	    (guint)cl->head < sc->subj_first || (guint)cl->head >=
	    sc->subj_first + sc->subj_n)) {
		chrono_put_token(t, (guint)cl->head, -1, g);
		if ((guint)cl->head == text_sent(t, cl->sentence)->first_token)
			chrono_lower_last(g);
	}
}

/* Drop unpaired quotes and brackets, cut to the word limit before a
 * preposition or after a comma, trim function words at both ends,
 * capitalise.  Takes s; returns the headline or NULL. */

/* The headline of clause c, or NULL. */
/* "Protests forced the premier to step down in May": the infinitive's
 * subject is the object, the act said as done to it ("... forced to"),
 * the verb after "to" left in its base form. */
static void
caused(const struct text *t, int c, GString *g)
{
	const struct text_clause *cl = text_clause(t, c), *p;

	if (cl->kind != TC_NONFINITE || cl->subj_n == 0 || cl->mark < 0 ||
	    !text_is(t, (guint)cl->mark, "to") || cl->parent < 0)
		return;
	p = text_clause(t, cl->parent);
	if (p->head < 0)
		return;
	chrono_put_token(t, (guint)p->head, -1, g);
	g_string_append(g, " to");
}

char *
chrono_headline(const struct text *t, int c)
{
	GString		*g = g_string_new(NULL);
	size_t		 n;

	if (!chrono_subject_text(t, c, g)) {
		g_string_free(g, TRUE);
		return NULL;
	}
	n = g->len;
	caused(t, c, g);
	predicate_text(t, c, g);
	if (g->len == n) {
		g_string_free(g, TRUE);
		return NULL;
	}
	return chrono_finish(g_string_free(g, FALSE), t->lang);
}

/* Prepositions whose object is an event a date can stand in: "after
 * the failed summit in 2019". */
static const char *const event_preps[] = {
	"after", "before", "following", "since", "until", "amid", "despite",
	"like", NULL
};
static const char *const determiners[] = {
	"the", "a", "an", "this", "that", "its", "his", "her", "their", NULL
};

/* A day's number in the time: a calendar date, not "a Saturday". */
static int
has_number(const struct text *t, const struct text_time *tm)
{
	guint	i;

	for (i = tm->first_token; i < tm->first_token + tm->ntokens; i++)
		if (text_tok(t, i)->kind == TEXT_NUMBER)
			return 1;
	return 0;
}

/*
 * A date that dates a noun phrase rather than its clause: the object
 * of "after", "before"... ("after the failed Hanoi summit with Trump in
 * 2019") or a phrase the date opens ("the 1781 Battle of the Virginia
 * Capes", "a 2019 missile attack").  Returns the phrase as a headline,
 * or NULL; a gerund's phrase ("after pulling its troops out") raw, with
 * *gerund_of set: the caller puts the clause's subject before it (NULL
 * with *gerund_of set: the gerund's act is too thin to tell).
 */
char *
chrono_nominal(const struct text *t, const struct text_time *tm, int *gerund_of)
{
	const struct text_sentence *se = text_sent(t, tm->sentence);
	GString		*g;
	char		 buf[32];
	guint		 i, a, b, c, lo, end, tend, words = 0;
	long		 prev = -1;
	int		 prep = 0, det;

	lo = se->first_token;
	end = se->first_token + se->ntokens;
	tend = tm->first_token + tm->ntokens;
	/* back from the date to a preposition of events, over words */
	for (i = tm->first_token, a = 0; i > lo && tm->first_token - i <
	    CHRONO_TEXT_WORDS; i--) {
		if (text_tok(t, i - 1)->kind == TEXT_PUNCT &&
		    !chrono_is_punct(t, i - 1, "'") && !chrono_is_punct(t, i - 1, "-"))
			break;
		if (chrono_in_list(chrono_lower_word(t, i - 1, buf, sizeof(buf)),
		    event_preps)) {
			a = i;
			prep = 1;
			break;
		}
	}
	/* "the 1781 Battle of ...", "before the Nov. 3 presidential
	 * election": the phrase after the date, to its first boundary */
	det = tm->first_token > lo && chrono_in_list(chrono_lower_word(t,
	    tm->first_token - 1, buf, sizeof(buf)), determiners) &&
	    tend < end && text_tok(t, tend)->kind == TEXT_WORD &&
	    (!(tm->flags & TIME_RELATIVE) || (!(tm->flags & TIME_CHAINED) &&
	    has_number(t, tm)));		/* "the Nov. 3 election" */
	b = tm->first_token;
	if (det) {
		for (c = tend; c < end && c - tend < CHRONO_TEXT_WORDS &&
		    text_tok(t, c)->kind != TEXT_PUNCT; c++)
			;
		if (!prep)
			a = tm->first_token;
		b = c;
	}
	if ((!prep && !det) || a >= b)
		return NULL;
	/* "after pulling its troops out in 2022": the act of the
	 * clause's subject, which the caller puts before it */
	*gerund_of = prep && chrono_gerund(t, a);
	g = g_string_new(NULL);
	for (i = a; i < b; i++) {
		if (i >= tm->first_token && i < tend)
			continue;
		i = skip_title(t, i, b, tm->sentence);
		chrono_put_token(t, i, prev, g);
		prev = i;
		words += text_tok(t, i)->kind == TEXT_WORD &&
		    !text_in(t, i, determiners) && !text_in(t, i, objects);
	}
	if (words < 2) {
		/* a gerund's act too thin to tell ("before floating
		 * it"): *gerund_of stays set, the date is not the
		 * clause's */
		g_string_free(g, TRUE);
		return NULL;
	}
	return *gerund_of ? g_string_free(g, FALSE) :
	    chrono_finish(g_string_free(g, FALSE), t->lang);
}

/*
 * A date inside the subject of its clause dates the subject, an event
 * named by a noun: "A four-day flare-up in April 2016 offered a hint"
 * is the flare-up.  Returns the subject less the date as a headline, or
 * NULL.
 */
char *
chrono_subject_nominal(const struct text *t, int c, const struct text_time *tm)
{
	const struct text_clause *cl = text_clause(t, c);
	const struct text_mention *m;
	GString		*g;
	guint		 i, a = cl->subj_first, b = a + cl->subj_n, words = 0;
	long		 prev = -1;

	if (cl->subj_n == 0 || (tm->flags & TIME_RELATIVE) ||
	    tm->first_token <= a ||
	    tm->first_token + tm->ntokens > b)
		return NULL;
	g = g_string_new(NULL);
	for (i = a; i < b && !chrono_is_punct(t, i, ",") && !hard_stop(t, i);
	    i++) {
		if (i >= tm->first_token && i < tm->first_token + tm->ntokens)
			continue;
		m = text_mention_at(t, i, NULL);
		if (m != NULL && i == a && m->first_token + m->ntokens >= b)
			break;		/* the subject is an actor */
		chrono_put_token(t, i, prev, g);
		prev = i;
		words += text_tok(t, i)->kind == TEXT_WORD &&
		    !text_in(t, i, determiners);
	}
	if (words < 2 || i < tm->first_token) {
		g_string_free(g, TRUE);
		return NULL;
	}
	return chrono_finish(g_string_free(g, FALSE), t->lang);
}

/* "Sunday's vote", "this year's crop": a time in the possessive dates
 * the noun after it, not its clause. */
int
chrono_possessive_time(const struct text *t, const struct text_time *tm)
{
	const char	*s = t->str->str;
	size_t		 e = tm->tend;

	return (e >= 2 && memcmp(s + e - 2, "'s", 2) == 0) ||
	    (e >= 4 && memcmp(s + e - 4, "\xE2\x80\x99s", 4) == 0);
}

/*
 * "The award of July 12th is the most consequential defeat": a date
 * after "of" dates the noun phrase before it, which is the entry when
 * its clause gives none.  Not a time noun ("by the evening of June
 * 24th").  Returns the phrase as a headline, or NULL.
 */
/*
 * Spanish, French, German: a date after "del", "du", "vom" ("au scrutin
 * présidentiel du 26 août", "la explosión del 26 de septiembre", "das
 * Abkommen vom 12. Februar") dates the noun phrase before it, back to
 * its determiner (kept) or preposition (left out); not a time noun ("la
 * nuit du 26 septembre").  The contraction may open the time or stand
 * before it.  Returns the phrase as a headline, or NULL.
 */
static char *
of_nominal_lang(const struct text *t, const struct text_time *tm)
{
	static const char *const range_to[] = {
		"\xC3\xA0", "a", "hasta", "jusqu'\xC3\xA0",
		"jusqu\xE2\x80\x99\xC3\xA0", "bis", "al", "au", NULL
	};
	static const char *const of[] = { "du", "del", "vom", NULL };
	static const char *const time_nouns[] = {
		"jour", "nuit", "matin", "soir", "semaine", "mois", "ann\xC3\xA9" "e",
		"an", "fin", "d\xC3\xA9" "but", "mi", "d\xC3\xAD" "a", "noche",
		"ma\xC3\xB1" "ana", "tarde", "semana", "mes", "a\xC3\xB1" "o",
		"finales", "principios", "mediados", "Tag", "Nacht", "Morgen",
		"Abend", "Woche", "Monat", "Jahr", "Ende", "Anfang", "Mitte",
		"Wochenende", NULL
	};
	static const char *const dets[] = {
		"le", "la", "les", "un", "une", "ce", "cette", "el", "los",
		"las", "una", "este", "esta", "der", "die", "das", "den", "dem",
		"des", "ein", "eine", "einem", "einen", "einer", "dieser",
		"diese", "dieses", NULL
	};
	const struct text_sentence *se = text_sent(t, tm->sentence);
	GString		*g;
	guint		 i, a, o, lo = se->first_token;
	long		 prev = -1;
	int		 det = 0;

	o = tm->first_token;
	if (!text_in(t, o, of)) {
		if (o <= lo || !text_in(t, o - 1, of))
			o = (guint)-1;
		else
			o--;
	}
	/* "las elecciones de 2023", "le putsch de 2020": a year alone
	 * after "de"/"von" and a noun, not a range ("de 1967 à 2009") */
	if (o == (guint)-1) {
		if (tm->precision != EV_YEAR || tm->ntokens != 2 ||
		    !(text_is(t, tm->first_token, "de") ||
		    text_is(t, tm->first_token, "von")) ||
		    text_in(t, tm->first_token + 2, range_to))
			return NULL;
		o = tm->first_token;
	}
	if (o <= lo || text_tok(t, o - 1)->kind != TEXT_WORD ||
	    text_in(t, o - 1, time_nouns))
		return NULL;
	for (a = o; a > lo && o - a < SUBJ_WORDS; a--) {
		if (text_tok(t, a - 1)->kind != TEXT_WORD)
			break;
		if (text_in(t, a - 1, dets)) {
			a--;
			det = 1;
			break;
		}
		/* a lowercase word of two letters or a preposition:
		 * "au", "en", "à", "im" end the phrase */
		if (text_tok(t, a - 1)->tend - text_tok(t, a - 1)->tstart <= 3 &&
		    g_ascii_islower(t->str->str[text_tok(t, a - 1)->tstart]))
			break;
	}
	if (a >= o || (!det && o - a < 1))
		return NULL;
	g = g_string_new(NULL);
	for (i = a; i < o; i++) {
		chrono_put_token(t, i, prev, g);
		prev = i;
	}
	return chrono_finish(g_string_free(g, FALSE), t->lang);
}

char *
chrono_of_nominal(const struct text *t, const struct text_time *tm)
{
	static const char *const time_nouns[] = {
		"morning", "afternoon", "evening", "night", "day", "week",
		"month", "year", "end", "beginning", "start", "middle", "spring",
		"summer", "autumn", "fall", "winter", "weekend", "dawn", "eve",
		"hours", "days", "weeks", "months", "years", NULL
	};
	const struct text_sentence *se = text_sent(t, tm->sentence);
	GString		*g;
	guint		 i, a, lo = se->first_token;
	long		 prev = -1;

	if (t->lang == TEXT_ES || t->lang == TEXT_FR || t->lang == TEXT_DE)
		return of_nominal_lang(t, tm);
	if (!text_is(t, tm->first_token, "of") || tm->first_token <= lo ||
	    text_tok(t, tm->first_token - 1)->kind != TEXT_WORD ||
	    text_in(t, tm->first_token - 1, time_nouns))
		return NULL;
	for (a = tm->first_token; a > lo && tm->first_token - a <
	    SUBJ_WORDS; a--) {
		if (text_tok(t, a - 1)->kind == TEXT_PUNCT)
			break;
		if (text_in(t, a - 1, determiners)) {
			a--;
			break;
		}
	}
	if (a < tm->first_token && text_in(t, a, event_preps))
		a++;
	g = g_string_new(NULL);
	for (i = a; i < tm->first_token; i++) {
		chrono_put_token(t, i, prev, g);
		prev = i;
	}
	return chrono_finish(g_string_free(g, FALSE), t->lang);
}
