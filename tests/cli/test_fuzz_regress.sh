#!/bin/sh
# test_fuzz_regress.sh -- replay every fuzz seed and every crash input ever
# found (tests/fuzz/corpus/NAME/, tests/fuzz/regress/NAME/) through the fuzz
# targets built without libFuzzer (build/fuzz/fuzz_NAME, replay_main.c).
# Under ./configure --enable-sanitizers they run with ASan and UBSan.
# TAP: one line per target.

top=${MDSHM_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${MDSHM_BUILD:-$top/build}/fuzz
n=0
for src in "$top"/tests/fuzz/fuzz_*.c; do
    n=$((n + 1))
done
echo "1..$n"
i=0
for src in "$top"/tests/fuzz/fuzz_*.c; do
    i=$((i + 1))
    name=${src##*/fuzz_}
    name=${name%.c}
    set --
    for d in "$top/tests/fuzz/corpus/$name" "$top/tests/fuzz/regress/$name"; do
        [ -d "$d" ] && set -- "$@" "$d"
    done
    if [ ! -x "$bin/fuzz_$name" ]; then
        echo "not ok $i - fuzz_$name: $bin/fuzz_$name not built"
        continue
    fi
    out=$("$bin/fuzz_$name" "$@" 2>"$bin/replay-$name.log")
    rc=$?
    count=$(printf '%s\n' "$out" | sed -n 's/^replayed \([0-9]*\) inputs$/\1/p')
    if [ "$rc" -eq 0 ] && [ "${count:-0}" -gt 0 ]; then
        echo "ok $i - fuzz_$name: replayed $count inputs"
    else
        echo "not ok $i - fuzz_$name: exit $rc after ${count:-?} inputs"
        tail -n 20 "$bin/replay-$name.log" | sed 's/^/# /'
    fi
done
