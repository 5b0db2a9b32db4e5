/* drive_crl.h -- what the CRL thread's files share (internal):
 * drive_crl.c (rounds: scan, groups, write, events, the thread) and
 * drive_crl_fetch.c (one fetch per URL, bounded parallelism, the
 * answers of a CRL for its certificates). */
#ifndef MDSHM_DRIVE_CRL_H
#define MDSHM_DRIVE_CRL_H

#include "drive.h"
#include "drive_periodic.h"
#include "crl.h"

typedef struct mdshm__dcrl mdshm__dcrl_t;

/* Distribution points tried per certificate. */
#define CRL_MAX_URLS 4

/* What the rounds need of one certificate, parsed once per leadership
 * term (certificates never change under their SHA-256; a d2i_X509 costs
 * about 0.1 ms with OpenSSL 3, so parsing every certificate every round
 * was most of a round: docs/benchmarks.md). */
typedef struct crl_cert {
    char key[MDSHM__CRL_KEY_LEN + 1];
    char *urls[CRL_MAX_URLS]; /* its http:// distribution points */
    unsigned n_urls;
    uint32_t skipped;         /* distribution points we do not fetch */
    ASN1_INTEGER *serial;
    X509_NAME *issuer_name;
    bool seen;                /* in this round's scan */
} crl_cert_t;

typedef struct crl_item {
    char key[MDSHM__CRL_KEY_LEN + 1];
    char *md;
    const crl_cert_t *cert; /* in c->certs (the cache owns it) */
    char *fallback;         /* MDCRLUrl, when the certificate names none */
    const char *url;        /* the URL tried now: cert->urls[url_i] or
                               fallback */
    unsigned url_i, n_urls;
    uint8_t *issuer;
    size_t issuer_len;
    bool is_static;        /* a static set: we cannot renew it */
    bool had_rec;          /* an outcome was stored */
    uint32_t prev_status;
    bool cond_ok;          /* its outcome came from the CRL the validators
                              name: a 304 (from rec_url) keeps it */
    char *rec_url;         /* the URL of the stored outcome */
    char *etag, *last_modified;
    bool due;
    /* this round's outcome */
    size_t group;          /* its last fetch: c->groups[group] */
    int rv;                /* 0: answered; <0: failed (error) */
    bool not_modified;
    mdshm__crl_answer_t ans;
    int64_t this_update, next_update;
    char tried[256];       /* URLs that failed before this one, and why */
    char error[256];
} crl_item_t;

/* One fetch: the items c->order[from, to), which name the same URL. */
typedef struct crl_group {
    size_t from, to;
    char *etag, *last_modified; /* what the server sent (200) */
    int64_t retry_after_ms;
} crl_group_t;

struct mdshm__dcrl {
    mdshm__periodic_t pt;  /* the thread; its next_due and seen_gen */
    mdshm_drive_t *d;
    unsigned parallel;
    unsigned timeout_ms;
    size_t n_items, cap_items;
    crl_item_t *items;
    size_t n_order, cap_order;
    size_t *order;        /* item indices, grouped by URL per pass */
    size_t n_groups, cap_groups;
    crl_group_t *groups;
    size_t n_certs, cap_certs;
    crl_cert_t **certs;   /* the cache, sorted by key between rounds */
    size_t n_active, cap_active;
    char (*active)[MDSHM__CRL_KEY_LEN + 1];
    size_t n_stale, cap_stale;
    char (*stale)[MDSHM__CRL_KEY_LEN + 1];
    atomic_ulong requests;
    unsigned long rounds;
};


/* Stop asked (the thread's or the drive's).  Inline: the fetch file and
 * the round file both ask, and neither depends on the other for it. */
static inline bool mdshm__drive_crl_stopping(mdshm__dcrl_t *c)
{
    return mdshm__periodic_stopping(&c->pt);
}

/* The item of position @i in c->order. */
static inline crl_item_t *crl_item_at(mdshm__dcrl_t *c, size_t i)
{
    return &c->items[c->order[i]];
}

/* Fetch the CRL of every group of this round (c->groups), at most
 * c->parallel at a time, and fill each item's outcome: answered (rv 0;
 * not_modified after a 304), or failed (rv < 0, error set).  An item
 * whose URL failed (network, HTTP status, a refused CRL) is tried at its
 * certificate's next distribution point, grouped again by URL, until
 * one answers or none is left. */
MDSHM_HIDDEN void mdshm__drive_crl_fetch(mdshm__dcrl_t *c);

#endif
