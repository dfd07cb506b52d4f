/* SPDX-License-Identifier: MIT */
/* PNG and JPEG files an article names: headers checked, PNG decoded. */
#include <setjmp.h>
#include <string.h>

#include <png.h>

#include "fileio.h"
#include "image.h"

/* The state of one PNG decoding: where libpng reads from, the first
 * error.  Reached from libpng's callbacks. */
struct pngin {
	const guint8	*buf;
	size_t		 len, at;
	char		*why;		/* the first error, g_free */
};

static int	 png_probe(const guint8 *, size_t, struct image_info *,
		    char **);
static int	 jpeg_probe(const guint8 *, size_t, struct image_info *,
		    char **);
static GBytes	*png_pixels(const guint8 *, size_t,
		    const struct image_info *, char **);
static void	 on_error(png_structp, png_const_charp);
static void	 on_warning(png_structp, png_const_charp);
static void	 on_read(png_structp, png_bytep, size_t);
static void	 flatten(guint8 *, size_t, int, int);

static guint32
be32(const guint8 *p)
{
	return (guint32)p[0] << 24 | (guint32)p[1] << 16 |
	    (guint32)p[2] << 8 | p[3];
}

static guint
be16(const guint8 *p)
{
	return (guint)p[0] << 8 | p[1];
}

/* --- headers --------------------------------------------------------- */

/* Signature, then IHDR first (as the PNG specification orders). */
static int
png_probe(const guint8 *buf, size_t len, struct image_info *info,
    char **why)
{
	guint	depth, color;

	if (len < 8 + 8 + 13 || be32(buf + 8) != 13 ||
	    memcmp(buf + 12, "IHDR", 4) != 0) {
		*why = g_strdup("a PNG file without its header (IHDR)");
		return -1;
	}
	info->kind = IMAGE_PNG;
	info->width = be32(buf + 16);
	info->height = be32(buf + 20);
	depth = buf[24];
	color = buf[25];
	/* the combinations the specification allows */
	if ((color == 0 && depth != 1 && depth != 2 && depth != 4 &&
	    depth != 8 && depth != 16) ||
	    (color == 3 && depth != 1 && depth != 2 && depth != 4 &&
	    depth != 8) ||
	    ((color == 2 || color == 4 || color == 6) && depth != 8 &&
	    depth != 16) ||
	    (color != 0 && color != 2 && color != 3 && color != 4 &&
	    color != 6) || buf[26] != 0 || buf[27] != 0 || buf[28] > 1) {
		*why = g_strdup_printf("a PNG file of an unknown kind (bit "
		    "depth %u, colour type %u)", depth, color);
		return -1;
	}
	info->components = color == 0 || color == 4 ? 1 : 3;
	return 0;
}

/*
 * Markers from SOI to the frame header, each a 0xFF byte, a code and a
 * length, walked as libharu's loader walks them (so that it finds the
 * same frame): a file this accepts, libharu reads.  SOF0, SOF1 and SOF2
 * (Huffman) and SOF9 (arithmetic) are what libharu knows; the other
 * frame kinds (lossless, hierarchical) and a scan before any frame are
 * refused.
 */
