/* tls_leader.c -- a leadership candidate and its drive, on a thread of a
 * worker or on the calling thread of a process of its own. */
#include "tls.h"
#include "drive.h"

#include <errno.h>

static int drive_make(mdshm_tls_worker_t *w)
{
    if (!w->t->cfg || !w->t->candidate) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "mdshm_tls: the drive needs a configuration and "
                  "opts.candidate");
        return MDSHM_EBADINPUT;
    }
    if (w->per_thread) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "mdshm_tls: a worker of mdshm_tls_attach_thread runs no "
                  "drive (the process's first worker does)");
        return MDSHM_EBADINPUT;
    }
    if (w->drive)
        return 0;
    if (!w->st)
        return w->attach_rv; /* no store (mdshm_tls_attach_fallback) */
    return mdshm_drive_create(w->st, w->t->cfg, &w->t->drive_opts,
                              &w->drive);
}

static void *drive_main(void *arg)
{
    mdshm_tls_worker_t *w = arg;
    w->drive_rv = mdshm_drive_run(w->drive);
    if (w->drive_rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, w->drive_rv, "mdshm_tls: the drive stopped: %s",
                  mdshm_strerror(w->drive_rv));
    return NULL;
}

int mdshm_tls_drive_start(mdshm_tls_worker_t *w)
{
    int rv;

    if (!w)
        return MDSHM_EBADINPUT;
    if (w->thread_running)
        return 0;
    rv = drive_make(w);
    if (rv < 0)
        return rv;
    rv = pthread_create(&w->thread, NULL, drive_main, w);
    if (rv != 0)
        return -rv;
    w->thread_running = true;
    return 0;
}

void mdshm_tls_drive_stop(mdshm_tls_worker_t *w)
{
    if (!w || !w->drive)
        return;
    if (w->thread_running) {
        mdshm__drive_stop_now(w->drive);
        pthread_join(w->thread, NULL);
        w->thread_running = false;
    }
    mdshm_drive_destroy(w->drive);
    w->drive = NULL;
}

int mdshm_tls_drive_run(mdshm_tls_worker_t *w)
{
    int rv;

    if (!w)
        return MDSHM_EBADINPUT;
    rv = drive_make(w);
    if (rv < 0)
        return rv;
    return mdshm_drive_run(w->drive);
}

void mdshm_tls_drive_interrupt(mdshm_tls_worker_t *w)
{
    if (w && w->drive)
        mdshm_drive_stop(w->drive);
}

void mdshm_tls_drive_reload(mdshm_tls_worker_t *w)
{
    if (w && w->drive)
        mdshm_drive_reload(w->drive); /* async-signal-safe */
}
