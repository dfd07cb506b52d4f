/* SPDX-License-Identifier: MIT */
/*
 * Plain-text body -> doc blocks: headings, bullets, paragraphs joined
 * from wrapped lines; the headline and date line go to the meta.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "msg.h"
#include "source.h"
#include "textfmt.h"

/* A heading is at most this long and has no final punctuation. */
#define HEAD_MAX_CHARS	80
#define HEAD_MAX_WORDS	12
/* Line 1 is a headline up to this long. */
#define HEADLINE_MAX	150
/* Lines of a hard-wrapped text are at most WRAP_MAX characters, the
 * longest at least WRAP_MIN, and most lines followed by text within
 * WRAP_SLACK of the longest. */
#define WRAP_MAX	100
#define WRAP_MIN	40
#define WRAP_SLACK	15
/* A bullet's lead-in up to its first colon is strong up to this long. */
#define LEAD_MAX_WORDS	8

enum kind {
	L_BLANK,
	L_TEXT,
	L_BULLET,		/* "- ", "* ", "• " */
	L_NUMBER		/* "1. ", "1) " */
};

/* What the paragraph rules know of the whole text. */
struct ctx {
	const struct source *src;
	size_t		 width;	/* wrap width, 0: not hard-wrapped */
	size_t		 wide;	/* width, else the longest line */
	int		 blanks;	/* blank lines part paragraphs */
	GHashTable	*hyph;	/* hyphenated words: "well-known" */
};

struct line {
	enum kind	 kind;
	size_t		 off;	/* first non-blank byte (the marker) */
	size_t		 text;	/* first byte of the text after a marker */
	size_t		 end;	/* after the last non-blank byte */
	int		 num;	/* L_NUMBER: its number */
};

static void	classify(const char *, struct line *);
static int	heading_like(const char *, const struct line *);
static int	sentence_end(const char *, const struct line *);
static int	wrapped_at(const char *, const struct line *,
		    const struct line *, size_t);
static int	joins(const struct ctx *, const struct line *,
		    const struct line *, int);
static int	hyphen(const struct ctx *, const struct line *,
		    const struct line *);
static GHashTable *hyphenated(const char *, size_t, size_t);
static size_t	head(const struct source *, struct line *, size_t,
		    struct doc_meta *);
static int	headline(const char *, const struct line *);
static void	add_spans(const struct source *, struct doc_node *, size_t,
		    size_t, unsigned);
static void	add_item(const struct source *, struct doc_node *,
		    const struct line *);
static struct doc_node *block_last(struct doc_node *);
static void	drop_hyphen(struct doc_node *);

int
textfmt_parse(const struct source *src, GPtrArray *blocks,
    struct doc_meta *meta)
{
	GArray		*lines;
	struct line	 l, *a;
	struct ctx	 c;
	struct doc_node	*node, *list = NULL;
	size_t		 i, j, k, n, first, width, full, runs, dl;
	int		 h, text = 0, gap = 0, lead = 0;

