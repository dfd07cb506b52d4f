/* SPDX-License-Identifier: MIT */
/*
 * cmocka group setup and teardown for tests that measure or draw text:
 * the fonts module on the project's fonts/ (tests run from the top of
 * the tree).
 */
#ifndef BRIEFING_TEST_FONTSETUP_H
#define BRIEFING_TEST_FONTSETUP_H

#include "fonts.h"

static int
setup(void **state)
{
	(void)state;
	g_setenv("BRIEFING_FONTDIR", "fonts", TRUE);
	return fonts_init(NULL);
}

static int
teardown(void **state)
{
	(void)state;
	fonts_done();
	return 0;
}

#endif
