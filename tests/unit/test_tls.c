/* test_tls.c -- the embedding API's OpenSSL hooks, in memory: certificate
 * choice by SNI and signature algorithms, the per-worker cache (nothing
 * parsed while the store is unchanged; a renewal is served on the next
 * handshake), the fallback for pending MDs and unmanaged names, stapling,
 * tls-alpn-01 and http-01.  Client and server talk through a BIO pair. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "internal.h"
#include "store_int.h"
#include "tls.h"

#include <ftw.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

typedef struct env {
    char dir[64], store[80];
    mdshm_tls_t *t;
    mdshm_tls_worker_t *w;
    mdshm__candidate_t *c;
    SSL_CTX *sctx;
    /* run inside the next client_hello callback, after the library's:
     * another handshake of an event loop between a handshake's hello
     * and its status callback */
    void (*between)(struct env *e);
} env_t;

/* A self-signed certificate for @name: DER leaf + PKCS#8 DER key. */
typedef struct cert {
    uint8_t *der, *key;
    int der_len, key_len;
    uint8_t sha[32];
    BIGNUM *serial;
} cert_t;

static void cert_make(cert_t *c, const char *name, bool rsa)
{
    EVP_PKEY *pk = rsa ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256");
    X509 *x = X509_new();
    PKCS8_PRIV_KEY_INFO *p8;
    unsigned char rnd[10];
    char san[300];
    X509V3_CTX v3;
    X509_EXTENSION *ext;

    assert_non_null(pk);
    RAND_bytes(rnd, sizeof(rnd));
    rnd[0] = (rnd[0] & 0x3f) | 0x40; /* positive, no leading zero: DER */
    X509_set_version(x, X509_VERSION_3);
    ASN1_STRING_set(X509_get_serialNumber(x), rnd, sizeof(rnd));
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400 * 30L);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                               (const unsigned char *)name, -1, -1, 0);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    X509_set_pubkey(x, pk);
    snprintf(san, sizeof(san), "DNS:%s", name);
    X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
    ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, san);
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    assert_true(X509_sign(x, pk, EVP_sha256()) > 0);
    c->der = NULL;
    c->der_len = i2d_X509(x, &c->der);
    p8 = EVP_PKEY2PKCS8(pk);
    c->key = NULL;
    c->key_len = i2d_PKCS8_PRIV_KEY_INFO(p8, &c->key);
    SHA256(c->der, (size_t)c->der_len, c->sha);
    c->serial = ASN1_INTEGER_to_BN(X509_get_serialNumber(x), NULL);
    PKCS8_PRIV_KEY_INFO_free(p8);
    X509_free(x);
    EVP_PKEY_free(pk);
}

static void cert_free(cert_t *c)
{
    OPENSSL_free(c->der);
    OPENSSL_free(c->key);
    BN_free(c->serial);
}

static mdshm_buf_t sb(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

/* ---- writes (this process leads) -------------------------------------- */

struct put {
    const char *md, *name;
    const char *specs[2];
    size_t n_specs;
    cert_t *certs[2]; /* NULL: no set for that spec */
};

static int put_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;
    mdshm_md_rec_t md;
    int rv;

    memset(&md, 0, sizeof(md));
    md.name = sb(p->md);
    md.n_names = 1;
    md.names[0] = sb(p->name);
    md.n_key_specs = (uint32_t)p->n_specs;
    for (size_t i = 0; i < p->n_specs; i++)
        md.key_specs[i] = sb(p->specs[i]);
    if ((rv = mdshm__w_put_md(w, &md)) < 0)
        return rv;
    for (size_t i = 0; i < p->n_specs; i++) {
        mdshm_certset_rec_t cs;
        cert_t *c = p->certs[i];
        if (!c)
            continue;
        memset(&cs, 0, sizeof(cs));
        cs.md = sb(p->md);
        cs.key_spec = sb(p->specs[i]);
        cs.n_chain = 1;
        cs.chain[0].p = c->der;
        cs.chain[0].n = (size_t)c->der_len;
        cs.pkey.p = c->key;
        cs.pkey.n = (size_t)c->key_len;
        cs.sha256.p = c->sha;
        cs.sha256.n = 32;
        cs.not_before = 1;
        cs.not_after = 4000000000LL;
        if ((rv = mdshm__w_install_certset(w, &cs, 2)) < 0)
            return rv;
    }
    return 0;
}

struct putrec {
    mdshm_db_t db;
    const char *key;
    mdshm_record_t rec;
};

static int putrec_fn(mdshm__wtxn_t *w, void *baton)
{
    struct putrec *p = baton;
    return mdshm__w_put(w, p->db, p->key, strlen(p->key), &p->rec);
}

/* ---- handshakes --------------------------------------------------------- */

typedef struct hs {
    bool ok;
    BIGNUM *serial;
    int key_type;          /* EVP_PKEY_EC / EVP_PKEY_RSA */
    mdshm_tls_state_t state;
    uint8_t staple[64];
    long staple_len;
    char alpn[16];
} hs_t;

static int client_status_cb(SSL *ssl, void *arg)
{
    hs_t *h = arg;
    const unsigned char *p;
    long n = SSL_get_tlsext_status_ocsp_resp(ssl, &p);
    if (n > 0 && (size_t)n <= sizeof(h->staple)) {
        memcpy(h->staple, p, (size_t)n);
        h->staple_len = n;
    }
    return 1;
}

/* The client of the next handshake_ex: ALPN list (wire form) and highest
 * version (0: any). */
typedef struct client_opts {
    const char *alpn;
    unsigned alpn_len;
    int max_version;
} client_opts_t;

static hs_t handshake_ex(env_t *e, const char *sni, const char *sigalgs,
                         bool status, const client_opts_t *co);

static hs_t handshake(env_t *e, const char *sni, const char *sigalgs,
                      bool status, bool acme_alpn)
{
    client_opts_t co = {0};

    if (acme_alpn) {
        co.alpn = "\x0a" "acme-tls/1";
        co.alpn_len = 11;
    }
    return handshake_ex(e, sni, sigalgs, status, &co);
}

static hs_t handshake_ex(env_t *e, const char *sni, const char *sigalgs,
                         bool status, const client_opts_t *co)
{
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    BIO *b1, *b2;
    hs_t h;
    int cr = 0, sr = 0;

    memset(&h, 0, sizeof(h));
    if (sigalgs)
        assert_int_equal(SSL_CTX_set1_sigalgs_list(cctx, sigalgs), 1);
    if (status) {
        SSL_CTX_set_tlsext_status_cb(cctx, client_status_cb);
        SSL_CTX_set_tlsext_status_arg(cctx, &h);
    }
    c = SSL_new(cctx);
    s = SSL_new(e->sctx);
    if (sni)
        SSL_set_tlsext_host_name(c, sni);
    if (status)
        SSL_set_tlsext_status_type(c, TLSEXT_STATUSTYPE_ocsp);
    if (co->alpn)
        SSL_set_alpn_protos(c, (const unsigned char *)co->alpn, co->alpn_len);
    if (co->max_version)
        SSL_set_max_proto_version(c, co->max_version);
    BIO_new_bio_pair(&b1, 0, &b2, 0);
    SSL_set_bio(c, b1, b1);
    SSL_set_bio(s, b2, b2);
    SSL_set_connect_state(c);
    SSL_set_accept_state(s);
    for (int i = 0; i < 50 && (cr != 1 || sr != 1); i++) {
        if (cr != 1) {
            cr = SSL_do_handshake(c);
            if (cr <= 0 && SSL_get_error(c, cr) != SSL_ERROR_WANT_READ)
                break;
        }
        if (sr != 1) {
            sr = SSL_do_handshake(s);
            if (sr <= 0 && SSL_get_error(s, sr) != SSL_ERROR_WANT_READ)
                break;
        }
    }
    h.ok = cr == 1 && sr == 1;
    h.state = mdshm_tls_ssl_state(s);
    if (h.ok) {
        X509 *x = SSL_get0_peer_certificate(c);
        const unsigned char *a;
        unsigned al;
        h.serial = ASN1_INTEGER_to_BN(X509_get_serialNumber(x), NULL);
        h.key_type = EVP_PKEY_get_base_id(X509_get0_pubkey(x));
        SSL_get0_alpn_selected(c, &a, &al);
        if (al > 0 && al < sizeof(h.alpn))
            memcpy(h.alpn, a, al);
    }
    ERR_clear_error();
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    return h;
}

