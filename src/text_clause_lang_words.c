/* SPDX-License-Identifier: MIT */
/*
 * The word classes of Spanish, French and German grammar for the clause
 * stage: closed lists (articles, prepositions, pronouns, subordinators,
 * every finite form of the auxiliaries and modals), and what a word's
 * ending says of an open word (participle, infinitive, finite tense).
 * The lists are read once into one hash table per language.
 */
#include <string.h>

#include <glib.h>

#include "text_clause_lang_int.h"

struct wl {
	unsigned char	 cls, lem, ten;
	unsigned short	 f;
	const char	*words;		/* space-separated, lower case */
};

#define W(c, w)			{ c, LM_NONE, LT_NONE, 0, w }
#define A(l, t, w)		{ LC_AUX, l, t, 0, w }
#define AF(l, t, f, w)		{ LC_AUX, l, t, f, w }
#define V(l, t, f, w)		{ LC_VERB, l, t, f, w }

static const struct wl fr[] = {
	W(LC_DET, "le la les l' un une des du au aux ce cet cette ces "
	    "mon ma mes ton ta tes son sa ses notre nos votre vos leurs "
	    "quelque quelques plusieurs chaque tout toute tous toutes "
	    "certains certaines aucune"),
	W(LC_PREP, "à de d' en dans par pour sur sous avec sans vers chez "
	    "entre contre depuis pendant avant après selon malgré durant "
	    "dès parmi outre lors près face auprès envers via hors jusqu' "
	    "jusque"),
	W(LC_PRON, "il elle ils elles on je j' nous vous tu c' ce cela ça "
	    "celui celle ceux"),
	W(LC_CLITIC, "se s' me m' te t' lui leur y en"),
	W(LC_NEG, "ne n'"),
	W(LC_NEG2, "pas jamais plus guère rien personne aucun point"),
	W(LC_ADV, "déjà encore aussi alors toujours ensuite enfin bien "
	    "également finalement notamment ainsi désormais même peu "
	    "très trop souvent officiellement effectivement récemment "
	    "presque vite aujourd'hui hier demain toutefois cependant "
	    "pourtant néanmoins donc seulement longtemps ensemble plutôt "
	    "surtout vraiment depuis là-bas bientôt désormais maintenant"),
	W(LC_CONJ, "et ou mais ni puis car or"),
	W(LC_SUB, "quand lorsque lorsqu' puisque puisqu' quoique si comme "
	    "tandis parce afin bien alors pendant avant après dès sans "
	    "pour"),
	W(LC_REL, "qui dont où lequel laquelle lesquels lesquelles auquel "
	    "auxquels duquel"),
	W(LC_QUE, "que qu'"),
	A(LM_HAVE, LT_PRES, "ai as a avons avez ont"),
	A(LM_HAVE, LT_PAST, "avais avait avions aviez avaient eut eurent"),
	A(LM_HAVE, LT_FUT, "aurai auras aura aurons aurez auront"),
	A(LM_HAVE, LT_COND, "aurais aurait aurions auriez auraient"),
	A(LM_HAVE, LT_SUBJ, "aie aies ait ayons ayez aient"),
	A(LM_BE, LT_PRES, "suis es est sommes êtes sont"),
	A(LM_BE, LT_PAST, "étais était étions étiez étaient fut furent"),
	A(LM_BE, LT_FUT, "serai seras sera serons serez seront"),
	A(LM_BE, LT_COND, "serais serait serions seriez seraient"),
	A(LM_BE, LT_SUBJ, "sois soit soyons soyez soient"),
	A(LM_GO, LT_PRES, "vais vas va allons allez vont"),
	A(LM_GO, LT_PAST, "allais allait allions alliez allaient alla "
	    "allèrent"),
	A(LM_GO, LT_FUT, "irai ira irons iront"),
	A(LM_GO, LT_COND, "irais irait irions iraient"),
	A(LM_MUST, LT_PRES, "dois doit devons devez doivent"),
	A(LM_MUST, LT_PAST, "devais devait devions deviez devaient dut "
	    "durent"),
	A(LM_MUST, LT_FUT, "devrai devra devrons devrez devront"),
	A(LM_MUST, LT_COND, "devrais devrait devrions devriez devraient"),
	A(LM_CAN, LT_PRES, "peux peut pouvons pouvez peuvent"),
	A(LM_CAN, LT_PAST, "pouvais pouvait pouvions pouviez pouvaient "
	    "put purent"),
	A(LM_CAN, LT_FUT, "pourrai pourra pourrons pourrez pourront"),
	A(LM_CAN, LT_COND, "pourrais pourrait pourrions pourriez "
	    "pourraient"),
	A(LM_WANT, LT_PRES, "veux veut voulons voulez veulent"),
	A(LM_WANT, LT_PAST, "voulais voulait voulaient voulut"),
	A(LM_WANT, LT_FUT, "voudra voudront"),
	A(LM_WANT, LT_COND, "voudrais voudrait voudraient"),
	A(LM_COME, LT_PRES, "vient viennent"),
	A(LM_COME, LT_PAST, "venait venaient"),
	V(LM_SAY, LT_PRES, LF_SAY, "dit disent"),
	V(LM_SAY, LT_PAST, LF_SAY, "disait disaient dirent"),
	V(LM_SAY, LT_FUT, LF_SAY, "dira diront"),
	V(LM_NONE, LT_PRES, 0, "fait font prend prennent met mettent "
	    "tient tiennent obtient devient reste"),
	V(LM_NONE, LT_PAST, 0, "faisait faisaient fit firent prit prirent "
	    "mit mirent tint vint devint"),
	V(LM_NONE, LT_FUT, 0, "fera feront prendra viendra tiendra"),
	V(LM_NONE, LT_COND, 0, "ferait feraient"),
	{ 0, 0, 0, 0, NULL }
};

