/* drive_activate.c -- staging -> active.
 *
 * When every key spec of an MD has its new chain in staging, one fenced
 * transaction installs all sets (mdshm__cert_set_install: the previous
 * set of each goes to the archive), marks the MD complete with its new
 * renew-at and deletes the staging records.  Workers see the whole new
 * state or the whole old one, and serve the new sets at their next
 * lookup: nothing needs a reload.  Then the MDExportDir files
 * (drive_export.c) and the events renewed and installed.
 *
 * MDActivationDelay keeps the sets in staging until the newest one has
 * been valid that long, unless the current certificate would expire
 * first.
 */
#include "drive.h"

#include "cert_install.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct newset {
    mdshm_chain_t *leaf;
    mdshm_cert_info_t info;
    char *ari_id;
};

struct activate {
    mdshm__run_t *r;
    struct newset *sets;
    int64_t renew_at;
    mdshm_record_t rec, copy;
};

static int activate_fn(mdshm__wtxn_t *w, void *baton)
{
    struct activate *a = baton;
    mdshm__run_t *r = a->r;
    uint8_t *buf = NULL;
    int rv;

    for (size_t i = 0; i < r->n_specs; i++) {
        const mdshm__dstage_t *s = &r->stg[i];
        const mdshm_cert_info_t *info = &a->sets[i].info;
        mdshm__cert_set_t cs;

        memset(&cs, 0, sizeof(cs));
        cs.md = r->md;
        cs.key_spec = r->specs[i];
        cs.leaf = info;
        cs.n_chain = s->n_chain;
        for (size_t k = 0; k < s->n_chain; k++) {
            cs.chain[k].p = s->chain[k];
            cs.chain[k].n = s->chain_len[k];
        }
        cs.pkey.p = s->pkey;
        cs.pkey.n = s->pkey_len;
        cs.ari_id = a->sets[i].ari_id;
        cs.must_staple_requested = r->cm->s.must_staple;
        if (cs.must_staple_requested && !info->must_staple)
            MDSHM_LOG(MDSHM_LOG_WARN, 0,
                      "MD %s: the CA issued the %s certificate without the "
                      "must-staple extension that was asked for; installing "
                      "it (no renewal loop over this)", r->md, r->specs[i]);
        /* 1 (this very set is active already) is as good as installed */
        rv = mdshm__cert_set_install(w, &cs);
        if (rv < 0)
            return rv;
        rv = mdshm__drive_stage_del(w, r, i);
        if (rv < 0)
            return rv;
    }
    rv = mdshm__w_get(w, MDSHM_DB_MDS, r->md, strlen(r->md), &a->rec);
    if (rv < 0)
        return rv; /* the sync wrote it: its absence is an error */
    rv = mdshm__rec_clone(&a->rec, &a->copy, &buf);
    if (rv < 0)
        return rv;
    a->copy.u.md.state = MDSHM_MD_COMPLETE;
    a->copy.u.md.renew_at_ms = a->renew_at;
    rv = mdshm__w_put_md(w, &a->copy.u.md);
    free(buf);
    return rv;
}

static void sets_free(struct newset *sets, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        mdshm_chain_free(sets[i].leaf);
        free(sets[i].ari_id);
    }
    free(sets);
}

int mdshm__drive_activate(mdshm__run_t *r)
{
    struct activate *a = calloc(1, sizeof(*a));
    int64_t newest = 0, oldest_end = INT64_MAX, until = INT64_MAX;
    char when[48], specs[128] = "";
    size_t off = 0;
    int rv = 0;

    if (!a || !(a->sets = calloc(r->n_specs, sizeof(*a->sets)))) {
        free(a);
        return -ENOMEM;
    }
    a->r = r;
    a->renew_at = INT64_MAX;
    for (size_t i = 0; i < r->n_specs && rv == 0; i++) {
        const mdshm__dstage_t *s = &r->stg[i];
        mdshm_buf_t leaf = {s->chain[0], s->chain_len[0]};
        mdshm_buf_t key = {s->pkey, s->pkey_len};
        struct newset *n = &a->sets[i];

        if (s->state != MDSHM__STG_DONE || s->n_chain == 0 || !s->pkey) {
            rv = mdshm__drive_run_fail(r, -EPROTO, NULL, "the %s set is not "
                                       "complete", r->specs[i]);
            break;
        }
        if ((rv = mdshm_chain_parse(leaf.p, leaf.n, &n->leaf)) < 0 ||
            (rv = mdshm_chain_info(n->leaf, 0, &n->info)) < 0 ||
            (rv = mdshm__der_pair_matches(leaf, key)) < 0) {
            /* staging is ours, so this means it was damaged: start over */
            mdshm__drive_run_fail(r, rv, NULL, "the staged %s set is "
                                  "unusable; it is dropped", r->specs[i]);
            mdshm__drive_stage_drop_all(r);
            break;
        }
        mdshm__ari_cert_id(leaf.p, leaf.n, &n->ari_id); /* optional */
        if (n->info.not_before * 1000 > newest)
            newest = n->info.not_before * 1000;
        int64_t at = mdshm__drive_plan_window(n->info.not_before * 1000,
                                              n->info.not_after * 1000,
                                              r->m->renew_win);
        if (at < a->renew_at)
            a->renew_at = at;
        if (n->info.not_after * 1000 < until)
            until = n->info.not_after * 1000;
        if (r->cert[i].present && r->cert[i].not_after_ms < oldest_end)
            oldest_end = r->cert[i].not_after_ms;
        off += (size_t)snprintf(specs + off, sizeof(specs) - off, "%s%s",
                                i ? ", " : "", r->specs[i]);
        if (off >= sizeof(specs))
            off = sizeof(specs) - 1;
    }
    if (rv < 0)
        goto out;
    /* MDActivationDelay: a replacement waits (a first certificate never
     * does: there is nothing to serve meanwhile). */
    int64_t ready = newest + r->d->activation_delay_ms;
    if (oldest_end != INT64_MAX && ready > mdshm__now_ms() &&
        ready < oldest_end) {
        r->next_ms = ready;
        rv = 1;
        goto out;
    }
    rv = mdshm__drive_run_write(r, activate_fn, a);
    if (rv < 0) {
        mdshm__drive_run_fail(r, rv, NULL,
                              "cannot activate the new certificates");
        goto out;
    }
    for (size_t i = 0; i < r->n_specs; i++)
        mdshm__drive_stage_clear(&r->stg[i]);
    mdshm__drive_challenge_purge(r);
    mdshm__drive_plan_text(until - mdshm__now_ms(), when, sizeof(when));
    snprintf(r->activity, sizeof(r->activity), "installed new certificates "
             "(%s), valid for %s", specs, when);
    mdshm__drive_run_log(r, "installed", "%s", r->activity);
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: %s", r->md, r->activity);
    mdshm__drive_export(r); /* before MDNotifyCmd: it finds the new files */
    mdshm__drive_run_event(r, MDSHM__EV_RENEWED, r->activity);
    mdshm__drive_run_event(r, MDSHM__EV_INSTALLED, r->activity);
    r->next_ms = mdshm__drive_plan_check(mdshm__now_ms(),
                                         r->d->check_interval_ms);
    if (a->renew_at < r->next_ms)
        r->next_ms = a->renew_at;
out:
    sets_free(a->sets, r->n_specs);
    free(a);
    return rv;
}
