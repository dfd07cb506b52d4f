/* SPDX-License-Identifier: MIT */
/*
 * Clauses of the text layer (English): verb groups found by a shallow
 * lexicon and word-form tagger, then each verb group's clause: its
 * marker, subject, object, kind and parent.  Every scan is bounded by
 * WIN tokens, so a sentence of any length costs linear time.
 */
#include <string.h>

#include "text_int.h"

#define WIN		60	/* tokens a scan goes at most */
#define GROUP_MAX	14	/* tokens of a verb group at most */
#define KEY_MAX		32	/* longest word looked up */

/* Word classes (closed classes from tables, the rest by form). */
enum cls {
	C_OPEN,		/* noun, adjective or verb: see its verb forms */
	C_NAME,		/* a capitalised word inside the sentence */
	C_NUM,
	C_PUNCT,
	C_QUOTE,
	C_DET,
	C_PRON,		/* subject pronoun: "he", "they", "it" */
	C_OBJP,		/* "him", "them" */
	C_POSS,		/* "his", "their" */
	C_PREP,
	C_SUB,		/* "after", "because", "if" */
	C_REL,		/* "who", "which", "whose", "where" */
	C_THAT,
	C_CC,		/* "and", "but", "or" */
	C_BE,
	C_HAVE,
	C_DO,
	C_MODAL,
	C_NEG,
	C_TO,
	C_ADV,		/* adverbs that sit in verb groups */
	C_TIME		/* month and day names, "yesterday" */
};

/* Verb forms and lexical flags of an open word (bits). */
#define V_BASE		0x0001
#define V_S		0x0002
#define V_PAST		0x0004
#define V_PPART		0x0008
#define V_ING		0x0010
#define V_GUESS		0x0020	/* by its ending only */
#define V_FORMS		0x001f
#define L_SPEECH	0x0040	/* "say", "warn", "believe" */
#define L_SCHED		0x0080	/* "plan to" */
#define L_WANT		0x0100	/* "want to" */
#define L_OBLIG		0x0200	/* "need to" */

struct tag {
	enum cls	 cls;
	unsigned	 v;		/* V_* and L_* */
	int		 vg;		/* verb group holding it, -1 */
};

/* How a verb group stands. */
enum vgk {
	G_FINITE,
	G_INF,		/* "to sign" */
	G_PART,		/* ", killing 12", "after signing" */
	G_REDUCED	/* "the treaty signed in 1987" */
};

struct vg {
	guint		 first, last;	/* sentence-relative tokens */
	int		 head;
	enum vgk	 kind;
	enum text_tense	 tense;
	enum text_modality mod;
	int		 neg, pass;
	unsigned	 hv;		/* head's lexical flags */
};

/* One sentence being read: tokens relative to s0. */
struct sent {
	struct text	*t;
	guint		 s0, n;
	struct tag	*tg;
	GArray		*vgs;		/* struct vg */
	GArray		*cl;		/* struct lc, one per group */
};

/* A clause being built: tokens relative to the sentence, parents
 * indices in cl (or P_NEXT). */
struct lc {
	struct text_clause c;
	int		 coord;		/* "and signed": shares a subject */
	int		 attrib;	/* "..., officials said." */
	guint		 end0;		/* last token it holds, + 1 */
};

static int	 aside(const struct sent *, int);

static GHashTable	*lexicon;	/* lower-case word -> class | forms */

/* --- closed classes ------------------------------------------------------- */

static const struct {
	enum cls	 cls;
	const char	*words;
} closed[] = {
	{ C_DET, "the a an this these those each every some any no all "
	    "both either neither another such many several few most much "
	    "more other its" },
	{ C_PRON, "i you he she it we they there" },
	{ C_OBJP, "him them us me her" },
	{ C_POSS, "his their our my your" },
	{ C_PREP, "of in on at by for with from into onto over under about "
	    "against between among amongst through throughout during "
	    "without within across along around behind beyond despite "
	    "toward towards upon via per near amid than off up down out "
	    "like including except alongside inside outside" },
	{ C_SUB, "after before when while as because since although "
	    "though if unless until till once whereas whether whenever "
	    "wherever so-that" },
	{ C_REL, "who whom which whose where" },
	{ C_THAT, "that" },
	{ C_CC, "and or but nor" },
	{ C_BE, "be is are am was were been being 's 're 'm isn't aren't "
	    "wasn't weren't" },
	{ C_HAVE, "have has had having 've 'd hasn't haven't hadn't" },
	{ C_DO, "do does did doesn't don't didn't" },
	{ C_MODAL, "will would shall should can could may might must 'll "
	    "won't wouldn't shan't shouldn't can't cannot couldn't mightn't "
	    "mustn't" },
	{ C_NEG, "not never n't" },
	{ C_TO, "to" },
	{ C_ADV, "also already still just now recently reportedly finally "
	    "formally officially previously ever even only soon quickly "
	    "allegedly apparently effectively eventually initially "
	    "originally repeatedly immediately subsequently jointly "
	    "publicly privately unilaterally swiftly firmly briefly "
	    "largely partly fully widely always often rarely again "
	    "later then once" },
	{ C_TIME, "january february march april june july august september "
	    "october november december monday tuesday wednesday thursday "
	    "friday saturday sunday yesterday today tomorrow" },
};

/* Words that name a time: "when" after them is relative. */
static const char *const time_nouns[] = {
	"day", "days", "time", "year", "years", "week", "weeks", "month",
	"months", "moment", "night", "morning", "period", "era", "weekend",
	"summer", "winter", "spring", "autumn", NULL
};
/* Before a time noun, the start of a time: "next month". */
static const char *const time_adj[] = {
	"next", "last", "this", "that", "earlier", "later", "every",
	"following", "previous", NULL
};