static const struct wl es[] = {
	W(LC_DET, "el la los las lo un una unos unas al del este esta "
	    "estos estas ese esa esos esas aquel aquella su sus mi mis "
	    "nuestro nuestra nuestros nuestras cada todo toda todos todas "
	    "varios varias algunos algunas ningún ninguna otro otra otros "
	    "otras ambos ambas"),
	W(LC_PREP, "a de en con por para sin sobre entre hacia hasta desde "
	    "junto frente "
	    "contra durante ante bajo tras según mediante excepto"),
	W(LC_PRON, "él ella ellos ellas yo nosotros nosotras usted ustedes "
	    "esto eso nadie alguien nada algo"),
	W(LC_CLITIC, "se lo le les me te nos os"),
	W(LC_NEG, "no nunca jamás tampoco"),
	W(LC_ADV, "ya también aún todavía luego después entonces finalmente "
	    "poco apenas casi ahora además incluso solo sólo así siempre "
	    "oficialmente "
	    "recientemente hoy ayer mañana"),
	W(LC_CONJ, "y e o u pero sino ni"),
	W(LC_SUB, "cuando porque aunque mientras si pues después como "
	    "antes luego desde hasta para sin dado puesto"),
	W(LC_REL, "quien quienes cual cuales donde cuyo cuya cuyos cuyas"),
	W(LC_QUE, "que"),
	A(LM_HAVE, LT_PRES, "he has ha hemos habéis han hay"),
	A(LM_HAVE, LT_PAST, "había habías habíamos habían hubo hubieron"),
	A(LM_HAVE, LT_FUT, "habrá habrán"),
	A(LM_HAVE, LT_COND, "habría habrían"),
	A(LM_HAVE, LT_SUBJ, "haya hayan hubiera hubieran hubiese"),
	A(LM_BE, LT_PRES, "soy eres es somos son"),
	A(LM_BE, LT_PAST, "era eras éramos eran fue fui fueron"),
	A(LM_BE, LT_FUT, "será serán"),
	A(LM_BE, LT_COND, "sería serían"),
	A(LM_BE, LT_SUBJ, "sea sean fuera fueran fuese"),
	A(LM_ESTAR, LT_PRES, "estoy estás está estamos están"),
	A(LM_ESTAR, LT_PAST, "estaba estaban estuvo estuvieron"),
	A(LM_ESTAR, LT_FUT, "estará estarán"),
	A(LM_ESTAR, LT_COND, "estaría estarían"),
	A(LM_ESTAR, LT_SUBJ, "esté estén estuviera"),
	A(LM_GO, LT_PRES, "voy vas va vamos van"),
	A(LM_GO, LT_PAST, "iba iban"),
	A(LM_GO, LT_FUT, "irá irán"),
	A(LM_MUST, LT_PRES, "debo debe debemos deben"),
	A(LM_MUST, LT_PAST, "debía debían debió debieron"),
	A(LM_MUST, LT_FUT, "deberá deberán"),
	A(LM_MUST, LT_COND, "debería deberían"),
	A(LM_CAN, LT_PRES, "puedo puede podemos pueden"),
	A(LM_CAN, LT_PAST, "podía podían pudo pudieron"),
	A(LM_CAN, LT_FUT, "podrá podrán"),
	A(LM_CAN, LT_COND, "podría podrían"),
	A(LM_WANT, LT_PRES, "quiero quiere queremos quieren"),
	A(LM_WANT, LT_PAST, "quería querían quiso quisieron"),
	A(LM_WANT, LT_COND, "querría querrían"),
	A(LM_TENER, LT_PRES, "tengo tiene tenemos tienen"),
	A(LM_TENER, LT_PAST, "tenía tenían tuvo tuvieron"),
	A(LM_TENER, LT_FUT, "tendrá tendrán"),
	A(LM_TENER, LT_COND, "tendría tendrían"),
	A(LM_COME, LT_PRES, "acaba acaban"),
	A(LM_COME, LT_PAST, "acababa acababan"),
	V(LM_SAY, LT_PRES, LF_SAY, "dice dicen"),
	V(LM_SAY, LT_PAST, LF_SAY, "dijo dijeron decía decían"),
	V(LM_SAY, LT_FUT, LF_SAY, "dirá dirán"),
	V(LM_NONE, LT_PAST, 0, "hizo hicieron dio dieron vio vieron puso "
	    "pusieron vino vinieron trajo supo condujo propuso impuso "
	    "obtuvo mantuvo sostuvo detuvo contuvo"),
	V(LM_NONE, LT_PRES, 0, "hace hacen da dan"),
	{ 0, 0, 0, 0, NULL }
};

