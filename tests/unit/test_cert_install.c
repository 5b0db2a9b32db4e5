/* test_cert_install.c -- installing a certificate set (core/cert_install.c):
 * the record written, the archive kept MDSHM__ARCHIVE_KEEP deep, meta/gen
 * raised and stamped, an unchanged set not written again; and the writers
 * that use it: `mdshm import` and the sync of MDCertificateFile.  Keys and
 * certificates of the writers' tests are made at run time with OpenSSL. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "unit_store.h"

#include "cert_install.h"
#include "drive.h"

#include <fcntl.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

/* ---- reading the store back ------------------------------------------- */

static int count_fn(void *baton, mdshm_db_t db, mdshm_buf_t k, mdshm_buf_t v)
{
    (void)db;
    (void)k;
    (void)v;
    (*(int *)baton)++;
    return 0;
}

static int count(mdshm_store_t *st, mdshm_db_t db)
{
    mdshm_reader_t *rd = NULL;
    int n = 0;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_foreach(rd, db, count_fn, &n), 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return n;
}

static uint64_t store_gen(mdshm_store_t *st)
{
    mdshm_reader_t *rd = NULL;
    uint64_t gen = 0;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return gen;
}

/* Record @db/@key into @rec; its views are copied into @keep (the read
 * ends before the caller looks), so only short fields are compared. */
struct got {
    mdshm_record_t rec;
    uint8_t keep[4096];
};

static int get(mdshm_store_t *st, mdshm_db_t db, const char *key,
               struct got *g)
{
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t raw;
    int rv;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    rv = mdshm_read_get_raw(rd, db, key, strlen(key), &raw);
    if (rv == 0) {
        assert_true(raw.n <= sizeof(g->keep));
        memcpy(g->keep, raw.p, raw.n);
        rv = mdshm_record_decode(db == MDSHM_DB_MDS ? MDSHM_REC_MD
                                                    : MDSHM_REC_CERTSET,
                                 g->keep, raw.n, &g->rec);
    }
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return rv;
}

static bool buf_is(mdshm_buf_t b, const char *s)
{
    return b.n == strlen(s) && memcmp(b.p, s, b.n) == 0;
}

/* ---- the installer on its own ----------------------------------------- */

/* A set of made-up DER (the installer does not parse it); @tag makes it
 * differ from the sets of other tags. */
struct fake {
    mdshm_cert_info_t leaf;
    char leaf_der[32], ca_der[32];
    mdshm__cert_set_t set;
    int rv;
};

static void fake_set(struct fake *f, int tag)
{
    memset(f, 0, sizeof(*f));
    snprintf(f->leaf_der, sizeof(f->leaf_der), "leaf-%d", tag);
    snprintf(f->ca_der, sizeof(f->ca_der), "ca");
    f->leaf.issuer = "CN=Test CA";
    f->leaf.serial = "0A";
    f->leaf.ocsp_url = "http://ocsp.test/";
    f->leaf.not_before = 1000000 + tag;
    f->leaf.not_after = 2000000 + tag;
    memset(f->leaf.sha256, tag, sizeof(f->leaf.sha256));
    f->set.md = "a.test";
    f->set.key_spec = "secp256r1";
    f->set.leaf = &f->leaf;
    f->set.n_chain = 2;
    f->set.chain[0] = mdshm__sbuf(f->leaf_der);
    f->set.chain[1] = mdshm__sbuf(f->ca_der);
    f->set.pkey = mdshm__sbuf("key");
}

static int install_fn(mdshm__wtxn_t *w, void *baton)
{
    struct fake *f = baton;

    f->rv = mdshm__cert_set_install(w, &f->set);
    return f->rv < 0 ? f->rv : 0;
}

static int install(struct ut_env *e, struct fake *f)
{
    int rv = mdshm__leader_write(e->c, install_fn, f);

    return rv < 0 ? rv : f->rv;
}

