/* acme.h -- the ACME client (RFC 8555; IP identifiers RFC 8738;
 * tls-alpn-01 RFC 8737; renewal information RFC 9773), internal.
 *
 * The leader's drive calls this layer; every call blocks (run it on the
 * leader's own thread).  One client (mdshm__acme_t) talks to one CA
 * directory and is used by one thread at a time; orders of different MDs
 * can run concurrently on separate clients.
 *
 * Conventions
 *  - Every function returns 0 or a negative code (-errno, MDSHM_E*).
 *    Those that talk to the CA take an optional result
 *    (mdshm__acme_result_t) for the job log: cleared on success; on
 *    failure it has the code (res->rv), the HTTP status, the CA's problem
 *    type, detail and subproblems, and the CA's Retry-After.  Codes:
 *      -EAGAIN        rate limited (429), server busy (503), or a poll the
 *                     CA wants resumed later (res->retry_after_ms)
 *      -ETIMEDOUT     a poll reached its deadline (resumable: the order
 *                     URL is all it takes)
 *      -EACCES        unauthorized, forbidden, user action required,
 *                     external account required, CAA
 *      -EBADMSG       the CA's answer is malformed (bad JSON, wrong field
 *                     types, missing fields): never a crash
 *      -EPROTO        any other problem the CA reported
 *      -ECANCELED     the cancel callback said stop
 *      MDSHM_ENOTFOUND  account does not exist / resource gone (404)
 *      MDSHM_EBADINPUT  badCSR, malformed, rejectedIdentifier, unsupported
 *                     identifier/contact, invalid contact, badRevocation...
 *      MDSHM_EUNSUPPORTED  the CA lacks the feature (keyChange, ARI...)
 *      plus the transport codes of http.h.
 *  - State objects (account, order, authorization) hold plain strings the
 *    drive can persist; mdshm__acme_order_get() works from just the order
 *    URL, so a new leader resumes the order of a failed one.
 *  - Private keys are never logged; key DER buffers are cleansed on free.
 */
#ifndef MDSHM_ACME_H
#define MDSHM_ACME_H

#include "internal.h"

#include <jansson.h>
#include <openssl/evp.h>

#include "http.h"

/* ------------------------------------------------------------------------
 * Results
 * ---------------------------------------------------------------------- */

#define MDSHM__ACME_MAX_SUB 8

typedef struct mdshm__acme_subproblem {
    char type[128];
    char detail[512];
    char id_type[8];     /* "dns", "ip" or "" */
    char id_value[256];
} mdshm__acme_subproblem_t;

/* The outcome of one call.  Strings are truncated to fit and stripped of
 * control characters (they come from the network and go to logs). */
typedef struct mdshm__acme_result {
    int rv;                 /* the code the call returned */
    int http_status;        /* of the answer that decided it; 0: none */
    char problem[256];      /* problem type URN; "" if none */
    char detail[1024];      /* problem detail or our own description */
    int64_t retry_after_ms; /* absolute unix ms (Retry-After); 0: none */
    size_t n_sub;
    mdshm__acme_subproblem_t sub[MDSHM__ACME_MAX_SUB];
} mdshm__acme_result_t;

/* Clear @res (NULL is fine). */
MDSHM_HIDDEN void mdshm__acme_result_clear(mdshm__acme_result_t *res);

/*
 * Parse a problem document (RFC 7807 / RFC 8555 6.7) from an HTTP answer
 * into @res and map it to a code (see the conventions above).  A body that
 * is not a JSON object, or fields of the wrong type, are tolerated: the
 * HTTP status still decides.  @return the mapped code (< 0).
 */
MDSHM_HIDDEN int mdshm__acme_problem(long http_status, const char *body,
                                     size_t len, int64_t retry_after_ms,
                                     mdshm__acme_result_t *res);

/* The code for a problem @type (the short or URN form) at @http_status. */
MDSHM_HIDDEN int mdshm__acme_problem_rv(long http_status, const char *type);

