/* bench_scale.c -- the drive and the status documents at 1,000 to 100,000
 * MDs on one host (issue 10, section 7).  Per size N:
 *
 *   parse     mdshm_config_parse of N MDs (2 names each)
 *   sync      the leader's configuration sync into an empty store (from
 *             its "leading" log line to "configuration written")
 *   dispatch  one dispatch round with all N MDs due and no free slot (so
 *             every MD is handled and none starts a run): wall ms, the
 *             median of 5
 *   heartbeat the age of the leader's heartbeat (sampled every 10 ms by
 *             another thread) from the start of leadership until -t
 *             seconds after the sync, while a second drive on the same
 *             store waits and the first runs all N MDs against a CA that
 *             refuses connections: p50, p99, max, and term changes
 *   md-status, metrics, one MD, a page of 100: wall ms and the peak
 *             memory (VmHWM less the file pages mapped: the store's pages
 *             are shared page cache) of a child process that does only
 *             that (re-executed: -S)
 *   attach    a new process: open the store, one SNI lookup (first
 *             lookup of a worker; the TLS handshake itself is in
 *             bench_handshake)
 *
 *   bench_scale [-d DIR] [-n 1000,10000,100000] [-t SECONDS] [-H HB_MS]
 *   bench_scale -s STORE [-m NAME]    (the documents of an existing store;
 *                                      NAME: the one-MD probe and the
 *                                      page cursor)
 *
 * The last column is the ratio of the largest N to the one before it
 * (target: within 20x for 10x the MDs).  Built with -DBENCH_OLD_API it
 * runs against a tree without the streaming API (the old code, for the
 * comparison in docs/benchmarks.md).  Nothing is asserted. */
#include "bench.h"

#include "drive.h"
#include "scale_conf.h"

#include <pthread.h>
#include <sys/wait.h>
#include <getopt.h>

#define MAX_SIZES 4

struct fig {
    double parse_ms, sync_ms, dispatch_ms;
    double hb_p50, hb_p99, hb_max;
    unsigned term_changes;
    size_t jobs;
    double doc_ms[4];
    long doc_kb[4];
    size_t doc_bytes[4];
    double attach_ms;
};

static const char *const doc_names[4] = {"md-status (all)", "metrics",
                                         "md-status (one MD)",
                                         "md-status (page of 100)"};
static const char *const doc_modes[4] = {"json", "metrics", "one", "page"};

/* ---- the log: when leadership and the sync happened ------------------- */

static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;
static int64_t t_lead, t_synced;

static void bench_log(void *baton, mdshm_log_level_t level, int err,
                      const char *file, int line, const char *msg)
{
    (void)baton, (void)level, (void)err, (void)file, (void)line;
    if (strstr(msg, ": leading (term")) {
        pthread_mutex_lock(&log_mu);
        if (!t_lead)
            t_lead = bench_mono_ns();
        pthread_mutex_unlock(&log_mu);
    } else if (strstr(msg, "configuration written to store")) {
        pthread_mutex_lock(&log_mu);
        if (!t_synced)
            t_synced = bench_mono_ns();
        pthread_mutex_unlock(&log_mu);
    }
}

static int64_t log_time(int64_t *t)
{
    int64_t v;

    pthread_mutex_lock(&log_mu);
    v = *t;
    pthread_mutex_unlock(&log_mu);
    return v;
}

/* ---- configuration ---------------------------------------------------- */

/* ---- the drives ------------------------------------------------------- */

struct sampler {
    mdshm_store_t *st;
    volatile bool stop;
    int64_t *ages;
    size_t n, cap;
    uint64_t last_term;
    unsigned changes;
};

static void *sampler_main(void *arg)
{
    struct sampler *s = arg;

    while (!s->stop) {
        mdshm_leader_status_t ls;
        if (log_time(&t_lead) && mdshm_leader_status(s->st, 0, &ls) == 0 &&
            ls.present) {
            if (s->last_term && ls.term != s->last_term)
                s->changes++;
            s->last_term = ls.term;
            if (s->n < s->cap && ls.heartbeat_age_ms >= 0) /* -1: none */
                s->ages[s->n++] = ls.heartbeat_age_ms;
        }
        bench_sleep_ms(10);
    }
    return NULL;
}

static int count_fn(void *baton, mdshm_db_t db, mdshm_buf_t k, mdshm_buf_t v)
{
    (void)db, (void)k, (void)v;
    (*(size_t *)baton)++;
    return 0;
}

static int jobs_fn(mdshm_reader_t *rd, void *baton)
{
    return mdshm_read_foreach(rd, MDSHM_DB_JOBS, count_fn, baton);
}

