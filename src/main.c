/* SPDX-License-Identifier: MIT */
/* briefing: options, their checks, and the exit status (build.c builds). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "build.h"
#include "deps.h"
#include "fileio.h"
#include "msg.h"
#include "pdfsource.h"
#include "watch.h"


static const char summary[] =
    "Turns an article (Markdown or plain text, with optional YAML front\n"
    "matter) into a typeset, annotated PDF briefing.  Without -o the PDF\n"
    "is written beside each source with the extension .pdf.";

static const char description[] =
    "Exit status: 0 success (warnings allowed), 1 errors in the input,\n"
    "2 usage errors, 3 system or library errors.\n"
    "Messages: FILE:LINE:COL: error|warning: TEXT (columns in code points).";

/* --dpi N: the number, and that it was given. */
static gboolean
dpi_arg(const gchar *name, const gchar *value, gpointer data, GError **err)
{
	struct opts	*o = data;
	char		*end;

	o->dpi = g_ascii_strtod(value, &end);
	o->dpi_given = 1;
	if (*value == '\0' || *end != '\0') {
		g_set_error(err, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
		    "Cannot parse double value '%s' for %s", value, name);
		return FALSE;
	}
	return TRUE;
}

/*
 * A copy of argv where "-j4" is "-j" "4", as make users write it (GLib
 * takes a short option's value only as the next argument).  Nothing
 * after "--" is touched.
 */
static char **
split_jobs(int argc, char **argv)
{
	GPtrArray	*a = g_ptr_array_new();
	int		 i, rest = 0;

	for (i = 0; i < argc; i++) {
		const char *s = argv[i];

		if (i > 0 && !rest && strcmp(s, "--") == 0)
			rest = 1;
		if (i > 0 && !rest && strncmp(s, "-j", 2) == 0 &&
		    s[2] != '\0' && strspn(s + 2, "0123456789") ==
		    strlen(s + 2)) {
			g_ptr_array_add(a, g_strdup("-j"));
			g_ptr_array_add(a, g_strdup(s + 2));
		} else
			g_ptr_array_add(a, g_strdup(s));
	}
	g_ptr_array_add(a, NULL);
	return (char **)g_ptr_array_free(a, FALSE);
}

