/* SPDX-License-Identifier: MIT */
/*
 * The regions of the gazetteer: the English names of every ISO region
 * that ICU knows (CLDR), added as states (see lex_add_regions in
 * gazetteer.h), and the names in the document's language when it is
 * Spanish, French or German (lex_add_regions_lang).
 */
#include <string.h>

#include <glib.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include "gazetteer.h"

#define REGION_FORMS	4	/* display, short, variant; a spare */
#define REGION_BUF	128	/* UTF-16 units of a region name */

/*
 * A region name as a form: "Bosnia & Herzegovina" as "Bosnia and
 * Herzegovina", "Congo - Kinshasa" as "Congo-Kinshasa", a parenthesis
 * ("Myanmar (Burma)") dropped.  NULL when nothing is left (caller
 * frees).
 */
static char *
region_form(const UChar *u, int32_t n)
{
	char		 buf[REGION_BUF * 3 + 1], *p;
	GString		*f;
	UErrorCode	 st = U_ZERO_ERROR;
	int32_t		 len;

	u_strToUTF8(buf, (int32_t)sizeof(buf) - 1, &len, u, n, &st);
	if (U_FAILURE(st) || len <= 0 || len >= (int32_t)sizeof(buf))
		return NULL;
	buf[len] = '\0';
	f = g_string_new(buf);
	if ((p = strchr(f->str, '(')) != NULL) {
		len = (int32_t)(p - f->str);
		p = strchr(p, ')');
		g_string_erase(f, len, p != NULL ? p - f->str - len + 1 : -1);
	}
	while ((p = strstr(f->str, "  ")) != NULL)
		g_string_erase(f, p - f->str, 1);
	g_strstrip(f->str);
	f->len = strlen(f->str);
	while ((p = strstr(f->str, " & ")) != NULL)
		g_string_insert(g_string_erase(f, p - f->str, 3),
		    p - f->str, " and ");
	while ((p = strstr(f->str, " - ")) != NULL)
		g_string_insert_c(g_string_erase(f, p - f->str, 3),
		    p - f->str, '-');
	if (f->len == 0) {
		g_string_free(f, TRUE);
		return NULL;
	}
	return g_string_free(f, FALSE);
}

/* The string of key cc in table t (may be NULL), as a form, or NULL. */
static char *
region_alt(const UResourceBundle *t, const char *cc)
{
	const UChar	*u;
	UErrorCode	 st = U_ZERO_ERROR;
	int32_t		 n;

	if (t == NULL)
		return NULL;
	u = ures_getStringByKey(t, cc, &n, &st);
	return U_SUCCESS(st) ? region_form(u, n) : NULL;
}

/*
 * The English name of region cc as a form, or NULL.  It is read from
 * the table of names (names) when that has cc: uloc_getDisplayCountry
 * reads the same table first, at many times the cost, once per region
 * and per run; the rest goes to it for its fallbacks.
 */
static char *
region_name(const UResourceBundle *names, const char *cc)
{
	const UChar	*s;
	UChar		 u[REGION_BUF];
	UErrorCode	 st = U_ZERO_ERROR;
	char		 loc[8];
	int32_t		 len;

	if (names != NULL) {
		s = ures_getStringByKey(names, cc, &len, &st);
		/* longer than u: uloc_getDisplayCountry fails on it */
		if (U_SUCCESS(st))
			return len > 2 && len <= REGION_BUF ?
			    region_form(s, len) : NULL;
	}
	st = U_ZERO_ERROR;
	g_snprintf(loc, sizeof(loc), "und_%s", cc);
	len = uloc_getDisplayCountry(loc, "en", u, REGION_BUF, &st);
	/* no English name: ICU gives the code back */
	return U_SUCCESS(st) && len > 2 ? region_form(u, len) : NULL;
}

/* One region's forms f[0..n): added to the state one of them names,
 * else to a new state named by the first. */
