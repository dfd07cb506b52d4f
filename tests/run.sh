#!/bin/sh
# SPDX-License-Identifier: MIT
# Run the unit test binaries, then the end-to-end tests, and end with one
# "N passed, N failed" line.  Usage: tests/run.sh BUILDDIR
B=${1:-build}
export LC_ALL=C.UTF-8
export BRIEFING_BIN="$B/briefing"
export CMOCKA_MESSAGE_OUTPUT=stdout
unset SOURCE_DATE_EPOCH
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# ASan keeps 256 MB of freed memory in quarantine by default, which the
# peak-memory checks of the hostile inputs would measure; 64 MB still
# catches a use after free of anything recent.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=64"
pass=0
fail=0
log=$(mktemp)
# a cache folder of the run's own (cachefile.h, fontconfig's of the
# fonts): the tests start from none, each test binary's lexicon images
# (another build ID each) do not replace the program's in the user's
# folder, and the test fonts' folders leave nothing there
cache=$(mktemp -d)
export XDG_CACHE_HOME="$cache"
trap 'rm -f "$log"; rm -rf "$cache"' EXIT
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	"$t" >"$log" 2>&1
	rc=$?
	p=$(grep -o '\[  PASSED  \] [0-9]* test' "$log" | grep -o '[0-9][0-9]*')
	f=$(grep -o '\[  FAILED  \] [0-9]* test' "$log" | grep -o '[0-9][0-9]*')
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# crashed or failed outside a test
	fi
	if [ "$f" -ne 0 ]; then
		cat "$log"
	fi
	echo "unit $(basename "$t"): $p passed, $f failed"
	pass=$((pass + p))
	fail=$((fail + f))
done
# e2e.sh, then every tests/e2e_TOPIC.sh (e2e_lib.sh is their library)
for e in tests/e2e.sh tests/e2e_*.sh; do
	[ "$e" = tests/e2e_lib.sh ] || sh "$e"
done >"$log" 2>&1
p=$(grep -c '^ok ' "$log")
f=$(grep -c '^FAIL ' "$log")
grep -v '^ok ' "$log"
echo "e2e: $p passed, $f failed"
pass=$((pass + p))
fail=$((fail + f))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
