/* SPDX-License-Identifier: MIT */
/* Unit tests of fileio.c: atomic outputs, stale temporaries, and the
 * confinement of files an article names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "fileio.h"

struct fx {
	char	*dir;		/* scratch folder, removed after */
};

static int
setup(void **state)
{
	struct fx *f = g_new0(struct fx, 1);

	f->dir = g_dir_make_tmp("fileio-XXXXXX", NULL);
	assert_non_null(f->dir);
	*state = f;
	return 0;
}

static void
rm_tree(const char *path)
{
	GDir		*d = g_dir_open(path, 0, NULL);
	const char	*e;
	struct stat	 st;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
		char *p = g_build_filename(path, e, NULL);

		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rm_tree(p);
		else
			g_unlink(p);
		g_free(p);
	}
	if (d != NULL)
		g_dir_close(d);
	g_rmdir(path);
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	rm_tree(f->dir);
	g_free(f->dir);
	g_free(f);
	fileio_allow_dir(NULL);
	return 0;
}

static char *
path_in(const struct fx *f, const char *name)
{
	return g_build_filename(f->dir, name, NULL);
}

static void
put(const char *path, const char *text)
{
	assert_true(g_file_set_contents(path, text, -1, NULL));
}

static int
by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names in the folder, sorted, joined by spaces. */
static char *
listing(const char *dir)
{
	GDir		*d = g_dir_open(dir, 0, NULL);
	GPtrArray	*names = g_ptr_array_new();
	const char	*e;
	char		*res;

	while ((e = g_dir_read_name(d)) != NULL)
		g_ptr_array_add(names, (gpointer)e);
	g_ptr_array_sort(names, by_name);
	g_ptr_array_add(names, NULL);
	res = g_strjoinv(" ", (char **)names->pdata);
	g_ptr_array_unref(names);
	g_dir_close(d);
	return res;
}

static void
test_fileio_write_mode_and_no_temporary(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "out.pdf"), *ls, *text = NULL;
	struct stat	 st;
	mode_t		 old = umask(022);

	assert_int_equal(fileio_write_file(p, "abc", 3, 0600), 0);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_true(g_file_get_contents(p, &text, NULL, NULL));
	assert_string_equal(text, "abc");
	ls = listing(f->dir);
	assert_string_equal(ls, "out.pdf");
	/* the umask narrows further */
	umask(077);
	assert_int_equal(fileio_write_file(p, "abc", 3, 0644), 0);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	umask(old);
	g_free(text);
	g_free(ls);
	g_free(p);
}

static void
test_fileio_abort_leaves_old_file(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "out.pdf"), *ls, *text = NULL;
	struct outfile	 o;

	put(p, "old");
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	assert_int_equal(fileio_out_write(&o, "new", 3), 0);
	ls = listing(f->dir);
	assert_non_null(strstr(ls, ".out.pdf.briefing-"));
	g_free(ls);
	fileio_out_abort(&o);
	ls = listing(f->dir);
	assert_string_equal(ls, "out.pdf");
	assert_true(g_file_get_contents(p, &text, NULL, NULL));
	assert_string_equal(text, "old");
	g_free(text);
	g_free(ls);
	g_free(p);
}

static void
test_fileio_stale_temporary_swept(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "out.pdf"), *ls, *dead, *mine, *other;
	char		*expect;
	pid_t		 pid;
	int		 st;

	/* a pid that is gone: a child that has exited and been reaped */
	pid = fork();
	if (pid == 0)
		_exit(0);
	assert_true(pid > 0);
	waitpid(pid, &st, 0);
	dead = g_strdup_printf("%s/.out.pdf.briefing-%ld-AbC123", f->dir,
	    (long)pid);
	/* a live process's (pid 1) and another target's are kept */
	mine = g_strdup_printf("%s/.out.pdf.briefing-1-XyZ789", f->dir);
	other = g_strdup_printf("%s/.other.pdf.briefing-%ld-AbC123",
	    f->dir, (long)pid);
	put(dead, "stale");
	put(mine, "live");
	put(other, "another target");
	assert_int_equal(fileio_write_file(p, "x", 1, 0644), 0);
	ls = listing(f->dir);
	expect = g_strdup_printf(".other.pdf.briefing-%ld-AbC123 "
	    ".out.pdf.briefing-1-XyZ789 out.pdf", (long)pid);
	assert_string_equal(ls, expect);
	g_free(expect);
	g_free(ls);
	g_free(dead);
	g_free(mine);
	g_free(other);
	g_free(p);
}

