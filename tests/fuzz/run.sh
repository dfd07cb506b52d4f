#!/bin/sh
# SPDX-License-Identifier: MIT
# Run each libFuzzer harness for a while on its seeds and print, per
# harness, the executions and the result.  New inputs go into
# BUILDDIR/corpus/HARNESS (the seeds are read, never written), crashes
# into BUILDDIR/artifacts/HARNESS/, the log into BUILDDIR/logs/.
# Usage: tests/fuzz/run.sh BUILDDIR SECONDS HARNESS...  (0 s: no run)
B=$1
S=$2
shift 2
[ "$S" -gt 0 ] 2>/dev/null || exit 0
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fail=0
for h in "$@"; do
	mkdir -p "$B/corpus/$h" "$B/artifacts/$h" "$B/logs"
	# inputs: a PDF up to 64 KB; a typeset run costs milliseconds
	case $h in
	fuzz_extract)	len=65536 dict=tests/fuzz/fuzz_extract.dict ;;
	fuzz_pipeline)	len=4096 dict=tests/fuzz/fuzz_reader.dict ;;
	*)		len=16384 dict=tests/fuzz/fuzz_reader.dict ;;
	esac
	"$B/$h" -max_total_time="$S" -rss_limit_mb=2048 -timeout=10 \
	    -max_len=$len -dict="$dict" -print_final_stats=1 \
	    -artifact_prefix="$B/artifacts/$h/" \
	    "$B/corpus/$h" "tests/fuzz/seeds/$h" >"$B/logs/$h.log" 2>&1
	rc=$?
	n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$B/logs/$h.log")
	c=$(ls "$B/corpus/$h" | wc -l)
	if [ "$rc" -eq 0 ]; then
		r=ok
	else
		fail=1
		r="FOUND (exit $rc): $(grep -m1 -E '^==.*ERROR: |^SUMMARY: ' \
		    "$B/logs/$h.log" | cut -c1-100)"
		r="$r; see $B/logs/$h.log and $B/artifacts/$h/"
	fi
	echo "$h: $S s, ${n:-?} executions, $c new corpus files: $r"
done
exit $fail
