/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for --extract-source: the input bytes as a PDF file,
 * its embedded source written back by pdfsource_extract into a private
 * directory under /dev/shm, which is emptied after each run.
 *
 * Input: the PDF itself.  Seeds are briefings written with
 * --attach-source and variants (tests/fuzz/seeds/fuzz_extract/).
 * tests/e2e_fuzzregress.sh replays a saved input with
 * `briefing --extract-source FILE -o DIR -f`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "msg.h"
#include "pdfsource.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	*work_dir, *out_dir, *pdf_path;

/* Remove every file of out_dir (extraction writes one, no directory). */
static void
empty_out(void)
{
	GDir		*d = g_dir_open(out_dir, 0, NULL);
	const char	*n;

	if (d == NULL)
		return;
	while ((n = g_dir_read_name(d)) != NULL) {
		char *f = g_build_filename(out_dir, n, NULL);

		if (g_remove(f) != 0)
			abort();	/* a directory: not expected */
		g_free(f);
	}
	g_dir_close(d);
}

static void
cleanup(void)
{
	empty_out();
	rmdir(out_dir);
	unlink(pdf_path);
	rmdir(work_dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static FILE	*devnull;

	devnull = fopen("/dev/null", "w");
	if (devnull == NULL)
		abort();
	if (getenv("FUZZ_VERBOSE") == NULL)
		msg_set_output(devnull);
	work_dir = g_strdup("/dev/shm/fuzz-extract-XXXXXX");
	if (g_mkdtemp(work_dir) == NULL)
		abort();
	out_dir = g_build_filename(work_dir, "out", NULL);
	pdf_path = g_build_filename(work_dir, "in.pdf", NULL);
	if (g_mkdir(out_dir, 0700) != 0)
		abort();
	atexit(cleanup);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*written = NULL;

	msg_reset();
	if (!g_file_set_contents(pdf_path, (const char *)data, size, NULL))
		abort();
	pdfsource_extract(pdf_path, out_dir, 1, 0, &written);
	g_free(written);
	empty_out();
	return 0;
}
