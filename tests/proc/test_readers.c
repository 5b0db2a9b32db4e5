/*
 * test_readers.c -- reader slots across processes.
 *
 *  (a) A reader SIGKILLed inside a read leaves a stale slot: store_stats
 *      counts it, store_reader_check clears it.
 *  (b) Reader table exhaustion (maxreaders 4): four processes hold reads,
 *      a fifth reader fails with MDSHM_EREADERS; after the four are killed
 *      and a reader check, a reader works again.
 *  (c) Handles opened in the parent and used in a forked child are refused
 *      with MDSHM_EWRONGPROC (and dropping them in the child does not harm
 *      the parent's read); the child's own store works.
 *  (d) Map growth: a store created with a 1 MiB map; a read-only reader
 *      process attached to it reads all the time while the leader writes
 *      NSETS certificate sets of 8 KiB (the writer grows the map on
 *      MDB_MAP_FULL, the reader adopts it on MDB_MAP_RESIZED); the reader
 *      then reads every record intact.
 */
#include "proc_util.h"

#define NSETS 300
#define DER_LEN 8192
#define KEY_LEN 64
#define SMALL_MAP ((size_t)1 << 20)

/* ---- helpers ----------------------------------------------------------- */

/* A child that opens the store, begins a read and reports "IN <pid>", then
 * waits to be killed (or for its command pipe to close). */
static void holder_main(const char *dir, unsigned maxreaders, int out, int in)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    uint64_t gen;
    char c;
    int rv;

    rv = pu_open(dir, false, true, maxreaders, 0, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (rv == 0)
        rv = mdshm_read_gen(rd, &gen);
    if (rv < 0) {
        pu_send(out, "FAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "IN %ld", (long)getpid());
    while (read(in, &c, 1) < 0 && errno == EINTR)
        ;
    _exit(0);
}

/* Fork a holder and wait for its "IN".  Returns its pid or -1. */
static pid_t start_holder(const char *dir, unsigned maxreaders, int *cmd_w,
                          char *line, size_t size)
{
    int rep[2], cmd[2];
    pu_lines_t lr;
    pid_t pid;

    if (pu_pipe(rep) < 0 || pu_pipe(cmd) < 0)
        return -1;
    pid = pu_fork();
    if (pid == 0) {
        close(rep[0]);
        close(cmd[1]);
        holder_main(dir, maxreaders, rep[1], cmd[0]);
    }
    close(rep[1]);
    close(cmd[0]);
    *cmd_w = cmd[1];
    pu_lines_init(&lr, rep[0]);
    int rv = pid > 0 ? pu_recv(&lr, line, size, 10000) : -1;
    close(rep[0]);
    if (rv != 1 || strncmp(line, "IN ", 3) != 0) {
        if (rv != 1)
            snprintf(line, size, "no answer");
        pu_kill_reap(pid);
        close(cmd[1]);
        return -1;
    }
    return pid;
}

/* ---- (a) stale reader -------------------------------------------------- */

static void part_a(const char *dir, mdshm_store_t *st)
{
    mdshm_store_stats_t ss;
    char line[128];
    int cmd = -1, rv, cleared = -1;

    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.readers == 0 && ss.stale_readers == 0,
          "(a) no reader slots in use at first (%u used, %u stale)",
          ss.readers, ss.stale_readers);
    pid_t pid = start_holder(dir, 0, &cmd, line, sizeof(line));
    if (!pu_ok(pid > 0, "(a) reader process inside a read (%s)", line))
        return;
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.readers >= 1 && ss.stale_readers == 0,
          "(a) live reader: %u used, %u stale", ss.readers, ss.stale_readers);
    pu_kill_reap(pid);
    close(cmd);
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.stale_readers >= 1,
          "(a) after SIGKILL inside the read: %u used, %u stale", ss.readers,
          ss.stale_readers);
    rv = mdshm__store_reader_check(st, &cleared);
    pu_ok(rv == 0 && cleared >= 1, "(a) reader_check cleared %d slot(s)",
          cleared);
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.stale_readers == 0 && ss.readers == 0,
          "(a) afterwards: %u used, %u stale", ss.readers, ss.stale_readers);
    rv = mdshm__store_reader_check(st, &cleared);
    pu_ok(rv == 0 && cleared == 0, "(a) a second reader_check clears %d",
          cleared);
}

