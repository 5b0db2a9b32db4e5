/* drive_ocsp.c -- the leader's stapling thread.
 *
 * One thread per leadership term.  A round: pick up the inbox
 * (ocsp-refresh-*, ocsp-register-*), read the store once to find what is
 * due (certificates of MDs with MDStapling on; certificates adapters
 * registered, with MDStapling and MDStapleOthers on), fetch those with at
 * most `parallel` exchanges at a time, and write the outcomes of a chunk
 * in one fenced transaction (a write per response would mean a sync per
 * response).  Then events (rate limited), renewal requests for revoked
 * managed certificates, and cleanup of responses nobody used for
 * MDStaplingKeepResponse.
 *
 * The thread sleeps until the earliest renewal or retry point, but looks
 * at the inbox every second and rescans at once when meta/gen changed (a
 * certificate was installed: its staple should follow it at once).  Its
 * own writes raise meta/gen too (every OCSP write does: the workers'
 * caches hold staples per gen); those are no reason to rescan.
 * Network I/O happens outside write transactions, always.
 */
#include "drive_ocsp.h"

#include "config.h"
#include "http.h"
#include "joblog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define POLL_MS 1000
#define MIN_REFETCH_MS (60 * 1000)

static void item_clear(ocsp_item_t *it)
{
    free(it->md);
    free(it->url);
    free(it->leaf);
    free(it->issuer);
    mdshm__ocsp_fetch_clear(&it->f);
    memset(it, 0, sizeof(*it));
}

static void round_clear(mdshm__docsp_t *o)
{
    for (size_t i = 0; i < o->n_items; i++)
        item_clear(&o->items[i]);
    for (size_t i = 0; i < o->n_refresh; i++)
        free(o->refresh[i]);
    o->n_items = o->n_refresh = o->n_active = o->n_stale = 0;
    o->refresh_all = false;
}

static bool stopping(mdshm__docsp_t *o)
{
    return mdshm__periodic_stopping(&o->pt);
}

static bool http_cancelled(void *baton)
{
    return stopping(baton);
}

/* ---- the scan: what is due -------------------------------------------- */

struct scan {
    mdshm__docsp_t *o;
    mdshm_reader_t *rd;
    int64_t now;
    mdshm_record_t cs, oc;
};

/* The configuration of MD @md, or NULL: a binary search (a linear
 * mdshm__config_md_find per certificate made a round over 100,000 MDs
 * quadratic). */
static const mdshm__config_md_t *ocsp_md_cfg(mdshm_drive_t *d, const char *md)
{
    const mdshm__dmd_t *m = mdshm__drive_queue_find(d, md);

    return m ? m->cfg : NULL;
}

static bool refresh_wanted(const mdshm__docsp_t *o, const char *md)
{
    if (o->refresh_all)
        return true;
    for (size_t i = 0; md && i < o->n_refresh; i++)
        if (strcmp(o->refresh[i], md) == 0)
            return true;
    return false;
}

/* When @oc (may be NULL) wants a fetch; INT64_MAX: never. */
static int64_t due_at(const mdshm_ocsp_rec_t *oc)
{
    if (!oc)
        return 0;
    if (oc->errors > 0)
        return oc->next_try_ms;
    if (oc->der.n == 0)
        return 0;
    return oc->renew_at_ms;
}

