/* SPDX-License-Identifier: MIT */
/* Sentences and word tokens of the prose, from ICU, with source offsets. */
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "json.h"
#include "lang.h"
#include "msg.h"
#include "text.h"
#include "text_int.h"

/*
 * How the analysed text maps to the source: a sorted array of segments,
 * each tlen bytes of text from slen bytes of source.  A run copied as it
 * is has tlen == slen (an identity run, any length); a character the
 * reader rewrote is one segment of its own ("\xE2\x80\x9C" from '"',
 * "&" from "&amp;").  Source bytes that produce no text (markup, "> "
 * of a quote's next line, a backslash escape) fall between segments.
 */
struct seg {
	size_t		 t, s;
	size_t		 tlen, slen;
};

/* The search for a text character in the source skips at most this
 * many bytes of markup; past it the character maps to no source. */
#define SKIP_MAX	4096

/* Abbreviation classes for the merge step. */
enum abbr {
	ABBR_NONE,
	ABBR_TITLE,	/* "Dr.": before a capitalised name */
	ABBR_NUM,	/* "No.", "Sept.": before a number */
	ABBR_ANY	/* "U.S.", "a.m.", "J.": before a name or number */
};

struct run {
	struct text	*t;
	const struct source *src;
	GArray		*segs;		/* struct seg, of the whole str */
	UBreakIterator	*sbrk, *wbrk;
	GHashTable	*months;	/* char * -> itself, owned */
	UText		*ut;
};

static void	 walk(struct run *, const GPtrArray *, int);
static void	 leaf(struct run *, const struct doc_node *);
static void	 leaf_spans(struct run *, const struct doc_node *);
static void	 align(struct run *, const char *, size_t, size_t, size_t,
		    size_t);
static void	 seg_add(struct run *, size_t, size_t, size_t, size_t);
static size_t	 typo(const char *, const char *, size_t);
static size_t	 entity(const char *, size_t);
static size_t	 to_src(const struct run *, size_t, int);
static void	 tokens(struct run *, size_t, size_t);
static void	 sentences(struct run *, size_t, size_t, guint, guint);
static int	 set_text(struct run *, UBreakIterator *, size_t, size_t);
static int	 listed(const char *const *, const char *, size_t);
static void	 slice(FILE *, const char *, size_t);
static int	 merge(struct run *, guint);
static enum abbr abbr_class(struct run *, const char *, size_t);
static void	 load_months(struct run *, const char *);

/*
 * Titles before a name, and words before a number, that ICU's standard
 * suppressions may miss (they are case-sensitive and short).  General
 * English only; month abbreviations come from ICU (CLDR's calendar data),
 * with "Sept" added, the press's form.  Single capital initials and
 * dotted abbreviations ("U.S", "a.m", "Ph.D": a word token with an
 * inner '.') are recognised by their form.
 */
static const char *const titles[] = {
	"Adm", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Gen", "Gov",
	"Hon", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof",
	"Rep", "Rev", "Sen", "Sgt", "St", "Supt", NULL
};
/* The same for Spanish, French and German: titles and words before a
 * number that the press abbreviates with a full stop. */
static const char *const titles_es[] = {
	"Sr", "Sra", "Srta", "Dr", "Dra", "Lic", "Ing", "Gral", "Pdte",
	"Prof", "Sto", "Sta", "Mons", "Excmo", "Excma", "Ud", "Uds", NULL
};
static const char *const titles_fr[] = {
	"MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste",
	"Gal", "Col", "Cdt", "Lt", NULL
};
static const char *const titles_de[] = {
	"Dr", "Prof", "Hr", "Fr", "St", "Dipl", "Ing", "Gen", "Oberst",
	/* abbreviations before a noun: "3 Mio. Euro", "ca. Hundert" */
	"Mio", "Mrd", "Tsd", "ca", "bzw", "vgl", "evtl", "ggf", "inkl",
	"exkl", "sog", "ehem", "Jh", "gegr", "geb", "Bsp", "Abg", "Min",
	"Präs", "Sen", "Gen", NULL
};
static const char *const before_num_lang[] = {
	"Nr", "art", "Art", "Abs", "S", "Bd", "vol", "n", "p", "pp", "núm",
	"Núm", "pág", "cap", NULL
};
/* Words that start a German sentence after a number and a full stop
 * ("bis 2022. Danach"); any other word after 1 to 3 digits and a full
 * stop makes the number an ordinal ("am 3. Mai", "im 19. Jahrhundert"). */
