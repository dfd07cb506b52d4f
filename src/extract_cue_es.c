/* SPDX-License-Identifier: MIT */
/*
 * The Spanish lexicon of the relations (extract_lex_lang.h): the verbs of
 * each class of the English cues (assets/cues.tsv), by their Snowball
 * stems so that every inflection of a regular verb is one entry,
 * irregular forms listed; the verbs a clause hangs on; the nouns of
 * acts; the words of the grammar the relations are read with; the
 * titles.
 */
#include "extract_lex_lang.h"

/* --- cues ----------------------------------------------------------------- */

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
	{ "acercar|acercarse|acercó|acercaron|acerca", "cooperation",
	    SUPPLY, LC_SYM, LC_REFL, "a al", NULL },
	{ "dialogar|dialogó|dialoga|dialogaron|conversar|conversó|"
	    "conversaron", "consultation", MEET, LC_SYM, 0, "con entre",
	    NULL },
	{ "mantener|mantuvo|mantuvieron|mantiene|sostener|sostuvo|"
	    "sostuvieron|celebrar|celebró|celebraron", "consultation", MEET,
	    LC_SYM, 0, "con entre",
	    "conversacion|reunión|encuentro|diálogo|negociacion|contacto" },
	{ "mediar|medió|mediaron|mediado|intermediar|intermedió",
	    "mediation", "diplomacy:045", LC_SO, LC_BROKER, "entre", NULL },
	{ "actuar|actuó|ejercer|ejerció|servir|sirvió", "mediation",
	    "diplomacy:045", LC_SO, LC_BROKER, "entre", "mediador|mediación" },
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
	{ "coorganizar|coorganizó|coorganizaron|coorganizado|coorganizada|"
	    "copresidir|copresidió|copresidieron|copresidida", "cooperation",
	    SUPPLY, LC_SYM, 0, "con", NULL },
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
	{ "dar|dio|dieron|da|brindar|brindó|brindaron|prestar|prestó|"
	    "ofrecer|ofreció|ofrecieron", "support", BACK, LC_SO, 0, "a al",
	    "apoyo|respaldo" },
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
	    "suspension", "coercion:16", LC_SO, D, "a al con", NULL },
	{ "amenazar|amenazó|amenaza|amenazan|amenazaron",
	    "threat", "coercion:13", LC_SO, D, "a al", NULL },
	{ "advertir|advirtió|advierte|advirtieron|alertar|alertó",
	    "warning", "coercion:13", LC_SO, D, "a al", NULL },
	{ "llamar|llamó|llama|llamaron", "recall of envoys", RECALL, LC_SO,
	    0, "de del en", "embajador" },
	{ "romper|rompió|rompe|rompieron|roto", "rupture", RECALL, LC_SYM, 0,
	    "con", "relacion|negociacion|diálogo|conversacion|contacto" },
	{ "poner|puso|pusieron|pone|terminar|terminó|terminaron", "rupture",
	    RECALL, LC_SYM, 0, "con", "fin|relacion|negociacion|cooperación|"
	    "alianza|coalición" },
	/* force */
	{ "invadir|invadió|invade|invadieron|invadido",
	    "invasion", "force:192", LC_SO, D, "a al", NULL },
	{ "anexar|anexó|anexionar|anexionó", "annexation", "force:192",
	    LC_SO, D, "a al", NULL },
	{ "ocupar|ocupó|ocupa|ocuparon", "occupation", "force:192", LC_SO,
	    D, "a al", NULL },
	{ "atacar|atacó|ataca|atacan|atacaron|atacado|bombardear|bombardeó|"
	    "bombardea|bombardearon|matar|mató|mataron|asesinar|asesinó|"
	    "asaltar|asaltó|asaltaron|agredir|agredió",
	    "attack", "force:19", LC_SO, D, "a al", NULL },
	{ "irrumpir|irrumpió|irrumpieron", "attack", "force:19", LC_SO, 0,
	    "en", NULL },
	{ "lanzar|lanzó|lanza|lanzaron|realizar|realizó|realizaron|"
	    "efectuar|efectuó|efectuaron|perpetrar|perpetró", "attack",
	    "force:19", LC_SO, 0, "contra sobre", "ataque|ofensiv|bombarde" },
	{ "reivindicar|reivindicó|reivindica|reivindicaron", "attack",
	    "force:19", LC_SO, 0, "contra", "ataque|atentado" },
	{ "dictar|dictó|dictaron|emitir|emitió|emitieron|librar|libró|"
	    "expedir|expidió", "detention", "coercion:173", LC_SO, 0,
	    "contra", "orden" },
	{ "pedir|pidió|pide|piden|pidieron|pedido|solicitar|solicitó|"
	    "solicita|solicitaron|solicitado", "asylum request",
	    "diplomacy:02", LC_SO, 0, "en a al", "asilo" },
	{ "detener|detuvo|detuvieron|detiene|arrestar|arrestó|arrestaron|"
	    "arrestado|capturar|capturó|capturaron|encarcelar|encarceló|"
	    "encarcelaron", "detention", "coercion:173", LC_SO, D, "a al",
	    NULL },
	{ "tomar|tomó|tomaron|retomar|retomó|retomaron|empuñar|empuñó",
	    "attack", "force:19", LC_SO, 0, "contra", "arma" },
	{ "secuestrar|secuestró|secuestra|secuestraron|raptar|raptó",
	    "abduction", "force:181", LC_SO, D, "a al", NULL },
	{ "tomar|tomó|tomaron|mantener|mantiene|mantienen|retener|retuvo|"
	    "retiene", "abduction", "force:181", LC_SO, D, "a al",
	    "rehén|rehenes" },
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

