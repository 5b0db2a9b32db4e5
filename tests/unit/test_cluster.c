/* test_cluster.c -- cluster mode's data side without a server: the
 * key-encryption file's checks, sealed values (and each way one fails to
 * open), the etcd key layout and txn limits, and the mirror applier
 * (batches, revisions, refusals that leave the store unchanged, a full
 * replacement, and a worker that serves what a batch brought). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "cluster.h"
#include "unit_cert.h"
#include "unit_store.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#define P "/mdshm/"

static mdshm__cluster_kek_t kek_a, kek_b;

static int setup_keys(void **state)
{
    uint8_t k[MDSHM__KEK_LEN];

    (void)state;
    memset(k, 0xa5, sizeof(k));
    assert_int_equal(mdshm__cluster_kek_set(&kek_a, k), 0);
    memset(k, 0x5a, sizeof(k));
    assert_int_equal(mdshm__cluster_kek_set(&kek_b, k), 0);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG); /* quiet */
    return 0;
}

/* ---- the key-encryption file -------------------------------------------- */

static char kdir[64];

static void write_file(const char *path, const char *text, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    assert_int_equal(chmod(path, mode), 0);
}

#define HEX64 "000102030405060708090a0b0c0d0e0f101112131415161718191A1B1C1D1E1F"

