#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of batch builds (-j N): several sources, one bad,
# built by worker processes give the PDFs a build of each alone gives,
# byte for byte, and the messages of -j 1 in the same order; the bad
# source's error printed whole; exit 1.  --dump keeps its order.  On a
# terminal (tmux) a progress line and a summary; Ctrl-C there kills the
# workers; a worker killed outright is reported.  Run from the top of
# the tree: sh tests/e2e_batch.sh.
. "$(dirname "$0")/e2e_lib.sh"

if [ ! -x "$B" ]; then
	echo "FAIL binary"
	echo "  $B is missing: build it with 'make prog'"
	exit 0
fi

# is VALUE EXPECTED WHAT: VALUE equals EXPECTED.
is() {
	why="$3: '$1', expected '$2'"
	[ "$1" = "$2" ]
}

# no_temp DIR: no temporary file of a write left in DIR.
no_temp() {
	why="temporaries left: $(ls -A "$1" | grep '\.briefing-' | head -3)"
	! ls -A "$1" | grep -q '\.briefing-'
}

# same_pdfs DIR1 DIR2 NAME...: DIR1/NAME.pdf and DIR2/NAME.pdf exist and
# are the same bytes, for every NAME.
same_pdfs() {
	_a=$1 _b=$2
	shift 2
	for _n; do
		why="${_a#"$T"/}/$_n.pdf or ${_b#"$T"/}/$_n.pdf missing"
		[ -f "$_a/$_n.pdf" ] && [ -f "$_b/$_n.pdf" ] || return 1
		why="$_n.pdf: $(cmp "$_a/$_n.pdf" "$_b/$_n.pdf" 2>&1)"
		cmp -s "$_a/$_n.pdf" "$_b/$_n.pdf" || return 1
	done
}

# wait_for TENTHS COMMAND...: poll COMMAND every 0.1 s, at most TENTHS
# times (scaled for valgrind); its status.
wait_for() {
	_max=$(($1 * TSCALE))
	shift
	_w=0
	while ! "$@" 2>/dev/null; do
		[ "$_w" -ge "$_max" ] && return 1
		sleep 0.1
		_w=$((_w + 1))
	done
}

# children PID: the processes whose parent is PID (from /proc).
children() {
	cat /proc/[0-9]*/stat 2>/dev/null | awk -v p="$1" '$4 == p { print $1 }'
}

# one_child PID: PID has one child process left.
one_child() {
	[ "$(children "$1" | wc -l)" -eq 1 ]
}

# --- sources: four good ones in three shapes, one bad -----------------

GOOD="a b c d"
src() {
	mkdir -p "$1"
	cp "$EX" "$1/a.md"
	cp "$TOP/tests/e2e/graph-sahel.md" "$1/b.md"
	cp "$SEED" "$1/c.txt"
	cp "$TOP/tests/e2e/labels-de.md" "$1/d.md"
	# two errors: both lines whole, one after the other
	printf -- '---\ntitle: Bad\ndate: 2024-06-17\n---\n\nOne \377 two.\n\nThree \377.\n' \
	    >"$1/bad.md"
}
LIST="a.md bad.md b.md c.txt d.md"

# each alone: the reference bytes
src "$T/one"
for _s in a.md b.md c.txt d.md; do
	run "$T/one" "$_s"
	check "batch/alone-$_s-status" status_is 0
done

for _j in 1 2 3; do
	src "$T/j$_j"
	# shellcheck disable=SC2086
	run "$T/j$_j" -j "$_j" $LIST
	cp "$T/err" "$T/err.j$_j"
	check "batch/j$_j-status" status_is 1
	# shellcheck disable=SC2086
	check "batch/j$_j-same-as-alone" same_pdfs "$T/one" "$T/j$_j" $GOOD
	check "batch/j$_j-bad-not-written" no_path "$T/j$_j/bad.pdf"
	check "batch/j$_j-no-temporary" no_temp "$T/j$_j"
	check "batch/j$_j-error-whole" err_re \
	    '^bad\.md:6:5: error: invalid UTF-8 .*[^ ]$'
	check "batch/j$_j-second-error-whole" err_re \
	    '^bad\.md:8:7: error: invalid UTF-8 .*[^ ]$'
done
# the messages of -j 1 (one process, source order), unchanged: each
# worker's printed whole, in source order, no progress line (no terminal)
check batch/j2-messages-as-j1 same_bytes "$T/err.j1" "$T/err.j2"
check batch/j3-messages-as-j1 same_bytes "$T/err.j1" "$T/err.j3"
check batch/j3-no-progress-off-terminal lacks_text "$T/err.j3" ' done, '

# a system error in one (its output directory not writable is hard to
# arrange as root: a source the output would overwrite) is status 2
mkdir -p "$T/usage"
cp "$EX" "$T/usage/a.md"
cp "$EX" "$T/usage/x.pdf"
run "$T/usage" -j 2 a.md x.pdf
check batch/worst-status-usage status_is 2
check batch/worst-status-other-written pdf_ok "$T/usage/a.pdf"

# --dump with several sources: the dumps in source order, as with -j 1
run "$T/j1" -j 1 --dump graph a.md b.md d.md
cp "$T/out" "$T/dump.j1"
run "$T/j1" -j 3 --dump graph a.md b.md d.md
check batch/dump-status status_is 0
check batch/dump-order-as-j1 same_bytes "$T/dump.j1" "$T/out"

# the rule of two sources to one file still holds, before any build
mkdir -p "$T/clash/sub"
cp "$EX" "$T/clash/x.md"
cp "$EX" "$T/clash/x.txt"
run "$T/clash" -j 2 x.md x.txt
check batch/clash-status status_is 2
check batch/clash-message err_re 'x\.md and x\.txt would both be written'
check batch/clash-nothing-written no_path "$T/clash/x.pdf"

