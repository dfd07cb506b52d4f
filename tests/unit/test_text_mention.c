/* SPDX-License-Identifier: MIT */
/* Unit tests of the text layer's actors and mentions (text_mention.c). */
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

/* A small gazetteer of made-up and real forms: kind, name, official,
 * capitals, demonyms, other names, link. */
static const char gaz[] =
    "state\tRussia\tRussian Federation\tMoscow\tRussian|Russians\t"
    "Kremlin^\t-\n"
    "state\tUnited States\t-\tWashington~\tAmerican|Americans\t"
    "US|U.S.|America|White House^\t-\n"
    "state\tNiger\t-\tNiamey\tNigerien\t-\t-\n"
    "state\tFrance\t-\tParis~\tFrench\t-\t-\n"
    "state\tNorth Korea\t-\tPyongyang\tNorth Korean\t-\t-\n"
    "state\tSouth Korea\t-\tSeoul\tSouth Korean\t-\t-\n"
    "org\tUnited Nations\t-\t-\t-\tUN\t-\n"
    "org\tECOWAS\t-\t-\t-\t-\t-\n"
    "org\tTaliban\t-\t-\t-\t-\t-\n"
    "person\tVladimir Putin\t-\t-\t-\tPutin\tRussia\n"
    "ambiguous\tKorea\t-\t-\tKorean\t-\tNorth Korea|South Korea\n"
    "none\tKorean Peninsula\t-\t-\t-\t-\t-\n";

#include "mentionfixture.h"

/* --- rule 1: the gazetteer ------------------------------------------------ */

static void
test_state_by_name(void **state)
{
	(void)state;
	run("Russia and the Russian Federation signed.\n");
	is_mention("Russia", "Russia", 0);
	is_mention("Russian Federation", "Russia", 0);
	assert_int_equal(kind_of("Russia"), TA_STATE);
	assert_int_equal(text_actor(txt, actor("Russia"))->mentions, 2);
}

static void
test_capital_metonym(void **state)
{
	(void)state;
	run("Moscow rejected the plan.\n");
	is_mention("Moscow", "Russia", TM_METONYM);
}

static void
test_institution_metonym(void **state)
{
	(void)state;
	run("The Kremlin and the White House disagreed.\n");
	is_mention("Kremlin", "Russia", TM_METONYM);
	is_mention("White House", "United States", TM_METONYM);
}

static void
test_capital_before_place_noun(void **state)
{
	(void)state;
	run("Flights at Moscow airport resumed.\n");
	no_mention("Moscow");
	assert_int_equal(txt->mentions->len, 0);
}

/* A name inside the name of something else names no actor: a
 * document, an agency, a newspaper; a capital as a subject stays. */
static void
test_name_inside_name(void **state)
{
	(void)state;
	run("The United Nations Convention on the Law of the Sea applies. "
	    "Agence France-Presse and The Moscow Times reported it.\n");
	no_mention("United Nations");
	no_mention("France");
	no_mention("Moscow");
	assert_int_equal(txt->mentions->len, 0);
}

/* A capital opening a title-case headline stays. */
static void
test_name_headline(void **state)
{
	(void)state;
	run("Moscow Warns Paris. The United Nations and France agreed.\n");
	is_mention("Moscow", "Russia", TM_METONYM);
	is_mention("United Nations", "United Nations", 0);
	is_mention("France", "France", 0);
}

static void
test_demonym(void **state)
{
	(void)state;
	run("Russian officials met the American envoy.\n");
	is_mention("Russian", "Russia", TM_DEMONYM);
	is_mention("American", "United States", TM_DEMONYM);
}

static void
test_name_is_not_metonym(void **state)
{
	(void)state;
	run("France protested.\n");
	is_mention("France", "France", 0);
	assert_int_equal(mention("France", 0)->flags &
	    (TM_METONYM | TM_DEMONYM), 0);
}

static void
test_short_form_case_sensitive(void **state)
{
	(void)state;
	run("The US told us to wait.\n");
	is_mention("US", "United States", 0);
	no_mention("us");
}