/* ---- (b) reader table exhaustion --------------------------------------- */

static void part_b(const char *dir)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_store_stats_t ss;
    pid_t pids[4] = {0};
    int cmds[4] = {-1, -1, -1, -1};
    char line[128];
    int rv, rv2, cleared = -1, started = 0;

    rv = pu_open(dir, true, false, 4, 0, &st);
    if (!pu_ok(rv == 0, "(b) store with maxreaders 4 created (%s)",
               pu_err(rv)))
        return;
    for (int i = 0; i < 4; i++) {
        pids[i] = start_holder(dir, 4, &cmds[i], line, sizeof(line));
        if (pids[i] <= 0) {
            pu_diag("(b) holder %d: %s", i, line);
            break;
        }
        started++;
    }
    if (!pu_ok(started == 4, "(b) 4 reader processes hold reads (%d)",
               started))
        goto out;
    rv = mdshm_store_stats(st, &ss);
    pu_ok(ss.max_readers == 4 && ss.readers == 4,
          "(b) stats: %u of %u slots used", ss.readers, ss.max_readers);
    /* Stats still work with a full table (entry counts unknown then). */
    pu_ok(rv == 0, "(b) store_stats with a full reader table: %s",
          pu_err(rv));
    rv = mdshm_reader_create(st, &rd);
    rv2 = rv == 0 ? mdshm_read_begin(rd) : rv;
    pu_ok(rv2 == MDSHM_EREADERS,
          "(b) a fifth reader fails: reader_create %s, read_begin %s",
          pu_err(rv), pu_err(rv2));
    if (rv2 == 0)
        mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    rd = NULL;

    /* A fifth process cannot even open the store (it needs a read). */
    {
        int rep[2];
        pu_lines_t lr;
        if (pu_pipe(rep) == 0) {
            pid_t p = pu_fork();
            if (p == 0) {
                mdshm_store_t *s5 = NULL;
                close(rep[0]);
                int r = pu_open(dir, false, true, 4, 0, &s5);
                pu_send(rep[1], "%d", r);
                _exit(0);
            }
            close(rep[1]);
            pu_lines_init(&lr, rep[0]);
            rv = pu_recv(&lr, line, sizeof(line), 10000);
            pu_reap(p, 5000);
            close(rep[0]);
            pu_diag("(b) a fifth process opening the store: %s",
                    rv == 1 ? pu_err(atoi(line)) : "no answer");
        }
    }

    for (int i = 0; i < 4; i++) {
        pu_kill_reap(pids[i]);
        pids[i] = 0;
    }
    /* The table is full of dead slots: a new reader clears them itself
     * (one mdb_reader_check) instead of failing. */
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.stale_readers == 4,
          "(b) after SIGKILL of all 4: %u stale slots", ss.stale_readers);
    rv = mdshm_reader_create(st, &rd);
    rv2 = rv == 0 ? mdshm_read_begin(rd) : rv;
    uint64_t gen = 99;
    int rv3 = rv2 == 0 ? mdshm_read_gen(rd, &gen) : rv2;
    pu_ok(rv == 0 && rv2 == 0 && rv3 == 0,
          "(b) then a new reader recovers the slots and works (create %s, "
          "begin %s, gen %llu)",
          pu_err(rv), pu_err(rv2), (unsigned long long)gen);
    if (rv2 == 0)
        mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    rd = NULL;
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.stale_readers == 0,
          "(b) no stale slots left (%u)", ss.stale_readers);
    rv = mdshm__store_reader_check(st, &cleared);
    pu_ok(rv == 0 && cleared == 0, "(b) nothing left for reader_check (%d)",
          cleared);
