/*
 * bench_lookup.c -- the SNI lookup of the worker hot path, side by side.
 *
 * For each store size N (default 1,000 and 100,000 names) and each number
 * of reader processes P (default 1, 2, 4), every process times three paths
 * that do the same work -- lower-case the SNI name, find its MD, check the
 * answer -- interleaved in rounds so that they share the machine's noise:
 *
 *   hash   a process-private open-addressing hash table (name -> MD name),
 *          built in the process after fork: the limit (no sharing at all);
 *   store  mdshm_read_begin + mdshm_lookup_sni + mdshm_read_end per lookup,
 *          on a store opened read-only in the process after fork;
 *   file   one small file per name holding its MD name, as mod_md's file
 *          store is read: openat + read + close per lookup (flat directory
 *          for N <= 10,000, else a 2-level hashed tree of 64 x 64 dirs).
 *
 * Names are "h0001234.example.com", 100 per MD ("md00012"), written by an
 * elected leader through mdshm__w_put_md, 100 MDs per write transaction.
 * Lookup keys are drawn at random from the N names, in random mixed case,
 * pre-generated per process; all three paths get the same keys each round.
 * Every lookup is validated (the expected MD must come back); errors are
 * counted and must be 0.
 *
 * Time is CPU time of the measuring thread (CLOCK_THREAD_CPUTIME_ID) around
 * each block of lookups, summed per path.  Reported per (N, P): the median
 * over the P processes of ns per lookup for each path, and the median of
 * the per-process ratios store/hash and file/store.
 *
 * Worker attach: in a freshly forked child, mdshm_store_open(read-only) +
 * mdshm_reader_create + the first read (begin, one lookup, end), wall time
 * (CLOCK_MONOTONIC); p50 over the forks.  Twice: with nobody else holding
 * the store (the child is the first opener, which re-initialises LMDB's
 * lock file), and while another process keeps it open, as a server's parent
 * or drive does.
 *
 * Usage: bench_lookup [-d DIR] [-f FILES_DIR] [-n N[,N..]] [-p P[,P..]]
 *                     [-r ROUNDS] [-b LOOKUPS_PER_ROUND] [-a ATTACH_FORKS]
 *                     [-s SEED]
 * DIR holds the stores and, unless -f names another place (say a tmpfs),
 * the file trees; without -d a new $TMPDIR/mdshm-bench.XXXXXX is used.
 * Exit status: 0, or 1 if any lookup failed validation or setup failed.
 * Targets are printed, never enforced (set MDSHM_BENCH_STRICT=1 to make a
 * missed target exit 2).
 */
#include "bench.h"
#include "shm.h" /* the store's write side (internal) */

#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define NAMES_PER_MD 100
#define MDS_PER_TXN 100
#define KEY_MAX 24       /* "h0001234.example.com" is 20 */
#define MDNAME_LEN 7     /* "md00012" */
#define WARM_ROUNDS 2    /* untimed rounds first: page faults, caches */
#define FLAT_MAX 10000   /* more names: 2-level hashed file tree */
#define MAX_SIZES 8
#define MAX_PROCS 64

/* Targets (issue): store <= 2.5 x hash, file >= 5 x store, attach <= 0.2 ms */
#define TARGET_STORE_HASH 2.5
#define TARGET_FILE_STORE 5.0
#define TARGET_ATTACH_MS 0.2

enum { P_HASH, P_STORE, P_FILE, NPATH };

typedef struct key {
    char s[KEY_MAX - 1];
    uint8_t len;
    uint32_t md; /* expected MD index */
} lkey_t;

typedef struct dataset {
    unsigned n;     /* names */
    unsigned n_md;  /* MDs */
    bool hashed;    /* file tree: 2 levels */
    char store[PATH_MAX];
    char files[PATH_MAX];
    double populate_ms, files_ms;
    unsigned txns;
} dataset_t;

/* Results of one lookup process, in shared memory. */
typedef struct proc_res {
    int64_t ns[NPATH];
    uint64_t errors[NPATH];
    uint64_t lookups; /* per path */
    double hash_build_ms;
    double store_open_ms;
    int setup_rv; /* 0 or the failing code */
    char setup_what[64];
} proc_res_t;

typedef struct row {
    unsigned n, procs;
    double ns[NPATH];
    double store_min, store_max;
    double store_hash, file_store;
    uint64_t errors;
    double hash_build_ms, wall_s;
} row_t;

typedef struct attach_res {
    int64_t open_ns, reader_ns, first_ns, total_ns, cpu_ns;
    int rv;
} attach_res_t;

typedef struct attach_row {
    unsigned n, forks;
    double p50, p90, max, open50, reader50, first50, cpu50;
    unsigned errors;
} attach_row_t;

