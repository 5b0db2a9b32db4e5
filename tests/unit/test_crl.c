/* test_crl.c -- what CRL verification accepts and refuses, and what the
 * serial lookup answers, with CRLs made here by OpenSSL's API; the
 * distribution point URLs of a certificate. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "crl.h"
#include "unit_store.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#define URL "http://crl.example/1.crl"

static EVP_PKEY *ca_key, *leaf_key, *rogue_key;
static X509 *ca, *leaf, *rogue_ca, *leaf_dp;
static int64_t now;

static X509 *mk_cert(const char *cn, EVP_PKEY *key, X509 *iss,
                     EVP_PKEY *iss_key, long serial, const char *dp)
{
    X509 *x = X509_new();
    X509_NAME *n = X509_NAME_new();
    X509V3_CTX ctx;

    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), serial);
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC,
                               (const unsigned char *)cn, -1, -1, 0);
    X509_set_subject_name(x, n);
    X509_set_issuer_name(x, iss ? X509_get_subject_name(iss) : n);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 20 * 86400);
    X509_set_pubkey(x, key);
    X509V3_set_ctx(&ctx, iss ? iss : x, x, NULL, NULL, 0);
    if (dp) {
        X509_EXTENSION *e =
            X509V3_EXT_conf_nid(NULL, &ctx, NID_crl_distribution_points, dp);
        assert_non_null(e);
        X509_add_ext(x, e, -1);
        X509_EXTENSION_free(e);
    }
    X509_sign(x, iss_key ? iss_key : key, EVP_sha256());
    X509_NAME_free(n);
    return x;
}

static int group_setup(void **state)
{
    (void)state;
    now = mdshm__now_ms() / 1000;
    ca_key = EVP_EC_gen("P-256");
    leaf_key = EVP_EC_gen("P-256");
    rogue_key = EVP_EC_gen("P-256");
    ca = mk_cert("test CA", ca_key, NULL, NULL, 1, NULL);
    /* same name as the CA, another key: a forged CRL */
    rogue_ca = mk_cert("test CA", rogue_key, NULL, NULL, 1, NULL);
    leaf = mk_cert("leaf", leaf_key, ca, ca_key, 0x1234567, NULL);
    leaf_dp = mk_cert("leaf", leaf_key, ca, ca_key, 5,
                      "URI:http://crl.example/a.crl,URI:ldap://ldap.example/"
                      "cn=x,URI:https://crl.example/b.crl");
    assert_true(ca && rogue_ca && leaf && leaf_dp);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    X509_free(ca);
    X509_free(rogue_ca);
    X509_free(leaf);
    X509_free(leaf_dp);
    EVP_PKEY_free(ca_key);
    EVP_PKEY_free(leaf_key);
    EVP_PKEY_free(rogue_key);
    return 0;
}

struct cspec {
    X509 *issuer;            /* NULL: ca (the name the CRL carries) */
    EVP_PKEY *key;           /* NULL: ca_key */
    long this_off, next_off; /* seconds from now; next_off 0: absent */
    size_t n_revoked;        /* serials 1000.. and, with @leaf_reason >= 0
                                (or -2: no reason), the leaf's */
    int leaf_reason;
    const char *idp;         /* issuing distribution point config */
    bool pem;
};

static void add_revoked(X509_CRL *crl, const ASN1_INTEGER *serial,
                        long when, int reason)
{
    X509_REVOKED *r = X509_REVOKED_new();
    ASN1_TIME *t = X509_gmtime_adj(NULL, when);

    X509_REVOKED_set_serialNumber(r, (ASN1_INTEGER *)serial);
    X509_REVOKED_set_revocationDate(r, t);
    if (reason >= 0) {
        ASN1_ENUMERATED *e = ASN1_ENUMERATED_new();
        ASN1_ENUMERATED_set(e, reason);
        X509_REVOKED_add1_ext_i2d(r, NID_crl_reason, e, 0, 0);
        ASN1_ENUMERATED_free(e);
    }
    X509_CRL_add0_revoked(crl, r);
    ASN1_TIME_free(t);
}

