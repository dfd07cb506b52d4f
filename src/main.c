/* SPDX-License-Identifier: MIT */
/* briefing: options, the wiring of the stages, and the exit status. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "chrono.h"
#include "diagram.h"
#include "doc.h"
#include "fileio.h"
#include "gazetteer.h"
#include "fonts.h"
#include "graph.h"
#include "labels.h"
#include "lang.h"
#include "msg.h"
#include "notes.h"
#include "pdf.h"
#include "pdfsource.h"
#include "source.h"
#include "text.h"
#include "typeset.h"

enum exit_status {
	EXIT_OK = 0,
	EXIT_INPUT = 1,
	EXIT_USAGE = 2,
	EXIT_SYSTEM = 3
};

struct opts {
	char	*output;
	char	*paper;
	char	*dump;
	char	*diagram;
	char	*extract;
	double	 dpi;		/* --dpi, 300 unless given */
	int	 dpi_given;
	int	 transparent, bare; /* --transparent, --diagram-bare */
	gint64	 max_size;	/* --extract-source cap, 0: default */
	char	**allow;	/* --allow-path folders */
	int	 attach, pdfa, force;
	int	 quiet, verbose, werror, version;
	char	**sources;
	const char *argv0;
};

/* The Keywords entry holds at most this many bytes of actor names. */
#define KEYWORDS_MAX	1024

static int	fonts_ready;
static char	*assets_dir;	/* glossary, gazetteer, ICC profile */

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
		  "PDF: doc, text, events, graph, notes or layout", "WHAT" },
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
	int		 ok;

	g_option_context_set_summary(ctx, summary);
	g_option_context_set_description(ctx, description);
	/* a group of our own, for o in the callbacks */
	group = g_option_group_new(NULL, NULL, NULL, o, NULL);
	g_option_group_add_entries(group, entries);
	g_option_context_set_main_group(ctx, group);
	ok = g_option_context_parse(ctx, argc, argv, &err);
	g_option_context_free(ctx);
	if (!ok) {
		msg_at(NULL, NULL, MSG_ERROR, "%s (try 'briefing --help')",
		    err->message);
		g_error_free(err);
		return -1;
	}
	return 0;
}

/* The PDF path for a source: -o, or the source's name with .pdf. */
static char *
out_path(const struct opts *o, const char *src, int nsrc)
{
	char	*base, *dot, *res;

	if (o->output != NULL && nsrc == 1)
		return g_strdup(o->output);
	base = g_path_get_basename(src);
	dot = strrchr(base, '.');
	if (dot != NULL && dot != base)
		*dot = '\0';
	if (o->output != NULL) {
		char *name = g_strconcat(base, ".pdf", NULL);

		res = g_build_filename(o->output, name, NULL);
		g_free(name);
	} else {
		char *dir = g_path_get_dirname(src);
		char *name = g_strconcat(base, ".pdf", NULL);

		res = g_build_filename(dir, name, NULL);
		g_free(dir);
		g_free(name);
	}
	g_free(base);
	return res;
}

static int
same_file(const char *a, const char *b)
{
	struct stat	sa, sb;
	char		*ca, *cb;
	int		 same;

	if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	ca = g_canonicalize_filename(a, NULL);
	cb = g_canonicalize_filename(b, NULL);
	same = strcmp(ca, cb) == 0;
	g_free(ca);
	g_free(cb);
	return same;
}

/* Build date: SOURCE_DATE_EPOCH, else the document date, else none. */
static void
build_date(const struct doc *doc, struct pdf_info *info)
{
	const char	*sde = g_getenv("SOURCE_DATE_EPOCH");

	if (sde != NULL && *sde != '\0') {
		char *end;
		gint64 t = g_ascii_strtoll(sde, &end, 10);

		if (*end == '\0' && t >= 0) {
			GDateTime *dt = g_date_time_new_from_unix_utc(t);

			if (dt != NULL) {
				info->year = g_date_time_get_year(dt);
				info->month = g_date_time_get_month(dt);
				info->day = g_date_time_get_day_of_month(dt);
				info->hour = g_date_time_get_hour(dt);
				info->minute = g_date_time_get_minute(dt);
				info->second = g_date_time_get_second(dt);
				g_date_time_unref(dt);
				return;
			}
		}
		msg_at(NULL, NULL, MSG_WARNING, "SOURCE_DATE_EPOCH '%s' is "
		    "not a number of seconds; ignored", sde);
	}
	info->year = doc->meta.year;
	info->month = doc->meta.month;
	info->day = doc->meta.day;
}

