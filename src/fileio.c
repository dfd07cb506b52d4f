/* SPDX-License-Identifier: MIT */
/* Outputs written whole or not at all; files an article names, confined. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fileio.h"
#include "msg.h"

/* The temporaries of this process, for the signal handler: paths
 * copied into fixed slots so that the handler reads no heap. */
#define LIVE_MAX	8
#define LIVE_LEN	4096

static char		 live[LIVE_MAX][LIVE_LEN];
static volatile sig_atomic_t live_used[LIVE_MAX];
static GMutex		 live_lock;
static GPtrArray	*allowed;	/* canonical folders, g_free */

static char	*tmp_prefix(const char *path);
static void	 sweep(const char *path);
static int	 live_add(const char *tmp);
static void	 live_remove(const char *tmp);
static void	 on_signal(int sig);
static int	 inside(const char *dir, const char *path);
static char	*resolve_dir(const char *dir);

/* --- writing ------------------------------------------------------- */

/* "<dir>/.<base>.briefing-": every temporary of path starts so. */
static char *
tmp_prefix(const char *path)
{
	char	*dir = g_path_get_dirname(path);
	char	*base = g_path_get_basename(path);
	char	*name = g_strdup_printf(".%s.briefing-", base);
	char	*res = g_build_filename(dir, name, NULL);

	g_free(dir);
	g_free(base);
	g_free(name);
	return res;
}

/*
 * Remove "<prefix><pid>-XXXXXX" files of path whose process is gone:
 * a run killed before it could clean up.  Another live run's temporary
 * (its pid answers kill 0) is left alone; our own too.
 */
