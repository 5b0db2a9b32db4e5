/* tls_hello.c -- what one handshake asks for (server name, signature
 * algorithms, ALPN acme-tls/1), read from its SSL inside the host's
 * client_hello callback (the extensions as the client sent them) or its
 * certificate callback (what OpenSSL made of them: the ClientHello itself
 * is gone by then). */
#include "tls.h"

#include <string.h>

#include <openssl/tls1.h>

static const unsigned char ACME_TLS_1[] = "\x0a" "acme-tls/1";

size_t mdshm__tls_name_norm(const char *name, size_t n, char *buf)
{
    if (n > 0 && name[n - 1] == '.')
        n--;
    if (n == 0 || n > MDSHM_MAX_NAME_LEN)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = '\0';
    return n;
}

bool mdshm__tls_sigalgs_has(const mdshm__tls_sigalgs_t *s, uint16_t scheme)
{
    unsigned char sig, hash;

    for (size_t i = 0; i < s->n; i++) {
        uint16_t v;
        if (s->list) {
            v = s->list[i];
        } else if (s->wire) {
            v = (uint16_t)((s->wire[2 * i] << 8) | s->wire[2 * i + 1]);
        } else {
            if (!SSL_get_sigalgs(s->peer, (int)i, NULL, NULL, NULL, &sig,
                                 &hash))
                return false;
            v = (uint16_t)((hash << 8) | sig);
        }
        if (v == scheme)
            return true;
    }
    return false;
}

/* The host_name of the server_name extension, normalised. */
static size_t hello_sni(SSL *ssl, char *buf)
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
    return mdshm__tls_name_norm((const char *)e + 5, n, buf);
}

/* The signature_algorithms extension, in place. */
static void hello_sigalgs(SSL *ssl, mdshm__tls_sigalgs_t *s)
{
    const unsigned char *e;
    size_t len;

    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_signature_algorithms, &e,
                                  &len) != 1 || len < 2)
        return;
    if ((((size_t)e[0] << 8) | e[1]) + 2 != len)
        return;
    s->wire = e + 2;
    s->n = (len - 2) / 2;
}

static bool hello_offers_acme(SSL *ssl)
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

void mdshm__tls_hello_read(SSL *ssl, mdshm__tls_hello_t *h)
{
    const unsigned char *rnd, *alpn;
    const char *sni;
    unsigned alen;
    int n;

    memset(&h->sigalgs, 0, sizeof(h->sigalgs));
    /* the ClientHello is there only inside the client_hello callback */
    if (SSL_client_hello_get0_random(ssl, &rnd) > 0) {
        h->len = hello_sni(ssl, h->name);
        hello_sigalgs(ssl, &h->sigalgs);
        h->acme = hello_offers_acme(ssl);
        return;
    }
    sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    h->len = sni ? mdshm__tls_name_norm(sni, strlen(sni), h->name) : 0;
    n = SSL_get_sigalgs(ssl, -1, NULL, NULL, NULL, NULL, NULL);
    h->sigalgs.peer = ssl;
    h->sigalgs.n = n > 0 ? (size_t)n : 0;
    /* TLS 1.3 selects ALPN before the certificate callback; TLS 1.2 after
     * it, where the host answers acme-tls/1 itself */
    SSL_get0_alpn_selected(ssl, &alpn, &alen);
    h->acme = alen == sizeof(ACME_TLS_1) - 2 &&
              memcmp(alpn, ACME_TLS_1 + 1, alen) == 0;
}