static void
add_region(struct lex *lex, char **f, int n)
{
	const struct gaz_entry *g;
	char		*name;
	int		 i, e = -1, k;

	for (i = 0; i < n && e < 0; i++)
		if ((k = lex_find(lex, f[i])) >= 0 &&
		    ((g = g_ptr_array_index(lex->entries, k))->kind ==
		    GAZ_STATE))
			e = k;
	for (i = 0; i < n; i++) {
		if (lex_find(lex, f[i]) >= 0)
			continue;	/* known: its own entry keeps it */
		/* one word may be a common word or a name: "Jersey" */
		if (e < 0) {
			name = g_strconcat(f[i], strchr(f[i], ' ') == NULL ?
			    "~" : "", NULL);
			e = lex_add_entry(lex, GAZ_STATE, name, -1);
			g_free(name);
		} else
			lex_add_form(lex, e, f[i], PH_REGION |
			    (strchr(f[i], ' ') == NULL ? PH_PERSONLIKE : 0));
	}
}

void
lex_add_regions(struct lex *lex)
{
	const char *const *cc;
	UResourceBundle	*rb, *names, *shorts, *vars;
	UErrorCode	 st = U_ZERO_ERROR;
	char		*f[REGION_FORMS];
	int		 n, i;

	rb = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", "en",
	    &st);
	if (U_FAILURE(st)) {
		ures_close(rb);
		rb = NULL;
	}
	st = U_ZERO_ERROR;
	names = rb != NULL ? ures_getByKey(rb, "Countries", NULL, &st) : NULL;
	if (U_FAILURE(st))
		names = (ures_close(names), NULL);
	st = U_ZERO_ERROR;
	shorts = rb != NULL ? ures_getByKey(rb, "Countries%short", NULL, &st) :
	    NULL;
	if (U_FAILURE(st))
		shorts = (ures_close(shorts), NULL);
	st = U_ZERO_ERROR;
	vars = rb != NULL ? ures_getByKey(rb, "Countries%variant", NULL, &st) :
	    NULL;
	if (U_FAILURE(st))
		vars = (ures_close(vars), NULL);
	for (cc = uloc_getISOCountries(); cc != NULL && *cc != NULL; cc++) {
		n = 0;
		if ((f[n] = region_name(names, *cc)) != NULL)
			n++;
		if (n == 0)
			continue;
		/* "Hong Kong" rather than "Hong Kong SAR China" */
		if ((f[n] = region_alt(shorts, *cc)) != NULL &&
		    strlen(f[n]) > 3) {
			f[REGION_FORMS - 1] = f[0];
			f[0] = f[n];
			f[n++] = f[REGION_FORMS - 1];
		} else if (f[n] != NULL)
			n++;
		if ((f[n] = region_alt(vars, *cc)) != NULL)
			n++;
		add_region(lex, f, n);
		for (i = 0; i < n; i++)
			g_free(f[i]);
	}
	ures_close(vars);
	ures_close(shorts);
	ures_close(names);
	ures_close(rb);
}

/* --- the regions in the document's language ------------------------------ */

/* The languages whose names are added, with their elisions: French
 * writes "l'Ukraine", "d'Ukraine" as one word before a vowel. */
static const char *const region_langs[] = { "es", "fr", "de", NULL };

/* form without its accents ("Etats-Unis" for "États-Unis"), or NULL
 * when it has none (caller frees). */
static char *
region_plain(const char *form)
{
	GString		*s;
	char		*d, *p, *r;
	gunichar	 c;

	d = g_utf8_normalize(form, -1, G_NORMALIZE_NFD);
	if (d == NULL)
		return NULL;
	s = g_string_sized_new(strlen(d));
	for (p = d; *p != '\0'; p = g_utf8_next_char(p))
		if (!g_unichar_ismark(c = g_utf8_get_char(p)))
			g_string_append_unichar(s, c);
	g_free(d);
	r = g_utf8_normalize(s->str, -1, G_NORMALIZE_NFC);
	g_string_free(s, TRUE);
	if (r != NULL && strcmp(r, form) == 0)
		r = (g_free(r), NULL);
	return r;
}

/*
 * Add form f to state e unless a form of that name is known.  A
 * one-word name may be a first name ("Dominique Strauss-Kahn"), told by
 * the capitalised word after it in Spanish and French; in German every
 * noun is capitalised ("Russlands Regierung"), so not there.
 */
static void
lang_form(struct lex *lex, int e, const char *lang, const char *f)
{
	unsigned	flags = PH_REGION;

	if (strcmp(lang, "de") != 0 && strpbrk(f, " -'") == NULL)
		flags |= PH_FORENAME;
	if (lex_find(lex, f) < 0)
		lex_add_form(lex, e, f, flags);
}

