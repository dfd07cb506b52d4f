/* SPDX-License-Identifier: MIT */
/* The relations diagram in words (diagram_alt): what the figure draws,
 * said in the page's language. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "diagram.h"
#include "doc.h"
#include "source.h"

#define NB	"\xc2\xa0"

static struct actor *
actor(const char *name, enum actor_kind kind, int mentions)
{
	struct actor	*a = g_new0(struct actor, 1);

	a->name = g_strdup(name);
	a->kind = kind;
	a->mentions = mentions;
	a->state = -1;
	a->persons = g_ptr_array_new_with_free_func(g_free);
	return a;
}

static struct relation *
relation(int from, int to, const char *label, enum polarity pol, int dir)
{
	struct relation	*r = g_new0(struct relation, 1);

	r->from = from;
	r->to = to;
	r->label = g_strdup(label);
	r->polarity = pol;
	r->directed = dir;
	r->drawn = 1;
	r->evidence = g_array_new(FALSE, TRUE, sizeof(struct evidence));
	return r;
}

static void
actor_free(gpointer p)
{
	struct actor	*a = p;

	g_free(a->name);
	g_ptr_array_unref(a->persons);
	g_free(a);
}

static void
relation_free(gpointer p)
{
	struct relation	*r = p;

	g_free(r->label);
	g_array_unref(r->evidence);
	g_free(r);
}

/*
 * Russia (Vladimir Putin) -> North Korea (five persons: three drawn and
 * "+2 more"): munitions, cooperative, two sentences; Russia -- third:
 * war, hostile, one sentence; NATO in a box of its own and no edge (its
 * one relation went with a box not drawn); Poland not drawn; one
 * relation left out.  As diagram_layout would leave them, by hand: the
 * words do not depend on where dot puts the boxes.
 */
static struct diagram *
figure(const char *lang, const char *third, const char *munitions,
    const char *war)
{
	static const char *const koreans[] = { "Kim Jong Un", "Choe Son Hui",
		"Pak Jong Chon", "Kim Yo Jong", "Ri Pyong Chol" };
	struct graph	*g = g_new0(struct graph, 1);
	struct diagram	*d = g_new0(struct diagram, 1);
	struct actor	*a;
	struct dnode	 dn = { 0 };
	struct dedge	 de = { 0 };
	int		 i, poland = 4;

	g->actors = g_ptr_array_new_with_free_func(actor_free);
	g->relations = g_ptr_array_new_with_free_func(relation_free);
	a = actor("Russia", ACTOR_STATE, 9);
	g_ptr_array_add(a->persons, g_strdup("Vladimir Putin"));
	g_ptr_array_add(g->actors, a);
	a = actor("North Korea", ACTOR_STATE, 8);
	for (i = 0; i < 5; i++)
		g_ptr_array_add(a->persons, g_strdup(koreans[i]));
	g_ptr_array_add(g->actors, a);
	g_ptr_array_add(g->actors, actor(third, ACTOR_STATE, 4));
	g_ptr_array_add(g->actors, actor("NATO", ACTOR_ORG, 3));
	g_ptr_array_add(g->actors, actor("Poland", ACTOR_STATE, 1));
	g_ptr_array_add(g->relations, relation(0, 1, "munitions",
	    POL_COOPERATIVE, 1));
	g_ptr_array_add(g->relations, relation(0, 2, "war", POL_HOSTILE, 0));
	d->g = g;
	d->lang = lang;
	d->nodes = g_array_new(FALSE, TRUE, sizeof(struct dnode));
	for (i = 0; i < 4; i++) {
		dn.actor = i;
		g_array_append_val(d->nodes, dn);
	}
	d->edges = g_array_new(FALSE, TRUE, sizeof(struct dedge));
	de.rel = 0;
	de.label = g_strdup(munitions);
	de.nev = 2;
	de.reversed = 1;	/* laid out the other way: says nothing */
	de.pts = g_array_new(FALSE, FALSE, sizeof(double));
	g_array_append_val(d->edges, de);
	de.rel = 1;
	de.label = g_strdup(war);
	de.nev = 1;
	de.reversed = 0;
	de.pts = g_array_new(FALSE, FALSE, sizeof(double));
	g_array_append_val(d->edges, de);
	d->also = g_array_new(FALSE, FALSE, sizeof(int));
	g_array_append_val(d->also, poland);
	d->left_out = 1;
	return d;
}

