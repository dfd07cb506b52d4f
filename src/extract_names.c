/* SPDX-License-Identifier: MIT */
/*
 * The names of the diagram's actors as the text writes them (states,
 * organisations, persons), read after the layer's actors are given
 * their entries (extract.c) and before the relations; and the forms
 * that name no actor ("a Swiss bank", "talks in Vienna").
 */
#include <string.h>

#include <glib.h>

#include "extract_actors.h"
#include "extract_int.h"
#include "gazetteer.h"
#include "text.h"

/* The words of mention m as the text writes them, without a possessive
 * ("Britain's"); in g. */
static const char *
mention_form(struct run *r, const struct text_mention *m, GString *g)
{
	const char	*s = r->t->str->str;
	size_t		 n;

	g_string_truncate(g, 0);
	if (m->tend <= m->tstart || m->tend > r->t->str->len)
		return g->str;
	g_string_append_len(g, s + m->tstart, (gssize)(m->tend - m->tstart));
	n = g->len;
	if (n > 4 && strcmp(g->str + n - 4, "\xe2\x80\x99s") == 0)
		g_string_truncate(g, n - 4);
	else if (n > 2 && strcmp(g->str + n - 2, "'s") == 0)
		g_string_truncate(g, n - 2);
	else if (n > 3 && strcmp(g->str + n - 3, "\xe2\x80\x99") == 0)
		g_string_truncate(g, n - 3);
	else if (n > 1 && g->str[n - 1] == '\'')
		g_string_truncate(g, n - 1);
	return g->str;
}

/* A form fit to name an actor in the diagram: capitalised, with a
 * lower-case letter (not an acronym, "UK"), no period ("U.S."). */
static int
plain_form(const char *f)
{
	const unsigned char *p = (const unsigned char *)f;
	int		 lower = 0;

	if (*p < 'A' || *p > 'Z')
		return 0;
	for (; *p != '\0'; p++) {
		if (*p == '.' || *p == '\n')
			return 0;
		lower |= *p >= 'a' && *p <= 'z';
	}
	return lower;
}

/* Form f is the first or last words of name ("Wagner" of "Wagner
 * Group"): a short form, the name says more. */
static int
part_of(const char *name, const char *f)
{
	size_t	n = strlen(name), k = strlen(f);

	return k < n && ((strncmp(name, f, k) == 0 && name[k] == ' ') ||
	    (strcmp(name + n - k, f) == 0 && name[n - k - 1] == ' '));
}

/* A word of name is an acronym: "IMF", "UN Security Council". */
static int
acronym_in(const char *name)
{
	const char	*p = name;
	size_t		 n;

	while (*p != '\0') {
		for (n = 0; p[n] >= 'A' && p[n] <= 'Z'; n++)
			continue;
		if (n >= 2 && (p[n] == '\0' || p[n] == ' '))
			return 1;
		p += strcspn(p, " ");
		p += strspn(p, " ");
	}
	return 0;
}

/*
 * In a text in another language than English, an organisation the text
 * never names by the gazetteer's name when that is an English acronym
 * ("IMF", "OSCE") is named by its English official name ("International
 * Monetary Fund" for "FMI", "IWF"): the foreign acronym means nothing
 * to the diagram's reader, the English one is not the text's.
 */
static void
full_names(struct run *r)
{
	const struct text_mention *m;
	const struct text_actor *a;
	struct gaz_entry *g;
	GString		*f;
	const char	*n;
	guint		 i;
	int		 e, *seen;

	seen = g_new0(int, r->ents->len);
	f = g_string_new(NULL);
	for (i = 0; i < r->t->mentions->len; i++) {
		m = text_mention(r->t, i);
		if (m->actor < 0 || (guint)m->actor >= r->t->actors->len ||
		    (m->flags & (TM_PRONOUN | TM_ROLE)))
			continue;
		a = text_actor(r->t, m->actor);
		if (a->kind != TA_ORG || (e = r->aent[m->actor]) < 0 ||
		    G(r, e)->kind != GAZ_ORG || !G(r, e)->known ||
		    E(r, e)->fm)
			continue;
		mention_form(r, m, f);
		/* "la Nato": the text writes the name (-1) */
		if (g_ascii_strcasecmp(f->str, G(r, e)->name) == 0)
			seen[e] = -1;
		else if (seen[e] == 0)
			seen[e] = 1;
	}
	for (i = 0; i < r->ents->len; i++) {
		if (seen[i] != 1 || !acronym_in(G(r, (int)i)->name) ||
		    (n = G(r, (int)i)->full) == NULL)
			continue;
		g = g_ptr_array_index(r->lex->entries, i);
		g_free(g->name);
		g->name = g_strdup(n);
	}
	g_string_free(f, TRUE);
	g_free(seen);
}