/*
 * A German form's inflections: the weak adjective ("die Vereinigten
 * Staaten", "der Zentralafrikanischen Republik") and the genitive of a
 * one-word name ("Russlands", "Frankreichs"; "Irakes" is rare but
 * written).  A name ending in a sibilant takes no ending ("der Schweiz").
 */
static void
lang_de(struct lex *lex, int e, const char *f)
{
	GString	*s;
	size_t	 n = strlen(f), i;
	char	 last = f[n - 1];
	int	 changed = 0;

	s = g_string_new(NULL);
	if (strchr(f, ' ') == NULL) {
		if (last != 's' && last != 'x' && last != 'z' &&
		    !g_str_has_suffix(f, "\xC3\x9F")) {
			g_string_printf(s, "%ss", f);
			lang_form(lex, e, "de", s->str);
			g_string_printf(s, "%ses", f);
			lang_form(lex, e, "de", s->str);
		}
		g_string_free(s, TRUE);
		return;
	}
	/* every adjective before the last word: "-e" or "-es" as "-en" */
	for (i = 0; i < n; i++) {
		if (f[i] == ' ' && i > 0 && f[i - 1] == 'e') {
			g_string_append(s, "n ");
			changed = 1;
		} else if (f[i] == ' ' && i > 1 && f[i - 1] == 's' &&
		    f[i - 2] == 'e') {
			g_string_truncate(s, s->len - 1);
			g_string_append(s, "n ");
			changed = 1;
		} else
			g_string_append_c(s, f[i]);
	}
	if (changed) {
		lang_form(lex, e, "de", s->str);
		/* "des Vereinigten Königreichs" */
		if (last != 's' && last != 'x' && last != 'z') {
			g_string_append_c(s, 's');
			lang_form(lex, e, "de", s->str);
		}
	}
	g_string_free(s, TRUE);
}

/* Form f of state e in language lang, with its elided and inflected
 * forms. */
static void
lang_forms(struct lex *lex, int e, const char *lang, const char *f)
{
	char	*s;

	lang_form(lex, e, lang, f);
	if (strcmp(lang, "fr") == 0 && strchr("AEIOUY", f[0]) != NULL) {
		s = g_strconcat("l'", f, NULL);
		lang_form(lex, e, lang, s);
		g_free(s);
		s = g_strconcat("d'", f, NULL);
		lang_form(lex, e, lang, s);
		g_free(s);
	} else if (strcmp(lang, "de") == 0)
		lang_de(lex, e, f);
}

/* A table of the region bundle rb, or NULL. */
static UResourceBundle *
region_table(UResourceBundle *rb, const char *key)
{
	UResourceBundle	*t;
	UErrorCode	 st = U_ZERO_ERROR;

	if (rb == NULL)
		return NULL;
	t = ures_getByKey(rb, key, NULL, &st);
	if (U_FAILURE(st)) {
		ures_close(t);
		return NULL;
	}
	return t;
}

/* --- demonyms in the document's language --------------------------------- */

/*
 * The adjectives of the states most often named, in Spanish, French and
 * German (masculine singular; "-" none): CLDR has no demonyms.  Their
 * inflections are made by the language's rules (demonym_forms).  Left
 * out: the adjectives that name a continent or a people as often as a
 * state ("americano", "indio", "anglais"), or several states
 * ("guinéen", "coreano", "congolais").
 */
