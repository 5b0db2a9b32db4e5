/* jws.c -- JWK, thumbprints, JWS signing, EAB, key authorizations.
 *
 * The JWK holds exactly the members RFC 7638 requires for a thumbprint
 * ({crv,kty,x,y} for EC, {e,kty,n} for RSA), so one function serves the
 * "jwk" header and the thumbprint; jansson's compact, key-sorted dump is
 * the canonical form (the values are base64url, so nothing is escaped).
 */
#include "jws.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/x509.h>

#define TOKEN_MAX 256

/* EC curve of @pk: 256 or 384 (bits), 0 for anything else. */
static int ec_bits(const EVP_PKEY *pk)
{
    char group[64];
    size_t glen = 0;

    if (!EVP_PKEY_is_a(pk, "EC") ||
        !EVP_PKEY_get_group_name(pk, group, sizeof(group), &glen)) {
        ERR_clear_error();
        return 0;
    }
    if (!strcmp(group, "prime256v1") || !strcmp(group, "P-256") ||
        !strcmp(group, "secp256r1"))
        return 256;
    if (!strcmp(group, "secp384r1") || !strcmp(group, "P-384"))
        return 384;
    return 0;
}

const char *mdshm__jws_alg(const EVP_PKEY *pk)
{
    if (!pk)
        return NULL;
    if (EVP_PKEY_is_a(pk, "RSA"))
        return EVP_PKEY_get_bits(pk) >= 2048 ? "RS256" : NULL;
    switch (ec_bits(pk)) {
    case 256:
        return "ES256";
    case 384:
        return "ES384";
    default:
        return NULL;
    }
}

/* base64url of a big number: fixed width @width (EC coordinates), or the
 * minimal big-endian form (@width 0: RSA n and e, RFC 7518 6.3.1). */
static int bn_b64(const EVP_PKEY *pk, const char *param, size_t width,
                  char **out)
{
    BIGNUM *bn = NULL;
    unsigned char buf[2048]; /* RSA up to 16384 bits */
    int n;

    *out = NULL;
    if (!EVP_PKEY_get_bn_param(pk, param, &bn))
        return MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWK",
                                "cannot read key parameter %s", param);
    if (width)
        n = width <= sizeof(buf) ? BN_bn2binpad(bn, buf, (int)width) : -1;
    else
        n = (size_t)BN_num_bytes(bn) <= sizeof(buf) ? BN_bn2bin(bn, buf) : -1;
    BN_free(bn);
    if (n < 0)
        return MDSHM__OSSL_FAIL(MDSHM_EUNSUPPORTED, "JWK",
                                "key parameter %s out of range", param);
    return mdshm__b64url_encode(buf, (size_t)n, out);
}

int mdshm__jwk(const EVP_PKEY *pk, json_t **out)
{
    char *a = NULL, *b = NULL;
    const char *alg;
    int rv, bits;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!(alg = mdshm__jws_alg(pk))) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EUNSUPPORTED,
                  "account key type not supported for JWS (use EC P-256, "
                  "P-384 or RSA >= 2048 bits)");
        return MDSHM_EUNSUPPORTED;
    }
    if (alg[0] == 'R') {
        if ((rv = bn_b64(pk, OSSL_PKEY_PARAM_RSA_E, 0, &a)) ||
            (rv = bn_b64(pk, OSSL_PKEY_PARAM_RSA_N, 0, &b)))
            goto out;
        *out = json_pack("{s:s, s:s, s:s}", "e", a, "kty", "RSA", "n", b);
    } else {
        bits = ec_bits(pk);
        if ((rv = bn_b64(pk, OSSL_PKEY_PARAM_EC_PUB_X, (size_t)bits / 8,
                         &a)) ||
            (rv = bn_b64(pk, OSSL_PKEY_PARAM_EC_PUB_Y, (size_t)bits / 8, &b)))
            goto out;
        *out = json_pack("{s:s, s:s, s:s, s:s}", "crv",
                         bits == 256 ? "P-256" : "P-384", "kty", "EC", "x", a,
                         "y", b);
    }
    rv = *out ? 0 : -ENOMEM;
out:
    free(a);
    free(b);
    return rv;
}

/* Compact JSON text of @j (sorted keys), malloc'ed. */
static int dump(const json_t *j, size_t flags, char **out)
{
    *out = json_dumps(j, JSON_COMPACT | flags);
    return *out ? 0 : -ENOMEM;
}

