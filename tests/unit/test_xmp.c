/* SPDX-License-Identifier: MIT */
/* Unit tests of xmp.c: the packet parsed back with GMarkup. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "xmp.h"

#define HEADER	"<?xpacket begin=\"\xEF\xBB\xBF\" " \
		"id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
#define TRAILER	"<?xpacket end=\"r\"?>"

/*
 * A parsed packet: each leaf element's text under its path below
 * rdf:Description ("dc:title/rdf:Alt/rdf:li"), attributes as
 * "path@attr"; every element name counted in names.
 */
struct parsed {
	GHashTable	*values;	/* char * -> char * */
	GHashTable	*names;		/* char * -> count */
	GPtrArray	*stack;		/* open element names */
	GString		*text;		/* of the innermost open element */
	int		 abouts;	/* rdf:Description with rdf:about="" */
	int		 pis;		/* processing instructions */
};

static const struct xmp_info full = {
	.title = "Putin\xE2\x80\x99s Visit",
	.author = "Ana N\xC3\xBA\xC3\xB1" "ez",
	.subject = "Pyongyang, June 2024",
	.keywords = "Russia, North Korea",
	.producer = "libharu 2.3.0",
	.creator_tool = "briefing 0.1.0",
	.date = "2024-06-17",
	.lang = "en-US",
	.doc_id = "uuid:0123abcd-0000-4000-8000-00000000beef"
};

/* The path of the open elements below rdf:Description, '/'-joined. */
static char *
path(const struct parsed *p)
{
	GString	*s = g_string_new(NULL);
	guint	 i;

	for (i = 3; i < p->stack->len; i++) {
		if (s->len > 0)
			g_string_append_c(s, '/');
		g_string_append(s, g_ptr_array_index(p->stack, i));
	}
	return g_string_free(s, FALSE);
}

static void
on_start(GMarkupParseContext *ctx, const char *name, const char **attr,
    const char **val, void *arg, GError **err)
{
	struct parsed	*p = arg;
	char		*key;
	int		 i;

	(void)ctx;
	(void)err;
	g_hash_table_replace(p->names, g_strdup(name),
	    GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(p->names,
	    name)) + 1));
	g_ptr_array_add(p->stack, g_strdup(name));
	g_string_truncate(p->text, 0);
	for (i = 0; attr[i] != NULL; i++) {
		if (strcmp(name, "rdf:Description") == 0 &&
		    strcmp(attr[i], "rdf:about") == 0 && *val[i] == '\0')
			p->abouts++;
		key = path(p);
		g_hash_table_replace(p->values, g_strdup_printf("%s@%s", key,
		    attr[i]), g_strdup(val[i]));
		g_free(key);
	}
}

static void
on_end(GMarkupParseContext *ctx, const char *name, void *arg, GError **err)
{
	struct parsed	*p = arg;

	(void)ctx;
	(void)name;
	(void)err;
	/* only leaves have text: a parent's was truncated by its child */
	if (p->stack->len > 3 && p->text->len > 0 &&
	    strspn(p->text->str, " \n") != p->text->len)
		g_hash_table_replace(p->values, path(p),
		    g_strdup(p->text->str));
	g_string_truncate(p->text, 0);
	g_ptr_array_remove_index(p->stack, p->stack->len - 1);
}

static void
on_text(GMarkupParseContext *ctx, const char *text, gsize len, void *arg,
    GError **err)
{
	struct parsed	*p = arg;

	(void)ctx;
	(void)err;
	g_string_append_len(p->text, text, len);
}

static void
on_passthrough(GMarkupParseContext *ctx, const char *text, gsize len,
    void *arg, GError **err)
{
	struct parsed	*p = arg;

	(void)ctx;
	(void)err;
	if (len > 2 && strncmp(text, "<?", 2) == 0)
		p->pis++;
}

static const GMarkupParser parser = {
	on_start, on_end, on_text, on_passthrough, NULL
};

/* The packet of in, asserted well-formed, parsed into *p. */
static char *
parse(const struct xmp_info *in, struct parsed *p)
{
	GMarkupParseContext	*ctx;
	GError			*err = NULL;
	char			*x;
	size_t			 len;

	x = xmp_packet(in, &len);
	assert_non_null(x);
	assert_int_equal(len, strlen(x));
	memset(p, 0, sizeof(*p));
	p->values = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	p->names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	p->stack = g_ptr_array_new_with_free_func(g_free);
	p->text = g_string_new(NULL);
	ctx = g_markup_parse_context_new(&parser, 0, p, NULL);
	if (!g_markup_parse_context_parse(ctx, x, len, &err) ||
	    !g_markup_parse_context_end_parse(ctx, &err))
		fail_msg("not well-formed: %s\n%s", err->message, x);
	g_markup_parse_context_free(ctx);
	assert_int_equal(p->stack->len, 0);
	return x;
}

static void
parsed_free(struct parsed *p)
{
	g_hash_table_destroy(p->values);
	g_hash_table_destroy(p->names);
	g_ptr_array_free(p->stack, TRUE);
	g_string_free(p->text, TRUE);
}