static void
test_possessive_offsets(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("Russia's army moved.\n");
	m = mention("Russia", 0);
	assert_non_null(m);
	assert_true(m->flags & TM_POSS);
	assert_memory_equal(src->buf + m->start, "Russia", 6);
	assert_int_equal(m->end - m->start, 6);
}

static void
test_mention_offsets_exact(void **state)
{
	const struct text_mention *m;
	const char *s;

	(void)state;
	run("Talks began. Later *the* United Nations met in Niamey.\n");
	m = mention("United Nations", 0);
	assert_non_null(m);
	s = strstr(src->buf, "United Nations");
	assert_int_equal(m->start, (size_t)(s - src->buf));
	assert_int_equal(m->sentence, 1);
	assert_int_equal(m->ntokens, 2);
	is_mention("Niamey", "Niger", TM_METONYM);
}

static void
test_personlike_capital_in_name(void **state)
{
	(void)state;
	run("The actor Denzel Washington arrived. Washington objected.\n");
	assert_null(mention("Washington", 0) != NULL &&
	    mention("Washington", 0)->start < 30 ? mention("Washington", 0) :
	    NULL);
	is_mention("Washington", "United States", TM_METONYM);
}

static void
test_ambiguous_resolved(void **state)
{
	(void)state;
	run("North Korea fired a missile. Korean media cheered.\n");
	is_mention("Korean", "North Korea", TM_DEMONYM);
}

static void
test_ambiguous_unresolved(void **state)
{
	(void)state;
	run("North Korea and South Korea met. Korean media cheered.\n");
	no_mention("Korean");
}

static void
test_blocking_form(void **state)
{
	(void)state;
	run("Ships sailed off the Korean Peninsula.\n");
	no_mention("Korean");
	assert_int_equal(txt->mentions->len, 0);
}

static void
test_group_kind_kept(void **state)
{
	(void)state;
	run("The Taliban took Kabul.\n");
	is_mention("Taliban", "Taliban", 0);
	assert_int_equal(kind_of("Taliban"), TA_ORG);
}

static void
test_icu_regions(void **state)
{
	struct lex	*l = lex_from_strings(gaz, NULL);

	(void)state;
	lex_add_regions(l);
	run_with("Greenland and Burkina Faso talked. The UK agreed.\n", l);
	is_mention("Greenland", "Greenland", 0);
	is_mention("Burkina Faso", "Burkina Faso", 0);
	is_mention("UK", "United Kingdom", 0);
	assert_int_equal(kind_of("Burkina Faso"), TA_STATE);
	/* a known state keeps its entry: ICU's "United States" is the
	 * gazetteer's, no second entry */
	assert_true(lex_find(l, "United States") == lex_find(l, "US"));
	assert_true(lex_find(l, "Türkiye") >= 0);
	text_free(txt);
	txt = NULL;
	lex_free(l);
}

/* --- rule 2: persons ------------------------------------------------------ */

static void
test_title_name(void **state)
{
	(void)state;
	run("President Mohamed Bazoum was detained.\n");
	is_mention("Mohamed Bazoum", "Mohamed Bazoum", 0);
	assert_int_equal(kind_of("Mohamed Bazoum"), TA_PERSON);
}

static void
test_abbreviated_title(void **state)
{
	(void)state;
	run("Gen. Abdourahamane Tiani took power.\n");
	is_mention("Abdourahamane Tiani", "Abdourahamane Tiani", 0);
}

static void
test_mr_without_full_stop(void **state)
{
	(void)state;
	run("Mr Touray spoke first. Then Mr. Touray left.\n");
	is_mention("Touray", "Touray", 0);
	assert_non_null(mention("Touray", 1));
	assert_int_equal(text_actor(txt, actor("Touray"))->mentions, 2);
}

static void
test_demonym_title_state(void **state)
{
	(void)state;
	run("Nigerien President Mohamed Bazoum was held.\n");
	assert_string_equal(state_of("Mohamed Bazoum"), "Niger");
	is_mention("Nigerien", "Niger", TM_DEMONYM);
}

static void
test_possessive_title_state(void **state)
{
	(void)state;
	run("France's Foreign Minister Anne Dupuis flew in.\n");
	assert_string_equal(state_of("Anne Dupuis"), "France");
}

