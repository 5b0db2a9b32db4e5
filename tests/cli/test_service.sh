#!/bin/sh
# test_service.sh -- dist/mdshm-drive.service (TAP): systemd-analyze
# verify finds nothing to say about it (with ExecStart pointed at the
# built mdshm: verify checks that the program exists), it keeps the
# hardening docs/operations.md promises, and its exposure score stays low.
# A copy with a bad value shows that the check can fail.
#
# Run by tests/run.sh with MDSHM and MDSHM_SRCDIR set; needs
# systemd-analyze (package systemd, tests/deps.sh).

: "${MDSHM:?MDSHM must name the mdshm binary}"
: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
unit=$MDSHM_SRCDIR/dist/mdshm-drive.service

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "1..0 # SKIP systemd-analyze missing (package systemd: sh tests/deps.sh)"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-service.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

# --man=no: the man page is installed by make install, not here; make
# install replaces @bindir@ (here: the built mdshm)
sed "s|@bindir@/mdshm|$MDSHM|" "$unit" >mdshm-drive.service
run systemd-analyze verify --man=no ./mdshm-drive.service
silent_success() { rc_is 0 && ! [ -s err ]; }
ok "systemd-analyze verify passes, silently" silent_success

sed 's/^ProtectSystem=strict/ProtectSystem=stricter/' mdshm-drive.service \
    >broken.service
run systemd-analyze verify --man=no ./broken.service
ok "a bad value is reported (the check can fail)" err_has "stricter"

# what docs/operations.md says the unit does
for d in "User=www-data" "ExecStart=$MDSHM drive --conf /etc/mdshm.conf" \
    "Restart=on-failure" "NoNewPrivileges=yes" "ProtectSystem=strict" \
    "ReadWritePaths=/var/lib/mdshm" "PrivateTmp=yes" "ProtectHome=yes" \
    "PrivateDevices=yes" "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6" \
    "CapabilityBoundingSet=" "SystemCallFilter=@system-service" \
    "UMask=0077"; do
    ok "unit has $d" grep -qx -- "$d" mdshm-drive.service
done

# exposure 0.0 (locked down) .. 10.0 (unsafe); the threshold is in tenths
run systemd-analyze security --offline=true --threshold=20 \
    ./mdshm-drive.service
ok "exposure level at most 2.0" rc_is 0
ok "the exposure is reported" out_has "Overall exposure level"

echo "1..$n"
[ "$failed" -eq 0 ]
