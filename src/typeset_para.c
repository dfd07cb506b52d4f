/* SPDX-License-Identifier: MIT */
/* Paragraphs: spans to measured boxes, glue and penalties, then lines. */
#include <string.h>

#include "typeset_int.h"

#define PLACEHOLDER	0xFFFD	/* drawn for a character no face covers */
/*
 * A word of more characters than this gets no break points inside
 * (no hyphenation, no break after a dash or a slash): if it is wider
 * than the column it is cut into pieces as wide as the column.  Its
 * items stay few however long it is.
 */
#define LONG_WORD	256
/*
 * Finding where a character of a span stands in the source searches the
 * span from its start: only so many characters of a paragraph get their
 * exact place (more than any message kind prints), later ones the place
 * of their span.
 */
#define CHAR_POS_MAX	32
/*
 * A word broken at a line end copies whole from its first part (a span
 * with /ActualText) up to this many bytes; a longer one, cut between
 * letters over many lines, copies as its parts, as printed: its text
 * is not written a second time.
 */
#define ACTUAL_MAX	1024
/* Texts longer than this are measured in pieces (measure_pieces). */
#define MEASURE_PIECES	512

/* How a line starts (emit_line). */
enum cont {
	CONT_NONE,		/* with a word of its own */
	CONT_SPAN,		/* with the end of a word broken before,
				 * whose text the line before gave */
	CONT_PLAIN		/* with the end of a word too long for that */
};

enum brk {
	BRK_HYPH,		/* discretionary: draws "-" */
	BRK_EXPLICIT,		/* after an explicit hyphen: draws U+2010 */
	BRK_PLAIN,		/* after a dash, a slash or in a URL */
	BRK_CODE		/* after the blanks inside a code line */
};

struct bpoint {
	size_t	 off;		/* byte offset in the segment */
	enum brk type;
};

/* A run of one style inside a word being built. */
struct seg {
	int	 face;
	guint32	 rgb;
	double	 size, rise;
	int	 mark, call;	/* see struct tbox */
	int	 strike;
	const char *href;
	size_t	 text, len;	/* in tp->text */
	size_t	 src_off;
	int	 tag;		/* its structure element */
};

struct builder {
	struct ts		*t;
	struct tpara		*tp;
	const struct tstyle	*st;
	GArray			*segs;		/* struct seg: the open word */
	GArray			*pts;		/* struct bpoint: a segment's
						 * break points */
	GArray			*hp;		/* gsize: a run's hyphenation
						 * points */
	int			 space_face;	/* -1: no space pending */
	int			 have_word;
	int			 sentence_start;
	int			 warned_long;
	int			 npos;		/* char_pos calls so far */
	int			 call;		/* a note number waiting to be
						 * set after closing quotes */
	size_t			 call_off;
	int			 code_col;	/* characters in the code
						 * line so far (tab stops) */
	const char		*lk_href;	/* the link of the span before,
						 * or NULL */
	int			 lk_tag;	/* its Link element */
};

static void	 cut_box(struct builder *, const struct seg *, size_t,
		    size_t, int);
static void	 piece(struct builder *, const struct seg *, size_t, size_t,
		    double, int);
static double	 measure_width(const struct tstyle *);

void
ts_item_move(struct pg_item *it, double dx, double dy)
{
	guint	i;

	switch (it->type) {
	case PG_RUN:
		it->u.run.x += dx;
		it->u.run.y += dy;
		break;
	case PG_PATH:
		for (i = 0; i < it->u.path.segs->len; i++) {
			struct pg_seg *s = &g_array_index(it->u.path.segs,
			    struct pg_seg, i);
			int k;

			for (k = 0; k < 3; k++) {
				s->x[k] += dx;
				s->y[k] += dy;
			}
		}
		break;
	case PG_ANCHOR:
		it->u.anchor.y += dy;
		break;
	case PG_LINK:
		it->u.link.x0 += dx;
		it->u.link.x1 += dx;
		it->u.link.y0 += dy;
		it->u.link.y1 += dy;
		break;
	case PG_NOTE:
		it->u.note.x0 += dx;
		it->u.note.x1 += dx;
		it->u.note.y0 += dy;
		it->u.note.y1 += dy;
		break;
	case PG_IMAGE:
		it->u.image.x += dx;
		it->u.image.y += dy;
		break;
	}
}

/*
 * Width at 1 pt of a text longer than MEASURE_PIECES bytes; measuring
 * stops once it is past limit, and returns -1 then.  Pango's widths are
 * ints in 1/1024 pt: a very long text would overflow them at the
 * reference size.  Without kerning and ligatures widths add up, so long
 * texts are measured in pieces of 256 bytes.
 */
static double
measure_pieces(struct ts *t, int face, const char *s, size_t len,
    double limit)
{
	const char	*p = s, *e = s + len;
	double		 sum = 0;

	while (p < e) {
		const char *q = p + 256 < e ? p + 256 : e;

		if (sum > limit)
			return -1;
		while (q < e && (*q & 0xC0) == 0x80)
			q++;
		sum += ts_measure(t, face, p, (size_t)(q - p));
		p = q;
	}
	return sum;
}

/* Width at 1 pt of text in a face: the sum of its advances when plain
 * (fonts_plain_width), else shaped by Pango and cached. */
double
ts_measure(struct ts *t, int face, const char *s, size_t len)
{
	char		 buf[64], *key;
	double		*w, plain;
	PangoGlyphString *gs;
	int		 units = 0;

	/* most words are plain Latin: their advances add up, unshaped */
	if ((plain = fonts_plain_width((enum font_face)face, t->lang, s,
	    len)) >= 0)
		return plain;
	/* most texts are short: look them up without allocating */
	if (len < sizeof(buf)) {
		memcpy(buf, s, len);
		buf[len] = '\0';
		if ((w = g_hash_table_lookup(t->widths[face], buf)) != NULL)
			return *w;
		key = g_strdup(buf);
	} else {
		key = g_strndup(s, len);
		if ((w = g_hash_table_lookup(t->widths[face], key)) != NULL) {
			g_free(key);
			return *w;
		}
	}
	if (len > MEASURE_PIECES) {
		w = g_new(double, 1);
		*w = measure_pieces(t, face, s, len, G_MAXDOUBLE);
		g_hash_table_insert(t->widths[face], key, w);
		return *w;
	}
	if (t->font_obj[face] == NULL) {
		PangoFontDescription *d = fonts_face_desc(face, TS_REF_SIZE);

		t->font_obj[face] = pango_context_load_font(fonts_context(), d);
		pango_font_description_free(d);
	}
	/* Every character is covered by the face (the builder replaced
	 * the others), so no itemizing or font fallback is needed: shape
	 * the word in its face, in the script of its first letter. */
	{
		PangoAnalysis	 an = { 0 };
		const char	*p;

		an.font = t->font_obj[face];
		an.language = t->lang;
		an.extra_attrs = t->features;
		an.script = PANGO_SCRIPT_COMMON;
		for (p = key; *p != '\0'; p = g_utf8_next_char(p)) {
			PangoScript sc = (PangoScript)g_unichar_get_script(
			    g_utf8_get_char(p));

			if (sc != PANGO_SCRIPT_COMMON &&
			    sc != PANGO_SCRIPT_INHERITED) {
				an.script = sc;
				break;
			}
		}
		gs = pango_glyph_string_new();
		pango_shape_full(key, (int)len, key, (int)len, &an, gs);
		units = pango_glyph_string_get_width(gs);
		pango_glyph_string_free(gs);
	}
	w = g_new(double, 1);
	*w = units / (double)PANGO_SCALE / TS_REF_SIZE;
	g_hash_table_insert(t->widths[face], key, w);
	return *w;
}

