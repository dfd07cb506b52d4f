/* SPDX-License-Identifier: MIT */
/*
 * Internals of the mentions stage, shared by text_mention.c (the pass,
 * actors, mentions), text_mention_person.c (persons' names),
 * text_mention_gaz.c (the gazetteer), text_mention_org.c (organisations
 * outside it) and text_mention_words.c (word lists, titles and
 * appositions, pronouns and roles).  Included by those files only.
 */
#ifndef BRIEFING_TEXT_MENTION_INT_H
#define BRIEFING_TEXT_MENTION_INT_H

#include <string.h>

#include <glib.h>

#include "gazetteer.h"
#include "text_int.h"


#define NAME_WORDS	5	/* words of a person's name at most */
#define CHAIN_MAX	6	/* words of a title at most */
#define APPOS_MAX	8	/* words of an apposition searched */
#define OCC_MAX		3	/* "American [freelance] journalist X" */
#define RECENT		16	/* persons remembered for roles */
#define PRON_SENTS	1	/* he/she: this or the previous sentence */
#define NEAR_SENTS	3	/* "it", "the country", a role */
#define WORD_KEY	64	/* bytes of a word compared with a list */

/* Per actor: what coreference needs. */
struct ainfo {
	const char	*surname;	/* persons: key in surnames */
	const char	*title;		/* head of the last title, lower */
	const char	*chain;		/* the whole title, lower */
	int		 full;		/* named by two words or more */
	int		 seen;		/* sentence of the last mention + 1 */
	int		 fullseen;	/* the same, named by two words */
	int		 gender;	/* GENDER_* */
	guint		 last;		/* index of the last mention + 1 */
	int		 coup;		/* es, fr, de organisations: 1 its
					 * name makes it a junta, 2 not, 0
					 * not yet known */
};

/* A person's gender, where the text gives it: an honorific ("Mr",
 * "Ms"), a gendered title ("queen"), a pronoun when no other person
 * stands near. */
#define GENDER_NONE	0
#define GENDER_MALE	1
#define GENDER_FEMALE	2

/*
 * A full name seen without a person's context ("Ashraf Ghani fled"): a
 * person once "Mr Ghani" confirms it, with these mentions.
 */
struct cand {
	char		*name;
	GArray		*ments;		/* struct text_mention, actor -1 */
	int		 subject;	/* once before a finite verb */
};

#define CAND_MENTIONS	8	/* mentions kept of a candidate */

struct run {
	struct text	*t;
	enum text_lang	 lang;		/* TEXT_ES, _FR, _DE: their lists
					 * too (text_mention_lang.c) */
	const struct lex *lex;
	guint		 sent;		/* current sentence */
	int		 heading;
	int		 nouns_cap;	/* German: every noun capitalised */
	size_t		 base;		/* its text offset in t->str */
	GArray		*toks;		/* struct tok of the sentence */
	GArray		*at;		/* guint: token of a word's start */
	GArray		*atend;		/* guint: token of its last byte */
	GArray		*cover;		/* int: mention index + 1, per word */
	GStringChunk	*chunk;		/* words of the sentence */
	GStringChunk	*keep;		/* names, surnames, titles */
	GArray		*info;		/* struct ainfo, per actor */
	GHashTable	*byname;	/* folded name -> actor + 1 */
	GHashTable	*surnames;	/* surname -> GArray int of persons */
	GHashTable	*cands;		/* surname -> struct cand * */
	GHashTable	*bodies;	/* a body's name seen once ->
					 * struct cand * */
	GHashTable	*acros;		/* acronym defined -> actor + 1 */
	GHashTable	*parts;		/* es, fr, de: two words or more of
					 * a person's name, folded ("Ali
					 * Bongo", "López Obrador") ->
					 * person + 1, -1 shared */
	GHashTable	*given;		/* first word of a person's full
					 * name -> person + 1, -1 shared */
	int		*gaz;		/* gazetteer entry -> actor, -1 */
	guint		*gazn;		/* forms of an entry in the text */
	guint		 ngaz;
	int		 recent[RECENT];	/* ring of persons */
	guint		 nrecent;
	int		 last_person, last_state, last_org;
	int		 junta;		/* es, fr, de: the actor "la junte"
					 * names, -1 */
	guint		 plural;	/* mentions before the last plural:
					 * "the rebels", "X and Y" */
	guint		 plural_sent;	/* its sentence */
};

/* Word lists (text_mention_words.c), lower case, NULL-ended. */
extern const char *const tm_honorifics[];
extern const char *const tm_titles[];
extern const char *const tm_title_parts[];
extern const char *const tm_stops[];
extern const char *const tm_word_names[];
extern const char *const tm_org_words[];
extern const char *const tm_speech[];
extern const char *const tm_particles[];
extern const char *const tm_family_first[];
extern const char *const tm_places[];
extern const char *const tm_he_she[];
extern const char *const tm_expletive[];
extern const char *const tm_org_roles[];
extern const char *const tm_peers[];
extern const char *const tm_male[];
extern const char *const tm_female[];

