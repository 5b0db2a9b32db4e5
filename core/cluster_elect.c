/* cluster_elect.c -- cluster leadership on etcd: a lease, a key created
 * only if absent, its create_revision as the term, and fenced txns (see
 * cluster_elect.h and docs/cluster.md, "Election and fencing"). */
#include "cluster_elect.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEFAULT_TTL_S 10
#define RETRY_MS 500 /* after a failed keepalive or campaign */

struct mdshm__cluster_elect {
    mdshm__etcd_t *c; /* the stepping thread's */
    const mdshm__logger_t *logger;
    char *prefix, *host_id, *leader_key, *host_key;
    char *guard_key, *guard_value;
    mdshm__cluster_guard_fn *guard_fn;
    void *guard_baton;
    int64_t ttl_s;
    void (*on_change)(void *baton);
    void *change_baton;

    pthread_mutex_t mu; /* guards what follows, up to the thread's own */
    pthread_cond_t cond;
    mdshm__cluster_role_t role;
    int64_t term;
    uint64_t lease;
    char leader[MDSHM__CLUSTER_HOST_ID_MAX + 1];
    int64_t since_ms;
    int last_err;
    uint64_t fenced;
    mdshm__cluster_guard_t guard;
    int guard_err;
    bool step_down;   /* fenced: drop the lease at the next step */
    bool have_applied, publish_due;
    int64_t applied;
    bool stop, thread_running;
    pthread_t thread;

    /* the stepping thread's own */
    int64_t ttl_ms;            /* as granted */
    int64_t next_keepalive_ms; /* monotonic */
    int64_t valid_until_ms;    /* monotonic: the lease surely lives until */
    mdshm__etcd_watch_t *watch;
};

#define LOG(e, level, err, ...) MDSHM__LOG((e)->logger, level, err, __VA_ARGS__)

bool mdshm__cluster_host_id_valid(const char *id)
{
    size_t n = id ? strlen(id) : 0;

    if (!n || n > MDSHM__CLUSTER_HOST_ID_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = id[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
              ch == '-'))
            return false;
    }
    return true;
}

static char *join(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(n);

    if (s)
        snprintf(s, n, "%s%s%s", a, b, c);
    return s;
}

int mdshm__cluster_elect_create(mdshm__etcd_t *c,
                                const mdshm__cluster_elect_opts_t *opts,
                                mdshm__cluster_elect_t **out)
{
    mdshm__cluster_elect_t *e;
    pthread_condattr_t ca;
    const char *prefix;
    int rv;

    if (!c || !opts || !out)
        return -EINVAL;
    *out = NULL;
    prefix = opts->prefix ? opts->prefix : "/mdshm/";
    if (!*prefix || !mdshm__cluster_host_id_valid(opts->host_id)) {
        MDSHM__LOG(mdshm__etcd_logger(c), MDSHM_LOG_ERR, -EINVAL,
                   "cluster: invalid host id \"%s\" or empty prefix "
                   "(an id is 1-128 of A-Z a-z 0-9 . _ -)",
                   opts->host_id ? opts->host_id : "");
        return -EINVAL;
    }
    if (!(e = calloc(1, sizeof(*e))))
        return -ENOMEM;
    e->logger = mdshm__etcd_logger(c);
    e->ttl_s = opts->ttl_s > 0 ? opts->ttl_s : DEFAULT_TTL_S;
    e->on_change = opts->on_change;
    e->change_baton = opts->change_baton;
    pthread_mutex_init(&e->mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&e->cond, &ca);
    pthread_condattr_destroy(&ca);
    e->since_ms = mdshm__now_ms();
    e->prefix = strdup(prefix);
    e->host_id = strdup(opts->host_id);
    e->leader_key = join(prefix, "leader", "");
    e->host_key = join(prefix, "hosts/", opts->host_id);
    if (!e->prefix || !e->host_id || !e->leader_key || !e->host_key) {
        rv = -ENOMEM;
        goto out;
    }
    e->guard = opts->guard_key ? MDSHM__CLUSTER_GUARD_UNCHECKED
                               : MDSHM__CLUSTER_GUARD_OK;
    if (opts->guard_key) {
        e->guard_key = strdup(opts->guard_key);
        e->guard_value = strdup(opts->guard_value ? opts->guard_value : "");
        e->guard_fn = opts->guard_fn;
        e->guard_baton = opts->guard_baton;
        if (!e->guard_key || !e->guard_value) {
            rv = -ENOMEM;
            goto out;
        }
    }
    rv = mdshm__etcd_dup(c, &e->c);
out:
    if (rv < 0)
        mdshm__cluster_elect_destroy(e);
    else
        *out = e;
    return rv;
}

