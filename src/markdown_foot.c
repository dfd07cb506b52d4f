/* SPDX-License-Identifier: MIT */
/* Markdown footnotes: definitions found and blanked before md4c runs. */
#include <string.h>

#include <glib.h>
#include <md4c.h>

#include "markdown_foot.h"
#include "msg.h"
#include "source.h"

/* The line being read: [s, e) without its line end, next at n. */
struct line {
	const char	*s, *e, *n;
	int		 indent;	/* columns of leading blanks; a tab
					 * counts as 4 */
	int		 blank;
};

/* The state of the scan. */
struct scan {
	struct foot	*f;
	const struct source *src;
	struct foot_def	*def;		/* the definition going on, or NULL */
	GString		*text;		/* its text so far */
	const char	*gap;		/* first blank line after it, or NULL */
	int		 may_start;	/* a definition may start here */
	char		 fence;		/* '`' or '~' inside a fence, else 0 */
	size_t		 fence_len;
};

static void	 read_line(const char *, const char *, struct line *);
static size_t	 label_len(const char *, const char *);
static int	 fence(const struct line *, char *, size_t *);
static void	 blank(struct scan *, const char *, const char *);
static void	 add_text(struct scan *, const char *, const char *);
static void	 end_def(struct scan *);
static int	 start_def(struct scan *, const struct line *);
static void	 def_free(gpointer);
static char	*plain(const char *);

struct foot *
markdown_foot_scan(const struct source *src)
{
	struct scan	 sc;
	struct line	 ln;
	const char	*p, *end;
	char		 c;
	size_t		 n;

	memset(&sc, 0, sizeof(sc));
	sc.src = src;
	sc.f = g_new0(struct foot, 1);
	sc.f->buf = g_memdup2(src->buf, src->len + 1);
	sc.f->defs = g_ptr_array_new_with_free_func(def_free);
	sc.f->labels = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	sc.text = g_string_new(NULL);
	sc.may_start = 1;
	end = sc.f->buf + src->len;
	for (p = sc.f->buf + src->body_off; p < end; p = ln.n) {
		read_line(p, end, &ln);
		if (sc.fence != 0) {
			if (fence(&ln, &c, &n) && c == sc.fence &&
			    n >= sc.fence_len && ln.indent <= 3)
				sc.fence = 0;
			continue;
		}
		if (sc.def != NULL) {
			if (ln.blank) {
				if (sc.gap == NULL)
					sc.gap = ln.s;
				continue;
			}
			if ((sc.gap == NULL && ln.indent >= 1) ||
			    ln.indent >= 4) {
				add_text(&sc, ln.s, ln.e);
				blank(&sc, sc.gap != NULL ? sc.gap : ln.s,
				    ln.e);
				sc.gap = NULL;
				continue;
			}
			sc.may_start = 1;	/* after a definition or a gap */
			end_def(&sc);
		}
		if (sc.may_start && ln.indent <= 3 && start_def(&sc, &ln))
			continue;
		if (fence(&ln, &sc.fence, &sc.fence_len) && ln.indent <= 3) {
			sc.may_start = 0;
			continue;
		}
		sc.fence = 0;
		sc.may_start = ln.blank;
	}
	end_def(&sc);
	g_string_free(sc.text, TRUE);
	return sc.f;
}

void
markdown_foot_free(struct foot *f)
{
	if (f == NULL)
		return;
	g_free(f->buf);
	g_ptr_array_free(f->defs, TRUE);
	g_hash_table_destroy(f->labels);
	g_free(f);
}

size_t
markdown_foot_ref(const struct foot *f, const char *p, const char *end,
    struct foot_def **def)
{
	size_t	 n;
	char	*label, *key;

	*def = NULL;
	if (end - p < 4 || p[0] != '[' || p[1] != '^' ||
	    (p > f->buf && p[-1] == '\\'))
		return 0;
	if ((n = label_len(p + 2, end)) == 0 || p + 2 + n >= end ||
	    p[2 + n] != ']')
		return 0;
	label = g_strndup(p + 2, n);
	key = g_utf8_casefold(label, -1);
	*def = g_hash_table_lookup(f->labels, key);
	g_free(key);
	g_free(label);
	return n + 3;
}

char *
markdown_foot_url(const char *text)
{
	static const char *const schemes[] = { "http://", "https://" };
	char	*t = g_strstrip(g_strdup(text)), *u = t, *res = NULL;
	size_t	 n = strlen(u), i;

	if (n >= 2 && u[0] == '<' && u[n - 1] == '>') {
		u[n - 1] = '\0';
		u++;
	}
	if (*u == '\0' || strpbrk(u, " \t\n<>") != NULL) {
		g_free(t);
		return NULL;
	}
	for (i = 0; i < G_N_ELEMENTS(schemes); i++)
		if (g_ascii_strncasecmp(u, schemes[i],
		    strlen(schemes[i])) == 0 && u[strlen(schemes[i])] != '\0')
			res = g_strdup(u);
	if (res == NULL && g_ascii_strncasecmp(u, "www.", 4) == 0 &&
	    u[4] != '\0')
		res = g_strconcat("http://", u, NULL);
	g_free(t);
	return res;
}

