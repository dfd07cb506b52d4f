/* SPDX-License-Identifier: MIT */
/* The relations diagram: layout geometry, determinism, drawing, files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "doc.h"
#include "source.h"
#include "diagram_int.h"
#include "fonts.h"

static struct actor *
actor(const char *name, enum actor_kind kind, int mentions,
    const char *person)
{
	struct actor	*a = g_new0(struct actor, 1);

	a->name = g_strdup(name);
	a->kind = kind;
	a->mentions = mentions;
	a->state = -1;
	a->persons = g_ptr_array_new_with_free_func(g_free);
	if (person != NULL)
		g_ptr_array_add(a->persons, g_strdup(person));
	return a;
}

static struct relation *
relation(int from, int to, const char *label, enum polarity pol, int dir,
    int nev)
{
	struct relation	*r = g_new0(struct relation, 1);
	int		 i;

	r->from = from;
	r->to = to;
	r->label = g_strdup(label);
	r->polarity = pol;
	r->directed = dir;
	/* as graph_rank leaves an act the figure shows */
	r->mode = REL_DONE;
	r->drawn = 1;
	r->evidence = g_array_new(FALSE, TRUE, sizeof(struct evidence));
	for (i = 0; i < nev; i++) {
		struct evidence e = { (size_t)(100 * (from + to) + i),
		    (size_t)(100 * (from + to)), i + 1 };

		g_array_append_val(r->evidence, e);
	}
	return r;
}

static void
free_graph(struct graph *g)
{
	guint	i;

	for (i = 0; i < g->actors->len; i++) {
		struct actor *a = g_ptr_array_index(g->actors, i);

		g_free(a->name);
		g_ptr_array_unref(a->persons);
		g_free(a);
	}
	for (i = 0; i < g->relations->len; i++) {
		struct relation *r = g_ptr_array_index(g->relations, i);

		g_free(r->label);
		g_array_unref(r->evidence);
		g_free(r);
	}
	g_ptr_array_unref(g->actors);
	g_ptr_array_unref(g->relations);
	g_free(g);
}

/* The example's graph, as the issue describes it. */
static struct graph *
example(void)
{
	struct graph	*g = g_new0(struct graph, 1);

	g->actors = g_ptr_array_new();
	g->relations = g_ptr_array_new();
	g_ptr_array_add(g->actors, actor("Russia", ACTOR_STATE, 9,
	    "Vladimir Putin"));
	g_ptr_array_add(g->actors, actor("North Korea", ACTOR_STATE, 10,
	    "Kim Jong Un"));
	g_ptr_array_add(g->actors, actor("United States", ACTOR_STATE, 3,
	    "Kurt Campbell"));
	g_ptr_array_add(g->actors, actor("Ukraine", ACTOR_STATE, 4, NULL));
	g_ptr_array_add(g->actors, actor("United Nations", ACTOR_ORG, 2,
	    NULL));
	g_ptr_array_add(g->actors, actor("South Korea", ACTOR_STATE, 2,
	    "Kim Hong-kyun"));
	g_ptr_array_add(g->relations, relation(1, 0, "munitions",
	    POL_COOPERATIVE, 1, 3));
	g_ptr_array_add(g->relations, relation(0, 1, "technology",
	    POL_COOPERATIVE, 1, 2));
	g_ptr_array_add(g->relations, relation(0, 3, "war", POL_HOSTILE, 0,
	    3));
	g_ptr_array_add(g->relations, relation(2, 1, "accusation",
	    POL_HOSTILE, 1, 1));
	g_ptr_array_add(g->relations, relation(5, 2, "consultation",
	    POL_NEUTRAL, 0, 1));
	return g;
}

/* n actors in a ring with chords, deterministic. */
static struct graph *
generated(int n)
{
	struct graph	*g = g_new0(struct graph, 1);
	int		 i;

	g->actors = g_ptr_array_new();
	g->relations = g_ptr_array_new();
	for (i = 0; i < n; i++) {
		char name[32];

		g_snprintf(name, sizeof(name), "Country %c%c", 'A' + i % 26,
		    'a' + (i * 7) % 26);
		g_ptr_array_add(g->actors, actor(name, i % 5 == 4 ? ACTOR_ORG :
		    ACTOR_STATE, 1 + (i * 37) % 11, i % 3 == 0 ? "A. Person" :
		    NULL));
	}
	for (i = 0; i < n; i++) {
		g_ptr_array_add(g->relations, relation(i, (i + 1) % n,
		    i % 2 ? "supply" : "talks", (enum polarity)(i % 3), i % 2,
		    1 + i % 3));
		if (i % 4 == 0)
			g_ptr_array_add(g->relations, relation(i, (i + 7) % n,
			    "sanctions", POL_HOSTILE, 1, 1));
	}
	return g;
}