static bool is_serial(const hs_t *h, const cert_t *c)
{
    return h->serial && BN_cmp(h->serial, c->serial) == 0;
}

static mdshm_tls_stats_t stats(env_t *e)
{
    mdshm_tls_stats_t st;
    mdshm_tls_worker_stats(e->w, &st);
    return st;
}

static uint64_t parses(env_t *e)
{
    mdshm_tls_stats_t st;
    mdshm_tls_worker_stats(e->w, &st);
    return st.parses;
}

/* ---- setup -------------------------------------------------------------- */

static int rm_one(const char *p, const struct stat *sb_, int f,
                  struct FTW *w)
{
    (void)sb_, (void)f, (void)w;
    return remove(p);
}

static int hello_wrap(SSL *ssl, int *al, void *arg)
{
    env_t *e = arg;
    void (*between)(env_t *) = e->between;
    int rv = mdshm__tls_hello_cb(ssl, al, e->w);

    e->between = NULL;
    if (between)
        between(e);
    return rv;
}

static int setup(void **state)
{
    env_t *e = calloc(1, sizeof(*e));
    mdshm_tls_opts_t o = {0};

    assert_non_null(e);
    strcpy(e->dir, "/tmp/mdshm-tls-XXXXXX");
    assert_non_null(mkdtemp(e->dir));
    snprintf(e->store, sizeof(e->store), "%s/store", e->dir);
    o.store_dir = e->store;
    o.candidate = true; /* writable: the test writes as leader */
    assert_int_equal(mdshm_tls_init(&o, &e->t), 0);
    assert_int_equal(mdshm_tls_attach(e->t, &e->w), 0);
    assert_int_equal(mdshm__candidate_create(mdshm_tls_store(e->w), NULL,
                                            &e->c), 0);
    assert_int_equal(mdshm__candidate_try(e->c), 1);
    e->sctx = SSL_CTX_new(TLS_server_method());
    assert_int_equal(mdshm_tls_ctx_setup(e->w, e->sctx), 0);
    SSL_CTX_set_client_hello_cb(e->sctx, hello_wrap, e);
    *state = e;
    return 0;
}

static int teardown(void **state)
{
    env_t *e = *state;
    SSL_CTX_free(e->sctx);
    mdshm__candidate_destroy(e->c);
    mdshm_tls_detach(e->w);
    mdshm_tls_free(e->t);
    nftw(e->dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    free(e);
    return 0;
}

/* ---- tests -------------------------------------------------------------- */

static void test_sigalgs_cache_and_renewal(void **state)
{
    env_t *e = *state;
    cert_t ec, rsa, ec2;
    struct put p = {"t.example", "t.example", {"secp256r1", "rsa2048"}, 2,
                    {&ec, &rsa}};
    hs_t h;

    cert_make(&ec, "t.example", false);
    cert_make(&rsa, "t.example", true);
    cert_make(&ec2, "t.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);

    /* a client that accepts ECDSA P-256 gets the EC set */
    h = handshake(e, "T.Example.", NULL, false, false);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_SERVED);
    assert_int_equal(h.key_type, EVP_PKEY_EC);
    assert_true(is_serial(&h, &ec));
    BN_free(h.serial);
    /* one that accepts only RSA gets the RSA set */
    h = handshake(e, "t.example", "rsa_pss_rsae_sha256:rsa_pkcs1_sha256", false, false);
    assert_true(h.ok);
    assert_int_equal(h.key_type, EVP_PKEY_RSA);
    assert_true(is_serial(&h, &rsa));
    BN_free(h.serial);
    assert_int_equal(parses(e), 2);

    /* steady state: nothing parsed again */
    for (int i = 0; i < 20; i++) {
        h = handshake(e, "t.example", i % 2 ? "rsa_pss_rsae_sha256" : NULL, false,
                      false);
        assert_true(h.ok);
        BN_free(h.serial);
    }
    assert_int_equal(parses(e), 2);

    /* a renewal of the EC set: served on the very next handshake, only the
     * changed set is parsed */
    p.certs[0] = &ec2;
    p.certs[1] = NULL;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    h = handshake(e, "t.example", NULL, false, false);
    assert_true(is_serial(&h, &ec2));
    BN_free(h.serial);
    h = handshake(e, "t.example", "rsa_pss_rsae_sha256", false, false);
    assert_true(is_serial(&h, &rsa));
    BN_free(h.serial);
    assert_int_equal(parses(e), 3);
    cert_free(&ec);
    cert_free(&rsa);
    cert_free(&ec2);
}

static void test_pending_and_unmanaged(void **state)
{
    env_t *e = *state;
    struct put p = {"p.example", "p.example", {"secp256r1"}, 1, {NULL}};
    hs_t h;

    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    h = handshake(e, "p.example", NULL, false, false);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_PENDING);
    BN_free(h.serial);
    /* the SSL_CTX has no certificate: unmanaged names get the fallback */
    h = handshake(e, "nobody.example", NULL, false, false);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_UNMANAGED);
    BN_free(h.serial);
    h = handshake(e, NULL, NULL, false, false);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_UNMANAGED);
    BN_free(h.serial);
}

