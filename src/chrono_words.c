/* SPDX-License-Identifier: MIT */
/*
 * The words of the chronology's entry texts, below chrono_head.c: the
 * function words a headline neither starts nor ends with (English, and
 * Spanish, French and German lists), tokens put into a headline, the
 * times and nested clauses a headline leaves out, and the finishing
 * cut to CHRONO_TEXT_WORDS (chrono_finish).  It calls nothing of the
 * chronology above it.
 */
#include <string.h>

#include <glib.h>

#include "chrono_int.h"

#define UP_MAX		4	/* parent clauses climbed for a subject */

/* Words a headline neither starts with. */
static const char *const head_stop[] = {
	"and", "but", "or", "nor", "so", "yet", "then", "also", "however",
	"meanwhile", "thus", "therefore", "still", "even", "just", "only",
	NULL
};

/* The same in Spanish, French and German (some are English words:
 * "die", "son", "am"; read only for those languages). */
static const char *const head_stop_lang[] = {
	"y", "e", "pero", "luego", "que", "et", "mais", "puis", "qu'",
	"qu\xE2\x80\x99", "und", "aber", "dann", "dass", NULL
};

/* ... nor ends with. */
static const char *const tail_stop[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
	"from", "into", "onto", "over", "after", "before", "about",
	"against", "between", "during", "under", "than", "as", "and", "or",
	"but", "nor", "his", "her", "its", "their", "this", "that", "these",
	"those", "our", "my", "your", "is", "are", "was", "were", "has",
	"have", "had", "be", "been", "being", "will", "would", "could",
	"should", "may", "might", "can", "did", "does", "do", "not", "who",
	"which", "whose", "whom", "where", "when", "while", "since", "until",
	"because", "although", "though", "if", "unless", "via", "per",
	"upon", "toward", "towards", "within", "without", "amid", "among",
	"around", "through", "across", "behind", "beyond", "near", "also",
	"then", "so", "both", "either", "neither", "some", "any", "each",
	"every", "no", "such", "own", "more", "most", "less", "least",
	"very", "too", "like", "unlike", "including", "what", "how",
	"whether", "why", "he", "she", "they", "we", NULL
};

static const char *const tail_stop_lang[] = {
	"a", "in", "\xC3\xBC" "ber", "unter", "zwischen", "wegen", "ohne",
	"dann", "pourtant", "aussi", "tambi\xC3\xA9n", "auch", "zudem",
	"ebenfalls", "encore", "todav\xC3\xAD" "a", "noch", "bereits", "d\xC3\xA9j\xC3\xA0",
	"ya", "y", "e", "o", "u", "el", "los", "las", "un", "una", "unos", "unas",
	"del", "al", "con", "por", "para", "sin", "sobre", "entre", "hacia",
	"su", "sus", "que", "et", "ou", "le", "la", "les", "une", "des",
	"du", "au", "aux", "\xC3\xA0", "avec", "pour", "par", "sans", "dans",
	"sur", "vers", "chez", "son", "sa", "ses", "leur", "leurs", "qui",
	"dont", "de", "en", "und", "oder", "der", "die", "das", "den", "dem",
	"des", "ein", "eine", "einen", "einem", "einer", "mit", "von",
	"vom", "zu", "zum", "zur", "im", "am", "auf", "f\xC3\xBCr", "nach",
	"bei", "aus", "seit", "gegen", "nahe", "sein", "seine", "ihr",
	"ihre", "dass", NULL
};

/* Conjunctions after a German word cut short ("Staats- und"). */
static const char *const conj_lang[] = {
	"und", "oder", "bis", "sowie", "y", "o", "et", "ou", NULL
};

/* "of" of es, fr, de: it binds to the noun before it, no cut there. */
static const char *const of_lang[] = {
	"de", "del", "du", "des", "d'", "d\xE2\x80\x99", "der", "von", "vom",
	NULL
};

const char *
chrono_lower_word(const struct text *t, guint i, char *buf, size_t size)
{
	const char	*s;
	size_t		 n, k;

	s = text_word(t, i, &n);
	if (n >= size)
		n = size - 1;
	for (k = 0; k < n; k++)
		buf[k] = g_ascii_tolower(s[k]);
	buf[n] = '\0';
	return buf;
}

int
chrono_in_list(const char *w, const char *const *l)
{
	for (; *l != NULL; l++)
		if (g_ascii_strcasecmp(w, *l) == 0)
			return 1;
	return 0;
}

