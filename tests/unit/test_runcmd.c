/* test_runcmd.c -- external programs: argv without a shell, clean
 * environment, captured output, exit status, timeout kills the group,
 * no inherited descriptor but stdin/out/err. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "runcmd.h"
#include "unit_store.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_argv_is_not_a_shell(void **state)
{
    char *argv[] = {"/bin/echo", "a b", "$HOME", "; rm -rf /", NULL};
    mdshm__cmd_result_t res;
    (void)state;
    assert_int_equal(mdshm__runcmd(argv, 5000, &res), 0);
    assert_true(mdshm__cmd_ok(&res));
    assert_string_equal(res.output, "a b $HOME ; rm -rf /\n");
}

static void test_clean_environment(void **state)
{
    char *argv[] = {"/usr/bin/env", NULL};
    mdshm__cmd_result_t res;
    (void)state;
    setenv("MDSHM_SECRET_TEST", "leak", 1);
    assert_int_equal(mdshm__runcmd(argv, 5000, &res), 0);
    assert_true(mdshm__cmd_ok(&res));
    assert_null(strstr(res.output, "MDSHM_SECRET_TEST"));
    assert_non_null(strstr(res.output, "PATH=/usr/local/sbin"));
}

static void test_exit_status_and_stderr(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "echo oops >&2; exit 3", NULL};
    mdshm__cmd_result_t res;
    (void)state;
    assert_int_equal(mdshm__runcmd(argv, 5000, &res), 0);
    assert_false(mdshm__cmd_ok(&res));
    assert_int_equal(res.exit_code, 3);
    assert_string_equal(res.output, "oops\n");
}

static void test_timeout_kills_the_group(void **state)
{
    /* the child of the program keeps the pipe open: killing the group is
     * what ends it */
    char *argv[] = {"/bin/sh", "-c", "sleep 30 & sleep 30; echo never", NULL};
    mdshm__cmd_result_t res;
    int64_t t0 = mdshm__mono_ms();
    (void)state;
    assert_int_equal(mdshm__runcmd(argv, 200, &res), 0);
    assert_true(res.timed_out);
    assert_false(mdshm__cmd_ok(&res));
    assert_true(res.signal == SIGTERM || res.signal == SIGKILL);
    assert_null(strstr(res.output, "never"));
    assert_true(mdshm__mono_ms() - t0 < 10000);
}

static void test_output_is_bounded(void **state)
{
    char *argv[] = {"/bin/sh", "-c", "head -c 100000 /dev/zero | tr '\\0' x",
                    NULL};
    mdshm__cmd_result_t res;
    (void)state;
    assert_int_equal(mdshm__runcmd(argv, 5000, &res), 0);
    assert_true(mdshm__cmd_ok(&res)); /* the rest was drained, no SIGPIPE */
    assert_int_equal(res.output_len, sizeof(res.output) - 1);
}

static void test_relative_and_missing_programs(void **state)
{
    char *rel[] = {"echo", "x", NULL};
    char *missing[] = {"/nonexistent/program", NULL};
    mdshm__cmd_result_t res;
    (void)state;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
    assert_int_equal(mdshm__runcmd(rel, 1000, &res), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__runcmd(missing, 1000, &res), -ENOENT);
}

/* The descriptors `ls -ln /proc/self/fd` listed, other than 0-2 and the
 * one ls reads the listing through (a link to /proc/<pid>/fd), one per
 * line into @extra. */
static void foreign_fds(const char *listing, char *extra, size_t size)
{
    const char *line = listing;

    extra[0] = 0;
    while (line && *line) {
        const char *eol = strchr(line, '\n');
        size_t len = eol ? (size_t)(eol - line) : strlen(line);
        char buf[512];
        const char *arrow, *sp;
        int fd;

        snprintf(buf, sizeof(buf), "%.*s", (int)len, line);
        line = eol ? eol + 1 : NULL;
        if (!(arrow = strstr(buf, " -> ")))
            continue; /* "total 0" */
        for (sp = arrow; sp > buf && sp[-1] != ' '; sp--)
            ;
        fd = atoi(sp);
        if (fd <= 2)
            continue;
        if (!strncmp(arrow + 4, "/proc/", 6) &&
            !strcmp(arrow + strlen(arrow) - 3, "/fd"))
            continue;
        snprintf(extra + strlen(extra), size - strlen(extra), "%s\n", buf);
    }
}

/* A program we run gets stdin, stdout and stderr only: not the store's
 * data.mdb (LMDB leaves it inheritable), not leader.lock, not a
 * descriptor somebody opened without O_CLOEXEC. */
static void test_child_gets_only_stdio(void **state)
{
    char *argv[] = {"/bin/ls", "-ln", "/proc/self/fd", NULL};
    char extra[4096];
    mdshm__cmd_result_t res;
    int leak;
    (void)state; /* a store open, this process its leader (ut_setup) */

    leak = open("/dev/null", O_RDONLY); /* no O_CLOEXEC, on purpose */
    assert_true(leak > 2);
    assert_int_equal(mdshm__runcmd(argv, 5000, &res), 0);
    close(leak);
    print_message("%s", res.output);
    assert_true(mdshm__cmd_ok(&res));
    assert_non_null(strstr(res.output, " 2 -> ")); /* it did list */
    foreign_fds(res.output, extra, sizeof(extra));
    assert_string_equal(extra, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_argv_is_not_a_shell),
        cmocka_unit_test(test_clean_environment),
        cmocka_unit_test(test_exit_status_and_stderr),
        cmocka_unit_test(test_timeout_kills_the_group),
        cmocka_unit_test(test_output_is_bounded),
        cmocka_unit_test(test_relative_and_missing_programs),
        cmocka_unit_test_setup_teardown(test_child_gets_only_stdio, ut_setup,
                                        ut_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