static void test_staple(void **state)
{
    env_t *e = *state;
    cert_t ec;
    struct put p = {"s.example", "s.example", {"secp256r1"}, 1, {&ec}};
    static const uint8_t der[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
    struct putrec r;
    char key[65];
    hs_t h;

    cert_make(&ec, "s.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    /* nothing stored: no staple */
    h = handshake(e, "s.example", NULL, true, false);
    assert_true(h.ok);
    assert_int_equal(h.staple_len, 0);
    BN_free(h.serial);

    memset(&r, 0, sizeof(r));
    mdshm_key_ocsp(key, ec.sha);
    r.db = MDSHM_DB_OCSP;
    r.key = key;
    r.rec.type = MDSHM_REC_OCSP;
    r.rec.u.ocsp.der.p = der;
    r.rec.u.ocsp.der.n = sizeof(der);
    r.rec.u.ocsp.this_update = mdshm__now_ms() / 1000 - 60;
    r.rec.u.ocsp.next_update = mdshm__now_ms() / 1000 + 3600;
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
    h = handshake(e, "s.example", NULL, true, false);
    assert_true(h.ok);
    assert_int_equal(h.staple_len, sizeof(der));
    assert_memory_equal(h.staple, der, sizeof(der));
    BN_free(h.serial);

    /* an expired response is never stapled */
    r.rec.u.ocsp.next_update = mdshm__now_ms() / 1000 - 1;
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
    h = handshake(e, "s.example", NULL, true, false);
    assert_true(h.ok);
    assert_int_equal(h.staple_len, 0);
    BN_free(h.serial);
    cert_free(&ec);
}

/* ---- the staple cache --------------------------------------------------- */

struct stapleput {
    const uint8_t *sha;
    const uint8_t *der; /* NULL: delete the record */
    size_t len;
    int64_t next_update;
};

static int stapleput_fn(mdshm__wtxn_t *w, void *baton)
{
    struct stapleput *p = baton;
    mdshm_record_t r;
    char key[65];

    mdshm_key_ocsp(key, p->sha);
    if (!p->der)
        return mdshm__w_del(w, MDSHM_DB_OCSP, key, 64);
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der.p = p->der;
    r.u.ocsp.der.n = p->len;
    r.u.ocsp.this_update = p->next_update - 7200;
    r.u.ocsp.next_update = p->next_update;
    r.u.ocsp.gen = 12345; /* the store stamps its own */
    return mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, &r);
}

static int corrupt_fn(mdshm__wtxn_t *w, void *baton)
{
    char key[65];

    mdshm_key_ocsp(key, baton);
    return mdshm__w_put_raw(w, MDSHM_DB_OCSP, key, 64, "\x81\xa1v\xc0", 4);
}

static void put_staple(env_t *e, const cert_t *c, const uint8_t *der,
                       size_t len, int64_t next_update)
{
    struct stapleput p = {c->sha, der, len, next_update};
    assert_int_equal(mdshm__leader_write(e->c, stapleput_fn, &p), 0);
}

/* The ocsp record of @c carries the gen its write raised meta/gen to. */
static void assert_stamped(env_t *e, const cert_t *c)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t *r = malloc(sizeof(*r));
    uint64_t gen = 0;
    char key[65];

    assert_non_null(r);
    mdshm_key_ocsp(key, c->sha);
    assert_int_equal(mdshm_reader_create(mdshm_tls_store(e->w), &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_OCSP, key, 64, r), 0);
    assert_int_equal(r->u.ocsp.gen, gen);
    assert_true(gen > 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    free(r);
}

static void assert_staple(const hs_t *h, const uint8_t *der, size_t len)
{
    assert_true(h->ok);
    assert_int_equal(h->staple_len, len);
    if (len)
        assert_memory_equal(h->staple, der, len);
}

/* A certificate the host loaded itself (registered: no MD), by hash. */
static void test_staple_by_sha256(void **state)
{
    env_t *e = *state;
    cert_t own;
    unsigned char *der = NULL;
    size_t len = 0;
    int64_t now = mdshm__now_ms() / 1000;
    static const uint8_t resp[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
    struct stapleput p;

    cert_make(&own, "own.example", false);
    assert_int_equal(mdshm_tls_staple_get_sha256(e->w, own.sha, &der, &len),
                     MDSHM_ENOTFOUND);
    assert_null(der);
    p = (struct stapleput){own.sha, resp, sizeof(resp), now + 3600};
    assert_int_equal(mdshm__leader_write(e->c, stapleput_fn, &p), 0);
    assert_int_equal(mdshm_tls_staple_get_sha256(e->w, own.sha, &der, &len),
                     0);
    assert_int_equal(len, sizeof(resp));
    assert_memory_equal(der, resp, len);
    OPENSSL_free(der);
    /* an expired response is never returned */
    p.next_update = now - 1;
    assert_int_equal(mdshm__leader_write(e->c, stapleput_fn, &p), 0);
    assert_int_equal(mdshm_tls_staple_get_sha256(e->w, own.sha, &der, &len),
                     MDSHM_ENOTFOUND);
    assert_null(der);
    assert_int_equal(len, 0);
    assert_int_equal(mdshm_tls_staple_get_sha256(NULL, own.sha, &der, &len),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_tls_staple_get_sha256(e->w, NULL, &der, &len),
                     MDSHM_EBADINPUT);
    cert_free(&own);
}

static const uint8_t DER1[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
static const uint8_t DER2[] = {0x30, 0x04, 0x0a, 0x02, 0x00, 0x01};

static void test_staple_cache(void **state)
{
    env_t *e = *state;
    cert_t ec, other;
    struct put p = {"c.example", "c.example", {"secp256r1"}, 1, {&ec}};
    struct put q = {"o.example", "o.example", {"secp256r1"}, 1, {&other}};
    int64_t now = mdshm__now_ms() / 1000;
    mdshm_tls_stats_t st;
    uint64_t refreshes;
    hs_t h;

    cert_make(&ec, "c.example", false);
    cert_make(&other, "o.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    put_staple(e, &ec, DER1, sizeof(DER1), now + 3600);
    assert_stamped(e, &ec);

    /* steady state: every staple from the cache, one copy, no store read */
    for (int i = 0; i < 30; i++) {
        h = handshake(e, "c.example", NULL, true, false);
        assert_staple(&h, DER1, sizeof(DER1));
        BN_free(h.serial);
    }
    st = stats(e);
    assert_int_equal(st.staples, 30);
    assert_int_equal(st.staples_cached, 30);
    assert_int_equal(st.staple_reads, 0);
    assert_int_equal(e->w->n_staple_copies, 1);

    /* another MD changes: the MD is re-checked, its staple not copied */
    refreshes = st.refreshes;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &q), 0);
    h = handshake(e, "c.example", NULL, true, false);
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);
    assert_true(stats(e).refreshes > refreshes);
    assert_int_equal(e->w->n_staple_copies, 1);

    /* a newer response: served on the very next handshake */
    put_staple(e, &ec, DER2, sizeof(DER2), now + 7200);
    assert_stamped(e, &ec);
    h = handshake(e, "c.example", NULL, true, false);
    assert_staple(&h, DER2, sizeof(DER2));
    BN_free(h.serial);
    assert_int_equal(e->w->n_staple_copies, 2);
    assert_int_equal(stats(e).staple_reads, 0);

    /* the cached response expired (the worker's clock passed its
     * nextUpdate, no write since): never stapled; the store is asked and
     * has nothing valid either */
    e->w->clock_skew_s = 7200 + 60;
    for (int i = 0; i < 3; i++) {
        h = handshake(e, "c.example", NULL, true, false);
        assert_staple(&h, NULL, 0);
        BN_free(h.serial);
    }
    /* one read: from then on the cache knows there is none */
    assert_int_equal(stats(e).staple_reads, 1);
    assert_int_equal(stats(e).staples, 32);
    /* a fresh response (the leader renewed it): served at once */
    put_staple(e, &ec, DER1, sizeof(DER1), now + 7200 + 3600);
    h = handshake(e, "c.example", NULL, true, false);
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);
    e->w->clock_skew_s = 0;

    /* the record deleted: the cache knows there is none (no read) */
    put_staple(e, &ec, NULL, 0, 0);
    for (int i = 0; i < 3; i++) {
        h = handshake(e, "c.example", NULL, true, false);
        assert_staple(&h, NULL, 0);
        BN_free(h.serial);
    }
    assert_int_equal(stats(e).staple_reads, 1);
    /* ...and stored again: served at once */
    put_staple(e, &ec, DER1, sizeof(DER1), now + 3600);
    h = handshake(e, "c.example", NULL, true, false);
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);
    st = stats(e);
    assert_int_equal(st.staple_reads, 1);
    assert_int_equal(st.staples, st.staples_cached);

    /* a record that no longer decodes (logged): the worker keeps the
     * valid response it had, as it keeps a set whose record went bad */
    refreshes = st.refreshes;
    assert_int_equal(mdshm__leader_write(e->c, corrupt_fn, ec.sha), 0);
    h = handshake(e, "c.example", NULL, true, false);
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);
    st = stats(e);
    assert_true(st.refreshes > refreshes); /* a raw write raised gen too */
    assert_int_equal(st.staple_reads, 1);
    cert_free(&ec);
    cert_free(&other);
}

/* Interleaved handshakes (an event-loop server): between the hello of
 * handshake A and its status callback, the leader renews the certificate
 * and handshake B refreshes the cache, freeing the set A chose.  A still
 * holds its certificate and gets that certificate's staple (never one of
 * another certificate, never freed memory: ASan runs this too); B gets
 * the new certificate and its staple. */
static struct {
    struct put *p;
    cert_t *renewed;
    hs_t inner;
} g_il;

static void renew_between(env_t *e)
{
    int64_t now = mdshm__now_ms() / 1000;

    g_il.p->certs[0] = g_il.renewed;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, g_il.p), 0);
    put_staple(e, g_il.renewed, DER2, sizeof(DER2), now + 3600);
    g_il.inner = handshake(e, "i.example", NULL, true, false);
}

static void drop_between(env_t *e)
{
    put_staple(e, g_il.renewed, NULL, 0, 0);
    g_il.inner = handshake(e, "i.example", NULL, true, false);
}