/* ------------------------------------------------------------------------
 * Client and directory (acme_dir.c)
 * ---------------------------------------------------------------------- */

typedef struct mdshm__acme_opts {
    const char *ca_file;          /* MDCACertificateFile; NULL: system CAs */
    const char *proxy;            /* MDHttpProxy; NULL: no proxy */
    unsigned connect_timeout_ms;  /* 0: 10 s */
    unsigned timeout_ms;          /* one request; 0: 60 s */
    unsigned stall_time_s;        /* 0: 30 s below 10 bytes/s */
    size_t max_body;              /* 0: 1 MiB */
    unsigned max_bad_nonce;       /* badNonce retries per request; 0: 10 */
    int server_retries;           /* 5xx retries per request; 0: 2, <0: 0 */
    bool (*cancelled)(void *baton); /* polled in waits and transfers */
    void *cancel_baton;
} mdshm__acme_opts_t;

typedef struct mdshm__acme_dir {
    char *url;
    char *new_nonce, *new_account, *new_order;    /* required */
    char *key_change, *revoke_cert, *renewal_info; /* NULL if not offered */
    char *terms_of_service, *website;             /* meta; NULL if absent */
    bool eab_required;                            /* meta */
    size_t n_profiles;                            /* meta.profiles */
    char **profiles;                              /* names */
    char **profile_descs;                         /* descriptions ("" if
                                                     not a string) */
} mdshm__acme_dir_t;

typedef struct mdshm__acme mdshm__acme_t;

/* A client for the CA at @dir_url.  Nothing is fetched yet.
 * @param[out] out  owned: mdshm__acme_destroy(). */
MDSHM_HIDDEN int mdshm__acme_create(const char *dir_url,
                                    const mdshm__acme_opts_t *opts,
                                    mdshm__acme_t **out);
MDSHM_HIDDEN void mdshm__acme_destroy(mdshm__acme_t *a);

/*
 * The CA's directory, fetched and validated on first use (or again with
 * @refresh).  Required: newNonce, newAccount, newOrder (http(s) URLs).
 * @param[out] dir  owned by @a, valid until the next refresh or destroy.
 */
MDSHM_HIDDEN int mdshm__acme_directory(mdshm__acme_t *a, bool refresh,
                                       const mdshm__acme_dir_t **dir,
                                       mdshm__acme_result_t *res);

/* Whether the directory offers profile @name (case-insensitive). */
MDSHM_HIDDEN bool mdshm__acme_dir_has_profile(const mdshm__acme_dir_t *d,
                                              const char *name);

/* Validate a directory document (exposed for tests): @out cleared first;
 * free with mdshm__acme_dir_clear(). */
MDSHM_HIDDEN int mdshm__acme_dir_parse(const char *url, const char *body,
                                       size_t len, mdshm__acme_dir_t *out,
                                       mdshm__acme_result_t *res);
MDSHM_HIDDEN void mdshm__acme_dir_clear(mdshm__acme_dir_t *d);

/* ------------------------------------------------------------------------
 * Accounts (acme_account.c)
 * ---------------------------------------------------------------------- */

typedef struct mdshm__acme_account {
    char *url;           /* the "kid" */
    char *status;        /* "valid", "deactivated", "revoked" */
    size_t n_contacts;
    char **contacts;
    bool tos_agreed;
    char *orders;        /* URL of the orders list; NULL if absent */
} mdshm__acme_account_t;

MDSHM_HIDDEN void mdshm__acme_account_clear(mdshm__acme_account_t *acct);

/* External account binding as the CA handed it out. */
typedef struct mdshm__acme_eab {
    const char *kid;
    const char *hmac_b64; /* base64url MAC key */
} mdshm__acme_eab_t;

/*
 * Use @key (copied) and account @url (copied; may be NULL until an
 * account call sets it) for the signed requests that follow.
 */
MDSHM_HIDDEN int mdshm__acme_use_account(mdshm__acme_t *a,
                                         const mdshm__pkey_t *key,
                                         const char *url);

