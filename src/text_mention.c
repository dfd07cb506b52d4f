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
static guint	 at_word(struct run *, guint);

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
			a = tm_actor_new(r, da->name, k, -1);
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
	    tm_cand_free);
	r.bodies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    tm_cand_free);
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
	r.last_person = r.last_state = r.last_org = r.junta = -1;
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

int
tm_actor_new(struct run *r, const char *name, enum text_actor_kind kind,
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

int
tm_org_actor(struct run *r, const char *name)
{
	char	*key = tm_key(r, name);
	int	 a = GPOINTER_TO_INT(g_hash_table_lookup(r->byname, key)) - 1;

	g_free(key);
	return a >= 0 ? a : tm_actor_new(r, name, TA_ORG, -1);
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
		a = tm_person_new(r, g->name, NULL, e);
		r->gaz[e] = a;
		if (link >= 0)
			((struct text_actor *)g_ptr_array_index(r->t->actors,
			    a))->state = tm_gaz_actor(r, link);
		return a;
	default:
		return -1;
	}
	a = tm_actor_new(r, g->name, k, e);
	r->gaz[e] = a;
	return a;
}

/* A mention of actor a over words [i, j) of the sentence, in m. */
void
tm_make_mention(struct run *r, guint i, guint j, int a, unsigned flags,
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
void
tm_push_mention(struct run *r, const struct text_mention *m)
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
		tm_lang_desc_seen(r, a);
		break;
	}
}

/* Record a mention of actor a over words [i, j) of the sentence. */
int
tm_add_mention(struct run *r, guint i, guint j, int a, unsigned flags)
{
	struct text_mention m;
	guint		 k;
	int		 ls = r->last_state;

	tm_make_mention(r, i, j, a, flags, &m);
	tm_push_mention(r, &m);
	/* "close a Turkish military base and curb its ties": a
	 * nationality that classifies a thing after "a" is no antecedent
	 * of "it" */
	if ((flags & TM_DEMONYM) && i >= 1 && (strcmp(W(r, i - 1)->low,
	    "a") == 0 || strcmp(W(r, i - 1)->low, "an") == 0))
		r->last_state = ls;
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
		    (is_lang(r) && (len = tm_lang_outlet(r, i)) > 0) ||
		    (is_lang(r) && (len = tm_lang_desc(r, i)) > 0)) {
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
		if ((len = tm_name_run(r, i)) > 0) {
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
