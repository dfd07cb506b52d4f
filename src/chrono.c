/* SPDX-License-Identifier: MIT */
/* The chronology: dated events of the body, front matter and document. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "chrono.h"
#include "chrono_int.h"
#include "json.h"
#include "extract_date.h"
#include "msg.h"
#include "source.h"
#include "text.h"

/*
 * The events of the body come from the text layer (chrono_event.c);
 * here they meet the front matter's `chronology:` and the briefing's
 * own entry, are sorted, and the same event said twice is folded.
 */

#define MERGE_MAX	3	/* entries of one date compared at most */
#define WORD_MAX	32	/* longest word compared */

static void	 merge(GPtrArray *, int);
static void	 event_free(gpointer);

static const char *const month_short[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};
/* Words that say nothing of what an entry is about. */
static const char *const function_words[] = {
	"the", "and", "for", "with", "from", "into", "that", "this", "these",
	"those", "its", "his", "her", "their", "was", "were", "has", "have",
	"had", "been", "will", "would", "after", "before", "over", "about",
	"than", "who", "which", "when", "while", "not", "but", NULL
};

/* --- events ------------------------------------------------------- */

struct event *
chrono_event_add(GPtrArray *events, int y, int m, int d, enum ev_precision p,
    const char *q, char *text, enum ev_source source)
{
	struct event	*ev;

	ev = g_new0(struct event, 1);
	ev->year = y;
	ev->month = p == EV_YEAR ? 0 : m;
	ev->day = p == EV_DAY ? d : 0;
	ev->precision = p;
	ev->qualifier = g_strdup(q);
	ev->text = text;
	ev->block_off = CHRONO_NO_BLOCK;
	ev->source = source;
	g_ptr_array_add(events, ev);
	return ev;
}

static void
event_free(gpointer p)
{
	struct event	*ev = p;

	if (ev == NULL)
		return;
	g_free(ev->qualifier);
	g_free(ev->text);
	if (ev->actors != NULL)
		g_ptr_array_free(ev->actors, TRUE);
	g_free(ev);
}

/* --- front matter, merging, order ---------------------------------- */

static GPtrArray *content_words_of(const char *, int);

/* Lower-case prefixes (5 bytes) of the content words of s; with
 * common, only of the words written in lower case (and the first): not
 * names ("Hong Kong" in two stories of one day). */
static GPtrArray *
content_words(const char *s)
{
	return content_words_of(s, 0);
}

static GPtrArray *
content_words_of(const char *s, int common)
{
	GPtrArray	*a = g_ptr_array_new_with_free_func(g_free);
	char		 buf[WORD_MAX];
	const char	*p = s, *q, *const *f;
	size_t		 n, k;

	while (*p != '\0') {
		while (*p != '\0' && !g_ascii_isalnum(*p) &&
		    !((unsigned char)*p >= 0x80))
			p++;
		for (q = p; *q != '\0' && (g_ascii_isalnum(*q) ||
		    (unsigned char)*q >= 0x80 || *q == '-'); q++)
			;
		n = MIN((size_t)(q - p), sizeof(buf) - 1);
		for (k = 0; k < n; k++)
			buf[k] = g_ascii_tolower(p[k]);
		buf[n] = '\0';
		for (f = function_words; *f != NULL && strcmp(*f, buf) != 0;
		    f++)
			;
		if (n >= 3 && *f == NULL && (!common || p == s ||
		    !g_ascii_isupper(*p))) {
			buf[MIN(n, 5)] = '\0';
			g_ptr_array_add(a, g_strdup(buf));
		}
		p = q;
	}
	return a;
}

/* Shared content words of a and b (only words not names: common). */
static int
shared_of(const char *a, const char *b, int common)
{
	GPtrArray	*x = content_words_of(a, common),
			*y = content_words_of(b, common);
	guint		 i, j;
	int		 n = 0;

	for (i = 0; i < x->len; i++)
		for (j = 0; j < y->len && j < 64; j++)
			if (strcmp(g_ptr_array_index(x, i),
			    g_ptr_array_index(y, j)) == 0) {
				n++;
				break;
			}
	g_ptr_array_free(x, TRUE);
	g_ptr_array_free(y, TRUE);
	return n;
}

