/* SPDX-License-Identifier: MIT */
/*
 * GFM tables in the main flow: columns sized from their cells' natural
 * widths, thin rules (above, under the header, below), the header row
 * in bold, numbers right-aligned; an entry per row, the header kept
 * with the first row and drawn again at the top of each page the
 * table goes on to (the page builder calls table_repeat_head).
 */
#include <string.h>

#include "typeset_int.h"

#define TB_SIZE		8.4	/* cell text */
#define TB_LEADING	11.2
#define TB_GAP		10.0	/* between columns */
#define TB_PAD		3.2	/* above and below a row's lines */
#define TB_RULE		0.8	/* the rules above and below the table */
#define TB_HRULE	0.5	/* the rule under the header row */
#define TB_BEFORE	4.0	/* more space above the table than a
				 * paragraph has, and below */

/* A column being sized. */
struct col {
	double	 min;		/* its widest word */
	double	 nat;		/* its widest cell on one line */
	int	 nums;		/* body cells that are numbers */
	int	 words;		/* body cells that are neither numbers,
				 * nor empty, nor a dash */
};

static void	style_cell(struct tstyle *, int);
static double	widest_word(const struct tpara *);
static int	skip_number(const char **);

/* --- numbers ---------------------------------------------------------- */

static const char *const currencies[] = { "US$", "$", "\xe2\x82\xac",
	"\xc2\xa3", "\xc2\xa5", "\xe2\x82\xb9", "\xe2\x82\xbd", "CHF" };
static const char *const suffixes[] = { "%", "\xe2\x80\xb0", "bn", "trn",
	"tn", "mn", "m", "k", "pp", "x", "$", "\xe2\x82\xac", "\xc2\xa3" };

/* Skip what matches one of the n words of list at *p; 1 if one did. */
static int
skip_word(const char **p, const char *const *list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strncmp(*p, list[i], strlen(list[i])) == 0) {
			*p += strlen(list[i]);
			return 1;
		}
	return 0;
}

/* Skip one space: ' ', U+00A0, U+2009 or U+202F. */
static int
skip_space(const char **p)
{
	static const char *const sp[] = { " ", "\xc2\xa0", "\xe2\x80\x89",
		"\xe2\x80\xaf" };

	return skip_word(p, sp, G_N_ELEMENTS(sp));
}

/* Skip digits with group separators and a decimal part; 1 if any. */
static int
skip_number(const char **p)
{
	const char	*q = *p, *save;
	int		 digits = 0;

	for (;;) {
		while (g_ascii_isdigit(*q)) {
			q++;
			digits++;
		}
		if (digits == 0)
			return 0;
		save = q;
		if ((*q == ',' || *q == '.' || *q == '\'') &&
		    g_ascii_isdigit(q[1]))
			q++;
		else if (skip_space(&q) && g_ascii_isdigit(*q) &&
		    g_ascii_isdigit(q[1]) && g_ascii_isdigit(q[2]))
			;	/* "1 000": a group, not two numbers */
		else {
			*p = save;
			return 1;
		}
	}
}

/*
 * 1 if the text (trimmed) is a number: digits with separators, a sign,
 * a currency before or after ("$7.6bn", "12,5 €"), a percentage or
 * per mille, a magnitude ("bn", "m", "k").  Linear in the text.
 */
int
table_number(const char *s)
{
	const char	*p = s;

	while (skip_space(&p))
		;
	if (*p == '+' || *p == '-')
		p++;
	else if (strncmp(p, "\xe2\x88\x92", 3) == 0)	/* U+2212 minus */
		p += 3;
	if (skip_word(&p, currencies, G_N_ELEMENTS(currencies)))
		skip_space(&p);
	if (!skip_number(&p))
		return 0;
	skip_space(&p);
	skip_word(&p, suffixes, G_N_ELEMENTS(suffixes));
	while (skip_space(&p))
		;
	return *p == '\0';
}

/* 1 for a cell that stands for no value: "-", "–", "—", "n/a". */
static int
placeholder(const char *s)
{
	char	*t = g_strstrip(g_strdup(s));
	int	 r;

	r = strcmp(t, "-") == 0 || strcmp(t, "\xe2\x80\x93") == 0 ||
	    strcmp(t, "\xe2\x80\x94") == 0 || g_ascii_strcasecmp(t,
	    "n/a") == 0;
	g_free(t);
	return r;
}