static void
test_diagram_layout_example_disjoint(void **state)
{
	struct graph	*g = example();
	struct diagram	*d = diagram_layout(g, 487, NULL);
	guint		 i;

	(void)state;
	assert_non_null(d);
	/* the United Nations, in no relation, is counted, not drawn */
	assert_int_equal(d->shown, 5);
	assert_int_equal(d->total, 6);
	assert_int_equal(d->nodes->len, 5);
	assert_int_equal(d->edges->len, 5);
	assert_true(diagram_disjoint(d));
	assert_true(d->w <= 487);
	/* every node inside the figure */
	for (i = 0; i < d->nodes->len; i++) {
		struct dnode *n = &g_array_index(d->nodes, struct dnode, i);

		assert_true(d->ox + (n->x - n->w / 2) * d->scale >= -0.01);
		assert_true(d->ox + (n->x + n->w / 2) * d->scale <= d->w + 0.01);
		assert_true((n->y + n->h / 2) * d->scale <= d->legend_y);
	}
	assert_string_equal(d->caption, "Figure 1. Relations among the "
	    "actors named in this briefing, generated from the text. Also "
	    "named: United Nations.");
	assert_int_equal(d->caption_lines->len, 1);
	diagram_free(d);
	free_graph(g);
}

/* 20 actors, every relation drawn: the 12 most mentioned drawn, the
 * others named in the caption (six, then how many more), the
 * relations left out counted; the caption wraps inside the figure; no
 * overlaps. */
static void
test_diagram_layout_twenty_actors(void **state)
{
	struct graph	*g = generated(20);
	struct diagram	*d = diagram_layout(g, 487, NULL);
	char		 want[64];
	guint		 i;

	(void)state;
	assert_non_null(d);
	assert_int_equal(d->shown, 12);
	assert_int_equal(d->total, 20);
	assert_int_equal(d->also->len, 8);
	assert_non_null(strstr(d->caption, "Also named: "));
	assert_non_null(strstr(d->caption, " and 2 more. "));
	assert_true(d->left_out > 0);
	g_snprintf(want, sizeof(want), " and 2 more. %d more relations in "
	    "the text.", d->left_out);
	assert_non_null(strstr(d->caption, want));
	for (i = 0; i < d->caption_lines->len; i++)
		assert_true(dg_text_width(FACE_SANS, DG_CAPTION_SIZE,
		    g_ptr_array_index(d->caption_lines, i)) <= d->w);
	assert_true(d->caption_y + d->caption_h <= d->h + 0.01);
	assert_true(diagram_disjoint(d));
	diagram_free(d);
	free_graph(g);
}

/* Two layouts of the same graph are the same to the last coordinate. */
static void
test_diagram_layout_deterministic(void **state)
{
	struct graph	*g = generated(14);
	struct diagram	*a = diagram_layout(g, 487, NULL);
	struct diagram	*b = diagram_layout(g, 487, NULL);
	guint		 i;

	(void)state;
	assert_int_equal(a->nodes->len, b->nodes->len);
	assert_memory_equal(a->nodes->data, b->nodes->data,
	    a->nodes->len * sizeof(struct dnode));
	for (i = 0; i < a->edges->len; i++) {
		GArray *pa = g_array_index(a->edges, struct dedge, i).pts;
		GArray *pb = g_array_index(b->edges, struct dedge, i).pts;

		assert_int_equal(pa->len, pb->len);
		assert_memory_equal(pa->data, pb->data,
		    pa->len * sizeof(double));
	}
	diagram_free(a);
	diagram_free(b);
	free_graph(g);
}

/* Nothing to draw: one actor, or no relation. */
static void
test_diagram_layout_nothing(void **state)
{
	struct graph	*g = example();
	guint		 i;

	(void)state;
	for (i = 0; i < g->relations->len; i++) {
		struct relation *r = g_ptr_array_index(g->relations, i);

		g_free(r->label);
		g_array_unref(r->evidence);
		g_free(r);
	}
	g_ptr_array_set_size(g->relations, 0);
	assert_null(diagram_layout(g, 487, NULL));
	free_graph(g);
}

