/*
 * bench_takeover.c -- leader election: how fast a candidate takes over.
 *
 * 1. Fenced write cost: one process leads and runs mdshm__leader_write of
 *    one small record (a names/ entry) 1,000 times; wall time per write
 *    (CLOCK_MONOTONIC: it includes the synced commit).  For comparison, the
 *    same number of fenced writes whose body writes nothing (the fence
 *    check and the transaction, no commit to disk).
 * 2. Takeover after SIGKILL: 3 candidate processes block in
 *    mdshm__candidate_wait(c, -1) while a fourth leads.  The parent stamps
 *    CLOCK_MONOTONIC just before kill(leader, SIGKILL); the new leader stamps
 *    CLOCK_MONOTONIC when mdshm__candidate_wait returns 1 and sends it through
 *    a pipe.  40 kills with a random 50-200 ms pause; a replacement
 *    candidate is forked after each, so 3 always wait.  Interleaved with
 *    it, the same hand-over with processes blocked in a bare
 *    fcntl(F_OFD_SETLKW) and no store: the kernel's share of the time.
 * 3. Takeover of a hung leader (context): heartbeat 100 ms, stale 500 ms;
 *    the leader is SIGSTOPped (it keeps leader.lock) and the time until a
 *    candidate deposes it by heartbeat age is measured the same way.  Then
 *    the old leader is continued: its next write (the one it makes on
 *    noticing the gap, or the heartbeat inside mdshm__candidate_tick) must
 *    be refused with MDSHM_EFENCED.  Leadership changes that follow (the
 *    old leader's lock passing to a waiting candidate) are counted.
 *
 * Validation: every new leader has a higher term than the one before; the
 * fenced writes all commit; a continued hung leader's write is refused.
 *
 * Usage: bench_takeover [-d DIR] [-k KILLS] [-w WRITES] [-t STALE_ROUNDS]
 *                       [-s SEED]
 * Exit status: 0, or 1 on a validation error or a failed setup.  Targets
 * are printed, not enforced (MDSHM_BENCH_STRICT=1: a miss exits 2).
 */
#include "bench.h"
#include "shm.h" /* the store's write side (internal) */

#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define CANDIDATES 3
#define MAX_PIDS 64
#define TARGET_KILL_P50_MS 1.0
/* takeover p50 over the bare lock's p50 in the same run (issue 10) */
#define TARGET_KILL_OVER_BARE 1.5
#define STALE_HB_MS 100
#define STALE_MS 500
#define MSG_TIMEOUT_MS 5000

enum { M_WAITING = 1, M_LEADER, M_DEPOSED, M_RESUMED, M_FAILED };

/* One pipe message; writes of <= PIPE_BUF bytes are atomic, so any number
 * of candidates share one pipe. */
typedef struct msg {
    int32_t type;
    int32_t pid;
    int64_t mono_ns; /* M_LEADER: when mdshm__candidate_wait returned 1 */
    uint64_t term;
    int32_t rv;      /* M_RESUMED: the fenced write's code; M_FAILED */
    int32_t pad;
} msg_t;

static struct {
    unsigned kills, writes, stale_rounds;
    uint64_t seed;
} opt = {40, 1000, 5, 0x7a6b3ULL};

static const char *store_dir;
static int msg_w = -1;

static void send_msg(int type, int64_t mono, uint64_t term, int rv)
{
    msg_t m = {type, (int32_t)getpid(), mono, term, rv, 0};

    if (write(msg_w, &m, sizeof(m)) != (ssize_t)sizeof(m))
        _exit(3);
}

/* ---- a candidate process ---------------------------------------------- */

static int mark_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    const char *md = baton;

    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_NAME;
    rec.u.name.md = (mdshm_buf_t){(const uint8_t *)md, strlen(md)};
    return mdshm__w_put(w, MDSHM_DB_NAMES, "leader-mark.example", 19, &rec);
}

/*
 * Wait for leadership, report it, lead (tick) until deposed, repeat.
 * @check_resume: a leader that finds it did not run for longer than the
 * stale limit (it was SIGSTOPped) first makes a fenced write, as pending
 * leader work would, and reports the result (M_RESUMED).
 */
