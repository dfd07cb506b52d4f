/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the relations of Spanish, French and German
 * (extract_cue_lang.c: the cues by their stems; extract_rel_lang.c:
 * the relations of the clauses).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "extract_lang.h"
#include "gazetteer.h"
#include "graph.h"
#include "msg.h"
#include "capture.h"
#include "source.h"
#include "text.h"
#include "extractfixture.h"

/* The label of the first cue of verb form w (particle p), or "". */
static const char *
label(struct lcues *lc, const char *w, const char *p)
{
	const GPtrArray	*a = extract_lcues_find(lc, w, strlen(w), p);

	if (a == NULL || a->len == 0)
		return "";
	return ((const struct lcue *)g_ptr_array_index(a, 0))->label;
}

/* The graph of text in language lang ("es", "fr", "de"). */
static struct graph *
run_lang(const char *lang, const char *text)
{
	struct graph	*g;
	char		*doc;

	doc = g_strdup_printf("---\nlang: %s\n---\n\n%s\n", lang, text);
	g = run_text(doc);
	g_free(doc);
	return g;
}

static int
nrel(const struct graph *g)
{
	return (int)g->relations->len;
}

/* The relation from -> to with label is in g, stated in mode, and drawn
 * only if done. */
static void
assert_mode(const struct graph *g, const char *from, const char *to,
    const char *label, enum rel_mode mode)
{
	const struct relation *rel = relation(g, from, to, label, 1);

	if (rel == NULL)
		rel = relation(g, from, to, label, 0);
	assert_non_null(rel);
	assert_int_equal(rel->mode, mode);
	assert_int_equal(rel->drawn, mode == REL_DONE);
}

/* --- the cues: every inflection by its stem ------------------------------- */

static void
test_cues_es(void **state)
{
	struct lcues	*lc = extract_lcues_new(TEXT_ES);

	(void)state;
	assert_non_null(lc);
	assert_string_equal(label(lc, "atacaron", NULL), "attack");
	assert_string_equal(label(lc, "Atacará", NULL), "attack");
	assert_string_equal(label(lc, "sancionaban", NULL), "sanctions");
	assert_string_equal(label(lc, "firmarían", NULL), "agreement");
	assert_string_equal(label(lc, "apoyamos", NULL), "support");
	assert_string_equal(label(lc, "derrocado", NULL), "overthrow");
	assert_string_equal(label(lc, "secuestraron", NULL), "abduction");
	assert_string_equal(label(lc, "liberó", NULL), "release");
	assert_string_equal(label(lc, "reunieron", NULL), "meeting");
	assert_string_equal(label(lc, "sucedió", NULL), "succession");
	assert_string_equal(label(lc, "expulsaba", NULL), "expulsion");
	assert_string_equal(label(lc, "dijo", NULL), "");
	assert_string_equal(label(lc, "comieron", NULL), "");
	assert_int_equal(extract_lcues_verb(lc, "pidieron", 8), LV_ASK);
	assert_int_equal(extract_lcues_verb(lc, "decidió", 8), LV_ASPECT);
	assert_int_equal(extract_lcues_verb(lc, "planea", 6), LV_PLAN);
	assert_int_equal(extract_lcues_verb(lc, "desmintió", 10), LV_DENY);
	extract_lcues_free(lc);
}

static void
test_cues_fr(void **state)
{
	struct lcues	*lc = extract_lcues_new(TEXT_FR);

	(void)state;
	assert_non_null(lc);
	assert_string_equal(label(lc, "attaquèrent", NULL), "attack");
	assert_string_equal(label(lc, "condamnait", NULL), "criticism");
	assert_string_equal(label(lc, "reconnu", NULL), "recognition");
	assert_string_equal(label(lc, "soutient", NULL), "support");
	assert_string_equal(label(lc, "livreront", NULL), "supply");
	assert_string_equal(label(lc, "renversé", NULL), "overthrow");
	assert_string_equal(label(lc, "succédera", NULL), "succession");
	assert_string_equal(label(lc, "signaient", NULL), "agreement");
	assert_string_equal(label(lc, "mangeait", NULL), "");
	extract_lcues_free(lc);
}

