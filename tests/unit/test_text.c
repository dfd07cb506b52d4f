/* SPDX-License-Identifier: MIT */
/* Unit tests of the text-analysis layer (sentences and tokens). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

static struct text	*txt;

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	text_free(txt);
	txt = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	return 0;
}

static struct text *
analyse(const char *md)
{
	read_doc(md);
	txt = text_analyse(doc, src, NULL);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
	return txt;
}

static const struct text_sentence *
sent(guint i)
{
	assert_true(i < txt->sentences->len);
	return &g_array_index(txt->sentences, struct text_sentence, i);
}

static const struct text_token *
tok(guint i)
{
	assert_true(i < txt->tokens->len);
	return &g_array_index(txt->tokens, struct text_token, i);
}

/* The source bytes of sentence i are exactly want. */
static void
src_is(guint i, const char *want)
{
	const struct text_sentence *se = sent(i);

	assert_true(se->start <= se->end && se->end <= src->len);
	assert_int_equal(se->end - se->start, strlen(want));
	assert_memory_equal(src->buf + se->start, want, strlen(want));
}

/* The analysed text of sentence i is want. */
static void
sent_is(guint i, const char *want)
{
	const struct text_sentence *se = sent(i);

	assert_int_equal(se->tend - se->tstart, strlen(want));
	assert_memory_equal(txt->str->str + se->tstart, want, strlen(want));
}

/* Token i: its source bytes and kind. */
static void
tok_is(guint i, const char *want, enum text_kind kind)
{
	const struct text_token *tk = tok(i);

	assert_int_equal(tk->end - tk->start, strlen(want));
	assert_memory_equal(src->buf + tk->start, want, strlen(want));
	assert_int_equal(tk->kind, kind);
}

static void
test_text_analyse_ordinary(void **state)
{
	(void)state;
	analyse("First sentence here. Second one? Third one!\n\n"
	    "A new paragraph.\n");
	assert_int_equal(txt->sentences->len, 4);
	src_is(0, "First sentence here.");
	src_is(1, "Second one?");
	src_is(2, "Third one!");
	src_is(3, "A new paragraph.");
	assert_int_equal(sent(0)->block, 0);
	assert_int_equal(sent(3)->block, 1);
	assert_int_equal(sent(0)->first_token, 0);
	assert_int_equal(sent(0)->ntokens, 4);
	assert_int_equal(sent(1)->first_token, 4);
	assert_int_equal(sent(1)->ntokens, 3);
}

static void
test_text_analyse_titles(void **state)
{
	(void)state;
	analyse("Dr. Smith met Gen. Lee on Sept. 3. Lt. Jones and "
	    "Mr. Brown waited at No. 10. They left.\n");
	assert_int_equal(txt->sentences->len, 3);
	src_is(0, "Dr. Smith met Gen. Lee on Sept. 3.");
	src_is(1, "Lt. Jones and Mr. Brown waited at No. 10.");
	src_is(2, "They left.");
}

/* Spanish, French and German: the merge step's titles, abbreviations
 * and German ordinals; ICU's German suppressions (which keep the break
 * after any word ending in "er.") are not used. */
