/* SPDX-License-Identifier: MIT */
/* The page's own words in English, Spanish, French and German. */
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>

#include "chrono.h"
#include "labels.h"

/*
 * One row per label: en, es, fr, de.  Short, as a newsroom writes them;
 * "briefing" is an "informe" in Spanish and a "dossier" in French, and
 * stays a "Briefing" in German, where the word is at home.
 */
enum { LANG_EN, LANG_ES, LANG_FR, LANG_DE, LANG_N };

static const char *const langs[LANG_N] = { "en", "es", "fr", "de" };

#define MIDDOT	"\xc2\xb7"
#define NBSP	"\xc2\xa0"

static const char *const table[L_COUNT][LANG_N] = {
	[L_BRIEFING] = { "BRIEFING", "INFORME", "DOSSIER", "BRIEFING" },
	[L_KEY_POINTS] = { "KEY POINTS", "PUNTOS CLAVE", "POINTS CL\xc3\x89S",
	    "KERNPUNKTE" },
	[L_KEY_POINTS_CONT] = { "KEY POINTS (CONTINUED)",
	    "PUNTOS CLAVE (CONTINUACI\xc3\x93N)", "POINTS CL\xc3\x89S (SUITE)",
	    "KERNPUNKTE (FORTSETZUNG)" },
	[L_CHRONOLOGY] = { "CHRONOLOGY", "CRONOLOG\xc3\x8d" "A",
	    "CHRONOLOGIE", "CHRONOLOGIE" },
	[L_CHRONOLOGY_BM] = { "Chronology", "Cronolog\xc3\xad" "a",
	    "Chronologie", "Chronologie" },
	[L_THIS_BRIEFING] = { "THIS BRIEFING", "ESTE INFORME", "CE DOSSIER",
	    "DIESES BRIEFING" },
	[L_COMING_UP] = { "COMING UP", "PR\xc3\x93XIMAS CITAS",
	    "\xc3\x80 VENIR", "AUSBLICK" },
	[L_COMING_UP_BM] = { "Coming up", "Pr\xc3\xb3ximas citas",
	    "\xc3\x80 venir", "Ausblick" },
	[L_ABOUT] = { "ABOUT THIS BRIEFING", "ACERCA DE ESTE INFORME",
	    "\xc3\x80 PROPOS DE CE DOSSIER", "\xc3\x9c" "BER DIESES BRIEFING" },
	[L_SOURCE] = { "Source", "Fuente", "Source", "Quelle" },
	[L_URL] = { "URL", "URL", "URL", "URL" },
	[L_PUBLISHED] = { "Published", "Publicado", "Publi\xc3\xa9",
	    "Ver\xc3\xb6" "ffentlicht" },
	[L_RETRIEVED] = { "Retrieved", "Consultado", "Consult\xc3\xa9",
	    "Abgerufen" },
	[L_LENGTH] = { "Length", "Extensi\xc3\xb3n", "Longueur", "Umfang" },
	[L_LENGTH_FMT] = { "{1} words " MIDDOT " {2} min read",
	    "{1} palabras " MIDDOT " {2} min de lectura",
	    "{1} mots " MIDDOT " {2} min de lecture",
	    "{1} W\xc3\xb6rter " MIDDOT " {2} Min. Lesezeit" },
	[L_SOURCE_LINE] = { "Source: {1}", "Fuente: {1}",
	    "Source" NBSP ": {1}", "Quelle: {1}" },
	[L_PUBLISHED_LINE] = { "Published {1}", "Publicado el {1}",
	    "Publi\xc3\xa9 le {1}", "Ver\xc3\xb6" "ffentlicht am {1}" },
	[L_PREPARED_BY] = { "Prepared by {1}", "Elaborado por {1}",
	    "R\xc3\xa9" "dig\xc3\xa9 par {1}", "Erstellt von {1}" },
	[L_PAGE_OF] = { "Page {1} of {2}", "P\xc3\xa1gina {1} de {2}",
	    "Page {1} sur {2}", "Seite {1} von {2}" },
	[L_SOURCE_ATTACHED] = { "source attached", "fuente adjunta",
	    "source jointe", "Quelle beigef\xc3\xbcgt" },
	[L_NOTES_BM] = { "Notes", "Notas", "Notes", "Anmerkungen" },
	[L_FIGURE_BM] = { "Figure 1. Relations among the actors",
	    "Figura 1. Relaciones entre los actores",
	    "Sch\xc3\xa9ma 1. Relations entre les acteurs",
	    "Abb. 1. Beziehungen der Akteure" },
	[L_CAPTION] = { "Figure 1. Relations among the actors named in this "
	    "briefing, generated from the text",
	    "Figura 1. Relaciones entre los actores citados en este informe, "
	    "extra\xc3\xad" "das del texto",
	    "Sch\xc3\xa9ma 1. Relations entre les acteurs cit\xc3\xa9s dans ce "
	    "dossier, \xc3\xa9tablies \xc3\xa0 partir du texte",
	    "Abb. 1. Beziehungen der in diesem Briefing genannten Akteure, "
	    "aus dem Text ermittelt" },
	[L_ALSO_NAMED] = { "Also named: {1}", "Tambi\xc3\xa9n citados: {1}",
	    "Autres acteurs cit\xc3\xa9s" NBSP ": {1}",
	    "Ebenfalls genannt: {1}" },
	[L_LIST_AND] = { "{1} and {2}", "{1} y {2}", "{1} et {2}",
	    "{1} und {2}" },
	[L_N_MORE] = { "{1} more", "{1} m\xc3\xa1s", "{1} autres",
	    "{1} weitere" },
	[L_LEFT_OUT_ONE] = { "1 more relation in the text",
	    "1 relaci\xc3\xb3n m\xc3\xa1s en el texto",
	    "1 autre relation dans le texte",
	    "1 weitere Beziehung im Text" },
	[L_LEFT_OUT] = { "{1} more relations in the text",
	    "{1} relaciones m\xc3\xa1s en el texto",
	    "{1} autres relations dans le texte",
	    "{1} weitere Beziehungen im Text" },
	/* of a relation: "relación hostil", "relation conflictuelle" */
	[L_COOPERATIVE] = { "cooperative", "cooperativa",
	    "coop\xc3\xa9rative", "kooperativ" },
	[L_HOSTILE] = { "hostile", "hostil", "conflictuelle", "feindselig" },
	[L_NEUTRAL] = { "neutral", "neutra", "neutre", "neutral" },
	[L_LEGEND_WEIGHT] = {
	    "direction " MIDDOT " line weight: number of sentences",
	    "sentido " MIDDOT " grosor: n\xc3\xbamero de frases",
	    "sens " MIDDOT " \xc3\xa9paisseur" NBSP ": nombre de phrases",
	    "Richtung " MIDDOT " Strichst\xc3\xa4rke: Zahl der S\xc3\xa4tze" },
	[L_DIAGRAM] = { "Diagram", "Diagrama", "Sch\xc3\xa9ma", "Diagramm" },
	[L_NO_RELATIONS] = {
	    "none: no relations were found among the actors the text names",
	    "ninguno: no se hallaron relaciones entre los actores que cita "
	    "el texto",
	    "aucun" NBSP ": aucune relation trouv\xc3\xa9" "e entre les "
	    "acteurs que cite le texte",
	    "keines: zwischen den im Text genannten Akteuren wurden keine "
	    "Beziehungen gefunden" },
	[L_NONE_DONE] = {
	    "none: the relations found are planned, possible or denied, "
	    "none stated as done",
	    "ninguno: las relaciones halladas son planes, posibilidades o "
	    "desmentidos, ninguna dada como hecha",
	    "aucun" NBSP ": les relations trouv\xc3\xa9" "es sont "
	    "projet\xc3\xa9" "es, possibles ou d\xc3\xa9" "menties, aucune "
	    "n\xe2\x80\x99" "est donn\xc3\xa9" "e comme faite",
	    "keines: die gefundenen Beziehungen sind geplant, m\xc3\xb6glich "
	    "oder bestritten, keine als geschehen berichtet" },
	[L_ANALYSIS] = { "Analysis", "An\xc3\xa1lisis", "Analyse", "Analyse" },
	[L_NOT_ANALYSED] = {
	    "not made: the chronology and the diagram read English, "
	    "Spanish, French and German text only",
	    "no realizado: la cronolog\xc3\xad" "a y el diagrama leen solo "
	    "textos en ingl\xc3\xa9s, espa\xc3\xb1" "ol, franc\xc3\xa9s y "
	    "alem\xc3\xa1" "n",
	    "non faite" NBSP ": la chronologie et le diagramme ne lisent que "
	    "l\xe2\x80\x99" "anglais, l\xe2\x80\x99" "espagnol, le "
	    "fran\xc3\xa7" "ais et l\xe2\x80\x99" "allemand",
	    "nicht erstellt: Chronologie und Diagramm lesen nur englische, "
	    "spanische, franz\xc3\xb6sische und deutsche Texte" },
	[L_MORE] = { "+{1} more", "+{1} m\xc3\xa1s", "+{1} autres",
	    "+{1} weitere" },
	[L_Q_EARLY] = { "early {1}", "principios de {1}", "d\xc3\xa9" "but {1}",
	    "Anfang {1}" },
	[L_Q_MID] = { "mid-{1}", "mediados de {1}", "mi-{1}", "Mitte {1}" },
	[L_Q_LATE] = { "late {1}", "finales de {1}", "fin {1}", "Ende {1}" },
	[L_Q_SPRING] = { "spring {1}", "primavera de {1}", "printemps {1}",
	    "Fr\xc3\xbchjahr {1}" },
	[L_Q_SUMMER] = { "summer {1}", "verano de {1}", "\xc3\xa9t\xc3\xa9 {1}",
	    "Sommer {1}" },
	[L_Q_AUTUMN] = { "autumn {1}", "oto\xc3\xb1o de {1}", "automne {1}",
	    "Herbst {1}" },
	[L_Q_WINTER] = { "winter {1}", "invierno de {1}", "hiver {1}",
	    "Winter {1}" },
	[L_Q_APPROX] = { "c. {1}", "hacia {1}", "vers {1}", "um {1}" },
	[L_Q_WEEKEND] = { "weekend {1}", "fin de semana del {1}",
	    "week-end du {1}", "Wochenende vom {1}" },
	[L_Q_WEEK_OF] = { "week of {1}", "semana del {1}", "semaine du {1}",
	    "Woche vom {1}" },
	[L_Q_DECADE] = { "decade {1}", "d\xc3\xa9" "cada de {1}",
	    "ann\xc3\xa9" "es {1}", "{1}er-Jahre" },
	/*
	 * The figure described.  Boxes are named as printed, in quotes:
	 * a label is grammatical where the name alone would want an
	 * article ("de la Russie", "von der Ukraine", "the United
	 * States").  The polarity is the legend's word, agreeing with
	 * "relation" as it does there.
	 */
	[L_ALT_HEAD] = { "Relations diagram", "Diagrama de relaciones",
	    "Sch\xc3\xa9ma des relations", "Beziehungsdiagramm" },
	[L_ALT_RELATION] = { "{1} relation", "relaci\xc3\xb3n {1}",
	    "relation {1}", "{1}e Beziehung" },
	[L_ALT_QUOTE] = { "\xe2\x80\x9c{1}\xe2\x80\x9d",
	    "\xc2\xab{1}\xc2\xbb", "\xc2\xab" NBSP "{1}" NBSP "\xc2\xbb",
	    "\xe2\x80\x9e{1}\xe2\x80\x9c" },
	[L_ALT_FROM_TO] = { "from {1} to {2}", "de {1} a {2}",
	    "de {1} \xc3\xa0 {2}", "von {1} zu {2}" },
	[L_ALT_BETWEEN] = { "between {1}", "entre {1}", "entre {1}",
	    "zwischen {1}" },
	[L_ALT_EDGE] = { "{1}: {2}", "{1}: {2}", "{1}" NBSP ": {2}",
	    "{1}: {2}" },
	[L_ALT_NEXT] = { "; ", "; ", NBSP "; ", "; " },
	[L_ALT_SENTENCE_ONE] = { "in 1 sentence", "en 1 frase",
	    "dans 1 phrase", "in 1 Satz" },
	[L_ALT_SENTENCES] = { "in {1} sentences", "en {1} frases",
	    "dans {1} phrases", "in {1} S\xc3\xa4tzen" },
	[L_ALT_PERSONS] = { "Persons in the boxes: {1}",
	    "Personas en los recuadros: {1}",
	    "Personnes dans les cases" NBSP ": {1}",
	    "Personen in den K\xc3\xa4sten: {1}" },
	[L_ALT_IN] = { "{1} in {2}", "{1} en {2}", "{1} dans {2}",
	    "{1} in {2}" },
	[L_ALT_ALONE] = { "Boxes in no relation drawn: {1}",
	    "Recuadros sin relaci\xc3\xb3n dibujada: {1}",
	    "Cases sans relation trac\xc3\xa9" "e" NBSP ": {1}",
	    "K\xc3\xa4sten ohne gezeichnete Beziehung: {1}" }
};

