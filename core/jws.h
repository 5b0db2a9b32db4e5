/* jws.h -- base64url, JWK, JWS (RFC 7515/7517/7518/7638) for ACME; internal.
 *
 * Account keys: EC P-256 (ES256, the default), EC P-384 (ES384) and RSA
 * (RS256).  Signatures are made with OpenSSL 3 EVP calls; ECDSA signatures
 * are converted from DER to the fixed-size r||s form JWS wants.  Nothing
 * here logs key material.
 */
#ifndef MDSHM_JWS_H
#define MDSHM_JWS_H

#include "internal.h"

#include <jansson.h>
#include <openssl/err.h>
#include <openssl/evp.h>

/* ---- keys -------------------------------------------------------------- */

/* Report an OpenSSL failure about @src (internal.h's mdshm__ossl_fail),
 * or -ENOMEM if OpenSSL ran out of memory. */
#define MDSHM__OSSL_FAIL(rv, src, ...)                                        \
    (mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)                         \
                       : mdshm__ossl_fail((rv), (src), __VA_ARGS__))

/* JWS "alg" for @pk: "ES256", "ES384", "RS256", or NULL (unsupported). */
MDSHM_HIDDEN const char *mdshm__jws_alg(const EVP_PKEY *pk);

/* The public JWK of @pk, with only the members RFC 7638 requires (so it
 * is also the thumbprint input).  @out owned: json_decref().
 * @return 0, MDSHM_EUNSUPPORTED, MDSHM_ECRYPTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__jwk(const EVP_PKEY *pk, json_t **out);

/* RFC 7638 SHA-256 thumbprint, base64url, into @out. */
MDSHM_HIDDEN int mdshm__jwk_thumbprint(const EVP_PKEY *pk,
                                       char out[MDSHM__B64URL_SHA256_SIZE]);

/*
 * Flattened JSON JWS (RFC 7515 7.2.2) over @payload (NULL or "": the empty
 * payload of POST-as-GET) with a protected header {alg, kid or jwk, nonce,
 * url}.  @kid NULL puts the public JWK in the header instead (newAccount,
 * revocation by certificate key, keyChange's inner JWS); @nonce NULL omits
 * the nonce (keyChange's inner JWS).
 * @param[out] out  owned: json_decref().
 */
MDSHM_HIDDEN int mdshm__jws_sign(EVP_PKEY *pk, const char *kid,
                                 const char *nonce, const char *url,
                                 const char *payload, json_t **out);

/*
 * External account binding (RFC 8555 7.3.4): a JWS with protected header
 * {"alg":"HS256","kid":@kid,"url":@url}, the account's public JWK as the
 * payload, and an HMAC-SHA256 with @mac_key as the signature.
 */
MDSHM_HIDDEN int mdshm__jws_eab(const char *kid, const uint8_t *mac_key,
                                size_t mac_len, const EVP_PKEY *acct,
                                const char *url, json_t **out);

/* ---- challenges -------------------------------------------------------- */

/* A challenge token: 1..256 base64url characters (RFC 8555 8.1).  Tokens
 * end up in URLs, store keys and file names; nothing else is accepted. */
MDSHM_HIDDEN bool mdshm__acme_token_ok(const char *token);

/* Key authorization: @token "." thumbprint(@acct), malloc'ed.
 * @return 0, MDSHM_EBADINPUT (bad token), MDSHM_EUNSUPPORTED, -ENOMEM. */
MDSHM_HIDDEN int mdshm__key_authz(const char *token, const EVP_PKEY *acct,
                                  char **out);

/* dns-01 TXT record value: base64url(SHA-256(@key_authz)). */
MDSHM_HIDDEN int mdshm__dns01_value(const char *key_authz,
                                    char out[MDSHM__B64URL_SHA256_SIZE]);

#endif
