/* SPDX-License-Identifier: MIT */
/* Words of a text, and the gazetteer, cue and word-class lexicons. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cameo.h"
#include "gazetteer.h"
#include "gazetteer_int.h"
#include "msg.h"

#define GAZ_FIELDS	7
#define CUE_FIELDS	5
#define STEM_MIN	3	/* letters before a cue's "*" at least */
#define WORD_BUF	256
#define SCRATCH_FORMS	256	/* forms read between two clearings */


/* A link to resolve once every entry is read. */
struct pending {
	int		 entry;
	char		*names;		/* "|"-separated */
	struct pos	 pos;
};

static void	 load_gazetteer(struct lex *, const char *, const char *);
static void	 load_cues(struct lex *, const char *, const char *);
static void	 add_forms(struct lex *, int, const char *, unsigned);
static char	*fold(const char *, char *, size_t);
static void	 add_class(struct lex *, const char *, const char *,
		    const char *, int);
static void	 add_cue(struct lex *, char **, const char *, int);
static int	 form_at(const struct form *, const struct tok *, guint,
		    guint);
static void	 ptr_array_free(gpointer);
static void	 int_array_free(gpointer);

/* Abbreviations that keep their period ("St. Lucia", "Gen. Kim"). */
static const char *const abbrevs[] = {
	"st", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt",
	"capt", "maj", "adm", "sen", "rep", "gov", "pres", "amb", "jr", "sr",
	"mt", "no", "vs", "inc", "ltd", "corp", "jan", "feb", "aug", "sept",
	"oct", "nov", "dec", NULL
};

/* The classes of acts, the first part of a cue's act ("force:19"). */
const char *const lex_act_classes[] = {
	"statement", "diplomacy", "coercion", "force", "support",
	"agreement", "succession", NULL
};

/* --- words ---------------------------------------------------------------- */

/*
 * Every byte of the text and of the lexicons goes through these: ASCII
 * is answered here, the same as GLib's Unicode tables answer it, without
 * a call.
 */
static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int
is_alnum(gunichar c)
{
	return c < 0x80 ? g_ascii_isalnum(c) : g_unichar_isalnum(c);
}

/* g_unichar_isspace: a vertical tab is no space */
static int
is_space(gunichar c)
{
	return c < 0x80 ? c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' : g_unichar_isspace(c);
}

