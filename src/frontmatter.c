/* SPDX-License-Identifier: MIT */
/* YAML front matter -> struct doc_meta, checking every key and value. */
#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <yaml.h>

#include "doc.h"
#include "frontmatter.h"
#include "lang.h"
#include "msg.h"
#include "source.h"

/*
 * The front matter as a small tree built from libyaml's events, so
 * that the nesting depth is ours to limit.  All nodes live in fm.pool;
 * an alias is the node it names (scalars only), and aliases are limited
 * in number and in the text they add (FM_MAX_ALIASES, FM_MAX_EXPANDED).
 */
struct ynode {
	yaml_node_type_t type;
	char		*text;		/* scalar value, NUL-terminated */
	int		 plain;		/* scalar written without quotes */
	struct pos	 pos;
	GPtrArray	*kids;		/* items; a mapping's key, value... */
};

struct fm {
	const struct source *src;
	struct doc_meta	*meta;
	int		 line0;		/* file line of the first YAML line */
	int		 nerr;
	GPtrArray	*pool;		/* struct ynode *, owned */
	GHashTable	*anchors;	/* name -> struct ynode * */
	int		 naliases;	/* aliases so far */
	size_t		 expanded;	/* bytes of text they repeat */
};

struct key {
	const char	*name;
	void		(*fn)(struct fm *, const char *, const struct ynode *);
};

static struct ynode	*build(struct fm *, yaml_parser_t *);
static int		 alias_ok(struct fm *, const struct ynode *,
			    const yaml_event_t *);
static struct pos	 mark_pos(const struct fm *, yaml_mark_t);
static void		 error(struct fm *, const struct ynode *, const char *,
			    ...) G_GNUC_PRINTF(3, 4);
static void		 unknown(struct fm *, const struct ynode *,
			    const char *, const struct key *);
static void		 walk_map(struct fm *, const struct ynode *,
			    const struct key *, const char *);
static void		 k_string(struct fm *, const char *,
			    const struct ynode *);
static void		 k_date(struct fm *, const char *,
			    const struct ynode *);
static void		 k_lang(struct fm *, const char *,
			    const struct ynode *);
static void		 k_format(struct fm *, const char *,
			    const struct ynode *);
static void		 k_list(struct fm *, const char *,
			    const struct ynode *);
static void		 k_source(struct fm *, const char *,
			    const struct ynode *);
static void		 k_chronology(struct fm *, const char *,
			    const struct ynode *);
static void		 k_actors(struct fm *, const char *,
			    const struct ynode *);
static void		 k_notes(struct fm *, const char *,
			    const struct ynode *);
static void		 k_bool(struct fm *, const char *,
			    const struct ynode *);
static void		 k_ignore(struct fm *, const char *,
			    const struct ynode *);

static const struct key top_keys[] = {
	{ "title",		k_string },
	{ "subtitle",		k_string },
	{ "date",		k_date },
	{ "author",		k_string },
	{ "organisation",	k_string },
	{ "classification",	k_string },
	{ "lang",		k_lang },
	{ "format",		k_format },
	{ "summary",		k_list },
	{ "source",		k_source },
	{ "chronology",		k_chronology },
	{ "actors",		k_actors },
	{ "persons",		k_actors },
	{ "relations",		k_list },
	{ "notes",		k_notes },
	{ "glossary",		k_string },
	{ "attach_source",	k_bool },
	{ "test",		k_ignore },
	{ "organization",	k_string },	/* alias, not suggested */
	{ NULL,			NULL }
};

static const struct key source_keys[] = {
	{ "publication",	k_string },
	{ "url",		k_string },
	{ "published",		k_string },
	{ "retrieved",		k_string },
	{ NULL,			NULL }
};

/* Actor keys are handled in k_actors; the table names them. */
static const struct key actor_keys[] = {
	{ "name",		NULL },
	{ "aliases",		NULL },
	{ "kind",		NULL },
	{ "hide",		NULL },
	{ NULL,			NULL }
};

/* A person of 'persons': the same, with the state in place of a kind. */
static const struct key person_keys[] = {
	{ "name",		NULL },
	{ "state",		NULL },
	{ "aliases",		NULL },
	{ "hide",		NULL },
	{ NULL,			NULL }
};