/* After a form of "be", before "to": scheduled ("is due to"). */
static const char *const sched_adj[] = {
	"due", "set", "scheduled", "expected", "going", "about", "poised",
	"slated", "likely", "supposed", NULL
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
	"befall befell befallen", "behold beheld -", NULL
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
    "visit vote wage walk want warn watch welcome wish withdraw work "
    "worry wound yield adjourn ratify reaffirm confer* seek aspire "
    "brief testify accede abandon abstain admit* afford arrange "
    "concern reiterate summon tweet write";

/* Lexical flags by base form. */
static const char *const speech =
    "say tell announce warn add insist claim state declare confirm "
    "deny report argue believe think know note explain stress promise "
    "reply write suggest acknowledge admit agree fear hope show reveal "
    "conclude predict estimate allege assert reiterate tweet find "
    "testify answer complain recall remind assure inform ask comment "
    "concede indicate mention realise realize signal";
static const char *const sched = "plan intend prepare schedule expect";
static const char *const want = "want hope seek aim wish try attempt "
    "aspire";
static const char *const oblig = "need";

/* Add word w of class cls with verb bits v to the lexicon, keeping the
 * bits already there. */
static void
lex_add(const char *w, enum cls cls, unsigned v)
{
	unsigned	 bits = cls | (v << 8);
	gpointer	 old;

	old = g_hash_table_lookup(lexicon, w);
	g_hash_table_insert(lexicon, g_strdup(w),
	    GUINT_TO_POINTER(GPOINTER_TO_UINT(old) | bits));
}

static int
vowel(char c)
{
	return strchr("aeiou", c) != NULL;
}

/* The inflections of base b (double: doubles its last consonant). */
static void
inflect(const char *b, int dbl, int regular_past, unsigned fl)
{
	size_t		 n = strlen(b);
	char		 w[KEY_MAX + 8];
	const char	*stem = b;
	char		 s[KEY_MAX + 4];

	if (n == 0 || n >= KEY_MAX)
		return;
	lex_add(b, C_OPEN, V_BASE | fl);
	/* third person */
	if (n > 1 && b[n - 1] == 'y' && !vowel(b[n - 2]))
		g_snprintf(w, sizeof(w), "%.*sies", (int)n - 1, b);
	else if (strchr("sxzo", b[n - 1]) != NULL || (n > 1 &&
	    (strcmp(b + n - 2, "ch") == 0 || strcmp(b + n - 2, "sh") == 0)))
		g_snprintf(w, sizeof(w), "%ses", b);
	else
		g_snprintf(w, sizeof(w), "%ss", b);
	lex_add(w, C_OPEN, V_S | fl);
	if (dbl) {
		g_snprintf(s, sizeof(s), "%s%c", b, b[n - 1]);
		stem = s;
	}
	/* -ing */
	if (n > 2 && strcmp(b + n - 2, "ie") == 0)
		g_snprintf(w, sizeof(w), "%.*sying", (int)n - 2, b);
	else if (n > 2 && b[n - 1] == 'e' && !vowel(b[n - 2]))
		g_snprintf(w, sizeof(w), "%.*sing", (int)n - 1, b);
	else
		g_snprintf(w, sizeof(w), "%sing", stem);
	lex_add(w, C_OPEN, V_ING | fl);
	if (!regular_past)
		return;
	if (b[n - 1] == 'e')
		g_snprintf(w, sizeof(w), "%sd", b);
	else if (n > 1 && b[n - 1] == 'y' && !vowel(b[n - 2]))
		g_snprintf(w, sizeof(w), "%.*sied", (int)n - 1, b);
	else
		g_snprintf(w, sizeof(w), "%sed", stem);
	lex_add(w, C_OPEN, V_PAST | V_PPART | fl);
}

static int
in_list(const char *list, const char *w)
{
	size_t		 n = strlen(w);
	const char	*p = list;

	while ((p = strstr(p, w)) != NULL) {
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' ||
		    p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

static unsigned
lexflags(const char *b)
{
	unsigned	 fl = 0;

	if (in_list(speech, b))
		fl |= L_SPEECH;
	if (in_list(sched, b))
		fl |= L_SCHED;
	if (in_list(want, b))
		fl |= L_WANT;
	if (in_list(oblig, b))
		fl |= L_OBLIG;
	return fl;
}

static gpointer
lex_init(gpointer arg)
{
	gchar		**w, **f;
	guint		 i, k;
	size_t		 n;
	int		 dbl;

	(void)arg;
	lexicon = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	for (i = 0; i < G_N_ELEMENTS(closed); i++) {
		w = g_strsplit(closed[i].words, " ", -1);
		for (k = 0; w[k] != NULL; k++)
			if (w[k][0] != '\0' && !g_hash_table_contains(lexicon,
			    w[k]))
				lex_add(w[k], closed[i].cls, 0);
		g_strfreev(w);
	}
	w = g_strsplit(regular, " ", -1);
	for (k = 0; w[k] != NULL; k++) {
		n = strlen(w[k]);
		if (n == 0)
			continue;
		dbl = w[k][n - 1] == '*';
		if (dbl)
			w[k][--n] = '\0';
		inflect(w[k], dbl, 1, lexflags(w[k]));
	}
	g_strfreev(w);
	for (i = 0; irregular[i] != NULL; i++) {
		f = g_strsplit(irregular[i], " ", -1);
		if (g_strv_length(f) == 3) {
			n = strlen(f[0]);
			dbl = f[0][n - 1] == '*';
			if (dbl)
				f[0][--n] = '\0';
			inflect(f[0], dbl, 0, lexflags(f[0]));
			lex_add(f[1], C_OPEN, V_PAST | (f[2][0] == '-' ?
			    V_PPART : 0) | lexflags(f[0]));
			if (f[2][0] != '-')
				lex_add(f[2], C_OPEN, V_PPART |
				    lexflags(f[0]));
		}
		g_strfreev(f);
	}
	return NULL;
}

/* --- tagging -------------------------------------------------------------- */

static int
listed(const char *const *l, const char *w)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, w) == 0)
			return 1;
	return 0;
}

/* Lower-case ASCII key of token i (typographic apostrophe as '\''),
 * or 0 when too long. */
static int
key(const struct text *t, guint i, char *k)
{
	const char	*s;
	size_t		 n, j, o = 0;

	s = text_word(t, i, &n);
	for (j = 0; j < n; j++) {
		if (o + 1 >= KEY_MAX)
			return 0;
		if (j + 2 < n && (unsigned char)s[j] == 0xE2 &&
		    (unsigned char)s[j + 1] == 0x80 &&
		    (unsigned char)s[j + 2] == 0x99) {
			k[o++] = '\'';
			j += 2;
		} else
			k[o++] = g_ascii_tolower(s[j]);
	}
	k[o] = '\0';
	return o > 0;
}

/* Class and forms of an open word not in the lexicon, by its ending. */
static void
guess(const char *k, struct tag *g)
{
	size_t		 n = strlen(k);

	g->cls = C_OPEN;
	if (listed(not_forms, k))
		return;
	if (n >= 5 && strcmp(k + n - 2, "ed") == 0 &&
	    strcmp(k + n - 3, "eed") != 0)
		g->v = V_PAST | V_PPART | V_GUESS;
	else if (n >= 6 && strcmp(k + n - 3, "ing") == 0)
		g->v = V_ING | V_GUESS;
	else if (n >= 5 && strcmp(k + n - 2, "ly") == 0)
		g->cls = C_ADV;
}

/* Whether word i opens its sentence or a quotation. */
static int
initial(const struct sent *s, guint i)
{
	return i == 0 || s->tg[i - 1].cls == C_QUOTE ||
	    text_is(s->t, s->s0 + i - 1, ":") ||
	    text_is(s->t, s->s0 + i - 1, "(");
}