# "-j2" as make users write it: the value attached, the same build
src "$T/jattached"
# shellcheck disable=SC2086
run "$T/jattached" -j2 $LIST
check batch/j-attached-status status_is 1
# shellcheck disable=SC2086
check batch/j-attached-same-as-alone same_pdfs "$T/one" "$T/jattached" $GOOD
check batch/j-attached-messages-as-j1 same_bytes "$T/err.j1" "$T/err"

# the option's checks
run "$T/one" -j -1 a.md b.md
check batch/negative-status status_is 2
check batch/negative-message err_re '^briefing: error: -j -1'
run "$T/one" -j 0 a.md b.md
check batch/zero-is-cores status_is 0
run "$T/one" -j 2 --extract-source a.pdf
check batch/extract-status status_is 2
check batch/extract-message err_re '-j does nothing with --extract-source'

# --- a worker killed outright, one blocked on a FIFO ---------------------

mkdir -p "$T/kill"
cp "$EX" "$T/kill/a.md"
mkfifo "$T/kill/f.md"
(cd "$T/kill" && exec "$B" -j 2 a.md f.md) >"$T/out" 2>"$T/err" \
    </dev/null &
_pid=$!
# once a.pdf is written and its worker gone (at most 30 s, for valgrind)
wait_for 300 test -f "$T/kill/a.pdf"
wait_for 300 one_child "$_pid"
_kids=$(children "$_pid")
[ -n "$_kids" ] && kill -s KILL $_kids
{ wait "$_pid"; rc=$?; } 2>/dev/null
last="briefing -j 2 a.md f.md (the worker of f.md killed)"
check batch/killed-worker-one-left is "$(echo $_kids | wc -w)" 1 \
    'workers left once a.pdf is written'
check batch/killed-worker-status status_is 3
check batch/killed-worker-message err_re \
    '^f\.md: error: its build was stopped by signal 9'
check batch/killed-worker-other-written pdf_ok "$T/kill/a.pdf"

# --- on a terminal: tmux -------------------------------------------------

if ! command -v tmux >/dev/null 2>&1; then
	echo "FAIL batch/tmux"
	echo "  tmux is missing: make deps-test installs it"
	exit 0
fi
SOCK=$T/tmux.sock
tm() {
	tmux -S "$SOCK" "$@"
}
# unblock a worker still waiting on a FIFO, stop the server
trap 'for _f in "$T"/*/f.md; do [ -p "$_f" ] &&
    timeout 1 sh -c ": >\"$_f\"" 2>/dev/null; done
    tm kill-server 2>/dev/null; rm -rf "$T"' EXIT

# term NAME DIR ARG...: briefing ARG... in DIR on a 200x50 terminal,
# once DIR/go exists; every byte written to the terminal in
# $T/NAME.raw; the status in DIR/rc when it ends.
term() {
	_n=$1 _d=$2
	shift 2
	printf '%s\n' "cd '$_d' || exit" \
	    'while [ ! -e go ]; do sleep 0.05; done' \
	    "trap : INT" \
	    "'$B' $*" 'echo "rc=$?" >rc.tmp && mv rc.tmp rc' \
	    'sleep 600' >"$_d/run.sh"
	tm new-session -d -s "$_n" -x 200 -y 50 "sh '$_d/run.sh'"
	tm pipe-pane -t "$_n" -o "cat >>'$T/$_n.raw'"
	: >"$_d/go"
}

# the progress line while the builds run, the summary after
src "$T/tty"
term prog "$T/tty" -j 2 $LIST
wait_for 600 test -f "$T/tty/rc"
wait_for 50 grep -q 'built' "$T/prog.raw"
tm capture-pane -p -t prog >"$T/prog.screen"
last="briefing -j 2 $LIST (in tmux)"
check batch/tty-status is "$(cat "$T/tty/rc")" rc=1 'status'
check batch/tty-progress-line file_re "$T/prog.raw" \
    'briefing: [0-5]/5 done, [01] failed, [0-9]+\.[0-9] s'
check batch/tty-summary file_re "$T/prog.screen" \
    '^briefing: built 4, failed 1, in [0-9]+\.[0-9] s$'
check batch/tty-error-whole file_re "$T/prog.screen" \
    '^bad\.md:6:5: error: invalid UTF-8'
check batch/tty-progress-erased lacks_text "$T/prog.screen" ' done, '
# shellcheck disable=SC2086
check batch/tty-same-as-alone same_pdfs "$T/one" "$T/tty" $GOOD

# Ctrl-C: the workers killed (one waits on a FIFO), the process stopped
# by SIGINT, nothing half-written
mkdir -p "$T/intr"
cp "$EX" "$T/intr/a.md"
cp "$EX" "$T/intr/b.md"
mkfifo "$T/intr/f.md"
term intr "$T/intr" -j 2 a.md f.md b.md
wait_for 600 test -f "$T/intr/b.pdf"
tm send-keys -t intr C-c
wait_for 100 test -f "$T/intr/rc"
last="briefing -j 2 a.md f.md b.md (in tmux, Ctrl-C)"
check batch/ctrl-c-status is "$(cat "$T/intr/rc" 2>/dev/null)" rc=130 \
    'status'
check batch/ctrl-c-no-file no_path "$T/intr/f.pdf"
check batch/ctrl-c-no-temporary no_temp "$T/intr"
check batch/ctrl-c-others-written pdf_ok "$T/intr/a.pdf"
