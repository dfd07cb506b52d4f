/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage's words: the lists it reads English by, a person's
 * title and apposition ("Vice Foreign Minister X", "X, a senior fellow
 * at Y"), and the pronouns and roles resolved against the actors seen
 * ("he", "it", "the foreign minister", "the country").
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"


const char *const tm_honorifics[] = {
	"mr", "mrs", "ms", "miss", "dr", "prof", "gen", "lt", "col", "sgt",
	"capt", "maj", "adm", "sen", "rep", "gov", "pres", "amb", "sir",
	"dame", "lord", "lady", "rev", "hon", "brig", "cmdr", "cpl", "fr",
	"supt", "messrs", "pm", "mp", NULL
};

/* Head words of a title or an occupation before or after a name. */
const char *const tm_titles[] = {
	"president", "minister", "secretary", "chancellor", "premier",
	"leader", "king", "queen", "prince", "princess", "emir", "sultan",
	"sheikh", "ayatollah", "pope", "ambassador", "envoy", "diplomat",
	"spokesperson", "spokesman", "spokeswoman", "senator", "congressman",
	"congresswoman", "lawmaker", "legislator", "governor", "mayor",
	"chairman", "chairwoman", "chair", "director", "commander",
	"commissioner", "admiral", "general", "colonel", "lieutenant",
	"marshal", "captain", "sergeant", "chief", "head", "official",
	"negotiator", "adviser", "advisor", "representative",
	"undersecretary", "dictator", "ruler", "monarch", "strongman",
	"professor", "judge", "prosecutor", "consul", "emissary", "aide",
	"fellow", "analyst", "researcher", "journalist", "reporter",
	"correspondent", "editor", "activist", "dissident", "businessman",
	"businesswoman", "tycoon", "oligarch", "founder", "economist",
	"scholar", "expert", "lawyer", "attorney", "candidate", "cleric",
	"imam", "bishop", "archbishop", "cardinal", "officer", "politician",
	"banker", "executive", "counterpart", "deputy", "mogul", "warlord",
	"columnist", "commentator", "writer", "author", "historian",
	"speaker", "predecessor", "successor", "teacher", "lecturer",
	"blogger", "laureate", "campaigner", "novelist", "poet", "singer",
	"entrepreneur", "billionaire", "physician", "surgeon", "priest",
	"pastor", "rabbi", "husband", "wife", "widow", "widower", "son",
	"daughter", "brother", "sister", "father", "mother", NULL
};

/* Words inside a title: "Vice Foreign Minister", "Secretary of State". */
const char *const tm_title_parts[] = {
	"vice", "deputy", "prime", "foreign", "defence", "defense",
	"interior", "finance", "trade", "economy", "state", "national",
	"security", "special", "first", "supreme", "crown", "acting",
	"former", "then", "late", "incoming", "outgoing", "assistant",
	"under", "senior", "top", "de", "facto", "opposition", "affairs",
	"of", "for", "general", "attorney", "military", "army", "navy",
	"intelligence", "nuclear", "permanent", "party", "central", "elect",
	"executive", "high", "federal", "cabinet", "commission", "council",
	"junta", "interim", "transitional", "caretaker", "chief", "policy",
	"visiting", "associate", "lead", "freelance", "veteran", "exiled",
	"jailed", "detained", "imprisoned", "prominent", "retired", NULL
};

/* Capitalised but never a name, nor a surname alone. */
const char *const tm_stops[] = {
	"a", "after", "all", "also", "an", "and", "another", "any", "as",
	"at", "before", "both", "but", "by", "despite", "during", "each",
	"even", "every", "few", "for", "from", "he", "her", "here", "his",
	"how", "however", "i", "if", "in", "it", "its", "last", "many",
	"meanwhile", "more", "most", "my", "next", "no", "not", "now", "of",
	"on", "one", "or", "other", "our", "over", "she", "since", "so",
	"some", "still", "such", "that", "the", "their", "then", "there",
	"these", "they", "this", "those", "though", "thus", "to", "under",
	"we", "what", "when", "where", "which", "while", "who", "why",
	"with", "yet", "you", "your", "yesterday", "today", "tomorrow",
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "will", "would", "can", "could", "should", "might",
	"must", "shall", "is", "are", "was", "were", "do", "does", "did",
	"has", "have", "had", "according", "until", "although", "because",
	"whether", "unlike", "like", "among", "amid", "between", "against",
	"north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "new", "young", "rice", "long", "rich", "hope", "black",
	"white", "brown", "green", "little", "price", "page", "love", "rose",
	"mark", "grant", "bill", "chase", "art", "frank", "earnest", "just",
	"only", "again", "ever", "never", "yes", "instead", "indeed",
	"asked", "speaking", "writing", "several", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "later", "earlier",
	"soon", "finally", "afterwards", "once", "first", "second", NULL
};

/* Words that are also surnames ("Theresa May", "George Will"): inside
 * a name, or alone after a title. */
const char *const tm_word_names[] = {
	"may", "will", "young", "rice", "long", "rich", "hope", "black",
	"white", "brown", "green", "little", "price", "page", "love", "rose",
	"mark", "grant", "bill", "chase", "frank", "earnest", "march",
	"august", "king", "bush", "major", NULL
};

/* In a name, a word that makes it an organisation or a place. */
const char *const tm_org_words[] = {
	"watch", "international", "institute", "institution", "house",
	"council", "ministry", "party", "group", "agency", "bank", "company",
	"times", "post", "news", "center", "centre", "foundation",
	"commission", "committee", "court", "army", "forces", "force",
	"office", "department", "union", "association", "organisation",
	"organization", "front", "movement", "guard", "airlines", "fund",
	"programme", "program", "service", "network", "press", "republic",
	"kingdom", "islands", "island", "sea", "river", "ocean", "gulf",
	"government", "assembly", "parliament", "congress", "senate",
	"corps", "brigade", "police", "navy", "university", "college",
	"school", "club", "authority", "initiative", "alliance",
	"coalition", "league", "federation", "forum", "summit", "treaty",
	"accord", "accords", "agreement", "convention", "street", "square",
	"palace", "hall", "hotel", "airport", "media", "journal", "daily",
	"herald", "tribune", "review", "affairs", "studies", "research",
	"project", "holdings", "partners", "ltd", "inc", "corp", "capital",
	"strait", "canal", "peninsula", "valley", "mountains", "province",
	"region", "city", "county", "state", "states", "nations", "war",
	"crisis", "deal", "act", "law", "plan", "bridge", "dam", "pipeline",
	"project", "stream", "square", "museum", "church", "mosque",
	"cathedral", "embassy", "base", "camp", "zone", "corridor", NULL
};

const char *const tm_speech[] = {
	"said", "says", "told", "tells", "added", "stated", "warned",
	"warns", "announced", "argued", "insisted", "wrote", "writes",
	"claimed", "noted", "explained", "replied", "declared", "confirmed",
	"stressed", "urged", "tweeted", "posted", "acknowledged", "admitted",
	"asserted", "vowed", "pledged", "promised", "predicted",
	"suggested", "recalled", "cautioned", "conceded", NULL
};

const char *const tm_particles[] = {
	"bin", "ibn", "al", "el", "von", "van", "der", "den", "de", "da",
	"das", "dos", "del", "della", "di", "du", "la", "le", "abu", "abd",
	"ben", "bint", NULL
};

/* Family name first: "Kim Jong Un", "Xi Jinping". */
const char *const tm_family_first[] = {
	"kim", "xi", "li", "lee", "park", "moon", "yoon", "ri", "choe",
	"choi", "wang", "zhang", "liu", "chen", "hu", "wen", "mao", "deng",
	"jiang", "nguyen", "pak", "jang", "han", "ho", "yang", "zhao", "zhou",
	"huang", "wu", "sun", "ma", "tran", "pham", "hun", NULL
};

/* After a capital, a place rather than its state: "Moscow airport". */
const char *const tm_places[] = {
	"summit", "talks", "meeting", "conference", "airport", "office",
	"embassy", "bureau", "correspondent", "region", "area", "suburbs",
	"suburb", "street", "streets", "station", "metro", "university",
	"court", "city", "hotel", "stadium", "district", "residents",
	"resident", "mayor", "zoo", "exchange", "marathon", NULL
};

const char *const tm_he_she[] = {
	"he", "she", "him", "his", "her", "hers", "himself", "herself", NULL
};

/* Honorifics and titles of one gender. */
const char *const tm_male[] = {
	"mr", "sir", "lord", "messrs", "king", "prince", "emir", "sultan",
	"sheikh", "spokesman", "chairman", "congressman", "businessman",
	"husband", "widower", "son", "brother", "father", "he", "him",
	"his", "himself", NULL
};

const char *const tm_female[] = {
	"mrs", "ms", "miss", "dame", "lady", "queen", "princess",
	"spokeswoman", "chairwoman", "congresswoman", "businesswoman",
	"wife", "widow", "daughter", "sister", "mother", "she", "her",
	"hers", "herself", NULL
};

/* Not "them": an object is as often the states of the clause. */
static const char *const they[] = {
	"they", "their", "theirs", "themselves", NULL
};

/* Before a plural noun: "the rebels", "many of its allies". */
static const char *const plural_dets[] = {
	"the", "these", "those", "their", "its", "many", "some", "other",
	"several", "both", "all", "few", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
	"thousands", "millions", "most", "such", NULL
};

/* Lower-case words ending in "s" that are no plural nouns. */
static const char *const not_plural[] = {
	"was", "has", "does", "says", "its", "this", "thus", "across",
	"perhaps", "always", "towards", "afterwards", "whereas", "besides",
	"sometimes", "news", "less", "unless", "series", "politics",
	"economics", NULL
};

static const char *const plural_irregular[] = {
	"people", "police", "men", "women", "children", "staff", NULL
};

/* After "it": no actor, "it is unclear". */
const char *const tm_expletive[] = {
	"is", "was", "s", "seems", "seemed", "appears", "appeared",
	"remains", "remained", "takes", "took", "matters", "would", "may",
	"might", "could", NULL
};

/* "the bloc", "the alliance": the last organisation. */
const char *const tm_org_roles[] = {
	"bloc", "alliance", "organisation", "organization", NULL
};

/* Lower-case words i..j of a title, "." dropped. */
void
chain_text(const struct run *r, guint i, guint j, GString *s)
{
	const char	*w;
	guint		 k;

	g_string_truncate(s, 0);
	for (k = i; k < j; k++) {
		w = W(r, k)->low;
		if (s->len > 0)
			g_string_append_c(s, ' ');
		g_string_append_len(s, w, (gssize)(strlen(w) -
		    (strlen(w) > 1 && w[strlen(w) - 1] == '.')));
	}
}

/* The state or organisation of a mention, -1. */
int
qual_of(const struct run *r, const struct text_mention *m)
{
	/* "Mr Putin's spokesman": the person's state */
	if (m != NULL && A(r, m->actor)->kind == TA_PERSON)
		return (m->flags & TM_POSS) ? A(r, m->actor)->state : -1;
	if (m == NULL || (A(r, m->actor)->kind != TA_STATE &&
	    A(r, m->actor)->kind != TA_ORG && A(r, m->actor)->kind !=
	    TA_GROUP))
		return -1;
	return m->actor;
}

/*
 * The title before word i ("Vice Foreign Minister", "Gen.", "American
 * journalist"): 2 if a title word stands there, 1 for "the late" alone,
 * 0 for none.  *qual is set to the state or organisation just before it
 * ("Nigerian President", "Russia's Putin"), else -1; the title's words
 * go to chain.
 */
/* The heads of a portfolio's title: the words before them name the
 * portfolio ("Infrastructure Minister", "fisheries minister"). */
static const char *const portfolio_heads[] = {
	"minister", "secretary", "commissioner", NULL
};

#define PORTFOLIO_MAX	3	/* "Homeland Security", "Culture and
				 * Sport" counts its "and" */

/*
 * The first word of the portfolio before the title words [k, i) when a
 * head is among them ("Ukrainian Infrastructure Minister":
 * "Infrastructure"), in the case of word k; k when there is none.
 * Bounded by PORTFOLIO_MAX.
 */
static guint
portfolio(const struct run *r, guint k, guint i)
{
	guint	p = k, j;

	if (is_lang(r))
		return k;
	for (j = k; j < i && !is_in(r, j, portfolio_heads); j++)
		continue;
	if (j == i)
		return k;
	while (p > 0 && k - p < PORTFOLIO_MAX && covered(r, p - 1) == NULL &&
	    !ends(r, p - 1) && cap(r, p - 1) == cap(r, k) &&
	    !(W(r, p - 1)->f & TOK_DIGIT) && !is_stop(r, p - 1) &&
	    !is_title(r, p - 1) && !(W(r, p - 1)->wc & (WC_DET | WC_PREP |
	    WC_SUB | WC_AUX | WC_SPEECH | WC_AND)))
		p--;
	return p;
}

/* "Morocco's ambassador to the United Nations, X": the word "to"
 * before the body where the envoy is sent, which ends before word i;
 * else i.  The title before it is the name's. */
static guint
sent_to(const struct run *r, guint i)
{
	const struct text_mention *m;
	guint		 k = i - 1, n;

	if (i < 3 || !(W(r, i - 1)->f & TOK_COMMA) ||
	    (m = covered(r, i - 1)) == NULL || A(r, m->actor)->kind ==
	    TA_PERSON)
		return i;
	for (n = 0; k > 0 && n < NAME_WORDS && covered(r, k - 1) == m; n++)
		k--;
	if (k > 1 && strcmp(W(r, k - 1)->low, "the") == 0)
		k--;
	if (k < 2 || strcmp(W(r, k - 1)->low, "to") != 0 ||
	    ends(r, k - 1) || !is_title(r, k - 2))
		return i;
	return k - 1;
}

/* Words [k, i) are capitalised titles, a name's rank ("General",
 * "Captain"): a title may stand before them and a comma. */
static int
ranks(const struct run *r, guint k, guint i)
{
	if (is_lang(r) || k == i)
		return 0;
	for (; k < i; k++)
		if (!cap(r, k) || !is_title(r, k) || ends(r, k))
			return 0;
	return 1;
}

int
tm_title_before(struct run *r, guint i, int *qual, GString *chain)
{
	guint	 k = i, pure = G_MAXUINT, comma = G_MAXUINT, p;
	int	 titled = 0, late = 0, dq = -1;

	*qual = -1;
	/* "el presidente venezolano X": the adjectives after the title */
	if (is_lang(r))
		k = i = tm_lang_adjs(r, i, &dq);
	else
		k = i = sent_to(r, i);
	while (k > 0 && i - k < CHAIN_MAX && covered(r, k - 1) == NULL) {
		if (!is_title(r, k - 1) && !is_tpart(r, k - 1)) {
			/* a portfolio, read only if a state or an
			 * organisation stands before it (below) */
			if (pure != G_MAXUINT || k == i ||
			    (p = portfolio(r, k, i)) == k)
				break;
			pure = k;
			k = p;
			continue;
		}
		if ((W(r, k - 1)->f & TOK_POSS) || ((W(r, k - 1)->f &
		    TOK_PUNCT) && !((k == i || ranks(r, k, i)) &&
		    (W(r, k - 1)->f & TOK_COMMA) && is_title(r, k - 1))))
			break;
		if (k < i && (W(r, k - 1)->f & TOK_COMMA))
			comma = k;
		titled |= is_title(r, k - 1);
		late |= strcmp(W(r, k - 1)->low, "late") == 0;
		k--;
	}
	if (pure != G_MAXUINT && (k == 0 || (W(r, k - 1)->f & TOK_PUNCT) ||
	    qual_of(r, covered(r, k - 1)) < 0))
		k = pure;
	/* "Chad's leader, General X": the title is before the rank */
	chain_text(r, k, comma != G_MAXUINT && comma >= k ? comma : i, chain);
	if (k > 0 && !(W(r, k - 1)->f & TOK_PUNCT) && (titled || (k == i &&
	    (W(r, k - 1)->f & TOK_POSS))))
		*qual = qual_of(r, covered(r, k - 1));
	/* "Peru, whose president, X" */
	if (*qual < 0 && titled && k > 1 && !is_lang(r) &&
	    strcmp(W(r, k - 1)->low, "whose") == 0 &&
	    (W(r, k - 2)->f & TOK_COMMA))
		*qual = qual_of(r, covered(r, k - 2));
	if (*qual < 0 && titled)
		*qual = dq;
	return titled ? 2 : late;
}


/*
 * An apposition after a name ending before word j: ", a senior fellow
 * at Y", ", the foreign minister of Y", ", Russia's envoy", ", 45,".
 * Returns 1 if there is one; *qual gets Y, else -1; the title's words
 * go to chain.
 */
static int	 last_body(const struct run *);
static int	 ends_with(const char *, const char *);

/* Word i is the plural of a title: "the leaders of". */
static int
title_plural(const struct run *r, guint i)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w);

	if (n < 4 || w[n - 1] != 's' || n > WORD_KEY)
		return 0;
	for (const char *const *l = tm_titles; *l != NULL; l++)
		if (strlen(*l) == n - 1 && strncmp(w, *l, n - 1) == 0)
			return 1;
	return 0;
}

