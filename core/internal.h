/* internal.h -- declarations shared inside libmdshm's core/ layer and
 * above (never installed): the base layer, the store's internal API, and
 * helpers of core/ itself. */
#ifndef MDSHM_INTERNAL_H
#define MDSHM_INTERNAL_H

#include "base.h"
#include "shm.h"

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
MDSHM_HIDDEN int mdshm__pkey_evp(const mdshm_pkey_t *k,
                                 struct evp_pkey_st **out);

/* Log an OpenSSL failure about @src once (with the first queued OpenSSL
 * error), clear OpenSSL's error queue, and return @rv. */
MDSHM_HIDDEN int mdshm__ossl_fail(int rv, const char *src, const char *fmt,
                                  ...) __attribute__((format(printf, 3, 4)));
/* Whether the first queued OpenSSL error is an allocation failure. */
MDSHM_HIDDEN bool mdshm__ossl_oom(void);

#endif