static int
jpeg_probe(const guint8 *buf, size_t len, struct image_info *info,
    char **why)
{
	size_t	at = 2;
	guint	code, size, comps;

	for (;;) {
		if (at + 4 > len || buf[at] != 0xFF) {
			*why = g_strdup("a JPEG file without its frame "
			    "header");
			return -1;
		}
		code = buf[at + 1];
		size = be16(buf + at + 2);
		if (size < 2 || at + 2 + size > len || code == 0xDA ||
		    code == 0xD9) {
			*why = g_strdup("a JPEG file without its frame "
			    "header");
			return -1;
		}
		if (code == 0xC0 || code == 0xC1 || code == 0xC2 ||
		    code == 0xC9)
			break;
		if (code >= 0xC3 && code <= 0xCF && code != 0xC4 &&
		    code != 0xC8 && code != 0xCC) {
			*why = g_strdup_printf("a JPEG of a kind PDF does "
			    "not show (frame type 0x%02X)", code);
			return -1;
		}
		at += 2 + size;
	}
	if (size < 8) {
		*why = g_strdup("a JPEG file with a short frame header");
		return -1;
	}
	comps = buf[at + 9];
	info->kind = IMAGE_JPEG;
	info->height = be16(buf + at + 5);
	info->width = be16(buf + at + 7);
	info->components = (int)comps;
	if (buf[at + 4] != 8) {
		*why = g_strdup_printf("a %u-bit JPEG (only 8-bit ones are "
		    "embedded)", buf[at + 4]);
		return -1;
	}
	if (comps != 1 && comps != 3) {
		*why = g_strdup_printf("a JPEG of %u colour components "
		    "(only grey and RGB ones are embedded)", comps);
		return -1;
	}
	return 0;
}

int
image_probe(const guint8 *buf, size_t len, struct image_info *info,
    char **why)
{
	static const guint8	png_sig[8] = { 0x89, 'P', 'N', 'G', '\r',
	    '\n', 0x1A, '\n' };
	int			rc;

	*why = NULL;
	memset(info, 0, sizeof(*info));
	if (len >= 8 && memcmp(buf, png_sig, 8) == 0)
		rc = png_probe(buf, len, info, why);
	else if (len >= 3 && buf[0] == 0xFF && buf[1] == 0xD8 &&
	    buf[2] == 0xFF)
		rc = jpeg_probe(buf, len, info, why);
	else {
		*why = g_strdup("not a PNG or JPEG file");
		return -1;
	}
	if (rc != 0)
		return rc;
	if (info->width == 0 || info->height == 0) {
		*why = g_strdup("an image of no pixels");
		return -1;
	}
	if ((guint64)info->width * info->height > IMAGE_MAX_PIXELS) {
		*why = g_strdup_printf("%" G_GUINT32_FORMAT " x %"
		    G_GUINT32_FORMAT " pixels, more than %u", info->width,
		    info->height, IMAGE_MAX_PIXELS);
		return -1;
	}
	return 0;
}

/* --- PNG decoding ------------------------------------------------------ */

static void
on_error(png_structp png, png_const_charp text)
{
	struct pngin	*in = png_get_error_ptr(png);

	if (in->why == NULL)
		in->why = g_strdup(text);
	png_longjmp(png, 1);
}

static void
on_warning(png_structp png, png_const_charp text)
{
	/* a warning (a bad ancillary chunk) leaves the pixels whole */
	(void)png;
	(void)text;
}

static void
on_read(png_structp png, png_bytep data, size_t n)
{
	struct pngin	*in = png_get_io_ptr(png);

	if (n > in->len - in->at)
		png_error(png, "file ends early");
	memcpy(data, in->buf + in->at, n);
	in->at += n;
}

/*
 * Samples of ch channels (2: grey and alpha, 4: RGB and alpha) to grey
 * or RGB composited on white, in place; n pixels.
 */
static void
flatten(guint8 *px, size_t n, int ch, int alpha)
{
	size_t	i;
	int	c, out = ch - alpha;

	if (!alpha)
		return;
	for (i = 0; i < n; i++) {
		const guint8 *s = px + i * (size_t)ch;
		guint a = s[ch - 1];
		guint8 v[3];

		for (c = 0; c < out; c++)
			v[c] = (guint8)((s[c] * a + 255 * (255 - a) + 127) /
			    255);
		memcpy(px + i * (size_t)out, v, (size_t)out);
	}
}

/*
 * The samples of a probed PNG: palette and small depths expanded, 16
 * bits cut to 8, interlacing undone, alpha composited on white.  NULL
 * with *why set on any libpng error (a corrupt or truncated file).
 * Nothing that needs freeing is allocated between setjmp and the
 * return but px, which is volatile for it.
 */