	/* The body starts at a line start (or at the end). */
	lines = g_array_new(FALSE, FALSE, sizeof(struct line));
	for (first = 0; first < src->nlines &&
	    src->lines[first] < src->body_off; first++)
		continue;
	for (i = first; i < src->nlines; i++) {
		l.off = src->lines[i];
		l.end = i + 1 < src->nlines ? src->lines[i + 1] : src->len;
		while (l.end > l.off && g_ascii_isspace(src->buf[l.end - 1]))
			l.end--;
		while (l.off < l.end && (src->buf[l.off] == ' ' ||
		    src->buf[l.off] == '\t'))
			l.off++;
		classify(src->buf, &l);
		g_array_append_val(lines, l);
	}
	a = (struct line *)(void *)lines->data;
	n = lines->len;
	memset(&c, 0, sizeof(c));
	c.src = src;
	/* blank lines part paragraphs when one stands between two texts
	 * and most lines followed by text do not end a sentence (a text
	 * of one paragraph a line ends nearly all) */
	for (i = 0, full = 0, runs = 0; i < n; i++) {
		if (a[i].kind == L_BLANK)
			gap = text;
		else {
			c.blanks |= gap;
			text = 1;
		}
		if (i + 1 < n && a[i].kind == L_TEXT &&
		    a[i + 1].kind == L_TEXT) {
			runs++;
			full += sentence_end(src->buf, &a[i]);
		}
	}
	c.blanks = c.blanks && full * 2 < runs;
	/* The wrap width: the longest text line, if a mail or wire text's
	 * (WRAP_MAX characters at most; longer lines are paragraphs). */
	for (i = 0, width = 0; i < n; i++)
		if (a[i].kind == L_TEXT)
			width = MAX(width, (size_t)g_utf8_strlen(src->buf +
			    a[i].off, a[i].end - a[i].off));
	c.wide = width;
	/* ... and most lines followed by text come near it */
	for (i = 0, full = 0, runs = 0; i + 1 < n; i++) {
		if (a[i].kind != L_TEXT || a[i + 1].kind != L_TEXT)
			continue;
		runs++;
		full += (size_t)g_utf8_strlen(src->buf + a[i].off,
		    a[i].end - a[i].off) + WRAP_SLACK >= width;
	}
	if (width > WRAP_MAX || width < WRAP_MIN || runs == 0 ||
	    full * 2 < runs)
		width = 0;
	c.width = width;
	if (width > 0)
		c.wide = width;
	c.hyph = hyphenated(src->buf, src->body_off, src->len);
	/* the headline and date line, taken out of the body */
	i = head(src, a, n, meta);

	for (; i < n; i++) {
		if (a[i].kind == L_BLANK)
			continue;
		if (a[i].kind == L_BULLET || a[i].kind == L_NUMBER) {
			if (list == NULL || (list->ordered !=
			    (a[i].kind == L_NUMBER))) {
				list = doc_node_new(DOC_LIST, src, a[i].off);
				list->level = 1;
				list->ordered = a[i].kind == L_NUMBER;
				list->start = list->ordered ? a[i].num : 0;
				g_ptr_array_add(blocks, list);
			}
			add_item(src, list, &a[i]);
			/* its wrapped lines: indented text right below */
			node = block_last(list);
			for (; i + 1 < n && a[i + 1].kind == L_TEXT &&
			    a[i + 1].off > src->lines[first + i + 1]; i++) {
				h = hyphen(&c, &a[i], &a[i + 1]);
				if (h == 1)
					drop_hyphen(node);
				if (h == 0)
					g_ptr_array_add(node->spans,
					    doc_span_new(" ", 1, 0, NULL, src,
					    a[i].end));
				add_spans(src, node, a[i + 1].text,
				    a[i + 1].end, 0);
			}
			lead = 1;	/* no dateline after a list */
			continue;
		}
		list = NULL;
		/* a paragraph: the text lines up to a blank line or a
		 * list item that its lines go on in */
		for (k = i; k + 1 < n && joins(&c, &a[k], &a[k + 1], k == i);
		    k++)
			continue;
		for (j = k + 1; j < n && a[j].kind == L_BLANK; j++)
			continue;
		/* a heading: one line, heading-like, before a paragraph (a
		 * wrapped one, or a line that is not heading-like) */
		if (k == i && j < n && heading_like(src->buf, &a[i]) &&
		    a[j].kind == L_TEXT && ((j + 1 < n && joins(&c, &a[j],
		    &a[j + 1], 0)) || !heading_like(src->buf, &a[j]))) {
			node = doc_node_new(DOC_HEADING, src, a[i].off);
			node->level = 2;
		} else
			node = doc_node_new(DOC_PARA, src, a[i].off);
		/* a wire dateline opening the first paragraph: its own
		 * span, which the analysis does not read */
		if (node->type == DOC_PARA && !lead &&
		    (dl = textfmt_dateline(src->buf + a[i].text,
		    a[i].end - a[i].text)) > 0 && a[i].text + dl < a[i].end) {
			g_ptr_array_add(node->spans, doc_span_new(src->buf +
			    a[i].text, dl, 0, NULL, src, a[i].text));
			node->dateline = a[i].text + dl - node->off;
			a[i].text += dl;
		}
		lead |= node->type == DOC_PARA;
		for (; i < k; i++) {
			/* each line and the line break after it, a space;
			 * a word hyphenated across it rejoined */
			h = hyphen(&c, &a[i], &a[i + 1]);
			add_spans(src, node, a[i].text, a[i].end - (h == 1),
			    0);
			if (h == 0)
				g_ptr_array_add(node->spans, doc_span_new(" ",
				    1, 0, NULL, src, a[i].end));
		}
		add_spans(src, node, a[i].text, a[i].end, 0);
		g_ptr_array_add(blocks, node);
	}
	g_hash_table_destroy(c.hyph);
	g_array_free(lines, TRUE);
	return 0;
}

