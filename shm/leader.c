/* leader.c -- leader election: an OFD lock on <store>/leader.lock decides
 * who leads while processes live; a term in meta/leader, raised on every
 * takeover and checked inside every leader write, fences a deposed leader;
 * a heartbeat older than stale_ms lets a candidate depose a hung leader
 * (which keeps its lock while stopped). */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct mdshm__candidate {
    mdshm_store_t *st;
    mdshm_candidate_opts_t opts;
    int lockfd;
    char host[256];

    pthread_mutex_t mu;    /* guards everything below */
    pthread_cond_t cv;
    bool leader;
    uint64_t term;
    bool has_lock;         /* we hold the OFD lock */
    bool locker_running;   /* a locker thread exists (not yet joined) */
    bool locker_done;      /* ... and has finished (lock taken, or error) */
    int locker_err;
    int64_t defer_until;   /* mono ms: leave the lock to a lockless leader */
    bool recorded_lock;    /* has_lock as last written to meta/leader */
    atomic_bool cancelled; /* set without c->mu: cancel never blocks */
    bool waiting;          /* a thread is in mdshm__candidate_wait() */
    pthread_t locker;
    bool hb_writing;       /* a heartbeat waits for or holds the writer:
                              other leader writes wait (cv) until it is in */
    int64_t next_hb_mono;
    int64_t next_rc_mono;
    mdshm__commit_hook_fn *hook; /* pre-commit hook of leader writes */
    void *hook_baton;
    unsigned hook_mask;
    mdshm__leader_watch_t watch; /* kept from leading: say why, loudly */
    struct gentry *gq_head, *gq_tail; /* hooked writes waiting */
    bool combining;        /* a writer commits a group of them */
    pthread_cond_t gcv;    /* a group is done */
};

/* ---- the lock -------------------------------------------------------- */

static int lock_op(int fd, int cmd, short type)
{
    struct flock fl;

    memset(&fl, 0, sizeof(fl));
    fl.l_type = type;
    fl.l_whence = SEEK_SET; /* whole file; l_pid must be 0 for OFD locks */
    return fcntl(fd, cmd, &fl);
}

static int takeover(mdshm__candidate_t *c, bool only_if_stale,
                    uint64_t seen_term);

/* The locker thread's frames are left without AddressSanitizer redzones:
 * pthread_cancel unwinds them inside fcntl(), and ASan (GCC 12) does not
 * unpoison frames left by a forced unwind, which later shows up as a false
 * stack-buffer-underflow when the thread's stack is reused. */
#define MDSHM__NO_ASAN __attribute__((no_sanitize_address, noinline))

