/* SPDX-License-Identifier: MIT */
/* Unit tests of the PDF writer, checked with poppler-utils and qpdf. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <zlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "msg.h"
#include "pages.h"
#include "pdf.h"

#define A4_W	595.28
#define A4_H	841.89

static char	*tmpdir;

static const struct pdf_info info = {
	.title = "Визит в Пхеньян — a briefing",
	.author = "Ana Núñez",
	.subject = "Test",
	.keywords = "test, pdf",
	.creator = "briefing test",
	.lang = "en-US",
	.year = 2024, .month = 6, .day = 17
};

static void
run(struct pg_flow *fl, int font, double size, double x, double y,
    guint32 rgb, const char *text)
{
	struct pg_run	r = { 0 };

	r.font = font;
	r.size = size;
	r.x = x;
	r.y = y;
	r.rgb = rgb;
	r.hscale = 1;
	r.text = (char *)text;
	pg_add_run(fl, &r);
}

/* Three pages: text in three scripts, paths, links, an empty page. */
static struct pages *
sample(void)
{
	struct pages	*pp;
	struct page	*pg;
	struct pg_flow	*fl;
	struct pg_path	 p = { 0 };
	struct pg_seg	 s = { 0 };
	struct pg_link	 l = { 0 };
	struct pg_run	 r = { 0 };
	int		 serif, bold, sans;

	pp = pages_new(A4_W, A4_H);
	serif = pages_font(pp, "fonts/NotoSerif-Regular.ttf");
	bold = pages_font(pp, "fonts/NotoSerif-Bold.ttf");
	pages_font(pp, "fonts/NotoSans-Italic.ttf");	/* unused */
	sans = pages_font(pp, "fonts/NotoSans-Regular.ttf");

	pg = pages_add(pp);
	fl = page_flow(pg, PG_FLOW_CHROME_TOP);
	pg_add_rect(fl, 0, 0, A4_W, 20, 0xCC0000);
	run(fl, sans, 9, 56, 14, 0xFFFFFF, "UNCLASSIFIED");
	run(fl, bold, 20, 56, 70, 0x000000, "Putin’s visit");
	fl = page_flow(pg, PG_FLOW_MAIN);
	pg_add_anchor(fl, "intro", 90);
	run(fl, serif, 10.5, 56, 100, 0x222222, "Greek:");
	run(fl, serif, 10.5, 90.25, 100, 0x222222, "Ελληνικά");
	run(fl, serif, 10.5, 56, 114, 0x222222, "Cyrillic:");
	run(fl, serif, 10.5, 99.5, 114, 0x222222, "Кириллица");
	run(fl, serif, 10.5, 56, 128, 0x222222, "Příliš");
	run(fl, serif, 10.5, 86, 128, 0x222222, "žluťoučký");
	run(fl, serif, 10.5, 140, 128, 0x222222, "kůň");
	run(fl, serif, 10.5, 56, 142, 0x222222, "comrades‐in‐arms");
	pg_add_hline(fl, 56, 380, 150, 0.5, 0x808080);
	l.x0 = 56;
	l.y0 = 132;
	l.x1 = 150;
	l.y1 = 144;
	l.dest = "later";
	pg_add_link(fl, &l);
	l.dest = "nowhere";		/* unknown: skipped */
	pg_add_link(fl, &l);
	l.dest = NULL;
	l.uri = "https://example.org/ünïcode path";
	pg_add_link(fl, &l);
	fl = page_flow(pg, PG_FLOW_SIDEBAR);
	r.font = sans;
	r.size = 8;
	r.x = 400;
	r.y = 100;
	r.rgb = 0x1F4E79;
	r.hscale = 0.98;
	r.text = "Chronology";
	pg_add_run(fl, &r);
	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	s.op = PG_MOVE;
	s.x[0] = 400;
	s.y[0] = 110;
	g_array_append_val(p.segs, s);
	s.op = PG_CURVE;
	s.x[0] = 420.5;
	s.y[0] = 130;
	s.x[1] = 440;
	s.y[1] = 90;
	s.x[2] = 460;
	s.y[2] = 110;
	g_array_append_val(p.segs, s);
	p.do_stroke = 1;
	p.stroke = 0x1F4E79;
	p.width = 0.75;
	p.dash[0] = 1.5;
	p.dash[1] = 0.5;
	p.ndash = 2;
	pg_add_path(fl, &p);

	pg = pages_add(pp);
	fl = page_flow(pg, PG_FLOW_MAIN);
	pg_add_anchor(fl, "later", 60);
	run(fl, serif, 10.5, 56, 72, 0x000000, "Second page.");

	pages_add(pp);			/* no flows: still a page */

	pages_add_outline(pp, "Putin’s visit", 0, 0, 60);
	pages_add_outline(pp, "Ελληνικά", 1, 0, 90);
	pages_add_outline(pp, "Second page", 0, 1, 60);
	return pp;
}

