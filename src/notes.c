/* SPDX-License-Identifier: MIT */
/* Numbered notes: the glossary terms and external links of the body. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "fileio.h"
#include "json.h"
#include "markdown_foot.h"
#include "msg.h"
#include "notes.h"

/* A glossary larger than this is refused: ours is 10 KB. */
#define GLOSSARY_MAX	(4 << 20)
/* Trie edge keys are allocated this many at a time. */
#define KEYBLOCK	4096

/*
 * A paragraph is matched as a sequence of folded characters (struct
 * el), each remembering the span bytes it came from: case-folded,
 * U+2019 read as ', a run of white space (across spans too) as one
 * ' ', soft hyphens dropped.  Terms are folded the same way, so that
 * matching compares code points and maps both ends of an occurrence
 * back to span offsets.  Terms are indexed by their first folded code
 * point, longest first, and tried only where a word may start.  The
 * scan is thus linear in the text, times the few terms sharing a first
 * character (and stops once every term is noted).
 */

#define FOLD_MAX	4	/* code points of a folded character at most */
#define SHY		0x00AD	/* soft hyphen: invisible to matching */
#define RSQUO		0x2019	/* typographic apostrophe: matches ' */

/* struct el flags */
#define EL_WORD		0x01	/* letter, digit or mark: not a boundary */
#define EL_BLOCKED	0x02	/* code or link text: never part of a term */
#define EL_FIRST	0x04	/* first code point of a folded character */
#define EL_LAST		0x08	/* last one */

struct el {
	gunichar	 c;		/* folded */
	unsigned	 flags;		/* EL_* */
	guint		 span, espan;	/* spans of the first and last byte */
	size_t		 start, end;	/* start in span, end in espan */
};

struct term {
	char		*term;		/* as given */
	char		*text;
	gunichar	*key;		/* folded */
	guint		 n;		/* code points in key */
	guint		 seq;		/* declaration order */
	int		 fm;		/* from the front matter, at pos */
	struct pos	 pos;
	int		 found;
};

/* An occurrence before numbering: spans s0..s1 of node, from byte b0
 * of s0 to byte b1 of s1. */
struct occ {
	struct note		*note;
	const struct doc_node	*node;
	guint			 block;		/* blocks before it: sort key */
	guint			 s0, s1;
	size_t			 b0, b1;
	int			 again;		/* a later footnote reference */
};

struct build {
	GPtrArray	*terms;		/* struct term *, front matter first */
	GHashTable	*keys;		/* folded UTF-8 key -> struct term * */
	/* The folded keys as a trie: node ids from 1 (0 is the root);
	 * child of (node, code point) in edges, keyed by an int64 held in
	 * keyblocks; the term ending at a node in ends (or NULL). */
	GHashTable	*edges;		/* gint64 * -> node id */
	GPtrArray	*keyblocks;	/* gint64[KEYBLOCK], g_free */
	guint		 nkeys;
	GPtrArray	*ends;		/* node id -> struct term * or NULL */
	guint		 left;		/* indexed terms not noted yet */
	GHashTable	*urls;		/* hrefs that have a note (borrowed) */
	GPtrArray	*occs;		/* struct occ * */
	GHashTable	*foots;		/* footnote text -> its struct occ *
					 * (borrowed) */
	GPtrArray	*reps;		/* struct occ *: later references to
					 * a footnote, note borrowed */
	GArray		*els;		/* struct el of the paragraph read */
	guint		 nblock;	/* paragraphs and headings so far */
};

static void	 add_term(struct build *, const char *, const char *,
		    const struct pos *);
static int	 load_glossary(struct build *, const struct doc *,
		    const char *);
static int	 parse_glossary(struct build *, const char *, size_t,
		    const char *);
static int	 glossary_line(struct build *, char *, char *, struct pos *,
		    const char *);
static int	 fold_char(gunichar, const char *, size_t, gunichar *);
static gunichar	*fold_term(const char *, guint *);
static void	 index_terms(struct build *);
static void	 walk(struct build *, const GPtrArray *);
static void	 read_para(struct build *, const struct doc_node *);
static void	 match_terms(struct build *, const struct doc_node *);
static guint	 edge_hash(gconstpointer);
static guint	 trie_step(struct build *, guint, gunichar, int);
static const char *bare(const char *);
static int	 external(const char *);
static void	 match_urls(struct build *, const struct doc_node *);
static void	 match_foots(struct build *, const struct doc_node *);
static void	 add_occ(struct build *, struct occ *, enum note_kind,
		    char *, char *);
