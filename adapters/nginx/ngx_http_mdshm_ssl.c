/* ngx_http_mdshm_ssl.c -- the certificates.  nginx refuses a server that
 * listens with ssl and has no ssl_certificate, and loads certificates
 * only when it reads its configuration; so a server block of an MD is
 * given a placeholder (a self-signed certificate as "data:", made once
 * per configuration) and a certificate callback (SSL_CTX_set_cert_cb,
 * which nginx leaves free unless a certificate has variables) on every
 * server's SSL_CTX replaces it on each handshake with the worker's cache:
 * the MD's certificate, or mdshm's fallback until it is issued.  A
 * renewal is thus served on the next handshake of every worker, with no
 * reload. */
#include "ngx_http_mdshm.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <ngx_http_ssl_module.h>

/* "data:" + PEM of @cert or @pkey, in @pool. */
static ngx_int_t pem_data(ngx_pool_t *pool, X509 *cert, EVP_PKEY *pkey,
                          ngx_str_t *out)
{
    BIO *b = BIO_new(BIO_s_mem());
    char *data;
    long n;
    ngx_int_t rv = NGX_ERROR;

    if (!b)
        return NGX_ERROR;
    if (!(cert ? PEM_write_bio_X509(b, cert)
               : PEM_write_bio_PrivateKey(b, pkey, NULL, NULL, 0, NULL,
                                          NULL)) ||
        (n = BIO_get_mem_data(b, &data)) <= 0)
        goto out;
    out->len = sizeof("data:") - 1 + (size_t)n;
    if (!(out->data = ngx_pnalloc(pool, out->len)))
        goto out;
    ngx_memcpy(ngx_cpymem(out->data, "data:", sizeof("data:") - 1), data,
               (size_t)n);
    rv = NGX_OK;
out:
    BIO_free(b);
    return rv;
}

/* The placeholder: never sent to a client of an MD's name (the callback
 * replaces it), only to satisfy nginx's check of an ssl server. */
static ngx_int_t make_placeholder(ngx_conf_t *cf,
                                  ngx_http_mdshm_main_conf_t *mcf)
{
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_NAME *name;
    ngx_int_t rv = NGX_ERROR;

    if (!pkey || !x)
        goto out;
    name = X509_get_subject_name(x);
    if (!ASN1_INTEGER_set(X509_get_serialNumber(x), 1) ||
        !X509_gmtime_adj(X509_getm_notBefore(x), 0) ||
        !X509_gmtime_adj(X509_getm_notAfter(x), 86400L * 365) ||
        !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                    (const unsigned char *)
                                    "mdshm placeholder", -1, -1, 0) ||
        !X509_set_issuer_name(x, name) || !X509_set_pubkey(x, pkey) ||
        !X509_sign(x, pkey, EVP_sha256()))
        goto out;
    if (pem_data(cf->pool, x, NULL, &mcf->placeholder_cert) != NGX_OK ||
        pem_data(cf->pool, NULL, pkey, &mcf->placeholder_key) != NGX_OK)
        goto out;
    rv = NGX_OK;
out:
    X509_free(x);
    EVP_PKEY_free(pkey);
    return rv;
}

static ngx_int_t push_str(ngx_conf_t *cf, ngx_array_t **a, ngx_str_t s)
{
    ngx_str_t *e;

    if ((*a == NGX_CONF_UNSET_PTR || !*a) &&
        !(*a = ngx_array_create(cf->pool, 1, sizeof(ngx_str_t))))
        return NGX_ERROR;
    if (!(e = ngx_array_push(*a)))
        return NGX_ERROR;
    *e = s;
    return NGX_OK;
}

char *ngx_http_mdshm_ssl_placeholder(ngx_conf_t *cf,
                                     ngx_http_mdshm_srv_conf_t *scf)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_mdshm_module);
    ngx_http_ssl_srv_conf_t *sscf =
        ngx_http_conf_get_module_srv_conf(cf, ngx_http_ssl_module);

    (void)scf;
    if (sscf->certificates != NGX_CONF_UNSET_PTR && sscf->certificates)
        return "cannot follow ssl_certificate in one server block: the "
               "certificates of an MD come from mdshm";
    if (!mcf->placeholder_cert.len && make_placeholder(cf, mcf) != NGX_OK)
        return "cannot make the placeholder certificate";
    if (push_str(cf, &sscf->certificates, mcf->placeholder_cert) != NGX_OK ||
        push_str(cf, &sscf->certificate_keys, mcf->placeholder_key)
        != NGX_OK)
        return NGX_CONF_ERROR;
    return NGX_CONF_OK;
}

