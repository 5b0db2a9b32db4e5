/* drive.c -- mdshm_drive_*: the leader's loop.
 *
 * The calling thread is a leadership candidate.  Once it leads, a thread of
 * its own writes the heartbeat (mdshm__candidate_tick), so that no amount
 * of work delays it: with 100,000 MDs a heartbeat written between two
 * dispatch rounds aged past the stale limit and two drives traded
 * leadership.  The calling thread writes the configuration into the store,
 * plans a first check of every MD (after MDInitialDelay, or later if an
 * earlier failure's backoff or the CA's Retry-After says so: both are in
 * the jobs records and survive restarts and failovers), then loops:
 * renewal requests, finished workers, due MDs (drive_queue.c: O(log n) per
 * event).  It sleeps until the earliest of the earliest due MD and one
 * second (the request inbox); a finished worker, a lost leadership or a
 * stop wakes it through a self-pipe at once.
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

static void cfg_teardown(mdshm_drive_t *d);

/* What the drive takes from its configuration: global timing, the hooks,
 * the MD table and the schedule.  0 or -ENOMEM (nothing left set up). */
static int cfg_setup(mdshm_drive_t *d, const mdshm_config_t *cfg)
{
    const mdshm__config_global_t *g = mdshm__config_global(cfg);
    int rv;

    d->cfg = cfg;
    d->g = g;
    d->retry_delay_ms = g->retry_delay_ms;
    d->check_interval_ms = g->check_interval_ms;
    d->initial_delay_ms = g->initial_delay_ms;
    d->activation_delay_ms = g->activation_delay_ms;
    d->failover = g->retry_failover;
    d->ev.message_argv = g->message_cmd.n ? (char *const *)g->message_cmd.v
                                          : NULL;
    d->ev.notify_argv = g->notify_cmd.n ? (char *const *)g->notify_cmd.v
                                        : NULL;
    d->export_argv = g->export_cmd.n ? (char *const *)g->export_cmd.v
                                     : NULL;
    d->n_mds = mdshm_config_md_count(cfg);
    if (d->n_mds && !(d->mds = calloc(d->n_mds, sizeof(*d->mds)))) {
        d->n_mds = 0;
        return -ENOMEM;
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
    rv = mdshm__drive_queue_init(d);
    if (rv < 0) {
        cfg_teardown(d);
        return rv;
    }
    return 0;
}

static void cfg_teardown(mdshm_drive_t *d)
{
    mdshm__drive_queue_free(d);
    free(d->mds);
    d->mds = NULL;
    d->n_mds = 0;
}

int mdshm_drive_create(mdshm_store_t *st, const mdshm_config_t *cfg,
                       const mdshm_drive_opts_t *opts, mdshm_drive_t **out)
{
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
    pthread_mutex_init(&d->fin_mu, NULL);
    pthread_mutex_init(&d->hb_mu, NULL);
    {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&d->hb_cv, &ca);
        pthread_condattr_destroy(&ca);
    }
    d->st = st;
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
        if (opts->conf_path && !(d->conf_path = strdup(opts->conf_path))) {
            rv = -ENOMEM;
            goto fail;
        }
    }
    if (!d->max_parallel)
        d->max_parallel = 16;
    rv = cfg_setup(d, cfg);
    if (rv < 0)
        goto fail;
    if (pipe2(d->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
        rv = -errno;
        goto fail;
    }
    rv = mdshm__request_dir(st, &d->req_dir);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot create %s/requests",
                  mdshm_store_dir(st));
        goto fail;
    }
    rv = mdshm__candidate_create(st, &d->copts, &d->cand);
    if (rv < 0)
        goto fail;
    atomic_init(&d->stop, false);
    atomic_init(&d->running, false);
    atomic_init(&d->reload, false);
    atomic_init(&d->reloading, false);
    atomic_init(&d->cl_follower, false);
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

void mdshm_drive_reload(mdshm_drive_t *d)
{
    if (!d)
        return;
    atomic_store(&d->reload, true);
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
        mdshm__candidate_cancel(d->cand);
}