static const struct wl de[] = {
	W(LC_DET, "der die das den dem des ein eine einen einem einer "
	    "eines kein keine keinen keinem keiner keines sein seine "
	    "seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "
	    "unser unsere unseren dieser diese diesen diesem dieses jeder "
	    "jede jeden jedem jedes alle allen aller beide beiden "
	    "mehrere einige manche welche"),
	W(LC_PREP, "in im ins an am ans ab auf aus bei beim mit nach von vom "
	    "zu zum zur vor über unter durch für gegen ohne um seit bis "
	    "zwischen neben hinter wegen trotz laut gemäß innerhalb "
	    "außerhalb während statt"),
	W(LC_PRON, "er sie es wir ich ihr man"),
	W(LC_CLITIC, "sich ihn ihm ihnen uns mich mir dich"),
	W(LC_NEG, "nicht nie niemals nimmer"),
	W(LC_ADV, "auch noch schon bereits bisher nun jetzt dann damals mehr "
	    "zudem außerdem inzwischen zunächst später erst heute gestern "
	    "morgen bald wieder erneut offenbar offiziell eigentlich sogar "
	    "nur etwa rund fast kaum so daher deshalb dennoch jedoch "
	    "allerdings zuvor zuletzt seither danach davor damit dabei "
	    "dort hier gerade immer ebenfalls insgesamt "
	    "demnach mittlerweile womöglich vermutlich wohl zugleich "
	    "gleichzeitig ebenso schließlich anschließend derweil indes "
	    "hingegen dagegen trotzdem ferner überdies vorher nachher "
	    "bislang künftig erstmals endlich darauf daraufhin dafür "
	    "davon darum dazu"),
	W(LC_CONJ, "und oder aber sondern doch"),
	W(LC_SUB, "als wenn nachdem bevor weil obwohl obgleich während "
	    "falls ob seit seitdem sobald solange damit sodass ehe bis "
	    "indem wobei wie wer warum weshalb wieso wann worum woran "
	    "wofür womit"),
	W(LC_REL, "welcher welches welchem welchen dessen deren denen "
	    "wo"),
	W(LC_QUE, "dass daß"),
	/* "habe", "werde": Konjunktiv I, reported speech */
	A(LM_HAVE, LT_PRES, "hast hat haben habt"),
	A(LM_HAVE, LT_SUBJ, "habe"),
	A(LM_HAVE, LT_PAST, "hatte hattest hatten hattet"),
	A(LM_HAVE, LT_COND, "hätte hätten hättest"),
	A(LM_BE, LT_PRES, "bin bist ist sind seid"),
	A(LM_BE, LT_PAST, "war warst waren wart"),
	A(LM_BE, LT_SUBJ, "sei seien"),
	A(LM_BE, LT_COND, "wäre wären"),
	A(LM_WERDEN, LT_PRES, "wirst wird werden werdet"),
	A(LM_WERDEN, LT_SUBJ, "werde"),
	A(LM_WERDEN, LT_PAST, "wurde wurden wurdest"),
	A(LM_WERDEN, LT_COND, "würde würden würdest"),
	A(LM_CAN, LT_PRES, "kann kannst können darf dürfen"),
	A(LM_CAN, LT_PAST, "konnte konnten durfte durften"),
	A(LM_CAN, LT_COND, "könnte könnten dürfte dürften"),
	A(LM_MUST, LT_PRES, "muss muß musst müssen"),
	A(LM_MUST, LT_PAST, "musste mussten"),
	A(LM_MUST, LT_COND, "müsste müssten"),
	A(LM_SHALL, LT_PRES, "soll sollst sollen"),
	A(LM_SHALL, LT_PAST, "sollte sollten"),
	A(LM_WANT, LT_PRES, "will willst wollen mag mögen"),
	A(LM_WANT, LT_PAST, "wollte wollten mochte"),
	A(LM_WANT, LT_COND, "möchte möchten"),
	V(LM_SAY, LT_PAST, LF_SAY, "hieß hiess schrieb"),
	V(LM_NONE, LT_PAST, 0, "sprach sprachen"),
	V(LM_NONE, LT_PAST, 0, "liess liessen stiess "),
	V(LM_NONE, LT_PAST, 0, "kam kamen ging gingen gab gaben nahm "
	    "nahmen stand standen lag lagen fiel fielen traf trafen begann "
	    "begannen blieb blieben zog zogen ließ ließen hielt hielten "
	    "fand fanden bot boten brach brachen starb starben trat traten "
	    "sah sahen rief riefen wies wiesen"),
	{ 0, 0, 0, 0, NULL }
};

/* Infinitives and participles of the auxiliaries: German "haben",
 * "werden" are finite plurals too (listed above). */
static const char *const de_aux_nonfin[] = {
	"sein", "worden", "geworden", "gewesen", "gehabt", "müssen",
	"sollen", "dürfen", "wollen", NULL
};

/* Separable particles of German verbs, alone at a clause's end. */
static const char *const de_particles[] = {
	"an", "auf", "aus", "ab", "bei", "ein", "fest", "fort", "mit",
	"nach", "vor", "weg", "zu", "zurück", "zusammen", "los", "frei",
	"statt", "teil", "vorbei", "hin", "her", "weiter", "bekannt", NULL
};

/* Prefixes before "ge" or "zu" in German participles and infinitives. */
static const char *const de_prefixes[] = {
	"an", "auf", "aus", "ab", "bei", "ein", "fest", "fort", "mit",
	"nach", "vor", "weg", "zurück", "zusammen", "los", "frei", "statt",
	"teil", "hin", "her", "weiter", "bekannt", "um", "durch", "wieder",
	"fern", "hoch", "herunter", "heraus", "herbei", "hinzu", "vorbei",
	"zu", "dar", "bereit", "nieder", "aufrecht", NULL
};

/* Strong German participles' endings ("beschlossen", "getroffen"). */
static const char *const de_strong_part[] = {
	"ossen", "ommen", "iffen", "itten", "ieben", "ieden", "iesen",
	"unden", "ungen", "orden", "oren", "ogen", "oben", "ochen",
	"olfen", "orfen", "orben", "alten", "unken", "issen", NULL
};

/* German present plurals in "-ten" (not a past: "sie halten"). */
static const char *const de_ten_pres[] = {
	"halten", "gelten", "bieten", "leiten", "warten", "richten",
	"arbeiten", "fürchten", "achten", "bitten", "treten", "raten",
	"streiten", "bereiten", "antworten", "haupten", "schalten",
	"stalten", "töten", "retten", "leisten", "kosten", "testen",
	"starten", "werten", "fechten", "breiten", "reiten", "deuten",
	"lasten", "listen", "rüsten", "tasten", "walten", "spalten", NULL
};

