#!/bin/sh
# test_demo_apache.sh -- the Apache demo (tests/demo_apache.py, run by
# tests/demo_apache.sh after the build) in Debian's apache2 (TAP).
#
# Runs the whole demo once and checks what it shows: the fallback and 503
# before the first check, every name issued with no reload, curl verifying
# each site against pebble's root, the renewal served by every child with
# the same parent and children, and nothing left running afterwards.
#
# Run by tests/run.sh with MDSHM and MDSHM_SRCDIR set.  Root only (apache2
# starts as root, its children as nobody); skipped in a sanitizer build
# (Debian's apache2 cannot load an ASan-instrumented module), and without
# apache2, apxs, pebble or Debian's python3 with python3-cryptography
# (sh tests/deps.sh installs them).

: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
: "${MDSHM:?MDSHM must name the mdshm binary}"
python=${MDSHM_PYTHON:-/usr/bin/python3}

if [ "$(id -u)" -ne 0 ]; then
    echo "1..0 # SKIP runs apache2 as root with User nobody"
    exit 77
fi
if grep -q '^SANITIZERS *= *yes' "$MDSHM_SRCDIR/Makefile" 2>/dev/null; then
    echo "1..0 # SKIP a sanitizer build: apache2 cannot load an ASan-instrumented module"
    exit 77
fi
if ! command -v apache2 >/dev/null 2>&1 && [ ! -x /usr/sbin/apache2 ] ||
   ! command -v apxs >/dev/null 2>&1 ||
   ! command -v pebble >/dev/null 2>&1 ||
   ! command -v pebble-challtestsrv >/dev/null 2>&1 ||
   ! "$python" -c 'import cryptography' 2>/dev/null; then
    echo "1..0 # SKIP apache2, apxs, pebble or $python with python3-cryptography missing"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-demo-apache-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

# the module, built as the demo script builds it (make rebuilds it only
# when the sources or libmdshm.a changed)
run make -C "$MDSHM_SRCDIR" httpd
ok "make httpd builds the module" rc_is 0
so=$MDSHM_SRCDIR/build/httpd/.libs/mod_mdshm.so

run env MDSHM_HTTPD_SO="$so" MDSHM_DEMO_KEEP=0 "$python" \
    "$MDSHM_SRCDIR/tests/demo_apache.py"
ok "the Apache demo succeeds" both rc_is 0 out_has "demo_apache: OK"
# a failure names its step and shows httpd's error log: all of it here
[ "$rc" -eq 0 ] || tail -n 60 out | sed 's/^/#   demo: /'
ok "... the fallback certificate and 503 before the first check" \
    out_has "demo1.test: HTTP 503, certificate CN=mdshm fallback"
ok "... every name then served pebble's certificate, no reload" \
    out_has "parent and children unchanged: True"
ok "... curl verified each site against pebble's root only" \
    out_has "https://www.demo1.test:"
ok "... the renewal served by every child, same processes, no reload" \
    out_has "same parent and children: True; reloads in the error log: 0"
# what it started is gone: no process names its ServerRoot or work directory
root=$(sed -n 's/^    ServerRoot //p' out)
work=$(sed -n 's/^    work directory //p' out)
nothing_left() {
    [ -n "$root" ] && [ -n "$work" ] &&
        ! pgrep -f -- "$root" >/dev/null && ! pgrep -f -- "$work" >/dev/null
}
ok "... nothing it started is left running" nothing_left
ok "... and its directories are removed" \
    sh -c '[ ! -e "$1" ] && [ ! -e "$2" ]' - "$root" "$work"

echo "1..$n"
[ "$failed" -eq 0 ]