out:
    for (int i = 0; i < 4; i++) {
        pu_kill_reap(pids[i]);
        if (cmds[i] >= 0)
            close(cmds[i]);
    }
    mdshm_store_close(st);
}

/* ---- (c) handles used after fork --------------------------------------- */

static void part_c(const char *dir, mdshm_store_t *st)
{
    mdshm_reader_t *rd = NULL;
    mdshm_store_stats_t ss;
    mdshm_record_t rec;
    int rep[2], rv;
    pu_lines_t lr;
    char line[256];

    rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (!pu_ok(rv == 0, "(c) parent reader in a read (%s)", pu_err(rv))) {
        mdshm_reader_destroy(rd);
        return;
    }
    if (pu_pipe(rep) < 0) {
        pu_ok(false, "(c) pipe");
        mdshm_reader_destroy(rd);
        return;
    }
    pid_t pid = pu_fork();
    if (pid == 0) {
        mdshm_store_t *own = NULL;
        mdshm_reader_t *ord = NULL, *x = NULL;
        mdshm_store_stats_t s2;
        mdshm_leader_status_t ls;
        mdshm_record_t r2;
        mdshm_buf_t md;
        uint64_t gen = 0;
        int cleared;
        close(rep[0]);
        /* The parent's handles: every entry point must refuse them. */
        int a = mdshm_read_begin(rd);
        int b = mdshm_reader_create(st, &x);
        int c = mdshm_store_stats(st, &s2);
        int d = mdshm__store_reader_check(st, &cleared);
        int e = mdshm_leader_status(st, 0, &ls);
        /* rd is inside a read (the parent forked mid-read): the getters. */
        int f = mdshm_read_get(rd, MDSHM_DB_META, "schema", 6, &r2);
        int g = mdshm_lookup_sni(rd, "x.example", 9, &md, NULL);
        /* Dropping them must not touch LMDB (the parent's slot). */
        mdshm_read_end(rd);
        mdshm_reader_destroy(rd);
        mdshm_store_close(st);
        /* Our own store works. */
        int h = pu_open(dir, false, true, 0, 0, &own);
        if (h == 0)
            h = mdshm_reader_create(own, &ord);
        if (h == 0)
            h = mdshm_read_begin(ord);
        if (h == 0) {
            h = mdshm_read_gen(ord, &gen);
            if (h == 0)
                h = mdshm_read_get(ord, MDSHM_DB_META, "schema", 6, &r2);
            mdshm_read_end(ord);
        }
        mdshm_reader_destroy(ord);
        mdshm_store_close(own);
        pu_send(rep[1], "%d %d %d %d %d %d %d %d", a, b, c, d, e, f, g, h);
        _exit(0);
    }
    close(rep[1]);
    pu_lines_init(&lr, rep[0]);
    int a = 1, b = 1, c = 1, d = 1, e = 1, f = 1, g = 1, h = 1;
    rv = pid > 0 ? pu_recv(&lr, line, sizeof(line), 10000) : -1;
    close(rep[0]);
    if (rv == 1)
        sscanf(line, "%d %d %d %d %d %d %d %d", &a, &b, &c, &d, &e, &f, &g,
               &h);
    int status = pid > 0 ? pu_reap(pid, 5000) : -1;
    pu_ok(rv == 1 && a == MDSHM_EWRONGPROC,
          "(c) parent's reader in the child: read_begin %s", pu_err(a));
    pu_ok(b == MDSHM_EWRONGPROC && c == MDSHM_EWRONGPROC &&
              d == MDSHM_EWRONGPROC && e == MDSHM_EWRONGPROC,
          "(c) parent's store in the child: reader_create %s, stats %s, "
          "reader_check %s, leader_status %s",
          pu_err(b), pu_err(c), pu_err(d), pu_err(e));
    pu_ok(f == MDSHM_EWRONGPROC && g == MDSHM_EWRONGPROC,
          "(c) parent's reader inherited mid-read: read_get %s, lookup_sni "
          "%s in the child",
          pu_err(f), pu_err(g));
    pu_ok(h == 0 && pu_exited_ok(status),
          "(c) the child's own store works after fork (%s)", pu_err(h));

    /* The parent's read is unharmed. */
    rv = mdshm_read_get(rd, MDSHM_DB_META, "schema", 6, &rec);
    pu_ok(rv == 0, "(c) parent's read still works after the child (%s)",
          pu_err(rv));
    rv = mdshm_store_stats(st, &ss);
    pu_ok(rv == 0 && ss.readers == 1 && ss.stale_readers == 0,
          "(c) parent's reader slot intact: %u used, %u stale", ss.readers,
          ss.stale_readers);
    mdshm_read_end(rd);
    rv = mdshm_read_begin(rd);
    pu_ok(rv == 0, "(c) parent's reader begins a new read (%s)", pu_err(rv));
    if (rv == 0)
        mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
}