static int
in_list(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

/* "U.S", "D.P.R.K", "R": letters in groups of one or two between
 * periods. */
static int
initialism(const char *s, size_t n)
{
	size_t	i, run = 0, groups = 1;

	for (i = 0; i < n; i++) {
		if (s[i] == '.') {
			if (run == 0)
				return 0;
			run = 0;
			groups++;
		} else if (g_ascii_isalpha(s[i])) {
			if (++run > 2)
				return 0;
		} else
			return 0;
	}
	return groups > 1 || (n == 1 && g_ascii_isupper(s[0]));
}

static int
is_apos(gunichar c)
{
	return c == '\'' || c == 0x2019;
}

/* The word starting at p (an alphanumeric character): appended to
 * toks; returns the offset after it. */
static size_t
word(const struct lex *lex, const char *t, size_t len, size_t p,
    GArray *toks, GStringChunk *chunk, unsigned joined)
{
	struct tok	 tk;
	char		 buf[WORD_BUF], *key;
	const char	*q;
	gunichar	 c, c2;
	size_t		 e = p, we, n, i, k;

	for (;;) {
		if (e >= len)
			break;
		if (g_ascii_isalnum(t[e])) {	/* the common case */
			e++;
			continue;
		}
		q = g_utf8_next_char(t + e);
		c = g_utf8_get_char(t + e);
		if (is_alnum(c) || (c >= 0x80 && g_unichar_ismark(c))) {
			e = (size_t)(q - t);
			continue;
		}
		if ((size_t)(q - t) < len &&
		    (is_apos(c) || (c == '.' && e > p)) &&
		    is_alnum(c2 = g_utf8_get_char(q)) &&
		    (c != '.' || !g_unichar_isupper(c2) ||
		    initialism(t + p, e - p))) {
			e = (size_t)(q - t);
			continue;
		}
		break;
	}
	memset(&tk, 0, sizeof(tk));
	tk.f = joined;
	we = e;
	/* the possessive: "Russia's", "Koreas'" */
	if (we - p > 2 && t[we - 1] == 's' && t[we - 2] == '\'') {
		we -= 2;
		tk.f |= TOK_POSS;
	} else if (we - p > 4 && t[we - 1] == 's' &&
	    memcmp(t + we - 4, "\xE2\x80\x99", 3) == 0) {
		we -= 4;
		tk.f |= TOK_POSS;
	} else if (e < len && t[e - 1] == 's' && is_apos(c =
	    g_utf8_get_char(t + e))) {
		q = g_utf8_next_char(t + e);
		if ((size_t)(q - t) >= len ||
		    !is_alnum(g_utf8_get_char(q))) {
			tk.f |= TOK_POSS;
			e = (size_t)(q - t);
		}
	}
	/* a period that belongs to the word */
	if (!(tk.f & TOK_POSS) && e < len && t[e] == '.' && we - p < 16) {
		for (i = 0, k = p; k < we; k++, i++)
			buf[i] = ascii_lower(t[k]);
		buf[i] = '\0';
		if (initialism(t + p, we - p) || in_list(buf, abbrevs)) {
			e++;
			we = e;
			tk.f |= TOK_ABBR;
		}
	}
	tk.s = p;
	tk.e = we;
	/* the key: typographic apostrophes as ASCII */
	n = 0;
	key = we - p < WORD_BUF ? buf : g_malloc(we - p + 1);
	for (k = p; k < we; k++) {
		if ((unsigned char)t[k] == 0xE2 && k + 2 < we &&
		    memcmp(t + k, "\xE2\x80\x99", 3) == 0) {
			key[n++] = '\'';
			k += 2;
		} else
			key[n++] = t[k];
	}
	key[n] = '\0';
	tk.key = g_string_chunk_insert_len(chunk, key, (gssize)n);
	for (k = 0; k < n; k++)
		key[k] = ascii_lower(key[k]);
	tk.low = g_string_chunk_insert_len(chunk, key, (gssize)n);
	if (key != buf)
		g_free(key);
	c = g_utf8_get_char(t + p);
	if (c < 0x80) {
		if (g_ascii_isupper(c))
			tk.f |= TOK_CAP;
		else if (g_ascii_islower(c))
			tk.f |= TOK_LOWER;
		else if (g_ascii_isdigit(c))
			tk.f |= TOK_DIGIT;
	} else if (g_unichar_isupper(c) || g_unichar_istitle(c))
		tk.f |= TOK_CAP;
	else if (g_unichar_islower(c))
		tk.f |= TOK_LOWER;
	else if (g_unichar_isdigit(c))
		tk.f |= TOK_DIGIT;
	if (lex != NULL)
		tk.wc = GPOINTER_TO_UINT(g_hash_table_lookup(lex->classes,
		    tk.low));
	g_array_append_val(toks, tk);
	return e;
}

void
lex_words(const struct lex *lex, const char *t, size_t len, GArray *toks,
    GStringChunk *chunk)
{
	struct tok	*last;
	const char	*q;
	gunichar	 c, next;
	size_t		 p = 0, first = toks->len;
	unsigned	 joined = 0;
	int		 glued;		/* no space since the last word */

	glued = 0;
	while (p < len) {
		c = g_utf8_get_char(t + p);
		if (is_alnum(c)) {
			p = word(lex, t, len, p, toks, chunk,
			    glued ? joined : 0);
			joined = 0;
			glued = 1;
			continue;
		}
		q = g_utf8_next_char(t + p);
		next = (size_t)(q - t) < len ? g_utf8_get_char(q) : 0;
		last = toks->len > first ? &g_array_index(toks, struct tok,
		    toks->len - 1) : NULL;
		if (is_space(c))
			glued = 0;
		else if (last == NULL)
			;
		else if ((c == '-' || c == 0x2013 || c == '/' ||
		    c == 0x2010 || c == 0x2011) && glued &&
		    is_alnum(next))
			joined = TOK_JOINED;
		else if (c == ',')
			last->f |= TOK_COMMA;
		else if (c == ';' || c == ':' || c == '(' || c == ')' ||
		    c == '[' || c == ']' || c == 0x2014 || c == 0x2013 ||
		    c == '-')
			last->f |= TOK_STOP;
		else if (c == '.' || c == '!' || c == '?' || c == 0x2026)
			last->f |= TOK_END;
		p = (size_t)(q - t);
	}
}

/* --- loading -------------------------------------------------------------- */

static struct lex *
lex_new(void)
{
	struct lex	*lex = g_new0(struct lex, 1);

	lex->entries = g_ptr_array_new();
	lex->phrases = g_hash_table_new(g_str_hash, g_str_equal);
	lex->names = g_hash_table_new(g_str_hash, g_str_equal);
	lex->shorts = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    int_array_free);
	lex->cues = g_ptr_array_new();
	lex->cue_words = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    ptr_array_free);
	lex->cue_stems = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, ptr_array_free);
	lex->classes = g_hash_table_new(g_str_hash, g_str_equal);
	lex->forms = g_ptr_array_new();
	lex->chunk = g_string_chunk_new(4096);
	lex->scratch = g_array_new(FALSE, FALSE, sizeof(struct tok));
	lex->scratch_chunk = g_string_chunk_new(256);
	return lex;
}