double
ts_space(struct ts *t, int face)
{
	if (t->space[face] < 0)
		t->space[face] = ts_measure(t, face, " ", 1);
	return t->space[face];
}

double
ts_hyphen(struct ts *t, int face)
{
	if (t->hyphen[face] < 0)
		t->hyphen[face] = ts_measure(t, face, "-", 1);
	return t->hyphen[face];
}

int
ts_face(const struct tstyle *st, unsigned style)
{
	int	sans = st->sans;
	int	bold = st->bold || (style & 0x02);	/* SPAN_STRONG */
	int	italic = st->italic ^ ((style & 0x01) != 0);	/* SPAN_EM */

	if (style & SPAN_CODE)
		return FACE_MONO;	/* one weight, upright */
	return (sans ? FACE_SANS : FACE_SERIF) + (bold ? 1 : 0) +
	    (italic ? 2 : 0);
}

/* The width lines are broken to: a code block keeps room for the mark
 * of a continued line. */
static double
measure_width(const struct tstyle *st)
{
	return st->code && st->width > 4 * TS_CONT_W ? st->width - TS_CONT_W :
	    st->width;
}

void
tpara_init(struct tpara *tp)
{
	tp->text = g_string_new(NULL);
	tp->items = g_array_new(FALSE, TRUE, sizeof(struct lb_item));
	tp->boxes = g_array_new(FALSE, TRUE, sizeof(struct tbox));
}

void
tpara_clear(struct tpara *tp)
{
	g_string_free(tp->text, TRUE);
	g_array_unref(tp->items);
	g_array_unref(tp->boxes);
}

static void
push(struct tpara *tp, const struct lb_item *it, const struct tbox *bx)
{
	struct tbox	none = { 0 };

	g_array_append_vals(tp->items, it, 1);
	g_array_append_vals(tp->boxes, bx != NULL ? bx : &none, 1);
}

static void
push_box(struct builder *b, const struct seg *sg, size_t off, size_t len,
    int explicit_hyphen)
{
	double		 width;

	/* a long word is measured only until it is wider than the
	 * column: it is cut then, and its pieces measured */
	if (len > MEASURE_PIECES)
		width = measure_pieces(b->t, sg->face, b->tp->text->str +
		    sg->text + off, len, measure_width(b->st) / sg->size);
	else
		width = ts_measure(b->t, sg->face, b->tp->text->str +
		    sg->text + off, len);
	width = width < 0 ? G_MAXDOUBLE : width * sg->size;
	if (width <= measure_width(b->st)) {
		piece(b, sg, off, len, width, explicit_hyphen);
		return;
	}
	/* wider than the column: cut between letters (in a code block
	 * with the mark of a continued line, so without a warning) */
	if (!b->warned_long && !b->st->code) {
		const struct source *src = b->t->opts->src;
		struct pos pos = { 0, 0 };

		const char *w = b->tp->text->str + sg->text + off;
		const char *cut = w;
		int k;

		/* the word named by its start: generated and front matter
		 * text has no position */
		for (k = 0; k < 16 && cut < w + len; k++)
			cut = g_utf8_next_char(cut);
		if (src != NULL && sg->src_off + off < src->len)
			pos = source_pos(src, sg->src_off + off);
		msg_at(b->t->doc->path, &pos, MSG_WARNING, "a word is wider "
		    "than the column ('%.*s%s'); broken between letters",
		    (int)(cut - w), w, cut < w + len ? "..." : "");
		b->warned_long = 1;
	}
	cut_box(b, sg, off, len, explicit_hyphen);
}

/*
 * Push the text [off, off + len) of a segment as pieces as wide as the
 * column, with a break between them.  The widths are summed character
 * by character as the pieces grow (the word is not shaped again for
 * each piece); a combining mark stays with the character before it.
 */
static void
cut_box(struct builder *b, const struct seg *sg, size_t off, size_t len,
    int explicit_hyphen)
{
	const char	*s = b->tp->text->str + sg->text + off;
	const char	*p = s, *e = s + len, *start = s, *q;
	double		 w = 0, cw;

	while (p < e) {
		q = g_utf8_next_char(p);
		while (q < e && g_unichar_ismark(g_utf8_get_char(q)))
			q = g_utf8_next_char(q);
		cw = ts_measure(b->t, sg->face, p, (size_t)(q - p)) *
		    sg->size;
		if (p > start && w + cw > measure_width(b->st)) {
			struct lb_item pen = { .type = LB_PENALTY,
			    .penalty = 900 };
			struct tbox cont = { 0 };

			cont.cont = b->st->code;
			piece(b, sg, off + (size_t)(start - s),
			    (size_t)(p - start), w, 0);
			push(b->tp, &pen, &cont);
			start = p;
			w = 0;
		}
		w += cw;
		p = q;
	}
	piece(b, sg, off + (size_t)(start - s), (size_t)(e - start), w,
	    explicit_hyphen);
}

/* One box of a segment's text, of a known width. */
static void
piece(struct builder *b, const struct seg *sg, size_t off, size_t len,
    double width, int explicit_hyphen)
{
	struct lb_item	it = { .type = LB_BOX };
	struct tbox	bx = { 0 };

	bx.face = sg->face;
	bx.size = sg->size;
	bx.rise = sg->rise;
	bx.mark = sg->mark;
	bx.call = sg->call;
	bx.strike = sg->strike;
	bx.rgb = sg->rgb;
	bx.text = sg->text + off;
	bx.len = len;
	bx.src_off = sg->src_off + off;
	bx.href = sg->href;
	bx.tag = sg->tag;
	bx.explicit_hyphen = explicit_hyphen;
	it.width = width;
	push(b->tp, &it, &bx);
}

