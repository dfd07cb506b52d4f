/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage in Spanish, French and German: the words it reads
 * persons by (titles before a name, "dijo X", "a déclaré X", "sagte
 * X"), the titles written after their noun in Spanish and French ("el
 * presidente venezolano X", "le président français X"), the title
 * standing aside ("l'ambassadeur de France, X,") and the French
 * elisions cut off their word ("l'Union africaine"); the bodies are in
 * text_mention_lang_org.c.  Word lists of each language's grammar only:
 * no name of a person, body or place.  Every look-around is bounded.
 */
#include <string.h>

#include <glib.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>

#include "text_mention_int.h"

#define ADJ_MAX		2	/* words between a title and its name */

/* --- the lists ------------------------------------------------------------ */

static const char *const es_title[] = {
	"presidente", "presidenta", "expresidente", "expresidenta",
	"vicepresidente", "vicepresidenta", "mandatario", "mandataria",
	"exmandatario", "exmandataria", "ministro", "ministra", "exministro",
	"exministra", "canciller", "excanciller", "secretario", "secretaria",
	"coronel", "comandante", "teniente", "capitán", "almirante",
	"senador", "senadora", "diputado", "diputada", "gobernador",
	"gobernadora", "alcalde", "alcaldesa", "embajador", "embajadora",
	"portavoz", "vocero", "vocera", "líder", "jefe", "jefa", "dirigente",
	"fiscal", "juez", "jueza", "rey", "reina", "príncipe", "princesa",
	"papa", "candidato", "candidata", "opositor", "opositora", "dictador",
	"activista", "periodista", "analista", "abogado", "abogada",
	"director", "directora", "hijo", "hija", "padre", "madre", "hermano",
	"hermana", "esposa", "esposo", "viuda", "sucesor", "sucesora",
	"predecesor", "predecesora", "enviado", "enviada", "negociador",
	"negociadora", "asesor", "asesora", "comisionado", "comisionada",
	"sr", "sra", "don", "doña", "dr", "dra", "general", "emir", "jeque",
	"primer", "primera", "homólogo", "homóloga", "encargado",
	"encargada", "titular", NULL
};

static const char *const fr_title[] = {
	"président", "présidente", "ministre", "chef", "cheffe", "général",
	"colonel", "capitaine", "commandant", "lieutenant", "amiral",
	"maréchal", "sergent", "ambassadeur", "ambassadrice", "envoyé",
	"envoyée", "émissaire", "secrétaire", "directeur", "directrice",
	"dirigeant", "dirigeante", "député", "députée", "sénateur",
	"sénatrice", "maire", "gouverneur", "préfet", "procureur",
	"procureure", "juge", "avocat", "avocate", "roi", "reine", "prince",
	"princesse", "émir", "pape", "candidat", "candidate", "opposant",
	"opposante", "rival", "rivale", "universitaire", "journaliste",
	"chercheur", "chercheuse", "analyste", "militant", "militante",
	"diplomate", "dictateur", "leader", "fils", "fille", "père", "mère",
	"frère", "sœur", "soeur", "épouse", "époux", "mari", "veuve",
	"successeur", "prédécesseur", "conseiller", "conseillère",
	"négociateur", "négociatrice", "homologue", "m", "mme", "mlle",
	"dr", "premier", "première", "porte-parole", "cheikh", "patron",
	"patronne", NULL
};

static const char *const de_title[] = {
	"präsident", "präsidentin", "kanzler", "kanzlerin", "minister",
	"ministerin", "chef", "chefin", "botschafter", "botschafterin",
	"gesandte", "gesandter", "sprecher", "sprecherin", "general",
	"oberst", "admiral", "könig", "königin", "prinz", "prinzessin",
	"papst", "bürgermeister", "bürgermeisterin", "vorgänger",
	"vorgängerin", "nachfolger", "nachfolgerin", "sekretär",
	"sekretärin", "vorsitzende", "vorsitzender", "abgeordnete",
	"abgeordneter", "senator", "senatorin", "gouverneur", "richter",
	"richterin", "staatsanwalt", "anwalt", "anwältin", "journalist",
	"journalistin", "kandidat", "kandidatin", "diktator", "herr", "frau",
	"dr", "emir", "scheich", "führer", "führerin", "kommandeur",
	"anführer", "anführerin", "politiker", "politikerin",
	/* the weak nouns' other cases: "den Kandidaten X" */
	"kandidaten", "präsidenten", "journalisten", "diplomat",
	"diplomaten", "diplomatin", "vorsitzenden", "abgeordneten", NULL
};

/* German titles are compounds: "Verteidigungsminister",
 * "Regierungschefin", "Kremlchef". */
static const char *const de_title_end[] = {
	"minister", "ministerin", "präsident", "präsidentin", "kanzler",
	"kanzlerin", "chef", "chefin", "botschafter", "botschafterin",
	"sprecher", "sprecherin", "sekretär", "sekretärin", "vorsitzende",
	"vorsitzender", "gesandte", "gesandter", "führer", "führerin",
	"kommandeur", "politiker", "politikerin", "kandidat", "kandidatin",
	"kandidaten", "präsidenten", "vorsitzenden", NULL
};

static const char *const es_tpart[] = {
	"de", "del", "la", "el", "general", "adjunto", "adjunta", "interino",
	"interina", "ex", "primer", "primera", "segundo", "segunda", "nuevo",
	"nueva", "actual", "asuntos", "exteriores", "estado", "defensa",
	"interior", "hacienda", "economía", "justicia", "designado",
	"designada", "electo", "electa", "saliente", "derrocado",
	"derrocada", "depuesto", "depuesta", "supremo", "suprema", NULL
};

static const char *const fr_tpart[] = {
	"de", "du", "des", "la", "l'", "ancien", "ancienne", "nouveau",
	"nouvel", "nouvelle", "premier", "première", "affaires",
	"étrangères", "etrangères", "état", "etat", "défense", "intérieur",
	"finances", "justice", "désigné", "désignée", "élu", "élue",
	"sortant", "sortante", "déchu", "déchue", "renversé", "renversée",
	"adjoint", "adjointe", "général", "générale", "intérim", "suprême",
	"vice", NULL
};

static const char *const de_tpart[] = {
	"der", "die", "des", "neue", "neuen", "frühere", "früheren",
	"ehemalige", "ehemaligen", "stellvertretende", "stellvertretenden",
	"geschäftsführende", "geschäftsführenden", "amtierende",
	"amtierenden", "damalige", "damaligen", "scheidende", "scheidenden",
	"designierte", "designierten", "vize", NULL
};

static const char *const es_stop[] = {
	"el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al",
	"del", "de", "en", "con", "por", "para", "según", "tras", "desde",
	"hasta", "sin", "sobre", "entre", "ante", "bajo", "contra", "y", "e",
	"o", "u", "ni", "pero", "sino", "que", "como", "cuando", "donde",
	"mientras", "aunque", "si", "no", "sí", "ya", "también", "además",
	"este", "esta", "estos", "estas", "ese", "esa", "esos", "esas",
	"aquel", "aquella", "aquello", "su", "sus", "mi", "nuestro",
	"nuestra", "se", "él", "ella", "ellos", "ellas", "le", "les", "nos",
	"esto", "eso", "hoy", "ayer", "mañana", "durante", "antes",
	"después", "luego", "así", "otro", "otra", "otros", "otras", "todo",
	"toda", "todos", "todas", "cada", "varios", "varias", "algunos",
	"algunas", "muy", "más", "menos", "hay", "ha", "han", "fue", "era",
	"es", "son", "está", "están", "había", "pese", "tal", "quien",
	"quienes", "cual", "cuyo", "cuya", "aquí", "allí", "ahora", "entonces",
	"incluso", "sólo", "solo", "apenas", "mediante", "hacia", "gobierno",
	"ejecutivo", NULL
};

static const char *const fr_stop[] = {
	"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au",
	"aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans",
	"selon", "après", "avant", "depuis", "pendant", "entre", "contre",
	"vers", "chez", "et", "ou", "mais", "donc", "car", "ni", "que", "qu'",
	"qui", "quand", "où", "si", "ne", "n'", "pas", "il", "elle", "ils",
	"elles", "on", "nous", "vous", "ce", "cet", "cette", "ces", "c'",
	"s'", "j'", "m'", "t'", "son", "sa", "ses", "leur", "leurs", "mon",
	"ma", "notre", "lors", "dès", "aussi", "déjà", "puis", "ainsi",
	"enfin", "alors", "tout", "tous", "toute", "toutes", "plusieurs",
	"certains", "autre", "autres", "chaque", "a", "est", "sont", "était",
	"ont", "fut", "hier", "aujourd'hui", "demain", "lorsqu'", "jusqu'",
	"puisqu'", "lorsque", "puisque", "comme", "malgré", "outre", "ici",
	"désormais", "pourtant", "cependant", "toutefois", "mercredi",
	"jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi",
	"quelques", "parmi", "gouvernement", NULL
};

static const char *const de_stop[] = {
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
	"einen", "einem", "eines", "und", "oder", "aber", "doch", "sondern",
	"denn", "dass", "ob", "wenn", "als", "wie", "weil", "da", "nachdem",
	"bevor", "während", "seit", "bis", "im", "in", "am", "an", "auf",
	"aus", "bei", "mit", "nach", "von", "vom", "vor", "zu", "zum", "zur",
	"über", "unter", "gegen", "ohne", "um", "durch", "für", "bereits",
	"auch", "noch", "nur", "schon", "nun", "jetzt", "dann", "damals",
	"so", "es", "er", "sie", "wir", "ihr", "ich", "man", "sein", "seine",
	"seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem",
	"dies", "diese", "dieser", "dieses", "diesen", "diesem", "jene",
	"alle", "viele", "einige", "mehrere", "kein", "keine", "ist", "sind",
	"war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden",
	"wurde", "wurden", "hier", "dort", "heute", "gestern", "morgen",
	"nicht", "laut", "zufolge", "trotz", "wegen", "dabei", "damit",
	"daher", "deshalb", "zudem", "außerdem", "jedoch", "allerdings",
	"inzwischen", "demnach", "montag", "dienstag", "mittwoch",
	"donnerstag", "freitag", "samstag", "sonntag", "januar", "februar",
	"märz", "april", "mai", "juni", "juli", "august", "september",
	"oktober", "november", "dezember", "was", "wer", "wo", "welche",
	"welcher", "zwei", "drei", "vier", "fünf", "regierung", NULL
};

static const char *const es_speech[] = {
	"dijo", "afirmó", "aseguró", "declaró", "señaló", "indicó",
	"explicó", "añadió", "agregó", "anunció", "precisó", "replicó",
	"advirtió", "manifestó", "sostuvo", "subrayó", "destacó", "expresó",
	"recalcó", "insistió", "denunció", "escribió", "reconoció",
	"admitió", "respondió", "comentó", "apuntó", "confirmó", "dice",
	"afirma", "asegura", "declara", "señala", "según", "dicho",
	"afirmado", "asegurado", "declarado", "señalado", "anunciado", NULL
};

static const char *const fr_speech[] = {
	"dit", "déclaré", "affirmé", "annoncé", "souligné", "ajouté",
	"expliqué", "indiqué", "précisé", "assuré", "averti", "répondu",
	"estimé", "écrit", "confirmé", "reconnu", "dénoncé", "martelé",
	"déclare", "affirme", "estime", "explique", "ajoute", "souligne",
	"selon", "insisté", "prévenu", NULL
};

static const char *const de_speech[] = {
	"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont",
	"warnte", "schrieb", "meinte", "bestätigte", "versicherte",
	"forderte", "mitteilte", "laut", "zufolge", "sagten", "erklärten",
	NULL
};

/* Before a title aside ("el canciller mexicano, X,"): an article, a
 * possessive, an article merged with a preposition. */
static const char *const es_det[] = {
	"el", "la", "los", "las", "un", "una", "su", "sus", "del", "al",
	NULL
};

static const char *const fr_det[] = {
	"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "du",
	"au", "des", "leur", NULL
};

static const char *const de_det[] = {
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
	"einem", "einer", "sein", "seine", "seinem", "seinen", "seiner",
	"ihr", "ihre", "ihrem", "ihren", "ihrer", NULL
};

static const char *const *const lists[3][6] = {
	{ es_title, es_tpart, es_stop, es_speech, es_det, NULL },
	{ fr_title, fr_tpart, fr_stop, fr_speech, fr_det, NULL },
	{ de_title, de_tpart, de_stop, de_speech, de_det, NULL }
};

static int
lang_index(const struct run *r)
{
	return r->lang == TEXT_ES ? 0 : r->lang == TEXT_FR ? 1 : 2;
}

/* Word w (n bytes) is in list l. */
int
tm_lang_listed(const char *w, size_t n, const char *const *l)
{
	for (; l != NULL && *l != NULL; l++)
		if (strncmp(w, *l, n) == 0 && (*l)[n] == '\0')
			return 1;
	return 0;
}

/* Words i - 1 and i, or i and i + 1, joined by "-" are a title in
 * the list: "porte-parole". */
static int
joined_title(const struct run *r, guint i)
{
	char	 buf[WORD_KEY * 2 + 2];
	guint	 a;

	if (i > 0 && (W(r, i)->f & TOK_JOINED))
		a = i - 1;
	else if (i + 1 < nw(r) && (W(r, i + 1)->f & TOK_JOINED))
		a = i;
	else
		return 0;
	if (strlen(W(r, a)->low) > WORD_KEY ||
	    strlen(W(r, a + 1)->low) > WORD_KEY)
		return 0;
	g_snprintf(buf, sizeof(buf), "%s-%s", W(r, a)->low,
	    W(r, a + 1)->low);
	return tm_lang_listed(buf, strlen(buf),
	    lists[lang_index(r)][LW_TITLE]);
}

int
tm_lang_is(const struct run *r, guint i, int list)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w), k;

	if (n > 1 && w[n - 1] == '.')
		n--;
	if (list == LW_HONOR) {
		/* "M. Macron", "Sra. Áñez": the honorifics are titles
		 * already; "Herr", "Frau" too */
		return 0;
	}
	if (tm_lang_listed(w, n, lists[lang_index(r)][list]))
		return 1;
	/* "porte-parole": a title of two words joined, either half */
	if (list == LW_TITLE && joined_title(r, i))
		return 1;
	if (list == LW_TITLE && r->lang == TEXT_DE && cap(r, i))
		for (k = 0; de_title_end[k] != NULL; k++)
			if (n > strlen(de_title_end[k]) + 2 &&
			    strncmp(w + n - strlen(de_title_end[k]),
			    de_title_end[k], strlen(de_title_end[k])) == 0)
				return 1;
	return 0;
}

