/*
 * bench_crl.c -- the leader's CRL check of many certificates against one
 * large CRL, through the leader's own code (issue 15).
 *
 * N certificates (default 10,000; registered as an adapter registers
 * them, MDStapleOthers: leaf and issuer in their OCSP records) carry no
 * distribution point, so MDCRLUrl names the CRL for all of them: one URL,
 * one fetch.  The CRL (default 100,000 entries, K = 10 of them our
 * certificates' serials) is served by a small HTTP server on 127.0.0.1
 * in a thread of this program, with an ETag.  A real drive
 * (mdshm_drive_run, MDCRLInterval 1s) leads the store; each of its CRL
 * rounds reads the store, fetches, verifies and indexes the CRL once,
 * looks every certificate's serial up and writes every outcome in one
 * transaction.  Rounds alternate:
 *
 *   full  the server ignores If-None-Match: a 200 with the whole CRL;
 *   304   the server honours it: a 304, no transfer, no parsing (the
 *         outcomes are written again with their new fetch time).
 *
 * Per round: its time (the drive's own "CRL round: ... ms" log line) and
 * the peak memory it added (VmHWM, reset through /proc/self/clear_refs
 * before the round, minus VmRSS at the reset).  After the first round the
 * outcomes in the store are checked: K revoked, N - K good.
 *
 * Then the lookup itself, side by side in this process: the CRL loaded,
 * verified and indexed once (mdshm__crl_load), then N lookups through the
 * index (mdshm__crl_lookup, a binary search) against a linear scan of
 * the CRL's entries for a sample of the certificates (the baseline the
 * index replaces), CPU time per lookup and the ratio.
 *
 * Usage: bench_crl [-d DIR] [-n CERTS] [-m ENTRIES] [-r ROUNDS]
 */
#include "bench.h"
#include "mdshm.h"
#include "crl.h" /* the index and lookup the leader uses (internal) */

#include <arpa/inet.h>
#include <getopt.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/socket.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>

#define N_REVOKED_OURS 10
#define LINEAR_SAMPLE 100
#define ROUND_WAIT_MS 120000

static unsigned n_certs = 10000, n_entries = 100000, n_rounds = 3;

static EVP_PKEY *ca_key, *leaf_key;
static X509 *ca;
static uint8_t *ca_der;
static int ca_der_len;
static X509 **leaves;
static uint8_t **leaf_der;
static int *leaf_der_len;
static uint8_t *crl_der;
static size_t crl_len;

/* ---- certificates and the CRL ------------------------------------------- */

static void rand_serial(ASN1_INTEGER *ser)
{
    unsigned char b[16];
    BIGNUM *bn;

    RAND_bytes(b, sizeof(b));
    b[0] &= 0x7f; /* positive, as CAs make them */
    b[0] |= 0x01;
    bn = BN_bin2bn(b, sizeof(b), NULL);
    BN_to_ASN1_INTEGER(bn, ser);
    BN_free(bn);
}

static X509 *mk_cert(const char *cn, EVP_PKEY *key, X509 *iss,
                     EVP_PKEY *iss_key)
{
    X509 *x = X509_new();
    X509_NAME *n = X509_NAME_new();

    X509_set_version(x, 2);
    rand_serial(X509_get_serialNumber(x));
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC,
                               (const unsigned char *)cn, -1, -1, 0);
    X509_set_subject_name(x, n);
    X509_set_issuer_name(x, iss ? X509_get_subject_name(iss) : n);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 30 * 86400);
    X509_set_pubkey(x, key);
    X509_sign(x, iss_key ? iss_key : key, EVP_sha256());
    X509_NAME_free(n);
    return x;
}

static void add_revoked(X509_CRL *crl, const ASN1_INTEGER *serial,
                        ASN1_TIME *when, int reason)
{
    X509_REVOKED *r = X509_REVOKED_new();
    ASN1_ENUMERATED *e = ASN1_ENUMERATED_new();

    X509_REVOKED_set_serialNumber(r, (ASN1_INTEGER *)serial);
    X509_REVOKED_set_revocationDate(r, when);
    ASN1_ENUMERATED_set(e, reason);
    X509_REVOKED_add1_ext_i2d(r, NID_crl_reason, e, 0, 0);
    ASN1_ENUMERATED_free(e);
    X509_CRL_add0_revoked(crl, r);
}

