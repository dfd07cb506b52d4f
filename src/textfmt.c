/* SPDX-License-Identifier: MIT */
/* Plain-text body -> doc blocks: headings, bullets, paragraphs by line. */
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
static void	add_spans(const struct source *, struct doc_node *, size_t,
		    size_t, unsigned);
static void	add_item(const struct source *, struct doc_node *,
		    const struct line *);

int
textfmt_parse(const struct source *src, GPtrArray *blocks)
{
	GArray		*lines;
	struct line	 l, *a;
	struct doc_node	*node, *list = NULL;
	size_t		 i, j, k, n, first, width, full, runs;

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
	/* The wrap width: the longest text line, if a mail or wire text's
	 * (WRAP_MAX characters at most; longer lines are paragraphs). */
	for (i = 0, width = 0; i < n; i++)
		if (a[i].kind == L_TEXT)
			width = MAX(width, (size_t)g_utf8_strlen(src->buf +
			    a[i].off, a[i].end - a[i].off));
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

	for (i = 0; i < n; i++) {
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
			continue;
		}
		list = NULL;
		/* a hard-wrapped paragraph: the text lines up to a blank
		 * line or a list item, when blank lines part paragraphs */
		for (k = i; k + 1 < n && wrapped_at(src->buf, &a[k],
		    &a[k + 1], width); k++)
			continue;
		for (j = k + 1; j < n && a[j].kind == L_BLANK; j++)
			continue;
		/* a heading: one line, heading-like, before a paragraph (a
		 * wrapped one, or a line that is not heading-like) */
		if (k == i && j < n && heading_like(src->buf, &a[i]) &&
		    a[j].kind == L_TEXT && ((j + 1 < n && wrapped_at(src->buf,
		    &a[j], &a[j + 1], width)) || !heading_like(src->buf,
		    &a[j]))) {
			node = doc_node_new(DOC_HEADING, src, a[i].off);
			node->level = 2;
		} else
			node = doc_node_new(DOC_PARA, src, a[i].off);
		for (; i < k; i++) {
			/* each line and the line break after it, a space */
			add_spans(src, node, a[i].text, a[i].end, 0);
			g_ptr_array_add(node->spans, doc_span_new(" ", 1, 0,
			    NULL, src, a[i].end));
		}
		add_spans(src, node, a[i].text, a[i].end, 0);
		g_ptr_array_add(blocks, node);
	}
	g_array_free(lines, TRUE);
	return 0;
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