/* The account URL in use, or NULL. */
MDSHM_HIDDEN const char *mdshm__acme_account_url(const mdshm__acme_t *a);

/*
 * Register an account for @key (newAccount).  @contacts: "mailto:..."
 * URLs (may be empty); @agree_tos: termsOfServiceAgreed; @eab: required
 * when the directory says externalAccountRequired (else MDSHM_EBADINPUT
 * before anything is sent).  An existing account for the key is returned
 * too (the CA answers 200).  On success the client uses key and account.
 * @param[out] out  may be NULL; else cleared and filled.
 */
MDSHM_HIDDEN int mdshm__acme_account_new(mdshm__acme_t *a,
                                         const mdshm__pkey_t *key,
                                         const char *const *contacts,
                                         size_t n_contacts, bool agree_tos,
                                         const mdshm__acme_eab_t *eab,
                                         mdshm__acme_account_t *out,
                                         mdshm__acme_result_t *res);

/* Find the account of @key (onlyReturnExisting); MDSHM_ENOTFOUND if the
 * CA has none.  On success the client uses key and account. */
MDSHM_HIDDEN int mdshm__acme_account_find(mdshm__acme_t *a,
                                          const mdshm__pkey_t *key,
                                          mdshm__acme_account_t *out,
                                          mdshm__acme_result_t *res);

/* Fetch the current account (an empty update). */
MDSHM_HIDDEN int mdshm__acme_account_get(mdshm__acme_t *a,
                                         mdshm__acme_account_t *out,
                                         mdshm__acme_result_t *res);

/* Replace the account's contacts. */
MDSHM_HIDDEN int mdshm__acme_account_update(mdshm__acme_t *a,
                                            const char *const *contacts,
                                            size_t n_contacts,
                                            mdshm__acme_account_t *out,
                                            mdshm__acme_result_t *res);

/* Deactivate the account (final: the CA refuses it from then on). */
MDSHM_HIDDEN int mdshm__acme_account_deactivate(mdshm__acme_t *a,
                                                mdshm__acme_account_t *out,
                                                mdshm__acme_result_t *res);

/* Roll the account over to @new_key (keyChange, RFC 8555 7.3.5); on
 * success the client signs with the new key. */
MDSHM_HIDDEN int mdshm__acme_account_rollover(mdshm__acme_t *a,
                                              const mdshm__pkey_t *new_key,
                                              mdshm__acme_result_t *res);

/* ------------------------------------------------------------------------
 * Identifiers (acme_ident.c), orders, authorizations, challenges
 * (acme_order.c)
 * ---------------------------------------------------------------------- */

typedef enum {
    MDSHM__ACME_UNKNOWN = 0,
    MDSHM__ACME_PENDING,
    MDSHM__ACME_READY,
    MDSHM__ACME_PROCESSING,
    MDSHM__ACME_VALID,
    MDSHM__ACME_INVALID,
    MDSHM__ACME_DEACTIVATED,
    MDSHM__ACME_EXPIRED,
    MDSHM__ACME_REVOKED
} mdshm__acme_status_t;

MDSHM_HIDDEN const char *mdshm__acme_status_name(mdshm__acme_status_t st);
MDSHM_HIDDEN mdshm__acme_status_t mdshm__acme_status_parse(const char *s);

typedef struct mdshm__acme_ident {
    char type[4];    /* "dns" or "ip" */
    char value[256]; /* lower-case DNS name (maybe "*.x"), or IP text */
} mdshm__acme_ident_t;

/* Classify and canonicalize @name: an IPv4/IPv6 address becomes "ip" in
 * canonical text (RFC 5952 for IPv6), anything else "dns" (lower case,
 * no trailing dot).  @return 0 or MDSHM_EBADINPUT. */
MDSHM_HIDDEN int mdshm__acme_ident(const char *name, mdshm__acme_ident_t *out);

