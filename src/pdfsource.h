/* SPDX-License-Identifier: MIT */
/*
 * --extract-source: write the source file embedded in a briefing back to
 * disk, byte for byte.  Reads the PDF with libqpdf, loaded only when this
 * runs (linking it would add ~4 ms to every build).
 */
#ifndef BRIEFING_PDFSOURCE_H
#define BRIEFING_PDFSOURCE_H

/*
 * Find the embedded file of pdf: the first entry of the catalog's
 * /Names /EmbeddedFiles name tree (kids followed) whose file
 * specification has /AFRelationship /Source, else the only embedded
 * file.  Write its bytes into dir (NULL: the working directory) under
 * the base name of its /UF (else /F) name, made safe: no directory
 * part, no "..", not empty, no control characters.  Written to a
 * temporary file and renamed; an existing file of that name is replaced
 * only if force is set, else an error.  On success returns 0 and sets
 * *written (g_free) to the path written.  On failure reports
 * "briefing: error: FILE: ..." (msg_at) and returns 1 for a problem
 * with the PDF (not a PDF, no attachment, damaged) or 2 for a problem
 * with the system (qpdf library missing, unwritable directory).
 */
int	pdfsource_extract(const char *pdf, const char *dir, int force,
	    char **written);

#endif