/* ---- (d) map growth ---------------------------------------------------- */

static unsigned char *blobs; /* NSETS x DER_LEN, then NSETS x KEY_LEN */

static unsigned char *der_of(int i)
{
    return blobs + (size_t)i * DER_LEN;
}

static unsigned char *key_of(int i)
{
    return blobs + (size_t)NSETS * DER_LEN + (size_t)i * KEY_LEN;
}

static int set_key(char *buf, size_t size, int i)
{
    char md[32];
    snprintf(md, sizeof(md), "md%04d.example", i);
    return mdshm_key_certset(buf, size, md, strlen(md), "rsa2048", 7);
}

struct put {
    int i;
};

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;
    mdshm_record_t rec;
    char key[64], md[32];
    int klen = set_key(key, sizeof(key), p->i);

    snprintf(md, sizeof(md), "md%04d.example", p->i);
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_CERTSET;
    rec.u.certset.gen = (uint64_t)p->i + 1;
    rec.u.certset.md = pu_buf(md);
    rec.u.certset.key_spec = pu_buf("rsa2048");
    rec.u.certset.n_chain = 1;
    rec.u.certset.chain[0].p = der_of(p->i);
    rec.u.certset.chain[0].n = DER_LEN;
    rec.u.certset.pkey.p = key_of(p->i);
    rec.u.certset.pkey.n = KEY_LEN;
    rec.u.certset.sha256.p = der_of(p->i);
    rec.u.certset.sha256.n = 32;
    rec.u.certset.not_before = 1700000000;
    rec.u.certset.not_after = 1800000000;
    return mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
}

static void writer_main(const char *dir, int out)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_store_stats_t ss;
    unsigned errors = 0;
    int first = 0, rv;

    rv = pu_open(dir, false, false, 0, SMALL_MAP, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0 && (rv = mdshm__candidate_try(c)) == 1)
        rv = 0;
    else if (rv == 0)
        rv = MDSHM_EBUSY;
    if (rv < 0) {
        pu_send(out, "WFAIL %d", rv);
        _exit(1);
    }
    for (int i = 0; i < NSETS; i++) {
        struct put p = {i};
        rv = mdshm__leader_write(c, put_fn, &p);
        if (rv < 0 && !errors++)
            first = rv;
    }
    rv = mdshm_store_stats(st, &ss);
    pu_send(out, "WDONE %u %d %llu", errors, first,
            (unsigned long long)ss.map_size);
    _exit(0);
}

/* Read and check every set present; returns how many were found intact,
 * counting bad ones in *bad and errors in *err. */
