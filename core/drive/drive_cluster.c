/* drive_cluster.c -- the drive in cluster mode (docs/cluster.md, "The drive
 * in cluster mode").  While this process leads its host and MDCluster* is
 * configured: an etcd client, the elector (cluster leadership), the mirror
 * (etcd -> this store) and the commit hook (this store's replicated
 * writes -> etcd, one fenced txn each).  Only the cluster leader does
 * ACME, OCSP and CRL work; the drive asks mdshm__drive_cluster_step()
 * each round.
 *
 *  - Seeding: a host that becomes cluster leader while etcd holds no
 *    record writes its replicated records to etcd first, so that no
 *    certificate a host already has is lost; the mirror never empties a
 *    store from an empty range.
 *  - Joining: the mirror's replacement wins, except that a host keeps an
 *    active set etcd has none for that MD (until the cluster leader's own
 *    set for it arrives), and keeps its static sets (MDCertificateFile),
 *    which are per host: they never go to etcd (the hook leaves them out).
 */
#include "drive.h"

#include "cluster.h"
#include "cluster_elect.h"
#include "cluster_hosts.h"
#include "cluster_mirror.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

#define TAKEOVER_WAIT_MS 200   /* per round: the mirror catching up */
#define TAKEOVER_WARN_MS 10000
#define HOSTS_POLL_MS 20    /* P"hosts/" read this often at most (shared) */
#define START_RETRY_MS 5000    /* a failed start is tried again after */

#define KEY_POLL_MS 5000       /* a refused key file: looked at again */
#define KEY_MSG_MAX 512
#define REQ_POLL_MS 1000       /* the cluster leader reads P"requests/" */
#define REQ_RETRY_MAX 16
#define REQ_PAGE 100

struct mdshm__dcluster {
    mdshm_drive_t *d;
    const mdshm__cluster_config_t *cc;
    const char *prefix;
    char host_id[MDSHM__CLUSTER_HOST_ID_MAX + 1];
    mdshm__cluster_kek_t kek;
    mdshm__etcd_t *etcd;      /* the main loop's */
    mdshm__etcd_t *hook_c;    /* the commit hook's, under hook_mu */
    pthread_mutex_t hook_mu;
    mdshm__cluster_elect_t *elect;
    mdshm__cluster_mirror_t *mirror;
    mdshm__cluster_fence_t fence; /* of this leadership, under hook_mu */
    atomic_bool leading;      /* we lead the cluster and may write */
    atomic_bool taking_over;  /* leading, waiting for our mirror */
    _Atomic int64_t last_rev; /* the revision of our last write */
    _Atomic uint64_t fenced;  /* writes refused as fenced */
    int64_t challenge_wait_ms;
    int64_t state_rev;        /* the applied revision MD states reflect */
    int64_t takeover_term;    /* the term take_over() fenced and seeded */
    int64_t takeover_rev;     /*   etcd's revision then */
    int64_t takeover_ms;      /*   last warned (mono) */
    _Atomic int hook_err;     /* the last commit hook's etcd error (0) */
    mdshm_cluster_rec_t shown; /* meta/cluster as last written */
    char shown_text[5][KEY_MSG_MAX]; /*   its strings */
    int64_t shown_mono_ms;
    /* the key check (docs/cluster.md, "A wrong key file") */
    char keycheck[MDSHM__KEYCHECK_LEN + 1]; /* our value */
    char *keycheck_key;       /* P"keycheck": the elector's guard */
    pthread_mutex_t key_mu;
    char key_state[16];       /* "differs", "error", "" (under key_mu) */
    char key_msg[KEY_MSG_MAX]; /* why we do not campaign ("": we may) */
    struct stat kek_st;       /* the key file as loaded */
    int64_t kek_poll_ms;      /* mono: when to look at it again */
    /* renewal requests across hosts (main loop only) */
    char *req_key;            /* P"requests/renew/" */
    int64_t req_poll_ms;      /* mono: the leader reads them again then */
    uint64_t req_lease;       /* a follower's lease for its forwards */
    char req_retry[REQ_RETRY_MAX][MDSHM_MAX_NAME_LEN + 1];
    size_t n_retry;           /* forwards that failed: asked again */
    /* P"hosts/" as last read for the challenge waits, under hosts_mu:
     * one read serves every waiting run for HOSTS_POLL_MS (each read is
     * a linearizable range, a raft round in etcd) */
    pthread_mutex_t hosts_mu;
    mdshm__cluster_hosts_t *hosts_view; /* the watch (started at the first
                                           wait); the reads below while it
                                           holds none */
    mdshm__etcd_t *hosts_c;
    mdshm__cluster_host_t *hosts;
    size_t n_hosts;
    int hosts_rv;
    int64_t hosts_read_ms;    /* mono; 0: never */
};

bool mdshm__drive_cluster_on(const mdshm_drive_t *d)
{
    return d->g->cluster.endpoints.n > 0;
}

/* ---- which records stay per host -------------------------------------- */

/* The MD of a record key of @db ("md", "md/spec", "md/seq"); false for the
 * databases not keyed by MD. */
static bool md_of(mdshm_db_t db, const uint8_t *key, size_t klen,
                  size_t *mdlen)
{
    const uint8_t *slash;

    if (db != MDSHM_DB_CERTS && db != MDSHM_DB_ARCHIVE &&
        db != MDSHM_DB_STAGING && db != MDSHM_DB_JOBS)
        return false;
    slash = memchr(key, '/', klen);
    *mdlen = slash ? (size_t)(slash - key) : klen;
    return true;
}

static bool static_md(const mdshm_drive_t *d, mdshm_db_t db,
                      const uint8_t *key, size_t klen)
{
    size_t n;
    char md[512];

    if (!md_of(db, key, klen, &n) || n >= sizeof(md))
        return false;
    memcpy(md, key, n);
    md[n] = 0;
    mdshm__dmd_t *m = mdshm__drive_queue_find((mdshm_drive_t *)d, md);
    return m && m->cfg->is_static;
}

