/* test_acme_parse.c -- reading what an ACME server sends (core/acme_json.c,
 * acme_dir.c, acme_order.c, acme_ari.c): problem documents (also hostile
 * ones), directories, RFC 3339 times, identifiers, ARI certificate ids and
 * windows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "acme.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#define ERR "urn:ietf:params:acme:error:"

static int problem(long status, const char *body, mdshm__acme_result_t *res)
{
    return mdshm__acme_problem(status, body, body ? strlen(body) : 0, 0, res);
}

/* ---- problem documents ---------------------------------------------- */

static void test_problem_basic(void **state)
{
    static const char body[] =
        "{\"type\":\"" ERR "rejectedIdentifier\",\"detail\":\"no\","
        "\"status\":400,\"subproblems\":[{\"type\":\"" ERR "caa\","
        "\"detail\":\"CAA forbids\",\"identifier\":{\"type\":\"dns\","
        "\"value\":\"a.example\"}},{\"type\":\"" ERR "dns\","
        "\"detail\":\"NXDOMAIN\",\"identifier\":{\"type\":\"ip\","
        "\"value\":\"192.0.2.1\"}}]}";
    mdshm__acme_result_t res;
    (void)state;

    assert_int_equal(mdshm__acme_problem(400, body, strlen(body), 1234, &res),
                     MDSHM_EBADINPUT);
    assert_int_equal(res.rv, MDSHM_EBADINPUT);
    assert_int_equal(res.http_status, 400);
    assert_string_equal(res.problem, ERR "rejectedIdentifier");
    assert_string_equal(res.detail, "no");
    assert_int_equal(res.retry_after_ms, 1234);
    assert_int_equal(res.n_sub, 2);
    assert_string_equal(res.sub[0].type, ERR "caa");
    assert_string_equal(res.sub[0].detail, "CAA forbids");
    assert_string_equal(res.sub[0].id_type, "dns");
    assert_string_equal(res.sub[0].id_value, "a.example");
    assert_string_equal(res.sub[1].id_type, "ip");
    assert_string_equal(res.sub[1].id_value, "192.0.2.1");
}

static void test_problem_mapping(void **state)
{
    static const struct {
        long status;
        const char *type;
        int rv;
    } v[] = {
        {400, ERR "badNonce", -EAGAIN},
        {429, ERR "rateLimited", -EAGAIN},
        {400, ERR "accountDoesNotExist", MDSHM_ENOTFOUND},
        {403, ERR "unauthorized", -EACCES},
        {403, ERR "userActionRequired", -EACCES},
        {403, ERR "externalAccountRequired", -EACCES},
        {400, ERR "badCSR", MDSHM_EBADINPUT},
        {400, ERR "malformed", MDSHM_EBADINPUT},
        {400, "urn:acme:error:malformed", MDSHM_EBADINPUT}, /* ACMEv1 URN */
        {409, ERR "alreadyReplaced", -EALREADY},
        {500, ERR "serverInternal", -EIO},
        {403, "about:blank", -EACCES},     /* not ACME's: status decides */
        {404, "", MDSHM_ENOTFOUND},
        {503, "", -EAGAIN},
        {502, "", -EIO},
        {400, ERR "somethingNew", -EPROTO},
        {418, "", -EPROTO},
    };
    (void)state;

    for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
        assert_int_equal(mdshm__acme_problem_rv(v[i].status, v[i].type),
                         v[i].rv);
}

