/* SPDX-License-Identifier: MIT */
/* Knuth-Plass optimum-fit line breaking with glyph expansion. */
#include <math.h>
#include <string.h>

#include "linebreak.h"

/*
 * A feasible breakpoint, in two parts: what the chosen breaks are read
 * back from (struct hist, kept for the whole paragraph), and what only
 * an active node needs (struct node, its slot reused once the node is
 * no longer active).  Kept whole, every node of a 640 KB paragraph took
 * 64 MB, half the build's peak.
 */
struct hist {
	size_t	pos;		/* index of the break item */
	int	prev;		/* index in the history, -1 for the start */
	int	flagged;
	double	ratio, expand, glue_ratio;
};

struct node {
	int	hist;		/* index in the history */
	int	line;		/* lines so far */
	int	fitness;	/* 0 tight, 1 decent, 2 loose, 3 very loose */
	int	hyph;		/* consecutive hyphenated lines ending here */
	int	flagged;
	double	total;		/* demerits so far */
	/* sums from the paragraph start to the first box after the break */
	double	w, y, z, e;
	int	fil;
	int	next_active;	/* linked list of active nodes, -1 ends */
};

/* A candidate for a break: the node it makes, and its history. */
struct cand {
	struct node	nd;
	struct hist	h;
};

struct sums {
	double	*w, *y, *z, *e;	/* width, stretch, shrink, box width */
	int	*fil;		/* infinite stretch count */
};

void
lb_params_default(struct lb_params *p, double width)
{
	p->width = width;
	p->tolerance = 2.0;
	p->expansion = 0.02;
	p->line_penalty = 10;
	p->flagged_demerits = 3000;
	p->fitness_demerits = 10000;
	p->final_hyphen_demerits = 5000;
	p->max_hyphens = 2;
}

static void
make_sums(const struct lb_item *it, size_t n, struct sums *s)
{
	size_t	i;

	s->w = g_new(double, n + 1);
	s->y = g_new(double, n + 1);
	s->z = g_new(double, n + 1);
	s->e = g_new(double, n + 1);
	s->fil = g_new(int, n + 1);
	s->w[0] = s->y[0] = s->z[0] = s->e[0] = 0;
	s->fil[0] = 0;
	for (i = 0; i < n; i++) {
		s->w[i + 1] = s->w[i];
		s->y[i + 1] = s->y[i];
		s->z[i + 1] = s->z[i];
		s->e[i + 1] = s->e[i];
		s->fil[i + 1] = s->fil[i];
		if (it[i].type == LB_BOX) {
			s->w[i + 1] += it[i].width;
			s->e[i + 1] += it[i].width;
		} else if (it[i].type == LB_GLUE) {
			s->w[i + 1] += it[i].width;
			if (it[i].stretch < 0)
				s->fil[i + 1]++;
			else
				s->y[i + 1] += it[i].stretch;
			s->z[i + 1] += it[i].shrink;
		}
	}
}

static void
free_sums(struct sums *s)
{
	g_free(s->w);
	g_free(s->y);
	g_free(s->z);
	g_free(s->e);
	g_free(s->fil);
}

/* Sums up to the first box after a break at b (glue and penalties that
 * follow a break vanish). */
static void
after_break(const struct lb_item *it, size_t n, const struct sums *s,
    size_t b, struct node *nd)
{
	size_t	i = b;

	if (b < n && it[b].type != LB_BOX)
		for (i = b; i < n && it[i].type != LB_BOX; i++) {
			if (i > b && it[i].type == LB_PENALTY &&
			    it[i].penalty <= -LB_INF)
				break;
		}
	nd->w = s->w[i];
	nd->y = s->y[i];
	nd->z = s->z[i];
	nd->e = s->e[i];
	nd->fil = s->fil[i];
}

static int
is_legal(const struct lb_item *it, size_t i)
{
	if (it[i].type == LB_PENALTY)
		return it[i].penalty < LB_INF;
	if (it[i].type == LB_GLUE)
		return i > 0 && it[i - 1].type == LB_BOX;
	return 0;
}

static int
fitness_of(double r)
{
	if (r < -0.5)
		return 0;
	if (r <= 0.5)
		return 1;
	if (r <= 1)
		return 2;
	return 3;
}

