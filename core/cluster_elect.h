/* cluster_elect.h -- cluster leadership on etcd, and fenced writes
 * (docs/cluster.md, "Election and fencing").  Internal.
 *
 * Each host's leader runs one elector.  It holds a lease of its own (kept
 * alive at a third of its TTL) and campaigns for the key P"leader": a txn
 * creates it under the lease only if it is absent (create_revision 0),
 * with the host id as value.  The key's create_revision is the cluster
 * term.  Everybody watches the key: when it is deleted (lease expired or
 * revoked), the others campaign again.  A keepalive answered without a TTL
 * means the lease is gone: the leader steps down.
 *
 * Every cluster write goes through mdshm__cluster_fenced_txn, which adds
 * compares that the leader key still has this term's create_revision and
 * this lease: a paused or partitioned old leader's late writes are refused
 * by etcd itself, whatever the old leader's clock says.
 *
 * The elector also publishes this host's applied revision at
 * P"hosts/<host-id>" under its lease, so the cluster leader can wait until
 * every live host has applied a write (mdshm__cluster_hosts_read).
 *
 * Threads: mdshm__cluster_elect_step (or the thread started by
 * mdshm__cluster_elect_start) drives the elector with its own client;
 * mdshm__cluster_elect_resign belongs to that thread too (or call it after
 * mdshm__cluster_elect_stop).  The other calls may come from any thread,
 * each with its own client.
 */
#ifndef MDSHM_CLUSTER_ELECT_H
#define MDSHM_CLUSTER_ELECT_H

#include "etcd.h"

#define MDSHM__CLUSTER_HOST_ID_MAX 128

typedef enum {
    MDSHM__CLUSTER_NONE,     /* no lease (etcd unreachable, or stopped) */
    MDSHM__CLUSTER_FOLLOWER, /* another host leads (or nobody yet) */
    MDSHM__CLUSTER_LEADER
} mdshm__cluster_role_t;

/* The campaign's guard did not hold: @seen is what its key holds (NULL:
 * absent).  Runs on the elector's thread with its client @c.  0: campaign
 * again at once (the guard may hold now), <0: do not campaign (tried
 * again at the next step). */
typedef int mdshm__cluster_guard_fn(void *baton, mdshm__etcd_t *c,
                                    const void *seen, size_t seen_len);

typedef struct mdshm__cluster_elect_opts {
    const char *prefix;  /* e.g. "/mdshm/"; NULL: "/mdshm/" */
    const char *host_id; /* 1..128 bytes of [A-Za-z0-9._-] */
    int64_t ttl_s;       /* lease TTL; 0: 10 (etcd's minimum is 2) */
    /* Called when the role or the term changes, with the elector's lock
     * held: it must not block nor call the elector (the drive writes a
     * byte to its wake-up pipe).  NULL: none. */
    void (*on_change)(void *baton);
    void *change_baton;
    /* The guard (NULL key: none): campaign only while the etcd key
     * @guard_key holds @guard_value.  The compare is part of the
     * campaign's txn, so etcd refuses the leadership whenever it does not
     * hold (the key check: docs/cluster.md, "A wrong key file"). */
    const char *guard_key;
    const char *guard_value;
    mdshm__cluster_guard_fn *guard_fn; /* NULL: stay out */
    void *guard_baton;
} mdshm__cluster_elect_opts_t;

typedef enum {
    MDSHM__CLUSTER_GUARD_UNCHECKED, /* no campaign answered yet */
    MDSHM__CLUSTER_GUARD_OK,        /* held at the last campaign (or none) */
    MDSHM__CLUSTER_GUARD_REFUSED    /* did not: this host does not lead */
} mdshm__cluster_guard_t;

typedef struct mdshm__cluster_status {
    mdshm__cluster_role_t role;
    int64_t term;        /* ours when LEADER, else the leader's seen (0) */
    uint64_t lease;      /* ours, 0: none */
    char leader[MDSHM__CLUSTER_HOST_ID_MAX + 1]; /* "" if unknown */
    int64_t since_ms;    /* unix ms of the last role change */
    int last_err;        /* the last etcd error (0: the last call worked) */
    uint64_t fenced;     /* writes refused as fenced, ever */
    mdshm__cluster_guard_t guard; /* the campaign guard at the last one */
    int guard_err;       /* REFUSED: the guard function's error */
} mdshm__cluster_status_t;

typedef struct mdshm__cluster_elect mdshm__cluster_elect_t;

/* Make an elector; it works on a copy of @c (mdshm__etcd_dup).  Nothing is
 * sent until the first step. */
MDSHM_HIDDEN int mdshm__cluster_elect_create(
    mdshm__etcd_t *c, const mdshm__cluster_elect_opts_t *opts,
    mdshm__cluster_elect_t **out);