static const char *const starters_de[] = {
	"Aber", "Allerdings", "Als", "Am", "Auch", "Auf", "Aus", "Bei",
	"Bereits", "Bis", "Dabei", "Dafür", "Damit", "Danach", "Dann", "Das",
	"Dass", "Dem", "Den", "Denn", "Der", "Des", "Deshalb", "Die", "Dies",
	"Diese", "Diesem", "Diesen", "Dieser", "Dieses", "Doch", "Dort",
	"Du", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines", "Er", "Es",
	"Für", "Gegen", "Heute", "Ich", "Ihr", "Im", "In", "Inzwischen",
	"Jetzt", "Laut", "Man", "Mit", "Nach", "Nachdem", "Noch", "Nun",
	"Ob", "Oder", "Seit", "Sie", "So", "Trotz", "Um", "Und", "Unter",
	"Von", "Vor", "Während", "Was", "Weil", "Wenn", "Wie", "Wir", "Zu",
	"Zudem", "Zum", "Zur", "Zwar", NULL
};
static const char *const before_num[] = {
	"No", "Nos", "Art", "Vol", "Fig", "p", "pp", NULL
};

/*
 * Capitalised words that start sentences rather than names: after "U.S."
 * or an initial, one of these keeps ICU's break ("in the U.S. The next
 * day").
 */
static const char *const starters[] = {
	"A", "After", "An", "And", "As", "At", "Before", "But", "By", "For",
	"From", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
	"Many", "Most", "My", "No", "On", "Or", "Our", "She", "Since", "So",
	"Some", "That", "The", "Their", "Then", "There", "These", "They",
	"This", "Those", "Thus", "We", "When", "While", "With", "Yet", "You",
	NULL
};

/* The language of a tag: "fr-CA" is TEXT_FR, none is English. */
static enum text_lang
text_lang_of(const char *tag)
{
	const char	*p;

	if (tag == NULL)
		return TEXT_EN;
	if ((p = lang_primary(tag)) == NULL)
		return TEXT_OTHER;
	return strcmp(p, "es") == 0 ? TEXT_ES : strcmp(p, "fr") == 0 ?
	    TEXT_FR : strcmp(p, "de") == 0 ? TEXT_DE : TEXT_EN;
}

/*
 * Break iterators kept by a process that analyses again (--watch): an
 * iterator is made from ICU's rules in some 2.3 M instructions, a copy
 * of one already made costs little.  One of each kind, for the last
 * locale asked; its copies are the analyses' own.
 */
static GMutex		 kept_lock;
static int		 kept_on;
static UBreakIterator	*kept[2];	/* sentence, word */
static char		 kept_id[2][ULOC_FULLNAME_CAPACITY + 16];

void
text_keep(int on)
{
	int	i;

	g_mutex_lock(&kept_lock);
	kept_on = on;
	for (i = 0; !on && i < 2; i++) {
		if (kept[i] != NULL)
			ubrk_close(kept[i]);
		kept[i] = NULL;
		kept_id[i][0] = '\0';
	}
	g_mutex_unlock(&kept_lock);
}

/* ubrk_open(), or a copy of the kept iterator of that kind and id. */
static UBreakIterator *
brk_open(UBreakIteratorType type, const char *id, UErrorCode *st)
{
	int		 k = type == UBRK_SENTENCE ? 0 : 1;
	UBreakIterator	*b;
	UErrorCode	 cs = U_ZERO_ERROR;

	g_mutex_lock(&kept_lock);
	if (kept_on && kept[k] != NULL && strcmp(kept_id[k], id) == 0) {
		b = ubrk_clone(kept[k], st);
		g_mutex_unlock(&kept_lock);
		return b;
	}
	b = ubrk_open(type, id, NULL, 0, st);
	if (kept_on && U_SUCCESS(*st) && strlen(id) < sizeof(kept_id[k])) {
		UBreakIterator *c = ubrk_clone(b, &cs);

		if (U_SUCCESS(cs)) {
			if (kept[k] != NULL)
				ubrk_close(kept[k]);
			kept[k] = c;
			g_strlcpy(kept_id[k], id, sizeof(kept_id[k]));
		}
	}
	g_mutex_unlock(&kept_lock);
	return b;
}

