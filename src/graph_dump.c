/* SPDX-License-Identifier: MIT */
/*
 * The relations graph: the front matter's curation, assembly from a run
 * of the extractor, freeing, and the JSON dump (--dump graph).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "graph.h"
#include "json.h"
#include "msg.h"
#include "text.h"

static void	 actor_free(gpointer);

/* --- front matter actors -------------------------------------------------- */

/* Without a kind: a person if it looks like a name ("Kim Yo Jong"). */
static enum gaz_kind
guess_kind(const char *name)
{
	static const char *const orgs[] = {
		"group", "council", "agency", "organization", "organisation",
		"ministry", "army", "forces", "party", "front", "union",
		"bank", "company", "corporation", "committee", "commission",
		"court", "fund", "league", "movement", "brigade", "institute",
		"association", "alliance", "office", "service", "services",
		"department", "navy", "corps", "guard", "government", NULL
	};
	char	**w = g_strsplit(name, " ", -1);
	guint	  i, j, n = g_strv_length(w);
	int	  person = n >= 2 && n <= 4;

	for (i = 0; person && i < n; i++) {
		if (!g_unichar_isupper(g_utf8_get_char(w[i])) ||
		    g_utf8_strlen(w[i], -1) < 2)
			person = 0;
		for (j = 0; person && orgs[j] != NULL; j++)
			if (g_ascii_strcasecmp(w[i], orgs[j]) == 0)
				person = 0;
	}
	g_strfreev(w);
	return person ? GAZ_PERSON : GAZ_ORG;
}

void
extract_front_actors(struct run *r)
{
	const struct doc_actor *a;
	enum gaz_kind	 kind;
	guint		 i, j;
	int		 e, k;

	for (i = 0; i < r->doc->meta.actors->len; i++) {
		a = g_ptr_array_index(r->doc->meta.actors, i);
		k = a->kind == NULL ? -1 : strcmp(a->kind, "state") == 0 ?
		    GAZ_STATE : strcmp(a->kind, "org") == 0 ? GAZ_ORG :
		    GAZ_PERSON;
		e = lex_find(r->lex, a->name);
		if (e >= 0 && (E(r, e)->kind == GAZ_NONE ||
		    E(r, e)->kind == GAZ_AMBIG))
			e = -1;
		if (e < 0) {
			kind = k >= 0 ? (enum gaz_kind)k : guess_kind(a->name);
			e = extract_add_entity(r, kind, a->name);
			E(r, e)->fm = 2;
		} else {
			if (k >= 0)
				E(r, e)->kind = k;
			E(r, e)->fm = MAX(E(r, e)->fm, 1);
		}
		for (j = 0; j < a->aliases->len; j++)
			lex_add_form(r->lex, e, g_ptr_array_index(a->aliases,
			    j), 0);
		E(r, e)->hide |= a->hide;
	}
	for (i = 0; i < r->doc->meta.actors->len; i++) {
		a = g_ptr_array_index(r->doc->meta.actors, i);
		if (a->state == NULL)
			continue;
		e = lex_find(r->lex, a->name);
		k = lex_find(r->lex, a->state);
		/* else an error in extract_curate, in line order */
		if (e >= 0 && k >= 0 && (E(r, k)->kind == GAZ_STATE ||
		    E(r, k)->kind == GAZ_ORG || E(r, k)->kind == GAZ_AMBIG)) {
			E(r, e)->state = k;
			E(r, e)->tied = E(r, e)->fmstate = 1;
		}
	}
}

/* --- relations ------------------------------------------------------------ */

/* Add or merge a relation between entries (nodes) from and to. */
void
extract_add_act(struct run *r, int from, int to, const char *label,
    enum polarity pol, int directed, const struct cue *act,
    enum rel_mode mode)
{
	struct relation	*rel;
	struct evidence	*last;
	char		*key;