/* Stop the thread if any, resign, free. */
MDSHM_HIDDEN void mdshm__cluster_elect_destroy(mdshm__cluster_elect_t *e);

/* Do what is due (grant a lease, keep it alive, campaign, read the watch)
 * and wait for changes up to @max_wait_ms.  @return the role after it. */
MDSHM_HIDDEN mdshm__cluster_role_t mdshm__cluster_elect_step(
    mdshm__cluster_elect_t *e, int max_wait_ms);

/* Run steps in a thread of its own until mdshm__cluster_elect_stop. */
MDSHM_HIDDEN int mdshm__cluster_elect_start(mdshm__cluster_elect_t *e);
MDSHM_HIDDEN void mdshm__cluster_elect_stop(mdshm__cluster_elect_t *e);

/* Give leadership up: revoke the lease (the key and our hosts entry go
 * with it).  The elector stays a follower without lease until the next
 * step, which campaigns again, unless stopped. */
MDSHM_HIDDEN int mdshm__cluster_elect_resign(mdshm__cluster_elect_t *e);

MDSHM_HIDDEN void mdshm__cluster_elect_status(mdshm__cluster_elect_t *e,
                                              mdshm__cluster_status_t *st);

/* The etcd key of the leader (P"leader"), of a host's entry. */
MDSHM_HIDDEN const char *mdshm__cluster_elect_leader_key(
    const mdshm__cluster_elect_t *e);

/* A leadership term as writes carry it: the leader key's create_revision
 * and the lease it lives under. */
typedef struct mdshm__cluster_fence {
    int64_t term;
    uint64_t lease;
} mdshm__cluster_fence_t;

/* The current term as a fence, for a piece of work to carry through all
 * its writes (work begun in one term never writes in a later one, even if
 * this host leads again).  @return 0, MDSHM_ENOTLEADER. */
MDSHM_HIDDEN int mdshm__cluster_elect_fence(mdshm__cluster_elect_t *e,
                                            mdshm__cluster_fence_t *fence);

/* Run @t as a fenced write of term @fence with client @c: adds the
 * compares that the leader key still has the term's create_revision and
 * lease (at most MDSHM__ETCD_MAX_TXN_OPS - 2 compares of the caller's; the
 * failure branch gets a range of the leader key after the caller's
 * operations).  It does not look at the elector's role: etcd decides.
 * @return 0 with @resp (succeeded false only when a compare of the
 *   caller's failed), MDSHM_EFENCED (the term is over: if it was the
 *   elector's current one, the elector has stepped down already), or an
 *   etcd error (MDSHM__ETCD_ETIMEDOUT: outcome unknown, read it back;
 *   MDSHM__ETCD_ENOLEADER: not attempted). */
MDSHM_HIDDEN int mdshm__cluster_fenced_txn(mdshm__cluster_elect_t *e,
                                           mdshm__etcd_t *c,
                                           const mdshm__cluster_fence_t *fence,
                                           const mdshm__etcd_txn_t *t,
                                           mdshm__etcd_txn_resp_t *resp);

/* Publish that this host has applied etcd revision @rev: P"hosts/<id>" =
 * {"host":id,"applied":rev,"at":unix ms}, under our lease, with client @c
 * (now if there is a lease; the elector republishes after a new lease). */
MDSHM_HIDDEN int mdshm__cluster_publish_applied(mdshm__cluster_elect_t *e,
                                                mdshm__etcd_t *c,
                                                int64_t rev);

typedef struct mdshm__cluster_host {
    char id[MDSHM__CLUSTER_HOST_ID_MAX + 1];
    int64_t applied; /* revision */
    int64_t at_ms;   /* when published */
    uint64_t lease;
} mdshm__cluster_host_t;

/* One P"hosts/" entry's value into @out.  false: malformed. */
MDSHM_HIDDEN bool mdshm__cluster_host_parse(const mdshm__etcd_kv_t *kv,
                                            mdshm__cluster_host_t *out);

/* Every live host's entry under @prefix (malloc'ed array; free()).
 * @revision (may be NULL): the store's revision at the read. */
MDSHM_HIDDEN int mdshm__cluster_hosts_read(mdshm__etcd_t *c,
                                           const char *prefix,
                                           mdshm__cluster_host_t **hosts,
                                           size_t *n, int64_t *revision);

/* How many of @hosts have applied less than @rev (0: all caught up),
 * not counting host @self (NULL: none): the cluster leader has what it
 * wrote in its store once the write returns. */
MDSHM_HIDDEN size_t mdshm__cluster_hosts_behind(
    const mdshm__cluster_host_t *hosts, size_t n, int64_t rev,
    const char *self);

/* A host id is 1..128 of [A-Za-z0-9._-] (it is part of a key). */
MDSHM_HIDDEN bool mdshm__cluster_host_id_valid(const char *id);

#endif