static void test_problem_hostile(void **state)
{
    mdshm__acme_result_t res;
    char *big, *deep;
    size_t n = 200000;
    (void)state;

    /* not JSON, not an object, empty: the status decides */
    assert_int_equal(problem(502, "<html>Bad Gateway</html>", &res), -EIO);
    assert_string_equal(res.problem, "");
    assert_non_null(strstr(res.detail, "HTTP 502"));
    assert_int_equal(problem(400, "[1,2,3]", &res), -EPROTO);
    assert_int_equal(problem(403, NULL, &res), -EACCES);
    assert_int_equal(problem(400, "{\"type\":", &res), -EPROTO);
    /* wrong types everywhere */
    assert_int_equal(problem(403,
                             "{\"type\":5,\"detail\":[\"x\"],\"status\":\"a\","
                             "\"subproblems\":{\"a\":1}}",
                             &res),
                     -EACCES);
    assert_string_equal(res.problem, "");
    assert_int_equal(res.n_sub, 0);
    assert_int_equal(problem(400,
                             "{\"type\":\"" ERR "malformed\",\"subproblems\":"
                             "[1,\"x\",null,{\"type\":7,"
                             "\"identifier\":\"dns\"},"
                             "{\"identifier\":{\"type\":[],\"value\":{}}}]}",
                             &res),
                     MDSHM_EBADINPUT);
    assert_int_equal(res.n_sub, 2); /* only the objects count */
    assert_string_equal(res.sub[0].type, "");
    assert_string_equal(res.sub[1].id_type, "");
    /* huge strings are cut (marked), control characters neutralized */
    big = malloc(n + 64);
    strcpy(big, "{\"detail\":\"line1\\nline2\\u0001\\u001b[31m");
    memset(big + strlen(big), 'A', n);
    strcpy(big + 39 + n, "\"}");
    assert_int_equal(problem(400, big, &res), -EPROTO);
    assert_int_equal(strlen(res.detail), sizeof(res.detail) - 1);
    assert_int_equal(strncmp(res.detail, "line1 line2  [31mAAA", 20), 0);
    assert_string_equal(res.detail + sizeof(res.detail) - 4, "...");
    for (const char *p = res.detail; *p; p++)
        assert_true((unsigned char)*p >= 0x20);
    free(big);
    /* a cut never splits a UTF-8 sequence */
    big = malloc(4000);
    strcpy(big, "{\"type\":\"");
    for (int i = 0; i < 600; i++)
        strcat(big, "\xc3\xa9"); /* é */
    strcat(big, "\"}");
    problem(400, big, &res);
    assert_int_equal(strncmp(res.problem + strlen(res.problem) - 3, "...", 3),
                     0);
    assert_true(((strlen(res.problem) - 3) % 2) == 0);
    free(big);
    /* many subproblems: capped */
    big = malloc(100000);
    strcpy(big, "{\"subproblems\":[");
    for (int i = 0; i < 500; i++)
        strcat(big, i ? ",{\"type\":\"t\"}" : "{\"type\":\"t\"}");
    strcat(big, "]}");
    problem(400, big, &res);
    assert_int_equal(res.n_sub, MDSHM__ACME_MAX_SUB);
    free(big);
    /* nesting deeper than the parser allows: an error, not a crash */
    deep = malloc(200002);
    memset(deep, '[', 100000);
    memset(deep + 100000, ']', 100000);
    deep[200000] = 0;
    assert_int_equal(problem(500, deep, &res), -EIO);
    free(deep);
    /* an escaped NUL is refused as a whole (jansson without ALLOW_NUL) */
    assert_int_equal(problem(400, "{\"type\":\"a\\u0000b\"}", &res), -EPROTO);
    assert_string_equal(res.problem, "");
    /* duplicate keys are refused as a whole */
    assert_int_equal(problem(400, "{\"type\":\"a\",\"type\":\"b\"}", &res),
                     -EPROTO);
    assert_string_equal(res.problem, "");
}

/* ---- directory ----------------------------------------------------- */

static const char pebble_dir[] =
    "{\"keyChange\":\"https://127.0.0.1:14000/rollover-account-key\","
    "\"meta\":{\"externalAccountRequired\":false,\"termsOfService\":"
    "\"data:text/plain,Do%20what%20thou%20wilt\",\"profiles\":{\"default\":"
    "\"The profile you know\",\"shortlived\":\"6 days\",\"weird\":7}},"
    "\"newAccount\":\"https://127.0.0.1:14000/sign-me-up\","
    "\"newNonce\":\"https://127.0.0.1:14000/nonce-plz\","
    "\"newOrder\":\"https://127.0.0.1:14000/order-plz\","
    "\"revokeCert\":\"https://127.0.0.1:14000/revoke-cert\","
    "\"renewalInfo\":\"https://127.0.0.1:14000/draft-ietf-acme-ari-03/"
    "renewalInfo\"}";

static int dir_parse(const char *body, mdshm__acme_dir_t *d,
                     mdshm__acme_result_t *res)
{
    return mdshm__acme_dir_parse("https://ca.example/dir", body, strlen(body),
                                 d, res);
}

