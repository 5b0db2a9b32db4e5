/* drive_periodic.h -- a leader thread that runs rounds when they are due
 * (internal): the stapling thread (drive_ocsp.c) and the CRL thread
 * (drive_crl.c) are two of these.
 *
 * The piece owns the thread, its stop flag and its wake-up pipe, and the
 * loop: a pass every second at the latest (a stop, a cancelled drive and
 * an inbox are noticed), a round at once when the store's meta/gen moved
 * since the owner's last scan (a certificate was installed: check it
 * now), else when next_due comes.  The owner's rounds set next_due and
 * seen_gen; its fetches run on mdshm__periodic_pool. */
#ifndef MDSHM_DRIVE_PERIODIC_H
#define MDSHM_DRIVE_PERIODIC_H

#include "drive.h"

typedef struct mdshm__periodic mdshm__periodic_t;

typedef struct mdshm__periodic_ops {
    /* every pass, first (NULL: nothing): the stapling thread's inbox */
    void (*before)(mdshm__periodic_t *p);
    /* due: one round, which sets p->next_due */
    void (*round)(mdshm__periodic_t *p);
    /* a pass with no round (NULL: nothing) */
    void (*idle)(mdshm__periodic_t *p);
} mdshm__periodic_ops_t;

struct mdshm__periodic {
    mdshm_drive_t *d;
    const mdshm__periodic_ops_t *ops;
    void *owner;        /* the stapling or CRL thread's state */
    int64_t next_due;   /* wall-clock ms of the next round (0: now) */
    uint64_t seen_gen;  /* meta/gen at the owner's last scan */
    pthread_t thread;
    atomic_bool stop;
    int wake[2];
};

/* Start @p's thread for @owner (next_due 0: a round at once).
 * @return 0, -errno (nothing started; @p holds nothing to release). */
MDSHM_HIDDEN int mdshm__periodic_start(mdshm__periodic_t *p,
                                       mdshm_drive_t *d,
                                       const mdshm__periodic_ops_t *ops,
                                       void *owner);
/* Stop and join the thread (a round in progress sees the stop through
 * mdshm__periodic_stopping); the owner then frees what its rounds keep. */
MDSHM_HIDDEN void mdshm__periodic_stop(mdshm__periodic_t *p);

/* Stop asked: the thread's own, or the drive's. */
static inline bool mdshm__periodic_stopping(mdshm__periodic_t *p)
{
    return atomic_load(&p->stop) || mdshm__drive_cancelled(p->d);
}

/* Run @fn(@arg) on min(@parallel, @jobs, 64) threads, this one included,
 * and wait for all: @fn takes jobs from @arg until none is left. */
MDSHM_HIDDEN void mdshm__periodic_pool(unsigned parallel, size_t jobs,
                                       void *(*fn)(void *), void *arg);

#endif
