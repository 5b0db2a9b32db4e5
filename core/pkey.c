/* pkey.c -- private keys: parsing, key specs, fingerprints, matching.
 *
 * Accepted: RSA of at least 2048 bits and EC on P-256 or P-384, in PEM
 * (PKCS#8 or traditional) or DER (PKCS#8 or traditional).  Encrypted keys
 * are refused; OpenSSL never prompts for a pass phrase.  A key keeps its
 * EVP_PKEY and its PKCS#8 DER; the DER and every buffer that held key
 * material are cleansed before they are freed.  Key material is never
 * logged.
 */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#define KEY_FILE_MAX (1u << 20)
#define RSA_MIN_BITS 2048
#define RSA_MAX_BITS 16384

struct mdshm__pkey {
    EVP_PKEY *pk;
    unsigned char *der; /* PKCS#8, OPENSSL_malloc'ed; cleansed on free */
    size_t der_len;
    char spec[16];
};

/* Map a failed OpenSSL call: allocation failure or @rv (logged). */
#define OSSL_FAIL(rv, src, ...)                                               \
    (mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM) : mdshm__ossl_fail((rv), (src), __VA_ARGS__))

/* Never prompt on a terminal for a pass phrase. */
static int no_password(char *buf, int size, int rwflag, void *u)
{
    (void)buf;
    (void)size;
    (void)rwflag;
    (void)u;
    return -1;
}

/* Key spec of an acceptable key as a static string ("rsa" for an RSA size
 * outside the usual ones). */
static const char *static_spec(const char *spec)
{
    static const char *const known[] = {
        "rsa2048", "rsa3072", "rsa4096", "rsa6144", "rsa7680",
        "rsa8192", "rsa15360", "rsa16384", "secp256r1", "secp384r1"};
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (!strcmp(spec, known[i]))
            return known[i];
    return "rsa";
}

/* Check that @pk is a key mdshm accepts and write its spec. */
static int key_spec(EVP_PKEY *pk, char spec[16], const char *src)
{
    if (EVP_PKEY_is_a(pk, "RSA")) {
        int bits = EVP_PKEY_get_bits(pk);
        if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS)
            return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                        "RSA key of %d bits (rsa%d) is not supported; "
                        "use %d to %d bits",
                        bits, bits, RSA_MIN_BITS, RSA_MAX_BITS);
        snprintf(spec, 16, "rsa%d", bits);
        return 0;
    }
    if (EVP_PKEY_is_a(pk, "EC")) {
        char group[64];
        size_t glen = 0;
        int nid;
        char enc[32] = "";
        if (!EVP_PKEY_get_group_name(pk, group, sizeof(group), &glen) ||
            !EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_EC_ENCODING,
                                            enc, sizeof(enc), NULL) ||
            strcmp(enc, OSSL_PKEY_EC_ENCODING_GROUP))
            return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                        "EC key with explicit curve parameters is not "
                        "supported; use a named curve, P-256 or P-384");
        nid = OBJ_sn2nid(group);
        if (nid == NID_undef)
            nid = EC_curve_nist2nid(group);
        if (nid == NID_X9_62_prime256v1) {
            strcpy(spec, "secp256r1");
            return 0;
        }
        if (nid == NID_secp384r1) {
            strcpy(spec, "secp384r1");
            return 0;
        }
        return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                    "EC key on curve %s is not supported; use P-256 "
                    "(secp256r1) or P-384 (secp384r1)",
                    nid == NID_secp521r1 ? "secp521r1" : group);
    }
    {
        const char *type = EVP_PKEY_get0_type_name(pk);
        return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                    "%s key is not supported; use RSA (>= %d bits) or EC "
                    "P-256/P-384",
                    type ? type : "unknown", RSA_MIN_BITS);
    }
}

/*
 * A private key from DER (PKCS#8 or traditional), exactly @len bytes.
 * @hint: the expected EVP_PKEY type, or EVP_PKEY_NONE.  A hint speeds up
 * decoding; a key of another type is still returned.
 */
