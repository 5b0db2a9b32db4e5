/* drive.h -- the leader's renewal loop (internal).
 *
 * Files:
 *   drive.c            mdshm_drive_*: candidate, leadership, the main loop
 *                      (next wake-up = earliest due time), worker threads
 *   drive_run.c        what the threads share: the stop test, the wake-up,
 *                      a run's reports (the bottom: calls no drive file)
 *   drive_queue.c      the schedule: due heap, runs per CA, wait queues,
 *                      finished runs (O(log n) per event)
 *   drive_request.c    the renewal requests inbox (core/request.c writes
 *                      <store>/requests/renew-<hash>)
 *   drive_sync.c       configuration -> store, fenced transactions of 1,024 MDs
 *   drive_plan.c       timing: windows, backoff, failover, ARI (schedule.h)
 *   drive_md.c         one run for one MD: load, decide, ARI, outcome
 *   drive_order.c      one resumable order per key spec: finalize, download
 *   drive_account.c    the ACME account: reuse a stored one or register
 *   drive_challenge.c  challenge choice, setup, answers, cleanup
 *   drive_stage.c      staging records: load, save, drop (order progress)
 *   drive_activate.c   staging -> active in one transaction, events
 *   drive_ocsp*.c      the stapling thread (see ocsp.h, drive_ocsp.h)
 *
 * Threads: the main loop (mdshm_drive_run) owns the schedule; a heartbeat
 * thread owns leadership upkeep while leading (mdshm__candidate_tick), so the
 * heartbeat never waits for the amount of work; every MD run happens on a
 * worker thread of its own with its own ACME client, at most max_parallel
 * per CA at a time.  Workers share
 * only the candidate (thread-safe fenced writes), the store and the
 * account mutex.  Network I/O never happens inside a write callback.
 */
#ifndef MDSHM_DRIVE_H
#define MDSHM_DRIVE_H

#include "config.h"

#include "acme.h"
#include "events.h"
#include "http01.h"
#include "joblog.h"
#include "request.h"

#include <pthread.h>
#include <stdatomic.h>

struct mdshm__config_md;
struct mdshm__config_global;

/* mdshm_staging_rec_t.state: how far the order of one key spec got.  The
 * CA's order status is the truth on resume; this is for status output and
 * to know that a chain is complete. */
enum {
    MDSHM__STG_KEY = 0,        /* key made, no order (yet / any more) */
    MDSHM__STG_ORDERED = 1,    /* order created; key stored with it */
    MDSHM__STG_AUTHORIZED = 2, /* authorizations valid */
    MDSHM__STG_FINALIZING = 3, /* CSR about to be / being submitted */
    MDSHM__STG_DONE = 4        /* chain downloaded: ready to activate */
};

/* What a run tells the main loop. */
typedef struct mdshm__dres {
    int64_t next_ms;   /* when to run again */
    uint32_t errors;   /* the error count after the run */
    bool keep_forced;  /* a requested renewal failed: retry it forced */
} mdshm__dres_t;

/* One MD as the main loop sees it.  Fields after "main loop" are touched
 * only by the main thread, or by the worker while @running (the main
 * thread reads them after joining it). */
typedef struct mdshm__dmd {
    struct mdshm_drive *drive;
    const struct mdshm__config_md *cfg;
    const char *name;
    mdshm__window_t renew_win, warn_win;
    /* main loop */
    int64_t due_ms;        /* next run; INT64_MAX: none */
    uint32_t errors;       /* consecutive failures (CA choice) */
    bool requested;        /* mdshm renew: renew at the next run */
    bool running;
    bool forced;           /* the running run was requested */
    pthread_t thread;
    atomic_bool done;      /* the worker finished: join it */
    bool keep_forced;      /* a requested renewal failed: retry it forced */
    mdshm__dres_t res;     /* written by the worker, read after joining */
    /* drive_queue.c */
    size_t heap_pos;       /* in d->heap; SIZE_MAX: not waiting for a time */
    size_t next_wait;      /* next in its CA's wait queue; SIZE_MAX: none */
    uint32_t run_ca;       /* the CA of the run in progress or awaited */
    uint32_t ca_ids[MDSHM_MAX_LIST]; /* interned ca_urls (0: no ACME) */
    uint8_t n_cas;         /* ca_urls in use (0: static or no ACME) */
    uint32_t export_errors; /* MDExportDir failures in a row (the run's
                               worker, like res) */
} mdshm__dmd_t;

