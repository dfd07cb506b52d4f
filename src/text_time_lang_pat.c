/* SPDX-License-Identifier: MIT */
/*
 * The dates of Spanish, French and German prose, on the tokens
 * text_time_lang.c has read: "el 24 de febrero de 2022", "le 1er mars",
 * "am 26. September 2022", "26.09.2022", "en mars", "im Jahr 2022",
 * "début septembre", "a finales de 2019", "Ende April vergangenen
 * Jahres", "hace dos años", "il y a cinq ans", "vor elf Jahren", "el
 * año pasado", "la semaine dernière", "vergangene Woche", "este martes",
 * "mardi dernier", "am vergangenen Freitag", "ayer", "hier", "gestern".
 * Each pattern looks at a few tokens from one position.
 */
#include <string.h>

#include <glib.h>

#include "text_time_lang_int.h"

/* Prepositions and articles taken into a date: "el", "desde el",
 * "jusqu'au", "bis zum". */
static const char *const pre_es[] = {
	"el", "la", "del", "al", "en", "desde", "hasta", "de", "a", "para",
	"partir", "los", NULL
};
static const char *const pre_fr[] = {
	"le", "la", "du", "au", "en", "depuis", "de", "des", "a", "pour",
	"partir", "dans", "ici", NULL
};
static const char *const pre_de[] = {
	"am", "im", "an", "in", "vom", "zum", "bis", "seit", "ab", "von",
	"zu", "um", "dem", NULL
};
/* Before a month or a year alone: "en mayo", "depuis 1967", "im Mai". */
static const char *const month_pre[] = {
	"en", "desde", "hasta", "de", "del", "a", "para", "depuis", "des",
	"jusqu", "im", "seit", "bis", "ab", "von", "vom", "in", "partir",
	"entre", "avant", "apres", "antes", "despues", "vor", "nach",
	"zwischen", "au", "du", "el", "le", "d", "ici", "durante",
	"pendant", "wahrend", NULL
};

/* "pasado", "dernier", "vergangenen": -1; "próximo", "prochain",
 * "nächsten": 1; "este", "ce", "dieser": 0; else -2. */
static int
modifier(const struct lsent *x, guint i)
{
	static const char *const last[] = {
		"pasado", "pasada", "dernier", "derniere", "passe", "passee",
		"vergangene", "vergangenen", "vergangenes", "vergangener",
		"vergangenem", "letzte", "letzten", "letztes", "letzter",
		"letztem", "vorige", "vorigen", "voriges", "vorigem", NULL
	};
	static const char *const next[] = {
		"proximo", "proxima", "prochain", "prochaine", "nachste",
		"nachsten", "nachstes", "nachster", "nachstem", "kommende",
		"kommenden", "kommendes", "kommender", "kommendem",
		"naechsten", "naechste", NULL
	};
	static const char *const this[] = {
		"este", "esta", "ce", "cet", "cette", "diese", "diesen",
		"dieses", "dieser", "diesem", NULL
	};

	if (lw_in(x, i, last))
		return -1;
	if (lw_in(x, i, next))
		return 1;
	if (lw_in(x, i, this))
		return 0;
	return -2;
}

int
lang_unit(const struct lsent *x, guint i)
{
	static const char *const u_es[] = {
		"ano", "anos", "y", "mes", "meses", "m", "semana", "semanas",
		"w", "dia", "dias", "jornada", "jornadas", "d", "hora",
		"horas", "minuto", "minutos", "h", "decada", "decadas", "D",
		"siglo", "siglos", "c", "manana", "tarde", "noche",
		"madrugada", "p", NULL
	};
	static const char *const u_fr[] = {
		"an", "ans", "annee", "annees", "y", "mois", "m", "semaine",
		"semaines", "w", "jour", "jours", "journee", "journees", "d",
		"heure", "heures", "minute", "minutes", "h", "decennie",
		"decennies", "D", "siecle", "siecles", "c", "matin",
		"matinee", "soir", "soiree", "nuit", "p", NULL
	};
	static const char *const u_de[] = {
		"jahr", "jahre", "jahren", "jahres", "jahrs", "y", "monat",
		"monate", "monaten", "monats", "m", "woche", "wochen", "w",
		"tag", "tage", "tagen", "tages", "d", "stunde", "stunden",
		"minute", "minuten", "h", "jahrzehnt", "jahrzehnte",
		"jahrzehnten", "jahrzehnts", "D", "jahrhundert",
		"jahrhunderte", "jahrhunderten", "jahrhunderts", "c",
		"morgen", "vormittag", "mittag", "nachmittag", "abend",
		"nacht", "p", NULL
	};
	const char *const *l = x->lang == TEXT_ES ? u_es : x->lang ==
	    TEXT_FR ? u_fr : u_de;
	const struct lw *t = lw_at(x, i);
	int	 hit = 0;

	if (t == NULL || t->f[0] == '\0')
		return 0;
	/* German "morgen" in lower case is "tomorrow" */
	if (x->lang == TEXT_DE && !t->cap && i > x->first)
		return 0;
	/* each group of words ends with its one-letter code */
	for (; *l != NULL; l++)
		if ((*l)[1] == '\0') {
			if (hit)
				return (*l)[0];
		} else if (strcmp(t->f, *l) == 0)
			hit = 1;
	return 0;
}