/* Whether the range holds an active set of MD @md. */
static bool range_has_certs(const struct mdshm__dcluster *cl,
                            const uint8_t *md, size_t mdlen,
                            const mdshm__cluster_kv_t *kv, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        mdshm_db_t db;
        const uint8_t *k;
        size_t kl, ml;
        if (mdshm__cluster_key_parse(cl->prefix, kv[i].key, kv[i].klen, &db,
                                     &k, &kl) == 0 &&
            db == MDSHM_DB_CERTS && md_of(db, k, kl, &ml) && ml == mdlen &&
            !memcmp(k, md, mdlen))
            return true;
    }
    return false;
}

static bool keep_fn(void *baton, mdshm_db_t db, const uint8_t *key,
                    size_t klen, const mdshm__cluster_kv_t *kv, size_t n)
{
    struct mdshm__dcluster *cl = baton;
    size_t mdlen;

    if (static_md(cl->d, db, key, klen))
        return true;
    if (db == MDSHM_DB_CERTS && md_of(db, key, klen, &mdlen) &&
        !range_has_certs(cl, key, mdlen, kv, n)) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: keeping this host's set "
                  "%.*s: etcd has none for its MD", (int)klen, key);
        return true;
    }
    return false;
}

/* ---- writes to etcd ------------------------------------------------------ */

/* @ops as one fenced txn of this leadership. */
static int fenced_write(struct mdshm__dcluster *cl, mdshm__etcd_t *c,
                        const mdshm__cluster_ops_t *ops, size_t from,
                        size_t to, int64_t *rev)
{
    mdshm__etcd_op_t *eo = calloc(to - from ? to - from : 1, sizeof(*eo));
    mdshm__etcd_txn_t t = {0};
    mdshm__etcd_txn_resp_t resp;
    int rv;

    if (!eo)
        return -ENOMEM;
    memset(&resp, 0, sizeof(resp));
    for (size_t i = from; i < to; i++) {
        mdshm__etcd_op_t *o = &eo[i - from];
        o->type = ops->op[i].val ? MDSHM__ETCD_OP_PUT : MDSHM__ETCD_OP_DELETE;
        o->key = ops->op[i].key;
        o->key_len = ops->op[i].klen;
        o->value = ops->op[i].val;
        o->value_len = ops->op[i].vlen;
    }
    t.success = eo;
    t.n_success = to - from;
    rv = mdshm__cluster_fenced_txn(cl->elect, c, &cl->fence, &t, &resp);
    if (rv == 0 && !resp.succeeded)
        rv = -EPROTO; /* we add no compare of our own */
    if (rv == 0) {
        int64_t last = atomic_load(&cl->last_rev);
        if (rev)
            *rev = resp.revision;
        while (resp.revision > last &&
               !atomic_compare_exchange_weak(&cl->last_rev, &last,
                                             resp.revision))
            ;
    } else if (rv == MDSHM_EFENCED) {
        atomic_store(&cl->leading, false);
        atomic_fetch_add(&cl->fenced, 1);
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "cluster: write fenced (term %lld is "
                  "over): not written, ACME work stops",
                  (long long)cl->fence.term);
    }
    mdshm__etcd_txn_resp_clear(&resp);
    free(eo);
    return rv;
}

/* The commit hook: every replicated write of the drive goes to etcd
 * first (but static sets, which are per host). */
static int commit_hook(const mdshm__journal_t *j, void *baton,
                       int64_t *stamp)
{
    struct mdshm__dcluster *cl = baton;
    mdshm__journal_t f = {.db_mask = j->db_mask};
    mdshm__cluster_ops_t ops = {0};
    int rv = 0;

    if (!(f.e = calloc(j->n ? j->n : 1, sizeof(*f.e))))
        return -ENOMEM;
    for (size_t i = 0; i < j->n; i++)
        if (!static_md(cl->d, j->e[i].db, j->e[i].key, j->e[i].klen))
            f.e[f.n++] = j->e[i];
    if (f.n == 0)
        goto out;
    if (!atomic_load(&cl->leading)) {
        rv = MDSHM_ENOTLEADER;
        MDSHM_LOG(MDSHM_LOG_INFO, rv, "cluster: this host does not lead the "
                  "cluster: a replicated write is refused");
        goto out;
    }
    rv = mdshm__cluster_journal_ops(&f, &cl->kek, cl->prefix, &ops);
    if (rv == 0)
        rv = mdshm__cluster_ops_check(&ops, 2, 256);
    if (rv < 0)
        goto out;
    pthread_mutex_lock(&cl->hook_mu);
    rv = fenced_write(cl, cl->hook_c, &ops, 0, ops.n, stamp);
    pthread_mutex_unlock(&cl->hook_mu);
    atomic_store(&cl->hook_err, rv == MDSHM_EFENCED ? 0 : rv);
    if (rv == MDSHM_EFENCED)
        rv = MDSHM_ENOTLEADER; /* host leadership stays: only the cluster's
                                  is over */
out:
    mdshm__cluster_ops_free(&ops);
    free(f.e);
    return rv;
}

/* ---- seeding an empty cluster ------------------------------------------- */

struct seed {
    struct mdshm__dcluster *cl;
    mdshm__cluster_ops_t ops;
    int err;
};

static int seed_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                   mdshm_buf_t val)
{
    struct seed *s = baton;

    if (static_md(s->cl->d, db, key.p, key.n))
        return 0;
    return mdshm__cluster_op_add(&s->ops, &s->cl->kek, s->cl->prefix, db,
                                 key.p, key.n, val.p, val.n);
}

static int seed_read(mdshm_reader_t *rd, void *baton)
{
    int rv = 0;

    for (int db = 0; db < MDSHM_DB_COUNT && rv == 0; db++)
        if (mdshm__cluster_replicated((mdshm_db_t)db) &&
            db != MDSHM_DB_CHALLENGES)
            rv = mdshm_read_foreach(rd, (mdshm_db_t)db, seed_fn, baton);
    return rv;
}

/* @rq covers every key under P"data/" (@data and @end: malloc'ed, for
 * the caller to free, also on an error). */
/* etcd holds no record: write ours (in txns that each fit; a seed cut
 * short is completed by the next leader's seed, puts being idempotent). */
