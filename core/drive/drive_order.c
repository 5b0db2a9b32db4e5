/* drive_order.c -- one ACME order per key spec, resumable at every step.
 *
 * The key is generated and stored in staging together with the order URL
 * before anything is finalized, so whoever leads next asks the CA about
 * the same order (mdshm__acme_order_get: the URL is all it takes) and
 * finalizes or downloads with the same key.  The CA's order status, not
 * our notes, decides the next step: pending -> challenges, ready ->
 * finalize (CSR for all names, must-staple if configured), processing ->
 * poll (Retry-After honoured by the client), valid -> download and choose
 * the chain (MDPreferredChain).  A step that fails is followed by one look
 * at the order: if it moved on (a lost answer), the run goes on from
 * there.  An order the CA declared invalid is forgotten (the key stays).
 */
#include "drive.h"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#define ORDER_POLL_MS (300 * 1000) /* mod_md's limit per wait */

static int idents(const mdshm__run_t *r, mdshm__acme_ident_t *ids)
{
    for (size_t i = 0; i < r->cm->names.n; i++)
        if (mdshm__acme_ident(r->cm->names.v[i], &ids[i]) < 0)
            return MDSHM_EBADINPUT;
    return 0;
}

/* The order is for exactly the MD's names (the config may have changed). */
static bool order_fits(const mdshm__run_t *r, const mdshm__acme_order_t *o,
                       const mdshm__acme_ident_t *ids)
{
    if (o->n_idents != r->cm->names.n)
        return false;
    for (size_t i = 0; i < o->n_idents; i++) {
        bool found = false;
        for (size_t j = 0; j < o->n_idents && !found; j++)
            found = strcmp(ids[i].type, o->idents[j].type) == 0 &&
                    strcmp(ids[i].value, o->idents[j].value) == 0;
        if (!found)
            return false;
    }
    return true;
}

static bool order_dead(mdshm__acme_status_t st)
{
    return st == MDSHM__ACME_INVALID || st == MDSHM__ACME_EXPIRED ||
           st == MDSHM__ACME_DEACTIVATED || st == MDSHM__ACME_REVOKED ||
           st == MDSHM__ACME_UNKNOWN;
}

static int copy_str(char **dst, const char *src)
{
    free(*dst);
    *dst = NULL;
    return src && !(*dst = strdup(src)) ? -ENOMEM : 0;
}

/* Keep the order's URLs in staging. */
static int stage_order(mdshm__run_t *r, size_t i, const mdshm__acme_order_t *o,
                       uint32_t state)
{
    mdshm__dstage_t *s = &r->stg[i];
    int rv;

    if ((rv = copy_str(&s->account_id, r->account_id)) ||
        (rv = copy_str(&s->order_url, o->url)) ||
        (rv = copy_str(&s->finalize_url, o->finalize_url)))
        return rv;
    for (size_t k = 0; k < s->n_authz; k++)
        free(s->authz[k]);
    free(s->authz);
    s->n_authz = 0;
    s->authz = o->n_authz ? calloc(o->n_authz, sizeof(char *)) : NULL;
    if (o->n_authz && !s->authz)
        return -ENOMEM;
    for (size_t k = 0; k < o->n_authz && k < MDSHM_MAX_NAMES; k++) {
        if (!(s->authz[k] = strdup(o->authz_urls[k])))
            return -ENOMEM;
        s->n_authz = k + 1;
    }
    s->state = state;
    return mdshm__drive_stage_save(r, i);
}