static int add_item(struct scan *s, const char *key, mdshm_buf_t md,
                    mdshm_buf_t url, mdshm_buf_t leaf, mdshm_buf_t issuer,
                    int64_t not_after, const mdshm_ocsp_rec_t *oc)
{
    mdshm__docsp_t *o = s->o;
    ocsp_item_t *it;

    if (mdshm__drive_grow((void **)&o->items, &o->cap_items, o->n_items, sizeof(*it)) < 0)
        return -ENOMEM;
    it = &o->items[o->n_items];
    memset(it, 0, sizeof(*it));
    memcpy(it->key, key, 65);
    it->registered = md.n == 0;
    it->md = md.n ? mdshm__bufdup(md, false) : NULL;
    it->url = mdshm__bufdup(url, false);
    it->leaf = malloc(leaf.n);
    it->issuer = malloc(issuer.n);
    if ((md.n && !it->md) || !it->url || !it->leaf || !it->issuer) {
        item_clear(it);
        return -ENOMEM;
    }
    memcpy(it->leaf, leaf.p, it->leaf_len = leaf.n);
    memcpy(it->issuer, issuer.p, it->issuer_len = issuer.n);
    it->not_after = not_after;
    it->had_der = oc && oc->der.n > 0;
    it->prev_status = oc ? oc->status : 0;
    o->n_items++;
    return 0;
}

/* Consider @due for a certificate: fetch now, or remember the time. */
static bool due_now(struct scan *s, int64_t due, const char *md)
{
    if (refresh_wanted(s->o, md) || due <= s->now)
        return true;
    if (due < s->o->pt.next_due)
        s->o->pt.next_due = due;
    return false;
}

static int scan_cert(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct scan *s = baton;
    const mdshm_certset_rec_t *cs = &s->cs.u.certset;
    const mdshm__config_md_t *cm;
    char k[65], md[MDSHM_MAX_MDNAME_LEN + 1];
    int rv;

    (void)db;
    (void)key;
    if (mdshm_record_decode(MDSHM_REC_CERTSET, val.p, val.n, &s->cs) < 0 ||
        cs->sha256.n != 32 || cs->md.n > MDSHM_MAX_MDNAME_LEN)
        return 0; /* mdshm check reports corrupt records */
    snprintf(md, sizeof(md), "%.*s", (int)cs->md.n, (const char *)cs->md.p);
    cm = ocsp_md_cfg(s->o->d, md);
    if (!cm || !cm->s.stapling || cs->n_chain < 2 || cs->ocsp_url.n == 0)
        return 0; /* not stapled here, or "no responder": a normal state */
    mdshm_key_ocsp(k, cs->sha256.p);
    if (mdshm__drive_grow((void **)&s->o->active, &s->o->cap_active, s->o->n_active,
             65) < 0)
        return -ENOMEM;
    memcpy(s->o->active[s->o->n_active++], k, 65);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, k, 64, &s->oc);
    if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
        return rv;
    if (!due_now(s, due_at(rv == 0 ? &s->oc.u.ocsp : NULL), md))
        return 0;
    return add_item(s, k, cs->md, cs->ocsp_url, cs->chain[0], cs->chain[1],
                    cs->not_after, rv == 0 ? &s->oc.u.ocsp : NULL);
}

static int cmp_key(const void *a, const void *b)
{
    return memcmp(a, b, 64);
}

static int scan_ocsp(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct scan *s = baton;
    mdshm__docsp_t *o = s->o;
    const mdshm__config_global_t *g = o->d->g;
    const mdshm_ocsp_rec_t *oc = &s->oc.u.ocsp;
    char k[65];
    int64_t drop_at;
    bool stale, in_use;

    (void)db;
    if (key.n != 64 ||
        mdshm_record_decode(MDSHM_REC_OCSP, val.p, val.n, &s->oc) < 0)
        return 0;
    memcpy(k, key.p, 64);
    k[64] = '\0';
    /* MD certificates in use are kept (their fetches refresh
     * last_used_ms); the rest goes after MDStaplingKeepResponse. */
    drop_at = oc->last_used_ms + g->s.stapling_keep_ms;
    in_use = oc->md.n > 0 && o->n_active &&
             bsearch(k, o->active, o->n_active, 65, cmp_key);
    stale = !in_use && drop_at < s->now;
    if (!in_use && !stale && drop_at < o->pt.next_due)
        o->pt.next_due = drop_at + 1; /* be back to drop it */
    if (oc->md.n == 0) {
        if (!stale && g->s.stapling && g->s.staple_others &&
            oc->cert.n && oc->issuer_cert.n && oc->responder_url.n &&
            due_now(s, due_at(oc), NULL))
            return add_item(s, k, oc->md, oc->responder_url, oc->cert,
                            oc->issuer_cert, oc->cert_not_after, oc);
    }
    if (stale) {
        if (mdshm__drive_grow((void **)&o->stale, &o->cap_stale, o->n_stale, 65) < 0)
            return -ENOMEM;
        memcpy(o->stale[o->n_stale++], k, 65);
    }
    return 0;
}