struct lex *
lex_from_strings(const char *gazetteer, const char *cues)
{
	struct lex	*lex = lex_new();

	if (cues != NULL)
		load_cues(lex, cues, "cues.tsv");
	if (gazetteer != NULL)
		load_gazetteer(lex, gazetteer, "gazetteer.tsv");
	return lex;
}

struct lex *
lex_load(const char *dir)
{
	struct lex	*lex = lex_new();
	GError		*err = NULL;
	char		*path, *text;

	path = g_build_filename(dir, "cues.tsv", NULL);
	if (g_file_get_contents(path, &text, NULL, &err)) {
		load_cues(lex, text, path);
		g_free(text);
	} else {
		lex->warned++;
		msg_at(NULL, NULL, MSG_WARNING, "%s; no relations are found",
		    err->message);
		g_clear_error(&err);
	}
	g_free(path);
	path = g_build_filename(dir, "gazetteer.tsv", NULL);
	if (g_file_get_contents(path, &text, NULL, &err)) {
		load_gazetteer(lex, text, path);
		g_free(text);
	} else {
		lex->warned++;
		msg_at(NULL, NULL, MSG_WARNING, "%s; no actors are found",
		    err->message);
		g_clear_error(&err);
	}
	g_free(path);
	lex_add_regions(lex);
	return lex;
}

/* The fields of the TSV line of text at p, into f[0..max) (pointing
 * into buf); returns their number, max + 1 if there are more, 0 for a
 * blank or comment line.  *p moves to the next line. */
static int
tsv_line(const char **p, GString *buf, char **f, int max)
{
	const char	*s = *p, *e;
	char		*q;
	int		 n = 0;

	e = strchr(s, '\n');
	if (e == NULL)
		e = s + strlen(s);
	*p = *e == '\n' ? e + 1 : e;
	if (e > s && e[-1] == '\r')
		e--;
	if (e == s || *s == '#')
		return 0;
	g_string_truncate(buf, 0);
	g_string_append_len(buf, s, e - s);
	for (q = buf->str; n <= max; q++) {
		if (n < max)
			f[n] = q;
		n++;
		if ((q = strchr(q, '\t')) == NULL)
			break;
		*q = '\0';
	}
	return n;
}

static int
parse_kind(const char *s, enum gaz_kind *k)
{
	static const char *const kinds[] = {
		"state", "org", "person", "ambiguous", "none", NULL
	};
	int	i;

	for (i = 0; kinds[i] != NULL; i++)
		if (strcmp(s, kinds[i]) == 0) {
			*k = (enum gaz_kind)i;
			return 1;
		}
	return 0;
}

/* Resolve the links (person -> state, ambiguous -> candidates). */
static void
resolve_links(struct lex *lex, GPtrArray *pend, const char *file)
{
	struct pending	*pd;
	struct gaz_entry *g;
	char		**v;
	guint		 i, j;
	int		 e;

	for (i = 0; i < pend->len; i++) {
		pd = g_ptr_array_index(pend, i);
		g = g_ptr_array_index(lex->entries, pd->entry);
		v = g_strsplit(pd->names, "|", -1);
		for (j = 0; v[j] != NULL; j++) {
			e = lex_find(lex, v[j]);
			if (e < 0) {
				lex->warned++;
				msg_at(file, &pd->pos, MSG_WARNING,
				    "unknown actor '%s'", v[j]);
			} else if (g->kind == GAZ_AMBIG)
				g_array_append_val(g->cands, e);
			else if (g->link < 0)
				g->link = e;
		}
		g_strfreev(v);
		g_free(pd->names);
		g_free(pd);
	}
}

