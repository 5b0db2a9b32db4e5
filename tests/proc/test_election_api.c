/*
 * test_election_api.c -- leader election API semantics.
 *
 * Two candidates in one process (each has its own open file description of
 * leader.lock, so their OFD locks conflict like two processes' would) share
 * the process's one store handle.  Checked: try() for the first and second
 * candidate, is_leader/term, fenced writes by a non-leader, wait() timing
 * out while someone else leads, wait() waking when the lock is released,
 * cancel() of a blocked wait() in a thread, deposing a leader whose
 * heartbeat is stale, the deposed leader's fenced write, lock re-acquisition
 * in tick(), leader_status, option checks, and a forked child's use of the
 * parent's candidate (MDSHM_EWRONGPROC, without harming the parent's lock).
 */
#include "proc_util.h"

#include <pthread.h>

#define HB_MS 50
#define STALE_MS 300

struct waiter {
    mdshm__candidate_t *c;
    int timeout_ms;
    pthread_mutex_t mu;
    bool started; /* about to call wait() */
    bool done;
    int rv;
    int64_t done_ns;
};

static void *waiter_main(void *arg)
{
    struct waiter *wt = arg;
    int rv;

    pthread_mutex_lock(&wt->mu);
    wt->started = true;
    pthread_mutex_unlock(&wt->mu);
    rv = mdshm__candidate_wait(wt->c, wt->timeout_ms);
    pthread_mutex_lock(&wt->mu);
    wt->rv = rv;
    wt->done = true;
    wt->done_ns = pu_mono_ns();
    pthread_mutex_unlock(&wt->mu);
    return NULL;
}

static bool waiter_flag(struct waiter *wt, bool done)
{
    bool v;

    pthread_mutex_lock(&wt->mu);
    v = done ? wt->done : wt->started;
    pthread_mutex_unlock(&wt->mu);
    return v;
}

/* Poll until the waiter thread finished, at most @ms. */
static bool waiter_wait_done(struct waiter *wt, int ms)
{
    int64_t deadline = pu_mono_ms() + ms;

    while (!waiter_flag(wt, true)) {
        if (pu_mono_ms() >= deadline)
            return false;
        pu_sleep_ms(1);
    }
    return true;
}

static int waiter_start(struct waiter *wt, pthread_t *t, mdshm__candidate_t *c,
                        int timeout_ms)
{
    memset(wt, 0, sizeof(*wt));
    pthread_mutex_init(&wt->mu, NULL);
    wt->c = c;
    wt->timeout_ms = timeout_ms;
    return pthread_create(t, NULL, waiter_main, wt);
}