static int scan_fn(mdshm_reader_t *rd, void *baton)
{
    struct scan *s = baton;
    int rv;

    s->rd = rd;
    rv = mdshm_read_gen(rd, &s->o->pt.seen_gen);
    if (rv < 0)
        return rv;
    rv = mdshm_read_foreach(rd, MDSHM_DB_CERTS, scan_cert, s);
    if (rv != 0)
        return rv;
    if (s->o->n_active) /* qsort and bsearch want a non-NULL array */
        qsort(s->o->active, s->o->n_active, 65, cmp_key);
    return mdshm_read_foreach(rd, MDSHM_DB_OCSP, scan_ocsp, s);
}

/* ---- fetching ----------------------------------------------------------- */

struct pool {
    mdshm__docsp_t *o;
    size_t from, to;
    atomic_size_t next;
};

static void *fetch_main(void *arg)
{
    struct pool *p = arg;
    mdshm__docsp_t *o = p->o;
    mdshm__http_opts_t hopts = {
        .proxy = o->d->g->s.http_proxy,
        .connect_timeout_ms = o->timeout_ms,
        .timeout_ms = o->timeout_ms,
        .stall_time_s = o->timeout_ms / 1000 ? o->timeout_ms / 1000 : 1,
        .max_body = MDSHM__OCSP_MAX_RESP,
        .cancelled = http_cancelled,
        .cancel_baton = o,
    };
    mdshm__http_t *http = NULL;
    int hrv = mdshm__http_create(&hopts, &http);

    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1) + p->from;
        ocsp_item_t *it;
        mdshm__ocsp_cert_t c;
        if (i >= p->to)
            break;
        it = &o->items[i];
        it->f.url = it->url;
        it->f.nonce = !o->d->ocsp_no_nonce;
        if (hrv < 0 || stopping(o)) {
            it->rv = hrv < 0 ? hrv : -ECANCELED;
            snprintf(it->f.error, sizeof(it->f.error), "%s",
                     mdshm_strerror(it->rv));
            continue;
        }
        it->rv = mdshm__ocsp_cert_load(it->leaf, it->leaf_len, it->issuer,
                                       it->issuer_len, &c);
        if (it->rv < 0) {
            snprintf(it->f.error, sizeof(it->f.error),
                     "stored certificate does not parse");
            continue;
        }
        atomic_fetch_add(&o->requests, 1);
        it->rv = mdshm__ocsp_fetch(http, &c, &it->f);
        mdshm__ocsp_cert_clear(&c);
    }
    mdshm__http_destroy(http);
    return NULL;
}

static void fetch_chunk(mdshm__docsp_t *o, size_t from, size_t to)
{
    struct pool p = {o, from, to, 0};

    mdshm__periodic_pool(o->parallel, to - from, fetch_main, &p);
}

/* ---- writing the outcomes ----------------------------------------------- */

struct wr {
    mdshm__docsp_t *o;
    size_t from, to;
    int64_t now;
    mdshm_record_t rec;
};

/* When to fetch again after a good response: MDStaplingRenewWindow (the
 * MD's, else the global one), but not sooner than MIN_REFETCH_MS (unless
 * it expires sooner): a
 * responder (or a CDN in front of it) that hands out responses already
 * mostly used up must not make us ask again at every round. */