static void
load_gazetteer(struct lex *lex, const char *text, const char *file)
{
	static const unsigned fflags[GAZ_FIELDS] = {
		0, 0, 0, PH_CAPITAL, PH_DEMONYM, 0, 0
	};
	GPtrArray	*pend = g_ptr_array_new();
	GString		*buf = g_string_new(NULL);
	struct pending	*pd;
	struct gaz_entry *g;
	struct pos	 pos = { 0, 1 };
	enum gaz_kind	 kind;
	const char	*p = text;
	char		*f[GAZ_FIELDS];
	size_t		 k;
	int		 e, i, n;

	while (*p != '\0') {
		pos.line++;
		if ((n = tsv_line(&p, buf, f, GAZ_FIELDS)) == 0)
			continue;
		if (n != GAZ_FIELDS || !parse_kind(f[0], &kind)) {
			lex->warned++;
			msg_at(file, &pos, MSG_WARNING, "expected %d fields, "
			    "the first state, org, person, ambiguous or none",
			    GAZ_FIELDS);
			continue;
		}
		e = lex_add_entry(lex, kind, f[1], -1);
		g = g_ptr_array_index(lex->entries, e);
		g->known = 1;
		if (strcmp(f[2], "-") != 0) {
			/* without the marks of its forms ("~", "^") */
			k = strcspn(f[2], "|");
			while (k > 0 && (f[2][k - 1] == '~' ||
			    f[2][k - 1] == '^'))
				k--;
			g->full = g_strndup(f[2], k);
		}
		for (i = 2; i < GAZ_FIELDS - 1; i++)
			add_forms(lex, e, f[i], fflags[i]);
		if (strcmp(f[GAZ_FIELDS - 1], "-") != 0) {
			pd = g_new0(struct pending, 1);
			pd->entry = e;
			pd->names = g_strdup(f[GAZ_FIELDS - 1]);
			pd->pos = pos;
			g_ptr_array_add(pend, pd);
		}
	}
	resolve_links(lex, pend, file);
	g_ptr_array_free(pend, TRUE);
	g_string_free(buf, TRUE);
}

/* Forms "a|b~|c^" of entry e; "~" marks a person-like form, "^" an
 * institution standing for its state. */
static void
add_forms(struct lex *lex, int e, const char *field, unsigned flags)
{
	char		 buf[WORD_BUF], *f;
	const char	*p, *q;
	size_t		 n;
	unsigned	 fl;

	if (strcmp(field, "-") == 0)
		return;
	for (p = field; *p != '\0'; p = *q == '|' ? q + 1 : q) {
		q = strchr(p, '|');
		if (q == NULL)
			q = p + strlen(p);
		n = (size_t)(q - p);
		f = n < sizeof(buf) ? buf : g_malloc(n + 1);
		memcpy(f, p, n);
		f[n] = '\0';
		fl = flags;
		while (n > 0 && (f[n - 1] == '~' || f[n - 1] == '^')) {
			fl |= f[n - 1] == '~' ? PH_PERSONLIKE : PH_INSTITUTION;
			f[--n] = '\0';
		}
		if (n > 0)
			lex_add_form(lex, e, f, fl);
		if (f != buf)
			g_free(f);
	}
}

/* The key of a name in lex->names: in buf (size bytes) when it is
 * ASCII and fits, else allocated (the caller frees it when it is not
 * buf).  Names are looked up for every form loaded: no allocation in
 * the common case. */
static char *
fold(const char *name, char *buf, size_t size)
{
	size_t		 i;

	for (i = 0; name[i] != '\0'; i++) {
		if ((unsigned char)name[i] >= 0x80)
			return g_utf8_casefold(name, -1);
		if (i + 1 < size)
			buf[i] = ascii_lower(name[i]);
	}
	if (i >= size)
		return g_ascii_strdown(name, -1);
	buf[i] = '\0';
	return buf;
}

int
lex_add_entry(struct lex *lex, enum gaz_kind kind, const char *name,
    int link)
{
	struct gaz_entry *g = g_new0(struct gaz_entry, 1);
	int		 e = (int)lex->entries->len;

	g->name = g_strdup(name);
	g->kind = kind;
	g->link = link;
	if (kind == GAZ_AMBIG)
		g->cands = g_array_new(FALSE, FALSE, sizeof(int));
	g_ptr_array_add(lex->entries, g);
	add_forms(lex, e, name, 0);
	while (g->name[0] != '\0' && (g->name[strlen(g->name) - 1] == '~' ||
	    g->name[strlen(g->name) - 1] == '^'))
		g->name[strlen(g->name) - 1] = '\0';
	return e;
}

/*
 * The words of a form into toks, as lex_words makes them, without their
 * word classes and their lower-case keys (low is NULL): lex_add_form
 * reads the keys and the flags only.  Most forms are ASCII letters and
 * digits between spaces, which lex_words makes one word each: those are
 * split here, without its decoding and classing of every character.
 */
