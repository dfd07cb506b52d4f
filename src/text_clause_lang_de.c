/* SPDX-License-Identifier: MIT */
/*
 * Clauses of German prose: a sentence cut at its commas into stretches;
 * a stretch opened by a subordinator, "dass" or a relative pronoun has
 * its finite verb last ("weil Russland die Leitung zerstört habe"), any
 * other its finite verb second, and its participle or infinitive at
 * its end ("hat am Mittwoch die Lieferung angekündigt").  Nouns bear
 * capitals, so a lower-case word after a noun in second place that is
 * not listed is a verb.
 */
#include <string.h>

#include "text_clause_lang_int.h"

static int	 adverbial(const struct lsent *, guint, guint);

/* Tokens of a right bracket at most ("unterzeichnet worden sein"). */
#define BRACKET_MAX	4

static int
verbish(const struct lsent *s, guint i)
{
	const struct ltag *g = &s->tg[i];

	return (g->cls == LC_OPEN && !(g->f & LF_CAP) && (g->f & (LF_PART |
	    LF_INF | LF_ZU))) || (g->cls == LC_AUX && (g->f & LF_INFAUX)) ||
	    lw_is(s, i, "sein") || lw_is(s, i, "worden");
}

/* The finite form at i: a listed auxiliary (not "sein", "worden"). */
static int
fin_aux(const struct lsent *s, guint i)
{
	return s->tg[i].cls == LC_AUX && s->tg[i].vg < 0;
}

/* A lower-case open word that can be a finite verb. */
static int
fin_open(const struct lsent *s, guint i)
{
	const struct ltag *g = &s->tg[i];

	return (g->cls == LC_VERB || (g->cls == LC_OPEN && (g->f & LF_FIN) &&
	    !(g->f & LF_ZU))) && !(g->f & LF_CAP) && g->vg < 0;
}

/* An adjective before its noun, not a verb in second place: an
 * ordinal or superlative ("letzten Jahres", "ersten"), or a present
 * form's ending before a noun ("vergangenen Freitag"). */
static int
adjective(const struct lsent *s, guint k)
{
	static const char *const stems[] = {
		"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt",
		"acht", "neunt", "zehnt", "letzt", "nächst", "meist", "best",
		"höchst", "größt", "jüngst", "neuest", "vergangen", "kommend",
		"folgend", "vorig", NULL
	};
	static const char *const ends[] = {
		"e", "en", "er", "es", "em", NULL
	};
	const char *const *p, *const *e;
	char		 key[LKEY_MAX];
	size_t		 n;

	tl_keyat(s, k, key);
	for (p = stems; *p != NULL; p++) {
		n = strlen(*p);
		if (strncmp(key, *p, n) == 0)
			for (e = ends; *e != NULL; e++)
				if (strcmp(key + n, *e) == 0)
					return 1;
	}
	/* before a noun, with a finite auxiliary to come in the stretch
	 * ("Der 62 Jahre alte Niedersachse hatte"), not "Kiew und der
	 * Westen werfen Moskau ... vor" */
	if (k + 1 >= s->n || s->tg[k + 1].cls != LC_NAME || (k > 0 &&
	    s->tg[k - 1].cls == LC_PRON))
		return 0;
	for (e = ends; *e != NULL; e++)
		if (tl_ends(key, *e))
			break;
	if (*e == NULL)
		return 0;
	for (n = k + 2; n < s->n && n < k + 16; n++) {
		if (s->tg[n].cls == LC_COMMA || s->tg[n].cls == LC_END)
			return 0;
		if (s->tg[n].cls == LC_AUX)
			return 1;
	}
	return 0;
}

/* The start of the right bracket of [a, b) after v: its first token,
 * or b when none. */
static guint
bracket(const struct lsent *s, guint v, guint b)
{
	guint		 k = b;

	while (k > v + 1 && b - k < BRACKET_MAX && (verbish(s, k - 1) ||
	    ((s->tg[k - 1].f & LF_PARTICLE) && k == b)))
		k--;
	return k;
}

/* Tense, modality and voice from the finite verb at v and the right
 * bracket [r, b). */