static int check_sets(mdshm_reader_t *rd, unsigned long *bad,
                      unsigned long *err, int *first_err)
{
    mdshm_record_t rec;
    char key[64];
    int found = 0, rv;

    rv = mdshm_read_begin(rd);
    if (rv < 0) {
        if (!(*err)++)
            *first_err = rv;
        return -1;
    }
    for (int i = 0; i < NSETS; i++) {
        int klen = set_key(key, sizeof(key), i);
        rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
        if (rv == MDSHM_ENOTFOUND)
            continue;
        if (rv < 0) {
            if (!(*err)++)
                *first_err = rv;
            continue;
        }
        const mdshm_certset_rec_t *cs = &rec.u.certset;
        if (cs->gen != (uint64_t)i + 1 || cs->n_chain != 1 ||
            !pu_buf_eq(cs->chain[0], der_of(i), DER_LEN) ||
            !pu_buf_eq(cs->pkey, key_of(i), KEY_LEN))
            (*bad)++;
        else
            found++;
    }
    mdshm_read_end(rd);
    return found;
}

static void watcher_main(const char *dir, int out, int stopfd)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_store_stats_t ss;
    unsigned long bad = 0, err = 0, reads = 0, max_seen = 0;
    int first = 0, rv;
    uint64_t map0;

    rv = pu_open(dir, false, true, 0, 0, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_store_stats(st, &ss);
    if (rv < 0) {
        pu_send(out, "RFAIL %d", rv);
        _exit(1);
    }
    map0 = ss.map_size;
    if (check_sets(rd, &bad, &err, &first) < 0) {
        pu_send(out, "RFAIL %d", first);
        _exit(1);
    }
    pu_send(out, "READY %llu", (unsigned long long)map0);
    for (;;) {
        struct pollfd pfd = {stopfd, POLLIN, 0};
        if (poll(&pfd, 1, 0) > 0)
            break;
        int n = check_sets(rd, &bad, &err, &first);
        reads++;
        if (n > 0 && (unsigned long)n > max_seen)
            max_seen = (unsigned long)n;
    }
    int final = check_sets(rd, &bad, &err, &first);
    rv = mdshm_store_stats(st, &ss);
    pu_send(out, "RDONE %d %lu %lu %lu %d %lu %llu %llu", final, bad, err,
            reads, first, max_seen, (unsigned long long)map0,
            (unsigned long long)(rv == 0 ? ss.map_size : 0));
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    _exit(0);
}

