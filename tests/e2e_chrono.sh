#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the chronology's rules of issue 10: the headline
# checks (tests/headline_check.py, which make eval runs over the corpus)
# on entries made by hand, each rule caught and good headlines passed;
# then --dump events and the sidebar on a short English article with
# events to come (tests/e2e/chrono-scheduled.md).  Run from the top of
# the tree: sh tests/e2e_chrono.sh.
. "$(dirname "$0")/e2e_lib.sh"

HC=$TOP/tests/headline_check.py

# hc FILE...: run the checker; its output to $T/out, status to $rc.
hc() {
	last="headline_check.py $*"
	(cd "$T/hc" && exec python3 "$HC" "$@") >"$T/out" 2>"$T/err"
	rc=$?
}

# flags TEXT REASON: the checker's line for TEXT gives REASON.
flags() {
	why="no line '\"$1\": ...$2...' in: $(head -c 300 "$T/out")"
	grep -F -- "\"$1\": " "$T/out" | grep -Fq -- "$2"
}

# passes TEXT: the checker prints no line for TEXT.
passes() {
	why="flagged: $(grep -F -- "\"$1\"" "$T/out" | head -1)"
	! grep -Fq -- "\"$1\"" "$T/out"
}

# --- the headline checks on entries made by hand ---------------------------

if ! command -v python3 >/dev/null 2>&1; then
	echo "FAIL headlines/python3"
	echo "  python3 is missing (a test dependency: DEB_TEST)"
fi
mkdir -p "$T/hc"
# ev TEXT [ACTORS_JSON]: one extracted entry of a dump.
ev() {
	printf '  {"date": "2024-05-02", "precision": "day", "qualifier": null,'
	printf ' "text": "%s", "line": 3, "source": "extracted",' "$1"
	printf ' "actors": %s},\n' "${2:-[]}"
}
GOOD='Arland and Borovia sign a border treaty in Geneva
Beijing hosts talks on the ceasefire
Self-declared republic ceases to exist
Talks resume in Vienna
Agreed Framework collapses
The treaty enters into force
Parliament votes to leave the bloc
Ann and Bob sign a new border pact in Bern after talks'
BAD='Ann and Bob sign a new border pact in Bern after very long talks|14 words
Arland closes the border; Borovia protests|contains ";"
talks collapse in Vienna|starts with "talks", not capitalised
Who signed the treaty in Geneva|relative pronoun "Who"
Whose coverage angered the region|relative pronoun "Whose"
Seized power in the capital|verb form "Seized"
Took office as prime minister|verb form "Took"
Pulling its troops out of the region|verb form "Pulling"
Has been trying to mediate|verb form "Has"
Halts a war that began|verb form "Halts"
The treaty enters into force on|ends on "on"
Arland signs the|ends on "the"
Arland and|ends on "and"
2025 Poland 4.1%|starts with "2025", not a capitalised word
(Reuters) Talks collapse|starts with "(Reuters)", not a capitalised word'
{
	echo '['
	printf '%s\n' "$GOOD" | while IFS= read -r _t; do ev "$_t"; done
	# what gives "Agreed" its capital inside another text: a name
	ev 'Washington strikes the Agreed Framework with Pyongyang'
	# a name of the actors, though it ends like a verb
	ev 'Tarling signs a deal with Borovia' '["Tarling"]'
	# the document's and the front matter's own entries are not checked
	printf '  {"date": "2024-05-03", "text": "This briefing: who of",'
	printf ' "source": "document"},\n'
	printf '  {"date": "2024-05-04", "text": "seized the",'
	printf ' "source": "frontmatter"}\n'
	echo ']'
} >"$T/hc/good.json"
{
	echo '['
	printf '%s\n' "$BAD" | while IFS='|' read -r _t _r; do ev "$_t"; done
	# without the actor, the same text starts with a verb form
	printf '  {"date": "2024-05-02", "text": "Tarling signs a deal",'
	printf ' "source": "extracted"}\n'
	echo ']'
} >"$T/hc/bad.json"

