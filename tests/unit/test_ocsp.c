/* test_ocsp.c -- what the stapling verification accepts and refuses,
 * with certificates and responses made here by OpenSSL (the integration
 * tests use the openssl ocsp responder); renewal points; the public
 * request functions' input checks; the new ocsp record fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "drive.h"
#include "ocsp.h"
#include "store_int.h"
#include "unit_store.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#define NO_NEXT 0x7fffffffL

static EVP_PKEY *ca_key, *leaf_key, *rsp_key, *rogue_key;
static X509 *ca, *leaf, *rsp, *rsp_noeku, *rogue, *other;

static X509 *mk_cert(const char *cn, EVP_PKEY *key, X509 *iss,
                     EVP_PKEY *iss_key, const char *bc, const char *eku,
                     long days)
{
    X509 *x = X509_new();
    X509_NAME *n = X509_NAME_new();
    X509V3_CTX ctx;
    static long serial = 1;

    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC,
                               (const unsigned char *)cn, -1, -1, 0);
    X509_set_subject_name(x, n);
    X509_set_issuer_name(x, iss ? X509_get_subject_name(iss) : n);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), days * 86400);
    X509_set_pubkey(x, key);
    X509V3_set_ctx(&ctx, iss ? iss : x, x, NULL, NULL, 0);
    if (bc) {
        X509_EXTENSION *e =
            X509V3_EXT_conf_nid(NULL, &ctx, NID_basic_constraints, bc);
        X509_add_ext(x, e, -1);
        X509_EXTENSION_free(e);
    }
    if (eku) {
        X509_EXTENSION *e =
            X509V3_EXT_conf_nid(NULL, &ctx, NID_ext_key_usage, eku);
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
    ca_key = EVP_EC_gen("P-256");
    leaf_key = EVP_EC_gen("P-256");
    rsp_key = EVP_EC_gen("P-256");
    rogue_key = EVP_EC_gen("P-256");
    ca = mk_cert("test CA", ca_key, NULL, NULL, "critical,CA:TRUE", NULL,
                 60);
    leaf = mk_cert("leaf", leaf_key, ca, ca_key, "critical,CA:FALSE", NULL,
                   20);
    other = mk_cert("other", leaf_key, ca, ca_key, NULL, NULL, 20);
    rsp = mk_cert("responder", rsp_key, ca, ca_key, NULL, "OCSPSigning", 20);
    rsp_noeku = mk_cert("responder", rsp_key, ca, ca_key, NULL,
                        "serverAuth", 20);
    rogue = mk_cert("rogue", rogue_key, NULL, NULL, "critical,CA:TRUE",
                    "OCSPSigning", 20);
    assert_true(ca && leaf && other && rsp && rsp_noeku && rogue);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    X509_free(ca);
    X509_free(leaf);
    X509_free(other);
    X509_free(rsp);
    X509_free(rsp_noeku);
    X509_free(rogue);
    EVP_PKEY_free(ca_key);
    EVP_PKEY_free(leaf_key);
    EVP_PKEY_free(rsp_key);
    EVP_PKEY_free(rogue_key);
    return 0;
}

struct rspec {
    X509 *for_cert;      /* NULL: leaf */
    X509 *signer;        /* NULL: ca */
    EVP_PKEY *key;       /* NULL: ca_key */
    int status;          /* V_OCSP_CERTSTATUS_* */
    long this_off, next_off; /* seconds from now; next NO_NEXT: absent */
    OCSP_REQUEST *nonce_of;
};

/* A DER response as a responder would make it. */
static uint8_t *mk_resp(const struct rspec *s, size_t *len)
{
    OCSP_CERTID *id = OCSP_cert_to_id(NULL, s->for_cert ? s->for_cert : leaf,
                                      ca);
    OCSP_BASICRESP *bs = OCSP_BASICRESP_new();
    ASN1_TIME *tu = X509_gmtime_adj(NULL, s->this_off);
    ASN1_TIME *nu = s->next_off == NO_NEXT ? NULL
                                           : X509_gmtime_adj(NULL, s->next_off);
    ASN1_TIME *rt = X509_gmtime_adj(NULL, -60);
    OCSP_RESPONSE *resp;
    unsigned char *der = NULL;
    int n;

    assert_non_null(OCSP_basic_add1_status(
        bs, id, s->status, s->status == V_OCSP_CERTSTATUS_REVOKED ? 1 : -1,
        s->status == V_OCSP_CERTSTATUS_REVOKED ? rt : NULL, tu, nu));
    if (s->nonce_of)
        assert_int_equal(OCSP_copy_nonce(bs, s->nonce_of), 1);
    assert_int_equal(OCSP_basic_sign(bs, s->signer ? s->signer : ca,
                                     s->key ? s->key : ca_key, EVP_sha256(),
                                     NULL, s->signer ? 0 : OCSP_NOCERTS),
                     1);
    resp = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, bs);
    n = i2d_OCSP_RESPONSE(resp, &der);
    assert_true(n > 0);
    *len = (size_t)n;
    OCSP_RESPONSE_free(resp);
    OCSP_BASICRESP_free(bs);
    OCSP_CERTID_free(id);
    ASN1_TIME_free(tu);
    ASN1_TIME_free(nu);
    ASN1_TIME_free(rt);
    return der;
}

