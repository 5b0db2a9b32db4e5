#!/bin/sh
# test_export.sh -- mdshm export: an MD's certificate set as PEM files for
# other programs (TAP).  Modes, the atomic switch of versions, key and
# certificate matching, refused directories, bad names, no secret printed.
# The drive's MDExportDir and two key types: tests/integration/
# test_export.py.
#
# Run by tests/run.sh with MDSHM=<mdshm binary>; needs the openssl command.

: "${MDSHM:?MDSHM must name the mdshm binary}"

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-export.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
umask 077 # the modes of the files must not depend on it
cd "$tmp" || exit 1

store=$tmp/md
export MDSHM_STORE="$store"
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

pub_fp() {
    openssl pkey -in "$1" -pubout -outform DER 2>/dev/null | sha256sum |
        cut -d' ' -f1
}
cert_fp() {
    openssl x509 -in "$1" -noout -pubkey 2>/dev/null |
        openssl pkey -pubin -outform DER 2>/dev/null | sha256sum |
        cut -d' ' -f1
}
serial() { openssl x509 -in "$1" -noout -serial 2>/dev/null; }

# --- material: a CA and two leaves for exp.example (same key) -----------

san="subjectAltName=DNS:exp.example"
make_material() {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout ca.key -out ca.pem -days 90 -subj "/CN=Export Test CA" \
        2>/dev/null &&
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
            -keyout leaf.key -out leaf.csr -subj "/CN=exp.example" \
            2>/dev/null &&
        for i in 1 2 3; do
            openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key \
                -set_serial "$i$i$i" -days 30 -out "leaf$i.pem" \
                -extfile /dev/stdin 2>/dev/null <<EOF || return 1
$san
EOF
            cat "leaf$i.pem" ca.pem >"bundle$i.pem"
        done
}
if ! make_material; then
    echo "Bail out! openssl could not make test certificates"
    exit 1
fi
grep -v -- '-----' leaf.key >leaf.key.body
no_secret() {
    ! grep -q 'PRIVATE' out err && ! grep -qF -f leaf.key.body out err
}

"$MDSHM" init >/dev/null 2>&1 &&
    "$MDSHM" import exp.example --cert bundle1.pem --key leaf.key \
        >/dev/null 2>&1 || {
    echo "Bail out! cannot set up the store"
    exit 1
}

# --- the files ---------------------------------------------------------

run "$MDSHM" export exp.example --dir pem
ok "export exits 0" rc_is 0
ok "export says what it wrote" out_has "exported to pem"
ok "export prints no key material" no_secret
for f in cert.pem chain.pem fullchain.pem privkey.pem; do
    ok "$f is there, a link through current" \
        test "$(readlink "pem/$f")" = "current/$f"
done
ok "current points at a version directory" \
    test "$(readlink pem/current)" = .set-1
ok "privkey.pem has mode 0600 whatever the umask" \
    test "$(stat -L -c %a pem/privkey.pem)" = 600
ok "cert.pem, chain.pem, fullchain.pem have mode 0644" \
    test "$(stat -L -c %a pem/cert.pem pem/chain.pem pem/fullchain.pem |
        sort -u)" = 644
ok "the version directory has mode 0755" \
    test "$(stat -c %a pem/.set-1)" = 755
ok "cert.pem is the leaf" cmp -s pem/cert.pem leaf1.pem
ok "chain.pem is the issuer" cmp -s pem/chain.pem ca.pem
ok "fullchain.pem is leaf and issuer" cmp -s pem/fullchain.pem bundle1.pem
ok "privkey.pem is the certificate's key" \
    test "$(pub_fp pem/privkey.pem)" = "$(cert_fp pem/cert.pem)"
ok "privkey.pem is the imported key" \
    test "$(pub_fp pem/privkey.pem)" = "$(pub_fp leaf.key)"
verifies() {
    openssl verify -CAfile ca.pem -untrusted pem/chain.pem pem/cert.pem \
        >/dev/null 2>&1
}
ok "openssl verifies the exported chain" verifies

run "$MDSHM" export exp.example --dir pem
ok "a second export exits 0" rc_is 0
ok "a second export writes nothing" out_has "nothing written"
ok "a second export keeps the version" \
    test "$(readlink pem/current)" = .set-1

# --- atomic replacement --------------------------------------------------

# A reader that opened the old files before the switch keeps reading the
# old version whole; the new version appears in one step.
exec 3<pem/fullchain.pem 4<pem/privkey.pem
"$MDSHM" import exp.example --cert bundle2.pem --key leaf.key >/dev/null 2>&1
run "$MDSHM" export exp.example --dir pem
ok "export after a renewal exits 0" rc_is 0
ok "export after a renewal writes a new version" \
    test "$(readlink pem/current)" = .set-2