static void candidate_main(const mdshm_candidate_opts_t *co, bool check_resume)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    int rv;

    rv = mdshm_store_open(store_dir, NULL, &st); /* after fork */
    if (rv == 0)
        rv = mdshm__candidate_create(st, co, &c);
    if (rv < 0) {
        send_msg(M_FAILED, 0, 0, rv);
        _exit(1);
    }
    for (;;) {
        unsigned next = 0;
        int64_t last;

        send_msg(M_WAITING, 0, 0, 0);
        rv = mdshm__candidate_wait(c, -1);
        if (rv == 1) {
            int64_t now = bench_mono_ns();
            send_msg(M_LEADER, now, mdshm__candidate_term(c), 0);
        } else if (rv < 0) {
            send_msg(M_FAILED, 0, 0, rv);
            _exit(1);
        } else {
            continue;
        }
        last = bench_mono_ns();
        for (;;) {
            int64_t now = bench_mono_ns();
            if (check_resume && now - last > (int64_t)co->stale_ms * 1000000) {
                rv = mdshm__leader_write(c, mark_fn, "leader");
                send_msg(M_RESUMED, now, 0, rv);
            }
            rv = mdshm__candidate_tick(c, &next);
            if (rv != 1) {
                send_msg(M_DEPOSED, bench_mono_ns(), 0, rv);
                break;
            }
            if (next > 50)
                next = 50;
            bench_sleep_ms(next ? next : 1);
            last = now;
        }
    }
}

/* The baseline: the same hand-over with a bare OFD lock and no store
 * (what the kernel alone costs).  The "term" is the stamp itself, which
 * increases with every hand-over like a real term. */
static void raw_lock_main(void)
{
    char path[PATH_MAX];
    struct flock fl;
    int fd;

    snprintf(path, sizeof(path), "%s/raw.lock", store_dir);
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        send_msg(M_FAILED, 0, 0, -errno);
        _exit(1);
    }
    memset(&fl, 0, sizeof(fl));
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    send_msg(M_WAITING, 0, 0, 0);
    while (fcntl(fd, F_OFD_SETLKW, &fl) < 0) {
        if (errno != EINTR) {
            send_msg(M_FAILED, 0, 0, -errno);
            _exit(1);
        }
    }
    {
        int64_t now = bench_mono_ns();
        send_msg(M_LEADER, now, (uint64_t)now, 0);
    }
    for (;;)
        pause();
}

/* ---- the parent's view of the candidates ------------------------------ */

typedef struct pool {
    pid_t pids[MAX_PIDS];
    bool waiting[MAX_PIDS];
    unsigned n;
    pid_t leader;
    uint64_t term;
    int msg_r;
    unsigned failures;   /* M_FAILED or an unexpected exit */
    unsigned bad_terms;  /* a new leader's term not above the last */
    mdshm_candidate_opts_t co;
    bool check_resume;
    bool raw_lock;       /* baseline: bare OFD lock, no store */
} pool_t;

static int pool_find(const pool_t *p, pid_t pid)
{
    for (unsigned i = 0; i < p->n; i++)
        if (p->pids[i] == pid)
            return (int)i;
    return -1;
}

static int pool_fork(pool_t *p)
{
    pid_t pid;

    if (p->n == MAX_PIDS)
        return -EMFILE;
    fflush(NULL);
    pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        close(p->msg_r);
        if (p->raw_lock)
            raw_lock_main();
        candidate_main(&p->co, p->check_resume);
        _exit(0);
    }
    p->pids[p->n] = pid;
    p->waiting[p->n] = false;
    p->n++;
    return 0;
}

static void pool_reap(pool_t *p, pid_t pid)
{
    int i = pool_find(p, pid), status;

    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (i < 0)
        return;
    p->pids[i] = p->pids[p->n - 1];
    p->waiting[i] = p->waiting[p->n - 1];
    p->n--;
    if (p->leader == pid)
        p->leader = 0;
}

/* Read one message within @timeout_ms and update the pool.  Returns the
 * message type, 0 on timeout, <0 on error. */
