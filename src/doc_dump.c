/* SPDX-License-Identifier: MIT */
/* The document model as JSON (--dump doc), deterministic. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "doc.h"
#include "json.h"

static void	dump_meta(const struct doc_meta *, FILE *);
static void	dump_blocks(const GPtrArray *, FILE *, int);


static void
indent(FILE *f, int n)
{
	fputc('\n', f);
	while (n-- > 0)
		fputs("  ", f);
}

/* "key": "value" with a comma before unless first. */
static void
kv(FILE *f, int ind, const char *key, const char *val, int first)
{
	if (!first)
		fputc(',', f);
	indent(f, ind);
	fprintf(f, "\"%s\": ", key);
	json_string(f, val);
}

static void
ki(FILE *f, int ind, const char *key, long val)
{
	fputc(',', f);
	indent(f, ind);
	fprintf(f, "\"%s\": %ld", key, val);
}

static void
strs(FILE *f, int ind, const char *key, const GPtrArray *a)
{
	guint	i;

	fputc(',', f);
	indent(f, ind);
	fprintf(f, "\"%s\": [", key);
	for (i = 0; i < a->len; i++) {
		if (i > 0)
			fputc(',', f);
		indent(f, ind + 1);
		json_string(f, ((const struct doc_str *)g_ptr_array_index(a, i))->s);
	}
	if (a->len > 0)
		indent(f, ind);
	fputc(']', f);
}

void
doc_dump(const struct doc *doc, FILE *f)
{
	fputc('{', f);
	kv(f, 1, "name", doc->name, 1);
	fputs(",\n  \"meta\": ", f);
	dump_meta(&doc->meta, f);
	fputs(",\n  \"blocks\": [", f);
	dump_blocks(doc->blocks, f, 2);
	fputs("\n}\n", f);
}

static void
dump_meta(const struct doc_meta *m, FILE *f)
{
	const struct doc_actor *a;
	const struct doc_note *n;
	guint	 i, j;

	fputc('{', f);
	kv(f, 2, "title", m->title, 1);
	kv(f, 2, "subtitle", m->subtitle, 0);
	kv(f, 2, "date", m->date, 0);
	ki(f, 2, "year", m->year);
	ki(f, 2, "month", m->month);
	ki(f, 2, "day", m->day);
	kv(f, 2, "author", m->author, 0);
	kv(f, 2, "organisation", m->organisation, 0);
	kv(f, 2, "classification", m->classification, 0);
	kv(f, 2, "lang", m->lang, 0);
	kv(f, 2, "format", m->format == DOC_FMT_TEXT ? "text" :
	    m->format == DOC_FMT_MARKDOWN ? "markdown" : NULL, 0);
	strs(f, 2, "summary", m->summary);
	fputs(",\n    \"source\": {", f);
	kv(f, 3, "publication", m->src_publication, 1);
	kv(f, 3, "url", m->src_url, 0);
	kv(f, 3, "published", m->src_published, 0);
	kv(f, 3, "retrieved", m->src_retrieved, 0);
	fputs("\n    }", f);
	fprintf(f, ",\n    \"chronology_off\": %s",
	    m->chronology_off ? "true" : "false");
	strs(f, 2, "chronology", m->chronology);
	fputs(",\n    \"actors\": [", f);
	for (i = 0; i < m->actors->len; i++) {
		a = g_ptr_array_index(m->actors, i);
		fputs(i > 0 ? ",\n      {" : "\n      {", f);
		fputs("\"name\": ", f);
		json_string(f, a->name);
		fputs(", \"aliases\": [", f);
		for (j = 0; j < a->aliases->len; j++) {
			if (j > 0)
				fputs(", ", f);
			json_string(f, g_ptr_array_index(a->aliases, j));
		}
		fputs("], \"kind\": ", f);
		json_string(f, a->kind);
		fprintf(f, ", \"hide\": %s, \"line\": %d}",
		    a->hide ? "true" : "false", a->pos.line);
	}
	fputs(m->actors->len > 0 ? "\n    ]" : "]", f);
	strs(f, 2, "relations", m->relations);
	fputs(",\n    \"notes\": [", f);
	for (i = 0; i < m->notes->len; i++) {
		n = g_ptr_array_index(m->notes, i);
		fputs(i > 0 ? ",\n      {" : "\n      {", f);
		fputs("\"term\": ", f);
		json_string(f, n->term);
		fputs(", \"text\": ", f);
		json_string(f, n->text);
		fputc('}', f);
	}
	fputs(m->notes->len > 0 ? "\n    ]" : "]", f);
	kv(f, 2, "glossary", m->glossary, 0);
	fprintf(f, ",\n    \"attach_source\": %s\n  }",
	    m->attach_source ? "true" : "false");
}