static MDSHM__NO_ASAN int lock_wait(int fd)
{
    struct flock fl;
    int rc;

    memset(&fl, 0, sizeof(fl));
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    do {
        rc = fcntl(fd, F_OFD_SETLKW, &fl); /* a cancellation point */
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

static MDSHM__NO_ASAN void *locker_main(void *arg)
{
    mdshm__candidate_t *c = arg;
    int err;

    /* Cancellable only while blocked in lock_wait(). */
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
    err = lock_wait(c->lockfd);
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
    pthread_mutex_lock(&c->mu);
    c->locker_done = true;
    if (err) {
        c->locker_err = err;
    } else {
        c->has_lock = true;
        /* Take over right here when somebody waits for it: handing the
         * lock to the waiting thread first would add a thread wake-up to
         * every failover.  A failed takeover is retried by the waiter. */
        if (c->waiting && !c->leader)
            takeover(c, false, 0);
    }
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* With c->mu held: join a locker thread that has finished. */
static void locker_reap(mdshm__candidate_t *c)
{
    if (c->locker_running && c->locker_done) {
        c->locker_running = false;
        pthread_mutex_unlock(&c->mu);
        pthread_join(c->locker, NULL);
        pthread_mutex_lock(&c->mu);
    }
}

/* With c->mu held: stop the locker thread, whatever it is doing.  If it got
 * the lock before the cancel, it has recorded that in has_lock. */
static void locker_stop(mdshm__candidate_t *c)
{
    pthread_t t = c->locker;

    if (!c->locker_running)
        return;
    c->locker_running = false;
    pthread_mutex_unlock(&c->mu);
    pthread_cancel(t); /* no effect once it holds the lock (cancel disabled) */
    pthread_join(t, NULL);
    pthread_mutex_lock(&c->mu);
}

static bool deferring(const mdshm__candidate_t *c)
{
    return c->defer_until && mdshm__mono_ms() < c->defer_until;
}

static int locker_start(mdshm__candidate_t *c)
{
    int rv;

    locker_reap(c);
    if (c->locker_running || c->has_lock || deferring(c))
        return 0;
    c->locker_done = false;
    c->locker_err = 0;
    rv = pthread_create(&c->locker, NULL, locker_main, c);
    if (rv != 0)
        return -rv;
    c->locker_running = true;
    return 0;
}

/* With c->mu held.  The locker thread waits on the same open file
 * description, and OFD locks of one description never conflict with each
 * other, so trying here while it waits is safe. */
static int lock_try(mdshm__candidate_t *c)
{
    if (c->has_lock)
        return 1;
    if (deferring(c))
        return 0;
    if (lock_op(c->lockfd, F_OFD_SETLK, F_WRLCK) == 0) {
        c->has_lock = true;
        locker_stop(c); /* its request is moot (or already granted) */
        return 1;
    }
    if (errno == EAGAIN || errno == EACCES)
        return 0;
    return -errno;
}

static void lock_release(mdshm__candidate_t *c)
{
    if (c->has_lock) {
        lock_op(c->lockfd, F_OFD_SETLK, F_UNLCK);
        c->has_lock = false;
    }
}

/* ---- the term in meta/leader ----------------------------------------- */

struct takeover {
    mdshm__candidate_t *c;
    bool only_if_stale;    /* deposing a hung leader: compare-and-swap */
    uint64_t seen_term;
    uint64_t new_term;
    bool lost;             /* somebody else moved first */
    bool deferred;         /* a healthy leader runs without the lock */
};

static void leader_rec_fill(mdshm_record_t *rec, mdshm__candidate_t *c,
                            uint64_t term, int64_t since, bool has_lock)
{
    int64_t now = mdshm__now_ms();

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_LEADER;
    rec->u.leader.term = term;
    rec->u.leader.pid = (int64_t)getpid();
    rec->u.leader.host = mdshm__sbuf(c->host);
    rec->u.leader.since_ms = since ? since : now;
    rec->u.leader.heartbeat_ms = now;
    rec->u.leader.has_lock = has_lock;
}

/* A leader that deposed a hung one leads without the lock until the old
 * holder lets go.  Whoever gets the lock then should hand it over rather
 * than depose a healthy leader a second time. */
static bool lockless_leader_lives(const mdshm__candidate_t *c,
                                  const mdshm_leader_rec_t *l)
{
    if (l->has_lock || l->pid == (int64_t)getpid() || l->heartbeat_ms == 0 ||
        mdshm__now_ms() - l->heartbeat_ms > (int64_t)c->opts.stale_ms)
        return false;
    if (l->host.n != strlen(c->host) ||
        memcmp(l->host.p, c->host, l->host.n) != 0)
        return true; /* cannot probe another host's pid: trust the heartbeat */
    return kill((pid_t)l->pid, 0) == 0 || errno == EPERM;
}

static int takeover_fn(mdshm__wtxn_t *w, void *baton)
{
    struct takeover *t = baton;
    mdshm_record_t rec;
    uint64_t term = 0;
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_META, "leader", 6, &rec);
    if (rv == 0) {
        term = rec.u.leader.term;
    } else if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        return rv; /* a corrupt record is overwritten by the new term */
    }
    if (t->only_if_stale) {
        int64_t age = mdshm__now_ms() - (rv == 0 ? rec.u.leader.heartbeat_ms
                                                 : 0);
        if (term != t->seen_term || age <= (int64_t)t->c->opts.stale_ms) {
            t->lost = true;
            return 1; /* abort: not an error */
        }
    } else if (rv == 0 && lockless_leader_lives(t->c, &rec.u.leader)) {
        t->deferred = true;
        return 1;
    }
    t->new_term = term + 1;
    t->c->recorded_lock = t->c->has_lock;
    leader_rec_fill(&rec, t->c, t->new_term, 0, t->c->has_lock);
    return mdshm__w_put(w, MDSHM_DB_META, "leader", 6, &rec);
}

/* With c->mu held.  Returns 1 leader, 0 lost the race, <0 error. */
static int takeover(mdshm__candidate_t *c, bool only_if_stale,
                    uint64_t seen_term)
{
    struct takeover t = {c, only_if_stale, seen_term, 0, false, false};
    int rv = mdshm__write_ex(c->st, takeover_fn, &t, true);

    if (rv == 1 && t.lost)
        return 0;
    if (rv == 1 && t.deferred) {
        lock_release(c);
        c->defer_until = mdshm__mono_ms() + c->opts.heartbeat_ms;
        ST_LOG(c->st, MDSHM_LOG_INFO, 0,
               "store %s: a leader without the lock is alive; pid %ld "
               "passes leader.lock on to it", c->st->dir, (long)getpid());
        return 0;
    }
    if (rv < 0)
        return rv;
    c->leader = true;
    c->term = t.new_term;
    c->next_hb_mono = mdshm__mono_ms() + c->opts.heartbeat_ms;
    c->next_rc_mono = mdshm__mono_ms();
    ST_LOG(c->st, MDSHM_LOG_NOTICE, 0,
           "store %s: pid %ld leads with term %llu (%s)", c->st->dir,
           (long)getpid(), (unsigned long long)c->term,
           only_if_stale ? "previous leader's heartbeat was stale"
                         : "took leader.lock");
    return 1;
}

/* Read meta/leader: term and heartbeat.  rv ENOTFOUND if none. */
static int read_leader_fn(mdshm_reader_t *rd, void *baton)
{
    mdshm_record_t *rec = baton;
    int rv = mdshm_read_get(rd, MDSHM_DB_META, "leader", 6, rec);

    /* host is a view: only the numbers are used after the read */
    rec->u.leader.host.p = NULL;
    rec->u.leader.host.n = 0;
    return rv;
}

static int read_leader(mdshm_store_t *st, mdshm_record_t *rec)
{
    return mdshm__read_once(st, read_leader_fn, rec);
}

/* With c->mu held: depose a leader whose heartbeat is too old. */
static int try_stale(mdshm__candidate_t *c)
{
    mdshm_record_t rec;
    int rv = read_leader(c->st, &rec);

    if (rv == MDSHM_ENOTFOUND)
        return 0; /* nobody ever led; the lock decides */
    if (rv < 0)
        return rv;
    if (mdshm__now_ms() - rec.u.leader.heartbeat_ms <=
        (int64_t)c->opts.stale_ms)
        return 0;
    return takeover(c, true, rec.u.leader.term);
}

/* ---- public API ------------------------------------------------------ */

int mdshm__candidate_create(mdshm_store_t *st, const mdshm_candidate_opts_t *o,
                           mdshm__candidate_t **out)
{
    mdshm__candidate_t *c;
    char path[PATH_MAX];
    int rv;

    *out = NULL;
    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    if (st->readonly)
        return MDSHM_ENOTLEADER;
    c = calloc(1, sizeof(*c));
    if (!c)
        return -ENOMEM;
    c->st = st;
    c->lockfd = -1;
    if (o)
        c->opts = *o;
    if (!c->opts.heartbeat_ms)
        c->opts.heartbeat_ms = 1000;
    if (!c->opts.stale_ms)
        c->opts.stale_ms = 10000;
    if (!c->opts.reader_check_ms)
        c->opts.reader_check_ms = 10000;
    if (c->opts.stale_ms <= 2 * c->opts.heartbeat_ms) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EBADINPUT,
               "stale limit %u ms must exceed twice the heartbeat (%u ms)",
               c->opts.stale_ms, c->opts.heartbeat_ms);
        free(c);
        return MDSHM_EBADINPUT;
    }
    if (gethostname(c->host, sizeof(c->host) - 1) < 0)
        strcpy(c->host, "unknown");
    /* Not a link, ours, 0600: a leader.lock of another user would let
     * that user hold the lock and keep every drive from leading. */
    c->lockfd = mdshm__open_store_file(st, "leader.lock", O_RDWR | O_CREAT,
                                       path, sizeof(path));
    if (c->lockfd < 0) {
        rv = c->lockfd;
        free(c);
        return rv;
    }
    pthread_mutex_init(&c->mu, NULL);
    {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&c->cv, &ca);
        pthread_condattr_destroy(&ca);
    }
    pthread_cond_init(&c->gcv, NULL);
    *out = c;
    return 0;
}

