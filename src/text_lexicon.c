/* SPDX-License-Identifier: MIT */
/*
 * The English lexicon of the text layer (see text_lexicon.h): closed
 * classes and verb forms in one hash table, built once from the word
 * lists below; regular verbs are inflected by rule, irregular ones list
 * their past and participle.
 */
#include <string.h>

#include <glib.h>

#include "text_lexicon.h"

static GHashTable	*lexicon;	/* lower-case word -> class | forms */

/* --- closed classes ------------------------------------------------------- */

static const struct {
	enum text_lex_class	 cls;
	const char	*words;
} closed[] = {
	{ TL_DET, "the a an this these those each every some any no all "
	    "both either neither another such many several few most much "
	    "more other its" },
	{ TL_PRON, "i you he she it we they there" },
	{ TL_OBJP, "him them us me her" },
	{ TL_POSS, "his their our my your" },
	{ TL_PREP, "of in on at by for with from into onto over under about "
	    "against between among amongst through throughout during "
	    "without within across along around behind beyond despite "
	    "toward towards upon via per near amid than off up down out "
	    "like including except alongside inside outside" },
	{ TL_SUB, "after before when while as because since although "
	    "though if unless until till once whereas whether whenever "
	    "wherever so-that" },
	{ TL_REL, "who whom which whose where" },
	{ TL_THAT, "that" },
	{ TL_CC, "and or but nor" },
	{ TL_BE, "be is are am was were been being 's 're 'm isn't aren't "
	    "wasn't weren't" },
	{ TL_HAVE, "have has had having 've 'd hasn't haven't hadn't" },
	{ TL_DO, "do does did doesn't don't didn't" },
	{ TL_MODAL, "will would shall should can could may might must 'll "
	    "won't wouldn't shan't shouldn't can't cannot couldn't mightn't "
	    "mustn't" },
	{ TL_NEG, "not never n't" },
	{ TL_TO, "to" },
	{ TL_ADV, "also already still just now so recently reportedly finally "
	    "formally officially previously ever even only soon quickly "
	    "allegedly apparently effectively eventually initially "
	    "originally repeatedly immediately subsequently jointly "
	    "publicly privately unilaterally swiftly firmly briefly "
	    "largely partly fully widely always often rarely again "
	    "later then once afterwards afterward together abroad "
	    "instead meanwhile almost" },
	{ TL_TIME, "january february march april june july august september "
	    "october november december monday tuesday wednesday thursday "
	    "friday saturday sunday yesterday today tomorrow" },
};

/* Words ending in -ed, -ing or -ly that are not verbs or adverbs. */
static const char *const not_forms[] = {
	"hundred", "red", "bed", "shed", "united", "sacred", "naked",
	"wicked", "kindred", "led", "wed", "fled", "during", "morning",
	"evening", "building", "meeting", "thing", "nothing", "something",
	"anything", "everything", "king", "spring", "string", "ceiling",
	"wing", "ring", "sing", "bring", "ding", "sibling", "offspring",
	"family", "assembly", "ally", "rally", "supply", "reply", "apply",
	"rely", "italy", "july", "likely", "friendly", "early", "daily",
	"weekly", "monthly", "yearly", "only", "fly", "belly", "bully",
	"holy", "lonely", "elderly", "ugly", "silly", "jelly", "tally",
	"folly", "comply", "multiply", "imply", "reply", "anomaly",
	"monopoly", "ply", NULL
};

/* --- verbs ---------------------------------------------------------------- */

/*
 * Irregular verbs: base, past, past participle ("-" when the same as
 * the past).  A '*' after a base doubles its last consonant before
 * "-ing" ("run*": "running").
 */
