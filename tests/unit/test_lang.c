/* SPDX-License-Identifier: MIT */
/* Unit tests of lang.c and of the language doc_read gives a document. */
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
#include "hyph.h"
#include "lang.h"
#include "msg.h"
#include "capture.h"
#include "source.h"

/* Relative to the checkout, where the tests run; absent on CI. */
#define CORPUS	"../shared/corpus"

/* Original paragraphs, two per language, written for this test. */
static const struct {
	const char *lang, *text;
} paras[] = {
	{ "en", "The council met again on Tuesday after a week of talks "
	    "that had failed to produce an agreement. Officials from both "
	    "sides said they were ready to compromise, but neither would "
	    "say what they had offered. Analysts who follow the dispute "
	    "believe that the question of water rights is the main "
	    "obstacle, and that it could take months to settle." },
	{ "en", "When the storm reached the coast, most of the villages had "
	    "already been evacuated. The army sent trucks into the hills, "
	    "where people who had refused to leave their farms were "
	    "waiting for help. Rescue teams worked through the night, and "
	    "by morning they had reached all but two of the settlements "
	    "that were cut off by the floods." },
	{ "es", "El gobierno anunció el lunes que las negociaciones con los "
	    "sindicatos se reanudarán la próxima semana. Según el ministro, "
	    "las dos partes están cerca de un acuerdo sobre los salarios, "
	    "aunque todavía hay diferencias en cuanto a las pensiones. Los "
	    "trabajadores del sector público han convocado una huelga para "
	    "el mes que viene si no se firma el pacto." },
	{ "es", "La sequía que afecta a la región desde hace tres años ha "
	    "obligado a muchos agricultores a abandonar sus tierras. En los "
	    "pueblos del interior, las autoridades reparten agua con "
	    "camiones cisterna, pero los vecinos dicen que no es "
	    "suficiente. Los expertos advierten que la situación podría "
	    "empeorar durante el verano si no llueve pronto." },
	{ "fr", "Le ministre des Affaires étrangères a reçu jeudi son "
	    "homologue venu de la capitale voisine pour discuter de la "
	    "frontière. Selon un diplomate qui a assisté à la rencontre, "
	    "les deux hommes se sont mis d'accord sur un calendrier, mais "
	    "aucun texte n'a été signé. L'opposition accuse le "
	    "gouvernement de céder sur l'essentiel sans rien obtenir en "
	    "échange." },
	{ "fr", "Dans les quartiers nord de la ville, les habitants "
	    "attendent depuis des mois la réouverture de la ligne de "
	    "tramway. Les travaux ont pris du retard à cause d'une grève "
	    "des ouvriers, et la mairie ne donne plus de date. Les "
	    "commerçants, qui ont perdu une partie de leur clientèle, "
	    "demandent une aide pour tenir jusqu'à la fin de l'année." },
	{ "de", "Die Regierung hat am Mittwoch einen Gesetzentwurf "
	    "vorgelegt, der die Einwanderung von Fachkräften erleichtern "
	    "soll. Nach Angaben des Ministeriums fehlen in den kommenden "
	    "Jahren mehrere hunderttausend Arbeitskräfte, vor allem in der "
	    "Pflege und im Handwerk. Die Opposition kritisiert, dass der "
	    "Entwurf zu spät komme und die Verfahren nicht vereinfache." },
	{ "de", "Nach dem schweren Unwetter sind in mehreren Gemeinden im "
	    "Süden des Landes noch immer Straßen gesperrt. Die Feuerwehr "
	    "war die ganze Nacht im Einsatz, um Keller auszupumpen und "
	    "umgestürzte Bäume zu entfernen. Der Bürgermeister sagte, man "
	    "werde die Schäden erst in einigen Tagen abschätzen können, "
	    "wenn das Wasser zurückgegangen sei." }
};

static int
setup(void **state)
{
	(void)state;
	capture_begin();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	capture_end();
	return 0;
}

static struct doc *
read_doc(const char *name, const char *text)
{
	struct source	*src;
	struct doc	*doc;

	src = source_from_string(name, text, (size_t)-1);
	assert_non_null(src);
	doc = doc_read(src);
	source_free(src);
	assert_non_null(doc);
	return doc;
}

static void
test_lang_paragraphs(void **state)
{
	size_t	i;
	double	conf;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(paras); i++) {
		const char *got = lang_detect(paras[i].text,
		    strlen(paras[i].text), &conf);

		if (got == NULL || strcmp(got, paras[i].lang) != 0)
			fail_msg("paragraph %zu: %s, want %s", i,
			    got != NULL ? got : "NULL", paras[i].lang);
		print_message("paragraph %zu: %s %.2f\n", i, got, conf);
		assert_true(conf >= 0.5);
	}
}