static gint	 occ_cmp(gconstpointer, gconstpointer);
static struct notes *number(struct build *);
static void	 add_marks(struct notes *, const struct occ *);
static void	 build_free(struct build *);
static void	 term_free(gpointer);
static void	 note_free(gpointer);
static void	 mark_array_free(gpointer);

struct notes *
notes_build(const struct doc *doc, const char *glossary)
{
	struct build	 b;
	struct doc_note	*dn;
	struct term	*t;
	struct notes	*n = NULL;
	guint		 i;

	memset(&b, 0, sizeof(b));
	b.terms = g_ptr_array_new_with_free_func(term_free);
	b.keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	b.edges = g_hash_table_new(edge_hash, g_int64_equal);
	b.keyblocks = g_ptr_array_new_with_free_func(g_free);
	b.ends = g_ptr_array_new();
	g_ptr_array_add(b.ends, NULL);		/* the root */
	b.urls = g_hash_table_new(g_str_hash, g_str_equal);
	b.occs = g_ptr_array_new_with_free_func(g_free);
	b.foots = g_hash_table_new(g_str_hash, g_str_equal);
	b.reps = g_ptr_array_new_with_free_func(g_free);
	b.els = g_array_new(FALSE, FALSE, sizeof(struct el));

	for (i = 0; i < doc->meta.notes->len; i++) {
		dn = g_ptr_array_index(doc->meta.notes, i);
		add_term(&b, dn->term, dn->text, &dn->pos);
	}
	if (glossary != NULL && load_glossary(&b, doc, glossary) != 0)
		goto out;
	index_terms(&b);
	walk(&b, doc->blocks);
	for (i = 0; i < b.terms->len; i++) {
		t = g_ptr_array_index(b.terms, i);
		if (t->fm && !t->found)
			msg_at(doc->path, &t->pos, MSG_WARNING,
			    "note term '%s' does not occur in the text",
			    t->term);
	}
	n = number(&b);
out:
	build_free(&b);
	return n;
}

void
notes_free(struct notes *n)
{
	if (n == NULL)
		return;
	g_ptr_array_free(n->notes, TRUE);
	g_hash_table_destroy(n->marks);
	g_free(n);
}

const GArray *
notes_marks(const struct notes *n, const struct doc_span *span)
{
	return g_hash_table_lookup(n->marks, span);
}

char *
notes_glossary_path(const struct doc *doc, const char *assets)
{
	const char	*g = doc->meta.glossary;

	if (g == NULL)
		return NULL;
	/* absolute: a relative name is read from the source's folder */
	if (strcmp(g, "default") == 0) {
		char *rel = g_build_filename(assets != NULL ? assets : ".",
		    "glossary.tsv", NULL);
		char *abs = g_canonicalize_filename(rel, NULL);

		g_free(rel);
		return abs;
	}
	return g_strdup(g);
}

void
notes_dump(const struct notes *n, FILE *f)
{
	static const char *const kind[] = { "term", "url", "footnote" };
	const struct note *nt;
	guint		 i;

	fputc('[', f);
	for (i = 0; i < n->notes->len; i++) {
		nt = g_ptr_array_index(n->notes, i);
		fprintf(f, "%s\n  {\"num\": %d, \"kind\": \"%s\", \"term\": ",
		    i > 0 ? "," : "", nt->num, kind[nt->kind]);
		json_string(f, nt->term);
		fputs(", \"text\": ", f);
		json_string(f, nt->text);
		fprintf(f, ", \"off\": %zu, \"block\": %zu}", nt->off,
		    nt->block_off);
	}
	fputs(n->notes->len > 0 ? "\n]\n" : "]\n", f);
}

/* --- terms and the glossary ------------------------------------------- */

/*
 * A term and its note; pos: its front matter position (NULL: from the
 * glossary).  The first of the same folded key wins, so the front
 * matter, read first, overrides the glossary.  A term that folds to
 * nothing stays listed (a front matter one is then reported) but is
 * never indexed.
 */