typedef struct mdshm__acme_order {
    char *url;
    mdshm__acme_status_t status;
    int64_t expires_ms;          /* 0: not given */
    size_t n_idents;
    mdshm__acme_ident_t *idents;
    size_t n_authz;
    char **authz_urls;
    char *finalize_url;
    char *cert_url;              /* once valid */
    char *profile;               /* as the CA echoed it; NULL if none */
    char *replaces;              /* as the CA echoed it; NULL if none */
    bool replaces_dropped;       /* newOrder retried without "replaces" */
    mdshm__acme_result_t *error; /* the order's "error", NULL if none */
} mdshm__acme_order_t;

MDSHM_HIDDEN void mdshm__acme_order_clear(mdshm__acme_order_t *o);

/*
 * Create an order (newOrder) for @idents; @profile and @replaces (an ARI
 * certificate id) are optional.  If the CA rejects "replaces" (409
 * alreadyReplaced, 403, or a 400 that names it), the order is requested
 * again without it and out->replaces_dropped is set.
 */
MDSHM_HIDDEN int mdshm__acme_order_new(mdshm__acme_t *a,
                                       const mdshm__acme_ident_t *idents,
                                       size_t n, const char *profile,
                                       const char *replaces,
                                       mdshm__acme_order_t *out,
                                       mdshm__acme_result_t *res);

/* Fetch the order at @url (POST-as-GET): all a new leader needs. */
MDSHM_HIDDEN int mdshm__acme_order_get(mdshm__acme_t *a, const char *url,
                                       mdshm__acme_order_t *out,
                                       mdshm__acme_result_t *res);

/*
 * Poll @o (in/out: re-fetched from o->url, holding the last state seen
 * even on failure) until its status is @until (READY or VALID) or later,
 * honouring Retry-After, with backoff (0.5 s doubling to 10 s) otherwise,
 * never past @deadline_ms (unix ms).
 * @return 0, -ETIMEDOUT, -EAGAIN (the CA's Retry-After is beyond the
 *   deadline: res->retry_after_ms says when), -EPROTO (order invalid:
 *   its error in @res), -ECANCELED, or a request error.
 */
MDSHM_HIDDEN int mdshm__acme_order_poll(mdshm__acme_t *a,
                                        mdshm__acme_order_t *o,
                                        mdshm__acme_status_t until,
                                        int64_t deadline_ms,
                                        mdshm__acme_result_t *res);

/* Finalize @o with a DER CSR, then poll until valid (as order_poll). */
MDSHM_HIDDEN int mdshm__acme_order_finalize(mdshm__acme_t *a,
                                            mdshm__acme_order_t *o,
                                            const uint8_t *csr, size_t len,
                                            int64_t deadline_ms,
                                            mdshm__acme_result_t *res);

typedef struct mdshm__acme_challenge {
    char *type;                  /* "http-01", "dns-01", "tls-alpn-01".. */
    char *url;
    char *token;                 /* validated (base64url); NULL if absent */
    mdshm__acme_status_t status;
    mdshm__acme_result_t *error; /* NULL if none */
} mdshm__acme_challenge_t;

typedef struct mdshm__acme_authz {
    char *url;
    mdshm__acme_status_t status;
    mdshm__acme_ident_t ident;
    bool wildcard;
    int64_t expires_ms;
    size_t n_chall;
    mdshm__acme_challenge_t *chall;
} mdshm__acme_authz_t;

MDSHM_HIDDEN void mdshm__acme_authz_clear(mdshm__acme_authz_t *az);

MDSHM_HIDDEN int mdshm__acme_authz_get(mdshm__acme_t *a, const char *url,
                                       mdshm__acme_authz_t *out,
                                       mdshm__acme_result_t *res);

/* The first challenge of @az whose type comes first in @prefs (in order
 * of preference), or NULL if the CA offers none of them. */
MDSHM_HIDDEN const mdshm__acme_challenge_t *
mdshm__acme_authz_pick(const mdshm__acme_authz_t *az,
                       const char *const *prefs, size_t n_prefs);