static const char *const irregular[] = {
	"arise arose arisen", "awake awoke awoken", "bear bore borne",
	"beat beat beaten", "become became become", "begin* began begun",
	"bend bent -", "bet* bet -", "bid* bid -", "bind bound -",
	"bite bit bitten", "bleed bled -", "blow blew blown",
	"break broke broken", "breed bred -", "bring brought -",
	"broadcast broadcast -", "build built -", "burn burnt -",
	"burst burst -", "buy bought -", "cast cast -", "catch caught -",
	"choose chose chosen", "cling clung -", "come came come",
	"cost cost -", "creep crept -", "cut* cut -", "deal dealt -",
	"dig* dug -", "draw drew drawn", "drink drank drunk",
	"drive drove driven", "eat ate eaten", "fall fell fallen",
	"feed fed -", "feel felt -", "fight fought -", "find found -",
	"flee fled -", "fly flew flown", "forbid* forbade forbidden",
	"forecast forecast -", "foresee foresaw foreseen",
	"forget* forgot forgotten", "forgive forgave forgiven",
	"freeze froze frozen", "get* got gotten", "give gave given",
	"go went gone", "grind ground -", "grow grew grown",
	"hang hung -", "hear heard -", "hide hid hidden", "hit* hit -",
	"hold held -", "hurt hurt -", "keep kept -", "know knew known",
	"lay laid -", "lead led -", "lean leant -", "leap leapt -",
	"learn learnt -", "leave left -", "lend lent -", "let* let -",
	"lie lay lain", "light lit -", "lose lost -", "make made -",
	"mean meant -", "meet met -", "mislead misled -",
	"mistake mistook mistaken", "overcome overcame overcome",
	"overrun* overran overrun", "oversee oversaw overseen",
	"overtake overtook overtaken", "overthrow overthrew overthrown",
	"pay paid -", "prove proved proven", "put* put -", "quit* quit -",
	"read read -", "rebuild rebuilt -", "redo redid redone",
	"repay repaid -", "rethink rethought -", "rewrite rewrote rewritten",
	"rid* rid -", "ride rode ridden", "ring rang rung", "rise rose risen",
	"run* ran run", "say said -", "see saw seen", "seek sought -",
	"sell sold -", "send sent -", "set* set -", "shake shook shaken",
	"shed* shed -", "shine shone -", "shoot shot -", "show showed shown",
	"shrink shrank shrunk", "shut* shut -", "sing sang sung",
	"sink sank sunk", "sit* sat -", "sleep slept -", "slide slid -",
	"speak spoke spoken", "speed sped -", "spend spent -",
	"spin* spun -", "split* split -", "spread spread -",
	"spring sprang sprung", "stand stood -", "steal stole stolen",
	"stick stuck -", "sting stung -", "strike struck -",
	"strive strove striven", "swear swore sworn", "sweep swept -",
	"swing swung -", "take took taken", "teach taught -",
	"tear tore torn", "tell told -", "think thought -",
	"throw threw thrown", "thrust thrust -", "undergo underwent undergone",
	"understand understood -", "undertake undertook undertaken",
	"undo undid undone", "uphold upheld -", "upset* upset -",
	"wake woke woken", "wear wore worn", "weave wove woven",
	"win* won -", "withdraw withdrew withdrawn", "withhold withheld -",
	"withstand withstood -", "write wrote written", "wind wound -",
	"forsee foresaw foreseen", "outlaw outlawed -", "outdo outdid outdone",
	"become became become", "hurt hurt -", "sneak snuck -",
	"dive dove -", "stride strode stridden", "slay slew slain",
	"spit* spat -", "bust* bust -", "lit lit -", "fit* fit -",
	"dream dreamt -", "spell spelt -", "spill spilt -",
	"kneel knelt -", "sew sewed sewn", "sow sowed sown",
	"saw sawed sawn", "swell swelled swollen", "mow mowed mown",
	"forgo forwent forgone", "outrun* outran outrun", "beset* beset -",
	"befall befell befallen", "behold beheld -", "retake retook retaken",
	NULL
};

/*
 * Regular verbs common in news prose; '*' doubles the last consonant
 * ("ban*": "banned", "banning").
 */
