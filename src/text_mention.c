/* SPDX-License-Identifier: MIT */
/* Actors and their mentions in the text layer. */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

/*
 * One pass over the sentences in text order.  Each sentence is cut
 * again into the gazetteer's words (lex_words: possessives, "U.S.",
 * joined words, punctuation as flags), each mapped back to the tokens
 * it covers.  At each word, in order: a pronoun or a role ("he", "the
 * foreign minister", "the country") resolved against the actors of the
 * last few sentences; a form of the gazetteer (names, capitals and
 * institutions as metonyms, demonyms); a run of capitalised words, a
 * person when a title, a verb of speech, an apposition, a nationality
 * or "the late" stands beside it, or when it names a person already
 * seen.  Every look-around is bounded in words and every resolution in
 * sentences and actors (a ring of the recent persons), so the whole is
 * linear in the text.
 */

static void	 sentence(struct run *, guint);
static void	 cand_free(gpointer);
static guint	 at_word(struct run *, guint);
static int	 actor_new(struct run *, const char *, enum text_actor_kind,
		    int);

/* --- the pass ------------------------------------------------------------- */

/* Persons and other actors of the front matter, known from the start. */
static void
front_actors(struct run *r, const struct doc *doc)
{
	const struct doc_actor *da;
	enum text_actor_kind k;
	guint		 i, j;
	int		 a, e;

	if (doc == NULL || doc->meta.actors == NULL)
		return;
	for (i = 0; i < doc->meta.actors->len; i++) {
		da = g_ptr_array_index(doc->meta.actors, i);
		if (da->name == NULL || da->name[0] == '\0')
			continue;
		e = r->lex != NULL ? lex_find(r->lex, da->name) : -1;
		if (e >= 0 && (da->kind == NULL ||
		    strcmp(da->kind, "person") != 0)) {
			a = tm_gaz_actor(r, e);
		} else {
			k = TA_PERSON;
			if (da->kind != NULL && strcmp(da->kind, "state") == 0)
				k = TA_STATE;
			else if (da->kind != NULL &&
			    strcmp(da->kind, "org") == 0)
				k = TA_ORG;
			a = actor_new(r, da->name, k, -1);
		}
		for (j = 0; da->aliases != NULL && j < da->aliases->len; j++)
			g_hash_table_insert(r->byname, tm_key(r,
			    g_ptr_array_index(da->aliases, j)),
			    GINT_TO_POINTER(a + 1));
	}
}

/* The gazetteer's forms counted over the whole text, for the
 * ambiguous ones ("Korea"). */
static void
count_forms(struct run *r)
{
	const struct phrase *ph;
	guint		 s, i;

	for (s = 0; s < r->t->sentences->len; s++) {
		at_word(r, s);
		for (i = 0; i < nw(r); i++)
			if ((ph = lex_match(r->lex, (const struct tok *)
			    r->toks->data, nw(r), i)) != NULL)
				r->gazn[ph->entry]++;
	}
}

static int
by_start(gconstpointer a, gconstpointer b)
{
	const struct text_mention *x = a, *y = b;

	if (x->tstart != y->tstart)
		return x->tstart < y->tstart ? -1 : 1;
	return x->tend < y->tend ? -1 : x->tend > y->tend;
}

/* Words of a name ("Kim Jong-un": 3). */
static guint
name_words(const char *s, size_t n)
{
	guint	k = 1;
	size_t	i;

	for (i = 0; i < n; i++)
		k += s[i] == ' ' || s[i] == '-';
	return k;
}

void
text_mentions(struct text *t, const struct doc *doc, const struct lex *lex)
{
	struct run	 r;
	struct text_mention *m;
	const struct text_actor *a;
	guint		 s, i;

	memset(&r, 0, sizeof(r));
	r.t = t;
	r.lang = t->lang;
	r.lex = lex;
	r.toks = g_array_new(FALSE, FALSE, sizeof(struct tok));
	r.at = g_array_new(FALSE, FALSE, sizeof(guint));
	r.atend = g_array_new(FALSE, FALSE, sizeof(guint));
	r.cover = g_array_new(FALSE, TRUE, sizeof(int));
	r.chunk = g_string_chunk_new(4096);
	r.keep = g_string_chunk_new(1024);
	r.info = g_array_new(FALSE, TRUE, sizeof(struct ainfo));
	r.byname = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	r.surnames = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    (GDestroyNotify)g_array_unref);
	r.cands = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    cand_free);
	r.bodies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    cand_free);
	r.acros = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	r.given = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	r.parts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	r.ngaz = lex != NULL ? lex->entries->len : 0;
	r.gaz = g_new(int, r.ngaz + 1);
	r.gazn = g_new0(guint, r.ngaz + 1);
	for (i = 0; i < r.ngaz; i++)
		r.gaz[i] = -1;
	r.last_person = r.last_state = r.last_org = -1;
	r.plural_sent = G_MAXUINT;
	r.nouns_cap = doc != NULL && doc->meta.lang != NULL &&
	    g_ascii_strncasecmp(doc->meta.lang, "de", 2) == 0;
	front_actors(&r, doc);
	if (lex != NULL)
		count_forms(&r);
	for (s = 0; s < t->sentences->len; s++)
		sentence(&r, s);
	g_array_sort(t->mentions, by_start);
	/* a person's shorter forms, now that the fullest is known */
	for (i = 0; i < t->mentions->len; i++) {
		m = &g_array_index(t->mentions, struct text_mention, i);
		a = text_actor(t, m->actor);
		if (a->kind == TA_PERSON && !(m->flags & (TM_PRONOUN |
		    TM_ROLE)) && name_words(t->str->str + m->tstart,
		    m->tend - m->tstart) < name_words(a->name,
		    strlen(a->name)))
			m->flags |= TM_SHORT;
	}
	g_free(r.gaz);
	g_free(r.gazn);
	g_hash_table_destroy(r.surnames);
	g_hash_table_destroy(r.cands);
	g_hash_table_destroy(r.bodies);
	g_hash_table_destroy(r.acros);
	g_hash_table_destroy(r.given);
	g_hash_table_destroy(r.parts);
	g_hash_table_destroy(r.byname);
	g_array_free(r.info, TRUE);
	g_string_chunk_free(r.keep);
	g_string_chunk_free(r.chunk);
	g_array_free(r.cover, TRUE);
	g_array_free(r.atend, TRUE);
	g_array_free(r.at, TRUE);
	g_array_free(r.toks, TRUE);
}