static void
form_words(const char *form, GArray *toks, GStringChunk *chunk)
{
	struct tok	 tk;
	size_t		 n, s;

	for (n = 0; form[n] != '\0'; n++)
		if (!g_ascii_isalnum(form[n]) && form[n] != ' ') {
			lex_words(NULL, form, strlen(form), toks, chunk);
			return;
		}
	for (s = 0; s < n; s = tk.e) {
		if (form[s] == ' ') {
			tk.e = s + 1;
			continue;
		}
		memset(&tk, 0, sizeof(tk));
		tk.s = s;
		for (tk.e = s; tk.e < n && form[tk.e] != ' '; tk.e++)
			;
		tk.key = g_string_chunk_insert_len(chunk, form + s,
		    (gssize)(tk.e - s));
		if (g_ascii_isupper(form[s]))
			tk.f = TOK_CAP;
		else if (g_ascii_islower(form[s]))
			tk.f = TOK_LOWER;
		else
			tk.f = TOK_DIGIT;
		g_array_append_val(toks, tk);
	}
}

void
lex_add_form(struct lex *lex, int e, const char *form, unsigned flags)
{
	const struct gaz_entry *g = g_ptr_array_index(lex->entries, e);
	struct phrase	*ph, *head, **pp;
	GArray		*toks, *ids;
	struct tok	*t;
	char		*key, buf[WORD_BUF];
	int		 i;

	key = fold(form, buf, sizeof(buf));
	if (!g_hash_table_contains(lex->names, key))
		g_hash_table_insert(lex->names, g_string_chunk_insert(
		    lex->chunk, key), GINT_TO_POINTER(e + 1));
	if (key != buf)
		g_free(key);
	toks = lex->scratch;
	g_array_set_size(toks, 0);
	/* the scratch words are cleared now and then, not for each form:
	 * clearing frees the chunk's block */
	if (++lex->nscratch % SCRATCH_FORMS == 0)
		g_string_chunk_clear(lex->scratch_chunk);
	form_words(form, toks, lex->scratch_chunk);
	if (toks->len == 0)
		goto out;
	t = &g_array_index(toks, struct tok, 0);
	if (g->kind == GAZ_PERSON && toks->len == 1) {
		ids = g_hash_table_lookup(lex->shorts, t->key);
		if (ids == NULL) {
			ids = g_array_new(FALSE, FALSE, sizeof(int));
			g_hash_table_insert(lex->shorts,
			    g_string_chunk_insert_const(lex->chunk, t->key),
			    ids);
		}
		for (i = 0; i < (int)ids->len; i++)
			if (g_array_index(ids, int, i) == e)
				goto out;
		g_array_append_val(ids, e);
		goto out;
	}
	/* one block: the phrase, its keys, their flags */
	ph = g_malloc0(sizeof(*ph) + toks->len * (sizeof(char *) +
	    sizeof(unsigned)));
	ph->entry = e;
	ph->flags = flags;
	ph->ntok = (int)toks->len;
	ph->tok = (char **)(ph + 1);
	ph->tf = (unsigned *)(ph->tok + toks->len);
	for (i = 0; i < ph->ntok; i++) {
		t = &g_array_index(toks, struct tok, i);
		ph->tok[i] = g_string_chunk_insert(lex->chunk, t->key);
		ph->tf[i] = t->f & (TOK_POSS | TOK_PUNCT);
	}
	/* longest first, then in order of addition: a list of its own
	 * rather than an array, one allocation less for each first key */
	head = g_hash_table_lookup(lex->phrases, ph->tok[0]);
	for (pp = &head; *pp != NULL && (*pp)->ntok >= ph->ntok;
	    pp = &(*pp)->next)
		;
	ph->next = *pp;
	*pp = ph;
	if (head == ph)
		g_hash_table_insert(lex->phrases, ph->tok[0], head);
out:
	return;
}

int
lex_find(const struct lex *lex, const char *name)
{
	char		 buf[WORD_BUF], *key = fold(name, buf, sizeof(buf));
	gpointer	 v = g_hash_table_lookup(lex->names, key);

	if (key != buf)
		g_free(key);
	return GPOINTER_TO_INT(v) - 1;
}

static int
parse_polarity(const char *s, enum polarity *pol)
{
	if (strcmp(s, "cooperative") == 0)
		*pol = POL_COOPERATIVE;
	else if (strcmp(s, "hostile") == 0)
		*pol = POL_HOSTILE;
	else if (strcmp(s, "neutral") == 0 || strcmp(s, "-") == 0)
		*pol = POL_NEUTRAL;
	else
		return 0;
	return 1;
}

/*
 * A cue's act, "class:code" ("agreement:057", "succession:-"): its class
 * (one of the names below, kept static) and CAMEO code, its polarity
 * from the code's Goldstein value (neutral without a code).
 */