static int64_t item_renew_at(const mdshm__docsp_t *o, const ocsp_item_t *it,
                             int64_t now)
{
    const mdshm__config_md_t *cm = it->md ? ocsp_md_cfg(o->d, it->md) : NULL;
    const mdshm__window_t *win = cm ? &cm->s.stapling_renew_window
                                    : &o->d->g->s.stapling_renew_window;
    int64_t t = mdshm__ocsp_renew_at(it->f.res.this_update,
                                     it->f.res.next_update, win->percent,
                                     win->value);

    if (t < now + MIN_REFETCH_MS)
        t = now + MIN_REFETCH_MS;
    /* ...and at the latest when it expires: from then on nothing is
     * stapled. */
    if (t > it->f.res.next_update * 1000)
        t = it->f.res.next_update * 1000;
    return t;
}

/* Inside a write that changed OCSP records: the gen they raised. */
static int note_write_gen(mdshm__docsp_t *o, mdshm__wtxn_t *w)
{
    return mdshm__w_ocsp_gen(w, &o->w_gen, &o->w_before);
}

/* After that write committed: our own change is no reason to rescan. */
static void own_gen_seen(mdshm__docsp_t *o)
{
    if (o->w_gen && o->w_before == o->pt.seen_gen)
        o->pt.seen_gen = o->w_gen;
    o->w_gen = 0;
}

static int write_fn(mdshm__wtxn_t *w, void *baton)
{
    struct wr *wr = baton;
    mdshm_ocsp_rec_t *oc = &wr->rec.u.ocsp;
    bool wrote = false;
    int rv;

    wr->o->w_gen = 0; /* the body may run again (map grown) */
    for (size_t i = wr->from; i < wr->to; i++) {
        ocsp_item_t *it = &wr->o->items[i];
        if (it->rv == -ECANCELED)
            continue;
        rv = mdshm__w_get(w, MDSHM_DB_OCSP, it->key, 64, &wr->rec);
        if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
            return rv;
        if (rv < 0) {
            memset(&wr->rec, 0, sizeof(wr->rec));
            wr->rec.type = MDSHM_REC_OCSP;
        }
        oc->md = it->md ? mdshm__sbuf(it->md) : (mdshm_buf_t){0};
        oc->responder_url = mdshm__sbuf(it->url);
        oc->cert_not_after = it->not_after;
        if (it->registered) {
            oc->cert = (mdshm_buf_t){it->leaf, it->leaf_len};
            oc->issuer_cert = (mdshm_buf_t){it->issuer, it->issuer_len};
        } else {
            oc->last_used_ms = wr->now;
        }
        if (it->rv == 0) {
            oc->der = (mdshm_buf_t){it->f.der, it->f.der_len};
            oc->status = it->f.res.status;
            oc->this_update = it->f.res.this_update;
            oc->next_update = it->f.res.next_update;
            oc->fetched_ms = wr->now;
            oc->renew_at_ms = item_renew_at(wr->o, it, wr->now);
            oc->errors = 0;
            oc->next_try_ms = 0;
            oc->last_error = (mdshm_buf_t){0};
        } else {
            oc->errors++;
            oc->next_try_ms = mdshm__drive_plan_retry(
                wr->now, wr->o->d->retry_delay_ms, oc->errors,
                it->f.retry_after_ms, false);
            oc->last_error = mdshm__sbuf(it->f.error);
        }
        rv = mdshm__w_put(w, MDSHM_DB_OCSP, it->key, 64, &wr->rec);
        if (rv < 0)
            return rv;
        wrote = true;
    }
    return wrote ? note_write_gen(wr->o, w) : 0;
}

static int drop_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm__docsp_t *o = baton;
    bool dropped = false;

    o->w_gen = 0;
    for (size_t i = 0; i < o->n_stale; i++) {
        int rv = mdshm__w_del(w, MDSHM_DB_OCSP, o->stale[i], 64);
        if (rv < 0 && rv != MDSHM_ENOTFOUND)
            return rv;
        dropped |= rv == 0;
    }
    return dropped ? note_write_gen(o, w) : 0;
}

