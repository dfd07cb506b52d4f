/* SPDX-License-Identifier: MIT */
/* Markdown body -> doc blocks and spans, through md4c's callbacks. */
#include <limits.h>
#include <string.h>

#include <glib.h>
#include <md4c.h>

#include "doc.h"
#include "markdown.h"
#include "markdown_foot.h"
#include "msg.h"
#include "source.h"

#define MD_FLAGS	(MD_FLAG_TABLES | MD_FLAG_PERMISSIVEURLAUTOLINKS | \
			 MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_STRIKETHROUGH)

/* One md4c block open around the current callback. */
struct frame {
	MD_BLOCKTYPE	 type;
	struct doc_node	*node;		/* container made for it, or NULL */
};

struct md {
	const struct source *src;
	struct foot	*foot;		/* footnotes; md4c reads foot->buf */
	const char	*base;		/* foot->buf: offsets count from it */
	size_t		 skip;		/* text before this offset belongs to
					 * a footnote reference already made */
	GPtrArray	*blocks;	/* top level, where blocks go */
	GArray		*frames;	/* struct frame */
	int		 depth;		/* containers made and open */
	int		 lists;		/* lists made and open */
	struct doc_node	*leaf;		/* HEADING, PARA or CODE being filled */
	GPtrArray	*leaf_in;	/* the array holding leaf */
	int		 implicit;	/* leaf: text of a tight list item */
	int		 html;		/* leaf is a raw HTML block */
	int		 html_warned;	/* inline HTML warned in this leaf */
	struct doc_span	*span;		/* last span of leaf, text in buf */
	GString		*buf;
	GPtrArray	*pending;	/* nodes waiting for their first text */
	GPtrArray	*warns;		/* const char *, likewise */
	size_t		 last;		/* offset after the last text */
	int		 em, strong, code, th, comment, cell, deep_warned;
	int		 del;		/* strikethrough spans open */
	int		 thead;		/* in a table's header */
	int		 flat;		/* a table too deep to nest: its rows
					 * are set as paragraphs, cells
					 * between " | " */
	GPtrArray	*hrefs;		/* char *, links open */
	int		 img;		/* image spans open */
	int		 img_block;	/* the outermost is a DOC_IMAGE leaf */
	int		 img_split;	/* an image ended the leaf: blanks
					 * before more text are dropped */
};

static int	enter_block(MD_BLOCKTYPE, void *, void *);
static int	leave_block(MD_BLOCKTYPE, void *, void *);
static int	enter_span(MD_SPANTYPE, void *, void *);
static int	leave_span(MD_SPANTYPE, void *, void *);
static int	text(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *);
static void	append(struct md *, const char *, size_t, unsigned, size_t);
static void	close_leaf(struct md *);
static void	entity(GString *, const char *, size_t);
static void	normal_text(struct md *, const char *, size_t, size_t);
static void	unused_footnotes(struct md *);
static struct doc_node *enter_table(struct md *, MD_BLOCKTYPE, void *);
static void	leave_table(struct md *, MD_BLOCKTYPE);
static void	image_open(struct md *, const MD_SPAN_IMG_DETAIL *);
static void	image_close(struct md *);

