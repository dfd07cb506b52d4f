/* SPDX-License-Identifier: MIT */
/* Unit tests of smartquotes.c: quotes, apostrophes, dashes, URLs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <glib.h>

#include "smartquotes.h"

/* smartquotes(in) from the start of a block equals want. */
static void
check(const char *in, const char *want)
{
	gunichar	 prev = 0;
	char		*got;

	got = smartquotes(in, &prev);
	assert_string_equal(got, want);
	g_free(got);
}

static void
test_smartquotes_double(void **state)
{
	(void)state;
	check("\"Hello,\" she said.", "\u201CHello,\u201D she said.");
	check("a \"word\" (\"in\") [\"x\"]", "a \u201Cword\u201D "
	    "(\u201Cin\u201D) [\u201Cx\u201D]");
	check("\"\"", "\u201C\u201D");
	check("\u2014\"x\"", "\u2014\u201Cx\u201D");
}

/* The language's double quotes; apostrophes and dashes as before. */
static void
test_smartquotes_lang(void **state)
{
	static const struct {
		const char *tag, *in, *want;
	} t[] = {
		{ "fr", "une \"trahison\" d'Etat", "une \u00ABtrahison\u00BB "
		    "d\u2019Etat" },
		{ "fr-CA", "\"a\" -- \"b\"", "\u00ABa\u00BB \u2013 \u00ABb\u00BB" },
		{ "de", "ein \"Verrat\", sagte er", "ein \u201EVerrat\u201C, "
		    "sagte er" },
		{ "de-AT", "(\"x\")", "(\u201Ex\u201C)" },
		{ "es", "el \"no\"", "el \u201Cno\u201D" },
		{ "en-US", "the \"no\"", "the \u201Cno\u201D" },
		{ "fry", "\"x\"", "\u201Cx\u201D" },	/* not French */
		{ NULL, "\"x\"", "\u201Cx\u201D" }
	};
	gunichar	 prev;
	char		*got;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(t); i++) {
		prev = 0;
		got = smartquotes_lang(t[i].in, &prev, t[i].tag);
		assert_string_equal(got, t[i].want);
		g_free(got);
	}
}

static void
test_smartquotes_single(void **state)
{
	(void)state;
	check("Putin's visit", "Putin\u2019s visit");
	check("'Yes,' he said", "\u2018Yes,\u2019 he said");
	check("don't, cats' toys", "don\u2019t, cats\u2019 toys");
	check("the '90s", "the \u201990s");
	check("\"'Nested' quotes\"", "\u201C\u2018Nested\u2019 quotes\u201D");
}

static void
test_smartquotes_dashes(void **state)
{
	(void)state;
	check("1990--2000", "1990\u20132000");
	check("yes --- no", "yes \u2014 no");
	check("a---b--c", "a\u2014b\u2013c");
	check("a - b", "a - b");
	check("----", "\u2014-");
}

static void
test_smartquotes_ellipsis(void **state)
{
	(void)state;
	check("Wait...", "Wait\u2026");
	check("a....", "a\u2026.");
	check("a..b", "a..b");
}

static void
test_smartquotes_url(void **state)
{
	(void)state;
	check("see https://x.org/a--b's \"q\"", "see https://x.org/a--b's "
	    "\u201Cq\u201D");
	check("www.a.org/...--", "www.a.org/...--");
	check("(http://x/'a')", "(http://x/'a')");
	check("mailto:a--b@c.d", "mailto:a--b@c.d");
	/* Not at a word start: not a URL. */
	check("xhttp://a--b", "xhttp://a\u2013b");
}

static void
test_smartquotes_prev(void **state)
{
	gunichar	 prev = 'x';
	char		*s;

	(void)state;
	/* After a letter in an earlier span, a quote closes. */
	s = smartquotes("\" and '", &prev);
	assert_string_equal(s, "\u201D and \u2018");
	assert_int_equal(prev, 0x2018);
	g_free(s);
	prev = ' ';
	s = smartquotes("\"", &prev);
	assert_string_equal(s, "\u201C");
	g_free(s);
	prev = 0;
	s = smartquotes("", &prev);
	assert_string_equal(s, "");
	assert_int_equal(prev, 0);
	g_free(s);
}

static void
test_smartquotes_unchanged(void **state)
{
	(void)state;
	check("plain text \u00E9\u20AC", "plain text \u00E9\u20AC");
	check("\u201Calready\u201D curly", "\u201Calready\u201D curly");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_smartquotes_double),
		cmocka_unit_test(test_smartquotes_lang),
		cmocka_unit_test(test_smartquotes_single),
		cmocka_unit_test(test_smartquotes_dashes),
		cmocka_unit_test(test_smartquotes_ellipsis),
		cmocka_unit_test(test_smartquotes_url),
		cmocka_unit_test(test_smartquotes_prev),
		cmocka_unit_test(test_smartquotes_unchanged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