static void test_staple_interleaved(void **state)
{
    env_t *e = *state;
    cert_t ec1, ec2;
    struct put p = {"i.example", "i.example", {"secp256r1"}, 1, {&ec1}};
    int64_t now = mdshm__now_ms() / 1000;
    hs_t h;

    cert_make(&ec1, "i.example", false);
    cert_make(&ec2, "i.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    put_staple(e, &ec1, DER1, sizeof(DER1), now + 3600);
    h = handshake(e, "i.example", NULL, true, false);
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);

    g_il.p = &p;
    g_il.renewed = &ec2;
    e->between = renew_between;
    h = handshake(e, "i.example", NULL, true, false);
    assert_true(is_serial(&h, &ec1));
    assert_staple(&h, DER1, sizeof(DER1));
    BN_free(h.serial);
    assert_true(is_serial(&g_il.inner, &ec2));
    assert_staple(&g_il.inner, DER2, sizeof(DER2));
    BN_free(g_il.inner.serial);

    /* the staple of the set A chose goes away in between: A follows the
     * store (none), from the cache */
    e->between = drop_between;
    h = handshake(e, "i.example", NULL, true, false);
    assert_true(is_serial(&h, &ec2));
    assert_staple(&h, NULL, 0);
    BN_free(h.serial);
    assert_staple(&g_il.inner, NULL, 0);
    BN_free(g_il.inner.serial);
    assert_int_equal(stats(e).staple_reads, 0);
    cert_free(&ec1);
    cert_free(&ec2);
}

static void test_challenges(void **state)
{
    env_t *e = *state;
    cert_t ch;
    struct putrec r;
    char out[128];
    size_t n;
    hs_t h;

    cert_make(&ch, "a.example", false);
    /* tls-alpn-01 without a record: no handshake */
    h = handshake(e, "a.example", NULL, false, true);
    assert_false(h.ok);

    memset(&r, 0, sizeof(r));
    r.db = MDSHM_DB_CHALLENGES;
    r.key = "tls-alpn-01/a.example";
    r.rec.type = MDSHM_REC_CHALLENGE;
    r.rec.u.challenge.type = sb("tls-alpn-01");
    r.rec.u.challenge.name = sb("a.example");
    r.rec.u.challenge.cert.p = ch.der;
    r.rec.u.challenge.cert.n = (size_t)ch.der_len;
    r.rec.u.challenge.pkey.p = ch.key;
    r.rec.u.challenge.pkey.n = (size_t)ch.key_len;
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
    h = handshake(e, "a.example", NULL, false, true);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_CHALLENGE);
    assert_string_equal(h.alpn, "acme-tls/1");
    assert_true(is_serial(&h, &ch));
    BN_free(h.serial);

    /* an IP identifier: SNI is the reverse name, the record the address */
    r.key = "tls-alpn-01/127.0.0.2";
    r.rec.u.challenge.name = sb("127.0.0.2");
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
    h = handshake(e, "2.0.0.127.in-addr.arpa", NULL, false, true);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_CHALLENGE);
    BN_free(h.serial);
    r.key = "tls-alpn-01/::1";
    r.rec.u.challenge.name = sb("::1");
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
    h = handshake(e, "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0."
                     "0.0.0.0.ip6.arpa", NULL, false, true);
    assert_true(h.ok);
    BN_free(h.serial);
    h = handshake(e, "3.0.0.127.in-addr.arpa", NULL, false, true);
    assert_false(h.ok);

    memset(&r, 0, sizeof(r));
    r.db = MDSHM_DB_CHALLENGES;
    r.key = "http-01/tok_en-1";
    r.rec.type = MDSHM_REC_CHALLENGE;
    r.rec.u.challenge.type = sb("http-01");
    r.rec.u.challenge.token = sb("tok_en-1");
    r.rec.u.challenge.key_authz = sb("tok_en-1.thumb");
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
#define P "/.well-known/acme-challenge/"
    assert_int_equal(mdshm_tls_http01(e->w, P "tok_en-1", strlen(P) + 8, out,
                                      sizeof(out), &n), 0);
    assert_int_equal(n, 14);
    assert_memory_equal(out, "tok_en-1.thumb", 14);
    assert_int_equal(mdshm_tls_http01(e->w, P "tok_en-1", strlen(P) + 8, out,
                                      4, &n), MDSHM_ETOOBIG);
    assert_int_equal(mdshm_tls_http01(e->w, P "other", strlen(P) + 5, out,
                                      sizeof(out), &n), MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_tls_http01(e->w, P "a/../b", strlen(P) + 6, out,
                                      sizeof(out), &n), MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_tls_http01(e->w, "/index.html", 11, out,
                                      sizeof(out), &n), MDSHM_EBADINPUT);
#undef P
    cert_free(&ch);
}

static void test_bad_record_keeps_serving(void **state)
{
    env_t *e = *state;
    cert_t ec, bad;
    struct put p = {"b.example", "b.example", {"secp256r1"}, 1, {&ec}};
    hs_t h;

    cert_make(&ec, "b.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    h = handshake(e, "b.example", NULL, false, false);
    assert_true(is_serial(&h, &ec));
    BN_free(h.serial);
    /* a set whose certificate does not parse: the worker keeps serving
     * the set it had (and says so in the log), never the fallback */
    cert_make(&bad, "b.example", false);
    memset(bad.der + 4, 0xff, 16);
    p.certs[0] = &bad;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    for (int i = 0; i < 3; i++) {
        h = handshake(e, "b.example", NULL, false, false);
        assert_true(h.ok);
        assert_int_equal(h.state, MDSHM_TLS_SERVED);
        assert_true(is_serial(&h, &ec));
        BN_free(h.serial);
    }
    cert_free(&ec);
    cert_free(&bad);
}

/* Error lines logged by the library since the last reset (the default
 * sink, set in main: the store copies it when it opens). */
static unsigned g_errors_logged;

static void count_log(void *baton, mdshm_log_level_t level, int err,
                      const char *file, int line, const char *msg)
{
    (void)baton, (void)err, (void)file, (void)line, (void)msg;
    if (level <= MDSHM_LOG_ERR)
        g_errors_logged++;
}

static int corrupt_name_fn(mdshm__wtxn_t *w, void *baton)
{
    return mdshm__w_put_raw(w, MDSHM_DB_NAMES, baton, strlen(baton),
                            "\x81\xa1v\xc0", 4);
}

static int del_name_fn(mdshm__wtxn_t *w, void *baton)
{
    return mdshm__w_del(w, MDSHM_DB_NAMES, baton, strlen(baton));
}

/* A names record that does not decode is logged once for the store's
 * generation, not once per handshake; every handshake still counts as an
 * error and gets the fallback; a repaired record is served next. */
static void test_corrupt_name_logged_once(void **state)
{
    env_t *e = *state;
    cert_t ec;
    struct put p = {"c.example", "c.example", {"secp256r1"}, 1, {&ec}};
    uint64_t errors;
    hs_t h;

    assert_int_equal(mdshm__leader_write(e->c, corrupt_name_fn, "c.example"),
                     0);
    g_errors_logged = 0;
    errors = stats(e).errors;
    for (int i = 0; i < 5; i++) {
        h = handshake(e, "c.example", NULL, false, false);
        assert_true(h.ok);
        assert_int_not_equal(h.state, MDSHM_TLS_SERVED);
        BN_free(h.serial);
    }
    assert_int_equal(stats(e).errors, errors + 5);
    assert_int_equal(g_errors_logged, 1);
    /* repaired: the damaged record removed, the MD written anew */
    cert_make(&ec, "c.example", false);
    assert_int_equal(mdshm__leader_write(e->c, del_name_fn, "c.example"), 0);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    h = handshake(e, "c.example", NULL, false, false);
    assert_int_equal(h.state, MDSHM_TLS_SERVED);
    assert_true(is_serial(&h, &ec));
    BN_free(h.serial);
    cert_free(&ec);
}

/* Every fallback certificate is valid DER (a serial with a leading zero
 * byte is not, and clients then refuse the handshake: 1 in 128 before). */
static void test_fallback_is_der(void **state)
{
    (void)state;
    for (int i = 0; i < 600; i++) {
        X509 *x = NULL, *back;
        EVP_PKEY *k = NULL;
        unsigned char *der = NULL;
        const unsigned char *p;
        int n;

        assert_int_equal(mdshm__tls_fallback_make(&x, &k), 0);
        n = i2d_X509(x, &der);
        assert_true(n > 0);
        p = der;
        back = d2i_X509(NULL, &p, n);
        assert_non_null(back);
        assert_true(p == der + n);
        X509_free(back);
        OPENSSL_free(der);
        X509_free(x);
        EVP_PKEY_free(k);
    }
}

static void test_init_errors(void **state)
{
    mdshm_tls_opts_t o = {0};
    mdshm_tls_t *t = (void *)1;
    (void)state;
    /* no store directory anywhere */
    assert_int_equal(mdshm_tls_init(&o, &t), MDSHM_EBADINPUT);
    assert_null(t);
    o.conf_text = "MDomain x.example\nMDBogus 1\n";
    o.store_dir = "/tmp/unused-mdshm-tls";
    assert_int_equal(mdshm_tls_init(&o, &t), MDSHM_EBADINPUT);
    assert_null(t);
}

/* ---- hosts that own the callbacks ---------------------------------------- */

/* What the host's callbacks saw: the tests check that they ran. */
static struct {
    unsigned cert_cb, hello_cb, status_cb;
    int serve_rv;
} g_host;

static X509 *x509_of(const cert_t *c)
{
    const unsigned char *p = c->der;
    X509 *x = d2i_X509(NULL, &p, c->der_len);

    assert_non_null(x);
    return x;
}

static EVP_PKEY *pkey_of(const cert_t *c)
{
    const unsigned char *p = c->key;
    EVP_PKEY *pk = d2i_AutoPrivateKey(NULL, &p, c->key_len);

    assert_non_null(pk);
    return pk;
}

static bool x509_is(const X509 *x, const cert_t *c)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    bool same = bn && BN_cmp(bn, c->serial) == 0;

    BN_free(bn);
    return same;
}

