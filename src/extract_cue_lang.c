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

#include "extract_lang.h"

#define H	POL_HOSTILE
#define C	POL_COOPERATIVE
#define N	POL_NEUTRAL
#define D	LC_DIRECT

/* --- Spanish -------------------------------------------------------------- */

static const struct lcue es_cues[] = {
	/* ties */
	{ "reunir|reunirse|reunió|reunieron|reúne|reúnen|reunirá|reunido",
	    "meeting", N, LC_SYM, 0, "con entre", NULL },
	{ "entrevistar|entrevistarse|entrevistó|entrevistaron",
	    "meeting", N, LC_SYM, 0, "con entre", NULL },
	{ "encontrar|encontró|encontraron|encuentra|encuentran",
	    "meeting", N, LC_SYM, LC_REFL, "con entre", NULL },
	{ "visitar|visitó|visita|visitaron|visitará|visitado",
	    "visit", N, LC_SO, D, "a al", NULL },
	{ "viajar|viajó|viaja|viajaron|viajará|viajado",
	    "visit", N, LC_SO, LC_STATE, "a al", NULL },
	{ "recibir|recibió|recibe|recibieron|recibirá|recibido",
	    "visit", N, LC_OS, 0, "a al", NULL },
	{ "reconocer|reconoció|reconoce|reconocieron|reconocido|reconocerá",
	    "recognition", C, LC_SO, D, "a al", NULL },
	{ "negociar|negoció|negocia|negociaron|negociado|negociará",
	    "consultation", N, LC_SYM, 0, "con entre", NULL },
	{ "dialogar|dialogó|dialoga|dialogaron",
	    "consultation", N, LC_SYM, 0, "con entre", NULL },
	{ "mediar|medió|mediaron|mediado",
	    "mediation", N, LC_SO, 0, "entre", NULL },
	{ "firmar|firmó|firma|firman|firmaron|firmado|firmará|firmarán",
	    "agreement", C, LC_SYM, 0, "con entre", NULL },
	{ "suscribir|suscribió|suscribieron|pactar|pactó|pactaron|rubricar|"
	    "rubricó|rubricaron|sellar|selló|sellaron", "agreement", C,
	    LC_SYM, 0, "con entre", NULL },
	{ "adherir|adherirse|adhirió|adhieren|adhirieron",
	    "accession", C, LC_SO, 0, "a al", NULL },
	{ "ingresar|ingresó|ingresaron", "accession", C, LC_SO, 0, "en",
	    NULL },
	{ "abandonar|abandonó|abandona|abandonaron|abandonado|abandonará",
	    "withdrawal", N, LC_SO, D | LC_ORGHOST, NULL, NULL },
	{ "retirar|retirarse|retiró|retira|retiraron|retirado",
	    "withdrawal", N, LC_SO, LC_REFL | LC_ORGHOST, "de del", NULL },
	{ "suceder|sucedió|sucede|sucedieron", "succession", N, LC_SO, 0,
	    "a al", NULL },
	{ "reemplazar|reemplazó|reemplaza|reemplazaron|sustituir|sustituyó|"
	    "sustituye|relevar|relevó", "succession", N, LC_SO, D, "a al",
	    NULL },
	/* supply and aid */
	{ "apoyar|apoyó|apoya|apoyan|apoyaron|apoyado|respaldar|respaldó|"
	    "respalda|respaldaron", "support", C, LC_SO, D, "a al", NULL },
	{ "ayudar|ayudó|ayuda|ayudan|ayudaron|ayudado",
	    "support", C, LC_SO, D, "a al", NULL },
	{ "entregar|entregó|entrega|entregan|entregaron|entregado|entregará|"
	    "suministrar|suministró|suministra|suministraron|enviar|envió|"
	    "envía|envían|enviaron|enviado|enviará|vender|vendió|vende|"
	    "vendieron", "supply", C, LC_SO, 0, "a al", NULL },
	{ "agradecer|agradeció|agradece|agradecieron", "gratitude", C,
	    LC_SO, D, "a al", NULL },
	{ "financiar|financió|financia|financian|financiaron",
	    "funding", C, LC_SO, D, "a al", NULL },
	{ "armar|armó|armaron", "munitions", C, LC_SO, D, "a al", NULL },
	{ "entrenar|entrenó|entrena|entrenaron|adiestrar|adiestró",
	    "training", C, LC_SO, D, "a al", NULL },
	/* hostility */
	{ "sancionar|sancionó|sanciona|sancionan|sancionaron|sancionado",
	    "sanctions", H, LC_SO, D, "a al", NULL },
	{ "imponer|impuso|impone|imponen|impusieron|impuesto|impondrá",
	    "sanctions", H, LC_SO, 0, "a al contra", "sancion" },
	{ "condenar|condenó|condena|condenan|condenaron|condenado|criticar|"
	    "criticó|critica|critican|criticaron|reprochar|reprochó",
	    "criticism", H, LC_SO, D, "a al", NULL },
	{ "rechazar|rechazó|rechaza|rechazan|rechazaron",
	    "denial", H, LC_SO, D, "a al", NULL },
	{ "denunciar|denunció|denuncia|denunciaron",
	    "criticism", H, LC_SO, D, "a al", NULL },
	{ "acusar|acusó|acusa|acusan|acusaron|acusado|culpar|culpó|culpa",
	    "accusation", H, LC_SO, D, "a al", NULL },
	{ "expulsar|expulsó|expulsa|expulsaron|expulsado",
	    "expulsion", H, LC_SO, D, "a al de del", NULL },
	{ "suspender|suspendió|suspende|suspendieron|suspendido",
	    "suspension", H, LC_SO, D, "a al", NULL },
	{ "amenazar|amenazó|amenaza|amenazan|amenazaron",
	    "threat", H, LC_SO, D, "a al", NULL },
	{ "invadir|invadió|invade|invadieron|invadido|anexar|anexó|"
	    "anexionar|anexionó|ocupar|ocupó|ocupa|ocuparon",
	    "invasion", H, LC_SO, D, "a al", NULL },
	{ "atacar|atacó|ataca|atacan|atacaron|atacado|bombardear|bombardeó|"
	    "bombardea|bombardearon|matar|mató|mataron|asesinar|asesinó",
	    "attack", H, LC_SO, D, "a al", NULL },
	{ "lanzar|lanzó|lanza|lanzaron", "attack", H, LC_SO, 0,
	    "contra sobre", "ataque|ofensiv|bombarde" },
	{ "derrocar|derrocó|derrocaron|derrocado|deponer|depuso|depusieron",
	    "overthrow", H, LC_SO, D, "a al", NULL },
	{ "romper|rompió|rompe|rompieron", "rupture", H, LC_SO, 0, "con",
	    "relacion" },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
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
static const char *const es_aspect[] = {
	"decidir", "decidió", "decidieron", "acabar", "acaba", "acabó",
	"volver", "volvió", "comenzar", "comenzó", "empezar", "empezó",
	"seguir", "siguió", "sigue", "continuar", "continuó", "optar",
	"optó", NULL
};
static const char *const es_ask[] = {
	"pedir", "pidió", "pide", "piden", "pidieron", "exigir", "exigió",
	"instar", "instó", "solicitar", "solicitó", "reclamar", "reclamó",
	"querer", "quiere", "quiso", "desear", "deseó", "esperar", "esperó",
	"intentar", "intentó", "proponer", "propuso", "negarse", "negó",
	"rechazar", "rechazó", "evitar", "evitó", "amenazar", "amenazó",
	"prometer", "prometió", "planear", "planeó", "pretender", NULL
};

/* --- French --------------------------------------------------------------- */

static const struct lcue fr_cues[] = {
	/* ties */
	{ "rencontrer|rencontré|rencontre|rencontrent|rencontrera",
	    "meeting", N, LC_SYM, D, "avec entre", NULL },
	{ "entretenir|entretenu|entretient|entretiendra",
	    "meeting", N, LC_SYM, LC_REFL, "avec", NULL },
	{ "réunir|réuni|réunit|réunissent", "meeting", N, LC_SYM, LC_REFL,
	    "avec", NULL },
	{ "visiter|visité|visite|visitent|visitera",
	    "visit", N, LC_SO, D, NULL, NULL },
	{ "rendre|rendu|rend|rendent|rendra", "visit", N, LC_SO,
	    LC_REFL | LC_STATE, "à au aux en", NULL },
	{ "recevoir|reçu|reçoit|reçoivent|recevra|accueillir|accueilli|"
	    "accueille", "visit", N, LC_OS, D, NULL, NULL },
	{ "reconnaître|reconnu|reconnue|reconnaît|reconnaissent|reconnaîtra",
	    "recognition", C, LC_SO, D, NULL, NULL },
	{ "négocier|négocié|négocie|négocient|négociera",
	    "consultation", N, LC_SYM, 0, "avec entre", NULL },
	{ "signer|signé|signe|signent|signera|signeront|conclure|conclu|"
	    "conclut", "agreement", C, LC_SYM, 0, "avec entre", NULL },
	{ "adhérer|adhéré|adhère|adhèrent", "accession", C, LC_SO, 0,
	    "à au aux", NULL },
	{ "rejoindre|rejoint|rejoignent", "accession", C, LC_SO, D, NULL,
	    NULL },
	{ "quitter|quitté|quitte|quittent|quittera", "withdrawal", N, LC_SO,
	    D | LC_ORGHOST, NULL, NULL },
	{ "retirer|retiré|retire|retirent|retirera", "withdrawal", N, LC_SO,
	    LC_REFL | LC_ORGHOST, "de du des", NULL },
	{ "succéder|succédé|succède", "succession", N, LC_SO, 0, "à au",
	    NULL },
	{ "remplacer|remplacé|remplace|remplacent", "succession", N, LC_SO,
	    D, NULL, NULL },
	/* supply and aid */
	{ "soutenir|soutenu|soutient|soutiennent|soutiendra|appuyer|appuyé|"
	    "appuie", "support", C, LC_SO, D, NULL, NULL },
	{ "aider|aidé|aide|aident|aidera", "support", C, LC_SO, D, NULL,
	    NULL },
	{ "livrer|livré|livre|livrent|livrera|fournir|fourni|fournit|"
	    "fournissent|envoyer|envoyé|envoie|envoient|enverra|vendre|vendu|"
	    "vend|vendent", "supply", C, LC_SO, 0, "à au aux", NULL },
	{ "remercier|remercié|remercie|remercient", "gratitude", C, LC_SO,
	    D, NULL, NULL },
	{ "financer|financé|finance|financent", "funding", C, LC_SO, D,
	    NULL, NULL },
	{ "armer|armé|arment", "munitions", C, LC_SO, D, NULL, NULL },
	{ "entraîner|entraîné|entraîne|entraînent", "training", C, LC_SO,
	    D, NULL, NULL },
	/* hostility */
	{ "sanctionner|sanctionné|sanctionne|sanctionnent", "sanctions", H,
	    LC_SO, D, NULL, NULL },
	{ "imposer|imposé|impose|imposent|imposera", "sanctions", H, LC_SO,
	    0, "à au aux contre", "sanction" },
	{ "condamner|condamné|condamne|condamnent|critiquer|critiqué|"
	    "critique|critiquent|dénoncer|dénoncé|dénonce|dénoncent|fustiger|"
	    "fustigé", "criticism", H, LC_SO, D, NULL, NULL },
	{ "accuser|accusé|accuse|accusent", "accusation", H, LC_SO, D, NULL,
	    NULL },
	{ "rejeter|rejeté|rejette|rejettent", "denial", H, LC_SO, D, NULL,
	    NULL },
	{ "expulser|expulsé|expulse|expulsent", "expulsion", H, LC_SO, D,
	    "de du des", NULL },
	{ "suspendre|suspendu|suspend|suspendent", "suspension", H, LC_SO,
	    D, NULL, NULL },
	{ "menacer|menacé|menace|menacent", "threat", H, LC_SO, D, NULL,
	    NULL },
	{ "envahir|envahi|envahit|envahissent|annexer|annexé|annexe|occuper|"
	    "occupé|occupe|occupent", "invasion", H, LC_SO, D, NULL, NULL },
	{ "attaquer|attaqué|attaque|attaquent|bombarder|bombardé|bombarde|"
	    "bombardent|tuer|tué|tue|tuent", "attack", H, LC_SO, D, NULL,
	    NULL },
	{ "lancer|lancé|lance|lancent", "attack", H, LC_SO, 0,
	    "contre sur", "attaque|offensive|frappe" },
	{ "renverser|renversé|renverse|renversent|destituer|destitué",
	    "overthrow", H, LC_SO, D, NULL, NULL },
	{ "rompre|rompu|rompt", "rupture", H, LC_SO, 0, "avec", "relation" },
	{ "rappeler|rappelé|rappelle", "rupture", H, LC_SO, 0,
	    "en au à de du", "ambassad" },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
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
static const char *const fr_aspect[] = {
	"venir", "vient", "venait", "viennent", "décider", "décidé",
	"décide", "commencer", "commencé", "continuer", "continué",
	"choisir", "choisi", NULL
};
static const char *const fr_ask[] = {
	"demander", "demandé", "demande", "exiger", "exigé", "exige",
	"exhorter", "exhorté", "appeler", "appelé", "appelle", "vouloir",
	"voulu", "veut", "souhaiter", "souhaité", "espérer", "espéré",
	"chercher", "cherché", "tenter", "tenté", "proposer", "proposé",
	"refuser", "refusé", "menacer", "menacé", "promettre", "promis",
	"envisager", "envisagé", "prévoir", "prévu", "éviter", "évité", NULL
};

/* --- German --------------------------------------------------------------- */

static const struct lcue de_cues[] = {
	/* ties */
	{ "treffen|traf|trafen|trifft|getroffen", "meeting", N, LC_SYM, D,
	    "mit zwischen", NULL },
	{ "kam zusammen|kamen zusammen|kommen zusammen|zusammengekommen",
	    "meeting", N, LC_SYM, 0, "mit", NULL },
	{ "besuchen|besucht|besuchte|besuchten", "visit", N, LC_SO, D, NULL,
	    NULL },
	{ "reisen|reist|reiste|reisten|gereist", "visit", N, LC_SO,
	    LC_STATE, "nach", NULL },
	{ "empfangen|empfing|empfingen|empfängt", "visit", N, LC_OS, D,
	    NULL, NULL },
	{ "anerkennen|anerkannt|anerkannte|erkennt an|erkannte an|"
	    "erkannten an|erkennen an|anerkennt", "recognition", C, LC_SO, D,
	    NULL, NULL },
	{ "verhandeln|verhandelt|verhandelte|verhandelten", "consultation",
	    N, LC_SYM, 0, "mit zwischen", NULL },
	{ "vermitteln|vermittelt|vermittelte", "mediation", N, LC_SO, 0,
	    "zwischen", NULL },
	{ "unterzeichnen|unterzeichnet|unterzeichnete|unterzeichneten|"
	    "unterschreiben|unterschrieb|unterschrieben|vereinbaren|"
	    "vereinbart|vereinbarte|vereinbarten", "agreement", C, LC_SYM, 0,
	    "mit zwischen", NULL },
	{ "verständigen|verständigt|verständigte|verständigten", "agreement",
	    C, LC_SYM, LC_REFL, "mit", NULL },
	{ "beitreten|beigetreten|beitrat|beitraten|tritt bei|trat bei|"
	    "traten bei|treten bei",
	    "accession", C, LC_SO, D, NULL, NULL },
	{ "verlassen|verlässt|verließ|verließen", "withdrawal", N, LC_SO,
	    D | LC_ORGHOST | LC_NOREFL, NULL, NULL },
	{ "austreten|ausgetreten|austrat|tritt aus|trat aus|traten aus|"
	    "treten aus",
	    "withdrawal", N, LC_SO, LC_ORGHOST, "aus", NULL },
	{ "nachfolgen|nachgefolgt|nachfolgte|folgt nach|folgte nach",
	    "succession", N, LC_SO, D, NULL, NULL },
	{ "ersetzen|ersetzt|ersetzte|ablösen|abgelöst|ablöste|löst ab|"
	    "löste ab",
	    "succession", N, LC_SO, D, NULL, NULL },
	/* supply and aid */
	{ "unterstützen|unterstützt|unterstützte|unterstützten", "support",
	    C, LC_SO, D, NULL, NULL },
	{ "helfen|hilft|half|halfen|geholfen", "support", C, LC_SO, D, NULL,
	    NULL },
	{ "liefern|liefert|lieferte|lieferten|geliefert|schicken|schickt|"
	    "schickte|schickten|geschickt|verkaufen|verkauft|verkaufte|"
	    "gibt ab|gab ab|gaben ab|geben ab|abgeben|abgegeben|abgab",
	    "supply", C, LC_SO, D, "an", NULL },
	{ "überlassen|überlässt|überließ|überließen", "supply", C, LC_SO, D,
	    "an", NULL },
	{ "danken|dankt|dankte|dankten|gedankt", "gratitude", C, LC_SO, D,
	    NULL, NULL },
	{ "finanzieren|finanziert|finanzierte", "funding", C, LC_SO, D, NULL,
	    NULL },
	{ "bewaffnen|bewaffnet|bewaffnete", "munitions", C, LC_SO, D, NULL,
	    NULL },
	{ "ausbilden|ausgebildet|ausbildete|bildet aus|bildete aus|"
	    "bilden aus",
	    "training", C, LC_SO, D, NULL, NULL },
	/* hostility */
	{ "sanktionieren|sanktioniert|sanktionierte", "sanctions", H, LC_SO,
	    D, NULL, NULL },
	{ "verhängen|verhängt|verhängte|verhängten", "sanctions", H, LC_SO,
	    0, "gegen", "sanktion" },
	{ "verurteilen|verurteilt|verurteilte|verurteilten|kritisieren|"
	    "kritisiert|kritisierte|kritisierten", "criticism", H, LC_SO, D,
	    NULL, NULL },
	{ "beschuldigen|beschuldigt|beschuldigte|beschuldigten|vorwerfen|"
	    "vorgeworfen|vorwarf|vorwarfen|vorwirft|wirft vor|warf vor|"
	    "warfen vor|werfen vor",
	    "accusation", H, LC_SO, D, NULL, NULL },
	{ "ablehnen|abgelehnt|ablehnte|lehnt ab|lehnte ab|lehnten ab|"
	    "zurückweisen|zurückgewiesen|zurückwies|weist zurück|"
	    "wies zurück|wiesen zurück", "denial", H, LC_SO, D, NULL, NULL },
	{ "ausweisen|ausgewiesen|auswies|weist aus|wies aus|wiesen aus",
	    "expulsion", H, LC_SO, D, NULL, NULL },
	{ "suspendieren|suspendiert|suspendierte", "suspension", H, LC_SO,
	    D, NULL, NULL },
	{ "drohen|droht|drohte|drohten|gedroht|bedrohen|bedroht|bedrohte",
	    "threat", H, LC_SO, D, NULL, NULL },
	{ "einmarschieren|einmarschiert|marschiert ein|marschierte ein|"
	    "marschierten ein|einmarschierte|einmarschierten", "invasion", H,
	    LC_SO, 0, "in", NULL },
	{ "überfallen|überfiel|überfällt|annektieren|annektiert|annektierte|"
	    "besetzen|besetzt|besetzte|besetzten", "invasion", H, LC_SO, D,
	    NULL, NULL },
	{ "angreifen|angegriffen|angriff|angriffen|angreift|greift an|"
	    "griff an|griffen an|greifen an|"
	    "bombardieren|bombardiert|bombardierte|beschießen|beschießt|"
	    "beschoss|beschossen|töten|tötet|tötete|getötet", "attack", H,
	    LC_SO, D, NULL, NULL },
	{ "stürzen|stürzte|stürzten|gestürzt|absetzen|abgesetzt|setzte ab|"
	    "setzten ab", "overthrow", H, LC_SO, D, NULL, NULL },
	{ "brechen ab|brach ab|brachen ab|abgebrochen|abbrach", "rupture", H,
	    LC_SO, 0, "zu mit", "beziehung" },
	{ "rufen zurück|rief zurück|riefen zurück|zurückgerufen|"
	    "zurückrief", "rupture",
	    H, LC_SO, 0, "aus", "botschafter" },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
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
static const char *const de_aspect[] = {
	"beschließen", "beschloss", "beschlossen", "entscheiden",
	"entschied", "entschieden", "beginnen", "begann", "begonnen", NULL
};
static const char *const de_ask[] = {
	"fordern", "fordert", "forderte", "gefordert", "auffordern",
	"verlangen", "verlangt", "verlangte", "bitten", "bat", "gebeten",
	"drängen", "drängt", "drängte", "wollen", "will", "wollte",
	"hoffen", "hofft", "hoffte", "versuchen", "versucht", "versuchte",
	"ablehnen", "abgelehnt", "drohen", "droht", "drohte", "planen",
	"plant", "plante", "erwägen", "erwägt", "vorschlagen",
	"vorgeschlagen", "versprechen", "versprach", "versprochen", NULL
};

/* --- nouns: an act named after a possessive ("su retirada de") ---------- */

/* The actor a possessive points back to acts: "anunció su retirada de
 * la OTAN", "a annoncé son retrait du G5 Sahel", "kündigte seinen
 * Austritt aus dem Europarat an". */
static const struct lcue es_nouns[] = {
	{ "retirada|salida", "withdrawal", N, LC_SO, LC_ORGHOST,
	    "de del", NULL },
	{ "apoyo|respaldo", "support", C, LC_SO, 0, "a al", NULL },
	{ "adhesión|ingreso", "accession", C, LC_SO, 0, "a al en", NULL },
	{ "reconocimiento", "recognition", C, LC_SO, 0, "a al de del",
	    NULL },
	{ "condena", "criticism", H, LC_SO, 0, "a al contra", NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
};

static const struct lcue fr_nouns[] = {
	{ "retrait|sortie", "withdrawal", N, LC_SO, LC_ORGHOST,
	    "de du des", NULL },
	{ "soutien|appui", "support", C, LC_SO, 0, "à au aux", NULL },
	{ "adhésion", "accession", C, LC_SO, 0, "à au aux", NULL },
	{ "reconnaissance", "recognition", C, LC_SO, 0, "de du des", NULL },
	{ "condamnation", "criticism", H, LC_SO, 0, "de du des", NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
};

static const struct lcue de_nouns[] = {
	{ "rückzug|austritt", "withdrawal", N, LC_SO, LC_ORGHOST, "aus",
	    NULL },
	{ "unterstützung", "support", C, LC_SO, 0, "für", NULL },
	{ "beitritt", "accession", C, LC_SO, 0, "zu zum zur", NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
};

/* Nouns of an act that name both ends in their phrase: "las sanciones
 * de la UE contra Rusia", "la suspension du Gabon par l'Union
 * africaine", "der Angriff Russlands auf die Ukraine" (German: a
 * compound's end, "Wirtschaftssanktionen"). */
static const struct lcue es_nominal[] = {
	{ "sanción|sanciones|embargo", "sanctions", H, LC_SO, 0, NULL, NULL },
	{ "ataque|ataques|bombardeo|bombardeos|ofensiva", "attack", H, LC_SO,
	    0, NULL, NULL },
	{ "invasión", "invasion", H, LC_SO, 0, NULL, NULL },
	{ "suspensión", "suspension", H, LC_SO, 0, NULL, NULL },
	{ "expulsión", "expulsion", H, LC_SO, 0, NULL, NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
};

static const struct lcue fr_nominal[] = {
	{ "sanction|sanctions|embargo", "sanctions", H, LC_SO, 0, NULL,
	    NULL },
	{ "attaque|attaques|frappe|frappes|offensive", "attack", H, LC_SO, 0,
	    NULL, NULL },
	{ "invasion", "invasion", H, LC_SO, 0, NULL, NULL },
	{ "suspension", "suspension", H, LC_SO, 0, NULL, NULL },
	{ "expulsion", "expulsion", H, LC_SO, 0, NULL, NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
};

static const struct lcue de_nominal[] = {
	{ "sanktion|sanktionen|embargo", "sanctions", H, LC_SO, 0, NULL,
	    NULL },
	{ "angriff|angriffe|offensive", "attack", H, LC_SO, 0, NULL, NULL },
	{ "invasion", "invasion", H, LC_SO, 0, NULL, NULL },
	{ "suspendierung", "suspension", H, LC_SO, 0, NULL, NULL },
	{ "ausweisung", "expulsion", H, LC_SO, 0, NULL, NULL },
	{ NULL, NULL, N, 0, 0, NULL, NULL }
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
	es_cond, es_rel, es_poss, es_of, es_against, es_by, es_opposed, NULL
};
static const struct lang_words fr_words = {
	fr_preps, fr_ands, fr_dets, fr_agent, fr_refl, NULL, fr_recip,
	fr_cond, fr_rel, fr_poss, fr_of, fr_against, fr_by, fr_opposed, "d"
};
static const struct lang_words de_words = {
	de_preps, de_ands, de_dets, de_agent, de_refl, de_particles, de_recip,
	de_cond, de_rel, de_poss, de_of, de_against, de_by, de_opposed, NULL
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
add_verbs(struct lcues *lc, const char *const *l, int what)
{
	for (; *l != NULL; l++) {
		stem(lc, *l, strlen(*l));
		g_hash_table_insert(lc->verbs, g_strdup(lc->buf->str),
		    GINT_TO_POINTER(what));
	}
}

struct lcues *
extract_lcues_new(enum text_lang lang)
{
	const struct lcue *cues, *nouns, *nominal;
	const char *const *aspect, *const *ask;
	const char	*alg;
	struct lcues	*lc;

	switch (lang) {
	case TEXT_ES:
		alg = "spanish", cues = es_cues, aspect = es_aspect;
		ask = es_ask, nouns = es_nouns;
		nominal = es_nominal;
		break;
	case TEXT_FR:
		alg = "french", cues = fr_cues, aspect = fr_aspect;
		ask = fr_ask, nouns = fr_nouns;
		nominal = fr_nominal;
		break;
	case TEXT_DE:
		alg = "german", cues = de_cues, aspect = de_aspect;
		ask = de_ask, nouns = de_nouns;
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
	add_verbs(lc, aspect, LV_ASPECT);
	add_verbs(lc, ask, LV_ASK);
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
