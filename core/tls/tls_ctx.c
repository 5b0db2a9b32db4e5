/* tls_ctx.c -- the embedding API's objects: the context (parent, before
 * fork) and the workers (each process: its store; each worker: a reader
 * and a cache; a threaded process has one worker per thread). */
#include "config.h"
#include "tls.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int load_config(const mdshm_tls_opts_t *o, mdshm_config_t **cfg)
{
    if (o->conf_path && o->conf_text) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "mdshm_tls_init: give conf_path or conf_text, not both");
        return MDSHM_EBADINPUT;
    }
    if (o->conf_path)
        return mdshm_config_load(o->conf_path, cfg);
    if (o->conf_text)
        return mdshm_config_parse(o->conf_text, strlen(o->conf_text),
                                  "<code>", cfg);
    return 0;
}

int mdshm_tls_init(const mdshm_tls_opts_t *opts, mdshm_tls_t **out)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    mdshm_tls_t *t;
    const char *dir;
    int rv;

    if (out)
        *out = NULL;
    if (!opts || !out)
        return MDSHM_EBADINPUT;
    rv = mdshm__tls_indexes_init();
    if (rv < 0)
        return rv;
    if (!(t = calloc(1, sizeof(*t))))
        return -ENOMEM;
    t->pid = getpid();
    t->maxreaders = opts->maxreaders;
    t->candidate = opts->candidate;
    t->drive_opts = opts->drive;
    rv = load_config(opts, &t->cfg);
    if (rv == 0) /* static MDs' files: read here, maybe as root, not by
                  * the workers' drives after the fork */
        rv = mdshm__config_preload_static(t->cfg);
    if (rv < 0)
        goto fail;
    if (opts->conf_path && !(t->conf_path = strdup(opts->conf_path))) {
        rv = -ENOMEM;
        goto fail;
    }
    if (!t->drive_opts.conf_path) /* the drives reload the same file */
        t->drive_opts.conf_path = t->conf_path;
    dir = opts->store_dir;
    if (!dir && t->cfg)
        dir = mdshm_config_store_dir(t->cfg);
    if (!dir) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "mdshm_tls_init: no store directory (set store_dir or "
                  "MDStoreDir)");
        rv = MDSHM_EBADINPUT;
        goto fail;
    }
    if (!(t->store_dir = strdup(dir)) ||
        (opts->owner && !(t->owner = strdup(opts->owner)))) {
        rv = -ENOMEM;
        goto fail;
    }
    /* Create and check the store here, once, and close it again: nothing
     * LMDB opened may cross the fork. */
    so.maxreaders = t->maxreaders;
    so.create = true;
    so.owner = t->owner; /* root: made (or given) to the workers' user */
    rv = mdshm_store_open(t->store_dir, &so, &st);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mdshm_tls_init: store %s: %s",
                  t->store_dir, mdshm_strerror(rv));
        goto fail;
    }
    mdshm_store_close(st);
    rv = mdshm__tls_fallback_make(&t->fallback_cert,
                                  &t->fallback_key);
    if (rv < 0)
        goto fail;
    *out = t;
    return 0;
fail:
    mdshm_tls_free(t);
    return rv;
}

int mdshm_tls_reload(mdshm_tls_t *t)
{
    mdshm_config_t *cfg = NULL, **v;
    int rv;

    if (!t || !t->conf_path) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "mdshm_tls_reload: no "
                  "configuration file to read again (opts.conf_path)");
        return MDSHM_EBADINPUT;
    }
    rv = mdshm_config_load(t->conf_path, &cfg);
    if (rv == 0)
        rv = mdshm__config_preload_static(cfg);
    if (rv < 0) {
        mdshm_config_free(cfg);
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "configuration %s not reloaded (%s): "
                  "the one in force stays", t->conf_path, mdshm_strerror(rv));
        return rv;
    }
    v = realloc(t->retired, (t->n_retired + 1) * sizeof(*v));
    if (!v) {
        mdshm_config_free(cfg);
        return -ENOMEM;
    }
    t->retired = v;
    t->retired[t->n_retired++] = t->cfg;
    t->cfg = cfg;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "configuration %s read again: %zu MD%s",
              t->conf_path, mdshm_config_md_count(cfg),
              mdshm_config_md_count(cfg) == 1 ? "" : "s");
    return 0;
}

int mdshm_tls_leader_pid(const mdshm_tls_t *t, int64_t *pid)
{
    mdshm_store_opts_t so = {0};
    mdshm_leader_status_t ls;
    mdshm_store_t *st = NULL;
    int rv;

    if (!t || !pid)
        return MDSHM_EBADINPUT;
    *pid = 0;
    /* Opened and closed here: nothing of it may reach a later fork. */
    so.maxreaders = t->maxreaders;
    so.readonly = true;
    so.owner = t->owner;
    rv = mdshm_store_open(t->store_dir, &so, &st);
    if (rv < 0)
        return rv;
    rv = mdshm_leader_status(st, 0, &ls);
    mdshm_store_close(st);
    if (rv < 0)
        return rv;
    if (ls.present && ls.lock_held && ls.alive)
        *pid = ls.pid;
    return 0;
}

void mdshm_tls_free(mdshm_tls_t *t)
{
    if (!t)
        return;
    mdshm_config_free(t->cfg);
    for (size_t i = 0; i < t->n_retired; i++)
        mdshm_config_free(t->retired[i]);
    free(t->retired);
    free(t->conf_path);
    free(t->store_dir);
    free(t->owner);
    X509_free(t->fallback_cert);
    EVP_PKEY_free(t->fallback_key);
    free(t);
}

