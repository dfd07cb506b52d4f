/* SPDX-License-Identifier: MIT */
/* The CAMEO codes and the polarity of their Goldstein values. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "cameo.h"

/* Exact codes, a finer code found by its root, codes that are not
 * CAMEO. */
static void
test_cameo_find(void **state)
{
	const struct cameo *c;

	(void)state;
	c = cameo_find("057");
	assert_non_null(c);
	assert_string_equal(c->code, "057");
	assert_true(c->goldstein > 7.9);
	/* not listed: its root's value */
	c = cameo_find("195");
	assert_non_null(c);
	assert_string_equal(c->code, "19");
	assert_true(c->goldstein < -9.9);
	assert_non_null(cameo_find("01"));
	assert_non_null(cameo_find("20"));
	assert_null(cameo_find("21"));
	assert_null(cameo_find("00"));
	assert_null(cameo_find("5"));
	assert_null(cameo_find("0571"));
	assert_null(cameo_find("x4"));
	assert_null(cameo_find(""));
	assert_null(cameo_find(NULL));
}

/* Every root is known, and the scale orders them: consulting is
 * cooperative, a statement neutral, fighting hostile. */
static void
test_cameo_scale(void **state)
{
	char	 code[3];
	int	 i;

	(void)state;
	for (i = 1; i <= 20; i++) {
		code[0] = (char)('0' + i / 10);
		code[1] = (char)('0' + i % 10);
		code[2] = '\0';
		assert_non_null(cameo_find(code));
		assert_true(cameo_find(code)->goldstein >= -10.0 &&
		    cameo_find(code)->goldstein <= 10.0);
	}
	assert_int_equal(cameo_polarity(cameo_find("04")->goldstein),
	    POL_COOPERATIVE);
	assert_int_equal(cameo_polarity(cameo_find("01")->goldstein),
	    POL_NEUTRAL);
	assert_int_equal(cameo_polarity(cameo_find("112")->goldstein),
	    POL_HOSTILE);
	assert_int_equal(cameo_polarity(cameo_find("085")->goldstein),
	    POL_COOPERATIVE);
	assert_int_equal(cameo_polarity(0.9), POL_NEUTRAL);
	assert_int_equal(cameo_polarity(-0.9), POL_NEUTRAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cameo_find),
		cmocka_unit_test(test_cameo_scale),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