/* nginx-like: the host's certificate callback (SSL_CTX_set_cert_cb). */
static int host_cert_cb(SSL *ssl, void *arg)
{
    env_t *e = arg;

    g_host.cert_cb++;
    g_host.serve_rv = mdshm_tls_ssl_serve(e->w, ssl);
    return g_host.serve_rv >= 0 ? 1 : 0;
}

/* The host's own OCSP status callback. */
static int host_status_cb(SSL *ssl, void *arg)
{
    env_t *e = arg;

    g_host.status_cb++;
    return mdshm_tls_ssl_staple(e->w, ssl) == 0 ? SSL_TLSEXT_ERR_OK
                                                 : SSL_TLSEXT_ERR_NOACK;
}

/* mod_ssl-like: the host's client_hello callback (it picks the virtual
 * host there) ... */
static int host_hello_cb(SSL *ssl, int *al, void *arg)
{
    env_t *e = arg;

    g_host.hello_cb++;
    g_host.serve_rv = mdshm_tls_ssl_serve(e->w, ssl);
    if (g_host.serve_rv < 0) {
        *al = SSL_AD_UNRECOGNIZED_NAME;
        return SSL_CLIENT_HELLO_ERROR;
    }
    return SSL_CLIENT_HELLO_SUCCESS;
}