static void
test_cues_de(void **state)
{
	struct lcues	*lc = extract_lcues_new(TEXT_DE);

	(void)state;
	assert_non_null(lc);
	/* weak verbs keep "-t" and "-te" through the stemmer */
	assert_string_equal(label(lc, "lieferte", NULL), "supply");
	assert_string_equal(label(lc, "liefern", NULL), "supply");
	assert_string_equal(label(lc, "unterstützten", NULL), "support");
	assert_string_equal(label(lc, "verurteilt", NULL), "criticism");
	assert_string_equal(label(lc, "Sanktionierte", NULL), "sanctions");
	/* separable verbs: the particle at the clause's end */
	assert_string_equal(label(lc, "griff", "an"), "attack");
	assert_string_equal(label(lc, "greifen", "an"), "attack");
	assert_string_equal(label(lc, "angegriffen", NULL), "attack");
	assert_string_equal(label(lc, "griff", NULL), "");
	assert_string_equal(label(lc, "trat", "bei"), "accession");
	assert_string_equal(label(lc, "wirft", "vor"), "accusation");
	assert_string_equal(label(lc, "trafen", NULL), "meeting");
	assert_string_equal(label(lc, "aß", NULL), "");
	extract_lcues_free(lc);
	assert_null(extract_lcues_new(TEXT_EN));
}

/* --- relations of the clauses --------------------------------------------- */

static void
test_rel_es(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Chile atacó a Perú el martes por la noche.");
	assert_non_null(relation(g, "Chile", "Peru", "attack", 1));
	assert_int_equal(nrel(g), 1);
	graph_free(g);
	/* a preposition the cue takes */
	g = run_lang("es", "Uruguay se reunió ayer en Montevideo con "
	    "Paraguay.");
	assert_non_null(relation(g, "Uruguay", "Paraguay", "meeting", 0));
	graph_free(g);
	/* a coordinated subject of a symmetric cue */
	g = run_lang("es", "Ecuador y Colombia firmaron un tratado "
	    "comercial.");
	assert_non_null(relation(g, "Ecuador", "Colombia", "agreement", 0));
	graph_free(g);
	/* conjuncts with asides before the verb */
	g = run_lang("es", "El presidente de Uruguay, Ramón Valdivieso, y el "
	    "canciller de Paraguay, Luis Ortiz, firmaron ayer un tratado.");
	assert_non_null(relation(g, "Uruguay", "Paraguay", "agreement", 0));
	graph_free(g);
	g = run_lang("es", "Brasil apoyó a Paraguay durante la crisis.");
	assert_non_null(relation(g, "Brazil", "Paraguay", "support", 1));
	graph_free(g);
}

