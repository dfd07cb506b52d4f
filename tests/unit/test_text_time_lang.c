/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the temporal expressions of Spanish, French and German
 * prose (text_time_lang*.c): each row a text of its language with a
 * document date, and the times it must give (date at its precision,
 * kind, qualifier), or must not.
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

#include "capture.h"
#include "doc.h"
#include "extract_date.h"
#include "source.h"
#include "text.h"

#include "docfixture.h"

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* The flags a row states exactly. */
#define KIND	(TIME_UNRESOLVED | TIME_FORWARD | TIME_CHAINED | \
		 TIME_RANGE | TIME_DURATION | TIME_AGE | TIME_DECADE | \
		 TIME_MEASURE | TIME_STATISTIC | TIME_TABLE | \
		 TIME_DATELINE | TIME_OUT_OF_RANGE | TIME_GENERIC)

#define CH	TIME_CHAINED
#define FWD	TIME_FORWARD
#define DUR	TIME_DURATION
#define AGE	TIME_AGE
#define DEC	TIME_DECADE
#define GEN	TIME_GENERIC
#define RNG	TIME_RANGE
#define STAT	TIME_STATISTIC
#define UNRES	TIME_UNRESOLVED
#define NONE	((unsigned)-1)		/* the text is no time */

#define AP	"\xe2\x80\x99"		/* the reader's apostrophe */

/* One expected time: its analysed text, its date at its precision
 * (NULL: none), its KIND flags (NONE: no such time), its qualifier
 * (NULL: not checked). */
struct want {
	const char	*text;
	const char	*date;
	unsigned	 flags;
	const char	*qual;
};

struct row {
	const char	*lang;
	const char	*docdate;	/* NULL: none */
	const char	*md;
	struct want	 w[3];
};

/* 2023-03-15 is a Wednesday. */
#define D	"2023-03-15"

