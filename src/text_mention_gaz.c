/* SPDX-License-Identifier: MIT */
/*
 * The mentions stage's gazetteer: the form at a word (names, capitals
 * and institutions as metonyms, demonyms, short forms), an ambiguous
 * form resolved by the text, a form inside a longer name left to it.
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

/* --- the gazetteer -------------------------------------------------------- */

/* After an actor's name, the name of a document it does not sign as
 * one: "the United Nations Convention", "the Warsaw Pact". */
static const char *const documents[] = {
	"convention", "conventions", "treaty", "agreement", "accord",
	"accords", "protocol", "declaration", "covenant", "pact", NULL
};

/* A capitalised word of a name follows words i..i+len ("Dominique
 * Strauss-Kahn", "Washington Post"). */
static int
name_after(struct run *r, guint i, guint len)
{
	guint	n = nw(r);

	return i + len < n && !ends(r, i + len - 1) && cap(r, i + len) &&
	    !nonname(r, i + len) && lex_match(r->lex, (const struct tok *)
	    r->toks->data, n, i + len) == NULL &&
	    !g_hash_table_contains(r->lex->shorts, W(r, i + len)->key);
}

/* Words i..i+len are inside a longer capitalised name ("Denzel
 * Washington", "Washington Post"). */
static int
in_name(struct run *r, guint i, guint len)
{
	if (i > 0 && !ends(r, i - 1) && cap(r, i - 1) && !nonname(r, i - 1) &&
	    covered(r, i - 1) == NULL)
		return 1;
	return name_after(r, i, len);
}

/* The one candidate of an ambiguous form the text names, or -1. */
static int
resolve(struct run *r, const struct gaz_entry *g)
{
	guint	k;
	int	c, found = -1;

	for (k = 0; k < g->cands->len; k++) {
		c = g_array_index(g->cands, int, k);
		if (r->gazn[c] > 0 || (r->gaz[c] >= 0 &&
		    A(r, r->gaz[c])->mentions > 0)) {
			if (found >= 0)
				return -1;
			found = c;
		}
	}
	return found;
}

/*
 * The gazetteer's form at word i: its number of words (0: none), its
 * actor in *a (-1: a place, "the Hanoi summit", or a form naming none)
 * and the mention's TM_* in *flags.  A surname of a person of the
 * text is left to name_run.
 */