/* ... and its ALPN callback: acme-tls/1 for a challenge, else its own. */
static int host_alpn_cb(SSL *ssl, const unsigned char **out,
                        unsigned char *outlen, const unsigned char *in,
                        unsigned int inlen, void *arg)
{
    static const unsigned char mine[] = "\x08http/1.1";
    unsigned char *o = NULL;

    (void)arg;
    if (mdshm_tls_alpn_select(ssl, out, outlen))
        return SSL_TLSEXT_ERR_OK;
    if (SSL_select_next_proto(&o, outlen, mine, sizeof(mine) - 1, in,
                              inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = o;
    return SSL_TLSEXT_ERR_OK;
}

/* A host whose ALPN callback selects acme-tls/1 whenever it is offered
 * (as mod_ssl does before its answer_challenge hook). */
static int host_alpn_acme_cb(SSL *ssl, const unsigned char **out,
                             unsigned char *outlen, const unsigned char *in,
                             unsigned int inlen, void *arg)
{
    static const unsigned char acme[] = "\x0a" "acme-tls/1";
    unsigned char *o = NULL;

    (void)ssl, (void)arg;
    if (SSL_select_next_proto(&o, outlen, acme, sizeof(acme) - 1, in,
                              inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = o;
    return SSL_TLSEXT_ERR_OK;
}

/* Replace the fixture's SSL_CTX by one the host made: a certificate of its
 * own (@own) for the names mdshm does not manage, its status callback, no
 * mdshm_tls_ctx_setup. */
static void host_ctx(env_t *e, const cert_t *own)
{
    X509 *x = x509_of(own);
    EVP_PKEY *pk = pkey_of(own);

    SSL_CTX_free(e->sctx);
    e->sctx = SSL_CTX_new(TLS_server_method());
    assert_non_null(e->sctx);
    assert_int_equal(SSL_CTX_use_cert_and_key(e->sctx, x, pk, NULL, 1), 1);
    SSL_CTX_set_tlsext_status_cb(e->sctx, host_status_cb);
    SSL_CTX_set_tlsext_status_arg(e->sctx, e);
    X509_free(x);
    EVP_PKEY_free(pk);
    memset(&g_host, 0, sizeof(g_host));
}

static void put_challenge(env_t *e, const char *name, const cert_t *ch)
{
    struct putrec r;
    char key[300];

    snprintf(key, sizeof(key), "tls-alpn-01/%s", name);
    memset(&r, 0, sizeof(r));
    r.db = MDSHM_DB_CHALLENGES;
    r.key = key;
    r.rec.type = MDSHM_REC_CHALLENGE;
    r.rec.u.challenge.type = sb("tls-alpn-01");
    r.rec.u.challenge.name = sb(name);
    r.rec.u.challenge.cert.p = ch->der;
    r.rec.u.challenge.cert.n = (size_t)ch->der_len;
    r.rec.u.challenge.pkey.p = ch->key;
    r.rec.u.challenge.pkey.n = (size_t)ch->key_len;
    assert_int_equal(mdshm__leader_write(e->c, putrec_fn, &r), 0);
}

/* An SSL_CTX with the host's certificate callback, TLS 1.3 and 1.2: the
 * certificate for the name, ECDSA or RSA by the client's signature
 * algorithms, the staple of the served certificate through the host's
 * status callback, the host's own certificate for unmanaged names, the
 * fallback while pending, a renewal on the next handshake, tls-alpn-01
 * when the host's ALPN callback selected acme-tls/1 (TLS 1.3). */
static void test_host_cert_cb(void **state)
{
    env_t *e = *state;
    cert_t ec, rsa, own, ec2, ch;
    struct put p = {"h.example", "h.example", {"secp256r1", "rsa2048"}, 2,
                    {&ec, &rsa}};
    struct put q = {"q.example", "q.example", {"secp256r1"}, 1, {NULL}};
    int64_t now = mdshm__now_ms() / 1000;
    client_opts_t acme = {"\x0a" "acme-tls/1", 11, 0};
    hs_t h;

    cert_make(&ec, "h.example", false);
    cert_make(&rsa, "h.example", true);
    cert_make(&own, "own.example", false);
    cert_make(&ec2, "h.example", false);
    cert_make(&ch, "h.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &q), 0);
    put_staple(e, &ec, DER1, sizeof(DER1), now + 3600);
    put_staple(e, &rsa, DER2, sizeof(DER2), now + 3600);
    host_ctx(e, &own);
    SSL_CTX_set_cert_cb(e->sctx, host_cert_cb, e);

    for (int v = 0; v < 2; v++) {
        client_opts_t co = {NULL, 0, v ? TLS1_2_VERSION : 0};

        h = handshake_ex(e, "H.Example.", NULL, true, &co);
        assert_true(h.ok);
        assert_int_equal(h.state, MDSHM_TLS_SERVED);
        assert_int_equal(h.key_type, EVP_PKEY_EC);
        assert_true(is_serial(&h, &ec));
        assert_staple(&h, DER1, sizeof(DER1));
        BN_free(h.serial);
        h = handshake_ex(e, "h.example", "rsa_pss_rsae_sha256:rsa_pkcs1_sha256",
                         true, &co);
        assert_true(h.ok);
        assert_int_equal(h.key_type, EVP_PKEY_RSA);
        assert_true(is_serial(&h, &rsa));
        assert_staple(&h, DER2, sizeof(DER2));
        BN_free(h.serial);
        /* not managed: the host's own certificate, untouched */
        h = handshake_ex(e, "other.example", NULL, true, &co);
        assert_true(h.ok);
        assert_int_equal(h.state, MDSHM_TLS_UNMANAGED);
        assert_true(is_serial(&h, &own));
        assert_staple(&h, NULL, 0);
        BN_free(h.serial);
        /* managed, not issued: the fallback, state PENDING */
        h = handshake_ex(e, "q.example", NULL, false, &co);
        assert_true(h.ok);
        assert_int_equal(h.state, MDSHM_TLS_PENDING);
        assert_false(is_serial(&h, &own));
        BN_free(h.serial);
    }
    assert_int_equal(g_host.cert_cb, 8);
    assert_int_equal(g_host.status_cb, 6);
    assert_int_equal(stats(e).handshakes, 8);
    /* the cache: the two sets parsed once, whatever the callback */
    assert_int_equal(parses(e), 2);

    /* a renewal: served on the next handshake through the host's callback */
    p.certs[0] = &ec2;
    p.certs[1] = NULL;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    h = handshake(e, "h.example", NULL, false, false);
    assert_true(is_serial(&h, &ec2));
    BN_free(h.serial);

    /* tls-alpn-01: TLS 1.3 selects ALPN before the certificate callback */
    SSL_CTX_set_alpn_select_cb(e->sctx, host_alpn_acme_cb, e);
    h = handshake_ex(e, "h.example", NULL, false, &acme);
    assert_false(h.ok); /* no challenge stored: no handshake */
    assert_int_equal(g_host.serve_rv, MDSHM_ENOTFOUND);
    put_challenge(e, "h.example", &ch);
    h = handshake_ex(e, "h.example", NULL, false, &acme);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_CHALLENGE);
    assert_string_equal(h.alpn, "acme-tls/1");
    assert_true(is_serial(&h, &ch));
    BN_free(h.serial);
    cert_free(&ec);
    cert_free(&rsa);
    cert_free(&own);
    cert_free(&ec2);
    cert_free(&ch);
}

/* An SSL_CTX with the host's own client_hello and ALPN callbacks (as
 * mod_ssl sets them): the certificate by name and signature algorithms,
 * the host's ALPN protocol for normal handshakes, tls-alpn-01 answered
 * through mdshm_tls_alpn_select. */
static void test_host_client_hello(void **state)
{
    env_t *e = *state;
    cert_t ec, rsa, own, ch;
    struct put p = {"m.example", "m.example", {"rsa2048", "secp256r1"}, 2,
                    {&rsa, &ec}};
    client_opts_t http = {"\x08http/1.1", 9, 0};
    client_opts_t acme = {"\x0a" "acme-tls/1", 11, 0};
    hs_t h;

    cert_make(&ec, "m.example", false);
    cert_make(&rsa, "m.example", true);
    cert_make(&own, "own.example", false);
    cert_make(&ch, "m.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    host_ctx(e, &own);
    SSL_CTX_set_client_hello_cb(e->sctx, host_hello_cb, e);
    SSL_CTX_set_alpn_select_cb(e->sctx, host_alpn_cb, e);

    h = handshake_ex(e, "m.example", NULL, false, &http);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_SERVED);
    assert_true(is_serial(&h, &ec)); /* listed second, chosen by sigalgs */
    assert_string_equal(h.alpn, "http/1.1");
    BN_free(h.serial);
    h = handshake_ex(e, "m.example", "rsa_pss_rsae_sha256", false, &http);
    assert_true(h.ok);
    assert_true(is_serial(&h, &rsa));
    BN_free(h.serial);
    h = handshake_ex(e, "nobody.example", NULL, false, &http);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_UNMANAGED);
    assert_true(is_serial(&h, &own));
    BN_free(h.serial);

    h = handshake_ex(e, "m.example", NULL, false, &acme);
    assert_false(h.ok);
    assert_int_equal(g_host.serve_rv, MDSHM_ENOTFOUND);
    put_challenge(e, "m.example", &ch);
    h = handshake_ex(e, "m.example", NULL, false, &acme);
    assert_true(h.ok);
    assert_int_equal(h.state, MDSHM_TLS_CHALLENGE);
    assert_string_equal(h.alpn, "acme-tls/1");
    assert_true(is_serial(&h, &ch));
    BN_free(h.serial);
    assert_int_equal(g_host.hello_cb, 5);
    assert_int_equal(stats(e).challenges, 1);
    cert_free(&ec);
    cert_free(&rsa);
    cert_free(&own);
    cert_free(&ch);
}

/* A host that asks by name and signature algorithms and installs the
 * answer itself (its certificate and status callbacks use the plain
 * queries, never an SSL of mdshm's). */
static int host_plain_cert_cb(SSL *ssl, void *arg)
{
    env_t *e = arg;
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    uint16_t sigalgs[64];
    size_t n = 0;
    mdshm_tls_cert_t c;
    X509 *x;
    EVP_PKEY *pk;
    unsigned char sig, hash;
    int st, k = SSL_get_sigalgs(ssl, -1, NULL, NULL, NULL, NULL, NULL);

    g_host.cert_cb++;
    for (int i = 0; i < k && n < 64; i++)
        if (SSL_get_sigalgs(ssl, i, NULL, NULL, NULL, &sig, &hash))
            sigalgs[n++] = (uint16_t)(hash << 8 | sig);
    st = mdshm_tls_cert_select(e->w, name, name ? strlen(name) : 0, sigalgs,
                               n, &c);
    g_host.serve_rv = st;
    if (st == MDSHM_TLS_SERVED)
        return SSL_use_cert_and_key(ssl, c.leaf, c.pkey, c.chain, 1);
    if (st == MDSHM_TLS_PENDING) {
        mdshm_tls_fallback(e->t, &x, &pk);
        return SSL_use_cert_and_key(ssl, x, pk, NULL, 1);
    }
    return 1; /* the host's own certificate */
}

static int host_plain_status_cb(SSL *ssl, void *arg)
{
    env_t *e = arg;
    unsigned char *der = NULL;
    size_t len = 0;

    g_host.status_cb++;
    if (mdshm_tls_staple_get(e->w, SSL_get_certificate(ssl), &der, &len) < 0)
        return SSL_TLSEXT_ERR_NOACK;
    SSL_set_tlsext_status_ocsp_resp(ssl, der, (long)len); /* takes it */
    return SSL_TLSEXT_ERR_OK;
}

/* The plain queries: name + signature algorithms -> set (borrowed, valid
 * across a refresh once referenced), leaf -> staple (owned copy), name ->
 * challenge (owned references), the fallback; and a handshake made of
 * them by the host. */
static void test_plain_queries(void **state)
{
    env_t *e = *state;
    static const uint16_t ecdsa[] = {0x0804, 0x0403};
    static const uint16_t rsaonly[] = {0x0804, 0x0401};
    cert_t ec, rsa, ec2, ch, own;
    struct put p = {"v.example", "v.example", {"secp256r1", "rsa2048"}, 2,
                    {&ec, &rsa}};
    struct put q = {"w.example", "w.example", {"secp256r1"}, 1, {NULL}};
    int64_t now = mdshm__now_ms() / 1000;
    mdshm_tls_cert_t c;
    unsigned char *der;
    size_t len;
    X509 *x, *held;
    EVP_PKEY *pk;
    hs_t h;

    cert_make(&ec, "v.example", false);
    cert_make(&rsa, "v.example", true);
    cert_make(&ec2, "v.example", false);
    cert_make(&ch, "v.example", false);
    cert_make(&own, "own.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &q), 0);
    put_staple(e, &ec, DER1, sizeof(DER1), now + 3600);

    assert_int_equal(mdshm_tls_cert_select(e->w, "V.Example.", 10, ecdsa, 2,
                                           &c), MDSHM_TLS_SERVED);
    assert_true(x509_is(c.leaf, &ec));
    assert_int_equal(X509_check_private_key(c.leaf, c.pkey), 1);
    assert_non_null(c.chain);
    assert_int_equal(sk_X509_num(c.chain), 0);
    assert_string_equal(c.md, "v.example");
    assert_string_equal(c.key_spec, "secp256r1");
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, rsaonly, 2,
                                           &c), MDSHM_TLS_SERVED);
    assert_true(x509_is(c.leaf, &rsa));
    assert_string_equal(c.key_spec, "rsa2048");
    /* no list (TLS 1.2 without the extension): RSA */
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, NULL, 0,
                                           &c), MDSHM_TLS_SERVED);
    assert_true(x509_is(c.leaf, &rsa));
    assert_int_equal(mdshm_tls_cert_select(e->w, "w.example", 9, ecdsa, 2,
                                           &c), MDSHM_TLS_PENDING);
    assert_null(c.leaf);
    assert_int_equal(mdshm_tls_cert_select(e->w, "nobody.example", 14,
                                           ecdsa, 2, &c),
                     MDSHM_TLS_UNMANAGED);
    assert_null(c.leaf);
    assert_int_equal(mdshm_tls_cert_select(e->w, "", 0, NULL, 0, &c),
                     MDSHM_TLS_UNMANAGED);
    assert_int_equal(mdshm_tls_cert_select(NULL, "v.example", 9, NULL, 0,
                                           &c), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, NULL, 2,
                                           &c), MDSHM_EBADINPUT);
    assert_int_equal(parses(e), 2);

    /* the staple of a chosen leaf: an owned copy */
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, ecdsa, 2,
                                           &c), MDSHM_TLS_SERVED);
    assert_int_equal(mdshm_tls_staple_get(e->w, c.leaf, &der, &len), 0);
    assert_int_equal(len, sizeof(DER1));
    assert_memory_equal(der, DER1, len);
    OPENSSL_free(der);
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, rsaonly, 2,
                                           &c), MDSHM_TLS_SERVED);
    assert_int_equal(mdshm_tls_staple_get(e->w, c.leaf, &der, &len),
                     MDSHM_ENOTFOUND);
    assert_null(der);
    /* a certificate that is not the cache's */
    x = x509_of(&own);
    assert_int_equal(mdshm_tls_staple_get(e->w, x, &der, &len),
                     MDSHM_ENOTFOUND);
    X509_free(x);

    /* a reference taken outlives the refresh that frees the set, and
     * keeps its staple */
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, ecdsa, 2,
                                           &c), MDSHM_TLS_SERVED);
    held = c.leaf;
    assert_int_equal(X509_up_ref(held), 1);
    p.certs[0] = &ec2;
    p.certs[1] = NULL;
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    put_staple(e, &ec2, DER2, sizeof(DER2), now + 3600);
    assert_int_equal(mdshm_tls_cert_select(e->w, "v.example", 9, ecdsa, 2,
                                           &c), MDSHM_TLS_SERVED);
    assert_true(x509_is(c.leaf, &ec2));
    assert_true(x509_is(held, &ec));
    assert_int_equal(mdshm_tls_staple_get(e->w, held, &der, &len), 0);
    assert_memory_equal(der, DER1, sizeof(DER1));
    OPENSSL_free(der);
    assert_int_equal(mdshm_tls_staple_get(e->w, c.leaf, &der, &len), 0);
    assert_memory_equal(der, DER2, sizeof(DER2));
    OPENSSL_free(der);
    X509_free(held);

    /* tls-alpn-01: owned references, IP identifiers by reverse name */
    assert_int_equal(mdshm_tls_challenge_get(e->w, "v.example", 9, &x, &pk),
                     MDSHM_ENOTFOUND);
    assert_null(x);
    assert_null(pk);
    put_challenge(e, "v.example", &ch);
    put_challenge(e, "127.0.0.2", &ch);
    assert_int_equal(mdshm_tls_challenge_get(e->w, "V.example.", 10, &x,
                                             &pk), 0);
    assert_true(x509_is(x, &ch));
    assert_int_equal(X509_check_private_key(x, pk), 1);
    X509_free(x);
    EVP_PKEY_free(pk);
    assert_int_equal(mdshm_tls_challenge_get(e->w, "2.0.0.127.in-addr.arpa",
                                             22, &x, &pk), 0);
    X509_free(x);
    EVP_PKEY_free(pk);
    assert_int_equal(stats(e).challenges, 2);

    /* the fallback: borrowed from the context */
    mdshm_tls_fallback(e->t, &x, &pk);
    assert_non_null(x);
    assert_int_equal(X509_check_private_key(x, pk), 1);
    mdshm_tls_fallback(NULL, &x, &pk);
    assert_null(x);
    assert_null(pk);

    /* a handshake made of the plain queries by the host */
    host_ctx(e, &own);
    SSL_CTX_set_cert_cb(e->sctx, host_plain_cert_cb, e);
    SSL_CTX_set_tlsext_status_cb(e->sctx, host_plain_status_cb);
    h = handshake(e, "v.example", NULL, true, false);
    assert_true(h.ok);
    assert_true(is_serial(&h, &ec2));
    assert_staple(&h, DER2, sizeof(DER2));
    BN_free(h.serial);
    h = handshake(e, "v.example", "rsa_pss_rsae_sha256", true, false);
    assert_true(h.ok);
    assert_true(is_serial(&h, &rsa));
    assert_staple(&h, NULL, 0);
    BN_free(h.serial);
    h = handshake(e, "w.example", NULL, false, false);
    assert_true(h.ok);
    assert_int_equal(g_host.serve_rv, MDSHM_TLS_PENDING);
    BN_free(h.serial);
    h = handshake(e, "x.example", NULL, false, false);
    assert_true(is_serial(&h, &own));
    BN_free(h.serial);
    assert_int_equal(g_host.cert_cb, 4);
    cert_free(&ec);
    cert_free(&rsa);
    cert_free(&ec2);
    cert_free(&ch);
    cert_free(&own);
}

