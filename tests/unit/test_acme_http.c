/* test_acme_http.c -- the pure parts of core/http.c: Retry-After (both
 * forms), Link headers (RFC 8288), URL resolution; a CA file that is not
 * a regular file; the connections it keeps are close-on-exec; the body
 * buffer's limit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "http.h"
#include "torture.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOW 1700000000000LL /* 2023-11-14T22:13:20Z */
#define DAY_MS 86400000LL

static void test_retry_after_delta(void **state)
{
    int64_t at = -1;
    (void)state;

    assert_int_equal(mdshm__http_retry_after("120", NOW, &at), 0);
    assert_int_equal(at, NOW + 120000);
    assert_int_equal(mdshm__http_retry_after("  0 \t", NOW, &at), 0);
    assert_int_equal(at, NOW);
    /* absurd values are clamped to 30 days, never overflow */
    assert_int_equal(mdshm__http_retry_after("99999999999999999999999999",
                                             NOW, &at),
                     0);
    assert_int_equal(at, NOW + 30 * DAY_MS);
    assert_int_equal(mdshm__http_retry_after("2592001", NOW, &at), 0);
    assert_int_equal(at, NOW + 30 * DAY_MS);
}

static void test_retry_after_date(void **state)
{
    int64_t at = -1;
    /* 2015-10-21T07:28:00Z, the RFC 9110 example */
    const int64_t when = 1445412480000LL;
    (void)state;

    assert_int_equal(mdshm__http_retry_after("Wed, 21 Oct 2015 07:28:00 GMT",
                                             when - 5000, &at),
                     0);
    assert_int_equal(at, when);
    /* the two obsolete forms HTTP/1.1 recipients must accept */
    assert_int_equal(mdshm__http_retry_after(
                         "Wednesday, 21-Oct-15 07:28:00 GMT", when - 5000,
                         &at),
                     0);
    assert_int_equal(at, when);
    assert_int_equal(mdshm__http_retry_after("Wed Oct 21 07:28:00 2015",
                                             when - 5000, &at),
                     0);
    assert_int_equal(at, when);
    /* a date in the past means now */
    assert_int_equal(mdshm__http_retry_after("Wed, 21 Oct 2015 07:28:00 GMT",
                                             NOW, &at),
                     0);
    assert_int_equal(at, NOW);
    /* far future: clamped */
    assert_int_equal(mdshm__http_retry_after("Fri, 01 Jan 2100 00:00:00 GMT",
                                             NOW, &at),
                     0);
    assert_int_equal(at, NOW + 30 * DAY_MS);
}

static void test_retry_after_garbage(void **state)
{
    static const char *bad[] = {"", "   ", "abc", "-5", "12abc", "1.5",
                                "soon please", "Wed, 99 Foo 2015 99:99:99 GMT",
                                "0x10"};
    char big[300];
    int64_t at = 7;
    (void)state;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(mdshm__http_retry_after(bad[i], NOW, &at),
                         MDSHM_EBADINPUT);
        assert_int_equal(at, 0);
    }
    memset(big, '1', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    assert_int_equal(mdshm__http_retry_after(big, NOW, &at), MDSHM_EBADINPUT);
}

static void test_links(void **state)
{
    mdshm__http_resp_t r = {0};
    (void)state;

    assert_int_equal(
        mdshm__http_links_parse(&r,
                                "<https://ca.example/acme/issuer>;rel=\"up\", "
                                "<https://ca.example/acme/cert/1/1>; "
                                "rel=\"alternate\",<../../dir>;rel=index",
                                "https://ca.example/acme/cert/1"),
        0);
    assert_int_equal(mdshm__http_links_parse(
                         &r,
                         "<https://ca.example/acme/cert/1/2>; "
                         "title=\"a, b; c\"; REL=alternate",
                         "https://ca.example/acme/cert/1"),
                     0);
    assert_int_equal(r.n_links, 4);
    assert_string_equal(mdshm__http_link(&r, "up", 0),
                        "https://ca.example/acme/issuer");
    assert_string_equal(mdshm__http_link(&r, "alternate", 0),
                        "https://ca.example/acme/cert/1/1");
    assert_string_equal(mdshm__http_link(&r, "alternate", 1),
                        "https://ca.example/acme/cert/1/2");
    assert_null(mdshm__http_link(&r, "alternate", 2));
    /* a relative reference is resolved against the request URL */
    assert_string_equal(mdshm__http_link(&r, "index", 0),
                        "https://ca.example/dir");
    assert_null(mdshm__http_link(&r, "next", 0));
    mdshm__http_resp_clear(&r);

    /* several relation types in one rel; the first rel counts */
    assert_int_equal(mdshm__http_links_parse(
                         &r, "<https://x.example/a>; rel=\"up  alternate\"; "
                             "rel=index",
                         NULL),
                     0);
    assert_string_equal(mdshm__http_link(&r, "up", 0), "https://x.example/a");
    assert_string_equal(mdshm__http_link(&r, "ALTERNATE", 0),
                        "https://x.example/a");
    assert_null(mdshm__http_link(&r, "index", 0));
    assert_null(mdshm__http_link(&r, "upalternate", 0));
    mdshm__http_resp_clear(&r);

    /* a link without rel is ignored; empty elements are allowed */
    assert_int_equal(mdshm__http_links_parse(&r, " , <https://x/b>;title=t ,,",
                                             NULL),
                     0);
    assert_int_equal(r.n_links, 0);
}