/* The prepositions of the text's language. */
static const char *const *
pre_list(const struct lsent *x)
{
	return x->lang == TEXT_ES ? pre_es : x->lang == TEXT_FR ? pre_fr :
	    pre_de;
}

/* --- the year of a day or a month ------------------------------- */

/*
 * After a month (tokens from j): "de 2022", "del 2022", "2022", ",
 * 2022": the year, *next after it; else "del año pasado", "de l'an
 * dernier", "vergangenen Jahres" (-1: *rel), "del año siguiente",
 * "des Folgejahres" (2: the block's year after); 0 if none.
 */
static int
year_after(const struct lsent *x, guint j, guint *next, int *rel)
{
	guint	k = j;
	int	y, m;

	*rel = 0;
	if (lw_p(x, k, ",") || lw_is(x, k, "de") || lw_is(x, k, "del"))
		k++;
	if ((y = lw_year(x, k)) > 0) {
		*next = k + 1;
		return y;
	}
	/* "del año pasado", "de l'année dernière", "vergangenen
	 * Jahres", "dieses Jahres", "del año siguiente" */
	k = j;
	if (lw_is(x, k, "de") || lw_is(x, k, "del") || lw_is(x, k, "des"))
		k++;
	if ((lw_is(x, k, "este") || lw_is(x, k, "cette")) &&
	    lang_unit(x, k + 1) == 'y') {
		*rel = 3;		/* "de este año", "de cette année" */
		*next = k + 2;
		return 0;
	}
	if (lang_unit(x, k) == 'y' && ((m = modifier(x, k + 1)) >= -1 ||
	    lw_is(x, k + 1, "siguiente") || lw_is(x, k + 1, "suivante"))) {
		*rel = m >= -1 ? (m == 0 ? 3 : m) : 2;
		*next = k + 2;
		return 0;
	}
	if ((m = modifier(x, k)) >= -1 && lang_unit(x, k + 1) == 'y') {
		*rel = m == 0 ? 3 : m;	/* "vergangenen Jahres" */
		*next = k + 2;
		return 0;
	}
	if (lw_is(x, k, "folgejahres") || lw_is(x, k, "vorjahres")) {
		*rel = lw_is(x, k, "folgejahres") ? 2 : -1;
		*next = k + 1;
		return 0;
	}
	if ((lw_is(x, j, "de") || lw_is(x, j, "del")) && lw_is(x, j + 1,
	    "ano") && lw_is(x, j + 2, "que") && lw_is(x, j + 3, "viene")) {
		*rel = 1;
		*next = j + 4;
		return 0;
	}
	return 0;
}

/* c set to month m (day d) of a year said from the document date
 * (rel -1 last, 1 next, 3 this) or after the block's (2). */
static int
month_of_rel(const struct lsent *x, struct cand *c, int m, int d, int rel,
    guint a, guint b)
{
	int	y;

	if (rel == 2) {
		if (x->st->ctx.ctx_year <= 0)
			return ld_floating(x, c, m, d, a, b);
		return ld_ymd(c, x->st->ctx.ctx_year + 1, m, d);
	}
	if (!ld_rel(x, c, d > 0 ? EV_DAY : EV_MONTH))
		return 1;
	y = x->st->ctx.year + (rel == 3 ? 0 : rel);
	c->e.flags |= rel > 0 && rel != 3 ? DATE_FORWARD : 0;
	return ld_ymd(c, y, m, d);
}

/* A day number at token j ("24", "1er", "1º", "26." in German): its
 * value, *next after it; else 0. */
static int
day_at(const struct lsent *x, guint j, guint *next)
{
	const struct lw *t = lw_at(x, j);

	if (t == NULL)
		return 0;
	if (t->num >= 1 && t->num <= 31 && t->nd <= 2) {
		*next = j + 1;
		if (x->lang == TEXT_DE) {
			if (!lw_p(x, j + 1, ".") || !t->tight)
				return 0;
			*next = j + 2;
		} else if (t->tight && (lw_p(x, j + 1, "\xc2\xba") ||
		    lw_p(x, j + 1, "\xc2\xb0") || lw_is(x, j + 1, "er")))
			*next = j + 2;
		return t->num;
	}
	if (strcmp(t->f, "1er") == 0 || strcmp(t->f, "1o") == 0 ||
	    strcmp(t->f, "1ro") == 0) {
		*next = j + 1;
		return 1;
	}
	return 0;
}

/* --- patterns ----------------------------------------------------- */

