/* SPDX-License-Identifier: MIT */
/* Reading a source file: UTF-8 validation, front matter split, line:col. */
#include <errno.h>
#include <string.h>

#include <glib.h>

#include "msg.h"
#include "source.h"

/* Encoding problems reported per file before giving up. */
#define MAX_REPORTS	20

static struct source	*setup(const char *path, char *buf, size_t len);
static int		 check_encoding(const struct source *);
static size_t		 decode(const unsigned char *, size_t);
static void		 index_lines(struct source *);
static int		 split_front_matter(struct source *);
static size_t		 fence_line(const char *, size_t, size_t, int);

/* The errno behind a GFileError, for a message in the usual words. */
static const int file_errnos[] = {
	[G_FILE_ERROR_EXIST] = EEXIST,
	[G_FILE_ERROR_ISDIR] = EISDIR,
	[G_FILE_ERROR_ACCES] = EACCES,
	[G_FILE_ERROR_NAMETOOLONG] = ENAMETOOLONG,
	[G_FILE_ERROR_NOENT] = ENOENT,
	[G_FILE_ERROR_NOTDIR] = ENOTDIR,
	[G_FILE_ERROR_NXIO] = ENXIO,
	[G_FILE_ERROR_NODEV] = ENODEV,
	[G_FILE_ERROR_LOOP] = ELOOP,
	[G_FILE_ERROR_NOMEM] = ENOMEM,
	[G_FILE_ERROR_MFILE] = EMFILE,
	[G_FILE_ERROR_NFILE] = ENFILE,
	[G_FILE_ERROR_INVAL] = EINVAL,
	[G_FILE_ERROR_IO] = EIO,
	[G_FILE_ERROR_PERM] = EPERM
};

struct source *
source_load(const char *path)
{
	GError	*err = NULL;
	char	*buf;
	gsize	 len;

	if (!g_file_get_contents(path, &buf, &len, &err)) {
		if (err->domain == G_FILE_ERROR && err->code >= 0 &&
		    (size_t)err->code < G_N_ELEMENTS(file_errnos) &&
		    file_errnos[err->code] != 0)
			msg_at(NULL, NULL, MSG_ERROR, "%s: %s", path,
			    g_strerror(file_errnos[err->code]));
		else
			msg_at(NULL, NULL, MSG_ERROR, "%s", err->message);
		g_error_free(err);
		return NULL;
	}
	return setup(path, buf, len);
}

struct source *
source_from_string(const char *name, const char *text, size_t len)
{
	char	*buf;

	if (len == (size_t)-1)
		len = strlen(text);
	buf = g_malloc(len + 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	return setup(name, buf, len);
}

/*
 * Take ownership of buf (len bytes plus a NUL) and check it.  Returns
 * NULL, buf freed, after reporting every problem.
 */
static struct source *
setup(const char *path, char *buf, size_t len)
{
	struct source	*src;
	int		 bad;

	src = g_new0(struct source, 1);
	src->path = g_strdup(path);
	src->name = g_path_get_basename(path);
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		memmove(buf, buf + 3, len - 3 + 1);
		len -= 3;
	}
	src->buf = buf;
	src->len = len;
	bad = check_encoding(src);
	index_lines(src);
	bad |= split_front_matter(src);
	if (bad) {
		source_free(src);
		return NULL;
	}
	return src;
}

void
source_free(struct source *src)
{
	if (src == NULL)
		return;
	g_free(src->path);
	g_free(src->name);
	g_free(src->buf);
	g_free(src->lines);
	g_free(src->cps);
	g_free(src);
}

/*
 * Length of the well-formed UTF-8 sequence at s (n bytes available), or
 * 0 if there is none (Unicode 3.9, table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF).
 */
