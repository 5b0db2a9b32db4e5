/* drive_run.c -- what the drive's threads share, at the bottom of the
 * drive: the stop test (stopping, or leadership lost), the main loop's
 * wake-up, and a run's reports (activity, job log, failure).  Here, not in
 * drive.c and drive_md.c, so that the files of a run call down to it and
 * the drive's files form no cycle (tests/check-layers.sh). */
#include "drive.h"

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#define CARRY_EVERY_MS 1000 /* cluster mode: held-back job log entries
                              carried at most this often (and at the end) */

/* ---- the drive's threads ------------------------------------------------ */

void mdshm__drive_wake(mdshm_drive_t *d)
{
    char c = 1;
    /* Non-blocking: a full pipe already holds a wake-up. */
    ssize_t n = write(d->wake[1], &c, 1);
    (void)n;
}

bool mdshm__drive_cancelled(void *baton)
{
    mdshm_drive_t *d = baton;

    return atomic_load(&d->stop) || atomic_load(&d->reloading) ||
           atomic_load(&d->cl_follower) ||
           !mdshm__candidate_is_leader(d->cand);
}

/* ---- a run's reports --------------------------------------------------- */

void mdshm__drive_run_activity(mdshm__run_t *r, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(r->activity, sizeof(r->activity), fmt, ap);
    va_end(ap);
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: %s", r->md, r->activity);
}

/* Held back only where a write costs an etcd round trip (cluster mode;
 * docs/cluster.md, "The job log in cluster mode"); on a single host an
 * entry is written at once, as status shows a run's progress from it. */
static bool hold_back(const mdshm__run_t *r)
{
    /* MDClusterEndpoints, read here: drive_cluster.c calls down to us */
    return r->d->g->cluster.endpoints.n > 0 &&
           r->n_pend < MDSHM__RUN_PEND_MAX;
}

static void pend(mdshm__run_t *r, const char *type, const char *detail)
{
    struct mdshm__run_pend *e = &r->pend[r->n_pend++];

    e->when_ms = mdshm__now_ms();
    snprintf(e->type, sizeof(e->type), "%s", type);
    snprintf(e->detail, sizeof(e->detail), "%s", detail ? detail : "");
}

struct carry {
    mdshm__run_t *r;
    bool entries;            /* the held-back entries too */
    mdshm__write_fn *fn;
    void *baton;
};

/* The held-back entries first, with their own times: the log keeps the
 * order in which the run made them. */
static int carry_fn(mdshm__wtxn_t *w, void *baton)
{
    struct carry *ca = baton;
    const mdshm__run_t *r = ca->r;
    int rv;

    for (size_t i = 0; ca->entries && i < r->n_pend; i++) {
        rv = mdshm__job_log(w, r->md, r->pend[i].when_ms, r->pend[i].type,
                            r->pend[i].detail);
        if (rv < 0)
            return rv;
    }
    for (size_t i = 0; i < r->n_del; i++) {
        rv = mdshm__w_del(w, MDSHM_DB_CHALLENGES, r->del[i],
                          strlen(r->del[i]));
        if (rv < 0 && rv != MDSHM_ENOTFOUND)
            return rv;
    }
    for (size_t i = 0; i < r->n_specs; i++)
        if ((r->stage_due & (1u << i)) && (rv = r->stage_put(w, r, i)) < 0)
            return rv;
    return ca->fn ? ca->fn(w, ca->baton) : 0; /* after: it may drop them */
}

/* Whether this write carries the held-back entries: each carry puts the
 * job record too (about 600 bytes, to etcd and every host), and a run
 * of 0.4 s carried with each of its six writes (cluster_bench.py: 601
 * job puts for 100 MDs).  So: at most one carry per CARRY_EVERY_MS, and
 * always the outcome's write, a flush, or a full buffer. */
