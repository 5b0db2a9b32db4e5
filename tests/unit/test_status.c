/* test_status.c -- the md-status document and the Prometheus metrics
 * (core/status_json.c, core/status_metrics.c) over a real store whose
 * records are written by the leader, including corrupt ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "store_int.h"
#include "unit/unit_store.h"

#include <errno.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <time.h>
#include <unistd.h>

#define NOW_S INT64_C(1800000000) /* Fri, 15 Jan 2027 08:00:00 GMT */
#define NOW_MS (NOW_S * 1000)
#define DAY 86400

static const char secret[] = "PRIVATEKEYMATERIAL";
static const char ec_serial[] = "E\"C\\1\n"; /* needs label escaping */

static mdshm_buf_t sb(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

/* A real self-signed certificate (DER) for the staged order. */
static unsigned char *staged_der(int *len)
{
    EVP_PKEY *k = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    X509_NAME *n;
    unsigned char *der = NULL;

    assert_non_null(k);
    assert_non_null(x);
    assert_int_equal(X509_set_version(x, 2), 1);
    assert_int_equal(ASN1_INTEGER_set(X509_get_serialNumber(x), 0xBEEF), 1);
    n = X509_get_subject_name(x);
    assert_int_equal(X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC,
                                                (const unsigned char *)
                                                "one.test", -1, -1, 0),
                     1);
    assert_int_equal(X509_set_issuer_name(x, n), 1);
    assert_non_null(ASN1_TIME_set(X509_getm_notBefore(x), NOW_S));
    assert_non_null(ASN1_TIME_set(X509_getm_notAfter(x), NOW_S + 90 * DAY));
    assert_int_equal(X509_set_pubkey(x, k), 1);
    assert_true(X509_sign(x, k, EVP_sha256()) > 0);
    *len = i2d_X509(x, &der);
    assert_true(*len > 0);
    X509_free(x);
    EVP_PKEY_free(k);
    return der;
}

static void put_certset(mdshm__wtxn_t *w, const char *md, const char *spec,
                        int64_t nb, int64_t na, uint8_t fill,
                        const char *serial, const char *ocsp_url)
{
    static uint8_t sha[4][32];
    static unsigned used;
    mdshm_record_t r = {.type = MDSHM_REC_CERTSET};
    mdshm_certset_rec_t *c = &r.u.certset;
    char key[300];
    int n = mdshm_key_certset(key, sizeof(key), md, strlen(md), spec,
                              strlen(spec));
    uint8_t *h = sha[used++ % 4];

    memset(h, fill, 32);
    c->gen = 7;
    c->md = sb(md);
    c->key_spec = sb(spec);
    c->n_chain = 1;
    c->chain[0] = sb("not-a-real-der");
    c->pkey = sb(secret);
    c->not_before = nb;
    c->not_after = na;
    c->sha256.p = h;
    c->sha256.n = 32;
    /* RFC 2253 as stored; the EC one has three RDNs and an escape */
    c->issuer = sb(fill == 0x22 ? "CN=EC CA,O=Ex\\,ample,C=DE" : "CN=Test CA");
    c->serial = sb(serial);
    c->ocsp_url = sb(ocsp_url);
    c->ari_id = sb("aaa.bbb");
    c->installed_ms = NOW_MS - DAY * 1000;
    assert_true(n > 0);
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)n, &r), 0);
}

static void put_md(mdshm__wtxn_t *w, const char *name, uint32_t state,
                   const char *const *names, uint32_t n_names,
                   const char *const *specs, uint32_t n_specs)
{
    mdshm_record_t r = {.type = MDSHM_REC_MD};
    mdshm_md_rec_t *m = &r.u.md;

    m->name = sb(name);
    m->state = state;
    m->renew_mode = 1;
    for (uint32_t i = 0; i < n_names; i++)
        m->names[m->n_names++] = sb(names[i]);
    for (uint32_t i = 0; i < n_specs; i++)
        m->key_specs[m->n_key_specs++] = sb(specs[i]);
    m->ca_urls[m->n_ca_urls++] = sb("https://ca.test/dir");
    m->contacts[m->n_contacts++] = sb("mailto:admin@one.test");
    m->renew_window = sb("33%");
    m->warn_window = sb("10%");
    m->renew_at_ms = NOW_MS + 10 * DAY * 1000;
    if (state == MDSHM_MD_COMPLETE) { /* settings md-status shows */
        m->transitive = true;
        m->agreement = sb("accepted");
        m->stapling = true;
        m->ari_renewals = true;
        m->acme_tls_1 = true;
        m->challenges[m->n_challenges++] = sb("tls-alpn-01");
        m->challenges[m->n_challenges++] = sb("http-01");
    }
    assert_int_equal(mdshm__w_put_md(w, m), 0);
}

