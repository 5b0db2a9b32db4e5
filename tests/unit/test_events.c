/* test_events.c -- MDMessageCmd/MDNotifyCmd arguments, rate limits,
 * vetoes, and the job log entries events leave. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "events.h"
#include "joblog.h"
#include "unit_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char dir[64], script[128], out[128];

/* The program appends its arguments to @out and exits with the status in
 * the file @dir/status (0 if absent). */
static int setup(void **state)
{
    struct ut_env *e;
    FILE *f;

    ut_setup(state);
    e = *state;
    snprintf(dir, sizeof(dir), "%s", e->dir);
    snprintf(script, sizeof(script), "%s/cmd.sh", dir);
    snprintf(out, sizeof(out), "%s/out", dir);
    f = fopen(script, "w");
    assert_non_null(f);
    fprintf(f, "#!/bin/sh\necho \"$@\" >> %s\n"
               "[ -f %s/status ] && exit $(cat %s/status)\nexit 0\n",
            out, dir, dir);
    fclose(f);
    chmod(script, 0700);
    return 0;
}

static void read_out(char *buf, size_t size)
{
    FILE *f = fopen(out, "r");
    size_t n = f ? fread(buf, 1, size - 1, f) : 0;
    buf[n] = 0;
    if (f)
        fclose(f);
}

static void set_status(int status)
{
    char p[160];
    FILE *f;
    snprintf(p, sizeof(p), "%s/status", dir);
    f = fopen(p, "w");
    fprintf(f, "%d\n", status);
    fclose(f);
}

static void test_message_args_and_rate_limit(void **state)
{
    struct ut_env *e = *state;
    char *msg[] = {script, "--flag", NULL};
    char *notify[] = {script, "notify", NULL};
    mdshm__event_cmds_t cmds = {msg, notify, 5000};
    char buf[512];

    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_RENEWED, "a.test", "x"),
                     0);
    read_out(buf, sizeof(buf));
    assert_string_equal(buf, "--flag renewed a.test\nnotify a.test\n");
    /* within a day: suppressed, nothing runs */
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_RENEWED, "a.test", "x"),
                     0);
    read_out(buf, sizeof(buf));
    assert_string_equal(buf, "--flag renewed a.test\nnotify a.test\n");
    /* another MD has its own limit */
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_RENEWED, "b.test", "x"),
                     0);
    read_out(buf, sizeof(buf));
    assert_non_null(strstr(buf, "renewed b.test"));
}

static void test_veto(void **state)
{
    struct ut_env *e = *state;
    char *msg[] = {script, NULL};
    mdshm__event_cmds_t cmds = {msg, NULL, 5000};

    set_status(1);
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_CHALLENGE_SETUP, "a.test",
                                        "http-01:a.test"),
                     1);
    /* a non-vetoable event only logs the failure */
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_INSTALLED, "a.test", NULL),
                     0);
    set_status(0);
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_CHALLENGE_SETUP, "a.test",
                                        "http-01:a.test"),
                     0);
}

static int find_log(mdshm_reader_t *rd, void *baton)
{
    mdshm_record_t rec;
    int64_t *when = baton;
    int rv = mdshm_read_get(rd, MDSHM_DB_JOBS, "a.test", 6, &rec);
    if (rv == 0) {
        when[0] = mdshm__job_last(&rec.u.job, "event:expiring");
        when[1] = mdshm__job_last(&rec.u.job, "veto:renewing");
    }
    return rv;
}

static void test_events_in_job_log_without_commands(void **state)
{
    struct ut_env *e = *state;
    char *msg[] = {script, NULL};
    mdshm__event_cmds_t cmds = {msg, NULL, 5000};
    int64_t when[2] = {0, 0};

    assert_int_equal(mdshm__event_raise(e->c, e->st, NULL,
                                        MDSHM__EV_EXPIRING, "a.test", NULL),
                     0);
    set_status(3);
    assert_int_equal(mdshm__event_raise(e->c, e->st, &cmds,
                                        MDSHM__EV_RENEWING, "a.test", NULL),
                     1);
    assert_int_equal(mdshm__read_once(e->st, find_log, when), 0);
    assert_true(when[0] > 0);
    assert_true(when[1] > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_message_args_and_rate_limit,
                                        setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_veto, setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_events_in_job_log_without_commands,
                                        setup, ut_teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