/* In the page model: paths and real text, every node name present, a
 * link on each edge label. */
static void
test_diagram_to_items(void **state)
{
	struct graph	*g = example();
	struct diagram	*d = diagram_layout(g, 487, NULL);
	struct pages	*pp = pages_new(595, 842);
	GArray		*items = g_array_new(FALSE, TRUE,
	    sizeof(struct pg_item));
	GString		*text = g_string_new(NULL);
	GString		*caption = g_string_new(NULL);
	guint		 i, links = 0, paths = 0;

	(void)state;
	diagram_to_items(d, pp, items);
	for (i = 0; i < items->len; i++) {
		struct pg_item *it = &g_array_index(items, struct pg_item, i);

		if (it->type == PG_RUN) {
			/* the figure's words, not the caption's */
			if (it->u.run.y < d->caption_y) {
				g_string_append(text, it->u.run.text);
				g_string_append_c(text, '|');
			} else
				g_string_append(caption, it->u.run.text);
			assert_true(it->u.run.x >= -0.01);
		} else if (it->type == PG_LINK) {
			links++;
			assert_true(it->u.link.dest[0] == 'p');
		} else if (it->type == PG_PATH) {
			guint k;

			paths++;
			for (k = 0; k < it->u.path.segs->len; k++)
				assert_false(isnan(g_array_index(
				    it->u.path.segs, struct pg_seg, k).x[0]));
		}
	}
	/* every actor in a relation drawn, the one in none not */
	for (i = 0; i < g->actors->len; i++)
		if (strcmp(((struct actor *)g_ptr_array_index(g->actors,
		    i))->name, "United Nations") != 0)
			assert_non_null(strstr(text->str, ((struct actor *)
			    g_ptr_array_index(g->actors, i))->name));
	assert_null(strstr(text->str, "United Nations"));
	assert_non_null(strstr(caption->str, "Also named: United Nations."));
	assert_non_null(strstr(text->str, "Kim Hong-kyun"));
	assert_int_equal(links, 5);
	assert_true(paths > 10);
	g_string_free(text, TRUE);
	g_string_free(caption, TRUE);
	{
		struct pg_flow fl = { .items = items };

		(void)fl;
	}
	for (i = 0; i < items->len; i++) {
		struct pg_item *it = &g_array_index(items, struct pg_item, i);

		if (it->type == PG_RUN)
			g_free(it->u.run.text);
		else if (it->type == PG_PATH)
			g_array_unref(it->u.path.segs);
		else if (it->type == PG_LINK) {
			g_free(it->u.link.dest);
			g_free(it->u.link.uri);
		}
	}
	g_array_unref(items);
	pages_free(pp);
	diagram_free(d);
	free_graph(g);
}

static int
starts_with_file(const char *path, const char *magic, size_t n)
{
	char	*buf;
	gsize	 len;
	int	 ok;

	if (!g_file_get_contents(path, &buf, &len, NULL))
		return 0;
	ok = len > n && memcmp(buf, magic, n) == 0;
	g_free(buf);
	return ok;
}

/* The diagram alone as SVG, PNG and PDF; a bad path fails cleanly. */
static void
test_diagram_write_files(void **state)
{
	struct graph	*g = example();
	struct diagram	*d = diagram_layout(g, 487, NULL);
	char		*dir = g_dir_make_tmp("diagram-XXXXXX", NULL);
	char		*svg = g_build_filename(dir, "d.svg", NULL);
	char		*png = g_build_filename(dir, "d.png", NULL);
	char		*pdf = g_build_filename(dir, "d.pdf", NULL);
	char		*bad = g_build_filename(dir, "no", "d.svg", NULL);
	char		*txt = g_build_filename(dir, "d.txt", NULL);

	(void)state;
	capture_begin();
	assert_int_equal(diagram_write(d, svg, 72, 0, 0644), 0);
	assert_int_equal(diagram_write(d, png, 300, 0, 0644), 0);
	assert_int_equal(diagram_write(d, pdf, 72, 0, 0644), 0);
	assert_true(starts_with_file(svg, "<?xml", 5));
	assert_true(starts_with_file(png, "\x89PNG", 4));
	assert_true(starts_with_file(pdf, "%PDF", 4));
	assert_int_equal(diagram_write(d, bad, 72, 0, 0644), -1);
	assert_false(g_file_test(bad, G_FILE_TEST_EXISTS));
	assert_int_equal(diagram_write(d, txt, 72, 0, 0644), -1);
	assert_non_null(strstr(messages(), "error: "));
	capture_end();
	unlink(svg);
	unlink(png);
	unlink(pdf);
	rmdir(dir);
	g_free(svg);
	g_free(png);
	g_free(pdf);
	g_free(bad);
	g_free(txt);
	g_free(dir);
	diagram_free(d);
	free_graph(g);
}