static int seed(struct mdshm__dcluster *cl, int64_t *rev)
{
    struct seed s = {.cl = cl};
    char *data = NULL;
    size_t *ends = NULL, n_runs = 0;
    mdshm__etcd_range_req_t rq = {.count_only = true};
    mdshm__etcd_range_resp_t resp;
    int rv;

    memset(&resp, 0, sizeof(resp));
    if ((rv = mdshm__cluster_key_data(cl->prefix, &data)) < 0)
        goto out;
    rv = mdshm__etcd_range_prefix(cl->etcd, data, &rq, &resp);
    if (rv < 0)
        goto out;
    *rev = resp.revision;
    if (resp.count > 0)
        goto out;
    rv = mdshm__read_once(cl->d->st, seed_read, &s);
    if (rv < 0 || s.ops.n == 0)
        goto out;
    rv = mdshm__cluster_ops_split(&s.ops, 2, 256, &ends, &n_runs);
    for (size_t i = 0; i < n_runs && rv == 0; i++)
        rv = fenced_write(cl, cl->etcd, &s.ops, i ? ends[i - 1] : 0, ends[i], NULL);
    if (rv == 0) {
        *rev = atomic_load(&cl->last_rev);
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: etcd held no record: seeded "
                  "it with this host's %zu records (revision %lld)", s.ops.n,
                  (long long)*rev);
    }
out:
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "cluster: cannot check or seed etcd "
                  "(%s)", mdshm__etcd_strerror(rv));
    mdshm__etcd_range_resp_clear(&resp);
    mdshm__cluster_ops_free(&s.ops);
    free(ends);
    free(data);
    return rv;
}

/* ---- MD state on a host that does not run the MDs ----------------------- */

/* The mirror's status (zero before it starts: key_upkeep). */
static void mirror_status(struct mdshm__dcluster *cl,
                          mdshm__cluster_mirror_status_t *ms)
{
    memset(ms, 0, sizeof(*ms));
    if (cl->mirror)
        mdshm__cluster_mirror_status(cl->mirror, ms);
}


struct mdstate {
    mdshm_drive_t *d;
    mdshm_record_t rec, cert, copy;
    size_t changed;
};

/* One MD: complete when every key spec has an active set; renew-at from
 * the sets' windows, as an activation sets them.  1 changed, 0 not. */
static int md_state_one(mdshm__wtxn_t *w, struct mdstate *ms,
                        const mdshm__dmd_t *m)
{
    const mdshm_md_rec_t *md;
    int64_t renew_at = INT64_MAX;
    uint8_t *buf = NULL;
    int rv = mdshm__w_get(w, MDSHM_DB_MDS, m->name, strlen(m->name),
                          &ms->rec);

    if (rv < 0)
        return rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT ? 0 : rv;
    md = &ms->rec.u.md;
    if (!md->n_key_specs)
        return 0;
    for (uint32_t i = 0; i < md->n_key_specs; i++) {
        char key[520];
        int klen = mdshm_key_certset(key, sizeof(key), m->name,
                                     strlen(m->name),
                                     (const char *)md->key_specs[i].p,
                                     md->key_specs[i].n);
        if (klen < 0)
            return 0;
        rv = mdshm__w_get(w, MDSHM_DB_CERTS, key, (size_t)klen, &ms->cert);
        if (rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT)
            return 0; /* not complete: what it says stands */
        if (rv < 0)
            return rv;
        int64_t at = mdshm__drive_plan_window(
            ms->cert.u.certset.not_before * 1000,
            ms->cert.u.certset.not_after * 1000, m->renew_win);
        if (at < renew_at)
            renew_at = at;
    }
    if (md->state == MDSHM_MD_COMPLETE && md->renew_at_ms == renew_at)
        return 0;
    rv = mdshm__rec_clone(&ms->rec, &ms->copy, &buf);
    if (rv < 0)
        return rv;
    ms->copy.u.md.state = MDSHM_MD_COMPLETE;
    ms->copy.u.md.renew_at_ms = renew_at;
    rv = mdshm__w_put_md(w, &ms->copy.u.md);
    free(buf);
    return rv < 0 ? rv : 1;
}

static int md_state_fn(mdshm__wtxn_t *w, void *baton)
{
    struct mdstate *ms = baton;

    ms->changed = 0;
    for (size_t i = 0; i < ms->d->n_mds; i++) {
        const mdshm__dmd_t *m = &ms->d->mds[i];
        if (m->cfg->is_static)
            continue;
        int rv = md_state_one(w, ms, m);
        if (rv < 0)
            return rv;
        ms->changed += (size_t)rv;
    }
    return 0;
}

/* The MD records (host-local: state, renew-at) after the sets the mirror
 * brought: another host's drive ran the MDs. */
static void md_state_refresh(struct mdshm__dcluster *cl)
{
    mdshm__cluster_mirror_status_t ms;
    struct mdstate *st;
    int rv;

    mirror_status(cl, &ms);
    if (!ms.synced || ms.applied == cl->state_rev)
        return;
    if (!(st = calloc(1, sizeof(*st))))
        return;
    st->d = cl->d;
    rv = mdshm__leader_write_local(cl->d->cand, md_state_fn, st);
    if (rv == 0) {
        cl->state_rev = ms.applied;
        if (st->changed)
            MDSHM_LOG(MDSHM_LOG_INFO, 0, "cluster: state of %zu MD%s "
                      "updated from the mirrored certificates", st->changed,
                      st->changed == 1 ? "" : "s");
    }
    free(st);
}

/* ---- the key check ------------------------------------------------------ */

/* The elector's guard did not hold: P"keycheck" is absent (write it if
 * this host's key opens the cluster's records) or another key's. */