static void
de_tense(struct lsent *s, struct lcl *l, guint v, guint r, guint b)
{
	const struct ltag *g = &s->tg[v];
	int		 part = 0, inf = 0, worden = 0, perf = 0, happen = 0;
	int		 perfh = 0;
	int		 sched = 0, ten = g->cls == LC_AUX ? g->ten : g->et;
	int		 tense, mod = TMOD_NONE, pass = 0;
	guint		 k;

	for (k = r; k < b; k++) {
		if (k == v)
			continue;
		if (lw_is(s, k, "worden"))
			worden = 1;
		else if (lw_is(s, k, "haben") || lw_is(s, k, "sein")) {
			perf = part;
			perfh = part && (lw_is(s, k, "haben") || worden);
		}
		else if ((s->tg[k].f & LF_PART) && !inf)
			part = 1;
		else if (s->tg[k].f & (LF_INF | LF_INFAUX))
			inf = 1;
		if (s->tg[k].f & LF_HAPPEN)
			happen = 1;
		if (s->tg[k].f & LF_SCHED)
			sched = 1;
		if (lw_is(s, k, "werden") && part)
			pass = 1;
	}
	tense = ten == LT_PAST ? TT_PAST : TT_PRESENT;
	if (g->cls != LC_AUX) {
		if (ten == LT_NONE)
			tense = TT_PRESENT;
		if (g->f & LF_SCHED)
			mod = TMOD_SCHEDULED;
		else if (g->f & LF_WISH)
			mod = TMOD_WANT;
	} else
		switch (g->lem) {
		case LM_HAVE:
		case LM_BE:
			if (part || worden) {
				tense = TT_PAST;
				pass = worden;
			}
			if (sched && g->lem == LM_BE && !worden) {
				tense = TT_PRESENT;
				mod = TMOD_SCHEDULED;
			}
			/* "hätte ... angerichtet" with no condition:
			 * Konjunktiv II for reported speech */
			if (ten == LT_COND && (part || worden) && s->cond)
				mod = TMOD_CONDITIONAL;
			else if (ten == LT_COND && !(part || worden))
				mod = TMOD_CONDITIONAL, tense = TT_PRESENT;
			break;
		case LM_WERDEN:
			if (part && !inf) {
				pass = 1;
				tense = ten == LT_PAST ? TT_PAST : TT_PRESENT;
			} else if (inf || part) {
				tense = ten == LT_PAST ? TT_PAST : TT_FUTURE;
				pass = part && inf;
			}
			if (ten == LT_COND) {
				mod = TMOD_CONDITIONAL;
				tense = TT_FUTURE;
			}
			if (perf)
				tense = TT_PAST;
			break;
		case LM_CAN:
			if (ten != LT_PAST)
				mod = TMOD_POSSIBLE;
			/* "dürfte ... zur Sprache kommen": expected */
			if (lw_is(s, v, "dürfte") || lw_is(s, v, "dürften")) {
				mod = TMOD_SCHEDULED;
				tense = TT_FUTURE;
			}
			pass = part && inf;
			break;
		case LM_MUST:
			mod = TMOD_OBLIGATION;
			pass = part && inf;
			break;
		case LM_SHALL:
			/* "soll ... stattfinden", "soll unterzeichnet
			 * werden": planned; "soll ... gesprengt haben":
			 * said to have */
			mod = perfh ? TMOD_POSSIBLE : happen || part ?
			    TMOD_SCHEDULED : TMOD_OBLIGATION;
			pass = part && inf;
			break;
		case LM_WANT:
			mod = TMOD_WANT;
			break;
		}
	l->c.tense = tense;
	l->c.modality = mod;
	l->c.passive = pass;
}

/* Negation in [a, b): "nicht" (not "nicht nur"), "nie", "kein...". */
static int
de_neg(const struct lsent *s, guint a, guint b)
{
	char		 key[LKEY_MAX];
	guint		 k;

	for (k = a; k < b && k < a + LWIN; k++) {
		if (s->tg[k].cls == LC_NEG && !lw_is(s, k + 1, "nur"))
			return 1;
		/* "kein", not "aus keinem der Lecks" */
		if (s->tg[k].cls == LC_DET && !(k > 0 &&
		    s->tg[k - 1].cls == LC_PREP)) {
			tl_keyat(s, k, key);
			if (strncmp(key, "kein", 4) == 0)
				return 1;
		}
	}
	return 0;
}

static void
mark_group(struct lsent *s, guint a, guint b)
{
	guint		 k;

	for (k = a; k < b; k++)
		s->tg[k].vg = (int)s->cl->len - 1;
}

