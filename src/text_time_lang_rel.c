/* SPDX-License-Identifier: MIT */
/*
 * The temporal expressions of Spanish, French and German prose that
 * are not dates of their own: chains ("al día siguiente", "le
 * lendemain", "zwei Tage später", "la même année"), durations
 * ("durante tres meses", "depuis trois ans", "seit Monaten"), ages
 * ("de 65 años", ", 64 ans,", "der 71-Jährige"), decades ("los años
 * noventa", "les années 2000", "in den Neunzigerjahren", "au XIXe
 * siècle"), generic times ("cada año", "chaque année", "jedes Jahr"),
 * ranges ("de 2014 à 2016", "del 1 al 3 de mayo"), the day of the
 * telling ("hoy", "aujourd'hui", "heute"); and what a date is besides
 * (a figure by year, a state since then).  Each pattern looks at a
 * few tokens from one position.
 */
#include <string.h>

#include <glib.h>

#include "text_time_lang_int.h"

/* Token k is w: its folded word, else its punctuation. */
static int
tok_eq(const struct lsent *x, guint k, const char *w)
{
	const struct lw *t = lw_at(x, k);

	if (t == NULL)
		return 0;
	return t->f[0] != '\0' ? strcmp(t->f, w) == 0 : lw_p(x, k, w);
}

/* The words of phrase p (space-separated) from token k: the token
 * after them, or 0. */
static guint
phrase(const struct lsent *x, guint k, const char *p)
{
	char	 w[24];
	size_t	 n;

	while (*p != '\0') {
		n = strcspn(p, " ");
		if (n >= sizeof(w))
			return 0;
		memcpy(w, p, n);
		w[n] = '\0';
		if (!tok_eq(x, k, w))
			return 0;
		k++;
		p += n;
		while (*p == ' ')
			p++;
	}
	return k;
}

/* --- counts ------------------------------------------------------- */

/* Vague counts: "varios", "plusieurs", "mehrere". */
static const char *const vague[] = {
	"varios", "varias", "algunos", "algunas", "pocos", "pocas",
	"muchos", "muchas", "unos", "unas", "quelques", "plusieurs",
	"nombreux", "nombreuses", "longs", "longues", "einige", "einigen",
	"mehrere", "mehreren", "wenige", "wenigen", "viele", "vielen",
	"des", NULL
};
static const char *const hedges[] = {
	"casi", "apenas", "aproximadamente", "alrededor", "environ",
	"presque", "quelque", "pres", "gut", "knapp", "rund", "etwa", "fast",
	"beinahe", "nahezu", "uber", "cerca", "plus", "mas", "mehr", "menos",
	"moins", "weniger", "algo", "poco", "seulement", "nur", "solo",
	"bien", "unos", "unas", NULL
};

/*
 * A count before a unit at token k: "dos", "18", "unos", "plusieurs",
 * "un peu plus d'un", "mehr als 16"; *n its value (0 vague), *next
 * the unit's token.  "medio siglo", "un demi-siècle" count 50 years.
 */
static int
count_at(const struct lsent *x, guint k, int *n, guint *next)
{
	guint	j = k;
	int	v;

	if (lw_is(x, j, "un") && lw_is(x, j + 1, "peu"))
		j += 2;
	while (j < k + 4 && lw_in(x, j, hedges) && !(lw_is(x, j, "unos") &&
	    lang_unit(x, j + 1) != 0) && !(lw_is(x, j, "unas") &&
	    lang_unit(x, j + 1) != 0)) {
		j++;
		if (lw_is(x, j, "de") || lw_is(x, j, "d") || lw_is(x, j,
		    "als") || lw_is(x, j, "que"))
			j++;
	}
	if ((lw_is(x, j, "de") || lw_is(x, j, "des")) && lw_in(x, j + 1,
	    vague))
		j++;			/* "de longs mois" */
	if (lw_in(x, j, vague)) {
		*n = 0;
		*next = j + 1;
		return 1;
	}
	if (lw_year(x, j) > 0)
		return 0;
	if ((v = lw_count(x, j)) > 0) {
		*n = v;
		*next = j + 1;
		return 1;
	}
	return 0;
}