/* --- words ---------------------------------------------------------------- */

/* The French elisions: "l'", "d'", "qu'"... before a word. */
static const char *const elisions[] = {
	"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
	"puisqu", "quoiqu", NULL
};

/* Word i's elision: the bytes of "l'" in the text (0: none). */
static size_t
elision(const struct run *r, guint i)
{
	const struct tok *w = W(r, i);
	const char	*q = strchr(w->key, '\'');
	const char	*t = r->t->str->str + r->base;
	size_t		 n, k;

	if (q == NULL || q == w->key || q[1] == '\0')
		return 0;
	n = (size_t)(q - w->key);
	for (k = 0; k < n; k++)
		if (!g_ascii_isalpha(w->key[k]))
			return 0;
	if (!tm_lang_listed(w->low, n, elisions))
		return 0;
	/* the apostrophe in the text: "'" or "’" */
	return t[w->s + n] == '\'' ? n + 1 : n + 3;
}

/* Word i is inside a form of the gazetteer that starts before it: the
 * elision stays in the name ("Côte d'Ivoire"). */
static int
in_form(const struct run *r, guint i)
{
	const struct phrase *ph;
	guint		 back;

	for (back = 1; r->lex != NULL && back <= 3 && back <= i; back++)
		if ((ph = lex_match(r->lex, (const struct tok *)r->toks->data,
		    nw(r), i - back)) != NULL && (guint)ph->ntok > back)
			return 1;
	return 0;
}

