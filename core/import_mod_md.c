/* import_mod_md.c -- mdshm_import_mod_md(): a mod_md store's accounts,
 * certificates and MD definitions written through the leader's fenced
 * path, so that switching from mod_md costs no new order. */
#include "mod_md.h"
#include "ocsp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mm_import {
    mdshm__mm_account_t *accts;
    size_t n_accts;
    mdshm__mm_md_t *mds;
    size_t n_mds;
    mdshm_mod_md_import_t res;
};

static bool buf_has(mdshm_buf_t b)
{
    return b.n > 0;
}

static int put_account(mdshm__wtxn_t *w, const mdshm__mm_account_t *a,
                       mdshm_record_t *rec, mdshm_mod_md_import_t *res)
{
    mdshm_account_rec_t *r = &rec->u.account;
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_ACCOUNTS, a->id, strlen(a->id), rec);
    if (rv == 0) {
        res->accounts_kept++; /* the store's own account wins */
        return 0;
    }
    if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
        return rv;
    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_ACCOUNT;
    r->ca_url = mdshm__sbuf(a->ca_url);
    r->url = mdshm__sbuf(a->url);
    r->status = mdshm__sbuf(a->status);
    rv = mdshm__pkey_der(a->key, &r->pkey);
    if (rv < 0)
        return rv;
    r->n_contacts = (uint32_t)a->n_contacts;
    for (size_t i = 0; i < a->n_contacts; i++)
        r->contacts[i] = mdshm__sbuf(a->contacts[i]);
    r->agreement = mdshm__sbuf(a->agreement);
    r->eab_kid = mdshm__sbuf(a->eab_kid);
    r->created_ms = mdshm__now_ms();
    rv = mdshm__w_put(w, MDSHM_DB_ACCOUNTS, a->id, strlen(a->id), rec);
    if (rv == 0)
        res->accounts++;
    return rv;
}

/* The staple mod_md had for the set: workers staple it at once, the
 * drive refreshes it at MDStaplingRenewWindow's default (33 %). */
static int put_ocsp(mdshm__wtxn_t *w, const mdshm__mm_md_t *m,
                    const mdshm__mm_set_t *s, const mdshm_cert_info_t *info,
                    mdshm_record_t *rec, mdshm_mod_md_import_t *res)
{
    mdshm_ocsp_rec_t *oc = &rec->u.ocsp;
    char key[65];
    int rv;

    mdshm_key_ocsp(key, info->sha256);
    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_OCSP;
    oc->der = s->ocsp;
    oc->status = s->ocsp_status;
    oc->this_update = s->ocsp_this;
    oc->next_update = s->ocsp_next;
    oc->fetched_ms = mdshm__now_ms();
    oc->renew_at_ms = mdshm__ocsp_renew_at(s->ocsp_this, s->ocsp_next, true,
                                           330);
    oc->responder_url = mdshm__sbuf(info->ocsp_url);
    oc->md = mdshm__sbuf(m->name);
    oc->cert_not_after = info->not_after;
    rv = mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, rec);
    if (rv == 0)
        res->staples++;
    return rv;
}

static int put_set(mdshm__wtxn_t *w, const mdshm__mm_md_t *m,
                   mdshm__mm_set_t *s, mdshm_record_t *rec,
                   mdshm_mod_md_import_t *res)
{
    mdshm__cert_set_t set;
    mdshm_cert_info_t info;
    char key[600];
    int klen, rv;

    rv = mdshm__cert_set_of_files(&set, &info, m->name, s->chain, s->key);
    if (rv < 0)
        return rv;
    klen = mdshm_key_certset(key, sizeof(key), set.md, strlen(set.md),
                             set.key_spec, strlen(set.key_spec));
    if (klen < 0)
        return klen;
    /* Once mdshm has a set of its own, that one is the current one. */
    rv = mdshm__w_get(w, MDSHM_DB_CERTS, key, (size_t)klen, rec);
    if (rv == 0) {
        res->sets_kept++;
        return 0;
    }
    if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
        return rv;
    set.is_static = false; /* issued by ACME: the drive renews it */
    set.ari_id = s->ari_id;
    rv = mdshm__cert_set_install(w, &set);
    if (rv < 0)
        return rv;
    res->sets++;
    return s->ocsp.n ? put_ocsp(w, m, s, &info, rec, res) : 0;
}

/* The MD and its state from md.json, if the store has no MD of that
 * name.  The drive's next sync replaces the definition by the
 * configuration's and keeps the state (complete: no "incomplete" MD with
 * valid certificates in between). */