/* "26.09.2022", "26/09/2022", "2022-09-26" (day first in Europe). */
static guint
p_numeric(const struct lsent *x, guint j, struct cand *c)
{
	const char	*s;
	size_t		 n;
	int		 d, m, y, used = 0;
	char		 buf[16];

	if (j >= x->end)
		return 0;
	s = text_word(x->s->t, j, &n);
	if (n >= 8 && n <= 10 && text_tok(x->s->t, j)->kind == TEXT_NUMBER) {
		memcpy(buf, s, n);
		buf[n] = '\0';
		if (sscanf(buf, "%2d.%2d.%4d%n", &d, &m, &y, &used) == 3 &&
		    (size_t)used == n && y >= 1000 && y <= 2199 &&
		    ld_ymd(c, y, m, d) && c->e.precision == EV_DAY) {
			c->e.flags |= DATE_EXPLICIT_YEAR;
			return j + 1;
		}
		return 0;
	}
	if ((d = lw_num(x, j)) >= 1 && d <= 31 && lw_at(x, j)->tight &&
	    (lw_p(x, j + 1, "/") || lw_p(x, j + 1, ".")) &&
	    lw_at(x, j + 1)->tight && (m = lw_num(x, j + 2)) >= 1 &&
	    m <= 12 && lw_at(x, j + 2)->tight && lw_p(x, j + 3,
	    lw_p(x, j + 1, "/") ? "/" : ".") && lw_at(x, j + 3)->tight &&
	    (y = lw_year(x, j + 4)) > 0 && ld_ymd(c, y, m, d)) {
		c->e.flags |= DATE_EXPLICIT_YEAR;
		return j + 5;
	}
	if ((y = lw_num(x, j)) >= 1000 && lw_at(x, j)->nd == 4 &&
	    lw_at(x, j)->tight && lw_p(x, j + 1, "-") &&
	    lw_at(x, j + 1)->tight && lw_at(x, j + 2) != NULL &&
	    lw_at(x, j + 2)->nd == 2 && lw_at(x, j + 2)->tight &&
	    lw_p(x, j + 3, "-") && lw_at(x, j + 3)->tight &&
	    lw_at(x, j + 4) != NULL && lw_at(x, j + 4)->nd == 2 &&
	    ld_ymd(c, y, lw_num(x, j + 2), lw_num(x, j + 4)) &&
	    c->e.precision == EV_DAY) {
		c->e.flags |= DATE_EXPLICIT_YEAR;
		return j + 5;
	}
	return 0;
}

/*
 * A day and a month: "24 de febrero de 2022", "1er mars", "26.
 * September 2022", after "el pasado", "el próximo" or before "pasado",
 * "dernier", "prochain"; i the start of the whole date (the tense).
 */
static guint
p_day_month(const struct lsent *x, guint i, guint j, struct cand *c)
{
	guint	k, r;
	int	which = -2, d, m, y, rel;
	GDate	doc;
	long	key, dkey;

	if (x->lang == TEXT_ES && (lw_is(x, j, "pasado") ||
	    lw_is(x, j, "proximo"))) {
		which = lw_is(x, j, "pasado") ? -1 : 1;
		j++;
	}
	if ((d = day_at(x, j, &k)) == 0)
		return 0;
	if (x->lang == TEXT_ES && lw_is(x, k, "de"))
		k++;
	if ((m = lw_at(x, k) != NULL ? lw_at(x, k)->month : 0) == 0)
		return 0;
	k++;
	if (lw_p(x, k, ".") && lw_at(x, k - 1)->tight && lw_at(x, k - 1)->abbr)
		k++;			/* "sept." */
	if ((y = year_after(x, k, &r, &rel)) > 0) {
		if (!ld_ymd(c, y, m, d))
			return 0;
		c->e.flags |= DATE_EXPLICIT_YEAR;
		return r;
	}
	if (rel != 0)
		return month_of_rel(x, c, m, d, rel, i, r) ? r : 0;
	if (which == -2 && (modifier(x, k) == -1 || modifier(x, k) == 1) &&
	    !(lang_unit(x, k + 1) != 0)) {
		which = modifier(x, k);
		k++;
	}
	if (which != -2) {
		if (!g_date_valid_dmy(d, m, 2000))
			return 0;
		if (!ld_rel(x, c, EV_DAY))
			return k;
		g_date_clear(&doc, 1);
		g_date_set_dmy(&doc, x->st->ctx.day > 0 ? x->st->ctx.day : 1,
		    x->st->ctx.month > 0 ? x->st->ctx.month : 1,
		    x->st->ctx.year);
		key = m * 32 + d;
		dkey = g_date_get_month(&doc) * 32 + g_date_get_day(&doc);
		y = x->st->ctx.year;
		if (which < 0)
			y -= key >= dkey;
		else {
			y += key <= dkey;
			c->e.flags |= DATE_FORWARD;
		}
		if (!ld_ymd(c, y, m, d) && !(c->e.flags &
		    DATE_OUT_OF_RANGE))
			return 0;	/* 29 February */
		return k;
	}
	return ld_floating(x, c, m, d, i, k) ? k : 0;
}

/* A part of the day after a weekday: "por la noche", "soir", "de
 * madrugada"; the token after it, or j. */
static guint
day_part_after(const struct lsent *x, guint j)
{
	if (x->lang == TEXT_ES && lw_is(x, j, "por") && lw_is(x, j + 1, "la")
	    && lang_unit(x, j + 2) == 'p')
		return j + 3;
	if (x->lang == TEXT_ES && lw_is(x, j, "de") && lw_is(x, j + 1,
	    "madrugada"))
		return j + 2;
	if (x->lang == TEXT_FR && lang_unit(x, j) == 'p')
		return j + 1;
	return j;
}