/* --- lines ------------------------------------------------------------ */

static void
read_line(const char *p, const char *end, struct line *ln)
{
	const char	*q;

	ln->s = p;
	ln->n = memchr(p, '\n', (size_t)(end - p));
	ln->n = ln->n != NULL ? ln->n + 1 : end;
	ln->e = ln->n > p && ln->n[-1] == '\n' ? ln->n - 1 : ln->n;
	if (ln->e > p && ln->e[-1] == '\r')
		ln->e--;
	ln->indent = 0;
	for (q = p; q < ln->e && (*q == ' ' || *q == '\t'); q++)
		ln->indent += *q == '\t' ? 4 : 1;
	ln->blank = q == ln->e;
}

/* The length of a label at p (0: none): no blanks, no brackets. */
static size_t
label_len(const char *p, const char *end)
{
	const char	*q;

	for (q = p; q < end && q - p <= FOOT_LABEL_MAX; q++)
		if (*q == ']' || *q == '[' || *q == ' ' || *q == '\t' ||
		    *q == '\n' || *q == '\r')
			break;
	return q - p > FOOT_LABEL_MAX ? 0 : (size_t)(q - p);
}

/* An opening or closing code fence: 3 or more '`' or '~'. */
static int
fence(const struct line *ln, char *c, size_t *n)
{
	const char	*p = ln->s, *q;

	while (p < ln->e && *p == ' ')
		p++;
	if (p == ln->e || (*p != '`' && *p != '~'))
		return 0;
	for (q = p; q < ln->e && *q == *p; q++)
		;
	if (q - p < 3)
		return 0;
	*c = *p;
	*n = (size_t)(q - p);
	return 1;
}

/* --- definitions ------------------------------------------------------ */

/* Make the bytes [s, e) spaces, line ends kept. */
static void
blank(struct scan *sc, const char *s, const char *e)
{
	char	*p;

	(void)sc;
	for (p = (char *)s; p < e; p++)
		if (*p != '\n' && *p != '\r')
			*p = ' ';
}

/* Append [s, e), its blanks trimmed, before it is blanked. */
static void
add_text(struct scan *sc, const char *s, const char *e)
{
	while (s < e && g_ascii_isspace(*s))
		s++;
	while (e > s && g_ascii_isspace(e[-1]))
		e--;
	if (s == e)
		return;
	if (sc->text->len > 0)
		g_string_append_c(sc->text, ' ');
	g_string_append_len(sc->text, s, e - s);
}

/* A definition at the line ln: taken (1) or not (0). */
static int
start_def(struct scan *sc, const struct line *ln)
{
	const char	*p = ln->s + ln->indent;
	struct foot_def	*d;
	struct pos	 pos;
	size_t		 n;
	char		*key;

	if (ln->e - p < 5 || p[0] != '[' || p[1] != '^' ||
	    (n = label_len(p + 2, ln->e)) == 0 || p + n + 4 > ln->e ||
	    p[2 + n] != ']' || p[3 + n] != ':')
		return 0;
	d = g_new0(struct foot_def, 1);
	d->label = g_strndup(p + 2, n);
	d->off = (size_t)(p - sc->f->buf);
	g_string_truncate(sc->text, 0);
	add_text(sc, p + 4 + n, ln->e);
	blank(sc, ln->s, ln->e);
	key = g_utf8_casefold(d->label, -1);
	if (g_hash_table_contains(sc->f->labels, key)) {
		pos = source_pos(sc->src, d->off);
		msg_at(sc->src->path, &pos, MSG_WARNING, "footnote '[^%s]' "
		    "is defined twice; the first definition is used",
		    d->label);
		d->used = 1;	/* no "unused" warning besides */
		g_free(key);
	} else
		g_hash_table_insert(sc->f->labels, key, d);
	g_ptr_array_add(sc->f->defs, d);
	sc->def = d;
	sc->gap = NULL;
	return 1;
}