void
tm_lang_words(struct run *r)
{
	struct tok	*w, a, b;
	const char	*t = r->t->str->str + r->base;
	GArray		*out = NULL;
	guint		 i;
	size_t		 el, n;
	char		*low;
	gunichar	 c;

	for (i = 0; i < nw(r); i++) {
		w = &g_array_index(r->toks, struct tok, i);
		for (n = 0; w->low[n] != '\0' && (unsigned char)w->low[n] <
		    0x80; n++)
			;
		if (w->low[n] != '\0') {
			low = g_utf8_strdown(w->low, -1);
			w->low = g_string_chunk_insert(r->chunk, low);
			g_free(low);
		}
		if (r->lang != TEXT_FR || (el = elision(r, i)) == 0 ||
		    (w->f & TOK_POSS) || in_form(r, i)) {
			if (out != NULL)
				g_array_append_val(out, *w);
			continue;
		}
		/* the words so far into a new array: one copy, linear */
		if (out == NULL) {
			out = g_array_sized_new(FALSE, FALSE,
			    sizeof(struct tok), nw(r) + 16);
			g_array_append_vals(out, r->toks->data, i);
		}
		a = *w;
		b = *w;
		n = (size_t)(strchr(w->key, '\'') - w->key) + 1;
		a.e = a.s + el;
		a.key = g_string_chunk_insert_len(r->chunk, w->key,
		    (gssize)n);
		a.low = g_string_chunk_insert_len(r->chunk, w->low,
		    (gssize)n);
		a.f = (w->f & (TOK_CAP | TOK_LOWER | TOK_JOINED));
		a.wc = 0;
		b.s = a.e;
		b.key = g_string_chunk_insert(r->chunk, w->key + n);
		b.low = g_string_chunk_insert(r->chunk, w->low + n);
		b.f &= ~(TOK_CAP | TOK_LOWER | TOK_JOINED);
		c = g_utf8_get_char(t + b.s);
		if (g_unichar_isupper(c) || g_unichar_istitle(c))
			b.f |= TOK_CAP;
		else if (g_unichar_islower(c))
			b.f |= TOK_LOWER;
		else if (g_unichar_isdigit(c))
			b.f |= TOK_DIGIT;
		b.wc = r->lex != NULL ? GPOINTER_TO_UINT(g_hash_table_lookup(
		    r->lex->classes, b.low)) : 0;
		g_array_append_val(out, a);
		g_array_append_val(out, b);
	}
	if (out == NULL)
		return;
	g_array_set_size(r->toks, 0);
	g_array_append_vals(r->toks, out->data, out->len);
	g_array_free(out, TRUE);
}