/*
 * "el miércoles 3 de abril" with no year: the year the weekday names,
 * among the document's year and the years beside it (the nearest to
 * the document date), when the block's year or the guess gives another
 * weekday ("las elecciones de 2023 ... el miércoles 3 de abril" in a
 * text of 2024 is 2024).
 */
static void
weekday_year(const struct lsent *x, struct cand *c, int wd)
{
	static const int off[] = { 0, -1, 1 };
	int	 y0 = x->st->ctx.year, y, k;
	GDate	 g;

	if ((c->e.flags & DATE_EXPLICIT_YEAR) || c->e.year <= 0 || y0 <= 0 ||
	    !g_date_valid_dmy(c->e.day, c->e.month, c->e.year))
		return;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, c->e.day, c->e.month, c->e.year);
	if ((int)g_date_get_weekday(&g) == wd)
		return;
	for (k = 0; k < 3; k++) {
		y = y0 + off[k];
		if (y < 1 || y > 9999 || !g_date_valid_dmy(c->e.day,
		    c->e.month, y))
			continue;
		g_date_set_dmy(&g, c->e.day, c->e.month, y);
		if ((int)g_date_get_weekday(&g) == wd) {
			c->e.year = y;
			return;
		}
	}
}

/* A weekday: "el lunes", "este martes", "el viernes pasado", "el
 * próximo lunes", "lundi", "mardi dernier", "am Dienstag",
 * "vergangenen Freitag", "lundi 15 août". */
static guint
p_weekday(const struct lsent *x, guint i, guint j, struct cand *c)
{
	const struct lw *t;
	guint	 k, r;
	int	 which = -2, m;

	if ((m = modifier(x, j)) >= -1 && lw_at(x, j + 1) != NULL &&
	    lw_at(x, j + 1)->wday) {
		which = m == 0 ? 0 : m;
		j++;
	} else if (lw_is(x, j, "am") && (m = modifier(x, j + 1)) >= -1 &&
	    lw_at(x, j + 2) != NULL && lw_at(x, j + 2)->wday) {
		which = m == 0 ? 0 : m;
		j += 2;
	}
	if ((t = lw_at(x, j)) == NULL || t->wday == 0)
		return 0;
	if (x->lang == TEXT_DE && !t->cap)
		return 0;
	k = j + 1;
	if (lw_p(x, k, ","))
		k++;
	if (which == -2 && (r = p_day_month(x, i, k, c)) > 0 &&
	    c->e.precision == EV_DAY) {
		weekday_year(x, c, t->wday);
		return r;
	}
	/* Spanish weekdays are plural alike: "los lunes" is a habit;
	 * "el lunes", "lunes 3 de marzo" a day */
	if (which == -2 && x->lang == TEXT_ES && !(j > x->first &&
	    (lw_is(x, j - 1, "el") || lw_is(x, j - 1, "del") ||
	    lw_is(x, j - 1, "al"))))
		return 0;
	memset(&c->e, 0, sizeof(c->e));
	c->e.anchor = -1;
	k = j + 1;
	if (which == -2 && (m = modifier(x, k)) != -2 && m != 0) {
		which = m;
		k++;
	}
	if (x->lang == TEXT_DE && lw_is(x, k, "an") && lw_is(x, j - 1, "von"))
		k++;			/* "von Sonntag an" */
	ld_weekday(x, c, t->wday, which == -2 ? 0 : which, i, k);
	return day_part_after(x, k);
}

/* The unit at k is a plural: "semanas", "Wochen", "années". */
static int
plural_unit(const struct lsent *x, guint k)
{
	static const char *const pl[] = {
		"anos", "meses", "semanas", "ans", "annees", "semaines",
		"jahre", "monate", "wochen", NULL
	};

	return lw_in(x, k, pl);
}

/* c set to month m of the year said from the document date: which
 * -1 the last such month before it, 1 the next after, 0 this year's. */
static int
month_which(const struct lsent *x, struct cand *c, int m, int which)
{
	int	y = x->st->ctx.year, dm = x->st->ctx.month;

	if (!ld_rel(x, c, EV_MONTH))
		return 1;
	if (which < 0)
		y -= m < dm ? 0 : 1;
	else if (which > 0) {
		y += m > dm ? 0 : 1;
		c->e.flags |= DATE_FORWARD;
	}
	return ld_ymd(c, y, m, 0);
}

/* The season at i: 0 spring .. 3 winter, else -1. */
static int
season_at(const struct lsent *x, guint i)
{
	static const char *const names[] = {
		"primavera", "printemps", "fruhling", "fruhjahr", "verano",
		"ete", "sommer", "otono", "automne", "herbst", "invierno",
		"hiver", "winter", NULL
	};
	static const int which[] = { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3 };
	int	k;

	for (k = 0; names[k] != NULL; k++)
		if (lw_is(x, i, names[k]))
			return which[k];
	return -1;
}

/* "el verano de 2020", "l'été 2020", "im Sommer 2022", "el verano
 * pasado", "l'été dernier", "cet été", "im vergangenen Sommer": a
 * year with its season, as English's "the summer of 2021". */
