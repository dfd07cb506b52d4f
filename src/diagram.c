/* SPDX-License-Identifier: MIT */
/* The diagram's layout: Graphviz dot places fixed-size boxes and routes. */
#include <math.h>
#include <string.h>

#include <gvc.h>

#include "diagram_int.h"
#include "labels.h"
#include "msg.h"

/* Only the dot layout plugin, linked in: no text or render plugins, so
 * Graphviz measures nothing itself and loads nothing at run time. */
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;

static lt_symlist_t builtins[] = {
	{ "gvplugin_dot_layout_LTX_library",
	  &gvplugin_dot_layout_LTX_library },
	{ NULL, NULL }
};

double
dg_edge_width(int nev)
{
	double	w = 0.8 + 0.55 * (nev - 1);

	return w > 3.0 ? 3.0 : w;
}

GPtrArray *
dg_node_lines(const struct graph *g, int actor, const char *lang)
{
	const struct actor	*a = g_ptr_array_index(g->actors, actor);
	GPtrArray		*l = g_ptr_array_new_with_free_func(g_free);
	guint			 i;

	/* in the article's language: "Vereinigte Staaten", "OTAN" */
	g_ptr_array_add(l, label_actor(lang, a->name, a->display,
	    a->kind == ACTOR_STATE));
	for (i = 0; a->persons != NULL && i < a->persons->len; i++) {
		if (i == DG_MAX_PERSONS && a->persons->len > DG_MAX_PERSONS + 1) {
			char n[16];

			g_snprintf(n, sizeof(n), "%u",
			    a->persons->len - DG_MAX_PERSONS);
			g_ptr_array_add(l, label_fill(lang, L_MORE, n, NULL));
			break;
		}
		g_ptr_array_add(l, g_strdup(g_ptr_array_index(a->persons, i)));
	}
	return l;
}

static void
node_size(const struct graph *g, int actor, const char *lang, double *w,
    double *h)
{
	const struct actor	*a = g_ptr_array_index(g->actors, actor);
	GPtrArray		*l = dg_node_lines(g, actor, lang);
	guint			 i;
	double			 mw;

	mw = dg_text_width(a->kind == ACTOR_PERSON ? FACE_SANS :
	    FACE_SANS_BOLD, DG_NAME_SIZE, g_ptr_array_index(l, 0));
	for (i = 1; i < l->len; i++) {
		double pw = dg_text_width(FACE_SANS, DG_PERSON_SIZE,
		    g_ptr_array_index(l, i));

		if (pw > mw)
			mw = pw;
	}
	*w = mw + 2 * DG_PAD_X + (a->kind == ACTOR_ORG ? 10 : 0);
	*h = 2 * DG_PAD_Y + DG_NAME_LEAD + (l->len - 1) * DG_PERSON_LEAD;
	g_ptr_array_unref(l);
}

/* Most mentioned first, then first mentioned (the lower index). */
static gint
by_mentions(gconstpointer pa, gconstpointer pb, gpointer arg)
{
	const struct graph *g = arg;
	int	 a = *(const int *)pa, b = *(const int *)pb;
	const struct actor *x = g_ptr_array_index(g->actors, a);
	const struct actor *y = g_ptr_array_index(g->actors, b);

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* The box actor i is drawn in: a person tied to a state inside it. */
int
dg_box(const struct graph *g, int i)
{
	const struct actor *a = g_ptr_array_index(g->actors, i);

	if (a->kind == ACTOR_PERSON && a->state >= 0 &&
	    (guint)a->state < g->actors->len)
		return a->state;
	return i;
}

/* A relation the figure may draw as an edge: drawn, between two boxes. */
static int
edge_of(const struct graph *g, const struct relation *r)
{
	return r->drawn && dg_box(g, r->from) != dg_box(g, r->to);
}

/*
 * The boxes drawn: the ends of the relations on (on[i]: relation i is
 * drawn, an edge_of not left out), persons inside their states; of
 * those, the DIAGRAM_MAX_ACTORS most mentioned, in first-mention order.
 * keep[i] is set for those drawn; *total counts every actor found that
 * would have a box of its own.
 */
static int
choose(const struct graph *g, const int *on, int *keep, int *total)
{
	GArray	*cand = g_array_new(FALSE, FALSE, sizeof(int));
	int	*linked = g_new0(int, g->actors->len + 1);
	guint	 i;
	int	 n = 0;

	*total = 0;
	/* an actor in no drawn relation is named by the caption, not
	 * drawn: a row of unrelated boxes shrinks the figure until
	 * nothing in it can be read */
	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		if (on[i])
			linked[dg_box(g, r->from)] = linked[dg_box(g, r->to)] =
			    1;
	}
	for (i = 0; i < g->actors->len; i++) {
		const struct actor *a = g_ptr_array_index(g->actors, i);

		keep[i] = 0;
		if (a->hidden || dg_box(g, (int)i) != (int)i)
			continue;
		if (linked[i])
			g_array_append_val(cand, i);
		(*total)++;
	}
	g_free(linked);
	g_array_sort_with_data(cand, by_mentions, (gpointer)g);
	for (i = 0; i < cand->len && i < DIAGRAM_MAX_ACTORS; i++) {
		keep[g_array_index(cand, int, i)] = 1;
		n++;
	}
	g_array_unref(cand);
	return n;
}