static int
lang_index(const char *tag)
{
	int	k;

	if (tag == NULL || tag[0] == '\0' || tag[1] == '\0' ||
	    (tag[2] != '\0' && tag[2] != '-' && tag[2] != '_'))
		return LANG_EN;
	for (k = 0; k < LANG_N; k++)
		if (g_ascii_tolower(tag[0]) == langs[k][0] &&
		    g_ascii_tolower(tag[1]) == langs[k][1])
			return k;
	return LANG_EN;
}

const char *
label_lang(const char *tag)
{
	return langs[lang_index(tag)];
}

const char *
label(const char *tag, enum label_id id)
{
	if ((int)id < 0 || id >= L_COUNT)
		return "";
	return table[id][lang_index(tag)];
}

static char	*fill(const char *, const char *, const char *);

char *
label_fill(const char *tag, enum label_id id, const char *a, const char *b)
{
	return fill(label(tag, id), a, b);
}

/* Spanish "y" is "e" before a word that begins with the sound "i"
 * ("e Israel", "e Hiroshima", a name in quotes too), not before "hie"
 * ("y hielo"). */
static const char *
list_and(const char *tag, const char *last)
{
	const char	*p = last;
	gunichar	 c;

	if (lang_index(tag) != LANG_ES || last == NULL)
		return label(tag, L_LIST_AND);
	while ((c = g_utf8_get_char(p)) == 0xab || c == 0x201c || c == '"')
		p = g_utf8_next_char(p);
	c = g_unichar_tolower(c);
	if (c == 'h') {
		p = g_utf8_next_char(p);
		c = g_unichar_tolower(g_utf8_get_char(p));
		if (c == 'i' && g_unichar_tolower(g_utf8_get_char(
		    g_utf8_next_char(p))) == 'e')
			return label(tag, L_LIST_AND);
	}
	if (c == 'i' || c == 0xed)
		return "{1} e {2}";
	return label(tag, L_LIST_AND);
}