/*
 * In an English text, a state the text never names (by a name, a
 * capital or an institution) but whose people it names ("Palestinian
 * leaders", "the Palestinians") is named by its people: the text
 * speaks of a people, not of a state.  Linear in the mentions.
 */
static void
people_names(struct run *r)
{
	const struct text_mention *m;
	struct gaz_entry *g;
	GString		*f;
	guint		 i;
	char		**people;
	int		 e, *named;

	named = g_new0(int, r->ents->len);
	people = g_new0(char *, r->ents->len);
	f = g_string_new(NULL);
	for (i = 0; i < r->t->mentions->len; i++) {
		m = text_mention(r->t, i);
		if (m->actor < 0 || (guint)m->actor >= r->t->actors->len ||
		    (m->flags & (TM_PRONOUN | TM_ROLE | TM_SHORT)) ||
		    text_actor(r->t, m->actor)->kind != TA_STATE ||
		    (e = r->aent[m->actor]) < 0 ||
		    G(r, e)->kind != GAZ_STATE)
			continue;
		if (!(m->flags & TM_DEMONYM)) {
			named[e] = 1;
			continue;
		}
		mention_form(r, m, f);
		/* "Palestinians", the plural of "Palestinian" */
		if (people[e] != NULL || f->len < 4 ||
		    f->str[f->len - 1] != 's')
			continue;
		g_string_truncate(f, f->len - 1);
		if (lex_find(r->lex, f->str) == e) {
			g_string_append_c(f, 's');
			people[e] = g_strdup(f->str);
		}
	}
	for (i = 0; i < r->ents->len; i++) {
		if (people[i] == NULL || named[i] || E(r, (int)i)->fm) {
			g_free(people[i]);
			continue;
		}
		g = g_ptr_array_index(r->lex->entries, i);
		g_free(g->name);
		g->name = people[i];
	}
	g_free(people);
	g_free(named);
	g_string_free(f, TRUE);
}

/*
 * In an English text, a state or organisation is named as the text
 * names it when it mostly uses another of its names than the
 * gazetteer's ("Britain", "Ivory Coast", "Burma"): the reader finds the
 * article's word in the diagram, and a person is placed under the state
 * the text names.  Only full names count (no capital, demonym,
 * institution, acronym or short form), and the form must make at least
 * half of the name's mentions and outnumber the gazetteer's name; the
 * front matter's names stay.  Linear in the mentions.
 */
