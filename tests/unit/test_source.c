/* SPDX-License-Identifier: MIT */
/* Unit tests of source.c: reading, UTF-8 checks, front matter split, pos. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

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

static struct source *
load(const char *text, size_t len)
{
	return source_from_string("t.md", text, len);
}

static void
assert_pos(const struct source *src, size_t off, int line, int col)
{
	struct pos	pos = source_pos(src, off);

	assert_int_equal(pos.line, line);
	assert_int_equal(pos.col, col);
}

static void
test_source_from_string_plain(void **state)
{
	struct source	*src;

	(void)state;
	src = load("one\ntwo\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->len, 8);
	assert_string_equal(src->buf, "one\ntwo\n");
	assert_string_equal(src->name, "t.md");
	assert_int_equal(src->has_fm, 0);
	assert_int_equal(src->body_off, 0);
	/* Two lines and the empty one after the final newline. */
	assert_int_equal(src->nlines, 3);
	assert_int_equal(src->lines[1], 4);
	assert_string_equal(messages(), "");
	source_free(src);
}

static void
test_source_pos_code_points(void **state)
{
	/* a é € 😀 x: 1 + 2 + 3 + 4 + 1 bytes. */
	const char	*t = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x\nline2";
	struct source	*src;

	(void)state;
	src = load(t, (size_t)-1);
	assert_non_null(src);
	assert_pos(src, 0, 1, 1);
	assert_pos(src, 1, 1, 2);
	assert_pos(src, 3, 1, 3);
	assert_pos(src, 6, 1, 4);
	assert_pos(src, 10, 1, 5);	/* x */
	assert_pos(src, 11, 1, 6);	/* the newline */
	assert_pos(src, 12, 2, 1);
	assert_pos(src, 17, 2, 6);	/* the end */
	assert_pos(src, 1000, 2, 6);	/* past the end */
	source_free(src);
}

static void
test_source_pos_line_ends(void **state)
{
	struct source	*src;

	(void)state;
	src = load("a\r\nb\rc\nd", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->nlines, 4);
	assert_pos(src, 1, 1, 2);	/* \r of \r\n */
	assert_pos(src, 3, 2, 1);	/* b */
	assert_pos(src, 5, 3, 1);	/* c after a lone \r */
	assert_pos(src, 7, 4, 1);	/* d */
	source_free(src);
}

/* Columns stay right across the SOURCE_CP_STEP blocks of the index. */
static void
test_source_pos_long_line(void **state)
{
	GString		*s;
	struct source	*src;
	int		 i;

	(void)state;
	s = g_string_new("x\n");
	for (i = 0; i < 300000; i++)
		g_string_append(s, "\xC3\xA9");	/* é */
	g_string_append(s, "z\n");
	src = load(s->str, s->len);
	assert_non_null(src);
	assert_pos(src, 2 + 2 * 300000, 2, 300001);
	assert_pos(src, 2 + 2 * 1000, 2, 1001);
	assert_pos(src, 2 + 2 * 512, 2, 513);
	source_free(src);
	g_string_free(s, TRUE);
}

