/* SPDX-License-Identifier: MIT */
/*
 * The names of the diagram's states and organisations as the text
 * writes them: read after the layer's actors are given their entries
 * (extract.c), before the relations.
 */
#include <string.h>

#include <glib.h>

#include "extract_int.h"
#include "gazetteer.h"
#include "text.h"

void		 extract_own_names(struct run *);

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

	if (r->t->lang != TEXT_EN || r->lc != NULL)
		return;
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