static void put_account(mdshm__wtxn_t *w, const char *id, const char *ca,
                        const char *status)
{
    mdshm_record_t r = {.type = MDSHM_REC_ACCOUNT};

    r.u.account.ca_url = sb(ca);
    r.u.account.url = sb("https://ca.test/acct/1");
    r.u.account.status = sb(status);
    r.u.account.pkey = sb(secret);
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_ACCOUNTS, id, strlen(id), &r),
                     0);
}

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    static const char *const one_names[] = {"one.test", "www.one.test",
                                            "*.sub.one.test"};
    static const char *const both[] = {"rsa2048", "secp256r1"};
    static const char *const two_names[] = {"two.test"};
    static const char *const three_names[] = {"three.test"};
    static const char *const ec[] = {"secp256r1"};
    static const char *const four_names[] = {"four.test"};
    static const char *const err_names[] = {"err.test"};
    static const char *const rsa4096[] = {"rsa4096"};
    mdshm_record_t r;
    char key[300], okey[65];
    uint8_t sha[32];
    int n, der_len;
    unsigned char *der = staged_der(&der_len);

    (void)baton;
    put_md(w, "one.test", MDSHM_MD_COMPLETE, one_names, 3, both, 2);
    put_certset(w, "one.test", "rsa2048", NOW_S - DAY, NOW_S + 60 * DAY,
                0x11, "0A1B", "http://ocsp.test/");
    put_certset(w, "one.test", "secp256r1", NOW_S - 2 * DAY,
                NOW_S + 30 * DAY, 0x22, ec_serial, "");

    memset(sha, 0x11, sizeof(sha));
    mdshm_key_ocsp(okey, sha);
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der = sb("ocsp-der");
    r.u.ocsp.status = 0;
    r.u.ocsp.this_update = NOW_S - 3600;
    r.u.ocsp.next_update = NOW_S + DAY;
    r.u.ocsp.fetched_ms = NOW_MS - 3600 * 1000;
    r.u.ocsp.renew_at_ms = NOW_MS + 12 * 3600 * 1000;
    r.u.ocsp.errors = 2;
    r.u.ocsp.responder_url = sb("http://ocsp.test/");
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_OCSP, okey, 64, &r), 0);

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = sb("one.test");
    r.u.job.errors = 1;
    r.u.job.next_run_ms = NOW_MS + 60000;
    r.u.job.last_run_ms = NOW_MS - 60000;
    r.u.job.last_status = MDSHM_EBUSY;
    r.u.job.last_problem = sb("urn:ietf:params:acme:error:rateLimited");
    r.u.job.last_detail = sb("too many orders");
    r.u.job.n_log = 3;
    r.u.job.log[0] = (mdshm_joblog_entry_t){NOW_MS - 300000, sb("starting"),
                                            sb("renewing: due")};
    r.u.job.log[1] = (mdshm_joblog_entry_t){NOW_MS - 200000, sb("progress"),
                                            sb("created order")};
    r.u.job.log[2] = (mdshm_joblog_entry_t){NOW_MS - 100000, sb("error"),
                                            sb("too many orders")};
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_JOBS, "one.test", 8, &r), 0);

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_STAGING;
    r.u.staging.md = sb("one.test");
    r.u.staging.key_spec = sb("secp256r1");
    r.u.staging.pkey = sb(secret);
    r.u.staging.n_chain = 1;
    r.u.staging.chain[0].p = der;
    r.u.staging.chain[0].n = (size_t)der_len;
    n = mdshm_key_certset(key, sizeof(key), "one.test", 8, "secp256r1", 9);
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_STAGING, key, (size_t)n, &r),
                     0);
    OPENSSL_free(der);

    put_md(w, "two.test", MDSHM_MD_INCOMPLETE, two_names, 1, both, 1);
    put_md(w, "three.test", MDSHM_MD_COMPLETE, three_names, 1, ec, 1);
    put_md(w, "four.test", MDSHM_MD_COMPLETE, four_names, 1, rsa4096, 1);
    put_md(w, "err.test", MDSHM_MD_ERROR, err_names, 1, ec, 1);
    put_certset(w, "four.test", "rsa4096", NOW_S - DAY, NOW_S + 60 * DAY,
                0x33, "4096", "http://ocsp.test/");
    /* its responder failed the first fetch: a record without a response */
    memset(sha, 0x33, sizeof(sha));
    mdshm_key_ocsp(okey, sha);
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.errors = 1;
    r.u.ocsp.last_error = sb("responder timed out");
    r.u.ocsp.next_try_ms = NOW_MS + 60000;
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_OCSP, okey, 64, &r), 0);
    /* the first is deactivated, one is of another CA: 0001 is the MD's */
    put_account(w, "ACME-ca.test-0000", "https://ca.test/dir", "deactivated");
    put_account(w, "ACME-ca.test-0001", "https://ca.test/dir", "valid");
    put_account(w, "ACME-a.test-0000", "https://other.test/dir", "valid");
    n = mdshm_key_certset(key, sizeof(key), "three.test", 10, "secp256r1", 9);
    assert_int_equal(mdshm__w_put_raw(w, MDSHM_DB_CERTS, key, (size_t)n,
                                      "\xc1garbage", 8),
                     0);
    return mdshm__w_put_raw(w, MDSHM_DB_MDS, "bad.test", 8, "\xc1x", 2);
}

