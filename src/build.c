/* SPDX-License-Identifier: MIT */
/* One build: source to PDF, diagram or dump, the stages wired together. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "build.h"
#include "chrono.h"
#include "diagram.h"
#include "doc.h"
#include "fileio.h"
#include "gazetteer.h"
#include "fonts.h"
#include "graph.h"
#include "hyph.h"
#include "labels.h"
#include "lang.h"
#include "msg.h"
#include "notes.h"
#include "pdf.h"
#include "source.h"
#include "text.h"
#include "typeset.h"

/* The Keywords entry holds at most this many bytes of actor names. */
#define KEYWORDS_MAX	1024

static int	fonts_ready;
static char	*assets_dir;	/* glossary, gazetteer, ICC profile */

/*
 * What a process that builds again (--watch) keeps between builds:
 * the hyphenation dictionaries, the widths, the subsets, the figure's
 * layout, and a gazetteer loaded ahead, after a build, for the next one
 * (used once: the build adds its language's names and the text's own
 * actors to it).
 */
static int	 	 keep;
static struct hyph_cache *hcache;
static struct typeset_cache *wcache;	/* text widths */
static struct pdf_cache *pcache;	/* font subsets */
static struct diagram_cache *dcache;	/* the figure's layout */
static struct {
	char		*lang;		/* the language whose names it has
					 * ("": none), NULL: no language's
					 * (lex_for adds them) */
	int		 waiting;	/* for the document's language
					 * (ahead_lang), under lock */
	GThread		*thread;
	struct lex	*lex;
	char		*msgs;
} ahead;
static GMutex		 ahead_lock;
static GCond		 ahead_cond;

char *
build_out_path(const struct opts *o, const char *src, int nsrc)
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

/*
 * Extraction on a thread of its own while fonts load and paragraphs
 * are set: the text analysis, then, side by side, the times and the
 * chronology (which the typesetter takes when it sets the sidebar,
 * after the body) on one more thread and the graph on this one; the
 * diagram is laid out when the typesetter asks for it.  The messages
 * come out as if the chronology were made before typesetting: its own
 * first, then the main thread's (held meanwhile), then the analysis's
 * and the extraction's when the thread is joined.
 */
struct xjob {
	const struct doc	*doc;
	const struct source	*src;
	GThread			*thread;
	GMutex			 lock;
	GCond			 ready;
	struct lex		*lex;		/* the gazetteer */
	struct text		*text;		/* the analysis, freed by the
						 * thread once used */
	struct chronology	*chrono;	/* set with chrono_ready */
	int			 chrono_ready;
	char			*chrono_msgs;	/* its messages */
	int			 holding;	/* the main thread's messages
						 * are held until the
						 * chronology's are out */
	struct graph		*graph;		/* set with graph_ready */
	int			 graph_ready;
	int			 graph_taken;	/* msgs replayed */
	char			*msgs;		/* its messages, replayed */
	double			 width;
	struct diagram		*diagram;
	int			 laid_out;
	int			 found;		/* relations found */
};

static const char *
lex_dir(void)
{
	return assets_dir != NULL ? assets_dir : "assets";
}

static gpointer
ahead_run(gpointer p)
{
	const char	*lang;

	(void)p;
	g_mutex_lock(&ahead_lock);
	while (ahead.waiting)
		g_cond_wait(&ahead_cond, &ahead_lock);
	lang = ahead.lang;
	g_mutex_unlock(&ahead_lock);
	msg_buffer_begin();
	ahead.lex = lex_load_lang(lex_dir(), lang);
	ahead.msgs = msg_buffer_end();
	return NULL;
}

/*
 * Load the gazetteer on a thread of its own from now on: in a cold run
 * started before the source is read (lang NULL), it waits for the
 * document's language (ahead_lang, the read takes well under a
 * millisecond) and loads the lexicon with that language's names, while
 * the main thread loads the fonts and the analysis cuts the sentences;
 * in --watch, between builds, for the language of the last one (the
 * names of es, fr and de cost more than the rest).
 */