void mdshm__candidate_destroy(mdshm__candidate_t *c)
{
    if (!c)
        return;
    if (mdshm__st_check(c->st) == 0) {
        mdshm__candidate_step_down(c);
        close(c->lockfd);
    }
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    pthread_cond_destroy(&c->gcv);
    free(c);
}

/* With c->mu held. */
static int try_locked(mdshm__candidate_t *c)
{
    int rv;

    if (c->leader)
        return 1;
    locker_reap(c);
    rv = lock_try(c);
    if (rv < 0)
        return rv;
    if (rv == 1)
        return takeover(c, false, 0);
    return try_stale(c);
}

int mdshm__candidate_try(mdshm__candidate_t *c)
{
    int rv = mdshm__st_check(c->st);

    if (rv < 0)
        return rv;
    pthread_mutex_lock(&c->mu);
    rv = try_locked(c);
    pthread_mutex_unlock(&c->mu);
    return rv;
}

int mdshm__candidate_wait(mdshm__candidate_t *c, int timeout_ms)
{
    int64_t deadline, now;
    unsigned poll = c->opts.stale_ms / 4;
    int rv = mdshm__st_check(c->st);

    if (rv < 0)
        return rv;
    if (poll < 20)
        poll = 20;
    now = mdshm__mono_ms();
    deadline = timeout_ms < 0 ? INT64_MAX : now + timeout_ms;
    pthread_mutex_lock(&c->mu);
    c->waiting = true;
    for (;;) {
        rv = try_locked(c);
        mdshm__leader_watch(&c->watch, c->st, c->lockfd, c->opts.heartbeat_ms,
                            c->opts.stale_ms, rv == 1);
        if (rv != 0)
            break;
        rv = locker_start(c);
        if (rv < 0)
            break;
        now = mdshm__mono_ms();
        if (atomic_exchange(&c->cancelled, false) || now >= deadline) {
            /* a cancel is consumed by the one wait it ends */
            rv = 0;
            break;
        }
        /* Sleep until the locker wakes us, the next staleness check, or
         * the deadline. */
        int64_t until = now + poll < deadline ? now + poll : deadline;
        if (deferring(c) && c->defer_until < until)
            until = c->defer_until;
        struct timespec ts = {until / 1000, (long)(until % 1000) * 1000000};
        while (!(c->locker_running && c->locker_done) && !c->locker_err &&
               !atomic_load(&c->cancelled) && !c->leader &&
               mdshm__mono_ms() < until) {
            if (pthread_cond_timedwait(&c->cv, &c->mu, &ts) == ETIMEDOUT)
                break;
        }
        if (c->locker_err) {
            rv = c->locker_err;
            c->locker_err = 0;
            locker_stop(c);
            break;
        }
    }
    c->waiting = false;
    pthread_mutex_unlock(&c->mu);
    return rv;
}

