/* SPDX-License-Identifier: MIT */
/* libhyphen wrapper: dictionary by language, prepared words, a cache. */
#include <string.h>

#include <hyphen.h>

#include "hyph.h"

#define HYPH_MAX_WORD	64	/* longer words are not hyphenated */

struct hyph {
	HyphenDict	*dict;
	char		*cset;		/* NULL for UTF-8 dictionaries */
	GHashTable	*cache;		/* word -> GArray of gsize offsets */
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

struct hyph *
hyph_new(const char *lang, const char *dir)
{
	struct hyph	*h;
	HyphenDict	*d = NULL;
	char		*low = g_ascii_strdown(lang, -1), *path;
	size_t		 i, n;

	g_strdelimit(low, "_", '-');
	for (i = 0; i < G_N_ELEMENTS(dicts) && d == NULL; i++) {
		n = strlen(dicts[i].lang);
		if (strncmp(low, dicts[i].lang, n) != 0 ||
		    (low[n] != '\0' && low[n] != '-'))
			continue;
		path = g_build_filename(dir != NULL ? dir : "/usr/share/hyphen",
		    dicts[i].file, NULL);
		d = hnj_hyphen_load(path);
		g_free(path);
	}
	g_free(low);
	if (d == NULL)
		return NULL;
	h = g_new0(struct hyph, 1);
	h->dict = d;
	if (!d->utf8)
		h->cset = g_strdup(d->cset);
	h->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_array_unref);
	return h;
}

void
hyph_free(struct hyph *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	g_free(h->cset);
	g_hash_table_unref(h->cache);
	g_free(h);
}

/* Byte offsets, in the lowercased UTF-8 word, where a break may go. */
static GArray *
compute(struct hyph *h, const char *low)
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
		/* hy[i] odd: a break after byte i of w */
		k = 0;
		for (i = 0; i + 1 < elen; i++) {
			if (h->cset == NULL &&
			    ((unsigned char)w[i + 1] & 0xC0) == 0x80)
				continue;
			k++;	/* characters before the break */
			if (!(hy[i] & 1) || k < 2 || nchars - k < 3)
				continue;
			{
				gsize off = h->cset == NULL ? i + 1 :
				    (gsize)(g_utf8_offset_to_pointer(low, k) -
				    low);

				g_array_append_val(pts, off);
			}
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
	char		*low;
	const char	*p;
	int		 upper = 0, letters = 0;

	if (h == NULL || len > HYPH_MAX_WORD)
		return;
	for (p = word; p < word + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (!g_unichar_isalpha(c))
			return;
		letters++;
		upper += g_unichar_isupper(c) ? 1 : 0;
	}
	if (letters > 1 && upper == letters)
		return;
	low = g_utf8_strdown(word, (gssize)len);
	pts = g_hash_table_lookup(h->cache, low);
	if (pts == NULL) {
		pts = compute(h, low);
		g_hash_table_insert(h->cache, low, pts);
	} else
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
};

static gpointer
load(gpointer p)
{
	struct hyph_loader *l = p;

	return hyph_new(l->lang, l->dir);
}

struct hyph_loader *
hyph_start(const char *lang, const char *dir)
{
	struct hyph_loader *l = g_new0(struct hyph_loader, 1);

	l->lang = g_strdup(lang);
	l->dir = g_strdup(dir);
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
