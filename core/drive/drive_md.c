/* drive_md.c -- one run for one MD, on a worker thread.
 *
 * 1. Load what the store knows: active sets, staging (order progress),
 *    job record (errors, Retry-After).
 * 2. Decide: renew if a key spec has no set, a set does not cover the
 *    names (or must-staple changed), the renew window is reached, ARI
 *    (RFC 9773) suggests it, or `mdshm renew` asked; always resume a
 *    staged order.  Static MDs are never renewed by ACME.
 * 3. Renew: the account (drive_account.c), then one resumable order per
 *    key spec (drive_order.c).
 * 4. Activate when every key spec has its chain (drive_activate.c).
 * 5. Record the outcome (jobs record: errors, next run, Retry-After) and
 *    tell the main loop when to run again.
 */
#include "drive.h"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#define VETO_RC (-EPERM)

/* ---- the store's view --------------------------------------------------- */

struct load {
    mdshm__run_t *r;
    mdshm_record_t rec;
};

static int load_cert(mdshm__run_t *r, mdshm_reader_t *rd, size_t i,
                     mdshm_record_t *rec)
{
    mdshm__dcert_t *c = &r->cert[i];
    const mdshm_certset_rec_t *cs = &rec->u.certset;
    char key[600];
    int klen = mdshm_key_certset(key, sizeof(key), r->md, strlen(r->md),
                                 r->specs[i], strlen(r->specs[i]));
    int rv;

    if (klen < 0)
        return klen;
    rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, rec);
    if (rv == 0 && cs->n_chain > 0) {
        c->present = true;
        c->not_before_ms = cs->not_before * 1000;
        c->not_after_ms = cs->not_after * 1000;
        c->leaf = malloc(cs->chain[0].n);
        if (!c->leaf)
            return -ENOMEM;
        memcpy(c->leaf, cs->chain[0].p, cs->chain[0].n);
        c->leaf_len = cs->chain[0].n;
        c->staple_asked = cs->must_staple_requested;
        if (cs->ari_id.n && !(c->ari_id = mdshm__bufdup(cs->ari_id, true)))
            return -ENOMEM;
    } else if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        return rv; /* a corrupt set is as good as none: replace it */
    }
    rv = mdshm_read_get(rd, MDSHM_DB_STAGING, key, (size_t)klen, rec);
    if (rv == 0)
        return mdshm__drive_stage_copy(&rec->u.staging, &r->stg[i]);
    return rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT ? 0 : rv;
}

static int load_fn(mdshm_reader_t *rd, void *baton)
{
    struct load *l = baton;
    mdshm__run_t *r = l->r;
    int rv;

    rv = mdshm_read_get(rd, MDSHM_DB_MDS, r->md, strlen(r->md), &l->rec);
    if (rv == 0 && r->cm->is_static) {
        /* static sets are stored under their files' key types */
        const mdshm_md_rec_t *md = &l->rec.u.md;
        r->n_specs = 0;
        for (uint32_t i = 0; i < md->n_key_specs; i++) {
            if (!(r->own_specs[i] = mdshm__bufdup(md->key_specs[i], false)))
                return -ENOMEM;
            r->n_specs = i + 1;
        }
        r->specs = (const char *const *)r->own_specs;
    }
    if (rv == 0)
        r->renew_at_ms = l->rec.u.md.renew_at_ms;
    else if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
        return rv;
    rv = mdshm_read_get(rd, MDSHM_DB_JOBS, r->md, strlen(r->md), &l->rec);
    if (rv == 0) {
        r->errors = l->rec.u.job.errors;
        r->retry_after_ms = l->rec.u.job.retry_after_ms;
    } else if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        return rv;
    }
    /* The job record may be behind (a full disk refused it): the count
     * kept in memory still doubles the back-off. */
    if (r->m->errors > r->errors)
        r->errors = r->m->errors;
    for (size_t i = 0; i < r->n_specs; i++)
        if ((rv = load_cert(r, rd, i, &l->rec)) < 0)
            return rv;
    return 0;
}