int
markdown_parse(const struct source *src, GPtrArray *blocks)
{
	MD_PARSER	 parser;
	struct md	 md;
	size_t		 len = src->len - src->body_off;
	guint		 i;
	int		 rc = 0;

	if (len > UINT_MAX / 2) {
		msg_at(src->path, NULL, MSG_ERROR, "file too large");
		return -1;
	}
	memset(&md, 0, sizeof(md));
	md.src = src;
	md.blocks = blocks;
	md.frames = g_array_new(FALSE, FALSE, sizeof(struct frame));
	md.buf = g_string_new(NULL);
	md.pending = g_ptr_array_new();
	md.warns = g_ptr_array_new();
	md.hrefs = g_ptr_array_new_with_free_func(g_free);
	md.last = src->body_off;
	md.foot = markdown_foot_scan(src);
	md.base = md.foot->buf;

	memset(&parser, 0, sizeof(parser));
	parser.flags = MD_FLAGS;
	parser.enter_block = enter_block;
	parser.leave_block = leave_block;
	parser.enter_span = enter_span;
	parser.leave_span = leave_span;
	parser.text = text;
	if (md_parse(md.base + src->body_off, (MD_SIZE)len, &parser,
	    &md) != 0) {
		msg_at(src->path, NULL, MSG_ERROR, "markdown parser failed");
		rc = -1;
	}
	close_leaf(&md);
	for (i = 0; i < md.pending->len; i++)
		doc_node_set_off(g_ptr_array_index(md.pending, i), src,
		    md.last);
	for (i = 0; i < md.warns->len; i++) {
		struct pos pos = source_pos(src, md.last);

		msg_at(src->path, &pos, MSG_WARNING, "%s",
		    (const char *)g_ptr_array_index(md.warns, i));
	}
	g_array_free(md.frames, TRUE);
	g_string_free(md.buf, TRUE);
	g_ptr_array_free(md.pending, TRUE);
	g_ptr_array_free(md.warns, TRUE);
	g_ptr_array_free(md.hrefs, TRUE);
	unused_footnotes(&md);
	markdown_foot_free(md.foot);
	return rc;
}

/* Where blocks go now: the deepest container made, or the top level. */
static GPtrArray *
children(struct md *md)
{
	struct frame	*f;
	guint		 i;

	for (i = md->frames->len; i > 0; i--) {
		f = &g_array_index(md->frames, struct frame, i - 1);
		if (f->node != NULL)
			return f->node->children;
	}
	return md->blocks;
}

static struct doc_node *
add_node(struct md *md, enum doc_type type)
{
	struct doc_node	*node;

	node = doc_node_new(type, NULL, 0);
	g_ptr_array_add(children(md), node);
	g_ptr_array_add(md->pending, node);
	return node;
}

static void
open_leaf(struct md *md, enum doc_type type, int implicit)
{
	close_leaf(md);
	md->leaf_in = children(md);
	md->leaf = add_node(md, type);
	md->implicit = implicit;
	md->html = 0;
	md->html_warned = 0;
	md->comment = 0;
	md->img_split = 0;
}

/* Give the open span its text. */
static void
flush(struct md *md)
{
	if (md->span == NULL)
		return;
	g_free(md->span->text);
	md->span->text = g_strndup(md->buf->str, md->buf->len);
	md->span = NULL;
	g_string_truncate(md->buf, 0);
}

/* Finish the leaf: drop it if empty or an HTML comment. */
static void
close_leaf(struct md *md)
{
	struct doc_node	*leaf = md->leaf;
	struct doc_span	*sp;
	size_t		 n;
	int		 drop;

	if (leaf == NULL)
		return;
	flush(md);
	md->leaf = NULL;
	/* an empty cell stays: it holds its column; an image stays
	 * without alt text: it has its file */
	drop = leaf->spans->len == 0 && leaf->type != DOC_CELL &&
	    leaf->type != DOC_IMAGE;
	if (leaf->spans->len == 0 && leaf->type == DOC_CELL &&
	    g_ptr_array_remove(md->pending, leaf))
		doc_node_set_off(leaf, md->src, md->last);
	if (!drop && md->html) {
		sp = g_ptr_array_index(leaf->spans, 0);
		g_strstrip(sp->text);
		if (g_str_has_prefix(sp->text, "<!--"))
			drop = 1;
		else
			msg_at(md->src->path, &leaf->pos, MSG_WARNING,
			    "raw HTML is not supported; set as text");
	}
	if (!drop && leaf->type == DOC_CODE) {
		sp = g_ptr_array_index(leaf->spans, 0);
		n = strlen(sp->text);
		if (n > 0 && sp->text[n - 1] == '\n')
			sp->text[n - 1] = '\0';
	}
	if (drop) {
		g_ptr_array_remove(md->pending, leaf);
		g_ptr_array_remove(md->leaf_in, leaf);
	}
}

static void
push(struct md *md, MD_BLOCKTYPE type, struct doc_node *node)
{
	struct frame	f;

	f.type = type;
	f.node = node;
	if (node != NULL)
		md->depth++;
	g_array_append_val(md->frames, f);
}

