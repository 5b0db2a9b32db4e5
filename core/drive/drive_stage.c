/* drive_stage.c -- staging records: the order progress of one key spec,
 * persisted so that a new leader resumes the same order with the same key
 * (mdshm_staging_rec_t; docs/store.md). */
#include "drive.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

void mdshm__drive_stage_clear(mdshm__dstage_t *s)
{
    if (s->pkey)
        OPENSSL_cleanse(s->pkey, s->pkey_len);
    free(s->pkey);
    for (size_t i = 0; i < s->n_chain; i++)
        free(s->chain[i]);
    free(s->account_id);
    free(s->order_url);
    free(s->finalize_url);
    for (size_t i = 0; i < s->n_authz; i++)
        free(s->authz[i]);
    free(s->authz);
    memset(s, 0, sizeof(*s));
}

static int dup_bin(mdshm_buf_t b, uint8_t **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    if (b.n == 0)
        return 0;
    if (!(*out = malloc(b.n)))
        return -ENOMEM;
    memcpy(*out, b.p, b.n);
    *len = b.n;
    return 0;
}

static int dup_str(mdshm_buf_t b, char **out)
{
    *out = NULL;
    if (b.n == 0)
        return 0;
    return (*out = mdshm__bufdup(b, true)) ? 0 : -ENOMEM;
}

int mdshm__drive_stage_copy(const mdshm_staging_rec_t *rec, mdshm__dstage_t *s)
{
    int rv;

    memset(s, 0, sizeof(*s));
    s->present = true;
    s->state = rec->state;
    s->created_ms = rec->created_ms;
    if ((rv = dup_bin(rec->pkey, &s->pkey, &s->pkey_len)) ||
        (rv = dup_str(rec->account_id, &s->account_id)) ||
        (rv = dup_str(rec->order_url, &s->order_url)) ||
        (rv = dup_str(rec->finalize_url, &s->finalize_url)))
        goto fail;
    for (uint32_t i = 0; i < rec->n_chain && i < MDSHM_MAX_CHAIN; i++) {
        rv = dup_bin(rec->chain[i], &s->chain[i], &s->chain_len[i]);
        if (rv)
            goto fail;
        s->n_chain = i + 1;
    }
    if (rec->n_authz) {
        s->authz = calloc(rec->n_authz, sizeof(*s->authz));
        if (!s->authz) {
            rv = -ENOMEM;
            goto fail;
        }
        for (uint32_t i = 0; i < rec->n_authz; i++) {
            rv = dup_str(rec->authz_urls[i], &s->authz[i]);
            if (rv)
                goto fail;
            s->n_authz = i + 1;
        }
    }
    return 0;
fail:
    mdshm__drive_stage_clear(s);
    return rv;
}

void mdshm__drive_stage_forget_order(mdshm__dstage_t *s)
{
    free(s->order_url);
    free(s->finalize_url);
    s->order_url = s->finalize_url = NULL;
    for (size_t i = 0; i < s->n_authz; i++)
        free(s->authz[i]);
    free(s->authz);
    s->authz = NULL;
    s->n_authz = 0;
    for (size_t i = 0; i < s->n_chain; i++)
        free(s->chain[i]);
    s->n_chain = 0;
    s->state = MDSHM__STG_KEY;
}

void mdshm__drive_stage_rec(const mdshm__dstage_t *s, const char *md,
                            const char *spec, int64_t now,
                            mdshm_staging_rec_t *rec)
{
    memset(rec, 0, sizeof(*rec));
    rec->md = mdshm__sbuf(md);
    rec->key_spec = mdshm__sbuf(spec);
    rec->state = s->state;
    rec->pkey.p = s->pkey;
    rec->pkey.n = s->pkey_len;
    rec->n_chain = (uint32_t)s->n_chain;
    for (size_t i = 0; i < s->n_chain; i++) {
        rec->chain[i].p = s->chain[i];
        rec->chain[i].n = s->chain_len[i];
    }
    rec->account_id = mdshm__sbuf(s->account_id);
    rec->order_url = mdshm__sbuf(s->order_url);
    rec->finalize_url = mdshm__sbuf(s->finalize_url);
    rec->n_authz = (uint32_t)(s->n_authz < MDSHM_MAX_NAMES ? s->n_authz
                                                           : MDSHM_MAX_NAMES);
    for (uint32_t i = 0; i < rec->n_authz; i++)
        rec->authz_urls[i] = mdshm__sbuf(s->authz[i]);
    rec->created_ms = s->created_ms ? s->created_ms : now;
    rec->updated_ms = now;
}