static uint8_t *mk_crl(const struct cspec *s, size_t *len)
{
    X509_CRL *crl = X509_CRL_new();
    ASN1_TIME *tu = X509_gmtime_adj(NULL, s->this_off);
    ASN1_TIME *nu = X509_gmtime_adj(NULL, s->next_off);
    ASN1_INTEGER *ser = ASN1_INTEGER_new();
    uint8_t *out = NULL;
    int n;

    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(
        crl, X509_get_subject_name(s->issuer ? s->issuer : ca));
    X509_CRL_set1_lastUpdate(crl, tu);
    if (s->next_off)
        X509_CRL_set1_nextUpdate(crl, nu);
    for (size_t i = 0; i < s->n_revoked; i++) {
        ASN1_INTEGER_set_uint64(ser, 1000 + (uint64_t)i * 7);
        add_revoked(crl, ser, -7200, 4);
    }
    if (s->leaf_reason != -1)
        add_revoked(crl, X509_get0_serialNumber(leaf), -3600,
                    s->leaf_reason == -2 ? -1 : s->leaf_reason);
    if (s->idp) {
        X509V3_CTX ctx;
        X509_EXTENSION *e;
        X509V3_set_ctx(&ctx, NULL, NULL, NULL, crl, 0);
        e = X509V3_EXT_conf_nid(NULL, &ctx, NID_issuing_distribution_point,
                                s->idp);
        assert_non_null(e);
        X509_EXTENSION_set_critical(e, 1);
        X509_CRL_add_ext(crl, e, -1);
        X509_EXTENSION_free(e);
    }
    X509_CRL_sort(crl);
    assert_true(X509_CRL_sign(crl, s->key ? s->key : ca_key, EVP_sha256()) >
                0);
    if (s->pem) {
        BIO *b = BIO_new(BIO_s_mem());
        char *p;
        PEM_write_bio_X509_CRL(b, crl);
        *len = (size_t)BIO_get_mem_data(b, &p);
        out = malloc(*len);
        memcpy(out, p, *len);
        BIO_free(b);
    } else {
        n = i2d_X509_CRL(crl, &out);
        assert_true(n > 0);
        *len = (size_t)n;
    }
    X509_CRL_free(crl);
    ASN1_TIME_free(tu);
    ASN1_TIME_free(nu);
    ASN1_INTEGER_free(ser);
    return out;
}

static void free_der(uint8_t *p, bool pem)
{
    if (pem)
        free(p);
    else
        OPENSSL_free(p);
}

/* Load @s's CRL for URL; the refusal reason in @why (if refused). */
static int load(const struct cspec *s, const char *url, mdshm__crl_t **c,
                char *why)
{
    size_t len;
    uint8_t *der = mk_crl(s, &len);
    int rv = mdshm__crl_load(der, len, MDSHM__CRL_DEFAULT_MAX, url, ca, now,
                             c, why, 200);

    free_der(der, s->pem);
    return rv;
}