void mdshm__candidate_cancel(mdshm__candidate_t *c)
{
    /* No mutex: the waiter may hold it through a takeover write, which can
     * last as long as a stopped process holds LMDB's writer lock.  Without
     * the mutex a wake-up can be missed; the waiter then sees the flag at
     * its next poll (stale_ms / 4 at most). */
    atomic_store(&c->cancelled, true);
    pthread_cond_broadcast(&c->cv);
}

bool mdshm__candidate_is_leader(const mdshm__candidate_t *c)
{
    return __atomic_load_n(&c->leader, __ATOMIC_RELAXED);
}

uint64_t mdshm__candidate_term(const mdshm__candidate_t *c)
{
    return __atomic_load_n(&c->leader, __ATOMIC_RELAXED) ? c->term : 0;
}

static int resign(mdshm__candidate_t *c);

/* With c->mu held.  A voluntary step-down (@resigning) records it in
 * meta/leader (heartbeat 0, no lock), so status tells the truth and
 * candidates that poll for staleness take over at once. */
static void step_down_locked(mdshm__candidate_t *c, const char *why,
                             bool resigning)
{
    if (c->leader && resigning)
        resign(c);
    if (c->leader && why)
        ST_LOG(c->st, MDSHM_LOG_NOTICE, 0,
               "store %s: pid %ld steps down from term %llu: %s", c->st->dir,
               (long)getpid(), (unsigned long long)c->term, why);
    c->leader = false;
    c->term = 0;
    locker_stop(c);
    lock_release(c);
}

