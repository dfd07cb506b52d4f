/* SPDX-License-Identifier: MIT */
/*
 * The coreference stage's noun phrases: a clause's subject or object
 * read as the phrase a pronoun may stand for (its span without a
 * trailing relative, apposition or participle phrase; its head; its
 * number; whether it names a person, a group, an actor), and the word
 * tests it is read by.  Every read is bounded by NP_SCAN tokens.
 */
#include <string.h>

#include <glib.h>

#include "text_coref_int.h"
#include "text_lexicon.h"

/* Group nouns: singular for "it", plural for "they". */
static const char *const groups[] = {
	"government", "junta", "army", "military", "team", "committee",
	"council", "party", "group", "alliance", "coalition", "opposition",
	"administration", "parliament", "cabinet", "bloc", "union",
	"movement", "leadership", "regime", "navy", "delegation", "board",
	"assembly", "congress", "senate", "public", "family", "staff",
	"crew", "side", "court", "tribunal", "commission", "authority",
	"ministry", "company", "firm", "bank", "force", "contingent",
	"organisation", "organization", "jury", "panel", "majority",
	"minority", "electorate", "population", "community", NULL
};

/* Plurals without an "s". */
static const char *const plural_irregular[] = {
	"people", "police", "men", "women", "children", "militia", "cattle",
	"clergy", "personnel", NULL
};

/* Lower-case words ending in "s" that are no plural nouns. */
static const char *const not_plural[] = {
	"was", "has", "does", "is", "its", "this", "thus", "across",
	"perhaps", "always", "towards", "afterwards", "whereas", "besides",
	"sometimes", "news", "less", "unless", "series", "politics",
	"economics", "species", "means", "analysis", "crisis", "basis",
	"thesis", "status", "census", "consensus", "bus", "gas", "lens",
	"chaos", "ethos", "pathos", "kudos", "physics", "ceasefires",
	NULL
};

/* Adjectives after their noun: "elections due on", "the officials
 * responsible for". */
static const char *const postpositive[] = {
	"due", "responsible", "available", "able", "eligible", "liable",
	"present", "concerned", "involved", "alone", "aplenty", NULL
};

/* Words that open a clause, not a noun phrase: "what", "whether". */
static const char *const openers[] = {
	"that", "whether", "if", "how", "why", "what", "who", "when",
	"where", NULL
};

/* Nouns of persons (no title in front of a name is needed). */
static const char *const person_nouns[] = {
	"president", "minister", "leader", "premier", "chancellor", "king",
	"queen", "prince", "princess", "emir", "sultan", "spokesman",
	"spokeswoman", "spokesperson", "official", "ambassador", "envoy",
	"diplomat", "general", "commander", "chief", "secretary", "senator",
	"governor", "mayor", "chairman", "chairwoman", "man", "woman",
	"boy", "girl", "father", "mother", "son", "daughter", "wife",
	"husband", "brother", "sister", "widow", "dictator", "ruler",
	"monarch", "strongman", "judge", "prosecutor", "lawyer", "activist",
	"dissident", "journalist", "reporter", "analyst", "researcher",
	"businessman", "businesswoman", "tycoon", "oligarch", "founder",
	"candidate", "cleric", "negotiator", "adviser", "advisor", "aide",
	"politician", "lawmaker", "deputy", "pope", "officer", "soldier",
	"mediator", "author", "writer", NULL
};

const char *const coref_male[] = {
	"he", "him", "his", "himself", "mr", "sir", "lord", "king", "prince",
	"emir", "sultan", "sheikh", "spokesman", "chairman", "congressman",
	"businessman", "man", "boy", "father", "son", "husband", "brother",
	NULL
};

const char *const coref_female[] = {
	"she", "her", "hers", "herself", "mrs", "ms", "miss", "dame", "lady",
	"queen", "princess", "spokeswoman", "chairwoman", "congresswoman",
	"businesswoman", "woman", "girl", "mother", "daughter", "wife",
	"sister", "widow", NULL
};

/* --- words ---------------------------------------------------------------- */

int
coref_in_list(const struct text *t, guint i, const char *const *l)
{
	char		 k[TL_KEY_MAX];
	const char	*w;
	size_t		 n;

	w = text_word(t, i, &n);
	if (text_lex_key(w, n, k) == 0)
		return 0;
	for (; *l != NULL; l++)
		if (strcmp(k, *l) == 0)
			return 1;
	return 0;
}

int
coref_is_word(const struct text *t, guint i)
{
	return text_tok(t, i)->kind == TEXT_WORD;
}