static void
test_source_from_string_bom(void **state)
{
	struct source	*src;

	(void)state;
	src = load("\xEF\xBB\xBF---\ntitle: x\n---\nhi\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->len, 20);
	assert_int_equal(src->buf[0], '-');
	assert_int_equal(src->has_fm, 1);
	assert_pos(src, 0, 1, 1);
	source_free(src);
}

static void
test_source_from_string_lone_continuation(void **state)
{
	(void)state;
	/* A run of continuation bytes is one bad spot. */
	assert_null(load("\xC3\xA9t\xC3\xA9\x80\x80 ok\n", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:1:4: error: invalid UTF-8 byte 0x80\n");
	assert_int_equal(msg_count(MSG_ERROR), 1);
}

static void
test_source_from_string_overlong(void **state)
{
	(void)state;
	assert_null(load("ab\n\xC3\xA9\xC0\xAF/\n", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:2:2: error: invalid UTF-8 byte 0xC0\n");
}

static void
test_source_from_string_overlong_three(void **state)
{
	(void)state;
	/* U+002F in three bytes. */
	assert_null(load("\xE0\x80\xAF", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:1:1: error: invalid UTF-8 byte 0xE0\n");
}

static void
test_source_from_string_surrogate(void **state)
{
	(void)state;
	assert_null(load("\xE2\x82\xAC \xED\xA0\x80x", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:1:3: error: invalid UTF-8 byte 0xED\n");
}

static void
test_source_from_string_truncated(void **state)
{
	(void)state;
	/* Cut in the middle of a line and at the very end. */
	assert_null(load("\xE2\x82x\n\xC3\xA9\xF0\x9F\x98", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:1:1: error: invalid UTF-8 byte 0xE2\n"
	    "t.md:2:2: error: invalid UTF-8 byte 0xF0\n");
	assert_int_equal(msg_count(MSG_ERROR), 2);
}

static void
test_source_from_string_beyond_unicode(void **state)
{
	(void)state;
	assert_null(load("a\xF4\x90\x80\x80 \xFF", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:1:2: error: invalid UTF-8 byte 0xF4\n"
	    "t.md:1:4: error: invalid UTF-8 byte 0xFF\n");
}

static void
test_source_from_string_nul(void **state)
{
	(void)state;
	assert_null(load("a\xC3\xA9\0b\n\0", 7));
	assert_string_equal(messages(),
	    "t.md:1:3: error: NUL byte in source\n"
	    "t.md:2:1: error: NUL byte in source\n");
}

static void
test_source_from_string_too_many_errors(void **state)
{
	GString	*s, *want;
	int	 i;

	(void)state;
	s = g_string_new(NULL);
	want = g_string_new(NULL);
	for (i = 0; i < 30; i++) {
		g_string_append(s, "a\xFF");
		if (i < 20)
			g_string_append_printf(want,
			    "t.md:1:%d: error: invalid UTF-8 byte 0xFF\n",
			    2 * i + 2);
	}
	g_string_append(want, "t.md:1:42: note: too many errors, the rest "
	    "are not reported\n");
	assert_null(load(s->str, s->len));
	assert_string_equal(messages(), want->str);
	assert_int_equal(msg_count(MSG_ERROR), 20);
	g_string_free(s, TRUE);
	g_string_free(want, TRUE);
}

static void
test_source_from_string_front_matter(void **state)
{
	struct source	*src;

	(void)state;
	src = load("---\ntitle: x\n---\nbody\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 1);
	assert_int_equal(src->fm_off, 4);
	assert_int_equal(src->fm_len, 9);
	assert_int_equal(src->body_off, 17);
	assert_string_equal(src->buf + src->body_off, "body\n");
	source_free(src);
}

static void
test_source_from_string_front_matter_dots_crlf(void **state)
{
	struct source	*src;

	(void)state;
	src = load("--- \r\na: b\r\n...  \r\nbody", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 1);
	assert_int_equal(src->fm_off, 6);
	assert_int_equal(src->fm_len, 6);
	assert_string_equal(src->buf + src->body_off, "body");
	source_free(src);
}

static void
test_source_from_string_front_matter_empty(void **state)
{
	struct source	*src;

	(void)state;
	src = load("---\n---", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 1);
	assert_int_equal(src->fm_len, 0);
	assert_int_equal(src->body_off, 7);
	source_free(src);
}

static void
test_source_from_string_no_front_matter(void **state)
{
	struct source	*src;

	(void)state;
	src = load("----\na\n---\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 0);
	source_free(src);
	src = load("--- x\na\n---\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 0);
	source_free(src);
	src = load("\n---\na\n---\n", (size_t)-1);
	assert_non_null(src);
	assert_int_equal(src->has_fm, 0);
	source_free(src);
}

static void
test_source_from_string_front_matter_unterminated(void **state)
{
	(void)state;
	assert_null(load("---\ntitle: x\n\nbody\n", (size_t)-1));
	assert_string_equal(messages(), "t.md:1:1: error: front matter is "
	    "not terminated (no closing '---')\n");
	assert_null(load("---\n", (size_t)-1));
	assert_null(load("---", (size_t)-1));
	assert_int_equal(msg_count(MSG_ERROR), 3);
}

/* Every problem of a file in one run. */
static void
test_source_from_string_all_problems(void **state)
{
	(void)state;
	assert_null(load("---\ntitle: \xC3\x28\n", (size_t)-1));
	assert_string_equal(messages(),
	    "t.md:2:8: error: invalid UTF-8 byte 0xC3\n"
	    "t.md:1:1: error: front matter is not terminated "
	    "(no closing '---')\n");
}

static void
test_source_load_file(void **state)
{
	struct source	*src;
	GError		*err = NULL;
	char		*path;
	int		 fd;

	(void)state;
	fd = g_file_open_tmp("briefing-XXXXXX.md", &path, &err);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "# Hi\r\n", 6), 6);
	close(fd);
	src = source_load(path);
	assert_non_null(src);
	assert_string_equal(src->path, path);
	assert_true(g_str_has_prefix(src->name, "briefing-"));
	assert_int_equal(src->len, 6);
	source_free(src);
	unlink(path);
	g_free(path);
	assert_string_equal(messages(), "");
}

static void
test_source_load_missing(void **state)
{
	(void)state;
	assert_null(source_load("/nonexistent/briefing/x.md"));
	assert_string_equal(messages(), "briefing: error: "
	    "/nonexistent/briefing/x.md: No such file or directory\n");
}

static void
test_source_load_directory(void **state)
{
	(void)state;
	assert_null(source_load("/tmp"));
	assert_string_equal(messages(), "briefing: error: /tmp: "
	    "Is a directory\n");
}

static void
test_source_free_null(void **state)
{
	(void)state;
	source_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_source_from_string_plain),
		T(test_source_pos_code_points),
		T(test_source_pos_line_ends),
		T(test_source_pos_long_line),
		T(test_source_from_string_bom),
		T(test_source_from_string_lone_continuation),
		T(test_source_from_string_overlong),
		T(test_source_from_string_overlong_three),
		T(test_source_from_string_surrogate),
		T(test_source_from_string_truncated),
		T(test_source_from_string_beyond_unicode),
		T(test_source_from_string_nul),
		T(test_source_from_string_too_many_errors),
		T(test_source_from_string_front_matter),
		T(test_source_from_string_front_matter_dots_crlf),
		T(test_source_from_string_front_matter_empty),
		T(test_source_from_string_no_front_matter),
		T(test_source_from_string_front_matter_unterminated),
		T(test_source_from_string_all_problems),
		T(test_source_load_file),
		T(test_source_load_missing),
		T(test_source_load_directory),
		T(test_source_free_null),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