/* pattern with {1} and {2} replaced by a and b. */
static char *
fill(const char *pattern, const char *a, const char *b)
{
	GString		*s = g_string_new(NULL);
	const char	*p;

	for (p = pattern; *p != '\0'; p++) {
		if (p[0] == '{' && (p[1] == '1' || p[1] == '2') &&
		    p[2] == '}') {
			const char *v = p[1] == '1' ? a : b;

			g_string_append(s, v != NULL ? v : "");
			p += 2;
		} else
			g_string_append_c(s, *p);
	}
	return g_string_free(s, FALSE);
}

char *
label_list(const char *tag, const char *const *items, int n)
{
	GString	*head;
	char	*s;
	int	 i;

	if (n <= 0)
		return g_strdup("");
	if (n == 1)
		return g_strdup(items[0]);
	head = g_string_new(items[0]);
	for (i = 1; i < n - 1; i++)
		g_string_append_printf(head, ", %s", items[i]);
	s = fill(list_and(tag, items[n - 1]), head->str, items[n - 1]);
	g_string_free(head, TRUE);
	return s;
}

char *
label_caption(const char *tag, const char *const *also, int nalso,
    int left_out)
{
	char	*facts = label_caption_facts(tag, also, nalso, left_out);
	char	*s;

	if (facts[0] == '\0')
		s = g_strdup(label(tag, L_CAPTION));
	else
		s = g_strdup_printf("%s. %s", label(tag, L_CAPTION), facts);
	g_free(facts);
	return s;
}

