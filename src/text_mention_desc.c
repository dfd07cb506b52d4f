/* SPDX-License-Identifier: MIT */
/*
 * Definite descriptions in Spanish, French and German, as English has
 * "the bloc" (text_mention_words.c): "l'organisation régionale", "el
 * bloque", "das westafrikanische Bündnis" name the last organisation;
 * "la junte", "la junta militar", "die Junta", "les militaires au
 * pouvoir" the junta the text has tied to a state ("la junte
 * malienne", "die nigrische Junta") or named ("Comité pour la
 * transition et la restauration des institutions").  A description
 * whose words do not fit ("l'organisation humanitaire", "el bloque de
 * diputados"), an apposition after another name, a description after a
 * title ("le chef de la junte") or a body ("el Consejo Permanente del
 * organismo") name nothing: the reader loses less by a missing mention
 * than by a wrong one.
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

#define DESC_ADJ	3	/* adjectives of a description at most */

/* Per language (ES, FR, DE): the determiners before a description's
 * noun, definite or demonstrative. */
static const char *const es_det[] = {
	"el", "la", "del", "al", "este", "esta", "dicho", "dicha", NULL
};
static const char *const fr_det[] = {
	"le", "la", "l'", "du", "au", "ce", "cet", "cette", NULL
};
static const char *const de_det[] = {
	"der", "die", "das", "des", "dem", "den", "dieser", "diese",
	"dieses", "diesem", "diesen", NULL
};
/* The same before a plural ("les putschistes"). */
static const char *const fr_det_pl[] = { "les", "des", "aux", "ces", NULL };

/* Nouns naming an organisation of states: the last organisation. */
static const char *const es_org[] = {
	"organización", "organismo", "bloque", "alianza", NULL
};
static const char *const fr_org[] = {
	"organisation", "organisme", "bloc", "alliance", NULL
};
static const char *const de_org[] = {
	"organisation", "bündnis", "bündnisses", "allianz",
	"militärbündnis", "militärbündnisses", "verteidigungsbündnis",
	"verteidigungsbündnisses", NULL
};

/* Nouns naming a junta, singular and plural. */
static const char *const es_junta[] = { "junta", NULL };
static const char *const fr_junta[] = { "junte", NULL };
static const char *const de_junta[] = {
	"junta", "militärjunta", "militärregierung", NULL
};

/* After a junta's noun, words of the same description ("la junta
 * militar", "la junte au pouvoir", "les militaires au pouvoir"). */
static const char *const junta_after[] = {
	"militar", "militaire", NULL
};

/*
 * The beginnings of the adjectives that fit an organisation of states
 * ("régionale", "ouest-africaine", "transatlantische"); a state's
 * demonym does not ("l'organisation américaine", "sud-africaine" is
 * a state's: only the compass words below may join it).
 */
static const char *const org_adj[] = {
	"regional", "régional", "subregional", "internacional",
	"international", "intergubernamental", "intergouvernemental",
	"zwischenstaatlich", "continental", "kontinental", "panafrican",
	"panafrikan", "african", "africain", "afrikan", "westafrikan",
	"ostafrikan", "europe", "europé", "europä", "latinoamerican",
	"iberoamerican", "lateinamerikan", "atlántic", "transatlántic",
	"atlantique", "transatlantique", "atlantisch", "transatlantisch",
	"militar", "militaire", "militärisch", "multilateral", "multilatéral",
	"árabe", "arabe", "arabisch", "asiátic", "asiatique", "asiatisch",
	"hemisféric", "sudamerican", "sahélien", "antijihadiste",
	"antiyihadista", NULL
};

/* Words joined before such an adjective ("ouest-africaine"). */
static const char *const org_adj_joined[] = {
	"ouest", "est", "nord", "sous", "pan", "latino", "euro", NULL
};

/* After a description, words opening its complement: another body
 * ("l'organisation de défense des droits", "das Bündnis aus X"). */
static const char *const complement[] = {
	"de", "d'", "du", "des", "del", "der", "von", "vom", "aus", "zwischen",
	"mit", "entre", "avec", "con", "para", "pour", "für", NULL
};

