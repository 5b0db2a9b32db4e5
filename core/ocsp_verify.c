/* ocsp_verify.c -- nothing is stored or stapled before it passes here.
 *
 * OpenSSL's OCSP_basic_verify checks the signature and the responder's
 * chain up to the issuer (trusted as a partial chain: the root is not
 * needed and often not at hand).  We check the responder ourselves as
 * well (the issuer itself, or a certificate the issuer signed with
 * id-kp-OCSPSigning), so that a verify flag changing underneath cannot
 * widen what we accept; then the certificate id, the status and the
 * times. */
#include "ocsp.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

static int refuse(mdshm__ocsp_result_t *res, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int refuse(mdshm__ocsp_result_t *res, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(res->reason, sizeof(res->reason), fmt, ap);
    va_end(ap);
    ERR_clear_error();
    return MDSHM_EBADINPUT;
}

static int64_t gt_to_unix(const ASN1_GENERALIZEDTIME *t, bool *ok)
{
    struct tm tm;

    *ok = t && ASN1_TIME_to_tm(t, &tm) == 1;
    if (!*ok)
        return 0;
    return mdshm__days_from_civil(tm.tm_year + 1900, (unsigned)tm.tm_mon + 1,
                                  (unsigned)tm.tm_mday) * 86400 +
           tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
}

/* The signer is the issuer, or issued by it and allowed to sign OCSP. */
static bool signer_ok(X509 *signer, X509 *issuer, const char **why)
{
    EVP_PKEY *ik = X509_get0_pubkey(issuer);

    if (!signer || !ik) {
        *why = "no signer certificate";
        return false;
    }
    if (X509_cmp(signer, issuer) == 0)
        return true;
    if (X509_check_issued(issuer, signer) != X509_V_OK ||
        X509_verify(signer, ik) != 1) {
        *why = "signed by a responder the issuer did not certify";
        return false;
    }
    if (!(X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) ||
        !(X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN)) {
        *why = "the responder certificate lacks id-kp-OCSPSigning";
        return false;
    }
    return true;
}

static const char *resp_status_text(int st)
{
    switch (st) {
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST: return "malformedRequest";
    case OCSP_RESPONSE_STATUS_INTERNALERROR: return "internalError";
    case OCSP_RESPONSE_STATUS_TRYLATER: return "tryLater";
    case OCSP_RESPONSE_STATUS_SIGREQUIRED: return "sigRequired";
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED: return "unauthorized";
    default: return "an unknown status";
    }
}

static int check_signature(OCSP_BASICRESP *bs, const mdshm__ocsp_cert_t *c,
                           mdshm__ocsp_result_t *res)
{
    STACK_OF(X509) *certs = sk_X509_new_null();
    X509_STORE *store = X509_STORE_new();
    X509 *signer = NULL;
    const char *why = NULL;
    int rv = -ENOMEM;

    if (!certs || !store || !sk_X509_push(certs, c->issuer) ||
        !X509_STORE_add_cert(store, c->issuer))
        goto out;
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
    if (OCSP_resp_get0_signer(bs, &signer, certs) != 1) {
        rv = refuse(res, "no signer certificate for the response");
        goto out;
    }
    if (!signer_ok(signer, c->issuer, &why)) {
        rv = refuse(res, "%s", why);
        goto out;
    }
    if (OCSP_basic_verify(bs, certs, store, 0) != 1) {
        unsigned long e = ERR_peek_error();
        char buf[120];
        ERR_error_string_n(e, buf, sizeof(buf));
        rv = refuse(res, "signature does not verify (%s)", buf);
        goto out;
    }
    rv = 0;
out:
    sk_X509_free(certs); /* the certificates belong to the caller */
    X509_STORE_free(store);
    return rv;
}

int mdshm__ocsp_verify(const mdshm__ocsp_cert_t *c, const OCSP_REQUEST *req,
                       const uint8_t *der, size_t len, int64_t now_s,
                       bool allow_past_expiry, mdshm__ocsp_result_t *res)
{
    const unsigned char *p = der;
    OCSP_RESPONSE *resp = NULL;
    OCSP_BASICRESP *bs = NULL;
    OCSP_CERTID *id = NULL;
    ASN1_GENERALIZEDTIME *thisupd = NULL, *nextupd = NULL, *revtime = NULL;
    int status = -1, reason = 0, st, rv;
    int64_t na;
    bool ok;

    memset(res, 0, sizeof(*res));
    if (!der || len == 0 || len > MDSHM__OCSP_MAX_RESP)
        return refuse(res, "empty or oversized response (%zu bytes)", len);
    if (!(resp = d2i_OCSP_RESPONSE(NULL, &p, (long)len)) ||
        p != der + len) {
        rv = refuse(res, "not a DER OCSP response");
        goto out;
    }
    st = OCSP_response_status(resp);
    if (st != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        rv = refuse(res, "the responder answered %s", resp_status_text(st));
        goto out;
    }
    if (!(bs = OCSP_response_get1_basic(resp))) {
        rv = refuse(res, "not a basic OCSP response");
        goto out;
    }
    if (req && OCSP_check_nonce((OCSP_REQUEST *)req, bs) == 0) {
        rv = refuse(res, "the nonce does not match the request's");
        goto out;
    }
    rv = check_signature(bs, c, res);
    if (rv < 0)
        goto out;
    if (!(id = OCSP_cert_to_id(NULL, c->leaf, c->issuer))) {
        rv = mdshm__ossl_fail(-ENOMEM, "OCSP", "certificate id");
        goto out;
    }
    if (OCSP_resp_find_status(bs, id, &status, &reason, &revtime, &thisupd,
                              &nextupd) != 1) {
        rv = refuse(res, "the response is for another certificate");
        goto out;
    }
    if (status == V_OCSP_CERTSTATUS_UNKNOWN) {
        rv = refuse(res, "the responder does not know the certificate "
                         "(status unknown)");
        goto out;
    }
    res->status = status == V_OCSP_CERTSTATUS_REVOKED ? MDSHM__OCSP_REVOKED
                                                      : MDSHM__OCSP_GOOD;
    res->this_update = gt_to_unix(thisupd, &ok);
    if (!ok) {
        rv = refuse(res, "bad thisUpdate");
        goto out;
    }
    if (res->this_update > now_s + MDSHM__OCSP_SKEW_S) {
        rv = refuse(res, "thisUpdate is %lld s in the future",
                    (long long)(res->this_update - now_s));
        goto out;
    }
    if (nextupd) {
        res->next_update = gt_to_unix(nextupd, &ok);
        if (!ok) {
            rv = refuse(res, "bad nextUpdate");
            goto out;
        }
    } else {
        res->next_update = res->this_update + MDSHM__OCSP_DEFAULT_LIFETIME_S;
    }
    if (res->next_update <= res->this_update) {
        rv = refuse(res, "nextUpdate is not after thisUpdate");
        goto out;
    }
    if (res->next_update <= now_s) {
        rv = refuse(res, "the response expired %lld s ago (nextUpdate)",
                    (long long)(now_s - res->next_update));
        goto out;
    }
    /* Never staple a response past the certificate's own end. */
    na = gt_to_unix(X509_get0_notAfter(c->leaf), &ok);
    if (ok && !allow_past_expiry && res->next_update > na)
        res->next_update = na;
    if (res->next_update <= now_s) {
        rv = refuse(res, "the certificate has expired");
        goto out;
    }
    rv = 0;
out:
    OCSP_CERTID_free(id);
    OCSP_BASICRESP_free(bs);
    OCSP_RESPONSE_free(resp);
    return rv;
}
