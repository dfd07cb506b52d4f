/* SPDX-License-Identifier: MIT */
/* Unit tests of frontmatter.c: every key, and every kind of bad value. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "frontmatter.h"
#include "msg.h"
#include "capture.h"
#include "source.h"


static int
setup(void **state)
{
	(void)state;
	capture_begin();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	return 0;
}

/* doc_read of text as "t.md". */
static struct doc *
read_doc(const char *text)
{
	struct source	*src;
	struct doc	*doc;

	src = source_from_string("t.md", text, (size_t)-1);
	assert_non_null(src);
	doc = doc_read(src);
	source_free(src);
	return doc;
}

static const char *
str_at(const GPtrArray *a, guint i)
{
	return ((const struct doc_str *)g_ptr_array_index(a, i))->s;
}

static void
test_frontmatter_parse_all_keys(void **state)
{
	struct doc		*doc;
	const struct doc_meta	*m;
	const struct doc_actor	*a;
	const struct doc_note	*n;
	const struct doc_str	*s;

	(void)state;
	doc = read_doc("---\n"
	    "title: \"Putin's Visit\"\n"
	    "subtitle: Sub\n"
	    "date: 2024-06-17\n"
	    "author: A. Writer\n"
	    "organisation: Desk\n"
	    "classification: RESTRICTED\n"
	    "lang: en-GB\n"
	    "format: markdown\n"
	    "summary:\n"
	    "  - One\n"
	    "  - \"Two\"\n"
	    "source:\n"
	    "  publication: Paper\n"
	    "  url: https://example.com/a\n"
	    "  published: 2024-06-16\n"
	    "  retrieved: 2024-06-18\n"
	    "chronology: [\"2024-06-19: treaty signed\"]\n"
	    "actors:\n"
	    "  - name: Russia\n"
	    "    aliases: [Moscow, the Kremlin]\n"
	    "    kind: state\n"
	    "  - name: Kim Jong Un\n"
	    "    kind: person\n"
	    "    hide: true\n"
	    "relations: [\"Russia -> North Korea: technology\", "
	    "\"- Russia -> Ukraine\"]\n"
	    "notes:\n"
	    "  Hanoi summit: Feb 2019 summit ended without agreement.\n"
	    "glossary: default\n"
	    "attach_source: true\n"
	    "test: checks every key\n"
	    "---\n"
	    "Body.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	m = &doc->meta;
	assert_string_equal(m->title, "Putin\u2019s Visit");
	assert_string_equal(m->subtitle, "Sub");
	assert_string_equal(m->date, "2024-06-17");
	assert_int_equal(m->year, 2024);
	assert_int_equal(m->month, 6);
	assert_int_equal(m->day, 17);
	assert_string_equal(m->author, "A. Writer");
	assert_string_equal(m->organisation, "Desk");
	assert_string_equal(m->classification, "RESTRICTED");
	assert_string_equal(m->lang, "en-GB");
	assert_int_equal(m->format, DOC_FMT_MARKDOWN);
	assert_int_equal(m->summary->len, 2);
	assert_string_equal(str_at(m->summary, 0), "One");
	assert_string_equal(str_at(m->summary, 1), "Two");
	s = g_ptr_array_index(m->summary, 1);
	assert_int_equal(s->pos.line, 12);
	assert_int_equal(s->pos.col, 5);
	assert_string_equal(m->src_publication, "Paper");
	assert_string_equal(m->src_url, "https://example.com/a");
	assert_string_equal(m->src_published, "2024-06-16");
	assert_string_equal(m->src_retrieved, "2024-06-18");
	assert_int_equal(m->chronology_off, 0);
	assert_int_equal(m->chronology->len, 1);
	assert_string_equal(str_at(m->chronology, 0),
	    "2024-06-19: treaty signed");
	assert_int_equal(m->actors->len, 2);
	a = g_ptr_array_index(m->actors, 0);
	assert_string_equal(a->name, "Russia");
	assert_int_equal(a->aliases->len, 2);
	assert_string_equal(g_ptr_array_index(a->aliases, 1), "the Kremlin");
	assert_string_equal(a->kind, "state");
	assert_int_equal(a->hide, 0);
	assert_int_equal(a->pos.line, 20);
	assert_int_equal(a->pos.col, 11);	/* the name's */
	a = g_ptr_array_index(m->actors, 1);
	assert_string_equal(a->name, "Kim Jong Un");
	assert_string_equal(a->kind, "person");
	assert_int_equal(a->hide, 1);
	assert_int_equal(m->relations->len, 2);
	assert_string_equal(str_at(m->relations, 1), "- Russia -> Ukraine");
	assert_int_equal(m->notes->len, 1);
	n = g_ptr_array_index(m->notes, 0);
	assert_string_equal(n->term, "Hanoi summit");
	assert_string_equal(n->text,
	    "Feb 2019 summit ended without agreement.");
	assert_int_equal(n->pos.line, 28);
	assert_int_equal(n->pos.col, 3);
	assert_string_equal(m->glossary, "default");
	assert_int_equal(m->attach_source, 1);
	doc_free(doc);
}

static void
test_frontmatter_parse_defaults(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\ntitle:\nsubtitle: ~\n---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_string_equal(doc->meta.title, "T");
	assert_null(doc->meta.subtitle);
	assert_null(doc->meta.date);
	assert_int_equal(doc->meta.year, 0);
	assert_string_equal(doc->meta.lang, "en-US");
	assert_int_equal(doc->meta.summary->len, 0);
	doc_free(doc);
}

static void
test_frontmatter_parse_empty(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\n---\nBody.\n");
	assert_non_null(doc);
	doc_free(doc);
	doc = read_doc("---\n# only a comment\n---\nBody.\n");
	assert_non_null(doc);
	doc_free(doc);
	assert_string_equal(messages(), "");
}

static void
test_frontmatter_parse_unknown_key(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\ntitle: x\ntitel: y\nSummary: [a]\ncolour: red\n"
	    "---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(messages(),
	    "t.md:3:1: warning: unknown key 'titel'; did you mean 'title'?\n"
	    "t.md:4:1: warning: unknown key 'Summary'; did you mean "
	    "'summary'?\n"
	    "t.md:5:1: warning: unknown key 'colour'\n");
	assert_string_equal(doc->meta.title, "x");
	doc_free(doc);
}