static int key_guard(void *baton, mdshm__etcd_t *c, const void *seen,
                     size_t seen_len)
{
    struct mdshm__dcluster *cl = baton;
    char why[256], msg[KEY_MSG_MAX];
    const char *state = "differs";
    int rv = mdshm__cluster_keycheck_settle(c, cl->prefix, &cl->kek, seen,
                                            seen_len, why, sizeof(why));

    if (rv == 0 || !why[0])
        return rv; /* etcd errors show as such */
    if (rv == MDSHM_EMISMATCH) {
        snprintf(msg, sizeof(msg), "key-encryption file %s differs from the "
                 "cluster's (%s): this host does not campaign for the "
                 "cluster leadership and applies nothing until the file is "
                 "the cluster's", cl->cc->kek_file, why);
    } else {
        state = "error";
        snprintf(msg, sizeof(msg), "key-encryption file %s cannot be checked "
                 "against the cluster's: %s", cl->cc->kek_file, why);
    }
    pthread_mutex_lock(&cl->key_mu);
    if (strcmp(msg, cl->key_msg)) /* the message says it all */
        MDSHM_LOG(MDSHM_LOG_ERR, 0, "cluster: %s", msg);
    snprintf(cl->key_state, sizeof(cl->key_state), "%s", state);
    snprintf(cl->key_msg, sizeof(cl->key_msg), "%s", msg);
    pthread_mutex_unlock(&cl->key_mu);
    return rv;
}

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_dev == b->st_dev &&
           a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
           a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
           a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* The main loop looks at once (a takeover waiting for the mirror, the
 * MD states and meta/cluster to follow), not at its next second. */
static void mirror_applied(void *baton)
{
    struct mdshm__dcluster *cl = baton;

    mdshm__drive_wake(cl->d);
}

/* Each round, after the elector's status: once the key check passed, the
 * mirror starts (a host whose key differs would only fail to apply every
 * batch); while it differs, the key file is looked at every KEY_POLL_MS.
 * @return true: the file changed, start cluster mode again (it reads the
 * file). */
static bool key_upkeep(struct mdshm__dcluster *cl,
                       const mdshm__cluster_status_t *st)
{
    mdshm__cluster_mirror_opts_t mo = {0};
    struct stat now;
    int rv;

    if (st->guard == MDSHM__CLUSTER_GUARD_OK) {
        pthread_mutex_lock(&cl->key_mu);
        if (cl->key_msg[0])
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: key-encryption file %s "
                      "is the cluster's", cl->cc->kek_file);
        cl->key_msg[0] = cl->key_state[0] = 0;
        pthread_mutex_unlock(&cl->key_mu);
        if (cl->mirror)
            return false;
        mo.st = cl->d->st;
        mo.cand = cl->d->cand;
        mo.etcd = cl->etcd;
        mo.elect = cl->elect;
        mo.kek = &cl->kek;
        mo.prefix = cl->prefix;
        mo.keep = keep_fn;
        mo.keep_baton = cl;
        mo.on_applied = mirror_applied;
        mo.applied_baton = cl;
        rv = mdshm__cluster_mirror_start(&mo, &cl->mirror);
        if (rv < 0)
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "cluster: cannot start the mirror; "
                      "trying again");
        return false;
    }
    if (st->guard != MDSHM__CLUSTER_GUARD_REFUSED ||
        mdshm__mono_ms() < cl->kek_poll_ms)
        return false;
    cl->kek_poll_ms = mdshm__mono_ms() + KEY_POLL_MS;
    if (stat(cl->cc->kek_file, &now) < 0 || same_file(&now, &cl->kek_st))
        return false;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: key-encryption file %s changed: "
              "starting cluster mode again", cl->cc->kek_file);
    return true;
}

/* ---- meta/cluster: the status record ------------------------------------ */

#define STATUS_REFRESH_MS 5000

static const char *role_name(mdshm__cluster_role_t r)
{
    return r == MDSHM__CLUSTER_LEADER     ? "leader"
           : r == MDSHM__CLUSTER_FOLLOWER ? "follower"
                                          : "none";
}

/* etcd as seen from here, from the last errors of the elector, the
 * mirror and the commit hook. */
static const char *etcd_state(int err)
{
    if (err == 0)
        return "ok";
    if (err == MDSHM__ETCD_ENOLEADER)
        return "quorum lost: writes stopped";
    if (err == MDSHM__ETCD_ECONN)
        return "unreachable";
    return mdshm__etcd_err_name(err);
}

static int status_put_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t *rec = baton;
    return mdshm__w_put(w, MDSHM_DB_META, "cluster", 7, rec);
}

/* Write meta/cluster when it changed (or every STATUS_REFRESH_MS, so that
 * its time says the host leader is alive). */
static void status_write(struct mdshm__dcluster *cl,
                         const mdshm__cluster_status_t *es)
{
    mdshm__cluster_mirror_status_t ms;
    mdshm_record_t *rec;
    mdshm_cluster_rec_t *c;
    char text[5][KEY_MSG_MAX];
    int err = es->last_err, hook_err = atomic_load(&cl->hook_err);
    int64_t seen, mono = mdshm__mono_ms();

    mirror_status(cl, &ms);
    if (!err)
        err = ms.last_err;
    if (!err)
        err = hook_err;
    seen = ms.seen > ms.applied ? ms.seen : ms.applied;
    if (atomic_load(&cl->leading) && atomic_load(&cl->last_rev) > seen)
        seen = atomic_load(&cl->last_rev);
    snprintf(text[0], sizeof(text[0]), "%s", es->leader);
    snprintf(text[1], sizeof(text[1]), "%s", etcd_state(err));
    snprintf(text[2], sizeof(text[2]), "%s",
             mdshm__etcd_endpoint(cl->etcd));
    snprintf(text[3], sizeof(text[3]), "%s",
             err ? mdshm__etcd_strerror(err) : "");
    pthread_mutex_lock(&cl->key_mu);
    if (cl->key_msg[0]) /* what keeps this host out comes first */
        snprintf(text[3], sizeof(text[3]), "%s", cl->key_msg);
    snprintf(text[4], sizeof(text[4]), "%s",
             es->guard == MDSHM__CLUSTER_GUARD_OK ? "ok" : cl->key_state);
    pthread_mutex_unlock(&cl->key_mu);
    if (cl->shown_mono_ms && mono - cl->shown_mono_ms < STATUS_REFRESH_MS &&
        !memcmp(text, cl->shown_text, sizeof(text)) &&
        cl->shown.term == es->term && cl->shown.applied_rev == ms.applied &&
        cl->shown.seen_rev == seen && cl->shown.fenced == es->fenced &&
        cl->shown.resyncs == ms.resyncs && cl->shown.restores == ms.restores &&
        !strcmp((const char *)cl->shown.role.p, role_name(es->role)))
        return;
    if (!(rec = calloc(1, sizeof(*rec))))
        return;
    rec->type = MDSHM_REC_CLUSTER;
    c = &rec->u.cluster;
    c->host = mdshm__sbuf(cl->host_id);
    c->role = mdshm__sbuf(role_name(es->role));
    c->leader = mdshm__sbuf(text[0]);
    c->term = es->term;
    c->applied_rev = ms.applied;
    c->seen_rev = seen;
    c->etcd = mdshm__sbuf(text[1]);
    c->endpoint = mdshm__sbuf(text[2]);
    c->last_error = mdshm__sbuf(text[3]);
    c->key_check = mdshm__sbuf(text[4]);
    c->fenced = es->fenced + atomic_load(&cl->fenced);
    c->resyncs = ms.resyncs;
    c->restores = ms.restores;
    c->updated_ms = mdshm__now_ms();
    if (mdshm__leader_write_local(cl->d->cand, status_put_fn, rec) == 0) {
        cl->shown = *c;
        cl->shown.role = mdshm__sbuf(role_name(es->role)); /* static text */
        cl->shown.fenced = es->fenced;
        memcpy(cl->shown_text, text, sizeof(text));
        cl->shown_mono_ms = mono;
    }
    free(rec);
}