/* ---- threads: a worker per thread (mdshm_tls_attach_thread) ------------- */

#define N_THREADS 4
#define N_RENEWALS 12

/* What the threads share with the leader (this test's main thread): the
 * certificates in order, and the index of the last one committed. */
static struct {
    cert_t certs[N_RENEWALS + 1];
    atomic_int committed;  /* certs[committed] is in the store */
    atomic_bool done;
} g_thr;

typedef struct thr {
    env_t *base;
    pthread_t id;
    unsigned lookups, handshakes;
    unsigned went_back, stale, unknown, failed; /* each must stay 0 */
    int attach_rv;
    int last_seen;         /* read by the leader: __atomic */
    bool stopped;          /* __atomic: the thread ended */
    uint64_t parses;
} thr_t;

static int cert_index(const BIGNUM *serial)
{
    for (int i = 0; i <= N_RENEWALS; i++)
        if (serial && BN_cmp(serial, g_thr.certs[i].serial) == 0)
            return i;
    return -1;
}

/* One served certificate: which one, and was it the newest committed
 * before the lookup began (or newer) and never older than the last? */
static void thr_check(thr_t *t, int floor, int idx)
{
    if (idx < 0)
        t->unknown++;
    else if (idx < floor)
        t->stale++;
    else if (idx < t->last_seen)
        t->went_back++;
    if (idx > t->last_seen)
        __atomic_store_n(&t->last_seen, idx, __ATOMIC_RELAXED);
}

static void *thr_main(void *arg)
{
    thr_t *t = arg;
    mdshm_tls_worker_t *w = NULL;
    env_t te = {0};
    mdshm_tls_stats_t st;

    t->attach_rv = mdshm_tls_attach_thread(t->base->w, &w);
    if (t->attach_rv < 0)
        goto out;
    te.w = w;
    te.sctx = SSL_CTX_new(TLS_server_method());
    if (!te.sctx || mdshm_tls_ctx_setup(w, te.sctx) < 0) {
        t->failed++;
        goto out;
    }
    for (bool last = false; !last;) {
        int floor;
        mdshm_tls_cert_t c;
        BIGNUM *bn;
        hs_t h;

        /* after the leader is done: one more round, which must see the
         * final set */
        last = atomic_load(&g_thr.done);
        floor = atomic_load(&g_thr.committed);
        if (mdshm_tls_cert_select(w, "t.example", 9, NULL, 0, &c) !=
            MDSHM_TLS_SERVED) {
            t->failed++;
            break;
        }
        bn = ASN1_INTEGER_to_BN(X509_get_serialNumber(c.leaf), NULL);
        thr_check(t, floor, cert_index(bn));
        BN_free(bn);
        t->lookups++;
        floor = atomic_load(&g_thr.committed);
        h = handshake(&te, "t.example", NULL, false, false);
        if (!h.ok || h.state != MDSHM_TLS_SERVED)
            t->failed++;
        else
            thr_check(t, floor, cert_index(h.serial));
        BN_free(h.serial);
        t->handshakes++;
    }
    mdshm_tls_worker_stats(w, &st);
    t->parses = st.parses;
out:
    SSL_CTX_free(te.sctx);
    mdshm_tls_detach(w); /* at thread exit, while the others still serve */
    __atomic_store_n(&t->stopped, true, __ATOMIC_RELEASE);
    return NULL;
}

