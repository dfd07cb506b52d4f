/* SPDX-License-Identifier: MIT */
/* libhyphen wrapper: dictionary by language, prepared words, a cache. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <hyphen.h>

#include "cachefile.h"
#include "hyph.h"
#include "hyph_store.h"

#define HYPH_MAX_WORD	64	/* longer words are not hyphenated */
/*
 * A text whose distinct words (those of at most HYPH_MAX_WORD bytes)
 * add up to more bytes than this gets the whole dictionary: cutting it
 * down keeps every piece of every word in a table, some 10 entries per
 * byte, and would cost more than it saves.
 */
#define HYPH_PRUNE_MAX	(64 * 1024)
/*
 * A dictionary file up to this size is loaded whole (es, fr, ru: a few
 * thousand patterns); cutting it down costs more than it saves.
 * Larger ones (en 106 KB, de 1 MB) are cut down to a text's words: the
 * cut-down en-US loads before the fonts are ready, the whole one makes
 * the typesetter wait some 5 ms for it, and de takes seconds whole
 * (libhyphen's loader is superlinear).
 */
#define HYPH_WHOLE_MAX		(64 * 1024)
/*
 * A dictionary up to this size is loaded whole, compiled, from the
 * user's cache (hyph_store.h; compiled and kept there on the first
 * load); without a cache folder, it is cut down as above, but kept in a
 * struct hyph_cache (--watch) it is loaded whole once, rather than cut
 * down again for every new word typed.
 */
#define HYPH_WHOLE_KEPT_MAX	(256 * 1024)

/*
 * A loaded dictionary, whole or cut down to a set of words; shared
 * (counted references) by the builds of a process that keeps it in a
 * struct hyph_cache.  Its points cache holds only words it hyphenates
 * exactly (every word if whole, else those of words).
 */
struct hdict {
	HyphenDict	*dict;
	char		*cset;		/* NULL for UTF-8 dictionaries */
	GHashTable	*cache;		/* word -> GArray of gsize offsets */
	GHashTable	*words;		/* cut down to these, NULL: whole */
	int		 stored;	/* dict from hyph_store_load */
	gint		 refs;
};

/*
 * What a build hyphenates with.  A cut-down dictionary hyphenates the
 * words it was cut for exactly and others by chance; so that a word's
 * points do not depend on what else was loaded (an earlier text of a
 * --watch process), only the text's own words are hyphenated then.
 */
struct hyph {
	struct hdict	*d;
	GHashTable	*only;		/* the text's words, NULL: every word */
};

struct hyph_cache {
	GMutex		 lock;
	GHashTable	*dicts;		/* file path -> struct hdict * */
};

static const struct {
	const char *lang, *file;
} dicts[] = {
	{ "en-us", "hyph_en_US.dic" }, { "en-gb", "hyph_en_GB.dic" },
	{ "en", "hyph_en_US.dic" }, { "de-ch", "hyph_de_CH.dic" },
	{ "de-at", "hyph_de_AT.dic" }, { "de", "hyph_de_DE.dic" },
	{ "fr", "hyph_fr.dic" }, { "es", "hyph_es_ES.dic" },
	{ "ru", "hyph_ru_RU.dic" }
};

char *
hyph_dict_path(const char *lang, const char *dir)
{
	char	*low = g_ascii_strdown(lang, -1), *path = NULL;
	size_t	 i, n;

	g_strdelimit(low, "_", '-');
	for (i = 0; i < G_N_ELEMENTS(dicts) && path == NULL; i++) {
		n = strlen(dicts[i].lang);
		if (strncmp(low, dicts[i].lang, n) != 0 ||
		    (low[n] != '\0' && low[n] != '-'))
			continue;
		path = g_build_filename(dir != NULL ? dir : "/usr/share/hyphen",
		    dicts[i].file, NULL);
		if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
			g_free(path);
			path = NULL;
		}
	}
	g_free(low);
	return path;
}

static struct hdict *
hdict_new(HyphenDict *d, GHashTable *words)
{
	struct hdict	*h;

	if (d == NULL)
		return NULL;
	h = g_new0(struct hdict, 1);
	h->dict = d;
	if (!d->utf8)
		h->cset = g_strdup(d->cset);
	h->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_array_unref);
	h->words = words != NULL ? g_hash_table_ref(words) : NULL;
	h->refs = 1;
	return h;
}