/*
 * The words of sentence s in r->toks, each mapped to the tokens it
 * covers (a linear walk: both are in text order).  Returns their
 * number.
 */
static guint
at_word(struct run *r, guint s)
{
	const struct text_sentence *se = text_sent(r->t, s);
	const struct tok *w;
	guint		 i, j = se->first_token, end, last;

	g_array_set_size(r->toks, 0);
	g_string_chunk_clear(r->chunk);
	r->base = se->tstart;
	lex_words(r->lex, r->t->str->str + se->tstart, se->tend - se->tstart,
	    r->toks, r->chunk);
	if (is_lang(r))
		tm_lang_words(r);
	g_array_set_size(r->at, r->toks->len);
	g_array_set_size(r->atend, r->toks->len);
	g_array_set_size(r->cover, 0);
	g_array_set_size(r->cover, r->toks->len);
	end = se->first_token + se->ntokens;
	for (i = 0; i < r->toks->len; i++) {
		w = W(r, i);
		while (j + 1 < end && text_tok(r->t, j)->tend <= r->base + w->s)
			j++;
		g_array_index(r->at, guint, i) = j;
		last = j;
		while (last + 1 < end && text_tok(r->t, last)->tend <
		    r->base + w->e)
			last++;
		g_array_index(r->atend, guint, i) = last;
	}
	return r->toks->len;
}

/* Actors: new ones, those of the gazetteer. */

static int
actor_new(struct run *r, const char *name, enum text_actor_kind kind,
    int gaz)
{
	struct text_actor *a = g_new0(struct text_actor, 1);
	struct ainfo	 in;
	char		*key;

	a->name = g_strdup(name);
	a->kind = kind;
	a->state = -1;
	a->gaz = gaz;
	a->first = (size_t)-1;
	g_ptr_array_add(r->t->actors, a);
	memset(&in, 0, sizeof(in));
	g_array_append_val(r->info, in);
	key = tm_key(r, name);
	if (!g_hash_table_contains(r->byname, key))
		g_hash_table_insert(r->byname, key,
		    GINT_TO_POINTER(r->t->actors->len));
	else
		g_free(key);
	return (int)r->t->actors->len - 1;
}

static int	 person_new(struct run *, const char *, const char *, int);

int
tm_org_actor(struct run *r, const char *name)
{
	char	*key = tm_key(r, name);
	int	 a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;

	g_free(key);
	return a >= 0 ? a : actor_new(r, name, TA_ORG, -1);
}

/* The actor of gazetteer entry e (made on first use). */
int
tm_gaz_actor(struct run *r, int e)
{
	const struct gaz_entry *g;
	enum text_actor_kind k;
	int		 a, link;

	if (e < 0 || (guint)e >= r->ngaz)
		return -1;
	if (r->gaz[e] >= 0)
		return r->gaz[e];
	g = g_ptr_array_index(r->lex->entries, e);
	switch (g->kind) {
	case GAZ_STATE:
		k = TA_STATE;
		break;
	case GAZ_ORG:
		k = TA_ORG;
		break;
	case GAZ_PERSON:
		link = g->link;
		a = person_new(r, g->name, NULL, e);
		r->gaz[e] = a;
		if (link >= 0)
			((struct text_actor *)g_ptr_array_index(r->t->actors,
			    a))->state = tm_gaz_actor(r, link);
		return a;
	default:
		return -1;
	}
	a = actor_new(r, g->name, k, e);
	r->gaz[e] = a;
	return a;
}