static int make_material(void)
{
    X509_CRL *crl;
    ASN1_INTEGER *ser = ASN1_INTEGER_new();
    ASN1_TIME *t = X509_gmtime_adj(NULL, -7200);
    ASN1_TIME *tu = X509_gmtime_adj(NULL, -60);
    ASN1_TIME *nu = X509_gmtime_adj(NULL, 7 * 86400);
    unsigned char *p = NULL;
    int n;

    ca_key = EVP_EC_gen("P-256");
    leaf_key = EVP_EC_gen("P-256");
    if (!ca_key || !leaf_key || !ser || !t || !tu || !nu)
        return -1;
    ca = mk_cert("bench CRL CA", ca_key, NULL, NULL);
    ca_der_len = i2d_X509(ca, &p);
    ca_der = p;
    leaves = calloc(n_certs, sizeof(*leaves));
    leaf_der = calloc(n_certs, sizeof(*leaf_der));
    leaf_der_len = calloc(n_certs, sizeof(*leaf_der_len));
    if (!ca || ca_der_len <= 0 || !leaves || !leaf_der || !leaf_der_len)
        return -1;
    for (unsigned i = 0; i < n_certs; i++) {
        char cn[32];
        snprintf(cn, sizeof(cn), "c%u.bench.test", i);
        if (!(leaves[i] = mk_cert(cn, leaf_key, ca, ca_key)))
            return -1;
        p = NULL;
        if ((leaf_der_len[i] = i2d_X509(leaves[i], &p)) <= 0)
            return -1;
        leaf_der[i] = p;
    }
    crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ca));
    X509_CRL_set1_lastUpdate(crl, tu);
    X509_CRL_set1_nextUpdate(crl, nu);
    for (unsigned i = 0; i < n_entries; i++) {
        if (i < N_REVOKED_OURS && i < n_certs) {
            add_revoked(crl, X509_get0_serialNumber(leaves[i]), t, 1);
            continue;
        }
        rand_serial(ser);
        add_revoked(crl, ser, t, 4);
    }
    X509_CRL_sort(crl);
    X509_CRL_sign(crl, ca_key, EVP_sha256());
    p = NULL;
    n = i2d_X509_CRL(crl, &p);
    X509_CRL_free(crl);
    ASN1_INTEGER_free(ser);
    ASN1_TIME_free(t);
    ASN1_TIME_free(tu);
    ASN1_TIME_free(nu);
    if (n <= 0)
        return -1;
    crl_der = p;
    crl_len = (size_t)n;
    return 0;
}

static void free_material(void)
{
    for (unsigned i = 0; leaves && i < n_certs; i++) {
        X509_free(leaves[i]);
        OPENSSL_free(leaf_der ? leaf_der[i] : NULL);
    }
    free(leaves);
    free(leaf_der);
    free(leaf_der_len);
    OPENSSL_free(ca_der);
    OPENSSL_free(crl_der);
    X509_free(ca);
    EVP_PKEY_free(ca_key);
    EVP_PKEY_free(leaf_key);
}

/* ---- the store: the certificates, registered ---------------------------- */

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    int rv = 0;

    (void)baton;
    if (!rec)
        return -ENOMEM;
    for (unsigned i = 0; i < n_certs && rv == 0; i++) {
        unsigned char sha[32];
        char key[65];
        memset(rec, 0, sizeof(*rec));
        rec->type = MDSHM_REC_OCSP;
        rec->u.ocsp.cert = (mdshm_buf_t){leaf_der[i], (size_t)leaf_der_len[i]};
        rec->u.ocsp.issuer_cert = (mdshm_buf_t){ca_der, (size_t)ca_der_len};
        rec->u.ocsp.cert_not_after = (int64_t)time(NULL) + 30 * 86400;
        SHA256(leaf_der[i], (size_t)leaf_der_len[i], sha);
        mdshm_key_ocsp(key, sha);
        rv = mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, rec);
    }
    free(rec);
    return rv;
}

static int populate(mdshm_store_t *st)
{
    mdshm__candidate_t *c = NULL;
    int rv;

    if ((rv = mdshm__candidate_create(st, NULL, &c)) < 0)
        return rv;
    if ((rv = mdshm__candidate_try(c)) == 1)
        rv = mdshm__leader_write(c, fill_fn, NULL);
    else if (rv == 0)
        rv = MDSHM_EBUSY;
    mdshm__candidate_destroy(c); /* the drive leads from here */
    return rv;
}

