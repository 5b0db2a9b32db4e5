/* test_etcd.c -- the etcd client's parts that need no server: base64, the
 * gateway's int64 strings and omitted fields, txn requests, answers, error
 * mapping, watch messages and line splitting (test_etcd.py has the rest). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cluster_elect.h"

static void test_b64(void **state)
{
    const char *bin = "\x00\xff/+key";
    uint8_t *out;
    size_t n;
    char *s;

    (void)state;
    assert_int_equal(mdshm__etcd_b64_encode(bin, 7, &s), 0);
    assert_string_equal(s, "AP8vK2tleQ=="); /* standard alphabet, padded */
    assert_int_equal(mdshm__etcd_b64_decode(s, strlen(s), &out, &n), 0);
    assert_int_equal(n, 7);
    assert_memory_equal(out, bin, 7);
    assert_int_equal(out[7], 0);
    free(out);
    free(s);
    assert_int_equal(mdshm__etcd_b64_encode("", 0, &s), 0);
    assert_string_equal(s, "");
    free(s);
    assert_int_equal(mdshm__etcd_b64_decode("", 0, &out, &n), 0);
    assert_int_equal(n, 0);
    free(out);
    /* base64url characters, bad lengths: refused */
    assert_int_equal(mdshm__etcd_b64_decode("AP8-", 4, &out, &n),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__etcd_b64_decode("AP8", 3, &out, &n),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__etcd_b64_decode("A===", 4, &out, &n),
                     MDSHM_EBADINPUT);
}

static void test_int64_strings(void **state)
{
    json_t *j = json_loads("{\"rev\":\"9223372036854775807\",\"n\":12,"
                           "\"id\":\"18446744073709551615\",\"neg\":\"-5\","
                           "\"bad\":\"12x\",\"big\":\"9223372036854775808\","
                           "\"f\":1.5}", 0, NULL);
    int64_t v;
    uint64_t u;

    (void)state;
    assert_non_null(j);
    assert_int_equal(mdshm__etcd_json_i64(j, "rev", &v), 0);
    assert_true(v == INT64_MAX);
    assert_int_equal(mdshm__etcd_json_i64(j, "n", &v), 0);
    assert_int_equal(v, 12);
    assert_int_equal(mdshm__etcd_json_i64(j, "neg", &v), 0);
    assert_int_equal(v, -5);
    /* absent: the default, 0 */
    assert_int_equal(mdshm__etcd_json_i64(j, "missing", &v), 0);
    assert_int_equal(v, 0);
    /* lease ids above 2^53 stay exact */
    assert_int_equal(mdshm__etcd_json_u64(j, "id", &u), 0);
    assert_true(u == UINT64_MAX);
    assert_int_equal(mdshm__etcd_json_i64(j, "bad", &v), -EPROTO);
    assert_int_equal(mdshm__etcd_json_i64(j, "big", &v), -EPROTO);
    assert_int_equal(mdshm__etcd_json_i64(j, "f", &v), -EPROTO);
    assert_int_equal(mdshm__etcd_json_u64(j, "neg", &u), -EPROTO);
    json_decref(j);
}

static void test_range_answer(void **state)
{
    const char *body =
        "{\"header\":{\"revision\":\"42\"},\"kvs\":[{\"key\":\"L2Evaw==\","
        "\"create_revision\":\"3\",\"mod_revision\":\"40\",\"version\":\"2\","
        "\"value\":\"dg==\",\"lease\":\"7587869193485434380\"},"
        "{\"key\":\"L2Evbg==\",\"create_revision\":\"5\",\"mod_revision\":"
        "\"5\",\"version\":\"1\"}],\"more\":true,\"count\":\"9\"}";
    mdshm__etcd_range_resp_t r;

    (void)state;
    assert_int_equal(mdshm__etcd_range_parse(body, strlen(body), &r), 0);
    assert_int_equal(r.revision, 42);
    assert_int_equal(r.count, 9);
    assert_true(r.more);
    assert_int_equal(r.n, 2);
    assert_string_equal((char *)r.kvs[0].key, "/a/k");
    assert_string_equal((char *)r.kvs[0].value, "v");
    assert_true(r.kvs[0].lease == 7587869193485434380ull);
    assert_int_equal(r.kvs[0].mod_revision, 40);
    /* an empty value is omitted: empty, still NUL-terminated */
    assert_int_equal(r.kvs[1].value_len, 0);
    assert_string_equal((char *)r.kvs[1].value, "");
    assert_int_equal(r.kvs[1].lease, 0);
    mdshm__etcd_range_resp_clear(&r);

    /* nothing found: no kvs, no count, no more */
    body = "{\"header\":{\"revision\":\"7\"}}";
    assert_int_equal(mdshm__etcd_range_parse(body, strlen(body), &r), 0);
    assert_int_equal(r.n, 0);
    assert_int_equal(r.count, 0);
    assert_false(r.more);
    mdshm__etcd_range_resp_clear(&r);

    body = "{\"kvs\":[{\"key\":\"not base64!\"}]}";
    assert_int_equal(mdshm__etcd_range_parse(body, strlen(body), &r),
                     -EPROTO);
    assert_int_equal(mdshm__etcd_range_parse("[1]", 3, &r), -EPROTO);
}

