/* SPDX-License-Identifier: MIT */
/*
 * Clauses of Spanish, French and German prose, without a dictionary:
 * the finite verbs are the auxiliaries' and modals' listed forms and
 * the open words whose ending and place make them verbs (after a
 * subject pronoun, a clitic, "qui"; a past or future ending after a
 * noun); each verb's clause takes its marker, its subject (the phrase
 * before it, or after a verb of saying put after what it reports), its
 * object, and the tense, modality, negation and voice of its group.
 * French and Spanish verb groups are found in text_clause_lang_group.c,
 * their clauses built in text_clause_lang_rom.c; German sentences go by
 * their verb-second and verb-final stretches (text_clause_lang_de.c).
 * This file: the words' helpers, the words ICU knows (months, weekdays,
 * numbers), German noun phrases, the mood of conditions and reported
 * futures, spans and objects, subjects' actors and the emission.
 * Precision over coverage: a doubtful word makes no verb.  Every scan
 * is bounded by LWIN tokens.
 */
#include <string.h>

#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "text_clause_lang_int.h"


void
tl_keyat(const struct lsent *s, guint i, char *k)
{
	const char	*w;
	size_t		 n;
	int		 pre;

	w = text_word(s->t, s->s0 + i, &n);
	if (!tl_key(s->lang, w, n, k, &pre))
		*k = '\0';
}

/* Token i is w, its elided prefix dropped ("d'avoir": "avoir"). */
int
tl_key_is(const struct lsent *s, guint i, const char *w)
{
	char		 k[LKEY_MAX];

	if (i >= s->n)
		return 0;
	tl_keyat(s, i, k);
	return strcmp(k, w) == 0;
}

struct lcl *
tl_new(struct lsent *s, guint v)
{
	struct lcl	 l;

	memset(&l, 0, sizeof(l));
	l.c.parent = -1;
	l.c.mark = -1;
	l.c.subject = -1;
	l.c.head = (int)v;
	l.c.verb_first = v;
	l.c.verb_n = 1;
	l.c.kind = TC_MAIN;
	l.lead = (int)v;
	l.stop = s->n;
	g_array_append_val(s->cl, l);
	return lcl_at(s, (int)s->cl->len - 1);
}

int
tl_glued(const struct lsent *s, guint i)
{
	return s->tg[i].cls == LC_PUNCT && i > 0 && i + 1 < s->n &&
	    lw_is(s, i, "-") && text_tok(s->t, s->s0 + i)->start ==
	    text_tok(s->t, s->s0 + i - 1)->end && text_tok(s->t, s->s0 + i +
	    1)->start == text_tok(s->t, s->s0 + i)->end;
}

/* Token i may stand in a noun phrase. */
static int
np_word(const struct lsent *s, guint i)
{
	unsigned	 c = s->tg[i].cls;

	if (s->tg[i].vg >= 0)
		return 0;
	/* "l'état-major": a hyphen between words */
	if (c == LC_PUNCT && i > 0 && i + 1 < s->n &&
	    text_tok(s->t, s->s0 + i)->start == text_tok(s->t, s->s0 + i -
	    1)->end && text_tok(s->t, s->s0 + i + 1)->start ==
	    text_tok(s->t, s->s0 + i)->end)
		return 1;
	return c == LC_OPEN || c == LC_NAME || c == LC_DET || c == LC_NUM ||
	    (c == LC_PREP && (lw_is(s, i, "de") || lw_is(s, i, "d'") ||
	    lw_is(s, i, "del") || lw_is(s, i, "du") || lw_is(s, i, "des") ||
	    lw_is(s, i, "von")));
}

static guint np_back1(const struct lsent *, int, guint *);

/* As np_back1, past an apposition of age or measure before the comma
 * ("Santos, de 65 años, que", "Keïta, 76 ans, qui"). */
guint
tl_np_back(const struct lsent *s, int b, guint *n)
{
	guint		 f;

	f = np_back1(s, b, n);
	if (*n > 0 && f >= 2 && (s->tg[f].cls == LC_NUM ||
	    s->tg[f - 1].cls == LC_PREP) && f + *n <= (guint)b + 1 &&
	    (s->tg[f - 1].cls == LC_COMMA || (s->tg[f - 1].cls == LC_PREP &&
	    s->tg[f - 2].cls == LC_COMMA)))
		f = np_back1(s, (int)(s->tg[f - 1].cls == LC_COMMA ? f - 1 :
		    f - 2), n);
	return f;
}