static struct {
    unsigned rounds, per_round, attach_forks;
    uint64_t seed;
} opt = {200, 1000, 60, 0x6d6473686dULL};

#define MAX_MDS 100000
static char md_names[MAX_MDS][12]; /* "md00000".."md99999" */

static void name_of(unsigned i, char *out)
{
    snprintf(out, KEY_MAX, "h%07u.example.com", i);
}

/* ---- the work every path does: check and lower-case the SNI name ------
 * (the same rules as the library's normalize step, so the paths compare
 * like with like) */

static int lower_name(const char *name, size_t len, char *buf)
{
    if (len > 0 && name[len - 1] == '.')
        len--;
    if (len == 0 || len > MDSHM_MAX_NAME_LEN)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '_' || c == '.' || c == '*' || c == ':'))
            return -1;
        if (c == '.' && (i == 0 || buf[i - 1] == '.'))
            return -1;
        buf[i] = (char)c;
    }
    return (int)len;
}

static uint32_t fnv1a(const char *p, size_t n)
{
    uint32_t h = 2166136261u;

    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 16777619u;
    }
    return h;
}

static bool md_ok(const void *p, size_t n, uint32_t md)
{
    return n == MDNAME_LEN && memcmp(p, md_names[md], MDNAME_LEN) == 0;
}

/* ---- hash: process-private open addressing -------------------------- */

typedef struct hent {
    const char *key;
    const char *md;
    uint32_t hash;
    uint16_t klen, mdlen;
} hent_t;

typedef struct htab {
    hent_t *e;
    size_t mask;
    char *arena;
} htab_t;

static int htab_build(htab_t *h, unsigned n)
{
    size_t cap = 16;

    while (cap < 2 * (size_t)n)
        cap *= 2;
    h->mask = cap - 1;
    h->e = calloc(cap, sizeof(*h->e));
    h->arena = malloc((size_t)n * KEY_MAX);
    if (!h->e || !h->arena)
        return -ENOMEM;
    for (unsigned i = 0; i < n; i++) {
        char *k = h->arena + (size_t)i * KEY_MAX;
        size_t kl;
        uint32_t hv;

        name_of(i, k);
        kl = strlen(k);
        hv = fnv1a(k, kl);
        for (size_t j = hv & h->mask;; j = (j + 1) & h->mask) {
            if (!h->e[j].key) {
                h->e[j] = (hent_t){k, md_names[i / NAMES_PER_MD], hv,
                                   (uint16_t)kl, MDNAME_LEN};
                break;
            }
        }
    }
    return 0;
}

static void htab_free(htab_t *h)
{
    free(h->e);
    free(h->arena);
}

static const hent_t *htab_get(const htab_t *h, const char *k, size_t n)
{
    uint32_t hv = fnv1a(k, n);

    for (size_t j = hv & h->mask; h->e[j].key; j = (j + 1) & h->mask) {
        const hent_t *e = &h->e[j];
        if (e->hash == hv && e->klen == n && memcmp(e->key, k, n) == 0)
            return e;
    }
    return NULL;
}

/* ---- file per name ---------------------------------------------------- */

static const char hexd[] = "0123456789abcdef";

/* Path of a name's file relative to the tree root. */
static size_t file_rel(char *out, const char *lname, size_t n, bool hashed)
{
    size_t o = 0;

    if (hashed) {
        uint32_t h = fnv1a(lname, n);
        unsigned a = h & 63, b = (h >> 6) & 63;
        out[o++] = hexd[a >> 4];
        out[o++] = hexd[a & 15];
        out[o++] = '/';
        out[o++] = hexd[b >> 4];
        out[o++] = hexd[b & 15];
        out[o++] = '/';
    }
    memcpy(out + o, lname, n);
    o += n;
    out[o] = 0;
    return o;
}

