# SPDX-License-Identifier: MIT
# Shared by the end-to-end test scripts (sourced, not run): the binary,
# the inputs, a scratch directory removed on exit, and the check helpers.
# Each check prints "ok NAME" or "FAIL NAME" and indented detail lines.
export LC_ALL=C.UTF-8
unset SOURCE_DATE_EPOCH
TOP=$(pwd)
B=${BRIEFING_BIN:-build/briefing}
case $B in /*) ;; *) B=$TOP/$B ;; esac
EX=$TOP/assets/examples/putin-north-korea.md
SEED=$TOP/tests/e2e/article.txt
HY=$(printf '\342\200\220')		# U+2010 HYPHEN
FFFD=$(printf '\357\277\275')		# U+FFFD REPLACEMENT CHARACTER

# Time limits of a run: valgrind is some 30 times slower.
TSCALE=1
[ -n "${BRIEFING_VALGRIND:-}" ] && TSCALE=30

T=$(mktemp -d "${TMPDIR:-/tmp}/briefing-e2e.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM
: >"$T/err"
rc=0
last='(none)'

# --- helpers -------------------------------------------------------------

# run DIR ARG...: run briefing in DIR; stdout, stderr to $T/out, $T/err,
# exit status to $rc.
run() {
	_d=$1
	shift
	last="(cd ${_d#"$T"/} && briefing $*)"
	(cd "$_d" && exec timeout $((20 * TSCALE)) "$B" "$@") >"$T/out" \
	    2>"$T/err" </dev/null
	rc=$?
}

# check NAME COMMAND...: "ok NAME" if COMMAND succeeds, else "FAIL NAME"
# and why (set by the helper), the last run and its stderr.
check() {
	_name=$1
	shift
	why=
	if "$@" >/dev/null 2>&1; then
		echo "ok $_name"
		return 0
	fi
	echo "FAIL $_name"
	if [ -n "$why" ]; then
		printf '%s\n' "$why" | cut -c1-300 | sed 's/^/  /'
	else
		echo "  check: $*"
	fi
	echo "  last run: $last -> exit $rc"
	sed -n '1,8p' "$T/err" | cut -c1-300 | sed 's/^/  stderr: /'
	return 1
}

status_is() {
	why="exit status $rc, expected $1"
	[ "$rc" -eq "$1" ]
}

# Exit 0 or 1, and no crash, signal or timeout.
clean_exit() {
	why="exit status $rc, expected 0 or 1 (124: timeout, >128: signal)"
	[ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]
}

err_re() {
	why="stderr has no line matching /$1/"
	grep -Eq -- "$1" "$T/err"
}

err_empty() {
	why="stderr is not empty"
	[ ! -s "$T/err" ]
}

out_re() {
	why="stdout has no line matching /$1/: $(head -c 200 "$T/out")"
	grep -Eq -- "$1" "$T/out"
}

# file_re FILE ERE: a line of FILE matches.
file_re() {
	why="no line of ${1#"$T"/} matches /$2/"
	grep -Eq -- "$2" "$1"
}

# has_text FILE STRING: fixed STRING in the normalised text FILE.
has_text() {
	why="'$2' not in the text of ${1#"$T"/}"
	grep -Fq -- "$2" "$1"
}

lacks_text() {
	why="'$2' found in the text of ${1#"$T"/}"
	! grep -Fq -- "$2" "$1"
}

# pdf_ok PDF: the file exists and pdfinfo reads it.
pdf_ok() {
	why="${1#"$T"/}: missing or unreadable: $(pdfinfo "$1" 2>&1 |
	    head -2)"
	[ -f "$1" ] && pdfinfo "$1" >/dev/null 2>&1
}

# pdftext PDF TXT: pdftotext -raw, then one line: a '-' ending a line is a
# discretionary hyphen (removed), U+2010 ending a line is kept and joins,
# other line ends are spaces; U+2010 becomes '-'; spaces squeezed.
pdftext() {
	pdftotext -raw "$1" "$2.raw" 2>>"$T/poppler.err"
	tr -d '\f' <"$2.raw" | sed -e ':a' -e 'N' -e '$!ba' \
	    -e 's/-\n//g' -e "s/$HY\\n/$HY/g" -e 's/\n/ /g' \
	    -e "s/$HY/-/g" -e 's/[[:space:]][[:space:]]*/ /g' >"$2"
	echo >>"$2"
}