static void test_directory(void **state)
{
    mdshm__acme_result_t res;
    mdshm__acme_dir_t d;
    (void)state;

    assert_int_equal(dir_parse(pebble_dir, &d, &res), 0);
    assert_string_equal(d.new_nonce, "https://127.0.0.1:14000/nonce-plz");
    assert_string_equal(d.new_account, "https://127.0.0.1:14000/sign-me-up");
    assert_string_equal(d.new_order, "https://127.0.0.1:14000/order-plz");
    assert_string_equal(d.key_change,
                        "https://127.0.0.1:14000/rollover-account-key");
    assert_non_null(d.renewal_info);
    assert_false(d.eab_required);
    assert_string_equal(d.terms_of_service,
                        "data:text/plain,Do%20what%20thou%20wilt");
    assert_int_equal(d.n_profiles, 3);
    assert_true(mdshm__acme_dir_has_profile(&d, "ShortLived"));
    assert_false(mdshm__acme_dir_has_profile(&d, "tlsserver"));
    mdshm__acme_dir_clear(&d);

    assert_int_equal(dir_parse("{\"newNonce\":\"https://a/n\",\"newAccount\":"
                               "\"https://a/a\",\"newOrder\":\"https://a/o\","
                               "\"meta\":{\"externalAccountRequired\":true}}",
                               &d, &res),
                     0);
    assert_true(d.eab_required);
    assert_null(d.key_change);
    assert_null(d.renewal_info);
    assert_int_equal(d.n_profiles, 0);
    mdshm__acme_dir_clear(&d);
}

static void test_directory_bad(void **state)
{
    static const char *bad[] = {
        "",
        "[]",
        "{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/a\"}",
        "{\"newNonce\":5,\"newAccount\":\"https://a/a\",\"newOrder\":"
        "\"https://a/o\"}",
        "{\"newNonce\":\"ftp://a/n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\"}",
        "{\"newNonce\":\"https://a/n x\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\"}",
        "{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\",\"keyChange\":[]}",
        "{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\",\"meta\":\"x\"}",
        "{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\",\"meta\":{\"externalAccountRequired\":"
        "\"yes\"}}",
        "{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\",\"meta\":{\"profiles\":[1]}}",
        "{\"newNonce\":\"https://a/\\u0000n\",\"newAccount\":\"https://a/a\","
        "\"newOrder\":\"https://a/o\"}",
    };
    mdshm__acme_result_t res;
    mdshm__acme_dir_t d;
    (void)state;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(dir_parse(bad[i], &d, &res), -EBADMSG);
        assert_null(d.new_nonce);
        assert_int_equal(res.rv, -EBADMSG);
        assert_true(res.detail[0] != 0);
    }
    /* an ACMEv1 directory */
    assert_int_equal(dir_parse("{\"new-reg\":\"https://a/r\",\"new-authz\":"
                               "\"https://a/z\"}",
                               &d, &res),
                     MDSHM_EUNSUPPORTED);
    assert_non_null(strstr(res.detail, "version 1"));
}

/* ---- times, identifiers, statuses ---------------------------------- */

static void test_rfc3339(void **state)
{
    static const char *bad[] = {"",
                                "2025-01-02",
                                "2025-01-02T03:04:05",
                                "2025-13-02T03:04:05Z",
                                "2025-01-32T03:04:05Z",
                                "2023-02-29T00:00:00Z",
                                "2025-01-02T24:00:00Z",
                                "2025-01-02T03:04:05.Z",
                                "2025-01-02T03:04:05+1:00",
                                "2025-01-02T03:04:05Zjunk",
                                "2025-1-02T03:04:05Z",
                                "20250102T030405Z"};
    int64_t t;
    (void)state;

    assert_int_equal(mdshm__rfc3339_parse("1970-01-01T00:00:00Z", &t), 0);
    assert_int_equal(t, 0);
    assert_int_equal(mdshm__rfc3339_parse("2015-10-21T07:28:00Z", &t), 0);
    assert_int_equal(t, 1445412480000LL);
    assert_int_equal(mdshm__rfc3339_parse("2015-10-21t07:28:00.5z", &t), 0);
    assert_int_equal(t, 1445412480500LL);
    assert_int_equal(mdshm__rfc3339_parse("2015-10-21T07:28:00.123456789Z",
                                          &t),
                     0);
    assert_int_equal(t, 1445412480123LL);
    assert_int_equal(mdshm__rfc3339_parse("2015-10-21T09:28:00+02:00", &t),
                     0);
    assert_int_equal(t, 1445412480000LL);
    assert_int_equal(mdshm__rfc3339_parse("2015-10-21T02:58:00-04:30", &t),
                     0);
    assert_int_equal(t, 1445412480000LL);
    assert_int_equal(mdshm__rfc3339_parse("2024-02-29T00:00:00Z", &t), 0);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_int_equal(mdshm__rfc3339_parse(bad[i], &t), MDSHM_EBADINPUT);
}