void mdshm__candidate_step_down(mdshm__candidate_t *c)
{
    if (mdshm__st_check(c->st) < 0)
        return;
    pthread_mutex_lock(&c->mu);
    step_down_locked(c, "it was asked to (its drive stops, or it closes "
                        "the store); another candidate can lead at once",
                     true);
    pthread_mutex_unlock(&c->mu);
}

/* ---- fenced writes --------------------------------------------------- */

struct fenced {
    mdshm__candidate_t *c;
    uint64_t term;
    mdshm__write_fn *fn;
    void *baton;
    bool fenced;
    uint64_t found_term;
};

/* Whether meta/leader still holds @term and our pid: *@fenced if not. */
static int fence_check(mdshm__wtxn_t *w, uint64_t term, bool *fenced,
                       uint64_t *found_term)
{
    mdshm_record_t rec;
    int rv;

    *fenced = false;
    rv = mdshm__w_get(w, MDSHM_DB_META, "leader", 6, &rec);
    if (rv < 0 && rv != MDSHM_ENOTFOUND)
        return rv;
    if (rv == MDSHM_ENOTFOUND || rec.u.leader.term != term ||
        rec.u.leader.pid != (int64_t)getpid()) {
        *fenced = true;
        *found_term = rv == 0 ? rec.u.leader.term : 0;
        return MDSHM_EFENCED;
    }
    return 0;
}

static int fenced_fn(mdshm__wtxn_t *w, void *baton)
{
    struct fenced *f = baton;
    int rv = fence_check(w, f->term, &f->fenced, &f->found_term);

    return rv < 0 ? rv : f->fn(w, f->baton);
}

static int resign_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    int rv = mdshm__w_get(w, MDSHM_DB_META, "leader", 6, &rec);

    (void)baton;
    if (rv < 0)
        return rv;
    rec.u.leader.heartbeat_ms = 0;
    rec.u.leader.has_lock = false;
    return mdshm__w_put(w, MDSHM_DB_META, "leader", 6, &rec);
}

/* With c->mu held: a fenced write that does not take the mutex. */
static int resign(mdshm__candidate_t *c)
{
    struct fenced f = {.c = c, .term = c->term, .fn = resign_fn};
    return mdshm__write_ex(c->st, fenced_fn, &f, true);
}

/* With c->mu held, after a write of @term that returned @rv: a fence
 * (@fenced: meta/leader moved on; or, from the hook, etcd's) steps the
 * candidate down. */
static int fence_outcome(mdshm__candidate_t *c, uint64_t term, bool fenced,
                         uint64_t found_term, bool hooked, int rv)
{
    char why[96];

    if (!fenced && hooked && rv == MDSHM_EFENCED) {
        /* the hook's store (etcd) has a newer leader: step down at once */
        if (c->term == term)
            step_down_locked(c, "the commit hook refused the write: a newer "
                                "cluster leader exists", false);
        return MDSHM_EFENCED;
    }
    if (!fenced)
        return rv;
    snprintf(why, sizeof(why), "term %llu was superseded by term %llu",
             (unsigned long long)term, (unsigned long long)found_term);
    if (c->term == term)
        step_down_locked(c, why, false);
    return MDSHM_EFENCED;
}