/* The text of a cell, its spans joined (caller frees). */
static char *
cell_text(const struct doc_node *cell)
{
	GString	*s = g_string_new(NULL);
	guint	 i;

	for (i = 0; i < cell->spans->len; i++) {
		const struct doc_span *sp = g_ptr_array_index(cell->spans, i);

		g_string_append(s, (sp->style & SPAN_BREAK) ? " " : sp->text);
	}
	return g_string_free(s, FALSE);
}

/* --- column widths ---------------------------------------------------- */

/*
 * Widths w[0..n) of n columns sharing `width` points of text (the gaps
 * between columns not included), from each column's widest word min[]
 * and its widest cell on one line nat[]: when the natural widths fit,
 * each column its natural width and an equal share of the rest; else
 * each its widest word and the rest in proportion to what it lacks of
 * its natural width; when even the widest words do not fit, widths in
 * proportion to them (the words are broken).
 */
void
table_widths(const double *min, const double *nat, int n, double width,
    double *w)
{
	double	smin = 0, snat = 0, want = 0;
	int	i;

	for (i = 0; i < n; i++) {
		smin += min[i];
		snat += MAX(nat[i], min[i]);
		want += MAX(nat[i] - min[i], 0);
	}
	for (i = 0; i < n; i++) {
		if (snat <= width)
			w[i] = MAX(nat[i], min[i]) + (width - snat) / n;
		else if (smin <= width && want > 0)
			w[i] = min[i] + (width - smin) *
			    MAX(nat[i] - min[i], 0) / want;
		else if (smin > 0)
			w[i] = width * min[i] / smin;
		else
			w[i] = width / n;
	}
}

/* --- rows ------------------------------------------------------------- */

static void
style_cell(struct tstyle *st, int head)
{
	memset(st, 0, sizeof(*st));
	st->sans = 1;
	st->bold = head;
	st->size = TB_SIZE;
	st->leading = TB_LEADING;
	st->rgb = INK;
	st->link_rgb = LINK_RGB;
	st->width = 1e6;	/* measuring: one line */
}

/* The widest run of boxes with no break between them. */
static double
widest_word(const struct tpara *tp)
{
	double	w = 0, best = 0;
	guint	i;

	for (i = 0; i < tp->items->len; i++) {
		const struct lb_item *it = &g_array_index(tp->items,
		    struct lb_item, i);

		if (it->type == LB_BOX) {
			w += it->width;
			best = MAX(best, w);
		} else
			w = 0;
	}
	return best;
}

/* The right end of a line's text. */
static double
line_width(const GArray *line)
{
	double	w = 0;
	guint	i;

	for (i = 0; i < line->len; i++) {
		const struct pg_item *it = &g_array_index(line,
		    struct pg_item, i);

		if (it->type == PG_RUN)
			w = MAX(w, it->u.run.x + it->u.run.width);
	}
	return w;
}

/* How cell c of a row is aligned: as its column says, else a number
 * (a header over numbers) right, other text left. */
static enum doc_align
cell_align(const struct doc_node *cell, const struct col *c, int head)
{
	char		*s;
	int		 num;

	if (cell->align != DOC_ALIGN_DEFAULT)
		return cell->align;
	if (head)
		return c->nums > 0 && c->words == 0 ? DOC_ALIGN_RIGHT :
		    DOC_ALIGN_LEFT;
	s = cell_text(cell);
	num = table_number(s) || (placeholder(s) && c->nums > 0 &&
	    c->words == 0);
	g_free(s);
	return num ? DOC_ALIGN_RIGHT : DOC_ALIGN_LEFT;
}

/*
 * Set a row as an entry of the main flow, its cells in their columns
 * (x[c], w[c] wide), the first `top` lower, a cell's lines after the
 * other's (the order text extraction reads).  A row taller than half a
 * page body is set as one entry per line band (the cells' i-th lines),
 * so that the page builder splits it between lines, as a paragraph.
 * Returns the number of entries, the last of bd->vl.
 */