struct revoked_log {
    const char *md;
    char detail[160];
};

static int revoked_log_fn(mdshm__wtxn_t *w, void *baton)
{
    struct revoked_log *rl = baton;

    return mdshm__job_log(w, rl->md, mdshm__now_ms(), "ocsp-revoked",
                          rl->detail);
}

/* A revoked MD certificate: an entry in the MD's job log (events are rate
 * limited; this must be seen) and a renewal now, by the path of
 * `mdshm renew`. */
static void on_revoked(mdshm__docsp_t *o, const ocsp_item_t *it)
{
    mdshm_drive_t *d = o->d;
    struct revoked_log rl = {it->md, ""};
    int rv;

    MDSHM_LOG(MDSHM_LOG_WARN, 0, "MD %s: its certificate is revoked: "
              "renewing it now", it->md);
    snprintf(rl.detail, sizeof(rl.detail), "certificate %.16s revoked "
             "(OCSP %s): renewing", it->key, it->url);
    rv = mdshm__leader_write(d->cand, revoked_log_fn, &rl);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: the revocation was not "
                  "written to its job log", it->md);
    rv = mdshm_renew_request(d->st, it->md);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "MD %s: cannot request its renewal",
                  it->md);
    mdshm__drive_wake(d);
}

/* After a chunk: log, events, renewal of revoked certificates, and the
 * next wake-up. */
static void after_chunk(mdshm__docsp_t *o, size_t from, size_t to)
{
    mdshm_drive_t *d = o->d;

    for (size_t i = from; i < to; i++) {
        ocsp_item_t *it = &o->items[i];
        const char *who = it->md ? it->md : "registered certificate";
        bool first_of_md = true;
        if (it->rv == -ECANCELED)
            continue;
        if (it->rv == 0) {
            MDSHM_LOG(MDSHM_LOG_INFO, 0, "OCSP %s %.16s: %s until %lld",
                      who, it->key,
                      it->f.res.status == MDSHM__OCSP_REVOKED ? "revoked"
                                                              : "good",
                      (long long)it->f.res.next_update);
        } else {
            MDSHM_LOG(MDSHM_LOG_WARN, it->rv,
                      "OCSP %s %.16s: %s (the previous response, if any, "
                      "stays)", who, it->key, it->f.error);
        }
        if (!it->md)
            continue;
        /* One event per MD and outcome per chunk. */
        for (size_t j = from; j < i; j++)
            if (o->items[j].md && strcmp(o->items[j].md, it->md) == 0 &&
                (o->items[j].rv == 0) == (it->rv == 0))
                first_of_md = false;
        if (first_of_md)
            mdshm__event_raise(d->cand, d->st, &d->ev,
                               it->rv == 0 ? MDSHM__EV_OCSP_RENEWED
                                           : MDSHM__EV_OCSP_ERRORED,
                               it->md, it->rv == 0 ? NULL : it->f.error);
        if (it->rv == 0 && it->f.res.status == MDSHM__OCSP_REVOKED &&
            !(it->had_der && it->prev_status == MDSHM__OCSP_REVOKED))
            on_revoked(o, it);
    }
}

static void note_next(mdshm__docsp_t *o, size_t from, size_t to)
{
    int64_t now = mdshm__now_ms();

    for (size_t i = from; i < to; i++) {
        const ocsp_item_t *it = &o->items[i];
        int64_t t;
        if (it->rv == -ECANCELED)
            continue;
        if (it->rv == 0)
            t = item_renew_at(o, it, now);
        else /* the retry point is in the store; be back by the backoff's
                shortest delay */
            t = now + o->d->retry_delay_ms / 2;
        if (t < o->pt.next_due)
            o->pt.next_due = t;
    }
}

