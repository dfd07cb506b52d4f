/* SPDX-License-Identifier: MIT */
/* The document model: reading a source into it, building and freeing it. */
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "frontmatter.h"
#include "lang.h"
#include "markdown.h"
#include "msg.h"
#include "smartquotes.h"
#include "source.h"
#include "textfmt.h"

static void	meta_init(struct doc_meta *);
static void	meta_free(struct doc_meta *);
static char	*title_from_name(const char *);
static void	typography(GPtrArray *, const char *);
static void	typography_meta(struct doc_meta *);
static void	h1_title(GPtrArray *, struct doc_meta *);

struct doc *
doc_read(const struct source *src)
{
	struct doc	*doc;
	struct pos	 pos;
	enum doc_format	 fmt;
	int		 errors = msg_count(MSG_ERROR);
	size_t		 i;

	doc = g_new0(struct doc, 1);
	doc->path = g_strdup(src->path);
	doc->name = g_strdup(src->name);
	doc->blocks = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)doc_node_free);
	meta_init(&doc->meta);
	frontmatter_parse(src, &doc->meta);

	fmt = doc->meta.format;
	if (fmt == DOC_FMT_AUTO) {
		const char *dot = strrchr(src->name, '.');

		fmt = dot != NULL && g_ascii_strcasecmp(dot, ".txt") == 0 ?
		    DOC_FMT_TEXT : DOC_FMT_MARKDOWN;
	}
	doc->meta.format = fmt;

	for (i = src->body_off; i < src->len; i++)
		if (!g_ascii_isspace(src->buf[i]))
			break;
	if (i < src->len) {
		if (fmt == DOC_FMT_TEXT)
			textfmt_parse(src, doc->blocks, &doc->meta);
		else {
			markdown_parse(src, doc->blocks);
			h1_title(doc->blocks, &doc->meta);
		}
	}
	if (doc->blocks->len == 0) {
		pos = source_pos(src, src->body_off);
		msg_at(src->path, &pos, MSG_ERROR, "empty body");
	}
	if (doc->meta.lang == NULL) {
		const char *l = lang_detect(src->buf + src->body_off,
		    src->len - src->body_off, NULL);

		/* English, detected or not, keeps the default's region. */
		doc->meta.lang = g_strdup(l != NULL && strcmp(l, "en") != 0 ?
		    l : "en-US");
		doc->meta.lang_from = l != NULL ? LANG_DETECTED :
		    LANG_DEFAULT;
	}
	/* the language's quotation marks: « » in French, „ “ in German */
	typography(doc->blocks, doc->meta.lang);
	typography_meta(&doc->meta);
	if (doc->meta.title == NULL || *doc->meta.title == '\0') {
		g_free(doc->meta.title);
		doc->meta.title = title_from_name(src->name);
	}
	if (msg_count(MSG_ERROR) > errors) {
		doc_free(doc);
		return NULL;
	}
	return doc;
}

void
doc_free(struct doc *doc)
{
	if (doc == NULL)
		return;
	g_free(doc->path);
	g_free(doc->name);
	meta_free(&doc->meta);
	g_ptr_array_free(doc->blocks, TRUE);
	g_free(doc);
}

static void
str_free(gpointer p)
{
	struct doc_str	*s = p;

	g_free(s->s);
	g_free(s);
}

static void
actor_free(gpointer p)
{
	struct doc_actor *a = p;

	g_free(a->name);
	g_ptr_array_free(a->aliases, TRUE);
	g_free(a->kind);
	g_free(a->state);
	g_free(a);
}

static void
note_free(gpointer p)
{
	struct doc_note	*n = p;

	g_free(n->term);
	g_free(n->text);
	g_free(n);
}

static void
meta_init(struct doc_meta *m)
{
	memset(m, 0, sizeof(*m));
	m->format = DOC_FMT_AUTO;
	m->summary = g_ptr_array_new_with_free_func(str_free);
	m->chronology = g_ptr_array_new_with_free_func(str_free);
	m->actors = g_ptr_array_new_with_free_func(actor_free);
	m->relations = g_ptr_array_new_with_free_func(str_free);
	m->notes = g_ptr_array_new_with_free_func(note_free);
}

static void
meta_free(struct doc_meta *m)
{
	g_free(m->title);
	g_free(m->subtitle);
	g_free(m->date);
	g_free(m->author);
	g_free(m->organisation);
	g_free(m->classification);
	g_free(m->lang);
	g_ptr_array_free(m->summary, TRUE);
	g_free(m->src_publication);
	g_free(m->src_url);
	g_free(m->src_published);
	g_free(m->src_retrieved);
	g_ptr_array_free(m->chronology, TRUE);
	g_ptr_array_free(m->actors, TRUE);
	g_ptr_array_free(m->relations, TRUE);
	g_ptr_array_free(m->notes, TRUE);
	g_free(m->glossary);
}

/* A Markdown body opening with a `# H1`, and no title in the front
 * matter: the heading is the title, not a section. */