static const struct row rows[] = {
	/* --- Spanish ---------------------------------------------- */
	{ "es", D, "El gobierno firmó el acuerdo el 24 de febrero de 2022 "
	    "en Lima.",
	    { { "el 24 de febrero de 2022", "2022-02-24", 0 } } },
	{ "es", D, "Los ministros se reunieron el pasado 3 de marzo.",
	    { { "el pasado 3 de marzo", "2023-03-03", 0 } } },
	{ "es", D, "Los ministros se reunieron el 20 de marzo pasado.",
	    { { "el 20 de marzo pasado", "2022-03-20", 0 } } },
	{ "es", D, "El tratado entrará en vigor el próximo 10 de abril.",
	    { { "el próximo 10 de abril", "2023-04-10", FWD } } },
	{ "es", D, "La crisis estalló en febrero.",
	    { { "en febrero", "2023-02", 0 } } },
	/* a past month after the document's: the year before */
	{ "es", D, "Los rebeldes tomaron la ciudad en junio.",
	    { { "en junio", "2022-06", 0 } } },
	{ "es", D, "El partido fue fundado en 2016 por tres diputados.",
	    { { "en 2016", "2016", 0 } } },
	{ "es", D, "La oposición convocó una huelga a principios de este "
	    "mes.",
	    { { "a principios de este mes", "2023-03", 0, "early" } } },
	{ "es", D, "La inflación se disparó a finales de 2019.",
	    { { "a finales de 2019", "2019", 0, "late" } } },
	{ "es", D, "Las protestas empezaron a mediados de marzo.",
	    { { "a mediados de marzo", "2023-03", 0, "mid" } } },
	{ "es", D, "El presidente dimitió hace dos años.",
	    { { "hace dos años", "2021", 0 } } },
	{ "es", D, "El ejército tomó la ciudad el año pasado.",
	    { { "el año pasado", "2022", 0 } } },
	/* last week: the Monday of that week, as English */
	{ "es", D, "Los rebeldes atacaron la base la semana pasada.",
	    { { "la semana pasada", "2023-03-06", 0, "week of" } } },
	{ "es", D, "El ministro viajó a Quito el viernes pasado.",
	    { { "el viernes pasado", "2023-03-10", 0 } } },
	{ "es", D, "El Senado votará la ley el próximo lunes.",
	    { { "el próximo lunes", "2023-03-20", FWD } } },
	{ "es", D, "El Congreso aprobó la reforma este martes.",
	    { { "este martes", "2023-03-14", 0 } } },
	{ "es", D, "La economía creció este año más de lo previsto.",
	    { { "este año", "2023", 0 } } },
	{ "es", D, "Las tropas entraron en la capital el 2 de mayo de 2021. "
	    "Al día siguiente, el gobierno cayó.",
	    { { "Al día siguiente", "2021-05-03", CH } } },
	{ "es", D, "El tratado se firmó en 2009. Ese mismo año, el país "
	    "ingresó en la OTAN.",
	    { { "Ese mismo año", "2009", CH } } },
	{ "es", D, "La guerra duró más de medio siglo.",
	    { { "más de medio siglo", NULL, DUR } } },
	{ "es", D, "Los combates durante tres meses dejaron cientos de "
	    "muertos.",
	    { { "durante tres meses", NULL, DUR } } },
	{ "es", D, "Rodríguez, de 48 años, asumió el cargo en 2019.",
	    { { "de 48 años", NULL, AGE }, { "en 2019", "2019", 0 } } },
	{ "es", D, "La economía creció mucho en los años noventa.",
	    { { "los años noventa", "1990", DEC, "decade" } } },
	{ "es", D, "El festival se celebra cada año en la capital.",
	    { { "cada año", NULL, GEN } } },
	{ "es", D, "El país vivió bajo un régimen militar entre 1973 y "
	    "1990.",
	    { { "entre 1973 y 1990", "1973", RNG } } },
	{ "es", D, "La feria se celebró del 1 al 3 de mayo de 2019.",
	    { { "del 1 al 3 de mayo de 2019", "2019-05-01", RNG } } },
	{ "es", D, "Las exportaciones crecieron un 3 % en 2021.",
	    { { "en 2021", "2021", STAT } } },
	{ "es", D, "La ministra habló hoy ante el parlamento.",
	    { { "hoy", "2023-03-15", 0 } } },
	{ "es", D, "El país está en guerra desde 2016.",
	    { { "desde 2016", "2016", DUR } } },
	{ "es", D, "Las negociaciones comenzaron en octubre de 2012. En "
	    "mayo del año siguiente se cerró el primer punto.",
	    { { "En mayo del año siguiente", "2013-05", 0 } } },
	/* the block's year dates a month without one */
	{ "es", D, "El conflicto comenzó en 2014. En marzo, los rebeldes "
	    "tomaron la ciudad.",
	    { { "En marzo", "2014-03", 0 } } },
	{ "es", D, "El ejército atacó el pasado mes de octubre.",
	    { { "el pasado mes de octubre", "2022-10", 0 } } },
	{ "es", D, "En el verano de 2020 hubo protestas masivas.",
	    { { "En el verano de 2020", "2020", 0, "summer" } } },
	{ "es", D, "El verano pasado hubo protestas masivas.",
	    { { "El verano pasado", "2022", 0, "summer" } } },
	/* a verb in the future next to the day: the next such day */
	{ "es", D, "Santos recibirá el premio el sábado en Oslo.",
	    { { "el sábado", "2023-03-18", FWD } } },
	/* "y" joins two years, "entre ... y" makes a range */
	{ "es", D, "Hubo elecciones en 2014 y 2018.",
	    { { "en 2014", "2014", 0 }, { "2014 y 2018", NULL, NONE } } },
	{ "es", D, "Madrid, lunes 6 de marzo de 2023. El Gobierno aprobó "
	    "el plan.",
	    { { "lunes 6 de marzo de 2023", "2023-03-06", 0 } } },
	{ "es", D, "El partido ganó en enero de este año.",
	    { { "en enero de este año", "2023-01", 0 } } },
	/* "los lunes" is a habit, no day */
	{ "es", D, "Los mercados abren los lunes.",
	    { { "lunes", NULL, NONE }, { "los lunes", NULL, NONE } } },

	/* --- French ----------------------------------------------- */
	{ "fr", D, "Le traité a été signé le 3 mars 2021 à Paris.",
	    { { "le 3 mars 2021", "2021-03-03", 0 } } },
	{ "fr", D, "Les ministres se sont réunis le 1er mars.",
	    { { "le 1er mars", "2023-03-01", 0 } } },
	{ "fr", D, "L" AP "armée a lancé une offensive en octobre 2018.",
	    { { "en octobre 2018", "2018-10", 0 } } },
	{ "fr", D, "Les élections ont eu lieu début septembre.",
	    { { "début septembre", "2022-09", 0, "early" } } },
	{ "fr", D, "La grève a commencé fin février.",
	    { { "fin février", "2023-02", 0, "late" } } },
	{ "fr", D, "La grève a commencé à la mi-mars.",
	    { { "à la mi-mars", "2023-03", 0, "mid" } } },
	/* a month without its accent */
	{ "fr", D, "Le cessez-le-feu a été signé le 12 fevrier 2020.",
	    { { "le 12 fevrier 2020", "2020-02-12", 0 } } },
	{ "fr", D, "Le président a démissionné mardi dernier.",
	    { { "mardi dernier", "2023-03-14", 0 } } },
	{ "fr", D, "Le sommet aura lieu mardi prochain.",
	    { { "mardi prochain", "2023-03-21", FWD } } },
	{ "fr", D, "Le pays est entré en récession l" AP "an dernier.",
	    { { "l" AP "an dernier", "2022", 0 } } },
	{ "fr", D, "Les prix ont flambé l" AP "année dernière.",
	    { { "l" AP "année dernière", "2022", 0 } } },
	{ "fr", D, "Le chômage a reculé le mois dernier.",
	    { { "le mois dernier", "2023-02", 0 } } },
	{ "fr", D, "Le gouvernement est tombé il y a deux ans.",
	    { { "il y a deux ans", "2021", 0 } } },
	{ "fr", D, "Les troupes sont entrées dans la ville le 4 août 2020. "
	    "Le lendemain, le maire a fui.",
	    { { "Le lendemain", "2020-08-05", CH } } },
	{ "fr", D, "Le vote a eu lieu le 9 mai 2021. Deux jours plus tard, "
	    "le gouvernement a démissionné.",
	    { { "Deux jours plus tard", "2021-05-11", CH } } },
	{ "fr", D, "Le parti a été fondé en 2009. La même année, il a "
	    "remporté les élections.",
	    { { "La même année", "2009", CH } } },
	{ "fr", D, "Ali Martin, 64 ans, a été arrêté.",
	    { { "64 ans", NULL, AGE } } },
	{ "fr", D, "Le parti a dominé la vie politique pendant deux ans.",
	    { { "pendant deux ans", NULL, DUR } } },
	{ "fr", D, "Le pays a connu une forte croissance dans les années "
	    "2000.",
	    { { "les années 2000", "2000", DEC } } },
	{ "fr", D, "La ville a été fondée au XIXe siècle.",
	    { { "XIXe siècle", "1801", DEC, "century" } } },
	{ "fr", D, "La fête a lieu chaque année en juin.",
	    { { "chaque année", NULL, GEN } } },
	{ "fr", D, "Les combats ont duré de 2014 à 2016.",
	    { { "de 2014 à 2016", "2014", RNG } } },
	{ "fr", D, "Le pays produisait 200 000 barils par jour en 2022.",
	    { { "en 2022", "2022", STAT } } },
	{ "fr", D, "Le ministre a parlé ce matin à la radio.",
	    { { "ce matin", "2023-03-15", 0 } } },
	{ "fr", D, "Le ministre a parlé aujourd" AP "hui à la radio.",
	    { { "aujourd" AP "hui", "2023-03-15", 0 } } },
	{ "fr", D, "La ville est tombée en octobre dernier.",
	    { { "en octobre dernier", "2022-10", 0 } } },
	{ "fr", D, "Le traité a été signé l" AP "été dernier.",
	    { { "l" AP "été dernier", "2022", 0, "summer" },
	    { "été", NULL, NONE } } },
	{ "fr", D, "Le plan sera prêt d" AP "ici 2030.",
	    { { "d" AP "ici 2030", "2030", 0 } } },
	{ "fr", D, "Le général prêtera serment lundi devant la Cour.",
	    { { "lundi", "2023-03-20", FWD } } },
	/* an abbreviated month alone is no month: a number, a city */
	{ "fr", D, "Sa démission a été assortie de sept conditions.",
	    { { "de sept", NULL, NONE } } },
	{ "es", D, "El buque naufragó cerca de Mar del Plata.",
	    { { "de Mar", NULL, NONE } } },
	/* a month before the sentence's own, in a clause of what came
	 * before, is of that year; in an aside, the story's latest */
	{ "de", D, "Die Koalition war im Dezember 2021 vereidigt worden, "
	    "nachdem die Partei die Wahl im Oktober gewonnen hatte.",
	    { { "im Dezember 2021", "2021-12", 0 },
	    { "im Oktober", "2021-10", 0 } } },
	/* a French present with a day: the nearer such day */
	{ "fr", D, "Le contrat expire le 31 mars.",
	    { { "le 31 mars", "2023-03-31", FWD } } },
	{ "fr", D, "Le contrat expire le 2 mars.",
	    { { "le 2 mars", "2023-03-02", 0 } } },
	/* German weekday and part of the day in one word */
	{ "de", D, "Das Video wurde am Freitagabend veröffentlicht.",
	    { { "am Freitagabend", "2023-03-10", 0 } } },
	{ "de", D, "Er trat am Samstagmittag zurück.",
	    { { "am Samstagmittag", "2023-03-11", 0 } } },
	/* a weekday names the year a block's year would get wrong
	 * (2023-03-15 is a Wednesday; 15 March 2022 a Tuesday) */
	{ "es", D, "En 2022 hubo elecciones. El Congreso votó el "
	    "miércoles 15 de marzo.", { { "En 2022", "2022", 0 },
	    { "el miércoles 15 de marzo", "2023-03-15", 0 } } },
	/* a conditional: a future told in the past, the nearer day */
	{ "fr", D, "Le groupe a indiqué que la cargaison quitterait le port "
	    "le 2 avril.", { { "le 2 avril", "2023-04-02", FWD } } },
	{ "fr", D, "Le ministre espérait un accord le 2 mars.",
	    { { "le 2 mars", "2023-03-02", 0 } } },
	{ "fr", D, "Le 4 août 2020, le port a explosé. La veille, le "
	    "ministre avait été averti.",
	    { { "La veille", "2020-08-03", CH } } },
	{ "fr", D, "Le week-end dernier, des milliers de gens ont "
	    "manifesté.",
	    { { "Le week-end dernier", "2023-03-11", 0, "weekend" } } },
	{ "fr", D, "Ce week-end, il pleuvra sur Paris.",
	    { { "Ce week-end", "2023-03-18", FWD, "weekend" } } },
	{ "fr", D, "Avant-hier, le ministre a démissionné.",
	    { { "Avant-hier", "2023-03-13", 0 } } },
	/* a count after "de" is no year */
	{ "fr", D, "Paris a annoncé l" AP "envoi de 2000 soldats en 2016.",
	    { { "de 2000", NULL, NONE }, { "2000", NULL, NONE },
	    { "en 2016", "2016", 0 } } },
	{ "es", D, "Las elecciones de 2016 fueron reñidas.",
	    { { "de 2016", "2016", 0 } } },
	/* a noun "fin" is no date */
	{ "fr", D, "Le président a annoncé la fin de l" AP "opération.",
	    { { "la fin de l" AP "opération", NULL, NONE },
	    { "fin de l" AP "opération", NULL, NONE } } },
	/* two times that name one: the layer joins them */
	{ "fr", D, "Il y a cinq ans, en octobre 2018, le président a été "
	    "hospitalisé.",
	    { { "Il y a cinq ans", "2018-10", CH },
	    { "en octobre 2018", "2018-10", 0 } } },

	/* --- German ----------------------------------------------- */
	{ "de", D, "Die Explosion ereignete sich am 26. September 2022 vor "
	    "Bornholm.",
	    { { "am 26. September 2022", "2022-09-26", 0 } } },
	{ "de", D, "Der Vertrag wurde am 26.09.2022 unterzeichnet.",
	    { { "26.09.2022", "2022-09-26", 0 } } },
	{ "de", D, "Die Gespräche begannen im September.",
	    { { "im September", "2022-09", 0 } } },
	{ "de", D, "Das Unternehmen wurde im Jahr 2016 gegründet.",
	    { { "im Jahr 2016", "2016", 0 } } },
	{ "de", D, "Die Wirtschaft wuchs 2022 kräftig.",
	    { { "2022", "2022", 0 } } },
	/* a count before a noun is no year */
	{ "de", D, "Die Armee hat mehr als 2000 Leopard im Bestand.",
	    { { "2000", NULL, NONE } } },
	{ "de", D, "Der Streik begann Anfang März.",
	    { { "Anfang März", "2023-03", 0, "early" } } },
	{ "de", D, "Die Regierung trat Ende 2019 zurück.",
	    { { "Ende 2019", "2019", 0, "late" } } },
	{ "de", D, "Der Gipfel fand Mitte Mai statt.",
	    { { "Mitte Mai", "2022-05", 0, "mid" } } },
	{ "de", D, "Der Kanzler sprach am Dienstag in Berlin.",
	    { { "am Dienstag", "2023-03-14", 0 } } },
	{ "de", D, "Die Nato traf sich vergangene Woche in Brüssel.",
	    { { "vergangene Woche", "2023-03-06", 0, "week of" } } },
	{ "de", D, "Die Nato traf sich letzte Woche in Brüssel.",
	    { { "letzte Woche", "2023-03-06", 0, "week of" } } },
	{ "de", D, "Die Pipeline ging vor elf Jahren in Betrieb.",
	    { { "vor elf Jahren", "2012", 0 } } },
	{ "de", D, "Der Konflikt begann vor dreißig Jahren.",
	    { { "vor dreißig Jahren", "1993", 0 } } },
	{ "de", D, "Die Inflation stieg im vergangenen Jahr deutlich.",
	    { { "im vergangenen Jahr", "2022", 0 } } },
	{ "de", D, "Der Minister wird nächsten Montag nach Kiew reisen.",
	    { { "nächsten Montag", "2023-03-20", FWD } } },
	{ "de", D, "Der Minister reiste vergangenen Dienstag nach Kiew.",
	    { { "vergangenen Dienstag", "2023-03-14", 0 } } },
	{ "de", D, "In diesem Jahr wurden neue Sanktionen beschlossen.",
	    { { "In diesem Jahr", "2023", 0 } } },
	{ "de", D, "Die Explosion ereignete sich am 26. September 2022. Am "
	    "nächsten Tag wurde ein Leck entdeckt.",
	    { { "Am nächsten Tag", "2022-09-27", CH } } },
	{ "de", D, "Die erste Röhre ging 2011 in Betrieb, die zweite im "
	    "Folgejahr.",
	    { { "2011", "2011", 0 }, { "im Folgejahr", "2012", CH } } },
	{ "de", D, "Die Truppen kamen am 3. März 2021 an. Zwei Tage später "
	    "begann der Angriff.",
	    { { "Zwei Tage später", "2021-03-05", CH } } },
	{ "de", D, "Die Truppen kamen am 3. März 2021 an. Noch am selben "
	    "Tag begann der Angriff.",
	    { { "Noch am selben Tag", "2021-03-03", CH } } },
	{ "de", D, "Die 44-Jährige sprach von Sabotage.",
	    { { "44-Jährige", NULL, AGE } } },
	{ "de", D, "Merkel, 60, lehnt Waffenlieferungen ab.",
	    { { "60", NULL, AGE } } },
	{ "de", D, "Der Konflikt dauert seit zwei Jahren an.",
	    { { "seit zwei Jahren", NULL, DUR } } },
	{ "de", D, "In den Neunzigerjahren wuchs die Stadt stark.",
	    { { "den Neunzigerjahren", "1990", DEC } } },
	{ "de", D, "Die Stadt wuchs in den 1990er Jahren stark.",
	    { { "den 1990er Jahren", "1990", DEC } } },
	{ "de", D, "Das Treffen findet jedes Jahr in Davos statt.",
	    { { "jedes Jahr", NULL, GEN } } },
	{ "de", D, "Die Truppen blieben von 2014 bis 2016 im Land.",
	    { { "von 2014 bis 2016", "2014", RNG } } },
	{ "de", D, "Im Jahr 2021 stammten rund 55 Prozent des Gases aus "
	    "Russland.",
	    { { "Im Jahr 2021", "2021", STAT } } },
	{ "de", D, "Die Kanzlerin sagte heute Morgen, sie sei zuversichtlich.",
	    { { "heute Morgen", "2023-03-15", 0 } } },
	{ "de", D, "Die Kanzlerin sagte gestern, sie sei zuversichtlich.",
	    { { "gestern", "2023-03-14", 0 } } },

	{ "de", D, "Im vergangenen Sommer gab es Proteste.",
	    { { "Im vergangenen Sommer", "2022", 0, "summer" } } },
	{ "de", D, "Die Armee griff im vergangenen September an.",
	    { { "im vergangenen September", "2022-09", 0 } } },
	{ "de", D, "Die Waffenruhe beginnt am 15. Februar 2015. Der Abzug "
	    "soll am zweiten Tag nach Beginn der Waffenruhe anfangen.",
	    { { "am zweiten Tag nach", "2015-02-17", CH } } },
	/* a weekday said again is the one just named */
	{ "de", "2022-10-07", "Putin sprach am vergangenen Freitag im "
	    "Kreml. Moskau beantragte eine Sitzung, die ebenfalls am "
	    "Freitag stattfand.",
	    { { "am vergangenen Freitag", "2022-09-30", 0 },
	    { "am Freitag", "2022-09-30", 0 } } },
	/* a past verb next to the day, whatever the clause */
	{ "de", D, "Der Kanzler kündigte am Montag an, er werde reisen.",
	    { { "am Montag", "2023-03-13", 0 } } },
	{ "de", D, "Der Minister wird am Freitag nach Kiew reisen.",
	    { { "am Freitag", "2023-03-17", FWD } } },
	/* "Ende" of a thing is no date; "der Morgen" no part of a day */
	{ "de", D, "Er forderte ein Ende des Krieges. Der Morgen war kalt.",
	    { { "Ende des Krieges", NULL, NONE },
	    { "Der Morgen", NULL, NONE }, { "Morgen", NULL, NONE } } },

	/* --- no document date: relative times stay unresolved ------- */
	{ "es", NULL, "El presidente dimitió hace dos años, el 24 de "
	    "febrero de 2021.",
	    { { "hace dos años", NULL, UNRES },
	    { "el 24 de febrero de 2021", "2021-02-24", 0 } } },
	{ "fr", NULL, "Le sommet a eu lieu mardi dernier.",
	    { { "mardi dernier", NULL, UNRES } } },
	{ "de", NULL, "Die Nato traf sich vergangene Woche.",
	    { { "vergangene Woche", NULL, UNRES } } },
};