	if (from == to || from < 0 || to < 0)
		return;
	/* one relation per ends (either order when undirected), label and
	 * mode */
	key = g_strdup_printf("%d %d %d %d %s", directed ? from : MIN(from,
	    to), directed ? to : MAX(from, to), directed, (int)mode, label);
	if (r->rel_at == NULL)
		r->rel_at = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, NULL);
	if ((rel = g_hash_table_lookup(r->rel_at, key)) == NULL) {
		rel = g_new0(struct relation, 1);
		rel->from = from;
		rel->to = to;
		rel->label = g_strdup(label);
		rel->polarity = pol;
		rel->directed = directed;
		rel->evidence = g_array_new(FALSE, FALSE,
		    sizeof(struct evidence));
		rel->cls = act != NULL ? act->cls : "affiliation";
		rel->cameo = act != NULL ? act->cameo : NULL;
		rel->goldstein = act != NULL ? act->goldstein : 0.0;
		rel->mode = mode;
		rel->drawn = mode == REL_DONE;
		g_ptr_array_add(r->rels, rel);
		g_hash_table_insert(r->rel_at, g_strdup(key), rel);
	}
	g_free(key);
	last = rel->evidence->len > 0 ? &g_array_index(rel->evidence,
	    struct evidence, rel->evidence->len - 1) : NULL;
	if (last == NULL || last->off != r->ev.off)
		g_array_append_val(rel->evidence, r->ev);
}

/* The two relations join the same two nodes, either way. */
static int
same_ends(int a, int b, int c, int d)
{
	return (a == c && b == d) || (a == d && b == c);
}

/*
 * "Russia and Ukraine signed agreements" read as an agreement between
 * the two, where the text also says "Ukraine refused to sign with
 * Russia" or denies it: the text's own denial wins over what a
 * conjoined subject suggests, and an act stated as done of the class
 * refused or denied between the same two is dropped.
 */
void
extract_contradicted(struct run *r)
{
	const struct relation *x;
	struct relation	*rel;
	const struct refused *rf;
	guint		 i, k;
	int		 hit;

	for (i = r->rels->len; i-- > 0;) {
		rel = g_ptr_array_index(r->rels, i);
		if (rel->mode != REL_DONE || rel->curated)
			continue;
		hit = 0;
		for (k = 0; k < r->refused->len && !hit; k++) {
			rf = &g_array_index(r->refused, struct refused, k);
			hit = strcmp(rf->cls, rel->cls) == 0 &&
			    same_ends(rf->a, rf->b, rel->from, rel->to);
		}
		for (k = 0; k < r->rels->len && !hit; k++) {
			x = g_ptr_array_index(r->rels, k);
			hit = x->mode == REL_DENIED && strcmp(x->cls,
			    rel->cls) == 0 && same_ends(x->from, x->to,
			    rel->from, rel->to);
		}
		if (hit)
			g_ptr_array_remove_index(r->rels, i);
	}
}

void
extract_add_relation(struct run *r, int from, int to, const char *label,
    enum polarity pol, int directed)
{
	const struct cue *act = lex_label_cue(r->lex, label);

	/* a goods label ("munitions") is a supply's */
	if (act == NULL && lex_goods_label(r->lex, label))
		act = lex_label_cue(r->lex, "supply");
	extract_add_act(r, from, to, label, pol, directed, act, REL_DONE);
}

/* --- curation ------------------------------------------------------------- */

/* The node an actor name of the front matter stands for; -1 if there
 * is none, -2 if the name is ambiguous ("Korea"). */
static int
curated_actor(struct run *r, const char *name)
{
	int	e = lex_find(r->lex, name);

	if (e < 0 || E(r, e)->kind == GAZ_NONE)
		return -1;
	if (E(r, e)->kind == GAZ_AMBIG)
		return E(r, e)->resolved >= 0 ? E(r, e)->resolved : -2;
	if (E(r, e)->kind == GAZ_PERSON && E(r, e)->state >= 0)
		return E(r, e)->state;
	return e;
}

/* Split "A -> B: label" (arrow '>' for "->" or U+2192, '<' for "<-" or
 * U+2190, '-' for "--", "<->", a dash); returns 0 if there is no arrow. */