static int load(mdshm__run_t *r)
{
    struct load *l = malloc(sizeof(*l));
    int rv;

    if (!l)
        return -ENOMEM;
    l->r = r;
    rv = mdshm__read_once(r->d->st, load_fn, l);
    free(l);
    return rv;
}

/* Does the set's leaf still fit the MD (names, must-staple)?  For
 * must-staple what counts is whether it was *asked* for: a CA that drops
 * the extension would otherwise make every check order a new
 * certificate. */
static bool cert_fits(const mdshm__run_t *r, const mdshm__dcert_t *c)
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    bool fits = false;

    if (mdshm_chain_parse(c->leaf, c->leaf_len, &ch) < 0 ||
        mdshm_chain_info(ch, 0, &info) < 0)
        goto out;
    if (c->staple_asked != r->cm->s.must_staple)
        goto out;
    for (size_t i = 0; i < r->cm->names.n; i++) {
        bool found = false;
        for (size_t j = 0; j < info.n_names && !found; j++)
            found = strcmp(info.names[j], r->cm->names.v[i]) == 0;
        if (!found)
            goto out;
    }
    fits = true;
out:
    mdshm_chain_free(ch);
    return fits;
}

/* ---- timing ------------------------------------------------------------- */

struct plan {
    bool incomplete;     /* a key spec lacks a fitting set */
    bool staged;         /* an order is in progress */
    int64_t renew_at;    /* INT64_MAX: none */
    int64_t warn_at;
    int64_t expires;
    char why[160];
};

static void plan(mdshm__run_t *r, struct plan *p)
{
    memset(p, 0, sizeof(*p));
    p->renew_at = p->warn_at = p->expires = INT64_MAX;
    for (size_t i = 0; i < r->n_specs; i++) {
        const mdshm__dcert_t *c = &r->cert[i];
        if (r->stg[i].present)
            p->staged = true;
        if (!c->present) {
            p->incomplete = true;
            snprintf(p->why, sizeof(p->why), "no %s certificate", r->specs[i]);
            continue;
        }
        if (!cert_fits(r, c)) {
            p->incomplete = true;
            snprintf(p->why, sizeof(p->why), "the %s certificate does not "
                     "cover the names or must-staple setting", r->specs[i]);
        }
        int64_t at = mdshm__drive_plan_window(c->not_before_ms,
                                              c->not_after_ms,
                                              r->m->renew_win);
        int64_t warn = mdshm__drive_plan_window(c->not_before_ms,
                                                c->not_after_ms,
                                                r->m->warn_win);
        /* A stored renew-at earlier than the window, within this set's
         * life, is an ARI suggestion made earlier: keep it. */
        if (r->renew_at_ms > 0 && r->renew_at_ms < at &&
            r->renew_at_ms >= c->not_before_ms)
            at = r->renew_at_ms;
        if (at < p->renew_at)
            p->renew_at = at;
        if (warn < p->warn_at)
            p->warn_at = warn;
        if (c->not_after_ms < p->expires)
            p->expires = c->not_after_ms;
    }
}

/* ---- ACME client -------------------------------------------------------- */

static int client(mdshm__run_t *r)
{
    const mdshm__config_md_t *cm = r->cm;
    mdshm__acme_opts_t o;
    int rv;

    if (r->acme)
        return 0;
    if (cm->s.ca_urls.n == 0)
        return mdshm__drive_run_fail(r, MDSHM_EBADINPUT, NULL,
                                     "no MDCertificateAuthority configured");
    r->ca_idx = mdshm__drive_plan_ca(r->errors, r->d->failover,
                                     cm->s.ca_urls.n);
    r->ca_url = cm->s.ca_urls.v[r->ca_idx];
    memset(&o, 0, sizeof(o));
    o.ca_file = cm->s.ca_file;
    o.proxy = cm->s.http_proxy;
    o.cancelled = mdshm__drive_cancelled;
    o.cancel_baton = r->d;
    rv = mdshm__acme_create(r->ca_url, &o, &r->acme);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL, "cannot create an ACME "
                                     "client for %s", r->ca_url);
    mdshm__drive_run_activity(r, "contacting the ACME server at %s",
                              r->ca_url);
    return mdshm__acme_directory(r->acme, false, &r->dir, &r->res);
}