static guint
np_back1(const struct lsent *s, int b, guint *n)
{
	int		 k, lo = b - 10;
	guint		 f;

	*n = 0;
	if (b >= 0 && s->tg[b].cls == LC_COMMA)
		b--;
	for (k = b; k >= 0 && k > lo && np_word(s, (guint)k); k--)
		;
	f = (guint)(k + 1);
	/* "à la presse le ministre": a phrase starts at an article
	 * right after a noun */
	for (k = (int)f + 1; k <= b; k++)
		if ((s->tg[k].cls == LC_DET || s->tg[k].pre == LP_DET) &&
		    (s->tg[k - 1].cls == LC_OPEN || s->tg[k - 1].cls ==
		    LC_NAME) && s->tg[k - 1].pre != LP_DE &&
		    !lw_is(s, (guint)k, "du") && !lw_is(s, (guint)k, "des") &&
		    !lw_is(s, (guint)k, "au") && !lw_is(s, (guint)k, "aux") &&
		    !lw_is(s, (guint)k, "del") && !lw_is(s, (guint)k, "al"))
			f = (guint)k;
	/* not from a preposition's "de": "la fin de l'accord" stays */
	while ((int)f <= b && s->tg[f].cls == LC_PREP)
		f++;
	if ((int)f > b)
		return 0;
	*n = (guint)(b + 1) - f;
	return f;
}

guint
tl_np_fwd(const struct lsent *s, guint a, guint stop)
{
	guint		 k, name = 0;

	if (a >= stop)
		return 0;
	if (s->tg[a].cls == LC_PRON)
		return 1;
	for (k = a; k < stop && k < a + 8 && np_word(s, k); k++) {
		if (s->tg[k].cls == LC_NAME)
			name = 1;
		/* "le ministre de la Défense": on through "de" */
		if (s->tg[k].cls == LC_PREP && !name && k > a + 3)
			break;
	}
	while (k > a && s->tg[k - 1].cls == LC_PREP)
		k--;
	return k - a;
}

/* Token i's key ends with e. */
int
tl_ends_word(const struct lsent *s, guint i, const char *e)
{
	char		 k[LKEY_MAX];

	tl_keyat(s, i, k);
	return tl_ends(k, e);
}

/* --- words ICU knows ------------------------------------------------------ */

/* ICU's symbol k of type ty, in lower case, into set. */
static void
add_symbol(GHashTable *set, UDateFormat *df, UDateFormatSymbolType ty,
    int k)
{
	UChar		 u[48];
	char		 b[96];
	UErrorCode	 e = U_ZERO_ERROR;
	int32_t		 n;

	n = udat_getSymbols(df, ty, k, u, G_N_ELEMENTS(u), &e);
	if (U_FAILURE(e) || n <= 0 || n >= (int32_t)G_N_ELEMENTS(u))
		return;
	u_strToUTF8(b, sizeof(b), NULL, u, n, &e);
	if (U_FAILURE(e) || e == U_STRING_NOT_TERMINATED_WARNING)
		return;
	/* 1: a name of the calendar, never a verb */
	g_hash_table_insert(set, g_utf8_strdown(b, -1), GINT_TO_POINTER(1));
}

/* Into set as 3: the words ICU spells numbers with ("huit", "veinte", "zwei",
 * "millions"), from two to a hundred and the round ones after; those
 * the grammar lists ("un", "et", "y") stay listed. */