static const struct demonym {
	const char	*state;		/* the gazetteer's English name */
	const char	*es, *fr, *de;
} demonyms[] = {
	{ "Afghanistan", "afgano", "afghan", "afghanisch" },
	{ "Algeria", "argelino", "algérien", "algerisch" },
	{ "Argentina", "argentino", "argentin", "argentinisch" },
	{ "Armenia", "armenio", "arménien", "armenisch" },
	{ "Australia", "australiano", "australien", "australisch" },
	{ "Austria", "austriaco", "autrichien", "österreichisch" },
	{ "Azerbaijan", "azerbaiyano", "azerbaïdjanais", "aserbaidschanisch" },
	{ "Belarus", "bielorruso", "biélorusse", "weißrussisch" },
	{ "Belgium", "belga", "belge", "belgisch" },
	{ "Bolivia", "boliviano", "bolivien", "bolivianisch" },
	{ "Brazil", "brasileño", "brésilien", "brasilianisch" },
	{ "Canada", "canadiense", "canadien", "kanadisch" },
	{ "Chad", "chadiano", "tchadien", "tschadisch" },
	{ "Chile", "chileno", "chilien", "chilenisch" },
	{ "China", "chino", "chinois", "chinesisch" },
	{ "Colombia", "colombiano", "colombien", "kolumbianisch" },
	{ "Cuba", "cubano", "cubain", "kubanisch" },
	{ "Denmark", "danés", "danois", "dänisch" },
	{ "Ecuador", "ecuatoriano", "équatorien", "ecuadorianisch" },
	{ "Egypt", "egipcio", "égyptien", "ägyptisch" },
	{ "Ethiopia", "etíope", "éthiopien", "äthiopisch" },
	{ "Finland", "finlandés", "finlandais", "finnisch" },
	{ "France", "francés", "français", "französisch" },
	{ "Gabon", "gabonés", "gabonais", "gabunisch" },
	{ "Germany", "alemán", "allemand", "deutsch" },
	{ "Greece", "griego", "grec", "griechisch" },
	{ "Hungary", "húngaro", "hongrois", "ungarisch" },
	{ "Indonesia", "indonesio", "indonésien", "indonesisch" },
	{ "Iran", "iraní", "iranien", "iranisch" },
	{ "Iraq", "iraquí", "irakien", "irakisch" },
	{ "Ireland", "irlandés", "irlandais", "irisch" },
	{ "Israel", "israelí", "israélien", "israelisch" },
	{ "Italy", "italiano", "italien", "italienisch" },
	{ "Japan", "japonés", "japonais", "japanisch" },
	{ "Jordan", "jordano", "jordanien", "jordanisch" },
	{ "Lebanon", "libanés", "libanais", "libanesisch" },
	{ "Libya", "libio", "libyen", "libysch" },
	{ "Mali", "maliense", "malien", "malisch" },
	{ "Mauritania", "mauritano", "mauritanien", "mauretanisch" },
	{ "Mexico", "mexicano", "mexicain", "mexikanisch" },
	{ "Morocco", "marroquí", "marocain", "marokkanisch" },
	{ "Netherlands", "neerlandés", "néerlandais", "niederländisch" },
	{ "Nicaragua", "nicaragüense", "nicaraguayen", "nicaraguanisch" },
	{ "Niger", "nigerino", "nigérien", "nigrisch" },
	{ "Nigeria", "nigeriano", "nigérian", "nigerianisch" },
	{ "North Korea", "norcoreano", "nord-coréen", "nordkoreanisch" },
	{ "Norway", "noruego", "norvégien", "norwegisch" },
	{ "Pakistan", "pakistaní", "pakistanais", "pakistanisch" },
	{ "Palestine", "palestino", "palestinien", "palästinensisch" },
	{ "Paraguay", "paraguayo", "paraguayen", "paraguayisch" },
	{ "Peru", "peruano", "péruvien", "peruanisch" },
	{ "Poland", "polaco", "polonais", "polnisch" },
	{ "Portugal", "portugués", "portugais", "portugiesisch" },
	{ "Qatar", "catarí", "qatari", "katarisch" },
	{ "Romania", "rumano", "roumain", "rumänisch" },
	{ "Russia", "ruso", "russe", "russisch" },
	{ "Saudi Arabia", "saudí", "saoudien", "saudisch" },
	{ "Senegal", "senegalés", "sénégalais", "senegalesisch" },
	{ "Serbia", "serbio", "serbe", "serbisch" },
	{ "South Africa", "sudafricano", "sud-africain", "südafrikanisch" },
	{ "South Korea", "surcoreano", "sud-coréen", "südkoreanisch" },
	{ "Spain", "español", "espagnol", "spanisch" },
	{ "Sudan", "sudanés", "soudanais", "sudanesisch" },
	{ "Sweden", "sueco", "suédois", "schwedisch" },
	{ "Switzerland", "suizo", "suisse", "schweizerisch" },
	{ "Syria", "sirio", "syrien", "syrisch" },
	{ "Tunisia", "tunecino", "tunisien", "tunesisch" },
	{ "Turkey", "turco", "turc", "türkisch" },
	{ "Ukraine", "ucraniano", "ukrainien", "ukrainisch" },
	{ "United Kingdom", "británico", "britannique", "britisch" },
	{ "United States", "estadounidense", "américain", "amerikanisch" },
	{ "Uruguay", "uruguayo", "uruguayen", "uruguayisch" },
	{ "Venezuela", "venezolano", "vénézuélien", "venezolanisch" },
	{ "Vietnam", "vietnamita", "vietnamien", "vietnamesisch" },
	{ "Yemen", "yemení", "yéménite", "jemenitisch" },
	{ "Côte d'Ivoire", "marfileño", "ivoirien", "ivorisch" },
	{ "Cameroon", "camerunés", "camerounais", "kamerunisch" },
	{ "Burkina Faso", "burkinés", "burkinabè", "burkinisch" },
	{ NULL, NULL, NULL, NULL }
};