/* The staged key, made (and kept in staging) if there is none yet. */
static int staged_key(mdshm__run_t *r, size_t i, mdshm__pkey_t **key)
{
    mdshm__dstage_t *s = &r->stg[i];
    mdshm_buf_t der;
    int rv;

    if (s->pkey) {
        if ((rv = mdshm__pkey_parse(s->pkey, s->pkey_len, key)) == 0 ||
            rv == -ENOMEM)
            return rv;
        /* A staged key we cannot use would block the MD forever: start
         * over with a new key and a new order. */
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: the staged %s key is "
                  "unusable; starting over", r->md, r->specs[i]);
        OPENSSL_cleanse(s->pkey, s->pkey_len);
        free(s->pkey);
        s->pkey = NULL;
        s->pkey_len = 0;
        mdshm__drive_stage_forget_order(s);
    }
    mdshm__drive_run_activity(r, "generating a %s key", r->specs[i]);
    rv = mdshm__keygen(r->specs[i], key);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL, "cannot generate a %s key",
                                     r->specs[i]);
    rv = mdshm__pkey_der(*key, &der);
    if (rv < 0)
        return rv;
    if (!(s->pkey = malloc(der.n)))
        return -ENOMEM;
    memcpy(s->pkey, der.p, der.n);
    s->pkey_len = der.n;
    return 0;
}

static int new_order(mdshm__run_t *r, size_t i, const mdshm__acme_ident_t *ids,
                     mdshm__acme_order_t *o)
{
    const mdshm__config_md_t *cm = r->cm;
    const char *profile = cm->s.profile, *replaces = NULL;
    int rv;

    if (profile && !mdshm__acme_dir_has_profile(r->dir, profile)) {
        if (cm->s.profile_mandatory)
            return mdshm__drive_run_fail(r, MDSHM_EBADINPUT, NULL,
                                         "the CA does not offer the mandatory "
                                         "profile '%s'", profile);
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: the CA does not offer "
                  "profile '%s'; ordering without a profile", r->md, profile);
        profile = NULL;
    }
    /* RFC 9773 "replaces": only for a set of this account's CA */
    if (r->dir->renewal_info && cm->s.renew_via_ari && r->cert[i].present) {
        if (!r->cert[i].ari_id)
            mdshm__ari_cert_id(r->cert[i].leaf, r->cert[i].leaf_len,
                               &r->cert[i].ari_id);
        replaces = r->cert[i].ari_id;
    }
    mdshm__drive_run_activity(r, "creating a new %s order", r->specs[i]);
    rv = mdshm__acme_order_new(r->acme, ids, cm->names.n, profile, replaces,
                               o, &r->res);
    if (rv < 0)
        return rv;
    rv = stage_order(r, i, o, MDSHM__STG_ORDERED);
    if (rv < 0)
        return rv;
    mdshm__drive_run_log(r, "progress", "created %s order %s", r->specs[i],
                         o->url);
    return 0;
}

/* Save a state that only reports progress: a run that resumes the order
 * learns it from the CA's order anyway (ready: finalize with the staged
 * key; processing or valid: wait, download).  Not saved where each write
 * is an etcd txn on the run's path (cluster mode): two of a run's seven
 * sequential writes (docs/cluster.md, "Benchmarks").  @return as
 * mdshm__drive_stage_save. */
static int progress_save(mdshm__run_t *r, size_t i)
{
    /* MDClusterEndpoints, read here: drive_cluster.c calls down to us */
    if (r->d->g->cluster.endpoints.n > 0)
        return 0;
    return mdshm__drive_stage_save(r, i);
}

/* Resume a staged order: 0 with @o filled, 1 if there is none to resume. */
static int resume_order(mdshm__run_t *r, size_t i,
                        const mdshm__acme_ident_t *ids,
                        mdshm__acme_order_t *o)
{
    mdshm__dstage_t *s = &r->stg[i];
    int rv;

    if (!s->order_url)
        return 1;
    if (!s->account_id || strcmp(s->account_id, r->account_id) != 0) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: the staged %s order belongs "
                  "to account %s, not %s: starting over", r->md, r->specs[i],
                  s->account_id ? s->account_id : "?", r->account_id);
        mdshm__drive_stage_forget_order(s);
        return 1;
    }
    mdshm__drive_run_activity(r, "resuming %s order %s", r->specs[i],
                              s->order_url);
    rv = mdshm__acme_order_get(r->acme, s->order_url, o, &r->res);
    if (rv == MDSHM_ENOTFOUND || rv == -EACCES || rv == -EBADMSG ||
        (rv == 0 && (order_dead(o->status) || !order_fits(r, o, ids)))) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: staged order %s is %s: "
                  "starting over", r->md, s->order_url,
                  rv < 0 ? "gone" : order_dead(o->status)
                                        ? mdshm__acme_status_name(o->status)
                                        : "for other names");
        mdshm__acme_order_clear(o);
        mdshm__drive_stage_forget_order(s);
        return 1;
    }
    if (rv == 0)
        mdshm__drive_run_log(r, "progress", "resuming %s order %s (%s)",
                             r->specs[i], o->url,
                             mdshm__acme_status_name(o->status));
    return rv;
}