static void test_ident(void **state)
{
    static const struct {
        const char *in, *type, *value;
    } ok[] = {
        {"Example.COM.", "dns", "example.com"},
        {"*.Example.com", "dns", "*.example.com"},
        {"xn--bcher-kva.example", "dns", "xn--bcher-kva.example"},
        {"127.0.0.1", "ip", "127.0.0.1"},
        {"2001:DB8:0:0:0:0:0:1", "ip", "2001:db8::1"},
        {"[::1]", "ip", "::1"},
        {"2001:db8:0:0:1:0:0:1", "ip", "2001:db8::1:0:0:1"},
        {"::FFFF:192.0.2.1", "ip", "::ffff:192.0.2.1"},
    };
    static const char *bad[] = {"", "a..b", ".a", "a.*.com", "*a.com",
                                "a b.com", "a/b", "[a.com]", "a.com\n",
                                "\xc3\xa4.com"};
    mdshm__acme_ident_t id;
    char label[80], name[300];
    (void)state;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        assert_int_equal(mdshm__acme_ident(ok[i].in, &id), 0);
        assert_string_equal(id.type, ok[i].type);
        assert_string_equal(id.value, ok[i].value);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_int_equal(mdshm__acme_ident(bad[i], &id), MDSHM_EBADINPUT);
    memset(label, 'a', 64);
    snprintf(label + 64, sizeof(label) - 64, ".com");
    assert_int_equal(mdshm__acme_ident(label, &id), MDSHM_EBADINPUT);
    memset(name, 0, sizeof(name));
    for (int i = 0; i < 64; i++)
        strcat(name, "abc.");
    strcat(name, "com");
    assert_int_equal(mdshm__acme_ident(name, &id), MDSHM_EBADINPUT);
}

static void test_status(void **state)
{
    (void)state;
    assert_int_equal(mdshm__acme_status_parse("ready"), MDSHM__ACME_READY);
    assert_int_equal(mdshm__acme_status_parse("valid"), MDSHM__ACME_VALID);
    assert_int_equal(mdshm__acme_status_parse("Valid"), MDSHM__ACME_UNKNOWN);
    assert_int_equal(mdshm__acme_status_parse("unknown"),
                     MDSHM__ACME_UNKNOWN);
    assert_int_equal(mdshm__acme_status_parse(NULL), MDSHM__ACME_UNKNOWN);
    assert_string_equal(mdshm__acme_status_name(MDSHM__ACME_PROCESSING),
                        "processing");
    assert_string_equal(mdshm__acme_status_name((mdshm__acme_status_t)99),
                        "unknown");
}

/* ---- ARI -------------------------------------------------------------- */

/* RFC 9773 section 4.1's example. */
static const uint8_t aki[] = {0x69, 0x88, 0x5B, 0x6B, 0x87, 0x46, 0x40,
                              0x41, 0xE1, 0xB3, 0x7B, 0x84, 0x7B, 0xA0,
                              0xAE, 0x2C, 0xDE, 0x01, 0xC8, 0xD4};
static const char rfc_id[] = "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE";

static void test_ari_cert_id_raw(void **state)
{
    static const uint8_t serial[] = {0x00, 0x87, 0x65, 0x43, 0x21};
    char *id = NULL;
    (void)state;

    assert_int_equal(mdshm__ari_cert_id_raw(aki, sizeof(aki), serial,
                                            sizeof(serial), &id),
                     0);
    assert_string_equal(id, rfc_id);
    free(id);
    assert_int_equal(mdshm__ari_cert_id_raw(aki, 0, serial, 5, &id),
                     MDSHM_EBADINPUT);
    assert_null(id);
}

/* A certificate with the RFC's AKI and serial 0x87654321. */
static uint8_t *make_cert(bool with_aki, uint64_t serial, size_t *len)
{
    EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    X509 *x = X509_new();
    X509_NAME *n = X509_NAME_new();
    unsigned char *der = NULL;
    int dl;

    assert_non_null(pk);
    X509_set_version(x, 2);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(x), serial);
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC,
                               (const unsigned char *)"ari.example", -1, -1,
                               0);
    X509_set_subject_name(x, n);
    X509_set_issuer_name(x, n);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400);
    X509_set_pubkey(x, pk);
    if (with_aki) {
        AUTHORITY_KEYID *ak = AUTHORITY_KEYID_new();
        ak->keyid = ASN1_OCTET_STRING_new();
        ASN1_OCTET_STRING_set(ak->keyid, aki, sizeof(aki));
        assert_int_equal(X509_add1_ext_i2d(x, NID_authority_key_identifier,
                                           ak, 0, 0),
                         1);
        AUTHORITY_KEYID_free(ak);
    }
    assert_true(X509_sign(x, pk, EVP_sha256()) > 0);
    dl = i2d_X509(x, &der);
    assert_true(dl > 0);
    *len = (size_t)dl;
    X509_NAME_free(n);
    X509_free(x);
    EVP_PKEY_free(pk);
    return der;
}

