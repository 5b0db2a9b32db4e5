#!/bin/sh
# test_injection.sh -- permissions and hostile names, end to end (TAP).
#
#  - A store directory or store file readable by others, and a key file
#    readable by group or others, are refused with the chmod to run, by
#    every command that opens them; nothing is written.
#  - Names with shell metacharacters, path separators, over-long labels,
#    raw UTF-8 or invalid IDN ("xn--" that is not Punycode) are rejected by
#    config-check, drive, renew and import before they reach argv, a file
#    name or a record: a clear error naming the problem, no file created,
#    no record written, no command run.
#
# Run by tests/run.sh with MDSHM=<mdshm binary>; needs openssl.

: "${MDSHM:?MDSHM must name the mdshm binary}"

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-inj.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
store=$tmp/md
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

refused_with() { [ "$rc" -ne 0 ] && grep -qF -- "$1" err; }
no_pwn() { [ ! -e "$tmp/pwned" ]; }
no_records() {
    # the only MD records are the ones we put there on purpose
    "$MDSHM" --store "$store" dump --json 2>/dev/null |
        grep -q '"mds": *{ *}\|"mds":{}' ||
        ! "$MDSHM" --store "$store" dump 2>/dev/null | grep -q "$1"
}

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout ok.key -out ok.pem -days 30 -subj "/CN=ok.example" \
    -addext "subjectAltName=DNS:ok.example" 2>/dev/null || {
    echo "1..0 # SKIP openssl could not make a certificate"
    exit 77
}
chmod 600 ok.key

# --- permissions -------------------------------------------------------------

run "$MDSHM" --store "$store" init
ok "init creates the store" rc_is 0

chmod 755 "$store"
for cmd in status check dump; do
    run "$MDSHM" --store "$store" "$cmd"
    ok "a store directory of mode 0755 is refused by $cmd (chmod 700)" \
        refused_with "chmod 700"
done
run "$MDSHM" --store "$store" import ok.example --cert ok.pem --key ok.key
ok "... and by import" refused_with "chmod 700"
chmod 700 "$store"

chmod 644 "$store/data.mdb"
run "$MDSHM" --store "$store" status
ok "a world-readable data.mdb is refused (chmod 600)" refused_with "chmod 600"
chmod 600 "$store/data.mdb"

for mode in 644 640 604 660; do
    cp ok.key "k$mode.key"
    chmod "$mode" "k$mode.key"
    run "$MDSHM" --store "$store" import ok.example --cert ok.pem \
        --key "k$mode.key"
    ok "a key file of mode $mode is refused (chmod 600)" \
        refused_with "chmod 600"
done
run "$MDSHM" --store "$store" dump
ok "... and nothing was imported" no_records ok.example

# --- hostile names -----------------------------------------------------------

long=$(printf 'a%.0s' $(seq 64))
# name<TAB>what the error must say
cat >names <<EOF
a.example;touch $tmp/pwned	invalid
\$(touch $tmp/pwned).example	invalid
\`touch $tmp/pwned\`.example	invalid
a|b.example	invalid
../etc/passwd	invalid
a/b.example	invalid
$long.example	longer than 63
b$(printf '\303\274')cher.example	invalid character
xn--a.example	invalid IDN
xn--999999999999.example	invalid IDN
-rf.example	must not start with '-'
EOF

i=0
tab=$(printf '\t')
while IFS=$tab read -r name why; do
    i=$((i + 1))
    conf=$tmp/c$i.conf
    printf 'MDStoreDir %s/s%d\nMDomain "%s"\n' "$tmp" "$i" "$name" >"$conf"
    run "$MDSHM" config-check --conf "$conf"
    ok "config-check refuses '$name': $why" refused_with "$why"
    run "$MDSHM" drive --conf "$conf"
    ok "drive refuses it before creating the store" \
        eval 'refused_with "$why" && [ ! -e "$tmp/s$i" ]'
    run "$MDSHM" --store "$store" renew "$name"
    ok "renew refuses it; no request file" \
        eval '[ "$rc" -ne 0 ] && [ -z "$(ls "$store/requests" 2>/dev/null)" ]'
    run "$MDSHM" --store "$store" import "$name" --cert ok.pem --key ok.key
    ok "import refuses it" eval '[ "$rc" -ne 0 ]'
done <names
# A certificate that carries a hostile name (found by fuzz_cert).
if openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout bad.key -out bad.pem -days 30 -subj "/CN=ok.example" \
    -addext 'subjectAltName=DNS:a|b.example,DNS:ok.example' 2>/dev/null; then
    chmod 600 bad.key
    run "$MDSHM" --store "$store" import ok.example --cert bad.pem --key bad.key
    ok "a certificate with the SAN 'a|b.example' is refused" \
        refused_with "invalid DNS name in subjectAltName"
fi

run "$MDSHM" --store "$store" check
ok "the store is clean" rc_is 0
ok "no hostile name reached a shell" no_pwn
run "$MDSHM" --store "$store" dump
ok "no record holds a hostile name" eval \
    '! grep -qE "pwned|passwd|xn--a\\.|[;\`|]" out'

echo "1..$n"
[ "$failed" -eq 0 ]