typedef struct mdshm__hent {
    int64_t key;           /* due_ms, INT64_MIN if requested */
    size_t md;
} mdshm__hent_t;

typedef struct mdshm__dname {
    const char *name;
    size_t md;
} mdshm__dname_t;

struct mdshm_drive {
    mdshm_store_t *st;
    const mdshm_config_t *cfg;
    const struct mdshm__config_global *g;
    char *http01_addr;     /* --http01-listen, split; NULL: none */
    unsigned http01_port;
    unsigned max_parallel;
    mdshm_candidate_opts_t copts;
    mdshm__candidate_t *cand;
    mdshm__http01_server_t *http01;
    int64_t http01_retry_ms;
    atomic_bool stop;
    atomic_bool running;
    int wake[2];           /* self-pipe: stop and finished workers */
    size_t n_mds;
    mdshm__dmd_t *mds;
    pthread_mutex_t acct_mu; /* one account selection at a time */
    /* the schedule (drive_queue.c; main loop only unless noted) */
    mdshm__hent_t *heap;   /* MDs waiting for their due time */
    size_t heap_n;
    size_t n_cas;          /* interned CA URLs + 1 */
    unsigned *ca_busy;     /* runs in progress per CA */
    size_t *wq_head, *wq_tail; /* per CA: due MDs waiting for a slot */
    pthread_mutex_t fin_mu; /* guards fin, fin_n (worker threads append) */
    size_t *fin, fin_n, *fin_tmp;
    mdshm__dname_t *by_name; /* sorted by name */
    uint64_t sched_ops;    /* work units, for the complexity test */
    /* the heartbeat thread while leading */
    pthread_t hb_thread;
    pthread_mutex_t hb_mu;
    pthread_cond_t hb_cv;
    bool hb_stop;          /* under hb_mu */
    atomic_bool hb_lost;   /* leadership lost */
    _Atomic int64_t loop_ms; /* mono ms the main loop last went round */
    mdshm__event_cmds_t ev;
    char *const *export_argv; /* MDExportCmd; NULL: none */
    /* global timing, from the configuration */
    int64_t retry_delay_ms, check_interval_ms, initial_delay_ms;
    int64_t activation_delay_ms;
    unsigned failover;
    char *req_dir;         /* <store>/requests */
    /* OCSP stapling (drive_ocsp.c) */
    struct mdshm__docsp *ocsp; /* the stapling thread while leading */
    unsigned ocsp_parallel, ocsp_timeout_ms;
    bool ocsp_no_nonce;
    /* CRL checks (drive_crl.c) */
    struct mdshm__dcrl *crl;   /* the CRL thread while leading */
    /* cluster mode (drive_cluster.c): set up while leading the host */
    struct mdshm__dcluster *cl;
    atomic_bool cl_follower; /* cluster mode and another host leads: no
                                ACME, OCSP or CRL work here */
    int64_t cl_retry_ms;     /* a failed start is tried again then */
    /* reading the configuration again (mdshm_drive_reload, drive.c) */
    atomic_bool reload;    /* asked (async-signal-safe): the loop does it */
    atomic_bool reloading; /* the runs stop at their next step for it */
    char *conf_path;       /* opts.conf_path, copied; NULL: none */
    mdshm_config_t *own_cfg; /* cfg, when the drive loaded it */
    const mdshm_config_t *prev_cfg; /* in force before a reload, kept */
    mdshm_config_t *prev_own;       /*   until the new one is in the store */
};

/* mdshm_drive_stop() that also cancels a candidate wait in progress (not
 * async-signal-safe; for a worker's detach). */
MDSHM_HIDDEN void mdshm__drive_stop_now(mdshm_drive_t *d);
/* Start the MDs due at @now (as many per CA as max_parallel allows; the
 * others queue for a slot): O(k log n) for k due MDs. */
MDSHM_HIDDEN void mdshm__drive_dispatch(mdshm_drive_t *d, int64_t now);

/* ---- drive_run.c (the bottom of the drive) ----------------------------- */

/* Wake the main loop (async-signal-safe). */
MDSHM_HIDDEN void mdshm__drive_wake(mdshm_drive_t *d);
/* ACME cancel callback: stopping, or leadership lost. */
MDSHM_HIDDEN bool mdshm__drive_cancelled(void *baton);

