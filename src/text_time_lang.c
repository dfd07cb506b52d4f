/* SPDX-License-Identifier: MIT */
/*
 * Temporal expressions of Spanish, French and German prose: each
 * sentence's tokens read once (folded, month and weekday names and
 * number words from ICU in the text's language), the tense of a date
 * (a verb next to it, its clause's, the language's cue words), and the
 * sentence's candidates for text_time.c.  The resolving against the
 * document date is in text_time_lang_resolve.c, the patterns in
 * text_time_lang_pat.c (dates), text_time_lang_rel.c (chains,
 * durations, ranges, today) and text_time_lang_kind.c (ages, decades,
 * generic times, figures by year).
 */
#include <string.h>

#include <glib.h>
#include <unicode/udat.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "text_time_lang_int.h"

/* A long sentence's tokens are read by windows of WINDOW tokens, with
 * MARGIN more each side (more than any pattern looks at). */
#define WINDOW		2048
#define MARGIN		64

/* How many words the cache of number words holds at most. */
#define COUNT_CACHE	4096

/* What ICU says of one language, built once and kept for the
 * process (reachable from the static table). */
struct ltab {
	int		 built, ok;
	char		 months[12][3][24];	/* long, short, standalone */
	char		 wdays[7][24];		/* Monday first */
	UNumberFormat	*spell;			/* spellout, parse only */
	GHashTable	*prefix;		/* first two letters of the
						 * number words 0..100 */
	GHashTable	*counts;		/* folded word -> value + 2
						 * (1: not a number) */
};

static const char *const locales[] = { "es", "fr", "de" };
static struct ltab	 tabs[3];
static GMutex		 tab_lock;

/* --- folding ------------------------------------------------------ */

/*
 * s[0..n) in lower case into out (size sz), accents removed if strip;
 * "" if it does not fit or ICU fails.  ASCII goes the short way; the
 * rest through ICU's case folding ("ß": "ss") and its canonical
 * decomposition, the combining marks dropped.
 */
static void
fold(const char *s, size_t n, int strip, char *out, size_t sz)
{
	UChar		 a[48], b[96], c[96];
	UErrorCode	 e = U_ZERO_ERROR;
	const UNormalizer2 *nfd;
	int32_t		 la, lb, lc, k, m;
	size_t		 i;

	out[0] = '\0';
	if (n == 0 || n >= sz)
		return;
	for (i = 0; i < n && !(s[i] & 0x80); i++)
		;
	if (i == n) {
		for (i = 0; i < n; i++)
			out[i] = g_ascii_tolower(s[i]);
		out[n] = '\0';
		return;
	}
	u_strFromUTF8(a, G_N_ELEMENTS(a), &la, s, (int32_t)n, &e);
	/* lower case keeps "ß" (ICU's spellout reads "dreißig"); the
	 * folded form compares "ss" */
	lb = strip ? u_strFoldCase(b, G_N_ELEMENTS(b), a, la,
	    U_FOLD_CASE_DEFAULT, &e) : u_strToLower(b, G_N_ELEMENTS(b), a,
	    la, "", &e);
	if (U_FAILURE(e))
		return;
	if (strip) {
		nfd = unorm2_getNFDInstance(&e);
		lc = U_SUCCESS(e) ? unorm2_normalize(nfd, b, lb, c,
		    G_N_ELEMENTS(c), &e) : 0;
		if (U_FAILURE(e))
			return;
		for (k = m = 0; k < lc; k++)
			if (u_charType(c[k]) != U_NON_SPACING_MARK)
				b[m++] = c[k];
		lb = m;
	}
	u_strToUTF8(out, (int32_t)sz, NULL, b, lb, &e);
	if (U_FAILURE(e) || e == U_STRING_NOT_TERMINATED_WARNING)
		out[0] = '\0';
}