static void round_run(mdshm__docsp_t *o)
{
    struct scan *s = calloc(1, sizeof(*s));
    struct wr *wr = calloc(1, sizeof(*wr));
    int64_t t0 = mdshm__mono_ms();
    unsigned long req0 = atomic_load(&o->requests);
    size_t failed = 0;
    int rv;

    if (!s || !wr)
        goto out;
    s->o = o;
    s->now = mdshm__now_ms();
    o->pt.next_due = s->now + 3600 * 1000; /* rescan hourly anyway */
    rv = mdshm__read_once(o->d->st, scan_fn, s);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "OCSP: cannot read the store");
        o->pt.next_due = s->now + POLL_MS;
        goto out;
    }
    for (size_t from = 0; from < o->n_items && !stopping(o); from += OCSP_CHUNK) {
        size_t to = from + OCSP_CHUNK < o->n_items ? from + OCSP_CHUNK : o->n_items;
        fetch_chunk(o, from, to);
        wr->o = o;
        wr->from = from;
        wr->to = to;
        wr->now = mdshm__now_ms();
        rv = mdshm__leader_write(o->d->cand, write_fn, wr);
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, rv, "OCSP: cannot store responses");
            o->pt.next_due = 0;
            break;
        }
        own_gen_seen(o);
        for (size_t i = from; i < to; i++)
            failed += o->items[i].rv != 0;
        after_chunk(o, from, to);
        note_next(o, from, to);
    }
    if (o->n_stale && !stopping(o)) {
        rv = mdshm__leader_write(o->d->cand, drop_fn, o);
        if (rv == 0)
            own_gen_seen(o);
        if (rv == 0)
            MDSHM_LOG(MDSHM_LOG_INFO, 0, "OCSP: dropped %zu responses unused "
                      "for MDStaplingKeepResponse", o->n_stale);
    }
    /* The first round is always logged: after a restart it says that
     * the stored responses needed no fetch. */
    if (o->n_items || !o->rounds)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "OCSP round: %zu due, %lu requests, "
                  "%zu failed, %lld ms", o->n_items,
                  atomic_load(&o->requests) - req0, failed,
                  (long long)(mdshm__mono_ms() - t0));
    o->rounds++;
out:
    round_clear(o);
    free(s);
    free(wr);
}

/* ---- the thread ---------------------------------------------------------- */

static void pt_inbox(mdshm__periodic_t *p)
{
    mdshm__drive_ocsp_inbox(p->owner);
}

static void pt_round(mdshm__periodic_t *p)
{
    round_run(p->owner);
}

static void pt_idle(mdshm__periodic_t *p)
{
    round_clear(p->owner); /* refresh requests arrive only with a rescan */
}

static const mdshm__periodic_ops_t ocsp_ops = {pt_inbox, pt_round, pt_idle};

static bool stapling_configured(const mdshm_drive_t *d)
{
    if (d->g->s.stapling)
        return true;
    for (size_t i = 0; i < d->n_mds; i++)
        if (d->mds[i].cfg->s.stapling)
            return true;
    return false;
}

int mdshm__drive_ocsp_start(mdshm_drive_t *d)
{
    mdshm__docsp_t *o;
    int rv;

    if (d->ocsp || !stapling_configured(d))
        return 0;
    if (!(o = calloc(1, sizeof(*o))))
        return -ENOMEM;
    o->d = d;
    o->parallel = d->ocsp_parallel ? d->ocsp_parallel : 6;
    o->timeout_ms = d->ocsp_timeout_ms ? d->ocsp_timeout_ms : 10000;
    atomic_init(&o->requests, 0);
    rv = mdshm__periodic_start(&o->pt, d, &ocsp_ops, o);
    if (rv < 0) {
        free(o);
        return rv;
    }
    d->ocsp = o;
    return 0;
}

void mdshm__drive_ocsp_stop(mdshm_drive_t *d)
{
    mdshm__docsp_t *o = d->ocsp;

    if (!o)
        return;
    mdshm__periodic_stop(&o->pt);
    round_clear(o);
    free(o->items);
    free(o->active);
    free(o->stale);
    free(o);
    d->ocsp = NULL;
}