int
frontmatter_parse(const struct source *src, struct doc_meta *meta)
{
	struct fm	 fm;
	yaml_parser_t	 parser;
	struct ynode	*root;

	if (!src->has_fm)
		return 0;
	memset(&fm, 0, sizeof(fm));
	fm.src = src;
	fm.meta = meta;
	fm.line0 = source_pos(src, src->fm_off).line;
	fm.pool = g_ptr_array_new();
	fm.anchors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser,
	    (const unsigned char *)src->buf + src->fm_off, src->fm_len);
	root = build(&fm, &parser);
	yaml_parser_delete(&parser);

	if (fm.nerr == 0 && root != NULL) {
		if (root->type == YAML_MAPPING_NODE)
			walk_map(&fm, root, top_keys, NULL);
		else if (root->type != YAML_SCALAR_NODE || *root->text != '\0')
			error(&fm, root, "front matter must be a mapping of "
			    "keys to values");
	}

	while (fm.pool->len > 0) {
		struct ynode *n = g_ptr_array_steal_index_fast(fm.pool, 0);

		g_free(n->text);
		if (n->kids != NULL)
			g_ptr_array_free(n->kids, TRUE);
		g_free(n);
	}
	g_ptr_array_free(fm.pool, TRUE);
	g_hash_table_destroy(fm.anchors);
	return fm.nerr;
}

static struct pos
mark_pos(const struct fm *fm, yaml_mark_t mark)
{
	struct pos	pos;

	pos.line = fm->line0 + (int)MIN(mark.line, (size_t)G_MAXINT / 2);
	pos.col = (int)MIN(mark.column, (size_t)G_MAXINT / 2) + 1;
	return pos;
}

static void
error(struct fm *fm, const struct ynode *at, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	msg_at(fm->src->path, &at->pos, MSG_ERROR, "%s", s);
	g_free(s);
	fm->nerr++;
}

static struct ynode *
node_new(struct fm *fm, yaml_node_type_t type, yaml_mark_t mark)
{
	struct ynode	*n;

	n = g_new0(struct ynode, 1);
	n->type = type;
	n->pos = mark_pos(fm, mark);
	if (type != YAML_SCALAR_NODE)
		n->kids = g_ptr_array_new();
	g_ptr_array_add(fm->pool, n);
	return n;
}

/* Report libyaml's problem at its mark. */
static void
yaml_problem(struct fm *fm, const yaml_parser_t *parser)
{
	struct ynode	 at;

	at.pos = mark_pos(fm, parser->problem_mark);
	if (parser->context != NULL)
		error(fm, &at, "front matter: %s (%s)", parser->problem,
		    parser->context);
	else
		error(fm, &at, "front matter: %s",
		    parser->problem != NULL ? parser->problem : "unreadable");
}

/*
 * Count an alias of scalar n; 0 after reporting one too many, or one
 * that repeats too much text.
 */
static int
alias_ok(struct fm *fm, const struct ynode *n, const yaml_event_t *ev)
{
	struct ynode	 at;
	const char	*name = (const char *)ev->data.alias.anchor;

	at.pos = mark_pos(fm, ev->start_mark);
	if (++fm->naliases > FM_MAX_ALIASES) {
		error(fm, &at, "alias '*%s' makes more than %d aliases in the "
		    "front matter", name, FM_MAX_ALIASES);
		return 0;
	}
	fm->expanded += strlen(n->text);
	if (fm->expanded > FM_MAX_EXPANDED) {
		error(fm, &at, "alias '*%s' expands the front matter past %d "
		    "bytes", name, FM_MAX_EXPANDED);
		return 0;
	}
	return 1;
}

/*
 * Turn the event stream into a tree of ynodes; returns the root, or
 * NULL for an empty front matter or after an error.
 */
