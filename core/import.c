/* import.c -- static certificate sets (mod_md's MDCertificateFile) written
 * through the leader's fenced path. */
#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct import {
    const char *md;
    const mdshm_chain_t *chain;
    const mdshm_pkey_t *key;
    size_t n_names;
    char (*names)[MDSHM_MAX_NAME_LEN + 1]; /* normalized, no duplicates */
};

static mdshm_buf_t str_buf(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, s ? strlen(s) : 0};
    return b;
}

static int import_fn(mdshm_wtxn_t *w, void *baton)
{
    struct import *im = baton;
    mdshm_md_rec_t *md = NULL;
    mdshm_certset_rec_t cs;
    mdshm_cert_info_t info;
    mdshm_record_t *old = NULL;
    int rv;

    rv = mdshm_chain_info(im->chain, 0, &info);
    if (rv < 0)
        return rv;
    md = calloc(1, sizeof(*md));
    old = calloc(1, sizeof(*old));
    if (!md || !old) {
        rv = -ENOMEM;
        goto out;
    }
    md->name = str_buf(im->md);
    md->state = info.not_after * 1000 < mdshm__now_ms() ? MDSHM_MD_EXPIRED
                                                        : MDSHM_MD_COMPLETE;
    md->renew_mode = 0; /* static sets are never renewed by ACME */
    md->is_static = true;
    md->must_staple = info.must_staple;
    md->n_names = (uint32_t)im->n_names; /* <= MDSHM_MAX_NAMES: checked */
    for (size_t i = 0; i < im->n_names; i++)
        md->names[i] = str_buf(im->names[i]);
    md->n_key_specs = 1;
    md->key_specs[0] = str_buf(mdshm_pkey_spec(im->key));
    /* Keep the configuration of an MD that already exists. */
    if (mdshm_w_get(w, MDSHM_DB_MDS, im->md, strlen(im->md), old) == 0) {
        const mdshm_md_rec_t *o = &old->u.md;
        md->n_ca_urls = o->n_ca_urls;
        memcpy(md->ca_urls, o->ca_urls, sizeof(md->ca_urls));
        md->n_contacts = o->n_contacts;
        memcpy(md->contacts, o->contacts, sizeof(md->contacts));
        md->renew_window = o->renew_window;
        md->warn_window = o->warn_window;
    }
    rv = mdshm_w_put_md(w, md);
    if (rv < 0)
        goto out;

    memset(&cs, 0, sizeof(cs));
    cs.md = md->name;
    cs.key_spec = md->key_specs[0];
    cs.n_chain = (uint32_t)mdshm_chain_count(im->chain);
    for (uint32_t i = 0; i < cs.n_chain; i++) {
        rv = mdshm_chain_der(im->chain, i, &cs.chain[i]);
        if (rv < 0)
            goto out;
    }
    rv = mdshm_pkey_der(im->key, &cs.pkey);
    if (rv < 0)
        goto out;
    cs.not_before = info.not_before;
    cs.not_after = info.not_after;
    cs.sha256.p = info.sha256;
    cs.sha256.n = sizeof(info.sha256);
    cs.issuer = str_buf(info.issuer);
    cs.serial = str_buf(info.serial);
    cs.ocsp_url = str_buf(info.ocsp_url);
    cs.is_static = true;
    rv = mdshm_w_install_certset(w, &cs, 5);
out:
    free(md);
    free(old);
    return rv;
}

/* The certificate's names as the configuration would take them: each one
 * valid by the configuration's rules (mdshm__parse_name) and normalized,
 * duplicates dropped, at most MDSHM_MAX_NAMES.  Refused with a message
 * naming the first bad name, before anything is written. */
static int import_names(struct import *im, const char *cert_path)
{
    mdshm_cert_info_t info;
    char norm[MDSHM_MAX_NAME_LEN + 1];
    const char *why;
    int rv;

    if ((rv = mdshm_chain_info(im->chain, 0, &info)) < 0)
        return rv;
    if (info.n_names == 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "certificate file %s: the certificate names no domain",
                  cert_path);
        return MDSHM_EBADINPUT;
    }
    im->names = calloc(info.n_names, sizeof(*im->names));
    if (!im->names)
        return -ENOMEM;
    im->n_names = 0;
    for (size_t i = 0; i < info.n_names; i++) {
        bool dup = false;

        if ((why = mdshm__parse_name(info.names[i], norm))) {
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                      "certificate file %s: name '%.300s': %s", cert_path,
                      info.names[i], why);
            return MDSHM_EBADINPUT;
        }
        for (size_t j = 0; j < im->n_names && !dup; j++)
            dup = strcmp(im->names[j], norm) == 0;
        if (!dup)
            memcpy(im->names[im->n_names++], norm, strlen(norm) + 1);
    }
    if (im->n_names > MDSHM_MAX_NAMES) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                  "certificate file %s: the certificate has %zu names; an "
                  "MD has at most %d", cert_path, im->n_names,
                  MDSHM_MAX_NAMES);
        return MDSHM_ETOOBIG;
    }
    return 0;
}

int mdshm_import_static(mdshm_store_t *st, const char *md,
                        const char *cert_path, const char *key_path,
                        const mdshm_candidate_opts_t *copts)
{
    mdshm_chain_t *chain = NULL;
    mdshm_pkey_t *key = NULL;
    mdshm_candidate_t *cand = NULL;
    mdshm_leader_status_t ls;
    struct import im = {0};
    int rv;

    char norm[MDSHM_MAX_NAME_LEN + 1];
    const char *why;

    if (!md || !*md || strlen(md) > MDSHM_MAX_MDNAME_LEN || strchr(md, '/'))
        return MDSHM_EBADINPUT;
    /* The name becomes store keys and reaches hooks: the configuration's
     * rules, not only "no '/'". */
    if ((why = mdshm__parse_name(md, norm))) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "MD name '%.300s': %s", md,
                  why);
        return MDSHM_EBADINPUT;
    }
    rv = mdshm_chain_load(cert_path, &chain);
    if (rv < 0)
        goto out;
    rv = mdshm_pkey_load(key_path, &key);
    if (rv < 0)
        goto out;
    im.chain = chain;
    if ((rv = import_names(&im, cert_path)) < 0)
        goto out;
    rv = mdshm_pkey_matches(key, chain);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "the key in %s does not belong to the certificate in %s",
                  key_path, cert_path);
        goto out;
    }
    rv = mdshm_candidate_create(st, copts, &cand);
    if (rv < 0)
        goto out;
    rv = mdshm_candidate_try(cand);
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
    im.md = md;
    im.key = key;
    rv = mdshm_leader_write(cand, import_fn, &im);
out:
    mdshm_candidate_destroy(cand); /* steps down */
    mdshm_pkey_free(key);
    mdshm_chain_free(chain);
    free(im.names);
    return rv;
}