static int
is_quote(const char *w, size_t n)
{
	return (n == 1 && (w[0] == '"' || w[0] == '\'')) || (n == 3 &&
	    (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
	    ((unsigned char)w[2] == 0x9C || (unsigned char)w[2] == 0x9D ||
	    (unsigned char)w[2] == 0x98 || (unsigned char)w[2] == 0x99));
}

static void
tag_sentence(struct sent *s)
{
	const struct text_token *tk;
	struct tag	*g;
	const char	*w;
	char		 k[KEY_MAX];
	unsigned	 bits;
	size_t		 n;
	guint		 i, caps = 0, words = 0;
	int		 title, up;

	for (i = 0; i < s->n; i++) {
		tk = text_tok(s->t, s->s0 + i);
		w = text_word(s->t, s->s0 + i, &n);
		if (tk->kind == TEXT_WORD) {
			words++;
			caps += g_unichar_isupper(g_utf8_get_char(w)) ? 1 : 0;
		}
	}
	/* A title-case headline: capitals say nothing of names. */
	title = s->n <= 25 && words >= 3 && caps * 10 >= words * 7;
	for (i = 0; i < s->n; i++) {
		g = &s->tg[i];
		g->v = 0;
		g->vg = -1;
		tk = text_tok(s->t, s->s0 + i);
		w = text_word(s->t, s->s0 + i, &n);
		if (tk->kind == TEXT_NUMBER) {
			g->cls = C_NUM;
			continue;
		}
		if (tk->kind != TEXT_WORD) {
			g->cls = is_quote(w, n) ? C_QUOTE : C_PUNCT;
			continue;
		}
		up = g_unichar_isupper(g_utf8_get_char(w));
		if (!key(s->t, s->s0 + i, k)) {
			g->cls = up ? C_NAME : C_OPEN;
			continue;
		}
		bits = GPOINTER_TO_UINT(g_hash_table_lookup(lexicon, k));
		if (up && !title) {
			/* "US", "UN": acronyms are names. */
			if (n >= 2 && g_unichar_isupper(g_utf8_get_char(
			    g_utf8_next_char(w))) && strcmp(k, "i") != 0) {
				g->cls = C_NAME;
				continue;
			}
			if (!initial(s, i) || bits == 0 ||
			    ((bits & 0xff) == C_OPEN && !((bits >> 8) &
			    (V_ING | V_PPART)))) {
				g->cls = (bits & 0xff) == C_TIME ? C_TIME :
				    C_NAME;
				continue;
			}
		}
		if (bits == 0) {
			guess(k, g);
			continue;
		}
		g->cls = bits & 0xff;
		g->v = bits >> 8;
	}
}

/* --- verb groups ---------------------------------------------------------- */

static int
w_is(const struct sent *s, guint i, const char *w)
{
	return i < s->n && text_is(s->t, s->s0 + i, w);
}

static int
w_in(const struct sent *s, guint i, const char *const *l)
{
	return i < s->n && text_in(s->t, s->s0 + i, l);
}

/* Negative contraction: "didn't", "won't". */
static int
negc(const struct sent *s, guint i)
{
	char		 k[KEY_MAX];
	size_t		 n;

	if (!key(s->t, s->s0 + i, k))
		return 0;
	n = strlen(k);
	return (n > 3 && strcmp(k + n - 3, "n't") == 0) ||
	    strcmp(k, "cannot") == 0;
}

/* Token i can be a base verb (open base form, "be", "have", "do"). */
static int
base_at(const struct sent *s, guint i)
{
	if (i >= s->n)
		return 0;
	return ((s->tg[i].cls == C_OPEN || s->tg[i].cls == C_NAME) &&
	    (s->tg[i].v & V_BASE)) || w_is(s, i, "be") ||
	    w_is(s, i, "have") || w_is(s, i, "do");
}

/* Skip negators and group adverbs from i; negation noted in *neg. */
static guint
skip_adv(const struct sent *s, guint i, int *neg)
{
	guint		 lim = i + 4;

	while (i < s->n && i < lim) {
		if (s->tg[i].cls == C_NEG)
			*neg = 1;
		else if (w_is(s, i, "no") && w_is(s, i + 1, "longer")) {
			*neg = 1;
			i++;
		} else if (s->tg[i].cls != C_ADV)
			break;
		i++;
	}
	return i;
}

/*
 * The verb group from token i: auxiliaries and modals, negators and
 * adverbs, semi-modals across "to" ("is due to sign", "plans to
 * visit"), and the main verb.  Fills g's first, last, head, tense (of
 * its first element), modality, negation and passive.
 */
static void
group(struct sent *s, guint i, struct vg *g)
{
	enum { E_ANY, E_BASE, E_BE, E_HAVE } e = E_ANY;
	enum text_tense tense = TT_NONE;
	const struct tag *tg;
	guint		 j = i, end = MIN(s->n, i + GROUP_MAX);
	int		 first = 1, mhave = 0, semi;
	char		 k[KEY_MAX];

	memset(g, 0, sizeof(*g));
	g->first = g->last = i;
	g->head = i;
	while (j < end && key(s->t, s->s0 + j, k)) {
		tg = &s->tg[j];
		if (negc(s, j))
			g->neg = 1;
		if (tg->cls == C_MODAL && first) {
			tense = TT_PRESENT;
			if (strncmp(k, "wil", 3) == 0 || strcmp(k, "won't") ==
			    0 || strncmp(k, "sha", 3) == 0 || k[1] == 'l')
				tense = TT_FUTURE;
			else if (strncmp(k, "would", 5) == 0) {
				tense = TT_FUTURE;
				g->mod = TMOD_CONDITIONAL;
			} else if (strncmp(k, "must", 4) == 0 ||
			    strncmp(k, "should", 6) == 0)
				g->mod = TMOD_OBLIGATION;
			else
				g->mod = TMOD_POSSIBLE;
			e = E_BASE;
		} else if (tg->cls == C_BE && (first || e == E_BASE ||
		    e == E_HAVE)) {
			if (first)
				tense = k[0] == 'w' ? TT_PAST : TT_PRESENT;
			e = E_BE;
		} else if (tg->cls == C_HAVE && (first || e == E_BASE)) {
			if (first)
				tense = k[2] == 'd' ? TT_PAST : TT_PRESENT;
			else
				mhave = 1;
			e = E_HAVE;
		} else if (tg->cls == C_DO && (first || e == E_BASE)) {
			if (first)
				tense = k[2] == 'd' ? TT_PAST : TT_PRESENT;
			e = E_BASE;
		} else if (tg->cls == C_TO && !first && (e == E_BE ||
		    e == E_HAVE) && base_at(s, j + 1)) {
			if (e == E_BE) {	/* "is to sign" */
				if (tense == TT_PRESENT)
					tense = TT_FUTURE;
				g->mod = TMOD_SCHEDULED;
			} else			/* "has to sign" */
				g->mod = TMOD_OBLIGATION;
			e = E_BASE;
			g->last = j;
			j = skip_adv(s, j + 1, &g->neg);
			first = 0;
			continue;
		} else if (tg->cls == C_OPEN || (tg->cls == C_NAME && !first)) {
			if ((e == E_BASE && !(tg->v & V_BASE) &&
			    !(tg->cls == C_OPEN && tg->v == 0)) ||
			    (e == E_BE && !(tg->v & (V_PPART | V_ING)) &&
			    !(listed(sched_adj, k) && w_is(s, j + 1, "to"))) ||
			    (e == E_HAVE && !(tg->v & V_PPART)) ||
			    (e == E_ANY && !(tg->v & V_FORMS)))
				break;
			if (first)
				tense = tg->v & V_PAST ? TT_PAST : TT_PRESENT;
			g->pass = e == E_BE && (tg->v & V_PPART);
			semi = w_is(s, j + 1, "to") && base_at(s, j + 2) &&
			    ((e == E_BE && listed(sched_adj, k)) ||
			    (tg->v & (L_SCHED | L_WANT | L_OBLIG)));
			g->head = j;
			g->last = j;
			if (!semi)
				break;
			if (tg->v & L_WANT)
				g->mod = TMOD_WANT;
			else if (tg->v & L_OBLIG)
				g->mod = TMOD_OBLIGATION;
			else
				g->mod = TMOD_SCHEDULED;
			if (tense == TT_PRESENT && g->mod == TMOD_SCHEDULED)
				tense = TT_FUTURE;
			g->pass = 0;
			g->last = j + 1;
			e = E_BASE;
			j = skip_adv(s, j + 2, &g->neg);
			first = 0;
			continue;
		} else
			break;
		g->head = j;
		g->last = j;
		first = 0;
		j = skip_adv(s, j + 1, &g->neg);
	}
	if (mhave)
		tense = g->mod == TMOD_NONE ? TT_FUTURE : TT_PAST;
	g->tense = tense;
	g->hv = s->tg[g->head].v;
}

/* Token i ends a stretch in which one finite verb is expected. */
static int
boundary(const struct sent *s, guint i)
{
	enum cls	 c = s->tg[i].cls;

	if (c == C_PUNCT)
		return !w_is(s, i, "-") && !w_is(s, i, "'");
	return c == C_QUOTE || c == C_SUB || c == C_REL || c == C_THAT ||
	    c == C_CC;
}

/* Token i can end a noun phrase before a verb. */
static int
np_end(const struct sent *s, int i)
{
	enum cls	 c;

	if (i < 0 || s->tg[i].vg >= 0)
		return 0;
	c = s->tg[i].cls;
	return c == C_NAME || c == C_NUM || c == C_PRON || c == C_TIME ||
	    (c == C_OPEN && !(s->tg[i].v & (V_ING | V_BASE))) ||
	    (c == C_OPEN && (s->tg[i].v & V_S)) ||
	    w_is(s, (guint)i, ")") || w_is(s, (guint)i, "%");
}

/* The token before i, adverbs and negators skipped (bounded); -1 at
 * the start. */
static int
prev_word(const struct sent *s, guint i)
{
	int		 p = (int)i - 1, lim = (int)i - 4;

	while (p >= 0 && p > lim && (s->tg[p].cls == C_ADV ||
	    s->tg[p].cls == C_NEG))
		p--;
	return p;
}

/*
 * An -ed form after a noun modifies it ("the treaty signed in 1987
 * banned ...") when no object follows it and a finite verb does, in
 * the same stretch.
 */
static int
reduced(const struct sent *s, guint i)
{
	guint		 j, end = MIN(s->n, i + 25);
	enum cls	 c;

	if (i + 1 >= s->n)
		return 0;
	c = s->tg[i + 1].cls;
	if (c != C_PREP && c != C_NUM && c != C_ADV && c != C_TIME)
		return 0;
	for (j = i + 2; j < end; j++) {
		c = s->tg[j].cls;
		if (c == C_SUB || c == C_REL || c == C_THAT || c == C_CC ||
		    c == C_QUOTE || w_is(s, j, ";") || w_is(s, j, ":"))
			return 0;
		if ((c == C_BE || c == C_HAVE || c == C_MODAL || c == C_DO) &&
		    !w_is(s, j, "been") && !w_is(s, j, "being") &&
		    !w_is(s, j, "be") && !w_is(s, j, "having"))
			return 1;
		if (c == C_OPEN && (s->tg[j].v & (V_PAST | V_S)) &&
		    np_end(s, (int)j - 1))
			return 1;
	}
	return 0;
}

/* Token i looks like a plural noun: "rebels", "talks". */
static int
plural(const struct sent *s, int i)
{
	size_t		 n;
	const char	*w;

	if (i < 0 || (s->tg[i].cls != C_OPEN && s->tg[i].cls != C_NAME))
		return 0;
	w = text_word(s->t, s->s0 + (guint)i, &n);
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != '\'' && w[n - 2] != 'u' && w[n - 2] != 'i';
}

/* The last group found, or NULL. */
static struct vg *
last_group(struct sent *s)
{
	return s->vgs->len > 0 ? &g_array_index(s->vgs, struct vg,
	    s->vgs->len - 1) : NULL;
}

/*
 * How the open word i starts a verb group, or -1: by its forms and
 * its left neighbour (seg: the stretch already has a finite verb).
 */
static int
open_kind(struct sent *s, guint i, int seg)
{
	unsigned	 v = s->tg[i].v;
	struct vg	*lg = last_group(s);
	int		 p = prev_word(s, i), np, rel, comma;
	enum cls	 pc = p >= 0 ? s->tg[p].cls : C_PUNCT;
	enum cls	 nc = i + 1 < s->n ? s->tg[i + 1].cls : C_PUNCT;

	if (!(v & V_FORMS) || (p >= 0 && w_is(s, (guint)p, "-") &&
	    text_tok(s->t, s->s0 + p)->end == text_tok(s->t, s->s0 + i)->start))
		return -1;
	np = np_end(s, p) || ((v & V_PAST) && p > 0 &&
	    w_is(s, (guint)p, ",") && aside(s, p) >= 0);
	rel = pc == C_REL || pc == C_THAT;
	comma = p < 0 || w_is(s, (guint)p, ",") || w_is(s, (guint)p, "(") ||
	    w_is(s, (guint)p, "\xE2\x80\x94");
	if (pc == C_CC && lg != NULL && !np) {
		/* "met Y and signed", "to sign and ratify" */
		if (lg->kind == G_INF && (v & V_BASE))
			return G_INF;
		if (lg->kind != G_FINITE)
			return -1;
		if (((v & V_PAST) && (lg->hv & V_PAST)) ||
		    ((v & V_S) && (lg->hv & V_S)) ||
		    ((v & V_BASE) && (lg->hv & V_BASE)))
			return G_FINITE;
		return -1;
	}
	if ((v & V_ING) && !(v & (V_PAST | V_S | V_BASE)))
		return comma || ((pc == C_SUB || w_is(s, (guint)p, "by") ||
		    w_is(s, (guint)p, "without")) && (nc == C_DET ||
		    nc == C_POSS || nc == C_NAME || nc == C_OBJP ||
		    nc == C_NUM || nc == C_PRON)) ? G_PART : -1;
	if ((v & V_PAST) && (v & L_SPEECH) && (pc == C_QUOTE || comma) &&
	    !np)
		return G_FINITE;	/* '"...," said the minister' */
	if (v & (V_PAST | V_PPART)) {
		if (np && comma && p >= 0)
			return G_FINITE;	/* "Mr Kim, who ..., shook" */
		if (comma && (v & V_PPART) && (nc == C_PREP || nc == C_NUM ||
		    nc == C_TIME || w_is(s, i + 1, ",")))
			return G_PART;
		if (rel)
			return (v & V_PAST) ? G_FINITE : -1;
		if (!np)
			return -1;
		if ((v & V_PPART) && (seg || !(v & V_PAST) || reduced(s, i)))
			return seg && lg != NULL && (lg->hv & L_SPEECH) &&
			    (v & V_PAST) ? G_FINITE : G_REDUCED;
		return (v & V_PAST) ? G_FINITE : -1;
	}
	if (v & V_S)
		return (np || rel) && !seg && nc != C_BE && nc != C_HAVE &&
		    nc != C_MODAL && !(i + 1 < s->n &&
		    (s->tg[i + 1].v & (V_PAST | V_S)) &&
		    s->tg[i + 1].cls == C_OPEN) ? G_FINITE : -1;
	if (v & V_BASE) {
		if (rel || w_in(s, (guint)p, (const char *const[]){ "i",
		    "we", "you", "they", NULL }))
			return G_FINITE;
		/* after a plural noun: "the rebels want" */
		return np && !seg && plural(s, p) ? G_FINITE : -1;
	}
	return -1;
}

/* The verb groups of the sentence, in text order. */
static void
find_groups(struct sent *s)
{
	struct vg	 g;
	const struct tag *tg;
	guint		 i, j;
	int		 seg = 0, kind, start;

	for (i = 0; i < s->n; ) {
		tg = &s->tg[i];
		kind = -1;
		start = (int)i;
		if (boundary(s, i))
			seg = 0;
		else if (tg->cls == C_MODAL || tg->cls == C_BE ||
		    tg->cls == C_HAVE || tg->cls == C_DO) {
			if (!w_is(s, i, "be") && !w_is(s, i, "been") &&
			    !w_is(s, i, "being") && !w_is(s, i, "having"))
				kind = G_FINITE;
			else if (i == 0 || w_is(s, i - 1, ","))
				kind = G_PART;
		} else if (tg->cls == C_TO && base_at(s, i + 1)) {
			kind = G_INF;
			start = (int)i + 1;
		} else if (tg->cls == C_OPEN)
			kind = open_kind(s, i, seg);
		if (kind < 0) {
			i++;
			continue;
		}
		group(s, (guint)start, &g);
		g.kind = kind;
		/* "never ratified", "no longer recognises" */
		for (j = g.first; kind == G_FINITE && j > 0 &&
		    j + 4 > g.first && s->tg[j - 1].vg < 0; j--) {
			if (s->tg[j - 1].cls == C_NEG || (w_is(s, j - 1,
			    "longer") && j > 1 && w_is(s, j - 2, "no"))) {
				g.neg = 1;
				g.first = j - 1 - w_is(s, j - 1, "longer");
			} else if (s->tg[j - 1].cls != C_ADV)
				break;
		}
		if (kind != G_FINITE) {
			g.tense = TT_NONE;
			if (kind == G_INF)
				g.mod = TMOD_NONE;
		} else
			seg = 1;
		for (j = g.first; j <= g.last; j++)
			s->tg[j].vg = (int)s->vgs->len;
		g_array_append_val(s->vgs, g);
		i = g.last + 1;
	}
}

/* --- clauses -------------------------------------------------------------- */

#define P_NEXT	(-2)	/* parent: the next main clause */

/* Token i may stand inside a noun phrase. */
static int
np_word(const struct sent *s, int i)
{
	enum cls	 c;

	if (i < 0 || (guint)i >= s->n || s->tg[i].vg >= 0)
		return 0;
	c = s->tg[i].cls;
	return c == C_NAME || c == C_OPEN || c == C_NUM ||
	    w_is(s, (guint)i, "'s") || w_is(s, (guint)i, "-") ||
	    w_is(s, (guint)i, "%") || w_is(s, (guint)i, "&") ||
	    w_is(s, (guint)i, "'") || w_is(s, (guint)i, "\xE2\x80\x99");
}

/*
 * The comma at j closes an aside ("Mr Kim, who is 34, shook"; "Mr
 * Kim, North Korea's leader, said"): the token before its opening
 * comma, or -1.
 */
static int
aside(const struct sent *s, int j)
{
	int		 k, lim = j - 40, fin = 0;

	for (k = j - 1; k >= 0 && k > lim; k--) {
		if (s->tg[k].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[k].vg).kind == G_FINITE)
			fin = 1;
		if (w_is(s, (guint)k, ";") || s->tg[k].cls == C_QUOTE)
			return -1;
		if (w_is(s, (guint)k, ","))
			break;
	}
	if (k <= 0 || k <= lim || !w_is(s, (guint)k, ","))
		return -1;
	if (fin && s->tg[k + 1].cls != C_REL)
		return -1;
	return np_word(s, k - 1) ? k - 1 : -1;
}

