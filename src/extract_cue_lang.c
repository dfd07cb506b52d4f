/* SPDX-License-Identifier: MIT */
/*
 * The relation cues of Spanish, French and German indexed: the verbs
 * of each lexicon (extract_cue_es.c, extract_cue_fr.c,
 * extract_cue_de.c) by their Snowball stems so that every inflection
 * of a regular verb is one entry ("firmó", "firmaron", "firmará":
 * "firm"), and the acts of the cues: the English cue of the same label
 * and code (assets/cues.tsv).  Labels are the English cues' keys; the
 * page may translate them.
 */
#include <string.h>

#include <glib.h>
#include <libstemmer.h>

#include "cameo.h"
#include "extract_lang.h"
#include "extract_lex_lang.h"
#include "gazetteer.h"

/* Words before a title that make its holder lead: "primer ministro". */
static const char *const head_of[] = {
	"primer", "primera", "premier", "première", NULL
};

/* --- the index ------------------------------------------------------------ */

struct lcues {
	enum text_lang		 lang;
	const struct title	*titles;
	const struct lang_words	*words;
	struct sb_stemmer	*sb;
	GHashTable		*cues;	/* key -> GPtrArray of lcue */
	GHashTable		*nouns;	/* stem -> GPtrArray of lcue */
	const struct lcue	*nominal;
	GHashTable		*verbs;	/* stem -> LV_* */
	GHashTable		*acts;	/* struct lcue * -> its struct cue
					 * made from its act, where the
					 * English lexicon has none */
	GString			*buf;
};

/* The stem of word w (n bytes), lower-cased, in lc->buf. */
static const char *
stem(struct lcues *lc, const char *w, size_t n)
{
	const sb_symbol	*s;
	char		*low;

	low = g_utf8_strdown(w, (gssize)n);
	s = sb_stemmer_stem(lc->sb, (const sb_symbol *)low,
	    (int)strlen(low));
	g_string_assign(lc->buf, s != NULL ? (const char *)s : low);
	g_free(low);
	return lc->buf->str;
}

static void
free_act(gpointer p)
{
	struct cue	*c = p;

	g_free(c->label);
	g_free(c);
}

/* The class of act a ("coercion:163") as a static string, or NULL. */
static const char *
act_class(const char *a, const char **code)
{
	static const char *const classes[] = {
		"statement", "diplomacy", "coercion", "force", "support",
		"agreement", "succession", NULL
	};
	const char	*colon = strchr(a, ':');
	size_t		 i;

	if (colon == NULL)
		return NULL;
	*code = colon + 1;
	for (i = 0; classes[i] != NULL; i++)
		if (strlen(classes[i]) == (size_t)(colon - a) &&
		    strncmp(classes[i], a, (size_t)(colon - a)) == 0)
			return classes[i];
	return NULL;
}

/*
 * The act of cue q: the English cue of the same label and code (the
 * English lexicon is the reference: its class, code and value), else
 * one made from q's act, so that a label the English lexicon lacks
 * still keeps its class, code and polarity.
 */
const struct cue *
extract_lcues_act(struct lcues *lc, const struct lex *lex,
    const struct lcue *q)
{
	const struct cameo *cm;
	const struct cue *e;
	struct cue	*c;
	const char	*cls, *code = "-";
	guint		 i;

	cls = act_class(q->act, &code);
	for (i = 0; lex != NULL && i < lex->cues->len; i++) {
		e = g_ptr_array_index(lex->cues, i);
		if (e->dir != CUE_GOODS && e->cls != NULL &&
		    g_ascii_strcasecmp(e->label, q->label) == 0 &&
		    (e->cameo == NULL ? strcmp(code, "-") == 0 :
		    strcmp(e->cameo, code) == 0))
			return e;
	}
	if ((c = g_hash_table_lookup(lc->acts, q)) != NULL)
		return c;
	c = g_new0(struct cue, 1);
	c->label = g_strdup(q->label);
	c->cls = cls != NULL ? cls : "statement";
	if ((cm = cameo_find(code)) != NULL) {
		c->cameo = cm->code;
		c->goldstein = cm->goldstein;
	}
	c->pol = cameo_polarity(c->goldstein);
	c->dir = q->dir == LC_SYM ? CUE_SYM : q->dir == LC_OS ? CUE_OS :
	    CUE_SO;
	g_hash_table_insert(lc->acts, (gpointer)q, c);
	return c;
}

