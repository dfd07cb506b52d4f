/* SPDX-License-Identifier: MIT */
/*
 * The relation cues of Spanish, French and German: the verbs of each
 * class of the English lexicon (assets/cues.tsv: supply and aid, ties,
 * hostility), by their Snowball stems so that every inflection of a
 * regular verb is one entry ("firmó", "firmaron", "firmará": "firm"),
 * irregular forms listed ("reconnu", "soutient", "griff an").  Labels
 * are the English cues' keys; the page may translate them.
 */
#include <string.h>

#include <glib.h>
#include <libstemmer.h>

#include "cameo.h"
#include "extract_lang.h"
#include "gazetteer.h"

#define D	LC_DIRECT

struct lverb {
	const char	*forms;		/* "|"-separated */
	int		 what;		/* LV_* */
};

/* The acts most cues share (class:code, as assets/cues.tsv gives
 * them). */
#define MEET		"diplomacy:04"
#define VISIT		"diplomacy:042"
#define HOST		"diplomacy:043"
#define AGREE		"agreement:057"
#define JOIN		"agreement:05"
#define LEAVE		"agreement:16"
#define SUCCEED		"succession:-"
#define BACK		"support:05"
#define SUPPLY		"support:06"
#define SANCTION	"coercion:163"
#define RECALL		"coercion:161"

/* --- Spanish -------------------------------------------------------------- */