/* A container, made if DOC_MAX_DEPTH leaves room for need more levels. */
static struct doc_node *
container(struct md *md, enum doc_type type, int need)
{
	if (md->depth + need <= DOC_MAX_DEPTH)
		return add_node(md, type);
	if (!md->deep_warned) {
		md->deep_warned = 1;
		g_ptr_array_add(md->warns, (char *)"blocks nest too deep; "
		    "deeper ones are set at the deepest level");
	}
	return NULL;
}

static int
enter_block(MD_BLOCKTYPE type, void *detail, void *arg)
{
	struct md	*md = arg;
	struct doc_node	*node = NULL;
	struct frame	*top;

	if (md->implicit)
		close_leaf(md);
	switch (type) {
	case MD_BLOCK_QUOTE:
		node = container(md, DOC_QUOTE, 2);
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		/* The list, an item, a block in it. */
		if ((node = container(md, DOC_LIST, 3)) == NULL)
			break;
		node->level = ++md->lists;
		if (type == MD_BLOCK_OL) {
			node->ordered = 1;
			node->start = (int)MIN(((MD_BLOCK_OL_DETAIL *)
			    detail)->start, (unsigned)G_MAXINT);
		}
		break;
	case MD_BLOCK_LI:
		top = &g_array_index(md->frames, struct frame,
		    md->frames->len - 1);
		if (top->node != NULL)
			node = add_node(md, DOC_ITEM);
		break;
	case MD_BLOCK_H:
		open_leaf(md, DOC_HEADING, 0);
		md->leaf->level = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
		break;
	case MD_BLOCK_P:
		open_leaf(md, DOC_PARA, 0);
		break;
	case MD_BLOCK_CODE:
		open_leaf(md, DOC_CODE, 0);
		break;
	case MD_BLOCK_HTML:
		open_leaf(md, DOC_PARA, 0);
		md->html = 1;
		break;
	case MD_BLOCK_TABLE:
	case MD_BLOCK_THEAD:
	case MD_BLOCK_TBODY:
	case MD_BLOCK_TR:
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		node = enter_table(md, type, detail);
		break;
	default:
		break;
	}
	push(md, type, node);
	return 0;
}

static int
leave_block(MD_BLOCKTYPE type, void *detail, void *arg)
{
	struct md	*md = arg;
	struct frame	 f;

	(void)detail;
	f = g_array_index(md->frames, struct frame, md->frames->len - 1);
	g_array_set_size(md->frames, md->frames->len - 1);
	if (f.node != NULL) {
		md->depth--;
		if (f.node->type == DOC_LIST)
			md->lists--;
	}
	switch (type) {
	case MD_BLOCK_QUOTE:
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
	case MD_BLOCK_LI:
		if (md->implicit)
			close_leaf(md);
		break;
	case MD_BLOCK_H:
	case MD_BLOCK_P:
	case MD_BLOCK_CODE:
	case MD_BLOCK_HTML:
		close_leaf(md);
		break;
	case MD_BLOCK_TABLE:
	case MD_BLOCK_TR:
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		leave_table(md, type);
		break;
	default:
		break;
	}
	return 0;
}

/* The link target of an attribute, entities decoded. */
static char *
attribute(const MD_ATTRIBUTE *a)
{
	GString	*s;
	size_t	 i, b, e;

	s = g_string_sized_new(a->size);
	for (i = 0; a->substr_offsets[i] < a->size; i++) {
		b = a->substr_offsets[i];
		e = a->substr_offsets[i + 1];
		if (a->substr_types[i] == MD_TEXT_ENTITY)
			entity(s, a->text + b, e - b);
		else if (a->substr_types[i] == MD_TEXT_NULLCHAR)
			g_string_append(s, "\xEF\xBF\xBD");
		else
			g_string_append_len(s, a->text + b, e - b);
	}
	return g_string_free(s, FALSE);
}

/* Report the waiting warnings at off. */
static void
warn_at(struct md *md, size_t off)
{
	struct pos	pos;
	guint		i;

	if (md->warns->len == 0)
		return;
	pos = source_pos(md->src, off);
	for (i = 0; i < md->warns->len; i++)
		msg_at(md->src->path, &pos, MSG_WARNING, "%s",
		    (const char *)g_ptr_array_index(md->warns, i));
	g_ptr_array_set_size(md->warns, 0);
}