/* A mention of actor a over words [i, j) of the sentence, in m. */
static void
make_mention(struct run *r, guint i, guint j, int a, unsigned flags,
    struct text_mention *mp)
{
	struct text_mention m;
	const struct text_token *k0, *k1;
	const char	*sfx;
	size_t		 cut;
	guint		 k;

	memset(&m, 0, sizeof(m));
	m.first_token = g_array_index(r->at, guint, i);
	k = g_array_index(r->atend, guint, j - 1);
	m.ntokens = k - m.first_token + 1;
	k0 = text_tok(r->t, m.first_token);
	k1 = text_tok(r->t, k);
	m.tstart = r->base + W(r, i)->s;
	/* "l'ONU": from the elision cut off it (tm_lang_words), where the
	 * words of the gazetteer start */
	if (is_lang(r) && i > 0 && W(r, i - 1)->e == W(r, i)->s &&
	    g_str_has_suffix(W(r, i - 1)->low, "'"))
		m.tstart = r->base + W(r, i - 1)->s;
	m.tend = r->base + W(r, j - 1)->e;
	m.start = k0->start;
	m.end = k1->end;
	/* "Russia's": the source without the possessive, where the token
	 * maps byte for byte or only its apostrophe was rewritten */
	if (m.tend < k1->tend && m.tend >= k1->tstart) {
		cut = k1->tend - m.tend;
		sfx = r->t->str->str + m.tend;
		if (k1->tend - k1->tstart == k1->end - k1->start)
			m.end -= cut;
		else if (cut == 4 && memcmp(sfx, "\xE2\x80\x99", 3) == 0 &&
		    (k1->tend - k1->tstart) - (k1->end - k1->start) == 2)
			m.end -= 2;
	}
	m.sentence = r->sent;
	m.actor = a;
	m.flags = flags;
	if (W(r, j - 1)->f & TOK_POSS)
		m.flags |= TM_POSS;
	*mp = m;
}

/* Append mention m of its actor. */
static void
push_mention(struct run *r, const struct text_mention *m)
{
	struct text_actor *ac = g_ptr_array_index(r->t->actors, m->actor);
	guint		 k;
	int		 a = m->actor;

	g_array_append_val(r->t->mentions, *m);
	I(r, a)->last = r->t->mentions->len;
	if (ac->mentions++ == 0 || m->start < ac->first)
		ac->first = m->start;
	if (I(r, a)->seen < (int)m->sentence + 1)
		I(r, a)->seen = (int)m->sentence + 1;
	if (ac->kind == TA_PERSON && !(m->flags & (TM_PRONOUN | TM_ROLE)) &&
	    name_words(r->t->str->str + m->tstart, m->tend - m->tstart) > 1 &&
	    I(r, a)->fullseen < (int)m->sentence + 1)
		I(r, a)->fullseen = (int)m->sentence + 1;
	switch (ac->kind) {
	case TA_PERSON:
		r->last_person = a;
		for (k = 0; k < r->nrecent && k < RECENT; k++)
			if (r->recent[(r->nrecent - 1 - k) % RECENT] == a)
				break;
		if (k > 0 || r->nrecent == 0)
			r->recent[r->nrecent++ % RECENT] = a;
		break;
	case TA_STATE:
		r->last_state = a;
		break;
	default:
		r->last_org = a;
		break;
	}
}

/* Record a mention of actor a over words [i, j) of the sentence. */
int
tm_add_mention(struct run *r, guint i, guint j, int a, unsigned flags)
{
	struct text_mention m;
	guint		 k;

	make_mention(r, i, j, a, flags, &m);
	push_mention(r, &m);
	/* "Russia and (the) NATO": a plural "they" may stand for */
	k = i >= 1 && strcmp(W(r, i - 1)->low, "the") == 0 ? i - 1 : i;
	if (k >= 2 && strcmp(W(r, k - 1)->low, "and") == 0 &&
	    !ends(r, k - 2) && covered(r, k - 2) != NULL &&
	    covered(r, k - 2)->actor != a) {
		r->plural = r->t->mentions->len;
		r->plural_sent = r->sent;
	}
	for (k = i; k < j; k++)
		g_array_index(r->cover, int, k) = (int)r->t->mentions->len;
	return (int)r->t->mentions->len - 1;
}

/* The actor last mentioned of last, if seen in the last n sentences. */
int
tm_near(const struct run *r, int a, guint n)
{
	if (a < 0 || I(r, a)->seen == 0 ||
	    (guint)I(r, a)->seen - 1 + n < r->sent)
		return -1;
	return a;
}


/* --- persons -------------------------------------------------------------- */

/* The persons named by surname key, or NULL. */
static GArray *
by_surname(const struct run *r, const char *key)
{
	return g_hash_table_lookup(r->surnames, key);
}

static void
add_surname(struct run *r, const char *key, int a)
{
	GArray	*ids = by_surname(r, key);
	guint	 k;

	if (ids == NULL) {
		ids = g_array_new(FALSE, FALSE, sizeof(int));
		g_hash_table_insert(r->surnames,
		    g_string_chunk_insert_const(r->keep, key), ids);
	}
	for (k = 0; k < ids->len; k++)
		if (g_array_index(ids, int, k) == a)
			return;
	g_array_append_val(ids, a);
}