/* The relations in rank order (rank 0, unranked, last; then the
 * order found): an edge's labels go best first. */
static gint
by_rank(gconstpointer pa, gconstpointer pb, gpointer arg)
{
	const struct graph *g = arg;
	guint	 a = *(const guint *)pa, b = *(const guint *)pb;
	const struct relation *x = g_ptr_array_index(g->relations, a);
	const struct relation *y = g_ptr_array_index(g->relations, b);
	guint	 rx = x->rank > 0 ? (guint)x->rank : G_MAXUINT;
	guint	 ry = y->rank > 0 ? (guint)y->rank : G_MAXUINT;

	if (rx != ry)
		return rx < ry ? -1 : 1;
	return a < b ? -1 : a > b;
}

/*
 * What the caption says besides what the figure is: the actors not
 * drawn (d->also: indexes, most mentioned first) and the relations
 * left out (d->left_out: every act the figure does not show; a title
 * is shown by its person's name in a box).
 */
static void
caption_facts(struct diagram *d, const int *on, const int *keep)
{
	const struct graph *g = d->g;
	guint	 i;

	d->also = g_array_new(FALSE, FALSE, sizeof(int));
	for (i = 0; i < g->actors->len; i++) {
		const struct actor *a = g_ptr_array_index(g->actors, i);

		if (!keep[i] && !a->hidden && dg_box(g, (int)i) == (int)i)
			g_array_append_val(d->also, i);
	}
	g_array_sort_with_data(d->also, by_mentions, (gpointer)g);
	d->left_out = 0;
	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);
		int a = dg_box(g, r->from), b = dg_box(g, r->to);

		if ((on[i] && keep[a] && keep[b]) ||
		    (r->cls != NULL && strcmp(r->cls, "affiliation") == 0))
			continue;
		d->left_out++;
	}
}

char *
dg_caption(const struct diagram *d, const char *lang)
{
	const struct actor *a;
	char		*names[LABEL_MAX_NAMES + 1] = { 0 }, *s;
	guint		 i, n = MIN(d->also->len, LABEL_MAX_NAMES + 1);

	/* the names as the page prints them: "Vereinigte Staaten" */
	for (i = 0; i < n; i++) {
		a = g_ptr_array_index(d->g->actors, g_array_index(d->also,
		    int, i));
		names[i] = label_actor(lang, a->name, a->display,
		    a->kind == ACTOR_STATE);
	}
	s = label_caption(lang, (const char *const *)names,
	    (int)d->also->len, d->left_out);
	for (i = 0; i < n; i++)
		g_free(names[i]);
	return s;
}