static void
test_nationality_occupation(void **state)
{
	(void)state;
	run("American journalist Evan Marsh was arrested.\n");
	is_mention("Evan Marsh", "Evan Marsh", 0);
	assert_string_equal(state_of("Evan Marsh"), "United States");
}

static void
test_apposition_state(void **state)
{
	(void)state;
	run("\"No,\" said Omar Keita, the foreign minister of Niger.\n");
	assert_int_equal(kind_of("Omar Keita"), TA_PERSON);
	assert_string_equal(state_of("Omar Keita"), "Niger");
}

static void
test_apposition_org(void **state)
{
	(void)state;
	run("Jane Oduya, a senior fellow at ECOWAS, disagreed.\n");
	assert_string_equal(state_of("Jane Oduya"), "ECOWAS");
}

/* A state before an analyst is what they study, not whom they
 * serve. */
static void
test_apposition_studied(void **state)
{
	(void)state;
	run("Tom Blake, a Russia analyst at a London consultancy, "
	    "disagreed. Ann Ruiz, an Iran expert, agreed.\n");
	assert_int_equal(kind_of("Tom Blake"), TA_PERSON);
	assert_string_equal(state_of("Tom Blake"), "");
	assert_string_equal(state_of("Ann Ruiz"), "");
}

static void
test_said_after(void **state)
{
	(void)state;
	run("Peter Lindqvist said talks would resume.\n");
	assert_int_equal(kind_of("Peter Lindqvist"), TA_PERSON);
}

static void
test_said_before(void **state)
{
	(void)state;
	run("Talks will resume, said Maria Okafor.\n");
	assert_int_equal(kind_of("Maria Okafor"), TA_PERSON);
}

static void
test_the_late(void **state)
{
	(void)state;
	run("He praised the late Hamid Sadiq warmly.\n");
	assert_int_equal(kind_of("Hamid Sadiq"), TA_PERSON);
}

static void
test_no_context_no_person(void **state)
{
	(void)state;
	run("Ahmed Rustam fled the city.\n");
	assert_int_equal(actor("Ahmed Rustam"), -1);
	assert_int_equal(txt->mentions->len, 0);
}

static void
test_context_later_confirms(void **state)
{
	(void)state;
	run("Ahmed Rustam fled the city. Mr Rustam resurfaced.\n");
	is_mention("Ahmed Rustam", "Ahmed Rustam", 0);
	is_mention("Rustam", "Ahmed Rustam", TM_SHORT);
	assert_int_equal(text_actor(txt, actor("Ahmed Rustam"))->mentions, 2);
}

static void
test_sentence_initial_common_word(void **state)
{
	(void)state;
	run("The Secretary spoke. However Parliament said no.\n");
	assert_int_equal(txt->actors->len, 0);
}

static void
test_org_name_not_person(void **state)
{
	(void)state;
	run("Human Rights Watch said abuses continued.\n");
	assert_int_equal(actor("Human Rights Watch"), -1);
}

static void
test_fullest_name(void **state)
{
	(void)state;
	run("Mr Kim arrived. Later Kim Jong Un said he was pleased.\n");
	assert_true(actor("Kim Jong Un") >= 0);
	assert_int_equal(actor("Kim"), -1);
	is_mention("Kim", "Kim Jong Un", TM_SHORT);
	is_mention("Kim Jong Un", "Kim Jong Un", 0);
	assert_int_equal(mention("Kim Jong Un", 0)->flags & TM_SHORT, 0);
}

static void
test_family_name_first(void **state)
{
	(void)state;
	run("President Xi Jinping visited. Mr Xi left.\n");
	is_mention("Xi", "Xi Jinping", TM_SHORT);
}

static void
test_word_surname_needs_title(void **state)
{
	(void)state;
	run("Prime Minister Theresa May resigned. In May the vote failed. "
	    "Mrs May spoke.\n");
	/* the month is no mention; the titled surname is */
	assert_int_equal(text_actor(txt, actor("Theresa May"))->mentions, 2);
	is_mention("May", "Theresa May", TM_SHORT);
	assert_true(mention("May", 0)->start > (size_t)(strstr(src->buf,
	    "Mrs May") - src->buf));
}