static void
add_term(struct build *b, const char *term, const char *text,
    const struct pos *pos)
{
	struct term	*t;
	char		*key;

	t = g_new0(struct term, 1);
	t->key = fold_term(term, &t->n);
	key = g_ucs4_to_utf8(t->key, t->n, NULL, NULL, NULL);
	if (t->n > 0 && g_hash_table_contains(b->keys, key)) {
		g_free(key);
		g_free(t->key);
		g_free(t);
		return;
	}
	t->term = g_strdup(term);
	t->text = g_strdup(text);
	t->seq = b->terms->len;
	if (pos != NULL) {
		t->fm = 1;
		t->pos = *pos;
	}
	g_ptr_array_add(b->terms, t);
	if (t->n > 0)
		g_hash_table_insert(b->keys, key, t);
	else
		g_free(key);
}

/*
 * Read and parse the glossary file path: 0, or -1 after reporting why
 * not.  Read through fileio_read_named: inside the source's folder tree,
 * the assets or an --allow-path folder, a regular file, at most
 * GLOSSARY_MAX bytes; a refusal is an error at the `glossary:` value.
 */
static int
load_glossary(struct build *b, const struct doc *doc, const char *path)
{
	char	*text, *why = NULL, *shown, *dir;
	size_t	 len;
	int	 rc;

	if ((text = fileio_read_named(doc->path, path, GLOSSARY_MAX, &len,
	    &why)) == NULL) {
		msg_at(doc->path, &doc->meta.glossary_pos, MSG_ERROR,
		    "cannot read glossary: %s", why);
		g_free(why);
		return -1;
	}
	/* messages name "g.tsv" beside "t.md" as a path from here */
	dir = g_path_get_dirname(doc->path);
	shown = g_path_is_absolute(path) || strcmp(dir, ".") == 0 ?
	    g_strdup(path) : g_build_filename(dir, path, NULL);
	rc = parse_glossary(b, text, len, shown);
	g_free(shown);
	g_free(dir);
	g_free(text);
	return rc;
}

/*
 * Lines of "term<TAB>note"; blank lines and lines opening with '#'
 * skipped; spaces around either field ignored.  Every bad line is
 * reported (columns in code points); returns -1 if there was one.
 */
static int
parse_glossary(struct build *b, const char *text, size_t len,
    const char *path)
{
	struct pos	 pos = { 0, 1 };
	const char	*s, *e, *end = text + len, *bad;
	char		*line, *tab;
	int		 rc = 0;

	/* a byte order mark is not part of the first term */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3;
	for (s = text; s < end; s = e + 1) {
		pos.line++;
		if ((e = memchr(s, '\n', end - s)) == NULL)
			e = end;
		if (!g_utf8_validate(s, e - s, &bad)) {
			pos.col = g_utf8_strlen(s, bad - s) + 1;
			msg_at(path, &pos, MSG_ERROR,
			    "invalid UTF-8 in the glossary");
			rc = -1;
			continue;
		}
		line = g_strndup(s, e > s && e[-1] == '\r' ? e - s - 1 :
		    e - s);
		if ((tab = strchr(line, '\t')) != NULL)
			*tab++ = '\0';
		if (*line != '#' && glossary_line(b, line, tab, &pos,
		    path) != 0)
			rc = -1;
		g_free(line);
	}
	return rc;
}

/* One glossary line cut at its first tab (tab: the rest, or NULL). */
static int
glossary_line(struct build *b, char *term, char *tab, struct pos *pos,
    const char *path)
{
	const char	*p;
	glong		 tcol;

	tcol = g_utf8_strlen(term, -1) + 1;
	g_strstrip(term);
	if (tab == NULL) {
		if (*term == '\0')
			return 0;	/* blank */
		pos->col = tcol;
		msg_at(path, pos, MSG_ERROR,
		    "expected a term, a tab and a note");
		return -1;
	}
	if ((p = strchr(tab, '\t')) != NULL) {
		pos->col = tcol + 1 + g_utf8_strlen(tab, p - tab);
		msg_at(path, pos, MSG_ERROR,
		    "a second tab: notes may not contain tabs");
		return -1;
	}
	g_strstrip(tab);
	if (*term == '\0') {
		pos->col = 1;
		msg_at(path, pos, MSG_ERROR, "glossary entry without a term");
		return -1;
	}
	if (*tab == '\0') {
		pos->col = tcol + 1;
		msg_at(path, pos, MSG_ERROR, "glossary term '%s' has no note",
		    term);
		return -1;
	}
	add_term(b, term, tab, NULL);
	return 0;
}