GPtrArray *
dg_wrap(const char *text, double width)
{
	GPtrArray	*lines = g_ptr_array_new_with_free_func(g_free);
	GString		*line = g_string_new(NULL);
	char		**words = g_strsplit(text, " ", -1);
	gsize		 keep;
	guint		 i;

	for (i = 0; words[i] != NULL; i++) {
		if (words[i][0] == '\0')
			continue;
		keep = line->len;
		if (line->len > 0)
			g_string_append_c(line, ' ');
		g_string_append(line, words[i]);
		if (keep > 0 && dg_text_width(FACE_SANS, DG_CAPTION_SIZE,
		    line->str) > width) {
			g_string_truncate(line, keep);
			g_ptr_array_add(lines, g_strdup(line->str));
			g_string_assign(line, words[i]);
		}
	}
	if (line->len > 0 || lines->len == 0)
		g_ptr_array_add(lines, g_strdup(line->str));
	g_string_free(line, TRUE);
	g_strfreev(words);
	return lines;
}

static void
set_size(void *obj, double w, double h)
{
	char	buf[32];

	g_ascii_dtostr(buf, sizeof(buf), w / 72.0);
	agsafeset(obj, "width", buf, "");
	g_ascii_dtostr(buf, sizeof(buf), h / 72.0);
	agsafeset(obj, "height", buf, "");
}

/* The Bezier chain of a laid-out edge into pts, y flipped. */
static void
add_spline(Agedge_t *e, double top, GArray *pts)
{
	splines	*spl = ED_spl(e);
	int	 i;

	if (spl == NULL || spl->size == 0)
		return;
	for (i = 0; i < (int)spl->list[0].size; i++) {
		double p[2] = { spl->list[0].list[i].x,
		    top - spl->list[0].list[i].y };

		g_array_append_vals(pts, p, 2);
	}
}

/* Whether the list "a, b" has label l already. */
static int
has_label(const char *list, const char *l)
{
	size_t	n = strlen(l);
	const char *p;

	for (p = list; (p = strstr(p, l)) != NULL; p += n)
		if ((p == list || (p >= list + 2 && p[-2] == ',' &&
		    p[-1] == ' ')) && (p[n] == '\0' || p[n] == ','))
			return 1;
	return 0;
}

/* Relations drawn as one edge. */
struct group {
	int	 rel;		/* the best-ranked */
	int	 a, b;		/* its boxes: from, to */
	GString	*label;
	int	 nlabels;
	int	 nev;
};

/* What the figure draws, the same for every way of laying it out. */
struct plan {
	const struct graph *g;
	const char	*lang;
	int		*on;		/* per relation: drawn (edge_of), not
					 * left out to fit */
	int		*keep;		/* per actor: has a box (choose) */
	int		 shown, total;
	struct group	*groups;
	guint		 ngroups;
};

/* The order edges flow in: each edge's chain runs from the box first
 * in it, so dot ranks the boxes in that order. */
enum flow {
	ORDER_MENTION,	/* first mentioned first */
	ORDER_HUB,	/* the box with the most edges in the middle, half
			 * its neighbours before it and half after, so
			 * that a star is not one wide row */
	ORDER_DEGREE,	/* the most edges first */
	ORDER_LAST	/* last mentioned first */
};

/* One way of asking dot.  With stack, the parts of the graph that no
 * edge joins go in rows one below the other instead of side by side
 * (skipped when they fit in one row). */
struct variant {
	const char	*rankdir, *nodesep, *ranksep;
	enum flow	 order;
	int		 stack;
};

/* Tried in turn: the first-mention order first, so that an edit
 * elsewhere in the text keeps the picture when it fits. */
static const struct variant variants[] = {
	{ "TB", "0.22", "0.14", ORDER_MENTION, 0 },
	{ "TB", "0.22", "0.14", ORDER_HUB, 0 },
	{ "TB", "0.22", "0.14", ORDER_DEGREE, 0 },
	{ "TB", "0.22", "0.14", ORDER_MENTION, 1 },
	{ "LR", "0.14", "0.18", ORDER_MENTION, 0 },
	{ "TB", "0.1", "0.14", ORDER_HUB, 0 },
	{ "TB", "0.22", "0.14", ORDER_LAST, 0 },
	{ "TB", "0.1", "0.14", ORDER_HUB, 1 },
	{ "LR", "0.14", "0.18", ORDER_DEGREE, 0 },
	{ "LR", "0.14", "0.18", ORDER_LAST, 0 },
};

/* An edge label this far from its curve (points) is no longer beside
 * it. */
#define DG_LABEL_NEAR	3.0

/* The groups of p from its on and keep: relations with the same boxes,
 * direction and polarity make one edge, its labels best-ranked first. */