static int
split_relation(const char *s, char **a, char **b, char **label, int *arrow)
{
	static const char *const arrows[] = {
		"<->", "<-", "->", "--", "\xE2\x86\x92", "\xE2\x86\x90",
		"\xE2\x80\x94", "\xE2\x80\x93", NULL
	};
	static const char kinds[] = "-<>-><--";
	const char	*p, *best = NULL, *colon;
	int		 i, bi = 0;

	for (i = 0; arrows[i] != NULL; i++)
		if ((p = strstr(s, arrows[i])) != NULL &&
		    (best == NULL || p < best)) {
			best = p;
			bi = i;
		}
	if (best == NULL)
		return 0;
	*arrow = kinds[bi];
	*a = g_strstrip(g_strndup(s, (gsize)(best - s)));
	p = best + strlen(arrows[bi]);
	colon = strchr(p, ':');
	*b = g_strstrip(colon != NULL ? g_strndup(p, (gsize)(colon - p)) :
	    g_strdup(p));
	*label = g_strstrip(g_strdup(colon != NULL ? colon + 1 : ""));
	return 1;
}

/* Drop the relations between a and b (directed a -> b, or undirected;
 * either way when any) with label (all if empty).  Returns how many. */
static int
drop(struct run *r, int a, int b, const char *label, int any)
{
	struct relation	*rel;
	guint		 i;
	int		 n = 0;

	for (i = r->rels->len; i > 0; i--) {
		rel = g_ptr_array_index(r->rels, i - 1);
		if (*label != '\0' && g_ascii_strcasecmp(rel->label, label))
			continue;
		if ((rel->from == a && rel->to == b) || ((any ||
		    !rel->directed) && rel->from == b && rel->to == a)) {
			g_ptr_array_remove_index(r->rels, i - 1);
			n++;
		}
	}
	return n;
}

/* Add (or direct) the relation a -> b (a -- b) with label and polarity
 * pol (-1: the label's cue's); evidence: the sentences naming both. */
static void
add_curated(struct run *r, int a, int b, const char *label, int directed,
    int pol)
{
	const struct cue *act;
	struct relation	*rel;
	const struct sent *st;
	guint		 i, k;
	int		 x, y;

	for (i = 0; i < r->rels->len; i++) {
		rel = g_ptr_array_index(r->rels, i);
		if (g_ascii_strcasecmp(rel->label, label) == 0 &&
		    ((rel->from == a && rel->to == b) ||
		    (rel->from == b && rel->to == a))) {
			rel->from = a;
			rel->to = b;
			rel->directed = directed;
			rel->curated = 1;
			if (pol >= 0)
				rel->polarity = (enum polarity)pol;
			return;
		}
	}
	rel = g_new0(struct relation, 1);
	rel->from = a;
	rel->to = b;
	rel->label = g_strdup(label);
	rel->polarity = pol >= 0 ? (enum polarity)pol :
	    lex_label_polarity(r->lex, label);
	rel->directed = directed;
	rel->drawn = 1;
	rel->curated = 1;
	if ((act = lex_label_cue(r->lex, label)) == NULL &&
	    lex_goods_label(r->lex, label))
		act = lex_label_cue(r->lex, "supply");
	rel->cls = act != NULL ? act->cls : NULL;
	rel->cameo = act != NULL ? act->cameo : NULL;
	rel->goldstein = act != NULL ? act->goldstein : 0.0;
	rel->evidence = g_array_new(FALSE, FALSE, sizeof(struct evidence));
	for (i = 0; i < r->sents->len; i++) {
		st = &g_array_index(r->sents, struct sent, i);
		for (k = 0, x = y = 0; k < st->n; k++) {
			x |= g_array_index(r->nodes, int, st->first + k) == a;
			y |= g_array_index(r->nodes, int, st->first + k) == b;
		}
		if (x && y)
			g_array_append_val(rel->evidence, st->ev);
	}
	g_ptr_array_add(r->rels, rel);
}