/* The case-folded form of the character c, len bytes at p, into out;
 * returns its length in code points (ASCII, the common case, without
 * allocating). */
static int
fold_char(gunichar c, const char *p, size_t len, gunichar *out)
{
	const char	*q;
	char		*f;
	int		 n = 0;

	if (c < 0x80) {
		out[0] = g_ascii_tolower((char)c);
		return 1;
	}
	if (c == RSQUO) {
		out[0] = '\'';
		return 1;
	}
	f = g_utf8_casefold(p, len);
	for (q = f; *q != '\0' && n < FOLD_MAX; q = g_utf8_next_char(q))
		out[n++] = g_utf8_get_char(q);
	g_free(f);
	if (n == 0)
		out[n++] = c;
	return n;
}

/* A term folded as the text is (see the top of the file), white space
 * trimmed; *np its length (caller frees). */
static gunichar *
fold_term(const char *s, guint *np)
{
	GArray		*a = g_array_new(FALSE, FALSE, sizeof(gunichar));
	gunichar	 f[FOLD_MAX], c, space = ' ';
	const char	*p, *q;
	int		 n;

	for (p = s; *p != '\0'; p = q) {
		q = g_utf8_next_char(p);
		c = g_utf8_get_char(p);
		if (c == SHY)
			continue;
		if (g_unichar_isspace(c)) {
			if (a->len > 0 &&
			    g_array_index(a, gunichar, a->len - 1) != ' ')
				g_array_append_val(a, space);
			continue;
		}
		n = fold_char(c, p, q - p, f);
		g_array_append_vals(a, f, n);
	}
	if (a->len > 0 && g_array_index(a, gunichar, a->len - 1) == ' ')
		g_array_set_size(a, a->len - 1);
	*np = a->len;
	return (gunichar *)(void *)g_array_free(a, FALSE);
}

/* Trie edge keys mixed (a 64-bit finaliser): g_int64_hash's folding of
 * node * 0x110000 + c leaves long probe runs. */
static guint
edge_hash(gconstpointer p)
{
	guint64	v = *(const guint64 *)p;

	v ^= v >> 33;
	v *= G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
	v ^= v >> 33;
	return (guint)v;
}

/* The child of node along code point c: its id, 0 if none (add: make
 * it). */
static guint
trie_step(struct build *b, guint node, gunichar c, int add)
{
	gint64		 key = (gint64)node * 0x110000 + c;
	gint64		*slot;
	gpointer	 v;

	if ((v = g_hash_table_lookup(b->edges, &key)) != NULL || !add)
		return GPOINTER_TO_UINT(v);
	if (b->nkeys % KEYBLOCK == 0)
		g_ptr_array_add(b->keyblocks, g_new(gint64, KEYBLOCK));
	slot = (gint64 *)g_ptr_array_index(b->keyblocks,
	    b->keyblocks->len - 1) + b->nkeys++ % KEYBLOCK;
	*slot = key;
	g_ptr_array_add(b->ends, NULL);
	g_hash_table_insert(b->edges, slot, GUINT_TO_POINTER(b->ends->len -
	    1));
	return b->ends->len - 1;
}

/* Every term's key into the trie: matching then costs the length of
 * the longest key that starts at a place, whatever the number of terms. */
static void
index_terms(struct build *b)
{
	struct term	*t;
	guint		 i, k, node;

	for (i = 0; i < b->terms->len; i++) {
		t = g_ptr_array_index(b->terms, i);
		if (t->n == 0)
			continue;
		for (node = 0, k = 0; k < t->n; k++)
			node = trie_step(b, node, t->key[k], 1);
		/* keys are unique (b->keys): one term per end */
		b->ends->pdata[node] = t;
		b->left++;
	}
}

/* --- the body --------------------------------------------------------- */

/* Blocks in reading order: terms in paragraphs only, links also in
 * headings. */
