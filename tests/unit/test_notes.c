/* SPDX-License-Identifier: MIT */
/* Unit tests of notes.c: term matching, numbering, glossary, links, dump. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <glib.h>

#include "doc.h"
#include "fileio.h"
#include "msg.h"
#include "notes.h"
#include "source.h"
#include "capture.h"

#include "docfixture.h"
static struct notes	*notes;
static char		*gloss;		/* temporary glossary file */

#include "doccheck.h"

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	/* the glossaries are written to the temporary folder */
	fileio_allow_dir(g_get_tmp_dir());
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	fileio_allow_dir(NULL);
	capture_end();
	notes_free(notes);
	notes = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	if (gloss != NULL)
		unlink(gloss);
	g_free(gloss);
	gloss = NULL;
	return 0;
}

/* A glossary file with text; its path stays in gloss. */
static const char *
write_glossary(const char *text)
{
	GError	*err = NULL;
	int	 fd;

	fd = g_file_open_tmp("test_notes-XXXXXX.tsv", &gloss, &err);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return gloss;
}

/* The notes of text with an optional glossary text; no NULL. */
static struct notes *
build(const char *text, const char *glossary)
{
	read_doc(text);
	notes = notes_build(doc, glossary != NULL ?
	    write_glossary(glossary) : NULL);
	assert_non_null(notes);
	return notes;
}

/* Note i (from 0): its number, kind, term, note text, and the source
 * text at its offset (at NULL: not checked). */
static const struct note *
check_note(guint i, enum note_kind kind, const char *term,
    const char *text, const char *at)
{
	const struct note *nt;

	assert_true(i < notes->notes->len);
	nt = g_ptr_array_index(notes->notes, i);
	assert_int_equal(nt->num, (int)i + 1);
	assert_int_equal(nt->kind, kind);
	assert_string_equal(nt->term, term);
	assert_string_equal(nt->text, text);
	assert_true(nt->off < src->len);
	if (at != NULL)
		assert_memory_equal(src->buf + nt->off, at, strlen(at));
	return nt;
}

/* The marks of a span are exactly n, the j-th covering the span text
 * x[j] with number num[j] and last flag last[j]. */
static void
check_marks(const struct doc_span *sp, guint n, const char *const *x,
    const int *num, const int *last)
{
	const GArray	*a = notes_marks(notes, sp);
	const struct note_mark *m;
	guint		 j;

	if (n == 0) {
		assert_null(a);
		return;
	}
	assert_non_null(a);
	assert_int_equal(a->len, n);
	for (j = 0; j < n; j++) {
		m = &g_array_index(a, struct note_mark, j);
		assert_true(m->start < m->end);
		assert_true(m->end <= strlen(sp->text));
		assert_int_equal(m->end - m->start, strlen(x[j]));
		assert_memory_equal(sp->text + m->start, x[j], strlen(x[j]));
		assert_int_equal(m->num, num[j]);
		assert_int_equal(m->last, last[j]);
	}
}

/* One mark on sp covering x, number num, last. */
static void
check_mark(const struct doc_span *sp, const char *x, int num)
{
	const int	last = 1;

	check_marks(sp, 1, &x, &num, &last);
}

#define FM(notes)	"---\ntitle: T\nnotes:\n" notes "---\n"

/* --- matching --------------------------------------------------------- */

static void
test_notes_build_case_insensitive(void **state)
{
	const struct note *nt;

	(void)state;
	build(FM("  hanoi SUMMIT: \"Feb 2019, no agreement.\"\n")
	    "After the Hanoi Summit ended.\n", NULL);
	assert_int_equal(notes->notes->len, 1);
	nt = check_note(0, NOTE_TERM, "hanoi SUMMIT",
	    "Feb 2019, no agreement.", "Hanoi Summit ended");
	assert_int_equal(nt->block_off, block(doc->blocks, 0)->off);
	assert_int_equal(nt->off, span(block(doc->blocks, 0), 0)->off + 10);
	check_mark(span(block(doc->blocks, 0), 0), "Hanoi Summit", 1);
	assert_string_equal(messages(), "");
}

