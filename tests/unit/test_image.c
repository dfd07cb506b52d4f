/* SPDX-License-Identifier: MIT */
/* Unit tests of image.c: PNG and JPEG headers, the caps, PNG decoding,
 * and the path rules an image file is read under. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include "fileio.h"
#include "image.h"

/* --- making files ------------------------------------------------------ */

static void
put32(GByteArray *b, guint32 v)
{
	guint8	p[4] = { v >> 24, v >> 16, v >> 8, v };

	g_byte_array_append(b, p, 4);
}

static void
chunk(GByteArray *b, const char *type, const guint8 *data, guint32 len)
{
	guint	at = b->len + 4;

	put32(b, len);
	g_byte_array_append(b, (const guint8 *)type, 4);
	if (len > 0)
		g_byte_array_append(b, data, len);
	put32(b, (guint32)crc32(0, b->data + at, len + 4));
}

/*
 * A PNG of w x h pixels, 8-bit, colour type color (0 grey, 2 RGB, 6
 * RGBA), its rows the bytes of px (filter 0 added here); corrupt: the
 * image data is not zlib.
 */
static GByteArray *
png(guint32 w, guint32 h, int color, const guint8 *px, int corrupt)
{
	static const guint8	 sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	    0x1A, '\n' };
	GByteArray		*b = g_byte_array_new();
	guint8			 ihdr[13];
	int			 ch = color == 0 ? 1 : color == 2 ? 3 : 4;
	GByteArray		*raw = g_byte_array_new();
	uLongf			 zlen;
	guint8			*z;
	guint32			 y;

	g_byte_array_append(b, sig, 8);
	ihdr[0] = w >> 24;
	ihdr[1] = w >> 16;
	ihdr[2] = w >> 8;
	ihdr[3] = w;
	ihdr[4] = h >> 24;
	ihdr[5] = h >> 16;
	ihdr[6] = h >> 8;
	ihdr[7] = h;
	ihdr[8] = 8;
	ihdr[9] = color;
	ihdr[10] = ihdr[11] = ihdr[12] = 0;
	chunk(b, "IHDR", ihdr, 13);
	for (y = 0; px != NULL && y < h; y++) {
		guint8 f = 0;

		g_byte_array_append(raw, &f, 1);
		g_byte_array_append(raw, px + (gsize)y * w * ch, w * ch);
	}
	zlen = compressBound(raw->len);
	z = g_malloc(zlen);
	assert_int_equal(compress(z, &zlen, raw->data, raw->len), Z_OK);
	if (corrupt)
		memset(z, 0x5A, zlen);
	chunk(b, "IDAT", z, (guint32)zlen);
	chunk(b, "IEND", NULL, 0);
	g_free(z);
	g_byte_array_unref(raw);
	return b;
}

/* A JPEG's markers up to its scan: SOI, APP0, then a frame of type sof
 * (0xC0...), precision bits, w x h, comps components. */
static GByteArray *
jpeg(guint sof, guint bits, guint w, guint h, guint comps)
{
	static const guint8	 head[] = { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16,
	    'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 };
	GByteArray		*b = g_byte_array_new();
	guint8			 f[10];
	guint			 i;

	g_byte_array_append(b, head, sizeof(head));
	f[0] = 0xFF;
	f[1] = sof;
	f[2] = 0;
	f[3] = 8 + 3 * comps;
	f[4] = bits;
	f[5] = h >> 8;
	f[6] = h;
	f[7] = w >> 8;
	f[8] = w;
	f[9] = comps;
	g_byte_array_append(b, f, 10);
	for (i = 0; i < comps; i++) {
		guint8 c[3] = { i + 1, 0x11, 0 };

		g_byte_array_append(b, c, 3);
	}
	return b;
}

/* --- headers ------------------------------------------------------------ */

static void
test_image_probe_png(void **state)
{
	GByteArray		*b = png(3, 2, 2, NULL, 0);
	struct image_info	 info;
	char			*why = NULL;

	(void)state;
	assert_int_equal(image_probe(b->data, b->len, &info, &why), 0);
	assert_null(why);
	assert_int_equal(info.kind, IMAGE_PNG);
	assert_int_equal(info.width, 3);
	assert_int_equal(info.height, 2);
	assert_int_equal(info.components, 3);
	g_byte_array_unref(b);
	b = png(3, 2, 6, NULL, 0);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), 0);
	assert_int_equal(info.components, 3);	/* alpha flattened */
	g_byte_array_unref(b);
	b = png(3, 2, 0, NULL, 0);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), 0);
	assert_int_equal(info.components, 1);
	g_byte_array_unref(b);
}

