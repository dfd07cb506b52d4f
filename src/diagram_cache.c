/* SPDX-License-Identifier: MIT */
/*
 * The layout kept by a process that builds again (--watch): an edit
 * that leaves the relations as they were (most edits of a text) gets
 * the figure laid out before, a third of a rebuild's work otherwise
 * (Graphviz, and Pango measuring every label).  The layout is a
 * function of what its key holds: every field of the graph that
 * diagram.c reads (of an evidence list, its length only), the room and
 * the language; the fonts stay loaded while the cache lives.
 */
#include <string.h>

#include "diagram.h"

struct diagram_cache {
	GString		*key;		/* the inputs of d, or NULL */
	struct diagram	*d;		/* laid out for them (owned) */
};

struct diagram_cache *
diagram_cache_new(void)
{
	return g_new0(struct diagram_cache, 1);
}

void
diagram_cache_free(struct diagram_cache *c)
{
	if (c == NULL)
		return;
	if (c->key != NULL)
		g_string_free(c->key, TRUE);
	diagram_free(c->d);
	g_free(c);
}

/* A string, its length first: no two lists of strings read the same. */
static void
put_str(GString *k, const char *s)
{
	if (s == NULL) {
		g_string_append(k, "-|");
		return;
	}
	g_string_append_printf(k, "%zu:%s|", strlen(s), s);
}

/* The layout's inputs as one string. */
static GString *
key_of(const struct graph *g, double width, double max_h, const char *lang)
{
	GString	*k = g_string_sized_new(4096);
	guint	 i, j;

	g_string_append_printf(k, "%a %a ", width, max_h);
	put_str(k, lang);
	for (i = 0; i < g->actors->len; i++) {
		const struct actor *a = g_ptr_array_index(g->actors, i);

		g_string_append_printf(k, "A%d %d %zu %d %d ", (int)a->kind,
		    a->mentions, a->first_off, a->state, a->hidden);
		put_str(k, a->name);
		put_str(k, a->display);
		for (j = 0; a->persons != NULL && j < a->persons->len; j++)
			put_str(k, g_ptr_array_index(a->persons, j));
		g_string_append_c(k, ';');
	}
	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		g_string_append_printf(k, "R%d %d %d %d %u %a %d %d %d %d %d ",
		    r->from, r->to, (int)r->polarity, r->directed,
		    r->evidence != NULL ? r->evidence->len : 0, r->goldstein,
		    (int)r->mode, r->rank, r->central, r->drawn, r->curated);
		put_str(k, r->label);
		put_str(k, r->cls);
		put_str(k, r->cameo);
	}
	return k;
}

/* A copy of d that draws graph g in language lang (borrowed). */
static struct diagram *
copy_of(const struct diagram *d, const struct graph *g, const char *lang)
{
	struct diagram	*c = g_new(struct diagram, 1);
	guint		 i;

	*c = *d;
	c->g = g;
	c->lang = lang;
	c->nodes = g_array_copy(d->nodes);
	c->edges = g_array_copy(d->edges);
	for (i = 0; i < c->edges->len; i++) {
		struct dedge *e = &g_array_index(c->edges, struct dedge, i);

		e->label = g_strdup(e->label);
		e->pts = g_array_copy(e->pts);
	}
	c->also = d->also != NULL ? g_array_copy(d->also) : NULL;
	c->caption = g_strdup(d->caption);
	if (d->caption_lines != NULL) {
		c->caption_lines = g_ptr_array_new_with_free_func(g_free);
		for (i = 0; i < d->caption_lines->len; i++)
			g_ptr_array_add(c->caption_lines, g_strdup(
			    g_ptr_array_index(d->caption_lines, i)));
	}
	return c;
}

struct diagram *
diagram_layout_cached(struct diagram_cache *c, const struct graph *g,
    double width, double max_h, const char *lang)
{
	GString		*k;
	struct diagram	*d;

	if (c == NULL || g == NULL)
		return g != NULL ? diagram_layout(g, width, max_h, lang) :
		    NULL;
	k = key_of(g, width, max_h, lang);
	if (c->key != NULL && c->d != NULL && k->len == c->key->len &&
	    memcmp(k->str, c->key->str, k->len) == 0) {
		g_string_free(k, TRUE);
		return copy_of(c->d, g, lang);
	}
	if (c->key != NULL)
		g_string_free(c->key, TRUE);
	diagram_free(c->d);
	c->key = k;
	c->d = NULL;
	/* a figure that could not be laid out is not kept: its warning
	 * is said again */
	if ((d = diagram_layout(g, width, max_h, lang)) != NULL)
		c->d = copy_of(d, g, lang);
	return d;
}
