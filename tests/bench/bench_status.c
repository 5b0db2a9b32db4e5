/* bench_status.c -- cost of the status documents: mdshm_status_json (all
 * MDs, and one MD found by a domain name) and mdshm_status_metrics over a
 * store of N MDs, each with two certificate sets, a job record with a full
 * log and, for half of them, an OCSP response.
 *
 *   bench_status [-d DIR] [-n MDS] [-r ROUNDS] [-k]
 *
 * -k keeps the store (DIR/store) for other tools (e.g. comparing the
 * documents of two builds with mdshm status --md-status).
 *
 * Prints the median and the worst of ROUNDS calls (wall time, CLOCK_MONOTONIC)
 * and the document size.  Run by hand or `sh tests/bench/run.sh
 * bench_status`; nothing is asserted. */
#include "bench.h"

#include "shm.h" /* the store's write side (internal) */

#include <getopt.h>

struct fill {
    unsigned n;
};

static mdshm_buf_t sb(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

static int put_md(mdshm__wtxn_t *w, unsigned i, int64_t now_s)
{
    static const char *const specs[] = {"rsa2048", "secp256r1"};
    char name[64], www[70], key[160], serial[32], okey[65];
    mdshm_record_t r;
    uint8_t sha[32];
    int rv, n;

    snprintf(name, sizeof(name), "md%05u.example.com", i);
    snprintf(www, sizeof(www), "www.%s", name);
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_MD;
    r.u.md.name = sb(name);
    r.u.md.state = MDSHM_MD_COMPLETE;
    r.u.md.renew_mode = 1;
    r.u.md.n_names = 2;
    r.u.md.names[0] = sb(name);
    r.u.md.names[1] = sb(www);
    r.u.md.n_key_specs = 2;
    r.u.md.key_specs[0] = sb(specs[0]);
    r.u.md.key_specs[1] = sb(specs[1]);
    r.u.md.n_ca_urls = 1;
    r.u.md.ca_urls[0] = sb("https://acme.example/dir");
    r.u.md.renew_window = sb("33%");
    r.u.md.renew_at_ms = (now_s + 60 * 86400) * 1000;
    if ((rv = mdshm__w_put_md(w, &r.u.md)) < 0)
        return rv;
    for (unsigned k = 0; k < 2; k++) {
        memset(&r, 0, sizeof(r));
        memset(sha, 0, sizeof(sha));
        memcpy(sha, &i, sizeof(i));
        sha[31] = (uint8_t)k;
        snprintf(serial, sizeof(serial), "%08X%02X", i, k);
        r.type = MDSHM_REC_CERTSET;
        r.u.certset.md = sb(name);
        r.u.certset.key_spec = sb(specs[k]);
        r.u.certset.n_chain = 1;
        r.u.certset.chain[0] = sb("leaf-der-placeholder");
        r.u.certset.pkey = sb("key-placeholder");
        r.u.certset.not_before = now_s - 86400;
        r.u.certset.not_after = now_s + 89 * 86400;
        r.u.certset.sha256.p = sha;
        r.u.certset.sha256.n = 32;
        r.u.certset.issuer = sb("CN=Bench CA");
        r.u.certset.serial = sb(serial);
        r.u.certset.ocsp_url = sb(i % 2 ? "http://ocsp.example/" : "");
        r.u.certset.ari_id = sb("aaaa.bbbb");
        n = mdshm_key_certset(key, sizeof(key), name, strlen(name), specs[k],
                              strlen(specs[k]));
        if ((rv = mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)n, &r)) < 0)
            return rv;
        if (i % 2) {
            mdshm_key_ocsp(okey, sha);
            memset(&r, 0, sizeof(r));
            r.type = MDSHM_REC_OCSP;
            r.u.ocsp.der = sb("ocsp-response-placeholder");
            r.u.ocsp.this_update = now_s - 3600;
            r.u.ocsp.next_update = now_s + 6 * 86400;
            r.u.ocsp.renew_at_ms = (now_s + 3 * 86400) * 1000;
            r.u.ocsp.responder_url = sb("http://ocsp.example/");
            if ((rv = mdshm__w_put(w, MDSHM_DB_OCSP, okey, 64, &r)) < 0)
                return rv;
        }
    }
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = sb(name);
    r.u.job.next_run_ms = (now_s + 43200) * 1000;
    r.u.job.last_run_ms = (now_s - 600) * 1000;
    r.u.job.n_log = MDSHM_MAX_JOBLOG;
    for (unsigned l = 0; l < MDSHM_MAX_JOBLOG; l++)
        r.u.job.log[l] = (mdshm_joblog_entry_t){(now_s - 600 + l) * 1000,
                                                sb("progress"),
                                                sb("a step of the order")};
    return mdshm__w_put(w, MDSHM_DB_JOBS, name, strlen(name), &r);
}

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    const struct fill *f = baton;
    int64_t now_s = (int64_t)time(NULL);

    for (unsigned i = 0; i < f->n; i++) {
        int rv = put_md(w, i, now_s);
        if (rv < 0)
            return rv;
    }
    return 0;
}