static void
hdict_unref(struct hdict *h)
{
	if (h == NULL || !g_atomic_int_dec_and_test(&h->refs))
		return;
	if (h->stored)
		hyph_store_free(h->dict);
	else
		hnj_hyphen_free(h->dict);
	g_free(h->cset);
	g_hash_table_unref(h->cache);
	if (h->words != NULL)
		g_hash_table_unref(h->words);
	g_free(h);
}

static struct hyph *
wrap(struct hdict *d, GHashTable *only)
{
	struct hyph	*h;

	if (d == NULL)
		return NULL;
	h = g_new0(struct hyph, 1);
	h->d = d;
	h->only = only != NULL ? g_hash_table_ref(only) : NULL;
	return h;
}

struct hyph *
hyph_new(const char *lang, const char *dir)
{
	char		*path = hyph_dict_path(lang, dir);
	HyphenDict	*d = path != NULL ? hnj_hyphen_load(path) : NULL;

	g_free(path);
	return wrap(hdict_new(d, NULL), NULL);
}

/* Add the lowercased run [s, e) to words; its length in bytes, 0 if it
 * was there.  ASCII runs are lowercased without an allocation. */
static size_t
add_word(GHashTable *words, const char *s, const char *e)
{
	char	 buf[HYPH_MAX_WORD + 1], *low;
	size_t	 n = (size_t)(e - s), i;

	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		buf[i] = g_ascii_tolower(s[i]);
	if (i == n) {
		buf[n] = '\0';
		if (g_hash_table_contains(words, buf))
			return 0;
		low = g_strdup(buf);
	} else {
		low = g_utf8_strdown(s, (gssize)n);
		if (g_hash_table_contains(words, low)) {
			g_free(low);
			return 0;
		}
	}
	n = strlen(low);
	g_hash_table_add(words, low);
	return n;
}

/*
 * Distinct lowercased letter runs of a text (UTF-8, as hyph_points
 * lowercases them); runs longer than HYPH_MAX_WORD are left out (they
 * are never hyphenated).  A run broken by a hyphen at a line end
 * ("inter-" and "national") is also taken whole: a plain-text source
 * joins it.  NULL if the words add up to more than HYPH_PRUNE_MAX
 * bytes.
 */
static GHashTable *
text_words(const char *text, size_t len)
{
	GHashTable	*words = g_hash_table_new_full(g_str_hash,
	    g_str_equal, g_free, NULL);
	const char	*p = text, *e = text + len, *run = NULL, *prev = NULL;
	const char	*prev_end = NULL;
	size_t		 total = 0;

	while (p <= e) {
		/* ASCII (most of a text) without decoding */
		gunichar c = p == e ? 0 : (unsigned char)*p < 0x80 ?
		    (gunichar)*p : g_utf8_get_char_validated(p, e - p);
		int alpha = p < e && (c < 0x80 ? g_ascii_isalpha(c) :
		    c < 0x110000 && g_unichar_isalpha(c));

		if (alpha && run == NULL)
			run = p;
		if (!alpha && run != NULL) {
			if (p - run <= HYPH_MAX_WORD)
				total += add_word(words, run, p);
			/* "inter-\n  national": the joined word too */
			if (prev != NULL && (p - run) + (prev_end - prev) <=
			    HYPH_MAX_WORD) {
				char	j[HYPH_MAX_WORD + 1];
				size_t	a = (size_t)(prev_end - prev);

				memcpy(j, prev, a);
				memcpy(j + a, run, (size_t)(p - run));
				total += add_word(words, j, j + a + (p - run));
			}
			prev = NULL;
			if (p < e && *p == '-') {
				const char *q = p + 1;

				while (q < e && (*q == ' ' || *q == '\t' ||
				    *q == '\r'))
					q++;
				if (q < e && *q == '\n') {
					prev = run;
					prev_end = p;
				}
			}
			if (total > HYPH_PRUNE_MAX) {
				g_hash_table_unref(words);
				return NULL;
			}
		}
		if (!alpha)
			run = NULL;
		if (p >= e)
			break;
		p = c < 0x80 || c >= 0x110000 ? p + 1 : g_utf8_next_char(p);
	}
	return words;
}