static guint
set_row(struct body *bd, const struct doc_node *row, const struct col *cols,
    const double *x, const double *w, int ncols, double top, int table)
{
	GPtrArray	*cells = g_ptr_array_new();	/* GPtrArray * of
							 * GArray * lines */
	struct tstyle	 st;
	struct tpara	 tp;
	struct vent	*v;
	enum doc_align	 a;
	guint		 c, i, b, nb, most = 1;
	double		 dx, y;
	int		 tall, saved = bd->t->tag;
	int		 tr = ts_tag(bd->t, PG_S_TR, table, 0);

	for (c = 0; c < row->children->len && (int)c < ncols; c++) {
		const struct doc_node *cell = g_ptr_array_index(row->children,
		    c);
		GPtrArray *lines = g_ptr_array_new();

		style_cell(&st, row->head);
		st.width = w[c];
		/* a header cell heads its column */
		bd->t->tag = ts_tag(bd->t, row->head ? PG_S_TH : PG_S_TD, tr,
		    0);
		if (row->head)
			g_array_index(bd->t->pp->tags, struct pg_tag,
			    bd->t->tag).scope = PG_SCOPE_COLUMN;
		tpara_init(&tp);
		tpara_add_spans(bd->t, &tp, cell->spans, &st);
		tpara_set(bd->t, &tp, &st, lines);
		tpara_clear(&tp);
		a = cell_align(cell, &cols[c], row->head);
		most = MAX(most, lines->len);
		for (i = 0; i < lines->len; i++) {
			GArray *line = g_ptr_array_index(lines, i);
			guint k;

			dx = MAX(w[c] - line_width(line), 0);
			dx = a == DOC_ALIGN_RIGHT ? dx : a == DOC_ALIGN_CENTER ?
			    dx / 2 : 0;
			for (k = 0; k < line->len; k++)
				ts_item_move(&g_array_index(line,
				    struct pg_item, k), x[c] + dx, 0);
		}
		g_ptr_array_add(cells, lines);
	}
	tall = top + 2 * TB_PAD + most * TB_LEADING > (bd->g.h - bd->g.top -
	    bd->g.bottom) / 2;
	nb = tall ? most : 1;
	for (b = 0; b < nb; b++) {
		y = b == 0 ? top + TB_PAD : 0;
		v = vent_new(bd->vl, y + (tall ? 1 : most) * TB_LEADING +
		    (b + 1 == nb ? TB_PAD : 0), 0);
		/* no line of a row alone at a page's foot or head */
		v->keep = (b == 0 && nb > 1) || (nb >= 2 && b == nb - 2);
		for (c = 0; c < cells->len; c++) {
			GPtrArray *lines = g_ptr_array_index(cells, c);

			for (i = tall ? b : 0; i < lines->len &&
			    (!tall || i == b); i++)
				take_line(v, g_ptr_array_index(lines, i), 0,
				    y + (tall ? 0 : i) * TB_LEADING +
				    baseline_of(TB_SIZE, TB_LEADING));
		}
	}
	for (c = 0; c < cells->len; c++)
		g_ptr_array_unref(g_ptr_array_index(cells, c));
	g_ptr_array_unref(cells);
	bd->t->tag = saved;
	return nb;
}

/* Measure every cell: each column's widest word and natural width,
 * and how many of its body cells are numbers or words. */
static void
measure(struct body *bd, const struct doc_node *n, struct col *cols,
    int ncols)
{
	struct tstyle	 st;
	struct tpara	 tp;
	guint		 r, c;
	char		*s;

	for (r = 0; r < n->children->len; r++) {
		const struct doc_node *row = g_ptr_array_index(n->children, r);

		style_cell(&st, row->head);
		for (c = 0; c < row->children->len && (int)c < ncols; c++) {
			const struct doc_node *cell = g_ptr_array_index(
			    row->children, c);

			tpara_init(&tp);
			tpara_add_spans(bd->t, &tp, cell->spans, &st);
			cols[c].min = MAX(cols[c].min, widest_word(&tp));
			cols[c].nat = MAX(cols[c].nat, tpara_natural(&tp));
			tpara_clear(&tp);
			if (row->head)
				continue;
			s = cell_text(cell);
			if (table_number(s))
				cols[c].nums++;
			else if (!placeholder(s) && *g_strstrip(s) != '\0')
				cols[c].words++;
			g_free(s);
		}
	}
}

/* Items of the header's entries vl[from, to), copied for the rows
 * (pg_item_clear frees what they own) relative to the first's corner:
 * their runs and rules only, no anchor, link or note.  *h: their
 * height. */
static GArray *
head_copy(GPtrArray *vl, guint from, guint to, double *h)
{
	GArray	*a = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	guint	 i, k;

	g_array_set_clear_func(a, (GDestroyNotify)pg_item_clear);
	*h = 0;
	for (k = from; k < to; k++) {
		const struct vent *v = g_ptr_array_index(vl, k);

		for (i = 0; i < v->items->len; i++) {
			struct pg_item it = g_array_index(v->items,
			    struct pg_item, i);

			/* drawn again: page furniture */
			it.tag = 0;
			if (it.type == PG_RUN)
				it.u.run.text = g_strdup(it.u.run.text);
			else if (it.type == PG_PATH)
				it.u.path.segs = g_array_copy(it.u.path.segs);
			else
				continue;
			ts_item_move(&it, 0, *h);
			g_array_append_val(a, it);
		}
		*h += v->height;
	}
	return a;
}