void mdshm_drive_destroy(mdshm_drive_t *d)
{
    if (!d)
        return;
    mdshm__candidate_destroy(d->cand);
    mdshm__http01_server_stop(d->http01);
    if (d->wake[0] >= 0)
        close(d->wake[0]);
    if (d->wake[1] >= 0)
        close(d->wake[1]);
    pthread_mutex_destroy(&d->acct_mu);
    pthread_mutex_destroy(&d->fin_mu);
    pthread_mutex_destroy(&d->hb_mu);
    pthread_cond_destroy(&d->hb_cv);
    cfg_teardown(d);
    mdshm_config_free(d->own_cfg);
    mdshm_config_free(d->prev_own);
    free(d->conf_path);
    free(d->http01_addr);
    free(d->req_dir);
    free(d);
}

/* ---- while leading ------------------------------------------------------ */

static void on_request(mdshm_drive_t *d, const char *md)
{
    mdshm__dmd_t *m = mdshm__drive_queue_find(d, md);

    if (m) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: renewal requested", md);
        mdshm__drive_queue_request(d, m);
        return;
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
    mdshm__drive_queue_reset(d);
    return rv;
}

static void *worker_main(void *arg)
{
    mdshm__dmd_t *m = arg;

    mdshm__drive_md_run(m->drive, m, m->forced);
    atomic_store(&m->done, true);
    mdshm__drive_queue_finished(m->drive, m);
    mdshm__drive_wake(m->drive);
    return NULL;
}

/* Start @m's run on a thread of its own, in a slot of @ca. */
static void start_run(mdshm_drive_t *d, mdshm__dmd_t *m, uint32_t ca,
                      int64_t now)
{
    int rv;

    m->forced = m->requested || m->keep_forced;
    m->requested = m->keep_forced = false;
    atomic_store(&m->done, false);
    memset(&m->res, 0, sizeof(m->res));
    m->res.errors = m->errors;
    m->running = true;
    m->run_ca = ca;
    d->ca_busy[ca]++;
    rv = pthread_create(&m->thread, NULL, worker_main, m);
    if (rv != 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, -rv, "MD %s: cannot start a thread",
                  m->name);
        d->ca_busy[ca]--;
        m->running = false;
        m->requested = m->forced;
        m->due_ms = now + RETRY_MS;
        mdshm__drive_queue_push(d, m);
    }
}

/* Start the due MDs, as many per CA as max_parallel allows; the others
 * queue behind their CA's runs. */
void mdshm__drive_dispatch(mdshm_drive_t *d, int64_t now)
{
    mdshm__dmd_t *m;

    while ((m = mdshm__drive_queue_pop_due(d, now))) {
        uint32_t ca = mdshm__drive_queue_ca(d, m);
        if (mdshm__drive_queue_slot_free(d, ca))
            start_run(d, m, ca, now);
        else
            mdshm__drive_queue_wait(d, m, ca); /* a finished run starts it */
    }
}

static void join_run(mdshm_drive_t *d, mdshm__dmd_t *m)
{
    pthread_join(m->thread, NULL);
    m->running = false;
    d->ca_busy[m->run_ca]--;
    m->errors = m->res.errors;
    m->keep_forced = m->res.keep_forced;
    m->due_ms = m->res.next_ms ? m->res.next_ms : mdshm__now_ms() + RETRY_MS;
}

/* Join the finished runs; their slots go to the MDs waiting for them. */
static void reap(mdshm_drive_t *d, int64_t now)
{
    size_t n = mdshm__drive_queue_take_finished(d, d->fin_tmp);

    for (size_t i = 0; i < n; i++) {
        mdshm__dmd_t *m = &d->mds[d->fin_tmp[i]];
        join_run(d, m);
        mdshm__drive_queue_push(d, m);
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t ca = d->mds[d->fin_tmp[i]].run_ca;
        mdshm__dmd_t *w;
        while ((w = mdshm__drive_queue_next_waiting(d, ca)))
            start_run(d, w, ca, now);
    }
}