/*
 * The headline and the date line of the body's lines a[0, n): line 1 is
 * the headline (meta->title, when the front matter gives none) when a
 * blank line or a date line follows it; a date line among the first two
 * lines left (a by-line and a date, or a date alone) dates the document
 * (meta->date, when the front matter gives none).  Both become blank.
 * Returns the first line of the rest.
 */
static size_t
head(const struct source *src, struct line *a, size_t n,
    struct doc_meta *meta)
{
	const char	*buf = src->buf;
	size_t		 i, k, last, tries;
	int		 y, m, d, date;

	for (i = 0; i < n && a[i].kind == L_BLANK; i++)
		continue;
	for (last = n; last > i && a[last - 1].kind == L_BLANK; last--)
		continue;
	if (meta == NULL || i == n)
		return i;
	/* (a date line may look like a numbered item: "12. März") */
	date = i + 1 < n && a[i + 1].kind != L_BLANK &&
	    textfmt_date_line(buf + a[i + 1].off, a[i + 1].end - a[i + 1].off,
	    &y, &m, &d);
	/* a headline, with body text after it (and its date line) */
	if (meta->title == NULL && a[i].kind == L_TEXT && i + 1 < n &&
	    (a[i + 1].kind == L_BLANK || date) && last > i + 1 + date &&
	    headline(buf, &a[i]) && !textfmt_date_line(buf + a[i].off,
	    a[i].end - a[i].off, &y, &m, &d)) {
		meta->title = g_strndup(buf + a[i].off, a[i].end - a[i].off);
		a[i].kind = L_BLANK;
	}
	for (k = i, tries = 0; k + 1 < last && tries < 2; k++) {
		if (a[k].kind == L_BLANK)
			continue;
		tries++;
		if (!textfmt_date_line(buf + a[k].off,
		    a[k].end - a[k].off, &y, &m, &d))
			continue;
		a[k].kind = L_BLANK;
		if (meta->date == NULL) {
			meta->date = g_strdup_printf("%04d-%02d-%02d", y, m, d);
			meta->year = y;
			meta->month = m;
			meta->day = d;
		}
		break;
	}
	return i;
}

/*
 * Does the paragraph of line l go on in line nx (first: l is the first
 * line of its paragraph)?  When wrapped at the text's width; besides,
 * in a text whose blank lines part paragraphs, when nx goes on in lower
 * case, or l is long (half the width or more) and does not end a
 * sentence or ends one near the width, unless l is a first line that
 * looks like a heading.
 */
static int
joins(const struct ctx *c, const struct line *l, const struct line *nx,
    int first)
{
	const char	*buf = c->src->buf;
	size_t		 len;

	if (wrapped_at(buf, l, nx, c->width))
		return 1;
	if (!c->blanks || l->kind != L_TEXT || nx->kind != L_TEXT)
		return 0;
	if (g_unichar_islower(g_utf8_get_char(buf + nx->off)))
		return 1;
	len = g_utf8_strlen(buf + l->off, l->end - l->off);
	if (len * 2 < c->wide || (first && heading_like(buf, l)))
		return 0;
	return !sentence_end(buf, l) || len + WRAP_SLACK >= c->wide;
}

