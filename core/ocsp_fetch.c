/* ocsp_fetch.c -- one exchange with an OCSP responder.
 *
 * Without a nonce, a request whose GET URL stays within 255 bytes goes
 * as GET (RFC 5019 §5: responders and CDNs cache those); otherwise POST
 * application/ocsp-request.  The HTTP handle bounds the body (the caller
 * sets MDSHM__OCSP_MAX_RESP) and the time. */
#include "ocsp.h"

#include "http.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#define GET_MAX_URL 255

static int fail(mdshm__ocsp_fetch_t *f, int rv, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(mdshm__ocsp_fetch_t *f, int rv, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(f->error, sizeof(f->error), fmt, ap);
    va_end(ap);
    return rv;
}

/* url "/" urlencode(base64(der)), or NULL if longer than GET_MAX_URL. */
static char *get_url(const char *url, const uint8_t *der, size_t len)
{
    size_t ulen = strlen(url), blen = 4 * ((len + 2) / 3);
    unsigned char *b64 = malloc(blen + 1);
    char *out = NULL, *o;

    if (!b64 || len > GET_MAX_URL)
        goto done;
    EVP_EncodeBlock(b64, der, (int)len);
    if (!(out = malloc(ulen + 1 + 3 * blen + 1)))
        goto done;
    o = out + sprintf(out, "%s%s", url,
                      ulen && url[ulen - 1] == '/' ? "" : "/");
    for (size_t i = 0; i < blen; i++) {
        unsigned char ch = b64[i];
        if (ch == '+' || ch == '/' || ch == '=')
            o += sprintf(o, "%%%02X", ch);
        else
            *o++ = (char)ch;
    }
    *o = '\0';
    if (strlen(out) > GET_MAX_URL) {
        free(out);
        out = NULL;
    }
done:
    free(b64);
    return out;
}

int mdshm__ocsp_fetch(mdshm__http_t *http, const mdshm__ocsp_cert_t *c,
                      mdshm__ocsp_fetch_t *f)
{
    mdshm__http_resp_t resp;
    OCSP_REQUEST *req = NULL;
    uint8_t *der = NULL;
    size_t der_len;
    char *gurl = NULL;
    int rv;

    memset(&resp, 0, sizeof(resp));
    f->der = NULL;
    f->der_len = 0;
    f->retry_after_ms = 0;
    f->error[0] = '\0';
    rv = mdshm__ocsp_request(c, f->nonce, &der, &der_len, &req);
    if (rv < 0)
        return fail(f, rv, "cannot build the request");
    if (!f->nonce)
        gurl = get_url(f->url, der, der_len);
    if (gurl)
        rv = mdshm__http_request(http, "GET", gurl, "application/ocsp-response",
                                 NULL, NULL, 0, &resp);
    else
        rv = mdshm__http_request(http, "POST", f->url,
                                 "application/ocsp-response",
                                 "application/ocsp-request", der, der_len,
                                 &resp);
    if (rv < 0) {
        if (rv == MDSHM_ETOOBIG)
            fail(f, rv, "%s: the response exceeds %d bytes", f->url,
                 MDSHM__OCSP_MAX_RESP);
        else
            fail(f, rv, "%s: %s", f->url,
                 resp.error[0] ? resp.error : mdshm_strerror(rv));
        goto out;
    }
    f->retry_after_ms = resp.retry_after_ms;
    if (resp.status != 200) {
        rv = fail(f, -EPROTO, "%s: HTTP status %ld", f->url, resp.status);
        goto out;
    }
    rv = mdshm__ocsp_verify(c, req, (const uint8_t *)resp.body,
                            resp.body_len, mdshm__now_ms() / 1000,
                            f->allow_past_expiry, &f->res);
    if (rv < 0) {
        fail(f, rv, "%s: %s", f->url,
             f->res.reason[0] ? f->res.reason : mdshm_strerror(rv));
        goto out;
    }
    /* Keep the body's buffer as the response: no copy. */
    f->der = (uint8_t *)resp.body;
    f->der_len = resp.body_len;
    resp.body = NULL;
out:
    mdshm__http_resp_clear(&resp);
    OCSP_REQUEST_free(req);
    OPENSSL_free(der);
    free(gurl);
    return rv;
}

void mdshm__ocsp_fetch_clear(mdshm__ocsp_fetch_t *f)
{
    free(f->der);
    f->der = NULL;
    f->der_len = 0;
}