static struct ynode *
build(struct fm *fm, yaml_parser_t *parser)
{
	yaml_event_t	 ev;
	GPtrArray	*stack;
	struct ynode	*root = NULL, *n, *top;
	int		 ndocs = 0, done = 0;
	const char	*anchor;

	stack = g_ptr_array_new();
	while (!done) {
		if (!yaml_parser_parse(parser, &ev)) {
			yaml_problem(fm, parser);
			break;
		}
		n = NULL;
		anchor = NULL;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++ndocs > 1) {
				struct ynode at;

				at.pos = mark_pos(fm, ev.start_mark);
				error(fm, &at, "front matter holds more than "
				    "one YAML document");
				done = 1;
			}
			break;
		case YAML_SCALAR_EVENT:
			n = node_new(fm, YAML_SCALAR_NODE, ev.start_mark);
			n->text = g_strndup((const char *)ev.data.scalar.value,
			    ev.data.scalar.length);
			n->plain = ev.data.scalar.style ==
			    YAML_PLAIN_SCALAR_STYLE;
			if (strlen(n->text) != ev.data.scalar.length)
				error(fm, n, "front matter text holds a NUL "
				    "character");
			anchor = (const char *)ev.data.scalar.anchor;
			break;
		case YAML_ALIAS_EVENT:
			n = g_hash_table_lookup(fm->anchors,
			    ev.data.alias.anchor);
			if (n == NULL) {
				struct ynode at;

				at.pos = mark_pos(fm, ev.start_mark);
				error(fm, &at, "alias '*%s' names no anchor, "
				    "or a list or mapping (not supported)",
				    (const char *)ev.data.alias.anchor);
				done = 1;
			} else if (!alias_ok(fm, n, &ev))
				done = 1;
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			n = node_new(fm, ev.type == YAML_SEQUENCE_START_EVENT ?
			    YAML_SEQUENCE_NODE : YAML_MAPPING_NODE,
			    ev.start_mark);
			if (stack->len >= FM_MAX_DEPTH) {
				error(fm, n, "front matter nests more than "
				    "%d levels deep", FM_MAX_DEPTH);
				done = 1;
			}
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			g_ptr_array_remove_index(stack, stack->len - 1);
			break;
		default:
			break;
		}
		if (n != NULL && !done) {
			if (stack->len > 0) {
				top = g_ptr_array_index(stack, stack->len - 1);
				g_ptr_array_add(top->kids, n);
			} else
				root = n;
			if (n->kids != NULL &&
			    ev.type != YAML_ALIAS_EVENT)
				g_ptr_array_add(stack, n);
			else if (anchor != NULL)
				g_hash_table_replace(fm->anchors,
				    g_strdup(anchor), n);
		}
		yaml_event_delete(&ev);
	}
	g_ptr_array_free(stack, TRUE);
	return fm->nerr > 0 ? NULL : root;
}

/* 1 if n is absent or a YAML null. */
static int
is_null(const struct ynode *n)
{
	static const char *const nulls[] = { "", "~", "null", "Null", "NULL" };
	size_t	i;

	if (n == NULL)
		return 1;
	if (n->type != YAML_SCALAR_NODE || !n->plain)
		return 0;
	for (i = 0; i < G_N_ELEMENTS(nulls); i++)
		if (strcmp(n->text, nulls[i]) == 0)
			return 1;
	return 0;
}

/* 1 if n is a plain scalar that YAML reads as a number. */
static int
is_number(const struct ynode *n)
{
	char	*end;

	if (n->type != YAML_SCALAR_NODE || !n->plain || n->text[0] == '\0')
		return 0;
	g_ascii_strtod(n->text, &end);
	return *end == '\0';
}

/* A YAML 1.1 boolean: 1 or 0, or -1 if n is none. */
static int
boolean(const struct ynode *n)
{
	static const char *const yes[] = { "true", "yes", "on" };
	static const char *const no[] = { "false", "no", "off" };
	size_t	i;

	if (n->type != YAML_SCALAR_NODE || !n->plain)
		return -1;
	for (i = 0; i < G_N_ELEMENTS(yes); i++) {
		if (g_ascii_strcasecmp(n->text, yes[i]) == 0)
			return 1;
		if (g_ascii_strcasecmp(n->text, no[i]) == 0)
			return 0;
	}
	return -1;
}

int
frontmatter_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j;
	int	*d, r, v;

	/* d[i][j] over three rows would do; keys are short. */
	d = g_new(int, (la + 1) * (lb + 1));
#define D(i, j)	d[(i) * (lb + 1) + (j)]
	for (i = 0; i <= la; i++)
		D(i, 0) = (int)i;
	for (j = 0; j <= lb; j++)
		D(0, j) = (int)j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			v = MIN(D(i - 1, j) + 1, D(i, j - 1) + 1);
			v = MIN(v, D(i - 1, j - 1) + (a[i - 1] != b[j - 1]));
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1])
				v = MIN(v, D(i - 2, j - 2) + 1);
			D(i, j) = v;
		}
	r = D(la, lb);