static int setup(void **state)
{
    struct ut_env *e;

    ut_setup(state);
    e = *state;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN); /* corrupt on purpose */
    assert_int_equal(mdshm__leader_write(e->c, fill_fn, NULL), 0);
    return 0;
}

static int teardown(void **state)
{
    ut_teardown(state);
    return 0;
}

static const char *date(int64_t t, char *buf, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;

    gmtime_r(&tt, &tm);
    strftime(buf, size, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return buf;
}

static json_t *status_doc(struct ut_env *e, const char *md, int64_t now_ms,
                          char **text)
{
    size_t len = 0;
    json_error_t jerr;
    json_t *doc;

    assert_int_equal(mdshm_status_json(e->st, md, now_ms, text, &len), 0);
    assert_non_null(*text);
    assert_int_equal(strlen(*text), len);
    assert_int_equal((*text)[len - 1], '\n');
    doc = json_loads(*text, 0, &jerr);
    if (!doc)
        fail_msg("status JSON does not parse: %s", jerr.text);
    return doc;
}

static const char *jstr(json_t *o, const char *path)
{
    char buf[256], *save = NULL, *tok;

    snprintf(buf, sizeof(buf), "%s", path);
    for (tok = strtok_r(buf, "/", &save); tok && o;
         tok = strtok_r(NULL, "/", &save))
        o = json_is_array(o) ? json_array_get(o, (size_t)atoi(tok))
                             : json_object_get(o, tok);
    if (!json_is_string(o))
        fail_msg("no string at %s", path);
    return json_string_value(o);
}

static json_t *jget(json_t *o, const char *path)
{
    char buf[256], *save = NULL, *tok;

    snprintf(buf, sizeof(buf), "%s", path);
    for (tok = strtok_r(buf, "/", &save); tok && o;
         tok = strtok_r(NULL, "/", &save))
        o = json_is_array(o) ? json_array_get(o, (size_t)atoi(tok))
                             : json_object_get(o, tok);
    return o;
}

static json_t *find_md(json_t *doc, const char *name)
{
    json_t *mds = json_object_get(doc, "managed-domains"), *m;
    size_t i;

    json_array_foreach(mds, i, m)
    {
        if (!strcmp(json_string_value(json_object_get(m, "name")), name))
            return m;
    }
    fail_msg("MD %s not in the document", name);
    return NULL;
}

static void test_all_mds(void **state)
{
    struct ut_env *e = *state;
    char *text = NULL, d[64];
    json_t *doc = status_doc(e, NULL, NOW_MS, &text), *one, *two, *four, *bad;
    json_t *alpn;

    assert_string_equal(jstr(doc, "version"), MDSHM_VERSION);
    assert_int_equal(json_integer_value(jget(doc, "leader/pid")), getpid());
    assert_true(json_is_true(jget(doc, "leader/active")));
    assert_int_equal(json_array_size(jget(doc, "managed-domains")), 6);
    /* mod_md watches every MD but those in error */
    assert_true(json_is_false(jget(find_md(doc, "err.test"), "watched")));
    assert_true(json_is_true(jget(find_md(doc, "two.test"), "watched")));
    one = find_md(doc, "one.test");
    assert_int_equal(json_array_size(jget(one, "domains")), 3);
    assert_string_equal(jstr(one, "contacts/0"), "mailto:admin@one.test");
    assert_string_equal(jstr(one, "ca/url"), "https://ca.test/dir");
    /* mod_md's members, with mod_md's types */
    assert_int_equal(json_integer_value(jget(one, "transitive")), 1);
    assert_true(json_is_integer(jget(one, "transitive")));
    assert_string_equal(jstr(one, "ca/account"), "ACME-ca.test-0001");
    assert_string_equal(jstr(one, "ca/agreement"), "accepted");
    assert_string_equal(jstr(one, "ca/proto"), "ACME");
    /* MDCAChallenges, as configured (none configured: no member) */
    assert_string_equal(jstr(one, "ca/challenges/0"), "tls-alpn-01");
    assert_string_equal(jstr(one, "ca/challenges/1"), "http-01");
    assert_true(json_is_true(jget(one, "stapling")));
    assert_true(json_is_false(jget(one, "profile-mandatory")));
    assert_true(json_is_true(jget(one, "ari-renewals")));
    assert_true(json_is_true(jget(one, "watched")));
    assert_true(json_is_false(jget(one, "must-staple")));
    /* (a key with a '/': not for jget) */
    alpn = json_object_get(jget(one, "proto"), "acme-tls/1");
    assert_int_equal(json_array_size(alpn), 3);
    assert_string_equal(json_string_value(json_array_get(alpn, 1)),
                        "www.one.test");
    assert_string_equal(jstr(one, "privkey/0/type"), "RSA");
    assert_int_equal(json_integer_value(jget(one, "privkey/0/bits")), 2048);
    assert_string_equal(jstr(one, "privkey/1/curve"), "secp256r1");
    assert_int_equal(json_integer_value(jget(one, "state")), 2);
    assert_null(jget(one, "state-descr"));
    assert_string_equal(jstr(one, "renew-window"), "33%");
    assert_string_equal(jstr(one, "renew-at"),
                        date(NOW_S + 10 * DAY, d, sizeof(d)));
    /* mod_md's names: "rsa" for RSA 2048, the curve for EC */
    assert_string_equal(jstr(one, "cert/rsa/serial"), "0A1B");
    /* OpenSSL's one-line form, as mod_md */
    assert_string_equal(jstr(one, "cert/rsa/issuer-name"), "/CN=Test CA");
    assert_string_equal(jstr(one, "cert/secp256r1/issuer-name"),
                        "/C=DE/O=Ex,ample/CN=EC CA");
    assert_string_equal(jstr(one, "cert/rsa/valid/until"),
                        date(NOW_S + 60 * DAY, d, sizeof(d)));
    assert_string_equal(jstr(one, "cert/rsa/sha256-fingerprint"),
                        "1111111111111111111111111111111111111111111111111111"
                        "111111111111");
    assert_string_equal(jstr(one, "cert/rsa/ari-cert-id"), "aaa.bbb");
    assert_string_equal(jstr(one, "cert/secp256r1/serial"), ec_serial);
    /* "valid" of the MD: when every certificate is valid */
    assert_string_equal(jstr(one, "cert/valid/from"),
                        date(NOW_S - DAY, d, sizeof(d)));
    assert_string_equal(jstr(one, "cert/valid/until"),
                        date(NOW_S + 30 * DAY, d, sizeof(d)));
    /* stapling */
    assert_string_equal(jstr(one, "cert/rsa/ocsp/state"), "valid");
    assert_string_equal(jstr(one, "cert/rsa/ocsp/status"), "good");
    assert_string_equal(jstr(one, "cert/rsa/ocsp/responder"),
                        "http://ocsp.test/");
    assert_string_equal(jstr(one, "cert/rsa/ocsp/valid/until"),
                        date(NOW_S + DAY, d, sizeof(d)));
    assert_int_equal(json_integer_value(jget(one, "cert/rsa/ocsp/errors")), 2);
    /* mod_md's OCSP job of the MD, from the record */
    assert_string_equal(jstr(one, "cert/rsa/ocsp/renewal/name"), "one.test");
    assert_true(json_is_true(jget(one, "cert/rsa/ocsp/renewal/finished")));
    assert_int_equal(
        json_integer_value(jget(one, "cert/rsa/ocsp/renewal/errors")), 2);
    assert_string_equal(jstr(one, "cert/rsa/ocsp/renewal/last-run"),
                        date(NOW_S - 3600, d, sizeof(d)));
    assert_string_equal(jstr(one, "cert/secp256r1/ocsp/state"),
                        "no responder");
    assert_null(jget(one, "cert/secp256r1/ocsp/error"));
    /* staged order and failed job: renewal, without the log */
    assert_true(json_is_true(jget(one, "renew")));
    assert_int_equal(json_integer_value(jget(one, "renewal/errors")), 1);
    assert_string_equal(jstr(one, "renewal/last/problem"),
                        "urn:ietf:params:acme:error:rateLimited");
    assert_int_equal(json_integer_value(jget(one, "renewal/last/status")),
                     MDSHM_EBUSY);
    assert_null(jget(one, "renewal/log"));
    /* the RSA key has no staged certificate: not finished */
    assert_true(json_is_false(jget(one, "renewal/finished")));
    assert_null(jget(one, "renewal/valid-from"));
    assert_string_equal(jstr(one, "renewal/cert/valid/until"),
                        date(NOW_S + 90 * DAY, d, sizeof(d)));
    assert_string_equal(jstr(one, "renewal/cert/secp256r1/serial"), "BEEF");
    assert_string_equal(jstr(one, "renewal/cert/secp256r1/valid/until"),
                        date(NOW_S + 90 * DAY, d, sizeof(d)));
    /* no certificate yet */
    two = find_md(doc, "two.test");
    assert_int_equal(json_integer_value(jget(two, "state")), 1);
    assert_string_equal(jstr(two, "state-descr"),
                        "certificate(rsa) is missing");
    assert_int_equal(json_object_size(jget(two, "cert")), 0);
    /* as mod_md: renewal is due now, and no "renewal" without a job; the
     * account and the CA in use are shown once the MD has a certificate */
    assert_true(json_is_true(jget(two, "renew")));
    assert_string_equal(jstr(two, "renew-at"), date(NOW_S, d, sizeof(d)));
    assert_null(jget(two, "renewal"));
    assert_null(jget(two, "ca/account"));
    assert_null(jget(two, "ca/url"));
    assert_int_equal(json_array_size(jget(two, "ca/urls")), 1);
    /* the default key (RSA 2048 only): no "privkey", as mod_md */
    assert_null(jget(two, "privkey"));
    assert_int_equal(json_integer_value(jget(two, "transitive")), 0);
    assert_true(json_is_false(jget(two, "stapling")));
    alpn = json_object_get(jget(two, "proto"), "acme-tls/1");
    assert_true(json_is_array(alpn) && json_array_size(alpn) == 0);
    assert_null(jget(two, "ca/agreement"));
    assert_null(jget(two, "ca/challenges"));
    /* mod_md calls every RSA key "rsa", whatever its size */
    four = find_md(doc, "four.test");
    assert_string_equal(jstr(four, "cert/rsa/serial"), "4096");
    /* not due, nothing staged: mod_md shows neither "renew" nor
     * "renewal" */
    assert_null(jget(four, "renew"));
    assert_null(jget(four, "renewal"));
    /* no response yet, only a failed fetch: no status, no 1970 times */
    assert_string_equal(jstr(four, "cert/rsa/ocsp/state"), "pending");
    assert_null(jget(four, "cert/rsa/ocsp/status"));
    assert_null(jget(four, "cert/rsa/ocsp/valid"));
    assert_null(jget(four, "cert/rsa/ocsp/fetched"));
    assert_int_equal(json_integer_value(jget(four, "cert/rsa/ocsp/errors")), 1);
    assert_string_equal(jstr(four, "cert/rsa/ocsp/last-error"),
                        "responder timed out");
    assert_null(jget(four, "cert/rsa4096"));
    assert_string_equal(jstr(four, "privkey/0/type"), "RSA");
    assert_int_equal(json_integer_value(jget(four, "privkey/0/bits")), 4096);
    assert_string_equal(jstr(find_md(doc, "three.test"), "privkey/0/curve"),
                        "secp256r1");
    /* corrupt records: shown as such, the rest is complete */
    bad = find_md(doc, "bad.test");
    assert_string_equal(jstr(bad, "error"), "MDSHM_ECORRUPT");
    assert_string_equal(jstr(find_md(doc, "three.test"),
                             "cert/secp256r1/error"),
                        "MDSHM_ECORRUPT");
    /* secrets never appear */
    assert_null(strstr(text, secret));
    json_decref(doc);
    free(text);
}

static void test_one_md(void **state)
{
    struct ut_env *e = *state;
    static const char *const ways[] = {"one.test", "WWW.One.Test",
                                       "x.sub.one.test", "*.sub.one.test"};
    char *text = NULL;
    size_t len = 7;
    json_t *doc;

    for (size_t i = 0; i < sizeof(ways) / sizeof(ways[0]); i++) {
        doc = status_doc(e, ways[i], NOW_MS, &text);
        assert_string_equal(jstr(doc, "name"), "one.test");
        /* the log, newest first */
        assert_int_equal(json_array_size(jget(doc, "renewal/log/entries")),
                         3);
        assert_string_equal(jstr(doc, "renewal/log/entries/0/type"),
                            "error");
        assert_string_equal(jstr(doc, "renewal/log/entries/2/detail"),
                            "renewing: due");
        json_decref(doc);
        free(text);
    }
    text = (char *)"x";
    assert_int_equal(mdshm_status_json(e->st, "nope.test", NOW_MS, &text,
                                       &len),
                     MDSHM_ENOTFOUND);
    assert_null(text);
    assert_int_equal(len, 0);
    assert_int_equal(mdshm_status_json(e->st, "", NOW_MS, &text, &len),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_status_json(e->st, "bad name!", NOW_MS, &text,
                                       &len),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_status_json(NULL, NULL, NOW_MS, &text, &len),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_status_json(e->st, NULL, NOW_MS, NULL, &len),
                     MDSHM_EBADINPUT);
    /* a corrupt MD by name: the document says so */
    doc = status_doc(e, "bad.test", NOW_MS, &text);
    assert_string_equal(jstr(doc, "error"), "MDSHM_ECORRUPT");
    json_decref(doc);
    free(text);
}

/* two.test's first order, in progress: ordered, no certificate yet */
static int in_progress_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t r;
    char key[128];
    int n;

    (void)baton;
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = sb("two.test");
    r.u.job.n_log = 3;
    r.u.job.log[0] = (mdshm_joblog_entry_t){NOW_MS - 3000,
                                            sb("event:renewing"),
                                            sb("no rsa2048 certificate")};
    r.u.job.log[1] = (mdshm_joblog_entry_t){NOW_MS - 2000, sb("starting"),
                                            sb("renewing")};
    r.u.job.log[2] = (mdshm_joblog_entry_t){NOW_MS - 1000, sb("progress"),
                                            sb("created rsa2048 order")};
    n = mdshm__w_put(w, MDSHM_DB_JOBS, "two.test", 8, &r);
    if (n < 0)
        return n;
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_STAGING;
    r.u.staging.md = sb("two.test");
    r.u.staging.key_spec = sb("rsa2048");
    n = mdshm_key_certset(key, sizeof(key), "two.test", 8, "rsa2048", 7);
    if (n < 0)
        return n;
    return mdshm__w_put(w, MDSHM_DB_STAGING, key, (size_t)n, &r);
}