const char *mdshm__cluster_elect_leader_key(const mdshm__cluster_elect_t *e)
{
    return e->leader_key;
}

/* ---- state changes (with the lock) ----------------------------------- */

static void set_role(mdshm__cluster_elect_t *e, mdshm__cluster_role_t role,
                     int64_t term)
{
    bool changed = e->role != role || e->term != term;

    if (e->role != role)
        e->since_ms = mdshm__now_ms();
    e->role = role;
    e->term = term;
    if (changed && e->on_change)
        e->on_change(e->change_baton);
}

static void set_err(mdshm__cluster_elect_t *e, int err)
{
    pthread_mutex_lock(&e->mu);
    e->last_err = err;
    pthread_mutex_unlock(&e->mu);
}

static void close_watch(mdshm__cluster_elect_t *e)
{
    mdshm__etcd_watch_close(e->watch);
    e->watch = NULL;
}

/* The lease is gone (or given up): no leadership, no hosts entry. */
static void lose_lease(mdshm__cluster_elect_t *e, bool voluntary,
                       const char *why)
{
    pthread_mutex_lock(&e->mu);
    if (e->role == MDSHM__CLUSTER_LEADER)
        LOG(e, voluntary ? MDSHM_LOG_NOTICE : MDSHM_LOG_WARN, 0,
            "cluster: host %s steps down from term %lld: %s", e->host_id,
            (long long)e->term, why);
    else if (e->lease)
        LOG(e, MDSHM_LOG_NOTICE, 0, "cluster: host %s: lease dropped: %s",
            e->host_id, why);
    set_role(e, MDSHM__CLUSTER_NONE, 0);
    e->lease = 0;
    e->leader[0] = 0;
    e->publish_due = e->have_applied;
    pthread_mutex_unlock(&e->mu);
    close_watch(e);
}

static void drop_lease(mdshm__cluster_elect_t *e, bool voluntary,
                       const char *why)
{
    uint64_t lease;

    pthread_mutex_lock(&e->mu);
    lease = e->lease;
    pthread_mutex_unlock(&e->mu);
    lose_lease(e, voluntary, why);
    if (lease) {
        int rv = mdshm__etcd_lease_revoke(e->c, lease);
        if (rv < 0 && rv != MDSHM_ENOTFOUND)
            LOG(e, MDSHM_LOG_WARN, rv, "cluster: host %s: revoking lease "
                "%llx failed (it expires by itself)", e->host_id,
                (unsigned long long)lease);
    }
}

int mdshm__cluster_elect_resign(mdshm__cluster_elect_t *e)
{
    drop_lease(e, true, "resigned");
    return 0;
}

void mdshm__cluster_elect_status(mdshm__cluster_elect_t *e,
                                 mdshm__cluster_status_t *st)
{
    pthread_mutex_lock(&e->mu);
    memset(st, 0, sizeof(*st));
    st->role = e->role;
    st->term = e->term;
    st->lease = e->lease;
    memcpy(st->leader, e->leader, sizeof(st->leader));
    st->since_ms = e->since_ms;
    st->last_err = e->last_err;
    st->fenced = e->fenced;
    st->guard = e->guard;
    st->guard_err = e->guard_err;
    pthread_mutex_unlock(&e->mu);
}

/* ---- the steps ------------------------------------------------------- */

static void host_value(mdshm__cluster_elect_t *e, int64_t rev, char *buf,
                       size_t size)
{
    snprintf(buf, size, "{\"host\":\"%s\",\"applied\":%lld,\"at\":%lld}",
             e->host_id, (long long)rev, (long long)mdshm__now_ms());
}

