/* SPDX-License-Identifier: MIT */
/* The head of a plain text: its date line and a wire dateline. */
#include <string.h>

#include <glib.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "extract_date.h"
#include "textfmt.h"

/* A date line is at most this long; its by-line part at most BY_WORDS
 * words. */
#define DATE_LINE_MAX	120
#define BY_WORDS	8
/* A dateline ends within DATELINE_MAX bytes, in at most DL_WORDS
 * words before its dash. */
#define DATELINE_MAX	80
#define DL_WORDS	8

static int	date_part(const char *, size_t, int *, int *, int *);
static int	icu_date(const char *, size_t, int *, int *, int *);
static int	by_part(const char *, size_t);
static size_t	dash_at(const char *, size_t, size_t);

/*
 * The line s[0, n) is a date line: a date alone ("14 July 2015", "3 de
 * mayo de 2021", "Le 12 mars 2019", "12. März 2019", "2015-07-14"), or a
 * by-line and a date parted by '|', '·' or a spaced dash ("By Staff
 * Reporter | 14 July 2015").  The date names its day, month and year.
 * Returns 1 and sets *y, *m, *d, else 0.
 */
int
textfmt_date_line(const char *s, size_t n, int *y, int *m, int *d)
{
	static const char *const seps[] = {
		"|", "\xC2\xB7", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
		NULL
	};
	const char	*p, *best = NULL;
	size_t		 k, blen = 0;

	if (n == 0 || n > DATE_LINE_MAX)
		return 0;
	if (date_part(s, n, y, m, d))
		return 1;
	/* the last separator: a date after it, a by-line before */
	for (k = 0; seps[k] != NULL; k++)
		for (p = s; (p = g_strstr_len(p, s + n - p, seps[k])) != NULL;
		    p += strlen(seps[k]))
			if (p > best) {
				best = p;
				blen = strlen(seps[k]);
			}
	if (best == NULL)
		return 0;
	if (date_part(best + blen, s + n - best - blen, y, m, d) &&
	    by_part(s, best - s))
		return 1;
	/* "14 July 2015 | By Staff Reporter" */
	return date_part(s, best - s, y, m, d) &&
	    by_part(best + blen, s + n - best - blen);
}

/* s[0, n) is a short by-line: a few words, no sentence. */
static int
by_part(const char *s, size_t n)
{
	size_t	 k, words = 0;

	for (k = 0; k < n; k++) {
		if (s[k] == '.' && (k + 1 == n || s[k + 1] == ' ') && k > 1 &&
		    g_ascii_islower(s[k - 1]) && g_ascii_islower(s[k - 2]))
			return 0;
		if (!g_ascii_isspace(s[k]) && (k == 0 ||
		    g_ascii_isspace(s[k - 1])))
			words++;
	}
	return words > 0 && words <= BY_WORDS;
}

/* s[0, n) is a date to the day, after a leading "Le", "El", "Am" or
 * "On" (as French, Spanish, German and English date lines write it). */
static int
date_part(const char *s, size_t n, int *y, int *m, int *d)
{
	static const char *const lead[] = { "le ", "el ", "am ", "on ", NULL };
	struct date_expr e;
	char		*t;
	size_t		 k;
	int		 ok;

	while (n > 0 && g_ascii_isspace(*s)) {
		s++;
		n--;
	}
	while (n > 0 && g_ascii_isspace(s[n - 1]))
		n--;
	for (k = 0; lead[k] != NULL; k++)
		if (n > 3 && g_ascii_strncasecmp(s, lead[k], 3) == 0) {
			s += 3;
			n -= 3;
			break;
		}
	if (n < 6 || (!g_ascii_isdigit(*s) && !g_ascii_isalpha(*s) &&
	    (guchar)*s < 0x80))
		return 0;
	t = g_strndup(s, n);
	ok = extract_date_parse(t, &e) && e.precision == EV_DAY &&
	    e.year > 0;
	g_free(t);
	if (ok) {
		*y = e.year;
		*m = e.month;
		*d = e.day;
		return 1;
	}
	return icu_date(s, n, y, m, d);
}

/*
 * The date s[0, n) in the long or medium form of Spanish, French or
 * German ("3 de mayo de 2021", "12 mars 2019", "12. März 2019",
 * "12.03.2019"), read by ICU's date parser; the whole of s must be read.
 */