const mdshm_config_t *mdshm_tls_config(const mdshm_tls_t *t)
{
    return t ? t->cfg : NULL;
}

/* Open the process's store (once: every worker of the process shares it)
 * and a reader of @w's own; on failure @w has neither, and a store no
 * worker reads is closed again. */
static int open_store(mdshm_tls_worker_t *w)
{
    mdshm__tls_shared_t *sh = w->sh;
    mdshm_store_opts_t so = {0};
    int rv = 0;

    so.maxreaders = w->t->maxreaders;
    so.readonly = !w->t->candidate;
    so.owner = w->t->owner;
    pthread_mutex_lock(&sh->mu);
    if (!sh->st && (rv = mdshm_store_open(w->t->store_dir, &so, &sh->st)) < 0)
        sh->st = NULL;
    if (rv == 0 && (rv = mdshm_reader_create(sh->st, &w->rd)) == 0) {
        w->st = sh->st;
        sh->users++;
    }
    if (rv < 0 && sh->st && sh->users == 0) {
        mdshm_store_close(sh->st);
        sh->st = NULL;
    }
    pthread_mutex_unlock(&sh->mu);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mdshm_tls_attach: store %s: %s",
                  w->t->store_dir, mdshm_strerror(rv));
    w->attach_rv = rv;
    return rv;
}

/* @w lets go of its reader and of the shared store (closed by the last
 * worker reading it, freed with the last reference). */
static void release_store(mdshm_tls_worker_t *w)
{
    mdshm__tls_shared_t *sh = w->sh;

    mdshm_reader_destroy(w->rd);
    w->rd = NULL;
    if (!sh)
        return;
    pthread_mutex_lock(&sh->mu);
    if (w->st && --sh->users == 0) {
        mdshm_store_close(sh->st);
        sh->st = NULL;
    }
    pthread_mutex_unlock(&sh->mu);
    w->st = NULL;
    if (atomic_fetch_sub(&sh->refs, 1) == 1) {
        pthread_mutex_destroy(&sh->mu);
        free(sh);
    }
}

static mdshm_tls_worker_t *worker_new(mdshm_tls_t *t, mdshm__tls_shared_t *sh)
{
    mdshm_tls_worker_t *w;

    if (!(w = calloc(1, sizeof(*w))) || !(w->rec = malloc(sizeof(*w->rec)))) {
        free(w);
        return NULL;
    }
    if (!sh && (sh = calloc(1, sizeof(*sh)))) {
        atomic_init(&sh->refs, 0);
        if (pthread_mutex_init(&sh->mu, NULL) != 0) {
            free(sh);
            sh = NULL;
        }
    }
    if (!sh) {
        free(w->rec);
        free(w);
        return NULL;
    }
    atomic_fetch_add(&sh->refs, 1);
    w->sh = sh;
    w->t = t;
    w->pid = getpid();
    return w;
}

static int attach(mdshm_tls_t *t, bool fallback, mdshm_tls_worker_t **out)
{
    mdshm_tls_worker_t *w;
    int rv;

    if (out)
        *out = NULL;
    if (!t || !out)
        return MDSHM_EBADINPUT;
    if (!(w = worker_new(t, NULL)))
        return -ENOMEM;
    rv = open_store(w);
    if (rv < 0 && !fallback) {
        mdshm_tls_detach(w);
        return rv;
    }
    *out = w;
    return rv;
}

int mdshm_tls_attach_thread(mdshm_tls_worker_t *w, mdshm_tls_worker_t **out)
{
    mdshm_tls_worker_t *tw;

    if (out)
        *out = NULL;
    if (!w || !out)
        return MDSHM_EBADINPUT;
    if (w->pid != getpid())
        return MDSHM_EWRONGPROC; /* a worker inherited across fork */
    if (!(tw = worker_new(w->t, w->sh)))
        return -ENOMEM;
    tw->per_thread = true;
    tw->clock_skew_s = w->clock_skew_s;
    *out = tw;
    return open_store(tw);
}

int mdshm_tls_attach(mdshm_tls_t *t, mdshm_tls_worker_t **out)
{
    return attach(t, false, out);
}

int mdshm_tls_attach_fallback(mdshm_tls_t *t, mdshm_tls_worker_t **out)
{
    return attach(t, true, out);
}

int mdshm_tls_reattach(mdshm_tls_worker_t *w)
{
    if (!w)
        return MDSHM_EBADINPUT;
    return w->st ? 0 : open_store(w);
}

int mdshm_tls_store_error(const mdshm_tls_worker_t *w)
{
    return !w ? MDSHM_EBADINPUT : w->st ? 0 : w->attach_rv;
}

void mdshm_tls_detach(mdshm_tls_worker_t *w)
{
    if (!w)
        return;
    mdshm_tls_drive_stop(w);
    mdshm__tls_cache_free(w);
    release_store(w);
    free(w->rec);
    free(w);
}

mdshm_store_t *mdshm_tls_store(mdshm_tls_worker_t *w)
{
    return w ? w->st : NULL;
}

void mdshm_tls_worker_stats(const mdshm_tls_worker_t *w,
                            mdshm_tls_stats_t *out)
{
    memset(out, 0, sizeof(*out));
    if (!w)
        return;
    out->handshakes = w->n_handshakes;
    out->parses = w->n_parses;
    out->refreshes = w->n_refreshes;
    out->fallback = w->n_fallback;
    out->challenges = w->n_challenges;
    out->staples = w->n_staples;
    out->staples_cached = w->n_staples_cached;
    out->staple_reads = w->n_staple_reads;
    out->errors = w->n_errors;
}
