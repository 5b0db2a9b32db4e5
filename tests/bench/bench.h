/* bench.h -- helpers shared by the benchmark programs in tests/bench/
 * (header only: `make bench` builds each tests/bench/X.c on its own).
 *
 * Clocks: CPU time (CLOCK_THREAD_CPUTIME_ID) for per-lookup costs, which
 * a noisy 2-vCPU machine disturbs least; CLOCK_MONOTONIC for latencies that
 * include waiting (fsync, wake-ups, process exit), which CPU time cannot
 * see.  CLOCK_MONOTONIC is one clock for all processes of the host, so
 * stamps taken in different processes can be subtracted. */
#ifndef MDSHM_BENCH_H
#define MDSHM_BENCH_H

#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static inline int64_t bench_clock_ns(clockid_t id)
{
    struct timespec ts;

    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline int64_t bench_mono_ns(void)
{
    return bench_clock_ns(CLOCK_MONOTONIC);
}

static inline int64_t bench_cpu_ns(void)
{
    return bench_clock_ns(CLOCK_THREAD_CPUTIME_ID);
}

static inline void bench_sleep_ms(unsigned ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};

    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* xorshift64*: fast, good enough to draw keys and pauses. */
static inline uint64_t bench_rng(uint64_t *s)
{
    uint64_t x = *s;

    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static inline int bench_cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

    return (x > y) - (x < y);
}

static inline int bench_cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* Nearest-rank percentile (0 < p <= 100) of @v; sorts @v in place. */
static inline int64_t bench_pct(int64_t *v, size_t n, double p)
{
    size_t k;

    if (n == 0)
        return 0;
    qsort(v, n, sizeof(*v), bench_cmp_i64);
    k = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (k < 1)
        k = 1;
    if (k > n)
        k = n;
    return v[k - 1];
}

/* Median of @v (mean of the middle two for an even count); sorts @v. */
static inline double bench_median(double *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof(*v), bench_cmp_dbl);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static inline void bench_print_cmd(int argc, char **argv)
{
    printf("command:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
}

static inline int bench_rm_one(const char *path, const struct stat *sb,
                               int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path) < 0 && errno != ENOENT ? -1 : 0;
}

/* rm -rf @path (no symlinks followed). */
static inline int bench_rmtree(const char *path)
{
    return nftw(path, bench_rm_one, 64, FTW_DEPTH | FTW_PHYS);
}

/*
 * The working directory: @given (created 0700 if missing; the caller's, so
 * only what the program puts in it is removed), else a new
 * $TMPDIR/mdshm-bench.XXXXXX (mode 0700, removed at the end: *created set).
 */
static inline int bench_workdir(const char *given, char *out, size_t size,
                                bool *created)
{
    const char *tmp = getenv("TMPDIR");
    struct stat sb;

    *created = false;
    if (given) {
        if (mkdir(given, 0700) < 0 && errno != EEXIST)
            return -errno;
        if (stat(given, &sb) < 0)
            return -errno;
        if (!S_ISDIR(sb.st_mode))
            return -ENOTDIR;
        if ((sb.st_mode & 077) && chmod(given, 0700) < 0)
            return -errno;
        if ((size_t)snprintf(out, size, "%s", given) >= size)
            return -ENAMETOOLONG;
        return 0;
    }
    if ((size_t)snprintf(out, size, "%s/mdshm-bench.XXXXXX",
                         tmp && *tmp ? tmp : "/tmp") >= size)
        return -ENAMETOOLONG;
    if (!mkdtemp(out)) /* mode 0700 */
        return -errno;
    *created = true;
    return 0;
}

#endif