static void
test_frontmatter_parse_organization(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\norganization: Desk\n---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_string_equal(doc->meta.organisation, "Desk");
	doc_free(doc);
}

static void
test_frontmatter_parse_duplicate(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\ntitle: a\ntitle: b\n---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "t.md:3:1: warning: duplicate key "
	    "'title', the last one is used\n");
	assert_string_equal(doc->meta.title, "b");
	doc_free(doc);
}

/* Every wrong type in one run; columns in code points. */
static void
test_frontmatter_parse_wrong_types(void **state)
{
	(void)state;
	assert_null(read_doc("---\n"
	    "title: [a, b]\n"
	    "summary: [\"\xC3\xA9\", {a: b}]\n"
	    "attach_source: \"ja\"\n"
	    "notes: [x]\n"
	    "actors: {a: b}\n"
	    "source: x\n"
	    "format: html\n"
	    "relations: {a: b}\n"
	    "chronology: [[a]]\n"
	    "date: [2024]\n"
	    "subtitle: {\xC3\xBC: 1}\n"
	    "---\n"
	    "Body.\n"));
	assert_string_equal(messages(),
	    "t.md:2:8: error: 'title' must be a string\n"
	    "t.md:3:16: error: 'summary' must be a list of strings\n"
	    "t.md:4:16: error: 'attach_source' must be true or false\n"
	    "t.md:5:8: error: 'notes' must be a mapping of terms to notes\n"
	    "t.md:6:9: error: 'actors' must be a list of mappings with a "
	    "'name'\n"
	    "t.md:7:9: error: 'source' must be a mapping with publication, "
	    "url, published, retrieved\n"
	    "t.md:8:9: error: format 'html' is neither 'markdown' nor "
	    "'text'\n"
	    "t.md:9:12: error: 'relations' must be a list of strings\n"
	    "t.md:10:14: error: 'chronology' must be a list of strings, or "
	    "'off'\n"
	    "t.md:11:7: error: 'date' must be a string\n"
	    "t.md:12:11: error: 'subtitle' must be a string\n");
	assert_int_equal(msg_count(MSG_ERROR), 11);
}