static void test_install_writes_the_set(void **state)
{
    struct ut_env *e = *state;
    struct fake f;
    struct got g;
    const mdshm_certset_rec_t *cs = &g.rec.u.certset;

    fake_set(&f, 1);
    f.set.ari_id = "ari.id";
    f.set.must_staple_requested = true;
    assert_int_equal(install(e, &f), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "a.test/secp256r1", &g), 0);
    assert_true(buf_is(cs->md, "a.test"));
    assert_true(buf_is(cs->key_spec, "secp256r1"));
    assert_int_equal(cs->n_chain, 2);
    assert_true(buf_is(cs->chain[0], "leaf-1"));
    assert_true(buf_is(cs->chain[1], "ca"));
    assert_true(buf_is(cs->pkey, "key"));
    assert_int_equal(cs->not_before, 1000001);
    assert_int_equal(cs->not_after, 2000001);
    assert_memory_equal(cs->sha256.p, f.leaf.sha256, 32);
    assert_true(buf_is(cs->issuer, "CN=Test CA"));
    assert_true(buf_is(cs->serial, "0A"));
    assert_true(buf_is(cs->ocsp_url, "http://ocsp.test/"));
    assert_true(buf_is(cs->ari_id, "ari.id"));
    assert_true(cs->must_staple_requested);
    assert_false(cs->is_static);
    assert_true(cs->installed_ms > 0);
    /* stamped with the gen its write raised */
    assert_int_equal(cs->gen, store_gen(e->st));
    /* the MD and its names are the caller's */
    assert_int_equal(count(e->st, MDSHM_DB_MDS), 0);
    assert_int_equal(count(e->st, MDSHM_DB_NAMES), 0);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 0);
}

static void test_install_archives_keep_deep(void **state)
{
    struct ut_env *e = *state;
    const int n = MDSHM__ARCHIVE_KEEP + 3;
    struct fake f;
    struct got g;
    uint64_t prev = 0;
    char key[64];

    for (int i = 1; i <= n; i++) {
        fake_set(&f, i);
        assert_int_equal(install(e, &f), 0);
        assert_true(store_gen(e->st) > prev);
        prev = store_gen(e->st);
    }
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "a.test/secp256r1", &g), 0);
    assert_true(buf_is(g.rec.u.certset.chain[0], "leaf-8"));
    assert_int_equal(g.rec.u.certset.gen, prev);
    /* sets 1..7 were archived as seq 1..7; the newest KEEP stay */
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), MDSHM__ARCHIVE_KEEP);
    for (int seq = 1; seq < n; seq++) {
        snprintf(key, sizeof(key), "a.test/secp256r1/%010d", seq);
        if (seq <= n - 1 - MDSHM__ARCHIVE_KEEP) {
            assert_int_equal(get(e->st, MDSHM_DB_ARCHIVE, key, &g),
                             MDSHM_ENOTFOUND);
            continue;
        }
        assert_int_equal(get(e->st, MDSHM_DB_ARCHIVE, key, &g), 0);
        snprintf(key, sizeof(key), "leaf-%d", seq);
        assert_true(buf_is(g.rec.u.certset.chain[0], key));
    }
    /* another key spec has an archive of its own */
    fake_set(&f, 1);
    f.set.key_spec = "rsa2048";
    assert_int_equal(install(e, &f), 0);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), MDSHM__ARCHIVE_KEEP);
}

static void test_install_same_set_writes_nothing(void **state)
{
    struct ut_env *e = *state;
    struct fake f;
    struct got g;
    uint64_t gen;
    int64_t installed;

    fake_set(&f, 1);
    assert_int_equal(install(e, &f), 0);
    gen = store_gen(e->st);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "a.test/secp256r1", &g), 0);
    installed = g.rec.u.certset.installed_ms;
    /* the same set again: already active, nothing written */
    assert_int_equal(install(e, &f), 1);
    assert_int_equal(store_gen(e->st), gen);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "a.test/secp256r1", &g), 0);
    assert_int_equal(g.rec.u.certset.installed_ms, installed);
    /* the same leaf with another intermediate is another set */
    f.set.chain[1] = mdshm__sbuf("corrected ca");
    assert_int_equal(install(e, &f), 0);
    assert_true(store_gen(e->st) > gen);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 1);
    /* so is any other field */
    gen = store_gen(e->st);
    f.set.ari_id = "ari.id";
    assert_int_equal(install(e, &f), 0);
    assert_true(store_gen(e->st) > gen);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 2);
}

static void test_install_refuses_incomplete_sets(void **state)
{
    struct ut_env *e = *state;
    struct fake f;
    uint64_t gen = store_gen(e->st);

    fake_set(&f, 1);
    f.set.n_chain = 0;
    assert_int_equal(install(e, &f), MDSHM_EBADINPUT);
    fake_set(&f, 1);
    f.set.n_chain = MDSHM_MAX_CHAIN + 1;
    assert_int_equal(install(e, &f), MDSHM_EBADINPUT);
    fake_set(&f, 1);
    f.set.pkey.n = 0;
    assert_int_equal(install(e, &f), MDSHM_EBADINPUT);
    fake_set(&f, 1);
    f.set.leaf = NULL;
    assert_int_equal(install(e, &f), MDSHM_EBADINPUT);
    fake_set(&f, 1);
    f.set.key_spec = "a/b"; /* would make another MD's key */
    assert_true(install(e, &f) < 0);
    assert_int_equal(count(e->st, MDSHM_DB_CERTS), 0);
    assert_int_equal(store_gen(e->st), gen);
}