static guint
p_season(const struct lsent *x, guint i, guint j, struct cand *c)
{
	static const char *const q[] = {
		"spring", "summer", "autumn", "winter"
	};
	static const int first[] = { 2, 5, 8, 11 };	/* month - 1 */
	guint	 k = j, r;
	int	 se, which = -2, y, doc, year, rel;

	if ((which = modifier(x, k)) >= -1)
		k++;
	if ((se = season_at(x, k)) < 0)
		return 0;
	/* "a été signé": the verb, not the summer */
	if (which == -2 && k == i && !lw_at(x, k)->elided)
		return 0;
	k++;
	if ((y = year_after(x, k, &r, &rel)) > 0) {
		ld_ymd(c, y, 0, 0);
		c->e.flags |= DATE_EXPLICIT_YEAR;
		c->e.qualifier = q[se];
		return r;
	}
	/* "el verano pasado", "l'été dernier" */
	if (which == -2) {
		if ((which = modifier(x, k)) != -1 && which != 1)
			return 0;
		k++;
	}
	c->e.qualifier = q[se];
	if (!ld_rel(x, c, EV_YEAR))
		return k;
	year = x->st->ctx.year;
	doc = year * 12 + (x->st->ctx.month > 0 ? x->st->ctx.month : 1) - 1;
	if (which < 0) {
		while (year * 12 + first[se] + 2 >= doc)
			year--;
	} else if (which > 0) {
		year -= 1;
		while (year * 12 + first[se] <= doc)
			year++;
		c->e.flags |= DATE_FORWARD;
	} else if ((year - 1) * 12 + first[se] + 2 >= doc)
		year--;
	ld_ymd(c, year, 0, 0);
	c->e.qualifier = q[se];
	return k;
}

/* "el fin de semana", "le week-end dernier", "am vergangenen
 * Wochenende": the last or next weekend by the tense, as English's
 * "at the weekend" (its Saturday, qualifier "weekend"). */
static guint
p_weekend(const struct lsent *x, guint i, guint j, struct cand *c)
{
	guint	 k = j, e;
	int	 which;

	if ((which = modifier(x, k)) >= -1)
		k++;
	if (lw_is(x, k, "fin") && lw_is(x, k + 1, "de") && lw_is(x, k + 2,
	    "semana"))
		e = k + 3;
	else if (lw_is(x, k, "week") && lw_p(x, k + 1, "-") &&
	    lw_is(x, k + 2, "end"))
		e = k + 3;
	else if (lw_is(x, k, "weekend") || lw_is(x, k, "wochenende"))
		e = k + 1;
	else
		return 0;
	/* an article or a preposition before it: "el", "ce", "am" */
	if (which == -2 && j == i)
		return 0;
	if (which == -2 && ((which = modifier(x, e)) == -1 || which == 1))
		e++;
	ld_weekday(x, c, 6, which == -2 ? 0 : which, i, e);
	c->e.qualifier = "weekend";
	return e;
}

/* "el año pasado", "la semaine dernière", "vergangene Woche", "este
 * año", "in diesem Jahr", "el próximo año", "l'an prochain". */
static guint
p_deixis(const struct lsent *x, guint i, guint j, struct cand *c)
{
	GDate	 d;
	guint	 k = j;
	int	 which = -2, u;
	long	 mo;

	if ((which = modifier(x, k)) >= -1)
		k++;
	/* "el pasado mes de octubre", "vergangenen September": that
	 * month of the year said from the document date */
	if (which >= -1 && lang_unit(x, k) == 'm' && (lw_is(x, k + 1, "de") ||
	    lw_is(x, k + 1, "d")) && lw_at(x, k + 2) != NULL &&
	    lw_at(x, k + 2)->month)
		k += 2;
	else if (which >= -1 && lw_at(x, k + 1) != NULL &&
	    lw_at(x, k + 1)->month && lang_unit(x, k) == 'm' &&
	    x->lang == TEXT_DE)
		k++;			/* "im vergangenen Monat Mai" */
	if (which >= -1 && lw_at(x, k) != NULL && lw_at(x, k)->month &&
	    lw_num(x, k + 1) < 0 && lw_year(x, k + 1) == 0)
		return month_which(x, c, lw_at(x, k)->month, which) ? k + 1 :
		    0;
	if ((u = lang_unit(x, k)) != 'y' && u != 'm' && u != 'w')
		return 0;
	/* "in den vergangenen Wochen", "los últimos años": a span */
	if (plural_unit(x, k))
		return 0;
	k++;
	if (which == -2) {
		if ((which = modifier(x, k)) == 0 || which == -2) {
			if (lw_is(x, k, "que") && lw_is(x, k + 1, "viene"))
				which = 1, k++;
			else
				return 0;
		}
		k++;
	}
	/* "cette année-là": the story's year, a chain */
	if (which == 0 && lw_p(x, k, "-") && lw_is(x, k + 1, "la"))
		return 0;
	if (which == 0 && lw_p(x, k, "-") && lw_is(x, k + 1, "ci"))
		k += 2;
	/* "l'an dernier" a year; "la semaine dernière" the Monday of
	 * that week, as English's "last week" */
	if (u == 'w') {
		ld_ago(x, c, which == 0 ? 0 : 1, 'w', which == 0 ? 1 :
		    which);
		if (which == 0)
			c->e.flags &= ~DATE_FORWARD;
		return k;
	}
	if (!ld_rel(x, c, u == 'y' ? EV_YEAR : EV_MONTH))
		return k;
	if (which == 0 && lang_tense(x, i, k) == 1)
		c->e.flags |= DATE_FORWARD;
	if (which > 0)
		c->e.flags |= DATE_FORWARD;
	g_date_clear(&d, 1);
	if (u == 'y')
		ld_ymd(c, x->st->ctx.year + which, 0, 0);
	else {
		mo = (long)x->st->ctx.year * 12 + (x->st->ctx.month > 0 ?
		    x->st->ctx.month : 1) - 1 + which;
		ld_ymd(c, (int)(mo / 12), (int)(mo % 12) + 1, 0);
	}
	return k;
}