static int files_build(dataset_t *ds)
{
    char name[KEY_MAX], rel[KEY_MAX + 8];
    int root, fd, rv = 0;

    if (mkdir(ds->files, 0700) < 0)
        return -errno;
    root = open(ds->files, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return -errno;
    if (ds->hashed) {
        for (unsigned a = 0; a < 64 && rv == 0; a++) {
            char d[8] = {hexd[a >> 4], hexd[a & 15], 0};
            if (mkdirat(root, d, 0700) < 0)
                rv = -errno;
            for (unsigned b = 0; b < 64 && rv == 0; b++) {
                char d2[8] = {d[0], d[1], '/', hexd[b >> 4], hexd[b & 15], 0};
                if (mkdirat(root, d2, 0700) < 0)
                    rv = -errno;
            }
        }
    }
    for (unsigned i = 0; i < ds->n && rv == 0; i++) {
        name_of(i, name);
        file_rel(rel, name, strlen(name), ds->hashed);
        fd = openat(root, rel, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            rv = -errno;
            break;
        }
        if (write(fd, md_names[i / NAMES_PER_MD], MDNAME_LEN) != MDNAME_LEN)
            rv = -EIO;
        close(fd);
    }
    close(root);
    return rv;
}

/* ---- the store ---------------------------------------------------------- */

struct populate {
    const char (*names)[KEY_MAX];
    unsigned n, md_from, md_to;
};

static int populate_fn(mdshm__wtxn_t *w, void *baton)
{
    const struct populate *p = baton;
    static mdshm_md_rec_t md; /* large; one writer thread */
    int rv;

    for (unsigned m = p->md_from; m < p->md_to; m++) {
        unsigned first = m * NAMES_PER_MD;
        unsigned last = first + NAMES_PER_MD < p->n ? first + NAMES_PER_MD
                                                    : p->n;
        memset(&md, 0, sizeof(md));
        md.name = (mdshm_buf_t){(const uint8_t *)md_names[m], MDNAME_LEN};
        md.state = MDSHM_MD_COMPLETE;
        md.renew_mode = 1;
        md.n_key_specs = 1;
        md.key_specs[0] = (mdshm_buf_t){(const uint8_t *)"secp256r1", 9};
        md.n_names = last - first;
        for (unsigned j = 0; j < md.n_names; j++)
            md.names[j] = (mdshm_buf_t){(const uint8_t *)p->names[first + j],
                                        strlen(p->names[first + j])};
        rv = mdshm__w_put_md(w, &md);
        if (rv < 0) {
            fprintf(stderr, "mdshm__w_put_md(%s): %s\n", md_names[m],
                    mdshm_strerror(rv));
            return rv;
        }
    }
    return 0;
}

static int store_build(dataset_t *ds)
{
    mdshm_store_opts_t so = {.create = true};
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_store_stats_t stats;
    char (*names)[KEY_MAX] = NULL;
    int rv;

    names = malloc((size_t)ds->n * KEY_MAX);
    if (!names)
        return -ENOMEM;
    for (unsigned i = 0; i < ds->n; i++)
        name_of(i, names[i]);
    rv = mdshm_store_open(ds->store, &so, &st);
    if (rv < 0) {
        fprintf(stderr, "mdshm_store_open(%s): %s\n", ds->store,
                mdshm_strerror(rv));
        goto out;
    }
    rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0)
        rv = mdshm__candidate_try(c);
    if (rv != 1) {
        fprintf(stderr, "leadership for the writer: %s\n",
                rv == 0 ? "not leader" : mdshm_strerror(rv));
        rv = rv == 0 ? MDSHM_EBUSY : rv;
        goto out;
    }
    ds->txns = 0;
    for (unsigned m = 0; m < ds->n_md; m += MDS_PER_TXN) {
        struct populate p = {(const char(*)[KEY_MAX])names, ds->n, m,
                             m + MDS_PER_TXN < ds->n_md ? m + MDS_PER_TXN
                                                        : ds->n_md};
        rv = mdshm__leader_write(c, populate_fn, &p);
        if (rv < 0) {
            fprintf(stderr, "mdshm__leader_write: %s\n", mdshm_strerror(rv));
            goto out;
        }
        ds->txns++;
    }
    rv = mdshm_store_stats(st, &stats);
    if (rv < 0) {
        fprintf(stderr, "mdshm_store_stats: %s\n", mdshm_strerror(rv));
        goto out;
    }
    if (stats.entries[MDSHM_DB_NAMES] != ds->n ||
        stats.entries[MDSHM_DB_MDS] != ds->n_md) {
        fprintf(stderr, "store has %llu names and %llu MDs, expected %u/%u\n",
                (unsigned long long)stats.entries[MDSHM_DB_NAMES],
                (unsigned long long)stats.entries[MDSHM_DB_MDS], ds->n,
                ds->n_md);
        rv = MDSHM_ECORRUPT;
    }
out:
    mdshm__candidate_destroy(c); /* steps down: no leader across fork */
    mdshm_store_close(st);
    free(names);
    return rv;
}

/* ---- one lookup process --------------------------------------------- */

static lkey_t *gen_keys(unsigned n, size_t count, uint64_t seed)
{
    lkey_t *k = malloc(count * sizeof(*k));
    uint64_t s = seed | 1;

    if (!k)
        return NULL;
    for (size_t i = 0; i < count; i++) {
        unsigned idx = (unsigned)(bench_rng(&s) % n);
        uint64_t bits = bench_rng(&s);
        char buf[KEY_MAX];
        size_t len;

        name_of(idx, buf);
        len = strlen(buf);
        for (size_t j = 0; j < len; j++, bits >>= 1)
            if (buf[j] >= 'a' && buf[j] <= 'z' && (bits & 1))
                buf[j] = (char)(buf[j] - 32);
        memcpy(k[i].s, buf, len);
        k[i].len = (uint8_t)len;
        k[i].md = idx / NAMES_PER_MD;
    }
    return k;
}

