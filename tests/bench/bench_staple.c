/*
 * bench_staple.c -- the staple of the worker hot path, side by side.
 *
 * Per TLS handshake a worker looks up the OCSP response of the chosen
 * certificate and hands OpenSSL a malloc'ed copy (SSL_set_tlsext_status_
 * ocsp_resp takes ownership).  Four paths do that same work, interleaved
 * in rounds so that they share the machine's noise:
 *
 *   private  a process-private open-addressing table sha256 -> DER (what
 *            a server that fetched its own staples would hold), lookup +
 *            malloc + memcpy + free;
 *   private callback  the same inside an OCSP status callback, as a
 *            server with its own staples would do it: from the SSL to its
 *            certificate (ex_data: the sha256), the table, and the copy
 *            handed to OpenSSL (SSL_set_tlsext_status_ocsp_resp);
 *   store callback  the status callback before staples were cached
 *            (now its fallback): from the SSL to the certificate's
 *            sha256, a read of the store, the copy handed to OpenSSL;
 *   worker   what a worker does per handshake: the library's OCSP status
 *            callback on an SSL serving a certificate from the worker's
 *            cache (mdshm_tls_*), which staples the cache's copy
 *            (OPENSSL_malloc + memcpy; the SSL frees the previous one);
 *   store    mdshm_read_begin + mdshm_staple_get + malloc + memcpy +
 *            mdshm_read_end + free, on a store opened read-only (the
 *            status callback's path before the cache held staples, and
 *            its fallback now);
 *   store + record  the same asking for the whole record too (@rec not
 *            NULL: the full record decode instead of the two fields a
 *            handshake needs).
 *
 * N certificates (default 1,000; one MD each, ECDSA P-256, one key) with
 * a staple of S bytes each (default 1,500: a typical response with a
 * delegated responder certificate) are written by an elected leader in
 * one transaction.  Keys are drawn at random; every copy is checked
 * (first and last byte).  Time: CPU time of the thread, ns per handshake,
 * and the ratios.  The callback paths use one SSL per certificate, drawn
 * at random: the SSL, its certificate and X509 are as cold as the staple
 * (in a real handshake the client_hello callback has just touched them),
 * so compare worker with private callback, and the table and store paths
 * with each other.
 *
 * Then the price of the cache: every OCSP write raises meta/gen, after
 * which a worker resolves a name again on its next handshake and
 * re-checks its MD (records, staple; nothing parsed or copied when only
 * the gen moved).  Per name: the cache lookup of the client_hello
 * callback right after such a write, and in steady state.
 *
 * Usage: bench_staple [-d DIR] [-n N] [-s BYTES] [-r ROUNDS] [-b PER_ROUND]
 */
#include "bench.h"
#include "mdshm.h"
#include "tls.h" /* the worker's status callback and cache (internal) */

#include <getopt.h>
#include <limits.h>

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#define WARM_ROUNDS 2

typedef struct staple {
    uint8_t sha[32];       /* of the certificate */
    uint8_t *der;
    size_t len;
    char name[32];         /* its MD and DNS name */
    uint8_t *cert;         /* DER */
    int cert_len;
    SSL *ssl;              /* serving it from the worker's cache */
} staple_t;

static unsigned n_staples = 1000, der_size = 1500, rounds = 20,
                per_round = 20000;
static staple_t *staples;

/* ---- the private table ------------------------------------------------- */

static staple_t **table;
static size_t table_mask;

static size_t slot_of(const uint8_t sha[32])
{
    uint64_t h;
    memcpy(&h, sha, sizeof(h)); /* SHA-256 bytes are uniform */
    return (size_t)h & table_mask;
}

static void table_build(void)
{
    size_t size = 1;

    while (size < 2 * (size_t)n_staples)
        size <<= 1;
    table = calloc(size, sizeof(*table));
    table_mask = size - 1;
    for (unsigned i = 0; i < n_staples; i++) {
        size_t s = slot_of(staples[i].sha);
        while (table[s])
            s = (s + 1) & table_mask;
        table[s] = &staples[i];
    }
}

static const staple_t *table_get(const uint8_t sha[32])
{
    size_t s = slot_of(sha);

    while (table[s]) {
        if (memcmp(table[s]->sha, sha, 32) == 0)
            return table[s];
        s = (s + 1) & table_mask;
    }
    return NULL;
}

/* ---- certificates ------------------------------------------------------- */

static uint8_t *key_der;
static int key_len;