/* Several threads of one process, each with its own worker, handshake and
 * look up while the leader commits renewals: every lookup that begins
 * after a commit returned serves that set or a newer one, no thread ever
 * goes back, and each parses every set at most once (its own cache). */
static void test_threads_each_own_worker(void **state)
{
    env_t *e = *state;
    struct put p = {"t.example", "t.example", {"secp256r1"}, 1, {NULL}};
    thr_t thr[N_THREADS];

    for (int i = 0; i <= N_RENEWALS; i++)
        cert_make(&g_thr.certs[i], "t.example", false);
    p.certs[0] = &g_thr.certs[0];
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    atomic_store(&g_thr.committed, 0);
    atomic_store(&g_thr.done, false);
    memset(thr, 0, sizeof(thr));
    for (int i = 0; i < N_THREADS; i++) {
        thr[i].base = e;
        assert_int_equal(pthread_create(&thr[i].id, NULL, thr_main, &thr[i]),
                         0);
    }
    for (int i = 1; i <= N_RENEWALS; i++) {
        /* let the threads serve the current set for a while first */
        for (bool all = false; !all;) {
            all = true;
            for (int k = 0; k < N_THREADS; k++)
                all = all && (__atomic_load_n(&thr[k].stopped,
                                              __ATOMIC_ACQUIRE) ||
                              __atomic_load_n(&thr[k].last_seen,
                                              __ATOMIC_RELAXED) >= i - 1);
            if (!all)
                sched_yield();
        }
        p.certs[0] = &g_thr.certs[i];
        assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
        atomic_store(&g_thr.committed, i);
    }
    atomic_store(&g_thr.done, true);
    for (int i = 0; i < N_THREADS; i++) {
        assert_int_equal(pthread_join(thr[i].id, NULL), 0);
        assert_int_equal(thr[i].attach_rv, 0);
        assert_int_equal(thr[i].failed, 0);
        assert_int_equal(thr[i].unknown, 0);
        assert_int_equal(thr[i].stale, 0);
        assert_int_equal(thr[i].went_back, 0);
        assert_int_equal(thr[i].last_seen, N_RENEWALS);
        assert_true(thr[i].lookups > 0 && thr[i].handshakes > 0);
        assert_true(thr[i].parses <= N_RENEWALS + 1);
    }
    /* the process's first worker still serves from the shared store */
    {
        mdshm_tls_cert_t c;
        BIGNUM *bn;

        assert_int_equal(mdshm_tls_cert_select(e->w, "t.example", 9, NULL, 0,
                                               &c), MDSHM_TLS_SERVED);
        bn = ASN1_INTEGER_to_BN(X509_get_serialNumber(c.leaf), NULL);
        assert_int_equal(cert_index(bn), N_RENEWALS);
        BN_free(bn);
    }
    for (int i = 0; i <= N_RENEWALS; i++)
        cert_free(&g_thr.certs[i]);
}

/* A thread's worker: no drive of its own; it outlives the first worker
 * (the store closes with the last one); bad arguments. */
static void test_thread_worker_lifetime(void **state)
{
    env_t *e = *state;
    cert_t ec;
    struct put p = {"t.example", "t.example", {"secp256r1"}, 1, {&ec}};
    mdshm_tls_worker_t *tw = NULL;
    mdshm_tls_cert_t c;

    cert_make(&ec, "t.example", false);
    assert_int_equal(mdshm__leader_write(e->c, put_fn, &p), 0);
    assert_int_equal(mdshm_tls_attach_thread(NULL, &tw), MDSHM_EBADINPUT);
    assert_null(tw);
    assert_int_equal(mdshm_tls_attach_thread(e->w, NULL), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_tls_attach_thread(e->w, &tw), 0);
    assert_ptr_equal(mdshm_tls_store(tw), mdshm_tls_store(e->w));
    assert_int_equal(mdshm_tls_drive_start(tw), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_tls_drive_run(tw), MDSHM_EBADINPUT);
    /* the first worker goes first (a threaded server's child pool cleanup
     * may run before its last threads exit) */
    mdshm__candidate_destroy(e->c);
    e->c = NULL;
    mdshm_tls_detach(e->w);
    e->w = NULL;
    assert_int_equal(mdshm_tls_cert_select(tw, "t.example", 9, NULL, 0, &c),
                     MDSHM_TLS_SERVED);
    assert_true(X509_cmp(c.leaf, c.leaf) == 0);
    mdshm_tls_detach(tw);
    cert_free(&ec);
}

/* Reader slots: a thread's worker that finds the reader table full serves
 * the fallback (UNMANAGED, store error MDSHM_EREADERS) until
 * mdshm_tls_reattach() finds a slot freed by another worker's detach. */
static void test_thread_worker_readers_full(void **state)
{
    char dir[64], store[80];
    mdshm_tls_opts_t o = {0};
    mdshm_tls_t *t = NULL;
    mdshm_tls_worker_t *w = NULL, *tw[4] = {NULL}, *extra = NULL;
    mdshm_tls_cert_t c;
    size_t n = 0;
    int rv;

    (void)state;
    strcpy(dir, "/tmp/mdshm-tlsthr-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(store, sizeof(store), "%s/store", dir);
    o.store_dir = store;
    o.maxreaders = 3;
    assert_int_equal(mdshm_tls_init(&o, &t), 0);
    assert_int_equal(mdshm_tls_attach(t, &w), 0);
    /* fill the table: the first worker has one slot */
    while (n < 4 && (rv = mdshm_tls_attach_thread(w, &tw[n])) == 0)
        n++;
    assert_int_equal(n, 2);
    assert_int_equal(rv, MDSHM_EREADERS);
    extra = tw[n]; /* set all the same: it serves the fallback */
    assert_non_null(extra);
    assert_int_equal(mdshm_tls_store_error(extra), MDSHM_EREADERS);
    assert_null(mdshm_tls_store(extra));
    assert_int_equal(mdshm_tls_cert_select(extra, "t.example", 9, NULL, 0,
                                           &c), MDSHM_TLS_UNMANAGED);
    assert_int_equal(mdshm_tls_reattach(extra), MDSHM_EREADERS);
    mdshm_tls_detach(tw[0]); /* its thread exits: a slot is free again */
    assert_int_equal(mdshm_tls_reattach(extra), 0);
    assert_int_equal(mdshm_tls_store_error(extra), 0);
    assert_ptr_equal(mdshm_tls_store(extra), mdshm_tls_store(w));
    mdshm_tls_detach(extra);
    mdshm_tls_detach(tw[1]);
    mdshm_tls_detach(w);
    mdshm_tls_free(t);
    nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_sigalgs_cache_and_renewal,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_pending_and_unmanaged, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_staple, setup, teardown),
        cmocka_unit_test_setup_teardown(test_staple_cache, setup, teardown),
        cmocka_unit_test_setup_teardown(test_staple_by_sha256, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_staple_interleaved, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_challenges, setup, teardown),
        cmocka_unit_test(test_fallback_is_der),
        cmocka_unit_test_setup_teardown(test_bad_record_keeps_serving, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_name_logged_once, setup,
                                        teardown),
        cmocka_unit_test(test_init_errors),
        cmocka_unit_test_setup_teardown(test_host_cert_cb, setup, teardown),
        cmocka_unit_test_setup_teardown(test_host_client_hello, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_plain_queries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_threads_each_own_worker, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_thread_worker_lifetime, setup,
                                        teardown),
        cmocka_unit_test(test_thread_worker_readers_full),
    };
    mdshm_set_default_log(count_log, NULL, MDSHM_LOG_ERR);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