static void
test_frontmatter_parse_summary_string(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\nsummary: Just one point.\n---\nBody.\n");
	assert_non_null(doc);
	assert_int_equal(doc->meta.summary->len, 1);
	assert_string_equal(str_at(doc->meta.summary, 0), "Just one point.");
	doc_free(doc);
}

static void
test_frontmatter_parse_malformed(void **state)
{
	(void)state;
	assert_null(read_doc("---\ntitle: [a\n---\nBody.\n"));
	assert_null(read_doc("---\na: b\n c: d\n---\nBody.\n"));
	assert_null(read_doc("---\ntitle: \"\xC3\xA9\n---\nBody.\n"));
	assert_string_equal(messages(),
	    "t.md:3:1: error: front matter: did not find expected ',' or "
	    "']' (while parsing a flow sequence)\n"
	    "t.md:3:3: error: front matter: mapping values are not allowed "
	    "in this context\n"
	    "t.md:3:1: error: front matter: found unexpected end of stream "
	    "(while scanning a quoted scalar)\n");
}

static void
test_frontmatter_parse_not_mapping(void **state)
{
	(void)state;
	assert_null(read_doc("---\n- a\n- b\n---\nBody.\n"));
	assert_null(read_doc("---\n\njust text\n---\nBody.\n"));
	assert_string_equal(messages(),
	    "t.md:2:1: error: front matter must be a mapping of keys to "
	    "values\n"
	    "t.md:3:1: error: front matter must be a mapping of keys to "
	    "values\n");
}

static void
test_frontmatter_parse_deep(void **state)
{
	GString	*s;
	int	 i;

	(void)state;
	s = g_string_new("---\na: ");
	for (i = 0; i < 10000; i++)
		g_string_append_c(s, '[');
	for (i = 0; i < 10000; i++)
		g_string_append_c(s, ']');
	g_string_append(s, "\n---\nBody.\n");
	assert_null(read_doc(s->str));
	assert_string_equal(messages(), "t.md:2:35: error: front matter "
	    "nests more than 32 levels deep\n");
	g_string_free(s, TRUE);
}

static void
test_frontmatter_parse_date(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\ndate: 2024-02-29\n---\nBody.\n");
	assert_non_null(doc);
	assert_int_equal(doc->meta.day, 29);
	doc_free(doc);
	doc = read_doc("---\ndate: 2023-02-29\n---\nBody.\n");
	assert_non_null(doc);
	assert_null(doc->meta.date);
	assert_int_equal(doc->meta.year, 0);
	doc_free(doc);
	doc = read_doc("---\ndate: '17 June 2024'\n---\nBody.\n");
	assert_non_null(doc);
	assert_null(doc->meta.date);
	doc_free(doc);
	doc = read_doc("---\ndate: 2024-6-17\n---\nBody.\n");
	assert_non_null(doc);
	doc_free(doc);
	assert_string_equal(messages(),
	    "t.md:2:7: warning: date '2023-02-29' is not a valid date, "
	    "ignored\n"
	    "t.md:2:7: warning: date '17 June 2024' is not of the form "
	    "YYYY-MM-DD, ignored\n"
	    "t.md:2:7: warning: date '2024-6-17' is not of the form "
	    "YYYY-MM-DD, ignored\n");
}

static void
test_frontmatter_parse_lang(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\nlang: de\n---\nBody.\n");
	assert_string_equal(doc->meta.lang, "de");
	doc_free(doc);
	doc = read_doc("---\nlang: sr-Latn-RS\n---\nBody.\n");
	assert_string_equal(doc->meta.lang, "sr-Latn-RS");
	doc_free(doc);
	doc = read_doc("---\nlang: english\n---\nBody.\n");
	assert_string_equal(doc->meta.lang, "en-US");
	doc_free(doc);
	assert_string_equal(messages(), "t.md:2:7: warning: lang 'english' "
	    "is not a language tag such as 'en-US', ignored\n");
}