static bool carry_now(const mdshm__run_t *r, mdshm__write_fn *fn)
{
    return !fn || r->outcome_next || r->n_pend >= MDSHM__RUN_PEND_MAX ||
           mdshm__mono_ms() - r->carried_ms >= CARRY_EVERY_MS;
}

int mdshm__drive_run_write(mdshm__run_t *r, mdshm__write_fn *fn, void *baton)
{
    struct carry ca = {r, r->n_pend && carry_now(r, fn), fn, baton};
    int rv;

    if (!ca.entries && !r->n_del && !r->stage_due)
        return fn ? mdshm__leader_write(r->d->cand, fn, baton) : 0;
    rv = mdshm__leader_write(r->d->cand, carry_fn, &ca);
    if (rv == 0 && ca.entries) {
        r->n_pend = 0;
        r->carried_ms = mdshm__mono_ms();
    }
    if (rv == 0) {
        mdshm__drive_run_forget_dels(r);
        r->stage_due = 0;
    }
    return rv;
}

bool mdshm__drive_run_defer_del(mdshm__run_t *r, const char *key)
{
    /* MDClusterEndpoints, read here: drive_cluster.c calls down to us */
    if (r->d->g->cluster.endpoints.n == 0 || r->n_del >= MDSHM_MAX_NAMES ||
        !(r->del[r->n_del] = strdup(key)))
        return false;
    r->n_del++;
    return true;
}

void mdshm__drive_run_forget_dels(mdshm__run_t *r)
{
    for (size_t i = 0; i < r->n_del; i++)
        free(r->del[i]);
    r->n_del = 0;
}

void mdshm__drive_run_flush(mdshm__run_t *r)
{
    if (mdshm__drive_run_write(r, NULL, NULL) < 0)
        MDSHM_LOG(MDSHM_LOG_DEBUG, 0, "MD %s: %zu job log entries not "
                  "written", r->md, r->n_pend);
}

/* A log entry written now, with the held-back ones. */
struct log_entry {
    const char *md, *type, *detail;
};

static int log_fn(mdshm__wtxn_t *w, void *baton)
{
    struct log_entry *le = baton;
    return mdshm__job_log(w, le->md, mdshm__now_ms(), le->type, le->detail);
}

static int run_log(mdshm__run_t *r, const char *type, const char *detail)
{
    struct log_entry le = {r->md, type, detail};

    if (hold_back(r)) {
        pend(r, type, detail);
        return 0;
    }
    return mdshm__drive_run_write(r, log_fn, &le);
}

void mdshm__drive_run_log(mdshm__run_t *r, const char *type, const char *fmt,
                          ...)
{
    char detail[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(detail, sizeof(detail), fmt, ap);
    va_end(ap);
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: %s", r->md, detail);
    if (run_log(r, type, detail) < 0)
        MDSHM_LOG(MDSHM_LOG_DEBUG, 0, "MD %s: job log entry not written",
                  r->md);
}

int mdshm__drive_run_event(mdshm__run_t *r, mdshm__event_t ev,
                           const char *detail)
{
    mdshm__event_entry_t ent;
    int vetoed = mdshm__event_fire(r->d->st, &r->d->ev, ev, r->md, detail,
                                   &ent), rv;

    if (vetoed == MDSHM__EV_SUPPRESSED)
        return 0;
    if (vetoed < 0)
        return vetoed;
    rv = run_log(r, ent.type, ent.detail);
    return rv < 0 ? rv : vetoed;
}

int mdshm__drive_run_fail(mdshm__run_t *r, int rv, const char *problem,
                          const char *fmt, ...)
{
    va_list ap;

    mdshm__acme_result_clear(&r->res);
    r->res.rv = rv;
    if (problem)
        snprintf(r->res.problem, sizeof(r->res.problem), "%s", problem);
    va_start(ap, fmt);
    vsnprintf(r->res.detail, sizeof(r->res.detail), fmt, ap);
    va_end(ap);
    MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: %s", r->md, r->res.detail);
    return rv;
}