static void
plan_groups(struct plan *p)
{
	const struct graph *g = p->g;
	GArray	*order;
	guint	 i, o, nrel = g->relations->len;

	order = g_array_sized_new(FALSE, FALSE, sizeof(guint), nrel);
	for (i = 0; i < nrel; i++)
		g_array_append_val(order, i);
	g_array_sort_with_data(order, by_rank, (gpointer)g);
	p->groups = g_new0(struct group, nrel + 1);
	p->ngroups = 0;
	for (o = 0; o < nrel; o++) {
		const struct relation *r;
		struct group *gp = NULL;
		const char *lb;
		guint k;
		int a, b;

		i = g_array_index(order, guint, o);
		r = g_ptr_array_index(g->relations, i);
		a = dg_box(g, r->from);
		b = dg_box(g, r->to);
		if (!p->on[i] || !p->keep[a] || !p->keep[b])
			continue;
		for (k = 0; k < p->ngroups && gp == NULL; k++) {
			const struct relation *q = g_ptr_array_index(
			    g->relations, p->groups[k].rel);

			if (q->polarity == r->polarity &&
			    q->directed == r->directed &&
			    ((p->groups[k].a == a && p->groups[k].b == b) ||
			    (!r->directed && p->groups[k].a == b &&
			    p->groups[k].b == a)))
				gp = &p->groups[k];
		}
		lb = label_relation(p->lang, r->label);
		if (gp == NULL) {
			gp = &p->groups[p->ngroups++];
			gp->rel = (int)i;
			gp->a = a;
			gp->b = b;
			gp->label = g_string_new(lb);
			gp->nlabels = 1;
		} else if (!has_label(gp->label->str, lb)) {
			if (gp->nlabels < DG_MAX_LABELS)
				g_string_append_printf(gp->label, ", %s", lb);
			else if (gp->nlabels == DG_MAX_LABELS)
				g_string_append(gp->label, "\xe2\x80\xa6");
			gp->nlabels++;
		}
		gp->nev += (int)r->evidence->len;
	}
	g_array_unref(order);
}

static void
plan_clear(struct plan *p)
{
	guint	i;

	for (i = 0; i < p->ngroups; i++)
		g_string_free(p->groups[i].label, TRUE);
	g_free(p->groups);
	p->groups = NULL;
	p->ngroups = 0;
}

/*
 * Leave out the lowest-ranked relation drawn.  0 when one edge with
 * one label is all there is: that one stays.
 */
static int
plan_drop(struct plan *p)
{
	const struct graph *g = p->g;
	guint	 i, worst = G_MAXUINT, n = 0;

	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		if (!p->on[i] || !p->keep[dg_box(g, r->from)] ||
		    !p->keep[dg_box(g, r->to)])
			continue;
		n++;
		if (worst == G_MAXUINT || by_rank(&i, &worst,
		    (gpointer)g) > 0)
			worst = i;
	}
	if (n < 2)
		return 0;
	p->on[worst] = 0;
	return 1;
}

/* Each box's place in the order edges flow in (enum flow). */
static void
flow_order(const struct plan *p, enum flow order, int *pos)
{
	guint	 na = p->g->actors->len, i;
	int	*deg = g_new0(int, na + 1);
	int	 h = -1, side = 0, before = 0, after = 0;

	for (i = 0; i < p->ngroups; i++) {
		deg[p->groups[i].a]++;
		deg[p->groups[i].b]++;
	}
	for (i = 0; i < na; i++) {
		switch (order) {
		case ORDER_MENTION:
		case ORDER_HUB:
			pos[i] = (int)i;
			break;
		case ORDER_DEGREE:
			pos[i] = (int)i - 100 * deg[i];
			break;
		case ORDER_LAST:
			pos[i] = -(int)i;
			break;
		}
		if (deg[i] > 0 && (h < 0 || deg[i] > deg[h]))
			h = (int)i;
	}
	if (order != ORDER_HUB || h < 0) {
		g_free(deg);
		return;
	}
	/* the hub at 0, its neighbours alternately before and after,
	 * the others after them in first-mention order */
	for (i = 0; i < na; i++)
		pos[i] = (int)(2 * na + i);
	pos[h] = 0;
	for (i = 0; i < na; i++) {
		guint k;
		int linked = 0;

		for (k = 0; k < p->ngroups && !linked; k++)
			linked = (p->groups[k].a == h &&
			    p->groups[k].b == (int)i) ||
			    (p->groups[k].b == h && p->groups[k].a == (int)i);
		if (!linked || (int)i == h)
			continue;
		pos[i] = side ? (int)++after : -(int)++before;
		side = !side;
	}
	g_free(deg);
}

