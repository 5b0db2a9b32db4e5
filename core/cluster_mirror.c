/* cluster_mirror.c -- the mirror thread (cluster_mirror.h): etcd's
 * P"data/" into this host's store, range then watch. */
#include "cluster_mirror.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PAGE 500
#define STEP_MS 250          /* the stop flag is checked this often */
#define RETRY_MS 500         /* after a failed range or watch */
#define SILENCE_MS 20000
#define GROUP_MAX 64         /* watch answers applied in one write */
#define PUBLISH_MAX_MS 50    /* a revision with challenge records: its
                                publish waits no longer (while answers
                                keep coming) */
#define PUBLISH_LAZY_MS 500  /* any other: published this often at most */

struct mdshm__cluster_mirror {
    mdshm__cluster_mirror_opts_t o;
    mdshm__etcd_t *c;
    char *data_key;
    uint8_t *data_end;
    size_t data_end_len;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;       /* applied moved, or stopping */
    bool stop;               /* under mu */
    mdshm__cluster_mirror_status_t st; /* under mu */
};

static void set_status(mdshm__cluster_mirror_t *m, int err, int64_t applied,
                       int64_t seen)
{
    pthread_mutex_lock(&m->mu);
    m->st.last_err = err;
    if (applied >= 0) {
        m->st.applied = applied;
        m->st.applied_ms = mdshm__now_ms();
        if (m->o.on_applied)
            m->o.on_applied(m->o.applied_baton);
    }
    if (seen > m->st.seen)
        m->st.seen = seen;
    pthread_cond_broadcast(&m->cv);
    pthread_mutex_unlock(&m->mu);
}

static bool stopping(mdshm__cluster_mirror_t *m)
{
    pthread_mutex_lock(&m->mu);
    bool s = m->stop;
    pthread_mutex_unlock(&m->mu);
    return s;
}

/* Sleep @ms unless stopped. */
static void pause_ms(mdshm__cluster_mirror_t *m, int ms)
{
    int64_t until = mdshm__mono_ms() + ms;
    struct timespec ts = {until / 1000, (long)(until % 1000) * 1000000};

    pthread_mutex_lock(&m->mu);
    while (!m->stop && mdshm__mono_ms() < until)
        if (pthread_cond_timedwait(&m->cv, &m->mu, &ts) == ETIMEDOUT)
            break;
    pthread_mutex_unlock(&m->mu);
}

/* ---- the range: every page copied, then one replacement ----------------- */

struct pages {
    mdshm__etcd_kv_t *kv; /* owned copies */
    size_t n, cap;
};

static int page_fn(void *baton, const mdshm__etcd_kv_t *kvs, size_t n)
{
    struct pages *p = baton;

    for (size_t i = 0; i < n; i++) {
        mdshm__etcd_kv_t *k;
        if (p->n == p->cap) {
            size_t cap = p->cap ? 2 * p->cap : 256;
            void *nk = realloc(p->kv, cap * sizeof(*p->kv));
            if (!nk)
                return -ENOMEM;
            p->kv = nk;
            p->cap = cap;
        }
        k = &p->kv[p->n];
        memset(k, 0, sizeof(*k));
        k->key = malloc(kvs[i].key_len + 1);
        k->value = malloc(kvs[i].value_len + 1);
        if (!k->key || !k->value) {
            free(k->key);
            free(k->value);
            return -ENOMEM;
        }
        memcpy(k->key, kvs[i].key, kvs[i].key_len);
        memcpy(k->value, kvs[i].value, kvs[i].value_len);
        k->key_len = kvs[i].key_len;
        k->value_len = kvs[i].value_len;
        k->mod_revision = kvs[i].mod_revision;
        p->n++;
    }
    return 0;
}

static void pages_free(struct pages *p)
{
    for (size_t i = 0; i < p->n; i++)
        mdshm__etcd_kv_clear(&p->kv[i]);
    free(p->kv);
}

static int publish(mdshm__cluster_mirror_t *m, int64_t rev)
{
    int rv = mdshm__cluster_publish_applied(m->o.elect, m->c, rev);
    if (rv < 0 && rv != MDSHM_ENOTLEADER)
        MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "cluster mirror: applied revision "
                  "%lld not published", (long long)rev);
    return rv;
}