static void
walk(struct build *b, const GPtrArray *blocks)
{
	const struct doc_node *node;
	guint		 i;

	for (i = 0; i < blocks->len; i++) {
		node = g_ptr_array_index(blocks, i);
		switch (node->type) {
		case DOC_PARA:
			b->nblock++;
			if (b->left > 0) {
				read_para(b, node);
				match_terms(b, node);
			}
			match_urls(b, node);
			match_foots(b, node);
			break;
		case DOC_HEADING:
		case DOC_IMAGE:		/* its caption */
			b->nblock++;
			match_urls(b, node);
			match_foots(b, node);
			break;
		case DOC_LIST:
		case DOC_ITEM:
		case DOC_QUOTE:
		case DOC_TABLE:
		case DOC_ROW:
			walk(b, node->children);
			break;
		case DOC_CELL:	/* links and footnotes, no terms */
			b->nblock++;
			match_urls(b, node);
			match_foots(b, node);
			break;
		case DOC_CODE:
			break;
		}
	}
}

/* The folded characters of a paragraph into b->els.  Code and link
 * text are kept, blocked, so that word boundaries see them. */
static void
read_para(struct build *b, const struct doc_node *node)
{
	const struct doc_span *sp;
	struct el	 e, *prev;
	gunichar	 f[FOLD_MAX], c;
	const char	*p, *q;
	unsigned	 blocked, word;
	guint		 k;
	int		 i, n;

	g_array_set_size(b->els, 0);
	for (k = 0; k < node->spans->len; k++) {
		sp = g_ptr_array_index(node->spans, k);
		blocked = (sp->style & (SPAN_CODE | SPAN_LINK)) ||
		    sp->href != NULL ? EL_BLOCKED : 0;
		for (p = sp->text; *p != '\0'; p = q) {
			q = g_utf8_next_char(p);
			c = g_utf8_get_char(p);
			if (c == SHY)
				continue;
			e.span = e.espan = k;
			e.start = p - sp->text;
			e.end = q - sp->text;
			if (g_unichar_isspace(c)) {
				prev = b->els->len == 0 ? NULL :
				    &g_array_index(b->els, struct el,
				    b->els->len - 1);
				if (prev != NULL && prev->c == ' ' &&
				    (prev->flags & EL_BLOCKED) == blocked) {
					prev->espan = k;
					prev->end = e.end;
					continue;
				}
				e.c = ' ';
				e.flags = blocked | EL_FIRST | EL_LAST;
				g_array_append_val(b->els, e);
				continue;
			}
			word = g_unichar_isalnum(c) || g_unichar_ismark(c) ?
			    EL_WORD : 0;
			n = fold_char(c, p, q - p, f);
			for (i = 0; i < n; i++) {
				e.c = f[i];
				e.flags = blocked | word |
				    (i == 0 ? EL_FIRST : 0) |
				    (i == n - 1 ? EL_LAST : 0);
				g_array_append_val(b->els, e);
			}
		}
	}
}

/*
 * At each word start, the longest term that matches.  A term already
 * noted still wins its place, so that "Korea" is not noted inside a
 * second "North Korea": only standalone occurrences count.
 */
static void
match_terms(struct build *b, const struct doc_node *node)
{
	const struct el	*el = (const struct el *)(void *)b->els->data;
	struct term	*t, *e;
	struct occ	 o;
	guint		 n = b->els->len, i = 0, k, at;

	while (i < n && b->left > 0) {
		if ((el[i].flags & (EL_FIRST | EL_BLOCKED)) != EL_FIRST ||
		    (i > 0 && (el[i - 1].flags & EL_WORD))) {
			i++;
			continue;
		}
		/* the longest key that matches here as whole words */
		t = NULL;
		for (at = 0, k = i; k < n && !(el[k].flags & EL_BLOCKED);
		    k++) {
			if ((at = trie_step(b, at, el[k].c, 0)) == 0)
				break;
			e = g_ptr_array_index(b->ends, at);
			if (e != NULL && (el[k].flags & EL_LAST) &&
			    (k + 1 == n || !(el[k + 1].flags & EL_WORD)))
				t = e;
		}
		if (t == NULL) {
			i++;
			continue;
		}
		if (!t->found) {
			t->found = 1;
			b->left--;
			memset(&o, 0, sizeof(o));
			o.node = node;
			o.s0 = el[i].span;
			o.b0 = el[i].start;
			o.s1 = el[i + t->n - 1].espan;
			o.b1 = el[i + t->n - 1].end;
			add_occ(b, &o, NOTE_TERM, g_strdup(t->term),
			    g_strdup(t->text));
		}
		i += t->n;
	}
}