static GVC_t *
context(void)
{
	static GVC_t	*gvc;

	if (gvc == NULL)
		gvc = gvContextPlugins(builtins, 0);
	return gvc;
}

/* Each box's part of the graph (boxes joined by edges), numbered from
 * 0 in first-mention order into comp (-1: no box); returns how many. */
static int
components(const struct plan *p, int *comp)
{
	guint	 na = p->g->actors->len, i, k;
	int	*root = g_new0(int, na + 1);
	int	 n = 0, changed = 1;

	for (i = 0; i < na; i++)
		comp[i] = p->keep[i] ? (int)i : -1;
	/* the smallest index of each part, spread along the edges: at
	 * most 12 boxes */
	while (changed) {
		changed = 0;
		for (k = 0; k < p->ngroups; k++) {
			int a = p->groups[k].a, b = p->groups[k].b;
			int m = MIN(comp[a], comp[b]);

			if (comp[a] != m || comp[b] != m) {
				comp[a] = comp[b] = m;
				changed = 1;
			}
		}
	}
	/* the roots numbered, then each box by its root */
	for (i = 0; i < na; i++)
		root[i] = comp[i] == (int)i ? n++ : -1;
	for (i = 0; i < na; i++)
		if (comp[i] >= 0)
			comp[i] = root[comp[i]];
	g_free(root);
	return n;
}

/*
 * Rows for the parts of the graph: in order, side by side while their
 * extents in d (a layout of them side by side) fit width, then a new
 * row.  row[c] for part c; returns how many rows.
 */
static int
part_rows(const struct diagram *d, const struct plan *p, const int *comp,
    int nparts, double width, int *row)
{
	double	*x0 = g_new(double, nparts), *x1 = g_new(double, nparts);
	double	 used = 0, gap = 16;
	guint	 i, k;
	int	 c, r = 0;

	for (c = 0; c < nparts; c++) {
		x0[c] = G_MAXDOUBLE;
		x1[c] = -G_MAXDOUBLE;
	}
	for (i = 0; i < d->nodes->len; i++) {
		const struct dnode *n = &g_array_index(d->nodes, struct dnode,
		    i);

		c = comp[n->actor];
		x0[c] = MIN(x0[c], n->x - n->w / 2);
		x1[c] = MAX(x1[c], n->x + n->w / 2);
	}
	/* the edges in the order of the groups: labels and curves */
	for (i = 0; i < d->edges->len; i++) {
		const struct dedge *e = &g_array_index(d->edges, struct dedge,
		    i);

		c = comp[p->groups[i].a];
		x0[c] = MIN(x0[c], e->lx - e->lw / 2);
		x1[c] = MAX(x1[c], e->lx + e->lw / 2);
		for (k = 0; k < e->pts->len; k += 2) {
			x0[c] = MIN(x0[c], g_array_index(e->pts, double, k));
			x1[c] = MAX(x1[c], g_array_index(e->pts, double, k));
		}
	}
	for (c = 0; c < nparts; c++) {
		double w = x1[c] > x0[c] ? x1[c] - x0[c] : 0;

		if (used > 0 && used + gap + w > width) {
			r++;
			used = 0;
		}
		used += (used > 0 ? gap : 0) + w;
		row[c] = r;
	}
	g_free(x0);
	g_free(x1);
	return r + 1;
}

/*
 * Put rows of the graph one below the other: invisible edges from every
 * node of a row (part[]: each box's row) to each first box of the next
 * (a box no edge flows into).
 */
