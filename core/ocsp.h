/* ocsp.h -- OCSP stapling: requests, fetching, verification (internal).
 *
 * Files:
 *   ocsp_req.c     the certificate id and the DER request (optional nonce)
 *   ocsp_fetch.c   one exchange with a responder: POST, or GET for small
 *                  requests without a nonce (RFC 5019); bounded in size
 *                  and time
 *   ocsp_verify.c  everything checked before a response is stored
 *   drive_ocsp.c   the leader's stapling thread: what to fetch when,
 *                  bounded parallelism, store writes, events, cleanup
 *   drive_ocsp_inbox.c  refresh and registration requests it picks up
 *   ocsp_api.c     mdshm_ocsp_register / mdshm_ocsp_refresh_request: the
 *                  request inbox any process may use
 */
#ifndef MDSHM_OCSP_H
#define MDSHM_OCSP_H

#include "internal.h"

#include <openssl/ocsp.h>
#include <openssl/x509.h>

/* A response is at most this big (a real one is 0.3-3 KiB). */
#define MDSHM__OCSP_MAX_RESP 65536
/* thisUpdate may be this far in the future (clock skew). */
#define MDSHM__OCSP_SKEW_S 300
/* nextUpdate missing: the response counts as valid this long (mod_md). */
#define MDSHM__OCSP_DEFAULT_LIFETIME_S (12 * 3600)

/* mdshm_ocsp_rec_t.status */
enum { MDSHM__OCSP_GOOD = 0, MDSHM__OCSP_REVOKED = 1, MDSHM__OCSP_UNKNOWN = 2 };

/* The certificate a staple is for: leaf and issuer (owned). */
typedef struct mdshm__ocsp_cert {
    X509 *leaf;
    X509 *issuer;
} mdshm__ocsp_cert_t;

/* Parse leaf and issuer DER.  @return 0, MDSHM_EBADINPUT. */
MDSHM_HIDDEN int mdshm__ocsp_cert_load(const void *leaf, size_t leaf_len,
                                       const void *issuer, size_t issuer_len,
                                       mdshm__ocsp_cert_t *out);
MDSHM_HIDDEN void mdshm__ocsp_cert_clear(mdshm__ocsp_cert_t *c);

/* A DER request for @c (SHA-1 certificate id, as responders expect) and,
 * with @nonce, a random nonce.  @der malloc'ed; @req (may be NULL) keeps
 * the request for the nonce check (OCSP_REQUEST_free). */
MDSHM_HIDDEN int mdshm__ocsp_request(const mdshm__ocsp_cert_t *c, bool nonce,
                                     uint8_t **der, size_t *der_len,
                                     OCSP_REQUEST **req);

/* What a verified response says. */
typedef struct mdshm__ocsp_result {
    uint32_t status;        /* MDSHM__OCSP_GOOD / _REVOKED */
    int64_t this_update;    /* unix seconds */
    int64_t next_update;    /* unix seconds; default lifetime if absent,
                               never after the certificate's notAfter */
    char reason[200];       /* why it was rejected ("" if accepted) */
} mdshm__ocsp_result_t;

/*
 * Verify response @der for certificate @c at time @now_s: a successful
 * response, signed by the issuer or by a responder certificate with
 * id-kp-OCSPSigning that the issuer signed; for exactly this certificate
 * id; thisUpdate at most MDSHM__OCSP_SKEW_S in the future; nextUpdate in
 * the future (absent: thisUpdate + MDSHM__OCSP_DEFAULT_LIFETIME_S); status
 * good or revoked (unknown is refused).  With @req, a nonce in the
 * response must match the request's (a missing one is accepted).
 * nextUpdate beyond the certificate's notAfter is cut to notAfter unless
 * @allow_past_expiry.
 * @return 0 (res filled), MDSHM_EBADINPUT (refused: res->reason says why),
 *         -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__ocsp_verify(const mdshm__ocsp_cert_t *c,
                                    const OCSP_REQUEST *req,
                                    const uint8_t *der, size_t len,
                                    int64_t now_s, bool allow_past_expiry,
                                    mdshm__ocsp_result_t *res);

struct mdshm__http;

/* One fetch: request, exchange, verification. */
typedef struct mdshm__ocsp_fetch {
    /* in */
    const char *url;
    bool nonce;
    bool allow_past_expiry;
    /* out */
    uint8_t *der;           /* the verified response, malloc'ed */
    size_t der_len;
    mdshm__ocsp_result_t res;
    int64_t retry_after_ms; /* the responder's Retry-After (0: none) */
    char error[256];        /* why it failed ("" if it did not) */
} mdshm__ocsp_fetch_t;

/* Fetch and verify a response for @c with @http (max body set by the
 * caller).  @return 0, or <0 with f->error set. */
MDSHM_HIDDEN int mdshm__ocsp_fetch(struct mdshm__http *http,
                                   const mdshm__ocsp_cert_t *c,
                                   mdshm__ocsp_fetch_t *f);
MDSHM_HIDDEN void mdshm__ocsp_fetch_clear(mdshm__ocsp_fetch_t *f);

/* The renewal point of a response valid [this_s, next_s]: when less than
 * @window of its validity is left (window as config.h's, per mille or
 * ms). */
MDSHM_HIDDEN int64_t mdshm__ocsp_renew_at(int64_t this_s, int64_t next_s,
                                          bool percent, int64_t value);

/* <store>/requests file prefixes of the stapling inbox. */
#define MDSHM__OCSP_REQ_REFRESH "ocsp-refresh-"
#define MDSHM__OCSP_REQ_REGISTER "ocsp-register-"
/* The most a register request file may hold (a PEM chain). */
#define MDSHM__OCSP_REQ_MAX (256 * 1024)

#endif
