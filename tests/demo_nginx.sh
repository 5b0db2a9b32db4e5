#!/usr/bin/env bash
# demo_nginx.sh -- the demo with nginx: build ngx_http_mdshm_module and run
# it in Debian's nginx (a master and 4 workers as nobody) against a local
# test CA (pebble): three MDs get the fallback certificate and 503 while
# the CA cannot be reached, then pebble's certificates with no reload,
# then one is renewed on request and served by every worker with no
# reload.
#
# Usage: sudo bash tests/demo_nginx.sh        (root on Debian 12)
#        bash tests/demo.sh --nginx           (the same)
#
# Installs the Debian packages if needed (tests/deps.sh: nginx, nginx-dev,
# pebble, ...), builds (./configure if there is no Makefile, then make -j2
# and make nginx: ./mdshm and build/nginx/ngx/objs/ngx_http_mdshm_module.so),
# then runs tests/demo_nginx.py with Debian's /usr/bin/python3 (its steps
# are described there).  Everything listens on 127.0.0.1 only, on free
# ports; nothing is left running afterwards.  MDSHM_DEMO_KEEP=1 keeps
# nginx's prefix (configuration, store, error log).  Exit status 0 when
# every step worked, 1 (with the failing step named and the tail of nginx's
# error log) otherwise.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "$(id -u)" -ne 0 ]; then
    echo "demo_nginx: run it as root (nginx starts as root, its workers as nobody)" >&2
    exit 1
fi

echo "==> Installing the Debian packages mdshm and the module need (tests/deps.sh)"
sh tests/deps.sh

demo_name=demo_nginx
# shellcheck source=tests/demo_build.sh
. tests/demo_build.sh

echo
echo "==> Building mdshm and ngx_http_mdshm_module"
demo_build_mdshm
build make nginx
so=$PWD/build/nginx/ngx/objs/ngx_http_mdshm_module.so
echo "    built ./mdshm ($(./mdshm --version)) and ${so#"$PWD"/}"

echo
MDSHM=$PWD/mdshm MDSHM_NGINX_SO=$so /usr/bin/python3 tests/demo_nginx.py