static __attribute__((noinline)) uint64_t
run_hash(const htab_t *h, const lkey_t *k, unsigned n)
{
    char buf[MDSHM_MAX_NAME_LEN + 1];
    uint64_t err = 0;

    for (unsigned i = 0; i < n; i++) {
        int len = lower_name(k[i].s, k[i].len, buf);
        const hent_t *e = len < 0 ? NULL : htab_get(h, buf, (size_t)len);
        if (!e || !md_ok(e->md, e->mdlen, k[i].md))
            err++;
    }
    return err;
}

static __attribute__((noinline)) uint64_t
run_store(mdshm_reader_t *rd, const lkey_t *k, unsigned n)
{
    mdshm_buf_t md;
    uint64_t err = 0;

    for (unsigned i = 0; i < n; i++) {
        if (mdshm_read_begin(rd) != 0) {
            err++;
            continue;
        }
        if (mdshm_lookup_sni(rd, k[i].s, k[i].len, &md, NULL) != 0 ||
            !md_ok(md.p, md.n, k[i].md))
            err++;
        mdshm_read_end(rd);
    }
    return err;
}

static __attribute__((noinline)) uint64_t
run_file(int root, bool hashed, const lkey_t *k, unsigned n)
{
    char buf[MDSHM_MAX_NAME_LEN + 1], rel[MDSHM_MAX_NAME_LEN + 8], val[256];
    uint64_t err = 0;

    for (unsigned i = 0; i < n; i++) {
        int len = lower_name(k[i].s, k[i].len, buf);
        ssize_t got;
        int fd;

        if (len < 0) {
            err++;
            continue;
        }
        file_rel(rel, buf, (size_t)len, hashed);
        fd = openat(root, rel, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            err++;
            continue;
        }
        got = read(fd, val, sizeof(val));
        close(fd);
        if (got < 0 || !md_ok(val, (size_t)got, k[i].md))
            err++;
    }
    return err;
}

static void setup_fail(proc_res_t *res, int rv, const char *what)
{
    res->setup_rv = rv ? rv : -1;
    snprintf(res->setup_what, sizeof(res->setup_what), "%s", what);
}

