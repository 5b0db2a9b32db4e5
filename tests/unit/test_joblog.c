/* test_joblog.c -- job records: capped log, results, error counts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "joblog.h"
#include "unit_store.h"

struct logargs {
    int64_t when;
    const char *type, *detail;
};

static int log_fn(mdshm__wtxn_t *w, void *baton)
{
    struct logargs *a = baton;
    return mdshm__job_log(w, "a.test", a->when, a->type, a->detail);
}

static int read_job(struct ut_env *e, mdshm_job_rec_t *out, char *detail0,
                    char *last_detail)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;
    int rv;

    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    rv = mdshm_read_get(rd, MDSHM_DB_JOBS, "a.test", 6, &rec);
    if (rv == 0) {
        *out = rec.u.job;
        snprintf(detail0, 64, "%.*s", (int)out->log[0].detail.n,
                 (const char *)out->log[0].detail.p);
        snprintf(last_detail, 64, "%.*s", (int)out->last_detail.n,
                 (const char *)out->last_detail.p);
    }
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return rv;
}

static void test_log_is_capped_oldest_first(void **state)
{
    struct ut_env *e = *state;
    mdshm_job_rec_t job;
    char d0[64], ld[64], detail[32];

    for (int i = 0; i < MDSHM_MAX_JOBLOG + 5; i++) {
        struct logargs a = {1000 + i, "progress", detail};
        snprintf(detail, sizeof(detail), "step %d", i);
        assert_int_equal(mdshm__leader_write(e->c, log_fn, &a), 0);
    }
    assert_int_equal(read_job(e, &job, d0, ld), 0);
    assert_int_equal(job.n_log, MDSHM_MAX_JOBLOG);
    assert_string_equal(d0, "step 5"); /* the 5 oldest are gone */
    assert_int_equal(job.log[MDSHM_MAX_JOBLOG - 1].when_ms,
                     1000 + MDSHM_MAX_JOBLOG + 4);
    assert_int_equal(mdshm__job_last(&job, "progress"),
                     1000 + MDSHM_MAX_JOBLOG + 4);
    assert_int_equal(mdshm__job_last(&job, "event:renewed"), 0);
}

struct recargs {
    int64_t now;
    mdshm__job_outcome_t o;
};

static int rec_fn(mdshm__wtxn_t *w, void *baton)
{
    struct recargs *a = baton;
    return mdshm__job_record(w, "a.test", a->now, &a->o);
}

static void test_errors_count_and_reset(void **state)
{
    struct ut_env *e = *state;
    struct recargs fail = {5000,
                           {MDSHM_EBADINPUT, "urn:ietf:params:acme:error:rateLimited",
                            "too many orders", "ordering", 9000, 8000}};
    struct recargs ok = {7000, {0, NULL, "installed", "activating", 99999, 0}};
    mdshm_job_rec_t job;
    char d0[64], ld[64];

    assert_int_equal(mdshm__leader_write(e->c, rec_fn, &fail), 0);
    assert_int_equal(mdshm__leader_write(e->c, rec_fn, &fail), 0);
    assert_int_equal(read_job(e, &job, d0, ld), 0);
    assert_int_equal(job.errors, 2);
    assert_int_equal(job.last_status, MDSHM_EBADINPUT);
    assert_int_equal(job.next_run_ms, 9000);
    assert_int_equal(job.retry_after_ms, 8000);
    assert_string_equal(ld, "too many orders");
    assert_int_equal(mdshm__job_last(&job, "renewal-error"), 5000);
    assert_int_equal(mdshm__leader_write(e->c, rec_fn, &ok), 0);
    assert_int_equal(read_job(e, &job, d0, ld), 0);
    assert_int_equal(job.errors, 0);
    assert_int_equal(job.last_status, 0);
    assert_int_equal(job.retry_after_ms, 0);
    assert_int_equal(job.n_log, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_log_is_capped_oldest_first, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_errors_count_and_reset, ut_setup,
                                        ut_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