/* s with its last n bytes replaced by suffix: a new string. */
static char *
resuffix(const char *s, size_t n, const char *suffix)
{
	return g_strdup_printf("%.*s%s", (int)(strlen(s) - n), s, suffix);
}

/*
 * The forms of demonym d in lang, by its ending: Spanish "-o" takes
 * "-a", "-os", "-as"; "-és" and "-án" lose their accent ("francesa",
 * "alemanes"); French "-ien" takes "-ienne"; "-ais", "-ois" take "-e",
 * "-es"; "-c" takes "-que" ("turque"); German takes the adjective's
 * endings ("ukrainische", "russischen").  NULL-ended (g_strfreev).
 */
static char **
demonym_forms(const char *lang, const char *d)
{
	GPtrArray	*v = g_ptr_array_new();
	size_t		 n = strlen(d);
	const char	*const *x;
	static const char *const de_end[] = { "", "e", "en", "er", "es",
	    "em", NULL };

	g_ptr_array_add(v, g_strdup(d));
	if (strcmp(lang, "es") == 0) {
		if (g_str_has_suffix(d, "o")) {
			g_ptr_array_add(v, resuffix(d, 1, "a"));
			g_ptr_array_add(v, resuffix(d, 1, "os"));
			g_ptr_array_add(v, resuffix(d, 1, "as"));
		} else if (g_str_has_suffix(d, "\xC3\xA9s")) {	/* és */
			g_ptr_array_add(v, resuffix(d, 3, "esa"));
			g_ptr_array_add(v, resuffix(d, 3, "eses"));
			g_ptr_array_add(v, resuffix(d, 3, "esas"));
		} else if (g_str_has_suffix(d, "\xC3\xA1n")) {	/* án */
			g_ptr_array_add(v, resuffix(d, 3, "ana"));
			g_ptr_array_add(v, resuffix(d, 3, "anes"));
			g_ptr_array_add(v, resuffix(d, 3, "anas"));
		} else if (g_str_has_suffix(d, "ol")) {
			g_ptr_array_add(v, resuffix(d, 0, "a"));
			g_ptr_array_add(v, resuffix(d, 0, "es"));
			g_ptr_array_add(v, resuffix(d, 0, "as"));
		} else if (g_str_has_suffix(d, "\xC3\xAD")) {	/* í */
			g_ptr_array_add(v, resuffix(d, 0, "es"));
		} else
			g_ptr_array_add(v, resuffix(d, 0, "s"));
	} else if (strcmp(lang, "fr") == 0) {
		if (g_str_has_suffix(d, "ien") || g_str_has_suffix(d, "en")) {
			g_ptr_array_add(v, resuffix(d, 0, "ne"));
			g_ptr_array_add(v, resuffix(d, 0, "s"));
			g_ptr_array_add(v, resuffix(d, 0, "nes"));
		} else if (g_str_has_suffix(d, "s")) {
			g_ptr_array_add(v, resuffix(d, 0, "e"));
			g_ptr_array_add(v, resuffix(d, 0, "es"));
		} else if (g_str_has_suffix(d, "c")) {
			g_ptr_array_add(v, resuffix(d, 0, "s"));
			g_ptr_array_add(v, resuffix(d, 0, "que"));
			g_ptr_array_add(v, resuffix(d, 0, "ques"));
		} else if (g_str_has_suffix(d, "e") || d[n - 1] & 0x80) {
			g_ptr_array_add(v, resuffix(d, 0, "s"));
		} else {
			g_ptr_array_add(v, resuffix(d, 0, "e"));
			g_ptr_array_add(v, resuffix(d, 0, "s"));
			g_ptr_array_add(v, resuffix(d, 0, "es"));
		}
	} else
		for (x = de_end + 1; *x != NULL; x++)
			g_ptr_array_add(v, resuffix(d, 0, *x));
	g_ptr_array_add(v, NULL);
	return (char **)g_ptr_array_free(v, FALSE);
}