int
coref_is_punct(const struct text *t, guint i)
{
	return text_tok(t, i)->kind == TEXT_PUNCT ||
	    text_tok(t, i)->kind == TEXT_SYMBOL;
}

/* Token i joins the words around it: "44-day", "Nagorno-Karabakh". */
int
coref_joiner(const struct text *t, guint i)
{
	const struct text_token *k = text_tok(t, i);

	return i > 0 && i + 1 < t->tokens->len && coref_is_punct(t, i) &&
	    text_tok(t, i - 1)->tend == k->tstart &&
	    text_tok(t, i + 1)->tstart == k->tend &&
	    text_tok(t, i - 1)->kind != TEXT_PUNCT &&
	    text_tok(t, i + 1)->kind != TEXT_PUNCT;
}

static int
capital(const struct text *t, guint i)
{
	size_t	n;

	return coref_is_word(t, i) && g_unichar_isupper(g_utf8_get_char(
	    text_word(t, i, &n)));
}

/* Class and verb bits of token i in its sentence (first: the
 * sentence's first token). */
unsigned
coref_lex_at(const struct text *t, guint i, guint first)
{
	const char	*w;
	size_t		 n;

	guint		 k;

	if (!coref_is_word(t, i))
		return TL_BITS(coref_is_punct(t, i) ? TL_PUNCT : TL_NUM, 0);
	w = text_word(t, i, &n);
	/* the sentence's first word, after quotes and brackets */
	for (k = i; k > first && i - k < 3 && coref_is_punct(t, k - 1); k--)
		;
	return text_lex_word(w, n, k == first ? TLW_INITIAL : 0);
}

static enum text_lex_class
cls_at(const struct text *t, guint i, guint first)
{
	return TL_CLS(coref_lex_at(t, i, first));
}

/* Token i is the point of an abbreviation: "U.N. officials", "J. Smith". */
static int
abbrev_dot(const struct text *t, guint i)
{
	const char	*w;
	size_t		 n;

	if (i == 0 || !text_is(t, i, ".") ||
	    text_tok(t, i - 1)->tend != text_tok(t, i)->tstart ||
	    !coref_is_word(t, i - 1))
		return 0;
	w = text_word(t, i - 1, &n);
	return memchr(w, '.', n) != NULL || (n == 1 &&
	    g_ascii_isupper(w[0]));
}

/* Token i is an apostrophe after a plural ("the forces' commander"). */
static int
poss_mark(const struct text *t, guint i)
{
	const char	*w;
	size_t		 n;

	if (!coref_is_punct(t, i))
		return 0;
	w = text_word(t, i, &n);
	return (n == 1 && w[0] == '\'') || (n == 3 &&
	    memcmp(w, "\xE2\x80\x99", 3) == 0);
}

/* Word i ends in "'s" ("Russia's", "May’s"). */
static int
poss_word(const struct text *t, guint i)
{
	const char	*w;
	size_t		 n;

	if (!coref_is_word(t, i))
		return 0;
	w = text_word(t, i, &n);
	return (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' ||
	    w[n - 1] == 'S')) || (n > 4 && memcmp(w + n - 4,
	    "\xE2\x80\x99", 3) == 0 && (w[n - 1] == 's' || w[n - 1] == 'S'));
}

/* Word i is a plural noun by its form. */
static int
plural_form(const struct text *t, guint i)
{
	char		 k[TL_KEY_MAX];
	const char	*w;
	size_t		 n;

	if (!coref_is_word(t, i) || coref_in_list(t, i, plural_irregular))
		return coref_is_word(t, i);
	w = text_word(t, i, &n);
	n = text_lex_key(w, n, k);
	if (n < 4 || k[n - 1] != 's' || k[n - 2] == 's' || k[n - 2] == 'u' ||
	    k[n - 2] == 'i' || k[n - 2] == '\'' ||
	    coref_in_list(t, i, not_plural))
		return 0;
	return 1;
}

/* --- noun phrases --------------------------------------------------------- */

/*
 * Token k ends the noun phrase that began at f: a comma or other
 * punctuation (an apposition, a relative), a relative pronoun, "to"
 * ("the junta to reinstate X"), a subordinator, a participle before a
 * preposition or at the end ("a ceasefire mediated by Y").
 */
