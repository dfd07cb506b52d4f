/* SPDX-License-Identifier: MIT */
/* Unit tests of the clause stage of the text layer (English). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "capture.h"
#include "doc.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

static struct text	*txt;

/* Expected clause; "*" checks nothing, NULL expects no span. */
struct want {
	enum text_clause_kind kind;
	const char	*subj, *verb, *obj;
	enum text_tense	 tense;
	enum text_modality mod;
	int		 neg, pass;
	int		 parent;	/* index in the sentence, -1 */
};

struct row {
	const char	*text;
	guint		 n;		/* clauses */
	struct want	 c[3];
};

#define MAIN	TC_MAIN
#define SUB	TC_SUBORD
#define REL	TC_RELATIVE
#define REP	TC_REPORTED
#define NF	TC_NONFINITE
#define PAST	TT_PAST
#define PRES	TT_PRESENT
#define FUT	TT_FUTURE
#define NONE	TT_NONE

static const struct row rows[] = {
	{ "On Tuesday, the minister resigned.", 1, {
	    { MAIN, "the minister", "resigned", NULL, PAST, 0, 0, 0, -1 } } },
	{ "Russia annexed Crimea in 2014.", 1, {
	    { MAIN, "Russia", "annexed", "Crimea", PAST, 0, 0, 0, -1 } } },
	/* "that" before a time is a demonstrative, not a clause */
	{ "That night she left the country.", 1, {
	    { MAIN, "she", "left", "the country", PAST, 0, 0, 0, -1 } } },
	{ "The rebels fled, and that afternoon the mayor resigned.", 2, {
	    { MAIN, "The rebels", "fled", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, "the mayor", "resigned", NULL, PAST, 0, 0, 0, -1 } } },
	{ "That evening the envoy flew home.", 1, {
	    { MAIN, "the envoy", "flew", "home", PAST, 0, 0, 0, -1 } } },
	/* a place's preposition inside the subject */
	{ "A fire at a warehouse near Lyon destroyed the stock.", 1, {
	    { MAIN, "A fire at a warehouse near Lyon", "destroyed",
	    "the stock", PAST, 0, 0, 0, -1 } } },
	{ "The government has signed a new agreement with the union.", 1, {
	    { MAIN, "The government", "has signed", "a new agreement", PRES,
	    0, 0, 0, -1 } } },
	{ "The bridge was destroyed by shelling.", 1, {
	    { MAIN, "The bridge", "was destroyed", NULL, PAST, 0, 0, 1,
	    -1 } } },
	{ "A new constitution has been adopted.", 1, {
	    { MAIN, "A new constitution", "has been adopted", NULL, PRES, 0,
	    0, 1, -1 } } },
	{ "The president will visit Japan next week.", 1, {
	    { MAIN, "The president", "will visit", "Japan", FUT, 0, 0, 0,
	    -1 } } },
	{ "The summit is due to take place in Geneva.", 1, {
	    { MAIN, "The summit", "is due to take", "place", FUT,
	    TMOD_SCHEDULED, 0, 0, -1 } } },
	{ "Talks are expected to resume in March.", 1, {
	    { MAIN, "Talks", "are expected to resume", NULL, FUT,
	    TMOD_SCHEDULED, 0, 0, -1 } } },
	{ "The company plans to open a factory in Ohio.", 1, {
	    { MAIN, "The company", "plans to open", "a factory", FUT,
	    TMOD_SCHEDULED, 0, 0, -1 } } },
	{ "The rebels want to seize the capital.", 1, {
	    { MAIN, "The rebels", "want to seize", "the capital", PRES,
	    TMOD_WANT, 0, 0, -1 } } },
	{ "The army could launch an offensive within days.", 1, {
	    { MAIN, "The army", "could launch", "an offensive", PRES,
	    TMOD_POSSIBLE, 0, 0, -1 } } },
	{ "The deal would collapse without American support.", 1, {
	    { MAIN, "The deal", "would collapse", NULL, FUT,
	    TMOD_CONDITIONAL, 0, 0, -1 } } },
	{ "If the talks fail, the ceasefire will end.", 2, {
	    { SUB, "the talks", "fail", NULL, PRES, TMOD_CONDITIONAL, 0, 0,
	    1 },
	    { MAIN, "the ceasefire", "will end", NULL, FUT, 0, 0, 0, -1 } } },
	{ "The senate did not ratify the treaty.", 1, {
	    { MAIN, "The senate", "did not ratify", "the treaty", PAST, 0, 1,
	    0, -1 } } },
	{ "Washington never ratified the convention.", 1, {
	    { MAIN, "Washington", "never ratified", "the convention", PAST,
	    0, 1, 0, -1 } } },
	{ "The minister said the talks had failed.", 2, {
	    { MAIN, "The minister", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the talks", "had failed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The spokesman said that the army would withdraw.", 2, {
	    { MAIN, "The spokesman", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the army", "would withdraw", NULL, FUT,
	    TMOD_SCHEDULED, 0, 0, 0 } } },
	{ "Officials warned that the dam could collapse.", 2, {
	    { MAIN, "Officials", "warned", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the dam", "could collapse", NULL, PRES, TMOD_POSSIBLE, 0,
	    0, 0 } } },
	{ "\"We will not surrender,\" the general said.", 2, {
	    { REP, "We", "will not surrender", NULL, FUT, 0, 1, 0, 1 },
	    { MAIN, "the general", "said", NULL, PAST, 0, 0, 0, -1 } } },
	{ "\"The border is closed,\" said the interior minister.", 2, {
	    { REP, "The border", "is closed", NULL, PRES, 0, 0, 1, 1 },
	    { MAIN, "the interior minister", "said", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "The general, who had commanded the northern front, resigned on "
	    "Friday.", 2, {
	    { MAIN, "The general", "resigned", NULL, PAST, 0, 0, 0, -1 },
	    { REL, "The general", "had commanded", "the northern front",
	    PAST, 0, 0, 0, 0 } } },
	{ "The treaty, which was signed in 1987, banned land-based "
	    "missiles.", 2, {
	    { MAIN, "The treaty", "banned", "land-based missiles", PAST, 0,
	    0, 0, -1 },
	    { REL, "The treaty", "was signed", NULL, PAST, 0, 0, 1, 0 } } },
	{ "The agreement signed in 1994 guaranteed the borders.", 2, {
	    { MAIN, "The agreement signed in 1994", "guaranteed",
	    "the borders", PAST, 0, 0, 0, -1 },
	    { NF, "The agreement", "signed", NULL, NONE, 0, 0, 1, 0 } } },
	{ "Rebels shelled the city, killing 12 people.", 2, {
	    { MAIN, "Rebels", "shelled", "the city", PAST, 0, 0, 0, -1 },
	    { NF, NULL, "killing", "12 people", NONE, 0, 0, 0, 0 } } },
	{ "The two leaders met in Singapore and signed a joint statement.",
	    2, {
	    { MAIN, "The two leaders", "met", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, NULL, "signed", "a joint statement", PAST, 0, 0, 0,
	    0 } } },
	{ "France and Germany opposed the plan.", 1, {
	    { MAIN, "France and Germany", "opposed", "the plan", PAST, 0, 0,
	    0, -1 } } },
	{ "After the talks collapsed, the envoy left the capital.", 2, {
	    { SUB, "the talks", "collapsed", NULL, PAST, 0, 0, 0, 1 },
	    { MAIN, "the envoy", "left", "the capital", PAST, 0, 0, 0,
	    -1 } } },
	{ "The president is to visit Moscow.", 1, {
	    { MAIN, "The president", "is to visit", "Moscow", FUT,
	    TMOD_SCHEDULED, 0, 0, -1 } } },
	{ "The country is going to hold elections.", 1, {
	    { MAIN, "The country", "is going to hold", "elections", FUT,
	    TMOD_SCHEDULED, 0, 0, -1 } } },
	{ "The government has to repay the loan by June.", 1, {
	    { MAIN, "The government", "has to repay", "the loan", PRES,
	    TMOD_OBLIGATION, 0, 0, -1 } } },
	{ "The court must decide by Friday.", 1, {
	    { MAIN, "The court", "must decide", NULL, PRES, TMOD_OBLIGATION,
	    0, 0, -1 } } },
	{ "Prime minister resigns amid protests", 1, {
	    { MAIN, "Prime minister", "resigns", NULL, PRES, 0, 0, 0,
	    -1 } } },
	{ "Ceasefire in Gaza", 1, {
	    { MAIN, NULL, NULL, NULL, NONE, 0, 0, 0, -1 } } },
	{ "Yes.", 1, {
	    { MAIN, NULL, NULL, NULL, NONE, 0, 0, 0, -1 } } },
	{ "The opposition hopes to win the election.", 1, {
	    { MAIN, "The opposition", "hopes to win", "the election", PRES,
	    TMOD_WANT, 0, 0, -1 } } },
	{ "Protesters were arrested after they stormed the parliament.", 2, {
	    { MAIN, "Protesters", "were arrested", NULL, PAST, 0, 0, 1, -1 },
	    { SUB, "they", "stormed", "the parliament", PAST, 0, 0, 0,
	    0 } } },
	{ "The troops withdrew because the mandate had expired.", 2, {
	    { MAIN, "The troops", "withdrew", NULL, PAST, 0, 0, 0, -1 },
	    { SUB, "the mandate", "had expired", NULL, PAST, 0, 0, 0,
	    0 } } },
	{ "The embassy, which closed in March, will reopen next year.", 2, {
	    { MAIN, "The embassy", "will reopen", NULL, FUT, 0, 0, 0, -1 },
	    { REL, "The embassy", "closed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "She told reporters that the vote would be delayed.", 2, {
	    { MAIN, "She", "told", "reporters", PAST, 0, 0, 0, -1 },
	    { REP, "the vote", "would be delayed", NULL, FUT,
	    TMOD_SCHEDULED, 0, 1, 0 } } },
	{ "The minister denied that the army had used chemical weapons.", 2,
	    {
	    { MAIN, "The minister", "denied", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the army", "had used", "chemical weapons", PAST, 0, 0, 0,
	    0 } } },
	{ "In 2015, the two countries restored diplomatic relations.", 1, {
	    { MAIN, "the two countries", "restored", "diplomatic relations",
	    PAST, 0, 0, 0, -1 } } },
	{ "The inspectors are not allowed to visit the site.", 2, {
	    { MAIN, "The inspectors", "are not allowed", NULL, PRES, 0, 1, 1,
	    -1 },
	    { NF, NULL, "visit", "the site", NONE, 0, 0, 0, 0 } } },
	{ "Iran has never accepted the proposal.", 1, {
	    { MAIN, "Iran", "has never accepted", "the proposal", PRES, 0, 1,
	    0, -1 } } },
	{ "The armed forces seized power on Wednesday.", 1, {
	    { MAIN, "The armed forces", "seized", "power", PAST, 0, 0, 0,
	    -1 } } },
	{ "The peace talks resumed in Doha.", 1, {
	    { MAIN, "The peace talks", "resumed", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "Ukraine says Russian forces attacked the city.", 2, {
	    { MAIN, "Ukraine", "says", NULL, PRES, 0, 0, 0, -1 },
	    { REP, "Russian forces", "attacked", "the city", PAST, 0, 0, 0,
	    0 } } },
	{ "The envoy will meet the rebels and discuss a truce.", 2, {
	    { MAIN, "The envoy", "will meet", "the rebels", FUT, 0, 0, 0,
	    -1 },
	    { MAIN, NULL, "discuss", "a truce", FUT, 0, 0, 0, 0 } } },
	{ "The minister resigned, and the cabinet collapsed.", 2, {
	    { MAIN, "The minister", "resigned", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, "the cabinet", "collapsed", NULL, PAST, 0, 0, 0, -1 } } },
	{ "Backed by Turkey, the army advanced on the city.", 2, {
	    { NF, NULL, "Backed", NULL, NONE, 0, 0, 0, 1 },
	    { MAIN, "the army", "advanced", NULL, PAST, 0, 0, 0, -1 } } },
	/* a plural noun that could be a verb: a finite verb follows its
	 * phrase, it follows a preposition or a verb, or an aside */
	{ "Strict limits on exports will remain in force.", 1, {
	    { MAIN, "Strict limits on exports", "will remain", NULL, FUT, 0,
	    0, 0, -1 } } },
	{ "After years of harsh sanctions, the economy recovered.", 1, {
	    { MAIN, "the economy", "recovered", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "The ministers promised to provide trade guarantees.", 2, {
	    { MAIN, "The ministers", "promised", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "provide", "trade guarantees", NONE, 0, 0, 0,
	    0 } } },
	{ "Coastal states, which rely on fishing, rejected the plan.", 2, {
	    { MAIN, "Coastal states", "rejected", "the plan", PAST, 0, 0, 0,
	    -1 },
	    { REL, "Coastal states", "rely", NULL, PRES, 0, 0, 0, 0 } } },
	{ "The border talks soon stalled in 1990.", 1, {
	    { MAIN, "The border talks", "stalled", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "The substance fits on a single page.", 1, {
	    { MAIN, "The substance", "fits", NULL, PRES, 0, 0, 0, -1 } } },
	/* a fronted phrase without a comma */
	{ "In the last decade Brazil's farmers planted more soy.", 1, {
	    { MAIN, "Brazil\xE2\x80\x99s farmers", "planted", "more soy",
	    PAST, 0, 0, 0, -1 } } },
	{ "So Norway changed its position.", 1, {
	    { MAIN, "Norway", "changed", "its position", PAST, 0, 0, 0,
	    -1 } } },
	/* "so ... that", "such ... that": a result, no relative */
	{ "The storm was so strong that the bridges collapsed.", 2, {
	    { MAIN, "The storm", "was", "*", PAST, 0, 0, 0, -1 },
	    { SUB, "the bridges", "collapsed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The ruling caused such anger that the judge resigned.", 2, {
	    { MAIN, "The ruling", "caused", "such anger", PAST, 0, 0, 0, -1 },
	    { SUB, "the judge", "resigned", NULL, PAST, 0, 0, 0, 0 } } },
	/* the main verb after a subject holding a relative */
	{ "The company that built the dam in 2011 has lost its licence.", 2,
	    {
	    { MAIN, "The company", "has lost", "its licence", PRES, 0, 0, 0,
	    -1 },
	    { REL, "The company", "built", "the dam", PAST, 0, 0, 0, 0 } } },
	{ "The party that has governed the country since 1990 has kept its "
	    "majority.", 2, {
	    { MAIN, "The party", "has kept", "its majority", PRES, 0, 0, 0,
	    -1 },
	    { REL, "The party", "has governed", "the country", PRES, 0, 0, 0,
	    0 } } },
	{ "Tariffs that raised food prices will be cut next year.", 2, {
	    { MAIN, "Tariffs", "will be cut", NULL, FUT, 0, 0, 1, -1 },
	    { REL, "Tariffs", "raised", "food prices", PAST, 0, 0, 0, 0 } } },
	{ "The minister said the firm that won the contract had paid "
	    "bribes.", 3, {
	    { MAIN, "The minister", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the firm", "had paid", "bribes", PAST, 0, 0, 0, 0 },
	    { REL, "the firm", "won", "the contract", PAST, 0, 0, 0, 1 } } },
	{ "Officials who met the envoy said the talks had failed.", 3, {
	    { MAIN, "Officials", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REL, "Officials", "met", "the envoy", PAST, 0, 0, 0, 0 },
	    { REP, "the talks", "had failed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The mayor said on Friday that her office would close.", 2, {
	    { MAIN, "The mayor", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "her office", "would close", NULL, FUT, TMOD_SCHEDULED,
	    0, 0, 0 } } },
	{ "Nurses at the city hospital walked out.", 1, {
	    { MAIN, "Nurses at the city hospital", "walked out", NULL, PAST, 0,
	    0, 0, -1 } } },
	{ "The king said in a short address that the vote would go ahead.",
	    2, {
	    { MAIN, "The king", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the vote", "would go ahead", NULL, FUT, TMOD_SCHEDULED,
	    0, 0, 0 } } },
	/* particle verbs */
	{ "Militants blew up the pipeline on Sunday.", 1, {
	    { MAIN, "Militants", "blew up", "the pipeline", PAST, 0, 0, 0,
	    -1 } } },
	{ "The army shot down a drone.", 1, {
	    { MAIN, "The army", "shot down", "a drone", PAST, 0, 0, 0,
	    -1 } } },
	{ "The rebels could pull back within days.", 1, {
	    { MAIN, "The rebels", "could pull back", NULL, PRES,
	    TMOD_POSSIBLE, 0, 0, -1 } } },
	{ "The strikes killed up to 40 people.", 1, {
	    { MAIN, "The strikes", "killed", "up to 40 people", PAST, 0, 0,
	    0, -1 } } },
	{ "After the return of its own forces, the army regrouped.", 1, {
	    { MAIN, "the army", "regrouped", NULL, PAST, 0, 0, 0, -1 } } },
	{ "The rebels promised to \"protect the truce\" in the north.", 2, {
	    { MAIN, "The rebels", "promised", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "protect", "the truce", NONE, 0, 0, 0, 0 } } },
	/* objects: a participle after a plural, an adverb */
	{ "Divers found the remains of pilots missing since 1944.", 1, {
	    { MAIN, "Divers", "found", "the remains of pilots", PAST, 0, 0, 0,
	    -1 } } },
	{ "The delegates left afterwards.", 1, {
	    { MAIN, "The delegates", "left", NULL, PAST, 0, 0, 0, -1 } } },
	/* a noun phrase with its prepositional phrase */
	{ "The gap between the two sides is wide.", 1, {
	    { MAIN, "The gap between the two sides", "is", "wide", PRES, 0, 0,
	    0, -1 } } },
	{ "Her trip to Oslo in May 2021 lasted two days.", 1, {
	    { MAIN, "Her trip to Oslo in May 2021", "lasted", "two days", PAST,
	    0, 0, 0, -1 } } },
	{ "A panel chaired by a retired general rejected the claim.", 2, {
	    { MAIN, "A panel chaired by a retired general", "rejected",
	    "the claim", PAST, 0, 0, 0, -1 },
	    { NF, "A panel", "chaired", NULL, NONE, 0, 0, 1, 0 } } },
	{ "Talks with the rebels who hold the port resumed.", 2, {
	    { MAIN, "Talks with the rebels", "resumed", NULL, PAST, 0, 0, 0,
	    -1 },
	    { REL, "the rebels", "hold", "the port", PRES, 0, 0, 0, 0 } } },
	{ "Officials from the ministry denied the report.", 1, {
	    { MAIN, "Officials from the ministry", "denied", "the report",
	    PAST, 0, 0, 0, -1 } } },
	/* a time or an aside between the subject and its verb */
	{ "Hospital workers on Monday began a strike over pay.", 1, {
	    { MAIN, "Hospital workers", "began", "a strike", PAST, 0, 0, 0,
	    -1 } } },
	{ "The Supreme Court (SC) on Tuesday struck down the law.", 1, {
	    { MAIN, "The Supreme Court (SC)", "struck down", "the law", PAST,
	    0, 0, 0, -1 } } },
	{ "The city council, meeting in an emergency session, approved the "
	    "budget.", 2, {
	    { MAIN, "The city council", "approved", "the budget", PAST, 0, 0,
	    0, -1 },
	    { NF, NULL, "meeting", NULL, NONE, 0, 0, 0, 0 } } },
	{ "On March 3rd the senate, controlled by the opposition, rejected "
	    "the bill.", 2, {
	    { MAIN, "the senate", "rejected", "the bill", PAST, 0, 0, 0,
	    -1 },
	    { NF, "the senate", "controlled", NULL, NONE, 0, 0, 1, 0 } } },
	{ "The voters' verdict, announced by the board, surprised many.", 2, {
	    { MAIN, "The voters\xE2\x80\x99 verdict", "surprised", "many",
	    PAST, 0, 0, 0, -1 },
	    { NF, "The voters\xE2\x80\x99 verdict", "announced", NULL, NONE,
	    0, 0, 1, 0 } } },
	{ "The pact, signed late on Monday by Ann, Bob and Carl, ends the "
	    "war.", 2, {
	    { MAIN, "The pact", "ends", "the war", PRES, 0, 0, 0, -1 },
	    { NF, "The pact", "signed", "*", NONE, 0, 0, 1, 0 } } },
	{ "Talks due on May 9th were cancelled.", 1, {
	    { MAIN, "Talks due on May 9th", "were cancelled", NULL, PAST, 0,
	    0, 1, -1 } } },
	{ "Ann Lee, the firm's founder and chief, left in May.", 1, {
	    { MAIN, "Ann Lee", "left", NULL, PAST, 0, 0, 0, -1 } } },
	{ "In May 2014 Chile, the United States and Peru signed a pact.", 1, {
	    { MAIN, "Chile, the United States and Peru", "signed", "a pact",
	    PAST, 0, 0, 0, -1 } } },
	{ "In Lima, Ann and Bob signed a pact.", 1, {
	    { MAIN, "Ann and Bob", "signed", "a pact", PAST, 0, 0, 0, -1 } } },
	{ "Three of them were arrested on Monday.", 1, {
	    { MAIN, "Three of them", "were arrested", NULL, PAST, 0, 0, 1,
	    -1 } } },
	{ "A brief stand-off in June 2019 ended the talks.", 1, {
	    { MAIN, "A brief stand-off in June 2019", "ended", "the talks",
	    PAST, 0, 0, 0, -1 } } },
	{ "Years after the two leaders first met, the feud ended.", 2, {
	    { SUB, "the two leaders", "met", NULL, PAST, 0, 0, 0, 1 },
	    { MAIN, "the feud", "ended", NULL, PAST, 0, 0, 0, -1 } } },
	{ "Rebels crossed the river and by Friday had taken the bridge.", 2, {
	    { MAIN, "Rebels", "crossed", "the river", PAST, 0, 0, 0, -1 },
	    { MAIN, NULL, "had taken", "the bridge", PAST, 0, 0, 0, 0 } } },
	{ "Talks chaired by Norway and the UN nearly produced a deal.", 2, {
	    { MAIN, "Talks chaired by Norway and the UN", "produced",
	    "a deal", PAST, 0, 0, 0, -1 },
	    { NF, "Talks", "chaired", NULL, NONE, 0, 0, 1, 0 } } },
	{ "Chile and the EU signed a pact.", 1, {
	    { MAIN, "Chile and the EU", "signed", "a pact", PAST, 0, 0, 0,
	    -1 } } },
	{ "When the rains, floods and storms came, farmers left.", 2, {
	    { SUB, "the rains, floods and storms", "came", NULL, PAST, 0, 0, 0,
	    1 },
	    { MAIN, "farmers", "left", NULL, PAST, 0, 0, 0, -1 } } },
	{ "In the villages, soldiers and rebels fought.", 1, {
	    { MAIN, "soldiers and rebels", "fought", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "Last week it took the ferry a day.", 1, {
	    { MAIN, "it", "took", "*", PAST, 0, 0, 0, -1 } } },
	{ "Buses, vans and loaded trucks crawled north.", 1, {
	    { MAIN, "Buses, vans and loaded trucks", "crawled", "north", PAST,
	    0, 0, 0, -1 } } },
	{ "The rebels' isolated forces held out.", 1, {
	    { MAIN, "The rebels\xE2\x80\x99 isolated forces", "held out", NULL,
	    PAST, 0, 0, 0, -1 } } },
	{ "In the 19th century Spain, which ruled Cuba, lost its fleet.", 2, {
	    { MAIN, "Spain", "lost", "its fleet", PAST, 0, 0, 0, -1 },
	    { REL, "Spain", "ruled", "Cuba", PAST, 0, 0, 0, 0 } } },
	{ "A bomb hit the city; the group, an ally of Iran and a foe of "
	    "Israel, claimed the attack.", 2, {
	    { MAIN, "A bomb", "hit", "the city", PAST, 0, 0, 0, -1 },
	    { MAIN, "the group", "claimed", "the attack", PAST, 0, 0, 0,
	    -1 } } },
	{ "The following year a coup, which Lima blamed on Quito, was "
	    "foiled.", 2, {
	    { MAIN, "a coup", "was foiled", NULL, PAST, 0, 0, 1, -1 },
	    { REL, "Lima", "blamed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "Two truces had failed: one signed in Oslo on May 2nd, and one "
	    "agreed in Rome.", 3, {
	    { MAIN, "Two truces", "had failed", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, "one", "signed", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, "one", "agreed", NULL, PAST, 0, 0, 0, -1 } } },
	/* a time between a verb of speech and what it reports */
	{ "Officials said on Monday morning that the talks had failed.", 2, {
	    { MAIN, "Officials", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the talks", "had failed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The minister said on Tuesday he would resign.", 2, {
	    { MAIN, "The minister", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "he", "would resign", NULL, FUT, TMOD_SCHEDULED, 0, 0,
	    0 } } },
	{ "The firm said at the weekend its profits had doubled.", 2, {
	    { MAIN, "The firm", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "its profits", "had doubled", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The measures announced on Friday will raise taxes.", 2, {
	    { MAIN, "The measures announced on Friday", "will raise",
	    "taxes", FUT, 0, 0, 0, -1 },
	    { NF, "The measures", "announced", NULL, NONE, 0, 0, 1, 0 } } },
	/* coordinated clauses, each with its subject */
	{ "The union has not accepted the offer, but last week it suspended "
	    "the strike.", 2, {
	    { MAIN, "The union", "has not accepted", "the offer", PRES, 0, 1,
	    0, -1 },
	    { MAIN, "it", "suspended", "the strike", PAST, 0, 0, 0, -1 } } },
	{ "She said that prices would rise, and in May the bank raised "
	    "rates.", 3, {
	    { MAIN, "She", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "prices", "would rise", NULL, FUT, TMOD_SCHEDULED, 0, 0,
	    0 },
	    { MAIN, "the bank", "raised", "rates", PAST, 0, 0, 0, -1 } } },
	/* a relative clause in an aside has its own tense */
	{ "Voters in the region, which was annexed in 1920, must decide.", 2, {
	    { MAIN, "Voters in the region", "must decide", NULL, PRES,
	    TMOD_OBLIGATION, 0, 0, -1 },
	    { REL, "the region", "was annexed", NULL, PAST, 0, 0, 1, 0 } } },
	/* an attempt, a start: the act is real */
	{ "Rebels attempted to seize the airport.", 1, {
	    { MAIN, "Rebels", "attempted to seize", "the airport", PAST, 0, 0,
	    0, -1 } } },
	{ "Prices began to fall in March.", 1, {
	    { MAIN, "Prices", "began to fall", NULL, PAST, 0, 0, 0, -1 } } },
	{ "The rebels hope to seize the capital.", 1, {
	    { MAIN, "The rebels", "hope to seize", "the capital", PRES,
	    TMOD_WANT, 0, 0, -1 } } },
	{ "The troops tried to cross the river and managed to reach the "
	    "town.", 2, {
	    { MAIN, "The troops", "tried to cross", "the river", PAST, 0, 0,
	    0, -1 },
	    { MAIN, NULL, "managed to reach", "the town", PAST, 0, 0, 0,
	    0 } } },
	{ "He said the court had erred, and vowed to appeal.", 4, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the court", "had erred", NULL, PAST, 0, 0, 0, 0 },
	    { MAIN, NULL, "vowed", NULL, PAST, 0, 0, 0, 0 } } },
	{ "She told us she hoped Peru would win, and said it would help.", 5,
	    {
	    { MAIN, "She", "told", "us", PAST, 0, 0, 0, -1 },
	    { REP, "she", "hoped", NULL, PAST, 0, 0, 0, 0 },
	    { REP, "Peru", "would win", NULL, FUT, TMOD_SCHEDULED, 0, 0,
	    1 } } },
	{ "Lee told reporters Japan would not attack.", 2, {
	    { MAIN, "Lee", "told", "reporters", PAST, 0, 0, 0, -1 },
	    { REP, "Japan", "would not attack", NULL, FUT, TMOD_SCHEDULED, 1,
	    0, 0 } } },
	/* "would": the future seen from a past report, or a condition */
	{ "The ministry announced that the border would reopen.", 2, {
	    { MAIN, "The ministry", "announced", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the border", "would reopen", NULL, FUT, TMOD_SCHEDULED, 0,
	    0, 0 } } },
	{ "The agency said the plant would close if sales fell.", 3, {
	    { MAIN, "The agency", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the plant", "would close", NULL, FUT, TMOD_CONDITIONAL, 0,
	    0, 0 },
	    { SUB, "sales", "fell", NULL, PAST, TMOD_CONDITIONAL, 0, 0,
	    1 } } },
	{ "He said the town would have fallen.", 2, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "the town", "would have fallen", NULL, PAST,
	    TMOD_CONDITIONAL, 0, 0, 0 } } },
	{ "\"The plan would fail,\" said the envoy.", 2, {
	    { REP, "The plan", "would fail", NULL, FUT, TMOD_CONDITIONAL, 0,
	    0, 1 },
	    { MAIN, "the envoy", "said", NULL, PAST, 0, 0, 0, -1 } } },
	{ "The governor would veto the bill.", 1, {
	    { MAIN, "The governor", "would veto", "the bill", FUT,
	    TMOD_CONDITIONAL, 0, 0, -1 } } },
	/* a past participle in apposition: its noun is its subject */
	{ "The treaty, signed by both states in 1990, remains in force.", 2, {
	    { MAIN, "The treaty", "remains", NULL, PRES, 0, 0, 0, -1 },
	    { NF, "The treaty", "signed", NULL, NONE, 0, 0, 1, 0 } } },
	{ "Under the new law, adopted last year by parliament, banks must "
	    "report transfers.", 2, {
	    { NF, "the new law", "adopted", NULL, NONE, 0, 0, 1, 1 },
	    { MAIN, "banks", "must report", "transfers", PRES,
	    TMOD_OBLIGATION, 0, 0, -1 } } },
	/* an ordinal or "long" between an auxiliary and its verb; a
	 * demonstrative "that" opening the sentence */
	{ "That plan was first proposed in 2009.", 1, {
	    { MAIN, "That plan", "was first proposed", NULL, PAST, 0, 0, 1,
	    -1 } } },
	{ "The dam had long been a target.", 1, {
	    { MAIN, "The dam", "had long been", "a target", PAST, 0, 0, 0,
	    -1 } } },
	{ "The treaty was formally adopted in May.", 1, {
	    { MAIN, "The treaty", "was formally adopted", NULL, PAST, 0, 0,
	    1, -1 } } },
	/* a currency's sign inside a noun phrase; a participle of
	 * having after a noun; a date after "since" is no subject */
	{ "The city must repay €2bn of loans held by the bank on May 3rd.",
	    2, {
	    { MAIN, "The city", "must repay", "€2bn", PRES, TMOD_OBLIGATION,
	    0, 0, -1 },
	    { NF, NULL, "held", NULL, NONE, 0, 0, 0, 0 } } },
	{ "The men held by the rebels since 2019 were freed.", 2, {
	    { MAIN, "The men held by the rebels", "were freed", NULL, PAST,
	    0, 0, 1, -1 },
	    { NF, NULL, "held", NULL, NONE, 0, 0, 0, 0 } } },
	/* a participle in apposition to an object, a relative after it
	 * about the noun; a verb of speech before a date is one too */
	{ "It replaces the old pact, agreed in 1990, which set quotas.", 3, {
	    { MAIN, "It", "replaces", "the old pact", PRES, 0, 0, 0, -1 },
	    { NF, "the old pact", "agreed", NULL, NONE, 0, 0, 1, 0 },
	    { REL, "the old pact", "set", "quotas", PAST, 0, 0, 0, 1 } } },
	{ "Talks began under the accord, signed in 1990, which expired.", 3, {
	    { MAIN, "Talks", "began", NULL, PAST, 0, 0, 0, -1 },
	    { NF, "the accord", "signed", NULL, NONE, 0, 0, 1, 0 },
	    { REL, "the accord", "expired", NULL, PAST, 0, 0, 0, 1 } } },
	{ "The Berlin plan replaces the old rules.", 1, {
	    { MAIN, "The Berlin plan", "replaces", "the old rules", PRES, 0,
	    0, 0, -1 } } },
	/* an age, then an apposition, after a name */
	{ "Ann Lee, 26, one of its founders, said that he had left.", 2, {
	    { MAIN, "Ann Lee", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "he", "had left", NULL, PAST, 0, 0, 0, 0 } } },
	/* a plural after a number is counted, no verb; a participle
	 * after a "with" phrase is about the clause's subject */
	{ "The fair opened on May 3 with talks by 150 heads of firms, held "
	    "under tight security.", 2, {
	    { MAIN, "The fair", "opened", NULL, PAST, 0, 0, 0, -1 },
	    { NF, "The fair", "held", NULL, NONE, 0, 0, 1, 0 } } },
	/* an infinitive after a verb of causing and its object: the
	 * object its subject; made to happen, asked, let, not done */
	{ "Riots forced his rival, Jo Ames, to step down in May.", 2, {
	    { MAIN, "Riots", "forced", "his rival", PAST, 0, 0, 0, -1 },
	    { NF, "his rival, Jo Ames", "step down", NULL, NONE, 0, 0, 0,
	    0 } } },
	{ "She urged Congress to act in March.", 2, {
	    { MAIN, "She", "urged", "Congress", PAST, 0, 0, 0, -1 },
	    { NF, "Congress", "act", NULL, NONE, TMOD_WANT, 0, 0, 0 } } },
	{ "The rules allow banks to open branches.", 2, {
	    { MAIN, "The rules", "allow", "banks", PRES, 0, 0, 0, -1 },
	    { NF, "banks", "open", "branches", NONE, TMOD_POSSIBLE, 0, 0,
	    0 } } },
	{ "Protests did not force him to quit.", 2, {
	    { MAIN, "Protests", "did not force", "him", PAST, 0, 1, 0, -1 },
	    { NF, "him", "quit", NULL, NONE, TMOD_WANT, 0, 0, 0 } } },
	{ "He was forced to resign in May.", 2, {
	    { MAIN, "He", "was forced", NULL, PAST, 0, 0, 1, -1 },
	    { NF, NULL, "resign", NULL, NONE, 0, 0, 0, 0 } } },
	/* "that" as a pronoun or a demonstrative after a verb; a
	 * number's bound in its phrase; a past after a pronoun */
	{ "Officials denied that on Monday.", 1, {
	    { MAIN, "Officials", "denied", "that", PAST, 0, 0, 0, -1 } } },
	{ "They rejected that plan.", 1, {
	    { MAIN, "They", "rejected", "that plan", PAST, 0, 0, 0, -1 } } },
	{ "He said that up to 400 troops would leave.", 2, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "up to 400 troops", "would leave", NULL, FUT,
	    TMOD_SCHEDULED, 0, 0, 0 } } },
	{ "It ends once at least 55 states have signed it.", 2, {
	    { MAIN, "It", "ends", NULL, PRES, 0, 0, 0, -1 },
	    { SUB, "at least 55 states", "have signed", "it", PRES, 0, 0, 0,
	    0 } } },
	{ "He said about 150 people had died.", 2, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "about 150 people", "had died", NULL, PAST, 0, 0, 0,
	    0 } } },
	{ "Officials said 150 people had died.", 2, {
	    { MAIN, "Officials", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "150 people", "had died", NULL, PAST, 0, 0, 0, 0 } } },
	/* adjectives in a row, with a comma */
	{ "A long, bitter war ended in 1995.", 1, {
	    { MAIN, "A long, bitter war", "ended", NULL, PAST, 0, 0, 0,
	    -1 } } },
	/* an apposition holding a relative; a participle between a
	 * determiner and a noun; an -s verb after a pronoun; "since"
	 * in a verb group; a possessive before a base form; a
	 * subordinate clause's past; a relative without a marker */
	{ "Mr Ho, a judge who had served as mayor, had declared a state of "
	    "emergency.", 2, {
	    { MAIN, "Mr Ho", "had declared", "a state of emergency", PAST, 0,
	    0, 0, -1 },
	    { REL, "a judge", "had served", NULL, PAST, 0, 0, 0, 0 } } },
	{ "The party won 396 of the 476 elected seats.", 1, {
	    { MAIN, "The party", "won", "396 of the 476 elected seats", PAST,
	    0, 0, 0, -1 } } },
	{ "At home, however, she remains popular.", 1, {
	    { MAIN, "she", "remains", "popular", PRES, 0, 0, 0, -1 } } },
	{ "Her standing has since been battered.", 1, {
	    { MAIN, "Her standing", "has since been battered", NULL, PRES, 0,
	    0, 1, -1 } } },
	{ "May's deal never came close.", 1, {
	    { MAIN, "May\xE2\x80\x99s deal", "never came", "close", PAST,
	    0, 1, 0, -1 } } },
	{ "If the protests spread to the streets, the army may respond.", 2, {
	    { SUB, "the protests", "spread", NULL, PAST, TMOD_CONDITIONAL, 0,
	    0, 1 },
	    { MAIN, "the army", "may respond", NULL, PRES, TMOD_POSSIBLE, 0, 0,
	    -1 } } },
	{ "The plan the council approved in May angered residents.", 2, {
	    { MAIN, "The plan", "angered", "residents", PAST, 0, 0, 0, -1 },
	    { REL, "the council", "approved", NULL, PAST, 0, 0, 0, 0 } } },
	/* "have to" is no perfect; "yet" in a group; an ordinal before
	 * a participle; a date before a name */
	{ "The state might have to pay wages in IOUs.", 1, {
	    { MAIN, "The state", "might have to pay", "wages", PRES,
	    TMOD_OBLIGATION, 0, 0, -1 } } },
	{ "The conditions do not yet exist.", 1, {
	    { MAIN, "The conditions", "do not yet exist", NULL, PRES, 0, 1, 0,
	    -1 } } },
	{ "Peru became the first developed economy to fall behind.", 2, {
	    { MAIN, "Peru", "became", "the first developed economy", PAST, 0,
	    0, 0, -1 },
	    { NF, NULL, "fall", NULL, NONE, 0, 0, 0, 0 } } },
	{ "In an address on June 27th Mr Lee called a vote.", 1, {
	    { MAIN, "Mr Lee", "called", "a vote", PAST, 0, 0, 0, -1 } } },
	/* a fronted phrase is no antecedent; "by" before an -ing is no
	 * agent; a large number before a name; "that" after "if"; a
	 * time after a verb is no object; "over" in a noun phrase */
	{ "Under the new accord the two states agreed to talk.", 2, {
	    { MAIN, "the two states", "agreed", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "talk", NULL, NONE, 0, 0, 0, 0 } } },
	{ "Lee, who has led Peru since 1990, answered by sending troops.",
	    3, {
	    { MAIN, "Lee", "answered", NULL, PAST, 0, 0, 0, -1 },
	    { REL, "Lee", "has led", "Peru", PRES, 0, 0, 0, 0 },
	    { NF, NULL, "sending", "troops", NONE, 0, 0, 0, 0 } } },
	{ "About 39,000 Eritreans reached Italy by sea.", 1, {
	    { MAIN, "About 39,000 Eritreans", "reached", "Italy", PAST, 0, 0,
	    0, -1 } } },
	{ "If that threat is gone, they will leave.", 2, {
	    { SUB, "that threat", "is gone", NULL, PRES, TMOD_CONDITIONAL, 0,
	    1, 1 },
	    { MAIN, "they", "will leave", NULL, FUT, 0, 0, 0, -1 } } },
	{ "Ties collapsed five years later, when a quarrel over Abyei "
	    "escalated.", 2, {
	    { MAIN, "Ties", "collapsed", NULL, PAST, 0, 0, 0, -1 },
	    { SUB, "a quarrel over Abyei", "escalated", NULL, PAST, 0, 0, 0,
	    0 } } },
	{ "He said more than two years of protests had failed.", 2, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "more than two years of protests", "had failed", NULL,
	    PAST, 0, 0, 0, 0 } } },
	/* a month has its capital; a number's bound in an object; an
	 * age and "and the other" in a subject */
	{ "The march was held in May.", 1, {
	    { MAIN, "The march", "was held", NULL, PAST, 0, 0, 1, -1 } } },
	{ "Officers arrested about 370 people.", 1, {
	    { MAIN, "Officers", "arrested", "about 370 people", PAST, 0, 0, 0,
	    -1 } } },
	{ "Joshua Wong, 23, and the other leaders disbanded it.", 1, {
	    { MAIN, "Joshua Wong, 23, and the other leaders", "disbanded",
	    "it", PAST, 0, 0, 0, -1 } } },
	{ "He said about half a million people had left.", 2, {
	    { MAIN, "He", "said", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "about half a million people", "had left", NULL, PAST, 0,
	    0, 0, 0 } } },
	/* an apposition before a relative aside; a past after a
	 * copula's complement; a time after "until"; a relative without
	 * a marker on a preposition's noun */
	{ "Ann Lee, the prime minister, who is 44 and won a prize, has "
	    "gone.", 3, {
	    { MAIN, "Ann Lee", "has gone", NULL, PRES, 0, 0, 0, -1 },
	    { REL, "Ann Lee", "is", "44", PRES, 0, 0, 0, 0 },
	    { REL, NULL, "won", "a prize", PAST, 0, 0, 0, 1 } } },
	{ "Until this week Peru had shared its data.", 1, {
	    { MAIN, "Peru", "had shared", "its data", PAST, 0, 0, 0,
	    -1 } } },
	/* a noun after a comma that ends a main clause is an
	 * apposition, its participle no verb; not after a subordinate
	 * clause, nor a speaker */
	{ "She became counsellor, a post invented for her a year later.", 2, {
	    { MAIN, "She", "became", "counsellor", PAST, 0, 0, 0, -1 },
	    { NF, NULL, "invented", NULL, NONE, 0, 0, 0, 0 } } },
	{ "When the army left, the rebels seized power.", 2, {
	    { SUB, "the army", "left", NULL, PAST, 0, 0, 0, 1 },
	    { MAIN, "the rebels", "seized", "power", PAST, 0, 0, 0, -1 } } },
	{ "Troops left, a spokesman said.", 2, {
	    { REP, "Troops", "left", NULL, PAST, 0, 0, 0, 1 },
	    { MAIN, "a spokesman", "said", NULL, PAST, 0, 0, 0, -1 } } },
	/* no adjectives in a row across a number; a comma after a verb
	 * of speech reports nothing without a quote; a participle after
	 * a time is about the clause's subject */
	{ "The chiefs will meet on Saturday to discuss the plan, two "
	    "military sources said.", 3, {
	    { REP, "The chiefs", "will meet", NULL, FUT, 0, 0, 0, 2 },
	    { NF, NULL, "discuss", "the plan", NONE, 0, 0, 0, 0 },
	    { MAIN, "two military sources", "said", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "For Lee, who is on trial on charges he denies, it is a relief.", 3,
	    {
	    { REL, "Lee", "is", NULL, PRES, 0, 0, 0, 2 },
	    { REL, "he", "denies", NULL, PRES, 0, 0, 0, 0 },
	    { MAIN, "it", "is", "a relief", PRES, 0, 0, 0, -1 } } },
	{ "Peru cooperated for years, driven by fear of Chile, which denied "
	    "it.", 3, {
	    { MAIN, "Peru", "cooperated", NULL, PAST, 0, 0, 0, -1 },
	    { NF, "Peru", "driven", NULL, NONE, 0, 0, 1, 0 },
	    { REL, "*", "denied", "it", PAST, 0, 0, 0, 1 } } },
	/* a fronted place is no name in apposition; a measure of time
	 * after a relative without a marker */
	{ "In Lima, the mayor, Ana Ruiz, told residents to stay home.", 2, {
	    { MAIN, "the mayor", "told", "residents", PAST, 0, 0, 0, -1 },
	    { NF, "residents", "stay", "*", NONE, TMOD_WANT, 0, 0, 0 } } },
	{ "The text the two men signed after roughly five hours commits "
	    "Peru.", 2, {
	    { MAIN, "The text", "commits", "Peru", PRES, 0, 0, 0, -1 },
	    { REL, "the two men", "signed", NULL, PAST, 0, 0, 0, 0 } } },
	/* a reduced participle's noun is its subject; the main verb
	 * after an aside that follows the participle's date */
	{ "A team allowed into the city on Sunday, the first in years, "
	    "reported that it found nothing.", 3, {
	    { MAIN, "A team allowed into the city on Sunday", "reported",
	    NULL, PAST, 0, 0, 0, -1 },
	    { NF, "A team", "allowed", NULL, NONE, 0, 0, 1, 0 },
	    { REP, "it", "found", "nothing", PAST, 0, 0, 0, 0 } } },
	/* "have had": the verb "have"; "both" inside a verb group */
	{ "Niger has had four coups since 1960.", 1, {
	    { MAIN, "Niger", "has had", "four coups", PRES, 0, 0, 0,
	    -1 } } },
	{ "Paris and Rome have both demanded his release.", 1, {
	    { MAIN, "Paris and Rome", "have both demanded", "his release",
	    PRES, 0, 0, 0, -1 } } },
	/* a "where" relative: its participle after the main verb, its
	 * antecedent a subject before the main verb */
	{ "Peru was an ally in the Sahel, where rebels linked to Al Qaeda "
	    "have killed many.", 3, {
	    { MAIN, "Peru", "was", "an ally", PAST, 0, 0, 0, -1 },
	    { REL, "rebels linked to Al Qaeda", "have killed", "many", PRES,
	    0, 0, 0, 0 },
	    { NF, "rebels", "linked", NULL, NONE, 0, 0, 1, 0 } } },
	{ "The town where rebels fought in 2019 is quiet.", 2, {
	    { MAIN, "The town", "is", "quiet", PRES, 0, 0, 0, -1 },
	    { REL, "rebels", "fought", NULL, PAST, 0, 0, 0, 0 } } },
	/* a plural after an adjective of a people or a place */
	{ "Ukrainian forces on the peninsula surrendered.", 1, {
	    { MAIN, "Ukrainian forces on the peninsula", "surrendered", NULL,
	    PAST, 0, 0, 0, -1 } } },
	{ "Sudan says Chad attacked.", 2, {
	    { MAIN, "Sudan", "says", NULL, PRES, 0, 0, 0, -1 },
	    { REP, "Chad", "attacked", NULL, PAST, 0, 0, 0, 0 } } },
	/* a plural after a verb, a determiner and a modifier is its
	 * object; verbs of news prose */
	{ "Ghana, selling its gold reserves, fell into default.", 2, {
	    { MAIN, "Ghana", "fell", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "selling", "its gold reserves", NONE, 0, 0, 0,
	    0 } } },
	{ "Diplomats caution that the truce is fragile.", 2, {
	    { MAIN, "Diplomats", "caution", NULL, PRES, 0, 0, 0, -1 },
	    { REP, "the truce", "is", "fragile", PRES, 0, 0, 0, 0 } } },
	/* a participle after a non-finite verb's object, before a
	 * preposition, is reduced */
	{ "Peru signed, vowing to curb the gases blamed for warming.", 4, {
	    { MAIN, "Peru", "signed", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "vowing", NULL, NONE, 0, 0, 0, 0 },
	    { NF, NULL, "curb", "the gases", NONE, 0, 0, 0, 1 } } },
	/* a base verb after a reduced participle's phrase on a plural
	 * (a participle with a bare date has no subject of its own); a
	 * month at the end of a subject */
	{ "Polls taken this month suggest the region is split.", 3, {
	    { MAIN, "Polls taken this month", "suggest", NULL, PRES, 0, 0, 0,
	    -1 },
	    { NF, NULL, "taken", NULL, NONE, 0, 0, 0, 0 },
	    { REP, "the region", "is split", NULL, PRES, 0, 0, 1, 0 } } },
	{ "His visit in May ended early.", 1, {
	    { MAIN, "His visit in May", "ended", "early", PAST, 0, 0, 0,
	    -1 } } },
	{ "Chile helped Peru, under a pact the two signed in 1958.", 2, {
	    { MAIN, "Chile", "helped", "Peru", PAST, 0, 0, 0, -1 },
	    { REL, "the two", "signed", NULL, PAST, 0, 0, 0, 0 } } },
};

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

static void
analyse(const char *md)
{
	text_free(txt);
	doc_free(doc);
	source_free(src);
	read_doc(md);
	txt = text_analyse(doc, src, NULL);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
}

/* Whether tokens [first, first + n) read want ("*": anything). */
static int
span_is(guint first, guint n, const char *want)
{
	const struct text_token *a, *z;

	if (want != NULL && strcmp(want, "*") == 0)
		return 1;
	if (want == NULL || n == 0)
		return want == NULL && n == 0;
	a = text_tok(txt, first);
	z = text_tok(txt, first + n - 1);
	return z->tend - a->tstart == strlen(want) && memcmp(txt->str->str +
	    a->tstart, want, strlen(want)) == 0;
}

/* Check row r; the differences appended to err. */
static int
check_row(const struct row *r, GString *err)
{
	const struct text_sentence *se;
	const struct text_clause *c;
	const struct want *w;
	guint		 k;
	int		 ok = 1;

	analyse(r->text);
	if (txt->sentences->len != 1) {
		g_string_append_printf(err, "%s: %u sentences\n", r->text,
		    txt->sentences->len);
		return 0;
	}
	se = text_sent(txt, 0);
	if (se->nclauses != r->n) {
		g_string_append_printf(err, "%s: %u clauses\n", r->text,
		    se->nclauses);
		return 0;
	}
	for (k = 0; k < r->n && k < 3; k++) {
		c = text_clause(txt, se->first_clause + k);
		w = &r->c[k];
		if (c->kind != w->kind || !span_is(c->subj_first, c->subj_n,
		    w->subj) || !span_is(c->verb_first, c->verb_n, w->verb) ||
		    !span_is(c->obj_first, c->obj_n, w->obj) ||
		    c->tense != w->tense || c->modality != w->mod ||
		    !c->negated != !w->neg || !c->passive != !w->pass ||
		    c->parent != (w->parent < 0 ? -1 :
		    (int)se->first_clause + w->parent)) {
			g_string_append_printf(err, "%s: clause %u: kind %d "
			    "tense %d mod %d neg %d pass %d parent %d\n",
			    r->text, k, c->kind, c->tense, c->modality,
			    c->negated, c->passive, c->parent);
			ok = 0;
		}
	}
	return ok;
}

static void
test_text_clause_table(void **state)
{
	GString		*err = g_string_new(NULL);
	guint		 i, pass = 0;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++)
		pass += check_row(&rows[i], err) ? 1 : 0;
	fprintf(stderr, "clause table: %u of %zu sentences pass\n%s", pass,
	    G_N_ELEMENTS(rows), err->str);
	g_string_free(err, TRUE);
	assert_int_equal(pass, G_N_ELEMENTS(rows));
}

static void
test_text_clause_empty(void **state)
{
	(void)state;
	analyse("> \n");
	assert_int_equal(txt->sentences->len, 0);
	assert_int_equal(txt->clauses->len, 0);
	analyse("# \n\nWell\n");
	assert_int_equal(txt->clauses->len, 1);
	assert_int_equal(text_clause(txt, 0)->tense, TT_NONE);
	assert_int_equal(text_clause(txt, 0)->head, -1);
}

/* Offsets, sentences' clause ranges and text order over paragraphs. */
static void
test_text_clause_offsets(void **state)
{
	const struct text_clause *c;
	const struct text_sentence *se;
	guint		 i, k, n = 0;

	(void)state;
	analyse("The *army* said it had\nwithdrawn. Talks will resume.\n\n"
	    "Nothing here\n");
	for (i = 0; i < txt->sentences->len; i++) {
		se = text_sent(txt, i);
		assert_int_equal(se->first_clause, n);
		n += se->nclauses;
		for (k = 0; k < se->nclauses; k++) {
			c = text_clause(txt, se->first_clause + k);
			assert_int_equal(c->sentence, i);
			assert_true(c->start >= se->start && c->end <= se->end);
			assert_true(c->first_token >= se->first_token &&
			    c->first_token + c->ntokens <= se->first_token +
			    se->ntokens);
			if (k > 0)
				assert_true(c->first_token >= text_clause(txt,
				    se->first_clause + k - 1)->first_token);
		}
	}
	assert_int_equal(n, txt->clauses->len);
	c = text_clause(txt, 0);
	assert_int_equal(c->start, 0);
	assert_memory_equal(src->buf + text_tok(txt, c->verb_first)->start,
	    "said", 4);
}

/*
 * Every clause's spans lie in order inside its sentence, even when the
 * reading is wrong: here a plural noun read as a verb ("protests"), a
 * participle read as a reduced relative and a coordination after it
 * once made the subject's span end before it began.
 */
static void
test_text_clause_spans(void **state)
{
	const struct text_sentence *se;
	const struct text_clause *c;
	guint		 i, k, s0, s1;

	(void)state;
	analyse("The mayor resigned in 2010, a year after the street protests "
	    "first left local and national officials face to face.\n\n"
	    "Prices rose, weeks after the trade disputes first pushed "
	    "Chinese and American farmers and ranchers closer together.\n");
	assert_int_equal(txt->sentences->len, 2);
	for (i = 0; i < txt->sentences->len; i++) {
		se = text_sent(txt, i);
		s0 = se->first_token;
		s1 = s0 + se->ntokens;
		assert_true(se->nclauses > 0);
		for (k = 0; k < se->nclauses; k++) {
			c = text_clause(txt, se->first_clause + k);
			assert_true(c->ntokens > 0);
			assert_true(c->first_token >= s0 &&
			    c->first_token + c->ntokens <= s1);
			assert_true(c->start <= c->end);
			assert_true(c->tstart <= c->tend);
			assert_true(c->subj_n == 0 || (c->subj_first >= s0 &&
			    c->subj_first + c->subj_n <= s1));
			assert_true(c->subj_n < se->ntokens);
			assert_true(c->obj_n == 0 || (c->obj_first >= s0 &&
			    c->obj_first + c->obj_n <= s1));
			assert_true(c->verb_n == 0 || (c->verb_first >= s0 &&
			    c->verb_first + c->verb_n <= s1));
		}
	}
}

/* A huge sentence stays linear and bounded. */
static void
test_text_clause_large(void **state)
{
	GString		*s = g_string_new(NULL);
	guint		 i;
	gint64		 t0;

	(void)state;
	for (i = 0; i < 20000; i++)
		g_string_append(s, i % 7 == 0 ? "and the army said that " :
		    "troops, ");
	g_string_append(s, "end.\n");
	t0 = g_get_monotonic_time();
	analyse(s->str);
	g_string_free(s, TRUE);
	assert_true(txt->clauses->len > 1000);
	assert_true(g_get_monotonic_time() - t0 < 20 * G_USEC_PER_SEC);
}

/* The dump: keys and values per clause. */
static void
test_text_clause_dump(void **state)
{
	char		*buf = NULL;
	size_t		 len = 0;
	FILE		*f;

	(void)state;
	analyse("Russia did not sign the treaty.\n");
	f = open_memstream(&buf, &len);
	text_dump(txt, f);
	fclose(f);
	assert_non_null(strstr(buf, "\"kind\": \"main\", \"parent\": -1,"));
	assert_non_null(strstr(buf, "\"subject\": \"Russia\", \"actor\": "
	    "null, \"verb\": \"did not sign\", \"tense\": \"past\", "
	    "\"modality\": \"none\", \"negated\": true, \"passive\": false, "
	    "\"object\": \"the treaty\"}"));
	free(buf);
}

/* The text of clause k of sentence 0 is t. */
static void
clause_text_is(guint k, const char *t)
{
	const struct text_clause *c = text_clause(txt,
	    text_sent(txt, 0)->first_clause + k);

	assert_int_equal(c->tend - c->tstart, strlen(t));
	assert_memory_equal(txt->str->str + c->tstart, t, strlen(t));
}

/*
 * A time belongs to the clause it opens or to the verb of speech it
 * follows; a relative clause in an aside ends before the verb after
 * it.
 */
static void
test_text_clause_time_spans(void **state)
{
	(void)state;
	analyse("The court convicted him in March, and in June the king "
	    "pardoned him.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 2);
	clause_text_is(0, "The court convicted him in March,");
	clause_text_is(1, "and in June the king pardoned him.");
	analyse("The mayor said on Friday it was over.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 2);
	clause_text_is(0, "The mayor said on Friday it was over.");
	clause_text_is(1, "it was over.");
	analyse("Voters in the region, which was annexed in 1920, must "
	    "decide soon.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 2);
	clause_text_is(1, "which was annexed in 1920");
	analyse("The strike, which began on May 2nd and was over by May 9th, "
	    "was short.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 3);
	clause_text_is(1, "which began on May 2nd");
	clause_text_is(2, "and was over by May 9th,");
	analyse("The party, whose leader called an election and lost it, "
	    "said that it would fight on.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 4);
	clause_text_is(2, "and lost it,");
	/* a participle of having tells a state: the date is the main
	 * clause's */
	analyse("The city must repay loans held by the bank on May 3rd.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 2);
	clause_text_is(1, "held by the bank");
	/* a measure of time after a clause's own date is that clause's */
	analyse("It rests on a pact, which Lee and Ruiz signed on May 15th "
	    "2012, a year after the party won a majority.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 3);
	assert_int_equal(text_clause(txt, 2)->parent, 1);
	/* a name given in passing ends with the name: the date is the
	 * main clause's */
	analyse("The army launched what it called a cleanup in 2016.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 2);
	clause_text_is(1, "it called a cleanup");
	/* a subordinate clause after the comma that closes an aside of
	 * relatives hangs on the clause the aside is about */
	analyse("The Senate approved the Act, which would punish banks that "
	    "lend to rebels, a day after the House passed it.\n");
	assert_int_equal(text_sent(txt, 0)->nclauses, 4);
	clause_text_is(2, "that lend to rebels,");
	clause_text_is(3, "after the House passed it.");
	assert_int_equal(text_clause(txt, 3)->parent, 0);
}

/* The dump prints a clause's antecedent when it has one. */
static void
test_text_clause_dump_antecedent(void **state)
{
	struct text_clause *c;
	char		*buf = NULL;
	size_t		 len = 0;
	FILE		*f;

	(void)state;
	analyse("The fund grew. It doubled.\n");
	assert_int_equal(txt->clauses->len, 2);
	/* set by hand: the coreference stage is not under test */
	c = &g_array_index(txt->clauses, struct text_clause, 1);
	c->ante_n = 0;
	f = open_memstream(&buf, &len);
	text_dump(txt, f);
	fclose(f);
	assert_null(strstr(buf, "\"antecedent\""));
	free(buf);
	buf = NULL;
	c->ante_first = text_clause(txt, 0)->subj_first;
	c->ante_n = 2;
	f = open_memstream(&buf, &len);
	text_dump(txt, f);
	fclose(f);
	assert_non_null(strstr(buf, "\"object\": null, \"antecedent\": "
	    "\"The fund\"}"));
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_clause_table,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_empty,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_offsets,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_spans,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_large,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_dump,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_clause_time_spans,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_clause_dump_antecedent, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
