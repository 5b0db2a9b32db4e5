/* drive.c -- mdshm_drive_*: the leader's loop.
 *
 * The calling thread is a leadership candidate.  Once it leads it writes
 * the configuration into the store, plans a first check of every MD
 * (after MDInitialDelay, or later if an earlier failure's backoff or the
 * CA's Retry-After says so: both are in the jobs records and survive
 * restarts and failovers), then loops: heartbeat, renewal requests, finished
 * workers, due MDs.  It sleeps until the earliest of the next heartbeat,
 * the earliest due MD and one second (the request inbox); a finished
 * worker or a stop wakes it through a self-pipe at once.
 *
 * Each MD run happens on a thread of its own (drive_md.c), at most
 * max_parallel per CA at a time, so one slow CA or a hanging DNS script
 * holds up only its own MDs.  When leadership is lost every run stops at
 * its next ACME call (the cancel callback) or is fenced at its next write.
 */
#include "drive.h"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REQUEST_POLL_MS 1000
#define RETRY_MS 5000
#define NOT_LEADER_WAIT_MS 500

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

    return atomic_load(&d->stop) || !mdshm_candidate_is_leader(d->cand);
}

/* Sleep up to @ms or until woken; drains the pipe. */
static void sleep_woken(mdshm_drive_t *d, int64_t ms)
{
    struct pollfd pfd = {d->wake[0], POLLIN, 0};
    char buf[64];

    if (ms < 0)
        ms = 0;
    if (ms > 60000)
        ms = 60000;
    if (poll(&pfd, 1, (int)ms) > 0)
        while (read(d->wake[0], buf, sizeof(buf)) > 0)
            ;
}

/* "ADDR:PORT" or "[V6]:PORT". */
static int parse_listen(const char *s, char **addr, unsigned *port)
{
    const char *colon = strrchr(s, ':');
    char *end;
    unsigned long p;
    size_t alen;

    if (!colon || colon == s)
        return MDSHM_EBADINPUT;
    errno = 0;
    p = strtoul(colon + 1, &end, 10);
    if (errno || *end || end == colon + 1 || p > 65535)
        return MDSHM_EBADINPUT;
    alen = (size_t)(colon - s);
    if (s[0] == '[' && alen >= 2 && s[alen - 1] == ']') {
        s++;
        alen -= 2;
    }
    if (!(*addr = strndup(s, alen)))
        return -ENOMEM;
    *port = (unsigned)p;
    return 0;
}

