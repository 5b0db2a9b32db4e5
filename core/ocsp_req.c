/* ocsp_req.c -- the OCSP request for a certificate, and renewal timing. */
#include "ocsp.h"

#include "config.h"
#include "schedule.h"

#include <errno.h>
#include <limits.h>
#include <openssl/err.h>
#include <stdlib.h>
#include <string.h>

int mdshm__ocsp_cert_load(const void *leaf, size_t leaf_len,
                          const void *issuer, size_t issuer_len,
                          mdshm__ocsp_cert_t *out)
{
    const unsigned char *p;

    memset(out, 0, sizeof(*out));
    if (!leaf || !issuer || leaf_len > LONG_MAX || issuer_len > LONG_MAX)
        return MDSHM_EBADINPUT;
    p = leaf;
    out->leaf = d2i_X509(NULL, &p, (long)leaf_len);
    p = issuer;
    out->issuer = d2i_X509(NULL, &p, (long)issuer_len);
    if (!out->leaf || !out->issuer) {
        mdshm__ocsp_cert_clear(out);
        ERR_clear_error();
        return MDSHM_EBADINPUT;
    }
    return 0;
}

void mdshm__ocsp_cert_clear(mdshm__ocsp_cert_t *c)
{
    X509_free(c->leaf);
    X509_free(c->issuer);
    c->leaf = c->issuer = NULL;
}

int mdshm__ocsp_request(const mdshm__ocsp_cert_t *c, bool nonce,
                        uint8_t **der, size_t *der_len, OCSP_REQUEST **reqp)
{
    OCSP_REQUEST *req = NULL;
    OCSP_CERTID *id = NULL;
    unsigned char *buf = NULL;
    int n, rv = -ENOMEM;

    *der = NULL;
    *der_len = 0;
    if (reqp)
        *reqp = NULL;
    /* SHA-1 ids: what every responder answers (RFC 5019 §2.1.1). */
    if (!(id = OCSP_cert_to_id(NULL, c->leaf, c->issuer)) ||
        !(req = OCSP_REQUEST_new()))
        goto fail;
    if (!OCSP_request_add0_id(req, id))
        goto fail;
    id = NULL; /* the request owns it */
    if (nonce && !OCSP_request_add1_nonce(req, NULL, -1))
        goto fail;
    n = i2d_OCSP_REQUEST(req, &buf);
    if (n <= 0)
        goto fail;
    *der = buf;
    *der_len = (size_t)n;
    if (reqp)
        *reqp = req;
    else
        OCSP_REQUEST_free(req);
    return 0;
fail:
    OCSP_CERTID_free(id);
    OCSP_REQUEST_free(req);
    return mdshm__ossl_fail(rv, "OCSP request", "cannot build it");
}

int64_t mdshm__ocsp_renew_at(int64_t this_s, int64_t next_s, bool percent,
                             int64_t value)
{
    mdshm__window_t w = {percent, value};

    return mdshm__window_start(this_s * 1000, next_s * 1000, &w);
}