static void
test_frontmatter_parse_chronology_off(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\nchronology: off\n---\nBody.\n");
	assert_int_equal(doc->meta.chronology_off, 1);
	doc_free(doc);
	doc = read_doc("---\nchronology: false\n---\nBody.\n");
	assert_int_equal(doc->meta.chronology_off, 1);
	doc_free(doc);
	doc = read_doc("---\nchronology:\n  - \"2000: first visit\"\n---\n"
	    "Body.\n");
	assert_int_equal(doc->meta.chronology_off, 0);
	assert_int_equal(doc->meta.chronology->len, 1);
	doc_free(doc);
	assert_string_equal(messages(), "");
}

/* Names that are none: empty, or a list item written inside quotes. */
static void
test_frontmatter_parse_actor_names_bad(void **state)
{
	(void)state;
	assert_null(read_doc("---\n"
	    "actors:\n"
	    "  - \"- Belarus\"\n"
	    "  - \"  \"\n"
	    "  - name: \"- Iran\"\n"
	    "  - name: \"\"\n"
	    "persons:\n"
	    "  - name: Ivan Petrov\n"
	    "    state: \"- Ruritania\"\n"
	    "    kind: person\n"
	    "  - \"- Kim\"\n"
	    "actors:\n"
	    "  - name: Jan Novak\n"
	    "    state: Ruritania\n"
	    "---\nBody.\n"));
	assert_string_equal(messages(),
	    "t.md:3:5: error: actor name '- Belarus' starts with '- ' (a "
	    "list item inside quotes?); to keep an actor out of the figure, "
	    "give it 'hide: true'\n"
	    "t.md:4:5: error: actor name is empty\n"
	    "t.md:5:11: error: actor name '- Iran' starts with '- ' (a list "
	    "item inside quotes?); to keep an actor out of the figure, give "
	    "it 'hide: true'\n"
	    "t.md:6:11: error: actor name is empty\n"
	    "t.md:9:12: error: state name '- Ruritania' starts with '- ' (a "
	    "list item inside quotes?)\n"
	    "t.md:10:5: warning: unknown key 'kind' in 'persons'\n"
	    "t.md:11:5: error: person name '- Kim' starts with '- ' (a list "
	    "item inside quotes?); to keep an actor out of the figure, give "
	    "it 'hide: true'\n"
	    "t.md:12:1: warning: duplicate key 'actors', the entries of "
	    "both are used\n"
	    "t.md:14:5: warning: unknown key 'state' in 'actors'; a person's "
	    "state goes in 'persons'\n");
}