static void
ahead_start(const char *lang)
{
	if (ahead.thread != NULL || ahead.lex != NULL)
		return;
	ahead.lang = g_strdup(lang);
	ahead.waiting = lang == NULL;
	ahead.thread = g_thread_new("ahead", ahead_run, NULL);
}

/* The language the loader waits for: the document's, or NULL (none
 * read: its lexicon is dropped). */
static void
ahead_lang(const char *lang)
{
	g_mutex_lock(&ahead_lock);
	if (ahead.waiting) {
		g_free(ahead.lang);
		ahead.lang = g_strdup(lang != NULL ? lang : "");
		ahead.waiting = 0;
		g_cond_signal(&ahead_cond);
	}
	g_mutex_unlock(&ahead_lock);
}

/* Drop the gazetteer loaded ahead, waiting for its loader. */
static void
ahead_drop(void)
{
	ahead_lang(NULL);
	if (ahead.thread != NULL)
		g_thread_join(ahead.thread);
	lex_free(ahead.lex);
	g_free(ahead.msgs);
	g_free(ahead.lang);
	memset(&ahead, 0, sizeof(ahead));
}

/* The gazetteer loaded ahead, if it said nothing (else the build loads
 * its own and says it) and has no other language's names than lang's
 * (*named: it has those, or lang has none), or NULL. */
static struct lex *
ahead_take(const char *lang, int *named)
{
	struct lex	*lex = NULL;
	const char	*have, *want;

	*named = 0;
	if (ahead.thread == NULL && ahead.lex == NULL)
		return NULL;
	ahead_lang(lang);
	if (ahead.thread != NULL)
		g_thread_join(ahead.thread);
	ahead.thread = NULL;
	have = lex_regions_lang(ahead.lang);
	want = lex_regions_lang(lang);
	if (ahead.msgs[0] == '\0' && (have == NULL || have == want)) {
		lex = ahead.lex;
		ahead.lex = NULL;
		*named = have == want;
	}
	ahead_drop();
	return lex;
}

/* The gazetteer with the states' names in the document's language (es,
 * fr, de: ICU's, with their articles and inflections). */
static struct lex *
lex_for(const struct doc *doc)
{
	int		 named;
	struct lex	*lex = ahead_take(doc->meta.lang, &named);

	if (lex != NULL && !named)
		lex = lex_add_lang(lex, lex_dir(), doc->meta.lang);
	if (lex == NULL)
		lex = lex_load_lang(lex_dir(), doc->meta.lang);
	return lex;
}

/* Set one of the job's flags and wake the main thread (what the flag
 * stands for is set before: the lock orders it). */
static void
xjob_ready(struct xjob *j, int *flag)
{
	g_mutex_lock(&j->lock);
	*flag = 1;
	g_cond_broadcast(&j->ready);
	g_mutex_unlock(&j->lock);
}

/* The times and the chronology, on a thread of their own beside the
 * extraction of the graph, which reads the mentions and the clauses
 * (and the times only after text_times_wait). */
static gpointer
tjob_run(gpointer p)
{
	struct xjob	*j = p;
	struct chronology *c;
	char		*cm;

	msg_buffer_begin();
	text_read_times(j->text, j->doc);
	c = chrono_build(j->doc, j->src, j->text);
	cm = msg_buffer_end();
	j->chrono = c;
	j->chrono_msgs = cm;
	xjob_ready(j, &j->chrono_ready);
	return NULL;
}