/* Index cue c under the key of each of its forms in h. */
static void
add_cue(struct lcues *lc, GHashTable *h, const struct lcue *c)
{
	GPtrArray	*a;
	char		**forms, *sp, *key;
	guint		 i;

	forms = g_strsplit(c->forms, "|", -1);
	for (i = 0; forms[i] != NULL; i++) {
		if ((sp = strchr(forms[i], ' ')) != NULL)
			*sp++ = '\0';
		stem(lc, forms[i], strlen(forms[i]));
		key = sp != NULL ? g_strdup_printf("%s %s", lc->buf->str, sp) :
		    g_strdup(lc->buf->str);
		if ((a = g_hash_table_lookup(h, key)) == NULL) {
			a = g_ptr_array_new();
			g_hash_table_insert(h, key, a);
		} else
			g_free(key);
		if (a->len == 0 || g_ptr_array_index(a, a->len - 1) != c)
			g_ptr_array_add(a, (gpointer)c);
	}
	g_strfreev(forms);
}

static void
add_verbs(struct lcues *lc, const struct lverb *v)
{
	char	**forms;
	guint	  i;

	for (; v->forms != NULL; v++) {
		forms = g_strsplit(v->forms, "|", -1);
		for (i = 0; forms[i] != NULL; i++) {
			stem(lc, forms[i], strlen(forms[i]));
			g_hash_table_insert(lc->verbs,
			    g_strdup(lc->buf->str), GINT_TO_POINTER(v->what));
		}
		g_strfreev(forms);
	}
}

struct lcues *
extract_lcues_new(enum text_lang lang)
{
	const struct lang_lexicon *lx;
	const struct lcue *q;
	struct lcues	*lc;

	switch (lang) {
	case TEXT_ES:
		lx = &extract_lexicon_es;
		break;
	case TEXT_FR:
		lx = &extract_lexicon_fr;
		break;
	case TEXT_DE:
		lx = &extract_lexicon_de;
		break;
	default:
		return NULL;
	}
	lc = g_new0(struct lcues, 1);
	if ((lc->sb = sb_stemmer_new(lx->stemmer, NULL)) == NULL) {
		g_free(lc);
		return NULL;
	}
	lc->lang = lang;
	lc->nominal = lx->nominal;
	lc->titles = lx->titles;
	lc->words = lx->words;
	lc->buf = g_string_new(NULL);
	lc->cues = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	lc->verbs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	lc->nouns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	for (q = lx->cues; q->forms != NULL; q++)
		add_cue(lc, lc->cues, q);
	for (q = lx->nouns; q->forms != NULL; q++)
		add_cue(lc, lc->nouns, q);
	add_verbs(lc, lx->verbs);
	lc->acts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    free_act);
	return lc;
}

void
extract_lcues_free(struct lcues *lc)
{
	if (lc == NULL)
		return;
	sb_stemmer_delete(lc->sb);
	g_hash_table_destroy(lc->cues);
	g_hash_table_destroy(lc->nouns);
	g_hash_table_destroy(lc->acts);
	g_hash_table_destroy(lc->verbs);
	g_string_free(lc->buf, TRUE);
	g_free(lc);
}

const struct lang_words *
extract_lcues_words(const struct lcues *lc)
{
	return lc->words;
}

/*
 * The cues of a verb form.  German weak verbs keep their "-t" and
 * "-te" through the stemmer ("liefert", "lieferte": "liefert";
 * "liefern": "liefer"), so a German stem ending in "t" is looked up
 * without it too.
 */
const GPtrArray *
extract_lcues_find(struct lcues *lc, const char *w, size_t n, const char *p)
{
	const GPtrArray	*a;
	GString		*key;
	size_t		 len;

	if (n == 0 || n > 64)
		return NULL;
	stem(lc, w, n);
	key = g_string_new(lc->buf->str);
	if (p != NULL)
		g_string_append_printf(key, " %s", p);
	a = g_hash_table_lookup(lc->cues, key->str);
	if (a == NULL && lc->lang == TEXT_DE && (len = strlen(lc->buf->str))
	    > 4 && lc->buf->str[len - 1] == 't') {
		g_string_assign(key, lc->buf->str);
		g_string_truncate(key, len - 1);
		if (p != NULL)
			g_string_append_printf(key, " %s", p);
		a = g_hash_table_lookup(lc->cues, key->str);
	}
	g_string_free(key, TRUE);
	return a;
}