static int publish(mdshm__cluster_elect_t *e, mdshm__etcd_t *c)
{
    char val[MDSHM__CLUSTER_HOST_ID_MAX + 96];
    uint64_t lease;
    int64_t rev;
    int rv;

    pthread_mutex_lock(&e->mu);
    lease = e->lease;
    rev = e->applied;
    if (!e->have_applied || !lease) {
        pthread_mutex_unlock(&e->mu);
        return 0;
    }
    e->publish_due = false;
    pthread_mutex_unlock(&e->mu);
    host_value(e, rev, val, sizeof(val));
    rv = mdshm__etcd_put(c, e->host_key, strlen(e->host_key), val,
                         strlen(val), lease, NULL);
    if (rv < 0) {
        pthread_mutex_lock(&e->mu);
        e->publish_due = true;
        pthread_mutex_unlock(&e->mu);
    }
    return rv;
}

int mdshm__cluster_publish_applied(mdshm__cluster_elect_t *e,
                                   mdshm__etcd_t *c, int64_t rev)
{
    pthread_mutex_lock(&e->mu);
    e->applied = rev;
    e->have_applied = true;
    e->publish_due = true;
    pthread_mutex_unlock(&e->mu);
    return publish(e, c);
}

static int grant(mdshm__cluster_elect_t *e)
{
    int64_t t0 = mdshm__mono_ms(), ttl;
    uint64_t id;
    int rv = mdshm__etcd_lease_grant(e->c, e->ttl_s, &id, &ttl);

    set_err(e, rv);
    if (rv < 0)
        return rv;
    e->ttl_ms = ttl * 1000;
    e->next_keepalive_ms = t0 + e->ttl_ms / 3;
    e->valid_until_ms = t0 + e->ttl_ms;
    pthread_mutex_lock(&e->mu);
    e->lease = id;
    set_role(e, MDSHM__CLUSTER_FOLLOWER, 0);
    pthread_mutex_unlock(&e->mu);
    LOG(e, MDSHM_LOG_INFO, 0, "cluster: host %s: lease %llx, TTL %lld s",
        e->host_id, (unsigned long long)id, (long long)ttl);
    return 0;
}

static int keepalive(mdshm__cluster_elect_t *e)
{
    int64_t t0 = mdshm__mono_ms(), ttl;
    uint64_t lease;
    int rv;

    pthread_mutex_lock(&e->mu);
    lease = e->lease;
    pthread_mutex_unlock(&e->mu);
    rv = mdshm__etcd_lease_keepalive(e->c, lease, &ttl);
    set_err(e, rv);
    if (rv == 0) {
        e->ttl_ms = ttl * 1000;
        e->next_keepalive_ms = t0 + e->ttl_ms / 3;
        e->valid_until_ms = t0 + e->ttl_ms;
        return 0;
    }
    if (rv == MDSHM_ENOTFOUND) {
        lose_lease(e, false,
                   "its lease expired (keepalive answered without TTL)");
        return rv;
    }
    /* etcd unreachable or without quorum: keep trying; once the lease
     * may have expired, nobody can rely on it any more */
    e->next_keepalive_ms = mdshm__mono_ms() + RETRY_MS;
    if (mdshm__mono_ms() >= e->valid_until_ms)
        lose_lease(e, false, "the lease could not be renewed before its TTL "
                             "ran out");
    return rv;
}

static void become_leader(mdshm__cluster_elect_t *e, int64_t term)
{
    pthread_mutex_lock(&e->mu);
    set_role(e, MDSHM__CLUSTER_LEADER, term);
    snprintf(e->leader, sizeof(e->leader), "%s", e->host_id);
    pthread_mutex_unlock(&e->mu);
    LOG(e, MDSHM_LOG_NOTICE, 0, "cluster: host %s is the cluster leader, "
        "term %lld", e->host_id, (long long)term);
}

static void follow(mdshm__cluster_elect_t *e, const mdshm__etcd_kv_t *kv)
{
    pthread_mutex_lock(&e->mu);
    set_role(e, MDSHM__CLUSTER_FOLLOWER, kv->create_revision);
    snprintf(e->leader, sizeof(e->leader), "%.*s",
             (int)(kv->value_len < MDSHM__CLUSTER_HOST_ID_MAX
                       ? kv->value_len : MDSHM__CLUSTER_HOST_ID_MAX),
             (const char *)kv->value);
    pthread_mutex_unlock(&e->mu);
}

/* The guard as the campaign's failure branch read it (@g: the guard key,
 * NULL if absent).  @return 0 (it holds), 1 (the guard function made it
 * hold: campaign again), <0 (it does not: stay out). */