/* Tell the CA to validate (POST {} to the challenge URL). */
MDSHM_HIDDEN int mdshm__acme_challenge_respond(mdshm__acme_t *a,
                                               const char *url,
                                               mdshm__acme_result_t *res);

/* Poll the authorization at @url until valid (0, @out filled) or invalid
 * (-EPROTO with the failed challenge's problem in @res); waits as
 * order_poll. */
MDSHM_HIDDEN int mdshm__acme_authz_poll(mdshm__acme_t *a, const char *url,
                                        int64_t deadline_ms,
                                        mdshm__acme_authz_t *out,
                                        mdshm__acme_result_t *res);

/* Key authorization for @token with the account key in use (malloc'ed). */
MDSHM_HIDDEN int mdshm__acme_key_authz(const mdshm__acme_t *a,
                                       const char *token, char **out);

/* ------------------------------------------------------------------------
 * Certificates (acme_cert.c)
 * ---------------------------------------------------------------------- */

#define MDSHM__ACME_MAX_CHAINS 4 /* the default plus 3 alternates */

typedef struct mdshm__acme_chains {
    size_t n;                    /* [0] is the default chain */
    struct {
        char *url;
        char *pem;               /* as downloaded (leaf first) */
        size_t pem_len;
        mdshm_chain_t *chain;    /* parsed */
    } c[MDSHM__ACME_MAX_CHAINS];
} mdshm__acme_chains_t;

MDSHM_HIDDEN void mdshm__acme_chains_clear(mdshm__acme_chains_t *cs);

/*
 * Download the certificate chain at @url (POST-as-GET, PEM) and, with
 * @alternates, the chains advertised by Link rel="alternate".  A chain
 * that is only a leaf is completed from Link rel="up" (PEM or DER).
 * Every chain is parsed; a bad alternate is skipped (logged), a bad
 * default chain is an error (-EBADMSG).
 */
MDSHM_HIDDEN int mdshm__acme_cert_download(mdshm__acme_t *a, const char *url,
                                           bool alternates,
                                           mdshm__acme_chains_t *out,
                                           mdshm__acme_result_t *res);

/* Index of the chain to use: the first whose topmost certificate's issuer
 * CN contains @preferred (case-insensitive; then any certificate's issuer
 * CN), else 0 (MDPreferredChain). */
MDSHM_HIDDEN size_t mdshm__acme_chain_choose(const mdshm__acme_chains_t *cs,
                                             const char *preferred);

/* Revoke a certificate (DER) with the account key; @reason an RFC 5280
 * CRLReason code or -1 to leave it out. */
MDSHM_HIDDEN int mdshm__acme_cert_revoke(mdshm__acme_t *a,
                                         const uint8_t *der, size_t len,
                                         int reason,
                                         mdshm__acme_result_t *res);

/* ------------------------------------------------------------------------
 * Renewal information, RFC 9773 (acme_ari.c)
 * ---------------------------------------------------------------------- */

/* base64url(AKI keyIdentifier) "." base64url(serial DER content bytes),
 * from raw parts (exposed for tests) or from a certificate's DER.
 * @param[out] out  malloc'ed.  MDSHM_EBADINPUT if the certificate has no
 * AKI keyIdentifier. */
MDSHM_HIDDEN int mdshm__ari_cert_id_raw(const uint8_t *aki, size_t aki_len,
                                        const uint8_t *serial,
                                        size_t serial_len, char **out);
MDSHM_HIDDEN int mdshm__ari_cert_id(const uint8_t *der, size_t len,
                                    char **out);

typedef struct mdshm__acme_ari {
    int64_t start_ms, end_ms;   /* suggestedWindow, unix ms */
    char *explanation_url;      /* NULL if absent */
    int64_t retry_after_ms;     /* absolute; 0 if the CA gave none */
} mdshm__acme_ari_t;

MDSHM_HIDDEN void mdshm__acme_ari_clear(mdshm__acme_ari_t *ari);