static void
test_lang_short(void **state)
{
	double	conf = 1;

	(void)state;
	assert_null(lang_detect(NULL, 0, &conf));
	assert_true(conf == 0);
	assert_null(lang_detect("", 0, NULL));
	assert_null(lang_detect("The army left the town.", 23, NULL));
	assert_null(lang_detect("Die Armee hat die Stadt verlassen.", 34,
	    NULL));
	/* Many words, few function words: names, numbers, a table. */
	assert_null(lang_detect("Paris London Berlin Madrid Rome Oslo Kyiv "
	    "Warsaw Vienna Prague Lisbon Dublin Athens Sofia Riga Vilnius "
	    "Tallinn Helsinki Stockholm Copenhagen Bern Brussels 2024 2025",
	    147, NULL));
}

/* Shapes of hostile input: one function word over and over ("para" is
 * Spanish), and letters and digits at random, where short function
 * words turn up by chance. */
static void
test_lang_noise(void **state)
{
	GString	*s = g_string_new(NULL);
	GRand	*r = g_rand_new_with_seed(7);
	static const char al[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	int	 i;

	(void)state;
	for (i = 0; i < 2000; i++)
		g_string_append(s, "Short para.\n\n");
	assert_null(lang_detect(s->str, s->len, NULL));
	g_string_truncate(s, 0);
	for (i = 0; i < 100000; i++)
		g_string_append_c(s, al[g_rand_int_range(r, 0, 62)]);
	assert_null(lang_detect(s->str, s->len, NULL));
	/* The same letters with spaces for digits. */
	g_strdelimit(s->str, "0123456789", ' ');
	assert_null(lang_detect(s->str, s->len, NULL));
	g_rand_free(r);
	g_string_free(s, TRUE);
}

/* Half English, half French: no clear leader. */
static void
test_lang_mixed(void **state)
{
	char		*s = g_strconcat(paras[0].text, " ", paras[4].text,
			    NULL);
	const char	*got;
	double		 conf;

	(void)state;
	got = lang_detect(s, strlen(s), &conf);
	print_message("mixed: confidence %.2f\n", conf);
	assert_null(got);
	assert_true(conf < 0.5);
	g_free(s);
}

/* Only the window is read: a 10 MB text whose first LANG_WINDOW bytes
 * are German reads as German, and fast. */
static void
test_lang_window(void **state)
{
	GString	*s = g_string_new(NULL);
	gint64	 t0, dt;
	int	 k;

	(void)state;
	while (s->len < LANG_WINDOW)
		g_string_append_printf(s, "%s ", paras[6].text);
	while (s->len < 10 * 1024 * 1024)
		g_string_append_printf(s, "%s ", paras[0].text);
	t0 = g_get_monotonic_time();
	for (k = 0; k < 10; k++)
		assert_string_equal(lang_detect(s->str, s->len, NULL), "de");
	dt = (g_get_monotonic_time() - t0) / 10;
	print_message("lang_detect of 10 MB: %lld us\n", (long long)dt);
	assert_true(dt < 20000);
	g_string_free(s, TRUE);
}

/* Invalid UTF-8 and words longer than any function word are skipped. */
static void
test_lang_bytes(void **state)
{
	GString	*s = g_string_new(NULL);
	size_t	 i;

	(void)state;
	for (i = 0; i < 40; i++)
		g_string_append(s, "\xff\xfe la \xc3 y los del con 4por una "
		    "ellos\xc3 "
		    "theaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ");
	assert_non_null(lang_detect(s->str, s->len, NULL));
	assert_string_equal(lang_detect(s->str, s->len, NULL), "es");
	g_string_free(s, TRUE);
	assert_string_equal(lang_primary("en-GB"), "en");
	assert_string_equal(lang_primary("DE_at"), "de");
	assert_null(lang_primary("it"));
	assert_null(lang_primary("english"));
}

static void
test_lang_doc(void **state)
{
	struct doc	*doc;
	struct hyph	*h;
	char		*s;

	(void)state;
	/* No lang: the text's, English keeping the default en-US. */
	doc = read_doc("t.md", paras[5].text);
	assert_string_equal(doc->meta.lang, "fr");
	/* Hyphenation follows: the French dictionary is there. */
	h = hyph_new(doc->meta.lang, NULL);
	assert_non_null(h);
	hyph_free(h);
	doc_free(doc);
	doc = read_doc("t.md", paras[1].text);
	assert_string_equal(doc->meta.lang, "en-US");
	doc_free(doc);
	doc = read_doc("t.txt", "Short.\n");
	assert_string_equal(doc->meta.lang, "en-US");
	doc_free(doc);
	assert_string_equal(messages(), "");

	/* A lang that disagrees: kept, with one warning at its value. */
	s = g_strconcat("---\ntitle: T\nlang: de\n---\n", paras[2].text,
	    "\n", NULL);
	doc = read_doc("t.md", s);
	assert_string_equal(doc->meta.lang, "de");
	assert_string_equal(messages(),
	    "t.md:3:7: warning: lang 'de' but the text reads as es\n");
	doc_free(doc);
	g_free(s);
	capture_end();
	capture_begin();

	/* Agreeing, or outside the four: no warning. */
	s = g_strconcat("---\nlang: en-GB\n---\n", paras[0].text, NULL);
	doc = read_doc("t.md", s);
	assert_string_equal(doc->meta.lang, "en-GB");
	doc_free(doc);
	g_free(s);
	s = g_strconcat("---\nlang: it\n---\n", paras[3].text, NULL);
	doc = read_doc("t.md", s);
	assert_string_equal(doc->meta.lang, "it");
	doc_free(doc);
	g_free(s);
	assert_string_equal(messages(), "");
}

/* The text with the front matter's "lang:" line removed. */
static char *
strip_lang(const char *text)
{
	GString		*s = g_string_new(NULL);
	const char	*p = text, *nl;
	int		 infm = strncmp(text, "---\n", 4) == 0, line = 0;

	for (; *p != '\0'; p = nl, line++) {
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		if (infm && line > 0 && strncmp(p, "---", 3) == 0)
			infm = 0;
		else if (infm && strncmp(p, "lang:", 5) == 0)
			continue;
		g_string_append_len(s, p, nl - p);
	}
	return g_string_free(s, FALSE);
}

/* gold.yaml's "lang:", reduced to its primary subtag. */
static char *
gold_lang(const char *dir)
{
	char	*path = g_build_filename(dir, "gold.yaml", NULL);
	char	*text = NULL, **lines, *lang = NULL;
	size_t	 i;

	assert_true(g_file_get_contents(path, &text, NULL, NULL));
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL && lang == NULL; i++)
		if (strncmp(lines[i], "lang:", 5) == 0)
			lang = g_strndup(g_strstrip(lines[i] + 5), 2);
	g_strfreev(lines);
	g_free(text);
	g_free(path);
	assert_non_null(lang);
	return lang;
}