static const char *
value(const struct parsed *p, const char *key)
{
	return g_hash_table_lookup(p->values, key);
}

static int
count(const struct parsed *p, const char *name)
{
	return GPOINTER_TO_INT(g_hash_table_lookup(p->names, name));
}

static void
test_xmp_packet_values(void **state)
{
	struct parsed	 p;
	char		*x;

	(void)state;
	x = parse(&full, &p);
	assert_true(g_str_has_prefix(x, HEADER "\n"));
	assert_true(g_str_has_suffix(x, "\n" TRAILER));
	assert_int_equal(p.pis, 2);
	assert_int_equal(count(&p, "x:xmpmeta"), 1);
	assert_string_equal(value(&p, "@xmlns:x"), "adobe:ns:meta/");
	assert_int_equal(count(&p, "rdf:RDF"), 1);
	assert_int_equal(count(&p, "rdf:Description"), 5);
	assert_int_equal(p.abouts, 5);

	assert_string_equal(value(&p, "pdfaid:part"), "3");
	assert_string_equal(value(&p, "pdfaid:conformance"), "B");
	assert_string_equal(value(&p, "dc:format"), "application/pdf");
	assert_string_equal(value(&p, "dc:title/rdf:Alt/rdf:li"),
	    "Putin\xE2\x80\x99s Visit");
	assert_string_equal(value(&p, "dc:title/rdf:Alt/rdf:li@xml:lang"),
	    "x-default");
	assert_string_equal(value(&p, "dc:creator/rdf:Seq/rdf:li"),
	    "Ana N\xC3\xBA\xC3\xB1" "ez");
	assert_string_equal(value(&p, "dc:description/rdf:Alt/rdf:li"),
	    "Pyongyang, June 2024");
	assert_string_equal(value(&p,
	    "dc:description/rdf:Alt/rdf:li@xml:lang"), "x-default");
	assert_string_equal(value(&p, "dc:language/rdf:Bag/rdf:li"),
	    "en-US");
	assert_string_equal(value(&p, "pdf:Producer"), "libharu 2.3.0");
	assert_string_equal(value(&p, "pdf:Keywords"), "Russia, North Korea");
	assert_string_equal(value(&p, "xmp:CreatorTool"), "briefing 0.1.0");
	assert_string_equal(value(&p, "xmp:CreateDate"),
	    "2024-06-17T00:00:00Z");
	assert_string_equal(value(&p, "xmp:ModifyDate"),
	    "2024-06-17T00:00:00Z");
	assert_string_equal(value(&p, "xmp:MetadataDate"),
	    "2024-06-17T00:00:00Z");
	assert_string_equal(value(&p, "xmpMM:DocumentID"), full.doc_id);
	assert_string_equal(value(&p, "xmpMM:InstanceID"), full.doc_id);

	/* each prefix declared on its own rdf:Description */
	assert_string_equal(value(&p, "@xmlns:pdfaid"),
	    "http://www.aiim.org/pdfa/ns/id/");
	assert_string_equal(value(&p, "@xmlns:dc"),
	    "http://purl.org/dc/elements/1.1/");
	assert_string_equal(value(&p, "@xmlns:pdf"),
	    "http://ns.adobe.com/pdf/1.3/");
	assert_string_equal(value(&p, "@xmlns:xmp"),
	    "http://ns.adobe.com/xap/1.0/");
	assert_string_equal(value(&p, "@xmlns:xmpMM"),
	    "http://ns.adobe.com/xap/1.0/mm/");
	parsed_free(&p);
	g_free(x);
}

static void
test_xmp_packet_escaping(void **state)
{
	struct xmp_info	 in = full;
	struct parsed	 p;
	char		*x;

	(void)state;
	in.title = "A & B <c>";
	in.author = "\"Q\" & 'R'";
	in.keywords = "x>y, a&amp;b";
	x = parse(&in, &p);
	assert_non_null(strstr(x, "A &amp; B &lt;c&gt;"));
	assert_null(strstr(x, "<c>"));
	assert_string_equal(value(&p, "dc:title/rdf:Alt/rdf:li"),
	    "A & B <c>");
	assert_string_equal(value(&p, "dc:creator/rdf:Seq/rdf:li"),
	    "\"Q\" & 'R'");
	/* an entity in the input is text, not markup */
	assert_string_equal(value(&p, "pdf:Keywords"), "x>y, a&amp;b");
	parsed_free(&p);
	g_free(x);
}

