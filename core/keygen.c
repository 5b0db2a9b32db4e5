/* keygen.c -- new private keys by mod_md key spec (MDPrivateKeys).
 *
 * Keys are generated with OpenSSL 3's EVP_PKEY_Q_keygen and handed back
 * as mdshm__pkey_t (through PKCS#8 DER and mdshm__pkey_parse, so a new key
 * passes the same checks as a loaded one).  The intermediate DER is
 * cleansed.
 */
#include "acme.h"
#include "jws.h"

#include <errno.h>
#include <string.h>

#include <openssl/x509.h>

int mdshm__keygen(const char *spec, mdshm__pkey_t **out)
{
    PKCS8_PRIV_KEY_INFO *p8 = NULL;
    unsigned char *der = NULL;
    EVP_PKEY *pk = NULL;
    int n, rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!spec)
        return -EINVAL;
    ERR_clear_error();
    if (!strcmp(spec, "rsa2048"))
        pk = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
    else if (!strcmp(spec, "rsa3072"))
        pk = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)3072);
    else if (!strcmp(spec, "rsa4096"))
        pk = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)4096);
    else if (!strcmp(spec, "secp256r1"))
        pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    else if (!strcmp(spec, "secp384r1"))
        pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-384");
    else {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EUNSUPPORTED,
                  "key spec \"%s\" is not supported; use rsa2048, rsa3072, "
                  "rsa4096, secp256r1 or secp384r1",
                  spec);
        return MDSHM_EUNSUPPORTED;
    }
    if (!pk)
        return MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "key generation",
                                "cannot generate a %s key", spec);
    if (!(p8 = EVP_PKEY2PKCS8(pk)) ||
        (n = i2d_PKCS8_PRIV_KEY_INFO(p8, &der)) <= 0) {
        der = NULL;
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "key generation",
                              "cannot encode the %s key", spec);
        goto out;
    }
    rv = mdshm__pkey_parse(der, (size_t)n, out);
    OPENSSL_clear_free(der, (size_t)n);
out:
    PKCS8_PRIV_KEY_INFO_free(p8);
    EVP_PKEY_free(pk);
    return rv;
}