int
tm_apposition(struct run *r, guint j, int *qual, GString *chain)
{
	/* a state or demonym before these is what they teach or study,
	 * not whom they serve: "English teacher", "a Russia analyst", "an
	 * Iran expert", "a Moscow correspondent" */
	static const char *const teach[] = {
		"teacher", "lecturer", "tutor", "translator", "analyst",
		"expert", "scholar", "specialist", "researcher", "watcher",
		"historian", "correspondent", NULL
	};
	static const char *const preps[] = {
		"at", "of", "for", "in", "with", "from", "to", "as", NULL
	};
	guint	 k = j, n = nw(r), t0 = 0, t1 = 0, j0 = j;
	int	 titled = 0, a, len;
	unsigned fl;

	*qual = -1;
	if (j == 0 || j >= n || !(W(r, j - 1)->f & TOK_COMMA))
		return 0;
	if ((W(r, k)->f & TOK_DIGIT) && (W(r, k)->f & TOK_COMMA))
		return 1;		/* an age */
	/* ", then Sudan's ruler", ", now its leader" */
	if (is_in(r, k, (const char *const[]){ "then", "now", "formerly",
	    "currently", NULL }) && (W(r, k)->f & TOK_LOWER) && !ends(r, k) &&
	    k + 1 < n)
		j0 = ++k;
	/* an apposition opens with a determiner, a possessive, a name, a
	 * number or a title ("longtime adviser"); a verb opens the
	 * sentence's predicate: "X, met Zambia's leader" */
	if (!is_lang(r) && (W(r, k)->f & TOK_LOWER) && !is_title(r, k) &&
	    !is_tpart(r, k) && !title_plural(r, k) && !is_in(r, k,
	    (const char *const[]){ "a", "an", "the", "his", "her", "their",
	    "its", "one", "both", "himself", "herself", "also", NULL }) &&
	    !(k + 1 < n && !ends(r, k) && (W(r, k + 1)->f & TOK_LOWER) &&
	    (is_title(r, k + 1) || title_plural(r, k + 1))))
		return 0;
	if ((is_in(r, k, (const char *const[]){ "a", "an", "the", NULL }) ||
	    (is_lang(r) && tm_lang_is(r, k, LW_DET))) &&
	    (W(r, k)->f & TOK_LOWER))
		k++;
	/* ", his deputy", ", her husband": no body to take */
	if (k == j0 && is_in(r, k, (const char *const[]){ "his", "her",
	    "their", NULL }) && !ends(r, k) && k + 1 < n)
		k++;
	/* ", its leader", ", the party's leader": the body named last */
	else if (k == j0 && strcmp(W(r, k)->low, "its") == 0 &&
	    !ends(r, k)) {
		*qual = last_body(r);
		k++;
	} else if (k == j0 + 1 && k + 1 < n && (W(r, k)->f & TOK_POSS) &&
	    (W(r, k)->f & TOK_LOWER) && strcmp(W(r, j0)->low, "the") == 0 &&
	    (a = tm_near(r, r->last_org, NEAR_SENTS)) >= 0 &&
	    ends_with(A(r, a)->name, W(r, k)->low)) {
		*qual = a;
		k++;
	}
	for (; k < n && k - j < APPOS_MAX; k++) {
		if (r->lex != NULL && (len = tm_gaz_match(r, k, &a, &fl)) > 0) {
			/* "an English teacher", "a Russia analyst": the
			 * subject taught or studied */
			if (k + (guint)len < n &&
			    is_in(r, k + (guint)len, teach))
				a = -1;
			if (*qual < 0 && a >= 0 && A(r, a)->kind != TA_PERSON)
				*qual = a;
			else if (*qual < 0 && a >= 0 &&
			    (W(r, k + (guint)len - 1)->f & TOK_POSS))
				*qual = A(r, a)->state;
			k += (guint)len - 1;
			if ((W(r, k)->f & TOK_PUNCT) || (titled &&
			    !(W(r, k)->f & TOK_POSS)))
				break;
			continue;
		}
		if (is_in(r, k, tm_honorifics) && !ends(r, k))
			continue;	/* "Mr Putin's spokesman" */
		/* "Trump's son-in-law", "Mr Duterte's predecessor": a
		 * possessor of the title */
		if (cap(r, k) && (W(r, k)->f & TOK_POSS) &&
		    !(W(r, k)->f & TOK_PUNCT)) {
			if (*qual < 0 && (a = tm_surname_person(r, k)) >= 0)
				*qual = A(r, a)->state;
			continue;
		}
		/* "son-in-law and senior adviser" */
		if (!titled && strcmp(W(r, k)->low, "and") == 0 && k > j0)
			continue;
		/* "a 37-year-old teacher" */
		if ((W(r, k)->f & TOK_DIGIT) && !ends(r, k) &&
		    (strchr(W(r, k)->low, '-') != NULL || (k + 1 < n &&
		    (W(r, k + 1)->f & TOK_JOINED))))
			continue;
		/* "a former English teacher", "the Nobel laureate": a
		 * capitalised modifier before the title */
		if (!titled && cap(r, k) && !ends(r, k) && k + 1 < n &&
		    !is_title(r, k) && !is_stop(r, k))
			continue;
		if (is_title(r, k) || title_plural(r, k)) {
			if (!titled)
				t0 = k;
			titled = 1;
			t1 = k + 1;
		} else if (is_stop(r, k) && !is_in(r, k, preps) &&
		    !is_tpart(r, k))	/* "the first minister" */
			break;
		else if (!is_tpart(r, k) && !(W(r, k)->f & TOK_LOWER))
			break;
		if (W(r, k)->f & TOK_PUNCT)
			break;
	}
	if (!titled) {
		*qual = -1;
		return 0;
	}
	chain_text(r, t0, t1, chain);
	return 1;
}