/* Leadership is over: wait for every run (they stop at their next ACME
 * call or fenced write). */
static void reap_all(mdshm_drive_t *d)
{
    for (size_t i = 0; i < d->n_mds; i++)
        if (d->mds[i].running)
            join_run(d, &d->mds[i]);
    mdshm__drive_queue_take_finished(d, d->fin_tmp);
}

/* ---- reading the configuration again ----------------------------------- */

/* The configuration in force before the last reload, back in force: the
 * new one did not fit the store.  0 or -ENOMEM. */
static int reload_revert(mdshm_drive_t *d)
{
    int rv;

    cfg_teardown(d);
    mdshm_config_free(d->own_cfg);
    d->own_cfg = d->prev_own;
    rv = cfg_setup(d, d->prev_cfg);
    d->prev_cfg = NULL;
    d->prev_own = NULL;
    return rv;
}

/* The new configuration is in the store: the old one can go. */
static void reload_settle(mdshm_drive_t *d)
{
    mdshm_config_free(d->prev_own);
    d->prev_cfg = NULL;
    d->prev_own = NULL;
}

/* Read conf_path again (mdshm_drive_reload).  A file with errors changes
 * nothing (the parser logged FILE:LINE of each).  Otherwise the runs stop
 * at their next step (they resume from staging, as after a failover), the
 * stapling thread stops, and the drive sets itself up from the new file;
 * leadership is kept.  The previous configuration is kept until the new
 * one is in the store (lead(): the sync checks it first).
 * @return 1 (set up again: sync), 0 (nothing changed), <0 fatal. */
static int reload(mdshm_drive_t *d)
{
    mdshm_config_t *cfg = NULL;
    size_t before = d->n_mds;
    int rv;

    if (!d->conf_path) {
        MDSHM_LOG(MDSHM_LOG_WARN, MDSHM_EBADINPUT, "reload asked, but the "
                  "drive has no configuration file to read again "
                  "(opts.conf_path)");
        return 0;
    }
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "reading configuration %s again",
              d->conf_path);
    rv = mdshm_config_load(d->conf_path, &cfg);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "configuration %s not reloaded (%s): "
                  "the one in force stays", d->conf_path, mdshm_strerror(rv));
        return 0;
    }
    atomic_store(&d->reloading, true);
    reap_all(d); /* runs and the stapling thread use the configuration */
    mdshm__drive_ocsp_stop(d);
    mdshm__drive_crl_stop(d);
    atomic_store(&d->reloading, false);
    cfg_teardown(d);
    if (d->prev_cfg) {
        mdshm_config_free(d->own_cfg); /* never reached the store */
    } else {
        d->prev_cfg = d->cfg;
        d->prev_own = d->own_cfg;
    }
    d->own_cfg = NULL;
    rv = cfg_setup(d, cfg);
    if (rv < 0) {
        mdshm_config_free(cfg);
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "configuration %s not reloaded: out of "
                  "memory", d->conf_path);
        return reload_revert(d) < 0 ? -ENOMEM : 1;
    }
    d->own_cfg = cfg;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "configuration %s read again: %zu MD%s "
              "(%zu before)", d->conf_path, d->n_mds,
              d->n_mds == 1 ? "" : "s", before);
    return 1;
}

static void http01_upkeep(mdshm_drive_t *d, int64_t now)
{
    int rv;

    if (!d->http01_addr || d->http01 || now < d->http01_retry_ms)
        return;
    rv = mdshm__http01_server_start(d->st, d->http01_addr, d->http01_port,
                                   &d->http01);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "cannot serve http-01 on %s:%u; retrying in %d s",
                  d->http01_addr, d->http01_port, RETRY_MS / 1000);
        d->http01_retry_ms = now + RETRY_MS;
        return;
    }
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "serving http-01 challenges on %s:%u",
              d->http01_addr, mdshm__http01_server_port(d->http01));
}

/* ---- the heartbeat thread ----------------------------------------------- */

