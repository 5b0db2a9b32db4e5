#!/bin/sh
# test_limits.sh -- size limits, the one name validator, secrets in
# messages and files that are not regular files, end to end (TAP).
#
#  - import: a certificate with 100 names is taken, 101 and 150 are refused
#    with the limit in the message (101 once wrote past names[100]); names
#    the configuration refuses are refused by import too, duplicates are
#    stored once; a 254-character name is refused.
#  - renew and ocsp refresh work for a valid 252-character MD name (the
#    request file name once held the name: "File name too long").
#  - MDExternalAccountBinding and MDHttpProxy mistakes never echo the key
#    or the password.
#  - A FIFO as --conf, --cert, --key, an EAB file or an ocsp register /
#    staple file is refused at once (a timeout catches a hang).
#  - The configuration's limits: 100 names per MD, 253 characters per
#    name, 60 words per command (MDNotifyCmd, MDMessageCmd,
#    MDChallengeDns01: the hooks' argv had 64 slots and silently dropped
#    the rest).
#
# Run by tests/run.sh with MDSHM=<mdshm binary>; needs openssl.

: "${MDSHM:?MDSHM must name the mdshm binary}"

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-limits.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
export MDSHM_STORE="$tmp/md"
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

# run COMMAND...: stdout in "out", stderr in "err", status in $rc; a
# command that blocks is killed after 20 s (status 124).
run() {
    last="$*"
    timeout 20 "$@" >out 2>err </dev/null
    rc=$?
}
refused_with() { [ "$rc" -eq 1 ] && grep -qF -- "$1" err; }
no_secret() { ! grep -qF -- "$1" out && ! grep -qF -- "$1" err; }

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
    -out k.key 2>/dev/null || {
    echo "Bail out! openssl could not make a key"
    exit 1
}

# cert FILE NAME...: a self-signed certificate for k.key naming NAME...
cert() {
    f=$1
    shift
    sans=
    for s in "$@"; do sans="$sans${sans:+,}DNS:$s"; done
    openssl req -x509 -new -key k.key -out "$f" -days 30 -subj "/CN=limits" \
        -addext "subjectAltName=$sans" 2>/dev/null
}
# names N: n1.example .. nN.example
names() {
    i=1
    while [ "$i" -le "$1" ]; do
        printf 'n%d.example ' "$i"
        i=$((i + 1))
    done
}
# label C N: N times the character C
label() { printf "%$2s" "" | tr ' ' "$1"; }

# shellcheck disable=SC2046  # one argument per name
cert n100.pem $(names 100) && cert n101.pem $(names 101) &&
    cert n150.pem $(names 150) || {
    echo "Bail out! openssl could not make test certificates"
    exit 1
}
"$MDSHM" init >/dev/null 2>&1

# --- the number of names ----------------------------------------------------
run "$MDSHM" import n100.example --cert n100.pem --key k.key
ok "import of a certificate with 100 names exits 0" \
    both rc_is 0 out_has "100 names"
run "$MDSHM" import n101.example --cert n101.pem --key k.key
ok "import of 101 names is refused with the limit" \
    refused_with "the certificate has 101 names; an MD has at most 100"
run "$MDSHM" import n150.example --cert n150.pem --key k.key
ok "import of 150 names is refused with the limit (no abort)" \
    refused_with "the certificate has 150 names; an MD has at most 100"
run "$MDSHM" dump
ok "the refused imports wrote nothing" \
    both rc_is 0 out_lacks "n101.example"

# --- one name validator -----------------------------------------------------
for bad in '*' '..' 'a..b' '-x.example' '*.*.example' 'x.example.' \
    'x-.example' '1.2.3'; do
    cert bad.pem ok.example "$bad"
    run "$MDSHM" import bad.example --cert bad.pem --key k.key
    ok "import refuses the name '$bad' as the configuration does" \
        refused_with "name '$bad':"
    printf 'MDomain ok.example %s\n' "$bad" >bad.conf
    run "$MDSHM" config-check --conf bad.conf
    ok "config-check refuses '$bad' too" \
        refused_with "invalid domain name '$bad'"
done
cert dup.pem dup.example DUP.example www.dup.example dup.example
run "$MDSHM" import dup.example --cert dup.pem --key k.key
ok "duplicate names are stored once" \
    both rc_is 0 out_has "2 names: dup.example www.dup.example,"

l63a=$(label a 63)
l63b=$(label b 63)
l63c=$(label c 63)
long="$l63a.$l63b.$l63c.$(label d 52).example"  # 252 characters
cert long.pem "$long"
cert l253.pem "$l63a.$l63b.$l63c.$(label d 53).example"
cert l254.pem "$l63a.$l63b.$l63c.$(label d 54).example"
run "$MDSHM" import "$long" --cert long.pem --key k.key
ok "import of a 252-character name exits 0" rc_is 0
run "$MDSHM" import l253.example --cert l253.pem --key k.key
ok "import of a 253-character name exits 0" rc_is 0
run "$MDSHM" import l254.example --cert l254.pem --key k.key
ok "import of a 254-character name is refused" \
    refused_with "invalid DNS name in subjectAltName"

