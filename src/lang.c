/* SPDX-License-Identifier: MIT */
/* Language detection among en, es, fr, de by function-word counts. */
#include <string.h>

#include <glib.h>

#include "lang.h"

/*
 * The most frequent function words of each language (articles,
 * prepositions, pronouns, auxiliaries, conjunctions), case-folded.  A
 * word frequent in two of the four ("de", "la", "que", "en", "un",
 * "a", "es", "son", "no", "in", "an", "on", "so", "entre", "war") is
 * left out of both lists: it would add the same to each and only
 * narrow the margin.  French elisions ("l'", "d'", "qu'") are words of
 * their own, so "l'Ukraine" counts once for French.
 */
static const char *const words[] = {
	/* en */
	"the of and to is that for it as with be by not he this are or "
	"his from at which but have had they you were their we her has "
	"there been if more when would who its she them than into after "
	"also our these those what could should about over because "
	"while",
	/* es */
	"el los las del por con para una su sus al lo como más pero "
	"este esta estos estas ha han fue sobre también desde hasta "
	"cuando muy sin ya porque todo otro y ni era sido había está "
	"ese esa donde tras ante él ella ellos hay según mientras aunque "
	"fueron tiene",
	/* fr */
	"le les des du et est une il elle au aux pour par dans sur pas "
	"ne qui avec ce cette ces sa ses mais ou été sont ont nous vous "
	"ils elles leur leurs aussi après avant depuis lors sans sous "
	"très dont à où était avait être avoir l' d' qu' n' s' c' j'",
	/* de */
	"der die und den das von zu mit sich auf für ist im dem nicht "
	"ein eine als auch er nach wird bei einer um am sind noch wie "
	"einem über einen zum zur haben nur oder aber vor bis mehr durch "
	"man kann wurde wurden hat sie ihre seine dass daß werden hatte "
	"diese dieser gegen unter zwischen wenn weil doch schon"
};
static const char *const codes[] = { "en", "es", "fr", "de" };
#define NLANG	G_N_ELEMENTS(codes)

/* Words longer than this (bytes, folded) are no function word. */
#define WORD_MAX	16

/* Words of all lists together, at most this many. */
#define NWORDS	256

/* Each listed word's language, by its number in the table. */
static unsigned char	 word_lang[NWORDS];

/* word -> its number + 1, built once. */
static GHashTable *
table(void)
{
	static gsize	 once;
	static GHashTable *t;
	size_t		 l, id = 0;

	if (g_once_init_enter(&once)) {
		GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);

		for (l = 0; l < NLANG; l++) {
			char	**v = g_strsplit(words[l], " ", -1);
			size_t	  i;

			/* The strings stay for the program's life. */
			for (i = 0; v[i] != NULL; i++) {
				g_assert(id < NWORDS);
				word_lang[id] = (unsigned char)l;
				g_hash_table_insert(h, v[i],
				    GSIZE_TO_POINTER(++id));
			}
			g_free(v);
		}
		t = h;
		g_once_init_leave(&once, 1);
	}
	return t;
}

static int
is_apos(gunichar c)
{
	return c == '\'' || c == 0x2019;
}

/*
 * Count the word w (folded, len bytes) for its language, if any, and
 * the language's distinct words (seen, kinds).
 */
static void
count(GHashTable *t, char *w, size_t len, size_t *hits, size_t *kinds,
    unsigned char *seen)
{
	size_t	id;

	w[len] = '\0';
	if ((id = GPOINTER_TO_SIZE(g_hash_table_lookup(t, w))) == 0)
		return;
	id--;
	hits[word_lang[id]]++;
	if (!seen[id]) {
		seen[id] = 1;
		kinds[word_lang[id]]++;
	}
}

const char *
lang_detect(const char *text, size_t n, double *confidence)
{
	GHashTable	*t = table();
	size_t		 hits[NLANG] = { 0 }, kinds[NLANG] = { 0 };
	size_t		 nwords = 0, len = 0;
	unsigned char	 seen[NWORDS] = { 0 };
	size_t		 l, best = 0, second = 0;
	const char	*p, *end, *q;
	char		 w[WORD_MAX + 8];
	int		 inword = 0, skip = 0;
	gunichar	 c;

	if (confidence != NULL)
		*confidence = 0;
	if (text == NULL)
		return NULL;
	end = text + (n < LANG_WINDOW ? n : LANG_WINDOW);
	for (p = text; p <= end; p = q) {
		if (p < end && (unsigned char)*p < 0x80) {
			/* ASCII, most of the bytes: answered here as
			 * GLib's Unicode functions answer it, without
			 * their calls (this runs before any thread) */
			c = (unsigned char)*p;
			q = p + 1;
			if (g_ascii_isalnum(c)) {
				if (!inword) {
					inword = 1;
					len = 0;
					skip = 0;
				}
				if (g_ascii_isdigit(c) || len + 1 > WORD_MAX)
					skip = 1;
				else
					w[len++] = (char)(c >= 'A' && c <= 'Z' ?
					    c + ('a' - 'A') : c);
				continue;
			}
		} else {
			if (p == end) {
				c = ' ';
				q = p + 1;
			} else if ((c = g_utf8_get_char_validated(p,
			    end - p)) >= (gunichar)-2) {
				c = ' ';
				q = p + 1;
			} else
				q = g_utf8_next_char(p);
			/* Letters and digits make a word; one with a
			 * digit ("E1Kna", "2nd") is no function word. */
			if (g_unichar_isalnum(c) ||
			    (inword && g_unichar_ismark(c))) {
				char	buf[8];
				int	k = g_unichar_to_utf8(
				    g_unichar_tolower(c), buf);

				if (!inword) {
					inword = 1;
					len = 0;
					skip = 0;
				}
				if (g_unichar_isdigit(c) ||
				    len + (size_t)k > WORD_MAX)
					skip = 1;
				else {
					memcpy(w + len, buf, (size_t)k);
					len += (size_t)k;
				}
				continue;
			}
		}
		if (!inword)
			continue;
		inword = 0;
		nwords++;
		if (skip)
			continue;
		/* "l'", "qu'": a listed elision is a word of its own. */
		if (is_apos(c) && len <= 2) {
			w[len] = '\'';
			w[len + 1] = '\0';
			if (g_hash_table_contains(t, w)) {
				count(t, w, len + 1, hits, kinds, seen);
				continue;
			}
		}
		count(t, w, len, hits, kinds, seen);
	}

	for (l = 1; l < NLANG; l++)
		if (hits[l] > hits[best])
			best = l;
	for (l = 0; l < NLANG; l++)
		if (l != best && hits[l] > second)
			second = hits[l];
	if (hits[best] > 0 && confidence != NULL)
		*confidence = (double)(hits[best] - second) / hits[best];
	if (nwords < LANG_MIN_WORDS || hits[best] < LANG_MIN_HITS ||
	    kinds[best] < LANG_MIN_KINDS ||
	    hits[best] * LANG_MIN_SHARE < nwords ||
	    hits[best] < LANG_LEAD * second)
		return NULL;
	return codes[best];
}

const char *
lang_primary(const char *tag)
{
	size_t	i;

	if (tag == NULL)
		return NULL;
	for (i = 0; i < NLANG; i++)
		if (g_ascii_strncasecmp(tag, codes[i], 2) == 0 &&
		    (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_'))
			return codes[i];
	return NULL;
}