/* Read "A -> B: label | polarity": the polarity cut off label, into
 * *pol (-1 without one); 0 for a word that is none. */
static int
split_polarity(char *label, int *pol)
{
	static const char *const words[] = {
		"cooperative", "hostile", "neutral"	/* enum polarity */
	};
	char	*bar = strrchr(label, '|');
	size_t	 i;

	*pol = -1;
	if (bar == NULL)
		return 1;
	*bar = '\0';
	g_strstrip(label);
	g_strstrip(bar + 1);
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (g_ascii_strcasecmp(bar + 1, words[i]) == 0)
			*pol = (int)i;
	if (*pol < 0)	/* the word, for the message */
		memmove(label, bar + 1, strlen(bar + 1) + 1);
	return *pol >= 0;
}

/* One entry of the front matter's relations: drop or add. */
static void
curate_one(struct run *r, const struct doc_str *ds)
{
	const char	*s = ds->s, *path = r->doc->path;
	char		*an, *bn, *label;
	int		 arrow, a, b, t, del, pol;

	while (g_ascii_isspace(*s))
		s++;
	del = s[0] == '-' && s[1] != '-' && s[1] != '>';
	if (del)
		s++;
	if (!split_relation(s, &an, &bn, &label, &arrow)) {
		msg_at(path, &ds->pos, MSG_ERROR, "relation '%s' has no arrow "
		    "('->', '<-' or '--')", ds->s);
		return;
	}
	if (!split_polarity(label, &pol))
		msg_at(path, &ds->pos, MSG_ERROR, "relation '%s': polarity "
		    "'%s' is not 'cooperative', 'hostile' or 'neutral'",
		    ds->s, label);
	else if (del && pol >= 0)
		msg_at(path, &ds->pos, MSG_ERROR, "relation '%s': a dropped "
		    "relation takes no polarity", ds->s);
	else if (*an == '\0' || *bn == '\0')
		msg_at(path, &ds->pos, MSG_ERROR, "relation '%s' has no %s",
		    ds->s, *an == '\0' ? "source" : "target");
	else if ((a = curated_actor(r, an)) < 0 ||
	    (b = curated_actor(r, bn)) < 0)
		msg_at(path, &ds->pos, MSG_ERROR, "relation '%s': %s actor "
		    "'%s'", ds->s, (a < 0 ? a : b) == -2 ? "ambiguous" :
		    "unknown", a < 0 ? an : bn);
	else if (a == b)
		msg_at(path, &ds->pos, MSG_WARNING, "relation '%s' links an "
		    "actor to itself, ignored", ds->s);
	else {
		if (arrow == '<')
			t = a, a = b, b = t;
		if (del && drop(r, a, b, label, arrow == '-') == 0)
			msg_at(path, &ds->pos, MSG_WARNING, "relation '%s' "
			    "drops nothing", ds->s);
		else if (!del) {
			add_curated(r, a, b, label, arrow != '-', pol);
			E(r, a)->want = E(r, b)->want = 1;
		}
	}
	g_free(an);
	g_free(bn);
	g_free(label);
}

/* The text names entry e (its own words or an alias): a mention
 * counted, or one of the layer's actors with mentions. */
static int
occurs(struct run *r, int e)
{
	guint	i;

	if (E(r, e)->mentions > 0)
		return 1;
	for (i = 0; i < r->t->actors->len; i++)
		if (r->aent[i] == e && text_actor(r->t, (int)i)->mentions > 0)
			return 1;
	return 0;
}

/* An actor or person of the front matter: its state known, its name
 * in the text. */
static void
check_actor(struct run *r, const struct doc_actor *a)
{
	int	e = lex_find(r->lex, a->name);

	if (a->state != NULL && (e < 0 || !E(r, e)->fmstate))
		msg_at(r->doc->path, &a->state_pos, MSG_ERROR, "person '%s': "
		    "'%s' is no state or organisation known (add it to "
		    "'actors:')", a->name, a->state);
	else if (e >= 0 && !occurs(r, e))
		msg_at(r->doc->path, &a->pos, MSG_WARNING, "%s '%s' does not "
		    "occur in the text", a->kind != NULL && strcmp(a->kind,
		    "person") == 0 ? "person" : "actor", a->name);
}

