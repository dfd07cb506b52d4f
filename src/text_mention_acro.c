/* SPDX-License-Identifier: MIT */
/*
 * Spanish, French and German: a party's or a body's acronym the
 * gazetteer does not know ("die SPÖ", "el PRI"), and the ordinal that
 * opens a period's name ("der Zweiten Republik"), no person.
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

#define ACRO_CHARS	6	/* letters of an acronym at most */

/* Word i is an acronym: 2 to ACRO_CHARS capital letters of any script
 * ("FPÖ", "PRI"), a digit allowed after the first. */
static int
acro_word(const struct run *r, guint i)
{
	const char	*k = W(r, i)->key;
	gunichar	 c;
	guint		 n = 0;

	if (!cap(r, i) || (W(r, i)->f & TOK_ABBR))
		return 0;
	for (; *k != '\0'; k = g_utf8_next_char(k), n++) {
		c = g_utf8_get_char(k);
		if (n > 0 && g_unichar_isdigit(c))
			continue;
		if (!g_unichar_isupper(c))
			return 0;
	}
	return n >= 2 && n <= ACRO_CHARS;
}

static const char *const conj[] = {
	"und", "oder", "y", "e", "o", "et", "ou", NULL
};

/* The organisation named by the acronym at word k, -1 if none. */
static int
acro_org(const struct run *r, guint k)
{
	const struct text_mention *m = covered(r, k);
	char	*key;
	int	 a;

	if (m != NULL)
		return A(r, m->actor)->kind == TA_ORG && acro_word(r, k) ?
		    m->actor : -1;
	if (!acro_word(r, k))
		return -1;
	key = tm_key(r, W(r, k)->key);
	a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
	g_free(key);
	return a >= 0 && A(r, a)->kind == TA_ORG ? a : -1;
}

/*
 * An acronym at word i outside the gazetteer: an organisation once the
 * text shows it as one, by a title joined to it ("SPD-Chef",
 * "FPÖ-Kandidaten": a party's office) or by its pairing with another
 * such ("ÖVP und FPÖ", "el PRI y el PAN"); its mentions before are then
 * its own.  An acronym not yet shown as one is noted (a unit, "BIP",
 * "PIB", stays no actor).  Returns the words consumed, 0.
 */
guint
tm_lang_acro(struct run *r, guint i)
{
	guint	 n = nw(r);
	int	 a, shown = 0;

	if (!is_lang(r) || !acro_word(r, i))
		return 0;
	if (r->lex != NULL && lex_match(r->lex, (const struct tok *)
	    r->toks->data, n, i) != NULL)
		return 0;
	if ((a = acro_org(r, i)) >= 0) {
		tm_add_mention(r, i, i + 1, a, 0);
		return 1;
	}
	if (!r->heading) {
		shown = i + 1 < n && (W(r, i + 1)->f & TOK_JOINED) &&
		    is_title(r, i + 1);
		/* "ÖVP und FPÖ", "la SPÖ ou le PRI": with an article */
		if (!shown && i >= 2 && !ends(r, i - 2) && !ends(r, i - 1) &&
		    is_in(r, i - 1, conj))
			shown = acro_org(r, i - 2) >= 0;
		if (!shown && !ends(r, i) && i + 2 < n && is_in(r, i + 1,
		    conj) && !ends(r, i + 1))
			shown = acro_org(r, i + 2) >= 0 || (i + 3 < n &&
			    tm_lang_is(r, i + 2, LW_DET) &&
			    !ends(r, i + 2) && acro_org(r, i + 3) >= 0);
	}
	if (!shown) {
		tm_body_note(r, W(r, i)->key, i, i + 1);
		return 1;
	}
	if ((a = tm_body_take(r, W(r, i)->key)) < 0)
		a = tm_org_actor(r, W(r, i)->key);
	tm_add_mention(r, i, i + 1, a, 0);
	return 1;
}

/* German ordinals' stems, inflected after: "Zweiten", "Dritte". */
static const char *const de_ord[] = {
	"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt",
	"siebent", "acht", "neunt", "zehnt", NULL
};

static const char *const rom_ord[] = {
	"primer", "primera", "primero", "segundo", "segunda", "tercer",
	"tercera", "tercero", "cuarto", "cuarta", "quinto", "quinta",
	"sexto", "sexta", "premier", "première", "second", "seconde", NULL
};

/*
 * Word i is an ordinal ("Zweiten", "Segunda", "Cinquième"): a name it
 * opens is a period's or an order's ("der Zweiten Republik", "la
 * Cinquième République"), no person's.
 */
int
tm_lang_ordinal(const struct run *r, guint i)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w), k, m;

	if (r->lang == TEXT_FR && n > 5 && g_str_has_suffix(w, "ième"))
		return 1;
	if (r->lang != TEXT_DE)
		return is_in(r, i, rom_ord);
	for (k = 0; de_ord[k] != NULL; k++) {
		m = strlen(de_ord[k]);
		if (n > m && n <= m + 2 && strncmp(w, de_ord[k], m) == 0 &&
		    strchr("e", w[m]) != NULL &&
		    (n == m + 1 || strchr("nrsm", w[m + 1]) != NULL))
			return 1;
	}
	return 0;
}
