/* SPDX-License-Identifier: MIT */
/*
 * The relations diagram in words, for a reader who cannot see it: its
 * edges, the persons in its boxes and its caption's facts, in the
 * page's language (the figure's /Alt, --dump alt).
 */
#include <string.h>

#include <glib.h>

#include "diagram_int.h"
#include "labels.h"

static void	 add_edge(GString *s, const struct diagram *d,
		    const struct dedge *de);
static char	*box_name(const struct diagram *d, int actor, int quoted);
static void	 add_persons(GString *s, const struct diagram *d);
static void	 add_alone(GString *s, const struct diagram *d);
static void	 add_facts(GString *s, const struct diagram *d);

/* The legend's word for each polarity, as the figure colours it. */
static const enum label_id polarity_word[] = {
	[POL_COOPERATIVE] = L_COOPERATIVE,
	[POL_HOSTILE] = L_HOSTILE,
	[POL_NEUTRAL] = L_NEUTRAL
};

char *
diagram_alt(const struct diagram *d)
{
	GString		*s;
	gunichar	 c;
	gsize		 at;
	guint		 i;

	s = g_string_new(label(d->lang, L_ALT_HEAD));
	g_string_append(s, ". ");
	at = s->len;
	for (i = 0; i < d->edges->len; i++) {
		if (i > 0)
			g_string_append(s, label(d->lang, L_ALT_NEXT));
		add_edge(s, d, &g_array_index(d->edges, struct dedge, i));
	}
	/* the first relation opens a sentence: "Hostile relation..." */
	if (s->len > at) {
		char	up[8];
		gint	n;

		c = g_utf8_get_char(s->str + at);
		n = g_unichar_to_utf8(g_unichar_totitle(c), up);
		g_string_erase(s, (gssize)at,
		    g_utf8_next_char(s->str + at) - (s->str + at));
		g_string_insert_len(s, (gssize)at, up, n);
		g_string_append_c(s, '.');
	} else			/* no edge: what follows adds its space */
		g_string_truncate(s, at - 1);
	add_persons(s, d);
	add_alone(s, d);
	add_facts(s, d);
	return g_string_free(s, FALSE);
}

/*
 * "cooperative relation from "Russia" to "North Korea": visit,
 * technology (in 4 sentences)": the edge's direction as its arrow
 * shows it (the relation's from to its to; reversed only says which
 * way the curve was laid out), between its boxes, not the persons in
 * them, as drawn.
 */
static void
add_edge(GString *s, const struct diagram *d, const struct dedge *de)
{
	const struct relation *r = g_ptr_array_index(d->g->relations,
	    de->rel);
	char	*a = box_name(d, dg_box(d->g, r->from), 1);
	char	*b = box_name(d, dg_box(d->g, r->to), 1);
	char	*rel, *ends, *list, num[16];
	const char *pair[2];

	rel = label_fill(d->lang, L_ALT_RELATION, label(d->lang,
	    polarity_word[r->polarity]), NULL);
	if (r->directed)
		ends = label_fill(d->lang, L_ALT_FROM_TO, a, b);
	else {
		pair[0] = a;
		pair[1] = b;
		list = label_list(d->lang, pair, 2);
		ends = label_fill(d->lang, L_ALT_BETWEEN, list, NULL);
		g_free(list);
	}
	list = g_strdup_printf("%s %s", rel, ends);
	g_free(rel);
	rel = label_fill(d->lang, L_ALT_EDGE, list, de->label);
	g_free(list);
	g_string_append_printf(s, "%s (", rel);
	if (de->nev == 1)
		g_string_append(s, label(d->lang, L_ALT_SENTENCE_ONE));
	else {
		g_snprintf(num, sizeof(num), "%d", de->nev);
		list = label_fill(d->lang, L_ALT_SENTENCES, num, NULL);
		g_string_append(s, list);
		g_free(list);
	}
	g_string_append_c(s, ')');
	g_free(rel);
	g_free(ends);
	g_free(a);
	g_free(b);
}

/* The name a box prints first, quoted (L_ALT_QUOTE) or not (caller
 * frees). */