static void
test_fileio_commit_keeps_symlink_unless_asked(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "link"), *t = path_in(f, "target");
	char		*text = NULL;
	struct outfile	 o;
	struct stat	 st;

	put(t, "private");
	assert_int_equal(symlink(t, p), 0);
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	assert_int_equal(fileio_out_write(&o, "new", 3), 0);
	assert_int_equal(fileio_out_commit(&o, 0), -1);
	assert_int_equal(errno, EEXIST);
	assert_int_equal(lstat(p, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	/* with replace_links the link itself goes, its target stays */
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	assert_int_equal(fileio_out_write(&o, "new", 3), 0);
	assert_int_equal(fileio_out_commit(&o, 1), 0);
	assert_int_equal(lstat(p, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_true(g_file_get_contents(t, &text, NULL, NULL));
	assert_string_equal(text, "private");
	g_free(text);
	g_free(p);
	g_free(t);
}

/* fsync, counted: the program's calls come here (this test defines the
 * symbol), then go to the kernel. */
static int	fsyncs;

int
fsync(int fd)
{
	fsyncs++;
	return (int)syscall(SYS_fsync, fd);
}

/* A file is synced before its rename unless fileio_out_nosync; either
 * way the whole new file is in place and no temporary is left. */
static void
test_fileio_commit_syncs_unless_nosync(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "out.pdf"), *text = NULL, *ls;
	struct outfile	 o;
	int		 before;

	before = fsyncs;
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	assert_int_equal(fileio_out_write(&o, "synced", 6), 0);
	assert_int_equal(fileio_out_commit(&o, 1), 0);
	assert_int_equal(fsyncs, before + 1);
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	fileio_out_nosync(&o);
	assert_int_equal(fileio_out_write(&o, "not synced", 10), 0);
	assert_int_equal(fileio_out_commit(&o, 1), 0);
	assert_int_equal(fsyncs, before + 1);
	assert_true(g_file_get_contents(p, &text, NULL, NULL));
	assert_string_equal(text, "not synced");
	ls = listing(f->dir);
	assert_string_equal(ls, "out.pdf");
	/* the next file is synced again: open starts afresh */
	assert_int_equal(fileio_out_open(&o, p, 0644), 0);
	assert_int_equal(fileio_out_write(&o, "x", 1), 0);
	assert_int_equal(fileio_out_commit(&o, 1), 0);
	assert_int_equal(fsyncs, before + 2);
	g_free(ls);
	g_free(text);
	g_free(p);
}

/* fileio_read_named's reason for name, read from src; NULL if read. */
static char *
refusal(const char *src, const char *name, size_t max)
{
	size_t	 len;
	char	*why = NULL, *data;

	data = fileio_read_named(src, name, max, &len, &why);
	if (data != NULL) {
		assert_null(why);
		g_free(data);
		return NULL;
	}
	assert_non_null(why);
	return why;
}

static void
test_fileio_read_named_confined(void **state)
{
	struct fx	*f = *state;
	char		*src = path_in(f, "a.md"), *sub = path_in(f, "sub");
	char		*g = path_in(f, "sub/g.tsv"), *why, *data;
	char		*outside = g_dir_make_tmp("fileio-out-XXXXXX", NULL);
	char		*secret = g_build_filename(outside, "private.tsv",
	    NULL);
	char		*abs;
	size_t		 len;

	put(src, "text");
	assert_int_equal(g_mkdir(sub, 0755), 0);
	put(g, "term\tnote\n");
	put(secret, "secret\tline\n");
	/* inside the source's tree: read */
	why = NULL;
	data = fileio_read_named(src, "sub/g.tsv", 1024, &len, &why);
	assert_non_null(data);
	assert_int_equal(len, 10);
	assert_string_equal(data, "term\tnote\n");
	g_free(data);
	/* outside: by absolute path and by ".." */
	why = refusal(src, secret, 1024);
	assert_non_null(strstr(why, "outside the source's folder"));
	g_free(why);
	abs = g_strdup_printf("../%s/private.tsv", strrchr(outside, '/') + 1);
	why = refusal(src, abs, 1024);
	assert_non_null(strstr(why, "outside the source's folder"));
	g_free(why);
	/* a symlink inside pointing outside: refused */
	assert_int_equal(symlink(secret, g = (g_free(g),
	    path_in(f, "sub/link.tsv"))), 0);
	why = refusal(src, "sub/link.tsv", 1024);
	assert_non_null(strstr(why, "symbolic link"));
	g_free(why);
	/* allowed with --allow-path */
	fileio_allow_dir(outside);
	assert_null(refusal(src, secret, 1024));
	assert_null(refusal(src, abs, 1024));
	fileio_allow_dir(NULL);
	rm_tree(outside);
	g_free(abs);
	g_free(outside);
	g_free(secret);
	g_free(src);
	g_free(sub);
	g_free(g);
}

static void
test_fileio_read_named_kinds_and_size(void **state)
{
	struct fx	*f = *state;
	char		*src = path_in(f, "a.md"), *fifo = path_in(f, "fifo");
	char		*big = path_in(f, "big.tsv"), *why;

	put(src, "text");
	assert_int_equal(mkfifo(fifo, 0600), 0);
	/* a FIFO: refused at once, not waited on */
	why = refusal(src, "fifo", 1024);
	assert_string_equal(why, "'fifo' is not a regular file");
	g_free(why);
	/* a folder, a device through an allowed folder */
	why = refusal(src, ".", 1024);
	assert_non_null(why);
	g_free(why);
	fileio_allow_dir("/dev");
	why = refusal(src, "/dev/zero", 1024);
	assert_string_equal(why, "'/dev/zero' is not a regular file");
	g_free(why);
	/* over the cap */
	put(big, "0123456789abcdef");
	why = refusal(src, "big.tsv", 8);
	assert_string_equal(why, "'big.tsv' is larger than 8 bytes");
	g_free(why);
	assert_null(refusal(src, "big.tsv", 16));
	/* missing */
	why = refusal(src, "nope.tsv", 8);
	assert_string_equal(why, "'nope.tsv': No such file or directory");
	g_free(why);
	g_free(src);
	g_free(fifo);
	g_free(big);
}

static void
test_fileio_mode_from(void **state)
{
	struct fx	*f = *state;
	char		*p = path_in(f, "a.md");

	put(p, "x");
	assert_int_equal(chmod(p, 0600), 0);
	assert_int_equal(fileio_mode_from(p), 0600);
	assert_int_equal(chmod(p, 0640), 0);
	assert_int_equal(fileio_mode_from(p), 0640);
	assert_int_equal(fileio_mode_from("/nonexistent/x.md"), 0644);
	g_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_fileio_write_mode_and_no_temporary, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_abort_leaves_old_file, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_stale_temporary_swept, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_commit_keeps_symlink_unless_asked, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_commit_syncs_unless_nosync, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_read_named_confined, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_fileio_read_named_kinds_and_size, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fileio_mode_from, setup,
		    teardown),
	};

	umask(022);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