static void guard_set(mdshm__cluster_elect_t *e, mdshm__cluster_guard_t state,
                      int err)
{
    pthread_mutex_lock(&e->mu);
    e->guard = state;
    e->guard_err = err;
    pthread_mutex_unlock(&e->mu);
}

static int guard_check(mdshm__cluster_elect_t *e, const mdshm__etcd_kv_t *g)
{
    size_t vlen = strlen(e->guard_value);
    int rv = 0;

    if (!g || g->value_len != vlen || memcmp(g->value, e->guard_value, vlen)) {
        rv = e->guard_fn ? e->guard_fn(e->guard_baton, e->c,
                                       g ? g->value : NULL,
                                       g ? g->value_len : 0)
                         : MDSHM_EMISMATCH;
        if (rv == 0)
            return 1; /* its state is the next campaign's */
    }
    guard_set(e, rv < 0 ? MDSHM__CLUSTER_GUARD_REFUSED
                        : MDSHM__CLUSTER_GUARD_OK, rv);
    return rv;
}

/* Create the leader key if absent (and the guard holds); either way,
 * watch it from then on.  @return 0, 1 (the key vanished between the
 * compare and the range, or the guard was just made to hold: try again),
 * or <0: an etcd error, or the guard refuses (no watch: the next step
 * campaigns again). */
static int campaign(mdshm__cluster_elect_t *e)
{
    size_t klen = strlen(e->leader_key);
    uint64_t lease;
    mdshm__etcd_cmp_t cmp[2] = {{
        .target = MDSHM__ETCD_CMP_CREATE,
        .result = MDSHM__ETCD_EQUAL,
        .key = e->leader_key,
        .key_len = klen,
        .number = 0,
    }};
    mdshm__etcd_op_t put = {
        .type = MDSHM__ETCD_OP_PUT,
        .key = e->leader_key,
        .key_len = klen,
        .value = e->host_id,
        .value_len = strlen(e->host_id),
    };
    mdshm__etcd_op_t get[2] = {{
        .type = MDSHM__ETCD_OP_RANGE,
        .key = e->leader_key,
        .key_len = klen,
    }};
    size_t n = 1;
    mdshm__etcd_txn_t t;
    mdshm__etcd_txn_resp_t r;
    int rv, guard = 0;

    if (e->guard_key) { /* the guard key must hold our value */
        cmp[1] = (mdshm__etcd_cmp_t){
            .target = MDSHM__ETCD_CMP_VALUE, .result = MDSHM__ETCD_EQUAL,
            .key = e->guard_key, .key_len = strlen(e->guard_key),
            .value = e->guard_value, .value_len = strlen(e->guard_value)};
        get[1] = (mdshm__etcd_op_t){.type = MDSHM__ETCD_OP_RANGE,
                                    .key = e->guard_key,
                                    .key_len = strlen(e->guard_key)};
        n = 2;
    }
    t = (mdshm__etcd_txn_t){cmp, n, &put, 1, get, n};
    pthread_mutex_lock(&e->mu);
    lease = put.lease = e->lease;
    pthread_mutex_unlock(&e->mu);
    rv = mdshm__etcd_txn(e->c, &t, &r);
    set_err(e, rv);
    if (rv < 0)
        return rv; /* a timed-out campaign is read back by the next one */
    if (r.succeeded) {
        guard_set(e, MDSHM__CLUSTER_GUARD_OK, 0);
        become_leader(e, r.revision);
    } else {
        const mdshm__etcd_kv_t *held = r.n && r.ranges[0].n
                                           ? &r.ranges[0].kvs[0] : NULL;
        if (e->guard_key)
            guard = guard_check(e, r.n > 1 && r.ranges[1].n
                                       ? &r.ranges[1].kvs[0] : NULL);
        if (guard == 1 || (!held && guard == 0)) {
            mdshm__etcd_txn_resp_clear(&r);
            return 1; /* the guard was just written (read it again), or the
                         key was deleted meanwhile: campaign again */
        }
        if (held && held->lease == lease) /* an earlier campaign landed */
            become_leader(e, held->create_revision);
        else if (held)
            follow(e, held);
        else {
            mdshm__etcd_txn_resp_clear(&r);
            return guard; /* refused: the next step campaigns again */
        }
    }
    rv = mdshm__etcd_watch_open(e->c, e->leader_key, klen, NULL, 0,
                                r.revision + 1, false, NULL, &e->watch);
    set_err(e, rv);
    mdshm__etcd_txn_resp_clear(&r);
    return rv;
}

