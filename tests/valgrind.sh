#!/bin/sh
# valgrind.sh -- memcheck on test programs ("make valgrind": the unit and
# proc tests of a plain build).
#
# Usage: sh tests/valgrind.sh PROGRAM...
#
# Each program runs under valgrind --tool=memcheck with its log in
# build/tests/valgrind/NAME.log; a program fails if valgrind reports an
# error (invalid read/write, uninitialised value, definite leak; exit code
# 99) or the test itself fails.  Forked children are checked too (their
# reports go to the same log, per pid); exec'ed programs are not.
# MDSHM_VALGRIND_TIMEOUT (default 900 s) bounds each program.
#
# test_runcmd: glibc's posix_spawn reports a failed exec (a missing
# program) through its vfork-like clone, which valgrind runs as a plain
# fork, so the test's -ENOENT case cannot pass under valgrind; for it only
# memcheck's verdict counts (and the test's own result is shown).
memcheck_only="test_runcmd"
# Candidates that wait for the leader lock block a thread in
# fcntl(F_OFD_SETLKW); valgrind 3.19 does not treat that as a blocking
# call and the whole process stalls (a ten-line program that does only
# that hangs too).  These are skipped, with this reason.
stalls="test_election_api test_kill test_sigstop"

cd "$(dirname "$0")/.." || exit 1
top=$(pwd)
if ! command -v valgrind >/dev/null 2>&1; then
    echo "valgrind: not installed (apt-get install valgrind)" >&2
    exit 1
fi
export MDSHM="$top/mdshm" MDSHM_BUILD="$top/build"
export MDSHM_HELPERS="$top/build/tests/helpers" MDSHM_SRCDIR="$top"
export CMOCKA_MESSAGE_OUTPUT=stdout
logdir=build/tests/valgrind
mkdir -p "$logdir"
timeout_s=${MDSHM_VALGRIND_TIMEOUT:-900}
pass=0 fail=0
skip=0
for prog in "$@"; do
    name=$(basename "$prog")
    case " $stalls " in
    *" $name "*)
        skip=$((skip + 1))
        echo "SKIP $name (fcntl(F_OFD_SETLKW) in a thread stalls valgrind)"
        continue ;;
    esac
    log=$logdir/$name.log
    vlog=$logdir/$name.vg.%p
    rm -f "$logdir/$name.vg."*
    timeout -k 10 "$timeout_s" valgrind --tool=memcheck --error-exitcode=99 \
        --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --track-origins=no \
        --suppressions="$top/tests/valgrind.supp" \
        --log-file="$vlog" "$prog" >"$log" 2>&1
    rc=$?
    errors=$(cat "$logdir/$name.vg."* 2>/dev/null |
        sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' |
        awk '{ s += $1 } END { print s + 0 }')
    case " $memcheck_only " in
    *" $name "*)
        if [ "$rc" -ne 99 ] && [ "$rc" -ne 124 ] && [ "$errors" -eq 0 ]; then
            pass=$((pass + 1))
            echo "PASS $name (memcheck only; the test itself exited $rc)"
            continue
        fi ;;
    esac
    if [ "$rc" -eq 0 ] && [ "$errors" -eq 0 ]; then
        pass=$((pass + 1))
        echo "PASS $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name (exit $rc, $errors valgrind errors; see" \
            "$log and $logdir/$name.vg.*)"
    fi
done
echo "valgrind: $pass clean, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
