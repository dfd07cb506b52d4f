/* SPDX-License-Identifier: MIT */
/*
 * The verb groups of French and Spanish sentences: the auxiliaries' and
 * modals' listed forms with the participle or infinitive they govern
 * (tense, modality, voice, negation), open words whose ending and place
 * make them finite verbs, the clauses opened by an infinitive, a
 * gerund or a participle, coordinated participles and a speaker's
 * inverted asides.  Each group starts a clause (struct lcl) that
 * text_clause_lang_rom.c completes.
 */
#include <string.h>

#include "text_clause_lang_int.h"

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

static int
starts(const char *k, const char *const *l)
{
	for (; *l != NULL; l++)
		if (strncmp(k, *l, strlen(*l)) == 0)
			return 1;
	return 0;
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
		/* "a elle aussi condamné" */
		if (k + 1 < s->n && (lw_is(s, k, "lui") ||
		    lw_is(s, k, "elle") || lw_is(s, k, "eux") ||
		    lw_is(s, k, "elles")) &&
		    lw_is(s, k + 1, "aussi")) {
			k++;
			continue;
		}
		/* "avait lui-même prévenu" */
		if (k + 2 < s->n && (lw_is(s, k, "lui") ||
		    lw_is(s, k, "elle") || lw_is(s, k, "eux")) &&
		    lw_is(s, k + 1, "-") &&
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
	    (s->tg[i].f & LF_INF)) || tl_key_is(s, i, "être") ||
	    tl_key_is(s, i, "avoir") || tl_key_is(s, i, "ser") ||
	    tl_key_is(s, i, "haber") || tl_key_is(s, i, "estar"));
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

	/* "a « condamné avec fermeté »" */
	if (k + 1 < s->n && s->tg[k].cls == LC_QUOTE && part_at(s, k + 1))
		k++;
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

/* "victime de", "la cible de", "víctima de", "objeto de" at i (an
 * article before): a noun of what befell one; its token, or -1. */