static char *
short_hash(const struct source *src)
{
	char	*h = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	    (const guchar *)src->buf, src->len);

	h[7] = '\0';
	return h;
}

/* The Keywords entry: the actors the text names, most mentioned
 * first (hidden ones left out). */
static char *
keywords(const struct graph *g, const char *lang)
{
	GString		*s = g_string_new(NULL);
	GPtrArray	*sorted = g_ptr_array_new();
	guint		 i, j;

	for (i = 0; g != NULL && i < g->actors->len; i++) {
		struct actor *a = g_ptr_array_index(g->actors, i);

		if (!a->hidden)
			g_ptr_array_add(sorted, a);
	}
	/* stable: most mentioned first, first named first on ties */
	for (i = 1; i < sorted->len; i++)
		for (j = i; j > 0 && ((struct actor *)g_ptr_array_index(
		    sorted, j))->mentions > ((struct actor *)
		    g_ptr_array_index(sorted, j - 1))->mentions; j--) {
			gpointer t = sorted->pdata[j];

			sorted->pdata[j] = sorted->pdata[j - 1];
			sorted->pdata[j - 1] = t;
		}
	/* the most mentioned, up to KEYWORDS_MAX bytes: a PDF string of
	 * libharu holds at most 65535, and a reader shows a line */
	for (i = 0; i < sorted->len; i++) {
		const struct actor *a = g_ptr_array_index(sorted, i);
		char *name = label_actor(lang, a->name, a->display,
		    a->kind == ACTOR_STATE);	/* the article's words */

		if (s->len + strlen(name) + 2 > KEYWORDS_MAX) {
			g_free(name);
			break;
		}
		if (s->len > 0)
			g_string_append(s, "; ");
		g_string_append(s, name);
		g_free(name);
	}
	g_ptr_array_unref(sorted);
	return g_string_free(s, FALSE);
}

/* Extraction on a thread of its own while fonts load and paragraphs
 * are set; the diagram is laid out when the typesetter asks for it. */
struct xjob {
	const struct doc	*doc;
	const struct source	*src;
	GThread			*thread;
	GMutex			 lock;
	GCond			 ready;
	struct lex		*lex;		/* the gazetteer */
	struct text		*text;		/* set once analysed */
	struct graph		*graph;
	char			*msgs;		/* its messages, replayed */
	double			 width;
	struct diagram		*diagram;
	int			 laid_out;
	int			 found;		/* relations found */
};

/* The gazetteer, with the states' names in the document's language
 * (es, fr, de: ICU's, with their articles and inflections). */
static struct lex *
lex_for(const struct doc *doc)
{
	struct lex	*lex = lex_load(assets_dir != NULL ? assets_dir :
			    "assets");

	if (lex != NULL)
		lex_add_regions_lang(lex, doc->meta.lang);
	return lex;
}

static gpointer
xjob_run(gpointer p)
{
	struct xjob	*j = p;

	struct text	*t;

	msg_buffer_begin();
	j->lex = lex_for(j->doc);
	t = text_analyse(j->doc, j->src, j->lex);
	g_mutex_lock(&j->lock);
	j->text = t;
	g_cond_signal(&j->ready);
	g_mutex_unlock(&j->lock);
	j->graph = extract_build(j->doc, j->src, t, j->lex);
	j->msgs = msg_buffer_end();
	return NULL;
}

/* The text analysis, once the extraction thread has made it. */
static const struct text *
xjob_text(struct xjob *j)
{
	struct text	*t;

	g_mutex_lock(&j->lock);
	while (j->text == NULL)
		g_cond_wait(&j->ready, &j->lock);
	t = j->text;
	g_mutex_unlock(&j->lock);
	return t;
}

