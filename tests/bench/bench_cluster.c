/* bench_cluster.c -- cluster mode on etcd (issue 16, docs/cluster.md,
 * "Benchmarks").  Starts its own 3-member etcd on free 127.0.0.1 ports
 * (in -d DIR: run.sh gives each program its own), then:
 *
 *   join     a cluster of N MDs (default 10,000): etcd is seeded with N
 *            sealed certificate sets (a 2-certificate chain: leaf and
 *            intermediate, a P-256 key) and N OCSP records through plain
 *            txns of 100 puts (seeding rate); then, in a child process
 *            with a fresh store holding only the MDs' definitions (the
 *            host's configuration), the time from the first range page to
 *            a worker reader finding every name's set
 *            (mdshm__etcd_range_pages + mdshm__cluster_replace +
 *            mdshm_lookup_sni and the certs record for each name), and
 *            the child's peak memory (VmHWM);
 *   renew    100 times: a renewed set written with a txn through
 *            core/etcd.h, until a worker reader of the joined store sees
 *            it, through a watch and mdshm__cluster_apply in a thread
 *            (median, p90), beside a plain etcd put until a watcher gets
 *            the event: the ratio is what the apply adds.
 *
 *   bench_cluster [-d DIR] [-n MDS] [-r ROUNDS]
 *
 * DIR (created if missing; default: a new $TMPDIR/mdshm-bench.XXXXXX,
 * removed at the end) holds etcd's data and logs and the joining host's
 * store.  Target: the renewal's median at most 50 ms (issue 16); missed:
 * exit 2 with MDSHM_BENCH_STRICT=1.
 *
 * Skips (exit 0, with a message) when etcd is not installed.  Nothing is
 * asserted. */
#include "bench.h"

#include "cluster_elect.h"
#include "cluster.h"

#include <arpa/inet.h>
#include <getopt.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#define ETCD_BIN "/usr/bin/etcd"
#define MEMBERS 3
#define PREFIX "/mdshm/"
#define SEED_BATCH 100
#define KEY_SPEC "secp256r1"

static pid_t etcd_pid[MEMBERS];
static char endpoints[256];

/* ---- etcd --------------------------------------------------------------- */

static int free_port(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET};
    socklen_t len = sizeof(a);
    int fd = socket(AF_INET, SOCK_STREAM, 0), port = -1;

    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0 &&
        getsockname(fd, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        close(fd);
    return port;
}

static void etcd_stop(void)
{
    for (int i = 0; i < MEMBERS; i++)
        if (etcd_pid[i] > 0) {
            kill(etcd_pid[i], SIGTERM);
            waitpid(etcd_pid[i], NULL, 0);
            etcd_pid[i] = 0;
        }
}

static int etcd_start(const char *dir)
{
    int cport[MEMBERS], pport[MEMBERS];
    char cluster[512] = "", token[64];
    size_t off = 0;

    for (int i = 0; i < MEMBERS; i++) {
        cport[i] = free_port();
        pport[i] = free_port();
        if (cport[i] < 0 || pport[i] < 0)
            return -1;
        off += (size_t)snprintf(cluster + off, sizeof(cluster) - off,
                                "%sm%d=http://127.0.0.1:%d", i ? "," : "", i,
                                pport[i]);
        snprintf(endpoints + strlen(endpoints),
                 sizeof(endpoints) - strlen(endpoints),
                 "%shttp://127.0.0.1:%d", i ? "," : "", cport[i]);
    }
    snprintf(token, sizeof(token), "bench-%d", (int)getpid());
    for (int i = 0; i < MEMBERS; i++) {
        char name[8], data[4200], curl[64], purl[64], log[4200];
        snprintf(name, sizeof(name), "m%d", i);
        snprintf(data, sizeof(data), "%s/%s", dir, name);
        snprintf(log, sizeof(log), "%s/%s.log", dir, name);
        snprintf(curl, sizeof(curl), "http://127.0.0.1:%d", cport[i]);
        snprintf(purl, sizeof(purl), "http://127.0.0.1:%d", pport[i]);
        pid_t pid = fork();
        if (pid < 0)
            return -1;
        if (pid == 0) {
            FILE *f = freopen(log, "w", stdout);
            (void)f;
            dup2(1, 2);
            execl(ETCD_BIN, "etcd", "--name", name, "--data-dir", data,
                  "--listen-client-urls", curl, "--advertise-client-urls",
                  curl, "--listen-peer-urls", purl,
                  "--initial-advertise-peer-urls", purl, "--initial-cluster",
                  cluster, "--initial-cluster-state", "new",
                  "--initial-cluster-token", token,
                  "--experimental-watch-progress-notify-interval", "2s",
                  "--quota-backend-bytes", "4294967296", (char *)NULL);
            _exit(127);
        }
        etcd_pid[i] = pid;
    }
    return 0;
}

