/* cluster_hosts.c -- P"hosts/" followed by a watch (cluster_hosts.h). */
#include "cluster_hosts.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>

#define STEP_MS 250   /* the stop flag is checked this often */
#define RETRY_MS 500  /* after a failed read or watch */
#define CHECK_MS 100  /* a waiter looks at its cancel test this often */

struct mdshm__cluster_hosts {
    mdshm__etcd_t *c;
    char *key;                   /* P"hosts/" */
    uint8_t *end;
    size_t end_len;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;           /* the table changed, or stopping */
    bool stop, synced;           /* under mu */
    uint64_t reads;              /* under mu */
    mdshm__cluster_host_t *v;    /* under mu */
    size_t n, cap;
};

static void deadline(struct timespec *ts, int64_t ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += ms / 1000;
    ts->tv_nsec += (ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

/* Sleep @ms unless stopping.  true: stopping. */
static bool pause_ms(mdshm__cluster_hosts_t *h, int64_t ms)
{
    struct timespec ts;
    bool stop;

    deadline(&ts, ms);
    pthread_mutex_lock(&h->mu);
    if (!h->stop)
        pthread_cond_timedwait(&h->cv, &h->mu, &ts);
    stop = h->stop;
    pthread_mutex_unlock(&h->mu);
    return stop;
}

static bool stopping(mdshm__cluster_hosts_t *h)
{
    bool stop;

    pthread_mutex_lock(&h->mu);
    stop = h->stop;
    pthread_mutex_unlock(&h->mu);
    return stop;
}

static void set_unsynced(mdshm__cluster_hosts_t *h)
{
    pthread_mutex_lock(&h->mu);
    h->synced = false;
    pthread_mutex_unlock(&h->mu);
}

/* Under mu. */
static ssize_t find(const mdshm__cluster_hosts_t *h, const char *id,
                    size_t len)
{
    for (size_t i = 0; i < h->n; i++)
        if (strlen(h->v[i].id) == len && !memcmp(h->v[i].id, id, len))
            return (ssize_t)i;
    return -1;
}

/* One watch event into the table (under mu).  -ENOMEM. */
static int apply_event(mdshm__cluster_hosts_t *h, const mdshm__etcd_event_t *e)
{
    size_t kl = strlen(h->key);
    mdshm__cluster_host_t one;
    ssize_t at;

    if (e->kv.key_len <= kl)
        return 0;
    if (e->type == MDSHM__ETCD_EV_DELETE) {
        at = find(h, (const char *)e->kv.key + kl, e->kv.key_len - kl);
        if (at >= 0)
            h->v[at] = h->v[--h->n];
        return 0;
    }
    if (!mdshm__cluster_host_parse(&e->kv, &one))
        return 0; /* as a range read would: a malformed entry is no host */
    at = find(h, one.id, strlen(one.id));
    if (at >= 0) {
        h->v[at] = one;
        return 0;
    }
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 8;
        mdshm__cluster_host_t *v = realloc(h->v, cap * sizeof(*v));
        if (!v)
            return -ENOMEM;
        h->v = v;
        h->cap = cap;
    }
    h->v[h->n++] = one;
    return 0;
}

/* Read the range; @return the revision to watch from, or <0. */
static int64_t read_all(mdshm__cluster_hosts_t *h, const char *prefix)
{
    mdshm__cluster_host_t *v = NULL;
    size_t n = 0;
    int64_t rev = 0;
    int rv = mdshm__cluster_hosts_read(h->c, prefix, &v, &n, &rev);

    if (rv < 0)
        return rv;
    pthread_mutex_lock(&h->mu);
    free(h->v);
    h->v = v;
    h->n = h->cap = n;
    h->synced = true;
    h->reads++;
    pthread_cond_broadcast(&h->cv);
    pthread_mutex_unlock(&h->mu);
    return rev + 1;
}

/* Follow the watch until it breaks or we stop. */
static void follow(mdshm__cluster_hosts_t *h, int64_t from)
{
    mdshm__etcd_watch_t *w = NULL;
    mdshm__etcd_watch_msg_t msg;
    int64_t compact = 0;
    int rv;

    rv = mdshm__etcd_watch_open(h->c, h->key, strlen(h->key), h->end,
                                h->end_len, from, false, &compact, &w);
    if (rv < 0)
        return;
    while (!stopping(h)) {
        memset(&msg, 0, sizeof(msg));
        rv = mdshm__etcd_watch_next(w, STEP_MS, &msg);
        if (rv == 0)
            continue;
        if (rv < 0)
            break;
        if (msg.kind == MDSHM__ETCD_WATCH_EVENTS) {
            pthread_mutex_lock(&h->mu);
            for (size_t i = 0; i < msg.n_events && rv >= 0; i++)
                rv = apply_event(h, &msg.events[i]);
            if (rv < 0)
                h->synced = false; /* read again */
            pthread_cond_broadcast(&h->cv);
            pthread_mutex_unlock(&h->mu);
        }
        if (msg.kind == MDSHM__ETCD_WATCH_CANCELED ||
            msg.kind == MDSHM__ETCD_WATCH_ERROR)
            rv = -ECONNRESET;
        mdshm__etcd_watch_msg_clear(&msg);
        if (rv < 0)
            break;
    }
    mdshm__etcd_watch_close(w);
}

static void *hosts_main(void *arg)
{
    mdshm__cluster_hosts_t *h = arg;
    /* the prefix: P"hosts/" without its last component */
    size_t pl = strlen(h->key) - strlen("hosts/");
    char *prefix = strndup(h->key, pl);

    while (prefix && !stopping(h)) {
        int64_t from = read_all(h, prefix);
        if (from > 0)
            follow(h, from);
        set_unsynced(h);
        if (pause_ms(h, from > 0 ? 0 : RETRY_MS))
            break;
    }
    free(prefix);
    return NULL;
}

int mdshm__cluster_hosts_start(const mdshm__etcd_t *c, const char *prefix,
                               mdshm__cluster_hosts_t **out)
{
    mdshm__cluster_hosts_t *h = calloc(1, sizeof(*h));
    pthread_condattr_t ca;
    size_t n;
    int rv;

    *out = NULL;
    if (!h)
        return -ENOMEM;
    n = strlen(prefix) + sizeof("hosts/");
    if (!(h->key = malloc(n))) {
        free(h);
        return -ENOMEM;
    }
    snprintf(h->key, n, "%shosts/", prefix);
    rv = mdshm__etcd_prefix_end(h->key, strlen(h->key), &h->end,
                                &h->end_len);
    if (rv == 0)
        rv = mdshm__etcd_dup(c, &h->c);
    if (rv < 0) {
        free(h->end);
        free(h->key);
        free(h);
        return rv;
    }
    pthread_mutex_init(&h->mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&h->cv, &ca);
    pthread_condattr_destroy(&ca);
    rv = pthread_create(&h->thread, NULL, hosts_main, h);
    if (rv != 0) {
        h->thread = 0;
        mdshm__cluster_hosts_stop(h);
        return -rv;
    }
    *out = h;
    return 0;
}

uint64_t mdshm__cluster_hosts_reads(mdshm__cluster_hosts_t *h)
{
    uint64_t n;

    pthread_mutex_lock(&h->mu);
    n = h->reads;
    pthread_mutex_unlock(&h->mu);
    return n;
}

void mdshm__cluster_hosts_stop(mdshm__cluster_hosts_t *h)
{
    if (!h)
        return;
    pthread_mutex_lock(&h->mu);
    h->stop = true;
    pthread_cond_broadcast(&h->cv);
    pthread_mutex_unlock(&h->mu);
    if (h->thread)
        pthread_join(h->thread, NULL);
    pthread_cond_destroy(&h->cv);
    pthread_mutex_destroy(&h->mu);
    mdshm__etcd_destroy(h->c);
    free(h->v);
    free(h->end);
    free(h->key);
    free(h);
}

int mdshm__cluster_hosts_wait(mdshm__cluster_hosts_t *h, int64_t rev,
                              const char *self, int64_t until_ms,
                              bool (*cancel)(void *baton), void *baton,
                              size_t *behind, size_t *n)
{
    struct timespec ts;
    int rv;

    *behind = *n = 0;
    pthread_mutex_lock(&h->mu);
    for (;;) {
        int64_t left = until_ms - mdshm__mono_ms();
        if (!h->synced) {
            rv = -EAGAIN;
            break;
        }
        *n = h->n;
        *behind = mdshm__cluster_hosts_behind(h->v, h->n, rev, self);
        if (*behind == 0) {
            rv = 0;
            break;
        }
        if (left <= 0) {
            rv = -ETIMEDOUT;
            break;
        }
        if (h->stop || (cancel && cancel(baton))) {
            rv = -ECANCELED;
            break;
        }
        deadline(&ts, left < CHECK_MS ? left : CHECK_MS);
        pthread_cond_timedwait(&h->cv, &h->mu, &ts);
    }
    pthread_mutex_unlock(&h->mu);
    return rv;
}