/* The front matter's actors checked and its relations applied, the
 * messages of both in line order. */
void
extract_curate(struct run *r)
{
	const GPtrArray	*as = r->doc->meta.actors;
	const GPtrArray	*rs = r->doc->meta.relations;
	const struct doc_actor *a;
	const struct doc_str *ds;
	guint		 i = 0, j = 0;

	while (i < as->len || j < rs->len) {
		a = i < as->len ? g_ptr_array_index(as, i) : NULL;
		ds = j < rs->len ? g_ptr_array_index(rs, j) : NULL;
		if (a != NULL && (ds == NULL || a->pos.line < ds->pos.line)) {
			check_actor(r, a);
			i++;
		} else {
			curate_one(r, ds);
			j++;
		}
	}
}

/* --- the graph ------------------------------------------------------------ */

/* Actor order: first mention, states before their persons. */
static gint
by_first(gconstpointer pa, gconstpointer pb, gpointer arg)
{
	struct run	*r = arg;
	int		 a = *(const int *)pa, b = *(const int *)pb;
	const struct ent *x = E(r, a), *y = E(r, b);

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if ((x->kind == GAZ_PERSON) != (y->kind == GAZ_PERSON))
		return x->kind == GAZ_PERSON ? 1 : -1;
	return a < b ? -1 : a > b;
}

static gint
by_evidence(gconstpointer pa, gconstpointer pb)
{
	const struct relation *a = *(const struct relation *const *)pa;
	const struct relation *b = *(const struct relation *const *)pb;
	size_t	 x, y;

	x = a->evidence->len > 0 ? g_array_index(a->evidence,
	    struct evidence, 0).off : SIZE_MAX;
	y = b->evidence->len > 0 ? g_array_index(b->evidence,
	    struct evidence, 0).off : SIZE_MAX;
	return x < y ? -1 : x > y;
}


/* s without an article or elision it opens with: "l'OTAN" is "OTAN". */
static const char *
form_core(const char *s)
{
	static const char *const arts[] = {
		"l'", "l\xE2\x80\x99", "d'", "d\xE2\x80\x99", "la ", "le ",
		"les ", "el ", "los ", "las ", "der ", "die ", "das ", "den ",
		"dem ", "des ", NULL
	};
	size_t	k, n;

	for (k = 0; arts[k] != NULL; k++) {
		n = strlen(arts[k]);
		if (g_ascii_strncasecmp(s, arts[k], n) == 0 && s[n] != '\0')
			return s + n;
	}
	return s;
}

/*
 * In a Spanish, French or German text, the form the text names the
 * gazetteer entry e by most often ("OTAN", "Naciones Unidas"); NULL in
 * another language or when the text never names it so.  Reads the
 * mentions once.
 */