int
chrono_is_punct(const struct text *t, guint i, const char *p)
{
	size_t		 n;
	const char	*s;

	if (text_tok(t, i)->kind != TEXT_PUNCT &&
	    text_tok(t, i)->kind != TEXT_SYMBOL)
		return 0;
	s = text_word(t, i, &n);
	return strlen(p) == n && memcmp(s, p, n) == 0;
}

/* Punctuation that hangs on the word before it. */
static int
closing(const char *s, size_t n)
{
	return (n == 1 && strchr(",.;:!?)]%", *s) != NULL) ||
	    (n == 3 && (memcmp(s, "\xE2\x80\x9D", 3) == 0 ||
	    memcmp(s, "\xE2\x80\x99", 3) == 0));
}

/* Append token i to g: glued to the token before it when the text has
 * them adjacent, else after a space (none before closing punctuation). */
void
chrono_put_token(const struct text *t, guint i, long prev, GString *g)
{
	const struct text_token *k = text_tok(t, i);
	const struct text_token *p;
	const char	*s;
	size_t		 n;

	s = text_word(t, i, &n);
	if (prev >= 0 && (guint)prev + 1 == i) {
		p = text_tok(t, prev);
		g_string_append_len(g, t->str->str + p->tend,
		    k->tstart - p->tend);
	} else if (g->len > 0 && !closing(s, n))
		g_string_append_c(g, ' ');
	g_string_append_len(g, s, n);
}

/* Does token i lie inside a temporal expression?  times[from..) are
 * those of its sentence, in text order, not overlapping. */
int
chrono_in_time(const struct text *t, guint i, guint from, guint sentence)
{
	const struct text_time *tm;
	guint	lo = from, hi = t->times->len, mid;

	while (lo < hi) {		/* first time ending after i */
		mid = (lo + hi) / 2;
		tm = text_time(t, mid);
		if (tm->sentence < sentence || (tm->sentence == sentence &&
		    tm->first_token + tm->ntokens <= i))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= t->times->len)
		return 0;
	tm = text_time(t, lo);
	return tm->sentence == sentence && tm->first_token <= i;
}