static int finalize(mdshm__run_t *r, size_t i, mdshm__acme_order_t *o,
                    const mdshm__pkey_t *key)
{
    uint8_t *csr = NULL;
    size_t len = 0;
    int rv;

    /* logged, not only the activity: status shows a run's progress from
     * its log, and a CA may hold a finalize for minutes */
    mdshm__drive_run_log(r, "progress", "the %s order is ready: finalizing",
                         r->specs[i]);
    mdshm__drive_run_activity(r, "finalizing the %s order", r->specs[i]);
    rv = mdshm__csr_make(key, r->cm->names.v, r->cm->names.n,
                         r->cm->s.must_staple, &csr, &len);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL, "cannot make the %s CSR",
                                     r->specs[i]);
    r->stg[i].state = MDSHM__STG_FINALIZING;
    rv = progress_save(r, i);
    if (rv == 0)
        rv = mdshm__acme_order_finalize(r->acme, o, csr, len,
                                        mdshm__now_ms() + ORDER_POLL_MS,
                                        &r->res);
    free(csr);
    return rv;
}

static int download(mdshm__run_t *r, size_t i, const mdshm__acme_order_t *o,
                    const mdshm__pkey_t *key)
{
    const char *pref = r->cm->s.preferred_chain;
    mdshm__acme_chains_t chains;
    mdshm__dstage_t *s = &r->stg[i];
    const mdshm_chain_t *ch;
    size_t idx, n;
    int rv;

    if (!o->cert_url)
        return mdshm__drive_run_fail(r, -EBADMSG, NULL, "valid order %s "
                                     "without a certificate URL", o->url);
    memset(&chains, 0, sizeof(chains));
    mdshm__drive_run_activity(r, "retrieving the %s certificate chain",
                              r->specs[i]);
    rv = mdshm__acme_cert_download(r->acme, o->cert_url, pref != NULL,
                                   &chains, &r->res);
    if (rv < 0)
        goto out;
    idx = pref ? mdshm__acme_chain_choose(&chains, pref) : 0;
    ch = idx < chains.n ? chains.c[idx].chain : NULL;
    if (!ch) {
        rv = mdshm__drive_run_fail(r, -EBADMSG, NULL, "no usable %s chain",
                                   r->specs[i]);
        goto out;
    }
    rv = mdshm__pkey_matches(key, ch);
    if (rv < 0) {
        rv = mdshm__drive_run_fail(r, MDSHM_EMISMATCH, NULL, "the CA's %s "
                                   "certificate is not for our key",
                                   r->specs[i]);
        goto out;
    }
    for (size_t k = 0; k < s->n_chain; k++)
        free(s->chain[k]);
    s->n_chain = 0;
    n = mdshm_chain_count(ch);
    for (size_t k = 0; k < n && k < MDSHM_MAX_CHAIN; k++) {
        mdshm_buf_t der;
        rv = mdshm_chain_der(ch, k, &der);
        if (rv < 0)
            goto out;
        if (!(s->chain[k] = malloc(der.n))) {
            rv = -ENOMEM;
            goto out;
        }
        memcpy(s->chain[k], der.p, der.n);
        s->chain_len[k] = der.n;
        s->n_chain = k + 1;
    }
    s->state = MDSHM__STG_DONE;
    rv = mdshm__drive_stage_save_soon(r, i);
    if (rv == 0)
        mdshm__drive_run_log(r, "progress", "retrieved the %s certificate "
                             "(%zu in chain%s)", r->specs[i], s->n_chain,
                             idx ? ", preferred alternate" : "");
out:
    mdshm__acme_chains_clear(&chains);
    return rv;
}