/* ---- ARI ---------------------------------------------------------------- */

struct renew_at {
    const char *md;
    int64_t at;
    mdshm_record_t rec, copy;
};

static int renew_at_fn(mdshm__wtxn_t *w, void *baton)
{
    struct renew_at *ra = baton;
    uint8_t *buf = NULL;
    int rv = mdshm__w_get(w, MDSHM_DB_MDS, ra->md, strlen(ra->md), &ra->rec);

    if (rv < 0)
        return rv;
    rv = mdshm__rec_clone(&ra->rec, &ra->copy, &buf);
    if (rv < 0)
        return rv;
    ra->copy.u.md.renew_at_ms = ra->at;
    rv = mdshm__w_put(w, MDSHM_DB_MDS, ra->md, strlen(ra->md), &ra->copy);
    free(buf);
    return rv;
}

/* Keep an ARI suggestion: the next checks may not ask again before the
 * CA's Retry-After, and the random point must not be drawn anew. */
static void save_renew_at(mdshm__run_t *r, int64_t at)
{
    struct renew_at *ra = malloc(sizeof(*ra));

    if (!ra)
        return;
    ra->md = r->md;
    ra->at = at;
    if (mdshm__drive_run_write(r, renew_at_fn, ra) == 0)
        r->renew_at_ms = at;
    free(ra);
}

/* Ask the CA when to renew (RFC 9773); may move p->renew_at earlier.
 * Failures are logged only: the renew window still holds. */
static void ari_check(mdshm__run_t *r, struct plan *p)
{
    int64_t best = INT64_MAX, retry = 0;

    if (client(r) < 0 || !r->dir->renewal_info)
        return;
    for (size_t i = 0; i < r->n_specs; i++) {
        mdshm__dcert_t *c = &r->cert[i];
        mdshm__acme_ari_t ari;
        mdshm__acme_result_t res;

        if (!c->ari_id && mdshm__ari_cert_id(c->leaf, c->leaf_len,
                                             &c->ari_id) < 0)
            continue;
        memset(&ari, 0, sizeof(ari));
        if (mdshm__acme_renewal_info(r->acme, c->ari_id, &ari, &res) < 0) {
            MDSHM_LOG(MDSHM_LOG_INFO, res.rv, "MD %s: no renewal "
                      "information for %s: %s", r->md, r->specs[i],
                      res.detail);
            continue;
        }
        int64_t at = mdshm__drive_plan_ari(ari.start_ms, ari.end_ms);
        if (at < best)
            best = at;
        if (ari.retry_after_ms > retry)
            retry = ari.retry_after_ms;
        if (at < p->renew_at && ari.explanation_url)
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: the CA suggests an early "
                      "renewal, see %s", r->md, ari.explanation_url);
        mdshm__acme_ari_clear(&ari);
    }
    r->ari_retry_ms = retry;
    if (best < p->renew_at) {
        char when[48];
        mdshm__drive_plan_text(best - r->now, when, sizeof(when));
        mdshm__drive_run_log(r, "progress",
                             "ARI: the CA suggests renewing %s%s",
                             best <= r->now ? "now" : "in ",
                             best <= r->now ? "" : when);
        p->renew_at = best;
        snprintf(p->why, sizeof(p->why), "ARI suggests renewal");
        save_renew_at(r, best);
    }
}

/* ---- the run ------------------------------------------------------------ */

static int64_t min64(int64_t a, int64_t b)
{
    return a < b ? a : b;
}

/* When to look again after a run that renewed nothing. */
static int64_t next_check(const mdshm__run_t *r, const struct plan *p)
{
    int64_t next = mdshm__drive_plan_check(r->now, r->d->check_interval_ms);

    if (p->renew_at > r->now)
        next = min64(next, p->renew_at);
    if (p->warn_at > r->now)
        next = min64(next, p->warn_at);
    return next;
}

