/* tls_hello.c -- the client_hello callback: which certificate a handshake
 * gets (SNI, signature algorithms, ALPN acme-tls/1). */
#include "tls.h"

#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/tls1.h>

#include <stdio.h>

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

/* The host_name of the server_name extension, lower case, without a
 * trailing dot, into @buf (MDSHM_MAX_NAME_LEN + 1).  0 if there is none. */
static size_t sni_name(SSL *ssl, char *buf)
{
    const unsigned char *e;
    size_t len, list, n;

    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &e, &len) !=
            1 || len < 5)
        return 0;
    list = ((size_t)e[0] << 8) | e[1];
    if (list + 2 != len || e[2] != TLSEXT_NAMETYPE_host_name)
        return 0;
    n = ((size_t)e[3] << 8) | e[4];
    if (n + 5 > len || n == 0)
        return 0;
    if (e[5 + n - 1] == '.')
        n--;
    if (n == 0 || n > MDSHM_MAX_NAME_LEN)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = e[5 + i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    return n;
}

/* Does the client accept TLS signature scheme @scheme? */
static bool offers_sigalg(SSL *ssl, uint16_t scheme)
{
    const unsigned char *e;
    size_t len;

    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_signature_algorithms, &e,
                                  &len) != 1 || len < 2)
        return false;
    if ((((size_t)e[0] << 8) | e[1]) + 2 != len)
        return false;
    for (size_t i = 2; i + 1 < len; i += 2)
        if ((((uint16_t)e[i] << 8) | e[i + 1]) == scheme)
            return true;
    return false;
}

static bool offers_acme_tls(SSL *ssl)
{
    const unsigned char *e;
    size_t len;

    if (SSL_client_hello_get0_ext(
            ssl, TLSEXT_TYPE_application_layer_protocol_negotiation, &e,
            &len) != 1 || len < 2)
        return false;
    if ((((size_t)e[0] << 8) | e[1]) + 2 != len)
        return false;
    for (size_t i = 2; i < len;) {
        size_t n = e[i];
        if (n == 0 || i + 1 + n > len)
            return false;
        if (n + 1 == sizeof(ACME_TLS_1) - 1 &&
            memcmp(e + i, ACME_TLS_1, n + 1) == 0)
            return true;
        i += 1 + n;
    }
    return false;
}

/* ECDSA if the client accepts the EC key's scheme, else RSA, else
 * whatever there is. */
static const mdshm__tls_set_t *choose(SSL *ssl, const mdshm__tls_md_t *md)
{
    const mdshm__tls_set_t *rsa = NULL;

    for (size_t i = 0; i < md->n_sets; i++) {
        const mdshm__tls_set_t *s = &md->sets[i];
        if (s->sigalg) {
            if (offers_sigalg(ssl, s->sigalg))
                return s;
        } else if (!rsa) {
            rsa = s;
        }
    }
    return rsa ? rsa : &md->sets[0];
}

/* RFC 8738 section 6: an IP identifier's SNI is its reverse-DNS name;
 * the drive stores the challenge under the address.  "4.3.2.1.in-addr.arpa"
 * -> "1.2.3.4", the 32-nibble ip6.arpa form -> IPv6 text.  false if @name
 * is neither. */
static bool reverse_ip(const char *name, char *out, size_t size)
{
    size_t n = strlen(name);
    unsigned char a[16];

    if (n > 13 && strcmp(name + n - 13, ".in-addr.arpa") == 0) {
        unsigned v[4];
        int used = 0;
        if (sscanf(name, "%3u.%3u.%3u.%3u.in-addr.arpa%n", &v[0], &v[1],
                   &v[2], &v[3], &used) != 4 || (size_t)used != n)
            return false;
        for (int i = 0; i < 4; i++) {
            if (v[i] > 255)
                return false;
            a[3 - i] = (unsigned char)v[i];
        }
        return inet_ntop(AF_INET, a, out, (socklen_t)size) != NULL;
    }
    if (n == 64 + 8 && strcmp(name + 64, "ip6.arpa") == 0) {
        memset(a, 0, sizeof(a));
        for (int i = 0; i < 32; i++) {
            char c = name[2 * i];
            int nib = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                             : -1;
            int pos = 31 - i; /* the first nibble is the least significant */
            if (nib < 0 || name[2 * i + 1] != '.')
                return false;
            a[pos / 2] |= (unsigned char)(pos % 2 ? nib : nib << 4);
        }
        return inet_ntop(AF_INET6, a, out, (socklen_t)size) != NULL;
    }
    return false;
}