static int
icu_date(const char *s, size_t n, int *y, int *m, int *d)
{
	static const char *const locs[] = { "es", "fr", "de" };
	static const UDateFormatStyle styles[] = { UDAT_LONG, UDAT_MEDIUM };
	UChar		 u[DATE_LINE_MAX + 1];
	UChar		 zone[] = { 'U', 'T', 'C', 0 };
	UErrorCode	 e = U_ZERO_ERROR;
	UDateFormat	*df;
	UCalendar	*cal;
	int32_t		 len, pos;
	size_t		 i, j;
	int		 ok = 0;

	/* the day is in digits in each of these forms: a line without a
	 * digit is no such date, and opening six parsers (some 400 000
	 * instructions each) is not worth it */
	for (i = 0; i < n && !g_ascii_isdigit(s[i]); i++)
		;
	if (i == n)
		return 0;
	u_strFromUTF8(u, G_N_ELEMENTS(u), &len, s, (int32_t)n, &e);
	if (U_FAILURE(e) || len <= 0 || len >= (int32_t)G_N_ELEMENTS(u))
		return 0;
	for (i = 0; i < G_N_ELEMENTS(locs) && !ok; i++)
		for (j = 0; j < G_N_ELEMENTS(styles) && !ok; j++) {
			e = U_ZERO_ERROR;
			df = udat_open(UDAT_NONE, styles[j], locs[i], zone,
			    -1, NULL, 0, &e);
			if (U_FAILURE(e))
				continue;
			udat_setLenient(df, FALSE);	/* no "32 March" */
			cal = ucal_open(zone, -1, locs[i], UCAL_GREGORIAN, &e);
			if (U_SUCCESS(e)) {
				ucal_clear(cal);
				pos = 0;
				udat_parseCalendar(df, cal, u, len, &pos, &e);
				if (U_SUCCESS(e) && pos == len) {
					*y = ucal_get(cal, UCAL_YEAR, &e);
					*m = ucal_get(cal, UCAL_MONTH, &e) + 1;
					*d = ucal_get(cal, UCAL_DATE, &e);
					ok = U_SUCCESS(e) && *y > 0 &&
					    g_date_valid_dmy(*d, *m, *y);
				}
				ucal_close(cal);
			}
			udat_close(df);
		}
	return ok;
}

/* The dash ending a dateline at s[k]: "-", "--", an en or em dash
 * after a space, ')' or '.', before a space; its length, or 0. */
static size_t
dash_at(const char *s, size_t n, size_t k)
{
	size_t	 l = 0;

	if (k == 0 || (s[k - 1] != ' ' && s[k - 1] != ')' && s[k - 1] != '.'))
		return 0;
	if (s[k] == '-')
		l = k + 1 < n && s[k + 1] == '-' ? 2 : 1;
	else if (n - k >= 3 && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
	    memcmp(s + k, "\xE2\x80\x94", 3) == 0))
		l = 3;
	return l > 0 && k + l < n && s[k + l] == ' ' ? l : 0;
}

/*
 * Length of the wire dateline at the start of s[0, n), up to and with
 * the spaces after its dash, or 0: a place in capitals or an agency in
 * brackets, and a dash ("VIENNA (AP) -- ", "MOSCOW, March 18 (Reuters)
 * - ", "Bogotá, 25 nov (EFE).- ", "VIENNA -- ").  Before the dash: at
 * most DL_WORDS words, the first capitalised, no sentence end.
 */
size_t
textfmt_dateline(const char *s, size_t n)
{
	size_t		 k, l = 0, words = 0, caps = 0, first = 0;
	int		 agency = 0, inword = 0, open = 0;

	n = MIN(n, DATELINE_MAX);
	if (n == 0 || !g_unichar_isupper(g_utf8_get_char_validated(s, n)))
		return 0;
	for (k = 0; k < n; k++) {
		if ((l = dash_at(s, n, k)) > 0)
			break;
		if (s[k] == '(')
			open = 1;
		else if (s[k] == ')' && open) {
			agency = 1;
			open = 0;
		} else if (s[k] == '.' && k + 1 < n && s[k + 1] == ' ' &&
		    k > 1 && g_ascii_islower(s[k - 1]) &&
		    g_ascii_islower(s[k - 2]) && !open)
			return 0;	/* a sentence, not a place */
		if (g_ascii_isspace(s[k]) || s[k] == '(' || s[k] == ',')
			inword = 0;
		else if (!inword) {
			inword = 1;
			words++;
		}
		/* the first word in capitals: "VIENNA", "MOSCOW," */
		if (words == 1 && inword && g_ascii_isalpha(s[k])) {
			first++;
			caps += g_ascii_isupper(s[k]) != 0;
		}
	}
	if (l == 0 || words == 0 || words > DL_WORDS ||
	    (!agency && (first < 2 || caps != first)))
		return 0;
	for (k += l; k < n && s[k] == ' '; k++)
		continue;
	return k;
}