char *ngx_http_mdshm_ssl_check(ngx_conf_t *cf, void *ssl_srv_conf,
                               ngx_http_mdshm_srv_conf_t *scf)
{
    ngx_http_ssl_srv_conf_t *sscf = ssl_srv_conf;

    if (sscf->certificates && sscf->certificates != NGX_CONF_UNSET_PTR &&
        sscf->certificates->nelts == 1)
        return NGX_CONF_OK;
    ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                  "mdshm: a server block of an MD has no ssl_certificate "
                  "of its own (mdshm serves its certificates) in %V:%ui",
                  &scf->file, scf->line);
    return NGX_CONF_ERROR;
}

/* 1 if @name (SNI) is one of the MD names of server @scf. */
static int names_has(ngx_http_mdshm_srv_conf_t *scf, const char *name)
{
    ngx_str_t *n = scf->names ? scf->names->elts : NULL;
    size_t len = ngx_strlen(name);

    if (len > 1 && name[len - 1] == '.')
        len--;
    for (ngx_uint_t i = 0; n && i < scf->names->nelts; i++)
        if (n[i].len == len &&
            !ngx_strncasecmp(n[i].data, (u_char *)name, len))
            return 1;
    return 0;
}

/* tls-alpn-01 (RFC 8737).  nginx's ALPN callback knows h2 and http/1.x
 * only, and OpenSSL runs the ALPN callback before the certificate
 * callback: ours selects acme-tls/1 when the client offers it (only
 * validators do), so that mdshm_tls_ssl_serve() then serves the name's
 * challenge certificate (or fails the handshake: no challenge); otherwise
 * it chooses as nginx 1.22's own callback does. */
#define ACME_TLS_1 "\x0a" "acme-tls/1"
#define HTTP_ALPN "\x08http/1.1\x08http/1.0\x08http/0.9"

static int offers(const unsigned char *in, unsigned inlen, const char *proto,
                  size_t len)
{
    for (unsigned i = 0; i < inlen; i += 1u + in[i])
        if (in[i] == len - 1 && i + len <= inlen &&
            !ngx_memcmp(in + i, proto, len))
            return 1;
    return 0;
}

