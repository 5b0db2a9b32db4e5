/* tls_hooks.c -- the all-in-one setup: OpenSSL callbacks on an SSL_CTX the
 * library may own, each a thin shell around a piece a host with callbacks
 * of its own calls directly (mdshm_tls_ssl_serve, mdshm_tls_ssl_staple,
 * mdshm_tls_alpn_select). */
#include "tls.h"

int mdshm__tls_hello_cb(SSL *ssl, int *al, void *arg)
{
    int rv = mdshm_tls_ssl_serve(arg, ssl);

    if (rv >= 0)
        return SSL_CLIENT_HELLO_SUCCESS;
    /* a tls-alpn-01 handshake without its challenge: the name is not
     * known for it; the fallback refused: ours */
    *al = rv == MDSHM_ECRYPTO ? SSL_AD_INTERNAL_ERROR
                              : SSL_AD_UNRECOGNIZED_NAME;
    return SSL_CLIENT_HELLO_ERROR;
}

int mdshm__tls_status_cb(SSL *ssl, void *arg)
{
    return mdshm_tls_ssl_staple(arg, ssl) == 0 ? SSL_TLSEXT_ERR_OK
                                                : SSL_TLSEXT_ERR_NOACK;
}

static int alpn_cb(SSL *ssl, const unsigned char **out,
                   unsigned char *outlen, const unsigned char *in,
                   unsigned int inlen, void *arg)
{
    (void)in, (void)inlen, (void)arg;
    return mdshm_tls_alpn_select(ssl, out, outlen) ? SSL_TLSEXT_ERR_OK
                                                  : SSL_TLSEXT_ERR_NOACK;
}

int mdshm_tls_ctx_setup(mdshm_tls_worker_t *w, struct ssl_ctx_st *ctx)
{
    if (!w || !ctx)
        return MDSHM_EBADINPUT;
    SSL_CTX_set_client_hello_cb(ctx, mdshm__tls_hello_cb, w);
    SSL_CTX_set_alpn_select_cb(ctx, alpn_cb, w);
    if (SSL_CTX_set_tlsext_status_cb(ctx, mdshm__tls_status_cb) != 1 ||
        SSL_CTX_set_tlsext_status_arg(ctx, w) != 1)
        return mdshm__ossl_fail(MDSHM_ECRYPTO, "SSL_CTX",
                                "cannot set the OCSP status callback");
    return 0;
}