/* Each allocation of a Link parse failing in turn (libcurl's URL parser's
 * included): -ENOMEM, never success with a link left out.  (Absolute
 * references: libcurl 7.88 reports a relative one it had no memory to
 * resolve as malformed, and a malformed link is skipped.) */
static void test_links_out_of_memory(void **state)
{
    (void)state;
    for (long n = 1;; n++) {
        mdshm__http_resp_t r = {0};
        int rv;

        torture_fail_nth(n);
        rv = mdshm__http_links_parse(&r,
                                     "<https://ca.example/acme/issuer>;rel=up,"
                                     "<https://ca.example/dir>;rel=index",
                                     "https://ca.example/acme/cert/1");
        if (torture_fail_nth(0) < n) {
            assert_int_equal(rv, 0); /* no allocation failed: done */
            assert_int_equal(r.n_links, 2);
            mdshm__http_resp_clear(&r);
            break;
        }
        if (rv != -ENOMEM)
            fail_msg("allocation %ld failed: rv %d, %zu links", n, rv,
                     r.n_links);
        mdshm__http_resp_clear(&r);
    }
}

static void test_links_malformed(void **state)
{
    static const char *bad[] = {"https://x/a; rel=up",     "<https://x/a",
                                "<https://x/a> rel=up",     "<https://x/a>;",
                                "<https://x/a>; rel=\"up", "<x>; =up"};
    mdshm__http_resp_t r = {0};
    char many[4096] = "";
    (void)state;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(mdshm__http_links_parse(&r, bad[i], NULL),
                         MDSHM_EBADINPUT);
        assert_int_equal(r.n_links, 0);
    }
    /* the links before a bad element are kept */
    assert_int_equal(mdshm__http_links_parse(&r,
                                             "<https://x/ok>;rel=up, garbage",
                                             NULL),
                     MDSHM_EBADINPUT);
    assert_int_equal(r.n_links, 1);
    mdshm__http_resp_clear(&r);
    /* at most MDSHM__HTTP_MAX_LINKS are kept */
    for (int i = 0; i < 40; i++) {
        char one[64];
        snprintf(one, sizeof(one), "<https://x/%d>;rel=alternate,", i);
        strcat(many, one);
    }
    assert_int_equal(mdshm__http_links_parse(&r, many, NULL), 0);
    assert_int_equal(r.n_links, MDSHM__HTTP_MAX_LINKS);
    assert_string_equal(mdshm__http_link(&r, "alternate", 15), "https://x/15");
    mdshm__http_resp_clear(&r);
}

static void test_resolve(void **state)
{
    char *u = NULL;
    (void)state;

    assert_int_equal(mdshm__http_resolve("https://ca.example/a/b", "/c", &u),
                     0);
    assert_string_equal(u, "https://ca.example/c");
    free(u);
    assert_int_equal(mdshm__http_resolve("https://ca.example/a/b", "c?x=1",
                                         &u),
                     0);
    assert_string_equal(u, "https://ca.example/a/c?x=1");
    free(u);
    assert_int_equal(mdshm__http_resolve("https://ca.example/a/b",
                                         "https://other.example/z", &u),
                     0);
    assert_string_equal(u, "https://other.example/z");
    free(u);
}

/* libcurl would block opening a FIFO as MDCACertificateFile: refused at
 * creation, a regular file accepted. */
