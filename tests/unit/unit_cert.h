/* unit_cert.h -- a self-signed P-256 certificate for unit tests, the
 * certificate set that serves it, and MD "a" (name a.example, key spec
 * secp256r1) to write it under.  Include after cmocka.h. */
#ifndef MDSHM_UNIT_CERT_H
#define MDSHM_UNIT_CERT_H

#include "internal.h"

#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

typedef struct ut_cert {
    uint8_t *der, *key; /* leaf DER, PKCS#8 DER key: OPENSSL_free */
    int der_len, key_len;
    uint8_t sha[32];
} ut_cert_t;

static inline void ut_cert_make(ut_cert_t *c, const char *name)
{
    EVP_PKEY *pk = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    PKCS8_PRIV_KEY_INFO *p8;
    unsigned char rnd[10];

    assert_non_null(pk);
    assert_non_null(x);
    assert_int_equal(RAND_bytes(rnd, sizeof(rnd)), 1);
    rnd[0] = (rnd[0] & 0x3f) | 0x40; /* positive, no leading zero: DER */
    X509_set_version(x, X509_VERSION_3);
    ASN1_STRING_set(X509_get_serialNumber(x), rnd, sizeof(rnd));
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400 * 30L);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                               (const unsigned char *)name, -1, -1, 0);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    X509_set_pubkey(x, pk);
    assert_true(X509_sign(x, pk, EVP_sha256()) > 0);
    c->der = NULL;
    c->der_len = i2d_X509(x, &c->der);
    assert_non_null(p8 = EVP_PKEY2PKCS8(pk));
    c->key = NULL;
    c->key_len = i2d_PKCS8_PRIV_KEY_INFO(p8, &c->key);
    assert_true(c->der_len > 0 && c->key_len > 0);
    assert_non_null(SHA256(c->der, (size_t)c->der_len, c->sha));
    PKCS8_PRIV_KEY_INFO_free(p8);
    X509_free(x);
    EVP_PKEY_free(pk);
}

static inline void ut_cert_free(ut_cert_t *c)
{
    OPENSSL_free(c->der);
    OPENSSL_free(c->key);
}

/* The set of MD "a", key spec secp256r1, serving @c (views into @c). */
static inline void ut_certset(mdshm_certset_rec_t *cs, const ut_cert_t *c)
{
    memset(cs, 0, sizeof(*cs));
    cs->md = mdshm__sbuf("a");
    cs->key_spec = mdshm__sbuf("secp256r1");
    cs->n_chain = 1;
    cs->chain[0].p = c->der;
    cs->chain[0].n = (size_t)c->der_len;
    cs->pkey.p = c->key;
    cs->pkey.n = (size_t)c->key_len;
    cs->sha256.p = c->sha;
    cs->sha256.n = 32;
    cs->not_before = 1;
    cs->not_after = 4000000000LL;
}

/* Write body: MD "a" with name a.example and key spec secp256r1. */
static inline int ut_md_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_md_rec_t md;

    (void)baton;
    memset(&md, 0, sizeof(md));
    md.name = mdshm__sbuf("a");
    md.n_names = 1;
    md.names[0] = mdshm__sbuf("a.example");
    md.n_key_specs = 1;
    md.key_specs[0] = mdshm__sbuf("secp256r1");
    return mdshm__w_put_md(w, &md);
}

#endif