static int client(mdshm__etcd_t **c)
{
    mdshm__etcd_opts_t o = {.endpoints = endpoints, .timeout_ms = 20000};

    return mdshm__etcd_create(&o, c);
}

/* Until a linearizable read works (a leader was elected). */
static int etcd_wait(mdshm__etcd_t *c)
{
    for (int i = 0; i < 300; i++) {
        mdshm__etcd_range_req_t req = {.key = "x", .key_len = 1,
                                       .count_only = true};
        mdshm__etcd_range_resp_t r = {0};
        int rv = mdshm__etcd_range(c, &req, &r);
        mdshm__etcd_range_resp_clear(&r);
        if (rv == 0)
            return 0;
        bench_sleep_ms(100);
    }
    return -1;
}

/* ---- certificates ------------------------------------------------------- */

typedef struct issuer {
    EVP_PKEY *key;
    X509 *cert;
    uint8_t *der;
    int der_len;
} issuer_t;

static X509 *new_cert(EVP_PKEY *pub, const char *cn, X509_NAME *issuer,
                      EVP_PKEY *signer)
{
    X509 *x = X509_new();
    unsigned char rnd[16];

    RAND_bytes(rnd, sizeof(rnd));
    rnd[0] = (rnd[0] & 0x3f) | 0x40;
    X509_set_version(x, X509_VERSION_3);
    ASN1_STRING_set(X509_get_serialNumber(x), rnd, sizeof(rnd));
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400 * 90L);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_ASC,
                               (const unsigned char *)cn, -1, -1, 0);
    X509_set_issuer_name(x, issuer ? issuer : X509_get_subject_name(x));
    X509_set_pubkey(x, pub);
    if (X509_sign(x, signer, EVP_sha256()) <= 0) {
        X509_free(x);
        return NULL;
    }
    return x;
}

static int issuer_make(issuer_t *is)
{
    is->key = EVP_EC_gen("P-256");
    is->cert = is->key ? new_cert(is->key, "Bench Intermediate CA R1", NULL,
                                  is->key)
                       : NULL;
    is->der = NULL;
    is->der_len = is->cert ? i2d_X509(is->cert, &is->der) : -1;
    return is->der_len > 0 ? 0 : -1;
}

/* The encoded certs record of MD @md: a new P-256 key, a leaf for
 * www.@md signed by @is, chain leaf + intermediate.  *@sha: the leaf's
 * SHA-256 (the OCSP record's key). */