static void
xjob_join(struct xjob *j)
{
	if (j->thread == NULL)
		return;
	g_thread_join(j->thread);
	j->thread = NULL;
	msg_replay(j->msgs);
}

static const struct diagram *
xjob_diagram(void *arg)
{
	struct xjob	*j = arg;

	xjob_join(j);
	if (!j->laid_out) {
		/* at most as high as wide: on A4 and Letter it fits a
		 * page at full size */
		j->diagram = diagram_layout(j->graph, j->width, j->width,
		    j->doc->meta.lang);
		j->found = j->graph != NULL ? (int)j->graph->relations->len :
		    0;
		j->laid_out = 1;
	}
	return j->diagram;
}

/* --diagram: the diagram alone. */
static int
write_diagram(const struct opts *o, const char *path, struct doc *doc,
    struct source *src, enum typeset_paper paper)
{
	struct graph	*graph = extract_run(doc, src);
	struct diagram	*d = NULL;
	int		 status = EXIT_OK;

	if (msg_failed())
		status = EXIT_INPUT;
	else if (same_file(o->diagram, path)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: output would overwrite "
		    "the source", o->diagram);
		status = EXIT_USAGE;
	} else if (!fonts_ready && fonts_init(o->argv0) != 0)
		status = EXIT_SYSTEM;
	else {
		fonts_ready = 1;
		d = diagram_layout(graph, typeset_full_width(paper),
		    typeset_full_width(paper), doc->meta.lang);
		if (d == NULL) {
			msg_at(path, NULL, MSG_ERROR, "no relations between "
			    "two actors: no diagram to write");
			status = EXIT_INPUT;
		} else if (diagram_write(d, o->diagram, o->dpi,
		    (o->bare ? DIAGRAM_BARE : 0) | (o->transparent ?
		    DIAGRAM_TRANSPARENT : 0), fileio_mode_from(path)) != 0)
			status = EXIT_SYSTEM;
	}
	diagram_free(d);
	graph_free(graph);
	return status;
}

/* -v: which file --attach-source embeds, said plainly for a symlink. */
static void
say_attached(const char *path)
{
	char	*real = realpath(path, NULL);
	char	*link = g_file_read_link(path, NULL);

	if (link != NULL && real != NULL)
		msg_at(NULL, NULL, MSG_NOTE, "attaching %s, the file the "
		    "symbolic link %s points to", real, path);
	else
		msg_at(NULL, NULL, MSG_NOTE, "attaching %s", path);
	free(real);
	g_free(link);
}

/* The briefing: typeset and written.  Returns an exit status. */
static int
write_briefing(const struct opts *o, const char *path, struct doc *doc,
    struct source *src, enum typeset_paper paper, int nsrc, gint64 t0)
{
	struct pages		*pp = NULL;
	struct chronology	*chrono = NULL;
	struct typeset_opts	 to = { 0 };
	struct typeset_figure	 fig = { 0 };
	struct pdf_info		 info = { 0 };
	struct xjob		 xj = { 0 };
	struct notes		*notes = NULL;
	char			*out, *hash = NULL, *kw = NULL;
	char			*creator = NULL, *gloss, *icc = NULL;
	int			 attach = o->attach || doc->meta.attach_source;
	int			 status = EXIT_OK;
	gint64			 t1, t2;

