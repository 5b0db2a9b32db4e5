/* test_http01.c -- the http-01 lookup and the built-in responder, over a
 * real loopback socket: answers, bounds, and a flood of idle or dribbling
 * connections (from one address and from many: 127.0.0.0/8 is all local)
 * that must not keep a real request from its answer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include <errno.h>

#include "http01.h"
#include "unit_store.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static mdshm__http01_server_t *srv;

static int put_challenge(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    (void)baton;
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_CHALLENGE;
    rec.u.challenge.type.p = (const uint8_t *)"http-01";
    rec.u.challenge.type.n = 7;
    rec.u.challenge.token.p = (const uint8_t *)"Tok-en_123";
    rec.u.challenge.token.n = 10;
    rec.u.challenge.key_authz.p = (const uint8_t *)"Tok-en_123.thumbprint";
    rec.u.challenge.key_authz.n = 21;
    return mdshm__w_put(w, MDSHM_DB_CHALLENGES, "http-01/Tok-en_123", 18,
                       &rec);
}

static int setup_with(void **state, const mdshm__http01_limits_t *lim)
{
    struct ut_env *e;

    ut_setup(state);
    e = *state;
    assert_int_equal(mdshm__leader_write(e->c, put_challenge, NULL), 0);
    if (lim)
        assert_int_equal(mdshm__http01_server_start_lim(e->st, "127.0.0.1",
                                                        0, lim, &srv), 0);
    else
        assert_int_equal(mdshm__http01_server_start(e->st, "127.0.0.1", 0,
                                                   &srv), 0);
    return 0;
}

/* the public entry point: the limits of `mdshm drive --http01-listen` */
static int setup(void **state)
{
    return setup_with(state, NULL);
}

/* a table of 32, 4 idle per address (idle after 50 ms), deadlines long
 * enough to never fire */
static int setup_small(void **state)
{
    mdshm__http01_limits_t lim = {32, 4, 600000, 50};
    return setup_with(state, &lim);
}

/* a 1 s deadline */
static int setup_short(void **state)
{
    mdshm__http01_limits_t lim = {0, 0, 1000, 0};
    return setup_with(state, &lim);
}

static int teardown(void **state)
{
    mdshm__http01_server_stop(srv);
    srv = NULL;
    return ut_teardown(state);
}

static const char ok_req[] = "GET /.well-known/acme-challenge/Tok-en_123 "
                            "HTTP/1.1\r\nHost: a.test\r\n\r\n";

/* A connection to the responder from local address @src ("127.0.0.N"). */
static int connect_from(const char *src, unsigned port)
{
    struct sockaddr_in sin = {0}, from = {0};
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct timeval tv = {10, 0};

    assert_true(fd >= 0);
    from.sin_family = AF_INET;
    assert_int_equal(inet_pton(AF_INET, src, &from.sin_addr), 1);
    assert_int_equal(bind(fd, (struct sockaddr *)&from, sizeof(from)), 0);
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    assert_int_equal(connect(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
    return fd;
}

/* Send @req on @fd, return what came back until the server closed. */
static void exchange_on(int fd, const char *req, size_t len, char *resp,
                        size_t size)
{
    size_t got = 0;

    send(fd, req, len, MSG_NOSIGNAL);
    for (;;) {
        ssize_t r = recv(fd, resp + got, size - 1 - got, 0);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    resp[got] = 0;
    close(fd);
}

static void exchange(unsigned port, const char *req, size_t len, char *resp,
                     size_t size)
{
    exchange_on(connect_from("127.0.0.1", port), req, len, resp, size);
}

/* Whether the server closed @fd (end of file; nothing was answered),
 * waiting up to @ms for it.  A connection still open reports false. */
static bool closed_within(int fd, int ms)
{
    struct pollfd p = {fd, POLLIN, 0};
    char b[64];

    ssize_t r;

    if (poll(&p, 1, ms) != 1)
        return false;
    r = recv(fd, b, sizeof(b), MSG_DONTWAIT);
    return r == 0 || (r < 0 && errno != EAGAIN);
}

static void test_lookup(void **state)
{
    struct ut_env *e = *state;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t ka;

    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_challenge_http01(rd, "Tok-en_123", 10, &ka), 0);
    assert_int_equal(ka.n, 21);
    assert_memory_equal(ka.p, "Tok-en_123.thumbprint", 21);
    assert_int_equal(mdshm_challenge_http01(rd, "other", 5, &ka),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_challenge_http01(rd, "../etc", 6, &ka),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_challenge_http01(rd, "a/b", 3, &ka),
                     MDSHM_EBADINPUT);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
}

static void test_responder(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    char resp[8192], *big;
    const char ok[] = "GET /.well-known/acme-challenge/Tok-en_123 HTTP/1.1\r\n"
                      "Host: a.test\r\n\r\n";
    const char nf[] = "GET /.well-known/acme-challenge/nope HTTP/1.1\r\n\r\n";
    const char other[] = "GET /index.html HTTP/1.0\r\n\r\n";
    const char post[] = "POST /.well-known/acme-challenge/Tok-en_123 "
                        "HTTP/1.1\r\n\r\n";

    (void)state;
    assert_true(port > 0);
    exchange(port, ok, sizeof(ok) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
    assert_non_null(strstr(resp, "Content-Length: 21\r\n"));
    assert_non_null(strstr(resp, "\r\n\r\nTok-en_123.thumbprint"));
    exchange(port, nf, sizeof(nf) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "404 Not Found"));
    exchange(port, other, sizeof(other) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "404 Not Found"));
    exchange(port, post, sizeof(post) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "404 Not Found"));
    /* an oversized request is dropped without an answer */
    big = malloc(20000);
    memset(big, 'a', 20000);
    exchange(port, big, 20000, resp, sizeof(resp));
    assert_string_equal(resp, "");
    free(big);
    /* and the responder still serves */
    exchange(port, ok, sizeof(ok) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "200 OK"));
}

