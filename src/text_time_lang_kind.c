/* SPDX-License-Identifier: MIT */
/*
 * The times of Spanish, French and German prose that are no points:
 * ages ("de 65 años", ", 64 ans,", "der 71-Jährige"), decades and
 * centuries ("los años noventa", "les années 2000", "in den
 * Neunzigerjahren", "au XIXe siècle"), generic times ("cada año",
 * "chaque année", "jedes Jahr"); and what a date is besides (a figure
 * by year, a state holding since then).  Each pattern looks at a few
 * tokens from one position.
 */
#include <string.h>

#include <glib.h>

#include "text_time_lang_int.h"

/* Ages: "de 65 años", ", de 57,", ", 64 ans,", "à 76 ans", "der
 * 71-Jährige", "62 Jahre alt", "im Alter von 80 Jahren", "Merkel,
 * 60,". */
guint
lang_age(const struct lsent *x, guint i, struct cand *c)
{
	const struct lw *p = lw_at(x, i - 1);
	int	 n, comma = p != NULL && (lw_p(x, i - 1, ",") ||
	    lw_p(x, i - 1, "("));
	guint	 k;

	c->kind = C_AGE;
	if (x->lang == TEXT_ES) {
		if (lw_is(x, i, "a") && lw_is(x, i + 1, "los") &&
		    (n = lw_count(x, i + 2)) > 0 && n < 130 &&
		    lang_unit(x, i + 3) == 'y')
			return i + 4;
		if (lw_is(x, i, "de") && (n = lw_count(x, i + 1)) > 0 &&
		    n < 130) {
			if (lang_unit(x, i + 2) == 'y' && (comma ||
			    lw_is(x, i + 3, "de")))
				return i + 3 + (lw_is(x, i + 3, "de") &&
				    lw_is(x, i + 4, "edad") ? 2 : 0);
			if (comma && n >= 15 && (lw_p(x, i + 2, ",") ||
			    lw_p(x, i + 2, ")")))
				return i + 2;
		}
		return 0;
	}
	if (x->lang == TEXT_FR) {
		k = i;
		if (lw_low(x, k, "\xc3\xa0") || (lw_is(x, k, "age") ||
		    lw_is(x, k, "agee") || lw_is(x, k, "ages")))
			k += lw_is(x, k + 1, "de") ? 2 : 1;
		else if (!comma)
			return 0;
		if ((n = lw_count(x, k)) <= 0 || n >= 130 ||
		    lang_unit(x, k + 1) != 'y' || lw_is(x, k + 1, "annee") ||
		    lw_is(x, k + 2, "de") || lw_is(x, k + 2, "d"))
			return 0;
		return k + 2;
	}
	/* German */
	if ((n = lw_count(x, i)) > 0 && n < 130 && lw_p(x, i + 1, "-") &&
	    lw_at(x, i + 2) != NULL && strncmp(lw_at(x, i + 2)->f,
	    "jahrig", 6) == 0)
		return i + 3;
	if ((n = lw_count(x, i)) > 0 && n < 130 && lang_unit(x, i + 1) == 'y'
	    && lw_at(x, i + 2) != NULL && strncmp(lw_at(x, i + 2)->f, "alt",
	    3) == 0)
		return i + 3;
	if (lw_is(x, i, "im") && lw_is(x, i + 1, "alter") && lw_is(x, i + 2,
	    "von") && (n = lw_count(x, i + 3)) > 0 && n < 130)
		return i + 4 + (lang_unit(x, i + 4) == 'y');
	if (comma && i >= x->first + 2 && lw_at(x, i - 2)->cap &&
	    (n = lw_num(x, i)) >= 15 && n < 120 && (lw_p(x, i + 1, ",") ||
	    lw_p(x, i + 1, ")")))
		return i + 1;
	return 0;
}

/* A roman numeral at k ("XIX", "XXe"): its value, else 0. */
static int
roman(const struct lsent *x, guint k)
{
	const struct lw *t = lw_at(x, k);
	const char *s;
	int	 v = 0, p = 0, d;

	if (t == NULL || !t->cap)
		return 0;
	for (s = t->f; *s != '\0'; s++) {
		d = *s == 'i' ? 1 : *s == 'v' ? 5 : *s == 'x' ? 10 : 0;
		if (d == 0)
			break;
		v += d > p && p > 0 ? d - 2 * p : d;
		p = d;
	}
	if (s == t->f || (strcmp(s, "") != 0 && strcmp(s, "e") != 0 &&
	    strcmp(s, "eme") != 0))
		return 0;
	return v > 0 && v <= 21 ? v : 0;
}

/* A decade's number at k ("90", "1990", "noventa", "2000"): its first
 * year, else 0. */