# --- requests for the longest names ------------------------------------------
run "$MDSHM" renew "$long"
ok "renew of a 252-character MD exits 0" \
    both rc_is 0 out_has "renewal of $long requested"
ok "the renewal request names the MD inside the file" \
    grep -qlF "renew $long " "$MDSHM_STORE"/requests/renew-*
run "$MDSHM" ocsp refresh "$long"
ok "ocsp refresh of a 252-character MD exits 0" \
    both rc_is 0 out_has "OCSP refresh of $long requested"
ok "the refresh request names the MD inside the file" \
    grep -qlF "refresh $long" "$MDSHM_STORE"/requests/ocsp-refresh-*
run "$MDSHM" renew 'a..b'
ok "renew refuses a name the configuration refuses" rc_is 2

# --- no secret in any message -------------------------------------------------
secret=c2VjcmV0LWhtYWMta2V5LTEyMzQ1Njc4OTA
for line in "MDExternalAccountBinding \"kid-1 $secret\"" \
    "MDExternalAccountBinding $secret" \
    "MDExternalAccountBinding kid-1 $secret+/=" \
    "MDHttpProxy user:$secret@proxy.example:3128"; do
    printf 'MDomain a.example\n%s\n' "$line" >secret.conf
    run "$MDSHM" config-check --conf secret.conf
    ok "config-check refuses '${line%% *} ...' without the secret" \
        both rc_is 1 no_secret "$secret"
done

# --- files that are not regular files -----------------------------------------
mkfifo fifo
run "$MDSHM" config-check --conf fifo
ok "config-check --conf FIFO is refused at once" \
    refused_with "configuration file fifo is not a regular file"
run "$MDSHM" import fifo.example --cert fifo --key k.key
ok "import --cert FIFO is refused at once" \
    refused_with "certificate file fifo: not a regular file"
run "$MDSHM" import fifo.example --cert n100.pem --key fifo
ok "import --key FIFO is refused at once" \
    refused_with "private key fifo is not a regular file"
printf 'MDomain a.example\nMDExternalAccountBinding %s/fifo\n' "$tmp" \
    >fifo.conf
run "$MDSHM" config-check --conf fifo.conf
ok "an EAB JSON file that is a FIFO is refused at once" \
    refused_with "not a regular file"
run "$MDSHM" ocsp register fifo
ok "ocsp register FIFO is refused at once" \
    refused_with "fifo is not a regular file"
run "$MDSHM" ocsp staple fifo
ok "ocsp staple FIFO is refused at once" \
    refused_with "certificate file fifo: not a regular file"
store2=$tmp/md2
"$MDSHM" --store "$store2" init >/dev/null 2>&1
rm -f "$store2/leader.lock"
mkfifo -m 600 "$store2/leader.lock"
run "$MDSHM" --store "$store2" status
ok "status refuses a FIFO as leader.lock at once, naming it" \
    refused_with "leader.lock is not a plain file"

# --- configuration limits -------------------------------------------------------
# shellcheck disable=SC2046
printf 'MDomain %s\n' "$(names 100)" >n100.conf
run "$MDSHM" config-check --conf n100.conf
ok "config-check takes an MD with 100 names" rc_is 0
printf 'MDomain %s\n' "$(names 101)" >n101.conf
run "$MDSHM" config-check --conf n101.conf
ok "config-check refuses 101 names with the limit" \
    refused_with "has more than 100 names"
printf 'MDomain %s\n' "$long" >long.conf
run "$MDSHM" config-check --conf long.conf
ok "config-check takes a 252-character name" rc_is 0
printf 'MDomain %s\n' "$l63a.$l63b.$l63c.$(label d 54).example" >l254.conf
run "$MDSHM" config-check --conf l254.conf
ok "config-check refuses a 254-character name" \
    refused_with "longer than 253 characters"
# words W: /bin/true and W-1 arguments
words() {
    printf '/bin/true'
    i=1
    while [ "$i" -lt "$1" ]; do
        printf ' a%d' "$i"
        i=$((i + 1))
    done
}
printf 'MDomain a.example\nMDNotifyCmd %s\n' "$(words 60)" >cmd60.conf
run "$MDSHM" config-check --conf cmd60.conf
ok "a command of 60 words is taken" rc_is 0
printf 'MDomain a.example\nMDMessageCmd %s\n' "$(words 61)" >cmd61.conf
run "$MDSHM" config-check --conf cmd61.conf
ok "a command of 61 words is refused (hooks add up to 3 to 64 slots)" \
    refused_with "a command has at most 60 words (61 given)"

echo "1..$n"
[ "$failed" -eq 0 ]