struct text *
text_analyse(const struct doc *doc, const struct source *src,
    const struct lex *lex)
{
	struct text	*t = text_read(doc, src);

	text_read_finish(t, doc, lex);
	return t;
}

void
text_read_finish(struct text *t, const struct doc *doc,
    const struct lex *lex)
{
	text_read_actors(t, doc, lex);
	text_read_times(t, doc);
}

/* The times' gate: pending from text_read_actors to the end of
 * text_read_times. */
struct text_gate {
	GMutex	 lock;
	GCond	 done;
	gint	 pending;
};

void
text_read_actors(struct text *t, const struct doc *doc,
    const struct lex *lex)
{
	if (t->gate == NULL) {
		t->gate = g_new0(struct text_gate, 1);
		g_mutex_init(&t->gate->lock);
		g_cond_init(&t->gate->done);
	}
	g_atomic_int_set(&t->gate->pending, 1);
	/* a language none of the stages reads: sentences only (main.c
	 * says the chronology and the diagram are left out) */
	if (t->lang == TEXT_OTHER)
		return;
	text_mentions(t, doc, lex);
	text_clauses(t, doc);
	text_coref(t);
}

void
text_read_times(struct text *t, const struct doc *doc)
{
	if (t->lang != TEXT_OTHER)
		text_times(t, doc);
	if (t->gate != NULL) {
		g_mutex_lock(&t->gate->lock);
		g_atomic_int_set(&t->gate->pending, 0);
		g_cond_broadcast(&t->gate->done);
		g_mutex_unlock(&t->gate->lock);
	}
}

void
text_times_wait(const struct text *t)
{
	struct text_gate *g = t->gate;

	if (g == NULL || !g_atomic_int_get(&g->pending))
		return;
	g_mutex_lock(&g->lock);
	while (g_atomic_int_get(&g->pending))
		g_cond_wait(&g->done, &g->lock);
	g_mutex_unlock(&g->lock);
}

struct text *
text_read(const struct doc *doc, const struct source *src)
{
	struct run	 r;
	UErrorCode	 st = U_ZERO_ERROR;
	char		 loc[ULOC_FULLNAME_CAPACITY];
	char		*id;
	int32_t		 n;

	memset(&r, 0, sizeof(r));
	r.t = g_new0(struct text, 1);
	r.t->lang = text_lang_of(doc->meta.lang);
	r.t->str = g_string_new(NULL);
	r.t->blocks = g_array_new(FALSE, FALSE, sizeof(struct text_block));
	r.t->sentences = g_array_new(FALSE, FALSE,
	    sizeof(struct text_sentence));
	r.t->tokens = g_array_new(FALSE, FALSE, sizeof(struct text_token));
	r.t->actors = g_ptr_array_new_with_free_func(g_free);
	r.t->mentions = g_array_new(FALSE, FALSE,
	    sizeof(struct text_mention));
	r.t->clauses = g_array_new(FALSE, FALSE, sizeof(struct text_clause));
	r.t->times = g_array_new(FALSE, FALSE, sizeof(struct text_time));
	r.src = src;
	r.segs = g_array_new(FALSE, FALSE, sizeof(struct seg));
	r.months = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);

	/* "en-US" -> "en_US"; an unknown tag gives ICU's root rules. */
	n = uloc_forLanguageTag(doc->meta.lang != NULL ? doc->meta.lang :
	    "en", loc, sizeof(loc), NULL, &st);
	if (U_FAILURE(st) || n <= 0) {
		st = U_ZERO_ERROR;
		g_strlcpy(loc, "en", sizeof(loc));
	}
	/* ICU 72's German suppressions keep every break after a word
	 * ending in "er." ("sagte der Minister. Er kam" is one sentence):
	 * German takes the plain rules and the merge step's own list */
	id = r.t->lang == TEXT_DE ? g_strdup(loc) :
	    g_strdup_printf("%s@ss=standard", loc);
	r.sbrk = brk_open(UBRK_SENTENCE, id, &st);
	if (U_SUCCESS(st))
		r.wbrk = brk_open(UBRK_WORD, loc, &st);
	g_free(id);
	if (U_FAILURE(st)) {
		msg_at(NULL, NULL, MSG_ERROR, "text analysis: ICU: %s",
		    u_errorName(st));
		if (r.sbrk != NULL)
			ubrk_close(r.sbrk);
		r.sbrk = r.wbrk = NULL;
	}
	load_months(&r, loc);
	if (src != NULL && src->len > TEXT_MAX_SOURCE)
		msg_at(src->path, NULL, MSG_WARNING, "text analysis: file too "
		    "large: no chronology or relations read from its text");
	else
		walk(&r, doc->blocks, 0);

	if (r.ut != NULL)
		utext_close(r.ut);
	if (r.sbrk != NULL)
		ubrk_close(r.sbrk);
	if (r.wbrk != NULL)
		ubrk_close(r.wbrk);
	g_hash_table_destroy(r.months);
	g_array_free(r.segs, TRUE);
	return r.t;
}