/* Words ending the names of bodies that rule after a coup, case
 * folded ("Comité national pour le salut du peuple", "Conseil
 * national de transition", "Junta Militar"). */
static const char *const coup_words[] = {
	"junte", "junta", "transition", "transición", "sauvegarde", "salut ",
	"restauration", "restauración", "redressement", "salvación",
	"militärrat", "übergangsrat", "rettung", NULL
};

/* The list of language r among three. */
static const char *const *
by_lang(const struct run *r, const char *const *es, const char *const *fr,
    const char *const *de)
{
	return r->lang == TEXT_ES ? es : r->lang == TEXT_FR ? fr : de;
}

/* Word k is in list l; the noun of a description is lower case but in
 * German. */
static int
noun_in(const struct run *r, guint k, const char *const *l)
{
	if (r->lang != TEXT_DE && !(W(r, k)->f & TOK_LOWER))
		return 0;
	return is_in(r, k, l) && covered(r, k) == NULL;
}

/* Word k begins with a stem of org_adj (lower case). */
static int
adj_fits(const struct run *r, guint k)
{
	const char *const *l;
	const char	*w = W(r, k)->low;

	if (!(W(r, k)->f & TOK_LOWER) && !(W(r, k)->f & TOK_JOINED))
		return 0;
	for (l = org_adj; *l != NULL; l++)
		if (strncmp(w, *l, strlen(*l)) == 0)
			return 1;
	return 0;
}

/*
 * The fitting adjective at word k (with the words joined to it,
 * "ouest-africaine"): its number of words, 0.
 */
static guint
adj_at(const struct run *r, guint k)
{
	guint	n = nw(r), j = k;

	if (k >= n || ends(r, k - 1))
		return 0;
	while (j + 1 < n && (W(r, j + 1)->f & TOK_JOINED) && !ends(r, j) &&
	    is_in(r, j, org_adj_joined))
		j++;
	return adj_fits(r, j) ? j + 1 - k : 0;
}

/*
 * The description at word i opens after a title ("le chef de la
 * junte"): it names the title's body, which is left to the titles; or
 * after a body's name ("el Consejo Permanente del organismo", "der Rat
 * der Organisation"): it names a body above that one.
 */
static int
after_title(const struct run *r, guint i)
{
	guint	k;

	for (k = i; k > 0 && i - k < 2; k--) {
		if (ends(r, k - 1))
			return 0;
		if (is_title(r, k - 1) || (covered(r, k - 1) != NULL &&
		    A(r, covered(r, k - 1)->actor)->kind != TA_STATE &&
		    A(r, covered(r, k - 1)->actor)->kind != TA_PERSON))
			return 1;
	}
	return 0;
}

/*
 * Word k, after a description, opens a name ("l'organisation Human
 * Rights Watch"): in German, where every noun is capitalised ("verhängte
 * das Bündnis Sanktionen"), two capitalised words ("das Bündnis Sahra
 * X"), a form of the gazetteer but a state's or an acronym the text
 * defined ("die westafrikanische Organisation Ecowas").
 */
static int
other_name(const struct run *r, guint k)
{
	const struct phrase *ph;

	if (!cap(r, k))
		return 0;
	if (r->lang != TEXT_DE || (k + 1 < nw(r) && !ends(r, k) &&
	    cap(r, k + 1)) || g_hash_table_contains(r->acros, W(r, k)->key))
		return 1;
	/* a state is the object ("warnte die Junta Frankreich") */
	ph = r->lex != NULL ? lex_match(r->lex, (const struct tok *)
	    r->toks->data, nw(r), k) : NULL;
	return ph != NULL && ((const struct gaz_entry *)g_ptr_array_index(
	    r->lex->entries, ph->entry))->kind != GAZ_STATE;
}

/*
 * Word k, after a description's noun, is an adjective of another kind
 * of body ("humanitaire", "terroriste", "non gouvernementale"), or a
 * participle that makes it another ("l'organisation fondée par X");
 * not a verb ("el bloque exigió").  German adjectives stand before the
 * noun.
 */