/* Verbs of saying, by stem (lower case). */
static const char *const fr_say[] = {
	"annonc", "déclar", "affirm", "indiqu", "expliqu", "estim",
	"soulign", "précis", "ajout", "assur", "rappel", "confirm",
	"répét", "écri", "insist", "jug", "consid", "reconn", "admet",
	"avert", "prévien", "préven", "dénonc", "accus", "révél", "démenti",
	"dément", "promi", "promet", "martel", "lanc", "rapport", "not",
	"observ", "racont", "répond", "pens", "croi", "cru", "affich",
	"prétend", "signal", "menac", "proclam", "assén", "exclam",
	"fustig", "résum", NULL
};
static const char *const es_say[] = {
	"dij", "dec", "dic", "afirm", "anunci", "declar", "asegur",
	"explic", "señal", "indic", "agreg", "añad", "sostuv", "sostien",
	"reconoc", "advirt", "advier", "manifest", "insist", "expres",
	"consider", "destac", "precis", "inform", "confirm", "denunci",
	"acus", "reiter", "subray", "recalc", "respond", "escrib",
	"estim", "opin", "admit", "revel", "prometi", "promet", "aleg",
	"sostuv", "apunt", "afirmó", "repit", "repet", "grit", "record",
	"aclar", "lament", "enfatiz", "puntualiz", "asever", "replic", NULL
};
static const char *const de_say[] = {
	"sagt", "erklärt", "betont", "meldet", "berichtet", "meint", "warnt",
	"teilt", "kündigt", "schrieb", "hieß", "bestätigt",
	"versichert", "behauptet", "unterstrich", "fordert", "räumt",
	"kritisiert", "verkündet", "mahnt", "ergänzt", "fügt", "zitiert",
	"argumentiert", "wirft", "beton", "gesagt", "angekündigt",
	"mitgeteilt", "gewarnt", "gefordert", "erklärte", "versprach",
	"versprochen", NULL
};

/* Scheduled, wished, and what takes place. */
static const char *const fr_sched[] = {
	"prévu", "prévue", "prévus", "prévues", "prévoit", "prévoient",
	"prévoyait", "programmé", "programmée", "planifié", "attendu",
	"attendue", "censé", "censée", "censés", NULL
};
static const char *const es_sched[] = {
	"previsto", "prevista", "previstos", "previstas", "prevé", "prevén",
	"preveía", "programado", "programada", "planea", "planean",
	"planeaba", NULL
};
static const char *const de_sched[] = {
	"geplant", "vorgesehen", "angesetzt", "terminiert", "plant",
	"planen", "plante", "planten", NULL
};
static const char *const fr_wish[] = {
	"souhaite", "souhaitent", "souhaitait", "souhaitaient", "espère",
	"espèrent", "espérait", "compte", "comptent", "entend", "entendent",
	"cherche", "cherchent", "tente", "tentent", "désire", NULL
};
static const char *const es_wish[] = {
	"desea", "desean", "deseaba", "espera", "esperan", "esperaba",
	"pretende", "pretenden", "pretendía", "busca", "buscan", "intenta",
	"intentan", "aspira", NULL
};
static const char *const de_wish[] = {
	"hofft", "hoffen", "hoffte", "strebt", "versucht", "versuchen",
	"beabsichtigt", NULL
};
static const char *const fr_happen[] = {
	"tenir", "lieu", "intervenir", "débuter", "commencer", "entrer",
	"reprendre", "réunir", "expirer", "achever", "ouvrir", "dérouler",
	"arriver", "être", NULL
};
static const char *const es_happen[] = {
	"celebrar", "celebrarse", "realizar", "realizarse", "comenzar",
	"empezar", "iniciar", "entrar", "reunirse", "llegar", "tener",
	"ser", "expirar", "reanudar", "reanudarse", NULL
};
static const char *const de_happen[] = {
	"stattfinden", "beginnen", "starten", "anfangen", "enden",
	"treten", "eintreffen", "zusammenkommen", "ankommen", "werden",
	"fortgesetzt", "tagen", NULL
};

/* Words of time besides the months' and weekdays' names (ICU's): the
 * units a date counts and the parts of a period; a phrase of them is
 * no subject ("El pasado 12 de noviembre anunciaron"). */
static const char *const es_time[] = {
	"día", "días", "semana", "semanas", "mes", "meses", "año", "años",
	"hora", "horas", "minutos", "siglo", "siglos", "década", "décadas",
	"víspera", "mañana", "tarde", "noche", "madrugada", "principios",
	"finales", "mediados", "fin", "pasado", "próximo", "hoy", "ayer",
	NULL
};
static const char *const fr_time[] = {
	"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
	"années", "heure", "heures", "minutes", "siècle", "siècles",
	"décennie", "décennies", "lendemain", "veille", "matin", "soir",
	"soirée", "nuit", "après-midi", "midi", "début", "fin", "mi",
	"dernier",
	"dernière", "prochain", "prochaine", "hier", "aujourd'hui", NULL
};
static const char *const de_time[] = {
	"tag", "tage", "tagen", "woche", "wochen", "monat", "monate",
	"monaten", "jahr", "jahre", "jahren", "stunde", "stunden",
	"jahrhundert", "jahrzehnt", "anfang", "ende", "mitte", "morgen",
	"abend", "nacht", "heute", "gestern", "vorabend", NULL
};

static GHashTable *times[TEXT_OTHER];
static GMutex	 lock;

static GHashTable *tables[TEXT_OTHER];

static const struct wl *const lists[TEXT_OTHER] = {
	NULL, es, fr, de
};

int
tl_listed(const char *const *l, const char *k)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, k) == 0)
			return 1;
	return 0;
}

int
tl_ends(const char *k, const char *s)
{
	size_t	 n = strlen(k), m = strlen(s);

	return n >= m && strcmp(k + n - m, s) == 0;
}

static int
starts_any(const char *const *l, const char *k)
{
	for (; *l != NULL; l++)
		if (strncmp(k, *l, strlen(*l)) == 0)
			return 1;
	return 0;
}

/* The table of lang, read from its lists on first use; the first entry
 * of a word wins (French "pendant" a preposition, then a
 * subordinator: the builder asks both). */