static void test_run_in_progress(void **state)
{
    struct ut_env *e = *state;
    char *text = NULL, d[64];
    json_t *doc;

    assert_int_equal(mdshm__leader_write(e->c, in_progress_fn, NULL), 0);
    doc = status_doc(e, "two.test", NOW_MS, &text);
    /* as mod_md: the run's start and its progress so far, and no
     * certificate member before the CA issued one */
    assert_true(json_is_true(jget(doc, "renew")));
    assert_string_equal(jstr(doc, "renewal/last-run"),
                        date(NOW_S - 2, d, sizeof(d)));
    assert_int_equal(json_integer_value(jget(doc, "renewal/last/status")), 0);
    assert_string_equal(jstr(doc, "renewal/last/activity"),
                        "created rsa2048 order");
    assert_true(json_is_false(jget(doc, "renewal/finished")));
    assert_int_equal(json_object_size(jget(doc, "renewal/cert")), 0);
    json_decref(doc);
    free(text);
}

static void test_later(void **state)
{
    struct ut_env *e = *state;
    char *text = NULL;
    json_t *doc = status_doc(e, "one.test", NOW_MS + 40LL * DAY * 1000,
                             &text);

    /* the OCSP response ran out; the EC certificate expired; renewal due */
    assert_string_equal(jstr(doc, "cert/rsa/ocsp/state"), "expired");
    assert_string_equal(jstr(doc, "cert/rsa/ocsp/status"), "good");
    assert_true(json_is_true(jget(doc, "renew")));
    json_decref(doc);
    free(text);
}