/* A start that failed (mdshm__drive_cluster_start): meta/cluster says
 * why, so that status shows it without the log (written at each try,
 * which keeps its time fresh). */
static void status_write_failed(mdshm_drive_t *d, const char *host_id,
                                const char *why)
{
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    mdshm_cluster_rec_t *c;

    if (!rec)
        return;
    rec->type = MDSHM_REC_CLUSTER;
    c = &rec->u.cluster;
    c->host = mdshm__sbuf(host_id);
    c->role = mdshm__sbuf(role_name(MDSHM__CLUSTER_NONE));
    c->leader = mdshm__sbuf("");
    c->etcd = mdshm__sbuf("cannot start");
    c->endpoint = mdshm__sbuf("");
    c->last_error = mdshm__sbuf(why);
    c->updated_ms = mdshm__now_ms();
    (void)mdshm__leader_write_local(d->cand, status_put_fn, rec);
    free(rec);
}

/* ---- start, stop, each round -------------------------------------------- */

/* The main loop runs a round when the elector's role or term changed, and
 * while taking over when the mirror applied more: not a second later at
 * its next poll (failover and a start took 1-2 s longer). */
static void elect_changed(void *baton)
{
    struct mdshm__dcluster *cl = baton;

    mdshm__drive_wake(cl->d);
}

static int join_endpoints(const mdshm__strv_t *v, char **out)
{
    size_t len = 1;
    char *s;

    for (size_t i = 0; i < v->n; i++)
        len += strlen(v->v[i]) + 1;
    if (!(s = calloc(1, len)))
        return -ENOMEM;
    for (size_t i = 0; i < v->n; i++) {
        if (i)
            strcat(s, ",");
        strcat(s, v->v[i]);
    }
    *out = s;
    return 0;
}

int mdshm__drive_cluster_start(mdshm_drive_t *d)
{
    const mdshm__cluster_config_t *cc = &d->g->cluster;
    struct mdshm__dcluster *cl;
    mdshm__etcd_opts_t eo = {0};
    mdshm__cluster_elect_opts_t el = {0};
    char *endpoints = NULL, step[300], why[600];
    int rv;

    atomic_store(&d->cl_follower, mdshm__drive_cluster_on(d));
    if (!mdshm__drive_cluster_on(d) || d->cl)
        return 0;
    if (!(cl = calloc(1, sizeof(*cl))))
        return -ENOMEM;
    cl->d = d;
    cl->cc = cc;
    cl->prefix = cc->prefix ? cc->prefix : MDSHM__CLUSTER_PREFIX;
    pthread_mutex_init(&cl->hook_mu, NULL);
    pthread_mutex_init(&cl->hosts_mu, NULL);
    pthread_mutex_init(&cl->key_mu, NULL);
    atomic_init(&cl->leading, false);
    atomic_init(&cl->taking_over, false);
    atomic_init(&cl->last_rev, 0);
    atomic_init(&cl->fenced, 0);
    atomic_init(&cl->hook_err, 0);
    cl->challenge_wait_ms = cc->lease_ttl_ms > 5000 ? cc->lease_ttl_ms : 5000;
    if (cc->host_id)
        snprintf(cl->host_id, sizeof(cl->host_id), "%s", cc->host_id);
    else if (gethostname(cl->host_id, sizeof(cl->host_id) - 1) < 0)
        snprintf(cl->host_id, sizeof(cl->host_id), "host");
    snprintf(step, sizeof(step), "key-encryption file %s", cc->kek_file);
    if (stat(cc->kek_file, &cl->kek_st) < 0)
        memset(&cl->kek_st, 0, sizeof(cl->kek_st));
    rv = mdshm__cluster_kek_load(cc->kek_file, &cl->kek);
    if (rv == 0)
        rv = mdshm__cluster_keycheck_value(&cl->kek, cl->keycheck);
    if (rv == 0)
        rv = mdshm__cluster_key_keycheck(cl->prefix, &cl->keycheck_key);
    if (rv == 0 && !(cl->req_key = malloc(strlen(cl->prefix) + 16)))
        rv = -ENOMEM;
    if (rv < 0)
        goto fail;
    sprintf(cl->req_key, "%srequests/renew/", cl->prefix);
    /* the client reads the password file as it is made */
    if (cc->password_file)
        snprintf(step, sizeof(step), "etcd client (password file %s)",
                 cc->password_file);
    else
        snprintf(step, sizeof(step), "etcd client");
    if ((rv = join_endpoints(&cc->endpoints, &endpoints)) < 0)
        goto fail;
    eo.endpoints = endpoints;
    eo.ca_file = cc->ca_file;
    eo.cert_file = cc->cert_file;
    eo.key_file = cc->key_file;
    eo.user = cc->user;
    eo.password_file = cc->password_file;
    eo.timeout_ms = cc->timeout_ms > 0 ? (unsigned)cc->timeout_ms : 3000;
    eo.connect_timeout_ms = eo.timeout_ms < 1000 ? eo.timeout_ms : 1000;
    if ((rv = mdshm__etcd_create(&eo, &cl->etcd)) < 0 ||
        (rv = mdshm__etcd_dup(cl->etcd, &cl->hook_c)) < 0)
        goto fail;
    snprintf(step, sizeof(step), "cluster threads");
    el.prefix = cl->prefix;
    el.host_id = cl->host_id;
    el.ttl_s = cc->lease_ttl_ms / 1000;
    el.on_change = elect_changed;
    el.change_baton = cl;
    el.guard_key = cl->keycheck_key;
    el.guard_value = cl->keycheck;
    el.guard_fn = key_guard;
    el.guard_baton = cl;
    /* the mirror starts once the key check passed (key_upkeep) */
    if ((rv = mdshm__cluster_elect_create(cl->etcd, &el, &cl->elect)) < 0 ||
        (rv = mdshm__cluster_elect_start(cl->elect)) < 0)
        goto fail;
    mdshm__candidate_set_commit_hook(d->cand, commit_hook, cl,
                                     MDSHM__CLUSTER_DB_MASK);
    d->cl = cl;
    free(endpoints);
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster mode: host %s, etcd %s, prefix "
              "%s", cl->host_id, mdshm__etcd_endpoint(cl->etcd), cl->prefix);
    return 0;