void
extract_own_names(struct run *r)
{
	const struct text_mention *m;
	const struct text_actor *a;
	struct gaz_entry *g;
	GHashTable	*forms;		/* "entry\tform" -> count */
	GString		*f, *key;
	guint		*all, *best, *canon, i, c;
	char		**bestf;
	int		 e;

	if (r->t->lang != TEXT_EN || r->lc != NULL) {
		full_names(r);
		return;
	}
	people_names(r);
	forms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	all = g_new0(guint, r->ents->len);
	best = g_new0(guint, r->ents->len);
	canon = g_new0(guint, r->ents->len);
	bestf = g_new0(char *, r->ents->len);
	f = g_string_new(NULL);
	key = g_string_new(NULL);
	for (i = 0; i < r->t->mentions->len; i++) {
		m = text_mention(r->t, i);
		if (m->actor < 0 || (guint)m->actor >= r->t->actors->len ||
		    (m->flags & ~TM_POSS) != TM_NAME)
			continue;
		a = text_actor(r->t, m->actor);
		if ((a->kind != TA_STATE && a->kind != TA_ORG) ||
		    (e = r->aent[m->actor]) < 0 ||
		    (G(r, e)->kind != GAZ_STATE && G(r, e)->kind != GAZ_ORG))
			continue;
		mention_form(r, m, f);
		all[e]++;
		if (strcmp(f->str, G(r, e)->name) == 0) {
			canon[e]++;
			continue;
		}
		if (!plain_form(f->str) || E(r, e)->fm ||
		    part_of(G(r, e)->name, f->str))
			continue;
		g_string_printf(key, "%d\t%s", e, f->str);
		c = GPOINTER_TO_UINT(g_hash_table_lookup(forms, key->str)) + 1;
		g_hash_table_replace(forms, g_strdup(key->str),
		    GUINT_TO_POINTER(c));
		if (c > best[e]) {
			best[e] = c;
			g_free(bestf[e]);
			bestf[e] = g_strdup(f->str);
		}
	}
	for (i = 0; i < r->ents->len; i++) {
		if (bestf[i] == NULL || best[i] <= canon[i] ||
		    2 * best[i] < all[i])
			continue;
		g = g_ptr_array_index(r->lex->entries, i);
		g_free(g->name);
		g->name = bestf[i];
		bestf[i] = NULL;
	}
	for (i = 0; i < r->ents->len; i++)
		g_free(bestf[i]);
	g_free(bestf);
	g_free(canon);
	g_free(best);
	g_free(all);
	g_string_free(key, TRUE);
	g_string_free(f, TRUE);
	g_hash_table_destroy(forms);
}


/* --- persons' names as the text spells them ---------------------------- */

/* Word w of a name without its accents, case-folded: "Erdoğan" and
 * "Erdogan" are one word.  New. */
static char *
folded(const char *w, size_t n)
{
	char	*c = g_strndup(w, n), *a, *f;

	a = g_str_to_ascii(c, "C");
	f = g_ascii_strdown(a, -1);
	g_free(a);
	g_free(c);
	return f;
}

/* Folded words a and b are one, or differ by a letter in a word of
 * four letters or more ("zelenskiy", "zelensky"; "wladimir",
 * "vladimir"). */
static int
one_letter(const char *a, const char *b)
{
	size_t	n = strlen(a), m = strlen(b), i = 0, j = 0, d = 0;

	if (strcmp(a, b) == 0)
		return 1;
	if (n < 4 || m < 4)
		return 0;
	while (i < n && j < m && d <= 1) {
		if (a[i] == b[j]) {
			i++;
			j++;
			continue;
		}
		d++;
		i += n >= m;
		j += m >= n;
	}
	return d + (n - i) + (m - j) <= 1;
}

/*
 * The gazetteer's name of a person respelt as the text spells its
 * words when they differ in accents or a letter of a transcription
 * ("Recep Tayyip Erdoğan" in a text writing "Tayyip Erdogan": "Recep
 * Tayyip Erdogan"; "Volodymyr Zelenskiy"); NULL when the form's words
 * are not the name's.  New.
 */
static char *
respelt(const char *name, const char *form)
{
	gchar	**nw = g_strsplit(name, " ", -1);
	gchar	**fw = g_strsplit(form, " ", -1);
	GString	*g = g_string_new(NULL);
	guint	 nn = g_strv_length(nw), nf = g_strv_length(fw), k;
	char	*a, *b;
	int	 ok = nf > 0 && nf <= nn, changed = 0;

	/* the form is the name's last words ("Tayyip Erdogan") */
	for (k = 0; ok && k < nf; k++) {
		a = folded(nw[nn - nf + k], strlen(nw[nn - nf + k]));
		b = folded(fw[k], strlen(fw[k]));
		ok = one_letter(a, b);
		changed |= strcmp(nw[nn - nf + k], fw[k]) != 0;
		g_free(a);
		g_free(b);
	}
	for (k = 0; ok && changed && k < nn; k++) {
		if (k > 0)
			g_string_append_c(g, ' ');
		g_string_append(g, k >= nn - nf ? fw[k - (nn - nf)] : nw[k]);
	}
	g_strfreev(nw);
	g_strfreev(fw);
	if (!ok || !changed) {
		g_string_free(g, TRUE);
		return NULL;
	}
	return g_string_free(g, FALSE);
}