static void
figure_free(struct diagram *d)
{
	struct graph	*g = (struct graph *)d->g;

	diagram_free(d);
	g_ptr_array_unref(g->actors);
	g_ptr_array_unref(g->relations);
	g_free(g);
}

static void
test_diagram_alt_english(void **state)
{
	struct diagram	*d = figure(NULL, "Ukraine", "munitions", "war");
	char		*s = diagram_alt(d);

	(void)state;
	assert_string_equal(s, "Relations diagram. Cooperative relation "
	    "from \xe2\x80\x9cRussia\xe2\x80\x9d to \xe2\x80\x9cNorth "
	    "Korea\xe2\x80\x9d: munitions (in 2 sentences); hostile relation "
	    "between \xe2\x80\x9cRussia\xe2\x80\x9d and \xe2\x80\x9cUkraine"
	    "\xe2\x80\x9d: war (in 1 sentence). Persons in the boxes: "
	    "Vladimir Putin in \xe2\x80\x9cRussia\xe2\x80\x9d; Kim Jong Un, "
	    "Choe Son Hui, Pak Jong Chon and 2 more in \xe2\x80\x9cNorth "
	    "Korea\xe2\x80\x9d. Boxes in no relation drawn: NATO. Also "
	    "named: Poland. 1 more relation in the text.");
	g_free(s);
	figure_free(d);
}

/* No edge (diagram_layout draws none such; by hand): each box is said
 * to be in no relation, one space after each sentence. */
static void
test_diagram_alt_no_edge(void **state)
{
	struct diagram	*d = figure(NULL, "Ukraine", "munitions", "war");
	char		*s;
	guint		 i;

	(void)state;
	for (i = 0; i < d->edges->len; i++) {
		g_array_unref(g_array_index(d->edges, struct dedge, i).pts);
		g_free(g_array_index(d->edges, struct dedge, i).label);
	}
	g_array_set_size(d->edges, 0);
	s = diagram_alt(d);
	assert_string_equal(s, "Relations diagram. Persons in the boxes: "
	    "Vladimir Putin in \xe2\x80\x9cRussia\xe2\x80\x9d; Kim Jong Un, "
	    "Choe Son Hui, Pak Jong Chon and 2 more in \xe2\x80\x9cNorth "
	    "Korea\xe2\x80\x9d. Boxes in no relation drawn: Russia, North "
	    "Korea, Ukraine and NATO. Also named: Poland. 1 more relation "
	    "in the text.");
	g_free(s);
	figure_free(d);
}

/* French: its quotes, its spaces before "?:;", the states' names and
 * the legend's words as the page prints them. */
static void
test_diagram_alt_french(void **state)
{
	struct diagram	*d = figure("fr-FR", "Ukraine", "munitions",
	    "guerre");
	char		*s = diagram_alt(d);

	(void)state;
	assert_string_equal(s, "Sch\xc3\xa9ma des relations. Relation "
	    "coop\xc3\xa9rative de \xc2\xab" NB "Russie" NB "\xc2\xbb \xc3\xa0 "
	    "\xc2\xab" NB "Cor\xc3\xa9" "e du Nord" NB "\xc2\xbb" NB ": "
	    "munitions (dans 2 phrases)" NB "; relation conflictuelle entre "
	    "\xc2\xab" NB "Russie" NB "\xc2\xbb et \xc2\xab" NB "Ukraine" NB
	    "\xc2\xbb" NB ": guerre (dans 1 phrase). Personnes dans les "
	    "cases" NB ": Vladimir Putin dans \xc2\xab" NB "Russie" NB
	    "\xc2\xbb" NB "; Kim Jong Un, Choe Son Hui, Pak Jong Chon et 2 "
	    "autres dans \xc2\xab" NB "Cor\xc3\xa9" "e du Nord" NB "\xc2\xbb. "
	    "Cases sans relation trac\xc3\xa9" "e" NB ": NATO. Autres acteurs "
	    "cit\xc3\xa9s" NB ": Pologne. 1 autre relation dans le texte.");
	g_free(s);
	figure_free(d);
}

