#!/bin/sh
# torture.sh -- allocation-failure torture of the unit tests ("make torture";
# a quick subset runs in "make check" as "torture").  See docs/testing.md.
#
# Usage: sh tests/torture.sh [-a] [-j JOBS] [-m MAX] [PROGRAM[:TEST]...]
#   PROGRAM  a unit test program (test_record or build/tests/unit/test_record);
#            :TEST limits it to one cmocka test.  Default: the programs
#            listed in $default_programs below.
#   -m MAX   at most MAX runs per cmocka test (default 100, 0 = no limit)
#   -t SECS  and as many as fit in SECS at the pace of its clean run (default
#            10; at least 10 runs).  A test whose body makes more
#            allocations than it gets runs fails the first half of them
#            (N = 1, 2, 3...) and samples the rest evenly.
#   -a       fail every allocation from the N-th on, not only the N-th
#   -j JOBS  cmocka tests tortured in parallel (default 2)
#
# Per cmocka test: one clean run counts the allocations its body makes
# (tests/unit/torture.c), then one run per N with the N-th failing.  Each run
# is classified:
#   ok        the test passed (the failure was handled, or retried)
#   error     the test failed on an assertion because an operation returned
#             an error (a negative value: -ENOMEM, or MDSHM_ECRYPTO when
#             OpenSSL does not say why it failed): the failure was reported;
#             not a finding
#   failed    the test failed on another assertion: not counted as a finding
#             but listed, because an operation that reports success with a
#             wrong result after a failed allocation shows up here
#   test      a crash whose innermost frame of the project is the test's own
#             code (an unchecked allocation in a helper, a call to OpenSSL):
#             listed, not a finding, but look: it may follow a library call
#             that reported success with nothing in its output
#   ext       a leak with no frame of the library in it (a test calling
#             OpenSSL), or one tests/torture.supp names: a third-party
#             library losing memory by itself when an allocation fails;
#             or a crash inside such a library ($known_crashes below)
#   crash     a signal, a sanitizer error (ASan, UBSan), a hang (timeout)
#   leak      LeakSanitizer found memory the library lost (needs a sanitizer
#             build: ./configure --enable-sanitizers)
#   corrupt   the store left behind has a record that does not decode
# crash, leak and corrupt are findings.  Logs of all but ok, error and
# failed are kept in build/tests/torture/findings/; the exit status is 1 if
# there is a finding.  Output is TAP, one line per program, then the
# findings, the test/ext runs and the "failed" messages.
default_programs="test_record test_config test_cert test_jws test_acme_csr
test_acme_parse test_acme_http test_status test_status_stream test_store
test_store_file test_store_owner test_joblog test_events test_ocsp test_tls
test_drive test_drive_scale test_idna test_journal test_cluster"

cd "$(dirname "$0")/.." || exit 1
top=$(pwd)
out=${MDSHM_TORTURE_OUT:-build/tests/torture}
export MDSHM="$top/mdshm" MDSHM_BUILD="$top/build"
export MDSHM_HELPERS="$top/build/tests/helpers" MDSHM_SRCDIR="$top"
export CMOCKA_MESSAGE_OUTPUT=stdout
# LeakSanitizer runs from torture.c (at the failed assertion, or after a
# test that passed), never at exit: at exit a failed test's own objects,
# abandoned by cmocka's longjmp, would be reported.
export ASAN_OPTIONS="abort_on_error=0:halt_on_error=1:detect_leaks=1:leak_check_at_exit=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
timeout_s=${MDSHM_TORTURE_TIMEOUT:-60}

# A frame of the library's own code in a sanitizer stack; of the project's.
lib_frame='^ *#[0-9]* 0x[0-9a-f]* in [^ ]* \(base\|shm\|core\)/'
own_frame='^ *#[0-9]* 0x[0-9a-f]* in [^ ]* \(base\|shm\|core\|tests\)/'

# Crashes inside a third-party library when one of its own allocations
# fails, checked by hand like tests/torture.supp (the function named is
# that library's entry point, innermost in the stack before our code):
#   json_loadb  jansson 2.14 writes out of bounds in its lexer when its
#               string buffer cannot grow (core/config_directives.c
#               eab_file, core/acme_*.c: any JSON parse)
#   nss_database_check_reload_and_get
#               glibc 2.36's NSS follows a NULL pointer when the first
#               allocation of its state fails (getpwuid_r in shm/owner.c)
known_crashes="json_loadb nss_database_check_reload_and_get"

# known_crash LOG: is the crash in LOG one of $known_crashes?
known_crash() {
    grep -q 'ERROR: AddressSanitizer' "$1" || return 1
    f=$(sed -n 's/^ *#[0-9]* 0x[0-9a-f]* in \([^ ]*\) .*/\1/p' "$1" |
        grep -v '^_*interceptor\|^__asan' | head -1)
    case " $known_crashes " in *" $f "*) return 0 ;; esac
    return 1
}