static void part_d(const char *dir)
{
    mdshm_store_t *st = NULL;
    int rep[2], stop[2], rv;
    pu_lines_t lr;
    char line[256];
    pid_t R = -1, W = -1;
    unsigned long long map0 = 0;

    blobs = malloc((size_t)NSETS * (DER_LEN + KEY_LEN));
    if (!blobs) {
        pu_ok(false, "(d) memory");
        return;
    }
    for (int i = 0; i < NSETS; i++) {
        pu_fill(der_of(i), DER_LEN, (uint64_t)i + 1);
        pu_fill(key_of(i), KEY_LEN, (uint64_t)i + 1000001);
    }
    rv = pu_open(dir, true, false, 0, SMALL_MAP, &st);
    if (rv == 0) {
        mdshm_store_stats_t ss;
        rv = mdshm_store_stats(st, &ss);
        map0 = ss.map_size;
    }
    mdshm_store_close(st);
    if (!pu_ok(rv == 0 && map0 == SMALL_MAP,
               "(d) store created with a %llu byte map", map0))
        goto out;
    if (pu_pipe(rep) < 0 || pu_pipe(stop) < 0) {
        pu_ok(false, "(d) pipes");
        goto out;
    }
    pu_lines_init(&lr, rep[0]);
    R = pu_fork();
    if (R == 0) {
        close(rep[0]);
        close(stop[1]);
        watcher_main(dir, rep[1], stop[0]);
    }
    rv = pu_recv(&lr, line, sizeof(line), 10000);
    if (!pu_ok(rv == 1 && strncmp(line, "READY", 5) == 0,
               "(d) read-only reader attached (%s)",
               rv == 1 ? line : "no answer"))
        goto close_out;
    int64_t t0 = pu_mono_ms();
    W = pu_fork();
    if (W == 0) {
        close(rep[0]);
        close(stop[0]);
        close(stop[1]);
        writer_main(dir, rep[1]);
    }
    close(rep[1]);
    rep[1] = -1;
    {
        unsigned errs = 0;
        int first = 0;
        unsigned long long wmap = 0;
        rv = pu_recv(&lr, line, sizeof(line), 30000);
        if (rv == 1 && sscanf(line, "WDONE %u %d %llu", &errs, &first,
                              &wmap) != 3)
            rv = 0;
        pu_ok(rv == 1 && errs == 0 && wmap > SMALL_MAP,
              "(d) leader wrote %d sets of %d bytes in %lld ms, %u failed "
              "(first %s); its map grew to %llu",
              NSETS, DER_LEN, (long long)(pu_mono_ms() - t0), errs,
              pu_err(first), wmap);
        if (rv != 1)
            pu_diag("(d) writer: %s", line);
    }
    if (write(stop[1], "x", 1) != 1)
        pu_diag("(d) cannot stop the reader");
    {
        int final = -1, first = 0;
        unsigned long bad = 1, err = 1, reads = 0, max_seen = 0;
        unsigned long long m0 = 0, m1 = 0;
        rv = pu_recv(&lr, line, sizeof(line), 20000);
        if (rv == 1 &&
            sscanf(line, "RDONE %d %lu %lu %lu %d %lu %llu %llu", &final,
                   &bad, &err, &reads, &first, &max_seen, &m0, &m1) != 8)
            rv = 0;
        pu_ok(rv == 1 && final == NSETS && bad == 0 && err == 0,
              "(d) reader: all %d sets intact after the growth (%d found, "
              "%lu bad, %lu errors, first %s)",
              NSETS, final, bad, err, pu_err(first));
        pu_ok(rv == 1 && m1 > m0 && m0 == SMALL_MAP,
              "(d) reader's map followed the writer: %llu -> %llu", m0, m1);
        pu_diag("(d) reader did %lu full passes during the writes, saw up "
                "to %lu sets mid-write",
                reads, max_seen);
    }
    pu_ok(pu_exited_ok(pu_reap(R, 5000)) && pu_exited_ok(pu_reap(W, 5000)),
          "(d) reader and writer exited cleanly");
    R = W = -1;
    /* The data on disk, seen by a fresh opener. */
    rv = pu_open(dir, false, true, 0, 0, &st);
    if (rv == 0) {
        mdshm_store_stats_t ss;
        /* (no mdshm_store_check: the fake DER has no matching key) */
        rv = mdshm_store_stats(st, &ss);
        pu_ok(rv == 0 && ss.entries[MDSHM_DB_CERTS] == NSETS &&
                  ss.map_size > SMALL_MAP,
              "(d) fresh opener: %llu sets, map %llu, file %llu",
              (unsigned long long)ss.entries[MDSHM_DB_CERTS],
              (unsigned long long)ss.map_size,
              (unsigned long long)ss.file_size);
        mdshm_store_close(st);
    } else {
        pu_ok(false, "(d) reopen (%s)", pu_err(rv));
    }
close_out:
    close(stop[0]);
    close(stop[1]);
    close(rep[0]);
    if (rep[1] >= 0)
        close(rep[1]);
out:
    pu_kill_reap(R);
    pu_kill_reap(W);
    free(blobs);
    blobs = NULL;
}

int main(void)
{
    mdshm_store_t *st = NULL;
    int rv;

    pu_init("test_readers", 50);
    const char *dir_a = pu_mkdtemp();
    const char *dir_b = pu_mkdtemp();
    const char *dir_d = pu_mkdtemp();
    if (!pu_ok(dir_a && dir_b && dir_d, "fresh store directories"))
        return pu_done();
    rv = pu_open(dir_a, true, false, 0, 0, &st);
    if (pu_ok(rv == 0, "store created (%s)", pu_err(rv))) {
        part_a(dir_a, st);
        part_c(dir_a, st);
    }
    mdshm_store_close(st);
    part_b(dir_b);
    part_d(dir_d);
    return pu_done();
}