static void test_kek_file(void **state)
{
    mdshm__cluster_kek_t k;
    uint8_t want[MDSHM__KEK_LEN], md[32];
    char path[128], link[128];

    (void)state;
    strcpy(kdir, "/tmp/mdshm-kek-XXXXXX");
    assert_non_null(mkdtemp(kdir));
    snprintf(path, sizeof(path), "%s/kek", kdir);
    for (int i = 0; i < MDSHM__KEK_LEN; i++)
        want[i] = (uint8_t)i;

    write_file(path, "  " HEX64 "\n", 0600);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), 0);
    assert_memory_equal(k.key, want, sizeof(want));
    assert_non_null(SHA256(want, sizeof(want), md));
    assert_memory_equal(k.id, md, MDSHM__KEK_ID_LEN);
    mdshm__cluster_kek_clear(&k);
    write_file(path, HEX64, 0400);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), 0);

    /* readable by others, or by the group */
    write_file(path, HEX64, 0644);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EPERM);
    write_file(path, HEX64, 0640);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EPERM);
    /* another user's file (as root: given to nobody) */
    write_file(path, HEX64, 0600);
    if (geteuid() == 0) {
        assert_int_equal(chown(path, 65534, 65534), 0);
        assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EPERM);
        assert_int_equal(chown(path, 0, 0), 0);
    }
    /* not a key: too short, not hex, raw bytes */
    write_file(path, "0011", 0600);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EBADINPUT);
    write_file(path, "zz0102030405060708090a0b0c0d0e0f"
                     "101112131415161718191A1B1C1D1E1F", 0600);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EBADINPUT);
    write_file(path, "0123456789abcdef0123456789abcdef", 0600);
    assert_int_equal(mdshm__cluster_kek_load(path, &k), MDSHM_EBADINPUT);
    /* a link, a directory, nothing */
    write_file(path, HEX64, 0600);
    snprintf(link, sizeof(link), "%s/link", kdir);
    assert_int_equal(symlink(path, link), 0);
    assert_int_equal(mdshm__cluster_kek_load(link, &k), -ELOOP);
    assert_int_equal(mdshm__cluster_kek_load(kdir, &k), MDSHM_EBADINPUT);
    snprintf(link, sizeof(link), "%s/none", kdir);
    assert_int_equal(mdshm__cluster_kek_load(link, &k), -ENOENT);
    nftw(kdir, ut_rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* ---- sealed values -------------------------------------------------------- */

static const char EK[] = P "data/certs/a.example/rsa2048";

static void seal(const mdshm__cluster_kek_t *k, const char *ekey,
                 const char *plain, uint8_t **out, size_t *n)
{
    assert_int_equal(mdshm__cluster_seal(k, ekey, strlen(ekey), plain,
                                         strlen(plain), out, n), 0);
}

static int open_(const mdshm__cluster_kek_t *k, const char *ekey,
                 const uint8_t *v, size_t n, char *why)
{
    uint8_t *out = NULL;
    size_t len = 0;
    int rv = mdshm__cluster_open(k, ekey, strlen(ekey), v, n, &out, &len,
                                 why, 200);
    if (rv == 0)
        assert_string_equal((char *)out, "the record");
    free(out);
    return rv;
}

static void test_seal_open(void **state)
{
    uint8_t *v = NULL, *v2 = NULL, *out = NULL;
    size_t n, n2, len;
    char why[200];

    (void)state;
    seal(&kek_a, EK, "the record", &v, &n);
    assert_int_equal(n, strlen("the record") + MDSHM__SEAL_OVERHEAD);
    assert_int_equal(v[0], MDSHM__SEAL_VERSION);
    assert_null(memmem(v, n, "the record", 10)); /* not in clear */
    assert_int_equal(open_(&kek_a, EK, v, n, why), 0);
    /* a fresh nonce each time */
    seal(&kek_a, EK, "the record", &v2, &n2);
    assert_int_equal(n2, n);
    assert_memory_not_equal(v + MDSHM__SEAL_HEADER,
                            v2 + MDSHM__SEAL_HEADER, MDSHM__SEAL_NONCE);
    free(v2);
    /* an empty value */
    assert_int_equal(mdshm__cluster_seal(&kek_a, EK, strlen(EK), "", 0, &v2,
                                         &n2), 0);
    assert_int_equal(mdshm__cluster_open(&kek_a, EK, strlen(EK), v2, n2, &out,
                                         &len, why, sizeof(why)), 0);
    assert_int_equal(len, 0);
    free(out);
    free(v2);

    /* truncated */
    assert_int_equal(open_(&kek_a, EK, v, MDSHM__SEAL_OVERHEAD - 1, why),
                     MDSHM_ECORRUPT);
    assert_non_null(strstr(why, "truncated"));
    assert_int_equal(open_(&kek_a, EK, v, n - 1, why), MDSHM_ECORRUPT);
    assert_non_null(strstr(why, "altered"));
    /* altered: ciphertext, tag, nonce */
    for (size_t at = MDSHM__SEAL_HEADER; at < n; at += 7) {
        v[at] ^= 0x01;
        assert_int_equal(open_(&kek_a, EK, v, n, why), MDSHM_ECORRUPT);
        assert_non_null(strstr(why, "altered"));
        v[at] ^= 0x01;
    }
    /* another host's key file */
    assert_int_equal(open_(&kek_b, EK, v, n, why), MDSHM_EMISMATCH);
    assert_non_null(strstr(why, "key-encryption file differs from the "
                                "cluster's"));
    /* moved under another key */
    assert_int_equal(open_(&kek_a, P "data/certs/b.example/rsa2048", v, n,
                           why), MDSHM_EBADINPUT);
    assert_non_null(strstr(why, "another etcd key"));
    /* a format version from the future */
    v[0] = 2;
    assert_int_equal(open_(&kek_a, EK, v, n, why), MDSHM_EVERSION);
    assert_non_null(strstr(why, "version 2"));
    v[0] = MDSHM__SEAL_VERSION;
    assert_int_equal(open_(&kek_a, EK, v, n, why), 0);
    free(v);
}

/* ---- keys and limits --------------------------------------------------- */

/* The key check is pinned: every host, whatever its version, must compute
 * the same value from the same key, or none would campaign (openssl dgst
 * -sha256 -mac HMAC -macopt hexkey:a5a5... of "mdshm cluster key check"). */
static void test_keycheck_value(void **state)
{
    char a[MDSHM__KEYCHECK_LEN + 1], a2[MDSHM__KEYCHECK_LEN + 1];
    char b[MDSHM__KEYCHECK_LEN + 1], *key = NULL;

    (void)state;
    assert_int_equal(mdshm__cluster_keycheck_value(&kek_a, a), 0);
    assert_string_equal(a, "1:fc8b6400:eba439cb0239b9c74535bdf1f71182020f12"
                           "b92e5624de889ee03fef0bdd4f6a");
    assert_int_equal(strlen(a), MDSHM__KEYCHECK_LEN);
    assert_int_equal(mdshm__cluster_keycheck_value(&kek_a, a2), 0);
    assert_string_equal(a, a2);
    assert_int_equal(mdshm__cluster_keycheck_value(&kek_b, b), 0);
    assert_string_not_equal(a, b);
    assert_int_equal(mdshm__cluster_key_keycheck(P, &key), 0);
    assert_string_equal(key, P "keycheck");
    free(key);
}

static void test_keys(void **state)
{
    uint8_t *k = NULL;
    size_t n;
    const uint8_t *rk;
    size_t rklen;
    mdshm_db_t db;
    char *s = NULL;

    (void)state;
    assert_int_equal(mdshm__cluster_prefix_check("/mdshm/"), 0);
    assert_int_equal(mdshm__cluster_prefix_check("/a/b/"), 0);
    assert_int_equal(mdshm__cluster_prefix_check("mdshm/"), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__cluster_prefix_check("/mdshm"), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__cluster_prefix_check("/a b/"), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__cluster_prefix_check(""), MDSHM_EBADINPUT);

    assert_int_equal(mdshm__cluster_key_record(P, MDSHM_DB_ARCHIVE,
                                               "a/rsa2048/0000000001", 20,
                                               &k, &n), 0);
    assert_string_equal((char *)k, P "data/archive/a/rsa2048/0000000001");
    assert_int_equal(mdshm__cluster_key_parse(P, k, n, &db, &rk, &rklen), 0);
    assert_int_equal(db, MDSHM_DB_ARCHIVE);
    assert_int_equal(rklen, 20);
    assert_memory_equal(rk, "a/rsa2048/0000000001", 20);
    free(k);
    /* host-local databases are not replicated */
    assert_int_equal(mdshm__cluster_key_record(P, MDSHM_DB_META, "gen", 3,
                                               &k, &n), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__cluster_key_record(P, MDSHM_DB_NAMES, "a", 1, &k,
                                               &n), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__cluster_key_record(P, MDSHM_DB_MDS, "a", 1, &k,
                                               &n), MDSHM_EBADINPUT);
#define PARSE(s) mdshm__cluster_key_parse(P, s, strlen(s), &db, &rk, &rklen)
    assert_int_equal(PARSE(P "leader"), MDSHM_ENOTFOUND);
    assert_int_equal(PARSE(P "hosts/h1"), MDSHM_ENOTFOUND);
    assert_int_equal(PARSE("/other/data/jobs/a"), MDSHM_ENOTFOUND);
    assert_int_equal(PARSE(P "data/meta/gen"), MDSHM_EBADINPUT);
    assert_int_equal(PARSE(P "data/names/a.example"), MDSHM_EBADINPUT);
    assert_int_equal(PARSE(P "data/nosuch/a"), MDSHM_EBADINPUT);
    assert_int_equal(PARSE(P "data/jobs/"), MDSHM_EBADINPUT);
    assert_int_equal(PARSE(P "data/jobs"), MDSHM_EBADINPUT);
    assert_int_equal(PARSE(P "data/jobs/a"), 0);
#undef PARSE
    assert_int_equal(mdshm__cluster_key_leader(P, &s), 0);
    assert_string_equal(s, P "leader");
    free(s);
    assert_int_equal(mdshm__cluster_key_host(P, "h1", &s), 0);
    assert_string_equal(s, P "hosts/h1");
    free(s);
    assert_int_equal(mdshm__cluster_key_data(P, &s), 0);
    assert_string_equal(s, P "data/");
    free(s);
}

static void add_ops(mdshm__cluster_ops_t *ops, size_t count, size_t size)
{
    uint8_t *rec = calloc(1, size ? size : 1);
    char key[32];

    for (size_t i = 0; i < count; i++) {
        snprintf(key, sizeof(key), "md%zu", i);
        assert_int_equal(mdshm__cluster_op_add(ops, &kek_a, P, MDSHM_DB_JOBS,
                                               key, strlen(key), rec, size),
                         0);
    }
    free(rec);
}

static void test_limits(void **state)
{
    mdshm__cluster_ops_t ops = {0};
    size_t *ends = NULL, n = 0;
    uint8_t *big;

    (void)state;
    /* 128 operations fit, 129 do not; the fencing's count is reserved */
    add_ops(&ops, 128, 10);
    assert_int_equal(mdshm__cluster_ops_check(&ops, 0, 0), 0);
    assert_int_equal(mdshm__cluster_ops_check(&ops, 1, 0), MDSHM_ETOOBIG);
    add_ops(&ops, 172, 10);
    assert_int_equal(mdshm__cluster_ops_check(&ops, 0, 0), MDSHM_ETOOBIG);
    assert_int_equal(mdshm__cluster_ops_split(&ops, 2, 100, &ends, &n), 0);
    assert_int_equal(n, 3); /* 126 + 126 + 48 */
    assert_int_equal(ends[0], 126);
    assert_int_equal(ends[1], 252);
    assert_int_equal(ends[2], 300);
    free(ends);
    mdshm__cluster_ops_free(&ops);

    /* bytes: 20 values of 200 KB are over 1.5 MiB */
    add_ops(&ops, 20, 200000);
    assert_int_equal(mdshm__cluster_ops_check(&ops, 0, 0), MDSHM_ETOOBIG);
    assert_int_equal(mdshm__cluster_ops_split(&ops, 1, 1000, &ends, &n), 0);
    assert_int_equal(n, 3);
    for (size_t i = 0, from = 0; i < n; from = ends[i++]) {
        assert_true(ends[i] > from);
        assert_true(mdshm__cluster_ops_size(&ops, from, ends[i]) + 1000 <=
                    MDSHM__ETCD_MAX_REQUEST_BYTES);
    }
    assert_int_equal(ends[n - 1], 20);
    free(ends);
    /* nothing to split */
    mdshm__cluster_ops_free(&ops);
    assert_int_equal(mdshm__cluster_ops_split(&ops, 1, 1000, &ends, &n), 0);
    assert_int_equal(n, 0);
    free(ends);
    /* a record over the store's own limit is never sealed */
    big = calloc(1, MDSHM_MAX_RECORD + 1);
    assert_int_equal(mdshm__cluster_op_add(&ops, &kek_a, P, MDSHM_DB_JOBS,
                                           "a", 1, big, MDSHM_MAX_RECORD + 1),
                     MDSHM_ETOOBIG);
    assert_int_equal(ops.n, 0);
    /* the largest record is one request */
    assert_int_equal(mdshm__cluster_op_add(&ops, &kek_a, P, MDSHM_DB_JOBS,
                                           "a", 1, big, MDSHM_MAX_RECORD), 0);
    assert_int_equal(mdshm__cluster_ops_check(&ops, 1, 4096), 0);
    free(big);
    mdshm__cluster_ops_free(&ops);
    /* a delete: no value */
    assert_int_equal(mdshm__cluster_op_add(&ops, &kek_a, P, MDSHM_DB_OCSP,
                                           "crl-x", 5, NULL, 0), 0);
    assert_null(ops.op[0].val);
    assert_string_equal((char *)ops.op[0].key, P "data/ocsp/crl-x");
    mdshm__cluster_ops_free(&ops);
}

/* ---- the mirror --------------------------------------------------------- */

/* What the cluster leader's host would have written: encoded bytes. */
static void certset_bytes(const ut_cert_t *c, uint64_t gen, uint8_t **out,
                          size_t *n)
{
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_CERTSET;
    ut_certset(&r.u.certset, c);
    r.u.certset.gen = gen;
    assert_int_equal(mdshm__record_encode(&r, out, n), 0);
}

static void job_bytes(const char *md, uint32_t errors, uint8_t **out,
                      size_t *n)
{
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = mdshm__sbuf(md);
    r.u.job.errors = errors;
    assert_int_equal(mdshm__record_encode(&r, out, n), 0);
}

static void staple_bytes(const uint8_t *der, size_t dlen, uint64_t gen,
                         uint8_t **out, size_t *n)
{
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der.p = der;
    r.u.ocsp.der.n = dlen;
    r.u.ocsp.next_update = 4000000000LL;
    r.u.ocsp.gen = gen;
    assert_int_equal(mdshm__record_encode(&r, out, n), 0);
}

/* A batch being built: etcd keys and sealed values it owns. */
struct batch {
    mdshm__cluster_kv_t kv[16];
    size_t n;
};

static void ev_put(struct batch *b, const mdshm__cluster_kek_t *k,
                   mdshm_db_t db, const char *key, const uint8_t *rec,
                   size_t rlen, int64_t rev)
{
    mdshm__cluster_kv_t *kv = &b->kv[b->n++];
    uint8_t *ek, *v;
    size_t eklen, vlen;

    assert_int_equal(mdshm__cluster_key_record(P, db, key, strlen(key), &ek,
                                               &eklen), 0);
    assert_int_equal(mdshm__cluster_seal(k, ek, eklen, rec, rlen, &v, &vlen),
                     0);
    *kv = (mdshm__cluster_kv_t){ek, eklen, v, vlen, false, rev};
}

static void ev_del(struct batch *b, mdshm_db_t db, const char *key,
                   int64_t rev)
{
    mdshm__cluster_kv_t *kv = &b->kv[b->n++];
    uint8_t *ek;
    size_t eklen;

    assert_int_equal(mdshm__cluster_key_record(P, db, key, strlen(key), &ek,
                                               &eklen), 0);
    *kv = (mdshm__cluster_kv_t){ek, eklen, NULL, 0, true, rev};
}

static void ev_raw(struct batch *b, const char *ekey, int64_t rev)
{
    mdshm__cluster_kv_t *kv = &b->kv[b->n++];
    *kv = (mdshm__cluster_kv_t){(uint8_t *)strdup(ekey), strlen(ekey),
                                (uint8_t *)strdup("x"), 1, false, rev};
    assert_non_null(kv->key);
    assert_non_null(kv->val);
}

static void batch_free(struct batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free((void *)b->kv[i].key);
        free((void *)b->kv[i].val);
    }
    b->n = 0;
}

