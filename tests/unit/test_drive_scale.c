/* test_drive_scale.c -- the drive with many MDs (issue 10, section 7):
 *
 *  - the heartbeat is written while the drive's main loop is busy (here:
 *    held inside a log call right after the configuration sync), counted
 *    in heartbeats of the configured interval, not in seconds;
 *  - a dispatch round over N due MDs does O(N log N) work (the drive's
 *    own work counter, not a clock), at two sizes;
 *  - two drives on one store with 2,000 MDs whose CA cannot be reached:
 *    while every MD runs once, the term never changes and the second drive
 *    never leads;
 *  - the configuration sync, written in several transactions, moves names
 *    between MDs of different transactions and retires dropped MDs.
 * No CA is needed: the runs fail at once (connection refused). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "drive.h"
#include "scale_conf.h"

#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static char dir[64], store[96];

static int rm_one(const char *p, const struct stat *sb, int f, struct FTW *w)
{
    (void)sb;
    (void)f;
    (void)w;
    return remove(p);
}

static int64_t mono_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

static mdshm_store_t *st;

static int setup(void **state)
{
    mdshm_store_opts_t o = {0};

    (void)state;
    strcpy(dir, "/tmp/mdshm-scale-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(store, sizeof(store), "%s/md", dir);
    o.create = true;
    assert_int_equal(mdshm_store_open(store, &o, &st), 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN);
    mdshm_store_close(st);
    st = NULL;
    nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    return 0;
}

/* @n MDs with a CA nobody listens on; @delay: MDInitialDelay. */
static mdshm_config_t *conf_of(unsigned n, const char *delay, int swapped)
{
    size_t len = 0;
    char *text = scale_conf_text(n, delay, swapped, &len);
    mdshm_config_t *cfg = NULL;

    assert_non_null(text);
    assert_int_equal(mdshm_config_parse(text, len, "scale.conf", &cfg), 0);
    free(text);
    return cfg;
}

static mdshm_config_t *conf(unsigned n, const char *delay)
{
    return conf_of(n, delay, 0);
}

static uint64_t leader_term(void)
{
    mdshm_leader_status_t ls;

    if (mdshm_leader_status(st, 0, &ls) < 0 || !ls.present)
        return 0;
    return ls.term;
}

/* ---- the heartbeat does not wait for the main loop -------------------- */

#define HB_MS 20
#define HB_WANTED 5
#define HB_DEADLINE (HB_MS * 500) /* generous: only a hang reaches it */

struct hold {
    pthread_mutex_t mu;
    bool held;          /* the main loop was held in the log call */
    unsigned seen;      /* heartbeats written meanwhile */
};

static struct hold hold = {PTHREAD_MUTEX_INITIALIZER, false, 0};

/* Hold the drive's main loop right after the configuration sync until
 * HB_WANTED new heartbeats are in the store (or the deadline). */
static void holding_log(void *baton, mdshm_log_level_t level, int err,
                        const char *file, int line, const char *msg)
{
    mdshm_leader_status_t ls;
    int64_t last = -1, deadline;
    unsigned seen = 0;

    (void)baton, (void)level, (void)err, (void)file, (void)line;
    if (!strstr(msg, "configuration written to store"))
        return;
    deadline = mono_ms() + HB_DEADLINE;
    while (seen < HB_WANTED && mono_ms() < deadline) {
        if (mdshm_leader_status(st, 0, &ls) == 0 && ls.present) {
            if (last >= 0 && ls.heartbeat_ms != last)
                seen++;
            last = ls.heartbeat_ms;
        }
        sleep_ms(HB_MS / 4);
    }
    pthread_mutex_lock(&hold.mu);
    hold.held = true;
    hold.seen = seen;
    pthread_mutex_unlock(&hold.mu);
}