static int
parse_args(int *argc, char ***argv, struct opts *o)
{
	GOptionEntry entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
		  "Write the PDF to OUT (a directory with several sources)",
		  "OUT" },
		{ "paper", 0, 0, G_OPTION_ARG_STRING, &o->paper,
		  "Paper size: a4 (default) or letter", "SIZE" },
		{ "dump", 0, 0, G_OPTION_ARG_STRING, &o->dump,
		  "Print an intermediate form as JSON instead of writing a "
		  "PDF: doc, text, events, graph, notes or layout; alt: the "
		  "diagram in words; tags: the structure tree", "WHAT" },
		{ "diagram", 0, 0, G_OPTION_ARG_FILENAME, &o->diagram,
		  "Write the relations diagram alone to FILE (.svg, .png or "
		  ".pdf) instead of the briefing", "FILE" },
		{ "dpi", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer)dpi_arg,
		  "Resolution of a .png diagram, 36 to 2400 (default 300)",
		  "N" },
		{ "transparent", 0, 0, G_OPTION_ARG_NONE, &o->transparent,
		  "No white background behind a .png diagram", NULL },
		{ "diagram-bare", 0, 0, G_OPTION_ARG_NONE, &o->bare,
		  "Leave the legend and caption out of the diagram (for "
		  "slides)", NULL },
		{ "attach-source", 0, 0, G_OPTION_ARG_NONE, &o->attach,
		  "Embed the source file in the PDF (as 'attach_source: "
		  "true')", NULL },
		{ "pdfa", 0, 0, G_OPTION_ARG_NONE, &o->pdfa,
		  "Write PDF/A-3b: XMP metadata, sRGB output intent", NULL },
		{ "no-tags", 0, 0, G_OPTION_ARG_NONE, &o->no_tags,
		  "Leave out the structure tree (an untagged PDF, smaller, "
		  "not accessible)", NULL },
		{ "pdfua", 0, 0, G_OPTION_ARG_NONE, &o->pdfua,
		  "Claim PDF/UA-1 in the XMP metadata (unchecked: no "
		  "validator in Debian)", NULL },
		{ "extract-source", 0, 0, G_OPTION_ARG_FILENAME, &o->extract,
		  "Write the source embedded in PDF back to disk (into the "
		  "directory -o, default the working directory)", "PDF" },
		{ "force", 'f', 0, G_OPTION_ARG_NONE, &o->force,
		  "With --extract-source: replace an existing file or "
		  "symlink", NULL },
		{ "max-size", 0, 0, G_OPTION_ARG_INT64, &o->max_size,
		  "With --extract-source: refuse an embedded file larger "
		  "than N bytes (default 64 MiB)", "N" },
		{ "allow-path", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->allow,
		  "Let articles name files (glossary) under DIR too; "
		  "repeatable", "DIR" },
		{ "jobs", 'j', 0, G_OPTION_ARG_INT, &o->jobs,
		  "Build at most N sources at once, each in a process of "
		  "its own (default, or 0: the number of cores)", "N" },
		{ "watch", 0, 0, G_OPTION_ARG_NONE, &o->watch,
		  "Build, then build again each time a source or a file it "
		  "reads changes, until interrupted", NULL },
		{ "deps", 0, 0, G_OPTION_ARG_NONE, &o->deps,
		  "Print the files each build reads as make rules (as cc -M) "
		  "instead of building", NULL },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet,
		  "Print errors only", NULL },
		{ "verbose", 'v', 0, G_OPTION_ARG_NONE, &o->verbose,
		  "Say what was written, with timings", NULL },
		{ "werror", 0, 0, G_OPTION_ARG_NONE, &o->werror,
		  "Treat warnings as errors", NULL },
		{ "version", 0, 0, G_OPTION_ARG_NONE, &o->version,
		  "Print the version and exit", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY,
		  &o->sources, NULL, "SOURCE..." },
		{ NULL }
	};
	/* the usage line names SOURCE... once: G_OPTION_REMAINING's */
	GOptionContext	*ctx = g_option_context_new(NULL);
	GOptionGroup	*group;
	GError		*err = NULL;
	char		**args;
	int		 ok;

	g_option_context_set_summary(ctx, summary);
	g_option_context_set_description(ctx, description);
	/* a group of our own, for o in the callbacks */
	group = g_option_group_new(NULL, NULL, NULL, o, NULL);
	g_option_group_add_entries(group, entries);
	g_option_context_set_main_group(ctx, group);
	args = split_jobs(*argc, *argv);
	ok = g_option_context_parse_strv(ctx, &args, &err);
	g_strfreev(args);
	g_option_context_free(ctx);
	if (!ok) {
		msg_at(NULL, NULL, MSG_ERROR, "%s (try 'briefing --help')",
		    err->message);
		g_error_free(err);
		return -1;
	}
	return 0;
}

/* A usage error: "briefing: error: MSG", exit status 2. */
static int
usage_error(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	msg_at(NULL, NULL, MSG_ERROR, "%s", s);
	g_free(s);
	return EXIT_USAGE;
}

/*
 * Options that do nothing with the others given are usage errors:
 * what one of them asks for would silently not happen.
 */
static int
together(const struct opts *o)
{
	const char	*d = o->diagram;

	if (o->dpi_given && (d == NULL || !g_str_has_suffix(d, ".png")))
		return usage_error("--dpi needs a .png --diagram");
	if (o->dump != NULL && d != NULL)
		return usage_error("--dump and --diagram do not go together "
		    "(--dump writes no file)");
	if (o->attach && (d != NULL || o->dump != NULL))
		return usage_error("--attach-source does nothing with %s",
		    d != NULL ? "--diagram" : "--dump");
	if (o->pdfa && (d != NULL || o->dump != NULL))
		return usage_error("--pdfa does nothing with %s", d != NULL ?
		    "--diagram" : "--dump");
	if ((o->no_tags || o->pdfua) && (d != NULL || o->dump != NULL))
		return usage_error("%s does nothing with %s", o->pdfua ?
		    "--pdfua" : "--no-tags", d != NULL ? "--diagram" :
		    "--dump");
	if (o->pdfua && o->no_tags)
		return usage_error("--pdfua needs the tags: not with "
		    "--no-tags");
	if ((o->watch || o->deps) && o->dump != NULL)
		return usage_error("%s does nothing with --dump",
		    o->watch ? "--watch" : "--deps");
	if (o->watch && (o->deps || d != NULL))
		return usage_error("--watch rebuilds briefings: not with %s",
		    o->deps ? "--deps" : "--diagram");
	if (o->jobs != 0 && (o->watch || o->deps))
		return usage_error("-j does nothing with %s", o->watch ?
		    "--watch" : "--deps");
	if (o->force || o->max_size != 0)
		return usage_error("%s needs --extract-source", o->force ?
		    "--force" : "--max-size");
	return EXIT_OK;
}