static int key_from_der(const unsigned char *der, size_t len, int hint,
                        EVP_PKEY **out, const char *src)
{
    const unsigned char *p = der, *end = der + len;
    long clen = 0;
    int tag = 0, cls = 0, ret;
    X509_SIG *enc;

    *out = NULL;
    if (len == 0)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "empty private key data");
    if (len > LONG_MAX)
        return mdshm__ossl_fail(MDSHM_ETOOBIG, src, "private key data too large");
    /* One definite-length SEQUENCE spanning the whole input. */
    ret = ASN1_get_object(&p, &clen, &tag, &cls, (long)len);
    if ((ret & 0x80) || ret != V_ASN1_CONSTRUCTED ||
        tag != V_ASN1_SEQUENCE || cls != V_ASN1_UNIVERSAL ||
        clen != end - p)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "not a DER private key");
    p = der;
    enc = d2i_X509_SIG(NULL, &p, (long)len);
    if (enc) {
        X509_SIG_free(enc);
        if (p == end)
            return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                        "encrypted private keys are not supported; "
                        "decrypt the key and protect it with mode 0600");
    }
    ERR_clear_error();
    if (hint != EVP_PKEY_NONE) {
        p = der;
        *out = d2i_PrivateKey(hint, NULL, &p, (long)len);
        ERR_clear_error();
    }
    if (!*out) {
        p = der;
        *out = d2i_AutoPrivateKey(NULL, &p, (long)len);
    }
    if (!*out)
        return OSSL_FAIL(MDSHM_EBADINPUT, src, "invalid DER private key");
    if (p != end) { /* cannot happen after the header check; be safe */
        EVP_PKEY_free(*out);
        *out = NULL;
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "trailing data after private key");
    }
    return 0;
}

static int key_from_pem(const void *data, size_t len, EVP_PKEY **out,
                        const char *src)
{
    BIO *bio;

    *out = NULL;
    if (memmem(data, len, "-----BEGIN ENCRYPTED PRIVATE KEY", 32) ||
        memmem(data, len, "Proc-Type: 4,ENCRYPTED", 22))
        return mdshm__ossl_fail(MDSHM_EUNSUPPORTED, src,
                    "encrypted private keys are not supported; "
                    "decrypt the key and protect it with mode 0600");
    if (len > INT_MAX)
        return mdshm__ossl_fail(MDSHM_ETOOBIG, src, "private key data too large");
    bio = BIO_new_mem_buf(data, (int)len);
    if (!bio)
        return OSSL_FAIL(MDSHM_ECRYPTO, src, "BIO_new_mem_buf failed");
    *out = PEM_read_bio_PrivateKey_ex(bio, NULL, no_password, NULL, NULL,
                                      NULL);
    BIO_free(bio);
    if (!*out)
        return OSSL_FAIL(MDSHM_EBADINPUT, src, "no valid PEM private key");
    return 0;
}

static int pkcs8_der(EVP_PKEY *pk, unsigned char **der, size_t *der_len,
                     const char *src)
{
    PKCS8_PRIV_KEY_INFO *p8 = EVP_PKEY2PKCS8(pk);
    int n;

    *der = NULL;
    *der_len = 0;
    if (!p8)
        return OSSL_FAIL(MDSHM_ECRYPTO, src, "PKCS#8 conversion failed");
    n = i2d_PKCS8_PRIV_KEY_INFO(p8, der);
    PKCS8_PRIV_KEY_INFO_free(p8);
    if (n <= 0) {
        *der = NULL;
        return OSSL_FAIL(MDSHM_ECRYPTO, src, "PKCS#8 encoding failed");
    }
    *der_len = (size_t)n;
    return 0;
}

static int pkey_parse(const void *data, size_t len, mdshm__pkey_t **out,
                      const char *src)
{
    const unsigned char *d = data;
    mdshm__pkey_t *k;
    EVP_PKEY *pk = NULL;
    int rv;

    if (!data && len)
        return -EINVAL;
    ERR_clear_error();
    if (len > 0 && d[0] != 0x30 && memmem(data, len, "-----BEGIN", 10))
        rv = key_from_pem(data, len, &pk, src);
    else
        rv = key_from_der(data, len, EVP_PKEY_NONE, &pk, src);
    if (rv)
        return rv;
    k = calloc(1, sizeof(*k));
    if (!k) {
        EVP_PKEY_free(pk);
        return -ENOMEM;
    }
    k->pk = pk;
    if ((rv = key_spec(pk, k->spec, src)) ||
        (rv = pkcs8_der(pk, &k->der, &k->der_len, src))) {
        mdshm__pkey_free(k);
        ERR_clear_error();
        return rv;
    }
    ERR_clear_error();
    *out = k;
    return 0;
}