static void test_heartbeat_while_main_loop_busy(void **state)
{
    mdshm_config_t *cfg = conf(20, "1h");
    mdshm_drive_opts_t o;
    struct scale_run r = {0};
    pthread_t t;
    bool held = false;

    (void)state;
    memset(&o, 0, sizeof(o));
    o.candidate.heartbeat_ms = HB_MS;
    o.candidate.stale_ms = HB_DEADLINE * 2; /* nobody deposes anybody */
    assert_int_equal(mdshm_drive_create(st, cfg, &o, &r.d), 0);
    mdshm_set_default_log(holding_log, NULL, MDSHM_LOG_INFO);
    assert_int_equal(pthread_create(&t, NULL, scale_run_main, &r), 0);
    for (int64_t end = mono_ms() + 2 * HB_DEADLINE + 5000;
         !held && mono_ms() < end; sleep_ms(5)) {
        pthread_mutex_lock(&hold.mu);
        held = hold.held;
        pthread_mutex_unlock(&hold.mu);
    }
    mdshm_drive_stop(r.d);
    pthread_join(t, NULL);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN);
    assert_true(held);
    /* the old drive wrote it between dispatch rounds only: 0 */
    assert_int_equal(hold.seen, HB_WANTED);
    assert_int_equal(r.rv, 0);
    mdshm_drive_destroy(r.d);
    mdshm_config_free(cfg);
}

/* ---- a hung main loop: the heartbeat is withheld ---------------------- */

#define HANG_HB_MS 20
#define HANG_STALE_MS 200 /* hang limit: six of these */

struct hang {
    pthread_mutex_t mu;
    bool withheld;  /* the drive logged that it withholds the heartbeat */
    bool stale;     /* the store showed the leader stale meanwhile */
    bool released;  /* the main loop went on */
};

static struct hang hang = {PTHREAD_MUTEX_INITIALIZER, false, false, false};

/* Hold the main loop after the configuration sync (as a deadlock would)
 * until the store shows the leader stale, or 30 s.  Other messages come
 * from the heartbeat thread meanwhile. */
static void hanging_log(void *baton, mdshm_log_level_t level, int err,
                        const char *file, int line, const char *msg)
{
    mdshm_leader_status_t ls;
    bool stale = false;

    (void)baton, (void)level, (void)err, (void)file, (void)line;
    if (strstr(msg, "heartbeat withheld")) {
        pthread_mutex_lock(&hang.mu);
        hang.withheld = true;
        pthread_mutex_unlock(&hang.mu);
        return;
    }
    if (!strstr(msg, "configuration written to store"))
        return;
    for (int64_t end = mono_ms() + 30000; !stale && mono_ms() < end;
         sleep_ms(HANG_HB_MS)) {
        stale = mdshm_leader_status(st, HANG_STALE_MS, &ls) == 0 &&
                ls.present && ls.stale;
    }
    pthread_mutex_lock(&hang.mu);
    hang.stale = stale;
    hang.released = true;
    pthread_mutex_unlock(&hang.mu);
}

/* The heartbeat thread must not keep a leader whose main loop hangs in
 * office for ever: after six stale limits it stops writing, so that the
 * leader goes stale and another candidate can depose it; once the loop
 * goes on (nobody deposed it here), the heartbeat resumes. */
static void test_hung_main_loop_withholds_heartbeat(void **state)
{
    mdshm_config_t *cfg = conf(20, "1h");
    mdshm_drive_opts_t o;
    struct scale_run r = {0};
    mdshm_leader_status_t ls;
    pthread_t t;
    bool released = false, fresh = false;

    (void)state;
    memset(&o, 0, sizeof(o));
    o.candidate.heartbeat_ms = HANG_HB_MS;
    o.candidate.stale_ms = HANG_STALE_MS;
    assert_int_equal(mdshm_drive_create(st, cfg, &o, &r.d), 0);
    mdshm_set_default_log(hanging_log, NULL, MDSHM_LOG_INFO);
    assert_int_equal(pthread_create(&t, NULL, scale_run_main, &r), 0);
    for (int64_t end = mono_ms() + 40000; !released && mono_ms() < end;
         sleep_ms(5)) {
        pthread_mutex_lock(&hang.mu);
        released = hang.released;
        pthread_mutex_unlock(&hang.mu);
    }
    /* the loop goes on: the heartbeat is written again */
    for (int64_t end = mono_ms() + 10000; released && !fresh &&
                                          mono_ms() < end;
         sleep_ms(HANG_HB_MS))
        fresh = mdshm_leader_status(st, HANG_STALE_MS, &ls) == 0 &&
                ls.present && !ls.stale;
    mdshm_drive_stop(r.d);
    pthread_join(t, NULL);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN);
    assert_true(released);
    assert_true(hang.stale);    /* before: the heartbeat went on */
    assert_true(hang.withheld); /* and said why */
    assert_true(fresh);
    assert_int_equal(r.rv, 0);
    mdshm_drive_destroy(r.d);
    mdshm_config_free(cfg);
}