/* Words [i, j) name a people: an adjective of origin, a plural
 * ("Crimean Tatars", "Karabakh Armenians"). */
int
tm_people(const struct run *r, guint i, guint j)
{
	const char	*a = W(r, i)->low, *z = W(r, j - 1)->low;
	size_t		 na = strlen(a), nz = strlen(z);

	return j - i == 2 && nz > 3 && z[nz - 1] == 's' && z[nz - 2] != 's' &&
	    z[nz - 2] != 'u' && z[nz - 2] != 'i' && na > 3 &&
	    (g_str_has_suffix(a, "an") || g_str_has_suffix(a, "ese") ||
	    g_str_has_suffix(a, "ish") || g_str_has_suffix(z, "ans"));
}

/*
 * The name at words [i, j) stands between commas after a title: "the
 * speaker of parliament, Ararat Mirzoyan, was attacked".  The title
 * opens a phrase ("the", "a", the sentence's start) at most
 * APPOS_MAX words back, with its "of" phrase.
 */
int
tm_title_aside(const struct run *r, guint i, guint j)
{
	guint	k;

	if (i < 2 || !(W(r, i - 1)->f & TOK_COMMA) ||
	    !(W(r, j - 1)->f & TOK_COMMA))
		return 0;
	for (k = i - 1;; k--) {
		if (k < i - 1 && ends(r, k))
			return 0;
		/* "the speaker", "His widow", "Trump's son-in-law" */
		if (is_title(r, k) && !is_in(r, k, tm_honorifics))
			return k == 0 || is_in(r, k - 1,
			    (const char *const[]){ "the", "a", "an", "his",
			    "her", "their", NULL }) ||
			    ((W(r, k - 1)->f & TOK_POSS) &&
			    !(W(r, k - 1)->f & TOK_PUNCT));
		if (k == 0 || i - k >= APPOS_MAX)
			return 0;
	}
}