static void
test_text_analyse_sentences_lang(void **state)
{
	(void)state;
	analyse("---\nlang: es\n---\n\nEl Sr. Pérez viajó a EE. UU. el "
	    "martes. Luego habló con la Sra. Ruiz. Se fue.\n");
	assert_int_equal(txt->sentences->len, 3);
	src_is(0, "El Sr. Pérez viajó a EE. UU. el martes.");
	src_is(1, "Luego habló con la Sra. Ruiz.");
	text_free(txt);
	doc_free(doc);
	source_free(src);
	analyse("---\nlang: fr\n---\n\nLe Pr. Dupont a vu le ministre. "
	    "Puis il est parti le 1er mai.\n");
	assert_int_equal(txt->sentences->len, 2);
	src_is(0, "Le Pr. Dupont a vu le ministre.");
	text_free(txt);
	doc_free(doc);
	source_free(src);
	analyse("---\nlang: de\n---\n\nDer Vertrag wurde am 3. Mai 2021 "
	    "unterzeichnet, z. B. von Prof. Müller. Das sagte der Minister. "
	    "Er kam im 19. Jahrhundert mit 3 Mio. Euro. Es stieg bis 2022. "
	    "Danach fiel es auf 12. Am Montag nicht.\n");
	assert_int_equal(txt->sentences->len, 6);
	src_is(0, "Der Vertrag wurde am 3. Mai 2021 unterzeichnet, z. B. von "
	    "Prof. Müller.");
	src_is(1, "Das sagte der Minister.");
	src_is(2, "Er kam im 19. Jahrhundert mit 3 Mio. Euro.");
	src_is(3, "Es stieg bis 2022.");
	src_is(4, "Danach fiel es auf 12.");
	src_is(5, "Am Montag nicht.");
}

static void
test_text_analyse_initials(void **state)
{
	(void)state;
	analyse("George W. Bush spoke. He left. It was Plan B. "
	    "The end came.\n");
	assert_int_equal(txt->sentences->len, 4);
	src_is(0, "George W. Bush spoke.");
	src_is(1, "He left.");
	src_is(2, "It was Plan B.");
	src_is(3, "The end came.");
}

static void
test_text_analyse_dotted(void **state)
{
	(void)state;
	analyse("The U.S. and the U.K. agreed. The U.S. Army came. "
	    "Talks ended in the U.S. The next day was calm.\n\n"
	    "Talks began at 9 a.m. Moscow time and ended at 5 p.m. "
	    "The next day was calm.\n");
	assert_int_equal(txt->sentences->len, 6);
	src_is(0, "The U.S. and the U.K. agreed.");
	src_is(1, "The U.S. Army came.");
	src_is(2, "Talks ended in the U.S.");
	src_is(3, "The next day was calm.");
	src_is(4, "Talks began at 9 a.m. Moscow time and ended at 5 p.m.");
	src_is(5, "The next day was calm.");
}

static void
test_text_analyse_quotes_brackets(void **state)
{
	(void)state;
	analyse("He said \"we will win.\" Then he left. (This was new.) "
	    "It ended [at last].\n");
	assert_int_equal(txt->sentences->len, 4);
	src_is(0, "He said \"we will win.\"");
	sent_is(0, "He said \xE2\x80\x9Cwe will win.\xE2\x80\x9D");
	src_is(1, "Then he left.");
	src_is(2, "(This was new.)");
	src_is(3, "It ended [at last].");
	/* the closing quote: three bytes of text from one of source */
	tok_is(7, "\"", TEXT_PUNCT);
	assert_int_equal(tok(7)->tend - tok(7)->tstart, 3);
}

static void
test_text_analyse_markup_offsets(void **state)
{
	const struct text_token *tk;

	(void)state;
	analyse("The **bold claim** was [made](http://x.org/a.b) by *her*. "
	    "Next **one.** A \\*star\\* is born &amp; named.\n\n"
	    "> First line\n> continues here. Second -- and last.\n");
	assert_int_equal(txt->sentences->len, 5);
	src_is(0, "The **bold claim** was [made](http://x.org/a.b) by *her*.");
	sent_is(0, "The bold claim was made by her.");
	src_is(1, "Next **one.");
	src_is(2, "A \\*star\\* is born &amp; named.");
	sent_is(2, "A *star* is born & named.");
	src_is(3, "First line\n> continues here.");
	sent_is(3, "First line continues here.");
	src_is(4, "Second -- and last.");
	sent_is(4, "Second \xE2\x80\x93 and last.");
	/* The, bold, claim, was, made, by, her, . */
	tok_is(1, "bold", TEXT_WORD);
	tok_is(4, "made", TEXT_WORD);
	tok_is(6, "her", TEXT_WORD);
	tok_is(7, ".", TEXT_PUNCT);
	/* A * star * is born & named . */
	tk = tok(sent(2)->first_token + 1);
	assert_memory_equal(src->buf + tk->start, "*", 1);
	assert_memory_equal(src->buf + tk->start - 1, "\\", 1);
	tok_is(sent(2)->first_token + 6, "&amp;", TEXT_PUNCT);
	tok_is(sent(3)->first_token + 2, "continues", TEXT_WORD);
	tok_is(sent(4)->first_token + 1, "--", TEXT_PUNCT);
}

