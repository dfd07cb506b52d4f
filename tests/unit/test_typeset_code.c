/* SPDX-License-Identifier: MIT */
/* Typesetting of code (spaces and lines kept) and of struck text. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fonts.h"
#include "msg.h"
#include "source.h"
#include "typeset.h"
#include "typeset_int.h"

#include "fontsetup.h"

/* A paragraph being set: the typesetter, its spans and its lines. */
struct setting {
	struct doc	 doc;
	struct pages	*pp;
	struct ts	 t;
	struct tstyle	 st;
	GPtrArray	*spans;		/* struct doc_span *, borrowed texts */
	GPtrArray	*lines;		/* GArray * of struct pg_item */
	char		*msgs;		/* the messages printed */
	size_t		 nmsgs;
};

static void
setting_init(struct setting *s, double width, int code, int justify)
{
	static const struct typeset_opts o = { .paper = PAPER_A4,
	    .footer_name = "t", .footer_hash = "0" };

	memset(s, 0, sizeof(*s));
	s->doc.path = (char *)"t.md";
	s->doc.name = (char *)"t.md";
	s->doc.meta.title = (char *)"T";
	s->doc.meta.lang = (char *)"en-US";
	s->doc.blocks = g_ptr_array_new();
	s->pp = pages_new(595, 842);
	ts_init(&s->t, &s->doc, &o, s->pp);
	s->st.size = code ? 8 : 10;
	s->st.leading = 12;
	s->st.width = width;
	s->st.code = code;
	s->st.justify = justify;
	s->st.hyphenate = justify;
	s->spans = g_ptr_array_new_with_free_func(g_free);
	s->lines = g_ptr_array_new();
}

static void
add(struct setting *s, const char *text, unsigned style)
{
	struct doc_span	*sp = g_new0(struct doc_span, 1);

	sp->text = (char *)text;
	sp->style = style;
	sp->pos.line = 1;
	g_ptr_array_add(s->spans, sp);
}

/* Set the spans; the messages go to s->msgs. */
static void
set(struct setting *s)
{
	struct tpara	 tp;
	FILE		*f = open_memstream(&s->msgs, &s->nmsgs);

	msg_set_output(f);
	tpara_init(&tp);
	tpara_add_spans(&s->t, &tp, s->spans, &s->st);
	tpara_set(&s->t, &tp, &s->st, s->lines);
	tpara_clear(&tp);
	fclose(f);
	msg_set_output(NULL);
}

static void
setting_clear(struct setting *s)
{
	guint	i, k;

	for (i = 0; i < s->lines->len; i++) {
		GArray *items = g_ptr_array_index(s->lines, i);

		for (k = 0; k < items->len; k++)
			pg_item_clear(&g_array_index(items, struct pg_item,
			    k));
		g_array_unref(items);
	}
	g_ptr_array_unref(s->lines);
	g_ptr_array_unref(s->spans);
	ts_done(&s->t);
	pages_free(s->pp);
	g_ptr_array_unref(s->doc.blocks);
	free(s->msgs);
}

static GArray *
line(const struct setting *s, guint i)
{
	assert_true(i < s->lines->len);
	return g_ptr_array_index(s->lines, i);
}

/* The texts of a line's runs, joined by '|'; the paths counted. */
static char *
line_text(const struct setting *s, guint i, int *paths)
{
	GArray		*items = line(s, i);
	GString		*out = g_string_new(NULL);
	guint		 k;

	*paths = 0;
	for (k = 0; k < items->len; k++) {
		const struct pg_item *it = &g_array_index(items,
		    struct pg_item, k);

		if (it->type == PG_PATH)
			(*paths)++;
		if (it->type != PG_RUN)
			continue;
		if (out->len > 0)
			g_string_append_c(out, '|');
		g_string_append(out, it->u.run.text);
	}
	return g_string_free(out, FALSE);
}

/* A code block keeps its lines, spaces, blank lines; tabs to 4 columns;
 * all in the mono face, from the column's left edge. */
static void
test_typeset_code_block_lines(void **state)
{
	struct setting	 s;
	char		*t;
	int		 paths;
	guint		 i, k;

	(void)state;
	setting_init(&s, 300, 1, 0);
	add(&s, "a   =   1\n\n\tb = 2\n  x\t= 3", SPAN_CODE);
	set(&s);
	assert_int_equal(s.lines->len, 4);
	t = line_text(&s, 0, &paths);
	assert_string_equal(t, "a   =   1");
	g_free(t);
	t = line_text(&s, 1, &paths);
	assert_string_equal(t, " ");
	g_free(t);
	t = line_text(&s, 2, &paths);
	assert_string_equal(t, "    b = 2");
	g_free(t);
	t = line_text(&s, 3, &paths);
	assert_string_equal(t, "  x = 3");
	assert_int_equal(paths, 0);
	g_free(t);
	for (i = 0; i < s.lines->len; i++)
		for (k = 0; k < line(&s, i)->len; k++) {
			const struct pg_item *it = &g_array_index(line(&s, i),
			    struct pg_item, k);

			assert_int_equal(it->type, PG_RUN);
			assert_int_equal(it->u.run.font, s.t.font[FACE_MONO]);
			assert_true(it->u.run.x == 0);
			assert_true(it->u.run.hscale == 1);
		}
	assert_int_equal(s.nmsgs, 0);
	setting_clear(&s);
}