static void
push_break(struct builder *b, int face, enum brk type)
{
	struct lb_item	it = { .type = LB_PENALTY };
	struct tbox	bx = { 0 };

	switch (type) {
	case BRK_HYPH:
		it.width = ts_hyphen(b->t, face) * b->st->size;
		it.penalty = 50;
		it.flagged = 1;
		break;
	case BRK_EXPLICIT:
		it.penalty = 50;
		it.flagged = 1;
		break;
	case BRK_PLAIN:
		it.penalty = 100;
		break;
	case BRK_CODE:
		it.penalty = 100;
		bx.cont = b->st->code;
		break;
	}
	push(b->tp, &it, &bx);
}

/*
 * Break points inside a segment of code: after each run of blanks that
 * follows some text (a line's indentation is no place to break).
 */
static void
code_points(struct builder *b, const struct seg *sg, int word_start,
    GArray *pts)
{
	const char	*s = b->tp->text->str + sg->text, *e = s + sg->len;
	const char	*p = s;
	struct bpoint	 bp;

	if (word_start)
		while (p < e && *p == ' ')
			p++;
	for (; p < e; p++) {
		if (*p != ' ' || p + 1 >= e || p[1] == ' ')
			continue;
		bp.off = (size_t)(p + 1 - s);
		bp.type = BRK_CODE;
		g_array_append_val(pts, bp);
	}
}

static int
is_url(const char *s, size_t len, const char *href)
{
	if (href != NULL)
		return 1;
	return (len > 7 && strncmp(s, "http://", 7) == 0) ||
	    (len > 8 && strncmp(s, "https://", 8) == 0) ||
	    (len > 4 && strncmp(s, "www.", 4) == 0);
}