/* The state a test compares: meta/gen, cluster-rev, and a digest of
 * every replicated record. */
struct snap {
    uint64_t gen, rev;
    uint8_t digest[32];
    size_t records;
};

static int digest_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    EVP_MD_CTX *ctx = baton;
    return EVP_DigestUpdate(ctx, &db, sizeof(db)) == 1 &&
                   EVP_DigestUpdate(ctx, key.p, key.n) == 1 &&
                   EVP_DigestUpdate(ctx, val.p, val.n) == 1
               ? 0
               : -1;
}

static struct snap snap(mdshm_store_t *st)
{
    struct snap s = {0};
    mdshm_reader_t *rd = NULL;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();

    assert_non_null(ctx);
    assert_int_equal(EVP_DigestInit_ex(ctx, EVP_sha256(), NULL), 1);
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &s.gen), 0);
    assert_int_equal(mdshm__cluster_read_rev(rd, &s.rev), 0);
    for (int db = 0; db < MDSHM_DB_COUNT; db++)
        if (mdshm__cluster_replicated((mdshm_db_t)db))
            assert_int_equal(mdshm_read_foreach(rd, (mdshm_db_t)db,
                                                digest_fn, ctx), 0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    assert_int_equal(EVP_DigestFinal_ex(ctx, s.digest, NULL), 1);
    EVP_MD_CTX_free(ctx);
    return s;
}