static void
test_notes_build_apostrophes(void **state)
{
	struct doc_span	*sp;

	(void)state;
	/* straight in the term, typographic in the text (smart quotes) */
	build(FM("  Kim's regime: A.\n  Party’s line: B.\n")
	    "Under Kim's regime, the Party's line held.\n", NULL);
	sp = span(block(doc->blocks, 0), 0);
	assert_non_null(strstr(sp->text, "Kim\xE2\x80\x99s"));
	assert_int_equal(notes->notes->len, 2);
	check_note(0, NOTE_TERM, "Kim's regime", "A.", "Kim's regime");
	/* span offset + byte index: after a smart quote (3 bytes for 1)
	 * that is 2 bytes past the source's "Party's" */
	assert_int_equal(check_note(1, NOTE_TERM, "Party’s line", "B.",
	    NULL)->off, sp->off + 26);
	{
		const char *const x[] = {
			"Kim\xE2\x80\x99s regime", "Party\xE2\x80\x99s line"
		};
		const int num[] = { 1, 2 }, last[] = { 1, 1 };

		check_marks(sp, 2, x, num, last);
	}
	notes_free(notes);

	/* typographic in the term, straight in the text */
	g_free(sp->text);
	sp->text = g_strdup("Under Kim's regime, the Party's line held.");
	notes = notes_build(doc, NULL);
	assert_int_equal(notes->notes->len, 2);
	check_note(1, NOTE_TERM, "Party’s line", "B.", "Party's line");
	assert_int_equal(((struct note *)g_ptr_array_index(notes->notes,
	    1))->off, sp->off + 24);
	{
		const char *const x[] = { "Kim's regime", "Party's line" };
		const int num[] = { 1, 2 }, last[] = { 1, 1 };

		check_marks(sp, 2, x, num, last);
	}
}

static void
test_notes_build_soft_line_break(void **state)
{
	(void)state;
	build(FM("  Hanoi summit: N.\n")
	    "Text with the Hanoi\nsummit in it.\n", NULL);
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "Hanoi summit", "N.", "Hanoi\nsummit");
	check_mark(span(block(doc->blocks, 0), 0), "Hanoi summit", 1);
}

static void
test_notes_build_soft_hyphen(void **state)
{
	(void)state;
	/* in the text, and a run of spaces for the term's one */
	build(FM("  Panmunjom talks: N.\n")
	    "The Pan\xC2\xADmun\xC2\xADjom   talks began.\n", NULL);
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "Panmunjom talks", "N.", "Pan\xC2\xAD");
	check_mark(span(block(doc->blocks, 0), 0),
	    "Pan\xC2\xADmun\xC2\xADjom   talks", 1);
}

static void
test_notes_build_across_spans(void **state)
{
	const struct doc_node *p;
	const char	*const x0 = "Hanoi ", *const x1 = "summit";
	const int	 one = 1, zero = 0;

	(void)state;
	build(FM("  Hanoi summit: N.\n")
	    "After the Hanoi *summit* failed.\n", NULL);
	p = block(doc->blocks, 0);
	check_span(p, 0, "After the Hanoi ", 0, "After");
	check_span(p, 1, "summit", SPAN_EM, "summit");
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "Hanoi summit", "N.", "Hanoi *summit*");
	check_marks(span(p, 0), 1, &x0, &one, &zero);
	check_marks(span(p, 1), 1, &x1, &one, &one);
	check_marks(span(p, 2), 0, NULL, NULL, NULL);
}

static void
test_notes_build_overlap_longest(void **state)
{
	const struct doc_node *p;
	const struct note *nt;

	(void)state;
	/* "Korea" declared first, but "North Korea" is longer */
	build(FM("  Korea: K.\n  North Korea: NK.\n")
	    "North Korea, then Korea alone.\n", NULL);
	p = block(doc->blocks, 0);
	assert_int_equal(notes->notes->len, 2);
	nt = check_note(0, NOTE_TERM, "North Korea", "NK.", "North Korea,");
	assert_int_equal(nt->off, span(p, 0)->off);
	nt = check_note(1, NOTE_TERM, "Korea", "K.", "Korea alone");
	assert_int_equal(nt->off, span(p, 0)->off + 18);
	{
		const char *const x[] = { "North Korea", "Korea" };
		const int num[] = { 1, 2 }, last[] = { 1, 1 };

		check_marks(span(p, 0), 2, x, num, last);
	}
	assert_string_equal(messages(), "");
}

static void
test_notes_build_overlap_no_other(void **state)
{
	(void)state;
	/* from the glossary: silent when "Korea" never stands alone */
	build("North Korea and North Korea again.\n",
	    "Korea\tK.\nNorth Korea\tNK.\n");
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "North Korea", "NK.", "North Korea and");
	check_mark(span(block(doc->blocks, 0), 0), "North Korea", 1);
	assert_string_equal(messages(), "");
}