int mdshm__pkey_parse(const void *data, size_t len, mdshm__pkey_t **out)
{
    if (!out)
        return -EINVAL;
    *out = NULL;
    return pkey_parse(data, len, out, "private key data");
}

/* Read a key file after checking its type and permissions. */
int mdshm__pkey_read_file(const char *path, uint8_t **out, size_t *outlen)
{
    struct stat sb;
    int rv = 0, fd;

    *out = NULL;
    *outlen = 0;
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot open private key %s", path);
        return rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot stat private key %s", path);
        goto out;
    }
    if (!S_ISREG(sb.st_mode)) {
        rv = MDSHM_EBADINPUT;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "private key %s is not a regular file",
                  path);
        goto out;
    }
    if (sb.st_mode & 077) {
        rv = MDSHM_EPERM;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "private key %s is accessible by group or others "
                  "(mode %04o); run: chmod 600 %s",
                  path, (unsigned)(sb.st_mode & 07777), path);
        goto out;
    }
    if ((uint64_t)sb.st_size > KEY_FILE_MAX) {
        rv = MDSHM_ETOOBIG;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "private key %s is larger than %u bytes",
                  path, KEY_FILE_MAX);
        goto out;
    }
    rv = mdshm__read_fd(fd, (size_t)sb.st_size, true, out, outlen);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot read private key %s", path);
out:
    close(fd);
    return rv;
}

int mdshm__pkey_load(const char *path, mdshm__pkey_t **out)
{
    char src[64 + 4096];
    uint8_t *buf;
    size_t len;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!path)
        return -EINVAL;
    rv = mdshm__pkey_read_file(path, &buf, &len);
    if (rv)
        return rv;
    snprintf(src, sizeof(src), "private key file %s", path);
    rv = pkey_parse(buf, len, out, src);
    OPENSSL_cleanse(buf, len + 1);
    free(buf);
    return rv;
}

void mdshm__pkey_free(mdshm__pkey_t *k)
{
    if (!k)
        return;
    EVP_PKEY_free(k->pk);
    if (k->der)
        OPENSSL_clear_free(k->der, k->der_len);
    OPENSSL_cleanse(k, sizeof(*k));
    free(k);
}

const char *mdshm__pkey_spec(const mdshm__pkey_t *k)
{
    return k ? k->spec : NULL;
}

int mdshm__pkey_der(const mdshm__pkey_t *k, mdshm_buf_t *der)
{
    if (!der)
        return -EINVAL;
    der->p = NULL;
    der->n = 0;
    if (!k)
        return -EINVAL;
    der->p = k->der;
    der->n = k->der_len;
    return 0;
}

static int spki_sha256(EVP_PKEY *pk, unsigned char sha256[32],
                       const char *src)
{
    unsigned char *spki = NULL;
    int n = i2d_PUBKEY(pk, &spki), rv = 0;

    if (n <= 0)
        return OSSL_FAIL(MDSHM_ECRYPTO, src, "public key encoding failed");
    if (!EVP_Digest(spki, (size_t)n, sha256, NULL, EVP_sha256(), NULL))
        rv = mdshm__ossl_fail(MDSHM_ECRYPTO, src, "SHA-256 of public key failed");
    OPENSSL_free(spki);
    ERR_clear_error();
    return rv;
}

int mdshm__pkey_fingerprint(const mdshm__pkey_t *k, unsigned char sha256[32])
{
    unsigned char md[32];
    int rv;

    if (!sha256)
        return -EINVAL;
    memset(sha256, 0, 32);
    if (!k)
        return -EINVAL;
    ERR_clear_error();
    rv = spki_sha256(k->pk, md, "private key");
    if (rv)
        return rv;
    memcpy(sha256, md, 32);
    return 0;
}