static int
other_kind(const struct run *r, guint k)
{
	static const char *const part[] = { "é", "ée", "és", "ées", "ado",
	    "ada", "ido", "ida", NULL };
	const char *const *p;
	const char	*w = W(r, k)->low;
	size_t		 n = strlen(w);

	if (r->lang == TEXT_DE || !(W(r, k)->f & TOK_LOWER))
		return 0;
	if (is_in(r, k, (const char *const[]){ "non", "no", NULL }) &&
	    k + 1 < nw(r) && !ends(r, k))
		return tm_lang_adjective(r, k + 1);
	if (tm_lang_adjective(r, k))
		return 1;
	for (p = part; *p != NULL; p++)
		if (n > strlen(*p) + 2 && strcmp(w + n - strlen(*p), *p) == 0)
			return 1;
	return 0;
}

/* Word k is a German genitive of entry e: "Nigers", "Russlands" are
 * "Niger", "Russland" with "-s" or "-es". */
static int
genitive(const struct run *r, guint k, int e)
{
	char		 buf[WORD_KEY];
	const char	*w = W(r, k)->key;
	size_t		 n = strlen(w);

	if (n < 3 || n >= sizeof(buf) || w[n - 1] != 's')
		return 0;
	memcpy(buf, w, n - 1);
	buf[n - 1] = '\0';
	if (lex_find(r->lex, buf) == e)
		return 1;
	if (n > 3 && w[n - 2] == 'e') {
		buf[n - 2] = '\0';
		return lex_find(r->lex, buf) == e;
	}
	return 0;
}

/*
 * The state a junta's noun ending before word k is tied to: a demonym
 * after it ("la junte malienne"), before it in German ("die malische
 * Junta", from word d), or a state's name or capital after "de" or
 * "in" ("la junta de Níger", "la junte de Bamako", "die Junta in
 * Niamey", "die Junta Nigers"); -1.
 */
static int
junta_state(struct run *r, guint d, guint k)
{
	const struct phrase *ph;
	const struct gaz_entry *g;
	const struct tok *toks = (const struct tok *)r->toks->data;
	guint	 n = nw(r), j, prep = 0;

	if (r->lex == NULL)
		return -1;
	for (j = d; j + 1 < k; j++)
		if ((ph = lex_match(r->lex, toks, n, j)) != NULL &&
		    (ph->flags & PH_DEMONYM) && (g = g_ptr_array_index(
		    r->lex->entries, ph->entry))->kind == GAZ_STATE)
			return tm_gaz_actor(r, ph->entry);
	if (k >= n || ends(r, k - 1))
		return -1;
	if (k + 1 < n && !ends(r, k) && is_in(r, k, (const char *const[]){
	    "de", "d'", "du", "del", "à", "en", "in", NULL }))
		prep = k++;
	ph = lex_match(r->lex, toks, n, k);
	if (ph == NULL || (ph->flags & PH_INSTITUTION) ||
	    (g = g_ptr_array_index(r->lex->entries, ph->entry))->kind !=
	    GAZ_STATE)
		return -1;
	/* right after the noun: an adjective ("la junte malienne") or a
	 * German genitive ("die Junta Nigers"), not an object ("warnte
	 * die Junta Frankreich") */
	if (prep == 0 && !(ph->flags & PH_DEMONYM) && !(r->lang == TEXT_DE &&
	    ph->ntok == 1 && genitive(r, k, ph->entry)))
		return -1;
	return tm_gaz_actor(r, ph->entry);
}

/* A junta's description at word i (its determiner): the words
 * consumed, 0. */