static void
test_notes_build_whole_words(void **state)
{
	(void)state;
	build("Koreans pay into a fund; the UN and Korea.\n",
	    "Korea\tK.\nUN\tUnited Nations.\n");
	assert_int_equal(notes->notes->len, 2);
	check_note(0, NOTE_TERM, "UN", "United Nations.", "UN and");
	check_note(1, NOTE_TERM, "Korea", "K.", "Korea.");
	notes_free(notes);
	notes = NULL;
	doc_free(doc);
	source_free(src);

	/* no other occurrence: no note */
	read_doc("Koreans pay into a fund.\n");
	notes = notes_build(doc, gloss);
	assert_non_null(notes);
	assert_int_equal(notes->notes->len, 0);
	check_marks(span(block(doc->blocks, 0), 0), 0, NULL, NULL, NULL);
}

static void
test_notes_build_reading_order(void **state)
{
	(void)state;
	build(FM("  Zeta: Z.\n  Mid: M.\n  Alpha: A.\n")
	    "# Title\n\nAlpha first.\n\n- Mid in a list\n\nZeta last.\n",
	    NULL);
	assert_int_equal(notes->notes->len, 3);
	check_note(0, NOTE_TERM, "Alpha", "A.", "Alpha first");
	check_note(1, NOTE_TERM, "Mid", "M.", "Mid in");
	check_note(2, NOTE_TERM, "Zeta", "Z.", "Zeta last");
	/* the block of a list item's note is its paragraph */
	assert_int_equal(((struct note *)g_ptr_array_index(notes->notes,
	    1))->block_off, block(block(block(doc->blocks, 2)->children,
	    0)->children, 0)->off);
}

static void
test_notes_build_not_in_headings_code(void **state)
{
	const struct doc_node *q;

	(void)state;
	build(FM("  Six-Party Talks: N.\n")
	    "# Six-Party Talks\n\n"
	    "```\nSix-Party Talks\n```\n\n"
	    "Code `Six-Party Talks` and [Six-Party Talks](#x) skipped.\n\n"
	    "> Quoted: the six-party talks.\n", NULL);
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "Six-Party Talks", "N.", "six-party talks.");
	q = block(block(doc->blocks, 3)->children, 0);
	assert_int_equal(((struct note *)g_ptr_array_index(notes->notes,
	    0))->block_off, q->off);
	check_mark(span(q, 0), "six-party talks", 1);
	assert_string_equal(messages(), "");
}

/* --- front matter and glossary ---------------------------------------- */

static void
test_notes_build_frontmatter_wins(void **state)
{
	(void)state;
	build(FM("  Hanoi summit: From the front matter.\n")
	    "The HANOI SUMMIT and the IAEA.\n",
	    "# A comment line\n\n"
	    "HANOI SUMMIT\tFrom the glossary.\n"
	    "IAEA\tThe UN nuclear watchdog.\r\n");
	assert_int_equal(notes->notes->len, 2);
	check_note(0, NOTE_TERM, "Hanoi summit", "From the front matter.",
	    "HANOI SUMMIT");
	check_note(1, NOTE_TERM, "IAEA", "The UN nuclear watchdog.", "IAEA.");
	assert_string_equal(messages(), "");
}

static void
test_notes_build_term_not_found(void **state)
{
	(void)state;
	build(FM("  Hanoi summit: H.\n  Minsk accords: M.\n")
	    "The Hanoi summit only.\n", "Snapback\tS.\n");
	assert_int_equal(notes->notes->len, 1);
	check_note(0, NOTE_TERM, "Hanoi summit", "H.", "Hanoi summit only");
	/* the glossary's "Snapback" is silent */
	assert_string_equal(messages(), "t.md:5:3: warning: note term "
	    "'Minsk accords' does not occur in the text\n");
	assert_int_equal(msg_count(MSG_WARNING), 1);
}

static void
test_notes_build_glossary_missing(void **state)
{
	(void)state;
	read_doc("Text.\n");
	assert_null(notes_build(doc, "no-such-glossary.tsv"));
	assert_string_equal(messages(), "t.md: error: cannot read glossary: "
	    "'no-such-glossary.tsv': No such file or directory\n");
	assert_int_equal(msg_count(MSG_ERROR), 1);
}

static void
test_notes_build_glossary_malformed(void **state)
{
	char	*want;

	(void)state;
	read_doc("Text.\n");
	write_glossary("# Comment\nIAEA\tAgency.\n\nDMZ no tab\n"
	    "\tno term\nÉté\t \nA\tB\tC\n");
	assert_null(notes_build(doc, gloss));
	want = g_strdup_printf(
	    "%s:4:11: error: expected a term, a tab and a note\n"
	    "%s:5:1: error: glossary entry without a term\n"
	    "%s:6:5: error: glossary term 'Été' has no note\n"
	    "%s:7:4: error: a second tab: notes may not contain tabs\n",
	    gloss, gloss, gloss, gloss);
	assert_string_equal(messages(), want);
	g_free(want);
}

