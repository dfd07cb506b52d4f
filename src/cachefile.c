/* SPDX-License-Identifier: MIT */
/*
 * The file: a header (struct head), the key (padded with NULs to a
 * multiple of 8 bytes), the content.  The checksum (adler32) covers the
 * key and the content.
 */
#include <link.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "cachefile.h"
#include "fileio.h"

#define CACHE_MAGIC	"BRFCACH1"
#define CACHE_MAX	256	/* files of a prefix at most */

struct head {
	char	 magic[8];
	guint64	 len;		/* of the content */
	guint32	 key_len;
	guint32	 sum;
};

G_STATIC_ASSERT(sizeof(struct head) == 24);

static size_t
pad8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* "prefix-SLOT-": the start of the name of every file of a slot. */
static char *
slot_stem(const char *prefix, const char *slot)
{
	char	*sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, slot, -1);
	char	*res = g_strdup_printf("%s-%.12s-", prefix, sum);

	g_free(sum);
	return res;
}

/* The file for key in the cache folder (dir, if not NULL, set to the
 * folder), NULL without one (g_free). */
static char *
file_for(const char *prefix, const char *slot, const char *key, char **dir)
{
	char	*d = fileio_cache_dir(), *stem, *sum, *name, *res;

	if (d == NULL)
		return NULL;
	stem = slot_stem(prefix, slot);
	sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, key, -1);
	name = g_strdup_printf("%s%.12s.bin", stem, sum);
	res = g_build_filename(d, name, NULL);
	g_free(name);
	g_free(sum);
	g_free(stem);
	if (dir != NULL)
		*dir = d;
	else
		g_free(d);
	return res;
}

struct entry {
	gint64	 mtime;
	char	*name;
};

static gint
by_age(gconstpointer a, gconstpointer b)
{
	const struct entry *x = a, *y = b;

	return x->mtime < y->mtime ? -1 : x->mtime > y->mtime ? 1 :
	    strcmp(x->name, y->name);
}

/*
 * Remove the files of slot in dir but keep (their other keys'), then,
 * if CACHE_MAX files of prefix or more are left, the oldest of them
 * down to one fewer: slots whose source is gone (a test's fonts folder,
 * a language tag seen once) age out instead of filling the folder.
 */
static void
drop_others(const char *dir, const char *prefix, const char *slot,
    const char *keep)
{
	char		*stem = slot_stem(prefix, slot);
	char		*base = g_path_get_basename(keep);
	char		*pre = g_strconcat(prefix, "-", NULL);
	GDir		*d = g_dir_open(dir, 0, NULL);
	GArray		*left = g_array_new(FALSE, FALSE, sizeof(struct entry));
	const char	*e;
	guint		 i;

	while (d != NULL && (e = g_dir_read_name(d)) != NULL) {
		char		*f;
		GStatBuf	 st;

		if (!g_str_has_prefix(e, pre) || !g_str_has_suffix(e, ".bin"))
			continue;
		f = g_build_filename(dir, e, NULL);
		if (g_str_has_prefix(e, stem) && strcmp(e, base) != 0)
			(void)g_unlink(f);
		else if (g_lstat(f, &st) == 0) {
			struct entry x = { (gint64)st.st_mtime, g_strdup(e) };

			g_array_append_val(left, x);
		}
		g_free(f);
	}
	if (d != NULL)
		g_dir_close(d);
	if (left->len >= CACHE_MAX) {
		g_array_sort(left, by_age);
		for (i = 0; i + CACHE_MAX - 1 < left->len; i++) {
			char *f = g_build_filename(dir, g_array_index(left,
			    struct entry, i).name, NULL);

			(void)g_unlink(f);
			g_free(f);
		}
	}
	for (i = 0; i < left->len; i++)
		g_free(g_array_index(left, struct entry, i).name);
	g_array_unref(left);
	g_free(pre);
	g_free(base);
	g_free(stem);
}

static int
zeros(const char *p, size_t n)
{
	while (n > 0)
		if (p[--n] != '\0')
			return 0;
	return 1;
}

static guint32
checksum(const void *key, size_t key_len, const void *data, size_t len)
{
	uLong	s = adler32(0, NULL, 0);

	s = adler32_z(s, key, key_len);
	return (guint32)adler32_z(s, data, len);
}

