/* SPDX-License-Identifier: MIT */
/*
 * The clauses of French and Spanish sentences, once their verb groups
 * are found (text_clause_lang_group.c): each one's marker (a
 * subordinator, a relative, "que", a conjunction), kind and parent, its
 * subject (the phrase before the verb past asides, appositions and
 * phrases of time; a relative's antecedent; the phrase after a verb of
 * saying put after what it reports), and the subjects participles and
 * speakers' asides share.
 */
#include <string.h>

#include "text_clause_lang_int.h"

/* Prepositions that subordinate only before "que" ("après que"). */
static const char *const fr_subque[] = {
	"après", "avant", "pendant", "dès", "sans", "pour", "afin",
	"parce", "tandis", "alors", "bien", "depuis", "jusqu'", NULL
};
static const char *const es_subque[] = {
	"después", "antes", "luego", "desde", "hasta", "para", "sin",
	"dado", "puesto", "ya", "así", "mientras", NULL
};
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

/* Token k is an adjective of a time's place: "dernier", "pasado". */
static int
relative_adj(const struct lsent *s, guint k)
{
	static const char *const adj[] = {
		"dernier", "dernière", "derniers", "dernières", "prochain",
		"prochaine", "prochains", "prochaines", "pasado", "pasada",
		"próximo", "próxima", NULL
	};
	char		 key[LKEY_MAX];

	tl_keyat(s, k, key);
	return tl_listed(adj, key);
}

/* A phrase of time from f ("El pasado 12 de noviembre", "Deux jours
 * plus tard", "le lendemain"): its end, f when none. */