/* A step failed (a lost answer, a CA that says "not ready" because our
 * retried request had in fact been processed...): ask the CA how far the
 * order got.  True if it moved on and the run can go on from there. */
static bool recover(mdshm__run_t *r, mdshm__acme_order_t *o,
                    mdshm__acme_status_t before)
{
    mdshm__acme_order_t now;
    mdshm__acme_result_t res;
    bool moved;

    if (mdshm__drive_cancelled(r->d))
        return false;
    memset(&now, 0, sizeof(now));
    if (mdshm__acme_order_get(r->acme, o->url, &now, &res) < 0)
        return false;
    moved = now.status != before && !order_dead(now.status);
    if (moved) {
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: order %s is %s after an error "
                  "(%s): going on", r->md, o->url,
                  mdshm__acme_status_name(now.status), r->res.detail);
        mdshm__acme_order_clear(o);
        *o = now;
    } else {
        mdshm__acme_order_clear(&now);
    }
    return moved;
}

/* Drive the order of key spec @i to a staged chain. */
int mdshm__drive_order_obtain(mdshm__run_t *r, size_t i)
{
    mdshm__acme_ident_t *ids = calloc(r->cm->names.n, sizeof(*ids));
    mdshm__acme_order_t o;
    mdshm__pkey_t *key = NULL;
    int rv;

    memset(&o, 0, sizeof(o));
    if (!ids)
        return -ENOMEM;
    if (r->stg[i].present && r->stg[i].state == MDSHM__STG_DONE &&
        r->stg[i].n_chain > 0) {
        rv = 0; /* staged already, waiting for the other key specs */
        goto out;
    }
    rv = idents(r, ids);
    if (rv < 0) {
        rv = mdshm__drive_run_fail(r, rv, NULL,
                                   "a name is not a valid identifier");
        goto out;
    }
    rv = staged_key(r, i, &key);
    if (rv < 0)
        goto out;
    rv = resume_order(r, i, ids, &o);
    if (rv == 1)
        rv = new_order(r, i, ids, &o);
    for (int step = 0; rv == 0 && step < 8; step++) {
        mdshm__acme_status_t before = o.status;
        switch (o.status) {
        case MDSHM__ACME_PENDING:
            rv = mdshm__drive_challenge_run(r, &o);
            if (rv == 0) {
                r->stg[i].state = MDSHM__STG_AUTHORIZED;
                progress_save(r, i);
                rv = mdshm__acme_order_poll(r->acme, &o, MDSHM__ACME_READY,
                                            mdshm__now_ms() + ORDER_POLL_MS,
                                            &r->res);
            }
            break;
        case MDSHM__ACME_READY:
            rv = finalize(r, i, &o, key);
            break;
        case MDSHM__ACME_PROCESSING:
            mdshm__drive_run_activity(r, "waiting for the %s certificate",
                                      r->specs[i]);
            rv = mdshm__acme_order_poll(r->acme, &o, MDSHM__ACME_VALID,
                                        mdshm__now_ms() + ORDER_POLL_MS,
                                        &r->res);
            break;
        case MDSHM__ACME_VALID:
            rv = download(r, i, &o, key);
            goto out;
        default:
            rv = -EPROTO;
            if (o.error)
                r->res = *o.error;
            else
                mdshm__drive_run_fail(r, rv, NULL, "order %s is %s", o.url,
                                      mdshm__acme_status_name(o.status));
            break;
        }
        if (rv < 0 && rv != -EPROTO && recover(r, &o, before))
            rv = 0;
    }
    if (rv == 0)
        rv = mdshm__drive_run_fail(r, -EPROTO, NULL, "order %s does not "
                                   "progress (%s)", o.url,
                                   mdshm__acme_status_name(o.status));
    /* An order the CA declared invalid is dead: the next attempt makes a
     * new one (the key stays: it never left the store). */
    if (rv == -EPROTO && r->stg[i].order_url) {
        mdshm__drive_stage_forget_order(&r->stg[i]);
        mdshm__drive_stage_save(r, i);
    }
out:
    mdshm__acme_order_clear(&o);
    mdshm__pkey_free(key);
    free(ids);
    return rv;
}