static void test_txn_request(void **state)
{
    mdshm__etcd_cmp_t cmp[2] = {
        {.target = MDSHM__ETCD_CMP_CREATE, .result = MDSHM__ETCD_EQUAL,
         .key = "/p/leader", .key_len = 9, .number = 0},
        {.target = MDSHM__ETCD_CMP_LEASE, .result = MDSHM__ETCD_EQUAL,
         .key = "/p/leader", .key_len = 9, .lease = 18446744073709551615ull},
    };
    mdshm__etcd_op_t put = {.type = MDSHM__ETCD_OP_PUT, .key = "/p/leader",
                            .key_len = 9, .value = "h1", .value_len = 2,
                            .lease = 7587869193485434380ull};
    mdshm__etcd_op_t get = {.type = MDSHM__ETCD_OP_RANGE, .key = "/p/leader",
                            .key_len = 9};
    mdshm__etcd_txn_t t = {cmp, 2, &put, 1, &get, 1};
    json_t *j, *c0, *c1, *p;
    char *s;

    (void)state;
    assert_int_equal(mdshm__etcd_txn_json(&t, &s), 0);
    j = json_loads(s, 0, NULL);
    assert_non_null(j);
    c0 = json_array_get(json_object_get(j, "compare"), 0);
    c1 = json_array_get(json_object_get(j, "compare"), 1);
    assert_string_equal(json_string_value(json_object_get(c0, "target")),
                        "CREATE");
    assert_string_equal(json_string_value(json_object_get(c0, "result")),
                        "EQUAL");
    assert_string_equal(json_string_value(json_object_get(c0, "key")),
                        "L3AvbGVhZGVy");
    /* int64s as strings, so no double ever rounds a lease id */
    assert_string_equal(
        json_string_value(json_object_get(c0, "create_revision")), "0");
    assert_string_equal(json_string_value(json_object_get(c1, "target")),
                        "LEASE");
    assert_string_equal(json_string_value(json_object_get(c1, "lease")),
                        "18446744073709551615");
    p = json_object_get(json_array_get(json_object_get(j, "success"), 0),
                        "request_put");
    assert_string_equal(json_string_value(json_object_get(p, "value")),
                        "aDE=");
    assert_string_equal(json_string_value(json_object_get(p, "lease")),
                        "7587869193485434380");
    assert_non_null(json_object_get(
        json_array_get(json_object_get(j, "failure"), 0), "request_range"));
    json_decref(j);
    free(s);
}

static void test_txn_limits(void **state)
{
    mdshm__etcd_op_t *ops = calloc(MDSHM__ETCD_MAX_TXN_OPS + 1, sizeof(*ops));
    static char big[MDSHM__ETCD_MAX_REQUEST_BYTES];
    mdshm__etcd_txn_t t = {0};
    char *s;

    (void)state;
    assert_non_null(ops);
    for (size_t i = 0; i <= MDSHM__ETCD_MAX_TXN_OPS; i++)
        ops[i] = (mdshm__etcd_op_t){.type = MDSHM__ETCD_OP_DELETE,
                                    .key = "k", .key_len = 1};
    t.success = ops;
    t.n_success = MDSHM__ETCD_MAX_TXN_OPS;
    assert_int_equal(mdshm__etcd_txn_json(&t, &s), 0);
    free(s);
    t.n_success++;
    assert_int_equal(mdshm__etcd_txn_json(&t, &s), MDSHM_ETOOBIG);
    /* 1.5 MiB per request */
    ops[0] = (mdshm__etcd_op_t){.type = MDSHM__ETCD_OP_PUT, .key = "k",
                                .key_len = 1, .value = big,
                                .value_len = sizeof(big)};
    t.n_success = 1;
    assert_int_equal(mdshm__etcd_txn_json(&t, &s), MDSHM_ETOOBIG);
    /* an empty key is a caller's bug */
    ops[0].key_len = 0;
    ops[0].value_len = 0;
    assert_int_equal(mdshm__etcd_txn_json(&t, &s), -EINVAL);
    free(ops);
}