static int pool_next(pool_t *p, int timeout_ms, msg_t *m)
{
    struct pollfd pf = {p->msg_r, POLLIN, 0};
    int i, rv;

    rv = poll(&pf, 1, timeout_ms);
    if (rv < 0)
        return errno == EINTR ? 0 : -errno;
    if (rv == 0)
        return 0;
    if (read(p->msg_r, m, sizeof(*m)) != (ssize_t)sizeof(*m))
        return -EIO;
    i = pool_find(p, m->pid);
    switch (m->type) {
    case M_WAITING:
        if (i >= 0)
            p->waiting[i] = true;
        break;
    case M_LEADER:
        if (i >= 0)
            p->waiting[i] = false;
        if (m->term <= p->term) {
            fprintf(stderr, "pid %d leads with term %llu, not above %llu\n",
                    m->pid, (unsigned long long)m->term,
                    (unsigned long long)p->term);
            p->bad_terms++;
        }
        p->term = m->term;
        p->leader = m->pid;
        break;
    case M_DEPOSED:
        if (p->leader == m->pid)
            p->leader = 0;
        break;
    case M_FAILED:
        fprintf(stderr, "candidate %d failed: %s\n", m->pid,
                mdshm_strerror(m->rv));
        p->failures++;
        break;
    }
    return m->type;
}

static unsigned pool_waiting(const pool_t *p)
{
    unsigned w = 0;

    for (unsigned i = 0; i < p->n; i++)
        w += p->waiting[i] && p->pids[i] != p->leader;
    return w;
}

/* Until there is a leader and @want candidates wait. */
static int pool_settle(pool_t *p, unsigned want)
{
    int64_t deadline = bench_mono_ns() + (int64_t)MSG_TIMEOUT_MS * 1000000;
    msg_t m;

    while (!p->leader || pool_waiting(p) < want) {
        int left = (int)((deadline - bench_mono_ns()) / 1000000);
        int rv = left > 0 ? pool_next(p, left, &m) : 0;
        if (rv < 0)
            return rv;
        if (rv == 0 && bench_mono_ns() >= deadline)
            return -ETIMEDOUT;
        if (p->failures)
            return MDSHM_ESTORE;
    }
    return 0;
}

/* The first M_LEADER from a pid other than @old; its stamp, or <0. */
static int64_t pool_wait_leader(pool_t *p, pid_t old, int timeout_ms)
{
    int64_t deadline = bench_mono_ns() + (int64_t)timeout_ms * 1000000;
    msg_t m;

    for (;;) {
        int left = (int)((deadline - bench_mono_ns()) / 1000000);
        int rv = left > 0 ? pool_next(p, left, &m) : 0;
        if (rv < 0)
            return rv;
        if (rv == M_LEADER && m.pid != old)
            return m.mono_ns;
        if (rv == 0 && bench_mono_ns() >= deadline)
            return -ETIMEDOUT;
    }
}

static void pool_kill_all(pool_t *p)
{
    for (unsigned i = 0; i < p->n; i++) {
        kill(p->pids[i], SIGKILL);
        kill(p->pids[i], SIGCONT);
    }
    while (p->n)
        pool_reap(p, p->pids[0]);
}

/* ---- 1. fenced write cost --------------------------------------------- */

typedef struct wres {
    int rv;
    unsigned n;
    int64_t ns[];
} wres_t;

static int noop_fn(mdshm__wtxn_t *w, void *baton)
{
    (void)w;
    (void)baton;
    return 0;
}

static int name_fn(mdshm__wtxn_t *w, void *baton)
{
    const unsigned *i = baton;
    char key[32];
    mdshm_record_t rec;
    int n = snprintf(key, sizeof(key), "w%02u.bench.example", *i % 16);

    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_NAME;
    rec.u.name.md = (mdshm_buf_t){(const uint8_t *)"bench", 5};
    return mdshm__w_put(w, MDSHM_DB_NAMES, key, (size_t)n, &rec);
}