void
text_free(struct text *t)
{
	if (t == NULL)
		return;
	g_string_free(t->str, TRUE);
	g_array_free(t->blocks, TRUE);
	g_array_free(t->sentences, TRUE);
	g_array_free(t->tokens, TRUE);
	text_mentions_free(t);
	g_ptr_array_free(t->actors, TRUE);
	g_array_free(t->mentions, TRUE);
	g_array_free(t->clauses, TRUE);
	g_array_free(t->times, TRUE);
	if (t->gate != NULL) {
		g_mutex_clear(&t->gate->lock);
		g_cond_clear(&t->gate->done);
		g_free(t->gate);
	}
	g_free(t);
}

/*
 * Short month names of the locale (trailing '.' dropped), and "Sept":
 * CLDR's abbreviated format names of the Gregorian calendar, read from
 * the locale's resource bundle (a date formatter would also load a
 * calendar and the time zone, which take longer than the whole text).
 */
static void
load_months(struct run *r, const char *loc)
{
	static const char *const path[] = {
		"calendar", "gregorian", "monthNames", "format", "abbreviated",
		NULL
	};
	UErrorCode	 st = U_ZERO_ERROR;
	UResourceBundle	*rb, *sub;
	const UChar	*u;
	char		 s[256];
	int32_t		 i, n, len;

	g_hash_table_add(r->months, g_strdup("Sept"));
	rb = ures_open(NULL, loc, &st);
	for (i = 0; path[i] != NULL && U_SUCCESS(st); i++) {
		sub = ures_getByKey(rb, path[i], NULL, &st);
		ures_close(rb);
		rb = sub;
	}
	if (U_FAILURE(st)) {
		ures_close(rb);
		return;
	}
	n = ures_getSize(rb);
	for (i = 0; i < n; i++) {
		st = U_ZERO_ERROR;
		u = ures_getStringByIndex(rb, i, &len, &st);
		if (U_FAILURE(st) || len <= 0)
			continue;
		u_strToUTF8(s, sizeof(s), &len, u, len, &st);
		if (U_FAILURE(st) || len <= 0 || len >= (int32_t)sizeof(s))
			continue;
		if (s[len - 1] == '.')
			s[--len] = '\0';
		g_hash_table_add(r->months, g_strndup(s, len));
	}
	ures_close(rb);
}

/* --- blocks and the text map ---------------------------------------------- */

static void
walk(struct run *r, const GPtrArray *blocks, int depth)
{
	const struct doc_node *n;
	guint		 i;

	for (i = 0; i < blocks->len; i++) {
		n = g_ptr_array_index(blocks, i);
		if (n->type == DOC_HEADING || n->type == DOC_PARA ||
		    n->type == DOC_ROW)
			leaf(r, n);
		else if (n->children != NULL && depth < DOC_MAX_DEPTH)
			walk(r, n->children, depth + 1);
	}
}