/*
 * Line l ends in a word hyphenated before the line break going on in
 * nx ("inter-" and "national")?  0: no; 1: a hyphen of the line break,
 * dropped ("international"); 2: a hyphen of the word, kept without a
 * space: the part before it is capitalised ("Russia-backed"), or the
 * text writes the joined word with a hyphen elsewhere ("well-known").
 */
static int
hyphen(const struct ctx *c, const struct line *l, const struct line *nx)
{
	const char	*buf = c->src->buf, *s = buf + l->off, *e, *p, *q;
	char		*w;
	int		 keep;

	if (l->end - l->off < 3 || buf[l->end - 1] != '-' ||
	    !g_unichar_islower(g_utf8_get_char(buf + nx->text)))
		return 0;
	e = buf + l->end - 1;
	for (p = e; p > s; p = q) {
		q = g_utf8_prev_char(p);
		if (!g_unichar_isalpha(g_utf8_get_char(q)))
			break;
	}
	if (p == e)
		return 0;
	for (q = buf + nx->text; q < buf + nx->end &&
	    g_unichar_isalpha(g_utf8_get_char(q)); q = g_utf8_next_char(q))
		continue;
	w = g_strdup_printf("%.*s-%.*s", (int)(e - p), p,
	    (int)(q - (buf + nx->text)), buf + nx->text);
	keep = g_unichar_isupper(g_utf8_get_char(p)) ||
	    g_hash_table_contains(c->hyph, w);
	g_free(w);
	return keep ? 2 : 1;
}

/* The words of buf[b, e) written with a hyphen between letters, not at
 * a line end: a set of strings ("well-known"), built in one pass. */
static GHashTable *
hyphenated(const char *buf, size_t b, size_t e)
{
	GHashTable	*set;
	const char	*p;
	size_t		 i, s, k, w;
	int		 dash;

	set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = b; i < e; i = k) {
		for (; i < e && g_ascii_isspace(buf[i]); i++)
			continue;
		for (k = i, dash = 0; k < e && !g_ascii_isspace(buf[k]); k++)
			dash |= buf[k] == '-' && k > i && k + 1 < e &&
			    !g_ascii_isspace(buf[k + 1]);
		if (!dash)
			continue;
		/* trim punctuation around the word: brackets, quotes */
		for (s = i; s < k && g_unichar_ispunct(g_utf8_get_char(buf +
		    s)); s = g_utf8_next_char(buf + s) - buf)
			continue;
		for (w = k; w > s; w = p - buf) {
			p = g_utf8_prev_char(buf + w);
			if (*p == '-' || !g_unichar_ispunct(g_utf8_get_char(p)))
				break;
		}
		if (w > s && buf[w - 1] != '-')
			g_hash_table_add(set, g_strndup(buf + s, w - s));
	}
	return set;
}

/* Set the kind of l (off and end set) and where its text starts. */
static void
classify(const char *buf, struct line *l)
{
	const char	*s = buf + l->off;
	size_t		 len = l->end - l->off, m = 0, d;

	l->text = l->off;
	l->num = 0;
	if (len == 0) {
		l->kind = L_BLANK;
		return;
	}
	l->kind = L_TEXT;
	if (s[0] == '-' || s[0] == '*')
		m = 1;
	else if (len >= 3 && memcmp(s, "\xE2\x80\xA2", 3) == 0)
		m = 3;
	else {
		for (d = 0; d < len && d < 4 && g_ascii_isdigit(s[d]); d++)
			continue;
		if (d > 0 && d < 4 && d < len && (s[d] == '.' ||
		    s[d] == ')')) {
			l->num = atoi(s);
			m = d + 1;
		}
	}
	if (m == 0 || m + 1 >= len || (s[m] != ' ' && s[m] != '\t'))
		return;
	l->kind = l->num > 0 || s[0] == '0' ? L_NUMBER : L_BULLET;
	for (l->text = l->off + m; buf[l->text] == ' ' ||
	    buf[l->text] == '\t'; l->text++)
		continue;
}