static int
np_stop(const struct text *t, guint k, guint f, guint end, guint s0)
{
	unsigned	 b;

	if (coref_is_punct(t, k))
		return !(poss_mark(t, k) && k > f && k + 1 < end &&
		    coref_is_word(t, k + 1)) && !(k > f && k + 1 < end &&
		    (coref_joiner(t, k) || abbrev_dot(t, k)));
	if (k == f)
		return 0;
	b = coref_lex_at(t, k, s0);
	switch (TL_CLS(b)) {
	case TL_REL:
	case TL_THAT:
	case TL_TO:
	case TL_SUB:
	case TL_PRON:
	case TL_BE:
	case TL_HAVE:
	case TL_MODAL:
		return 1;
	case TL_OPEN:
		if (capital(t, k) || !(TL_FORMS(b) & (TLV_PPART | TLV_ING |
		    TLV_PAST)))
			return 0;
		/* "a ceasefire mediated by", not "isolated forces" */
		return k + 1 >= end || cls_at(t, k + 1, s0) == TL_PREP ||
		    coref_is_punct(t, k + 1);
	default:
		return 0;
	}
}

/* Words k-1 and k+1 around the "and" at k join two noun phrases, not
 * two modifiers ("outgunned and isolated forces"). */
static int
coordination(const struct text *t, guint k, guint f, guint end, guint s0)
{
	enum text_lex_class c;

	if (k == f || k + 1 >= end)
		return 0;
	c = cls_at(t, k + 1, s0);
	if (c == TL_DET || c == TL_POSS || c == TL_NUM || capital(t, k + 1))
		return 1;
	return capital(t, k - 1) || text_mention_at(t, k - 1, NULL) != NULL ||
	    (plural_form(t, k - 1) && plural_form(t, k + 1));
}

/* The head's gender and person-hood from the words of [f, h]. */
static void
np_person(const struct text *t, const int *gender, struct np *np)
{
	const struct text_mention *m;
	guint		 h = np->head;

	m = text_mention_at(t, h, NULL);
	if (m != NULL && m->actor >= 0 && !(m->flags & TM_POSS) &&
	    text_actor(t, m->actor)->kind == TA_PERSON) {
		np->person = 1;
		np->gender = gender[m->actor];
		return;
	}
	if (m == NULL && coref_in_list(t, h, person_nouns))
		np->person = 1;
	if (!np->person && !(m == NULL && plural_form(t, h) &&
	    !coref_in_list(t, h, not_plural)))
		return;
	/* "officials", "the women": persons, a plural */
	if (!np->person) {
		char	 k[TL_KEY_MAX];
		size_t	 n;
		const char *w = text_word(t, h, &n);

		n = text_lex_key(w, n, k);
		if (n > 1 && k[n - 1] == 's') {
			k[n - 1] = '\0';
			for (const char *const *l = person_nouns; *l != NULL;
			    l++)
				if (strcmp(k, *l) == 0)
					np->person = 1;
		}
		if (coref_in_list(t, h, (const char *const[]){ "people", "men",
		    "women", "children", NULL }))
			np->person = 1;
	}
	if (coref_in_list(t, h, coref_male))
		np->gender = G_MALE;
	else if (coref_in_list(t, h, coref_female))
		np->gender = G_FEMALE;
}

/*
 * Read the candidate [f, f + n) of sentence s as a noun phrase in np.
 * Returns 0 when it is none: a pronoun, a relative, "this", a number, a
 * gerund, a clause.
 */