/* The person of surname key mentioned last (or added last), or -1. */
static int
surname_last(const struct run *r, const char *key)
{
	const GArray	*ids = by_surname(r, key);
	guint		 k;
	int		 best = -1, p;

	for (k = 0; ids != NULL && k < ids->len; k++) {
		p = g_array_index(ids, int, k);
		if (best < 0 || I(r, p)->seen >= I(r, best)->seen)
			best = p;
	}
	return best;
}

int
tm_surname_person(const struct run *r, guint i)
{
	return surname_last(r, W(r, i)->key);
}

/* Person p was named in full in this sentence or in the previous one
 * of the same paragraph. */
static int
just_named(const struct run *r, int p)
{
	guint	fs = (guint)I(r, p)->fullseen;

	if (fs == 0 || fs > r->sent + 1)
		return 0;
	if (fs == r->sent + 1)
		return 1;
	return fs == r->sent && text_sent(r->t, r->sent - 1)->block ==
	    text_sent(r->t, r->sent)->block;
}

/*
 * The person surname key stands for, of the given GENDER_* (none: any),
 * or -1.  Of several persons of that name, the one just named in full
 * ("Kim Yong Chol arrived.  Mr Kim..."), else the one the text mentions
 * most: the person the story is about, who keeps the short name when
 * another of the name passes ("the late Kim Jong Il" in a story about
 * Kim Jong Un); the last seen on a tie.
 */
static int
surname_person(const struct run *r, const char *key, int gender)
{
	const GArray	*ids = by_surname(r, key);
	guint		 k;
	int		 best = -1, p, jb, jp;

	for (k = 0; ids != NULL && k < ids->len; k++) {
		p = g_array_index(ids, int, k);
		if (gender != GENDER_NONE && I(r, p)->gender != GENDER_NONE &&
		    I(r, p)->gender != gender)
			continue;
		if (best < 0) {
			best = p;
			continue;
		}
		jb = just_named(r, best);
		jp = just_named(r, p);
		if (jp != jb) {
			if (jp)
				best = p;
			continue;
		}
		if (jp ? I(r, p)->fullseen >= I(r, best)->fullseen :
		    A(r, p)->mentions > A(r, best)->mentions ||
		    (A(r, p)->mentions == A(r, best)->mentions &&
		    I(r, p)->seen >= I(r, best)->seen))
			best = p;
	}
	return best;
}

/* The surname of a full name: the first word of "Kim Jong Un", else
 * the last ("Mohamed Bazoum", "Abdel Fattah el-Sisi"). */
static char *
surname_of(const char *name)
{
	const char	*sp = strchr(name, ' '), *last;
	char		*first, *low;
	int		 ff;

	if (sp == NULL)
		return g_strdup(name);
	/* "Smith of Kelvin": a peer; "Felipe VI": a king */
	if ((last = strstr(name, " of ")) != NULL)
		return g_strndup(name, (gsize)(last - name));
	last = strrchr(name, ' ') + 1;
	if (strspn(last, "IVX") == strlen(last) && strlen(last) > 1)
		return g_strndup(name, (gsize)(sp - name));
	first = g_strndup(name, (gsize)(sp - name));
	low = g_ascii_strdown(first, -1);
	ff = 0;
	for (const char *const *l = tm_family_first; *l != NULL; l++)
		ff |= strcmp(low, *l) == 0;
	g_free(low);
	/* "Moon Jae-in": a given name of two joined syllables */
	if (!ff && (last = strrchr(name, '-')) != NULL && last > sp &&
	    strchr(sp + 1, ' ') == NULL && g_ascii_islower(last[1]))
		ff = 1;
	if (ff)
		return first;
	g_free(first);
	return g_strdup(strrchr(name, ' ') + 1);
}

/* Remember the first word of person a's full name as a given name
 * ("Abiy" of "Abiy Ahmed"); a word two persons share names neither. */
static void
add_given(struct run *r, int a, const char *name, const char *surname)
{
	const char	*sp = strchr(name, ' ');
	char		*first;
	gpointer	 v;

	if (sp == NULL)
		return;
	first = g_strndup(name, (gsize)(sp - name));
	if (strcmp(first, surname) == 0 || strchr(first, '.') != NULL) {
		g_free(first);		/* "Kim Jong Un", "George W." */
		return;
	}
	v = g_hash_table_lookup(r->given, first);
	if (v == NULL)
		g_hash_table_insert(r->given, first, GINT_TO_POINTER(a + 1));
	else {
		if (GPOINTER_TO_INT(v) != a + 1)
			g_hash_table_insert(r->given, g_strdup(first),
			    GINT_TO_POINTER(-1));
		g_free(first);
	}
}

