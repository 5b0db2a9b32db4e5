#!/bin/sh
# run.sh -- run mdshm's test suite ("make check" builds, then calls this).
#
# Usage: sh tests/run.sh [PATTERN...]
#   PATTERNs are shell patterns on test names (symbols, unit/test_err,
#   'proc/*', cli/test_import.sh); with none, everything runs.
#
# Order: the symbol check, the layer check (tests/check-layers.sh), the unit
# tests (cmocka), the proc tests (TAP), a quick allocation-failure torture of
# three unit programs (TAP, "torture"), the CLI tests (TAP, "sh script"),
# then the integration tests (pytest, name "integration": tests/integration,
# run with Debian's /usr/bin/python3 and pebble; skipped when python3-pytest
# is missing).  Each program runs under a timeout (MDSHM_TEST_TIMEOUT, default 300 s; the integration tests get
# MDSHM_INTEGRATION_TIMEOUT, default three times that) with its output in
# build/tests/logs/NAME.log, and gets one line: PASS, FAIL or SKIP NAME.
# Exit code 77 means "skipped".  The last line counts individual test cases:
#   N passed, N failed[, N skipped]
# and the exit status is 1 if anything failed.
#
# Counting: cmocka's "[  PASSED  ] N test(s)." / "[  FAILED  ] N test(s)" /
# "[  SKIPPED ] N test(s)" lines; otherwise TAP lines "ok N - ...",
# "not ok N - ..." ("# SKIP" / "# TODO" directives count as skipped, and so
# does a "# skip: reason" line); for pytest its summary line ("5 passed,
# 1 failed, 2 skipped in 3.21s"; errors count as failed, xfailed as
# skipped; exit status 5, no tests collected, counts nothing).  A program
# that fails without reporting a failed case counts as one failure, and so
# does a TAP plan ("1..N") that was not completed.

cd "$(dirname "$0")/.." || exit 1
top=$(pwd)
logdir=build/tests/logs
timeout_s=${MDSHM_TEST_TIMEOUT:-300}
integration_timeout_s=${MDSHM_INTEGRATION_TIMEOUT:-$((timeout_s * 3))}
pytest_python=/usr/bin/python3  # Debian's, with python3-pytest

export MDSHM="$top/mdshm"
export MDSHM_BUILD="$top/build"
export MDSHM_HELPERS="$top/build/tests/helpers"
export MDSHM_SRCDIR="$top"
export CMOCKA_MESSAGE_OUTPUT=stdout
# Harmless without sanitizers; with them, stop at the first error.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

passed=0 failed=0 skipped=0

# selected NAME: is NAME matched by the command line patterns (if any)?
patterns="$*"
selected() {
    [ -z "$patterns" ] && return 0
    hit=1
    set -f  # the patterns are for case, not for file names
    for p in $patterns; do
        # shellcheck disable=SC2254  # $p is a pattern on purpose
        case $1 in $p) hit=0 ;; esac
    done
    set +f
    return $hit
}