fail:
    snprintf(why, sizeof(why), "%s: %s", step, mdshm__etcd_strerror(rv));
    MDSHM_LOG(MDSHM_LOG_ERR, rv, "cluster mode: cannot start: %s; this "
              "host does no ACME work until it can (tried again every "
              "%d s)", why, START_RETRY_MS / 1000);
    status_write_failed(d, cl->host_id, why);
    d->cl_retry_ms = mdshm__now_ms() + START_RETRY_MS;
    free(endpoints);
    d->cl = cl;
    mdshm__drive_cluster_stop(d);
    return rv;
}

void mdshm__drive_cluster_stop(mdshm_drive_t *d)
{
    struct mdshm__dcluster *cl = d->cl;

    if (!cl)
        return;
    mdshm__candidate_set_commit_hook(d->cand, NULL, NULL, 0);
    mdshm__cluster_mirror_stop(cl->mirror);
    mdshm__cluster_elect_destroy(cl->elect); /* resigns */
    mdshm__etcd_destroy(cl->hook_c);
    mdshm__cluster_hosts_stop(cl->hosts_view);
    mdshm__etcd_destroy(cl->hosts_c);
    mdshm__etcd_destroy(cl->etcd);
    mdshm__cluster_kek_clear(&cl->kek);
    free(cl->hosts);
    pthread_mutex_destroy(&cl->hook_mu);
    pthread_mutex_destroy(&cl->hosts_mu);
    pthread_mutex_destroy(&cl->key_mu);
    free(cl->keycheck_key);
    free(cl->req_key);
    free(cl);
    d->cl = NULL;
    atomic_store(&d->cl_follower, mdshm__drive_cluster_on(d));
}

/* Whether nothing under P"data/" changed between revisions @a and @r:
 * no key there modified after @a, and as many keys at both (a delete
 * changes the count; a put, the modification revision).  etcd's revision
 * at a takeover lies past the last data write (the leader key, the hosts'
 * entries); a mirror that has applied that write reaches the takeover
 * revision only with etcd's next progress notification (2-10 s; failover
 * and the first start waited for it), yet already holds everything. */
static bool data_unchanged(struct mdshm__dcluster *cl, int64_t a, int64_t r)
{
    char *data = NULL;
    mdshm__etcd_range_req_t rq = {0};
    mdshm__etcd_range_resp_t newer, at_a, at_r;
    bool same = false;

    memset(&newer, 0, sizeof(newer));
    memset(&at_a, 0, sizeof(at_a));
    memset(&at_r, 0, sizeof(at_r));
    if (a <= 0 || a >= r || mdshm__cluster_key_data(cl->prefix, &data) < 0)
        goto out;
    rq.revision = r;
    rq.keys_only = true;
    rq.min_mod_revision = a + 1;
    if (mdshm__etcd_range_prefix(cl->etcd, data, &rq, &newer) < 0 ||
        newer.n > 0)
        goto out;
    rq.keys_only = false;
    rq.min_mod_revision = 0;
    rq.count_only = true;
    if (mdshm__etcd_range_prefix(cl->etcd, data, &rq, &at_r) < 0)
        goto out;
    rq.revision = a; /* compacted: an error, and we wait for the mirror */
    if (mdshm__etcd_range_prefix(cl->etcd, data, &rq, &at_a) < 0)
        goto out;
    same = at_a.count == at_r.count;
out:
    mdshm__etcd_range_resp_clear(&newer);
    mdshm__etcd_range_resp_clear(&at_a);
    mdshm__etcd_range_resp_clear(&at_r);
    free(data);
    return same;
}

/* We lead the cluster now: take the fence and seed an empty etcd (once
 * per term), then wait, a round at a time, until our mirror holds
 * everything etcd had (so that orders resume from the last leader's
 * state).  @return 0 ready, <0 not yet. */
static int take_over(struct mdshm__dcluster *cl, int64_t term)
{
    int rv;

    if (cl->takeover_term != term) {
        int64_t rev = 0;
        pthread_mutex_lock(&cl->hook_mu);
        rv = mdshm__cluster_elect_fence(cl->elect, &cl->fence);
        pthread_mutex_unlock(&cl->hook_mu);
        /* this leadership's writes only: an etcd restored from a snapshot
         * (or a new one) answers lower revisions than the last term's,
         * and neither the seed's revision nor the challenge wait may be
         * one etcd has left behind */
        atomic_store(&cl->last_rev, 0);
        if (rv == 0)
            rv = seed(cl, &rev);
        if (rv < 0)
            return rv;
        cl->takeover_term = term;
        cl->takeover_rev = rev;
        cl->takeover_ms = mdshm__mono_ms();
    }
    atomic_store(&cl->taking_over, true);
    if (!cl->mirror) {
        rv = -EAGAIN; /* the key check has not passed yet (key_upkeep) */
    } else {
        rv = mdshm__cluster_mirror_wait(cl->mirror, cl->takeover_rev, 0);
        if (rv < 0) {
            mdshm__cluster_mirror_status_t ms;
            mdshm__cluster_mirror_status(cl->mirror, &ms);
            if (ms.synced && data_unchanged(cl, ms.applied, cl->takeover_rev))
                rv = 0;
        }
        if (rv < 0)
            rv = mdshm__cluster_mirror_wait(cl->mirror, cl->takeover_rev,
                                            TAKEOVER_WAIT_MS);
    }
    if (rv < 0) {
        if (mdshm__mono_ms() - cl->takeover_ms > TAKEOVER_WARN_MS) {
            MDSHM_LOG(MDSHM_LOG_WARN, rv, "cluster: leading, but this "
                      "host's mirror has not reached revision %lld yet",
                      (long long)cl->takeover_rev);
            cl->takeover_ms = mdshm__mono_ms();
        }
        return rv;
    }
    atomic_store(&cl->taking_over, false);
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: host %s leads the cluster "
              "(term %lld, revision %lld applied): ACME work starts",
              cl->host_id, (long long)cl->fence.term,
              (long long)cl->takeover_rev);
    return 0;
}