static void
test_text_analyse_multibyte(void **state)
{
	(void)state;
	analyse("Caf\xC3\xA9 owners \xE2\x80\x94 and \xE2\x80\x9Cothers"
	    "\xE2\x80\x9D \xE2\x80\x94 agreed. \xC3\x89lan followed "
	    "na\xC3\xAFvely.\n");
	assert_int_equal(txt->sentences->len, 2);
	src_is(0, "Caf\xC3\xA9 owners \xE2\x80\x94 and \xE2\x80\x9Cothers"
	    "\xE2\x80\x9D \xE2\x80\x94 agreed.");
	src_is(1, "\xC3\x89lan followed na\xC3\xAFvely.");
	tok_is(0, "Caf\xC3\xA9", TEXT_WORD);
	tok_is(2, "\xE2\x80\x94", TEXT_PUNCT);
	tok_is(4, "\xE2\x80\x9C", TEXT_PUNCT);
	tok_is(5, "others", TEXT_WORD);
	tok_is(sent(1)->first_token, "\xC3\x89lan", TEXT_WORD);
	tok_is(sent(1)->first_token + 2, "na\xC3\xAFvely", TEXT_WORD);
}

static void
test_text_analyse_token_kinds(void **state)
{
	(void)state;
	analyse("In 2024, 1,200 people paid $5.50 for U.S. goods "
	    "they don't need.\n");
	assert_int_equal(txt->sentences->len, 1);
	assert_int_equal(txt->tokens->len, 16);
	tok_is(0, "In", TEXT_WORD);
	tok_is(1, "2024", TEXT_NUMBER);
	tok_is(2, ",", TEXT_PUNCT);
	tok_is(3, "1,200", TEXT_NUMBER);
	tok_is(4, "people", TEXT_WORD);
	tok_is(5, "paid", TEXT_WORD);
	tok_is(6, "$", TEXT_SYMBOL);
	tok_is(7, "5.50", TEXT_NUMBER);
	tok_is(8, "for", TEXT_WORD);
	tok_is(9, "U.S", TEXT_WORD);
	tok_is(10, ".", TEXT_PUNCT);
	tok_is(11, "goods", TEXT_WORD);
	tok_is(12, "they", TEXT_WORD);
	tok_is(13, "don't", TEXT_WORD);
	tok_is(14, "need", TEXT_WORD);
	tok_is(15, ".", TEXT_PUNCT);
}

static void
test_text_analyse_blocks(void **state)
{
	const struct text_block *b;

	(void)state;
	analyse("## A Heading\n\nBody text. More.\n\n- Item one. Two.\n"
	    "- Item three\n\n> Quoted here.\n\n    code. block.\n");
	assert_int_equal(txt->blocks->len, 5);
	b = &g_array_index(txt->blocks, struct text_block, 0);
	assert_int_equal(b->node->type, DOC_HEADING);
	assert_int_equal(b->nsentences, 1);
	b = &g_array_index(txt->blocks, struct text_block, 2);
	assert_int_equal(b->node->type, DOC_PARA);
	assert_int_equal(b->first_sentence, 3);
	assert_int_equal(b->nsentences, 2);
	assert_int_equal(txt->sentences->len, 7);
	src_is(0, "A Heading");
	src_is(3, "Item one.");
	src_is(5, "Item three");
	src_is(6, "Quoted here.");
	assert_int_equal(sent(6)->block, 4);
}

