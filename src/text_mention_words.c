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
	"columnist", "commentator", "writer", "author", "historian", NULL
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
	"he", "him", "his", "himself", NULL
};

const char *const tm_female[] = {
	"mrs", "ms", "miss", "dame", "lady", "queen", "princess",
	"spokeswoman", "chairwoman", "congresswoman", "businesswoman",
	"she", "her", "hers", "herself", NULL
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
int
tm_apposition(struct run *r, guint j, int *qual, GString *chain)
{
	static const char *const preps[] = {
		"at", "of", "for", "in", "with", "from", "to", "as", NULL
	};
	guint	 k = j, n = nw(r), t0 = 0, t1 = 0;
	int	 titled = 0, a, len;
	unsigned fl;

	*qual = -1;
	if (j == 0 || j >= n || !(W(r, j - 1)->f & TOK_COMMA))
		return 0;
	if ((W(r, k)->f & TOK_DIGIT) && (W(r, k)->f & TOK_COMMA))
		return 1;		/* an age */
	if (is_in(r, k, (const char *const[]){ "a", "an", "the", NULL }) &&
	    (W(r, k)->f & TOK_LOWER))
		k++;
	for (; k < n && k - j < APPOS_MAX; k++) {
		if (r->lex != NULL && (len = tm_gaz_match(r, k, &a, &fl)) > 0) {
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
		if (is_title(r, k)) {
			if (!titled)
				t0 = k;
			titled = 1;
			t1 = k + 1;
		} else if (is_stop(r, k) && !is_in(r, k, preps))
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

	if (tm_title_before(r, i, &qual, chain) == 2) {
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
 * The person the he/she of word i stands for: the last person of this
 * or the previous sentence, unless the text gave it the other gender;
 * then the last near person of the pronoun's gender ("Ms Park met Mr
 * Kim.  She said..."), else none.  A person alone near the pronoun
 * takes its gender ("Touray ... his").
 */
static int
pronoun_person(struct run *r, guint i)
{
	int	 g = tm_gender(r, i), a, p, match = -1, others = 0;
	guint	 q;

	if ((a = tm_near(r, r->last_person, PRON_SENTS)) < 0)
		return -1;
	for (q = 0; q < r->nrecent && q < RECENT; q++) {
		p = r->recent[(r->nrecent - 1 - q) % RECENT];
		if (p == a || tm_near(r, p, PRON_SENTS) < 0)
			continue;
		others++;
		if (match < 0 && I(r, p)->gender == g)
			match = p;
	}
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
	if (strcmp(W(r, i)->low, "its") == 0 || (strcmp(W(r, i)->low,
	    "it") == 0 && it_subject(r, i))) {
		if ((a = last_body(r)) >= 0)
			tm_add_mention(r, i, i + 1, a, TM_PRONOUN);
		return 1;
	}
	if (strcmp(W(r, i)->low, "the") != 0 || ends(r, i))
		return 0;
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