/* ---- drive_queue.c ----------------------------------------------------- */

MDSHM_HIDDEN int mdshm__drive_queue_init(mdshm_drive_t *d);
MDSHM_HIDDEN void mdshm__drive_queue_free(mdshm_drive_t *d);
/* Every MD that is not running waits for its due time; no slots in use. */
MDSHM_HIDDEN void mdshm__drive_queue_reset(mdshm_drive_t *d);
/* Wait for m->due_ms (no-op if it waits already). */
MDSHM_HIDDEN void mdshm__drive_queue_push(mdshm_drive_t *d, mdshm__dmd_t *m);
/* The MD due first if due at @now (a requested one first), taken out. */
MDSHM_HIDDEN mdshm__dmd_t *mdshm__drive_queue_pop_due(mdshm_drive_t *d,
                                                      int64_t now);
/* The earliest due time of a waiting MD (INT64_MIN: a request), or
 * INT64_MAX. */
MDSHM_HIDDEN int64_t mdshm__drive_queue_earliest(const mdshm_drive_t *d);
/* Mark @m requested (renew at once). */
MDSHM_HIDDEN void mdshm__drive_queue_request(mdshm_drive_t *d,
                                             mdshm__dmd_t *m);
/* The interned CA @m's next run uses (0 for MDs without ACME). */
MDSHM_HIDDEN uint32_t mdshm__drive_queue_ca(const mdshm_drive_t *d,
                                            const mdshm__dmd_t *m);
MDSHM_HIDDEN bool mdshm__drive_queue_slot_free(const mdshm_drive_t *d,
                                               uint32_t ca);
/* Queue a due @m behind the runs of @ca. */
MDSHM_HIDDEN void mdshm__drive_queue_wait(mdshm_drive_t *d, mdshm__dmd_t *m,
                                          uint32_t ca);
/* The first MD waiting for @ca if a slot is free, taken out; else NULL. */
MDSHM_HIDDEN mdshm__dmd_t *mdshm__drive_queue_next_waiting(mdshm_drive_t *d,
                                                           uint32_t ca);
/* A worker thread's run of @m is over (any thread). */
MDSHM_HIDDEN void mdshm__drive_queue_finished(mdshm_drive_t *d,
                                              mdshm__dmd_t *m);
/* The finished runs since the last call, into @out (n_mds entries). */
MDSHM_HIDDEN size_t mdshm__drive_queue_take_finished(mdshm_drive_t *d,
                                                     size_t *out);
/* The configured MD called @name, or NULL (binary search). */
MDSHM_HIDDEN mdshm__dmd_t *mdshm__drive_queue_find(mdshm_drive_t *d,
                                                   const char *name);

/* ---- drive_request.c --------------------------------------------------- */

/* Pick up renewal requests: @fn for each requested MD name; the request
 * file is deleted.  Never fails (problems are logged). */
MDSHM_HIDDEN void mdshm__drive_request_poll(mdshm_drive_t *d,
                                            void (*fn)(mdshm_drive_t *d,
                                                  const char *md));

/* ---- drive_ocsp.c ------------------------------------------------------ */

typedef struct mdshm__docsp mdshm__docsp_t;
/* Start the stapling thread (if any stapling is configured); the main
 * loop calls it once leading with the configuration synced. */
MDSHM_HIDDEN int mdshm__drive_ocsp_start(mdshm_drive_t *d);
/* Stop and join it (leadership lost or stopping).  No-op if not started. */
MDSHM_HIDDEN void mdshm__drive_ocsp_stop(mdshm_drive_t *d);

/* ---- drive_crl.c ------------------------------------------------------- */

/* Start the CRL thread (if any MD has MDCRLCheck on); like the stapling
 * thread, once leading with the configuration synced. */
MDSHM_HIDDEN int mdshm__drive_crl_start(mdshm_drive_t *d);
/* Stop and join it.  No-op if not started. */
MDSHM_HIDDEN void mdshm__drive_crl_stop(mdshm_drive_t *d);

/* ---- drive_cluster.c --------------------------------------------------- */

/* Whether MDClusterEndpoints is configured. */
MDSHM_HIDDEN bool mdshm__drive_cluster_on(const mdshm_drive_t *d);
/* Set up cluster mode while leading the host (no-op without it): etcd
 * client, elector, mirror, commit hook.  Sets d->cl_follower.  <0: not
 * started (logged; mdshm__drive_cluster_step tries again). */