/* The text of a leaf's spans into the block's text, mapped. */
static void
leaf_spans(struct run *r, const struct doc_node *node)
{
	const struct doc_span *sp, *next;
	GString		*str = r->t->str;
	size_t		 at, limit, k;
	guint		 i;

	for (i = 0; i < node->spans->len; i++) {
		sp = g_ptr_array_index(node->spans, i);
		at = str->len;
		if (sp->style & SPAN_BREAK) {
			g_string_append_c(str, '\n');
			seg_add(r, at, sp->off, 1, 0);
			continue;
		}
		g_string_append(str, sp->text);
		for (k = at; k < str->len; k++)
			if (str->str[k] == '\n' || str->str[k] == '\r' ||
			    str->str[k] == '\t')
				str->str[k] = ' ';
		next = i + 1 < node->spans->len ?
		    g_ptr_array_index(node->spans, i + 1) : NULL;
		limit = r->src != NULL ? r->src->len : SIZE_MAX;
		if (next != NULL && next->off > sp->off && next->off < limit)
			limit = next->off;
		align(r, str->str + at, str->len - at, at, sp->off, limit);
		/* a wire dateline (doc.h): mapped, then blanked, so that
		 * neither a place nor a date is read from it */
		if (sp->off < node->off + node->dateline)
			memset(str->str + at, ' ', str->len - at);
		/* struck text is text taken back: printed struck, never
		 * read as the article's ("would ~~resume~~ be postponed") */
		if (sp->style & SPAN_STRIKE)
			memset(str->str + at, ' ', str->len - at);
	}
}

/*
 * One heading, paragraph or table row: its text, map, tokens and
 * sentences.  A row is one block, its cells' text between " | " (text
 * of no source byte), as it was read when tables were set as text: a
 * row of a table of dates reads as a dated event.
 */
static void
leaf(struct run *r, const struct doc_node *node)
{
	const struct doc_node *cell;
	struct text_block b;
	GString		*str = r->t->str;
	size_t		 at, k;
	guint		 i;

	memset(&b, 0, sizeof(b));
	b.node = node;
	b.tstart = str->len;
	b.first_sentence = r->t->sentences->len;
	if (node->type != DOC_ROW)
		leaf_spans(r, node);
	for (i = 0; node->type == DOC_ROW && i < node->children->len; i++) {
		cell = g_ptr_array_index(node->children, i);
		if (i > 0) {
			at = str->len;
			g_string_append(str, " | ");
			seg_add(r, at, cell->off, 3, 0);
		}
		leaf_spans(r, cell);
	}
	b.tend = str->len;
	g_string_append_c(str, '\n');
	g_array_append_val(r->t->blocks, b);
	if (r->sbrk == NULL || b.tend == b.tstart)
		return;
	k = r->t->tokens->len;
	tokens(r, b.tstart, b.tend);
	sentences(r, b.tstart, b.tend, r->t->blocks->len - 1, (guint)k);
	g_array_index(r->t->blocks, struct text_block,
	    r->t->blocks->len - 1).nsentences = r->t->sentences->len -
	    b.first_sentence;
}

static void
seg_add(struct run *r, size_t t, size_t s, size_t tlen, size_t slen)
{
	struct seg	*last, sg;

	if (r->segs->len > 0) {
		last = &g_array_index(r->segs, struct seg, r->segs->len - 1);
		if (tlen == slen && last->tlen == last->slen &&
		    last->t + last->tlen == t && last->s + last->slen == s) {
			last->tlen += tlen;
			last->slen += slen;
			return;
		}
	}
	sg.t = t;
	sg.s = s;
	sg.tlen = tlen;
	sg.slen = slen;
	g_array_append_val(r->segs, sg);
}

/*
 * Map a span's text (n bytes, at offset t0 of str) onto the source from
 * the span's first byte s0 up to limit (the next span's first byte).
 * Each character matches the source byte for byte, or a space matches
 * any white space (soft line breaks), or a typographic character what
 * smartquotes() made it from, or an entity stands for its character;
 * source bytes matching nothing are skipped (markup, escapes), at most
 * SKIP_MAX for one character.
 */
static void
align(struct run *r, const char *text, size_t n, size_t t0, size_t s0,
    size_t limit)
{
	const char	*buf;
	size_t		 t, p, q, clen, slen = 0;

	if (r->src == NULL || s0 >= r->src->len) {
		seg_add(r, t0, s0, n, n);
		return;
	}
	buf = r->src->buf;
	limit = MIN(limit, r->src->len);
	for (t = 0, p = s0; t < n; t += clen) {
		clen = MIN((size_t)(g_utf8_next_char(text + t) - (text + t)),
		    n - t);
		for (q = p; q < limit && q - p <= SKIP_MAX; q++) {
			if (buf[q] == '&' && (slen = entity(buf + q,
			    limit - q)) > 0 && !(n - t >= slen &&
			    memcmp(text + t, buf + q, slen) == 0))
				break;
			slen = clen;
			if (clen <= limit - q && memcmp(text + t, buf + q,
			    clen) == 0)
				break;
			slen = 1;
			if (text[t] == ' ' && g_ascii_isspace(buf[q]))
				break;
			if ((slen = typo(text + t, buf + q,
			    limit - q)) > 0)
				break;
		}
		if (q < limit && q - p <= SKIP_MAX) {
			seg_add(r, t0 + t, q, clen, slen);
			p = q + slen;
		} else
			seg_add(r, t0 + t, p, clen, 0);
	}
}