void
tl_icu_numbers(GHashTable *set, const char *loc)
{
	static const int32_t round[] = {
		200, 1000, 2000, 1000000, 2000000, 1000000000, 2000000000
	};
	UNumberFormat	*nf;
	UErrorCode	 e = U_ZERO_ERROR;
	UChar		 u[128];
	char		 b[256];
	gchar		**v, *low;
	int32_t		 n, x, i;

	nf = unum_open(UNUM_SPELLOUT, NULL, 0, loc, NULL, &e);
	if (U_FAILURE(e))
		return;
	for (i = 0; i < 99 + (int32_t)G_N_ELEMENTS(round); i++) {
		x = i < 99 ? i + 2 : round[i - 99];
		e = U_ZERO_ERROR;
		n = unum_format(nf, x, u, G_N_ELEMENTS(u), NULL, &e);
		if (U_FAILURE(e) || n <= 0 || n >= (int32_t)G_N_ELEMENTS(u))
			continue;
		u_strToUTF8(b, sizeof(b), NULL, u, n, &e);
		if (U_FAILURE(e) || e == U_STRING_NOT_TERMINATED_WARNING)
			continue;
		low = g_utf8_strdown(b, -1);
		/* the soft hyphen ICU puts in long words: a cut */
		v = g_strsplit(low, "\xc2\xad", -1);
		g_free(low);
		low = g_strjoinv(" ", v);
		g_strfreev(v);
		v = g_strsplit_set(low, " -", -1);
		for (n = 0; v[n] != NULL; n++)
			if (strlen(v[n]) > 1 && !g_hash_table_contains(set,
			    v[n]))
				g_hash_table_insert(set, g_strdup(v[n]),
				    GINT_TO_POINTER(3));
		g_strfreev(v);
		g_free(low);
	}
	unum_close(nf);
}

/* Into set as 1: ICU's names of the months and weekdays in loc. */
void
tl_icu_calendar(GHashTable *set, const char *loc)
{
	UDateFormat	*df;
	UErrorCode	 e = U_ZERO_ERROR;
	int		 k;

	df = udat_open(UDAT_NONE, UDAT_LONG, loc, NULL, 0, NULL, 0, &e);
	if (U_FAILURE(e))
		return;
	for (k = 0; k < 12; k++)
		add_symbol(set, df, UDAT_MONTHS, k);
	for (k = 1; k <= 7; k++)
		add_symbol(set, df, UDAT_WEEKDAYS, k);
	udat_close(df);
}

/* --- German noun phrases ------------------------------------------------- */

/* "Staats- und Regierungschefs": at h a hyphen closing a word, then
 * "und", "oder" and a noun. */
static int
truncated(const struct lsent *s, guint h)
{
	return h > 0 && h + 2 < s->n && lw_is(s, h, "-") &&
	    text_tok(s->t, s->s0 + h)->start == text_tok(s->t, s->s0 + h -
	    1)->end && (lw_is(s, h + 1, "und") || lw_is(s, h + 1, "oder")) &&
	    s->tg[h + 2].cls == LC_NAME;
}

/* A noun phrase at a: a pronoun, or articles, adjectives and nouns up
 * to the noun (and a genitive after it); depth 1: no coordination. */
guint
tl_de_np1(const struct lsent *s, guint a, guint b, int depth)
{
	guint		 k, n, m;

	if (a >= b)
		return 0;
	if (s->tg[a].cls == LC_PRON)
		return 1;
	for (k = a; k < b && k < a + 8; k++) {
		if (s->tg[k].cls == LC_NAME) {
			/* "Leopard-Panzer" whole; not into a time after
			 * it ("die Panzer Ende März") */
			while (k + 1 < b && k < a + LWIN &&
			    ((s->tg[k + 1].cls == LC_NAME &&
			    !(s->tg[k + 1].f & LF_TIME)) || (k + 2 < b &&
			    tl_glued(s, k + 1)) || (k + 3 < b &&
			    truncated(s, k + 1)) || (k + 2 < b &&
			    s->tg[k + 1].cls == LC_COMMA &&
			    tl_listed_comma(s, k + 1))))
				k += s->tg[k + 1].cls == LC_NAME ||
				    s->tg[k + 1].cls == LC_COMMA ? 1 :
				    tl_glued(s, k + 1) ? 2 : 3;
			/* "Nord Stream 2," closing the stretch */
			if (k + 2 == b && s->tg[k + 1].cls == LC_NUM)
				k++;
			n = k + 1 - a;
			/* "Scholz und Biden": a subject of two */
			if (k + 2 < b && s->tg[k + 1].cls == LC_CONJ &&
			    (lw_is(s, k + 1, "und") ||
			    lw_is(s, k + 1, "oder")) && (s->tg[k + 2].cls ==
			    LC_NAME || s->tg[k + 2].cls == LC_DET) &&
			    !(s->tg[k + 2].f & LF_TIME) && depth == 0 &&
			    (m = tl_de_np1(s, k + 2, b, 1)) > 0)
				return n + 1 + m;
			/* "der Präsident der Ukraine", "nach Angaben der
			 * dänischen Behörde" */
			if (k + 2 < b && s->tg[k + 1].cls == LC_DET &&
			    !(s->tg[k].f & LF_CAL) &&
			    (lw_is(s, k + 1, "der") ||
			    lw_is(s, k + 1, "des"))) {
				for (m = k + 2; m < b && m < k + 5 &&
				    s->tg[m].cls == LC_OPEN &&
				    !(s->tg[m].f & LF_CAP); m++)
					;
				if (m < b && s->tg[m].cls == LC_NAME)
					for (k = m; k + 1 < b &&
					    s->tg[k + 1].cls == LC_NAME &&
					    !(s->tg[k + 1].f & LF_TIME) &&
					    k < m + 3; k++)
						;
			}
			return k + 1 - a;
		}
		if (s->tg[k].cls != LC_DET && s->tg[k].cls != LC_NUM &&
		    !(s->tg[k].cls == LC_OPEN && !(s->tg[k].f & LF_CAP)))
			return 0;
	}
	return 0;
}

