/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage in Spanish, French and German: the bodies named in
 * the language ("la Cour constitutionnelle", "Consejo Nacional
 * Electoral (CNE)", "der Bundesrat", "Siemens AG") and a party in
 * brackets after a person.  Word lists of each language's grammar
 * only: no name of a person, body or place.  Every look-around is
 * bounded.
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

#define ADJ_MAX		2	/* adjectives before a body's capitals */
#define LORG_WORDS	12	/* words of a body's name with its acronym */
#define LACRO_MAX	8	/* letters of an acronym */

/* --- bodies --------------------------------------------------------------- */

/* The first word of a body's name in Spanish and French: its head
 * noun, the adjectives after it ("Cour constitutionnelle"). */
static const char *const es_heads[] = {
	"corte", "tribunal", "consejo", "comité", "comisión", "movimiento",
	"partido", "frente", "guardia", "centro", "fuerzas", "ejército",
	"unión", "banco", "fondo", "organización", "asamblea", "congreso",
	"senado", "cámara", "policía", "agencia", "oficina", "servicio",
	"ministerio", "alianza", "coalición", "liga", "comunidad",
	"federación", "instituto", "fundación", "junta", "misión",
	"autoridad", "defensoría", "fiscalía", "registraduría",
	"procuraduría", "contraloría", "parlamento", NULL
};

static const char *const fr_heads[] = {
	"cour", "tribunal", "conseil", "comité", "commission", "mouvement",
	"parti", "front", "garde", "centre", "forces", "armée", "union",
	"banque", "fonds", "organisation", "assemblée", "congrès", "sénat",
	"chambre", "police", "gendarmerie", "agence", "office", "service",
	"ministère", "alliance", "coalition", "ligue", "communauté",
	"fédération", "institut", "fondation", "junte", "mission",
	"autorité", "parlement", "haut", "haute", NULL
};

/* Named alone after its article: the chambers and the army. */
static const char *const chambers[] = {
	"congreso", "senado", "parlamento", "ejército", "asamblea",
	"sénat", "parlement", "assemblée", NULL
};

/* Inside a body's name: "de la", "pour la", "et". */
static const char *const es_links[] = {
	"de", "del", "la", "las", "los", "el", "al", "para", "y", "e", "por",
	NULL
};

static const char *const fr_links[] = {
	"de", "du", "des", "la", "les", "l'", "d'", "pour", "et", "le",
	"à", "au", "aux", "sur", NULL
};

/* Word i is an acronym in brackets after words ending at i - 1, whose
 * first letter is the name's: "(CTRI)". */
static int
acro_after(const struct run *r, guint i, const char *name)
{
	const char	*k = W(r, i)->key, *s = r->t->str->str + r->base;
	size_t		 n = strlen(k), c, p;
	int		 open = 0;

	if (i == 0 || i >= nw(r) || n < 2 || n > LACRO_MAX ||
	    g_ascii_toupper(name[0]) != k[0] || !(W(r, i - 1)->f & TOK_STOP))
		return 0;
	for (c = 0; c < n; c++)
		if (!g_ascii_isupper(k[c]) && !g_ascii_isdigit(k[c]))
			return 0;
	for (p = W(r, i - 1)->e; p < W(r, i)->s; p++)
		open |= s[p] == '(';
	return open && (W(r, i)->f & TOK_STOP);
}

/* The gazetteer's state whose form (a demonym: "gabonais") starts at
 * word k, or -1. */
static int
state_at(const struct run *r, guint k)
{
	const struct phrase *ph;
	const struct gaz_entry *g;

	if (r->lex == NULL || (ph = lex_match(r->lex, (const struct tok *)
	    r->toks->data, nw(r), k)) == NULL)
		return -1;
	g = g_ptr_array_index(r->lex->entries, ph->entry);
	return g->kind == GAZ_STATE && (ph->flags & PH_DEMONYM) ?
	    ph->entry : -1;
}

/* Word k is a form of a state in the gazetteer ("Tunisie"). */
static int
state_form(const struct run *r, guint k)
{
	const struct phrase *ph;
	const struct gaz_entry *g;

	if (r->lex == NULL || (ph = lex_match(r->lex, (const struct tok *)
	    r->toks->data, nw(r), k)) == NULL)
		return 0;
	g = g_ptr_array_index(r->lex->entries, ph->entry);
	return g->kind == GAZ_STATE;
}

/*
 * The link at word j after a head and its adjectives (adjs of them)
 * goes on to a capitalised word, no state's: "Communauté économique
 * des États de ...", not "Banque centrale de Tunisie" (the state's
 * bank, its name left to the state).
 */
static int
link_on(const struct run *r, guint j, guint adjs, const char *const *links)
{
	guint	k;

	if (adjs == 0)
		return 0;
	for (k = j + 1; k < nw(r) && k <= j + 2; k++) {
		if (ends(r, k - 1))
			return 0;
		if (cap(r, k))
			return !tm_lang_is(r, k, LW_STOP) && !state_form(r, k);
		if (!tm_lang_listed(W(r, k)->low, strlen(W(r, k)->low), links))
			return 0;
	}
	return 0;
}

/* After "de": a phrase, no noun of a name ("de nouveau", "de hecho"). */
static const char *const de_adverbs[] = {
	"nouveau", "même", "plus", "moins", "fait", "suite", "loin", "près",
	"façon", "sorte", "manière", "retour", "nuevo", "hecho", "momento",
	"inmediato", "forma", "manera", "vuelta", "nuevo", "acuerdo",
	"accord", "facto", NULL
};

/*
 * Spanish and French write a body's name in lower case after its first
 * words: "Haut Conseil de sécurité", "Tribunal de cuentas", "Conseil
 * national de transition".  One noun after "de" closing the name at e
 * (0: the head i alone), with its adjectives, is the name's; the end
 * of the name, or e.
 */
static guint
noun_after(const struct run *r, guint i, guint e)
{
	guint	 n = nw(r), k = e > 0 ? e : i + 1;
	size_t	 len;

	if (k + 1 >= n || ends(r, k - 1) || strcmp(W(r, k)->low, "de") != 0 ||
	    ends(r, k) || !(W(r, k + 1)->f & TOK_LOWER))
		return e;
	len = g_utf8_strlen(W(r, k + 1)->low, -1);
	if (len < 5 || tm_lang_is(r, k + 1, LW_STOP) ||
	    tm_lang_adjective(r, k + 1) || is_in(r, k + 1, de_adverbs))
		return e;
	/* "de transition démocratique": the noun's adjectives */
	for (k += 2; k < n && !ends(r, k - 1) && k - i < LORG_WORDS &&
	    tm_lang_adjective(r, k); k++)
		;
	return k;
}

/* The body of words [i, e) (its text as written), with the state its
 * demonym names, and its acronym at word e if any: words consumed. */
static guint
body_new(struct run *r, guint i, guint e, int acro)
{
	const char	*s = r->t->str->str + r->base;
	char		*name;
	guint		 k;
	int		 a, st = -1, b;

	name = g_strndup(s + W(r, i)->s, W(r, e - 1)->e - W(r, i)->s);
	a = tm_org_actor(r, name);
	g_free(name);
	for (k = i; k < e && st < 0; k++)
		if ((b = state_at(r, k)) >= 0)
			st = tm_gaz_actor(r, b);
	if (st >= 0 && A(r, a)->state < 0)
		((struct text_actor *)g_ptr_array_index(r->t->actors,
		    a))->state = st;
	tm_add_mention(r, i, e, a, 0);
	if (acro) {
		g_hash_table_insert(r->acros, g_strdup(W(r, e)->key),
		    GINT_TO_POINTER(a + 1));
		tm_add_mention(r, e, e + 1, a, 0);
		e++;
	}
	return e - i;
}

/*
 * A body named in Spanish or French at word i: a capitalised head noun
 * ("Cour", "Consejo", "Comité"), then its name up to an acronym in
 * brackets ("Comité pour la transition ... (CTRI)"), or capitalised
 * words ("Consejo Nacional Electoral", "Tribunal Supremo de
 * Justicia"), or, inside the sentence, adjectives only: "la Cour
 * constitutionnelle", "la Garde républicaine" (the language writes a
 * common noun in lower case).  The gazetteer's forms are left to it.
 */
/* A body named by a lower-case noun and a name: "le mouvement Amal",
 * "la operación X". */
static const char *const named_by[] = {
	"mouvement", "parti", "opération", "force", "groupe", "milice",
	"movimiento", "partido", "operación", "grupo", "milicia", NULL
};

/* A body named by a common noun and the state's adjective: "l'armée
 * malienne", "la oposición venezolana". */
static const char *const commons[] = {
	"armée", "opposition", "ejército", "oposición", "police", "policía",
	NULL
};

/* Of these, named without their state: the state's own. */
static const char *const commons_alone[] = {
	"opposition", "oposición", "police", "policía", NULL
};

/* The words of a body named by a lower-case noun at word i: "le
 * mouvement Amal" (the name, one or two capitalised words outside the
 * gazetteer), "l'armée malienne", "la oposición venezolana" (the noun
 * and its demonym).  0: none. */
static guint
common_body(struct run *r, guint i)
{
	const char	*s = r->t->str->str + r->base;
	char		*name, *head;
	guint		 n = nw(r), j, e;
	int		 a, st;

	if (i == 0 || i + 1 >= n || ends(r, i) || !(W(r, i)->f & TOK_LOWER) ||
	    !tm_lang_is(r, i - 1, LW_DET) || ends(r, i - 1))
		return 0;
	if (is_in(r, i, named_by)) {
		for (j = i + 1; j < n && j - i <= 2 && cap(r, j) &&
		    !nonname(r, j) && !(W(r, j)->f & TOK_JOINED) &&
		    (r->lex == NULL || lex_match(r->lex, (const struct tok *)
		    r->toks->data, n, j) == NULL); j++)
			if (ends(r, j)) {
				j++;
				break;
			}
		if (j == i + 1 || (j < n && !ends(r, j - 1) && cap(r, j)))
			return 0;
		name = tm_name_text(r, i + 1, j);
		a = tm_org_actor(r, name);
		g_free(name);
		tm_add_mention(r, i + 1, j, a, 0);
		return j - i;
	}
	if (!is_in(r, i, commons))
		return 0;
	st = state_at(r, i + 1);
	e = st >= 0 ? i + 2 : i + 1;
	head = g_strdup(W(r, i)->low);
	name = g_strndup(s + W(r, i)->s, W(r, e - 1)->e - W(r, i)->s);
	/* "la oposición" and "la oposición venezolana": one body */
	a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, head)) - 1;
	if (a < 0 && st < 0 && !is_in(r, i, commons_alone)) {
		g_free(head);
		g_free(name);
		return 0;	/* whose army: none said */
	}
	if (a < 0) {
		a = tm_org_actor(r, name);
		g_hash_table_insert(r->byname, head, GINT_TO_POINTER(a + 1));
		head = NULL;
		if (st >= 0)
			((struct text_actor *)g_ptr_array_index(
			    r->t->actors, a))->state = tm_gaz_actor(r, st);
	}
	g_free(head);
	g_free(name);
	tm_add_mention(r, i, e, a, 0);
	return e - i;
}