/* ---- metrics ---------------------------------------------------------- */

struct sample {
    char name[128];
    char labels[512]; /* unescaped: k=v,k=v */
    double value;
};

/* Parse one sample line strictly (format 0.0.4); false if malformed. */
static bool parse_sample(const char *line, struct sample *s)
{
    const char *p = line;
    size_t n = 0, l = 0;
    char *end;

    memset(s, 0, sizeof(*s));
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           *p == '_' || *p == ':' || (n && *p >= '0' && *p <= '9'))
        s->name[n++] = *p++;
    if (!n)
        return false;
    if (*p == '{') {
        p++;
        while (*p != '}') {
            size_t k0 = l;
            while ((*p >= 'a' && *p <= 'z') || *p == '_' ||
                   (l > k0 && *p >= '0' && *p <= '9'))
                s->labels[l++] = *p++;
            if (p[0] != '=' || p[1] != '"')
                return false;
            s->labels[l++] = '=';
            p += 2;
            while (*p != '"') {
                if (!*p || *p == '\n')
                    return false;
                if (*p == '\\') {
                    p++;
                    if (*p != '\\' && *p != '"' && *p != 'n')
                        return false;
                    s->labels[l++] = *p == 'n' ? '\n' : *p;
                    p++;
                } else {
                    s->labels[l++] = *p++;
                }
            }
            p++;
            if (*p == ',') {
                s->labels[l++] = ',';
                p++;
            } else if (*p != '}') {
                return false;
            }
        }
        p++;
    }
    if (*p++ != ' ')
        return false;
    s->value = strtod(p, &end);
    return end != p && *end == 0;
}