static int cert_make(EVP_PKEY *pk, staple_t *s, unsigned i)
{
    X509 *x = X509_new();
    X509_EXTENSION *ext;
    X509V3_CTX v3;
    char san[48];

    snprintf(s->name, sizeof(s->name), "s%u.bench.example", i);
    snprintf(san, sizeof(san), "DNS:%s", s->name);
    X509_set_version(x, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x), (long)i + 1);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400 * 30L);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                               (const unsigned char *)s->name, -1, -1, 0);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    X509_set_pubkey(x, pk);
    X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
    ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, san);
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    if (X509_sign(x, pk, EVP_sha256()) <= 0 ||
        (s->cert_len = i2d_X509(x, &s->cert)) <= 0) {
        X509_free(x);
        return -1;
    }
    X509_free(x);
    SHA256(s->cert, (size_t)s->cert_len, s->sha);
    return 0;
}

static int certs_make(void)
{
    EVP_PKEY *pk = EVP_EC_gen("P-256");
    PKCS8_PRIV_KEY_INFO *p8 = pk ? EVP_PKEY2PKCS8(pk) : NULL;
    int rv = 0;

    if (!p8 || (key_len = i2d_PKCS8_PRIV_KEY_INFO(p8, &key_der)) <= 0)
        rv = -1;
    for (unsigned i = 0; rv == 0 && i < n_staples; i++)
        rv = cert_make(pk, &staples[i], i);
    PKCS8_PRIV_KEY_INFO_free(p8);
    EVP_PKEY_free(pk);
    return rv;
}

/* ---- the store ----------------------------------------------------------- */

struct fill {
    int64_t now;
};

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    struct fill *f = baton;
    mdshm_record_t rec;
    char key[65];

    for (unsigned i = 0; i < n_staples; i++) {
        staple_t *s = &staples[i];
        mdshm_md_rec_t md;
        mdshm_certset_rec_t cs;
        int rv;

        memset(&md, 0, sizeof(md));
        md.name = (mdshm_buf_t){(const uint8_t *)s->name, strlen(s->name)};
        md.n_names = 1;
        md.names[0] = md.name;
        md.n_key_specs = 1;
        md.key_specs[0] = (mdshm_buf_t){(const uint8_t *)"secp256r1", 9};
        if ((rv = mdshm__w_put_md(w, &md)) < 0)
            return rv;
        memset(&cs, 0, sizeof(cs));
        cs.md = md.name;
        cs.key_spec = md.key_specs[0];
        cs.n_chain = 1;
        cs.chain[0] = (mdshm_buf_t){s->cert, (size_t)s->cert_len};
        cs.pkey = (mdshm_buf_t){key_der, (size_t)key_len};
        cs.sha256 = (mdshm_buf_t){s->sha, 32};
        cs.not_before = f->now - 3600;
        cs.not_after = f->now + 30 * 86400;
        if ((rv = mdshm__w_install_certset(w, &cs, 0)) < 0)
            return rv;
        memset(&rec, 0, sizeof(rec));
        rec.type = MDSHM_REC_OCSP;
        rec.u.ocsp.der = (mdshm_buf_t){staples[i].der, staples[i].len};
        rec.u.ocsp.this_update = f->now;
        rec.u.ocsp.next_update = f->now + 7 * 86400;
        rec.u.ocsp.responder_url = (mdshm_buf_t){(const uint8_t *)"http://r", 8};
        mdshm_key_ocsp(key, staples[i].sha);
        if ((rv = mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, &rec)) < 0)
            return rv;
    }
    return 0;
}

static int populate(const char *dir)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    struct fill f = {(int64_t)time(NULL)};
    int rv;

    o.create = true;
    if ((rv = mdshm_store_open(dir, &o, &st)) < 0 ||
        (rv = mdshm__candidate_create(st, NULL, &c)) < 0)
        goto out;
    if ((rv = mdshm__candidate_try(c)) != 1) {
        rv = rv < 0 ? rv : MDSHM_EBUSY;
        goto out;
    }
    rv = mdshm__leader_write(c, fill_fn, &f);
out:
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    return rv;
}

/* ---- the worker ---------------------------------------------------------- */

static mdshm_tls_t *tls;
static mdshm_tls_worker_t *worker;
static SSL_CTX *sctx;

/* A worker on the store, its cache filled as handshakes would (one
 * lookup per name), and one SSL per certificate serving the cached set. */