/* Parse a renewalInfo document (exposed for tests): end >= start
 * required.  @return 0 or -EBADMSG. */
MDSHM_HIDDEN int mdshm__acme_ari_parse(const char *body, size_t len,
                                       mdshm__acme_ari_t *out,
                                       mdshm__acme_result_t *res);

/* GET <renewalInfo>/<cert_id> (unsigned).  MDSHM_EUNSUPPORTED if the CA
 * offers no renewalInfo. */
MDSHM_HIDDEN int mdshm__acme_renewal_info(mdshm__acme_t *a,
                                          const char *cert_id,
                                          mdshm__acme_ari_t *out,
                                          mdshm__acme_result_t *res);

/* A uniformly random time in [start_ms, end_ms] (RFC 9773 4.2; not
 * mod_md's [start - w/2, start + w/2)). */
MDSHM_HIDDEN int64_t mdshm__acme_ari_random_time(const mdshm__acme_ari_t *ari);

/* ------------------------------------------------------------------------
 * Keys, CSRs, tls-alpn-01 certificates (keygen.c, csr.c)
 * ---------------------------------------------------------------------- */

/* Generate a key by mod_md spec: "rsa2048", "rsa3072", "rsa4096",
 * "secp256r1", "secp384r1" (MDSHM_EUNSUPPORTED for others).
 * @param[out] out  owned: mdshm__pkey_free(). */
MDSHM_HIDDEN int mdshm__keygen(const char *spec, mdshm__pkey_t **out);

/*
 * A DER PKCS#10 request for @names (DNS names and IP addresses, told
 * apart by syntax) signed with @key: all names in the subjectAltName, no
 * subject CN (RFC 8555 7.4 needs none), and the TLS feature
 * status_request (RFC 7633) if @must_staple.
 * @param[out] der  malloc'ed.
 */
MDSHM_HIDDEN int mdshm__csr_make(const mdshm__pkey_t *key,
                                 const char *const *names, size_t n,
                                 bool must_staple, uint8_t **der,
                                 size_t *len);

/* A tls-alpn-01 challenge certificate (RFC 8737 3; RFC 8738 6 for IP
 * identifiers) and its new key. */
typedef struct mdshm__alpn_cert {
    uint8_t *cert;     /* DER, malloc'ed */
    size_t cert_len;
    uint8_t *pkey;     /* PKCS#8 DER, malloc'ed, cleansed on clear */
    size_t pkey_len;
} mdshm__alpn_cert_t;

/*
 * Make a self-signed certificate for @ident (a DNS name or an IP address)
 * with the critical id-pe-acmeIdentifier extension holding
 * SHA-256(@key_authz), valid from one hour ago for 7 days, on a new key
 * of @key_spec (NULL: "secp256r1").
 */
MDSHM_HIDDEN int mdshm__alpn_cert_make(const char *ident,
                                       const char *key_authz,
                                       const char *key_spec,
                                       mdshm__alpn_cert_t *out);
MDSHM_HIDDEN void mdshm__alpn_cert_clear(mdshm__alpn_cert_t *c);

/* ------------------------------------------------------------------------
 * Shared by acme_*.c only
 * ---------------------------------------------------------------------- */

struct mdshm__acme {
    char *dir_url;
    mdshm__acme_opts_t opts;     /* strings not kept: http has copies */
    mdshm__http_t *http;
    mdshm__acme_dir_t dir;
    bool have_dir;
#define MDSHM__ACME_NONCES 8
    char *nonces[MDSHM__ACME_NONCES];
    size_t n_nonces;
    EVP_PKEY *key;               /* account key */
    char *kid;                   /* account URL */
};

/* Flags of mdshm__acme_post. */
#define MDSHM__ACME_JWK 1u       /* sign with "jwk" instead of "kid" */

