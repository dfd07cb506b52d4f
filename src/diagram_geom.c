/* SPDX-License-Identifier: MIT */
/* The laid-out diagram measured: type sizes, crossings, boxes crossed. */
#include <math.h>
#include <string.h>

#include "diagram_int.h"

#define STEPS	12	/* segments per cubic when flattened */
#define SLACK	0.5	/* points a curve may graze a box by */

/* A box by its corners, in the figure's points. */
struct rect {
	double	x0, y0, x1, y1;
};

static struct rect
rect_c(double cx, double cy, double w, double h, double grow)
{
	struct rect r = { cx - w / 2 - grow, cy - h / 2 - grow,
	    cx + w / 2 + grow, cy + h / 2 + grow };

	return r;
}

static struct rect
node_rect(const struct diagram *d, const struct dnode *n, double grow)
{
	return rect_c(d->ox + n->x * d->scale, n->y * d->scale,
	    n->w * d->scale, n->h * d->scale, grow);
}

static struct rect
label_rect(const struct diagram *d, const struct dedge *e, double grow)
{
	return rect_c(d->ox + e->lx * d->scale, e->ly * d->scale,
	    e->lw * d->scale, e->lh * d->scale, grow);
}

static void
cubic_to(GArray *out, const double *p, const struct diagram *d)
{
	int	i;

	for (i = 1; i <= STEPS; i++) {
		double t = (double)i / STEPS, u = 1 - t;
		double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t,
		    e = t * t * t;
		double q[2] = { d->ox + d->scale * (a * p[0] + b * p[2] +
		    c * p[4] + e * p[6]), d->scale * (a * p[1] + b * p[3] +
		    c * p[5] + e * p[7]) };

		g_array_append_vals(out, q, 2);
	}
}

/*
 * An edge's curve as polylines in the figure's points: the part to its
 * label and the part from it, each a GArray of x, y doubles (a part too
 * short to be drawn is left empty).  The caller frees both.
 */
static void
flatten(const struct diagram *d, const struct dedge *e, GArray *part[2])
{
	const double	*p = (const double *)e->pts->data;
	guint		 bounds[3] = { 0, e->split, e->pts->len }, k, i;

	for (k = 0; k < 2; k++) {
		part[k] = g_array_new(FALSE, FALSE, sizeof(double));
		if (bounds[k + 1] < bounds[k] + 8)
			continue;
		{
			double q[2] = { d->ox + d->scale * p[bounds[k]],
			    d->scale * p[bounds[k] + 1] };

			g_array_append_vals(part[k], q, 2);
		}
		for (i = bounds[k]; i + 8 <= bounds[k + 1]; i += 6)
			cubic_to(part[k], p + i, d);
	}
}

/* Whether segments ab and cd cross, each counted from its start up to,
 * not including, its end (a crossing at a shared vertex counts once);
 * the crossing point in *x, *y. */
static int
seg_cross(const double *a, const double *b, const double *c,
    const double *e, double *x, double *y)
{
	double	rx = b[0] - a[0], ry = b[1] - a[1];
	double	sx = e[0] - c[0], sy = e[1] - c[1];
	double	den = rx * sy - ry * sx, t, u;

	if (fabs(den) < 1e-12)
		return 0;
	t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
	u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
	if (t < 0 || t >= 1 || u < 0 || u >= 1)
		return 0;
	*x = a[0] + t * rx;
	*y = a[1] + t * ry;
	return 1;
}

static int
in_rect(const struct rect *r, double x, double y)
{
	return x > r->x0 && x < r->x1 && y > r->y0 && y < r->y1;
}

/* Whether segment ab enters r (Liang-Barsky clipping). */
static int
seg_in_rect(const double *a, const double *b, const struct rect *r)
{
	double	dx = b[0] - a[0], dy = b[1] - a[1];
	double	p[4] = { -dx, dx, -dy, dy };
	double	q[4] = { a[0] - r->x0, r->x1 - a[0], a[1] - r->y0,
	    r->y1 - a[1] };
	double	t0 = 0, t1 = 1;
	int	i;

	for (i = 0; i < 4; i++) {
		if (p[i] == 0) {
			if (q[i] <= 0)
				return 0;
			continue;
		}
		if (p[i] < 0)
			t0 = MAX(t0, q[i] / p[i]);
		else
			t1 = MIN(t1, q[i] / p[i]);
	}
	return t0 < t1;
}