static int
shared_words(const char *a, const char *b)
{
	return shared_of(a, b, 0);
}

static int
same_date(const struct event *a, const struct event *b)
{
	return a->year == b->year && a->month == b->month &&
	    a->day == b->day && a->precision == b->precision;
}

/* Events of `chronology:`; each replaces the extracted events of its
 * date that say the same (two content words in common). */
static void
frontmatter(const struct doc *doc, GPtrArray *events)
{
	const struct doc_str *str;
	struct date_expr e;
	struct event	*ev, *x;
	const char	*colon;
	char		*date, *text;
	guint		 i, k, n = events->len;
	int		 ok;

	for (i = 0; i < doc->meta.chronology->len; i++) {
		str = g_ptr_array_index(doc->meta.chronology, i);
		colon = strchr(str->s, ':');
		date = g_strndup(str->s, colon != NULL ? (size_t)(colon -
		    str->s) : strlen(str->s));
		text = g_strstrip(g_strdup(colon != NULL ? colon + 1 : ""));
		ok = extract_date_parse(date, &e);
		if (!ok && (e.flags & DATE_OUT_OF_RANGE))
			msg_at(doc->path, &str->pos, MSG_WARNING,
			    "chronology entry '%s': date falls outside years "
			    "1 to 9999, no entry", str->s);
		else if (!ok)
			msg_at(doc->path, &str->pos, MSG_ERROR,
			    "chronology entry '%s' has no valid date "
			    "(YYYY-MM-DD, YYYY-MM or YYYY before a colon)",
			    str->s);
		else if (*text == '\0')
			msg_at(doc->path, &str->pos, MSG_ERROR,
			    "chronology entry '%s' has no text after the date",
			    str->s);
		else {
			ev = chrono_event_add(events, e.year, e.month, e.day,
			    e.precision, e.qualifier, chrono_capitalise(text),
			    EV_FRONTMATTER);
			text = NULL;
			ev->pos = str->pos;
			for (k = 0; k < n; k++) {
				x = g_ptr_array_index(events, k);
				if (x->source != EV_EXTRACTED ||
				    !same_date(x, ev) ||
				    shared_words(x->text, ev->text) < 2)
					continue;
				if (ev->block_off == CHRONO_NO_BLOCK)
					ev->block_off = x->block_off;
				g_ptr_array_remove_index(events, k);
				k--;
				n--;
			}
		}
		g_free(text);
		g_free(date);
	}
}

/* Month a qualified year sorts at. */
static int
qualifier_month(const char *q)
{
	static const struct {
		const char	*q;
		int		 m;
	} t[] = {
		{ "early", 2 }, { "spring", 4 }, { "mid", 6 }, { "summer", 7 },
		{ "autumn", 10 }, { "fall", 10 }, { "late", 11 },
		{ "winter", 12 }
	};
	size_t	k;

	for (k = 0; q != NULL && k < G_N_ELEMENTS(t); k++)
		if (strcmp(q, t[k].q) == 0)
			return t[k].m;
	return 0;
}

/* Order: a year before its months, a month before its days; early,
 * mid, late and seasons within. */
static long
sort_key(const struct event *e)
{
	long	k = e->year * 10000L;
	int	q = qualifier_month(e->qualifier);

	switch (e->precision) {
	case EV_YEAR:
		return k + (q > 0 ? q * 100 - 50 : 0);
	case EV_MONTH:
		return k + e->month * 100 + (q == 2 ? 1 : q == 6 ? 15 :
		    q == 11 ? 28 : 0);
	default:
		return k + e->month * 100 + e->day;
	}
}

static gint
compare(gconstpointer pa, gconstpointer pb)
{
	const struct event *a = *(struct event *const *)pa;
	const struct event *b = *(struct event *const *)pb;
	long	ka = sort_key(a), kb = sort_key(b);

	if (ka != kb)
		return ka < kb ? -1 : 1;
	if ((a->source == EV_DOCUMENT) != (b->source == EV_DOCUMENT))
		return a->source == EV_DOCUMENT ? 1 : -1;
	if ((a->qualifier == NULL) != (b->qualifier == NULL))
		return a->qualifier == NULL ? -1 : 1;
	return a->qualifier != NULL ? strcmp(a->qualifier, b->qualifier) : 0;
}