hc good.json
check headlines/good-pass status_is 0
check headlines/good-silent test ! -s "$T/out"
hc --summary good.json
check headlines/good-summary out_re '^headlines: 0 of 10 entries fail$'
hc bad.json
check headlines/bad-status status_is 1
_n=0
printf '%s\n' "$BAD" | {
	while IFS='|' read -r _t _r; do
		_n=$((_n + 1))
		check "headlines/bad-$_n" flags "$_t" "$_r"
	done
}
check headlines/name-needs-evidence flags 'Tarling signs a deal' \
    'verb form "Tarling"'
check headlines/line-format out_re \
    '^bad\.json: 2024-05-02 "Arland and": ends on "and"$'
hc --summary good.json bad.json
check headlines/both-summary out_re '^headlines: 16 of 26 entries fail$'
for _t in 'Beijing hosts talks on the ceasefire' 'Agreed Framework collapses' \
    'Tarling signs a deal with Borovia'; do
	check "headlines/passes-${_t%% *}" passes "$_t"
done
hc missing.json
check headlines/unreadable-status status_is 2
echo '{"not": "a list"}' >"$T/hc/obj.json"
hc obj.json
check headlines/not-a-list-status status_is 2

# --- events to come, on an English article ------------------------------------

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi
mkdir -p "$T/sch"
cp "$TOP/tests/e2e/chrono-scheduled.md" "$T/sch/a.md"
run "$T/sch" --dump events a.md
check scheduled/status status_is 0
cp "$T/out" "$T/sch/events.json"
# a date without a year in a past clause: back from the briefing's date
check scheduled/past-backward jq_ok '([.[].date] | index("2024-12-05")) and
    ([.[].date] | index("2025-12-05") | not)'
# "are due to ... in February": forward, and scheduled
check scheduled/due-forward jq_ok '([.[].date] | index("2025-02")) and
    ([.[].date] | index("2024-02") | not)'
check scheduled/due-flag jq_ok '[.[] | select(.date == "2025-02") |
    .scheduled] == [true]'
# nothing before the briefing's date is to come
check scheduled/past-not-flagged jq_ok '[.[] | select(.date < "2025-01-14")
    | .scheduled] | length > 3 and all(. == false)'
# "talks that ran from 2019 to 2023": one entry, with its end
check scheduled/range jq_ok '[.[] | select(.date == "2019") | .end] ==
    ["2023"] and ([.[] | select(.date == "2023")] | length == 0)'
# every entry a headline
check scheduled/headlines sh -c 'cd "$1" && python3 "$2" events.json' \
    sh "$T/sch" "$HC"
# TODO(chrono rewrite, issue 10 rule 1): "The treaty enters into force
# on March 1" in a briefing of January 2025 resolves forward and is
# scheduled; today it is 2024-03-01, not scheduled.  Enable when
# src/chrono.c does it:
#check scheduled/future-forward jq_ok '[.[] | select(.text |
#    test("force")) | [.date, .scheduled]] == [["2025-03-01", true]]'

# the sidebar: the timeline up to the briefing's own entry, then what is
# to come under its heading; the range's label with an en dash
run "$T/sch" a.md
check scheduled/pdf-status status_is 0
: >"$T/poppler.err"
pdftext "$T/sch/a.pdf" "$T/sch/a.txt"
check scheduled/sidebar in_order "$T/sch/a.txt" "CHRONOLOGY|2019–2023|\
5 Dec 2024|14 Jan 2025|THIS BRIEFING|COMING UP|Feb 2025|ABOUT THIS BRIEFING"
# TODO(chrono rewrite): with the treaty's date forward, it stands under
# the heading after the vote.  Enable with scheduled/future-forward:
#check scheduled/coming-up-treaty in_order "$T/sch/a.txt" \
#    "THIS BRIEFING|COMING UP|Feb 2025|1 Mar 2025|ABOUT THIS BRIEFING"