static int set_record(const issuer_t *is, const char *md, uint8_t sha[32],
                      uint8_t **out, size_t *n)
{
    EVP_PKEY *pk = EVP_EC_gen("P-256");
    char cn[128];
    X509 *x;
    PKCS8_PRIV_KEY_INFO *p8 = NULL;
    uint8_t *der = NULL, *key = NULL;
    int der_len = -1, key_len = -1, rv = -1;
    mdshm_record_t r;

    snprintf(cn, sizeof(cn), "www.%s", md);
    x = pk ? new_cert(pk, cn, X509_get_subject_name(is->cert), is->key)
           : NULL;
    if (x)
        der_len = i2d_X509(x, &der);
    if (pk && (p8 = EVP_PKEY2PKCS8(pk)))
        key_len = i2d_PKCS8_PRIV_KEY_INFO(p8, &key);
    if (der_len > 0 && key_len > 0) {
        SHA256(der, (size_t)der_len, sha);
        memset(&r, 0, sizeof(r));
        r.type = MDSHM_REC_CERTSET;
        r.u.certset.gen = 1;
        r.u.certset.md = mdshm__sbuf(md);
        r.u.certset.key_spec = mdshm__sbuf(KEY_SPEC);
        r.u.certset.n_chain = 2;
        r.u.certset.chain[0] = (mdshm_buf_t){der, (size_t)der_len};
        r.u.certset.chain[1] = (mdshm_buf_t){is->der, (size_t)is->der_len};
        r.u.certset.pkey = (mdshm_buf_t){key, (size_t)key_len};
        r.u.certset.sha256 = (mdshm_buf_t){sha, 32};
        r.u.certset.not_before = (int64_t)time(NULL) - 3600;
        r.u.certset.not_after = (int64_t)time(NULL) + 86400 * 90L;
        r.u.certset.installed_ms = (int64_t)time(NULL) * 1000;
        rv = mdshm__record_encode(&r, out, n);
    }
    OPENSSL_free(der);
    OPENSSL_free(key);
    PKCS8_PRIV_KEY_INFO_free(p8);
    X509_free(x);
    EVP_PKEY_free(pk);
    return rv;
}

/* An OCSP record with a response of a typical size (about 500 bytes). */
static int ocsp_record(const char *md, uint8_t **out, size_t *n)
{
    static uint8_t der[471];
    mdshm_record_t r;

    der[0] = 0x30;
    der[1] = 0x82;
    der[2] = (sizeof(der) - 4) >> 8;
    der[3] = (sizeof(der) - 4) & 0xff;
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der = (mdshm_buf_t){der, sizeof(der)};
    r.u.ocsp.this_update = (int64_t)time(NULL);
    r.u.ocsp.next_update = (int64_t)time(NULL) + 7 * 86400;
    r.u.ocsp.fetched_ms = (int64_t)time(NULL) * 1000;
    r.u.ocsp.md = mdshm__sbuf(md);
    return mdshm__record_encode(&r, out, n);
}

static void hex(const uint8_t *p, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        sprintf(out + 2 * i, "%02x", p[i]);
}

static void md_name(unsigned i, char *out, size_t size)
{
    snprintf(out, size, "md%05u.example", i);
}

/* ---- seeding ------------------------------------------------------------- */

static int txn_puts(mdshm__etcd_t *c, mdshm__cluster_ops_t *ops)
{
    mdshm__etcd_op_t op[SEED_BATCH * 2];
    mdshm__etcd_txn_t t = {NULL, 0, op, ops->n, NULL, 0};
    mdshm__etcd_txn_resp_t r;
    int rv;

    for (size_t i = 0; i < ops->n; i++)
        op[i] = (mdshm__etcd_op_t){.type = MDSHM__ETCD_OP_PUT,
                                   .key = ops->op[i].key,
                                   .key_len = ops->op[i].klen,
                                   .value = ops->op[i].val,
                                   .value_len = ops->op[i].vlen};
    rv = mdshm__etcd_txn(c, &t, &r);
    mdshm__etcd_txn_resp_clear(&r);
    mdshm__cluster_ops_free(ops);
    return rv;
}

