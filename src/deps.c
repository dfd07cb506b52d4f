/* SPDX-License-Identifier: MIT */
/* The files a build reads: --deps prints them as make rules, --watch
 * watches them. */
#include <errno.h>
#include <string.h>

#include "deps.h"
#include "doc.h"
#include "hyph.h"
#include "msg.h"
#include "notes.h"
#include "source.h"

static void
dep_free(gpointer p)
{
	struct dep	*d = p;

	g_free(d->path);
	g_free(d);
}

/* Add path (taken) unless listed. */
static void
add(GPtrArray *deps, char *path, int kept)
{
	struct dep	*d;
	guint		 i;

	for (i = 0; i < deps->len; i++)
		if (strcmp(((struct dep *)g_ptr_array_index(deps, i))->path,
		    path) == 0) {
			g_free(path);
			return;
		}
	d = g_new0(struct dep, 1);
	d->path = path;
	d->kept = kept;
	g_ptr_array_add(deps, d);
}

/* A file an article names: relative to the source's folder. */
static char *
named(const char *src, const char *name)
{
	char	*dir, *res;

	if (g_path_is_absolute(name))
		return g_strdup(name);
	dir = g_path_get_dirname(src);
	res = strcmp(dir, ".") == 0 ? g_strdup(name) :
	    g_build_filename(dir, name, NULL);
	g_free(dir);
	return res;
}

/* The image files of the blocks, as the typesetter reads them: no
 * remote URL, no other scheme, "%20" decoded. */
static void
images(GPtrArray *deps, const char *src, const GPtrArray *blocks)
{
	guint	i;

	for (i = 0; blocks != NULL && i < blocks->len; i++) {
		const struct doc_node *n = g_ptr_array_index(blocks, i);
		const char *s = n->src, *colon;
		char *name;

		images(deps, src, n->children);
		if (n->type != DOC_IMAGE || s == NULL || *s == '\0' ||
		    g_ascii_strncasecmp(s, "http:", 5) == 0 ||
		    g_ascii_strncasecmp(s, "https:", 6) == 0 ||
		    strncmp(s, "//", 2) == 0)
			continue;
		colon = strchr(s, ':');
		if (colon != NULL && colon - s > 1 &&
		    strcspn(s, "/") > (size_t)(colon - s))
			continue;
		if ((name = g_uri_unescape_string(s, NULL)) == NULL)
			name = g_strdup(s);
		add(deps, named(src, name), 0);
		g_free(name);
	}
}

static gint
cmp_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The font files: the folder fontconfig is given holds them all. */
static void
fonts(GPtrArray *deps)
{
	const char	*env = g_getenv("BRIEFING_FONTDIR");
	const char	*assets = build_assets_dir(), *e;
	char		*dir, *data;
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	GDir		*d;
	guint		 i;

	if (env != NULL && *env != '\0')
		dir = g_strdup(env);
	else {
		data = g_path_get_dirname(assets != NULL ? assets : "assets");
		dir = g_build_filename(data, "fonts", NULL);
		g_free(data);
	}
	if ((d = g_dir_open(dir, 0, NULL)) != NULL) {
		while ((e = g_dir_read_name(d)) != NULL)
			if (g_str_has_suffix(e, ".ttf") ||
			    g_str_has_suffix(e, ".otf"))
				g_ptr_array_add(names, g_strdup(e));
		g_dir_close(d);
	}
	/* the same list every run */
	g_ptr_array_sort(names, cmp_name);
	for (i = 0; i < names->len; i++)
		add(deps, g_build_filename(dir, g_ptr_array_index(names, i),
		    NULL), 1);
	g_ptr_array_unref(names);
	g_free(dir);
}

GPtrArray *
deps_list(const struct opts *o, const char *path)
{
	GPtrArray	*deps = g_ptr_array_new_with_free_func(dep_free);
	const char	*assets = build_assets_dir();
	struct source	*src;
	struct doc	*doc = NULL;
	char		*s, *lang = NULL;

	add(deps, g_strdup(path), 0);
	/* its messages are the build's to print */
	msg_buffer_begin();
	if ((src = source_load(path)) != NULL)
		doc = doc_read(src);
	g_free(msg_buffer_end());
	if (doc != NULL && (s = notes_glossary_path(doc, assets)) != NULL) {
		add(deps, named(path, s), 0);
		g_free(s);
	}
	if (doc != NULL)
		images(deps, path, doc->blocks);
	if (doc != NULL && doc->meta.lang != NULL)
		lang = g_strdup(doc->meta.lang);
	doc_free(doc);
	source_free(src);
	if (o->pdfa && o->diagram == NULL)
		add(deps, g_build_filename(assets, "icc", "sRGB.icc", NULL),
		    0);
	add(deps, g_build_filename(assets, "gazetteer.tsv", NULL), 1);
	add(deps, g_build_filename(assets, "cues.tsv", NULL), 1);
	if (o->diagram == NULL && (s = hyph_dict_path(lang != NULL ? lang :
	    "en-US", NULL)) != NULL)
		add(deps, s, 1);
	g_free(lang);
	fonts(deps);
	return deps;
}

/* A path as make reads it: blanks, '#' and ':' escaped, '$' doubled. */
static void
put_path(GString *out, const char *p)
{
	for (; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '#' || *p == ':' ||
		    *p == '\\')
			g_string_append_c(out, '\\');
		else if (*p == '$')
			g_string_append_c(out, '$');
		g_string_append_c(out, *p);
	}
}

int
deps_print(const struct opts *o, int nsrc)
{
	GString		*out = g_string_new(NULL);
	GPtrArray	*deps;
	int		 i, status = EXIT_OK;
	guint		 k;
	char		*target;

	for (i = 0; i < nsrc; i++) {
		if (!g_file_test(o->sources[i], G_FILE_TEST_IS_REGULAR)) {
			msg_at(o->sources[i], NULL, MSG_ERROR, "cannot read "
			    "the source: %s", g_file_test(o->sources[i],
			    G_FILE_TEST_EXISTS) ? "not a regular file" :
			    g_strerror(ENOENT));
			status = EXIT_INPUT;
			continue;
		}
		deps = deps_list(o, o->sources[i]);
		target = o->diagram != NULL ? g_strdup(o->diagram) :
		    build_out_path(o, o->sources[i], nsrc);
		/* "a.pdf" for "a.md", as make names it */
		if (g_str_has_prefix(target, "./") &&
		    !g_str_has_prefix(o->sources[i], "./"))
			memmove(target, target + 2, strlen(target + 2) + 1);
		put_path(out, target);
		g_string_append_c(out, ':');
		for (k = 0; k < deps->len; k++) {
			g_string_append(out, " \\\n ");
			put_path(out, ((struct dep *)g_ptr_array_index(deps,
			    k))->path);
		}
		g_string_append_c(out, '\n');
		/* a file no longer named and gone breaks no make run */
		for (k = 1; k < deps->len; k++) {
			g_string_append_c(out, '\n');
			put_path(out, ((struct dep *)g_ptr_array_index(deps,
			    k))->path);
			g_string_append(out, ":\n");
		}
		g_free(target);
		g_ptr_array_unref(deps);
	}
	fputs(out->str, stdout);
	fflush(stdout);
	g_string_free(out, TRUE);
	return status;
}