/* persons: actors of kind person, each with the state it belongs to. */
static void
test_frontmatter_parse_persons(void **state)
{
	struct doc		*doc;
	const struct doc_actor	*a;

	(void)state;
	doc = read_doc("---\n"
	    "persons:\n"
	    "  - name: Ivan Petrov\n"
	    "    state: Ruritania\n"
	    "    aliases: [Petrov]\n"
	    "  - Kim Yo Jong\n"
	    "---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(messages(), "");
	assert_int_equal(doc->meta.actors->len, 2);
	a = g_ptr_array_index(doc->meta.actors, 0);
	assert_string_equal(a->name, "Ivan Petrov");
	assert_string_equal(a->kind, "person");
	assert_string_equal(a->state, "Ruritania");
	assert_int_equal(a->state_pos.line, 4);
	assert_int_equal(a->state_pos.col, 12);
	assert_string_equal(g_ptr_array_index(a->aliases, 0), "Petrov");
	a = g_ptr_array_index(doc->meta.actors, 1);
	assert_string_equal(a->name, "Kim Yo Jong");
	assert_string_equal(a->kind, "person");
	assert_null(a->state);
	doc_free(doc);
}

static void
test_frontmatter_parse_actors_bad(void **state)
{
	struct doc	*doc;

	(void)state;
	assert_null(read_doc("---\n"
	    "actors:\n"
	    "  - name: Russia\n"
	    "    kind: country\n"
	    "    hide: maybe\n"
	    "    alias: [x]\n"
	    "  - kind: org\n"
	    "  - [a]\n"
	    "---\nBody.\n"));
	assert_string_equal(messages(),
	    "t.md:4:11: error: actor kind 'country' is not 'state', 'org' "
	    "or 'person'\n"
	    "t.md:5:11: error: 'hide' must be true or false\n"
	    "t.md:6:5: warning: unknown key 'alias' in 'actors'; did you "
	    "mean 'aliases'?\n"
	    "t.md:7:5: error: actor has no 'name'\n"
	    "t.md:8:5: error: 'actors' must be a list of mappings with a "
	    "'name'\n");
	doc = read_doc("---\nactors: [Belarus, {name: Iran, aliases: Tehran}]"
	    "\n---\nBody.\n");
	assert_non_null(doc);
	assert_int_equal(doc->meta.actors->len, 2);
	assert_string_equal(((struct doc_actor *)
	    g_ptr_array_index(doc->meta.actors, 0))->name, "Belarus");
	assert_string_equal(g_ptr_array_index(((struct doc_actor *)
	    g_ptr_array_index(doc->meta.actors, 1))->aliases, 0), "Tehran");
	doc_free(doc);
}

static void
test_frontmatter_parse_notes_bad(void **state)
{
	(void)state;
	assert_null(read_doc("---\nnotes:\n  a: [b]\n  ? [c]\n  : d\n---\n"
	    "Body.\n"));
	assert_string_equal(messages(),
	    "t.md:3:6: error: the note for 'a' must be a string\n"
	    "t.md:4:5: error: 'notes' must be a mapping of terms to notes\n");
}

static void
test_frontmatter_parse_source_unknown(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\nsource: {publication: P, ur: x}\n---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.src_publication, "P");
	assert_null(doc->meta.src_url);
	assert_string_equal(messages(), "t.md:2:26: warning: unknown key "
	    "'ur' in 'source'; did you mean 'url'?\n");
	doc_free(doc);
}

static void
test_frontmatter_parse_anchors(void **state)
{
	struct doc	*doc;

	(void)state;
	doc = read_doc("---\nauthor: &w Desk\norganisation: *w\n---\nBody.\n");
	assert_non_null(doc);
	assert_string_equal(doc->meta.organisation, "Desk");
	doc_free(doc);
	assert_null(read_doc("---\nsummary: &s [a]\nrelations: *s\n---\n"
	    "Body.\n"));
	assert_string_equal(messages(), "t.md:3:12: error: alias '*s' names "
	    "no anchor, or a list or mapping (not supported)\n");
}

/* n aliases of an anchored text of len bytes in summary, as a front
 * matter opening with "---\nsubtitle: &a TEXT\nsummary:\n". */
static char *
alias_doc(int n, size_t len)
{
	GString	*s = g_string_new("---\nsubtitle: &a ");
	int	 i;

	for (i = 0; (size_t)i < len; i++)
		g_string_append_c(s, 'w');
	g_string_append(s, "\nsummary:\n");
	for (i = 0; i < n; i++)
		g_string_append(s, "  - *a\n");
	g_string_append(s, "---\nBody.\n");
	return g_string_free(s, FALSE);
}

/* As many aliases as allowed, and repeating as much text as allowed. */
static void
test_frontmatter_parse_alias_limits_ok(void **state)
{
	struct doc	*doc;
	char		*text;

	(void)state;
	text = alias_doc(FM_MAX_ALIASES, 10);
	doc = read_doc(text);
	assert_non_null(doc);
	assert_int_equal(doc->meta.summary->len, FM_MAX_ALIASES);
	assert_string_equal(str_at(doc->meta.summary, 999), "wwwwwwwwww");
	assert_string_equal(messages(), "");
	doc_free(doc);
	g_free(text);
	/* 4 times a quarter: exactly the limit */
	text = alias_doc(4, FM_MAX_EXPANDED / 4);
	doc = read_doc(text);
	assert_non_null(doc);
	assert_int_equal(doc->meta.summary->len, 4);
	assert_string_equal(messages(), "");
	doc_free(doc);
	g_free(text);
}