static int worker_start(const char *store)
{
    mdshm_tls_opts_t o = {0};
    int rv;

    o.store_dir = store;
    o.candidate = true; /* writable: the re-check figure writes */
    if ((rv = mdshm_tls_init(&o, &tls)) < 0 ||
        (rv = mdshm_tls_attach(tls, &worker)) < 0)
        return rv;
    if (!(sctx = SSL_CTX_new(TLS_server_method())) ||
        mdshm_tls_ctx_setup(worker, sctx) < 0)
        return MDSHM_ECRYPTO;
    for (unsigned i = 0; i < n_staples; i++) {
        staple_t *s = &staples[i];
        mdshm__tls_md_t *md = NULL;
        if ((rv = mdshm_read_begin(worker->rd)) < 0)
            return rv;
        rv = mdshm__tls_cache_lookup(worker, s->name, strlen(s->name), &md);
        mdshm_read_end(worker->rd);
        if (rv < 0)
            return rv;
        if (!md || md->n_sets != 1)
            return MDSHM_ENOTFOUND;
        if (!(s->ssl = SSL_new(sctx)) ||
            SSL_use_cert_and_key(s->ssl, md->sets[0].leaf, md->sets[0].pkey,
                                 md->sets[0].chain, 1) != 1)
            return MDSHM_ECRYPTO;
    }
    return 0;
}

/* An OCSP write for no certificate in use: it raises meta/gen only. */
static int bump_fn(mdshm__wtxn_t *w, void *baton)
{
    static const uint8_t der[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    char key[65];
    int rv;

    (void)baton;
    if (!rec)
        return -ENOMEM;
    memset(key, 'e', 64);
    key[64] = '\0';
    rec->type = MDSHM_REC_OCSP;
    rec->u.ocsp.der = (mdshm_buf_t){der, sizeof(der)};
    rec->u.ocsp.next_update = (int64_t)time(NULL) + 86400;
    rv = mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, rec);
    free(rec);
    return rv;
}

/* ns per name of the client_hello callback's cache lookup over every
 * name, right after an OCSP write (@bump) or in steady state. */
static int recheck_cost(mdshm__candidate_t *c, bool bump, double *ns)
{
    int64_t t0, total = 0;
    const unsigned reps = 10;
    int rv;

    for (unsigned r = 0; r < reps; r++) {
        if (bump && (rv = mdshm__leader_write(c, bump_fn, NULL)) < 0)
            return rv;
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < n_staples; i++) {
            mdshm__tls_md_t *md = NULL;
            if ((rv = mdshm_read_begin(worker->rd)) < 0)
                return rv;
            rv = mdshm__tls_cache_lookup(worker, staples[i].name,
                                         strlen(staples[i].name), &md);
            mdshm_read_end(worker->rd);
            if (rv < 0 || !md)
                return rv < 0 ? rv : MDSHM_ENOTFOUND;
        }
        total += bench_cpu_ns() - t0;
    }
    *ns = (double)total / ((double)reps * n_staples);
    return 0;
}

static void worker_stop(void)
{
    for (unsigned i = 0; i < n_staples; i++)
        SSL_free(staples[i].ssl);
    SSL_CTX_free(sctx);
    mdshm_tls_detach(worker);
    mdshm_tls_free(tls);
}