/* The noun phrase ending at token j (a subject): its first token in
 * *first, its length (0: none). */
static guint
np_back(const struct sent *s, int j, guint *first)
{
	int		 i, lim, cc = -1, r, hop = 0;

	if (j < 0)
		return 0;
	if (s->tg[j].cls == C_PRON && s->tg[j].vg < 0) {
		*first = (guint)j;
		return 1;
	}
	if (w_is(s, (guint)j, ",") && (j = aside(s, j)) < 0)
		return 0;
	for (i = j, lim = j - WIN; i >= 0 && i > lim; i--) {
		if (s->tg[i].vg >= 0 && g_array_index(s->vgs, struct vg,
		    s->tg[i].vg).kind == G_REDUCED && !hop) {
			/* "The treaty signed in 1987 banned": "The treaty" */
			hop = 1;
			i = (int)g_array_index(s->vgs, struct vg,
			    s->tg[i].vg).first;
			j = i - 1;
			/* an "and" after the participle is not the
			 * subject's */
			cc = -1;
			continue;
		}
		if (s->tg[i].vg >= 0)
			break;
		if (np_word(s, i)) {
			/* a date before a name: "In 2014 Russia" */
			if (s->tg[i].cls == C_NUM && i < j &&
			    s->tg[i + 1].cls == C_NAME)
				break;
			continue;
		}
		if (s->tg[i].cls == C_DET || s->tg[i].cls == C_POSS) {
			i--;
			break;
		}
		if (i < j && w_in(s, (guint)i, (const char *const[]){ "of",
		    "in", "from", NULL }) && ((np_word(s, i - 1) &&
		    s->tg[i - 1].cls != C_NUM) || (i > 0 && s->tg[i - 1].vg >=
		    0 && !hop && g_array_index(s->vgs, struct vg,
		    s->tg[i - 1].vg).kind == G_REDUCED)))
			continue;
		if (i < j && s->tg[i].cls == C_CC && !w_is(s, (guint)i, "but")
		    && (np_word(s, i - 1) || s->tg[i - 1].cls == C_PRON)) {
			cc = i;
			continue;
		}
		break;
	}
	if (i + 1 > j)
		return 0;
	/* "met Y and Z signed": the subject is Z */
	if (cc >= 0 && cc < j && i >= 0 && s->tg[i].vg >= 0)
		i = cc;
	/* "At a press conference Mr Trump said": the final names */
	if (i >= 0 && s->tg[i].cls == C_PREP) {
		for (r = j; r > i && s->tg[r].cls == C_NAME; r--)
			;
		if (r < j && r > i && s->tg[r].cls == C_OPEN)
			i = r;
	}
	*first = (guint)(i + 1);
	return (guint)(j - i);
}