static bool keep_all(void *baton, mdshm_db_t db, const uint8_t *key,
                     size_t klen, const mdshm__cluster_kv_t *kv, size_t n)
{
    (void)baton, (void)db, (void)key, (void)klen, (void)kv, (void)n;
    return true;
}

static int read_rev_fn(mdshm_reader_t *rd, void *baton)
{
    return mdshm__cluster_read_rev(rd, baton);
}

/* etcd's revision (a linearizable read, so that a member still catching
 * up is not taken for one restored).  0 or an etcd error. */
static int etcd_rev(mdshm__cluster_mirror_t *m, int64_t *rev)
{
    mdshm__etcd_range_req_t rq = {0};
    mdshm__etcd_range_resp_t resp;
    int rv;

    memset(&resp, 0, sizeof(resp));
    rq.key = m->data_key;
    rq.key_len = strlen(m->data_key);
    rq.range_end = m->data_end;
    rq.range_end_len = m->data_end_len;
    rq.count_only = true;
    rv = mdshm__etcd_range(m->c, &rq, &resp);
    if (rv == 0)
        *rev = resp.revision;
    mdshm__etcd_range_resp_clear(&resp);
    return rv;
}

static void log_restored(int64_t etcd, uint64_t recorded)
{
    MDSHM_LOG(MDSHM_LOG_WARN, 0, "cluster mirror: etcd's revision %lld is "
              "below this store's %llu: etcd was restored from a snapshot "
              "or replaced; resync from its range", (long long)etcd,
              (unsigned long long)recorded);
}

/* A range of P"data/" at one revision, applied as one replacement whose
 * revision is recorded even if lower than the store's (etcd restored:
 * logged and counted).  An empty range replaces nothing (an empty cluster
 * never empties a host: its leader seeds etcd from its store,
 * docs/cluster.md): every record is kept, only the revision recorded.
 * @return the revision, or <0. */
static int64_t resync(mdshm__cluster_mirror_t *m)
{
    struct pages p = {0};
    mdshm__cluster_kv_t *kv = NULL;
    mdshm__cluster_applied_t res;
    uint64_t recorded = 0;
    int64_t rev = 0;
    int rv;

    rv = mdshm__read_once(m->o.st, read_rev_fn, &recorded);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_range_pages(m->c, m->data_key, strlen(m->data_key),
                                 m->data_end, m->data_end_len, PAGE, &rev,
                                 page_fn, &p);
    if (rv < 0)
        goto out;
    if ((uint64_t)rev < recorded)
        log_restored(rev, recorded);
    if (p.n && !(kv = calloc(p.n, sizeof(*kv)))) {
        rv = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < p.n; i++) {
        kv[i].key = p.kv[i].key;
        kv[i].klen = p.kv[i].key_len;
        kv[i].val = p.kv[i].value;
        kv[i].vlen = p.kv[i].value_len;
        kv[i].mod_rev = p.kv[i].mod_revision;
    }
    rv = mdshm__cluster_replace_keep(m->o.cand, m->o.kek, m->o.prefix, kv,
                                     p.n, (uint64_t)rev,
                                     p.n ? m->o.keep : keep_all,
                                     p.n ? m->o.keep_baton : NULL, &res);
    if (rv == 0 && p.n)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "cluster mirror: %zu records at "
                  "revision %lld (%zu written, %zu unchanged, %zu removed)",
                  p.n, (long long)rev, res.written, res.unchanged,
                  res.removed);
out:
    free(kv);
    pages_free(&p);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "cluster mirror: resync failed (%s)",
                  mdshm__etcd_strerror(rv));
        set_status(m, rv, -1, 0);
        return rv;
    }
    pthread_mutex_lock(&m->mu);
    m->st.synced = true;
    m->st.resyncs++;
    if ((uint64_t)rev < recorded)
        m->st.restores++;
    m->st.seen = rev; /* goes down with etcd restored */
    pthread_mutex_unlock(&m->mu);
    set_status(m, 0, rev, rev);
    publish(m, rev);
    return rev;
}

/* ---- the watch ---------------------------------------------------------- */

/* Whether @key (an event's) is under P"data/challenges/": a cluster
 * leader waits for every host to apply it (cluster_elect.h). */