static size_t
decode(const unsigned char *s, size_t n)
{
	unsigned char	 lo = 0x80, hi = 0xBF;
	size_t		 need, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		need = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		need = 3;
		if (s[0] == 0xE0)
			lo = 0xA0;
		else if (s[0] == 0xED)
			hi = 0x9F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		need = 4;
		if (s[0] == 0xF0)
			lo = 0x90;
		else if (s[0] == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (n < need)
		return 0;
	for (i = 1; i < need; i++) {
		if (s[i] < lo || s[i] > hi)
			return 0;
		lo = 0x80;
		hi = 0xBF;
	}
	return need;
}

/*
 * Report invalid UTF-8 and NUL bytes, each with its line:col; after a
 * bad byte, skip to the next byte that may start a character.  Returns
 * 1 if anything was wrong.
 */
static int
check_encoding(const struct source *src)
{
	const unsigned char	*s = (const unsigned char *)src->buf;
	struct pos		 pos = { 1, 1 };
	size_t			 i, n, len = src->len;
	int			 nbad = 0;

	if (g_utf8_validate(src->buf, len, NULL))
		return 0;
	for (i = 0; i < len; pos.col++) {
		if (s[i] == '\n' || (s[i] == '\r' &&
		    (i + 1 == len || s[i + 1] != '\n'))) {
			pos.line++;
			pos.col = 0;
			i++;
			continue;
		}
		if (s[i] != '\0' && (n = decode(s + i, len - i)) > 0) {
			i += n;
			continue;
		}
		if (++nbad > MAX_REPORTS) {
			msg_at(src->path, &pos, MSG_NOTE,
			    "too many errors, the rest are not reported");
			break;
		}
		if (s[i] == '\0')
			msg_at(src->path, &pos, MSG_ERROR,
			    "NUL byte in source");
		else
			msg_at(src->path, &pos, MSG_ERROR,
			    "invalid UTF-8 byte 0x%02X", s[i]);
		for (i++; i < len && (s[i] & 0xC0) == 0x80; i++)
			continue;
	}
	return 1;
}

/*
 * Record the start of every line (after "\n", "\r\n" or a lone "\r"; a
 * last, empty line after a final line end too) and the code point
 * count at every SOURCE_CP_STEP bytes.  Linear in the size.
 */
static void
index_lines(struct source *src)
{
	const unsigned char	*s = (const unsigned char *)src->buf;
	GArray			*lines;
	size_t			 i, k, cp, start = 0;
	int			 has_cr;

	lines = g_array_sized_new(FALSE, FALSE, sizeof(size_t),
	    src->len / 40 + 16);
	g_array_append_val(lines, start);
	has_cr = memchr(s, '\r', src->len) != NULL;
	for (i = 0; i < src->len; i++) {
		if (!has_cr) {
			const void *nl = memchr(s + i, '\n', src->len - i);

			if (nl == NULL)
				break;
			i = (const unsigned char *)nl - s;
		} else if (s[i] != '\n' && (s[i] != '\r' ||
		    (i + 1 < src->len && s[i + 1] == '\n')))
			continue;
		start = i + 1;
		g_array_append_val(lines, start);
	}
	src->nlines = lines->len;
	src->lines = (size_t *)(void *)g_array_free(lines, FALSE);

	src->ncps = src->len / SOURCE_CP_STEP + 1;
	src->cps = g_new(size_t, src->ncps);
	for (k = 0, cp = 0, i = 0; k < src->ncps; k++) {
		size_t	end = MIN(src->len, (k + 1) * SOURCE_CP_STEP);

		src->cps[k] = cp;
		for (; i < end; i++)
			cp += (s[i] & 0xC0) != 0x80;
	}
}

/* Code points in buf[0, off). */
static size_t
cp_before(const struct source *src, size_t off)
{
	const unsigned char	*s = (const unsigned char *)src->buf;
	size_t			 k = off / SOURCE_CP_STEP, i, cp;

	cp = src->cps[k];
	for (i = k * SOURCE_CP_STEP; i < off; i++)
		cp += (s[i] & 0xC0) != 0x80;
	return cp;
}

struct pos
source_pos(const struct source *src, size_t off)
{
	const unsigned char	*s = (const unsigned char *)src->buf;
	struct pos		 pos;
	size_t			 lo = 0, hi = src->nlines, mid, i, col;

	if (off > src->len)
		off = src->len;
	/* The last line starting at or before off. */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	if (off - src->lines[lo] <= 4 * SOURCE_CP_STEP)
		for (i = src->lines[lo], col = 1; i < off; i++)
			col += (s[i] & 0xC0) != 0x80;
	else
		col = cp_before(src, off) - cp_before(src, src->lines[lo]) + 1;
	pos.line = (int)MIN(lo + 1, (size_t)G_MAXINT);
	pos.col = (int)MIN(col, (size_t)G_MAXINT);
	return pos;
}

/*
 * If the line at start is "---" (or also "..." when dots) with trailing
 * blanks, return the offset after its line end, else 0.
 */
static size_t
fence_line(const char *buf, size_t len, size_t start, int dots)
{
	size_t	i = start;

	if (len - start < 3 || (memcmp(buf + i, "---", 3) != 0 &&
	    !(dots && memcmp(buf + i, "...", 3) == 0)))
		return 0;
	for (i += 3; i < len && (buf[i] == ' ' || buf[i] == '\t'); i++)
		continue;
	if (i == len)
		return len;
	if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
		return i + 2;
	if (buf[i] == '\r' || buf[i] == '\n')
		return i + 1;
	return 0;
}

/*
 * A front matter opens with a first line "---" and closes at the next
 * line "---" or "...".  Returns 1 after reporting an unterminated one.
 */
static int
split_front_matter(struct source *src)
{
	size_t		 ln, end;
	struct pos	 one = { 1, 1 };

	if ((end = fence_line(src->buf, src->len, 0, 0)) == 0)
		return 0;
	src->has_fm = 1;
	src->fm_off = end;
	for (ln = 1; ln < src->nlines; ln++) {
		if (src->lines[ln] < end)
			continue;
		if (src->lines[ln] == src->len && src->len > 0 &&
		    ln + 1 == src->nlines)
			break;
		if ((end = fence_line(src->buf, src->len, src->lines[ln],
		    1)) > 0) {
			src->fm_len = src->lines[ln] - src->fm_off;
			src->body_off = end;
			return 0;
		}
	}
	msg_at(src->path, &one, MSG_ERROR,
	    "front matter is not terminated (no closing '---')");
	src->has_fm = 0;
	src->fm_off = 0;
	src->body_off = 0;
	return 1;
}