int mdshm_drive_create(mdshm_store_t *st, const mdshm_config_t *cfg,
                       const mdshm_drive_opts_t *opts, mdshm_drive_t **out)
{
    const mdshm__config_global_t *g;
    mdshm_drive_t *d;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!st || !cfg)
        return -EINVAL;
    if (!(d = calloc(1, sizeof(*d))))
        return -ENOMEM;
    d->wake[0] = d->wake[1] = -1;
    pthread_mutex_init(&d->acct_mu, NULL);
    d->st = st;
    d->cfg = cfg;
    d->g = g = mdshm__config_global(cfg);
    if (opts) {
        d->copts = opts->candidate;
        d->max_parallel = opts->max_parallel;
        d->ocsp_parallel = opts->ocsp_parallel;
        d->ocsp_timeout_ms = opts->ocsp_timeout_ms;
        d->ocsp_no_nonce = opts->ocsp_no_nonce;
        if (opts->http01_listen &&
            (rv = parse_listen(opts->http01_listen, &d->http01_addr,
                               &d->http01_port)) < 0) {
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "http-01 listen address '%s': "
                      "expected ADDR:PORT", opts->http01_listen);
            goto fail;
        }
    }
    if (!d->max_parallel)
        d->max_parallel = 16;
    d->retry_delay_ms = g->retry_delay_ms;
    d->check_interval_ms = g->check_interval_ms;
    d->initial_delay_ms = g->initial_delay_ms;
    d->activation_delay_ms = g->activation_delay_ms;
    d->failover = g->retry_failover;
    d->ev.message_argv = g->message_cmd.n ? (char *const *)g->message_cmd.v
                                          : NULL;
    d->ev.notify_argv = g->notify_cmd.n ? (char *const *)g->notify_cmd.v
                                        : NULL;
    d->n_mds = mdshm_config_md_count(cfg);
    if (d->n_mds && !(d->mds = calloc(d->n_mds, sizeof(*d->mds)))) {
        rv = -ENOMEM;
        goto fail;
    }
    for (size_t i = 0; i < d->n_mds; i++) {
        const mdshm__config_md_t *cm = mdshm__config_md(cfg, i);
        mdshm__dmd_t *m = &d->mds[i];
        m->drive = d;
        m->cfg = cm;
        m->name = cm->name;
        m->renew_win = cm->s.renew_window;
        m->warn_win = cm->s.warn_window;
        m->due_ms = INT64_MAX;
        atomic_init(&m->done, false);
    }
    if (pipe2(d->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
        rv = -errno;
        goto fail;
    }
    if ((rv = mdshm__requests_dir(st, &d->req_dir)) < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot create %s/requests",
                  mdshm_store_dir(st));
        goto fail;
    }
    if ((rv = mdshm_candidate_create(st, &d->copts, &d->cand)) < 0)
        goto fail;
    atomic_init(&d->stop, false);
    atomic_init(&d->running, false);
    *out = d;
    return 0;
fail:
    mdshm_drive_destroy(d);
    return rv;
}

void mdshm_drive_stop(mdshm_drive_t *d)
{
    if (!d)
        return;
    atomic_store(&d->stop, true);
    mdshm__drive_wake(d);
}

void mdshm__drive_stop_now(mdshm_drive_t *d)
{
    if (!d)
        return;
    mdshm_drive_stop(d);
    /* A candidate waiting for the lock gives up now (not only at its next
     * 500 ms poll): a stopping worker must not take over from a leader
     * that is stopping too, or a server's shutdown passes leadership
     * through every worker in turn.  Not async-signal-safe (a condition
     * variable), hence not in mdshm_drive_stop(). */
    if (d->cand)
        mdshm_candidate_cancel(d->cand);
}

void mdshm_drive_destroy(mdshm_drive_t *d)
{
    if (!d)
        return;
    mdshm_candidate_destroy(d->cand);
    mdshm_http01_server_stop(d->http01);
    if (d->wake[0] >= 0)
        close(d->wake[0]);
    if (d->wake[1] >= 0)
        close(d->wake[1]);
    pthread_mutex_destroy(&d->acct_mu);
    free(d->mds);
    free(d->http01_addr);
    free(d->req_dir);
    free(d);
}

/* ---- while leading ------------------------------------------------------ */

static void on_request(mdshm_drive_t *d, const char *md)
{
    for (size_t i = 0; i < d->n_mds; i++) {
        if (strcmp(d->mds[i].name, md) == 0) {
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: renewal requested", md);
            d->mds[i].requested = true;
            return;
        }
    }
    MDSHM_LOG(MDSHM_LOG_WARN, MDSHM_ENOTFOUND,
              "renewal requested for MD %s, which is not configured", md);
}

struct first_plan {
    mdshm_drive_t *d;
    int64_t start;
    mdshm_record_t rec;
};

/* The first run of each MD: a check after MDInitialDelay, but not before
 * the backoff of earlier failures (errors and next run are persisted). */
static int first_plan_fn(mdshm_reader_t *rd, void *baton)
{
    struct first_plan *fp = baton;

    for (size_t i = 0; i < fp->d->n_mds; i++) {
        mdshm__dmd_t *m = &fp->d->mds[i];
        int rv = mdshm_read_get(rd, MDSHM_DB_JOBS, m->name, strlen(m->name),
                                &fp->rec);
        m->due_ms = fp->start;
        m->errors = 0;
        if (rv == 0) {
            const mdshm_job_rec_t *job = &fp->rec.u.job;
            m->errors = job->errors;
            if (job->errors > 0 && job->next_run_ms > m->due_ms)
                m->due_ms = job->next_run_ms;
        } else if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
            return rv;
        }
    }
    return 0;
}

