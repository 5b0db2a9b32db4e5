/*
 * test_kill.c -- leader takeover after SIGKILL, NROUNDS times.
 *
 * NCAND candidate processes each open the store, create a candidate
 * (heartbeat 50 ms, stale 1000 ms) and loop mdshm__candidate_wait(c, 100);
 * a new leader reports "LEAD <term> <pid> <monotonic ns>" over a pipe and
 * ticks until it dies.  Each round the parent waits for a LEAD message,
 * checks that the term rose and that a different process leads, checks
 * meta/leader (mdshm_leader_status) agrees, SIGKILLs the leader (possibly
 * inside a heartbeat write), reaps it and forks a replacement, so that
 * NCAND candidates always run.  Takeover latency (kill() to the new
 * leader's stamp) is printed as a diagnostic only.
 */
#include "proc_util.h"

#define NCAND 3
#define NROUNDS 50
#define HB_MS 50
#define STALE_MS 1000

static void candidate_main(const char *dir, int out)
{
    mdshm_candidate_opts_t co = {HB_MS, STALE_MS, 0};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    int rv;

    rv = pu_open(dir, false, false, 0, 0, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, &co, &c);
    if (rv < 0) {
        pu_send(out, "FAIL %ld create %d", (long)getpid(), rv);
        _exit(1);
    }
    for (;;) {
        rv = mdshm__candidate_wait(c, 100);
        if (rv < 0) {
            pu_send(out, "FAIL %ld wait %d", (long)getpid(), rv);
            _exit(1);
        }
        if (rv == 0)
            continue;
        pu_send(out, "LEAD %llu %ld %lld",
                (unsigned long long)mdshm__candidate_term(c), (long)getpid(),
                (long long)pu_mono_ns());
        for (;;) {
            unsigned next = HB_MS;
            rv = mdshm__candidate_tick(c, &next);
            if (rv != 1)
                break;
            pu_sleep_ms(next < 20 ? next : 20);
        }
        pu_send(out, "LOST %ld %d", (long)getpid(), rv);
    }
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int main(void)
{
    mdshm_store_t *st = NULL;
    pid_t cand[NCAND] = {0};
    int rep[2], rv;
    pu_lines_t lr;
    char line[256];
    uint64_t prev_term = 0;
    pid_t prev_pid = 0;
    int64_t kill_ns = 0, lat_ns[NROUNDS];
    int nlat = 0, rounds_ok = 0, term_fail = 0, pid_fail = 0, status_fail = 0,
        lock_fail = 0, lost_msgs = 0, hb_fail = 0;

    pu_init("test_kill", 55);
    srand((unsigned)getpid());
    const char *dir = pu_mkdtemp();
    if (!pu_ok(dir != NULL, "fresh store directory"))
        return pu_done();
    /* The parent keeps its handle for leader_status; children never use
     * it (they open their own after fork). */
    rv = pu_open(dir, true, false, 0, 0, &st);
    if (!pu_ok(rv == 0, "store created (%s)", pu_err(rv)))
        return pu_done();
    if (pu_pipe(rep) < 0) {
        pu_ok(false, "pipe");
        goto out;
    }
    pu_lines_init(&lr, rep[0]);
    for (int i = 0; i < NCAND; i++) {
        cand[i] = pu_fork();
        if (cand[i] == 0) {
            close(rep[0]);
            candidate_main(dir, rep[1]);
        }
    }

    for (int round = 0; round < NROUNDS; round++) {
        unsigned long long term = 0;
        long pid = 0;
        long long stamp = 0;
        bool got = false;

        /* The next LEAD message (LOST lines would mean a deposed leader,
         * which nothing here should cause). */
        while (!got) {
            rv = pu_recv(&lr, line, sizeof(line), 10000);
            if (rv != 1)
                break;
            if (sscanf(line, "LEAD %llu %ld %lld", &term, &pid, &stamp) == 3)
                got = true;
            else {
                pu_diag("round %d: %s", round, line);
                if (strncmp(line, "LOST", 4) == 0)
                    lost_msgs++;
            }
        }
        if (!got) {
            pu_ok(false, "round %d: a new leader within 10 s", round);
            break;
        }
        if (kill_ns) {
            lat_ns[nlat++] = stamp - kill_ns;
        }
        int idx = -1;
        for (int i = 0; i < NCAND; i++)
            if (cand[i] == (pid_t)pid)
                idx = i;
        if (term <= prev_term) {
            term_fail++;
            pu_diag("round %d: term %llu after %llu", round, term,
                    (unsigned long long)prev_term);
        }
        if (idx < 0 || (pid_t)pid == prev_pid) {
            pid_fail++;
            pu_diag("round %d: leader pid %ld is not a live candidate", round,
                    pid);
        }
        mdshm_leader_status_t ls;
        rv = mdshm_leader_status(st, STALE_MS, &ls);
        if (rv < 0 || !ls.present || ls.term != term || ls.pid != pid ||
            !ls.alive || !ls.lock_held) {
            status_fail++;
            pu_diag("round %d: leader_status %s term %llu pid %lld alive %d "
                    "lock_held %d; LEAD said term %llu pid %ld",
                    round, pu_err(rv), (unsigned long long)ls.term,
                    (long long)ls.pid, ls.alive, ls.lock_held, term, pid);
        }
        if (rv == 0 && !ls.has_lock) {
            lock_fail++;
            pu_diag("round %d: term %llu recorded without the lock (a stale "
                    "takeover?)",
                    round, term);
        }
        prev_term = term;
        prev_pid = (pid_t)pid;
        if (idx < 0)
            break;
        /* Every other round: let the leader heartbeat first, then kill it
         * at a varying point (it may be inside a heartbeat write). */
        if (round % 2 == 1) {
            int64_t deadline = pu_mono_ms() + 3000;
            bool hb = false;
            while (!hb && pu_mono_ms() < deadline) {
                if (mdshm_leader_status(st, STALE_MS, &ls) == 0 &&
                    ls.term == term && ls.heartbeat_ms > ls.since_ms)
                    hb = true;
                else
                    pu_sleep_ms(2);
            }
            if (!hb) {
                hb_fail++;
                pu_diag("round %d: leader did not heartbeat within 3 s",
                        round);
            }
            pu_sleep_ms((unsigned)(rand() % (2 * HB_MS)));
        }
        /* Kill the leader and keep NCAND candidates running. */
        kill_ns = pu_mono_ns();
        pu_kill_reap((pid_t)pid);
        cand[idx] = pu_fork();
        if (cand[idx] == 0) {
            close(rep[0]);
            candidate_main(dir, rep[1]);
        }
        rounds_ok++;
    }
    /* The leader after the last kill. */
    {
        unsigned long long term = 0;
        long pid = 0;
        long long stamp = 0;
        bool got = false;
        while (!got && pu_recv(&lr, line, sizeof(line), 10000) == 1)
            got = sscanf(line, "LEAD %llu %ld %lld", &term, &pid, &stamp) ==
                  3;
        if (got && kill_ns)
            lat_ns[nlat++] = stamp - kill_ns;
        pu_ok(got && term > prev_term && (pid_t)pid != prev_pid,
              "a leader after the last kill (term %llu)", term);
    }

    pu_ok(rounds_ok == NROUNDS, "%d rounds of kill and takeover", rounds_ok);
    pu_ok(term_fail == 0, "terms rose strictly every round (%d failures, "
                          "last term %llu)",
          term_fail, (unsigned long long)prev_term);
    pu_ok(pid_fail == 0, "a different live process led every round (%d "
                         "failures)",
          pid_fail);
    pu_ok(status_fail == 0, "leader_status agreed with the leader's report "
                            "every round (%d failures)",
          status_fail);
    pu_ok(lock_fail == 0, "every takeover was through leader.lock "
                          "(has_lock; %d without)",
          lock_fail);
    pu_ok(hb_fail == 0, "leaders heartbeat (%d rounds without)", hb_fail);
    pu_ok(lost_msgs == 0, "no leader lost its term while alive (%d)",
          lost_msgs);
    if (nlat > 0) {
        qsort(lat_ns, (size_t)nlat, sizeof(lat_ns[0]), cmp_i64);
        pu_diag("takeover latency after SIGKILL over %d rounds: min %.3f ms, "
                "p50 %.3f ms, p90 %.3f ms, max %.3f ms",
                nlat, lat_ns[0] / 1e6, lat_ns[nlat / 2] / 1e6,
                lat_ns[(nlat * 9) / 10] / 1e6, lat_ns[nlat - 1] / 1e6);
    }
    {
        mdshm_store_stats_t ss;
        /* The killed leaders' slots may linger until a reader check. */
        rv = mdshm_store_stats(st, &ss);
        pu_diag("reader slots: %u used, %u stale", ss.readers,
                ss.stale_readers);
        size_t nrec = 0, ncorrupt = 0;
        rv = mdshm_store_check(st, NULL, NULL, &nrec, &ncorrupt);
        pu_ok(rv == 0 && ncorrupt == 0,
              "store check after %d kills: %zu records, %zu corrupt",
              rounds_ok, nrec, ncorrupt);
    }

out:
    for (int i = 0; i < NCAND; i++)
        pu_kill_reap(cand[i]);
    mdshm_store_close(st);
    return pu_done();
}