int mdshm__drive_cluster_step(mdshm_drive_t *d)
{
    struct mdshm__dcluster *cl = d->cl;
    mdshm__cluster_status_t st;
    bool was = !atomic_load(&d->cl_follower);

    if (!mdshm__drive_cluster_on(d))
        return 0;
    if (!cl) {
        if (mdshm__now_ms() < d->cl_retry_ms)
            return 0;
        if (mdshm__drive_cluster_start(d) < 0)
            return was ? -1 : 0;
    }
    cl = d->cl;
    mdshm__cluster_elect_status(cl->elect, &st);
    if (key_upkeep(cl, &st)) {
        mdshm__drive_cluster_stop(d); /* resigns; the next round starts */
        d->cl_retry_ms = 0;
        return was ? -1 : 0;
    }
    status_write(cl, &st);
    if (was) {
        if (st.role == MDSHM__CLUSTER_LEADER && st.term == cl->fence.term &&
            atomic_load(&cl->leading))
            return 0;
        atomic_store(&cl->leading, false);
        atomic_store(&d->cl_follower, true);
        MDSHM_LOG(MDSHM_LOG_WARN, 0, "cluster: host %s no longer leads the "
                  "cluster (leader now: %s): ACME work stops", cl->host_id,
                  st.leader[0] ? st.leader : "none");
        return -1;
    }
    if (st.role != MDSHM__CLUSTER_LEADER)
        atomic_store(&cl->taking_over, false);
    if (st.role != MDSHM__CLUSTER_LEADER || take_over(cl, st.term) < 0) {
        md_state_refresh(cl);
        return 0;
    }
    md_state_refresh(cl);
    atomic_store(&cl->leading, true);
    atomic_store(&d->cl_follower, false);
    return 1;
}

/* ---- renewal requests across hosts --------------------------------------- */

/* A follower's `mdshm renew MD` (a request file of its store): put into
 * etcd at P"requests/renew/<md>" = this host's id, under this host's lease
 * (a request dies with its host), for the cluster leader to act on.  A
 * put is idempotent: a request asked twice is one renewal. */
static void forward_fn(mdshm_drive_t *d, const char *md)
{
    struct mdshm__dcluster *cl = d->cl;
    size_t n = strlen(cl->req_key) + strlen(md) + 1;
    char *key = malloc(n);
    int rv = key ? 0 : -ENOMEM;

    if (key) {
        snprintf(key, n, "%s%s", cl->req_key, md);
        rv = mdshm__etcd_put(cl->etcd, key, strlen(key), cl->host_id,
                             strlen(cl->host_id), cl->req_lease, NULL);
    }
    free(key);
    if (rv == 0) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: renewal requested on this "
                  "host: forwarded to the cluster leader through etcd", md);
        return;
    }
    MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: renewal request not forwarded to "
              "the cluster leader (%s); trying again", md,
              mdshm__etcd_strerror(rv));
    if (cl->n_retry < REQ_RETRY_MAX)
        snprintf(cl->req_retry[cl->n_retry++], sizeof(cl->req_retry[0]),
                 "%s", md);
}

/* The cluster leader takes each request out of etcd (a fenced delete of
 * the version it read, so that only the leader consumes it, and a request
 * put again meanwhile stays for the next read) and then acts on it: a
 * delete whose outcome is unknown does nothing now, the next read sees
 * the request again if it is still there. */
static void take_requests(struct mdshm__dcluster *cl,
                          void (*fn)(mdshm_drive_t *d, const char *md))
{
    mdshm__etcd_range_req_t rq = {.limit = REQ_PAGE};
    mdshm__etcd_range_resp_t r;
    mdshm__cluster_fence_t fence;
    size_t plen = strlen(cl->req_key);
    int rv;

    pthread_mutex_lock(&cl->hook_mu);
    fence = cl->fence;
    pthread_mutex_unlock(&cl->hook_mu);
    if ((rv = mdshm__etcd_range_prefix(cl->etcd, cl->req_key, &rq, &r)) < 0)
        goto out;
    for (size_t i = 0; i < r.n && atomic_load(&cl->leading); i++) {
        const mdshm__etcd_kv_t *kv = &r.kvs[i];
        char md[MDSHM_MAX_NAME_LEN + 1];
        mdshm__etcd_cmp_t same = {.target = MDSHM__ETCD_CMP_MOD,
                                  .result = MDSHM__ETCD_EQUAL,
                                  .key = kv->key, .key_len = kv->key_len,
                                  .number = kv->mod_revision};
        mdshm__etcd_op_t del = {.type = MDSHM__ETCD_OP_DELETE,
                                .key = kv->key, .key_len = kv->key_len};
        mdshm__etcd_txn_t t = {&same, 1, &del, 1, NULL, 0};
        mdshm__etcd_txn_resp_t tr;
        size_t mlen = kv->key_len - plen;

        bool taken;

        rv = mdshm__cluster_fenced_txn(cl->elect, cl->etcd, &fence, &t, &tr);
        taken = rv == 0 && tr.succeeded;
        mdshm__etcd_txn_resp_clear(&tr);
        if (!taken)
            continue;
        if (mlen == 0 || mlen >= sizeof(md) || memchr(kv->key + plen, 0, mlen)) {
            MDSHM_LOG(MDSHM_LOG_WARN, MDSHM_EBADINPUT, "cluster: a renewal "
                      "request with an invalid MD name removed");
            continue;
        }
        memcpy(md, kv->key + plen, mlen);
        md[mlen] = 0;
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: renewal requested on host "
                  "%.*s, forwarded through etcd", md,
                  (int)(kv->value_len < 128 ? kv->value_len : 128),
                  (const char *)kv->value);
        fn(cl->d, md);
    }