static gpointer
xjob_run(gpointer p)
{
	struct xjob	*j = p;
	struct graph	*g;
	GThread		*tt;
	char		*early, *late;

	msg_buffer_begin();
	/* the sentences and words while the gazetteer loads */
	j->text = text_read(j->doc, j->src);
	j->lex = lex_for(j->doc);
	text_read_actors(j->text, j->doc, j->lex);
	early = msg_buffer_end();
	/* at 200 times the example's body the times were half of the
	 * analysis and the graph a third of it more, one after the other
	 * while the main thread waited for both */
	tt = g_thread_new("chrono", tjob_run, j);
	msg_buffer_begin();
	g = extract_build(j->doc, j->src, j->text, j->lex);
	late = msg_buffer_end();
	j->graph = g;
	j->msgs = g_strconcat(early, late, NULL);
	xjob_ready(j, &j->graph_ready);
	g_free(early);
	g_free(late);
	g_thread_join(tt);
	/* the last user of the analysis: freed here (at 200 times the
	 * example's body, some 12 MB that the typesetter and the PDF
	 * writer need not carry), while the main thread lays out the
	 * figure and typesets: the graph is out before */
	g_clear_pointer(&j->text, text_free);
	/* and of the gazetteer: freed here too, not on the main thread
	 * (some 1 million instructions at the seed's size) */
	g_clear_pointer(&j->lex, lex_free);
	return NULL;
}

/* From here the main thread's messages wait for the chronology's. */
static void
xjob_hold(struct xjob *j)
{
	msg_buffer_begin();
	j->holding = 1;
}

/* The chronology, once the extraction thread has made it; its messages
 * are given, then the main thread's held since xjob_hold. */
static const struct chronology *
xjob_chrono(void *arg)
{
	struct xjob	*j = arg;
	char		*held;

	if (j->thread == NULL && !j->chrono_ready)
		return NULL;	/* never started */
	g_mutex_lock(&j->lock);
	while (!j->chrono_ready)
		g_cond_wait(&j->ready, &j->lock);
	g_mutex_unlock(&j->lock);
	if (j->holding) {
		held = msg_buffer_end();
		j->holding = 0;
		msg_replay(j->chrono_msgs);
		msg_replay(held);
		g_free(held);
	} else if (j->chrono_msgs != NULL)
		msg_replay(j->chrono_msgs);
	g_clear_pointer(&j->chrono_msgs, g_free);
	return j->chrono;
}

/* The graph, once the extraction thread has made it (it goes on to
 * free the analysis); its messages are given, after the chronology's. */
static void
xjob_graph(struct xjob *j)
{
	if (j->thread == NULL || j->graph_taken)
		return;
	xjob_chrono(j);
	g_mutex_lock(&j->lock);
	while (!j->graph_ready)
		g_cond_wait(&j->ready, &j->lock);
	g_mutex_unlock(&j->lock);
	j->graph_taken = 1;
	msg_replay(j->msgs);
}

static void
xjob_join(struct xjob *j)
{
	if (j->thread == NULL)
		return;
	xjob_graph(j);
	g_thread_join(j->thread);
	j->thread = NULL;
}