static int seed(mdshm__etcd_t *c, const mdshm__cluster_kek_t *kek,
                const issuer_t *is, unsigned n, size_t *bytes,
                int64_t *txn_ns)
{
    mdshm__cluster_ops_t ops = {0};
    int rv = 0;

    *bytes = 0;
    *txn_ns = 0;
    for (unsigned i = 0; i < n && rv == 0; i++) {
        char md[64], key[128], shahex[65];
        uint8_t sha[32], *rec = NULL;
        size_t rn;
        md_name(i, md, sizeof(md));
        rv = set_record(is, md, sha, &rec, &rn) ? -1 : 0;
        if (rv == 0) {
            snprintf(key, sizeof(key), "%s/%s", md, KEY_SPEC);
            rv = mdshm__cluster_op_add(&ops, kek, PREFIX, MDSHM_DB_CERTS, key,
                                       strlen(key), rec, rn);
            *bytes += rn;
        }
        free(rec);
        rec = NULL;
        if (rv == 0 && (rv = ocsp_record(md, &rec, &rn)) == 0) {
            hex(sha, 32, shahex);
            rv = mdshm__cluster_op_add(&ops, kek, PREFIX, MDSHM_DB_OCSP,
                                       shahex, 64, rec, rn);
            *bytes += rn;
        }
        free(rec);
        if (rv == 0 && (ops.n >= SEED_BATCH || i + 1 == n)) {
            int64_t t = bench_mono_ns();
            rv = txn_puts(c, &ops);
            *txn_ns += bench_mono_ns() - t;
        }
    }
    mdshm__cluster_ops_free(&ops);
    return rv;
}

/* ---- the joining host ---------------------------------------------------- */

typedef struct mds_baton {
    unsigned n;
} mds_baton_t;

/* The host's own configuration: every MD with its name. */
static int mds_fn(mdshm__wtxn_t *w, void *baton)
{
    const mds_baton_t *b = baton;
    int rv = 0;

    for (unsigned i = 0; i < b->n && rv == 0; i++) {
        char md[64], www[80];
        mdshm_md_rec_t rec;
        md_name(i, md, sizeof(md));
        snprintf(www, sizeof(www), "www.%s", md);
        memset(&rec, 0, sizeof(rec));
        rec.name = mdshm__sbuf(md);
        rec.n_names = 2;
        rec.names[0] = mdshm__sbuf(md);
        rec.names[1] = mdshm__sbuf(www);
        rec.n_key_specs = 1;
        rec.key_specs[0] = mdshm__sbuf(KEY_SPEC);
        rv = mdshm__w_put_md(w, &rec);
    }
    return rv;
}

typedef struct kvs {
    mdshm__cluster_kv_t *v;
    size_t n, cap;
} kvs_t;

static void kvs_free(kvs_t *k)
{
    for (size_t i = 0; i < k->n; i++) {
        free((void *)k->v[i].key);
        free((void *)k->v[i].val);
    }
    free(k->v);
    memset(k, 0, sizeof(*k));
}

static uint8_t *dup_bytes(const uint8_t *p, size_t n)
{
    uint8_t *d = malloc(n ? n : 1);

    if (d && n)
        memcpy(d, p, n);
    return d;
}

/* range_pages lends each page: keep copies for one replacement. */
static int keep_page(void *baton, const mdshm__etcd_kv_t *kvs, size_t n)
{
    kvs_t *k = baton;

    if (k->n + n > k->cap) {
        size_t cap = (k->n + n) * 2;
        mdshm__cluster_kv_t *v = realloc(k->v, cap * sizeof(*v));
        if (!v)
            return -ENOMEM;
        k->v = v;
        k->cap = cap;
    }
    for (size_t i = 0; i < n; i++) {
        mdshm__cluster_kv_t *d = &k->v[k->n];
        d->key = dup_bytes(kvs[i].key, kvs[i].key_len);
        d->val = dup_bytes(kvs[i].value, kvs[i].value_len);
        if (!d->key || !d->val) {
            free((void *)d->key);
            free((void *)d->val);
            return -ENOMEM;
        }
        d->klen = kvs[i].key_len;
        d->vlen = kvs[i].value_len;
        d->del = false;
        d->mod_rev = kvs[i].mod_revision;
        k->n++;
    }
    return 0;
}

