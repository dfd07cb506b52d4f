/* SPDX-License-Identifier: MIT */
/*
 * The French lexicon of the relations (extract_lex_lang.h): the verbs of
 * each class of the English cues (assets/cues.tsv), by their Snowball
 * stems so that every inflection of a regular verb is one entry,
 * irregular forms listed; the verbs a clause hangs on; the nouns of
 * acts; the words of the grammar the relations are read with; the
 * titles.
 */
#include "extract_lex_lang.h"

/* --- cues ----------------------------------------------------------------- */

static const struct lcue fr_cues[] = {
	/* diplomacy */
	{ "rencontrer|rencontré|rencontre|rencontrent|rencontrera",
	    "meeting", MEET, LC_SYM, D, "avec entre", NULL },
	{ "entretenir|entretenu|entretient|entretiendra",
	    "meeting", MEET, LC_SYM, LC_REFL, "avec", NULL },
	{ "réunir|réuni|réunit|réunissent", "meeting", MEET, LC_SYM, LC_REFL,
	    "avec", NULL },
	{ "visiter|visité|visite|visitent|visitera",
	    "visit", VISIT, LC_SO, D, NULL, NULL },
	{ "rendre|rendu|rend|rendent|rendra", "visit", VISIT, LC_SO,
	    LC_REFL | LC_STATE, "à au aux en", NULL },
	{ "rendre|rendu|rend|rendent|rendra", "visit", VISIT, LC_SO, 0,
	    "à au aux", "visite" },
	{ "revenir|revenu|revient|reviendra|retourner|retourné|retourne",
	    "visit", VISIT, LC_SO, LC_STATE, "à au aux en", NULL },
	{ "recevoir|reçu|reçoit|reçoivent|recevra|accueillir|accueilli|"
	    "accueille", "visit", HOST, LC_OS, D, NULL, NULL },
	{ "reconnaître|reconnu|reconnue|reconnaît|reconnaissent|reconnaîtra",
	    "recognition", "diplomacy:054", LC_SO, D, NULL, NULL },
	{ "négocier|négocié|négocie|négocient|négociera",
	    "consultation", MEET, LC_SYM, LC_BROKER, "avec entre", NULL },
	{ "rapprocher|rapproché|rapprochée|rapprochés|rapprochées|"
	    "rapproche|rapprochent", "cooperation", SUPPLY, LC_SYM, LC_REFL,
	    "de du des", NULL },
	{ "discuter|discuté|discute|discutent", "consultation", MEET,
	    LC_SYM, 0, "avec", NULL },
	{ "mener|mené|mène|mènent|avoir|eu|tenir|tenu|tient", "consultation",
	    MEET, LC_SYM, 0, "avec entre",
	    "discussion|négociation|pourparler|entretien|échange" },
	{ "entremettre|entremis|parrainer|parrainé|parraine", "mediation",
	    "diplomacy:045", LC_SO, LC_BROKER, "entre", NULL },
	{ "servir|servi|sert|jouer|joué|joue", "mediation", "diplomacy:045",
	    LC_SO, LC_BROKER, "entre", "médiat" },
	{ "inviter|invité|invite|invitent|invitera", "invitation",
	    "diplomacy:03", LC_SO, D, NULL, NULL },
	{ "remercier|remercié|remercie|remercient|féliciter|félicité|"
	    "félicite|saluer|salué|salue|saluent|louer|loué|loue",
	    "praise", "diplomacy:051", LC_SO, D, NULL, NULL },
	{ "informer|informé|informe", "briefing", MEET, LC_SO, D, NULL,
	    NULL },
	{ "snober|snobé|snobe|bouder|boudé|boude", "snub", "diplomacy:12",
	    LC_SO, D, NULL, NULL },
	/* agreements */
	{ "signer|signé|signe|signent|signera|signeront|conclure|conclu|"
	    "conclut|parapher|paraphé", "agreement", AGREE, LC_SYM, 0,
	    "avec entre", NULL },
	{ "parvenir|parvenu|parvient|parviennent|aboutir|abouti",
	    "agreement", AGREE, LC_SYM, 0, "avec entre", "accord" },
	{ "adhérer|adhéré|adhère|adhèrent", "accession", JOIN, LC_SO,
	    LC_ORG, "à au aux", NULL },
	{ "rejoindre|rejoint|rejoignent|intégrer|intégré|intègre",
	    "accession", JOIN, LC_SO, D | LC_ORG, NULL, NULL },
	{ "quitter|quitté|quitte|quittent|quittera", "withdrawal", LEAVE,
	    LC_SO, D | LC_ORGHOST, NULL, NULL },
	{ "sortir|sorti|sort|sortent|sortira", "withdrawal", LEAVE, LC_SO,
	    LC_ORG | LC_ORGHOST, "de du des", NULL },
	{ "retirer|retiré|retire|retirent|retirera", "withdrawal", LEAVE,
	    LC_SO, LC_REFL | LC_ORGHOST, "de du des", NULL },
	{ "retirer|retiré|retire|retirent|retirera", "recall of envoys",
	    RECALL, LC_SO, 0, "en au à de du", "ambassad" },
	{ "violer|violé|viole|violent|enfreindre|enfreint", "violation",
	    "agreement:16", LC_SO, D, NULL, NULL },
	{ "succéder|succédé|succède", "succession", SUCCEED, LC_SO, 0,
	    "à au", NULL },
	{ "remplacer|remplacé|remplace|remplacent", "succession", SUCCEED,
	    LC_SO, D, NULL, NULL },
	/* support */
	{ "coorganiser|coorganisé|coorganisée|coorganisent|coprésider|"
	    "coprésidé|coprésidée|coprésident", "cooperation", SUPPLY, LC_SYM,
	    0, "avec", NULL },
	{ "soutenir|soutenu|soutient|soutiennent|soutiendra|appuyer|appuyé|"
	    "appuie", "support", BACK, LC_SO, D, NULL, NULL },
	{ "aider|aidé|aide|aident|aidera", "support", BACK, LC_SO, D, NULL,
	    NULL },
	{ "livrer|livré|livre|livrent|livrera|fournir|fourni|fournit|"
	    "fournissent|envoyer|envoyé|envoie|envoient|enverra|vendre|vendu|"
	    "vend|vendent|céder|cédé|cède", "supply", SUPPLY, LC_SO, 0,
	    "à au aux", NULL },
	{ "promettre|promis|promet|promettent", "supply", SUPPLY, LC_SO,
	    LC_PROMISE, "à au aux", "arme|char|missile|aide|munition" },
	{ "accorder|accordé|accorde|octroyer|octroyé|octroie", "asylum",
	    "support:075", LC_SO, 0, "à au aux", "asile|l'asile|l’asile" },
	{ "financer|financé|finance|financent", "funding", "support:07",
	    LC_SO, D, NULL, NULL },
	{ "armer|armé|arment", "munitions", "support:072", LC_SO, D, NULL,
	    NULL },
	{ "entraîner|entraîné|entraîne|entraînent",
	    "training", "support:062", LC_SO, D, NULL, NULL },
	/* coercion */
	{ "sanctionner|sanctionné|sanctionne|sanctionnent", "sanctions",
	    SANCTION, LC_SO, D, NULL, NULL },
	{ "imposer|imposé|impose|imposent|imposera", "sanctions", SANCTION,
	    LC_SO, 0, "à au aux contre", "sanction|embargo" },
	{ "lever|levé|lève|lèvent|levées|levée", "sanctions relief",
	    "coercion:085", LC_SO, 0, "à au aux contre", "sanction|embargo" },
	{ "bloquer|bloqué|bloque|bloquent", "veto", "coercion:12", LC_SO, D,
	    NULL, NULL },
	{ "fermer|fermé|ferme|ferment|fermera", "border closure",
	    "coercion:16", LC_SO, 0, "avec", "frontière" },
	{ "condamner|condamné|condamne|condamnent|critiquer|critiqué|"
	    "critique|critiquent|dénoncer|dénoncé|dénonce|dénoncent|fustiger|"
	    "fustigé", "criticism", "coercion:111", LC_SO, D, NULL, NULL },
	{ "mettre|mis|met|mettent", "criticism", "coercion:111", LC_SO, D,
	    NULL, "cause" },
	{ "accuser|accusé|accuse|accusent", "accusation", "coercion:112",
	    LC_SO, D, NULL, NULL },
	{ "reprocher|reproché|reproche|reprochent|imputer|imputé|impute",
	    "accusation", "coercion:112", LC_SO, 0, "à au aux", NULL },
	{ "rejeter|rejeté|rejette|rejettent|démentir|démenti|dément|nier|"
	    "nié|nie", "denial", "coercion:12", LC_SO, D, NULL, NULL },
	{ "expulser|expulsé|expulse|expulsent", "expulsion", "coercion:166",
	    LC_SO, D, "de du des", NULL },
	{ "déclarer|déclaré|déclare", "expulsion", "coercion:166", LC_SO, D,
	    NULL, "grata" },
	{ "suspendre|suspendu|suspend|suspendent", "suspension",
	    "coercion:16", LC_SO, D, "avec", NULL },
	{ "menacer|menacé|menace|menacent", "threat", "coercion:13", LC_SO,
	    D, NULL, NULL },
	{ "avertir|averti|avertit|prévenir|prévenu|prévient", "warning",
	    "coercion:13", LC_SO, D, NULL, NULL },
	{ "rompre|rompu|rompt", "rupture", RECALL, LC_SYM, 0, "avec", NULL },
	{ "mettre|mis|met|mettent|terminer|terminé|termine", "rupture",
	    RECALL, LC_SYM, 0, "avec", "fin" },
	{ "rappeler|rappelé|rappelle", "recall of envoys", RECALL, LC_SO, 0,
	    "en au à de du", "ambassad" },
	/* force */
	{ "envahir|envahi|envahit|envahissent", "invasion", "force:192",
	    LC_SO, D, NULL, NULL },
	{ "annexer|annexé|annexe", "annexation", "force:192", LC_SO, D,
	    NULL, NULL },
	{ "occuper|occupé|occupe|occupent", "occupation", "force:192", LC_SO,
	    D, NULL, NULL },
	{ "attaquer|attaqué|attaque|attaquent|bombarder|bombardé|bombarde|"
	    "bombardent|tuer|tué|tue|tuent|frapper|frappé|frappe|agresser|"
	    "agressé", "attack", "force:19", LC_SO, D, NULL, NULL },
	{ "lancer|lancé|lance|lancent|mener|mené|mène|mènent|conduire|"
	    "conduit|effectuer|effectué|effectue", "attack", "force:19", LC_SO,
	    0, "contre sur", "attaque|offensive|frappe|raid|bombardement" },
	{ "revendiquer|revendiqué|revendique", "attack", "force:19", LC_SO,
	    0, "contre", "attaque|attentat|l'attaque|l’attaque|l'attentat|"
	    "l’attentat" },
	{ "émettre|émis|émet|délivrer|délivré|lancer|lancé", "detention",
	    "coercion:173", LC_SO, 0, "contre", "mandat" },
	{ "demander|demandé|demande|demandent|solliciter|sollicité",
	    "asylum request", "diplomacy:02", LC_SO, 0, "en au à aux",
	    "asile|l'asile|l’asile" },
	{ "arrêter|arrêté|arrêtent|interpeller|interpellé|interpellent|"
	    "incarcérer|incarcéré|emprisonner|emprisonné", "detention",
	    "coercion:173", LC_SO, D, NULL, NULL },
	{ "prendre|pris|prend|prennent|reprendre|repris|reprend|reprennent",
	    "attack", "force:19", LC_SO, 0, "contre", "arme" },
	{ "enlever|enlevé|enlève|kidnapper|kidnappé|séquestrer|séquestré",
	    "abduction", "force:181", LC_SO, D, NULL, NULL },
	{ "prendre|pris|prend|prennent|retenir|retenu|retient", "abduction",
	    "force:181", LC_SO, D, NULL, "otage" },
	{ "libérer|libéré|libère|libèrent|relâcher|relâché|relâche",
	    "release", "force:084", LC_SO, D, NULL, NULL },
	{ "échanger|échangé|échange|échangent", "swap", "force:084", LC_SYM,
	    0, "avec entre", "prisonnier|otage|détenu" },
	{ "vaincre|vaincu|vainc|battre|battu|bat|battent", "defeat",
	    "force:19", LC_SO, D, NULL, NULL },
	{ "renverser|renversé|renverse|renversent|destituer|destitué|"
	    "déposer|déposé", "overthrow", "force:18", LC_SO, D, NULL, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Verbs a clause hangs on, by what they make of its act (LV_*). */
static const struct lverb fr_verbs[] = {
	{ "venir|vient|venait|viennent|décider|décidé|décide|commencer|"
	    "commencé|continuer|continué|choisir|choisi|réussir|réussi|"
	    "parvenir|parvenu", LV_ASPECT },
	{ "demander|demandé|demande|exiger|exigé|exige|exhorter|exhorté|"
	    "appeler|appelé|appelle|sommer|sommé|enjoindre|enjoint", LV_ASK },
	{ "vouloir|voulu|veut|souhaiter|souhaité|espérer|espéré|chercher|"
	    "cherché|tenter|tenté|proposer|proposé|promettre|promis|"
	    "envisager|envisagé|prévoir|prévu|compter|compte|comptait|"
	    "projeter|projeté|engager|engagé", LV_PLAN },
	{ "démentir|démenti|dément|nier|nié|nie", LV_DENY },
	{ "refuser|refusé|refuse|éviter|évité|exclure|exclu|exclut|"
	    "renoncer|renoncé", LV_REFUSE },
	{ "menacer|menacé|étudier|étudié|examiner|examiné", LV_MAYBE },
	{ "annoncer|annoncé|annonce|décréter|décrété|ordonner|ordonné|"
	    "confirmer|confirmé|officialiser|officialisé|prononcer|prononcé|"
	    "approuver|approuvé|acter|acté|proclamer|proclamé", LV_ANNOUNCE },
	{ NULL, 0 }
};

/* --- nouns ---------------------------------------------------------------- */

/* The actor a possessive points back to acts ("su retirada de"); those
 * marked LC_OBJDE are read after an article too, under a verb of
 * announcing or deciding ("a annoncé la suspension du Gabon"): their
 * "de" phrase is what the act is done to, never its doer. */
static const struct lcue fr_nouns[] = {
	{ "retrait|sortie", "withdrawal", LEAVE, LC_SO, LC_ORGHOST,
	    "de du des", NULL },
	{ "soutien|appui", "support", BACK, LC_SO, 0, "à au aux", NULL },
	{ "adhésion", "accession", JOIN, LC_SO, LC_ORG, "à au aux", NULL },
	{ "reconnaissance", "recognition", "diplomacy:054", LC_SO, LC_OBJDE,
	    "de du des", NULL },
	{ "condamnation", "criticism", "coercion:111", LC_SO, 0,
	    "de du des", NULL },
	{ "rupture", "rupture", RECALL, LC_SO, LC_OBJDE, "avec", NULL },
	{ "sanction|sanctions", "sanctions", SANCTION, LC_SO, LC_OBJDE,
	    "contre à au aux", NULL },
	{ "suspension", "suspension", "coercion:16", LC_SO, LC_OBJDE,
	    "de du des", NULL },
	{ "expulsion", "expulsion", "coercion:166", LC_SO, LC_OBJDE,
	    "de du des", NULL },
	{ "destitution|renversement", "overthrow", "force:18", LC_SO,
	    LC_OBJDE, "de du des", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Nouns of an act that name both ends in their phrase: "las sanciones
 * de la UE contra Rusia", "la suspension du Gabon par l'Union
 * africaine", "der Angriff Russlands auf die Ukraine". */
static const struct lcue fr_nominal[] = {
	{ "sanction|sanctions|embargo", "sanctions", SANCTION, LC_SO, 0,
	    NULL, NULL },
	{ "attaque|attaques|frappe|frappes|offensive", "attack", "force:19",
	    LC_SO, 0, NULL, NULL },
	{ "invasion", "invasion", "force:192", LC_SO, 0, NULL, NULL },
	{ "suspension", "suspension", "coercion:16", LC_SO, 0, NULL, NULL },
	{ "expulsion", "expulsion", "coercion:166", LC_SO, 0, NULL, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* --- grammar -------------------------------------------------------------- */

static const char *const fr_preps[] = {
	"à", "au", "aux", "avec", "chez", "contre", "dans", "de", "des",
	"du", "depuis", "en", "entre", "envers", "par", "pour", "sans",
	"sous", "sur", "vers", "auprès", "malgré", "selon", NULL
};
static const char *const fr_ands[] = { "et", NULL };
static const char *const fr_dets[] = { "le", "la", "les", NULL };
static const char *const fr_agent[] = { "par", NULL };
static const char *const fr_refl[] = { "se", "s'", "s’", NULL };
static const char *const fr_recip[] = { "mutuellement", NULL };
static const char *const fr_cond[] = { "si", "s'il", "s’il", NULL };
static const char *const fr_rel[] = { "qui", "lequel", "laquelle",
	"lesquels", "lesquelles", NULL };

/* Prepositions of the phrases of nouns: of the actor, against, by. */
static const char *const fr_of[] = { "de", "du", "des", NULL };
static const char *const fr_against[] = { "contre", "sur", NULL };
static const char *const fr_by[] = { "par", NULL };

/* Words that make a title the opposition's, not the state's. */
static const char *const fr_opposed[] = {
	"opposant", "opposante", "opposition", "l'opposition",
	"l’opposition", NULL
};

static const char *const fr_poss[] = {
	"son", "sa", "ses", "leur", "leurs", NULL
};

static const struct lang_words fr_words = {
	fr_preps, fr_ands, fr_dets, fr_agent, fr_refl, NULL, fr_recip,
	fr_cond, fr_rel, fr_poss, fr_of, fr_against, fr_by, fr_opposed, "d",
	"accord|l'accord|l’accord|traité|trêve|cessez-le-feu|pacte"
};

/* --- titles --------------------------------------------------------------- */

static const struct title fr_titles[] = {
	{ "président", "leader of", 0 }, { "présidente", "leader of", 0 },
	{ "roi", "leader of", 0 }, { "reine", "leader of", 0 },
	{ "chef", "leader of", 0 }, { "dirigeant", "leader of", 0 },
	{ "dirigeante", "leader of", 0 },
	{ "vice-président", "vice president of", 0 },
	{ "vice-présidente", "vice president of", 0 },
	{ "ministre", "minister of", 0 }, { "ambassadeur", "ambassador of", 0 },
	{ "ambassadrice", "ambassador of", 0 },
	{ "secrétaire", "secretary of", 0 },
	{ "procureur", "prosecutor of", 0 },
	{ "commandant", "commander of", 0 },
	{ "porte-parole", "spokesperson of", 0 },
	{ "émissaire", "envoy of", 0 }, { "envoyé", "envoy of", 0 },
	{ "envoyée", "envoy of", 0 }, { "présidents", "leader of", 1 },
	{ "ministres", "minister of", 1 }, { NULL, NULL, 0 }
};

const struct lang_lexicon extract_lexicon_fr = {
	"french", fr_cues, fr_verbs, fr_nouns, fr_nominal, &fr_words, fr_titles
};