static void
test_will_modal(void **state)
{
	(void)state;
	run("Commentator George Will wrote a column. Will the deal hold?\n");
	assert_int_equal(text_actor(txt, actor("George Will"))->mentions, 1);
}

static void
test_gazetteer_person(void **state)
{
	(void)state;
	run("Putin met the envoy.\n");
	is_mention("Putin", "Vladimir Putin", TM_SHORT);
	assert_string_equal(state_of("Vladimir Putin"), "Russia");
}

static void
test_front_matter_person(void **state)
{
	(void)state;
	read_doc("---\ntitle: T\nactors:\n  - name: Lena Ström\n"
	    "    kind: person\n---\n\nLena Ström arrived.\n");
	txt = text_analyse(doc, src, lex);
	is_mention("Lena Ström", "Lena Ström", 0);
	assert_int_equal(kind_of("Lena Ström"), TA_PERSON);
}

static void
test_without_lexicon(void **state)
{
	(void)state;
	run_with("President Anna Berg met Russia's envoy.\n", NULL);
	is_mention("Anna Berg", "Anna Berg", 0);
	no_mention("Russia");
}

/* --- rule 3: coreference -------------------------------------------------- */

static void
test_surname_most_recent(void **state)
{
	(void)state;
	run("President Ali Keita spoke. General Musa Keita replied. "
	    "Keita then left.\n");
	is_mention("Keita", "Musa Keita", TM_SHORT);
}

/* Of two persons of a surname, the one the text is about keeps it
 * after the other passes in another paragraph. */
static void
test_surname_story_person(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("Mr Ali Keita arrived. Mr Keita spoke. Mr Keita left.\n\n"
	    "His father, the late Musa Keita, ruled until 1990.\n\n"
	    "Mr Keita has also studied history.\n");
	assert_true(actor("Musa Keita") >= 0);
	m = mention("Keita", 2);
	assert_non_null(m);
	assert_string_equal(text_actor(txt, m->actor)->name, "Ali Keita");
}

/* Named in full in the previous sentence of the paragraph: that one. */
static void
test_surname_just_named(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("Mr Ali Keita arrived. Mr Keita spoke. Mr Keita left. "
	    "Later the late Musa Keita was honoured. Mr Keita built roads.\n");
	m = mention("Keita", 2);
	assert_non_null(m);
	assert_string_equal(text_actor(txt, m->actor)->name, "Musa Keita");
}

/* "Ms Keita" is not the Mr Keita the text is about. */
static void
test_surname_honorific_gender(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("Mr Ali Keita spoke. Mr Keita left. Rain fell. "
	    "Ms Awa Keita arrived. Roads flooded. Ms Keita said no.\n");
	m = mention("Keita", 1);
	assert_non_null(m);
	assert_string_equal(text_actor(txt, m->actor)->name, "Awa Keita");
}

/* She is not the last person, a man. */
static void
test_pronoun_gender(void **state)
{
	(void)state;
	run("Ms Awa Keita met Mr Ali Diop. She said no.\n");
	is_mention("She", "Awa Keita", TM_PRONOUN);
}

static void
test_pronoun_gender_unresolved(void **state)
{
	(void)state;
	run("Ms Awa Keita left. Mr Ali Diop arrived. She said no.\n");
	no_mention("She");
}

/* No gender given: the last person, as before. */
static void
test_pronoun_gender_unknown(void **state)
{
	(void)state;
	run("Mr Ali Diop met President Musa Sall. His wife came.\n");
	is_mention("His", "Musa Sall", TM_PRONOUN);
}

/* A person alone near "his" takes its gender: "she" is then not him. */
static void
test_pronoun_learns_gender(void **state)
{
	(void)state;
	run("President Musa Sall arrived with his wife. She smiled.\n");
	is_mention("his", "Musa Sall", TM_PRONOUN);
	no_mention("She");
}

/* --- organisations outside the gazetteer --------------------------------- */

static void
test_org_run_acronym(void **state)
{
	const struct text_mention *m;

	(void)state;
	run("The Democratic Unionist Party (DUP) said no. Later the DUP "
	    "left the talks.\n");
	assert_int_equal(kind_of("Democratic Unionist Party"), TA_ORG);
	m = mention("DUP", 1);
	assert_non_null(m);
	assert_string_equal(text_actor(txt, m->actor)->name,
	    "Democratic Unionist Party");
}

