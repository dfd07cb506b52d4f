/* SPDX-License-Identifier: MIT */
/*
 * The CAMEO codes the cue lexicon uses, with their Goldstein values
 * (cameo.h).  Every root class is listed; finer codes only where their
 * value differs from their root's and a cue needs them.
 */
#include <string.h>

#include "cameo.h"

static const struct cameo codes[] = {
	{ "01", "make public statement", 0.0 },
	{ "02", "appeal", 3.0 },
	{ "03", "express intent to cooperate", 4.0 },
	{ "04", "consult", 1.0 },
	{ "042", "make a visit", 1.9 },
	{ "043", "host a visit", 2.8 },
	{ "045", "mediate", 5.0 },
	{ "046", "engage in negotiation", 7.0 },
	{ "05", "engage in diplomatic cooperation", 3.5 },
	{ "051", "praise or endorse", 3.4 },
	{ "054", "grant diplomatic recognition", 6.0 },
	{ "055", "apologize", 7.0 },
	{ "057", "sign formal agreement", 8.0 },
	{ "06", "engage in material cooperation", 6.0 },
	{ "061", "cooperate economically", 6.4 },
	{ "062", "cooperate militarily", 7.4 },
	{ "07", "provide aid", 7.0 },
	{ "072", "provide military aid", 8.3 },
	{ "075", "grant asylum", 7.0 },
	{ "08", "yield", 5.0 },
	{ "084", "return, release", 7.0 },
	{ "085", "ease economic sanctions, boycott, embargo", 7.0 },
	{ "087", "de-escalate military engagement", 9.0 },
	{ "09", "investigate", -2.0 },
	{ "10", "demand", -5.0 },
	{ "11", "disapprove", -2.0 },
	{ "111", "criticize or denounce", -2.0 },
	{ "112", "accuse", -2.0 },
	{ "12", "reject", -4.0 },
	{ "13", "threaten", -6.0 },
	{ "14", "protest", -6.5 },
	{ "15", "exhibit force posture", -7.2 },
	{ "16", "reduce relations", -4.0 },
	{ "161", "reduce or break diplomatic relations", -4.0 },
	{ "163", "impose embargo, boycott, or sanctions", -8.0 },
	{ "166", "expel or withdraw", -7.0 },
	{ "17", "coerce", -7.0 },
	{ "173", "arrest, detain", -5.0 },
	{ "174", "expel or deport individuals", -5.0 },
	{ "18", "assault", -9.0 },
	{ "181", "abduct, hijack, or take hostage", -9.0 },
	{ "19", "fight", -10.0 },
	{ "192", "occupy territory", -9.5 },
	{ "20", "use unconventional mass violence", -10.0 },
};

const struct cameo *
cameo_find(const char *code)
{
	char	 root[3];
	size_t	 n, i;
	int	 r;

	if (code == NULL || ((n = strlen(code)) != 2 && n != 3) ||
	    strspn(code, "0123456789") != n)
		return NULL;
	r = (code[0] - '0') * 10 + (code[1] - '0');
	if (r < 1 || r > 20)
		return NULL;
	for (i = 0; i < G_N_ELEMENTS(codes); i++)
		if (strcmp(codes[i].code, code) == 0)
			return &codes[i];
	root[0] = code[0];
	root[1] = code[1];
	root[2] = '\0';
	for (i = 0; i < G_N_ELEMENTS(codes); i++)
		if (strcmp(codes[i].code, root) == 0)
			return &codes[i];
	return NULL;
}

enum polarity
cameo_polarity(double goldstein)
{
	return goldstein >= 1.0 ? POL_COOPERATIVE : goldstein <= -1.0 ?
	    POL_HOSTILE : POL_NEUTRAL;
}
