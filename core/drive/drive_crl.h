/* drive_crl.h -- what the CRL thread's files share (internal):
 * drive_crl.c (rounds: scan, groups, write, events, the thread) and
 * drive_crl_fetch.c (one fetch per URL, bounded parallelism, the
 * answers of a CRL for its certificates). */
#ifndef MDSHM_DRIVE_CRL_H
#define MDSHM_DRIVE_CRL_H

#include "drive.h"
#include "crl.h"

typedef struct mdshm__dcrl mdshm__dcrl_t;

typedef struct crl_item {
    char key[MDSHM__CRL_KEY_LEN + 1];
    char *md;
    char *url;
    uint8_t *leaf, *issuer;
    size_t leaf_len, issuer_len;
    uint32_t skipped;
    bool is_static;        /* a static set: we cannot renew it */
    bool had_rec;          /* an outcome was stored */
    uint32_t prev_status;
    bool cond_ok;          /* its outcome came from the CRL the validators
                              name: a 304 keeps it */
    char *etag, *last_modified;
    bool due;
    /* this round's outcome */
    int rv;                /* 0: answered; <0: failed (error) */
    bool not_modified;
    mdshm__crl_answer_t ans;
    int64_t this_update, next_update;
    char error[256];
} crl_item_t;

/* The certificates of one URL: items[from, to) after sorting by URL. */
typedef struct crl_group {
    size_t from, to;
    char *etag, *last_modified; /* what the server sent (200) */
    int64_t retry_after_ms;
} crl_group_t;

struct mdshm__dcrl {
    mdshm_drive_t *d;
    pthread_t thread;
    atomic_bool stop;
    int wake[2];
    unsigned parallel;
    unsigned timeout_ms;
    int64_t next_due;
    uint64_t seen_gen;
    size_t n_items, cap_items;
    crl_item_t *items;
    size_t n_groups;
    crl_group_t *groups;
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
    return atomic_load(&c->stop) || mdshm__drive_cancelled(c->d);
}

/* Fetch the CRL of every group of this round (c->groups), at most
 * c->parallel at a time, and fill each item's outcome: answered (rv 0;
 * not_modified after a 304), or failed (rv < 0, error set). */
MDSHM_HIDDEN void mdshm__drive_crl_fetch(mdshm__dcrl_t *c);

#endif
