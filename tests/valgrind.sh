#!/bin/sh
# SPDX-License-Identifier: MIT
# The unit tests and the end-to-end suite (tests/run.sh) with every test
# binary and every briefing run under valgrind's memcheck: a directory
# of wrappers stands in for BUILDDIR.  A memory error or a definite leak
# makes the run exit 99 (so the test fails) and is listed at the end
# with its log; what libraries keep by design is in tests/valgrind.supp.
# A run killed by a signal (a timeout, the tests of signal handling)
# ends with everything still allocated: its leaks are not counted, its
# other errors are.  Slow: valgrind runs each program some 20 to 50 times
# slower, so the tests of huge inputs may time out.
# Usage: tests/valgrind.sh BUILDDIR
B=${1:-build}
TOP=$(pwd)
case $B in /*) ;; *) B=$TOP/$B ;; esac
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind is missing: apt-get install valgrind" >&2
	exit 2
fi
V=$(mktemp -d "${TMPDIR:-/tmp}/briefing-vg.XXXXXX") || exit 1
trap 'rm -rf "$V"' EXIT
trap 'exit 130' INT TERM
mkdir "$V/tests" "$V/logs"

# wrap REAL WRAPPER: WRAPPER runs REAL under memcheck, its report in
# logs/NAME.PID.log.
wrap() {
	cat >"$2" <<WRAP
#!/bin/sh
G_SLICE=always-malloc G_DEBUG=gc-friendly exec valgrind \\
    --tool=memcheck --error-exitcode=99 --leak-check=full \\
    --show-leak-kinds=definite --errors-for-leak-kinds=definite \\
    --child-silent-after-fork=yes --num-callers=40 \\
    --suppressions="$TOP/tests/valgrind.supp" \\
    --log-file="$V/logs/$(basename "$1").%p.log" "$1" "\$@"
WRAP
	chmod +x "$2"
}

wrap "$B/briefing" "$V/briefing"
for t in "$B"/tests/test_*; do
	[ -x "$t" ] && wrap "$t" "$V/tests/$(basename "$t")"
done
# tests with time limits or huge inputs may scale them down with this
export BRIEFING_VALGRIND=1
sh tests/run.sh "$V"
rc=$?
# errors LOG: the errors memcheck counted; for a killed run, those that
# are not leaks.
errors() {
	if grep -q 'Process terminating with default action' "$1"; then
		grep -cE '== (Invalid (read|write|free)|Mismatched free|'\
'Conditional jump|Use of uninitialised|Syscall param|Source and '\
'destination overlap|Argument .* fishy)' "$1"
	else
		sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$1" |
		    tail -n 1
	fi
}

bad=0
killed=0
for l in "$V"/logs/*.log; do
	[ -f "$l" ] || continue
	grep -q 'Process terminating with default action' "$l" &&
	    killed=$((killed + 1))
	e=$(errors "$l")
	[ "${e:-0}" -gt 0 ] || continue
	bad=$((bad + 1))
	echo "valgrind: $(basename "$l" .log): $e errors"
	grep -vE '^==[0-9]+== *$|== (Memcheck,|Copyright|Using Valgrind|'\
'Parent PID|HEAP SUMMARY|  *in use at exit|  *total heap usage|'\
'Reachable blocks|To see them|For lists of|For counts of)' "$l" |
	    sed -n '1,60p' | sed 's/^/  /'
done
echo "valgrind: $(ls "$V/logs" | wc -l) runs ($killed killed by a" \
    "signal), $bad with errors"
[ "$rc" -eq 0 ] && [ "$bad" -eq 0 ]