/* ---- the writers: files made with OpenSSL ------------------------------ */

static EVP_PKEY *ec_key(void)
{
    EVP_PKEY *k = EVP_EC_gen("P-256");

    assert_non_null(k);
    return k;
}

/* Valid from @from to @to seconds from now. */
static X509 *make_cert(EVP_PKEY *key, EVP_PKEY *signer, X509 *issuer,
                       const char *cn, long serial, long from, long to)
{
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    X509V3_CTX ctx;
    X509_EXTENSION *ext;

    assert_non_null(x);
    assert_non_null(name);
    assert_int_equal(X509_set_version(x, 2), 1);
    assert_int_equal(ASN1_INTEGER_set(X509_get_serialNumber(x), serial), 1);
    assert_int_equal(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                                (const unsigned char *)cn,
                                                -1, -1, 0),
                     1);
    assert_int_equal(X509_set_subject_name(x, name), 1);
    assert_int_equal(
        X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name),
        1);
    X509_NAME_free(name);
    assert_non_null(X509_gmtime_adj(X509_getm_notBefore(x), from));
    assert_non_null(X509_gmtime_adj(X509_getm_notAfter(x), to));
    assert_int_equal(X509_set_pubkey(x, key), 1);
    if (issuer) {
        X509V3_set_ctx(&ctx, issuer, x, NULL, NULL, 0);
        ext = X509V3_EXT_conf_nid(NULL, &ctx, NID_subject_alt_name,
                                  "DNS:s.test");
        assert_non_null(ext);
        assert_int_equal(X509_add_ext(x, ext, -1), 1);
        X509_EXTENSION_free(ext);
    }
    assert_true(X509_sign(x, signer, EVP_sha256()) > 0);
    return x;
}

/* The files of static MD s.test: its key, the leaf alone, the leaf with
 * its CA (the chain an operator corrects without a new leaf), and an
 * expired leaf of the same key. */
struct files {
    char key[128], leaf[128], full[128], old[128];
};

static void write_pem(const char *path, mode_t mode, X509 *a, X509 *b,
                      EVP_PKEY *key)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;

    assert_non_null(fp);
    if (a)
        assert_int_equal(PEM_write_X509(fp, a), 1);
    if (b)
        assert_int_equal(PEM_write_X509(fp, b), 1);
    if (key)
        assert_int_equal(
            PEM_write_PrivateKey(fp, key, NULL, NULL, 0, NULL, NULL), 1);
    assert_int_equal(fclose(fp), 0);
}

/* The files, and no leader: the writers take leadership themselves. */
static void make_files(struct ut_env *e, struct files *fs)
{
    EVP_PKEY *ca_key = ec_key(), *key = ec_key();
    X509 *ca = make_cert(ca_key, ca_key, NULL, "Test CA", 1, -86400L * 90,
                         86400L * 90);
    X509 *leaf = make_cert(key, ca_key, ca, "s.test", 2, -3600, 86400L * 30);
    X509 *old = make_cert(key, ca_key, ca, "s.test", 3, -86400L * 60,
                          -86400L);

    snprintf(fs->key, sizeof(fs->key), "%s/s.key", e->dir);
    snprintf(fs->leaf, sizeof(fs->leaf), "%s/leaf.pem", e->dir);
    snprintf(fs->full, sizeof(fs->full), "%s/full.pem", e->dir);
    snprintf(fs->old, sizeof(fs->old), "%s/old.pem", e->dir);
    write_pem(fs->key, 0600, NULL, NULL, key);
    write_pem(fs->leaf, 0644, leaf, NULL, NULL);
    write_pem(fs->full, 0644, leaf, ca, NULL);
    write_pem(fs->old, 0644, old, ca, NULL);
    X509_free(old);
    X509_free(leaf);
    X509_free(ca);
    EVP_PKEY_free(key);
    EVP_PKEY_free(ca_key);
    mdshm__candidate_destroy(e->c);
    e->c = NULL;
}