/* The bare address of a URL, to tell "<https://x.org>" from "[X](...)". */
static const char *
bare(const char *s)
{
	if (g_ascii_strncasecmp(s, "mailto:", 7) == 0)
		return s + 7;
	if (g_ascii_strncasecmp(s, "https://", 8) == 0)
		return s + 8;
	if (g_ascii_strncasecmp(s, "http://", 7) == 0)
		return s + 7;
	return s;
}

static int
external(const char *href)
{
	return g_ascii_strncasecmp(href, "http:", 5) == 0 ||
	    g_ascii_strncasecmp(href, "https:", 6) == 0 ||
	    g_ascii_strncasecmp(href, "mailto:", 7) == 0;
}

/* Links whose text hides the URL: one note per URL.  A link's text is
 * the run of spans with its href (styles may change inside). */
static void
match_urls(struct build *b, const struct doc_node *node)
{
	const struct doc_span *sp, *sq = NULL;
	struct occ	 o;
	GString		*text;
	char		**w, **v;
	guint		 k, m;

	for (k = 0; k < node->spans->len; k = m) {
		sp = g_ptr_array_index(node->spans, k);
		if (sp->href == NULL) {
			m = k + 1;
			continue;
		}
		text = g_string_new(NULL);
		for (m = k; m < node->spans->len; m++) {
			sq = g_ptr_array_index(node->spans, m);
			if (g_strcmp0(sq->href, sp->href) != 0)
				break;
			g_string_append(text, sq->text);
		}
		sq = g_ptr_array_index(node->spans, m - 1);
		/* the note shows the text on one line */
		w = g_strsplit_set(text->str, " \t\n", -1);
		g_string_free(text, TRUE);
		text = g_string_new(NULL);
		for (v = w; *v != NULL; v++)
			if (**v != '\0')
				g_string_append_printf(text, "%s%s",
				    text->len > 0 ? " " : "", *v);
		g_strfreev(w);
		if (text->len > 0 && external(sp->href) &&
		    strcmp(bare(text->str), bare(sp->href)) != 0 &&
		    !g_hash_table_contains(b->urls, sp->href)) {
			g_hash_table_add(b->urls, sp->href);
			memset(&o, 0, sizeof(o));
			o.node = node;
			o.s0 = k;
			o.s1 = m - 1;
			o.b1 = strlen(sq->text);
			add_occ(b, &o, NOTE_URL, g_string_free(text, FALSE),
			    g_strdup(sp->href));
		} else
			g_string_free(text, TRUE);
	}
}

/*
 * Footnote references: a note each, numbered with the terms and links
 * in reading order; its text is the definition's, a URL one (nothing
 * but a URL) a NOTE_URL.  A later reference to the same note text
 * gets the same number.
 */
static void
match_foots(struct build *b, const struct doc_node *node)
{
	const struct doc_span *sp;
	struct occ	 o, *first;
	char		*url;
	guint		 k;

	for (k = 0; k < node->spans->len; k++) {
		sp = g_ptr_array_index(node->spans, k);
		if (!(sp->style & SPAN_FOOTREF) || sp->href == NULL)
			continue;
		memset(&o, 0, sizeof(o));
		o.node = node;
		o.s0 = o.s1 = k;
		if ((first = g_hash_table_lookup(b->foots, sp->href)) !=
		    NULL) {
			o.note = first->note;
			o.block = b->nblock;
			o.again = 1;
			g_ptr_array_add(b->reps, g_memdup2(&o, sizeof(o)));
			continue;
		}
		if ((url = markdown_foot_url(sp->href)) != NULL)
			add_occ(b, &o, NOTE_URL, NULL, url);
		else
			add_occ(b, &o, NOTE_FOOT, NULL, g_strdup(sp->href));
		g_hash_table_insert(b->foots, sp->href,
		    g_ptr_array_index(b->occs, b->occs->len - 1));
	}
}

/* Record an occurrence; term and text are handed over to its note. */
static void
add_occ(struct build *b, struct occ *o, enum note_kind kind, char *term,
    char *text)
{
	const struct doc_span *sp;
	struct note	*nt;

	sp = g_ptr_array_index(o->node->spans, o->s0);
	nt = g_new0(struct note, 1);
	nt->kind = kind;
	nt->term = term;
	nt->text = text;
	nt->off = sp->off + o->b0;
	nt->block_off = o->node->off;
	o->note = nt;
	o->block = b->nblock;
	g_ptr_array_add(b->occs, g_memdup2(o, sizeof(*o)));
}

