/* SPDX-License-Identifier: MIT */
/*
 * The diagram's own words in Spanish, French and German: the relations'
 * labels (the cue lexicons' keys, in English) and the states' names
 * (ICU's, by their region code).  Declared in labels.h.
 */
#include <string.h>

#include <glib.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "labels.h"

/* A relation's label: en key, es, fr, de.  A noun or "X of", as short
 * as the English, so the figure's boxes keep their size. */
static const char *const relations[][4] = {
	{ "abduction", "secuestro", "enl\xc3\xa8vement", "Entf\xc3\xbchrung" },
	{ "accession", "adhesi\xc3\xb3n", "adh\xc3\xa9sion", "Beitritt" },
	{ "accusation", "acusaci\xc3\xb3n", "accusation", "Vorwurf" },
	{ "agreement", "acuerdo", "accord", "Abkommen" },
	{ "aid", "ayuda", "aide", "Hilfe" },
	{ "alliance", "alianza", "alliance", "B\xc3\xbcndnis" },
	{ "ambassador of", "embajador de", "ambassadeur de",
	    "Botschafter von" },
	{ "annexation", "anexi\xc3\xb3n", "annexion", "Annexion" },
	{ "apology", "disculpa", "excuses", "Entschuldigung" },
	{ "appeal", "llamamiento", "appel", "Appell" },
	{ "appointment", "nombramiento", "nomination", "Ernennung" },
	{ "asylum", "asilo", "asile", "Asyl" },
	{ "attack", "ataque", "attaque", "Angriff" },
	{ "border closure", "cierre de frontera",
	    "fermeture de fronti\xc3\xa8re", "Grenzschlie\xc3\x9fung" },
	{ "briefing", "informaci\xc3\xb3n", "information", "Unterrichtung" },
	{ "capture", "captura", "prise", "Einnahme" },
	{ "commander of", "comandante de", "commandant de",
	    "Kommandeur von" },
	{ "concern", "preocupaci\xc3\xb3n", "inqui\xc3\xa9tude", "Sorge" },
	{ "conflict", "conflicto", "conflit", "Konflikt" },
	{ "consultation", "consultas", "consultations", "Konsultationen" },
	{ "cooperation", "cooperaci\xc3\xb3n", "coop\xc3\xa9ration",
	    "Zusammenarbeit" },
	{ "criticism", "cr\xc3\xadtica", "critique", "Kritik" },
	{ "defeat", "derrota", "d\xc3\xa9" "faite", "Niederlage" },
	{ "denial", "desmentido", "d\xc3\xa9menti", "Dementi" },
	{ "detention", "detenci\xc3\xb3n", "d\xc3\xa9tention", "Festnahme" },
	{ "diplomatic ties", "relaciones diplom\xc3\xa1ticas",
	    "relations diplomatiques", "diplomatische Beziehungen" },
	{ "dismissal", "destituci\xc3\xb3n", "limogeage", "Entlassung" },
	{ "dispute", "disputa", "diff\xc3\xa9rend", "Streit" },
	{ "dissolution", "disoluci\xc3\xb3n", "dissolution", "Aufl\xc3\xb6sung" },
	{ "drones", "drones", "drones", "Drohnen" },
	{ "energy", "energ\xc3\xad" "a", "\xc3\xa9nergie", "Energie" },
	{ "envoy of", "enviado de", "envoy\xc3\xa9 de", "Gesandter von" },
	{ "expulsion", "expulsi\xc3\xb3n", "expulsion", "Ausweisung" },
	{ "finding", "hallazgo", "constat", "Befund" },
	{ "food", "alimentos", "denr\xc3\xa9" "es", "Lebensmittel" },
	{ "foreign minister of", "canciller de",
	    "ministre des Affaires \xc3\xa9trang\xc3\xa8res de",
	    "Au\xc3\x9f" "enminister von" },
	{ "funding", "financiaci\xc3\xb3n", "financement", "Finanzierung" },
	{ "gratitude", "agradecimiento", "remerciements", "Dank" },
	{ "guarantees", "garant\xc3\xad" "as", "garanties", "Garantien" },
	{ "intelligence", "inteligencia", "renseignement",
	    "Aufkl\xc3\xa4rung" },
	{ "intervention", "intervenci\xc3\xb3n", "intervention", "Intervention" },
	{ "invasion", "invasi\xc3\xb3n", "invasion", "Invasion" },
	{ "invitation", "invitaci\xc3\xb3n", "invitation", "Einladung" },
	{ "joint exercises", "maniobras conjuntas", "exercices conjoints",
	    "gemeinsame \xc3\x9c" "bungen" },
	{ "labour", "mano de obra", "main-d\xe2\x80\x99\xc5\x93uvre",
	    "Arbeitskr\xc3\xa4" "fte" },
	{ "leader of", "l\xc3\xad" "der de", "dirigeant de", "F\xc3\xbchrung von" },
	{ "leadership", "liderazgo", "direction", "F\xc3\xbchrung" },
	{ "mediation", "mediaci\xc3\xb3n", "m\xc3\xa9" "diation",
	    "Vermittlung" },
	{ "meeting", "reuni\xc3\xb3n", "rencontre", "Treffen" },
	{ "membership", "pertenencia", "appartenance", "Mitgliedschaft" },
	{ "minister of", "ministro de", "ministre de", "Minister von" },
	{ "missiles", "misiles", "missiles", "Raketen" },
	{ "munitions", "munici\xc3\xb3n", "munitions", "Munition" },
	{ "occupation", "ocupaci\xc3\xb3n", "occupation", "Besetzung" },
	{ "order", "orden", "ordre", "Anordnung" },
	{ "overthrow", "derrocamiento", "renversement", "Sturz" },
	{ "partnership", "asociaci\xc3\xb3n", "partenariat", "Partnerschaft" },
	{ "praise", "elogio", "\xc3\xa9loge", "Lob" },
	{ "pressure", "presi\xc3\xb3n", "pression", "Druck" },
	{ "prosecutor of", "fiscal de", "procureur de", "Ankl\xc3\xa4ger von" },
	{ "recall of envoys", "retirada de embajadores",
	    "rappel des ambassadeurs", "Abberufung der Botschafter" },
	{ "recognition", "reconocimiento", "reconnaissance", "Anerkennung" },
	{ "refusal", "rechazo", "refus", "Ablehnung" },
	{ "release", "liberaci\xc3\xb3n", "lib\xc3\xa9ration", "Freilassung" },
	{ "rupture", "ruptura", "rupture", "Bruch" },
	{ "sanctions", "sanciones", "sanctions", "Sanktionen" },
	{ "sanctions relief", "alivio de sanciones",
	    "lev\xc3\xa9" "e des sanctions", "Sanktionslockerung" },
	{ "secession", "secesi\xc3\xb3n", "s\xc3\xa9" "cession", "Abspaltung" },
	{ "secretary of", "secretario de", "secr\xc3\xa9taire de",
	    "Sekret\xc3\xa4r von" },
	{ "snub", "desaire", "camouflet", "Br\xc3\xbcskierung" },
	{ "spokesperson of", "portavoz de", "porte-parole de",
	    "Sprecher von" },
	{ "succession", "sucesi\xc3\xb3n", "succession", "Nachfolge" },
	{ "supply", "suministro", "livraisons", "Lieferungen" },
	{ "support", "apoyo", "soutien", "Unterst\xc3\xbctzung" },
	{ "suspension", "suspensi\xc3\xb3n", "suspension", "Suspendierung" },
	{ "swap", "canje", "\xc3\xa9" "change", "Austausch" },
	{ "technology", "tecnolog\xc3\xad" "a", "technologie", "Technologie" },
	{ "threat", "amenaza", "menace", "Drohung" },
	{ "ties", "relaciones", "relations", "Beziehungen" },
	{ "trade", "comercio", "commerce", "Handel" },
	{ "training", "formaci\xc3\xb3n", "formation", "Ausbildung" },
	{ "troops", "tropas", "troupes", "Truppen" },
	{ "veto", "veto", "veto", "Veto" },
	{ "vice chancellor of", "vicecanciller de", "vice-chancelier de",
	    "Vizekanzler von" },
	{ "vice president of", "vicepresidente de", "vice-pr\xc3\xa9sident de",
	    "Vizepr\xc3\xa4sident von" },
	{ "violation", "violaci\xc3\xb3n", "violation", "Verletzung" },
	{ "visit", "visita", "visite", "Besuch" },
	{ "war", "guerra", "guerre", "Krieg" },
	{ "warning", "advertencia", "avertissement", "Warnung" },
	{ "withdrawal", "retirada", "retrait", "Austritt" }
};

