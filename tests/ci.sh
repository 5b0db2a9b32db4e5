#!/usr/bin/env bash
# ci.sh -- the project's test command (.ci/run runs it; so can you, as root).
#
# Installs the build dependencies if any is missing (tests/deps.sh), then
# ./configure && make -j2 && make check.  MDSHM_SANITIZE=1 builds and tests
# with AddressSanitizer + UBSan (./configure --enable-sanitizers) from a
# clean tree.  Exits with make check's status.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sh tests/deps.sh

configure_args=()
if [ "${MDSHM_SANITIZE:-0}" = 1 ]; then
    if [ -f Makefile ]; then
        make distclean
    fi
    configure_args+=(--enable-sanitizers)
fi

./configure "${configure_args[@]}"
make -j2
exec make check