/*
 * Was line l broken by a wrap at width characters, its paragraph going
 * on in line nx?  Yes when nx is text and its first word would not have
 * fitted after l: what a program that wraps at that width does.
 */
static int
wrapped_at(const char *buf, const struct line *l, const struct line *nx,
    size_t width)
{
	const char	*p, *e = buf + nx->end;
	size_t		 len;

	if (width == 0 || l->kind != L_TEXT || nx->kind != L_TEXT || l == nx)
		return 0;
	for (p = buf + nx->off; p < e && !g_ascii_isspace(*p); p++)
		continue;
	len = g_utf8_strlen(buf + l->off, l->end - l->off);
	if (len + 1 + g_utf8_strlen(buf + nx->off, p - (buf + nx->off)) >
	    width)
		return 1;
	/* a line filled for balance ("fmt -w 72" ends lines at 63 to
	 * 69): long, and the next goes on in lower case or this one
	 * stops mid-sentence and is no headline */
	return len + 2 * WRAP_SLACK >= width &&
	    (g_unichar_islower(g_utf8_get_char(buf + nx->off)) ||
	    (!sentence_end(buf, l) && !heading_like(buf, l)));
}

/* The line ends a sentence: '.', '!', '?' or ':' before closing quotes
 * and brackets. */
static int
sentence_end(const char *buf, const struct line *l)
{
	const char	*s = buf + l->off, *p = buf + l->end, *q;
	gunichar	 c;

	for (; p > s; p = q) {
		q = g_utf8_prev_char(p);
		c = g_utf8_get_char(q);
		if (c == '"' || c == ')' || c == ']' || c == 0x201D ||
		    c == 0x2019 || c == '\'')
			continue;
		return c == '.' || c == '!' || c == '?' || c == ':';
	}
	return 0;
}

/* A headline: a line of at most HEADLINE_MAX characters, not starting
 * in lower case nor ending in '.', ',', ';' or ':' (a question or
 * exclamation may end it). */
static int
headline(const char *buf, const struct line *l)
{
	const char	*s = buf + l->off, *e = buf + l->end;
	size_t		 len;

	len = g_utf8_strlen(s, e - s);
	return l->kind == L_TEXT && len > 0 && len <= HEADLINE_MAX &&
	    !g_unichar_islower(g_utf8_get_char(s)) &&
	    strchr(".,;:", e[-1]) == NULL;
}

/* Short, without final punctuation, not starting in lower case. */
static int
heading_like(const char *buf, const struct line *l)
{
	const char	*s = buf + l->off, *e = buf + l->end, *p, *q;
	gunichar	 c;
	int		 words = 0, inword = 0;

	if (l->kind != L_TEXT || e - s > HEAD_MAX_CHARS * 4 ||
	    g_utf8_strlen(s, e - s) > HEAD_MAX_CHARS ||
	    g_unichar_islower(g_utf8_get_char(s)))
		return 0;
	for (p = s; p < e; p++) {
		if (g_ascii_isspace(*p))
			inword = 0;
		else if (!inword) {
			inword = 1;
			words++;
		}
	}
	if (words > HEAD_MAX_WORDS)
		return 0;
	/* The last character, before closing quotes and brackets. */
	for (p = e; p > s; p = q) {
		q = g_utf8_prev_char(p);
		c = g_utf8_get_char(q);
		if (c != '"' && c != '\'' && c != ')' && c != ']' &&
		    c != 0x201D && c != 0x2019)
			break;
	}
	if (p == s)
		return 0;
	c = g_utf8_get_char(g_utf8_prev_char(p));
	return c != 0x2026 && (c >= 0x80 || strchr(".:;!?,", (int)c) == NULL);
}