/* Hedges before a count: "casi", "près de", "gut", "mehr als". */
static guint
hedge(const struct lsent *x, guint j, int *approx)
{
	static const char *const one[] = {
		"casi", "unos", "unas", "apenas", "aproximadamente",
		"alrededor", "environ", "presque", "quelque", "pres", "gut",
		"knapp", "rund", "etwa", "fast", "beinahe", "nahezu", "uber",
		"cerca", "plus", "mas", "mehr", "menos", "moins", "weniger",
		"peu", "poco", "algo", NULL
	};
	guint	k = j;

	*approx = 0;
	while (k < j + 3 && lw_in(x, k, one)) {
		*approx = 1;
		k++;
		if (lw_is(x, k, "de") || lw_is(x, k, "d") || lw_is(x, k,
		    "als") || lw_is(x, k, "que"))
			k++;
	}
	/* "plus d'un an": the elided "d'" is in the count's token */
	return k;
}

/* "hace dos años", "il y a cinq ans", "vor elf Jahren", "vor gut
 * einem Jahr": n units before the document date. */
static guint
p_ago(const struct lsent *x, guint j, struct cand *c)
{
	guint	k;
	int	n, u, approx;

	if (x->lang == TEXT_ES && lw_is(x, j, "hace") && !lw_is(x, j - 1,
	    "desde"))
		k = j + 1;
	else if (x->lang == TEXT_FR && lw_is(x, j, "il") && lw_is(x, j + 1,
	    "y") && lw_low(x, j + 2, "a"))
		k = j + 3;
	else if (x->lang == TEXT_DE && lw_is(x, j, "vor"))
		k = j + 1;
	else
		return 0;
	k = hedge(x, k, &approx);
	if ((n = lw_count(x, k)) <= 0 || (u = lang_unit(x, k + 1)) == 0 ||
	    u == 'p' || u == 'c')
		return 0;
	if (u == 'h') {
		ld_ago(x, c, 0, 'd', -1);
		return k + 2;
	}
	ld_ago(x, c, n, u, -1);
	if (approx)
		c->e.qualifier = "approximate";
	return k + 2;
}

/* The rest of a part ("principios de", "fin", "Anfang", "mi-") from j,
 * qualifier q. */
static guint
part_rest(const struct lsent *x, guint i, guint j, const char *q,
    struct cand *c)
{
	guint	 r, k = j;
	int	 m, y, rel, u, which;

	if (lw_is(x, k, "de") || lw_is(x, k, "del") || lw_is(x, k, "du") ||
	    lw_is(x, k, "des") || lw_is(x, k, "d"))
		k++;
	if ((y = lw_year(x, k)) > 0) {
		ld_ymd(c, y, 0, 0);
		c->e.flags |= DATE_EXPLICIT_YEAR;
		c->e.qualifier = q;
		return k + 1;
	}
	if ((m = lw_at(x, k) != NULL ? lw_at(x, k)->month : 0) > 0) {
		k++;
		if ((y = year_after(x, k, &r, &rel)) > 0) {
			ld_ymd(c, y, m, 0);
			c->e.flags |= DATE_EXPLICIT_YEAR;
		} else if (rel != 0) {
			if (!month_of_rel(x, c, m, 0, rel, i, r))
				return 0;
		} else if (!ld_floating(x, c, m, 0, i, k))
			return 0;
		else
			r = k;
		c->e.qualifier = q;
		return r;
	}
	/* "de este mes", "des Monats", "de l'an dernier", "du mois",
	 * "des Jahres", "vergangenen Jahres", "de l'année" */
	which = 0;
	if ((u = modifier(x, k)) >= -1) {
		which = u;
		k++;
	} else if (lw_is(x, k, "la") || lw_is(x, k, "le") ||
	    lw_is(x, k, "el"))
		k++;
	if ((u = lang_unit(x, k)) != 'y' && u != 'm')
		return 0;
	k++;
	if ((m = modifier(x, k)) == -1 || m == 1) {
		which = m;
		k++;
	} else if (lw_is(x, k, "pasado"))
		which = -1, k++;
	if (!ld_rel(x, c, u == 'y' ? EV_YEAR : EV_MONTH))
		return k;
	if (u == 'y')
		ld_ymd(c, x->st->ctx.year + which, 0, 0);
	else {
		y = x->st->ctx.year * 12 + (x->st->ctx.month > 0 ?
		    x->st->ctx.month : 1) - 1 + which;
		ld_ymd(c, y / 12, y % 12 + 1, 0);
	}
	if (which > 0)
		c->e.flags |= DATE_FORWARD;
	c->e.qualifier = q;
	return k;
}