/* After a lord: "Lord Smith of Kelvin". */
const char *const tm_peers[] = {
	"lord", "lady", "baron", "baroness", NULL
};

/* Word i is a regnal number after a name: "VI", "II"; not "I". */
int
tm_roman(const struct run *r, guint i)
{
	const char	*k = W(r, i)->key;

	if (ends(r, i - 1) || strlen(k) < 2 || strlen(k) > 5)
		return 0;
	for (; *k != '\0'; k++)
		if (strchr("IVX", *k) == NULL)
			return 0;
	return 1;
}

/* "led by X", "headed by X", "the administration of X": a person,
 * unless the name says other. */
int
tm_led_by(const struct run *r, guint i)
{
	static const char *const led[] = {
		"led", "headed", "chaired", "founded", "run", "fronted", NULL
	};
	static const char *const govs[] = {
		"administration", "government", "cabinet", "presidency",
		"premiership", "regime", "reign", NULL
	};

	if (i > 1 && strcmp(W(r, i - 1)->low, "of") == 0 &&
	    !ends(r, i - 2) && is_in(r, i - 2, govs) &&
	    (W(r, i - 2)->f & TOK_LOWER) && !is_lang(r))
		return 1;
	return i > 1 && strcmp(W(r, i - 1)->low, "by") == 0 &&
	    !ends(r, i - 2) && is_in(r, i - 2, led) &&
	    (W(r, i - 2)->f & TOK_LOWER);
}