/* German federal institutions: "Bundestag", "Bundeswehr",
 * "Bundesverfassungsgericht"; the government is its state's
 * (gazetteer). */
static const char *const bundes[] = {
	"tag", "rat", "wehr", "gericht", "bank", "amt", "anwaltschaft",
	"dienst", "polizei", "agentur", NULL
};

static guint
federal(struct run *r, guint i)
{
	const char	*k = W(r, i)->key;
	size_t		 n = strlen(k), m, cut;
	char		*name;
	int		 x, a;

	if (r->heading || !cap(r, i) || n < 9 || strncmp(k, "Bundes", 6) != 0 ||
	    (W(r, i)->f & TOK_JOINED) || (i + 1 < nw(r) &&
	    (W(r, i + 1)->f & TOK_JOINED)))
		return 0;
	for (x = 0; bundes[x] != NULL; x++) {
		m = strlen(bundes[x]);
		/* the genitive: "des Bundestags", "der Bundeswehr" */
		for (cut = 0; cut <= 2; cut++)
			if (n >= 6 + m + cut && strncmp(k + n - cut - m, bundes[x],
			    m) == 0 && (cut == 0 || strcmp(k + n - cut,
			    cut == 1 ? "s" : "es") == 0))
				goto found;
	}
	return 0;
found:
	name = g_strndup(k, n - cut);
	a = tm_org_actor(r, name);
	g_free(name);
	tm_add_mention(r, i, i + 1, a, 0);
	return 1;
}

