/* SPDX-License-Identifier: MIT */
/* Unit tests of the clause stage of Spanish, French and German prose
 * (text_clause_lang*.c). */
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
#include "gazetteer.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

/* Made-up and real states, with their names in the three languages
 * among the other names: kind, name, official, capitals, demonyms,
 * other names, link. */
static const char gaz[] =
    "state\tRussia\t-\tMoscow|Moscou|Moskau\tRussian\t"
    "Russie|Rusia|Russland\t-\n"
    "state\tFrance\t-\tParis\tFrench\tFrancia|Frankreich\t-\n"
    "state\tVoldavia\t-\tKarsk\tVoldavian\tVoldavie|Voldavien\t-\n";

static struct text	*txt;
static struct lex	*lex;

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
	const char	*lang;
	const char	*text;
	guint		 n;		/* clauses */
	struct want	 c[4];
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
#define POSS	TMOD_POSSIBLE
#define COND	TMOD_CONDITIONAL
#define OBL	TMOD_OBLIGATION
#define SCHED	TMOD_SCHEDULED
#define WANT	TMOD_WANT

static const struct row rows[] = {
	/* French: the passé composé, passive, negation, future */
	{ "fr", "Le gouvernement a signé un accord avec les syndicats.", 1, {
	    { MAIN, "Le gouvernement", "a signé", "un accord avec les "
	    "syndicats", PAST, 0, 0, 0, -1 } } },
	{ "fr", "Les deux suspects ont été arrêtés mardi soir.", 1, {
	    { MAIN, "Les deux suspects", "ont été arrêtés", "*", PAST, 0,
	    0, 1, -1 } } },
	{ "fr", "La ministre n'a pas signé le décret.", 1, {
	    { MAIN, "La ministre", "n'a pas signé", "le décret", PAST, 0,
	    1, 0, -1 } } },
	/* "ne ... que" restricts, it does not deny */
	{ "fr", "Les relations n'avaient été rétablies qu'en mai.", 1, {
	    { MAIN, "Les relations", "n'avaient été rétablies", "*", PAST, 0,
	    0, 1, -1 } } },
	{ "fr", "Le comité ne reviendra jamais sur cette décision.", 1, {
	    { MAIN, "Le comité", "reviendra", "*", FUT, 0, 1, 0, -1 } } },
	{ "fr", "Le président va dissoudre l'assemblée.", 1, {
	    { MAIN, "Le président", "va dissoudre", "l'assemblée", FUT, 0,
	    0, 0, -1 } } },
	{ "fr", "Des manifestants bloquaient le port depuis trois jours.", 1, {
	    { MAIN, "Des manifestants", "bloquaient", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Le sommet doit se tenir à Genève.", 1, {
	    { MAIN, "Le sommet", "doit se tenir", "*", PRES, SCHED, 0, 0,
	    -1 } } },
	{ "fr", "La banque pourrait relever ses taux.", 1, {
	    { MAIN, "La banque", "pourrait relever", "ses taux", PRES, POSS,
	    0, 0, -1 } } },
	{ "fr", "Le syndicat veut obtenir une hausse des salaires.", 1, {
	    { MAIN, "Le syndicat", "veut obtenir", "*", PRES, WANT, 0, 0,
	    -1 } } },
	/* "si": both clauses conditional */
	{ "fr", "Si les négociations échouent, la grève reprendra.", 2, {
	    { SUB, "les négociations", "échouent", NULL, PRES, COND, 0, 0,
	    1 },
	    { MAIN, "la grève", "reprendra", NULL, FUT, 0, 0, 0, -1 } } },
	/* a relative on its antecedent, and one with its own subject */
	{ "fr", "Les soldats qui ont quitté la base sont rentrés.", 2, {
	    { MAIN, "Les soldats", "sont rentrés", NULL, PAST, 0, 0, 0, -1 },
	    { REL, "Les soldats", "ont quitté", "la base", PAST, 0, 0, 0,
	    0 } } },
	{ "fr", "Le traité, que la Russie avait signé en 1990, expire.", 2, {
	    { MAIN, "Le traité", "expire", NULL, PRES, 0, 0, 0, -1 },
	    { REL, "la Russie", "avait signé", "*", PAST, 0, 0, 0, 0 } } },
	/* reported speech, with "que" and by inversion */
	{ "fr", "Le ministre a annoncé que les troupes partiraient.", 2, {
	    { MAIN, "Le ministre", "a annoncé", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "les troupes", "partiraient", NULL, FUT, SCHED, 0, 0,
	    0 } } },
	{ "fr", "Les rebelles ont pris la ville, ont annoncé les militaires.",
	    2, {
	    { REP, "Les rebelles", "ont pris", "la ville", PAST, 0, 0, 0, 1 },
	    { MAIN, "les militaires", "ont annoncé", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Lorsqu'il est arrivé, le préfet a ordonné l'évacuation.", 2, {
	    { SUB, "Lorsqu'il", "est arrivé", NULL, PAST, 0, 0, 0, 1 },
	    { MAIN, "le préfet", "a ordonné", "l'évacuation", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Le maire a démissionné pour protester contre la réforme.",
	    2, {
	    { MAIN, "Le maire", "a démissionné", NULL, PAST, 0, 0, 0, -1 },
	    { NF, NULL, "protester", "*", NONE, 0, 0, 0, 0 } } },
	{ "fr", "Elle s'est rendue à Moscou et a rencontré le ministre.", 2, {
	    { MAIN, "Elle", "s'est rendue", "*", PAST, 0, 0, 0, -1 },
	    { MAIN, NULL, "a rencontré", "le ministre", PAST, 0, 0, 0, 0 } } },
	{ "fr", "Le texte aurait dû entrer en vigueur.", 1, {
	    { MAIN, "Le texte", "aurait dû entrer", "*", PAST, COND, 0, 0,
	    -1 } } },
	/* Spanish */
	{ "es", "El presidente firmó el decreto el lunes.", 1, {
	    { MAIN, "El presidente", "firmó", "*", PAST, 0, 0, 0, -1 } } },
	{ "es", "Los ministros no aprobaron el presupuesto.", 1, {
	    { MAIN, "Los ministros", "aprobaron", "el presupuesto", PAST, 0,
	    1, 0, -1 } } },
	{ "es", "El alcalde fue elegido en 2019.", 1, {
	    { MAIN, "El alcalde", "fue elegido", "*", PAST, 0, 0, 1, -1 } } },
	{ "es", "El Gobierno ha firmado un acuerdo con los sindicatos.", 1, {
	    { MAIN, "El Gobierno", "ha firmado", "*", PAST, 0, 0, 0, -1 } } },
	{ "es", "La empresa va a cerrar la fábrica.", 1, {
	    { MAIN, "La empresa", "va a cerrar", "la fábrica", FUT, 0, 0, 0,
	    -1 } } },
	{ "es", "El Congreso votará la ley en marzo.", 1, {
	    { MAIN, "El Congreso", "votará", "*", FUT, 0, 0, 0, -1 } } },
	{ "es", "El Senado tiene previsto debatirlo el martes.", 1, {
	    { MAIN, "El Senado", "tiene previsto debatirlo", "*", PRES, SCHED,
	    0, 0, -1 } } },
	{ "es", "Si el tribunal lo permite, la oposición podría presentar "
	    "un recurso.", 2, {
	    { SUB, "el tribunal", "permite", NULL, PRES, COND, 0, 0, 1 },
	    { MAIN, "la oposición", "podría presentar", "un recurso", PRES,
	    POSS, 0, 0, -1 } } },
	{ "es", "El ministro dijo que la reunión había terminado.", 2, {
	    { MAIN, "El ministro", "dijo", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "la reunión", "había terminado", NULL, PAST, 0, 0, 0,
	    0 } } },
	{ "es", "La tregua se rompió anoche, dijo el portavoz.", 2, {
	    { REP, "La tregua", "rompió", "*", PAST, 0, 0, 0, 1 },
	    { MAIN, "el portavoz", "dijo", NULL, PAST, 0, 0, 0, -1 } } },
	{ "es", "Los diputados que votaron la reforma tendrán que "
	    "explicarlo.", 2, {
	    { MAIN, "Los diputados", "tendrán que explicarlo", NULL, FUT, OBL,
	    0, 0, -1 },
	    { REL, "Los diputados", "votaron", "la reforma", PAST, 0, 0, 0,
	    0 } } },
	{ "es", "Cuando llegó la policía, los manifestantes ya se habían "
	    "marchado.", 2, {
	    { SUB, NULL, "llegó", "*", PAST, 0, 0, 0, 1 },
	    { MAIN, "los manifestantes", "habían marchado", NULL, PAST, 0, 0,
	    0, -1 } } },
	/* German: verb second, the bracket, verb-final clauses */
	{ "de", "Die Regierung hat am Mittwoch die Lieferung angekündigt.", 1, {
	    { MAIN, "Die Regierung", "hat", "am Mittwoch die Lieferung "
	    "angekündigt", PAST, 0, 0, 0, -1 } } },
	{ "de", "Am Montag unterzeichnete der Kanzler das Gesetz.", 1, {
	    { MAIN, "der Kanzler", "unterzeichnete", "das Gesetz", PAST, 0, 0,
	    0, -1 } } },
	{ "de", "Der Verdächtige wurde in Berlin festgenommen.", 1, {
	    { MAIN, "Der Verdächtige", "wurde", "*", PAST, 0, 0, 1, -1 } } },
	{ "de", "Der Minister wird den Vertrag nicht unterzeichnen.", 1, {
	    { MAIN, "Der Minister", "wird", "*", FUT, 0, 1, 0, -1 } } },
	{ "de", "Die Konferenz soll im Mai stattfinden.", 1, {
	    { MAIN, "Die Konferenz", "soll", "*", PRES, SCHED, 0, 0, -1 } } },
	{ "de", "Das Parlament muss den Haushalt beschließen.", 1, {
	    { MAIN, "Das Parlament", "muss", "*", PRES, OBL, 0, 0, -1 } } },
	{ "de", "Wenn die Gespräche scheitern, würde die Armee angreifen.", 2, {
	    { SUB, "die Gespräche", "scheitern", NULL, PRES, COND, 0, 0, 1 },
	    { MAIN, "die Armee", "würde", "*", FUT, COND, 0, 0, -1 } } },
	{ "de", "Die Polizei meldete, dass der Täter geflohen sei.", 2, {
	    { MAIN, "Die Polizei", "meldete", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "der Täter", "geflohen sei", NULL, PAST, 0, 0, 0, 0 } } },
	{ "de", "Die Waffen seien geliefert worden, sagte der Sprecher.", 2, {
	    { REP, "Die Waffen", "seien geliefert worden", NULL, PAST, 0, 0,
	    1, 1 },
	    { MAIN, "der Sprecher", "sagte", NULL, PAST, 0, 0, 0, -1 } } },
	{ "de", "Der Soldat, der den Angriff überlebte, ist nach Hause "
	    "gereist.", 2, {
	    { MAIN, "Der Soldat", "ist", "*", PAST, 0, 0, 0, -1 },
	    { REL, "Der Soldat", "überlebte", "den Angriff", PAST, 0, 0, 0,
	    0 } } },
	{ "de", "Die Firma hat keine Anlagen gebaut.", 1, {
	    { MAIN, "Die Firma", "hat", "*", PAST, 0, 1, 0, -1 } } },
	{ "de", "Die Stadt will die Brücke bis 2030 erneuern.", 1, {
	    { MAIN, "Die Stadt", "will", "*", PRES, WANT, 0, 0, -1 } } },
	{ "de", "Er reiste nach Paris, um den Vertrag zu unterzeichnen.", 2, {
	    { MAIN, "Er", "reiste", "*", PAST, 0, 0, 0, -1 },
	    { NF, NULL, "zu unterzeichnen", "*", NONE, 0, 0, 0, 0 } } },
	/* a cleft: one main clause from the sentence's start */
	{ "fr", "C'est en mars que le Parlement a voté la loi.", 1, {
	    { MAIN, "le Parlement", "a voté", "la loi", PAST, 0, 0, 0,
	    -1 } } },
	/* "il y a deux ans": ago, no clause */
	{ "fr", "Il y a deux ans, la junte a pris le pouvoir.", 1, {
	    { MAIN, "la junte", "a pris", "le pouvoir", PAST, 0, 0, 0,
	    -1 } } },
	/* a speaker's aside: what it interrupts is reported */
	{ "fr", "La trêve, a-t-il affirmé, sera respectée.", 2, {
	    { REP, "La trêve", "sera respectée", NULL, FUT, 0, 0, 1, 1 },
	    { MAIN, "il", "a-t-il affirmé", NULL, PAST, 0, 0, 0, -1 } } },
	/* a participle opening the sentence, one after a comma */
	{ "fr", "Signé en 1995, le traité, ratifié par dix pays, expire.", 3, {
	    { NF, "le traité", "Signé", "en 1995", NONE, 0, 0, 1, 1 },
	    { MAIN, "le traité", "expire", NULL, PRES, 0, 0, 0, -1 },
	    { NF, "le traité", "ratifié", "*", NONE, 0, 0, 1, 1 } } },
	{ "fr", "Les ministres avaient signé le texte puis été reçus par le "
	    "roi.", 2, {
	    { MAIN, "Les ministres", "avaient signé", "le texte", PAST, 0, 0,
	    0, -1 },
	    { MAIN, NULL, "été reçus", "*", PAST, 0, 0, 1, 0 } } },
	{ "es", "Hace tres años, el Gobierno firmó la paz.", 1, {
	    { MAIN, "el Gobierno", "firmó", "la paz", PAST, 0, 0, 0, -1 } } },
	/* a phrase of time is no subject: the subject is dropped */
	{ "es", "El pasado lunes anunciaron un nuevo acuerdo.", 1, {
	    { MAIN, NULL, "anunciaron", "un nuevo acuerdo", PAST, 0, 0, 0,
	    -1 } } },
	{ "es", "Pérez, de 70 años, que gobernó hasta 2010, murió ayer.", 2, {
	    { MAIN, "Pérez", "murió", "*", PAST, 0, 0, 0, -1 },
	    { REL, "Pérez", "gobernó", "*", PAST, 0, 0, 0, 0 } } },
	{ "de", "Wenige Stunden später verkündete der Präsident den Abzug.",
	    1, {
	    { MAIN, "der Präsident", "verkündete", "den Abzug", PAST, 0, 0,
	    0, -1 } } },
	{ "de", "Die Brücke, vor einem Jahr fertiggestellt, wurde gesperrt.",
	    2, {
	    { MAIN, "Die Brücke", "wurde gesperrt", "*", PAST, 0, 0, 1, -1 },
	    { NF, "Die Brücke", "fertiggestellt", "*", NONE, 0, 0, 1, 0 } } },
	{ "de", "Im März letzten Jahres hatte Russland die Halbinsel "
	    "annektiert.", 1, {
	    { MAIN, "Russland", "hatte", "die Halbinsel annektiert", PAST, 0,
	    0, 0, -1 } } },
	/* "compte" wishes only before an infinitive; "avions" after an
	 * adjective is a noun */
	{ "fr", "Le pays compte 10 millions d'habitants.", 1, {
	    { MAIN, "Le pays", "compte", "*", PRES, 0, 0, 0, -1 } } },
	{ "fr", "Le gouvernement souhaite réformer la loi.", 1, {
	    { MAIN, "Le gouvernement", "souhaite", "*", PRES, WANT, 0, 0,
	    -1 } } },
	{ "fr", "La compagnie a acheté de nouveaux avions.", 1, {
	    { MAIN, "La compagnie", "a acheté", "de nouveaux avions", PAST, 0,
	    0, 0, -1 } } },
	/* Konjunktiv I after a verb of saying: reported */
	{ "de", "Der Kanzler kündigte an, Berlin werde Panzer liefern.", 2, {
	    { MAIN, "Der Kanzler", "kündigte", "an", PAST, 0, 0, 0, -1 },
	    { REP, "Berlin", "werde", "Panzer liefern", FUT, 0, 0, 0, 0 } } },
	/* month and weekday names are never verbs; an imperfect after
	 * an article and its noun, before a preposition */
	{ "fr", "Lundi dernier encore, le général présidait à Dakar une "
	    "fête de réception de nouveaux avions.", 1, {
	    { MAIN, "le général", "présidait", "*", PAST, 0, 0, 0, -1 } } },
	{ "fr", "Le convoi a traversé la frontière jeudi 12 mai en fin de "
	    "matinée.", 1, {
	    { MAIN, "Le convoi", "a traversé", "*", PAST, 0, 0, 0, -1 } } },
	{ "es", "El sábado el alcalde inauguró el puente.", 1, {
	    { MAIN, "el alcalde", "inauguró", "el puente", PAST, 0, 0, 0,
	    -1 } } },
	/* a clitic is never a subject; ", pero" after a finite verb
	 * coordinates clauses */
	{ "es", "Horas antes le pidió públicamente que dimitiera.", 2, {
	    { MAIN, NULL, "pidió", "*", PAST, 0, 0, 0, -1 },
	    { SUB, NULL, "dimitiera", "*", PAST, 0, 0, 0, 0 } } },
	{ "es", "Pérez anunció que convocaría elecciones, pero por la noche "
	    "el jefe del Ejército, el general Pablo Ruiz, le “pidió” "
	    "públicamente que dimitiera.", 4, {
	    { MAIN, "Pérez", "anunció", "*", PAST, 0, 0, 0, -1 },
	    { REP, NULL, "convocaría", "elecciones", FUT, SCHED, 0, 0, 0 },
	    { MAIN, "el general Pablo Ruiz", "pidió", "*", PAST, 0, 0, 0,
	    -1 },
	    { SUB, NULL, "dimitiera", "*", PAST, 0, 0, 0, 2 } } },
	{ "fr", "Le ministre a démissionné, mais le président, réélu en "
	    "2020, a refusé.", 3, {
	    { MAIN, "Le ministre", "a démissionné", NULL, PAST, 0, 0, 0, -1 },
	    { MAIN, "le président", "a refusé", NULL, PAST, 0, 0, 0, -1 },
	    { NF, "le président", "réélu", "en 2020", NONE, 0, 0, 1, 0 } } },
	/* the speaker after what was said, past a time and a bare
	 * preposition's phrase; "sans" opening: a condition */
	{ "fr", "Sans accord rapide, la trêve resterait fragile, a souligné "
	    "en substance lundi le ministre allemand.", 2, {
	    { REP, "la trêve", "resterait", "fragile", FUT, COND, 0, 0, 1 },
	    { MAIN, "le ministre allemand", "a souligné", NULL, PAST, 0, 0,
	    0, -1 } } },
	{ "fr", "Les rebelles ont pris la ville, a annoncé mardi soir "
	    "l'armée.", 2, {
	    { REP, "Les rebelles", "ont pris", "la ville", PAST, 0, 0, 0, 1 },
	    { MAIN, "l'armée", "a annoncé", NULL, PAST, 0, 0, 0, -1 } } },
	{ "fr", "La trêve tiendra, a déclaré à la presse le ministre de la "
	    "Défense, qui rentrait de Rome.", 3, {
	    { REP, "La trêve", "tiendra", NULL, FUT, 0, 0, 0, 1 },
	    { MAIN, "le ministre de la Défense", "a déclaré", NULL, PAST, 0,
	    0, 0, -1 },
	    { REL, "le ministre de la Défense", "rentrait", "de Rome", PAST,
	    0, 0, 0, 1 } } },
	{ "es", "“La tarea apenas comienza”, dijo a Reuters el analista "
	    "Pedro Ramos.", 1, {
	    { MAIN, "el analista Pedro Ramos", "dijo", NULL, PAST, 0, 0, 0,
	    -1 } } },
	/* "Noruega ... y Cuba": "y" after a comma still joins nouns */
	{ "es", "Chile, que firmó el acuerdo, y Perú, su vecino, seguirán "
	    "como garantes.", 2, {
	    { MAIN, "Chile", "seguirán", "*", FUT, 0, 0, 0, -1 },
	    { REL, "Chile", "firmó", "el acuerdo", PAST, 0, 0, 0, 0 } } },
	/* a time counted back is no subject before an aside */
	{ "fr", "Il y a trois ans, en mai 2019, la conférence de Rome, "
	    "réunie à Paris, avait promis un milliard.", 2, {
	    { MAIN, "la conférence de Rome", "avait promis", "un milliard",
	    PAST, 0, 0, 0, -1 },
	    { NF, "la conférence de Rome", "réunie", "à Paris", NONE, 0, 0, 1,
	    0 } } },
	/* a speaker's aside after a condition; what follows a
	 * subordinate clause's verb to its comma is its own */
	{ "es", "Si el Gobierno no cede, advierten los sindicatos, la huelga "
	    "seguirá.", 3, {
	    { SUB, "el Gobierno", "cede", NULL, PRES, COND, 1, 0, 2 },
	    { MAIN, "los sindicatos", "advierten", NULL, PRES, 0, 0, 0, -1 },
	    { REP, "la huelga", "seguirá", NULL, FUT, 0, 0, 0, 1 } } },
	{ "es", "Si el Senado da su visto bueno, comenzará a regir la ley.",
	    2, {
	    { SUB, "el Senado", "da", "su visto bueno", PRES, COND, 0, 0, 1 },
	    { MAIN, NULL, "comenzará", "*", FUT, 0, 0, 0, -1 } } },
	/* no aside when no clause comes before: the subject stands
	 * before the apposition */
	{ "es", "El portavoz del partido, Juan Ruiz, tiene previsto presentar "
	    "el lunes el nuevo programa, que incluirá recortes.", 2, {
	    { MAIN, "El portavoz del partido", "tiene previsto presentar",
	    "*", PRES, SCHED, 0, 0, -1 },
	    { REL, "el nuevo programa", "incluirá", "recortes", FUT, 0, 0, 0,
	    0 } } },
	/* "poco" an adverb; a clitic object, the subject after the verb;
	 * a plural verb after an article's plural noun */
	{ "es", "La reunión, corta y sin apenas prensa, poco tuvo que ver con "
	    "la anterior.", 1, {
	    { MAIN, "La reunión", "tuvo", "*", PAST, 0, 0, 0, -1 } } },
	{ "es", "En el aeropuerto lo esperaba el ministro chileno.", 1, {
	    { MAIN, "el ministro chileno", "esperaba", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "es", "El partido no reconoce el fallo y sus bases mantienen "
	    "protestas.", 2, {
	    { MAIN, "El partido", "reconoce", "el fallo", PRES, 0, 1, 0, -1 },
	    { MAIN, "sus bases", "mantienen", "protestas", PRES, 0, 0, 0,
	    -1 } } },
	/* "dernier" is a time only beside one; a short word between
	 * names is no verb; a pronoun before "que" is the antecedent */
	{ "fr", "Le dernier convoi de la force a quitté la ville.", 1, {
	    { MAIN, "Le dernier convoi de la force", "a quitté", "la ville",
	    PAST, 0, 0, 0, -1 } } },
	{ "es", "Los presidentes Luiz Inácio Lula da Silva y Gustavo Petro "
	    "llegaron a Lima.", 1, {
	    { MAIN, "Los presidentes Luiz Inácio Lula da Silva y Gustavo Petro",
	    "llegaron", "a Lima", PAST, 0, 0, 0, -1 } } },
	{ "es", "Ella, que vive en Lima, aseguró que volverá.", 3, {
	    { MAIN, "Ella", "aseguró", NULL, PAST, 0, 0, 0, -1 },
	    { REL, "Ella", "vive", "en Lima", PRES, 0, 0, 0, 0 },
	    { REP, NULL, "volverá", NULL, FUT, 0, 0, 0, 0 } } },
	/* a verb of saying before "que"; a clitic before an auxiliary;
	 * an imperfect after an apposition; "le ton" a noun; "comme"
	 * before a noun is no marker */
	{ "fr", "La Belgique affirme que ses soldats étaient en mission.", 2, {
	    { MAIN, "La Belgique", "affirme", NULL, PRES, 0, 0, 0, -1 },
	    { REP, "ses soldats", "étaient", "en mission", PAST, 0, 0, 0,
	    0 } } },
	{ "fr", "L'organisation, qui avait imposé des sanctions au pays, les a "
	    "levées en juillet.", 2, {
	    { MAIN, "L'organisation", "a levées", "en juillet", PAST, 0, 0, 0,
	    -1 },
	    { REL, "L'organisation", "avait imposé", "*", PAST, 0, 0, 0,
	    0 } } },
	{ "fr", "Le ministre l'a annoncé lundi.", 1, {
	    { MAIN, "Le ministre", "l'a annoncé", "lundi", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Le chef de l'armée, 52 ans, dirigeait jusqu'ici la garde "
	    "présidentielle.", 1, {
	    { MAIN, "Le chef de l'armée", "dirigeait", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Le ton a changé.", 1, {
	    { MAIN, "Le ton", "a changé", NULL, PAST, 0, 0, 0, -1 } } },
	{ "fr", "Le général prêtera serment comme président de la transition, "
	    "ont annoncé les militaires.", 2, {
	    { REP, "Le général", "prêtera", "*", FUT, 0, 0, 0, 1 },
	    { MAIN, "les militaires", "ont annoncé", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Le maire est revenu pour le centenaire de la ville.", 1, {
	    { MAIN, "Le maire", "est revenu", "*", PAST, 0, 0, 0, -1 } } },
	/* "y, minutos después, rompió": clauses joined; French "que"
	 * with its subject after the verb */
	{ "es", "Pérez juró este lunes como presidente de Chile ante el "
	    "Congreso y, minutos después, rompió con la costumbre.", 2, {
	    { MAIN, "Pérez", "juró", "*", PAST, 0, 0, 0, -1 },
	    { MAIN, NULL, "rompió", "con la costumbre", PAST, 0, 0, 0, 0 } } },
	{ "fr", "Il a rejoint le Front national, le nom que s'étaient donné "
	    "les rebelles de mars.", 2, {
	    { MAIN, "Il", "a rejoint", "*", PAST, 0, 0, 0, -1 },
	    { REL, "les rebelles de mars", "s'étaient donné", NULL, PAST, 0,
	    0, 0, 0 } } },
	/* a quotation before ", dijo": what was said, never the
	 * speaker's subject; strong preterites; "Hace dos semanas" no
	 * subject; a name after "si" before a past ending */
	{ "es", "“No hay dinero”, repitió el ministro de Hacienda, de 60 "
	    "años.", 2, {
	    { REP, NULL, "hay", "*", PRES, 0, 1, 0, 1 },
	    { MAIN, "el ministro de Hacienda", "repitió", NULL, PAST, 0, 0, 0,
	    -1 } } },
	{ "es", "“Esto es una vergüenza”, gritó ante las cámaras.", 2, {
	    { REP, "Esto", "es", "*", PRES, 0, 0, 0, 1 },
	    { MAIN, NULL, "gritó", "ante las cámaras", PAST, 0, 0, 0,
	    -1 } } },
	{ "es", "El incendio se produjo el lunes por la noche.", 1, {
	    { MAIN, "El incendio", "produjo", "*", PAST, 0, 0, 0, -1 } } },
	{ "es", "Hace dos semanas viajó a Lima.", 1, {
	    { MAIN, NULL, "viajó", "a Lima", PAST, 0, 0, 0, -1 } } },
	{ "es", "Si Chile aceptara, su ingreso se haría efectivo en enero.",
	    2, {
	    { SUB, "Chile", "aceptara", NULL, PAST, COND, 0, 0, 1 },
	    { MAIN, "su ingreso", "haría", "*", FUT, COND, 0, 0, -1 } } },
	{ "es", "Junto a Pérez juró la vicepresidenta.", 1, {
	    { MAIN, NULL, "juró", "la vicepresidenta", PAST, 0, 0, 0,
	    -1 } } },
	{ "es", "Ruiz vuelve ahora al mismo ministerio.", 1, {
	    { MAIN, "Ruiz", "vuelve", "*", PRES, 0, 0, 0, -1 } } },
	/* numbers' words (ICU) are numbers; a number or a quantifier
	 * alone as the subject; a quotation mark inside the group;
	 * "il y a près de cinq ans"; an aside opening with a time; a
	 * verb after a name's adjective; "-ique" is no participle */
	{ "fr", "Huit mois plus tard, le bilan sécuritaire est pire.", 1, {
	    { MAIN, "le bilan sécuritaire", "est", "pire", PRES, 0, 0, 0,
	    -1 } } },
	{ "es", "Veintidós soldados murieron y dieciséis resultaron heridos.",
	    2, {
	    { MAIN, "Veintidós soldados", "murieron", NULL, PAST, 0, 0, 0,
	    -1 },
	    { MAIN, "dieciséis", "resultaron", "heridos", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Certains brandissaient des drapeaux russes.", 1, {
	    { MAIN, "Certains", "brandissaient", "des drapeaux russes", PAST,
	    0, 0, 0, -1 } } },
	{ "fr", "Le Quai d'Orsay a « condamné avec fermeté » les violences.",
	    1, {
	    { MAIN, "Le Quai d'Orsay", "a « condamné", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "fr", "Emmanuel Macron, qui s'était rendu dans le pays il y a près "
	    "de cinq ans, n'a pas commenté.", 2, {
	    { MAIN, "Emmanuel Macron", "n'a pas commenté", NULL, PAST, 0, 1,
	    0, -1 },
	    { REL, "Emmanuel Macron", "s'était rendu", "*", PAST, 0, 0, 0,
	    0 } } },
	{ "fr", "Deux jours après le début des feux, un jeune bénévole, Pierre "
	    "Martin, avait été lynché.", 1, {
	    { MAIN, "un jeune bénévole", "avait été lynché", NULL, PAST, 0, 0,
	    1, -1 } } },
	{ "fr", "Le Sahara occidental empoisonne les relations.", 1, {
	    { MAIN, "Le Sahara occidental", "empoisonne", "les relations",
	    PRES, 0, 0, 0, -1 } } },
	{ "fr", "L'enjeu le plus concret est énergétique.", 1, {
	    { MAIN, "L'enjeu le plus concret", "est", "énergétique", PRES, 0,
	    0, 0, -1 } } },
	/* a speaker's aside after the sentence's first phrase; Spanish
	 * irregular futures */
	{ "fr", "Le royaume, ajoute le communiqué, restera un partenaire "
	    "loyal.", 2, {
	    { REP, "Le royaume", "restera", "*", FUT, 0, 0, 0, 1 },
	    { MAIN, "le communiqué", "ajoute", NULL, PRES, 0, 0, 0, -1 } } },
	{ "es", "El Gobierno, explicó el ministro, mantendrá el plan.", 2, {
	    { REP, "El Gobierno", "mantendrá", "*", FUT, 0, 0, 0, 1 },
	    { MAIN, "el ministro", "explicó", NULL, PAST, 0, 0, 0, -1 } } },
	/* a relative inside a phrase before a comma does not cut the
	 * subject after it */
	{ "fr", "Près de deux mois après l'explosion qui a dévasté le port, "
	    "le président a dit sa honte.", 2, {
	    { REL, "l'explosion", "a dévasté", "le port", PAST, 0, 0, 0, 1 },
	    { MAIN, "le président", "a dit", "sa honte", PAST, 0, 0, 0,
	    -1 } } },
	/* "être victime de": the noun heads the group */
	{ "fr", "En mai, le député avait été victime d'une agression.", 1, {
	    { MAIN, "le député", "avait été victime", "d'une agression", PAST,
	    0, 0, 0, -1 } } },
	{ "es", "El periodista es víctima de una campaña.", 1, {
	    { MAIN, "El periodista", "es víctima", "de una campaña", PRES, 0,
	    0, 0, -1 } } },
	/* a Spanish object put first, taken up by its clitic */
	{ "es", "La reforma de la ley la presentó el diputado y exministro "
	    "Luis Gómez.", 1, {
	    { MAIN, "el diputado y exministro Luis Gómez", "presentó",
	    "La reforma de la ley", PAST, 0, 0, 0, -1 } } },
	{ "es", "La ministra la llamó el martes.", 1, {
	    { MAIN, "La ministra", "llamó", "el martes", PAST, 0, 0, 0,
	    -1 } } },
	/* German: a relative's antecedent is the phrase before the
	 * comma; "X und Y" after the verb; a hyphenated compound whole;
	 * the subject in the middle field; an adverb opening */
	{ "de", "Die Gewerkschaft lobte den Bürgermeister, der im Mai seinen "
	    "Plan vorgestellt hatte.", 2, {
	    { MAIN, "Die Gewerkschaft", "lobte", "den Bürgermeister", PAST, 0,
	    0, 0, -1 },
	    { REL, "den Bürgermeister", "vorgestellt hatte", "im Mai seinen "
	    "Plan", PAST, 0, 0, 0, 0 } } },
	{ "de", "Ende der Woche trafen Macron und Meloni dann in Rom ein.", 1, {
	    { MAIN, "Macron und Meloni", "trafen", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "de", "Die Regierung hofft, dass die ersten neuen Flugabwehr-Systeme "
	    "Anfang Mai in Polen eintreffen.", 2, {
	    { MAIN, "Die Regierung", "hofft", NULL, PRES, WANT, 0, 0, -1 },
	    { SUB, "die ersten neuen Flugabwehr-Systeme", "eintreffen",
	    "Anfang Mai in Polen", PRES, 0, 0, 0, 0 } } },
	{ "de", "Ab Montag, 12.00 Uhr Ortszeit, soll im Norden eine neue "
	    "Feuerpause gelten.", 1, {
	    { MAIN, "eine neue Feuerpause", "soll", "*", PRES, SCHED, 0, 0,
	    -1 } } },
	{ "de", "Parallel zu den Verhandlungen in Genf kündigte die Weltbank "
	    "ein neues Programm an.", 1, {
	    { MAIN, "die Weltbank", "kündigte", "*", PAST, 0, 0, 0, -1 } } },
	/* a genitive stays in its preposition's phrase; "mehr" is no
	 * subject's article; a relative's antecedent ends on no
	 * particle */
	{ "de", "Seit Montag fließt nach Angaben der polnischen Regierung "
	    "durch keine der Leitungen mehr Öl.", 1, {
	    { MAIN, "Öl", "fließt", "*", PRES, 0, 0, 0, -1 } } },
	{ "de", "Gestern weihten Polen und Litauen die Brücke ein, die beide "
	    "Länder verbindet.", 2, {
	    { MAIN, "Polen und Litauen", "weihten", "*", PAST, 0, 0, 0, -1 },
	    { REL, "die Brücke", "verbindet", "beide Länder", PRES, 0, 0, 0,
	    0 } } },
	/* German object first: an accusative's article, or a singular
	 * before a plural verb; the subject after the verb */
	{ "de", "Den Vertrag unterzeichnete am Montag der Kanzler.", 1, {
	    { MAIN, "der Kanzler", "unterzeichnete", "Den Vertrag", PAST, 0,
	    0, 0, -1 } } },
	{ "de", "Das Abkommen mit zehn Punkten unterzeichneten nicht die "
	    "Minister selbst.", 1, {
	    { MAIN, "die Minister", "unterzeichneten", "Das Abkommen mit "
	    "zehn Punkten", PAST, 0, 1, 0, -1 } } },
	{ "de", "Das Parlament unterzeichnete den Vertrag.", 1, {
	    { MAIN, "Das Parlament", "unterzeichnete", "den Vertrag", PAST, 0,
	    0, 0, -1 } } },
	/* ", der Abend aber sei ruhig": verb second, no relative; a
	 * short relative keeps its participle */
	{ "de", "Merkel sagte, es sei kein leichter Tag gewesen, der Abend "
	    "aber sei ruhig.", 3, {
	    { MAIN, "Merkel", "sagte", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "es", "sei", "*", PAST, 0, 1, 0, 0 },
	    { REP, "der Abend aber", "sei", "ruhig", PRES, 0, 0, 0, 0 } } },
	{ "de", "Die Soldaten, die gekommen sind, bleiben.", 2, {
	    { MAIN, "Die Soldaten", "bleiben", NULL, PRES, 0, 0, 0, -1 },
	    { REL, "Die Soldaten", "gekommen sind", NULL, PAST, 0, 0, 0,
	    0 } } },
	/* commas listing names stay in one phrase; "mehr als" compares;
	 * a dateline is no first place; "Außen- und ..." */
	{ "de", "Warschau (dpa) - Nach mehr als zehn Stunden haben sich die "
	    "Außen- und Verteidigungsminister Polens, Litauens und der "
	    "Ukraine geeinigt.", 1, {
	    { MAIN, "die Außen- und Verteidigungsminister Polens, Litauens "
	    "und der Ukraine", "haben", "*", PAST, 0, 0, 0, -1 } } },
	{ "de", "Scholz, Macron, Tusk und Meloni trafen sich in Rom.", 1, {
	    { MAIN, "Scholz, Macron, Tusk und Meloni", "trafen", "*", PAST, 0,
	    0, 0, -1 } } },
	{ "de", "Der Botschafter, Pavel Nowak, nannte die Vorwürfe haltlos.",
	    1, {
	    { MAIN, "Der Botschafter", "nannte", "*", PAST, 0, 0, 0, -1 } } },
	/* a finite auxiliary opening the sentence before a comma is a
	 * condition; an infinitive put first before a modal; "wie"
	 * with an adjective; a time name in the middle field; a
	 * name's number before a comma */
	{ "de", "Sollte der Damm brechen, könnten die Dörfer überflutet "
	    "werden.", 2, {
	    { SUB, "der Damm", "Sollte", "*", PAST, COND, 0, 0, 1 },
	    { MAIN, "die Dörfer", "könnten", "*", PRES, POSS, 0, 1, -1 } } },
	{ "de", "Kontrollieren sollen ihn Experten der Vereinten Nationen.",
	    1, {
	    { MAIN, "Experten der Vereinten Nationen", "sollen", "*", PRES,
	    OBL, 0, 0, -1 } } },
	{ "de", "Experten sollen die Lage prüfen.", 1, {
	    { MAIN, "Experten", "sollen", "*", PRES, OBL, 0, 0, -1 } } },
	{ "de", "Wie stabil die Regierung ist, bleibt offen.", 2, {
	    { SUB, "die Regierung", "ist", NULL, PRES, 0, 0, 0, 1 },
	    { MAIN, NULL, "*", "*", PRES, 0, 0, 0, -1 } } },
	{ "de", "Durch die Leitung floss seit Anfang Mai kein Öl mehr.", 1, {
	    { MAIN, "kein Öl", "floss", "*", PAST, 0, 1, 0, -1 } } },
	{ "de", "Nord Stream 2, vor einem Jahr fertiggestellt, ging nie in "
	    "Betrieb.", 2, {
	    { MAIN, "Nord Stream 2", "ging", "*", PAST, 0, 1, 0, -1 },
	    { NF, "Nord Stream 2", "fertiggestellt", "*", NONE, 0, 0, 1,
	    0 } } },
	{ "de", "Begonnen hatten die Verhandlungen vor fünf Jahren.", 1, {
	    { MAIN, "die Verhandlungen", "hatten", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "de", "Soldaten hatten keine Chance.", 1, {
	    { MAIN, "Soldaten", "hatten", "keine Chance", PAST, 0, 1, 0,
	    -1 } } },
	/* a participle put first by its shape (ausgelöst), not a noun
	 * plural; interrogative subordinators; Swiss spellings; a
	 * relative opening on a number; a counted first place; two
	 * prefixes before "zu"; the verb first after a subordinate
	 * clause; "möglich" no past; a past after "und" */
	{ "de", "Ausgelöst wurde der Streit durch ein Video.", 1, {
	    { MAIN, "der Streit", "wurde", "*", PAST, 0, 0, 1, -1 } } },
	{ "de", "Verletzt wurden drei Menschen.", 1, {
	    { MAIN, "drei Menschen", "wurden", NULL, PAST, 0, 0, 1, -1 } } },
	{ "de", "Verhandlungen hatten keinen Erfolg.", 1, {
	    { MAIN, "Verhandlungen", "hatten", "keinen Erfolg", PAST, 0, 1, 0,
	    -1 } } },
	{ "de", "Wer die Falle gestellt hat, ist bis heute unklar.", 2, {
	    { SUB, "*", "gestellt hat", "*", PAST, 0, 0, 0, 1 },
	    { MAIN, NULL, "ist", "*", PRES, 0, 0, 0, -1 } } },
	{ "de", "Im Jahr darauf liess Brüssel die Regel auslaufen.", 1, {
	    { MAIN, "Brüssel", "liess", "*", PAST, 0, 0, 0, -1 } } },
	{ "de", "Die Verträge, die 1999 unterzeichnet wurden, waren die "
	    "Antwort.", 2, {
	    { MAIN, "Die Verträge", "waren", "die Antwort", PAST, 0, 0, 0,
	    -1 },
	    { REL, "Die Verträge", "unterzeichnet wurden", "*", PAST, 0, 0, 1,
	    0 } } },
	{ "de", "Die Kanzlerin sagte, die Vereinigten Staaten würden Panzer "
	    "liefern.", 2, {
	    { MAIN, "Die Kanzlerin", "sagte", NULL, PAST, 0, 0, 0, -1 },
	    { REP, "die Vereinigten Staaten", "würden", "*", FUT, SCHED, 0, 0,
	    0 } } },
	{ "de", "Vorher wählen die Österreicher ihre Abgeordneten.", 1, {
	    { MAIN, "die Österreicher", "wählen", "*", PRES, 0, 0, 0, -1 } } },
	{ "de", "Rund 1,4 Millionen EU-Bürger lebten in der Schweiz.", 1, {
	    { MAIN, "1,4 Millionen EU-Bürger", "lebten", "*", PAST, 0, 0, 0,
	    -1 } } },
	{ "de", "Der Präsident mahnte die Parteien, das Vertrauen "
	    "wiederherzustellen.", 2, {
	    { MAIN, "Der Präsident", "mahnte", "die Parteien", PAST, 0, 0, 0,
	    -1 },
	    { NF, NULL, "wiederherzustellen", "*", NONE, 0, 0, 0, 0 } } },
	{ "de", "Weil das Abkommen nicht aktualisiert wurde, gelten Schweizer "
	    "Hersteller nun als Anbieter aus einem Drittstaat.", 2, {
	    { SUB, "das Abkommen", "aktualisiert wurde", "*", PAST, 0, 1, 1,
	    1 },
	    { MAIN, "Schweizer Hersteller", "gelten", "*", PRES, 0, 0, 0,
	    -1 } } },
	{ "de", "Misstrauensantrag möglich", 1, {
	    { MAIN, NULL, NULL, "*", NONE, 0, 0, 0, -1 } } },
	{ "de", "Der Kanzler sagte das und kündigte Neuwahlen an.", 2, {
	    { MAIN, "Der Kanzler", "sagte", "*", PAST, 0, 0, 0, -1 },
	    { MAIN, NULL, "kündigte", "*", PAST, 0, 0, 0, 0 } } },
	/* a perfect infinitive holds its participle and object; a
	 * present one does not */
	{ "de", "Die Regierung bestritt, die Anlage beschädigt zu haben.",
	    2, {
	    { MAIN, "Die Regierung", "bestritt", "*", PAST, 0, 0, 0, -1 },
	    { NF, NULL, "zu haben", "die Anlage", NONE, 0, 0, 0, 0 } } },
	{ "de", "Die Regierung versprach, die Anlage zu schützen.", 2, {
	    { MAIN, "Die Regierung", "versprach", "*", PAST, 0, 0, 0, -1 },
	    { NF, NULL, "zu schützen", NULL, NONE, 0, 0, 0, 0 } } },
	/* a title: no verb */
	{ "de", "Neue Gespräche in Genf", 1, {
	    { MAIN, NULL, NULL, "*", NONE, 0, 0, 0, -1 } } },
};

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	lex = lex_from_strings(gaz, NULL);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	text_free(txt);
	txt = NULL;
	lex_free(lex);
	lex = NULL;
	doc_free(doc);
	doc = NULL;
	source_free(src);
	src = NULL;
	return 0;
}

static void
analyse(const char *lang, const char *body)
{
	GString	*md = g_string_new(NULL);

	g_string_printf(md, "---\ntitle: T\ndate: 2024-03-12\nlang: %s\n"
	    "---\n\n%s\n", lang, body);
	text_free(txt);
	doc_free(doc);
	source_free(src);
	read_doc(md->str);
	g_string_free(md, TRUE);
	txt = text_analyse(doc, src, lex);
	assert_non_null(txt);
	assert_string_equal(messages(), "");
}

/* Whether tokens [first, first + n) read want ("*": anything); the
 * typographic apostrophe reads as "'". */
static int
span_is(guint first, guint n, const char *want)
{
	const struct text_token *a, *z;
	GString		*s;
	const char	*p, *e;
	int		 ok;

	if (want != NULL && strcmp(want, "*") == 0)
		return 1;
	if (want == NULL || n == 0)
		return want == NULL && n == 0;
	a = text_tok(txt, first);
	z = text_tok(txt, first + n - 1);
	s = g_string_new(NULL);
	for (p = txt->str->str + a->tstart, e = txt->str->str + z->tend;
	    p < e; p = g_utf8_next_char(p)) {
		if (g_utf8_get_char(p) == 0x2019)
			g_string_append_c(s, '\'');
		else
			g_string_append_len(s, p, g_utf8_next_char(p) - p);
	}
	ok = strcmp(s->str, want) == 0;
	g_string_free(s, TRUE);
	return ok;
}

static int
check_row(const struct row *r, GString *err)
{
	const struct text_sentence *se;
	const struct text_clause *c;
	const struct want *w;
	guint		 k;
	int		 ok = 1;

	analyse(r->lang, r->text);
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
	for (k = 0; k < r->n && k < 4; k++) {
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
test_clause_lang_table(void **state)
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

/* The subject's actor; a clause sharing its subject takes its
 * parent's; a relative "qui" its antecedent's. */
static void
test_clause_lang_actor(void **state)
{
	const struct text_clause *c;
	const struct text_sentence *se;
	int		 ru, fr;

	(void)state;
	analyse("fr", "La Russie a envoyé des troupes et a fermé la "
	    "frontière.");
	ru = -1;
	for (fr = 0; fr < (int)txt->actors->len; fr++)
		if (strcmp(text_actor(txt, fr)->name, "Russia") == 0)
			ru = fr;
	assert_true(ru >= 0);
	se = text_sent(txt, 0);
	assert_int_equal(se->nclauses, 2);
	assert_int_equal(text_clause(txt, se->first_clause)->subject, ru);
	assert_int_equal(text_clause(txt, se->first_clause + 1)->subject, ru);
	analyse("de", "Frankreich, das die Lieferung zugesagt hatte, zögert.");
	se = text_sent(txt, 0);
	assert_int_equal(se->nclauses, 2);
	c = text_clause(txt, se->first_clause + 1);
	assert_int_equal(c->kind, TC_RELATIVE);
	assert_true(c->subject >= 0);
	assert_string_equal(text_actor(txt, c->subject)->name, "France");
	/* the lexical verb of a bracket lies outside the verb group */
	assert_true(c->head >= 0);
	assert_true(span_is((guint)c->head, 1, "zugesagt"));
}

/* Offsets, clause ranges, text order, parents inside the sentence,
 * over several sentences of each language. */
static void
test_clause_lang_invariants(void **state)
{
	static const char *const docs[][2] = {
		{ "fr", "Le retrait, que Paris avait annoncé, s'est achevé "
		    "lundi, souligne l'armée, qui se félicite d'avoir tenu "
		    "les délais. Il n'y a plus de soldats.\n\nDeux coups "
		    "d'Etat" },
		{ "es", "Santos, que fue reelegido, defendió que el texto es "
		    "mejor y aseguró que lo cumplirá. Tras la derrota, se "
		    "sentaron de nuevo." },
		{ "de", "Der Betreiber, an dem Gazprom die Mehrheit hält, "
		    "sprach von Schäden. Wer dahinter steckt, ließ die "
		    "Behörde offen; sie ermittelt." },
	};
	const struct text_sentence *se;
	const struct text_clause *c;
	guint		 d, i, k, n, s0, s1;

	(void)state;
	for (d = 0; d < G_N_ELEMENTS(docs); d++) {
		analyse(docs[d][0], docs[d][1]);
		n = 0;
		for (i = 0; i < txt->sentences->len; i++) {
			se = text_sent(txt, i);
			assert_int_equal(se->first_clause, n);
			assert_true(se->nclauses > 0);
			n += se->nclauses;
			s0 = se->first_token;
			s1 = s0 + se->ntokens;
			for (k = 0; k < se->nclauses; k++) {
				c = text_clause(txt, se->first_clause + k);
				assert_int_equal(c->sentence, i);
				assert_true(c->ntokens > 0);
				assert_true(c->first_token >= s0 &&
				    c->first_token + c->ntokens <= s1);
				assert_true(c->start == text_tok(txt,
				    c->first_token)->start);
				assert_true(c->end == text_tok(txt,
				    c->first_token + c->ntokens - 1)->end);
				assert_true(c->subj_n == 0 ||
				    (c->subj_first >= s0 &&
				    c->subj_first + c->subj_n <= s1));
				assert_true(c->obj_n == 0 ||
				    (c->obj_first >= s0 &&
				    c->obj_first + c->obj_n <= s1));
				assert_true(c->verb_n == 0 ||
				    (c->verb_first >= s0 &&
				    c->verb_first + c->verb_n <= s1));
				assert_true(c->head < 0 ||
				    ((guint)c->head >= s0 &&
				    (guint)c->head < s1));
				assert_true(c->parent < 0 ||
				    ((guint)c->parent >= se->first_clause &&
				    (guint)c->parent < se->first_clause +
				    se->nclauses && (guint)c->parent !=
				    se->first_clause + k));
				assert_int_equal(c->ante_n, 0);
				if (k > 0)
					assert_true(c->first_token >=
					    text_clause(txt, se->first_clause +
					    k - 1)->first_token);
			}
		}
		assert_int_equal(n, txt->clauses->len);
	}
}

/* The head and marker of a clause: "victime", not the copula; "avant"
 * marks a passive infinitive that takes its parent's subject. */
static void
test_clause_lang_heads(void **state)
{
	static const struct {
		const char	*lang, *text;
		guint		 k;		/* clause */
		const char	*head, *mark, *subj;
	} r[] = {
		{ "fr", "Le député avait été victime d'une agression.", 0,
		    "victime", NULL, "Le député" },
		{ "es", "El periodista fue víctima de un atentado.", 0,
		    "víctima", NULL, "El periodista" },
		{ "fr", "Le député était président de la commission.", 0,
		    "était", NULL, "Le député" },
		{ "fr", "Le maire a quitté ses fonctions en 2010, avant "
		    "d'être réélu en 2014.", 1, "réélu", "avant", "Le maire" },
		{ "de", "Gewonnen hat der Kandidat der Grünen.", 0,
		    "Gewonnen", NULL, "der Kandidat der Grünen" },
	};
	const struct text_clause *c;
	guint		 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(r); i++) {
		analyse(r[i].lang, r[i].text);
		assert_true(r[i].k < txt->clauses->len);
		c = text_clause(txt, r[i].k);
		assert_true(c->head >= 0);
		assert_true(span_is((guint)c->head, 1, r[i].head));
		if (r[i].mark == NULL)
			assert_int_equal(c->mark, -1);
		else {
			assert_true(c->mark >= 0);
			assert_true(span_is((guint)c->mark, 1, r[i].mark));
			/* the marker is not inside the verb group */
			assert_true((guint)c->mark < c->verb_first);
		}
		assert_true(span_is(c->subj_first, c->subj_n, r[i].subj));
	}
}

/* A sentence of 50 000 words in each language stays linear. */
static void
test_clause_lang_large(void **state)
{
	static const char *const langs[][2] = {
		{ "fr", "et la France a dit que les soldats, qui partaient, " },
		{ "es", "y el ministro dijo que las tropas, que salían, " },
		{ "de", "und der Minister sagte, dass die Truppen abzogen, " },
	};
	GString		*s;
	guint		 i, l;
	gint64		 t0;

	(void)state;
	for (l = 0; l < G_N_ELEMENTS(langs); l++) {
		s = g_string_new(NULL);
		for (i = 0; i < 50000 / 10; i++)
			g_string_append(s, langs[l][1]);
		g_string_append(s, "fin.");
		t0 = g_get_monotonic_time();
		analyse(langs[l][0], s->str);
		g_string_free(s, TRUE);
		assert_int_equal(txt->sentences->len, 1);
		assert_true(txt->clauses->len > 1000);
		assert_true(g_get_monotonic_time() - t0 < 20 * G_USEC_PER_SEC);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_clause_lang_table,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_clause_lang_actor,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_clause_lang_invariants,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_clause_lang_heads,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_clause_lang_large,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