/* --extract-source: the options it ignores are errors; -o DIR is
 * made (with its parents) when missing. */
static int
extract_usage(const struct opts *o)
{
	static const char *const names[] = {
		"--dump", "--diagram", "--dpi", "--transparent",
		"--diagram-bare", "--attach-source", "--pdfa", "--paper",
		"--allow-path", "-j", "--watch", "--deps", "--no-tags",
		"--pdfua"
	};
	int	given[G_N_ELEMENTS(names)];
	size_t	i;

	given[0] = o->dump != NULL;
	given[1] = o->diagram != NULL;
	given[2] = o->dpi_given;
	given[3] = o->transparent;
	given[4] = o->bare;
	given[5] = o->attach;
	given[6] = o->pdfa;
	given[7] = o->paper != NULL;
	given[8] = o->allow != NULL;
	given[9] = o->jobs != 0;
	given[10] = o->watch;
	given[11] = o->deps;
	given[12] = o->no_tags;
	given[13] = o->pdfua;
	for (i = 0; i < G_N_ELEMENTS(names); i++)
		if (given[i])
			return usage_error("%s does nothing with "
			    "--extract-source", names[i]);
	if (o->output == NULL)
		return EXIT_OK;
	if (g_file_test(o->output, G_FILE_TEST_EXISTS) &&
	    !g_file_test(o->output, G_FILE_TEST_IS_DIR))
		return usage_error("%s: -o exists and is not a directory",
		    o->output);
	/* mkdir -p: mode 0777 less the umask */
	if (g_mkdir_with_parents(o->output, 0777) != 0) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: %s", o->output,
		    g_strerror(errno));
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

/*
 * Two sources whose PDFs would be one file ("x.md x.txt", "a.md
 * dir/a.md -o dir"): a usage error before anything is written.
 */
static int
outputs_distinct(const struct opts *o, int n)
{
	GHashTable	*seen;
	char		*out, *key;
	const char	*first;
	int		 i, status = EXIT_OK;

	seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < n && status == EXIT_OK; i++) {
		out = build_out_path(o, o->sources[i], n);
		key = g_canonicalize_filename(out, NULL);
		if ((first = g_hash_table_lookup(seen, key)) != NULL) {
			status = usage_error("%s and %s would both be written "
			    "to %s", first, o->sources[i], out);
			g_free(key);
		} else
			g_hash_table_insert(seen, key, o->sources[i]);
		g_free(out);
	}
	g_hash_table_destroy(seen);
	return status;
}