static void assert_same(struct snap a, struct snap b)
{
    assert_int_equal(a.gen, b.gen);
    assert_int_equal(a.rev, b.rev);
    assert_memory_equal(a.digest, b.digest, 32);
}

static int get_rec(mdshm_store_t *st, mdshm_db_t db, const char *key,
                   uint8_t **copy, size_t *n)
{
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    int rv;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    rv = mdshm_read_get_raw(rd, db, key, strlen(key), &v);
    if (rv == 0 && copy) {
        *copy = malloc(v.n);
        memcpy(*copy, v.p, v.n);
        *n = v.n;
    }
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return rv;
}

static void test_apply_batch(void **state)
{
    struct ut_env *e = *state;
    mdshm__cluster_applied_t res;
    struct batch b = {0};
    uint8_t *r1, *r2, *got;
    size_t n1, n2, gn;
    struct snap s0, s1;

    job_bytes("a", 1, &r1, &n1);
    job_bytes("b", 2, &r2, &n2);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "a", r1, n1, 10);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "b", r2, n2, 11);
    ev_raw(&b, P "hosts/h2", 12);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 12,
                                          &res), 0);
    assert_int_equal(res.written, 2);
    assert_int_equal(res.other, 1);
    assert_int_equal(res.skipped, 0);
    assert_int_equal(res.rev, 12);
    assert_int_equal(get_rec(e->st, MDSHM_DB_JOBS, "a", &got, &gn), 0);
    assert_int_equal(gn, n1);
    assert_memory_equal(got, r1, n1); /* as the other host stored it */
    free(got);
    s0 = snap(e->st);
    assert_int_equal(s0.rev, 12);

    /* the same events again (a resumed watch): skipped, nothing changes */
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 12,
                                          &res), 0);
    assert_int_equal(res.skipped, 3);
    assert_int_equal(res.written, 0);
    assert_same(snap(e->st), s0);
    batch_free(&b);

    /* deletes, in an answer whose header runs ahead (a catch-up): the
     * events' revision is recorded, not the header's, or the events of
     * revisions 22..25 still to come would be skipped */
    ev_del(&b, MDSHM_DB_JOBS, "a", 20);
    ev_del(&b, MDSHM_DB_JOBS, "nosuch", 21);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 25,
                                          &res), 0);
    assert_int_equal(res.written, 1);
    assert_int_equal(res.unchanged, 1);
    assert_int_equal(res.rev, 21);
    batch_free(&b);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "a", r1, n1, 22);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 25,
                                          &res), 0);
    assert_int_equal(res.written, 1);
    assert_int_equal(res.rev, 22);
    batch_free(&b);
    ev_del(&b, MDSHM_DB_JOBS, "a", 23);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 25,
                                          &res), 0);
    assert_int_equal(get_rec(e->st, MDSHM_DB_JOBS, "a", NULL, NULL),
                     MDSHM_ENOTFOUND);
    batch_free(&b);
    /* a progress notification moves the revision */
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, NULL, 0, 30,
                                          &res), 0);
    assert_int_equal(res.rev, 30);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, NULL, 0, 28,
                                          &res), 0);
    assert_int_equal(res.rev, 30); /* never back */
    s1 = snap(e->st);
    assert_int_equal(s1.rev, 30);
    assert_int_equal(s1.gen, s0.gen); /* jobs are no worker's business */
    free(r1);
    free(r2);
}