/* "a principios de", "a finales de", "début", "fin", "mi-", "Anfang",
 * "Mitte", "Ende": a part of a month or a year. */
static guint
p_part(const struct lsent *x, guint i, guint j, struct cand *c)
{
	static const char *const early[] = {
		"principios", "comienzos", "inicios", "principio", "debut",
		"anfang", NULL
	};
	static const char *const mid[] = {
		"mediados", "mitte", "milieu", NULL
	};
	static const char *const late[] = {
		"finales", "fines", "final", "fin", "ende", NULL
	};
	const char *q;

	if (lw_in(x, j, early))
		q = "early";
	else if (lw_in(x, j, mid))
		q = "mid";
	else if (lw_in(x, j, late))
		q = "late";
	else if (x->lang == TEXT_FR && lw_is(x, j, "mi") && lw_p(x, j + 1,
	    "-"))
		return part_rest(x, i, j + 2, "mid", c);
	else if (x->lang == TEXT_FR && lw_is(x, j, "courant"))
		return part_rest(x, i, j + 1, NULL, c);	/* "courant mars" */
	else
		return 0;
	/* German nouns: "Ende" of a thing is no time ("ein Ende
	 * setzen"): part_rest wants a month, a year or a unit */
	return part_rest(x, i, j + 1, q, c);
}

/* A month: "febrero de 2022", "octobre 2018", "im September", "en
 * mayo del año siguiente", "im Mai vergangenen Jahres". */
static guint
p_month(const struct lsent *x, guint i, guint j, struct cand *c)
{
	guint	 r, k = j + 1;
	int	 m, y, rel;

	if (lw_at(x, j) == NULL || (m = lw_at(x, j)->month) == 0)
		return 0;
	if (lw_p(x, k, ".") && lw_at(x, j)->tight && lw_at(x, j)->abbr)
		k++;
	if ((y = year_after(x, k, &r, &rel)) > 0) {
		ld_ymd(c, y, m, 0);
		c->e.flags |= DATE_EXPLICIT_YEAR;
		return r;
	}
	if (rel != 0)
		return month_of_rel(x, c, m, 0, rel, i, r) ? r : 0;
	/* "en octobre dernier", "en mayo pasado", "en mai prochain" */
	if ((rel = modifier(x, k)) == -1 || rel == 1)
		if (lang_unit(x, k + 1) == 0)
			return month_which(x, c, m, rel) ? k + 1 : 0;
	/* a month alone after a preposition, by its full name: "de sept
	 * conditions" is seven, "cerca de Mar del Plata" a city */
	if (j == x->first || !lw_in(x, j - 1, month_pre) ||
	    (lw_at(x, j)->abbr && k == j + 1))
		return 0;
	if (lw_num(x, k) >= 0)
		return 0;
	return ld_floating(x, c, m, 0, i, k) ? k : 0;
}

/* Before a year, words that make it one: "en 2016", "seit 2014". */
static const char *const year_pre[] = {
	"en", "desde", "depuis", "seit", "im", "ici", "durante", "pendant",
	"wahrend", NULL
};

/*
 * After a year a weaker word made one ("de 2016", "hasta 2016", "bis
 * 2016"), token k: not a noun ("de 2000 soldats", "hasta 2000
 * personas", "bis 2000 Soldaten": a count), that is in Spanish and
 * French a plural in lower case, in German a capital; a grammar word,
 * a month or a weekday always.
 */
static int
year_end(const struct lsent *x, guint k)
{
	static const char *const words[] = {
		"y", "e", "o", "u", "en", "a", "al", "con", "cuando", "que",
		"se", "hasta", "para", "por", "tras", "como", "pero", "sin",
		"sobre", "ya", "donde", "fue", "et", "ou", "au", "aux",
		"quand", "qui", "lors", "pour", "par", "avec", "jusqu",
		"lorsque", "mais", "ont", "est", "avait", "sur", "dans",
		"apres", "avant", "puis", "und", "oder", "in", "an", "am",
		"auf", "mit", "als", "bis", "wurde", "war", "ist", "hat",
		"hatte", "nach", "vor", "seit", "um", "zu", "wo", "den", "die",
		"der", "das", "le", "la", "les", "el", "los", "las", NULL
	};
	const struct lw *t = lw_at(x, k);
	size_t	 n;

	if (t == NULL || t->f[0] == '\0' || t->month || t->wday ||
	    lw_in(x, k, words))
		return 1;
	if (x->lang == TEXT_DE)
		return !t->cap;
	/* a plural noun counts: "soldats", "personas", "euros" */
	n = strlen(t->f);
	return t->cap || (t->f[n - 1] != 's' && t->f[n - 1] != 'x');
}

/* A year where the words around make it one: "en 2016", "depuis 1967",
 * "im Jahr 2022", "el año 2016", "2014" in German prose. */
