/* SPDX-License-Identifier: MIT */
/*
 * The persons of the mentions stage: their surnames and given names, a
 * name set aside until the text shows what it names (candidates), and
 * a run of capitalised words read as a person's name (tm_name_run).
 */
#include <string.h>

#include <glib.h>

#include "text_mention_int.h"

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
 * The runs of two words or more of person a's name of three or more
 * (looked up in English only after a particle, tm_name_run): "Ali Bongo" and "Bongo Ondimba" of
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

/* Word i is a surname's particle: "Le" of "Le Drian", "von", "bin". */
static int
particle(const struct run *r, guint i)
{
	static const char *const part[] = {
		"le", "la", "de", "del", "della", "da", "di", "du", "dos",
		"van", "von", "der", "ter", "bin", "ibn", "abu", "al", "el",
		NULL
	};

	return is_in(r, i, part);
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
int
tm_person_new(struct run *r, const char *name, const char *surname, int gaz)
{
	char		*sn = surname != NULL ? g_strdup(surname) :
			    surname_of(name);
	const char	*h;
	int		 a;

	a = tm_actor_new(r, name, TA_PERSON, gaz);
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


void
tm_cand_free(gpointer p)
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
	tm_make_mention(r, i, j, -1, 0, &m);
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
		tm_push_mention(r, m);
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
	a = tm_person_new(r, c->name, key, -1);
	for (k = 0; k < c->ments->len; k++) {
		m = &g_array_index(c->ments, struct text_mention, k);
		m->actor = a;
		tm_push_mention(r, m);
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
guint
tm_name_run(struct run *r, guint i)
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
	/* "Ali Bongo" after "Ali Bongo Ondimba"; in English only a
	 * surname that opens with its particle ("Le Drian" after
	 * "Jean-Yves Le Drian", "bin Salman") */
	if (a < 0 && words >= 2 && (is_lang(r) || particle(r, i)))
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
			a = tm_person_new(r, full, NULL, -1);
	} else if (a < 0 && !orgish) {
		if (!ctx && j < n && !ends(r, j - 1) &&
		    is_in(r, j, tm_speech) && (W(r, j)->f & TOK_LOWER))
			ctx = 1;
		/* "X, who was appointed": a person; "Crimean Tatars,
		 * who": a people */
		if (!ctx && j < n && (W(r, j - 1)->f & TOK_COMMA) &&
		    strcmp(W(r, j)->low, "who") == 0) {
			if (tm_people(r, i, j)) {
				a = tm_actor_new(r, full, TA_GROUP, -1);
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
			a = tm_person_new(r, full, key, -1);
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
