/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for the readers: source bytes to the document model,
 * then the events, the graph, the notes and their JSON dumps (what
 * --dump doc|events|graph|notes runs, without the glossary file).
 *
 * Input: one selector byte, then the source.  A selector 't' names the
 * source "fuzz.txt" (plain text reader), anything else "fuzz.md"
 * (Markdown).  tests/e2e_fuzzregress.sh replays a saved input through
 * build/briefing the same way.
 *
 * Build and run: make fuzz (see tests/fuzz/run.sh), or by hand
 *   make fuzz FUZZ_SECONDS=0; build-fuzz/fuzz/fuzz_reader DIR...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "chrono.h"
#include "doc.h"
#include "fonts.h"
#include "graph.h"
#include "msg.h"
#include "notes.h"
#include "source.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static FILE	*devnull;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*data, *assets;

	devnull = fopen("/dev/null", "w");
	if (devnull == NULL)
		abort();
	/* the gazetteer and cues beside fonts/, as main does */
	data = fonts_locate_data((*argv)[0]);
	assets = g_build_filename(data, "assets", NULL);
	extract_set_assets(assets);
	g_free(assets);
	g_free(data);
	if (getenv("FUZZ_VERBOSE") == NULL)
		msg_set_output(devnull);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct source		*src;
	struct doc		*doc;
	struct chronology	*c;
	struct graph		*g;
	struct notes		*ns;
	const char		*name;

	if (size < 1)
		return 0;
	name = data[0] == 't' ? "fuzz.txt" : "fuzz.md";
	msg_reset();
	src = source_from_string(name, (const char *)data + 1, size - 1);
	if (src == NULL)
		return 0;
	if ((doc = doc_read(src)) == NULL) {
		source_free(src);
		return 0;
	}
	doc_dump(doc, devnull);
	c = chrono_run(doc, src);
	chrono_dump(c, devnull);
	chrono_free(c);
	g = extract_run(doc, src);
	graph_dump(g, devnull);
	graph_free(g);
	ns = notes_build(doc, NULL);
	if (ns != NULL)
		notes_dump(ns, devnull);
	notes_free(ns);
	doc_free(doc);
	source_free(src);
	fflush(devnull);
	return 0;
}