/*
 * The letters of a pattern line into buf (digits dropped, up to a '/'),
 * without the dots that anchor it to a word's (or a compound part's)
 * start or end.  Returns the length, or -1 if it does not fit.
 */
static int
core_letters(const char *line, size_t len, char *buf, size_t size)
{
	size_t	i, n = 0;

	for (i = 0; i < len && line[i] != '/' && !g_ascii_isspace(line[i]);
	    i++) {
		if (g_ascii_isdigit(line[i]) || line[i] == '.')
			continue;
		if (n + 1 >= size)
			return -1;
		buf[n++] = line[i];
	}
	buf[n] = '\0';
	return (int)n;
}

static gint
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The pieces of a text's words: every substring of at most maxlen bytes,
 * as the nodes of a trie (node 0 the empty piece), its edges in an
 * open-addressing table of (node, byte) -> child.  A pattern's letters
 * walk down it one step each, without building or hashing a string.
 */
struct pieces {
	guint32		*key;		/* node << 8 | byte, plus 1; 0: free */
	guint32		*child;
	guint32		 mask;		/* table size - 1 */
	guint32		 nodes;
};

static guint32
slot(const struct pieces *pc, guint32 key)
{
	guint32	h = key, i;

	/* a full mix: the low bits of key * odd depend on its low bits
	 * alone, which are the byte and the node's last bits */
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	i = h & pc->mask;

	while (pc->key[i] != 0 && pc->key[i] != key)
		i = (i + 1) & pc->mask;
	return i;
}

/* The child of node by byte c, or 0 (no such piece). */
static guint32
step(const struct pieces *pc, guint32 node, unsigned char c)
{
	guint32	i = slot(pc, (node << 8 | c) + 1);

	return pc->key[i] != 0 ? pc->child[i] : 0;
}

static guint32
grow_step(struct pieces *pc, guint32 node, unsigned char c)
{
	guint32	key = (node << 8 | c) + 1, i;

	if ((pc->nodes + 1) * 2 > pc->mask) {
		struct pieces	big = { 0 };
		guint32		j;

		big.mask = pc->mask * 2 + 1;
		big.key = g_new0(guint32, big.mask + 1);
		big.child = g_new(guint32, big.mask + 1);
		for (j = 0; j <= pc->mask; j++)
			if (pc->key[j] != 0) {
				i = slot(&big, pc->key[j]);
				big.key[i] = pc->key[j];
				big.child[i] = pc->child[j];
			}
		g_free(pc->key);
		g_free(pc->child);
		big.nodes = pc->nodes;
		*pc = big;
	}
	i = slot(pc, key);
	if (pc->key[i] == 0) {
		pc->key[i] = key;
		pc->child[i] = ++pc->nodes;
	}
	return pc->child[i];
}

/* Every substring of the words (in the dictionary's character set cset,
 * NULL for UTF-8), up to maxlen bytes. */
static void
pieces_of(struct pieces *pc, GHashTable *words, size_t maxlen,
    const char *cset)
{
	GHashTableIter	 it;
	gpointer	 key;

	pc->mask = 4095;
	pc->key = g_new0(guint32, pc->mask + 1);
	pc->child = g_new(guint32, pc->mask + 1);
	g_hash_table_iter_init(&it, words);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		char *conv = cset != NULL ? g_convert(key, -1, cset, "UTF-8",
		    NULL, NULL, NULL) : NULL;
		const char *w = cset != NULL ? conv : key;
		size_t n = w != NULL ? strlen(w) : 0, i, k;
		guint32 node;

		for (i = 0; i < n; i++)
			for (k = 0, node = 0; k < maxlen && i + k < n; k++)
				node = grow_step(pc, node,
				    (unsigned char)w[i + k]);
		g_free(conv);
	}
}

/*
 * The states of the automaton a cut-down dictionary needs, level by
 * level.  libhyphen matches by walking an automaton whose states are
 * the prefixes of all patterns, without following suffix links, so
 * which patterns fire depends on which states exist.  Every prefix of a
 * pattern that can be a piece of the text stays a state, as a pattern
 * of zeros (which changes no hyphen value), unless a kept pattern is
 * that prefix.  A prefix is a piece (a trie node) after an optional
 * leading dot: (node, dot) names it.
 */