/*
 * A verb of speech before word i (lower case: "dijo Santos", "a
 * déclaré Macron", "sagte Scholz") or after the name ending before j:
 * "Santos dijo", "Macron a déclaré", "Scholz sagte".
 */
int
tm_lang_speech(const struct run *r, guint i, guint j)
{
	guint	n = nw(r);

	if (i > 0 && !ends(r, i - 1) && (W(r, i - 1)->f & TOK_LOWER) &&
	    tm_lang_is(r, i - 1, LW_SPEECH))
		return 1;
	if (j == 0 || j >= n || ends(r, j - 1) || !(W(r, j)->f & TOK_LOWER))
		return 0;
	/* "selon", "laut" open the phrase: not after the name */
	if (tm_lang_is(r, j, LW_SPEECH) && strcmp(W(r, j)->low, "selon") !=
	    0 && strcmp(W(r, j)->low, "según") != 0 &&
	    strcmp(W(r, j)->low, "laut") != 0)
		return 1;
	/* "X a déclaré", "X ha dicho" */
	return j + 1 < n && !ends(r, j) && is_in(r, j, (const char *const[]){
	    "a", "avait", "ha", "había", NULL }) &&
	    (W(r, j + 1)->f & TOK_LOWER) && tm_lang_is(r, j + 1, LW_SPEECH);
}