/* Read the watch for up to @wait_ms.  @return 1 to campaign now, 0, or
 * -1 when the stream broke (campaign again after a pause). */
static int watch_leader(mdshm__cluster_elect_t *e, int wait_ms)
{
    mdshm__etcd_watch_msg_t m;
    bool again = false;
    int rv = mdshm__etcd_watch_next(e->watch, wait_ms, &m);

    if (rv <= 0) {
        if (rv < 0)
            close_watch(e);
        return rv < 0 ? -1 : 0;
    }
    if (m.kind == MDSHM__ETCD_WATCH_EVENTS) {
        for (size_t i = 0; i < m.n_events; i++) {
            const mdshm__etcd_event_t *ev = &m.events[i];
            if (ev->type == MDSHM__ETCD_EV_DELETE) {
                pthread_mutex_lock(&e->mu);
                if (e->role == MDSHM__CLUSTER_LEADER)
                    LOG(e, MDSHM_LOG_WARN, 0, "cluster: host %s: the leader "
                        "key of term %lld was deleted: stepping down",
                        e->host_id, (long long)e->term);
                set_role(e, e->lease ? MDSHM__CLUSTER_FOLLOWER
                                     : MDSHM__CLUSTER_NONE, 0);
                e->leader[0] = 0;
                pthread_mutex_unlock(&e->mu);
                again = true;
            } else if (ev->kv.create_revision) {
                pthread_mutex_lock(&e->mu);
                bool mine = e->role == MDSHM__CLUSTER_LEADER &&
                            ev->kv.create_revision == e->term;
                pthread_mutex_unlock(&e->mu);
                if (!mine)
                    follow(e, &ev->kv);
                again = false;
            }
        }
    } else if (m.kind == MDSHM__ETCD_WATCH_CANCELED ||
               m.kind == MDSHM__ETCD_WATCH_ERROR) {
        again = true; /* re-read the key and watch again */
    }
    if (again)
        close_watch(e);
    mdshm__etcd_watch_msg_clear(&m);
    return again ? 1 : 0;
}

static void wait_cond(mdshm__cluster_elect_t *e, int ms)
{
    struct timespec ts;

    if (ms <= 0)
        return;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&e->mu);
    if (!e->stop && !e->step_down)
        pthread_cond_timedwait(&e->cond, &e->mu, &ts);
    pthread_mutex_unlock(&e->mu);
}

mdshm__cluster_role_t mdshm__cluster_elect_step(mdshm__cluster_elect_t *e,
                                                int max_wait_ms)
{
    int64_t deadline = mdshm__mono_ms() + (max_wait_ms > 0 ? max_wait_ms : 0);
    mdshm__cluster_role_t role;
    bool step_down, publish_due, campaigned = false;
    int64_t left;
    int rv;

    pthread_mutex_lock(&e->mu);
    step_down = e->step_down;
    e->step_down = false;
    pthread_mutex_unlock(&e->mu);
    if (step_down)
        drop_lease(e, false, "fenced");

    if (!e->lease && grant(e) < 0)
        goto wait;
    if (mdshm__mono_ms() >= e->next_keepalive_ms && keepalive(e) < 0)
        goto wait;
    pthread_mutex_lock(&e->mu);
    publish_due = e->publish_due;
    pthread_mutex_unlock(&e->mu);
    if (publish_due)
        publish(e, e->c);

    for (int tries = 0;; tries++) {
        if (!e->watch) {
            rv = campaign(e);
            campaigned = true;
            if (rv < 0 || (rv == 1 && tries >= 3))
                goto wait;
            if (rv == 1)
                continue;
        }
        /* wake up for the next keepalive at the latest */
        left = deadline < e->next_keepalive_ms ? deadline
                                               : e->next_keepalive_ms;
        left -= mdshm__mono_ms();
        rv = watch_leader(e, left > 0 ? (int)left : 0);
        if (rv < 0)
            goto wait;
        if (rv == 0 || campaigned)
            break;
        /* the key was deleted: one more campaign in this step */
        campaigned = true;
    }
    goto out;
wait:
    left = deadline - mdshm__mono_ms();
    wait_cond(e, (int)(left < RETRY_MS ? left : RETRY_MS));
out:
    pthread_mutex_lock(&e->mu);
    role = e->role;
    pthread_mutex_unlock(&e->mu);
    return role;
}