guint
tl_de_np(const struct lsent *s, guint a, guint b)
{
	return tl_de_np1(s, a, b, 0);
}

/* "soll im Donbass eine umfassende Waffenruhe gelten": past adverbs
 * and a preposition's phrase or two after the verb, a phrase whose
 * article may be a subject's; its start, or b. */
guint
tl_midfield(const struct lsent *s, guint k, guint b)
{
	static const char *const nom[] = {
		"der", "die", "das", "ein", "eine", "kein", "keine", NULL
	};
	char		 key[LKEY_MAX];
	guint		 n, pp = 0, k0 = k;

	while (k < b && k < k0 + 12) {
		if (s->tg[k].cls == LC_ADV || s->tg[k].cls == LC_NEG ||
		    (s->tg[k].cls == LC_NAME && (s->tg[k].f & LF_TIME)))
			k++;
		else if (s->tg[k].cls == LC_PREP && pp < 2 &&
		    (n = tl_de_np1(s, k + 1, b, 1)) > 0) {
			k += 1 + n;
			pp++;
		} else
			break;
	}
	if (k == k0 || k >= b)
		return b;
	tl_keyat(s, k, key);
	if (s->tg[k].cls == LC_DET ? !tl_listed(nom, key) :
	    s->tg[k].cls != LC_NAME || (s->tg[k].f & LF_TIME))
		return b;
	return k;
}

/* The comma at c lists names: "Deutschlands, Frankreichs, Russlands
 * und der Ukraine" (not an apposition: "Der Botschafter, X, nannte"). */
int
tl_listed_comma(const struct lsent *s, guint c)
{
	guint		 j = c + 1, n, items;

	if (c == 0 || s->tg[c - 1].cls != LC_NAME)
		return 0;
	for (items = 0; items < 4 && j < s->n; items++) {
		if (s->tg[j].cls == LC_DET)
			j++;
		for (n = 0; j < s->n && n < 4 && s->tg[j].cls == LC_NAME;
		    n++, j++)
			;
		if (n == 0 || j >= s->n)
			return 0;
		if (lw_is(s, j, "und") || lw_is(s, j, "oder") ||
		    lw_is(s, j, "sowie"))
			return 1;
		if (s->tg[j].cls != LC_COMMA)
			return 0;
		j++;
	}
	return 0;
}

/* --- all three languages -------------------------------------------------- */

/*
 * Conditions and the future seen from the past: each clause under "si",
 * "wenn" is conditional; a conditional reported by a past verb of
 * saying, with no condition in the sentence, is a thing then to come
 * ("a annoncé que les troupes partiraient").
 */