static int
parse_act(const char *s, struct cue *cue)
{
	const char *const *classes = lex_act_classes;
	const struct cameo *cm = NULL;
	const char	*colon = strchr(s, ':');
	size_t		 n;
	guint		 i;

	if (colon == NULL)
		return 0;
	n = (size_t)(colon - s);
	for (i = 0; classes[i] != NULL; i++)
		if (strlen(classes[i]) == n && strncmp(classes[i], s, n) == 0)
			break;
	if (classes[i] == NULL || (strcmp(colon + 1, "-") != 0 &&
	    (cm = cameo_find(colon + 1)) == NULL))
		return 0;
	cue->cls = classes[i];
	cue->cameo = cm != NULL ? cm->code : NULL;
	cue->goldstein = cm != NULL ? cm->goldstein : 0.0;
	cue->pol = cameo_polarity(cue->goldstein);
	return 1;
}

static int
parse_dir(const char *s, enum cue_dir *dir)
{
	if (strcmp(s, "subject->object") == 0)
		*dir = CUE_SO;
	else if (strcmp(s, "object->subject") == 0)
		*dir = CUE_OS;
	else if (strcmp(s, "symmetric") == 0)
		*dir = CUE_SYM;
	else if (strcmp(s, "goods") == 0)
		*dir = CUE_GOODS;
	else
		return 0;
	return 1;
}

static void
load_cues(struct lex *lex, const char *text, const char *file)
{
	GString		*buf = g_string_new(NULL);
	struct pos	 pos = { 0, 1 };
	const char	*p = text;
	char		*f[CUE_FIELDS];
	int		 n;

	while (*p != '\0') {
		pos.line++;
		if ((n = tsv_line(&p, buf, f, CUE_FIELDS)) == 0)
			continue;
		if (n != CUE_FIELDS) {
			lex->warned++;
			msg_at(file, &pos, MSG_WARNING, "expected %d fields",
			    CUE_FIELDS);
		} else
			add_cue(lex, f, file, pos.line);
	}
	g_string_free(buf, TRUE);
}

/* The words of a word class line ("president|minister", "title"). */
static void
add_class(struct lex *lex, const char *forms, const char *name,
    const char *file, int line)
{
	static const char *const names[] = {
		"title", "title-part", "preposition", "subordinator",
		"not-a-name", "speech", "place", "auxiliary", "particle",
		"determiner", "and", NULL
	};
	struct pos	 pos = { line, 1 };
	const char	*p, *q;
	gpointer	 old;
	char		*w, *low;
	guint		 bit;

	for (bit = 0; names[bit] != NULL; bit++)
		if (strcmp(name, names[bit]) == 0)
			break;
	if (names[bit] == NULL) {
		lex->warned++;
		msg_at(file, &pos, MSG_WARNING, "unknown word class '%s'",
		    name);
		return;
	}
	for (p = forms; *p != '\0'; p = *q == '|' ? q + 1 : q) {
		if ((q = strchr(p, '|')) == NULL)
			q = p + strlen(p);
		w = g_string_chunk_insert_len(lex->chunk, p, q - p);
		for (low = w; *low != '\0'; low++)
			*low = g_ascii_tolower(*low);
		old = g_hash_table_lookup(lex->classes, w);
		g_hash_table_insert(lex->classes, w, GUINT_TO_POINTER(
		    GPOINTER_TO_UINT(old) | 1u << bit));
	}
}