/* A code line wider than the column goes on over several lines, broken
 * after blanks (or between letters), each broken line ending in the
 * drawn mark inside the column; nothing is lost, nothing warned. */
static void
test_typeset_code_block_wrap(void **state)
{
	const char	*code = "    total = ports * a  # a comment long enough "
	    "to pass the width of the column: "
	    "aVeryLongIdentifierWithoutAnyBlankInsideItAtAll";
	struct setting	 s;
	GString		*all = g_string_new(NULL);
	char		*t;
	int		 paths;
	guint		 i, k;

	(void)state;
	setting_init(&s, 120, 1, 0);
	add(&s, code, SPAN_CODE);
	set(&s);
	assert_true(s.lines->len >= 4);
	for (i = 0; i < s.lines->len; i++) {
		t = line_text(&s, i, &paths);
		g_string_append(all, t);
		/* the mark on every line but the last */
		assert_int_equal(paths, i + 1 < s.lines->len ? 1 : 0);
		g_free(t);
		for (k = 0; k < line(&s, i)->len; k++) {
			const struct pg_item *it = &g_array_index(line(&s, i),
			    struct pg_item, k);

			if (it->type == PG_RUN)
				assert_true(it->u.run.x + it->u.run.width <=
				    120 - TS_CONT_W + 1e-6);
			else
				assert_true(it->u.path.segs->len > 0 &&
				    g_array_index(it->u.path.segs,
				    struct pg_seg, 0).x[0] <= 120 + 1e-6);
		}
	}
	assert_string_equal(all->str, code);
	/* the indentation is no break: the first line starts with it */
	t = line_text(&s, 0, &paths);
	assert_true(strncmp(t, "    total", 9) == 0);
	g_free(t);
	assert_int_equal(s.nmsgs, 0);
	g_string_free(all, TRUE);
	setting_clear(&s);
}

/* Inline code in a justified paragraph: its spaces are kept in its run,
 * in the mono face; the text's own spaces are glue. */
static void
test_typeset_code_inline(void **state)
{
	struct setting	 s;
	char		*t;
	int		 paths;
	guint		 k;
	int		 mono = 0;

	(void)state;
	setting_init(&s, 400, 0, 1);
	add(&s, "the field ", 0);
	add(&s, "state  =  \"open\"", SPAN_CODE);
	add(&s, " as written.", 0);
	set(&s);
	assert_int_equal(s.lines->len, 1);
	t = line_text(&s, 0, &paths);
	assert_string_equal(t, "the|field|state  =  \"open\"|as|written.");
	g_free(t);
	for (k = 0; k < line(&s, 0)->len; k++) {
		const struct pg_item *it = &g_array_index(line(&s, 0),
		    struct pg_item, k);

		if (it->type == PG_RUN && it->u.run.font ==
		    s.t.font[FACE_MONO]) {
			mono++;
			assert_string_equal(it->u.run.text,
			    "state  =  \"open\"");
		}
	}
	assert_int_equal(mono, 1);
	setting_clear(&s);
}

/* Struck words and the space between them: one rule through the middle
 * of the lower case; none under the words around. */
static void
test_typeset_strike(void **state)
{
	struct setting	 s;
	const struct pg_item *it, *path = NULL, *b = NULL, *c = NULL;
	guint		 k;
	int		 paths = 0;

	(void)state;
	setting_init(&s, 400, 0, 0);
	add(&s, "kept ", 0);
	add(&s, "struck words", SPAN_STRIKE);
	add(&s, " kept", 0);
	set(&s);
	assert_int_equal(s.lines->len, 1);
	for (k = 0; k < line(&s, 0)->len; k++) {
		it = &g_array_index(line(&s, 0), struct pg_item, k);
		if (it->type == PG_PATH) {
			paths++;
			path = it;
		} else if (it->type == PG_RUN &&
		    strcmp(it->u.run.text, "struck") == 0)
			b = it;
		else if (it->type == PG_RUN &&
		    strcmp(it->u.run.text, "words") == 0)
			c = it;
	}
	assert_int_equal(paths, 1);
	assert_non_null(b);
	assert_non_null(c);
	assert_int_equal(path->u.path.segs->len, 2);
	{
		const struct pg_seg *p0 = &g_array_index(path->u.path.segs,
		    struct pg_seg, 0);
		const struct pg_seg *p1 = &g_array_index(path->u.path.segs,
		    struct pg_seg, 1);

		assert_true(path->u.path.do_stroke);
		assert_true(p0->x[0] == b->u.run.x);
		assert_true(p1->x[0] == c->u.run.x + c->u.run.width);
		assert_true(p0->y[0] == p1->y[0]);
		/* above the baseline, below the x-height */
		assert_true(p0->y[0] < -0.2 * 10 && p0->y[0] > -0.5 * 10);
	}
	setting_clear(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_typeset_code_block_lines),
		cmocka_unit_test(test_typeset_code_block_wrap),
		cmocka_unit_test(test_typeset_code_inline),
		cmocka_unit_test(test_typeset_strike),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