static bool challenge_key(const mdshm__cluster_mirror_t *m,
                          const uint8_t *key, size_t klen)
{
    const char *db = mdshm_db_name(MDSHM_DB_CHALLENGES);
    size_t dl = strlen(m->data_key), nl = strlen(db);

    return klen > dl + nl && memcmp(key, m->data_key, dl) == 0 &&
           memcmp(key + dl, db, nl) == 0 && key[dl + nl] == '/';
}

/* Watch answers with events (@n of them, in order), applied in one
 * write; @urgent set when they hold challenge records. */
static int apply_events(mdshm__cluster_mirror_t *m,
                        const mdshm__etcd_watch_msg_t *msg, size_t n,
                        int64_t *applied, bool *urgent)
{
    mdshm__cluster_kv_t *kv;
    mdshm__cluster_applied_t res;
    size_t total = 0, k = 0;
    int rv;

    for (size_t j = 0; j < n; j++)
        total += msg[j].n_events;
    if (!(kv = calloc(total ? total : 1, sizeof(*kv))))
        return -ENOMEM;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < msg[j].n_events; i++, k++) {
            const mdshm__etcd_event_t *e = &msg[j].events[i];
            kv[k].key = e->kv.key;
            kv[k].klen = e->kv.key_len;
            kv[k].del = e->type == MDSHM__ETCD_EV_DELETE;
            kv[k].val = kv[k].del ? NULL : e->kv.value;
            kv[k].vlen = kv[k].del ? 0 : e->kv.value_len;
            kv[k].mod_rev = e->kv.mod_revision;
            if (!kv[k].del && challenge_key(m, kv[k].key, kv[k].klen))
                *urgent = true;
        }
    rv = mdshm__cluster_apply(m->o.cand, m->o.kek, m->o.prefix, kv, total,
                              (uint64_t)msg[n - 1].revision, &res);
    free(kv);
    if (rv == 0)
        *applied = (int64_t)res.rev;
    return rv;
}

static void log_compacted(int64_t from, int64_t oldest)
{
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster mirror: revision %lld "
              "compacted (oldest %lld): resync", (long long)from,
              (long long)oldest);
}

/* Watch from @from until the stream ends.  @return the next revision to
 * watch from (>0), 0 to resync (compacted), <0 on stop. */