/* German nouns of a company or a service before its name: "der
 * Staatskonzern X", "der Geheimdienst X", "der Betreiber X". */
static const char *const de_firm[] = {
	"konzern", "dienst", "betreiber", "unternehmen", "behörde",
	"gesellschaft", "agentur", "miliz", "partei", "verband",
	"gewerkschaft", "bewegung", "organisation", NULL
};

/* Company suffixes closing a name: "Nord Stream AG". */
static const char *const firm_end[] = {
	"AG", "GmbH", "SE", "KG", "SA", "S.A.", "SpA", "NV", "N.V.", NULL
};

/* The capitalised words from word i, NAME_WORDS at most, none of the
 * gazetteer's nor a title: the end, else i. */
static guint
caps_run(const struct run *r, guint i)
{
	guint	j;

	for (j = i; j < nw(r) && j - i < NAME_WORDS; j++) {
		if (j > i && ends(r, j - 1))
			break;
		if (!cap(r, j) || nonname(r, j) || covered(r, j) != NULL ||
		    (r->lex != NULL && lex_match(r->lex, (const struct tok *)
		    r->toks->data, nw(r), j) != NULL))
			break;
	}
	return j;
}

/*
 * A German body at word i: a company's or a service's noun before its
 * name ("der russische Staatskonzern Gazprom"), the state its demonym
 * names before; a name closed by a company suffix ("Nord Stream AG").
 * The words consumed, 0.
 */
