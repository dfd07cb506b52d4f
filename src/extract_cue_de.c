/* SPDX-License-Identifier: MIT */
/*
 * The German lexicon of the relations (extract_lex_lang.h): the verbs of
 * each class of the English cues (assets/cues.tsv), by their Snowball
 * stems so that every inflection of a regular verb is one entry,
 * irregular forms listed; the verbs a clause hangs on; the nouns of
 * acts; the words of the grammar the relations are read with; the
 * titles.
 */
#include "extract_lex_lang.h"

/* --- cues ----------------------------------------------------------------- */

static const struct lcue de_cues[] = {
	/* diplomacy */
	{ "treffen|traf|trafen|trifft|getroffen", "meeting", MEET, LC_SYM, D,
	    "mit zwischen", NULL },
	{ "kam zusammen|kamen zusammen|kommen zusammen|zusammengekommen",
	    "meeting", MEET, LC_SYM, 0, "mit", NULL },
	{ "besuchen|besucht|besuchte|besuchten", "visit", VISIT, LC_SO, D,
	    NULL, NULL },
	{ "reisen|reist|reiste|reisten|gereist", "visit", VISIT, LC_SO,
	    LC_STATE, "nach", NULL },
	{ "empfangen|empfing|empfingen|empfängt", "visit", HOST, LC_OS, D,
	    NULL, NULL },
	{ "anerkennen|anerkannt|anerkannte|erkennt an|erkannte an|"
	    "erkannten an|erkennen an|anerkennt", "recognition",
	    "diplomacy:054", LC_SO, D, NULL, NULL },
	{ "führen|führt|führte|führten|geführt", "consultation", MEET,
	    LC_SYM, 0, "mit zwischen", "gespräch|verhandlung|telefonat" },
	{ "annähern|angenähert|nähert an|näherte an|näherten an",
	    "cooperation", SUPPLY, LC_SYM, D | LC_REFL, NULL, NULL },
	{ "verhandeln|verhandelt|verhandelte|verhandelten", "consultation",
	    MEET, LC_SYM, LC_BROKER, "mit zwischen", NULL },
	{ "vermitteln|vermittelt|vermittelte", "mediation", "diplomacy:045",
	    LC_SO, LC_BROKER, "zwischen", NULL },
	{ "einladen|eingeladen|lädt ein|lud ein|luden ein|laden ein",
	    "invitation", "diplomacy:03", LC_SO, D, NULL, NULL },
	{ "danken|dankt|dankte|dankten|gedankt|loben|lobt|lobte|gelobt|"
	    "würdigen|würdigt|würdigte|gewürdigt|gratulieren|gratuliert|"
	    "gratulierte", "praise", "diplomacy:051", LC_SO, D, NULL, NULL },
	{ "unterrichten|unterrichtet|unterrichtete|informieren|informiert|"
	    "informierte", "briefing", MEET, LC_SO, D, NULL, NULL },
	{ "brüskieren|brüskiert|brüskierte|düpieren|düpiert|düpierte",
	    "snub", "diplomacy:12", LC_SO, D, NULL, NULL },
	/* agreements */
	{ "unterzeichnen|unterzeichnet|unterzeichnete|unterzeichneten|"
	    "unterschreiben|unterschrieb|unterschrieben|vereinbaren|"
	    "vereinbart|vereinbarte|vereinbarten", "agreement", AGREE, LC_SYM,
	    0, "mit zwischen", NULL },
	{ "verständigen|verständigt|verständigte|verständigten|einigen|"
	    "einigt|einigte|einigten|geeinigt", "agreement", AGREE, LC_SYM,
	    LC_REFL, "mit", NULL },
	{ "beitreten|beigetreten|beitrat|beitraten|tritt bei|trat bei|"
	    "traten bei|treten bei", "accession", JOIN, LC_SO, D | LC_ORG,
	    NULL, NULL },
	{ "verlassen|verlässt|verließ|verließen", "withdrawal", LEAVE, LC_SO,
	    D | LC_ORGHOST | LC_NOREFL, NULL, NULL },
	{ "austreten|ausgetreten|austrat|tritt aus|trat aus|traten aus|"
	    "treten aus", "withdrawal", LEAVE, LC_SO, LC_ORGHOST, "aus",
	    NULL },
	{ "zurückziehen|zurückgezogen|zieht zurück|zog zurück|zogen zurück",
	    "withdrawal", LEAVE, LC_SO, LC_REFL | LC_ORGHOST, "aus", NULL },
	{ "nachfolgen|nachgefolgt|nachfolgte|folgt nach|folgte nach",
	    "succession", SUCCEED, LC_SO, D, NULL, NULL },
	{ "ersetzen|ersetzt|ersetzte|ablösen|abgelöst|ablöste|löst ab|"
	    "löste ab", "succession", SUCCEED, LC_SO, D, NULL, NULL },
	/* support */
	{ "unterstützen|unterstützt|unterstützte|unterstützten", "support",
	    BACK, LC_SO, D, NULL, NULL },
	{ "helfen|hilft|half|halfen|geholfen", "support", BACK, LC_SO, D,
	    NULL, NULL },
	{ "liefern|liefert|lieferte|lieferten|geliefert|schicken|schickt|"
	    "schickte|schickten|geschickt|verkaufen|verkauft|verkaufte|"
	    "gibt ab|gab ab|gaben ab|geben ab|abgeben|abgegeben|abgab",
	    "supply", SUPPLY, LC_SO, D, "an", NULL },
	{ "überlassen|überlässt|überließ|überließen", "supply", SUPPLY,
	    LC_SO, D, "an", NULL },
	{ "zusagen|zugesagt|sagt zu|sagte zu|sagten zu|sagen zu|"
	    "versprechen|verspricht|versprach|versprochen", "supply", SUPPLY,
	    LC_SO, D | LC_PROMISE, "an", "panzer|waffe|rakete|hilfe|munition|"
	    "milliard|million" },
	{ "gewähren|gewährt|gewährte", "asylum", "support:075", LC_SO, D,
	    NULL, "asyl" },
	{ "finanzieren|finanziert|finanzierte", "funding", "support:07",
	    LC_SO, D, NULL, NULL },
	{ "bewaffnen|bewaffnet|bewaffnete", "munitions", "support:072",
	    LC_SO, D, NULL, NULL },
	{ "ausbilden|ausgebildet|ausbildete|bildet aus|bildete aus|"
	    "bilden aus", "training", "support:062", LC_SO, D, NULL, NULL },
	/* coercion */
	{ "sanktionieren|sanktioniert|sanktionierte", "sanctions", SANCTION,
	    LC_SO, D, NULL, NULL },
	{ "verhängen|verhängt|verhängte|verhängten", "sanctions", SANCTION,
	    LC_SO, 0, "gegen", "sanktion|embargo" },
	{ "aufheben|aufgehoben|hebt auf|hob auf|hoben auf|heben auf",
	    "sanctions relief", "coercion:085", LC_SO, 0, "gegen",
	    "sanktion|embargo" },
	{ "blockieren|blockiert|blockierte", "veto", "coercion:12", LC_SO, D,
	    NULL, NULL },
	{ "schließen|schließt|schloss|schlossen|geschlossen",
	    "border closure", "coercion:16", LC_SO, 0, "zu zum zur",
	    "grenze" },
	{ "verurteilen|verurteilt|verurteilte|verurteilten|kritisieren|"
	    "kritisiert|kritisierte|kritisierten", "criticism",
	    "coercion:111", LC_SO, D, NULL, NULL },
	{ "beschuldigen|beschuldigt|beschuldigte|beschuldigten|vorwerfen|"
	    "vorgeworfen|vorwarf|vorwarfen|vorwirft|wirft vor|warf vor|"
	    "warfen vor|werfen vor", "accusation", "coercion:112", LC_SO, D,
	    NULL, NULL },
	{ "ablehnen|abgelehnt|ablehnte|lehnt ab|lehnte ab|lehnten ab|"
	    "zurückweisen|zurückgewiesen|zurückwies|weist zurück|"
	    "wies zurück|wiesen zurück|bestreiten|bestreitet|bestritt|"
	    "bestritten", "denial", "coercion:12", LC_SO, D, NULL, NULL },
	{ "ausweisen|ausgewiesen|auswies|weist aus|wies aus|wiesen aus",
	    "expulsion", "coercion:166", LC_SO, D, NULL, NULL },
	{ "suspendieren|suspendiert|suspendierte|aussetzen|ausgesetzt|"
	    "setzt aus|setzte aus|setzten aus", "suspension", "coercion:16",
	    LC_SO, D, "mit", NULL },
	{ "drohen|droht|drohte|drohten|gedroht|bedrohen|bedroht|bedrohte",
	    "threat", "coercion:13", LC_SO, D, NULL, NULL },
	{ "warnen|warnt|warnte|warnten|gewarnt", "warning", "coercion:13",
	    LC_SO, D, NULL, NULL },
	{ "brechen ab|bricht ab|brach ab|brachen ab|abgebrochen|abbrach|"
	    "abbrechen", "rupture", RECALL, LC_SYM, 0, "zu mit",
	    "beziehung|verhandlung|gespräch|kontakt" },
	{ "beenden|beendet|beendete|beendeten|aufkündigen|aufgekündigt|"
	    "kündigt auf|kündigte auf", "rupture", RECALL, LC_SYM, 0, "mit",
	    "beziehung|verhandlung|gespräch|zusammenarbeit|koalition|"
	    "partnerschaft" },
	{ "rufen zurück|rief zurück|riefen zurück|zurückgerufen|"
	    "zurückrief|zog ab|zogen ab|abgezogen", "recall of envoys",
	    RECALL, LC_SO, 0, "aus", "botschafter" },
	/* force */
	{ "einmarschieren|einmarschiert|marschiert ein|marschierte ein|"
	    "marschierten ein|einmarschierte|einmarschierten", "invasion",
	    "force:192", LC_SO, 0, "in", NULL },
	{ "überfallen|überfiel|überfällt", "invasion", "force:192",
	    LC_SO, D, NULL, NULL },
	{ "annektieren|annektiert|annektierte", "annexation", "force:192",
	    LC_SO, D, NULL, NULL },
	{ "besetzen|besetzt|besetzte|besetzten", "occupation", "force:192",
	    LC_SO, D, NULL, NULL },
	{ "angreifen|angegriffen|angriff|angriffen|angreift|greift an|"
	    "griff an|griffen an|greifen an|"
	    "bombardieren|bombardiert|bombardierte|beschießen|beschießt|"
	    "beschoss|beschossen|töten|tötet|tötete|getötet|stürmen|stürmte|"
	    "gestürmt", "attack", "force:19", LC_SO, D, NULL, NULL },
	{ "bekennen|bekennt|bekannte|bekannten", "attack", "force:19", LC_SO,
	    LC_REFL, "auf gegen", "anschlag|angriff" },
	{ "führen|führt|führte|führten|geführt|fliegen|fliegt|flog|flogen|"
	    "geflogen|starten|startet|startete|gestartet", "attack",
	    "force:19", LC_SO, 0, "gegen auf", "angriff|krieg|offensive" },
	{ "erlassen|erließ|erließen|ausstellen|stellte aus|ausgestellt",
	    "detention", "coercion:173", LC_SO, 0, "gegen", "haftbefehl" },
	{ "beantragen|beantragt|beantragte|ersuchen|ersucht|ersuchte|"
	    "stellen|stellt|stellte|gestellt", "asylum request",
	    "diplomacy:02", LC_SO, 0, "in bei", "asyl" },
	{ "gewinnen|gewinnt|gewann|gewannen|gewonnen", "defeat",
	    "force:19", LC_SO, 0, "gegen", NULL },
	{ "festnehmen|festgenommen|nimmt fest|nahm fest|nahmen fest|"
	    "verhaften|verhaftet|verhaftete|verhafteten|inhaftieren|"
	    "inhaftiert|inhaftierte", "detention", "coercion:173", LC_SO, D,
	    NULL, NULL },
	{ "entführen|entführt|entführte|verschleppen|verschleppt|"
	    "verschleppte", "abduction", "force:181", LC_SO, D, NULL, NULL },
	{ "nehmen|nimmt|nahm|nahmen|genommen|halten|hält|hielt|hielten|"
	    "gehalten", "abduction", "force:181", LC_SO, D, NULL, "geisel" },
	{ "freilassen|freigelassen|lässt frei|ließ frei|ließen frei|"
	    "freiließ|freigeben|gab frei|freigegeben", "release", "force:084",
	    LC_SO, D, NULL, NULL },
	{ "austauschen|ausgetauscht|tauschen aus|tauschten aus|"
	    "tauschte aus", "swap", "force:084", LC_SYM, 0, "mit zwischen",
	    "gefangen|geisel|häftling" },
	{ "besiegen|besiegt|besiegte|besiegten", "defeat", "force:19", LC_SO,
	    D, NULL, NULL },
	{ "stürzen|stürzte|stürzten|gestürzt|absetzen|abgesetzt|setzte ab|"
	    "setzten ab", "overthrow", "force:18", LC_SO, D, NULL, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Verbs a clause hangs on, by what they make of its act (LV_*). */
static const struct lverb de_verbs[] = {
	{ "beschließen|beschloss|beschlossen|entscheiden|entschied|"
	    "entschieden|beginnen|begann|begonnen", LV_ASPECT },
	{ "fordern|fordert|forderte|gefordert|auffordern|verlangen|verlangt|"
	    "verlangte|bitten|bat|gebeten|drängen|drängt|drängte", LV_ASK },
	{ "wollen|will|wollte|hoffen|hofft|hoffte|versuchen|versucht|"
	    "versuchte|planen|plant|plante|vorschlagen|vorgeschlagen|"
	    "versprechen|versprach|versprochen|beabsichtigen|beabsichtigt|"
	    "vorhaben|vorgehabt|zusagen|zugesagt", LV_PLAN },
	{ "bestreiten|bestreitet|bestritt|bestritten|dementieren|"
	    "dementiert|dementierte", LV_DENY },
	{ "ablehnen|abgelehnt|weigern|weigert|weigerte|vermeiden|vermied|"
	    "vermieden", LV_REFUSE },
	{ "drohen|droht|drohte|erwägen|erwägt|erwog|prüfen|prüft|prüfte",
	    LV_MAYBE },
	{ "ankündigen|angekündigt|verkünden|verkündet|verkündete|anordnen|"
	    "angeordnet|bestätigen|bestätigt|bestätigte|billigen|billigt|"
	    "billigte|erklären|erklärt|erklärte", LV_ANNOUNCE },
	{ NULL, 0 }
};

/* --- nouns ---------------------------------------------------------------- */

/* The actor a possessive points back to acts ("su retirada de"); those
 * marked LC_OBJDE are read after an article too, under a verb of
 * announcing or deciding ("a annoncé la suspension du Gabon"): their
 * "de" phrase is what the act is done to, never its doer. */
static const struct lcue de_nouns[] = {
	{ "rückzug|austritt", "withdrawal", LEAVE, LC_SO, LC_ORGHOST, "aus",
	    NULL },
	{ "unterstützung", "support", BACK, LC_SO, 0, "für", NULL },
	{ "beitritt", "accession", JOIN, LC_SO, LC_ORG, "zu zum zur", NULL },
	{ "abbruch", "rupture", RECALL, LC_SO, LC_OBJDE, "zu mit", NULL },
	{ "sanktion|sanktionen", "sanctions", SANCTION, LC_SO, LC_OBJDE,
	    "gegen", NULL },
	{ "anerkennung", "recognition", "diplomacy:054", LC_SO, LC_OBJDE,
	    "von", NULL },
	{ "absetzung|entmachtung", "overthrow", "force:18", LC_SO, LC_OBJDE,
	    "von", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Nouns of an act that name both ends in their phrase: "las sanciones
 * de la UE contra Rusia", "la suspension du Gabon par l'Union
 * africaine", "der Angriff Russlands auf die Ukraine". */
static const struct lcue de_nominal[] = {
	{ "sanktion|sanktionen|embargo", "sanctions", SANCTION, LC_SO, 0,
	    NULL, NULL },
	{ "angriff|angriffe|offensive", "attack", "force:19", LC_SO, 0, NULL,
	    NULL },
	{ "invasion", "invasion", "force:192", LC_SO, 0, NULL, NULL },
	{ "suspendierung", "suspension", "coercion:16", LC_SO, 0, NULL,
	    NULL },
	{ "ausweisung", "expulsion", "coercion:166", LC_SO, 0, NULL, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* --- grammar -------------------------------------------------------------- */

static const char *const de_preps[] = {
	"an", "am", "auf", "aus", "bei", "beim", "durch", "für", "gegen",
	"gegenüber", "in", "im", "ins", "mit", "nach", "ohne", "seit",
	"über", "um", "unter", "von", "vom", "vor", "zu", "zum", "zur",
	"zwischen", "wegen", "trotz", "laut", NULL
};
static const char *const de_ands[] = { "und", NULL };
static const char *const de_dets[] = {
	"der", "die", "das", "den", "dem", "des", NULL
};
static const char *const de_agent[] = { "von", "vom", "durch", NULL };
static const char *const de_refl[] = { "sich", NULL };
static const char *const de_particles[] = {
	"an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu",
	"zurück", "zusammen", "fest", "weg", "vorbei", "fort", "hin", "her",
	"los", "um", "durch", "über", "wieder", NULL
};
static const char *const de_recip[] = { "gegenseitig", "einander", NULL };
static const char *const de_cond[] = {
	"wenn", "falls", "sofern", "ob", NULL
};
static const char *const de_rel[] = { "der", "die", "das", "welche",
	"welcher", NULL };

/* Prepositions of the phrases of nouns: of the actor, against, by. */
static const char *const de_of[] = { "der", "des", "von", "vom", NULL };
static const char *const de_against[] = { "gegen", "auf", NULL };
static const char *const de_by[] = { "durch", NULL };

/* Words that make a title the opposition's, not the state's. */
static const char *const de_opposed[] = { "opposition", NULL };

static const char *const de_poss[] = {
	"sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
	"ihren", "ihrem", "ihrer", NULL
};

static const struct lang_words de_words = {
	de_preps, de_ands, de_dets, de_agent, de_refl, de_particles, de_recip,
	de_cond, de_rel, de_poss, de_of, de_against, de_by, de_opposed, NULL,
	"abkommen|vereinbarung|waffenruhe|waffenstillstand|vertrag|einigung"
};

/* --- titles --------------------------------------------------------------- */

static const struct title de_titles[] = {
	{ "vizepräsident", "vice president of", 0 },
	{ "vizepräsidentin", "vice president of", 0 },
	{ "vizekanzler", "vice chancellor of", 0 },
	{ "vizekanzlerin", "vice chancellor of", 0 },
	{ "präsident", "leader of", 0 }, { "präsidentin", "leader of", 0 },
	{ "kanzler", "leader of", 0 }, { "kanzlerin", "leader of", 0 },
	{ "chef", "leader of", 0 }, { "chefin", "leader of", 0 },
	{ "könig", "leader of", 0 }, { "königin", "leader of", 0 },
	{ "anführer", "leader of", 0 }, { "anführerin", "leader of", 0 },
	{ "premier", "leader of", 0 }, { "premierministerin", "leader of", 0 },
	{ "premierminister", "leader of", 0 },
	{ "vorsitzende", "leader of", 0 }, { "vorsitzender", "leader of", 0 },
	{ "minister", "minister of", 0 }, { "ministerin", "minister of", 0 },
	{ "botschafter", "ambassador of", 0 },
	{ "botschafterin", "ambassador of", 0 },
	{ "sekretär", "secretary of", 0 }, { "sekretärin", "secretary of", 0 },
	{ "gesandte", "envoy of", 0 }, { "gesandter", "envoy of", 0 },
	{ "sprecher", "spokesperson of", 0 },
	{ "sprecherin", "spokesperson of", 0 },
	{ "präsidenten", "leader of", 1 },
	{ "regierungschefs", "leader of", 1 },
	{ "ministern", "minister of", 1 }, { NULL, NULL, 0 }
};

const struct lang_lexicon extract_lexicon_de = {
	"german", de_cues, de_verbs, de_nouns, de_nominal, &de_words, de_titles
};
