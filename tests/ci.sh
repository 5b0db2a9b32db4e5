#!/usr/bin/env bash
# ci.sh -- the project's test command (.ci/run runs it; so can you, as root).
#
# Installs the build dependencies if any is missing (tests/deps.sh), then
# runs the whole suite twice: a plain build (./configure && make && make
# check) and a build with AddressSanitizer + UBSan (--enable-sanitizers).
# Ends with one line "N passed, N failed[, N skipped]" over both runs and
# exits non-zero if either failed.
#
#   MDSHM_SANITIZE=0  only the plain run
#   MDSHM_SANITIZE=1  only the sanitizer run

set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

sh tests/deps.sh || exit 1

mode=${MDSHM_SANITIZE:-both}
passed=0 failed=0 skipped=0 status=0

# run_suite LABEL [CONFIGURE ARGS...]: a clean build, then make check.
run_suite() {
    local label=$1 log line p f s
    shift
    echo "=== $label build: ./configure $*"
    if [ -f Makefile ]; then
        make distclean >/dev/null 2>&1 || true
    fi
    log=$(mktemp)
    if ./configure "$@" && make -j2; then
        make check 2>&1 | tee "$log"
        [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    else
        echo "=== $label build failed"
        status=1
        failed=$((failed + 1))
    fi
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    rm -f "$log"
    if [ -n "$line" ]; then
        p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
        f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
        s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
        passed=$((passed + p))
        failed=$((failed + f))
        skipped=$((skipped + ${s:-0}))
    elif [ "$status" -ne 0 ]; then
        failed=$((failed + 1))
    fi
}

case $mode in
0) run_suite plain ;;
1) run_suite sanitizer --enable-sanitizers ;;
*)
    run_suite plain
    run_suite sanitizer --enable-sanitizers
    # leave a plain build behind for the demo and benchmarks
    make distclean >/dev/null 2>&1 || true
    ;;
esac

echo
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