/* One bad value refuses the whole batch; the store stays as it was. */
static void test_apply_refuses_bad_batch(void **state)
{
    struct ut_env *e = *state;
    struct batch b = {0};
    uint8_t *r1, *v;
    size_t n1;
    struct snap s0;

    job_bytes("a", 1, &r1, &n1);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "a", r1, n1, 5);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 5,
                                          NULL), 0);
    batch_free(&b);
    s0 = snap(e->st);

#define TRY(expect)                                                           \
    do {                                                                      \
        assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n,    \
                                              100, NULL), expect);            \
        assert_same(snap(e->st), s0);                                         \
        batch_free(&b);                                                       \
    } while (0)

    /* altered in etcd */
    ev_del(&b, MDSHM_DB_JOBS, "a", 6);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "b", r1, n1, 7);
    v = (uint8_t *)b.kv[1].val;
    v[b.kv[1].vlen - 1] ^= 1;
    TRY(MDSHM_ECORRUPT);
    /* sealed by a host with another key file */
    ev_del(&b, MDSHM_DB_JOBS, "a", 6);
    ev_put(&b, &kek_b, MDSHM_DB_JOBS, "b", r1, n1, 7);
    TRY(MDSHM_EMISMATCH);
    /* truncated */
    ev_del(&b, MDSHM_DB_JOBS, "a", 6);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "b", r1, n1, 7);
    b.kv[1].vlen = 10;
    TRY(MDSHM_ECORRUPT);
    /* opens, but is no record */
    ev_del(&b, MDSHM_DB_JOBS, "a", 6);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "b", (const uint8_t *)"junk", 4, 7);
    TRY(MDSHM_ECORRUPT);
    /* a key naming a host-local database */
    ev_del(&b, MDSHM_DB_JOBS, "a", 6);
    ev_raw(&b, P "data/mds/a", 7);
    TRY(MDSHM_EBADINPUT);