int
tm_gaz_match(struct run *r, guint i, int *a, unsigned *flags)
{
	const struct phrase *ph;
	const struct gaz_entry *g;
	const GArray	*ids;
	guint		 n = nw(r), k;
	int		 e, p, best = -1;

	*a = -1;
	*flags = 0;
	ph = lex_match(r->lex, (const struct tok *)r->toks->data, n, i);
	if (ph != NULL && (((ph->flags & PH_PERSONLIKE) &&
	    in_name(r, i, (guint)ph->ntok)) || ((ph->flags & PH_FORENAME) &&
	    name_after(r, i, (guint)ph->ntok))))
		ph = NULL;
	if (ph == NULL) {
		ids = g_hash_table_lookup(r->lex->shorts, W(r, i)->key);
		if (ids == NULL || tm_surname_person(r, i) >= 0 ||
		    in_name(r, i, 1))
			return 0;
		for (k = 0; k < ids->len; k++) {
			p = g_array_index(ids, int, k);
			if (ids->len == 1 || (r->gaz[p] >= 0 && (best < 0 ||
			    I(r, r->gaz[p])->seen > I(r, r->gaz[best])->seen)))
				best = p;
		}
		if (best < 0)
			return 0;
		*a = tm_gaz_actor(r, best);
		return 1;
	}
	e = ph->entry;
	g = g_ptr_array_index(r->lex->entries, e);
	k = i + (guint)ph->ntok;
	/* inside the name of something else: a document ("the United
	 * Nations Convention on the Law of the Sea"), an agency joined
	 * to it ("Agence France-Presse"), a newspaper or games after a
	 * capital and an article ("The Moscow Times", "the Beijing
	 * Olympics"; not a headline's "Moscow Warns Kyiv") */
	if (!is_lang(r) && k < n && !ends(r, k - 1) && cap(r, k) &&
	    (is_in(r, k, documents) || ((W(r, k)->f & TOK_JOINED) &&
	    lex_match(r->lex, (const struct tok *)r->toks->data, n,
	    k) == NULL) || ((ph->flags & PH_CAPITAL) && i > 0 &&
	    is_in(r, i - 1, (const char *const[]){ "the", "a", "an", NULL }) &&
	    !ends(r, i - 1) && !nonname(r, k) &&
	    lex_match(r->lex, (const struct tok *)r->toks->data, n,
	    k) == NULL && !g_hash_table_contains(r->lex->shorts,
	    W(r, k)->key) && !(W(r, k)->wc & WC_SPEECH))))
		return ph->ntok;
	if ((ph->flags & PH_CAPITAL) && k < n && !ends(r, k - 1) &&
	    (W(r, k)->f & TOK_LOWER) && ((W(r, k)->wc & WC_PLACE) ||
	    is_in(r, k, tm_places)))
		return ph->ntok;
	/* "golfe de Guinée", "en français": no state there */
	if (is_lang(r) && tm_lang_place(r, i, (guint)ph->ntok,
	    ((ph->flags & PH_DEMONYM) ? TM_DEMONYM : 0) |
	    ((ph->flags & PH_CAPITAL) ? TM_METONYM : 0)))
		return ph->ntok;
	if (g->kind == GAZ_AMBIG)
		e = resolve(r, g);
	else if (g->kind == GAZ_NONE)
		e = -1;
	*a = tm_gaz_actor(r, e);
	if (ph->flags & (PH_CAPITAL | PH_INSTITUTION))
		*flags |= TM_METONYM;
	if (ph->flags & PH_DEMONYM)
		*flags |= TM_DEMONYM;
	return ph->ntok;
}

/* Words a and b, without accents and case, differ by one letter at
 * most: "Wladimir" and "Vladimir", "Olaf" and "Olaf". */
static int
near_word(const char *a, const char *b)
{
	char	*x = g_str_to_ascii(a, "C"), *y = g_str_to_ascii(b, "C");
	size_t	 n = strlen(x), m = strlen(y), i = 0, j = 0, d = 0;

	while (i < n && j < m && d <= 1) {
		if (g_ascii_tolower(x[i]) == g_ascii_tolower(y[j])) {
			i++;
			j++;
			continue;
		}
		d++;
		if (n > m)
			i++;
		else if (m > n)
			j++;
		else {
			i++;
			j++;
		}
	}
	d += (n - i) + (m - j);
	g_free(x);
	g_free(y);
	return d <= 1 && n >= 4 && m >= 4;
}

/*
 * The gazetteer's person a new full name stands for, or -1: its
 * surname is the short name of one person only and its given name
 * that person's, spelt in another language ("Wladimir Putin" for
 * "Vladimir Putin"); "Hunter Biden" is not "Joe Biden".
 */
int
tm_gaz_namesake(const struct run *r, const char *full, const char *surname)
{
	const GArray	*ids;
	const struct gaz_entry *g;
	const char	*sp;
	char		*given, *gg;
	int		 p, ok;

	if (r->lex == NULL || surname == NULL || (sp = strchr(full, ' ')) ==
	    NULL || (ids = g_hash_table_lookup(r->lex->shorts, surname)) ==
	    NULL || ids->len != 1)
		return -1;
	p = g_array_index(ids, int, 0);
	g = g_ptr_array_index(r->lex->entries, p);
	if (g->kind != GAZ_PERSON || strchr(g->name, ' ') == NULL)
		return -1;
	given = g_strndup(full, (gsize)(sp - full));
	gg = g_strndup(g->name, (gsize)(strchr(g->name, ' ') - g->name));
	ok = near_word(given, gg);
	g_free(given);
	g_free(gg);
	return ok ? p : -1;
}