static void
test_org_run_of(void **state)
{
	(void)state;
	run("The Central Bank of Niger raised rates.\n");
	assert_int_equal(kind_of("Central Bank of Niger"), TA_ORG);
	no_mention("Niger");
}

/* An organ of a state, a run of title words: no new actor. */
static void
test_org_run_generic(void **state)
{
	(void)state;
	run("The Russian Foreign Ministry said no. The Security Council "
	    "met.\n");
	is_mention("Russian", "Russia", TM_DEMONYM);
	assert_int_equal(actor("Foreign Ministry"), -1);
	assert_int_equal(actor("Russian Foreign Ministry"), -1);
	assert_int_equal(actor("Security Council"), -1);
}

/* A name before a common noun is its modifier; the run ends on the
 * organisation's word. */
static void
test_org_run_modifier(void **state)
{
	(void)state;
	run("The Intermediate-Range Nuclear Forces treaty ended. The "
	    "Extended Fund Facility paid.\n");
	assert_int_equal(actor("Intermediate-Range Nuclear Forces"), -1);
	assert_int_equal(actor("Extended Fund"), -1);
}

/* A spelling the gazetteer lacks, with its known acronym. */
static void
test_org_run_known_acronym(void **state)
{
	(void)state;
	run("The Economic Union of West Africa (ECOWAS) met.\n");
	is_mention("Economic Union of West Africa", "ECOWAS", 0);
	assert_int_equal(actor("Economic Union of West Africa"), -1);
}

static void
test_org_role_head(void **state)
{
	(void)state;
	run("The Democratic Unionist Party objected. The party has ten "
	    "seats.\n");
	is_mention("The party", "Democratic Unionist Party", TM_ROLE);
}

/* ", the party's leader", ", its leader": the body just named. */
static void
test_apposition_role_state(void **state)
{
	(void)state;
	run("The Democratic Unionist Party objected. Ann Foster, the "
	    "party's leader, said no. Ian Dodds, its deputy leader, "
	    "agreed.\n");
	assert_string_equal(state_of("Ann Foster"),
	    "Democratic Unionist Party");
	assert_string_equal(state_of("Ian Dodds"),
	    "Democratic Unionist Party");
}

static void
test_particle_name(void **state)
{
	(void)state;
	/* "al-" joined to the surname; ", then X's ruler" an apposition,
	 * the name's own before the title across the comma before it */
	run("The accord was signed by Jean Morel, France's president, Omar "
	    "al-Farouk, then Niger's ruler, and two others.\n");
	is_mention("Omar al-Farouk", "Omar al-Farouk", 0);
	assert_int_equal(kind_of("Omar al-Farouk"), TA_PERSON);
	assert_string_equal(state_of("Omar al-Farouk"), "Niger");
}

static void
test_demonym_lower_title(void **state)
{
	(void)state;
	run("Nigerien national security adviser Musa al-Kadir met the "
	    "envoy.\n");
	is_mention("Musa al-Kadir", "Musa al-Kadir", 0);
	assert_string_equal(state_of("Musa al-Kadir"), "Niger");
}

static void
test_given_name(void **state)
{
	(void)state;
	run("Nigerien Prime Minister Abiy Tessema opened the dam. Later "
	    "Abiy said the dam would bring power.\n");
	is_mention("Abiy", "Abiy Tessema", TM_SHORT);
	assert_int_equal(text_actor(txt, actor("Abiy Tessema"))->mentions,
	    2);
}

static void
test_given_name_shared(void **state)
{
	(void)state;
	/* two persons open with the name: neither */
	run("President Abiy Tessema met Abiy Kebede, a senior fellow at "
	    "the institute. Later Abiy said the dam would bring power.\n");
	no_mention("Abiy");
}

static void
test_given_name_surname(void **state)
{
	(void)state;
	/* a surname of another person comes first */
	run("President Abiy Tessema met Hailu Abiy, a senior fellow at "
	    "the institute. Later Abiy said the dam would bring power.\n");
	is_mention("Abiy", "Hailu Abiy", 0);
}