static void lookup_child(const dataset_t *ds, unsigned idx, proc_res_t *res,
                         int ready_w, int go_r)
{
    const size_t total = (size_t)(opt.rounds + WARM_ROUNDS) * opt.per_round;
    mdshm_store_opts_t so = {.readonly = true};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    htab_t h = {0};
    lkey_t *keys;
    int64_t t0, sum[NPATH] = {0};
    uint64_t err[NPATH] = {0};
    int root = -1, rv;
    char c = 0;

    keys = gen_keys(ds->n, total, opt.seed ^ ((uint64_t)(idx + 1) << 32) ^
                                      ds->n);
    if (!keys) {
        setup_fail(res, -ENOMEM, "keys");
        goto ready;
    }
    t0 = bench_mono_ns();
    rv = htab_build(&h, ds->n);
    res->hash_build_ms = (double)(bench_mono_ns() - t0) / 1e6;
    if (rv < 0) {
        setup_fail(res, rv, "hash table");
        goto ready;
    }
    t0 = bench_mono_ns();
    rv = mdshm_store_open(ds->store, &so, &st); /* after fork */
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    res->store_open_ms = (double)(bench_mono_ns() - t0) / 1e6;
    if (rv < 0) {
        setup_fail(res, rv, "store open");
        goto ready;
    }
    root = open(ds->files, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        setup_fail(res, -errno, "file tree");
ready:
    c = res->setup_rv ? 'E' : 'R';
    if (write(ready_w, &c, 1) != 1 || read(go_r, &c, 1) != 1 ||
        res->setup_rv)
        _exit(1);

    for (unsigned r = 0; r < opt.rounds + WARM_ROUNDS; r++) {
        const lkey_t *k = keys + (size_t)r * opt.per_round;
        for (unsigned j = 0; j < NPATH; j++) {
            unsigned p = (r + j) % NPATH; /* rotate the order each round */
            uint64_t e;
            int64_t t = bench_cpu_ns();
            if (p == P_HASH)
                e = run_hash(&h, k, opt.per_round);
            else if (p == P_STORE)
                e = run_store(rd, k, opt.per_round);
            else
                e = run_file(root, ds->hashed, k, opt.per_round);
            t = bench_cpu_ns() - t;
            err[p] += e;
            if (r >= WARM_ROUNDS)
                sum[p] += t;
        }
    }
    for (unsigned p = 0; p < NPATH; p++) {
        res->ns[p] = sum[p];
        res->errors[p] = err[p];
    }
    res->lookups = (uint64_t)opt.rounds * opt.per_round;
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    close(root);
    htab_free(&h);
    free(keys);
    _exit(0);
}

static int run_config(const dataset_t *ds, unsigned procs, row_t *row)
{
    proc_res_t *res;
    pid_t pids[MAX_PROCS];
    double v[NPATH][MAX_PROCS], sh[MAX_PROCS], fs[MAX_PROCS];
    double build[MAX_PROCS];
    int ready[2], go[2], rv = 0;
    unsigned started = 0, got = 0;
    int64_t t0;
    char c;

    memset(row, 0, sizeof(*row));
    row->n = ds->n;
    row->procs = procs;
    res = mmap(NULL, procs * sizeof(*res), PROT_READ | PROT_WRITE,
               MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (res == MAP_FAILED)
        return -errno;
    memset(res, 0, procs * sizeof(*res));
    if (pipe(ready) < 0 || pipe(go) < 0) {
        munmap(res, procs * sizeof(*res));
        return -errno;
    }
    fflush(NULL);
    for (; started < procs; started++) {
        pid_t pid = fork();
        if (pid < 0) {
            rv = -errno;
            break;
        }
        if (pid == 0) {
            close(ready[0]);
            close(go[1]);
            lookup_child(ds, started, &res[started], ready[1], go[0]);
        }
        pids[started] = pid;
    }
    close(ready[1]);
    close(go[0]);
    /* Start together once all are ready, so the P processes overlap. */
    while (got < started && read(ready[0], &c, 1) == 1)
        got++;
    t0 = bench_mono_ns();
    for (unsigned i = 0; i < started; i++)
        if (write(go[1], "g", 1) != 1)
            rv = -EPIPE;
    close(go[1]);
    close(ready[0]);
    for (unsigned i = 0; i < started; i++) {
        int status;
        while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR)
            ;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "lookup process %u (N=%u, P=%u) failed", i,
                    ds->n, procs);
            if (res[i].setup_rv)
                fprintf(stderr, ": %s: %s", res[i].setup_what,
                        mdshm_strerror(res[i].setup_rv));
            fprintf(stderr, "\n");
            rv = rv ? rv : MDSHM_ESTORE;
        }
    }
    row->wall_s = (double)(bench_mono_ns() - t0) / 1e9;
    if (rv == 0) {
        for (unsigned i = 0; i < procs; i++) {
            double n = (double)res[i].lookups;
            for (unsigned p = 0; p < NPATH; p++) {
                v[p][i] = (double)res[i].ns[p] / n;
                row->errors += res[i].errors[p];
            }
            sh[i] = v[P_STORE][i] / v[P_HASH][i];
            fs[i] = v[P_FILE][i] / v[P_STORE][i];
            build[i] = res[i].hash_build_ms;
            if (i == 0 || v[P_STORE][i] < row->store_min)
                row->store_min = v[P_STORE][i];
            if (v[P_STORE][i] > row->store_max)
                row->store_max = v[P_STORE][i];
        }
        for (unsigned p = 0; p < NPATH; p++)
            row->ns[p] = bench_median(v[p], procs);
        row->store_hash = bench_median(sh, procs);
        row->file_store = bench_median(fs, procs);
        row->hash_build_ms = bench_median(build, procs);
    }
    munmap(res, procs * sizeof(*res));
    return rv;
}

/* ---- worker attach ---------------------------------------------------- */

static void attach_child(const dataset_t *ds, int wfd, uint64_t seed)
{
    mdshm_store_opts_t so = {.readonly = true};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    attach_res_t r = {0};
    char name[KEY_MAX];
    unsigned idx = (unsigned)(seed % ds->n);
    mdshm_buf_t md;
    int64_t t0, t1, t2, t3, c0;

    name_of(idx, name);
    c0 = bench_clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    t0 = bench_mono_ns();
    r.rv = mdshm_store_open(ds->store, &so, &st);
    t1 = bench_mono_ns();
    if (r.rv == 0)
        r.rv = mdshm_reader_create(st, &rd);
    t2 = bench_mono_ns();
    if (r.rv == 0)
        r.rv = mdshm_read_begin(rd);
    if (r.rv == 0) {
        r.rv = mdshm_lookup_sni(rd, name, strlen(name), &md, NULL);
        if (r.rv == 0 && !md_ok(md.p, md.n, idx / NAMES_PER_MD))
            r.rv = MDSHM_ECORRUPT;
        mdshm_read_end(rd);
    }
    t3 = bench_mono_ns();
    r.cpu_ns = bench_clock_ns(CLOCK_PROCESS_CPUTIME_ID) - c0;
    r.open_ns = t1 - t0;
    r.reader_ns = t2 - t1;
    r.first_ns = t3 - t2;
    r.total_ns = t3 - t0;
    if (write(wfd, &r, sizeof(r)) != (ssize_t)sizeof(r))
        _exit(1);
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    _exit(0);
}