/* Suffixes of Spanish and French adjectives: "cívico", "républicaine",
 * "constitutionnelle"; the demonyms are the gazetteer's. */
static const char *const es_adj[] = {
	"ico", "ica", "icos", "icas", "al", "ales", "ivo", "iva", "ano",
	"ana", "ario", "aria", "ista", "ense", "ar", "orio", "oria", "ino",
	"ina", NULL
};

static const char *const fr_adj[] = {
	"ique", "iques", "al", "ale", "aux", "ales", "el", "elle", "els",
	"elles", "aire", "aires", "iste", "istes", "if", "ive", "ifs", "ives",
	"ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise", NULL
};

/* Adjectives of institutions their endings do not tell. */
static const char *const inst_adj[] = {
	"suprême", "supérieur", "supérieure", "provisoire", "permanent",
	"permanente", "arabe", "européen", "européenne", "supremo",
	"suprema", "superior", "permanente", "europeo", "europea", NULL
};

/* Word i is an adjective of the language (by its ending). */
int
tm_lang_adjective(const struct run *r, guint i)
{
	const char *const *l = r->lang == TEXT_ES ? es_adj : r->lang ==
	    TEXT_FR ? fr_adj : NULL;
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w), k;

	if (l == NULL || !(W(r, i)->f & TOK_LOWER) || n < 5 ||
	    tm_lang_is(r, i, LW_STOP))
		return 0;
	if (tm_lang_listed(w, n, inst_adj))
		return 1;
	for (; *l != NULL; l++) {
		k = strlen(*l);
		if (n > k + 2 && strcmp(w + n - k, *l) == 0)
			return 1;
	}
	return 0;
}

/* The state or body word k's mention names, -1. */
static int
body_at(const struct run *r, guint k)
{
	const struct text_mention *m = covered(r, k);

	if (m == NULL || A(r, m->actor)->kind == TA_PERSON)
		return -1;
	return m->actor;
}

static guint	 adjs_from(const struct run *, guint, int *);

