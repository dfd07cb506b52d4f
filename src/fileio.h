/* SPDX-License-Identifier: MIT */
/*
 * Files the program writes and the files an article names.  A helper
 * below the stages: main, the PDF writer, the diagram writer, notes and
 * pdfsource may include it; it includes only GLib and msg.h.
 *
 * Writing: every output goes to a temporary file beside its target,
 * named ".<base>.briefing-<pid>-XXXXXX", and is renamed over the target
 * when complete; a failure or SIGINT/SIGTERM/SIGHUP removes it, and a
 * temporary of that pattern whose process is gone (a run killed with
 * SIGKILL) is removed by the next run that writes the same target.
 *
 * Reading: a file named by an article (glossary, images) is taken only
 * from the source's folder tree, the shipped assets, or a folder allowed
 * on the command line; only a regular file, not through a symlink at
 * its last component, opened without blocking, up to a size cap.
 */
#ifndef BRIEFING_FILEIO_H
#define BRIEFING_FILEIO_H

#include <stddef.h>
#include <sys/types.h>
#include <glib.h>

/* --- writing ------------------------------------------------------- */

struct outfile {
	char	*path;		/* the target */
	char	*tmp;		/* the temporary file beside it */
	int	 fd;		/* open on tmp, -1 when closed */
	int	 nosync;	/* fileio_out_nosync */
};

/*
 * Open a temporary file for path with permission bits mode (the umask
 * applies too).  Stale temporaries of the same target are removed
 * first.  Returns 0, or -1 with errno set (o is then empty).
 */
int	fileio_out_open(struct outfile *o, const char *path, mode_t mode);
/* Write all of buf: 0, or -1 with errno set. */
int	fileio_out_write(struct outfile *o, const void *buf, size_t len);
/*
 * Rename without syncing first: for a file that a later run makes again
 * (the cache, --watch's PDFs, each replaced at the next save).  Readers
 * still see the old file or the whole new one; after a crash the new
 * one may be lost or cut short, as the file system allows (ext4 keeps
 * it whole: it writes a renamed-over file's data first).
 */
void	fileio_out_nosync(struct outfile *o);
/*
 * Flush (fsync, unless fileio_out_nosync), close and rename over the
 * target.  replace_links 0: a symlink
 * at the target is an error (EEXIST) and is left as it is; 1: the
 * symlink itself is replaced (never followed).  Returns 0, or -1 with
 * errno set after removing the temporary file.
 */
int	fileio_out_commit(struct outfile *o, int replace_links);
/* Close and remove the temporary file (o may be empty or committed). */
void	fileio_out_abort(struct outfile *o);

/*
 * The whole of data to path through fileio_out_*: 0, or -1 after
 * reporting "briefing: error: PATH: reason".  A symlink at path is
 * replaced, not followed.
 */
int	fileio_write_file(const char *path, const void *data, size_t len,
	    mode_t mode);

/*
 * The permission bits for an output made from the source at src_path:
 * the source's read/write bits (so a 0600 source gives a 0600 PDF),
 * 0644 when it cannot be read (stat fails).  The umask applies on top.
 */
mode_t	fileio_mode_from(const char *src_path);

/*
 * The project's folder in the user's cache ($XDG_CACHE_HOME/briefing,
 * else ~/.cache/briefing), made if missing (0700); NULL if it cannot be
 * made or written.  g_free.
 */
char	*fileio_cache_dir(void);

/* Remove the temporaries of this process on SIGINT, SIGTERM and
 * SIGHUP, then die of the signal (main calls it once). */
void	fileio_install_signal_cleanup(void);

/* --- reading files an article names --------------------------------- */

/* Allow article-named files under dir too (--allow-path; the shipped
 * assets are allowed by main the same way).  NULL forgets all. */
void	fileio_allow_dir(const char *dir);

/*
 * Read the file an article names: name relative to the folder of
 * src_path (or absolute), inside that folder's tree or an allowed
 * folder, a regular file of at most max bytes.  Returns the bytes
 * (NUL-terminated; *len without it; g_free), or NULL with *why set to
 * the reason (g_free), e.g. "'/etc/passwd' is outside the source's
 * folder (allow it with --allow-path)", "'x' is not a regular file",
 * "'x' is larger than 1048576 bytes", "'x': No such file or directory".
 * The caller reports it at the key's line:col.
 */
char	*fileio_read_named(const char *src_path, const char *name,
	    size_t max, size_t *len, char **why);

#endif