static int drives(mdshm_store_t *st, const mdshm_config_t *cfg, unsigned secs,
                  unsigned hb_ms, struct fig *f)
{
    mdshm_drive_opts_t o;
    struct scale_run a = {0}, b = {0};
    struct sampler s = {0};
    pthread_t ta, tb, ts;
    int rv;

    memset(&o, 0, sizeof(o));
    o.candidate.heartbeat_ms = hb_ms;
    t_lead = t_synced = 0;
    s.st = st;
    s.cap = 100000;
    if (!(s.ages = calloc(s.cap, sizeof(*s.ages))))
        return -ENOMEM;
    if ((rv = mdshm_drive_create(st, cfg, &o, &a.d)) < 0 ||
        (rv = mdshm_drive_create(st, cfg, &o, &b.d)) < 0)
        goto out;
    pthread_create(&ts, NULL, sampler_main, &s);
    pthread_create(&ta, NULL, scale_run_main, &a);
    while (!log_time(&t_lead))
        bench_sleep_ms(1);
    pthread_create(&tb, NULL, scale_run_main, &b);
    while (!log_time(&t_synced))
        bench_sleep_ms(5);
    f->sync_ms = (double)(t_synced - t_lead) / 1e6;
    bench_sleep_ms(secs * 1000);
    s.stop = true;
    pthread_join(ts, NULL);
    mdshm_drive_stop(b.d);
    pthread_join(tb, NULL);
    mdshm_drive_stop(a.d);
    pthread_join(ta, NULL);
    f->hb_p50 = (double)bench_pct(s.ages, s.n, 50);
    f->hb_p99 = (double)bench_pct(s.ages, s.n, 99);
    f->hb_max = (double)bench_pct(s.ages, s.n, 100);
    f->term_changes = s.changes;
    f->jobs = 0;
    rv = mdshm__read_once(st, jobs_fn, &f->jobs);
out:
    mdshm_drive_destroy(b.d);
    mdshm_drive_destroy(a.d);
    free(s.ages);
    return rv;
}

/* The median of 5 rounds (a round's figure varies with the machine). */
static int dispatch_round(mdshm_store_t *st, const mdshm_config_t *cfg,
                          struct fig *f)
{
    mdshm_drive_t *d;
    double t[5];
    int rv = mdshm_drive_create(st, cfg, NULL, &d);

    if (rv < 0)
        return rv;
    d->max_parallel = 0;
    for (int r = 0; r < 5; r++) {
        int64_t t0;
        for (size_t i = 0; i < d->n_mds; i++)
            d->mds[i].due_ms = (int64_t)(i * 7919 % d->n_mds);
        mdshm__drive_queue_reset(d);
        t0 = bench_mono_ns();
        mdshm__drive_dispatch(d, INT64_MAX - 1);
        t[r] = (double)(bench_mono_ns() - t0) / 1e6;
        if (t[r] > 5000) { /* the old quadratic code: one round is enough */
            f->dispatch_ms = t[r];
            goto out;
        }
    }
    f->dispatch_ms = bench_median(t, 5);
out:
    mdshm_drive_destroy(d);
    return 0;
}

/* ---- the documents, each in a child of its own ------------------------ */

static int discard(void *baton, const char *data, size_t len)
{
    (void)data;
    *(size_t *)baton += len;
    return 0;
}

/* The peak RSS of this process image in KiB (VmHWM: after exec, unlike
 * wait4's ru_maxrss, which includes the parent's pages at fork) less the
 * pages of the store's file mapped now (RssFile): a document that walks
 * every record touches the whole store, which is page cache shared with
 * every process, not memory the document costs. */
static long hwm_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1, file = 0, v;

    while (f && fgets(line, sizeof(line), f)) {
        if (sscanf(line, "VmHWM: %ld kB", &v) == 1)
            kb = v;
        else if (sscanf(line, "RssFile: %ld kB", &v) == 1)
            file = v;
    }
    if (f)
        fclose(f);
    return kb - file;
}

/* -S MODE STORE: one document (or an attach), "ms bytes kb" on stdout. */
static int child(const char *mode, const char *path, const char *name)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    size_t bytes = 0;
    int64_t t0 = bench_mono_ns(), now = (int64_t)time(NULL) * 1000;
    int rv;

    so.readonly = true;
    if (strcmp(mode, "attach") == 0) {
        mdshm_reader_t *rd;
        mdshm_buf_t md;
        if ((rv = mdshm_store_open(path, &so, &st)) == 0 &&
            (rv = mdshm_reader_create(st, &rd)) == 0) {
            if ((rv = mdshm_read_begin(rd)) == 0) {
                rv = mdshm_lookup_sni(rd, name, strlen(name), &md, NULL);
                mdshm_read_end(rd);
            }
            mdshm_reader_destroy(rd);
        }
        printf("%.3f 0 %ld\n", (double)(bench_mono_ns() - t0) / 1e6,
               hwm_kb());
        mdshm_store_close(st);
        return rv < 0;
    }
    if ((rv = mdshm_store_open(path, &so, &st)) < 0)
        return 1;
    t0 = bench_mono_ns();