char *
label_caption_facts(const char *tag, const char *const *also, int nalso,
    int left_out)
{
	GString		*s = g_string_new(NULL);
	const char	*names[LABEL_MAX_NAMES + 1];
	char		 num[16], *more = NULL, *list, *part;
	int		 n, i;

	if (nalso > 0) {
		/* "A, B, C, D, E, F and 4 more" */
		n = nalso > LABEL_MAX_NAMES + 1 ? LABEL_MAX_NAMES : nalso;
		for (i = 0; i < n; i++)
			names[i] = also[i];
		if (n < nalso) {
			g_snprintf(num, sizeof(num), "%d", nalso - n);
			more = label_fill(tag, L_N_MORE, num, NULL);
			names[n++] = more;
		}
		list = label_list(tag, names, n);
		part = label_fill(tag, L_ALSO_NAMED, list, NULL);
		g_string_append(s, part);
		g_free(part);
		g_free(list);
		g_free(more);
	}
	if (left_out > 0) {
		g_snprintf(num, sizeof(num), "%d", left_out);
		part = left_out == 1 ? g_strdup(label(tag, L_LEFT_OUT_ONE)) :
		    label_fill(tag, L_LEFT_OUT, num, NULL);
		g_string_append_printf(s, "%s%s", s->len > 0 ? ". " : "",
		    part);
		g_free(part);
	}
	if (nalso > 0 || left_out > 0)
		g_string_append_c(s, '.');
	return g_string_free(s, FALSE);
}