static void *run(void *baton)
{
    mdshm__cluster_elect_t *e = baton;

    for (;;) {
        pthread_mutex_lock(&e->mu);
        bool stop = e->stop;
        pthread_mutex_unlock(&e->mu);
        if (stop)
            break;
        mdshm__cluster_elect_step(e, 1000);
    }
    return NULL;
}

int mdshm__cluster_elect_start(mdshm__cluster_elect_t *e)
{
    int rv;

    if (e->thread_running)
        return -EALREADY;
    e->stop = false;
    rv = -pthread_create(&e->thread, NULL, run, e);
    if (rv == 0)
        e->thread_running = true;
    return rv;
}

void mdshm__cluster_elect_stop(mdshm__cluster_elect_t *e)
{
    if (!e->thread_running)
        return;
    pthread_mutex_lock(&e->mu);
    e->stop = true;
    pthread_cond_broadcast(&e->cond);
    pthread_mutex_unlock(&e->mu);
    pthread_join(e->thread, NULL);
    e->thread_running = false;
}

void mdshm__cluster_elect_destroy(mdshm__cluster_elect_t *e)
{
    if (!e)
        return;
    mdshm__cluster_elect_stop(e);
    if (e->c)
        drop_lease(e, true, "shutting down");
    close_watch(e);
    mdshm__etcd_destroy(e->c);
    pthread_cond_destroy(&e->cond);
    pthread_mutex_destroy(&e->mu);
    free(e->prefix);
    free(e->host_id);
    free(e->leader_key);
    free(e->host_key);
    free(e->guard_key);
    free(e->guard_value);
    free(e);
}

/* ---- fenced writes --------------------------------------------------- */

int mdshm__cluster_elect_fence(mdshm__cluster_elect_t *e,
                               mdshm__cluster_fence_t *fence)
{
    int rv = 0;

    pthread_mutex_lock(&e->mu);
    if (e->role == MDSHM__CLUSTER_LEADER) {
        fence->term = e->term;
        fence->lease = e->lease;
    } else {
        memset(fence, 0, sizeof(*fence));
        rv = MDSHM_ENOTLEADER;
    }
    pthread_mutex_unlock(&e->mu);
    return rv;
}

int mdshm__cluster_fenced_txn(mdshm__cluster_elect_t *e, mdshm__etcd_t *c,
                              const mdshm__cluster_fence_t *fence,
                              const mdshm__etcd_txn_t *t,
                              mdshm__etcd_txn_resp_t *resp)
{
    mdshm__etcd_cmp_t cmp[MDSHM__ETCD_MAX_TXN_OPS];
    mdshm__etcd_op_t fail[MDSHM__ETCD_MAX_TXN_OPS];
    size_t klen = strlen(e->leader_key), nc = t->n_cmp, nf = t->n_failure;
    int64_t term = fence->term;
    uint64_t lease = fence->lease;
    mdshm__etcd_txn_t ft;
    int rv;

    memset(resp, 0, sizeof(*resp));
    if (nc > MDSHM__ETCD_MAX_TXN_OPS - 2 || nf > MDSHM__ETCD_MAX_TXN_OPS - 1)
        return MDSHM_ETOOBIG;
    if (term <= 0 || !lease)
        return MDSHM_ENOTLEADER;

    if (nc)
        memcpy(cmp, t->cmp, nc * sizeof(*cmp));
    cmp[nc++] = (mdshm__etcd_cmp_t){
        .target = MDSHM__ETCD_CMP_CREATE, .result = MDSHM__ETCD_EQUAL,
        .key = e->leader_key, .key_len = klen, .number = term};
    cmp[nc++] = (mdshm__etcd_cmp_t){
        .target = MDSHM__ETCD_CMP_LEASE, .result = MDSHM__ETCD_EQUAL,
        .key = e->leader_key, .key_len = klen, .lease = lease};
    if (nf)
        memcpy(fail, t->failure, nf * sizeof(*fail));
    fail[nf++] = (mdshm__etcd_op_t){
        .type = MDSHM__ETCD_OP_RANGE, .key = e->leader_key, .key_len = klen};
    ft = (mdshm__etcd_txn_t){cmp, nc, t->success, t->n_success, fail, nf};

    rv = mdshm__etcd_txn(c, &ft, resp);
    if (rv < 0 || resp->succeeded)
        return rv;
    /* failed: ours, or the caller's compares? the last range says */
    {
        mdshm__etcd_range_resp_t *held = resp->n ? &resp->ranges[resp->n - 1]
                                                 : NULL;
        const mdshm__etcd_kv_t *kv = held && held->n ? &held->kvs[0] : NULL;
        if (kv && kv->create_revision == term && kv->lease == lease) {
            mdshm__etcd_range_resp_clear(held);
            resp->n--;
            return 0;
        }
        pthread_mutex_lock(&e->mu);
        e->fenced++;
        if (e->role == MDSHM__CLUSTER_LEADER && e->term == term) {
            set_role(e, MDSHM__CLUSTER_FOLLOWER, 0);
            e->step_down = true;
            pthread_cond_broadcast(&e->cond);
        }
        pthread_mutex_unlock(&e->mu);
        LOG(e, MDSHM_LOG_WARN, MDSHM_EFENCED, "cluster: host %s: a write of "
            "term %lld was refused: the leader key is %s (term %lld): "
            "stepping down", e->host_id, (long long)term,
            kv ? "held by another" : "gone",
            kv ? (long long)kv->create_revision : 0LL);
        mdshm__etcd_txn_resp_clear(resp);
        return MDSHM_EFENCED;
    }
}