/*
 * What a link may point to: http, https and mailto URLs ("www." gets
 * "http://"), and "#section" inside the briefing.  Anything else
 * (javascript:, file:, a relative path) would be a trap or a dead link
 * in a PDF: the text stays, unlinked, with a warning.  Takes href.
 */
static char *
link_target(struct md *md, char *href)
{
	static const char *const ok[] = { "http://", "https://", "mailto:" };
	size_t	i;

	if (href == NULL)
		return NULL;
	if (href[0] == '#' && href[1] != '\0')
		return href;
	for (i = 0; i < G_N_ELEMENTS(ok); i++)
		if (g_ascii_strncasecmp(href, ok[i], strlen(ok[i])) == 0 &&
		    href[strlen(ok[i])] != '\0')
			return href;
	if (g_ascii_strncasecmp(href, "www.", 4) == 0) {
		char *h = g_strconcat("http://", href, NULL);

		g_free(href);
		return h;
	}
	g_free(href);
	g_ptr_array_add(md->warns, (char *)"link kept as plain text: only "
	    "http, https and mailto links and #section links are made");
	return NULL;
}

static int
enter_span(MD_SPANTYPE type, void *detail, void *arg)
{
	struct md	*md = arg;

	switch (type) {
	case MD_SPAN_EM:
		md->em++;
		break;
	case MD_SPAN_STRONG:
		md->strong++;
		break;
	case MD_SPAN_CODE:
		md->code++;
		break;
	case MD_SPAN_DEL:
		md->del++;
		break;
	case MD_SPAN_A:
		g_ptr_array_add(md->hrefs, link_target(md,
		    attribute(&((MD_SPAN_A_DETAIL *)detail)->href)));
		break;
	case MD_SPAN_IMG:
		image_open(md, detail);
		break;
	default:
		break;
	}
	return 0;
}

static int
leave_span(MD_SPANTYPE type, void *detail, void *arg)
{
	struct md	*md = arg;

	(void)detail;
	switch (type) {
	case MD_SPAN_EM:
		md->em--;
		break;
	case MD_SPAN_STRONG:
		md->strong--;
		break;
	case MD_SPAN_CODE:
		md->code--;
		break;
	case MD_SPAN_DEL:
		md->del--;
		break;
	case MD_SPAN_A:
		g_ptr_array_remove_index(md->hrefs, md->hrefs->len - 1);
		break;
	case MD_SPAN_IMG:
		image_close(md);
		break;
	default:
		break;
	}
	return 0;
}

static unsigned
style(const struct md *md)
{
	return (md->em > 0 ? SPAN_EM : 0) |
	    (md->strong > 0 || md->th ? SPAN_STRONG : 0) |
	    (md->code > 0 ? SPAN_CODE : 0) |
	    (md->del > 0 ? SPAN_STRIKE : 0) |
	    (md->hrefs->len > 0 && g_ptr_array_index(md->hrefs,
	    md->hrefs->len - 1) != NULL ? SPAN_LINK : 0);
}

/* Add text to the leaf, merged into its last span if of the same style. */
static void
append(struct md *md, const char *s, size_t n, unsigned st, size_t off)
{
	const char	*href = NULL;

	if (md->leaf == NULL && md->img_split && n > 0) {
		/* the paragraph goes on after an image: from its next
		 * word */
		while (n > 0 && g_ascii_isspace(*s)) {
			s++;
			n--;
			off++;
		}
		if (n == 0)
			return;
	}
	if (md->leaf == NULL) {
		/* Text right in a tight list item: the leaf starts here. */
		open_leaf(md, DOC_PARA, 1);
		g_ptr_array_remove(md->pending, md->leaf);
		doc_node_set_off(md->leaf, md->src, off);
	}
	if (st & SPAN_LINK)
		href = g_ptr_array_index(md->hrefs, md->hrefs->len - 1);
	if (md->span == NULL || md->span->style != st ||
	    (st & SPAN_BREAK) || g_strcmp0(md->span->href, href) != 0) {
		flush(md);
		md->span = doc_span_new("", 0, st, href, md->src, off);
		g_ptr_array_add(md->leaf->spans, md->span);
	}
	g_string_append_len(md->buf, s, n);
}