/* Over the pixel cap: refused from the header, nothing decoded. */
static void
test_image_probe_png_too_many_pixels(void **state)
{
	GByteArray		*b = png(10000, 5000, 2, NULL, 0);
	struct image_info	 info;
	char			*why = NULL;

	(void)state;
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_string_equal(why, "10000 x 5000 pixels, more than 40000000");
	g_free(why);
	assert_null(image_decode(b->data, b->len, IMAGE_MAX_TOTAL, &why));
	assert_non_null(strstr(why, "more than 40000000"));
	g_free(why);
	g_byte_array_unref(b);
}

static void
test_image_probe_png_bad_header(void **state)
{
	GByteArray		*b = png(3, 2, 2, NULL, 0);
	struct image_info	 info;
	char			*why = NULL;

	(void)state;
	/* cut inside IHDR */
	assert_int_equal(image_probe(b->data, 20, &info, &why), -1);
	assert_string_equal(why, "a PNG file without its header (IHDR)");
	g_free(why);
	/* colour type 2 at 4 bits does not exist */
	b->data[24] = 4;
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_non_null(strstr(why, "unknown kind"));
	g_free(why);
	/* no pixels */
	b->data[24] = 8;
	memset(b->data + 16, 0, 4);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_string_equal(why, "an image of no pixels");
	g_free(why);
	g_byte_array_unref(b);
}

static void
test_image_probe_jpeg(void **state)
{
	GByteArray		*b = jpeg(0xC0, 8, 640, 480, 3);
	struct image_info	 info;
	char			*why = NULL;

	(void)state;
	assert_int_equal(image_probe(b->data, b->len, &info, &why), 0);
	assert_int_equal(info.kind, IMAGE_JPEG);
	assert_int_equal(info.width, 640);
	assert_int_equal(info.height, 480);
	assert_int_equal(info.components, 3);
	g_byte_array_unref(b);
	/* progressive and grey */
	b = jpeg(0xC2, 8, 10, 20, 1);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), 0);
	assert_int_equal(info.components, 1);
	g_byte_array_unref(b);
}

static void
test_image_probe_jpeg_refused(void **state)
{
	struct image_info	 info;
	char			*why = NULL;
	GByteArray		*b;

	(void)state;
	b = jpeg(0xC0, 8, 64, 64, 4);		/* CMYK */
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_non_null(strstr(why, "4 colour components"));
	g_free(why);
	g_byte_array_unref(b);
	b = jpeg(0xC3, 8, 64, 64, 3);		/* lossless */
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_non_null(strstr(why, "frame type 0xC3"));
	g_free(why);
	g_byte_array_unref(b);
	b = jpeg(0xC0, 12, 64, 64, 3);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_non_null(strstr(why, "12-bit"));
	g_free(why);
	g_byte_array_unref(b);
	/* a marker of length 0 (libharu would loop on it) */
	b = jpeg(0xC0, 8, 64, 64, 3);
	b->data[5] = 0;
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_string_equal(why, "a JPEG file without its frame header");
	g_free(why);
	/* cut before the frame's numbers */
	b->data[5] = 16;
	assert_int_equal(image_probe(b->data, 26, &info, &why), -1);
	g_free(why);
	g_byte_array_unref(b);
	/* 70000 x 1000 is over the cap */
	b = jpeg(0xC0, 8, 65000, 1000, 3);
	assert_int_equal(image_probe(b->data, b->len, &info, &why), -1);
	assert_non_null(strstr(why, "more than"));
	g_free(why);
	g_byte_array_unref(b);
}