static char *
tmp_path(const char *name)
{
	return g_build_filename(tmpdir, name, NULL);
}

/* Write the sample to name in the temporary directory; its path. */
static char *
write_sample(const char *name)
{
	struct pages	*pp = sample();
	char		*path = tmp_path(name);

	assert_int_equal(pdf_write(pp, &info, path), 0);
	pages_free(pp);
	return path;
}

/* Run a command line; its stdout, stderr and exit status. */
static void
command(const char *cmd, char **out, char **err, int *status)
{
	GError	*e = NULL;
	int	 st;

	assert_true(g_spawn_command_line_sync(cmd, out, err, &st, &e));
	*status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The messages pdf_write prints, from a memory stream. */
struct capture {
	FILE	*f;
	char	*buf;
	size_t	 len;
};

static void
capture_start(struct capture *c)
{
	c->f = open_memstream(&c->buf, &c->len);
	msg_set_output(c->f);
	msg_reset();
}

static void
capture_end(struct capture *c)
{
	fclose(c->f);
	msg_set_output(NULL);
}

/* Number of entries in a directory. */
static int
count_entries(const char *dir)
{
	GDir	*d = g_dir_open(dir, 0, NULL);
	int	 n = 0;

	assert_non_null(d);
	while (g_dir_read_name(d) != NULL)
		n++;
	g_dir_close(d);
	return n;
}

static void
test_pdf_write_header(void **state)
{
	char	*path = write_sample("header.pdf");
	char	*data;
	gsize	 len;

	assert_true(g_file_get_contents(path, &data, &len, NULL));
	assert_true(len > 1000);
	/* 1.5: the dictionaries are in object streams */
	assert_memory_equal(data, "%PDF-1.5", 8);
	/* Keep one for pdfcheck when asked. */
	if (getenv("TEST_PDF_KEEP") != NULL)
		assert_true(g_file_set_contents(getenv("TEST_PDF_KEEP"), data,
		    len, NULL));
	g_free(data);
	g_free(path);
}

static void
test_pdf_write_identical(void **state)
{
	char	*a = write_sample("a.pdf"), *b = write_sample("b.pdf");
	char	*da, *db;
	gsize	 la, lb;

	assert_true(g_file_get_contents(a, &da, &la, NULL));
	assert_true(g_file_get_contents(b, &db, &lb, NULL));
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	g_free(da);
	g_free(db);
	g_free(a);
	g_free(b);
}

/*
 * The len bytes of a PDF with each Flate stream's data inflated in
 * place (the dictionaries are in object streams): what a search for
 * the objects' words must read.
 */
static GByteArray *
inflated(const char *pdf, gsize len)
{
	GByteArray	*out = g_byte_array_new();
	const char	*p = pdf, *end = pdf + len, *s;
	guint8		 buf[4096];

	while ((s = memmem(p, end - p, "stream\r\n", 8)) != NULL) {
		z_stream z = { 0 };
		int r;

		s += 8;
		g_byte_array_append(out, (const guint8 *)p, s - p);
		z.next_in = (Bytef *)s;
		z.avail_in = (uInt)(end - s);
		assert_int_equal(inflateInit(&z), Z_OK);
		do {
			z.next_out = buf;
			z.avail_out = sizeof(buf);
			r = inflate(&z, Z_NO_FLUSH);
			g_byte_array_append(out, buf, sizeof(buf) - z.avail_out);
		} while (r == Z_OK);
		/* not Flate (an image, a font kept as is): as it is */
		p = r == Z_STREAM_END ? (const char *)z.next_in : s;
		inflateEnd(&z);
	}
	g_byte_array_append(out, (const guint8 *)p, end - p);
	return out;
}

/* How many times "/Dest" occurs in a PDF, its streams inflated. */
static int
count_dests(const char *pdf, gsize len)
{
	GByteArray	*b = inflated(pdf, len);
	const char	*p = (const char *)b->data, *end = p + b->len;
	int		 n = 0;

	while ((p = memmem(p, end - p, "/Dest", 5)) != NULL) {
		n++;
		p += 5;
	}
	g_byte_array_free(b, TRUE);
	return n;
}

/*
 * pdf_write_take: the same bytes as pdf_write, every page emptied as it
 * goes (the pages and the outline stay), and a link on a later page
 * still finds an anchor of a page already emptied.
 */
static void
test_pdf_write_take(void **state)
{
	struct pages	*pp = sample(), *pq = sample();
	struct pg_link	 l = { 0 };
	char		*a = tmp_path("keep.pdf"), *b = tmp_path("take.pdf");
	char		*c = write_sample("plain.pdf");
	char		*da, *db, *dc;
	gsize		 la, lb, lc;
	guint		 i, n;

	l.x0 = 56;
	l.y0 = 60;
	l.x1 = 150;
	l.y1 = 72;
	l.dest = "intro";
	pg_add_link(page_flow(g_ptr_array_index(pp->pages, 2), PG_FLOW_MAIN),
	    &l);
	pg_add_link(page_flow(g_ptr_array_index(pq->pages, 2), PG_FLOW_MAIN),
	    &l);
	n = pq->pages->len;
	assert_int_equal(pdf_write(pp, &info, a), 0);
	assert_int_equal(pdf_write_take(pq, &info, b), 0);
	assert_true(g_file_get_contents(a, &da, &la, NULL));
	assert_true(g_file_get_contents(b, &db, &lb, NULL));
	assert_true(g_file_get_contents(c, &dc, &lc, NULL));
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	/* the link back to page 1: one destination more than without */
	assert_int_equal(count_dests(db, lb), count_dests(dc, lc) + 1);
	assert_int_equal(pq->pages->len, n);
	for (i = 0; i < n; i++)
		assert_int_equal(((struct page *)g_ptr_array_index(pq->pages,
		    i))->flows->len, 0);
	assert_int_equal(pq->outline->len, pp->outline->len);
	g_free(da);
	g_free(db);
	g_free(dc);
	g_free(a);
	g_free(b);
	g_free(c);
	pages_free(pp);
	pages_free(pq);
}

/* Page 1's main flow as parts: its first three items, then the rest
 * (struct pg_flow), then a rule added after them. */
static struct pages *
sample_parts(void)
{
	struct pages	*pp = sample();
	struct pg_flow	*fl = page_flow(g_ptr_array_index(pp->pages, 0),
			    PG_FLOW_MAIN);
	GArray		*all = fl->items, *head;

	head = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	g_array_append_vals(head, all->data, 3);
	g_array_remove_range(all, 0, 3);
	fl->items = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	pg_flow_take(fl, head);
	pg_flow_take(fl, all);
	pg_add_hline(fl, 56, 380, 160, 0.5, 0x808080);
	return pp;
}

/* A page whose flows hold parts gives the PDF of the same items in one
 * array each, through pdf_write and pdf_write_take alike. */
/* Two files' bytes equal. */
static void
assert_same_file(const char *a, const char *b)
{
	char	*da, *db;
	gsize	 la, lb;

	assert_true(g_file_get_contents(a, &da, &la, NULL));
	assert_true(g_file_get_contents(b, &db, &lb, NULL));
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	g_free(da);
	g_free(db);
}

/*
 * Font subsets kept between writes (--watch): the second write takes
 * them from the cache and gives the bytes of a write without one; a
 * text with other characters gets its own subsets, not the kept ones.
 */
static void
test_pdf_write_cache(void **state)
{
	struct pages	*pp = sample();
	struct pdf_info	 ci = info;
	char		*a = tmp_path("nocache.pdf"), *b = tmp_path("c1.pdf");
	char		*c = tmp_path("c2.pdf"), *d = tmp_path("other.pdf");
	char		*e = tmp_path("other-cached.pdf");
	char		*da, *dd;
	gsize		 la, ld;

	(void)state;
	ci.cache = pdf_cache_new();
	assert_int_equal(pdf_write(pp, &info, a), 0);
	assert_int_equal(pdf_write(pp, &ci, b), 0);
	assert_int_equal(pdf_write(pp, &ci, c), 0);
	assert_same_file(a, b);
	assert_same_file(a, c);
	/* new characters in the serif face: a subset of its own */
	run(page_flow(g_ptr_array_index(pp->pages, 1), PG_FLOW_MAIN),
	    0, 10.5, 56, 90, 0x000000, "Quixotic zebras jump: \xc2\xbd.");
	assert_int_equal(pdf_write(pp, &info, d), 0);
	assert_int_equal(pdf_write(pp, &ci, e), 0);
	assert_same_file(d, e);
	assert_true(g_file_get_contents(a, &da, &la, NULL));
	assert_true(g_file_get_contents(d, &dd, &ld, NULL));
	assert_true(la != ld || memcmp(da, dd, la) != 0);
	g_free(da);
	g_free(dd);
	pdf_cache_free(ci.cache);
	pages_free(pp);
	g_free(a);
	g_free(b);
	g_free(c);
	g_free(d);
	g_free(e);
}

static void
test_pdf_write_parts(void **state)
{
	struct pages	*pp = sample(), *pq = sample_parts();
	struct pages	*pr = sample_parts();
	char		*a = tmp_path("flat.pdf"), *b = tmp_path("parts.pdf");
	char		*c = tmp_path("parts-take.pdf");
	char		*da, *db, *dc;
	gsize		 la, lb, lc;

	pg_add_hline(page_flow(g_ptr_array_index(pp->pages, 0),
	    PG_FLOW_MAIN), 56, 380, 160, 0.5, 0x808080);
	assert_int_equal(pdf_write(pp, &info, a), 0);
	assert_int_equal(pdf_write(pq, &info, b), 0);
	assert_int_equal(pdf_write_take(pr, &info, c), 0);
	assert_true(g_file_get_contents(a, &da, &la, NULL));
	assert_true(g_file_get_contents(b, &db, &lb, NULL));
	assert_true(g_file_get_contents(c, &dc, &lc, NULL));
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	assert_int_equal(la, lc);
	assert_memory_equal(da, dc, la);
	g_free(da);
	g_free(db);
	g_free(dc);
	g_free(a);
	g_free(b);
	g_free(c);
	pages_free(pp);
	pages_free(pq);
	pages_free(pr);
}

/* Runs of every kind of field for test_pg_pack: each differs from the
 * one before in one field. */
static GArray *
pack_sample(void)
{
	GArray		*a = g_array_new(FALSE, TRUE, sizeof(struct pg_item));
	struct pg_flow	 fl = { .items = a };
	struct pg_run	 r = { 0 };

	r.font = 2;
	r.size = 10.5;
	r.x = 56.125;
	r.y = 100.3;
	r.rgb = 0x222222;
	r.hscale = 0.987;
	r.width = 20.0625;
	r.src_off = 4000000000U;
	r.text = "comrades\xe2\x80\x90";
	r.actual = "comrades-in-arms";
	pg_add_run(&fl, &r);
	r.x += 30.1;
	r.actual = "";
	r.span_end = 1;
	r.text = "in\xe2\x80\x90" "arms";
	r.y += 14.2;
	pg_add_run(&fl, &r);
	r.actual = NULL;
	r.span_end = 0;
	r.font = 1;
	r.text = "Ελληνικά";
	pg_add_run(&fl, &r);
	r.rgb = 0x1F4E79;
	r.size = 8;
	r.hscale = 1;
	r.text = "";
	pg_add_run(&fl, &r);
	return a;
}

/* Two runs alike but for the move and who owns the strings. */
static void
same_run(const struct pg_run *a, const struct pg_run *b, double dx,
    double dy)
{
	assert_int_equal(a->font, b->font);
	assert_int_equal(a->rgb, b->rgb);
	assert_int_equal(a->span_end, b->span_end);
	assert_true(a->size == b->size);
	assert_true(a->x + dx == b->x);
	assert_true(a->y + dy == b->y);
	assert_true(a->hscale == b->hscale);
	assert_true(a->width == b->width);
	assert_true(a->src_off == b->src_off);
	assert_string_equal(a->text, b->text);
	if (a->actual == NULL)
		assert_null(b->actual);
	else
		assert_string_equal(a->actual, b->actual);
}

static void
count_item(const struct pg_item *it, void *arg)
{
	(void)it;
	(*(int *)arg)++;
}

/*
 * pg_pack: runs read back (page_flat lent, pages_flatten owned,
 * pg_flow_each) with every field as it was, moved by the part's
 * (dx, dy), in order with the flow's other parts; an array holding
 * anything but runs is not packed and stays as it was.
 */
static void
test_pg_pack(void **state)
{
	struct pages	*pp = pages_new(A4_W, A4_H);
	struct page	*pg = pages_add(pp);
	struct pg_flow	*fl = page_flow(pg, PG_FLOW_MAIN), *f;
	GArray		*want = pack_sample(), *mixed = pack_sample();
	GPtrArray	*flat;
	guint8		*pack;
	guint		 i;
	int		 n = 0;

	(void)state;
	assert_null(pg_pack(NULL));
	pg_add_hline(&(struct pg_flow){ .items = mixed }, 0, 1, 2, 0.5, 0);
	assert_null(pg_pack(mixed));
	assert_int_equal(mixed->len, 5);
	pg_add_anchor(fl, "top", 3);
	pack = pg_pack(pack_sample());
	assert_non_null(pack);
	pg_flow_take_pack(fl, pack, 12.5, 700.25);
	pg_flow_take(fl, mixed);
	pg_flow_each(fl, count_item, &n);
	assert_int_equal(n, 1 + 4 + 5);
	flat = page_flat(pg);
	f = g_ptr_array_index(flat, 0);
	assert_int_equal(f->items->len, 10);
	assert_int_equal(g_array_index(f->items, struct pg_item, 0).type,
	    PG_ANCHOR);
	for (i = 0; i < 4; i++) {
		assert_int_equal(g_array_index(f->items, struct pg_item,
		    i + 1).type, PG_RUN);
		same_run(&g_array_index(want, struct pg_item, i).u.run,
		    &g_array_index(f->items, struct pg_item, i + 1).u.run,
		    12.5, 700.25);
		same_run(&g_array_index(want, struct pg_item, i).u.run,
		    &g_array_index(f->items, struct pg_item, i + 5).u.run,
		    0, 0);
	}
	g_ptr_array_unref(flat);
	/* joined for good: the strings are the flow's own */
	pages_flatten(pp);
	assert_null(fl->parts);
	assert_int_equal(fl->items->len, 10);
	for (i = 0; i < 4; i++)
		same_run(&g_array_index(want, struct pg_item, i).u.run,
		    &g_array_index(fl->items, struct pg_item, i + 1).u.run,
		    12.5, 700.25);
	for (i = 0; i < want->len; i++)
		pg_item_clear(&g_array_index(want, struct pg_item, i));
	g_array_unref(want);
	pages_free(pp);
}

static void
test_pdf_write_no_directory(void **state)
{
	struct pages	*pp = sample();
	struct capture	 c;
	char		*path = tmp_path("missing/x.pdf"), *want;
	int		 n = count_entries(tmpdir);

	capture_start(&c);
	assert_int_equal(pdf_write(pp, &info, path), -1);
	capture_end(&c);
	want = g_strdup_printf("briefing: error: %s: "
	    "No such file or directory\n", path);
	assert_string_equal(c.buf, want);
	assert_int_equal(count_entries(tmpdir), n);
	free(c.buf);
	g_free(want);
	g_free(path);
	pages_free(pp);
}

static void
test_pdf_write_permission_denied(void **state)
{
	struct pages	*pp;
	struct capture	 c;
	char		*dir, *path, *want;

	if (geteuid() == 0)
		skip();		/* root writes anywhere */
	dir = tmp_path("ro");
	assert_int_equal(g_mkdir(dir, 0555), 0);
	path = g_build_filename(dir, "x.pdf", NULL);
	pp = sample();
	capture_start(&c);
	assert_int_equal(pdf_write(pp, &info, path), -1);
	capture_end(&c);
	want = g_strdup_printf("briefing: error: %s: Permission denied\n",
	    path);
	assert_string_equal(c.buf, want);
	assert_int_equal(count_entries(dir), 0);
	g_rmdir(dir);
	free(c.buf);
	g_free(want);
	g_free(path);
	g_free(dir);
	pages_free(pp);
}

/* A failure (here a missing font) leaves the old file as it was. */
static void
test_pdf_write_keeps_old(void **state)
{
	struct pages	*pp;
	struct capture	 c;
	struct pg_run	 r = { 0 };
	char		*path = write_sample("old.pdf"), *before, *after;
	gsize		 lb, la;
	int		 n = count_entries(tmpdir);

	assert_true(g_file_get_contents(path, &before, &lb, NULL));
	pp = sample();
	r.font = pages_font(pp, "fonts/Missing.ttf");
	r.size = 10;
	r.hscale = 1;
	r.text = "x";
	pg_add_run(page_flow(g_ptr_array_index(pp->pages, 0), PG_FLOW_MAIN),
	    &r);
	capture_start(&c);
	assert_int_equal(pdf_write(pp, &info, path), -1);
	capture_end(&c);
	assert_string_equal(c.buf, "briefing: error: fonts/Missing.ttf: "
	    "No such file or directory\n");
	assert_true(g_file_get_contents(path, &after, &la, NULL));
	assert_int_equal(la, lb);
	assert_memory_equal(before, after, la);
	assert_int_equal(count_entries(tmpdir), n);
	free(c.buf);
	g_free(before);
	g_free(after);
	g_free(path);
	pages_free(pp);
}

static void
test_pdf_write_text(void **state)
{
	char	*path = write_sample("text.pdf"), *cmd, *out, *err;
	int	 st;

	cmd = g_strdup_printf("pdftotext -enc UTF-8 %s -", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	assert_non_null(strstr(out, "Greek: Ελληνικά"));
	assert_non_null(strstr(out, "Cyrillic: Кириллица"));
	assert_non_null(strstr(out, "Příliš žluťoučký kůň"));
	assert_non_null(strstr(out, "comrades‐in‐arms"));
	assert_non_null(strstr(out, "Putin’s visit"));
	assert_non_null(strstr(out, "Second page."));
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
}

static void
test_pdf_write_qpdf_check(void **state)
{
	char	*path = write_sample("qpdf.pdf"), *cmd, *out, *err;
	int	 st;

	cmd = g_strdup_printf("qpdf --check %s", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	assert_null(strstr(out, "WARNING"));
	assert_non_null(strstr(out, "No syntax or stream encoding errors"));
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
}

/* Only the used fonts, each embedded, subset, with a ToUnicode map. */
static void
test_pdf_write_fonts(void **state)
{
	char	*path = write_sample("fonts.pdf"), *cmd, *out, *err;
	char	**lines;
	int	 st, i, n = 0;

	cmd = g_strdup_printf("pdffonts %s", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	lines = g_strsplit(out, "\n", -1);
	for (i = 2; lines[i] != NULL; i++) {
		if (lines[i][0] == '\0')
			continue;
		n++;
		assert_true(g_regex_match_simple("^[A-Z]{6}\\+Noto[A-Za-z-]+ "
		    "+CID TrueType +Identity-H +yes +yes +yes ", lines[i], 0,
		    0));
	}
	assert_int_equal(n, 3);
	assert_null(strstr(out, "Italic"));
	g_strfreev(lines);
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
}

static void
test_pdf_write_info(void **state)
{
	char	*path = write_sample("info.pdf"), *cmd, *out, *err;
	int	 st;

	cmd = g_strdup_printf("pdfinfo %s", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	assert_non_null(strstr(out, "Title:           Визит в Пхеньян — a "
	    "briefing\n"));
	assert_non_null(strstr(out, "Author:          Ana Núñez\n"));
	assert_non_null(strstr(out, "Creator:         briefing test\n"));
	assert_non_null(strstr(out, "Producer:        Haru"));
	assert_non_null(strstr(out, "CreationDate:    Mon Jun 17 00:00:00 "
	    "2024 UTC\n"));
	assert_non_null(strstr(out, "Pages:           3\n"));
	assert_non_null(strstr(out, "Page size:       595.28 x 841.89 pts "
	    "(A4)\n"));
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
}

/* Links, outline and catalog entries, read back uncompressed. */
static void
test_pdf_write_structure(void **state)
{
	char	*path = write_sample("struct.pdf"), *cmd, *out, *err;
	char	**parts;
	int	 st;

	/* Uncompressed font programs hold NUL bytes: drop them. */
	cmd = g_strdup_printf("sh -c \"qpdf --qdf --object-streams=disable "
	    "'%s' - | tr -d '\\\\000'\"", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_non_null(strstr(out, "/Lang (en-US)"));
	assert_non_null(strstr(out, "/DisplayDocTitle true"));
	assert_non_null(strstr(out, "/PageMode /UseOutlines"));
	assert_non_null(strstr(out, "/URI (https://example.org/"
	    "%C3%BCn%C3%AFcode%20path)"));
	assert_non_null(strstr(out, "/Border [\n    0\n    0\n    0\n  ]"));
	/* inline: "/XYZ", left 0, top 841.89 - 60 in whole points */
	assert_true(g_regex_match_simple("/XYZ\\s+0\\s+782\\s", out,
	    G_REGEX_RAW, 0));
	assert_non_null(strstr(out, "/ID ["));
	/* One link to a known anchor, one URI, the unknown one skipped. */
	parts = g_strsplit(out, "/Subtype /Link", -1);
	assert_int_equal(g_strv_length(parts), 3);
	g_strfreev(parts);
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
}

static void
test_pdf_write_no_date(void **state)
{
	struct pages	*pp = sample();
	struct pdf_info	 i = info;
	char		*path = tmp_path("nodate.pdf"), *cmd, *out, *err;
	int		 st;

	i.year = 0;
	assert_int_equal(pdf_write(pp, &i, path), 0);
	cmd = g_strdup_printf("pdfinfo %s", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_null(strstr(out, "CreationDate"));
	assert_null(strstr(out, "ModDate"));
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
	pages_free(pp);
}

/* No pages at all still gives a valid one-page PDF. */
static void
test_pdf_write_empty(void **state)
{
	struct pages	*pp = pages_new(A4_W, A4_H);
	char		*path = tmp_path("empty.pdf"), *cmd, *out, *err;
	int		 st;

	assert_int_equal(pdf_write(pp, &info, path), 0);
	cmd = g_strdup_printf("qpdf --check %s", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
	pages_free(pp);
}

/* Above U+FFFF cannot be drawn: U+FFFD and one warning. */
static void
test_pdf_write_astral(void **state)
{
	struct pages	*pp = pages_new(A4_W, A4_H);
	struct capture	 c;
	char		*path = tmp_path("astral.pdf"), *cmd, *out, *err;
	int		 st;

	run(page_flow(pages_add(pp), PG_FLOW_MAIN),
	    pages_font(pp, "fonts/NotoSans-Regular.ttf"), 12, 50, 50, 0,
	    "a\xF0\x9F\x98\x80" "b");
	capture_start(&c);
	assert_int_equal(pdf_write(pp, &info, path), 0);
	capture_end(&c);
	assert_non_null(strstr(c.buf, "warning: "));
	assert_non_null(strstr(c.buf, "U+FFFD"));
	cmd = g_strdup_printf("pdftotext -enc UTF-8 %s -", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	assert_string_equal(err, "");
	assert_non_null(strstr(out, "a\xEF\xBF\xBD" "b"));
	free(c.buf);
	g_free(out);
	g_free(err);
	g_free(cmd);
	g_free(path);
	pages_free(pp);
}

/* Count the occurrences of needle in hay. */
static int
count(const char *hay, const char *needle)
{
	int	 n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/* The first page's content stream, uncompressed. */
static char *
page_content(const char *path)
{
	char	*cmd, *out, *err, *start, *end, *content;
	int	 st;

	cmd = g_strdup_printf("sh -c \"qpdf --qdf --object-streams=disable "
	    "'%s' - | tr -d '\\\\000'\"", path);
	command(cmd, &out, &err, &st);
	assert_int_equal(st, 0);
	start = strstr(out, "%% Contents for page 1");
	assert_non_null(start);
	start = strstr(start, "stream\n");
	assert_non_null(start);
	end = strstr(start, "endstream");
	assert_non_null(end);
	content = g_strndup(start + 7, end - start - 7);
	g_free(cmd);
	g_free(out);
	g_free(err);
	return content;
}

/* No operator repeats a state in force; odd paths are tolerated. */
static void
test_pdf_write_content(void **state)
{
	struct pages	*pp = pages_new(A4_W, A4_H);
	struct pg_flow	*fl = page_flow(pages_add(pp), PG_FLOW_MAIN);
	struct pg_path	 p = { 0 };
	struct pg_seg	 s = { 0 };
	struct pg_run	 r = { 0 };
	char		*path = tmp_path("content.pdf"), *c;
	int		 f = pages_font(pp, "fonts/NotoSerif-Regular.ttf");

	run(fl, f, 10, 50, 100, 0, "one");
	run(fl, f, 10, 80, 100, 0, "two\tthree");
	r.font = f;
	r.size = 10;
	r.x = 50;
	r.y = 112;
	r.hscale = 0.99;
	r.text = "four";
	pg_add_run(fl, &r);
	r.x = 80;
	r.text = "five";
	pg_add_run(fl, &r);
	pg_add_rect(fl, 50, 120, 100, 10, 0x336699);
	/* No move at all: nothing drawn. */
	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	s.op = PG_CLOSE;
	g_array_append_val(p.segs, s);
	s.op = PG_LINETO;
	g_array_append_val(p.segs, s);
	p.do_fill = 1;
	pg_add_path(fl, &p);
	/* A line before the move is skipped; a fractional dash. */
	p.segs = g_array_new(FALSE, TRUE, sizeof(struct pg_seg));
	g_array_append_val(p.segs, s);
	s.op = PG_MOVE;
	s.x[0] = 50;
	s.y[0] = 140;
	g_array_append_val(p.segs, s);
	s.op = PG_LINETO;
	s.x[0] = 150;
	g_array_append_val(p.segs, s);
	p.do_fill = 0;
	p.do_stroke = 1;
	p.width = 0.5;
	p.dash[0] = 1.5;
	p.dash[1] = 0.5;
	p.ndash = 2;
	pg_add_path(fl, &p);
	run(fl, f, 10, 50, 160, 0, "six");

	assert_int_equal(pdf_write(pp, &info, path), 0);
	c = page_content(path);
	assert_int_equal(count(c, "BT\n"), 2);
	assert_int_equal(count(c, "ET\n"), 2);
	assert_int_equal(count(c, " Tf\n"), 1);
	assert_int_equal(count(c, " Tz\n"), 2);	/* 99, then 100 */
	/* Black is the default; after blue, black again as grey. */
	assert_int_equal(count(c, " rg\n"), 1);
	assert_int_equal(count(c, "0 g\n"), 1);
	assert_int_equal(count(c, " re\n"), 1);
	assert_int_equal(count(c, " m\n"), 1);
	assert_int_equal(count(c, "[1.5 0.5] 0 d\n"), 1);
	assert_int_equal(count(c, "\nf\n"), 1);
	assert_int_equal(count(c, "\nS\n"), 1);
	/* The tab became a space (U+0020), one TJ string of CIDs. */
	g_free(c);
	{
		char *cmd = g_strdup_printf("pdftotext -raw '%s' -", path);
		char *out = NULL, *err = NULL;
		int st;

		command(cmd, &out, &err, &st);
		assert_int_equal(st, 0);
		assert_non_null(strstr(out, "two three"));
		g_free(cmd);
		g_free(out);
		g_free(err);
	}
	g_free(path);
	pages_free(pp);
}

static int
setup(void **state)
{
	tmpdir = g_dir_make_tmp("test_pdf-XXXXXX", NULL);
	return tmpdir == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char	*cmd = g_strdup_printf("rm -rf %s", tmpdir);
	int	 ret = system(cmd);

	g_free(cmd);
	g_free(tmpdir);
	return ret;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pdf_write_header),
		cmocka_unit_test(test_pdf_write_identical),
		cmocka_unit_test(test_pdf_write_take),
		cmocka_unit_test(test_pdf_write_cache),
		cmocka_unit_test(test_pdf_write_parts),
		cmocka_unit_test(test_pg_pack),
		cmocka_unit_test(test_pdf_write_no_directory),
		cmocka_unit_test(test_pdf_write_permission_denied),
		cmocka_unit_test(test_pdf_write_keeps_old),
		cmocka_unit_test(test_pdf_write_text),
		cmocka_unit_test(test_pdf_write_qpdf_check),
		cmocka_unit_test(test_pdf_write_fonts),
		cmocka_unit_test(test_pdf_write_info),
		cmocka_unit_test(test_pdf_write_structure),
		cmocka_unit_test(test_pdf_write_no_date),
		cmocka_unit_test(test_pdf_write_empty),
		cmocka_unit_test(test_pdf_write_astral),
		cmocka_unit_test(test_pdf_write_content),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
