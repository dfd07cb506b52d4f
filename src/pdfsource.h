/* SPDX-License-Identifier: MIT */
/*
 * --extract-source: write the source file embedded in a briefing back to
 * disk, byte for byte.  The PDF is untrusted input.  Reads it with
 * libqpdf, loaded only when this runs (linking it would add ~4 ms to
 * every build), and inflates the file itself with zlib.  Included by
 * main and by the fuzzing harness (tests/fuzz/fuzz_extract.c).
 */
#ifndef BRIEFING_PDFSOURCE_H
#define BRIEFING_PDFSOURCE_H

#include <glib.h>

/*
 * Find the embedded file of pdf: the first entry of the catalog's
 * /Names /EmbeddedFiles name tree (kids followed), else of its /AF
 * array, whose file specification has /AFRelationship /Source, else the
 * only embedded file.
 *
 * Name: the base name of its /UF (else /F).  Refused (1, "PDF: error:
 * unsafe attachment name 'NAME'", the bad characters shown as \uXXXX or
 * \xXX) if it is empty or starts with a dot, or has a backslash, bytes
 * that are not UTF-8, a NUL, or control, format (bidi controls such as
 * U+202E among them) or line separator characters anywhere.
 *
 * Data: the stream's raw bytes (at most the PDF's size) go through its
 * /Filter, none or /FlateDecode up to 8 times chained, inflated a chunk
 * at a time and written as they come: memory stays near the PDF's size
 * whatever the file's.  Another filter or a /DecodeParms predictor: 1,
 * "unsupported filter '/X'".  More than max_size decoded bytes (0: 64
 * MiB), or a /Params /Size above it: 1, "embedded file is larger than N
 * bytes (--max-size)", after removing what was written.  Compressed
 * data that does not inflate to its end: 1, "damaged PDF".
 *
 * Written into dir (NULL: the working directory) through fileio.h: a
 * temporary file beside the target, mode 0644 less the umask, renamed
 * over it when complete and removed on failure or SIGINT/SIGTERM.  An
 * existing file or symlink there is an error (2) unless force is set;
 * with force a symlink is itself replaced, never followed.
 *
 * On success returns 0 and sets *written (g_free) to the path written.
 * On failure reports through msg_at and returns 1 for a problem with
 * the PDF (not a PDF, no attachment, unsafe name, filter, size,
 * damaged) or 2 for a problem with the system (qpdf library missing,
 * unwritable directory, target exists).
 */
int	pdfsource_extract(const char *pdf, const char *dir, int force,
	    guint64 max_size, char **written);

#endif