static void writer_main(wres_t *put, wres_t *noop)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    int rv;

    rv = mdshm_store_open(store_dir, NULL, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0) {
        rv = mdshm__candidate_try(c);
        rv = rv == 1 ? 0 : rv == 0 ? MDSHM_EBUSY : rv;
    }
    /* interleaved, so both see the same disk and CPU noise */
    for (unsigned i = 0; rv == 0 && i < opt.writes; i++) {
        int64_t t = bench_mono_ns();
        rv = mdshm__leader_write(c, name_fn, &i);
        put->ns[put->n++] = bench_mono_ns() - t;
        if (rv < 0)
            break;
        t = bench_mono_ns();
        rv = mdshm__leader_write(c, noop_fn, NULL);
        noop->ns[noop->n++] = bench_mono_ns() - t;
    }
    put->rv = rv;
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    _exit(rv == 0 ? 0 : 1);
}

static int run_writes(double out[2][4])
{
    size_t sz = sizeof(wres_t) + opt.writes * sizeof(int64_t);
    wres_t *put, *noop;
    int status, rv = 0;
    pid_t pid;

    put = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
               -1, 0);
    noop = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                -1, 0);
    if (put == MAP_FAILED || noop == MAP_FAILED)
        return -ENOMEM;
    memset(put, 0, sz);
    memset(noop, 0, sz);
    fflush(NULL);
    pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0)
        writer_main(put, noop);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || put->rv != 0) {
        fprintf(stderr, "fenced writes: %s\n",
                put->rv ? mdshm_strerror(put->rv) : "writer died");
        rv = put->rv ? put->rv : MDSHM_ESTORE;
    } else {
        wres_t *w[2] = {put, noop};
        for (int k = 0; k < 2; k++) {
            out[k][0] = (double)bench_pct(w[k]->ns, w[k]->n, 50) / 1e6;
            out[k][1] = (double)bench_pct(w[k]->ns, w[k]->n, 90) / 1e6;
            out[k][2] = (double)bench_pct(w[k]->ns, w[k]->n, 99) / 1e6;
            out[k][3] = (double)bench_pct(w[k]->ns, w[k]->n, 100) / 1e6;
        }
    }
    munmap(put, sz);
    munmap(noop, sz);
    return rv;
}

/* ---- 2. SIGKILL -------------------------------------------------------- */

typedef struct kill_res {
    int64_t *dt;
    unsigned n, timeouts, bad_terms;
} kill_res_t;

/*
 * Two pools side by side: [0] mdshm candidates, [1] the bare-lock baseline.
 * Each round kills the leader of both, in alternating order, each after its
 * own random pause, so both see the same machine.
 */
static int run_kills(kill_res_t res[2])
{
    pool_t pools[2] = {{.msg_r = -1}, {.msg_r = -1, .raw_lock = true}};
    int wfd[2] = {-1, -1};
    uint64_t s = opt.seed;
    int rv = 0;

    for (int q = 0; q < 2 && rv == 0; q++) {
        int fds[2];
        res[q].n = res[q].timeouts = 0;
        if (pipe(fds) < 0) {
            rv = -errno;
            break;
        }
        pools[q].msg_r = fds[0];
        wfd[q] = fds[1];
        msg_w = fds[1]; /* inherited by this pool's children */
        for (unsigned i = 0; i < CANDIDATES + 1 && rv == 0; i++)
            rv = pool_fork(&pools[q]);
        if (rv == 0)
            rv = pool_settle(&pools[q], CANDIDATES);
    }
    for (unsigned k = 0; k < opt.kills && rv == 0; k++) {
        for (int j = 0; j < 2 && rv == 0; j++) {
            int q = (int)((k + (unsigned)j) % 2);
            pool_t *p = &pools[q];
            pid_t old = p->leader;
            int64_t t0, t1;

            bench_sleep_ms(50 + (unsigned)(bench_rng(&s) % 151));
            t0 = bench_mono_ns();
            kill(old, SIGKILL);
            t1 = pool_wait_leader(p, old, MSG_TIMEOUT_MS);
            if (t1 == -ETIMEDOUT) {
                fprintf(stderr, "kill %u: no new leader within %d ms\n", k,
                        MSG_TIMEOUT_MS);
                res[q].timeouts++;
            } else if (t1 < 0) {
                rv = (int)t1;
                break;
            } else {
                res[q].dt[res[q].n++] = t1 - t0;
            }
            pool_reap(p, old);
            msg_w = wfd[q];
            rv = pool_fork(p);
            if (rv == 0)
                rv = pool_settle(p, CANDIDATES);
        }
    }
    for (int q = 0; q < 2; q++) {
        res[q].bad_terms = pools[q].bad_terms;
        if (pools[q].failures && rv == 0)
            rv = MDSHM_ESTORE;
        pool_kill_all(&pools[q]);
        if (pools[q].msg_r >= 0)
            close(pools[q].msg_r);
        if (wfd[q] >= 0)
            close(wfd[q]);
    }
    return rv;
}