/* A verb-final stretch [a, b) opened by the marker at m. */
static void
de_final(struct lsent *s, guint m, guint a, guint b, int kind)
{
	struct lcl	*l;
	guint		 v, r, k, n, f, am;
	int		 fin = -1;

	while (b > a && (s->tg[b - 1].cls == LC_END ||
	    s->tg[b - 1].cls == LC_QUOTE || s->tg[b - 1].cls == LC_PUNCT))
		b--;
	if (b <= a + 1)
		return;
	v = b - 1;
	if (fin_aux(s, v)) {
		fin = (int)v;
		r = v;
		while (r > a && v - r < BRACKET_MAX && verbish(s, r - 1))
			r--;
	} else if (fin_open(s, v) && !(s->tg[v].f & LF_PARTICLE)) {
		fin = (int)v;
		r = v;
	} else
		return;
	l = tl_new(s, r);
	l->c.verb_n = b - r;
	l->c.kind = kind;
	l->c.mark = (int)m;
	l->lead = (int)r;
	l->stop = b;
	mark_group(s, r, b);
	l->c.head = (int)r;
	for (k = r; k < b; k++)
		if (s->tg[k].cls != LC_AUX) {
			l->c.head = (int)k;
			break;
		}
	de_tense(s, l, (guint)fin, r, b);
	l->c.negated = de_neg(s, a, b);
	/* the subject: the relative pronoun's antecedent, or the first
	 * noun phrase after the marker */
	if (kind == TC_RELATIVE && s->tg[m].cls == LC_DET &&
	    !lw_is(s, m, "den") && !lw_is(s, m, "dem") &&
	    !(a < r && s->tg[a].cls == LC_PRON)) {
		/* "Poroschenko, 49, der": past the age */
		am = m;
		if (am > 3 && s->tg[am - 1].cls == LC_COMMA &&
		    s->tg[am - 2].cls == LC_NUM &&
		    s->tg[am - 3].cls == LC_COMMA)
			am -= 2;
		if (am > 0 && s->tg[am - 1].cls == LC_COMMA) {
			/* "kritisierte den Minister, der": not into
			 * the verb before it */
			for (k = am - 1; k > 0 && am - k < 8 &&
			    s->tg[k - 1].vg < 0 && (tl_glued(s, k - 1) ||
			    s->tg[k - 1].cls == LC_NAME ||
			    s->tg[k - 1].cls == LC_DET ||
			    (s->tg[k - 1].cls == LC_OPEN && !(s->tg[k - 1].f &
			    LF_CAP))); k--)
				;
			/* not "weihten die Baltic Pipe ein": no
			 * phrase ends on an article or a particle */
			n = am - 1;
			while (n > k && s->tg[n - 1].cls == LC_DET)
				n--;
			/* "weihten Polen die Leitung ein, die": an
			 * article after a noun starts the phrase, but
			 * a genitive's */
			for (f = k + 1; f < n; f++)
				if (s->tg[f].cls == LC_DET && !lw_is(s, f,
				    "der") && !lw_is(s, f, "des") &&
				    (s->tg[f - 1].cls == LC_NAME ||
				    s->tg[f - 1].cls == LC_OPEN))
					k = f;
			if (k < n) {
				l->c.subj_first = k;
				l->c.subj_n = n - k;
			}
		}
	} else {
		/* "Wie belastbar die Einigung ist": from the article */
		if (a + 1 < r && s->tg[a].cls == LC_OPEN &&
		    s->tg[a + 1].cls == LC_DET)
			a++;
		if ((n = tl_de_np(s, a, r)) > 0) {
			l->c.subj_first = a;
			l->c.subj_n = n;
		}
	}
	f = l->c.subj_n > 0 && l->c.subj_first >= a ? l->c.subj_first +
	    l->c.subj_n : a;
	if (f < r) {
		l->c.obj_first = f;
		l->c.obj_n = r - f;
	}
}

/*
 * The first place [a, v) before the finite verb at v is an object, not
 * the subject: its article is an accusative's ("Den Vertrag
 * unterzeichnete der Kanzler"), or a singular's before a plural verb
 * ("Das Dokument unterzeichneten die Minister").  The subject is then
 * the phrase after the verb (past "nicht", adverbs) whose article may
 * be a nominative's: its start, or r when none.
 */
static guint
object_first(const struct lsent *s, guint a, guint v, guint r)
{
	static const char *const acc[] = {
		"den", "einen", "keinen", NULL
	};
	static const char *const sg[] = {
		"das", "ein", "eine", "der", "dieses", "dieser", "jedes",
		"jeder", "jede", NULL
	};
	static const char *const nom[] = {
		"der", "die", "das", "ein", "eine", NULL
	};
	char		 key[LKEY_MAX];
	guint		 k;
	int		 plural;

	if (s->tg[a].cls != LC_DET || v - a > 8)
		return r;
	for (k = a; k < v; k++)
		if (s->tg[k].cls == LC_CONJ || s->tg[k].cls == LC_COMMA)
			return r;
	tl_keyat(s, v, key);
	plural = tl_ends(key, "en") || strcmp(key, "sind") == 0;
	tl_keyat(s, a, key);
	if (!tl_listed(acc, key) && !(plural && tl_listed(sg, key)))
		return r;
	for (k = v + 1; k < r && k < v + 4 && (s->tg[k].cls == LC_NEG ||
	    s->tg[k].cls == LC_ADV || s->tg[k].cls == LC_CLITIC); k++)
		;
	/* "unterzeichnete am Montag der Kanzler" */
	if (k < r && s->tg[k].cls == LC_PREP)
		k = tl_midfield(s, k, r);
	if (k >= r || tl_de_np(s, k, r) == 0)
		return r;
	tl_keyat(s, k, key);
	/* a plural verb's subject: "die" or a name */
	if (s->tg[k].cls == LC_DET ? !tl_listed(nom, key) || (plural &&
	    strcmp(key, "die") != 0) : s->tg[k].cls != LC_NAME ||
	    (s->tg[k].f & LF_TIME))
		return r;
	return k;
}

