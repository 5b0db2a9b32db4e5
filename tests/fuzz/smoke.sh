#!/bin/sh
# smoke.sh -- run every libFuzzer target for a bounded time ("make
# fuzz-smoke"; FUZZ_SECONDS per target, default 10).
#
# Usage: sh tests/fuzz/smoke.sh SECONDS NAME...
#
# Each build-fuzz/fuzz_NAME starts from tests/fuzz/corpus/NAME/ and
# tests/fuzz/regress/NAME/ (read only) and writes what it learns to
# build-fuzz/corpus/NAME/; a crash lands in build-fuzz/crashes/NAME-* and
# makes the run fail: reduce it, copy it to tests/fuzz/regress/NAME/ and fix
# the code ("make check" replays it from then on).  Prints one line per
# target: executions, bytes tried (fuzz.h counts them), inputs added,
# corpus size.

secs=$1
shift
status=0
total=0
total_bytes=0
for t in "$@"; do
    mkdir -p "build-fuzz/corpus/$t" build-fuzz/crashes \
        "tests/fuzz/corpus/$t" "tests/fuzz/regress/$t"
    log=build-fuzz/smoke-$t.log
    # -close_fd_mask=3: the targets' own output (usage text, logs) is not
    # a finding; sanitizer and libFuzzer reports still come through.
    FUZZ_STATS=build-fuzz/stats-$t ./build-fuzz/fuzz_"$t" \
        -max_total_time="$secs" -close_fd_mask=3 \
        -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="build-fuzz/crashes/$t-" \
        "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
        "tests/fuzz/regress/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    added=$(sed -n 's/^stat::new_units_added: *//p' "$log")
    bytes=$(cat "build-fuzz/corpus/$t"/* 2>/dev/null | wc -c)
    tried=$(cut -d' ' -f2 "build-fuzz/stats-$t" 2>/dev/null)
    total=$((total + ${execs:-0}))
    total_bytes=$((total_bytes + ${tried:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        echo "FAIL fuzz_$t (exit $rc): see $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*invariant broken)' "$log" | head -5
    else
        echo "ok   fuzz_$t: ${execs:-?} executions, ${tried:-?} bytes tried," \
            "${added:-?} inputs added, corpus" \
            "$(ls "build-fuzz/corpus/$t" | wc -l) files / $bytes bytes"
    fi
done
echo "fuzz-smoke: $total executions, $total_bytes bytes tried in total"
exit $status