static guint
junta_desc(struct run *r, guint i)
{
	guint	 n = nw(r), k = i + 1, d;
	int	 a, plural;

	if (!is_in(r, i, by_lang(r, es_det, fr_det, de_det)) &&
	    (r->lang != TEXT_FR || !is_in(r, i, fr_det_pl)))
		return 0;
	plural = !is_in(r, i, by_lang(r, es_det, fr_det, de_det));
	/* German: "die nigrische Junta" */
	d = k;
	while (r->lang == TEXT_DE && k < n && k - d < DESC_ADJ &&
	    !ends(r, k - 1) && (W(r, k)->f & TOK_LOWER))
		k++;
	if (k >= n || (k > i + 1 && ends(r, k - 1)))
		return 0;
	/* "les militaires au pouvoir"; not "les putschistes", the men of
	 * a coup as often as the junta they made */
	if (plural ? !(strcmp(W(r, k)->low, "militaires") == 0 && k + 2 < n &&
	    !ends(r, k) && strcmp(W(r, k + 1)->low, "au") == 0 &&
	    strcmp(W(r, k + 2)->low, "pouvoir") == 0) : !noun_in(r, k,
	    by_lang(r, es_junta, fr_junta, de_junta)))
		return 0;
	k++;
	if (k < n && !ends(r, k - 1) && is_in(r, k, junta_after))
		k++;
	if (k + 1 < n && !ends(r, k - 1) && !ends(r, k) &&
	    is_in(r, k, (const char *const[]){ "au", "en", "an", NULL }) &&
	    is_in(r, k + 1, (const char *const[]){ "pouvoir", "poder",
	    "macht", NULL }))
		k += 2;
	if ((a = junta_state(r, d, k)) >= 0) {
		/* the state's own form is read next */
		r->junta = a;
		return 0;
	}
	/* "la junta directiva": a board */
	if (r->junta < 0 || after_title(r, i) || (k < n && !ends(r, k - 1) &&
	    (is_in(r, k, complement) || other_name(r, k) || other_kind(r,
	    k))))
		return 0;
	tm_add_mention(r, i, k, r->junta, TM_ROLE);
	return k - i;
}

/* An organisation's description at word i: the words consumed, 0. */
static guint
org_desc(struct run *r, guint i)
{
	const struct text_mention *m;
	guint	 n = nw(r), k = i + 1, d, len, adj = 0;
	int	 a;

	if (!is_in(r, i, by_lang(r, es_det, fr_det, de_det)))
		return 0;
	/* German adjectives stand before the noun, every one fitting */
	for (d = k; r->lang == TEXT_DE && k < n && k - d < DESC_ADJ &&
	    (len = adj_at(r, k)) > 0; k += len)
		adj++;
	if (k >= n || ends(r, k - 1) || !noun_in(r, k, by_lang(r, es_org,
	    fr_org, de_org)))
		return 0;
	for (k++; r->lang != TEXT_DE && k < n && k - i < DESC_ADJ + 2 &&
	    (len = adj_at(r, k)) > 0; k += len)
		adj++;
	/* "l'organisation humanitaire", "la organización no
	 * gubernamental", "el bloque de diputados": another body */
	if (k < n && !ends(r, k - 1) && (is_in(r, k, complement) ||
	    other_name(r, k) || (adj == 0 && other_kind(r, k))))
		return 0;
	a = tm_near(r, r->last_org, NEAR_SENTS);
	if (a < 0 || A(r, a)->kind != TA_ORG || after_title(r, i))
		return 0;
	/* an apposition names what stands before it: that must be the
	 * organisation ("le G5 Sahel, l'organisation régionale") */
	if (i > 0 && (W(r, i - 1)->f & TOK_COMMA) && ((m = covered(r,
	    i - 1)) == NULL || m->actor != a))
		return 0;
	tm_add_mention(r, i, k, a, TM_ROLE);
	return k - i;
}

guint
tm_lang_desc(struct run *r, guint i)
{
	guint	len;

	if (!is_lang(r) || i + 1 >= nw(r) || ends(r, i))
		return 0;
	if ((len = junta_desc(r, i)) > 0)
		return len;
	return org_desc(r, i);
}

void
tm_lang_desc_seen(struct run *r, int a)
{
	const char *const *l;
	char		*f;

	if (!is_lang(r) || A(r, a)->kind != TA_ORG)
		return;
	if (I(r, a)->coup == 0) {
		f = g_utf8_casefold(A(r, a)->name, -1);
		I(r, a)->coup = 2;
		for (l = coup_words; *l != NULL; l++)
			if (strstr(f, *l) != NULL) {
				I(r, a)->coup = 1;
				break;
			}
		g_free(f);
	}
	if (I(r, a)->coup == 1)
		r->junta = a;
}
