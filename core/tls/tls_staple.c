/* tls_staple.c -- the OCSP status callback: staple the stored response of
 * the certificate this handshake serves (never an expired one).
 *
 * Steady state: the copy the worker's cache hangs on the leaf X509
 * (tls_cache.c), no store read.  The client_hello callback of this
 * handshake checked meta/gen in its read, and every OCSP write raises it,
 * so what the cache knows is what the store has.  The store is read only
 * when the cache does not know: the set's last re-check could not read
 * the record, or the cached response expired since (once: then the cache
 * knows there is none). */
#include "tls.h"

#include <string.h>

#include <openssl/crypto.h>

static int staple(SSL *ssl, const uint8_t *der, size_t len)
{
    /* OpenSSL takes ownership of a copy (and frees it with the SSL) */
    unsigned char *copy = OPENSSL_malloc(len);

    if (!copy)
        return -1;
    memcpy(copy, der, len);
    if (SSL_set_tlsext_status_ocsp_resp(ssl, copy, (long)len) != 1) {
        OPENSSL_free(copy);
        return -1;
    }
    return 0;
}

/* The cache did not know: read the store.  If it has nothing valid
 * either, the cache learns so: until the next store change (which
 * re-checks the set) no handshake reads again. */
static int staple_from_store(mdshm_tls_worker_t *w, SSL *ssl,
                             mdshm__tls_staple_t *st, int64_t now)
{
    mdshm_buf_t der;
    int rv;

    w->n_staple_reads++;
    if (!w->rd || mdshm_read_begin(w->rd) < 0)
        return -1;
    rv = mdshm_staple_get(w->rd, st->sha, now, &der, NULL);
    if (rv == MDSHM_ENOTFOUND) /* none, or expired */
        mdshm__tls_staple_none(st);
    /* the view dies with the read: copy inside it */
    if (rv == 0 && der.n > 0)
        rv = staple(ssl, der.p, der.n);
    else
        rv = -1;
    mdshm_read_end(w->rd);
    return rv;
}

int mdshm__tls_status_cb(SSL *ssl, void *arg)
{
    mdshm_tls_worker_t *w = arg;
    X509 *x = SSL_get_certificate(ssl);
    mdshm__tls_staple_t *st;
    int64_t now;

    if (!x || !(st = X509_get_ex_data(x, mdshm__tls_x509_idx())))
        return SSL_TLSEXT_ERR_NOACK; /* not a certificate of the store */
    now = mdshm__tls_worker_now(w);
    if (st->der && st->next_update > now) {
        if (staple(ssl, st->der, st->len) < 0)
            return SSL_TLSEXT_ERR_NOACK;
        w->n_staples_cached++;
    } else if (st->known && !st->der) {
        return SSL_TLSEXT_ERR_NOACK; /* the store has none either */
    } else if (staple_from_store(w, ssl, st, now) < 0) {
        return SSL_TLSEXT_ERR_NOACK;
    }
    w->n_staples++;
    return SSL_TLSEXT_ERR_OK;
}
