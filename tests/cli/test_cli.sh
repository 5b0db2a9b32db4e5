#!/bin/sh
# shellcheck disable=SC2016  # $names in single quotes are jq variables
# test_cli.sh -- the mdshm command line tool, end to end (TAP).
#
# Run by tests/run.sh with MDSHM=<mdshm binary> and MDSHM_HELPERS=<dir of
# the built tests/helpers>.  Needs the openssl command; the JSON checks need
# jq (skipped without it).  Everything happens in a temporary directory
# that is removed on exit.

: "${MDSHM:?MDSHM must name the mdshm binary}"
: "${MDSHM_HELPERS:?MDSHM_HELPERS must name the test helper directory}"
H=$MDSHM_HELPERS

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi
have_jq=no
command -v jq >/dev/null 2>&1 && have_jq=yes

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-cli.XXXXXX") || exit 1
leader_pid=
cleanup() {
    [ -n "$leader_pid" ] && kill "$leader_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1

store=$tmp/md
export MDSHM_STORE="$store"
export MDSHM_SYSCONFDIR="$tmp/etc" # no system mdshm.conf (test_discover.sh)
unset MDSHM_CONF
leaf_sha=
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

# ok_jq DESC FILTER: the JSON in file "out" satisfies jq -e FILTER.
ok_jq() {
    if [ "$have_jq" = no ]; then
        n=$((n + 1))
        echo "ok $n - $1 # SKIP jq not installed"
        return
    fi
    ok "$1" jq_true "$2"
}
# Filters see $store, $ec_fp, $sha (leaf hash of ec.example), $pid (leader).
jq_true() {
    jq -e --arg store "$store" --arg ec_fp "$ec_fp" --arg sha "$leaf_sha" \
        --argjson pid "${leader_pid:-0}" "$1" out >/dev/null 2>&1
}

# SHA-256 (hex) of a key's DER SubjectPublicKeyInfo, as openssl sees it.
pub_fp() {
    openssl pkey -in "$1" -pubout -outform DER 2>/dev/null | sha256sum |
        cut -d' ' -f1
}

# --- material -------------------------------------------------------------

san="subjectAltName=DNS:ec.example,DNS:www.ec.example"
make_material() {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout ec.key -out ec.pem -days 90 -subj "/CN=ec.example" \
        -addext "$san" 2>/dev/null &&
        openssl req -x509 -new -key ec.key -out ec2.pem -days 60 \
            -subj "/CN=ec.example" -addext "$san" 2>/dev/null &&
        openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa.key \
            -out rsa.pem -days 30 -subj "/CN=rsa.example" \
            -addext "subjectAltName=DNS:rsa.example" 2>/dev/null &&
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
            -out other.key 2>/dev/null
}
if ! make_material; then
    echo "Bail out! openssl could not make test certificates"
    exit 1
fi
cp ec.key open.key && chmod 644 open.key
printf 'this is not a certificate\n' >garbage.pem
ec_fp=$(pub_fp ec.key)
rsa_fp=$(pub_fp rsa.key)
# The private key as it must never appear: PEM body lines, DER hex and the
# EC private scalar.
grep -v -- '-----' ec.key >ec.key.body
ec_der_hex=$(openssl pkey -in ec.key -outform DER | od -An -v -tx1 |
    tr -d ' \n')
ec_priv_hex=$(openssl pkey -in ec.key -noout -text 2>/dev/null |
    sed -n '/^priv:/,/^pub:/p' | grep -v -e '^priv:' -e '^pub:' |
    tr -d ' :\n' |
    sed 's/^00//')
no_key_material() {
    ! grep -q 'BEGIN' out &&
        ! grep -qF -f ec.key.body out &&
        ! grep -qiF -- "$ec_der_hex" out &&
        [ ${#ec_priv_hex} -ge 60 ] && ! grep -qiF -- "$ec_priv_hex" out
}

# --- init and import --------------------------------------------------------

run "$MDSHM" init --maxreaders 510 --mapsize 16M
ok "init exits 0" rc_is 0
ok "init creates the store with mode 0700" \
    test "$(stat -c %a "$store")" = 700
ok "init creates data.mdb with mode 0600" \
    test "$(stat -c %a "$store/data.mdb")" = 600

run "$MDSHM" import ec.example --cert ec.pem --key ec.key
ok "import of an EC P-256 set exits 0" rc_is 0
ok "import reports the names" out_has "www.ec.example"
run "$MDSHM" import rsa.example --cert rsa.pem --key rsa.key
ok "import of an RSA-2048 set exits 0" rc_is 0

# --- dump -----------------------------------------------------------------

run "$MDSHM" dump
ok "dump exits 0" rc_is 0
ok "dump shows the MD" out_has "ec.example:"
ok "dump shows the MD's names" out_has "- www.ec.example"
ok "dump shows the certificate subject" out_has "subject: CN=ec.example"
ok "dump shows the EC key only as its public key fingerprint" \
    out_has "public key sha256 $ec_fp"
ok "dump shows the RSA key fingerprint" out_has "rsa2048, "
ok "dump's RSA fingerprint is openssl's" out_has "public key sha256 $rsa_fp"
ok "dump never prints key material" no_key_material
ok "dump shows timestamps as ISO-8601 UTC with the raw value" \
    grep -qE 'not_after: [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z \([0-9]+\)' out

run "$MDSHM" dump --json
ok "dump --json exits 0" rc_is 0
ok "dump --json never prints key material" no_key_material
ok_jq "dump --json parses and has the MD and its names" \
    '.databases.mds["ec.example"].names | index("www.ec.example") != null'
ok_jq "dump --json has the store directory" '.store == $store'
ok_jq "dump --json key fingerprint equals openssl's" \
    '.databases.certs["ec.example/secp256r1"].pkey.public_key_sha256
     == $ec_fp'
ok_jq "dump --json certificate details" \
    '.databases.certs["ec.example/secp256r1"].chain[0]
     | (.subject == "CN=ec.example") and (.not_after_utc | test("Z$"))'

run "$MDSHM" dump --json rsa.example
ok "dump MD exits 0" rc_is 0
ok_jq "dump MD shows only that MD's records" \
    '.databases | (.mds | keys) == ["rsa.example"]
     and (.names | keys) == ["rsa.example"] and (.meta | length) == 0
     and (.certs | keys) == ["rsa.example/rsa2048"]'
run "$MDSHM" dump no-such.example
ok "dump of an unknown MD exits 1" rc_is 1

# Records of the ACME side (ocsp, challenges, jobs, staging, accounts),
# written by a helper through the public API.
run "$H/put_records" "$store" ec.example
ok "put_records added ACME-side records" rc_is 0
leaf_sha=$(cat out)
run "$MDSHM" dump
ok "dump shows every record type" \
    both out_has "status: good" out_has "key_authz: tok.thumbprint"
ok "dump shows job logs and staging orders" \
    both out_has "detail: rate limited" \
    out_has "order_url: https://acme.test/order/1"
ok "dump escapes control characters" out_has 'requests"\x0a\x01'
ok "dump prints no key material of staging and account keys" no_key_material
run "$MDSHM" dump --json
ok_jq "dump --json of every record type" \
    '.databases | .ocsp[$sha].status == "good"
     and (.jobs["ec.example"].log | length) == 2
     and .accounts["acct-test"].pkey.public_key_sha256 == $ec_fp
     and .staging["ec.example/secp256r1"].chain[0].subject == "CN=ec.example"
     and .challenges["http-01/tok-ec.example"].name == "ec.example"'
# Every stored key of every record type, under its stored name, nested
# log entries too: the keys of the dump (less the "_utc" companions of
# timestamps) are the record table's, for all 13 types and the log entry.
jq -r '
    def fields($r): select(.corrupt | not) | keys[]
        | select(endswith("_utc") | not) | "\($r): \(.)";
    .databases
    | (.meta | to_entries[] | .key as $r | .value | fields($r)),
      (.mds[] | fields("md")), (.names[] | fields("name")),
      (.certs[], .archive[] | fields("certset")),
      (.staging[] | fields("staging")),
      (.ocsp | to_entries[] | .key as $k | .value
       | fields(if ($k | startswith("crl-")) then "crl" else "ocsp" end)),
      (.challenges[] | fields("challenge")),
      (.accounts[] | fields("account")), (.jobs[] | fields("job")),
      (.jobs[].log[] | fields("job log entry"))' out 2>/dev/null |
    sort -u >dump_keys
"$H/record_schema" keys | sort >table_keys
dump_has_every_key() {
    [ "$(cut -d: -f1 dump_keys | sort -u | wc -l)" -eq 14 ] &&
        cmp -s dump_keys table_keys
}
if [ "$have_jq" = no ]; then
    n=$((n + 1))
    echo "ok $n - dump --json shows every stored key # SKIP jq not installed"
else
    ok "dump --json shows every stored key of every record type" \
        dump_has_every_key
    comm -3 dump_keys table_keys | sed 's/^/#   dump vs table: /'
fi
ok_jq "dump --json uses the stored keys (ca, keys, log when)" \
    '.databases | (.mds["ec.example"] | .keys == ["secp256r1"]
                   and .ca == [] and (has("key_specs") | not))
     and (.jobs["ec.example"].log[0] | has("when") and has("when_utc"))
     and .certs["ec.example/secp256r1"].must_staple_requested == false'

run "$MDSHM" dump --json ec.example
ok_jq "dump MD includes its ocsp, challenge, job and staging records" \
    '.databases | (.ocsp | keys) == [$sha] and (.challenges | length) == 1
     and (.jobs | keys) == ["ec.example"] and (.staging | length) == 1
     and (.accounts | length) == 0'
run "$MDSHM" dump --json rsa.example
ok_jq "dump of another MD leaves them out" \
    '.databases | (.ocsp | length) == 0 and (.challenges | length) == 0
     and (.jobs | length) == 0 and (.staging | length) == 0'

# --- status -----------------------------------------------------------------

run "$MDSHM" status
ok "status exits 0" rc_is 0
ok "status shows the MD and its names" \
    both out_has "ec.example:" out_has "- www.ec.example"
ok "status shows validity and days left" \
    both out_has "not_after: " out_has "days_left: "
ok "status shows the leader" both out_has "leader:" out_has "term: "
ok "status: no heartbeat age after import stepped down" \
    out_has "heartbeat_age_ms: -"
ok "status shows store figures" \
    both out_has "max_readers: 510" out_has "map_size: "

run "$MDSHM" status --json
ok "status --json exits 0" rc_is 0
ok_jq "status --json: names, state, static, validity" \
    '.mds["ec.example"] | (.names == ["ec.example","www.ec.example"])
     and .state == "complete" and .is_static
     and (.certs.secp256r1.days_left >= 88) and .certs.secp256r1.valid'
ok_jq "status --json: RSA MD validity" \
    '.mds["rsa.example"].certs.rsa2048.days_left | . >= 28 and . <= 30'
ok_jq "status --json: leader information" \
    '.leader | .present and (.pid | type) == "number" and (.term >= 1)
     and (.lock_held | not) and (.active | not)'
# import stepped down (heartbeat 0): the age is unknown, not 56 years
ok_jq "status --json: no heartbeat, no age" \
    '.leader | .heartbeat_ms == 0 and .heartbeat_age_ms == null and .stale'
ok_jq "status --json: store figures" \
    '.storage | .max_readers == 510 and .entries.mds == 2
     and .entries.names == 3'

# A live leader: status sees it, import is refused naming it.
"$H/hold_leader" "$store" 15 >leader.out 2>leader.err &
leader_pid=$!
i=0
while ! grep -q '^leader' leader.out 2>/dev/null && [ $i -lt 50 ]; do
    sleep 0.1
    i=$((i + 1))
done
run "$MDSHM" status --json
ok_jq "status --json sees the live leader" \
    '.leader | .pid == $pid and .alive and .lock_held and (.stale | not)
     and .active'
run "$MDSHM" import ec.example --cert ec.pem --key ec.key
ok "import while a leader runs exits 1" rc_is 1
ok "import while a leader runs names it" err_has "pid $leader_pid"
kill "$leader_pid" 2>/dev/null
wait "$leader_pid" 2>/dev/null
leader_pid=

# --- md-status and metrics ---------------------------------------------------

# Every line of "out" is a HELP/TYPE comment or a sample of an mdshm_ metric.
metrics_wellformed() {
    [ -s out ] && ! grep -vE '^(# (HELP|TYPE) mdshm_[a-z_]+ .+|mdshm_[a-z_]+(\{[a-z_][a-z0-9_]*="[^"]*"(,[a-z_][a-z0-9_]*="[^"]*")*\})? -?[0-9]+(\.[0-9]+)?)$' out
}

run "$MDSHM" status --md-status
ok "status --md-status exits 0" rc_is 0
ok_jq "md-status: every MD with mod_md's field names" \
    '.version and (.["managed-domains"] | map(.name))
                  == ["ec.example", "rsa.example"]
     and (.["managed-domains"][0]
          | .domains == ["ec.example", "www.ec.example"] and .state == 2
          and (.cert.secp256r1["sha256-fingerprint"] | length) == 64
          and .cert.secp256r1.ocsp.state == "no responder"
          and (.cert.valid.until | endswith(" GMT")))
     and .["managed-domains"][1].cert.rsa.serial != null'
ok "md-status prints no key material" no_key_material
run "$MDSHM" status --md-status WWW.EC.example
ok_jq "md-status of one MD, found by a domain, with its job log" \
    '.name == "ec.example" and (.renewal.log.entries | length) == 2'
run "$MDSHM" status --md-status none.example
ok "md-status of an unknown MD exits 1 and names it" \
    both rc_is 1 err_has "none.example"
run "$MDSHM" metrics
ok "metrics exits 0" rc_is 0
ok "metrics: certificate expiry per MD and key spec" \
    out_has 'mdshm_cert_not_after_timestamp_seconds{md="ec.example",key_spec="secp256r1"} '
ok "metrics: serial, fingerprint and issuer in mdshm_cert_info" \
    out_has 'mdshm_cert_info{md="ec.example",key_spec="secp256r1",serial="'
ok "metrics: ... and in no other sample's labels" \
    sh -c '! grep -v "^mdshm_cert_info{" out | grep -qE "serial=|sha256=|issuer="'
ok "metrics: no heartbeat age without a heartbeat" \
    sh -c '! grep -q "^mdshm_leader_heartbeat_age_seconds" out'
ok "metrics: HELP and TYPE lines" \
    both out_has "# TYPE mdshm_leader_term gauge" out_has "# HELP mdshm_md_state "
ok "metrics: every line is a comment or a sample" metrics_wellformed
# One naming of key types in our outputs (the key spec), mod_md's in
# md-status only (docs/status.md, "Key types").
ok "metrics: the key spec as stored (rsa2048)" \
    out_has 'mdshm_cert_not_after_timestamp_seconds{md="rsa.example",key_spec="rsa2048"} '
run "$MDSHM" dump --json rsa.example
ok_jq "dump: the same key spec" '.databases.mds["rsa.example"].keys == ["rsa2048"]'
run "$MDSHM" status --json
ok_jq "status: the same key spec" \
    '.mds["rsa.example"].certs | keys == ["rsa2048"]'
run "$MDSHM" status --md-status rsa.example
ok_jq "md-status: mod_md's name for it (rsa)" '.cert | has("rsa")'

# --- import failures ----------------------------------------------------------

run "$MDSHM" import bad.example --cert ec.pem --key open.key
ok "import of a key with mode 0644 exits 1" rc_is 1
ok "... and says to chmod 600" err_has "chmod 600"
run "$MDSHM" import bad.example --cert ec.pem --key other.key
ok "import of a key that does not match exits 1" rc_is 1
ok "... and says it does not match" err_has "does not match"
run "$MDSHM" import bad.example --cert garbage.pem --key ec.key
ok "import of a garbage certificate exits 1" rc_is 1
ok "... and names the file" err_has "garbage.pem"
run "$MDSHM" import bad.example --cert missing.pem --key ec.key
ok "import of a missing file exits 1" rc_is 1
run "$MDSHM" dump bad.example
ok "failed imports wrote nothing" rc_is 1

# --- usage errors -----------------------------------------------------------

run "$MDSHM"
ok "no command exits 2" rc_is 2
run "$MDSHM" frobnicate
ok "unknown command exits 2 and names it" both rc_is 2 err_has "frobnicate"
run "$MDSHM" dump --bogus
ok "unknown option exits 2 and names it" both rc_is 2 err_has "--bogus"
run "$MDSHM" import x.example --key ec.key
ok "import without --cert exits 2 and names it" both rc_is 2 err_has "--cert"
run "$MDSHM" import
ok "import without NAME exits 2" both rc_is 2 err_has "NAME"
run "$MDSHM" import x.example --cert
ok "option without its value exits 2" both rc_is 2 err_has "--cert"
run "$MDSHM" status extra
ok "surplus argument exits 2 and names it" both rc_is 2 err_has "extra"
run "$MDSHM" init --mapsize lots
ok "bad number exits 2 and names it" both rc_is 2 err_has "lots"
run "$MDSHM" check --json
ok "option of another command exits 2" rc_is 2
run "$MDSHM" --help
ok "--help exits 0 and lists the commands" \
    both rc_is 0 out_has "status"
run "$MDSHM" --version
ok "--version exits 0" both rc_is 0 out_has "mdshm "

# --- store option, permissions ------------------------------------------------

# run_nostore COMMAND...: run without MDSHM_STORE in the environment.
run_nostore() {
    last="(no MDSHM_STORE) $*"
    (unset MDSHM_STORE; exec "$@") >out 2>err
    rc=$?
}
run_nostore "$MDSHM" status --store "$store"
ok "--store after the command" both rc_is 0 out_has "ec.example:"
run_nostore "$MDSHM" --store="$store" check
ok "--store=DIR before the command" rc_is 0
run_nostore "$MDSHM" status
ok "no store named: an error, not ./md" both rc_is 1 err_has "no store named"
run_nostore "$MDSHM" --store "$tmp/none" status
ok "a missing store is an error" both rc_is 1 err_has "$tmp/none"
chmod 755 "$store"
run "$MDSHM" status
ok "store directory with mode 0755 is refused" rc_is 1
ok "... with a message to chmod 700" err_has "chmod 700"
chmod 700 "$store"

# --- check, renewal -----------------------------------------------------------

run "$MDSHM" check
ok "check on a healthy store exits 0" both rc_is 0 out_has " 0 corrupt"

run "$MDSHM" import ec.example --cert ec2.pem --key ec.key
ok "re-import (renewal) exits 0" rc_is 0
run "$MDSHM" dump
ok "renewal archives the old set" out_has "ec.example/secp256r1/"
run "$MDSHM" dump --json ec.example
ok_jq "archive holds the old certificate, certs the new one" \
    '.databases | (.archive | length) == 1
     and (.archive[].chain[0].not_after
          - .certs["ec.example/secp256r1"].chain[0].not_after) > 86400'

# --- a corrupt record ---------------------------------------------------------

run "$H/corrupt_record" "$store" names rsa.example
ok "corrupt_record overwrote names/rsa.example" rc_is 0
run "$MDSHM" check
ok "check exits 3 on a corrupt record" rc_is 3
ok "check names the corrupt db/key" \
    out_has "corrupt: names/rsa.example: MDSHM_ECORRUPT"
ok "check prints the summary" out_has "1 corrupt"
run "$MDSHM" dump
ok "dump with a corrupt record exits 0" rc_is 0
ok "dump marks the corrupt record" \
    out_has "rsa.example: CORRUPT (MDSHM_ECORRUPT), "
ok "dump still prints the other records" \
    both out_has "subject: CN=rsa.example" out_has "www.ec.example:"
run "$MDSHM" dump --json
ok_jq "dump --json marks the corrupt record" \
    '.databases.names
     | .["rsa.example"] == {"corrupt": true, "error": "MDSHM_ECORRUPT",
                            "size": 12}
       and .["ec.example"].md == "ec.example"'
run "$MDSHM" status --json
ok "status with a corrupt record exits 0" rc_is 0
ok_jq "status still shows the MDs" \
    '.mds | .["ec.example"].state == "complete"
     and .["rsa.example"].state == "complete"'
run "$H/lookup_sni" "$store" WWW.ec.example
ok "lookups of other records still work" both rc_is 0 out_has "ec.example"
run "$H/lookup_sni" "$store" rsa.example
ok "lookup of the corrupt record fails cleanly" \
    both rc_is 1 err_has "MDSHM_ECORRUPT"

run "$H/corrupt_record" "$store" mds rsa.example
ok "corrupt_record overwrote mds/rsa.example" rc_is 0
run "$MDSHM" status
ok "status with a corrupt MD exits 0" rc_is 0
ok "status marks the corrupt MD" out_has "rsa.example: CORRUPT (MDSHM_ECORRUPT)"
run "$MDSHM" status --md-status
ok_jq "md-status shows the corrupt MD as an error, the other in full" \
    '.["managed-domains"] | (.[1] | .name == "rsa.example"
                                    and .error == "MDSHM_ECORRUPT")
     and .[0].cert.secp256r1.serial != null'
run "$MDSHM" metrics
ok "metrics count the corrupt MD" \
    both rc_is 0 out_has 'mdshm_status_corrupt_records{db="mds"} 1'
run "$MDSHM" check
ok "check counts both corrupt records" both rc_is 3 out_has "2 corrupt"

# ---- config-check ------------------------------------------------------
conf=$tmp/mdshm.conf
cat >"$conf" <<'CONF'
MDCertificateAgreement accepted
MDomain a.example www.a.example
<MDomain b.example>
    MDPrivateKeys secp256r1 rsa2048
    MDRenewWindow 30d
</MDomain>
CONF
run "$MDSHM" config-check --conf "$conf"
ok "config-check accepts a valid file" \
    both rc_is 0 out_has "OK, 2 managed domains"
run "$MDSHM" config-check --conf "$conf" --json
ok_jq "config-check --json shows resolved settings" \
    '.ok and (.mds | length) == 2
     and .mds[1].key_specs == ["secp256r1", "rsa2048"]
     and .mds[1].renew_window == "30d" and .mds[0].renew_window == "33%"'
printf 'MDomain a.example\nMDBogus 1\nMDomain a.example\n' >"$conf"
run "$MDSHM" config-check --conf "$conf"
ok "config-check exits 1 on errors" rc_is 1
ok "config-check reports every error with its line" \
    both err_has "mdshm.conf:2: unknown directive" err_has "mdshm.conf:3:"
run "$MDSHM" config-check
ok "config-check without --conf is a usage error" rc_is 2

echo "1..$n"
[ "$failed" -eq 0 ]