static guint
german_body(struct run *r, guint i)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w), m;
	guint		 j, k;
	char		*name;
	int		 a, x, st = -1;

	if (r->heading || !cap(r, i))
		return 0;
	for (x = 0; de_firm[x] != NULL; x++) {
		m = strlen(de_firm[x]);
		if (n >= m && strcmp(w + n - m, de_firm[x]) == 0)
			break;
	}
	if (de_firm[x] != NULL && i + 1 < nw(r) && !ends(r, i) &&
	    (j = caps_run(r, i + 1)) > i + 1 && (j >= nw(r) ||
	    !cap(r, j) || ends(r, j - 1))) {
		if (i > 0 && covered(r, i - 1) != NULL &&
		    (covered(r, i - 1)->flags & TM_DEMONYM))
			st = covered(r, i - 1)->actor;
		name = tm_name_text(r, i + 1, j);
		a = tm_org_actor(r, name);
		g_free(name);
		if (st >= 0 && A(r, a)->state < 0 && A(r, st)->kind == TA_STATE)
			((struct text_actor *)g_ptr_array_index(r->t->actors,
			    a))->state = st;
		tm_add_mention(r, i + 1, j, a, 0);
		return j - i;
	}
	/* "Nord Stream AG" */
	for (k = i; k < nw(r) && k - i < NAME_WORDS; k++) {
		if (k > i && ends(r, k - 1))
			break;
		if (k > i && tm_lang_listed(W(r, k)->key, strlen(W(r, k)->key),
		    firm_end)) {
			name = tm_name_text(r, i, k + 1);
			a = tm_org_actor(r, name);
			g_free(name);
			tm_add_mention(r, i, k + 1, a, 0);
			return k + 1 - i;
		}
		if (!cap(r, k) || nonname(r, k))
			break;
	}
	return 0;
}