/* 1 es, 2 fr, 3 de; 0 English or another language. */
static int
column(const char *tag)
{
	const char	*l = label_lang(tag);

	return strcmp(l, "es") == 0 ? 1 : strcmp(l, "fr") == 0 ? 2 :
	    strcmp(l, "de") == 0 ? 3 : 0;
}

const char *
label_relation(const char *tag, const char *key)
{
	size_t	lo = 0, hi = G_N_ELEMENTS(relations), mid;
	int	c = column(tag), d;

	if (c == 0 || key == NULL)
		return key;
	while (lo < hi) {		/* the table is sorted by key */
		mid = (lo + hi) / 2;
		if ((d = strcmp(key, relations[mid][0])) == 0)
			return relations[mid][c];
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return key;
}

/* English names of the regions (ICU's) to their codes, made once. */
static GHashTable *
region_codes(void)
{
	static gsize	 once;
	static GHashTable *h;
	const char *const *cc;
	UChar		 u[128];
	char		 loc[16], name[256];
	UErrorCode	 st;
	int32_t		 n;

	if (g_once_init_enter(&once)) {
		GHashTable *m = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, g_free);

		for (cc = uloc_getISOCountries(); *cc != NULL; cc++) {
			st = U_ZERO_ERROR;
			g_snprintf(loc, sizeof(loc), "und_%s", *cc);
			n = uloc_getDisplayCountry(loc, "en", u,
			    G_N_ELEMENTS(u), &st);
			if (U_FAILURE(st) || n <= 0)
				continue;
			u_strToUTF8(name, sizeof(name), NULL, u, n, &st);
			if (U_SUCCESS(st))
				g_hash_table_replace(m, g_strdup(name),
				    g_strdup(*cc));
		}
		h = m;
		g_once_init_leave(&once, 1);
	}
	return h;
}

char *
label_state(const char *tag, const char *name)
{
	const char	*cc;
	UChar		 u[128];
	char		 loc[16], out[256];
	UErrorCode	 st = U_ZERO_ERROR;
	int32_t		 n;

	if (column(tag) == 0 || name == NULL ||
	    (cc = g_hash_table_lookup(region_codes(), name)) == NULL)
		return g_strdup(name);
	g_snprintf(loc, sizeof(loc), "und_%s", cc);
	n = uloc_getDisplayCountry(loc, label_lang(tag), u, G_N_ELEMENTS(u),
	    &st);
	if (U_SUCCESS(st) && n > 0)
		u_strToUTF8(out, sizeof(out), NULL, u, n, &st);
	return U_SUCCESS(st) && n > 0 ? g_strdup(out) : g_strdup(name);
}

char *
label_actor(const char *tag, const char *name, const char *display,
    int state)
{
	if (display != NULL && column(tag) != 0)
		return g_strdup(display);
	return state ? label_state(tag, name) : g_strdup(name);
}