struct states {
	char		**seen;		/* [node * 2 + dot]: its text */
	guint8		 *kept;		/* [node * 2 + dot]: 1 for the
					 * prefixes kept as patterns */
	GArray		 *ids;		/* the ids seen, to clear */
	size_t		  n;		/* ids: 2 (nodes + 1) */
};

/*
 * The letters of pattern line (its first len bytes; digits dropped, up
 * to a '/') walked down the trie: the prefixes met become states.
 * Returns the node of all its letters, 0 if they are no piece (or there
 * are none); *dot, *end_dot: whether it opens or ends with a dot.
 */
static guint32
walk(const struct pieces *pc, const char *line, size_t len,
    struct states *st, int *dot, int *end_dot)
{
	char	pat[64];
	size_t	i, k, n = 0;
	guint32	node = 0;
	int	letters = 0;

	for (i = 0; i < len && line[i] != '/' && !g_ascii_isspace(line[i]) &&
	    n + 1 < sizeof(pat); i++)
		if (!g_ascii_isdigit(line[i]))
			pat[n++] = line[i];
	*dot = n > 0 && pat[0] == '.';
	*end_dot = n > 1 && pat[n - 1] == '.';
	for (k = 1; k <= n; k++) {
		if (pat[k - 1] != '.') {
			node = step(pc, node, (unsigned char)pat[k - 1]);
			letters++;
			/* a longer prefix holds this one: none further is
			 * a piece */
			if (node == 0)
				return 0;
		}
		if (k < n) {
			guint32 id = node * 2 + (guint32)*dot;

			if (st->seen[id] == NULL) {
				st->seen[id] = g_strndup(pat, k);
				g_array_append_val(st->ids, id);
			}
		}
	}
	return letters > 0 ? node : 0;
}

/* Zero patterns for the states of a level that no kept pattern makes,
 * sorted (the same dictionary text every run); both sets are emptied
 * for the next level. */
static void
add_states(GString *out, struct states *st)
{
	GPtrArray	*sorted = g_ptr_array_new_with_free_func(g_free);
	guint		 i;

	for (i = 0; i < st->ids->len; i++) {
		guint32 id = g_array_index(st->ids, guint32, i);

		if (!st->kept[id])
			g_ptr_array_add(sorted, st->seen[id]);
		else
			g_free(st->seen[id]);
		st->seen[id] = NULL;
	}
	g_ptr_array_sort(sorted, cmp_str);
	for (i = 0; i < sorted->len; i++) {
		g_string_append(out, g_ptr_array_index(sorted, i));
		g_string_append_c(out, '\n');
	}
	g_ptr_array_unref(sorted);
	memset(st->kept, 0, st->n);
	g_array_set_size(st->ids, 0);
}

/*
 * Liang's patterns act on a word only through those whose letters are a
 * piece of it: a dictionary cut down to those (plus the automaton states
 * they walk through, see need_states) hyphenates the text's words
 * exactly as the whole one does, and loads in a fraction of the time:
 * libhyphen parses the whole file on every load (11 000 lines for
 * en-US, 78 000 for de).
 */
