/* SPDX-License-Identifier: MIT */
/*
 * Encodes the diagram's pixels as PNG with libpng, which (unlike Cairo
 * 1.16's writer) records the resolution: a pHYs chunk in pixels per
 * metre, so a 300 dpi image lands at its size in a word processor.
 * libpng reports errors by longjmp to the setjmp in dg_png; nothing
 * that needs freeing is allocated between the two.
 */
#include <math.h>
#include <setjmp.h>
#include <string.h>

#include <png.h>

#include "diagram_out.h"

struct pngio {
	GByteArray	*out;
	char		*why;		/* the first error, g_free */
};

static void	on_error(png_structp png, png_const_charp text);
static void	on_warning(png_structp png, png_const_charp text);
static void	on_write(png_structp png, png_bytep data, size_t len);
static void	on_flush(png_structp png);
static void	convert(const unsigned char *src, int w, int alpha,
		    unsigned char *dst);

static void
on_error(png_structp png, png_const_charp text)
{
	struct pngio	*io = png_get_error_ptr(png);

	if (io->why == NULL)
		io->why = g_strdup_printf("libpng: %s", text);
	png_longjmp(png, 1);
}

static void
on_warning(png_structp png, png_const_charp text)
{
	/* libpng warns of nothing we write; stay quiet */
	(void)png;
	(void)text;
}

static void
on_write(png_structp png, png_bytep data, size_t len)
{
	struct pngio	*io = png_get_io_ptr(png);

	g_byte_array_append(io->out, data, (guint)len);
}

static void
on_flush(png_structp png)
{
	(void)png;
}

/*
 * One row of premultiplied native-endian ARGB32 words to RGBA bytes
 * (colour divided by alpha, rounded), or to RGB over white.
 */
static void
convert(const unsigned char *src, int w, int alpha, unsigned char *dst)
{
	int	 x, c;

	for (x = 0; x < w; x++) {
		guint32	 p;
		unsigned a, v[3];

		memcpy(&p, src + 4 * (size_t)x, 4);
		a = p >> 24;
		v[0] = p >> 16 & 0xFF;
		v[1] = p >> 8 & 0xFF;
		v[2] = p & 0xFF;
		for (c = 0; c < 3; c++) {
			if (!alpha)	/* over white: c + (1 - a) */
				*dst++ = (unsigned char)MIN(255u,
				    v[c] + 255 - a);
			else if (a == 0)
				*dst++ = 0;
			else
				*dst++ = (unsigned char)MIN(255u,
				    (v[c] * 255 + a / 2) / a);
		}
		if (alpha)
			*dst++ = (unsigned char)a;
	}
}

int
dg_png(int w, int h, int band, double dpi, int alpha, dg_band_fn fn,
    void *arg, GByteArray *out, char **why)
{
	/* on the heap: what on_error writes survives the longjmp */
	struct pngio	*io = g_new0(struct pngio, 1);
	png_structp	 png;
	png_infop	 info;
	unsigned char	*row = g_malloc((size_t)w * 4);
	png_uint_32	 ppm = (png_uint_32)lround(dpi / 0.0254);
	int		 y, i, n, stride;
	const unsigned char *px;

	*why = NULL;
	io->out = out;
	png = png_create_write_struct(PNG_LIBPNG_VER_STRING, io, on_error,
	    on_warning);
	info = png != NULL ? png_create_info_struct(png) : NULL;
	if (info == NULL) {
		png_destroy_write_struct(&png, NULL);
		g_free(row);
		g_free(io);
		*why = g_strdup("libpng: out of memory");
		return -1;
	}
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		g_free(row);
		*why = io->why != NULL ? io->why : g_strdup("libpng failed");
		g_free(io);
		return -1;
	}
	png_set_write_fn(png, io, on_write, on_flush);
	png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, alpha ?
	    PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
	    PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
	    PNG_FILTER_TYPE_DEFAULT);
	png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
	png_write_info(png, info);
	for (y = 0; y < h; y += n) {
		n = MIN(band, h - y);
		px = fn(arg, y, n, &stride, &io->why);
		if (px == NULL)
			png_error(png, "rendering failed");
		for (i = 0; i < n; i++) {
			convert(px + (size_t)i * stride, w, alpha, row);
			png_write_row(png, row);
		}
	}
	png_write_end(png, info);
	png_destroy_write_struct(&png, &info);
	g_free(row);
	g_free(io);
	return 0;
}