/* The token after the hedges from k ("más de", "plus", "knapp"). */
static guint
hedge_skip(const struct lsent *x, guint k)
{
	guint	j = k;

	while (j < k + 4 && lw_in(x, j, hedges)) {
		j++;
		if (lw_is(x, j, "de") || lw_is(x, j, "d") || lw_is(x, j,
		    "als") || lw_is(x, j, "que"))
			j++;
	}
	return j;
}

/* "medio siglo", "demi-siècle", "halben Jahrhundert" at k: the token
 * after, else 0. */
static guint
half_century(const struct lsent *x, guint k)
{
	if (lw_is(x, k, "un") || lw_is(x, k, "einem") || lw_is(x, k, "ein"))
		k++;
	if (lw_is(x, k, "medio") && lang_unit(x, k + 1) == 'c')
		return k + 2;
	if (lw_is(x, k, "demi") && lw_p(x, k + 1, "-") &&
	    lang_unit(x, k + 2) == 'c')
		return k + 3;
	if ((lw_is(x, k, "halben") || lw_is(x, k, "halbes")) &&
	    lang_unit(x, k + 1) == 'c')
		return k + 2;
	return 0;
}

/* --- patterns ----------------------------------------------------- */

/* Articles and prepositions before a chain: "al", "le", "am". */
static const char *const chain_pre[] = {
	"el", "la", "al", "del", "ese", "esa", "aquel", "aquella", "le",
	"au", "du", "ce", "cet", "cette", "am", "im", "an", "in", "der",
	"dem", "den", "noch", "des", "en", "dans", "por", "de", "a", "los",
	"las", "les", NULL
};

/* Fixed chains: the words after the article, and what they move;
 * "por:la tarde" wants "por" before "la tarde" ("la tarde" alone may
 * be a subject). */
struct fixed {
	enum text_lang	 lang;
	const char	*words;
	enum chain_kind	 ch;
	int		 n, unit;
	enum ev_precision cap;
};

static const struct fixed fixed[] = {
	{ TEXT_ES, "dia siguiente", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_ES, "dia anterior", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_ES, "vispera", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_ES, "ano siguiente", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_ES, "ano anterior", CH_SHIFT, -1, 'y', EV_YEAR },
	{ TEXT_ES, "mes siguiente", CH_SHIFT, 1, 'm', EV_MONTH },
	{ TEXT_ES, "mes anterior", CH_SHIFT, -1, 'm', EV_MONTH },
	{ TEXT_ES, "semana siguiente", CH_SHIFT, 1, 'w', EV_DAY },
	{ TEXT_ES, "dias siguientes", CH_SAME, 0, 'd', EV_MONTH },
	{ TEXT_ES, "mismo dia", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "mismo ano", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_ES, "mismo mes", CH_SAME, 0, 'm', EV_MONTH },
	{ TEXT_ES, "misma noche", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "misma manana", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "misma tarde", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "de:madrugada", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "por:la tarde", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "por:la noche", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_ES, "por:la manana", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "lendemain", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_FR, "surlendemain", CH_SHIFT, 2, 'd', EV_DAY },
	{ TEXT_FR, "veille", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_FR, "avant - veille", CH_SHIFT, -2, 'd', EV_DAY },
	{ TEXT_FR, "annee suivante", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_FR, "an suivant", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_FR, "annee precedente", CH_SHIFT, -1, 'y', EV_YEAR },
	{ TEXT_FR, "mois suivant", CH_SHIFT, 1, 'm', EV_MONTH },
	{ TEXT_FR, "mois precedent", CH_SHIFT, -1, 'm', EV_MONTH },
	{ TEXT_FR, "semaine suivante", CH_SHIFT, 1, 'w', EV_DAY },
	{ TEXT_FR, "jour suivant", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_FR, "jours suivants", CH_SAME, 0, 'd', EV_MONTH },
	{ TEXT_FR, "meme annee", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_FR, "meme mois", CH_SAME, 0, 'm', EV_MONTH },
	{ TEXT_FR, "meme jour", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "meme soir", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "jour meme", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "soir meme", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "jour - la", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "soir - la", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "nuit - la", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "annee - la", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_FR, "mois - la", CH_SAME, 0, 'm', EV_MONTH },
	{ TEXT_FR, "dans:la soiree", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "dans:la nuit", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_FR, "dans:la matinee", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "nachsten tag", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "folgenden tag", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "folgetag", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "tag darauf", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "tags darauf", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "tag danach", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "tag zuvor", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_DE, "tag davor", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_DE, "vortag", CH_SHIFT, -1, 'd', EV_DAY },
	{ TEXT_DE, "folgejahr", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_DE, "folgenden jahr", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_DE, "jahr darauf", CH_SHIFT, 1, 'y', EV_YEAR },
	{ TEXT_DE, "vorjahr", CH_SHIFT, -1, 'y', EV_YEAR },
	{ TEXT_DE, "folgemonat", CH_SHIFT, 1, 'm', EV_MONTH },
	{ TEXT_DE, "folgenden woche", CH_SHIFT, 1, 'w', EV_DAY },
	{ TEXT_DE, "folgenden tagen", CH_SAME, 0, 'd', EV_MONTH },
	{ TEXT_DE, "selben tag", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "gleichen tag", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "selben abend", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "derselben nacht", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "selben nacht", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "selben jahr", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_DE, "gleichen jahr", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_DE, "selben monat", CH_SAME, 0, 'm', EV_MONTH },
	{ TEXT_DE, "diesem tag", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "jenem tag", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "jenem jahr", CH_SAME, 0, 'y', EV_YEAR },
	{ TEXT_DE, "in:der nacht", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "am:abend", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "am:morgen", CH_SAME, 0, 'd', EV_DAY },
	{ TEXT_DE, "am:tag nach", CH_SHIFT, 1, 'd', EV_DAY },
	{ TEXT_DE, "am:tag vor", CH_SHIFT, -1, 'd', EV_DAY },
};

