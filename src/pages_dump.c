/* SPDX-License-Identifier: MIT */
/* --dump tags: the page model's logical structure, as text. */
#include <stdio.h>
#include <string.h>

#include "pages.h"

static void
string_free(gpointer p)
{
	if (p != NULL)
		g_string_free(p, TRUE);
}

static void
array_free(gpointer p)
{
	if (p != NULL)
		g_array_unref(p);
}

struct collect {
	GPtrArray	*text;		/* GString * by element, or NULL */
	GArray		*last;		/* struct pg_run: each element's
					 * last run, for the space before
					 * the next */
	guint8		*has;		/* an element has content */
};

/* Each run's text to its element's, a space between words. */
static void
collect(const struct pg_item *it, void *arg)
{
	struct collect		*c = arg;
	const struct pg_run	*r = &it->u.run, *prev;
	GString			*s;

	if (it->tag <= 0 || (guint)it->tag >= c->text->len)
		return;
	if (it->type == PG_LINK || it->type == PG_NOTE || it->type ==
	    PG_IMAGE)
		c->has[it->tag] = 1;
	if (it->type != PG_RUN || r->text == NULL || r->text[0] == '\0')
		return;
	c->has[it->tag] = 1;
	if ((s = g_ptr_array_index(c->text, it->tag)) == NULL) {
		s = g_string_new(NULL);
		c->text->pdata[it->tag] = s;
	} else {
		prev = &g_array_index(c->last, struct pg_run, it->tag);
		if (prev->y != r->y || r->x - (prev->x + prev->width) >
		    r->size * 0.12)
			g_string_append_c(s, ' ');
	}
	g_string_append(s, r->text);
	g_array_index(c->last, struct pg_run, it->tag) = *r;
}

/* Element i and, indented, its children that have content. */
static void
put(const struct pages *pp, const struct collect *c, GPtrArray *kids,
    guint i, int depth, FILE *fp)
{
	const struct pg_tag	*t = &g_array_index(pp->tags, struct pg_tag,
	    i);
	const GString		*s = g_ptr_array_index(c->text, i);
	const GArray		*k = g_ptr_array_index(kids, i);
	guint			 j;

	fprintf(fp, "%*s%s", depth * 2, "", pg_role_name(t->role));
	if (t->inl)
		fputs(" inline", fp);
	if (t->scope != PG_SCOPE_NONE)
		fprintf(fp, " scope=%s", t->scope == PG_SCOPE_ROW ? "Row" :
		    "Column");
	if (t->id != NULL)
		fprintf(fp, " id=%s", t->id);
	if (t->alt != NULL)
		fprintf(fp, " alt=\"%s\"", t->alt);
	if (s != NULL)
		fprintf(fp, " \"%s\"", s->str);
	fputc('\n', fp);
	for (j = 0; k != NULL && j < k->len; j++)
		put(pp, c, kids, g_array_index(k, guint, j), depth + 1, fp);
}

void
pages_dump_tags(const struct pages *pp, FILE *fp)
{
	struct collect	 c;
	GPtrArray	*kids;
	guint		 i, j, n = pp->tags->len;

	c.text = g_ptr_array_new_with_free_func(string_free);
	g_ptr_array_set_size(c.text, (gint)n);
	c.last = g_array_new(FALSE, TRUE, sizeof(struct pg_run));
	g_array_set_size(c.last, n);
	c.has = g_new0(guint8, n);
	for (i = 0; i < pp->pages->len; i++) {
		const struct page *pg = g_ptr_array_index(pp->pages, i);

		for (j = 0; j < pg->flows->len; j++)
			pg_flow_each(g_ptr_array_index(pg->flows, j), collect,
			    &c);
	}
	/* kept as the PDF keeps them: with content, or holding some */
	for (i = n; i-- > 1; ) {
		gint32 p = g_array_index(pp->tags, struct pg_tag, i).parent;

		if (c.has[i] && p >= 0 && (guint)p < i)
			c.has[p] = 1;
	}
	kids = g_ptr_array_new_with_free_func(array_free);
	g_ptr_array_set_size(kids, (gint)n);
	for (i = 1; i < n; i++) {
		gint32 p = g_array_index(pp->tags, struct pg_tag, i).parent;
		GArray *k;

		if (!c.has[i] || p < 0 || (guint)p >= i)
			continue;
		if ((k = g_ptr_array_index(kids, p)) == NULL) {
			k = g_array_new(FALSE, FALSE, sizeof(guint));
			kids->pdata[p] = k;
		}
		g_array_append_val(k, i);
	}
	if (n > 0)
		put(pp, &c, kids, 0, 0, fp);
	g_ptr_array_unref(kids);
	g_ptr_array_unref(c.text);
	g_array_unref(c.last);
	g_free(c.has);
}