static guint
p_year(const struct lsent *x, guint i, guint j, struct cand *c)
{
	static const char *const counted[] = {
		"als", "rund", "etwa", "uber", "bis", "zu", "knapp", "fast",
		"ca", "insgesamt", "mehr", "unos", "unas", "plus", "moins",
		"environ", NULL
	};
	const struct lw *n;
	int	 y, ok = 0;

	if (lang_unit(x, j) == 'y' && lw_year(x, j + 1) > 0)
		j++;			/* "im Jahr 2022", "el año 2016" */
	if ((y = lw_year(x, j)) == 0)
		return 0;
	if (lw_p(x, j + 1, "-") || lw_p(x, j + 1, "\xe2\x80\x93"))
		if (lw_year(x, j + 2) > 0 || lw_num(x, j + 2) >= 0)
			return 0;	/* a range: text_time_lang_rel.c */
	n = lw_at(x, j + 1);
	if (j > x->first && (lw_in(x, j - 1, year_pre) || lw_low(x, j - 1,
	    "d\xc3\xa8s") || lang_unit(x, j - 1) == 'y'))
		ok = 1;
	else if (j > i || (j > x->first && lw_in(x, j - 1, month_pre)))
		ok = year_end(x, j + 1);
	else if (j == x->first && lw_p(x, j + 1, ","))
		ok = 1;			/* "En 2002, ..." without "En" */
	else if (j > x->first && lw_p(x, j - 1, "(") && lw_p(x, j + 1, ")"))
		ok = 1;
	else if (x->lang == TEXT_DE && !lw_in(x, j - 1, counted) &&
	    lw_num(x, j - 1) < 0 && (n == NULL || n->f[0] == '\0' ||
	    !n->cap || n->month || n->wday) && lang_unit(x, j + 1) == 0)
		ok = 1;			/* "war 2014 um sieben Prozent" */
	if (!ok)
		return 0;
	ld_ymd(c, y, 0, 0);
	c->e.flags |= DATE_EXPLICIT_YEAR;
	return j + 1;
}

/* "ayer", "anoche", "hier", "demain", "gestern", "morgen". */
static guint
p_yesterday(const struct lsent *x, guint j, struct cand *c)
{
	static const char *const minus1[] = {
		"ayer", "anoche", "gestern", NULL
	};
	static const char *const minus2[] = {
		"anteayer", "vorgestern", NULL
	};
	static const char *const plus1[] = {
		"demain", NULL
	};
	static const char *const plus2[] = {
		"ubermorgen", NULL
	};
	guint	e = j + 1;
	int	n;

	/* "avant-hier", "après-demain" */
	if (x->lang == TEXT_FR && (lw_is(x, j, "avant") || lw_is(x, j,
	    "apres")) && lw_p(x, j + 1, "-") && (lw_is(x, j + 2, "hier") ||
	    lw_is(x, j + 2, "demain"))) {
		n = lw_is(x, j, "avant") ? -2 : 2;
		e = j + 3;
	} else if (lw_in(x, j, minus1) || (x->lang == TEXT_FR &&
	    lw_is(x, j, "hier")))
		n = -1;
	else if (lw_in(x, j, minus2))
		n = -2;
	else if (lw_in(x, j, plus1) || (x->lang == TEXT_DE &&
	    lw_is(x, j, "morgen") && !lw_at(x, j)->cap &&
	    !lw_is(x, j - 1, "heute") && !lw_is(x, j - 1, "gestern")))
		n = 1;
	else if (lw_in(x, j, plus2))
		n = 2;
	else
		return 0;
	ld_ago(x, c, n < 0 ? -n : n, 'd', n < 0 ? -1 : 1);
	if (n > 0)
		c->e.flags |= DATE_FORWARD;
	return e;
}

/* The date at j, the whole date starting at i. */
static guint
core(const struct lsent *x, guint i, guint j, struct cand *c)
{
	static guint (*const fns[])(const struct lsent *, guint, guint,
	    struct cand *) = {
		p_day_month, p_weekday, p_weekend, p_deixis, p_season,
		p_part, p_month, p_year
	};
	size_t	k;
	guint	r;

	for (k = 0; k < G_N_ELEMENTS(fns); k++) {
		cand_init(c, C_DATE, i, i);
		if ((r = fns[k](x, i, j, c)) > j)
			return r;
	}
	return 0;
}

guint
lang_date(const struct lsent *x, guint i, struct cand *c)
{
	guint	r, j;

	cand_init(c, C_DATE, i, i);
	if ((r = p_numeric(x, i, c)) > i || (r = p_ago(x, i, c)) > i ||
	    (r = p_yesterday(x, i, c)) > i)
		return r;
	/* up to three prepositions and articles taken in: "a partir
	 * del", "desde el", "bis zum" */
	for (j = i; j < i + 4 && j < x->end; j++) {
		if ((r = core(x, i, j, c)) > j)
			return r;
		if (!lw_in(x, j, pre_list(x)))
			break;
		/* "partir" only in "à partir de", "a partir de": "Il
		 * espérait partir le 2 mars" keeps its verb */
		if (lw_is(x, j, "partir") && (j == i || !lw_is(x, j - 1, "a")))
			break;
	}
	return 0;
}