static int verify(const struct rspec *s, const OCSP_REQUEST *req,
                  mdshm__ocsp_result_t *res)
{
    mdshm__ocsp_cert_t c = {leaf, ca};
    size_t len;
    uint8_t *der = mk_resp(s, &len);
    int rv = mdshm__ocsp_verify(&c, req, der, len, mdshm__now_ms() / 1000,
                                false, res);
    OPENSSL_free(der);
    return rv;
}

static void test_good_by_issuer_and_delegate(void **state)
{
    mdshm__ocsp_result_t res;
    struct rspec s = {.status = V_OCSP_CERTSTATUS_GOOD, .next_off = 86400};
    int64_t now = mdshm__now_ms() / 1000;

    (void)state;
    assert_int_equal(verify(&s, NULL, &res), 0);
    assert_int_equal(res.status, MDSHM__OCSP_GOOD);
    assert_true(res.this_update <= now && res.this_update >= now - 5);
    assert_true(res.next_update >= now + 86400 - 5);
    s.signer = rsp;
    s.key = rsp_key;
    assert_int_equal(verify(&s, NULL, &res), 0);
    s.status = V_OCSP_CERTSTATUS_REVOKED;
    assert_int_equal(verify(&s, NULL, &res), 0);
    assert_int_equal(res.status, MDSHM__OCSP_REVOKED);
}

static void test_refused(void **state)
{
    mdshm__ocsp_result_t res;
    struct rspec s = {.status = V_OCSP_CERTSTATUS_GOOD, .next_off = 86400};

    (void)state;
    s.signer = rogue;
    s.key = rogue_key;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "did not certify"));
    s.signer = rsp_noeku;
    s.key = rsp_key;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "OCSPSigning"));
    s.signer = NULL;
    s.key = NULL;
    s.for_cert = other;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "another certificate"));
    s.for_cert = NULL;
    s.status = V_OCSP_CERTSTATUS_UNKNOWN;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "unknown"));
    s.status = V_OCSP_CERTSTATUS_GOOD;
    s.this_off = -7200;
    s.next_off = -3600;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "expired"));
    s.this_off = 3600; /* beyond the skew */
    s.next_off = 86400;
    assert_int_equal(verify(&s, NULL, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "future"));
    s.this_off = 60; /* within it */
    assert_int_equal(verify(&s, NULL, &res), 0);
}

static void test_bad_signature(void **state)
{
    mdshm__ocsp_cert_t c = {leaf, ca};
    mdshm__ocsp_result_t res;
    struct rspec s = {.status = V_OCSP_CERTSTATUS_GOOD, .next_off = 3600};
    size_t len;
    uint8_t *der = mk_resp(&s, &len);

    (void)state;
    /* inside the signature: a response the issuer signs carries no
     * certificates, so the signature is its end */
    der[len - 5] ^= 0x5a;
    assert_int_equal(mdshm__ocsp_verify(&c, NULL, der, len,
                                        mdshm__now_ms() / 1000, false, &res),
                     MDSHM_EBADINPUT);
    OPENSSL_free(der);
}

static void test_times(void **state)
{
    mdshm__ocsp_result_t res;
    struct rspec s = {.status = V_OCSP_CERTSTATUS_GOOD, .next_off = NO_NEXT};
    int64_t na;

    (void)state;
    assert_int_equal(verify(&s, NULL, &res), 0);
    assert_int_equal(res.next_update - res.this_update,
                     MDSHM__OCSP_DEFAULT_LIFETIME_S);
    s.next_off = 40L * 86400; /* past the leaf's notAfter (20 days) */
    assert_int_equal(verify(&s, NULL, &res), 0);
    na = mdshm__now_ms() / 1000 + 20 * 86400;
    assert_true(res.next_update <= na && res.next_update >= na - 5);
}

