#!/bin/sh
# test_discover.sh -- how the CLI finds its store and configuration (TAP):
# --store, --conf FILE, $MDSHM_STORE, $MDSHM_CONF and the system's
# mdshm.conf in that order; no ./md default; errors that name where the
# path came from and an init suggestion that works; the README's
# `mdshm status --md-status example.org` with only the system's file;
# a conf.d layout through Include (config-check).
#
# The system's file is $MDSHM_SYSCONFDIR/mdshm.conf here (a test-only
# override, docs/cli.md).  The real /etc/mdshm.conf is used by one test,
# only as root and only if the file does not exist: it is created with
# noclobber and removed on exit.

: "${MDSHM:?MDSHM must name the mdshm binary}"

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-discover.XXXXXX") || exit 1
made_etc=
cleanup() {
    [ -n "$made_etc" ] && rm -f /etc/mdshm.conf
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
unset MDSHM_STORE MDSHM_CONF
export MDSHM_SYSCONFDIR="$tmp/etc"
mkdir etc work

. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

absent() { [ ! -e "$1" ]; }
present() { [ -e "$1" ]; }

# run_env VAR=VALUE... -- COMMAND...: run with these variables set.
run_env() {
    last="$*"
    env_args=
    while [ "$1" != "--" ]; do
        env_args="$env_args $1"
        shift
    done
    shift
    # shellcheck disable=SC2086  # the assignments are words on purpose
    env $env_args "$@" >out 2>err
    rc=$?
}

# Five stores, one per source; each holds one MD named after it, so that
# status shows which store a command read.
if ! openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout k.pem -out c.pem -days 30 -subj "/CN=example.org" \
        -addext "subjectAltName=DNS:example.org" 2>/dev/null; then
    echo "Bail out! openssl could not make a test certificate"
    exit 1
fi
for s in store conf env envconf sys; do
    openssl req -x509 -key k.pem -out "$s.pem" -days 30 \
        -subj "/CN=$s.example" -addext "subjectAltName=DNS:$s.example" \
        2>/dev/null &&
        "$MDSHM" --store "$tmp/$s" init >/dev/null &&
        "$MDSHM" --store "$tmp/$s" import "$s.example" --cert "$s.pem" \
            --key k.pem >/dev/null || {
        echo "Bail out! cannot make store $s"
        exit 1
    }
done
"$MDSHM" --store "$tmp/sys" import example.org --cert c.pem --key k.pem \
    >/dev/null || exit 1
printf '# the --conf file\nMDStoreDir %s/conf\n' "$tmp" >conf.conf
printf 'MDStoreDir %s/envconf\n' "$tmp" >envconf.conf
printf 'MDomain sys.example\n\nMDStoreDir %s/sys\n' "$tmp" >etc/mdshm.conf

# --- precedence -----------------------------------------------------------

all="MDSHM_STORE=$tmp/env MDSHM_CONF=$tmp/envconf.conf"
run_env $all -- "$MDSHM" --store "$tmp/store" --conf conf.conf status
ok "--store wins over --conf and the environment" \
    both out_has "store.example:" out_lacks "conf.example:"
run_env $all -- "$MDSHM" --conf conf.conf status
ok "--conf FILE: its MDStoreDir wins over the environment" \
    both out_has "conf.example:" out_lacks "env.example:"
run_env $all -- "$MDSHM" status
ok "\$MDSHM_STORE wins over \$MDSHM_CONF" \
    both out_has "env.example:" out_lacks "envconf.example:"
run_env MDSHM_CONF="$tmp/envconf.conf" -- "$MDSHM" status
ok "\$MDSHM_CONF wins over the system's file" \
    both out_has "envconf.example:" out_lacks "sys.example:"
run_env -- "$MDSHM" status
ok "the system's mdshm.conf: its MDStoreDir" both rc_is 0 \
    out_has "sys.example:"
(cd work && "$MDSHM" status --md-status example.org) >out 2>err
rc=$?
last="(in another directory) mdshm status --md-status example.org"
ok "the README's 'mdshm status --md-status example.org' works as written" \
    both rc_is 0 out_has '"name": "example.org"'
printf 'MDomain x.example\n' >noplace.conf
run_env MDSHM_STORE="$tmp/env" -- "$MDSHM" --conf noplace.conf status
ok "--conf without MDStoreDir falls back to \$MDSHM_STORE" \
    out_has "env.example:"
run_env MDSHM_SYSCONFDIR="$tmp/none" -- "$MDSHM" status
ok "no source at all: an error that says what to give, no ./md" \
    both rc_is 1 err_has "no store named: give --store DIR or --conf FILE"
mkdir -p work/md
(cd work && env MDSHM_SYSCONFDIR="$tmp/none" "$MDSHM" init) >out 2>err
rc=$?
ok "... and init makes no store in the current directory" \
    both rc_is 1 absent work/md/data.mdb

# --- errors name the source ---------------------------------------------------

run "$MDSHM" --store "$tmp/gone" status
ok "missing --store: named as such, with its init command" \
    both err_has "cannot open store $tmp/gone (from --store)" \
    err_has "create it with: mdshm --store $tmp/gone init"
printf 'MDomain a.example\nMDStoreDir %s/gone-conf\n' "$tmp" >gone.conf
run "$MDSHM" --conf gone.conf status
ok "missing store of --conf: FILE:LINE MDStoreDir, init through --conf" \
    both err_has "cannot open store $tmp/gone-conf (MDStoreDir at gone.conf:2, --conf)" \
    err_has "create it with: mdshm --conf gone.conf init"
run_env MDSHM_STORE="$tmp/gone-env" -- "$MDSHM" dump
ok "missing \$MDSHM_STORE: named as such" \
    both err_has "(from \$MDSHM_STORE)" \
    err_has "create it with: mdshm --store $tmp/gone-env init"
run_env MDSHM_CONF="$tmp/gone.conf" -- "$MDSHM" metrics
ok "missing store of \$MDSHM_CONF: named with FILE:LINE" \
    err_has "(MDStoreDir at $tmp/gone.conf:2, \$MDSHM_CONF)"
mkdir etc2
cp gone.conf etc2/mdshm.conf
run_env MDSHM_SYSCONFDIR="$tmp/etc2" -- "$MDSHM" check
ok "missing store of the system's file: 'the default configuration'" \
    both err_has "(MDStoreDir at $tmp/etc2/mdshm.conf:2, the default configuration)" \
    err_has "create it with: mdshm --conf $tmp/etc2/mdshm.conf init"
run_env MDSHM_SYSCONFDIR="$tmp/etc2" -- "$MDSHM" --conf "$tmp/etc2/mdshm.conf" init
ok "the suggested init creates the store the file names" \
    both rc_is 0 present "$tmp/gone-conf/data.mdb"
run_env MDSHM_SYSCONFDIR="$tmp/etc2" -- "$MDSHM" check
ok "... and the command now works" rc_is 0
run_env MDSHM_STORE="$tmp/env" -- "$MDSHM" --conf noplace.conf --store "$tmp/x" renew a.example
ok "renew takes --conf/--store like the others" err_has "(from --store)"
run_env MDSHM_CONF="$tmp/noplace.conf" -- "$MDSHM" status
ok "a configuration without MDStoreDir: said so" \
    both rc_is 1 err_has "noplace.conf (\$MDSHM_CONF) sets no MDStoreDir"
printf 'MDStoreDir %s/sys\nMDBogus 1\n' "$tmp" >bad.conf
run "$MDSHM" --conf bad.conf status
ok "a bad configuration: FILE:LINE of the error, nothing read" \
    both rc_is 1 err_has "bad.conf:2: unknown directive 'MDBogus'"
run_env MDSHM_CONF="$tmp/absent.conf" -- "$MDSHM" status
ok "an unreadable \$MDSHM_CONF: named" \
    both rc_is 1 err_has "cannot use configuration $tmp/absent.conf (\$MDSHM_CONF)"

# --- config-check and drive find the configuration too ---------------------

run_env -- "$MDSHM" config-check
ok "config-check without --conf checks the system's file" \
    both rc_is 0 out_has "$tmp/etc/mdshm.conf: OK, 1 managed domain"
run_env MDSHM_SYSCONFDIR="$tmp/none" -- "$MDSHM" config-check
ok "config-check with no configuration at all: usage error" rc_is 2
run_env MDSHM_SYSCONFDIR="$tmp/none" -- "$MDSHM" drive
ok "drive with no configuration at all: usage error" \
    both rc_is 2 err_has "no configuration"

# --- a conf.d layout (Include) ----------------------------------------------

mkdir -p layout/conf.d layout/keys
cat >layout/mdshm.conf <<EOF
MDStoreDir $tmp/sys
MDCertificateAgreement accepted
IncludeOptional conf.d/*.conf
EOF
printf 'MDomain a.example\n' >layout/conf.d/10-a.conf
printf '<MDomain b.example>\n  Include ../keys/ec.inc\n</MDomain>\n' \
    >layout/conf.d/20-b.conf
printf 'MDPrivateKeys secp256r1\n' >layout/keys/ec.inc
printf 'MDomain off.example\n' >layout/conf.d/30-off.conf.disabled
run "$MDSHM" config-check --conf layout/mdshm.conf
ok "config-check: a conf.d layout, files in name order, others skipped" \
    both rc_is 0 out_has "OK, 2 managed domains"
ok "... the included settings apply inside <MDomain>" \
    sh -c 'sed -n "/^b.example/,\$p" out | grep -q "secp256r1"'
printf 'MDRenewWindow always\n' >layout/keys/ec.inc
run "$MDSHM" config-check --conf layout/mdshm.conf
ok "an error in an included file: its FILE:LINE and the include chain" \
    both rc_is 1 err_has "layout/conf.d/../keys/ec.inc:1: MDRenewWindow: invalid argument 'always'" \
    err_has "(included from layout/conf.d/20-b.conf:2, from layout/mdshm.conf:3)"
run_env MDSHM_CONF="$tmp/layout/mdshm.conf" -- "$MDSHM" status
ok "the CLI reports a bad included file before using the store" \
    both rc_is 1 err_has "ec.inc:1:"

# --- the real /etc/mdshm.conf, only where that is safe ------------------------

if [ "$(id -u)" -eq 0 ] && [ ! -e /etc/mdshm.conf ] &&
    (set -C; printf 'MDStoreDir %s/sys\n' "$tmp" >/etc/mdshm.conf) 2>/dev/null
then
    made_etc=yes
    run_env MDSHM_SYSCONFDIR= -- "$MDSHM" status
    ok "/etc/mdshm.conf itself is read without MDSHM_SYSCONFDIR" \
        both rc_is 0 out_has "sys.example:"
    rm -f /etc/mdshm.conf
    made_etc=
else
    n=$((n + 1))
    echo "ok $n - /etc/mdshm.conf itself # SKIP not root, or the file exists"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