/* ---- group commit of hooked writes ----------------------------------- */

/* A group's changes stay well inside one etcd txn: 128 operations (the
 * hook's fencing takes 2) and a 1.5 MiB request (values grow by a third
 * in base64, and by their encryption). */
#define GROUP_MAX_WRITES 32
#define GROUP_MAX_CHANGES 100
#define GROUP_MAX_BYTES ((size_t)512 << 10)

static _Thread_local int64_t write_stamp;

/* A hooked write waiting in the queue (on its writer's stack). */
struct gentry {
    struct gentry *next;
    mdshm__write_fn *fn;
    void *baton;
    uint64_t term;
    mdshm__journal_t journal; /* its body's changes */
    int rv;
    int64_t stamp;
    bool done;
};

struct group {
    uint64_t term;
    struct gentry *in;        /* taken from the queue, in order */
    size_t n_run;             /* of them run (the rest did not fit) */
    mdshm__commit_hook_fn *hook;
    void *hook_baton;
    mdshm__journal_t journal; /* the merged changes */
    size_t bytes;             /* of keys and values merged (at most) */
    bool fenced;
    uint64_t found_term;
    int64_t stamp;
};

static size_t journal_bytes(const mdshm__journal_t *j)
{
    size_t n = 0;

    for (size_t i = 0; i < j->n; i++)
        n += j->e[i].klen + j->e[i].vlen;
    return n;
}

/* Whether @e's changes join the group's (one write alone always does). */
static bool group_fits(const struct group *g, const mdshm__journal_t *e)
{
    return g->journal.n == 0 ||
           (g->journal.n + e->n <= GROUP_MAX_CHANGES &&
            g->bytes + journal_bytes(e) <= GROUP_MAX_BYTES);
}

/* @e's body in a txn nested in the group's: its failure drops its changes
 * only.  Returns false if they do not fit in the group (@e waits for the
 * next one). */
static bool group_run(mdshm__wtxn_t *w, struct group *g, struct gentry *e)
{
    MDB_txn *parent = w->txn;
    uint64_t ocsp_gen = w->ocsp_gen, gen_before = w->gen_before;
    bool fits = true;
    int rc, rv;

    mdshm__journal_reset(&e->journal);
    e->journal.db_mask = g->journal.db_mask;
    rc = mdb_txn_begin(w->st->env, parent, 0, &w->txn);
    if (rc != 0) {
        w->txn = parent;
        w->map_full = rc == MDB_MAP_FULL;
        e->rv = mdshm__mdb_err(w->st, rc, "mdb_txn_begin(nested)");
        return true;
    }
    w->journal = &e->journal;
    rv = e->fn(w, e->baton);
    w->journal = NULL;
    fits = rv != 0 || w->map_full || group_fits(g, &e->journal);
    if (rv == 0 && !w->map_full && fits)
        rv = mdshm__journal_reserve(&g->journal,
                                    g->journal.n + e->journal.n);
    if (rv == 0 && !w->map_full && fits) {
        rc = mdb_txn_commit(w->txn);
        if (rc == MDB_MAP_FULL)
            w->map_full = true;
        else if (rc != 0)
            rv = mdshm__mdb_err(w->st, rc, "mdb_txn_commit(nested)");
    } else {
        mdb_txn_abort(w->txn);
    }
    w->txn = parent;
    if (rv == 0 && !w->map_full && fits) {
        g->bytes += journal_bytes(&e->journal);
        mdshm__journal_merge(&g->journal, &e->journal);
        return true;
    }
    /* dropped: so is the meta/gen raise it made, if any */
    w->ocsp_gen = ocsp_gen;
    w->gen_before = gen_before;
    mdshm__journal_reset(&e->journal);
    e->rv = fits ? rv : 0;
    return fits;
}

