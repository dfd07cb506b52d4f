/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for the whole pipeline, as main's write_briefing
 * runs it: source, document, events, graph, diagram, notes, typeset, PDF.
 *
 * Input: one selector byte, then the source.  't' names it "fuzz.txt",
 * 'T' the same with --paper letter --pdfa --attach-source, 'M' a
 * "fuzz.md" with those options, anything else a plain "fuzz.md".
 * tests/e2e_fuzzregress.sh replays a saved input through build/briefing
 * the same way.
 *
 * The PDF is built in memory (pdf_render); an attached source is read
 * from a file in a private directory under /dev/shm, removed after each
 * run.  Run with -max_len=4096: a typeset run costs milliseconds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "chrono.h"
#include "diagram.h"
#include "doc.h"
#include "fonts.h"
#include "graph.h"
#include "hyph.h"
#include "msg.h"
#include "notes.h"
#include "pdf.h"
#include "source.h"
#include "typeset.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static FILE	*devnull;
static char	*assets_dir, *work_dir, *src_path, *icc_path;

static void
cleanup(void)
{
	if (work_dir != NULL)
		rmdir(work_dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*data;

	devnull = fopen("/dev/null", "w");
	if (devnull == NULL)
		abort();
	if (getenv("FUZZ_VERBOSE") == NULL)
		msg_set_output(devnull);
	data = fonts_locate_data((*argv)[0]);
	assets_dir = g_build_filename(data, "assets", NULL);
	g_free(data);
	extract_set_assets(assets_dir);
	icc_path = g_build_filename(assets_dir, "icc", "sRGB.icc", NULL);
	work_dir = g_strdup("/dev/shm/fuzz-pipeline-XXXXXX");
	if (g_mkdtemp(work_dir) == NULL)
		abort();
	atexit(cleanup);
	if (fonts_init((*argv)[0]) != 0)
		abort();
	return 0;
}

/* The Keywords entry: the actors shown, in graph order. */
static char *
keywords(const struct graph *g)
{
	GString	*s = g_string_new(NULL);
	guint	 i;

	for (i = 0; i < g->actors->len; i++) {
		struct actor *a = g_ptr_array_index(g->actors, i);

		if (a->hidden)
			continue;
		if (s->len > 0)
			g_string_append(s, "; ");
		g_string_append(s, a->name);
	}
	return g_string_free(s, FALSE);
}

static void
write_pdf(const struct doc *doc, const struct source *src,
    const struct pages *pp, const struct graph *g, int opt)
{
	struct pdf_info	 info = { 0 };
	GBytes		*pdf;
	char		*kw = keywords(g);

	info.title = doc->meta.title;
	info.author = doc->meta.author != NULL ? doc->meta.author :
	    doc->meta.organisation;
	info.subject = doc->meta.subtitle;
	info.keywords = kw;
	info.creator = "briefing fuzz";
	info.lang = doc->meta.lang;
	info.pdfa = opt;
	info.icc = icc_path;
	info.year = doc->meta.year;
	info.month = doc->meta.month;
	info.day = doc->meta.day;
	if (opt || doc->meta.attach_source) {
		src_path = g_build_filename(work_dir, src->name, NULL);
		if (!g_file_set_contents(src_path, src->buf, src->len, NULL))
			abort();
		info.attach = src_path;
	}
	if ((pdf = pdf_render(pp, &info, "fuzz.pdf")) != NULL)
		g_bytes_unref(pdf);
	if (src_path != NULL) {
		unlink(src_path);
		g_free(src_path);
		src_path = NULL;
	}
	g_free(kw);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct source		*src;
	struct doc		*doc;
	struct chronology	*chrono;
	struct graph		*g;
	struct diagram		*d;
	struct notes		*notes;
	struct pages		*pp;
	struct typeset_opts	 to = { 0 };
	enum typeset_paper	 paper;
	int			 opt;

	if (size < 1)
		return 0;
	opt = data[0] == 'T' || data[0] == 'M';
	paper = opt ? PAPER_LETTER : PAPER_A4;
	msg_reset();
	src = source_from_string(data[0] == 't' || data[0] == 'T' ?
	    "fuzz.txt" : "fuzz.md", (const char *)data + 1, size - 1);
	if (src == NULL)
		return 0;
	if ((doc = doc_read(src)) == NULL) {
		source_free(src);
		return 0;
	}
	to.hyph = hyph_start(doc->meta.lang != NULL ? doc->meta.lang :
	    "en-US", NULL, src->buf, src->len);
	g = extract_run(doc, src);
	chrono = chrono_run(doc, src);
	notes = notes_build(doc, NULL);
	if (notes == NULL) {
		hyph_free(hyph_wait(to.hyph));
		goto out;
	}
	d = diagram_layout(g, typeset_full_width(paper),
	    typeset_full_width(paper), NULL);
	to.paper = paper;
	to.footer_name = src->name;
	to.footer_hash = "0123456";
	to.src = src;
	to.chrono = chrono;
	to.diagram = d;
	to.notes = notes;
	to.source_attached = opt || doc->meta.attach_source;
	pp = typeset_run(doc, &to);
	if (!msg_failed())
		write_pdf(doc, src, pp, g, opt);
	pages_free(pp);
	diagram_free(d);
out:
	notes_free(notes);
	chrono_free(chrono);
	graph_free(g);
	doc_free(doc);
	source_free(src);
	return 0;
}
