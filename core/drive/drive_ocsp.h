/* drive_ocsp.h -- what the stapling thread's files share (internal):
 * drive_ocsp.c (rounds: scan, fetch, write, events, the thread) and
 * drive_ocsp_inbox.c (refresh and registration requests). */
#ifndef MDSHM_DRIVE_OCSP_H
#define MDSHM_DRIVE_OCSP_H

#include "drive.h"
#include "drive_periodic.h"
#include "ocsp.h"

#define OCSP_CHUNK 256        /* fetch outcomes (and registrations) per write */
#define OCSP_MAX_REFRESH 64   /* MDs named by refresh requests in one round */

typedef struct ocsp_item {
    char key[65];
    char *md;              /* NULL: registered by an adapter */
    char *url;
    uint8_t *leaf, *issuer;
    size_t leaf_len, issuer_len;
    int64_t not_after;
    bool registered;
    bool had_der;
    uint32_t prev_status;
    mdshm__ocsp_fetch_t f;
    int rv;
} ocsp_item_t;

struct mdshm__docsp {
    mdshm__periodic_t pt;  /* the thread; its next_due and seen_gen */
    mdshm_drive_t *d;
    unsigned parallel;
    unsigned timeout_ms;
    /* this thread's last write: the meta/gen its OCSP changes raised
     * (0: none) and the gen before; pt.seen_gen follows it when nothing
     * else changed the store meanwhile (no rescan for our own writes) */
    uint64_t w_gen, w_before;
    /* this round */
    bool refresh_all;
    size_t n_refresh;
    char *refresh[OCSP_MAX_REFRESH];
    size_t n_items, cap_items;
    ocsp_item_t *items;
    size_t n_active, cap_active;
    char (*active)[65];    /* sorted keys of certificates in use */
    size_t n_stale, cap_stale;
    char (*stale)[65];
    atomic_ulong requests; /* exchanges made (benchmarks, logs) */
    unsigned long rounds;
};

/* Pick up the inbox: refresh requests (o->refresh*, next_due = 0) and
 * registrations (stored at once, in batches).  Never fails (problems
 * are logged). */
MDSHM_HIDDEN void mdshm__drive_ocsp_inbox(mdshm__docsp_t *o);

#endif