int
main(int argc, char **argv)
{
	struct opts	 o = { .dpi = 300 };
	int		 status = EXIT_OK, st, n, i;

	if (parse_args(&argc, &argv, &o) != 0)
		return EXIT_USAGE;
	if (o.version) {
		printf("briefing %s\n", BRIEFING_VERSION);
		goto done;
	}
	msg_set_quiet(o.quiet);
	msg_set_werror(o.werror);
	fileio_install_signal_cleanup();
	n = o.sources != NULL ? (int)g_strv_length(o.sources) : 0;
	if (o.extract != NULL) {
		char *written = NULL;

		if (n > 0) {
			msg_at(NULL, NULL, MSG_ERROR, "--extract-source takes "
			    "no source (the PDF is its argument)");
			status = EXIT_USAGE;
			goto done;
		}
		if (o.max_size < 0) {
			msg_at(NULL, NULL, MSG_ERROR, "--max-size must not be "
			    "negative");
			status = EXIT_USAGE;
			goto done;
		}
		if ((status = extract_usage(&o)) != EXIT_OK)
			goto done;
		st = pdfsource_extract(o.extract, o.output, o.force,
		    (guint64)o.max_size, &written);
		msg_flush();
		if (st == 0 && o.verbose)
			msg_at(NULL, NULL, MSG_NOTE, "wrote %s", written);
		g_free(written);
		status = st == 0 ? EXIT_OK : st == 1 ? EXIT_INPUT :
		    EXIT_SYSTEM;
		goto done;
	}
	if (n == 0) {
		msg_at(NULL, NULL, MSG_ERROR, "no source given (try "
		    "'briefing --help')");
		status = EXIT_USAGE;
		goto done;
	}
	if ((status = together(&o)) != EXIT_OK)
		goto done;
	if (o.jobs < 0) {
		status = usage_error("-j %d: at least 1 job (0: one a core)",
		    o.jobs);
		goto done;
	}
	if (o.paper != NULL && strcmp(o.paper, "a4") != 0 &&
	    strcmp(o.paper, "letter") != 0) {
		msg_at(NULL, NULL, MSG_ERROR, "unknown paper '%s' (a4 or "
		    "letter)", o.paper);
		status = EXIT_USAGE;
		goto done;
	}
	if (o.dump != NULL && strcmp(o.dump, "doc") != 0 &&
	    strcmp(o.dump, "text") != 0 &&
	    strcmp(o.dump, "events") != 0 && strcmp(o.dump, "graph") != 0 &&
	    strcmp(o.dump, "notes") != 0 && strcmp(o.dump, "layout") != 0 &&
	    strcmp(o.dump, "alt") != 0 && strcmp(o.dump, "tags") != 0) {
		msg_at(NULL, NULL, MSG_ERROR, "unknown dump '%s' (doc, text, "
		    "events, graph, notes, layout, alt or tags)", o.dump);
		status = EXIT_USAGE;
		goto done;
	}
	if (o.diagram != NULL && !g_str_has_suffix(o.diagram, ".svg") &&
	    !g_str_has_suffix(o.diagram, ".png") &&
	    !g_str_has_suffix(o.diagram, ".pdf")) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: the diagram is written as "
		    ".svg, .png or .pdf", o.diagram);
		status = EXIT_USAGE;
		goto done;
	}
	/* NaN fails too */
	if (!(o.dpi >= 36 && o.dpi <= 2400)) {
		msg_at(NULL, NULL, MSG_ERROR, "--dpi %g is out of range (36 "
		    "to 2400)", o.dpi);
		status = EXIT_USAGE;
		goto done;
	}
	if (o.transparent && (o.diagram == NULL ||
	    !g_str_has_suffix(o.diagram, ".png"))) {
		msg_at(NULL, NULL, MSG_ERROR, "--transparent needs a .png "
		    "--diagram");
		status = EXIT_USAGE;
		goto done;
	}
	if (o.bare && o.diagram == NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "--diagram-bare needs "
		    "--diagram");
		status = EXIT_USAGE;
		goto done;
	}
	if (n > 1 && o.diagram != NULL) {
		msg_at(NULL, NULL, MSG_ERROR, "--diagram takes one source");
		status = EXIT_USAGE;
		goto done;
	}
	if (n > 1 && o.output != NULL &&
	    !g_file_test(o.output, G_FILE_TEST_IS_DIR)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: with several sources, -o "
		    "must name an existing directory", o.output);
		status = EXIT_USAGE;
		goto done;
	}
	if (o.dump == NULL && o.diagram == NULL &&
	    (status = outputs_distinct(&o, n)) != EXIT_OK)
		goto done;
	o.argv0 = argv[0];
	/* the gazetteer and cue lexicon live beside the fonts */
	build_init(argv[0]);
	/* files an article may name: its own folder's tree, the assets,
	 * and what the command line allows */
	fileio_allow_dir(build_assets_dir());
	for (i = 0; o.allow != NULL && o.allow[i] != NULL; i++) {
		if (!g_file_test(o.allow[i], G_FILE_TEST_IS_DIR)) {
			msg_at(NULL, NULL, MSG_ERROR, "--allow-path %s: not a "
			    "folder", o.allow[i]);
			status = EXIT_USAGE;
			goto done;
		}
		fileio_allow_dir(o.allow[i]);
	}
	if (o.deps)
		status = deps_print(&o, n);
	else if (o.watch)
		status = watch_run(&o, n);
	else
		status = batch_run(&o, n);
done:
	fileio_allow_dir(NULL);
	g_strfreev(o.allow);
	build_done();
	g_free(o.extract);
	g_free(o.output);
	g_free(o.paper);
	g_free(o.dump);
	g_free(o.diagram);
	g_strfreev(o.sources);
	return status;
}
