/* tls_staple.c -- the OCSP status callback: staple the stored response of
 * the certificate this handshake serves (never an expired one). */
#include "tls.h"

#include <string.h>

#include <openssl/crypto.h>

int mdshm__tls_status_cb(SSL *ssl, void *arg)
{
    mdshm_tls_worker_t *w = arg;
    X509 *x = SSL_get_certificate(ssl);
    const uint8_t *sha;
    mdshm_buf_t der;
    unsigned char *copy = NULL;
    int rv;

    if (!x || !(sha = X509_get_ex_data(x, mdshm__tls_x509_idx())))
        return SSL_TLSEXT_ERR_NOACK; /* not a certificate of the store */
    if (mdshm_read_begin(w->rd) < 0)
        return SSL_TLSEXT_ERR_NOACK;
    rv = mdshm_staple_get(w->rd, sha, mdshm__tls_now_s(), &der, NULL);
    /* OpenSSL takes ownership of a copy: the view dies with the read */
    if (rv == 0 && der.n > 0 && (copy = OPENSSL_malloc(der.n)))
        memcpy(copy, der.p, der.n);
    mdshm_read_end(w->rd);
    if (!copy)
        return SSL_TLSEXT_ERR_NOACK;
    if (SSL_set_tlsext_status_ocsp_resp(ssl, copy, (long)der.n) != 1) {
        OPENSSL_free(copy);
        return SSL_TLSEXT_ERR_NOACK;
    }
    w->n_staples++;
    return SSL_TLSEXT_ERR_OK;
}
