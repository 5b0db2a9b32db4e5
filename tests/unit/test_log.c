/* test_log.c -- the log sinks: the one line format of the stderr sink (the
 * default, and mdshm drive's), the escaping that keeps a hostile name from
 * splitting a line or reaching a terminal, and the syslog sink: priority
 * per level, the host's ident and facility, the text, one datagram per
 * message (through tests/helpers/devlog: a private /dev/log, root only). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

static char *esc(const char *in)
{
    static char out[MDSHM__LOG_MSG_MAX];
    mdshm__log_escape(in, out, sizeof(out));
    return out;
}

static void test_escape_controls(void **state)
{
    (void)state;
    assert_string_equal(esc("a\nb\rc\td\x1b[31me\x7f"),
                        "a\\x0ab\\x0dc\\x09d\\x1b[31me\\x7f");
    assert_string_equal(esc("plain text, 100% \\ fine"),
                        "plain text, 100% \\ fine");
}

static void test_escape_utf8(void **state)
{
    (void)state;
    /* well-formed UTF-8 stays: é, €, U+1D11E */
    assert_string_equal(esc("caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e"),
                        "caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e");
    /* C1 CSI as UTF-8 and as a lone byte */
    assert_string_equal(esc("a\xc2\x9b" "1m"), "a\\xc2\\x9b1m");
    assert_string_equal(esc("a\x9b" "1m"), "a\\x9b1m");
    /* not UTF-8: 0xff, an overlong '/', a surrogate, a cut sequence */
    assert_string_equal(esc("\xff"), "\\xff");
    assert_string_equal(esc("\xc0\xaf"), "\\xc0\\xaf");
    assert_string_equal(esc("\xed\xa0\x80"), "\\xed\\xa0\\x80");
    assert_string_equal(esc("x\xe2\x82"), "x\\xe2\\x82");
}

static void test_escape_twice_and_cut(void **state)
{
    char once[MDSHM__LOG_MSG_MAX], small[8];
    (void)state;
    mdshm__log_escape("n\na\x1b\xc2\x9b\xff", once, sizeof(once));
    assert_string_equal(esc(once), once);
    /* cut where a whole character or escape still fits */
    assert_int_equal(mdshm__log_escape("abc\n", small, 7), 3);
    assert_string_equal(small, "abc");
    assert_int_equal(mdshm__log_escape("abcd\xe2\x82\xac", small, 7), 4);
    assert_string_equal(small, "abcd");
}

/* Run @fn with stderr going to a file; returns what it wrote. */
static char *capture_stderr(void (*fn)(void))
{
    static char buf[8192];
    char path[] = "/tmp/mdshm-test-log.XXXXXX";
    int fd = mkstemp(path), saved = dup(2);
    ssize_t n;

    assert_true(fd >= 0 && saved >= 0);
    unlink(path);
    fflush(stderr);
    dup2(fd, 2);
    fn();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    n = pread(fd, buf, sizeof(buf) - 1, 0);
    close(fd);
    assert_true(n >= 0);
    buf[n] = '\0';
    return buf;
}

/* "2026-12-06T13:35:36.123Z mdshm[PID]: " then @rest, one line. */
static void assert_stamped_line(const char *got, const char *rest)
{
    char want[1024];
    regex_t re;

    snprintf(want, sizeof(want),
             "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
             "\\.[0-9]{3}Z mdshm\\[%ld\\]: %s\n$",
             (long)getpid(), rest);
    assert_int_equal(regcomp(&re, want, REG_EXTENDED | REG_NOSUB), 0);
    if (regexec(&re, got, 0, NULL, 0) != 0)
        fail_msg("line \"%s\" does not match %s", got, want);
    regfree(&re);
}

static void log_direct(void)
{
    mdshm_log_stderr(NULL, MDSHM_LOG_WARN, -ENOENT, NULL, 0,
                     "a name with\na newline");
}

static void log_known_error(void)
{
    /* the message holds the error text already: not appended twice */
    mdshm_log_stderr(NULL, MDSHM_LOG_NOTICE, -ENOENT, NULL, 0,
                     "open: No such file or directory");
}

static void log_through_library(void)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;

    mdshm_set_default_log(mdshm_log_stderr, NULL, MDSHM_LOG_WARN);
    assert_true(mdshm_store_open("/nonexistent/mdshm\ntest", &so, &st) < 0);
}

static void test_stderr_line(void **state)
{
    (void)state;
    assert_stamped_line(capture_stderr(log_direct),
                        "warn: a name with\\\\x0aa newline "
                        "\\(No such file or directory\\)");
    assert_stamped_line(capture_stderr(log_known_error),
                        "notice: open: No such file or directory");
    /* the library's default sink writes the same line */
    assert_stamped_line(capture_stderr(log_through_library),
                        "error: store /nonexistent/mdshm\\\\x0atest does not "
                        "exist");
}

