/* tls_ctx.c -- the embedding API's objects: the context (parent, before
 * fork) and the worker (each process: its store, reader and cache). */
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
    if (rv < 0)
        goto fail;
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

/* Open the store and a reader for worker @w; on failure leave neither. */
static int open_store(mdshm_tls_worker_t *w)
{
    mdshm_store_opts_t so = {0};
    int rv;

    so.maxreaders = w->t->maxreaders;
    so.readonly = !w->t->candidate;
    so.owner = w->t->owner;
    if ((rv = mdshm_store_open(w->t->store_dir, &so, &w->st)) < 0 ||
        (rv = mdshm_reader_create(w->st, &w->rd)) < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mdshm_tls_attach: store %s: %s",
                  w->t->store_dir, mdshm_strerror(rv));
        mdshm_store_close(w->st);
        w->st = NULL;
    }
    w->attach_rv = rv;
    return rv;
}

static int attach(mdshm_tls_t *t, bool fallback, mdshm_tls_worker_t **out)
{
    mdshm_tls_worker_t *w;
    int rv;

    if (out)
        *out = NULL;
    if (!t || !out)
        return MDSHM_EBADINPUT;
    if (!(w = calloc(1, sizeof(*w))) || !(w->rec = malloc(sizeof(*w->rec)))) {
        free(w);
        return -ENOMEM;
    }
    w->t = t;
    w->pid = getpid();
    rv = open_store(w);
    if (rv < 0 && !fallback) {
        mdshm_tls_detach(w);
        return rv;
    }
    *out = w;
    return rv;
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
    mdshm_reader_destroy(w->rd);
    mdshm_store_close(w->st);
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