static void
moods(struct lsent *s)
{
	struct lcl	*l, *p;
	guint		 i, d;
	int		 k;

	for (i = 0; i < s->cl->len; i++) {
		l = lcl_at(s, (int)i);
		for (k = (int)i, d = 0; k >= 0 && d < 6; d++) {
			p = lcl_at(s, k);
			if (p->c.kind == TC_SUBORD && p->c.mark >= 0 &&
			    s->tg[p->c.mark].sub == 1) {
				l->c.modality = TMOD_CONDITIONAL;
				break;
			}
			if (p->c.kind == TC_MAIN)
				break;
			k = p->c.parent;
		}
		if (l->c.modality != TMOD_CONDITIONAL || s->cond ||
		    l->c.kind != TC_REPORTED || l->c.tense != TT_FUTURE ||
		    l->c.parent < 0)
			continue;
		p = lcl_at(s, l->c.parent);
		if ((s->tg[p->c.head].f & LF_SAY) && p->c.tense == TT_PAST &&
		    p->c.modality == TMOD_NONE && !p->c.negated)
			l->c.modality = TMOD_SCHEDULED;
	}
}

static int
inside(const struct lsent *s, int d, int c)
{
	int		 k;

	if (lcl_at(s, d)->coord && lcl_at(s, d)->c.parent == c)
		return 0;
	for (k = 0; k < 12 && d >= 0; k++) {
		d = lcl_at(s, d)->c.parent;
		if (d == c)
			return 1;
	}
	return 0;
}

