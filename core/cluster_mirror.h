/* cluster_mirror.h -- the mirror thread of cluster mode (docs/cluster.md,
 * "The mirror"): on every host's leader, what etcd holds under P"data/"
 * is copied into this host's store.  A paginated range pinned at one
 * revision is applied as one replacement (mdshm__cluster_replace_keep),
 * then a watch from the next revision is applied answer by answer
 * (mdshm__cluster_apply).  A compaction cancel resyncs from a fresh
 * range, and so does etcd's revision found below the recorded one (etcd
 * restored from a snapshot, or a new etcd cluster: a watch from the
 * recorded revision would wait for a revision etcd has not reached); a broken stream resumes from meta/cluster-rev + 1 (the client
 * moves to the next member); a stream silent for @silence_ms is reopened.
 * After each batch the applied revision is published under the host's
 * lease (mdshm__cluster_publish_applied).  Internal. */
#ifndef MDSHM_CLUSTER_MIRROR_H
#define MDSHM_CLUSTER_MIRROR_H

#include "cluster.h"
#include "cluster_elect.h"

typedef struct mdshm__cluster_mirror mdshm__cluster_mirror_t;

typedef struct mdshm__cluster_mirror_opts {
    mdshm_store_t *st;                 /* reads meta/cluster-rev */
    mdshm__candidate_t *cand;          /* the host leader's candidate */
    mdshm__etcd_t *etcd;               /* duplicated: the thread's own */
    mdshm__cluster_elect_t *elect;     /* publishes the applied revision */
    const mdshm__cluster_kek_t *kek;   /* borrowed: outlives the mirror */
    const char *prefix;                /* borrowed */
    int silence_ms;                    /* 0: 20000 (2 x a 10 s progress
                                          notify interval) */
    mdshm__cluster_keep_fn *keep;      /* replacement exceptions; NULL */
    void *keep_baton;
    /* Called when the applied revision moved, with the mirror's lock
     * held: it must not block nor call the mirror.  NULL: none. */
    void (*on_applied)(void *baton);
    void *applied_baton;
} mdshm__cluster_mirror_opts_t;

typedef struct mdshm__cluster_mirror_status {
    int64_t applied;     /* meta/cluster-rev after the last batch (0) */
    int64_t seen;        /* the highest etcd revision heard of */
    bool synced;         /* a range was applied (or etcd had no data) */
    int last_err;        /* 0: the last step worked */
    uint64_t resyncs;    /* ranges applied (first sync, compactions,
                            restores) */
    uint64_t restores;   /* resyncs because etcd's revision was below the
                            store's: etcd restored or replaced */
    uint64_t reopens;    /* watches opened again (breaks, silence) */
    int64_t applied_ms;  /* unix ms of the last applied batch */
} mdshm__cluster_mirror_status_t;

/* Start the thread.  @return 0, -ENOMEM, -errno. */
MDSHM_HIDDEN int mdshm__cluster_mirror_start(
    const mdshm__cluster_mirror_opts_t *opts, mdshm__cluster_mirror_t **out);
/* Stop and join it, free.  NULL is fine. */
MDSHM_HIDDEN void mdshm__cluster_mirror_stop(mdshm__cluster_mirror_t *m);

/* Wait until the applied revision is at least @rev (and the first sync
 * done), at most @timeout_ms.  @return 0, -ETIMEDOUT. */
MDSHM_HIDDEN int mdshm__cluster_mirror_wait(mdshm__cluster_mirror_t *m,
                                            int64_t rev, int timeout_ms);

MDSHM_HIDDEN void mdshm__cluster_mirror_status(mdshm__cluster_mirror_t *m,
                                               mdshm__cluster_mirror_status_t
                                                   *st);

#endif