/* The noun phrase from token i up to limit (an object): its first token
 * in *first, its length. */
static guint
np_fwd(const struct sent *s, guint i, guint limit, guint *first)
{
	guint		 j, k, end;
	int		 neg = 0;

	i = skip_adv(s, i, &neg);
	*first = i;
	end = MIN(limit, i + WIN);
	if (i < end && s->tg[i].cls == C_QUOTE) {
		for (j = i + 1; j < end && s->tg[j].cls != C_QUOTE; j++)
			;
		return j < end ? j - i + 1 : 0;
	}
	for (j = i; j < end; j++) {
		if (w_in(s, j, time_adj) && (w_in(s, j + 1, time_nouns) ||
		    (j + 1 < s->n && s->tg[j + 1].cls == C_TIME)))
			break;
		if (np_word(s, (int)j) || ((s->tg[j].cls == C_DET ||
		    s->tg[j].cls == C_POSS || s->tg[j].cls == C_OBJP) &&
		    s->tg[j].vg < 0))
			continue;
		if (j == i && w_in(s, j, (const char *const[]){ "it", "you",
		    NULL }))
			continue;
		if (j > i && s->tg[j].cls == C_QUOTE && (s->tg[j - 1].cls ==
		    C_DET || s->tg[j - 1].cls == C_POSS)) {
			/* its "war games" */
			for (k = j + 1; k < end && k < j + 12 &&
			    s->tg[k].cls != C_QUOTE; k++)
				;
			if (k < end && k < j + 12) {
				j = k;
				continue;
			}
		}
		if (j > i && j + 1 < end && (w_is(s, j, "of") ||
		    (s->tg[j].cls == C_CC && !w_is(s, j, "but"))) &&
		    (np_word(s, (int)j + 1) || s->tg[j + 1].cls == C_DET ||
		    s->tg[j + 1].cls == C_POSS) && !(j + 2 < s->n &&
		    s->tg[j + 2].vg >= 0))
			continue;
		break;
	}
	return j - i;
}