/* The diagram of a Markdown text, through the reader and extraction. */
static struct diagram *
text_diagram(const char *text, struct graph **gp, struct doc **dp,
    struct source **sp)
{
	*sp = source_from_string("s.md", text, strlen(text));
	assert_non_null(*sp);
	*dp = doc_read(*sp);
	assert_non_null(*dp);
	*gp = extract_run(*dp, *sp);
	return diagram_layout(*gp, 487, NULL);
}

/* A sentence that names no actor, added anywhere, keeps the picture:
 * same boxes at the same places. */
static void
test_diagram_layout_stable(void **state)
{
	static const char base[] =
	    "---\ntitle: T\ndate: 2024-06-17\n---\n"
	    "Russia supplied technology to North Korea. North Korea sent "
	    "munitions to Russia. Washington accused Pyongyang of supplying "
	    "weapons to Moscow.\n\nSouth Korea discussed the visit with the "
	    "United States.\n";
	static const char more[] =
	    "---\ntitle: T\ndate: 2024-06-17\n---\n"
	    "Russia supplied technology to North Korea. The weather was "
	    "mild and the talks went on late into the night. North Korea "
	    "sent munitions to Russia. Washington accused Pyongyang of "
	    "supplying weapons to Moscow.\n\nSouth Korea discussed the "
	    "visit with the United States.\n";
	struct graph	*ga, *gb;
	struct doc	*da, *db;
	struct source	*sa, *sb;
	struct diagram	*a = text_diagram(base, &ga, &da, &sa);
	struct diagram	*b = text_diagram(more, &gb, &db, &sb);

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_true(a->nodes->len >= 3);
	assert_int_equal(a->nodes->len, b->nodes->len);
	assert_memory_equal(a->nodes->data, b->nodes->data,
	    a->nodes->len * sizeof(struct dnode));
	diagram_free(a);
	diagram_free(b);
	graph_free(ga);
	graph_free(gb);
	doc_free(da);
	doc_free(db);
	source_free(sa);
	source_free(sb);
}

/* Only what the ranking draws: the acts it leaves out, and the boxes
 * only they would join, are said in the caption. */
static void
test_diagram_only_drawn(void **state)
{
	struct graph	*g = example();
	struct diagram	*d;
	guint		 i;

	(void)state;
	/* US -> North Korea "accusation" and South Korea -- US
	 * "consultation" not drawn */
	((struct relation *)g_ptr_array_index(g->relations, 3))->drawn = 0;
	((struct relation *)g_ptr_array_index(g->relations, 4))->drawn = 0;
	d = diagram_layout(g, 487, NULL);
	assert_non_null(d);
	assert_int_equal(d->shown, 3);
	assert_int_equal(d->nodes->len, 3);
	assert_int_equal(d->edges->len, 3);
	for (i = 0; i < d->nodes->len; i++) {
		int a = g_array_index(d->nodes, struct dnode, i).actor;

		assert_true(a == 0 || a == 1 || a == 3);
	}
	assert_int_equal(d->left_out, 2);
	assert_non_null(strstr(d->caption, ". Also named: United States, "
	    "United Nations and South Korea. 2 more relations in the "
	    "text."));
	assert_true(diagram_disjoint(d));
	diagram_free(d);
	/* the caption in the article's language, states by their names
	 * there */
	d = diagram_layout(g, 487, "de");
	assert_non_null(strstr(d->caption, "Ebenfalls genannt: Vereinigte "
	    "Staaten, United Nations und S\xc3\xbc" "dkorea. 2 weitere "
	    "Beziehungen im Text."));
	diagram_free(d);
	d = diagram_layout(g, 487, "fr");
	assert_non_null(strstr(d->caption, "Autres acteurs cit\xc3\xa9s"
	    "\xc2\xa0: \xc3\x89tats-Unis, United Nations et "
	    "Cor\xc3\xa9" "e du Sud. 2 autres relations dans le texte."));
	diagram_free(d);
	d = diagram_layout(g, 487, "es");
	assert_non_null(strstr(d->caption, "Tambi\xc3\xa9n citados: Estados "
	    "Unidos, United Nations y Corea del Sur. 2 relaciones "
	    "m\xc3\xa1s en el texto."));
	diagram_free(d);
	/* nothing drawn: no figure */
	for (i = 0; i < g->relations->len; i++)
		((struct relation *)g_ptr_array_index(g->relations,
		    i))->drawn = 0;
	assert_null(diagram_layout(g, 487, NULL));
	free_graph(g);
}

