/* test_group_commit.c -- group commit of hooked leader writes (shm/leader.c,
 * cluster mode): writes that wait for one another share one LMDB write and
 * one hook call; a body that fails loses only its own changes; a hook that
 * refuses fails every write of its group; a group stays inside one etcd
 * txn's limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "store_int.h" /* mdshm__w_put_raw: values of any size */
#include "unit_store.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>

#define WRITERS 8
#define ROUNDS 10
#define MAX_CHANGES 100                /* leader.c's GROUP_MAX_CHANGES */
#define MAX_BYTES ((size_t)512 << 10)  /* leader.c's GROUP_MAX_BYTES */

/* The hook: counts calls and what each saw; the first call waits until
 * every writer has started, so that the others queue up behind it. */
struct hookstate {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int entered;          /* writers that started */
    int want_entered;     /* the first call waits for this many */
    int calls;
    int refuse_call;      /* this call (1-based) returns MDSHM_ENOTLEADER */
    size_t max_n;         /* largest journal seen */
    int over;             /* calls over the limits with more than one write */
    char refused[WRITERS * ROUNDS][16]; /* keys of the refused call */
    size_t n_refused;
    int64_t stamps;       /* the stamp handed out: the call's number */
};

static struct hookstate hs;

static void hs_reset(int want_entered)
{
    pthread_mutex_destroy(&hs.mu);
    pthread_cond_destroy(&hs.cv);
    memset(&hs, 0, sizeof(hs));
    pthread_mutex_init(&hs.mu, NULL);
    pthread_cond_init(&hs.cv, NULL);
    hs.want_entered = want_entered;
}

/* Distinct job keys, "w<writer>.<round>.<i>" */
static size_t key_of(char *buf, size_t size, int wr, int round, int i)
{
    return (size_t)snprintf(buf, size, "w%d.%d.%d", wr, round, i);
}

static int hook(const mdshm__journal_t *j, void *baton, int64_t *stamp)
{
    size_t bytes = 0;
    int call;

    (void)baton;
    pthread_mutex_lock(&hs.mu);
    call = ++hs.calls;
    while (call == 1 && hs.entered < hs.want_entered)
        pthread_cond_wait(&hs.cv, &hs.mu);
    pthread_mutex_unlock(&hs.mu);
    if (call == 1)
        usleep(50 * 1000); /* the others get in line: grouped or not, every
                              assertion holds; grouping is what is likely */
    for (size_t i = 0; i < j->n; i++)
        bytes += j->e[i].klen + j->e[i].vlen;
    pthread_mutex_lock(&hs.mu);
    if (j->n > hs.max_n)
        hs.max_n = j->n;
    if (j->n > MAX_CHANGES || bytes > MAX_BYTES)
        hs.over++;
    if (call == hs.refuse_call)
        for (size_t i = 0; i < j->n && hs.n_refused < WRITERS * ROUNDS; i++)
            snprintf(hs.refused[hs.n_refused++], sizeof(hs.refused[0]),
                     "%.*s", (int)j->e[i].klen, (const char *)j->e[i].key);
    pthread_mutex_unlock(&hs.mu);
    *stamp = call;
    return call == hs.refuse_call ? MDSHM_ENOTLEADER : 0;
}

struct writer {
    struct ut_env *e;
    int id;
    int rounds;
    int records;       /* per write */
    size_t vlen;       /* of each record's value (raw) */
    bool fail;         /* the body fails after its puts */
    int rv[ROUNDS];
    int64_t stamp[ROUNDS];
    int round;
};