static void test_nonce(void **state)
{
    mdshm__ocsp_cert_t c = {leaf, ca};
    mdshm__ocsp_result_t res;
    OCSP_REQUEST *req = NULL, *req2 = NULL;
    uint8_t *der = NULL, *der2 = NULL;
    size_t len, len2;
    struct rspec s = {.status = V_OCSP_CERTSTATUS_GOOD, .next_off = 3600};

    (void)state;
    assert_int_equal(mdshm__ocsp_request(&c, true, &der, &len, &req), 0);
    assert_int_equal(mdshm__ocsp_request(&c, true, &der2, &len2, &req2), 0);
    s.nonce_of = req;
    assert_int_equal(verify(&s, req, &res), 0);
    assert_int_equal(verify(&s, req2, &res), MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "nonce"));
    s.nonce_of = NULL; /* a responder that ignores nonces is accepted */
    assert_int_equal(verify(&s, req, &res), 0);
    OPENSSL_free(der);
    OPENSSL_free(der2);
    OCSP_REQUEST_free(req);
    OCSP_REQUEST_free(req2);
}

static void test_not_a_response(void **state)
{
    mdshm__ocsp_cert_t c = {leaf, ca};
    mdshm__ocsp_result_t res;
    static const uint8_t trylater[] = {0x30, 0x03, 0x0A, 0x01, 0x03};
    static uint8_t big[MDSHM__OCSP_MAX_RESP + 1];
    const uint8_t garbage[] = "<html>not ocsp</html>";
    int64_t now = mdshm__now_ms() / 1000;

    (void)state;
    assert_int_equal(mdshm__ocsp_verify(&c, NULL, trylater, sizeof(trylater),
                                        now, false, &res),
                     MDSHM_EBADINPUT);
    assert_non_null(strstr(res.reason, "tryLater"));
    assert_int_equal(mdshm__ocsp_verify(&c, NULL, garbage, sizeof(garbage),
                                        now, false, &res),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__ocsp_verify(&c, NULL, big, sizeof(big), now,
                                        false, &res),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__ocsp_verify(&c, NULL, garbage, 0, now, false,
                                        &res),
                     MDSHM_EBADINPUT);
}

static void test_renew_at(void **state)
{
    (void)state;
    /* 3-day response, 33 %: renew after 2 days (mod_md's README) */
    int64_t t = mdshm__ocsp_renew_at(1000000, 1000000 + 3 * 86400, true, 330);
    assert_true(llabs(t - (1000000 + 2 * 86400) * 1000LL) < 3600 * 1000);
    /* a 1-day window */
    assert_int_equal(mdshm__ocsp_renew_at(0, 7 * 86400, false, 86400000),
                     6 * 86400 * 1000LL);
}

static void test_record_fields(void **state)
{
    mdshm_record_t r = {.type = MDSHM_REC_OCSP}, back;
    uint8_t *enc;
    size_t n;

    (void)state;
    r.u.ocsp.der = mdshm__sbuf("DER");
    r.u.ocsp.md = mdshm__sbuf("a.test");
    r.u.ocsp.last_error = mdshm__sbuf("tryLater");
    r.u.ocsp.next_try_ms = 42;
    r.u.ocsp.cert_not_after = 7;
    r.u.ocsp.cert = mdshm__sbuf("C");
    r.u.ocsp.issuer_cert = mdshm__sbuf("I");
    assert_int_equal(mdshm__record_encode(&r, &enc, &n), 0);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_OCSP, enc, n, &back), 0);
    assert_memory_equal(back.u.ocsp.md.p, "a.test", 6);
    assert_memory_equal(back.u.ocsp.last_error.p, "tryLater", 8);
    assert_int_equal(back.u.ocsp.next_try_ms, 42);
    assert_int_equal(back.u.ocsp.cert_not_after, 7);
    assert_int_equal(back.u.ocsp.issuer_cert.n, 1);
    free(enc);
}

static void pem_of(X509 *x, char *buf, size_t size, size_t *len)
{
    BIO *b = BIO_new(BIO_s_mem());
    char *p;
    long n;

    PEM_write_bio_X509(b, x);
    n = BIO_get_mem_data(b, &p);
    assert_true((size_t)n + *len < size);
    memcpy(buf + *len, p, (size_t)n);
    *len += (size_t)n;
    BIO_free(b);
}