guint
tl_time_np(const struct lsent *s, guint f, guint e)
{
	guint		 k;
	int		 tm = 0;

	for (k = f; k < e && k < f + 8; k++) {
		/* "le dernier détachement": "dernier", "pasado" count
		 * a time only beside a time or a number */
		if ((s->tg[k].f & LF_TIME) && relative_adj(s, k) &&
		    !(k > f && (s->tg[k - 1].f & LF_TIME)) && !(k + 1 < e &&
		    ((s->tg[k + 1].f & LF_TIME) || s->tg[k + 1].cls ==
		    LC_NUM)))
			break;
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

/* A comma stands in [a, b). */
static int
comma_in(const struct lsent *s, guint a, guint b)
{
	guint		 k;

	for (k = a; k < b && k < a + LWIN; k++)
		if (s->tg[k].cls == LC_COMMA)
			return 1;
	return k < b;
}

/* [f, k) is a time counted back: "Il y a deux ans", "Hace tres
 * años". */
static int
ago_np(const struct lsent *s, guint f, guint k)
{
	guint		 j;

	if (!(tl_key_is(s, f, "il") && tl_key_is(s, f + 1, "y") &&
	    tl_key_is(s, f + 2, "a")) && !tl_key_is(s, f, "hace") &&
	    !tl_key_is(s, f, "hacía"))
		return 0;
	for (j = f + 1; j < k && j < f + 6; j++)
		if (s->tg[j].f & LF_TIME)
			return 1;
	return 0;
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
			    s->tg[f].vg < 0 && tl_time_np(s, f, k) == f &&
			    !ago_np(s, f, k)) {
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
		/* "Hace dos semanas viajó": a time counted back */
		if (k < e && ago_np(s, k, e) && tl_time_np(s, k + (lw_is(s, k,
		    "il") || lw_is(s, k, "Il") ? 3 : 1), e) == e)
			return;
		if (k < e && tl_time_np(s, k, e) == e && f > a && !aside) {
			e = f - 1;
			continue;
		}
		k = tl_time_np(s, k, e);
		/* "le", "se", "lo" before the verb are its objects: a
		 * phrase does not end on a clitic or an article */
		while (e > k && (s->tg[e - 1].cls == LC_CLITIC ||
		    (s->tg[e - 1].cls == LC_DET && e - 1 > k) ||
		    s->tg[e - 1].cls == LC_QUOTE))
			e--;
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
			return (s->tg[lcl_at(s, v)->c.head].f & LF_SAY) ?
			    v : -1;
		if (s->tg[k].cls == LC_COMMA || s->tg[k].cls == LC_END ||
		    s->tg[k].cls == LC_QUE || s->tg[k].cls == LC_REL)
			return -1;
	}
	return -1;
}

/* A finite verb stands before token k in its sentence, after the
 * last subordinator or relative. */
static int
finite_before(const struct lsent *s, int k)
{
	int		 j;

	for (j = k - 1; j >= 0 && j + LWIN > k; j--) {
		if (s->tg[j].vg >= 0 && lcl_at(s, s->tg[j].vg)->c.kind !=
		    TC_NONFINITE)
			return 1;
		if (s->tg[j].cls == LC_END || s->tg[j].cls == LC_SUB ||
		    s->tg[j].cls == LC_REL || s->tg[j].cls == LC_QUE)
			return 0;
	}
	return 0;
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

/* The subject put after a verb of saying ending at f: at f, or past
 * adverbs, a time and a bare preposition's phrase ("a rappelé en
 * substance dimanche le président") when it ends the stretch; s->n
 * when none. */
static guint
inverted_at(const struct lsent *s, guint f, guint *np)
{
	guint		 k, e, n, j;

	for (k = f; k < s->n && k < f + 8; ) {
		if (s->tg[k].cls == LC_ADV)
			k++;
		else if ((e = tl_time_np(s, k, MIN(s->n, k + 8))) > k)
			k = e;
		else if (s->tg[k].cls == LC_PREP && s->tg[k].pre == LP_NONE &&
		    !lw_is(s, k, "de") && k + 1 < s->n && s->tg[k + 1].vg < 0 &&
		    ((s->tg[k + 1].cls == LC_OPEN && s->tg[k + 1].pre ==
		    LP_NONE && !(s->tg[k + 1].f & LF_CAP)) ||
		    s->tg[k + 1].cls == LC_NAME))
			/* "en substance", "a EFE", "à Reuters" */
			for (k += 2; k < s->n && k < f + 8 &&
			    s->tg[k].cls == LC_NAME && s->tg[k - 1].cls ==
			    LC_NAME; k++)
				;
		else if (s->tg[k].cls == LC_PREP && k + 2 < s->n &&
		    (s->tg[k + 1].cls == LC_DET || s->tg[k + 1].pre ==
		    LP_DET) && (s->tg[k + 1].cls == LC_DET ?
		    s->tg[k + 2].cls == LC_OPEN : 1) && !lw_is(s, k, "de"))
			/* "à la presse", "à l'AFP": one noun */
			k += s->tg[k + 1].cls == LC_DET ? 3 : 2;
		else
			break;
	}
	*np = 0;
	if (k == f) {
		*np = tl_np_fwd(s, f, s->n);
		return f;
	}
	if (k >= s->n || (s->tg[k].cls != LC_DET && s->tg[k].cls !=
	    LC_NAME && s->tg[k].pre != LP_DET) ||
	    (n = tl_np_fwd(s, k, s->n)) == 0)
		return s->n;
	/* it ends the stretch, with its "de" phrase ("le porte-parole
	 * de l'armée") */
	for (j = k + n; j < s->n && j < k + n + 8; j++) {
		if (s->tg[j].cls == LC_END || s->tg[j].cls == LC_COMMA)
			break;
		if (s->tg[j].vg >= 0 || (s->tg[j].cls == LC_PREP &&
		    !lw_is(s, j, "de") && !lw_is(s, j, "d'") &&
		    !lw_is(s, j, "du") && !lw_is(s, j, "des") &&
		    !lw_is(s, j, "del")) || s->tg[j].cls == LC_REL ||
		    s->tg[j].cls == LC_QUE || s->tg[j].cls == LC_CONJ)
			return s->n;
	}
	if (j < s->n && s->tg[j].cls != LC_END && s->tg[j].cls != LC_COMMA)
		return s->n;
	*np = j - k;
	return k;
}

/* The Spanish article at i agrees with the clitic c ("la campaña ...
 * la"). */
static int
agrees(const struct lsent *s, guint i, const char *c)
{
	static const char *const art[][5] = {
		{ "lo", "el", "un", "este", "ese" },
		{ "la", "la", "una", "esta", "esa" },
		{ "los", "los", "unos", "estos", "esos" },
		{ "las", "las", "unas", "estas", "esas" }
	};
	char		 k[LKEY_MAX];
	guint		 r, j;

	tl_keyat(s, i, k);
	for (r = 0; r < G_N_ELEMENTS(art); r++)
		if (strcmp(art[r][0], c) == 0)
			for (j = 1; j < 5; j++)
				if (strcmp(art[r][j], k) == 0)
					return 1;
	return 0;
}

/*
 * "La campaña del rechazo la encabezó el expresidente": in Spanish an
 * object put first is taken up by a clitic of its gender and number
 * before the verb, and the subject comes after the verb.  The phrase
 * found before becomes the object; the phrase after the verb (not a
 * time), the subject.
 */
static void
fronted(const struct lsent *s, struct lcl *l)
{
	char		 c[LKEY_MAX];
	guint		 v = l->c.verb_first, f, n, m;

	if (s->lang != TEXT_ES || v == 0 || (guint)l->lead + 1 != v ||
	    s->tg[v - 1].cls != LC_DET || (l->c.subj_n > 0 &&
	    l->c.subj_first + l->c.subj_n != v - 1))
		return;
	tl_keyat(s, v - 1, c);
	/* "En la pista lo esperaba el canciller": no phrase before,
	 * the one after the verb is no object but the subject */
	if (l->c.subj_n > 0 && !agrees(s, l->c.subj_first, c))
		return;
	f = v + l->c.verb_n;
	while (f < s->n && f < v + 4 && s->tg[f].cls == LC_ADV)
		f++;
	if (f >= s->n || (s->tg[f].cls != LC_DET && s->tg[f].cls != LC_NAME) ||
	    (n = tl_np_fwd(s, f, s->n)) == 0 || tl_time_np(s, f, f + n) > f)
		return;
	/* "el expresidente y senador X" */
	if (f + n + 1 < s->n && lw_is(s, f + n, "y") &&
	    (m = tl_np_fwd(s, f + n + 1, s->n)) > 0 &&
	    tl_time_np(s, f + n + 1, f + n + 1 + m) == f + n + 1)
		n += 1 + m;
	if (l->c.subj_n == 0 && n < 2 && s->tg[f].cls != LC_NAME)
		return;
	if (l->c.subj_n > 0) {
		l->c.obj_first = l->c.subj_first;
		l->c.obj_n = l->c.subj_n;
		l->lead = (int)l->c.subj_first;
	}
	l->c.subj_first = f;
	l->c.subj_n = n;
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
		if (l->c.passive && l->c.mark < 0 && l->lead > 0 &&
		    s->tg[l->lead - 1].cls == LC_CONJ && ci > 0 &&
		    lcl_at(s, ci - 1)->c.kind == TC_NONFINITE &&
		    lcl_at(s, ci - 1)->c.passive) {
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
	/* "“...”, dijo la presidencia": what the quotation holds is no
	 * part of the speaker's clause */
	if ((s->tg[l->c.head].f & LF_SAY) && l->lead > 1 &&
	    s->tg[l->lead - 1].cls == LC_COMMA &&
	    s->tg[l->lead - 2].cls == LC_QUOTE)
		lo = l->lead;
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
			/* "comme président, ..., a": "comme", "como"
			 * before a noun, not a clause */
			if ((strcmp(key, "comme") == 0 ||
			    strcmp(key, "como") == 0) && comma_in(s,
			    (guint)k, (guint)l->lead))
				continue;
			/* "X, coorganisée par A et B, a permis": a list
			 * in an aside, not two clauses; "Santos y
			 * Timochenko sellaron": no verb before it */
			/* "y, minutos después, rompió": a conjunction
			 * before an aside joins clauses */
			if (s->tg[k].cls == LC_CONJ && !(k + 1 < l->lead &&
			    s->tg[k + 1].cls == LC_COMMA &&
			    prev_finite(s, ci) >= 0) && ((l->lead > 0 &&
			    s->tg[l->lead - 1].cls == LC_COMMA &&
			    l->lead - 1 > k && !(k > 0 &&
			    s->tg[k - 1].cls == LC_COMMA &&
			    (lw_is(s, (guint)k, "pero") ||
			    lw_is(s, (guint)k, "mais") ||
			    lw_is(s, (guint)k, "sino")) &&
			    finite_before(s, k))) || !finite_before(s, k)))
				continue;
			m = k;
			break;
		}
	}
	a = (guint)(k + 1);
	pf = prev_finite(s, ci);
	if (m < 0) {
		/* ", a annoncé l'état-major": inverted after the fact */
		/* after a quotation, even one with no verb found */
		if ((s->tg[l->c.head].f & LF_SAY) && l->lead > 1 &&
		    ((pf >= 0 && main_before(s, ci)) || (s->tg[l->lead -
		    1].cls == LC_COMMA && s->tg[l->lead - 2].cls ==
		    LC_QUOTE)) &&
		    (s->tg[l->lead - 1].cls == LC_COMMA ||
		    s->tg[l->lead - 1].cls == LC_QUOTE) &&
		    (f = inverted_at(s, l->c.verb_first + l->c.verb_n,
		    &n)) < s->n && n > 0 && tl_time_np(s, f, f + n) == f) {
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
		if (lo == l->lead) {
			/* what the quotation before holds was said */
			for (k = pf; k >= 0 && k + LWIN > pf; k--) {
				p = lcl_at(s, k);
				if (p->c.kind == TC_MAIN && p->c.parent < 0) {
					p->c.kind = TC_REPORTED;
					p->c.parent = ci;
				}
			}
			return;
		}
		/* "Si ..., préviennent des diplomates, la menace
		 * pourrait": a speaker's aside between commas */
		if ((s->tg[l->c.head].f & LF_SAY) && l->lead > 1 &&
		    s->tg[l->lead - 1].cls == LC_COMMA && (pf >= 0 ||
		    (pf < 0 && (s->tg[0].cls == LC_DET ||
		    s->tg[0].cls == LC_NAME || s->tg[0].pre == LP_DET) &&
		    tl_np_fwd(s, 0, s->n) == (guint)l->lead - 1)) &&
		    l->c.modality == TMOD_NONE &&
		    (guint)ci + 1 < s->cl->len && (f = inverted_at(s,
		    l->c.verb_first + l->c.verb_n, &n)) < s->n && n > 0 &&
		    f + n < s->n && s->tg[f + n].cls == LC_COMMA &&
		    (s->tg[f].cls == LC_DET || s->tg[f].cls == LC_NAME ||
		    s->tg[f].pre == LP_DET) && tl_time_np(s, f, f + n) == f) {
			l->c.subj_first = f;
			l->c.subj_n = n;
			l->incise = 1;
			return;
		}
		/* "Si el Congreso da su aprobación, comenzará": what
		 * follows a subordinate clause's verb to the comma is
		 * that clause's */
		if (k >= 0 && s->tg[k].vg >= 0 && lcl_at(s,
		    s->tg[k].vg)->c.kind == TC_SUBORD && l->lead > 0 &&
		    s->tg[l->lead - 1].cls == LC_COMMA && !comma_in(s, a,
		    (guint)l->lead - 1))
			return;
		b = (guint)l->lead;
		/* a relative right after the subject ("X qui ... a"),
		 * not one in a phrase after it ("X, selon Y qui") */
		/* not one in a phrase before a comma: "Près de deux
		 * mois après l'explosion qui a dévasté le port, X a" */
		if (cut >= 0 && (guint)cut > a && (s->tg[cut - 1].cls ==
		    LC_COMMA || ((s->tg[cut - 1].cls == LC_OPEN ||
		    s->tg[cut - 1].cls == LC_NAME) && !comma_in(s,
		    (guint)cut, (guint)l->lead))))
			b = (guint)cut;
		subject_before(s, a, b, l);
		fronted(s, l);
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
	/* "le nom que s'étaient donné les putschistes": French "que"
	 * is an object, its subject may follow the verb */
	if (l->c.kind == TC_RELATIVE && l->c.subj_n == 0 &&
	    s->lang == TEXT_FR && lw_is(s, (guint)m, "que") &&
	    (f = l->c.verb_first + l->c.verb_n) < s->n &&
	    (s->tg[f].cls == LC_DET || s->tg[f].cls == LC_NAME ||
	    s->tg[f].pre == LP_DET) && (n = tl_np_fwd(s, f, s->n)) > 0 &&
	    tl_time_np(s, f, f + n) == f) {
		l->c.subj_first = f;
		l->c.subj_n = n;
		return;
	}
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
	} else if (l->c.kind == TC_RELATIVE && l->c.subj_n == 0 && m > 1 &&
	    s->tg[m - 1].cls == LC_COMMA && s->tg[m - 2].cls == LC_PRON &&
	    (lw_is(s, (guint)m, "qui") || lw_is(s, (guint)m, "que") ||
	    lw_is(s, (guint)m, "quien"))) {
		/* "Ella, que vive en la clandestinidad" */
		l->c.subj_first = (guint)m - 2;
		l->c.subj_n = 1;
	}
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

/* "Sans gouvernement crédible, l'aide resterait bloquée", "Sin
 * acuerdo, ...": a phrase of "sans", "sin" opening the sentence is a
 * condition; the conditionals after it are no future reported. */
static void
without(struct lsent *s)
{
	guint		 k;

	if (s->n < 4 || !(tl_key_is(s, 0, "sans") || tl_key_is(s, 0, "sin")))
		return;
	for (k = 1; k < s->n && k < 10; k++) {
		if (s->tg[k].vg >= 0 || s->tg[k].cls == LC_END)
			return;
		if (s->tg[k].cls == LC_COMMA) {
			s->cond = k > 1;
			return;
		}
	}
}

void
tl_romance_clauses(struct lsent *s)
{
	int		 k;

	without(s);
	for (k = 0; k < (int)s->cl->len; k++)
		romance_clause(s, k);
	opening_participle(s);
	asides(s);
}