# count LOG: prints "passed failed skipped plan bail cmocka".
count() {
    awk '
    function num(s) { match(s, /[0-9]+/); return substr(s, RSTART, RLENGTH) + 0 }
    /^\[  PASSED  \] [0-9]+ test/  { cp += num($0); cm = 1; next }
    /^\[  FAILED  \] [0-9]+ test/  { cf += num($0); cm = 1; next }
    /^\[  SKIPPED \] [0-9]+ test/  { cs += num($0); cm = 1; next }
    /^ok([ \t]|$)/ {
        if (tolower($0) ~ /#[ \t]*skip/) ts++; else tp++
        next
    }
    /^not ok([ \t]|$)/ {
        if (tolower($0) ~ /#[ \t]*todo/) ts++; else tf++
        next
    }
    /^1\.\.[0-9]+/                 { plan = substr($0, 4) + 0; next }
    /^Bail out!/                   { bail = 1; next }
    tolower($0) ~ /^#[ \t]*skip([: \t]|$)/ { ts++; next }
    END {
        if (cm) print cp + 0, cf + 0, cs + 0, -1, 0, 1
        else    print tp + 0, tf + 0, ts + 0, (plan == "" ? -1 : plan), bail + 0, 0
    }' "$1"
}

# run NAME COMMAND...: run one test program and account for it.
run() {
    name=$1
    shift
    selected "$name" || return 0
    log=$logdir/$name.log
    mkdir -p "$(dirname "$log")"

    timeout -k 10 "$timeout_s" "$@" >"$log" 2>&1 </dev/null
    rc=$?

    if [ "$name" = symbols ]; then
        set -- 0 0 0 -1 0 0
    else
        # shellcheck disable=SC2046  # six numbers
        set -- $(count "$log")
    fi
    p=$1 f=$2 s=$3 plan=$4 bail=$5 cmocka=$6
    why=
    if [ "$rc" -eq 124 ]; then
        why="timed out after ${timeout_s}s"
        f=$((f + 1))
    elif [ "$rc" -eq 137 ] && [ "$f" -eq 0 ]; then
        why="killed by SIGKILL (timeout?)"
        f=$((f + 1))
    elif [ "$rc" -eq 77 ]; then
        [ $((p + f + s)) -eq 0 ] && s=1
        why="skipped"
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        why="exit status $rc"
        f=$((f + 1))
    elif [ "$rc" -eq 0 ] && [ "$name" = symbols ]; then
        p=1
    elif [ "$rc" -eq 0 ] && [ $((p + f + s)) -eq 0 ] && [ "$cmocka" -eq 0 ]; then
        # A program that reports no cases but succeeds counts as one pass.
        p=1
    fi
    if [ "$plan" -ge 0 ] && [ $((p + f + s)) -lt "$plan" ] && [ "$rc" -ne 77 ]; then
        why="${why:+$why; }only $((p + f + s)) of $plan planned tests reported"
        f=$((f + 1))
    fi
    if [ "$bail" -eq 1 ] && [ "$f" -eq 0 ]; then
        why="bailed out"
        f=1
    fi
    [ "$rc" -ne 0 ] && [ "$f" -gt 0 ] && [ -z "$why" ] && why="exit status $rc"

    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    if [ "$f" -gt 0 ]; then
        echo "FAIL $name${why:+ ($why)}"
        echo "    --- last 40 lines of $log ---"
        tail -n 40 "$log" | sed 's/^/    | /'
    elif [ "$rc" -eq 77 ]; then
        echo "SKIP $name"
    else
        echo "PASS $name"
    fi
}

# pytest_count LOG: prints "passed failed skipped found" from the last
# pytest summary line ("=== 5 passed, 1 failed in 3.21s ===" or, with -q,
# "5 passed, 1 failed in 3.21s"); found is 0 when there is none.
pytest_count() {
    awk '
    / in [0-9.]+s( \([0-9:]+\))?[ =]*$/ &&
        /[0-9]+ (passed|failed|skipped|errors?|xfailed|xpassed|deselected)|no tests ran/ {
        line = $0
    }
    END {
        p = f = s = 0
        n = split(line, w, /[ ,=]+/)
        for (i = 2; i <= n; i++) {
            if (w[i - 1] !~ /^[0-9]+$/) continue
            c = w[i - 1] + 0
            if (w[i] == "passed" || w[i] == "xpassed") p += c
            else if (w[i] == "failed" || w[i] ~ /^errors?$/) f += c
            else if (w[i] == "skipped" || w[i] == "xfailed") s += c
        }
        print p, f, s, (line != "")
    }' "$1"
}

# run_pytest NAME DIR: run the pytest tests in DIR and account for them.
run_pytest() {
    name=$1
    selected "$name" || return 0
    if ! "$pytest_python" -m pytest --version >/dev/null 2>&1; then
        echo "SKIP $name (python3-pytest missing)"
        skipped=$((skipped + 1))
        return 0
    fi
    log=$logdir/$name.log
    mkdir -p "$(dirname "$log")"

    env -u PYTHONHOME -u PYTHONPATH PYTHONDONTWRITEBYTECODE=1 \
        timeout -k 10 "$integration_timeout_s" \
        "$pytest_python" -m pytest -q -p no:cacheprovider "$2" \
        >"$log" 2>&1 </dev/null
    rc=$?

    # shellcheck disable=SC2046  # four numbers
    set -- $(pytest_count "$log")
    p=$1 f=$2 s=$3 found=$4
    why=
    if [ "$rc" -eq 124 ]; then
        why="timed out after ${integration_timeout_s}s"
        f=$((f + 1))
    elif [ "$rc" -eq 137 ] && [ "$f" -eq 0 ]; then
        why="killed by SIGKILL (timeout?)"
        f=$((f + 1))
    elif [ "$rc" -eq 5 ]; then
        echo "SKIP $name (no tests collected)"
        return 0
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        why="exit status $rc"
        f=$((f + 1))
    elif [ "$rc" -eq 0 ] && [ "$found" -eq 0 ]; then
        p=1
    fi
    [ "$rc" -ne 0 ] && [ "$f" -gt 0 ] && [ -z "$why" ] && why="exit status $rc"

    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    if [ "$f" -gt 0 ]; then
        echo "FAIL $name${why:+ ($why)}"
        echo "    --- last 40 lines of $log ---"
        tail -n 40 "$log" | sed 's/^/    | /'
    elif [ "$p" -eq 0 ] && [ "$s" -gt 0 ]; then
        echo "SKIP $name"
    else
        echo "PASS $name"
    fi
}

# missing NAME WHAT: a test whose program was not built.
missing() {
    selected "$1" || return 0
    echo "FAIL $1 ($2 not found: run make check)"
    failed=$((failed + 1))
}

run symbols sh tests/check-symbols.sh libmdshm.a
run layers sh tests/check-layers.sh

for src in tests/unit/test_*.c tests/proc/test_*.c; do
    [ -f "$src" ] || continue
    name=${src#tests/}
    name=${name%.c}
    bin=build/tests/$name
    if [ -x "$bin" ]; then
        run "$name" "./$bin"
    else
        missing "$name" "$bin"
    fi
done

# Allocation failures, a quick subset of "make torture" (tests/torture.sh,
# docs/testing.md): fails on a crash, a leak or a corrupt store.  Programs
# whose test code checks its own allocations: a plain build has no stack
# to tell a crash in a test helper from one in the library.
if [ -x build/tests/unit/test_store ]; then
    run torture sh tests/torture.sh -m 10 -t 1 test_store test_config test_status
else
    missing torture build/tests/unit/test_store
fi

for script in tests/cli/test_*.sh; do
    [ -f "$script" ] || continue
    name=${script#tests/}
    if [ -x "$MDSHM" ]; then
        run "$name" sh "$script"
    else
        missing "$name" "./mdshm"
    fi
done

if [ -d tests/integration ]; then
    run_pytest integration tests/integration
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