/* What the drive stored: @revoked and @good outcomes. */
static int count_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    unsigned *counts = baton;
    mdshm_record_t rec;

    if (mdshm_record_type(db, key.p, key.n) != MDSHM_REC_CRL ||
        mdshm_record_decode(MDSHM_REC_CRL, val.p, val.n, &rec) < 0)
        return 0;
    if (rec.u.crl.status == MDSHM__CRL_REVOKED)
        counts[0]++;
    else if (rec.u.crl.status == MDSHM__CRL_GOOD)
        counts[1]++;
    return 0;
}

static int count_outcomes(mdshm_store_t *st, unsigned *revoked,
                          unsigned *good)
{
    mdshm_reader_t *rd = NULL;
    unsigned counts[2] = {0, 0};
    int rv;

    if ((rv = mdshm_reader_create(st, &rd)) < 0)
        return rv;
    if ((rv = mdshm_read_begin(rd)) == 0) {
        rv = mdshm_read_foreach(rd, MDSHM_DB_OCSP, count_fn, counts);
        mdshm_read_end(rd);
    }
    mdshm_reader_destroy(rd);
    *revoked = counts[0];
    *good = counts[1];
    return rv;
}

/* ---- the CRL server ------------------------------------------------------ */

static int srv_fd = -1;
static int srv_port;
static atomic_bool srv_honour_etag, srv_stop;
static atomic_uint srv_200, srv_304;

static void serve_one(int fd)
{
    char req[4096], head[256];
    size_t got = 0;
    bool match;
    int n;

    /* the request head (curl sends it in one piece; no body) */
    while (got < sizeof(req) - 1) {
        ssize_t r = recv(fd, req + got, sizeof(req) - 1 - got, 0);
        if (r <= 0)
            return;
        got += (size_t)r;
        req[got] = '\0';
        if (strstr(req, "\r\n\r\n"))
            break;
    }
    match = strstr(req, "If-None-Match: \"v1\"") != NULL;
    if (match && atomic_load(&srv_honour_etag)) {
        n = snprintf(head, sizeof(head), "HTTP/1.1 304 Not Modified\r\n"
                     "ETag: \"v1\"\r\nConnection: close\r\n\r\n");
        atomic_fetch_add(&srv_304, 1);
        (void)!send(fd, head, (size_t)n, MSG_NOSIGNAL);
        return;
    }
    n = snprintf(head, sizeof(head), "HTTP/1.1 200 OK\r\n"
                 "Content-Type: application/pkix-crl\r\nETag: \"v1\"\r\n"
                 "Content-Length: %zu\r\nConnection: close\r\n\r\n",
                 crl_len);
    atomic_fetch_add(&srv_200, 1);
    if (send(fd, head, (size_t)n, MSG_NOSIGNAL) != n)
        return;
    for (size_t off = 0; off < crl_len;) {
        ssize_t w = send(fd, crl_der + off, crl_len - off, MSG_NOSIGNAL);
        if (w <= 0)
            return;
        off += (size_t)w;
    }
}

static void *srv_main(void *arg)
{
    struct pollfd pfd = {srv_fd, POLLIN, 0};

    (void)arg;
    while (!atomic_load(&srv_stop)) {
        int fd;
        if (poll(&pfd, 1, 100) <= 0)
            continue;
        if ((fd = accept(srv_fd, NULL, NULL)) < 0)
            continue;
        serve_one(fd);
        close(fd);
    }
    return NULL;
}

static int srv_start(pthread_t *th)
{
    struct sockaddr_in a = {.sin_family = AF_INET};
    socklen_t alen = sizeof(a);

    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if ((srv_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0 ||
        bind(srv_fd, (struct sockaddr *)&a, sizeof(a)) < 0 ||
        listen(srv_fd, 16) < 0 ||
        getsockname(srv_fd, (struct sockaddr *)&a, &alen) < 0)
        return -errno;
    srv_port = ntohs(a.sin_port);
    return -pthread_create(th, NULL, srv_main, NULL);
}

/* ---- rounds: the drive's log line, memory -------------------------------- */

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static unsigned rounds_seen;
static long long last_round_ms;
static long last_hwm_kb;

static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(field);

    if (!f)
        return -1;
    while (fgets(line, sizeof(line), f))
        if (!strncmp(line, field, n) && line[n] == ':')
            v = strtol(line + n + 1, NULL, 10);
    fclose(f);
    return v;
}

/* Reset VmHWM to the current RSS (Linux >= 4.0); @return VmRSS in kB. */
static long peak_reset(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");

    if (f) {
        fputs("5", f);
        fclose(f);
    }
    return status_kb("VmRSS");
}

