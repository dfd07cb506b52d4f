/* SPDX-License-Identifier: MIT */
/*
 * libhyphen's automaton, compiled once and kept in the user's cache
 * (cachefile.h: the key, the checksum, the mapping).
 *
 * The content: a header (struct head), then for each level (libhyphen's
 * NEXTLEVEL chain) LEVEL_INTS numbers, for each state STATE_INTS (all
 * 32-bit, in the machine's order: the cache is the machine's own), the
 * transitions as libhyphen's HyphenTrans, then the strings (matches,
 * NOHYPHEN lists), each ending in a NUL.  Offsets into the strings are
 * -1 for none.  A loaded dictionary's levels and states are made in one
 * block; its transitions and strings are used where they are, in the
 * mapped file, which the block holds.  Loading checks the sizes, then
 * that each level is a trie whose fallbacks lead to shallower states
 * and whose matches fit their depth, as libhyphen's own loader makes
 * them: libhyphen's hyphenate trusts those, and loops or writes outside
 * its buffers otherwise.
 */
#include <string.h>

#include <glib.h>

#include "cachefile.h"
#include "hyph_store.h"

#define STORE_VERSION	2
#define MAX_LEVELS	4
#define LEVEL_INTS	13	/* 8 numbers, then cset's 20 bytes */
#define STATE_INTS	4	/* match, fallback, num_trans, first trans */
#define MAX_STATES	(1 << 22)
#define MAX_FILE	(64 << 20)	/* en-US takes some 430 KB */

struct head {
	guint32	 levels;
	guint32	 states;	/* of all levels */
	guint32	 trans;
	guint32	 pool;		/* string bytes */
};

G_STATIC_ASSERT(sizeof(((HyphenDict *)0)->cset) == 20);
G_STATIC_ASSERT(sizeof(HyphenTrans) == 8);

/* The block a loaded dictionary is: the mapped file it points into
 * (the transitions and strings are used where they are), then the
 * levels and the states. */
struct block {
	GBytes		*file;
	gint64		 align;
};

/* What the compiled form depends on: the file as it is now. */
static char *
store_key(const char *path, const struct stat *st)
{
	return g_strdup_printf("hyphen automaton %d: %s, %" G_GUINT64_FORMAT
	    " bytes, modified %" G_GINT64_FORMAT ".%09ld", STORE_VERSION, path,
	    (guint64)st->st_size, (gint64)st->st_mtim.tv_sec,
	    (long)st->st_mtim.tv_nsec);
}

static size_t
body_size(const struct head *h)
{
	return (size_t)h->levels * LEVEL_INTS * 4 + (size_t)h->states *
	    STATE_INTS * 4 + (size_t)h->trans * sizeof(HyphenTrans) + h->pool;
}

/* --- saving ----------------------------------------------------------- */

static gint32
pool_add(GByteArray *pool, const char *s, size_t n)
{
	gint32	at = (gint32)pool->len;

	g_byte_array_append(pool, (const guint8 *)s, (guint)n);
	g_byte_array_append(pool, (const guint8 *)"", 1);
	return at;
}

static void
put(GByteArray *b, gint32 v)
{
	g_byte_array_append(b, (const guint8 *)&v, 4);
}