/* The time words of lang: ICU's months and weekdays, and the list. */
static GHashTable *
time_words(enum text_lang lang)
{
	static const char *const loc[TEXT_OTHER] = { "en", "es", "fr", "de" };
	const char *const *l;
	GHashTable	*set;

	set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	tl_icu_calendar(set, loc[lang]);
	for (l = lang == TEXT_ES ? es_time : lang == TEXT_FR ? fr_time :
	    de_time; *l != NULL; l++)
		if (!g_hash_table_contains(set, *l))
			g_hash_table_insert(set, g_strdup(*l),
			    GINT_TO_POINTER(2));
	tl_icu_numbers(set, loc[lang]);
	return set;
}

static GHashTable *
table(enum text_lang lang)
{
	const struct wl *l;
	gchar		**v;
	guint		 i;

	g_mutex_lock(&lock);
	if (tables[lang] != NULL) {
		g_mutex_unlock(&lock);
		return tables[lang];
	}
	times[lang] = time_words(lang);
	tables[lang] = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	for (l = lists[lang]; l->words != NULL; l++) {
		v = g_strsplit(l->words, " ", -1);
		for (i = 0; v[i] != NULL; i++)
			if (*v[i] != '\0' && !g_hash_table_contains(
			    tables[lang], v[i]))
				g_hash_table_insert(tables[lang],
				    g_strdup(v[i]), (gpointer)l);
		g_strfreev(v);
	}
	g_mutex_unlock(&lock);
	return tables[lang];
}

int
tl_key(enum text_lang lang, const char *w, size_t n, char *k, int *pre)
{
	static const struct {
		const char	*p;
		int		 kind;
	} el[] = {
		{ "lorsqu'", LP_QUE }, { "puisqu'", LP_QUE },
		{ "jusqu'", LP_DE }, { "qu'", LP_QUE }, { "l'", LP_DET },
		{ "d'", LP_DE }, { "s'", LP_SE }, { "n'", LP_NE },
		{ "m'", LP_CLITIC }, { "t'", LP_CLITIC }, { "j'", LP_PRON },
		{ "c'", LP_PRON }
	};
	gchar		*low;
	GString		*b;
	const char	*s;
	size_t		 i, m;

	*pre = LP_NONE;
	if (n >= LKEY_MAX)
		return 0;
	low = g_utf8_strdown(w, (gssize)n);
	b = g_string_sized_new(n + 1);
	for (s = low; *s != '\0'; s = g_utf8_next_char(s)) {
		if (g_utf8_get_char(s) == 0x2019)
			g_string_append_c(b, '\'');
		else
			g_string_append_len(b, s, g_utf8_next_char(s) - s);
	}
	g_free(low);
	s = b->str;
	if (lang == TEXT_FR)
		for (i = 0; i < G_N_ELEMENTS(el); i++) {
			m = strlen(el[i].p);
			if (b->len > m && strncmp(s, el[i].p, m) == 0) {
				*pre = el[i].kind;
				s += m;
				break;
			}
		}
	if (strlen(s) >= LKEY_MAX) {
		g_string_free(b, TRUE);
		return 0;
	}
	strcpy(k, s);
	g_string_free(b, TRUE);
	return 1;
}

/* A French infinitive in "-re" ("prendre", "écrire", "conduire"), not
 * a present ("déclare", "expire", "assure") nor a noun ("ministre",
 * "centre", "ordre", "livre", "histoire", "anniversaire"): the endings
 * of the verbs of the third group. */
static int
inf_re(const char *k)
{
	static const char *const e[] = {
		"ndre", "perdre", "mordre", "tordre", "soudre", "coudre",
		"moudre", "ttre", "vivre", "suivre", "mpre", "aincre", "uire",
		"rire", "dire", "lire", "faire", "plaire", "taire", "traire",
		"boire", "croire", "ffire", "clure", "aître", "oître", "être",
		NULL
	};
	const char *const *p;

	if (strlen(k) < 4)
		return 0;
	for (p = e; *p != NULL; p++)
		if (tl_ends(k, *p))
			return 1;
	return 0;
}

/* What the ending of the open French word k says. */
static void
ending_fr(const char *k, struct ltag *g)
{
	size_t	 n = strlen(k);

	if (n < 3)
		return;
	if (tl_ends(k, "er") || tl_ends(k, "ir") || inf_re(k))
		g->f |= LF_INF;
	if (tl_ends(k, "é") || tl_ends(k, "ée") || tl_ends(k, "és") ||
	    tl_ends(k, "ées") || tl_ends(k, "i") || tl_ends(k, "ie") ||
	    tl_ends(k, "is") || tl_ends(k, "ies") || tl_ends(k, "it") ||
	    tl_ends(k, "ite") || tl_ends(k, "u") || (tl_ends(k, "ue") &&
	    !tl_ends(k, "que") && !tl_ends(k, "gue")) || tl_ends(k, "us") ||
	    (tl_ends(k, "ues") && !tl_ends(k, "ques") &&
	    !tl_ends(k, "gues")) || tl_ends(k, "int") ||
	    tl_ends(k, "ert") || tl_ends(k, "erte") || tl_ends(k, "ort") ||
	    tl_ends(k, "orte") || tl_ends(k, "its") || tl_ends(k, "ites") ||
	    tl_ends(k, "ints") || tl_ends(k, "erts") ||
	    tl_ends(k, "ertes") || tl_ends(k, "orts") || tl_ends(k, "ortes"))
		g->f |= LF_PART;
	if (strcmp(k, "dû") == 0 || strcmp(k, "né") == 0 ||
	    strcmp(k, "mû") == 0)
		g->f |= LF_PART;
	if (tl_ends(k, "ant") && n > 4)
		g->f |= LF_GER;
	g->f |= LF_FIN;
	/* the conditional is the future's stem and "-ait": "-erait",
	 * "-irait", "-drait"; "retirait" is an imperfect */
	if ((tl_ends(k, "erait") || tl_ends(k, "eraient") ||
	    tl_ends(k, "irait") || tl_ends(k, "iraient") ||
	    tl_ends(k, "drait") || tl_ends(k, "draient") ||
	    tl_ends(k, "rrait") || tl_ends(k, "rraient") ||
	    tl_ends(k, "vrait") || tl_ends(k, "vraient") ||
	    tl_ends(k, "ttrait") || tl_ends(k, "ttraient")) &&
	    !tl_ends(k, "etirait") && !tl_ends(k, "etiraient") &&
	    strcmp(k, "tirait") != 0 && strcmp(k, "tiraient") != 0) {
		g->et = LT_COND;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "aient") || tl_ends(k, "èrent")) {
		g->et = LT_PAST;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "ait") && n > 4)
		g->et = LT_PAST;
	else if (tl_ends(k, "ront") && n > 5) {
		g->et = LT_FUT;
		g->f |= LF_STRONG;
	} else if ((tl_ends(k, "ra") && n > 4 && !tl_ends(k, "etira")) ||
	    tl_ends(k, "eras")) {
		g->et = LT_FUT;
		if (tl_ends(k, "era") || tl_ends(k, "ira") ||
		    tl_ends(k, "dra") || tl_ends(k, "rra") ||
		    tl_ends(k, "vra"))
			g->f |= LF_STRONG;
	}
	else if (tl_ends(k, "a") && n > 3)
		g->et = LT_PAST;
	else if ((tl_ends(k, "ent") && !tl_ends(k, "ment")) ||
	    tl_ends(k, "aît") ||
	    tl_ends(k, "e") || tl_ends(k, "it"))
		g->et = LT_PRES;
	else
		g->f &= ~LF_FIN;
}