int mdshm_pkey_der_fingerprint(const void *der, size_t len, const char **type,
                               unsigned char sha256[32])
{
    const char *src = "private key DER";
    unsigned char md[32];
    char spec[16];
    EVP_PKEY *pk;
    int rv;

    if (!type || !sha256)
        return -EINVAL;
    *type = NULL;
    memset(sha256, 0, 32);
    if (!der && len)
        return -EINVAL;
    ERR_clear_error();
    rv = key_from_der(der, len, EVP_PKEY_NONE, &pk, src);
    if (rv)
        return rv;
    if (!(rv = key_spec(pk, spec, src)) && !(rv = spki_sha256(pk, md, src))) {
        *type = static_spec(spec);
        memcpy(sha256, md, 32);
    }
    EVP_PKEY_free(pk);
    ERR_clear_error();
    return rv;
}

/* 0 if @pub equals the public half of @key, else MDSHM_EMISMATCH. */
static int pub_eq(const EVP_PKEY *pub, const EVP_PKEY *key)
{
    int eq = EVP_PKEY_eq(pub, key);

    ERR_clear_error();
    return eq == 1 ? 0 : MDSHM_EMISMATCH;
}

static int cert_from_der(const unsigned char *der, size_t len, X509 **out,
                         const char *src)
{
    const unsigned char *p = der;

    *out = NULL;
    if (len == 0 || len > LONG_MAX)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "empty or oversized certificate");
    *out = d2i_X509(NULL, &p, (long)len);
    if (!*out)
        return OSSL_FAIL(MDSHM_EBADINPUT, src, "invalid DER certificate");
    if (p != der + len) {
        X509_free(*out);
        *out = NULL;
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "trailing data after certificate");
    }
    return 0;
}

int mdshm__pkey_matches(const mdshm__pkey_t *k, const mdshm_chain_t *ch)
{
    const char *src = "certificate";
    mdshm_buf_t der;
    EVP_PKEY *pub;
    X509 *x;
    int rv;

    if (!k || !ch)
        return -EINVAL;
    rv = mdshm_chain_der(ch, 0, &der);
    if (rv)
        return rv;
    ERR_clear_error();
    rv = cert_from_der(der.p, der.n, &x, src);
    if (rv)
        return rv;
    pub = X509_get0_pubkey(x);
    if (!pub) {
        rv = mdshm__ossl_fail(MDSHM_EMISMATCH, src, "cannot decode the public key");
    } else {
        rv = pub_eq(pub, k->pk);
        if (rv)
            MDSHM_LOG(MDSHM_LOG_DEBUG, rv,
                      "private key (%s) does not match the certificate",
                      k->spec);
    }
    X509_free(x);
    ERR_clear_error();
    return rv;
}

int mdshm__der_pair_matches(mdshm_buf_t cert, mdshm_buf_t key)
{
    EVP_PKEY *pub, *pk;
    X509 *x;
    int rv;

    if ((!cert.p && cert.n) || (!key.p && key.n))
        return -EINVAL;
    ERR_clear_error();
    rv = cert_from_der(cert.p, cert.n, &x, "certificate DER");
    if (rv)
        return rv;
    pub = X509_get0_pubkey(x);
    if (!pub) {
        rv = mdshm__ossl_fail(MDSHM_EBADINPUT, "certificate DER",
                  "cannot decode the public key");
    } else if (!(rv = key_from_der(key.p, key.n, EVP_PKEY_get_base_id(pub),
                                   &pk, "private key DER"))) {
        rv = pub_eq(pub, pk);
        EVP_PKEY_free(pk);
    }
    X509_free(x);
    ERR_clear_error();
    return rv;
}

int mdshm__pkey_evp(const mdshm__pkey_t *k, EVP_PKEY **out)
{
    mdshm_buf_t der;
    const unsigned char *p;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    rv = mdshm__pkey_der(k, &der);
    if (rv)
        return rv;
    p = der.p;
    *out = d2i_AutoPrivateKey(NULL, &p, (long)der.n);
    if (!*out)
        return OSSL_FAIL(MDSHM_ECRYPTO, "private key", "cannot decode");
    return 0;
}