/*
 * The noun a chain counts from, after its token r: "du coup d'Etat",
 * "de la votación", "nach den Explosionen": the noun's token (its
 * determiner before it, as text_time_chain.c reads it), else 0.
 */
static guint
noun_after(const struct lsent *x, guint r)
{
	static const char *const of[] = {
		"de", "del", "du", "des", "nach", "vor", NULL
	};
	static const char *const det[] = {
		"la", "el", "los", "las", "le", "les", "l", "dem", "den", "der",
		"des", "del", "du", NULL
	};

	if (!lw_in(x, r, of))
		return 0;
	if (lw_in(x, r + 1, det) && lw_at(x, r + 2) != NULL &&
	    lw_at(x, r + 2)->f[0] != '\0')
		return r + 2;
	if ((lw_is(x, r, "du") || lw_is(x, r, "del") || lw_is(x, r, "des")) &&
	    lw_at(x, r + 1) != NULL && lw_at(x, r + 1)->f[0] != '\0' &&
	    !lw_at(x, r + 1)->cap)
		return r + 1;
	return 0;
}

static guint
set_chain(struct cand *c, enum chain_kind ch, int n, int unit,
    enum ev_precision cap, guint next)
{
	c->kind = C_CHAIN;
	c->ch = ch;
	c->n = n;
	c->unit = unit;
	c->cap = cap;
	return next;
}

/* "ese mismo año", "esa noche", "aquel día": the story's day, month
 * or year. */
static guint
that_unit(const struct lsent *x, guint k, struct cand *c)
{
	static const char *const dem[] = {
		"ese", "esa", "aquel", "aquella", NULL
	};
	int	u;

	if (x->lang != TEXT_ES || !lw_in(x, k, dem))
		return 0;
	k++;
	if (lw_is(x, k, "mismo") || lw_is(x, k, "misma"))
		k++;
	if ((u = lang_unit(x, k)) == 0 || u == 'h' || u == 'D' || u == 'c')
		return 0;
	return set_chain(c, CH_SAME, 0, u, u == 'y' ? EV_YEAR : u == 'm' ?
	    EV_MONTH : EV_DAY, k + 1);
}