static void test_txn_answer(void **state)
{
    const char *won =
        "{\"header\":{\"revision\":\"12\"},\"succeeded\":true,\"responses\":"
        "[{\"response_put\":{\"header\":{\"revision\":\"12\"}}}]}";
    /* lost: no "succeeded" at all; the failure branch shows the holder */
    const char *lost =
        "{\"header\":{\"revision\":\"15\"},\"responses\":[{\"response_range\":"
        "{\"header\":{\"revision\":\"15\"},\"kvs\":[{\"key\":\"L3AvbGVhZGVy\","
        "\"create_revision\":\"12\",\"mod_revision\":\"12\",\"version\":\"1\","
        "\"value\":\"aDE=\",\"lease\":\"7587869193485434380\"}],"
        "\"count\":\"1\"}}]}";
    mdshm__etcd_txn_resp_t r;

    (void)state;
    assert_int_equal(mdshm__etcd_txn_parse(won, strlen(won), &r), 0);
    assert_true(r.succeeded);
    assert_int_equal(r.revision, 12);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.ranges[0].n, 0);
    mdshm__etcd_txn_resp_clear(&r);
    assert_int_equal(mdshm__etcd_txn_parse(lost, strlen(lost), &r), 0);
    assert_false(r.succeeded);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.ranges[0].n, 1);
    assert_int_equal(r.ranges[0].kvs[0].create_revision, 12);
    assert_string_equal((char *)r.ranges[0].kvs[0].value, "h1");
    mdshm__etcd_txn_resp_clear(&r);
}

static void test_error_mapping(void **state)
{
    static const struct {
        long status;
        const char *body;
        int want;
    } cases[] = {
        {400, "{\"error\":\"etcdserver: mvcc: required revision has been "
              "compacted\",\"code\":11}", MDSHM__ETCD_ECOMPACTED},
        {401, "{\"error\":\"etcdserver: invalid auth token\",\"code\":16}",
         MDSHM__ETCD_EAUTH},
        {403, "{\"error\":\"etcdserver: permission denied\",\"code\":7}",
         MDSHM__ETCD_EAUTH},
        {404, "{\"error\":\"etcdserver: requested lease not found\","
              "\"code\":5}", MDSHM_ENOTFOUND},
        /* etcd gave up waiting: the outcome is unknown */
        {503, "{\"error\":\"etcdserver: request timed out\",\"code\":14}",
         MDSHM__ETCD_ETIMEDOUT},
        {500, "{\"error\":\"context deadline exceeded\",\"code\":4}",
         MDSHM__ETCD_ETIMEDOUT},
        {400, "{\"error\":\"etcdserver: too many operations in txn "
              "request\",\"code\":3}", MDSHM_ETOOBIG},
    };
    char msg[64];
    const char *b;

    (void)state;
    b = "{\"error\":\"etcdserver: no leader\",\"code\":14,"
        "\"message\":\"etcdserver: no leader\"}";
    assert_int_equal(mdshm__etcd_error_parse(503, b, strlen(b), msg,
                                             sizeof(msg)),
                     MDSHM__ETCD_ENOLEADER);
    assert_string_equal(msg, "etcdserver: no leader");
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        b = cases[i].body;
        assert_int_equal(mdshm__etcd_error_parse(cases[i].status, b,
                                                 strlen(b), NULL, 0),
                         cases[i].want);
    }
    assert_int_equal(mdshm__etcd_error_parse(502, "<html>", 6, msg,
                                             sizeof(msg)),
                     -EPROTO);
    assert_string_equal(msg, "(no message)");
    assert_string_equal(mdshm__etcd_err_name(MDSHM__ETCD_ENOLEADER),
                        "no-leader");
    assert_non_null(strstr(mdshm__etcd_strerror(MDSHM__ETCD_ETIMEDOUT),
                           "unknown"));
}