static char *
text_form(const struct text *t, int e)
{
	GHashTable	*n;
	GHashTableIter	 it;
	gpointer	 k, v;
	const struct text_mention *m;
	const char	*best = NULL;
	guint		 i, most = 0;
	char		*out = NULL;

	if (t == NULL || (t->lang != TEXT_ES && t->lang != TEXT_FR &&
	    t->lang != TEXT_DE))
		return NULL;
	n = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < t->mentions->len; i++) {
		m = text_mention(t, i);
		if (m->actor < 0 || text_actor(t, m->actor)->gaz != e ||
		    (m->flags & ~TM_POSS) != TM_NAME)
			continue;
		k = g_strndup(t->str->str + m->tstart, m->tend - m->tstart);
		v = g_hash_table_lookup(n, k);
		g_hash_table_replace(n, k, GUINT_TO_POINTER(
		    GPOINTER_TO_UINT(v) + 1));
	}
	g_hash_table_iter_init(&it, n);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (GPOINTER_TO_UINT(v) > most || (GPOINTER_TO_UINT(v) ==
		    most && best != NULL && strcmp(k, best) < 0)) {
			most = GPOINTER_TO_UINT(v);
			best = k;
		}
	if (best != NULL)
		out = g_strdup(form_core(best));
	g_hash_table_destroy(n);
	return out;
}
struct graph *
extract_graph(struct run *r)
{
	struct graph	*g = g_new0(struct graph, 1);
	struct actor	*ac, *st;
	struct relation	*rel;
	struct ent	*x;
	GArray		*order = g_array_new(FALSE, FALSE, sizeof(int));
	guint		 i;
	int		 e;

	g->actors = g_ptr_array_new_with_free_func(actor_free);
	g->relations = g_ptr_array_new_with_free_func(extract_relation_free);
	for (i = 0; i < r->ents->len; i++) {
		x = E(r, (int)i);
		x->total = x->mentions;
		x->first = x->first_off;
	}
	for (i = 0; i < r->ents->len; i++) {
		x = E(r, (int)i);
		if (x->kind == GAZ_PERSON && x->mentions > 0 && x->state >= 0) {
			E(r, x->state)->total += x->mentions;
			E(r, x->state)->first = MIN(E(r, x->state)->first,
			    x->first_off);
		}
	}
	for (i = 0; i < r->ents->len; i++) {
		x = E(r, (int)i);
		if (x->kind > GAZ_PERSON || (x->total == 0 && !x->fm &&
		    !x->want))
			continue;
		e = (int)i;
		g_array_append_val(order, e);
	}
	g_array_sort_with_data(order, by_first, r);
	for (i = 0; i < order->len; i++) {
		e = g_array_index(order, int, i);
		x = E(r, e);
		x->actor = (int)i;
		ac = g_new0(struct actor, 1);
		ac->name = g_strdup(G(r, e)->name);
		ac->kind = (enum actor_kind)x->kind;
		ac->mentions = x->total;
		ac->first_off = x->first;
		ac->persons = g_ptr_array_new_with_free_func(g_free);
		ac->state = -1;
		ac->hidden = x->hide;
		if (ac->kind == ACTOR_ORG)
			ac->display = text_form(r->t, e);
		g_ptr_array_add(g->actors, ac);
	}
	for (i = 0; i < order->len; i++) {
		e = g_array_index(order, int, i);
		x = E(r, e);
		ac = g_ptr_array_index(g->actors, i);
		if (x->kind != GAZ_PERSON || x->state < 0 ||
		    E(r, x->state)->actor < 0)
			continue;
		ac->state = E(r, x->state)->actor;
		st = g_ptr_array_index(g->actors, ac->state);
		g_ptr_array_add(st->persons, g_strdup(ac->name));
	}
	g_ptr_array_sort(r->rels, by_evidence);
	/* each taken in order (not stolen from the front: quadratic) */
	for (i = 0; i < r->rels->len; i++) {
		rel = g_ptr_array_index(r->rels, i);
		r->rels->pdata[i] = NULL;
		if (E(r, rel->from)->actor < 0 || E(r, rel->to)->actor < 0) {
			extract_relation_free(rel);
			continue;
		}
		rel->from = E(r, rel->from)->actor;
		rel->to = E(r, rel->to)->actor;
		g_ptr_array_add(g->relations, rel);
	}
	g_ptr_array_set_size(r->rels, 0);
	g_array_free(order, TRUE);
	graph_rank(g, r->doc, r->t);
	return g;
}

void
extract_relation_free(gpointer p)
{
	struct relation	*rel = p;

	if (rel == NULL)
		return;
	g_free(rel->label);
	g_array_free(rel->evidence, TRUE);
	g_free(rel);
}

static void
actor_free(gpointer p)
{
	struct actor	*a = p;

	g_free(a->name);
	g_free(a->display);
	g_ptr_array_free(a->persons, TRUE);
	g_free(a);
}