/* A Spanish infinitive with its pronoun: "debatirlo", "firmarla". */
static int
enclitic(const char *k)
{
	static const char *const cl[] = {
		"lo", "la", "los", "las", "le", "les", "se", "nos", "me", NULL
	};
	const char *const *p;
	size_t		 n = strlen(k), m;

	for (p = cl; *p != NULL; p++) {
		m = strlen(*p);
		if (n > m + 3 && strcmp(k + n - m, *p) == 0 &&
		    k[n - m - 1] == 'r' && strchr("aei", k[n - m - 2]) != NULL)
			return 1;
	}
	return 0;
}

static void
ending_es(const char *k, struct ltag *g)
{
	size_t	 n = strlen(k);
	static const char *const irr[] = {
		"dicho", "hecho", "puesto", "visto", "escrito", "muerto",
		"abierto", "vuelto", "roto", "electo", "impuesto",
		"propuesto", "depuesto", "resuelto", "devuelto", "cubierto",
		"descubierto", "previsto", "dispuesto", "expuesto",
		"compuesto", "suscrito", "electa", "muerta", "puesta",
		"hecha", "dicha", "prevista", NULL
	};

	if (n < 3)
		return;
	if (tl_ends(k, "ar") || tl_ends(k, "er") || tl_ends(k, "ir") ||
	    tl_ends(k, "arse") || tl_ends(k, "erse") || tl_ends(k, "irse") ||
	    enclitic(k))
		g->f |= LF_INF;
	if (tl_ends(k, "ado") || tl_ends(k, "ada") || tl_ends(k, "ados") ||
	    tl_ends(k, "adas") || tl_ends(k, "ido") || tl_ends(k, "ida") ||
	    tl_ends(k, "idos") || tl_ends(k, "idas") || tl_listed(irr, k))
		g->f |= LF_PART;
	if (tl_ends(k, "ando") || tl_ends(k, "iendo") || tl_ends(k, "yendo"))
		g->f |= LF_GER;
	g->f |= LF_FIN;
	/* "produjo", "tuvo", "propuso", "hizo": strong preterites */
	if (tl_ends(k, "aron") || tl_ends(k, "ieron") ||
	    tl_ends(k, "yeron") || (tl_ends(k, "ó") && n > 3) ||
	    tl_ends(k, "dujo") || tl_ends(k, "trajo") || tl_ends(k, "uvo") ||
	    tl_ends(k, "puso") || tl_ends(k, "hizo") ||
	    strcmp(k, "quiso") == 0 || strcmp(k, "supo") == 0) {
		g->et = LT_PAST;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "ará") || tl_ends(k, "erá") ||
	    tl_ends(k, "irá") || tl_ends(k, "arán") || tl_ends(k, "erán") ||
	    tl_ends(k, "irán") || tl_ends(k, "drá") || tl_ends(k, "drán") ||
	    tl_ends(k, "brá") || tl_ends(k, "brán") || tl_ends(k, "rrá") ||
	    tl_ends(k, "rrán")) {
		/* and the irregular "tendrá", "sabrá", "querrá" */
		g->et = LT_FUT;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "aría") || tl_ends(k, "ería") ||
	    tl_ends(k, "iría") || tl_ends(k, "arían") ||
	    tl_ends(k, "erían") || tl_ends(k, "irían") ||
	    tl_ends(k, "dría") || tl_ends(k, "drían")) {
		/* "tendría"; not "corría", "abría": imperfects */
		g->et = LT_COND;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "aba") || tl_ends(k, "aban") ||
	    tl_ends(k, "iera") || tl_ends(k, "ieran") ||
	    tl_ends(k, "aran") || tl_ends(k, "iese") ||
	    tl_ends(k, "iesen")) {
		/* the imperfect, and the past subjunctive "dictara",
		 * "tuviera" */
		g->et = LT_PAST;
		g->f |= LF_STRONG;
	} else if (tl_ends(k, "ía") || tl_ends(k, "ían") ||
	    (tl_ends(k, "ara") && n > 5))
		g->et = LT_PAST;
	else if (tl_ends(k, "an") || tl_ends(k, "en") || tl_ends(k, "a") ||
	    tl_ends(k, "e"))
		g->et = LT_PRES;
	else
		g->f &= ~LF_FIN;
}

/* "fertiggestellt", "sichergestellt": "ge" after a first part of two
 * letters or more, a stem of four after it, ending "-t" or "-en". */