# in_order FILE 'S1|S2|...': each string found after the previous one.
in_order() {
	why=$(awk -v list="$2" '{ t = t $0 " " }
	    END {
		n = split(list, s, "|")
		p = 0
		for (i = 1; i <= n; i++) {
			j = index(substr(t, p + 1), s[i])
			if (j == 0) {
				print "not found after the previous one: " s[i]
				exit 1
			}
			p += j + length(s[i]) - 1
		}
	    }' "$1")
}

# All fonts embedded, subset, with a ToUnicode map; at least one font.
fonts_ok() {
	why="pdffonts (emb sub uni must be yes):
$(pdffonts "$1" 2>&1)"
	pdffonts "$1" 2>/dev/null | awk 'NR > 2 { n++
	    if ($(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes")
		bad++ }
	    END { exit !(n > 0 && bad == 0) }'
}

# has_font PDF ERE: a font name (subset tag removed) matches ERE.
has_font() {
	why="no font matching /$2/ in: $(pdffonts "$1" 2>/dev/null |
	    awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); printf "%s ", $1 }')"
	pdffonts "$1" 2>/dev/null | awk -v re="$2" 'NR > 2 {
	    sub(/^[A-Z]+\+/, "", $1); if ($1 ~ re) f = 1 }
	    END { exit !f }'
}

info_re() {
	why="pdfinfo ${1#"$T"/} has no line matching /$2/:
$(pdfinfo "$1" 2>&1 | grep -E '^(Title|Creator|Pages|Page size)')"
	pdfinfo "$1" 2>>"$T/poppler.err" | grep -Eq -- "$2"
}

# outline_count JSON N: N outline entries, counted recursively.
outline_count() {
	_c=$(jq '[.outlines[] | recurse(.kids[])] | length' "$1")
	why="$_c outline entries, expected $2: $(jq -c \
	    '[.outlines[] | recurse(.kids[]) | .title]' "$1")"
	[ "$_c" = "$2" ]
}

# outline_has JSON TITLE: an entry with that title.
outline_has() {
	why="no outline entry '$2': $(jq -c \
	    '[.outlines[] | recurse(.kids[]) | .title]' "$1")"
	jq -e --arg t "$2" \
	    '[.outlines[] | recurse(.kids[]) | select(.title == $t)] |
	    length > 0' "$1"
}

# jq filter: the catalog dictionary; deref resolves "N 0 R" strings.
CATALOG='.qpdf[1] as $o |
    def deref: if type == "string" and test("^[0-9]+ [0-9]+ R$")
	then $o["obj:" + .].value else . end;
    $o.trailer.value["/Root"] | deref'

lang_ok() {
	why="catalog: $(jq -c "$CATALOG" "$1")"
	jq -e "$CATALOG"' | .["/Lang"] | type == "string" and length > 2' \
	    "$1"
}

display_doc_title_ok() {
	why="catalog: $(jq -c "$CATALOG" "$1")"
	jq -e "$CATALOG"' | (.["/ViewerPreferences"] // {}) | deref |
	    .["/DisplayDocTitle"] == true' "$1"
}

qpdf_clean() {
	why=$(qpdf --check "$1" 2>&1 | grep -v '^checking ' | head -8)
	qpdf --check "$1" >"$T/qpdf.out" 2>&1
	_q=$?
	[ "$_q" -eq 0 ] && ! grep -q WARNING "$T/qpdf.out"
}

poppler_silent() {
	why="poppler printed: $(head -5 "$T/poppler.err")"
	[ ! -s "$T/poppler.err" ]
}

jq_ok() {
	why="jq '$1' is not true on stdout: $(head -c 200 "$T/out")"
	jq -e "$1" "$T/out"
}

# chrono_links QPDF_JSON: at least 4 GoTo links in the sidebar (from
# x > 380 to its right edge: a figure on page 1 has links of its own
# there, its edge labels) and all of them go to page 1, below its top.
# jq: every annotation of the document, with its page number (from 1).
ANNOTS='.qpdf[1] as $o | [.pages | to_entries[] | .key as $i |
    .value.object as $p | $o["obj:" + $p].value["/Annots"] // [] |
    (if type == "string" then $o["obj:" + .].value else . end) | .[] |
    (if type == "string" then $o["obj:" + .].value else . end) |
    . + {page: ($i + 1)}]'

chrono_links() {
	_dest='(.["/Dest"] | if type == "string" then $o["obj:" + .].value
	    else . end)'
	_links="$ANNOTS"' | map(select(.["/Subtype"] == "/Link" and
	    .["/Dest"] != null and .page == 1 and .["/Rect"][0] > 380 and
	    .["/Rect"][2] > 540))'
	why="sidebar links: $(jq -c "$_links" "$1")"
	jq -e '.pages[0].object as $p1 | .qpdf[1] as $o | '"$_links"' |
	    map('"$_dest"') | length >= 4 and all(.[0] == $p1 and
	    .[3] < 842)' "$1"
}