static const char *const regular =
    "accept accuse achieve acknowledge acquire act add address adopt "
    "advance advise advocate affect agree aim alarm allege allow amend "
    "announce annex answer apologise apologize appeal appear appoint "
    "approve argue arm arrest arrive ask assassinate assert assess "
    "assist assume assure attack attempt attend authorise authorize "
    "avoid back ban* bar* base battle beg* believe block blame bomb "
    "boost boycott call campaign cancel capture care cause cease "
    "celebrate challenge change charge check cite claim clash close "
    "collapse comment commit* compete complain complete concede "
    "conclude condemn confirm confront consider continue contribute "
    "control* convene convict cooperate count cover crack crash create "
    "criticise criticize cross cry damage decide declare decline "
    "defeat defend delay deliver demand deny deploy depart describe "
    "destroy detain determine develop die disappear discuss dismiss "
    "dispute dissolve double drop* earn ease elect emerge employ "
    "enable encourage end endorse enforce engage enjoy ensure enter "
    "escalate escape establish evacuate examine exchange execute exist "
    "expand expect expel* explain explode export express extend face "
    "fail fear file finance finish fire focus follow force form free "
    "fund gain govern grab* guarantee halt hand happen head help hope "
    "host identify ignore impose improve include increase indicate "
    "inform inherit insist install intend intervene introduce invade "
    "invest investigate invite issue join judge jump kill label land "
    "last launch leak like limit list live lobby look lower maintain "
    "manage march mark mediate mention move murder name need negotiate "
    "nominate note object observe obtain occupy occur* offer open "
    "operate oppose order organise organize outline own pass pause "
    "permit* persuade phone pick plan* play plead please pledge plunge "
    "point post postpone praise pray prefer* prepare present preserve "
    "press pressure prevent proceed produce promise propose prosecute "
    "protect protest provide provoke publish pull pursue push question "
    "quote raise rally reach react realise realize receive recall "
    "recognise recognize recommend reconsider record recover recruit "
    "reduce refer* reform refuse regain reject release rely remain "
    "remind remove renew repeat replace reply report represent request "
    "require rescue resign resist resolve respond rest restore result "
    "resume retain retreat return reveal review rule sanction save "
    "schedule score search secure seem seize sentence serve settle "
    "share shell sign signal* slam* slip* solve spark speculate stage "
    "start state stay step* stop* strengthen stress study submit* "
    "succeed suffer suggest supply support suppose surrender surround "
    "suspend talk target term terminate test threaten topple train "
    "transfer* travel treat trigger* try turn urge use veto violate "
    "visit vote vow wage walk want warn watch welcome wish withdraw work "
    "worry wound yield adjourn ratify reaffirm confer* seek aspire "
    "brief testify accede abandon abstain admit* afford arrange "
    "concern reiterate summon tweet write compel* instruct caution "
    "weaken hire reserve curb strip* tighten widen deepen worsen "
    "dismantle disband overturn reopen restart abduct kidnap* liberate "
    "recapture raid ambush besiege displace deport extradite jail "
    "imprison acquit pardon indict sue drag*";

/* Lexical flags by base form. */
static const char *const speech =
    "say tell announce warn add insist claim state declare confirm "
    "deny report argue believe think know note explain stress promise "
    "reply write suggest acknowledge admit agree fear hope show reveal "
    "conclude predict estimate allege assert reiterate tweet find "
    "caution "
    "testify answer complain recall remind assure inform ask comment "
    "concede indicate mention realise realize signal decide pledge vow";
static const char *const sched = "plan intend prepare schedule expect";
static const char *const want = "want hope seek aim wish aspire";
/* Before "to", an attempt, a start or a going on: what follows them
 * happened, or is happening ("tried to topple", "began to fall"). */
static const char *const aspect = "try attempt manage begin start "
    "continue";
static const char *const oblig = "need";
/* Verbs of having: with an agent ("bonds held by the bank", "firms
 * owned by the state") their participle tells a state, no act. */
static const char *const state = "hold own possess control owe";
/* Verbs of causing: a person, then "to" and what that person is made
 * ("forced him to resign": done), asked ("urged Iran to stop": wished)
 * or let ("allowed them to leave": possible) to do. */
