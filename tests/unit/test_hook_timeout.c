/* test_hook_timeout.c -- a hook that hangs is killed at its timeout and
 * the drive gets on with its work (core/runcmd.c): a hook that ignores
 * SIGTERM gets SIGKILL, and a hook whose child escapes into a session of
 * its own with the output pipe still open does not keep the caller
 * waiting for that child. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "runcmd.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_sigterm_ignored(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "trap '' TERM; while :; do sleep 1; done",
                    NULL};
    mdshm__cmd_result_t res;
    (void)state;

    alarm(60); /* a hang fails the test instead of the suite's timeout */
    assert_int_equal(mdshm__runcmd(argv, 200, &res), 0);
    alarm(0);
    assert_true(res.timed_out);
    assert_int_equal(res.signal, SIGKILL);
    assert_false(mdshm__cmd_ok(&res));
}

static void test_escaped_child(void **state)
{
    char pidfile[] = "/tmp/mdshm-hook-XXXXXX";
    int fd = mkstemp(pidfile);
    char script[512], buf[32] = "";
    mdshm__cmd_result_t res;
    FILE *f;
    long pid = 0;
    (void)state;

    assert_true(fd >= 0);
    close(fd);
    /* The escaped child keeps stdout (the capture pipe) open for 10 min. */
    snprintf(script, sizeof(script),
             "setsid sh -c 'echo $$ > %s; exec sleep 600' & "
             "while [ ! -s %s ]; do sleep 0.01; done; sleep 600",
             pidfile, pidfile);
    char *argv[] = {"/bin/sh", "-c", script, NULL};
    alarm(60);
    assert_int_equal(mdshm__runcmd(argv, 300, &res), 0);
    alarm(0);
    f = fopen(pidfile, "r");
    if (f) {
        if (fgets(buf, sizeof(buf), f))
            pid = strtol(buf, NULL, 10);
        fclose(f);
    }
    unlink(pidfile);
    assert_true(pid > 1);
    /* runcmd came back while the escaped child still lives */
    assert_int_equal(kill((pid_t)pid, 0), 0);
    kill((pid_t)pid, SIGKILL);
    assert_true(res.timed_out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sigterm_ignored),
        cmocka_unit_test(test_escaped_child),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