/* Set table n at x, width wide, as entries of the main flow. */
void
table_block(struct body *bd, const struct doc_node *n, double x,
    double width, double before)
{
	struct col	*cols;
	double		*min, *nat, *w, *cx, tw, head_h = 0;
	struct vent	*v, *first;
	GArray		*copy = NULL;
	guint		 r, k, at, head_from = 0, head_to = 0;
	int		 ncols = 0, c, table;

	for (r = 0; r < n->children->len; r++)
		ncols = MAX(ncols, (int)((const struct doc_node *)
		    g_ptr_array_index(n->children, r))->children->len);
	if (ncols == 0)
		return;
	cols = g_new0(struct col, ncols);
	min = g_new(double, ncols);
	nat = g_new(double, ncols);
	w = g_new(double, ncols);
	cx = g_new(double, ncols);
	measure(bd, n, cols, ncols);
	table = ts_tag(bd->t, PG_S_TABLE, bd->t->cont, 0);
	for (c = 0; c < ncols; c++) {
		min[c] = cols[c].min;
		nat[c] = cols[c].nat;
	}
	table_widths(min, nat, ncols, MAX(width - TB_GAP * (ncols - 1),
	    ncols), w);
	for (c = 0, tw = 0; c < ncols; c++) {
		cx[c] = x + tw;
		tw += w[c] + (c + 1 < ncols ? TB_GAP : 0);
	}
	for (r = 0; r < n->children->len; r++) {
		const struct doc_node *row = g_ptr_array_index(n->children, r);
		int top = r == 0, last = r + 1 == n->children->len;

		at = bd->vl->len;
		set_row(bd, row, cols, cx, w, ncols, top ? TB_RULE : 0,
		    table);
		first = g_ptr_array_index(bd->vl, at);
		v = g_ptr_array_index(bd->vl, bd->vl->len - 1);
		if (top) {
			first->before = before + TB_BEFORE;
			add_hline(first->items, x, x + tw, TB_RULE / 2,
			    TB_RULE, INK);
			first->anchor = g_strdup_printf("p%zu", n->off);
			g_array_append_val(bd->anchors, n->off);
		} else if (row->off > n->off) {
			first->anchor = g_strdup_printf("p%zu", row->off);
			g_array_append_val(bd->anchors, row->off);
		}
		if (row->head) {
			/* kept with the first row, drawn again above the
			 * rows that open a page */
			add_hline(v->items, x, x + tw, v->height, TB_HRULE,
			    INK);
			v->keep = !last;
			if (top) {
				head_from = at;
				head_to = bd->vl->len;
			}
		} else if (head_to > head_from && copy == NULL)
			copy = head_copy(bd->vl, head_from, head_to, &head_h);
		for (k = at; k < bd->vl->len; k++) {
			struct vent *b = g_ptr_array_index(bd->vl, k);

			if (copy != NULL && !row->head) {
				b->thead = g_array_ref(copy);
				b->thead_h = head_h;
			}
			b->t_x0 = x;
			b->t_x1 = x + tw;
			b->t_last = last && k + 1 == bd->vl->len;
		}
		if (last) {
			add_hline(v->items, x, x + tw, v->height + TB_RULE / 2,
			    TB_RULE, INK);
			v->height += TB_RULE + TB_BEFORE;
		}
	}
	if (copy != NULL)
		g_array_unref(copy);
	g_free(cols);
	g_free(min);
	g_free(nat);
	g_free(w);
	g_free(cx);
}

/*
 * A row v opening a page: its table's header drawn again at (x, y) of
 * the flow; returns the y below it.
 */
double
table_repeat_head(struct pg_flow *fl, const struct vent *v, double x,
    double y)
{
	guint	i;

	for (i = 0; i < v->thead->len; i++) {
		struct pg_item it = g_array_index(v->thead, struct pg_item, i);

		if (it.type == PG_RUN) {
			ts_item_move(&it, x, y);
			pg_add_run(fl, &it.u.run);
		} else {
			it.u.path.segs = g_array_copy(it.u.path.segs);
			ts_item_move(&it, x, y);
			pg_add_path(fl, &it.u.path);
		}
	}
	return y + v->thead_h;
}

/* A rule under row v, the last of its table on a page that breaks
 * after it, at y. */
void
table_cut_rule(struct pg_flow *fl, const struct vent *v, double x,
    double y)
{
	if (v->thead == NULL || v->t_last)
		return;
	pg_add_hline(fl, x + v->t_x0, x + v->t_x1, y + TB_RULE / 2, TB_RULE,
	    INK);
}