static char *
box_name(const struct diagram *d, int actor, int quoted)
{
	const struct actor *a = g_ptr_array_index(d->g->actors, actor);
	char	*name, *q;

	name = label_actor(d->lang, a->name, a->display,
	    a->kind == ACTOR_STATE);
	if (!quoted)
		return name;
	q = label_fill(d->lang, L_ALT_QUOTE, name, NULL);
	g_free(name);
	return q;
}

/*
 * " Persons in the boxes: Vladimir Putin in "Russia"; Donald Trump,
 * Kurt Campbell and 2 more in "United States"." as the boxes list them
 * (dg_node_lines: at most DG_MAX_PERSONS, then a count).
 */
static void
add_persons(GString *s, const struct diagram *d)
{
	GString	*all = g_string_new(NULL);
	guint	 i;

	for (i = 0; i < d->nodes->len; i++) {
		const struct dnode *dn = &g_array_index(d->nodes,
		    struct dnode, i);
		GPtrArray *l = dg_node_lines(d->g, dn->actor, d->lang);
		const struct actor *a = g_ptr_array_index(d->g->actors,
		    dn->actor);
		char *more, *list, *box, *in, num[16];

		if (l->len < 2) {
			g_ptr_array_unref(l);
			continue;
		}
		/* the drawn "+2 more" said as a list's end: "and 2 more" */
		if (a->persons->len > l->len - 1) {
			g_snprintf(num, sizeof(num), "%u", a->persons->len -
			    (l->len - 2));
			more = label_fill(d->lang, L_N_MORE, num, NULL);
			g_free(l->pdata[l->len - 1]);
			l->pdata[l->len - 1] = more;
		}
		list = label_list(d->lang, (const char *const *)l->pdata + 1,
		    (int)l->len - 1);
		box = box_name(d, dn->actor, 1);
		in = label_fill(d->lang, L_ALT_IN, list, box);
		if (all->len > 0)
			g_string_append(all, label(d->lang, L_ALT_NEXT));
		g_string_append(all, in);
		g_free(in);
		g_free(box);
		g_free(list);
		g_ptr_array_unref(l);
	}
	if (all->len > 0) {
		char *p = label_fill(d->lang, L_ALT_PERSONS, all->str, NULL);

		g_string_append_printf(s, " %s.", p);
		g_free(p);
	}
	g_string_free(all, TRUE);
}

/* " Boxes in no relation drawn: A and B." (a box whose every relation
 * was left out for another box's sake), when there are. */
static void
add_alone(GString *s, const struct diagram *d)
{
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	guint		 i, k;

	for (i = 0; i < d->nodes->len; i++) {
		int	actor = g_array_index(d->nodes, struct dnode, i).actor;
		int	linked = 0;

		for (k = 0; k < d->edges->len && !linked; k++) {
			const struct relation *r = g_ptr_array_index(
			    d->g->relations, g_array_index(d->edges,
			    struct dedge, k).rel);

			linked = dg_box(d->g, r->from) == actor ||
			    dg_box(d->g, r->to) == actor;
		}
		if (!linked)
			g_ptr_array_add(names, box_name(d, actor, 0));
	}
	if (names->len > 0) {
		char *list = label_list(d->lang,
		    (const char *const *)names->pdata, (int)names->len);
		char *p = label_fill(d->lang, L_ALT_ALONE, list, NULL);

		g_string_append_printf(s, " %s.", p);
		g_free(p);
		g_free(list);
	}
	g_ptr_array_unref(names);
}

/* The caption's facts: " Also named: A and B. 2 more relations in the
 * text." */
static void
add_facts(GString *s, const struct diagram *d)
{
	char	*names[LABEL_MAX_NAMES + 1] = { 0 }, *facts;
	guint	 i, n = d->also != NULL ?
		    MIN(d->also->len, LABEL_MAX_NAMES + 1) : 0;

	for (i = 0; i < n; i++)
		names[i] = box_name(d, g_array_index(d->also, int, i), 0);
	facts = label_caption_facts(d->lang, (const char *const *)names,
	    d->also != NULL ? (int)d->also->len : 0, d->left_out);
	if (facts[0] != '\0')
		g_string_append_printf(s, " %s", facts);
	g_free(facts);
	for (i = 0; i < n; i++)
		g_free(names[i]);
}
