/* bench_threads.c -- certificate lookups per second by the threads of one
 * process (a threaded server: httpd's event MPM), two ways, interleaved:
 *
 *   mutex  one worker for the process, every lookup under a pthread mutex
 *          (what mod_mdshm did before mdshm_tls_attach_thread);
 *   own    a worker per thread (mdshm_tls_attach_thread): no lock.
 *
 *   bench_threads -d DIR [-t THREADS[,THREADS..]] [-r ROUNDS] [-m MS]
 *
 * Setup in DIR: an ECDSA P-256 certificate for bench.example (openssl
 * req) imported into a store (mdshm_import_static).  For each thread
 * count, ROUNDS rounds alternate the two modes; in each, every thread
 * calls mdshm_tls_cert_select("bench.example") for MS ms (wall clock) and
 * checks that a certificate came back.  Workers are made before the clock
 * starts.  Reported, median over the rounds: lookups/s summed over the
 * threads (wall clock), the ratio own/mutex, and the CPU time per lookup
 * (the threads' CPU time over their lookups: waiting for the mutex costs
 * CPU when the waiters spin or sleep in futex calls).  On this 2-CPU machine more threads
 * than CPUs measure how a waiting lock holder hurts (a preempted thread
 * that holds the mutex stops every other one).
 *
 * Exit 0; 1 on a setup error or a failed lookup.
 */
#include "bench.h"
#include "mdshm.h"

#include <pthread.h>
#include <stdatomic.h>

#define NAME "bench.example"
#define MAX_T 64
#define MAX_ROUNDS 64

typedef struct run {
    mdshm_tls_worker_t *w;     /* the thread's worker (own) or the shared */
    pthread_mutex_t *mu;       /* mutex mode: taken around each lookup */
    const atomic_bool *go, *stop;
    uint64_t lookups, errors;
    int64_t cpu_ns;            /* the thread's CPU time in its loop */
} run_t;

static void *thread_main(void *arg)
{
    run_t *r = arg;
    mdshm_tls_cert_t c;

    int64_t t0;

    while (!atomic_load_explicit(r->go, memory_order_acquire))
        ;
    t0 = bench_cpu_ns();
    while (!atomic_load_explicit(r->stop, memory_order_relaxed)) {
        int st;

        if (r->mu)
            pthread_mutex_lock(r->mu);
        st = mdshm_tls_cert_select(r->w, NAME, sizeof(NAME) - 1, NULL, 0,
                                   &c);
        if (r->mu)
            pthread_mutex_unlock(r->mu);
        if (st != MDSHM_TLS_SERVED || !c.leaf)
            r->errors++;
        r->lookups++;
    }
    r->cpu_ns = bench_cpu_ns() - t0;
    return NULL;
}

/* One round: @n threads for @ms; lookups/s and CPU ns per lookup in
 * *cpu_ns, or -1 on an error. */
static double round_run(mdshm_tls_worker_t *base, unsigned n, bool own,
                        unsigned ms, double *cpu_ns)
{
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    pthread_t id[MAX_T];
    run_t r[MAX_T];
    atomic_bool go = false, stop = false;
    uint64_t total = 0, errors = 0;
    int64_t t0, t1, cpu = 0;
    unsigned made = 0;

    memset(r, 0, sizeof(r));
    for (unsigned i = 0; i < n; i++) {
        r[i].go = &go;
        r[i].stop = &stop;
        r[i].mu = own ? NULL : &mu;
        r[i].w = base;
        if (own && mdshm_tls_attach_thread(base, &r[i].w) < 0)
            break;
        if (pthread_create(&id[i], NULL, thread_main, &r[i]) != 0)
            break;
        made++;
    }
    t0 = bench_mono_ns();
    atomic_store_explicit(&go, true, memory_order_release);
    bench_sleep_ms(ms);
    atomic_store(&stop, true);
    for (unsigned i = 0; i < made; i++)
        pthread_join(id[i], NULL);
    t1 = bench_mono_ns();
    for (unsigned i = 0; i < n; i++) {
        total += r[i].lookups;
        errors += r[i].errors;
        cpu += r[i].cpu_ns;
        if (own)
            mdshm_tls_detach(r[i].w);
    }
    if (made != n || errors) {
        fprintf(stderr, "bench_threads: %u of %u threads, %llu errors\n",
                made, n, (unsigned long long)errors);
        return -1;
    }
    *cpu_ns = total ? (double)cpu / (double)total : 0;
    return (double)total / ((double)(t1 - t0) / 1e9);
}