/* Source bytes a typographic character of smartquotes() came from, or 0;
 * t is the text at the character, s the source (n bytes). */
static size_t
typo(const char *t, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;

	/* French guillemets from '"' (smartquotes_lang) */
	if (u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
		return s[0] == '"' ? 1 : 0;
	if (u[0] != 0xE2 || u[1] != 0x80)
		return 0;
	switch (u[2]) {
	case 0x9C:	/* left and right double quotes */
	case 0x9D:
	case 0x9E:	/* German low opening quote */
		return s[0] == '"' ? 1 : 0;
	case 0x98:	/* left and right single quotes, apostrophe */
	case 0x99:
		return s[0] == '\'' ? 1 : 0;
	case 0x94:	/* em dash */
		return n >= 3 && strncmp(s, "---", 3) == 0 ? 3 : 0;
	case 0x93:	/* en dash */
		return n >= 2 && strncmp(s, "--", 2) == 0 ? 2 : 0;
	case 0xA6:	/* ellipsis */
		return n >= 3 && strncmp(s, "...", 3) == 0 ? 3 : 0;
	}
	return 0;
}

/* Length of the entity ("&amp;", "&#233;", "&#x2014;") at s, or 0. */
static size_t
entity(const char *s, size_t n)
{
	size_t		 i = 1;

	if (n > 1 && s[i] == '#')
		i++;
	while (i < n && i < 32 && g_ascii_isalnum(s[i]))
		i++;
	return i < n && s[i] == ';' && i > 1 && s[i - 1] != '#' ? i + 1 : 0;
}

/*
 * Source offset of text offset x: of the character starting there
 * (end 0), or just after the character ending there (end 1).
 */
static size_t
to_src(const struct run *r, size_t x, int end)
{
	const struct seg *sg;
	guint		 lo = 0, hi = r->segs->len, mid;

	if (hi == 0)
		return 0;
	if (end && x > 0)
		x--;
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (g_array_index(r->segs, struct seg, mid).t <= x)
			lo = mid;
		else
			hi = mid;
	}
	sg = &g_array_index(r->segs, struct seg, lo);
	if (x >= sg->t + sg->tlen)
		return sg->s + sg->slen;
	if (sg->tlen == sg->slen)
		return sg->s + (x - sg->t) + (end ? 1 : 0);
	return end ? sg->s + sg->slen : sg->s;
}

/* --- tokens and sentences ------------------------------------------------- */

/* Point the UText at str[b0, b1). */
static int
set_text(struct run *r, UBreakIterator *bi, size_t b0, size_t b1)
{
	UErrorCode	 st = U_ZERO_ERROR;

	r->ut = utext_openUTF8(r->ut, r->t->str->str + b0,
	    (int64_t)(b1 - b0), &st);
	if (U_SUCCESS(st))
		ubrk_setUText(bi, r->ut, &st);
	if (U_FAILURE(st)) {
		msg_at(NULL, NULL, MSG_ERROR, "text analysis: ICU: %s",
		    u_errorName(st));
		return -1;
	}
	return 0;
}

