/* tls_staple.c -- the OCSP response to staple for a certificate served
 * from the worker's cache (never an expired one).
 *
 * Steady state: the copy the worker's cache hangs on the leaf X509
 * (tls_cache.c), no store read.  The certificate lookup of this handshake
 * checked meta/gen in its read, and every OCSP write raises it, so what
 * the cache knows is what the store has.  The store is read only when the
 * cache does not know: the set's last re-check could not read the record,
 * or the cached response expired since (once: then the cache knows there
 * is none). */
#include "tls.h"

#include <errno.h>
#include <string.h>

#include <openssl/crypto.h>

/* A copy for the caller (OpenSSL's allocator: SSL_set_tlsext_status_ocsp_resp
 * takes it and frees it with the SSL). */
static int copy_out(const uint8_t *p, size_t n, unsigned char **der,
                    size_t *len)
{
    unsigned char *copy = OPENSSL_malloc(n);

    if (!copy)
        return -ENOMEM;
    memcpy(copy, p, n);
    *der = copy;
    *len = n;
    return 0;
}

/* One read of the store for the response of certificate @sha: a copy
 * for the caller, MDSHM_ENOTFOUND if it has none valid (*none: it has no
 * record, or an expired one). */
static int read_staple(mdshm_tls_worker_t *w, const uint8_t sha[32],
                       int64_t now, unsigned char **der, size_t *len,
                       bool *none)
{
    mdshm_buf_t b;
    int rv;

    w->n_staple_reads++;
    if (!w->rd)
        return MDSHM_ENOTFOUND; /* no store (mdshm_tls_attach_fallback) */
    rv = mdshm_read_begin(w->rd);
    if (rv < 0)
        return rv;
    rv = mdshm_staple_get(w->rd, sha, now, &b, NULL);
    *none = rv == MDSHM_ENOTFOUND;
    if (rv == 0 && b.n == 0)
        rv = MDSHM_ENOTFOUND;
    /* the view dies with the read: copy inside it */
    if (rv == 0)
        rv = copy_out(b.p, b.n, der, len);
    mdshm_read_end(w->rd);
    return rv;
}

/* The cache did not know: read the store.  If it has nothing valid
 * either, the cache learns so: until the next store change (which
 * re-checks the set) no handshake reads again. */
static int from_store(mdshm_tls_worker_t *w, mdshm__tls_staple_t *st,
                      int64_t now, unsigned char **der, size_t *len)
{
    bool none = false;
    int rv = read_staple(w, st->sha, now, der, len, &none);

    if (none) /* none, or expired */
        mdshm__tls_staple_none(st);
    return rv;
}

int mdshm_tls_staple_get(mdshm_tls_worker_t *w, const X509 *leaf,
                         unsigned char **der, size_t *len)
{
    mdshm__tls_staple_t *st;
    int64_t now;
    int rv;

    if (der)
        *der = NULL;
    if (len)
        *len = 0;
    if (!w || !leaf || !der || !len)
        return MDSHM_EBADINPUT;
    if (!(st = X509_get_ex_data(leaf, mdshm__tls_x509_idx())))
        return MDSHM_ENOTFOUND; /* not a certificate of the store */
    now = mdshm__tls_worker_now(w);
    if (st->der && st->next_update > now) {
        rv = copy_out(st->der, st->len, der, len);
        if (rv < 0)
            return rv;
        w->n_staples_cached++;
    } else if (st->known && !st->der) {
        return MDSHM_ENOTFOUND; /* the store has none either */
    } else {
        rv = from_store(w, st, now, der, len);
        if (rv < 0)
            return rv;
    }
    w->n_staples++;
    return 0;
}

int mdshm_tls_staple_get_sha256(mdshm_tls_worker_t *w,
                                const uint8_t sha256[32], unsigned char **der,
                                size_t *len)
{
    bool none = false;
    int rv;

    if (der)
        *der = NULL;
    if (len)
        *len = 0;
    if (!w || !sha256 || !der || !len)
        return MDSHM_EBADINPUT;
    rv = read_staple(w, sha256, mdshm__tls_worker_now(w), der, len, &none);
    if (rv == 0)
        w->n_staples++;
    return rv;
}

int mdshm_tls_ssl_staple(mdshm_tls_worker_t *w, SSL *ssl)
{
    X509 *x;
    unsigned char *der = NULL;
    size_t len = 0;
    int rv;

    if (!w || !ssl)
        return MDSHM_EBADINPUT;
    if (!(x = SSL_get_certificate(ssl)))
        return MDSHM_ENOTFOUND;
    rv = mdshm_tls_staple_get(w, x, &der, &len);
    if (rv < 0)
        return rv;
    if (SSL_set_tlsext_status_ocsp_resp(ssl, der, (long)len) != 1) {
        OPENSSL_free(der);
        return MDSHM_ECRYPTO;
    }
    return 0;
}