/*
 * A person of the gazetteer is named as the text spells the name when
 * it writes it without the gazetteer's accents or in another
 * transcription: the reader finds the article's spelling ("Tayyip
 * Erdogan", "Antonio Guterres", "Wladimir Putin").  The first full or
 * short form the text writes decides.  Linear in the mentions.
 */
void
extract_own_spelling(struct run *r)
{
	const struct text_mention *m;
	const struct text_actor *a;
	struct gaz_entry *g;
	GString		*f;
	guint		 i;
	char		*n;
	int		 e, *done;

	done = g_new0(int, r->ents->len);
	f = g_string_new(NULL);
	for (i = 0; i < r->t->mentions->len; i++) {
		m = text_mention(r->t, i);
		if (m->actor < 0 || (guint)m->actor >= r->t->actors->len ||
		    (m->flags & ~(TM_POSS | TM_SHORT)) != TM_NAME)
			continue;
		a = text_actor(r->t, m->actor);
		if (a->kind != TA_PERSON || (e = r->aent[m->actor]) < 0 ||
		    G(r, e)->kind != GAZ_PERSON || !G(r, e)->known ||
		    E(r, e)->fm || done[e])
			continue;
		done[e] = 1;
		mention_form(r, m, f);
		if ((n = respelt(G(r, e)->name, f->str)) == NULL)
			continue;
		g = g_ptr_array_index(r->lex->entries, e);
		g_free(g->name);
		g->name = n;
	}
	g_string_free(f, TRUE);
	g_free(done);
}

/* --- forms that name no actor ------------------------------------------ */

/* Word t is in the list. */
static int
in_list(const struct tok *t, const char *const *l)
{
	for (; *l != NULL; l++)
		if (strcmp(t->low, *l) == 0)
			return 1;
	return 0;
}

/*
 * The nouns after a nationality adjective or a capital that make it
 * name a government, its body or its act ("the Russian defence
 * ministry said", "British troops", "the Moscow government", "Iranian
 * pressure"); after other nouns it names a place or a people ("a Swiss
 * bank", "Polish adventurers").
 */
static const char *const body_nouns[] = {
	"government", "governments", "administration", "ministry",
	"ministries", "minister", "ministers", "official", "officials",
	"authorities", "leader", "leaders", "leadership", "president",
	"presidency", "premier", "prime", "chancellor", "king", "crown",
	"diplomat", "diplomats", "diplomacy", "envoy", "envoys",
	"ambassador", "embassy", "delegation", "negotiator", "negotiators",
	"troops", "soldiers", "army", "navy", "forces", "force", "military",
	"warplanes", "warships", "jets", "strike", "strikes", "attack",
	"attacks", "invasion", "offensive", "shelling", "sanctions",
	"spokesman", "spokeswoman", "spokesperson", "parliament",
	"lawmakers", "legislators", "senate", "congress", "court",
	"police", "intelligence", "security", "state", "regime", "side",
	"counterpart", "counterparts", "foreign", "defence", "defense",
	"interior", "cabinet", "junta", "mission", "consulate", "veto",
	"border", "guards", "coast", "commander", "commanders", "generals",
	"officers", "secretary", "prosecutors", "judiciary", "central",
	"proposal", "plan", "demand", "demands", "statement", "position",
	"request", "offer", "decision", "response", "warning", "threat",
	"pressure", "aggression", "support", "aid", "assistance", "backing",
	"help", "funding", "loans", "weapons", "arms",
	"recognition", "delegates", "negotiating", "counterpart's", NULL
};

/* The joined words after which a nationality names its state's act
 * ("Saudi-led", "Iranian-backed"); others name none ("Austrian-born",
 * "British-educated", "London-based"). */
static const char *const act_joins[] = {
	"led", "backed", "brokered", "sponsored", "funded", "supported",
	"armed", "controlled", "imposed", "mediated", "allied", NULL
};

/* Words before a capital that make it a place: "a London consultancy",
 * "talks in Vienna". */