/* ICU's symbol k of type ty, folded into out. */
static void
symbol(UDateFormat *df, UDateFormatSymbolType ty, int k, char *out,
    size_t sz)
{
	UChar		 u[48];
	char		 s[96];
	UErrorCode	 e = U_ZERO_ERROR;
	int32_t		 n;
	size_t		 l;

	out[0] = '\0';
	n = udat_getSymbols(df, ty, k, u, G_N_ELEMENTS(u), &e);
	if (U_FAILURE(e) || n <= 0 || n >= (int32_t)G_N_ELEMENTS(u))
		return;
	u_strToUTF8(s, sizeof(s), NULL, u, n, &e);
	if (U_FAILURE(e))
		return;
	l = strlen(s);
	if (l > 0 && s[l - 1] == '.')		/* "janv.", "Jan." */
		l--;
	fold(s, l, 1, out, sz);
}

/* The number words 0..100 as ICU spells them: their first two
 * letters let a word through to the (slower) parse. */
static void
spell_prefixes(struct ltab *tb)
{
	UChar		 u[96];
	char		 s[192], f[8];
	UErrorCode	 e;
	int32_t		 n;
	int		 k;

	tb->prefix = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	for (k = 0; k <= 100; k++) {
		e = U_ZERO_ERROR;
		n = unum_formatDouble(tb->spell, k, u, G_N_ELEMENTS(u), NULL,
		    &e);
		if (U_FAILURE(e) || n <= 0 || n >= (int32_t)G_N_ELEMENTS(u))
			continue;
		u_strToUTF8(s, sizeof(s), NULL, u, n, &e);
		if (U_FAILURE(e))
			continue;
		fold(s, MIN(strlen(s), (size_t)2), 1, f, sizeof(f));
		if (f[0] != '\0')
			g_hash_table_add(tb->prefix, g_strdup(f));
	}
}

/* The table of language l (0 es, 1 fr, 2 de), built once. */
static struct ltab *
table(int l)
{
	static const UDateFormatSymbolType ty[3] = {
		UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS
	};
	struct ltab	*tb = &tabs[l];
	UDateFormat	*df;
	UErrorCode	 e = U_ZERO_ERROR;
	int		 k, j;

	g_mutex_lock(&tab_lock);
	if (tb->built) {
		g_mutex_unlock(&tab_lock);
		return tb;
	}
	tb->built = 1;
	df = udat_open(UDAT_NONE, UDAT_LONG, locales[l], NULL, 0, NULL, 0,
	    &e);
	if (U_SUCCESS(e)) {
		for (k = 0; k < 12; k++)
			for (j = 0; j < 3; j++)
				symbol(df, ty[j], k, tb->months[k][j],
				    sizeof(tb->months[k][j]));
		/* UDAT_WEEKDAYS: 1 Sunday .. 7 Saturday */
		for (k = 1; k <= 7; k++)
			symbol(df, UDAT_WEEKDAYS, k, tb->wdays[(k + 5) % 7],
			    sizeof(tb->wdays[0]));
		udat_close(df);
		tb->ok = 1;
	}
	e = U_ZERO_ERROR;
	tb->spell = unum_open(UNUM_SPELLOUT, NULL, 0, locales[l], NULL, &e);
	if (U_FAILURE(e))
		tb->spell = NULL;
	else
		spell_prefixes(tb);
	tb->counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	g_mutex_unlock(&tab_lock);
	return tb;
}

/* --- the sentence's tokens ---------------------------------------- */

/* French elisions cut before a word: "l'", "d'", "qu'", "jusqu'". */
static const char *const elisions[] = {
	"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu",
	"puisqu", NULL
};

/* Token i of s read into w. */
static void
read_tok(const struct lsent *x, const struct ltab *tb, guint i,
    struct lw *w)
{
	const struct text_token *t = text_tok(x->s->t, i);
	const char	*s, *ap;
	size_t		 n, k;
	int		 m, j;