/* "1,4 Millionen EU-Bürger lebten": a first place opening on a number
 * names what is counted, no time. */
static int
counted(const struct lsent *s, guint a, guint v)
{
	guint		 k;
	int		 name = 0;

	for (k = a; k < v && k < a + 6; k++) {
		if (s->tg[k].f & LF_TIME)
			return 0;
		if (s->tg[k].cls == LC_NAME)
			name = 1;
	}
	return name && k == v;
}

/* "Begonnen hatten die Gespräche", "Verletzt wurden drei Menschen":
 * the sentence opens on a participle's shape (ge-, be-, ver-, er-,
 * ent-, zer- and -en, -t). */
static int
fronted_part(const struct lsent *s)
{
	static const char *const nouns[] = {
		"ungen", "ionen", "heiten", "keiten", "schaften", "innen",
		NULL
	};
	static const char *const nom[] = {
		"der", "die", "das", "ein", "eine", NULL
	};
	static const char *const pre[] = {
		"ge", "be", "ver", "er", "ent", "zer", NULL
	};
	char		 k[LKEY_MAX];
	const char *const *p;
	guint		 j;

	tl_keyat(s, 0, k);
	if (strlen(k) < 6 || (!tl_ends(k, "en") && !tl_ends(k, "t")))
		return 0;
	for (p = nouns; *p != NULL; p++)
		if (tl_ends(k, *p))
			return 0;
	for (p = pre; *p != NULL; p++)
		if (strncmp(k, *p, strlen(*p)) == 0)
			break;
	if (*p == NULL && !tl_de_part(k))
		return 0;
	/* the subject after the verb: a nominative's article, a name */
	for (j = 2; j < s->n && j < 4 && s->tg[j].cls == LC_CLITIC; j++)
		;
	if (j >= s->n)
		return 0;
	tl_keyat(s, j, k);
	return s->tg[j].cls == LC_NAME || s->tg[j].cls == LC_NUM ||
	    (s->tg[j].cls == LC_DET && tl_listed(nom, k));
}

/* A verb-second stretch [a, b); conj: after "und", the verb may come
 * first and share the subject. */