/* The demonyms of lang as forms of their states (PH_DEMONYM). */
static void
lang_demonyms(struct lex *lex, const char *lang)
{
	const struct demonym *d;
	const struct gaz_entry *g;
	const char	*w;
	char		**f;
	int		 e, i;

	for (d = demonyms; d->state != NULL; d++) {
		w = strcmp(lang, "es") == 0 ? d->es : strcmp(lang, "fr") ==
		    0 ? d->fr : d->de;
		if ((e = lex_find(lex, d->state)) < 0 ||
		    (g = g_ptr_array_index(lex->entries, e))->kind !=
		    GAZ_STATE)
			continue;
		f = demonym_forms(lang, w);
		for (i = 0; f[i] != NULL; i++)
			if (lex_find(lex, f[i]) < 0)
				lex_add_form(lex, e, f[i], PH_DEMONYM);
		g_strfreev(f);
	}
}

/* One form to add: entry, form, PH_* flags. */
struct plainform {
	int		 e;
	char		*form;
	unsigned	 flags;
};

/* Words ws[0..n) joined by spaces, without accents, if they had one:
 * appended to v as a form of entry e. */
static void
plain_of(GArray *v, int e, char *const *ws, int n, unsigned flags)
{
	struct plainform pf;
	GString		*s = g_string_new(NULL);
	int		 i, high = 0;

	for (i = 0; i < n; i++) {
		if (i > 0)
			g_string_append_c(s, ' ');
		g_string_append(s, ws[i]);
	}
	for (i = 0; (size_t)i < s->len; i++)
		high |= (unsigned char)s->str[i] >= 0x80;
	if (high && (pf.form = region_plain(s->str)) != NULL) {
		pf.e = e;
		pf.flags = flags;
		g_array_append_val(v, pf);
	}
	g_string_free(s, TRUE);
}

/*
 * Every form of the gazetteer with an accent, also without it: a text
 * in Spanish, French or German writes "Erdogan" or "Etats" where the
 * gazetteer has "Erdoğan", "États".  Collected first, then added (the
 * tables change as forms are added).
 */
static void
lang_plain(struct lex *lex)
{
	GHashTableIter	 it;
	gpointer	 k, val;
	const struct phrase *ph;
	const GArray	*ids;
	GArray		*v = g_array_new(FALSE, FALSE, sizeof(struct plainform));
	struct plainform *pf;
	char		*w;
	guint		 i;

	g_hash_table_iter_init(&it, lex->phrases);
	while (g_hash_table_iter_next(&it, &k, &val))
		for (ph = val; ph != NULL; ph = ph->next)
			plain_of(v, ph->entry, ph->tok, ph->ntok, ph->flags &
			    ~PH_REGION);
	g_hash_table_iter_init(&it, lex->shorts);
	while (g_hash_table_iter_next(&it, &k, &val)) {
		ids = val;
		w = k;
		for (i = 0; i < ids->len; i++)
			plain_of(v, g_array_index(ids, int, i), &w, 1, 0);
	}
	for (i = 0; i < v->len; i++) {
		pf = &g_array_index(v, struct plainform, i);
		if (lex_find(lex, pf->form) < 0)
			lex_add_form(lex, pf->e, pf->form, pf->flags);
		g_free(pf->form);
	}
	g_array_free(v, TRUE);
}

/* --- capitals in the document's language --------------------------------- */

/* Articles that open a city's name and fall away after a preposition
 * ("Le Caire", "au Caire"; "La Habana", "en La Habana"). */
static const char *const city_articles[] = { "Le ", "La ", "Les ", "El ",
    "Los ", "Las ", NULL };