static void
stack_parts(const struct plan *p, Agraph_t *G, Agnode_t **nodes,
    Agnode_t **labels, const int *pos, const int *comp, int nparts)
{
	guint	 na = p->g->actors->len, i, k, j;
	int	 c;

	for (c = 0; c + 1 < nparts; c++)
		for (i = 0; i < na; i++) {
			int first = comp[i] == c + 1;

			for (k = 0; k < p->ngroups && first; k++) {
				const struct group *gp = &p->groups[k];

				first = !((gp->b == (int)i && pos[gp->a] <
				    pos[gp->b]) || (gp->a == (int)i &&
				    pos[gp->b] < pos[gp->a]));
			}
			if (!first)
				continue;
			for (j = 0; j < na + p->ngroups; j++) {
				Agnode_t *from;
				Agedge_t *e;

				if (j < na)
					from = comp[j] == c ? nodes[j] : NULL;
				else
					from = comp[p->groups[j - na].a] == c ?
					    labels[j - na] : NULL;
				if (from == NULL)
					continue;
				e = agedge(G, from, nodes[i], NULL, 1);
				agsafeset(e, "style", "invis", "");
			}
		}
}

/* The geometry dot gave G into a new diagram's nodes and edges. */
static struct diagram *
collect(const struct plan *p, Agraph_t *G, Agnode_t **nodes,
    Agnode_t **labels, Agedge_t **e1, Agedge_t **e2, const int *pos)
{
	struct diagram	*d = g_new0(struct diagram, 1);
	double		 top = GD_bb(G).UR.y, left = GD_bb(G).LL.x;
	guint		 i, k;

	d->g = p->g;
	d->lang = p->lang;
	d->shown = p->shown;
	d->total = p->total;
	d->gw = GD_bb(G).UR.x - left;
	d->gh = top - GD_bb(G).LL.y;
	d->nodes = g_array_new(FALSE, TRUE, sizeof(struct dnode));
	d->edges = g_array_new(FALSE, TRUE, sizeof(struct dedge));
	for (i = 0; i < p->g->actors->len; i++) {
		struct dnode dn;

		if (nodes[i] == NULL)
			continue;
		/* padding too: the layout compares equal byte for byte */
		memset(&dn, 0, sizeof(dn));
		dn.actor = (int)i;
		dn.x = ND_coord(nodes[i]).x - left;
		dn.y = top - ND_coord(nodes[i]).y;
		dn.w = ND_width(nodes[i]) * 72;
		dn.h = ND_height(nodes[i]) * 72;
		g_array_append_val(d->nodes, dn);
	}
	for (i = 0; i < p->ngroups; i++) {
		const struct group *gp = &p->groups[i];
		struct dedge de;

		de.rel = gp->rel;
		de.label = g_strdup(gp->label->str);
		de.nev = gp->nev;
		de.reversed = pos[gp->a] > pos[gp->b];
		de.pts = g_array_new(FALSE, FALSE, sizeof(double));
		add_spline(e1[i], top, de.pts);
		de.split = de.pts->len;
		add_spline(e2[i], top, de.pts);
		for (k = 0; k < de.pts->len; k += 2)
			g_array_index(de.pts, double, k) -= left;
		de.lx = ND_coord(labels[i]).x - left;
		de.ly = top - ND_coord(labels[i]).y;
		de.lw = ND_width(labels[i]) * 72;
		de.lh = ND_height(labels[i]) * 72;
		g_array_append_val(d->edges, de);
	}
	return d;
}

/*
 * The graph part of p laid out by dot as v says, or NULL if dot fails;
 * with v->stack, rows[i] is box i's row (part_rows) of nrows.
 * Each label is a node of its own on its edge's way, so dot keeps it
 * clear of every other box and the edge runs through it.
 */