static const char *const place_before[] = {
	"a", "an", "in", "at", "near", NULL
};

/* The layer names an actor at word j. */
static int
named_at(struct run *r, guint j)
{
	const struct lay *l = &g_array_index(r->lay, struct lay, j);

	return l->ent >= 0 || l->n == G_MAXUINT;
}

/* The lower-case words after k (at most 3, to a punctuation or a word
 * of a clause's grammar) hold a noun of body_nouns. */
static int
body_after(struct run *r, guint k, guint e)
{
	const struct tok *t;
	guint		 n;

	for (n = 0; k < e && n < 3; k++, n++) {
		t = T(r, k);
		/* "Malian interim President X", "a Chinese envoy" */
		if ((t->wc & WC_TITLE) || ((t->f & TOK_CAP) &&
		    (t->wc & WC_TMOD)))
			return 1;
		if (!(t->f & TOK_LOWER) || (t->wc & (WC_PREP | WC_DET |
		    WC_SUB | WC_AND | WC_AUX | WC_SPEECH | WC_STOP)))
			break;
		if (in_list(t, body_nouns))
			return 1;
		if (t->f & (TOK_PUNCT | TOK_POSS))
			break;
	}
	return 0;
}

/* The capitalised words from j hold a title ("Ukrainian Infrastructure
 * Minister"), not a name ("British Airways"): 3 words at most. */
static int
cap_title(struct run *r, guint j, guint e)
{
	const struct tok *t;
	guint		 k;

	for (k = j; k < e && k - j < 3; k++) {
		t = T(r, k);
		if (!(t->f & TOK_CAP))
			return 0;
		if (t->wc & (WC_TITLE | WC_TMOD))
			return 1;
		if (t->f & (TOK_PUNCT | TOK_POSS))
			return 0;
	}
	return 0;
}

/* Demonym t is a plural, a noun: "Russians" of "Russian". */
static int
plural(struct run *r, const struct tok *t)
{
	char	buf[64];
	size_t	n = strlen(t->key);

	if (n < 3 || n >= sizeof(buf) || t->key[n - 1] != 's')
		return 0;
	memcpy(buf, t->key, n - 1);
	buf[n - 1] = '\0';
	return lex_find(r->lex, buf) >= 0;
}

/* Word p, just before a demonym, is a capitalised name of a place
 * that qualifies it ("Karabakh" in "the Karabakh Armenians"): not a
 * title, a determiner, a month or day, not possessive or punctuation. */
static int
group_place(struct run *r, const struct tok *p)
{
	(void)r;
	return (p->f & TOK_CAP) && !(p->f & (TOK_PUNCT | TOK_POSS |
	    TOK_ABBR)) && !(p->wc & (WC_TITLE | WC_TMOD | WC_DET | WC_PREP |
	    WC_SUB | WC_AND | WC_AUX | WC_SPEECH | WC_STOP));
}

/* The state named at word i is followed at j by the plural demonym of
 * another state, a people it qualifies ("the Kosovo Serbs"). */
static int
people_after(struct run *r, guint e, guint i, guint j)
{
	const struct lay *a = &g_array_index(r->lay, struct lay, i);
	const struct lay *b = &g_array_index(r->lay, struct lay, j);

	return a->ent >= 0 && b->ent >= 0 && a->ent != b->ent &&
	    (b->flags & TM_DEMONYM) && j + b->n <= e &&
	    E(r, a->ent)->kind == GAZ_STATE &&
	    E(r, b->ent)->kind == GAZ_STATE &&
	    plural(r, T(r, j + b->n - 1));
}

/*
 * The state's name at words [i, j) opens a longer name in running text
 * ("paid fees to Qatar Airways, which", "Russia Today reported"): the
 * words before it are lower case, the capitalised word after it is no
 * actor, title or date, and what follows that word is punctuation or
 * lower case (a title-case heading, "Russia Signs Pact", goes on in
 * capitals).  The name is a firm's or an outlet's, not the state.
 */