static int body(mdshm__wtxn_t *w, void *baton)
{
    struct writer *wr = baton;
    uint8_t *val = calloc(1, wr->vlen ? wr->vlen : 1);
    char key[32];
    int rv = 0;

    if (!val)
        return -ENOMEM;
    for (int i = 0; i < wr->records && rv == 0; i++) {
        size_t n = key_of(key, sizeof(key), wr->id, wr->round, i);
        if (wr->vlen) {
            rv = mdshm__w_put_raw(w, MDSHM_DB_STAGING, key, n, val,
                                  wr->vlen);
        } else {
            mdshm_record_t r;
            memset(&r, 0, sizeof(r));
            r.type = MDSHM_REC_JOB;
            r.u.job.md = mdshm__sbuf(key);
            rv = mdshm__w_put(w, MDSHM_DB_JOBS, key, n, &r);
        }
    }
    free(val);
    return rv == 0 && wr->fail ? MDSHM_EBADINPUT : rv;
}

static void *writer_main(void *arg)
{
    struct writer *wr = arg;

    pthread_mutex_lock(&hs.mu);
    hs.entered++;
    pthread_cond_broadcast(&hs.cv);
    pthread_mutex_unlock(&hs.mu);
    for (wr->round = 0; wr->round < wr->rounds; wr->round++) {
        wr->rv[wr->round] = mdshm__leader_write(wr->e->c, body, wr);
        wr->stamp[wr->round] = mdshm__leader_write_stamp();
    }
    return NULL;
}

/* @n writers at once (the hook's first call waits for all of them to
 * start); the hook refuses its call number @refuse_call (0: none). */
/* WRITERS writers, each @rounds writes of @records records. */
static void writers_init(struct writer *wr, int rounds, int records)
{
    memset(wr, 0, WRITERS * sizeof(*wr));
    for (int i = 0; i < WRITERS; i++) {
        wr[i].id = i;
        wr[i].rounds = rounds;
        wr[i].records = records;
    }
}

static void run_writers(struct ut_env *e, struct writer *wr, int n,
                        int refuse_call)
{
    pthread_t t[WRITERS];

    hs_reset(n);
    hs.refuse_call = refuse_call;
    mdshm__candidate_set_commit_hook(e->c, hook, NULL,
                                     (1u << MDSHM_DB_JOBS) |
                                         (1u << MDSHM_DB_STAGING));
    for (int i = 0; i < n; i++) {
        wr[i].e = e;
        assert_int_equal(pthread_create(&t[i], NULL, writer_main, &wr[i]), 0);
    }
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    mdshm__candidate_set_commit_hook(e->c, NULL, NULL, 0);
}

/* Whether every record of @wr's round @round is there. */
static bool present(struct ut_env *e, const struct writer *wr, int round,
                    bool all)
{
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    char key[32];
    int found = 0;

    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    for (int i = 0; i < wr->records; i++) {
        size_t n = key_of(key, sizeof(key), wr->id, round, i);
        found += mdshm_read_get_raw(rd, wr->vlen ? MDSHM_DB_STAGING
                                                 : MDSHM_DB_JOBS,
                                    key, n, &v) == 0;
    }
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return all ? found == wr->records : found > 0;
}

/* Each of @n writers' @rounds writes succeeded, whole. */
static void assert_all_written(struct ut_env *e, const struct writer *wr,
                               int n, int rounds)
{
    for (int i = 0; i < n; i++)
        for (int r = 0; r < rounds; r++) {
            assert_int_equal(wr[i].rv[r], 0);
            assert_true(present(e, &wr[i], r, true));
        }
}

/* Concurrent writes: fewer hook calls than writes, every record there,
 * each writer handed the stamp of its own group's call. */
static void test_grouped(void **state)
{
    struct ut_env *e = *state;
    struct writer wr[WRITERS];

    writers_init(wr, ROUNDS, 2);
    run_writers(e, wr, WRITERS, 0);
    assert_all_written(e, wr, WRITERS, ROUNDS);
    for (int i = 0; i < WRITERS; i++)
        for (int r = 0; r < ROUNDS; r++)
            assert_true(wr[i].stamp[r] >= 1 && wr[i].stamp[r] <= hs.calls);
    assert_true(hs.calls < WRITERS * ROUNDS);
    assert_int_equal(hs.over, 0);
}

