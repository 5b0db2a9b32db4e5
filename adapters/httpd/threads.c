/* threads.c -- which worker a thread of the child uses.  Prefork: the
 * child's one worker.  Threaded MPMs (event, worker): every thread gets a
 * worker of its own on its first handshake or request
 * (mdshm_tls_attach_thread: its own reader and cache over the child's one
 * store and drive), detached when the thread exits, so the threads of a
 * child take no lock and make no system call between them.  A thread that
 * cannot have a reader of its own (the store's reader table is full) uses
 * the child's worker under a mutex, as all threads did before, and tries
 * again now and then. */
#include "mod_mdshm.h"

#include <pthread.h>
#include <time.h>

#include "ap_mpm.h"
#include "http_main.h"

APLOG_USE_MODULE(mdshm);

/* Seconds between two attempts of a thread to get a reader of its own. */
#define RETRY_S 10

static int threaded;          /* the child's MPM runs threads */
static pthread_key_t key;     /* the thread's worker: detached at exit */

static __thread mdshm_tls_worker_t *tl_w;   /* this thread's worker */
static __thread int tl_ok;                  /* ... and it has its reader */
static __thread time_t tl_retry;            /* when to try again if not */
static __thread int tl_shared;              /* lock() took mdshm_h.mu */

static void thread_exit(void *w)
{
    mdshm_tls_detach(w);
}

void mdshm_h_threads_init(apr_pool_t *pchild, server_rec *s)
{
    ap_mpm_query(AP_MPMQ_IS_THREADED, &threaded);
    if (!threaded)
        return;
    if (apr_thread_mutex_create(&mdshm_h.mu, APR_THREAD_MUTEX_DEFAULT,
                                pchild) != APR_SUCCESS)
        mdshm_h.mu = NULL;
    if (pthread_key_create(&key, thread_exit) != 0) {
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s, "mod_mdshm: no thread key: "
                     "the child's threads share one worker under a mutex");
        threaded = 0;
    }
}

/* The store's reader slots a threaded httpd needs: a reader per thread,
 * the child's own, and one for a status page or a drive read, in every
 * child that can exist at once (ServerLimit, old generations included),
 * plus the tools.  0: the default is enough. */
unsigned mdshm_h_threads_maxreaders(void)
{
    int is_threaded = 0, daemons = 0, threads = 0;
    unsigned need;

    ap_mpm_query(AP_MPMQ_IS_THREADED, &is_threaded);
    ap_mpm_query(AP_MPMQ_HARD_LIMIT_DAEMONS, &daemons);
    ap_mpm_query(AP_MPMQ_MAX_THREADS, &threads);
    if (!is_threaded || daemons <= 0 || threads <= 0)
        return 0;
    need = (unsigned)daemons * ((unsigned)threads + 2) + 32;
    return need > MDSHM_H_DEFAULT_READERS ? need : 0;
}

/* First use on this thread, or a retry after the reader table was full. */
static void thread_attach(void)
{
    time_t now = time(NULL);
    int first = !tl_retry, rv;

    if (!first && now < tl_retry)
        return;
    if (!tl_w) {
        rv = mdshm_tls_attach_thread(mdshm_h.w, &tl_w);
        if (tl_w && pthread_setspecific(key, tl_w) != 0) {
            mdshm_tls_detach(tl_w);
            tl_w = NULL;
        }
    } else {
        rv = mdshm_tls_reattach(tl_w);
    }
    tl_ok = tl_w && rv == 0;
    tl_retry = tl_ok ? 0 : now + RETRY_S;
    if (!tl_ok && first && mdshm_tls_store(mdshm_h.w))
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, ap_server_conf,
                     "mod_mdshm: a thread has no store reader of its own "
                     "(%s): it shares the child's worker under a mutex "
                     "and tries again every %d s; the store's reader "
                     "table is sized for ServerLimit x ThreadsPerChild at "
                     "a full start", mdshm_strerror(rv), RETRY_S);
}

mdshm_tls_worker_t *mdshm_h_worker_lock(void)
{
    if (!mdshm_h.w)
        return NULL;
    if (!threaded)
        return mdshm_h.w;
    if (tl_ok)
        return tl_w; /* steady state: no lock, no system call */
    thread_attach();
    if (tl_ok)
        return tl_w;
    /* No store for the child either: this thread's worker serves the
     * fallback as well as the child's would, without the mutex. */
    if (!mdshm_h.mu || (tl_w && !mdshm_tls_store(mdshm_h.w)))
        return tl_w;
    apr_thread_mutex_lock(mdshm_h.mu);
    tl_shared = 1;
    return mdshm_h.w;
}

void mdshm_h_worker_unlock(void)
{
    if (!tl_shared)
        return;
    tl_shared = 0;
    apr_thread_mutex_unlock(mdshm_h.mu);
}
