#!/usr/bin/env bash
# demo.sh -- build mdshm and show it at work: the example prefork HTTPS
# server (4 workers) gets certificates for three domains over ACME from a
# local test CA (pebble), staples their OCSP responses, serves them to curl,
# then one certificate is renewed on request and served by every worker
# without a restart.
#
# Usage: bash tests/demo.sh [--https-port N] [--http-port N] [--acme-port N]
#        bash tests/demo.sh --apache     (the same with Debian's apache2
#                                         and mod_mdshm: tests/demo_apache.sh)
#        bash tests/demo.sh --nginx      (the same with Debian's nginx and
#                                         its module: tests/demo_nginx.sh)
#        (as root on Debian 12: installs what it needs)
#
# Installs the Debian packages if needed (tests/deps.sh), builds
# (./configure if there is no Makefile, then make -j2: ./mdshm and
# build/adapters/custom/mdshm-example-server), then runs tests/demo.py with
# Debian's /usr/bin/python3 (its steps are described there) with the
# options given here.  Everything listens on 127.0.0.1 only, on free ports
# chosen at run time unless --https-port (MDSHM_DEMO_HTTPS_PORT), --http-port
# (MDSHM_DEMO_HTTP_PORT, where pebble checks http-01) or --acme-port
# (MDSHM_DEMO_ACME_PORT, pebble's directory) choose them; nothing is left
# running afterwards.  MDSHM_DEMO_KEEP=1 keeps the temporary directory (store,
# logs, certificates).  Exit status 0 when every step worked, 1 (with the failing
# step named and the tail of its log) otherwise.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${1:-}" = --apache ]; then
    shift
    exec bash tests/demo_apache.sh "$@"
fi
if [ "${1:-}" = --nginx ]; then
    shift
    exec bash tests/demo_nginx.sh "$@"
fi

echo "==> Installing the Debian packages mdshm needs (tests/deps.sh)"
sh tests/deps.sh

# shellcheck source=tests/demo_build.sh
. tests/demo_build.sh

echo
echo "==> Building mdshm"
demo_build_mdshm
echo "    built ./mdshm ($(./mdshm --version)), libmdshm.a and" \
    "build/adapters/custom/mdshm-example-server"

if [ ! -x /usr/bin/python3 ]; then
    echo "demo: FAILED: /usr/bin/python3 is missing (sh tests/deps.sh installs it)" >&2
    exit 1
fi
echo
MDSHM=$PWD/mdshm MDSHM_BUILD=$PWD/build /usr/bin/python3 tests/demo.py "$@"