/* Inline raw HTML: comments dropped, the rest warned and kept. */
static int
inline_html(struct md *md, const char *s, size_t n, size_t off)
{
	struct pos	pos;

	if (md->comment || (n >= 4 && memcmp(s, "<!--", 4) == 0)) {
		md->comment = g_strstr_len(md->comment ? s : s + 4,
		    md->comment ? (gssize)n : (gssize)n - 4, "-->") == NULL;
		return 1;
	}
	if (!md->html_warned) {
		md->html_warned = 1;
		pos = source_pos(md->src, off);
		msg_at(md->src->path, &pos, MSG_WARNING,
		    "raw HTML is not supported; set as text");
	}
	return 0;
}

static int
text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE n, void *arg)
{
	struct md	*md = arg;
	const char	*buf = md->base;
	size_t		 off = md->last, i, at;
	guint		 k;

	if (s >= buf && s + n <= buf + md->src->len && n > 0) {
		off = (size_t)(s - buf);
		md->last = off + n;
	}
	for (k = 0; k < md->pending->len; k++)
		doc_node_set_off(g_ptr_array_index(md->pending, k), md->src,
		    off);
	g_ptr_array_set_size(md->pending, 0);
	warn_at(md, off);
	if (md->comment && type != MD_TEXT_HTML)
		return 0;

	switch (type) {
	case MD_TEXT_NULLCHAR:
		append(md, "\xEF\xBF\xBD", 3, style(md), off);
		break;
	case MD_TEXT_BR:
		if (md->leaf != NULL)
			append(md, "\n", 1, SPAN_BREAK, off);
		break;
	case MD_TEXT_SOFTBR:
		append(md, " ", 1, style(md), off);
		break;
	case MD_TEXT_ENTITY:
		append(md, "", 0, style(md), off);
		entity(md->buf, s, n);
		break;
	case MD_TEXT_CODE:
		append(md, s, n, style(md) | SPAN_CODE, off);
		break;
	case MD_TEXT_HTML:
		if (!md->html && inline_html(md, s, n, off))
			break;
		append(md, "", 0, style(md), off);
		for (i = 0; i < n; i++)
			if (md->html && (s[i] == '\n' || s[i] == '\r')) {
				at = md->buf->len;
				if (at > 0 && md->buf->str[at - 1] != ' ')
					g_string_append_c(md->buf, ' ');
			} else
				g_string_append_c(md->buf, s[i]);
		break;
	case MD_TEXT_NORMAL:
		if (s >= buf && s + n <= buf + md->src->len)
			normal_text(md, s, n, off);
		else
			append(md, s, n, style(md), off);
		break;
	default:
		append(md, s, n, style(md), off);
		break;
	}
	return 0;
}

/* --- tables ----------------------------------------------------------- */

/*
 * A GFM table: DOC_TABLE, its rows (DOC_ROW, the header's marked), their
 * cells (DOC_CELL leaves, empty ones kept) with the column's alignment.
 * A table nested too deep for DOC_MAX_DEPTH is set as before tables
 * were: a paragraph per row, its cells between " | ".
 */
static struct doc_node *
enter_table(struct md *md, MD_BLOCKTYPE type, void *detail)
{
	static const enum doc_align aligns[] = { DOC_ALIGN_DEFAULT,
	    DOC_ALIGN_LEFT, DOC_ALIGN_CENTER, DOC_ALIGN_RIGHT };
	struct doc_node	*node = NULL;
	MD_ALIGN	 a;

	switch (type) {
	case MD_BLOCK_TABLE:
		node = container(md, DOC_TABLE, 3);
		md->flat = node == NULL;
		break;
	case MD_BLOCK_THEAD:
	case MD_BLOCK_TBODY:
		md->thead = type == MD_BLOCK_THEAD;
		break;
	case MD_BLOCK_TR:
		if (md->flat) {
			open_leaf(md, DOC_PARA, 0);
			md->cell = 0;
			break;
		}
		node = add_node(md, DOC_ROW);
		node->head = md->thead;
		break;
	default:	/* TH, TD */
		if (md->flat) {
			if (md->cell++ > 0)
				append(md, " | ", 3, 0, md->last);
			md->th = type == MD_BLOCK_TH;
			break;
		}
		open_leaf(md, DOC_CELL, 0);
		a = ((MD_BLOCK_TD_DETAIL *)detail)->align;
		md->leaf->align = (unsigned)a < G_N_ELEMENTS(aligns) ?
		    aligns[a] : DOC_ALIGN_DEFAULT;
		break;
	}
	return node;
}