static void
test_xmp_packet_null_fields(void **state)
{
	struct xmp_info	 in = { 0 };
	struct parsed	 p;
	char		*x;

	(void)state;
	in.title = "Only a title";
	in.producer = "libharu";
	x = parse(&in, &p);
	assert_string_equal(value(&p, "dc:title/rdf:Alt/rdf:li"),
	    "Only a title");
	assert_string_equal(value(&p, "pdf:Producer"), "libharu");
	assert_string_equal(value(&p, "pdfaid:part"), "3");
	assert_string_equal(value(&p, "pdfaid:conformance"), "B");
	assert_string_equal(value(&p, "dc:format"), "application/pdf");
	assert_int_equal(count(&p, "dc:creator"), 0);
	assert_int_equal(count(&p, "dc:description"), 0);
	assert_int_equal(count(&p, "dc:language"), 0);
	assert_int_equal(count(&p, "pdf:Keywords"), 0);
	assert_int_equal(count(&p, "xmp:CreatorTool"), 0);
	assert_int_equal(count(&p, "xmp:CreateDate"), 0);
	assert_int_equal(count(&p, "xmp:ModifyDate"), 0);
	assert_int_equal(count(&p, "xmp:MetadataDate"), 0);
	assert_int_equal(count(&p, "xmpMM:DocumentID"), 0);
	assert_int_equal(count(&p, "xmpMM:InstanceID"), 0);
	/* no empty rdf:Description for xmp: and xmpMM: */
	assert_int_equal(count(&p, "rdf:Description"), 3);
	assert_null(strstr(x, "xmlns:xmpMM"));
	assert_null(strstr(x, "xmlns:xmp="));
	parsed_free(&p);
	g_free(x);
}

static void
test_xmp_packet_date_only(void **state)
{
	struct xmp_info	 in = { 0 };
	struct parsed	 p;
	char		*x;

	(void)state;
	in.title = "T";
	in.producer = "P";
	in.date = "2024-06-17";
	x = parse(&in, &p);
	assert_string_equal(value(&p, "xmp:CreateDate"),
	    "2024-06-17T00:00:00Z");
	assert_int_equal(count(&p, "xmp:CreatorTool"), 0);
	assert_int_equal(count(&p, "rdf:Description"), 4);
	parsed_free(&p);
	g_free(x);
	/* a time of day (SOURCE_DATE_EPOCH) is kept to the second */
	in.date = "2024-06-17T13:45:09Z";
	x = parse(&in, &p);
	assert_string_equal(value(&p, "xmp:ModifyDate"),
	    "2024-06-17T13:45:09Z");
	parsed_free(&p);
	g_free(x);
}

static void
test_xmp_packet_bad_date(void **state)
{
	static const char *const bad[] = {
		"2024-6-17", "2024-06-17T12:00:00", "June 17", "",
		"2024-06-1x", "2024-06-17T12:00:00+02:00",
		"2024-06-17 12:00:00Z"
	};
	struct xmp_info	 in = full;
	struct parsed	 p;
	char		*x;
	size_t		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		in.date = bad[i];
		x = parse(&in, &p);
		assert_int_equal(count(&p, "xmp:CreateDate"), 0);
		assert_int_equal(count(&p, "xmp:ModifyDate"), 0);
		assert_int_equal(count(&p, "xmp:MetadataDate"), 0);
		assert_string_equal(value(&p, "xmp:CreatorTool"),
		    "briefing 0.1.0");
		parsed_free(&p);
		g_free(x);
	}
}

static void
test_xmp_packet_deterministic(void **state)
{
	char	*a, *b;
	size_t	 alen, blen;

	(void)state;
	a = xmp_packet(&full, &alen);
	b = xmp_packet(&full, &blen);
	assert_int_equal(alen, blen);
	assert_memory_equal(a, b, alen);
	/* the caller's date only: no clock, no host */
	assert_null(strstr(a, "T00:00:00+"));
	g_free(a);
	g_free(b);
}

static void
test_xmp_packet_control_chars(void **state)
{
	struct xmp_info	 in = full;
	struct parsed	 p;
	char		*x, *c;

	(void)state;
	in.title = "a\x01" "b\x1f" "c\td\ne\rf\x7f";
	in.author = "\x1b[31mred\x1b[0m";
	in.subject = "bad \xff byte";
	in.keywords = "non\xEF\xBF\xBE" "char";		/* U+FFFE */
	x = parse(&in, &p);
	for (c = x; *c != '\0'; c++)
		assert_true((unsigned char)*c >= 0x20 || *c == '\t' ||
		    *c == '\n');
	assert_string_equal(value(&p, "dc:title/rdf:Alt/rdf:li"),
	    "abc\td\nef\x7f");
	assert_string_equal(value(&p, "dc:creator/rdf:Seq/rdf:li"),
	    "[31mred[0m");
	assert_string_equal(value(&p, "dc:description/rdf:Alt/rdf:li"),
	    "bad \xEF\xBF\xBD byte");
	assert_string_equal(value(&p, "pdf:Keywords"), "nonchar");
	assert_true(g_utf8_validate(x, -1, NULL));
	parsed_free(&p);
	g_free(x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xmp_packet_values),
		cmocka_unit_test(test_xmp_packet_escaping),
		cmocka_unit_test(test_xmp_packet_null_fields),
		cmocka_unit_test(test_xmp_packet_date_only),
		cmocka_unit_test(test_xmp_packet_bad_date),
		cmocka_unit_test(test_xmp_packet_deterministic),
		cmocka_unit_test(test_xmp_packet_control_chars),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
