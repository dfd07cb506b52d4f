/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage's words: the lists it reads English by, a person's
 * title and apposition ("Vice Foreign Minister X", "X, a senior fellow
 * at Y"), and the pronouns and roles resolved against the actors seen
 * ("he", "it", "the foreign minister", "the country").
 */
#include <string.h>

#include <glib.h>

#include "text_lexicon.h"
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
	"husband", "widower", "son", "brother", "father", "he", "him", "his", "himself", NULL
};

const char *const tm_female[] = {
	"mrs", "ms", "miss", "dame", "lady", "queen", "princess",
	"spokeswoman", "chairwoman", "congresswoman", "businesswoman",
	"wife", "widow", "daughter", "sister", "mother", "she", "her", "hers", "herself", NULL
};

/* The last word of an organisation's name: "Democratic Unionist Party". */
static const char *const org_heads[] = {
	"party", "bank", "council", "court", "agency", "ministry",
	"commission", "club", "union", "front", "movement", "army", "guard",
	"committee", "group", "fund", "organisation", "organization",
	"institute", "foundation", "alliance", "coalition", "league",
	"federation", "authority", "association", "corps", "brigade",
	"brigades", "tribunal", "service", "assembly", "board",
	"bureau", "brotherhood", "forces", "airways", "airlines",
	"corporation", "network", "directorate", "secretariat", "senate",
	"parliament", "congress", "police", NULL
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

/* Stop words inside a place's name: "Bank of West Africa". */
static const char *const compass[] = {
	"north", "south", "east", "west", "northern", "southern", "eastern",
	"western", "new", NULL
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
int
tm_title_before(struct run *r, guint i, int *qual, GString *chain)
{
	guint	 k = i;
	int	 titled = 0, late = 0;

	*qual = -1;
	while (k > 0 && i - k < CHAIN_MAX && covered(r, k - 1) == NULL) {
		if (!is_title(r, k - 1) && !is_tpart(r, k - 1))
			break;
		if ((W(r, k - 1)->f & TOK_POSS) || ((W(r, k - 1)->f &
		    TOK_PUNCT) && !(k == i && (W(r, k - 1)->f & TOK_COMMA) &&
		    is_title(r, k - 1))))
			break;
		titled |= is_title(r, k - 1);
		late |= strcmp(W(r, k - 1)->low, "late") == 0;
		k--;
	}
	chain_text(r, k, i, chain);
	if (k > 0 && !(W(r, k - 1)->f & TOK_PUNCT) && (titled || (k == i &&
	    (W(r, k - 1)->f & TOK_POSS))))
		*qual = qual_of(r, covered(r, k - 1));
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
	/* a demonym before these is a language: "English teacher" */
	static const char *const teach[] = {
		"teacher", "lecturer", "tutor", "translator", NULL
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
	if (is_in(r, k, (const char *const[]){ "a", "an", "the", NULL }) &&
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
			/* "an English teacher": the subject taught */
			if ((fl & TM_DEMONYM) && k + (guint)len < n &&
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

	/* "X, Egypt's president, Omar al-Bashir, then Sudan's ruler": a
	 * title across a comma may be the last name's apposition; the
	 * name's own comes first */
	if (i > 0 && (W(r, i - 1)->f & TOK_COMMA) &&
	    tm_apposition(r, j, &qual, chain))
		affiliate(r, a, chain, qual);
	else if (tm_title_before(r, i, &qual, chain) == 2) {
		if (qual < 0)
			qual = of_state(r, j);
		affiliate(r, a, chain, qual);
	} else if (tm_apposition(r, j, &qual, chain))
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

/* --- organisations outside the gazetteer ---------------------------------- */

#define ORG_WORDS	8	/* words of an organisation's name at most */
#define ORG_OF		4	/* words after its "of" */
#define ACRO_MAX	8	/* letters of an acronym */

/* Word i is a proper word of a name: not a title or its part, not an
 * organisation word, not a stop word. */
static int
proper(const struct run *r, guint i)
{
	return cap(r, i) && !is_stop(r, i) && !is_tpart(r, i) &&
	    !is_title(r, i) && !is_in(r, i, tm_org_words) &&
	    !is_in(r, i, org_heads);
}

/* Word i is an acronym that may stand for name: 2 to ACRO_MAX capitals
 * (digits, "&" too), the first the name's initial. */
static int
acronym(const struct run *r, guint i, const char *name)
{
	const char	*k = W(r, i)->key;
	size_t		 n = strlen(k), c;

	if (n < 2 || n > ACRO_MAX || k[0] != name[0])
		return 0;
	for (c = 0; c < n; c++)
		if (!g_ascii_isupper(k[c]) && !g_ascii_isdigit(k[c]) &&
		    k[c] != '&')
			return 0;
	return 1;
}

/* "Name (ACR)": word e, after the name ending before it, in brackets. */
static int
bracketed(const struct run *r, guint e, const char *name)
{
	const char	*s = r->t->str->str + r->base;
	size_t		 p;

	if (e == 0 || e >= nw(r) || !(W(r, e - 1)->f & TOK_STOP) ||
	    !acronym(r, e, name))
		return 0;
	for (p = W(r, e - 1)->e; p < W(r, e)->s; p++)
		if (s[p] == '(')
			return (W(r, e)->f & TOK_STOP) != 0;
	return 0;
}

/* Capitalised heads of a body of its own, not a state's executive
 * organ: "the Spanish Senate", "the Supreme Court"; not a council,
 * as often an organ ("the Security Council"). */
static const char *const bodies[] = {
	"parliament", "senate", "assembly", "congress", "court", "tribunal",
	"party", "police", NULL
};

/* Word e, after a name, is a finite verb: the name is a subject. */
static int
verb_after(const struct run *r, guint e)
{
	const char	*w;
	unsigned	 b;

	if (e == 0 || e >= nw(r) || ends(r, e - 1) ||
	    !(W(r, e)->f & TOK_LOWER))
		return 0;
	w = W(r, e)->low;
	b = text_lex_class(w, strlen(w));
	if (TL_CLS(b) == TL_BE || TL_CLS(b) == TL_HAVE ||
	    TL_CLS(b) == TL_MODAL)
		return 1;
	return (text_lex_forms(w, strlen(w)) & (TLV_S | TLV_PAST)) != 0;
}

/*
 * Words [i, e) of title words and a state's form ending on a
 * capitalised body ("the Spanish Senate", "the Supreme Court", "Israel
 * Police"): an organisation of its own when the text names it twice or
 * it acts as a subject, tied to the state its form names; else the
 * state's form alone, left to the gazetteer.  Returns the words
 * consumed, 0.
 */
static guint
body_run(struct run *r, guint i, guint e, const struct phrase *ph)
{
	const struct gaz_entry *g;
	char	*name;
	int	 a, st = -1;

	if (!cap(r, e - 1) || !is_in(r, e - 1, bodies) ||
	    (W(r, e - 1)->f & TOK_JOINED))
		return 0;
	name = tm_name_text(r, i, e);
	if ((a = tm_body_take(r, name)) < 0) {
		char *key = g_utf8_casefold(name, -1);

		a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
		g_free(key);
	}
	if (a < 0 && verb_after(r, e))
		a = tm_org_actor(r, name);
	if (a < 0) {
		tm_body_note(r, name, i, e);
		g_free(name);
		return 0;
	}
	g_free(name);
	if (ph != NULL && r->lex != NULL) {
		g = g_ptr_array_index(r->lex->entries, ph->entry);
		if (g->kind == GAZ_STATE)
			st = tm_gaz_actor(r, ph->entry);
	}
	if (st >= 0 && A(r, a)->state < 0)
		((struct text_actor *)g_ptr_array_index(r->t->actors,
		    a))->state = st;
	tm_add_mention(r, i, e, a, 0);
	return e - i;
}

/*
 * A run of capitalised words ending in an organisation's word, with an
 * "of Y" after it, is an organisation: "the Democratic Unionist Party",
 * "the Asian Development Bank", "the Central Bank of Sri Lanka".  A
 * run of title words only ("Foreign Ministry", "Security Council"), or
 * one after a state's form ("the Russian Defence Ministry"), is an
 * organ of a state the gazetteer's forms stand for: no new actor.  An
 * acronym in brackets after the name is a form of it; an acronym
 * defined so is a mention.  Returns the words consumed, 0.
 */
guint
tm_org_run(struct run *r, guint i)
{
	const struct phrase *ph = NULL;
	const struct gaz_entry *g;
	guint	 j, e = 0, n = nw(r), lead = 0, words = 0, k;
	int	 propers = 0, tail = 0, a;
	unsigned fl;
	char	*name;

	if (r->heading || !cap(r, i) || (W(r, i)->f & TOK_JOINED))
		return 0;
	if ((a = GPOINTER_TO_INT(g_hash_table_lookup(r->acros,
	    W(r, i)->key)) - 1) >= 0) {
		tm_add_mention(r, i, i + 1, a, 0);
		return 1;
	}
	if (is_stop(r, i))
		return 0;
	if (r->lex != NULL && (ph = lex_match(r->lex, (const struct tok *)
	    r->toks->data, n, i)) != NULL) {
		g = g_ptr_array_index(r->lex->entries, ph->entry);
		/* a state's or organisation's form leads a body of it,
		 * named only with proper words ("the OSCE Minsk Group");
		 * a capital is a name of its own ("the Paris Club") */
		if (!(ph->flags & PH_CAPITAL))
			lead = (guint)ph->ntok;
		if ((g->kind != GAZ_STATE && g->kind != GAZ_ORG &&
		    !(ph->flags & PH_CAPITAL)) || (i + lead < n &&
		    (W(r, i + lead)->f & TOK_JOINED)))
			return 0;
	}
	for (j = i; j < n && words < ORG_WORDS; j++) {
		if (j > i && ends(r, j - 1))
			break;
		if (j > i && (W(r, j)->f & TOK_JOINED))
			continue;
		if (!cap(r, j) || (j > i && is_stop(r, j)))
			break;
		words++;
		e = is_in(r, j, org_heads) ? j + 1 : 0;
		if (e == 0 && j >= i + lead && proper(r, j))
			propers++;
	}
	/* the run ends on the organisation's word: not "the Extended
	 * Fund Facility" */
	for (; e > 0 && e < j && (W(r, e)->f & TOK_JOINED); e++)
		;
	if (e != j || words < 2 || lead >= e - i)
		return 0;
	if (ph != NULL && (guint)ph->ntok >= e - i)
		return 0;
	/* "of Y": capitalised words, a proper one or a gazetteer's */
	if (e + 1 < n && !ends(r, e - 1) && strcmp(W(r, e)->low, "of") == 0) {
		for (k = e + 1; k < n && k - e <= ORG_OF; k++) {
			if (!cap(r, k) || (is_stop(r, k) &&
			    !is_in(r, k, compass)))
				break;
			tail = 1;
			if (ends(r, k)) {
				k++;
				break;
			}
		}
		if (tail)
			e = k;
	}
	/* "the Intermediate-Range Nuclear Forces treaty": a modifier */
	if (e < n && !ends(r, e - 1) && (W(r, e)->f & TOK_LOWER) &&
	    is_in(r, e, tm_org_words))
		return 0;
	if (propers == 0 && !tail)
		return body_run(r, i, e, ph);
	name = tm_name_text(r, i, e);
	/* "X (GCC)": a spelling of the gazetteer's GCC */
	if (bracketed(r, e, name) && r->lex != NULL &&
	    tm_gaz_match(r, e, &a, &fl) == 1 && a >= 0)
		tm_add_mention(r, i, e, a, 0);
	else {
		a = tm_org_actor(r, name);
		tm_add_mention(r, i, e, a, 0);
		if (bracketed(r, e, name)) {
			g_hash_table_insert(r->acros, g_strdup(W(r, e)->key),
			    GINT_TO_POINTER(a + 1));
			tm_add_mention(r, e, e + 1, a, 0);
			e++;
		}
	}
	g_free(name);
	return e - i;
}