/* The group's write: the fence once, each body, the hook once. */
static int group_fn(mdshm__wtxn_t *w, void *baton)
{
    struct group *g = baton;
    int rv;

    g->n_run = 0;
    g->bytes = 0;
    g->stamp = 0;
    mdshm__journal_reset(&g->journal); /* a rerun starts afresh */
    for (struct gentry *e = g->in; e; e = e->next)
        e->rv = 0;
    rv = fence_check(w, g->term, &g->fenced, &g->found_term);
    if (rv < 0)
        return rv;
    for (struct gentry *e = g->in; e; e = e->next) {
        if (!group_run(w, g, e))
            break;
        if (w->map_full)
            return MDSHM_ESTORE; /* the write loop grows the map, reruns */
        g->n_run++;
    }
    if (g->journal.n == 0 || !g->hook)
        return 0;
    return g->hook(&g->journal, g->hook_baton, &g->stamp);
}

/* With c->mu held: take the queue's head writes of one term, commit them
 * as one write, hand each its result; the writes that did not fit go back
 * to the queue's head. */
static void group_commit(mdshm__candidate_t *c)
{
    struct group g = {0};
    struct gentry **tail = &g.in, *e, *rest;
    size_t n = 0;
    int rv;

    c->combining = true;
    while (c->hb_writing) /* the heartbeat goes first (leader_write) */
        pthread_cond_wait(&c->cv, &c->mu);
    g.term = c->gq_head->term;
    while (c->gq_head && c->gq_head->term == g.term &&
           n < GROUP_MAX_WRITES) {
        e = c->gq_head;
        c->gq_head = e->next;
        e->next = NULL;
        *tail = e;
        tail = &e->next;
        n++;
    }
    if (!c->gq_head)
        c->gq_tail = NULL;
    g.hook = c->hook;
    g.hook_baton = c->hook_baton;
    g.journal.db_mask = c->hook_mask;
    pthread_mutex_unlock(&c->mu);
    rv = mdshm__write_ex(c->st, group_fn, &g, g.hook != NULL);
    mdshm__journal_reset(&g.journal);
    pthread_mutex_lock(&c->mu);
    rv = fence_outcome(c, g.term, g.fenced, g.found_term, g.hook != NULL,
                       rv);
    if (g.n_run == 0)
        g.n_run = n; /* the group failed before any body ran */
    e = g.in;
    for (size_t i = 0; i < g.n_run; i++, e = e->next) {
        e->rv = e->rv ? e->rv : rv;
        e->stamp = e->rv == 0 ? g.stamp : 0;
        e->done = true;
    }
    if (e) { /* did not fit: first in line for the next group */
        for (rest = e; rest->next; rest = rest->next)
            ;
        rest->next = c->gq_head;
        if (!c->gq_head)
            c->gq_tail = rest;
        c->gq_head = e;
    }
    c->combining = false;
    pthread_cond_broadcast(&c->gcv);
}

/* With c->mu held (and released): a hooked write, committed in a group
 * by whichever of the waiting writers finds no other one combining. */
