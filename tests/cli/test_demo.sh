#!/bin/sh
# test_demo.sh -- the demo (tests/demo.py) on ports chosen by options and
# environment variables (TAP).
#
# Runs the whole demo once with its three ports chosen (the HTTPS port by
# MDSHM_DEMO_HTTPS_PORT, the others by --http-port and --acme-port) and
# checks that it succeeds on exactly those ports; then that a chosen port
# that is taken, a bad value and the same port twice stop it before
# anything starts, each with a message naming the option and the variable.
#
# Run by tests/run.sh with MDSHM and MDSHM_BUILD set; needs pebble and
# Debian's python3 with python3-cryptography (sh tests/deps.sh).

: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
: "${MDSHM:?MDSHM must name the mdshm binary}"
python=${MDSHM_PYTHON:-/usr/bin/python3}

if ! command -v pebble >/dev/null 2>&1 ||
   ! command -v pebble-challtestsrv >/dev/null 2>&1 ||
   ! "$python" -c 'import cryptography' 2>/dev/null; then
    echo "1..0 # SKIP pebble or $python with python3-cryptography missing"
    exit 77
fi
if [ ! -x "${MDSHM_BUILD:-}/adapters/custom/mdshm-example-server" ]; then
    echo "1..0 # SKIP the example server is not built (make)"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-demo-test.XXXXXX") || exit 1
holder=
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

demo() { run env -u MDSHM_DEMO_HTTPS_PORT -u MDSHM_DEMO_HTTP_PORT \
             -u MDSHM_DEMO_ACME_PORT "$@"; }
demo_py="$python $MDSHM_SRCDIR/tests/demo.py"

# Three ports free now (held together, so they differ).
# shellcheck disable=SC2046  # three numbers
set -- $("$python" -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
https=$1 http=$2 acme=$3

# shellcheck disable=SC2086  # $demo_py is a command line
demo MDSHM_DEMO_HTTPS_PORT="$https" $demo_py --http-port "$http" \
    --acme-port "$acme"
ok "the demo succeeds on chosen ports" rc_is 0
ok "... the server on the ports of MDSHM_DEMO_HTTPS_PORT and --http-port" \
    out_has "https=$https http=$http"
ok "... pebble on the port of --acme-port" \
    out_has "ACME directory https://127.0.0.1:$acme/dir"
ok "... and its http-01 checks on the server's HTTP port" \
    out_has "checks http-01 on http://NAME:$http/"
ok "... curl fetched the sites on that HTTPS port" \
    out_has "https://demo1.test:$https/"

# A port someone listens on.
"$python" -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
print(s.getsockname()[1], flush=True)
time.sleep(120)' >held &
holder=$!
i=0
while [ ! -s held ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
taken=$(cat held)
# shellcheck disable=SC2086
demo $demo_py --https-port "$taken"
ok "a chosen port that is taken stops the demo before it starts" \
    both rc_is 1 out_has "FAILED before starting: port $taken"
ok "... naming the option and the variable" \
    out_has "--https-port or MDSHM_DEMO_HTTPS_PORT"
ok "... nothing was started" out_lacks "==>"

# shellcheck disable=SC2086
demo $demo_py --https-port x
ok "a bad port value is a usage error" both rc_is 2 \
    err_has "argument --https-port: 'x' is not a port number"
# shellcheck disable=SC2086
demo MDSHM_DEMO_ACME_PORT=70000 $demo_py
ok "... from the environment too, naming the variable" both rc_is 2 \
    err_has "MDSHM_DEMO_ACME_PORT: '70000' is not a port number"
# shellcheck disable=SC2086
demo MDSHM_DEMO_HTTP_PORT="$http" $demo_py --https-port "$http"
ok "the same port chosen twice is a usage error" both rc_is 2 \
    err_has "the same port chosen twice"

echo "1..$n"
[ "$failed" -eq 0 ]
