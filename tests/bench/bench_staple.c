/*
 * bench_staple.c -- the staple of the worker hot path, side by side.
 *
 * Per TLS handshake a worker looks up the OCSP response of the chosen
 * certificate and hands OpenSSL a malloc'ed copy (SSL_set_tlsext_status_
 * ocsp_resp takes ownership).  Two paths do that same work, interleaved in
 * rounds so that they share the machine's noise:
 *
 *   private  a process-private open-addressing table sha256 -> DER (what
 *            a server that fetched its own staples would hold), lookup +
 *            malloc + memcpy + free;
 *   store    mdshm_read_begin + mdshm_staple_get + malloc + memcpy +
 *            mdshm_read_end + free, on a store opened read-only;
 *   store + record  the same asking for the whole record too (@rec not
 *            NULL: the full record decode instead of the two fields a
 *            handshake needs).
 *
 * N staples (default 1,000) of S bytes (default 1,500: a typical response
 * with a delegated responder certificate) are written by an elected leader
 * in one transaction.  Keys are drawn at random; every copy is checked
 * (first and last byte).  Time: CPU time of the thread, ns per handshake,
 * and the ratio store/private.
 *
 * Usage: bench_staple [-d DIR] [-n N] [-s BYTES] [-r ROUNDS] [-b PER_ROUND]
 */
#include "bench.h"
#include "mdshm.h"

#include <getopt.h>
#include <limits.h>

#define WARM_ROUNDS 2

typedef struct staple {
    uint8_t sha[32];
    uint8_t *der;
    size_t len;
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

/* ---- the store ----------------------------------------------------------- */

struct fill {
    int64_t now;
};

static int fill_fn(mdshm_wtxn_t *w, void *baton)
{
    struct fill *f = baton;
    mdshm_record_t rec;
    char key[65];

    for (unsigned i = 0; i < n_staples; i++) {
        memset(&rec, 0, sizeof(rec));
        rec.type = MDSHM_REC_OCSP;
        rec.u.ocsp.der = (mdshm_buf_t){staples[i].der, staples[i].len};
        rec.u.ocsp.this_update = f->now;
        rec.u.ocsp.next_update = f->now + 7 * 86400;
        rec.u.ocsp.responder_url = (mdshm_buf_t){(const uint8_t *)"http://r", 8};
        mdshm_key_ocsp(key, staples[i].sha);
        int rv = mdshm_w_put(w, MDSHM_DB_OCSP, key, 64, &rec);
        if (rv < 0)
            return rv;
    }
    return 0;
}

static int populate(const char *dir)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm_candidate_t *c = NULL;
    struct fill f = {(int64_t)time(NULL)};
    int rv;

    o.create = true;
    if ((rv = mdshm_store_open(dir, &o, &st)) < 0 ||
        (rv = mdshm_candidate_create(st, NULL, &c)) < 0)
        goto out;
    if ((rv = mdshm_candidate_try(c)) != 1) {
        rv = rv < 0 ? rv : MDSHM_EBUSY;
        goto out;
    }
    rv = mdshm_leader_write(c, fill_fn, &f);
out:
    mdshm_candidate_destroy(c);
    mdshm_store_close(st);
    return rv;
}

int main(int argc, char **argv)
{
    char dir[PATH_MAX] = "", store[PATH_MAX + 16];
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    mdshm_store_opts_t ro = {0};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    int64_t ns[3] = {0, 0, 0};
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
        for (unsigned j = 0; j < 32; j += 8) {
            uint64_t x = bench_rng(&seed);
            memcpy(staples[i].sha + j, &x, 8);
        }
        for (unsigned j = 0; j < der_size; j++)
            staples[i].der[j] = (uint8_t)bench_rng(&seed);
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
    printf("staple lookup + copy per handshake: %u staples of %u bytes, "
           "%u x %u handshakes\n", n_staples, der_size, rounds, per_round);
    printf("  private table  %8.1f ns\n", (double)ns[0] / per);
    printf("  store          %8.1f ns   (ratio store/private %.2f)\n",
           (double)ns[1] / per, (double)ns[1] / (double)ns[0]);
    printf("  store + record %8.1f ns   (ratio %.2f; with the whole decoded "
           "record, as mdshm status reads it)\n",
           (double)ns[2] / per, (double)ns[2] / (double)ns[0]);
    printf("  errors %llu (sink %llu)\n", (unsigned long long)errors,
           (unsigned long long)(sink & 1));
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return errors ? 1 : 0;
}