/* A process that keeps the store open (and holds a reader slot), as a
 * server's parent or drive does: a worker attaching then is not the first
 * opener of the environment, which re-initialises LMDB's lock file.
 * Returns its pid once it has read, or -1. */
static pid_t start_holder(const dataset_t *ds)
{
    int fds[2];
    char c = 0;
    pid_t pid;

    if (pipe(fds) < 0)
        return -1;
    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        mdshm_store_opts_t so = {.readonly = true};
        mdshm_store_t *st = NULL;
        mdshm_reader_t *rd = NULL;

        close(fds[0]);
        if (mdshm_store_open(ds->store, &so, &st) == 0 &&
            mdshm_reader_create(st, &rd) == 0 && mdshm_read_begin(rd) == 0) {
            mdshm_read_end(rd);
            c = 1;
        }
        if (write(fds[1], &c, 1) != 1 || !c)
            _exit(1);
        for (;;)
            pause(); /* until the parent's SIGKILL */
    }
    close(fds[1]);
    if (pid > 0 && (read(fds[0], &c, 1) != 1 || !c)) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        pid = -1;
    }
    close(fds[0]);
    return pid;
}

static int run_attach(const dataset_t *ds, attach_row_t *row, bool held)
{
    pid_t holder = -1;
    unsigned n = opt.attach_forks;
    int64_t *tot = calloc(n, sizeof(int64_t)), *op = calloc(n, sizeof(int64_t));
    int64_t *rdr = calloc(n, sizeof(int64_t)), *fr = calloc(n, sizeof(int64_t));
    int64_t *cpu = calloc(n, sizeof(int64_t));
    uint64_t s = opt.seed ^ 0xa77ac4ULL ^ ds->n;
    unsigned ok = 0;
    int fds[2], rv = 0;

    memset(row, 0, sizeof(*row));
    row->n = ds->n;
    if (!tot || !op || !rdr || !fr || !cpu || pipe(fds) < 0) {
        rv = -ENOMEM;
        goto out;
    }
    if (held && (holder = start_holder(ds)) < 0) {
        close(fds[0]);
        close(fds[1]);
        rv = MDSHM_ESTORE;
        goto out;
    }
    for (unsigned i = 0; i < n; i++) {
        attach_res_t r;
        uint64_t seed = bench_rng(&s);
        int status;
        pid_t pid;

        fflush(NULL);
        pid = fork();
        if (pid < 0) {
            rv = -errno;
            break;
        }
        if (pid == 0) {
            close(fds[0]);
            attach_child(ds, fds[1], seed);
        }
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
            read(fds[0], &r, sizeof(r)) != (ssize_t)sizeof(r) || r.rv != 0) {
            row->errors++;
            continue;
        }
        tot[ok] = r.total_ns;
        op[ok] = r.open_ns;
        rdr[ok] = r.reader_ns;
        fr[ok] = r.first_ns;
        cpu[ok] = r.cpu_ns;
        ok++;
    }
    close(fds[0]);
    close(fds[1]);
    if (holder > 0) {
        kill(holder, SIGKILL);
        while (waitpid(holder, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    row->forks = ok;
    row->p50 = (double)bench_pct(tot, ok, 50) / 1e6;
    row->p90 = (double)bench_pct(tot, ok, 90) / 1e6;
    row->max = (double)bench_pct(tot, ok, 100) / 1e6;
    row->open50 = (double)bench_pct(op, ok, 50) / 1e6;
    row->reader50 = (double)bench_pct(rdr, ok, 50) / 1e6;
    row->first50 = (double)bench_pct(fr, ok, 50) / 1e6;
    row->cpu50 = (double)bench_pct(cpu, ok, 50) / 1e6;
out:
    free(tot);
    free(op);
    free(rdr);
    free(fr);
    free(cpu);
    return rv;
}

/* ---- main ------------------------------------------------------------- */

static int parse_list(const char *s, unsigned *out, unsigned max,
                      unsigned lo, unsigned hi)
{
    unsigned n = 0;
    char *end;

    while (*s) {
        unsigned long v = strtoul(s, &end, 10);
        if (end == s || v < lo || v > hi || n == max)
            return -1;
        out[n++] = (unsigned)v;
        s = end;
        if (*s == ',')
            s++;
        else if (*s)
            return -1;
    }
    return (int)n;
}

static const char *verdict(bool ok)
{
    return ok ? "met" : "MISSED";
}

static void print_attach(const attach_row_t *rows, unsigned n,
                         const char *first, int *rc, bool *missed)
{
    printf("| %s | forks | p50 ms | p90 ms | max ms | open p50 us | "
           "reader p50 us | first read p50 us | CPU p50 us | errors | "
           "target |\n", first);
    printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (unsigned i = 0; i < n; i++) {
        const attach_row_t *a = &rows[i];
        bool ok = a->p50 <= TARGET_ATTACH_MS;
        if (a->errors)
            *rc = 1;
        *missed |= !ok;
        printf("| %u | %u | %.3f | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f | "
               "%u | %s |\n",
               a->n, a->forks, a->p50, a->p90, a->max, a->open50 * 1e3,
               a->reader50 * 1e3, a->first50 * 1e3, a->cpu50 * 1e3, a->errors,
               verdict(ok));
    }
}

int main(int argc, char **argv)
{
    unsigned sizes[MAX_SIZES] = {1000, 100000}, procs[MAX_SIZES] = {1, 2, 4};
    int nsizes = 2, nprocs = 3, ch, rc = 0;
    const char *given = NULL, *files_parent = NULL;
    char work[PATH_MAX], fwork[PATH_MAX];
    bool created, missed = false;
    row_t rows[MAX_SIZES * MAX_SIZES];
    attach_row_t arows[MAX_SIZES], hrows[MAX_SIZES];
    unsigned nrows = 0, narows = 0;
    int64_t t_start = bench_mono_ns();

    while ((ch = getopt(argc, argv, "d:f:n:p:r:b:a:s:h")) != -1) {
        switch (ch) {
        case 'd':
            given = optarg;
            break;
        case 'f':
            files_parent = optarg;
            break;
        case 'n':
            nsizes = parse_list(optarg, sizes, MAX_SIZES, 100,
                                9999999);
            break;
        case 'p':
            nprocs = parse_list(optarg, procs, MAX_SIZES, 1, MAX_PROCS);
            break;
        case 'r':
            opt.rounds = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 'b':
            opt.per_round = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 'a':
            opt.attach_forks = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 's':
            opt.seed = strtoull(optarg, NULL, 0);
            break;
        default:
            fprintf(stderr,
                    "usage: %s [-d DIR] [-f FILES_DIR] [-n N[,N..]] [-p P[,P..]] "
                    "[-r ROUNDS] [-b LOOKUPS] [-a FORKS] [-s SEED]\n",
                    argv[0]);
            return ch == 'h' ? 0 : 64;
        }
    }
    if (nsizes <= 0 || nprocs <= 0 || opt.rounds == 0 ||
        opt.per_round == 0 || opt.attach_forks == 0) {
        fprintf(stderr, "%s: bad option value\n", argv[0]);
        return 64;
    }
    if ((rc = bench_workdir(given, work, sizeof(work), &created)) < 0) {
        fprintf(stderr, "work directory: %s\n", strerror(-rc));
        return 1;
    }
    /* -f: the file-per-name trees elsewhere (another filesystem), in a
     * new 0700 directory there that is removed at the end */
    if ((size_t)snprintf(fwork, sizeof(fwork), "%s/mdshm-bench-files.XXXXXX",
                         files_parent ? files_parent : "") >= sizeof(fwork) ||
        (files_parent && !mkdtemp(fwork))) {
        fprintf(stderr, "file tree directory under %s: %s\n", files_parent,
                strerror(errno));
        return 1;
    }
    if (!files_parent)
        snprintf(fwork, sizeof(fwork), "%s", work);
    for (unsigned m = 0; m < MAX_MDS; m++)
        snprintf(md_names[m], sizeof(md_names[m]), "md%05u", m);

    printf("bench_lookup: SNI lookup, store vs private hash vs file per name\n");
    bench_print_cmd(argc, argv);
    printf("rounds %u x %u lookups per path per process (+%u warm-up "
           "rounds), CPU time per thread\nstores in %s, file trees in %s\n",
           opt.rounds, opt.per_round, WARM_ROUNDS, work, fwork);

    for (int si = 0; si < nsizes && rc == 0; si++) {
        dataset_t ds = {0};
        int64_t t;

        ds.n = sizes[si];
        ds.n_md = (ds.n + NAMES_PER_MD - 1) / NAMES_PER_MD;
        ds.hashed = ds.n > FLAT_MAX;
        if ((size_t)snprintf(ds.store, sizeof(ds.store), "%s/store-%u", work,
                             ds.n) >= sizeof(ds.store) ||
            (size_t)snprintf(ds.files, sizeof(ds.files), "%s/files-%u", fwork,
                             ds.n) >= sizeof(ds.files)) {
            rc = -ENAMETOOLONG;
            break;
        }

        bench_rmtree(ds.store); /* left over from an interrupted run */
        bench_rmtree(ds.files);
        t = bench_mono_ns();
        rc = store_build(&ds);
        ds.populate_ms = (double)(bench_mono_ns() - t) / 1e6;
        if (rc == 0) {
            t = bench_mono_ns();
            rc = files_build(&ds);
            ds.files_ms = (double)(bench_mono_ns() - t) / 1e6;
            if (rc < 0)
                fprintf(stderr, "file tree %s: %s\n", ds.files,
                        strerror(-rc));
        }
        if (rc == 0)
            printf("N=%u: store written by the leader in %.0f ms (%u MDs, "
                   "write transactions: %u); %u files (%s) in %.0f ms\n",
                   ds.n, ds.populate_ms, ds.n_md, ds.txns, ds.n,
                   ds.hashed ? "2-level hashed tree 64x64" : "one directory",
                   ds.files_ms);
        fflush(stdout);
        for (int pi = 0; pi < nprocs && rc == 0; pi++) {
            rc = run_config(&ds, procs[pi], &rows[nrows]);
            if (rc == 0) {
                printf("  N=%u P=%u done in %.1f s\n", ds.n, procs[pi],
                       rows[nrows].wall_s);
                fflush(stdout);
                nrows++;
            }
        }
        if (rc == 0)
            rc = run_attach(&ds, &arows[narows], false);
        if (rc == 0)
            rc = run_attach(&ds, &hrows[narows++], true);
        bench_rmtree(ds.files);
        bench_rmtree(ds.store);
    }
    if (files_parent)
        bench_rmtree(fwork);
    if (created)
        bench_rmtree(work);
    if (rc < 0) {
        fprintf(stderr, "bench_lookup: %s\n", mdshm_strerror(rc));
        return 1;
    }

    printf("\nSNI lookup, CPU ns per lookup (median over the P processes; "
           "ratios: median of per-process ratios)\n");
    printf("targets: store/hash <= %.1f at every size; file/store >= %.1f "
           "(store at least %.0fx faster than file per name)\n\n",
           TARGET_STORE_HASH, TARGET_FILE_STORE, TARGET_FILE_STORE);
    printf("| names | procs | hash ns | store ns | store ns min-max | "
           "file ns | store/hash | file/store | errors | targets |\n");
    printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (unsigned i = 0; i < nrows; i++) {
        const row_t *r = &rows[i];
        bool ok1 = r->store_hash <= TARGET_STORE_HASH;
        bool ok2 = r->file_store >= TARGET_FILE_STORE;
        if (r->errors)
            rc = 1;
        missed |= !ok1 || !ok2;
        printf("| %u | %u | %.0f | %.0f | %.0f-%.0f | %.0f | %.2f | %.2f | "
               "%llu | store/hash %s, file/store %s |\n",
               r->n, r->procs, r->ns[P_HASH], r->ns[P_STORE], r->store_min,
               r->store_max, r->ns[P_FILE], r->store_hash, r->file_store,
               (unsigned long long)r->errors, verdict(ok1), verdict(ok2));
    }
    printf("\nprivate hash table build per process (median): ");
    for (unsigned i = 0; i < nrows; i++)
        if (i == 0 || rows[i].n != rows[i - 1].n)
            printf("%sN=%u %.1f ms", i ? ", " : "", rows[i].n,
                   rows[i].hash_build_ms);
    printf("\n\nWorker attach: fresh fork -> mdshm_store_open(readonly) + "
           "mdshm_reader_create + first read, wall ms; target p50 <= %.1f ms"
           "\n\n",
           TARGET_ATTACH_MS);
    print_attach(arows, narows, "names", &rc, &missed);
    printf("\nThe same while another process keeps the store open (as a "
           "server's parent or drive does; above, every child is the first "
           "opener and LMDB re-initialises its lock file)\n\n");
    print_attach(hrows, narows, "names (store held)", &rc, &missed);
    printf("\nvalidation: %s; targets: %s; total %.1f s\n",
           rc ? "ERRORS (see the errors columns)" : "every lookup returned "
                                                    "the expected MD",
           missed ? "some MISSED" : "all met",
           (double)(bench_mono_ns() - t_start) / 1e9);
    if (rc == 0 && missed) {
        const char *strict = getenv("MDSHM_BENCH_STRICT");
        if (strict && *strict && strcmp(strict, "0") != 0)
            rc = 2;
    }
    return rc;
}