	memset(w, 0, sizeof(*w));
	w->num = -1;
	s = text_word(x->s->t, i, &n);
	w->tight = i + 1 < x->end && text_tok(x->s->t, i + 1)->tstart ==
	    t->tend;
	if (t->kind == TEXT_NUMBER || (n > 0 && g_ascii_isdigit(s[0]))) {
		for (k = 0, m = 0; k < n && k < 7 && g_ascii_isdigit(s[k]);
		    k++)
			m = m * 10 + (s[k] - '0');
		if (k == n && n <= 6) {
			w->num = m;
			w->nd = (int)n;
		}
	}
	if (t->kind != TEXT_WORD && t->kind != TEXT_NUMBER)
		return;
	w->cap = g_unichar_isupper(g_utf8_get_char_validated(s, (gssize)n));
	if (x->lang == TEXT_FR && ((ap = g_strstr_len(s, (gssize)n,
	    "\xe2\x80\x99")) != NULL || (ap = memchr(s, '\'', n)) != NULL) &&
	    ap > s && ap - s <= 6) {
		fold(s, (size_t)(ap - s), 1, w->f, sizeof(w->f));
		for (j = 0; elisions[j] != NULL; j++)
			if (strcmp(w->f, elisions[j]) == 0)
				break;
		if (elisions[j] != NULL) {
			k = (size_t)(ap - s) + (*ap == '\'' ? 1 : 3);
			w->elided = 1;
			w->cap = g_unichar_isupper(g_utf8_get_char_validated(
			    s + k, (gssize)(n - k)));
			s += k;
			n -= k;
		}
	}
	fold(s, n, 1, w->f, sizeof(w->f));
	fold(s, n, 0, w->low, sizeof(w->low));
	if (w->f[0] == '\0' || !tb->ok)
		return;
	for (m = 0; m < 12 && w->month == 0; m++)
		for (j = 0; j < 3; j++)
			if (tb->months[m][j][0] != '\0' &&
			    strcmp(w->f, tb->months[m][j]) == 0) {
				w->month = m + 1;
				w->abbr = strcmp(w->f, tb->months[m][0]) != 0;
				break;
			}
	for (m = 0; m < 7; m++)
		if (tb->wdays[m][0] != '\0' && strcmp(w->f, tb->wdays[m]) == 0)
			w->wday = m + 1;
	/* German writes a weekday and a part of the day as one word:
	 * "am Freitagabend", "Samstagmittag", "Montagmorgen" */
	for (m = 0; m < 7 && w->wday == 0 && x->lang == TEXT_DE; m++) {
		static const char *const parts[] = {
			"abend", "morgen", "mittag", "nachmittag", "vormittag",
			"nacht", "fruh", NULL
		};
		size_t	 l = strlen(tb->wdays[m]);

		if (l == 0 || strncmp(w->f, tb->wdays[m], l) != 0)
			continue;
		for (j = 0; parts[j] != NULL; j++)
			if (strcmp(w->f + l, parts[j]) == 0)
				w->wday = m + 1;
	}
}

const struct lw *
lw_at(const struct lsent *x, guint i)
{
	return i >= x->base && i < x->lim ? &x->w[i - x->base] : NULL;
}

int
lw_is(const struct lsent *x, guint i, const char *w)
{
	const struct lw *t = lw_at(x, i);

	return t != NULL && t->f[0] == w[0] && strcmp(t->f, w) == 0;
}

int
lw_in(const struct lsent *x, guint i, const char *const *l)
{
	const struct lw *t = lw_at(x, i);

	if (t == NULL || t->f[0] == '\0')
		return 0;
	for (; *l != NULL; l++)
		if (t->f[0] == (*l)[0] && strcmp(t->f, *l) == 0)
			return 1;
	return 0;
}

int
lw_low(const struct lsent *x, guint i, const char *w)
{
	const struct lw *t = lw_at(x, i);

	return t != NULL && strcmp(t->low, w) == 0;
}