/* A party or an alliance named aside: "La coalición de X, NAME,". */
static const char *const party_nouns[] = {
	"partido", "coalición", "alianza", "movimiento", "formación",
	"parti", "coalition", "alliance", "mouvement", "formation",
	"partei", "bündnis", NULL
};

#define ASIDE_BACK	5	/* words from the party's noun to the comma */
#define ASIDE_NAME	5	/* words of the name aside */

/*
 * The name at word i set aside after a party's noun that opens the
 * phrase ("La coalición de Milei, La Libertad Avanza, tiene", "Le
 * parti du président, Renaissance, a"): a body.  Not after a noun
 * inside a phrase ("el líder del partido, Juan Pérez,": a person).
 * Returns the words consumed, 0.
 */
static guint
party_aside(struct run *r, guint i)
{
	guint	 n = nw(r), k, j;
	char	*name, *key;
	int	 a;

	if (i < 2 || !cap(r, i) || !(W(r, i - 1)->f & TOK_COMMA) ||
	    r->heading)
		return 0;
	for (k = i - 1; k > 0 && i - k <= ASIDE_BACK; k--) {
		if (k < i - 1 && ends(r, k))
			return 0;
		if (is_in(r, k, party_nouns))
			break;
	}
	if (k == 0 || i - k > ASIDE_BACK || !is_in(r, k, party_nouns) ||
	    !tm_lang_is(r, k - 1, LW_DET) || (k >= 2 && !ends(r, k - 2)))
		return 0;
	/* the name, up to the comma closing the aside */
	for (j = i; j < n && j - i < ASIDE_NAME; j++)
		if (ends(r, j))
			break;
	if (j >= n || j - i >= ASIDE_NAME || !(W(r, j)->f & TOK_COMMA))
		return 0;
	j++;
	name = tm_name_text(r, i, j);
	key = tm_key(r, name);
	a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
	g_free(key);
	if (a >= 0 && A(r, a)->kind == TA_PERSON) {
		g_free(name);
		return 0;
	}
	if (a < 0)
		a = tm_org_actor(r, name);
	g_free(name);
	tm_add_mention(r, i, j, a, 0);
	return j - i;
}

