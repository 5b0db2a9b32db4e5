/*
 * test_sigstop.c -- a hung (SIGSTOPped) leader is deposed and fenced.
 *
 * Old leader L (heartbeat 50 ms, stale 400 ms) is driven by commands over a
 * pipe ('T' tick, 'W n' fenced write of jobs/probe, 'Q' quit) and answers
 * each with its return code, so the parent knows L is between two commands,
 * outside any write transaction, when it stops it.  Candidate B waits with
 * mdshm__candidate_wait() and, once leader, writes jobs/probe and ticks.
 *
 *  1. While L heartbeats for longer than stale_ms, B does not lead.
 *  2. SIGSTOP L (after at least one heartbeat): B leads with a higher term
 *     within 5 s, without the lock (L still holds leader.lock).
 *  3. SIGCONT L: its write is refused with MDSHM_EFENCED, later writes with
 *     MDSHM_ENOTLEADER, its tick says 0; B's probe value stays.
 *  4. L released leader.lock when it stepped down: B's tick takes it and
 *     meta/leader shows has_lock.
 */
#include "proc_util.h"

#define HB_MS 50
#define STALE_MS 400

static mdshm_candidate_opts_t copts = {HB_MS, STALE_MS, 0};

/* Old leader: lead, then obey commands. */
static void old_leader_main(const char *dir, int in, int out)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    pu_lines_t lr;
    char cmd[64];
    int rv;

    rv = pu_open(dir, false, false, 0, 0, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, &copts, &c);
    if (rv == 0)
        rv = mdshm__candidate_try(c);
    if (rv != 1) {
        pu_send(out, "FAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "LEAD %llu %ld", (unsigned long long)mdshm__candidate_term(c),
            (long)getpid());
    pu_lines_init(&lr, in);
    for (;;) {
        rv = pu_recv(&lr, cmd, sizeof(cmd), 60000);
        if (rv != 1 || cmd[0] == 'Q')
            _exit(0);
        if (cmd[0] == 'T') {
            rv = mdshm__candidate_tick(c, NULL);
            pu_send(out, "T %d %d %llu", rv, mdshm__candidate_is_leader(c),
                    (unsigned long long)mdshm__candidate_term(c));
        } else if (cmd[0] == 'W') {
            struct probe p = {"old", (uint32_t)atoi(cmd + 1)};
            rv = mdshm__leader_write(c, probe_fn, &p);
            pu_send(out, "W %d %d", rv, mdshm__candidate_is_leader(c));
        }
    }
}