static void
h1_title(GPtrArray *blocks, struct doc_meta *m)
{
	struct doc_node	*n;
	struct doc_span	*sp;
	GString		*t;
	guint		 i;

	if (m->title != NULL || blocks->len == 0)
		return;
	n = g_ptr_array_index(blocks, 0);
	if (n->type != DOC_HEADING || n->level != 1)
		return;
	t = g_string_new(NULL);
	for (i = 0; i < n->spans->len; i++) {
		sp = g_ptr_array_index(n->spans, i);
		g_string_append(t, sp->style & SPAN_BREAK ? " " : sp->text);
	}
	g_strstrip(t->str);
	if (*t->str != '\0' && blocks->len > 1) {
		m->title = g_strdup(t->str);
		g_ptr_array_remove_index(blocks, 0);
	}
	g_string_free(t, TRUE);
}

/* "putin-north-korea.md" -> "Putin North Korea". */
static char *
title_from_name(const char *name)
{
	GString		*t;
	const char	*dot, *p;
	gunichar	 c;
	int		 start = 1;

	dot = strrchr(name, '.');
	if (dot == NULL || dot == name)
		dot = name + strlen(name);
	t = g_string_new(NULL);
	for (p = name; p < dot; p = g_utf8_next_char(p)) {
		c = g_utf8_get_char(p);
		if (c == '-' || c == '_' || g_unichar_isspace(c)) {
			if (!start)
				g_string_append_c(t, ' ');
			start = 1;
			continue;
		}
		g_string_append_unichar(t, start ? g_unichar_totitle(c) : c);
		start = 0;
	}
	if (t->len > 0 && t->str[t->len - 1] == ' ')
		g_string_truncate(t, t->len - 1);
	if (t->len == 0)
		g_string_assign(t, "Untitled");
	return g_string_free(t, FALSE);
}

/*
 * Smart quotes and dashes in the text of every leaf, across its spans;
 * not in code, nor in an autolink (text == href); spans with nothing
 * to change are left alone.  Nesting is bounded by DOC_MAX_DEPTH.
 */
static void
typography(GPtrArray *blocks, const char *lang)
{
	struct doc_node	*n;
	struct doc_span	*sp;
	gunichar	 prev;
	guint		 i, j;
	char		*s;

	for (i = 0; i < blocks->len; i++) {
		n = g_ptr_array_index(blocks, i);
		if (n->children != NULL)
			typography(n->children, lang);
		if (n->spans == NULL || n->type == DOC_CODE)
			continue;
		prev = 0;
		for (j = 0; j < n->spans->len; j++) {
			sp = g_ptr_array_index(n->spans, j);
			if (sp->style & SPAN_BREAK) {
				prev = 0;
				continue;
			}
			if ((sp->style & SPAN_CODE) || (sp->href != NULL &&
			    strcmp(sp->href, sp->text) == 0) ||
			    strpbrk(sp->text, "\"'-.") == NULL) {
				if (*sp->text != '\0')
					prev = g_utf8_get_char(
					    g_utf8_prev_char(sp->text +
					    strlen(sp->text)));
				continue;
			}
			s = smartquotes_lang(sp->text, &prev, lang);
			g_free(sp->text);
			sp->text = s;
		}
	}
}

static void
smarten(char **p, const char *lang)
{
	gunichar	 prev = 0;
	char		*s;

	if (*p == NULL)
		return;
	s = smartquotes_lang(*p, &prev, lang);
	g_free(*p);
	*p = s;
}

/* The front matter text that is printed as prose. */
static void
typography_meta(struct doc_meta *m)
{
	guint	i;

	smarten(&m->title, m->lang);
	smarten(&m->subtitle, m->lang);
	smarten(&m->author, m->lang);
	smarten(&m->organisation, m->lang);
	for (i = 0; i < m->summary->len; i++)
		smarten(&((struct doc_str *)
		    g_ptr_array_index(m->summary, i))->s, m->lang);
	for (i = 0; i < m->notes->len; i++)
		smarten(&((struct doc_note *)
		    g_ptr_array_index(m->notes, i))->text, m->lang);
}

struct doc_node *
doc_node_new(enum doc_type type, const struct source *src, size_t off)
{
	struct doc_node	*n;

	n = g_new0(struct doc_node, 1);
	n->type = type;
	if (type == DOC_HEADING || type == DOC_PARA || type == DOC_CODE ||
	    type == DOC_CELL || type == DOC_IMAGE)
		n->spans = g_ptr_array_new_with_free_func(
		    (GDestroyNotify)doc_span_free);
	else
		n->children = g_ptr_array_new_with_free_func(
		    (GDestroyNotify)doc_node_free);
	if (src != NULL)
		doc_node_set_off(n, src, off);
	return n;
}

void
doc_node_set_off(struct doc_node *node, const struct source *src,
    size_t off)
{
	node->off = off;
	node->pos = source_pos(src, off);
}

void
doc_node_free(struct doc_node *node)
{
	if (node == NULL)
		return;
	if (node->spans != NULL)
		g_ptr_array_free(node->spans, TRUE);
	if (node->children != NULL)
		g_ptr_array_free(node->children, TRUE);
	g_free(node->src);
	g_free(node);
}

struct doc_span *
doc_span_new(const char *text, size_t len, unsigned style, const char *href,
    const struct source *src, size_t off)
{
	struct doc_span	*sp;

	sp = g_new0(struct doc_span, 1);
	sp->text = g_strndup(text, len);
	sp->style = style;
	sp->href = g_strdup(href);
	sp->off = off;
	if (src != NULL)
		sp->pos = source_pos(src, off);
	return sp;
}

void
doc_span_free(struct doc_span *span)
{
	if (span == NULL)
		return;
	g_free(span->text);
	g_free(span->href);
	g_free(span);
}