/*
 * A signed POST of @payload (NULL: POST-as-GET) to @url: nonce from the
 * pool (HEAD newNonce when empty), badNonce retried with fresh nonces,
 * 5xx retried a few times with a short backoff, every Replay-Nonce kept.
 * @resp is filled on success (status < 400); an error answer becomes a
 * problem in @res and a code.
 */
MDSHM_HIDDEN int mdshm__acme_post(mdshm__acme_t *a, const char *url,
                                  const char *payload, unsigned flags,
                                  const char *accept,
                                  mdshm__http_resp_t *resp,
                                  mdshm__acme_result_t *res);

/* The same with a prepared JWS (keyChange): no nonce handling inside
 * @make, which is called with a fresh nonce for every attempt. */
typedef int mdshm__acme_jws_fn(mdshm__acme_t *a, const char *nonce,
                               void *baton, char **jws);
MDSHM_HIDDEN int mdshm__acme_post_with(mdshm__acme_t *a, const char *url,
                                       mdshm__acme_jws_fn *make, void *baton,
                                       const char *accept,
                                       mdshm__http_resp_t *resp,
                                       mdshm__acme_result_t *res);

/* An unsigned GET (directory, renewalInfo) with the same error mapping. */
MDSHM_HIDDEN int mdshm__acme_get(mdshm__acme_t *a, const char *url,
                                 mdshm__http_resp_t *resp,
                                 mdshm__acme_result_t *res);

/* Set @res (rv, detail from @fmt) and return @rv; logs at @level. */
MDSHM_HIDDEN int mdshm__acme_fail(mdshm__acme_result_t *res, int rv,
                                  mdshm_log_level_t level, const char *fmt,
                                  ...) __attribute__((format(printf, 4, 5)));

/* The last step of every public call: on failure record @rv in @res
 * (with a generic text if nothing described the failure), on success
 * clear @res.  @return @rv. */
MDSHM_HIDDEN int mdshm__acme_done(mdshm__acme_result_t *res, int rv);

/* Sleep until @until_ms (unix ms) in short slices, checking the cancel
 * callback.  @return 0 or -ECANCELED. */
MDSHM_HIDDEN int mdshm__acme_sleep_until(mdshm__acme_t *a, int64_t until_ms);

/* JSON helpers (acme_json.c).  A "field" getter returns 0 with *out set,
 * 0 with *out NULL if absent and !required, or -EBADMSG (logged, @res
 * filled) if absent-but-required, of the wrong type, or over @max bytes.
 * Strings and URLs are borrowed from @obj. */
MDSHM_HIDDEN int mdshm__acme_json_parse(const mdshm__http_resp_t *resp,
                                        const char *what, json_t **out,
                                        mdshm__acme_result_t *res);
MDSHM_HIDDEN int mdshm__acme_json_str(const json_t *obj, const char *key,
                                      bool required, size_t max,
                                      const char *what, const char **out,
                                      mdshm__acme_result_t *res);
MDSHM_HIDDEN int mdshm__acme_json_url(const json_t *obj, const char *key,
                                      bool required, const char *what,
                                      const char **out,
                                      mdshm__acme_result_t *res);
MDSHM_HIDDEN int mdshm__acme_json_time(const json_t *obj, const char *key,
                                       bool required, const char *what,
                                       int64_t *out,
                                       mdshm__acme_result_t *res);
/* Copy a borrowed string (NULL stays NULL). */
MDSHM_HIDDEN int mdshm__acme_strdup(const char *s, char **out);

/* Whether @url is an absolute http(s) URL of sane length. */
MDSHM_HIDDEN bool mdshm__acme_url_ok(const char *url);

/* RFC 3339 date-time ("2025-01-02T03:04:05.678Z", offsets allowed) to
 * unix ms.  @return 0 or MDSHM_EBADINPUT. */
MDSHM_HIDDEN int mdshm__rfc3339_parse(const char *s, int64_t *out_ms);

/* A problem object (order/challenge "error") into a new result. */
MDSHM_HIDDEN int mdshm__acme_problem_json(const json_t *obj, long status,
                                          mdshm__acme_result_t *res);

#endif