/*
 * The portfolio between a title and the name at word i ("ministre
 * ivoirien des Affaires étrangères X", "ministro de Economía X"): its
 * "de", "des", "du"; i if none.  A capitalised word at least, three
 * words at most.
 */
static guint
portfolio_back(const struct run *r, guint i)
{
	guint	k = i, n = 0, caps = 0;

	while (k > 0 && n < 3 && !ends(r, k - 1) && covered(r, k - 1) ==
	    NULL && !is_title(r, k - 1) && !tm_lang_is(r, k - 1, LW_STOP) &&
	    !(W(r, k - 1)->f & TOK_DIGIT)) {
		caps += cap(r, k - 1);
		k--;
		n++;
	}
	if (n == 0 || caps == 0)
		return i;
	if (k > 0 && !ends(r, k - 1) && is_in(r, k - 1,
	    (const char *const[]){ "la", "l'", "el", NULL }))
		k--;
	if (k > 0 && !ends(r, k - 1) && is_in(r, k - 1,
	    (const char *const[]){ "de", "des", "du", "del", "d'", NULL }))
		return k - 1;
	return i;
}

guint
tm_lang_adjs(const struct run *r, guint i, int *qual)
{
	guint	k, p;

	*qual = -1;
	if (r->lang != TEXT_ES && r->lang != TEXT_FR)
		return i;
	/* "le ministre ivoirien des Affaires étrangères X" */
	if ((p = portfolio_back(r, i)) < i && (k = adjs_from(r, p, qual)) < p)
		return k;
	return adjs_from(r, i, qual);
}

/* The title's adjectives before word i: see tm_lang_adjs. */
static guint
adjs_from(const struct run *r, guint i, int *qual)
{
	guint	k = i;
	int	q = -1, b;

	*qual = -1;
	while (k > 0 && i - k < ADJ_MAX && !ends(r, k - 1)) {
		if ((b = body_at(r, k - 1)) >= 0 && (covered(r, k - 1)->flags &
		    TM_DEMONYM) && A(r, b)->kind == TA_STATE)
			q = b;
		else if (!tm_lang_adjective(r, k - 1) && !(is_tpart(r, k - 1) &&
		    (W(r, k - 1)->f & TOK_LOWER) && !tm_lang_is(r, k - 1,
		    LW_STOP)))
			break;
		k--;
		/* a demonym of several words is one mention */
		while (k > 0 && covered(r, k - 1) != NULL &&
		    covered(r, k - 1) == covered(r, k))
			k--;
	}
	if (k == i || k == 0 || ends(r, k - 1) || covered(r, k - 1) != NULL ||
	    !is_title(r, k - 1))
		return i;
	*qual = q;
	return k;
}

/* Between two names of persons: "X y Y", "X und Y". */
static const char *const conj[] = { "y", "e", "et", "und", "sowie", NULL };

/* The body at word k is where an envoy is sent, not whose he is:
 * "l'ambassadeur du Maroc auprès des Nations unies", "embajador de
 * México ante la ONU", "Botschafter bei den Vereinten Nationen". */
static int
accredited(const struct run *r, guint k)
{
	static const char *const host[] = {
		"auprès", "ante", "bei", "beim", NULL
	};
	const struct text_mention *m = covered(r, k);
	guint	n;

	/* the mention's first word, NAME_WORDS back at most */
	for (n = 0; m != NULL && k > 0 && n < NAME_WORDS &&
	    covered(r, k - 1) == m; n++)
		k--;
	/* "auprès de l'", "ante la", "bei den": three words back */
	for (n = 1; n <= 3 && k >= n; n++) {
		if (n > 1 && ends(r, k - n))
			break;
		if (is_in(r, k - n, host))
			return 1;
	}
	return 0;
}