static gint
by_start(gconstpointer a, gconstpointer b, gpointer arg)
{
	const struct lsent *s = arg;
	int		 x = *(const int *)a, y = *(const int *)b;
	guint		 sx = lcl_at(s, x)->c.first_token;
	guint		 sy = lcl_at(s, y)->c.first_token;

	if (sx != sy)
		return sx < sy ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Clause j can be the one a subordinate clause before it hangs on: a
 * main clause, or what a speaker's aside reports ("Si ..., advierten
 * los sindicatos, la huelga seguirá"), not the aside. */
static int
next_main(const struct lsent *s, int j)
{
	const struct lcl *l = lcl_at(s, j);

	if (l->incise)
		return 0;
	if (l->c.kind == TC_MAIN && l->c.parent < 0)
		return 1;
	return l->c.kind == TC_REPORTED && l->c.parent >= 0 &&
	    lcl_at(s, l->c.parent)->incise;
}

/* Parents to come, first tokens, spans and objects, in text order. */
static void
spans(struct lsent *s, int *ord)
{
	struct lcl	*l, *p;
	guint		 q, r, k = s->cl->len, end, j, f;
	guint		 i;

	for (i = 0; i < k; i++) {
		l = lcl_at(s, (int)i);
		if (l->c.parent == LP_NEXTMAIN) {
			l->c.parent = -1;
			for (j = i + 1; j < k && j < i + LWIN; j++)
				if (next_main(s, (int)j)) {
					l->c.parent = (int)j;
					break;
				}
		}
		f = (guint)l->lead;
		if (l->c.mark >= 0 && (guint)l->c.mark < f)
			f = (guint)l->c.mark;
		else if (l->c.subj_n > 0 && l->c.subj_first < f &&
		    l->c.kind != TC_NONFINITE)
			f = l->c.subj_first;
		l->c.first_token = f;
		l->end0 = l->c.verb_first + l->c.verb_n;
		if (l->c.head >= 0 && (guint)l->c.head + 1 > l->end0)
			l->end0 = (guint)l->c.head + 1;
		if (l->c.subj_n > 0 && l->c.subj_first >= l->end0 &&
		    l->c.kind != TC_NONFINITE)
			l->end0 = l->c.subj_first + l->c.subj_n;
	}
	for (i = 0; i < k; i++)
		ord[i] = (int)i;
	g_qsort_with_data(ord, (gint)k, sizeof(int), by_start, s);
	lcl_at(s, ord[0])->c.first_token = 0;
	for (q = 0; q < k; q++) {
		l = lcl_at(s, ord[q]);
		end = MIN(s->n, l->stop);
		for (r = q + 1; r < k && r < q + LWIN; r++)
			if (!inside(s, ord[r], ord[q])) {
				end = MIN(end,
				    lcl_at(s, ord[r])->c.first_token);
				break;
			}
		p = l->c.parent >= 0 ? lcl_at(s, l->c.parent) : NULL;
		if (p != NULL && !l->coord && (guint)p->lead >
		    l->c.first_token) {
			/* an aside before its parent's verb ends at
			 * that verb, or at a comma after its own */
			end = MIN(end, (guint)p->lead);
			for (j = l->end0; j < end && j < l->end0 + LWIN; j++)
				if (s->tg[j].cls == LC_COMMA) {
					end = j;
					break;
				}
		}
		if (p != NULL && !l->coord && p->c.ntokens > 0 &&
		    p->c.first_token <= l->c.first_token &&
		    p->c.first_token + p->c.ntokens > l->c.first_token)
			end = MIN(end, p->c.first_token + p->c.ntokens);
		end = MAX(end, l->end0);
		end = MIN(end, s->n);
		l->c.ntokens = end > l->c.first_token ? end -
		    l->c.first_token : 1;
		/* German objects, a Spanish object put first: found */
		if (l->c.obj_n > 0)
			continue;
		/* the object: after the verb (and an inverted subject)
		 * to the first comma or the next clause */
		f = l->c.verb_first + l->c.verb_n;
		if (l->c.head >= 0 && (guint)l->c.head >= f)
			f = (guint)l->c.head + 1;
		if (l->c.subj_n > 0 && l->c.subj_first >= f &&
		    l->c.kind != TC_NONFINITE)
			f = l->c.subj_first + l->c.subj_n;
		if (s->lang == TEXT_DE)
			continue;
		for (j = f; j < end && j < f + LWIN; j++) {
			if (s->tg[j].cls == LC_COMMA || s->tg[j].cls ==
			    LC_END || s->tg[j].vg >= 0 ||
			    s->tg[j].cls == LC_REL || s->tg[j].cls == LC_QUE ||
			    s->tg[j].pre == LP_QUE)
				break;
			if (r < k && r < q + LWIN && j >= lcl_at(s,
			    ord[r])->c.first_token)
				break;
		}
		/* not "la paz y", "de paz con el" */
		while (j > f && (s->tg[j - 1].cls == LC_CONJ ||
		    (s->tg[j - 1].cls == LC_QUOTE && j - 1 == f) ||
		    s->tg[j - 1].cls == LC_DET || s->tg[j - 1].cls == LC_PREP))
			j--;
		while (f < j && s->tg[f].cls == LC_QUOTE)
			f++;
		if (j > f) {
			l->c.obj_first = f;
			l->c.obj_n = j - f;
		}
	}
}

/* The actor of the subject tokens [f, f + n) (absolute), or -1: its
 * first mention not after "de", "of", "von", else its first. */
static int
actor_of(const struct text *t, guint f, guint n)
{
	const struct text_mention *m;
	guint		 lo = 0, hi = t->mentions->len, mid, k;
	int		 any = -1;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (text_mention(t, mid)->first_token + text_mention(t,
		    mid)->ntokens <= f)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < t->mentions->len && k < lo + LWIN; k++) {
		m = text_mention(t, k);
		if (m->first_token >= f + n)
			break;
		if (m->actor < 0)
			continue;
		if (any < 0)
			any = m->actor;
		if (!(m->flags & TM_POSS) && !(m->first_token > f &&
		    (text_is(t, m->first_token - 1, "de") ||
		    text_is(t, m->first_token - 1, "del") ||
		    text_is(t, m->first_token - 1, "du") ||
		    text_is(t, m->first_token - 1, "des") ||
		    text_is(t, m->first_token - 1, "von"))))
			return m->actor;
	}
	return any;
}

int
tl_mentioned(const struct lsent *s, guint i)
{
	return actor_of(s->t, s->s0 + i, 1) >= 0;
}

/* An actor mentioned in tokens [a, b) of the sentence other than
 * actor x (the mentions from s->mi on, in text order). */
/*
 * French "ne ... que" restricts, it does not deny: "les relations
 * n'avaient été rétablies qu'en mai 1988" happened.  A negated clause
 * whose "que" (or "qu'") comes after its verb before any "pas",
 * "jamais", "plus", "rien" is not negated.
 */