/* Candidate B: wait, lead, write the probe once, tick. */
static void new_leader_main(const char *dir, int out)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    int rv;

    rv = pu_open(dir, false, false, 0, 0, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, &copts, &c);
    if (rv < 0) {
        pu_send(out, "FAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "READY %ld", (long)getpid());
    while ((rv = mdshm__candidate_wait(c, 100)) == 0)
        ;
    if (rv < 0) {
        pu_send(out, "FAIL wait %d", rv);
        _exit(1);
    }
    pu_send(out, "LEAD %llu %ld %lld",
            (unsigned long long)mdshm__candidate_term(c), (long)getpid(),
            (long long)pu_mono_ns());
    struct probe p = {"new", 1};
    rv = mdshm__leader_write(c, probe_fn, &p);
    pu_send(out, "BW %d", rv);
    for (;;) {
        unsigned next = HB_MS;
        rv = mdshm__candidate_tick(c, &next);
        if (rv != 1) {
            pu_send(out, "LOST %d", rv);
            _exit(1);
        }
        pu_sleep_ms(next < 10 ? next : 10);
    }
}

/* Send a command to L and get its answer. */
static int ask(int fd, pu_lines_t *lr, const char *cmd, char *ans, size_t n)
{
    if (pu_send(fd, "%s", cmd) < 0)
        return -1;
    return pu_recv(lr, ans, n, 10000) == 1 ? 0 : -1;
}

int main(void)
{
    mdshm_store_t *st = NULL;
    mdshm_leader_status_t ls;
    pid_t L = -1, B = -1;
    int lcmd[2], lrep[2], brep[2], rv;
    pu_lines_t llr, blr;
    char line[256], who[64];
    unsigned long long t1 = 0, t2 = 0;
    long pidL = 0, pidB = 0;
    uint32_t n;

    pu_init("test_sigstop", 50);
    const char *dir = pu_mkdtemp();
    if (!pu_ok(dir != NULL, "fresh store directory"))
        return pu_done();
    rv = pu_open(dir, true, false, 0, 0, &st);
    if (!pu_ok(rv == 0, "store created (%s)", pu_err(rv)))
        return pu_done();
    if (pu_pipe(lcmd) < 0 || pu_pipe(lrep) < 0 || pu_pipe(brep) < 0) {
        pu_ok(false, "pipes");
        goto out;
    }
    pu_lines_init(&llr, lrep[0]);
    pu_lines_init(&blr, brep[0]);

    L = pu_fork();
    if (L == 0) {
        close(lcmd[1]);
        close(lrep[0]);
        close(brep[0]);
        close(brep[1]);
        old_leader_main(dir, lcmd[0], lrep[1]);
    }
    close(lcmd[0]);
    close(lrep[1]);
    rv = pu_recv(&llr, line, sizeof(line), 10000);
    if (rv == 1 && sscanf(line, "LEAD %llu %ld", &t1, &pidL) != 2)
        rv = 0;
    if (!pu_ok(rv == 1 && pidL == (long)L && t1 > 0,
               "old leader L leads with term %llu", t1))
        goto out;

    B = pu_fork();
    if (B == 0) {
        close(lcmd[1]);
        close(lrep[0]);
        close(brep[0]);
        new_leader_main(dir, brep[1]);
    }
    close(brep[1]);
    rv = pu_recv(&blr, line, sizeof(line), 10000);
    if (!pu_ok(rv == 1 && strncmp(line, "READY", 5) == 0,
               "candidate B started (%s)", rv == 1 ? line : "no answer"))
        goto out;

    /* 1. L heartbeats for 1.5 x stale_ms: B must not take over. */
    {
        int64_t until = pu_mono_ms() + STALE_MS * 3 / 2;
        bool b_led = false, l_ok = true;
        while (pu_mono_ms() < until) {
            if (ask(lcmd[1], &llr, "T", line, sizeof(line)) < 0 ||
                strncmp(line, "T 1 1", 5) != 0) {
                l_ok = false;
                pu_diag("L: %s", line);
                break;
            }
            if (pu_recv(&blr, line, sizeof(line), 10) == 1) {
                pu_diag("B: %s", line);
                b_led = true;
                break;
            }
        }
        pu_ok(l_ok && !b_led,
              "while L heartbeats (%d ms), B does not lead",
              STALE_MS * 3 / 2);
        if (!l_ok || b_led)
            goto out;
    }

    /* L writes the probe and has heartbeated at least once. */
    rv = ask(lcmd[1], &llr, "W 0", line, sizeof(line));
    pu_ok(rv == 0 && strcmp(line, "W 0 1") == 0,
          "L's fenced write before the stop commits (%s)", line);
    rv = mdshm_leader_status(st, STALE_MS, &ls);
    if (!pu_ok(rv == 0 && ls.term == t1 && ls.pid == pidL &&
                   ls.heartbeat_ms > ls.since_ms && ls.has_lock,
               "meta/leader: L's term %llu with a heartbeat %lld ms after "
               "its start, has_lock %d",
               (unsigned long long)ls.term,
               (long long)(ls.heartbeat_ms - ls.since_ms), ls.has_lock))
        goto out;

    /* 2. Stop L between two commands (outside any write transaction). */
    int64_t stop_ns = pu_mono_ns();
    kill(L, SIGSTOP);
    {
        long long stamp = 0;
        bool got = false;
        while (!got && pu_recv(&blr, line, sizeof(line), 5000) == 1) {
            if (sscanf(line, "LEAD %llu %ld %lld", &t2, &pidB, &stamp) == 3)
                got = true;
            else
                pu_diag("B: %s", line);
        }
        if (!pu_ok(got && t2 > t1 && pidB == (long)B,
                   "B deposes the stopped leader within 5 s: term %llu > "
                   "%llu",
                   t2, t1))
            goto out;
        pu_diag("B led %.1f ms after SIGSTOP (stale limit %d ms, heartbeat "
                "%d ms)",
                (stamp - stop_ns) / 1e6, STALE_MS, HB_MS);
    }
    rv = pu_recv(&blr, line, sizeof(line), 5000);
    pu_ok(rv == 1 && strcmp(line, "BW 0") == 0,
          "B's fenced write commits (%s)", rv == 1 ? line : "no answer");
    rv = mdshm_leader_status(st, STALE_MS, &ls);
    pu_ok(rv == 0 && ls.term == t2 && ls.pid == pidB && !ls.has_lock &&
              ls.lock_held,
          "meta/leader: B's term %llu, has_lock %d (L still holds the "
          "lock: lock_held %d)",
          (unsigned long long)ls.term, ls.has_lock, ls.lock_held);

    /* 3. Resume L: its writes are fenced. */
    kill(L, SIGCONT);
    {
        int wrv = 0, lead = -1;
        rv = ask(lcmd[1], &llr, "W 2", line, sizeof(line));
        if (rv == 0)
            sscanf(line, "W %d %d", &wrv, &lead);
        pu_ok(rv == 0 && wrv == MDSHM_EFENCED && lead == 0,
              "L's first write after SIGCONT: %s, then is_leader %d",
              pu_err(wrv), lead);
        rv = ask(lcmd[1], &llr, "T", line, sizeof(line));
        int trv = -99, tl = -1;
        if (rv == 0)
            sscanf(line, "T %d %d", &trv, &tl);
        pu_ok(rv == 0 && trv == 0 && tl == 0, "L's tick: %d (not leader)",
              trv);
        wrv = 0;
        rv = ask(lcmd[1], &llr, "W 3", line, sizeof(line));
        if (rv == 0)
            sscanf(line, "W %d %d", &wrv, &lead);
        pu_ok(rv == 0 && (wrv == MDSHM_ENOTLEADER || wrv == MDSHM_EFENCED),
              "L's next write: %s", pu_err(wrv));
    }
    rv = probe_read(st, who, sizeof(who), &n);
    pu_ok(rv == 0 && strcmp(who, "new") == 0 && n == 1,
          "store keeps B's probe value ('%s', %u)", who, n);

    /* 4. B takes leader.lock once L released it. */
    {
        int64_t deadline = pu_mono_ms() + 5000;
        bool ok = false;
        while (!ok && pu_mono_ms() < deadline) {
            if (mdshm_leader_status(st, STALE_MS, &ls) == 0 &&
                ls.term == t2 && ls.pid == pidB && ls.has_lock &&
                ls.lock_held)
                ok = true;
            else
                pu_sleep_ms(5);
        }
        pu_ok(ok, "B acquires leader.lock in its tick: has_lock %d, "
                  "lock_held %d, term %llu",
              ls.has_lock, ls.lock_held, (unsigned long long)ls.term);
    }
    /* L (a plain candidate now) cannot come back; B keeps leading. */
    {
        rv = ask(lcmd[1], &llr, "T", line, sizeof(line));
        int trv = -99;
        if (rv == 0)
            sscanf(line, "T %d", &trv);
        pu_ok(trv == 0, "L stays deposed (tick %d)", trv);
        rv = pu_recv(&blr, line, sizeof(line), 0);
        pu_ok(rv != 1, "B still leads (%s)", rv == 1 ? line : "no message");
    }

out:
    if (L > 0) {
        kill(L, SIGCONT);
        pu_send(lcmd[1], "Q");
        int status = pu_reap(L, 5000);
        pu_ok(pu_exited_ok(status), "L exits cleanly (status %d)", status);
    }
    pu_kill_reap(B);
    mdshm_store_close(st);
    return pu_done();
}
