/* SPDX-License-Identifier: MIT */
/*
 * The actors' helpers of extract.c: names as the text writes them and
 * the forms that name no actor (extract_names.c), the persons' titles
 * and their relations (extract_title.c).  Included by extract.c,
 * extract_names.c and extract_title.c only.
 */
#ifndef BRIEFING_EXTRACT_ACTORS_H
#define BRIEFING_EXTRACT_ACTORS_H

#include <glib.h>

#include "extract_int.h"

/* extract.c */
/* The folder of the gazetteer and the cue lexicon. */
const char	*extract_assets(void);
/* The actor of the layer's mention starting at word i: its entry in
 * *ent, and its number of words; 0 when none starts there. */
guint		 extract_layer_at(struct run *, guint, int *);

/* extract_names.c */
/* States and organisations named as the text names them. */
void		 extract_own_names(struct run *);
/* Persons of the gazetteer named as the text spells them. */
void		 extract_own_spelling(struct run *);
/* The demonym or capital at words [i, i + len) of sentence s..e names
 * no government: not counted. */
int		 extract_loose_form(struct run *, guint, guint, guint, guint,
		    unsigned);

/* extract_title.c */
/* A title before word i of sentence s..: 1, and *qual the state or
 * organisation it names (-1). */
int		 extract_title_before(struct run *, guint, guint, int *);
/* The titles of the sentence s..e's persons and their relations. */
void		 extract_person_titles(struct run *, guint, guint, int);

#endif