static void
test_text_analyse_empty(void **state)
{
	struct doc	 none;

	(void)state;
	/* a body of code only: no prose block is read */
	analyse("    int x = 1. Not prose.\n");
	assert_int_equal(txt->blocks->len, 0);
	assert_int_equal(txt->sentences->len, 0);
	assert_int_equal(txt->tokens->len, 0);
	assert_int_equal(txt->str->len, 0);
	text_free(txt);
	/* a doc without blocks, language or source */
	memset(&none, 0, sizeof(none));
	none.blocks = g_ptr_array_new();
	txt = text_analyse(&none, NULL, NULL);
	assert_int_equal(txt->blocks->len, 0);
	assert_int_equal(txt->sentences->len, 0);
	assert_string_equal(messages(), "");
	g_ptr_array_free(none.blocks, TRUE);
}

static void
test_text_analyse_large_paragraph(void **state)
{
	static const char unit[] = "Dr. Smith met Gen. Lee on Sept. 3. ";
	const struct text_sentence *se;
	GString		*s;
	guint		 n = 0;

	(void)state;
	s = g_string_new(NULL);
	while (s->len < 1024 * 1024) {
		g_string_append(s, unit);
		n++;
	}
	g_string_append_c(s, '\n');
	analyse(s->str);
	assert_int_equal(txt->blocks->len, 1);
	assert_int_equal(txt->sentences->len, n);
	assert_int_equal(txt->tokens->len, 12 * n);
	se = sent(n - 1);
	assert_int_equal(se->end, s->len - 2);
	assert_int_equal(se->start, s->len - sizeof(unit));
	assert_int_equal(se->first_token, 12 * (n - 1));
	g_string_free(s, TRUE);
}

static void
test_text_dump_json(void **state)
{
	FILE		*f;
	char		*out = NULL;
	size_t		 len = 0;

	(void)state;
	analyse("Hi **\"you\"**. Go!\n");
	f = open_memstream(&out, &len);
	text_dump(txt, f);
	fclose(f);
	/* the sentences and tokens exactly; the stages' parts by their
	 * keys (their own tests check what is in them) */
	assert_non_null(strstr(out, "{\"sentences\": [\n"
	    "  {\"start\": 0, \"end\": 13, \"block\": 0, \"text\": "
	    "\"Hi \xE2\x80\x9Cyou\xE2\x80\x9D.\",\n"
	    "   \"tokens\": [{\"start\": 0, \"end\": 2, \"kind\": \"word\", "
	    "\"text\": \"Hi\"}, {\"start\": 5, \"end\": 6, \"kind\": "
	    "\"punct\", \"text\": \"\xE2\x80\x9C\"}, {\"start\": 6, "
	    "\"end\": 9, \"kind\": \"word\", \"text\": \"you\"}, "
	    "{\"start\": 9, \"end\": 10, \"kind\": \"punct\", \"text\": "
	    "\"\xE2\x80\x9D\"}, {\"start\": 12, \"end\": 13, \"kind\": "
	    "\"punct\", \"text\": \".\"}],\n   \"clauses\": ["));
	assert_non_null(strstr(out, "  {\"start\": 14, \"end\": 17, "
	    "\"block\": 0, \"text\": \"Go!\",\n"
	    "   \"tokens\": [{\"start\": 14, \"end\": 16, \"kind\": \"word\", "
	    "\"text\": \"Go\"}, {\"start\": 16, \"end\": 17, \"kind\": "
	    "\"punct\", \"text\": \"!\"}],\n   \"clauses\": ["));
	assert_non_null(strstr(out, "\n],\n\"actors\": ["));
	assert_non_null(strstr(out, "\"mentions\": ["));
	assert_non_null(strstr(out, "\"times\": ["));
	assert_true(len >= 2 && strcmp(out + len - 2, "}\n") == 0);
	free(out);
}

/* Words against lists: either case, whole words only, the first
 * match's index. */