#define FLOOD 200

/* The review's attack, ten times over: one client holds 200 idle
 * connections and a few that dribble a request that never ends.  A real
 * request from the same address (as pebble's, from 127.0.0.1) is still
 * answered, and so is the next one. */
static void test_flood_one_address(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    static int flood[FLOOD];
    char resp[1024];

    (void)state;
    for (int i = 0; i < FLOOD; i++) {
        flood[i] = connect_from("127.0.0.1", port);
        if (i % 40 == 0)
            send(flood[i], "GET /", 5, MSG_NOSIGNAL); /* a dribbler */
    }
    for (int round = 0; round < 2; round++) {
        exchange(port, ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
        assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
        assert_non_null(strstr(resp, "\r\n\r\nTok-en_123.thumbprint"));
    }
    for (int i = 0; i < FLOOD; i++)
        close(flood[i]);
}

/* A CA validating many names at once opens many connections from one
 * address at once: young connections do not count against the
 * per-address limit, and all 30 are answered. */
static void test_burst_one_address(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    int fds[30];
    char resp[1024];

    (void)state;
    for (int i = 0; i < 30; i++)
        fds[i] = connect_from("127.0.0.1", port);
    for (int i = 0; i < 30; i++) {
        exchange_on(fds[i], ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
        assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
    }
}

/* A table of 32 filled from 10 addresses (4 each, within the per-address
 * limit): each newcomer drops the oldest connection; the rest stay. */
static void test_full_table_drops_oldest(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    int fds[40];
    char src[32], resp[1024];

    (void)state;
    for (int i = 0; i < 40; i++) {
        snprintf(src, sizeof(src), "127.0.0.%d", 2 + i / 4);
        fds[i] = connect_from(src, port);
    }
    /* the 33rd..40th dropped the 1st..8th: once the 8th is closed, all
     * 40 were accepted, and the 32 newest are still open */
    for (int i = 0; i < 8; i++)
        assert_true(closed_within(fds[i], 30000));
    for (int i = 8; i < 40; i++)
        assert_false(closed_within(fds[i], 0));
    /* a newcomer from another address gets in (the 9th makes room) */
    exchange(port, ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
    assert_true(closed_within(fds[8], 30000));
    for (int i = 9; i < 40; i++) {
        assert_false(closed_within(fds[i], 0));
        close(fds[i]);
    }
    for (int i = 0; i < 9; i++)
        close(fds[i]);
}

/* Four idle connections per address: a fifth from 127.0.0.2 drops
 * 127.0.0.2's oldest, and nothing of 127.0.0.3; the newcomer is answered. */
static void test_per_address_limit(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    int two[4], three[4], fifth;
    struct timespec idle = {0, 100 * 1000 * 1000};
    char resp[1024];

    (void)state;
    for (int i = 0; i < 4; i++) {
        two[i] = connect_from("127.0.0.2", port);
        three[i] = connect_from("127.0.0.3", port);
    }
    /* an answer to a later connection: the server accepted the 8 (it
     * accepts in order); 100 ms on, all 8 are idle (50 ms) */
    exchange(port, ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
    nanosleep(&idle, NULL);
    fifth = connect_from("127.0.0.2", port);
    assert_true(closed_within(two[0], 30000));
    for (int i = 0; i < 4; i++) {
        if (i > 0)
            assert_false(closed_within(two[i], 0));
        assert_false(closed_within(three[i], 0));
    }
    exchange_on(fifth, ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "HTTP/1.1 200 OK\r\n"));
    for (int i = 0; i < 4; i++) {
        close(two[i]);
        close(three[i]);
    }
}

/* The deadline is for the whole request: a client that sends a byte every
 * 100 ms (never idle for long) is closed, unanswered, about 1 s after it
 * connected; a per-read timeout would let it go on for ever. */
static void test_total_deadline(void **state)
{
    unsigned port = mdshm__http01_server_port(srv);
    int fd = connect_from("127.0.0.1", port);
    const char *req = "GET /.well-known/acme-challenge/Tok-en_123 HTTP/1.1"
                      "\r\nX-Slow: ";
    bool closed = false;
    char resp[1024];

    (void)state;
    /* at most 300 bytes (30 s): far past the deadline */
    for (int i = 0; i < 300 && !closed; i++) {
        char b = i < (int)strlen(req) ? req[i] : 'a';
        /* a failed send: the server closed, and our bytes made it reset */
        closed = send(fd, &b, 1, MSG_NOSIGNAL) != 1 || closed_within(fd, 100);
    }
    assert_true(closed);
    close(fd);
    /* and the responder still answers */
    exchange(port, ok_req, sizeof(ok_req) - 1, resp, sizeof(resp));
    assert_non_null(strstr(resp, "200 OK"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lookup, setup, teardown),
        cmocka_unit_test_setup_teardown(test_responder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_flood_one_address, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_burst_one_address, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_full_table_drops_oldest,
                                        setup_small, teardown),
        cmocka_unit_test_setup_teardown(test_per_address_limit, setup_small,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_total_deadline, setup_short,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