static void
test_notes_glossary_path(void **state)
{
	char	*p;

	(void)state;
	read_doc("Text.\n");
	assert_null(notes_glossary_path(doc, "/usr/share/briefing"));
	doc_free(doc);
	source_free(src);
	read_doc("---\nglossary: default\n---\nText.\n");
	p = notes_glossary_path(doc, "/usr/share/briefing");
	assert_string_equal(p, "/usr/share/briefing/glossary.tsv");
	g_free(p);
	doc_free(doc);
	source_free(src);
	read_doc("---\nglossary: terms/g.tsv\n---\nText.\n");
	p = notes_glossary_path(doc, "/a");
	assert_string_equal(p, "terms/g.tsv");
	g_free(p);
	g_free(doc->path);
	doc->path = g_strdup("articles/t.md");
	p = notes_glossary_path(doc, "/a");
	assert_string_equal(p, "terms/g.tsv");	/* read from articles/ */
	g_free(p);
	g_free(doc->meta.glossary);
	doc->meta.glossary = g_strdup("/etc/g.tsv");
	p = notes_glossary_path(doc, "/a");
	assert_string_equal(p, "/etc/g.tsv");
	g_free(p);
}

/* --- links ------------------------------------------------------------ */

static void
test_notes_build_urls(void **state)
{
	const struct doc_node *p;
	const struct note *nt;

	(void)state;
	build(FM("  IAEA: Agency.\n")
	    "See [the *report*](https://x.org/a), <https://x.org/b>,\n"
	    "[x.org/c](http://x.org/c), the IAEA, [again](https://x.org/a)\n"
	    "and [mail us](mailto:a@x.org) or [local](#top).\n", NULL);
	p = block(doc->blocks, 0);
	check_span(p, 1, "the ", SPAN_LINK, "the *report*");
	check_span(p, 2, "report", SPAN_LINK | SPAN_EM, "report*");
	assert_int_equal(notes->notes->len, 3);
	nt = check_note(0, NOTE_URL, "the report", "https://x.org/a",
	    "the *report*");
	assert_int_equal(nt->block_off, p->off);
	check_note(1, NOTE_TERM, "IAEA", "Agency.", "IAEA,");
	check_note(2, NOTE_URL, "mail us", "mailto:a@x.org", "mail us");
	{
		const char *const x = "the ";
		const int num = 1, last = 0;

		check_marks(span(p, 1), 1, &x, &num, &last);
	}
	check_mark(span(p, 2), "report", 1);
	/* the autolink, x.org/c and the second link to x.org/a: none */
	check_marks(span(p, 4), 0, NULL, NULL, NULL);
	check_span(p, 6, "x.org/c", SPAN_LINK, "x.org/c");
	check_marks(span(p, 6), 0, NULL, NULL, NULL);
	check_span(p, 8, "again", SPAN_LINK, "again");
	check_marks(span(p, 8), 0, NULL, NULL, NULL);
}

static void
test_notes_build_url_in_heading(void **state)
{
	(void)state;
	build("## From [the agency](https://iaea.org)\n\nText.\n", NULL);
	assert_int_equal(notes->notes->len, 1);
	assert_int_equal(check_note(0, NOTE_URL, "the agency",
	    "https://iaea.org", "the agency")->block_off,
	    block(doc->blocks, 0)->off);
}

/* --- output and limits ------------------------------------------------ */

static void
test_notes_dump_json(void **state)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f;

	(void)state;
	build(FM("  DMZ: \"The \\\"demilitarised\\\" zone.\"\n")
	    "The DMZ and [a map](https://x.org/m).\n", NULL);
	f = open_memstream(&buf, &len);
	assert_non_null(f);
	notes_dump(notes, f);
	fclose(f);
	assert_string_equal(buf, "[\n"
	    "  {\"num\": 1, \"kind\": \"term\", \"term\": \"DMZ\", "
	    "\"text\": \"The “demilitarised” zone.\", \"off\": 65, "
	    "\"block\": 61},\n"
	    "  {\"num\": 2, \"kind\": \"url\", \"term\": \"a map\", "
	    "\"text\": \"https://x.org/m\", \"off\": 74, \"block\": 61}\n"
	    "]\n");
	assert_memory_equal(src->buf + 61, "The DMZ", 7);
	assert_memory_equal(src->buf + 74, "a map", 5);
	free(buf);

	notes_free(notes);
	doc_free(doc);
	source_free(src);
	build("No terms, no links.\n", NULL);
	buf = NULL;
	f = open_memstream(&buf, &len);
	notes_dump(notes, f);
	fclose(f);
	assert_string_equal(buf, "[]\n");
	free(buf);
}

