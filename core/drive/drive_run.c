/* drive_run.c -- what the drive's threads share, at the bottom of the
 * drive: the stop test (stopping, or leadership lost), the main loop's
 * wake-up, and a run's reports (activity, job log, failure).  Here, not in
 * drive.c and drive_md.c, so that the files of a run call down to it and
 * the drive's files form no cycle (tests/check-layers.sh). */
#include "drive.h"

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

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

struct log_entry {
    const char *md, *type, *detail;
};

static int log_fn(mdshm__wtxn_t *w, void *baton)
{
    struct log_entry *le = baton;
    return mdshm__job_log(w, le->md, mdshm__now_ms(), le->type, le->detail);
}

void mdshm__drive_run_log(mdshm__run_t *r, const char *type, const char *fmt,
                          ...)
{
    char detail[512];
    struct log_entry le = {r->md, type, detail};
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(detail, sizeof(detail), fmt, ap);
    va_end(ap);
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: %s", r->md, detail);
    if (mdshm__leader_write(r->d->cand, log_fn, &le) < 0)
        MDSHM_LOG(MDSHM_LOG_DEBUG, 0, "MD %s: job log entry not written",
                  r->md);
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