/* A count and its unit, then "después", "plus tard", "später"... */
static guint
count_chain(const struct lsent *x, guint i, struct cand *c)
{
	static const char *const after[] = {
		"despues", "luego", "apres", "spater", "danach", "darauf",
		NULL
	};
	static const char *const before[] = {
		"antes", "auparavant", "avant", "zuvor", "vorher", "fruher",
		NULL
	};
	struct cand d;
	guint	 k = i, j;
	int	 n, u, sign, nach = 0;

	if (x->lang == TEXT_DE && lw_is(x, k, "nach") && !lw_is(x, k + 1,
	    "den") && !lw_is(x, k + 1, "dem")) {
		nach = 1;
		k++;
	}
	if (!count_at(x, k, &n, &j)) {
		if (lang_unit(x, k) == 0)
			return 0;
		n = 0;
		j = k;
	}
	if ((u = lang_unit(x, j)) == 0 || u == 'p' || u == 'c')
		return 0;
	j++;
	if (nach)
		sign = 1;
	else if (lw_in(x, j, after) || ((lw_is(x, j, "mas") ||
	    lw_is(x, j, "plus")) && lw_is(x, j + 1, "tard")))
		sign = 1;
	else if (lw_in(x, j, before) || (lw_is(x, j, "plus") &&
	    lw_is(x, j + 1, "tot")))
		sign = -1;
	else if (x->lang == TEXT_DE && (lw_is(x, j, "vor") || lw_is(x, j,
	    "nach")) && (lw_is(x, j + 1, "dem") || lw_is(x, j + 1, "der") ||
	    lw_is(x, j + 1, "den")))
		sign = lw_is(x, j, "vor") ? -1 : 1;
	else
		return 0;
	/* "nach mehr als 16 Stunden Verhandlungen": how long */
	if (nach && lw_at(x, j) != NULL && lw_at(x, j)->cap &&
	    lang_date(x, j, &d) <= j) {
		c->kind = C_DURATION;
		return j;
	}
	if (!nach)
		j += lw_is(x, j, "mas") || lw_is(x, j, "plus") ? 2 : 1;
	/*
	 * "aterrizó el martes, dos días después de renunciar", "llega
	 * una semana después de que ...": a clause after it, the
	 * sentence's verb before; the clause's act is so much before
	 * the time of the sentence (the story's point).
	 */
	if (sign > 0 && i > x->first + 1 && (lw_is(x, j, "de") ||
	    lw_is(x, j, "que")) && lw_at(x, j + 1) != NULL &&
	    !lw_in(x, j + 1, chain_pre) && !lw_at(x, j + 1)->cap &&
	    lw_at(x, j + 1)->f[0] != '\0')
		sign = -1;
	c->noun = noun_after(x, j - 1);
	if (c->noun == 0)
		c->noun = noun_after(x, j);
	if (u == 'h')
		return set_chain(c, CH_SAME, 0, 'd', EV_DAY, j);
	if (n <= 0)
		return set_chain(c, u == 'y' || u == 'D' ? CH_NONE : CH_SAME,
		    0, u, u == 'm' ? EV_YEAR : EV_MONTH, j);
	return set_chain(c, CH_SHIFT, sign * n, u, EV_DAY, j);
}