int
lang_decade_at(const struct lsent *x, guint k)
{
	int	v;

	if ((v = lw_year(x, k)) > 0)
		return v % 10 == 0 ? v : 0;
	v = lw_count(x, k);
	return v >= 10 && v <= 90 && v % 10 == 0 ? 1900 + v : 0;
}

/* Decades and centuries. */
guint
lang_decade(const struct lsent *x, guint i, struct cand *c)
{
	const struct lw *t;
	char	 f[24], low[24];
	guint	 k = i;
	int	 y, n;
	size_t	 l;

	c->kind = C_DECADE;
	c->e.precision = EV_YEAR;
	c->e.qualifier = "decade";
	if (lw_is(x, k, "los") || lw_is(x, k, "les") || lw_is(x, k, "la") ||
	    lw_is(x, k, "die") || lw_is(x, k, "den") || lw_is(x, k, "der"))
		k++;
	/* "años noventa", "années 2000", "década de 1990" */
	if ((lw_is(x, k, "anos") || lw_is(x, k, "annees")) &&
	    (y = lang_decade_at(x, k + 1)) > 0) {
		c->e.year = y;
		return k + 2;
	}
	if (lw_is(x, k, "decada") && lw_is(x, k + 1, "de") &&
	    (y = lang_decade_at(x, k + 2 + lw_is(x, k + 2, "los"))) > 0) {
		c->e.year = y;
		return k + 3 + lw_is(x, k + 2, "los");
	}
	/* "siglo XIX", "XIXe siècle", "19. Jahrhundert" */
	if (lw_is(x, k, "siglo") && (n = roman(x, k + 1)) > 0) {
		c->e.year = (n - 1) * 100 + 1;
		c->e.qualifier = "century";
		return k + 2;
	}
	if ((n = roman(x, k)) > 0 && lang_unit(x, k + 1) == 'c') {
		c->e.year = (n - 1) * 100 + 1;
		c->e.qualifier = "century";
		return k + 2;
	}
	if (x->lang == TEXT_DE && (n = lw_num(x, k)) > 0 && n <= 21 &&
	    lw_p(x, k + 1, ".") && lang_unit(x, k + 2) == 'c') {
		c->e.year = (n - 1) * 100 + 1;
		c->e.qualifier = "century";
		return k + 3;
	}
	if (x->lang != TEXT_DE || (t = lw_at(x, k)) == NULL)
		return 0;
	/* "1990er Jahre", "90er-Jahre", "Neunzigerjahren" */
	l = strlen(t->f);
	if (l > 2 && g_ascii_isdigit(t->f[0]) && strcmp(t->f + l - 2,
	    "er") == 0) {
		n = (int)g_ascii_strtoll(t->f, NULL, 10);
		y = n >= 1000 ? n : n < 100 ? 1900 + n : 0;
		if (y == 0 || y % 10 != 0)
			return 0;
		c->e.year = y;
		k++;
		if (lw_p(x, k, "-") && lang_unit(x, k + 1) == 'y')
			return k + 2;
		return k + (lang_unit(x, k) == 'y');
	}
	if (l > 9 && strstr(t->f, "erjahre") != NULL) {
		l = (size_t)(strstr(t->f, "erjahre") - t->f);
		memcpy(f, t->f, l);
		f[l] = '\0';
		g_strlcpy(low, t->low, MIN(sizeof(low), l + 1));
		if ((n = lang_count_word(x, f, low)) >= 10 && n <= 90 &&
		    n % 10 == 0) {
			c->e.year = 1900 + n;
			return k + 1;
		}
	}
	return 0;
}

/* "cada año", "chaque année", "tous les ans", "jedes Jahr", "jährlich". */
guint
lang_generic(const struct lsent *x, guint i, struct cand *c)
{
	static const char *const every[] = {
		"cada", "chaque", "jedes", "jeden", "jede", NULL
	};
	static const char *const all[] = {
		"todos", "todas", "tous", "toutes", NULL
	};
	static const char *const adv[] = {
		"jahrlich", "alljahrlich", "taglich", "monatlich",
		"wochentlich", "anualmente", "annuellement", NULL
	};
	const struct lw *t;
	guint	 k = i + 1;

	c->kind = C_GENERIC;
	if (lw_in(x, i, adv))
		return i + 1;
	if (lw_in(x, i, all) && (lw_is(x, k, "los") || lw_is(x, k, "las") ||
	    lw_is(x, k, "les")))
		k++;
	else if (!lw_in(x, i, every))
		return 0;
	if ((t = lw_at(x, k)) == NULL)
		return 0;
	if (lang_unit(x, k) != 0 || t->month || t->wday ||
	    (strlen(t->f) > 1 && lw_at(x, k)->f[strlen(t->f) - 1] == 's' &&
	    lw_in(x, i, all) && t->f[0] != '\0' && x->lang != TEXT_DE &&
	    (lw_is(x, k, "lundis") || lw_is(x, k, "dimanches"))))
		return k + 1;
	return 0;
}