static void
test_text_word_lists(void **state)
{
	static const char *const nums[] = { "four", "five", "FIVE", NULL };
	static const char *const near[] = { "apple", "apples.", "pples",
	    NULL };
	static const char *const z[] = { "zebra", "Zebras", NULL };

	(void)state;
	analyse("Five apples and Seven Zebras.\n");
	tok_is(0, "Five", TEXT_WORD);
	tok_is(1, "apples", TEXT_WORD);
	tok_is(4, "Zebras", TEXT_WORD);
	assert_int_equal(text_find(txt, 0, nums), 1);
	assert_int_equal(text_find(txt, 1, near), -1);
	assert_int_equal(text_find(txt, 4, z), 1);
	assert_int_equal(text_find(txt, 999, z), -1);
	assert_true(text_in(txt, 0, nums));
	assert_false(text_in(txt, 1, nums));
	assert_true(text_is(txt, 3, "SEVEN"));
	assert_false(text_is(txt, 3, "seven."));
	assert_false(text_is(txt, 3, "even"));
	assert_false(text_is(txt, 999, "seven"));
	/* a word that is the start of the token, or of which the token
	 * is the start, is not it */
	assert_false(text_is(txt, 3, "seve"));
	assert_false(text_is(txt, 3, "sevens"));
	assert_false(text_is(txt, 3, ""));
}

/* Only ASCII letters are folded: other bytes must be the same. */
static void
test_text_word_lists_utf8(void **state)
{
	(void)state;
	analyse("Na\xC3\xAFve \xC3\x89lan.\n");
	assert_true(text_is(txt, 0, "NA\xC3\xAFVE"));
	assert_false(text_is(txt, 0, "NA\xC3\x8FVE"));
	assert_true(text_is(txt, 1, "\xC3\x89LAN"));
	assert_false(text_is(txt, 1, "\xC3\xA9lan"));
}

/* The whole analysis as JSON (text_dump), a new string. */
static char *
dumped(const struct text *t)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&out, &len);

	assert_non_null(f);
	text_dump(t, f);
	fclose(f);
	return out;
}

struct later {
	struct text		*t;
	const struct doc	*doc;
	gint			 done;
};

static gpointer
times_later(gpointer p)
{
	struct later	*l = p;

	g_usleep(30000);
	g_atomic_int_set(&l->done, 1);
	text_read_times(l->t, l->doc);
	return NULL;
}

/* The analysis in two parts, the times on another thread, gives the
 * analysis in one; a reader waits for the times, and only for them. */
static void
test_text_read_in_two_parts(void **state)
{
	static const char md[] = "---\ntitle: T\ndate: 2024-03-14\n---\n\n"
	    "Talks between Russia and Ukraine opened in Geneva on 12 March. "
	    "Two days later the delegations left.\n\n"
	    "The next round is due on 2 April.\n";
	struct later	 l = { 0 };
	struct text	*two;
	GThread		*th;
	char		*a, *b;

	(void)state;
	analyse(md);
	a = dumped(txt);
	assert_true(txt->times->len >= 2);
	text_times_wait(txt);		/* made: returns at once */

	two = text_read(doc, src);
	assert_non_null(two);
	text_times_wait(two);		/* no times to come */
	text_read_actors(two, doc, NULL);
	assert_int_equal(two->times->len, 0);
	assert_int_equal(two->mentions->len, txt->mentions->len);
	assert_int_equal(two->clauses->len, txt->clauses->len);
	l.t = two;
	l.doc = doc;
	th = g_thread_new("times", times_later, &l);
	text_times_wait(two);
	assert_true(g_atomic_int_get(&l.done));
	assert_int_equal(two->times->len, txt->times->len);
	g_thread_join(th);
	b = dumped(two);
	assert_string_equal(a, b);
	free(a);
	free(b);
	text_free(two);
}

static void
test_text_free_null(void **state)
{
	(void)state;
	text_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_analyse_ordinary,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_sentences_lang,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_titles,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_initials,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_dotted,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_analyse_quotes_brackets, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_analyse_markup_offsets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_multibyte,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_token_kinds,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_blocks,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_analyse_empty,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_analyse_large_paragraph, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_dump_json,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_word_lists,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_word_lists_utf8,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_read_in_two_parts,
		    setup, teardown),
		cmocka_unit_test(test_text_free_null),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