/* Many terms over a long text: every one found once, in order. */
static void
test_notes_build_large(void **state)
{
	GString	*text = g_string_new("---\ntitle: T\n---\n");
	GString	*g = g_string_new(NULL);
	int	 i, j;

	(void)state;
	for (i = 0; i < 300; i++)
		g_string_append_printf(g, "term%03d word\tNote %d.\n", i, i);
	for (j = 0; j < 20; j++) {
		for (i = 0; i < 300; i++)
			g_string_append_printf(text, "Some text with Term%03d "
			    "Word and *term%03d* words here. ", (i * 7) % 300,
			    i);
		g_string_append(text, "\n\n");
	}
	build(text->str, g->str);
	assert_int_equal(notes->notes->len, 300);
	check_note(0, NOTE_TERM, "term000 word", "Note 0.", "Term000 Word");
	check_note(1, NOTE_TERM, "term007 word", "Note 7.", "Term007 Word");
	g_string_free(text, TRUE);
	g_string_free(g, TRUE);
}

/* The shipped glossary: well formed, short notes, and useful on the
 * example article. */
static void
test_notes_build_shipped_glossary(void **state)
{
	const struct note *nt;
	char		*text, **lines, *tab, *path;
	guint		 i, found = 0;

	(void)state;
	assert_true(g_file_get_contents("assets/glossary.tsv", &text, NULL,
	    NULL));
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		if (*lines[i] == '\0' || *lines[i] == '#')
			continue;
		assert_non_null(tab = strchr(lines[i], '\t'));
		assert_true(g_utf8_strlen(tab + 1, -1) <= 160);
	}
	g_strfreev(lines);
	g_free(text);

	src = source_load("assets/examples/putin-north-korea.md");
	assert_non_null(src);
	doc = doc_read(src);
	assert_non_null(doc);
	/* as main reads "glossary: default": the assets allowed */
	fileio_allow_dir("assets");
	g_free(doc->meta.glossary);
	doc->meta.glossary = g_strdup("default");
	path = notes_glossary_path(doc, "assets");
	assert_true(g_path_is_absolute(path));
	notes = notes_build(doc, path);
	g_free(path);
	assert_non_null(notes);
	assert_string_equal(messages(), "");
	assert_true(notes->notes->len >= 10);
	for (i = 0; i < notes->notes->len; i++) {
		nt = g_ptr_array_index(notes->notes, i);
		assert_int_equal(nt->num, (int)i + 1);
		if (strcmp(nt->term, "war in Ukraine") == 0)
			found++;
	}
	assert_int_equal(found, 1);
}

static void
test_notes_free_null(void **state)
{
	(void)state;
	notes_free(NULL);
}

/* A glossary outside the source's folder, a FIFO, a device: refused
 * at the `glossary:` value, nothing read, nothing blocks. */
static void
test_notes_build_glossary_confined(void **state)
{
	char	*dir = g_dir_make_tmp("test_notes-XXXXXX", NULL);
	char	*fifo = g_build_filename(dir, "fifo.tsv", NULL);
	char	*want;

	(void)state;
	fileio_allow_dir(NULL);
	read_doc("---\ntitle: T\nglossary: x\n---\nText.\n");
	write_glossary("Text\tA secret line.\n");
	assert_null(notes_build(doc, gloss));
	want = g_strdup_printf("t.md:3:11: error: cannot read glossary: "
	    "'%s' is outside the source's folder (allow its folder with "
	    "--allow-path)\n", gloss);
	assert_string_equal(messages(), want);
	g_free(want);
	capture_end();
	capture_begin();
	/* allowed: a FIFO there is still refused, at once */
	fileio_allow_dir(dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_null(notes_build(doc, fifo));
	want = g_strdup_printf("t.md:3:11: error: cannot read glossary: "
	    "'%s' is not a regular file\n", fifo);
	assert_string_equal(messages(), want);
	g_free(want);
	unlink(fifo);
	g_rmdir(dir);
	g_free(fifo);
	g_free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_notes_build_case_insensitive, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_glossary_confined, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_apostrophes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_soft_line_break, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_soft_hyphen,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_across_spans,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_overlap_longest, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_overlap_no_other, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_whole_words,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_reading_order, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_not_in_headings_code, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_frontmatter_wins, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_term_not_found, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_glossary_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_glossary_malformed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_glossary_path,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_urls,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_url_in_heading, setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_dump_json,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_notes_build_large,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_notes_build_shipped_glossary, setup, teardown),
		cmocka_unit_test(test_notes_free_null),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