/*
 * Adjustment of a line from node a to break b.  Glyph expansion adds
 * p->expansion of the boxes' width to the stretch and shrink; the ratio
 * is shared by glue and expansion, expansion capped at its limit.
 */
static double
adjust(const struct lb_item *it, const struct sums *s, const struct node *a,
    size_t b, const struct lb_params *p, double *expand, double *glue)
{
	double	L = s->w[b] - a->w, Y = s->y[b] - a->y, Z = s->z[b] - a->z;
	double	E = (s->e[b] - a->e) * p->expansion, r, used;
	int	fil = s->fil[b] - a->fil;

	if (it[b].type == LB_PENALTY) {
		L += it[b].width;
		E += it[b].width * p->expansion;
	}
	*expand = 0;
	*glue = 0;
	if (fabs(L - p->width) < 1e-9)
		return 0;
	if (L < p->width) {
		if (fil > 0)
			return 0;
		if (Y + E <= 0)
			return 1e9;
		r = (p->width - L) / (Y + E);
		used = (r < 1 ? r : 1) * E;
		*expand = E > 0 ? used / (s->e[b] - a->e +
		    (it[b].type == LB_PENALTY ? it[b].width : 0)) : 0;
		*glue = Y > 0 ? (p->width - L - used) / Y : 0;
		return r;
	}
	if (Z + E <= 0)
		return -1e9;
	r = (p->width - L) / (Z + E);
	if (r < -1)
		return r;
	used = r * E;
	*expand = E > 0 ? used / (s->e[b] - a->e +
	    (it[b].type == LB_PENALTY ? it[b].width : 0)) : 0;
	*glue = Z > 0 ? (p->width - L - used) / Z : 0;
	return r;
}

/* A slot for an active node: a free one, or a new one. */
static int
slot(GArray *act, int *free_slots)
{
	int	k = *free_slots;

	if (k >= 0) {
		*free_slots = g_array_index(act, struct node, k).next_active;
		return k;
	}
	g_array_set_size(act, act->len + 1);
	return (int)act->len - 1;
}

/* Record a break in the history; returns its index. */
static int
remember(GArray *pool, const struct cand *c)
{
	g_array_append_val(pool, c->h);
	return (int)pool->len - 1;
}