static void test_requests(void **state)
{
    struct ut_env *e = *state;
    char pem[8192];
    size_t len = 0;
    uint8_t sha[32];

    assert_int_equal(mdshm_ocsp_register(e->st, "\x30\x82", 2, sha),
                     MDSHM_EBADINPUT);
    pem_of(leaf, pem, sizeof(pem), &len);
    /* no issuer */
    assert_int_equal(mdshm_ocsp_register(e->st, pem, len, sha),
                     MDSHM_EBADINPUT);
    pem_of(ca, pem, sizeof(pem), &len);
    /* no responder URL in the leaf: nothing to staple */
    assert_int_equal(mdshm_ocsp_register(e->st, pem, len, sha),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_ocsp_refresh_request(e->st, "../x"),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_ocsp_refresh_request(e->st, "nope.test"),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_ocsp_refresh_request(e->st, NULL), 0);
}

struct put {
    const char *key;
    mdshm_record_t rec;
    const uint8_t *raw; /* else rec */
    size_t raw_len;
};

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;

    if (p->raw)
        return mdshm__w_put_raw(w, MDSHM_DB_OCSP, p->key, 64, p->raw,
                                p->raw_len);
    return mdshm__w_put(w, MDSHM_DB_OCSP, p->key, 64, &p->rec);
}

/* The worker read: the hot path (no record wanted) and the full decode
 * agree, expired and empty responses are never returned, corrupt records
 * are refused. */
static void test_staple_get(void **state)
{
    struct ut_env *e = *state;
    struct put p = {0};
    mdshm_reader_t *rd;
    mdshm_ocsp_rec_t rec;
    mdshm_buf_t der;
    uint8_t sha[32];
    char key[65];
    int64_t now = mdshm__now_ms() / 1000;
    /* {"v": 1, "der": "str, not bin"} */
    static const uint8_t bad[] = {0x82, 0xa1, 'v', 0x01, 0xa3, 'd', 'e', 'r',
                                  0xa1, 'x'};

    memset(sha, 7, sizeof(sha));
    mdshm_key_ocsp(key, sha);
    p.key = key;
    p.rec.type = MDSHM_REC_OCSP;
    p.rec.u.ocsp.der = mdshm__sbuf("DER!");
    p.rec.u.ocsp.next_update = now + 100;
    p.rec.u.ocsp.responder_url = mdshm__sbuf("http://r");
    p.rec.u.ocsp.cert = mdshm__sbuf("a registered certificate");
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, NULL), 0);
    assert_int_equal(der.n, 4);
    assert_memory_equal(der.p, "DER!", 4);
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, &rec), 0);
    assert_int_equal(der.n, 4);
    assert_int_equal(rec.next_update, now + 100);
    /* at nextUpdate it is expired: none */
    assert_int_equal(mdshm_staple_get(rd, sha, now + 100, &der, NULL),
                     MDSHM_ENOTFOUND);
    assert_null(der.p);
    assert_int_equal(mdshm_staple_get(rd, sha, now + 100, &der, &rec),
                     MDSHM_ENOTFOUND);
    sha[0] ^= 1;
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, NULL),
                     MDSHM_ENOTFOUND);
    sha[0] ^= 1;
    mdshm_read_end(rd);
    /* a record without a response yet (only errors so far) */
    p.rec.u.ocsp.der = (mdshm_buf_t){0};
    p.rec.u.ocsp.errors = 3;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, NULL),
                     MDSHM_ENOTFOUND);
    mdshm_read_end(rd);
    /* corrupt: refused by both paths */
    p.raw = bad;
    p.raw_len = sizeof(bad);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, NULL),
                     MDSHM_ECORRUPT);
    assert_int_equal(mdshm_staple_get(rd, sha, now, &der, &rec),
                     MDSHM_ECORRUPT);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_by_issuer_and_delegate),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_bad_signature),
        cmocka_unit_test(test_times),
        cmocka_unit_test(test_nonce),
        cmocka_unit_test(test_not_a_response),
        cmocka_unit_test(test_renew_at),
        cmocka_unit_test(test_record_fields),
        cmocka_unit_test_setup_teardown(test_requests, ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_staple_get, ut_setup,
                                        ut_teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