#undef TRY
    free(r1);
}

/* What a worker serves follows an applied batch, even when the other
 * host's gen equals the one this worker cached. */
static void test_apply_worker_serves(void **state)
{
    char dir[64], path[96];
    mdshm_tls_opts_t o = {0};
    mdshm_tls_t *t = NULL;
    mdshm_tls_worker_t *w = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_tls_cert_t tc;
    mdshm__cluster_applied_t res;
    struct batch b = {0};
    ut_cert_t c1, c2;
    uint8_t *r, *sd = NULL;
    size_t rn, sdn;
    unsigned char *leaf = NULL;
    int leaf_len;
    uint64_t gen_before, gen_seen;
    static const uint8_t der2[] = {0x30, 0x04, 0x0a, 0x02, 0x00, 0x01};
    char hex[65];

    (void)state;
    strcpy(dir, "/tmp/mdshm-cl-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/store", dir);
    o.store_dir = path;
    o.candidate = true;
    assert_int_equal(mdshm_tls_init(&o, &t), 0);
    assert_int_equal(mdshm_tls_attach(t, &w), 0);
    assert_int_equal(mdshm__candidate_create(mdshm_tls_store(w), NULL, &c),
                     0);
    assert_int_equal(mdshm__candidate_try(c), 1);
    ut_cert_make(&c1, "a.example");
    ut_cert_make(&c2, "a.example");

    /* this host's own configuration: the MD and its name */
    assert_int_equal(mdshm__leader_write(c, ut_md_fn, NULL), 0);

    /* the first set, from the cluster */
    certset_bytes(&c1, 7, &r, &rn);
    ev_put(&b, &kek_a, MDSHM_DB_CERTS, "a/secp256r1", r, rn, 40);
    assert_int_equal(mdshm__cluster_apply(c, &kek_a, P, b.kv, b.n, 40, &res),
                     0);
    assert_int_equal(res.written, 1);
    batch_free(&b);
    free(r);
    assert_int_equal(mdshm_tls_cert_select(w, "a.example", 9, NULL, 0, &tc),
                     MDSHM_TLS_SERVED);
    leaf_len = i2d_X509(tc.leaf, &leaf);
    assert_int_equal(leaf_len, c1.der_len);
    assert_memory_equal(leaf, c1.der, (size_t)c1.der_len);
    OPENSSL_free(leaf);
    leaf = NULL;

    /* the renewed set comes with the same gen the other host gave the
     * first: this host stamps its own, and the worker serves it */
    certset_bytes(&c2, 7, &r, &rn);
    ev_put(&b, &kek_a, MDSHM_DB_CERTS, "a/secp256r1", r, rn, 41);
    free(r);
    mdshm__hex(c2.sha, 32, hex);
    staple_bytes(der2, sizeof(der2), 7, &sd, &sdn);
    ev_put(&b, &kek_a, MDSHM_DB_OCSP, hex, sd, sdn, 41);
    free(sd);
    gen_before = snap(mdshm_tls_store(w)).gen;
    assert_int_equal(mdshm__cluster_apply(c, &kek_a, P, b.kv, b.n, 41, &res),
                     0);
    assert_int_equal(res.written, 2);
    gen_seen = snap(mdshm_tls_store(w)).gen;
    assert_true(gen_seen > gen_before);
    assert_int_equal(mdshm_tls_cert_select(w, "a.example", 9, NULL, 0, &tc),
                     MDSHM_TLS_SERVED);
    leaf_len = i2d_X509(tc.leaf, &leaf);
    assert_int_equal(leaf_len, c2.der_len);
    assert_memory_equal(leaf, c2.der, (size_t)c2.der_len);
    OPENSSL_free(leaf);
    leaf = NULL;
    {
        unsigned char *st_der = NULL;
        size_t st_len = 0;
        assert_int_equal(mdshm_tls_staple_get(w, tc.leaf, &st_der, &st_len),
                         0);
        assert_int_equal(st_len, sizeof(der2));
        assert_memory_equal(st_der, der2, sizeof(der2));
        OPENSSL_free(st_der);
    }

    /* the same records again under a later revision (the cluster leader's
     * own writes coming back, a resync): left alone, gen unchanged */
    for (size_t i = 0; i < b.n; i++)
        b.kv[i].mod_rev = 50;
    assert_int_equal(mdshm__cluster_apply(c, &kek_a, P, b.kv, b.n, 50, &res),
                     0);
    assert_int_equal(res.written, 0);
    assert_int_equal(res.unchanged, 2);
    assert_int_equal(snap(mdshm_tls_store(w)).gen, gen_seen);
    batch_free(&b);

    /* the set deleted in the cluster: the worker stops serving it */
    ev_del(&b, MDSHM_DB_CERTS, "a/secp256r1", 60);
    assert_int_equal(mdshm__cluster_apply(c, &kek_a, P, b.kv, b.n, 60, &res),
                     0);
    assert_int_equal(res.written, 1);
    assert_int_equal(mdshm_tls_cert_select(w, "a.example", 9, NULL, 0, &tc),
                     MDSHM_TLS_PENDING);
    batch_free(&b);

    mdshm__candidate_destroy(c);
    mdshm_tls_detach(w);
    mdshm_tls_free(t);
    ut_cert_free(&c1);
    ut_cert_free(&c2);
    nftw(dir, ut_rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* A replacement: the range is all there is. */
static void test_replace(void **state)
{
    struct ut_env *e = *state;
    mdshm__cluster_applied_t res;
    struct batch b = {0};
    uint8_t *r1, *r2;
    size_t n1, n2;
    struct snap s0;

    job_bytes("a", 1, &r1, &n1);
    job_bytes("b", 2, &r2, &n2);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "a", r1, n1, 10);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "b", r2, n2, 11);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "c", r2, n2, 11);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, b.kv, b.n, 100,
                                          NULL), 0);
    batch_free(&b);
    assert_int_equal(mdshm__leader_write(e->c, ut_md_fn, NULL), 0);

    /* a range at revision 60 (lower: an etcd rebuilt from scratch) holds
     * a (changed) and d; b and c go; the host-local MD stays */
    free(r1);
    job_bytes("a", 9, &r1, &n1);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "a", r1, n1, 50);
    ev_put(&b, &kek_a, MDSHM_DB_JOBS, "d", r2, n2, 55);
    ev_raw(&b, P "leader", 40);
    assert_int_equal(mdshm__cluster_replace(e->c, &kek_a, P, b.kv, b.n, 60,
                                            &res), 0);
    assert_int_equal(res.removed, 2);
    assert_int_equal(res.written, 2);
    assert_int_equal(res.other, 1);
    assert_int_equal(get_rec(e->st, MDSHM_DB_JOBS, "b", NULL, NULL),
                     MDSHM_ENOTFOUND);
    assert_int_equal(get_rec(e->st, MDSHM_DB_JOBS, "c", NULL, NULL),
                     MDSHM_ENOTFOUND);
    assert_int_equal(get_rec(e->st, MDSHM_DB_JOBS, "d", NULL, NULL), 0);
    assert_int_equal(get_rec(e->st, MDSHM_DB_MDS, "a", NULL, NULL), 0);
    s0 = snap(e->st);
    assert_int_equal(s0.rev, 60);

    /* a bad value in a range: nothing replaced */
    ((uint8_t *)b.kv[1].val)[MDSHM__SEAL_HEADER] ^= 1;
    assert_int_equal(mdshm__cluster_replace(e->c, &kek_a, P, b.kv, b.n, 70,
                                            NULL), MDSHM_ECORRUPT);
    assert_same(snap(e->st), s0);
    batch_free(&b);
    /* an empty range empties the replicated databases */
    assert_int_equal(mdshm__cluster_replace(e->c, &kek_a, P, NULL, 0, 80,
                                            &res), 0);
    assert_int_equal(res.removed, 2);
    assert_int_equal(get_rec(e->st, MDSHM_DB_MDS, "a", NULL, NULL), 0);
    free(r1);
    free(r2);
}

