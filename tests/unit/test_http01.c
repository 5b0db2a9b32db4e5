/* test_http01.c -- the http-01 lookup and the built-in responder, over a
 * real loopback socket. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "unit_store.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static mdshm_http01_server_t *srv;

static int put_challenge(mdshm_wtxn_t *w, void *baton)
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
    return mdshm_w_put(w, MDSHM_DB_CHALLENGES, "http-01/Tok-en_123", 18,
                       &rec);
}

static int setup(void **state)
{
    struct ut_env *e;

    ut_setup(state);
    e = *state;
    assert_int_equal(mdshm_leader_write(e->c, put_challenge, NULL), 0);
    assert_int_equal(mdshm_http01_server_start(e->st, "127.0.0.1", 0, &srv),
                     0);
    return 0;
}

static int teardown(void **state)
{
    mdshm_http01_server_stop(srv);
    srv = NULL;
    return ut_teardown(state);
}

/* Send @req, return what came back until the server closed. */
static void exchange(unsigned port, const char *req, size_t len, char *resp,
                     size_t size)
{
    struct sockaddr_in sin = {0};
    size_t got = 0;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct timeval tv = {10, 0};

    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    assert_int_equal(connect(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
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
    unsigned port = mdshm_http01_server_port(srv);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lookup, setup, teardown),
        cmocka_unit_test_setup_teardown(test_responder, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