static void
de_second(struct lsent *s, guint a, guint b, int conj, int vfirst)
{
	struct lcl	*l;
	guint		 k, v, r, n, e = b, o;
	int		 found = 0;

	while (e > a && (s->tg[e - 1].cls == LC_END ||
	    s->tg[e - 1].cls == LC_QUOTE || s->tg[e - 1].cls == LC_PUNCT))
		e--;
	if (e <= a)
		return;
	for (k = a; k < e && k < a + 25; k++) {
		if (k == a && !conj && !vfirst)
			continue;
		if (fin_aux(s, k)) {
			found = 1;
			break;
		}
		if (fin_open(s, k) && (!adjective(s, k) || (k == a &&
		    vfirst == 2)) && ((k == a &&
		    (s->tg[k].f & LF_SAY || vfirst == 2 ||
		    s->tg[k].et == LT_PAST || conj || s->np0n > 0)) ||
		    s->tg[k - 1].cls == LC_NAME || lw_is(s, k - 1, ")") ||
		    s->tg[k - 1].cls == LC_PRON || s->tg[k - 1].cls ==
		    LC_NUM || (k == a + 1 && (s->tg[a].cls == LC_ADV ||
		    s->tg[a].cls == LC_CLITIC)) ||
		    /* "Wenige Stunden später verkündete" */
		    (k > a + 1 && s->tg[k - 1].cls == LC_ADV &&
		    (s->tg[k - 2].cls == LC_NAME || s->tg[k - 2].cls ==
		    LC_NUM) && (s->tg[k].et == LT_PAST ||
		    (s->tg[k].f & LF_SAY))))) {
			found = 1;
			break;
		}
		/* a preposition's phrase or a noun phrase in first
		 * place: on to the verb */
		/* "nach mehr als 16 Stunden": "als" compares */
		if ((s->tg[k].cls == LC_COMMA && !tl_listed_comma(s, k)) ||
		    (s->tg[k].cls == LC_SUB &&
		    !(lw_is(s, k, "als") && ((k + 1 < e &&
		    s->tg[k + 1].cls == LC_NUM) || (k > a &&
		    (lw_is(s, k - 1, "mehr") ||
		    lw_is(s, k - 1, "weniger")))))) ||
		    s->tg[k].cls == LC_QUE)
			return;
	}
	if (!found)
		return;
	v = k;
	/* "Beweismittel seien sichergestellt worden und würden": a
	 * second verb after "und" */
	for (k = v + 1; k + 1 < e && k < v + LWIN; k++)
		if (s->tg[k].cls == LC_CONJ && fin_aux(s, k + 1)) {
			e = k;
			break;
		}
	r = bracket(s, v, e);
	l = tl_new(s, v);
	l->lead = (int)a;
	l->stop = e;
	s->tg[v].vg = (int)s->cl->len - 1;
	l->c.head = (int)v;
	if (r < e) {
		l->c.head = (int)r;
		for (k = r; k < e; k++)
			if (!(s->tg[k].f & LF_PARTICLE) && s->tg[k].cls !=
			    LC_AUX && !lw_is(s, k, "worden") &&
			    !lw_is(s, k, "sein")) {
				l->c.head = (int)k;
				break;
			}
		if (s->tg[l->c.head].f & LF_PARTICLE)
			l->c.head = (int)v;
		if (r == v + 1) {
			l->c.verb_n = e - v;
			mark_group(s, v, e);
		}
	}
	de_tense(s, l, v, r, e);
	l->c.negated = de_neg(s, a, e);
	if (conj && v == a) {
		l->coord = 1;
		l->c.mark = (int)a - 1;
	} else if (conj)
		l->c.mark = (int)a - 1;
	/* the subject: the first place, unless a preposition's phrase,
	 * an adverb or a time holds it; then the phrase after the verb */
	o = v + 1;
	/* "Minsk (dpa) - Nach ...": a dateline is no first place */
	for (k = a; k + 1 < v && k < a + 8; k++)
		if (lw_is(s, k, "-") && !tl_glued(s, k) && k > a &&
		    lw_is(s, k - 1, ")")) {
			a = k + 1;
			break;
		}
	/* "Auch die Regierung stufte": the adverb is no subject */
	if (v > a + 1 && s->tg[a].cls == LC_ADV && (s->tg[a + 1].cls ==
	    LC_DET || s->tg[a + 1].cls == LC_NAME || s->tg[a + 1].cls ==
	    LC_NUM))
		a++;
	/* "Parallel zu den Gesprächen kündigte X an": a word before a
	 * preposition opening the sentence, no actor, is an adverb */
	if (v > a && s->tg[a].cls != LC_PREP && s->tg[a].cls != LC_ADV &&
	    !(s->tg[a].f & LF_TIME) && (s->tg[a].cls != LC_NUM ||
	    counted(s, a, v)) &&
	    !(s->tg[a].cls == LC_OPEN && v == a + 1) &&
	    !adverbial(s, a, v) && !(a == 0 && v > 2 &&
	    s->tg[1].cls == LC_PREP && s->tg[0].cls == LC_NAME &&
	    !tl_mentioned(s, 0) && !lw_is(s, 0, "Wer") &&
	    !lw_is(s, 0, "Was"))) {
		l->c.subj_first = a;
		l->c.subj_n = v - a;
		if ((k = object_first(s, a, v, r)) < r) {
			/* "Den Vertrag unterzeichnete der Kanzler" */
			l->c.obj_first = a;
			l->c.obj_n = v - a;
			l->c.subj_first = k;
			l->c.subj_n = tl_de_np(s, k, r);
			o = e;
		}
	} else if (!l->coord && v == a && s->np0n > 0) {
		/* "Der Betreiber, an dem ..., sprach", "Der Botschafter,
		 * X, nannte": the phrase before the asides, once */
		l->c.subj_first = s->np0;
		l->c.subj_n = s->np0n;
		s->np0n = 0;
	} else if (!l->coord) {
		/* after the verb, past "sich" */
		for (k = v + 1; k < r && k < v + 3 &&
		    s->tg[k].cls == LC_CLITIC; k++)
			;
		if ((n = tl_de_np(s, k, r)) == 0 &&
		    (k = tl_midfield(s, k, r)) < r)
			n = tl_de_np(s, k, r);
		if (n > 0) {
			l->c.subj_first = k;
			l->c.subj_n = n;
			o = k + n;
		}
	}
	/* "Überwachen sollen ihn Beobachter": an infinitive put first
	 * before a modal, none closing the clause */
	if (a == 0 && v == 1 && r == e && s->tg[0].cls == LC_NAME &&
	    s->tg[1].cls == LC_AUX && (((s->tg[1].lem == LM_MUST ||
	    s->tg[1].lem == LM_SHALL || s->tg[1].lem == LM_CAN ||
	    s->tg[1].lem == LM_WANT) && tl_ends_word(s, 0, "en")) ||
	    fronted_part(s))) {
		for (k = 2; k < e && k < 4 && s->tg[k].cls == LC_CLITIC; k++)
			;
		if ((n = tl_de_np(s, k, e)) > 0) {
			l->c.subj_first = k;
			l->c.subj_n = n;
			/* the verb put first heads the group: a
			 * perfect, or a passive with "werden" */
			l->c.head = 0;
			if (s->tg[1].lem == LM_HAVE || s->tg[1].lem == LM_BE)
				l->c.tense = TT_PAST;
			else if (s->tg[1].lem == LM_WERDEN &&
			    !tl_ends_word(s, 0, "en"))
				l->c.passive = 1;
			o = k + n;
		}
	}
	if (l->c.verb_n > 1)
		o = MAX(o, v + l->c.verb_n);
	if (o < e && l->c.obj_n == 0) {
		l->c.obj_first = o;
		l->c.obj_n = e - o;
	}
}