int
hyph_store_save(const char *path, const struct stat *st, const HyphenDict *d)
{
	GByteArray	*nums = g_byte_array_new(), *pool = g_byte_array_new();
	GByteArray	*states = g_byte_array_new(), *trans = g_byte_array_new();
	struct head	 h = { 0 };
	const HyphenDict *x;
	char		*key = NULL;
	guint32		 first = 0;
	int		 i, k, ret = -1;

	if (d == NULL)
		goto out;
	for (x = d; x != NULL; x = x->nextlevel) {
		gint32	nh = -1;
		const char *p;

		if (++h.levels > MAX_LEVELS || x->num_states < 1 ||
		    h.states + (guint32)x->num_states > MAX_STATES)
			goto out;
		if (x->nohyphen != NULL) {
			/* nohyphenl strings, one after the other */
			for (p = x->nohyphen, k = 0; k < x->nohyphenl; k++)
				p += strlen(p) + 1;
			nh = (gint32)pool->len;
			g_byte_array_append(pool, (const guint8 *)x->nohyphen,
			    (guint)(p - x->nohyphen));
		}
		put(nums, x->lhmin);
		put(nums, x->rhmin);
		put(nums, x->clhmin);
		put(nums, x->crhmin);
		put(nums, nh);
		put(nums, x->nohyphen != NULL ? x->nohyphenl : 0);
		put(nums, x->num_states);
		put(nums, x->utf8 != 0);
		g_byte_array_append(nums, (const guint8 *)x->cset,
		    sizeof(x->cset));
		for (i = 0; i < x->num_states; i++) {
			const HyphenState *s = &x->states[i];

			/* non-standard hyphenation: not kept */
			if (s->repl != NULL || s->num_trans < 0)
				goto out;
			put(states, s->match != NULL ? pool_add(pool,
			    s->match, strlen(s->match)) : -1);
			put(states, s->fallback_state);
			put(states, s->num_trans);
			put(states, (gint32)first);
			for (k = 0; k < s->num_trans; k++) {
				/* as libharu's structure, padding zeroed:
				 * used in place once loaded */
				HyphenTrans t;

				memset(&t, 0, sizeof(t));
				t.ch = s->trans[k].ch;
				t.new_state = s->trans[k].new_state;
				g_byte_array_append(trans, (const guint8 *)&t,
				    sizeof(t));
			}
			first += (guint32)s->num_trans;
		}
		h.states += (guint32)x->num_states;
	}
	h.trans = first;
	h.pool = pool->len;
	g_byte_array_prepend(nums, (const guint8 *)&h, sizeof(h));
	g_byte_array_append(nums, states->data, states->len);
	g_byte_array_append(nums, trans->data, trans->len);
	g_byte_array_append(nums, pool->data, pool->len);
	key = store_key(path, st);
	if (cachefile_write("hyph", path, key, nums->data, nums->len) != 0)
		goto out;
	ret = 0;
out:
	g_free(key);
	g_byte_array_unref(nums);
	g_byte_array_unref(pool);
	g_byte_array_unref(states);
	g_byte_array_unref(trans);
	return ret;
}

/* --- loading ---------------------------------------------------------- */

/* The string at off of the pool, NULL if off is -1, or bad (*bad set)
 * if it does not end inside the pool. */
static char *
pool_str(char *pool, guint32 len, gint32 off, int *bad)
{
	if (off == -1)
		return NULL;
	if (off < 0 || (guint32)off >= len ||
	    memchr(pool + off, '\0', len - (guint32)off) == NULL) {
		*bad = 1;
		return NULL;
	}
	return pool + off;
}

/*
 * Check one level as libhyphen's hyphenate needs it: every state but
 * the first the target of exactly one transition and reached from the
 * first (a trie), each fallback -1 or a shallower state (the fallback
 * walk ends), each match at most one longer than its state's depth (its
 * digits start inside the word).  0 if it holds.
 */
static int
check_level(const HyphenDict *x)
{
	guint32	 n = (guint32)x->num_states, i, head = 0, tail = 1;
	guint32	*depth = g_new(guint32, n), *queue = g_new(guint32, n);
	guint8	*in = g_new0(guint8, n);
	int	 k, bad = 0;

	queue[0] = 0;
	depth[0] = 0;
	in[0] = 1;
	while (head < tail && !bad) {
		const HyphenState *s = &x->states[queue[head]];

		for (k = 0; k < s->num_trans && !bad; k++) {
			gint32 t = s->trans[k].new_state;

			if (t <= 0 || (guint32)t >= n || in[t]) {
				bad = 1;
				break;
			}
			in[t] = 1;
			depth[t] = depth[queue[head]] + 1;
			queue[tail++] = (guint32)t;
		}
		head++;
	}
	if (tail != n)
		bad = 1;
	for (i = 0; i < n && !bad; i++) {
		const HyphenState *s = &x->states[i];
		gint32 f = s->fallback_state;

		if (f != -1 && (f < 0 || (guint32)f >= n ||
		    depth[f] >= depth[i]))
			bad = 1;
		if (s->match != NULL && strlen(s->match) > depth[i] + 1)
			bad = 1;
	}
	g_free(depth);
	g_free(queue);
	g_free(in);
	return bad ? -1 : 0;
}