static void
swap_event(struct event *a, struct event *b)
{
	struct event	t = *a;

	*a = *b;
	*b = t;
}

/* Fold b into a (same date, the same thing said twice): the more
 * specific text stays, the front matter's first. */
static void
fold(struct event *a, struct event *b)
{
	GPtrArray	*x, *y;
	size_t		 block;
	int		 bwins;

	block = a->block_off != CHRONO_NO_BLOCK ? a->block_off : b->block_off;
	if (b->source == EV_FRONTMATTER && a->source != EV_FRONTMATTER)
		swap_event(a, b);
	else if (strcmp(a->text, b->text) != 0) {
		x = content_words(a->text);
		y = content_words(b->text);
		bwins = b->source == a->source && y->len > x->len;
		g_ptr_array_free(x, TRUE);
		g_ptr_array_free(y, TRUE);
		if (bwins)
			swap_event(a, b);
	}
	if (a->block_off == CHRONO_NO_BLOCK)
		a->block_off = block;
}

/* The same event said twice: same text, or two content words shared,
 * one of them not a name ("Hong Kong" alone joins two stories). */
static int
same_event(const struct event *a, const struct event *b, int bare_ok)
{
	GPtrArray	*x, *y;
	int		 bare;

	if (strcmp(a->text, b->text) == 0 ||
	    (shared_words(a->text, b->text) >= 2 &&
	    shared_of(a->text, b->text, 1) >= 1))
		return 1;
	/* "Le scrutin" beside "Scrutin présidentiel": a bare noun that
	 * the other names too */
	x = content_words_of(a->text, 0);
	y = content_words_of(b->text, 0);
	bare = bare_ok && (x->len == 1 || y->len == 1) &&
	    shared_of(a->text, b->text, 1) >= 1;
	g_ptr_array_free(x, TRUE);
	g_ptr_array_free(y, TRUE);
	return bare;
}

/*
 * Sort, then fold an event into an earlier one of the same date and
 * qualifier that says the same (never the document's entry); two
 * events on one date stay two entries.  An event is compared with the
 * MERGE_MAX entries of its date before it at most.
 */
static void
merge(GPtrArray *ev, int bare_ok)
{
	struct event	*a, *b;
	guint		 i, n, k;
	int		 folded;

	g_ptr_array_sort(ev, compare);		/* stable */
	for (i = 1, n = ev->len > 0; i < ev->len; i++) {
		b = g_ptr_array_index(ev, i);
		folded = 0;
		for (k = n; k > 0 && n - k < MERGE_MAX && !folded; k--) {
			a = g_ptr_array_index(ev, k - 1);
			if (a->source == EV_DOCUMENT ||
			    b->source == EV_DOCUMENT || !same_date(a, b) ||
			    compare(&a, &b) != 0)
				break;
			if (same_event(a, b, bare_ok)) {
				fold(a, b);
				event_free(b);
				folded = 1;
			}
		}
		if (!folded)
			g_ptr_array_index(ev, n++) = b;
	}
	g_ptr_array_set_free_func(ev, NULL);	/* the rest moved or freed */
	g_ptr_array_set_size(ev, n);
	g_ptr_array_set_free_func(ev, event_free);
}

/* Line of the front matter's `date:` key, for the document's entry. */
static struct pos
date_pos(const struct source *src, size_t *off)
{
	struct pos	 none = { 0, 0 };
	const char	*p, *end;

	*off = 0;
	if (src == NULL || !src->has_fm)
		return none;
	p = src->buf + src->fm_off;
	end = p + src->fm_len;
	while (p < end) {
		if (end - p >= 5 && strncmp(p, "date:", 5) == 0) {
			*off = p - src->buf;
			return source_pos(src, *off);
		}
		p = memchr(p, '\n', end - p);
		if (p == NULL)
			break;
		p++;
	}
	return none;
}

struct chronology *
chrono_run(const struct doc *doc, const struct source *src)
{
	struct chronology *c;
	struct text	*t;

	t = text_analyse(doc, src, NULL);
	c = chrono_build(doc, src, t);
	text_free(t);
	return c;
}