/* The first place [a, v) is a time ("Wenige Stunden später",
 * "Zwei Tage danach"): a word of time in it, an adverb at its end. */
static int
adverbial(const struct lsent *s, guint a, guint v)
{
	guint		 k;

	if (v - a > 5 || s->tg[v - 1].cls != LC_ADV)
		return 0;
	for (k = a; k < v; k++)
		if (s->tg[k].f & LF_TIME)
			return 1;
	return 0;
}

/* An infinitive with "zu" ending [a, b): "um ... zu unterzeichnen". */
static int
de_zu(struct lsent *s, guint a, guint b)
{
	struct lcl	*l;
	guint		 e = b, v;

	while (e > a && (s->tg[e - 1].cls == LC_END ||
	    s->tg[e - 1].cls == LC_QUOTE || s->tg[e - 1].cls == LC_PUNCT))
		e--;
	if (e <= a)
		return 0;
	v = e - 1;
	if (s->tg[v].vg >= 0)
		return 0;
	if (!(s->tg[v].f & LF_ZU) && !(v > a && lw_is(s, v - 1, "zu") &&
	    (s->tg[v].f & (LF_INF | LF_INFAUX))))
		return 0;
	if (!(s->tg[v].f & LF_ZU))
		v--;
	l = tl_new(s, v);
	l->c.kind = TC_NONFINITE;
	l->c.tense = TT_NONE;
	l->c.verb_n = e - v;
	l->c.head = (int)e - 1;
	l->c.mark = lw_is(s, a, "um") || lw_is(s, a, "ohne") ||
	    lw_is(s, a, "statt") ? (int)a : -1;
	l->lead = (int)(l->c.mark >= 0 ? a : v);
	l->stop = e;
	mark_group(s, v, e);
	if (l->c.mark >= 0 && a + 1 < v) {
		l->c.obj_first = a + 1;
		l->c.obj_n = v - a - 1;
	} else if (l->c.mark < 0 && v > a + 1 && e - v == 2 &&
	    (lw_is(s, v + 1, "haben") || lw_is(s, v + 1, "sein")) &&
	    s->tg[v - 1].cls == LC_OPEN && (s->tg[v - 1].f & LF_PART) &&
	    !(s->tg[v - 1].f & LF_CAP)) {
		/* "bestritt, die Ukraine angegriffen zu haben": a perfect
		 * infinitive's clause holds its participle and object */
		l->lead = (int)a;
		l->c.obj_first = a;
		l->c.obj_n = v - 1 - a;
	}
	return 1;
}

/* ", vor gut einem Jahr fertiggestellt,": a participle closing a
 * stretch with no finite verb, on the noun phrase before the comma. */
static int
de_participle(struct lsent *s, guint a, guint b)
{
	struct lcl	*l;
	guint		 e = b, k, f;

	while (e > a && (s->tg[e - 1].cls == LC_END ||
	    s->tg[e - 1].cls == LC_QUOTE || s->tg[e - 1].cls == LC_PUNCT))
		e--;
	/* ", die beide Länder verbindet": a relative, not a participle */
	if (e <= a || e - a > 8 || a < 2 || s->tg[a - 1].cls != LC_COMMA ||
	    s->tg[a].cls == LC_DET || s->tg[a].cls == LC_REL ||
	    s->tg[e - 1].cls != LC_OPEN || !(s->tg[e - 1].f & LF_PART) ||
	    (s->tg[e - 1].f & LF_CAP) || s->tg[e - 1].vg >= 0)
		return 0;
	for (k = a; k < e; k++)
		if (s->tg[k].cls == LC_AUX || s->tg[k].cls == LC_SUB ||
		    s->tg[k].cls == LC_QUE || s->tg[k].cls == LC_REL)
			return 0;
	l = tl_new(s, e - 1);
	l->c.kind = TC_NONFINITE;
	l->c.tense = TT_NONE;
	l->c.passive = 1;
	l->lead = (int)a;
	l->stop = e;
	s->tg[e - 1].vg = (int)s->cl->len - 1;
	for (k = a - 1; k > 0 && a - k < 9 && s->tg[k - 1].vg < 0 &&
	    (s->tg[k - 1].cls == LC_NAME ||
	    s->tg[k - 1].cls == LC_DET || s->tg[k - 1].cls == LC_NUM ||
	    (s->tg[k - 1].cls == LC_OPEN && !(s->tg[k - 1].f & LF_CAP)));
	    k--)
		;
	f = k;
	if (f < a - 1) {
		l->c.subj_first = f;
		l->c.subj_n = a - 1 - f;
	}
	if (e - 1 > a) {
		l->c.obj_first = a;
		l->c.obj_n = e - 1 - a;
	}
	return 1;
}