/*
 * The person whose given name key is ("Abiy" after "Abiy Ahmed"): the
 * one person of the text whose full name opens with it, when no person
 * has it as a surname; else -1.
 */
static int
given_person(const struct run *r, const char *key)
{
	int	v = GPOINTER_TO_INT(g_hash_table_lookup(r->given, key));

	if (v <= 0 || by_surname(r, key) != NULL)
		return -1;
	return v - 1;
}

/*
 * In Spanish, French and German, the runs of two words or more of
 * person a's name of three or more: "Ali Bongo" and "Bongo Ondimba" of
 * "Ali Bongo Ondimba", "López Obrador" of "Andrés Manuel López
 * Obrador" (two surnames, two given names); a run two persons share
 * names neither.
 */
static void
add_parts(struct run *r, int a, const char *name)
{
	char	**w, *run, *key, *save;
	guint	 n, i, j;
	gpointer v;

	if (!is_lang(r))
		return;
	w = g_strsplit(name, " ", NAME_WORDS + 1);
	n = g_strv_length(w);
	for (i = 0; n >= 3 && n <= NAME_WORDS && i < n; i++)
		for (j = i + 2; j <= n; j++) {
			if (i == 0 && j == n)
				continue;
			save = w[j];
			w[j] = NULL;
			run = g_strjoinv(" ", w + i);
			w[j] = save;
			key = tm_key(r, run);
			g_free(run);
			v = g_hash_table_lookup(r->parts, key);
			if (v == NULL)
				g_hash_table_insert(r->parts, key,
				    GINT_TO_POINTER(a + 1));
			else {
				if (GPOINTER_TO_INT(v) != a + 1)
					g_hash_table_insert(r->parts, key,
					    GINT_TO_POINTER(-1));
				else
					g_free(key);
			}
		}
	g_strfreev(w);
}

/* The person whose name has name as a part (add_parts), or -1. */
static int
part_person(const struct run *r, const char *name)
{
	char	*key = tm_key(r, name);
	int	 v = GPOINTER_TO_INT(g_hash_table_lookup(r->parts, key));

	g_free(key);
	return v > 0 ? v - 1 : -1;
}

/* A new person named name (surname: computed when NULL). */
static int
person_new(struct run *r, const char *name, const char *surname, int gaz)
{
	char		*sn = surname != NULL ? g_strdup(surname) :
			    surname_of(name);
	const char	*h;
	int		 a;

	a = actor_new(r, name, TA_PERSON, gaz);
	add_parts(r, a, name);
	I(r, a)->surname = g_string_chunk_insert_const(r->keep, sn);
	I(r, a)->full = strchr(name, ' ') != NULL;
	add_surname(r, sn, a);
	add_given(r, a, name, sn);
	/* "al-Assad" is also "Assad" */
	if ((h = strchr(sn, '-')) != NULL && g_ascii_islower(sn[0]) &&
	    h[1] != '\0')
		add_surname(r, h + 1, a);
	g_free(sn);
	return a;
}

/* Person a gets the fuller name ("Mr Kim", then "Kim Jong Un"). */
static void
person_rename(struct run *r, int a, const char *name)
{
	struct text_actor *ac = g_ptr_array_index(r->t->actors, a);

	g_free(ac->name);
	ac->name = g_strdup(name);
	add_parts(r, a, name);
	I(r, a)->full = 1;
	g_hash_table_insert(r->byname, tm_key(r, name),
	    GINT_TO_POINTER(a + 1));
	if (I(r, a)->surname != NULL)
		add_given(r, a, name, I(r, a)->surname);
}

/* Words i..j of a name as it is written ("Kim Jong-un"). */
char *
tm_name_text(const struct run *r, guint i, guint j)
{
	GString	*s = g_string_new(NULL);
	guint	 k;

	for (k = i; k < j; k++) {
		if (k > i)
			g_string_append_c(s, (W(r, k)->f & TOK_JOINED) ?
			    '-' : ' ');
		g_string_append(s, W(r, k)->key);
	}
	return g_string_free(s, FALSE);
}


static void
cand_free(gpointer p)
{
	struct cand	*c = p;

	g_free(c->name);
	g_array_free(c->ments, TRUE);
	g_free(c);
}

/* Remember the full name at words [i, j), under key in table h. */
static void
cand_put(struct run *r, GHashTable *h, const char *key, const char *name,
    guint i, guint j)
{
	struct cand	*c = g_hash_table_lookup(h, key);
	struct text_mention m;

	if (c == NULL) {
		c = g_new0(struct cand, 1);
		c->name = g_strdup(name);
		c->ments = g_array_new(FALSE, FALSE, sizeof(m));
		g_hash_table_insert(h, g_strdup(key), c);
	} else if (strcmp(c->name, name) != 0 ||
	    c->ments->len >= CAND_MENTIONS)
		return;
	make_mention(r, i, j, -1, 0, &m);
	g_array_append_val(c->ments, m);
	c->subject |= tm_verb_after(r, j);
}

static void
cand_add(struct run *r, const char *key, const char *name, guint i, guint j)
{
	cand_put(r, r->cands, key, name, i, j);
}