static void
sweep(const char *path)
{
	char		*prefix = tmp_prefix(path);
	char		*dir = g_path_get_dirname(prefix);
	const char	*stem = prefix + strlen(dir) + 1;
	size_t		 sl = strlen(stem);
	GDir		*d = g_dir_open(dir, 0, NULL);
	const char	*e;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
		char		*end, *full;
		long		 pid;
		struct stat	 st;

		if (strncmp(e, stem, sl) != 0)
			continue;
		errno = 0;
		pid = strtol(e + sl, &end, 10);
		if (errno != 0 || end == e + sl || *end != '-' ||
		    strlen(end + 1) != 6 || pid <= 0 || pid > INT_MAX)
			continue;
		if (pid == (long)getpid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		full = g_build_filename(dir, e, NULL);
		/* our own files only: regular, owned by us */
		if (lstat(full, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == getuid())
			(void)unlink(full);
		g_free(full);
	}
	if (d != NULL)
		g_dir_close(d);
	g_free(dir);
	g_free(prefix);
}

static int
live_add(const char *tmp)
{
	int	i, slot = -1;

	if (strlen(tmp) >= LIVE_LEN)
		return -1;
	g_mutex_lock(&live_lock);
	for (i = 0; i < LIVE_MAX && slot < 0; i++)
		if (!live_used[i])
			slot = i;
	if (slot >= 0) {
		memcpy(live[slot], tmp, strlen(tmp) + 1);
		live_used[slot] = 1;
	}
	g_mutex_unlock(&live_lock);
	return slot;
}

static void
live_remove(const char *tmp)
{
	int	i;

	g_mutex_lock(&live_lock);
	for (i = 0; i < LIVE_MAX; i++)
		if (live_used[i] && strcmp(live[i], tmp) == 0)
			live_used[i] = 0;
	g_mutex_unlock(&live_lock);
}

static void
on_signal(int sig)
{
	int	i;

	for (i = 0; i < LIVE_MAX; i++)
		if (live_used[i])
			(void)unlink(live[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void
fileio_install_signal_cleanup(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int
fileio_out_open(struct outfile *o, const char *path, mode_t mode)
{
	char	*prefix;
	mode_t	 mask;
	int	 fd, saved;

	memset(o, 0, sizeof(*o));
	o->fd = -1;
	sweep(path);
	prefix = tmp_prefix(path);
	o->tmp = g_strdup_printf("%s%ld-XXXXXX", prefix, (long)getpid());
	g_free(prefix);
	fd = g_mkstemp_full(o->tmp, O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0) {
		saved = errno;
		g_clear_pointer(&o->tmp, g_free);
		errno = saved;
		return -1;
	}
	live_add(o->tmp);
	/* the umask, read without changing it for long */
	mask = umask(077);
	umask(mask);
	if (fchmod(fd, mode & 0666 & ~mask) != 0) {
		saved = errno;
		close(fd);
		(void)unlink(o->tmp);
		live_remove(o->tmp);
		g_clear_pointer(&o->tmp, g_free);
		errno = saved;
		return -1;
	}
	o->fd = fd;
	o->path = g_strdup(path);
	return 0;
}

int
fileio_out_write(struct outfile *o, const void *buf, size_t len)
{
	const char	*p = buf;

	while (len > 0) {
		ssize_t n = write(o->fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

void
fileio_out_nosync(struct outfile *o)
{
	o->nosync = 1;
}

int
fileio_out_commit(struct outfile *o, int replace_links)
{
	struct stat	st;
	int		saved;

	if (o->fd < 0) {
		errno = EBADF;
		return -1;
	}
	if (!o->nosync && fsync(o->fd) != 0 && errno != EINVAL &&
	    errno != EROFS)
		goto fail;
	if (close(o->fd) != 0) {
		o->fd = -1;
		goto fail;
	}
	o->fd = -1;
	if (!replace_links && lstat(o->path, &st) == 0 &&
	    S_ISLNK(st.st_mode)) {
		errno = EEXIST;
		goto fail;
	}
	/* rename replaces a symlink itself, never what it points to */
	if (rename(o->tmp, o->path) != 0)
		goto fail;
	live_remove(o->tmp);
	g_clear_pointer(&o->tmp, g_free);
	g_clear_pointer(&o->path, g_free);
	return 0;
fail:
	saved = errno;
	fileio_out_abort(o);
	errno = saved;
	return -1;
}

void
fileio_out_abort(struct outfile *o)
{
	if (o->fd >= 0)
		close(o->fd);
	o->fd = -1;
	if (o->tmp != NULL) {
		(void)unlink(o->tmp);
		live_remove(o->tmp);
	}
	g_clear_pointer(&o->tmp, g_free);
	g_clear_pointer(&o->path, g_free);
}

int
fileio_write_file(const char *path, const void *data, size_t len,
    mode_t mode)
{
	struct outfile	o;

	if (fileio_out_open(&o, path, mode) != 0 ||
	    fileio_out_write(&o, data, len) != 0 ||
	    fileio_out_commit(&o, 1) != 0) {
		int saved = errno;

		fileio_out_abort(&o);
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
		    g_strerror(saved));
		return -1;
	}
	return 0;
}

char *
fileio_cache_dir(void)
{
	char	*dir = g_build_filename(g_get_user_cache_dir(), "briefing",
	    NULL);

	if (g_mkdir_with_parents(dir, 0700) == 0 && access(dir, W_OK) == 0)
		return dir;
	g_free(dir);
	return NULL;
}

mode_t
fileio_mode_from(const char *src_path)
{
	struct stat	st;

	if (src_path == NULL || stat(src_path, &st) != 0)
		return 0644;
	return st.st_mode & 0666;
}

/* --- reading files an article names --------------------------------- */

/* dir canonical, symlinks resolved; NULL if it does not exist. */
static char *
resolve_dir(const char *dir)
{
	char	*r = realpath(dir, NULL);
	char	*res;

	if (r == NULL)
		return NULL;
	res = g_strdup(r);
	free(r);
	return res;
}

void
fileio_allow_dir(const char *dir)
{
	char	*r;

	if (dir == NULL) {
		g_clear_pointer(&allowed, g_ptr_array_unref);
		return;
	}
	if (allowed == NULL)
		allowed = g_ptr_array_new_with_free_func(g_free);
	if ((r = resolve_dir(dir)) != NULL)
		g_ptr_array_add(allowed, r);
}

/* 1 if path (canonical) is dir (canonical) or below it. */
static int
inside(const char *dir, const char *path)
{
	size_t	n = strlen(dir);

	if (strcmp(dir, "/") == 0)
		return 1;
	return strncmp(path, dir, n) == 0 &&
	    (path[n] == '\0' || path[n] == '/');
}

char *
fileio_read_named(const char *src_path, const char *name, size_t max,
    size_t *len, char **why)
{
	char		*srcdir, *full, *dir, *base, *rdir = NULL, *rsrc = NULL;
	char		*res = NULL;
	struct stat	 st;
	GString		*buf = NULL;
	int		 fd = -1, ok = 0;
	guint		 i;

	*why = NULL;
	*len = 0;
	srcdir = g_path_get_dirname(src_path);
	full = g_path_is_absolute(name) ? g_strdup(name) :
	    g_build_filename(srcdir, name, NULL);
	dir = g_path_get_dirname(full);
	base = g_path_get_basename(full);
	rsrc = resolve_dir(srcdir);
	if ((rdir = resolve_dir(dir)) == NULL) {
		*why = g_strdup_printf("'%s': %s", name, g_strerror(errno));
		goto out;
	}
	if (rsrc != NULL && inside(rsrc, rdir))
		ok = 1;
	for (i = 0; !ok && allowed != NULL && i < allowed->len; i++)
		ok = inside(g_ptr_array_index(allowed, i), rdir);
	if (!ok || strcmp(base, "..") == 0 || strcmp(base, ".") == 0) {
		*why = g_strdup_printf("'%s' is outside the source's folder "
		    "(allow its folder with --allow-path)", name);
		goto out;
	}
	g_free(full);
	full = g_build_filename(rdir, base, NULL);
	fd = open(full, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP)
			*why = g_strdup_printf("'%s' is a symbolic link",
			    name);
		else
			*why = g_strdup_printf("'%s': %s", name,
			    g_strerror(errno));
		goto out;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*why = g_strdup_printf("'%s' is not a regular file", name);
		goto out;
	}
	if ((guint64)st.st_size > max) {
		*why = g_strdup_printf("'%s' is larger than %zu bytes", name,
		    max);
		goto out;
	}
	buf = g_string_sized_new((gsize)st.st_size + 1);
	for (;;) {
		char	chunk[16384];
		ssize_t	n = read(fd, chunk, sizeof(chunk));

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*why = g_strdup_printf("'%s': %s", name,
			    g_strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		if (buf->len + (size_t)n > max) {
			*why = g_strdup_printf("'%s' is larger than %zu "
			    "bytes", name, max);
			goto out;
		}
		g_string_append_len(buf, chunk, n);
	}
	*len = buf->len;
	res = g_string_free(buf, FALSE);
	buf = NULL;
out:
	if (fd >= 0)
		close(fd);
	if (buf != NULL)
		g_string_free(buf, TRUE);
	g_free(srcdir);
	g_free(full);
	g_free(dir);
	g_free(base);
	g_free(rdir);
	g_free(rsrc);
	return res;
}