static int64_t watch(mdshm__cluster_mirror_t *m, int64_t from)
{
    mdshm__etcd_watch_t *w = NULL;
    mdshm__etcd_watch_msg_t msg, grp[GROUP_MAX], next;
    size_t n_grp;
    bool have_next = false;
    int64_t compact = 0, applied = from - 1, heard = mdshm__mono_ms();
    int64_t published = applied, owed_ms = 0, published_ms = 0;
    bool urgent = false;
    int silence = m->o.silence_ms ? m->o.silence_ms : SILENCE_MS;
    int rv;

    memset(&msg, 0, sizeof(msg));
    memset(&next, 0, sizeof(next));
    rv = mdshm__etcd_watch_open(m->c, m->data_key, strlen(m->data_key),
                                m->data_end, m->data_end_len, from, false,
                                &compact, &w);
    if (rv == MDSHM__ETCD_ECOMPACTED) {
        log_compacted(from, compact);
        return 0;
    }
    if (rv < 0) {
        set_status(m, rv, -1, 0);
        pause_ms(m, RETRY_MS);
        return from;
    }
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "cluster mirror: watching %s from "
              "revision %lld on %s", m->data_key, (long long)from,
              mdshm__etcd_watch_endpoint(w));
    while (!stopping(m)) {
        /* Publish the applied revision once the stream has nothing more
         * right now (or every PUBLISH_MAX_MS), and only where a cluster
         * leader waits for it (challenge records) at once: otherwise at
         * most every PUBLISH_LAZY_MS, for status.  Each publish is an
         * etcd write, hence a revision and a raft round; under a stream
         * of writes (100 MDs ordered at once) the three hosts' publishes
         * were 435 of etcd's 669 revisions (cluster_bench.py). */
        int64_t now = mdshm__mono_ms();
        bool owed = applied > published;
        int64_t lazy_in = owed && !urgent ? published_ms + PUBLISH_LAZY_MS -
                                                now
                                          : 0;
        if (owed && (urgent ? now - owed_ms >= PUBLISH_MAX_MS
                            : lazy_in <= 0)) {
            publish(m, applied);
            published = applied;
            published_ms = now;
            urgent = owed = false;
        }
        if (have_next) { /* read while grouping, not applied yet */
            msg = next;
            have_next = false;
            rv = 1;
        } else {
            int timeout = !owed ? STEP_MS
                          : urgent ? 0
                          : lazy_in < STEP_MS ? (int)lazy_in : STEP_MS;
            rv = mdshm__etcd_watch_next(w, timeout, &msg);
        }
        if (rv == 0 && owed && urgent) { /* nothing more right now */
            publish(m, applied);
            published = applied;
            published_ms = mdshm__mono_ms();
            urgent = false;
            continue;
        }
        if (rv == 0) {
            if (mdshm__mono_ms() - heard > silence) {
                MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster mirror: watch on %s "
                          "silent for %d ms: reopened",
                          mdshm__etcd_watch_endpoint(w), silence);
                break;
            }
            continue;
        }
        if (rv < 0) { /* broken: resume from the recorded revision */
            set_status(m, rv, -1, 0);
            pause_ms(m, RETRY_MS / 5);
            break;
        }
        heard = mdshm__mono_ms();
        if (msg.kind == MDSHM__ETCD_WATCH_EVENTS ||
            msg.kind == MDSHM__ETCD_WATCH_PROGRESS) {
            int64_t a = applied, broken = 0;
            if (msg.kind == MDSHM__ETCD_WATCH_EVENTS) {
                /* Group the answers already here into one write: a mirror
                 * behind a stream of writes catches up, instead of paying
                 * a write (and its fsync) per answer. */
                grp[0] = msg;
                n_grp = 1;
                while (n_grp < GROUP_MAX) {
                    int r = mdshm__etcd_watch_next(w, 0, &next);
                    if (r < 0)
                        broken = r;
                    if (r != 1)
                        break;
                    if (next.kind != MDSHM__ETCD_WATCH_EVENTS) {
                        have_next = true;
                        break;
                    }
                    grp[n_grp++] = next;
                }
                msg.revision = grp[n_grp - 1].revision;
                rv = apply_events(m, grp, n_grp, &a, &urgent);
                for (size_t i = 1; i < n_grp; i++)
                    mdshm__etcd_watch_msg_clear(&grp[i]);
            } else if (msg.revision > applied) {
                rv = mdshm__cluster_apply(m->o.cand, m->o.kek, m->o.prefix,
                                          NULL, 0, (uint64_t)msg.revision,
                                          NULL);
                a = msg.revision;
            }
            if (rv < 0) {
                MDSHM_LOG(MDSHM_LOG_WARN, rv, "cluster mirror: a batch at "
                          "revision %lld not applied; watching again",
                          (long long)msg.revision);
                set_status(m, rv, -1, msg.revision);
                mdshm__etcd_watch_msg_clear(&msg);
                pause_ms(m, RETRY_MS);
                break;
            }
            if (a > applied) {
                if (applied == published)
                    owed_ms = mdshm__mono_ms();
                applied = a;
                set_status(m, 0, applied, msg.revision);
            }
            if (broken < 0) { /* while grouping: as below */
                mdshm__etcd_watch_msg_clear(&msg);
                set_status(m, (int)broken, -1, 0);
                pause_ms(m, RETRY_MS / 5);
                break;
            }
        } else if (msg.kind == MDSHM__ETCD_WATCH_CANCELED) {
            compact = msg.compact_revision;
            mdshm__etcd_watch_msg_clear(&msg);
            if (compact > 0) {
                log_compacted(applied + 1, compact);
                mdshm__etcd_watch_close(w);
                return 0;
            }
            break;
        } else if (msg.kind == MDSHM__ETCD_WATCH_ERROR) {
            MDSHM_LOG(MDSHM_LOG_INFO, msg.err, "cluster mirror: watch on %s "
                      "ended: %s", mdshm__etcd_watch_endpoint(w), msg.reason);
            set_status(m, msg.err ? msg.err : -EPROTO, -1, 0);
            mdshm__etcd_watch_msg_clear(&msg);
            pause_ms(m, RETRY_MS);
            break;
        }
        mdshm__etcd_watch_msg_clear(&msg);
    }
    if (have_next)
        mdshm__etcd_watch_msg_clear(&next);
    mdshm__etcd_watch_close(w);
    if (applied > published)
        publish(m, applied);
    pthread_mutex_lock(&m->mu);
    m->st.reopens++;
    pthread_mutex_unlock(&m->mu);
    return stopping(m) ? -1 : applied + 1;
}