static void
test_image_probe_other(void **state)
{
	struct image_info	info;
	char			*why = NULL;

	(void)state;
	assert_int_equal(image_probe((const guint8 *)"GIF89a\1\0\1\0", 10,
	    &info, &why), -1);
	assert_string_equal(why, "not a PNG or JPEG file");
	g_free(why);
	assert_int_equal(image_probe((const guint8 *)"", 0, &info, &why), -1);
	g_free(why);
}

/* --- decoding ------------------------------------------------------------ */

/* RGBA composited on white; rows in order. */
static void
test_image_decode_png_alpha(void **state)
{
	static const guint8	 px[] = {
		255, 0, 0, 0,	 0, 0, 255, 255,	/* clear red, blue */
		0, 0, 0, 128,	 10, 20, 30, 255	/* half black */
	};
	GByteArray		*b = png(2, 2, 6, px, 0);
	struct image		*im;
	const guint8		*d;
	gsize			 n;
	char			*why = NULL;

	(void)state;
	im = image_decode(b->data, b->len, IMAGE_MAX_TOTAL, &why);
	assert_non_null(im);
	assert_null(why);
	d = g_bytes_get_data(im->data, &n);
	assert_int_equal(n, 12);
	assert_int_equal(image_size(im), 12);
	assert_memory_equal(d, "\xFF\xFF\xFF\x00\x00\xFF", 6);
	assert_int_equal(d[6], 127);
	assert_memory_equal(d + 9, "\x0A\x14\x1E", 3);
	image_free(im);
	g_byte_array_unref(b);
}

static void
test_image_decode_png_grey(void **state)
{
	static const guint8	 px[] = { 0, 100, 200, 255, 1, 2 };
	GByteArray		*b = png(3, 2, 0, px, 0);
	struct image		*im;
	char			*why = NULL;

	(void)state;
	im = image_decode(b->data, b->len, IMAGE_MAX_TOTAL, &why);
	assert_non_null(im);
	assert_int_equal(im->info.components, 1);
	assert_int_equal(g_bytes_get_size(im->data), 6);
	assert_memory_equal(g_bytes_get_data(im->data, NULL), px, 6);
	image_free(im);
	g_byte_array_unref(b);
}

/* A corrupt or cut PNG is an error with libpng's reason, not a crash. */
static void
test_image_decode_png_corrupt(void **state)
{
	static const guint8	 px[12] = { 0 };
	GByteArray		*b = png(2, 2, 2, px, 1);
	char			*why = NULL;

	(void)state;
	assert_null(image_decode(b->data, b->len, IMAGE_MAX_TOTAL, &why));
	assert_non_null(why);
	assert_true(g_str_has_prefix(why, "cannot be decoded ("));
	g_free(why);
	g_byte_array_unref(b);
	b = png(2, 2, 2, px, 0);
	assert_null(image_decode(b->data, b->len - 20, IMAGE_MAX_TOTAL, &why));
	assert_true(g_str_has_prefix(why, "cannot be decoded ("));
	g_free(why);
	g_byte_array_unref(b);
}

/* What a document's images may still hold, checked before decoding. */
static void
test_image_decode_budget(void **state)
{
	static const guint8	 px[12] = { 0 };
	GByteArray		*b = png(2, 2, 2, px, 0);
	struct image		*im;
	char			*why = NULL;

	(void)state;
	assert_null(image_decode(b->data, b->len, 11, &why));
	assert_non_null(strstr(why, "past what a document's images may "
	    "hold"));
	g_free(why);
	im = image_decode(b->data, b->len, 12, &why);
	assert_non_null(im);
	image_free(im);
	g_byte_array_unref(b);
	/* a JPEG counts its file */
	b = jpeg(0xC0, 8, 8, 8, 3);
	assert_null(image_decode(b->data, b->len, b->len - 1, &why));
	g_free(why);
	im = image_decode(b->data, b->len, b->len, &why);
	assert_non_null(im);
	assert_int_equal(image_size(im), b->len);
	image_free(im);
	g_byte_array_unref(b);
}

