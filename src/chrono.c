/* SPDX-License-Identifier: MIT */
/* The chronology: dated events of the body, front matter and document. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "chrono.h"
#include "chrono_int.h"
#include "json.h"
#include "extract_date.h"
#include "msg.h"
#include "source.h"
#include "text.h"

/*
 * Each block's spans are joined into one text, cut into the sentences
 * of the text layer (text.h: ICU's boundaries and its merge step) and
 * the sentences into words (white-space separated, punctuation kept).
 * A date expression's event text is the clause around it: the words
 * between the nearest clause boundaries (punctuation, a subordinating
 * word such as "after" or "during", another measure), less the date
 * words, cleaned and cut to TEXT_WORDS.  Every scan is bounded, so the
 * whole pass is linear in the text.
 */

#define TEXT_WORDS	12	/* words of an event's text at most */
#define SCAN_WORDS	40	/* words a clause scan goes at most */
#define NAME_SCAN	60	/* words searched back for a pronoun's actor */
#define WORD_MAX	32	/* longest word compared against the lists */
#define MERGE_MAX	3	/* texts joined in one event at most */
#define PICK_COMMA	(-1)	/* in a word pick: a comma after the last */
#define PICK_STRIP	(-2)	/*   its punctuation stripped */

struct word {
	size_t		 s, e;		/* bytes in the block text */
	int		 cut_before;	/* opens a clause: "(" */
	int		 cut_after;	/* closes one: ",", ";", ":", ")" */
	int		 skip;		/* a boundary word: "after", a dash */
	int		 expr;		/* expression covering it, or -1 */
};

struct sentence {
	size_t		 s, e;		/* bytes in the block text */
	size_t		 src_off;	/* source byte of its start, from
					 * the text layer, or -1 */
	GArray		*words;		/* struct word */
	GArray		*exprs;		/* struct date_expr, in sentence
					 * offsets */
};

struct run {
	const struct doc	*doc;
	const struct source	*src;
	GPtrArray		*events;
	GHashTable		*persons;	/* name -> short name */
	const struct text	*ta;		/* the text layer */
	GHashTable		*tblocks;	/* doc_node -> its text_block */
	/* the block being read */
	const struct doc_node	*node;
	const char		*text;
	size_t			 len;
	GArray			*span_at;	/* size_t: each span's text
						 * offset */
	struct date_ctx		 dctx;
	/* exact positions: text offset t0 lies at source offset s0 */
	guint			 a_span;
	size_t			 t0, s0;
};

static void	 walk(struct run *, const GPtrArray *, int, int);
static void	 block(struct run *, const struct doc_node *, int);
static void	 sentence_events(struct run *, struct sentence *,
		    const struct sentence *);
static char	*clause_text(struct run *, const struct sentence *, int,
		    const struct sentence *);
static char	*render(struct run *, const struct sentence *, const GArray *,
		    const struct sentence *);
static size_t	 locate(struct run *, size_t, struct pos *);
static GArray	*block_sentences(struct run *, const struct doc_node *,
		    size_t);
static void	 frontmatter(struct run *);
static void	 merge(GPtrArray *);
static void	 event_free(gpointer);

/* Words that open a subordinate clause or phrase: clause boundaries. */
static const char *const subordinators[] = {
	"after", "before", "during", "since", "until", "following", "when",
	"while", "whereas", "where", "which", "who", "whom", "because",
	"although", "though", "amid", "despite", "unless", "as", "whereby",
	NULL
};
/* Words an event text neither starts nor ends with. */
static const char *const edge_stop[] = {
	"and", "but", "or", "nor", "so", "yet", "then", "also", "especially",
	"particularly", "notably", "even", "just", "only", "that", "which",
	"too", "likewise", "instead", "now",
	"who", "as", "in", "on", "at", "of", "to", "by", "with", "for",
	"from", "into", "than", "while", "when", "where", "after", "before",
	"during", "since", "until", "because", "though", "although",
	"however", "meanwhile", "thus", "therefore", "both", "either",
	"neither", "not", "already", "again", "still", "once", "around",
	"about", "over", "under", "among", "between", "against", "through",
	"via", "per", "upon", "onto", "toward", "towards", "within", "amid",
	NULL
};
/* ... nor ends with. */
static const char *const tail_stop[] = {
	"the", "a", "an", "his", "her", "its", "their", "this", "that",
	"these", "those", "our", "my", "your", "is", "are", "was", "were",
	"has", "have", "had", "be", "been", "being", "will", "would",
	"could", "should", "may", "might", "can", "did", "does", "do", NULL
};
/* Capitalised at a sentence start only: never a name. */
static const char *const cap_stop[] = {
	"the", "this", "that", "these", "those", "a", "an", "in", "on", "at",
	"for", "as", "but", "and", "or", "if", "when", "while", "after",
	"before", "during", "since", "despite", "by", "with", "from", "to",
	"of", "it", "its", "his", "her", "their", "our", "we", "they", "he",
	"she", "there", "here", "such", "some", "many", "most", "all",
	"both", "each", "every", "no", "not", "yet", "so", "then", "however",
	"meanwhile", "according", "although", "though", "because", "unlike",
	"like", "under", "over", "between", "among", "amid", "across",
	"against", "into", "within", "without", "about", "what", "which",
	"who", "whose", "where", "why", "how", "last", "next", "early",
	"late", "today", "yesterday", "tomorrow", "one", "two", "three",
	"both", "other", "another", "former", "new", "i", "you", "my", NULL
};
/* Titles and offices before a name: "former US President Donald
 * Trump" is Trump. */
static const char *const titles[] = {
	"president", "vice", "prime", "minister", "foreign", "defence",
	"defense", "deputy", "secretary", "state", "chancellor", "premier",
	"leader", "supreme", "chairman", "chairwoman", "chair", "general",
	"gen", "admiral", "colonel", "marshal", "commander", "king", "queen",
	"prince", "princess", "emperor", "pope", "senator", "sen",
	"governor", "gov", "mayor", "ambassador", "envoy", "spokesman",
	"spokeswoman", "spokesperson", "director", "chief", "head", "mr",
	"mrs", "ms", "dr", "sir", "lady", "lord", "former", "ex",
	"presidential", "special", "representative", "comrade", "dictator",
	"interior", "finance",
	"trade", "justice", "health", "energy", "economy", "agriculture",
	"affairs", "national", "security", "adviser", "advisor", "officer",
	"party", "first", "lieutenant", "captain", "sergeant", "judge",
	NULL
};
/* Words of places and bodies: a run holding one is not a person. */
static const char *const not_person[] = {
	"north", "south", "east", "west", "eastern", "western", "northern",
	"southern", "central", "far", "middle", "united", "states",
	"kingdom", "republic", "union", "nations", "council", "ministry",
	"party", "korea", "russia", "china", "japan", "ukraine", "america",
	"europe", "asia", "africa", "sea", "ocean", "river", "island",
	"islands", "peninsula", "strait", "gulf", "bay", "mount", "lake",
	"city", "county", "province", "region", "territory", "university",
	"institute", "agency", "bank", "fund", "forces", "army", "navy",
	"air", "force", "command", "government", "parliament", "congress",
	"senate", "house", "committee", "commission", "court", "office",
	"department", "company", "group", "corporation", "inc", "ltd",
	"treaty", "resolution", "summit", "street", "square", "airport",
	"station", "federation", "democratic", "people's",
	"people\xE2\x80\x99s",
	"socialist", "islamic", "organisation", "organization",
	"association", "alliance", "front", "movement", "news", "times",
	"post", "daily", "service", "program", "programme", "project",
	"initiative", "plan", "act", "law", "declaration", "accord",
	"agreement", "conference", "forum", "games", "cup", "war", "wars",
	"revolution", "empire", "dynasty", "church", "foundation", "centre",
	"center", "hospital", "school", "club", "museum", "palace", "hall",
	"tower", "bridge", "road", "avenue", "mountains", "valley", "desert",
	"coast", "beach", "port", "harbour", "harbor", "hong", "kong", "new",
	"york", "los", "angeles", "san", "saint", "st", "sri", "lanka",
	"costa", "rica", "saudi", "arabia", "soviet", "crimea", "guard",
	"council", "assembly", "union", "white", "red", "cross", "general",
	NULL
};
/* Family names written first: "Kim Jong Un" is Kim. */
static const char *const family_first[] = {
	"kim", "xi", "li", "lee", "park", "moon", "yoon", "ri", "choe",
	"choi", "wang", "zhang", "liu", "chen", "hu", "wen", "mao", "deng",
	"jiang", "nguyen", "pak", "jang", "han", "ho", "yang", "zhao", NULL
};
static const char *const month_short[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};

