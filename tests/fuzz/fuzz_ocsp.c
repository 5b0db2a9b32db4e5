/*
 * fuzz_ocsp.c -- OCSP responses as a responder sends them.  The input is a
 * DER OCSPResponse, verified by mdshm__ocsp_verify for one fixed leaf and
 * issuer (ocsp_fixture.h; tests/fuzz/make_ocsp_seeds.sh makes it together
 * with the seeds, real responses of the openssl responder for that leaf):
 *
 *   at NOW (an hour after the seeds were made): without a request, with a
 *   request of mdshm__ocsp_request (a random nonce) and with one carrying
 *   the nonce the seed "nonce" answers; past the leaf's notAfter refused
 *   and allowed;
 *   at SKEWED and EARLY (the seeds' thisUpdate a little less and a little
 *   more than the clock skew allowed in the future) and at LATE (the leaf
 *   expired, a 60-day response still current).
 *
 * All of that twice: for the input as it is, and with its signed part
 * signed again by the issuer (check_resigned).
 *
 * Invariants: an accepted response is one DER response, successful,
 * signed by the issuer or a responder it certified, good or revoked for
 * exactly our certificate id, with the status, thisUpdate
 * and nextUpdate the response says (nextUpdate cut to the leaf's notAfter
 * unless allowed past it); thisUpdate at most the skew after now;
 * nextUpdate after now and after thisUpdate.  A request only adds refusals
 * (its nonce); allowing past the notAfter only removes them; a response
 * with a nonce never passes against a request with another one.  A
 * refusal says why; OpenSSL's error queue is left empty.  No allocation
 * fails under the fuzzer, so -ENOMEM is a bug here.
 */
#include "fuzz.h"

#include "ocsp.h"
#include "ocsp_fixture.h"

#include <string.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

#define NOW (FIX_GEN + 3600)
/* The seeds' thisUpdate is FIX_GEN (or a second later): just inside and
 * just outside the clock skew allowed. */
#define SKEWED (FIX_GEN - MDSHM__OCSP_SKEW_S + 60)
#define EARLY (FIX_GEN - MDSHM__OCSP_SKEW_S - 60)
#define LATE (FIX_LEAF_NOT_AFTER + 15 * 86400)

static mdshm__ocsp_cert_t cert;
static OCSP_REQUEST *req_random, *req_fixed;
static EVP_PKEY *issuer_key;
static bool verbose; /* $FUZZ_OCSP_VERBOSE: each input's outcome (seeds) */

static void setup(void)
{
    static int done;
    const unsigned char *p;
    OCSP_CERTID *id;
    uint8_t *der;
    size_t len;

    if (done)
        return;
    done = 1;
    verbose = getenv("FUZZ_OCSP_VERBOSE") != NULL;
    fuzz_require(mdshm__ocsp_cert_load(fix_leaf_der, sizeof(fix_leaf_der),
                                       fix_issuer_der, sizeof(fix_issuer_der),
                                       &cert) == 0,
                 "the fixture's certificates");
    p = fix_issuer_key_der;
    fuzz_require((issuer_key = d2i_AutoPrivateKey(
                      NULL, &p, (long)sizeof(fix_issuer_key_der))) != NULL,
                 "the fixture's issuer key");
    fuzz_require(mdshm__ocsp_request(&cert, true, &der, &len,
                                     &req_random) == 0,
                 "a request with a nonce");
    free(der);
    fuzz_require((req_fixed = OCSP_REQUEST_new()) &&
                     (id = OCSP_cert_to_id(NULL, cert.leaf, cert.issuer)) &&
                     OCSP_request_add0_id(req_fixed, id) &&
                     OCSP_request_add1_nonce(req_fixed,
                                             (unsigned char *)fix_nonce,
                                             (int)sizeof(fix_nonce)),
                 "the fixture's request");
}

typedef struct outcome {
    int rv;
    mdshm__ocsp_result_t res;
} outcome_t;

/* What the response says for our certificate id, read independently. */
typedef struct said {
    OCSP_RESPONSE *resp;
    OCSP_BASICRESP *bs;
    OCSP_CERTID *id;
    int status;
    ASN1_GENERALIZEDTIME *this_upd, *next_upd;
    bool has_nonce;
} said_t;

static void said_clear(said_t *s)
{
    OCSP_CERTID_free(s->id);
    OCSP_BASICRESP_free(s->bs);
    OCSP_RESPONSE_free(s->resp);
    memset(s, 0, sizeof(*s));
    ERR_clear_error();
}

/* RFC 6960 4.2.2.2: signed by the issuer, or by a certificate the issuer
 * signed with id-kp-OCSPSigning (read here without OCSP_basic_verify). */
