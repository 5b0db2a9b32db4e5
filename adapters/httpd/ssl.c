/* ssl.c -- mod_ssl glue.  mod_ssl owns the client_hello and ALPN
 * callbacks, so the certificate comes from a certificate callback
 * (SSL_CTX_set_cert_cb, which mod_ssl leaves free) installed on every
 * server's SSL_CTX from mod_ssl's init_server hook: each handshake is
 * served from the child's cache, and a renewed certificate is live on the
 * next handshake of every child, without a reload. */
#include "mod_mdshm.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>

#include "apr_optional_hooks.h"
#include "apr_strings.h"
#include "http_connection.h"
#include "http_protocol.h"
#include "http_ssl.h"

APLOG_USE_MODULE(mdshm);

/* Debian's apache2-dev lacks mod_ssl_openssl.h; upstream's declaration of
 * the optional hook that hands a module each server's SSL_CTX. */
#define SSL_DECLARE(type) type
APR_DECLARE_EXTERNAL_HOOK(ssl, SSL, int, init_server,
                          (server_rec *s, apr_pool_t *p, int is_proxy,
                           SSL_CTX *ctx))

/* Per connection: what its handshake served (for the 503 while pending). */
typedef struct mdshm_h_conn {
    mdshm_tls_state_t state;
} mdshm_h_conn_t;

mdshm_tls_state_t mdshm_h_conn_state(conn_rec *c)
{
    mdshm_h_conn_t *cs;

    if (c->master)
        c = c->master; /* h2 streams: the connection's handshake */
    cs = ap_get_module_config(c->conn_config, &mdshm_module);
    return cs ? cs->state : MDSHM_TLS_UNMANAGED;
}

static int cert_cb(SSL *ssl, void *arg)
{
    conn_rec *c = SSL_get_app_data(ssl); /* mod_ssl sets it */
    mdshm_tls_worker_t *w = mdshm_h_worker_lock();
    int rv;

    (void)arg;
    if (!w)
        return 1; /* no store: the certificate mod_ssl loaded */
    rv = mdshm_tls_ssl_serve(w, ssl);
    mdshm_h_worker_unlock();
    if (c)
        ap_log_cerror(APLOG_MARK, APLOG_TRACE1, 0, c,
                      "mdshm: handshake for %s: state %d",
                      SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name), rv);
    if (rv == MDSHM_TLS_UNMANAGED) {
        /* Right after a start no leader has written the configuration to
         * the store yet: a name of an MD is still pending, not unmanaged
         * (mod_ssl's certificate for it is the fallback). */
        const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);

        if (name && mdshm_h_conf_covers(name))
            rv = MDSHM_TLS_PENDING;
    }
    if (rv >= 0 && c) {
        mdshm_h_conn_t *cs = apr_pcalloc(c->pool, sizeof(*cs));

        cs->state = (mdshm_tls_state_t)rv;
        ap_set_module_config(c->conn_config, &mdshm_module, cs);
    }
    return rv < 0 ? 0 : 1;
}

static int init_server(server_rec *s, apr_pool_t *p, int is_proxy,
                       SSL_CTX *ctx)
{
    if (is_proxy || !mdshm_h.tls)
        return DECLINED;
    ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s,
                 "certificate callback on the SSL_CTX of %s:%d",
                 s->server_hostname, s->port);
    SSL_CTX_set_cert_cb(ctx, cert_cb, NULL);
    mdshm_h_ocsp_ctx(p, ctx); /* OCSP status callback, before mod_ssl's */
    return DECLINED; /* others may hook too */
}

static int covered(server_rec *s)
{
    if (mdshm_h_conf_covers(s->server_hostname))
        return 1;
    for (int k = 0; s->names && k < s->names->nelts; k++)
        if (mdshm_h_conf_covers(APR_ARRAY_IDX(s->names, k, const char *)))
            return 1;
    return 0;
}

int mdshm_h_ssl_covered(server_rec *s)
{
    return covered(s);
}

/* A virtual host of an MD with no certificate files of its own starts with
 * the fallback files; the certificate callback serves the real set.  Given
 * as certificate files, not as fallback ones: mod_ssl answers every request
 * of a server started on fallback files with 503 until a reload, while
 * ours answers 503 only as long as the MD has no certificate. */