static int
inner_ge(const char *k)
{
	const char	*p;
	size_t		 n = strlen(k);

	if (!tl_ends(k, "t") && !tl_ends(k, "en"))
		return 0;
	for (p = k + 2; p + 6 <= k + n; p++)
		if (p[0] == 'g' && p[1] == 'e' && strlen(p + 2) >= 4 &&
		    strchr("aeiouäöü", p[-1]) == NULL)
			return 1;
	return 0;
}

/* German: participles (ge-...-t, -iert, strong endings), infinitives
 * (-en, -ern, -eln; "anzukündigen"), finite endings. */
static void
ending_de(const char *k, struct ltag *g)
{
	static const char *const strong_past[] = {
		"schrieb", "schlug", "schloss", "schloß", "schied", "nahm",
		"gab", "kam", "ging", "hielt", "ließ", "sprach", "fand",
		"brach", "warf", "traf", "zog", "wies", "rief", "bot", "bat",
		"stand", "fiel", "trat", "fuhr", "flog", "floh", "starb",
		"gewann", "begann", "verlor", "schoss", "blieb", "stieg",
		"sank", "wuchs", "lud", "lag", "saß", "sah", "trug", "griff",
		"stieß", "riet", "litt", "mied", "wandte", "sandte",
		"nannte", "brachte", "dachte", "warb", "floss", "floß",
		"goss", "schwor", "schwieg", "wich", "glich", "stritt",
		"pfiff", "fror", "zwang", "sang", "sprang", "band",
		"schwand", "gelang", "misslang", "geschah", "schuf", "erhob",
		"schob", "vergaß", "maß", NULL
	};
	const char *const *p;
	size_t	 n = strlen(k), m;
	const char *r = k;

	if (n < 3)
		return;
	for (p = de_prefixes; *p != NULL; p++) {
		m = strlen(*p);
		/* "wiederherzustellen", "wiederhergestellt": two */
		if (n > m + 6 && strncmp(k, *p, m) == 0 &&
		    (strncmp(k + m, "her", 3) == 0 ||
		    strncmp(k + m, "hin", 3) == 0) &&
		    (strncmp(k + m + 3, "ge", 2) == 0 ||
		    strncmp(k + m + 3, "zu", 2) == 0))
			m += 3;
		if (n > m + 4 && strncmp(k, *p, strlen(*p)) == 0 &&
		    (strncmp(k + m, "ge", 2) == 0 ||
		    strncmp(k + m, "zu", 2) == 0)) {
			if (strncmp(k + m, "zu", 2) == 0 &&
			    tl_ends(k, "en") && strcmp(*p, "zu") != 0)
				g->f |= LF_ZU;
			r = k + m;
			break;
		}
	}
	if (tl_listed(de_particles, k))
		g->f |= LF_PARTICLE;
	if ((strncmp(r, "ge", 2) == 0 && strlen(r) > 4 && (tl_ends(r, "t") ||
	    tl_ends(r, "en"))) || inner_ge(k) || tl_ends(k, "iert") ||
	    tl_ends(k, "iert") || starts_any(de_strong_part, k) ||
	    tl_listed(de_aux_nonfin, k))
		g->f |= LF_PART;
	for (p = de_strong_part; *p != NULL; p++)
		if (tl_ends(k, *p))
			g->f |= LF_PART;
	if (tl_ends(k, "t") && !tl_ends(k, "st") && n > 5 &&
	    (strncmp(k, "be", 2) == 0 || strncmp(k, "ver", 3) == 0 ||
	    strncmp(k, "er", 2) == 0 || strncmp(k, "ent", 3) == 0 ||
	    strncmp(k, "zer", 3) == 0 || strncmp(k, "unter", 5) == 0 ||
	    strncmp(k, "über", 5) == 0 || strncmp(k, "miss", 4) == 0))
		g->f |= LF_PART;	/* "unterzeichnet": or present */
	if ((tl_ends(k, "en") || tl_ends(k, "ern") || tl_ends(k, "eln")) &&
	    !(g->f & LF_PART))
		g->f |= LF_INF;
	g->f |= LF_FIN;
	for (p = strong_past; *p != NULL; p++)
		if ((tl_ends(k, *p) || (tl_ends(k, "en") &&
		    n >= strlen(*p) + 2 &&
		    strncmp(k + n - strlen(*p) - 2, *p, strlen(*p)) == 0)) &&
		    !tl_ends(k, "öglich") && !tl_ends(k, "äglich"))
			break;
	if (*p != NULL) {
		g->et = LT_PAST;
		g->f |= LF_STRONG;
	} else if ((tl_ends(k, "te") || tl_ends(k, "ten")) &&
	    !starts_any(de_ten_pres, k)) {
		g->et = LT_PAST;
		for (p = de_ten_pres; *p != NULL; p++)
			if (tl_ends(k, *p))
				g->et = LT_PRES;
	} else if (tl_ends(k, "t") || tl_ends(k, "en") || tl_ends(k, "ern") ||
	    tl_ends(k, "eln") || (tl_ends(k, "e") && n > 3))
		g->et = LT_PRES;
	else
		g->f &= ~LF_FIN;
}

int
tl_de_part(const char *k)
{
	struct ltag	 g;

	memset(&g, 0, sizeof(g));
	ending_de(k, &g);
	return (g.f & LF_PART) != 0;
}