static const char *const type_names[] = {
	"heading", "para", "list", "item", "quote", "code", "table", "row",
	"cell", "image"
};

static const char *const align_names[] = {
	"default", "left", "center", "right"
};

static void
dump_spans(const GPtrArray *spans, FILE *f, int ind)
{
	static const struct {
		unsigned	 bit;
		const char	*name;
	} bits[] = {
		{ SPAN_EM, "em" }, { SPAN_STRONG, "strong" },
		{ SPAN_CODE, "code" }, { SPAN_LINK, "link" },
		{ SPAN_BREAK, "break" }, { SPAN_STRIKE, "strike" },
		{ SPAN_FOOTREF, "footnote" }
	};
	const struct doc_span *sp;
	guint		 i, j, k;

	for (i = 0; i < spans->len; i++) {
		sp = g_ptr_array_index(spans, i);
		if (i > 0)
			fputc(',', f);
		indent(f, ind);
		fputs("{\"text\": ", f);
		json_string(f, sp->text);
		fputs(", \"style\": [", f);
		for (j = k = 0; j < G_N_ELEMENTS(bits); j++)
			if (sp->style & bits[j].bit)
				fprintf(f, "%s\"%s\"", k++ > 0 ? ", " : "",
				    bits[j].name);
		fputs("], \"href\": ", f);
		json_string(f, sp->href);
		fprintf(f, ", \"line\": %d, \"col\": %d, \"offset\": %zu}",
		    sp->pos.line, sp->pos.col, sp->off);
	}
}

/* Nesting is bounded by DOC_MAX_DEPTH. */
static void
dump_blocks(const GPtrArray *blocks, FILE *f, int ind)
{
	const struct doc_node *n;
	guint		 i;

	for (i = 0; i < blocks->len; i++) {
		n = g_ptr_array_index(blocks, i);
		if (i > 0)
			fputc(',', f);
		indent(f, ind);
		fprintf(f, "{\"type\": \"%s\"", type_names[n->type]);
		if (n->type == DOC_HEADING || n->type == DOC_LIST)
			fprintf(f, ", \"level\": %d", n->level);
		if (n->type == DOC_LIST)
			fprintf(f, ", \"ordered\": %s, \"start\": %d",
			    n->ordered ? "true" : "false", n->start);
		if (n->type == DOC_ROW && n->head)
			fputs(", \"head\": true", f);
		if (n->type == DOC_CELL)
			fprintf(f, ", \"align\": \"%s\"",
			    align_names[n->align]);
		fprintf(f, ", \"line\": %d, \"col\": %d, \"offset\": %zu",
		    n->pos.line, n->pos.col, n->off);
		if (n->dateline > 0)
			fprintf(f, ", \"dateline\": %zu", n->dateline);
		if (n->src != NULL) {
			fputs(", \"src\": ", f);
			json_string(f, n->src);
		}
		fputs(n->spans != NULL ? ", \"spans\": [" :
		    ", \"children\": [", f);
		if (n->spans != NULL) {
			dump_spans(n->spans, f, ind + 1);
			if (n->spans->len > 0)
				indent(f, ind);
			fputc(']', f);
		} else
			dump_blocks(n->children, f, ind + 1);
		fputc('}', f);
	}
	if (blocks->len > 0)
		indent(f, ind - 1);
	fputc(']', f);
}
