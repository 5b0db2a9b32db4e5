/* crl.h -- revocation of our own certificates by their CRLs (internal).
 *
 * Files:
 *   crl_verify.c   everything checked before a CRL is believed, and the
 *                  serial index (sorted once per CRL: lookups are binary
 *                  searches, never a scan per certificate)
 *   crl_dp.c       the CRL distribution point URLs of a certificate
 *   drive_crl.c    the leader's CRL thread: one fetch per URL for every
 *                  certificate naming it, conditional requests, schedule,
 *                  outcomes per certificate in the store, events, renewal
 *   drive_crl_fetch.c  the fetches, and the next distribution point when
 *                  one fails
 * docs/revocation.md compares OCSP, CRL and ARI.
 */
#ifndef MDSHM_CRL_H
#define MDSHM_CRL_H

#include "internal.h"

#include <openssl/x509.h>

/* Default MDCRLMaxSize: real partitioned CRLs stay well below; a full
 * CRL of a large CA can reach tens of MiB. */
#define MDSHM__CRL_DEFAULT_MAX (20u * 1024 * 1024)
/* thisUpdate may be this far in the future (clock skew). */
#define MDSHM__CRL_SKEW_S 300
/* nextUpdate absent (RFC 5280 requires it; some CAs omit it): the CRL
 * counts as current this long after thisUpdate. */
#define MDSHM__CRL_DEFAULT_LIFETIME_S (24 * 3600)

/* mdshm_crl_rec_t.status */
enum { MDSHM__CRL_GOOD = 0, MDSHM__CRL_REVOKED = 1, MDSHM__CRL_UNKNOWN = 2 };

typedef struct mdshm__crl mdshm__crl_t;

/*
 * Parse @data (DER, or PEM "X509 CRL") and verify it for certificates of
 * @issuer, fetched from @url (NULL: no URL to match) at time @now_s:
 * at most @max bytes; signed by @issuer's key; issuer name = @issuer's
 * subject; thisUpdate at most MDSHM__CRL_SKEW_S in the future; nextUpdate
 * not passed; no delta CRL; an issuing distribution point, when present,
 * naming @url and covering end-entity certificates for all reasons;
 * indirect CRLs are refused (not supported); no unknown critical
 * extension.  The revoked serials are indexed once.
 * @return 0 (*out: free with mdshm__crl_free), MDSHM_EBADINPUT (refused:
 *         @reason says why), -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__crl_load(const uint8_t *data, size_t len, size_t max,
                                 const char *url, X509 *issuer, int64_t now_s,
                                 mdshm__crl_t **out, char *reason,
                                 size_t reason_size);
MDSHM_HIDDEN void mdshm__crl_free(mdshm__crl_t *crl);

/* Validity of a loaded CRL, unix seconds. */
MDSHM_HIDDEN int64_t mdshm__crl_this_update(const mdshm__crl_t *crl);
MDSHM_HIDDEN int64_t mdshm__crl_next_update(const mdshm__crl_t *crl);
/* Number of revoked entries indexed. */
MDSHM_HIDDEN size_t mdshm__crl_count(const mdshm__crl_t *crl);

/* What the CRL says of one certificate. */
typedef struct mdshm__crl_answer {
    uint32_t status;     /* MDSHM__CRL_GOOD / _REVOKED */
    int64_t revoked_at;  /* unix seconds (revoked) */
    int32_t reason;      /* CRLReason code, -1: none given (revoked) */
} mdshm__crl_answer_t;

/* Look @leaf's serial up (binary search).  @return 0, MDSHM_EBADINPUT
 * (@leaf was not issued by the CRL's issuer: name mismatch). */
MDSHM_HIDDEN int mdshm__crl_lookup(const mdshm__crl_t *crl, X509 *leaf,
                                   mdshm__crl_answer_t *ans);

/* The same by @leaf's issuer name and serial (the CRL thread keeps
 * those of each certificate rather than parsing it every round). */
MDSHM_HIDDEN int mdshm__crl_lookup_serial(const mdshm__crl_t *crl,
                                          const X509_NAME *issuer_name,
                                          const ASN1_INTEGER *serial,
                                          mdshm__crl_answer_t *ans);

/* RFC 5280 CRLReason name of @code ("unspecified", "keyCompromise", ...;
 * "none" for -1). */
MDSHM_HIDDEN const char *mdshm__crl_reason_name(int32_t code);

/*
 * The CRL distribution point URLs of @leaf: http:// ones into @urls
 * (malloc'ed strings, at most @max), their number returned; *skipped
 * counts those we do not fetch (ldap:, https:, relative names).
 * @return the count >= 0, -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__crl_dp_urls(X509 *leaf, char **urls, size_t max,
                                    size_t *skipped);

#endif