static GBytes *
png_pixels(const guint8 *buf, size_t len, const struct image_info *info,
    char **why)
{
	/* on the heap: what libpng's callbacks change stays defined
	 * after the longjmp */
	struct pngin	*in = g_new0(struct pngin, 1);
	png_structp	 png;
	png_infop	 pi = NULL;
	guint8 *volatile px = NULL;
	size_t		 row, y;
	int		 ch, alpha, passes, p;

	in->buf = buf;
	in->len = len;
	png = png_create_read_struct(PNG_LIBPNG_VER_STRING, in, on_error,
	    on_warning);
	if (png != NULL)
		pi = png_create_info_struct(png);
	if (pi == NULL) {
		png_destroy_read_struct(&png, NULL, NULL);
		g_free(in);
		*why = g_strdup("out of memory");
		return NULL;
	}
	if (setjmp(png_jmpbuf(png))) {
		*why = g_strdup_printf("cannot be decoded (%s)",
		    in->why != NULL ? in->why : "libpng");
		g_free(in->why);
		g_free(in);
		g_free(px);
		png_destroy_read_struct(&png, &pi, NULL);
		return NULL;
	}
	png_set_read_fn(png, in, on_read);
	png_set_user_limits(png, info->width, info->height);
	png_read_info(png, pi);
	png_set_expand(png);
	png_set_strip_16(png);
	passes = png_set_interlace_handling(png);
	png_read_update_info(png, pi);
	ch = png_get_channels(png, pi);
	alpha = ch == 2 || ch == 4;
	row = png_get_rowbytes(png, pi);
	if (png_get_bit_depth(png, pi) != 8 || ch - alpha !=
	    info->components || row != (size_t)info->width * (size_t)ch)
		png_error(png, "unexpected sample layout");
	px = g_malloc(row * info->height);
	for (p = 0; p < passes; p++)
		for (y = 0; y < info->height; y++)
			png_read_row(png, px + y * row, NULL);
	png_read_end(png, NULL);
	png_destroy_read_struct(&png, &pi, NULL);
	g_free(in->why);
	g_free(in);
	flatten(px, (size_t)info->width * info->height, ch, alpha);
	return g_bytes_new_take(g_realloc(px, (size_t)info->width *
	    info->height * (size_t)info->components), (size_t)info->width *
	    info->height * (size_t)info->components);
}

/* --- images ------------------------------------------------------------ */

struct image *
image_decode(const guint8 *buf, size_t len, size_t budget, char **why)
{
	struct image_info	 info;
	struct image		*im;
	size_t			 need;
	GBytes			*data;

	if (image_probe(buf, len, &info, why) != 0)
		return NULL;
	need = info.kind == IMAGE_JPEG ? len : (size_t)info.width *
	    info.height * (size_t)info.components;
	if (need > budget) {
		*why = g_strdup_printf("past what a document's images may "
		    "hold (%zu MiB in all)", IMAGE_MAX_TOTAL >> 20);
		return NULL;
	}
	if (info.kind == IMAGE_JPEG)
		data = g_bytes_new(buf, len);
	else if ((data = png_pixels(buf, len, &info, why)) == NULL)
		return NULL;
	im = g_new0(struct image, 1);
	im->info = info;
	im->data = data;
	return im;
}

struct image *
image_load(const char *src_path, const char *name, size_t budget,
    char **why)
{
	struct image	*im;
	char		*buf, *inner = NULL;
	size_t		 len;

	*why = NULL;
	if ((buf = fileio_read_named(src_path, name, IMAGE_MAX_FILE, &len,
	    why)) == NULL)
		return NULL;
	im = image_decode((const guint8 *)buf, len, budget, &inner);
	g_free(buf);
	if (im == NULL) {
		*why = g_strdup_printf("'%s': %s", name, inner);
		g_free(inner);
	}
	return im;
}

size_t
image_size(const struct image *im)
{
	return im != NULL ? g_bytes_get_size(im->data) : 0;
}

void
image_free(struct image *im)
{
	if (im == NULL)
		return;
	g_bytes_unref(im->data);
	g_free(im);
}