/* Every corpus article reads as its gold language without its lang,
 * and with it draws no warning. */
static void
test_lang_corpus(void **state)
{
	GDir		*d;
	const char	*e;
	int		 n = 0, right = 0;
	double		 minconf = 1;

	(void)state;
	if ((d = g_dir_open(CORPUS, 0, NULL)) == NULL)
		skip();
	while ((e = g_dir_read_name(d)) != NULL) {
		char	*dir = g_build_filename(CORPUS, e, NULL);
		char	*path, *text = NULL, *bare, *gold;
		const char *name = "article.md", *got;
		struct doc *doc;
		double	 conf;

		path = g_build_filename(dir, name, NULL);
		if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
			g_free(path);
			name = "article.txt";
			path = g_build_filename(dir, name, NULL);
		}
		if (!g_file_get_contents(path, &text, NULL, NULL)) {
			g_free(path);
			g_free(dir);
			continue;
		}
		gold = gold_lang(dir);
		bare = strip_lang(text);
		doc = read_doc(name, bare);
		got = lang_primary(doc->meta.lang);
		assert_non_null(lang_detect(bare, strlen(bare), &conf));
		if (conf < minconf)
			minconf = conf;
		n++;
		if (got != NULL && strcmp(got, gold) == 0)
			right++;
		else
			print_message("%s: %s, want %s\n", e, doc->meta.lang,
			    gold);
		doc_free(doc);
		doc = read_doc(name, text);
		doc_free(doc);
		g_free(bare);
		g_free(gold);
		g_free(text);
		g_free(path);
		g_free(dir);
	}
	g_dir_close(d);
	print_message("corpus: %d of %d right, lowest confidence %.2f\n",
	    right, n, minconf);
	assert_int_equal(n, 29);
	assert_int_equal(right, n);
	assert_null(strstr(messages(), "reads as"));
}

int
main(void)
{
#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_lang_paragraphs),
		T(test_lang_short),
		T(test_lang_noise),
		T(test_lang_mixed),
		T(test_lang_window),
		T(test_lang_bytes),
		T(test_lang_doc),
		T(test_lang_corpus),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL);
}