int
lw_p(const struct lsent *x, guint i, const char *p)
{
	size_t	n;
	const char *s;

	if (i < x->first || i >= x->end || text_tok(x->s->t, i)->kind ==
	    TEXT_WORD || text_tok(x->s->t, i)->kind == TEXT_NUMBER)
		return 0;
	s = text_word(x->s->t, i, &n);
	return n == strlen(p) && memcmp(s, p, n) == 0;
}

int
lw_num(const struct lsent *x, guint i)
{
	const struct lw *t = lw_at(x, i);

	return t != NULL ? t->num : -1;
}

int
lw_year(const struct lsent *x, guint i)
{
	const struct lw *t = lw_at(x, i);

	if (t == NULL || t->nd != 4 || t->num < 1000 || t->num > 2199)
		return 0;
	/* "2 500", "2022,5", "2019%": part of another number */
	if (i > x->first && lw_at(x, i - 1)->num >= 0 &&
	    lw_at(x, i - 1)->tight)
		return 0;
	if (t->tight && (lw_p(x, i + 1, "%") || ((lw_p(x, i + 1, ",") ||
	    lw_p(x, i + 1, ".")) && lw_num(x, i + 2) >= 0 &&
	    lw_at(x, i + 1)->tight)))
		return 0;
	return t->num;
}

/* The value of number word w (folded) by ICU's spellout parse of its
 * lower-case form low; -1 if none. */
static int
spell_value(struct ltab *tb, const char *w, const char *low)
{
	UChar		 u[48];
	UErrorCode	 e = U_ZERO_ERROR;
	char		 p[8];
	int32_t		 n, pos = 0;
	double		 v;
	gpointer	 got;
	int		 r = -1;

	if (tb->spell == NULL || strlen(w) > 20)
		return -1;
	g_strlcpy(p, w, 3);
	if (!g_hash_table_contains(tb->prefix, p))
		return -1;
	g_mutex_lock(&tab_lock);
	got = g_hash_table_lookup(tb->counts, w);
	g_mutex_unlock(&tab_lock);
	if (got != NULL)
		return GPOINTER_TO_INT(got) - 2;
	u_strFromUTF8(u, G_N_ELEMENTS(u), &n, low, -1, &e);
	if (U_SUCCESS(e)) {
		v = unum_parseDouble(tb->spell, u, n, &pos, &e);
		/* the whole word, a whole number */
		if (U_SUCCESS(e) && pos == n && v >= 0 && v <= 1000 &&
		    v == (int)v)
			r = (int)v;
	}
	g_mutex_lock(&tab_lock);
	if (g_hash_table_size(tb->counts) < COUNT_CACHE)
		g_hash_table_insert(tb->counts, g_strdup(w),
		    GINT_TO_POINTER(r + 2));
	g_mutex_unlock(&tab_lock);
	return r;
}

int
lang_count_word(const struct lsent *x, const char *f, const char *low)
{
	return spell_value(table((int)x->lang - TEXT_ES), f, low);
}

/* The word f has an ordinal's ending: "zweiten", "deuxième". */
static int
ordinal_form(enum text_lang l, const char *f)
{
	static const char *const de[] = {
		"te", "ten", "ter", "tes", "tem", NULL
	};
	static const char *const fr[] = {
		"ieme", "iemes", "premier", "premiere", NULL
	};
	const char *const *e = l == TEXT_DE ? de : l == TEXT_FR ? fr : NULL;
	size_t	 n = strlen(f), m;

	for (; e != NULL && *e != NULL; e++)
		if (n > (m = strlen(*e)) && strcmp(f + n - m, *e) == 0)
			return 1;
	return 0;
}

/* The number word at i, cardinal (ord 0) or ordinal (ord 1). */
static int
number_word(const struct lsent *x, guint i, int ord)
{
	const struct lw *t = lw_at(x, i);
	int	 v;

	if (t == NULL || t->f[0] == '\0' || t->month || t->wday ||
	    t->num >= 0)
		return -1;
	/* the parse reads both "zwei" and "zweiten" */
	if (ordinal_form(x->lang, t->f) != ord)
		return -1;
	v = spell_value(table((int)x->lang - TEXT_ES), t->f, t->low);
	return v;
}