/* How long the main loop may go without a round before the heartbeat is
 * withheld: six stale limits (a minute by default).  A round is short (a
 * dispatch of 100,000 MDs takes milliseconds, and the loop wakes at least
 * every REQUEST_POLL_MS), so only a hang reaches it; a leader whose loop
 * hangs must then let another candidate depose it, as it did when the
 * loop wrote the heartbeat itself. */
static int64_t hang_limit_ms(const mdshm_drive_t *d)
{
    return 6 * (int64_t)(d->copts.stale_ms ? d->copts.stale_ms : 10000);
}

/* Whether the main loop went round recently; logs once per hang. */
static bool loop_alive(mdshm_drive_t *d, bool *withheld)
{
    int64_t idle = mdshm__mono_ms() - atomic_load(&d->loop_ms);

    if (idle <= hang_limit_ms(d)) {
        if (*withheld)
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "the drive's main loop runs "
                      "again: heartbeat resumed");
        *withheld = false;
        return true;
    }
    if (!*withheld)
        MDSHM_LOG(MDSHM_LOG_ERR, 0, "the drive's main loop has not run for "
                  "%lld ms: heartbeat withheld, so that another candidate "
                  "can depose this leader", (long long)idle);
    *withheld = true;
    return false;
}

static void *hb_main(void *arg)
{
    mdshm_drive_t *d = arg;
    bool withheld = false;

    pthread_mutex_lock(&d->hb_mu);
    while (!d->hb_stop) {
        unsigned next_ms = d->copts.heartbeat_ms ? d->copts.heartbeat_ms
                                                 : 1000;
        int t = 1;

        pthread_mutex_unlock(&d->hb_mu);
        if (loop_alive(d, &withheld))
            t = mdshm__candidate_tick(d->cand, &next_ms);
        pthread_mutex_lock(&d->hb_mu);
        if (t == 0) {
            atomic_store(&d->hb_lost, true);
            mdshm__drive_wake(d);
            break;
        }
        if (t < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, t, "leader upkeep failed");
            if (next_ms > 1000)
                next_ms = 1000;
        }
        int64_t until = mdshm__mono_ms() + next_ms;
        struct timespec ts = {until / 1000, (long)(until % 1000) * 1000000};
        while (!d->hb_stop && mdshm__mono_ms() < until)
            if (pthread_cond_timedwait(&d->hb_cv, &d->hb_mu, &ts) ==
                ETIMEDOUT)
                break;
    }
    pthread_mutex_unlock(&d->hb_mu);
    return NULL;
}

static int hb_start(mdshm_drive_t *d)
{
    d->hb_stop = false;
    atomic_store(&d->loop_ms, mdshm__mono_ms());
    atomic_store(&d->hb_lost, false);
    return -pthread_create(&d->hb_thread, NULL, hb_main, d);
}

static void hb_stop(mdshm_drive_t *d)
{
    pthread_mutex_lock(&d->hb_mu);
    d->hb_stop = true;
    pthread_cond_broadcast(&d->hb_cv);
    pthread_mutex_unlock(&d->hb_mu);
    pthread_join(d->hb_thread, NULL);
}

static bool leading(mdshm_drive_t *d)
{
    return !atomic_load(&d->stop) && !atomic_load(&d->hb_lost) &&
           mdshm__candidate_is_leader(d->cand);
}

/* The stapling and CRL threads: on a single host once synced, in cluster
 * mode on the cluster leader only. */
static void cluster_work_start(mdshm_drive_t *d)
{
    int rv = mdshm__drive_ocsp_start(d);

    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot start OCSP stapling");
    rv = mdshm__drive_crl_start(d);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot start the CRL checks");
}