/* ---- 3. SIGSTOP (staleness) ------------------------------------------ */

typedef struct stale_res {
    int64_t dt[64];
    unsigned n, timeouts;
    unsigned refused;     /* continued old leaders whose write was fenced */
    unsigned not_refused; /* no answer from the continued old leader */
    unsigned wrong;       /* its write was not refused: a fencing bug */
    unsigned changes;     /* further leadership changes within 1 s */
    unsigned deposer_lost; /* ... that cost the deposing leader its term */
    unsigned bad_terms;
} stale_res_t;

static int run_stale(stale_res_t *r)
{
    pool_t p = {.msg_r = -1, .check_resume = true};
    uint64_t s = opt.seed ^ 0x57a1eULL;
    int fds[2], rv = 0;
    msg_t m;

    memset(r, 0, sizeof(*r));
    p.co.heartbeat_ms = STALE_HB_MS;
    p.co.stale_ms = STALE_MS;
    if (pipe(fds) < 0)
        return -errno;
    p.msg_r = fds[0];
    msg_w = fds[1];
    for (unsigned i = 0; i < CANDIDATES + 1 && rv == 0; i++)
        rv = pool_fork(&p);
    if (rv == 0)
        rv = pool_settle(&p, CANDIDATES);
    for (unsigned k = 0; k < opt.stale_rounds && rv == 0 && k < 64; k++) {
        pid_t old = p.leader;
        int64_t t0, t1, until;
        pid_t deposer;
        bool answered = false;

        /* let the leader heartbeat a few times */
        bench_sleep_ms(300 + (unsigned)(bench_rng(&s) % 201));
        t0 = bench_mono_ns();
        kill(old, SIGSTOP);
        t1 = pool_wait_leader(&p, old, MSG_TIMEOUT_MS);
        if (t1 == -ETIMEDOUT) {
            fprintf(stderr, "stop %u: no new leader within %d ms\n", k,
                    MSG_TIMEOUT_MS);
            r->timeouts++;
        } else if (t1 < 0) {
            rv = (int)t1;
            break;
        } else {
            r->dt[r->n++] = t1 - t0;
        }
        /* Continue the old leader: its next write must be fenced.  That is
         * either the write it makes on noticing the gap (M_RESUMED) or,
         * if it was stopped inside mdshm__candidate_tick, the heartbeat
         * write there (tick returns 0: M_DEPOSED).  If nobody took over,
         * it simply leads on. */
        deposer = p.leader;
        kill(old, SIGCONT);
        if (t1 < 0)
            answered = true;
        until = bench_mono_ns() + 1000 * 1000000LL;
        while (bench_mono_ns() < until) {
            int left = (int)((until - bench_mono_ns()) / 1000000);
            int type = pool_next(&p, left > 0 ? left : 0, &m);
            if (type < 0) {
                rv = type;
                break;
            }
            if ((type == M_RESUMED || type == M_DEPOSED) && m.pid == old &&
                !answered) {
                answered = true;
                if (type == M_DEPOSED || m.rv == MDSHM_EFENCED) {
                    r->refused++;
                } else {
                    fprintf(stderr, "stop %u: the continued old leader's "
                            "write gave %s, not MDSHM_EFENCED\n",
                            k, mdshm_strerror(m.rv));
                    r->wrong++;
                }
            } else if (type == M_LEADER) {
                r->changes++;
            } else if (type == M_DEPOSED && m.pid == deposer && t1 >= 0) {
                r->deposer_lost++;
            }
        }
        if (!answered)
            r->not_refused++;
        if (rv == 0)
            rv = pool_settle(&p, CANDIDATES);
    }
    r->bad_terms = p.bad_terms;
    if (p.failures && rv == 0)
        rv = MDSHM_ESTORE;
    pool_kill_all(&p);
    close(fds[0]);
    close(fds[1]);
    return rv;
}