GBytes *
cachefile_read(const char *prefix, const char *slot, const char *key,
    size_t max)
{
	char		*file = file_for(prefix, slot, key, NULL);
	const char	*buf;
	size_t		 klen = strlen(key), at = sizeof(struct head) +
			    pad8(klen);
	gsize		 len;
	GMappedFile	*map;
	struct head	 h;
	GBytes		*whole, *res;

	/* mapped, not read: its pages come from the page cache as they
	 * are touched, without a copy (a compiled en-US is 430 KB) */
	map = file != NULL ? g_mapped_file_new(file, FALSE, NULL) : NULL;
	g_free(file);
	if (map == NULL)
		return NULL;
	len = g_mapped_file_get_length(map);
	buf = g_mapped_file_get_contents(map);
	if (len < at || len - at > max) {
		g_mapped_file_unref(map);
		return NULL;
	}
	memcpy(&h, buf, sizeof(h));
	if (memcmp(h.magic, CACHE_MAGIC, 8) != 0 || h.key_len != klen ||
	    h.len != len - at || memcmp(buf + sizeof(h), key, klen) != 0 ||
	    !zeros(buf + sizeof(h) + klen, at - sizeof(h) - klen) ||
	    checksum(key, klen, buf + at, len - at) != h.sum) {
		g_mapped_file_unref(map);
		return NULL;
	}
	whole = g_mapped_file_get_bytes(map);
	g_mapped_file_unref(map);
	res = g_bytes_new_from_bytes(whole, at, len - at);
	g_bytes_unref(whole);
	return res;
}

int
cachefile_usable(void)
{
	char	*dir = fileio_cache_dir();

	g_free(dir);
	return dir != NULL;
}

int
cachefile_write(const char *prefix, const char *slot, const char *key,
    const void *data, size_t len)
{
	static const char zero[8];
	char		*dir = NULL, *file = file_for(prefix, slot, key, &dir);
	size_t		 klen = strlen(key);
	struct head	 h = { 0 };
	struct outfile	 o;
	int		 ret = -1;

	if (file == NULL)
		return -1;
	drop_others(dir, prefix, slot, file);
	memcpy(h.magic, CACHE_MAGIC, 8);
	h.len = len;
	h.key_len = (guint32)klen;
	h.sum = checksum(key, klen, data, len);
	if (fileio_out_open(&o, file, 0600) == 0) {
		/* not synced: a file lost or cut short by a crash fails
		 * its length or checksum and is made again */
		fileio_out_nosync(&o);
		if (fileio_out_write(&o, &h, sizeof(h)) != 0 ||
		    fileio_out_write(&o, key, klen) != 0 ||
		    fileio_out_write(&o, zero, pad8(klen) - klen) != 0 ||
		    fileio_out_write(&o, data, len) != 0 ||
		    fileio_out_commit(&o, 0) != 0)
			fileio_out_abort(&o);
		else
			ret = 0;
	}
	g_free(file);
	g_free(dir);
	return ret;
}

/* The build ID note of the program (the first object dl_iterate_phdr
 * gives), as hex into *(char **)arg. */
static int
find_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	char	**out = arg;
	int	  i;

	(void)size;
	for (i = 0; i < info->dlpi_phnum && *out == NULL; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const char	*p = (const char *)(info->dlpi_addr +
				    ph->p_vaddr);
		size_t		 left = ph->p_memsz;

		if (ph->p_type != PT_NOTE)
			continue;
		while (left >= sizeof(ElfW(Nhdr)) && *out == NULL) {
			const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)(const void *)p;
			size_t	name = (n->n_namesz + 3) & ~(size_t)3;
			size_t	desc = (n->n_descsz + 3) & ~(size_t)3;
			size_t	all = sizeof(*n) + name + desc;

			if (all > left)
				break;
			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 &&
			    memcmp(p + sizeof(*n), "GNU", 4) == 0 &&
			    n->n_descsz > 0) {
				const guchar *d = (const guchar *)p +
				    sizeof(*n) + name;
				GString	*hex = g_string_new(NULL);
				guint	 k;

				for (k = 0; k < n->n_descsz; k++)
					g_string_append_printf(hex, "%02x",
					    d[k]);
				*out = g_string_free(hex, FALSE);
			}
			p += all;
			left -= all;
		}
	}
	return 1;	/* the program only */
}

const char *
cachefile_program_id(void)
{
	static gsize	 once;
	static char	*id;

	if (g_once_init_enter(&once)) {
		dl_iterate_phdr(find_build_id, &id);
		g_once_init_leave(&once, 1);
	}
	return id;
}