/* The clause of the antecedent before a relative marker at b. */
static void
antecedent(const struct sent *s, int b, struct text_clause *c)
{
	guint		 f, n;
	int		 a = b - 1;

	if (a >= 0 && w_is(s, (guint)a, ","))
		a--;
	if (a >= 0 && s->tg[a].cls == C_PRON)
		return;
	if ((n = np_back(s, a, &f)) > 0) {
		c->subj_first = f;
		c->subj_n = n;
	}
}

/* The latest finite clause before group gi, or -1. */
static int
prev_finite(const struct sent *s, guint gi)
{
	guint		 k, lim = gi > WIN ? gi - WIN : 0;

	for (k = gi; k > lim; k--)
		if (g_array_index(s->vgs, struct vg, k - 1).kind == G_FINITE)
			return (int)k - 1;
	return -1;
}

static struct lc *
lc_at(const struct sent *s, int i)
{
	return &g_array_index(s->cl, struct lc, i);
}

/* Attribution after the fact: nothing but punctuation, a preposition
 * or a time follows the verb (or the inverted subject) at i. */
static int
closing(const struct sent *s, guint i)
{
	enum cls	 c;

	if (i >= s->n)
		return 1;
	c = s->tg[i].cls;
	return c == C_PUNCT || c == C_QUOTE || c == C_PREP || c == C_TIME ||
	    c == C_ADV;
}

/* Kind, marker, subject and parent of the finite group gi's clause. */
static void
finite(struct sent *s, guint gi, struct lc *l)
{
	const struct vg *g = &g_array_index(s->vgs, struct vg, gi);
	struct text_clause *c = &l->c;
	int		 p, b, a, pf = prev_finite(s, gi), pc = (int)gi - 1;
	guint		 n, f;
	size_t		 dn;
	enum cls	 bc;

	p = prev_word(s, g->first);
	if (p >= 0 && s->tg[p].cls == C_CC) {
		/* "met Y and signed": the first clause's subject */
		c->kind = pf >= 0 ? lc_at(s, pf)->c.kind : TC_MAIN;
		c->parent = pf;
		c->mark = p;
		l->coord = 1;
		if (pf >= 0 && (int)g->first == g->head && c->tense ==
		    TT_PRESENT && (g->hv & V_BASE)) {
			/* "will meet and sign" */
			c->tense = lc_at(s, pf)->c.tense;
			c->modality = lc_at(s, pf)->c.modality;
		}
		return;
	}
	n = np_back(s, p, &f);
	b = n > 0 ? (int)f - 1 : p;
	if (n > 0) {
		c->subj_first = f;
		c->subj_n = n;
	}
	bc = b >= 0 ? s->tg[b].cls : C_PUNCT;
	if (n == 0 && (g->hv & L_SPEECH) && (b < 0 || bc == C_QUOTE ||
	    w_is(s, (guint)b, ","))) {
		/* '"...," said Mr Kim.' */
		c->kind = TC_MAIN;
		n = np_fwd(s, g->last + 1, s->n, &f);
		if (n > 0) {
			c->subj_first = f;
			c->subj_n = n;
		}
		l->attrib = b >= 0 && closing(s, n > 0 ? f + n : g->last + 1);
		return;
	}
	switch (bc) {
	case C_SUB:
		c->mark = b;
		c->kind = TC_SUBORD;
		if ((w_is(s, (guint)b, "when") || w_is(s, (guint)b, "where")) &&
		    w_in(s, (guint)b - 1, time_nouns)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				antecedent(s, b, c);
		}
		if ((w_is(s, (guint)b, "if") || w_is(s, (guint)b, "unless")) &&
		    c->modality == TMOD_NONE)
			c->modality = TMOD_CONDITIONAL;
		c->parent = pc >= 0 ? pc : P_NEXT;
		return;
	case C_REL:
		c->mark = b;
		c->kind = TC_RELATIVE;
		if (n == 0)
			antecedent(s, b, c);
		c->parent = pc >= 0 ? pc : P_NEXT;
		return;
	case C_THAT:
		c->mark = b;
		a = b - 1;
		if (a >= 0 && w_is(s, (guint)a, ","))
			a--;
		if (a >= 0 && s->tg[a].vg >= 0) {
			c->kind = TC_REPORTED;
			c->parent = s->tg[a].vg;
		} else if (np_end(s, a) && np_back(s, a, &f) > 0 && f > 0 &&
		    s->tg[f - 1].vg >= 0 && (g_array_index(s->vgs, struct vg,
		    s->tg[f - 1].vg).hv & L_SPEECH)) {
			/* "told reporters that" */
			c->kind = TC_REPORTED;
			c->parent = s->tg[f - 1].vg;
		} else if (np_end(s, a)) {
			c->kind = TC_RELATIVE;
			if (n == 0)
				antecedent(s, b, c);
			c->parent = pc >= 0 ? pc : P_NEXT;
		} else {
			c->kind = TC_REPORTED;
			c->parent = pc >= 0 ? pc : P_NEXT;
		}
		return;
	case C_CC:
		c->mark = b;
		c->kind = pf >= 0 ? lc_at(s, pf)->c.kind : TC_MAIN;
		c->parent = pf >= 0 ? lc_at(s, pf)->c.parent : -1;
		return;
	default:
		break;
	}
	c->kind = TC_MAIN;
	c->parent = -1;
	for (a = b; a >= 0 && a > b - 3 && (s->tg[a].cls == C_QUOTE ||
	    w_is(s, (guint)a, ",") || w_is(s, (guint)a, ":")); a--)
		;
	if (a >= 0 && s->tg[a].vg >= 0 && (g_array_index(s->vgs, struct vg,
	    s->tg[a].vg).hv & L_SPEECH) && (a == b ||
	    a == (int)g_array_index(s->vgs, struct vg, s->tg[a].vg).last)) {
		/* "said Russia would", 'said: "We will' */
		c->kind = TC_REPORTED;
		c->parent = s->tg[a].vg;
	} else if (n > 0 && bc == C_OPEN && b >= 0 && s->tg[b].vg < 0 &&
	    !g_ascii_isdigit(*text_word(s->t, s->s0 + (guint)b, &dn)) &&
	    (s->tg[f].cls == C_DET ||
	    s->tg[f].cls == C_PRON)) {
		/* "the deal the two men signed" */
		c->kind = TC_RELATIVE;
		c->parent = pc >= 0 ? pc : P_NEXT;
	} else if ((g->hv & L_SPEECH) && b >= 0 && (bc == C_QUOTE ||
	    w_is(s, (guint)b, ",")) && closing(s, g->last + 1))
		l->attrib = 1;
}

