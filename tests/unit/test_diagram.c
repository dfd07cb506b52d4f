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
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
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
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
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
	struct diagram	*a = diagram_layout(g, 487, 487, NULL);
	struct diagram	*b = diagram_layout(g, 487, 487, NULL);
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
	assert_null(diagram_layout(g, 487, 487, NULL));
	free_graph(g);
}

/* In the page model: paths and real text, every node name present, a
 * link on each edge label. */
static void
test_diagram_to_items(void **state)
{
	struct graph	*g = example();
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
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
	for (i = 0; i < items->len; i++)
		pg_item_clear(&g_array_index(items, struct pg_item, i));
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
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
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
	return diagram_layout(*gp, 487, 487, NULL);
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
	d = diagram_layout(g, 487, 487, NULL);
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
	d = diagram_layout(g, 487, 487, "de");
	assert_non_null(strstr(d->caption, "Ebenfalls genannt: Vereinigte "
	    "Staaten, United Nations und S\xc3\xbc" "dkorea. 2 weitere "
	    "Beziehungen im Text."));
	diagram_free(d);
	d = diagram_layout(g, 487, 487, "fr");
	assert_non_null(strstr(d->caption, "Autres acteurs cit\xc3\xa9s"
	    "\xc2\xa0: \xc3\x89tats-Unis, United Nations et "
	    "Cor\xc3\xa9" "e du Sud. 2 autres relations dans le texte."));
	diagram_free(d);
	d = diagram_layout(g, 487, 487, "es");
	assert_non_null(strstr(d->caption, "Tambi\xc3\xa9n citados: Estados "
	    "Unidos, United Nations y Corea del Sur. 2 relaciones "
	    "m\xc3\xa1s en el texto."));
	diagram_free(d);
	/* nothing drawn: no figure */
	for (i = 0; i < g->relations->len; i++)
		((struct relation *)g_ptr_array_index(g->relations,
		    i))->drawn = 0;
	assert_null(diagram_layout(g, 487, 487, NULL));
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
	d = diagram_layout(g, 487, 487, NULL);
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
	d = diagram_layout(g, 487, 487, NULL);
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

/* The figure as printed: type never below 7 pt, at full size inside
 * width x max_h, at most one crossing, no edge through a box that is
 * not its end, no overlaps, every label on its edge. */
static void
assert_legible(const struct diagram *d, double width, double max_h)
{
	struct dg_measure m;

	dg_measure(d, &m);
	assert_true(m.min_font >= 7.0);
	assert_true(d->scale == 1.0);
	assert_true(d->gw <= width + 0.01);
	assert_true(d->h <= max_h);
	assert_true(m.crossings <= 1);
	assert_int_equal(m.through, 0);
	assert_int_equal(m.overlaps, 0);
	assert_true(m.label_dist <= 3.0);
}

/* A graph of n states named by names, with relations between the pairs
 * of pairs (-1 ends them), ranked in that order, labels from labels. */
static struct graph *
graph_of(const char *const *names, const int *pairs,
    const char *const *labels)
{
	struct graph	*g = g_new0(struct graph, 1);
	int		 i;

	g->actors = g_ptr_array_new();
	g->relations = g_ptr_array_new();
	for (i = 0; names[i] != NULL; i++)
		g_ptr_array_add(g->actors, actor(names[i], ACTOR_STATE,
		    20 - i, NULL));
	for (i = 0; pairs[2 * i] >= 0; i++) {
		struct relation *r = relation(pairs[2 * i], pairs[2 * i + 1],
		    labels[i], i % 3 == 1 ? POL_HOSTILE : POL_COOPERATIVE,
		    1, 1 + i % 2);

		r->rank = i + 1;
		g_ptr_array_add(g->relations, r);
	}
	return g;
}

/* The relations a figure draws: their labels, to find them by name. */
static int
edge_has(const struct diagram *d, const char *label)
{
	guint	i;

	for (i = 0; i < d->edges->len; i++)
		if (strstr(g_array_index(d->edges, struct dedge, i).label,
		    label) != NULL)
			return 1;
	return 0;
}

/* Graphs that a single row or a single way of asking dot does not fit:
 * each is drawn legible at print size, and what is left out is the
 * lowest-ranked, counted by the caption. */
static void
test_diagram_layout_legible(void **state)
{
	static const char *const star_n[] = { "Centralia", "Northland",
	    "Southern Republic", "Eastmark", "Westphalia Union",
	    "Islands of Ys", "Highland Federation", NULL };
	static const int star_p[] = { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6,
	    -1 };
	static const char *const chain_n[] = { "Avalon", "Brigadoon",
	    "Camelot", "Dorado", "Erewhon", "Fantasia", NULL };
	static const int chain_p[] = { 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, -1 };
	static const char *const hubs_n[] = { "Greater Hubland",
	    "Second Hub", "Alpha", "Beta", "Gamma", "Delta", "Epsilon",
	    NULL };
	static const int hubs_p[] = { 0, 2, 0, 3, 0, 4, 1, 4, 1, 5, 1, 6,
	    0, 1, 2, 5, 3, 6, -1 };
	static const char *const long_n[] = { "Ruritania", "Freedonia",
	    "Sylvania", NULL };
	static const int long_p[] = { 0, 1, 1, 2, 0, 2, -1 };
	static const char *const labels[] = { "aid", "sanctions", "talks",
	    "supply", "loans", "accusation", "grain", "visit", "arms" };
	static const char *const long_l[] = { "a treaty of friendship, "
	    "trade and mutual assistance", "mediation", "border dispute" };
	struct {
		const char *const *names;
		const int *pairs;
		const char *const *labels;
	} cases[] = {
		{ star_n, star_p, labels },
		{ chain_n, chain_p, labels },
		{ hubs_n, hubs_p, labels },
		{ long_n, long_p, long_l },
	};
	size_t	k;

	(void)state;
	for (k = 0; k < G_N_ELEMENTS(cases); k++) {
		struct graph *g = graph_of(cases[k].names, cases[k].pairs,
		    cases[k].labels);
		struct diagram *d = diagram_layout(g, 487, 487, NULL);
		guint i, nrel = g->relations->len;
		int drawn = 0, worst = 0;

		assert_non_null(d);
		assert_legible(d, 487, 487);
		/* the best-ranked relation is always drawn; those left out
		 * rank below every one drawn */
		assert_true(edge_has(d, cases[k].labels[0]));
		for (i = 0; i < nrel; i++)
			if (edge_has(d, cases[k].labels[i])) {
				drawn++;
				worst = (int)i;
			}
		assert_int_equal(drawn, worst + 1);
		assert_int_equal(d->left_out, (int)nrel - drawn);
		if (d->left_out > 0)
			assert_non_null(strstr(d->caption, "more relation"));
		diagram_free(d);
		free_graph(g);
	}
}

/* Too little room: a narrow column and a low page leave relations out
 * rather than shrink the type; the whole figure keeps to the height. */
static void
test_diagram_layout_leaves_out(void **state)
{
	struct graph	*g = generated(14);
	struct diagram	*d = diagram_layout(g, 380, 240, NULL);

	(void)state;
	assert_non_null(d);
	assert_legible(d, 380, 240);
	assert_true(d->w <= 380);
	assert_true(d->left_out > 0);
	assert_true(d->edges->len >= 1);
	diagram_free(d);
	free_graph(g);
}

/* A straight edge from (x0, y0) to (x1, y1) through its label at
 * (lx, ly), 30 x 10, the label splitting it at t. */
static void
line_edge(struct diagram *d, int rel, double x0, double y0, double x1,
    double y1, double t, double lx, double ly)
{
	struct dedge	 e = { 0 };
	double		 mx = x0 + t * (x1 - x0), my = y0 + t * (y1 - y0);
	double		 p[16] = { x0, y0, x0, y0, mx, my, mx, my, mx, my,
	    mx, my, x1, y1, x1, y1 };

	e.rel = rel;
	e.label = g_strdup("x");
	e.nev = 1;
	e.pts = g_array_new(FALSE, FALSE, sizeof(double));
	g_array_append_vals(e.pts, p, 16);
	e.split = 8;
	e.lx = lx;
	e.ly = ly;
	e.lw = 30;
	e.lh = 10;
	g_array_append_val(d->edges, e);
}

static void
box_at(struct diagram *d, int actor, double x, double y)
{
	struct dnode	n = { actor, x, y, 40, 20 };

	g_array_append_val(d->nodes, n);
}

/* The measure itself, on a drawing made by hand: two diagonals cross
 * once, an edge through a box not its end, a label far from its edge,
 * two boxes on each other. */
static void
test_diagram_measure(void **state)
{
	static const char *const names[] = { "A", "B", "C", "D", "E",
	    NULL };
	static const int pairs[] = { 0, 1, 2, 3, 0, 2, -1 };
	static const char *const labels[] = { "a", "b", "c" };
	struct graph	*g = graph_of(names, pairs, labels);
	struct diagram	*d = g_new0(struct diagram, 1);
	struct dg_measure m;

	(void)state;
	d->g = g;
	d->scale = 1;
	d->w = 300;
	d->legend_y = 280;
	d->legend_h = 12;
	d->caption_y = 296;
	d->caption_h = 11;
	d->nodes = g_array_new(FALSE, TRUE, sizeof(struct dnode));
	d->edges = g_array_new(FALSE, TRUE, sizeof(struct dedge));
	box_at(d, 0, 50, 50);
	box_at(d, 1, 250, 250);
	box_at(d, 2, 250, 50);
	box_at(d, 3, 50, 250);
	line_edge(d, 0, 70, 60, 230, 240, 0.25, 110, 105);
	line_edge(d, 1, 230, 60, 70, 240, 0.25, 190, 105);
	dg_measure(d, &m);
	assert_true(fabs(m.min_font - 7.0) < 1e-9);
	assert_int_equal(m.crossings, 1);
	assert_int_equal(m.through, 0);
	assert_int_equal(m.overlaps, 0);
	assert_true(m.label_dist < 0.01);
	assert_true(diagram_disjoint(d));
	/* a third edge, along the top, its label 20 pt below its line
	 * and a box E in its way */
	line_edge(d, 2, 70, 50, 230, 50, 0.5, 150, 70);
	box_at(d, 4, 150, 50);
	dg_measure(d, &m);
	assert_int_equal(m.crossings, 1);
	assert_int_equal(m.through, 1);
	assert_true(fabs(m.label_dist - 15) < 0.01);
	/* drawn at half size the names would be 4.4 pt */
	d->scale = 0.5;
	dg_measure(d, &m);
	assert_true(fabs(m.min_font - DG_NAME_SIZE / 2) < 1e-9 ||
	    fabs(m.min_font - DG_LABEL_SIZE / 2) < 1e-9);
	d->scale = 1;
	/* E moved onto A */
	g_array_index(d->nodes, struct dnode, 4).x = 60;
	g_array_index(d->nodes, struct dnode, 4).y = 55;
	dg_measure(d, &m);
	assert_true(m.overlaps >= 1);
	assert_false(diagram_disjoint(d));
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
		cmocka_unit_test(test_diagram_layout_legible),
		cmocka_unit_test(test_diagram_layout_leaves_out),
		cmocka_unit_test(test_diagram_measure),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