static int renew(mdshm__run_t *r, struct plan *p)
{
    int rv;

    if (!p->staged) {
        rv = mdshm__drive_run_event(r, MDSHM__EV_RENEWING, p->why);
        if (rv == 1) {
            snprintf(r->activity, sizeof(r->activity),
                     "renewal vetoed by MDMessageCmd");
            return VETO_RC;
        }
        if (rv < 0)
            return rv;
        mdshm__drive_run_log(r, "starting", "renewing: %s", p->why);
    }
    if ((rv = client(r)) < 0 || (rv = mdshm__drive_account_select(r)) < 0)
        return rv;
    for (size_t i = 0; i < r->n_specs; i++) {
        rv = mdshm__drive_order_obtain(r, i);
        if (rv < 0) {
            mdshm__drive_account_check_gone(r);
            return rv;
        }
    }
    rv = mdshm__drive_activate(r);
    return rv;
}

struct outcome {
    mdshm__job_outcome_t o;
    const char *md;
};

static int outcome_fn(mdshm__wtxn_t *w, void *baton)
{
    struct outcome *oc = baton;
    return mdshm__job_record(w, oc->md, mdshm__now_ms(), &oc->o);
}

/* Record the result; tell the main loop when to come back. */
static void finish(mdshm__run_t *r, const struct plan *p, int rv,
                   const char *ok_detail)
{
    mdshm_drive_t *d = r->d;
    mdshm__dres_t *res = &r->m->res;
    struct outcome oc;
    char delay[48], detail[1100];
    bool input;

    memset(&oc, 0, sizeof(oc));
    oc.md = r->md;
    if (rv < 0 && mdshm__drive_cancelled(d)) {
        /* stopped or deposed: not the MD's fault; whoever leads resumes */
        res->next_ms = mdshm__now_ms() + 1000;
        res->keep_forced = r->forced;
        return;
    }
    if (rv < 0) {
        /* our input (bad CSR, rejected name, terms not agreed): it does
         * not heal by retrying soon */
        input = rv == MDSHM_EBADINPUT;
        res->errors = r->errors + 1;
        res->keep_forced = r->forced;
        res->next_ms = mdshm__drive_plan_retry(mdshm__now_ms(),
                                               d->retry_delay_ms, res->errors,
                                               r->res.retry_after_ms, input);
        snprintf(detail, sizeof(detail), "%s",
                 r->res.detail[0] ? r->res.detail : mdshm_strerror(rv));
        oc.o.status = rv;
        oc.o.problem = r->res.problem[0] ? r->res.problem : NULL;
        oc.o.detail = detail;
        oc.o.activity = r->activity;
        oc.o.retry_after_ms = r->res.retry_after_ms;
        mdshm__drive_plan_text(res->next_ms - mdshm__now_ms(), delay,
                               sizeof(delay));
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: %s: %s; error %u, next attempt "
                  "in %s", r->md, r->activity, detail, res->errors, delay);
    } else {
        res->errors = 0;
        res->keep_forced = false;
        res->next_ms = r->next_ms ? r->next_ms : next_check(r, p);
        oc.o.detail = ok_detail;
        oc.o.activity = r->activity;
        oc.o.retry_after_ms = r->ari_retry_ms;
    }
    oc.o.next_run_ms = res->next_ms;
    r->outcome_next = true; /* the job record is written anyway */
    if (mdshm__drive_run_write(r, outcome_fn, &oc) < 0)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: job record not written", r->md);
    if (rv < 0)
        mdshm__event_raise(d->cand, d->st, &d->ev, MDSHM__EV_ERRORED, r->md,
                           detail);
}

static void run_free(mdshm__run_t *r)
{
    for (size_t i = 0; i < MDSHM_MAX_LIST; i++) {
        free(r->own_specs[i]);
        free(r->cert[i].leaf);
        free(r->cert[i].ari_id);
        mdshm__drive_stage_clear(&r->stg[i]);
    }
    mdshm__acme_destroy(r->acme);
}