/* Lead until leadership is lost or the drive stops.  <0: fatal. */
static int lead(mdshm_drive_t *d)
{
    bool synced = false;
    int64_t sync_at = 0, now;
    int rv = 0;

    rv = hb_start(d);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot start the heartbeat thread; "
                  "retrying in %d s", RETRY_MS / 1000);
        sleep_woken(d, RETRY_MS);
        return 0;
    }
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "store %s: leading (term %llu), %zu MD%s",
              mdshm_store_dir(d->st),
              (unsigned long long)mdshm__candidate_term(d->cand), d->n_mds,
              d->n_mds == 1 ? "" : "s");
    mdshm__drive_cluster_start(d);
    while (leading(d)) {
        atomic_store(&d->loop_ms, mdshm__mono_ms());
        now = mdshm__now_ms();
        if (mdshm__drive_cluster_on(d)) {
            int cs = mdshm__drive_cluster_step(d);
            if (cs < 0) { /* another host leads the cluster: stop work */
                reap_all(d);
                mdshm__drive_ocsp_stop(d);
                mdshm__drive_crl_stop(d);
            } else if (cs > 0 && synced) { /* resume from etcd's state */
                rv = first_plan(d);
                if (rv < 0)
                    break;
                cluster_work_start(d);
            }
        }
        if (atomic_exchange(&d->reload, false)) {
            mdshm__drive_cluster_stop(d); /* it reads the MD table */
            rv = reload(d);
            if (rv < 0)
                break;
            if (rv > 0) {
                synced = false;
                sync_at = now;
            }
            rv = 0;
        }
        if (!synced && now >= sync_at) {
            rv = mdshm__drive_sync(d);
            if (rv == MDSHM_EBADINPUT && d->prev_cfg) {
                MDSHM_LOG(MDSHM_LOG_ERR, rv, "configuration %s not used "
                          "(see above): the one in force before stays",
                          d->conf_path);
                rv = reload_revert(d);
                if (rv < 0)
                    break;
                continue; /* write that one again: the runs start again */
            }
            if (rv == 0) {
                reload_settle(d);
                rv = first_plan(d);
            }
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
                if (!atomic_load(&d->cl_follower))
                    cluster_work_start(d);
                rv = 0;
            }
        }
        http01_upkeep(d, now);
        if (synced)
            mdshm__drive_cluster_requests(d, on_request);
        if (synced && !atomic_load(&d->cl_follower)) {
            mdshm__drive_request_poll(d, on_request);
            reap(d, now);
            mdshm__drive_dispatch(d, now);
        }
        /* The queue sets the wait only where it is dispatched: a cluster
         * follower's MDs stay due (the cluster leader orders them), and
         * waiting for them was a busy loop (a follower host spun a core
         * at idle: cluster_bench.py, "CPU s until then"). */
        int64_t wait = REQUEST_POLL_MS;
        int64_t due = mdshm__drive_queue_earliest(d);
        if (synced && !atomic_load(&d->cl_follower) && due != INT64_MAX &&
            due < now + wait)
            wait = due > now ? due - now : 0;
        if (!synced && sync_at - now < wait)
            wait = sync_at - now;
        sleep_woken(d, wait);
    }
    /* Stopping or deposed: the runs see it at their next ACME call or
     * write; wait for them so that nothing outlives the drive. */
    reap_all(d);
    mdshm__drive_ocsp_stop(d);
    mdshm__drive_crl_stop(d);
    mdshm__drive_cluster_stop(d);
    if (d->http01) {
        mdshm__http01_server_stop(d->http01);
        d->http01 = NULL;
    }
    hb_stop(d); /* a leader that stops keeps its heartbeat up to the end */
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
        rv = mdshm__candidate_wait(d->cand, NOT_LEADER_WAIT_MS);
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, rv,
                      "leadership candidate failed; retrying");
            sleep_woken(d, RETRY_MS);
            rv = 0;
            continue;
        }
        if (rv == 0) {
            /* not leading: nothing runs, a reload only sets up again */
            if (atomic_exchange(&d->reload, false) && (rv = reload(d)) < 0)
                break;
            rv = 0;
            continue;
        }
        if (atomic_load(&d->stop))
            break; /* leadership came with the stop: pass it on at once */
        rv = lead(d);
        if (rv < 0)
            break;
    }
    mdshm__candidate_step_down(d->cand);
    atomic_store(&d->running, false);
    return rv;
}