/* ---- a dispatch round is O(n log n) ----------------------------------- */

/* The work units of one dispatch round with @n MDs all due and no free
 * slot (max_parallel 0), so that no run starts: each MD is queued. */
static uint64_t dispatch_ops(unsigned n)
{
    mdshm_config_t *cfg = conf(n, "0");
    mdshm_drive_t *d;
    uint64_t ops;

    assert_int_equal(mdshm_drive_create(st, cfg, NULL, &d), 0);
    for (size_t i = 0; i < d->n_mds; i++)
        d->mds[i].due_ms = (int64_t)(i * 7919 % n); /* unsorted */
    mdshm__drive_queue_reset(d);
    d->max_parallel = 0;
    d->sched_ops = 0;
    mdshm__drive_dispatch(d, INT64_MAX - 1);
    ops = d->sched_ops;
    for (size_t i = 0; i < d->n_mds; i++)
        assert_false(d->mds[i].running);
    mdshm_drive_destroy(d);
    mdshm_config_free(cfg);
    return ops;
}

static void test_dispatch_round_n_log_n(void **state)
{
    (void)state;
    for (unsigned n = 1000; n <= 8000; n *= 8) {
        uint64_t ops = dispatch_ops(n);
        unsigned lg = 0;
        while ((1u << lg) < n)
            lg++;
        double bound = 4.0 * n * lg;
        print_message("dispatch of %u due MDs: %llu work units (bound %.0f)\n",
                      n, (unsigned long long)ops, bound);
        assert_true((double)ops <= bound);
    }
}

/* ---- two drives, many MDs: the term holds ----------------------------- */

#define N_MDS 2000

static int count_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    (void)db, (void)key, (void)val;
    (*(size_t *)baton)++;
    return 0;
}

static size_t jobs_count(void)
{
    mdshm_reader_t *rd;
    size_t n = 0;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_foreach(rd, MDSHM_DB_JOBS, count_fn, &n), 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return n;
}

static void test_two_drives_keep_the_term(void **state)
{
    mdshm_config_t *cfg = conf(N_MDS, "0");
    mdshm_drive_opts_t o;
    struct scale_run a = {0}, b = {0};
    pthread_t ta, tb;
    uint64_t term = 0, other = 0;
    bool a_led = false, b_led = false;
    size_t jobs = 0;

    (void)state;
    memset(&o, 0, sizeof(o));
    o.candidate.heartbeat_ms = 100;
    o.candidate.stale_ms = 1000;
    assert_int_equal(mdshm_drive_create(st, cfg, &o, &a.d), 0);
    assert_int_equal(mdshm_drive_create(st, cfg, &o, &b.d), 0);
    assert_int_equal(pthread_create(&ta, NULL, scale_run_main, &a), 0);
    for (int64_t end = mono_ms() + 10000;
         !(a_led = mdshm__candidate_is_leader(a.d->cand)) && mono_ms() < end;)
        sleep_ms(5);
    term = leader_term();
    assert_int_equal(pthread_create(&tb, NULL, scale_run_main, &b), 0);
    /* Until every MD has run once (each run fails and leaves a job
     * record), the term stays and the second drive never leads.  The
     * drives are stopped before anything is asserted. */
    for (int64_t end = mono_ms() + 120000; a_led && mono_ms() < end;
         sleep_ms(10)) {
        uint64_t t = leader_term();
        if (t != term && !other)
            other = t;
        b_led |= mdshm__candidate_is_leader(b.d->cand);
        if (other || (jobs = jobs_count()) >= N_MDS)
            break;
    }
    mdshm_drive_stop(b.d);
    pthread_join(tb, NULL);
    mdshm_drive_stop(a.d);
    pthread_join(ta, NULL);
    print_message("%zu of %d MDs ran; term %llu, then %llu\n", jobs, N_MDS,
                  (unsigned long long)term, (unsigned long long)other);
    mdshm_drive_destroy(b.d);
    mdshm_drive_destroy(a.d);
    mdshm_config_free(cfg);
    assert_true(a_led);
    assert_int_not_equal(term, 0);
    assert_int_equal(other, 0);
    assert_int_equal(jobs, N_MDS);
    assert_false(b_led);
    assert_int_equal(a.rv, 0);
    assert_int_equal(b.rv, 0);
}