/* A body's name seen once at words [i, j) (see tm_org_run). */
void
tm_body_note(struct run *r, const char *name, guint i, guint j)
{
	cand_put(r, r->bodies, name, name, i, j);
}

/* The body named name seen before, now an organisation with its first
 * mentions; -1 if it was not seen. */
int
tm_body_take(struct run *r, const char *name)
{
	struct cand	*c = g_hash_table_lookup(r->bodies, name);
	struct text_mention *m;
	guint		 k;
	int		 a;

	if (c == NULL)
		return -1;
	a = tm_org_actor(r, name);
	for (k = 0; k < c->ments->len; k++) {
		m = &g_array_index(c->ments, struct text_mention, k);
		m->actor = a;
		push_mention(r, m);
	}
	g_hash_table_remove(r->bodies, name);
	return a;
}

/*
 * The full name before word j was seen before, and one of the two
 * stands before a finite verb: a person ("Gotabaya Rajapaksa won ...
 * Gotabaya Rajapaksa fled"), a place is seldom a subject twice named.
 */
static int
twice(const struct run *r, const char *key, const char *full, guint j)
{
	const struct cand *c = g_hash_table_lookup(r->cands, key);

	return c != NULL && strchr(full, ' ') != NULL &&
	    strcmp(c->name, full) == 0 && (c->subject ||
	    tm_verb_after(r, j));
}

/* The person of the candidate of surname key, with its mentions, or
 * -1 when there is none. */
static int
cand_take(struct run *r, const char *key)
{
	struct cand	*c = g_hash_table_lookup(r->cands, key);
	struct text_mention *m;
	guint		 k;
	int		 a;

	if (c == NULL)
		return -1;
	a = person_new(r, c->name, key, -1);
	for (k = 0; k < c->ments->len; k++) {
		m = &g_array_index(c->ments, struct text_mention, k);
		m->actor = a;
		push_mention(r, m);
	}
	g_hash_table_remove(r->cands, key);
	return a;
}

/* A word of a name: capitalised, with a lower-case letter unless an
 * initial ("W."); not an acronym ("NATO"). */
int
tm_name_word(const struct run *r, guint i)
{
	const char	*k = W(r, i)->key;

	if (!cap(r, i) || nonname(r, i))
		return 0;
	if (W(r, i)->f & TOK_ABBR)
		return strlen(k) <= 3;
	/* es, fr, de: "FPÖ", "ÉTA" are acronyms too; a letter outside
	 * ASCII counts by its case */
	if (is_lang(r)) {
		for (; *k != '\0'; k = g_utf8_next_char(k))
			if (g_unichar_islower(g_utf8_get_char(k)))
				return 1;
		return 0;
	}
	for (; *k != '\0'; k++)
		if (g_ascii_islower(*k) || (unsigned char)*k >= 0x80)
			return 1;
	return 0;
}

/*
 * The run of capitalised words at word i: a person when the context
 * says so or the name is known.  Returns the number of words consumed.
 */