/* The words, numbers and other characters of str[b0, b1); no spaces. */
static void
tokens(struct run *r, size_t b0, size_t b1)
{
	const char	*s = r->t->str->str;
	struct text_token tk;
	int32_t		 a, e, rs;
	gunichar	 c;
	GUnicodeType	 ty;

	if (set_text(r, r->wbrk, b0, b1) != 0)
		return;
	for (a = ubrk_first(r->wbrk); (e = ubrk_next(r->wbrk)) != UBRK_DONE;
	    a = e) {
		c = g_utf8_get_char(s + b0 + a);
		if (g_unichar_isspace(c))
			continue;
		rs = ubrk_getRuleStatus(r->wbrk);
		if (rs >= UBRK_WORD_NUMBER && rs < UBRK_WORD_NUMBER_LIMIT)
			tk.kind = TEXT_NUMBER;
		else if (rs >= UBRK_WORD_LETTER)
			tk.kind = TEXT_WORD;
		else {
			ty = g_unichar_type(c);
			tk.kind = ty >= G_UNICODE_CONNECT_PUNCTUATION &&
			    ty <= G_UNICODE_OPEN_PUNCTUATION ? TEXT_PUNCT :
			    TEXT_SYMBOL;
		}
		tk.tstart = (guint32)(b0 + a);
		tk.tend = (guint32)(b0 + e);
		tk.start = (guint32)to_src(r, tk.tstart, 0);
		tk.end = (guint32)to_src(r, tk.tend, 1);
		g_array_append_val(r->t->tokens, tk);
	}
}

/*
 * ICU's sentences of str[b0, b1), of block bi, with the breaks that
 * merge() rejects removed; trimmed of spaces, empty ones dropped.
 */
static void
sentences(struct run *r, size_t b0, size_t b1, guint bi, guint k0)
{
	const char	*s = r->t->str->str;
	GArray		*toks = r->t->tokens;
	struct text_sentence se;
	int32_t		 a, e;
	guint		 k = k0, ks = k0;

	if (set_text(r, r->sbrk, b0, b1) != 0)
		return;
	for (a = ubrk_first(r->sbrk); (e = ubrk_next(r->sbrk)) != UBRK_DONE;
	    ) {
		while (k < toks->len && g_array_index(toks,
		    struct text_token, k).tstart < b0 + e)
			k++;
		if (k < toks->len && k >= ks + 2 && merge(r, k))
			continue;
		se.tstart = b0 + a;
		se.tend = b0 + e;
		while (se.tstart < se.tend && g_ascii_isspace(s[se.tstart]))
			se.tstart++;
		while (se.tend > se.tstart && g_ascii_isspace(s[se.tend - 1]))
			se.tend--;
		if (se.tend > se.tstart) {
			se.start = to_src(r, se.tstart, 0);
			se.end = to_src(r, se.tend, 1);
			se.first_token = ks;
			se.ntokens = k - ks;
			se.block = bi;
			g_array_append_val(r->t->sentences, se);
		}
		a = e;
		ks = k;
	}
}

/*
 * Whether to remove the break before token k: the sentence ends in a
 * word and '.', and that word is a title before a capitalised name
 * ("Dr. Smith"), a word before a number ("Sept. 3", "No. 10"), or an
 * initial or dotted abbreviation before a name or number ("George W.
 * Bush", "the U.S. Army", "5 p.m. Moscow time"); a next word that
 * usually starts a sentence ("The", "He") keeps the break.
 */
static int
merge(struct run *r, guint k)
{
	const char	*s = r->t->str->str;
	const struct text_token *w, *dot, *nx;
	enum abbr	 cl;
	size_t		 n;
	guint		 i;

	w = &g_array_index(r->t->tokens, struct text_token, k - 2);
	dot = w + 1;
	nx = w + 2;
	if (r->t->lang == TEXT_DE && w->kind == TEXT_NUMBER &&
	    w->tend - w->tstart <= 3 && w->tend == dot->tstart &&
	    dot->tend - dot->tstart == 1 && s[dot->tstart] == '.' &&
	    (nx->kind == TEXT_WORD || nx->kind == TEXT_NUMBER) &&
	    !listed(starters_de, s + nx->tstart, nx->tend - nx->tstart))
		return 1;	/* "am 3. Mai", "im 19. Jahrhundert" */
	if (dot->tend - dot->tstart != 1 || s[dot->tstart] != '.' ||
	    w->kind != TEXT_WORD || w->tend != dot->tstart ||
	    (nx->kind != TEXT_WORD && nx->kind != TEXT_NUMBER))
		return 0;
	cl = abbr_class(r, s + w->tstart, w->tend - w->tstart);
	if (cl == ABBR_NONE)
		return 0;
	if (nx->kind == TEXT_NUMBER)
		return cl != ABBR_TITLE;
	if (cl == ABBR_NUM || !g_unichar_isupper(g_utf8_get_char(s +
	    nx->tstart)))
		return 0;
	n = nx->tend - nx->tstart;
	if (r->t->lang == TEXT_DE)
		return !listed(starters_de, s + nx->tstart, n);
	for (i = 0; starters[i] != NULL; i++)
		if (strlen(starters[i]) == n &&
		    memcmp(starters[i], s + nx->tstart, n) == 0)
			return 0;
	return 1;
}