static void
leave_table(struct md *md, MD_BLOCKTYPE type)
{
	switch (type) {
	case MD_BLOCK_TABLE:
		md->flat = 0;
		break;
	case MD_BLOCK_TR:
		if (md->flat)
			close_leaf(md);
		break;
	default:	/* TH, TD */
		if (md->flat)
			md->th = 0;
		else
			close_leaf(md);
		break;
	}
}

/* --- images -------------------------------------------------------------- */

/* 1 if a table is open around the current callback. */
static int
in_table(const struct md *md)
{
	guint	i;

	for (i = 0; i < md->frames->len; i++)
		if (g_array_index(md->frames, struct frame, i).type ==
		    MD_BLOCK_TABLE)
			return 1;
	return 0;
}

/* The offset of the image's "![": the first at or after the last text
 * (md4c gives spans no position). */
static size_t
image_off(const struct md *md)
{
	const char	*p = md->base + md->last;
	const char	*q;

	if (md->last >= md->src->len)
		return md->last;
	q = memmem(p, md->src->len - md->last, "![", 2);
	return q != NULL ? (size_t)(q - md->base) : md->last;
}

/*
 * An image: a block of its own (DOC_IMAGE, its alt text the spans, its
 * path in src) that cuts the paragraph around it in two.  In a heading,
 * a table, or the alt text of another image, its alt text stays in the
 * line, with a warning.
 */
static void
image_open(struct md *md, const MD_SPAN_IMG_DETAIL *d)
{
	size_t	off;

	if (md->img++ > 0)
		return;
	md->img_block = 0;
	off = image_off(md);
	if (in_table(md) || (md->leaf != NULL && md->leaf->type !=
	    DOC_PARA) || md->html) {
		struct pos pos = source_pos(md->src, off);

		msg_at(md->src->path, &pos, MSG_WARNING, "an image in a "
		    "heading or a table is set as its alt text");
		return;
	}
	open_leaf(md, DOC_IMAGE, 0);
	g_ptr_array_remove(md->pending, md->leaf);
	doc_node_set_off(md->leaf, md->src, off);
	md->leaf->src = attribute(&d->src);
	md->img_block = 1;
}

static void
image_close(struct md *md)
{
	if (--md->img > 0)
		return;
	if (!md->img_block)
		return;
	close_leaf(md);
	md->img_block = 0;
	md->img_split = 1;
}

/* --- footnote references ---------------------------------------------- */

/* A reference to def at off: an empty span whose href holds the note. */
static void
append_ref(struct md *md, const struct foot_def *def, size_t off)
{
	struct doc_span	*sp;

	if (md->leaf == NULL) {
		open_leaf(md, DOC_PARA, 1);
		g_ptr_array_remove(md->pending, md->leaf);
		doc_node_set_off(md->leaf, md->src, off);
	}
	flush(md);
	sp = doc_span_new("", 0, SPAN_FOOTREF, def->text, md->src, off);
	g_ptr_array_add(md->leaf->spans, sp);
}

/*
 * Plain text, n bytes at s (off in the source): the footnote references
 * in it become reference spans.  md4c may cut "[^1]" into several
 * texts: a reference is read from the buffer at its '[', and the texts
 * that follow are cut where they overlap it.  Code, HTML and link
 * targets come through other text types and are never searched.
 */