/* Chains: fixed phrases, "ese mismo año", counts with "later". */
static guint
o_chain(const struct lsent *x, guint i, struct cand *c)
{
	const struct fixed *f;
	struct cand d;
	const char *w, *q;
	char	 need[8];
	guint	 j, r;
	size_t	 k;
	int	 n;

	if ((r = count_chain(x, i, c)) > i)
		return r;
	for (j = i; j < i + 3 && j < x->end; j++) {
		if ((r = that_unit(x, j, c)) > j)
			return r;
		/* "am zweiten Tag nach", "le deuxième jour après": so
		 * many days after the act named */
		if ((n = lw_ordinal(x, j)) > 0 && lang_unit(x, j + 1) == 'd' &&
		    (lw_is(x, j + 2, "nach") || lw_is(x, j + 2, "apres") ||
		    lw_is(x, j + 2, "despues"))) {
			c->noun = noun_after(x, j + 2 + lw_is(x, j + 3, "de"));
			return set_chain(c, CH_SHIFT, n, 'd', EV_DAY, j + 3);
		}
		for (k = 0; k < G_N_ELEMENTS(fixed); k++) {
			f = &fixed[k];
			if (f->lang != x->lang)
				continue;
			w = f->words;
			if ((q = strchr(w, ':')) != NULL) {
				if ((size_t)(q - w) >= sizeof(need) || j == i)
					continue;
				memcpy(need, w, (size_t)(q - w));
				need[q - w] = '\0';
				if (!lw_is(x, j - 1, need))
					continue;
				w = q + 1;
			}
			if ((r = phrase(x, j, w)) == 0)
				continue;
			/* "am Abend des 26. September", "de madrugada el
			 * domingo": the date's own part of the day */
			if (lw_is(x, r, "des") || lw_is(x, r, "del") ||
			    lw_is(x, r, "zum") || lw_is(x, r, "vom") ||
			    lang_date(x, r, &d) > r)
				continue;
			/* "am Tag nach den Explosionen": before a noun */
			if ((strcmp(w, "tag nach") == 0 ||
			    strcmp(w, "tag vor") == 0) && !lw_is(x, r, "dem") &&
			    !lw_is(x, r, "den") && !lw_is(x, r, "der"))
				continue;
			if ((c->noun = noun_after(x, r)) == 0)
				c->noun = noun_after(x, r - 1);
			return set_chain(c, f->ch, f->n, f->unit, f->cap, r);
		}
		if (!lw_in(x, j, chain_pre))
			break;
	}
	return 0;
}

/* "hoy", "esta mañana", "aujourd'hui", "ce matin", "heute Morgen". */
static guint
o_today(const struct lsent *x, guint i, struct cand *c)
{
	static const char *const until[] = {
		"hasta", "bis", "seit", "von", NULL
	};
	guint	j;

	if (lw_is(x, i, "hoy") || lw_is(x, i, "heute") || lw_is(x, i,
	    "aujourd\xe2\x80\x99hui") || lw_is(x, i, "aujourd'hui"))
		j = i + 1;
	else if ((lw_is(x, i, "esta") || lw_is(x, i, "ce") || lw_is(x, i,
	    "cet")) && lang_unit(x, i + 1) == 'p')
		j = i + 2;
	else if (lw_is(x, i, "cet") && lw_is(x, i + 1, "apres") &&
	    lw_p(x, i + 2, "-") && lw_is(x, i + 3, "midi"))
		j = i + 4;
	else
		return 0;
	if (i > x->first && (lw_in(x, i - 1, until) || (lw_is(x, i - 1,
	    "a") && lw_at(x, i - 1)->elided) || lw_is(x, i - 1, "de")))
		return 0;
	if (lw_is(x, i, "heute") && lang_unit(x, j) == 'p')
		j++;			/* "heute Morgen" */
	c->kind = C_TODAY;
	return j;
}

/* The end of a range at k (a year, a day and month, a month): the
 * date in e, the token after; 0 if none. */
static guint
range_end(const struct lsent *x, guint k, struct cand *e)
{
	guint	r;

	if ((r = lang_date(x, k, e)) > k && e->kind == C_DATE &&
	    e->e.year > 0)
		return r;
	return 0;
}

/* "de 2014 à 2016", "entre 2019 et 2021", "von 2014 bis 2016",
 * "2019-2021", "del 1 al 3 de mayo", "de mayo a julio de 2022". */
