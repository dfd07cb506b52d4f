/* SPDX-License-Identifier: MIT */
/*
 * The dump of the clause stage (English): each sentence's clauses as
 * JSON for --dump text.
 */
#include <stdio.h>
#include <string.h>

#include "text_clause_int.h"

static void
span(const struct text *t, FILE *f, guint first, guint n)
{
	const struct text_token *a, *z;

	if (n == 0) {
		fputs("null", f);
		return;
	}
	a = text_tok(t, first);
	z = text_tok(t, first + n - 1);
	text_json_slice(f, t->str->str + a->tstart, z->tend - a->tstart);
}

void
text_dump_clauses(const struct text *t, guint i, FILE *f)
{
	static const char *const kinds[] = {
		"main", "subord", "relative", "reported", "nonfinite"
	};
	static const char *const tenses[] = {
		"none", "past", "present", "future"
	};
	static const char *const mods[] = {
		"none", "possible", "conditional", "obligation", "scheduled",
		"want"
	};
	const struct text_sentence *se = text_sent(t, i);
	const struct text_clause *c;
	guint		 k;

	fputs("\"clauses\": [", f);
	for (k = 0; k < se->nclauses; k++) {
		c = text_clause(t, se->first_clause + k);
		fprintf(f, "%s\n    {\"start\": %zu, \"end\": %zu, \"text\": ",
		    k > 0 ? "," : "", c->start, c->end);
		text_json_slice(f, t->str->str + c->tstart,
		    c->tend - c->tstart);
		fprintf(f, ", \"kind\": \"%s\", \"parent\": %d,\n     "
		    "\"subject\": ", kinds[c->kind], c->parent);
		span(t, f, c->subj_first, c->subj_n);
		fputs(", \"actor\": ", f);
		if (c->subject >= 0 && (guint)c->subject < t->actors->len)
			text_json_slice(f, text_actor(t, c->subject)->name,
			    strlen(text_actor(t, c->subject)->name));
		else
			fputs("null", f);
		fputs(", \"verb\": ", f);
		span(t, f, c->verb_first, c->verb_n);
		fprintf(f, ", \"tense\": \"%s\", \"modality\": \"%s\", "
		    "\"negated\": %s, \"passive\": %s, \"object\": ",
		    tenses[c->tense], mods[c->modality],
		    c->negated ? "true" : "false",
		    c->passive ? "true" : "false");
		span(t, f, c->obj_first, c->obj_n);
		if (c->ante_n > 0 && c->ante_first < t->tokens->len &&
		    c->ante_n <= t->tokens->len - c->ante_first) {
			fputs(", \"antecedent\": ", f);
			span(t, f, c->ante_first, c->ante_n);
		}
		fputc('}', f);
	}
	fputs("]", f);
}