static void run(mdshm__run_t *r)
{
    const mdshm__config_md_t *cm = r->cm;
    struct plan p;
    char detail[300], when[48];
    int rv;

    memset(&p, 0, sizeof(p));
    rv = load(r);
    if (rv < 0) {
        mdshm__drive_run_fail(r, rv, NULL, "cannot read the MD's state");
        finish(r, &p, rv, NULL);
        return;
    }
    plan(r, &p);
    /* Without errors the stored Retry-After is the ARI one: keep it until
     * ARI is asked again; after errors it was the CA's, now spent. */
    r->ari_retry_ms = r->errors == 0 ? r->retry_after_ms : 0;
    if (cm->is_static) {
        snprintf(r->activity, sizeof(r->activity), "static certificate: "
                 "not renewed by ACME");
        finish(r, &p, 0, r->activity);
        goto warn;
    }
    bool due = r->forced || p.incomplete || p.renew_at <= r->now;
    if (r->forced)
        snprintf(p.why, sizeof(p.why), "renewal requested");
    else if (!p.incomplete && p.renew_at <= r->now)
        snprintf(p.why, sizeof(p.why), "renewal window reached");
    if (!due && !p.staged && cm->s.renew_via_ari && r->errors == 0 &&
        r->retry_after_ms <= r->now) {
        ari_check(r, &p);
        due = p.renew_at <= r->now;
    }
    if (!p.staged && (!due || (cm->s.renew_mode == MDSHM__RENEW_MANUAL &&
                               !r->forced))) {
        if (due)
            snprintf(r->activity, sizeof(r->activity), "renewal due (%s), "
                     "but MDRenewMode is manual", p.why);
        else if (p.renew_at == INT64_MAX)
            snprintf(r->activity, sizeof(r->activity), "checked");
        else {
            mdshm__drive_plan_text(p.renew_at - r->now, when, sizeof(when));
            snprintf(r->activity, sizeof(r->activity), "checked: renewal in "
                     "%s", when);
        }
        finish(r, &p, 0, r->activity);
        goto warn;
    }
    rv = renew(r, &p);
    if (rv == VETO_RC) {
        r->next_ms = mdshm__drive_plan_check(r->now, r->d->check_interval_ms);
        finish(r, &p, 0, r->activity);
        goto warn;
    }
    if (rv == 1) {
        mdshm__drive_plan_text(r->next_ms - mdshm__now_ms(), when,
                               sizeof(when));
        snprintf(detail, sizeof(detail), "new certificates staged; "
                 "activation in %s (MDActivationDelay)", when);
        finish(r, &p, 0, detail);
        return;
    }
    if (rv == 0) {
        finish(r, &p, 0, r->activity);
        return; /* renewed: no warning */
    }
    finish(r, &p, rv, NULL);
warn:
    if (p.warn_at <= r->now && p.expires != INT64_MAX &&
        !mdshm__drive_cancelled(r->d)) {
        mdshm__drive_plan_text(p.expires - r->now, when, sizeof(when));
        snprintf(detail, sizeof(detail), "certificate expires in %s", when);
        mdshm__drive_run_event(r, MDSHM__EV_EXPIRING, detail);
    }
}

void mdshm__drive_md_run(mdshm_drive_t *d, mdshm__dmd_t *m, bool forced)
{
    const mdshm__config_md_t *cm = m->cfg;
    mdshm__run_t *r = calloc(1, sizeof(*r));

    if (!r) {
        m->res.next_ms = mdshm__now_ms() + 5000;
        m->res.keep_forced = forced;
        return;
    }
    r->d = d;
    r->m = m;
    r->cm = cm;
    r->md = cm->name;
    r->now = mdshm__now_ms();
    r->forced = forced;
    r->n_specs = cm->s.key_specs.n < MDSHM_MAX_LIST ? cm->s.key_specs.n
                                                    : MDSHM_MAX_LIST;
    r->specs = cm->s.key_specs.v;
    run(r);
    if (!r->exported)
        mdshm__drive_export(r);
    mdshm__drive_run_flush(r); /* what came after the outcome's write */
    mdshm__drive_run_forget_dels(r); /* not written: the purge of the
                                      * next activation removes them */
    m->res.next_ms = mdshm__drive_export_retry(r, m->res.next_ms);
    run_free(r);
    OPENSSL_cleanse(r, sizeof(*r));
    free(r);
}