struct save {
    const mdshm__dstage_t *s;
    const char *md, *spec;
    int64_t now;
    mdshm_record_t *rec;
};

static int save_fn(mdshm__wtxn_t *w, void *baton)
{
    struct save *sv = baton;
    char key[600];
    int klen = mdshm_key_certset(key, sizeof(key), sv->md, strlen(sv->md),
                                 sv->spec, strlen(sv->spec));

    if (klen < 0)
        return klen;
    memset(sv->rec, 0, sizeof(*sv->rec));
    sv->rec->type = MDSHM_REC_STAGING;
    mdshm__drive_stage_rec(sv->s, sv->md, sv->spec, sv->now,
                           &sv->rec->u.staging);
    return mdshm__w_put(w, MDSHM_DB_STAGING, key, (size_t)klen, sv->rec);
}

int mdshm__drive_stage_save(mdshm__run_t *r, size_t i)
{
    struct save sv = {&r->stg[i], r->md, r->specs[i], mdshm__now_ms(), NULL};
    int rv;

    if (!(sv.rec = malloc(sizeof(*sv.rec))))
        return -ENOMEM;
    if (!r->stg[i].created_ms)
        r->stg[i].created_ms = sv.now;
    r->stg[i].present = true;
    rv = mdshm__drive_run_write(r, save_fn, &sv);
    free(sv.rec);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: cannot save staging for %s",
                  r->md, r->specs[i]);
    return rv;
}

static int stage_put(mdshm__wtxn_t *w, const mdshm__run_t *r, size_t i)
{
    struct save sv = {&r->stg[i], r->md, r->specs[i], mdshm__now_ms(), NULL};
    int rv;

    if (!(sv.rec = malloc(sizeof(*sv.rec))))
        return -ENOMEM;
    rv = save_fn(w, &sv);
    free(sv.rec);
    return rv;
}

int mdshm__drive_stage_save_soon(mdshm__run_t *r, size_t i)
{
    /* MDClusterEndpoints, read here: drive_cluster.c calls down to us */
    if (r->d->g->cluster.endpoints.n == 0 || i >= 8 * sizeof(r->stage_due))
        return mdshm__drive_stage_save(r, i);
    if (!r->stg[i].created_ms)
        r->stg[i].created_ms = mdshm__now_ms();
    r->stg[i].present = true;
    r->stage_put = stage_put;
    r->stage_due |= 1u << i;
    return 0;
}

int mdshm__drive_stage_del(mdshm__wtxn_t *w, const mdshm__run_t *r, size_t i)
{
    char key[600];
    int klen, rv;

    klen = mdshm_key_certset(key, sizeof(key), r->md, strlen(r->md),
                             r->specs[i], strlen(r->specs[i]));
    if (klen < 0)
        return klen;
    rv = mdshm__w_del(w, MDSHM_DB_STAGING, key, (size_t)klen);
    return rv == MDSHM_ENOTFOUND ? 0 : rv;
}

static int drop_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm__run_t *r = baton;
    int rv;

    for (size_t i = 0; i < r->n_specs; i++) {
        rv = mdshm__drive_stage_del(w, r, i);
        if (rv < 0)
            return rv;
    }
    return 0;
}

int mdshm__drive_stage_drop_all(mdshm__run_t *r)
{
    int rv = mdshm__drive_run_write(r, drop_fn, r);

    if (rv == 0)
        for (size_t i = 0; i < r->n_specs; i++)
            mdshm__drive_stage_clear(&r->stg[i]);
    return rv;
}