static guint
o_range(const struct lsent *x, guint i, struct cand *c)
{
	static const char *const from[] = {
		"de", "del", "desde", "entre", "du", "depuis", "von", "vom",
		"zwischen", NULL
	};
	static const char *const to[] = {
		"a", "al", "y", "hasta", "au", "et", "bis", "und", "zum", NULL
	};
	struct cand e;
	guint	 k = i, r;
	int	 y1, d1 = 0, m1 = 0, z;

	if (lw_in(x, k, from))
		k++;
	if ((y1 = lw_year(x, k)) > 0) {
		if ((lw_p(x, k + 1, "-") || lw_p(x, k + 1,
		    "\xe2\x80\x93")) && (z = lw_year(x, k + 2)) > y1 &&
		    z - y1 < 100) {
			r = k + 3;
		} else if ((lw_p(x, k + 1, "-") && lw_at(x, k)->tight &&
		    lw_at(x, k + 1)->tight && lw_at(x, k + 2) != NULL &&
		    lw_at(x, k + 2)->nd == 2 && (z = y1 / 100 * 100 +
		    lw_num(x, k + 2)) > y1)) {
			r = k + 3;
		} else if (k > i && (lw_in(x, k + 1, to) ||
		    (lw_at(x, k + 1) != NULL && lw_at(x, k + 1)->elided &&
		    lw_is(x, k + 1, "en"))) && (z = lw_year(x, k + 2)) > y1) {
			r = k + 3;
		} else
			return 0;
		if ((lw_is(x, k + 1, "y") || lw_is(x, k + 1, "et") ||
		    lw_is(x, k + 1, "und")) && !lw_is(x, i, "entre") &&
		    !lw_is(x, i, "zwischen"))
			return 0;
		c->kind = C_RANGE;
		ld_ymd(c, y1, 0, 0);
		c->e.flags |= DATE_EXPLICIT_YEAR;
		c->end_year = z;
		c->end_prec = EV_YEAR;
		return r;
	}
	if (k == i)
		return 0;
	/* "del 1 al 3 de mayo", "du 1er au 3 mai", "vom 1. bis 3. Mai" */
	if (lw_is(x, k, "el") || lw_is(x, k, "le"))
		k++;
	if ((d1 = lw_num(x, k)) >= 1 && d1 <= 31 && lw_at(x, k)->nd <= 2)
		k += x->lang == TEXT_DE && lw_p(x, k + 1, ".") ? 2 : 1;
	else if (lw_is(x, k, "1er"))
		d1 = 1, k++;
	else if (lw_at(x, k) != NULL && (m1 = lw_at(x, k)->month) > 0)
		k++;
	else
		return 0;
	if (!lw_in(x, k, to))
		return 0;
	if ((lw_is(x, k, "y") || lw_is(x, k, "et") || lw_is(x, k, "und")) &&
	    !lw_is(x, i, "entre") && !lw_is(x, i, "zwischen"))
		return 0;
	k++;
	if (lw_is(x, k, "el") || lw_is(x, k, "le"))
		k++;
	cand_init(&e, C_DATE, k, k);
	if ((r = range_end(x, k, &e)) == 0)
		return 0;
	if (d1 > 0 && (e.e.precision != EV_DAY || d1 >= e.e.day))
		return 0;
	if (m1 > 0 && (e.e.precision != EV_MONTH || m1 == e.e.month))
		return 0;
	*c = e;
	c->kind = C_RANGE;
	c->end_year = e.e.year;
	c->end_month = e.e.month;
	c->end_day = e.e.day;
	c->end_prec = e.e.precision;
	if (d1 > 0)
		c->e.day = d1;
	else {
		c->e.month = m1;
		if (m1 > e.e.month)
			c->e.year--;
	}
	return r;
}

/* The unit at k is a plural: "años", "mois", "Monaten", "Jahre". */
static int
plural(const struct lsent *x, guint k)
{
	const struct lw *t = lw_at(x, k);
	size_t	 n;

	if (t == NULL || (n = strlen(t->f)) < 2)
		return 0;
	if (x->lang == TEXT_DE)
		return t->f[n - 1] == 'n' || (t->f[n - 1] == 'e' &&
		    !lw_is(x, k, "woche") && !lw_is(x, k, "stunde") &&
		    !lw_is(x, k, "minute"));
	return t->f[n - 1] == 's' || lw_is(x, k, "mois");
}

/* Durations: "durante tres meses", "pendant deux ans", "seit zwei
 * Jahren", "desde hace semanas", "plus d'un demi-siècle", "18 mois",
 * "wochenlang", "in den vergangenen Wochen". */