/* Spanish "y" before a quoted name that begins with the sound "i" is
 * "e"; German inflects the legend's adjective. */
static void
test_diagram_alt_spanish_german(void **state)
{
	struct diagram	*d = figure("es", "Iraq", "munici\xc3\xb3n", "guerra");
	char		*s = diagram_alt(d);

	(void)state;
	assert_non_null(strstr(s, "; relaci\xc3\xb3n hostil entre "
	    "\xc2\xabRusia\xc2\xbb e \xc2\xabIrak\xc2\xbb: guerra (en 1 "
	    "frase)."));
	assert_true(g_str_has_prefix(s, "Diagrama de relaciones. Relaci"
	    "\xc3\xb3n cooperativa de \xc2\xabRusia\xc2\xbb a \xc2\xab"
	    "Corea del Norte\xc2\xbb: munici\xc3\xb3n (en 2 frases); "));
	g_free(s);
	figure_free(d);
	d = figure("de", "Ukraine", "Munition", "Krieg");
	s = diagram_alt(d);
	assert_true(g_str_has_prefix(s, "Beziehungsdiagramm. Kooperative "
	    "Beziehung von \xe2\x80\x9eRussland\xe2\x80\x9c zu \xe2\x80\x9e"
	    "Nordkorea\xe2\x80\x9c: Munition (in 2 S\xc3\xa4tzen); "
	    "feindselige Beziehung zwischen \xe2\x80\x9eRussland\xe2\x80\x9c "
	    "und \xe2\x80\x9eUkraine\xe2\x80\x9c: Krieg (in 1 Satz)."));
	g_free(s);
	figure_free(d);
}

/* Laid out by the project's own stages: one clause per edge drawn,
 * each naming its label. */
static void
test_diagram_alt_laid_out(void **state)
{
	static const char article[] =
	    "---\ntitle: T\ndate: 2024-06-17\n---\n"
	    "Russia supplied technology to North Korea. North Korea sent "
	    "munitions to Russia. Russia is at war with Ukraine.\n";
	struct source	*src = source_from_string("s.md", article,
	    strlen(article));
	struct doc	*doc = doc_read(src);
	struct graph	*g = extract_run(doc, src);
	struct diagram	*d = diagram_layout(g, 487, 487, NULL);
	const char	*p;
	char		*s;
	guint		 i, n = 0;

	(void)state;
	assert_non_null(d);
	s = diagram_alt(d);
	assert_true(g_str_has_prefix(s, "Relations diagram. "));
	for (p = s; (p = strstr(p, " relation from ")) != NULL; p++)
		n++;
	for (p = s; (p = strstr(p, " relation between ")) != NULL; p++)
		n++;
	assert_int_equal(n, d->edges->len);
	for (i = 0; i < d->edges->len; i++)
		assert_non_null(strstr(s, g_array_index(d->edges,
		    struct dedge, i).label));
	g_free(s);
	diagram_free(d);
	graph_free(g);
	doc_free(doc);
	source_free(src);
}

#include "fontsetup.h"

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diagram_alt_english),
		cmocka_unit_test(test_diagram_alt_no_edge),
		cmocka_unit_test(test_diagram_alt_french),
		cmocka_unit_test(test_diagram_alt_spanish_german),
		cmocka_unit_test(test_diagram_alt_laid_out),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