static int setup(const char *dir, char *store, size_t size)
{
    char cmd[2048], cert[512], key[512];
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    int rv;

    snprintf(cert, sizeof(cert), "%s/cert.pem", dir);
    snprintf(key, sizeof(key), "%s/key.pem", dir);
    snprintf(store, size, "%s/store", dir);
    snprintf(cmd, sizeof(cmd),
             "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 "
             "-nodes -subj /CN=" NAME " -addext subjectAltName=DNS:" NAME
             " -days 30 -keyout '%s' -out '%s' 2>/dev/null", key, cert);
    if (system(cmd) != 0) {
        fprintf(stderr, "bench_threads: openssl req failed\n");
        return -1;
    }
    so.create = true;
    if ((rv = mdshm_store_open(store, &so, &st)) == 0)
        rv = mdshm_import_static(st, "bench", cert, key, NULL);
    mdshm_store_close(st);
    if (rv < 0)
        fprintf(stderr, "bench_threads: import: %s\n", mdshm_strerror(rv));
    return rv;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *tlist = "1,2,4,8,25";
    unsigned rounds = 6, ms = 300;
    char store[512], buf[256];
    mdshm_tls_opts_t o = {0};
    mdshm_tls_t *t = NULL;
    mdshm_tls_worker_t *w = NULL;
    int opt, rc = 1;

    while ((opt = getopt(argc, argv, "d:t:r:m:")) != -1) {
        switch (opt) {
        case 'd': dir = optarg; break;
        case 't': tlist = optarg; break;
        case 'r': rounds = (unsigned)atoi(optarg); break;
        case 'm': ms = (unsigned)atoi(optarg); break;
        default:
            fprintf(stderr, "usage: bench_threads -d DIR [-t N,N..] "
                            "[-r ROUNDS] [-m MS]\n");
            return 1;
        }
    }
    if (!dir || rounds < 1 || rounds > MAX_ROUNDS || ms < 1) {
        fprintf(stderr, "bench_threads: -d DIR needed; 1 <= ROUNDS <= %d\n",
                MAX_ROUNDS);
        return 1;
    }
    mkdir(dir, 0700);
    if (setup(dir, store, sizeof(store)) < 0)
        return 1;
    o.store_dir = store;
    if (mdshm_tls_init(&o, &t) < 0 || mdshm_tls_attach(t, &w) < 0)
        goto out;
    printf("certificate lookups/s by the threads of one process "
           "(mdshm_tls_cert_select, %u rounds of %u ms per mode, "
           "interleaved, median)\n\n"
           "| threads | mutex lookups/s | own lookups/s | own/mutex "
           "| mutex CPU ns/lookup | own CPU ns/lookup |\n"
           "|---|---|---|---|---|---|\n", rounds, ms);
    snprintf(buf, sizeof(buf), "%s", tlist);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        unsigned n = (unsigned)atoi(tok);
        double m[MAX_ROUNDS], own[MAX_ROUNDS], mc[MAX_ROUNDS],
            oc[MAX_ROUNDS];

        if (n < 1 || n > MAX_T)
            continue;
        for (unsigned i = 0; i < rounds; i++) {
            bool own_first = i % 2;
            double ac, bc;
            double a = round_run(w, n, own_first, ms, &ac);
            double b = round_run(w, n, !own_first, ms, &bc);

            if (a < 0 || b < 0)
                goto out;
            m[i] = own_first ? b : a;
            own[i] = own_first ? a : b;
            mc[i] = own_first ? bc : ac;
            oc[i] = own_first ? ac : bc;
        }
        qsort(m, rounds, sizeof(double), bench_cmp_dbl);
        qsort(own, rounds, sizeof(double), bench_cmp_dbl);
        qsort(mc, rounds, sizeof(double), bench_cmp_dbl);
        qsort(oc, rounds, sizeof(double), bench_cmp_dbl);
        printf("| %u | %.0f | %.0f | %.2f | %.0f | %.0f |\n", n,
               m[rounds / 2], own[rounds / 2], own[rounds / 2] / m[rounds / 2],
               mc[rounds / 2], oc[rounds / 2]);
        fflush(stdout);
    }
    rc = 0;
out:
    mdshm_tls_detach(w);
    mdshm_tls_free(t);
    return rc;
}