static void
test_who_person(void **state)
{
	(void)state;
	run("In Paris, Anna Kovacs, who was appointed minister on Monday, "
	    "spoke first.\n");
	is_mention("Anna Kovacs", "Anna Kovacs", 0);
	assert_int_equal(kind_of("Anna Kovacs"), TA_PERSON);
}

static void
test_who_people(void **state)
{
	(void)state;
	run("Crimean Tatars, who make up a tenth of the population, "
	    "boycotted the vote.\n");
	assert_int_equal(kind_of("Crimean Tatars"), TA_GROUP);
}

static void
test_title_aside(void **state)
{
	(void)state;
	run("The speaker of parliament, Arman Petrosyan, was attacked.\n");
	is_mention("Arman Petrosyan", "Arman Petrosyan", 0);
	assert_int_equal(kind_of("Arman Petrosyan"), TA_PERSON);
}

static void
test_apposition_possessor(void **state)
{
	(void)state;
	run("Jon Kessler, Mr Putin's son-in-law and senior adviser, flew "
	    "in.\n");
	assert_int_equal(kind_of("Jon Kessler"), TA_PERSON);
	assert_string_equal(state_of("Jon Kessler"), "Russia");
}

static void
test_they_org(void **state)
{
	(void)state;
	run("The Taliban took Kabul. They named a government.\n");
	is_mention("They", "Taliban", TM_PRONOUN);
}

/* Unsafe: a pair of actors, a plural noun, a state after. */
static void
test_they_pair(void **state)
{
	(void)state;
	run("France and the Taliban disagree, as they did before.\n");
	no_mention("they");
}

static void
test_they_plural_noun(void **state)
{
	(void)state;
	run("The Taliban said the two countries would lose their aid.\n");
	no_mention("their");
}

static void
test_they_state_after(void **state)
{
	(void)state;
	run("The Taliban met France. They spoke.\n");
	no_mention("They");
}

static void
test_pronoun_previous_sentence(void **state)
{
	(void)state;
	run("President Ali Keita arrived. He spoke briefly.\n");
	is_mention("He", "Ali Keita", TM_PRONOUN);
}

static void
test_pronoun_too_far(void **state)
{
	(void)state;
	/* three sentences of no person: too far even for the only
	 * person (test_text_mention_names: two may pass) */
	run("President Ali Keita arrived. Rain fell. Roads flooded. "
	    "Power failed. He spoke.\n");
	no_mention("He");
}

static void
test_possessive_pronoun(void **state)
{
	(void)state;
	run("President Ali Keita arrived with his wife.\n");
	is_mention("his", "Ali Keita", TM_PRONOUN);
}

static void
test_it_subject(void **state)
{
	(void)state;
	run("France recalled its envoy. It said the deal was void.\n");
	is_mention("its", "France", TM_PRONOUN);
	is_mention("It", "France", TM_PRONOUN);
}

static void
test_it_expletive(void **state)
{
	(void)state;
	run("France recalled the envoy. It is unclear why.\n");
	no_mention("It");
}

static void
test_role_title(void **state)
{
	(void)state;
	run("Foreign Minister Ali Keita arrived. President Musa Dan spoke. "
	    "The foreign minister left.\n");
	is_mention("The foreign minister", "Ali Keita", TM_ROLE);
}

static void
test_role_not_vice(void **state)
{
	(void)state;
	run("Vice President Ali Keita arrived. The president left.\n");
	no_mention("The president");
}

static void
test_the_country(void **state)
{
	(void)state;
	run("Niger closed its border. The junta said the country would "
	    "resist.\n");
	is_mention("the country", "Niger", TM_ROLE);
}

static void
test_the_bloc(void **state)
{
	(void)state;
	run("ECOWAS met on Sunday. The bloc set a deadline.\n");
	is_mention("The bloc", "ECOWAS", TM_ROLE);
}

static void
test_mentions_in_text_order(void **state)
{
	const struct text_mention *a, *b;
	guint	 i;

	(void)state;
	run("Ahmed Rustam met Russian envoys. Mr Rustam left Moscow.\n");
	assert_true(txt->mentions->len >= 4);
	for (i = 1; i < txt->mentions->len; i++) {
		a = text_mention(txt, i - 1);
		b = text_mention(txt, i);
		assert_true(a->start <= b->start);
	}
}