#undef D
	g_free(d);
	return r;
}

/* Warn about an unknown key, suggesting the closest known one. */
static void
unknown(struct fm *fm, const struct ynode *k, const char *in,
    const struct key *keys)
{
	const char	*best = NULL;
	char		*low, where[64] = "";
	int		 d, bestd = G_MAXINT, limit;

	low = g_ascii_strdown(k->text, -1);
	limit = g_utf8_strlen(low, -1) <= 4 ? 1 : 2;
	for (; keys->name != NULL && strlen(low) <= 64; keys++) {
		if (strcmp(keys->name, "organization") == 0 ||
		    strcmp(keys->name, "test") == 0)
			continue;
		d = frontmatter_distance(low, keys->name);
		if (d <= limit && d < bestd) {
			best = keys->name;
			bestd = d;
		}
	}
	g_free(low);
	if (in != NULL)
		g_snprintf(where, sizeof(where), " in '%s'", in);
	if (best != NULL)
		msg_at(fm->src->path, &k->pos, MSG_WARNING,
		    "unknown key '%s'%s; did you mean '%s'?", k->text, where,
		    best);
	else
		msg_at(fm->src->path, &k->pos, MSG_WARNING,
		    "unknown key '%s'%s", k->text, where);
}

/*
 * Call the handler of each key of mapping m; in names the enclosing key
 * for messages.  Duplicates and unknown keys are warnings.
 */
static void
walk_map(struct fm *fm, const struct ynode *m, const struct key *keys,
    const char *in)
{
	GHashTable	*seen;
	const struct key *k;
	struct ynode	*kn, *vn;
	guint		 i;

	seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i + 1 < m->kids->len; i += 2) {
		kn = g_ptr_array_index(m->kids, i);
		vn = g_ptr_array_index(m->kids, i + 1);
		if (kn->type != YAML_SCALAR_NODE) {
			error(fm, kn, "front matter keys must be strings");
			continue;
		}
		for (k = keys; k->name != NULL; k++)
			if (strcmp(k->name, kn->text) == 0)
				break;
		if (k->name == NULL) {
			unknown(fm, kn, in, keys);
			continue;
		}
		/* lists of actors and notes add up; other keys replace */
		if (g_hash_table_contains(seen, k->name) &&
		    k->fn != k_actors && k->fn != k_notes)
			msg_at(fm->src->path, &kn->pos, MSG_WARNING,
			    "duplicate key '%s', the last one is used",
			    kn->text);
		else if (g_hash_table_contains(seen, k->name))
			msg_at(fm->src->path, &kn->pos, MSG_WARNING,
			    "duplicate key '%s', the entries of both are used",
			    kn->text);
		g_hash_table_add(seen, (char *)k->name);
		k->fn(fm, k->name, vn);
	}
	g_hash_table_destroy(seen);
}

/* The string field of meta that key name fills. */
static char **
field(struct fm *fm, const char *name)
{
	struct doc_meta	*m = fm->meta;

	if (strcmp(name, "title") == 0)
		return &m->title;
	if (strcmp(name, "subtitle") == 0)
		return &m->subtitle;
	if (strcmp(name, "author") == 0)
		return &m->author;
	if (strcmp(name, "organisation") == 0 ||
	    strcmp(name, "organization") == 0)
		return &m->organisation;
	if (strcmp(name, "classification") == 0)
		return &m->classification;
	if (strcmp(name, "glossary") == 0)
		return &m->glossary;
	if (strcmp(name, "publication") == 0)
		return &m->src_publication;
	if (strcmp(name, "url") == 0)
		return &m->src_url;
	if (strcmp(name, "published") == 0)
		return &m->src_published;
	if (strcmp(name, "retrieved") == 0)
		return &m->src_retrieved;
	g_assert_not_reached();
}

/* The scalar text of v, or NULL after an error (or for a null). */
static const char *
scalar(struct fm *fm, const char *name, const struct ynode *v)
{
	if (is_null(v))
		return NULL;
	if (v->type != YAML_SCALAR_NODE) {
		error(fm, v, "'%s' must be a string", name);
		return NULL;
	}
	return v->text;
}

static void
set(char **dst, const char *s)
{
	g_free(*dst);
	*dst = g_strdup(s);
}