static void
restrictive(struct lsent *s)
{
	static const char *const deny[] = {
		"pas", "jamais", "plus", "rien", "personne", "aucun",
		"aucune", "gu\xC3\xA8re", "point", "ni", "nullement", NULL
	};
	struct lcl	*l;
	const char	*w;
	size_t		 n;
	guint		 i, k, end;

	for (k = 0; k < s->cl->len; k++) {
		l = lcl_at(s, (int)k);
		if (!l->c.negated || l->c.verb_n == 0)
			continue;
		end = l->c.verb_first + l->c.verb_n + 30;
		for (i = l->c.verb_first; i < end && i < s->n; i++) {
			if (text_in(s->t, s->s0 + i, deny) ||
			    text_tok(s->t, s->s0 + i)->kind == TEXT_PUNCT)
				break;
			w = text_word(s->t, s->s0 + i, &n);
			if ((n == 3 && g_ascii_strncasecmp(w, "que", 3) == 0) ||
			    (n > 3 && g_ascii_strncasecmp(w, "qu'", 3) == 0) ||
			    (n > 5 && g_ascii_strncasecmp(w, "qu\xE2\x80\x99",
			    5) == 0)) {
				l->c.negated = 0;
				break;
			}
		}
	}
}

static int
other_person(struct lsent *s, guint a, guint b, int x)
{
	const struct text_mention *m;
	guint		 k;

	for (k = s->mi; k < s->t->mentions->len && k < s->mi + LWIN; k++) {
		m = text_mention(s->t, k);
		if (m->first_token >= s->s0 + b)
			break;
		if (m->first_token < s->s0 + a || m->actor < 0 ||
		    m->actor == x)
			continue;
		/* "la France ... dont elle": a state, a body too */
		return 1;
	}
	return 0;
}

/*
 * "il", "elle", "él", "ella", "er" as a clause's whole subject: the
 * person who was the last sentence's main subject, when no other
 * actor is named in that sentence or in this one before the pronoun;
 * otherwise no actor.  The person this sentence's main clause names
 * is the next one's.
 */
static void
pronouns(struct lsent *s, guint sno)
{
	static const char *const pro[] = {
		"il", "elle", "él", "ella", "er",
		"\xC3\x89l",		/* "Él": the key lowers ASCII only */
		NULL
	};
	struct lcl	*l;
	guint		 k;
	char		 key[LKEY_MAX];
	int		 next = -1, other;

	while (s->mi < s->t->mentions->len && text_mention(s->t,
	    s->mi)->first_token < s->s0)
		s->mi++;
	for (k = 0; k < s->cl->len; k++) {
		l = lcl_at(s, (int)k);
		if (l->c.subj_n != 1 || l->c.subject >= 0)
			continue;
		tl_keyat(s, l->c.subj_first, key);
		if (!tl_listed(pro, key) || s->person < 0 ||
		    other_person(s, 0, l->c.subj_first, s->person))
			continue;
		l->c.subject = s->person;
	}
	for (k = 0; k < s->cl->len; k++) {
		l = lcl_at(s, (int)k);
		if (l->c.kind == TC_MAIN && l->c.parent < 0) {
			if (l->c.subject >= 0 && text_actor(s->t,
			    l->c.subject)->kind == TA_PERSON)
				next = l->c.subject;
			break;
		}
	}
	other = other_person(s, 0, s->n, next >= 0 ? next : s->person);
	s->person = other ? (next >= 0 && !other_person(s, 0, s->n, next) ?
	    next : -1) : next >= 0 ? next : s->person;
	(void)sno;
}