static void test_ari_cert_id_cert(void **state)
{
    size_t len;
    uint8_t *der = make_cert(true, 0x87654321, &len);
    char *id = NULL;
    (void)state;

    assert_int_equal(mdshm__ari_cert_id(der, len, &id), 0);
    assert_string_equal(id, rfc_id);
    free(id);
    OPENSSL_free(der);
    /* a serial without the high bit: no leading zero */
    der = make_cert(true, 0x12345678, &len);
    assert_int_equal(mdshm__ari_cert_id(der, len, &id), 0);
    assert_string_equal(strchr(id, '.'), ".EjRWeA");
    free(id);
    OPENSSL_free(der);
    der = make_cert(false, 1, &len);
    assert_int_equal(mdshm__ari_cert_id(der, len, &id), MDSHM_EBADINPUT);
    assert_null(id);
    assert_int_equal(mdshm__ari_cert_id(der, len / 2, &id), MDSHM_EBADINPUT);
    OPENSSL_free(der);
}

static void test_ari_parse(void **state)
{
    static const char good[] =
        "{\"suggestedWindow\":{\"start\":\"2025-01-02T04:00:00Z\","
        "\"end\":\"2025-01-03T04:00:00Z\"},"
        "\"explanationURL\":\"https://ca.example/why\"}";
    static const char *bad[] = {
        "{}",
        "{\"suggestedWindow\":[]}",
        "{\"suggestedWindow\":{\"start\":\"2025-01-02T04:00:00Z\"}}",
        "{\"suggestedWindow\":{\"start\":1,\"end\":2}}",
        "{\"suggestedWindow\":{\"start\":\"2025-01-03T04:00:00Z\","
        "\"end\":\"2025-01-02T04:00:00Z\"}}",
        "{\"suggestedWindow\":{\"start\":\"yesterday\","
        "\"end\":\"2025-01-02T04:00:00Z\"}}",
        "{\"suggestedWindow\":{\"start\":\"2025-01-02T04:00:00Z\","
        "\"end\":\"2025-01-03T04:00:00Z\"},\"explanationURL\":5}",
    };
    mdshm__acme_result_t res;
    mdshm__acme_ari_t ari;
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    (void)state;

    assert_int_equal(mdshm__acme_ari_parse(good, strlen(good), &ari, &res),
                     0);
    assert_int_equal(ari.start_ms, 1735790400000LL);
    assert_int_equal(ari.end_ms, 1735790400000LL + 86400000);
    assert_string_equal(ari.explanation_url, "https://ca.example/why");
    /* the random point is inside the window, spread over all of it */
    for (int i = 0; i < 2000; i++) {
        int64_t t = mdshm__acme_ari_random_time(&ari);
        assert_true(t >= ari.start_ms && t <= ari.end_ms);
        lo = t < lo ? t : lo;
        hi = t > hi ? t : hi;
    }
    assert_true(lo < ari.start_ms + 86400000 / 10);
    assert_true(hi > ari.end_ms - 86400000 / 10);
    mdshm__acme_ari_clear(&ari);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(mdshm__acme_ari_parse(bad[i], strlen(bad[i]), &ari,
                                               &res),
                         -EBADMSG);
        assert_null(ari.explanation_url);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_problem_basic),
        cmocka_unit_test(test_problem_mapping),
        cmocka_unit_test(test_problem_hostile),
        cmocka_unit_test(test_directory),
        cmocka_unit_test(test_directory_bad),
        cmocka_unit_test(test_rfc3339),
        cmocka_unit_test(test_ident),
        cmocka_unit_test(test_status),
        cmocka_unit_test(test_ari_cert_id_raw),
        cmocka_unit_test(test_ari_cert_id_cert),
        cmocka_unit_test(test_ari_parse),
    };
    mdshm_set_default_log_level(MDSHM_LOG_CRIT);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