int main(int argc, char **argv)
{
    char dir[PATH_MAX] = "", store[PATH_MAX + 16];
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    mdshm_store_opts_t ro = {0};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    int64_t ns[6] = {0, 0, 0, 0, 0, 0};
    mdshm_tls_stats_t wst;
    uint64_t errors = 0, sink = 0;
    unsigned *keys;
    int opt, rv;

    while ((opt = getopt(argc, argv, "d:n:s:r:b:")) != -1) {
        switch (opt) {
        case 'd': snprintf(dir, sizeof(dir), "%s", optarg); break;
        case 'n': n_staples = (unsigned)strtoul(optarg, NULL, 10); break;
        case 's': der_size = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'r': rounds = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'b': per_round = (unsigned)strtoul(optarg, NULL, 10); break;
        default:
            fprintf(stderr, "usage: bench_staple [-d DIR] [-n N] [-s BYTES] "
                            "[-r ROUNDS] [-b PER_ROUND]\n");
            return 1;
        }
    }
    if (!n_staples || !der_size || der_size > MDSHM_MAX_BIN || !rounds ||
        !per_round) {
        fprintf(stderr, "bench_staple: bad arguments\n");
        return 1;
    }
    if (!dir[0]) {
        snprintf(dir, sizeof(dir), "%s/mdshm-bench-staple.XXXXXX",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(dir))
            return 1;
    } else if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
        perror(dir);
        return 1;
    }
    snprintf(store, sizeof(store), "%s/store", dir);
    mdshm_set_default_log_level(MDSHM_LOG_ERR);
    staples = calloc(n_staples, sizeof(*staples));
    keys = malloc(per_round * sizeof(*keys));
    if (!staples || !keys)
        return 1;
    for (unsigned i = 0; i < n_staples; i++) {
        staples[i].der = malloc(der_size);
        staples[i].len = der_size;
        if (!staples[i].der)
            return 1;
        for (unsigned j = 0; j < der_size; j++)
            staples[i].der[j] = (uint8_t)bench_rng(&seed);
    }
    if (certs_make() < 0) {
        fprintf(stderr, "bench_staple: cannot make the certificates\n");
        return 1;
    }
    table_build();
    if ((rv = populate(store)) < 0) {
        fprintf(stderr, "bench_staple: populate: %s\n", mdshm_strerror(rv));
        return 1;
    }
    ro.readonly = true;
    if ((rv = mdshm_store_open(store, &ro, &st)) < 0 ||
        (rv = mdshm_reader_create(st, &rd)) < 0) {
        fprintf(stderr, "bench_staple: open: %s\n", mdshm_strerror(rv));
        return 1;
    }
    if ((rv = worker_start(store)) < 0) {
        fprintf(stderr, "bench_staple: worker: %s\n", mdshm_strerror(rv));
        return 1;
    }
    for (unsigned r = 0; r < rounds + WARM_ROUNDS; r++) {
        int64_t t0, now = (int64_t)time(NULL);
        for (unsigned i = 0; i < per_round; i++)
            keys[i] = (unsigned)(bench_rng(&seed) % n_staples);
        /* private */
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < per_round; i++) {
            const staple_t *s = table_get(staples[keys[i]].sha);
            uint8_t *copy = s ? malloc(s->len) : NULL;
            if (!copy) {
                errors++;
                continue;
            }
            memcpy(copy, s->der, s->len);
            sink += copy[0] ^ copy[s->len - 1];
            free(copy);
        }
        if (r >= WARM_ROUNDS)
            ns[0] += bench_cpu_ns() - t0;
        /* private callback */
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < per_round; i++) {
            const staple_t *s = &staples[keys[i]];
            X509 *x = SSL_get_certificate(s->ssl);
            const uint8_t *sha = x ? X509_get_ex_data(x, mdshm__tls_x509_idx())
                                   : NULL; /* the staple struct starts with it */
            const staple_t *t = sha ? table_get(sha) : NULL;
            uint8_t *copy = t ? OPENSSL_malloc(t->len) : NULL;
            if (!copy) {
                errors++;
                continue;
            }
            memcpy(copy, t->der, t->len);
            if (SSL_set_tlsext_status_ocsp_resp(s->ssl, copy, (long)t->len) != 1) {
                OPENSSL_free(copy);
                errors++;
                continue;
            }
            sink += copy[0] ^ copy[t->len - 1];
            SSL_set_tlsext_status_ocsp_resp(s->ssl, NULL, 0);
        }
        if (r >= WARM_ROUNDS)
            ns[4] += bench_cpu_ns() - t0;
        /* store callback */
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < per_round; i++) {
            const staple_t *s = &staples[keys[i]];
            X509 *x = SSL_get_certificate(s->ssl);
            const uint8_t *sha = x ? X509_get_ex_data(x, mdshm__tls_x509_idx())
                                   : NULL;
            unsigned char *copy = NULL;
            mdshm_buf_t der = {0};
            if (sha && mdshm_read_begin(worker->rd) == 0) {
                if (mdshm_staple_get(worker->rd, sha, now, &der, NULL) == 0 &&
                    (copy = OPENSSL_malloc(der.n)) != NULL)
                    memcpy(copy, der.p, der.n);
                mdshm_read_end(worker->rd);
            }
            if (!copy || der.n != s->len ||
                SSL_set_tlsext_status_ocsp_resp(s->ssl, copy, (long)der.n) != 1) {
                OPENSSL_free(copy);
                errors++;
                continue;
            }
            sink += copy[0] ^ copy[der.n - 1];
            SSL_set_tlsext_status_ocsp_resp(s->ssl, NULL, 0);
        }
        if (r >= WARM_ROUNDS)
            ns[5] += bench_cpu_ns() - t0;
        /* worker: the status callback, from the cache */
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < per_round; i++) {
            const staple_t *s = &staples[keys[i]];
            const unsigned char *p;
            long n;
            if (mdshm__tls_status_cb(s->ssl, worker) != SSL_TLSEXT_ERR_OK ||
                (n = SSL_get_tlsext_status_ocsp_resp(s->ssl, &p)) !=
                    (long)s->len ||
                p[0] != s->der[0] || p[n - 1] != s->der[s->len - 1]) {
                errors++;
                continue;
            }
            sink += p[0];
            /* free it now, as the other paths do (a handshake's SSL has
             * no previous response to free) */
            SSL_set_tlsext_status_ocsp_resp(s->ssl, NULL, 0);
        }
        if (r >= WARM_ROUNDS)
            ns[3] += bench_cpu_ns() - t0;
        /* store, and store with the whole record (the full decode) */
        for (int path = 1; path <= 2; path++) {
        t0 = bench_cpu_ns();
        for (unsigned i = 0; i < per_round; i++) {
            const staple_t *s = &staples[keys[i]];
            mdshm_buf_t der;
            mdshm_ocsp_rec_t rec;
            uint8_t *copy = NULL;
            if (mdshm_read_begin(rd) == 0) {
                if (mdshm_staple_get(rd, s->sha, now, &der,
                                     path == 2 ? &rec : NULL) == 0 &&
                    (copy = malloc(der.n)) != NULL)
                    memcpy(copy, der.p, der.n);
                mdshm_read_end(rd);
            }
            if (!copy || der.n != s->len || copy[0] != s->der[0] ||
                copy[der.n - 1] != s->der[s->len - 1]) {
                errors++;
                free(copy);
                continue;
            }
            sink += copy[0];
            free(copy);
        }
        if (r >= WARM_ROUNDS)
            ns[path] += bench_cpu_ns() - t0;
        }
    }
    double per = (double)rounds * per_round;
    mdshm_tls_worker_stats(worker, &wst);
    printf("staple lookup + copy per handshake: %u staples of %u bytes, "
           "%u x %u handshakes\n", n_staples, der_size, rounds, per_round);
    printf("  private table  %8.1f ns\n", (double)ns[0] / per);
    printf("  store          %8.1f ns   (ratio store/private %.2f)\n",
           (double)ns[1] / per, (double)ns[1] / (double)ns[0]);
    printf("  store + record %8.1f ns   (ratio %.2f; with the whole decoded "
           "record, as mdshm status reads it)\n",
           (double)ns[2] / per, (double)ns[2] / (double)ns[0]);
    printf("  private cb     %8.1f ns   (status callback: SSL -> certificate "
           "-> private table -> OpenSSL)\n", (double)ns[4] / per);
    printf("  store cb       %8.1f ns   (status callback: SSL -> "
           "certificate -> store read -> OpenSSL)\n", (double)ns[5] / per);
    printf("  worker cb      %8.1f ns   (the library's status callback, "
           "staple from its cache)\n", (double)ns[3] / per);
    printf("  ratios: worker/private cb %.2f, store cb/worker cb %.2f\n",
           (double)ns[3] / (double)ns[4], (double)ns[5] / (double)ns[3]);
    printf("  worker: %llu staples from the cache, %llu store reads\n",
           (unsigned long long)wst.staples_cached,
           (unsigned long long)wst.staple_reads);
    printf("  errors %llu (sink %llu)\n", (unsigned long long)errors,
           (unsigned long long)(sink & 1));
    if (wst.staple_reads)
        errors++; /* the cache must have known every staple */
    {
        mdshm__candidate_t *c = NULL;
        double steady = 0, after = 0;
        uint64_t copies = worker->n_staple_copies;
        rv = mdshm__candidate_create(mdshm_tls_store(worker), NULL, &c);
        if (rv == 0 && (rv = mdshm__candidate_try(c)) != 1)
            rv = rv < 0 ? rv : MDSHM_EBUSY;
        else if (rv == 0 || rv == 1)
            rv = 0;
        if (rv == 0)
            rv = recheck_cost(c, false, &steady);
        if (rv == 0)
            rv = recheck_cost(c, true, &after);
        if (rv < 0) {
            fprintf(stderr, "bench_staple: re-check: %s\n", mdshm_strerror(rv));
            errors++;
        } else {
            printf("  client_hello cache lookup per name: %.1f ns steady, "
                   "%.1f ns right after an OCSP write (re-check; %llu "
                   "staples copied again)\n", steady, after,
                   (unsigned long long)(worker->n_staple_copies - copies));
        }
        mdshm__candidate_destroy(c);
    }
    worker_stop();
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return errors ? 1 : 0;
}