static long vm_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    size_t len = strlen(field);

    while (f && fgets(line, sizeof(line), f))
        if (!strncmp(line, field, len))
            kb = strtol(line + len + 1, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

/* Does a worker find MD @i by its name, with a set? */
static bool served(mdshm_reader_t *rd, unsigned i)
{
    char md[64], www[80], key[128];
    mdshm_buf_t name, raw;
    bool ok;

    md_name(i, md, sizeof(md));
    snprintf(www, sizeof(www), "www.%s", md);
    if (mdshm_read_begin(rd) < 0)
        return false;
    ok = mdshm_lookup_sni(rd, www, strlen(www), &name, NULL) == 0;
    if (ok) {
        snprintf(key, sizeof(key), "%.*s/%s", (int)name.n,
                 (const char *)name.p, KEY_SPEC);
        ok = mdshm_read_get_raw(rd, MDSHM_DB_CERTS, key, strlen(key),
                                &raw) == 0;
    }
    mdshm_read_end(rd);
    return ok;
}

static int open_store(const char *dir, mdshm_store_t **st)
{
    mdshm_store_opts_t o = {.create = true};

    return mdshm_store_open(dir, &o, st);
}

/* The child: a fresh store with the MDs' definitions, then join. */
static int join(const char *dir, const mdshm__cluster_kek_t *kek, unsigned n)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *cand = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm__etcd_t *c = NULL;
    kvs_t k = {0};
    mds_baton_t b = {n};
    mdshm__cluster_applied_t res;
    int64_t rev = 0, t0, t_range, t_replace, t_served;
    uint8_t *end = NULL;
    size_t end_len;
    long hwm_before;
    unsigned found = 0;
    int rv;

    rv = open_store(dir, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &cand);
    if (rv == 0)
        rv = mdshm__candidate_try(cand) == 1 ? 0 : -1;
    if (rv == 0)
        rv = mdshm__leader_write(cand, mds_fn, &b);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = client(&c);
    if (rv == 0)
        rv = mdshm__etcd_prefix_end(PREFIX "data/", strlen(PREFIX "data/"),
                                    &end, &end_len);
    if (rv < 0)
        goto out;
    hwm_before = vm_kb("VmHWM:");
    t0 = bench_mono_ns();
    rv = mdshm__etcd_range_pages(c, PREFIX "data/", strlen(PREFIX "data/"),
                                 end, end_len, 1000, &rev, keep_page, &k);
    if (rv < 0)
        goto out;
    t_range = bench_mono_ns();
    rv = mdshm__cluster_replace(cand, kek, PREFIX, k.v, k.n, (uint64_t)rev,
                                &res);
    if (rv < 0)
        goto out;
    kvs_free(&k); /* a mirror would drop the pages now */
    t_replace = bench_mono_ns();
    for (unsigned i = 0; i < n; i++)
        found += served(rd, i);
    t_served = bench_mono_ns();
    printf("join: %zu records (%u MDs) at revision %lld: range %.0f ms, "
           "replace %.0f ms, every name served after %.0f ms "
           "(%u of %u found)\n",
           res.written, n, (long long)rev, (t_range - t0) / 1e6,
           (t_replace - t_range) / 1e6, (t_served - t0) / 1e6, found, n);
    printf("join: peak memory (VmHWM) %ld MB before the join, %ld MB "
           "after\n", hwm_before / 1024, vm_kb("VmHWM:") / 1024);
    rv = found == n ? 0 : -1;
out:
    if (rv < 0)
        fprintf(stderr, "bench_cluster: join: %s\n", mdshm_strerror(rv));
    kvs_free(&k);
    free(end);
    mdshm__etcd_destroy(c);
    mdshm_reader_destroy(rd);
    mdshm__candidate_destroy(cand);
    mdshm_store_close(st);
    return rv;
}

/* ---- renewal to a worker -------------------------------------------------- */

