#!/usr/bin/env bash
# demo_apache.sh -- the demo with Apache: build mod_mdshm and run it in
# Debian's apache2 (prefork, children as nobody) against a local test CA
# (pebble): three MDs get the fallback certificate and 503 first, then
# pebble's certificates with no reload, then one is renewed on request and
# served by every child with no reload.
#
# Usage: sudo bash tests/demo_apache.sh       (root on Debian 12)
#
# Installs the Debian packages if needed (tests/deps.sh: apache2,
# apache2-dev, pebble, ...), builds (./configure if there is no Makefile,
# then make -j2 and make httpd: ./mdshm and build/httpd/.libs/mod_mdshm.so),
# then runs tests/demo_apache.py with Debian's /usr/bin/python3 (its steps
# are described there).  Everything listens on 127.0.0.1 only, on free
# ports; nothing is left running afterwards.  MDSHM_DEMO_KEEP=1 keeps
# httpd's ServerRoot (configuration, store, error log).  Exit status 0 when
# every step worked, 1 (with the failing step named and the tail of httpd's
# error log) otherwise.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "$(id -u)" -ne 0 ]; then
    echo "demo_apache: run it as root (apache2 starts as root, its children as nobody)" >&2
    exit 1
fi

echo "==> Installing the Debian packages mdshm and the module need (tests/deps.sh)"
sh tests/deps.sh

demo_name=demo_apache
# shellcheck source=tests/demo_build.sh
. tests/demo_build.sh

echo
echo "==> Building mdshm and mod_mdshm"
demo_build_mdshm
build make httpd
echo "    built ./mdshm ($(./mdshm --version)) and build/httpd/.libs/mod_mdshm.so"

echo
MDSHM=$PWD/mdshm MDSHM_HTTPD_SO=$PWD/build/httpd/.libs/mod_mdshm.so \
    /usr/bin/python3 tests/demo_apache.py