/* Index of the first time of sentence s (times are in text order). */
guint
chrono_first_time(const struct text *t, guint s)
{
	guint	lo = 0, hi = t->times->len, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (text_time(t, mid)->sentence < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is token i inside a clause nested in clause c (other than a reported
 * clause, which is what a speech verb says)?  Clauses are in text order
 * of their first tokens, so the candidates follow c and start at i or
 * before: as many as the tokens between. */
int
chrono_in_child(const struct text *t, int c, guint i)
{
	const struct text_clause *x, *cl = text_clause(t, c);
	guint		 k;

	for (k = c + 1; k < t->clauses->len; k++) {
		x = text_clause(t, k);
		if (x->sentence != cl->sentence || x->first_token > i)
			break;
		if (i >= x->first_token + x->ntokens ||
		    x->first_token + x->ntokens > cl->first_token + cl->ntokens)
			continue;	/* not at i, or not nested in c */
		if (x->kind == TC_REPORTED || (x->kind == TC_NONFINITE &&
		    text_is(t, x->first_token, "to")))
			continue;	/* what was said, what is expected */
		return 1;
	}
	return 0;
}

guint
chrono_clause_from(const struct text *t, guint s, guint tok)
{
	const struct text_sentence *se = text_sent(t, s);
	guint	lo = se->first_clause, hi = se->first_clause + se->nclauses,
		mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (text_clause(t, mid)->first_token < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The clause whose subject stands for clause c's: c, or its parents
 * for a clause without one. */
const struct text_clause *
chrono_subject_clause(const struct text *t, int c)
{
	const struct text_clause *cl = text_clause(t, c);
	int	up;

	for (up = 0; cl->subj_n == 0 && cl->parent >= 0 && up < UP_MAX; up++)
		cl = text_clause(t, cl->parent);
	return cl->subj_n > 0 ? cl : NULL;
}

/* Words of s (separated by spaces). */
guint
chrono_words_of(const char *s)
{
	guint	n = 0;
	int	in = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* The last word of clause cl (punctuation left out). */
guint
chrono_last_word(const struct text *t, const struct text_clause *cl)
{
	guint	k = cl->first_token + cl->ntokens;

	while (k > cl->first_token && text_tok(t, k - 1)->kind != TEXT_WORD)
		k--;
	return k > cl->first_token ? k - 1 : cl->first_token;
}

/* The last word of g with a lower-case first letter: a verb that
 * opened its sentence, now after its subject. */
void
chrono_lower_last(GString *g)
{
	char		*w = strrchr(g->str, ' ');
	gunichar	 c, l;
	char		 buf[8];
	int		 n, m;

	w = w != NULL ? w + 1 : g->str;
	c = g_utf8_get_char(w);
	if (!g_unichar_isupper(c))
		return;
	l = g_unichar_tolower(c);
	n = g_unichar_to_utf8(c, NULL);
	m = g_unichar_to_utf8(l, buf);
	g_string_erase(g, w - g->str, n);
	g_string_insert_len(g, w - g->str, buf, m);
}

/* g without the function words it ends with (a cut phrase's "der"). */
void
chrono_trim_tail(GString *g)
{
	char	*w;

	while ((w = strrchr(g->str, ' ')) != NULL && (chrono_in_list(w + 1,
	    tail_stop) || chrono_in_list(w + 1, tail_stop_lang)))
		g_string_truncate(g, (gsize)(w - g->str));
}

static int
has_alnum(const char *s)
{
	for (; *s != '\0'; s++)
		if (g_ascii_isalnum(*s) || (unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* A French word w opened by an elided conjunction ("qu'il",
 * "lorsqu'Emmanuel"): the conjunction taken off, in place. */
static void
unelide(char *w)
{
	static const char *const conj[] = {
		"qu", "lorsqu", "puisqu", "quoiqu", NULL
	};
	const char	*q;
	size_t		 n, k;

	for (k = 0; conj[k] != NULL; k++) {
		n = strlen(conj[k]);
		if (g_ascii_strncasecmp(w, conj[k], n) != 0)
			continue;
		q = w + n;
		if (*q == '\'')
			q++;
		else if (strncmp(q, "\xE2\x80\x99", 3) == 0)
			q += 3;
		else
			continue;
		if (*q != '\0')
			memmove(w, q, strlen(q) + 1);
		return;
	}
}

/*
 * A French entry's "ne" and "n'" are those of "ne ... que" (a denied
 * act makes no entry): with the "que" cut off they would deny it
 * ("Les relations n'avaient été rétablies"), so they go, in place.
 */
static void
restricted(char **w, guint a, guint b)
{
	guint	k;

	for (k = a; k < b; k++) {
		if (g_ascii_strcasecmp(w[k], "ne") == 0)
			*w[k] = '\0';
		else if ((strncmp(w[k], "n'", 2) == 0 && w[k][2] != '\0') ||
		    (strncmp(w[k], "N'", 2) == 0 && w[k][2] != '\0'))
			memmove(w[k], w[k] + 2, strlen(w[k] + 2) + 1);
		else if ((strncmp(w[k], "n\xE2\x80\x99", 4) == 0 ||
		    strncmp(w[k], "N\xE2\x80\x99", 4) == 0) && w[k][4] != '\0')
			memmove(w[k], w[k] + 4, strlen(w[k] + 4) + 1);
	}
}

char *
chrono_finish(char *s, enum text_lang lang)
{
	char		**w, *out, *p;
	guint		 n, a, b, k;
	GString		*g;
	char		 buf[32];

	/* quotes and brackets: dropped, they seldom pair in a cut */
	g = g_string_new(NULL);
	for (p = s; *p != '\0'; p++) {
		if (strncmp(p, "\xE2\x80\x9C", 3) == 0 ||
		    strncmp(p, "\xE2\x80\x9D", 3) == 0 ||
		    strncmp(p, "\xE2\x80\x9E", 3) == 0 ||	/* German */
		    strncmp(p, "\xE2\x80\xB9", 3) == 0 ||
		    strncmp(p, "\xE2\x80\xBA", 3) == 0) {
			p += 2;
			continue;
		}
		/* guillemets, with the no-break space French sets inside */
		if (strncmp(p, "\xC2\xAB", 2) == 0 ||
		    strncmp(p, "\xC2\xBB", 2) == 0) {
			if (g->len >= 2 && strncmp(g->str + g->len - 2,
			    "\xC2\xA0", 2) == 0)
				g_string_truncate(g, g->len - 2);
			else if (g->len >= 3 && strncmp(g->str + g->len - 3,
			    "\xE2\x80\xAF", 3) == 0)
				g_string_truncate(g, g->len - 3);
			p++;
			if (strncmp(p + 1, "\xC2\xA0", 2) == 0)
				p += 2;
			else if (strncmp(p + 1, "\xE2\x80\xAF", 3) == 0)
				p += 3;
			continue;
		}
		if (*p == '"' || *p == '(' || *p == ')' || *p == '[' ||
		    *p == ']' || *p == ';')
			continue;
		g_string_append_c(g, *p);
	}
	g_free(s);
	w = g_strsplit(g->str, " ", -1);
	g_string_free(g, TRUE);
	n = g_strv_length(w);
	if (lang != TEXT_EN) {
		/* two spaces make an empty word, which the word limit
		 * would count; "FPÖ-" whose title was left out ("FPÖ-Chef
		 * X") is no word (not "Staats- und Regierungschefs") */
		for (a = b = 0; a < n; a++)
			if (*w[a] != '\0' && !(w[a][strlen(w[a]) - 1] == '-' &&
			    strlen(w[a]) > 1 && (a + 1 >= n ||
			    !chrono_in_list(w[a + 1], conj_lang))))
				w[b++] = w[a];
			else
				g_free(w[a]);
		w[b] = NULL;
		n = b;
	}
	a = 0;
	b = n;
	for (;;) {
		while (a < b && (!has_alnum(w[a]) || chrono_in_list(w[a],
		    head_stop) || (lang != TEXT_EN && chrono_in_list(w[a],
		    head_stop_lang))))
			a++;		/* a dateline's dash, "and" */
		if (lang == TEXT_FR && a < b)
			unelide(w[a]);	/* "qu'Emmanuel Macron" */
		if (lang == TEXT_FR)
			restricted(w, a, b);
		while (b > a) {
			g_strlcpy(buf, w[b - 1], sizeof(buf));
			for (p = buf + strlen(buf); p > buf &&
			    strchr(",.:!?", p[-1]) != NULL; p--)
				*--p = '\0';
			/* the language's own list: English "an", "a", "in"
			 * are German and French words too */
			if (*buf != '\0' && (lang == TEXT_EN ? !chrono_in_list(buf,
			    tail_stop) : !chrono_in_list(buf, tail_stop_lang)))
				break;
			b--;
		}
		if (b - a <= CHRONO_TEXT_WORDS)
			break;
		/* too long: cut before a function word (not "of", which
		 * binds to the noun before it) or after a comma in the
		 * second half of the limit, else at the limit */
		for (k = a + CHRONO_TEXT_WORDS; k > a + CHRONO_TEXT_WORDS / 2;
		    k--)
			if ((lang == TEXT_EN ? (chrono_in_list(w[k], tail_stop) &&
			    g_ascii_strcasecmp(w[k], "of") != 0) :
			    (chrono_in_list(w[k], tail_stop_lang) &&
			    !chrono_in_list(w[k], of_lang))) ||
			    (*w[k - 1] != '\0' &&
			    w[k - 1][strlen(w[k - 1]) - 1] == ','))
				break;
		b = k > a + CHRONO_TEXT_WORDS / 2 ? k : a + CHRONO_TEXT_WORDS;
	}
	if (a >= b) {
		g_strfreev(w);
		return NULL;
	}
	g = g_string_new(NULL);
	for (k = a; k < b; k++) {
		if (*w[k] == '\0')
			continue;
		if (g->len > 0)
			g_string_append_c(g, ' ');
		g_string_append(g, w[k]);
	}
	g_strfreev(w);
	while (g->len > 0 && strchr(",.:!?", g->str[g->len - 1]) != NULL)
		g_string_truncate(g, g->len - 1);
	out = g_string_free(g, FALSE);
	if (*out == '\0') {
		g_free(out);
		return NULL;
	}
	return chrono_capitalise(out);
}

/* s with its first letter a capital (takes s, returns a new string). */
char *
chrono_capitalise(char *s)
{
	GString	*g;

	g = g_string_new(NULL);
	g_string_append_unichar(g, g_unichar_toupper(g_utf8_get_char(s)));
	g_string_append(g, g_utf8_next_char(s));
	g_free(s);
	return g_string_free(g, FALSE);
}