/* The name ending before word j acts in an office: "X resigned as
 * finance minister", "X was sworn in as president". */
int
tm_as_title(const struct run *r, guint j)
{
	static const char *const offices[] = {
		"president", "minister", "secretary", "chancellor", "premier",
		"king", "queen", "emir", "ambassador", "envoy", "governor",
		"mayor", "chairman", "chairwoman", "speaker", "commissioner",
		"prosecutor", "judge", "senator", "spokesman", "spokeswoman",
		"leader", "vice-president", "foreign", NULL
	};
	guint	k, n = nw(r);

	if (is_lang(r) || j == 0 || ends(r, j - 1))
		return 0;
	/* a verb or two, lower case, then "as" */
	for (k = j; k < n && k - j < 3 && (W(r, k)->f & TOK_LOWER) &&
	    !ends(r, k) && strcmp(W(r, k)->low, "as") != 0; k++)
		if (is_stop(r, k) || is_title(r, k))
			return 0;
	if (k == j || k >= n || strcmp(W(r, k)->low, "as") != 0 ||
	    ends(r, k))
		return 0;
	/* "as [the] [finance] minister": an office (a firm serves "as
	 * adviser") */
	for (k++; k < n && k - j < 8 && (W(r, k)->f & TOK_LOWER); k++) {
		if (is_in(r, k, offices))
			return 1;
		if (ends(r, k))
			break;
	}
	return 0;
}