typedef struct watcher {
    pthread_t th;
    mdshm_store_t *st;
    const mdshm__cluster_kek_t *kek;
    const char *key; /* watched: a key, or NULL for P"data/" */
    bool apply;
    int64_t from;
    atomic_bool stop, ready;
    _Atomic int64_t seen_ns; /* plain mode: when the last event came */
    _Atomic int64_t seen_rev;
    int err;
} watcher_t;

static int apply_msg(watcher_t *w, mdshm__candidate_t *cand,
                     const mdshm__etcd_watch_msg_t *m)
{
    mdshm__cluster_kv_t kv[64];
    size_t n = m->n_events < 64 ? m->n_events : 64;

    for (size_t i = 0; i < n; i++) {
        const mdshm__etcd_event_t *ev = &m->events[i];
        kv[i] = (mdshm__cluster_kv_t){ev->kv.key, ev->kv.key_len,
                                      ev->kv.value, ev->kv.value_len,
                                      ev->type == MDSHM__ETCD_EV_DELETE,
                                      ev->kv.mod_revision};
    }
    return mdshm__cluster_apply(cand, w->kek, PREFIX, kv, n,
                                (uint64_t)m->revision, NULL);
}

static void *watcher_main(void *arg)
{
    watcher_t *w = arg;
    mdshm__etcd_t *c = NULL;
    mdshm__etcd_watch_t *wa = NULL;
    mdshm__candidate_t *cand = NULL;
    const char *key = w->key ? w->key : PREFIX "data/";
    uint8_t *end = NULL;
    size_t end_len = 0;
    int rv;

    rv = client(&c);
    if (rv == 0 && !w->key)
        rv = mdshm__etcd_prefix_end(key, strlen(key), &end, &end_len);
    if (rv == 0 && w->apply) {
        rv = mdshm__candidate_create(w->st, NULL, &cand);
        if (rv == 0)
            rv = mdshm__candidate_try(cand) == 1 ? 0 : -1;
    }
    if (rv == 0)
        rv = mdshm__etcd_watch_open(c, key, strlen(key), end, end_len,
                                    w->from, false, NULL, &wa);
    w->err = rv;
    atomic_store(&w->ready, true);
    while (rv == 0 && !atomic_load(&w->stop)) {
        mdshm__etcd_watch_msg_t m;
        int r = mdshm__etcd_watch_next(wa, 100, &m);
        if (r == 0)
            continue;
        if (r < 0) {
            w->err = r;
            break;
        }
        if (m.kind == MDSHM__ETCD_WATCH_EVENTS && m.n_events) {
            if (w->apply)
                w->err = apply_msg(w, cand, &m);
            atomic_store(&w->seen_rev,
                         m.events[m.n_events - 1].kv.mod_revision);
            atomic_store(&w->seen_ns, bench_mono_ns());
        }
        mdshm__etcd_watch_msg_clear(&m);
    }
    mdshm__etcd_watch_close(wa);
    mdshm__candidate_destroy(cand);
    mdshm__etcd_destroy(c);
    free(end);
    return NULL;
}

static int watcher_start(watcher_t *w)
{
    if (pthread_create(&w->th, NULL, watcher_main, w) != 0)
        return -1;
    while (!atomic_load(&w->ready))
        bench_sleep_ms(1);
    return w->err;
}

static void watcher_stop(watcher_t *w)
{
    atomic_store(&w->stop, true);
    pthread_join(w->th, NULL);
}

/* The leaf SHA-256 of MD 0's set as a worker reads it. */
static bool worker_has(mdshm_reader_t *rd, const uint8_t sha[32])
{
    mdshm_record_t rec;
    char key[128], md[64];
    bool ok = false;

    md_name(0, md, sizeof(md));
    snprintf(key, sizeof(key), "%s/%s", md, KEY_SPEC);
    if (mdshm_read_begin(rd) < 0)
        return false;
    if (mdshm_read_get(rd, MDSHM_DB_CERTS, key, strlen(key), &rec) == 0)
        ok = rec.u.certset.sha256.n == 32 &&
             !memcmp(rec.u.certset.sha256.p, sha, 32);
    mdshm_read_end(rd);
    return ok;
}