/* --- dates -------------------------------------------------------- */

enum { SK_LONG, SK_MONTH_LONG, SK_DAY_SHORT, SK_MONTH_SHORT, SK_N };

static const char *const skeletons[SK_N] = {
	"dMMMMy", "MMMMy", "dMMMy", "MMMy"
};

static const char *const months_long[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December" };

/* A formatter per language and skeleton, made once: opening them reads
 * ICU's data.  Formatting changes a formatter's calendar: one at a time. */
static GMutex		 fmt_lock;
static UDateFormat	*fmts[LANG_N][SK_N];
static int		 fmt_failed[LANG_N][SK_N];

static UDateFormat *
formatter(int lang, int sk)
{
	static const UChar utc[] = { 'U', 'T', 'C', 0 };
	UDateTimePatternGenerator *g;
	UErrorCode	 e = U_ZERO_ERROR;
	UChar		 skel[16], pat[64];
	int32_t		 n;

	if (fmts[lang][sk] != NULL || fmt_failed[lang][sk])
		return fmts[lang][sk];
	fmt_failed[lang][sk] = 1;
	g = udatpg_open(langs[lang], &e);
	if (U_FAILURE(e))
		return NULL;
	u_uastrcpy(skel, skeletons[sk]);
	n = udatpg_getBestPattern(g, skel, -1, pat, G_N_ELEMENTS(pat), &e);
	udatpg_close(g);
	if (U_FAILURE(e))
		return NULL;
	fmts[lang][sk] = udat_open(UDAT_PATTERN, UDAT_PATTERN, langs[lang],
	    utc, -1, pat, n, &e);
	if (U_FAILURE(e)) {
		fmts[lang][sk] = NULL;
		return NULL;
	}
	fmt_failed[lang][sk] = 0;
	return fmts[lang][sk];
}

/* y-m-d by ICU in lang, or NULL. */
static char *
icu_date(int lang, int sk, int y, int m, int d)
{
	static const UChar utc[] = { 'U', 'T', 'C', 0 };
	UDateFormat	*f;
	UCalendar	*cal;
	UErrorCode	 e = U_ZERO_ERROR;
	UChar		 out[64];
	char		*s = NULL;
	UDate		 when;

	cal = ucal_open(utc, -1, "en", UCAL_GREGORIAN, &e);
	if (U_FAILURE(e))
		return NULL;
	ucal_clear(cal);
	ucal_setDate(cal, y, m - 1, d > 0 ? d : 1, &e);
	when = ucal_getMillis(cal, &e);
	ucal_close(cal);
	if (U_FAILURE(e))
		return NULL;
	g_mutex_lock(&fmt_lock);
	if ((f = formatter(lang, sk)) != NULL) {
		udat_format(f, when, out, G_N_ELEMENTS(out), NULL, &e);
		if (U_SUCCESS(e))
			s = g_utf16_to_utf8(out, -1, NULL, NULL, NULL);
	}
	g_mutex_unlock(&fmt_lock);
	/* French writes the first of the month as an ordinal: "1er mai" */
	if (s != NULL && lang == LANG_FR && d == 1 && s[0] == '1' &&
	    s[1] == ' ') {
		char *o = g_strconcat("1er", s + 1, NULL);

		g_free(s);
		s = o;
	}
	return s;
}

char *
label_date_long(const char *tag, int y, int m, int d)
{
	int	lang = lang_index(tag);
	char	*s;

	if (m < 1 || m > 12)
		return g_strdup_printf("%d", y);
	if (lang != LANG_EN && (s = icu_date(lang, d > 0 ? SK_LONG :
	    SK_MONTH_LONG, y, m, d)) != NULL)
		return s;
	/* the briefing's English: day, month, year */
	if (d > 0)
		return g_strdup_printf("%d %s %d", d, months_long[m - 1], y);
	return g_strdup_printf("%s %d", months_long[m - 1], y);
}

char *
label_nice_date(const char *tag, const char *s)
{
	int	y, m, d;
	char	end;

	if (s != NULL && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31)
		return label_date_long(tag, y, m, d);
	return g_strdup(s);
}

/* The qualifier's label, or L_COUNT. */
static enum label_id
qualifier_label(const char *q)
{
	static const struct {
		const char	*q;
		enum label_id	 id;
	} t[] = {
		{ "early", L_Q_EARLY }, { "mid", L_Q_MID },
		{ "late", L_Q_LATE },
		{ "spring", L_Q_SPRING }, { "summer", L_Q_SUMMER },
		{ "autumn", L_Q_AUTUMN }, { "fall", L_Q_AUTUMN },
		{ "winter", L_Q_WINTER }, { "approximate", L_Q_APPROX },
		{ "weekend", L_Q_WEEKEND }, { "week of", L_Q_WEEK_OF },
		{ "decade", L_Q_DECADE }
	};
	size_t	k;

	for (k = 0; k < G_N_ELEMENTS(t); k++)
		if (strcmp(q, t[k].q) == 0)
			return t[k].id;
	return L_COUNT;
}

char *
label_date_short(const char *tag, int y, int m, int d, int prec,
    const char *qualifier)
{
	struct event	 ev = { 0 };
	int		 lang = lang_index(tag);
	enum label_id	 q;
	char		*base = NULL, *s;

	if (lang == LANG_EN) {
		/* the chronology's own English labels */
		ev.year = y;
		ev.month = m;
		ev.day = d;
		ev.precision = prec;
		ev.qualifier = (char *)qualifier;
		return chrono_date_label(&ev);
	}
	if (prec == EV_DAY && m >= 1 && m <= 12)
		base = icu_date(lang, SK_DAY_SHORT, y, m, d);
	else if (prec == EV_MONTH && m >= 1 && m <= 12)
		/* "principios de septiembre de 2024", not "de sept 2024" */
		base = icu_date(lang, qualifier != NULL ? SK_MONTH_LONG :
		    SK_MONTH_SHORT, y, m, 0);
	if (base == NULL)
		base = g_strdup_printf("%d", y);
	if (qualifier == NULL)
		return base;
	if ((q = qualifier_label(qualifier)) == L_COUNT)
		s = g_strconcat(qualifier, " ", base, NULL);
	else
		s = label_fill(tag, q, base, NULL);
	g_free(base);
	return s;
}
