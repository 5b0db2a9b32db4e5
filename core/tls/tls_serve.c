/* tls_serve.c -- one handshake's certificate, installed on its SSL from
 * the host's client_hello or certificate callback, and what it served
 * (the connection state the server reads after the handshake). */
#include "tls.h"

#include <stdint.h>
#include <string.h>

#include <openssl/err.h>

static const unsigned char ACME_TLS_1[] = "\x0a" "acme-tls/1";

static void set_state(SSL *ssl, mdshm_tls_state_t st)
{
    SSL_set_ex_data(ssl, mdshm__tls_ssl_idx(), (void *)(uintptr_t)st);
}

mdshm_tls_state_t mdshm_tls_ssl_state(const struct ssl_st *ssl)
{
    int idx = mdshm__tls_ssl_idx();
    if (!ssl || idx < 0)
        return MDSHM_TLS_UNMANAGED;
    return (mdshm_tls_state_t)(uintptr_t)SSL_get_ex_data(ssl, idx);
}

/* The tls-alpn-01 certificate for @name on @ssl; a certificate OpenSSL
 * refuses (a key that does not match) is a damaged challenge. */
static int use_challenge(mdshm_tls_worker_t *w, SSL *ssl, const char *name)
{
    X509 *x = NULL;
    EVP_PKEY *pk = NULL;
    int rv;

    rv = mdshm__tls_challenge(w, name, &x, &pk);
    if (rv == 0)
        SSL_certs_clear(ssl); /* only this certificate (see below) */
    if (rv == 0 && SSL_use_cert_and_key(ssl, x, pk, NULL, 1) != 1)
        rv = MDSHM_ECORRUPT;
    X509_free(x);
    EVP_PKEY_free(pk);
    ERR_clear_error();
    return rv;
}

static int use_fallback(mdshm_tls_worker_t *w, SSL *ssl)
{
    w->n_fallback++;
    SSL_certs_clear(ssl);
    if (SSL_use_cert_and_key(ssl, w->t->fallback_cert, w->t->fallback_key,
                             NULL, 1) == 1)
        return 0;
    ERR_clear_error();
    return MDSHM_ECRYPTO;
}

int mdshm_tls_ssl_serve(mdshm_tls_worker_t *w, SSL *ssl)
{
    mdshm__tls_hello_t h;
    mdshm_tls_cert_t c;
    int rv, state;

    if (!w || !ssl)
        return MDSHM_EBADINPUT;
    w->n_handshakes++;
    set_state(ssl, MDSHM_TLS_UNMANAGED);
    mdshm__tls_hello_read(ssl, &h);
    if (h.acme) {
        /* RFC 8737: only the challenge certificate, or no handshake */
        rv = h.len ? use_challenge(w, ssl, h.name) : MDSHM_ENOTFOUND;
        if (rv < 0) {
            w->n_errors++;
            return rv;
        }
        w->n_challenges++;
        set_state(ssl, MDSHM_TLS_CHALLENGE);
        return MDSHM_TLS_CHALLENGE;
    }
    state = mdshm__tls_select(w, h.name, h.len, &h.sigalgs, &c);
    if (state == MDSHM_TLS_SERVED) {
        /* SSL_use_cert_and_key fills the slot of its key's type only: a
         * certificate of the other type the SSL has from its SSL_CTX (an
         * ECDSA fallback mod_ssl loaded, a host's own RSA+ECDSA pair)
         * would stay and OpenSSL could prefer it.  Serve the set alone. */
        SSL_certs_clear(ssl);
        if (SSL_use_cert_and_key(ssl, c.leaf, c.pkey, c.chain, 1) == 1) {
            set_state(ssl, MDSHM_TLS_SERVED);
            return MDSHM_TLS_SERVED;
        }
        ERR_clear_error();
        w->n_errors++;
        state = MDSHM_TLS_PENDING;
    }
    if (state == MDSHM_TLS_PENDING) {
        set_state(ssl, MDSHM_TLS_PENDING);
        rv = use_fallback(w, ssl);
        return rv < 0 ? rv : MDSHM_TLS_PENDING;
    }
    /* not managed, or the store failed us with nothing cached */
    if (SSL_get_certificate(ssl))
        return MDSHM_TLS_UNMANAGED;
    rv = use_fallback(w, ssl);
    return rv < 0 ? rv : MDSHM_TLS_UNMANAGED;
}

int mdshm_tls_alpn_select(struct ssl_st *ssl, const unsigned char **out,
                          unsigned char *outlen)
{
    if (mdshm_tls_ssl_state(ssl) != MDSHM_TLS_CHALLENGE)
        return 0;
    *out = ACME_TLS_1 + 1;
    *outlen = (unsigned char)(sizeof(ACME_TLS_1) - 2);
    return 1;
}