#ifdef BENCH_OLD_API
    {
        char *doc = NULL;
        if (strcmp(mode, "metrics") == 0)
            rv = mdshm_status_metrics(st, now, &doc, &bytes);
        else if (strcmp(mode, "one") == 0)
            rv = mdshm_status_json(st, name, now, &doc, &bytes);
        else if (strcmp(mode, "json") == 0)
            rv = mdshm_status_json(st, NULL, now, &doc, &bytes);
        else
            rv = 1; /* no paging */
        free(doc);
    }
#else
    if (strcmp(mode, "metrics") == 0) {
        rv = mdshm_status_metrics_stream(st, now, discard, &bytes);
    } else if (strcmp(mode, "one") == 0) {
        rv = mdshm_status_json_stream(st, name, NULL, now, discard,
                                      &bytes);
    } else {
        /* the page after the probe's MD (the probe is its www. name) */
        mdshm_status_page_t pg = {strncmp(name, "www.", 4) ? name : name + 4,
                                  100};
        rv = mdshm_status_json_stream(st, NULL,
                                      strcmp(mode, "page") == 0 ? &pg : NULL,
                                      now, discard, &bytes);
    }
#endif
    (void)discard;
    printf("%.3f %zu %ld\n", (double)(bench_mono_ns() - t0) / 1e6, bytes,
           hwm_kb());
    mdshm_store_close(st);
    return rv != 0;
}

static const char *probe = "www.md000007.example"; /* -m */

