/* SPDX-License-Identifier: MIT */
/*
 * What the story is about (graph_rank.c): ranks, central and drawn, on
 * graphs made by hand (the rule alone) and on short articles read by
 * the extractor (the rule on what it finds).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "graph.h"
#include "source.h"
#include "text.h"

/* --- graphs made by hand ------------------------------------------------- */

static void
free_actor(gpointer p)
{
	struct actor	*a = p;

	g_free(a->name);
	g_ptr_array_unref(a->persons);
	g_free(a);
}

static void
free_relation(gpointer p)
{
	struct relation	*r = p;

	g_free(r->label);
	g_array_unref(r->evidence);
	g_free(r);
}

static struct graph *
graph_new(void)
{
	struct graph	*g = g_new0(struct graph, 1);

	g->actors = g_ptr_array_new_with_free_func(free_actor);
	g->relations = g_ptr_array_new_with_free_func(free_relation);
	return g;
}

static void
graph_done(struct graph *g)
{
	g_ptr_array_unref(g->actors);
	g_ptr_array_unref(g->relations);
	g_free(g);
}

/* A state (or, with state >= 0, a person of that state); its index. */
static int
add_actor(struct graph *g, const char *name, int mentions, int state)
{
	struct actor	*a = g_new0(struct actor, 1);

	a->name = g_strdup(name);
	a->kind = state >= 0 ? ACTOR_PERSON : ACTOR_STATE;
	a->mentions = mentions;
	a->state = state;
	a->persons = g_ptr_array_new_with_free_func(g_free);
	if (state >= 0)
		g_ptr_array_add(((struct actor *)g_ptr_array_index(g->actors,
		    state))->persons, g_strdup(name));
	g_ptr_array_add(g->actors, a);
	return (int)g->actors->len - 1;
}

/* A relation with nev sentences from byte off on, 100 bytes apart. */
static struct relation *
add_rel(struct graph *g, int from, int to, const char *label,
    const char *cls, enum rel_mode mode, int nev, size_t off)
{
	struct relation	*r = g_new0(struct relation, 1);
	int		 i;

	r->from = from;
	r->to = to;
	r->label = g_strdup(label);
	r->polarity = POL_COOPERATIVE;
	r->directed = 1;
	r->cls = cls;
	r->mode = mode;
	r->evidence = g_array_new(FALSE, TRUE, sizeof(struct evidence));
	for (i = 0; i < nev; i++) {
		struct evidence e = { off + 100 * (size_t)i, off, i + 1 };

		g_array_append_val(r->evidence, e);
	}
	g_ptr_array_add(g->relations, r);
	return r;
}

static struct doc *
doc_of(const char *text, struct source **src)
{
	struct doc	*doc;

	*src = source_from_string("t.md", text, strlen(text));
	assert_non_null(*src);
	doc = doc_read(*src);
	assert_non_null(doc);
	return doc;
}

static int
ndrawn(const struct graph *g, int acts_only)
{
	guint	i;
	int	n = 0;

	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		if (r->drawn && (!acts_only || r->cls == NULL ||
		    strcmp(r->cls, "affiliation") != 0))
			n++;
	}
	return n;
}

/* Edges drawn: directed acts with distinct ends (the graphs here have
 * one polarity, and persons only where a test says). */
static int
nedges(const struct graph *g)
{
	GHashTable	*seen = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	guint		 i;
	int		 n;

	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		if (r->drawn && (r->cls == NULL ||
		    strcmp(r->cls, "affiliation") != 0))
			g_hash_table_add(seen, g_strdup_printf("%d %d %d %d",
			    r->directed || r->from < r->to ? r->from : r->to,
			    r->directed || r->from < r->to ? r->to : r->from,
			    r->directed, r->polarity));
	}
	n = (int)g_hash_table_size(seen);
	g_hash_table_destroy(seen);
	return n;
}

/* Every relation has a rank, 1 to n, each once. */
static void
assert_ranks(const struct graph *g)
{
	guint	 n = g->relations->len, i;
	int	*seen = g_new0(int, n + 1);

	for (i = 0; i < n; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);

		assert_true(r->rank >= 1 && (guint)r->rank <= n);
		assert_false(seen[r->rank]);
		seen[r->rank] = 1;
	}
	g_free(seen);
}