static HyphenDict *
load_pruned(const char *path, GHashTable *words)
{
	char		*buf, *line, *next, *cset, core[64];
	gsize		 blen;
	GString		*out;
	struct pieces	 pc = { 0 };
	struct states	 st;
	size_t		 maxlen = 0, n;
	HyphenDict	*d = NULL;
	FILE		*f;

	if (!g_file_get_contents(path, &buf, &blen, NULL))
		return NULL;
	next = strchr(buf, '\n');
	cset = g_strstrip(g_strndup(buf, next != NULL ? (gsize)(next - buf) :
	    blen));
	/* the longest pattern line bounds the pieces worth keeping */
	for (line = next; line != NULL; line = next) {
		line++;
		next = strchr(line, '\n');
		n = next != NULL ? (size_t)(next - line) : strlen(line);
		if (n > maxlen && line[0] != '#' && line[0] != '%' &&
		    !g_ascii_isupper(line[0])) {
			int c = core_letters(line, n, core, sizeof(core));

			if (c < 0 || (size_t)c > maxlen)
				maxlen = c < 0 ? n : (size_t)c;
		}
	}
	pieces_of(&pc, words, maxlen, g_ascii_strcasecmp(cset, "UTF-8") ==
	    0 ? NULL : cset);
	out = g_string_new(cset);
	g_string_append_c(out, '\n');
	st.n = 2 * ((size_t)pc.nodes + 1);
	st.seen = g_new0(char *, st.n);
	st.kept = g_new0(guint8, st.n);
	st.ids = g_array_new(FALSE, FALSE, sizeof(guint32));
	for (line = strchr(buf, '\n'); line != NULL; line = next) {
		guint32	node;
		int	dot, end_dot;

		line++;
		next = strchr(line, '\n');
		n = next != NULL ? (size_t)(next - line) : strlen(line);
		if (n == 0 || line[0] == '%' || line[0] == '#')
			continue;
		if (g_ascii_isupper(line[0])) {
			/* LEFTHYPHENMIN, NOHYPHEN, NEXTLEVEL... */
			if (strncmp(line, "NEXTLEVEL", 9) == 0)
				add_states(out, &st);
			g_string_append_len(out, line, (gssize)n);
			g_string_append_c(out, '\n');
			continue;
		}
		if ((node = walk(&pc, line, n, &st, &dot, &end_dot)) == 0 ||
		    core_letters(line, n, core, sizeof(core)) <= 0)
			continue;
		g_string_append_len(out, line, (gssize)n);
		g_string_append_c(out, '\n');
		/* a state is never the whole of a pattern ending in a dot */
		if (!end_dot)
			st.kept[node * 2 + (guint32)dot] = 1;
	}
	add_states(out, &st);
	f = fmemopen(out->str, out->len, "r");
	if (f != NULL) {
		d = hnj_hyphen_load_file(f);
		fclose(f);
	}
	g_free(st.kept);
	g_free(st.seen);
	g_array_unref(st.ids);
	g_string_free(out, TRUE);
	g_free(pc.key);
	g_free(pc.child);
	g_free(cset);
	g_free(buf);
	return d;
}

/*
 * A dictionary of at most HYPH_WHOLE_KEPT_MAX bytes, whole, from its
 * compiled form in the user's cache; on a miss, loaded from its text
 * and kept there compiled for the next runs.  NULL without a cache
 * folder (the caller cuts the dictionary down instead) or if the file
 * cannot be loaded.
 */
static struct hdict *
load_compiled(const char *path, const struct stat *st)
{
	HyphenDict	*d;
	struct hdict	*h;

	if ((d = hyph_store_load(path, st)) != NULL) {
		h = hdict_new(d, NULL);
		h->stored = 1;
		return h;
	}
	if (!cachefile_usable() || (d = hnj_hyphen_load(path)) == NULL)
		return NULL;
	hyph_store_save(path, st, d);
	return hdict_new(d, NULL);
}

/* 1 if every word of a is in b. */
static int
subset(GHashTable *a, GHashTable *b)
{
	GHashTableIter	 it;
	gpointer	 key;

	g_hash_table_iter_init(&it, a);
	while (g_hash_table_iter_next(&it, &key, NULL))
		if (!g_hash_table_contains(b, key))
			return 0;
	return 1;
}

/* The total bytes of the words of a and b together. */
static size_t
union_bytes(GHashTable *a, GHashTable *b)
{
	GHashTableIter	 it;
	gpointer	 key;
	size_t		 n = 0;

	g_hash_table_iter_init(&it, a);
	while (g_hash_table_iter_next(&it, &key, NULL))
		n += strlen(key);
	g_hash_table_iter_init(&it, b);
	while (g_hash_table_iter_next(&it, &key, NULL))
		if (!g_hash_table_contains(a, key))
			n += strlen(key);
	return n;
}

/*
 * The dictionary at path for a text (NULL: any word), through cache if
 * not NULL: one kept there serves if it holds the text's words; else
 * one is loaded and kept instead (cut down to the text's words and
 * those of the one it replaces, so that editing back and forth does not
 * load again).  Which words get points depends on the text and the
 * file only, never on what the cache held.
 */