static const char *const cause = "force compel persuade ask urge order "
    "allow permit enable invite encourage pressure tell warn advise "
    "instruct";
static const char *const impl = "force compel persuade";
static const char *const permit = "allow permit enable";
/* Verbs that take a person before their "that": "told reporters that". */
static const char *const dative = "tell warn inform assure remind promise "
    "advise persuade show teach brief";

/* Marks a word of not_forms in the lexicon: its guess is no verb form
 * and no adverb; not a class of its own (masked out of every answer). */
#define NOT_FORM	0x80000000u

/* Lexical flags by base form, from the lists above. */
static const struct {
	const char *const *words;
	unsigned	 flag;
} flag_lists[] = {
	{ &speech, TLV_SPEECH }, { &sched, TLV_SCHED }, { &want, TLV_WANT },
	{ &oblig, TLV_OBLIG }, { &aspect, TLV_ASPECT },
	{ &dative, TLV_DATIVE }, { &state, TLV_STATE }, { &cause, TLV_CAUSE },
	{ &impl, TLV_IMPL }, { &permit, TLV_PERMIT }
};

/*
 * The lexicon is built once per process; it is read for every word, so
 * its build must stay small next to a short article: the keys live in
 * one string chunk (no allocation per word), the forms are made with
 * memcpy rather than printf, and the flags of a base are one lookup.
 */
static GStringChunk	*lexkeys;

/* The next word of the space-separated list at *p into buf (size
 * bytes); returns its length, 0 at the end of the list. */
static size_t
next_word(const char **p, char *buf, size_t size)
{
	const char	*s = *p, *e;
	size_t		 n;

	while (*s == ' ')
		s++;
	for (e = s; *e != ' ' && *e != '\0'; e++)
		;
	n = (size_t)(e - s);
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	*p = e;
	return n;
}

/* Add bits to word w in the lexicon, keeping the bits already there. */
static void
lex_add_bits(const char *w, unsigned bits)
{
	gpointer	 key, old;

	if (g_hash_table_lookup_extended(lexicon, w, &key, &old))
		g_hash_table_insert(lexicon, key,
		    GUINT_TO_POINTER(GPOINTER_TO_UINT(old) | bits));
	else
		g_hash_table_insert(lexicon,
		    g_string_chunk_insert(lexkeys, w), GUINT_TO_POINTER(bits));
}

/* Add word w of class cls with verb bits v. */
static void
lex_add(const char *w, enum text_lex_class cls, unsigned v)
{
	lex_add_bits(w, TL_BITS(cls, v));
}

static int
vowel(char c)
{
	return strchr("aeiou", c) != NULL;
}

/* w = the first n bytes of b, then suffix s. */
static const char *
form(char *w, const char *b, size_t n, const char *s)
{
	size_t		 k = strlen(s);

	memcpy(w, b, n);
	memcpy(w + n, s, k + 1);
	return w;
}

/* The inflections of base b (double: doubles its last consonant). */
static void
inflect(const char *b, int dbl, int regular_past, unsigned fl)
{
	size_t		 n = strlen(b), sn = n;
	char		 w[TL_KEY_MAX + 8];
	char		 s[TL_KEY_MAX + 4];

	if (n == 0 || n >= TL_KEY_MAX)
		return;
	lex_add(b, TL_OPEN, TLV_BASE | fl);
	/* third person */
	if (n > 1 && b[n - 1] == 'y' && !vowel(b[n - 2]))
		form(w, b, n - 1, "ies");
	else if (strchr("sxzo", b[n - 1]) != NULL || (n > 1 &&
	    (strcmp(b + n - 2, "ch") == 0 || strcmp(b + n - 2, "sh") == 0)))
		form(w, b, n, "es");
	else
		form(w, b, n, "s");
	lex_add(w, TL_OPEN, TLV_S | fl);
	memcpy(s, b, n);
	if (dbl)
		s[sn++] = b[n - 1];
	/* -ing */
	if (n > 2 && strcmp(b + n - 2, "ie") == 0)
		form(w, b, n - 2, "ying");
	else if (n > 2 && b[n - 1] == 'e' && !vowel(b[n - 2]))
		form(w, b, n - 1, "ing");
	else
		form(w, s, sn, "ing");
	lex_add(w, TL_OPEN, TLV_ING | fl);
	if (!regular_past)
		return;
	if (b[n - 1] == 'e')
		form(w, b, n, "d");
	else if (n > 1 && b[n - 1] == 'y' && !vowel(b[n - 2]))
		form(w, b, n - 1, "ied");
	else
		form(w, s, sn, "ed");
	lex_add(w, TL_OPEN, TLV_PAST | TLV_PPART | fl);
}