static bool signed_by_issuer_or_delegate(const OCSP_BASICRESP *bs)
{
    const STACK_OF(X509) *certs = OCSP_resp_get0_certs(bs);
    EVP_PKEY *ik = X509_get0_pubkey(cert.issuer);

    if (ASN1_item_verify(ASN1_ITEM_rptr(OCSP_RESPDATA),
                         OCSP_resp_get0_tbs_sigalg(bs),
                         OCSP_resp_get0_signature(bs),
                         OCSP_resp_get0_respdata(bs), ik) == 1)
        return true;
    for (int i = 0; i < sk_X509_num(certs); i++) {
        X509 *x = sk_X509_value(certs, i);

        if (X509_verify(x, ik) == 1 &&
            (X509_get_extension_flags(x) & EXFLAG_XKUSAGE) &&
            (X509_get_extended_key_usage(x) & XKU_OCSP_SIGN) &&
            ASN1_item_verify(ASN1_ITEM_rptr(OCSP_RESPDATA),
                             OCSP_resp_get0_tbs_sigalg(bs),
                             OCSP_resp_get0_signature(bs),
                             OCSP_resp_get0_respdata(bs),
                             X509_get0_pubkey(x)) == 1)
            return true;
    }
    return false;
}

/* The response an accepted input must be: one DER response (nothing
 * after it), successful, basic, with a status for our certificate id. */
static void read_accepted(const uint8_t *d, size_t n, said_t *s)
{
    const unsigned char *p = d;
    int reason;
    ASN1_GENERALIZEDTIME *rev;

    memset(s, 0, sizeof(*s));
    s->resp = d2i_OCSP_RESPONSE(NULL, &p, (long)n);
    fuzz_require(s->resp && p == d + n, "accepted, but not one DER response");
    fuzz_require(OCSP_response_status(s->resp) ==
                     OCSP_RESPONSE_STATUS_SUCCESSFUL,
                 "accepted with status %d", OCSP_response_status(s->resp));
    fuzz_require((s->bs = OCSP_response_get1_basic(s->resp)) != NULL,
                 "accepted, but no basic response");
    fuzz_require(signed_by_issuer_or_delegate(s->bs),
                 "accepted, but signed by neither the issuer nor a "
                 "responder it certified");
    fuzz_require((s->id = OCSP_cert_to_id(NULL, cert.leaf, cert.issuer)),
                 "certificate id");
    fuzz_require(OCSP_resp_find_status(s->bs, s->id, &s->status, &reason,
                                       &rev, &s->this_upd,
                                       &s->next_upd) == 1,
                 "accepted, but no status for our certificate");
    s->has_nonce =
        OCSP_BASICRESP_get_ext_by_NID(s->bs, NID_id_pkix_OCSP_Nonce, -1) >= 0;
}

static outcome_t run(const uint8_t *d, size_t n, const OCSP_REQUEST *req,
                     int64_t now, bool allow)
{
    outcome_t o;
    const mdshm__ocsp_result_t *r = &o.res;
    said_t s;
    int64_t next;

    ERR_clear_error();
    o.rv = mdshm__ocsp_verify(&cert, req, d, n, now, allow, &o.res);
    if (verbose)
        fprintf(stderr, "  now%+lld%s%s: %s %s\n", (long long)(now - NOW),
                req == req_random  ? " nonce:random"
                : req == req_fixed ? " nonce:fixture"
                                   : "",
                allow ? " past-expiry:allowed" : "",
                o.rv ? "refused:" : "accepted", o.rv ? r->reason
                : r->status ? "revoked" : "good");
    fuzz_require(ERR_peek_error() == 0, "OpenSSL errors left (rv %d)", o.rv);
    fuzz_require(memchr(r->reason, 0, sizeof(r->reason)) != NULL,
                 "reason not terminated");
    fuzz_require(o.rv == 0 || o.rv == MDSHM_EBADINPUT, "rv %d", o.rv);
    if (o.rv) {
        fuzz_require(r->reason[0] != '\0', "a refusal without a reason");
        return o;
    }
    fuzz_require(r->reason[0] == '\0', "accepted with reason '%s'",
                 r->reason);
    fuzz_require(r->status == MDSHM__OCSP_GOOD ||
                     r->status == MDSHM__OCSP_REVOKED,
                 "accepted with status %u", r->status);
    fuzz_require(r->this_update <= now + MDSHM__OCSP_SKEW_S,
                 "thisUpdate %lld is in the future (now %lld)",
                 (long long)r->this_update, (long long)now);
    fuzz_require(r->next_update > now && r->next_update > r->this_update,
                 "nextUpdate %lld not after now %lld / thisUpdate %lld",
                 (long long)r->next_update, (long long)now,
                 (long long)r->this_update);
    fuzz_require(allow || r->next_update <= FIX_LEAF_NOT_AFTER,
                 "nextUpdate %lld past the leaf's notAfter",
                 (long long)r->next_update);

    read_accepted(d, n, &s);
    fuzz_require(s.status == V_OCSP_CERTSTATUS_GOOD
                     ? r->status == MDSHM__OCSP_GOOD
                     : s.status == V_OCSP_CERTSTATUS_REVOKED &&
                           r->status == MDSHM__OCSP_REVOKED,
                 "status %d accepted as %u", s.status, r->status);
    fuzz_require(ASN1_TIME_cmp_time_t(s.this_upd, (time_t)r->this_update) ==
                     0,
                 "thisUpdate %lld is not the response's",
                 (long long)r->this_update);
    /* nextUpdate: the response's (absent: the default lifetime), cut to
     * the leaf's notAfter unless allowed past it. */
    if (!s.next_upd) {
        next = r->this_update + MDSHM__OCSP_DEFAULT_LIFETIME_S;
        if (!allow && next > FIX_LEAF_NOT_AFTER)
            next = FIX_LEAF_NOT_AFTER;
    } else if (!allow &&
               ASN1_TIME_cmp_time_t(s.next_upd, FIX_LEAF_NOT_AFTER) > 0) {
        next = FIX_LEAF_NOT_AFTER;
    } else {
        next = ASN1_TIME_cmp_time_t(s.next_upd, (time_t)r->next_update) == 0
                   ? r->next_update
                   : INT64_MIN;
    }
    fuzz_require(next == r->next_update,
                 "nextUpdate %lld is not the response's (or the cut)",
                 (long long)r->next_update);
    fuzz_require(req != req_random || !s.has_nonce,
                 "a response with a nonce passed against another nonce");
    said_clear(&s);
    return o;
}