/* Parents: a subordinate clause hangs on the main clause before it, or
 * the next one; a speaker's clause after a comma ("sagte der Minister")
 * takes what came before as reported. */
static void
de_parents(struct lsent *s)
{
	struct lcl	*l, *p;
	int		 i, k, last = -1;

	for (i = 0; i < (int)s->cl->len; i++) {
		l = lcl_at(s, i);
		/* "sagte, es sei": Konjunktiv I after a verb of saying;
		 * "der ... angekündigt hatte, die USA würden": II too,
		 * right after it */
		if (l->c.kind == TC_MAIN && !l->coord && last >= 0 &&
		    s->tg[l->c.verb_first].ten == LT_SUBJ &&
		    (s->tg[lcl_at(s, last)->c.head].f & LF_SAY) &&
		    lcl_at(s, last)->lead < l->lead) {
			l->c.kind = TC_REPORTED;
			l->c.parent = last;
			continue;
		}
		if (l->c.kind == TC_MAIN && !l->coord && i > 0 &&
		    (s->tg[l->c.verb_first].ten == LT_SUBJ ||
		    s->tg[l->c.verb_first].ten == LT_COND) &&
		    (s->tg[lcl_at(s, i - 1)->c.head].f & LF_SAY) &&
		    lcl_at(s, i - 1)->lead < l->lead && l->lead > 0 &&
		    s->tg[l->lead - 1].cls == LC_COMMA) {
			l->c.kind = TC_REPORTED;
			l->c.parent = i - 1;
			continue;
		}
		if (l->c.kind == TC_MAIN) {
			if (l->coord && last >= 0)
				l->c.parent = last;
			if (i > 0 && l->c.verb_first == (guint)l->lead &&
			    !l->coord && (s->tg[l->c.verb_first].f & LF_SAY) &&
			    l->c.subj_n > 0 &&
			    l->c.subj_first > l->c.verb_first)
				for (k = i - 1; k >= 0 && k + LWIN > i; k--) {
					p = lcl_at(s, k);
					if (p->c.kind == TC_MAIN &&
					    p->c.parent < 0) {
						p->c.kind = TC_REPORTED;
						p->c.parent = i;
					}
				}
			if (!l->coord)
				last = i;
			continue;
		}
		if (l->c.kind == TC_REPORTED && l->c.parent >= 0)
			continue;
		/* "sagte, dass ...": what was said */
		if (l->c.kind == TC_SUBORD && l->c.mark >= 0 &&
		    s->tg[l->c.mark].cls == LC_QUE && i > 0 &&
		    (s->tg[lcl_at(s, i - 1)->c.head].f & LF_SAY)) {
			l->c.kind = TC_REPORTED;
			l->c.parent = i - 1;
			continue;
		}
		l->c.parent = i > 0 ? i - 1 : LP_NEXTMAIN;
		if (l->c.kind == TC_SUBORD && last < 0)
			l->c.parent = LP_NEXTMAIN;
	}
}

/* A finite auxiliary right after the article at m, or after its noun
 * (and an adverb): "der Morgen aber sei gut" is a main clause, not a
 * relative ("die 1999 unterzeichnet wurden" ends on it). */
static int
second_aux(const struct lsent *s, guint m, guint b)
{
	guint		 e = b, j;

	while (e > m && (s->tg[e - 1].cls == LC_END ||
	    s->tg[e - 1].cls == LC_QUOTE || s->tg[e - 1].cls == LC_PUNCT))
		e--;
	if (fin_aux(s, m + 1))
		return 1;
	/* "die Vereinigten Staaten würden", "der Morgen aber sei" */
	for (j = m + 1; j < e && j < m + 4 && (s->tg[j].cls == LC_NAME ||
	    (s->tg[j].f & LF_CAP)); j++)
		;
	if (j == m + 1)
		return 0;
	if (j < e && (s->tg[j].cls == LC_ADV || s->tg[j].cls == LC_CONJ))
		j++;
	return j + 1 < e && fin_aux(s, j);
}

