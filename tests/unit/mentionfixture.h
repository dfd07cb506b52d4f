/* SPDX-License-Identifier: MIT */
/*
 * The fixture of the mentions' tests: a text analysed with the test's
 * gazetteer (a `gaz` string the test defines before including this),
 * and lookups of its actors and mentions.  Include after docfixture.h.
 */
#ifndef BRIEFING_TEST_MENTIONFIXTURE_H
#define BRIEFING_TEST_MENTIONFIXTURE_H

static struct text	*txt;
static struct lex	*lex;

G_GNUC_UNUSED static int
setup(void **state)
{
	(void)state;
	capture_begin();
	lex = lex_from_strings(gaz, NULL);
	return 0;
}

G_GNUC_UNUSED static int
teardown(void **state)
{
	(void)state;
	capture_end();
	text_free(txt);
	txt = NULL;
	lex_free(lex);
	lex = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	return 0;
}

G_GNUC_UNUSED static struct text *
run_with(const char *body, const struct lex *l)
{
	GString	*md = g_string_new("---\ntitle: T\ndate: 2024-03-12\n---\n\n");

	g_string_append(md, body);
	read_doc(md->str);
	g_string_free(md, TRUE);
	txt = text_analyse(doc, src, l);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
	return txt;
}

G_GNUC_UNUSED static struct text *
run(const char *body)
{
	return run_with(body, lex);
}

/* The actor named name, or -1. */
G_GNUC_UNUSED static int
actor(const char *name)
{
	guint	i;

	for (i = 0; i < txt->actors->len; i++)
		if (strcmp(text_actor(txt, (int)i)->name, name) == 0)
			return (int)i;
	return -1;
}

/* The mention whose source text is s (the n-th such, from 0), or
 * NULL. */
G_GNUC_UNUSED static const struct text_mention *
mention(const char *s, int n)
{
	const struct text_mention *m;
	guint	i;

	for (i = 0; i < txt->mentions->len; i++) {
		m = text_mention(txt, i);
		if (m->end - m->start == strlen(s) &&
		    memcmp(src->buf + m->start, s, strlen(s)) == 0 && n-- == 0)
			return m;
	}
	return NULL;
}

/* The mention of source text s (first) is of actor name, with flags
 * all set. */
G_GNUC_UNUSED static void
is_mention(const char *s, const char *name, unsigned flags)
{
	const struct text_mention *m = mention(s, 0);

	if (m == NULL)
		fail_msg("no mention '%s'", s);
	assert_string_equal(text_actor(txt, m->actor)->name, name);
	assert_int_equal(m->flags & flags, flags);
}

G_GNUC_UNUSED static void
no_mention(const char *s)
{
	if (mention(s, 0) != NULL)
		fail_msg("unexpected mention '%s' of %s", s, text_actor(txt,
		    mention(s, 0)->actor)->name);
}

G_GNUC_UNUSED static enum text_actor_kind
kind_of(const char *name)
{
	int	a = actor(name);

	assert_true(a >= 0);
	return text_actor(txt, a)->kind;
}

G_GNUC_UNUSED static const char *
state_of(const char *name)
{
	int	a = actor(name);

	assert_true(a >= 0);
	if (text_actor(txt, a)->state < 0)
		return "";
	return text_actor(txt, text_actor(txt, a)->state)->name;
}

#endif