/* A replacement larger than the map: LMDB's MAP_FULL grows the map and
 * the write runs again, opening every value again (each opened value is
 * dropped once written, cluster_apply.c): every record lands intact. */
static void test_replace_reruns_after_map_full(void **state)
{
    enum { N = 16, DER = 60 * 1024 };
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_store_stats_t before, after;
    mdshm__cluster_applied_t res;
    struct batch b = {0};
    uint8_t *der = malloc(DER);
    char dir[] = "/tmp/mdshm-unit-XXXXXX", path[64], key[N][65];

    (void)state;
    assert_non_null(der);
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/md", dir);
    o.create = true;
    o.mapsize = 1 << 19; /* the batch is about 1 MB */
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), 0);
    assert_int_equal(mdshm__candidate_try(c), 1);
    assert_int_equal(mdshm_store_stats(st, &before), 0);
    for (int i = 0; i < N; i++) {
        uint8_t *r;
        size_t n;
        memset(der, 'a' + i, DER);
        snprintf(key[i], sizeof(key[i]), "%064x", i);
        staple_bytes(der, DER, 1, &r, &n);
        ev_put(&b, &kek_a, MDSHM_DB_OCSP, key[i], r, n, 10 + i);
        free(r);
    }
    assert_int_equal(mdshm__cluster_replace(c, &kek_a, P, b.kv, b.n, 40,
                                            &res), 0);
    assert_int_equal(res.written, N);
    assert_int_equal(mdshm_store_stats(st, &after), 0);
    assert_true(after.map_size > before.map_size); /* it did run again */
    for (int i = 0; i < N; i++) {
        mdshm_record_t rec;
        uint8_t *copy = NULL;
        size_t n = 0;
        assert_int_equal(get_rec(st, MDSHM_DB_OCSP, key[i], &copy, &n), 0);
        assert_int_equal(mdshm_record_decode(MDSHM_REC_OCSP, copy, n, &rec),
                         0);
        memset(der, 'a' + i, DER);
        assert_int_equal(rec.u.ocsp.der.n, DER);
        assert_memory_equal(rec.u.ocsp.der.p, der, DER);
        free(copy);
    }
    assert_int_equal(snap(st).rev, 40);
    batch_free(&b);
    free(der);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    nftw(dir, ut_rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* Not the leader: nothing applied. */
static void test_apply_needs_leader(void **state)
{
    struct ut_env *e = *state;

    mdshm__candidate_step_down(e->c);
    assert_int_equal(mdshm__cluster_apply(e->c, &kek_a, P, NULL, 0, 5, NULL),
                     MDSHM_ENOTLEADER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kek_file),
        cmocka_unit_test(test_seal_open),
        cmocka_unit_test(test_keycheck_value),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_limits),
        cmocka_unit_test_setup_teardown(test_apply_batch, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_apply_refuses_bad_batch,
                                        ut_setup, ut_teardown),
        cmocka_unit_test(test_apply_worker_serves),
        cmocka_unit_test_setup_teardown(test_replace, ut_setup, ut_teardown),
        cmocka_unit_test(test_replace_reruns_after_map_full),
        cmocka_unit_test_setup_teardown(test_apply_needs_leader, ut_setup,
                                        ut_teardown),
    };
    return cmocka_run_group_tests(tests, setup_keys, NULL);
}