# classify LOG RC CLEAN: prints the class of one run (see above); CLEAN
# lists the corrupt records of the clean run (stored so on purpose).
classify() {
    if grep '^torture: corrupt record' "$1" | grep -qvxF -f "$3"; then
        echo corrupt
    elif grep -q '^torture: leak' "$1"; then
        echo leak
    elif [ "$2" -eq 124 ] || [ "$2" -eq 137 ]; then
        echo crash
    elif known_crash "$1"; then
        echo ext
    elif grep -q '^tests/.*runtime error:' "$1" ||
        grep -m1 "$own_frame" "$1" | grep -q ' tests/'; then
        echo test
    elif grep -q 'ERROR: AddressSanitizer\|runtime error:\|Test failed with exception\|ERROR: LeakSanitizer' "$1"; then
        echo crash
    elif ! grep -q '^torture: allocations=' "$1"; then
        echo crash
    elif grep -q '^\[  PASSED  \] 1 test' "$1"; then
        echo ok
    elif grep -q '^\[  ERROR   \] --- 0xfffffffffff\|(rv -[0-9]\|(-[0-9][0-9]*)\|ENOMEM\|Cannot allocate memory' "$1"; then
        echo error
    else
        echo failed
    fi
}

# run LOG TEST N PROGRAM [ENV...]: one run with the N-th allocation failing;
# prints its exit status.
run() {
    log=$1 test=$2 n=$3 prog=$4
    shift 4
    env MDSHM_TORTURE_TEST="$test" MDSHM_TORTURE_FAIL="$n" \
        MDSHM_TORTURE_AFTER="$after" "$@" \
        timeout -k 5 "$timeout_s" "$prog" >"$log" 2>&1 </dev/null
    echo $?
}

# A leak is run again with full stacks (slow: frames through libraries
# built without frame pointers, OpenSSL's, are otherwise lost) and the
# suppressions of tests/torture.supp: leaks that a third-party library
# makes by itself when an allocation fails.  What is left without a frame
# of the library's own code (a test calling OpenSSL) is "ext" too, and so is
# a leak the second run does not repeat whose first stacks show no frame
# of the library (they stop in OpenSSL, built without frame pointers).
leak_again() {
    rc=$(run "$1.full" "$2" "$3" "$4" \
        ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" \
        LSAN_OPTIONS="suppressions=$top/tests/torture.supp:print_suppressions=1")
    if grep -q '^torture: leak' "$1.full"; then
        mv "$1.full" "$1"
        if grep -q "$lib_frame" "$1"; then echo leak; else echo ext; fi
    elif grep -q '^Suppressions used' "$1.full"; then
        mv "$1.full" "$1"
        echo ext
    else
        # Not repeated (a test that makes keys allocates differently each
        # time): the first run's stacks decide, if they reach our code.
        rm -f "$1.full"
        if grep -q "$lib_frame" "$1"; then echo leak; else echo ext; fi
    fi
}

# one PROGRAM TEST COUNT RUNS AFTER: torture one cmocka test in RUNS runs;
# prints one line per run: "PROGRAM TEST N CLASS MESSAGE".
one() {
    prog=$1 test=$2 count=$3 runs=$4 after=$5
    name=$(basename "$prog")
    log=$out/logs/$name.$test.log
    mkdir -p "$out/logs" "$out/findings"
    awk -v c="$count" -v m="$runs" 'BEGIN {
        if (c <= m) { for (i = 1; i <= c; i++) print i; exit }
        # The first half of the runs fail allocations 1, 2, 3...; the
        # other half are spread evenly over the rest.
        h = int(m / 2)
        for (i = 1; i <= h; i++) print i
        for (i = 1; i <= m - h; i++) print h + int(i * (c - h) / (m - h))
    }' | while read -r n; do
        rc=$(run "$log" "$test" "$n" "$prog")
        class=$(classify "$log" "$rc" "$out/clean/$name.$test")
        [ "$class" = leak ] && class=$(leak_again "$log" "$test" "$n" "$prog")
        msg=
        case $class in
        crash | leak | corrupt | test | ext)
            cp "$log" "$out/findings/$name.$test.$n.$class.log"
            case $class in
            leak | ext) msg=$(grep -m1 "$lib_frame" "$log") ;;
            corrupt) msg=$(grep '^torture: corrupt record' "$log" |
                grep -vxF -f "$out/clean/$name.$test" | head -1) ;;
            *) msg="$(grep -m1 'ERROR: \|runtime error:\|^torture: s' "$log" |
                   sed 's/^==[0-9]*==ERROR: //; s/ on unknown address.*//') @ $(grep -m1 "$own_frame" "$log")" ;;
            esac
            msg=$(echo "$msg" | sed 's/^ *#[0-9]* 0x[0-9a-f]* in //') ;;
        failed)
            msg=$(grep -m1 '^\[  ERROR   \] --- ' "$log" | cut -c16-) ;;
        esac
        echo "$name $test $n $class $msg"
    done
    rm -f "$log"
}