static void report(const char *what, int64_t *v, size_t n)
{
    int64_t p50 = bench_pct(v, n, 50), p90 = bench_pct(v, n, 90);

    printf("  %-44s median %7.2f ms   p90 %7.2f ms\n", what, p50 / 1e6,
           p90 / 1e6);
}

static int renew(const char *dir, const mdshm__cluster_kek_t *kek,
                 const issuer_t *is, unsigned rounds, bool *missed)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm__etcd_t *c = NULL;
    watcher_t plain = {0}, mirror = {0};
    int64_t *t_plain = calloc(rounds, sizeof(int64_t));
    int64_t *t_apply = calloc(rounds, sizeof(int64_t));
    int rv;

    rv = t_plain && t_apply ? 0 : -ENOMEM;
    if (rv == 0)
        rv = open_store(dir, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = client(&c);
    if (rv < 0)
        goto out;

    /* a plain put until the watcher has the event */
    plain.key = PREFIX "ping";
    rv = watcher_start(&plain);
    for (unsigned i = 0; rv == 0 && i < rounds; i++) {
        int64_t rev = 0, t0 = bench_mono_ns();
        rv = mdshm__etcd_put(c, plain.key, strlen(plain.key), "x", 1, 0,
                             &rev);
        while (rv == 0 && atomic_load(&plain.seen_rev) < rev)
            sched_yield();
        t_plain[i] = atomic_load(&plain.seen_ns) - t0;
    }
    watcher_stop(&plain);
    if (rv < 0)
        goto out;

    /* a renewed set until a worker of the other store serves it */
    mirror.st = st;
    mirror.kek = kek;
    mirror.apply = true;
    rv = watcher_start(&mirror);
    for (unsigned i = 0; rv == 0 && i < rounds; i++) {
        mdshm__cluster_ops_t ops = {0};
        uint8_t sha[32], *rec = NULL;
        size_t rn;
        char md[64], key[128];
        int64_t t0;
        md_name(0, md, sizeof(md));
        snprintf(key, sizeof(key), "%s/%s", md, KEY_SPEC);
        rv = set_record(is, md, sha, &rec, &rn) ? -1 : 0;
        if (rv == 0)
            rv = mdshm__cluster_op_add(&ops, kek, PREFIX, MDSHM_DB_CERTS, key,
                                       strlen(key), rec, rn);
        free(rec);
        t0 = bench_mono_ns();
        if (rv == 0)
            rv = txn_puts(c, &ops);
        mdshm__cluster_ops_free(&ops);
        while (rv == 0 && !worker_has(rd, sha)) {
            if (mirror.err) {
                rv = mirror.err;
                break;
            }
            sched_yield();
        }
        t_apply[i] = bench_mono_ns() - t0;
    }
    watcher_stop(&mirror);
    if (rv < 0)
        goto out;
    printf("renew: %u rounds on 3 members, loopback\n", rounds);
    report("etcd put -> watcher event", t_plain, rounds);
    report("renewed set (txn) -> worker on another store", t_apply, rounds);
    printf("  ratio of the medians: %.1fx\n",
           (double)bench_pct(t_apply, rounds, 50) /
               (double)bench_pct(t_plain, rounds, 50));
    *missed = bench_pct(t_apply, rounds, 50) > 50000000;
    printf("  target: renewed set to a worker, median <= 50 ms: %s\n",
           *missed ? "MISSED" : "met");
out:
    if (rv < 0)
        fprintf(stderr, "bench_cluster: renew: %s\n", mdshm_strerror(rv));
    free(t_plain);
    free(t_apply);
    mdshm__etcd_destroy(c);
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return rv;
}