/* The clause of each group: kind, marker, subject, parent. */
static void
build(struct sent *s)
{
	const struct vg *g;
	struct lc	 l;
	guint		 gi;
	int		 p;

	for (gi = 0; gi < s->vgs->len; gi++) {
		g = &g_array_index(s->vgs, struct vg, gi);
		memset(&l, 0, sizeof(l));
		l.c.parent = -1;
		l.c.mark = -1;
		l.c.subject = -1;
		l.c.verb_first = g->first;
		l.c.verb_n = g->last - g->first + 1;
		l.c.head = g->head;
		l.c.tense = g->tense;
		l.c.modality = g->mod;
		l.c.negated = g->neg;
		l.c.passive = g->pass;
		l.c.kind = TC_NONFINITE;
		p = prev_word(s, g->first);
		switch (g->kind) {
		case G_FINITE:
			finite(s, gi, &l);
			break;
		case G_INF:
			l.c.mark = (int)g->first - 1;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			break;
		case G_PART:
			if (p >= 0 && (s->tg[p].cls == C_SUB ||
			    s->tg[p].cls == C_PREP))
				l.c.mark = p;
			l.c.parent = gi > 0 ? (int)gi - 1 : P_NEXT;
			break;
		case G_REDUCED:
			p = prev_finite(s, gi);
			l.c.parent = p >= 0 ? p : P_NEXT;
			break;
		}
		g_array_append_val(s->cl, l);
	}
}

/* Parents to come, attributions, starts and objects. */
static void
settle(struct sent *s)
{
	struct lc	*l, *m;
	guint		 i, k, lim, f, limit;

	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		if (!l->attrib)
			continue;
		/* '"We will not back down," the minister said.' */
		lim = i > WIN ? i - WIN : 0;
		for (k = i; k > lim; k--) {
			m = lc_at(s, k - 1);
			if (m->c.kind == TC_MAIN && m->c.parent < 0 &&
			    !m->coord) {
				m->c.kind = TC_REPORTED;
				m->c.parent = (int)i;
			}
		}
	}
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		if (l->c.parent != P_NEXT)
			continue;
		l->c.parent = -1;
		for (k = i + 1; k < s->cl->len && k < i + WIN; k++) {
			m = lc_at(s, k);
			if (m->c.kind == TC_MAIN && m->c.parent < 0) {
				l->c.parent = (int)k;
				break;
			}
		}
		if (l->c.parent < 0 && i > 0)
			l->c.parent = (int)i - 1;
	}
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		l->c.first_token = l->c.verb_first;
		if (l->c.mark >= 0)
			l->c.first_token = (guint)l->c.mark;
		else if (l->c.subj_n > 0 && l->c.subj_first <
		    l->c.first_token)
			l->c.first_token = l->c.subj_first;
	}
	for (i = 0; i < s->cl->len; i++) {
		l = lc_at(s, i);
		limit = i + 1 < s->cl->len ? lc_at(s, i + 1)->c.first_token :
		    s->n;
		if (limit <= (guint)l->c.head)
			limit = i + 1 < s->cl->len ?
			    lc_at(s, i + 1)->c.verb_first : s->n;
		f = l->c.verb_first + l->c.verb_n;
		/* the inverted subject is no object */
		if (l->c.subj_n > 0 && l->c.subj_first >= f)
			f = l->c.subj_first + l->c.subj_n;
		l->c.obj_n = np_fwd(s, f, limit, &l->c.obj_first);
		l->end0 = MAX(f, l->c.obj_first + l->c.obj_n);
	}
}

/* Clause d lies inside clause c (by parents, coordination apart). */
static int
inside(const struct sent *s, int d, int c)
{
	int		 k;

	if (lc_at(s, d)->coord && lc_at(s, d)->c.parent == c)
		return 0;
	for (k = 0; k < 12 && d >= 0; k++) {
		d = lc_at(s, d)->c.parent;
		if (d == c)
			return 1;
	}
	return 0;
}

static gint
by_start(gconstpointer a, gconstpointer b, gpointer arg)
{
	const struct sent *s = arg;
	int		 x = *(const int *)a, y = *(const int *)b;
	guint		 sx = lc_at(s, x)->c.first_token;
	guint		 sy = lc_at(s, y)->c.first_token;

	if (sx != sy)
		return sx < sy ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Each clause's last token, in text order ord (k clauses). */
static void
ends(struct sent *s, const int *ord, guint k)
{
	struct lc	*l, *p;
	guint		 q, r, end, j, pe;

	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		if (q == 0)
			l->c.first_token = 0;
		end = s->n;
		for (r = q + 1; r < k && r < q + WIN; r++)
			if (!inside(s, ord[r], ord[q])) {
				end = lc_at(s, ord[r])->c.first_token;
				break;
			}
		end = MAX(end, l->end0);
		p = l->c.parent >= 0 ? lc_at(s, l->c.parent) : NULL;
		if (p != NULL && !l->coord && (guint)p->c.head >
		    l->c.first_token && p->c.first_token <= l->c.first_token) {
			/* "Mr Kim, who is 34, shook hands" */
			end = MIN(end, p->c.verb_first);
			for (j = l->end0; j < end && j < l->end0 + WIN; j++)
				if (w_is(s, j, ",")) {
					end = j;
					break;
				}
		}
		/* inside its parent when the parent holds its start */
		if (p != NULL && !l->coord && p->c.ntokens > 0) {
			pe = p->c.first_token + p->c.ntokens;
			if (p->c.first_token <= l->c.first_token &&
			    pe > l->c.first_token)
				end = MIN(end, pe);
		}
		l->c.ntokens = end > l->c.first_token ? end -
		    l->c.first_token : 1;
	}
}

/* The actor of the subject tokens [f, f + n) (absolute), or -1: its
 * first mention that is not a possessive or after "of", else its
 * first mention. */
static int
actor_of(const struct text *t, guint f, guint n)
{
	const struct text_mention *m;
	guint		 lo = 0, hi = t->mentions->len, mid, k;
	int		 any = -1;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (text_mention(t, mid)->first_token < f)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < t->mentions->len && k < lo + WIN; k++) {
		m = text_mention(t, k);
		if (m->first_token >= f + n)
			break;
		if (m->actor < 0)
			continue;
		if (any < 0)
			any = m->actor;
		if (!(m->flags & TM_POSS) && !(m->first_token > f &&
		    text_is(t, m->first_token - 1, "of")))
			return m->actor;
	}
	return any;
}