/*
 * The name ending before word j is paired with a person's: "Jordi
 * Sanchez and Jordi Cuixart, the leaders of": the next name, of
 * NAME_WORDS words at most, has an apposition.
 */
int
tm_paired(struct run *r, guint j)
{
	GString		*c;
	guint		 k, n = nw(r);
	int		 q, ok;

	if (j + 1 >= n || ends(r, j - 1) || strcmp(W(r, j)->low, "and") != 0)
		return 0;
	for (k = j + 1; k < n && k - j <= NAME_WORDS && tm_name_word(r, k) &&
	    !ends(r, k); k++)
		;
	if (k >= n || k == j + 1 || !tm_name_word(r, k) ||
	    !(W(r, k)->f & TOK_COMMA))
		return 0;
	c = g_string_new(NULL);
	ok = tm_apposition(r, k + 1, &q, c);
	g_string_free(c, TRUE);
	return ok;
}

/* Person a's title and state, the first time the text gives them. */
void
affiliate(struct run *r, int a, const GString *chain, int qual)
{
	struct text_actor *ac = g_ptr_array_index(r->t->actors, a);
	const char	*head;

	if (chain != NULL && chain->len > 0) {
		I(r, a)->chain = g_string_chunk_insert_const(r->keep,
		    chain->str);
		head = strrchr(I(r, a)->chain, ' ');
		I(r, a)->title = head != NULL ? head + 1 : I(r, a)->chain;
	}
	if (qual >= 0 && qual != a && ac->state < 0)
		ac->state = qual;
}

/* "President Macron of France": the state after the name. */
int
of_state(struct run *r, guint j)
{
	int		 a;
	unsigned	 fl;

	if (r->lex == NULL || j == 0 || j + 1 >= nw(r) || ends(r, j - 1) ||
	    strcmp(W(r, j)->low, "of") != 0 ||
	    tm_gaz_match(r, j + 1, &a, &fl) == 0 || a < 0 ||
	    A(r, a)->kind != TA_STATE)
		return -1;
	return a;
}

/* The title, apposition and state around a person's mention [i, j). */
void
tm_context(struct run *r, int a, guint i, guint j)
{
	GString	*chain = g_string_new(NULL);
	int	 qual;

	/* "el canciller mexicano, X,": the title aside */
	if (is_lang(r) && tm_lang_aside(r, i, j, &qual)) {
		affiliate(r, a, NULL, qual);
		g_string_free(chain, TRUE);
		return;
	}
	/* "X, Egypt's president, Omar al-Bashir, then Sudan's ruler": a
	 * title across a comma may be the last name's apposition; the
	 * name's own comes first */
	if (i > 0 && (W(r, i - 1)->f & TOK_COMMA) &&
	    tm_apposition(r, j, &qual, chain) && !(is_lang(r) &&
	    tm_lang_next_name(r, j)))
		affiliate(r, a, chain, qual);
	else if (tm_title_before(r, i, &qual, chain) == 2) {
		if (qual < 0)
			qual = of_state(r, j);
		affiliate(r, a, chain, qual);
	} else if (tm_apposition(r, j, &qual, chain) && !(is_lang(r) &&
	    tm_lang_next_name(r, j)))
		affiliate(r, a, chain, qual);
	g_string_free(chain, TRUE);
}
int
tm_gender(const struct run *r, guint i)
{
	if (is_in(r, i, tm_male))
		return GENDER_MALE;
	if (is_in(r, i, tm_female))
		return GENDER_FEMALE;
	return GENDER_NONE;
}