/* Before a watch resumed from the recorded revision (@from - 1): is
 * etcd's revision below it?  etcd was restored from a snapshot, or is a
 * new cluster with this prefix: a watch from @from would wait for a
 * revision etcd has not reached, then skip everything before it.
 * @return 0 to watch from @from, 1 to resync, <0 to retry. */
static int restored(mdshm__cluster_mirror_t *m, int64_t from)
{
    int64_t rev = 0;
    int rv = etcd_rev(m, &rev);

    if (rv < 0) {
        set_status(m, rv, -1, 0);
        return rv;
    }
    return rev < from - 1;
}

static void *mirror_main(void *arg)
{
    mdshm__cluster_mirror_t *m = arg;
    int64_t from = 0; /* 0: resync */

    while (!stopping(m)) {
        if (from > 0) { /* resuming a watch that ended */
            int r = restored(m, from);
            if (r < 0) {
                pause_ms(m, RETRY_MS);
                continue;
            }
            if (r > 0)
                from = 0;
        }
        if (from == 0) {
            int64_t rev = resync(m);
            if (rev < 0) {
                pause_ms(m, RETRY_MS);
                continue;
            }
            from = rev + 1;
        }
        from = watch(m, from);
        if (from < 0)
            break;
    }
    return NULL;
}

static void mirror_free(mdshm__cluster_mirror_t *m)
{
    mdshm__etcd_destroy(m->c);
    free(m->data_key);
    free(m->data_end);
    pthread_mutex_destroy(&m->mu);
    pthread_cond_destroy(&m->cv);
    free(m);
}

int mdshm__cluster_mirror_start(const mdshm__cluster_mirror_opts_t *opts,
                                mdshm__cluster_mirror_t **out)
{
    mdshm__cluster_mirror_t *m = calloc(1, sizeof(*m));
    int rv;

    *out = NULL;
    if (!m)
        return -ENOMEM;
    m->o = *opts;
    pthread_mutex_init(&m->mu, NULL);
    {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&m->cv, &ca);
        pthread_condattr_destroy(&ca);
    }
    rv = mdshm__etcd_dup(opts->etcd, &m->c);
    if (rv < 0)
        goto fail;
    rv = mdshm__cluster_key_data(opts->prefix, &m->data_key);
    if (rv < 0)
        goto fail;
    rv = mdshm__etcd_prefix_end(m->data_key, strlen(m->data_key),
                                &m->data_end, &m->data_end_len);
    if (rv < 0)
        goto fail;
    rv = -pthread_create(&m->thread, NULL, mirror_main, m);
    if (rv < 0)
        goto fail;
    *out = m;
    return 0;
fail:
    mirror_free(m);
    return rv;
}

void mdshm__cluster_mirror_stop(mdshm__cluster_mirror_t *m)
{
    if (!m)
        return;
    pthread_mutex_lock(&m->mu);
    m->stop = true;
    pthread_cond_broadcast(&m->cv);
    pthread_mutex_unlock(&m->mu);
    pthread_join(m->thread, NULL);
    mirror_free(m);
}

int mdshm__cluster_mirror_wait(mdshm__cluster_mirror_t *m, int64_t rev,
                               int timeout_ms)
{
    int64_t until = mdshm__mono_ms() + timeout_ms;
    struct timespec ts = {until / 1000, (long)(until % 1000) * 1000000};
    int rv = 0;

    pthread_mutex_lock(&m->mu);
    while (!(m->st.synced && m->st.applied >= rev)) {
        if (m->stop || mdshm__mono_ms() >= until ||
            pthread_cond_timedwait(&m->cv, &m->mu, &ts) == ETIMEDOUT) {
            rv = -ETIMEDOUT;
            break;
        }
    }
    if (m->st.synced && m->st.applied >= rev)
        rv = 0;
    pthread_mutex_unlock(&m->mu);
    return rv;
}

void mdshm__cluster_mirror_status(mdshm__cluster_mirror_t *m,
                                  mdshm__cluster_mirror_status_t *st)
{
    pthread_mutex_lock(&m->mu);
    *st = m->st;
    pthread_mutex_unlock(&m->mu);
}