static void
k_string(struct fm *fm, const char *name, const struct ynode *v)
{
	const char	*s;

	if ((s = scalar(fm, name, v)) == NULL)
		return;
	set(field(fm, name), s);
	if (strcmp(name, "glossary") == 0)
		fm->meta->glossary_pos = v->pos;
}

static void
k_date(struct fm *fm, const char *name, const struct ynode *v)
{
	const char	*s;
	unsigned	 y, m, d;
	char		 end;

	if ((s = scalar(fm, name, v)) == NULL)
		return;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 ||
	    !g_ascii_isdigit(s[0]) || !g_ascii_isdigit(s[5]) ||
	    !g_ascii_isdigit(s[8])) {
		msg_at(fm->src->path, &v->pos, MSG_WARNING,
		    "date '%s' is not of the form YYYY-MM-DD, ignored", s);
		return;
	}
	if (y < 1 || !g_date_valid_dmy(d, m, y)) {
		msg_at(fm->src->path, &v->pos, MSG_WARNING,
		    "date '%s' is not a valid date, ignored", s);
		return;
	}
	set(&fm->meta->date, s);
	fm->meta->year = (int)y;
	fm->meta->month = (int)m;
	fm->meta->day = (int)d;
}

/* A language tag: 2-3 letters, then "-" subtags of 1-8 letters/digits. */
static int
lang_ok(const char *s)
{
	size_t	n;

	for (n = 0; g_ascii_isalpha(s[n]); n++)
		continue;
	if (n < 2 || n > 3)
		return 0;
	for (s += n; *s == '-'; s += n) {
		for (n = 1; g_ascii_isalnum(s[n]); n++)
			continue;
		if (n < 2 || n > 9)
			return 0;
	}
	return *s == '\0';
}

static void
k_lang(struct fm *fm, const char *name, const struct ynode *v)
{
	const char	*s, *given, *read;

	if ((s = scalar(fm, name, v)) == NULL)
		return;
	if (!lang_ok(s)) {
		msg_at(fm->src->path, &v->pos, MSG_WARNING,
		    "lang '%s' is not a language tag such as 'en-US', "
		    "ignored", s);
		return;
	}
	set(&fm->meta->lang, s);
	fm->meta->lang_from = LANG_GIVEN;
	/* Only among the four we can tell apart: a text in a fifth
	 * language may well lean to one of them. */
	if ((given = lang_primary(s)) != NULL &&
	    (read = lang_detect(fm->src->buf + fm->src->body_off,
	    fm->src->len - fm->src->body_off, NULL)) != NULL &&
	    strcmp(read, given) != 0)
		msg_at(fm->src->path, &v->pos, MSG_WARNING,
		    "lang '%s' but the text reads as %s", s, read);
}

static void
k_format(struct fm *fm, const char *name, const struct ynode *v)
{
	const char	*s;

	if ((s = scalar(fm, name, v)) == NULL)
		return;
	if (strcmp(s, "markdown") == 0)
		fm->meta->format = DOC_FMT_MARKDOWN;
	else if (strcmp(s, "text") == 0)
		fm->meta->format = DOC_FMT_TEXT;
	else
		error(fm, v, "format '%s' is neither 'markdown' nor 'text'", s);
}

static struct doc_str *
str_new(const struct ynode *n)
{
	struct doc_str	*s;

	s = g_new0(struct doc_str, 1);
	s->s = g_strdup(n->text);
	s->pos = n->pos;
	return s;
}

/*
 * A list of strings (or one string) into dst; null items are skipped.
 * what ends the error message.  Returns 0 after an error.
 */
static int
strings(struct fm *fm, const char *name, const struct ynode *v,
    GPtrArray *dst, const char *what)
{
	const struct ynode *it;
	guint		 i;
	int		 ok = 1;

	if (is_null(v))
		return 1;
	/* one text stands for a list of one; a bare number or boolean
	 * is a mistake, not a text */
	if (v->type == YAML_SCALAR_NODE && !is_number(v) &&
	    boolean(v) == -1) {
		g_ptr_array_add(dst, str_new(v));
		return 1;
	}
	if (v->type != YAML_SEQUENCE_NODE) {
		error(fm, v, "'%s' must be %s", name, what);
		return 0;
	}
	for (i = 0; i < v->kids->len; i++) {
		it = g_ptr_array_index(v->kids, i);
		if (is_null(it))
			continue;
		if (it->type != YAML_SCALAR_NODE) {
			error(fm, it, "'%s' must be %s", name, what);
			ok = 0;
		} else
			g_ptr_array_add(dst, str_new(it));
	}
	return ok;
}