static double
pt_seg(double x, double y, const double *a, const double *b)
{
	double	dx = b[0] - a[0], dy = b[1] - a[1];
	double	l = dx * dx + dy * dy, t = 0;

	if (l > 0)
		t = CLAMP(((x - a[0]) * dx + (y - a[1]) * dy) / l, 0, 1);
	return hypot(x - a[0] - t * dx, y - a[1] - t * dy);
}

/* Distance from segment ab to box r: 0 when it enters it. */
static double
seg_rect_dist(const double *a, const double *b, const struct rect *r)
{
	double	c[8] = { r->x0, r->y0, r->x1, r->y0, r->x1, r->y1, r->x0,
	    r->y1 };
	double	best = G_MAXDOUBLE, dx, dy;
	int	i;

	if (seg_in_rect(a, b, r))
		return 0;
	for (i = 0; i < 4; i++)
		best = MIN(best, pt_seg(c[2 * i], c[2 * i + 1], a, b));
	for (i = 0; i < 2; i++) {
		const double *p = i == 0 ? a : b;

		dx = MAX(MAX(r->x0 - p[0], p[0] - r->x1), 0);
		dy = MAX(MAX(r->y0 - p[1], p[1] - r->y1), 0);
		best = MIN(best, hypot(dx, dy));
	}
	return best;
}

/* Whether a polyline enters r. */
static int
line_in_rect(const GArray *l, const struct rect *r)
{
	const double	*p = (const double *)l->data;
	guint		 i;

	for (i = 0; i + 3 < l->len; i += 2)
		if (seg_in_rect(p + i, p + i + 2, r))
			return 1;
	return 0;
}

/* Crossings of polylines a and b outside every node box. */
static int
line_crossings(const struct diagram *d, const GArray *a, const GArray *b)
{
	const double	*p = (const double *)a->data;
	const double	*q = (const double *)b->data;
	guint		 i, j, k;
	int		 n = 0;

	for (i = 0; i + 3 < a->len; i += 2)
		for (j = 0; j + 3 < b->len; j += 2) {
			double x, y;
			int inside = 0;

			if (!seg_cross(p + i, p + i + 2, q + j, q + j + 2, &x,
			    &y))
				continue;
			/* edges meeting at a box they share */
			for (k = 0; k < d->nodes->len && !inside; k++) {
				struct rect r = node_rect(d, &g_array_index(
				    d->nodes, struct dnode, k), 2);

				inside = in_rect(&r, x, y);
			}
			n += !inside;
		}
	return n;
}

/* The boxes an edge joins: its relation's ends as drawn. */
static int
is_end(const struct diagram *d, const struct dedge *e, int actor)
{
	const struct relation *r = g_ptr_array_index(d->g->relations,
	    e->rel);

	return dg_box(d->g, r->from) == actor || dg_box(d->g, r->to) == actor;
}

static double
min_font(const struct diagram *d)
{
	double	m = MIN(DG_SMALL_SIZE, DG_CAPTION_SIZE);
	double	s = d->scale;
	guint	i;

	if (d->nodes->len > 0)
		m = MIN(m, DG_NAME_SIZE * s);
	if (d->edges->len > 0)
		m = MIN(m, DG_LABEL_SIZE * s);
	for (i = 0; i < d->nodes->len; i++) {
		const struct actor *a = g_ptr_array_index(d->g->actors,
		    g_array_index(d->nodes, struct dnode, i).actor);

		if (a->persons != NULL && a->persons->len > 0)
			m = MIN(m, DG_PERSON_SIZE * s);
	}
	return m;
}