static int grouped_write(mdshm__candidate_t *c, mdshm__write_fn *fn,
                         void *baton)
{
    struct gentry me = {.fn = fn, .baton = baton, .term = c->term};

    if (c->gq_tail)
        c->gq_tail->next = &me;
    else
        c->gq_head = &me;
    c->gq_tail = &me;
    while (!me.done) {
        if (!c->combining)
            group_commit(c);
        else
            pthread_cond_wait(&c->gcv, &c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    if (me.stamp)
        write_stamp = me.stamp;
    return me.rv;
}

int64_t mdshm__leader_write_stamp(void)
{
    return write_stamp;
}

static int leader_write(mdshm__candidate_t *c, mdshm__write_fn *fn,
                        void *baton, bool light, bool heartbeat, bool hooked)
{
    struct fenced f = {.c = c, .fn = fn, .baton = baton};
    int rv = mdshm__st_check(c->st);

    if (rv < 0)
        return rv;
    pthread_mutex_lock(&c->mu);
    /* The heartbeat goes first: LMDB's writer lock is not fair, and a
     * leader whose threads write back to back (16 runs, a configuration
     * sync) kept it waiting for seconds.  Now it waits for the one write
     * in progress at most. */
    while (!heartbeat && c->hb_writing)
        pthread_cond_wait(&c->cv, &c->mu);
    f.term = c->term;
    if (!c->leader) {
        pthread_mutex_unlock(&c->mu);
        return MDSHM_ENOTLEADER;
    }
    if (hooked && c->hook)
        return grouped_write(c, fn, baton);
    pthread_mutex_unlock(&c->mu);
    rv = mdshm__write_ex(c->st, fenced_fn, &f, light);
    pthread_mutex_lock(&c->mu);
    rv = fence_outcome(c, f.term, f.fenced, f.found_term, false, rv);
    pthread_mutex_unlock(&c->mu);
    return rv;
}

int mdshm__leader_write(mdshm__candidate_t *c, mdshm__write_fn *fn, void *baton)
{
    return leader_write(c, fn, baton, false, false, true); /* fully synced */
}

int mdshm__leader_write_local(mdshm__candidate_t *c, mdshm__write_fn *fn,
                              void *baton)
{
    return leader_write(c, fn, baton, true, false, false);
}

void mdshm__candidate_set_commit_hook(mdshm__candidate_t *c,
                                      mdshm__commit_hook_fn *fn, void *baton,
                                      unsigned db_mask)
{
    pthread_mutex_lock(&c->mu);
    c->hook = fn;
    c->hook_baton = fn ? baton : NULL;
    c->hook_mask = fn ? db_mask : 0;
    pthread_mutex_unlock(&c->mu);
}

/* ---- upkeep ---------------------------------------------------------- */

static int heartbeat_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm__candidate_t *c = baton;
    mdshm_record_t rec;
    int64_t since;
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_META, "leader", 6, &rec);
    if (rv < 0)
        return rv;
    since = rec.u.leader.since_ms;
    c->recorded_lock = c->has_lock;
    leader_rec_fill(&rec, c, c->term, since, c->has_lock);
    return mdshm__w_put(w, MDSHM_DB_META, "leader", 6, &rec);
}

int mdshm__candidate_tick(mdshm__candidate_t *c, unsigned *next_ms)
{
    int64_t now, next;
    int rv = mdshm__st_check(c->st);

    if (next_ms)
        *next_ms = c->opts.heartbeat_ms;
    if (rv < 0)
        return rv;
    pthread_mutex_lock(&c->mu);
    if (!c->leader) {
        /* A lock obtained by a waiting locker thread makes us leader. */
        locker_reap(c);
        rv = c->has_lock ? takeover(c, false, 0) : 0;
        pthread_mutex_unlock(&c->mu);
        return rv;
    }
    now = mdshm__mono_ms();
    if (!c->has_lock) {
        /* Leading after deposing a hung leader: take the lock when it is
         * released, so the kernel lock again backs the term. */
        locker_reap(c);
        if (lock_try(c) == 0)
            locker_start(c);
    }
    if (c->has_lock != c->recorded_lock)
        c->next_hb_mono = now; /* record the lock at once */
    if (now >= c->next_hb_mono) {
        uint64_t term = c->term;
        c->hb_writing = true;
        pthread_mutex_unlock(&c->mu);
        rv = leader_write(c, heartbeat_fn, c, true, true, false);
        pthread_mutex_lock(&c->mu);
        c->hb_writing = false;
        pthread_cond_broadcast(&c->cv);
        if (rv == MDSHM_EFENCED || !c->leader || c->term != term) {
            pthread_mutex_unlock(&c->mu);
            return 0;
        }
        if (rv < 0) {
            pthread_mutex_unlock(&c->mu);
            return rv;
        }
        c->next_hb_mono = now + c->opts.heartbeat_ms;
    }
    if (now >= c->next_rc_mono) {
        mdshm__store_reader_check(c->st, NULL);
        c->next_rc_mono = now + c->opts.reader_check_ms;
    }
    next = c->next_hb_mono < c->next_rc_mono ? c->next_hb_mono
                                             : c->next_rc_mono;
    if (next_ms)
        *next_ms = next > now ? (unsigned)(next - now) : 0;
    pthread_mutex_unlock(&c->mu);
    return 1;
}