/* Month and weekday names: not names of people. */
static const char *const calendar[] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november",
	"december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "sept", "dec", "jan", "feb",
	"aug", "oct", "nov", NULL
};
/* The lists looked up for every word: hashed once (never freed). */
static const char *const *const big_lists[] = {
	subordinators, edge_stop, tail_stop, cap_stop, titles, not_person,
	calendar
};
#define BL_EDGE_STOP	(1u << 1)
#define BL_TAIL_STOP	(1u << 2)
#define BL_CAP_STOP	(1u << 3)
#define BL_CALENDAR	(1u << 6)

/* --- small helpers ------------------------------------------------ */

static GHashTable *
lexicon(void)
{
	static gsize	 once;
	static GHashTable *lex;
	guint		 k, j, bits;

	if (g_once_init_enter(&once)) {
		lex = g_hash_table_new(g_str_hash, g_str_equal);
		for (k = 0; k < G_N_ELEMENTS(big_lists); k++)
			for (j = 0; big_lists[k][j] != NULL; j++) {
				bits = GPOINTER_TO_UINT(g_hash_table_lookup(lex,
				    big_lists[k][j]));
				g_hash_table_insert(lex,
				    (gpointer)big_lists[k][j],
				    GUINT_TO_POINTER(bits | 1u << k));
			}
		g_once_init_leave(&once, 1);
	}
	return lex;
}

/* Bits (1 << index in big_lists) of the lists holding w. */
static guint
lex_bits(const char *w)
{
	return GPOINTER_TO_UINT(g_hash_table_lookup(lexicon(), w));
}

/* w is a word of set. */
static int
in_list(const char *w, const char *const *set)
{
	guint	k;

	if (*w == '\0')
		return 0;
	for (k = 0; k < G_N_ELEMENTS(big_lists); k++)
		if (big_lists[k] == set)
			return (GPOINTER_TO_UINT(g_hash_table_lookup(lexicon(),
			    w)) >> k) & 1;
	for (; *set != NULL; set++)
		if (strcmp(w, *set) == 0)
			return 1;
	return 0;
}

/* Opening and closing punctuation around a word. */
static int
is_open(gunichar c)
{
	return c == '(' || c == '[' || c == '"' || c == '\'' ||
	    c == 0x201C || c == 0x2018 || c == '*' || c == '_';
}

static int
is_close(gunichar c)
{
	return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D ||
	    c == 0x2019 || c == ',' || c == ';' || c == ':' || c == '.' ||
	    c == '!' || c == '?' || c == 0x2026 || c == '*' || c == '_';
}

/*
 * The word s..e without its surrounding punctuation, in lower case
 * ASCII-folded, into buf (size WORD_MAX); a possessive "'s" dropped
 * when poss.  Returns 0 (and "") when it does not fit.
 */
