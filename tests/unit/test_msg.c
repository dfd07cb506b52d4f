/* SPDX-License-Identifier: MIT */
/* Unit tests of msg.c: the format, the counts, the cap per kind. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "msg.h"
#include "capture.h"

static void
test_msg_at_format(void **state)
{
	struct pos	p = { 3, 7 };

	(void)state;
	capture_begin();
	msg_at("a.md", &p, MSG_WARNING, "date '%s' is not valid", "x");
	msg_at("a.md", NULL, MSG_ERROR, "empty body");
	msg_at(NULL, NULL, MSG_NOTE, "wrote %d", 2);
	assert_string_equal(messages(),
	    "a.md:3:7: warning: date 'x' is not valid\n"
	    "a.md: error: empty body\n"
	    "briefing: note: wrote 2\n");
	assert_int_equal(msg_count(MSG_WARNING), 1);
	assert_int_equal(msg_count(MSG_ERROR), 1);
	assert_true(msg_failed());
	capture_end();
}

/* One kind past MSG_KIND_MAX: printed 20 times, counted every time,
 * summed up once by msg_flush; another kind is not affected. */
static void
test_msg_kind_capped(void **state)
{
	struct pos	 p = { 1, 1 };
	GString		*want = g_string_new(NULL);
	int		 i;

	(void)state;
	capture_begin();
	for (i = 0; i < 25; i++) {
		p.line = i + 1;
		msg_at("k.md", &p, MSG_WARNING, "unknown key '%s'%s", "k",
		    "");
		if (i < MSG_KIND_MAX)
			g_string_append_printf(want, "k.md:%d:1: warning: "
			    "unknown key 'k'\n", i + 1);
	}
	msg_at("k.md", NULL, MSG_WARNING, "another kind %d", 1);
	g_string_append(want, "k.md: warning: another kind 1\n");
	assert_string_equal(messages(), want->str);
	assert_int_equal(msg_count(MSG_WARNING), 26);
	msg_flush();
	g_string_append(want, "k.md: note: and 5 more warnings like "
	    "'unknown key ...'\n");
	assert_string_equal(messages(), want->str);
	/* said once: a second flush adds nothing */
	msg_flush();
	assert_string_equal(messages(), want->str);
	g_string_free(want, TRUE);
	capture_end();
}

/* A format that opens with a conversion is shown whole. */
static void
test_msg_kind_text_short_prefix(void **state)
{
	int	i;

	(void)state;
	capture_begin();
	for (i = 0; i < MSG_KIND_MAX + 1; i++)
		msg_at(NULL, NULL, MSG_ERROR, "%s: output would overwrite "
		    "the source", "x.pdf");
	msg_flush();
	assert_non_null(strstr(messages(), "briefing: note: and 1 more "
	    "error like '...: output would overwrite the source'\n"));
	capture_end();
}

/* -q: notes and warnings counted, not printed, not summed up. */
static void
test_msg_quiet(void **state)
{
	int	i;

	(void)state;
	capture_begin();
	msg_set_quiet(1);
	for (i = 0; i < 30; i++)
		msg_at("q.md", NULL, MSG_WARNING, "quiet %d", i);
	msg_flush();
	msg_set_quiet(0);
	assert_string_equal(messages(), "");
	assert_int_equal(msg_count(MSG_WARNING), 30);
	capture_end();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_msg_at_format),
		cmocka_unit_test(test_msg_kind_capped),
		cmocka_unit_test(test_msg_kind_text_short_prefix),
		cmocka_unit_test(test_msg_quiet),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