MDSHM_HIDDEN int mdshm__drive_cluster_start(mdshm_drive_t *d);
/* Tear it down (resigns the cluster leadership).  No-op if not started. */
MDSHM_HIDDEN void mdshm__drive_cluster_stop(mdshm_drive_t *d);
/* Each round of the main loop: 1 this host has just become the cluster
 * leader and is ready for work (seeded, mirror caught up), -1 it has just
 * stopped leading (stop the work), 0 no change. */
MDSHM_HIDDEN int mdshm__drive_cluster_step(mdshm_drive_t *d);
/* Renewal requests across hosts, each round: a host that does not lead
 * the cluster forwards its store's requests (`mdshm renew`) into etcd; the
 * cluster leader takes them from etcd and calls @fn for each MD. */
MDSHM_HIDDEN void mdshm__drive_cluster_requests(
    mdshm_drive_t *d, void (*fn)(mdshm_drive_t *d, const char *md));
/* Before telling the CA a challenge is ready: wait until every live host
 * has applied the challenge records (0), or fail the run (logged, r->res
 * set) after a timeout.  0 at once outside cluster mode. */
struct mdshm__run;
MDSHM_HIDDEN int mdshm__drive_cluster_challenges_wait(struct mdshm__run *r);

/* ---- drive_sync.c ------------------------------------------------------ */

/* Write the configuration into the store (one fenced transaction).
 * @return 0, MDSHM_EBADINPUT (the configuration does not fit the store:
 * logged), or a store error. */
MDSHM_HIDDEN int mdshm__drive_sync(mdshm_drive_t *d);

/* ---- drive_plan.c ------------------------------------------------------ */

/* A random number in [0, 1) (jitter; not for secrets). */
MDSHM_HIDDEN double mdshm__drive_plan_rand(void);
/* When less than @w of [nb_ms, na_ms] is left. */
MDSHM_HIDDEN int64_t mdshm__drive_plan_window(int64_t nb_ms, int64_t na_ms,
                                              mdshm__window_t w);
/* The next attempt after failure number @errors (jittered backoff from
 * @base_ms, 24 h at most; never before @retry_after_ms). @max: input
 * errors wait the maximum. */
MDSHM_HIDDEN int64_t mdshm__drive_plan_retry(int64_t now, int64_t base_ms,
                                             uint32_t errors,
                                             int64_t retry_after_ms,
                                             bool max);
/* The next routine check: now + 50..100 % of @interval_ms. */
MDSHM_HIDDEN int64_t mdshm__drive_plan_check(int64_t now, int64_t interval_ms);
/* The CA to use after @errors failures (MDRetryFailover). */
MDSHM_HIDDEN unsigned mdshm__drive_plan_ca(uint32_t errors, unsigned failover,
                                           size_t n_cas);
/* A random point inside an ARI window. */
MDSHM_HIDDEN int64_t mdshm__drive_plan_ari(int64_t start, int64_t end);
/* "2d 3h" for messages. */
MDSHM_HIDDEN void mdshm__drive_plan_text(int64_t ms, char *buf, size_t size);

/* ---- one run (drive_md.c and friends) --------------------------------- */

/* Owned copy of a staging record (one key spec). */
typedef struct mdshm__dstage {
    bool present;
    uint32_t state;
    uint8_t *pkey;
    size_t pkey_len;
    size_t n_chain;
    uint8_t *chain[MDSHM_MAX_CHAIN];
    size_t chain_len[MDSHM_MAX_CHAIN];
    char *account_id;
    char *order_url;
    char *finalize_url;
    size_t n_authz;
    char **authz;
    int64_t created_ms;
} mdshm__dstage_t;

/* What is known of the active set of one key spec. */
typedef struct mdshm__dcert {
    bool present;
    int64_t not_before_ms, not_after_ms;
    uint8_t *leaf;          /* DER copy */
    size_t leaf_len;
    char *ari_id;           /* as stored; NULL if none */
    bool staple_asked;      /* its CSR asked for must-staple */
} mdshm__dcert_t;

/* Job log entries a run holds back at most (drive_run.c). */
#define MDSHM__RUN_PEND_MAX 8