static bool same(const outcome_t *a, const outcome_t *b)
{
    return a->rv == b->rv && a->res.status == b->res.status &&
           a->res.this_update == b->res.this_update &&
           a->res.next_update == b->res.next_update;
}

/* Every check for one response. */
static void check_response(const uint8_t *data, size_t size)
{
    const unsigned char *p = data;
    OCSP_RESPONSE *resp;
    outcome_t base, o;

    base = run(data, size, NULL, NOW, false);

    /* Not one DER response: refused, and nothing else to try. */
    resp = size ? d2i_OCSP_RESPONSE(NULL, &p, (long)size) : NULL;
    OCSP_RESPONSE_free(resp);
    ERR_clear_error();
    if (!resp || p != data + size) {
        fuzz_require(base.rv != 0, "accepted, but not one DER response");
        return;
    }

    /* A request only adds the nonce check. */
    o = run(data, size, req_random, NOW, false);
    fuzz_require(o.rv != 0 || same(&o, &base), "the request's nonce changed "
                                               "an accepted result");
    o = run(data, size, req_fixed, NOW, false);
    fuzz_require(o.rv != 0 || same(&o, &base), "the fixture's nonce changed "
                                               "an accepted result");

    /* Allowing past the leaf's notAfter only lifts the cut. */
    o = run(data, size, NULL, NOW, true);
    fuzz_require(base.rv != 0 ||
                     (o.rv == 0 && o.res.status == base.res.status &&
                      o.res.this_update == base.res.this_update &&
                      o.res.next_update >= base.res.next_update),
                 "allowed past the notAfter, refused or different");

    (void)run(data, size, NULL, SKEWED, false);
    (void)run(data, size, NULL, EARLY, false);
    o = run(data, size, NULL, LATE, false);
    fuzz_require(o.rv != 0, "accepted for an expired leaf");
    (void)run(data, size, NULL, LATE, true);
}

/* The input's signed part signed again by the issuer, everything else
 * (responder id, certificates) as it came: a fuzzer cannot forge a
 * signature, so without this the checks after it (certificate id,
 * status, times, nonce) would only ever see the seeds' values. */
static void check_resigned(const uint8_t *data, size_t size)
{
    const unsigned char *p = data;
    OCSP_RESPONSE *resp, *again = NULL;
    OCSP_BASICRESP *bs = NULL;
    unsigned char *der = NULL;
    int len = 0;

    resp = size ? d2i_OCSP_RESPONSE(NULL, &p, (long)size) : NULL;
    if (resp && p == data + size &&
        OCSP_response_status(resp) == OCSP_RESPONSE_STATUS_SUCCESSFUL &&
        (bs = OCSP_response_get1_basic(resp)) &&
        ASN1_item_sign(ASN1_ITEM_rptr(OCSP_RESPDATA),
                       (X509_ALGOR *)OCSP_resp_get0_tbs_sigalg(bs), NULL,
                       (ASN1_BIT_STRING *)OCSP_resp_get0_signature(bs),
                       OCSP_resp_get0_respdata(bs), issuer_key,
                       EVP_sha256()) > 0 &&
        (again = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, bs)))
        len = i2d_OCSP_RESPONSE(again, &der);
    OCSP_RESPONSE_free(again);
    OCSP_BASICRESP_free(bs);
    OCSP_RESPONSE_free(resp);
    ERR_clear_error();
    if (len > 0) {
        if (verbose)
            fprintf(stderr, "re-signed by the issuer (%d bytes):\n", len);
        check_response(der, (size_t)len);
    }
    OPENSSL_free(der);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_begin(size);
    setup();
    check_response(data, size);
    check_resigned(data, size);
    return 0;
}
