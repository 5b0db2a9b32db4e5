#!/bin/sh
# compare.sh -- a benchmark of revision REV against the working tree,
# interleaved on this machine ("make bench-compare REV=main").
#
# Usage: sh tests/bench/compare.sh [-r ROUNDS] [-k] REV [BENCH...]
#   REV      any git revision (main, 067ccf0, HEAD~2); "A" below
#   BENCH    bench programs (default: bench_lookup bench_takeover); "B" is
#            the working tree as it is on disk, uncommitted changes included
#   -r N     rounds (default 2): A B A B ..., each program run 2N times
#   -k       keep the temporary directory (builds and raw outputs)
# Extra arguments for one program: MDSHM_BENCH_ARGS_<name> (as run.sh),
# e.g. MDSHM_BENCH_ARGS_bench_lookup='-p 1 -r 100'; both sides get them.
#
# Both sides are built the same way in a new temporary directory: REV from
# `git archive`, the working tree from its tracked and new (not ignored)
# files; `./configure CFLAGS='-O2 -g'` and make of the bench programs only
# (they are always -O2).  So neither side uses the build in the working
# tree, whatever flags that has (sanitizers).
#
# Output: the exact command of every run ("$ ..."), then one line per
# figure: its name (bench: row key: column), A's and B's values over the
# rounds (min-max, median) and B/A of the medians.  Figures are the
# programs' Markdown table cells (both old and new revisions print those),
# "RESULT name value unit" lines and labelled lines such as bench_staple's
# "  store   462.0 ns" (tests/bench/compare_report.py).  Which way is
# better depends on the figure (ns and ms: lower; hs/s: higher).  Nothing
# is asserted.
#
# Exit status: 0; 1 if a build or a run failed (outputs are kept then).

cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
rounds=2
keep=0
while getopts r:k opt; do
    case $opt in
    r) rounds=$OPTARG ;;
    k) keep=1 ;;
    *) exit 64 ;;
    esac
done
shift $((OPTIND - 1))
case $rounds in '' | *[!0-9]* | 0) echo "compare.sh: bad -r" >&2; exit 64 ;; esac
if [ $# -lt 1 ]; then
    echo "usage: sh tests/bench/compare.sh [-r ROUNDS] [-k] REV [BENCH...]" >&2
    exit 64
fi
rev=$1
shift
[ $# -eq 0 ] && set -- bench_lookup bench_takeover
for b in "$@"; do
    case $b in
    bench_[a-z]*) [ -f "tests/bench/$b.c" ] && continue ;;
    esac
    echo "compare.sh: no benchmark program tests/bench/$b.c" >&2
    exit 64
done
commit=$(git rev-parse --verify --quiet "$rev^{commit}") || {
    echo "compare.sh: '$rev' is not a revision" >&2
    exit 64
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-compare.XXXXXX") || exit 1
chmod 700 "$tmp" || exit 1
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "kept: $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "compare.sh: $*" >&2
    keep=1
    exit 1
}

# build SIDE: ./configure and make the bench programs in $tmp/SIDE
build() {
    targets=
    for b in "$@"; do
        [ -f "$tmp/$side/tests/bench/$b.c" ] &&
            targets="$targets build/tests/bench/$b"
        # bench_handshake runs the example server it finds next to it
        [ "$b" = bench_handshake ] &&
            targets="$targets build/adapters/custom/mdshm-example-server"
    done
    # shellcheck disable=SC2086 # targets is a word list on purpose
    (cd "$tmp/$side" && ./configure CFLAGS='-O2 -g' &&
        make -j2 $targets) >"$tmp/$side.build.log" 2>&1 ||
        fail "building $side failed, see $tmp/$side.build.log"
}

echo "mdshm benchmark comparison, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "\$ sh tests/bench/compare.sh -r $rounds $rev $*"
echo "A = $rev ($(git log -1 --format='%h %s' "$commit" | cut -c1-70))"
dirty=$(git status --porcelain --untracked-files=normal | wc -l)
echo "B = working tree at $(git rev-parse --short HEAD)" \
     "($dirty changed or new files)"
cpus=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
echo "host: $(uname -srm), $cpus CPUs, load average" \
     "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

mkdir "$tmp/A" "$tmp/B" "$tmp/out" "$tmp/run" || exit 1
git archive "$commit" | tar -x -C "$tmp/A" || fail "git archive $rev"
# tracked and new files that exist (a deleted tracked file is left out)
# shellcheck disable=SC2016 # expanded by the inner sh
git ls-files -z -c -o --exclude-standard |
    xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh |
    tar --null -T - -cf - | tar -x -C "$tmp/B" || fail "copying the tree"
for side in A B; do
    build "$@"
done
echo "built both in $tmp (./configure CFLAGS='-O2 -g'; bench programs -O2)"

status=0
for b in "$@"; do
    extra=
    eval "extra=\${MDSHM_BENCH_ARGS_$b:-}"
    r=1
    while [ "$r" -le "$rounds" ]; do
        for side in A B; do
            prog=$tmp/$side/build/tests/bench/$b
            if [ ! -x "$prog" ]; then
                echo "($b does not exist in $side)"
                continue
            fi
            rm -rf "$tmp/run/$b"
            # shellcheck disable=SC2086 # extra is a word list on purpose
            set -- "$prog" -d "$tmp/run/$b" $extra
            echo "\$ $*"
            "$@" >"$tmp/out/$b.$side.$r" 2>&1
            rc=$?
            # 2: a target missed (MDSHM_BENCH_STRICT); the figures stand
            if [ $rc -ne 0 ] && [ $rc -ne 2 ]; then
                echo "compare.sh: $b ($side, round $r) exited $rc:" >&2
                tail -n 5 "$tmp/out/$b.$side.$r" >&2
                status=1
                keep=1
            fi
        done
        r=$((r + 1))
    done
done
rm -rf "$tmp/run"

echo
/usr/bin/python3 "$top/tests/bench/compare_report.py" "$tmp/out" || status=1
exit $status