static void
k_list(struct fm *fm, const char *name, const struct ynode *v)
{
	GPtrArray	*dst;

	dst = strcmp(name, "summary") == 0 ? fm->meta->summary :
	    fm->meta->relations;
	g_ptr_array_set_size(dst, 0);
	strings(fm, name, v, dst, "a list of strings");
}

static void
k_source(struct fm *fm, const char *name, const struct ynode *v)
{
	if (is_null(v))
		return;
	if (v->type != YAML_MAPPING_NODE) {
		error(fm, v, "'%s' must be a mapping with publication, url, "
		    "published, retrieved", name);
		return;
	}
	walk_map(fm, v, source_keys, name);
}

static void
k_chronology(struct fm *fm, const char *name, const struct ynode *v)
{
	g_ptr_array_set_size(fm->meta->chronology, 0);
	fm->meta->chronology_off = 0;
	if (is_null(v))
		return;
	if (v->type == YAML_SCALAR_NODE && boolean(v) != -1) {
		fm->meta->chronology_off = !boolean(v);
		return;
	}
	strings(fm, name, v, fm->meta->chronology,
	    "a list of strings, or 'off'");
}

/* An actor's aliases: a list of strings or one string, into dst. */
static void
aliases(struct fm *fm, const struct ynode *v, GPtrArray *dst)
{
	GPtrArray	*tmp;
	struct doc_str	*s;
	guint		 i;

	tmp = g_ptr_array_new();
	strings(fm, "aliases", v, tmp, "a list of strings");
	for (i = 0; i < tmp->len; i++) {
		s = g_ptr_array_index(tmp, i);
		g_ptr_array_add(dst, s->s);
		g_free(s);
	}
	g_ptr_array_free(tmp, TRUE);
}

/*
 * An actor's or a person's name at n: 1 if it is one, else 0 after an
 * error.  "- Belarus" is a list item written inside a string.
 */
static int
name_ok(struct fm *fm, const struct pos *pos, const char *s,
    const char *what)
{
	struct ynode	 at = { 0 }, *n = &at;

	at.pos = *pos;
	while (g_ascii_isspace(*s))
		s++;
	if (*s == '\0') {
		error(fm, n, "%s name is empty", what);
		return 0;
	}
	if (s[0] == '-' && (s[1] == ' ' || s[1] == '\t')) {
		error(fm, n, "%s name '%s' starts with '- ' (a list item "
		    "inside quotes?)%s", what, s, strcmp(what, "state") != 0 ?
		    "; to keep an actor out of the figure, give it 'hide: "
		    "true'" : "");
		return 0;
	}
	return 1;
}

static void
actor_free(struct doc_actor *a)
{
	g_ptr_array_free(a->aliases, TRUE);
	g_free(a->name);
	g_free(a->kind);
	g_free(a->state);
	g_free(a);
}

/* One key of an actor (of 'persons' with person) into a. */
static void
actor_key(struct fm *fm, struct doc_actor *a, const struct ynode *kn,
    const struct ynode *vn, int person)
{
	const struct key *k, *keys = person ? person_keys : actor_keys;
	const char	*s;
	int		 b;

	for (k = keys; k->name != NULL; k++)
		if (strcmp(k->name, kn->text) == 0)
			break;
	if (k->name == NULL && !person && strcmp(kn->text, "state") == 0)
		msg_at(fm->src->path, &kn->pos, MSG_WARNING, "unknown key "
		    "'state' in 'actors'; a person's state goes in 'persons'");
	else if (k->name == NULL)
		unknown(fm, kn, person ? "persons" : "actors", keys);
	else if (is_null(vn))
		return;
	else if (strcmp(k->name, "aliases") == 0)
		aliases(fm, vn, a->aliases);
	else if (strcmp(k->name, "hide") == 0) {
		if ((b = boolean(vn)) == -1)
			error(fm, vn, "'hide' must be true or false");
		else
			a->hide = b;
	} else if ((s = scalar(fm, k->name, vn)) == NULL)
		return;
	else if (strcmp(k->name, "name") == 0) {
		set(&a->name, s);
		a->pos = vn->pos;
	} else if (strcmp(k->name, "state") == 0) {
		if (name_ok(fm, &vn->pos, s, "state")) {
			set(&a->state, s);
			a->state_pos = vn->pos;
		}
	} else if (strcmp(s, "state") != 0 && strcmp(s, "org") != 0 &&
	    strcmp(s, "person") != 0)
		error(fm, vn, "actor kind '%s' is not 'state', 'org' or "
		    "'person'", s);
	else
		set(&a->kind, s);
}