#include "timefixture.h"

/* The text md of language lang analysed, dated docdate (NULL: none). */
static void
analyse_lang(const char *lang, const char *docdate, const char *md)
{
	char	*s;

	text_free(txt);
	doc_free(doc);
	source_free(src);
	s = docdate != NULL ? g_strdup_printf("---\ndate: %s\nlang: %s\n"
	    "---\n\n%s\n", docdate, lang, md) : g_strdup_printf("---\n"
	    "lang: %s\n---\n\n%s\n", lang, md);
	read_doc(s);
	g_free(s);
	txt = text_analyse(doc, src, NULL);
	assert_non_null(txt);
}

/* 1 if w holds, else prints why. */
static int
check(const struct row *r, const struct want *w)
{
	const struct text_time *tm = find(w->text);
	char	*got;
	int	 ok;

	if (w->flags == NONE) {
		if (tm != NULL)
			print_message("'%s': '%s' is a time\n", r->md,
			    w->text);
		return tm == NULL;
	}
	if (tm == NULL) {
		print_message("'%s': no time '%s'\n", r->md, w->text);
		return 0;
	}
	got = tm->year > 0 ? extract_date_string(tm->year, tm->month,
	    tm->day, tm->precision) : NULL;
	ok = (got == NULL ? w->date == NULL : w->date != NULL &&
	    strcmp(got, w->date) == 0) && (tm->flags & KIND) == w->flags &&
	    (w->qual == NULL || (tm->qualifier != NULL &&
	    strcmp(tm->qualifier, w->qual) == 0));
	if (!ok)
		print_message("'%s': '%s' is %s flags %#x qualifier %s, want "
		    "%s %#x %s\n", r->md, w->text, got != NULL ? got : "null",
		    tm->flags & KIND, tm->qualifier != NULL ? tm->qualifier :
		    "null", w->date != NULL ? w->date : "null", w->flags,
		    w->qual != NULL ? w->qual : "-");
	g_free(got);
	return ok;
}