/* ---- the sync in chunks: names that move across chunks ------------------ */

#define N_SYNC 2500 /* three transactions of 1024 */

static int sync_once(mdshm_config_t *cfg)
{
    mdshm_drive_t *d;
    int rv;

    assert_int_equal(mdshm_drive_create(st, cfg, NULL, &d), 0);
    assert_int_equal(mdshm__candidate_try(d->cand), 1);
    rv = mdshm__drive_sync(d);
    mdshm_drive_destroy(d);
    return rv;
}

struct check_names {
    unsigned bad, retired;
};

static int check_fn(mdshm_reader_t *rd, void *baton)
{
    struct check_names *c = baton;
    mdshm_record_t rec;
    char www[64], md[64];

    for (unsigned i = 0; i < N_SYNC; i++) {
        snprintf(www, sizeof(www), "www.md%06u.example", N_SYNC - 1 - i);
        snprintf(md, sizeof(md), "md%06u.example", i);
        if (mdshm_read_get(rd, MDSHM_DB_NAMES, www, strlen(www), &rec) ||
            rec.u.name.md.n != strlen(md) ||
            memcmp(rec.u.name.md.p, md, rec.u.name.md.n) != 0)
            c->bad++;
        if (mdshm_read_get(rd, MDSHM_DB_MDS, md, strlen(md), &rec) ||
            rec.u.md.n_names != 2)
            c->bad++;
    }
    /* the MDs no longer configured keep their names, renewed by nobody */
    for (unsigned i = N_SYNC; i < N_SYNC + 100; i++) {
        snprintf(md, sizeof(md), "md%06u.example", i);
        if (mdshm_read_get(rd, MDSHM_DB_MDS, md, strlen(md), &rec) == 0 &&
            rec.u.md.renew_mode == 0 && rec.u.md.n_names == 2)
            c->retired++;
    }
    return 0;
}

static void test_sync_moves_names_across_chunks(void **state)
{
    mdshm_config_t *before = conf_of(N_SYNC + 100, "0", 0);
    mdshm_config_t *after = conf_of(N_SYNC, "0", 1);
    struct check_names c = {0, 0};

    (void)state;
    assert_int_equal(sync_once(before), 0);
    /* every www name moves to the MD at the other end of the list (in
     * another transaction but for the middle), 100 MDs are dropped */
    assert_int_equal(sync_once(after), 0);
    assert_int_equal(mdshm__read_once(st, check_fn, &c), 0);
    assert_int_equal(c.bad, 0);
    assert_int_equal(c.retired, 100);
    mdshm_config_free(before);
    mdshm_config_free(after);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_heartbeat_while_main_loop_busy,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_hung_main_loop_withholds_heartbeat, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dispatch_round_n_log_n, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_two_drives_keep_the_term, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_sync_moves_names_across_chunks,
                                        setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