static int
listed(const char *const *list, const char *w, size_t n)
{
	guint		 i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

/* The class of word w (n bytes) before a '.'. */
static enum abbr
abbr_class(struct run *r, const char *w, size_t n)
{
	char		*m;
	int		 month;

	if (listed(r->t->lang == TEXT_ES ? titles_es : r->t->lang ==
	    TEXT_FR ? titles_fr : r->t->lang == TEXT_DE ? titles_de : titles,
	    w, n))
		return ABBR_TITLE;
	if (r->t->lang != TEXT_EN && r->t->lang != TEXT_OTHER) {
		if (listed(before_num_lang, w, n))
			return ABBR_NUM;
		/* "z. B.", "d. h.", "p. ej.": a lowercase letter alone */
		if (g_utf8_next_char(w) == w + n &&
		    g_unichar_islower(g_utf8_get_char(w)))
			return ABBR_ANY;
		/* "EE. UU.", "FF. AA.": a doubled capital, a Spanish
		 * plural abbreviation */
		if (n == 2 && w[0] == w[1] && g_ascii_isupper(w[0]))
			return ABBR_ANY;
	}
	m = g_strndup(w, n);
	month = g_hash_table_contains(r->months, m);
	g_free(m);
	if (month || listed(before_num, w, n))
		return ABBR_NUM;
	if (g_utf8_next_char(w) == w + n && g_unichar_isupper(
	    g_utf8_get_char(w)))
		return ABBR_ANY;
	if (memchr(w, '.', n) != NULL)
		return ABBR_ANY;
	return ABBR_NONE;
}

/* --- dump ----------------------------------------------------------------- */

const struct text_mention *
text_mention_at(const struct text *t, guint i, guint *index)
{
	const struct text_mention *m;
	guint	lo = 0, hi = t->mentions->len, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = text_mention(t, mid);
		if (m->first_token + m->ntokens <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < t->mentions->len) {
		m = text_mention(t, lo);
		if (m->first_token <= i && i < m->first_token + m->ntokens) {
			if (index != NULL)
				*index = lo;
			return m;
		}
	}
	return NULL;
}

void
text_json_slice(FILE *f, const char *s, size_t n)
{
	slice(f, s, n);
}

static void
slice(FILE *f, const char *s, size_t n)
{
	char		*c;

	c = g_strndup(s, n);
	json_string(f, c);
	g_free(c);
}

void
text_dump(const struct text *t, FILE *f)
{
	static const char *const kinds[] = {
		"word", "number", "punct", "symbol"
	};
	const struct text_sentence *se;
	const struct text_token *tk;
	guint		 i, j;

	fputs("{\"sentences\": [", f);
	for (i = 0; i < t->sentences->len; i++) {
		se = &g_array_index(t->sentences, struct text_sentence, i);
		fprintf(f, "%s\n  {\"start\": %zu, \"end\": %zu, "
		    "\"block\": %u, \"text\": ", i > 0 ? "," : "", se->start,
		    se->end, se->block);
		slice(f, t->str->str + se->tstart, se->tend - se->tstart);
		fputs(",\n   \"tokens\": [", f);
		for (j = 0; j < se->ntokens; j++) {
			tk = &g_array_index(t->tokens, struct text_token,
			    se->first_token + j);
			fprintf(f, "%s{\"start\": %" G_GUINT32_FORMAT
			    ", \"end\": %" G_GUINT32_FORMAT ", "
			    "\"kind\": \"%s\", \"text\": ", j > 0 ? ", " : "",
			    tk->start, tk->end, kinds[tk->kind]);
			slice(f, t->str->str + tk->tstart,
			    tk->tend - tk->tstart);
			fputc('}', f);
		}
		fputs("],\n   ", f);
		text_dump_clauses(t, i, f);
		fputc('}', f);
	}
	fputs("\n],\n", f);
	text_dump_mentions(t, f);
	fputs(",\n", f);
	text_dump_times(t, f);
	fputs("}\n", f);
}
