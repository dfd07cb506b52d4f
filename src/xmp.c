/* SPDX-License-Identifier: MIT */
/* The XMP metadata packet of a PDF/A-3b briefing. */
#include <string.h>

#include <glib.h>

#include "xmp.h"

/* The id every xpacket header carries (XMP Specification Part 1, 7.3.2). */
#define XMP_PACKET_ID	"W5M0MpCehiHzreSzNTczkc9d"

static void	 put_text(GString *, const char *);
static void	 put_leaf(GString *, const char *, const char *);
static void	 put_list(GString *, const char *, const char *,
		    const char *, int);
static int	 is_date(const char *);

char *
xmp_packet(const struct xmp_info *in, size_t *len)
{
	GString	*s = g_string_new(NULL);
	char	*date = NULL;

	/* A malformed date would make the packet invalid PDF/A: none. */
	if (in->date != NULL && is_date(in->date))
		date = strlen(in->date) == 10 ? g_strconcat(in->date,
		    "T00:00:00Z", NULL) : g_strdup(in->date);

	g_string_append(s, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\""
	    XMP_PACKET_ID "\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    " <rdf:RDF xmlns:rdf="
	    "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

	if (!in->no_pdfa) {
		g_string_append(s, "  <rdf:Description rdf:about=\"\" "
		    "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
		put_leaf(s, "pdfaid:part", "3");
		put_leaf(s, "pdfaid:conformance", "B");
		g_string_append(s, "  </rdf:Description>\n");
	}
	if (in->pdfua) {
		g_string_append(s, "  <rdf:Description rdf:about=\"\" "
		    "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
		put_leaf(s, "pdfuaid:part", "1");
		g_string_append(s, "  </rdf:Description>\n");
	}

	g_string_append(s, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
	put_leaf(s, "dc:format", "application/pdf");
	put_list(s, "dc:title", "rdf:Alt", in->title, 1);
	put_list(s, "dc:creator", "rdf:Seq", in->author, 0);
	put_list(s, "dc:description", "rdf:Alt", in->subject, 1);
	put_list(s, "dc:language", "rdf:Bag", in->lang, 0);
	g_string_append(s, "  </rdf:Description>\n");

	g_string_append(s, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
	put_leaf(s, "pdf:Producer", in->producer);
	put_leaf(s, "pdf:Keywords", in->keywords);
	g_string_append(s, "  </rdf:Description>\n");

	/* An empty rdf:Description is valid RDF, but says nothing. */
	if (in->creator_tool != NULL || date != NULL) {
		g_string_append(s, "  <rdf:Description rdf:about=\"\" "
		    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
		put_leaf(s, "xmp:CreatorTool", in->creator_tool);
		put_leaf(s, "xmp:CreateDate", date);
		put_leaf(s, "xmp:ModifyDate", date);
		put_leaf(s, "xmp:MetadataDate", date);
		g_string_append(s, "  </rdf:Description>\n");
	}
	if (in->doc_id != NULL) {
		/* One rendition of one document: both IDs are the same. */
		g_string_append(s, "  <rdf:Description rdf:about=\"\" "
		    "xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
		put_leaf(s, "xmpMM:DocumentID", in->doc_id);
		put_leaf(s, "xmpMM:InstanceID", in->doc_id);
		g_string_append(s, "  </rdf:Description>\n");
	}

	/* No padding: the packet is written once and never edited in place. */
	g_string_append(s, " </rdf:RDF>\n"
	    "</x:xmpmeta>\n"
	    "<?xpacket end=\"r\"?>");
	g_free(date);
	if (len != NULL)
		*len = s->len;
	return g_string_free(s, FALSE);
}

/*
 * Append text as XML character data: the markup characters escaped, and
 * what XML 1.0 cannot carry at all (C0 controls but tab and newline,
 * U+FFFE, U+FFFF) dropped.  Invalid UTF-8 becomes U+FFFD first, so that
 * one bad byte cannot make the whole packet ill-formed.
 */
static void
put_text(GString *s, const char *text)
{
	char		*valid = g_utf8_make_valid(text, -1);
	const char	*p, *next;
	gunichar	 c;

	for (p = valid; *p != '\0'; p = next) {
		c = g_utf8_get_char(p);
		next = g_utf8_next_char(p);
		if ((c < 0x20 && c != '\t' && c != '\n') ||
		    c == 0xFFFE || c == 0xFFFF)
			continue;
		switch (c) {
		case '&':
			g_string_append(s, "&amp;");
			break;
		case '<':
			g_string_append(s, "&lt;");
			break;
		case '>':
			g_string_append(s, "&gt;");
			break;
		case '"':
			g_string_append(s, "&quot;");
			break;
		default:
			g_string_append_len(s, p, next - p);
			break;
		}
	}
	g_free(valid);
}

/* <name>value</name> on a line of its own; nothing if value is NULL. */
static void
put_leaf(GString *s, const char *name, const char *value)
{
	if (value == NULL)
		return;
	g_string_append_printf(s, "   <%s>", name);
	put_text(s, value);
	g_string_append_printf(s, "</%s>\n", name);
}

/*
 * A property whose value is an RDF container (kind: rdf:Alt, rdf:Seq,
 * rdf:Bag) of one item; lang marks the item x-default, as language
 * alternatives require.  Nothing if value is NULL.
 */
static void
put_list(GString *s, const char *name, const char *kind, const char *value,
    int lang)
{
	if (value == NULL)
		return;
	g_string_append_printf(s, "   <%s>\n    <%s>\n     <rdf:li%s>", name,
	    kind, lang ? " xml:lang=\"x-default\"" : "");
	put_text(s, value);
	g_string_append_printf(s, "</rdf:li>\n    </%s>\n   </%s>\n", kind,
	    name);
}

/* 1 if d has the shape YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (the range
 * is the caller's business). */
static int
is_date(const char *d)
{
	static const char	shape[] = "dddd-dd-ddTdd:dd:ddZ";
	size_t			i, n = strlen(d);

	if (n != 10 && n != sizeof(shape) - 1)
		return 0;
	for (i = 0; i < n; i++)
		if (shape[i] == 'd' ? !g_ascii_isdigit(d[i]) : d[i] != shape[i])
			return 0;
	return 1;
}
