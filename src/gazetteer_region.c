/* SPDX-License-Identifier: MIT */
/*
 * The regions of the gazetteer: the English names of every ISO region
 * that ICU knows (CLDR), added as states (see lex_add_regions in
 * gazetteer.h).
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