out:
    if (rv < 0 && rv != MDSHM_EFENCED)
        MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "cluster: renewal requests not read "
                  "(%s)", mdshm__etcd_strerror(rv));
    mdshm__etcd_range_resp_clear(&r);
}

void mdshm__drive_cluster_requests(mdshm_drive_t *d,
                                   void (*fn)(mdshm_drive_t *d,
                                              const char *md))
{
    struct mdshm__dcluster *cl = d->cl;
    mdshm__cluster_status_t st;
    size_t n;

    if (!mdshm__drive_cluster_on(d) || !cl)
        return;
    if (!atomic_load(&d->cl_follower)) {
        if (atomic_load(&cl->leading) && mdshm__mono_ms() >= cl->req_poll_ms) {
            cl->req_poll_ms = mdshm__mono_ms() + REQ_POLL_MS;
            take_requests(cl, fn);
        }
        return;
    }
    /* another host leads: forward, under our lease (none: etcd is out of
     * reach, the requests wait in the store) */
    mdshm__cluster_elect_status(cl->elect, &st);
    if (!st.lease)
        return;
    cl->req_lease = st.lease;
    n = cl->n_retry;
    cl->n_retry = 0;
    for (size_t i = 0; i < n; i++) {
        char md[MDSHM_MAX_NAME_LEN + 1];
        memcpy(md, cl->req_retry[i], sizeof(md));
        forward_fn(d, md);
    }
    mdshm__drive_request_poll(d, forward_fn);
}

/* ---- challenges ----------------------------------------------------------- */

/* How many of the @n hosts in P"hosts/" are behind @rev, from a read at
 * most HOSTS_POLL_MS old (this run's or another waiting run's): with 16
 * orders at once, a read each per 50 ms was most of etcd's reads. */
static int hosts_behind(struct mdshm__dcluster *cl, int64_t rev,
                        size_t *behind, size_t *n)
{
    int rv;

    pthread_mutex_lock(&cl->hosts_mu);
    if (!cl->hosts_read_ms ||
        mdshm__mono_ms() - cl->hosts_read_ms >= HOSTS_POLL_MS) {
        free(cl->hosts);
        cl->hosts = NULL;
        cl->n_hosts = 0;
        cl->hosts_rv = cl->hosts_c ? 0 : mdshm__etcd_dup(cl->etcd,
                                                          &cl->hosts_c);
        if (cl->hosts_rv == 0)
            cl->hosts_rv = mdshm__cluster_hosts_read(cl->hosts_c, cl->prefix,
                                                     &cl->hosts,
                                                     &cl->n_hosts, NULL);
        cl->hosts_read_ms = mdshm__mono_ms();
    }
    rv = cl->hosts_rv;
    *n = cl->n_hosts;
    *behind = rv == 0 ? mdshm__cluster_hosts_behind(cl->hosts, cl->n_hosts,
                                                    rev, cl->host_id)
                      : 0;
    pthread_mutex_unlock(&cl->hosts_mu);
    return rv;
}

/* The view of P"hosts/" the waits share, started by the first (NULL
 * while it cannot start: the waits read the range). */
static mdshm__cluster_hosts_t *hosts_view(struct mdshm__dcluster *cl)
{
    mdshm__cluster_hosts_t *v;

    pthread_mutex_lock(&cl->hosts_mu);
    if (!cl->hosts_view &&
        mdshm__cluster_hosts_start(cl->etcd, cl->prefix, &cl->hosts_view) < 0)
        cl->hosts_view = NULL;
    v = cl->hosts_view;
    pthread_mutex_unlock(&cl->hosts_mu);
    return v;
}

int mdshm__drive_cluster_challenges_wait(mdshm__run_t *r)
{
    struct mdshm__dcluster *cl = r->d->cl;
    mdshm__cluster_hosts_t *view;
    size_t n = 0, behind = 0;
    int64_t rev, until, t0 = mdshm__mono_ms();
    int rv, err = 0;

    if (!mdshm__drive_cluster_on(r->d))
        return 0;
    if (!cl)
        return MDSHM_ENOTLEADER;
    /* the run's own last write holds its challenge records (the revision
     * of its group's etcd txn, handed back to this thread); any later
     * revision includes them */
    rev = mdshm__leader_write_stamp();
    if (!rev)
        rev = atomic_load(&cl->last_rev);
    until = t0 + cl->challenge_wait_ms;
    view = hosts_view(cl);
    for (;;) {
        /* the watch's view; the range while it holds none */
        rv = view ? mdshm__cluster_hosts_wait(view, rev, cl->host_id, until,
                                              mdshm__drive_cancelled, r->d,
                                              &behind, &n)
                  : -EAGAIN;
        if (rv == 0)
            break;
        if (rv == -EAGAIN) {
            err = hosts_behind(cl, rev, &behind, &n);
            if (err == 0 && behind == 0)
                break;
        }
        if (mdshm__mono_ms() >= until || mdshm__drive_cancelled(r->d)) {
            rv = mdshm__drive_run_fail(r, -ETIMEDOUT, NULL,
                                       "challenge records (revision %lld) "
                                       "not applied by every host within "
                                       "%lld ms: %zu of %zu behind%s%s",
                                       (long long)rev,
                                       (long long)cl->challenge_wait_ms,
                                       behind, n, err < 0 ? "; etcd: " : "",
                                       err < 0 ? mdshm__etcd_strerror(err)
                                               : "");
            return rv;
        }
        if (rv == -EAGAIN)
            usleep(HOSTS_POLL_MS * 1000);
    }
    MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: challenge records (revision %lld) "
              "applied by all %zu hosts in %lld ms", r->md, (long long)rev, n,
              (long long)(mdshm__mono_ms() - t0));
    return 0;
}