/* Punctuation's class. */
static int
punct_class(const char *w, size_t n)
{
	if (n == 1 && *w == ',')
		return LC_COMMA;
	/* parentheses hold an aside: "el Tribunal (TSJ) dio" */
	if (n == 1 && strchr(".;:!?", *w) != NULL)
		return LC_END;
	if (n == 1 && (*w == '"' || *w == '\''))
		return LC_QUOTE;
	if (n == 3 && (strncmp(w, "\xe2\x80\x9c", 3) == 0 ||
	    strncmp(w, "\xe2\x80\x9d", 3) == 0 ||
	    strncmp(w, "\xe2\x80\x9e", 3) == 0))
		return LC_QUOTE;
	if (n == 2 && (strncmp(w, "\xc2\xab", 2) == 0 ||
	    strncmp(w, "\xc2\xbb", 2) == 0))
		return LC_QUOTE;
	if (n == 3 && (strncmp(w, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(w, "\xe2\x80\x94", 3) == 0))
		return LC_END;
	return LC_PUNCT;
}

void
tl_tag(const struct text *t, enum text_lang lang, guint i, int first,
    struct ltag *g)
{
	const struct text_token *tok = text_tok(t, i);
	const struct wl *e;
	const char	*w;
	char		 k[LKEY_MAX];
	size_t		 n;
	int		 pre, tw;

	memset(g, 0, sizeof(*g));
	g->vg = -1;
	w = text_word(t, i, &n);
	if (tok->kind == TEXT_PUNCT || tok->kind == TEXT_SYMBOL) {
		g->cls = (unsigned char)punct_class(w, n);
		return;
	}
	if (tok->kind == TEXT_NUMBER) {
		g->cls = LC_NUM;
		return;
	}
	if (g_unichar_isupper(g_utf8_get_char(w)))
		g->f |= LF_CAP;
	if (!tl_key(lang, w, n, k, &pre))
		return;
	g->pre = (unsigned char)pre;
	if (pre != LP_NONE && *k == '\0') {
		/* "l'", "qu'" alone */
		g->cls = pre == LP_QUE ? LC_QUE : pre == LP_NE ? LC_NEG :
		    pre == LP_SE ? LC_CLITIC : LC_DET;
		g->pre = LP_NONE;
		return;
	}
	if (pre != LP_NONE)
		g->f |= LF_SEP;
	e = g_hash_table_lookup(table(lang), k);
	tw = GPOINTER_TO_INT(g_hash_table_lookup(times[lang], k));
	if (tw == 1 || tw == 2)
		g->f |= LF_TIME;
	/* "lundi", "Mardi", "février", "sábado": a month's or weekday's
	 * name, whatever its ending says, is a noun */
	if (e == NULL && tw == 1) {
		g->f |= LF_CAL;
		g->cls = (g->f & LF_CAP) ? LC_NAME : LC_OPEN;
		return;
	}
	/* "Huit mois plus tard": a number's word */
	if (e == NULL && tw == 3) {
		g->cls = LC_NUM;
		return;
	}
	/* a capital inside the sentence is a name, not a listed word
	 * (German nouns apart, none is listed) */
	if (e != NULL && (!(g->f & LF_CAP) || first || pre != LP_NONE ||
	    lang == TEXT_DE || e->cls == LC_DET || e->cls == LC_PREP)) {
		g->cls = e->cls;
		g->lem = e->lem;
		g->ten = e->ten;
		g->f |= e->f;
		if (e->cls == LC_SUB && (strcmp(k, "si") == 0 ||
		    strcmp(k, "wenn") == 0 || strcmp(k, "falls") == 0))
			g->sub = 1;
		if (lang == TEXT_DE && (strcmp(k, "werden") == 0 ||
		    strcmp(k, "haben") == 0 || strcmp(k, "können") == 0 ||
		    strcmp(k, "müssen") == 0 || strcmp(k, "sollen") == 0 ||
		    strcmp(k, "wollen") == 0 || strcmp(k, "dürfen") == 0))
			g->f |= LF_INFAUX;
		if (e->cls != LC_VERB)
			return;
	} else if ((g->f & LF_CAP) && !first && lang != TEXT_DE) {
		g->cls = LC_NAME;
		return;
	} else if ((g->f & LF_CAP) && lang == TEXT_DE && !first) {
		g->cls = LC_NAME;
		return;
	}
	/* "Wirtschaftlich hatten ...": an adverb opening the sentence */
	if (lang == TEXT_DE && first && e == NULL && (tl_ends(k, "lich") ||
	    tl_ends(k, "weise") || tl_ends(k, "mals") ||
	    tl_ends(k, "falls") || tl_ends(k, "dings"))) {
		g->cls = LC_ADV;
		return;
	}
	if (lang == TEXT_DE && first && (g->f & LF_CAP) && e == NULL) {
		/* a capital opening a German sentence is mostly a noun */
		g->cls = LC_NAME;
		return;
	}
	/* "finalmente": an adverb */
	if (lang == TEXT_ES && tl_ends(k, "mente") && strlen(k) > 7) {
		g->cls = LC_ADV;
		return;
	}
	if (lang == TEXT_FR)
		ending_fr(k, g);
	else if (lang == TEXT_ES)
		ending_es(k, g);
	else
		ending_de(k, g);
	if (lang == TEXT_DE && tl_listed(de_aux_nonfin, k))
		g->f = (g->f & ~LF_FIN) | LF_PART;
	if (starts_any(lang == TEXT_FR ? fr_say : lang == TEXT_ES ? es_say :
	    de_say, k))
		g->f |= LF_SAY;
	if (tl_listed(lang == TEXT_FR ? fr_sched : lang == TEXT_ES ?
	    es_sched : de_sched, k))
		g->f |= LF_SCHED;
	if (tl_listed(lang == TEXT_FR ? fr_wish : lang == TEXT_ES ?
	    es_wish : de_wish, k))
		g->f |= LF_WISH;
	if (tl_listed(lang == TEXT_FR ? fr_happen : lang == TEXT_ES ?
	    es_happen : de_happen, k))
		g->f |= LF_HAPPEN;
	if (e != NULL) {
		g->cls = LC_VERB;
		g->et = e->ten;
		g->f |= LF_FIN | LF_STRONG | e->f;
	} else if (first && (g->f & LF_CAP) && (!(g->f & LF_FIN) ||
	    !(g->f & LF_STRONG)) && !(g->f & (LF_PART | LF_GER)))
		/* "Morales sostiene": a capital opening the sentence,
		 * no verb's ending, is a name (not "Anunció", "Lancée") */
		g->cls = LC_NAME;
}
