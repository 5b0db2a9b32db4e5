/* tls_challenge.c -- the tls-alpn-01 certificate of a name (RFC 8737), as
 * the drive stored it.  Rare (only while a CA validates): parsed on each
 * call, nothing cached. */
#include "tls.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>

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

int mdshm__tls_challenge(mdshm_tls_worker_t *w, const char *name,
                         X509 **cert, EVP_PKEY **pkey)
{
    char key[sizeof("tls-alpn-01/") + MDSHM_MAX_NAME_LEN];
    const mdshm_challenge_rec_t *c = &w->rec->u.challenge;
    const unsigned char *p;
    char ip[INET6_ADDRSTRLEN];
    X509 *x = NULL;
    EVP_PKEY *pk = NULL;
    int rv, klen;

    *cert = NULL;
    *pkey = NULL;
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
        /* the views die with the read: parse inside it */
        p = c->cert.p;
        x = d2i_X509(NULL, &p, (long)c->cert.n);
        p = c->pkey.p;
        pk = d2i_AutoPrivateKey(NULL, &p, (long)c->pkey.n);
        if (!x || !pk)
            rv = MDSHM_ECORRUPT;
    }
    mdshm_read_end(w->rd);
    ERR_clear_error();
    if (rv < 0) {
        X509_free(x);
        EVP_PKEY_free(pk);
        return rv;
    }
    *cert = x;
    *pkey = pk;
    return 0;
}

int mdshm_tls_challenge_get(mdshm_tls_worker_t *w, const char *name,
                            size_t len, X509 **cert, EVP_PKEY **pkey)
{
    char norm[MDSHM_MAX_NAME_LEN + 1];
    int rv;

    if (cert)
        *cert = NULL;
    if (pkey)
        *pkey = NULL;
    if (!w || !name || !cert || !pkey)
        return MDSHM_EBADINPUT;
    if (mdshm__tls_name_norm(name, len, norm) == 0)
        return MDSHM_ENOTFOUND;
    rv = mdshm__tls_challenge(w, norm, cert, pkey);
    if (rv == 0)
        w->n_challenges++;
    return rv;
}
