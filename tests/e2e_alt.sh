#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the diagram in words (issue 16): --dump alt on the
# example names each edge --dump layout draws, with its boxes, direction
# and labels; a text without a figure prints nothing; the corpus's
# Spanish and French articles, when ../shared/corpus is there, are
# described in their own words.  Run from the top of the tree: sh
# tests/e2e_alt.sh.
. "$(dirname "$0")/e2e_lib.sh"

mkdir -p "$T/alt"
cp "$EX" "$T/alt/ex.md"

# --- the example --------------------------------------------------------

run "$T/alt" --dump layout ex.md
cp "$T/out" "$T/alt/ex.json"
run "$T/alt" --dump alt ex.md
check alt/status status_is 0
check alt/silent err_empty
check alt/no-pdf-written no_path "$T/alt/ex.pdf"
check alt/one-line sh -c '[ "$(wc -l <"$1")" -eq 1 ]' sh "$T/out"
check alt/head out_re '^Relations diagram\. Cooperative relation '
check alt/left-out out_re ' 2 more relations in the text\.$'
check alt/persons out_re \
    'Persons in the boxes: Vladimir Putin in .Russia.; Kim Jong Un in '
# each edge drawn, in the order drawn: its boxes, the way its arrow
# points (or none) and its labels
jq -r '. as $d | range(.edges | length) | [$d.edges[.].from,
    $d.edges[.].to, $d.labels[.].text] | join("\t")' "$T/alt/ex.json" \
    >"$T/alt/edges.tsv"
check alt/edges-in-layout sh -c '[ "$(wc -l <"$1")" -ge 5 ]' sh \
    "$T/alt/edges.tsv"
Q1=$(printf '\342\200\234')
Q2=$(printf '\342\200\235')
: >"$T/alt/want"
while IFS="$(printf '\t')" read -r _f _t _l; do
	printf 'from %s%s%s to %s%s%s: %s (\n' "$Q1" "$_f" "$Q2" "$Q1" "$_t" \
	    "$Q2" "$_l" >>"$T/alt/want"
	printf 'between %s%s%s and %s%s%s: %s (\n' "$Q1" "$_f" "$Q2" "$Q1" \
	    "$_t" "$Q2" "$_l" >>"$T/alt/want"
done <"$T/alt/edges.tsv"
check alt/every-edge-named sh -c 'while read -r a && read -r b; do
    grep -Fq -- "$a" "$2" || grep -Fq -- "$b" "$2" || exit 1; done <"$1"' \
    sh "$T/alt/want" "$T/out"
check alt/edge-count sh -c '[ "$(grep -o " relation \(from\|between\) " \
    "$1" | wc -l)" -eq "$(wc -l <"$2")" ]' sh "$T/out" "$T/alt/edges.tsv"
check alt/directions has_text "$T/out" "from ${Q1}North Korea${Q2} to \
${Q1}Russia${Q2}: invitation, visit, munitions (in 3 sentences)"
check alt/undirected has_text "$T/out" "hostile relation between \
${Q1}Russia${Q2} and ${Q1}Ukraine${Q2}: war (in 1 sentence)"

# --- no figure: nothing, exit 0 ------------------------------------------

printf 'A short paragraph about the weather in the valley.\n' \
    >"$T/alt/none.md"
run "$T/alt" --dump alt none.md
check alt/none-status status_is 0
check alt/none-empty sh -c '[ ! -s "$1" ]' sh "$T/out"
run "$T/alt" --dump alts none.md
check alt/unknown-dump-names-alt err_re 'unknown dump .*layout, alt or tags\)'

# --- the corpus's Spanish and French articles, when it is there ---------

CORPUS=$TOP/../shared/corpus
if [ -f "$CORPUS/301-es-colombia-acuerdo-paz-farc/article.md" ]; then
	run "$T/alt" --dump alt \
	    "$CORPUS/301-es-colombia-acuerdo-paz-farc/article.md"
	check alt/corpus-es-status status_is 0
	check alt/corpus-es-head out_re '^Diagrama de relaciones\. Relaci'
	check alt/corpus-es-words out_re \
	    ' entre .Colombia. y .Rodrigo Londo.+: acuerdo \(en 1 frase\)'
	check alt/corpus-es-caption out_re 'Tambi.n citados: .* 1 relaci.n '
	check alt/corpus-es-no-english sh -c '! grep -Eq \
	    "relation |sentence| from | to | and |Persons|Also named" "$1"' \
	    sh "$T/out"
fi
if [ -f "$CORPUS/304-fr-mali-fin-barkhane/article.md" ]; then
	run "$T/alt" --dump alt "$CORPUS/304-fr-mali-fin-barkhane/article.md"
	check alt/corpus-fr-status status_is 0
	check alt/corpus-fr-head out_re \
	    '^Sch.ma des relations\. Relation conflictuelle de ..Mali.. . '
	check alt/corpus-fr-words out_re \
	    'relation coop.rative entre ..Mali.. et ..Russie...: coop.ration'
	check alt/corpus-fr-persons out_re \
	    'Personnes dans les cases.: Emmanuel Macron et Jo.l Meyer dans'
	check alt/corpus-fr-no-english sh -c '! grep -Eq \
	    "relation from|sentence| to | and |Persons|Also named" "$1"' \
	    sh "$T/out"
fi
