/*
 * fuzz_crl.c -- CRLs as a distribution point serves them.  The input is a
 * CRL (DER or PEM), loaded by mdshm__crl_load for the OCSP target's fixed
 * issuer (ocsp_fixture.h: the same leaf, issuer and issuer key) at NOW
 * (an hour after the fixture was made) for URL, then asked about the
 * fixture's leaf.  Seeds: tests/fuzz/make_crl_seeds.py (CRLs signed by the
 * fixture's issuer key: empty, the leaf revoked, partitioned for URL and
 * for another URL, indirect, delta, expired, PEM).
 *
 * Twice: the input as it is, and (when it parses as a CRL) signed again by
 * the issuer, so that mutations reach the checks after the signature.
 *
 * Invariants: an accepted CRL has thisUpdate at most the skew after now
 * and nextUpdate after now; the lookup answers (the leaf's issuer is the
 * CRL's) good or revoked; a revoked answer has a reason code from -1 to
 * 10 and a name for it; a refusal says why; OpenSSL's error queue is left
 * empty.  No allocation fails under the fuzzer: -ENOMEM is a bug here.
 */
#include "fuzz.h"

#include "crl.h"
#include "ocsp_fixture.h"

#include <string.h>

#include <openssl/err.h>
#include <openssl/x509.h>

#define NOW (FIX_GEN + 3600)
#define URL "http://crl.fuzz.example/1.crl"
#define MAX_SIZE (4u << 20)

static X509 *leaf, *issuer;
static EVP_PKEY *issuer_key;
static bool verbose; /* $FUZZ_CRL_VERBOSE: each input's outcome (seeds) */

static void setup(void)
{
    static int done;
    const unsigned char *p;

    if (done)
        return;
    done = 1;
    verbose = getenv("FUZZ_CRL_VERBOSE") != NULL;
    p = fix_leaf_der;
    leaf = d2i_X509(NULL, &p, (long)sizeof(fix_leaf_der));
    p = fix_issuer_der;
    issuer = d2i_X509(NULL, &p, (long)sizeof(fix_issuer_der));
    p = fix_issuer_key_der;
    issuer_key = d2i_AutoPrivateKey(NULL, &p, (long)sizeof(fix_issuer_key_der));
    fuzz_require(leaf && issuer && issuer_key, "the fixture");
}

static void check(const uint8_t *data, size_t size)
{
    mdshm__crl_t *crl = NULL;
    mdshm__crl_answer_t ans;
    char why[200];
    int rv = mdshm__crl_load(data, size, MAX_SIZE, URL, issuer, NOW, &crl,
                             why, sizeof(why));

    fuzz_require(ERR_peek_error() == 0, "the error queue is left empty");
    fuzz_require(rv == 0 || rv == MDSHM_EBADINPUT, "rv %d", rv);
    if (verbose)
        fprintf(stderr, "  %s\n", rv < 0 ? why : "accepted");
    if (rv < 0) {
        fuzz_require(crl == NULL && why[0], "a refusal says why");
        return;
    }
    fuzz_require(crl != NULL, "an accepted CRL");
    fuzz_require(mdshm__crl_this_update(crl) <= NOW + MDSHM__CRL_SKEW_S,
                 "thisUpdate %lld", (long long)mdshm__crl_this_update(crl));
    fuzz_require(mdshm__crl_next_update(crl) > NOW, "nextUpdate %lld",
                 (long long)mdshm__crl_next_update(crl));
    rv = mdshm__crl_lookup(crl, leaf, &ans);
    fuzz_require(rv == 0, "the leaf's issuer is the CRL's: rv %d", rv);
    fuzz_require(ans.status == MDSHM__CRL_GOOD ||
                     ans.status == MDSHM__CRL_REVOKED,
                 "status %u", ans.status);
    if (verbose)
        fprintf(stderr, "  leaf: %s, reason %d\n",
                ans.status ? "revoked" : "good", ans.reason);
    if (ans.status == MDSHM__CRL_REVOKED)
        fuzz_require(mdshm__crl_reason_name(ans.reason) != NULL,
                     "reason %d", ans.reason);
    mdshm__crl_free(crl);
    ERR_clear_error(); /* the lookup's extension decode may leave some */
}

/* The input's CRL signed again by the issuer. */
static void check_resigned(const uint8_t *data, size_t size)
{
    const unsigned char *p = data;
    X509_CRL *c = d2i_X509_CRL(NULL, &p, (long)size);
    unsigned char *der = NULL;
    int n;

    if (c && X509_CRL_sign(c, issuer_key, EVP_sha256()) > 0 &&
        (n = i2d_X509_CRL(c, &der)) > 0)
        check(der, (size_t)n);
    OPENSSL_free(der);
    X509_CRL_free(c);
    ERR_clear_error();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_begin(size);
    setup();
    ERR_clear_error();
    check(data, size);
    check_resigned(data, size);
    return 0;
}
