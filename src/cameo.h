/* SPDX-License-Identifier: MIT */
/*
 * CAMEO, the event coding of political event data (Conflict and
 * Mediation Event Observations: 20 root classes from "make public
 * statement" to "use unconventional mass violence", with finer codes
 * below them), and the Goldstein scale that rates each code from -10
 * (most hostile) to +10 (most cooperative).  The codes, their names and
 * their values are facts of the taxonomy; the cue lexicon
 * (assets/cues.tsv) maps its cues onto them.  The lowest layer of the
 * relations: it calls nothing of the project.
 */
#ifndef BRIEFING_CAMEO_H
#define BRIEFING_CAMEO_H

#include "graph.h"

struct cameo {
	const char	*code;		/* "057", "19" */
	const char	*name;		/* "sign formal agreement" */
	double		 goldstein;	/* -10 .. +10 */
};

/* The code's entry: an exact code of the table, else its root ("163"
 * not listed: "16"); NULL for a code that is not CAMEO (not 2 or 3
 * digits, root outside 01..20). */
const struct cameo *cameo_find(const char *code);

/* The polarity of a Goldstein value: cooperative from +1, hostile from
 * -1, neutral between (statements, comments). */
enum polarity	 cameo_polarity(double goldstein);

#endif
