/* SPDX-License-Identifier: MIT */
/*
 * The XMP metadata packet of a PDF/A-3b briefing: the same facts as the
 * PDF's info dictionary, in the form PDF/A asks for.  Plain strings in,
 * one packet out; no library types.
 */
#ifndef BRIEFING_XMP_H
#define BRIEFING_XMP_H

#include <stddef.h>

struct xmp_info {
	const char	*title;		/* dc:title (x-default); required */
	const char	*author;	/* dc:creator (one rdf:Seq item) or NULL */
	const char	*subject;	/* dc:description or NULL */
	const char	*keywords;	/* pdf:Keywords or NULL */
	const char	*producer;	/* pdf:Producer; required */
	const char	*creator_tool;	/* xmp:CreatorTool or NULL */
	const char	*date;		/* xmp:CreateDate and ModifyDate,
					 * "YYYY-MM-DD" (midnight UTC),
					 * "YYYY-MM-DDTHH:MM:SSZ" or NULL */
	const char	*lang;		/* dc:language item, e.g. "en-US", or
					 * NULL */
	const char	*doc_id;	/* xmpMM:DocumentID as "uuid:..." from
					 * 32 hex digits, or NULL */
	int		 no_pdfa;	/* leave the PDF/A claim out */
	int		 pdfua;		/* claim PDF/UA-1 (pdfuaid:part) */
};

/*
 * The packet, UTF-8, with the xpacket header (BOM, the standard id) and
 * trailer (end="r"), pdfaid:part 3 and pdfaid:conformance B (unless
 * no_pdfa), pdfuaid:part 1 (if pdfua); every text
 * XML-escaped; no padding; deterministic.  Dates are written as
 * "YYYY-MM-DDTHH:MM:SSZ" to match the info dictionary's D:YYYYMMDDHHMMSSZ.
 * Returns a new string (g_free), its length in *len.
 */
char	*xmp_packet(const struct xmp_info *in, size_t *len);

#endif