int mdshm__jwk_thumbprint(const EVP_PKEY *pk,
                          char out[MDSHM__B64URL_SHA256_SIZE])
{
    unsigned char md[32];
    json_t *jwk;
    char *text;
    int rv;

    if (!out)
        return -EINVAL;
    out[0] = 0;
    rv = mdshm__jwk(pk, &jwk);
    if (rv)
        return rv;
    rv = dump(jwk, JSON_SORT_KEYS, &text);
    json_decref(jwk);
    if (rv)
        return rv;
    if (!EVP_Digest(text, strlen(text), md, NULL, EVP_sha256(), NULL))
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWS", "SHA-256 failed");
    else
        rv = mdshm__b64url_encode_to(md, sizeof(md), out,
                                     MDSHM__B64URL_SHA256_SIZE);
    free(text);
    return rv;
}

/* Sign @data with @pk per JWS @alg; ECDSA DER -> r||s (RFC 7518 3.4). */
static int sign_raw(EVP_PKEY *pk, const char *alg, const char *data,
                    uint8_t **sig, size_t *siglen)
{
    const char *md = !strcmp(alg, "ES384") ? "SHA384" : "SHA256";
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned char *der = NULL;
    size_t n = 0;
    int rv = 0;

    *sig = NULL;
    *siglen = 0;
    if (!ctx)
        return -ENOMEM;
    if (EVP_DigestSignInit_ex(ctx, NULL, md, NULL, NULL, pk, NULL) != 1 ||
        EVP_DigestSign(ctx, NULL, &n, (const unsigned char *)data,
                       strlen(data)) != 1 ||
        !(der = OPENSSL_malloc(n)) ||
        EVP_DigestSign(ctx, der, &n, (const unsigned char *)data,
                       strlen(data)) != 1) {
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWS", "%s signature failed", alg);
        goto out;
    }
    if (alg[0] == 'E') {
        size_t clen = !strcmp(alg, "ES384") ? 48 : 32;
        const unsigned char *p = der;
        ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &p, (long)n);
        const BIGNUM *r, *s;
        if (!es) {
            rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWS", "bad ECDSA signature");
            goto out;
        }
        ECDSA_SIG_get0(es, &r, &s);
        if (!(*sig = malloc(2 * clen))) {
            ECDSA_SIG_free(es);
            rv = -ENOMEM;
            goto out;
        }
        /* r and s are zero-padded on the left to the curve size. */
        if (BN_bn2binpad(r, *sig, (int)clen) < 0 ||
            BN_bn2binpad(s, *sig + clen, (int)clen) < 0) {
            ECDSA_SIG_free(es);
            free(*sig);
            *sig = NULL;
            rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWS", "ECDSA r/s too large");
            goto out;
        }
        ECDSA_SIG_free(es);
        *siglen = 2 * clen;
    } else {
        if (!(*sig = malloc(n))) {
            rv = -ENOMEM;
            goto out;
        }
        memcpy(*sig, der, n);
        *siglen = n;
    }
out:
    OPENSSL_free(der);
    EVP_MD_CTX_free(ctx);
    return rv;
}

/* Assemble {"protected","payload","signature"} from the header and
 * payload texts and a signer. */
typedef int signer_fn(void *baton, const char *input, uint8_t **sig,
                      size_t *siglen);

static int jws_build(const json_t *hdr, const char *payload, signer_fn *sign,
                     void *baton, json_t **out)
{
    char *htext = NULL, *h64 = NULL, *p64 = NULL, *s64 = NULL, *input = NULL;
    uint8_t *sig = NULL;
    size_t siglen = 0;
    int rv;

    *out = NULL;
    if (!payload)
        payload = "";
    if ((rv = dump(hdr, 0, &htext)) ||
        (rv = mdshm__b64url_encode(htext, strlen(htext), &h64)) ||
        (rv = mdshm__b64url_encode(payload, strlen(payload), &p64)))
        goto out;
    if (!(input = malloc(strlen(h64) + strlen(p64) + 2))) {
        rv = -ENOMEM;
        goto out;
    }
    sprintf(input, "%s.%s", h64, p64);
    if ((rv = sign(baton, input, &sig, &siglen)) ||
        (rv = mdshm__b64url_encode(sig, siglen, &s64)))
        goto out;
    *out = json_pack("{s:s, s:s, s:s}", "protected", h64, "payload", p64,
                     "signature", s64);
    rv = *out ? 0 : -ENOMEM;
out:
    free(htext);
    free(h64);
    free(p64);
    free(s64);
    free(input);
    free(sig);
    return rv;
}

