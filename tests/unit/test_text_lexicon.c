/* SPDX-License-Identifier: MIT */
/* Unit tests of the English lexicon of the text layer. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "text_lexicon.h"

static unsigned
cls(const char *w)
{
	return TL_CLS(text_lex_class(w, strlen(w)));
}

static unsigned
forms(const char *w)
{
	return text_lex_forms(w, strlen(w));
}

static unsigned
word(const char *w, unsigned how)
{
	return text_lex_word(w, strlen(w), how);
}

/* Closed classes, in any case. */
static void
test_text_lex_closed(void **state)
{
	(void)state;
	assert_int_equal(cls("the"), TL_DET);
	assert_int_equal(cls("They"), TL_PRON);
	assert_int_equal(cls("between"), TL_PREP);
	assert_int_equal(cls("because"), TL_SUB);
	assert_int_equal(cls("which"), TL_REL);
	assert_int_equal(cls("hasn't"), TL_HAVE);
	assert_int_equal(cls("won\xE2\x80\x99t"), TL_MODAL);
	assert_int_equal(cls("so"), TL_ADV);
	assert_int_equal(text_lex_class("zebra", 5), 0);
	assert_int_equal(text_lex_class("", 0), 0);
}

/* Regular inflection, doubled consonants, irregular forms, flags. */
static void
test_text_lex_verbs(void **state)
{
	(void)state;
	assert_true(forms("bans") & TLV_S);
	assert_true(forms("banned") & TLV_PAST);
	assert_true(forms("banning") & TLV_ING);
	assert_true(forms("occupies") & TLV_S);
	assert_true(forms("occupied") & TLV_PPART);
	assert_true(forms("dying") & TLV_ING);
	assert_true(forms("wrote") & TLV_PAST);
	assert_false(forms("wrote") & TLV_PPART);
	assert_true(forms("written") & TLV_PPART);
	assert_true(forms("cut") & TLV_PAST);
	assert_true(forms("cut") & TLV_BASE);
	assert_true(forms("said") & TLV_SPEECH);
	assert_true(forms("told") & TLV_DATIVE);
	assert_false(forms("said") & TLV_DATIVE);
	assert_true(forms("plans") & TLV_SCHED);
	assert_true(forms("hoping") & TLV_WANT);
	/* an attempt or a start happened; a wish did not */
	assert_true(forms("tried") & TLV_ASPECT);
	assert_false(forms("tried") & TLV_WANT);
	assert_true(forms("began") & TLV_ASPECT);
	assert_true(forms("managed") & TLV_ASPECT);
	assert_false(forms("wanted") & TLV_ASPECT);
	/* decisions report what they decide */
	assert_true(forms("decided") & TLV_SPEECH);
	assert_true(forms("vowed") & TLV_SPEECH);
	/* having tells a state; causing passes the act on */
	assert_true(forms("held") & TLV_STATE);
	assert_false(forms("signed") & TLV_STATE);
	assert_true(forms("forced") & TLV_CAUSE);
	assert_true(forms("forced") & TLV_IMPL);
	assert_true(forms("urged") & TLV_CAUSE);
	assert_false(forms("urged") & TLV_IMPL);
	assert_true(forms("allows") & TLV_PERMIT);
	assert_true(forms("compelled") & TLV_IMPL);
	/* verbs of news prose */
	assert_true(forms("retook") & TLV_PAST);
	assert_true(forms("kidnapped") & TLV_PPART);
	assert_true(forms("caution") & TLV_SPEECH);
	assert_int_equal(forms("the"), 0);
}

/* Unlisted words by their endings; the exceptions. */
static void
test_text_lex_guess(void **state)
{
	(void)state;
	assert_int_equal(text_lex_guess("bombarded", 9),
	    TL_BITS(TL_OPEN, TLV_PAST | TLV_PPART | TLV_GUESS));
	assert_int_equal(text_lex_guess("shelling", 8),
	    TL_BITS(TL_OPEN, TLV_ING | TLV_GUESS));
	assert_int_equal(TL_CLS(text_lex_guess("swiftly", 7)), TL_ADV);
	assert_int_equal(text_lex_guess("hundred", 7), TL_BITS(TL_OPEN, 0));
	assert_int_equal(text_lex_guess("building", 8), TL_BITS(TL_OPEN, 0));
	/* "-eed" is no past: "greed", "steed" */
	assert_int_equal(text_lex_guess("steed", 5), TL_BITS(TL_OPEN, 0));
	/* a word kept from the guess is still no listed word, and a verb
	 * kept from it keeps its forms */
	assert_int_equal(text_lex_class("hundred", 7), 0);
	assert_int_equal(text_lex_forms("hundred", 7), 0);
	assert_int_equal(word("hundred", 0), TL_BITS(TL_OPEN, 0));
	assert_int_equal(text_lex_guess("Wicked", 6), TL_BITS(TL_OPEN, 0));
	assert_true(forms("led") & TLV_PAST);
	assert_true(forms("brings") & TLV_S);
	assert_int_equal(text_lex_guess("bring", 5), TL_BITS(TL_OPEN, 0));
}

/* Capitals: names inside a sentence, words at its start, acronyms,
 * months; a headline in title case says nothing. */
static void
test_text_lex_word(void **state)
{
	(void)state;
	assert_int_equal(TL_CLS(word("Chad", 0)), TL_NAME);
	assert_int_equal(TL_CLS(word("Will", 0)), TL_NAME);
	assert_int_equal(TL_CLS(word("Will", TLW_INITIAL)), TL_MODAL);
	assert_int_equal(TL_CLS(word("The", TLW_INITIAL)), TL_DET);
	assert_int_equal(TL_CLS(word("UN", TLW_INITIAL)), TL_NAME);
	assert_int_equal(TL_CLS(word("March", 0)), TL_TIME);
	/* a month has its capital: "the march" */
	assert_int_equal(TL_CLS(word("march", 0)), TL_OPEN);
	assert_true(TL_FORMS(word("march", 0)) & TLV_BASE);
	assert_int_equal(TL_CLS(word("Signs", TLW_TITLE)), TL_OPEN);
	assert_true(TL_FORMS(word("Signs", TLW_TITLE)) & TLV_S);
	assert_int_equal(TL_CLS(word("Signs", 0)), TL_NAME);
	/* too long for a key: by its capital */
	assert_int_equal(TL_CLS(word("Pneumonoultramicroscopicsilicovolcano",
	    0)), TL_NAME);
	assert_true(text_lex_quote("\xE2\x80\x9C", 3));
	assert_true(text_lex_quote("\"", 1));
	assert_false(text_lex_quote("-", 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_lex_closed),
		cmocka_unit_test(test_text_lex_verbs),
		cmocka_unit_test(test_text_lex_guess),
		cmocka_unit_test(test_text_lex_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