static guint
name_run(struct run *r, guint i)
{
	const struct phrase *ph;
	GString		*chain;
	guint		 j, n = nw(r), words = 0, k;
	char		*full, *key;
	int		 a, p, qual = -1, ctx, orgish = 0, titled;

	if (!tm_name_word(r, i) && !(cap(r, i) && is_in(r, i, tm_word_names) &&
	    i > 0 && is_title(r, i - 1) && !ends(r, i - 1)))
		return 0;
	/* "der Zweiten Republik": a period's name, no person's */
	if (is_lang(r) && tm_lang_ordinal(r, i)) {
		for (j = i + 1; j < n && !ends(r, j - 1) && cap(r, j); j++)
			;
		return j - i;
	}
	/* "Separately", "Later": a sentence's first word, no name */
	if (i == 0 && strlen(W(r, i)->low) > 4 &&
	    g_str_has_suffix(W(r, i)->low, "ly") && !ends(r, i))
		return 1;
	for (j = i; j < n; j++) {
		if (j > i) {
			if (ends(r, j - 1))
				break;
			/* "al-Bashir": the word after a particle counts */
			if (W(r, j)->f & TOK_JOINED) {
				if (is_in(r, j - 1, tm_particles) &&
				    (W(r, j - 1)->f & TOK_LOWER))
					words++;
				continue;
			}
			if (is_in(r, j, tm_particles) &&
			    (W(r, j)->f & TOK_LOWER) && j + 1 < n &&
			    !ends(r, j) && cap(r, j + 1))
				continue;
			/* "Felipe VI": a regnal number */
			if (tm_roman(r, j)) {
				words++;
				j++;
				break;
			}
			/* "Lord Smith of Kelvin": a peer's seat */
			if (j == i + 1 && strcmp(W(r, j)->low, "of") == 0 &&
			    i > 0 && is_in(r, i - 1, tm_peers) && j + 1 < n &&
			    tm_name_word(r, j + 1)) {
				words += 2;
				j += 2;
				break;
			}
			if (!tm_name_word(r, j) && !(cap(r, j) &&
			    is_in(r, j, tm_word_names)))
				break;
			if (r->lex != NULL && (ph = lex_match(r->lex,
			    (const struct tok *)r->toks->data, n, j)) != NULL &&
			    !(ph->flags & PH_PERSONLIKE))
				break;
		}
		orgish |= is_in(r, j, tm_org_words);
		words++;
	}
	if (words > NAME_WORDS || r->heading)
		goto known;
	chain = g_string_new(NULL);
	titled = tm_title_before(r, i, &qual, chain);
	full = tm_name_text(r, i, j);
	key = tm_key(r, full);
	a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
	g_free(key);
	/* "Ali Bongo" after "Ali Bongo Ondimba" */
	if (a < 0 && words >= 2 && is_lang(r))
		a = part_person(r, full);
	ctx = titled > 0 ||
	    (i > 0 && is_in(r, i - 1, tm_speech) && !ends(r, i - 1) &&
	    (W(r, i - 1)->f & TOK_LOWER)) ||
	    (i > 1 && strcmp(W(r, i - 2)->low, "according") == 0 &&
	    strcmp(W(r, i - 1)->low, "to") == 0);
	if (a < 0 && words == 1) {
		a = surname_person(r, W(r, i)->key, i > 0 &&
		    !ends(r, i - 1) ? tm_gender(r, i - 1) : GENDER_NONE);
		/* "Abiy" after "Abiy Ahmed": a given name alone */
		if (a < 0)
			a = given_person(r, W(r, i)->key);
		/* "Svetlana Tsikhanouskaya, ..." then "Tsikhanouskaya
		 * went": a full name is a person when its surname comes
		 * back alone */
		if (a < 0 && !orgish && !is_stop(r, i) && !r->nouns_cap &&
		    (i == 0 || (!is_in(r, i - 1, (const char *const[]){
		    "the", "a", "an", NULL }) && (ends(r, i - 1) ||
		    !cap(r, i - 1) || is_title(r, i - 1)))))
			a = cand_take(r, full);
		/* "May", "Will": a surname that is a word needs a title */
		if (a >= 0 && titled != 2 && is_stop(r, i))
			a = -1;
		/* a new one-word name only after an honorific or a
		 * capitalised title: "Mr Touray", "President Touray" */
		if (a < 0 && titled == 2 && i > 0 && (is_in(r, i - 1,
		    tm_honorifics) || cap(r, i - 1)) && !orgish &&
		    !r->nouns_cap &&
		    (a = cand_take(r, full)) < 0)
			a = person_new(r, full, NULL, -1);
	} else if (a < 0 && !orgish) {
		if (!ctx && j < n && !ends(r, j - 1) &&
		    is_in(r, j, tm_speech) && (W(r, j)->f & TOK_LOWER))
			ctx = 1;
		/* "X, who was appointed": a person; "Crimean Tatars,
		 * who": a people */
		if (!ctx && j < n && (W(r, j - 1)->f & TOK_COMMA) &&
		    strcmp(W(r, j)->low, "who") == 0) {
			if (tm_people(r, i, j)) {
				a = actor_new(r, full, TA_GROUP, -1);
				g_free(full);
				g_string_free(chain, TRUE);
				tm_add_mention(r, i, j, a, 0);
				return j - i;
			}
			ctx = 1;
		}
		if (!ctx)
			ctx = tm_title_aside(r, i, j) || tm_led_by(r, i) ||
			    tm_as_title(r, j) || tm_paired(r, j);
		if (!ctx && is_lang(r)) {
			int q3;

			ctx = tm_lang_speech(r, i, j) ||
			    tm_lang_aside(r, i, j, &q3) ||
			    tm_lang_person(r, i, j);
		}
		if (!ctx) {
			GString *c2 = g_string_new(NULL);
			int q2;

			ctx = tm_apposition(r, j, &q2, c2);
			g_string_free(c2, TRUE);
			/* "En Santa Cruz, el líder cívico Luis Camacho" */
			if (ctx && is_lang(r) && tm_lang_next_name(r, j))
				ctx = 0;
		}
		key = surname_of(full);
		a = surname_last(r, key);
		if (a >= 0 && I(r, a)->full)
			a = -1;
		/* "Wladimir Putin": the gazetteer's Vladimir Putin */
		if (a < 0 && (p = tm_gaz_namesake(r, full, key)) >= 0)
			a = tm_gaz_actor(r, p);
		else if (a >= 0)
			person_rename(r, a, full);
		else if (ctx)
			a = person_new(r, full, key, -1);
		else if (words <= 4 && twice(r, key, full, j))
			a = cand_take(r, key);
		else if (words <= 4)
			cand_add(r, key, full, i, j);
		g_free(key);
	}
	g_string_free(chain, TRUE);
	g_free(full);
	if (a < 0)
		return j - i;
	tm_add_mention(r, i, j, a, 0);
	/* "Mr Kim", "Queen Rania": the gender, for the pronouns */
	if (A(r, a)->kind == TA_PERSON && i > 0 && !ends(r, i - 1) &&
	    I(r, a)->gender == GENDER_NONE)
		I(r, a)->gender = tm_gender(r, i - 1);
	if (A(r, a)->kind == TA_PERSON)
		tm_context(r, a, i, j);
	if (A(r, a)->kind == TA_PERSON && is_lang(r))
		j += tm_lang_party(r, j);
	return j - i;
known:
	/* in a heading or a long run: only the persons already named */
	full = tm_name_text(r, i, j);
	key = tm_key(r, full);
	a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;
	g_free(key);
	g_free(full);
	if (a >= 0) {
		tm_add_mention(r, i, j, a, 0);
		return j - i;
	}
	for (k = i; k < j; k++)
		if (!is_stop(r, k) && !(W(r, k)->f & TOK_JOINED) &&
		    (k + 1 >= j || !(W(r, k + 1)->f & TOK_JOINED)) &&
		    (a = surname_person(r, W(r, k)->key,
		    GENDER_NONE)) >= 0)
			tm_add_mention(r, k, k + 1, a, 0);
	return j - i;
}