/* Every line parses; HELP and TYPE come once, before the family's
 * samples, which are contiguous.  Returns the samples. */
static size_t parse_metrics(const char *text, struct sample *out,
                            size_t max)
{
    char *copy = strdup(text), *save = NULL, *line;
    char family[128] = "", typed[128] = "";
    char seen[64][128];
    size_t n = 0, n_seen = 0;

    assert_non_null(copy);
    assert_true(strlen(text) > 0 && text[strlen(text) - 1] == '\n');
    for (line = strtok_r(copy, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        char name[128];
        if (!strncmp(line, "# HELP ", 7)) {
            assert_int_equal(sscanf(line + 7, "%127s", name), 1);
            for (size_t i = 0; i < n_seen; i++)
                if (!strcmp(seen[i], name))
                    fail_msg("family %s appears twice", name);
            assert_true(n_seen < 64);
            strcpy(seen[n_seen++], name);
            strcpy(family, name);
            continue;
        }
        if (!strncmp(line, "# TYPE ", 7)) {
            char type[32];
            assert_int_equal(sscanf(line + 7, "%127s %31s", name, type), 2);
            assert_string_equal(name, family);
            assert_string_equal(type, "gauge");
            strcpy(typed, name);
            continue;
        }
        assert_true(n < max);
        if (!parse_sample(line, &out[n]))
            fail_msg("malformed sample line: %s", line);
        assert_string_equal(out[n].name, typed);
        n++;
    }
    free(copy);
    return n;
}

static bool value_of(const struct sample *s, size_t n, const char *name,
                     const char *labels, double *v)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(s[i].name, name) && !strcmp(s[i].labels, labels)) {
            *v = s[i].value;
            return true;
        }
    return false;
}