HyphenDict *
hyph_store_load(const char *path, const struct stat *st)
{
	struct head	 h;
	char		*key = store_key(path, st), *pool, *block = NULL;
	GBytes		*bytes = cachefile_read("hyph", path, key, MAX_FILE);
	const char	*buf;
	gsize		 len = 0;
	const gint32	*lv, *sv;
	HyphenDict	*dicts;
	HyphenState	*states;
	HyphenTrans	*trans;
	size_t		 used = 0, tused = 0;
	guint32		 l;
	int		 bad = 0;

	g_free(key);
	if (bytes == NULL)
		return NULL;
	buf = g_bytes_get_data(bytes, &len);
	if (len < sizeof(h))
		goto fail;
	memcpy(&h, buf, sizeof(h));
	if (h.levels < 1 || h.levels > MAX_LEVELS || h.states > MAX_STATES ||
	    h.trans > MAX_STATES || h.pool > G_MAXINT32 ||
	    len != sizeof(h) + body_size(&h))
		goto fail;
	lv = (const gint32 *)(buf + sizeof(h));
	sv = lv + (size_t)h.levels * LEVEL_INTS;
	/* the transitions and the strings where they are in the file */
	trans = (HyphenTrans *)(sv + (size_t)h.states * STATE_INTS);
	pool = (char *)(trans + h.trans);
	/* one block: the file's reference, the levels, the states
	 * (hyph_store_free frees it whole) */
	block = g_malloc0(sizeof(struct block) + h.levels *
	    sizeof(HyphenDict) + (size_t)h.states * sizeof(HyphenState));
	((struct block *)block)->file = bytes;
	dicts = (HyphenDict *)(block + sizeof(struct block));
	states = (HyphenState *)(dicts + h.levels);
	for (l = 0; l < h.levels && !bad; l++) {
		const gint32	*v = lv + (size_t)l * LEVEL_INTS;
		HyphenDict	*x = &dicts[l];
		gint32		 ns = v[6], k;

		x->lhmin = (char)v[0];
		x->rhmin = (char)v[1];
		x->clhmin = (char)v[2];
		x->crhmin = (char)v[3];
		x->nohyphen = pool_str(pool, h.pool, v[4], &bad);
		x->nohyphenl = v[5];
		if (x->nohyphen != NULL) {
			/* nohyphenl strings inside the pool */
			const char *p = x->nohyphen;

			for (k = 0; k < x->nohyphenl && !bad; k++) {
				if (p >= pool + h.pool)
					bad = 1;
				else if (pool_str(pool, h.pool, (gint32)(p -
				    pool), &bad) != NULL)
					p += strlen(p) + 1;
			}
		}
		if (x->nohyphenl < 0 || (x->nohyphen == NULL &&
		    x->nohyphenl != 0) || ns < 1 || (size_t)ns > h.states -
		    used || (v[7] != 0 && v[7] != 1))
			bad = 1;
		if (bad)
			break;
		x->utf8 = v[7];
		memcpy(x->cset, v + 8, sizeof(x->cset));
		if (memchr(x->cset, '\0', sizeof(x->cset)) == NULL)
			bad = 1;
		x->num_states = ns;
		x->states = states + used;
		x->nextlevel = l + 1 < h.levels ? &dicts[l + 1] : NULL;
		for (k = 0; k < ns && !bad; k++) {
			const gint32	*s = sv + (used + (size_t)k) *
			    STATE_INTS;
			HyphenState	*y = &x->states[k];

			y->match = pool_str(pool, h.pool, s[0], &bad);
			y->fallback_state = s[1];
			y->num_trans = s[2];
			if (s[2] < 0 || s[3] < 0 || (size_t)s[3] + (size_t)s[2] >
			    h.trans) {
				bad = 1;
				break;
			}
			y->trans = trans + s[3];
			tused += (size_t)s[2];
		}
		used += (size_t)ns;
		if (!bad)
			bad = check_level(x) != 0;
	}
	if (bad || used != h.states || tused != h.trans)
		goto fail;
	return dicts;
fail:
	g_free(block);
	g_bytes_unref(bytes);
	return NULL;
}

void
hyph_store_free(HyphenDict *d)
{
	char	*block;

	if (d == NULL)
		return;
	block = (char *)d - sizeof(struct block);
	g_bytes_unref(((struct block *)block)->file);
	g_free(block);
}