typedef struct mdshm__run {
    mdshm_drive_t *d;
    mdshm__dmd_t *m;
    const struct mdshm__config_md *cm;
    const char *md;          /* the MD name */
    int64_t now;
    bool forced;
    size_t n_specs;
    const char *const *specs;
    char *own_specs[MDSHM_MAX_LIST]; /* static MDs: the stored key specs */
    mdshm__dcert_t cert[MDSHM_MAX_LIST];
    mdshm__dstage_t stg[MDSHM_MAX_LIST];
    /* from the store */
    uint32_t errors;
    int64_t retry_after_ms;
    int64_t renew_at_ms;     /* md record */
    /* ACME */
    unsigned ca_idx;
    const char *ca_url;
    mdshm__acme_t *acme;
    const mdshm__acme_dir_t *dir;
    char account_id[128];
    /* outcome */
    mdshm__acme_result_t res;
    char activity[256];
    int64_t next_ms;         /* proposed next run (0: compute) */
    int64_t ari_retry_ms;    /* ARI Retry-After to persist */
    bool exported;           /* MDExportDir handled in this run */
    /* cluster mode: job log entries not yet written; a later write of the
     * run through mdshm__drive_run_write carries them (drive_run.c) */
    int64_t carried_ms;      /* mono: the last write that carried some */
    bool outcome_next;       /* the next write is the outcome's: it carries
                                them */
    /* cluster mode: challenge records to delete with the run's next write
     * (malloc'ed keys; drive_run.c) */
    size_t n_del;
    char *del[MDSHM_MAX_NAMES];
    /* cluster mode: staging records (bits: key specs) to write with the
     * run's next write, by stage_put (a pointer: drive_run.c, which
     * writes them, sits below drive_stage.c) */
    unsigned stage_due;
    int (*stage_put)(mdshm__wtxn_t *w, const struct mdshm__run *r,
                     size_t i);
    size_t n_pend;
    struct mdshm__run_pend {
        int64_t when_ms;
        char type[64];
        char detail[512];
    } pend[MDSHM__RUN_PEND_MAX];
} mdshm__run_t;

/* Cluster mode: delete challenge record @key with the run's next write
 * (each write is an etcd txn on the run's path); false (a single host,
 * or no room): delete it now yourself. */
MDSHM_HIDDEN bool mdshm__drive_run_defer_del(mdshm__run_t *r,
                                             const char *key);
/* Drop the deferred deletions (written, or the run ends). */
MDSHM_HIDDEN void mdshm__drive_run_forget_dels(mdshm__run_t *r);

/* The worker body: one run for @m; the result goes to m->res. */
MDSHM_HIDDEN void mdshm__drive_md_run(mdshm_drive_t *d, mdshm__dmd_t *m,
                                      bool forced);

/* drive_run.c: a run's reports. */
/* Say what the run does now (log at INFO, kept for the job record). */
MDSHM_HIDDEN void mdshm__drive_run_activity(mdshm__run_t *r, const char *fmt,
                                           ...)
    __attribute__((format(printf, 2, 3)));
/* A job log entry of @type (a fenced write; failures only logged).  In
 * cluster mode it is held back and carried by the run's next write
 * (mdshm__drive_run_write): one etcd txn fewer per entry. */