static int put_md(mdshm__wtxn_t *w, const mdshm__mm_md_t *m,
                  mdshm_record_t *rec, mdshm_mod_md_import_t *res)
{
    mdshm_md_rec_t *md;
    int64_t not_after = INT64_MAX;
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_MDS, m->name, strlen(m->name), rec);
    if (rv == 0)
        return 0;
    if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
        return rv;
    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_MD;
    md = &rec->u.md;
    md->name = mdshm__sbuf(m->name);
    md->n_names = (uint32_t)m->n_names;
    for (size_t i = 0; i < m->n_names; i++)
        md->names[i] = mdshm__sbuf(m->names[i]);
    md->n_ca_urls = (uint32_t)m->n_ca_urls;
    for (size_t i = 0; i < m->n_ca_urls; i++)
        md->ca_urls[i] = mdshm__sbuf(m->ca_urls[i]);
    md->n_contacts = (uint32_t)m->n_contacts;
    for (size_t i = 0; i < m->n_contacts; i++)
        md->contacts[i] = mdshm__sbuf(m->contacts[i]);
    md->n_key_specs = (uint32_t)m->n_sets;
    for (size_t i = 0; i < m->n_sets; i++) {
        md->key_specs[i] = mdshm__sbuf(mdshm__pkey_spec(m->sets[i].key));
        if (m->sets[i].info.not_after < not_after)
            not_after = m->sets[i].info.not_after;
    }
    md->state = m->n_sets ? mdshm__cert_static_state(not_after,
                                                     mdshm__now_ms())
                          : MDSHM_MD_INCOMPLETE;
    md->renew_mode = m->renew_mode;
    md->renew_window = mdshm__sbuf(m->renew_window ? m->renew_window : "33%");
    md->warn_window = mdshm__sbuf(m->warn_window ? m->warn_window : "10%");
    md->must_staple = m->must_staple;
    md->transitive = m->transitive;
    md->agreement = mdshm__sbuf(m->agreement);
    md->stapling = m->stapling;
    md->ari_renewals = true;
    if (!buf_has(md->name))
        return MDSHM_EBADINPUT;
    rv = mdshm__w_put_md(w, md);
    if (rv == 0)
        res->md_defs++;
    return rv;
}

static int import_fn(mdshm__wtxn_t *w, void *baton)
{
    struct mm_import *im = baton;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    mdshm_mod_md_import_t res = im->res;
    int rv = 0;

    if (!rec)
        return -ENOMEM;
    for (size_t i = 0; i < im->n_accts && rv == 0; i++)
        rv = put_account(w, &im->accts[i], rec, &res);
    for (size_t i = 0; i < im->n_mds && rv == 0; i++) {
        mdshm__mm_md_t *m = &im->mds[i];

        for (size_t k = 0; k < m->n_sets && rv == 0; k++)
            rv = put_set(w, m, &m->sets[k], rec, &res);
        if (rv == 0)
            rv = put_md(w, m, rec, &res);
    }
    free(rec);
    /* Counted only for the commit that happened (a retried write starts
     * from the counts of the reading). */
    if (rv == 0)
        im->res = res;
    return rv;
}

/* Read every account and MD; the bad ones are logged and left out, the
 * first error is returned in *first. */
static int read_all(const mdshm__mm_store_t *s, struct mm_import *im,
                    int *first)
{
    char **ids = NULL, **mds = NULL;
    size_t n_ids = 0, n_mds = 0;
    int rv;

    rv = mdshm__mm_list(s, "accounts", &ids, &n_ids);
    if (rv < 0)
        goto out;
    rv = mdshm__mm_list(s, "domains", &mds, &n_mds);
    if (rv < 0)
        goto out;
    im->accts = calloc(n_ids ? n_ids : 1, sizeof(*im->accts));
    im->mds = calloc(n_mds ? n_mds : 1, sizeof(*im->mds));
    if (!im->accts || !im->mds) {
        rv = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n_ids; i++) {
        rv = mdshm__mm_account_read(s, ids[i], &im->accts[im->n_accts]);
        if (rv == -ENOMEM)
            goto out;
        if (rv < 0 && *first == 0)
            *first = rv;
        if (rv == 0)
            im->n_accts++;
    }
    for (size_t i = 0; i < n_mds; i++) {
        rv = mdshm__mm_md_read(s, mds[i], &im->mds[im->n_mds]);
        if (rv == -ENOMEM)
            goto out;
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: MD %s is not "
                      "imported", s->dir, mds[i]);
            im->res.mds_failed++;
            if (*first == 0)
                *first = rv;
        } else {
            im->n_mds++;
        }
    }
    im->res.mds = (unsigned)im->n_mds;
    rv = 0;
out:
    mdshm__mm_list_free(ids, n_ids);
    mdshm__mm_list_free(mds, n_mds);
    return rv;
}

int mdshm_import_mod_md(mdshm_store_t *st, const char *dir,
                        const mdshm_candidate_opts_t *copts,
                        mdshm_mod_md_import_t *res)
{
    mdshm__mm_store_t s = {.dirfd = -1};
    struct mm_import im = {0};
    int rv, first = 0;

    if (res)
        memset(res, 0, sizeof(*res));
    if (!st || !dir)
        return -EINVAL;
    rv = mdshm__mm_open(&s, dir);
    if (rv < 0)
        goto out;
    rv = read_all(&s, &im, &first);
    if (rv < 0)
        goto out;
    rv = mdshm__import_write(st, copts, import_fn, &im);
    if (rv == 0)
        rv = first;
out:
    if (res)
        *res = im.res;
    for (size_t i = 0; i < im.n_accts; i++)
        mdshm__mm_account_clear(&im.accts[i]);
    for (size_t i = 0; i < im.n_mds; i++)
        mdshm__mm_md_clear(&im.mds[i]);
    free(im.accts);
    free(im.mds);
    mdshm__mm_close(&s);
    return rv;
}