static void log_sink(void *baton, mdshm_log_level_t level, int err,
                     const char *file, int line, const char *msg)
{
    long long ms;

    (void)baton;
    if (sscanf(msg, "CRL round: %*u URLs for %*u certificates, %*u "
               "requests, %lld ms", &ms) == 1) {
        pthread_mutex_lock(&mu);
        last_round_ms = ms;
        last_hwm_kb = status_kb("VmHWM");
        rounds_seen++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&mu);
        return;
    }
    /* our revoked certificates are expected; anything else worse is not */
    if (level <= MDSHM_LOG_ERR ||
        (level == MDSHM_LOG_WARN && !strstr(msg, "revoked at")))
        mdshm_log_stderr(NULL, level, err, file, line, msg);
}

/* Wait for round @n; its time and peak memory. */
static int round_wait(unsigned n, long long *ms, long *hwm_kb)
{
    struct timespec dl;
    int rv = 0;

    clock_gettime(CLOCK_REALTIME, &dl);
    dl.tv_sec += ROUND_WAIT_MS / 1000;
    pthread_mutex_lock(&mu);
    while (rounds_seen < n && rv == 0)
        rv = pthread_cond_timedwait(&cv, &mu, &dl);
    *ms = last_round_ms;
    *hwm_kb = last_hwm_kb;
    pthread_mutex_unlock(&mu);
    return rv ? -ETIMEDOUT : 0;
}

static void *drive_main(void *arg)
{
    return (void *)(intptr_t)mdshm_drive_run(arg);
}

/* ---- the lookup, side by side with a linear scan ------------------------ */

static bool linear_revoked(X509_CRL *crl, const ASN1_INTEGER *serial)
{
    STACK_OF(X509_REVOKED) *revs = X509_CRL_get_REVOKED(crl);
    int n = sk_X509_REVOKED_num(revs);

    for (int i = 0; i < n; i++)
        if (!ASN1_INTEGER_cmp(X509_REVOKED_get0_serialNumber(
                                  sk_X509_REVOKED_value(revs, i)),
                              serial))
            return true;
    return false;
}

static int lookups(void)
{
    mdshm__crl_t *crl = NULL;
    const unsigned char *p = crl_der;
    X509_CRL *x = d2i_X509_CRL(NULL, &p, (long)crl_len);
    char why[200];
    unsigned revoked = 0, lin_revoked = 0, sample = LINEAR_SAMPLE;
    int64_t t0, load_ns, idx_ns, lin_ns;
    long rss0 = peak_reset(), hwm;
    int rv;

    if (!x)
        return MDSHM_EBADINPUT;
    t0 = bench_cpu_ns();
    rv = mdshm__crl_load(crl_der, crl_len, 64u << 20, NULL, ca,
                         (int64_t)time(NULL), &crl, why, sizeof(why));
    load_ns = bench_cpu_ns() - t0;
    hwm = status_kb("VmHWM");
    if (rv < 0) {
        fprintf(stderr, "bench_crl: the CRL is refused: %s\n", why);
        X509_CRL_free(x);
        return rv;
    }
    t0 = bench_cpu_ns();
    for (unsigned i = 0; i < n_certs; i++) {
        mdshm__crl_answer_t a;
        if (mdshm__crl_lookup(crl, leaves[i], &a) == 0 &&
            a.status == MDSHM__CRL_REVOKED)
            revoked++;
    }
    idx_ns = bench_cpu_ns() - t0;
    if (sample > n_certs)
        sample = n_certs;
    t0 = bench_cpu_ns();
    for (unsigned i = 0; i < sample; i++)
        lin_revoked += linear_revoked(x, X509_get0_serialNumber(leaves[i]));
    lin_ns = bench_cpu_ns() - t0;
    printf("\nlookup in this process (CPU time)\n");
    printf("  load, verify and index the CRL once   %9.1f ms  (peak +%.1f "
           "MB)\n", (double)load_ns / 1e6, (double)(hwm - rss0) / 1024);
    printf("  %u lookups through the index          %9.1f ms  "
           "(%.0f ns each; %u revoked)\n", n_certs, (double)idx_ns / 1e6,
           (double)idx_ns / n_certs, revoked);
    printf("  linear scan, %u certificates          %9.1f ms  "
           "(%.0f ns each; %u revoked)\n", sample, (double)lin_ns / 1e6,
           (double)lin_ns / sample, lin_revoked);
    printf("  ratio linear / indexed per lookup     %9.0fx  (%u linear "
           "lookups would take %.1f s)\n",
           ((double)lin_ns / sample) / ((double)idx_ns / n_certs), n_certs,
           (double)lin_ns / sample * n_certs / 1e9);
    rv = revoked == (n_certs < N_REVOKED_OURS ? n_certs : N_REVOKED_OURS) &&
                 lin_revoked == (sample < N_REVOKED_OURS ? sample
                                                         : N_REVOKED_OURS)
             ? 0
             : MDSHM_EBADINPUT;
    if (rv < 0)
        fprintf(stderr, "bench_crl: lookups found %u revoked, the scan %u\n",
                revoked, lin_revoked);
    mdshm__crl_free(crl);
    X509_CRL_free(x);
    return rv;
}