/* A body that fails: its changes only are dropped. */
static void test_failed_body_alone(void **state)
{
    struct ut_env *e = *state;
    struct writer wr[WRITERS];

    writers_init(wr, 2, 3);
    for (int i = 0; i < WRITERS; i++)
        wr[i].fail = i % 3 == 1;
    run_writers(e, wr, WRITERS, 0);
    for (int i = 0; i < WRITERS; i++)
        for (int r = 0; r < 2; r++) {
            assert_int_equal(wr[i].rv[r], wr[i].fail ? MDSHM_EBADINPUT : 0);
            if (wr[i].fail)
                assert_false(present(e, &wr[i], r, false));
            else
                assert_true(present(e, &wr[i], r, true));
        }
    assert_true(mdshm__candidate_is_leader(e->c));
}

/* A hook that refuses its group's changes: each write of that group gets
 * the refusal and none of them is committed; the other groups are. */
static void test_refusal_fails_group(void **state)
{
    struct ut_env *e = *state;
    struct writer wr[WRITERS];
    char key[32];
    int refused = 0;

    writers_init(wr, 2, 1);
    run_writers(e, wr, WRITERS, 2);
    assert_true(hs.n_refused > 0);
    for (int i = 0; i < WRITERS; i++)
        for (int r = 0; r < 2; r++) {
            bool in_refused = false;
            key_of(key, sizeof(key), i, r, 0);
            for (size_t k = 0; k < hs.n_refused; k++)
                in_refused |= strcmp(hs.refused[k], key) == 0;
            refused += in_refused;
            assert_int_equal(wr[i].rv[r], in_refused ? MDSHM_ENOTLEADER : 0);
            assert_int_equal(present(e, &wr[i], r, true), !in_refused);
        }
    assert_int_equal(refused, (int)hs.n_refused);
    assert_true(mdshm__candidate_is_leader(e->c));
}

/* Many changes per write: no group is over etcd's limits, but one write
 * alone over them still reaches the hook (which refuses it in cluster
 * mode, as before). */
static void test_limits(void **state)
{
    struct ut_env *e = *state;
    struct writer wr[WRITERS];

    writers_init(wr, 2, 0);
    for (int i = 0; i < WRITERS; i++) {
        wr[i].records = i < 4 ? 30 : 2;    /* 4 of them: 30 changes */
        wr[i].vlen = i >= 4 ? 200000 : 0;  /* 4 of them: 400 KB */
    }
    run_writers(e, wr, WRITERS, 0);
    assert_all_written(e, wr, WRITERS, 2);
    assert_int_equal(hs.over, 0);
    assert_true(hs.max_n <= MAX_CHANGES);

    /* one write of 150 changes: alone, whole */
    memset(wr, 0, sizeof(wr));
    wr[0].id = 100;
    wr[0].rounds = 1;
    wr[0].records = 150;
    run_writers(e, wr, 1, 0);
    assert_int_equal(wr[0].rv[0], 0);
    assert_int_equal(hs.calls, 1);
    assert_int_equal(hs.max_n, 150);
}

/* A store whose map is 1 MiB: the groups' 200 KB writes fill it, and
 * each group runs again, whole, in a larger map. */
static int small_map_setup(void **state)
{
    return ut_setup_map(state, (size_t)1 << 20);
}

static void test_map_full_reruns_group(void **state)
{
    struct ut_env *e = *state;
    struct writer wr[WRITERS];
    mdshm_store_stats_t info;

    writers_init(wr, 2, 2);
    for (int i = 0; i < WRITERS; i++)
        wr[i].vlen = 100000;
    run_writers(e, wr, WRITERS, 0);
    assert_all_written(e, wr, WRITERS, 2);
    assert_int_equal(mdshm_store_stats(e->st, &info), 0);
    assert_true(info.map_size > ((size_t)1 << 20));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_grouped, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_failed_body_alone, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_refusal_fails_group, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_limits, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_map_full_reruns_group,
                                        small_map_setup, ut_teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
    pthread_mutex_init(&hs.mu, NULL);
    pthread_cond_init(&hs.cv, NULL);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