static void
test_rel_es_passive_unreal(void **state)
{
	struct graph	*g;

	(void)state;
	/* the passive's agent acts */
	g = run_lang("es", "Ecuador fue invadido por Perú en 1941.");
	assert_non_null(relation(g, "Peru", "Ecuador", "invasion", 1));
	assert_null(relation(g, "Ecuador", "Peru", "invasion", 1));
	graph_free(g);
	/* negated: a denial whose polarity the text leaves open */
	g = run_lang("es", "Bolivia no condenó a Chile.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	/* possible: listed in its mode, never drawn */
	g = run_lang("es", "Argentina podría sancionar a Chile.");
	assert_int_equal(nrel(g), 1);
	assert_mode(g, "Argentina", "Chile", "sanctions", REL_POSSIBLE);
	graph_free(g);
}

static void
test_rel_fr(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("fr", "La Belgique a condamné la Russie lundi.");
	assert_non_null(relation(g, "Belgium", "Russia", "criticism", 1));
	graph_free(g);
	/* supply: the recipient after "à" */
	g = run_lang("fr", "Le Maroc a livré des céréales à la Tunisie.");
	assert_non_null(relation(g, "Morocco", "Tunisia", "supply", 1));
	graph_free(g);
	g = run_lang("fr", "Le Sénégal soutiendra le Mali.");
	assert_non_null(relation(g, "Senegal", "Mali", "support", 1));
	graph_free(g);
}

static void
test_rel_fr_passive_unreal(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("fr", "Le Tchad a été attaqué par le Soudan.");
	assert_non_null(relation(g, "Sudan", "Chad", "attack", 1));
	graph_free(g);
	g = run_lang("fr", "Le Mali ne sanctionnera pas le Niger.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	/* the conditional reports what is alleged: possible, not done */
	g = run_lang("fr", "Le Niger aurait attaqué le Tchad.");
	assert_int_equal(nrel(g), 1);
	assert_mode(g, "Niger", "Chad", "attack", REL_POSSIBLE);
	graph_free(g);
}

static void
test_rel_de(void **state)
{
	struct graph	*g;

	(void)state;
	/* a separable verb; the object after the finite verb */
	g = run_lang("de", "Am Montag griff Russland die Ukraine an.");
	assert_non_null(relation(g, "Russia", "Ukraine", "attack", 1));
	graph_free(g);
	/* the participle at the end, a dative object */
	g = run_lang("de", "Polen hat der Ukraine Panzer geliefert.");
	assert_non_null(relation(g, "Poland", "Ukraine", "supply", 1));
	graph_free(g);
	/* the perfect: the participle closes the clause */
	g = run_lang("de", "Polen hat Belarus gestern scharf kritisiert.");
	assert_non_null(relation(g, "Poland", "Belarus", "criticism", 1));
	graph_free(g);
	g = run_lang("de", "Die EU hatte Sanktionen gegen Belarus verhängt, "
	    "sagte er.");
	assert_non_null(relation(g, "European Union", "Belarus", "sanctions",
	    1));
	graph_free(g);
	g = run_lang("de", "Österreich verhandelt seit Wochen mit Ungarn.");
	assert_non_null(relation(g, "Austria", "Hungary", "consultation",
	    0));
	graph_free(g);
}

/* Light verbs with their noun, separable verbs, leaving an
 * organisation (hostile) or a state. */
static void
test_rel_light(void **state)
{
	const struct relation *rel;
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Argentina impuso duras sanciones a Chile.");
	assert_non_null(relation(g, "Argentina", "Chile", "sanctions", 1));
	graph_free(g);
	g = run_lang("es", "Argentina impuso un arancel a Chile.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	g = run_lang("fr", "La Belgique a rappelé son ambassadeur au Maroc.");
	assert_non_null(relation(g, "Belgium", "Morocco", "recall of envoys",
	    1));
	graph_free(g);
	g = run_lang("de", "Polen verhängte Sanktionen gegen Belarus.");
	assert_non_null(relation(g, "Poland", "Belarus", "sanctions", 1));
	graph_free(g);
	g = run_lang("de", "Ungarn trat der NATO bei.");
	assert_non_null(relation(g, "Hungary", "NATO", "accession", 1));
	graph_free(g);
	g = run_lang("fr", "Le Niger a quitté la Cédéao.");
	/* named by its English official name: the text never names it
	 * by the gazetteer's acronym */
	assert_non_null(rel = relation(g, "Niger",
	    "Economic Community of West African States", "withdrawal", 1));
	assert_int_equal(rel->polarity, POL_HOSTILE);
	graph_free(g);
}

/* A noun cue after a possessive: the subject's own act. */
static void
test_rel_nouns(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Noruega anunció su retirada de la OTAN.");
	assert_non_null(relation(g, "Norway",
	    "North Atlantic Treaty Organization", "withdrawal", 1));
	graph_free(g);
	g = run_lang("fr", "Le Ghana a réaffirmé son soutien au Togo.");
	assert_non_null(relation(g, "Ghana", "Togo", "support", 1));
	graph_free(g);
	g = run_lang("de", "Dänemark erklärte seinen Austritt aus der NATO.");
	assert_non_null(relation(g, "Denmark", "NATO", "withdrawal", 1));
	graph_free(g);
	/* a noun naming both ends in its phrase */
	g = run_lang("es", "Las sanciones de Argentina contra Chile siguen.");
	assert_non_null(relation(g, "Argentina", "Chile", "sanctions", 1));
	graph_free(g);
	g = run_lang("fr", "La suspension du Mali par la Cédéao a surpris.");
	assert_non_null(relation(g, "Economic Community of West African "
	    "States", "Mali", "suspension", 1));
	graph_free(g);
	g = run_lang("de", "Der Angriff Serbiens auf Kroatien begann früh.");
	assert_non_null(relation(g, "Serbia", "Croatia", "attack", 1));
	graph_free(g);
	/* the actor by its demonym */
	g = run_lang("es", "La invasión peruana de Ecuador duró meses.");
	assert_non_null(relation(g, "Peru", "Ecuador", "invasion", 1));
	graph_free(g);
	g = run_lang("de", "Nach dem serbischen Angriff auf Kroatien kam es "
	    "zu Kämpfen.");
	assert_non_null(relation(g, "Serbia", "Croatia", "attack", 1));
	graph_free(g);
	/* no possessive: not the subject's act */
	g = run_lang("es", "Noruega criticó la retirada de la OTAN.");
	assert_non_null(actor(g, "North Atlantic Treaty Organization"));
	assert_null(relation(g, "Norway",
	    "North Atlantic Treaty Organization", "withdrawal", 1));
	graph_free(g);
}

/* A title next to a name: the person leads or serves their state. */
static void
test_titles(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "El presidente de Chile, Ramón Valdivieso, viajó "
	    "ayer a Lima.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Chile", "leader of",
	    1));
	graph_free(g);
	g = run_lang("fr", "La ministre belge Claire Vandenbroucke a parlé "
	    "lundi.");
	assert_non_null(relation(g, "Claire Vandenbroucke", "Belgium",
	    "minister of", 1));
	graph_free(g);
	g = run_lang("de", "Die Außenministerin Österreichs, Katharina "
	    "Gruber, sprach am Montag.");
	assert_non_null(relation(g, "Katharina Gruber", "Austria",
	    "minister of", 1));
	graph_free(g);
	/* a title word inside no apposition is not the person's */
	g = run_lang("es", "El presidente llegó, y Ramón Valdivieso habló.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
}

/* Deciding or having just done an act states it; asking for it does
 * not. */
static void
test_rel_nonfinite(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("fr", "La Belgique vient de reconnaître le Kosovo.");
	assert_non_null(relation(g, "Belgium", "Kosovo", "recognition", 1));
	graph_free(g);
	/* the future of a past is scheduled, an act as in English */
	g = run_lang("es", "Bolivia anunció que Chile entregaría trigo a "
	    "Perú.");
	assert_non_null(relation(g, "Chile", "Peru", "supply", 1));
	graph_free(g);
	g = run_lang("es", "Chile pidió a Perú que sancionara a Bolivia.");
	assert_null(relation(g, "Peru", "Bolivia", "sanctions", 1));
	assert_null(relation(g, "Chile", "Bolivia", "sanctions", 1));
	graph_free(g);
}

static void
test_rel_de_passive_unreal(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("de", "Die Ukraine wurde von Russland angegriffen.");
	assert_non_null(relation(g, "Russia", "Ukraine", "attack", 1));
	assert_null(relation(g, "Ukraine", "Russia", "attack", 1));
	graph_free(g);
	g = run_lang("de", "Frankreich unterstützte Belgien nicht.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	g = run_lang("de", "Deutschland würde Polen unterstützen.");
	assert_int_equal(nrel(g), 1);
	assert_mode(g, "Germany", "Poland", "support", REL_POSSIBLE);
	graph_free(g);
}


/* Denied, planned and refused acts, in each language. */
static void
test_rel_modes(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Rusia negó haber atacado a Ucrania.");
	assert_mode(g, "Russia", "Ukraine", "attack", REL_DENIED);
	graph_free(g);
	g = run_lang("fr", "La Russie a démenti avoir attaqué l'Ukraine.");
	assert_mode(g, "Russia", "Ukraine", "attack", REL_DENIED);
	graph_free(g);
	/* a reflexive denial refuses */
	g = run_lang("es", "Bolivia se negó a sancionar a Chile.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	g = run_lang("es", "Chile planea visitar Perú en marzo.");
	assert_mode(g, "Chile", "Peru", "visit", REL_PLANNED);
	graph_free(g);
	g = run_lang("fr", "La Belgique compte reconnaître le Kosovo.");
	assert_mode(g, "Belgium", "Kosovo", "recognition", REL_PLANNED);
	graph_free(g);
	g = run_lang("de", "Polen will der Ukraine Panzer liefern.");
	assert_mode(g, "Poland", "Ukraine", "supply", REL_PLANNED);
	graph_free(g);
	/* a promise of arms is planned */
	g = run_lang("es", "Chile prometió armas a Perú.");
	assert_mode(g, "Chile", "Peru", "supply", REL_PLANNED);
	graph_free(g);
	/* refused: as negated */
	g = run_lang("fr", "Le Mali a refusé de sanctionner le Niger.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	/* a purpose is no act */
	g = run_lang("fr", "Le Mali compte 300 soldats pour attaquer le "
	    "Niger.");
	assert_null(relation(g, "Mali", "Niger", "attack", 1));
	graph_free(g);
}

/* Each relation keeps the class and CAMEO code of its English cue;
 * its polarity comes from the code's Goldstein value. */
static void
test_rel_act(void **state)
{
	const struct relation *rel;
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Chile recibió a Perú en Santiago.");
	assert_non_null(rel = relation(g, "Peru", "Chile", "visit", 1));
	assert_string_equal(rel->cls, "diplomacy");
	assert_string_equal(rel->cameo, "043");
	assert_int_equal(rel->polarity, POL_COOPERATIVE);
	graph_free(g);
	g = run_lang("fr", "La Belgique a levé les sanctions contre "
	    "l'Iran.");
	assert_non_null(rel = relation(g, "Belgium", "Iran",
	    "sanctions relief", 1));
	assert_string_equal(rel->cameo, "085");
	assert_int_equal(rel->polarity, POL_COOPERATIVE);
	graph_free(g);
	g = run_lang("de", "Polen warnte Belarus.");
	assert_non_null(rel = relation(g, "Poland", "Belarus", "warning", 1));
	assert_string_equal(rel->cls, "coercion");
	assert_int_equal(rel->polarity, POL_HOSTILE);
	graph_free(g);
}

/* A broker relates to both parties, and they to each other when the
 * clause names their agreement. */
static void
test_rel_broker(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "China medió en un acuerdo entre Arabia Saudí e "
	    "Irán.");
	assert_non_null(relation(g, "China", "Saudi Arabia", "mediation", 1));
	assert_non_null(relation(g, "China", "Iran", "mediation", 1));
	assert_non_null(relation(g, "Saudi Arabia", "Iran", "agreement", 0));
	graph_free(g);
	g = run_lang("fr", "La Turquie a négocié un accord entre la Russie "
	    "et l'Ukraine.");
	assert_non_null(relation(g, "Turkey", "Russia", "mediation", 1));
	assert_non_null(relation(g, "Turkey", "Ukraine", "mediation", 1));
	graph_free(g);
	g = run_lang("fr", "Le Qatar a servi de médiateur entre la Syrie et "
	    "la Jordanie.");
	assert_non_null(relation(g, "Qatar", "Syria", "mediation", 1));
	assert_non_null(relation(g, "Qatar", "Jordan", "mediation", 1));
	graph_free(g);
	/* no agreement named: the parties are not tied */
	g = run_lang("de", "Katar vermittelte zwischen Israel und Ägypten.");
	assert_non_null(relation(g, "Qatar", "Israel", "mediation", 1));
	assert_non_null(relation(g, "Qatar", "Egypt", "mediation", 1));
	assert_null(relation(g, "Israel", "Egypt", "agreement", 0));
	graph_free(g);
}

/* Cues of the classes, and objects named through a noun. */
static void
test_rel_classes(void **state)
{
	struct graph	*g;

	(void)state;
	/* the owner of the noun phrase governed */
	g = run_lang("es", "Ecuador asaltó la embajada de México en Quito.");
	assert_non_null(relation(g, "Ecuador", "Mexico", "attack", 1));
	graph_free(g);
	g = run_lang("es", "Perú declaró persona non grata al embajador de "
	    "Chile.");
	assert_non_null(relation(g, "Peru", "Chile", "expulsion", 1));
	graph_free(g);
	g = run_lang("fr", "La Tunisie a mis en cause le gouvernement de la "
	    "Libye.");
	assert_non_null(relation(g, "Tunisia", "Libya", "criticism", 1));
	graph_free(g);
	/* a place standing for a state names no owner */
	g = run_lang("es", "Chile criticó el acuerdo de París.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	/* an act announced with an article */
	g = run_lang("fr", "L'Algérie a annoncé la rupture de ses relations "
	    "diplomatiques avec le Maroc.");
	assert_non_null(relation(g, "Algeria", "Morocco", "rupture", 1));
	graph_free(g);
	g = run_lang("fr", "L'Union africaine a annoncé la suspension du "
	    "Gabon.");
	assert_non_null(relation(g, "African Union", "Gabon", "suspension",
	    1));
	graph_free(g);
	g = run_lang("fr", "Le Tchad a reproché au Soudan son soutien aux "
	    "rebelles.");
	assert_non_null(relation(g, "Chad", "Sudan", "accusation", 1));
	graph_free(g);
	g = run_lang("de", "Polen lud die Ukraine zu dem Gipfel ein.");
	assert_non_null(relation(g, "Poland", "Ukraine", "invitation", 1));
	graph_free(g);
	g = run_lang("es", "Finlandia se unió a la OTAN en 2023.");
	assert_non_null(relation(g, "Finland",
	    "North Atlantic Treaty Organization", "accession", 1));
	graph_free(g);
	/* an apposition names the subject, or the person governed */
	g = run_lang("fr", "Le nouvel homme fort du pays, le colonel Jean "
	    "Kaboko, a annoncé la rupture des relations avec le Niger.");
	assert_non_null(relation(g, "Jean Kaboko", "Niger", "rupture", 1));
	graph_free(g);
	g = run_lang("es", "Chile recibió al presidente electo, Juan Pérez, "
	    "en Santiago.");
	assert_non_null(relation(g, "Juan Pérez", "Chile", "visit", 1));
	graph_free(g);
	/* the subject's own envoy is no recipient */
	g = run_lang("es", "Brasil envió a su canciller, Juan Pérez, a "
	    "Lima.");
	assert_null(relation(g, "Brazil", "Juan Pérez", "supply", 1));
	graph_free(g);
	/* breaking relations is mutual */
	g = run_lang("fr", "Le Maroc et la Tunisie ont rompu leurs relations "
	    "diplomatiques.");
	assert_non_null(relation(g, "Morocco", "Tunisia", "rupture", 0));
	graph_free(g);
	g = run_lang("fr", "La Belgique a suspendu sa coopération militaire "
	    "avec le Mali.");
	assert_non_null(relation(g, "Belgium", "Mali", "suspension", 1));
	graph_free(g);
	g = run_lang("fr", "La Chine a annoncé de nouvelles sanctions contre "
	    "le Japon.");
	assert_non_null(relation(g, "China", "Japan", "sanctions", 1));
	graph_free(g);
	g = run_lang("fr", "La Syrie a mené des frappes contre la Jordanie.");
	assert_non_null(relation(g, "Syria", "Jordan", "attack", 1));
	graph_free(g);
	g = run_lang("es", "Chile mantuvo un breve encuentro con Perú.");
	assert_non_null(relation(g, "Chile", "Peru", "consultation", 0));
	graph_free(g);
	/* hostages; a French partitive article before the object */
	g = run_lang("fr", "Le Tchad a pris en otage des soldats "
	    "soudanais.");
	assert_non_null(relation(g, "Chad", "Sudan", "abduction", 1));
	graph_free(g);
	g = run_lang("fr", "Le Tchad a expulsé des diplomates soudanais.");
	assert_non_null(relation(g, "Chad", "Sudan", "expulsion", 1));
	graph_free(g);
	/* a rapprochement */
	g = run_lang("fr", "Les autorités maliennes se sont rapprochées de "
	    "la Russie.");
	assert_non_null(relation(g, "Mali", "Russia", "cooperation", 0));
	graph_free(g);
	g = run_lang("de", "Ungarn näherte sich Russland an.");
	assert_non_null(relation(g, "Hungary", "Russia", "cooperation", 0));
	graph_free(g);
	/* ending ties, breaking off talks */
	g = run_lang("fr", "La Belgique a mis fin à sa coopération avec le "
	    "Mali.");
	assert_non_null(relation(g, "Belgium", "Mali", "rupture", 0));
	graph_free(g);
	g = run_lang("de", "Die Schweiz bricht die Verhandlungen mit Italien "
	    "ab.");
	assert_non_null(relation(g, "Switzerland", "Italy", "rupture", 0));
	graph_free(g);
	g = run_lang("de", "Österreich hat die Zusammenarbeit mit Ungarn "
	    "beendet.");
	assert_non_null(relation(g, "Austria", "Hungary", "rupture", 0));
	graph_free(g);
	/* joining is of an organisation */
	g = run_lang("es", "Chile se unió a Perú en la protesta.");
	assert_null(relation(g, "Chile", "Peru", "accession", 1));
	graph_free(g);
}

/* Coordinated infinitives, object pronouns, descriptions, a perfect
 * infinitive denied (extract_pron_lang.c). */
static void
test_rel_pronouns(void **state)
{
	struct graph	*g;

	(void)state;
	/* the second of two infinitives, in the mode of the first */
	g = run_lang("es", "Chile decidió retirar sus tropas del desierto y "
	    "entregar sus armas a Perú.");
	assert_mode(g, "Chile", "Peru", "supply", REL_DONE);
	graph_free(g);
	g = run_lang("fr", "La France compte retirer ses soldats du Sahel et "
	    "livrer des armes à l'Ukraine.");
	assert_mode(g, "France", "Ukraine", "supply", REL_PLANNED);
	graph_free(g);
	/* a singular object pronoun: the person subject before */
	g = run_lang("es", "El expresidente Ramón Valdivieso aterrizó ayer en "
	    "Bogotá. Valdivieso agradeció a Colombia su apoyo. Perú, según "
	    "Luis Ortiz, le concedió asilo político.");
	assert_non_null(relation(g, "Peru", "Ramón Valdivieso", "asylum",
	    1));
	graph_free(g);
	g = run_lang("fr", "L'ancien président Ramón Valdivieso est arrivé "
	    "hier à Bogotá. Valdivieso a remercié la Colombie. Le Pérou, "
	    "selon Luis Ortiz, lui a accordé l'asile politique.");
	assert_non_null(relation(g, "Peru", "Ramón Valdivieso", "asylum",
	    1));
	graph_free(g);
	/* not across a paragraph, not negated */
	g = run_lang("es", "El expresidente Ramón Valdivieso aterrizó ayer en "
	    "Bogotá. Valdivieso agradeció a Colombia su apoyo.\n\nPerú, "
	    "según Luis Ortiz, le concedió asilo político.");
	assert_null(relation(g, "Peru", "Ramón Valdivieso", "asylum", 1));
	graph_free(g);
	g = run_lang("es", "El expresidente Ramón Valdivieso aterrizó ayer en "
	    "Bogotá. Valdivieso agradeció a Colombia su apoyo. Perú, según "
	    "Luis Ortiz, no le concedió asilo político.");
	assert_null(relation(g, "Peru", "Ramón Valdivieso", "asylum", 1));
	graph_free(g);
	/* only for the person the text names most */
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Luis Ortiz perdió en Perú. Ortiz reconoció la derrota. "
	    "Colombia, según Ecuador, le concedió asilo político.");
	assert_non_null(relation(g, "Colombia", "Luis Ortiz", "asylum", 1));
	graph_free(g);
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Valdivieso habló con Chile. Valdivieso viajó a Bolivia. Luis "
	    "Ortiz perdió en Perú. Ortiz reconoció la derrota. Colombia, "
	    "según Ecuador, le concedió asilo político.");
	assert_null(relation(g, "Colombia", "Luis Ortiz", "asylum", 1));
	graph_free(g);
	/* a Spanish subject left out: the protagonist subject before */
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Valdivieso habló con Uruguay. Después viajó a Bolivia, donde "
	    "se reunió con Chile.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Chile", "meeting",
	    0));
	graph_free(g);
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Valdivieso habló con Uruguay.\n\nDespués viajó a Bolivia, "
	    "donde se reunió con Chile.");
	assert_null(relation(g, "Ramón Valdivieso", "Chile", "meeting", 0));
	graph_free(g);
	/* a passive with "se" leaves no subject out */
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Valdivieso habló con Uruguay. Luego se firmó un acuerdo con "
	    "Bolivia en presencia de Chile.");
	assert_null(relation(g, "Ramón Valdivieso", "Bolivia", "agreement",
	    0));
	graph_free(g);
	/* nor a plural verb */
	g = run_lang("es", "Ramón Valdivieso ganó las elecciones en Perú. "
	    "Valdivieso habló con Uruguay. Después atacaron a Bolivia en "
	    "presencia de Chile.");
	assert_null(relation(g, "Ramón Valdivieso", "Bolivia", "attack", 1));
	graph_free(g);
	/* French "il" the layer left unresolved, the same way */
	g = run_lang("fr", "Ramón Valdivieso a gagné au Pérou. Valdivieso a "
	    "parlé avec l'Uruguay. Il a ensuite critiqué le Chili et la "
	    "Bolivie.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Bolivia",
	    "criticism", 1));
	graph_free(g);
	/* a participle with its agent and recipient; none without one */
	g = run_lang("es", "Los rebeldes usaron armas entregadas por Irán a "
	    "Siria.");
	assert_mode(g, "Iran", "Syria", "supply", REL_DONE);
	graph_free(g);
	g = run_lang("fr", "La Russie a détruit des chars livrés par "
	    "l'Allemagne.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	g = run_lang("fr", "L'Ukraine a reçu des chars livrés par "
	    "l'Allemagne.");
	assert_mode(g, "Germany", "Ukraine", "supply", REL_DONE);
	graph_free(g);
	/* arrests; taking up arms against */
	g = run_lang("fr", "Le Mali a arrêté 49 soldats ivoiriens.");
	assert_non_null(relation(g, "Mali", "Côte d'Ivoire", "detention", 1));
	graph_free(g);
	g = run_lang("es", "Venezuela detuvo a dos diplomáticos de Colombia.");
	assert_non_null(relation(g, "Venezuela", "Colombia", "detention", 1));
	graph_free(g);
	/* denying an actor's involvement is no denial of it */
	g = run_lang("fr", "La France a démenti toute implication de l'armée "
	    "du Tchad.");
	assert_int_equal(nrel(g), 0);
	graph_free(g);
	g = run_lang("es", "Chile rechazó la propuesta de Perú.");
	assert_non_null(relation(g, "Chile", "Peru", "denial", 1));
	graph_free(g);
	/* an institution of a state names it; warrants, asylum asked */
	g = run_lang("es", "Un tribunal de Caracas dictó una orden de "
	    "detención contra Colombia.");
	assert_non_null(relation(g, "Venezuela", "Colombia", "detention", 1));
	graph_free(g);
	g = run_lang("fr", "Le gouvernement du Mali a expulsé l'ambassadeur "
	    "de France.");
	assert_non_null(relation(g, "Mali", "France", "expulsion", 1));
	graph_free(g);
	g = run_lang("es", "El opositor Ramón Valdivieso ha pedido asilo "
	    "político en España. Valdivieso habló con Chile.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Spain",
	    "asylum request", 1));
	graph_free(g);
	/* a description of the one organisation named before; a plural
	 * pronoun for the sanctions with their targets, the preposition
	 * repeated */
	g = run_lang("fr", "Les relations avec l'Union africaine se sont "
	    "apaisées. L'organisation continentale, qui avait imposé des "
	    "sanctions au Tchad et au Niger, les a levées en mars.");
	assert_non_null(relation(g, "African Union", "Chad", "sanctions", 1));
	assert_non_null(relation(g, "African Union", "Niger", "sanctions",
	    1));
	assert_non_null(relation(g, "African Union", "Niger",
	    "sanctions relief", 1));
	graph_free(g);
	/* two organisations before: none */
	g = run_lang("fr", "Les relations avec l'Union africaine et l'OTAN se "
	    "sont apaisées. L'organisation continentale, qui avait imposé "
	    "des sanctions au Tchad et au Niger, les a levées en mars.");
	assert_null(relation(g, "African Union", "Chad", "sanctions", 1));
	assert_null(relation(g, "African Union", "Chad", "sanctions relief",
	    1));
	graph_free(g);
	/* German: a perfect infinitive denied */
	g = run_lang("de", "Polen bestritt, die Ukraine angegriffen zu "
	    "haben.");
	assert_mode(g, "Poland", "Ukraine", "attack", REL_DENIED);
	graph_free(g);
}