static void
test_text_time_lang_table(void **state)
{
	const struct row *r;
	size_t	 i, k, pass = 0;
	int	 ok;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(rows); i++) {
		r = &rows[i];
		analyse_lang(r->lang, r->docdate, r->md);
		ok = 1;
		for (k = 0; k < G_N_ELEMENTS(r->w) && r->w[k].text != NULL;
		    k++)
			ok &= check(r, &r->w[k]);
		pass += ok;
	}
	print_message("text_time_lang table: %zu/%zu rows pass\n", pass,
	    G_N_ELEMENTS(rows));
	assert_int_equal(pass, G_N_ELEMENTS(rows));
}

/* English is not read by these rules: "el 24 de febrero" in an
 * English text is no date. */
static void
test_text_time_lang_english_untouched(void **state)
{
	(void)state;
	analyse_lang("en", D, "The mayor said el 24 de febrero de 2022 "
	    "hace dos años.");
	assert_null(find("el 24 de febrero de 2022"));
	assert_null(find("hace dos años"));
}

/*
 * Bounds: one sentence of 50 000 words, month names, counts and units
 * without a full stop, in each language, is read (each pattern looks
 * at a few tokens from one position, so the time is linear); the
 * times are at most one per two tokens.
 */
static void
test_text_time_lang_long_sentence(void **state)
{
	static const char *const langs[] = { "es", "fr", "de" };
	static const char *const words[] = {
		"enero de 2020 hace dos años durante tres meses y ",
		"janvier 2020 il y a deux ans pendant trois mois et ",
		"Januar 2020 vor zwei Jahren seit drei Monaten und "
	};
	const struct text_time *tm;
	GString	*s;
	size_t	 l, n, k, jan;

	(void)state;
	for (l = 0; l < G_N_ELEMENTS(langs); l++) {
		s = g_string_new(NULL);
		for (n = 0; n < 50000 / 10; n++)
			g_string_append(s, words[l]);
		analyse_lang(langs[l], D, s->str);
		assert_true(txt->times->len <= txt->tokens->len / 2 + 1);
		/* every January 2020 found, across the reader's windows */
		for (k = jan = 0; k < txt->times->len; k++) {
			tm = text_time(txt, (guint)k);
			jan += tm->year == 2020 && tm->month == 1 &&
			    tm->precision == EV_MONTH;
		}
		assert_int_equal(jan, n);
		g_string_free(s, TRUE);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_text_time_lang_table,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_time_lang_english_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_text_time_lang_long_sentence, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