# no_images PDF: pdfimages lists no raster image.
no_images() {
	why="pdfimages lists images: $(pdfimages -list "$1" 2>&1 | sed -n 3,4p)"
	[ "$(pdfimages -list "$1" 2>/dev/null | wc -l)" -le 2 ]
}

# png_ok FILE: a PNG signature.
png_ok() {
	why="${1#"$T"/} is not a PNG"
	[ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '211PNG' ]
}

no_path() {
	why="${1#"$T"/} exists"
	[ ! -e "$1" ] && [ ! -L "$1" ]
}

# in_order_outline JSON: the three headings of the article, in order,
# among the outline titles.
in_order_outline() {
	jq -r '.outlines[] | recurse(.kids[]) | .title' "$1" >"$T/titles"
	in_order "$T/titles" "$H1|$H2|$H3"
	_r=$?
	why="$why; outline: $(tr '\n' '/' <"$T/titles")"
	return $_r
}

size_at_most() {
	_s=$(wc -c <"$1")
	why="${1#"$T"/} is $_s bytes, at most $2 expected"
	[ "$_s" -le "$2" ]
}

same_bytes() {
	why="${1#"$T"/} and ${2#"$T"/} differ: $(cmp "$1" "$2" 2>&1)"
	cmp -s "$1" "$2"
}

# unchanged DIR: DIR/s.pdf (if saved) and the listing of DIR are those
# saved before the run in DIR.prev and DIR.ls.
unchanged() {
	why="listing now: $(ls -A "$1" | tr '\n' ' ') (before: $(tr '\n' ' ' \
	    <"$1.ls"))"
	ls -A "$1" | cmp -s - "$1.ls" || return 1
	why="${1#"$T"/}/s.pdf changed"
	[ ! -f "$1.prev" ] || cmp -s "$1/s.pdf" "$1.prev"
}

# snapshot DIR: remember DIR/s.pdf and the listing for unchanged.
snapshot() {
	[ -f "$1/s.pdf" ] && cp "$1/s.pdf" "$1.prev"
	ls -A "$1" >"$1.ls"
}

# bad NAME STATUS ERE FORMAT [OPTION...]: source s.md from printf FORMAT
# beside an old s.pdf; briefing OPTION... s.md must exit STATUS, print a
# line matching ERE on stderr and write nothing.
bad() {
	_n=$1 _st=$2 _re=$3 _fmt=$4
	shift 4
	_d=$T/bad/$_n
	mkdir -p "$_d"
	printf -- "$_fmt" >"$_d/s.md"
	printf 'previous PDF, must survive\n' >"$_d/s.pdf"
	snapshot "$_d"
	run "$_d" "$@" s.md
	check "bad-input/$_n-status" status_is "$_st"
	check "bad-input/$_n-message" err_re "$_re"
	check "bad-input/$_n-nothing-written" unchanged "$_d"
}

# --- preconditions -------------------------------------------------------

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi


# --- bounded memory --------------------------------------------------------

# Peak memory limit for hostile inputs: 200 MB (the plain build's, the
# real guard); a sanitizer build keeps shadow memory, a redzone around
# every allocation and a 64 MB quarantine: four times as much (measured:
# 32 000 headings take 164 MB plain, 582 to 635 MB under ASan from run
# to run, which three times did not always hold).
MEM_LIMIT_KB=204800
case $B in *asan*) MEM_LIMIT_KB=819200 ;; esac
# Under valgrind (make check-valgrind) the peak is valgrind's own, with
# its shadow memory: four times the limit.
[ -n "${BRIEFING_VALGRIND:-}" ] && MEM_LIMIT_KB=819200

# run_mem DIR ARG...: as run, and the peak resident memory in KB (GNU
# time's %M) into $peak.
run_mem() {
	_d=$1
	shift
	last="(cd ${_d#"$T"/} && briefing $*)"
	(cd "$_d" && exec /usr/bin/time -f '%M' -o "$T/peak" \
	    timeout $((60 * TSCALE)) \
	    "$B" "$@") >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	peak=$(tail -n 1 "$T/peak")
}

# mem_ok: the last run_mem stayed under the limit.
mem_ok() {
	why="peak ${peak:-?} KB, limit $MEM_LIMIT_KB KB"
	[ -n "$peak" ] && [ "$peak" -lt "$MEM_LIMIT_KB" ]
}