/* ---- hosts ----------------------------------------------------------- */

bool mdshm__cluster_host_parse(const mdshm__etcd_kv_t *kv,
                               mdshm__cluster_host_t *out)
{
    json_t *j = json_loadb((const char *)kv->value, kv->value_len, 0, NULL);
    json_t *id = json_object_get(j, "host");
    json_t *ap = json_object_get(j, "applied");
    json_t *at = json_object_get(j, "at");
    bool ok = json_is_string(id) && json_is_integer(ap) &&
              mdshm__cluster_host_id_valid(json_string_value(id));

    if (ok) {
        memset(out, 0, sizeof(*out));
        snprintf(out->id, sizeof(out->id), "%s", json_string_value(id));
        out->applied = json_integer_value(ap);
        out->at_ms = json_is_integer(at) ? json_integer_value(at) : 0;
        out->lease = kv->lease;
    }
    json_decref(j);
    return ok;
}

int mdshm__cluster_hosts_read(mdshm__etcd_t *c, const char *prefix,
                              mdshm__cluster_host_t **hosts, size_t *n,
                              int64_t *revision)
{
    mdshm__etcd_range_req_t req = {0};
    mdshm__etcd_range_resp_t r;
    mdshm__cluster_host_t *h = NULL;
    size_t k = 0;
    char *key;
    int rv;

    *hosts = NULL;
    *n = 0;
    if (!(key = join(prefix ? prefix : "/mdshm/", "hosts/", "")))
        return -ENOMEM;
    rv = mdshm__etcd_range_prefix(c, key, &req, &r);
    if (rv < 0)
        goto out;
    if (revision)
        *revision = r.revision;
    if (r.n && !(h = calloc(r.n, sizeof(*h)))) {
        rv = -ENOMEM;
        goto clear;
    }
    for (size_t i = 0; i < r.n; i++) {
        if (mdshm__cluster_host_parse(&r.kvs[i], &h[k]))
            k++;
        else
            MDSHM__LOG(mdshm__etcd_logger(c), MDSHM_LOG_WARN, -EPROTO,
                       "cluster: malformed hosts entry %.*s ignored",
                       (int)r.kvs[i].key_len, (const char *)r.kvs[i].key);
    }
    *hosts = h;
    *n = k;
clear:
    mdshm__etcd_range_resp_clear(&r);
out:
    free(key);
    return rv;
}

size_t mdshm__cluster_hosts_behind(const mdshm__cluster_host_t *hosts,
                                   size_t n, int64_t rev, const char *self)
{
    size_t behind = 0;

    for (size_t i = 0; i < n; i++)
        if (hosts[i].applied < rev && !(self && !strcmp(hosts[i].id, self)))
            behind++;
    return behind;
}