int main(int argc, char **argv)
{
    unsigned n = 10000, rounds = 100;
    char dir[4096], store[4200];
    mdshm__cluster_kek_t kek;
    uint8_t raw[MDSHM__KEK_LEN];
    issuer_t is = {0};
    mdshm__etcd_t *c = NULL;
    size_t bytes = 0;
    int64_t t0, t1, txn_ns;
    int opt, rv, status = 1;
    pid_t child;

    const char *given = NULL;
    bool created = false, missed = false;

    while ((opt = getopt(argc, argv, "d:n:r:")) != -1) {
        if (opt == 'd')
            given = optarg;
        else if (opt == 'n')
            n = (unsigned)strtoul(optarg, NULL, 10);
        else if (opt == 'r')
            rounds = (unsigned)strtoul(optarg, NULL, 10);
        else {
            fprintf(stderr, "usage: bench_cluster [-d DIR] [-n MDS] "
                            "[-r ROUNDS]\n");
            return 2;
        }
    }
    if (access(ETCD_BIN, X_OK) != 0) {
        printf("bench_cluster: skipped: %s not installed (Debian's "
               "etcd-server; sh tests/deps.sh)\n", ETCD_BIN);
        return 0;
    }
    if (!n || !rounds)
        return 2;
    rv = bench_workdir(given, dir, sizeof(dir), &created);
    if (rv < 0) {
        fprintf(stderr, "bench_cluster: %s: %s\n", given ? given : "TMPDIR",
                strerror(-rv));
        return 1;
    }
    /* forks (etcd, the joining host) must not repeat buffered output */
    setvbuf(stdout, NULL, _IOLBF, 0);
    bench_print_cmd(argc, argv);
    /* quiet while the members start: refused connections are expected */
    mdshm_set_default_log_level(MDSHM_LOG_ERR);
    RAND_bytes(raw, sizeof(raw));
    mdshm__cluster_kek_set(&kek, raw);
    if (issuer_make(&is) < 0 || etcd_start(dir) < 0 || client(&c) < 0 ||
        etcd_wait(c) < 0) {
        fprintf(stderr, "bench_cluster: etcd did not start (logs in %s)\n",
                dir);
        goto out;
    }
    mdshm_set_default_log_level(MDSHM_LOG_WARN);
    printf("etcd: 3 members at %s\n", endpoints);

    t0 = bench_mono_ns();
    rv = seed(c, &kek, &is, n, &bytes, &txn_ns);
    t1 = bench_mono_ns();
    if (rv < 0) {
        fprintf(stderr, "bench_cluster: seeding: %s\n", mdshm_strerror(rv));
        goto out;
    }
    printf("seed: %u sets + %u OCSP records (%.1f MB of records, sealed) in "
           "%.1f s with keys and certificates made on the way; the txns "
           "(%d puts each) took %.1f s: %.0f records/s\n",
           n, n, bytes / 1e6, (t1 - t0) / 1e9, SEED_BATCH, txn_ns / 1e9,
           2.0 * n / (txn_ns / 1e9));
    fflush(stdout);

    snprintf(store, sizeof(store), "%s/store", dir);
    child = fork();
    if (child == 0) {
        rv = join(store, &kek, n);
        fflush(stdout);
        _exit(rv == 0 ? 0 : 1);
    }
    if (child < 0 || waitpid(child, &rv, 0) < 0 || !WIFEXITED(rv) ||
        WEXITSTATUS(rv))
        goto out;
    if (renew(store, &kek, &is, rounds, &missed) < 0)
        goto out;
    status = missed && getenv("MDSHM_BENCH_STRICT") &&
                     !strcmp(getenv("MDSHM_BENCH_STRICT"), "1")
                 ? 2 : 0;
out:
    mdshm__etcd_destroy(c);
    etcd_stop();
    X509_free(is.cert);
    EVP_PKEY_free(is.key);
    OPENSSL_free(is.der);
    mdshm__cluster_kek_clear(&kek);
    if (created)
        bench_rmtree(dir);
    return status;
}
