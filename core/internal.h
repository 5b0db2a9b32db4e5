/* internal.h -- declarations shared inside libmdshm's core/ layer and
 * above (never installed): the base layer, the store's internal API, and
 * helpers of core/ itself. */
#ifndef MDSHM_INTERNAL_H
#define MDSHM_INTERNAL_H

#include "base.h"
#include "shm.h"

/* ------------------------------------------------------------------------
 * Private keys (pkey.c).  Not public API: keys enter the store through
 * mdshm_import_static() and the drive, and a tool shows a stored key by
 * mdshm_pkey_der_fingerprint() only.
 * ---------------------------------------------------------------------- */

typedef struct mdshm__pkey mdshm__pkey_t;

/*
 * Parse a private key: PEM (PKCS#8, traditional RSA/EC) or DER (PKCS#8).
 * Only RSA of 2048..16384 bits and EC P-256 / P-384 on named curves are
 * accepted (MDSHM_EUNSUPPORTED otherwise, also for explicit curve
 * parameters and RSA-PSS).  Encrypted keys are refused (never prompts).
 * @param[out] out owned; mdshm__pkey_free().
 */
MDSHM_HIDDEN int mdshm__pkey_parse(const void *data, size_t len,
                                   mdshm__pkey_t **out);
/*
 * Read a key file.  A file readable or writable by group or others is
 * refused with MDSHM_EPERM and a log line naming the chmod to run.
 */
MDSHM_HIDDEN int mdshm__pkey_load(const char *path, mdshm__pkey_t **out);
/* The file mdshm__pkey_load reads, with the same checks (logged), into
 * malloc'ed memory with a NUL after it: OPENSSL_cleanse it before free. */
MDSHM_HIDDEN int mdshm__pkey_read_file(const char *path, uint8_t **out,
                                       size_t *outlen);
MDSHM_HIDDEN void mdshm__pkey_free(mdshm__pkey_t *k);
/* mod_md key spec: "rsa2048", "rsa3072", "rsa4096", "secp256r1",
 * "secp384r1".  Owned by the key. */
MDSHM_HIDDEN const char *mdshm__pkey_spec(const mdshm__pkey_t *k);
/* PKCS#8 DER, owned by the key. */
MDSHM_HIDDEN int mdshm__pkey_der(const mdshm__pkey_t *k, mdshm_buf_t *der);
/* SHA-256 of the DER SubjectPublicKeyInfo (a fingerprint safe to print). */
MDSHM_HIDDEN int mdshm__pkey_fingerprint(const mdshm__pkey_t *k,
                                         unsigned char sha256[32]);
/* 0 if @p k is the key of the leaf of @p ch, else MDSHM_EMISMATCH. */
MDSHM_HIDDEN int mdshm__pkey_matches(const mdshm__pkey_t *k,
                                     const mdshm_chain_t *ch);
/* 0 if the PKCS#8 @p key matches the leaf DER @p cert (torn-set check). */
MDSHM_HIDDEN int mdshm__der_pair_matches(mdshm_buf_t cert, mdshm_buf_t key);

/* The names of the leaf of @ch as an MD takes them (import.c): each valid
 * by the configuration's rules and in normal form, duplicates dropped, at
 * most MDSHM_MAX_NAMES, else MDSHM_EBADINPUT or MDSHM_ETOOBIG (logged,
 * naming @src).  *@names is malloc'ed (the caller frees it), *@n set. */
MDSHM_HIDDEN int mdshm__cert_md_names(const mdshm_chain_t *ch, const char *src,
                                      char (**names)[MDSHM_MAX_NAME_LEN + 1],
                                      size_t *n);

/* pkey.c: the EVP_PKEY of @k (a new reference: EVP_PKEY_free()).  With
 * the keys, below the JWS and CSR code that sign with them. */
struct evp_pkey_st;
MDSHM_HIDDEN int mdshm__pkey_evp(const mdshm__pkey_t *k,
                                 struct evp_pkey_st **out);

/* Log an OpenSSL failure about @src once (with the first queued OpenSSL
 * error), clear OpenSSL's error queue, and return @rv. */
MDSHM_HIDDEN int mdshm__ossl_fail(int rv, const char *src, const char *fmt,
                                  ...) __attribute__((format(printf, 3, 4)));
/* Whether the first queued OpenSSL error is an allocation failure. */
MDSHM_HIDDEN bool mdshm__ossl_oom(void);

#endif
