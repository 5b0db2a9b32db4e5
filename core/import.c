/* import.c -- static certificate sets (mod_md's MDCertificateFile) written
 * through the leader's fenced path. */
#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "cert_install.h"
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct import {
    const char *md;
    const mdshm_chain_t *chain;
    const mdshm__pkey_t *key;
    size_t n_names;
    char (*names)[MDSHM_MAX_NAME_LEN + 1]; /* normalized, no duplicates */
};

static int import_fn(mdshm__wtxn_t *w, void *baton)
{
    struct import *im = baton;
    mdshm_md_rec_t *md = NULL;
    mdshm__cert_set_t set;
    mdshm_cert_info_t info;
    mdshm_record_t *old = NULL;
    int rv;

    rv = mdshm__cert_set_of_files(&set, &info, im->md, im->chain, im->key);
    if (rv < 0)
        return rv;
    md = calloc(1, sizeof(*md));
    old = calloc(1, sizeof(*old));
    if (!md || !old) {
        rv = -ENOMEM;
        goto out;
    }
    md->name = mdshm__sbuf(im->md);
    md->state = mdshm__cert_static_state(info.not_after, mdshm__now_ms());
    md->renew_mode = 0; /* static sets are never renewed by ACME */
    md->is_static = true;
    md->must_staple = info.must_staple;
    md->n_names = (uint32_t)im->n_names; /* <= MDSHM_MAX_NAMES: checked */
    for (size_t i = 0; i < im->n_names; i++)
        md->names[i] = mdshm__sbuf(im->names[i]);
    md->n_key_specs = 1;
    md->key_specs[0] = mdshm__sbuf(set.key_spec);
    /* Keep the configuration of an MD that already exists. */
    if (mdshm__w_get(w, MDSHM_DB_MDS, im->md, strlen(im->md), old) == 0) {
        const mdshm_md_rec_t *o = &old->u.md;
        md->n_ca_urls = o->n_ca_urls;
        memcpy(md->ca_urls, o->ca_urls, sizeof(md->ca_urls));
        md->n_contacts = o->n_contacts;
        memcpy(md->contacts, o->contacts, sizeof(md->contacts));
        md->renew_window = o->renew_window;
        md->warn_window = o->warn_window;
    }
    rv = mdshm__w_put_md(w, md);
    if (rv < 0)
        goto out;
    /* 1: the same set again: nothing archived (a re-import from cron
     * would otherwise push the real history out of the archive). */
    rv = mdshm__cert_set_install(w, &set);
    if (rv > 0)
        rv = 0;
out:
    free(md);
    free(old);
    return rv;
}

int mdshm__cert_md_names(const mdshm_chain_t *ch, const char *src,
                         char (**names)[MDSHM_MAX_NAME_LEN + 1], size_t *n)
{
    char(*v)[MDSHM_MAX_NAME_LEN + 1];
    mdshm_cert_info_t info;
    char norm[MDSHM_MAX_NAME_LEN + 1];
    const char *why;
    size_t k = 0;
    int rv;

    *names = NULL;
    *n = 0;
    rv = mdshm_chain_info(ch, 0, &info);
    if (rv < 0)
        return rv;
    if (info.n_names == 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "%s: the certificate names no domain", src);
        return MDSHM_EBADINPUT;
    }
    if (!(v = calloc(info.n_names, sizeof(*v))))
        return -ENOMEM;
    for (size_t i = 0; i < info.n_names; i++) {
        bool dup = false;

        why = mdshm__parse_name(info.names[i], norm);
        if (why) {
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "%s: name '%.300s': %s",
                      src, info.names[i], why);
            free(v);
            return MDSHM_EBADINPUT;
        }
        for (size_t j = 0; j < k && !dup; j++)
            dup = strcmp(v[j], norm) == 0;
        if (!dup)
            memcpy(v[k++], norm, strlen(norm) + 1);
    }
    /* Counted after duplicates, as the configuration counts. */
    if (k > MDSHM_MAX_NAMES) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                  "%s: the certificate has %zu names; an MD has at most %d",
                  src, k, MDSHM_MAX_NAMES);
        free(v);
        return MDSHM_ETOOBIG;
    }
    *names = v;
    *n = k;
    return 0;
}

int mdshm__import_write(mdshm_store_t *st,
                        const mdshm_candidate_opts_t *copts,
                        mdshm__write_fn *fn, void *baton)
{
    mdshm__candidate_t *cand = NULL;
    mdshm_leader_status_t ls;
    int rv;

    rv = mdshm__candidate_create(st, copts, &cand);
    if (rv < 0)
        goto out;
    rv = mdshm__candidate_try(cand);
    if (rv < 0)
        goto out;
    if (rv == 0) {
        rv = MDSHM_EBUSY;
        if (mdshm_leader_status(st, copts ? copts->stale_ms : 0, &ls) == 0)
            MDSHM_LOG(MDSHM_LOG_ERR, rv,
                      "a leader (pid %lld on %s, term %llu) runs on store "
                      "%s; stop it to import, or let it import",
                      (long long)ls.pid, ls.host,
                      (unsigned long long)ls.term, mdshm_store_dir(st));
        goto out;
    }
    rv = mdshm__leader_write(cand, fn, baton);
out:
    mdshm__candidate_destroy(cand); /* steps down */
    return rv;
}

int mdshm_import_static(mdshm_store_t *st, const char *md,
                        const char *cert_path, const char *key_path,
                        const mdshm_candidate_opts_t *copts)
{
    mdshm_chain_t *chain = NULL;
    mdshm__pkey_t *key = NULL;
    struct import im = {0};
    int rv;

    char norm[MDSHM_MAX_NAME_LEN + 1], src[64 + 4096];
    const char *why;

    if (!md || !*md || strlen(md) > MDSHM_MAX_MDNAME_LEN || strchr(md, '/'))
        return MDSHM_EBADINPUT;
    /* The name becomes store keys and reaches hooks: the configuration's
     * rules, not only "no '/'". */
    why = mdshm__parse_name(md, norm);
    if (why) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "MD name '%.300s': %s", md,
                  why);
        return MDSHM_EBADINPUT;
    }
    rv = mdshm_chain_load(cert_path, &chain);
    if (rv < 0)
        goto out;
    rv = mdshm__pkey_load(key_path, &key);
    if (rv < 0)
        goto out;
    snprintf(src, sizeof(src), "certificate file %s", cert_path);
    rv = mdshm__cert_md_names(chain, src, &im.names, &im.n_names);
    if (rv < 0)
        goto out;
    rv = mdshm__pkey_matches(key, chain);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "the key in %s does not belong to the certificate in %s",
                  key_path, cert_path);
        goto out;
    }
    im.md = md;
    im.chain = chain;
    im.key = key;
    rv = mdshm__import_write(st, copts, import_fn, &im);
out:
    mdshm__pkey_free(key);
    mdshm_chain_free(chain);
    free(im.names);
    return rv;
}
