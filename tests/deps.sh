#!/bin/sh
# deps.sh -- install the Debian packages mdshm needs to build and test.
#
# Usage: sh tests/deps.sh [fuzz]   (as root; tests/ci.sh and tests/demo.sh
#        call it without arguments; "make fuzz" and "make valgrind" with
#        "fuzz", which adds clang, libFuzzer's runtime and valgrind: large,
#        and not needed by make check)
#
# Does nothing when every package is installed already (checked with
# dpkg-query), so it is cheap to run every time.  Otherwise it installs the
# missing ones, running "apt-get update" only when the install needs it.

set -u

PACKAGES="build-essential pkg-config libssl-dev libcurl4-openssl-dev
liblmdb-dev lmdb-utils libmsgpack-dev libjansson-dev libcmocka-dev jq
ca-certificates openssl curl pebble python3-pytest python3-cryptography"
# systemd-analyze verify of dist/mdshm-drive.service (tests/cli/test_service.sh)
PACKAGES="$PACKAGES systemd"
# headless rendering of mdshm status --html (tests/cli/test_status_html.sh)
PACKAGES="$PACKAGES chromium"
# a store written by Debian's mod_md (tests/integration/test_import_mod_md.py)
# and the httpd adapter: make httpd (apxs), tests/integration/test_httpd.py
PACKAGES="$PACKAGES apache2 apache2-dev libapache2-mod-md"
# the nginx adapter: make nginx (nginx-dev's source tree),
# tests/integration/test_nginx.py
PACKAGES="$PACKAGES nginx nginx-dev"
# cluster mode: a real 3-member etcd on loopback (tests/integration/etcd.py,
# test_etcd.py)
PACKAGES="$PACKAGES etcd-server"
# make fuzz (clang with libFuzzer) and make valgrind (docs/reliability.md)
if [ "${1:-}" = fuzz ]; then
    PACKAGES="$PACKAGES clang libclang-rt-14-dev valgrind"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    # shellcheck disable=SC2086  # one word per package
    echo "deps: not a Debian system; make sure these (or their equivalents)" \
        "are installed:" $PACKAGES >&2
    exit 0
fi

missing=
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) || status=
    case $status in
    *" ok installed") ;;
    *) missing="$missing $pkg" ;;
    esac
done

if [ -z "$missing" ]; then
    echo "deps: all packages are installed"
    exit 0
fi

echo "deps: installing:$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: not root; run as root, or: apt-get install$missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# apache2 and nginx start their services when installed: both on port 80
# of every interface, so the second one fails and dpkg with it.  The tests
# start their own servers on 127.0.0.1; a policy-rc.d that says "no"
# (exit 101) keeps the packages from starting anything while we install.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# tests/deps.sh: no service starts while installing\nexit 101\n' \
        >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d &&
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
install_missing() {
    # shellcheck disable=SC2086  # one word per package
    apt-get install -y -q --no-install-recommends $missing
}

# With package lists present, try without an update first; stale lists make
# the install fail (404), and then an update and a second try fix it.
if ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1 && install_missing; then
    exit 0
fi
apt-get update -q || exit 1
install_missing