/* One line of cues.tsv, in f. */
static void
add_cue(struct lex *lex, char **f, const char *file, int line)
{
	struct pos	 pos = { line, 1 };
	struct cue	*cue;
	struct form	*fm;
	struct tok	*t;
	GArray		*toks = lex->scratch;
	GPtrArray	*list;
	const char	*p, *q;
	char		 key[STEM_MIN + 1];
	size_t		 n;
	guint		 j;

	if (strcmp(f[3], "class") == 0) {
		add_class(lex, f[0], f[1], file, line);
		return;
	}
	cue = g_new0(struct cue, 1);
	cue->preps = g_ptr_array_new_with_free_func(g_free);
	if (!parse_dir(f[3], &cue->dir) || (cue->dir == CUE_GOODS ?
	    !parse_polarity(f[2], &cue->pol) : !parse_act(f[2], cue))) {
		lex->warned++;
		msg_at(file, &pos, MSG_WARNING, "bad act or polarity '%s' "
		    "or direction '%s'", f[2], f[3]);
		g_ptr_array_free(cue->preps, TRUE);
		g_free(cue);
		return;
	}
	cue->label = g_strdup(f[1]);
	/* the fields are read in place, piece by piece: no split vectors */
	for (p = f[4]; ; p = q + 1) {
		q = strchr(p, ',');
		n = q != NULL ? (size_t)(q - p) : strlen(p);
		if (n == 6 && strncmp(p, "direct", n) == 0)
			cue->obj |= OBJ_DIRECT;
		else if (n == 3 && strncmp(p, "any", n) == 0)
			cue->obj |= OBJ_ANY;
		else if (n == 5 && strncmp(p, "goods", n) == 0)
			cue->obj |= OBJ_GOODS;
		else if (n == 5 && strncmp(p, "place", n) == 0)
			cue->obj |= OBJ_PLACE;
		else if (n == 3 && strncmp(p, "org", n) == 0)
			cue->obj |= OBJ_ORG;
		else if (n == 7 && strncmp(p, "finding", n) == 0)
			cue->obj |= OBJ_FINDING;
		else if (n > 0 && !(n == 1 && *p == '-'))
			g_ptr_array_add(cue->preps, g_strndup(p, n));
		if (q == NULL)
			break;
	}
	g_ptr_array_add(lex->cues, cue);
	for (p = f[0]; ; p = q + 1) {
		q = strchr(p, '|');
		n = q != NULL ? (size_t)(q - p) : strlen(p);
		g_array_set_size(toks, 0);
		if (++lex->nscratch % SCRATCH_FORMS == 0)
			g_string_chunk_clear(lex->scratch_chunk);
		lex_words(NULL, p, n, toks, lex->scratch_chunk);
		if (toks->len == 0 || toks->len > LEX_FORM_WORDS)
			goto next;
		fm = g_new0(struct form, 1);
		fm->cue = cue;
		fm->nw = (int)toks->len;
		fm->w = g_new(char *, toks->len);
		for (j = 0; j < toks->len; j++) {
			t = &g_array_index(toks, struct tok, j);
			fm->w[j] = g_string_chunk_insert(lex->chunk, t->low);
			if (t->e < n && p[t->e] == '*')
				fm->stem |= 1u << j;
		}
		g_ptr_array_add(lex->forms, fm);
		if ((fm->stem & 1) && strlen(fm->w[0]) >= STEM_MIN) {
			g_strlcpy(key, fm->w[0], sizeof(key));
			list = g_hash_table_lookup(lex->cue_stems, key);
			if (list == NULL) {
				list = g_ptr_array_new();
				g_hash_table_insert(lex->cue_stems,
				    g_strdup(key), list);
			}
		} else if (fm->stem & 1) {
			lex->warned++;
			msg_at(file, &pos, MSG_WARNING, "stem '%s*' is shorter "
			    "than %d letters", fm->w[0], STEM_MIN);
			goto next;
		} else {
			list = g_hash_table_lookup(lex->cue_words, fm->w[0]);
			if (list == NULL) {
				list = g_ptr_array_new();
				g_hash_table_insert(lex->cue_words, fm->w[0],
				    list);
			}
		}
		g_ptr_array_add(list, fm);
next:
		if (q == NULL)
			break;
	}
}

/* --- matching ------------------------------------------------------------- */

const struct phrase *
lex_match(const struct lex *lex, const struct tok *toks, guint n, guint i)
{
	const struct phrase *ph;
	int		 j;

	for (ph = g_hash_table_lookup(lex->phrases, toks[i].key); ph != NULL;
	    ph = ph->next) {
		if (i + (guint)ph->ntok > n)
			continue;
		for (j = 1; j < ph->ntok; j++)
			if ((toks[i + j - 1].f & (TOK_POSS | TOK_PUNCT)) !=
			    ph->tf[j - 1] ||
			    strcmp(toks[i + j].key, ph->tok[j]) != 0)
				break;
		if (j == ph->ntok)
			return ph;
	}
	return NULL;
}

/* 1 if form f matches at word i. */
static int
form_at(const struct form *f, const struct tok *toks, guint n, guint i)
{
	int	j;

	if (i + (guint)f->nw > n)
		return 0;
	for (j = 0; j < f->nw; j++) {
		if (j > 0 && (toks[i + j - 1].f & TOK_PUNCT))
			return 0;
		if ((f->stem & (1u << j)) ?
		    !g_str_has_prefix(toks[i + j].low, f->w[j]) :
		    strcmp(toks[i + j].low, f->w[j]) != 0)
			return 0;
	}
	return 1;
}