static int alpn_cb(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                   const unsigned char *in, unsigned int inlen, void *arg)
{
    const unsigned char *srv = (const unsigned char *)HTTP_ALPN;
    unsigned srvlen = sizeof(HTTP_ALPN) - 1;
#if (NGX_HTTP_V2)
    ngx_connection_t *c = ngx_ssl_get_connection(ssl);
    ngx_http_connection_t *hc = c ? c->data : NULL;
#endif

    (void)arg;
    if (ngx_http_mdshm.w && offers(in, inlen, ACME_TLS_1,
                                   sizeof(ACME_TLS_1) - 1)) {
        *out = (const unsigned char *)ACME_TLS_1 + 1;
        *outlen = sizeof(ACME_TLS_1) - 2;
        return SSL_TLSEXT_ERR_OK;
    }
#if (NGX_HTTP_V2)
    if (hc && hc->addr_conf->http2) {
        srv = (const unsigned char *)NGX_HTTP_V2_ALPN_PROTO HTTP_ALPN;
        srvlen = sizeof(NGX_HTTP_V2_ALPN_PROTO HTTP_ALPN) - 1;
    }
#endif
    if (SSL_select_next_proto((unsigned char **)out, outlen, srv, srvlen, in,
                              inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    return SSL_TLSEXT_ERR_OK;
}

/* ex_data values (index ngx_http_mdshm.ex_pending - 1). */
#define MARK_PENDING ((void *)1)   /* the fallback for a name of an MD */
#define MARK_ACME    ((void *)2)   /* the client offers acme-tls/1 */

/* tls-alpn-01 with TLS 1.2: OpenSSL chooses ALPN after the certificate
 * callback, which then cannot see it; the client_hello callback (which
 * nginx 1.22 leaves free) notes the offer for the certificate callback. */
static int client_hello_cb(SSL *ssl, int *al, void *arg)
{
    const unsigned char *e;
    size_t len;
    int alpn = TLSEXT_TYPE_application_layer_protocol_negotiation;

    (void)al; (void)arg;
    if (ngx_http_mdshm.w && SSL_client_hello_get0_ext(ssl, alpn, &e, &len) &&
        len > 2 &&
        offers(e + 2, (unsigned)len - 2, ACME_TLS_1, sizeof(ACME_TLS_1) - 1))
        SSL_set_ex_data(ssl, ngx_http_mdshm.ex_pending - 1, MARK_ACME);
    return SSL_CLIENT_HELLO_SUCCESS;
}

/* The stored challenge certificate of the SNI name, or fail the handshake
 * (RFC 8737: a validation gets that certificate or nothing); the
 * connection then closes right after its handshake. */
static int serve_challenge(SSL *ssl)
{
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    X509 *cert = NULL;
    EVP_PKEY *pkey = NULL;
    ngx_connection_t *c;
    int ok;

    if (!name || mdshm_tls_challenge_get(ngx_http_mdshm.w, name,
                                         ngx_strlen(name), &cert, &pkey) < 0)
        return 0;
    /* the placeholder's slot (ECDSA) must not stay next to an RSA one */
    SSL_certs_clear(ssl);
    ok = SSL_use_cert_and_key(ssl, cert, pkey, NULL, 1) == 1;
    X509_free(cert);
    EVP_PKEY_free(pkey);
    /* Nothing follows a validation's handshake (RFC 8737 3): without
     * this the connection would wait for a request until
     * client_header_timeout.  nginx's first read handler after the
     * handshake (ngx_http_wait_request_handler) closes a connection
     * marked so, as it does for idle ones it drains. */
    if (ok && (c = ngx_ssl_get_connection(ssl)))
        c->close = 1;
    return ok;
}

/* @arg: the mdshm server configuration of the SSL_CTX's server block. */
static int cert_cb(SSL *ssl, void *arg)
{
    ngx_http_mdshm_srv_conf_t *scf = arg;
    const char *name;
    int rv;

    if (!ngx_http_mdshm.w)
        return 1; /* no worker: the SSL_CTX's certificate */
    if (SSL_get_ex_data(ssl, ngx_http_mdshm.ex_pending - 1) == MARK_ACME)
        return serve_challenge(ssl);
    rv = mdshm_tls_ssl_serve(ngx_http_mdshm.w, ssl);
    if (rv == MDSHM_TLS_UNMANAGED && scf && (scf->enable == 1 ||
                                             scf->domains)) {
        /* Right after a start no leader has written the configuration
         * to the store yet: a name of this server's MD is still pending,
         * not unmanaged; and the placeholder is no certificate to serve. */
        name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
        if (name && names_has(scf, name)) {
            X509 *cert;
            EVP_PKEY *pkey;

            mdshm_tls_fallback(ngx_http_mdshm.tls, &cert, &pkey);
            SSL_certs_clear(ssl);
            if (!cert || SSL_use_cert_and_key(ssl, cert, pkey, NULL, 1) != 1)
                return 0;
            SSL_set_ex_data(ssl, ngx_http_mdshm.ex_pending - 1, MARK_PENDING);
        }
    }
    return rv < 0 ? 0 : 1;
}

/* Staples from the store for the certificates of the worker's cache. */
static int status_cb(SSL *ssl, void *arg)
{
    (void)arg;
    if (!ngx_http_mdshm.w || SSL_get_tlsext_status_type(ssl) == -1)
        return SSL_TLSEXT_ERR_NOACK;
    return mdshm_tls_ssl_staple(ngx_http_mdshm.w, ssl) == 0
           ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
}

ngx_int_t ngx_http_mdshm_ssl_init(ngx_conf_t *cf)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_mdshm_module);
    ngx_http_core_main_conf_t *cmcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);
    ngx_http_core_srv_conf_t **servers = cmcf->servers.elts;

    if (!mcf->gen)
        return NGX_OK;
    if (!ngx_http_mdshm.ex_pending) {
        int idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);

        if (idx < 0)
            return NGX_ERROR;
        ngx_http_mdshm.ex_pending = idx + 1;
    }
    for (ngx_uint_t s = 0; s < cmcf->servers.nelts; s++) {
        ngx_http_ssl_srv_conf_t *sscf =
            servers[s]->ctx->srv_conf[ngx_http_ssl_module.ctx_index];
        ngx_http_mdshm_srv_conf_t *scf =
            servers[s]->ctx->srv_conf[ngx_http_mdshm_module.ctx_index];

        if (!sscf->ssl.ctx)
            continue;
        /* every server's: the SSL_CTX of the address's default server
         * sees the names no server_name matches */
        SSL_CTX_set_cert_cb(sscf->ssl.ctx, cert_cb, scf);
        SSL_CTX_set_client_hello_cb(sscf->ssl.ctx, client_hello_cb, NULL);
        SSL_CTX_set_alpn_select_cb(sscf->ssl.ctx, alpn_cb, NULL);
        if (scf->enable == 1 || scf->domains)
            SSL_CTX_set_tlsext_status_cb(sscf->ssl.ctx, status_cb);
    }
    return NGX_OK;
}

mdshm_tls_state_t ngx_http_mdshm_ssl_state(ngx_connection_t *c)
{
    SSL *ssl = c->ssl ? c->ssl->connection : NULL;

    if (!ssl)
        return MDSHM_TLS_UNMANAGED;
    if (ngx_http_mdshm.ex_pending) {
        void *mark = SSL_get_ex_data(ssl, ngx_http_mdshm.ex_pending - 1);

        if (mark == MARK_PENDING)
            return MDSHM_TLS_PENDING;
        if (mark == MARK_ACME)
            return MDSHM_TLS_CHALLENGE;
    }
    return mdshm_tls_ssl_state(ssl);
}
