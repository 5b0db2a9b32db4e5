#!/bin/sh
# test_layers.sh -- the layer check fails when it must (TAP).
#
# tests/check-layers.sh runs on the real build in every `make check`; this
# runs it on small trees of synthetic objects (one function per file,
# compiled here) to show that it passes a clean tree and fails, naming the
# pair, on a call up the order, on a cycle across files and on a file of an
# allowed group that joins a cycle with another file.
#
# Run by tests/run.sh with MDSHM_SRCDIR set; needs a C compiler.

: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
CC=${CC:-cc}
python=${MDSHM_PYTHON:-/usr/bin/python3}

if ! command -v "$CC" >/dev/null 2>&1 || ! [ -x "$python" ]; then
    echo "1..0 # SKIP no C compiler or no $python"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-layers.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

# unit FILE CALLEE...: tree/FILE.c defines mdshm__<basename of FILE>, which
# calls mdshm__<CALLEE> for each CALLEE; compiled to tree/build/FILE.o.
unit() {
    f=$1
    shift
    mkdir -p "tree/$(dirname "$f")" "tree/build/$(dirname "$f")"
    {
        for c in "$@"; do echo "void mdshm__$c(void);"; done
        echo "void mdshm__$(basename "$f")(void) {"
        for c in "$@"; do echo "    mdshm__$c();"; done
        echo "}"
    } >"tree/$f.c"
    "$CC" -c -o "tree/build/$f.o" "tree/$f.c"
}

# A clean tree: each layer calls the one below.
clean_tree() {
    rm -rf tree
    unit base/b
    unit shm/s b
    unit core/c s b
    unit core/drive/drive_d c
    unit core/tls/tls_t drive_d c
}
check() { run sh "$MDSHM_SRCDIR/tests/check-layers.sh" --src tree; }

clean_tree
check
ok "a clean tree passes" rc_is 0
ok "the summary counts files per layer, edges, cycles" out_has \
    "5 files (base 1, shm 1, core 1, drive 1, tls 1), 6 edges, 0 up the order, 0 cycles"

clean_tree
unit base/b2 s
check
ok "a call from base up to shm fails" rc_is 1
ok "... naming the pair and the symbol" out_has \
    "up the order (base -> shm): base/b2 -> shm/s: mdshm__s"

clean_tree
unit core/c c2
unit core/c2 c
check
ok "a cycle of two core files fails" rc_is 1
ok "... naming the files" out_has "cycle across 2 files: core/c core/c2"
ok "... and each edge in it" both out_has "core/c -> core/c2: mdshm__c2" \
    out_has "core/c2 -> core/c: mdshm__c"

clean_tree
unit core/drive/drive_d drive_e
unit core/drive/drive_e2 drive_d
unit core/drive/drive_e drive_e2
check
ok "a cycle of three drive files fails" rc_is 1
ok "... naming them" out_has \
    "cycle across 3 files: core/drive/drive_d core/drive/drive_e core/drive/drive_e2"

clean_tree
unit core/config_parse config_directives
unit core/config_directives config_parse
check
ok "the parser and its table may call each other" rc_is 0
ok "... counted as an allowed cycle" out_has "1 cycles (2 files; 1 allowed)"

clean_tree
unit core/config_parse config_directives
unit core/config_directives c
unit core/c config_parse
check
ok "an allowed file in a cycle with another file fails" rc_is 1
ok "... naming the three" out_has \
    "cycle across 3 files: core/c core/config_directives core/config_parse"

clean_tree
rm tree/build/shm/s.o
check
ok "a missing object is an error, not a pass" both rc_is 2 \
    err_has "tree/build/shm/s.o not found"

echo "1..$n"
[ "$failed" -eq 0 ]