/* --- numbering -------------------------------------------------------- */

static gint
occ_cmp(gconstpointer a, gconstpointer b)
{
	const struct occ *x = *(struct occ *const *)a;
	const struct occ *y = *(struct occ *const *)b;

	if (x->block != y->block)
		return x->block < y->block ? -1 : 1;
	if (x->s0 != y->s0)
		return x->s0 < y->s0 ? -1 : 1;
	return x->b0 < y->b0 ? -1 : x->b0 > y->b0;
}

/* Terms and links were found in two passes per paragraph: sort into
 * reading order, number, then mark the spans in that order, which keeps
 * each span's marks sorted. */
static struct notes *
number(struct build *b)
{
	struct notes	*n;
	struct occ	*o;
	guint		 i;

	n = g_new0(struct notes, 1);
	n->notes = g_ptr_array_new_with_free_func(note_free);
	n->marks = g_hash_table_new_full(g_direct_hash, g_direct_equal,
	    NULL, mark_array_free);
	g_ptr_array_sort(b->occs, occ_cmp);
	for (i = 0; i < b->occs->len; i++) {
		o = g_ptr_array_index(b->occs, i);
		o->note->num = (int)i + 1;
		g_ptr_array_add(n->notes, o->note);
		add_marks(n, o);
		o->note = NULL;		/* n has it now */
	}
	/* the notes are numbered: repeated footnote references */
	for (i = 0; i < b->reps->len; i++)
		add_marks(n, g_ptr_array_index(b->reps, i));
	return n;
}

/* One mark per span of the occurrence, hard breaks and empty ranges
 * left out; the last one carries the number. */
static void
add_marks(struct notes *n, const struct occ *o)
{
	const struct doc_span *sp;
	struct note_mark m;
	GArray		*a, *last = NULL;
	guint		 k;

	for (k = o->s0; k <= o->s1; k++) {
		sp = g_ptr_array_index(o->node->spans, k);
		m.start = k == o->s0 ? o->b0 : 0;
		m.end = k == o->s1 ? o->b1 : strlen(sp->text);
		/* a footnote reference has no text: its mark is empty */
		if ((sp->style & SPAN_BREAK) || (m.start >= m.end &&
		    !(sp->style & SPAN_FOOTREF)))
			continue;
		m.num = o->note->num;
		m.last = 0;
		m.again = o->again;
		if ((a = g_hash_table_lookup(n->marks, sp)) == NULL) {
			a = g_array_new(FALSE, FALSE,
			    sizeof(struct note_mark));
			g_hash_table_insert(n->marks, (gpointer)sp, a);
		}
		g_array_append_val(a, m);
		last = a;
	}
	if (last != NULL)
		g_array_index(last, struct note_mark, last->len - 1).last = 1;
}

/* --- memory ----------------------------------------------------------- */

static void
build_free(struct build *b)
{
	struct occ	*o;
	guint		 i;

	for (i = 0; i < b->occs->len; i++) {
		o = g_ptr_array_index(b->occs, i);
		note_free(o->note);
	}
	g_ptr_array_free(b->occs, TRUE);
	g_hash_table_destroy(b->foots);
	g_ptr_array_free(b->reps, TRUE);
	g_hash_table_destroy(b->edges);
	g_ptr_array_free(b->keyblocks, TRUE);
	g_ptr_array_free(b->ends, TRUE);
	g_hash_table_destroy(b->keys);
	g_hash_table_destroy(b->urls);
	g_ptr_array_free(b->terms, TRUE);
	g_array_free(b->els, TRUE);
}

static void
term_free(gpointer p)
{
	struct term	*t = p;

	g_free(t->term);
	g_free(t->text);
	g_free(t->key);
	g_free(t);
}

static void
note_free(gpointer p)
{
	struct note	*nt = p;

	if (nt == NULL)
		return;
	g_free(nt->term);
	g_free(nt->text);
	g_free(nt);
}

static void
mark_array_free(gpointer p)
{
	g_array_free(p, TRUE);
}
