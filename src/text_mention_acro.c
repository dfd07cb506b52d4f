/* SPDX-License-Identifier: MIT */
/*
 * Spanish, French and German: a party's or a body's acronym the
 * gazetteer does not know ("die SPÖ", "el PRI"), a newspaper named in
 * quotation marks when it reports ("„Bild“ berichtete", "selon « Le
 * Monde »"), and the ordinal that opens a period's name ("der Zweiten
 * Republik"), no person.
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

/* --- outlets -------------------------------------------------------------- */

#define OUTLET_WORDS	4	/* words of a quoted outlet's name */
#define OUTLET_NEAR	8	/* words to its verb of reporting */
#define QUOTE_GAP	4	/* bytes of blanks beside a quotation mark */

/* Reporting: what a newspaper or broadcaster does. */
static const char *const report[] = {
	"berichtete", "berichteten", "berichtet", "veröffentlichte",
	"veröffentlichten", "veröffentlicht", "meldete", "meldeten",
	"meldet", "schrieb", "schrieben", "schreibt", "publicó",
	"publicaron", "publica", "informó", "informaron", "informa",
	"reveló", "revelaron", "publié", "publie", "publient", "rapporte",
	"rapporté", "révélé", "révèle", "écrit", "laut", "según", "selon",
	NULL
};

/* Nouns naming an outlet before its name: "die Zeitung „X“". */
static const char *const outlet_nouns[] = {
	"zeitung", "magazin", "nachrichtenmagazin", "sender", "blatt",
	"diario", "periódico", "revista", "cadena", "semanario", "journal",
	"quotidien", "hebdomadaire", "magazine", "chaîne", NULL
};

/* A quotation mark at byte p of the text (then its length), 0 if
 * none: """, "„", "“", "”", "«", "»". */
static size_t
quote_at(const char *t, size_t p, size_t len)
{
	const unsigned char *u = (const unsigned char *)t + p;

	if (p < len && u[0] == '"')
		return 1;
	if (p + 1 < len && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb))
		return 2;
	if (p + 2 < len && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0x9c || u[2] == 0x9d || u[2] == 0x9e))
		return 3;
	return 0;
}

/* A quotation mark just before byte s (blanks between), or after byte
 * e when after is set. */
static int
quoted(const struct run *r, size_t s, int after)
{
	const char	*t = r->t->str->str;
	size_t		 len = r->t->str->len, p, k, q;

	if (after) {
		for (p = s, k = 0; k <= QUOTE_GAP && p < len; k++) {
			if (quote_at(t, p, len) > 0)
				return 1;
			if (t[p] != ' ' && (unsigned char)t[p] != 0xc2 &&
			    (unsigned char)t[p] != 0xa0)
				return 0;
			p++;
		}
		return 0;
	}
	for (k = 1; k <= QUOTE_GAP + 3 && k <= s; k++) {
		p = s - k;
		if ((q = quote_at(t, p, len)) > 0 && p + q <= s)
			return 1;
		if (t[p] != ' ' && (unsigned char)t[p] != 0xc2 &&
		    (unsigned char)t[p] != 0xa0 && (unsigned char)t[p] < 0x80)
			return 0;
	}
	return 0;
}

/* A word of reporting in [a, b), no punctuation crossed: "„X“ und „Y“
 * veröffentlichten", not "« Grand Soir », a écrit un lecteur". */
static int
reports(const struct run *r, guint a, guint b)
{
	guint	k;

	for (k = a; k < b && k < nw(r); k++) {
		if (is_in(r, k, report))
			return 1;
		if (W(r, k)->f & TOK_PUNCT)
			return 0;
	}
	return 0;
}

/*
 * A newspaper or broadcaster named in quotation marks at word i, an
 * organisation when the sentence has it report ("das „Spiegel“ und
 * „Süddeutsche Zeitung“ veröffentlichten", "„Bild“ berichtete",
 * "publicó el diario «Clarín»") or an outlet's noun stands before it.
 * A quoted title or slogan is none.  Returns the words consumed, 0.
 */
guint
tm_lang_outlet(struct run *r, guint i)
{
	guint	 n = nw(r), j, a;
	char	*name;
	int	 act;

	if (!is_lang(r) || r->heading || !cap(r, i) ||
	    !quoted(r, r->base + W(r, i)->s, 0))
		return 0;
	for (j = i + 1; j < n && j - i < OUTLET_WORDS; j++)
		if (ends(r, j - 1) || (!cap(r, j) &&
		    !(W(r, j)->f & TOK_JOINED)) ||
		    quoted(r, r->base + W(r, j - 1)->e, 1))
			break;
	if (!quoted(r, r->base + W(r, j - 1)->e, 1))
		return 0;
	a = i > 3 ? i - 3 : 0;
	if (!reports(r, j, j + OUTLET_NEAR) && !reports(r, a, i) &&
	    !(i > 0 && is_in(r, i - 1, outlet_nouns)) &&
	    !(i > 1 && is_in(r, i - 2, outlet_nouns)))
		return 0;
	name = tm_name_text(r, i, j);
	act = tm_org_actor(r, name);
	g_free(name);
	tm_add_mention(r, i, j, act, 0);
	return j - i;
}