/* A person tied to a state is drawn inside its box: the person's act is
 * an edge of the state's; the person's title is no relation left out;
 * an act of a person towards its own state has no edge and is. */
static void
test_diagram_persons_fold(void **state)
{
	struct graph	*g = g_new0(struct graph, 1);
	struct actor	*lee;
	struct relation	*r;
	struct diagram	*d;
	GPtrArray	*lines;

	(void)state;
	g->actors = g_ptr_array_new();
	g->relations = g_ptr_array_new();
	g_ptr_array_add(g->actors, actor("Alphaland", ACTOR_STATE, 6,
	    "Ann Lee"));
	lee = actor("Ann Lee", ACTOR_PERSON, 3, NULL);
	lee->state = 0;
	g_ptr_array_add(g->actors, lee);
	g_ptr_array_add(g->actors, actor("Betaland", ACTOR_STATE, 4, NULL));
	g_ptr_array_add(g->relations, relation(1, 2, "meeting",
	    POL_COOPERATIVE, 0, 2));
	r = relation(1, 0, "leader of", POL_NEUTRAL, 1, 1);
	r->cls = "affiliation";
	g_ptr_array_add(g->relations, r);
	g_ptr_array_add(g->relations, relation(1, 0, "criticism",
	    POL_HOSTILE, 1, 1));
	d = diagram_layout(g, 487, NULL);
	assert_non_null(d);
	assert_int_equal(d->nodes->len, 2);
	assert_int_equal(d->edges->len, 1);
	assert_int_equal(g_array_index(d->nodes, struct dnode, 0).actor, 0);
	assert_int_equal(g_array_index(d->nodes, struct dnode, 1).actor, 2);
	lines = dg_node_lines(g, 0, NULL);
	assert_int_equal(lines->len, 2);
	assert_string_equal(g_ptr_array_index(lines, 1), "Ann Lee");
	g_ptr_array_unref(lines);
	assert_int_equal(d->left_out, 1);
	assert_int_equal(d->also->len, 0);
	assert_true(diagram_disjoint(d));
	diagram_free(d);
	free_graph(g);
}

/* An edge's labels, the best-ranked first; three, then an ellipsis. */
static void
test_diagram_labels_by_rank(void **state)
{
	static const char *const labels[] = { "aid", "arms", "loans",
	    "grain" };
	static const int ranks[] = { 4, 2, 1, 3 };
	struct graph	*g = example();
	struct diagram	*d;
	guint		 i;
	size_t		 k;

	(void)state;
	for (i = 0; i < g->relations->len; i++)
		((struct relation *)g_ptr_array_index(g->relations,
		    i))->rank = 10 + (int)i;
	for (k = 0; k < G_N_ELEMENTS(labels); k++) {
		struct relation *r = relation(5, 3, labels[k],
		    POL_COOPERATIVE, 1, 1);

		r->rank = ranks[k];
		g_ptr_array_add(g->relations, r);
	}
	d = diagram_layout(g, 487, NULL);
	assert_non_null(d);
	for (i = 0; i < d->edges->len; i++) {
		const struct dedge *e = &g_array_index(d->edges, struct dedge,
		    i);

		if (strstr(e->label, "loans") != NULL)
			assert_string_equal(e->label, "loans, arms, grain"
			    "\xe2\x80\xa6");
	}
	diagram_free(d);
	free_graph(g);
}

#include "fontsetup.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diagram_layout_example_disjoint),
		cmocka_unit_test(test_diagram_layout_twenty_actors),
		cmocka_unit_test(test_diagram_layout_deterministic),
		cmocka_unit_test(test_diagram_layout_nothing),
		cmocka_unit_test(test_diagram_to_items),
		cmocka_unit_test(test_diagram_write_files),
		cmocka_unit_test(test_diagram_layout_stable),
		cmocka_unit_test(test_diagram_only_drawn),
		cmocka_unit_test(test_diagram_persons_fold),
		cmocka_unit_test(test_diagram_labels_by_rank),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