/* Length of the URL at s (e ends the line), or 0. */
static size_t
url_at(const char *s, const char *e)
{
	static const char *const pre[] = { "http://", "https://", "www." };
	size_t		 i, n;

	for (i = 0; i < G_N_ELEMENTS(pre); i++)
		if ((size_t)(e - s) > strlen(pre[i]) &&
		    g_ascii_strncasecmp(s, pre[i], strlen(pre[i])) == 0)
			break;
	if (i == G_N_ELEMENTS(pre))
		return 0;
	for (n = 0; s + n < e && !g_ascii_isspace(s[n]); n++)
		continue;
	while (n > 0 && strchr(".,;:!?)]>'\"", s[n - 1]) != NULL)
		n--;
	return n > strlen(pre[i]) ? n : 0;
}

/* Spans of buf[b, e): text of style st, with URLs as links. */
static void
add_spans(const struct source *src, struct doc_node *node, size_t b,
    size_t e, unsigned st)
{
	const char	*buf = src->buf;
	size_t		 i, start = b, n;
	char		*href;

	for (i = b; i < e; i++) {
		if (i > b && !g_ascii_isspace(buf[i - 1]) &&
		    buf[i - 1] != '(' && buf[i - 1] != '<')
			continue;
		if ((n = url_at(buf + i, buf + e)) == 0)
			continue;
		if (i > start)
			g_ptr_array_add(node->spans, doc_span_new(buf + start,
			    i - start, st, NULL, src, start));
		href = g_ascii_strncasecmp(buf + i, "www.", 4) == 0 ?
		    g_strdup_printf("http://%.*s", (int)n, buf + i) :
		    g_strndup(buf + i, n);
		g_ptr_array_add(node->spans, doc_span_new(buf + i, n,
		    st | SPAN_LINK, href, src, i));
		g_free(href);
		i += n - 1;
		start = i + 1;
	}
	if (e > start)
		g_ptr_array_add(node->spans, doc_span_new(buf + start,
		    e - start, st, NULL, src, start));
}

/* The paragraph of the list's last item. */
static struct doc_node *
block_last(struct doc_node *list)
{
	struct doc_node	*item;

	item = g_ptr_array_index(list->children, list->children->len - 1);
	return g_ptr_array_index(item->children, 0);
}

/* The hyphen ending node's last span, a line break's, dropped. */
static void
drop_hyphen(struct doc_node *node)
{
	struct doc_span	*sp;
	size_t		 len;

	sp = g_ptr_array_index(node->spans, node->spans->len - 1);
	len = strlen(sp->text);
	if (len > 1 && sp->text[len - 1] == '-')
		sp->text[len - 1] = '\0';
}

/* A list item; a short lead-in up to the first colon is strong. */
static void
add_item(const struct source *src, struct doc_node *list,
    const struct line *l)
{
	struct doc_node	*item, *para;
	const char	*s = src->buf + l->text, *e = src->buf + l->end, *c, *p;
	int		 words = 0;

	item = doc_node_new(DOC_ITEM, src, l->off);
	para = doc_node_new(DOC_PARA, src, l->text);
	g_ptr_array_add(list->children, item);
	g_ptr_array_add(item->children, para);

	c = memchr(s, ':', e - s);
	if (c != NULL && c > s && (c + 1 == e || g_ascii_isspace(c[1]))) {
		for (p = s; p < c; p++)
			if (!g_ascii_isspace(*p) && (p == s ||
			    g_ascii_isspace(p[-1])))
				words++;
		if (words <= LEAD_MAX_WORDS) {
			add_spans(src, para, l->text, c + 1 - src->buf,
			    SPAN_STRONG);
			add_spans(src, para, c + 1 - src->buf, l->end, 0);
			return;
		}
	}
	add_spans(src, para, l->text, l->end, 0);
}