static struct diagram *
lay(const struct plan *p, const struct variant *v, const int *rows,
    int nrows)
{
	const struct graph *g = p->g;
	GVC_t		*gvc = context();
	Agraph_t	*G;
	Agnode_t	**nodes, **labels;
	Agedge_t	**e1, **e2;
	struct diagram	*d = NULL;
	int		*pos;
	guint		 i, na = g->actors->len;
	char		 name[32];

	G = agopen("briefing", Agdirected, NULL);
	agattr(G, AGRAPH, "rankdir", (char *)v->rankdir);
	agattr(G, AGRAPH, "nodesep", (char *)v->nodesep);
	agattr(G, AGRAPH, "ranksep", (char *)v->ranksep);
	agattr(G, AGRAPH, "splines", "spline");
	agattr(G, AGNODE, "shape", "box");
	agattr(G, AGNODE, "fixedsize", "true");
	agattr(G, AGNODE, "label", "");
	agattr(G, AGNODE, "width", "1");
	agattr(G, AGNODE, "height", "0.5");
	agattr(G, AGEDGE, "arrowhead", "none");
	agattr(G, AGEDGE, "arrowtail", "none");
	nodes = g_new0(Agnode_t *, na + 1);
	labels = g_new0(Agnode_t *, p->ngroups + 1);
	e1 = g_new0(Agedge_t *, p->ngroups + 1);
	e2 = g_new0(Agedge_t *, p->ngroups + 1);
	pos = g_new0(int, na + 1);
	flow_order(p, v->order, pos);
	/* first-mention order, so an edit elsewhere keeps the picture */
	for (i = 0; i < na; i++) {
		double w, h;

		if (!p->keep[i])
			continue;
		g_snprintf(name, sizeof(name), "a%u", i);
		nodes[i] = agnode(G, name, 1);
		node_size(g, (int)i, p->lang, &w, &h);
		set_size(nodes[i], w, h);
	}
	for (i = 0; i < p->ngroups; i++) {
		int a = p->groups[i].a, b = p->groups[i].b;

		if (pos[a] > pos[b]) {
			a = p->groups[i].b;
			b = p->groups[i].a;
		}
		g_snprintf(name, sizeof(name), "l%u", i);
		labels[i] = agnode(G, name, 1);
		set_size(labels[i], dg_text_width(FACE_SANS, DG_LABEL_SIZE,
		    p->groups[i].label->str) + 6, DG_LABEL_SIZE + 3.5);
		e1[i] = agedge(G, nodes[a], labels[i], NULL, 1);
		e2[i] = agedge(G, labels[i], nodes[b], NULL, 1);
	}
	if (v->stack)
		stack_parts(p, G, nodes, labels, pos, rows, nrows);
	if (gvLayout(gvc, G, "dot") == 0) {
		d = collect(p, G, nodes, labels, e1, e2, pos);
		gvFreeLayout(gvc, G);
	}
	agclose(G);
	g_free(nodes);
	g_free(labels);
	g_free(e1);
	g_free(e2);
	g_free(pos);
	return d;
}

/* Legend and caption below the graph part of d, in width points; the
 * graph scaled down only when nothing else made it fit. */
static void
finish(struct diagram *d, const struct plan *p, double width)
{
	caption_facts(d, p->on, p->keep);
	d->scale = d->gw > width ? width / d->gw : 1.0;
	d->ox = (width - d->gw * d->scale) / 2;
	d->legend_y = d->gh * d->scale + 10;
	d->legend_h = 12;
	d->w = width;
	d->caption_lang = label_lang(p->lang);
	d->caption = dg_caption(d, p->lang);
	d->caption_lines = dg_wrap(d->caption, d->w);
	d->caption_y = d->legend_y + d->legend_h + 4;
	d->caption_h = d->caption_lines->len * DG_CAPTION_LEAD + 1;
	d->h = d->caption_y + d->caption_h;
}

/* How many of the figure's rules d breaks (0: it is legible at print
 * size). */
static int
faults(const struct diagram *d, const struct dg_measure *m, double width,
    double max_h)
{
	return (d->gw > width + 0.01) + (d->h > max_h) + (m->crossings > 1) +
	    (m->through > 0) + (m->overlaps > 0) +
	    (m->label_dist > DG_LABEL_NEAR);
}

/* BRIEFING_TRACE=layout: the figure measured, one line on stderr. */
static void
trace(const struct diagram *d, int tries, int drops)
{
	struct dg_measure m;

	dg_measure(d, &m);
	fprintf(stderr, "layout: boxes %u edges %u size %.0fx%.0f scale "
	    "%.3f font %.2f crossings %d through %d overlaps %d label %.1f "
	    "left_out %d tries %d drops %d\n", d->nodes->len, d->edges->len,
	    d->w, d->h, d->scale, m.min_font, m.crossings, m.through,
	    m.overlaps, m.label_dist, d->left_out, tries, drops);
}