/*
 * An exemplar city of CLDR as a form: region_form's, without the soft
 * hyphens German writes into long names ("Reyk-ja-vík"), "’" as "'".
 * NULL when nothing is left (caller frees).
 */
static char *
city_form(const UChar *u, int32_t n)
{
	GString	*s;
	char	*f, *p;

	if ((f = region_form(u, n)) == NULL)
		return NULL;
	s = g_string_new(NULL);
	for (p = f; *p != '\0'; p++)
		if (strncmp(p, "\xC2\xAD", 2) == 0)
			p++;
		else if (strncmp(p, "\xE2\x80\x99", 3) == 0) {
			g_string_append_c(s, '\'');
			p += 2;
		} else
			g_string_append_c(s, *p);
	g_free(f);
	return g_string_free(s, FALSE);
}

/* The exemplar city of zone key z (a table of zoneStrings) in English:
 * the table's "ec" when English has one ("Kyiv"), else the zone's last
 * part, as CLDR makes it ("America:Mexico_City", "Mexico City"). */
static char *
city_en(const UResourceBundle *en, const char *z)
{
	UResourceBundle	*t;
	UChar		 u[REGION_BUF];
	const UChar	*s;
	const char	*p;
	char		*f;
	UErrorCode	 st = U_ZERO_ERROR;
	int32_t		 n = 0;

	if (en != NULL) {
		t = ures_getByKey(en, z, NULL, &st);
		s = U_SUCCESS(st) ? ures_getStringByKey(t, "ec", &n, &st) :
		    NULL;
		f = U_SUCCESS(st) && s != NULL ? city_form(s, n) : NULL;
		ures_close(t);
		if (f != NULL)
			return f;
	}
	if ((p = strrchr(z, ':')) == NULL || strlen(p + 1) >= REGION_BUF)
		return NULL;
	for (n = 0, p++; *p != '\0'; p++)
		u[n++] = *p == '_' ? ' ' : (UChar)(unsigned char)*p;
	return city_form(u, n);
}

/*
 * City f of state e as a capital in lang, with the flags (fl) of its
 * English name; a one-word name may be a first name in Spanish and
 * French ("Sofía"), as for the states' names (lang_form).  A city
 * whose name opens with an article is also named without it.
 */
static void
city_add(struct lex *lex, int e, const char *lang, const char *f,
    unsigned fl)
{
	const char *const *a;

	if (strcmp(lang, "de") != 0 && strpbrk(f, " -'") == NULL)
		fl |= PH_FORENAME;
	if (lex_find(lex, f) < 0)
		lex_add_form(lex, e, f, fl);
	for (a = city_articles; *a != NULL; a++)
		if (g_str_has_prefix(f, *a) && f[strlen(*a)] != '\0') {
			city_add(lex, e, lang, f + strlen(*a), fl);
			break;
		}
}

/*
 * The capitals of the gazetteer's states in lang, from CLDR's exemplar
 * cities of the time zones ("Moscou", "Warschau", "Pekín" has none:
 * China's zone is Shanghai): a zone whose English city is the
 * gazetteer's capital of a state gives that state its name in lang.
 * Only the capitals the gazetteer knows: another city is a place.
 * Collected first, then added (the tables change as forms are added).
 */