static guint
undergone(const struct lsent *s, guint i)
{
	static const char *const nouns[] = {
		"victime", "victimes", "cible", "cibles", "objet",
		"víctima", "víctimas", "blanco", "objeto", NULL
	};
	char		 k[LKEY_MAX];

	if (i < s->n && s->tg[i].cls == LC_DET && (lw_is(s, i, "la") ||
	    lw_is(s, i, "le") || lw_is(s, i, "el")))
		i++;
	if (i + 1 >= s->n || s->tg[i].vg >= 0 || (s->tg[i].cls != LC_OPEN &&
	    s->tg[i].cls != LC_NAME))
		return (guint)-1;
	tl_keyat(s, i, k);
	if (!tl_listed(nouns, k) || !(lw_is(s, i + 1, "de") ||
	    lw_is(s, i + 1, "del") || lw_is(s, i + 1, "du") ||
	    lw_is(s, i + 1, "des") || s->tg[i + 1].pre == LP_DE))
		return (guint)-1;
	return i;
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
		ilem = LM_NONE;
		if (tl_key_is(s, k, "être") || tl_key_is(s, k, "ser"))
			ilem = LM_BE;
		else if (tl_key_is(s, k, "avoir") ||
		    tl_key_is(s, k, "haber"))
			ilem = LM_HAVE;
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
			    lw_is(s, (guint)h, "pu") ? TMOD_POSSIBLE :
			    TMOD_WANT;
			if (ten == LT_COND)
				mod = TMOD_CONDITIONAL;
			h = (int)k;
			last = k;
			/* "aurait dû être déclaré" */
			if (tl_key_is(s, k, "être") && (j = (guint)perfect(s,
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
	/* "avait été victime d'un accident": what befell the subject,
	 * headed by the noun, no state */
	if ((g->lem == LM_BE && h < 0) || (g->lem == LM_HAVE && h >= 0 &&
	    been_at(s, (guint)h))) {
		k = skip_adv(s, h < 0 ? j : (guint)h + 1, &neg);
		if ((int)(k = undergone(s, k)) >= 0) {
			h = (int)k;
			last = k;
		}
	}
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
		if (k < c && s->tg[k].cls == LC_COMMA)
			return 0;	/* not the comma closing it */
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
	return commas == 1 && s->tg[0].cls != LC_PREP && tl_time_np(s, 0,
	    c) == 0;
}

/* The determiner at i can stand alone as a subject: "certains",
 * "plusieurs", "todos", "varios". */
static int
quantifier(const struct lsent *s, guint i)
{
	static const char *const q[] = {
		"certains", "certaines", "plusieurs", "tous", "toutes",
		"todos", "todas", "varios", "varias", "algunos", "algunas",
		"otros", "otras", NULL
	};
	char		 k[LKEY_MAX];

	tl_keyat(s, i, k);
	return tl_listed(q, k);
}

/* The French word i in "-ait" is an imperfect, not one of the nouns
 * and adjectives with that ending ("fait", "retrait", "souhait"). */
static int
ait_verb(const struct lsent *s, guint i)
{
	static const char *const nouns[] = {
		"trait", "retrait", "portrait", "extrait", "abstrait",
		"distrait", "soustrait", "souhait", "lait", "attrait", NULL
	};
	char		 k[LKEY_MAX];

	tl_keyat(s, i, k);
	return tl_ends(k, "ait") && strlen(k) > 5 && !tl_listed(nouns, k) &&
	    !(tl_ends(k, "fait") && !tl_ends(k, "ffait"));
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
	size_t		 len;

	if (!(f & LF_FIN) || (g->cls != LC_OPEN && g->cls != LC_VERB))
		return 0;
	if ((f & LF_CAP) && !(i == 0 && (f & LF_STRONG)))
		return 0;
	/* "Luiz Inácio Lula da Silva": a short word between names */
	if (q >= 0 && s->tg[q].cls == LC_NAME && nx < s->n &&
	    s->tg[nx].cls == LC_NAME && text_word(s->t, s->s0 + i, &len) !=
	    NULL && len <= 3)
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
	/* "y dieciséis resultaron heridos", "Certains brandissaient": a
	 * number or a quantifier standing alone as the subject */
	if ((f & LF_STRONG) && ((p->cls == LC_NUM && (q == 0 ||
	    s->tg[q - 1].cls == LC_CONJ || s->tg[q - 1].cls == LC_COMMA)) ||
	    (p->cls == LC_DET && quantifier(s, (guint)q))))
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
	/* "sus bases mantienen bloqueos": a Spanish plural after an
	 * article's plural noun (its adjectives end in "-s" too) */
	if (s->lang == TEXT_ES && g->et == LT_PRES &&
	    (tl_ends_word(s, i, "an") || tl_ends_word(s, i, "en")) &&
	    p->cls == LC_OPEN && tl_ends_word(s, (guint)q, "s") && q > 0 &&
	    s->tg[q - 1].cls == LC_DET && nx < s->n &&
	    s->tg[nx].cls != LC_COMMA && s->tg[nx].cls != LC_END)
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
	/* "La Côte d'Ivoire affirme que": a verb of saying before
	 * "que" after a noun */
	if ((f & LF_SAY) && (p->cls == LC_OPEN || p->cls == LC_NAME) &&
	    nx < s->n && (s->tg[nx].cls == LC_QUE || s->tg[nx].pre == LP_QUE))
		return 1;
	/* "Le chef de la junte, 48 ans, commandait": an imperfect after
	 * an apposition on the sentence's first phrase */
	if (s->lang == TEXT_FR && g->et == LT_PAST && p->cls == LC_COMMA &&
	    ait_verb(s, i) && apposed(s, (guint)q))
		return 1;
	/* "Su partido, el Centro, rechaza que" */
	if (p->cls == LC_COMMA && nx < s->n && (s->tg[nx].cls == LC_QUE ||
	    s->tg[nx].pre == LP_QUE))
		return 1;
	/* "Si Argentina aceptara", "que Rusia invadiera": a name right
	 * after a marker, then a past, future or conditional ending */
	if (p->cls == LC_NAME && q > 0 && (s->tg[q - 1].cls == LC_SUB ||
	    s->tg[q - 1].cls == LC_QUE || s->tg[q - 1].cls == LC_REL) &&
	    (g->et == LT_PAST || g->et == LT_FUT || g->et == LT_COND))
		return 1;
	/* "le gouvernement de Hassan Diab démissionnait" */
	if (p->cls == LC_NAME && g->et == LT_PAST && tl_ends_word(s, i, "ait"))
		return 1;
	/* "le général présidait à Dakar": an imperfect after an article
	 * and its noun, before a preposition ("le simple fait de", "un
	 * retrait de" are nouns) */
	if (s->lang == TEXT_FR && g->et == LT_PAST && p->cls == LC_OPEN &&
	    q > 0 && s->tg[q - 1].cls == LC_DET && nx < s->n &&
	    (s->tg[nx].cls == LC_PREP || s->tg[nx].cls == LC_ADV) &&
	    ait_verb(s, i))
		return 1;
	while (nx < s->n && nx < i + 3 && s->tg[nx].cls == LC_ADV)
		nx++;
	/* "Le gouvernement souhaite réformer": no noun takes a bare
	 * infinitive */
	if (nx < s->n && s->tg[nx].cls == LC_OPEN && (s->tg[nx].f & LF_INF) &&
	    !(s->tg[nx].f & LF_CAP) && (p->cls == LC_NAME ||
	    p->cls == LC_OPEN))
		return 1;
	if (nx >= s->n || (s->tg[nx].cls != LC_DET && s->tg[nx].cls !=
	    LC_QUE && s->tg[nx].cls != LC_NUM && !(s->tg[nx].cls == LC_NAME &&
	    (f & LF_SAY))))
		return 0;
	/* "La Communauté économique des Etats": an adjective */
	if (p->cls == LC_NAME && !(tl_ends_word(s, i, "ique") &&
	    (lw_is(s, nx, "des") || lw_is(s, nx, "du"))))
		return 1;
	/* "la junte exigeait le départ", not "un défi logistique des";
	 * "La decisión llega una semana": an article, not "des", "du" */
	return p->cls == LC_OPEN && q > 0 && ((g->et != LT_PRES &&
	    s->tg[q - 1].cls != LC_DET) || (s->tg[q - 1].cls == LC_NAME &&
	    s->tg[nx].cls == LC_DET && !lw_is(s, nx, "des") &&
	    !lw_is(s, nx, "du") && !lw_is(s, nx, "del") &&
	    !lw_is(s, nx, "al") && !lw_is(s, nx, "au") &&
	    !lw_is(s, nx, "aux") && s->tg[nx].pre == LP_NONE) ||
	    (s->tg[q - 1].cls == LC_DET &&
	    s->tg[nx].cls == LC_NUM) || (s->tg[q - 1].cls == LC_DET &&
	    s->tg[nx].cls == LC_DET && !lw_is(s, nx, "des") &&
	    !lw_is(s, nx, "du") && !lw_is(s, nx, "del") &&
	    !lw_is(s, nx, "al") && !lw_is(s, nx, "au") &&
	    !lw_is(s, nx, "aux") && s->tg[nx].pre == LP_NONE));
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
	for (j = i + 1; j < s->n && j < i + 6; j++)
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
	when = tl_time_np(s, nx, MIN(s->n, nx + 8)) > nx ||
	    (s->tg[nx].cls == LC_PREP && nx + 1 < s->n &&
	    (tl_time_np(s, nx + 1, MIN(s->n, nx + 9)) > nx + 1 ||
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
	enum text_tense	 tense;

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
	/* tl_new may move the clauses: what is read of p first */
	tense = p->c.tense;
	pass = pass || (p->c.passive && s->tg[p->c.verb_first].lem ==
	    LM_BE);
	l = tl_new(s, i);
	l->lead = q + 1;
	l->c.verb_n = h - i + 1;
	l->c.head = (int)h;
	l->c.tense = tense;
	l->c.passive = pass;
	for (k = i; k <= h; k++)
		s->tg[k].vg = (int)s->cl->len - 1;
	return 1;
}

/* "souhaite partir", "compte signer", "espera firmar": a verb of
 * wishing before an infinitive ("compte" alone counts). */
static int
wished(const struct lsent *s, guint i)
{
	guint		 k = i + 1;

	if (lw_is(s, k, "de") || lw_is(s, k, "d'"))
		k++;
	k = skip_clitics(s, k);
	return k < s->n && (s->tg[k].f & LF_INF) && s->tg[k].cls == LC_OPEN;
}

/* The auxiliary's form at i is a noun too ("les avions", "les as",
 * "una era"): after an article it is no verb. */
static int
aux_noun(const struct lsent *s, guint i)
{
	static const char *const nouns[] = {
		"avions", "aviez", "sommes", "as", "est", "fut", "era", "eras",
		"vis", "va", "vas", NULL
	};
	char		 k[LKEY_MAX];

	tl_keyat(s, i, k);
	return tl_listed(nouns, k);
}

/* French and Spanish: each finite group and infinitive clause. */
void
tl_romance_groups(struct lsent *s)
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
			/* "le “sugirió”": a quotation opening after the
			 * clitic */
			else if (s->tg[q].cls == LC_QUOTE && q + 1 == (int)i &&
			    q > 0 && s->tg[q - 1].cls == LC_CLITIC)
				continue;
			else if (s->lang == TEXT_ES && s->tg[q].cls == LC_DET &&
			    q + 1 == (int)i && (s->tg[i].f & LF_FIN) &&
			    !(s->tg[i].f & LF_PART) &&
			    (lw_is(s, (guint)q, "lo") ||
			    lw_is(s, (guint)q, "le") ||
			    lw_is(s, (guint)q, "les")))
				;
			else if (s->tg[q].cls == LC_CLITIC || ((clit ||
			    ((s->tg[i].f & LF_STRONG) && c == LC_OPEN &&
			    q + 1 == (int)i) || (c == LC_AUX &&
			    q + 1 == (int)i && !aux_noun(s, i))) &&
			    s->tg[q].cls == LC_DET &&
			    s->tg[q].vg < 0 && (lw_is(s, (guint)q, "le") ||
			    lw_is(s, (guint)q, "la") ||
			    lw_is(s, (guint)q, "les") ||
			    lw_is(s, (guint)q, "lo") ||
			    lw_is(s, (guint)q, "los") ||
			    lw_is(s, (guint)q, "las"))))
				;
			else
				break;
			clit = 1;
			if (lw_is(s, (guint)q, "se") ||
			    lw_is(s, (guint)q, "s'"))
				refl = 1;
		}
		if (c == LC_AUX) {
			tl_keyat(s, i, key);
			/* "les avions", "la era": a noun after an article */
			if (q >= 0 && s->tg[q].vg < 0 &&
			    (s->tg[q].cls == LC_PREP ||
			    (s->tg[q].cls == LC_DET && (!clit ||
			    strcmp(key, "avions") == 0 ||
			    strcmp(key, "era") == 0))))
				continue;
			/* "l'a levée": the clitic, not "l'est" */
			if ((s->tg[i].pre == LP_DET && aux_noun(s, i)) ||
			    s->tg[i].pre == LP_DE)
				continue;
			/* "de nouveaux avions", "una nueva era": forms
			 * that are nouns too want a pronoun before */
			if ((strcmp(key, "avions") == 0 ||
			    strcmp(key, "aviez") == 0 ||
			    strcmp(key, "sommes") == 0 ||
			    strcmp(key, "era") == 0) && !(q >= 0 &&
			    (s->tg[q].cls == LC_PRON || clit || neg)))
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
			else if ((s->tg[i].f & LF_WISH) && wished(s, i))
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
		    LC_COMMA)) && !(q >= 0 && (s->tg[q].cls == LC_DET ||
		    s->tg[q].cls == LC_PREP)))
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
		if (tl_key_is(s, k, "avoir") || tl_key_is(s, k, "être") ||
		    tl_key_is(s, k, "haber")) {
			guint	 last = k;
			int	 pass = 0, h;

			h = perfect(s, k + 1, tl_key_is(s, k, "être") ? LM_BE :
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