int
lw_count(const struct lsent *x, guint i)
{
	const struct lw *t = lw_at(x, i);

	if (t == NULL)
		return -1;
	if (t->num >= 0)
		return t->nd <= 3 ? t->num : -1;
	return number_word(x, i, 0);
}

int
lw_ordinal(const struct lsent *x, guint i)
{
	return number_word(x, i, 1);
}

/* --- tense -------------------------------------------------------- */

/* Words that tell a time to come, by language. */
static const char *const fut_es[] = {
	"proximo", "proxima", "previsto", "prevista", "previstos", "preve",
	"programado", "programada", "debera", "deberan", "va", "van", NULL
};
static const char *const fut_fr[] = {
	"prochain", "prochaine", "prevu", "prevue", "prevus", "prevues",
	"doit", "doivent", "devra", "devront", "va", "vont", NULL
};
static const char *const fut_de[] = {
	"wird", "werden", "soll", "sollen", "sollte", "sollten", "kommenden",
	"kommende", "naechsten", "geplant", "voraussichtlich", "nachsten",
	"durfte", "durften", NULL
};
/* Auxiliaries and copulas of a past. */
static const char *const past_es[] = {
	"habia", "habian", "hubo", "fue", "fueron", "era", "eran", NULL
};
static const char *const past_fr[] = {
	"avait", "avaient", "fut", "furent", "etait", "etaient", NULL
};
static const char *const past_de[] = {
	"hatte", "hatten", "war", "waren", "wurde", "wurden", NULL
};