int
coref_np_read(const struct text *t, const int *gender, guint f, guint n,
    guint s, struct np *np)
{
	const struct text_sentence *se = text_sent(t, s);
	const struct text_mention *m, *hm;
	guint		 s0 = se->first_token, end = se->first_token +
			    se->ntokens, k, e, pp = 0, lim;
	enum text_lex_class cl;
	unsigned	 b;
	int		 coord = 0;

	memset(np, 0, sizeof(*np));
	np->actor = -1;
	e = MIN(f + n, end);
	while (f < e && coref_is_punct(t, f))
		f++;
	if (f >= e || !coref_is_word(t, f))
		return 0;
	b = coref_lex_at(t, f, s0);
	cl = TL_CLS(b);
	if (cl == TL_PRON || cl == TL_OBJP || cl == TL_REL || cl == TL_THAT ||
	    cl == TL_SUB || cl == TL_TIME || cl == TL_PREP || cl == TL_TO ||
	    coref_in_list(t, f, openers))
		return 0;
	if (cl == TL_OPEN && (TL_FORMS(b) & TLV_ING) && !capital(t, f + 1))
		return 0;		/* "Breaking his leg" */
	/* "this", "those": a demonstrative alone */
	if (cl == TL_DET && (f + 1 >= e || np_stop(t, f + 1, f, e, s0)))
		return 0;
	lim = MIN(e, f + NP_SCAN);
	for (k = f; k < lim && !np_stop(t, k, f, e, s0); k++) {
		/* not the "of" of "the Permanent Court of Arbitration" */
		if (k > f && pp == 0 && cls_at(t, k, s0) == TL_PREP &&
		    ((m = text_mention_at(t, k, NULL)) == NULL ||
		    m->first_token == k))
			pp = k;
		if (pp == 0 && text_is(t, k, "and") &&
		    coordination(t, k, f, e, s0))
			coord = 1;
	}
	if (k + 1 == e && poss_mark(t, k))
		k++;
	/* "May's" alone: a possessive is never the whole phrase; its head
	 * follows, one word before a verb ("May's deal never came close"),
	 * or the candidate is none */
	if (k > f && (poss_word(t, k - 1) || poss_mark(t, k - 1))) {
		if (k != e || k + 1 >= end || !coref_is_word(t, k) ||
		    capital(t, k) || cls_at(t, k, s0) != TL_OPEN ||
		    (coref_is_word(t, k + 1) && !capital(t, k + 1) &&
		    (cls_at(t, k + 1, s0) == TL_OPEN ||
		    cls_at(t, k + 1, s0) == TL_CC)))
			return 0;
		k++;
	}
	if (k == f)
		return 0;
	/* too long, or a name before its verb's phrase ("accused Doha
	 * of financing terrorism"): the phrase before the preposition */
	if (pp > f && (k - f > NP_MAX || ((m = text_mention_at(t, pp - 1,
	    NULL)) != NULL && m->first_token + m->ntokens == pp &&
	    !(m->flags & TM_POSS) && m->actor >= 0 &&
	    text_actor(t, m->actor)->kind != TA_PERSON)))
		k = pp;
	np->first = f;
	np->n = k - f;
	np->head = pp > f ? pp - 1 : k - 1;
	/* "elections due on March 9th": the noun before its adjective */
	if (np->head > f && coref_in_list(t, np->head, postpositive))
		np->head--;
	while (np->head > f && !coref_is_word(t, np->head))
		np->head--;
	cl = cls_at(t, np->head, s0);
	if (!coref_is_word(t, np->head) || (cl != TL_OPEN && cl != TL_NAME) ||
	    g_ascii_isdigit(t->str->str[text_tok(t, f)->tstart]))
		return 0;		/* "9th", "1,100" */
	/* "Deputy Secretary of State Victoria Nuland": the person ends
	 * the phrase after a title */
	m = text_mention_at(t, k - 1, NULL);
	if (m != NULL && m->actor >= 0 && text_actor(t, m->actor)->kind ==
	    TA_PERSON && !(m->flags & TM_POSS) && m->first_token > f &&
	    m->first_token + m->ntokens == k && (capital(t,
	    m->first_token - 1) || coref_in_list(t, m->first_token - 1,
	    person_nouns)))
		np->head = k - 1;
	hm = text_mention_at(t, np->head, NULL);
	np->plural = coord || plural_form(t, np->head) ||
	    coref_in_list(t, f, (const char *const[]){ "both", NULL });
	/* "the Philippines", "the United States": a name, singular */
	if (hm != NULL && !(hm->flags & TM_DEMONYM) && capital(t, np->head))
		np->plural = coord;
	np->group = coref_in_list(t, np->head, groups) || (hm != NULL &&
	    hm->actor >= 0 && text_actor(t, hm->actor)->kind == TA_GROUP);
	np_person(t, gender, np);
	/* a person named before its head ("President Trump first"), a
	 * name no mention took ("Liz Truss"): no "it" */
	for (k = f; k < (pp > f ? pp : f + np->n) && !np->person; k++) {
		m = text_mention_at(t, k, NULL);
		if (m != NULL && m->actor >= 0 && !(m->flags & TM_POSS) &&
		    text_actor(t, m->actor)->kind == TA_PERSON)
			np->person = 1;
	}
	if (np->n >= 2 && np->n <= 3 && !np->person && capital(t, f) &&
	    capital(t, f + np->n - 1) && text_mention_at(t, f, NULL) == NULL &&
	    text_mention_at(t, f + np->n - 1, NULL) == NULL &&
	    cls_at(t, f, s0) == TL_NAME && !coref_in_list(t, f,
	    (const char *const[]){ "the", "a", "an", NULL }))
		np->unknown = 1;	/* not "The Hague" */
	if (hm != NULL && hm->actor >= 0 && !coord &&
	    !(hm->flags & (TM_POSS | TM_DEMONYM)))
		np->actor = hm->actor;
	return 1;
}