static void test_good_and_revoked(void **state)
{
    struct cspec good = {.this_off = -60, .next_off = 86400, .n_revoked = 3,
                         .leaf_reason = -1};
    struct cspec rev = good, pem = good, noreason = good;
    mdshm__crl_t *c;
    mdshm__crl_answer_t a;
    char why[200];
    X509 *other;

    (void)state;
    assert_int_equal(load(&good, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_count(c), 3);
    assert_true(mdshm__crl_next_update(c) > now);
    assert_true(mdshm__crl_this_update(c) <= now);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_GOOD);
    /* a certificate of another issuer is not answered for */
    other = mk_cert("x", leaf_key, leaf, leaf_key, 9, NULL);
    assert_int_equal(mdshm__crl_lookup(c, other, &a), MDSHM_EBADINPUT);
    X509_free(other);
    mdshm__crl_free(c);

    rev.leaf_reason = 1; /* keyCompromise */
    assert_int_equal(load(&rev, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    assert_int_equal(a.reason, 1);
    assert_string_equal(mdshm__crl_reason_name(a.reason), "keyCompromise");
    assert_true(a.revoked_at >= now - 3600 - 5 && a.revoked_at <= now - 3600 + 5);
    mdshm__crl_free(c);

    noreason.leaf_reason = -2;
    noreason.next_off = 0; /* no nextUpdate: a default lifetime */
    if (load(&noreason, URL, &c, why) != 0)
        fail_msg("%s", why);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    assert_int_equal(a.reason, -1);
    assert_int_equal(mdshm__crl_next_update(c),
                     mdshm__crl_this_update(c) + MDSHM__CRL_DEFAULT_LIFETIME_S);
    mdshm__crl_free(c);

    pem.pem = true;
    pem.leaf_reason = 0;
    assert_int_equal(load(&pem, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    mdshm__crl_free(c);
}

static void expect_refused(const struct cspec *s, const char *url,
                           const char *needle)
{
    mdshm__crl_t *c = NULL;
    char why[200];

    assert_int_equal(load(s, url, &c, why), MDSHM_EBADINPUT);
    assert_null(c);
    if (!strstr(why, needle))
        fail_msg("reason '%s' lacks '%s'", why, needle);
}

static void test_refused(void **state)
{
    struct cspec base = {.this_off = -60, .next_off = 86400,
                         .leaf_reason = -1};
    struct cspec s;

    (void)state;
    s = base;
    s.key = rogue_key; /* right name, wrong key */
    expect_refused(&s, URL, "signature");
    s = base;
    s.issuer = leaf; /* another issuer name */
    expect_refused(&s, URL, "issuer");
    s = base;
    s.this_off = -2 * 86400;
    s.next_off = -60;
    expect_refused(&s, URL, "expired");
    s = base;
    s.this_off = 3600;
    expect_refused(&s, URL, "future");
    s = base;
    s.idp = "fullname:URI:http://crl.example/2.crl";
    expect_refused(&s, URL, "partitioned CRL for another URL");
    s.idp = "fullname:URI:http://crl.example/2.crl,indirectCRL:TRUE";
    expect_refused(&s, "http://crl.example/2.crl", "indirect");
    s.idp = "fullname:URI:http://crl.example/2.crl,onlyCA:TRUE";
    expect_refused(&s, "http://crl.example/2.crl", "only CA");
}

static void test_partition_for_our_url(void **state)
{
    struct cspec s = {.this_off = -60, .next_off = 86400, .leaf_reason = 5,
                      .idp = "fullname:URI:" URL ",onlyuser:TRUE"};
    mdshm__crl_t *c;
    mdshm__crl_answer_t a;
    char why[200];

    (void)state;
    assert_int_equal(load(&s, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    assert_int_equal(a.reason, 5);
    mdshm__crl_free(c);
}

static void test_not_a_crl(void **state)
{
    struct cspec s = {.this_off = -60, .next_off = 86400, .n_revoked = 10,
                      .leaf_reason = -1};
    static const uint8_t garbage[] = "this is not a CRL at all";
    mdshm__crl_t *c = NULL;
    char why[200];
    size_t len;
    uint8_t *der = mk_crl(&s, &len);

    (void)state;
    assert_int_equal(mdshm__crl_load(garbage, sizeof(garbage), 1 << 20, URL,
                                     ca, now, &c, why, sizeof(why)),
                     MDSHM_EBADINPUT);
    assert_non_null(strstr(why, "not a DER or PEM CRL"));
    assert_int_equal(mdshm__crl_load(der, len - 1, 1 << 20, URL, ca, now,
                                     &c, why, sizeof(why)),
                     MDSHM_EBADINPUT); /* truncated */
    assert_non_null(strstr(why, "not a DER or PEM CRL"));
    assert_int_equal(mdshm__crl_load(der, len, len - 1, URL, ca, now, &c,
                                     why, sizeof(why)),
                     MDSHM_EBADINPUT); /* oversized */
    assert_non_null(strstr(why, "MDCRLMaxSize"));
    assert_int_equal(mdshm__crl_load(NULL, 0, len, URL, ca, now, &c, why,
                                     sizeof(why)),
                     MDSHM_EBADINPUT);
    assert_null(c);
    /* the same bytes with the limit at their size: accepted */
    assert_int_equal(mdshm__crl_load(der, len, len, URL, ca, now, &c, why,
                                     sizeof(why)),
                     0);
    mdshm__crl_free(c);
    OPENSSL_free(der);
}

static void test_large_crl(void **state)
{
    struct cspec s = {.this_off = -60, .next_off = 86400,
                      .n_revoked = 100000, .leaf_reason = 1};
    mdshm__crl_t *c;
    mdshm__crl_answer_t a;
    char why[200];
    X509 *other;

    (void)state;
    assert_int_equal(load(&s, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_count(c), 100001);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    /* serial 1000 + 7 * 5000 is listed, 1000 + 7 * 5000 + 1 is not */
    other = mk_cert("x", leaf_key, ca, ca_key, 1000 + 7 * 5000, NULL);
    assert_int_equal(mdshm__crl_lookup(c, other, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_REVOKED);
    assert_int_equal(a.reason, 4);
    X509_free(other);
    other = mk_cert("x", leaf_key, ca, ca_key, 1000 + 7 * 5000 + 1, NULL);
    assert_int_equal(mdshm__crl_lookup(c, other, &a), 0);
    assert_int_equal(a.status, MDSHM__CRL_GOOD);
    X509_free(other);
    mdshm__crl_free(c);
}

static void test_dp_urls(void **state)
{
    char *urls[4];
    size_t skipped;

    (void)state;
    assert_int_equal(mdshm__crl_dp_urls(leaf_dp, urls, 4, &skipped), 1);
    assert_string_equal(urls[0], "http://crl.example/a.crl");
    assert_int_equal(skipped, 2); /* ldap: and https: */
    free(urls[0]);
    assert_int_equal(mdshm__crl_dp_urls(leaf, urls, 4, &skipped), 0);
    assert_int_equal(skipped, 0);
}

/* Every http:// URL, in the certificate's order (the CRL thread tries
 * the next when one fails), at most @max; the rest counted skipped. */
static void test_dp_urls_all(void **state)
{
    X509 *x = mk_cert("leaf", leaf_key, ca, ca_key, 6,
                      "URI:http://a.example/1.crl,URI:ldap://l.example/x,"
                      "URI:http://b.example/2.crl,URI:http://c.example/3.crl,"
                      "URI:http://d.example/4.crl,URI:http://e.example/5.crl");
    char *urls[4];
    size_t skipped;

    (void)state;
    assert_int_equal(mdshm__crl_dp_urls(x, urls, 4, &skipped), 4);
    assert_string_equal(urls[0], "http://a.example/1.crl");
    assert_string_equal(urls[1], "http://b.example/2.crl");
    assert_string_equal(urls[2], "http://c.example/3.crl");
    assert_string_equal(urls[3], "http://d.example/4.crl");
    assert_int_equal(skipped, 2); /* ldap:, and the fifth http:// */
    for (int i = 0; i < 4; i++)
        free(urls[i]);
    X509_free(x);
}

/* The lookup by issuer name and serial (what the CRL thread keeps of a
 * certificate) answers as the lookup by certificate. */
static void test_lookup_serial(void **state)
{
    struct cspec s = {.this_off = -60, .next_off = 3600, .n_revoked = 10,
                      .leaf_reason = 1};
    mdshm__crl_t *c;
    mdshm__crl_answer_t a, b;
    char why[200];

    (void)state;
    assert_int_equal(load(&s, URL, &c, why), 0);
    assert_int_equal(mdshm__crl_lookup(c, leaf, &a), 0);
    assert_int_equal(mdshm__crl_lookup_serial(c, X509_get_issuer_name(leaf),
                                              X509_get0_serialNumber(leaf),
                                              &b), 0);
    assert_int_equal(b.status, MDSHM__CRL_REVOKED);
    assert_memory_equal(&a, &b, sizeof(a));
    assert_int_equal(mdshm__crl_lookup_serial(c,
                                              X509_get_subject_name(leaf),
                                              X509_get0_serialNumber(leaf),
                                              &b), MDSHM_EBADINPUT);
    mdshm__crl_free(c);
}

/* ---- the store: outcomes next to the staples ------------------------- */

struct put {
    const char *key;
    size_t klen;
    mdshm_rec_type_t type;
};

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = p->type;
    if (p->type == MDSHM_REC_CRL) {
        r.u.crl.status = MDSHM__CRL_REVOKED;
        r.u.crl.reason = 1;
        r.u.crl.url = mdshm__sbuf(URL);
    }
    return mdshm__w_put(w, MDSHM_DB_OCSP, p->key, p->klen, &r);
}

static int del_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;

    return mdshm__w_del(w, MDSHM_DB_OCSP, p->key, p->klen);
}

static uint64_t gen_of(mdshm_store_t *st)
{
    mdshm_reader_t *rd;
    uint64_t gen = 0;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return gen;
}

/* A CRL outcome is stored and read back under crl-<sha256>, and its
 * writes leave meta/gen alone (the workers' staple caches stay); a
 * staple's write still raises it. */
static void test_record_keeps_gen(void **state)
{
    struct ut_env *e = *state;
    uint8_t sha[32];
    char ckey[MDSHM__CRL_KEY_LEN + 1], okey[65];
    struct put crl = {ckey, MDSHM__CRL_KEY_LEN, MDSHM_REC_CRL};
    struct put ocsp = {okey, 64, MDSHM_REC_OCSP};
    mdshm_reader_t *rd;
    mdshm_record_t r;
    uint64_t g0, g1;

    for (int i = 0; i < 32; i++)
        sha[i] = (uint8_t)(i * 7);
    mdshm__key_crl(ckey, sha);
    mdshm_key_ocsp(okey, sha);
    assert_int_equal(strncmp(ckey, "crl-", 4), 0);
    assert_string_equal(ckey + 4, okey);
    g0 = gen_of(e->st);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &crl), 0);
    assert_int_equal(gen_of(e->st), g0);
    assert_int_equal(mdshm__leader_write(e->c, del_fn, &crl), 0);
    assert_int_equal(gen_of(e->st), g0);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &crl), 0);
    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_OCSP, ckey,
                                    MDSHM__CRL_KEY_LEN, &r),
                     0);
    assert_int_equal(r.type, MDSHM_REC_CRL);
    assert_int_equal(r.u.crl.status, MDSHM__CRL_REVOKED);
    assert_int_equal(r.u.crl.reason, 1);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &ocsp), 0);
    g1 = gen_of(e->st);
    assert_true(g1 > g0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_and_revoked),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_partition_for_our_url),
        cmocka_unit_test(test_not_a_crl),
        cmocka_unit_test(test_large_crl),
        cmocka_unit_test(test_dp_urls),
        cmocka_unit_test(test_dp_urls_all),
        cmocka_unit_test(test_lookup_serial),
        cmocka_unit_test_setup_teardown(test_record_keeps_gen, ut_setup,
                                        ut_teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