/* Taking, holding or leaving an office (extract_office_lang.c). */
static void
test_rel_office(void **state)
{
	struct graph	*g;

	(void)state;
	g = run_lang("es", "Ramón Valdivieso juró este domingo como "
	    "presidente de Perú. Valdivieso criticó al presidente de Chile, "
	    "Luis Ortiz.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Peru", "leader of",
	    1));
	/* another's title is not the subject's */
	assert_null(relation(g, "Ramón Valdivieso", "Chile", "leader of", 1));
	graph_free(g);
	g = run_lang("es", "Ramón Valdivieso llegó a Lima dos días después "
	    "de renunciar a la presidencia de Bolivia. Valdivieso habló con "
	    "Chile.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Bolivia",
	    "leader of", 1));
	graph_free(g);
	g = run_lang("fr", "Ramón Valdivieso a pris la tête du Pérou. "
	    "Valdivieso a critiqué le président du Chili, Luis Ortiz.");
	assert_non_null(relation(g, "Ramón Valdivieso", "Peru", "leader of",
	    1));
	assert_null(relation(g, "Ramón Valdivieso", "Chile", "leader of", 1));
	graph_free(g);
	g = run_lang("de", "Olaf Scholz wurde im Beisein von Chile zum "
	    "Kanzler Deutschlands gewählt.");
	assert_non_null(relation(g, "Olaf Scholz", "Germany", "leader of",
	    1));
	graph_free(g);
	/* membership of a state, not when denied */
	g = run_lang("es", "Mauritania, miembro de la Unión Africana, "
	    "criticó a Marruecos.");
	assert_non_null(relation(g, "Mauritania", "African Union",
	    "membership", 1));
	graph_free(g);
	g = run_lang("de", "Polen ist Mitglied der NATO und grenzt an "
	    "Russland.");
	assert_non_null(relation(g, "Poland", "NATO", "membership", 1));
	graph_free(g);
	g = run_lang("fr", "L'Ukraine n'est pas membre de l'OTAN et combat "
	    "la Russie.");
	assert_null(relation(g, "Ukraine", "NATO", "membership", 1));
	graph_free(g);
	/* leading a direct object; not after a preposition */
	g = run_lang("es", "Ramón Valdivieso dirige la OTAN desde 2020. "
	    "Valdivieso habló con Chile.");
	assert_non_null(relation(g, "Ramón Valdivieso",
	    "North Atlantic Treaty Organization", "leader of", 1));
	graph_free(g);
	g = run_lang("es", "Ramón Valdivieso dirigió sus críticas a la OTAN. "
	    "Valdivieso habló con Chile.");
	assert_null(relation(g, "Ramón Valdivieso",
	    "North Atlantic Treaty Organization", "leader of", 1));
	graph_free(g);
	/* a symmetric participle's agents */
	g = run_lang("fr", "Le 9 août, une conférence de soutien, coorganisée "
	    "par la France et les Nations unies, a réuni des fonds.");
	assert_non_null(relation(g, "France", "United Nations",
	    "cooperation", 0));
	graph_free(g);
	/* an alliance naming its members */
	g = run_lang("de", "Die Koalition aus Polen und Litauen wurde 2017 "
	    "gebildet.");
	assert_non_null(relation(g, "Poland", "Lithuania", "alliance", 0));
	graph_free(g);
	g = run_lang("es", "La alianza entre Chile y Perú cumple diez años.");
	assert_non_null(relation(g, "Chile", "Peru", "alliance", 0));
	graph_free(g);
	/* not taken */
	g = run_lang("es", "Ramón Valdivieso no juró como presidente de "
	    "Perú. Valdivieso habló con Chile.");
	assert_null(relation(g, "Ramón Valdivieso", "Peru", "leader of", 1));
	graph_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_cues_es),
		T(test_cues_fr),
		T(test_cues_de),
		T(test_rel_es),
		T(test_rel_es_passive_unreal),
		T(test_rel_fr),
		T(test_rel_fr_passive_unreal),
		T(test_rel_de),
		T(test_rel_de_passive_unreal),
		T(test_rel_light),
		T(test_rel_nouns),
		T(test_titles),
		T(test_rel_nonfinite),
		T(test_rel_modes),
		T(test_rel_act),
		T(test_rel_broker),
		T(test_rel_classes),
		T(test_rel_pronouns),
		T(test_rel_office),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