/* --- sentences ------------------------------------------------------------ */

static void
sentence(struct run *r, guint s)
{
	const struct text_sentence *se = text_sent(r->t, s);
	const struct text_block *b;
	guint		 i, n, len;
	unsigned	 flags;
	int		 a;

	r->sent = s;
	b = &g_array_index(r->t->blocks, struct text_block, se->block);
	r->heading = b->node != NULL && b->node->type == DOC_HEADING;
	n = at_word(r, s);
	for (i = 0; i < n;) {
		if (g_array_index(r->cover, int, i) != 0) {
			i++;
			continue;
		}
		if ((len = tm_refer(r, i)) > 0 ||
		    (len = tm_org_run(r, i)) > 0 ||
		    (is_lang(r) && (len = tm_lang_org(r, i)) > 0) ||
		    (is_lang(r) && (len = tm_lang_acro(r, i)) > 0) ||
		    (is_lang(r) && (len = tm_lang_outlet(r, i)) > 0)) {
			i += len;
			continue;
		}
		if (r->lex != NULL && (len = (guint)tm_gaz_match(r, i, &a,
		    &flags)) > 0) {
			if (a >= 0) {
				tm_add_mention(r, i, i + len, a, flags);
				if (A(r, a)->kind == TA_PERSON && !r->heading)
					tm_context(r, a, i, i + len);
			}
			i += len;
			continue;
		}
		if ((len = name_run(r, i)) > 0) {
			i += len;
			continue;
		}
		i++;
	}
}

/* --- freeing and dump ----------------------------------------------------- */

void
text_mentions_free(struct text *t)
{
	guint	i;

	for (i = 0; i < t->actors->len; i++)
		g_free(((struct text_actor *)g_ptr_array_index(t->actors,
		    i))->name);
}

static const char *const kind_names[] = {
	"state", "org", "person", "group"
};

static const char *
form_name(unsigned f)
{
	if (f & TM_PRONOUN)
		return "pronoun";
	if (f & TM_ROLE)
		return "role";
	if (f & TM_METONYM)
		return "metonym";
	if (f & TM_DEMONYM)
		return "demonym";
	if (f & TM_SHORT)
		return "short";
	return "name";
}

void
text_dump_mentions(const struct text *t, FILE *f)
{
	const struct text_actor *a;
	const struct text_mention *m;
	guint		 i;

	fputs("\"actors\": [", f);
	for (i = 0; i < t->actors->len; i++) {
		a = text_actor(t, (int)i);
		fprintf(f, "%s\n  {\"name\": ", i > 0 ? "," : "");
		text_json_slice(f, a->name, strlen(a->name));
		fprintf(f, ", \"kind\": \"%s\", \"state\": ",
		    kind_names[a->kind]);
		if (a->state >= 0)
			text_json_slice(f, text_actor(t, a->state)->name,
			    strlen(text_actor(t, a->state)->name));
		else
			fputs("null", f);
		fprintf(f, ", \"mentions\": %u}", a->mentions);
	}
	fputs(t->actors->len > 0 ? "\n],\n\"mentions\": [" :
	    "],\n\"mentions\": [", f);
	for (i = 0; i < t->mentions->len; i++) {
		m = text_mention(t, i);
		a = text_actor(t, m->actor);
		fprintf(f, "%s\n  {\"start\": %zu, \"end\": %zu, \"text\": ",
		    i > 0 ? "," : "", m->start, m->end);
		text_json_slice(f, t->str->str + m->tstart,
		    m->tend - m->tstart);
		fputs(", \"actor\": ", f);
		text_json_slice(f, a->name, strlen(a->name));
		fprintf(f, ", \"kind\": \"%s\", \"form\": \"%s\"}",
		    kind_names[a->kind], form_name(m->flags));
	}
	fputs(t->mentions->len > 0 ? "\n]" : "]", f);
}