/* --- what a date is besides --------------------------------------- */

/* A figure nearby: "%", "por ciento", "Prozent", a rate ("par
 * jour"), a number after a hedge ("unos 20.000", "jusqu'à 5 100",
 * "rund 8,4 Milliarden", "mehr als 5000"). */
static int
figure(const struct lsent *x, guint k)
{
	static const char *const pct[] = {
		"prozent", "prozentpunkte", NULL
	};
	static const char *const around[] = {
		"unos", "unas", "cerca", "mas", "casi", "hasta", "environ",
		"pres", "plus", "rund", "etwa", "knapp", "mehr", "bis", "uber",
		"fast", NULL
	};
	static const char *const link[] = {
		"de", "a", "als", "zu", "que", NULL
	};
	guint	 p = k - 1;

	if (lw_p(x, k, "%") || lw_in(x, k, pct))
		return 1;
	if ((lw_is(x, k, "por") && lw_is(x, k + 1, "ciento")) ||
	    (lw_is(x, k, "pour") && lw_is(x, k + 1, "cent")))
		return 1;
	/* "par jour", "al día", "pro Jahr": a rate */
	if ((lw_is(x, k, "par") || lw_is(x, k, "pro") || (lw_is(x, k, "al") &&
	    lw_is(x, k + 1, "dia"))) && lang_unit(x, k + 1) != 0)
		return 1;
	/* a number, not a year nor a day, after a hedge ("jusqu'à" is
	 * one token, "à" folded) */
	if (k >= x->first + 1 && k < x->end && text_tok(x->s->t, k)->kind ==
	    TEXT_NUMBER && lw_year(x, k) == 0 && lang_unit(x, k + 1) == 0 &&
	    (lw_at(x, k + 1) == NULL || lw_at(x, k + 1)->month == 0) &&
	    !lw_p(x, k + 1, ".")) {
		/* "jusqu'à": the elided "à" */
		if (lw_is(x, p, "a") && lw_at(x, p)->elided)
			return 1;
		if (lw_in(x, p, link) && p > x->first)
			p--;
		return lw_in(x, p, around);
	}
	return 0;
}

/* A verb in the present or the perfect before token a: "sont morts
 * depuis 2013", "ist seit 2014", "ha gobernado desde". */
static int
present_before(const struct lsent *x, guint a)
{
	static const char *const aux[] = {
		"es", "son", "esta", "estan", "ha", "han", "sigue", "siguen",
		"est", "sont", "ont", "reste", "restent", "ist", "sind", "hat",
		"haben", "bleibt", "bleiben", NULL
	};
	guint	k;

	for (k = a; k > x->first && k + 10 > a; k--) {
		if (lw_p(x, k - 1, ";") || lw_p(x, k - 1, ","))
			return 0;
		if (lw_in(x, k - 1, aux) || lw_low(x, k - 1, "a"))
			return 1;
	}
	return 0;
}

unsigned
lang_date_kind(const struct lsent *x, const struct cand *c)
{
	static const char *const since[] = {
		"desde", "depuis", "seit", NULL
	};
	static const char *const insert[] = {
		"cuando", "donde", "quand", "lorsque", "ou", "als", "wo", NULL
	};
	const struct text_clause *cl;
	guint	 k, lo, hi;
	int	 cls;

	if (lw_in(x, c->a, since) || (c->a > x->first &&
	    lw_in(x, c->a - 1, since))) {
		cls = time_find_clause(x->s, c->a, c->b);
		cl = cls >= 0 ? text_clause(x->s->t, (guint)cls) : NULL;
		if ((cl != NULL && cl->tense == TT_PRESENT) ||
		    present_before(x, c->a))
			return TIME_DURATION;
	}
	if (c->e.precision == EV_DAY || c->e.year <= 0)
		return 0;
	lo = c->a > x->first + 12 ? c->a - 12 : x->first;
	for (k = c->a; k > lo && !lw_p(x, k - 1, ";"); k--)
		if (figure(x, k - 1))
			return TIME_STATISTIC;
	/* "en 2018, cuando ... boicoteó los comicios, la participación
	 * llegó al 46 %": a clause set in between is passed over */
	k = c->b;
	if (lw_p(x, k, ",") && lw_in(x, k + 1, insert))
		for (hi = k + 30; k + 1 < hi && k + 1 < x->end; k++)
			if (lw_p(x, k + 1, ",") || lw_p(x, k + 1, ";"))
				break;
	for (hi = MIN(x->end, k + 12); k < hi && !lw_p(x, k, ";"); k++)
		if (figure(x, k))
			return TIME_STATISTIC;
	return 0;
}
