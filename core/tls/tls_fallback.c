/* tls_fallback.c -- the self-signed certificate served while an MD has no
 * certificate yet (clients see an untrusted certificate and the server
 * answers 503), and for unmanaged names on an SSL_CTX without one. */
#include "tls.h"

#include <openssl/evp.h>
#include <openssl/bn.h>
#include <openssl/x509v3.h>

int mdshm__tls_fallback_make(X509 **cert, EVP_PKEY **key)
{
    EVP_PKEY *pk = NULL;
    X509 *x = NULL;
    X509_NAME *nm;
    BIGNUM *bn = NULL;

    *cert = NULL;
    *key = NULL;
    /* A positive 127-bit serial, encoded by OpenSSL: raw random bytes with
     * a zero first byte are not DER (clients refuse the certificate). */
    if (!(pk = EVP_EC_gen("P-256")) || !(x = X509_new()) ||
        X509_set_version(x, X509_VERSION_3) != 1 || !(bn = BN_new()) ||
        !BN_rand(bn, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)))
        goto fail;
    BN_free(bn);
    bn = NULL;
    /* back-dated a day (skewed clients), valid a year: workers live long */
    if (!X509_gmtime_adj(X509_getm_notBefore(x), -86400) ||
        !X509_gmtime_adj(X509_getm_notAfter(x), 365L * 86400))
        goto fail;
    nm = X509_get_subject_name(x);
    if (!X509_NAME_add_entry_by_txt(nm, "CN", MBSTRING_ASC,
                                    (const unsigned char *)
                                    "mdshm fallback certificate (not issued "
                                    "yet)", -1, -1, 0) ||
        X509_set_issuer_name(x, nm) != 1 || X509_set_pubkey(x, pk) != 1 ||
        X509_sign(x, pk, EVP_sha256()) <= 0)
        goto fail;
    *cert = x;
    *key = pk;
    return 0;
fail:
    BN_free(bn);
    X509_free(x);
    EVP_PKEY_free(pk);
    return mdshm__ossl_fail(MDSHM_ECRYPTO, "fallback",
                            "cannot make the fallback certificate");
}

void mdshm_tls_fallback(const mdshm_tls_t *t, X509 **cert, EVP_PKEY **pkey)
{
    if (cert)
        *cert = t ? t->fallback_cert : NULL;
    if (pkey)
        *pkey = t ? t->fallback_key : NULL;
}