/* The tls-alpn-01 certificate for @name (rare: parsed per handshake). */
static int use_challenge(mdshm_tls_worker_t *w, SSL *ssl, const char *name)
{
    char key[sizeof("tls-alpn-01/") + MDSHM_MAX_NAME_LEN];
    const mdshm_challenge_rec_t *c = &w->rec->u.challenge;
    const unsigned char *p;
    X509 *x = NULL;
    EVP_PKEY *pk = NULL;
    int rv, klen;

    char ip[INET6_ADDRSTRLEN];

    klen = snprintf(key, sizeof(key), "tls-alpn-01/%s", name);
    if (!w->rd)
        return MDSHM_ENOTFOUND; /* no store (mdshm_tls_attach_fallback) */
    rv = mdshm_read_begin(w->rd);
    if (rv < 0)
        return rv;
    rv = mdshm_read_get(w->rd, MDSHM_DB_CHALLENGES, key, (size_t)klen,
                        w->rec);
    if (rv == MDSHM_ENOTFOUND && reverse_ip(name, ip, sizeof(ip))) {
        klen = snprintf(key, sizeof(key), "tls-alpn-01/%s", ip);
        rv = mdshm_read_get(w->rd, MDSHM_DB_CHALLENGES, key, (size_t)klen,
                            w->rec);
    }
    if (rv == 0 && (c->cert.n == 0 || c->pkey.n == 0))
        rv = MDSHM_ENOTFOUND;
    if (rv == 0) {
        p = c->cert.p;
        x = d2i_X509(NULL, &p, (long)c->cert.n);
        p = c->pkey.p;
        pk = d2i_AutoPrivateKey(NULL, &p, (long)c->pkey.n);
        if (!x || !pk)
            rv = MDSHM_ECORRUPT;
    }
    mdshm_read_end(w->rd);
    if (rv == 0 && SSL_use_cert_and_key(ssl, x, pk, NULL, 1) != 1)
        rv = MDSHM_ECRYPTO;
    X509_free(x);
    EVP_PKEY_free(pk);
    ERR_clear_error();
    return rv;
}

static int fallback(mdshm_tls_worker_t *w, SSL *ssl)
{
    w->n_fallback++;
    return SSL_use_cert_and_key(ssl, w->t->fallback_cert,
                                w->t->fallback_key, NULL, 1) == 1
               ? 0
               : MDSHM_ECRYPTO;
}

int mdshm__tls_hello_cb(SSL *ssl, int *al, void *arg)
{
    mdshm_tls_worker_t *w = arg;
    char name[MDSHM_MAX_NAME_LEN + 1];
    mdshm__tls_md_t *md = NULL;
    const mdshm__tls_set_t *s;
    size_t n;
    int rv;

    w->n_handshakes++;
    set_state(ssl, MDSHM_TLS_UNMANAGED);
    n = sni_name(ssl, name);
    if (offers_acme_tls(ssl)) {
        /* RFC 8737: only the challenge certificate, or no handshake */
        if (n == 0 || use_challenge(w, ssl, name) < 0) {
            w->n_errors++;
            *al = SSL_AD_UNRECOGNIZED_NAME;
            return SSL_CLIENT_HELLO_ERROR;
        }
        w->n_challenges++;
        set_state(ssl, MDSHM_TLS_CHALLENGE);
        return SSL_CLIENT_HELLO_SUCCESS;
    }
    if (n > 0 && w->rd) { /* no store: the fallback, see below */
        rv = mdshm_read_begin(w->rd);
        if (rv == 0) {
            rv = mdshm__tls_cache_lookup(w, name, n, &md);
            mdshm_read_end(w->rd);
        }
        if (rv < 0) {
            /* the store is unavailable: keep serving what we had */
            w->n_errors++;
            mdshm__tls_cache_peek(w, name, n, &md);
        }
    }
    if (md && md->n_sets > 0) {
        s = choose(ssl, md);
        if (SSL_use_cert_and_key(ssl, s->leaf, s->pkey, s->chain, 1) == 1) {
            set_state(ssl, MDSHM_TLS_SERVED);
            return SSL_CLIENT_HELLO_SUCCESS;
        }
        ERR_clear_error();
        w->n_errors++;
    }
    if (md) {
        set_state(ssl, MDSHM_TLS_PENDING);
        if (fallback(w, ssl) == 0)
            return SSL_CLIENT_HELLO_SUCCESS;
    } else if (SSL_get_certificate(ssl) || fallback(w, ssl) == 0) {
        return SSL_CLIENT_HELLO_SUCCESS;
    }
    ERR_clear_error();
    *al = SSL_AD_INTERNAL_ERROR;
    return SSL_CLIENT_HELLO_ERROR;
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

int mdshm__tls_alpn_cb(SSL *ssl, const unsigned char **out,
                       unsigned char *outlen, const unsigned char *in,
                       unsigned int inlen, void *arg)
{
    (void)in, (void)inlen, (void)arg;
    return mdshm_tls_alpn_select(ssl, out, outlen) ? SSL_TLSEXT_ERR_OK
                                                  : SSL_TLSEXT_ERR_NOACK;
}