enum { DOC_ALL, DOC_ONE, DOC_METRICS };

static int run(mdshm_store_t *st, int which, unsigned rounds, size_t *size,
               double *med_ms, double *max_ms)
{
    double *t = calloc(rounds, sizeof(*t));
    int rv = 0;

    if (!t)
        return -ENOMEM;
    for (unsigned r = 0; r < rounds && rv == 0; r++) {
        int64_t now = (int64_t)time(NULL) * 1000, t0 = bench_mono_ns();
        char *out = NULL;
        size_t len = 0;

        if (which == DOC_ALL)
            rv = mdshm_status_json(st, NULL, now, &out, &len);
        else if (which == DOC_ONE)
            rv = mdshm_status_json(st, "WWW.md00001.example.com", now, &out,
                                   &len);
        else
            rv = mdshm_status_metrics(st, now, &out, &len);
        t[r] = (double)(bench_mono_ns() - t0) / 1e6;
        *size = len;
        free(out);
    }
    *max_ms = 0;
    for (unsigned r = 0; r < rounds; r++)
        if (t[r] > *max_ms)
            *max_ms = t[r];
    *med_ms = bench_median(t, rounds);
    free(t);
    return rv;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {
        "mdshm_status_json(all MDs)", "mdshm_status_json(one MD by domain)",
        "mdshm_status_metrics"};
    const char *dir = NULL;
    char work[256], path[300];
    bool created;
    unsigned n = 1000, rounds = 20;
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    struct fill f;
    int opt, rv;
    bool keep = false;

    while ((opt = getopt(argc, argv, "d:n:r:k")) != -1) {
        if (opt == 'k')
            keep = true;
        else if (opt == 'd')
            dir = optarg;
        else if (opt == 'n')
            n = (unsigned)strtoul(optarg, NULL, 10);
        else if (opt == 'r')
            rounds = (unsigned)strtoul(optarg, NULL, 10);
        else
            return 1;
    }
    if (n < 2 || rounds < 1) {
        fprintf(stderr, "%s: -n needs at least 2, -r at least 1\n", argv[0]);
        return 1;
    }
    bench_print_cmd(argc, argv);
    if ((rv = bench_workdir(dir, work, sizeof(work), &created)) < 0) {
        fprintf(stderr, "work directory: %s\n", strerror(-rv));
        return 1;
    }
    snprintf(path, sizeof(path), "%s/store", work);
    so.create = true;
    so.mapsize = (size_t)256 << 20;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN);
    rv = mdshm_store_open(path, &so, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0)
        rv = mdshm__candidate_try(c) == 1 ? 0 : MDSHM_EBUSY;
    f.n = n;
    if (rv == 0)
        rv = mdshm__leader_write(c, fill_fn, &f);
    mdshm__candidate_destroy(c);
    if (rv < 0) {
        fprintf(stderr, "bench_status: setup: %s\n", mdshm_strerror(rv));
        goto out;
    }
    printf("bench_status: %u MDs (2 certificates, a %u-entry job log, "
           "OCSP for half), %u rounds, wall ms\n\n",
           n, MDSHM_MAX_JOBLOG, rounds);
    printf("| document | bytes | median ms | max ms | us per MD |\n");
    printf("|---|---:|---:|---:|---:|\n");
    for (int w = DOC_ALL; w <= DOC_METRICS && rv == 0; w++) {
        size_t size = 0;
        double med = 0, max = 0;

        rv = run(st, w, rounds, &size, &med, &max);
        if (rv < 0) {
            fprintf(stderr, "bench_status: %s: %s\n", names[w],
                    mdshm_strerror(rv));
            break;
        }
        if (w == DOC_ONE)
            printf("| %s | %zu | %.2f | %.2f | - |\n", names[w], size, med,
                   max);
        else
            printf("| %s | %zu | %.2f | %.2f | %.1f |\n", names[w], size,
                   med, max, med * 1000 / n);
    }
out:
    mdshm_store_close(st);
    if (keep)
        printf("\nstore kept: %s\n", path);
    else if (created)
        bench_rmtree(work);
    else
        bench_rmtree(path);
    return rv < 0 ? 1 : 0;
}