static int
run(const struct lb_item *it, size_t n, const struct lb_params *p,
    double tolerance, const struct sums *s, GArray *pool, GArray *act)
{
	struct node	 start = { 0 };
	struct hist	 h0 = { 0 };
	struct cand	 best[4][8];
	int		 have[4][8];
	int		 active, i, f, h, prev_i, best_final = -1;
	int		 free_slots = -1;
	int		 maxh = p->max_hyphens < 7 ? p->max_hyphens : 7;
	double		 final_total = 0;
	size_t		 b;

	g_array_set_size(pool, 0);
	g_array_set_size(act, 0);
	h0.prev = -1;
	h0.pos = 0;
	g_array_append_val(pool, h0);
	start.hist = 0;
	start.fitness = 1;
	start.next_active = -1;
	/* the start is not a break: sums from the very first item */
	start.w = start.y = start.z = start.e = 0;
	start.fil = 0;
	g_array_append_val(act, start);
	active = 0;

	for (b = 0; b < n && active >= 0; b++) {
		if (!is_legal(it, b))
			continue;
		memset(have, 0, sizeof(have));
		prev_i = -1;
		i = active;
		while (i >= 0) {
			struct node	*a = &g_array_index(act, struct node, i);
			double		 r, ex, gl, bad, d;
			int		 next = a->next_active, pen, fl, nh;
			int		 gone = 0;

			r = adjust(it, s, a, b, p, &ex, &gl);
			if (r < -1 || (it[b].type == LB_PENALTY &&
			    it[b].penalty <= -LB_INF)) {
				/* deactivate a (its slot is freed below,
				 * once read) */
				if (prev_i < 0)
					active = next;
				else
					g_array_index(act, struct node,
					    prev_i).next_active = next;
				gone = 1;
			} else
				prev_i = i;
			if (r >= -1 && r <= tolerance) {
				bad = 100 * pow(fabs(r), 3);
				/* within the tolerance, TeX's cap; in the
				 * rescue pass (no breaking met it) a looser
				 * line must cost more, or a line of four words
				 * stretched over the column is as good as one
				 * a little loose */
				if (bad > 10000 && tolerance <= p->tolerance)
					bad = 10000;
				pen = it[b].type == LB_PENALTY ?
				    it[b].penalty : 0;
				fl = it[b].type == LB_PENALTY && it[b].flagged;
				nh = fl ? a->hyph + 1 : 0;
				if (nh > maxh)
					goto next;
				d = p->line_penalty + bad;
				d *= d;
				if (pen > 0)
					d += (double)pen * pen;
				else if (pen > -LB_INF)
					d -= (double)pen * pen;
				if (fl && a->flagged)
					d += p->flagged_demerits;
				f = fitness_of(r);
				if (abs(f - a->fitness) > 1)
					d += p->fitness_demerits;
				if (pen <= -LB_INF && a->flagged)
					d += p->final_hyphen_demerits;
				d += a->total;
				if (!have[f][nh] || d < best[f][nh].nd.total) {
					struct cand *c = &best[f][nh];

					/* every field is set here, by
					 * remember and by after_break */
					have[f][nh] = 1;
					c->h.pos = b;
					c->nd.line = a->line + 1;
					c->nd.fitness = f;
					c->nd.hyph = nh;
					c->nd.flagged = fl;
					c->h.flagged = fl;
					c->nd.total = d;
					c->h.ratio = r;
					c->h.expand = ex;
					c->h.glue_ratio = gl;
					c->h.prev = a->hist;
				}
			}
next:
			if (gone) {
				g_array_index(act, struct node,
				    i).next_active = free_slots;
				free_slots = i;
			}
			i = next;
		}
		for (f = 0; f < 4; f++)
			for (h = 0; h <= maxh; h++) {
				struct cand	*c = &best[f][h];
				int		 k;

				if (!have[f][h])
					continue;
				c->nd.hist = remember(pool, c);
				after_break(it, n, s, b, &c->nd);
				if (b == n - 1) {
					if (best_final < 0 ||
					    c->nd.total < final_total) {
						best_final = c->nd.hist;
						final_total = c->nd.total;
					}
					continue;
				}
				k = slot(act, &free_slots);
				c->nd.next_active = active;
				g_array_index(act, struct node, k) = c->nd;
				active = k;
			}
	}
	return best_final;
}

int
lb_break(const struct lb_item *items, size_t n, const struct lb_params *p,
    GArray *lines)
{
	struct sums	 s;
	GArray		*pool, *act;
	GArray		*rev;
	int		 last, i;

	if (n == 0)
		return 0;
	make_sums(items, n, &s);
	pool = g_array_new(FALSE, FALSE, sizeof(struct hist));
	act = g_array_new(FALSE, FALSE, sizeof(struct node));
	last = run(items, n, p, p->tolerance, &s, pool, act);
	if (last < 0)
		last = run(items, n, p, 1e12, &s, pool, act);
	g_array_unref(act);
	if (last < 0) {
		g_array_unref(pool);
		free_sums(&s);
		return -1;
	}
	rev = g_array_new(FALSE, FALSE, sizeof(int));
	for (i = last; i > 0; i = g_array_index(pool, struct hist, i).prev)
		g_array_append_val(rev, i);
	for (i = (int)rev->len - 1; i >= 0; i--) {
		struct hist	*nd = &g_array_index(pool, struct hist,
		    g_array_index(rev, int, i));
		struct hist	*pv = &g_array_index(pool, struct hist,
		    nd->prev);
		struct lb_line	 ln;
		size_t		 k = pv->pos;

		if (nd->prev > 0)
			while (k < nd->pos && items[k].type != LB_BOX)
				k++;
		ln.start = nd->prev > 0 ? k : 0;
		ln.end = nd->pos;
		ln.ratio = nd->ratio;
		ln.expand = nd->expand;
		ln.glue_ratio = nd->glue_ratio;
		ln.hyphenated = nd->flagged;
		g_array_append_val(lines, ln);
	}
	g_array_unref(rev);
	g_array_unref(pool);
	free_sums(&s);
	return 0;
}