	out = out_path(o, path, nsrc);
	if (o->dump == NULL && same_file(out, path)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: output would overwrite "
		    "the source", out);
		g_free(out);
		return EXIT_USAGE;
	}
	/* the dictionary and the extraction run beside fonts and text */
	to.hyph = hyph_start(doc->meta.lang != NULL ? doc->meta.lang :
	    "en-US", NULL, src->buf, src->len);
	xj.doc = doc;
	xj.src = src;
	xj.width = typeset_full_width(paper);
	g_mutex_init(&xj.lock);
	g_cond_init(&xj.ready);
	xj.thread = g_thread_new("extract", xjob_run, &xj);
	if (!fonts_ready && fonts_init(o->argv0) != 0) {
		hyph_free(hyph_wait(to.hyph));
		status = EXIT_SYSTEM;
		goto out;
	}
	fonts_ready = 1;
	chrono = chrono_build(doc, src, xjob_text(&xj));
	gloss = notes_glossary_path(doc, assets_dir);
	notes = notes_build(doc, gloss);
	g_free(gloss);
	if (notes == NULL) {
		hyph_free(hyph_wait(to.hyph));
		status = EXIT_INPUT;
		goto out;
	}
	hash = short_hash(src);
	to.paper = paper;
	to.footer_name = src->name;
	to.footer_hash = hash;
	to.src = src;
	to.chrono = chrono;
	to.diagram_fn = xjob_diagram;
	to.diagram_arg = &xj;
	to.relations_found = &xj.found;
	to.notes = notes;
	to.source_attached = attach;
	to.figure_out = &fig;
	t1 = g_get_monotonic_time();
	pp = typeset_run(doc, &to);
	t2 = g_get_monotonic_time();
	xjob_join(&xj);
	if (msg_failed()) {
		status = EXIT_INPUT;
		goto out;
	}
	if (o->dump != NULL) {		/* layout: the figure as placed */
		diagram_dump(xj.diagram, fig.page, fig.scale, stdout);
		goto out;
	}
	kw = keywords(xj.graph, doc->meta.lang);
	creator = g_strdup_printf("briefing %s", BRIEFING_VERSION);
	info.title = doc->meta.title;
	info.author = doc->meta.author != NULL ? doc->meta.author :
	    doc->meta.organisation;
	info.subject = doc->meta.subtitle;
	info.keywords = kw;
	info.creator = creator;
	info.lang = doc->meta.lang;
	info.attach = attach ? path : NULL;
	info.mode = fileio_mode_from(path);
	if (attach && o->verbose)
		say_attached(path);
	info.pdfa = o->pdfa;
	info.icc = icc = g_build_filename(assets_dir, "icc", "sRGB.icc",
	    NULL);
	build_date(doc, &info);
	if (pdf_write(pp, &info, out) != 0) {
		status = EXIT_SYSTEM;
		goto out;
	}
	if (o->verbose)
		msg_at(NULL, NULL, MSG_NOTE, "wrote %s: %u page%s in %.1f ms "
		    "(read and fonts %.1f, typeset %.1f, write %.1f)", out,
		    pp->pages->len, pp->pages->len == 1 ? "" : "s",
		    (g_get_monotonic_time() - t0) / 1000.0,
		    (t1 - t0) / 1000.0, (t2 - t1) / 1000.0,
		    (g_get_monotonic_time() - t2) / 1000.0);
out:
	xjob_join(&xj);
	if (xj.doc != NULL) {
		g_mutex_clear(&xj.lock);
		g_cond_clear(&xj.ready);
	}
	text_free(xj.text);
	lex_free(xj.lex);
	g_free(xj.msgs);
	pages_free(pp);
	diagram_free(xj.diagram);
	graph_free(xj.graph);
	chrono_free(chrono);
	notes_free(notes);
	g_free(icc);
	g_free(out);
	g_free(hash);
	g_free(kw);
	g_free(creator);
	return status;
}