/* ---- main ---------------------------------------------------------------- */

int main(int argc, char **argv)
{
    const char *given = NULL;
    char work[PATH_MAX - 32], store[PATH_MAX];
    bool created, missed = false;
    double w[2][4];
    kill_res_t kr[2] = {{0}, {0}};
    stale_res_t sr;
    int ch, rv, rc = 0;
    int64_t t_start = bench_mono_ns();

    while ((ch = getopt(argc, argv, "d:k:w:t:s:h")) != -1) {
        switch (ch) {
        case 'd':
            given = optarg;
            break;
        case 'k':
            opt.kills = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 'w':
            opt.writes = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 't':
            opt.stale_rounds = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 's':
            opt.seed = strtoull(optarg, NULL, 0) | 1;
            break;
        default:
            fprintf(stderr,
                    "usage: %s [-d DIR] [-k KILLS] [-w WRITES] "
                    "[-t STALE_ROUNDS] [-s SEED]\n",
                    argv[0]);
            return ch == 'h' ? 0 : 64;
        }
    }
    if (opt.kills == 0 || opt.writes == 0 || opt.stale_rounds > 64) {
        fprintf(stderr, "%s: bad option value\n", argv[0]);
        return 64;
    }
    kr[0].dt = calloc(opt.kills, sizeof(int64_t));
    kr[1].dt = calloc(opt.kills, sizeof(int64_t));
    if (!kr[0].dt || !kr[1].dt)
        return 1;
    if ((rv = bench_workdir(given, work, sizeof(work), &created)) < 0) {
        fprintf(stderr, "work directory: %s\n", strerror(-rv));
        return 1;
    }
    snprintf(store, sizeof(store), "%s/store", work);
    store_dir = store;
    signal(SIGPIPE, SIG_IGN);

    printf("bench_takeover: leader election and fenced writes\n");
    bench_print_cmd(argc, argv);
    printf("%d candidates wait while one leads; work dir %s\n", CANDIDATES,
           work);
    fflush(stdout);

    {
        mdshm_store_opts_t so = {.create = true};
        mdshm_store_t *st = NULL;
        rv = mdshm_store_open(store, &so, &st);
        mdshm_store_close(st); /* nothing of it is kept across fork */
    }
    if (rv == 0)
        rv = run_writes(w);
    if (rv == 0)
        rv = run_kills(kr);
    if (rv == 0)
        rv = run_stale(&sr);
    bench_rmtree(store);
    if (created)
        bench_rmtree(work);
    if (rv < 0) {
        fprintf(stderr, "bench_takeover: %s\n", mdshm_strerror(rv));
        return 1;
    }

    printf("\nFenced writes (mdshm__leader_write, wall ms, %u each, "
           "interleaved; synced commits, default store flags)\n\n",
           opt.writes);
    printf("| write | p50 ms | p90 ms | p99 ms | max ms |\n");
    printf("|---|---:|---:|---:|---:|\n");
    printf("| one small record (names/ put) | %.3f | %.3f | %.3f | %.3f |\n",
           w[0][0], w[0][1], w[0][2], w[0][3]);
    printf("| fence check only (body writes nothing) | %.3f | %.3f | %.3f | "
           "%.3f |\n",
           w[1][0], w[1][1], w[1][2], w[1][3]);

    printf("\nLeader takeover, wall ms from kill() to the new leader's "
           "mdshm__candidate_wait() returning 1 (baseline: to F_OFD_SETLKW "
           "returning)\n\n");
    printf("| event | rounds | p50 ms | p90 ms | max ms | min ms | "
           "no takeover | term errors | target |\n");
    printf("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    double kill50[2] = {0, 0};
    for (int q = 0; q < 2; q++) {
        kill_res_t *k = &kr[q];
        double p50 = (double)bench_pct(k->dt, k->n, 50) / 1e6;
        double p90 = (double)bench_pct(k->dt, k->n, 90) / 1e6;
        double mx = (double)bench_pct(k->dt, k->n, 100) / 1e6;
        double mn = k->n ? (double)k->dt[0] / 1e6 : 0;
        bool ok = k->n > 0 && p50 <= TARGET_KILL_P50_MS;

        kill50[q] = p50;

        if (k->timeouts || k->bad_terms)
            rc = 1;
        if (q == 0) {
            missed |= !ok;
            printf("| SIGKILL: mdshm__candidate_wait (lock + term write) | %u "
                   "| %.3f | %.3f | %.3f | %.3f | %u | %u | p50 <= %.1f ms: "
                   "%s |\n",
                   k->n, p50, p90, mx, mn, k->timeouts, k->bad_terms,
                   TARGET_KILL_P50_MS, ok ? "met" : "MISSED");
        } else {
            printf("| SIGKILL: bare OFD lock, no store (baseline) | %u | "
                   "%.3f | %.3f | %.3f | %.3f | %u | %u | context |\n",
                   k->n, p50, p90, mx, mn, k->timeouts, k->bad_terms);
        }
    }
    {
        double p50 = (double)bench_pct(sr.dt, sr.n, 50) / 1e6;
        double p90 = (double)bench_pct(sr.dt, sr.n, 90) / 1e6;
        double mx = (double)bench_pct(sr.dt, sr.n, 100) / 1e6;
        double mn = sr.n ? (double)sr.dt[0] / 1e6 : 0;

        /* A leader stopped inside a write transaction holds LMDB's writer
         * lock, so no takeover can happen until it runs again: reported
         * ("no takeover"), not counted as an error. */
        if (sr.bad_terms || sr.not_refused || sr.wrong ||
            sr.refused + sr.timeouts != opt.stale_rounds)
            rc = 1;
        printf("| SIGSTOP, heartbeat %d ms / stale %d ms | %u | %.1f | %.1f | "
               "%.1f | %.1f | %u | %u | context: expect %d-%d ms |\n",
               STALE_HB_MS, STALE_MS, sr.n, p50, p90, mx, mn, sr.timeouts,
               sr.bad_terms, STALE_MS - STALE_HB_MS,
               STALE_MS + (STALE_MS / 4 > 20 ? STALE_MS / 4 : 20));
        printf("\nhung leader continued after being deposed: its next "
               "write refused (MDSHM_EFENCED) %u of %u, not answered %u, "
               "accepted %u\n",
               sr.refused, sr.n, sr.not_refused, sr.wrong);
        printf("leadership changes within 1 s after SIGCONT (the old "
               "leader's lock passing to a waiting candidate): %u in %u "
               "rounds; the deposing leader lost its term %u times\n",
               sr.changes, sr.n, sr.deposer_lost);
        if (sr.timeouts)
            printf("note: %u stopped leader(s) were not replaced within "
                   "%d ms: a leader stopped inside a write transaction "
                   "holds LMDB's writer lock, which blocks the takeover "
                   "until it runs again\n",
                   sr.timeouts, MSG_TIMEOUT_MS);
    }
    if (kill50[1] > 0) {
        /* the figure that travels between machines: both are measured in
         * the same rounds, so the machine's speed and load cancel out */
        double ratio = kill50[0] / kill50[1];
        bool ok = ratio <= TARGET_KILL_OVER_BARE;

        missed |= !ok;
        printf("takeover p50 / bare lock p50: %.2f (target <= %.1f: %s)\n",
               ratio, TARGET_KILL_OVER_BARE, ok ? "met" : "MISSED");
        printf("RESULT takeover_over_bare_p50 %.3f ratio\n", ratio);
    }
    printf("\nvalidation: %s; targets: %s; total %.1f s\n",
           rc ? "ERRORS (see above)"
              : "terms increased on every takeover, all writes committed, "
                "every deposed leader was fenced",
           missed ? "some MISSED" : "all met",
           (double)(bench_mono_ns() - t_start) / 1e9);
    free(kr[0].dt);
    free(kr[1].dt);
    if (rc == 0 && missed) {
        const char *strict = getenv("MDSHM_BENCH_STRICT");
        if (strict && *strict && strcmp(strict, "0") != 0)
            rc = 2;
    }
    return rc;
}