/* --- nouns ---------------------------------------------------------------- */

/* The actor a possessive points back to acts ("su retirada de"); those
 * marked LC_OBJDE are read after an article too, under a verb of
 * announcing or deciding ("a annoncé la suspension du Gabon"): their
 * "de" phrase is what the act is done to, never its doer. */
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
	{ "sanción|sanciones", "sanctions", SANCTION, LC_SO, LC_OBJDE,
	    "contra a al", NULL },
	{ "suspensión", "suspension", "coercion:16", LC_SO, LC_OBJDE,
	    "de del", NULL },
	{ "expulsión", "expulsion", "coercion:166", LC_SO, LC_OBJDE,
	    "de del", NULL },
	{ "destitución|derrocamiento", "overthrow", "force:18", LC_SO,
	    LC_OBJDE, "de del", NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

/* Nouns of an act that name both ends in their phrase: "las sanciones
 * de la UE contra Rusia", "la suspension du Gabon par l'Union
 * africaine", "der Angriff Russlands auf die Ukraine". */
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

/* --- grammar -------------------------------------------------------------- */

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

/* Prepositions of the phrases of nouns: of the actor, against, by. */
static const char *const es_of[] = { "de", "del", NULL };
static const char *const es_against[] = { "contra", "sobre", NULL };
static const char *const es_by[] = { "por", NULL };

/* Words that make a title the opposition's, not the state's. */
static const char *const es_opposed[] = {
	"opositor", "opositora", "oposición", NULL
};

static const char *const es_poss[] = { "su", "sus", NULL };

static const struct lang_words es_words = {
	es_preps, es_ands, es_dets, es_agent, es_refl, NULL, es_recip,
	es_cond, es_rel, es_poss, es_of, es_against, es_by, es_opposed, NULL,
	"acuerdo|pacto|tratado|tregua|armisticio"
};

/* --- titles --------------------------------------------------------------- */

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

const struct lang_lexicon extract_lexicon_es = {
	"spanish", es_cues, es_verbs, es_nouns, es_nominal, &es_words, es_titles
};