guint
tm_lang_org(struct run *r, guint i)
{
	const char *const *heads, *const *links;
	const struct phrase *ph;
	guint	 n = nw(r), j, e, caps = 0, adjs = 0;
	int	 a;

	if ((e = party_aside(r, i)) > 0)
		return e;

	if (r->lang == TEXT_ES) {
		heads = es_heads;
		links = es_links;
	} else if (r->lang == TEXT_FR) {
		heads = fr_heads;
		links = fr_links;
	} else if (federal(r, i) > 0)
		return 1;
	else
		return german_body(r, i);
	if (!r->heading && !cap(r, i))
		return common_body(r, i);
	if (r->heading || !cap(r, i) || !tm_lang_listed(W(r, i)->low,
	    strlen(W(r, i)->low), heads))
		return 0;
	if (r->lex != NULL && (ph = lex_match(r->lex, (const struct tok *)
	    r->toks->data, n, i)) != NULL)
		return 0;
	/* up to an acronym in brackets */
	for (j = i + 1; j < n && j - i < LORG_WORDS; j++) {
		if (ends(r, j - 1))
			break;
		if (!cap(r, j) && !(W(r, j)->f & TOK_LOWER))
			break;
	}
	if (j < n && j - i >= 2 && (W(r, j - 1)->f & TOK_STOP) &&
	    acro_after(r, j, W(r, i)->key) &&
	    !tm_lang_listed(W(r, j - 1)->low, strlen(W(r, j - 1)->low), links))
		return body_new(r, i, j, 1);
	/* capitalised words and adjectives, with their links */
	for (j = i + 1, e = 0; j < n && j - i < LORG_WORDS; j++) {
		if (ends(r, j - 1))
			break;
		/* "de Bobo-Dioulasso": a joined word goes with its own */
		if ((W(r, j)->f & TOK_JOINED)) {
			if (e == j)
				e = j + 1;
			continue;
		}
		if (cap(r, j) && !tm_lang_is(r, j, LW_STOP) &&
		    !is_title(r, j)) {
			caps++;
			e = j + 1;
		} else if (tm_lang_adjective(r, j) || state_at(r, j) >= 0) {
			if (caps == 0)
				adjs++;
			e = j + 1;
			if (caps == 0 && adjs >= ADJ_MAX)
				break;
		} else if (!tm_lang_listed(W(r, j)->low,
		    strlen(W(r, j)->low), links) ||
		    (caps == 0 && !link_on(r, j, adjs, links)))
			break;
	}
	/* "Haut Conseil de sécurité", "Conseil national de transition" */
	e = noun_after(r, i, e);
	/* "Centre gabonais des élections": a plural noun after them */
	if (e > 0 && caps == 0 && e + 1 < n && !ends(r, e - 1) &&
	    strcmp(W(r, e)->low, "des") == 0 && !ends(r, e) &&
	    (W(r, e + 1)->f & TOK_LOWER) && strlen(W(r, e + 1)->low) > 4 &&
	    g_str_has_suffix(W(r, e + 1)->low, "s") &&
	    !tm_lang_is(r, e + 1, LW_STOP))
		e += 2;
	/* "el Congreso", "le Sénat": a chamber alone, a body of its own
	 * once the text names it twice (its first mention kept) */
	if (e == 0 && i > 0 && !ends(r, i - 1) && tm_lang_listed(W(r, i)->low,
	    strlen(W(r, i)->low), chambers) && tm_lang_is(r, i - 1, LW_DET)) {
		if ((a = tm_body_take(r, W(r, i)->key)) < 0) {
			tm_body_note(r, W(r, i)->key, i, i + 1);
			return 1;
		}
		tm_add_mention(r, i, i + 1, a, 0);
		return 1;
	}
	if (e == 0)
		return 0;
	if (caps == 0 && (i == 0 || ends(r, i - 1)))
		return 0;	/* a sentence's first word: any noun */
	return body_new(r, i, e, e < n && acro_after(r, e, W(r, i)->key));
}

/*
 * After a person's name at [i, j), a party in brackets: "Boris
 * Pistorius (SPD)", "Annalena Baerbock (Grüne)": a body of its own,
 * not the person's state.  The words consumed after j.
 */
guint
tm_lang_party(struct run *r, guint j)
{
	const char	*s = r->t->str->str + r->base;
	size_t		 p;
	int		 open = 0, a;

	if (j == 0 || j >= nw(r) || !(W(r, j - 1)->f & TOK_STOP) ||
	    !cap(r, j) || !(W(r, j)->f & TOK_STOP) || nonname(r, j) ||
	    covered(r, j) != NULL || (j + 1 < nw(r) &&
	    (W(r, j + 1)->f & TOK_JOINED)) || (r->lex != NULL &&
	    lex_match(r->lex, (const struct tok *)r->toks->data, nw(r), j) !=
	    NULL))
		return 0;
	for (p = W(r, j - 1)->e; p < W(r, j)->s; p++)
		open |= s[p] == '(';
	if (!open || s[W(r, j)->e] != ')')
		return 0;
	a = tm_org_actor(r, W(r, j)->key);
	tm_add_mention(r, j, j + 1, a, 0);
	return 1;
}