static double must(const struct sample *s, size_t n, const char *name,
                   const char *labels)
{
    double v = 0;

    if (!value_of(s, n, name, labels, &v))
        fail_msg("no sample %s{%s}", name, labels);
    return v;
}

static void test_metrics(void **state)
{
    struct ut_env *e = *state;
    static struct sample s[256];
    const char *rsa = "md=one.test,key_spec=rsa2048";
    const char *ecl = "md=one.test,key_spec=secp256r1", *four;
    char info[256];
    char *text = NULL;
    size_t len = 0, n;
    double v;

    assert_int_equal(mdshm_status_metrics(e->st, NOW_MS, &text, &len), 0);
    assert_int_equal(strlen(text), len);
    n = parse_metrics(text, s, 256);

    /* what changes at renewal is in mdshm_cert_info only, never in a
     * gauge's labels (a new series per renewal) */
    for (size_t i = 0; i < n; i++)
        if (strstr(s[i].labels, "serial=") || strstr(s[i].labels, "sha256=")
            || strstr(s[i].labels, "issuer="))
            assert_string_equal(s[i].name, "mdshm_cert_info");
    assert_true(must(s, n, "mdshm_cert_info",
                     "md=one.test,key_spec=rsa2048,serial=0A1B,sha256="
                     "11111111111111111111111111111111111111111111111111111111"
                     "11111111,issuer=CN=Test CA") == 1);
    snprintf(info, sizeof(info),
             "%s,serial=%s,sha256=%s,issuer=CN=EC CA,O=Ex\\,ample,C=DE",
             ecl, ec_serial,
             "2222222222222222222222222222222222222222222222222222222222222222");
    assert_true(must(s, n, "mdshm_cert_info", info) == 1);

    assert_true(must(s, n, "mdshm_cert_not_after_timestamp_seconds", rsa) ==
                (double)(NOW_S + 60 * DAY));
    assert_true(must(s, n, "mdshm_cert_not_before_timestamp_seconds", ecl) ==
                (double)(NOW_S - 2 * DAY));
    assert_true(must(s, n, "mdshm_cert_renew_at_timestamp_seconds", rsa) ==
                (double)(NOW_S + 10 * DAY));
    assert_true(must(s, n, "mdshm_cert_ocsp_status", rsa) == 0);
    assert_true(must(s, n, "mdshm_cert_ocsp_stapled", rsa) == 1);
    assert_true(must(s, n, "mdshm_cert_ocsp_errors", rsa) == 2);
    assert_true(must(s, n, "mdshm_cert_ocsp_next_update_timestamp_seconds",
                     rsa) == (double)(NOW_S + DAY));
    assert_true(must(s, n, "mdshm_cert_ocsp_this_update_timestamp_seconds",
                     rsa) == (double)(NOW_S - 3600));
    assert_true(must(s, n, "mdshm_cert_ocsp_responder", ecl) == 0);
    /* only a failed fetch: not stapled, no status or times (not "good") */
    four = "md=four.test,key_spec=rsa4096";
    assert_true(must(s, n, "mdshm_cert_ocsp_stapled", four) == 0);
    assert_true(must(s, n, "mdshm_cert_ocsp_errors", four) == 1);
    assert_false(value_of(s, n, "mdshm_cert_ocsp_status", four, &v));
    assert_false(value_of(s, n,
                          "mdshm_cert_ocsp_next_update_timestamp_seconds",
                          four, &v));
    assert_false(value_of(s, n,
                          "mdshm_cert_ocsp_this_update_timestamp_seconds",
                          four, &v));
    assert_false(value_of(s, n, "mdshm_cert_ocsp_stapled", ecl, &v));
    assert_true(must(s, n, "mdshm_md_state", "md=one.test") == 2);
    assert_true(must(s, n, "mdshm_md_state", "md=two.test") == 1);
    assert_true(must(s, n, "mdshm_md_renewal_errors", "md=one.test") == 1);
    assert_true(must(s, n, "mdshm_md_last_run_status", "md=one.test") ==
                MDSHM_EBUSY);
    assert_true(must(s, n, "mdshm_md_next_run_timestamp_seconds",
                     "md=one.test") == (double)(NOW_S + 60));
    assert_true(must(s, n, "mdshm_leader_term", "") >= 1);
    assert_true(must(s, n, "mdshm_leader_pid", "") == getpid());
    assert_true(must(s, n, "mdshm_leader_lock_held", "") == 1);
    assert_true(must(s, n, "mdshm_store_max_readers", "") == 510);
    assert_true(must(s, n, "mdshm_store_map_size_bytes", "") > 0);
    assert_true(must(s, n, "mdshm_store_records", "db=mds") == 6);
    /* the corrupt MD and certificate set are counted, not fatal */
    assert_true(must(s, n, "mdshm_status_corrupt_records", "db=mds") == 1);
    assert_true(must(s, n, "mdshm_status_corrupt_records", "db=certs") == 1);
    assert_true(must(s, n, "mdshm_status_corrupt_records", "db=ocsp") == 0);
    assert_null(strstr(text, secret));
    free(text);

    /* two days on, the OCSP response is no longer stapled */
    assert_int_equal(mdshm_status_metrics(e->st, NOW_MS + 2LL * DAY * 1000,
                                          &text, &len),
                     0);
    n = parse_metrics(text, s, 256);
    assert_true(must(s, n, "mdshm_cert_ocsp_stapled", rsa) == 0);
    free(text);
    assert_int_equal(mdshm_status_metrics(NULL, NOW_MS, &text, &len),
                     MDSHM_EBADINPUT);
}