static int in_child(const char *self, const char *mode, const char *path,
                    double *ms, size_t *bytes, long *kb)
{
    int pfd[2], status;
    char buf[128] = "";
    pid_t pid;
    ssize_t n;

    if (pipe(pfd) < 0)
        return -errno;
    if ((pid = fork()) == 0) {
        dup2(pfd[1], 1);
        close(pfd[0]);
        execl(self, self, "-S", mode, path, probe, (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    n = read(pfd[0], buf, sizeof(buf) - 1);
    close(pfd[0]);
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0 || n <= 0 ||
        sscanf(buf, "%lf %zu %ld", ms, bytes, kb) != 3)
        return -1;
    return 0;
}

/* -s STORE: only the documents of an existing store (e.g. bench_status -k
 * with records of every kind), the one-MD probe and page cursor from -m. */
static int docs_of(const char *self, const char *path)
{
    printf("\n| document | ms | peak memory MB | MB |\n|---|---:|---:|---:|\n");
    for (int d = 0; d < 5; d++) {
        double ms = -1;
        size_t bytes = 0;
        long kb = 0;
        const char *mode = d < 4 ? doc_modes[d] : "attach";
        if (in_child(self, mode, path, &ms, &bytes, &kb) < 0)
            ms = -1;
        printf("| %s | %.1f | %.1f | %.1f |\n",
               d < 4 ? doc_names[d] : "worker attach + first lookup", ms,
               (double)kb / 1024, (double)bytes / 1e6);
    }
    return 0;
}

/* ---- the table -------------------------------------------------------- */

static void row(const char *what, const char *unit, const double *v,
                unsigned n_sizes)
{
    printf("| %s | %s |", what, unit);
    for (unsigned i = 0; i < n_sizes; i++)
        printf(" %.1f |", v[i]);
    if (n_sizes >= 2 && v[n_sizes - 2] > 0)
        printf(" %.1fx |\n", v[n_sizes - 1] / v[n_sizes - 2]);
    else
        printf(" - |\n");
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *sizes_arg = "1000,10000,100000";
    unsigned sizes[MAX_SIZES], n_sizes = 0, secs = 10, hb_ms = 1000;
    struct fig fig[MAX_SIZES];
    char work[512], path[600], *self = argv[0];
    bool created = false;
    const char *docs_only = NULL;
    int opt, rv = 0;

    if (argc == 5 && strcmp(argv[1], "-S") == 0)
        return child(argv[2], argv[3], argv[4]);
    while ((opt = getopt(argc, argv, "d:n:t:H:s:m:")) != -1) {
        if (opt == 's')
            docs_only = optarg;
        else if (opt == 'm')
            probe = optarg;
        else if (opt == 'd')
            dir = optarg;
        else if (opt == 'n')
            sizes_arg = optarg;
        else if (opt == 't')
            secs = (unsigned)strtoul(optarg, NULL, 10);
        else if (opt == 'H')
            hb_ms = (unsigned)strtoul(optarg, NULL, 10);
        else
            return 1;
    }
    for (const char *p = sizes_arg; *p && n_sizes < MAX_SIZES;) {
        char *end;
        sizes[n_sizes++] = (unsigned)strtoul(p, &end, 10);
        p = *end == ',' ? end + 1 : end;
    }
    bench_print_cmd(argc, argv);
    if (docs_only)
        return docs_of(self, docs_only);
    if ((rv = bench_workdir(dir, work, sizeof(work), &created)) < 0) {
        fprintf(stderr, "work directory: %s\n", strerror(-rv));
        return 1;
    }
    mdshm_set_default_log(bench_log, NULL, MDSHM_LOG_INFO);
    memset(fig, 0, sizeof(fig));
    for (unsigned k = 0; k < n_sizes && rv == 0; k++) {
        unsigned n = sizes[k];
        mdshm_store_opts_t so = {0};
        mdshm_store_t *st = NULL;
        mdshm_config_t *cfg = NULL;
        size_t len = 0;
        char *text = scale_conf_text(n, "0", 0, &len);
        int64_t t0 = bench_mono_ns();

        fprintf(stderr, "bench_scale: %u MDs...\n", n);
        if (!text || (rv = mdshm_config_parse(text, len, "scale.conf",
                                              &cfg)) < 0)
            break;
        fig[k].parse_ms = (double)(bench_mono_ns() - t0) / 1e6;
        free(text);
        snprintf(path, sizeof(path), "%s/store-%u", work, n);
        so.create = true;
        so.mapsize = (size_t)4 << 30;
        if ((rv = mdshm_store_open(path, &so, &st)) == 0 &&
            (rv = drives(st, cfg, secs, hb_ms, &fig[k])) == 0)
            rv = dispatch_round(st, cfg, &fig[k]);
        mdshm_store_close(st);
        mdshm_config_free(cfg);
        for (int d = 0; d < 4 && rv == 0; d++)
            if (in_child(self, doc_modes[d], path, &fig[k].doc_ms[d],
                         &fig[k].doc_bytes[d], &fig[k].doc_kb[d]) < 0)
                fig[k].doc_ms[d] = -1; /* not available (old API: paging) */
        if (rv == 0) {
            size_t b;
            long kb;
            if (in_child(self, "attach", path, &fig[k].attach_ms, &b,
                         &kb) < 0)
                fig[k].attach_ms = -1;
        }
        bench_rmtree(path);
    }
    if (rv < 0) {
        fprintf(stderr, "bench_scale: %s\n", mdshm_strerror(rv));
        goto out;
    }
    printf("\nbench_scale: heartbeat every %u ms, stale limit 10000 ms, "
           "%u s of load after the sync; two drives on one store\n\n",
           hb_ms, secs);
    printf("| figure | unit |");
    for (unsigned i = 0; i < n_sizes; i++)
        printf(" %u MDs |", sizes[i]);
    printf(" ratio last/prev |\n|---|---|");
    for (unsigned i = 0; i <= n_sizes; i++)
        printf("---:|");
    printf("\n");
    double v[MAX_SIZES] = {0};
#define ROW(what, unit, expr)                                                 \
    do {                                                                      \
        for (unsigned i = 0; i < n_sizes; i++)                                \
            v[i] = (expr);                                                    \
        row(what, unit, v, n_sizes);                                          \
    } while (0)
    ROW("config parse", "ms", fig[i].parse_ms);
    ROW("config sync", "ms", fig[i].sync_ms);
    ROW("dispatch round (all due)", "ms", fig[i].dispatch_ms);
    ROW("heartbeat age p50", "ms", fig[i].hb_p50);
    ROW("heartbeat age p99", "ms", fig[i].hb_p99);
    ROW("heartbeat age max", "ms", fig[i].hb_max);
    ROW("term changes", "count", (double)fig[i].term_changes);
    ROW("MD runs done", "count", (double)fig[i].jobs);
    for (int d = 0; d < 4; d++) {
        char what[64];
        snprintf(what, sizeof(what), "%s time", doc_names[d]);
        ROW(what, "ms", fig[i].doc_ms[d]);
        snprintf(what, sizeof(what), "%s peak memory", doc_names[d]);
        ROW(what, "MB", (double)fig[i].doc_kb[d] / 1024);
        snprintf(what, sizeof(what), "%s size", doc_names[d]);
        ROW(what, "MB", (double)fig[i].doc_bytes[d] / 1e6);
    }
    ROW("worker attach + first lookup", "ms", fig[i].attach_ms);
out:
    if (created)
        bench_rmtree(work);
    return rv < 0 ? 1 : 0;
}
