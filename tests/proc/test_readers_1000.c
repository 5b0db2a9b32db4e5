/*
 * test_readers_1000.c -- 1,000 workers SIGKILLed inside read transactions.
 *
 * A prefork server kills workers whenever it likes; a worker killed inside
 * a read leaves its LMDB reader slot behind, and that slot pins the
 * snapshot it read.  Here the store has a small reader table (MAXREADERS,
 * so 1,000 workers wrap it many times) and the main process is the leader:
 * per batch, BATCH workers each open the store, begin a read, check a
 * certificate set and wait; the leader rewrites every set ROUNDS times
 * while they hold their snapshots; then every worker is SIGKILLed.  The
 * leader runs its reader check only every CHECK_EVERY batches (the drive's
 * timer); in between, a worker that finds the table full clears dead slots
 * itself.
 *
 * Checks: every one of the 1,000 workers got its read (never
 * MDSHM_EREADERS), and saw an intact set; every leader write succeeded; the
 * store stops growing: used bytes and data.mdb after the last batch stay
 * within GROWTH_LIMIT times what they were after the first batches, far
 * below what the writes would take if dead readers pinned their pages for
 * good (printed for comparison); finally no stale slot is left.
 */
#include "proc_util.h"

#define WORKERS 1000
#define BATCH 50           /* < PU_MAX_KIDS */
#ifndef MAXREADERS
#define MAXREADERS 126
#endif
#define NSETS 8
#define ROUNDS 4
#define DER_LEN 8192
#ifndef CHECK_EVERY
#define CHECK_EVERY 4
#endif
#define GROWTH_LIMIT 3

static unsigned char der[NSETS][DER_LEN];
static uint64_t round_no; /* gen of the sets the leader wrote last */

static int set_key(char *buf, size_t size, int i)
{
    char md[32];

    snprintf(md, sizeof(md), "w%d.example", i);
    return mdshm_key_certset(buf, size, md, strlen(md), "secp256r1", 9);
}

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    const uint64_t *gen = baton;
    int rv = 0;

    for (int i = 0; i < NSETS && rv == 0; i++) {
        mdshm_record_t rec;
        char key[64], md[32];
        int klen = set_key(key, sizeof(key), i);

        snprintf(md, sizeof(md), "w%d.example", i);
        /* New bytes each round, so that every write makes new pages. */
        pu_fill(der[i], DER_LEN, *gen * NSETS + (uint64_t)i);
        memset(&rec, 0, sizeof(rec));
        rec.type = MDSHM_REC_CERTSET;
        rec.u.certset.gen = *gen;
        rec.u.certset.md = pu_buf(md);
        rec.u.certset.key_spec = pu_buf("secp256r1");
        rec.u.certset.n_chain = 1;
        rec.u.certset.chain[0].p = der[i];
        rec.u.certset.chain[0].n = DER_LEN;
        rec.u.certset.pkey.p = der[i] + 64;
        rec.u.certset.pkey.n = 64;
        rec.u.certset.sha256.p = der[i];
        rec.u.certset.sha256.n = 32;
        rec.u.certset.not_before = 1700000000;
        rec.u.certset.not_after = 1800000000;
        rv = mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
    }
    return rv;
}

/* A worker: its own store after fork, one read held open, "IN" or
 * "FAIL rv" reported; then it waits for SIGKILL. */