/* The lexical flags of every base named in the flag lists. */
static GHashTable *
flag_table(void)
{
	GHashTable	*t = g_hash_table_new(g_str_hash, g_str_equal);
	char		 w[TL_KEY_MAX + 8];
	const char	*p;
	gpointer	 key, old;
	guint		 i;

	for (i = 0; i < G_N_ELEMENTS(flag_lists); i++)
		for (p = *flag_lists[i].words; next_word(&p, w, sizeof(w)) > 0; ) {
			if (!g_hash_table_lookup_extended(t, w, &key, &old))
				key = g_string_chunk_insert(lexkeys, w);
			g_hash_table_insert(t, key, GUINT_TO_POINTER(
			    GPOINTER_TO_UINT(old) | flag_lists[i].flag));
		}
	return t;
}

static gpointer
lex_init(gpointer arg)
{
	GHashTable	*flags;
	const char	*p;
	char		 w[TL_KEY_MAX + 8], f[3][TL_KEY_MAX + 8];
	guint		 i, k;
	size_t		 n;
	unsigned	 fl;
	int		 dbl;

	(void)arg;
	lexicon = g_hash_table_new(g_str_hash, g_str_equal);
	lexkeys = g_string_chunk_new(16384);
	for (i = 0; i < G_N_ELEMENTS(closed); i++)
		for (p = closed[i].words; next_word(&p, w, sizeof(w)) > 0; )
			if (!g_hash_table_contains(lexicon, w))
				lex_add(w, closed[i].cls, 0);
	flags = flag_table();
	for (p = regular; (n = next_word(&p, w, sizeof(w))) > 0; ) {
		dbl = w[n - 1] == '*';
		if (dbl)
			w[--n] = '\0';
		inflect(w, dbl, 1, GPOINTER_TO_UINT(g_hash_table_lookup(flags,
		    w)));
	}
	for (i = 0; irregular[i] != NULL; i++) {
		p = irregular[i];
		for (k = 0; k < 3 && next_word(&p, f[k], sizeof(f[k])) > 0;
		    k++)
			;
		if (k < 3 || next_word(&p, w, sizeof(w)) > 0)
			continue;
		n = strlen(f[0]);
		dbl = f[0][n - 1] == '*';
		if (dbl)
			f[0][--n] = '\0';
		fl = GPOINTER_TO_UINT(g_hash_table_lookup(flags, f[0]));
		inflect(f[0], dbl, 0, fl);
		lex_add(f[1], TL_OPEN, TLV_PAST | (f[2][0] == '-' ?
		    TLV_PPART : 0) | fl);
		if (f[2][0] != '-')
			lex_add(f[2], TL_OPEN, TLV_PPART | fl);
	}
	g_hash_table_destroy(flags);
	for (i = 0; not_forms[i] != NULL; i++)
		lex_add_bits(not_forms[i], NOT_FORM);
	return NULL;
}

static void
lex_once(void)
{
	static GOnce	 once = G_ONCE_INIT;

	g_once(&once, lex_init, NULL);
}

size_t
text_lex_key(const char *w, size_t n, char *k)
{
	size_t		 j, o = 0;

	for (j = 0; j < n; j++) {
		if (o + 1 >= TL_KEY_MAX)
			return 0;
		if (j + 2 < n && (unsigned char)w[j] == 0xE2 &&
		    (unsigned char)w[j + 1] == 0x80 &&
		    (unsigned char)w[j + 2] == 0x99) {
			k[o++] = '\'';
			j += 2;
		} else
			k[o++] = g_ascii_tolower(w[j]);
	}
	k[o] = '\0';
	return o;
}