static struct hyph *
load_for(const char *path, const char *text, size_t len,
    struct hyph_cache *cache)
{
	GHashTable	*words = NULL, *cut = NULL;
	struct hdict	*d = NULL, *old = NULL;
	struct hyph	*h;
	struct stat	 st;
	off_t		 size = stat(path, &st) == 0 ? st.st_size : 0;
	int		 fresh = 0;

	/* the words that get points depend on the text and the file only;
	 * a long text costs more to list than en-US to load whole */
	if (text != NULL && size > HYPH_WHOLE_MAX && (size >
	    HYPH_WHOLE_KEPT_MAX || len <= HYPH_PRUNE_MAX))
		words = text_words(text, len);
	if (cache != NULL) {
		g_mutex_lock(&cache->lock);
		if ((old = g_hash_table_lookup(cache->dicts, path)) != NULL)
			g_atomic_int_inc(&old->refs);
		g_mutex_unlock(&cache->lock);
		if (old != NULL && (old->words == NULL || (words != NULL &&
		    subset(words, old->words)))) {
			d = old;
			old = NULL;
		}
	}
	if (d == NULL)
		fresh = 1;
	if (d == NULL && size > 0 && size <= HYPH_WHOLE_KEPT_MAX)
		d = load_compiled(path, &st);
	if (d == NULL && (words == NULL || (cache != NULL &&
	    size <= HYPH_WHOLE_KEPT_MAX)))
		d = hdict_new(hnj_hyphen_load(path), NULL);
	else if (d == NULL) {
		cut = g_hash_table_ref(words);
		if (old != NULL && union_bytes(words, old->words) <=
		    HYPH_PRUNE_MAX) {
			GHashTableIter it;
			gpointer key;

			g_hash_table_unref(cut);
			cut = g_hash_table_new_full(g_str_hash, g_str_equal,
			    g_free, NULL);
			g_hash_table_iter_init(&it, words);
			while (g_hash_table_iter_next(&it, &key, NULL))
				g_hash_table_add(cut, g_strdup(key));
			g_hash_table_iter_init(&it, old->words);
			while (g_hash_table_iter_next(&it, &key, NULL))
				if (!g_hash_table_contains(cut, key))
					g_hash_table_add(cut, g_strdup(key));
		}
		d = hdict_new(load_pruned(path, cut), cut);
		g_hash_table_unref(cut);
	}
	if (d != NULL && cache != NULL && fresh) {
		g_mutex_lock(&cache->lock);
		g_atomic_int_inc(&d->refs);
		g_hash_table_replace(cache->dicts, g_strdup(path), d);
		g_mutex_unlock(&cache->lock);
	}
	hdict_unref(old);
	h = wrap(d, words);
	if (words != NULL)
		g_hash_table_unref(words);
	return h;
}

struct hyph *
hyph_new_for_text(const char *lang, const char *dir, const char *text,
    size_t len)
{
	char		*path = hyph_dict_path(lang, dir);
	struct hyph	*h = path != NULL ? load_for(path, text, len, NULL) :
			    NULL;

	g_free(path);
	return h;
}

void
hyph_free(struct hyph *h)
{
	if (h == NULL)
		return;
	hdict_unref(h->d);
	if (h->only != NULL)
		g_hash_table_unref(h->only);
	g_free(h);
}

struct hyph_cache *
hyph_cache_new(void)
{
	struct hyph_cache *c = g_new0(struct hyph_cache, 1);

	g_mutex_init(&c->lock);
	c->dicts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)hdict_unref);
	return c;
}

void
hyph_cache_free(struct hyph_cache *c)
{
	if (c == NULL)
		return;
	g_hash_table_unref(c->dicts);
	g_mutex_clear(&c->lock);
	g_free(c);
}