static void
lang_capitals(struct lex *lex, const char *lang)
{
	UResourceBundle	*rb[2], *zs[2], *z = NULL;
	const struct phrase *ph;
	const struct gaz_entry *g;
	const UChar	*u;
	GArray		*toks, *v;
	GStringChunk	*chunk;
	struct plainform pf;
	UErrorCode	 st;
	char		*en, *f;
	int32_t		 n;
	guint		 i;

	for (i = 0; i < 2; i++) {
		st = U_ZERO_ERROR;
		rb[i] = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "zone",
		    i == 0 ? "en" : lang, &st);
		zs[i] = U_SUCCESS(st) ? ures_getByKey(rb[i], "zoneStrings",
		    NULL, &st) : NULL;
		if (U_FAILURE(st))
			zs[i] = (ures_close(zs[i]), NULL);
	}
	toks = g_array_new(FALSE, FALSE, sizeof(struct tok));
	chunk = g_string_chunk_new(1024);
	v = g_array_new(FALSE, FALSE, sizeof(struct plainform));
	while (zs[1] != NULL && ures_hasNext(zs[1])) {
		st = U_ZERO_ERROR;
		z = ures_getNextResource(zs[1], z, &st);
		if (U_FAILURE(st) || ures_getType(z) != URES_TABLE ||
		    (u = ures_getStringByKey(z, "ec", &n, &st)) == NULL ||
		    U_FAILURE(st) || (en = city_en(zs[0],
		    ures_getKey(z))) == NULL)
			continue;
		g_array_set_size(toks, 0);
		lex_words(lex, en, strlen(en), toks, chunk);
		ph = toks->len > 0 ? lex_match(lex, (const struct tok *)
		    toks->data, toks->len, 0) : NULL;
		if (ph != NULL && (guint)ph->ntok == toks->len &&
		    (ph->flags & PH_CAPITAL) && (g = g_ptr_array_index(
		    lex->entries, ph->entry))->kind == GAZ_STATE &&
		    (f = city_form(u, n)) != NULL) {
			if (strcmp(f, en) != 0) {
				pf.e = ph->entry;
				pf.form = f;
				pf.flags = ph->flags & (PH_CAPITAL |
				    PH_PERSONLIKE);
				g_array_append_val(v, pf);
			} else
				g_free(f);
		}
		g_free(en);
	}
	for (i = 0; i < v->len; i++) {
		pf = g_array_index(v, struct plainform, i);
		city_add(lex, pf.e, lang, pf.form, pf.flags);
		g_free(pf.form);
	}
	g_array_free(v, TRUE);
	g_string_chunk_free(chunk);
	g_array_free(toks, TRUE);
	ures_close(z);
	for (i = 0; i < 2; i++) {
		ures_close(zs[i]);
		ures_close(rb[i]);
	}
}

const char *
lex_regions_lang(const char *tag)
{
	char	lang[3];
	int	i;

	if (tag == NULL || strlen(tag) < 2 || (tag[2] != '\0' &&
	    tag[2] != '-' && tag[2] != '_'))
		return NULL;
	lang[0] = g_ascii_tolower(tag[0]);
	lang[1] = g_ascii_tolower(tag[1]);
	lang[2] = '\0';
	for (i = 0; region_langs[i] != NULL; i++)
		if (strcmp(region_langs[i], lang) == 0)
			return region_langs[i];
	return NULL;
}

void
lex_add_regions_lang(struct lex *lex, const char *tag)
{
	const char *const *cc;
	const struct gaz_entry *g;
	UResourceBundle	*en, *rb, *t[4];
	UErrorCode	 st = U_ZERO_ERROR;
	const char	*lang = lex_regions_lang(tag);
	char		*name, *f, *plain;
	int		 i, e;

	if (lang == NULL)
		return;
	en = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", "en",
	    &st);
	if (U_FAILURE(st))
		en = (ures_close(en), NULL);
	st = U_ZERO_ERROR;
	rb = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", lang,
	    &st);
	if (U_FAILURE(st))
		rb = (ures_close(rb), NULL);
	t[0] = region_table(en, "Countries");
	t[1] = region_table(rb, "Countries");
	t[2] = region_table(rb, "Countries%short");
	t[3] = region_table(rb, "Countries%variant");
	for (cc = uloc_getISOCountries(); t[1] != NULL && cc != NULL &&
	    *cc != NULL; cc++) {
		/* the state the English name names: the entry stays the
		 * one the gazetteer and the English text know */
		if ((name = region_name(t[0], *cc)) == NULL)
			continue;
		e = lex_find(lex, name);
		g_free(name);
		if (e < 0 || (g = g_ptr_array_index(lex->entries, e))->kind !=
		    GAZ_STATE)
			continue;
		for (i = 1; i < 4; i++) {
			if ((f = region_alt(t[i], *cc)) == NULL)
				continue;
			lang_forms(lex, e, lang, f);
			if ((plain = region_plain(f)) != NULL) {
				lang_forms(lex, e, lang, plain);
				g_free(plain);
			}
			g_free(f);
		}
	}
	for (i = 0; i < 4; i++)
		ures_close(t[i]);
	ures_close(rb);
	ures_close(en);
	lang_capitals(lex, lang);
	lang_demonyms(lex, lang);
	lang_plain(lex);
}