/*
 * The title names Alpha and Beta: their act ranks first and is
 * central, ahead of acts the body states more often; an act between
 * actors the lead never names is not central.
 */
static void
test_rank_title_pair_first(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Alpha and Beta sign a "
	    "pact\ndate: 2024-01-02\n---\nBody.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*ab, *cd, *ce;
	int		 a, b, c, d, e;

	(void)state;
	a = add_actor(g, "Alpha", 5, -1);
	b = add_actor(g, "Beta", 4, -1);
	c = add_actor(g, "Gamma", 20, -1);
	d = add_actor(g, "Delta", 12, -1);
	e = add_actor(g, "Epsilon", 3, -1);
	cd = add_rel(g, c, d, "supply", "support", REL_DONE, 5, 1000);
	ce = add_rel(g, c, e, "visit", "diplomacy", REL_DONE, 1, 2000);
	ab = add_rel(g, a, b, "agreement", "agreement", REL_DONE, 1, 3000);
	graph_rank(g, doc, NULL);
	assert_ranks(g);
	assert_int_equal(ab->rank, 1);
	assert_true(ab->central);
	assert_true(ab->drawn);
	/* more sentences rank higher among the rest */
	assert_int_equal(cd->rank, 2);
	assert_int_equal(ce->rank, 3);
	assert_false(cd->central);
	assert_false(ce->central);
	assert_true(cd->drawn && ce->drawn);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* A person is drawn inside the state: naming the person in the title
 * names the state, and the person's act is the state's. */
static void
test_rank_person_names_state(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Ann Lee meets Beta's "
	    "envoy\n---\nBody.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*lb, *cd, *title;
	int		 a, b, c, d, lee;

	(void)state;
	a = add_actor(g, "Alpha", 5, -1);
	lee = add_actor(g, "Ann Lee", 2, a);
	b = add_actor(g, "Beta", 4, -1);
	c = add_actor(g, "Gamma", 9, -1);
	d = add_actor(g, "Delta", 9, -1);
	cd = add_rel(g, c, d, "attack", "force", REL_DONE, 3, 100);
	title = add_rel(g, lee, a, "leader of", "affiliation", REL_DONE, 1,
	    400);
	lb = add_rel(g, lee, b, "meeting", "diplomacy", REL_DONE, 1, 500);
	graph_rank(g, doc, NULL);
	assert_ranks(g);
	assert_int_equal(lb->rank, 1);
	assert_true(lb->central);
	assert_int_equal(cd->rank, 2);
	/* a title: after every act, never central; drawn where its
	 * person is shown, inside Alpha's box */
	assert_int_equal(title->rank, 3);
	assert_false(title->central);
	assert_true(title->drawn);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* A plan, a possibility and a denial are never drawn as done, nor
 * central, however well they rank. */
static void
test_rank_not_done_never_drawn(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Alpha and Beta\n---\n"
	    "Body.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*plan, *may, *no, *done;
	int		 a, b, c;

	(void)state;
	a = add_actor(g, "Alpha", 5, -1);
	b = add_actor(g, "Beta", 4, -1);
	c = add_actor(g, "Gamma", 2, -1);
	plan = add_rel(g, a, b, "visit", "diplomacy", REL_PLANNED, 4, 100);
	may = add_rel(g, b, a, "sanctions", "coercion", REL_POSSIBLE, 3,
	    150);
	no = add_rel(g, a, b, "attack", "force", REL_DENIED, 2, 180);
	done = add_rel(g, c, a, "aid", "support", REL_DONE, 1, 900);
	graph_rank(g, doc, NULL);
	assert_ranks(g);
	assert_false(plan->drawn || may->drawn || no->drawn);
	assert_false(plan->central || may->central || no->central);
	assert_true(done->drawn);
	/* Gamma is not in the title: ranked, drawn, not what the story
	 * is about */
	assert_false(done->central);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* The front matter's own relation (no class) ranks first and is drawn,
 * but what the story is about is the lead's; an actor the front matter
 * hides has no box, so no act of its is drawn. */
static void
test_rank_front_matter(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Alpha and Beta\n---\n"
	    "Body.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*cur, *ab, *hid;
	int		 a, b, c, d;

	(void)state;
	a = add_actor(g, "Alpha", 5, -1);
	b = add_actor(g, "Beta", 5, -1);
	c = add_actor(g, "Gamma", 5, -1);
	d = add_actor(g, "Delta", 5, -1);
	((struct actor *)g_ptr_array_index(g->actors, d))->hidden = 1;
	cur = add_rel(g, c, a, "snapback", NULL, REL_DONE, 1, 100);
	cur->curated = 1;
	ab = add_rel(g, a, b, "agreement", "agreement", REL_DONE, 1, 200);
	hid = add_rel(g, d, a, "aid", "support", REL_DONE, 3, 300);
	graph_rank(g, doc, NULL);
	assert_int_equal(cur->rank, 1);
	assert_true(cur->drawn);
	assert_false(cur->central);
	assert_int_equal(ab->rank, 2);
	assert_true(ab->central);
	assert_false(hid->drawn);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* Sixty acts among forty actors: at most fourteen acts drawn, on at most
 * eight edges between at most ten boxes, every act ranked; the same
 * graph ranks the same twice. */
static void
test_rank_bounded_deterministic(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Land 3 and Land 7\n---\n"
	    "Body.\n", &src);
	struct graph	*g[2];
	int		 k, i, boxes;

	(void)state;
	for (k = 0; k < 2; k++) {
		g[k] = graph_new();
		for (i = 0; i < 40; i++) {
			char name[16];

			g_snprintf(name, sizeof(name), "Land %d", i);
			add_actor(g[k], name, 1 + (i * 7) % 13, -1);
		}
		for (i = 0; i < 60; i++)
			add_rel(g[k], i % 40, (i * 3 + 7) % 40, i % 2 ?
			    "aid" : "visit", i % 2 ? "support" : "diplomacy",
			    REL_DONE, 1 + i % 3, 100 * (size_t)i);
		add_rel(g[k], 3, 7, "pact", "agreement", REL_DONE, 1, 9000);
		graph_rank(g[k], doc, NULL);
		assert_ranks(g[k]);
	}
	assert_true(ndrawn(g[0], 1) <= 14);
	assert_true(ndrawn(g[0], 1) >= 5);
	assert_true(nedges(g[0]) <= 8);
	{
		int *shown = g_new0(int, 41);

		for (i = 0, boxes = 0; i < (int)g[0]->relations->len; i++) {
			const struct relation *r = g_ptr_array_index(
			    g[0]->relations, i);

			if (!r->drawn)
				continue;
			boxes += !shown[r->from] + !shown[r->to];
			shown[r->from] = shown[r->to] = 1;
		}
		assert_true(boxes <= 10);
		g_free(shown);
	}
	/* the title's pair first */
	assert_int_equal(((struct relation *)g_ptr_array_index(
	    g[0]->relations, 60))->rank, 1);
	for (i = 0; i < (int)g[0]->relations->len; i++) {
		const struct relation *x = g_ptr_array_index(g[0]->relations,
		    i);
		const struct relation *y = g_ptr_array_index(g[1]->relations,
		    i);

		assert_int_equal(x->rank, y->rank);
		assert_int_equal(x->drawn, y->drawn);
		assert_int_equal(x->central, y->central);
	}
	graph_done(g[0]);
	graph_done(g[1]);
	doc_free(doc);
	source_free(src);
}

/* The first pass gives a box to each actor the lead names: the
 * subtitle's Gamma is drawn though many acts of the title's pair rank
 * above its one. */
static void
test_rank_lead_actors_get_a_box(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Alpha and Beta\n"
	    "subtitle: Gamma looks on\n---\nBody.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*gamma;
	static const char *const labels[] = {
		"aid", "visit", "supply", "meeting", "praise", "loan",
		"training", "arms", "talks", "pact", "trade", "grain"
	};
	int		 a, b, c;
	size_t		 i;

	(void)state;
	a = add_actor(g, "Alpha", 30, -1);
	b = add_actor(g, "Beta", 30, -1);
	c = add_actor(g, "Gamma", 1, -1);
	for (i = 0; i < G_N_ELEMENTS(labels); i++) {
		struct relation *r = add_rel(g, i % 2 ? a : b, i % 2 ? b : a,
		    labels[i], "support", REL_DONE, 2, 100 * i);

		r->directed = i % 3 != 0;
	}
	gamma = add_rel(g, c, a, "concern", "statement", REL_DONE, 1, 5000);
	gamma->polarity = POL_HOSTILE;
	graph_rank(g, doc, NULL);
	assert_int_equal(gamma->rank, (int)G_N_ELEMENTS(labels) + 1);
	assert_true(gamma->drawn);
	assert_false(gamma->central);
	assert_true(ndrawn(g, 1) <= 14);
	assert_true(nedges(g) <= 8);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* A pair a summary item names together is joined before the title's
 * pair gets more edges, though all their acts rank above its one. */
static void
test_rank_summary_pair_joined(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Alpha and Beta\n"
	    "summary:\n  - Alpha helps Gamma\n  - Beta and Gamma quarrel\n"
	    "---\nBody.\n", &src);
	struct graph	*g = graph_new();
	struct relation	*ag, *bg, *r;
	int		 a, b, c, i;

	(void)state;
	a = add_actor(g, "Alpha", 30, -1);
	b = add_actor(g, "Beta", 30, -1);
	c = add_actor(g, "Gamma", 2, -1);
	for (i = 0; i < 18; i++) {
		char label[16];

		g_snprintf(label, sizeof(label), "act %d", i);
		r = add_rel(g, i % 2 ? a : b, i % 2 ? b : a, label, "support",
		    REL_DONE, 2, 100 * (size_t)i);
		r->directed = i % 3 != 0;
		r->polarity = i % 4 < 2 ? POL_COOPERATIVE : POL_HOSTILE;
	}
	ag = add_rel(g, a, c, "aid", "support", REL_DONE, 2, 6000);
	bg = add_rel(g, b, c, "threat", "coercion", REL_DONE, 1, 7000);
	bg->polarity = POL_HOSTILE;
	graph_rank(g, doc, NULL);
	assert_int_equal(ag->rank, 19);
	assert_int_equal(bg->rank, 20);
	/* Alpha's aid gives Gamma its box; the quarrel joins a pair the
	 * summary names */
	assert_true(ag->drawn);
	assert_true(bg->drawn);
	assert_true(ndrawn(g, 1) == 14);
	assert_true(nedges(g) <= 8);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* The lead: an act stated in the first paragraphs outranks one the
 * body states more often further down. */
static void
test_rank_lead_sentence(void **state)
{
	static const char text[] = "---\ntitle: News\n---\n"
	    "The talks went on all night in the capital, and the delegates "
	    "left before dawn with a text they had argued over for weeks.\n"
	    "\n"
	    "Nobody expected much from the meeting, which had been put off "
	    "twice since the spring for reasons no side would explain.\n"
	    "\n"
	    "Later paragraphs say other things.\n";
	struct source	*src;
	struct doc	*doc = doc_of(text, &src);
	struct text	*t = text_analyse(doc, src, NULL);
	struct graph	*g = graph_new();
	struct relation	*early, *late;
	const char	*p = strstr(src->buf, "Nobody");
	const char	*q = strstr(src->buf, "Later");
	int		 a, b, c, d;

	(void)state;
	assert_non_null(p);
	assert_non_null(q);
	a = add_actor(g, "Alpha", 3, -1);
	b = add_actor(g, "Beta", 3, -1);
	c = add_actor(g, "Gamma", 3, -1);
	d = add_actor(g, "Delta", 3, -1);
	late = add_rel(g, c, d, "aid", "support", REL_DONE, 1,
	    (size_t)(q - src->buf));
	/* three sentences of it, all after the lead */
	g_array_index(late->evidence, struct evidence, 0).off =
	    (size_t)(q - src->buf);
	{
		struct evidence e = { (size_t)(q - src->buf) + 1, 0, 9 };

		g_array_append_val(late->evidence, e);
		e.off++;
		g_array_append_val(late->evidence, e);
	}
	early = add_rel(g, a, b, "visit", "diplomacy", REL_DONE, 1,
	    (size_t)(p - src->buf));
	graph_rank(g, doc, t);
	assert_int_equal(early->rank, 1);
	assert_int_equal(late->rank, 2);
	assert_true(early->central);
	assert_false(late->central);
	graph_done(g);
	text_free(t);
	doc_free(doc);
	source_free(src);
}

/* Thousands of relations rank in linear time (no pair scans). */
static void
test_rank_many_fast(void **state)
{
	struct source	*src;
	struct doc	*doc = doc_of("---\ntitle: Land 1 and Land 2\n---\n"
	    "Body.\n", &src);
	struct graph	*g = graph_new();
	gint64		 t0;
	int		 i;

	(void)state;
	for (i = 0; i < 2000; i++) {
		char name[16];

		g_snprintf(name, sizeof(name), "Land %d", i);
		add_actor(g, name, 1 + i % 17, -1);
	}
	for (i = 0; i < 40000; i++)
		add_rel(g, i % 2000, (i * 7 + 1) % 2000, "aid", "support",
		    i % 5 ? REL_DONE : REL_PLANNED, 1, (size_t)i * 50);
	t0 = g_get_monotonic_time();
	graph_rank(g, doc, NULL);
	assert_true(g_get_monotonic_time() - t0 < 2 * G_USEC_PER_SEC);
	assert_ranks(g);
	assert_true(ndrawn(g, 1) <= 14);
	assert_true(nedges(g) <= 8);
	graph_done(g);
	doc_free(doc);
	source_free(src);
}

/* --- articles read by the extractor --------------------------------------- */

static struct graph *
run_text(const char *text)
{
	struct source	*src;
	struct doc	*doc = doc_of(text, &src);
	struct graph	*g = extract_run(doc, src);

	doc_free(doc);
	source_free(src);
	return g;
}

static const struct relation *
find(const struct graph *g, const char *from, const char *to)
{
	guint	i;

	for (i = 0; i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);
		const struct actor *f = g_ptr_array_index(g->actors, r->from);
		const struct actor *t = g_ptr_array_index(g->actors, r->to);

		if ((strcmp(f->name, from) == 0 && strcmp(t->name, to) == 0) ||
		    (strcmp(f->name, to) == 0 && strcmp(t->name, from) == 0))
			return r;
	}
	return NULL;
}

/* A headline naming two states, a body with other acts: theirs ranks
 * first and is central; the others are drawn, not central. */
static void
test_rank_article(void **state)
{
	static const char text[] = "---\n"
	    "title: \"Chile and Peru sign a fisheries treaty\"\n"
	    "date: 2024-05-02\n---\n\n"
	    "Chile and Peru signed a treaty on fishing rights on Thursday, "
	    "ending a long quarrel over the waters off their coast.\n\n"
	    "Bolivia accused Chile of blocking its access to the sea. "
	    "Brazil plans to visit Argentina next month.\n\n"
	    "Uruguay supplied grain to Paraguay. Mexico sent aid to Cuba.\n";
	struct graph	*g = run_text(text), *h = run_text(text);
	const struct relation *r;
	guint		 i;

	(void)state;
	assert_ranks(g);
	r = find(g, "Chile", "Peru");
	assert_non_null(r);
	assert_int_equal(r->rank, 1);
	assert_true(r->central);
	assert_true(r->drawn);
	for (i = 0; i < g->relations->len; i++) {
		const struct relation *x = g_ptr_array_index(g->relations, i);
		const struct relation *y = g_ptr_array_index(h->relations, i);
		const char *f = ((const struct actor *)g_ptr_array_index(
		    g->actors, x->from))->name;

		/* what the story is about: the title's pair only */
		if (x->central)
			assert_true(strcmp(f, "Chile") == 0 ||
			    strcmp(f, "Peru") == 0);
		if (x->mode != REL_DONE)
			assert_false(x->drawn);
		assert_int_equal(x->rank, y->rank);
		assert_int_equal(x->drawn, y->drawn);
	}
	/* the plan is no drawn act */
	if ((r = find(g, "Brazil", "Argentina")) != NULL)
		assert_false(r->drawn);
	if ((r = find(g, "Uruguay", "Paraguay")) != NULL)
		assert_false(r->central);
	graph_free(g);
	graph_free(h);
}

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	extract_set_assets(NULL);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rank_title_pair_first),
		cmocka_unit_test(test_rank_person_names_state),
		cmocka_unit_test(test_rank_not_done_never_drawn),
		cmocka_unit_test(test_rank_front_matter),
		cmocka_unit_test(test_rank_bounded_deterministic),
		cmocka_unit_test(test_rank_lead_actors_get_a_box),
		cmocka_unit_test(test_rank_summary_pair_joined),
		cmocka_unit_test(test_rank_lead_sentence),
		cmocka_unit_test(test_rank_many_fast),
		cmocka_unit_test(test_rank_article),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