/*
 * The best of the variants for p: the first that breaks no rule and
 * crosses no edge, else the one breaking the fewest rules with the
 * fewest crossings, then the lowest.  *fit: it breaks none; *failed:
 * dot failed; *tries counts the layouts made.
 */
static struct diagram *
best_variant(const struct plan *p, double width, double max_h, int *fit,
    int *failed, int *tries)
{
	struct diagram	*best = NULL;
	double		 best_score = 0;
	guint		 na = p->g->actors->len, k;
	int		*comp = g_new0(int, na + 1);
	int		*rows = g_new0(int, na + 1);
	int		 nparts = components(p, comp), nrows = 0;
	size_t		 i;

	*fit = 0;
	for (i = 0; i < G_N_ELEMENTS(variants); i++) {
		struct diagram *d;
		struct dg_measure m;
		double score;
		int f;

		if (variants[i].stack && nrows < 2)
			continue;
		d = lay(p, &variants[i], rows, nrows);
		(*tries)++;
		if (d == NULL) {
			*failed = 1;
			break;
		}
		if (i == 0 && nparts > 1) {
			/* the rows the parts would stack in, from the
			 * first layout's side by side */
			int *row = g_new0(int, nparts);

			nrows = part_rows(d, p, comp, nparts, width, row);
			for (k = 0; k < na; k++)
				rows[k] = comp[k] >= 0 ? row[comp[k]] : -1;
			g_free(row);
		}
		finish(d, p, width);
		dg_measure(d, &m);
		f = faults(d, &m, width, max_h);
		score = f * 1e6 + m.crossings * 1e4 + d->h;
		if (best == NULL || score < best_score) {
			diagram_free(best);
			best = d;
			best_score = score;
			*fit = f == 0;
		} else
			diagram_free(d);
		if (*fit && m.crossings == 0)
			break;
	}
	g_free(comp);
	g_free(rows);
	return best;
}

struct diagram *
diagram_layout(const struct graph *g, double width, double max_h,
    const char *lang)
{
	struct plan	 p = { 0 };
	struct diagram	*best = NULL;
	guint		 i;
	int		 fit = 0, failed = 0, tries = 0, drops = 0;

	if (g->relations->len == 0 || context() == NULL)
		return NULL;
	p.g = g;
	p.lang = lang;
	p.on = g_new0(int, g->relations->len + 1);
	p.keep = g_new0(int, g->actors->len + 1);
	for (i = 0; i < g->relations->len; i++)
		p.on[i] = edge_of(g, g_ptr_array_index(g->relations, i));
	/* when no way of laying it out fits at full size, the
	 * lowest-ranked relation is left out (and the boxes only it
	 * joined): the caption counts it; never smaller type */
	for (;;) {
		struct diagram *d;

		p.shown = choose(g, p.on, p.keep, &p.total);
		if (p.shown < 2)
			break;
		plan_groups(&p);
		d = p.ngroups > 0 ? best_variant(&p, width, max_h, &fit,
		    &failed, &tries) : NULL;
		plan_clear(&p);
		if (d == NULL)
			break;
		diagram_free(best);
		best = d;
		if (failed || fit || !plan_drop(&p))
			break;
		drops++;
	}
	g_free(p.on);
	g_free(p.keep);
	if (failed) {
		diagram_free(best);
		msg_at(NULL, NULL, MSG_WARNING, "the relations diagram could "
		    "not be laid out; left out");
		return NULL;
	}
	if (best != NULL && g_strcmp0(g_getenv("BRIEFING_TRACE"),
	    "layout") == 0)
		trace(best, tries, drops);
	return best;
}

void
diagram_free(struct diagram *d)
{
	guint	i;

	if (d == NULL)
		return;
	for (i = 0; i < d->edges->len; i++) {
		g_array_unref(g_array_index(d->edges, struct dedge, i).pts);
		g_free(g_array_index(d->edges, struct dedge, i).label);
	}
	g_array_unref(d->nodes);
	g_array_unref(d->edges);
	if (d->also != NULL)
		g_array_unref(d->also);
	if (d->caption_lines != NULL)
		g_ptr_array_unref(d->caption_lines);
	g_free(d->caption);
	g_free(d);
}