/* --- bounds and dump -------------------------------------------------------- */

static void
test_long_sentence_linear(void **state)
{
	GString	*s = g_string_new(NULL);
	gint64	 t0;
	guint	 i;

	(void)state;
	for (i = 0; i < 100000; i++)
		g_string_append(s, i % 7 == 0 ? "Keita Moscow " :
		    i % 5 == 0 ? "he " : "Word ");
	g_string_append(s, "end.\n");
	t0 = g_get_monotonic_time();
	run(s->str);
	g_string_free(s, TRUE);
	assert_true(g_get_monotonic_time() - t0 < 20 * G_USEC_PER_SEC);
	assert_true(txt->mentions->len > 0);
}

static void
test_dump(void **state)
{
	char	*buf = NULL;
	size_t	 n = 0;
	FILE	*f;

	(void)state;
	run("President Ali Keita said Moscow erred.\n");
	f = open_memstream(&buf, &n);
	text_dump(txt, f);
	fclose(f);
	assert_non_null(strstr(buf, "{\"name\": \"Ali Keita\", \"kind\": "
	    "\"person\", \"state\": null, \"mentions\": 1}"));
	assert_non_null(strstr(buf, "\"text\": \"Moscow\", \"actor\": "
	    "\"Russia\", \"kind\": \"state\", \"form\": \"metonym\"}"));
	free(buf);
}

#define T(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_state_by_name),
		T(test_capital_metonym),
		T(test_institution_metonym),
		T(test_capital_before_place_noun),
		T(test_name_inside_name),
		T(test_name_headline),
		T(test_demonym),
		T(test_name_is_not_metonym),
		T(test_short_form_case_sensitive),
		T(test_possessive_offsets),
		T(test_mention_offsets_exact),
		T(test_personlike_capital_in_name),
		T(test_ambiguous_resolved),
		T(test_ambiguous_unresolved),
		T(test_blocking_form),
		T(test_group_kind_kept),
		T(test_icu_regions),
		T(test_title_name),
		T(test_abbreviated_title),
		T(test_mr_without_full_stop),
		T(test_demonym_title_state),
		T(test_possessive_title_state),
		T(test_nationality_occupation),
		T(test_apposition_state),
		T(test_apposition_org),
		T(test_apposition_studied),
		T(test_said_after),
		T(test_said_before),
		T(test_the_late),
		T(test_no_context_no_person),
		T(test_context_later_confirms),
		T(test_sentence_initial_common_word),
		T(test_org_name_not_person),
		T(test_fullest_name),
		T(test_family_name_first),
		T(test_word_surname_needs_title),
		T(test_will_modal),
		T(test_gazetteer_person),
		T(test_front_matter_person),
		T(test_without_lexicon),
		T(test_surname_most_recent),
		T(test_surname_story_person),
		T(test_surname_just_named),
		T(test_surname_honorific_gender),
		T(test_pronoun_gender),
		T(test_pronoun_gender_unresolved),
		T(test_pronoun_gender_unknown),
		T(test_pronoun_learns_gender),
		T(test_org_run_acronym),
		T(test_org_run_of),
		T(test_org_run_generic),
		T(test_org_run_modifier),
		T(test_org_run_known_acronym),
		T(test_org_role_head),
		T(test_apposition_role_state),
		T(test_particle_name),
		T(test_demonym_lower_title),
		T(test_given_name),
		T(test_given_name_shared),
		T(test_given_name_surname),
		T(test_who_person),
		T(test_who_people),
		T(test_title_aside),
		T(test_apposition_possessor),
		T(test_they_org),
		T(test_they_pair),
		T(test_they_plural_noun),
		T(test_they_state_after),
		T(test_pronoun_previous_sentence),
		T(test_pronoun_too_far),
		T(test_possessive_pronoun),
		T(test_it_subject),
		T(test_it_expletive),
		T(test_role_title),
		T(test_role_not_vice),
		T(test_the_country),
		T(test_the_bloc),
		T(test_mentions_in_text_order),
		T(test_long_sentence_linear),
		T(test_dump),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