/* Byte offsets, in the lowercased UTF-8 word, where a break may go. */
static GArray *
compute(struct hdict *h, const char *low)
{
	GArray	*pts = g_array_new(FALSE, FALSE, sizeof(gsize));
	char	*enc = NULL, *hy, **rep = NULL;
	int	*pos = NULL, *cut = NULL;
	glong	 nchars = g_utf8_strlen(low, -1), k;
	gsize	 elen, i;
	const char *w;

	if (nchars < 5)
		return pts;
	if (h->cset != NULL) {
		enc = g_convert(low, -1, h->cset, "UTF-8", NULL, &elen, NULL);
		if (enc == NULL)
			return pts;
		w = enc;
	} else {
		w = low;
		elen = strlen(low);
	}
	hy = g_malloc0(elen + 5);
	if (hnj_hyphen_hyphenate3(h->dict, w, (int)elen, hy, NULL, &rep,
	    &pos, &cut, 2, 3, 2, 3) == 0 && rep == NULL) {
		/* hy[k] odd: a break after character k of the word
		 * (libhyphen gives a UTF-8 dictionary's points by
		 * character too, not by byte: "cé-lé-bra-tions") */
		for (k = 0; k + 1 < nchars && (gsize)k < elen; k++) {
			gsize	off;

			if (!(hy[k] & 1) || k + 1 < 2 || nchars - (k + 1) < 3)
				continue;
			off = (gsize)(g_utf8_offset_to_pointer(low, k + 1) -
			    low);
			g_array_append_val(pts, off);
		}
	}
	if (rep != NULL) {
		for (i = 0; i < elen; i++)
			free(rep[i]);
		free(rep);
		free(pos);
		free(cut);
	}
	g_free(hy);
	g_free(enc);
	return pts;
}

void
hyph_points(struct hyph *h, const char *word, size_t len, GArray *points)
{
	GArray		*pts;
	char		 buf[HYPH_MAX_WORD + 1], *low = NULL;
	const char	*p, *key = buf;
	int		 upper = 0, letters = 0, ascii = 1;
	size_t		 i;

	if (h == NULL || len > HYPH_MAX_WORD)
		return;
	for (p = word; p < word + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (!g_unichar_isalpha(c))
			return;
		letters++;
		upper += g_unichar_isupper(c) ? 1 : 0;
		ascii &= c < 0x80;
	}
	if (letters > 1 && upper == letters)
		return;
	/* an ASCII word lowercased on the stack (most words): allocated
	 * only when it becomes a key of the cache */
	if (ascii) {
		for (i = 0; i < len; i++)
			buf[i] = g_ascii_tolower(word[i]);
		buf[len] = '\0';
	} else
		key = low = g_utf8_strdown(word, (gssize)len);
	if (h->only != NULL && !g_hash_table_contains(h->only, key)) {
		g_free(low);
		return;
	}
	pts = g_hash_table_lookup(h->d->cache, key);
	if (pts == NULL) {
		pts = compute(h->d, key);
		g_hash_table_insert(h->d->cache, low != NULL ? low :
		    g_strdup(buf), pts);
		low = NULL;
	}
	g_free(low);
	/* lowercasing keeps byte lengths for the scripts we hyphenate; if
	 * it did not, the offsets would not fit: drop them */
	if (pts->len > 0 && g_array_index(pts, gsize, pts->len - 1) >= len)
		return;
	g_array_append_vals(points, pts->data, pts->len);
}

struct hyph_loader {
	GThread		*thread;
	char		*lang;
	char		*dir;
	const char	*text;		/* borrowed until hyph_wait */
	size_t		 len;
	struct hyph_cache *cache;
};

static gpointer
load(gpointer p)
{
	struct hyph_loader *l = p;
	char		*path = hyph_dict_path(l->lang, l->dir);
	struct hyph	*h = NULL;

	if (path != NULL)
		h = load_for(path, l->text, l->len, l->cache);
	g_free(path);
	return h;
}

struct hyph_loader *
hyph_start(const char *lang, const char *dir, const char *text, size_t len)
{
	return hyph_start_cached(lang, dir, text, len, NULL);
}

struct hyph_loader *
hyph_start_cached(const char *lang, const char *dir, const char *text,
    size_t len, struct hyph_cache *cache)
{
	struct hyph_loader *l = g_new0(struct hyph_loader, 1);

	l->lang = g_strdup(lang);
	l->dir = g_strdup(dir);
	l->text = text;
	l->len = len;
	l->cache = cache;
	l->thread = g_thread_new("hyph", load, l);
	return l;
}

struct hyph *
hyph_wait(struct hyph_loader *l)
{
	struct hyph	*h = g_thread_join(l->thread);

	g_free(l->lang);
	g_free(l->dir);
	g_free(l);
	return h;
}