void
graph_free(struct graph *g)
{
	if (g == NULL)
		return;
	g_ptr_array_free(g->actors, TRUE);
	g_ptr_array_free(g->relations, TRUE);
	g_free(g);
}

/* --- the dump ------------------------------------------------------------- */

static const char *const kinds[] = { "state", "org", "person" };
static const char *const polarities[] = {
	"cooperative", "hostile", "neutral"
};

static const char *const modes[] = {
	"done", "denied", "planned", "possible"
};


/*
 * One actor a line: {"name", "kind", "mentions", "persons"} for states
 * and organisations, {"name", "kind", "mentions", "state"} for persons
 * ("state": the state or organisation they belong to, or null), and
 * "hidden": true when the front matter hides it.
 */
static void
dump_actor(const struct graph *g, const struct actor *a, FILE *f)
{
	const struct actor *st;
	guint		 i;

	fputs("    {\"name\": ", f);
	json_string(f, a->name);
	fprintf(f, ", \"kind\": \"%s\", \"mentions\": %d", kinds[a->kind],
	    a->mentions);
	if (a->kind == ACTOR_PERSON) {
		fputs(", \"state\": ", f);
		if (a->state >= 0) {
			st = g_ptr_array_index(g->actors, a->state);
			json_string(f, st->name);
		} else
			fputs("null", f);
	} else {
		fputs(", \"persons\": [", f);
		for (i = 0; i < a->persons->len; i++) {
			if (i > 0)
				fputs(", ", f);
			json_string(f, g_ptr_array_index(a->persons, i));
		}
		fputc(']', f);
	}
	if (a->hidden)
		fputs(", \"hidden\": true", f);
	fputc('}', f);
}

static void
dump_relation(const struct graph *g, const struct relation *r, FILE *f)
{
	const struct actor *from, *to;
	char		 num[G_ASCII_DTOSTR_BUF_SIZE];
	guint		 i;

	from = g_ptr_array_index(g->actors, r->from);
	to = g_ptr_array_index(g->actors, r->to);
	fputs("    {\"from\": ", f);
	json_string(f, from->name);
	fputs(", \"to\": ", f);
	json_string(f, to->name);
	fputs(", \"label\": ", f);
	json_string(f, r->label);
	fprintf(f, ", \"polarity\": \"%s\", \"directed\": %s",
	    polarities[r->polarity], r->directed ? "true" : "false");
	fputs(", \"class\": ", f);
	if (r->cls != NULL)
		json_string(f, r->cls);
	else
		fputs("null", f);
	fputs(", \"cameo\": ", f);
	if (r->cameo != NULL)
		json_string(f, r->cameo);
	else
		fputs("null", f);
	fprintf(f, ", \"goldstein\": %s, \"mode\": \"%s\", \"rank\": %d, "
	    "\"central\": %s, \"drawn\": %s, \"evidence\": [",
	    g_ascii_formatd(num, sizeof(num), "%.1f", r->goldstein),
	    modes[r->mode], r->rank, r->central ? "true" : "false",
	    r->drawn ? "true" : "false");
	for (i = 0; i < r->evidence->len; i++)
		fprintf(f, "%s%d", i > 0 ? ", " : "",
		    g_array_index(r->evidence, struct evidence, i).line);
	fputs("]}", f);
}

void
graph_dump(const struct graph *g, FILE *f)
{
	guint	i;

	fputs("{\n  \"actors\": [", f);
	for (i = 0; i < g->actors->len; i++) {
		fputs(i > 0 ? ",\n" : "\n", f);
		dump_actor(g, g_ptr_array_index(g->actors, i), f);
	}
	fputs(g->actors->len > 0 ? "\n  ],\n" : "],\n", f);
	fputs("  \"relations\": [", f);
	for (i = 0; i < g->relations->len; i++) {
		fputs(i > 0 ? ",\n" : "\n", f);
		dump_relation(g, g_ptr_array_index(g->relations, i), f);
	}
	fputs(g->relations->len > 0 ? "\n  ]\n}\n" : "]\n}\n", f);
}