/* ---- lines that read as whole sentences --------------------------------- */

static char last_notice[1024];

static void keep_notice(void *baton, mdshm_log_level_t level, int err,
                        const char *file, int line, const char *msg)
{
    (void)baton;
    (void)err;
    (void)file;
    (void)line;
    if (level == MDSHM_LOG_NOTICE)
        snprintf(last_notice, sizeof(last_notice), "%s", msg);
}

/* It read "steps down from term 1: asked to". */
static void test_step_down_line(void **state)
{
    char dir[] = "/tmp/mdshm-unit-XXXXXX", path[64], want[256];
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/md", dir);
    o.create = true;
    o.log = keep_notice;
    o.log_level = MDSHM_LOG_NOTICE;
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), 0);
    assert_int_equal(mdshm__candidate_try(c), 1);
    mdshm__candidate_step_down(c);
    snprintf(want, sizeof(want), "store %s: pid %ld steps down from term 1: "
             "it was asked to (its drive stops, or it closes the store); "
             "another candidate can lead at once", path, (long)getpid());
    assert_string_equal(last_notice, want);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    snprintf(want, sizeof(want), "rm -rf '%s'", dir);
    assert_int_equal(system(want), 0);
}

/* ---- syslog ------------------------------------------------------------ */

/* In the child, under devlog: one line per level, and a library message
 * about a name with a newline. */
static int emit_syslog(void)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;

    openlog("mdshm-test", LOG_PID, LOG_LOCAL3);
    /* "%d" checks that the text is not taken for a format */
    for (int l = MDSHM_LOG_EMERG; l <= MDSHM_LOG_TRACE; l++)
        mdshm_log_syslog(NULL, (mdshm_log_level_t)l, 0, NULL, 0, "level %d");
    mdshm_set_default_log(mdshm_log_syslog, NULL, MDSHM_LOG_DEBUG);
    mdshm_store_open("/nonexistent/mdshm\nline two", &so, &st);
    return 0;
}

static void test_syslog(void **state)
{
    static const char *names[] = {"emerg", "alert", "crit",  "error", "warn",
                                  "notice", "info", "debug", "trace"};
    const char *helpers = getenv("MDSHM_HELPERS");
    char devlog[PATH_MAX], self[PATH_MAX], out[] = "/tmp/mdshm-syslog.XXXXXX";
    char buf[16384], want[256], *p, *end;
    int status, fd, i = 0;
    ssize_t n, len;
    pid_t pid;

    (void)state;
    if (!helpers) {
        fprintf(stderr, "# skip: MDSHM_HELPERS is not set (run make check)\n");
        skip();
    }
    snprintf(devlog, sizeof(devlog), "%s/devlog", helpers);
    len = readlink("/proc/self/exe", self, sizeof(self) - 1);
    assert_true(len > 0);
    self[len] = '\0';
    assert_true((fd = mkstemp(out)) >= 0);
    if ((pid = fork()) == 0) {
        execl(devlog, devlog, out, self, "--emit-syslog", (char *)NULL);
        _exit(127);
    }
    assert_true(pid > 0 && waitpid(pid, &status, 0) == pid);
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    unlink(out);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 77) {
        fprintf(stderr, "# skip: devlog cannot run (needs root and mount "
                        "namespaces)\n");
        skip();
    }
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_true(n > 0);
    buf[n] = '\0';
    /* datagrams, each followed by a NUL: none holds a newline */
    for (p = buf; p < buf + n; p = end + 1, i++) {
        end = p + strlen(p);
        assert_null(strchr(p, '\n'));
        if (i <= MDSHM_LOG_TRACE) {
            /* <PRI> is LOG_LOCAL3 (19 << 3) + the level, TRACE as DEBUG */
            snprintf(want, sizeof(want), "<%d>", (19 << 3) +
                     (i > MDSHM_LOG_DEBUG ? LOG_DEBUG : i));
            assert_memory_equal(p, want, strlen(want));
            snprintf(want, sizeof(want), "]: %s: level %%d", names[i]);
            assert_non_null(strstr(p, want));
            assert_non_null(strstr(p, " mdshm-test["));
        } else {
            assert_memory_equal(p, "<155>", 5); /* LOCAL3 + LOG_ERR */
            assert_non_null(strstr(p, "mdshm-test["));
            assert_non_null(strstr(p, "]: error: store /nonexistent/mdshm"
                                      "\\x0aline two does not exist"));
        }
    }
    assert_int_equal(i, MDSHM_LOG_TRACE + 2);
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape_controls),
        cmocka_unit_test(test_escape_utf8),
        cmocka_unit_test(test_escape_twice_and_cut),
        cmocka_unit_test(test_stderr_line),
        cmocka_unit_test(test_step_down_line),
        cmocka_unit_test(test_syslog),
    };

    if (argc > 1 && strcmp(argv[1], "--emit-syslog") == 0)
        return emit_syslog();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