static int
bare(const char *text, size_t s, size_t e, int poss, char *buf)
{
	const char	*p = text + s, *q = text + e, *r;
	size_t		 k;

	while (p < q && is_open(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	while (q > p) {
		r = g_utf8_find_prev_char(p, q);
		if (r == NULL)
			r = p;
		if (!is_close(g_utf8_get_char(r)))
			break;
		q = r;
	}
	if (poss && q - p > 3 && q[-1] == 's' && (q[-2] == '\'' ||
	    memcmp(q - 4, "\xE2\x80\x99", 3) == 0))
		q -= q[-2] == '\'' ? 2 : 4;
	*buf = '\0';
	if (q <= p || (size_t)(q - p) >= WORD_MAX)
		return 0;
	for (k = 0; p + k < q; k++)
		buf[k] = p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 'a' - 'A' : p[k];
	buf[k] = '\0';
	return 1;
}

static int
word_is(const char *text, const struct word *w, const char *const *set)
{
	char	buf[WORD_MAX];

	return bare(text, w->s, w->e, 0, buf) && in_list(buf, set);
}

/* First letter of the word is a capital. */
static int
capitalised(const char *text, const struct word *w)
{
	const char	*p = text + w->s, *q = text + w->e;

	while (p < q && is_open(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	return p < q && g_unichar_isupper(g_utf8_get_char(p));
}

static int
has_alnum(const char *s)
{
	for (; *s != '\0'; s = g_utf8_next_char(s))
		if (g_unichar_isalnum(g_utf8_get_char(s)))
			return 1;
	return 0;
}

static int
has_alnum_word(const char *text, const struct word *w)
{
	const char	*p;

	for (p = text + w->s; p < text + w->e; p = g_utf8_next_char(p))
		if (g_unichar_isalnum(g_utf8_get_char(p)))
			return 1;
	return 0;
}

/* Short form of a person's name: the family name. */
static char *
short_name(char **tok, int n)
{
	char	buf[WORD_MAX];

	if (n > 1 && bare(tok[0], 0, strlen(tok[0]), 0, buf) &&
	    in_list(buf, family_first))
		return g_strdup(tok[0]);
	return g_strdup(tok[n - 1]);
}

/* --- names -------------------------------------------------------- */

/*
 * Record a person: full name and short name both map to the short name
 * (a key of the map).  Returns it.
 */
static const char *
add_person(struct run *r, const char *full, const char *shrt)
{
	gpointer	key;

	if (!g_hash_table_lookup_extended(r->persons, shrt, &key, NULL)) {
		key = g_strdup(shrt);
		g_hash_table_insert(r->persons, key, key);
	}
	if (!g_hash_table_contains(r->persons, full))
		g_hash_table_insert(r->persons, g_strdup(full), key);
	return key;
}

/*
 * The person named by the words tok[0..n) (bare, capitalised): titles
 * before the name skipped.  Returns the short name (owned by the map)
 * or NULL.  With add, a new two- to four-word name is recorded.
 */
static const char *
person(struct run *r, char **tok, int n, int add)
{
	const char	*hit;
	char		 buf[WORD_MAX], *full;
	int		 i, start = 0;

	for (i = 0; i < n; i++)
		if (bare(tok[i], 0, strlen(tok[i]), 0, buf) &&
		    in_list(buf, titles))
			start = i + 1;
	tok += start;
	n -= start;
	if (n <= 0)
		return NULL;
	full = g_strjoinv(" ", (char **)tok);	/* tok is NULL-ended */
	if ((hit = g_hash_table_lookup(r->persons, full)) != NULL || !add ||
	    n < 2 || n > 4) {
		g_free(full);
		if (hit == NULL && !add && n > 1)
			hit = g_hash_table_lookup(r->persons, tok[n - 1]);
		return hit;
	}
	for (i = 0; i < n; i++) {
		const char *p = tok[i];
		int lower = 0;

		if (!bare(p, 0, strlen(p), 0, buf) ||
		    in_list(buf, not_person) || in_list(buf, cap_stop)) {
			g_free(full);
			return NULL;
		}
		for (; *p != '\0'; p = g_utf8_next_char(p))
			lower += g_unichar_islower(g_utf8_get_char(p));
		if (lower == 0) {		/* "UN", "NATO" */
			g_free(full);
			return NULL;
		}
	}
	{
		char	*sn = short_name(tok, n);

		hit = add_person(r, full, sn);
		g_free(sn);
		g_free(full);
	}
	return hit;
}

/* The word without surrounding punctuation and possessive, case kept
 * (caller frees). */
static char *
strip_word(const char *text, size_t s, size_t e)
{
	const char	*p = text + s, *q = text + e;

	while (p < q && is_open(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	while (q > p && is_close(g_utf8_get_char(g_utf8_find_prev_char(p, q))))
		q = g_utf8_find_prev_char(p, q);
	if (q - p > 3 && q[-1] == 's' && (q[-2] == '\'' ||
	    memcmp(q - 4, "\xE2\x80\x99", 3) == 0))
		q -= q[-2] == '\'' ? 2 : 4;
	return g_strndup(p, q - p);
}

/* A word that may be part of a name: capitalised, not a function word,
 * month or weekday. */
static int
name_word(const char *text, const struct word *w)
{
	char	buf[WORD_MAX];

	return capitalised(text, w) && bare(text, w->s, w->e, 1, buf) &&
	    (lex_bits(buf) & (BL_CAP_STOP | BL_CALENDAR)) == 0;
}

/* The word ends a run of name words: punctuation or a possessive. */
static int
run_end(const char *text, const struct word *w)
{
	const char	*q = text + w->e;

	if (w->e <= w->s)
		return 1;
	if (q[-1] == '.' && memchr(text + w->s, '.', w->e - w->s - 1) != NULL)
		return 0;			/* "U.S." */
	if (is_close(g_utf8_get_char(g_utf8_find_prev_char(text + w->s, q))))
		return 1;
	return w->e - w->s > 3 && q[-1] == 's' && (q[-2] == '\'' ||
	    memcmp(q - 4, "\xE2\x80\x99", 3) == 0);
}

/* The person named by the run of words a..b (at most its last 8). */
static const char *
run_person(struct run *r, const char *text, const GArray *words, long a,
    long b, int add)
{
	const struct word *w;
	const char	*hit;
	char		*tok[9];
	long		 k, n = 0;

	if (b - a >= 8)
		a = b - 7;
	for (k = a; k <= b; k++) {
		w = &g_array_index(words, struct word, k);
		tok[n++] = strip_word(text, w->s, w->e);
	}
	tok[n] = NULL;
	hit = person(r, tok, (int)n, add);
	for (k = 0; k < n; k++)
		g_free(tok[k]);
	return hit;
}

/*
 * Runs of name words in words[from..to]: each is recorded (add), and
 * the person of the last run starting at or before `at` is returned.
 */
static const char *
scan_names(struct run *r, const char *text, const GArray *words, long from,
    long to, long at, int add)
{
	const char	*hit, *best = NULL;
	long		 i = MAX(from, 0), a;

	while (i <= to && i < (long)words->len) {
		if (!name_word(text, &g_array_index(words, struct word, i))) {
			i++;
			continue;
		}
		a = i;
		while (i < to && i + 1 < (long)words->len &&
		    !run_end(text, &g_array_index(words, struct word, i)) &&
		    name_word(text, &g_array_index(words, struct word, i + 1)))
			i++;
		hit = run_person(r, text, words, a, i, add);
		if (hit != NULL && a <= at)
			best = hit;
		i++;
	}
	return best;
}

/* The sentence's subject when it is a known person ("Kim Jong Un
 * extended ..."), else NULL. */
static const char *
subject(struct run *r, const char *text, const GArray *words)
{
	long	i = 0;

	if (words->len == 0 ||
	    !name_word(text, &g_array_index(words, struct word, 0)))
		return NULL;
	while (i + 1 < (long)words->len && i < 8 &&
	    !run_end(text, &g_array_index(words, struct word, i)) &&
	    name_word(text, &g_array_index(words, struct word, i + 1)))
		i++;
	return run_person(r, text, words, 0, i, 0);
}

/*
 * The actor of a possessive pronoun at word pi of sent: the sentence's
 * subject, else the nearest person before it in the sentence, else the
 * previous sentence's subject or last person.  NULL when none is clear.
 */
static const char *
antecedent(struct run *r, const struct sentence *sent, long pi,
    const struct sentence *prev)
{
	const char	*hit;

	if (pi > 0 && (hit = subject(r, r->text, sent->words)) != NULL)
		return hit;
	if ((hit = scan_names(r, r->text, sent->words, pi - NAME_SCAN,
	    pi - 1, pi - 1, 0)) != NULL)
		return hit;
	if (prev == NULL || prev->words == NULL)
		return NULL;
	if ((hit = subject(r, r->text, prev->words)) != NULL)
		return hit;
	return scan_names(r, r->text, prev->words,
	    (long)prev->words->len - NAME_SCAN, (long)prev->words->len - 1,
	    (long)prev->words->len, 0);
}

/* --- sentences and words ------------------------------------------ */

static void
add_word(const char *t, size_t s, size_t e, GArray *words, int flags)
{
	struct word	 w;
	const char	*q;
	gunichar	 c;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.e = e;
	w.expr = -1;
	c = g_utf8_get_char(t + s);
	w.cut_before = c == '(' || c == '[';
	q = t + e;
	while (q > t + s) {
		q = g_utf8_find_prev_char(t + s, q);
		c = g_utf8_get_char(q);
		if (c != '"' && c != 0x201D && c != '\'' && c != 0x2019 &&
		    c != '*' && c != '_')
			break;
	}
	w.cut_after = c == ',' || c == ';' || c == ':' || c == ')' || c == ']';
	if ((e - s == 3 && (memcmp(t + s, "\xE2\x80\x94", 3) == 0 ||
	    memcmp(t + s, "\xE2\x80\x93", 3) == 0)) ||
	    (e - s == 1 && t[s] == '-')) {
		w.skip = 1;		/* a dash between clauses */
		w.cut_before = w.cut_after = 1;
	} else if (flags && e - s <= 10)
		w.skip = word_is(t, &w, subordinators);
	g_array_append_val(words, w);
}

/* Words of t[s..e): white space separates, an em dash is a word.
 * Without flags, subordinators are not marked. */
static void
split_words(const char *t, size_t s, size_t e, GArray *words, int flags)
{
	size_t	k = s, a;

	while (k < e) {
		while (k < e && (t[k] == ' ' || ((unsigned char)t[k] == 0xC2 &&
		    k + 1 < e && (unsigned char)t[k + 1] == 0xA0)))
			k += t[k] == ' ' ? 1 : 2;
		a = k;
		while (k < e && t[k] != ' ' && !((unsigned char)t[k] == 0xC2 &&
		    k + 1 < e && (unsigned char)t[k + 1] == 0xA0)) {
			if (k + 3 <= e &&
			    memcmp(t + k, "\xE2\x80\x94", 3) == 0) {
				if (k > a)
					add_word(t, a, k, words, flags);
				add_word(t, k, k + 3, words, flags);
				k += 3;
				a = k;
				continue;
			}
			k++;
		}
		if (k > a)
			add_word(t, a, k, words, flags);
	}
}

/* --- block text and positions ------------------------------------- */

/* The block's spans joined, line breaks as spaces; span_at gets each
 * span's offset in it. */
static GString *
block_text(const struct doc_node *node, GArray *span_at)
{
	GString	*s = g_string_new(NULL);
	guint	 i;
	size_t	 k;

	for (i = 0; i < node->spans->len; i++) {
		const struct doc_span *sp = g_ptr_array_index(node->spans, i);

		g_array_append_val(span_at, s->len);
		g_string_append(s, sp->text);
	}
	for (k = 0; k < s->len; k++)
		if (s->str[k] == '\n' || s->str[k] == '\t' || s->str[k] == '\r')
			s->str[k] = ' ';
	return s;
}

/* Characters of the text that stand as they are in the source. */
static int
key_char(char c)
{
	return c > ' ' && c < 0x7F && strchr("*_`[]\\&<>\"'!", c) == NULL;
}

/* The key (text bytes, a space matching any white space) at src p. */
static int
key_match(const struct source *src, size_t p, const char *key, size_t klen)
{
	size_t	i;

	for (i = 0; i < klen; i++) {
		if (key[i] == ' ') {
			if (p >= src->len || !g_ascii_isspace(src->buf[p]))
				return 0;
			while (p < src->len && g_ascii_isspace(src->buf[p]))
				p++;
			continue;
		}
		if (p >= src->len || src->buf[p] != key[i])
			return 0;
		p++;
	}
	return 1;
}

/*
 * Source offset and line:col of the block text's offset t.  Without a
 * source, the span's offset plus the distance and the span's position.
 * With one, the text's first bytes at t are sought in the source near
 * where they should be (smart quotes and Markdown marks move them): a
 * window growing with the distance from the last place found, so that
 * the calls for one block, in increasing t, cost linear time.
 */
static size_t
locate(struct run *r, size_t t, struct pos *pos)
{
	const GPtrArray	*spans = r->node->spans;
	const struct doc_span *sp;
	const struct source *src = r->src;
	guint		 lo = 0, hi = spans->len, mid;
	size_t		 at0, end, est, w, a, b, p, skip = 0, klen = 0;
	size_t		 found = (size_t)-1, best = (size_t)-1, d;

	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (g_array_index(r->span_at, size_t, mid) <= t)
			lo = mid;
		else
			hi = mid;
	}
	sp = g_ptr_array_index(spans, lo);
	at0 = g_array_index(r->span_at, size_t, lo);
	if (src == NULL) {
		*pos = sp->pos;
		return sp->off + (t - at0);
	}
	end = lo + 1 < spans->len ? g_array_index(r->span_at, size_t, lo + 1) :
	    r->len;
	if (r->a_span != lo || t < r->t0) {
		r->a_span = lo;
		r->t0 = at0;
		r->s0 = sp->off;
	}
	est = r->s0 + (t - r->t0);
	while (t + skip < end && skip < 8 && !key_char(r->text[t + skip]))
		skip++;
	while (t + skip + klen < end && klen < 24 &&
	    (key_char(r->text[t + skip + klen]) ||
	    r->text[t + skip + klen] == ' '))
		klen++;
	while (klen > 0 && r->text[t + skip + klen - 1] == ' ')
		klen--;
	if (klen > 0 && r->s0 < src->len) {
		w = 64 + (t - r->t0) / 4;
		a = est > w ? est - w : 0;
		a = MAX(a, r->s0);
		b = MIN(src->len, est + skip + w);
		for (p = a; p < b; p++) {
			if (src->buf[p] != r->text[t + skip] ||
			    !key_match(src, p, r->text + t + skip, klen))
				continue;
			d = p > est + skip ? p - est - skip : est + skip - p;
			if (d < best) {
				best = d;
				found = p;
			}
		}
	}
	if (found == (size_t)-1) {
		p = MIN(est, src->len);
	} else {
		r->t0 = t + skip;
		r->s0 = found;
		p = found;
		while (skip > 0 && p > sp->off &&
		    !g_ascii_isspace(src->buf[p - 1])) {
			p--;
			skip--;
		}
	}
	*pos = source_pos(src, p);
	return p;
}

/* --- clauses ------------------------------------------------------ */

#define W(sent, i)	(&g_array_index((sent)->words, struct word, (i)))
#define X(sent, k)	(&g_array_index((sent)->exprs, struct date_expr, (k)))

/* Word i stops a clause scan: a boundary word or a measure. */
static int
stop_word(const struct sentence *sent, long i)
{
	const struct word *w = W(sent, i);

	if (w->expr >= 0)
		return (X(sent, w->expr)->flags & DATE_MEASURE) != 0;
	return w->skip;
}

/* First word of the clause holding word i. */
static long
clause_start(const struct sentence *sent, long i)
{
	long	j, a = i;

	if (W(sent, i)->cut_before)
		return i;
	for (j = i - 1; j >= 0 && i - j <= SCAN_WORDS; j--) {
		if (W(sent, j)->cut_after || stop_word(sent, j))
			break;
		a = j;
		if (W(sent, j)->cut_before)
			break;
	}
	return a;
}

/* Last word of the clause holding word i. */
static long
clause_end(const struct sentence *sent, long i)
{
	long	j, b = i, n = sent->words->len;

	if (W(sent, i)->cut_after)
		return i;
	for (j = i + 1; j < n && j - i <= SCAN_WORDS; j++) {
		if (W(sent, j)->cut_before || stop_word(sent, j))
			break;
		b = j;
		if (W(sent, j)->cut_after)
			break;
	}
	return b;
}

/* A word that says something: not a function word or punctuation. */
static int
content(const char *text, const struct word *w)
{
	char	buf[WORD_MAX];

	if (!bare(text, w->s, w->e, 0, buf))
		return w->e - w->s >= WORD_MAX;
	return has_alnum(buf) &&
	    (lex_bits(buf) & (BL_EDGE_STOP | BL_TAIL_STOP)) == 0;
}

/* Append the words a..b that are no date to pick. */
static void
pick_range(const struct sentence *sent, long a, long b, GArray *pick)
{
	long	i;

	for (i = a; i <= b; i++)
		if (W(sent, i)->expr < 0)
			g_array_append_val(pick, i);
}

static int
count_content(const char *text, const struct sentence *sent,
    const GArray *pick)
{
	guint	i;
	int	n = 0;

	for (i = 0; i < pick->len; i++)
		n += content(text, W(sent, g_array_index(pick, long, i)));
	return n;
}

/*
 * The object of the main clause ending at word e ("Kim extended the
 * invitation to Putin": "invitation to Putin"): its first word, or -1.
 */
static long
main_object(const struct run *r, const struct sentence *sent, long e)
{
	static const char *const arts[] = { "the", "a", "an", NULL };
	static const char *const poss[] = { "his", "her", "its", "their",
	    NULL };
	long	m, j;

	m = clause_start(sent, e);
	if (!capitalised(r->text, W(sent, m)))
		return -1;
	for (j = m + 2; j <= e; j++) {
		const struct word *v = W(sent, j - 1);

		if (v->cut_after)
			return -1;
		if (!word_is(r->text, W(sent, j), arts) &&
		    !word_is(r->text, W(sent, j), poss))
			continue;
		if (!g_ascii_islower(r->text[v->s]) || !content(r->text, v))
			return -1;
		j += word_is(r->text, W(sent, j), arts);
		return j <= e ? j : -1;
	}
	return -1;
}

static int
cap_str(const char *s)
{
	struct word	w = { 0, strlen(s), 0, 0, 0, -1 };

	return capitalised(s, &w);
}

static int
run_end_str(const char *s)
{
	struct word	w = { 0, strlen(s), 0, 0, 0, -1 };

	return run_end(s, &w);
}

/* Replace "former US President Donald Trump" by "Trump" in tok. */
static void
shorten_titles(struct run *r, GPtrArray *tok)
{
	char	 buf[WORD_MAX], *core, *nt[11], *rep;
	guint	 i, j, m, t, k, n;
	const char *hit, *suffix;

	for (i = 0; i < tok->len; i++) {
		j = i;
		if (bare(g_ptr_array_index(tok, i), 0,
		    strlen(g_ptr_array_index(tok, i)), 0, buf) &&
		    (strcmp(buf, "former") == 0 || strcmp(buf, "ex") == 0))
			j++;
		for (m = j, t = G_MAXUINT; m < tok->len && m - j < 10; m++) {
			const char *s = g_ptr_array_index(tok, m);

			/* "Secretary of State Kurt Campbell" */
			if (m > j && m + 1 < tok->len && strcmp(s, "of") == 0 &&
			    cap_str(g_ptr_array_index(tok, m + 1)))
				continue;
			if (!cap_str(s) || (m > j &&
			    run_end_str(g_ptr_array_index(tok, m - 1))))
				break;
			if (bare(s, 0, strlen(s), 0, buf) &&
			    in_list(buf, titles))
				t = m;
		}
		if (t == G_MAXUINT || t + 1 >= m)
			continue;
		for (k = t + 1, n = 0; k < m; k++)
			nt[n++] = strip_word(g_ptr_array_index(tok, k), 0,
			    strlen(g_ptr_array_index(tok, k)));
		nt[n] = NULL;
		hit = person(r, nt, (int)n, 0);
		core = nt[n - 1];
		suffix = strstr(g_ptr_array_index(tok, m - 1), core);
		suffix = suffix != NULL ? suffix + strlen(core) : "";
		if (hit != NULL) {
			rep = g_strconcat(hit, suffix, NULL);
			g_ptr_array_remove_range(tok, i, m - i);
			g_ptr_array_insert(tok, i, rep);
		}
		for (k = 0; k < n; k++)
			g_free(nt[k]);
	}
}

/* Remove every c from s, in place. */
static void
drop_char(char *s, const char *c)
{
	size_t	l = strlen(c);
	char	*p, *q;

	for (p = q = s; *p != '\0'; ) {
		if (strncmp(p, c, l) == 0) {
			p += l;
			continue;
		}
		*q++ = *p++;
	}
	*q = '\0';
}

/* Runs of spaces in s made one, in place. */
static void
collapse_spaces(char *s)
{
	char	*p, *q;

	for (p = q = s; *p != '\0'; p++)
		if (*p != ' ' || q == s || q[-1] != ' ')
			*q++ = *p;
	*q = '\0';
}

static int
count_str(const char *s, const char *c)
{
	int	n = 0;

	while ((s = strstr(s, c)) != NULL) {
		n++;
		s += strlen(c);
	}
	return n;
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

/*
 * Trim function words at both ends, cut to TEXT_WORDS, drop unpaired
 * quotes and brackets and the final punctuation, capitalise.  Returns
 * the text (caller frees) or NULL when nothing is left.  Frees tok.
 */
static char *
finish_text(GPtrArray *tok)
{
	char	 buf[WORD_MAX], *s, *p;
	guint	 j, k;
	int	 pass;

	for (pass = 0; pass < 2; pass++) {
		while (tok->len > 0) {
			s = g_ptr_array_index(tok, 0);
			if (has_alnum(s) && !(bare(s, 0, strlen(s), 0, buf) &&
			    in_list(buf, edge_stop)))
				break;
			g_ptr_array_remove_index(tok, 0);
		}
		while (tok->len > 0) {
			s = g_ptr_array_index(tok, tok->len - 1);
			if (has_alnum(s) && !(bare(s, 0, strlen(s), 0, buf) &&
			    (in_list(buf, edge_stop) ||
			    in_list(buf, tail_stop))))
				break;
			g_ptr_array_remove_index(tok, tok->len - 1);
		}
		if (tok->len <= TEXT_WORDS)
			break;
		/* cut before a preposition or after a comma, else hard */
		for (k = TEXT_WORDS, j = TEXT_WORDS; j >= TEXT_WORDS / 2; j--) {
			s = g_ptr_array_index(tok, j - 1);
			if ((bare(g_ptr_array_index(tok, j), 0, strlen(
			    g_ptr_array_index(tok, j)), 0, buf) &&
			    in_list(buf, edge_stop)) ||
			    (*s != '\0' && s[strlen(s) - 1] == ',')) {
				k = j;
				break;
			}
		}
		g_ptr_array_set_size(tok, k);
	}
	if (tok->len == 0) {
		g_ptr_array_free(tok, TRUE);
		return NULL;
	}
	g_ptr_array_add(tok, NULL);
	s = g_strjoinv(" ", (char **)tok->pdata);
	g_ptr_array_free(tok, TRUE);
	if (count_str(s, "\xE2\x80\x9C") != count_str(s, "\xE2\x80\x9D")) {
		drop_char(s, "\xE2\x80\x9C");
		drop_char(s, "\xE2\x80\x9D");
	}
	if (count_str(s, "(") != count_str(s, ")")) {
		drop_char(s, "(");
		drop_char(s, ")");
	}
	drop_char(s, "\"");
	collapse_spaces(s);		/* where a lone quote was */
	g_strstrip(s);
	for (p = s + strlen(s); p > s && strchr(",;:.!?", p[-1]) != NULL; p--)
		;
	*p = '\0';
	if (strncmp(s + (p - s) - (p - s >= 3 ? 3 : 0), "\xE2\x80\xA6", 3)
	    == 0 && p - s >= 3)
		s[p - s - 3] = '\0';
	g_strstrip(s);
	if (*s == '\0') {
		g_free(s);
		return NULL;
	}
	return chrono_capitalise(s);
}

/* The name stands among the words of tok already. */
static int
named(const GPtrArray *tok, const char *name)
{
	char	*s;
	guint	 i;
	int	 hit = 0;

	for (i = 0; i < tok->len && !hit; i++) {
		s = strip_word(g_ptr_array_index(tok, i), 0,
		    strlen(g_ptr_array_index(tok, i)));
		hit = strcmp(s, name) == 0;
		g_free(s);
	}
	return hit;
}

/*
 * The words of pick (PICK_COMMA puts a comma after the previous word,
 * PICK_STRIP strips its punctuation) as an event text: "his" and "her"
 * replaced by their actor's possessive, titled names shortened, then
 * finished.
 */
static char *
render(struct run *r, const struct sentence *sent, const GArray *pick,
    const struct sentence *prev)
{
	static const char *const pron[] = { "his", "her", NULL };
	GPtrArray	*tok;
	const struct word *w, *nx;
	const char	*who;
	char		*s;
	guint		 i;
	long		 wi;

	tok = g_ptr_array_new_with_free_func(g_free);
	for (i = 0; i < pick->len; i++) {
		wi = g_array_index(pick, long, i);
		if (wi < 0) {
			if (tok->len > 0) {
				s = g_ptr_array_index(tok, tok->len - 1);
				g_ptr_array_index(tok, tok->len - 1) =
				    wi == PICK_COMMA ? g_strconcat(s, ",",
				    NULL) : strip_word(s, 0, strlen(s));
				g_free(s);
				s = g_ptr_array_index(tok, tok->len - 1);
				if (*s == '\0')
					g_ptr_array_remove_index(tok,
					    tok->len - 1);
			}
			continue;
		}
		w = W(sent, wi);
		nx = NULL;
		if (i + 1 < pick->len && g_array_index(pick, long, i + 1) >= 0)
			nx = W(sent, g_array_index(pick, long, i + 1));
		who = NULL;
		if (word_is(r->text, w, pron) && w->e - w->s == 3 &&
		    nx != NULL && content(r->text, nx))
			who = antecedent(r, sent, wi, prev);
		if (who != NULL && !named(tok, who))
			g_ptr_array_add(tok, g_strconcat(who, "\xE2\x80\x99s",
			    NULL));
		else
			g_ptr_array_add(tok, g_strndup(r->text + w->s,
			    w->e - w->s));
	}
	shorten_titles(r, tok);
	return finish_text(tok);
}

/* The first and last words of expression k. */
static void
expr_words(const struct sentence *sent, int k, long *w0, long *w1)
{
	const struct date_expr *x = X(sent, k);
	long	lo = 0, hi = sent->words->len, mid;

	while (lo < hi) {			/* first word ending after */
		mid = (lo + hi) / 2;
		if (W(sent, mid)->e <= x->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	*w0 = lo;
	*w1 = lo;
	while (*w1 + 1 < (long)sent->words->len && W(sent, *w1 + 1)->s < x->end)
		(*w1)++;
}

/* First word from i on that has a letter or digit. */
static long
next_clause(const struct run *r, const struct sentence *sent, long i)
{
	while (i < (long)sent->words->len &&
	    !has_alnum_word(r->text, W(sent, i)))
		i++;
	return i;
}

/*
 * The text of the clause holding expression k: the clause less its
 * dates; too short, the next clause (the date opened the sentence) or
 * the previous one with it; a clause opened by "during" gets the main
 * clause's object after a comma.
 */
static char *
clause_text(struct run *r, const struct sentence *sent, int k,
    const struct sentence *prev)
{
	GArray	*pick;
	char	*s;
	long	 w0, w1, a, b, i, o, n = sent->words->len;
	long	 comma = PICK_COMMA, strip = PICK_STRIP;

	expr_words(sent, k, &w0, &w1);
	if (w0 >= n)
		return NULL;
	pick = g_array_new(FALSE, FALSE, sizeof(long));
	a = clause_start(sent, w0);
	b = clause_end(sent, w1);
	pick_range(sent, a, b, pick);
	if (count_content(r->text, sent, pick) < 2) {
		g_array_set_size(pick, 0);
		if (a == w0 && b + 1 < n) {
			/* "In 2019, after talks failed, Kim went ...": the
			 * main clause after a subordinate one */
			i = next_clause(r, sent, b + 1);
			if (i < n && stop_word(sent, i) &&
			    (o = clause_end(sent, MIN(i + 1, n - 1))) + 1 < n &&
			    next_clause(r, sent, o + 1) < n)
				i = next_clause(r, sent, o + 1);
			else if (i < n && stop_word(sent, i))
				i = next_clause(r, sent, i + 1);
			if (i < n)
				pick_range(sent, i, clause_end(sent, i), pick);
		} else if (a > 0) {
			/* "The summit, held in 2019": with what precedes */
			i = a - 1;
			if (stop_word(sent, i) && i > 0)
				i--;
			pick_range(sent, clause_start(sent, i), i, pick);
			g_array_append_val(pick, strip);
			for (o = a; o <= b; o++)
				if (W(sent, o)->expr < 0 &&
				    content(r->text, W(sent, o)))
					break;
			if (o <= b)
				pick_range(sent, a, b, pick);
		} else
			pick_range(sent, a, b, pick);
	} else if (a > 1 && W(sent, a - 1)->expr < 0 &&
	    W(sent, a - 2)->cut_after && word_is(r->text, W(sent, a - 1),
	    (const char *const []){ "which", "who", NULL })) {
		/* "Operators, which carried ... in 2023": the subject */
		g_array_set_size(pick, 0);
		pick_range(sent, clause_start(sent, a - 2), a - 2, pick);
		g_array_append_val(pick, strip);
		pick_range(sent, a, b, pick);
	} else if (a > 1 && W(sent, a - 1)->expr < 0 &&
	    word_is(r->text, W(sent, a - 1),
	    (const char *const []){ "during", NULL }) &&
	    (o = main_object(r, sent, a - 2)) >= 0 &&
	    (long)pick->len + (a - 1 - o) <= TEXT_WORDS) {
		g_array_append_val(pick, comma);
		pick_range(sent, o, a - 2, pick);
	}
	s = render(r, sent, pick, prev);
	g_array_free(pick, TRUE);
	return s;
}

/* The subject a measure dates ("The treaty was signed two years after
 * ..."); NULL when it is the briefing's own ("This visit comes ...") or
 * a bare pronoun. */
static char *
measure_text(struct run *r, const struct sentence *sent, int k,
    const struct sentence *prev)
{
	static const char *const deictic[] = {
		"this", "these", "it", "that", "he", "she", "they", "we", "i",
		"which", "who", "there", NULL
	};
	GArray	*pick;
	char	*s;
	long	 w0, w1, a;

	expr_words(sent, k, &w0, &w1);
	if (w0 <= 0 || w0 >= (long)sent->words->len ||
	    W(sent, w0 - 1)->cut_after || stop_word(sent, w0 - 1))
		return NULL;
	a = clause_start(sent, w0 - 1);
	while (a < w0 && word_is(r->text, W(sent, a), edge_stop))
		a++;
	if (a >= w0 || word_is(r->text, W(sent, a), deictic))
		return NULL;
	pick = g_array_new(FALSE, FALSE, sizeof(long));
	pick_range(sent, a, w0 - 1, pick);
	s = render(r, sent, pick, prev);
	g_array_free(pick, TRUE);
	return s;
}

/* --- events ------------------------------------------------------- */

struct event *
chrono_event_add(GPtrArray *events, int y, int m, int d, enum ev_precision p,
    const char *q, char *text, enum ev_source source)
{
	struct event	*ev;

	ev = g_new0(struct event, 1);
	ev->year = y;
	ev->month = p == EV_YEAR ? 0 : m;
	ev->day = p == EV_DAY ? d : 0;
	ev->precision = p;
	ev->qualifier = g_strdup(q);
	ev->text = text;
	ev->block_off = CHRONO_NO_BLOCK;
	ev->source = source;
	g_ptr_array_add(events, ev);
	return ev;
}

static void
event_free(gpointer p)
{
	struct event	*ev = p;

	if (ev == NULL)
		return;
	g_free(ev->qualifier);
	g_free(ev->text);
	if (ev->actors != NULL)
		g_ptr_array_free(ev->actors, TRUE);
	g_free(ev);
}

/* Events of one sentence, and warnings for its unresolved dates. */
static void
sentence_events(struct run *r, struct sentence *sent,
    const struct sentence *prev)
{
	struct date_expr *x;
	struct event	*ev;
	struct pos	 spos, pos;
	size_t		 soff;
	long		 w0, w1, j;
	guint		 k;
	char		*text;

	if (sent->exprs->len == 0)
		return;
	for (k = 0; k < sent->exprs->len; k++) {
		expr_words(sent, k, &w0, &w1);
		for (j = w0; j <= w1 && j < (long)sent->words->len; j++)
			if (W(sent, j)->expr < 0)
				W(sent, j)->expr = k;
	}
	if (r->src != NULL && sent->src_off != (size_t)-1) {
		soff = sent->src_off;
		spos = source_pos(r->src, soff);
	} else
		soff = locate(r, sent->s, &spos);
	for (k = 0; k < sent->exprs->len; k++) {
		x = X(sent, k);
		if (x->flags & DATE_UNRESOLVED) {
			if (x->flags & DATE_MEASURE)
				continue;
			locate(r, x->core, &pos);
			msg_at(r->doc->path, &pos, MSG_WARNING,
			    "relative date '%.*s' not resolved: no document "
			    "date", (int)(x->end - x->core), r->text + x->core);
			continue;
		}
		if (x->flags & DATE_OUT_OF_RANGE) {
			locate(r, x->core, &pos);
			msg_at(r->doc->path, &pos, MSG_WARNING,
			    "date '%.*s' falls outside years 1 to 9999, no "
			    "entry", (int)(x->end - x->core),
			    r->text + x->core);
			continue;
		}
		if (x->flags & DATE_MEASURE)
			text = measure_text(r, sent, k, prev);
		else
			text = clause_text(r, sent, k, prev);
		if (text == NULL)
			continue;
		ev = chrono_event_add(r->events, x->year, x->month, x->day,
		    x->precision, x->qualifier, text, EV_EXTRACTED);
		ev->off = soff;
		ev->pos = spos;
		ev->block_off = r->node->off;
	}
}

static void
sentence_clear(struct sentence *s)
{
	if (s->words != NULL)
		g_array_free(s->words, TRUE);
	if (s->exprs != NULL)
		g_array_free(s->exprs, TRUE);
	memset(s, 0, sizeof(*s));
}

/*
 * The sentences of the block text (len bytes) from the text layer: the
 * layer's text of a block is the same spans joined, a hard line break
 * '\n' where ours has ' ', so its text offsets less the block's start
 * are ours.  Without the block's analysis (ICU failed), one sentence.
 * Returns a new array of struct sentence, words and exprs unset.
 */
static GArray *
block_sentences(struct run *r, const struct doc_node *node, size_t len)
{
	GArray		*out;
	const struct text_block *b;
	const struct text_sentence *se;
	struct sentence	 cur;
	gpointer	 v;
	guint		 k;

	out = g_array_new(FALSE, FALSE, sizeof(struct sentence));
	memset(&cur, 0, sizeof(cur));
	v = g_hash_table_lookup(r->tblocks, node);
	b = v != NULL ? &g_array_index(r->ta->blocks, struct text_block,
	    GPOINTER_TO_UINT(v) - 1) : NULL;
	if (b == NULL || b->tend - b->tstart != len || b->nsentences == 0) {
		cur.e = len;
		cur.src_off = (size_t)-1;
		g_array_append_val(out, cur);
		return out;
	}
	for (k = 0; k < b->nsentences; k++) {
		se = &g_array_index(r->ta->sentences, struct text_sentence,
		    b->first_sentence + k);
		cur.s = se->tstart - b->tstart;
		cur.e = se->tend - b->tstart;
		cur.src_off = se->start;
		g_array_append_val(out, cur);
	}
	return out;
}

/* One block with spans, sentence by sentence: its names (names) or
 * its events. */
static void
block(struct run *r, const struct doc_node *node, int names)
{
	struct sentence	 cur, prev;
	GString		*text;
	GArray		*sents;
	guint		 i, k;

	r->span_at = g_array_new(FALSE, FALSE, sizeof(size_t));
	text = block_text(node, r->span_at);
	r->node = node;
	r->text = text->str;
	r->len = text->len;
	r->a_span = G_MAXUINT;
	r->t0 = r->s0 = 0;
	r->dctx.year = r->doc->meta.year;
	r->dctx.month = r->doc->meta.month;
	r->dctx.day = r->doc->meta.day;
	r->dctx.ctx_year = 0;
	memset(&prev, 0, sizeof(prev));
	sents = block_sentences(r, node, text->len);
	for (i = 0; i < sents->len; i++) {
		cur = g_array_index(sents, struct sentence, i);
		while (cur.s < cur.e && text->str[cur.s] == ' ')
			cur.s++;
		while (cur.e > cur.s && text->str[cur.e - 1] == ' ')
			cur.e--;
		if (cur.e == cur.s)
			continue;
		cur.words = g_array_new(FALSE, FALSE, sizeof(struct word));
		split_words(text->str, cur.s, cur.e, cur.words, !names);
		if (names)
			scan_names(r, text->str, cur.words, 0,
			    (long)cur.words->len - 1, -1, 1);
		else {
			cur.exprs = g_array_new(FALSE, FALSE,
			    sizeof(struct date_expr));
			extract_date_find(text->str + cur.s, cur.e - cur.s,
			    &r->dctx, cur.exprs);
			for (k = 0; k < cur.exprs->len; k++) {
				X(&cur, k)->start += cur.s;
				X(&cur, k)->core += cur.s;
				X(&cur, k)->end += cur.s;
			}
			sentence_events(r, &cur, prev.words != NULL ? &prev :
			    NULL);
		}
		sentence_clear(&prev);
		prev = cur;
	}
	sentence_clear(&prev);
	g_array_free(sents, TRUE);
	g_string_free(text, TRUE);
	g_array_free(r->span_at, TRUE);
	r->span_at = NULL;
	r->text = NULL;
}

static void
walk(struct run *r, const GPtrArray *blocks, int depth, int names)
{
	const struct doc_node *n;
	guint		 i;

	for (i = 0; i < blocks->len; i++) {
		n = g_ptr_array_index(blocks, i);
		if (n->type == DOC_CODE)
			continue;
		if (n->spans != NULL && n->spans->len > 0)
			block(r, n, names);
		if (n->children != NULL && depth < DOC_MAX_DEPTH)
			walk(r, n->children, depth + 1, names);
	}
}

/* People named as actors of kind "person" in the front matter. */
static void
actor_names(struct run *r)
{
	const struct doc_actor *a;
	char		**tok, *sn;
	guint		 i, k;

	for (i = 0; i < r->doc->meta.actors->len; i++) {
		a = g_ptr_array_index(r->doc->meta.actors, i);
		if (a->kind == NULL || strcmp(a->kind, "person") != 0 ||
		    a->name == NULL || *a->name == '\0')
			continue;
		tok = g_strsplit(a->name, " ", -1);
		sn = short_name(tok, (int)g_strv_length(tok));
		add_person(r, a->name, sn);
		for (k = 0; a->aliases != NULL && k < a->aliases->len; k++)
			add_person(r, g_ptr_array_index(a->aliases, k), sn);
		g_free(sn);
		g_strfreev(tok);
	}
}

/* --- front matter, merging, order ---------------------------------- */

/* Lower-case prefixes (5 bytes) of the content words of s. */
static GPtrArray *
content_words(const char *s)
{
	GPtrArray	*a = g_ptr_array_new_with_free_func(g_free);
	char		 buf[WORD_MAX];
	const char	*p = s, *q;

	while (*p != '\0') {
		while (*p != '\0' && !g_ascii_isalnum(*p) &&
		    !((unsigned char)*p >= 0x80))
			p++;
		for (q = p; *q != '\0' && (g_ascii_isalnum(*q) ||
		    (unsigned char)*q >= 0x80 || *q == '-'); q++)
			;
		if (q > p && bare(p, 0, q - p, 1, buf) && strlen(buf) >= 3 &&
		    !in_list(buf, edge_stop) && !in_list(buf, tail_stop)) {
			buf[5] = '\0';
			g_ptr_array_add(a, g_strdup(buf));
		}
		p = q;
	}
	return a;
}

/* Shared content words of a and b. */
static int
shared_words(const char *a, const char *b)
{
	GPtrArray	*x = content_words(a), *y = content_words(b);
	guint		 i, j;
	int		 n = 0;

	for (i = 0; i < x->len; i++)
		for (j = 0; j < y->len && j < 64; j++)
			if (strcmp(g_ptr_array_index(x, i),
			    g_ptr_array_index(y, j)) == 0) {
				n++;
				break;
			}
	g_ptr_array_free(x, TRUE);
	g_ptr_array_free(y, TRUE);
	return n;
}

static int
same_date(const struct event *a, const struct event *b)
{
	return a->year == b->year && a->month == b->month &&
	    a->day == b->day && a->precision == b->precision;
}

/* Events of `chronology:`; each replaces the extracted events of its
 * date that say the same (two content words in common). */
static void
frontmatter(struct run *r)
{
	const struct doc_str *str;
	struct date_expr e;
	struct event	*ev, *x;
	const char	*colon;
	char		*date, *text;
	guint		 i, k, n = r->events->len;
	int		 ok;

	for (i = 0; i < r->doc->meta.chronology->len; i++) {
		str = g_ptr_array_index(r->doc->meta.chronology, i);
		colon = strchr(str->s, ':');
		date = g_strndup(str->s, colon != NULL ? (size_t)(colon -
		    str->s) : strlen(str->s));
		text = g_strstrip(g_strdup(colon != NULL ? colon + 1 : ""));
		ok = extract_date_parse(date, &e);
		if (!ok && (e.flags & DATE_OUT_OF_RANGE))
			msg_at(r->doc->path, &str->pos, MSG_WARNING,
			    "chronology entry '%s': date falls outside years "
			    "1 to 9999, no entry", str->s);
		else if (!ok)
			msg_at(r->doc->path, &str->pos, MSG_ERROR,
			    "chronology entry '%s' has no valid date "
			    "(YYYY-MM-DD, YYYY-MM or YYYY before a colon)",
			    str->s);
		else if (*text == '\0')
			msg_at(r->doc->path, &str->pos, MSG_ERROR,
			    "chronology entry '%s' has no text after the date",
			    str->s);
		else {
			ev = chrono_event_add(r->events, e.year, e.month, e.day,
			    e.precision, e.qualifier, chrono_capitalise(text),
			    EV_FRONTMATTER);
			text = NULL;
			ev->pos = str->pos;
			for (k = 0; k < n; k++) {
				x = g_ptr_array_index(r->events, k);
				if (x->source != EV_EXTRACTED ||
				    !same_date(x, ev) ||
				    shared_words(x->text, ev->text) < 2)
					continue;
				if (ev->block_off == CHRONO_NO_BLOCK)
					ev->block_off = x->block_off;
				g_ptr_array_remove_index(r->events, k);
				k--;
				n--;
			}
		}
		g_free(text);
		g_free(date);
	}
}

/* Month a qualified year sorts at. */
static int
qualifier_month(const char *q)
{
	static const struct {
		const char	*q;
		int		 m;
	} t[] = {
		{ "early", 2 }, { "spring", 4 }, { "mid", 6 }, { "summer", 7 },
		{ "autumn", 10 }, { "fall", 10 }, { "late", 11 },
		{ "winter", 12 }
	};
	size_t	k;

	for (k = 0; q != NULL && k < G_N_ELEMENTS(t); k++)
		if (strcmp(q, t[k].q) == 0)
			return t[k].m;
	return 0;
}

/* Order: a year before its months, a month before its days; early,
 * mid, late and seasons within. */
static long
sort_key(const struct event *e)
{
	long	k = e->year * 10000L;
	int	q = qualifier_month(e->qualifier);

	switch (e->precision) {
	case EV_YEAR:
		return k + (q > 0 ? q * 100 - 50 : 0);
	case EV_MONTH:
		return k + e->month * 100 + (q == 2 ? 1 : q == 6 ? 15 :
		    q == 11 ? 28 : 0);
	default:
		return k + e->month * 100 + e->day;
	}
}

static gint
compare(gconstpointer pa, gconstpointer pb)
{
	const struct event *a = *(struct event *const *)pa;
	const struct event *b = *(struct event *const *)pb;
	long	ka = sort_key(a), kb = sort_key(b);

	if (ka != kb)
		return ka < kb ? -1 : 1;
	if ((a->source == EV_DOCUMENT) != (b->source == EV_DOCUMENT))
		return a->source == EV_DOCUMENT ? 1 : -1;
	if ((a->qualifier == NULL) != (b->qualifier == NULL))
		return a->qualifier == NULL ? -1 : 1;
	return a->qualifier != NULL ? strcmp(a->qualifier, b->qualifier) : 0;
}

static void
swap_event(struct event *a, struct event *b)
{
	struct event	t = *a;

	*a = *b;
	*b = t;
}

/* Fold b into a (same date, the same thing said twice): the more
 * specific text stays, the front matter's first. */
static void
fold(struct event *a, struct event *b)
{
	GPtrArray	*x, *y;
	size_t		 block;
	int		 bwins;

	block = a->block_off != CHRONO_NO_BLOCK ? a->block_off : b->block_off;
	if (b->source == EV_FRONTMATTER && a->source != EV_FRONTMATTER)
		swap_event(a, b);
	else if (strcmp(a->text, b->text) != 0) {
		x = content_words(a->text);
		y = content_words(b->text);
		bwins = b->source == a->source && y->len > x->len;
		g_ptr_array_free(x, TRUE);
		g_ptr_array_free(y, TRUE);
		if (bwins)
			swap_event(a, b);
	}
	if (a->block_off == CHRONO_NO_BLOCK)
		a->block_off = block;
}

/* The same event said twice: same text, or two content words shared. */
static int
same_event(const struct event *a, const struct event *b)
{
	return strcmp(a->text, b->text) == 0 ||
	    shared_words(a->text, b->text) >= 2;
}

/*
 * Sort, then fold an event into an earlier one of the same date and
 * qualifier that says the same (never the document's entry); two
 * events on one date stay two entries.  An event is compared with the
 * MERGE_MAX entries of its date before it at most.
 */
static void
merge(GPtrArray *ev)
{
	struct event	*a, *b;
	guint		 i, n, k;
	int		 folded;

	g_ptr_array_sort(ev, compare);		/* stable */
	for (i = 1, n = ev->len > 0; i < ev->len; i++) {
		b = g_ptr_array_index(ev, i);
		folded = 0;
		for (k = n; k > 0 && n - k < MERGE_MAX && !folded; k--) {
			a = g_ptr_array_index(ev, k - 1);
			if (a->source == EV_DOCUMENT ||
			    b->source == EV_DOCUMENT || !same_date(a, b) ||
			    compare(&a, &b) != 0)
				break;
			if (same_event(a, b)) {
				fold(a, b);
				event_free(b);
				folded = 1;
			}
		}
		if (!folded)
			g_ptr_array_index(ev, n++) = b;
	}
	g_ptr_array_set_free_func(ev, NULL);	/* the rest moved or freed */
	g_ptr_array_set_size(ev, n);
	g_ptr_array_set_free_func(ev, event_free);
}

/* Line of the front matter's `date:` key, for the document's entry. */
static struct pos
date_pos(const struct source *src, size_t *off)
{
	struct pos	 none = { 0, 0 };
	const char	*p, *end;

	*off = 0;
	if (src == NULL || !src->has_fm)
		return none;
	p = src->buf + src->fm_off;
	end = p + src->fm_len;
	while (p < end) {
		if (end - p >= 5 && strncmp(p, "date:", 5) == 0) {
			*off = p - src->buf;
			return source_pos(src, *off);
		}
		p = memchr(p, '\n', end - p);
		if (p == NULL)
			break;
		p++;
	}
	return none;
}

struct chronology *
chrono_run(const struct doc *doc, const struct source *src)
{
	struct chronology *c;
	struct text	*t;

	t = text_analyse(doc, src, NULL);
	c = chrono_build(doc, src, t);
	text_free(t);
	return c;
}

struct chronology *
chrono_build(const struct doc *doc, const struct source *src,
    const struct text *ta)
{
	struct chronology *c;
	struct run	 r;
	struct event	*ev;
	const struct doc_meta *m = &doc->meta;
	char		*text;
	guint		 k;

	c = g_new0(struct chronology, 1);
	c->off = m->chronology_off;
	c->events = g_ptr_array_new_with_free_func(event_free);
	memset(&r, 0, sizeof(r));
	r.doc = doc;
	r.src = src;
	r.events = c->events;
	r.persons = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	r.ta = ta;
	r.tblocks = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (k = 0; k < ta->blocks->len; k++)
		g_hash_table_insert(r.tblocks, (gpointer)g_array_index(
		    ta->blocks, struct text_block, k).node,
		    GUINT_TO_POINTER(k + 1));
	if (ta->clauses->len > 0)
		chrono_from_text(doc, src, ta, c->events);
	else {
		actor_names(&r);
		walk(&r, doc->blocks, 0, 1);
		walk(&r, doc->blocks, 0, 0);
	}
	g_hash_table_destroy(r.tblocks);
	frontmatter(&r);
	if (m->year > 0) {
		text = g_strdup_printf("This briefing: %s", m->title != NULL ?
		    m->title : doc->name);
		ev = chrono_event_add(c->events, m->year, m->month, m->day,
		    m->day > 0 ? EV_DAY : m->month > 0 ? EV_MONTH : EV_YEAR,
		    NULL, text, EV_DOCUMENT);
		ev->pos = date_pos(src, &ev->off);
	}
	merge(c->events);
	g_hash_table_destroy(r.persons);
	return c;
}

void
chrono_free(struct chronology *c)
{
	if (c == NULL)
		return;
	g_ptr_array_free(c->events, TRUE);
	g_free(c);
}

/* --- output ------------------------------------------------------- */


void
chrono_dump(const struct chronology *c, FILE *f)
{
	static const char *const prec[] = { "day", "month", "year" };
	static const char *const source[] = {
		"extracted", "frontmatter", "document"
	};
	const struct event *ev;
	char		*date;
	guint		 i, k;

	fputc('[', f);
	for (i = 0; i < c->events->len; i++) {
		ev = g_ptr_array_index(c->events, i);
		date = extract_date_string(ev->year, ev->month, ev->day,
		    ev->precision);
		fprintf(f, "%s\n  {\"date\": ", i > 0 ? "," : "");
		json_string(f, date);
		fprintf(f, ", \"precision\": \"%s\", \"qualifier\": ",
		    prec[ev->precision]);
		json_string(f, ev->qualifier);
		fputs(", \"text\": ", f);
		json_string(f, ev->text);
		if (ev->pos.line > 0)
			fprintf(f, ", \"line\": %d", ev->pos.line);
		else
			fputs(", \"line\": null", f);
		fprintf(f, ", \"source\": \"%s\", \"scheduled\": %s, "
		    "\"end\": ", source[ev->source], ev->scheduled ? "true" :
		    "false");
		g_free(date);
		date = ev->end_year > 0 ? extract_date_string(ev->end_year,
		    ev->end_month, ev->end_day, ev->end_precision) : NULL;
		json_string(f, date);
		fputs(", \"actors\": [", f);
		for (k = 0; ev->actors != NULL && k < ev->actors->len; k++) {
			fputs(k > 0 ? ", " : "", f);
			json_string(f, g_ptr_array_index(ev->actors, k));
		}
		fputs("]}", f);
		g_free(date);
	}
	fputs(c->events->len > 0 ? "\n]\n" : "]\n", f);
}

char *
chrono_date_label(const struct event *ev)
{
	const char	*q = ev->qualifier;
	char		*base, *s;

	if (ev->precision == EV_DAY && ev->month >= 1 && ev->month <= 12)
		base = g_strdup_printf("%d %s %d", ev->day,
		    month_short[ev->month - 1], ev->year);
	else if (ev->precision == EV_MONTH && ev->month >= 1 &&
	    ev->month <= 12)
		base = g_strdup_printf("%s %d", month_short[ev->month - 1],
		    ev->year);
	else
		base = g_strdup_printf("%d", ev->year);
	if (q == NULL)
		return base;
	if (strcmp(q, "approximate") == 0)
		s = g_strconcat("c. ", base, NULL);
	else if (strcmp(q, "mid") == 0)
		s = g_strconcat("mid-", base, NULL);
	else
		s = g_strconcat(q, " ", base, NULL);
	g_free(base);
	return s;
}