/* Append the sentence's clauses to t->clauses in text order. */
static void
emit(struct lsent *s, struct text_sentence *se, guint sno)
{
	struct text_clause c;
	const struct text_token *a, *z;
	struct lcl	*l;
	int		*ord, *rank;
	guint		 k = s->cl->len, q, d, base = s->t->clauses->len;

	ord = g_new(int, k);
	rank = g_new(int, k);
	spans(s, ord);
	for (q = 0; q < k; q++)
		rank[ord[q]] = (int)q;
	for (q = 0; q < k; q++) {
		l = lcl_at(s, (int)q);
		if (l->c.subj_n > 0)
			l->c.subject = actor_of(s->t, s->s0 + l->c.subj_first,
			    l->c.subj_n);
	}
	pronouns(s, sno);
	for (q = 0; q < k; q++) {
		l = lcl_at(s, (int)q);
		for (d = 0; l->c.subj_n == 0 && l->c.parent >= 0 && d < 8; d++)
			l = lcl_at(s, l->c.parent);
		lcl_at(s, (int)q)->c.subject = l->c.subject;
	}
	for (q = 0; q < k; q++) {
		c = lcl_at(s, ord[q])->c;
		if (c.subj_first >= s->n || c.subj_n > s->n - c.subj_first)
			c.subj_n = 0;
		if (c.obj_first >= s->n || c.obj_n > s->n - c.obj_first)
			c.obj_n = 0;
		if (c.verb_first >= s->n || c.verb_n > s->n - c.verb_first)
			c.verb_n = 0;
		if (c.subj_n == 0)
			c.subj_first = 0;
		if (c.obj_n == 0)
			c.obj_first = 0;
		if (c.verb_n == 0)
			c.verb_first = 0;
		c.sentence = sno;
		c.parent = c.parent >= 0 && (guint)c.parent < k ?
		    (int)base + rank[c.parent] : -1;
		c.first_token += s->s0;
		c.verb_first += s->s0;
		if (c.head >= 0)
			c.head += (int)s->s0;
		if (c.mark >= 0)
			c.mark += (int)s->s0;
		c.subj_first += s->s0;
		c.obj_first += s->s0;
		c.ante_first = 0;
		c.ante_n = 0;
		a = text_tok(s->t, c.first_token);
		z = text_tok(s->t, c.first_token + c.ntokens - 1);
		c.start = a->start;
		c.tstart = a->tstart;
		c.end = z->end;
		c.tend = z->tend;
		g_array_append_val(s->t->clauses, c);
	}
	se->nclauses = k;
	g_free(ord);
	g_free(rank);
}

/* "le ton", "le son", "du son": a French possessive after an article
 * or "de" is a noun. */
static void
nouns(struct lsent *s)
{
	guint		 j;

	if (s->lang != TEXT_FR)
		return;
	for (j = 1; j < s->n; j++)
		if (s->tg[j].cls == LC_DET && (lw_is(s, j, "ton") ||
		    lw_is(s, j, "son")) && (s->tg[j - 1].cls == LC_DET ||
		    lw_is(s, j - 1, "de")))
			s->tg[j].cls = LC_OPEN;
}

/* A sentence without a verb: one clause over it, no tense. */
static void
fragment(struct lsent *s)
{
	struct lcl	*l = tl_new(s, 0);

	l->c.head = -1;
	l->c.verb_n = 0;
	l->c.verb_first = 0;
	l->c.tense = TT_NONE;
	l->lead = 0;
}

void
text_clauses_lang(struct text *t)
{
	struct text_sentence *se;
	struct lsent	 s;
	guint		 i, j, cap = 0;

	memset(&s, 0, sizeof(s));
	s.t = t;
	s.lang = t->lang;
	s.person = -1;
	s.cl = g_array_new(FALSE, FALSE, sizeof(struct lcl));
	for (i = 0; i < t->sentences->len; i++) {
		se = &g_array_index(t->sentences, struct text_sentence, i);
		se->first_clause = t->clauses->len;
		se->nclauses = 0;
		if (se->ntokens == 0)
			continue;
		if (se->ntokens > cap) {
			cap = se->ntokens;
			g_free(s.tg);
			s.tg = g_new(struct ltag, cap);
		}
		s.s0 = se->first_token;
		s.n = se->ntokens;
		s.cond = 0;
		g_array_set_size(s.cl, 0);
		for (j = 0; j < s.n; j++)
			tl_tag(t, t->lang, s.s0 + j, j == 0 || (j > 0 &&
			    s.tg[j - 1].cls == LC_QUOTE && j == 1), &s.tg[j]);
		nouns(&s);
		s.cleft = -1;
		if (t->lang == TEXT_DE)
			tl_german(&s);
		else {
			tl_romance_groups(&s);
			tl_romance_clauses(&s);
		}
		if (s.cl->len == 0)
			fragment(&s);
		moods(&s);
		if (t->lang == TEXT_FR)
			restrictive(&s);
		emit(&s, se, i);
	}
	g_free(s.tg);
	g_array_free(s.cl, TRUE);
}