/* --- pronouns and roles --------------------------------------------------- */

/* The state or organisation mentioned last, within NEAR_SENTS. */
static int
last_body(const struct run *r)
{
	int	s = tm_near(r, r->last_state, NEAR_SENTS);
	int	o = tm_near(r, r->last_org, NEAR_SENTS);

	if (s < 0 || (o >= 0 && I(r, o)->seen > I(r, s)->seen))
		return o;
	return s;
}

/* Word i is a plural noun after a determiner: "the rebels", "its two
 * allies", "the people". */
static int
plural_noun(const struct run *r, guint i)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w);

	if (!(W(r, i)->f & TOK_LOWER) || i == 0 || ends(r, i - 1))
		return 0;
	if (!is_in(r, i, plural_irregular) && (n < 4 || w[n - 1] != 's' ||
	    w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i' ||
	    is_in(r, i, not_plural)))
		return 0;
	/* "U.N. officials", "Russian troops" */
	if (cap(r, i - 1) && !is_stop(r, i - 1))
		return 1;
	return is_in(r, i - 1, plural_dets) || (W(r, i - 1)->f & TOK_DIGIT) ||
	    (i >= 2 && !ends(r, i - 2) && (is_in(r, i - 2, plural_dets) ||
	    (W(r, i - 2)->f & TOK_DIGIT)));
}

/*
 * The actor "they" stands for: the last organisation or group of this
 * or the previous sentence ("Hamas said they would..."), when no state
 * nor organisation and no pair "X and Y" came after its last mention,
 * and no plural noun came after it nor before in the sentence ("NATO
 * said the two countries could join their..."); else none.
 */
static int
they_body(const struct run *r)
{
	int	o = tm_near(r, r->last_org, PRON_SENTS);
	int	s = r->last_state;

	if (o < 0 || r->plural >= I(r, o)->last || r->plural_sent == r->sent ||
	    (s >= 0 && I(r, s)->last > I(r, o)->last))
		return -1;
	return o;
}

/* Name's last word is w (ASCII case-insensitive), w two letters at
 * least: "Democratic Unionist Party", "party". */
static int
ends_with(const char *name, const char *w)
{
	const char	*sp = strrchr(name, ' ');

	return sp != NULL && strlen(w) > 2 &&
	    g_ascii_strcasecmp(sp + 1, w) == 0;
}

/* "it" as a subject: at a clause's start, before a verb. */
static int
it_subject(const struct run *r, guint i)
{
	static const char *const before[] = {
		"and", "but", "that", "because", "when", "while", "as",
		"since", "if", "said", "says", "after", "before", "although",
		"though", "so", "which", "until", "once", NULL
	};

	if (W(r, i)->f & (TOK_POSS | TOK_PUNCT))
		return 0;	/* "it's", "it." */
	if (i > 0 && !(W(r, i - 1)->f & TOK_PUNCT) && !is_in(r, i - 1,
	    before))
		return 0;
	return i + 1 < nw(r) && (W(r, i + 1)->f & TOK_LOWER) &&
	    !is_in(r, i + 1, tm_expletive);
}

/* Person p has the role "the [mods] head" (mods: chain's words). */
static int
has_role(const struct run *r, int p, const GString *role)
{
	const char	*c = I(r, p)->chain, *h;
	char		**v;
	int		 ok = 1, k;

	if (c == NULL)
		return 0;
	h = strrchr(role->str, ' ');
	if (strcmp(I(r, p)->title, h != NULL ? h + 1 : role->str) != 0)
		return 0;
	v = g_strsplit(role->str, " ", -1);
	for (k = 0; v[k] != NULL && ok; k++)
		ok = strstr(c, v[k]) != NULL;
	g_strfreev(v);
	/* "the president" is not the vice president */
	if (ok && ((strstr(c, "vice") && !strstr(role->str, "vice")) ||
	    (strstr(c, "deputy") && !strstr(role->str, "deputy")) ||
	    (strstr(c, "former") && !strstr(role->str, "former"))))
		ok = 0;
	return ok;
}

/*
 * With no person in this or the previous sentence, a he/she stands for
 * the only person of the last NEAR_SENTS sentences, if its gender
 * agrees ("... against him.  The West imposed sanctions.  This time
 * the economy gives him less room"): the paragraph before may end on
 * sentences of no person.
 */
static int
far_person(struct run *r, int g)
{
	int	 a, p;
	guint	 q;

	if ((a = tm_near(r, r->last_person, NEAR_SENTS)) < 0 ||
	    (I(r, a)->gender != GENDER_NONE && I(r, a)->gender != g))
		return -1;
	for (q = 0; q < r->nrecent && q < RECENT; q++) {
		p = r->recent[(r->nrecent - 1 - q) % RECENT];
		if (p != a && tm_near(r, p, NEAR_SENTS) >= 0)
			return -1;
	}
	return a;
}

