/* generation.c -- mpm_prefork tells a busy child nothing when a graceful
 * restart begins (child_stopping runs only when the child exits): a
 * leading child serving a long connection would lead, with the old
 * configuration, until that connection ends.  A watcher thread in each
 * prefork child compares the scoreboard's running generation with the
 * child's own and stops the drive when the parent moved on, so that a
 * child of the new generation leads at once.  Threaded MPMs need none:
 * they call child_stopping as the graceful restart begins (process.c). */
#include "mod_mdshm.h"

#include <pthread.h>
#include <signal.h>
#include <time.h>

#include "ap_mpm.h"
#include "scoreboard.h"

APLOG_USE_MODULE(mdshm);

#define WATCH_MS 500  /* a new generation leads within about this */

typedef struct watch {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;   /* CLOCK_MONOTONIC */
    int stop;
    int mine;            /* the child's generation */
    mdshm_tls_worker_t *w;
} watch_t;

static watch_t watch;

static int new_generation(const watch_t *wt)
{
    return ap_scoreboard_image &&
           ap_scoreboard_image->global->running_generation != wt->mine;
}

static void *watch_main(void *arg)
{
    watch_t *wt = arg;
    struct timespec until;

    pthread_mutex_lock(&wt->mu);
    while (!wt->stop) {
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_nsec += WATCH_MS * 1000000L;
        until.tv_sec += until.tv_nsec / 1000000000L;
        until.tv_nsec %= 1000000000L;
        pthread_cond_timedwait(&wt->cv, &wt->mu, &until);
        if (!wt->stop && new_generation(wt)) {
            /* the drive steps down; the child serves on */
            mdshm_tls_drive_interrupt(wt->w);
            break;
        }
    }
    pthread_mutex_unlock(&wt->mu);
    return NULL;
}

/* Runs before detach_cleanup (registered after it): the watcher never
 * touches a detached worker. */
static apr_status_t watch_cleanup(void *data)
{
    watch_t *wt = data;

    pthread_mutex_lock(&wt->mu);
    wt->stop = 1;
    pthread_cond_signal(&wt->cv);
    pthread_mutex_unlock(&wt->mu);
    pthread_join(wt->thread, NULL);
    pthread_cond_destroy(&wt->cv);
    pthread_mutex_destroy(&wt->mu);
    return APR_SUCCESS;
}

void mdshm_h_generation_watch(apr_pool_t *pchild, server_rec *s,
                              mdshm_tls_worker_t *w)
{
    pthread_condattr_t ca;
    sigset_t all, old;
    int threaded = 0, rv;

    ap_mpm_query(AP_MPMQ_IS_THREADED, &threaded);
    if (threaded || ap_mpm_query(AP_MPMQ_GENERATION, &watch.mine) !=
                        APR_SUCCESS)
        return;
    watch.stop = 0;
    watch.w = w;
    pthread_mutex_init(&watch.mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&watch.cv, &ca);
    pthread_condattr_destroy(&ca);
    /* like the drive thread: httpd's signals go to httpd's thread */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rv = pthread_create(&watch.thread, NULL, watch_main, &watch);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rv != 0) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, rv, s,
                     "mod_mdshm: no generation watcher: a leading child "
                     "busy at a graceful restart leads until it exits");
        pthread_cond_destroy(&watch.cv);
        pthread_mutex_destroy(&watch.mu);
        return;
    }
    apr_pool_cleanup_register(pchild, &watch, watch_cleanup,
                              apr_pool_cleanup_null);
}