static int first_plan(mdshm_drive_t *d)
{
    struct first_plan *fp = malloc(sizeof(*fp));
    int rv;

    if (!fp)
        return -ENOMEM;
    fp->d = d;
    fp->start = mdshm__now_ms() + d->initial_delay_ms;
    rv = mdshm__read_once(d->st, first_plan_fn, fp);
    free(fp);
    return rv;
}

static void *worker_main(void *arg)
{
    mdshm__dmd_t *m = arg;

    mdshm__md_run(m->drive, m, m->forced);
    atomic_store(&m->done, true);
    mdshm__drive_wake(m->drive);
    return NULL;
}

/* The CA an MD's next run uses ("" for MDs without ACME). */
static const char *run_ca(const mdshm_drive_t *d, const mdshm__dmd_t *m)
{
    const mdshm__config_md_t *cm = m->cfg;

    if (cm->is_static || cm->s.ca_urls.n == 0)
        return "";
    return cm->s.ca_urls.v[mdshm__plan_ca(m->errors, d->failover,
                                          cm->s.ca_urls.n)];
}

static void dispatch(mdshm_drive_t *d, int64_t now)
{
    for (size_t i = 0; i < d->n_mds; i++) {
        mdshm__dmd_t *m = &d->mds[i];
        const char *ca;
        unsigned busy = 0;
        int rv;

        m->waiting_slot = false;
        if (m->running || (!m->requested && m->due_ms > now))
            continue;
        ca = run_ca(d, m);
        for (size_t j = 0; j < d->n_mds; j++)
            if (d->mds[j].running && strcmp(run_ca(d, &d->mds[j]), ca) == 0)
                busy++;
        if (busy >= d->max_parallel) {
            m->waiting_slot = true; /* a finished run wakes us */
            continue;
        }
        m->forced = m->requested || m->keep_forced;
        m->requested = m->keep_forced = false;
        atomic_store(&m->done, false);
        memset(&m->res, 0, sizeof(m->res));
        m->res.errors = m->errors;
        m->running = true;
        rv = pthread_create(&m->thread, NULL, worker_main, m);
        if (rv != 0) {
            MDSHM_LOG(MDSHM_LOG_ERR, -rv, "MD %s: cannot start a thread",
                      m->name);
            m->running = false;
            m->requested = m->forced;
            m->due_ms = now + RETRY_MS;
        }
    }
}

static void reap(mdshm_drive_t *d, bool wait)
{
    for (size_t i = 0; i < d->n_mds; i++) {
        mdshm__dmd_t *m = &d->mds[i];
        if (!m->running || (!wait && !atomic_load(&m->done)))
            continue;
        pthread_join(m->thread, NULL);
        m->running = false;
        m->errors = m->res.errors;
        m->keep_forced = m->res.keep_forced;
        m->due_ms = m->res.next_ms ? m->res.next_ms
                                   : mdshm__now_ms() + RETRY_MS;
    }
}

static void http01_upkeep(mdshm_drive_t *d, int64_t now)
{
    int rv;

    if (!d->http01_addr || d->http01 || now < d->http01_retry_ms)
        return;
    rv = mdshm_http01_server_start(d->st, d->http01_addr, d->http01_port,
                                   &d->http01);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "cannot serve http-01 on %s:%u; retrying in %d s",
                  d->http01_addr, d->http01_port, RETRY_MS / 1000);
        d->http01_retry_ms = now + RETRY_MS;
        return;
    }
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "serving http-01 challenges on %s:%u",
              d->http01_addr, mdshm_http01_server_port(d->http01));
}

