#!/usr/bin/env bash
# demo.sh -- build mdshm and show it on a sample store.
#
# Installs the dependencies if needed (tests/deps.sh), builds, then in a
# temporary directory makes an EC P-256 self-signed certificate for
# www.example.test and example.test, imports it into a new store and runs
# status, dump and check on it.  MDSHM_DEMO_KEEP=1 keeps the directory.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sh tests/deps.sh
if [ ! -f Makefile ]; then
    ./configure
fi
make -j2

work=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-demo.XXXXXX")
if [ "${MDSHM_DEMO_KEEP:-0}" = 1 ]; then
    echo "demo: keeping $work"
else
    trap 'rm -rf "$work"' EXIT
fi
cert=$work/example.test.crt
key=$work/example.test.key
store=$work/store

step() {
    echo
    echo "+ $*"
    "$@"
}

umask 077
step openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -nodes -keyout "$key" -out "$cert" -days 90 \
    -subj "/CN=www.example.test" \
    -addext "subjectAltName=DNS:www.example.test,DNS:example.test" 2>&1
chmod 600 "$key"
step openssl x509 -in "$cert" -noout -subject -ext subjectAltName -enddate

mkdir -m 700 "$store"
step ./mdshm import example.test --cert "$cert" --key "$key" --store "$store"
step ./mdshm status --store "$store"
step ./mdshm dump --store "$store"
step ./mdshm check --store "$store"
echo
echo "demo: done"