/* s ends with suf. */
static int
ends(const char *s, const char *suf)
{
	size_t	n = strlen(s), m = strlen(suf);

	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* w is a form of "last", "next", "coming", "past": no verb. */
static int
modifier_word(const char *w)
{
	return strncmp(w, "letzt", 5) == 0 || strncmp(w, "nachst", 6) == 0 ||
	    strncmp(w, "vergangen", 9) == 0 || strncmp(w, "kommend", 7) == 0;
}

/* A German past participle or preterite: "angekündigt", "gestoppt",
 * "kündigte", "meldeten" (lower case: not a noun; not before a word
 * it would qualify). */
static int
german_past(const struct lsent *x, guint k, const struct lw *t)
{
	static const char *const sep[] = {
		"", "an", "auf", "aus", "ab", "ein", "vor", "zu", "mit", "fest",
		"bei", "zuruck", "nach", NULL
	};
	const struct lw *u = lw_at(x, k + 1);
	size_t	 n = strlen(t->f), p;
	int	 j;

	if (n < 6 || modifier_word(t->f))
		return 0;
	for (j = 0; sep[j] != NULL; j++) {
		p = strlen(sep[j]);
		if (strncmp(t->f, sep[j], p) == 0 && strncmp(t->f + p, "ge",
		    2) == 0 && n > p + 4 && (ends(t->f, "t") ||
		    ends(t->f, "en")))
			return 1;
	}
	return (ends(t->f, "te") || ends(t->f, "ten")) && (u == NULL ||
	    u->f[0] == '\0' || !u->cap) && !ends(t->f, "ste") &&
	    !ends(t->f, "sten") && !ends(t->f, "itte") &&
	    !ends(t->f, "itten");
}

/* French conditionals of irregular stems. */
static const char *const cond_fr[] = {
	"serait", "seraient", "aurait", "auraient", "pourrait", "pourraient",
	"devrait", "devraient", "ferait", "feraient", "irait", "iraient",
	"viendrait", "viendraient", "faudrait", "voudrait", "voudraient",
	"tiendrait", "tiendraient", "prendrait", "prendraient", NULL
};

/* The cue of token k: 1 future, -1 past, 2 a future told in the past,
 * 0 none. */
static int
cue(const struct lsent *x, guint k)
{
	const struct lw *t = lw_at(x, k);

	if (t == NULL || t->cap || t->f[0] == '\0')
		return 0;
	switch (x->lang) {
	case TEXT_ES:
		if (lw_in(x, k, fut_es))
			return 1;
		/* "será", "recibirá", "tendrán": the future's accent */
		if (strlen(t->f) > 3 && (ends(t->low, "r\xc3\xa1") ||
		    ends(t->low, "r\xc3\xa1n")))
			return 1;
		/* "firmó", "rechazaron", "anunciaba", "firmado" */
		if (lw_in(x, k, past_es) || (strlen(t->f) > 4 &&
		    (ends(t->low, "\xc3\xb3") || ends(t->f, "aron") ||
		    ends(t->f, "ieron") || ends(t->f, "aba") ||
		    ends(t->f, "aban") || ends(t->f, "ado") ||
		    ends(t->f, "ido"))))
			return -1;
		return 0;
	case TEXT_FR:
		if (lw_in(x, k, fut_fr))
			return 1;
		/* the conditional, a future told in the past ("a indiqué
		 * que la cargaison quitterait le port le 15 avril"): the
		 * nearer of the last and the next such day; "-erait" with
		 * no accent ("espérait" is an imperfect) */
		if (lw_in(x, k, cond_fr) || (strlen(t->f) > 6 &&
		    (ends(t->low, "erait") || ends(t->low, "eraient")) &&
		    !ends(t->low, "\xc3\xa9rait") &&
		    !ends(t->low, "\xc3\xa9raient")))
			return 2;
		/* "sera", "prêtera", "pleuvra", "recevront" */
		if (strlen(t->f) > 4 && (ends(t->f, "ra") ||
		    ends(t->f, "ront")) && !ends(t->f, "camera") &&
		    !ends(t->f, "opera") && !ends(t->f, "extra"))
			return 1;
		/* "avait", "annonçaient", "signé", "arrivés" */
		if (lw_in(x, k, past_fr) || (strlen(t->f) > 4 &&
		    (ends(t->f, "ait") || ends(t->f, "aient") ||
		    ends(t->low, "\xc3\xa9") || ends(t->low, "\xc3\xa9s") ||
		    ends(t->low, "\xc3\xa9" "e") ||
		    ends(t->low, "\xc3\xa9" "es"))))
			return -1;
		return 0;
	default:
		if (lw_in(x, k, fut_de))
			return 1;
		if (lw_in(x, k, past_de) || german_past(x, k, t))
			return -1;
		return 0;
	}
}

/* The cue of the words next to tokens [a, b): within three tokens
 * and no punctuation, the nearest first; 0 if none. */
static int
near_cue(const struct lsent *x, guint a, guint b)
{
	guint	d;
	int	r, back = 1, fwd = 1;

	for (d = 0; d < 3; d++) {
		if (back && a > x->first + d) {
			if (text_tok(x->s->t, a - 1 - d)->kind == TEXT_PUNCT)
				back = 0;
			else if ((r = cue(x, a - 1 - d)) != 0)
				return r;
		}
		if (fwd && b + d < x->end) {
			if (text_tok(x->s->t, b + d)->kind == TEXT_PUNCT)
				fwd = 0;
			else if ((r = cue(x, b + d)) != 0)
				return r;
		}
	}
	return 0;
}

/* The cue of the words around tokens [a, b): the nearest before them
 * (12 tokens), then after them (10), within the part of the sentence
 * between semicolons. */
static int
far_cue(const struct lsent *x, guint a, guint b)
{
	guint	k;
	int	r;

	for (k = a; k > x->first && k + 12 > a; k--) {
		if (lw_p(x, k - 1, ";"))
			break;
		if ((r = cue(x, k - 1)) != 0)
			return r;
	}
	for (k = b; k < x->end && k < b + 10; k++) {
		if (lw_p(x, k, ";"))
			break;
		if ((r = cue(x, k)) != 0)
			return r;
	}
	return 0;
}

/*
 * The clause's tense (time_clause_tense), but a verb next to the date
 * tells it first ("kündigte am Mittwoch an", "prêtera serment lundi"),
 * and a clause merely in the present is not told to come by it (its
 * rules know the English verbs of state and speech only): the cue
 * words around decide, else German keeps the present's future
 * ("treffen Ende März ein"), Spanish and French the unknown.
 */
int
lang_tense(const struct lsent *x, guint a, guint b)
{
	const struct text_clause *cl;
	size_t	 s, e, base = x->s->se->tstart;
	int	 r, n, c;

	if ((n = near_cue(x, a, b)) != 0)
		return n;
	s = text_tok(x->s->t, a)->tstart - base;
	e = text_tok(x->s->t, b - 1)->tend - base;
	r = time_clause_tense(x->s, s, e);
	if (r == 1 && (c = time_find_clause(x->s, a, b)) >= 0) {
		cl = text_clause(x->s->t, (guint)c);
		if (cl->tense == TT_PRESENT && cl->modality == TMOD_NONE) {
			if ((n = far_cue(x, a, b)) != 0)
				return n;
			/* German's present is its future; a Spanish or
			 * French present with a date ("Le contrat expire le
			 * 31 octobre") is the nearer such day */
			return x->lang == TEXT_DE ? 1 : 2;
		}
	}
	return r != 0 ? r : far_cue(x, a, b);
}

/* --- the sentence ------------------------------------------------- */

/* The candidate at token i appended to all: the token after it, or
 * i + 1. */
static guint
one(struct lsent *x, guint i, GArray *all)
{
	struct cand	 c, d;
	guint		 j, k;

	j = lang_other(x, i, &c);
	k = lang_date(x, i, &d);
	if (k > i && k >= j) {
		j = k;
		c = d;
		c.a = i;
		c.b = j;
		c.tflags |= lang_date_kind(x, &c);
		ld_block_year(x, &c);
	} else if (j > i && c.kind == C_RANGE) {
		c.a = i;
		c.b = j;
		c.tflags |= lang_date_kind(x, &c);
	}
	if (j <= i)
		return i + 1;
	c.a = i;
	c.b = j;
	if ((c.kind == C_DATE || c.kind == C_RANGE) && c.e.year > 0)
		x->points++;
	if (c.kind == C_DATE && (c.e.flags & DATE_EXPLICIT_YEAR))
		x->year_here = 1;
	g_array_append_val(all, c);
	return j;
}

void
time_lang_candidates(struct sent *s, struct state *st, GArray *all)
{
	struct lsent	 x;
	struct ltab	*tb;
	guint		 i, k, w1;

	if (s->t->lang != TEXT_ES && s->t->lang != TEXT_FR &&
	    s->t->lang != TEXT_DE)
		return;
	tb = table((int)s->t->lang - TEXT_ES);
	x.s = s;
	x.st = st;
	x.lang = s->t->lang;
	x.first = s->first;
	x.end = s->end;
	x.points = 0;
	x.year_here = 0;
	x.w = g_new(struct lw, MIN(s->end - s->first, WINDOW) + 2 * MARGIN +
	    1);
	/* the tokens are read by windows, with a margin each side wider
	 * than any pattern looks: a long sentence costs no more memory */
	for (i = s->first; i < s->end; ) {
		w1 = MIN(s->end, i + WINDOW);
		x.base = i > s->first + MARGIN ? i - MARGIN : s->first;
		x.lim = MIN(s->end, w1 + MARGIN);
		for (k = x.base; k < x.lim; k++)
			read_tok(&x, tb, k, &x.w[k - x.base]);
		while (i < w1)
			i = one(&x, i, all);
	}
	g_free(x.w);
}