static int add_cert_files(server_rec *s, apr_pool_t *p,
                          apr_array_header_t *cert_files,
                          apr_array_header_t *key_files)
{
    (void)p;
    if (!mdshm_h.fallback_cert || cert_files->nelts || !covered(s))
        return DECLINED;
    *(const char **)apr_array_push(cert_files) = mdshm_h.fallback_cert;
    *(const char **)apr_array_push(key_files) = mdshm_h.fallback_key;
    return OK;
}

static const char *pem_of(apr_pool_t *p, X509 *cert, EVP_PKEY *pkey)
{
    BIO *b = BIO_new(BIO_s_mem());
    const char *out = NULL;
    char *data;
    long n;

    if (b && (cert ? PEM_write_bio_X509(b, cert)
                   : PEM_write_bio_PrivateKey(b, pkey, NULL, NULL, 0, NULL,
                                              NULL)) &&
        (n = BIO_get_mem_data(b, &data)) > 0)
        out = apr_pstrmemdup(p, data, (apr_size_t)n);
    BIO_free(b);
    return out;
}

/* tls-alpn-01: mod_ssl asks when a client offers acme-tls/1. */
static int answer_challenge(conn_rec *c, const char *server_name,
                            const char **pcert_pem, const char **pkey_pem)
{
    mdshm_tls_worker_t *w = mdshm_h_worker_lock();
    X509 *cert = NULL;
    EVP_PKEY *pkey = NULL;
    int rv;

    if (!w || !server_name)
        goto out_unlocked;
    rv = mdshm_tls_challenge_get(w, server_name, strlen(server_name), &cert,
                                 &pkey);
    mdshm_h_worker_unlock();
    if (rv < 0)
        return DECLINED;
    *pcert_pem = pem_of(c->pool, cert, NULL);
    *pkey_pem = pem_of(c->pool, NULL, pkey);
    X509_free(cert);
    EVP_PKEY_free(pkey);
    return *pcert_pem && *pkey_pem ? OK : DECLINED;
out_unlocked:
    if (w)
        mdshm_h_worker_unlock();
    return DECLINED;
}

/* tls-alpn-01 also needs httpd's protocol negotiation to accept
 * "acme-tls/1" (mod_ssl's ALPN callback asks ap_select_protocol), and the
 * connection to end after the handshake (RFC 8737: no data). */
#define ACME_TLS_1 "acme-tls/1"

static int protocol_propose(conn_rec *c, request_rec *r, server_rec *s,
                            const apr_array_header_t *offers,
                            apr_array_header_t *proposals)
{
    (void)c; (void)s;
    if (r || !offers)
        return DECLINED;
    for (int i = 0; i < offers->nelts; i++)
        if (!strcmp(APR_ARRAY_IDX(offers, i, const char *), ACME_TLS_1)) {
            APR_ARRAY_PUSH(proposals, const char *) = ACME_TLS_1;
            return OK;
        }
    return DECLINED;
}

static int protocol_switch(conn_rec *c, request_rec *r, server_rec *s,
                           const char *protocol)
{
    (void)s;
    if (r || !protocol || strcmp(protocol, ACME_TLS_1))
        return DECLINED;
    apr_table_setn(c->notes, "mdshm-acme-tls-1", "1");
    return OK;
}

static const char *protocol_get(const conn_rec *c)
{
    return apr_table_get(c->notes, "mdshm-acme-tls-1") ? ACME_TLS_1 : NULL;
}

/* A validation connection ends after its handshake. */
static int process_connection(conn_rec *c)
{
    if (!apr_table_get(c->notes, "mdshm-acme-tls-1"))
        return DECLINED;
    c->keepalive = AP_CONN_CLOSE;
    return DONE;
}

void mdshm_h_ssl_hooks(void)
{
    mdshm_h_ocsp_hooks();
    ap_hook_protocol_propose(protocol_propose, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_protocol_switch(protocol_switch, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_protocol_get(protocol_get, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_process_connection(process_connection, NULL, NULL,
                               APR_HOOK_FIRST);
    APR_OPTIONAL_HOOK(ssl, init_server, init_server, NULL, NULL,
                      APR_HOOK_MIDDLE);
    ap_hook_ssl_add_cert_files(add_cert_files, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_ssl_answer_challenge(answer_challenge, NULL, NULL,
                                 APR_HOOK_MIDDLE);
}