static void
normal_text(struct md *md, const char *s, size_t n, size_t off)
{
	const char	*end = md->base + md->src->len;
	struct foot_def	*def;
	struct pos	 pos;
	size_t		 i, from, len, k;

	if (md->skip > off) {
		k = MIN(n, md->skip - off);
		s += k;
		n -= k;
		off += k;
	}
	for (i = from = 0; i < n; i++) {
		if (s[i] != '[' || (len = markdown_foot_ref(md->foot, s + i,
		    end, &def)) == 0)
			continue;
		if (def == NULL) {
			pos = source_pos(md->src, off + i);
			msg_at(md->src->path, &pos, MSG_WARNING, "footnote "
			    "'%.*s' is not defined; set as text", (int)len,
			    s + i);
			continue;
		}
		if (i > from)
			append(md, s + from, i - from, style(md), off + from);
		append_ref(md, def, off + i);
		def->used = 1;
		md->skip = off + i + len;
		i += len - 1;
		from = MIN(i + 1, n);
	}
	if (n > from)
		append(md, s + from, n - from, style(md), off + from);
}

/* A definition no reference uses is a warning at its line:col. */
static void
unused_footnotes(struct md *md)
{
	const struct foot_def *d;
	struct pos	 pos;
	guint		 i;

	for (i = 0; i < md->foot->defs->len; i++) {
		d = g_ptr_array_index(md->foot->defs, i);
		if (d->used)
			continue;
		pos = source_pos(md->src, d->off);
		msg_at(md->src->path, &pos, MSG_WARNING, "footnote '[^%s]' "
		    "is defined but never referenced", d->label);
	}
}

/* Named entities we decode; others stay as written. */
static const struct {
	const char	*name;
	gunichar	 c;
} entities[] = {
	{ "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
	{ "apos", '\'' }, { "nbsp", 0xA0 }, { "ndash", 0x2013 },
	{ "mdash", 0x2014 }, { "hellip", 0x2026 }, { "lsquo", 0x2018 },
	{ "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
	{ "laquo", 0xAB }, { "raquo", 0xBB }, { "copy", 0xA9 },
	{ "reg", 0xAE }, { "trade", 0x2122 }, { "deg", 0xB0 },
	{ "euro", 0x20AC }, { "pound", 0xA3 }, { "yen", 0xA5 },
	{ "cent", 0xA2 }, { "sect", 0xA7 }, { "para", 0xB6 },
	{ "middot", 0xB7 }, { "bull", 0x2022 }, { "times", 0xD7 },
	{ "divide", 0xF7 }, { "shy", 0xAD }, { "ensp", 0x2002 },
	{ "emsp", 0x2003 }, { "thinsp", 0x2009 }, { "minus", 0x2212 },
	{ "larr", 0x2190 }, { "rarr", 0x2192 }, { "harr", 0x2194 },
	{ "prime", 0x2032 }, { "Prime", 0x2033 }, { "dagger", 0x2020 },
	{ "Dagger", 0x2021 }, { "permil", 0x2030 }, { "frac12", 0xBD },
	{ "frac14", 0xBC }, { "frac34", 0xBE }, { "plusmn", 0xB1 },
	{ "micro", 0xB5 }, { "iexcl", 0xA1 }, { "iquest", 0xBF },
};

/* Decode the entity s ("&name;", "&#123;", "&#x1F;") into out. */
static void
entity(GString *out, const char *s, size_t n)
{
	gunichar	 c = 0;
	size_t		 i;
	char		*name, *end;
	guint64		 v;

	if (n >= 4 && s[1] == '#') {
		name = g_strndup(s + 2, n - 3);
		if (name[0] == 'x' || name[0] == 'X')
			v = g_ascii_strtoull(name + 1, &end, 16);
		else
			v = g_ascii_strtoull(name, &end, 10);
		g_free(name);
		c = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ?
		    0xFFFD : (gunichar)v;
		g_string_append_unichar(out, c);
		return;
	}
	for (i = 0; n >= 3 && i < G_N_ELEMENTS(entities); i++)
		if (strlen(entities[i].name) == n - 2 &&
		    memcmp(entities[i].name, s + 1, n - 2) == 0) {
			g_string_append_unichar(out, entities[i].c);
			return;
		}
	g_string_append_len(out, s, n);
}
