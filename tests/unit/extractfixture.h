/* SPDX-License-Identifier: MIT */
/*
 * The graph of a text or a file under test, and look-ups in it, for the
 * tests of the extractor (test_extract*.c).  Include after cmocka.h.
 */
#ifndef BRIEFING_TEST_EXTRACTFIXTURE_H
#define BRIEFING_TEST_EXTRACTFIXTURE_H

#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "graph.h"
#include "source.h"

G_GNUC_UNUSED static int
setup(void **state)
{
	(void)state;
	capture_begin();
	extract_set_assets(NULL);
	return 0;
}

G_GNUC_UNUSED static int
teardown(void **state)
{
	(void)state;
	capture_end();
	return 0;
}

/* The graph of a text read as "t.md" (a Markdown document). */
G_GNUC_UNUSED static struct graph *
run_text(const char *text)
{
	struct source	*src;
	struct doc	*doc;
	struct graph	*g;

	src = source_from_string("t.md", text, (size_t)-1);
	assert_non_null(src);
	doc = doc_read(src);
	assert_non_null(doc);
	g = extract_run(doc, src);
	doc_free(doc);
	source_free(src);
	return g;
}

G_GNUC_UNUSED static struct graph *
run_file(const char *path)
{
	struct source	*src;
	struct doc	*doc;
	struct graph	*g;

	src = source_load(path);
	assert_non_null(src);
	doc = doc_read(src);
	assert_non_null(doc);
	g = extract_run(doc, src);
	doc_free(doc);
	source_free(src);
	return g;
}

G_GNUC_UNUSED static const struct actor *
actor(const struct graph *g, const char *name)
{
	const struct actor *a;
	guint		 i;

	for (i = 0; i < g->actors->len; i++) {
		a = g_ptr_array_index(g->actors, i);
		if (strcmp(a->name, name) == 0)
			return a;
	}
	return NULL;
}

G_GNUC_UNUSED static int
mentions(const struct graph *g, const char *name)
{
	const struct actor *a = actor(g, name);

	return a != NULL ? a->mentions : -1;
}

/* The name of the state of person name, or "" if none. */
G_GNUC_UNUSED static const char *
state_of(const struct graph *g, const char *name)
{
	const struct actor *a = actor(g, name);

	if (a == NULL || a->state < 0)
		return "";
	return ((const struct actor *)g_ptr_array_index(g->actors,
	    a->state))->name;
}

/* The relation from -> to (or from -- to, either way) with label. */
G_GNUC_UNUSED static const struct relation *
relation(const struct graph *g, const char *from, const char *to,
    const char *label, int directed)
{
	const struct relation *r;
	const char	*f, *t;
	guint		 i;

	for (i = 0; i < g->relations->len; i++) {
		r = g_ptr_array_index(g->relations, i);
		f = ((const struct actor *)g_ptr_array_index(g->actors,
		    r->from))->name;
		t = ((const struct actor *)g_ptr_array_index(g->actors,
		    r->to))->name;
		if (r->directed != directed || strcmp(r->label, label) != 0)
			continue;
		if ((strcmp(f, from) == 0 && strcmp(t, to) == 0) ||
		    (!directed && strcmp(f, to) == 0 && strcmp(t, from) == 0))
			return r;
	}
	return NULL;
}

/* The dump of g (caller frees). */
G_GNUC_UNUSED static char *
dump(const struct graph *g)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	graph_dump(g, f);
	fclose(f);
	return buf;
}

#endif