/* Append the sentence's clauses to t->clauses, in text order. */
static void
emit(struct sent *s, struct text_sentence *se)
{
	struct text_clause c;
	const struct text_token *a, *z;
	int		*ord, *rank;
	guint		 k = s->cl->len, q, base = s->t->clauses->len, d;
	struct lc	*l;

	ord = g_new(int, k);
	rank = g_new(int, k);
	for (q = 0; q < k; q++)
		ord[q] = (int)q;
	g_qsort_with_data(ord, (gint)k, sizeof(int), by_start, s);
	for (q = 0; q < k; q++)
		rank[ord[q]] = (int)q;
	ends(s, ord, k);
	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		if (l->c.subj_n > 0)
			l->c.subject = actor_of(s->t, s->s0 + l->c.subj_first,
			    l->c.subj_n);
	}
	/* a shared subject: the parent's actor (bounded chain) */
	for (q = 0; q < k; q++) {
		l = lc_at(s, ord[q]);
		for (d = 0; l->c.subj_n == 0 && l->c.parent >= 0 && d < 8; d++)
			l = lc_at(s, l->c.parent);
		lc_at(s, ord[q])->c.subject = l->c.subject;
	}
	for (q = 0; q < k; q++) {
		c = lc_at(s, ord[q])->c;
		/* spans stay inside the sentence, whatever went wrong */
		if (c.subj_first >= s->n || c.subj_n > s->n - c.subj_first)
			c.subj_n = 0;
		if (c.obj_first >= s->n || c.obj_n > s->n - c.obj_first)
			c.obj_n = 0;
		/* an object is the clause's own: cut at its end */
		if (c.obj_n > 0 && c.obj_first + c.obj_n > c.first_token +
		    c.ntokens)
			c.obj_n = c.obj_first >= c.first_token + c.ntokens ?
			    0 : c.first_token + c.ntokens - c.obj_first;
		if (c.subj_n == 0)
			c.subj_first = 0;
		if (c.obj_n == 0)
			c.obj_first = 0;
		c.sentence = (guint)(se - &g_array_index(s->t->sentences,
		    struct text_sentence, 0));
		c.parent = c.parent >= 0 ? (int)base + rank[c.parent] : -1;
		c.first_token += s->s0;
		c.verb_first += s->s0;
		if (c.head >= 0)
			c.head += (int)s->s0;
		if (c.mark >= 0)
			c.mark += (int)s->s0;
		c.subj_first += s->s0;
		c.obj_first += s->s0;
		a = text_tok(s->t, c.first_token);
		z = text_tok(s->t, c.first_token + c.ntokens - 1);
		c.start = a->start;
		c.tstart = a->tstart;
		c.end = z->end;
		c.tend = z->tend;
		g_array_append_val(s->t->clauses, c);
	}
	g_free(ord);
	g_free(rank);
}

/* A sentence without a verb: one clause over it, no tense. */
static void
fragment(struct sent *s)
{
	struct lc	 l;

	memset(&l, 0, sizeof(l));
	l.c.parent = -1;
	l.c.mark = -1;
	l.c.subject = -1;
	l.c.head = -1;
	l.c.kind = TC_MAIN;
	l.c.tense = TT_NONE;
	l.end0 = s->n;
	g_array_append_val(s->cl, l);
}

void
text_clauses(struct text *t, const struct doc *doc)
{
	static GOnce	 once = G_ONCE_INIT;
	struct text_sentence *se;
	struct sent	 s;
	guint		 i, cap = 0;

	(void)doc;
	g_once(&once, lex_init, NULL);
	memset(&s, 0, sizeof(s));
	s.t = t;
	s.vgs = g_array_new(FALSE, FALSE, sizeof(struct vg));
	s.cl = g_array_new(FALSE, FALSE, sizeof(struct lc));
	for (i = 0; i < t->sentences->len; i++) {
		se = &g_array_index(t->sentences, struct text_sentence, i);
		se->first_clause = t->clauses->len;
		se->nclauses = 0;
		if (se->ntokens == 0)
			continue;
		if (se->ntokens > cap) {
			cap = se->ntokens;
			g_free(s.tg);
			s.tg = g_new(struct tag, cap);
		}
		s.s0 = se->first_token;
		s.n = se->ntokens;
		g_array_set_size(s.vgs, 0);
		g_array_set_size(s.cl, 0);
		tag_sentence(&s);
		find_groups(&s);
		build(&s);
		if (s.cl->len == 0)
			fragment(&s);
		else
			settle(&s);
		emit(&s, se);
		se->nclauses = t->clauses->len - se->first_clause;
	}
	g_free(s.tg);
	g_array_free(s.vgs, TRUE);
	g_array_free(s.cl, TRUE);
}

/* --- dump ----------------------------------------------------------------- */

static void
span(const struct text *t, FILE *f, guint first, guint n)
{
	const struct text_token *a, *z;

	if (n == 0) {
		fputs("null", f);
		return;
	}
	a = text_tok(t, first);
	z = text_tok(t, first + n - 1);
	text_json_slice(f, t->str->str + a->tstart, z->tend - a->tstart);
}

void
text_dump_clauses(const struct text *t, guint i, FILE *f)
{
	static const char *const kinds[] = {
		"main", "subord", "relative", "reported", "nonfinite"
	};
	static const char *const tenses[] = {
		"none", "past", "present", "future"
	};
	static const char *const mods[] = {
		"none", "possible", "conditional", "obligation", "scheduled",
		"want"
	};
	const struct text_sentence *se = text_sent(t, i);
	const struct text_clause *c;
	guint		 k;

	fputs("\"clauses\": [", f);
	for (k = 0; k < se->nclauses; k++) {
		c = text_clause(t, se->first_clause + k);
		fprintf(f, "%s\n    {\"start\": %zu, \"end\": %zu, \"text\": ",
		    k > 0 ? "," : "", c->start, c->end);
		text_json_slice(f, t->str->str + c->tstart,
		    c->tend - c->tstart);
		fprintf(f, ", \"kind\": \"%s\", \"parent\": %d,\n     "
		    "\"subject\": ", kinds[c->kind], c->parent);
		span(t, f, c->subj_first, c->subj_n);
		fputs(", \"actor\": ", f);
		if (c->subject >= 0 && (guint)c->subject < t->actors->len)
			text_json_slice(f, text_actor(t, c->subject)->name,
			    strlen(text_actor(t, c->subject)->name));
		else
			fputs("null", f);
		fputs(", \"verb\": ", f);
		span(t, f, c->verb_first, c->verb_n);
		fprintf(f, ", \"tense\": \"%s\", \"modality\": \"%s\", "
		    "\"negated\": %s, \"passive\": %s, \"object\": ",
		    tenses[c->tense], mods[c->modality],
		    c->negated ? "true" : "false",
		    c->passive ? "true" : "false");
		span(t, f, c->obj_first, c->obj_n);
		fputc('}', f);
	}
	fputs("]", f);
}