struct chronology *
chrono_build(const struct doc *doc, const struct source *src,
    const struct text *ta)
{
	struct chronology *c;
	struct event	*ev;
	const struct doc_meta *m = &doc->meta;
	char		*text;

	c = g_new0(struct chronology, 1);
	c->off = m->chronology_off;
	c->events = g_ptr_array_new_with_free_func(event_free);
	chrono_from_text(doc, src, ta, c->events);
	frontmatter(doc, c->events);
	if (m->year > 0) {
		text = g_strdup_printf("This briefing: %s", m->title != NULL ?
		    m->title : doc->name);
		ev = chrono_event_add(c->events, m->year, m->month, m->day,
		    m->day > 0 ? EV_DAY : m->month > 0 ? EV_MONTH : EV_YEAR,
		    NULL, text, EV_DOCUMENT);
		ev->pos = date_pos(src, &ev->off);
	}
	/* a bare noun folded into its date's other entry: the Spanish,
	 * French and German headlines' "Le scrutin" (English keeps its
	 * nominal entries: "The award" is the gold's own) */
	merge(c->events, ta != NULL && (ta->lang == TEXT_ES ||
	    ta->lang == TEXT_FR || ta->lang == TEXT_DE));
	return c;
}

void
chrono_free(struct chronology *c)
{
	if (c == NULL)
		return;
	g_ptr_array_free(c->events, TRUE);
	g_free(c);
}

/* --- output ------------------------------------------------------- */


void
chrono_dump(const struct chronology *c, FILE *f)
{
	static const char *const prec[] = { "day", "month", "year" };
	static const char *const source[] = {
		"extracted", "frontmatter", "document"
	};
	const struct event *ev;
	char		*date;
	guint		 i, k;

	fputc('[', f);
	for (i = 0; i < c->events->len; i++) {
		ev = g_ptr_array_index(c->events, i);
		date = extract_date_string(ev->year, ev->month, ev->day,
		    ev->precision);
		fprintf(f, "%s\n  {\"date\": ", i > 0 ? "," : "");
		json_string(f, date);
		fprintf(f, ", \"precision\": \"%s\", \"qualifier\": ",
		    prec[ev->precision]);
		json_string(f, ev->qualifier);
		fputs(", \"text\": ", f);
		json_string(f, ev->text);
		if (ev->pos.line > 0)
			fprintf(f, ", \"line\": %d", ev->pos.line);
		else
			fputs(", \"line\": null", f);
		fprintf(f, ", \"source\": \"%s\", \"scheduled\": %s, "
		    "\"end\": ", source[ev->source], ev->scheduled ? "true" :
		    "false");
		g_free(date);
		date = ev->end_year > 0 ? extract_date_string(ev->end_year,
		    ev->end_month, ev->end_day, ev->end_precision) : NULL;
		json_string(f, date);
		fputs(", \"actors\": [", f);
		for (k = 0; ev->actors != NULL && k < ev->actors->len; k++) {
			fputs(k > 0 ? ", " : "", f);
			json_string(f, g_ptr_array_index(ev->actors, k));
		}
		fputs("]}", f);
		g_free(date);
	}
	fputs(c->events->len > 0 ? "\n]\n" : "]\n", f);
}

char *
chrono_date_label(const struct event *ev)
{
	const char	*q = ev->qualifier;
	char		*base, *s;

	if (ev->precision == EV_DAY && ev->month >= 1 && ev->month <= 12)
		base = g_strdup_printf("%d %s %d", ev->day,
		    month_short[ev->month - 1], ev->year);
	else if (ev->precision == EV_MONTH && ev->month >= 1 &&
	    ev->month <= 12)
		base = g_strdup_printf("%s %d", month_short[ev->month - 1],
		    ev->year);
	else
		base = g_strdup_printf("%d", ev->year);
	if (q == NULL)
		return base;
	if (strcmp(q, "approximate") == 0)
		s = g_strconcat("c. ", base, NULL);
	else if (strcmp(q, "mid") == 0)
		s = g_strconcat("mid-", base, NULL);
	else
		s = g_strconcat(q, " ", base, NULL);
	g_free(base);
	return s;
}