/* The bits of key k, 0 when not listed; *nf set when k is one of
 * not_forms. */
static unsigned
lookup(const char *k, int *nf)
{
	unsigned	 v;

	lex_once();
	v = GPOINTER_TO_UINT(g_hash_table_lookup(lexicon, k));
	*nf = (v & NOT_FORM) != 0;
	return v & ~NOT_FORM;
}

unsigned
text_lex_class(const char *w, size_t n)
{
	char		 k[TL_KEY_MAX];
	int		 nf;

	if (text_lex_key(w, n, k) == 0)
		return 0;
	return lookup(k, &nf);
}

/* The guess for key k (nf: one of not_forms). */
static unsigned
guess_key(const char *k, int nf)
{
	size_t		 n = strlen(k);

	if (nf)
		return TL_BITS(TL_OPEN, 0);
	if (n >= 5 && strcmp(k + n - 2, "ed") == 0 &&
	    strcmp(k + n - 3, "eed") != 0)
		return TL_BITS(TL_OPEN, TLV_PAST | TLV_PPART | TLV_GUESS);
	if (n >= 6 && strcmp(k + n - 3, "ing") == 0)
		return TL_BITS(TL_OPEN, TLV_ING | TLV_GUESS);
	if (n >= 5 && strcmp(k + n - 2, "ly") == 0)
		return TL_BITS(TL_ADV, 0);
	return TL_BITS(TL_OPEN, 0);
}

unsigned
text_lex_guess(const char *w, size_t n)
{
	char		 k[TL_KEY_MAX];
	int		 nf;

	if (text_lex_key(w, n, k) == 0)
		return TL_BITS(TL_OPEN, 0);
	lookup(k, &nf);
	return guess_key(k, nf);
}

unsigned
text_lex_word(const char *w, size_t n, unsigned how)
{
	char		 k[TL_KEY_MAX];
	unsigned	 bits;
	int		 up, nf;

	up = n > 0 && g_unichar_isupper(g_utf8_get_char_validated(w,
	    (gssize)n));
	if (text_lex_key(w, n, k) == 0)
		return TL_BITS(up ? TL_NAME : TL_OPEN, 0);
	bits = lookup(k, &nf);
	if (up && !(how & TLW_TITLE)) {
		/* "US", "UN": acronyms are names. */
		if (n >= 2 && g_unichar_isupper(g_utf8_get_char(
		    g_utf8_next_char(w))) && strcmp(k, "i") != 0)
			return TL_BITS(TL_NAME, 0);
		if (!(how & TLW_INITIAL) || bits == 0 ||
		    (TL_CLS(bits) == TL_OPEN && !(TL_FORMS(bits) &
		    (TLV_ING | TLV_PPART))))
			return TL_BITS(TL_CLS(bits) == TL_TIME ? TL_TIME :
			    TL_NAME, 0);
	}
	/* "the march", "to march": a month has its capital */
	if (!up && TL_CLS(bits) == TL_TIME && TL_FORMS(bits) != 0)
		return TL_BITS(TL_OPEN, TL_FORMS(bits));
	return bits != 0 ? bits : guess_key(k, nf);
}

unsigned
text_lex_forms(const char *w, size_t n)
{
	unsigned	 bits = text_lex_class(w, n);

	if (bits == 0)
		bits = text_lex_guess(w, n);
	return TL_CLS(bits) == TL_OPEN ? TL_FORMS(bits) : 0;
}

int
text_lex_quote(const char *w, size_t n)
{
	return (n == 1 && (w[0] == '"' || w[0] == '\'')) || (n == 3 &&
	    (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
	    ((unsigned char)w[2] == 0x9C || (unsigned char)w[2] == 0x9D ||
	    (unsigned char)w[2] == 0x98 || (unsigned char)w[2] == 0x99));
}