static void worker_main(const char *dir, int out)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;
    char key[64];
    int klen = set_key(key, sizeof(key), (int)(getpid() % NSETS));
    int rv = pu_open(dir, false, true, MAXREADERS, 0, &st);

    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (rv == 0)
        rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
    if (rv == 0 && (rec.u.certset.n_chain != 1 ||
                    rec.u.certset.chain[0].n != DER_LEN))
        rv = MDSHM_ECORRUPT;
    if (rv < 0) {
        pu_send(out, "FAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "IN");
    for (;;)
        pause();
}

/* One batch: start BATCH workers, wait for each to report, let the leader
 * write while they hold their reads, kill them all.  Returns the number of
 * workers that got their read; *failed_rv gets the first failure. */
static int batch(const char *dir, mdshm__candidate_t *c, int *failed_rv,
                 unsigned *write_errors)
{
    pid_t pids[BATCH];
    int rep[BATCH], in = 0;
    char line[64];

    for (int i = 0; i < BATCH; i++) {
        int fds[2];

        pids[i] = -1;
        rep[i] = -1;
        if (pu_pipe(fds) < 0)
            continue;
        pids[i] = pu_fork();
        if (pids[i] == 0) {
            close(fds[0]);
            worker_main(dir, fds[1]);
        }
        close(fds[1]);
        rep[i] = fds[0];
    }
    for (int i = 0; i < BATCH; i++) {
        pu_lines_t lr;

        if (pids[i] <= 0 || rep[i] < 0)
            continue;
        pu_lines_init(&lr, rep[i]);
        if (pu_recv(&lr, line, sizeof(line), 20000) == 1 &&
            !strcmp(line, "IN"))
            in++;
        else if (!*failed_rv)
            *failed_rv = !strncmp(line, "FAIL ", 5) ? atoi(line + 5) : -ETIME;
    }
    for (int r = 0; r < ROUNDS; r++) {
        uint64_t gen = ++round_no;
        if (mdshm__leader_write(c, put_fn, &gen) < 0)
            ++*write_errors;
    }
    for (int i = 0; i < BATCH; i++) {
        pu_kill_reap(pids[i]);
        if (rep[i] >= 0)
            close(rep[i]);
    }
    return in;
}

int main(void)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_store_stats_t ss;
    uint64_t used_ref = 0, file_ref = 0, used_max = 0;
    unsigned write_errors = 0;
    int rv, in = 0, failed_rv = 0, cleared, checks = 0;

    pu_init("test_readers_1000", 240);
    const char *dir = pu_mkdtemp();
    if (!pu_ok(dir != NULL, "fresh store directory"))
        return pu_done();
    rv = pu_open(dir, true, false, MAXREADERS, 0, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0)
        rv = mdshm__candidate_try(c) == 1 ? 0 : MDSHM_EBUSY;
    if (rv == 0) {
        uint64_t gen = ++round_no;
        rv = mdshm__leader_write(c, put_fn, &gen);
    }
    if (!pu_ok(rv == 0, "store (maxreaders %d), leader, %d sets (%s)",
               MAXREADERS, NSETS, pu_err(rv)))
        goto out;

    for (int b = 0; b < WORKERS / BATCH; b++) {
        in += batch(dir, c, &failed_rv, &write_errors);
        if ((b + 1) % CHECK_EVERY == 0) {
            if (mdshm__store_reader_check(st, &cleared) == 0)
                checks += cleared;
        }
        if (mdshm_store_stats(st, &ss) == 0) {
            if (ss.used_size > used_max)
                used_max = ss.used_size;
            /* The reference: after the reader table has wrapped once and
             * the first timer check ran. */
            if (b + 1 == CHECK_EVERY) {
                used_ref = used_max;
                file_ref = ss.file_size;
            }
        }
    }
    pu_ok(in == WORKERS && failed_rv == 0,
          "%d of %d killed-in-a-read workers got their read (first failure: "
          "%s)", in, WORKERS, failed_rv ? pu_err(failed_rv) : "none");
    pu_ok(write_errors == 0, "every leader write succeeded (%u failed)",
          write_errors);
    rv = mdshm_store_stats(st, &ss);
    uint64_t pinned = (uint64_t)WORKERS / BATCH * ROUNDS * NSETS * DER_LEN;
    pu_diag("used: %llu bytes after %d batches, at most %llu over all %d; "
            "data.mdb %llu -> %llu; the writes alone: %llu bytes; reader "
            "checks cleared %d slots",
            (unsigned long long)used_ref, CHECK_EVERY,
            (unsigned long long)used_max, WORKERS / BATCH,
            (unsigned long long)file_ref, (unsigned long long)ss.file_size,
            (unsigned long long)pinned, checks);
    pu_ok(rv == 0 && used_ref > 0 && used_max <= GROWTH_LIMIT * used_ref,
          "pages in use stay bounded: max %llu <= %d x %llu",
          (unsigned long long)used_max, GROWTH_LIMIT,
          (unsigned long long)used_ref);
    pu_ok(rv == 0 && ss.file_size <= GROWTH_LIMIT * file_ref,
          "data.mdb stays bounded: %llu <= %d x %llu",
          (unsigned long long)ss.file_size, GROWTH_LIMIT,
          (unsigned long long)file_ref);
    rv = mdshm__store_reader_check(st, &cleared);
    rv = rv == 0 ? mdshm_store_stats(st, &ss) : rv;
    pu_ok(rv == 0 && ss.stale_readers == 0 && ss.readers == 0,
          "after a final reader check: %u slots used, %u stale", ss.readers,
          ss.stale_readers);
out:
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    return pu_done();
}