/* One source to one PDF (or dump, or diagram).  Returns an exit status. */
static int
run_one(const struct opts *o, const char *path, int nsrc)
{
	struct source		*src = NULL;
	struct doc		*doc = NULL;
	enum typeset_paper	 paper;
	int			 status = EXIT_OK;
	gint64			 t0 = g_get_monotonic_time();

	paper = o->paper != NULL && strcmp(o->paper, "letter") == 0 ?
	    PAPER_LETTER : PAPER_A4;
	if ((src = source_load(path)) != NULL &&
	    (doc = doc_read(src)) != NULL && o->verbose && o->dump == NULL)
		msg_at(NULL, NULL, MSG_NOTE, "%s: language %s (%s)", path,
		    doc->meta.lang, doc->meta.lang_from == LANG_GIVEN ?
		    "from the front matter" :
		    doc->meta.lang_from == LANG_DETECTED ?
		    "read from the text" :
		    "the default: the text reads as none of en, es, fr, de");
	if (doc != NULL && doc->meta.lang != NULL &&
	    lang_primary(doc->meta.lang) == NULL && (o->dump == NULL ||
	    (strcmp(o->dump, "doc") != 0 && strcmp(o->dump, "notes") != 0)))
		msg_at(path, NULL, MSG_WARNING, "language '%s' is not one the "
		    "analysis reads (en, es, fr, de): no chronology entries "
		    "or relations diagram from the text", doc->meta.lang);
	if (src == NULL || doc == NULL)
		status = EXIT_INPUT;
	else if (o->dump != NULL && strcmp(o->dump, "doc") == 0)
		doc_dump(doc, stdout);
	else if (o->dump != NULL && strcmp(o->dump, "text") == 0) {
		struct lex *lex = lex_for(doc);
		struct text *t = text_analyse(doc, src, lex);

		text_dump(t, stdout);
		text_free(t);
		lex_free(lex);
		if (msg_failed())
			status = EXIT_INPUT;
	}
	else if (o->dump != NULL && strcmp(o->dump, "events") == 0) {
		struct lex *lex = lex_for(doc);
		struct text *t = text_analyse(doc, src, lex);
		struct chronology *c = chrono_build(doc, src, t);

		chrono_dump(c, stdout);
		chrono_free(c);
		text_free(t);
		lex_free(lex);
	} else if (o->dump != NULL && strcmp(o->dump, "notes") == 0) {
		char *gloss = notes_glossary_path(doc, assets_dir);
		struct notes *ns = notes_build(doc, gloss);

		g_free(gloss);
		if (ns == NULL)
			status = EXIT_INPUT;
		else
			notes_dump(ns, stdout);
		notes_free(ns);
	} else if (o->dump != NULL && strcmp(o->dump, "layout") != 0) {
		struct graph *g = extract_run(doc, src);

		graph_dump(g, stdout);
		graph_free(g);
	} else if (o->diagram != NULL && o->dump == NULL)
		status = write_diagram(o, path, doc, src, paper);
	else
		status = write_briefing(o, path, doc, src, paper, nsrc, t0);
	doc_free(doc);
	source_free(src);
	return status;
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
		"--allow-path"
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
		out = out_path(o, o->sources[i], n);
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
	    strcmp(o.dump, "notes") != 0 && strcmp(o.dump, "layout") != 0) {
		msg_at(NULL, NULL, MSG_ERROR, "unknown dump '%s' (doc, text, "
		    "events, graph, notes or layout)", o.dump);
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
	{
		char *data = fonts_locate_data(argv[0]);

		assets_dir = g_build_filename(data, "assets", NULL);
		extract_set_assets(assets_dir);
		g_free(data);
	}
	/* files an article may name: its own folder's tree, the assets,
	 * and what the command line allows */
	fileio_allow_dir(assets_dir);
	for (i = 0; o.allow != NULL && o.allow[i] != NULL; i++) {
		if (!g_file_test(o.allow[i], G_FILE_TEST_IS_DIR)) {
			msg_at(NULL, NULL, MSG_ERROR, "--allow-path %s: not a "
			    "folder", o.allow[i]);
			status = EXIT_USAGE;
			goto done;
		}
		fileio_allow_dir(o.allow[i]);
	}
	for (i = 0; i < n; i++) {
		msg_reset();
		st = run_one(&o, o.sources[i], n);
		msg_flush();
		if (st > status)
			status = st;
	}
	if (fonts_ready)
		fonts_done();
	extract_set_assets(NULL);
done:
	fileio_allow_dir(NULL);
	g_strfreev(o.allow);
	g_free(assets_dir);
	g_free(o.extract);
	g_free(o.output);
	g_free(o.paper);
	g_free(o.dump);
	g_free(o.diagram);
	g_strfreev(o.sources);
	return status;
}