static guint
o_duration(const struct lsent *x, guint i, struct cand *c)
{
	static const char *const lead[] = {
		"durante", "pendant", "durant", "seit", "binnen", "wahrend",
		"fur", "depuis", "en", "por", "innerhalb", "plazo", "lang",
		NULL
	};
	static const char *const past[] = {
		"ultimos", "ultimas", "ultima", "ultimo", "dernieres",
		"derniers", "vergangenen", "letzten", NULL
	};
	static const char *const spans[] = {
		"jahrelang", "monatelang", "wochenlang", "tagelang",
		"stundenlang", "jahrzehntelang", NULL
	};
	const struct lw *t;
	guint	 k = i, j;
	int	 n, u;

	c->kind = C_DURATION;
	if ((t = lw_at(x, i)) != NULL && t->f[0] != '\0') {
		for (j = 0; spans[j] != NULL; j++)
			if (strncmp(t->f, spans[j], strlen(spans[j])) == 0)
				return i + 1;
	}
	if ((j = half_century(x, hedge_skip(x, i))) > 0)
		return j;
	if (lw_in(x, k, lead) || (lw_is(x, k, "desde") && lw_is(x, k + 1,
	    "hace"))) {
		k += lw_is(x, k, "desde") ? 2 : 1;
		if (lw_is(x, k, "von") || lw_is(x, k, "de") || lw_is(x, k,
		    "des") || lw_is(x, k, "los") || lw_is(x, k, "las") ||
		    lw_is(x, k, "un") || lw_is(x, k, "una"))
			k += !(lw_count(x, k) > 0 && lang_unit(x, k + 1));
		if ((j = half_century(x, k)) > 0)
			return j;
		if (!count_at(x, k, &n, &j))
			j = k;
		/* "en los años noventa": a decade */
		if (lang_unit(x, j) == 'y' && lang_decade_at(x, j + 1) > 0)
			return 0;
		/* "durante años", "seit Monaten": no count, a plural */
		if ((u = lang_unit(x, j)) != 0 && u != 'p' && (j > k ||
		    plural(x, j)))
			return j + 1;
		k = i;
	}
	/* "los últimos años", "ces dernières semaines", "in den
	 * vergangenen Wochen" */
	if (lw_is(x, k, "in") || lw_is(x, k, "en") || lw_is(x, k, "ces"))
		k++;
	if (lw_is(x, k, "los") || lw_is(x, k, "las") || lw_is(x, k, "la") ||
	    lw_is(x, k, "den") || lw_is(x, k, "les"))
		k++;
	if (lw_in(x, k, past)) {
		j = k + 1;
		(void)count_at(x, j, &n, &j);	/* "los últimos tres años" */
		/* not "im letzten Jahr", a date: a plural or a decade */
		if ((u = lang_unit(x, j)) != 0 && u != 'p' && (plural(x, j) ||
		    u == 'D'))
			return j + 1;
	}
	/* a count and its unit: "cuatro años de negociación", "18 mois",
	 * "mehr als 16 Stunden", "de quatre à six mois" */
	k = i;
	if (lw_num(x, k) >= 0 || lw_count(x, k) > 0 || lw_in(x, k, hedges) ||
	    lw_in(x, k, vague)) {
		if (count_at(x, k, &n, &j) && (lw_low(x, j, "\xc3\xa0") ||
		    lw_is(x, j, "a") || lw_is(x, j, "bis")) &&
		    lw_count(x, j + 1) > 0)
			j += 2;		/* "quatre à six mois" */
		else if (!count_at(x, k, &n, &j))
			return 0;
		if ((u = lang_unit(x, j)) != 0 && u != 'p')
			return j + 1;
	}
	return 0;
}

guint
lang_other(const struct lsent *x, guint i, struct cand *c)
{
	static guint (*const fns[])(const struct lsent *, guint,
	    struct cand *) = {
		o_range, lang_age, lang_decade, lang_generic, o_today, o_chain,
		o_duration
	};
	size_t	k;
	guint	j;

	for (k = 0; k < G_N_ELEMENTS(fns); k++) {
		cand_init(c, C_DATE, i, i);
		c->prio = 2;
		if ((j = fns[k](x, i, c)) > i)
			return j;
	}
	return 0;
}