/*
 * The person the he/she of word i stands for: the last person of this
 * or the previous sentence, unless the text gave it the other gender;
 * then the last near person of the pronoun's gender ("Ms Park met Mr
 * Kim.  She said..."), else none.  A person alone near the pronoun
 * takes its gender ("Touray ... his").
 */
static int
pronoun_person(struct run *r, guint i)
{
	const struct text_mention *m;
	int	 g = tm_gender(r, i), a, p, match = -1, others = 0, skip = -1;
	guint	 q;

	/* "Nicola Sturgeon, his deputy": not the person just named */
	if (i > 0 && (W(r, i - 1)->f & TOK_COMMA) && (m = covered(r,
	    i - 1)) != NULL && A(r, m->actor)->kind == TA_PERSON &&
	    is_in(r, i, (const char *const[]){ "his", "her", NULL }))
		skip = m->actor;
	if ((a = tm_near(r, r->last_person, PRON_SENTS)) < 0)
		return far_person(r, g);
	for (q = 0; q < r->nrecent && q < RECENT; q++) {
		p = r->recent[(r->nrecent - 1 - q) % RECENT];
		if (p == a || p == skip || tm_near(r, p, PRON_SENTS) < 0)
			continue;
		others++;
		if (match < 0 && (I(r, p)->gender == g ||
		    (a == skip && I(r, p)->gender == GENDER_NONE)))
			match = p;
	}
	if (a == skip)
		return match;
	if (I(r, a)->gender == GENDER_NONE) {
		if (others == 0)
			I(r, a)->gender = g;
		return a;
	}
	return I(r, a)->gender == g ? a : match;
}

/*
 * A pronoun or a role at word i, resolved: he/she to the last person
 * of this or the previous sentence, "it"/"its" to the last state or
 * organisation, "the [foreign] minister" to the last person with that
 * title, "the country" to the last state, "the bloc" to the last
 * organisation.  Returns the words consumed (0: none here).
 */
guint
tm_refer(struct run *r, guint i)
{
	GString	*role;
	guint	 k, n = nw(r), q;
	int	 a = -1, p;

	if (is_in(r, i, tm_he_she)) {
		if ((a = pronoun_person(r, i)) >= 0)
			tm_add_mention(r, i, i + 1, a, TM_PRONOUN);
		return 1;
	}
	if (is_in(r, i, they)) {
		if ((a = they_body(r)) >= 0)
			tm_add_mention(r, i, i + 1, a, TM_PRONOUN);
		return 1;
	}
	if (plural_noun(r, i)) {
		r->plural = r->t->mentions->len;
		r->plural_sent = r->sent;
	}
	if (strcmp(W(r, i)->low, "its") == 0 || (strcmp(W(r, i)->low,
	    "it") == 0 && it_subject(r, i))) {
		if ((a = last_body(r)) >= 0)
			tm_add_mention(r, i, i + 1, a, TM_PRONOUN);
		return 1;
	}
	if (strcmp(W(r, i)->low, "the") != 0 || ends(r, i))
		return 0;
	/* "the party", "the bank": the last organisation named so */
	p = tm_near(r, r->last_org, NEAR_SENTS);
	if (p >= 0 && i + 1 < n && (W(r, i + 1)->f & TOK_LOWER) &&
	    ends_with(A(r, p)->name, W(r, i + 1)->low) && (ends(r, i + 1) ||
	    i + 2 >= n || (!cap(r, i + 2) &&
	    strcmp(W(r, i + 2)->low, "of") != 0))) {
		tm_add_mention(r, i, i + 2, p, TM_ROLE);
		return 2;
	}
	for (k = i + 1; k < n && k - i <= CHAIN_MAX; k++)
		if ((W(r, k)->f & TOK_LOWER) == 0 || !is_tpart(r, k) ||
		    is_title(r, k) || ends(r, k))
			break;
	if (k >= n || !(W(r, k)->f & TOK_LOWER))
		return 0;
	/* "the foreign minister Sergei Lavrov", "the president of X" */
	if (k + 1 < n && !ends(r, k) && (cap(r, k + 1) ||
	    strcmp(W(r, k + 1)->low, "of") == 0))
		return 0;
	if (strcmp(W(r, k)->low, "country") == 0 && k == i + 1)
		a = tm_near(r, r->last_state, NEAR_SENTS);
	else if (is_in(r, k, tm_org_roles) && k == i + 1)
		a = tm_near(r, r->last_org, NEAR_SENTS);
	else if (is_title(r, k) && !is_in(r, k, tm_honorifics)) {
		role = g_string_new(NULL);
		chain_text(r, i + 1, k + 1, role);
		for (q = 0; q < r->nrecent && q < RECENT; q++) {
			p = r->recent[(r->nrecent - 1 - q) % RECENT];
			if (tm_near(r, p, NEAR_SENTS) >= 0 &&
			    has_role(r, p, role)) {
				a = p;
				break;
			}
		}
		g_string_free(role, TRUE);
	} else
		return 0;
	if (a >= 0)
		tm_add_mention(r, i, k + 1, a, TM_ROLE);
	return k + 1 - i;
}