/* An empty store still gives a valid document and metrics. */
static void test_empty(void **state)
{
    struct ut_env *e;
    char *text = NULL;
    size_t len = 0;
    static struct sample s[64];
    json_t *doc;

    ut_setup(state);
    e = *state;
    doc = status_doc(e, NULL, NOW_MS, &text);
    assert_int_equal(json_array_size(jget(doc, "managed-domains")), 0);
    json_decref(doc);
    free(text);
    assert_int_equal(mdshm_status_metrics(e->st, NOW_MS, &text, &len), 0);
    assert_true(parse_metrics(text, s, 64) > 0);
    free(text);
    ut_teardown(state);
}

/* Each allocation of a status document failing in turn (OpenSSL's and
 * jansson's included): an error, or the whole document, never one with a
 * member missing or an error in place of a record that decodes. */
static void test_out_of_memory_all_or_nothing(void **state)
{
    struct ut_env *e = *state;
    char *clean = NULL, *text;
    size_t len;

    assert_int_equal(mdshm_status_json(e->st, NULL, NOW_MS, &clean, &len), 0);
    for (long n = 1;; n++) {
        int rv;

        text = NULL;
        torture_fail_nth(n);
        rv = mdshm_status_json(e->st, NULL, NOW_MS, &text, &len);
        if (torture_fail_nth(0) < n) {
            assert_int_equal(rv, 0); /* no allocation failed: done */
            free(text);
            break;
        }
        if (rv == 0 && strcmp(text, clean) != 0)
            fail_msg("allocation %ld failed, yet a document came:\n%s", n,
                     text);
        /* OpenSSL does not flag every failed allocation as such: then the
         * library can only say that OpenSSL failed. */
        if (rv != 0 && rv != -ENOMEM && rv != MDSHM_ECRYPTO)
            fail_msg("allocation %ld failed: %s", n, mdshm_strerror(rv));
        free(text);
    }
    free(clean);
}

/* A leader that resigned keeps its record with heartbeat 0: its age is
 * unknown (null, no sample), not the time since 1970. */
static void test_resigned_leader(void **state)
{
    struct ut_env *e = *state;
    static struct sample s[256];
    mdshm_leader_status_t ls;
    char *text = NULL;
    size_t len = 0, n;
    double v;
    json_t *doc;

    mdshm__candidate_destroy(e->c); /* steps down: heartbeat_ms = 0 */
    e->c = NULL;
    assert_int_equal(mdshm_leader_status(e->st, 0, &ls), 0);
    assert_true(ls.present);
    assert_int_equal(ls.heartbeat_ms, 0);
    assert_int_equal(ls.heartbeat_age_ms, -1);
    assert_true(ls.stale);
    doc = status_doc(e, NULL, NOW_MS, &text);
    assert_true(json_is_null(jget(doc, "leader/heartbeat-age-ms")));
    assert_false(json_is_true(jget(doc, "leader/active")));
    json_decref(doc);
    free(text);
    assert_int_equal(mdshm_status_metrics(e->st, NOW_MS, &text, &len), 0);
    n = parse_metrics(text, s, 256);
    assert_true(must(s, n, "mdshm_leader_present", "") == 1);
    assert_false(value_of(s, n, "mdshm_leader_heartbeat_age_seconds", "",
                          &v));
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_all_mds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_md, setup, teardown),
        cmocka_unit_test_setup_teardown(test_later, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_in_progress, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_metrics, setup, teardown),
        cmocka_unit_test(test_empty),
        cmocka_unit_test_setup_teardown(test_out_of_memory_all_or_nothing,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_resigned_leader, setup,
                                        teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