static void test_watch_messages(void **state)
{
    mdshm__etcd_watch_msg_t m;
    const char *l;

    (void)state;
    l = "{\"result\":{\"header\":{\"revision\":\"8\"},\"created\":true}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_CREATED);
    assert_int_equal(m.revision, 8);
    mdshm__etcd_watch_msg_clear(&m);

    /* a PUT has no type; a DELETE has; prev_kv when asked */
    l = "{\"result\":{\"header\":{\"revision\":\"11\"},\"events\":["
        "{\"kv\":{\"key\":\"L3cvMQ==\",\"create_revision\":\"9\","
        "\"mod_revision\":\"10\",\"version\":\"2\",\"value\":\"Yg==\"},"
        "\"prev_kv\":{\"key\":\"L3cvMQ==\",\"value\":\"YQ==\"}},"
        "{\"type\":\"DELETE\",\"kv\":{\"key\":\"L3cvMQ==\","
        "\"mod_revision\":\"11\"}}]}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_EVENTS);
    assert_int_equal(m.n_events, 2);
    assert_int_equal(m.events[0].type, MDSHM__ETCD_EV_PUT);
    assert_string_equal((char *)m.events[0].kv.value, "b");
    assert_true(m.events[0].has_prev);
    assert_string_equal((char *)m.events[0].prev_kv.value, "a");
    assert_int_equal(m.events[1].type, MDSHM__ETCD_EV_DELETE);
    assert_int_equal(m.events[1].kv.mod_revision, 11);
    assert_false(m.events[1].has_prev);
    mdshm__etcd_watch_msg_clear(&m);

    /* a progress notification: a result without events */
    l = "{\"result\":{\"header\":{\"revision\":\"30\"},\"watch_id\":\"-1\"}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_PROGRESS);
    assert_int_equal(m.revision, 30);
    mdshm__etcd_watch_msg_clear(&m);

    /* compaction: canceled with the oldest revision kept */
    l = "{\"result\":{\"header\":{},\"canceled\":true,"
        "\"compact_revision\":\"5\"}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_CANCELED);
    assert_int_equal(m.compact_revision, 5);
    assert_int_equal(m.err, MDSHM__ETCD_ECOMPACTED);
    mdshm__etcd_watch_msg_clear(&m);

    /* a create refused for a dead token or outside the user's keys:
     * "created" and "canceled" at once, the gRPC status as text */
    l = "{\"result\":{\"header\":{\"revision\":\"1\"},\"watch_id\":\"-1\","
        "\"created\":true,\"canceled\":true,\"cancel_reason\":\"rpc error: "
        "code = Unauthenticated desc = etcdserver: invalid auth token\"}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_CANCELED);
    assert_int_equal(m.err, MDSHM__ETCD_EAUTH);
    assert_non_null(strstr(m.reason, "invalid auth token"));
    mdshm__etcd_watch_msg_clear(&m);
    l = "{\"result\":{\"header\":{\"revision\":\"1\"},\"watch_id\":\"-1\","
        "\"created\":true,\"canceled\":true,\"cancel_reason\":\"rpc error: "
        "code = PermissionDenied desc = etcdserver: permission denied\"}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.err, MDSHM__ETCD_EAUTH);
    mdshm__etcd_watch_msg_clear(&m);

    /* the in-band error of a hasleader watch without quorum */
    l = "{\"error\":{\"grpc_code\":14,\"http_code\":503,\"message\":"
        "\"etcdserver: no leader\",\"http_status\":\"Service Unavailable\"}}";
    assert_int_equal(mdshm__etcd_watch_parse(l, strlen(l), &m), 0);
    assert_int_equal(m.kind, MDSHM__ETCD_WATCH_ERROR);
    assert_int_equal(m.err, MDSHM__ETCD_ENOLEADER);
    assert_string_equal(m.reason, "etcdserver: no leader");
    mdshm__etcd_watch_msg_clear(&m);

    assert_int_equal(mdshm__etcd_watch_parse("{\"x\":1}", 7, &m), -EPROTO);
    assert_int_equal(mdshm__etcd_watch_parse("{\"res", 5, &m), -EPROTO);
}

