/* SPDX-License-Identifier: MIT */
/*
 * Clauses of Spanish, French and German prose, without a dictionary:
 * the finite verbs are the auxiliaries' and modals' listed forms and
 * the open words whose ending and place make them verbs (after a
 * subject pronoun, a clitic, "qui"; a past or future ending after a
 * noun); each verb's clause takes its marker, its subject (the phrase
 * before it, or after a verb of saying put after what it reports), its
 * object, and the tense, modality, negation and voice of its group.
 * German sentences go by their verb-second and verb-final stretches
 * (text_clause_lang_de.c).  Precision over coverage: a doubtful word
 * makes no verb.  Every scan is bounded by LWIN tokens.
 */
#include <string.h>

#include "text_clause_lang_int.h"

static guint	 time_np(const struct lsent *, guint, guint);
static int	 tl_ends_word(const struct lsent *, guint, const char *);
static int	 ago(const struct lsent *, guint);

/* Prepositions that subordinate only before "que" ("après que"). */
static const char *const fr_subque[] = {
	"après", "avant", "pendant", "dès", "sans", "pour", "afin",
	"parce", "tandis", "alors", "bien", "depuis", "jusqu'", NULL
};
static const char *const es_subque[] = {
	"después", "antes", "luego", "desde", "hasta", "para", "sin",
	"dado", "puesto", "ya", "así", "mientras", NULL
};
/* Verbs going with "être" in the passé composé (not a passive). */
static const char *const fr_etre_verbs[] = {
	"arriv", "part", "venu", "mort", "né", "allé", "entr", "sorti",
	"rest", "devenu", "tomb", "revenu", "rentr", "retourn", "pass",
	"mont", "descendu", "intervenu", "parvenu", "survenu", NULL
};
/* Prepositions that open an infinitive clause. */
static const char *const fr_infprep[] = {
	"pour", "sans", "afin", "avant", "après", NULL
};
static const char *const es_infprep[] = {
	"para", "sin", "al", "tras", "antes", "después", NULL
};

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
static int
key_is(const struct lsent *s, guint i, const char *w)
{
	char		 k[LKEY_MAX];

	if (i >= s->n)
		return 0;
	tl_keyat(s, i, k);
	return strcmp(k, w) == 0;
}