void
tl_german(struct lsent *s)
{
	guint		 a, b, m, n0;
	int		 conj, vfirst = 0, kind;

	s->np0 = s->np0n = 0;
	char		 key[LKEY_MAX];

	for (a = 0; a < s->n; a = b + 1) {
		/* a stretch ends at a comma, a colon, a semicolon; a
		 * quotation inside it ("„ein Ende setzen“") does not */
		for (b = a; b < s->n && (s->tg[b].cls != LC_COMMA ||
		    (b < a + LWIN && tl_listed_comma(s, b))) &&
		    !(s->tg[b].cls == LC_END && !lw_is(s, b, ".")); b++)
			;
		while (a < b && (s->tg[a].cls == LC_QUOTE ||
		    s->tg[a].cls == LC_PUNCT))
			a++;
		if (a >= b)
			continue;
		conj = s->tg[a].cls == LC_CONJ;
		m = conj ? a + 1 : a;
		if (m >= b)
			continue;
		if (de_zu(s, m, b) || de_participle(s, m, b))
			continue;
		kind = -1;
		if (s->tg[m].cls == LC_SUB || s->tg[m].cls == LC_QUE) {
			if (s->tg[m].sub == 1)
				s->cond = 1;
			kind = s->tg[m].cls == LC_QUE ? TC_SUBORD : TC_SUBORD;
		} else if (s->tg[m].cls == LC_REL && m > 0)
			kind = TC_RELATIVE;
		else if (m > 0 && s->tg[m - 1].cls == LC_COMMA &&
		    s->tg[m].cls == LC_DET && m + 1 < b &&
		    !second_aux(s, m, b)) {
			tl_keyat(s, m, key);
			if (strcmp(key, "der") == 0 ||
			    strcmp(key, "die") == 0 ||
			    strcmp(key, "das") == 0 ||
			    strcmp(key, "dem") == 0 ||
			    strcmp(key, "den") == 0 ||
			    strcmp(key, "denen") == 0)
				kind = TC_RELATIVE;
		} else if (m > 0 && s->tg[m - 1].cls == LC_COMMA &&
		    s->tg[m].cls == LC_PREP && m + 1 < b &&
		    (lw_is(s, m + 1, "dem") || lw_is(s, m + 1, "der") ||
		    lw_is(s, m + 1, "denen") || lw_is(s, m + 1, "den") ||
		    lw_is(s, m + 1, "welchem")))
			kind = TC_RELATIVE;
		if (kind >= 0 && s->tg[m].cls == LC_PREP)
			m++;
		if (kind >= 0) {
			n0 = s->cl->len;
			de_final(s, m, m + 1, b, kind);
			/* "Wie X ist, bleibt offen": the verb first */
			vfirst = s->cl->len > n0 && a <= 1 &&
			    lcl_at(s, (int)n0)->c.kind == TC_SUBORD ? 2 : 1;
			continue;
		}
		n0 = s->cl->len;
		/* "Sollte Salzwasser eindringen, könnten": a finite
		 * auxiliary opening the sentence before a comma makes a
		 * condition */
		if (a == 0 && !conj && fin_aux(s, 0) && b < s->n &&
		    s->tg[b].cls == LC_COMMA) {
			de_second(s, m, b, 0, 1);
			if (s->cl->len > n0) {
				lcl_at(s, (int)n0)->c.kind = TC_SUBORD;
				lcl_at(s, (int)n0)->c.modality =
				    TMOD_CONDITIONAL;
				s->cond = 1;
				vfirst = 2;
				continue;
			}
		}
		de_second(s, m, b, conj, vfirst ? vfirst : (a > 0 &&
		    (s->tg[a - 1].cls == LC_COMMA ||
		    s->tg[a - 1].cls == LC_QUOTE)));
		vfirst = 0;
		/* a noun phrase alone before a comma: the subject of a
		 * verb after the clause that follows it */
		if (s->cl->len == n0 && n0 == 0 && b < s->n &&
		    s->tg[b].cls == LC_COMMA && s->np0n == 0 &&
		    s->tg[m].cls != LC_NUM && !(s->tg[m].f & LF_TIME) &&
		    (s->np0n = tl_de_np(s, m, b)) > 0)
			s->np0 = m;
	}
	/* "und würden nun ausgewertet": the rest of a stretch */
	for (a = 0; a + 1 < s->n; a++)
		if (s->tg[a].cls == LC_CONJ && s->tg[a].vg < 0 &&
		    (fin_aux(s, a + 1) || (fin_open(s, a + 1) &&
		    s->tg[a + 1].et == LT_PAST && !adjective(s, a + 1) &&
		    lw_is(s, a, "und"))) && a > 0 && s->cl->len > 0) {
			for (b = a + 1; b < s->n && s->tg[b].cls != LC_COMMA &&
			    s->tg[b].cls != LC_END; b++)
				;
			de_second(s, a + 1, b, 1, 1);
		}
	de_parents(s);
}