static int64_t earliest_due(const mdshm_drive_t *d)
{
    int64_t t = INT64_MAX;

    for (size_t i = 0; i < d->n_mds; i++) {
        const mdshm__dmd_t *m = &d->mds[i];
        /* MDs waiting for a free slot are no reason to wake: counting them
         * made the loop spin while every slot was busy. */
        if (m->running || m->waiting_slot)
            continue;
        if (m->requested)
            return 0;
        if (m->due_ms < t)
            t = m->due_ms;
    }
    return t;
}

/* Lead until leadership is lost or the drive stops.  <0: fatal. */
static int lead(mdshm_drive_t *d)
{
    bool synced = false;
    int64_t sync_at = 0, now;
    unsigned hb_ms;
    int rv = 0, t;

    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "store %s: leading (term %llu), %zu MD%s",
              mdshm_store_dir(d->st),
              (unsigned long long)mdshm_candidate_term(d->cand), d->n_mds,
              d->n_mds == 1 ? "" : "s");
    while (!atomic_load(&d->stop)) {
        t = mdshm_candidate_tick(d->cand, &hb_ms);
        if (t == 0)
            break;
        if (t < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, t, "leader upkeep failed");
            hb_ms = 1000;
        }
        now = mdshm__now_ms();
        if (!synced && now >= sync_at) {
            rv = mdshm__drive_sync(d);
            if (rv == 0)
                rv = first_plan(d);
            if (rv == MDSHM_EBADINPUT)
                break; /* the configuration does not fit: fatal */
            if (rv < 0) {
                MDSHM_LOG(MDSHM_LOG_WARN, rv,
                          "cannot write the configuration to the store; "
                          "retrying in %d s", RETRY_MS / 1000);
                sync_at = now + RETRY_MS;
                rv = 0;
            } else {
                synced = true;
                if ((rv = mdshm__ocsp_start(d)) < 0)
                    MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot start OCSP "
                              "stapling");
                rv = 0;
            }
        }
        http01_upkeep(d, now);
        if (synced) {
            mdshm__requests_poll(d, on_request);
            reap(d, false);
            dispatch(d, now);
        }
        int64_t wait = hb_ms < REQUEST_POLL_MS ? hb_ms : REQUEST_POLL_MS;
        int64_t due = earliest_due(d);
        if (synced && due != INT64_MAX && due - now < wait)
            wait = due - now;
        if (!synced && sync_at - now < wait)
            wait = sync_at - now;
        sleep_woken(d, wait);
    }
    /* Stopping or deposed: the runs see it at their next ACME call or
     * write; wait for them so that nothing outlives the drive. */
    reap(d, true);
    mdshm__ocsp_stop(d);
    if (d->http01) {
        mdshm_http01_server_stop(d->http01);
        d->http01 = NULL;
    }
    if (!atomic_load(&d->stop) && rv >= 0)
        MDSHM_LOG(MDSHM_LOG_WARN, 0, "store %s: no longer the leader",
                  mdshm_store_dir(d->st));
    return rv < 0 ? rv : 0;
}

int mdshm_drive_run(mdshm_drive_t *d)
{
    bool expected = false;
    int rv = 0;

    if (!d)
        return -EINVAL;
    if (!atomic_compare_exchange_strong(&d->running, &expected, true))
        return MDSHM_EBUSY;
    while (!atomic_load(&d->stop)) {
        rv = mdshm_candidate_wait(d->cand, NOT_LEADER_WAIT_MS);
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, rv,
                      "leadership candidate failed; retrying");
            sleep_woken(d, RETRY_MS);
            rv = 0;
            continue;
        }
        if (rv == 0)
            continue;
        if (atomic_load(&d->stop))
            break; /* leadership came with the stop: pass it on at once */
        rv = lead(d);
        if (rv < 0)
            break;
    }
    mdshm_candidate_step_down(d->cand);
    atomic_store(&d->running, false);
    return rv;
}