/* ---- main ---------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr, "usage: bench_crl [-d DIR] [-n CERTS] [-m ENTRIES] "
            "[-r ROUNDS]\n");
    exit(1);
}

int main(int argc, char **argv)
{
    const char *dir_arg = NULL;
    char dir[4096], store_dir[4200], conf[512];
    bool created = false;
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    mdshm_config_t *cfg = NULL;
    mdshm_drive_t *d = NULL;
    mdshm_drive_opts_t dopts = {0};
    pthread_t srv_th, drive_th;
    bool srv_up = false, drive_up = false;
    double *full_ms = NULL, *nm_ms = NULL, *full_mb = NULL, *nm_mb = NULL;
    double full_peak = 0, nm_peak = 0;
    unsigned revoked = 0, good = 0, seen = 0;
    long long ms;
    long hwm, rss0;
    int64_t t0;
    int opt, rv = 0;

    while ((opt = getopt(argc, argv, "d:n:m:r:")) != -1) {
        switch (opt) {
        case 'd': dir_arg = optarg; break;
        case 'n': n_certs = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'm': n_entries = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'r': n_rounds = (unsigned)strtoul(optarg, NULL, 10); break;
        default: usage();
        }
    }
    if (!n_certs || n_entries < N_REVOKED_OURS || !n_rounds)
        usage();
    bench_print_cmd(argc, argv);
    if ((rv = bench_workdir(dir_arg, dir, sizeof(dir), &created)) < 0) {
        fprintf(stderr, "bench_crl: work directory: %s\n", strerror(-rv));
        return 1;
    }
    snprintf(store_dir, sizeof(store_dir), "%s/store", dir);
    mdshm_set_default_log(log_sink, NULL, MDSHM_LOG_INFO);

    t0 = bench_mono_ns();
    if (make_material() < 0) {
        fprintf(stderr, "bench_crl: cannot make the certificates\n");
        rv = 1;
        goto out;
    }
    printf("%u certificates (P-256, one issuer), one CRL of %u entries "
           "(%.1f MB DER, %d of ours revoked), made in %.1f s\n", n_certs,
           n_entries, (double)crl_len / 1e6, N_REVOKED_OURS,
           (double)(bench_mono_ns() - t0) / 1e9);

    so.create = true;
    if ((rv = mdshm_store_open(store_dir, &so, &st)) < 0 ||
        (rv = populate(st)) < 0 || (rv = srv_start(&srv_th)) < 0) {
        fprintf(stderr, "bench_crl: setup: %s\n", mdshm_strerror(rv));
        goto out;
    }
    srv_up = true;
    snprintf(conf, sizeof(conf),
             "MDStapling off\nMDCRLCheck on\n"
             "MDCRLUrl http://127.0.0.1:%d/ca.crl\nMDCRLInterval 1s\n"
             "MDCRLMaxSize %zu\n", srv_port, crl_len + 4096);
    if ((rv = mdshm_config_parse(conf, strlen(conf), "bench_crl", &cfg)) < 0 ||
        (rv = mdshm_drive_create(st, cfg, &dopts, &d)) < 0 ||
        (rv = -pthread_create(&drive_th, NULL, drive_main, d)) < 0) {
        fprintf(stderr, "bench_crl: drive: %s\n", mdshm_strerror(rv));
        goto out;
    }
    drive_up = true;

    full_ms = calloc(n_rounds, sizeof(double));
    nm_ms = calloc(n_rounds, sizeof(double));
    full_mb = calloc(n_rounds, sizeof(double));
    nm_mb = calloc(n_rounds, sizeof(double));
    if (!full_ms || !nm_ms || !full_mb || !nm_mb) {
        rv = -ENOMEM;
        goto out;
    }
    /* round 1: no outcome stored yet (a full fetch, every record new) */
    rss0 = peak_reset();
    if ((rv = round_wait(++seen, &ms, &hwm)) < 0)
        goto timeout;
    printf("\nrounds of the leader (wall time of the CRL thread's round; "
           "peak RSS of the process during it, and its rise over the RSS "
           "at the round's start)\n");
    printf("  first round (parses every certificate, creates the records)"
           "\n                                 %8lld ms  peak %.1f MB "
           "(+%.1f MB)\n", ms, (double)hwm / 1024,
           (double)(hwm - rss0) / 1024);
    if ((rv = count_outcomes(st, &revoked, &good)) < 0 ||
        revoked != N_REVOKED_OURS || good != n_certs - N_REVOKED_OURS) {
        fprintf(stderr, "bench_crl: the store holds %u revoked and %u good "
                "outcomes (%u and %u expected)\n", revoked, good,
                N_REVOKED_OURS, n_certs - N_REVOKED_OURS);
        rv = rv < 0 ? rv : MDSHM_EBADINPUT;
        goto out;
    }
    for (unsigned r = 0; r < n_rounds; r++) {
        unsigned s200 = atomic_load(&srv_200), s304 = atomic_load(&srv_304);
        atomic_store(&srv_honour_etag, false);
        rss0 = peak_reset();
        if ((rv = round_wait(++seen, &ms, &hwm)) < 0)
            goto timeout;
        full_ms[r] = (double)ms;
        full_mb[r] = (double)(hwm - rss0) / 1024;
        if ((double)hwm / 1024 > full_peak)
            full_peak = (double)hwm / 1024;
        atomic_store(&srv_honour_etag, true);
        rss0 = peak_reset();
        if ((rv = round_wait(++seen, &ms, &hwm)) < 0)
            goto timeout;
        nm_ms[r] = (double)ms;
        nm_mb[r] = (double)(hwm - rss0) / 1024;
        if ((double)hwm / 1024 > nm_peak)
            nm_peak = (double)hwm / 1024;
        if (atomic_load(&srv_200) != s200 + 1 ||
            atomic_load(&srv_304) != s304 + 1) {
            fprintf(stderr, "bench_crl: round pair %u: %u full and %u 304 "
                    "answers, 1 and 1 expected\n", r,
                    atomic_load(&srv_200) - s200,
                    atomic_load(&srv_304) - s304);
            rv = MDSHM_EBADINPUT;
            goto out;
        }
    }
    {
        double f = bench_median(full_ms, n_rounds);
        double m = bench_median(nm_ms, n_rounds);
        printf("  full round (200, %.1f MB)      %8.0f ms  peak %.1f MB "
               "(+%.1f MB)  (median of %u)\n", (double)crl_len / 1e6, f,
               full_peak, bench_median(full_mb, n_rounds), n_rounds);
        printf("  304 round                      %8.0f ms  peak %.1f MB "
               "(+%.1f MB)  (median of %u)\n", m, nm_peak,
               bench_median(nm_mb, n_rounds), n_rounds);
        printf("  ratio 304 / full round         %8.2f\n", f > 0 ? m / f : 0);
    }
    if (revoked == N_REVOKED_OURS)
        printf("  outcomes checked in the store: %u revoked, %u good\n",
               revoked, good);
    goto stop;
timeout:
    fprintf(stderr, "bench_crl: no CRL round within %d s\n",
            ROUND_WAIT_MS / 1000);
stop:
    if (drive_up) {
        void *drv;
        mdshm_drive_stop(d);
        pthread_join(drive_th, &drv);
        drive_up = false;
    }
    if (rv == 0)
        rv = lookups();
out:
    if (drive_up) {
        mdshm_drive_stop(d);
        pthread_join(drive_th, NULL);
    }
    if (srv_up) {
        atomic_store(&srv_stop, true);
        pthread_join(srv_th, NULL);
    }
    if (srv_fd >= 0)
        close(srv_fd);
    mdshm_drive_destroy(d);
    mdshm_config_free(cfg);
    mdshm_store_close(st);
    free(full_ms);
    free(nm_ms);
    free(full_mb);
    free(nm_mb);
    free_material();
    if (created)
        bench_rmtree(dir);
    return rv < 0 ? 1 : rv;
}