/* A French word without its elided article or preposition:
 * "l'ambassadeur", "d’offensive". */
static const char *
elision(const struct lcues *lc, const char *low)
{
	if (lc->lang != TEXT_FR || low[0] == '\0')
		return low;
	if (low[1] == '\'')
		return low + 2;
	if (strncmp(low + 1, "’", 3) == 0)
		return low + 4;
	return low;
}

/*
 * The nominal cue of word w (n bytes): its forms listed (they are few
 * and inflect little); a German compound by its end.
 */
const struct lcue *
extract_lcues_nominal(const struct lcues *lc, const char *w, size_t n)
{
	const struct lcue *q, *found = NULL;
	const char	*x;
	char		*low, **forms;
	size_t		 len, m;
	guint		 i;

	if (n < 4 || n > 64)
		return NULL;
	low = g_utf8_strdown(w, (gssize)n);
	x = elision(lc, low);
	len = strlen(x);
	for (q = lc->nominal; q->forms != NULL && found == NULL; q++) {
		forms = g_strsplit(q->forms, "|", -1);
		for (i = 0; forms[i] != NULL && found == NULL; i++) {
			m = strlen(forms[i]);
			if (lc->lang == TEXT_DE ? len >= m && strcmp(x +
			    len - m, forms[i]) == 0 : strcmp(x,
			    forms[i]) == 0)
				found = q;
		}
		g_strfreev(forms);
	}
	g_free(low);
	return found;
}

const struct lcue *
extract_lcues_noun(struct lcues *lc, const char *w, size_t n)
{
	const GPtrArray	*a;

	if (n == 0 || n > 64)
		return NULL;
	if (lc->lang == TEXT_FR && n > 2 && (w[1] == '\'' ||
	    (n > 4 && strncmp(w + 1, "’", 3) == 0))) {
		/* "l'expulsion": the noun without its article */
		n -= w[1] == '\'' ? 2 : 4;
		w += w[1] == '\'' ? 2 : 4;
	}
	stem(lc, w, n);
	a = g_hash_table_lookup(lc->nouns, lc->buf->str);
	return a != NULL && a->len > 0 ? g_ptr_array_index(a, 0) : NULL;
}

int
extract_lcues_verb(struct lcues *lc, const char *w, size_t n)
{
	if (n == 0 || n > 64)
		return 0;
	stem(lc, w, n);
	return GPOINTER_TO_INT(g_hash_table_lookup(lc->verbs, lc->buf->str));
}

int
extract_word_in(const char *w, size_t n, const char *const *l)
{
	char	*low;
	int	 in = 0;

	if (l == NULL || n == 0 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	for (; *l != NULL && !in; l++)
		in = strcmp(low, *l) == 0;
	g_free(low);
	return in;
}

/*
 * The label of the relation title w (n bytes) makes, or NULL; prev the
 * word before it (NULL: none), for "primer ministro".  German titles
 * by their end, so that compounds are titles ("Außenministerin",
 * "US-Präsident", "Kremlchef"), the first matching end winning
 * ("Vizekanzler" before "kanzler").
 */
const char *
extract_lcues_title(const struct lcues *lc, const char *w, size_t n,
    const char *prev, size_t pn, int *plural)
{
	const struct title *t;
	const char	*label = NULL, *x;
	char		*low;
	size_t		 len, m;

	*plural = 0;
	if (n == 0 || n > 64)
		return NULL;
	low = g_utf8_strdown(w, (gssize)n);
	x = elision(lc, low);
	len = strlen(x);
	for (t = lc->titles; t->word != NULL && label == NULL; t++) {
		m = strlen(t->word);
		if (lc->lang == TEXT_DE ? len >= m && strcmp(x + len - m,
		    t->word) == 0 : strcmp(x, t->word) == 0) {
			label = t->label;
			*plural = t->plural;
		}
	}
	g_free(low);
	if (label != NULL && strcmp(label, "minister of") == 0 &&
	    prev != NULL && extract_word_in(prev, pn, head_of))
		label = "leader of";
	return label;
}