int
tm_lang_aside(const struct run *r, guint i, guint j, int *qual)
{
	guint	k, m, t;
	int	b, after = -1;

	*qual = -1;
	if (i < 2 || !(W(r, i - 1)->f & TOK_COMMA) ||
	    (!(W(r, j - 1)->f & (TOK_COMMA | TOK_END)) && !(j < nw(r) &&
	    !ends(r, j - 1) && is_in(r, j, conj))))
		return 0;
	for (k = i - 1;; k--) {
		if (k < i - 1 && ends(r, k))
			return 0;
		/* "de la OEA": the body of the title; "en Kiew": where
		 * it serves */
		if (after < 0 && (b = body_at(r, k)) >= 0 &&
		    A(r, b)->gaz >= 0 && (k == 0 ||
		    !is_in(r, k - 1, (const char *const[]){ "en", "in", "à",
		    "a", "au", "im", NULL })) && !accredited(r, k))
			after = b;
		if (is_title(r, k) && covered(r, k) == NULL &&
		    ((W(r, k)->f & TOK_LOWER) || r->lang == TEXT_DE))
			break;
		if (k == 0 || i - k >= APPOS_MAX + 2)
			return 0;
	}
	/* "el secretario general", "der russische Botschafter": the
	 * title's first word, its adjectives and demonyms before it */
	for (m = k; m > 0 && is_title(r, m - 1) && !ends(r, m - 1); m--)
		;
	for (t = m; m > 0 && !ends(r, m - 1) && (is_tpart(r, m - 1) ||
	    tm_lang_adjective(r, m - 1) || (covered(r, m - 1) != NULL &&
	    (covered(r, m - 1)->flags & TM_DEMONYM))) &&
	    !tm_lang_is(r, m - 1, LW_DET); m--)
		if ((b = body_at(r, m - 1)) >= 0 && *qual < 0)
			*qual = b;
	(void)t;
	if (*qual < 0)
		*qual = after;
	return m == 0 || tm_lang_is(r, m - 1, LW_DET);
}

/* An apposition after the name ending before j (", el líder de X")
 * that is the title of the next name (", el líder cívico Y"): none. */
int
tm_lang_next_name(const struct run *r, guint j)
{
	guint	k;

	const struct phrase *ph;

	for (k = j; k < nw(r) && k - j < APPOS_MAX; k++) {
		/* ", presidente de Chile,": a state is no one's name (its
		 * mention is not made yet) */
		if (r->lex != NULL && (ph = lex_match(r->lex,
		    (const struct tok *)r->toks->data, nw(r), k)) != NULL &&
		    !(ph->flags & PH_PERSONLIKE)) {
			k += (guint)ph->ntok - 1;
			if (ends(r, k))
				break;
			continue;
		}
		if (tm_name_word(r, k) && covered(r, k) == NULL)
			return 1;
		if (ends(r, k))
			break;
	}
	return 0;
}

/*
 * A person's context in the language around the name at words [i, j):
 * an age after it (", 60 ans,", ", 48 años", ", 62 Jahre"), or the
 * government it leads before it ("le gouvernement de X", "el Ejecutivo
 * de X", "die Regierung von X").
 */
int
tm_lang_person(const struct run *r, guint i, guint j)
{
	static const char *const years[] = {
		"ans", "años", "jahre", "jährige", "jähriger", NULL
	};
	static const char *const govs[] = {
		"gouvernement", "gobierno", "ejecutivo", "cabinet",
		"administración", "administration", "regierung",
		/* "sous la présidence de X": a person presides */
		"présidence", "presidencia", NULL
	};
	const struct text_mention *m;
	guint	n = nw(r);

	if (j + 1 < n && (W(r, j - 1)->f & TOK_COMMA) &&
	    (W(r, j)->f & TOK_DIGIT) && !ends(r, j) && is_in(r, j + 1, years))
		return 1;
	/* "X, alias Y" */
	if (j < n && (W(r, j - 1)->f & TOK_COMMA) &&
	    strcmp(W(r, j)->low, "alias") == 0)
		return 1;
	/* "Lula da Silva y Gustavo Petro": a person and another */
	if (i >= 2 && !ends(r, i - 1) && !ends(r, i - 2) && is_in(r, i - 1,
	    conj) && (m = covered(r, i - 2)) != NULL &&
	    A(r, m->actor)->kind == TA_PERSON && !(m->flags & (TM_PRONOUN |
	    TM_ROLE)) && (!r->nouns_cap || (i >= 3 && covered(r, i - 3) ==
	    m)))	/* German: "Obama und Kongress Republikaner" */
		return 1;
	/* "die SPÖ unter X", "die Partei unter X": a body under its
	 * leader */
	if (r->lang == TEXT_DE && i >= 2 && !ends(r, i - 1) &&
	    !ends(r, i - 2) && strcmp(W(r, i - 1)->low, "unter") == 0 &&
	    (((m = covered(r, i - 2)) != NULL && A(r, m->actor)->kind ==
	    TA_ORG) || (cap(r, i - 2) && !tm_name_word(r, i - 2) &&
	    !nonname(r, i - 2)) || strcmp(W(r, i - 2)->low, "partei") == 0))
		return 1;
	return i >= 2 && !ends(r, i - 1) && !ends(r, i - 2) &&
	    is_in(r, i - 1, (const char *const[]){ "de", "d'", "von",
	    "unter", NULL }) && is_in(r, i - 2, govs);
}

