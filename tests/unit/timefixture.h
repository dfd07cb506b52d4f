/* SPDX-License-Identifier: MIT */
/*
 * The fixture of the time layer's tests: a text analysed from a body and
 * a document date (NULL: none), without a gazetteer, and the time whose
 * analysed text is s.  Include after docfixture.h.
 */
#ifndef BRIEFING_TEST_TIMEFIXTURE_H
#define BRIEFING_TEST_TIMEFIXTURE_H

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

G_GNUC_UNUSED static void
analyse(const char *docdate, const char *md)
{
	char	*s;

	text_free(txt);
	doc_free(doc);
	source_free(src);
	s = docdate != NULL ? g_strdup_printf("---\ndate: %s\n---\n\n%s\n",
	    docdate, md) : g_strdup_printf("%s\n", md);
	read_doc(s);
	g_free(s);
	txt = text_analyse(doc, src, NULL);
	assert_non_null(txt);
}

/* The time whose analysed text is s, or NULL. */
G_GNUC_UNUSED static const struct text_time *
find(const char *s)
{
	const struct text_time *tm;
	guint	 i;

	for (i = 0; i < txt->times->len; i++) {
		tm = text_time(txt, i);
		if (tm->tend - tm->tstart == strlen(s) &&
		    memcmp(txt->str->str + tm->tstart, s, strlen(s)) == 0)
			return tm;
	}
	return NULL;
}

#endif