static const struct lcue es_cues[] = {
	/* diplomacy */
	{ "reunir|reunirse|reunió|reunieron|reúne|reúnen|reunirá|reunido",
	    "meeting", MEET, LC_SYM, 0, "con entre", NULL },
	{ "entrevistar|entrevistarse|entrevistó|entrevistaron",
	    "meeting", MEET, LC_SYM, 0, "con entre", NULL },
	{ "encontrar|encontró|encontraron|encuentra|encuentran",
	    "meeting", MEET, LC_SYM, LC_REFL, "con entre", NULL },
	{ "visitar|visitó|visita|visitaron|visitará|visitado",
	    "visit", VISIT, LC_SO, D, "a al", NULL },
	{ "viajar|viajó|viaja|viajaron|viajará|viajado|regresar|regresó|"
	    "regresará", "visit", VISIT, LC_SO, LC_STATE, "a al", NULL },
	{ "recibir|recibió|recibe|recibieron|recibirá|recibido|acoger|"
	    "acogió|acoge", "visit", HOST, LC_OS, D, "a al", NULL },
	{ "reconocer|reconoció|reconoce|reconocieron|reconocido|reconocerá",
	    "recognition", "diplomacy:054", LC_SO, D, "a al", NULL },
	{ "negociar|negoció|negocia|negociaron|negociado|negociará",
	    "consultation", MEET, LC_SYM, LC_BROKER, "con entre", NULL },
	{ "dialogar|dialogó|dialoga|dialogaron|conversar|conversó|"
	    "conversaron", "consultation", MEET, LC_SYM, 0, "con entre",
	    NULL },
	{ "mediar|medió|mediaron|mediado|intermediar|intermedió",
	    "mediation", "diplomacy:045", LC_SO, LC_BROKER, "entre", NULL },
	{ "invitar|invitó|invita|invitaron|invitado",
	    "invitation", "diplomacy:03", LC_SO, D, "a al", NULL },
	{ "agradecer|agradeció|agradece|agradecieron|elogiar|elogió|"
	    "elogiaron|felicitar|felicitó|felicitaron|alabar|alabó",
	    "praise", "diplomacy:051", LC_SO, D, "a al", NULL },
	{ "informar|informó|informaron", "briefing", MEET, LC_SO, D,
	    "a al", NULL },
	{ "desairar|desairó|ningunear|ninguneó", "snub", "diplomacy:12",
	    LC_SO, D, "a al", NULL },
	/* agreements */
	{ "firmar|firmó|firma|firman|firmaron|firmado|firmará|firmarán",
	    "agreement", AGREE, LC_SYM, 0, "con entre", NULL },
	{ "suscribir|suscribió|suscribieron|pactar|pactó|pactaron|rubricar|"
	    "rubricó|rubricaron|sellar|selló|sellaron", "agreement", AGREE,
	    LC_SYM, 0, "con entre", NULL },
	{ "llegar|llegó|llegaron|llega|llegan|llegará", "agreement", AGREE,
	    LC_SYM, 0, "con entre", "acuerdo" },
	{ "adherir|adherirse|adhirió|adhieren|adhirieron", "accession",
	    JOIN, LC_SO, LC_ORG, "a al", NULL },
	{ "ingresar|ingresó|ingresaron", "accession", JOIN, LC_SO, LC_ORG,
	    "en a al", NULL },
	{ "unir|unirse|unió|unieron|sumar|sumarse|sumó|sumaron|incorporar|"
	    "incorporarse|incorporó|incorporaron", "accession", JOIN, LC_SO,
	    LC_REFL | LC_ORG, "a al", NULL },
	{ "abandonar|abandonó|abandona|abandonaron|abandonado|abandonará",
	    "withdrawal", LEAVE, LC_SO, D | LC_ORGHOST, NULL, NULL },
	{ "salir|salió|salieron|saldrá", "withdrawal", LEAVE, LC_SO,
	    LC_ORG | LC_ORGHOST, "de del", NULL },
	{ "retirar|retirarse|retiró|retira|retiraron|retirado",
	    "recall of envoys", RECALL, LC_SO, 0, "de del en", "embajador" },
	{ "retirar|retirarse|retiró|retira|retiraron|retirado",
	    "withdrawal", LEAVE, LC_SO, LC_REFL | LC_ORGHOST, "de del", NULL },
	{ "violar|violó|viola|violaron|violado|vulnerar|vulneró|incumplir|"
	    "incumplió", "violation", "agreement:16", LC_SO, D, "a al",
	    NULL },
	{ "suceder|sucedió|sucede|sucedieron", "succession", SUCCEED, LC_SO,
	    0, "a al", NULL },
	{ "reemplazar|reemplazó|reemplaza|reemplazaron|sustituir|sustituyó|"
	    "sustituye|relevar|relevó", "succession", SUCCEED, LC_SO, D,
	    "a al", NULL },
	/* support */
	{ "apoyar|apoyó|apoya|apoyan|apoyaron|apoyado|respaldar|respaldó|"
	    "respalda|respaldaron", "support", BACK, LC_SO, D, "a al", NULL },
	{ "ayudar|ayudó|ayuda|ayudan|ayudaron|ayudado",
	    "support", BACK, LC_SO, D, "a al", NULL },
	{ "entregar|entregó|entrega|entregan|entregaron|entregado|entregará|"
	    "suministrar|suministró|suministra|suministraron|enviar|envió|"
	    "envía|envían|enviaron|enviado|enviará|vender|vendió|vende|"
	    "vendieron|donar|donó|donaron", "supply", SUPPLY, LC_SO, 0,
	    "a al", NULL },
	{ "prometer|prometió|prometieron|promete", "supply", SUPPLY, LC_SO,
	    LC_PROMISE, "a al", "arma|tanque|misil|ayuda|dinero|munici" },
	{ "conceder|concedió|concede|concedieron|otorgar|otorgó|otorga|"
	    "otorgaron|dar|dio|dieron", "asylum", "support:075", LC_SO, 0,
	    "a al", "asilo" },
	{ "financiar|financió|financia|financian|financiaron",
	    "funding", "support:07", LC_SO, D, "a al", NULL },
	{ "armar|armó|armaron", "munitions", "support:072", LC_SO, D,
	    "a al", NULL },
	{ "entrenar|entrenó|entrena|entrenaron|adiestrar|adiestró",
	    "training", "support:062", LC_SO, D, "a al", NULL },
	/* coercion */
	{ "sancionar|sancionó|sanciona|sancionan|sancionaron|sancionado",
	    "sanctions", SANCTION, LC_SO, D, "a al", NULL },
	{ "imponer|impuso|impone|imponen|impusieron|impuesto|impondrá",
	    "sanctions", SANCTION, LC_SO, 0, "a al contra", "sancion|embargo" },
	{ "imponer|impuso|impone|imponen|impusieron|impondrá",
	    "defeat", "force:19", LC_SO, LC_REFL, "a al", NULL },
	{ "levantar|levantó|levanta|levantaron|levantará", "sanctions relief",
	    "coercion:085", LC_SO, 0, "a al contra sobre", "sancion|embargo" },
	{ "vetar|vetó|veta|vetaron|bloquear|bloqueó|bloquea|bloquearon",
	    "veto", "coercion:12", LC_SO, D, "a al", NULL },
	{ "cerrar|cerró|cierra|cerraron|cerrará", "border closure",
	    "coercion:16", LC_SO, 0, "con", "frontera" },
	{ "condenar|condenó|condena|condenan|condenaron|condenado|criticar|"
	    "criticó|critica|critican|criticaron|reprochar|reprochó|"
	    "denunciar|denunció|denuncia|denunciaron",
	    "criticism", "coercion:111", LC_SO, D, "a al", NULL },
	{ "rechazar|rechazó|rechaza|rechazan|rechazaron|negar|negó|niega|"
	    "negaron|desmentir|desmintió", "denial", "coercion:12", LC_SO, D,
	    "a al", NULL },
	{ "acusar|acusó|acusa|acusan|acusaron|acusado|culpar|culpó|culpa|"
	    "responsabilizar|responsabilizó", "accusation", "coercion:112",
	    LC_SO, D, "a al", NULL },
	{ "expulsar|expulsó|expulsa|expulsaron|expulsado",
	    "expulsion", "coercion:166", LC_SO, D, "a al de del", NULL },
	{ "declarar|declaró|declara|declararon", "expulsion",
	    "coercion:166", LC_SO, D, "a al", "grata" },
	{ "suspender|suspendió|suspende|suspendieron|suspendido",
	    "suspension", "coercion:16", LC_SO, D, "a al", NULL },
	{ "amenazar|amenazó|amenaza|amenazan|amenazaron",
	    "threat", "coercion:13", LC_SO, D, "a al", NULL },
	{ "advertir|advirtió|advierte|advirtieron|alertar|alertó",
	    "warning", "coercion:13", LC_SO, D, "a al", NULL },
	{ "llamar|llamó|llama|llamaron", "recall of envoys", RECALL, LC_SO,
	    0, "de del en", "embajador" },
	{ "romper|rompió|rompe|rompieron|roto", "rupture", RECALL, LC_SO, 0,
	    "con", "relacion" },
	/* force */
	{ "invadir|invadió|invade|invadieron|invadido|anexar|anexó|"
	    "anexionar|anexionó|ocupar|ocupó|ocupa|ocuparon",
	    "invasion", "force:192", LC_SO, D, "a al", NULL },
	{ "atacar|atacó|ataca|atacan|atacaron|atacado|bombardear|bombardeó|"
	    "bombardea|bombardearon|matar|mató|mataron|asesinar|asesinó|"
	    "asaltar|asaltó|asaltaron|agredir|agredió",
	    "attack", "force:19", LC_SO, D, "a al", NULL },
	{ "irrumpir|irrumpió|irrumpieron", "attack", "force:19", LC_SO, 0,
	    "en", NULL },
	{ "lanzar|lanzó|lanza|lanzaron", "attack", "force:19", LC_SO, 0,
	    "contra sobre", "ataque|ofensiv|bombarde" },
	{ "reivindicar|reivindicó|reivindica|reivindicaron", "attack",
	    "force:19", LC_SO, 0, "contra", "ataque|atentado" },
	{ "secuestrar|secuestró|secuestra|secuestraron|raptar|raptó",
	    "abduction", "force:181", LC_SO, D, "a al", NULL },
	{ "liberar|liberó|libera|liberaron|excarcelar|excarceló|soltar|"
	    "soltó", "release", "force:084", LC_SO, D, "a al", NULL },
	{ "canjear|canjeó|canjearon|intercambiar|intercambió|intercambiaron",
	    "swap", "force:084", LC_SYM, 0, "con entre",
	    "prisioner|rehen|rehén|presos|detenidos" },
	{ "derrotar|derrotó|derrota|derrotaron|vencer|venció|vencieron",
	    "defeat", "force:19", LC_SO, D, "a al", NULL },
	{ "derrocar|derrocó|derrocaron|derrocado|deponer|depuso|depusieron",
	    "overthrow", "force:18", LC_SO, D, "a al", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

static const char *const es_preps[] = {
	"a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde",
	"durante", "en", "entre", "hacia", "hasta", "mediante", "para",
	"por", "según", "sin", "sobre", "tras", NULL
};
static const char *const es_ands[] = { "y", "e", NULL };
static const char *const es_dets[] = {
	"el", "la", "los", "las", "lo", NULL
};
static const char *const es_agent[] = { "por", NULL };
static const char *const es_refl[] = { "se", NULL };
static const char *const es_recip[] = {
	"mutuamente", "recíprocamente", NULL
};
static const char *const es_cond[] = { "si", NULL };
static const char *const es_rel[] = { "que", "quien", "quienes", NULL };
/* Verbs a clause hangs on, by what they make of its act (LV_*). */
static const struct lverb es_verbs[] = {
	{ "decidir|decidió|decidieron|acabar|acaba|acabó|volver|volvió|"
	    "comenzar|comenzó|empezar|empezó|seguir|siguió|sigue|continuar|"
	    "continuó|optar|optó|lograr|logró|conseguir|consiguió",
	    LV_ASPECT },
	{ "pedir|pidió|pide|piden|pidieron|exigir|exigió|instar|instó|"
	    "solicitar|solicitó|reclamar|reclamó|urgir|urgió", LV_ASK },
	{ "querer|quiere|quiso|desear|deseó|esperar|esperó|intentar|"
	    "intentó|proponer|propuso|prometer|prometió|planear|planeó|"
	    "planea|pretender|pretende|prever|prevé|previó|proyectar|"
	    "proyecta|comprometerse|comprometió|aspirar|aspira|buscar|buscó",
	    LV_PLAN },
	{ "negar|negó|niega|negaron|desmentir|desmintió|desmiente",
	    LV_DENY },
	{ "rechazar|rechazó|rechaza|evitar|evitó|descartar|descartó|"
	    "renunciar|renunció", LV_REFUSE },
	{ "amenazar|amenazó|amenaza|estudiar|estudia|estudió|sopesar|"
	    "considerar|considera|barajar|baraja", LV_MAYBE },
	{ "anunciar|anunció|anuncia|anunciaron|decretar|decretó|ordenar|"
	    "ordenó|confirmar|confirmó|oficializar|oficializó|formalizar|"
	    "formalizó|aprobar|aprobó|acordar|acordó|proclamar|proclamó",
	    LV_ANNOUNCE },
	{ NULL, 0 }
};

/* --- French --------------------------------------------------------------- */

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
	{ "discuter|discuté|discute|discutent", "consultation", MEET,
	    LC_SYM, 0, "avec", NULL },
	{ "entremettre|entremis|parrainer|parrainé|parraine", "mediation",
	    "diplomacy:045", LC_SO, LC_BROKER, "entre", NULL },
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
	    "coercion:16", LC_SO, D, NULL, NULL },
	{ "menacer|menacé|menace|menacent", "threat", "coercion:13", LC_SO,
	    D, NULL, NULL },
	{ "avertir|averti|avertit|prévenir|prévenu|prévient", "warning",
	    "coercion:13", LC_SO, D, NULL, NULL },
	{ "rompre|rompu|rompt", "rupture", RECALL, LC_SO, 0, "avec", NULL },
	{ "rappeler|rappelé|rappelle", "recall of envoys", RECALL, LC_SO, 0,
	    "en au à de du", "ambassad" },
	/* force */
	{ "envahir|envahi|envahit|envahissent|annexer|annexé|annexe|occuper|"
	    "occupé|occupe|occupent", "invasion", "force:192", LC_SO, D,
	    NULL, NULL },
	{ "attaquer|attaqué|attaque|attaquent|bombarder|bombardé|bombarde|"
	    "bombardent|tuer|tué|tue|tuent|frapper|frappé|frappe|agresser|"
	    "agressé", "attack", "force:19", LC_SO, D, NULL, NULL },
	{ "lancer|lancé|lance|lancent", "attack", "force:19", LC_SO, 0,
	    "contre sur", "attaque|offensive|frappe" },
	{ "revendiquer|revendiqué|revendique", "attack", "force:19", LC_SO,
	    0, "contre", "attaque|attentat|l'attaque|l’attaque|l'attentat|"
	    "l’attentat" },
	{ "enlever|enlevé|enlève|kidnapper|kidnappé|séquestrer|séquestré",
	    "abduction", "force:181", LC_SO, D, NULL, NULL },
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

/* --- German --------------------------------------------------------------- */

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
	{ "suspendieren|suspendiert|suspendierte", "suspension",
	    "coercion:16", LC_SO, D, NULL, NULL },
	{ "drohen|droht|drohte|drohten|gedroht|bedrohen|bedroht|bedrohte",
	    "threat", "coercion:13", LC_SO, D, NULL, NULL },
	{ "warnen|warnt|warnte|warnten|gewarnt", "warning", "coercion:13",
	    LC_SO, D, NULL, NULL },
	{ "brechen ab|brach ab|brachen ab|abgebrochen|abbrach", "rupture",
	    RECALL, LC_SO, 0, "zu mit", "beziehung" },
	{ "rufen zurück|rief zurück|riefen zurück|zurückgerufen|"
	    "zurückrief|zog ab|zogen ab|abgezogen", "recall of envoys",
	    RECALL, LC_SO, 0, "aus", "botschafter" },
	/* force */
	{ "einmarschieren|einmarschiert|marschiert ein|marschierte ein|"
	    "marschierten ein|einmarschierte|einmarschierten", "invasion",
	    "force:192", LC_SO, 0, "in", NULL },
	{ "überfallen|überfiel|überfällt|annektieren|annektiert|annektierte|"
	    "besetzen|besetzt|besetzte|besetzten", "invasion", "force:192",
	    LC_SO, D, NULL, NULL },
	{ "angreifen|angegriffen|angriff|angriffen|angreift|greift an|"
	    "griff an|griffen an|greifen an|"
	    "bombardieren|bombardiert|bombardierte|beschießen|beschießt|"
	    "beschoss|beschossen|töten|tötet|tötete|getötet|stürmen|stürmte|"
	    "gestürmt", "attack", "force:19", LC_SO, D, NULL, NULL },
	{ "bekennen|bekennt|bekannte|bekannten", "attack", "force:19", LC_SO,
	    LC_REFL, "auf gegen", "anschlag|angriff" },
	{ "entführen|entführt|entführte|verschleppen|verschleppt|"
	    "verschleppte", "abduction", "force:181", LC_SO, D, NULL, NULL },
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

/* --- nouns: an act named after a possessive ("su retirada de") ---------- */

/* The actor a possessive points back to acts: "anunció su retirada de
 * la OTAN", "a annoncé son retrait du G5 Sahel", "kündigte seinen
 * Austritt aus dem Europarat an".  Those marked LC_OBJDE are read after
 * an article too, under a verb of announcing or deciding ("anunció la
 * ruptura de relaciones con", "a annoncé la suspension du Gabon"):
 * their "de" phrase is what the act is done to, never its doer. */
static const struct lcue es_nouns[] = {
	{ "retirada|salida", "withdrawal", LEAVE, LC_SO, LC_ORGHOST,
	    "de del", NULL },
	{ "apoyo|respaldo", "support", BACK, LC_SO, 0, "a al", NULL },
	{ "adhesión|ingreso", "accession", JOIN, LC_SO, LC_ORG, "a al en",
	    NULL },
	{ "reconocimiento", "recognition", "diplomacy:054", LC_SO, LC_OBJDE,
	    "a al de del", NULL },
	{ "condena", "criticism", "coercion:111", LC_SO, 0, "a al contra",
	    NULL },
	{ "ruptura", "rupture", RECALL, LC_SO, LC_OBJDE, "con", NULL },
	{ "suspensión", "suspension", "coercion:16", LC_SO, LC_OBJDE,
	    "de del", NULL },
	{ "expulsión", "expulsion", "coercion:166", LC_SO, LC_OBJDE,
	    "de del", NULL },
	{ "destitución|derrocamiento", "overthrow", "force:18", LC_SO,
	    LC_OBJDE, "de del", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

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
	{ "suspension", "suspension", "coercion:16", LC_SO, LC_OBJDE,
	    "de du des", NULL },
	{ "expulsion", "expulsion", "coercion:166", LC_SO, LC_OBJDE,
	    "de du des", NULL },
	{ "destitution|renversement", "overthrow", "force:18", LC_SO,
	    LC_OBJDE, "de du des", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

static const struct lcue de_nouns[] = {
	{ "rückzug|austritt", "withdrawal", LEAVE, LC_SO, LC_ORGHOST, "aus",
	    NULL },
	{ "unterstützung", "support", BACK, LC_SO, 0, "für", NULL },
	{ "beitritt", "accession", JOIN, LC_SO, LC_ORG, "zu zum zur", NULL },
	{ "abbruch", "rupture", RECALL, LC_SO, LC_OBJDE, "zu mit", NULL },
	{ "anerkennung", "recognition", "diplomacy:054", LC_SO, LC_OBJDE,
	    "von", NULL },
	{ "absetzung|entmachtung", "overthrow", "force:18", LC_SO, LC_OBJDE,
	    "von", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Nouns of an act that name both ends in their phrase: "las sanciones
 * de la UE contra Rusia", "la suspension du Gabon par l'Union
 * africaine", "der Angriff Russlands auf die Ukraine" (German: a
 * compound's end, "Wirtschaftssanktionen"). */
static const struct lcue es_nominal[] = {
	{ "sanción|sanciones|embargo", "sanctions", SANCTION, LC_SO, 0, NULL,
	    NULL },
	{ "ataque|ataques|bombardeo|bombardeos|ofensiva|asalto", "attack",
	    "force:19", LC_SO, 0, NULL, NULL },
	{ "invasión", "invasion", "force:192", LC_SO, 0, NULL, NULL },
	{ "suspensión", "suspension", "coercion:16", LC_SO, 0, NULL, NULL },
	{ "expulsión", "expulsion", "coercion:166", LC_SO, 0, NULL, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

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

/* Prepositions of these phrases: of the actor ("de", "du"; German
 * genitive articles), against ("contra", "contre", "gegen", "auf"),
 * by ("por", "par", "durch"). */
static const char *const es_of[] = { "de", "del", NULL };
static const char *const fr_of[] = { "de", "du", "des", NULL };
static const char *const de_of[] = { "der", "des", "von", "vom", NULL };
static const char *const es_against[] = { "contra", "sobre", NULL };
static const char *const fr_against[] = { "contre", "sur", NULL };
static const char *const de_against[] = { "gegen", "auf", NULL };
static const char *const es_by[] = { "por", NULL };
static const char *const fr_by[] = { "par", NULL };
static const char *const de_by[] = { "durch", NULL };

/* Words that make a title the opposition's, not the state's: "el líder
 * opositor venezolano", "le chef de l'opposition". */
static const char *const es_opposed[] = {
	"opositor", "opositora", "oposición", NULL
};
static const char *const fr_opposed[] = {
	"opposant", "opposante", "opposition", "l'opposition",
	"l’opposition", NULL
};
static const char *const de_opposed[] = { "opposition", NULL };

static const char *const es_poss[] = { "su", "sus", NULL };
static const char *const fr_poss[] = {
	"son", "sa", "ses", "leur", "leurs", NULL
};
static const char *const de_poss[] = {
	"sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
	"ihren", "ihrem", "ihrer", NULL
};

static const struct lang_words es_words = {
	es_preps, es_ands, es_dets, es_agent, es_refl, NULL, es_recip,
	es_cond, es_rel, es_poss, es_of, es_against, es_by, es_opposed, NULL,
	"acuerdo|pacto|tratado|tregua|armisticio"
};
static const struct lang_words fr_words = {
	fr_preps, fr_ands, fr_dets, fr_agent, fr_refl, NULL, fr_recip,
	fr_cond, fr_rel, fr_poss, fr_of, fr_against, fr_by, fr_opposed, "d",
	"accord|l'accord|l’accord|traité|trêve|cessez-le-feu|pacte"
};
static const struct lang_words de_words = {
	de_preps, de_ands, de_dets, de_agent, de_refl, de_particles, de_recip,
	de_cond, de_rel, de_poss, de_of, de_against, de_by, de_opposed, NULL,
	"abkommen|vereinbarung|waffenruhe|waffenstillstand|vertrag|einigung"
};

/* --- titles: their relation's label --------------------------------------- */

/* Titles of each language and the label of the relation they make
 * ("leader of" for one who leads, as in English); German compounds by
 * their end ("Bundeskanzlerin", "Verteidigungsminister"). */
struct title {
	const char	*word;
	const char	*label;
	int		 plural;	/* "los presidentes X y Y" */
};

static const struct title es_titles[] = {
	{ "presidente", "leader of", 0 }, { "presidenta", "leader of", 0 },
	{ "mandatario", "leader of", 0 }, { "mandataria", "leader of", 0 },
	{ "rey", "leader of", 0 }, { "reina", "leader of", 0 },
	{ "jefe", "leader of", 0 }, { "jefa", "leader of", 0 },
	{ "líder", "leader of", 0 }, { "dirigente", "leader of", 0 },
	{ "vicepresidente", "vice president of", 0 },
	{ "vicepresidenta", "vice president of", 0 },
	{ "ministro", "minister of", 0 }, { "ministra", "minister of", 0 },
	{ "canciller", "foreign minister of", 0 },
	{ "embajador", "ambassador of", 0 },
	{ "embajadora", "ambassador of", 0 },
	{ "secretario", "secretary of", 0 },
	{ "secretaria", "secretary of", 0 }, { "fiscal", "prosecutor of", 0 },
	{ "comandante", "commander of", 0 },
	{ "portavoz", "spokesperson of", 0 }, { "enviado", "envoy of", 0 },
	{ "enviada", "envoy of", 0 }, { "presidentes", "leader of", 1 },
	{ "ministros", "minister of", 1 },
	{ "cancilleres", "foreign minister of", 1 }, { NULL, NULL, 0 }
};

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

/* Words before a title that make its holder lead: "primer ministro". */
static const char *const head_of[] = {
	"primer", "primera", "premier", "première", NULL
};

/* --- the index ------------------------------------------------------------ */

struct lcues {
	enum text_lang		 lang;
	const struct title	*titles;
	const struct lang_words	*words;
	struct sb_stemmer	*sb;
	GHashTable		*cues;	/* key -> GPtrArray of lcue */
	GHashTable		*nouns;	/* stem -> GPtrArray of lcue */
	const struct lcue	*nominal;
	GHashTable		*verbs;	/* stem -> LV_* */
	GHashTable		*acts;	/* struct lcue * -> its struct cue
					 * made from its act, where the
					 * English lexicon has none */
	GString			*buf;
};

/* The stem of word w (n bytes), lower-cased, in lc->buf. */
static const char *
stem(struct lcues *lc, const char *w, size_t n)
{
	const sb_symbol	*s;
	char		*low;

	low = g_utf8_strdown(w, (gssize)n);
	s = sb_stemmer_stem(lc->sb, (const sb_symbol *)low,
	    (int)strlen(low));
	g_string_assign(lc->buf, s != NULL ? (const char *)s : low);
	g_free(low);
	return lc->buf->str;
}

static void
free_act(gpointer p)
{
	struct cue	*c = p;

	g_free(c->label);
	g_free(c);
}

/* The class of act a ("coercion:163") as a static string, or NULL. */
static const char *
act_class(const char *a, const char **code)
{
	static const char *const classes[] = {
		"statement", "diplomacy", "coercion", "force", "support",
		"agreement", "succession", NULL
	};
	const char	*colon = strchr(a, ':');
	size_t		 i;

	if (colon == NULL)
		return NULL;
	*code = colon + 1;
	for (i = 0; classes[i] != NULL; i++)
		if (strlen(classes[i]) == (size_t)(colon - a) &&
		    strncmp(classes[i], a, (size_t)(colon - a)) == 0)
			return classes[i];
	return NULL;
}

/*
 * The act of cue q: the English cue of the same label and code (the
 * English lexicon is the reference: its class, code and value), else
 * one made from q's act, so that a label the English lexicon lacks
 * still keeps its class, code and polarity.
 */
const struct cue *
extract_lcues_act(struct lcues *lc, const struct lex *lex,
    const struct lcue *q)
{
	const struct cameo *cm;
	const struct cue *e;
	struct cue	*c;
	const char	*cls, *code = "-";
	guint		 i;

	cls = act_class(q->act, &code);
	for (i = 0; lex != NULL && i < lex->cues->len; i++) {
		e = g_ptr_array_index(lex->cues, i);
		if (e->dir != CUE_GOODS && e->cls != NULL &&
		    g_ascii_strcasecmp(e->label, q->label) == 0 &&
		    (e->cameo == NULL ? strcmp(code, "-") == 0 :
		    strcmp(e->cameo, code) == 0))
			return e;
	}
	if ((c = g_hash_table_lookup(lc->acts, q)) != NULL)
		return c;
	c = g_new0(struct cue, 1);
	c->label = g_strdup(q->label);
	c->cls = cls != NULL ? cls : "statement";
	if ((cm = cameo_find(code)) != NULL) {
		c->cameo = cm->code;
		c->goldstein = cm->goldstein;
	}
	c->pol = cameo_polarity(c->goldstein);
	c->dir = q->dir == LC_SYM ? CUE_SYM : q->dir == LC_OS ? CUE_OS :
	    CUE_SO;
	g_hash_table_insert(lc->acts, (gpointer)q, c);
	return c;
}

/* Index cue c under the key of each of its forms in h. */
static void
add_cue(struct lcues *lc, GHashTable *h, const struct lcue *c)
{
	GPtrArray	*a;
	char		**forms, *sp, *key;
	guint		 i;

	forms = g_strsplit(c->forms, "|", -1);
	for (i = 0; forms[i] != NULL; i++) {
		if ((sp = strchr(forms[i], ' ')) != NULL)
			*sp++ = '\0';
		stem(lc, forms[i], strlen(forms[i]));
		key = sp != NULL ? g_strdup_printf("%s %s", lc->buf->str, sp) :
		    g_strdup(lc->buf->str);
		if ((a = g_hash_table_lookup(h, key)) == NULL) {
			a = g_ptr_array_new();
			g_hash_table_insert(h, key, a);
		} else
			g_free(key);
		if (a->len == 0 || g_ptr_array_index(a, a->len - 1) != c)
			g_ptr_array_add(a, (gpointer)c);
	}
	g_strfreev(forms);
}

static void
add_verbs(struct lcues *lc, const struct lverb *v)
{
	char	**forms;
	guint	  i;

	for (; v->forms != NULL; v++) {
		forms = g_strsplit(v->forms, "|", -1);
		for (i = 0; forms[i] != NULL; i++) {
			stem(lc, forms[i], strlen(forms[i]));
			g_hash_table_insert(lc->verbs,
			    g_strdup(lc->buf->str), GINT_TO_POINTER(v->what));
		}
		g_strfreev(forms);
	}
}

struct lcues *
extract_lcues_new(enum text_lang lang)
{
	const struct lcue *cues, *nouns, *nominal;
	const struct lverb *verbs;
	const char	*alg;
	struct lcues	*lc;

	switch (lang) {
	case TEXT_ES:
		alg = "spanish", cues = es_cues, verbs = es_verbs;
		nouns = es_nouns;
		nominal = es_nominal;
		break;
	case TEXT_FR:
		alg = "french", cues = fr_cues, verbs = fr_verbs;
		nouns = fr_nouns;
		nominal = fr_nominal;
		break;
	case TEXT_DE:
		alg = "german", cues = de_cues, verbs = de_verbs;
		nouns = de_nouns;
		nominal = de_nominal;
		break;
	default:
		return NULL;
	}
	lc = g_new0(struct lcues, 1);
	if ((lc->sb = sb_stemmer_new(alg, NULL)) == NULL) {
		g_free(lc);
		return NULL;
	}
	lc->lang = lang;
	lc->nominal = nominal;
	lc->titles = lang == TEXT_ES ? es_titles : lang == TEXT_FR ?
	    fr_titles : de_titles;
	lc->words = lang == TEXT_ES ? &es_words : lang == TEXT_FR ?
	    &fr_words : &de_words;
	lc->buf = g_string_new(NULL);
	lc->cues = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	lc->verbs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	lc->nouns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	for (; cues->forms != NULL; cues++)
		add_cue(lc, lc->cues, cues);
	for (; nouns->forms != NULL; nouns++)
		add_cue(lc, lc->nouns, nouns);
	add_verbs(lc, verbs);
	lc->acts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	    free_act);
	return lc;
}

void
extract_lcues_free(struct lcues *lc)
{
	if (lc == NULL)
		return;
	sb_stemmer_delete(lc->sb);
	g_hash_table_destroy(lc->cues);
	g_hash_table_destroy(lc->nouns);
	g_hash_table_destroy(lc->acts);
	g_hash_table_destroy(lc->verbs);
	g_string_free(lc->buf, TRUE);
	g_free(lc);
}

const struct lang_words *
extract_lcues_words(const struct lcues *lc)
{
	return lc->words;
}

/*
 * The cues of a verb form.  German weak verbs keep their "-t" and
 * "-te" through the stemmer ("liefert", "lieferte": "liefert";
 * "liefern": "liefer"), so a German stem ending in "t" is looked up
 * without it too.
 */
const GPtrArray *
extract_lcues_find(struct lcues *lc, const char *w, size_t n, const char *p)
{
	const GPtrArray	*a;
	GString		*key;
	size_t		 len;

	if (n == 0 || n > 64)
		return NULL;
	stem(lc, w, n);
	key = g_string_new(lc->buf->str);
	if (p != NULL)
		g_string_append_printf(key, " %s", p);
	a = g_hash_table_lookup(lc->cues, key->str);
	if (a == NULL && lc->lang == TEXT_DE && (len = strlen(lc->buf->str))
	    > 4 && lc->buf->str[len - 1] == 't') {
		g_string_assign(key, lc->buf->str);
		g_string_truncate(key, len - 1);
		if (p != NULL)
			g_string_append_printf(key, " %s", p);
		a = g_hash_table_lookup(lc->cues, key->str);
	}
	g_string_free(key, TRUE);
	return a;
}

/* A French word without its elided article or preposition:
 * "l'ambassadeur", "d’offensive". */
static const char *
elision(const struct lcues *lc, const char *low)
{
	if (lc->lang != TEXT_FR || low[0] == '\0')
		return low;
	if (low[1] == '\'')
		return low + 2;
	if (strncmp(low + 1, "’", 3) == 0)
		return low + 4;
	return low;
}

/*
 * The nominal cue of word w (n bytes): its forms listed (they are few
 * and inflect little); a German compound by its end.
 */
const struct lcue *
extract_lcues_nominal(const struct lcues *lc, const char *w, size_t n)
{
	const struct lcue *q, *found = NULL;
	const char	*x;
	char		*low, **forms;
	size_t		 len, m;
	guint		 i;

	if (n < 4 || n > 64)
		return NULL;
	low = g_utf8_strdown(w, (gssize)n);
	x = elision(lc, low);
	len = strlen(x);
	for (q = lc->nominal; q->forms != NULL && found == NULL; q++) {
		forms = g_strsplit(q->forms, "|", -1);
		for (i = 0; forms[i] != NULL && found == NULL; i++) {
			m = strlen(forms[i]);
			if (lc->lang == TEXT_DE ? len >= m && strcmp(x +
			    len - m, forms[i]) == 0 : strcmp(x,
			    forms[i]) == 0)
				found = q;
		}
		g_strfreev(forms);
	}
	g_free(low);
	return found;
}

const struct lcue *
extract_lcues_noun(struct lcues *lc, const char *w, size_t n)
{
	const GPtrArray	*a;

	if (n == 0 || n > 64)
		return NULL;
	if (lc->lang == TEXT_FR && n > 2 && (w[1] == '\'' ||
	    (n > 4 && strncmp(w + 1, "’", 3) == 0))) {
		/* "l'expulsion": the noun without its article */
		n -= w[1] == '\'' ? 2 : 4;
		w += w[1] == '\'' ? 2 : 4;
	}
	stem(lc, w, n);
	a = g_hash_table_lookup(lc->nouns, lc->buf->str);
	return a != NULL && a->len > 0 ? g_ptr_array_index(a, 0) : NULL;
}

int
extract_lcues_verb(struct lcues *lc, const char *w, size_t n)
{
	if (n == 0 || n > 64)
		return 0;
	stem(lc, w, n);
	return GPOINTER_TO_INT(g_hash_table_lookup(lc->verbs, lc->buf->str));
}

int
extract_word_in(const char *w, size_t n, const char *const *l)
{
	char	*low;
	int	 in = 0;

	if (l == NULL || n == 0 || n > 64)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	for (; *l != NULL && !in; l++)
		in = strcmp(low, *l) == 0;
	g_free(low);
	return in;
}

/*
 * The label of the relation title w (n bytes) makes, or NULL; prev the
 * word before it (NULL: none), for "primer ministro".  German titles
 * by their end, so that compounds are titles ("Außenministerin",
 * "US-Präsident", "Kremlchef"), the first matching end winning
 * ("Vizekanzler" before "kanzler").
 */
const char *
extract_lcues_title(const struct lcues *lc, const char *w, size_t n,
    const char *prev, size_t pn, int *plural)
{
	const struct title *t;
	const char	*label = NULL, *x;
	char		*low;
	size_t		 len, m;

	*plural = 0;
	if (n == 0 || n > 64)
		return NULL;
	low = g_utf8_strdown(w, (gssize)n);
	x = elision(lc, low);
	len = strlen(x);
	for (t = lc->titles; t->word != NULL && label == NULL; t++) {
		m = strlen(t->word);
		if (lc->lang == TEXT_DE ? len >= m && strcmp(x + len - m,
		    t->word) == 0 : strcmp(x, t->word) == 0) {
			label = t->label;
			*plural = t->plural;
		}
	}
	g_free(low);
	if (label != NULL && strcmp(label, "minister of") == 0 &&
	    prev != NULL && extract_word_in(prev, pn, head_of))
		label = "leader of";
	return label;
}