/* The forms that may start at a word: exact and by stem. */
static void
forms_at(const struct lex *lex, const struct tok *toks, guint n, guint i,
    GArray *hits, int goods)
{
	const GPtrArray	*lists[2];
	const struct form *f;
	struct cue_hit	 h;
	char		 key[STEM_MIN + 1];
	guint		 k, l;

	lists[0] = g_hash_table_lookup(lex->cue_words, toks[i].low);
	g_strlcpy(key, toks[i].low, sizeof(key));
	lists[1] = strlen(key) == STEM_MIN ?
	    g_hash_table_lookup(lex->cue_stems, key) : NULL;
	for (l = 0; l < 2; l++)
		for (k = 0; lists[l] != NULL && k < lists[l]->len; k++) {
			f = g_ptr_array_index(lists[l], k);
			if ((f->cue->dir == CUE_GOODS) != goods ||
			    !form_at(f, toks, n, i))
				continue;
			h.cue = f->cue;
			h.ntok = f->nw;
			g_array_append_val(hits, h);
		}
}

void
lex_cues(const struct lex *lex, const struct tok *toks, guint n, guint i,
    GArray *hits)
{
	forms_at(lex, toks, n, i, hits, 0);
}

const char *
lex_goods(const struct lex *lex, const struct tok *toks, guint n, guint i)
{
	GArray		*hits;
	const char	*label = NULL;

	if (toks[i].f & TOK_CAP)
		return NULL;
	hits = g_array_new(FALSE, FALSE, sizeof(struct cue_hit));
	forms_at(lex, toks, n, i, hits, 1);
	if (hits->len > 0)
		label = g_array_index(hits, struct cue_hit, 0).cue->label;
	g_array_free(hits, TRUE);
	return label;
}

enum polarity
lex_label_polarity(const struct lex *lex, const char *label)
{
	const struct cue *c;
	guint		 i;

	for (i = 0; i < lex->cues->len; i++) {
		c = g_ptr_array_index(lex->cues, i);
		if (g_ascii_strcasecmp(c->label, label) == 0)
			return c->pol;
	}
	return POL_NEUTRAL;
}

const struct cue *
lex_label_cue(const struct lex *lex, const char *label)
{
	const struct cue *c;
	guint		 i;

	for (i = 0; i < lex->cues->len; i++) {
		c = g_ptr_array_index(lex->cues, i);
		if (c->dir != CUE_GOODS && g_ascii_strcasecmp(c->label,
		    label) == 0)
			return c;
	}
	return NULL;
}

int
lex_goods_label(const struct lex *lex, const char *label)
{
	const struct cue *c;
	guint		 i;

	for (i = 0; i < lex->cues->len; i++) {
		c = g_ptr_array_index(lex->cues, i);
		if (c->dir == CUE_GOODS && g_ascii_strcasecmp(c->label,
		    label) == 0)
			return 1;
	}
	return 0;
}

/* --- freeing -------------------------------------------------------------- */

static void
ptr_array_free(gpointer p)
{
	g_ptr_array_free(p, TRUE);
}

static void
int_array_free(gpointer p)
{
	g_array_free(p, TRUE);
}

static void
phrases_free(gpointer key, gpointer value, gpointer arg)
{
	struct phrase	*ph, *next;

	(void)key;
	(void)arg;
	for (ph = value; ph != NULL; ph = next) {
		next = ph->next;
		g_free(ph);
	}
}

void
lex_free(struct lex *lex)
{
	struct gaz_entry *g;
	struct cue	*c;
	struct form	*f;
	guint		 i;

	if (lex == NULL)
		return;
	for (i = 0; i < lex->entries->len; i++) {
		g = g_ptr_array_index(lex->entries, i);
		if (g->cands != NULL)
			g_array_free(g->cands, TRUE);
		g_free(g->name);
		g_free(g->full);
		g_free(g);
	}
	g_ptr_array_free(lex->entries, TRUE);
	g_hash_table_foreach(lex->phrases, phrases_free, NULL);
	g_hash_table_destroy(lex->phrases);
	g_hash_table_destroy(lex->names);
	g_hash_table_destroy(lex->shorts);
	for (i = 0; i < lex->cues->len; i++) {
		c = g_ptr_array_index(lex->cues, i);
		g_ptr_array_free(c->preps, TRUE);
		g_free(c->label);
		g_free(c);
	}
	g_ptr_array_free(lex->cues, TRUE);
	for (i = 0; i < lex->forms->len; i++) {
		f = g_ptr_array_index(lex->forms, i);
		g_free(f->w);
		g_free(f);
	}
	g_ptr_array_free(lex->forms, TRUE);
	g_hash_table_destroy(lex->cue_words);
	g_hash_table_destroy(lex->cue_stems);
	g_hash_table_destroy(lex->classes);
	g_string_chunk_free(lex->chunk);
	g_array_free(lex->scratch, TRUE);
	g_string_chunk_free(lex->scratch_chunk);
	if (lex->image != NULL)
		g_bytes_unref(lex->image);
	g_free(lex);
}