static void test_import_again_archives_no_copy(void **state)
{
    struct ut_env *e = *state;
    struct files fs;
    struct got g;

    make_files(e, &fs);
    assert_int_equal(mdshm_import_static(e->st, "s.test", fs.leaf, fs.key,
                                         NULL), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "s.test/secp256r1", &g), 0);
    assert_true(g.rec.u.certset.is_static);
    /* the same files again (a cron job): the archive keeps its history
     * instead of a copy of the active set */
    assert_int_equal(mdshm_import_static(e->st, "s.test", fs.leaf, fs.key,
                                         NULL), 0);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 0);
    /* the leaf with its CA is a new set: the old one is archived */
    assert_int_equal(mdshm_import_static(e->st, "s.test", fs.full, fs.key,
                                         NULL), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "s.test/secp256r1", &g), 0);
    assert_int_equal(g.rec.u.certset.n_chain, 2);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 1);
    assert_int_equal(get(e->st, MDSHM_DB_MDS, "s.test", &g), 0);
    assert_int_equal(g.rec.u.md.state, MDSHM_MD_COMPLETE);
}

static int sync_conf(struct ut_env *e, const struct files *fs,
                     const char *cert)
{
    char conf[1024];
    mdshm_config_t *cfg = NULL;
    mdshm_drive_t *d = NULL;
    int rv;

    snprintf(conf, sizeof(conf),
             "MDCertificateAuthority https://ca.invalid/dir\n"
             "MDCertificateAgreement accepted\n"
             "<MDomain s.test>\n"
             "  MDCertificateFile %s\n"
             "  MDCertificateKeyFile %s\n"
             "</MDomain>\n",
             cert, fs->key);
    assert_int_equal(mdshm_config_parse(conf, strlen(conf), "test.conf",
                                        &cfg), 0);
    assert_int_equal(mdshm_drive_create(e->st, cfg, NULL, &d), 0);
    assert_int_equal(mdshm__candidate_try(d->cand), 1);
    rv = mdshm__drive_sync(d);
    mdshm_drive_destroy(d);
    mdshm_config_free(cfg);
    return rv;
}

static void test_sync_installs_a_corrected_chain(void **state)
{
    struct ut_env *e = *state;
    struct files fs;
    struct got g;
    uint64_t gen;

    make_files(e, &fs);
    assert_int_equal(sync_conf(e, &fs, fs.leaf), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "s.test/secp256r1", &g), 0);
    assert_int_equal(g.rec.u.certset.n_chain, 1);
    /* a restart with the same files writes nothing */
    gen = store_gen(e->st);
    assert_int_equal(sync_conf(e, &fs, fs.leaf), 0);
    assert_int_equal(store_gen(e->st), gen);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 0);
    /* the operator adds the missing intermediate, same leaf: installed */
    assert_int_equal(sync_conf(e, &fs, fs.full), 0);
    assert_int_equal(get(e->st, MDSHM_DB_CERTS, "s.test/secp256r1", &g), 0);
    assert_int_equal(g.rec.u.certset.n_chain, 2);
    assert_int_equal(count(e->st, MDSHM_DB_ARCHIVE), 1);
}

/* An expired file makes an expired MD, whichever writer installs it. */
static void test_static_expired_state(void **state)
{
    struct ut_env *e = *state;
    struct files fs;
    struct got g;

    make_files(e, &fs);
    assert_int_equal(mdshm_import_static(e->st, "s.test", fs.old, fs.key,
                                         NULL), 0);
    assert_int_equal(get(e->st, MDSHM_DB_MDS, "s.test", &g), 0);
    assert_int_equal(g.rec.u.md.state, MDSHM_MD_EXPIRED);
    assert_int_equal(sync_conf(e, &fs, fs.full), 0);
    assert_int_equal(get(e->st, MDSHM_DB_MDS, "s.test", &g), 0);
    assert_int_equal(g.rec.u.md.state, MDSHM_MD_COMPLETE);
    assert_int_equal(sync_conf(e, &fs, fs.old), 0);
    assert_int_equal(get(e->st, MDSHM_DB_MDS, "s.test", &g), 0);
    assert_int_equal(g.rec.u.md.state, MDSHM_MD_EXPIRED);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_install_writes_the_set,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_install_archives_keep_deep,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_install_same_set_writes_nothing,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_install_refuses_incomplete_sets,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_import_again_archives_no_copy,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_sync_installs_a_corrected_chain,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_static_expired_state,
                                        ut_setup, ut_teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