static int
firm_name(struct run *r, guint s, guint e, guint i, guint j, unsigned fl)
{
	const struct tok *p, *n, *t = T(r, j - 1);
	int		 ent = g_array_index(r->lay, struct lay, i).ent;

	if (fl != 0 || i <= s || j + 1 >= e || ent < 0 ||
	    E(r, ent)->kind != GAZ_STATE || (t->f & (TOK_PUNCT | TOK_POSS)))
		return 0;
	p = T(r, i - 1);
	n = T(r, j);
	if (!(p->f & TOK_LOWER) || (p->f & TOK_PUNCT) ||
	    !(n->f & TOK_CAP) || (n->f & (TOK_ABBR | TOK_POSS)) ||
	    (n->wc & (WC_TITLE | WC_TMOD)) ||
	    g_array_index(r->lay, struct lay, j).ent >= 0)
		return 0;
	return (n->f & TOK_PUNCT) || (T(r, j + 1)->f & TOK_LOWER);
}

/*
 * In an English sentence s..e, the demonym or capital of words [i, i +
 * len) (the layer's flags fl) names no government: a nationality
 * adjective before other nouns ("a Swiss bank", "Austrian-born", "the
 * British-educated"), or before a name that is not a title's ("British
 * Airways"); a capital as a place ("a London-based brokerage", "the
 * Madrid peace talks", "in Vienna").  Such a form still links the
 * sentence's relations but is not counted: it makes no actor.  A
 * nationality used as a noun ("the British said") and a capital as a
 * subject stay.
 */
int
extract_loose_form(struct run *r, guint s, guint e, guint i, guint len,
    unsigned fl)
{
	const struct tok *t, *n;
	guint		 j = i + len;

	if (r->lc != NULL || (fl & (TM_PRONOUN | TM_ROLE)))
		return 0;
	t = T(r, j - 1);
	n = j < e ? T(r, j) : NULL;
	/* the place of "the Kosovo Serbs": a people is named, and its
	 * place only qualifies it */
	if (n != NULL && !(t->f & (TOK_PUNCT | TOK_POSS)) &&
	    people_after(r, e, i, j))
		return 1;
	if (!(fl & (TM_DEMONYM | TM_METONYM)))
		return firm_name(r, s, e, i, j, fl);
	if (fl & TM_METONYM) {
		/* institutions ("the Kremlin said") are bodies */
		if (len != 1 || !(t->f & TOK_CAP))
			return 0;
		if (n != NULL && (n->f & TOK_JOINED) && !(t->f & TOK_PUNCT))
			return !in_list(n, act_joins);
		if (i > s && !(T(r, i - 1)->f & TOK_PUNCT) &&
		    in_list(T(r, i - 1), place_before))
			return n == NULL || (t->f & (TOK_PUNCT | TOK_POSS)) ||
			    !body_after(r, j, e);
		/* "the Madrid peace talks": a capital before nouns */
		return i > s && strcmp(T(r, i - 1)->low, "the") == 0 &&
		    n != NULL && !(t->f & (TOK_PUNCT | TOK_POSS)) &&
		    (n->f & TOK_LOWER) && !(n->wc & (WC_PREP | WC_DET |
		    WC_SUB | WC_AND | WC_AUX | WC_SPEECH | WC_STOP)) &&
		    !body_after(r, j, e) && !named_at(r, j);
	}
	/* a people named by its place: "the Karabakh Armenians",
	 * "Kosovo Serbs", "Bosnian Croats" are a community, not the
	 * state the demonym names */
	if (i > s && group_place(r, T(r, i - 1)))
		return 1;
	/* a demonym: a noun at the end, before punctuation or a verb, or
	 * a plural ("Russians agree") */
	if (n == NULL || (t->f & (TOK_PUNCT | TOK_POSS)) || plural(r, t))
		return 0;
	if (n->f & TOK_JOINED)
		return !in_list(n, act_joins);
	if (n->f & TOK_CAP)
		return !cap_title(r, j, e) && !named_at(r, j) &&
		    !(n->f & TOK_ABBR);
	if (n->wc & (WC_PREP | WC_DET | WC_SUB | WC_AND | WC_AUX |
	    WC_SPEECH | WC_STOP))
		return 0;
	return !body_after(r, j, e);
}