static gint
cmp_bpoint(gconstpointer a, gconstpointer b)
{
	const struct bpoint *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

/* Break points inside one segment of a word. */
static void
seg_points(struct builder *b, const struct seg *sg, int word_start,
    GArray *pts)
{
	const char	*s = b->tp->text->str + sg->text, *e = s + sg->len;
	const char	*p, *run = NULL;
	GArray		*hp = b->hp;
	gunichar	 prev = 0;
	int		 url = is_url(s, sg->len, sg->href);
	int		 nrun = 0, ascii = 1;	/* the run's letters */
	guint		 i;

	for (p = s; p <= e; p = p < e ? g_utf8_next_char(p) : e + 1) {
		gunichar c = p < e ? g_utf8_get_char(p) : 0;
		const char *q = p < e ? g_utf8_next_char(p) : e;
		int alpha = p < e && g_unichar_isalpha(c);
		struct bpoint bp;

		if (alpha && run == NULL) {
			run = p;
			nrun = 0;
			ascii = 1;
		}
		if (alpha) {
			nrun++;
			ascii = ascii && c < 0x80;
		}
		if (!alpha && run != NULL) {
			gunichar first = g_utf8_get_char(run);
			int proper = g_unichar_isupper(first) &&
			    !(word_start && run == s && b->sentence_start);

			/* hyph_points gives no point in a word of fewer
			 * than 5 letters (2 before a break, 3 after); in
			 * ASCII they stay 5 once lowercased */
			if (!url && b->st->hyphenate && !proper &&
			    !(ascii && nrun < 5)) {
				g_array_set_size(hp, 0);
				hyph_points(b->t->hyph, run, (size_t)(p - run),
				    hp);
				for (i = 0; i < hp->len; i++) {
					bp.off = (size_t)(run - s) +
					    g_array_index(hp, gsize, i);
					bp.type = BRK_HYPH;
					g_array_append_val(pts, bp);
				}
			}
			run = NULL;
		}
		if (p >= e)
			break;
		bp.off = (size_t)(q - s);
		if (q < e && url) {
			if ((c == '/' || c == '.' || c == '-' || c == '?' ||
			    c == '&') && *q != '/') {
				bp.type = BRK_PLAIN;
				g_array_append_val(pts, bp);
			}
		} else if (q < e && (c == '-' || c == 0x2010) &&
		    g_unichar_isalpha(prev) &&
		    g_unichar_isalpha(g_utf8_get_char(q))) {
			bp.type = BRK_EXPLICIT;
			g_array_append_val(pts, bp);
		} else if (q < e && (c == 0x2013 || c == 0x2014 || c == '/') &&
		    g_unichar_isalnum(g_utf8_get_char(q))) {
			bp.type = BRK_PLAIN;
			g_array_append_val(pts, bp);
		}
		prev = c;
	}
	if (pts->len > 1)
		g_array_sort(pts, cmp_bpoint);
}

/* The open word becomes boxes and penalties. */
static void
flush_word(struct builder *b)
{
	GArray		*pts;
	guint		 i, k;
	const char	*last;
	size_t		 lastlen;
	glong		 nchars;

	if (b->segs->len == 0)
		return;
	if (b->have_word && b->space_face >= 0) {
		struct lb_item g = { .type = LB_GLUE };
		double sp = ts_space(b->t, b->space_face) * b->st->size;

		g.width = sp;
		g.stretch = b->st->justify ? sp * 0.5 : 0;
		g.shrink = b->st->justify ? sp * 0.33 : 0;
		push(b->tp, &g, NULL);
	}
	pts = b->pts;
	for (i = 0, nchars = 0; i < b->segs->len &&
	    nchars <= LONG_WORD; i++) {
		struct seg *sg = &g_array_index(b->segs, struct seg, i);

		nchars += g_utf8_strlen(b->tp->text->str + sg->text,
		    (gssize)MIN(sg->len, 4 * (LONG_WORD + 1)));
	}
	for (i = 0; i < b->segs->len; i++) {
		struct seg *sg = &g_array_index(b->segs, struct seg, i);
		size_t from = 0;

		g_array_set_size(pts, 0);
		if (nchars <= LONG_WORD && sg->face == FACE_MONO)
			code_points(b, sg, i == 0, pts);
		else if (nchars <= LONG_WORD)
			seg_points(b, sg, i == 0, pts);
		for (k = 0; k <= pts->len; k++) {
			struct bpoint *bp = k < pts->len ?
			    &g_array_index(pts, struct bpoint, k) : NULL;
			size_t to = bp != NULL ? bp->off : sg->len;

			if (to <= from)
				continue;
			push_box(b, sg, from, to - from,
			    bp != NULL && bp->type == BRK_EXPLICIT);
			if (bp != NULL)
				push_break(b, sg->face, bp->type);
			from = to;
		}
	}
	/* does the next word start a sentence? */
	{
		struct seg *sg = &g_array_index(b->segs, struct seg,
		    b->segs->len - 1);
		const char *p;

		last = b->tp->text->str + sg->text;
		lastlen = sg->len;
		b->sentence_start = 0;
		for (p = last + lastlen; p > last; ) {
			gunichar c;

			p = g_utf8_prev_char(p);
			c = g_utf8_get_char(p);
			if (c == '.' || c == '!' || c == '?' || c == ':') {
				b->sentence_start = 1;
				break;
			}
			if (!(c == '"' || c == 0x201D || c == 0x2019 ||
			    c == ')' || c == ']'))
				break;
		}
	}
	g_array_set_size(b->segs, 0);
	b->have_word = 1;
	b->space_face = -1;
}

/* Where in the source a character of a span stands, for messages. */
static struct pos
char_pos(struct builder *b, const struct doc_span *sp, const char *p,
    const char *start)
{
	const struct source *src = b->t->opts->src;
	struct pos	 pos = sp->pos;
	char		 buf[8];
	int		 n = g_unichar_to_utf8(g_utf8_get_char(p), buf);
	const char	*hit;

	if (b->npos++ >= CHAR_POS_MAX)
		return pos;
	if (src == NULL || sp->off >= src->len) {
		pos.col += (int)g_utf8_strlen(start, p - start);
		return pos;
	}
	buf[n] = '\0';
	/* the n-th occurrence of that character after the span start */
	hit = src->buf + sp->off;
	{
		const char *q = start;
		int nth = 0;

		while ((q = strstr(q, buf)) != NULL && q < p) {
			nth++;
			q += n;
		}
		while (hit != NULL && (hit = strstr(hit, buf)) != NULL &&
		    nth-- > 0)
			hit += n;
	}
	if (hit == NULL)
		return pos;
	return source_pos(src, (size_t)(hit - src->buf));
}

/* How the characters being added are drawn. */
struct look {
	int		 face;
	guint32		 rgb;
	double		 size, rise;
	int		 mark, call;
	int		 strike;
	const char	*href;
	int		 tag;
};

static void	 code_char(struct builder *, gunichar, const struct look *,
		    size_t);

static void
add_char(struct builder *b, gunichar c, const struct look *lk,
    size_t src_off)
{
	struct seg	*sg = b->segs->len > 0 ? &g_array_index(b->segs,
	    struct seg, b->segs->len - 1) : NULL;
	char		 buf[8];
	int		 n = g_unichar_to_utf8(c, buf), k;

	if (sg == NULL || sg->face != lk->face || sg->rgb != lk->rgb ||
	    sg->href != lk->href || sg->size != lk->size ||
	    sg->rise != lk->rise || sg->mark != lk->mark ||
	    sg->call != lk->call || sg->strike != lk->strike ||
	    sg->tag != lk->tag) {
		struct seg ns = { 0 };

		ns.face = lk->face;
		ns.rgb = lk->rgb;
		ns.size = lk->size;
		ns.rise = lk->rise;
		ns.mark = lk->mark;
		ns.call = lk->call;
		ns.strike = lk->strike;
		ns.href = lk->href;
		ns.tag = lk->tag;
		ns.text = b->tp->text->len;
		ns.src_off = src_off;
		g_array_append_val(b->segs, ns);
		sg = &g_array_index(b->segs, struct seg, b->segs->len - 1);
	}
	for (k = 0; k < n; k++)		/* inline: a call per byte no more */
		g_string_append_c(b->tp->text, buf[k]);
	sg->len += (size_t)n;
}

/* The superscript number of a note, glued to the word before it (num
 * negative: a later call of note -num, which has no sticky note). */
static void
add_call(struct builder *b, int num, size_t src_off)
{
	struct look	 lk = { 0 };
	char		 digits[16], *p;

	lk.face = FACE_SANS_BOLD;
	lk.rgb = ACCENT;
	lk.size = b->st->size * 0.62;
	lk.rise = b->st->size * 0.38;
	lk.call = num;
	/* the number reads as part of the paragraph; the note is an
	 * element of it */
	lk.tag = b->t->tag;
	g_snprintf(digits, sizeof(digits), "%d", ABS(num));
	for (p = digits; *p != '\0'; p++)
		add_char(b, (gunichar)*p, &lk, src_off);
}

/* Set the note number waiting, if any. */
static void
call_flush(struct builder *b)
{
	if (b->call != 0)
		add_call(b, b->call, b->call_off);
	b->call = 0;
}

/* The note a term mark stands for, if it is a glossary term. */
static int
term_mark(const struct builder *b, const struct note_mark *m)
{
	const struct notes	*n = b->t->opts->notes;
	const struct note	*note;

	if (m == NULL || n == NULL || m->num < 1 ||
	    (guint)m->num > n->notes->len)
		return 0;
	note = g_ptr_array_index(n->notes, m->num - 1);
	return note->kind == NOTE_TERM ? m->num : 0;
}

/* The paragraph is French. */
static int
french(const struct builder *b)
{
	const char	*l = b->t->doc->meta.lang;

	return l != NULL && g_ascii_strncasecmp(l, "fr", 2) == 0 &&
	    (l[2] == '\0' || l[2] == '-' || l[2] == '_');
}

/*
 * A space at p in s that no line may end at: inside guillemets ("«
 * amis »"), between groups of three digits ("200 000 barils"), and in
 * French before the high punctuation it sets apart ("donc ?").  Reads
 * one character back and five ahead.
 */
static int
tied_space(const char *s, const char *p, const char *lang)
{
	const char	*q = g_utf8_next_char(p);
	gunichar	 prev = p > s ? g_utf8_get_char(g_utf8_prev_char(p)) :
			    0, next = g_utf8_get_char(q);
	int		 k;

	if (prev == 0x00AB || prev == 0x2039 || next == 0x00BB ||
	    next == 0x203A)
		return 1;
	if (lang != NULL && g_ascii_strncasecmp(lang, "fr", 2) == 0 &&
	    next != 0 && strchr(";:!?", (int)next) != NULL && next < 0x80)
		return 1;
	if (prev >= '0' && prev <= '9') {
		for (k = 0; k < 3; k++, q++)
			if (*q < '0' || *q > '9')
				return 0;
		return *q < '0' || *q > '9';
	}
	return 0;
}

static void
add_span(struct builder *b, const struct doc_span *sp)
{
	const GArray	*marks = b->t->opts->notes != NULL ?
	    notes_marks(b->t->opts->notes, sp) : NULL;
	const struct note_mark *mk = NULL;
	struct look	 lk = { 0 };
	const char	*p, *s = sp->text;
	guint		 mi = 0;

	int		 code = (sp->style & SPAN_CODE) != 0, face;

	lk.face = ts_face(b->st, sp->style);
	lk.rgb = sp->href != NULL ? b->st->link_rgb : b->st->rgb;
	lk.size = b->st->size;
	lk.href = sp->href;
	lk.strike = (sp->style & SPAN_STRIKE) != 0;
	lk.tag = b->t->tag;
	if (sp->href != NULL && b->t->tag > 0 && (sp->href[0] != '#' ||
	    g_hash_table_contains(b->t->slug_set, sp->href + 1))) {
		/* a link drawn as one (see emit_flush): one Link element
		 * over its spans */
		if (b->lk_href == NULL || strcmp(b->lk_href, sp->href) != 0)
			b->lk_tag = ts_tag(b->t, PG_S_LINK, b->t->tag, 1);
		b->lk_href = sp->href;
		lk.tag = b->lk_tag;
	} else
		b->lk_href = NULL;
	if (code && !b->st->code) {
		/* the mono face looks larger than the text's at its size */
		lk.size = b->st->size * 0.92;
		b->code_col = 0;
	}
	if (sp->style & 0x10) {		/* SPAN_BREAK */
		struct lb_item g = { .type = LB_GLUE, .stretch = -1 };
		struct lb_item f = { .type = LB_PENALTY, .penalty = -LB_INF };

		call_flush(b);
		flush_word(b);
		push(b->tp, &g, NULL);
		push(b->tp, &f, NULL);
		b->have_word = 0;
		b->space_face = -1;
		return;
	}
	for (p = s; ; p = g_utf8_next_char(p)) {
		size_t i = (size_t)(p - s);
		gunichar c = g_utf8_get_char(p);
		size_t src_off = sp->off + i;

		/* the notes whose term ends here: their number follows */
		while (marks != NULL && mi < marks->len &&
		    (mk = &g_array_index(marks, struct note_mark, mi))->end <=
		    i) {
			if (mk->last) {
				call_flush(b);
				b->call = mk->again ? -mk->num : mk->num;
				b->call_off = src_off;
			}
			mi++;
		}
		mk = marks != NULL && mi < marks->len &&
		    g_array_index(marks, struct note_mark, mi).start <= i ?
		    &g_array_index(marks, struct note_mark, mi) : NULL;
		lk.mark = term_mark(b, mk);
		if (*p == '\0')
			break;
		/* the number goes after closing quotes and brackets, as a
		 * note reference does; an apostrophe before a letter is not
		 * one ("Kim’s") */
		if (b->call != 0 && !(c == 0x201D || c == '"' || c == 0x00BB ||
		    c == ')' || c == ']' || (c == 0x2019 &&
		    !g_unichar_isalpha(g_utf8_get_char(g_utf8_next_char(p))))))
			call_flush(b);
		if (code && g_unichar_isspace(c)) {
			code_char(b, c, &lk, src_off);
			continue;
		}
		if (!code && c == ' ' && tied_space(s, p, b->t->doc->meta.lang))
			c = 0x00A0;	/* "« amis »", "200 000" */
		/* French sets a thin no-break space inside guillemets
		 * that the text does not have: «amis» is « amis » */
		if (!code && c == 0x00BB && french(b) && p > s &&
		    !g_unichar_isspace(g_utf8_get_char(g_utf8_prev_char(p))))
			add_char(b, 0x202F, &lk, src_off);
		if (g_unichar_isspace(c) && c != 0x00A0 && c != 0x202F) {
			flush_word(b);
			if (b->have_word)
				b->space_face = lk.face;
			continue;
		}
		if (c == 0x00AD || c == 0x200B || c == 0xFEFF)
			continue;
		/* code: a character the mono face lacks from the sans */
		face = lk.face;
		if (code && c <= 0xFFFF && !fonts_face_covers(lk.face, c) &&
		    fonts_face_covers(FACE_SANS, c))
			lk.face = FACE_SANS;
		if (c > 0xFFFF || !fonts_face_covers(lk.face, c)) {
			struct pos pos = char_pos(b, sp, p, s);

			msg_at(b->t->doc->path, &pos, MSG_WARNING,
			    "character U+%04X is not covered by the fonts; "
			    "drawn as U+FFFD", c);
			c = PLACEHOLDER;
		}
		add_char(b, c, &lk, src_off);
		lk.face = face;
		b->code_col += code;
		if (!code && c == 0x00AB && french(b) && p[2] != '\0' &&
		    !g_unichar_isspace(g_utf8_get_char(p + 2)))
			add_char(b, 0x202F, &lk, src_off);
	}
}

/*
 * A blank of code, kept: a space as a character of the word (so that
 * copying gives it back), a tab as spaces to the next multiple of 4
 * columns; a line end in a code block ends the line (an empty line
 * keeps a space, so that it keeps its height), in inline code it is a
 * space.
 */
static void
code_char(struct builder *b, gunichar c, const struct look *lk,
    size_t src_off)
{
	struct lb_item	 g = { .type = LB_GLUE, .stretch = -1 };
	struct lb_item	 f = { .type = LB_PENALTY, .penalty = -LB_INF };
	int		 n;

	if (c == '\r')
		return;
	if (c == '\n' && b->st->code) {
		if (b->code_col == 0)
			add_char(b, ' ', lk, src_off);
		call_flush(b);
		flush_word(b);
		push(b->tp, &g, NULL);
		push(b->tp, &f, NULL);
		b->have_word = 0;
		b->space_face = -1;
		b->code_col = 0;
		return;
	}
	n = c == '\t' ? 4 - b->code_col % 4 : 1;
	while (n-- > 0) {
		add_char(b, ' ', lk, src_off);
		b->code_col++;
	}
}

static void
finish(struct builder *b)
{
	struct lb_item	g = { .type = LB_GLUE, .stretch = -1 };
	struct lb_item	f = { .type = LB_PENALTY, .penalty = -LB_INF };

	call_flush(b);
	flush_word(b);
	if (b->tp->items->len == 0)
		return;
	push(b->tp, &g, NULL);
	push(b->tp, &f, NULL);
}

static void
builder_init(struct builder *b, struct ts *t, struct tpara *tp,
    const struct tstyle *st)
{
	memset(b, 0, sizeof(*b));
	b->t = t;
	b->tp = tp;
	b->st = st;
	b->segs = g_array_new(FALSE, TRUE, sizeof(struct seg));
	b->pts = g_array_new(FALSE, FALSE, sizeof(struct bpoint));
	b->hp = g_array_new(FALSE, FALSE, sizeof(gsize));
	b->space_face = -1;
	b->sentence_start = 1;
}

static void
builder_done(struct builder *b)
{
	g_array_unref(b->segs);
	g_array_unref(b->pts);
	g_array_unref(b->hp);
}

void
tpara_add_spans(struct ts *t, struct tpara *tp, const GPtrArray *spans,
    const struct tstyle *st)
{
	struct builder	b;
	guint		i;

	builder_init(&b, t, tp, st);
	for (i = 0; i < spans->len; i++)
		add_span(&b, g_ptr_array_index(spans, i));
	finish(&b);
	builder_done(&b);
}

void
tpara_add_text(struct ts *t, struct tpara *tp, const char *text, int face,
    double size, guint32 rgb, size_t src_off)
{
	struct tstyle	 st = { 0 };
	struct doc_span	 sp = { 0 };
	struct builder	 b;

	st.size = size;
	st.rgb = rgb;
	st.width = 1e9;
	st.sans = face >= FACE_SANS;
	st.bold = face % 2;
	st.italic = (face % 4) >= 2;
	sp.text = (char *)text;
	sp.off = src_off;
	builder_init(&b, t, tp, &st);
	add_span(&b, &sp);
	finish(&b);
	builder_done(&b);
}

double
tpara_natural(const struct tpara *tp)
{
	double	w = 0;
	guint	i;

	for (i = 0; i < tp->items->len; i++) {
		const struct lb_item *it = &g_array_index(tp->items,
		    struct lb_item, i);

		if (it->type == LB_BOX || it->type == LB_GLUE)
			w += it->width;
	}
	return w;
}

/* First fit, for ragged-right text. */
static void
greedy(const struct lb_item *it, size_t n, double width, GArray *lines)
{
	size_t	start = 0, i, last_break = 0;
	double	w = 0, w_at_break = 0;
	int	have_break = 0;

	for (i = 0; i < n; i++) {
		int legal = (it[i].type == LB_GLUE && i > 0 &&
		    it[i - 1].type == LB_BOX) ||
		    (it[i].type == LB_PENALTY && it[i].penalty < LB_INF);
		double extra = it[i].type == LB_PENALTY ? it[i].width : 0;

		if (legal && (it[i].type != LB_PENALTY ||
		    it[i].penalty > -LB_INF)) {
			if (w + extra <= width || !have_break) {
				last_break = i;
				w_at_break = w + extra;
				have_break = 1;
			}
		}
		if (it[i].type == LB_PENALTY && it[i].penalty <= -LB_INF) {
			struct lb_line ln = { start, i, 0, 0, 0, 0 };

			g_array_append_val(lines, ln);
			start = i + 1;
			while (start < n && it[start].type != LB_BOX)
				start++;
			i = start - 1;
			w = 0;
			have_break = 0;
			continue;
		}
		if (it[i].type != LB_PENALTY)
			w += it[i].width;
		if (w > width && have_break && it[i].type == LB_BOX) {
			struct lb_line ln = { start, last_break, 0, 0, 0,
			    it[last_break].type == LB_PENALTY &&
			    it[last_break].flagged };

			(void)w_at_break;
			g_array_append_val(lines, ln);
			start = last_break + 1;
			while (start < n && it[start].type != LB_BOX)
				start++;
			i = start - 1;
			w = 0;
			have_break = 0;
		}
	}
}

struct emit {
	GArray		*items;		/* the line's pg_items */
	GString		*text;		/* open run (the caller's buffer,
					 * copied out when the run ends) */
	struct pg_run	 run;
	const char	*href;
	int		 mark, call;
	double		 x1;		/* end of the open run */
	int		 open;
	const char	*lk_href;	/* the open link */
	int		 tag, lk_tag;	/* the open run's element, the
					 * link's */
	guint		 lk_first;	/* the link's first run in items */
	double		 lk_x0, lk_x1, lk_size;
	guint32		 lk_rgb;
	int		 strike;	/* the open run is struck */
	int		 word_start;	/* the next run starts a word */
	int		 in_first;	/* in the line's first word, the
					 * end of a word broken before */
	gssize		 word_run;	/* first run of the line's last
					 * word, -1: none */
	gssize		 first_last;	/* last run of the line's first
					 * word (not a note call), -1 */
	gssize		 first_run;	/* the line's first run, -1 */
	gssize		 last_run;	/* its last run, -1 */
	int		 st_open;	/* a strike line goes on */
	double		 st_x0, st_x1, st_y, st_size;
	guint32		 st_rgb;
};

/* The open strike line of a line: struck words and the spaces between
 * them under one rule through the middle of the lower case. */
static void
strike_flush(struct emit *e)
{
	struct pg_item	 ln = { .type = PG_PATH };
	struct pg_seg	 s = { PG_MOVE, { e->st_x0 }, { e->st_y } };

	if (!e->st_open)
		return;
	ln.u.path.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	g_array_append_val(ln.u.path.segs, s);
	s.op = PG_LINETO;
	s.x[0] = e->st_x1;
	g_array_append_val(ln.u.path.segs, s);
	ln.u.path.do_stroke = 1;
	ln.u.path.stroke = e->st_rgb;
	ln.u.path.width = MAX(0.5, e->st_size * 0.065);
	g_array_append_val(e->items, ln);
	e->st_open = 0;
}

/* The mark of a code line continued on the next: a small return arrow
 * (a drawing, not text, so that copying gives the code alone) at x. */
static void
cont_mark(struct emit *e, double x, double size, guint32 rgb)
{
	struct pg_item	 it = { .type = PG_PATH };
	static const double pts[][3] = {
		/* op (0 move, 1 line), x, y in units of the size */
		{ 0, 0.55, -0.66 }, { 1, 0.55, -0.24 }, { 1, 0.08, -0.24 },
		{ 0, 0.24, -0.40 }, { 1, 0.08, -0.24 }, { 1, 0.24, -0.08 }
	};
	struct pg_seg	 s = { 0 };
	guint		 i;

	it.u.path.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	for (i = 0; i < G_N_ELEMENTS(pts); i++) {
		s.op = pts[i][0] == 0 ? PG_MOVE : PG_LINETO;
		s.x[0] = x + 1.5 + pts[i][1] * size;
		s.y[0] = pts[i][2] * size;
		g_array_append_val(it.u.path.segs, s);
	}
	it.u.path.do_stroke = 1;
	it.u.path.stroke = rgb;
	it.u.path.width = 0.6;
	g_array_append_val(e->items, it);
}

/* A glossary term's glyph box, or a note's superscript number. */
static void
note_marks(struct ts *t, struct emit *e)
{
	const struct notes	*ns = t->opts->notes;
	struct pg_note		 pn = { 0 };

	if (e->mark > 0) {
		pn.kind = PG_NOTE_TERM;
		pn.num = e->mark;
		pn.x0 = e->run.x;
		pn.x1 = e->x1;
		pn.y0 = e->run.y - e->run.size * 0.80;
		pn.y1 = e->run.y + e->run.size * 0.24;
		pg_add_note(e->items, &pn);
		g_array_index(e->items, struct pg_item, e->items->len -
		    1).tag = e->tag;
	}
	if (e->call != 0 && ns != NULL &&
	    (guint)ABS(e->call) <= ns->notes->len) {
		const struct note *n = g_ptr_array_index(ns->notes,
		    ABS(e->call) - 1);

		pn.kind = PG_NOTE_CALL;
		pn.num = ABS(e->call);
		pn.x0 = e->run.x - 0.6;
		pn.x1 = e->x1 + 0.6;
		/* from the number's top down to the line's baseline (0),
		 * which the page builder aligns the margin note with */
		pn.y0 = e->run.y - e->run.size * 0.78;
		pn.y1 = 0;
		/* a glossary term or a footnote: a sticky note too, at
		 * its first call only */
		if (e->call > 0 && (n->kind == NOTE_TERM ||
		    n->kind == NOTE_FOOT)) {
			pn.text = n->text;
			pn.subject = n->term;
		}
		pg_add_note(e->items, &pn);
		g_array_index(e->items, struct pg_item, e->items->len -
		    1).tag = e->tag;
	}
}

/* The open link of a line: its rectangle and a thin underline, so
 * that it reads as a link in grayscale too. */
static void
link_flush(struct emit *e)
{
	struct pg_item	 lk = { .type = PG_LINK };
	struct pg_item	 ul = { .type = PG_PATH };
	struct pg_seg	 s = { PG_MOVE, { e->lk_x0 }, { e->lk_size * 0.14 } };

	GString		*text;
	guint		 i;

	if (e->lk_href == NULL)
		return;
	/* what a screen reader says of it: its words on this line */
	text = g_string_new(NULL);
	for (i = e->lk_first; i < e->items->len; i++) {
		const struct pg_item *it = &g_array_index(e->items,
		    struct pg_item, i);

		if (it->type != PG_RUN || it->tag != e->lk_tag ||
		    it->u.run.text == NULL)
			continue;
		if (text->len > 0)
			g_string_append_c(text, ' ');
		g_string_append(text, it->u.run.text);
	}
	lk.tag = e->lk_tag;
	lk.u.link.text = g_string_free(text, FALSE);
	lk.u.link.x0 = e->lk_x0;
	lk.u.link.x1 = e->lk_x1;
	lk.u.link.y0 = -e->lk_size * 0.85;
	lk.u.link.y1 = e->lk_size * 0.3;
	if (e->lk_href[0] == '#')
		lk.u.link.dest = g_strdup(e->lk_href + 1);
	else
		lk.u.link.uri = g_strdup(e->lk_href);
	g_array_append_val(e->items, lk);
	ul.u.path.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	g_array_append_val(ul.u.path.segs, s);
	s.op = PG_LINETO;
	s.x[0] = e->lk_x1;
	g_array_append_val(ul.u.path.segs, s);
	ul.u.path.do_stroke = 1;
	ul.u.path.stroke = e->lk_rgb;
	ul.u.path.width = 0.4;
	g_array_append_val(e->items, ul);
	e->lk_href = NULL;
}

static void
emit_flush(struct ts *t, struct emit *e)
{
	struct pg_item	it = { .type = PG_RUN };
	guint		run_at;

	if (!e->open)
		return;
	it.tag = e->tag;
	it.u.run = e->run;
	it.u.run.width = e->x1 - e->run.x;
	/* the exact size: the page model keeps every run's text to the
	 * end */
	it.u.run.text = g_strndup(e->text->str, e->text->len);
	if (e->call != 0) {
		/* copied, the number is a word of its own: "summit 2",
		 * not "summit2" */
		it.u.run.actual = g_strconcat(" ", it.u.run.text, NULL);
		it.u.run.span_end = 1;
	}
	if (e->word_start) {
		e->word_run = (gssize)e->items->len;
		e->word_start = 0;
	}
	if (e->in_first && e->call == 0)
		e->first_last = (gssize)e->items->len;
	if (e->first_run < 0)
		e->first_run = (gssize)e->items->len;
	e->last_run = (gssize)e->items->len;
	run_at = e->items->len;
	g_array_append_val(e->items, it);
	if (e->call > 0)
		ts_note_tag(t, e->call, e->tag);
	note_marks(t, e);
	if (e->strike) {
		if (!e->st_open) {
			e->st_open = 1;
			e->st_x0 = e->run.x;
			e->st_y = e->run.y - e->run.size * 0.3;
			e->st_size = e->run.size;
			e->st_rgb = e->run.rgb;
		}
		e->st_x1 = e->x1;
	} else
		strike_flush(e);
	if (e->href != NULL && (e->href[0] != '#' ||
	    g_hash_table_contains(t->slug_set, e->href + 1))) {
		/* words of one link on one line: one link, one rule */
		if (e->lk_href != e->href) {
			link_flush(e);
			e->lk_href = e->href;
			e->lk_tag = e->tag;
			e->lk_first = run_at;
			e->lk_x0 = e->run.x;
			e->lk_size = e->run.size;
			e->lk_rgb = e->run.rgb;
		}
		e->lk_x1 = e->x1;
	} else
		link_flush(e);
	e->open = 0;
}

/*
 * 1 if line ln ends inside a word: at a hyphenation point, after a
 * hyphen, a dash or a slash, or between the letters of a word wider
 * than the column; not where a code block's line goes on.
 */
static int
breaks_word(const struct tpara *tp, const struct lb_line *ln)
{
	const struct lb_item	*it = (const struct lb_item *)tp->items->data;
	const struct tbox	*bx = (const struct tbox *)tp->boxes->data;

	return ln->end < tp->items->len && it[ln->end].type == LB_PENALTY &&
	    it[ln->end].penalty > -LB_INF && !bx[ln->end].cont &&
	    ln->end > 0 && it[ln->end - 1].type == LB_BOX;
}

/*
 * The whole word broken at item brk, as its boxes hold it (without the
 * hyphen a discretionary break draws, with an explicit one): from the
 * glue before it to the glue after it or its note call.  NULL when it
 * is longer than ACTUAL_MAX bytes: such a word copies as its parts.
 * Called once per word, at its first break, and reads at most
 * ACTUAL_MAX bytes past it, so a word broken on many lines costs no
 * more than its first line.
 */
static char *
broken_word(const struct tpara *tp, size_t brk)
{
	const struct lb_item	*it = (const struct lb_item *)tp->items->data;
	const struct tbox	*bx = (const struct tbox *)tp->boxes->data;
	GString			*w;
	size_t			 a = brk, z = brk + 1, n = tp->items->len;
	size_t			 len = 0;

	while (a > 0 && it[a - 1].type != LB_GLUE &&
	    !(it[a - 1].type == LB_PENALTY && it[a - 1].penalty <= -LB_INF))
		if (it[--a].type == LB_BOX && bx[a].call == 0 &&
		    (len += bx[a].len) > ACTUAL_MAX)
			return NULL;
	while (z < n && it[z].type != LB_GLUE &&
	    !(it[z].type == LB_PENALTY && it[z].penalty <= -LB_INF) &&
	    !(it[z].type == LB_BOX && bx[z].call != 0))
		if (it[z++].type == LB_BOX && (len += bx[z - 1].len) >
		    ACTUAL_MAX)
			return NULL;
	w = g_string_sized_new(len);
	for (; a < z; a++)
		if (it[a].type == LB_BOX && bx[a].call == 0)
			g_string_append_len(w, tp->text->str + bx[a].text,
			    (gssize)bx[a].len);
	return g_string_free(w, FALSE);
}

/*
 * The items of line ln.  cont: how the line starts; *next: how the next
 * one does.  For extractors (struct pg_run actual, span_end), the part
 * of a broken word that ends a line is a span whose text is the whole
 * word, and the part that starts the next line a span whose text is
 * empty: copied, the word is whole at the end of its first line, and
 * each line keeps its place.  (One span over both parts, which poppler
 * also reads, places the word's letters on a slant from one line to the
 * next: it comes out as a line of its own.)  A word longer than
 * ACTUAL_MAX has no spans: it copies as printed.
 */
static GArray *
emit_line(struct ts *t, const struct tpara *tp, const struct lb_line *ln,
    enum cont cont, enum cont *next, GString *buf)
{
	const struct lb_item	*it = (const struct lb_item *)tp->items->data;
	const struct tbox	*bx = (const struct tbox *)tp->boxes->data;
	struct emit		 e = { 0 };
	double			 x = 0, scale = 1 + ln->expand;
	size_t			 i;
	int			 prev_box = 0, glue = 0, ends;

	e.items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	e.text = buf;
	e.word_start = cont == CONT_NONE;
	e.in_first = cont != CONT_NONE;
	e.word_run = e.first_last = e.first_run = e.last_run = -1;
	for (i = ln->start; i < ln->end; i++) {
		if (it[i].type == LB_BOX) {
			const struct tbox *b = &bx[i];
			const char *s = tp->text->str + b->text;

			if (!(e.open && prev_box && e.run.font ==
			    t->font[b->face] && e.run.rgb == b->rgb &&
			    e.run.size == b->size && e.href == b->href &&
			    e.mark == b->mark && e.call == b->call &&
			    e.strike == b->strike && e.run.y == -b->rise &&
			    e.tag == b->tag)) {
				emit_flush(t, &e);
				memset(&e.run, 0, sizeof(e.run));
				e.run.font = t->font[b->face];
				e.run.size = b->size;
				e.run.rgb = b->rgb;
				e.run.x = x;
				e.run.y = -b->rise;
				e.run.hscale = scale;
				e.mark = b->mark;
				e.call = b->call;
				e.strike = b->strike;
				e.run.src_off = b->src_off;
				e.href = b->href;
				e.tag = b->tag;
				g_string_truncate(e.text, 0);
				e.open = 1;
			}
			g_string_append_len(e.text, s, (gssize)b->len);
			x += it[i].width * scale;
			e.x1 = x;
			prev_box = 1;
		} else if (it[i].type == LB_GLUE) {
			emit_flush(t, &e);
			e.word_start = 1;
			e.in_first = 0;
			glue = 1;
			x += it[i].width;
			if (it[i].stretch >= 0)
				x += ln->glue_ratio * (ln->glue_ratio > 0 ?
				    it[i].stretch : it[i].shrink);
			prev_box = 0;
		}
	}
	if (e.open && ln->end < tp->items->len &&
	    it[ln->end].type == LB_PENALTY && it[ln->end].flagged) {
		if (it[ln->end].width > 0) {
			g_string_append_c(e.text, '-');
			e.x1 += it[ln->end].width * scale;
		}
		else if (e.text->len > 0 &&
		    e.text->str[e.text->len - 1] == '-') {
			g_string_truncate(e.text, e.text->len - 1);
			g_string_append(e.text, "\xe2\x80\x90");
		}
	}
	emit_flush(t, &e);
	ends = breaks_word(tp, ln);
	*next = ends ? CONT_SPAN : CONT_NONE;
	if (cont == CONT_SPAN && e.first_run >= 0) {
		struct pg_run *r = &g_array_index(e.items, struct pg_item,
		    e.first_run).u.run;

		/* the end of a word whose text the line before gave */
		if (r->actual == NULL)
			r->actual = g_strdup("");
		if (e.first_last >= 0 && (glue || !ends))
			g_array_index(e.items, struct pg_item,
			    e.first_last).u.run.span_end = 1;
	}
	if (ends && e.last_run >= 0) {
		if (e.word_run >= 0) {
			struct pg_run *r = &g_array_index(e.items,
			    struct pg_item, e.word_run).u.run;
			char *whole = broken_word(tp, ln->end);

			if (whole != NULL) {
				g_free(r->actual);
				r->actual = whole;
				/* BRIEFING_TRACE=hyphen: each word broken
				 * at a line end, for the tests that copy
				 * it out */
				if (g_strcmp0(g_getenv("BRIEFING_TRACE"),
				    "hyphen") == 0)
					g_printerr("hyphen: %s\n", whole);
			} else
				*next = CONT_PLAIN;
		} else if (cont == CONT_PLAIN)
			*next = CONT_PLAIN;	/* the same word goes on */
		if (*next == CONT_SPAN)
			g_array_index(e.items, struct pg_item,
			    e.last_run).u.run.span_end = 1;
	}
	link_flush(&e);
	strike_flush(&e);
	if (ln->end < tp->items->len && it[ln->end].type == LB_PENALTY &&
	    bx[ln->end].cont && e.run.size > 0)
		cont_mark(&e, x, e.run.size, GREY);
	return e.items;
}

int
tpara_set(struct ts *t, struct tpara *tp, const struct tstyle *st,
    GPtrArray *lines)
{
	GArray		*lb = g_array_new(FALSE, FALSE, sizeof(struct lb_line));
	struct lb_params p;
	enum cont	 cont = CONT_NONE;
	GString		*buf;
	guint		 i;
	int		 n;

	if (tp->items->len == 0) {
		g_array_unref(lb);
		return 0;
	}
	if (st->justify) {
		lb_params_default(&p, st->width);
		if (lb_break((const struct lb_item *)tp->items->data,
		    tp->items->len, &p, lb) != 0)
			greedy((const struct lb_item *)tp->items->data,
			    tp->items->len, st->width, lb);
	} else
		greedy((const struct lb_item *)tp->items->data,
		    tp->items->len, measure_width(st), lb);
	buf = g_string_sized_new(256);
	for (i = 0; i < lb->len; i++)
		g_ptr_array_add(lines, emit_line(t, tp,
		    &g_array_index(lb, struct lb_line, i), cont, &cont, buf));
	g_string_free(buf, TRUE);
	n = (int)lb->len;
	g_array_unref(lb);
	return n;
}