if [ "$1" = --one ]; then
    shift
    one "$@"
    exit 0
fi

max=100 budget=10 after=0 jobs=2
while getopts am:j:t: opt; do
    case $opt in
    a) after=1 ;;
    m) max=$OPTARG ;;
    j) jobs=$OPTARG ;;
    t) budget=$OPTARG ;;
    *) echo "usage: sh tests/torture.sh [-a] [-j JOBS] [-m MAX] [-t SECONDS] [PROGRAM[:TEST]...]" >&2
       exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- $default_programs

rm -rf "$out/findings" "$out/clean"
mkdir -p "$out/clean"
if [ "${MDSHM_SANITIZERS:-}" = no ]; then
    echo "# plain build: crashes only; leaks and memory errors need" \
         "./configure --enable-sanitizers"
fi
plan=$out/plan results=$out/results
: >"$plan"
echo "1..$#"
# The plan: one line per cmocka test, with the allocations its body makes
# and the runs it gets: at most MAX, and as many as fit in the time budget
# at the clean run's pace (but at least 10).
for arg in "$@"; do
    prog=${arg%%:*}
    only=
    [ "$prog" != "$arg" ] && only=${arg#*:}
    case $prog in */*) ;; *) prog=build/tests/unit/$prog ;; esac
    if [ ! -x "$prog" ]; then
        echo "Bail out! $prog not built (make build-tests)"
        exit 1
    fi
    for test in $(MDSHM_TORTURE_LIST=1 "$prog" </dev/null); do
        [ -n "$only" ] && [ "$only" != "$test" ] && continue
        t0=$(date +%s%N)
        MDSHM_TORTURE_TEST=$test timeout "$timeout_s" "$prog" \
            >/dev/null 2>"$out/clean.log" </dev/null
        count=$(sed -n 's/^torture: allocations=\([0-9]*\).*/\1/p' \
            "$out/clean.log")
        grep '^torture: corrupt record' "$out/clean.log" \
            >"$out/clean/$(basename "$prog").$test"
        ms=$((($(date +%s%N) - t0) / 1000000 + 1))
        runs=$((budget * 1000 / ms))
        [ "$runs" -lt 10 ] && runs=10
        [ "$max" -gt 0 ] && [ "$runs" -gt "$max" ] && runs=$max
        [ "$runs" -gt "${count:-0}" ] && runs=${count:-0}
        echo "$prog $test ${count:-0} $runs $ms" >>"$plan"
    done
done

start=$(date +%s)
awk -v a="$after" '$4 > 0 { print $1, $2, $3, $4, a }' "$plan" |
    xargs -P "$jobs" -L 1 sh tests/torture.sh --one >"$results"
elapsed=$(($(date +%s) - start))

i=0 findings=0
for arg in "$@"; do
    i=$((i + 1))
    name=$(basename "${arg%%:*}")
    awk -v name="$name" -v i="$i" '
        $1 == name { runs++; c[$4]++; t[$2] = 1 }
        END {
            tests = 0; for (k in t) tests++
            bad = c["crash"] + c["leak"] + c["corrupt"]
            printf "%s %d - %s: %d tests, %d runs: %d ok, %d error, %d failed, %d test, %d ext, %d crash, %d leak, %d corrupt\n",
                (bad ? "not ok" : "ok"), i, name, tests, runs + 0, c["ok"],
                c["error"], c["failed"], c["test"], c["ext"], c["crash"],
                c["leak"], c["corrupt"]
        }' "$results"
done
findings=$(awk '$4 == "crash" || $4 == "leak" || $4 == "corrupt"' "$results" | wc -l)
echo "# $(wc -l <"$results") runs in ${elapsed}s, $findings findings (mode: $([ "$after" = 1 ] && echo 'N and after' || echo 'N only'), max $max runs or ${budget}s per test; plan in $plan)"
if [ "$findings" -gt 0 ]; then
    echo "# findings (logs in $out/findings/):"
    awk '$4 == "crash" || $4 == "leak" || $4 == "corrupt"' "$results" |
        sed 's/^/#   /'
fi
if awk '$4 == "test" || $4 == "ext" { f = 1 } END { exit !f }' "$results"; then
    echo "# crashes in test code, leaks outside the library (not findings):"
    awk '$4 == "test" || $4 == "ext" { $3 = ""; print }' "$results" |
        sort | uniq -c | sed 's/^/#   /'
fi
if grep -q '^[^ ]* [^ ]* [0-9]* failed' "$results"; then
    echo "# failed on another assertion (check for wrong results):"
    awk '$4 == "failed" { $3 = ""; print }' "$results" | sort | uniq -c |
        sed 's/^/#   /'
fi
[ "$findings" -eq 0 ]