static int
starts(const char *k, const char *const *l)
{
	for (; *l != NULL; l++)
		if (strncmp(k, *l, strlen(*l)) == 0)
			return 1;
	return 0;
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

/* --- French and Spanish verb groups --------------------------------------- */

/* Skip adverbs and negators from i, at most three; negation in *neg. */
static guint
skip_adv(const struct lsent *s, guint i, int *neg)
{
	guint		 k;

	for (k = i; k < s->n && k < i + 5; k++) {
		if (s->tg[k].cls == LC_NEG2 || s->tg[k].cls == LC_NEG) {
			*neg = 1;
			continue;
		}
		/* "avait lui-même prévenu" */
		if (k + 2 < s->n && (lw_is(s, k, "lui") || lw_is(s, k, "elle") ||
		    lw_is(s, k, "eux")) && lw_is(s, k + 1, "-") &&
		    lw_is(s, k + 2, "même")) {
			k += 2;
			continue;
		}
		/* "a directement mis": an adverb in "-ment" */
		if (s->tg[k].cls == LC_OPEN && k + 1 < s->n &&
		    tl_ends_word(s, k, "ment") &&
		    (s->tg[k + 1].f & LF_PART))
			continue;
		if (s->tg[k].cls != LC_ADV)
			break;
	}
	return k;
}

/* Skip clitics ("se", "le", "lo") from i. */
static guint
skip_clitics(const struct lsent *s, guint i)
{
	guint		 k;

	for (k = i; k < s->n && k < i + 3; k++)
		if (s->tg[k].cls != LC_CLITIC && !(s->tg[k].cls == LC_DET &&
		    (lw_is(s, k, "le") || lw_is(s, k, "la") ||
		    lw_is(s, k, "les") || lw_is(s, k, "lo") ||
		    lw_is(s, k, "los") || lw_is(s, k, "las"))))
			break;
	return k;
}

/* An infinitive at i (not a listed finite form). */
static int
inf_at(const struct lsent *s, guint i)
{
	return i < s->n && s->tg[i].vg < 0 && ((s->tg[i].cls == LC_OPEN &&
	    (s->tg[i].f & LF_INF)) || key_is(s, i, "être") ||
	    key_is(s, i, "avoir") || key_is(s, i, "ser") ||
	    key_is(s, i, "haber") || key_is(s, i, "estar"));
}

static int
part_at(const struct lsent *s, guint i)
{
	return i < s->n && s->tg[i].vg < 0 && (s->tg[i].cls == LC_OPEN ||
	    s->tg[i].cls == LC_VERB) && (s->tg[i].f & LF_PART);
}

/* "été", "sido": the participle of "être", "ser". */
static int
been_at(const struct lsent *s, guint i)
{
	return lw_is(s, i, "été") || lw_is(s, i, "sido");
}

/* The perfect or passive after a form of "be" or "have" at j (an
 * infinitive "être", "avoir", or the auxiliary itself): the
 * participle's token, or -1; *pass set for a passive. */
static int
perfect(const struct lsent *s, guint j, int lem, int *pass, int *neg,
    guint *last)
{
	guint		 k = skip_adv(s, j, neg);

	if (lem == LM_HAVE && been_at(s, k)) {
		*last = k;
		k = skip_adv(s, k + 1, neg);
		if (part_at(s, k)) {
			*pass = 1;
			*last = k;
			return (int)k;
		}
		return (int)*last;
	}
	if (part_at(s, k)) {
		*last = k;
		if (lem == LM_BE)
			*pass = 1;
		return (int)k;
	}
	return -1;
}

/* "a-t-il lancé", "dit-il": the tokens of the pronoun put after the
 * verb at i, 0 when none. */
static guint
inverted(const struct lsent *s, guint i)
{
	if (!lw_is(s, i + 1, "-"))
		return 0;
	if (i + 2 < s->n && s->tg[i + 2].cls == LC_PRON)
		return 2;
	if (lw_is(s, i + 2, "t") && lw_is(s, i + 3, "-") && i + 4 < s->n &&
	    s->tg[i + 4].cls == LC_PRON)
		return 4;
	return 0;
}

/* The group whose finite auxiliary or modal is at i: fills l's verb,
 * head, tense, modality, voice. */
static void
aux_group(struct lsent *s, guint i, struct lcl *l, int neg, int refl)
{
	struct ltag	*g = &s->tg[i];
	guint		 j, last = i, k;
	int		 h = -1, pass = 0, ten = g->ten, mod = TMOD_NONE;
	int		 tense, ilem, sched = 0;
	char		 key[LKEY_MAX];

	j = i + 1 + inverted(s, i);
	switch (g->lem) {
	case LM_HAVE:
	case LM_BE:
		h = perfect(s, j, g->lem, &pass, &neg, &last);
		if (h >= 0 && (s->tg[h].f & LF_SCHED) && !been_at(s, (guint)h))
			sched = 1, pass = 0;
		if (h >= 0 && g->lem == LM_BE && s->lang == TEXT_FR &&
		    pass) {
			tl_keyat(s, (guint)h, key);
			if (refl || starts(key, fr_etre_verbs))
				pass = 0;
		}
		break;
	case LM_ESTAR:
		k = skip_adv(s, j, &neg);
		if (part_at(s, k) || (k < s->n && (s->tg[k].f & LF_GER))) {
			h = (int)k;
			last = k;
			if (s->tg[k].f & LF_SCHED)
				sched = 1;
		}
		break;
	case LM_GO:
	case LM_MUST:
	case LM_CAN:
	case LM_WANT:
	case LM_COME:
	case LM_TENER:
		k = skip_adv(s, j, &neg);
		if (g->lem == LM_GO && s->lang == TEXT_ES) {
			if (!lw_is(s, k, "a"))
				break;
			k++;
		} else if (g->lem == LM_COME) {
			if (!lw_is(s, k, "de") && !lw_is(s, k, "d'"))
				break;
			k++;
		} else if (g->lem == LM_TENER) {
			/* "tener que ver con": to concern */
			if (lw_is(s, k, "que") && !lw_is(s, k + 1, "ver"))
				mod = TMOD_OBLIGATION;
			else if (part_at(s, k) && (s->tg[k].f & LF_SCHED))
				mod = TMOD_SCHEDULED;
			else
				break;
			k++;
		} else if (g->lem == LM_MUST && s->lang == TEXT_ES &&
		    lw_is(s, k, "de"))
			k++;
		k = skip_clitics(s, skip_adv(s, k, &neg));
		if (!inf_at(s, k))
			break;
		h = (int)k;
		last = k;
		ilem = key_is(s, k, "être") || key_is(s, k, "ser") ? LM_BE :
		    key_is(s, k, "avoir") || key_is(s, k, "haber") ? LM_HAVE :
		    LM_NONE;
		if (s->tg[k].f & LF_HAPPEN)
			sched = 1;
		if (ilem != LM_NONE && (j = (guint)perfect(s, k + 1, ilem,
		    &pass, &neg, &last)) != (guint)-1) {
			h = (int)j;
			/* "doit être signé": planned; "aurait dû" */
			sched = sched || ilem == LM_BE;
			if (ilem == LM_HAVE)
				ten = ten == LT_PRES ? LT_PAST : ten;
		}
		break;
	}
	/* "aurait dû signer": the modal's participle */
	if (g->lem == LM_HAVE && h >= 0 && (lw_is(s, (guint)h, "dû") ||
	    lw_is(s, (guint)h, "pu") || lw_is(s, (guint)h, "voulu"))) {
		k = skip_clitics(s, (guint)h + 1);
		if (inf_at(s, k)) {
			/* "a dû partir": had to; "aurait dû": should
			 * have, what did not happen */
			mod = lw_is(s, (guint)h, "dû") ? TMOD_OBLIGATION :
			    lw_is(s, (guint)h, "pu") ? TMOD_POSSIBLE : TMOD_WANT;
			if (ten == LT_COND)
				mod = TMOD_CONDITIONAL;
			h = (int)k;
			last = k;
			/* "aurait dû être déclaré" */
			if (key_is(s, k, "être") && (j = (guint)perfect(s,
			    k + 1, LM_BE, &pass, &neg, &last)) != (guint)-1)
				h = (int)j;
		}
	}
	tense = ten == LT_FUT ? TT_FUTURE : ten == LT_PAST ? TT_PAST :
	    TT_PRESENT;
	switch (g->lem) {
	case LM_HAVE:
	case LM_BE:
		if (h >= 0 && ten != LT_FUT && !(pass && g->lem == LM_BE &&
		    ten == LT_PRES) && !sched)
			tense = TT_PAST;
		if (sched)
			mod = TMOD_SCHEDULED;
		break;
	case LM_ESTAR:
		if (sched)
			mod = TMOD_SCHEDULED;
		break;
	case LM_GO:
		if (h >= 0) {
			if (ten == LT_PAST)
				mod = TMOD_SCHEDULED;
			else
				tense = TT_FUTURE;
		}
		break;
	case LM_COME:
		if (h >= 0)
			tense = TT_PAST;
		break;
	case LM_MUST:
		mod = sched ? TMOD_SCHEDULED : TMOD_OBLIGATION;
		break;
	case LM_CAN:
		if (ten != LT_PAST)
			mod = TMOD_POSSIBLE;
		break;
	case LM_WANT:
		mod = TMOD_WANT;
		break;
	}
	if (ten == LT_COND) {
		if (mod == TMOD_NONE)
			mod = TMOD_CONDITIONAL;
		tense = h >= 0 && (g->lem == LM_HAVE || (g->lem == LM_BE &&
		    !pass)) ? TT_PAST : TT_FUTURE;
		if (mod != TMOD_CONDITIONAL && g->lem != LM_HAVE)
			tense = TT_PRESENT;
	}
	if (ten == LT_SUBJ && h < 0)
		tense = TT_PRESENT;
	l->c.verb_first = i;
	l->c.verb_n = last - i + 1;
	l->c.head = h >= 0 ? h : (int)i;
	l->c.tense = tense;
	l->c.modality = mod;
	l->c.negated = neg;
	l->c.passive = pass;
	for (k = i; k <= last; k++)
		s->tg[k].vg = (int)s->cl->len - 1;
}

/* Token i's key ends with e. */
static int
tl_ends_word(const struct lsent *s, guint i, const char *e)
{
	char		 k[LKEY_MAX];

	tl_keyat(s, i, k);
	return tl_ends(k, e);
}

/* Token i is in a finite group (1), a non-finite one (0), none (-1). */
static int
finite_at(const struct lsent *s, guint i)
{
	if (s->tg[i].vg < 0)
		return -1;
	return lcl_at(s, s->tg[i].vg)->c.kind != TC_NONFINITE;
}

/* The comma at c closes an aside on the sentence's first phrase: "NP,
 * qui ... ," with no finite verb before that "qui". */
static int
after_aside(const struct lsent *s, guint c)
{
	guint		 k, lo = c > LWIN ? c - LWIN : 0;
	int		 verb = 0;

	for (k = c; k > lo; k--) {
		if (s->tg[k - 1].vg >= 0)
			verb = 1;
		if (s->tg[k - 1].cls == LC_END)
			return 0;
		/* ", qui ...," or ", ratifié par ...," */
		if (k - 1 > 0 && s->tg[k - 2].cls == LC_COMMA &&
		    (s->tg[k - 1].cls == LC_REL || s->tg[k - 1].cls ==
		    LC_QUE || s->tg[k - 1].pre == LP_QUE ||
		    finite_at(s, k - 1) == 0) && verb) {
			for (k -= 2; k > 0; k--)
				if (finite_at(s, k - 1) == 1 ||
				    s->tg[k - 1].cls == LC_END)
					return 0;
			return 1;
		}
	}
	return 0;
}

/* The comma at c closes an apposition on the sentence's first phrase
 * ("Maduro, de 61 años y en el poder desde 2013,"): two commas, no
 * verb before, a name or an article first. */
static int
apposed(const struct lsent *s, guint c)
{
	guint		 k, commas = 0;

	if (c > LWIN || c < 3 || !(s->tg[0].cls == LC_NAME ||
	    s->tg[0].cls == LC_DET || (s->tg[0].f & LF_CAP)))
		return 0;
	for (k = 0; k < c; k++) {
		if (s->tg[k].vg >= 0 || s->tg[k].cls == LC_END ||
		    s->tg[k].cls == LC_SUB || s->tg[k].cls == LC_QUE ||
		    s->tg[k].cls == LC_REL || (s->tg[k].f & LF_FIN &&
		    s->tg[k].cls == LC_OPEN && !(s->tg[k].f & LF_CAP) &&
		    (s->tg[k].f & LF_STRONG)))
			return 0;
		if (s->tg[k].cls == LC_COMMA)
			commas++;
	}
	return commas == 1 && s->tg[0].cls != LC_PREP && time_np(s, 0,
	    c) == 0;
}

/* The open word i can be a finite lexical verb here: by the words
 * before it (a subject pronoun, a clitic, "qui"), by an ending seldom a
 * noun's, or by a noun before and an article after. */
static int
lexical(const struct lsent *s, guint i, int q, int clit, int stretch)
{
	const struct ltag *g = &s->tg[i], *p;
	unsigned	 f = g->f;
	guint		 nx = i + 1;

	if (!(f & LF_FIN) || (g->cls != LC_OPEN && g->cls != LC_VERB))
		return 0;
	if ((f & LF_CAP) && !(i == 0 && (f & LF_STRONG)))
		return 0;
	if (g->pre == LP_DET || g->pre == LP_DE || g->pre == LP_QUE)
		return 0;
	if ((f & LF_INF) && g->et != LT_PAST && g->et != LT_FUT &&
	    g->et != LT_COND)
		return 0;
	if (q < 0)
		return ((f & LF_STRONG) && i == 0) || clit;
	p = &s->tg[q];
	/* "el Tribunal Supremo (TSJ) dio": the parenthesis ends a name */
	if (lw_is(s, (guint)q, ")") && (f & LF_STRONG))
		return 1;
	if (p->cls == LC_DET || p->cls == LC_PREP || p->cls == LC_NUM ||
	    p->cls == LC_AUX || p->vg >= 0)
		return clit && p->cls != LC_PREP && p->cls != LC_AUX &&
		    p->vg < 0;
	if (clit || p->cls == LC_PRON || lw_is(s, (guint)q, "qui") ||
	    (s->lang == TEXT_ES && p->cls == LC_QUE))
		return 1;
	/* "et prenait", "y firmó": a verb sharing its subject */
	if (p->cls == LC_CONJ && g->et != LT_PRES && nx < s->n &&
	    ((s->tg[nx].cls != LC_COMMA && s->tg[nx].cls != LC_END) ||
	    (f & LF_STRONG)))
		return q > 0;
	/* one finite verb to a stretch, but for an ending that no noun
	 * has ("Las protestas que siguieron a X dejaron") */
	if (stretch && !(f & LF_STRONG))
		return 0;
	if (f & LF_STRONG)
		return p->cls == LC_OPEN || p->cls == LC_NAME ||
		    p->cls == LC_COMMA || p->cls == LC_ADV ||
		    p->cls == LC_QUOTE || p->cls == LC_SUB ||
		    p->cls == LC_QUE || p->cls == LC_REL ||
		    p->pre == LP_QUE;
	/* "les négociations échouent": a plural after a plural */
	if (g->et == LT_PRES && tl_ends_word(s, i, "ent") &&
	    !tl_ends_word(s, i, "ment") && (p->cls == LC_NAME ||
	    (p->cls == LC_OPEN && (tl_ends_word(s, (guint)q, "s") ||
	    tl_ends_word(s, (guint)q, "x")))))
		return 1;
	/* "Le traité, que X avait signé, expire": the verb after an
	 * aside on the subject; "Maduro, de 61 años, aspira a" */
	if (p->cls == LC_COMMA && (after_aside(s, (guint)q) ||
	    (nx < s->n && (s->tg[nx].cls == LC_PREP || s->tg[nx].cls ==
	    LC_DET || s->tg[nx].cls == LC_QUE) && apposed(s, (guint)q))))
		return 1;
	/* a verb of saying after what it reports: ", souligne Paris" */
	if ((f & LF_SAY) && (p->cls == LC_COMMA || p->cls == LC_QUOTE) &&
	    nx < s->n && (s->tg[nx].cls == LC_DET || s->tg[nx].cls ==
	    LC_NAME || s->tg[nx].cls == LC_PRON))
		return 1;
	/* "Su partido, el Centro, rechaza que" */
	if (p->cls == LC_COMMA && nx < s->n && (s->tg[nx].cls == LC_QUE ||
	    s->tg[nx].pre == LP_QUE))
		return 1;
	/* "le gouvernement de Hassan Diab démissionnait" */
	if (p->cls == LC_NAME && g->et == LT_PAST && tl_ends_word(s, i, "ait"))
		return 1;
	while (nx < s->n && nx < i + 3 && s->tg[nx].cls == LC_ADV)
		nx++;
	if (nx >= s->n || (s->tg[nx].cls != LC_DET && s->tg[nx].cls !=
	    LC_QUE && s->tg[nx].cls != LC_NUM && !(s->tg[nx].cls == LC_NAME &&
	    (f & LF_SAY))))
		return 0;
	if (p->cls == LC_NAME)
		return 1;
	/* "la junte exigeait le départ", not "un défi logistique des" */
	return p->cls == LC_OPEN && g->et != LT_PRES && q > 0 &&
	    s->tg[q - 1].cls != LC_DET;
}

/* "il y a deux ans", "hace tres años": ago, no verb. */
static int
ago(const struct lsent *s, guint i)
{
	char		 k[LKEY_MAX];
	guint		 j;

	tl_keyat(s, i, k);
	if (!(s->lang == TEXT_FR && strcmp(k, "a") == 0 && i > 0 &&
	    (tl_keyat(s, i - 1, k), strcmp(k, "y") == 0)) &&
	    !(s->lang == TEXT_ES && (strcmp(k, "hace") == 0 ||
	    strcmp(k, "hacía") == 0)))
		return 0;
	for (j = i + 1; j < s->n && j < i + 4; j++)
		if ((s->tg[j].f & LF_TIME) && s->tg[j - 1].cls != LC_DET)
			return 1;
	return 0;
}

/* "C'est le 17 février que X a signé": the cleft's "est" is no
 * clause; the "que" at the returned index opens the main one. */
static int
cleft(struct lsent *s, guint i)
{
	char		 k[LKEY_MAX];
	guint		 j;

	if (s->lang != TEXT_FR || !(s->tg[i].pre == LP_PRON || (i > 0 &&
	    lw_is(s, i - 1, "ce"))))
		return 0;
	tl_keyat(s, i, k);
	if (strcmp(k, "est") != 0 && strcmp(k, "était") != 0 &&
	    strcmp(k, "fut") != 0)
		return 0;
	for (j = i + 1; j < s->n && j < i + 12; j++) {
		if (s->tg[j].cls == LC_QUE || s->tg[j].pre == LP_QUE) {
			s->cleft = (int)j;
			return 1;
		}
		if (s->tg[j].cls == LC_AUX || s->tg[j].cls == LC_END ||
		    s->tg[j].cls == LC_REL || s->tg[j].cls == LC_SUB)
			return 0;
	}
	return 0;
}

/* A past participle that opens a clause of its own: the sentence's
 * first word ("Lancée en 2014, l'opération"), after a comma on a noun
 * (", déclenchée le 11 janvier"), or on a noun before its agent or a
 * time ("des avions livrés par la Russie", "el acto celebrado el
 * pasado lunes"). */
static int
participle(const struct lsent *s, guint i)
{
	const struct ltag *g = &s->tg[i];
	guint		 nx = i + 1;
	int		 agent, when;

	if (g->cls != LC_OPEN || !(g->f & LF_PART) || g->vg >= 0 ||
	    (g->f & LF_STRONG) || g->pre != LP_NONE || nx >= s->n)
		return 0;
	agent = lw_is(s, nx, "par") || lw_is(s, nx, "por");
	when = time_np(s, nx, MIN(s->n, nx + 8)) > nx ||
	    (s->tg[nx].cls == LC_PREP && nx + 1 < s->n &&
	    (time_np(s, nx + 1, MIN(s->n, nx + 9)) > nx + 1 ||
	    s->tg[nx + 1].cls == LC_NUM)) || (lw_is(s, nx, "il") &&
	    nx + 2 < s->n && ago(s, nx + 2));
	if (i == 0)
		return (g->f & LF_CAP) && (agent || when ||
		    s->tg[nx].cls == LC_PREP);
	/* "entreposées il y a six ans et oubliées depuis" */
	if (s->tg[i - 1].cls == LC_CONJ && s->cl->len > 0 &&
	    lcl_at(s, (int)s->cl->len - 1)->c.kind == TC_NONFINITE &&
	    lcl_at(s, (int)s->cl->len - 1)->c.passive &&
	    lcl_at(s, (int)s->cl->len - 1)->c.verb_first + 20 > i)
		return 1;
	if (s->tg[i - 1].cls == LC_COMMA)
		return i > 1 && (s->tg[i - 2].cls == LC_NAME ||
		    s->tg[i - 2].cls == LC_OPEN) && s->tg[i - 2].vg < 0 &&
		    (agent || when || (s->tg[nx].cls == LC_PREP &&
		    !lw_is(s, nx, "de") && !lw_is(s, nx, "du") &&
		    !lw_is(s, nx, "des") && !lw_is(s, nx, "del") &&
		    s->tg[nx].pre == LP_NONE));
	return (s->tg[i - 1].cls == LC_NAME || s->tg[i - 1].cls ==
	    LC_OPEN) && s->tg[i - 1].vg < 0 && (agent || when);
}

/* The inverted pronoun after the verb at i is l's subject; between
 * commas, the clause is a speaker's aside ("Le Hezbollah, a-t-il
 * lancé, ne peut pas"). */
static void
incise(struct lsent *s, guint i, struct lcl *l)
{
	guint		 n = inverted(s, i);

	if (n == 0)
		return;
	l->c.subj_first = i + n;
	l->c.subj_n = 1;
	l->incise = i > 0 && (s->tg[i - 1].cls == LC_COMMA ||
	    s->tg[i - 1].cls == LC_QUOTE);
}

/* "avait promis que ... et réclamé", "avaient commencé, puis été
 * suspendues": a participle after a conjunction shares the auxiliary
 * of a group before it. */
static int
coordinated(struct lsent *s, guint i, int q)
{
	const struct lcl *p = NULL;
	struct lcl	*l;
	guint		 k, h = i, j;
	int		 pass = 0;

	if (q < 0 || s->tg[q].cls != LC_CONJ || s->tg[i].vg >= 0 ||
	    !((s->tg[i].cls == LC_OPEN && (s->tg[i].f & LF_PART)) ||
	    lw_is(s, i, "été")))
		return 0;
	/* the latest "avoir", "haber" group, else the latest "être" */
	for (k = s->cl->len, j = 0; k > 0 && k + 8 > s->cl->len; k--) {
		p = lcl_at(s, (int)k - 1);
		if (p->c.kind != TC_NONFINITE && p->c.verb_n > 1 &&
		    s->tg[p->c.verb_first].cls == LC_AUX &&
		    (s->tg[p->c.verb_first].lem == LM_HAVE ||
		    s->tg[p->c.verb_first].lem == LM_BE) &&
		    p->c.verb_first + LWIN > i) {
			if (s->tg[p->c.verb_first].lem == LM_HAVE) {
				j = k;
				break;
			}
			if (j == 0)
				j = k;
		}
	}
	if (j == 0)
		return 0;
	p = lcl_at(s, (int)j - 1);
	if (lw_is(s, i, "été")) {
		if (!part_at(s, i + 1))
			return 0;
		h = i + 1;
		pass = 1;
	}
	l = tl_new(s, i);
	l->lead = q + 1;
	l->c.verb_n = h - i + 1;
	l->c.head = (int)h;
	l->c.tense = p->c.tense;
	l->c.passive = pass || (p->c.passive &&
	    s->tg[p->c.verb_first].lem == LM_BE);
	for (k = i; k <= h; k++)
		s->tg[k].vg = (int)s->cl->len - 1;
	return 1;
}

/* French and Spanish: each finite group and infinitive clause. */
static void
romance_groups(struct lsent *s)
{
	struct lcl	*l;
	guint		 i, k;
	int		 q, clit, neg, stretch = 0, refl;
	char		 key[LKEY_MAX];

	for (i = 0; i < s->n; i++) {
		unsigned c = s->tg[i].cls;

		if (c == LC_COMMA || c == LC_END || c == LC_SUB ||
		    c == LC_REL || c == LC_QUE || c == LC_CONJ ||
		    c == LC_QUOTE || s->tg[i].pre == LP_QUE)
			stretch = 0;
		if (s->tg[i].vg >= 0)
			continue;
		/* the words before: negators and clitics */
		neg = s->tg[i].pre == LP_NE;
		refl = s->tg[i].pre == LP_SE;
		clit = s->tg[i].pre == LP_SE || s->tg[i].pre == LP_NE ||
		    s->tg[i].pre == LP_CLITIC;
		for (q = (int)i - 1; q >= 0 && q + 4 > (int)i; q--) {
			if (s->tg[q].cls == LC_NEG)
				neg = 1;
			else if (s->lang == TEXT_ES && s->tg[q].cls == LC_DET &&
			    q + 1 == (int)i && (s->tg[i].f & LF_FIN) &&
			    !(s->tg[i].f & LF_PART) &&
			    (lw_is(s, (guint)q, "lo") ||
			    lw_is(s, (guint)q, "le") ||
			    lw_is(s, (guint)q, "les")))
				;
			else if (s->tg[q].cls == LC_CLITIC || ((clit ||
			    ((s->tg[i].f & LF_STRONG) && c == LC_OPEN &&
			    q + 1 == (int)i)) && s->tg[q].cls == LC_DET && s->tg[q].vg < 0 &&
			    (lw_is(s, (guint)q, "le") ||
			    lw_is(s, (guint)q, "la") ||
			    lw_is(s, (guint)q, "les") ||
			    lw_is(s, (guint)q, "lo") ||
			    lw_is(s, (guint)q, "los") ||
			    lw_is(s, (guint)q, "las"))))
				;
			else
				break;
			clit = 1;
			if (lw_is(s, (guint)q, "se") || lw_is(s, (guint)q, "s'"))
				refl = 1;
		}
		if (c == LC_AUX) {
			tl_keyat(s, i, key);
			/* "les avions", "la era": a noun after an article */
			if (q >= 0 && s->tg[q].vg < 0 && (s->tg[q].cls == LC_PREP ||
			    (s->tg[q].cls == LC_DET && (!clit ||
			    strcmp(key, "avions") == 0 ||
			    strcmp(key, "era") == 0))))
				continue;
			if (s->tg[i].pre == LP_DET || s->tg[i].pre == LP_DE)
				continue;
			if (ago(s, i) || cleft(s, i))
				continue;
			l = tl_new(s, i);
			l->lead = q + 1;
			aux_group(s, i, l, neg, refl);
			incise(s, i, l);
			stretch = 1;
			continue;
		}
		if (lexical(s, i, q, clit, stretch) && !ago(s, i)) {
			l = tl_new(s, i);
			l->lead = q + 1;
			s->tg[i].vg = (int)s->cl->len - 1;
			l->c.negated = neg || (i + 1 < s->n &&
			    s->tg[i + 1].cls == LC_NEG2 && neg);
			if (s->lang == TEXT_FR && neg == 0)
				l->c.negated = 0;
			switch (s->tg[i].et) {
			case LT_PAST:
				l->c.tense = TT_PAST;
				break;
			case LT_FUT:
				l->c.tense = TT_FUTURE;
				break;
			case LT_COND:
				l->c.tense = TT_FUTURE;
				l->c.modality = TMOD_CONDITIONAL;
				break;
			default:
				l->c.tense = TT_PRESENT;
			}
			if (s->tg[i].f & LF_SCHED)
				l->c.modality = TMOD_SCHEDULED;
			else if (s->tg[i].f & LF_WISH)
				l->c.modality = TMOD_WANT;
			incise(s, i, l);
			stretch = 1;
			continue;
		}
		if (coordinated(s, i, q)) {
			stretch = 1;
			continue;
		}
		if (participle(s, i)) {
			l = tl_new(s, i);
			l->c.kind = TC_NONFINITE;
			l->c.tense = TT_NONE;
			l->c.passive = 1;
			s->tg[i].vg = (int)s->cl->len - 1;
			continue;
		}
		/* "pour annoncer", "en dénonçant", "alegando" */
		k = i;
		if ((c == LC_PREP || c == LC_SUB) && (s->lang == TEXT_FR ?
		    tl_listed(fr_infprep, (tl_keyat(s, i, key), key)) :
		    tl_listed(es_infprep, (tl_keyat(s, i, key), key)))) {
			k = i + 1;
			if (lw_is(s, k, "de") || lw_is(s, k, "d'"))
				k++;
			k = skip_clitics(s, skip_adv(s, k, &neg));
			if (k < s->n && !inf_at(s, k))
				continue;
			if (k >= s->n)
				continue;
		} else if (lw_is(s, i, "en") && i + 1 < s->n &&
		    (s->tg[i + 1].f & LF_GER) && s->tg[i + 1].cls == LC_OPEN)
			k = i + 1;
		else if (c == LC_OPEN && (s->tg[i].f & LF_GER) &&
		    (s->lang == TEXT_ES || (i > 0 && s->tg[i - 1].cls ==
		    LC_COMMA)) && !(q >= 0 && s->tg[q].cls == LC_DET))
			k = i;
		else
			continue;
		if (s->tg[k].vg >= 0)
			continue;
		l = tl_new(s, k);
		l->c.kind = TC_NONFINITE;
		l->c.tense = TT_NONE;
		l->c.mark = k > i ? (int)i : -1;
		l->lead = (int)(k > i ? i : k);
		s->tg[k].vg = (int)s->cl->len - 1;
		/* "après avoir remis": its participle */
		if (key_is(s, k, "avoir") || key_is(s, k, "être") ||
		    key_is(s, k, "haber")) {
			guint	 last = k;
			int	 pass = 0, h;

			h = perfect(s, k + 1, key_is(s, k, "être") ? LM_BE :
			    LM_HAVE, &pass, &neg, &last);
			if (h >= 0) {
				l->c.head = h;
				l->c.verb_n = last - k + 1;
				l->c.passive = pass;
				for (; k <= last; k++)
					s->tg[k].vg = (int)s->cl->len - 1;
			}
		}
		l->c.negated = 0;
	}
}

/* --- French and Spanish clauses ------------------------------------------- */

/* The latest clause before clause ci whose verb is finite, or -1. */
static int
prev_finite(const struct lsent *s, int ci)
{
	int		 k;

	for (k = ci - 1; k >= 0 && k + LWIN > ci; k--)
		if (lcl_at(s, k)->c.kind != TC_NONFINITE)
			return k;
	return -1;
}

/* A phrase of time from f ("El pasado 12 de noviembre", "Deux jours
 * plus tard", "le lendemain"): its end, f when none. */
static guint
time_np(const struct lsent *s, guint f, guint e)
{
	guint		 k;
	int		 tm = 0;

	for (k = f; k < e && k < f + 8; k++) {
		if (s->tg[k].f & LF_TIME)
			tm = 1;
		else if (s->tg[k].cls == LC_DET || s->tg[k].cls == LC_NUM ||
		    s->tg[k].cls == LC_ADV || lw_is(s, k, "de") ||
		    (lw_is(s, k, "-") && tm) || (k + 1 < e &&
		    lw_is(s, k + 1, "-") && tl_ends_word(s, k, "après")) ||
		    (s->tg[k].cls == LC_PREP && k + 1 < e && tm &&
		    ((s->tg[k + 1].f & LF_TIME) || (k + 2 < e &&
		    s->tg[k + 1].cls == LC_DET &&
		    (s->tg[k + 2].f & LF_TIME)))) ||
		    lw_is(s, k, "del") || lw_is(s, k, "plus") ||
		    lw_is(s, k, "tard") || lw_is(s, k, "después") ||
		    lw_is(s, k, "antes") || lw_is(s, k, "tôt") ||
		    (s->tg[k].cls == LC_OPEN && k + 1 < e &&
		    (s->tg[k + 1].f & LF_TIME)))
			continue;
		else
			break;
	}
	while (k > f && (s->tg[k - 1].cls == LC_DET || lw_is(s, k - 1, "de")))
		k--;
	return tm ? k : f;
}

/* The subject before the verb in [a, b): the last segment between
 * commas, or, when a comma stands right before the verb, the segment
 * before the aside ("Le retrait, que ..., s'est achevé"); a leading
 * preposition's phrase is left out. */
static void
subject_before(const struct lsent *s, guint a, guint b, struct lcl *l)
{
	guint		 e = b, f, k, segs = 0;
	int		 aside = 0;

	while (e > a && (s->tg[e - 1].cls == LC_ADV ||
	    s->tg[e - 1].cls == LC_QUOTE))
		e--;
	if (e > a && s->tg[e - 1].cls == LC_COMMA) {
		/* "X, 44 ans, a": the first segment that is no
		 * preposition's phrase */
		aside = 1;
		e--;
		for (f = a; f < e; f = k + 1) {
			for (k = f; k < e && s->tg[k].cls != LC_COMMA; k++)
				;
			while (f < k && (s->tg[f].cls == LC_PUNCT ||
			    s->tg[f].cls == LC_QUOTE || s->tg[f].cls ==
			    LC_CONJ))
				f++;
			if (f < k && s->tg[f].cls != LC_PREP &&
			    s->tg[f].cls != LC_ADV && s->tg[f].cls != LC_SUB &&
			    s->tg[f].vg < 0 && time_np(s, f, k) < k) {
				e = k;
				a = f;
				break;
			}
		}
		if (f >= e)
			return;
	}
	while (e > a && segs < 4) {
		for (f = e; f > a && s->tg[f - 1].cls != LC_COMMA; f--)
			;
		segs++;
		k = f;
		while (k < e && (s->tg[k].cls == LC_PUNCT ||
		    s->tg[k].cls == LC_QUOTE))
			k++;
		if (k < e && (s->tg[k].cls == LC_PREP ||
		    s->tg[k].cls == LC_SUB)) {
			/* "En 2020 la France": from the next article or
			 * pronoun after a word that ends the phrase */
			for (k++; k < e; k++)
				if ((s->tg[k].cls == LC_DET ||
				    s->tg[k].cls == LC_PRON) &&
				    s->tg[k - 1].cls != LC_PREP &&
				    s->tg[k - 1].cls != LC_DET)
					break;
			if (k >= e) {
				if (f > a && !aside) {
					e = f - 1;
					continue;
				}
				return;
			}
		}
		while (k < e && (s->tg[k].cls == LC_CONJ || s->tg[k].cls ==
		    LC_ADV || s->tg[k].cls == LC_QUOTE))
			k++;
		/* "Deux jours plus tard, la junte": on to the phrase
		 * before; "El pasado lunes anunciaron": none */
		if (k < e && time_np(s, k, e) == e && f > a && !aside) {
			e = f - 1;
			continue;
		}
		k = time_np(s, k, e);
		if (k < e) {
			l->c.subj_first = k;
			l->c.subj_n = e - k;
		}
		return;
	}
}

/* "après que", "después de que": the subordinator's first word before
 * the "que" at m, or -1. */
static int
sub_que(const struct lsent *s, int m)
{
	char		 key[LKEY_MAX];
	int		 k = m - 1;

	if (k < 0)
		return -1;
	if (s->lang == TEXT_ES && lw_is(s, (guint)k, "de") && k > 0)
		k--;
	tl_keyat(s, (guint)k, key);
	if (tl_listed(s->lang == TEXT_FR ? fr_subque : es_subque, key) ||
	    (s->lang == TEXT_ES && (strcmp(key, "pesar") == 0)))
		return lw_is(s, (guint)k, "pesar") && k > 1 ? k - 1 : k;
	return -1;
}

/* The clause of the verb group ending just before m (adverbs and a
 * short phrase between), when it is a verb of saying or thinking: the
 * clause, or -1. */
static int
speech_before(const struct lsent *s, int m)
{
	int		 k, v;

	for (k = m - 1; k >= 0 && k > m - 6; k--) {
		if ((v = s->tg[k].vg) >= 0)
			return (s->tg[lcl_at(s, v)->c.head].f & LF_SAY) ? v : -1;
		if (s->tg[k].cls == LC_COMMA || s->tg[k].cls == LC_END ||
		    s->tg[k].cls == LC_QUE || s->tg[k].cls == LC_REL)
			return -1;
	}
	return -1;
}

/* A main clause stands before clause ci: what a verb of saying put
 * after it reports. */
static int
main_before(const struct lsent *s, int ci)
{
	int		 k;

	for (k = ci - 1; k >= 0 && k + LWIN > ci; k--)
		if (lcl_at(s, k)->c.kind == TC_MAIN &&
		    lcl_at(s, k)->c.parent < 0)
			return 1;
	return 0;
}

/* Clause ci's marker, kind, parent and subject. */
static void
romance_clause(struct lsent *s, int ci)
{
	struct lcl	*l = lcl_at(s, ci), *p;
	int		 k, m = -1, lo = l->lead - LWIN, v, pf, cut = -1;
	guint		 a, f, n, b;
	char		 key[LKEY_MAX];

	if (l->incise)
		return;
	if (l->c.kind == TC_NONFINITE) {
		pf = prev_finite(s, ci);
		l->c.parent = pf >= 0 ? pf : LP_NEXTMAIN;
		/* "entreposées ... et oubliées": the same noun */
		if (l->c.passive && l->c.mark < 0 && l->lead > 0 && s->tg[l->lead - 1].cls ==
		    LC_CONJ && ci > 0 && lcl_at(s, ci - 1)->c.kind ==
		    TC_NONFINITE && lcl_at(s, ci - 1)->c.passive) {
			l->c.subj_first = lcl_at(s, ci - 1)->c.subj_first;
			l->c.subj_n = lcl_at(s, ci - 1)->c.subj_n;
			l->lead--;
			return;
		}
		/* a participle on the noun before it */
		if (l->c.passive && l->c.mark < 0 && l->lead > 0) {
			f = tl_np_back(s, l->lead - 1, &n);
			if (n > 0) {
				l->c.subj_first = f;
				l->c.subj_n = n;
			}
		}
		if (l->c.passive && l->c.mark < 0 && l->lead == 0)
			l->c.parent = LP_NEXTMAIN;
		return;
	}
	for (k = l->lead - 1; k >= 0 && k > lo; k--) {
		if ((v = s->tg[k].vg) >= 0) {
			p = lcl_at(s, v);
			if (p->c.kind == TC_RELATIVE ||
			    p->c.kind == TC_NONFINITE || p->incise) {
				k = (p->c.mark >= 0 ? p->c.mark : p->lead);
				/* "entreposées ... et oubliées depuis" */
				if (p->c.kind == TC_NONFINITE && p->c.passive &&
				    k > 0 && s->tg[k - 1].cls == LC_CONJ)
					k--;
				/* the subject ends before a relative
				 * on it: "Les soldats qui ont ... sont" */
				if (p->c.kind == TC_RELATIVE &&
				    p->c.mark >= 0)
					cut = p->c.mark;
				continue;
			}
			break;
		}
		if (s->tg[k].cls == LC_END)
			break;
		if (s->tg[k].cls == LC_SUB || s->tg[k].cls == LC_REL ||
		    s->tg[k].cls == LC_QUE || s->tg[k].cls == LC_CONJ ||
		    s->tg[k].pre == LP_QUE || (s->lang == TEXT_FR &&
		    s->tg[k].pre == LP_SE && s->tg[k].cls == LC_PRON)) {
			tl_keyat(s, (guint)k, key);
			/* "pendant", "para" alone: prepositions */
			if (s->tg[k].cls == LC_SUB && tl_listed(s->lang ==
			    TEXT_FR ? fr_subque : es_subque, key))
				continue;
			/* "X, coorganisée par A et B, a permis": a list
			 * in an aside, not two clauses */
			if (s->tg[k].cls == LC_CONJ && l->lead > 0 &&
			    s->tg[l->lead - 1].cls == LC_COMMA &&
			    l->lead - 1 > k)
				continue;
			m = k;
			break;
		}
	}
	a = (guint)(k + 1);
	pf = prev_finite(s, ci);
	if (m < 0) {
		/* ", a annoncé l'état-major": inverted after the fact */
		if ((s->tg[l->c.head].f & LF_SAY) && pf >= 0 && l->lead > 0 &&
		    main_before(s, ci) &&
		    (s->tg[l->lead - 1].cls == LC_COMMA ||
		    s->tg[l->lead - 1].cls == LC_QUOTE) &&
		    (f = l->c.verb_first + l->c.verb_n) < s->n &&
		    (n = tl_np_fwd(s, f, s->n)) > 0 && time_np(s, f, f + n) ==
		    f) {
			l->c.subj_first = f;
			l->c.subj_n = n;
			for (k = pf; k >= 0 && k + LWIN > pf; k--) {
				p = lcl_at(s, k);
				if (p->c.kind == TC_MAIN && p->c.parent < 0) {
					p->c.kind = TC_REPORTED;
					p->c.parent = ci;
				}
			}
			return;
		}
		b = (guint)l->lead;
		/* a relative right after the subject ("X qui ... a"),
		 * not one in a phrase after it ("X, selon Y qui") */
		if (cut >= 0 && (guint)cut > a && (s->tg[cut - 1].cls ==
		    LC_COMMA || s->tg[cut - 1].cls == LC_OPEN ||
		    s->tg[cut - 1].cls == LC_NAME))
			b = (guint)cut;
		subject_before(s, a, b, l);
		return;
	}
	l->c.mark = m;
	tl_keyat(s, (guint)m, key);
	if (m == s->cleft) {
		/* "C'est le 17 février qu'Emmanuel Macron a": the main
		 * clause from the sentence's start */
		l->c.mark = -1;
		if (s->tg[m].pre == LP_QUE && l->lead > m) {
			l->c.subj_first = (guint)m;
			l->c.subj_n = (guint)l->lead - (guint)m;
		} else
			subject_before(s, (guint)m + 1, (guint)l->lead, l);
		l->lead = 0;
		return;
	}
	if (s->tg[m].cls == LC_CONJ) {
		subject_before(s, (guint)m + 1, (guint)l->lead, l);
		for (k = pf; k >= 0 && k + LWIN > pf; k--)
			if (lcl_at(s, k)->c.kind == TC_MAIN &&
			    lcl_at(s, k)->c.parent < 0)
				break;
		if (k >= 0 && k + LWIN > pf)
			pf = k;
		if (pf >= 0 && l->c.subj_n == 0) {
			p = lcl_at(s, pf);
			l->c.kind = p->c.kind;
			l->c.parent = p->c.kind == TC_MAIN && p->c.parent < 0 ?
			    -1 : p->c.parent;
			if (l->c.subj_n == 0) {
				l->coord = 1;
				l->c.parent = pf;
			}
		}
		if (l->c.kind == TC_MAIN)
			l->c.mark = -1;
		l->lead = m;
		return;
	}
	if (s->tg[m].cls == LC_SUB || (s->tg[m].pre == LP_QUE &&
	    (strncmp(key, "lorsqu", 6) == 0 || strncmp(key, "puisqu", 6) ==
	    0)) || (s->tg[m].pre == LP_SE && s->tg[m].cls == LC_PRON)) {
		l->c.kind = TC_SUBORD;
		if (s->tg[m].sub == 1 || s->tg[m].pre == LP_SE)
			s->cond = 1, l->c.modality = TMOD_CONDITIONAL;
	} else if (s->tg[m].cls == LC_REL) {
		l->c.kind = TC_RELATIVE;
	} else {
		/* "que": after a subordinator's preposition, a verb of
		 * saying, or a noun */
		if ((k = sub_que(s, m)) >= 0) {
			l->c.kind = TC_SUBORD;
			l->c.mark = k;
		} else if ((v = speech_before(s, m)) >= 0) {
			l->c.kind = TC_REPORTED;
			l->c.parent = v;
		} else if (m > 0 && (s->tg[m - 1].cls == LC_OPEN ||
		    s->tg[m - 1].cls == LC_NAME || s->tg[m - 1].cls ==
		    LC_COMMA) && s->tg[m - 1].vg < 0)
			l->c.kind = TC_RELATIVE;
		else
			l->c.kind = TC_SUBORD;
	}
	if (l->c.parent < 0 || l->c.kind != TC_REPORTED)
		l->c.parent = pf >= 0 ? pf : LP_NEXTMAIN;
	/* the subject: after the marker, or in the marker's token
	 * ("qu'il", "s'il"), or the antecedent of "qui", "quien" */
	if (s->tg[m].pre == LP_QUE || s->tg[m].pre == LP_SE) {
		if (l->lead > m + 1)
			subject_before(s, (guint)m + 1, (guint)l->lead, l);
		else {
			l->c.subj_first = (guint)m;
			l->c.subj_n = 1;
		}
		return;
	}
	subject_before(s, (guint)m + 1, (guint)l->lead, l);
	if (l->c.kind == TC_RELATIVE && l->c.subj_n == 0 &&
	    (lw_is(s, (guint)m, "qui") || lw_is(s, (guint)m, "que") ||
	    lw_is(s, (guint)m, "quien") || lw_is(s, (guint)m, "quienes") ||
	    lw_is(s, (guint)m, "lequel") || lw_is(s, (guint)m, "laquelle") ||
	    lw_is(s, (guint)m, "cual")) &&
	    (f = tl_np_back(s, m - 1, &n)) + n > 0 && n > 0) {
		/* "el cual", "la cual": the article is the marker's */
		l->c.subj_first = f;
		l->c.subj_n = n;
		if (f + n == (guint)m - 1 || (s->tg[f + n - 1].cls == LC_DET))
			l->c.subj_n = n;
		l->coord = 0;
	}
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
				if (lcl_at(s, (int)j)->c.kind == TC_MAIN &&
				    lcl_at(s, (int)j)->c.parent < 0) {
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
				end = MIN(end, lcl_at(s, ord[r])->c.first_token);
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
		if (s->lang == TEXT_DE && l->c.obj_n > 0)
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
			    LC_END || s->tg[j].vg >= 0 || s->tg[j].cls == LC_REL ||
			    s->tg[j].cls == LC_QUE || s->tg[j].pre == LP_QUE)
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

/* An actor mentioned in tokens [a, b) of the sentence other than
 * actor x (the mentions from s->mi on, in text order). */
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
		"il", "elle", "él", "ella", "er", NULL
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

/* "Lancée en 2014 ..., Barkhane a compté": the participle opening
 * the sentence has the main clause's subject; a passive infinitive
 * after a preposition, its parent's. */
static void
opening_participle(struct lsent *s)
{
	struct lcl	*l, *m;
	guint		 k;

	/* "avant d'être réélu en 2016": the subject of the clause the
	 * passive infinitive hangs on (an active one, like English "to
	 * sign", keeps none) */
	for (k = 0; k < s->cl->len; k++) {
		l = lcl_at(s, (int)k);
		if (l->c.kind != TC_NONFINITE || l->c.mark < 0 ||
		    !l->c.passive || l->c.subj_n > 0 || l->c.parent < 0)
			continue;
		m = lcl_at(s, l->c.parent);
		if (m->c.subj_n > 0 && m->c.kind != TC_NONFINITE &&
		    (m->c.subj_first + m->c.subj_n <= (guint)l->c.mark ||
		    m->c.subj_first > l->c.verb_first)) {
			l->c.subj_first = m->c.subj_first;
			l->c.subj_n = m->c.subj_n;
		}
	}
	if (s->cl->len < 2)
		return;
	l = lcl_at(s, 0);
	if (l->c.kind != TC_NONFINITE || !l->c.passive || l->lead != 0)
		return;
	for (k = 1; k < s->cl->len && k < LWIN; k++) {
		m = lcl_at(s, (int)k);
		if (m->c.kind == TC_MAIN && m->c.parent < 0) {
			if (m->c.subj_n > 0 && m->c.subj_first > 0) {
				l->c.subj_first = m->c.subj_first;
				l->c.subj_n = m->c.subj_n;
			}
			return;
		}
	}
}

/* What a speaker's aside interrupts or follows is what was said. */
static void
asides(struct lsent *s)
{
	struct lcl	*l, *m;
	guint		 i, k;

	for (i = 0; i < s->cl->len; i++) {
		if (!lcl_at(s, (int)i)->incise)
			continue;
		for (k = 0; k < s->cl->len && k < i + LWIN; k++) {
			m = lcl_at(s, (int)k);
			if (k == i || m->incise || m->c.kind != TC_MAIN ||
			    m->c.parent >= 0)
				continue;
			m->c.kind = TC_REPORTED;
			m->c.parent = (int)i;
			if (k > i)
				break;
		}
		l = lcl_at(s, (int)i);
		l->c.kind = TC_MAIN;
		l->c.parent = -1;
	}
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
	int		 k;

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
		s.cleft = -1;
		if (t->lang == TEXT_DE)
			tl_german(&s);
		else {
			romance_groups(&s);
			for (k = 0; k < (int)s.cl->len; k++)
				romance_clause(&s, k);
			opening_participle(&s);
			asides(&s);
		}
		if (s.cl->len == 0)
			fragment(&s);
		moods(&s);
		emit(&s, se, i);
	}
	g_free(s.tg);
	g_array_free(s.cl, TRUE);
}