static const struct diagram *
xjob_diagram(void *arg)
{
	struct xjob	*j = arg;

	xjob_graph(j);
	if (!j->laid_out) {
		/* at most as high as wide: on A4 and Letter it fits a
		 * page at full size */
		j->diagram = diagram_layout_cached(dcache, j->graph, j->width,
		    j->width, j->doc->meta.lang);
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

/* What the PDF holds, for --watch to say what changed: its pages, its
 * chronology entries and its relations, one string each. */
static void
result_fill(struct build_result *res, const struct pages *pp,
    const struct chronology *c, const struct graph *g)
{
	gint64	written = res->written_at;
	guint	i;

	build_result_clear(res);
	res->written_at = written;
	res->pages = pp->pages->len;
	res->entries = g_ptr_array_new_with_free_func(g_free);
	res->relations = g_ptr_array_new_with_free_func(g_free);
	for (i = 0; c != NULL && !c->off && i < c->events->len; i++) {
		const struct event *e = g_ptr_array_index(c->events, i);

		g_ptr_array_add(res->entries, g_strdup_printf("%04d-%02d-%02d "
		    "%s", e->year, e->month, e->day, e->text != NULL ?
		    e->text : ""));
	}
	for (i = 0; g != NULL && i < g->relations->len; i++) {
		const struct relation *r = g_ptr_array_index(g->relations, i);
		const struct actor *a = g_ptr_array_index(g->actors, r->from);
		const struct actor *b = g_ptr_array_index(g->actors, r->to);

		g_ptr_array_add(res->relations, g_strdup_printf("%s %s %s: %s",
		    a->name, r->directed ? "->" : "--", b->name,
		    r->label != NULL ? r->label : ""));
	}
}

void
build_result_clear(struct build_result *res)
{
	if (res->entries != NULL)
		g_ptr_array_unref(res->entries);
	if (res->relations != NULL)
		g_ptr_array_unref(res->relations);
	memset(res, 0, sizeof(*res));
}

/* The briefing: typeset and written.  Returns an exit status. */
static int
write_briefing(const struct opts *o, const char *path, struct doc *doc,
    struct source *src, enum typeset_paper paper, int nsrc, gint64 t0,
    struct build_result *res)
{
	struct pages		*pp = NULL;
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

	out = build_out_path(o, path, nsrc);
	if (o->dump == NULL && same_file(out, path)) {
		msg_at(NULL, NULL, MSG_ERROR, "%s: output would overwrite "
		    "the source", out);
		g_free(out);
		return EXIT_USAGE;
	}
	/* the extraction and the dictionary run beside fonts and text; the
	 * extraction's thread first: the chronology it makes is what the
	 * typesetter waits for (started second, it ran 2 to 4 ms late on
	 * two cores, behind the dictionary's and the gazetteer's) */
	xj.doc = doc;
	xj.src = src;
	xj.width = typeset_full_width(paper);
	g_mutex_init(&xj.lock);
	g_cond_init(&xj.ready);
	xj.thread = g_thread_new("extract", xjob_run, &xj);
	to.hyph = hyph_start_cached(doc->meta.lang != NULL ?
	    doc->meta.lang : "en-US", NULL, src->buf, src->len, hcache);
	if (!fonts_ready && fonts_init(o->argv0) != 0) {
		hyph_free(hyph_wait(to.hyph));
		status = EXIT_SYSTEM;
		goto out;
	}
	fonts_ready = 1;
	xjob_hold(&xj);
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
	to.chrono_fn = xjob_chrono;
	to.chrono_arg = &xj;
	to.diagram_fn = xjob_diagram;
	to.diagram_arg = &xj;
	to.relations_found = &xj.found;
	to.notes = notes;
	to.source_attached = attach;
	to.figure_out = &fig;
	to.keep_parts = 1;
	to.cache = wcache;
	t1 = g_get_monotonic_time();
	pp = typeset_run(doc, &to);
	t2 = g_get_monotonic_time();
	xjob_graph(&xj);	/* joined at the end: it may still be freeing */
	if (msg_failed()) {
		status = EXIT_INPUT;
		goto out;
	}
	if (o->dump != NULL && strcmp(o->dump, "tags") == 0) {
		/* the logical structure, as the PDF will be tagged */
		pages_dump_tags(pp, stdout);
		goto out;
	}
	if (o->dump != NULL && strcmp(o->dump, "alt") == 0) {
		/* the figure as drawn, in words; nothing without one */
		if (xj.diagram != NULL) {
			char *alt = diagram_alt(xj.diagram);

			printf("%s\n", alt);
			g_free(alt);
		}
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
	info.tags = !o->no_tags;
	info.pdfua = o->pdfua;
	info.cache = pcache;
	if (res != NULL)
		info.written_at = &res->written_at;
	/* --watch: each save's PDF replaces the last one's; syncing it
	 * made the rebuild wait for the journal (0.5 to 15 ms) */
	info.nosync = keep;
	info.icc = icc = g_build_filename(assets_dir, "icc", "sRGB.icc",
	    NULL);
	build_date(doc, &info);
	if (pdf_write_take(pp, &info, out) != 0) {
		status = EXIT_SYSTEM;
		goto out;
	}
	if (res != NULL)
		result_fill(res, pp, xj.chrono, xj.graph);
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
	chrono_free(xj.chrono);
	notes_free(notes);
	g_free(icc);
	g_free(out);
	g_free(hash);
	g_free(kw);
	g_free(creator);
	return status;
}

int
build_one(const struct opts *o, const char *path, int nsrc)
{
	return build_one_result(o, path, nsrc, NULL);
}

/* One source to one PDF (or dump, or diagram).  Returns an exit status. */
int
build_one_result(const struct opts *o, const char *path, int nsrc,
    struct build_result *res)
{
	struct source		*src = NULL;
	struct doc		*doc = NULL;
	enum typeset_paper	 paper;
	int			 status = EXIT_OK;
	gint64			 t0 = g_get_monotonic_time();

	paper = o->paper != NULL && strcmp(o->paper, "letter") == 0 ?
	    PAPER_LETTER : PAPER_A4;
	/* the briefing and the text and events dumps take the gazetteer */
	if (o->dump == NULL ? o->diagram == NULL : strcmp(o->dump, "text") ==
	    0 || strcmp(o->dump, "events") == 0 || strcmp(o->dump,
	    "layout") == 0 || strcmp(o->dump, "alt") == 0 || strcmp(o->dump,
	    "tags") == 0)
		ahead_start(NULL);
	src = source_load(path);
	doc = src != NULL ? doc_read(src) : NULL;
	/* the gazetteer's loader, if started, waits for this */
	ahead_lang(doc != NULL ? doc->meta.lang : NULL);
	if (doc != NULL && o->verbose && o->dump == NULL)
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
	} else if (o->dump != NULL && strcmp(o->dump, "layout") != 0 &&
	    strcmp(o->dump, "alt") != 0 && strcmp(o->dump, "tags") != 0) {
		struct graph *g = extract_run(doc, src);

		graph_dump(g, stdout);
		graph_free(g);
	} else if (o->diagram != NULL && o->dump == NULL)
		status = write_diagram(o, path, doc, src, paper);
	else
		status = write_briefing(o, path, doc, src, paper, nsrc, t0,
		    res);
	if (keep && doc != NULL)	/* the next build's, while nothing is */
		ahead_start(doc->meta.lang != NULL ? doc->meta.lang : "");
	else
		ahead_drop();	/* not taken: a source that did not read */
	doc_free(doc);
	source_free(src);
	return status;
}

int
build_init(const char *argv0)
{
	char	*data = fonts_locate_data(argv0);

	assets_dir = g_build_filename(data, "assets", NULL);
	extract_set_assets(assets_dir);
	g_free(data);
	return 0;
}

const char *
build_assets_dir(void)
{
	return assets_dir;
}

void
build_keep(int on)
{
	keep = on;
	if (keep && hcache == NULL)
		hcache = hyph_cache_new();
	if (keep && wcache == NULL)
		wcache = typeset_cache_new();
	if (keep && pcache == NULL)
		pcache = pdf_cache_new();
	if (keep && dcache == NULL)
		dcache = diagram_cache_new();
	text_keep(on);
}

void
build_forget(void)
{
	ahead_drop();
	hyph_cache_free(hcache);
	hcache = keep ? hyph_cache_new() : NULL;
	typeset_cache_free(wcache);
	wcache = keep ? typeset_cache_new() : NULL;
	pdf_cache_free(pcache);
	pcache = keep ? pdf_cache_new() : NULL;
	diagram_cache_free(dcache);
	dcache = keep ? diagram_cache_new() : NULL;
	if (fonts_ready)
		fonts_done();
	fonts_ready = 0;
}

void
build_done(void)
{
	ahead_drop();
	hyph_cache_free(hcache);
	hcache = NULL;
	typeset_cache_free(wcache);
	wcache = NULL;
	pdf_cache_free(pcache);
	pcache = NULL;
	diagram_cache_free(dcache);
	dcache = NULL;
	text_keep(0);
	keep = 0;
	if (fonts_ready)
		fonts_done();
	fonts_ready = 0;
	extract_set_assets(NULL);
	g_free(assets_dir);
	assets_dir = NULL;
}