ok "the new cert.pem is the new leaf" \
    test "$(serial pem/cert.pem)" = "$(serial leaf2.pem)"
ok "the new fullchain.pem is the new bundle" cmp -s pem/fullchain.pem bundle2.pem
cat <&3 >old-fullchain.pem
cat <&4 >old-privkey.pem
exec 3<&- 4<&-
ok "a reader of the old fullchain.pem reads it whole" \
    cmp -s old-fullchain.pem bundle1.pem
ok "a reader of the old privkey.pem reads the key of that chain" \
    test "$(pub_fp old-privkey.pem)" = "$(cert_fp old-fullchain.pem)"
ok "the previous version stays for readers that are half-way" \
    cmp -s pem/.set-1/cert.pem leaf1.pem
"$MDSHM" import exp.example --cert bundle3.pem --key leaf.key >/dev/null 2>&1
run "$MDSHM" export exp.example --dir pem
ok "a third export switches to version 3" \
    test "$(readlink pem/current)" = .set-3
ok "versions older than the previous one are removed" \
    test ! -e pem/.set-1 -a -d pem/.set-2
ok "no temporary names are left" \
    test "$(find pem -name '*.tmp' | wc -l)" -eq 0

# Damage: an edited or deleted file is found and replaced by a new version.
rm pem/.set-3/chain.pem
run "$MDSHM" export exp.example --dir pem
ok "a damaged version is replaced" \
    test "$(readlink pem/current)" = .set-4
ok "... and its files are whole again" cmp -s pem/chain.pem ca.pem
# A plain file where a link belongs (an older layout, a copy by hand).
rm pem/cert.pem && cp leaf1.pem pem/cert.pem
run "$MDSHM" export exp.example --dir pem
ok "a plain file where a link belongs is replaced by the link" \
    test "$(readlink pem/cert.pem)" = current/cert.pem

# --- refused -------------------------------------------------------------

mkdir real && ln -s real linked
run "$MDSHM" export exp.example --dir linked
ok "a DIR that is a symbolic link is refused (exit 1)" rc_is 1
ok "... saying why" err_has "symbolic link"
ok "... and nothing is written through it" test ! -e real/cert.pem
mkdir -m 777 open
run "$MDSHM" export exp.example --dir open
ok "a DIR writable by others is refused (exit 1)" rc_is 1
ok "... naming the mode" err_has "0777"
ok "... and nothing is written into it" test ! -e open/cert.pem
: >plainfile
run "$MDSHM" export exp.example --dir plainfile
ok "a DIR that is a file is refused (exit 1)" rc_is 1
run "$MDSHM" export ../etc --dir pem2
ok "an MD name that is a path is a usage error (exit 2)" rc_is 2
ok "... and writes nothing" test ! -e pem2
run "$MDSHM" export nosuch.example --dir pem3
ok "an unknown MD is an error (exit 1)" rc_is 1
ok "... naming it" err_has "no MD nosuch.example"
run "$MDSHM" export exp.example
ok "export without --dir or --conf is a usage error (exit 2)" rc_is 2

# --- --conf: the store and the MD's MDExportDir ------------------------

cat >mdshm.conf <<EOF
MDStoreDir $store
<MDomain exp.example>
    MDExportDir $tmp/live
</MDomain>
MDomain other.example
EOF
run env -u MDSHM_STORE "$MDSHM" export exp.example --conf mdshm.conf
ok "export --conf writes to MDExportDir/MD" \
    test "$(readlink live/exp.example/cert.pem)" = current/cert.pem
ok "... the store's current set" \
    test "$(serial live/exp.example/cert.pem)" = "$(serial leaf3.pem)"
run env -u MDSHM_STORE "$MDSHM" export other.example --conf mdshm.conf
ok "export --conf of an MD without MDExportDir is an error" rc_is 1
ok "... saying so" err_has "no MDExportDir"
run "$MDSHM" config-check --conf mdshm.conf --json
ok "config-check --json shows each MD's MDExportDir" \
    both out_has "\"export_dir\": \"$tmp/live\"" out_has '"export_dir": null'
printf 'MDExportDir relative/dir\n' >bad.conf
run "$MDSHM" config-check --conf bad.conf
ok "MDExportDir must be absolute (config-check exits 1)" rc_is 1
ok "... with file and line" err_has "bad.conf:1"

echo "1..$n"
[ "$failed" -eq 0 ]