/* --- the path rules ------------------------------------------------------ */

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

static void
put_file(const char *dir, const char *name, const GByteArray *b)
{
	char	*p = g_build_filename(dir, name, NULL);

	assert_true(g_file_set_contents(p, (const char *)b->data, b->len,
	    NULL));
	g_free(p);
}

/* Under the source's folder: read; outside, through a symlink, or
 * over the file cap: refused with the reason, naming the file. */
static void
test_image_load_paths(void **state)
{
	static const guint8	 px[12] = { 0 };
	GByteArray		*b = png(2, 2, 2, px, 0);
	char			*top = g_dir_make_tmp("image-XXXXXX", NULL);
	char			*art = g_build_filename(top, "art", NULL);
	char			*src = g_build_filename(art, "a.md", NULL);
	char			*p, *why = NULL;
	struct image		*im;
	int			 fd;

	(void)state;
	assert_int_equal(g_mkdir(art, 0700), 0);
	put_file(art, "in.png", b);
	put_file(top, "out.png", b);
	im = image_load(src, "in.png", IMAGE_MAX_TOTAL, &why);
	assert_non_null(im);
	image_free(im);
	assert_null(image_load(src, "../out.png", IMAGE_MAX_TOTAL, &why));
	assert_string_equal(why, "'../out.png' is outside the source's "
	    "folder (allow its folder with --allow-path)");
	g_free(why);
	/* a symlink inside pointing out */
	p = g_build_filename(art, "link.png", NULL);
	assert_int_equal(symlink("../out.png", p), 0);
	g_free(p);
	assert_null(image_load(src, "link.png", IMAGE_MAX_TOTAL, &why));
	assert_string_equal(why, "'link.png' is a symbolic link");
	g_free(why);
	/* allowed */
	fileio_allow_dir(top);
	im = image_load(src, "../out.png", IMAGE_MAX_TOTAL, &why);
	assert_non_null(im);
	image_free(im);
	fileio_allow_dir(NULL);
	/* over the file cap (a sparse file): refused unread */
	p = g_build_filename(art, "big.png", NULL);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, b->data, b->len), (ssize_t)b->len);
	assert_int_equal(ftruncate(fd, (off_t)IMAGE_MAX_FILE + 1), 0);
	close(fd);
	g_free(p);
	assert_null(image_load(src, "big.png", IMAGE_MAX_TOTAL, &why));
	assert_string_equal(why, "'big.png' is larger than 33554432 bytes");
	g_free(why);
	/* missing; not an image */
	assert_null(image_load(src, "none.png", IMAGE_MAX_TOTAL, &why));
	assert_string_equal(why, "'none.png': No such file or directory");
	g_free(why);
	g_byte_array_set_size(b, 0);
	g_byte_array_append(b, (const guint8 *)"text", 4);
	put_file(art, "t.png", b);
	assert_null(image_load(src, "t.png", IMAGE_MAX_TOTAL, &why));
	assert_string_equal(why, "'t.png': not a PNG or JPEG file");
	g_free(why);
	rm_tree(top);
	g_free(top);
	g_free(art);
	g_free(src);
	g_byte_array_unref(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_image_probe_png),
		cmocka_unit_test(test_image_probe_png_too_many_pixels),
		cmocka_unit_test(test_image_probe_png_bad_header),
		cmocka_unit_test(test_image_probe_jpeg),
		cmocka_unit_test(test_image_probe_jpeg_refused),
		cmocka_unit_test(test_image_probe_other),
		cmocka_unit_test(test_image_decode_png_alpha),
		cmocka_unit_test(test_image_decode_png_grey),
		cmocka_unit_test(test_image_decode_png_corrupt),
		cmocka_unit_test(test_image_decode_budget),
		cmocka_unit_test(test_image_load_paths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