/* Every box of the figure: nodes, edge labels, legend, caption. */
static GArray *
all_rects(const struct diagram *d)
{
	GArray	*b = g_array_new(FALSE, FALSE, sizeof(struct rect));
	guint	 i;
	struct rect r;

	for (i = 0; i < d->nodes->len; i++) {
		r = node_rect(d, &g_array_index(d->nodes, struct dnode, i), 0);
		g_array_append_val(b, r);
	}
	for (i = 0; i < d->edges->len; i++) {
		r = label_rect(d, &g_array_index(d->edges, struct dedge, i), 0);
		g_array_append_val(b, r);
	}
	r = rect_c(d->w / 2, d->legend_y + d->legend_h / 2, d->w,
	    d->legend_h, 0);
	g_array_append_val(b, r);
	r = rect_c(d->w / 2, d->caption_y + d->caption_h / 2, d->w,
	    d->caption_h, 0);
	g_array_append_val(b, r);
	return b;
}

static int
count_overlaps(const struct diagram *d)
{
	GArray	*b = all_rects(d);
	guint	 i, j;
	int	 n = 0;

	for (i = 0; i < b->len; i++)
		for (j = i + 1; j < b->len; j++) {
			const struct rect *p = &g_array_index(b, struct rect,
			    i);
			const struct rect *q = &g_array_index(b, struct rect,
			    j);

			n += p->x0 < q->x1 - 0.01 && q->x0 < p->x1 - 0.01 &&
			    p->y0 < q->y1 - 0.01 && q->y0 < p->y1 - 0.01;
		}
	g_array_unref(b);
	return n;
}

/* The farthest point of a label from its own curve. */
static double
label_gap(const struct diagram *d, const struct dedge *e, GArray *part[2])
{
	struct rect	 r = label_rect(d, e, 0);
	double		 best = G_MAXDOUBLE;
	guint		 k, i;

	for (k = 0; k < 2; k++) {
		const double *p = (const double *)part[k]->data;

		for (i = 0; i + 3 < part[k]->len; i += 2)
			best = MIN(best, seg_rect_dist(p + i, p + i + 2, &r));
	}
	return best;
}

void
dg_measure(const struct diagram *d, struct dg_measure *m)
{
	guint	 n = d->edges->len, i, j, k, a, b;
	GArray	**parts = g_new0(GArray *, 2 * n + 1);

	memset(m, 0, sizeof(*m));
	m->min_font = min_font(d);
	m->overlaps = count_overlaps(d);
	for (i = 0; i < n; i++)
		flatten(d, &g_array_index(d->edges, struct dedge, i),
		    parts + 2 * i);
	for (i = 0; i < n; i++) {
		const struct dedge *e = &g_array_index(d->edges, struct dedge,
		    i);
		double gap = label_gap(d, e, parts + 2 * i);

		if (gap > m->label_dist)
			m->label_dist = gap;
		for (k = 0; k < d->nodes->len; k++) {
			const struct dnode *dn = &g_array_index(d->nodes,
			    struct dnode, k);
			struct rect r = node_rect(d, dn, -SLACK);

			if (!is_end(d, e, dn->actor) &&
			    (line_in_rect(parts[2 * i], &r) ||
			    line_in_rect(parts[2 * i + 1], &r)))
				m->through++;
		}
		for (j = 0; j < n; j++) {
			struct rect r = label_rect(d, &g_array_index(d->edges,
			    struct dedge, j), -SLACK);

			if (j != i && (line_in_rect(parts[2 * i], &r) ||
			    line_in_rect(parts[2 * i + 1], &r)))
				m->through++;
		}
		for (j = i + 1; j < n; j++)
			for (a = 0; a < 2; a++)
				for (b = 0; b < 2; b++)
					m->crossings += line_crossings(d,
					    parts[2 * i + a], parts[2 * j + b]);
	}
	for (i = 0; i < 2 * n; i++)
		g_array_unref(parts[i]);
	g_free(parts);
}

int
diagram_disjoint(const struct diagram *d)
{
	return count_overlaps(d) == 0;
}
