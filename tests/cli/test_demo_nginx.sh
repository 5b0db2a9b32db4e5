#!/bin/sh
# test_demo_nginx.sh -- the nginx demo (tests/demo_nginx.py, run by
# tests/demo_nginx.sh after the build) in Debian's nginx (TAP).
#
# Runs the whole demo once and checks what it shows: the fallback and 503
# while the CA cannot be reached, every name issued with no reload, curl
# verifying each site against pebble's root, the renewal served by every
# worker with the same master and workers, and nothing left running
# afterwards.
#
# Run by tests/run.sh with MDSHM and MDSHM_SRCDIR set.  Root only (nginx
# starts as root, its workers as nobody); skipped in a sanitizer build
# (Debian's nginx cannot load an ASan-instrumented module), and without
# nginx, nginx-dev, pebble or Debian's python3 with python3-cryptography
# and python3-pytest (sh tests/deps.sh installs them).

: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
: "${MDSHM:?MDSHM must name the mdshm binary}"
python=${MDSHM_PYTHON:-/usr/bin/python3}

if [ "$(id -u)" -ne 0 ]; then
    echo "1..0 # SKIP runs nginx as root with user nobody"
    exit 77
fi
if grep -q '^SANITIZERS *= *yes' "$MDSHM_SRCDIR/Makefile" 2>/dev/null; then
    echo "1..0 # SKIP a sanitizer build: nginx cannot load an ASan-instrumented module"
    exit 77
fi
if [ ! -x /usr/sbin/nginx ] || [ ! -d /usr/share/nginx/src ] ||
   ! command -v pebble >/dev/null 2>&1 ||
   ! command -v pebble-challtestsrv >/dev/null 2>&1 ||
   ! "$python" -c 'import cryptography, pytest' 2>/dev/null; then
    echo "1..0 # SKIP nginx, nginx-dev, pebble or $python with python3-cryptography and python3-pytest missing"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-demo-nginx-test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

# the module, built as the demo script builds it (make rebuilds it only
# when the sources or libmdshm.a changed)
run make -C "$MDSHM_SRCDIR" nginx
ok "make nginx builds the module" rc_is 0
so=$MDSHM_SRCDIR/build/nginx/ngx/objs/ngx_http_mdshm_module.so

run env MDSHM_NGINX_SO="$so" MDSHM_DEMO_KEEP=0 "$python" \
    "$MDSHM_SRCDIR/tests/demo_nginx.py"
ok "the nginx demo succeeds" both rc_is 0 out_has "demo_nginx: OK"
# a failure names its step and shows nginx's error log: all of it here
[ "$rc" -eq 0 ] || tail -n 60 out | sed 's/^/#   demo: /'
ok "... the fallback certificate and 503 while the CA cannot be reached" \
    out_has "demo1.test: HTTP 503, certificate CN=mdshm fallback"
ok "... every name then served pebble's certificate, no reload" \
    out_has "master and workers unchanged: True"
ok "... curl verified each site against pebble's root only" \
    out_has "https://www.demo1.test:"
ok "... the renewal served by every worker, same processes, no reload" \
    out_has "same master and workers: True; reloads in the error log: 0"
# what it started is gone: no process names its prefix or work directory
prefix=$(sed -n 's/^    prefix //p' out)
work=$(sed -n 's/^    work directory //p' out)
nothing_left() {
    [ -n "$prefix" ] && [ -n "$work" ] &&
        ! pgrep -f -- "$prefix" >/dev/null && ! pgrep -f -- "$work" >/dev/null
}
ok "... nothing it started is left running" nothing_left
ok "... and its directories are removed" \
    sh -c '[ ! -e "$1" ] && [ ! -e "$2" ]' - "$prefix" "$work"

echo "1..$n"
[ "$failed" -eq 0 ]