typedef struct {
    EVP_PKEY *pk;
    const char *alg;
} pk_signer_t;

static int pk_sign(void *baton, const char *input, uint8_t **sig,
                   size_t *siglen)
{
    pk_signer_t *s = baton;
    return sign_raw(s->pk, s->alg, input, sig, siglen);
}

int mdshm__jws_sign(EVP_PKEY *pk, const char *kid, const char *nonce,
                    const char *url, const char *payload, json_t **out)
{
    pk_signer_t signer = {pk, NULL};
    json_t *hdr = NULL, *jwk = NULL;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!pk || !url)
        return -EINVAL;
    if (!(signer.alg = mdshm__jws_alg(pk))) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EUNSUPPORTED,
                  "account key type not supported for JWS");
        return MDSHM_EUNSUPPORTED;
    }
    if (!(hdr = json_pack("{s:s, s:s}", "alg", signer.alg, "url", url)))
        return -ENOMEM;
    if (kid) {
        if (json_object_set_new(hdr, "kid", json_string(kid))) {
            rv = -ENOMEM;
            goto out;
        }
    } else {
        rv = mdshm__jwk(pk, &jwk);
        if (rv)
            goto out;
        if (json_object_set(hdr, "jwk", jwk)) {
            rv = -ENOMEM;
            goto out;
        }
    }
    if (nonce && json_object_set_new(hdr, "nonce", json_string(nonce))) {
        rv = -ENOMEM;
        goto out;
    }
    rv = jws_build(hdr, payload, pk_sign, &signer, out);
out:
    json_decref(jwk);
    json_decref(hdr);
    return rv;
}

typedef struct {
    const uint8_t *key;
    size_t len;
} mac_signer_t;

static int mac_sign(void *baton, const char *input, uint8_t **sig,
                    size_t *siglen)
{
    mac_signer_t *m = baton;
    size_t n = 0;

    *siglen = 0;
    if (!(*sig = malloc(32)))
        return -ENOMEM;
    if (!EVP_Q_mac(NULL, "HMAC", NULL, "SHA256", NULL, m->key, m->len,
                   (const unsigned char *)input, strlen(input), *sig, 32,
                   &n) ||
        n != 32) {
        free(*sig);
        *sig = NULL;
        return MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "EAB", "HMAC-SHA256 failed");
    }
    *siglen = n;
    return 0;
}

int mdshm__jws_eab(const char *kid, const uint8_t *mac_key, size_t mac_len,
                   const EVP_PKEY *acct, const char *url, json_t **out)
{
    mac_signer_t signer = {mac_key, mac_len};
    json_t *hdr = NULL, *jwk = NULL;
    char *payload = NULL;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!kid || !mac_key || !mac_len || !acct || !url)
        return -EINVAL;
    if ((rv = mdshm__jwk(acct, &jwk)) || (rv = dump(jwk, 0, &payload)))
        goto out;
    if (!(hdr = json_pack("{s:s, s:s, s:s}", "alg", "HS256", "kid", kid,
                          "url", url))) {
        rv = -ENOMEM;
        goto out;
    }
    rv = jws_build(hdr, payload, mac_sign, &signer, out);
out:
    json_decref(hdr);
    json_decref(jwk);
    free(payload);
    return rv;
}

bool mdshm__acme_token_ok(const char *token)
{
    size_t n;

    if (!token)
        return false;
    n = strlen(token);
    if (n == 0 || n > TOKEN_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)token[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

int mdshm__key_authz(const char *token, const EVP_PKEY *acct, char **out)
{
    char tp[MDSHM__B64URL_SHA256_SIZE];
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!mdshm__acme_token_ok(token))
        return MDSHM_EBADINPUT;
    rv = mdshm__jwk_thumbprint(acct, tp);
    if (rv)
        return rv;
    if (!(*out = malloc(strlen(token) + 1 + strlen(tp) + 1)))
        return -ENOMEM;
    sprintf(*out, "%s.%s", token, tp);
    return 0;
}

int mdshm__dns01_value(const char *key_authz,
                       char out[MDSHM__B64URL_SHA256_SIZE])
{
    unsigned char md[32];

    if (!key_authz || !out)
        return -EINVAL;
    if (!EVP_Digest(key_authz, strlen(key_authz), md, NULL, EVP_sha256(),
                    NULL))
        return MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "JWS", "SHA-256 failed");
    return mdshm__b64url_encode_to(md, sizeof(md), out,
                                   MDSHM__B64URL_SHA256_SIZE);
}