/* text_mention_lang.c: the lists of Spanish, French and German. */
#define LW_TITLE	0	/* "presidente", "général", "Kanzlerin" */
#define LW_TPART	1	/* "general", "ancien", "frühere" */
#define LW_STOP		2	/* "El", "Selon", "Der": never a name */
#define LW_SPEECH	3	/* "dijo", "déclaré", "sagte" */
#define LW_DET		4	/* before a title: "el", "son", "der" */
#define LW_HONOR	5	/* "M.", "Sra.", "Frau" */

/* The run reads r->t's language (ES, FR, DE), else English only. */
static inline int
is_lang(const struct run *r)
{
	return r->lang == TEXT_ES || r->lang == TEXT_FR || r->lang == TEXT_DE;
}

int		 tm_lang_is(const struct run *, guint, int);
/* Word w of n bytes is in list l (lower case). */
int		 tm_lang_listed(const char *, size_t, const char *const *);
/* Word i is an adjective after a noun: "économique", "nacional". */
int		 tm_lang_adjective(const struct run *, guint);

/* --- words ---------------------------------------------------------------- */

static inline const struct tok *
W(const struct run *r, guint i)
{
	return &g_array_index(r->toks, struct tok, i);
}

static inline guint
nw(const struct run *r)
{
	return r->toks->len;
}

/* Word i is in the list (lower case, a final "." ignored). */
static inline int
is_in(const struct run *r, guint i, const char *const *l)
{
	const char	*w = W(r, i)->low;
	size_t		 n = strlen(w);

	if (n > 1 && w[n - 1] == '.')
		n--;
	/* the first letter first: it settles nearly every entry */
	for (; *l != NULL; l++)
		if ((*l)[0] == w[0] && strncmp(w, *l, n) == 0 &&
		    (*l)[n] == '\0')
			return 1;
	return 0;
}

static inline int
cap(const struct run *r, guint i)
{
	return (W(r, i)->f & TOK_CAP) != 0;
}

/* Punctuation or a possessive ends word i's phrase. */
static inline int
ends(const struct run *r, guint i)
{
	return (W(r, i)->f & (TOK_PUNCT | TOK_POSS)) != 0;
}

static inline int
is_title(const struct run *r, guint i)
{
	if (is_lang(r))
		return tm_lang_is(r, i, LW_TITLE) || tm_lang_is(r, i, LW_HONOR);
	return (W(r, i)->wc & WC_TITLE) || is_in(r, i, tm_titles) ||
	    is_in(r, i, tm_honorifics);
}

static inline int
is_tpart(const struct run *r, guint i)
{
	if (is_lang(r))
		return tm_lang_is(r, i, LW_TPART);
	return (W(r, i)->wc & WC_TMOD) || is_in(r, i, tm_title_parts);
}

static inline int
is_stop(const struct run *r, guint i)
{
	if (is_lang(r))
		return tm_lang_is(r, i, LW_STOP);
	return (W(r, i)->wc & WC_STOP) || is_in(r, i, tm_stops);
}

/* Never inside a name: titles, their parts, stop words. */
static inline int
nonname(const struct run *r, guint i)
{
	return is_title(r, i) || is_tpart(r, i) || is_stop(r, i);
}

/* The mention covering word i, or NULL. */
static inline const struct text_mention *
covered(const struct run *r, guint i)
{
	int	m = g_array_index(r->cover, int, i);

	return m > 0 ? text_mention(r->t, (guint)m - 1) : NULL;
}

static inline const struct text_actor *
A(const struct run *r, int a)
{
	return text_actor(r->t, a);
}

static inline struct ainfo *
I(const struct run *r, int a)
{
	return &g_array_index(r->info, struct ainfo, a);
}

/* text_mention.c */
/* A new actor (name, kind, gazetteer entry or -1): its index. */
int		 tm_actor_new(struct run *, const char *, enum text_actor_kind,
		    int);
/* A mention of actor a over words [i, j), in *m (not yet added); m
 * added to the text's mentions. */
void		 tm_make_mention(struct run *, guint, guint, int, unsigned,
		    struct text_mention *);
void		 tm_push_mention(struct run *, const struct text_mention *);
/* The actor of gazetteer entry e, made on first use; -1. */
int		 tm_gaz_actor(struct run *, int);
/* a, if mentioned within the last n sentences, else -1. */
int		 tm_near(const struct run *, int, guint);
/* A mention of actor a over words [i, j): its index. */
int		 tm_add_mention(struct run *, guint, guint, int, unsigned);
/* The organisation named name, made on first use. */
int		 tm_org_actor(struct run *, const char *);

/* text_mention_person.c */
/* A new person named name (surname: computed when NULL), of gazetteer
 * entry gaz or -1: its index. */
int		 tm_person_new(struct run *, const char *, const char *, int);
/* Frees a candidate name (struct cand) of the table of candidates. */
void		 tm_cand_free(gpointer);
/* A run of capitalised words at word i read as a name: the words
 * consumed, 0. */