static void test_ca_file_not_regular(void **state)
{
    char dir[] = "/tmp/mdshm-http.XXXXXX", fifo[64], reg[64];
    mdshm__http_opts_t o = {0};
    mdshm__http_t *h = NULL;
    FILE *f;
    (void)state;

    assert_non_null(mkdtemp(dir));
    snprintf(fifo, sizeof(fifo), "%s/ca.fifo", dir);
    snprintf(reg, sizeof(reg), "%s/ca.pem", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_non_null(f = fopen(reg, "w"));
    fclose(f);
    o.ca_file = fifo;
    assert_int_equal(mdshm__http_create(&o, &h), MDSHM_EBADINPUT);
    assert_null(h);
    o.ca_file = dir;
    assert_int_equal(mdshm__http_create(&o, &h), MDSHM_EBADINPUT);
    o.ca_file = reg;
    assert_int_equal(mdshm__http_create(&o, &h), 0);
    mdshm__http_destroy(h);
    unlink(fifo);
    unlink(reg);
    rmdir(dir);
}

/* A server in a child process that answers one keep-alive request and
 * holds the connection open until killed. */
static pid_t keepalive_server(unsigned *port)
{
    struct sockaddr_in a = {0};
    socklen_t alen = sizeof(a);
    int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    pid_t pid;

    assert_true(ls >= 0);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(ls, (struct sockaddr *)&a, sizeof(a)), 0);
    assert_int_equal(listen(ls, 4), 0);
    assert_int_equal(getsockname(ls, (struct sockaddr *)&a, &alen), 0);
    *port = ntohs(a.sin_port);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        static const char answer[] = "HTTP/1.1 200 OK\r\n"
                                     "Content-Length: 2\r\n\r\nok";
        char buf[4096];
        int c = accept(ls, NULL, NULL);
        if (c >= 0 && read(c, buf, sizeof(buf)) > 0 &&
            write(c, answer, sizeof(answer) - 1) > 0)
            pause();
        _exit(0);
    }
    close(ls);
    return pid;
}

/* The CA connection libcurl keeps open between requests must not reach a
 * hook the process starts (libcurl 7.88 opens it without close-on-exec):
 * every TCP socket of this process is close-on-exec after a request. */
static void test_sockets_close_on_exec(void **state)
{
    mdshm__http_opts_t o = {0};
    mdshm__http_resp_t resp;
    mdshm__http_t *h = NULL;
    unsigned port = 0, tcp = 0, inheritable = 0;
    char url[64];
    pid_t pid;
    DIR *d;
    struct dirent *e;
    (void)state;

    pid = keepalive_server(&port);
    snprintf(url, sizeof(url), "http://127.0.0.1:%u/", port);
    assert_int_equal(mdshm__http_create(&o, &h), 0);
    memset(&resp, 0, sizeof(resp));
    assert_int_equal(mdshm__http_request(h, "GET", url, NULL, NULL, NULL, 0,
                                         &resp), 0);
    assert_int_equal(resp.status, 200);
    assert_non_null(d = opendir("/proc/self/fd"));
    while ((e = readdir(d))) {
        struct sockaddr_storage ss;
        socklen_t sl = sizeof(ss);
        int fd = atoi(e->d_name);

        if (e->d_name[0] == '.' || fd == dirfd(d) ||
            getsockname(fd, (struct sockaddr *)&ss, &sl) < 0 ||
            ss.ss_family != AF_INET)
            continue;
        tcp++;
        if (!(fcntl(fd, F_GETFD) & FD_CLOEXEC))
            inheritable++;
    }
    closedir(d);
    mdshm__http_resp_clear(&resp);
    mdshm__http_destroy(h);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    assert_true(tcp >= 1); /* the kept connection was looked at */
    assert_int_equal(inheritable, 0);
}

/* The growable body buffer both HTTP clients (ACME/OCSP/CRL and etcd)
 * collect answers in: NUL-terminated, grows by doubling, refuses a chunk
 * that would pass the limit without losing what it had. */
static void test_body_buffer_limit(void **state)
{
    char *p = NULL;
    size_t len = 0, cap = 0;

    (void)state;
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "abc", 3), 0);
    assert_int_equal(len, 3);
    assert_int_equal(cap, 4);
    assert_string_equal(p, "abc");
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "defgh", 5), 0);
    assert_string_equal(p, "abcdefgh");
    assert_int_equal(cap, 11);           /* doubled to 16, capped at max+1 */
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "ijk", 3),
                     MDSHM_ETOOBIG);
    assert_int_equal(len, 8);
    assert_string_equal(p, "abcdefgh");
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "ij", 2), 0);
    assert_int_equal(len, 10);
    assert_int_equal(cap, 11);
    assert_string_equal(p, "abcdefghij");
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "", 0), 0);
    assert_int_equal(mdshm__buf_append(&p, &len, &cap, 4, 10, "k", 1),
                     MDSHM_ETOOBIG);
    free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_retry_after_delta),
        cmocka_unit_test(test_retry_after_date),
        cmocka_unit_test(test_retry_after_garbage),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_links_out_of_memory),
        cmocka_unit_test(test_links_malformed),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_ca_file_not_regular),
        cmocka_unit_test(test_sockets_close_on_exec),
        cmocka_unit_test(test_body_buffer_limit),
    };
    mdshm_set_default_log_level(MDSHM_LOG_CRIT);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