MDSHM_HIDDEN void mdshm__drive_run_log(mdshm__run_t *r, const char *type,
                                       const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A fenced write of the run: mdshm__leader_write(@fn, @baton) that also
 * writes the run's held-back job log entries (@fn NULL: only them).
 * @return as mdshm__leader_write; the entries are kept if it fails. */
MDSHM_HIDDEN int mdshm__drive_run_write(mdshm__run_t *r, mdshm__write_fn *fn,
                                        void *baton);
/* Raise @ev for the run's MD (mdshm__event_raise); its job log entry is
 * held back as mdshm__drive_run_log's. */
MDSHM_HIDDEN int mdshm__drive_run_event(mdshm__run_t *r, mdshm__event_t ev,
                                        const char *detail);
/* Write the held-back entries, if any (at the end of a run). */
MDSHM_HIDDEN void mdshm__drive_run_flush(mdshm__run_t *r);
/* Set r->res for an error of our own and return @rv (logged at WARN). */
MDSHM_HIDDEN int mdshm__drive_run_fail(mdshm__run_t *r, int rv,
                                       const char *problem, const char *fmt,
                                       ...)
    __attribute__((format(printf, 4, 5)));

/* drive_export.c: keep MDExportDir/<md>/ current (no-op without one);
 * runs MDExportCmd when the files changed.  0, or <0 (logged; counted in
 * m->export_errors).  Sets r->exported. */
MDSHM_HIDDEN int mdshm__drive_export(mdshm__run_t *r);
/* @next_ms, or earlier when the last export failed (backoff), unless the
 * run failed (its ACME backoff stands). */
MDSHM_HIDDEN int64_t mdshm__drive_export_retry(const mdshm__run_t *r,
                                               int64_t next_ms);

/* drive_stage.c */
MDSHM_HIDDEN void mdshm__drive_stage_clear(mdshm__dstage_t *s);
/* Copy a decoded staging record. */
MDSHM_HIDDEN int mdshm__drive_stage_copy(const mdshm_staging_rec_t *rec,
                                         mdshm__dstage_t *s);
/* Forget the order (keep the key): a new order starts next time. */
MDSHM_HIDDEN void mdshm__drive_stage_forget_order(mdshm__dstage_t *s);
/* Persist r->stg[i] (fenced write). */
MDSHM_HIDDEN int mdshm__drive_stage_save(mdshm__run_t *r, size_t i);
/* The same with the run's next write in cluster mode (where each write is
 * an etcd txn on the run's path; the run's end writes it at the latest);
 * at once on a single host.  For a state the next write follows closely:
 * a downloaded set, which the activation then installs (its staging
 * record dropped in the same txn). */
MDSHM_HIDDEN int mdshm__drive_stage_save_soon(mdshm__run_t *r, size_t i);
/* Delete the staging record of spec @i inside a write (absent is fine). */
MDSHM_HIDDEN int mdshm__drive_stage_del(mdshm__wtxn_t *w, const mdshm__run_t *r,
                                        size_t i);
/* Delete the staging records of every key spec of the run. */
MDSHM_HIDDEN int mdshm__drive_stage_drop_all(mdshm__run_t *r);
/* Fill @rec (views into @s) for key spec @spec of @md. */
MDSHM_HIDDEN void mdshm__drive_stage_rec(const mdshm__dstage_t *s,
                                         const char *md, const char *spec,
                                         int64_t now,
                                         mdshm_staging_rec_t *rec);

/* drive_order.c: obtain a staged chain for key spec @i. */
MDSHM_HIDDEN int mdshm__drive_order_obtain(mdshm__run_t *r, size_t i);

/* drive_account.c: select or register the account for r->ca_url and make
 * r->acme use it; r->account_id is set. */
MDSHM_HIDDEN int mdshm__drive_account_select(mdshm__run_t *r);
/* After a failure: if the CA said the account does not exist, mark it
 * deactivated in the store so that the next run registers a new one. */
MDSHM_HIDDEN void mdshm__drive_account_check_gone(mdshm__run_t *r);

/* drive_challenge.c: answer the pending authorizations of @o; cleans up
 * after itself. */
MDSHM_HIDDEN int mdshm__drive_challenge_run(mdshm__run_t *r,
                                            const mdshm__acme_order_t *o);
/* Remove every challenge record of the MD (and tear down dns-01 records
 * a previous leader left behind).  Best effort. */
MDSHM_HIDDEN void mdshm__drive_challenge_purge(mdshm__run_t *r);

/* drive_activate.c: move the complete staging sets to active.
 * @return 1 if the activation waits (MDActivationDelay: r->next_ms says
 * until when), 0 activated, <0 error. */
MDSHM_HIDDEN int mdshm__drive_activate(mdshm__run_t *r);

/* Deep copy of a record (views into one malloc'ed buffer, *@buf). */
MDSHM_HIDDEN int mdshm__rec_clone(const mdshm_record_t *in,
                                  mdshm_record_t *out, uint8_t **buf);
/* malloc'ed NUL-terminated copy of a view (NULL for an empty one when
 * @empty_null). */
MDSHM_HIDDEN char *mdshm__bufdup(mdshm_buf_t b, bool empty_null);
/* Make room for element @n of array *@p (capacity *@cap, elements of
 * @size bytes): doubled when full, 64 at first.  @return 0, -ENOMEM
 * (*@p unchanged). */
MDSHM_HIDDEN int mdshm__drive_grow(void **p, size_t *cap, size_t n,
                                   size_t size);

#endif