guint		 tm_name_run(struct run *, guint);
/* Words [i, j) as a name is written ("Kim Jong-un"): g_free it. */
char		*tm_name_text(const struct run *, guint, guint);
/* Word i is a word of a name: capitalised, not an acronym. */
int		 tm_name_word(const struct run *, guint);
/* The person word i names by a surname already seen, or -1. */
int		 tm_surname_person(const struct run *, guint);
/* A body's name seen once at words [i, j); the organisation it is when
 * seen again, with that mention (-1: not seen). */
void		 tm_body_note(struct run *, const char *, guint, guint);
int		 tm_body_take(struct run *, const char *);

/* text_mention_gaz.c */
/* The gazetteer's form at word i: words (0 none), actor, TM_* flags. */
int		 tm_gaz_match(struct run *, guint, int *, unsigned *);
int		 tm_gaz_namesake(const struct run *, const char *,
		    const char *);

/* text_mention_words.c */
/* GENDER_* of word i: "Mr", "she", "queen"... */
int		 tm_gender(const struct run *, guint);
int		 tm_title_before(struct run *, guint, int *, GString *);
int		 tm_apposition(struct run *, guint, int *, GString *);
void		 tm_context(struct run *, int, guint, guint);
/* Words [i, j) name a people ("Crimean Tatars"). */
int		 tm_people(const struct run *, guint, guint);
/* The name at words [i, j) stands between commas after a title ("the
 * speaker of parliament, X,"). */
int		 tm_title_aside(const struct run *, guint, guint);
guint		 tm_refer(struct run *, guint);
/* Word i is a regnal number after a name ("Felipe VI"). */
int		 tm_roman(const struct run *, guint);
/* "led by", "the administration of" before word i. */
int		 tm_led_by(const struct run *, guint);
/* "resigned as finance minister" after the name ending before j. */
int		 tm_as_title(const struct run *, guint);
/* "X and Y, the leaders of": the name before word j paired with one
 * with an apposition. */
int		 tm_paired(struct run *, guint);

/* text_mention_lang.c */
/* The sentence's words read for the language: French elisions cut
 * ("l'Union": "l'", "Union"), lower case beyond ASCII. */
void		 tm_lang_words(struct run *);
/* A verb of speech before word i ("dijo X") or after the name ending
 * before word j ("X a déclaré", "X sagte"). */
int		 tm_lang_speech(const struct run *, guint, guint);
/* Words between a title and the name at word i ("el presidente
 * venezolano X"): the title's end, else i; *qual gets a demonym's
 * state. */
guint		 tm_lang_adjs(const struct run *, guint, int *);
/* "the titled, X," in the language: "el canciller mexicano, X,", "der
 * Botschafter in Berlin, X,": 1, *qual the state or body named there. */
int		 tm_lang_aside(const struct run *, guint, guint, int *);
/* After the name ending before j, a title and another name: the title
 * is that name's. */
int		 tm_lang_next_name(const struct run *, guint);
/* An age after the name at [i, j) (", 60 ans"), or the government it
 * leads before it ("el Gobierno de X"): a person. */
int		 tm_lang_person(const struct run *, guint, guint);
/* A party in brackets after the person's name ending before j
 * ("X (SPD)"): the words consumed. */
guint		 tm_lang_party(struct run *, guint);
/* A body named in the language ("la Cour constitutionnelle",
 * "Consejo Nacional Electoral (CNE)"): the words consumed, 0. */
guint		 tm_lang_org(struct run *, guint);

/* text_mention_acro.c: an acronym shown to be an organisation
 * ("FPÖ-Chef", "ÖVP und FPÖ"); an ordinal opening a name; a quoted
 * newspaper that reports ("„Bild“ berichtete"). */
guint		 tm_lang_acro(struct run *, guint);
int		 tm_lang_ordinal(const struct run *, guint);
guint		 tm_lang_outlet(struct run *, guint);
/* A gazetteer's state form at word i of len words names no actor
 * there: "golfe de Guinée", "en français". */
int		 tm_lang_place(const struct run *, guint, guint, unsigned);
/* Name's folded key for the language: case and accents dropped (ICU);
 * g_free it. */
char		*tm_lang_key(const struct run *, const char *);

/* The key of name in the table of actors by name: case-folded; in
 * Spanish, French and German without accents too. */
static inline char *
tm_key(const struct run *r, const char *name)
{
	return is_lang(r) ? tm_lang_key(r, name) : g_utf8_casefold(name, -1);
}

/* text_mention_desc.c: definite descriptions in es, fr, de ("la
 * junte", "l'organisation régionale", "das Bündnis") at word i: the
 * words consumed, 0; an organisation mentioned (a): a junta when its
 * name says so ("Comité ... de transition"). */
guint		 tm_lang_desc(struct run *, guint);
void		 tm_lang_desc_seen(struct run *, int);

/* text_mention_org.c */
/* Word e, after a name, is a finite verb: the name is a subject. */
int		 tm_verb_after(const struct run *, guint);
/* An organisation outside the gazetteer at word i ("the Democratic
 * Unionist Party (DUP)", "the DUP"): the words consumed, 0. */
guint		 tm_org_run(struct run *, guint);

#endif