/*
 * One actor (of 'persons' with person): a mapping with a name, or just
 * a name.
 */
static void
actor(struct fm *fm, const struct ynode *v, int person)
{
	struct doc_actor *a;
	struct ynode	*kn;
	guint		 i;
	int		 nerr = fm->nerr;

	a = g_new0(struct doc_actor, 1);
	a->aliases = g_ptr_array_new_with_free_func(g_free);
	a->pos = v->pos;
	if (person)
		a->kind = g_strdup("person");
	if (v->type == YAML_SCALAR_NODE)
		a->name = g_strdup(v->text);
	for (i = 0; v->kids != NULL && i + 1 < v->kids->len; i += 2) {
		kn = g_ptr_array_index(v->kids, i);
		if (kn->type != YAML_SCALAR_NODE)
			error(fm, kn, "front matter keys must be strings");
		else
			actor_key(fm, a, kn, g_ptr_array_index(v->kids,
			    i + 1), person);
	}
	if (a->name == NULL && fm->nerr == nerr)
		error(fm, v, "%s has no 'name'", person ? "person" : "actor");
	else if (a->name != NULL && fm->nerr == nerr)
		name_ok(fm, &a->pos, a->name, person ? "person" : "actor");
	if (fm->nerr > nerr) {
		actor_free(a);
		return;
	}
	g_strstrip(a->name);
	g_ptr_array_add(fm->meta->actors, a);
}

/* 'actors' and 'persons': lists of actors. */
static void
k_actors(struct fm *fm, const char *name, const struct ynode *v)
{
	const struct ynode *it;
	guint		 i;

	if (is_null(v))
		return;
	if (v->type != YAML_SEQUENCE_NODE) {
		error(fm, v, "'%s' must be a list of mappings with a 'name'",
		    name);
		return;
	}
	for (i = 0; i < v->kids->len; i++) {
		it = g_ptr_array_index(v->kids, i);
		if (is_null(it))
			continue;
		if (it->type == YAML_SEQUENCE_NODE)
			error(fm, it, "'%s' must be a list of mappings with "
			    "a 'name'", name);
		else
			actor(fm, it, strcmp(name, "persons") == 0);
	}
}

static void
k_notes(struct fm *fm, const char *name, const struct ynode *v)
{
	struct ynode	*kn, *vn;
	struct doc_note	*n;
	guint		 i;

	if (is_null(v))
		return;
	if (v->type != YAML_MAPPING_NODE) {
		error(fm, v, "'%s' must be a mapping of terms to notes", name);
		return;
	}
	for (i = 0; i + 1 < v->kids->len; i += 2) {
		kn = g_ptr_array_index(v->kids, i);
		vn = g_ptr_array_index(v->kids, i + 1);
		if (kn->type != YAML_SCALAR_NODE) {
			error(fm, kn, "'%s' must be a mapping of terms to "
			    "notes", name);
			continue;
		}
		if (vn->type != YAML_SCALAR_NODE || is_null(vn)) {
			error(fm, vn, "the note for '%s' must be a string",
			    kn->text);
			continue;
		}
		n = g_new0(struct doc_note, 1);
		n->term = g_strdup(kn->text);
		n->text = g_strdup(vn->text);
		n->pos = kn->pos;
		g_ptr_array_add(fm->meta->notes, n);
	}
}

static void
k_bool(struct fm *fm, const char *name, const struct ynode *v)
{
	int	b;

	if (is_null(v))
		return;
	if ((b = boolean(v)) == -1)
		error(fm, v, "'%s' must be true or false", name);
	else
		fm->meta->attach_source = b;
}

static void
k_ignore(struct fm *fm, const char *name, const struct ynode *v)
{
	(void)fm;
	(void)name;
	(void)v;
}