static void test_lines(void **state)
{
    mdshm__etcd_lines_t l;
    char *line;
    size_t n;

    (void)state;
    mdshm__etcd_lines_init(&l, 64);
    /* a line across chunks, two lines in one chunk, CRLF, empty lines */
    assert_int_equal(mdshm__etcd_lines_feed(&l, "{\"a\":", 5), 0);
    assert_int_equal(mdshm__etcd_lines_next(&l, &line, &n), 0);
    assert_int_equal(mdshm__etcd_lines_feed(&l, "1}\n\n{\"b\":2}\r\n{\"c", 16),
                     0);
    assert_int_equal(mdshm__etcd_lines_next(&l, &line, &n), 1);
    assert_string_equal(line, "{\"a\":1}");
    assert_int_equal(n, 7);
    free(line);
    assert_int_equal(mdshm__etcd_lines_next(&l, &line, &n), 1);
    assert_string_equal(line, "{\"b\":2}");
    free(line);
    assert_int_equal(mdshm__etcd_lines_next(&l, &line, &n), 0);
    assert_int_equal(mdshm__etcd_lines_feed(&l, "\":3}\n", 5), 0);
    assert_int_equal(mdshm__etcd_lines_next(&l, &line, &n), 1);
    assert_string_equal(line, "{\"c\":3}");
    free(line);
    /* a line that never ends within the limit */
    char junk[80];
    memset(junk, 'x', sizeof(junk));
    assert_int_equal(mdshm__etcd_lines_feed(&l, junk, sizeof(junk)),
                     -EMSGSIZE);
    mdshm__etcd_lines_free(&l);
}

static void test_prefix_end_and_host_ids(void **state)
{
    uint8_t *end;
    size_t n;

    (void)state;
    assert_int_equal(mdshm__etcd_prefix_end("/mdshm/", 7, &end, &n), 0);
    assert_int_equal(n, 7);
    assert_memory_equal(end, "/mdshm0", 7);
    free(end);
    assert_int_equal(mdshm__etcd_prefix_end("a\xff\xff", 3, &end, &n), 0);
    assert_int_equal(n, 1);
    assert_memory_equal(end, "b", 1);
    free(end);
    assert_int_equal(mdshm__etcd_prefix_end("\xff", 1, &end, &n), -EINVAL);
    assert_true(mdshm__cluster_host_id_valid("web-1.example_2"));
    assert_false(mdshm__cluster_host_id_valid(""));
    assert_false(mdshm__cluster_host_id_valid("a/b"));
    assert_false(mdshm__cluster_host_id_valid("a\"b"));
}

static void test_hosts_behind(void **state)
{
    mdshm__cluster_host_t h[3] = {{.id = "a", .applied = 10},
                                  {.id = "b", .applied = 12},
                                  {.id = "c", .applied = 9}};

    (void)state;
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 10, NULL), 1);
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 13, NULL), 3);
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 9, NULL), 0);
    /* the leader itself is not waited for */
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 10, "c"), 0);
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 13, "b"), 2);
    assert_int_equal(mdshm__cluster_hosts_behind(h, 3, 10, "x"), 1);
}

static void test_client_options(void **state)
{
    mdshm__etcd_opts_t o = {.endpoints = "http://a:1, https://b:2/ "};
    mdshm__etcd_t *c;

    (void)state;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR); /* expected errors */
    assert_int_equal(mdshm__etcd_create(&o, &c), 0);
    assert_string_equal(mdshm__etcd_endpoint(c), "http://a:1");
    mdshm__etcd_destroy(c);
    o.endpoints = " , ";
    assert_int_equal(mdshm__etcd_create(&o, &c), -EINVAL);
    o.endpoints = "a:1";
    assert_int_equal(mdshm__etcd_create(&o, &c), -EINVAL);
    o.endpoints = "http://a:1";
    o.user = "u"; /* a user needs a password file */
    assert_int_equal(mdshm__etcd_create(&o, &c), -EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_b64),
        cmocka_unit_test(test_int64_strings),
        cmocka_unit_test(test_range_answer),
        cmocka_unit_test(test_txn_request),
        cmocka_unit_test(test_txn_limits),
        cmocka_unit_test(test_txn_answer),
        cmocka_unit_test(test_error_mapping),
        cmocka_unit_test(test_watch_messages),
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_prefix_end_and_host_ids),
        cmocka_unit_test(test_hosts_behind),
        cmocka_unit_test(test_client_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