int main(void)
{
    mdshm_candidate_opts_t co = {HB_MS, STALE_MS, 0};
    mdshm__candidate_t *c1 = NULL, *c2 = NULL, *bad = NULL;
    mdshm_store_t *st = NULL;
    mdshm_leader_status_t ls;
    struct probe pr;
    char who[64];
    uint32_t n;
    uint64_t t1, t2, t3;
    int rv, r1, r2;

    pu_init("test_election_api", 40);
    const char *dir = pu_mkdtemp();
    if (!pu_ok(dir != NULL, "fresh store directory"))
        return pu_done();
    rv = pu_open(dir, true, false, 0, 0, &st);
    if (!pu_ok(rv == 0, "store created (%s)", pu_err(rv)))
        return pu_done();

    /* Option checks. */
    {
        mdshm_candidate_opts_t badopts = {100, 200, 0};
        rv = mdshm__candidate_create(st, &badopts, &bad);
        pu_ok(rv == MDSHM_EBADINPUT && bad == NULL,
              "stale_ms <= 2 * heartbeat_ms is refused (%s)", pu_err(rv));
        mdshm__candidate_destroy(bad);
    }

    r1 = mdshm__candidate_create(st, &co, &c1);
    r2 = mdshm__candidate_create(st, &co, &c2);
    if (!pu_ok(r1 == 0 && r2 == 0, "two candidates created (%s, %s)",
               pu_err(r1), pu_err(r2)))
        goto out;

    rv = mdshm_leader_status(st, STALE_MS, &ls);
    pu_ok(rv == 0 && !ls.present && !ls.lock_held,
          "new store: no leader recorded, lock free");

    /* 1. try(): first wins, second loses. */
    r1 = mdshm__candidate_try(c1);
    r2 = mdshm__candidate_try(c2);
    t1 = mdshm__candidate_term(c1);
    pu_ok(r1 == 1 && r2 == 0, "try(): first returns 1, second 0 (%d, %d)",
          r1, r2);
    pu_ok(mdshm__candidate_is_leader(c1) && t1 >= 1 &&
              !mdshm__candidate_is_leader(c2) &&
              mdshm__candidate_term(c2) == 0,
          "is_leader/term: c1 leads with term %llu, c2 does not",
          (unsigned long long)t1);
    rv = mdshm__candidate_try(c1);
    pu_ok(rv == 1 && mdshm__candidate_term(c1) == t1,
          "try() by the leader again: still 1, same term");

    rv = mdshm_leader_status(st, STALE_MS, &ls);
    pu_ok(rv == 0 && ls.present && ls.term == t1 &&
              ls.pid == (int64_t)getpid() && ls.lock_held && ls.has_lock &&
              ls.alive && !ls.stale,
          "leader_status: term %llu pid %lld lock_held %d has_lock %d alive "
          "%d stale %d",
          (unsigned long long)ls.term, (long long)ls.pid, ls.lock_held,
          ls.has_lock, ls.alive, ls.stale);

    /* 2. fenced writes */
    pr.who = "c2";
    pr.n = 1;
    rv = mdshm__leader_write(c2, probe_fn, &pr);
    pu_ok(rv == MDSHM_ENOTLEADER, "leader_write by a non-leader: %s",
          pu_err(rv));
    pr.who = "c1";
    pr.n = 2;
    rv = mdshm__leader_write(c1, probe_fn, &pr);
    pu_ok(rv == 0, "leader_write by the leader commits (%s)", pu_err(rv));
    rv = probe_read(st, who, sizeof(who), &n);
    pu_ok(rv == 0 && strcmp(who, "c1") == 0 && n == 2,
          "probe record written by c1 (%s, '%s', %u)", pu_err(rv), who, n);

    /* 3. wait() with a timeout while another candidate leads */
    {
        int64_t t0 = pu_mono_ms();
        rv = mdshm__candidate_tick(c1, NULL); /* fresh heartbeat */
        rv = mdshm__candidate_wait(c2, 150);
        int64_t el = pu_mono_ms() - t0;
        pu_ok(rv == 0 && !mdshm__candidate_is_leader(c2),
              "wait(150 ms) returns 0 while c1 leads (rv %d)", rv);
        pu_diag("wait(150 ms) returned after %lld ms", (long long)el);
    }

    /* 4. cancel() makes a blocked wait(-1) return 0. */
    {
        struct waiter wt;
        pthread_t th;
        int cancels = 0;
        int64_t cancel_ns = 0;

        mdshm__candidate_tick(c1, NULL);
        if (waiter_start(&wt, &th, c2, -1) != 0) {
            pu_ok(false, "waiter thread started");
        } else {
            int64_t deadline = pu_mono_ms() + 5000;
            while (!waiter_flag(&wt, false) && pu_mono_ms() < deadline)
                pu_sleep_ms(1);
            /* Give the thread time to block, then cancel.  A cancel()
             * that lands before wait() starts is lost (wait() clears the
             * flag on entry), so cancel again until it returns. */
            pu_sleep_ms(50);
            while (!waiter_flag(&wt, true) && pu_mono_ms() < deadline) {
                /* keep c1's heartbeat fresh: c2 must not depose it */
                mdshm__candidate_tick(c1, NULL);
                cancel_ns = pu_mono_ns();
                mdshm__candidate_cancel(c2);
                cancels++;
                waiter_wait_done(&wt, 100);
            }
            bool done = waiter_flag(&wt, true);
            if (!done) {
                /* Unblock it for good: c1 steps down, c2 leads. */
                mdshm__candidate_step_down(c1);
                waiter_wait_done(&wt, 3000);
            }
            pthread_join(th, NULL);
            pu_ok(done && wt.rv == 0 && !mdshm__candidate_is_leader(c2),
                  "cancel() makes a blocked wait(-1) return 0 (rv %d after "
                  "%d cancel call(s))",
                  wt.rv, cancels);
            if (done)
                pu_diag("wait() returned %.3f ms after the last cancel()",
                        (double)(wt.done_ns - cancel_ns) / 1e6);
            pthread_mutex_destroy(&wt.mu);
            if (!done)
                goto out;
        }
    }

    /* A cancel() with no wait() running is not remembered (diagnostic:
     * the documented contract is a *concurrent* wait()). */
    {
        mdshm__candidate_tick(c1, NULL);
        mdshm__candidate_cancel(c2);
        int64_t t0 = pu_mono_ms();
        rv = mdshm__candidate_wait(c2, 120);
        pu_diag("cancel() before wait(120 ms): wait returned %d after %lld "
                "ms (%s)",
                rv, (long long)(pu_mono_ms() - t0),
                pu_mono_ms() - t0 >= 100 ? "cancel was not sticky"
                                         : "cancel was sticky");
        pu_ok(rv == 0, "wait() after an earlier cancel() returns 0");
    }

    /* 5. step_down; the other's try() gets term + 1. */
    mdshm__candidate_step_down(c1);
    pu_ok(!mdshm__candidate_is_leader(c1) && mdshm__candidate_term(c1) == 0,
          "step_down: c1 no longer leader");
    rv = mdshm__leader_write(c1, probe_fn, &pr);
    pu_ok(rv == MDSHM_ENOTLEADER, "leader_write after step_down: %s",
          pu_err(rv));
    {
        /* c2's locker thread (started by its wait() calls) may still be
         * picking the released lock up: try() says 0 until it has. */
        int64_t deadline = pu_mono_ms() + 3000;
        int tries = 1;
        while ((rv = mdshm__candidate_try(c2)) == 0 &&
               pu_mono_ms() < deadline) {
            pu_sleep_ms(1);
            tries++;
        }
        pu_diag("c2 took the released lock on try() call %d", tries);
    }
    t2 = mdshm__candidate_term(c2);
    pu_ok(rv == 1 && t2 == t1 + 1,
          "try() by c2 after c1 stepped down: rv %d, term %llu (expected "
          "%llu)",
          rv, (unsigned long long)t2, (unsigned long long)(t1 + 1));
    rv = mdshm__candidate_try(c1);
    pu_ok(rv == 0, "c1 try() while c2 leads: %d", rv);
    rv = mdshm_leader_status(st, STALE_MS, &ls);
    pu_ok(rv == 0 && ls.term == t2 && ls.has_lock && ls.lock_held,
          "leader_status shows term %llu with the lock",
          (unsigned long long)ls.term);

    /* 6. wait() wakes promptly when the leader releases the lock. */
    {
        struct waiter wt;
        pthread_t th;

        mdshm__candidate_tick(c2, NULL);
        if (waiter_start(&wt, &th, c1, 10000) != 0) {
            pu_ok(false, "waiter thread started");
            goto out;
        }
        int64_t deadline = pu_mono_ms() + 5000;
        while (!waiter_flag(&wt, false) && pu_mono_ms() < deadline)
            pu_sleep_ms(1);
        pu_sleep_ms(30); /* let it block in wait() (not required) */
        int64_t t0 = pu_mono_ns();
        mdshm__candidate_step_down(c2);
        bool done = waiter_wait_done(&wt, 8000);
        pthread_join(th, NULL);
        t3 = mdshm__candidate_term(c1);
        pu_ok(done && wt.rv == 1 && t3 == t2 + 1 &&
                  mdshm__candidate_is_leader(c1),
              "blocked wait() returns 1 after the leader stepped down (rv "
              "%d, term %llu)",
              wt.rv, (unsigned long long)t3);
        pu_diag("wait() took over %.3f ms after step_down()",
                (double)(wt.done_ns - t0) / 1e6);
        pthread_mutex_destroy(&wt.mu);
    }

    /* 7. A forked child uses the parent's candidate and store: refused,
     * and the parent's leadership and lock are unharmed. */
    {
        int fds[2];
        pu_lines_t lr;
        char line[256];

        if (pu_pipe(fds) < 0) {
            pu_ok(false, "pipe");
            goto out;
        }
        pid_t pid = pu_fork();
        if (pid == 0) {
            close(fds[0]);
            mdshm_reader_t *rd = NULL;
            mdshm__candidate_t *cc = NULL;
            int a = mdshm__candidate_try(c1);
            int b = mdshm__leader_write(c1, probe_fn, &pr);
            int c = mdshm__candidate_tick(c1, NULL);
            int d = mdshm_reader_create(st, &rd);
            int e = mdshm__candidate_create(st, &co, &cc);
            int f = mdshm__candidate_wait(c2, 10);
            /* Must not release the parent's lock or touch LMDB. */
            mdshm__candidate_step_down(c1);
            mdshm__candidate_destroy(c1);
            mdshm__candidate_destroy(c2);
            mdshm_store_close(st);
            pu_send(fds[1], "%d %d %d %d %d %d", a, b, c, d, e, f);
            _exit(0);
        }
        close(fds[1]);
        pu_lines_init(&lr, fds[0]);
        rv = pid > 0 ? pu_recv(&lr, line, sizeof(line), 10000) : -1;
        int a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
        if (rv == 1)
            sscanf(line, "%d %d %d %d %d %d", &a, &b, &c, &d, &e, &f);
        int status = pid > 0 ? pu_reap(pid, 5000) : -1;
        close(fds[0]);
        pu_ok(rv == 1 && a == MDSHM_EWRONGPROC && b == MDSHM_EWRONGPROC &&
                  c == MDSHM_EWRONGPROC && d == MDSHM_EWRONGPROC &&
                  e == MDSHM_EWRONGPROC && f == MDSHM_EWRONGPROC &&
                  pu_exited_ok(status),
              "child using the parent's candidate/store: try %s, write %s, "
              "tick %s, reader_create %s, candidate_create %s, wait %s",
              pu_err(a), pu_err(b), pu_err(c), pu_err(d), pu_err(e),
              pu_err(f));
        rv = mdshm_leader_status(st, STALE_MS, &ls);
        pr.who = "c1-after-child";
        pr.n = 7;
        int wrv = mdshm__leader_write(c1, probe_fn, &pr);
        pu_ok(rv == 0 && ls.lock_held && ls.term == t3 &&
                  mdshm__candidate_is_leader(c1) && wrv == 0,
              "after the child's step_down/destroy of inherited handles the "
              "parent still leads (lock_held %d, write %s)",
              ls.lock_held, pu_err(wrv));
        rv = mdshm__candidate_try(c2);
        pu_ok(rv == 0, "c2 still cannot take the lock (try %d)", rv);
    }

    /* 8. A leader whose heartbeat is stale is deposed by try(); its next
     * write is fenced; the new leader takes the lock in tick(). */
    {
        int64_t deadline;
        mdshm__candidate_tick(c1, NULL); /* last heartbeat */
        rv = 0;
        deadline = pu_mono_ms() + 5000;
        /* c1 stops ticking; c2 polls try() until c1's heartbeat is stale */
        while ((rv = mdshm__candidate_try(c2)) == 0 && pu_mono_ms() < deadline)
            pu_sleep_ms(10);
        uint64_t t4 = mdshm__candidate_term(c2);
        pu_ok(rv == 1 && t4 == t3 + 1,
              "try() deposes a leader with a stale heartbeat (rv %d, term "
              "%llu)",
              rv, (unsigned long long)t4);
        rv = mdshm_leader_status(st, STALE_MS, &ls);
        pu_ok(rv == 0 && ls.term == t4 && !ls.has_lock && ls.lock_held,
              "leader_status: new term %llu recorded without the lock "
              "(has_lock %d; the old leader still holds it: %d)",
              (unsigned long long)ls.term, ls.has_lock, ls.lock_held);
        pr.who = "c2-new";
        pr.n = 8;
        rv = mdshm__leader_write(c2, probe_fn, &pr);
        pu_ok(rv == 0, "new leader writes (%s)", pu_err(rv));
        pu_ok(mdshm__candidate_is_leader(c1),
              "the deposed leader still believes it leads (no I/O yet)");
        pr.who = "c1-stale";
        pr.n = 9;
        rv = mdshm__leader_write(c1, probe_fn, &pr);
        pu_ok(rv == MDSHM_EFENCED && !mdshm__candidate_is_leader(c1),
              "the deposed leader's write is fenced (%s) and it steps down",
              pu_err(rv));
        rv = probe_read(st, who, sizeof(who), &n);
        pu_ok(rv == 0 && strcmp(who, "c2-new") == 0 && n == 8,
              "store keeps the new leader's value ('%s', %u)", who, n);
        rv = mdshm__leader_write(c1, probe_fn, &pr);
        pu_ok(rv == MDSHM_ENOTLEADER, "next write by the old leader: %s",
              pu_err(rv));
        /* tick() of the new leader takes the released lock */
        deadline = pu_mono_ms() + 3000;
        bool got = false;
        while (pu_mono_ms() < deadline) {
            rv = mdshm__candidate_tick(c2, NULL);
            if (rv != 1)
                break;
            if (mdshm_leader_status(st, STALE_MS, &ls) == 0 &&
                ls.has_lock && ls.term == t4) {
                got = true;
                break;
            }
            pu_sleep_ms(5);
        }
        pu_ok(got && ls.lock_held,
              "new leader's tick() took leader.lock (has_lock %d, tick %d)",
              ls.has_lock, rv);
        rv = mdshm__candidate_try(c1);
        pu_ok(rv == 0, "old leader cannot come back while the new leader "
                       "heartbeats (try %d)",
              rv);
    }

out:
    mdshm__candidate_destroy(c1);
    mdshm__candidate_destroy(c2);
    mdshm_store_close(st);
    return pu_done();
}
