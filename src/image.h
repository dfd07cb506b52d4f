/* SPDX-License-Identifier: MIT */
/*
 * Images an article names (Markdown `![alt](path)`): PNG and JPEG files
 * read under the path rules of fileio.h, their headers checked against
 * a pixel cap before anything is decoded.  A helper below the
 * typesetter; includes only GLib (libpng in image.c).
 *
 * A PNG is decoded here (libpng, every error caught) to 8-bit grey or
 * RGB samples, transparency composited on white: libharu's own PNG
 * loader aborts the process on a corrupt file.  A JPEG is kept as its
 * bytes (the PDF embeds them as they are, DCT), its frame header
 * checked as libharu reads it.
 */
#ifndef BRIEFING_IMAGE_H
#define BRIEFING_IMAGE_H

#include <stddef.h>
#include <glib.h>

#define IMAGE_MAX_PIXELS	(40u * 1000 * 1000)	/* one image */
#define IMAGE_MAX_FILE		(32u << 20)		/* one file, bytes */
/* What a document's images may hold in memory in all: decoded PNG
 * samples plus JPEG files. */
#define IMAGE_MAX_TOTAL		((size_t)256 << 20)
/* Pixels an inch at the natural size: never drawn larger. */
#define IMAGE_DPI		150.0

enum image_kind {
	IMAGE_PNG,
	IMAGE_JPEG
};

/* What a file's header says. */
struct image_info {
	enum image_kind	 kind;
	guint32		 width, height;	/* pixels */
	int		 components;	/* after decoding: 1 grey, 3 RGB */
};

struct image {
	struct image_info info;
	/* IMAGE_JPEG: the file; IMAGE_PNG: width * height * components
	 * samples, rows top down */
	GBytes		*data;
};

/*
 * Read the header of the file in buf: PNG signature and IHDR, or a
 * JPEG's markers up to its frame header (SOF0, SOF1, SOF2 or SOF9,
 * 8-bit, grey or RGB).  Checks the pixel cap.  Returns 0, or -1 with
 * *why set (g_free): "not a PNG or JPEG file", "10000 x 5000 pixels,
 * more than 40000000", ...  Reads at most len bytes.
 */
int		 image_probe(const guint8 *buf, size_t len,
		    struct image_info *info, char **why);

/*
 * The image in buf (a whole file): probed, then a PNG decoded.  budget:
 * the bytes it may still take (decoded samples, or the JPEG file),
 * checked before decoding.  Returns the image (image_free), or NULL
 * with *why set (g_free).
 */
struct image	*image_decode(const guint8 *buf, size_t len, size_t budget,
		    char **why);

/*
 * The image file name (as written in the article: a path relative to
 * the folder of src_path, or absolute) read through fileio_read_named
 * (inside the source's folder tree or an --allow-path folder, no
 * symlink, at most IMAGE_MAX_FILE bytes) and decoded.  Returns the
 * image, or NULL with *why set (g_free), naming the file.
 */
struct image	*image_load(const char *src_path, const char *name,
		    size_t budget, char **why);

/* Bytes the image holds. */
size_t		 image_size(const struct image *im);
void		 image_free(struct image *im);

#endif