/* --- the gazetteer's forms ------------------------------------------------ */

/* Before "de X": a place of its own, not X's state ("golfe de
 * Guinée", "golfo de México"). */
static const char *const geo[] = {
	"golfe", "golfo", "mer", "mar", "océan", "océano", "canal",
	"détroit", "estrecho", "île", "îles", "isla", "islas", "lac", "lago",
	"baie", "bahía", "fleuve", "río", "rivière", "cuenca", "bassin",
	"péninsule", "península", "corne", "cuerno", "ciudad", "ville",
	"provincia", "province", "région", "región", "département",
	"departamento", "estado", NULL
};

/* Before "de X", the words of a state's own name. */
static const char *const realms[] = {
	"república", "république", "reino", "royaume", "estado", "état",
	"etat", "emirato", "émirat", "principado", "principauté", "gran",
	"grand", "sultanato", "sultanat", "federación", "fédération",
	"commonwealth", "islas", "îles", NULL
};

int
tm_lang_place(const struct run *r, guint i, guint len, unsigned flags)
{
	const char	*p;

	(void)len;
	if (i == 0 || ends(r, i - 1))
		return 0;
	p = W(r, i - 1)->low;
	/* "in Zagreb", "à Dakar", "en Lima", "au Caire": a capital
	 * where a thing happens is a place, not its state acting */
	if ((flags & TM_METONYM) && tm_lang_listed(p, strlen(p),
	    (const char *const[]){ "in", "en", "à", "au", NULL }))
		return 1;
	/* "en français", "en español": a language */
	if ((flags & TM_DEMONYM) && (r->lang == TEXT_ES || r->lang ==
	    TEXT_FR) && strcmp(p, "en") == 0)
		return 1;
	if (i < 2 || ends(r, i - 2) || (strcmp(p, "de") != 0 &&
	    strcmp(p, "del") != 0 && strcmp(p, "du") != 0 &&
	    strcmp(p, "d'") != 0))
		return 0;
	if ((W(r, i - 2)->f & TOK_LOWER) &&
	    tm_lang_listed(W(r, i - 2)->low, strlen(W(r, i - 2)->low), geo))
		return 1;
	/* "Universidad de Granada", "Banco de México": a name of its
	 * own, the state's name inside it; not "República de X" */
	return cap(r, i - 2) && !nonname(r, i - 2) && covered(r, i - 2) ==
	    NULL && !tm_lang_listed(W(r, i - 2)->low, strlen(W(r, i - 2)->low),
	    realms);
}

/* --- keys ----------------------------------------------------------------- */

char *
tm_lang_key(const struct run *r, const char *name)
{
	const UNormalizer2 *nfd;
	UErrorCode	 st = U_ZERO_ERROR;
	UChar		*u, *d;
	int32_t		 n, m, k, o;
	char		*out;

	(void)r;
	u_strFromUTF8(NULL, 0, &n, name, -1, &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return g_utf8_casefold(name, -1);
	st = U_ZERO_ERROR;
	/* room for the folding: "ß" is "ss" */
	u = g_new(UChar, 3 * n + 1);
	u_strFromUTF8(u, 3 * n + 1, NULL, name, -1, &st);
	nfd = unorm2_getNFDInstance(&st);
	d = g_new(UChar, 3 * n + 1);
	m = U_SUCCESS(st) ? unorm2_normalize(nfd, u, n, d, 3 * n + 1, &st) :
	    0;
	if (U_FAILURE(st)) {
		g_free(u);
		g_free(d);
		return g_utf8_casefold(name, -1);
	}
	/* the marks dropped: "Erdoğan" is "Erdogan" */
	for (k = 0, o = 0; k < m; k++)
		if (u_charType(d[k]) != U_NON_SPACING_MARK)
			d[o++] = d[k];
	n = u_strFoldCase(u, 3 * n + 1, d, o, U_FOLD_CASE_DEFAULT, &st);
	if (U_FAILURE(st)) {
		g_free(u);
		g_free(d);
		return g_utf8_casefold(name, -1);
	}
	out = g_new(char, 4 * n + 1);
	u_strToUTF8(out, 4 * n + 1, NULL, u, n, &st);
	g_free(u);
	g_free(d);
	if (U_FAILURE(st)) {
		g_free(out);
		return g_utf8_casefold(name, -1);
	}
	return out;
}