/* One alias too many: an error at that alias, and no document. */
static void
test_frontmatter_parse_alias_count(void **state)
{
	char	*text;

	(void)state;
	text = alias_doc(FM_MAX_ALIASES + 5, 1);
	assert_null(read_doc(text));
	/* "---" is line 1, subtitle 2, summary 3: alias 1001 on line 1004 */
	assert_string_equal(messages(), "t.md:1004:5: error: alias '*a' makes "
	    "more than 1000 aliases in the front matter\n");
	g_free(text);
}

/* Aliases repeating more than FM_MAX_EXPANDED bytes: an error at the
 * alias that goes past, in a list, a mapping's value or a key. */
static void
test_frontmatter_parse_alias_size(void **state)
{
	char	*text, *big = g_strnfill(FM_MAX_EXPANDED / 2 + 1, 'x');

	(void)state;
	text = alias_doc(3, FM_MAX_EXPANDED / 2);
	assert_null(read_doc(text));
	assert_string_equal(messages(), "t.md:6:5: error: alias '*a' expands "
	    "the front matter past 1048576 bytes\n");
	g_free(text);
	capture_end();
	capture_begin();
	text = g_strdup_printf("---\ntitle: &t %s\nauthor: *t\n"
	    "organisation: *t\n---\nBody.\n", big);
	assert_null(read_doc(text));
	assert_string_equal(messages(), "t.md:4:15: error: alias '*t' expands "
	    "the front matter past 1048576 bytes\n");
	g_free(text);
	capture_end();
	capture_begin();
	/* a long key needs YAML's explicit "? key" form */
	text = g_strdup_printf("---\nnotes:\n  ? &k %s\n  : a\n  ? *k\n"
	    "  : b\n  x: *k\n---\nBody.\n", big);
	assert_null(read_doc(text));
	assert_string_equal(messages(), "t.md:7:6: error: alias '*k' expands "
	    "the front matter past 1048576 bytes\n");
	g_free(text);
	g_free(big);
}

static void
test_frontmatter_parse_no_front_matter(void **state)
{
	struct source	*src;
	struct doc_meta	 meta;

	(void)state;
	src = source_from_string("t.md", "Body.\n", (size_t)-1);
	memset(&meta, 0, sizeof(meta));
	assert_int_equal(frontmatter_parse(src, &meta), 0);
	assert_null(meta.title);
	source_free(src);
}

static void
test_frontmatter_distance_cases(void **state)
{
	(void)state;
	assert_int_equal(frontmatter_distance("titel", "title"), 1);
	assert_int_equal(frontmatter_distance("title", "title"), 0);
	assert_int_equal(frontmatter_distance("", "abc"), 3);
	assert_int_equal(frontmatter_distance("kitten", "sitting"), 3);
	assert_int_equal(frontmatter_distance("sumary", "summary"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_frontmatter_parse_all_keys),
		T(test_frontmatter_parse_defaults),
		T(test_frontmatter_parse_empty),
		T(test_frontmatter_parse_unknown_key),
		T(test_frontmatter_parse_organization),
		T(test_frontmatter_parse_duplicate),
		T(test_frontmatter_parse_wrong_types),
		T(test_frontmatter_parse_summary_string),
		T(test_frontmatter_parse_malformed),
		T(test_frontmatter_parse_not_mapping),
		T(test_frontmatter_parse_deep),
		T(test_frontmatter_parse_date),
		T(test_frontmatter_parse_lang),
		T(test_frontmatter_parse_chronology_off),
		T(test_frontmatter_parse_actors_bad),
		T(test_frontmatter_parse_actor_names_bad),
		T(test_frontmatter_parse_persons),
		T(test_frontmatter_parse_notes_bad),
		T(test_frontmatter_parse_source_unknown),
		T(test_frontmatter_parse_anchors),
		T(test_frontmatter_parse_alias_limits_ok),
		T(test_frontmatter_parse_alias_count),
		T(test_frontmatter_parse_alias_size),
		T(test_frontmatter_parse_no_front_matter),
		T(test_frontmatter_distance_cases),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