/* The definition going on is complete: its text collapsed. */
static void
end_def(struct scan *sc)
{
	char	**w, **v;
	GString	*t;

	if (sc->def == NULL)
		return;
	w = g_strsplit_set(sc->text->str, " \t", -1);
	t = g_string_new(NULL);
	for (v = w; *v != NULL; v++)
		if (**v != '\0')
			g_string_append_printf(t, "%s%s", t->len > 0 ? " " :
			    "", *v);
	g_strfreev(w);
	sc->def->text = plain(t->str);
	g_string_free(t, TRUE);
	if (sc->def->text[0] == '\0' && !sc->def->used) {
		struct pos pos = source_pos(sc->src, sc->def->off);
		char *key = g_utf8_casefold(sc->def->label, -1);

		msg_at(sc->src->path, &pos, MSG_WARNING, "footnote '[^%s]' "
		    "has no text; ignored", sc->def->label);
		g_hash_table_remove(sc->f->labels, key);
		g_free(key);
		sc->def->used = 1;
	}
	sc->def = NULL;
	sc->gap = NULL;
}

/* --- the note's text ------------------------------------------------- */

/* What plain() collects: the text, and the open links' targets. */
struct plain {
	GString		*s;
	GPtrArray	*hrefs;		/* char *: links open */
	size_t		*starts;	/* where each open link's text began */
	int		 other;		/* a block other than a paragraph */
};

static int
plain_block(MD_BLOCKTYPE type, void *detail, void *arg)
{
	struct plain	*pl = arg;

	(void)detail;
	if (type != MD_BLOCK_DOC && type != MD_BLOCK_P)
		pl->other = 1;
	return 0;
}

static int
plain_enter(MD_SPANTYPE type, void *detail, void *arg)
{
	struct plain		*pl = arg;
	const MD_ATTRIBUTE	*a;

	if (type != MD_SPAN_A)
		return 0;
	a = &((MD_SPAN_A_DETAIL *)detail)->href;
	g_ptr_array_add(pl->hrefs, g_strndup(a->text, a->size));
	pl->starts = g_renew(size_t, pl->starts, pl->hrefs->len);
	pl->starts[pl->hrefs->len - 1] = pl->s->len;
	return 0;
}

/* A link's target follows its text, unless the text is the target. */
static int
plain_leave(MD_SPANTYPE type, void *detail, void *arg)
{
	struct plain	*pl = arg;
	const char	*href, *text;

	(void)detail;
	if (type != MD_SPAN_A || pl->hrefs->len == 0)
		return 0;
	href = g_ptr_array_index(pl->hrefs, pl->hrefs->len - 1);
	text = pl->s->str + pl->starts[pl->hrefs->len - 1];
	if (*href != '\0' && strcmp(text, href) != 0 &&
	    !(g_ascii_strncasecmp(href, "mailto:", 7) == 0 &&
	    strcmp(text, href + 7) == 0))
		g_string_append_printf(pl->s, " (%s)", href);
	g_ptr_array_remove_index(pl->hrefs, pl->hrefs->len - 1);
	return 0;
}

static int
plain_text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE n, void *arg)
{
	struct plain	*pl = arg;

	if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
		g_string_append_c(pl->s, ' ');
	else if (type == MD_TEXT_NULLCHAR)
		g_string_append(pl->s, "\xEF\xBF\xBD");
	else if (type == MD_TEXT_ENTITY && n == 5 &&
	    memcmp(s, "&amp;", 5) == 0)
		g_string_append_c(pl->s, '&');
	else
		g_string_append_len(pl->s, s, n);
	return 0;
}

/*
 * The note's text as it reads: emphasis, code and link marks dropped,
 * a link's target in brackets after its text ("[Report](https://x)" is
 * "Report (https://x)"), through md4c as one paragraph.  The text as
 * given if md4c fails or leaves nothing.
 */
static char *
plain(const char *md)
{
	MD_PARSER	 parser;
	struct plain	 pl;
	char		*res;

	memset(&parser, 0, sizeof(parser));
	parser.flags = MD_FLAG_PERMISSIVEURLAUTOLINKS |
	    MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_STRIKETHROUGH;
	parser.enter_block = plain_block;
	parser.leave_block = plain_block;
	parser.enter_span = plain_enter;
	parser.leave_span = plain_leave;
	parser.text = plain_text;
	pl.s = g_string_new(NULL);
	pl.hrefs = g_ptr_array_new_with_free_func(g_free);
	pl.starts = NULL;
	pl.other = 0;
	/* a note that would read as a heading, a list or a quote ("# 1",
	 * "- see", "> x") is no Markdown: taken as written */
	if (md[0] == '\0' || md_parse(md, (MD_SIZE)strlen(md), &parser,
	    &pl) != 0 || pl.s->len == 0 || pl.other) {
		g_string_free(pl.s, TRUE);
		res = g_strdup(md);
	} else
		res = g_strstrip(g_string_free(pl.s, FALSE));
	g_ptr_array_free(pl.hrefs, TRUE);
	g_free(pl.starts);
	return res;
}

static void
def_free(gpointer p)
{
	struct foot_def	*d = p;

	g_free(d->label);
	g_free(d->text);
	g_free(d);
}
