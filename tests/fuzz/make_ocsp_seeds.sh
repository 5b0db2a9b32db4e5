#!/bin/sh
# make_ocsp_seeds.sh -- the fixed leaf and issuer of the "ocsp" fuzz target
# (tests/fuzz/ocsp_fixture.h) and its seeds (tests/fuzz/corpus/ocsp/):
# real responses from the openssl binary's responder (openssl ocsp -index
# ... -reqin ... -respout ...) for that leaf.
#
# Usage (from the source tree's top): sh tests/fuzz/make_ocsp_seeds.sh
# (openssl and xxd; FUZZ_OCSP_VERBOSE=1 build/fuzz/fuzz_ocsp
# tests/fuzz/corpus/ocsp then shows what the target makes of each seed).
#
# Every run makes new keys and certificates, so the header and the seeds
# are only consistent with each other when made by the same run: commit
# them together.  Inputs in tests/fuzz/regress/ocsp/ that depend on a
# signature would stop verifying after a new run; regenerate only when
# needed (the CA and the responders are valid for 100 years; the target's
# "now" is fixed relative to this run's time).
set -eu

top=$(pwd)
out=$top/tests/fuzz/corpus/ocsp
hdr=$top/tests/fuzz/ocsp_fixture.h
[ -f "$top/tests/fuzz/fuzz_ocsp.c" ] || {
    echo "run from the top of the source tree" >&2
    exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

ossl() { openssl "$@" 2>>log || { cat log >&2; exit 1; }; }

# The issuer: P-256 (the target re-signs inputs with its key, and ECDSA
# signs fast); valid 100 years because OCSP_basic_verify checks a
# responder's validity at the real time.
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout ca.key -out ca.pem -days 36500 -subj "/CN=mdshm fuzz OCSP CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature"
# A stranger: a CA that did not issue the leaf.
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout stranger.key -out stranger.pem -days 36500 \
    -subj "/CN=mdshm fuzz stranger CA"

# sign NAME SERIAL DAYS EXTFILE [NEWKEY]: a certificate issued by the CA;
# its key P-256, or NEWKEY as openssl req -newkey takes it (rsa:2048).
sign() {
    kopt="-newkey ec -pkeyopt ec_paramgen_curve:P-256"
    [ $# -gt 4 ] && kopt="-newkey $5"
    # shellcheck disable=SC2086 # kopt is several words
    ossl req -new $kopt -nodes -keyout "$1.key" -out "$1.csr" \
        -subj "/CN=$1.fuzz.example"
    ossl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -set_serial "$2" \
        -days "$3" -extfile "$4" -out "$1.pem"
}
printf 'subjectAltName=DNS:leaf.fuzz.example\n' >leaf.ext
printf 'subjectAltName=DNS:other.fuzz.example\n' >other.ext
printf 'extendedKeyUsage=OCSPSigning\nkeyUsage=critical,digitalSignature\n' \
    >responder.ext
printf 'keyUsage=critical,digitalSignature\n' >noeku.ext
sign leaf 0x1001 30 leaf.ext          # the leaf: 30 days
sign other 0x1002 30 other.ext        # another certificate of the CA
sign responder 0x2001 36500 responder.ext rsa:2048   # delegated responder
sign noeku 0x2002 36500 noeku.ext     # certified, but not for OCSP

# The seeds' thisUpdate: now (the target's times are relative to it).
gen=$(date +%s)

# Index files (openssl ca's format): the leaf valid, revoked, or absent.
exp=$(date -u -d @$((gen + 30 * 86400)) +%y%m%d%H%M%SZ)
rev=$(date -u -d @"$gen" +%y%m%d%H%M%SZ)
subj() { openssl x509 -in "$1" -noout -subject -nameopt compat | sed 's/^subject=//'; }
printf 'V\t%s\t\t1001\tunknown\t%s\n' "$exp" "$(subj leaf.pem)" >good.idx
printf 'V\t%s\t\t1002\tunknown\t%s\n' "$exp" "$(subj other.pem)" >>good.idx
printf 'R\t%s\t%s,keyCompromise\t1001\tunknown\t%s\n' "$exp" "$rev" \
    "$(subj leaf.pem)" >revoked.idx
printf 'V\t%s\t\t1002\tunknown\t%s\n' "$exp" "$(subj other.pem)" >unknown.idx

# Requests (the openssl client, as a responder would get them).
ossl ocsp -issuer ca.pem -cert leaf.pem -no_nonce -reqout req.der
ossl ocsp -issuer ca.pem -cert leaf.pem -nonce -reqout req-nonce.der
ossl ocsp -issuer ca.pem -cert other.pem -no_nonce -reqout req-other.der
ossl ocsp -issuer ca.pem -cert other.pem -cert leaf.pem -no_nonce \
    -reqout req-two.der
ossl ocsp -issuer ca.pem -sha256 -cert leaf.pem -no_nonce \
    -reqout req-sha256.der

# respond NAME INDEX REQUEST SIGNER OPTIONS...: one response -> seed NAME.
mkdir seeds
respond() {
    name=$1 idx=$2 req=$3 signer=$4
    shift 4
    ossl ocsp -index "$idx" -CA ca.pem -rsigner "$signer.pem" \
        -rkey "$signer.key" -reqin "$req" -respout "seeds/$name" "$@"
}
respond good good.idx req.der ca -ndays 7
respond revoked revoked.idx req.der ca -ndays 7
respond unknown unknown.idx req.der ca -ndays 7
respond delegated good.idx req.der responder -ndays 7
respond delegated-no-certs good.idx req.der responder -ndays 7 -resp_no_certs
respond delegated-no-eku good.idx req.der noeku -ndays 7
respond stranger good.idx req.der stranger -ndays 7
respond other-cert good.idx req-other.der ca -ndays 7
respond two-certs good.idx req-two.der ca -ndays 7
respond sha256-id good.idx req-sha256.der ca -ndays 7
respond nonce good.idx req-nonce.der ca -ndays 7
respond expired good.idx req.der ca -nmin 1
respond no-next-update good.idx req.der ca
respond past-expiry good.idx req.der ca -ndays 60
respond key-id good.idx req.der ca -ndays 7 -resp_key_id -resp_no_certs
respond sha384-sig revoked.idx req.der ca -ndays 7 -rmd sha384
# Unsuccessful statuses carry no body: OCSPResponse { responseStatus }.
printf '\060\003\012\001\001' >seeds/malformed-request
printf '\060\003\012\001\002' >seeds/internal-error
printf '\060\003\012\001\003' >seeds/try-later
printf '\060\003\012\001\005' >seeds/sig-required
printf '\060\003\012\001\006' >seeds/unauthorized
: >seeds/empty
printf '\060\003\012\001\011' >seeds/status-9   # not in RFC 6960
# Not one DER response: cut short, or with a byte after it.
head -c 200 seeds/good >seeds/truncated
{ cat seeds/good; printf '\000'; } >seeds/trailing-byte

# The nonce the seed "nonce" answers: the request extension's value, an
# OCTET STRING inside the extension's OCTET STRING; we keep the inner
# content (what OCSP_request_add1_nonce takes).
nonce=$(openssl ocsp -reqin req-nonce.der -req_text 2>/dev/null |
    sed -n '/OCSP Nonce/{n;p;}' | tr -d ' \n' | sed 's/^0410//')
[ ${#nonce} -eq 32 ] || { echo "unexpected nonce '$nonce'" >&2; exit 1; }
not_after=$(date -u -d "$(openssl x509 -in leaf.pem -noout -enddate |
    sed 's/^notAfter=//')" +%s)

carray() { xxd -i <"$1" | sed 's/^/   /'; }
{
    echo "/* ocsp_fixture.h -- made by tests/fuzz/make_ocsp_seeds.sh with the"
    echo " * seeds in tests/fuzz/corpus/ocsp/ (one run makes both: commit them"
    echo " * together).  The leaf (P-256, 30 days), its issuer (P-256) and the"
    echo " * issuer's key (a test key made for this, nothing else uses it)."
    echo " * The seeds were made at FIX_GEN (unix s). */"
    echo "#ifndef MDSHM_OCSP_FIXTURE_H"
    echo "#define MDSHM_OCSP_FIXTURE_H"
    echo
    echo "#define FIX_GEN ${gen}LL"
    echo "#define FIX_LEAF_NOT_AFTER ${not_after}LL"
    echo
    echo "static const unsigned char fix_leaf_der[] = {"
    openssl x509 -in leaf.pem -outform DER -out leaf.der
    carray leaf.der
    echo "};"
    echo
    echo "static const unsigned char fix_issuer_der[] = {"
    openssl x509 -in ca.pem -outform DER -out ca.der
    carray ca.der
    echo "};"
    echo
    echo "/* PKCS#8: the target re-signs inputs with it. */"
    echo "static const unsigned char fix_issuer_key_der[] = {"
    openssl pkey -in ca.key -outform DER -out ca.key.der
    carray ca.key.der
    echo "};"
    echo
    echo "/* The nonce of the request the seed \"nonce\" answers. */"
    echo "static const unsigned char fix_nonce[] = {"
    printf '%s' "$nonce" | xxd -r -p >nonce.bin
    carray nonce.bin
    echo "};"
    echo
    echo "#endif"
} >"$hdr"

# Only our files are replaced: the corpus also keeps inputs found by
# fuzzing (named found-*; their signatures do not matter, the target
# re-signs them, but their certificate id is the leaf's of the run that
# made them: after a new run they stop at "another certificate").
mkdir -p "$out"
cp seeds/* "$out/"
set -- seeds/*
echo "wrote $hdr and $# seeds in $out"
