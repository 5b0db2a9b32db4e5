/* drive_crl.c -- the leader's CRL thread: are our certificates revoked?
 *
 * One thread per leadership term, a periodic fetch thread like the
 * stapling thread (drive_periodic.c).  A round reads the store once:
 * every active certificate of an MD with MDCRLCheck on, its CRL URLs
 * (the certificate's http:// distribution points in order, else
 * MDCRLUrl) and its stored outcome (ocsp/crl-<sha256>).  What a round
 * needs of a certificate is parsed once per term (crl_cert_t).  The
 * certificates are grouped by URL: one fetch serves every certificate
 * that names it, and it happens when the first of them is due; one whose
 * URL fails is tried at its next (drive_crl_fetch.c).  A fetch
 * is conditional (If-None-Match / If-Modified-Since) when every
 * certificate of the group has an outcome from that very CRL: a 304
 * then costs one exchange and no parsing.  A CRL that arrives is
 * verified once per issuer and its serial index answers each
 * certificate; the CRL itself is never stored.  The outcomes are written
 * in one transaction; a refused CRL or a failed fetch keeps the last good
 * outcome and only counts an error (backoff with jitter, Retry-After
 * honoured).  A newly revoked certificate: a job-log entry, the
 * crl-revoked event, and for a managed MD a renewal at once.
 * Network I/O happens outside write transactions, always.
 */
#include "drive_crl.h"

#include "config.h"
#include "joblog.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/x509.h>

#define POLL_MS 1000
#define MIN_REFETCH_MS (60 * 1000)
#define RESCAN_MS (3600 * 1000)

static void item_clear(crl_item_t *it)
{
    free(it->md);
    free(it->fallback);
    free(it->issuer);
    free(it->rec_url);
    free(it->etag);
    free(it->last_modified);
    memset(it, 0, sizeof(*it));
}

static void round_clear(mdshm__dcrl_t *c)
{
    for (size_t i = 0; i < c->n_items; i++)
        item_clear(&c->items[i]);
    for (size_t i = 0; i < c->n_groups; i++) {
        free(c->groups[i].etag);
        free(c->groups[i].last_modified);
    }
    c->n_items = c->n_groups = c->n_order = c->n_active = c->n_stale = 0;
}

/* ---- the certificates, parsed once per term ------------------------------ */

static void cert_free(crl_cert_t *ce)
{
    if (!ce)
        return;
    for (unsigned i = 0; i < ce->n_urls; i++)
        free(ce->urls[i]);
    ASN1_INTEGER_free(ce->serial);
    X509_NAME_free(ce->issuer_name);
    free(ce);
}

static int cmp_cert(const void *a, const void *b)
{
    const crl_cert_t *x = *(crl_cert_t *const *)a;
    const crl_cert_t *y = *(crl_cert_t *const *)b;

    return memcmp(x->key, y->key, MDSHM__CRL_KEY_LEN);
}

/* The cached certificate @key, or a new entry parsed from @leaf (appended
 * unsorted after c->certs[0, sorted)).  NULL: no memory, or @leaf does
 * not parse (not checked). */
static crl_cert_t *cert_get(mdshm__dcrl_t *c, size_t sorted,
                            const char *key, mdshm_buf_t leaf)
{
    crl_cert_t probe, *pp = &probe, **hit, *ce;
    const unsigned char *p = leaf.p;
    X509 *x;
    size_t sk = 0;
    int n;

    memcpy(probe.key, key, MDSHM__CRL_KEY_LEN);
    hit = sorted ? bsearch(&pp, c->certs, sorted, sizeof(*c->certs),
                           cmp_cert)
                 : NULL;
    if (hit) {
        (*hit)->seen = true;
        return *hit;
    }
    if (mdshm__drive_grow((void **)&c->certs, &c->cap_certs, c->n_certs,
                          sizeof(*c->certs)) < 0 ||
        !(ce = calloc(1, sizeof(*ce))))
        return NULL;
    if (!(x = d2i_X509(NULL, &p, (long)leaf.n))) {
        free(ce);
        return NULL;
    }
    memcpy(ce->key, key, sizeof(ce->key));
    n = mdshm__crl_dp_urls(x, ce->urls, CRL_MAX_URLS, &sk);
    ce->n_urls = n > 0 ? (unsigned)n : 0;
    ce->skipped = (uint32_t)sk;
    ce->serial = ASN1_INTEGER_dup(X509_get0_serialNumber(x));
    ce->issuer_name = X509_NAME_dup(X509_get_issuer_name(x));
    X509_free(x);
    if (n < 0 || !ce->serial || !ce->issuer_name) {
        cert_free(ce);
        return NULL;
    }
    ce->seen = true;
    c->certs[c->n_certs++] = ce;
    return ce;
}

/* After a scan: certificates no longer in use leave the cache; sorted. */
static void certs_settle(mdshm__dcrl_t *c)
{
    size_t n = 0;

    for (size_t i = 0; i < c->n_certs; i++) {
        if (c->certs[i]->seen) {
            c->certs[i]->seen = false;
            c->certs[n++] = c->certs[i];
        } else {
            cert_free(c->certs[i]);
        }
    }
    c->n_certs = n;
    if (n)
        qsort(c->certs, n, sizeof(*c->certs), cmp_cert);
}

/* ---- the scan: which certificates, which URLs --------------------------- */

struct scan {
    mdshm__dcrl_t *c;
    mdshm_reader_t *rd;
    int64_t now;
    size_t sorted; /* c->certs[0, sorted): the cache of the last round */
    mdshm_record_t cs, rec;
};

/* Is @url one of @it's URLs? */
static bool item_names(const crl_item_t *it, mdshm_buf_t url)
{
    for (unsigned i = 0; i < it->n_urls; i++) {
        const char *u = it->fallback ? it->fallback : it->cert->urls[i];
        if (url.n == strlen(u) && !memcmp(url.p, u, url.n))
            return true;
    }
    return false;
}

/* Consider the certificate of store key @hex (its OCSP key) for this
 * round: an item if it has a CRL URL (its distribution point, else
 * @fallback).  @md NULL: registered by an adapter. */
static int add_item(struct scan *s, const char *hex, const char *md,
                    mdshm_buf_t leaf, mdshm_buf_t issuer,
                    const char *fallback, bool is_static)
{
    mdshm__dcrl_t *c = s->c;
    const mdshm_crl_rec_t *cr = &s->rec.u.crl;
    crl_item_t *it;
    int64_t due = 0;
    int rv;

    if (mdshm__drive_grow((void **)&c->items, &c->cap_items, c->n_items,
                          sizeof(*it)) < 0 ||
        mdshm__drive_grow((void **)&c->active, &c->cap_active, c->n_active,
                          sizeof(*c->active)) < 0)
        return -ENOMEM;
    it = &c->items[c->n_items];
    memset(it, 0, sizeof(*it));
    memcpy(it->key, "crl-", 4);
    memcpy(it->key + 4, hex, 64);
    it->key[MDSHM__CRL_KEY_LEN] = '\0';
    if (!(it->cert = cert_get(c, s->sorted, it->key, leaf)))
        return 0; /* does not parse (or no memory): not checked */
    if (it->cert->n_urls) {
        it->n_urls = it->cert->n_urls;
        it->url = it->cert->urls[0];
    } else if (fallback) {
        if (!(it->fallback = strdup(fallback)))
            return -ENOMEM;
        it->n_urls = 1;
        it->url = it->fallback;
    } else {
        return 0; /* no CRL to check against: a normal state */
    }
    memcpy(c->active[c->n_active++], it->key, sizeof(*c->active));
    it->md = md ? strdup(md) : NULL;
    it->issuer = malloc(issuer.n);
    if ((md && !it->md) || !it->issuer) {
        item_clear(it);
        return -ENOMEM;
    }
    memcpy(it->issuer, issuer.p, it->issuer_len = issuer.n);
    it->is_static = is_static;
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, it->key, MDSHM__CRL_KEY_LEN,
                        &s->rec);
    if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        item_clear(it);
        return rv;
    }
    it->had_rec = rv == 0;
    if (it->had_rec) {
        it->prev_status = cr->status;
        due = cr->errors ? cr->next_try_ms : cr->next_fetch_ms;
        if (!item_names(it, cr->url))
            due = 0; /* none of its URLs now (MDCRLUrl changed) */
        it->cond_ok = cr->fetched_ms > 0 &&
                      cr->status != MDSHM__CRL_UNKNOWN &&
                      (cr->etag.n || cr->last_modified.n) && due != 0;
        it->rec_url = mdshm__bufdup(cr->url, true);
        it->etag = mdshm__bufdup(cr->etag, true);
        it->last_modified = mdshm__bufdup(cr->last_modified, true);
        if ((cr->url.n && !it->rec_url) || (cr->etag.n && !it->etag) ||
            (cr->last_modified.n && !it->last_modified)) {
            item_clear(it);
            return -ENOMEM;
        }
    }
    it->due = due <= s->now;
    if (!it->due && due < c->pt.next_due)
        c->pt.next_due = due;
    c->n_items++;
    return 0;
}

static int scan_cert(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct scan *s = baton;
    const mdshm_certset_rec_t *cs = &s->cs.u.certset;
    const mdshm__dmd_t *m;
    char md[MDSHM_MAX_MDNAME_LEN + 1], hex[65];

    (void)db;
    (void)key;
    if (mdshm_record_decode(MDSHM_REC_CERTSET, val.p, val.n, &s->cs) < 0 ||
        cs->sha256.n != 32 || cs->md.n > MDSHM_MAX_MDNAME_LEN ||
        cs->n_chain < 2)
        return 0;
    snprintf(md, sizeof(md), "%.*s", (int)cs->md.n, (const char *)cs->md.p);
    m = mdshm__drive_queue_find(s->c->d, md);
    if (!m || !m->cfg->s.crl_check)
        return 0;
    mdshm_key_ocsp(hex, cs->sha256.p);
    return add_item(s, hex, md, cs->chain[0], cs->chain[1],
                    m->cfg->s.crl_url,
                    m->cfg->is_static &&
                        m->cfg->s.renew_mode != MDSHM__RENEW_ALWAYS);
}

/* Certificates adapters registered for stapling (MDStapleOthers): their
 * OCSP records hold leaf and issuer; the global MDCRLCheck applies. */
static int scan_registered(void *baton, mdshm_db_t db, mdshm_buf_t key,
                           mdshm_buf_t val)
{
    struct scan *s = baton;
    const mdshm_ocsp_rec_t *oc = &s->cs.u.ocsp;
    char hex[65];

    if (mdshm_record_type(db, key.p, key.n) != MDSHM_REC_OCSP ||
        key.n != 64 ||
        mdshm_record_decode(MDSHM_REC_OCSP, val.p, val.n, &s->cs) < 0 ||
        oc->md.n || !oc->cert.n || !oc->issuer_cert.n)
        return 0;
    memcpy(hex, key.p, 64);
    hex[64] = '\0';
    return add_item(s, hex, NULL, oc->cert, oc->issuer_cert,
                    s->c->d->g->s.crl_url, true);
}

static int cmp_key(const void *a, const void *b)
{
    return memcmp(a, b, MDSHM__CRL_KEY_LEN);
}

/* CRL outcomes of certificates no longer checked go. */
static int scan_crl(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    struct scan *s = baton;
    mdshm__dcrl_t *c = s->c;

    (void)val;
    if (mdshm_record_type(db, key.p, key.n) != MDSHM_REC_CRL)
        return 0;
    if (c->n_active && bsearch(key.p, c->active, c->n_active,
                               sizeof(*c->active), cmp_key))
        return 0;
    if (mdshm__drive_grow((void **)&c->stale, &c->cap_stale, c->n_stale,
             sizeof(*c->stale)) < 0)
        return -ENOMEM;
    memcpy(c->stale[c->n_stale], key.p, MDSHM__CRL_KEY_LEN);
    c->stale[c->n_stale++][MDSHM__CRL_KEY_LEN] = '\0';
    return 0;
}

static int scan_fn(mdshm_reader_t *rd, void *baton)
{
    struct scan *s = baton;
    int rv;

    s->rd = rd;
    s->sorted = s->c->n_certs;
    rv = mdshm_read_gen(rd, &s->c->pt.seen_gen);
    if (rv < 0)
        return rv;
    rv = mdshm_read_foreach(rd, MDSHM_DB_CERTS, scan_cert, s);
    if (rv == 0 && s->c->d->g->s.crl_check)
        rv = mdshm_read_foreach(rd, MDSHM_DB_OCSP, scan_registered, s);
    if (rv != 0)
        return rv;
    if (s->c->n_active)
        qsort(s->c->active, s->c->n_active, sizeof(*s->c->active), cmp_key);
    return mdshm_read_foreach(rd, MDSHM_DB_OCSP, scan_crl, s);
}

static int cmp_item_url(const void *a, const void *b)
{
    const crl_item_t *x = a, *y = b;

    return strcmp(x->url, y->url);
}

/* Sort by URL and keep the groups with a certificate due; the others
 * leave the round (their items are cleared). */
static int make_groups(mdshm__dcrl_t *c)
{
    size_t n = 0, kept = 0;

    if (!c->n_items)
        return 0;
    qsort(c->items, c->n_items, sizeof(*c->items), cmp_item_url);
    if (c->cap_groups < c->n_items) {
        crl_group_t *g = realloc(c->groups, c->n_items * sizeof(*g));
        if (!g)
            return -ENOMEM;
        c->groups = g;
        c->cap_groups = c->n_items;
    }
    if (c->cap_order < c->n_items) {
        size_t *o = realloc(c->order, c->n_items * sizeof(*o));
        if (!o)
            return -ENOMEM;
        c->order = o;
        c->cap_order = c->n_items;
    }
    for (size_t i = 0; i < c->n_items;) {
        size_t j = i;
        bool due = false;
        while (j < c->n_items && !strcmp(c->items[j].url, c->items[i].url))
            due |= c->items[j++].due;
        if (due) {
            /* move the group down to [kept, kept + j - i) */
            if (kept != i)
                memmove(&c->items[kept], &c->items[i],
                        (j - i) * sizeof(*c->items));
            memset(&c->groups[n], 0, sizeof(c->groups[n]));
            c->groups[n].from = kept;
            c->groups[n].to = kept + (j - i);
            for (size_t k = kept; k < kept + (j - i); k++)
                c->order[k] = k;
            kept += j - i;
            n++;
        } else {
            for (size_t k = i; k < j; k++)
                item_clear(&c->items[k]);
        }
        i = j;
    }
    c->n_items = c->n_order = kept;
    c->n_groups = n;
    return 0;
}

/* ---- writing the outcomes ------------------------------------------------- */

/* The smallest time between two fetches: MIN_REFETCH_MS, or
 * MDCRLInterval if shorter (tests). */
static int64_t min_refetch(const mdshm__dcrl_t *c)
{
    return c->d->g->crl_interval_ms < MIN_REFETCH_MS
               ? c->d->g->crl_interval_ms
               : MIN_REFETCH_MS;
}

/* The next fetch after an answer: at the CRL's nextUpdate, at the latest
 * after MDCRLInterval, never sooner than min_refetch (a CRL already past
 * its nextUpdate must not make us ask at every round). */
static int64_t next_fetch(const mdshm__dcrl_t *c, int64_t now,
                          int64_t next_update_s)
{
    int64_t t = now + c->d->g->crl_interval_ms;

    if (next_update_s > 0 && next_update_s * 1000 < t)
        t = next_update_s * 1000;
    if (t < now + min_refetch(c))
        t = now + min_refetch(c);
    return t;
}

struct wr {
    mdshm__dcrl_t *c;
    int64_t now;
    mdshm_record_t rec;
    char error[600]; /* tried + error */
};

/* Why @it failed: every URL tried, in order. */
static void item_error(const crl_item_t *it, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%s", it->tried, it->tried[0] ? "; " : "",
             it->error);
}

static void apply(struct wr *wr, const crl_group_t *g, crl_item_t *it)
{
    mdshm_crl_rec_t *r = &wr->rec.u.crl;

    r->md = it->md ? mdshm__sbuf(it->md) : (mdshm_buf_t){0};
    r->skipped = it->cert->skipped;
    if (it->rv < 0) {
        /* the URL stays the one of the outcome kept, if still ours */
        if (!item_names(it, r->url))
            r->url = mdshm__sbuf(it->fallback ? it->fallback
                                              : it->cert->urls[0]);
        r->errors++;
        r->next_try_ms = mdshm__drive_plan_retry(
            wr->now, wr->c->d->retry_delay_ms, r->errors, g->retry_after_ms,
            false);
        r->last_error = mdshm__sbuf(wr->error);
        return;
    }
    r->url = mdshm__sbuf(it->url); /* the URL that gave this outcome */
    r->fetched_ms = wr->now;
    r->errors = 0;
    r->next_try_ms = 0;
    r->last_error = (mdshm_buf_t){0};
    if (!it->not_modified) {
        r->status = it->ans.status;
        r->revoked_at = it->ans.revoked_at;
        r->reason = it->ans.status == MDSHM__CRL_REVOKED ? it->ans.reason : 0;
        r->this_update = it->this_update;
        r->next_update = it->next_update;
        r->etag = g->etag ? mdshm__sbuf(g->etag) : (mdshm_buf_t){0};
        r->last_modified = g->last_modified ? mdshm__sbuf(g->last_modified)
                                            : (mdshm_buf_t){0};
    }
    r->next_fetch_ms = next_fetch(wr->c, wr->now, r->next_update);
}

static int write_fn(mdshm__wtxn_t *w, void *baton)
{
    struct wr *wr = baton;
    mdshm__dcrl_t *c = wr->c;
    int rv;

    for (size_t i = 0; i < c->n_items; i++) {
        crl_item_t *it = &c->items[i];
        if (it->rv == -ECANCELED)
            continue;
        rv = mdshm__w_get(w, MDSHM_DB_OCSP, it->key, MDSHM__CRL_KEY_LEN,
                          &wr->rec);
        if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT)
            return rv;
        if (rv < 0) {
            memset(&wr->rec, 0, sizeof(wr->rec));
            wr->rec.type = MDSHM_REC_CRL;
            wr->rec.u.crl.status = MDSHM__CRL_UNKNOWN;
        }
        item_error(it, wr->error, sizeof(wr->error));
        apply(wr, &c->groups[it->group], it);
        rv = mdshm__w_put(w, MDSHM_DB_OCSP, it->key, MDSHM__CRL_KEY_LEN,
                          &wr->rec);
        if (rv < 0)
            return rv;
    }
    for (size_t i = 0; i < c->n_stale; i++) {
        rv = mdshm__w_del(w, MDSHM_DB_OCSP, c->stale[i], MDSHM__CRL_KEY_LEN);
        if (rv < 0 && rv != MDSHM_ENOTFOUND)
            return rv;
    }
    return 0;
}

struct revoked_log {
    const char *md;
    const char *detail;
};

static int revoked_log_fn(mdshm__wtxn_t *w, void *baton)
{
    struct revoked_log *rl = baton;

    return mdshm__job_log(w, rl->md, mdshm__now_ms(), "crl-revoked",
                          rl->detail);
}

/* Newly revoked: job log (events are rate limited; this must be seen),
 * the crl-revoked event, and a renewal now for a managed MD. */
static void on_revoked(mdshm__dcrl_t *c, const crl_item_t *it)
{
    mdshm_drive_t *d = c->d;
    char detail[300];
    struct revoked_log rl = {it->md, detail};
    int rv;

    snprintf(detail, sizeof(detail), "certificate %.16s revoked at %lld "
             "(%s) by the CRL %s%s", it->key + 4, (long long)it->ans.revoked_at,
             mdshm__crl_reason_name(it->ans.reason), it->url,
             it->is_static ? ": a static certificate, replace it"
                           : ": renewing");
    if (!it->md) { /* registered by an adapter: no MD, no job log */
        MDSHM_LOG(MDSHM_LOG_WARN, 0, "registered %s", detail);
        return;
    }
    MDSHM_LOG(MDSHM_LOG_WARN, 0, "MD %s: %s", it->md, detail);
    rv = mdshm__leader_write(d->cand, revoked_log_fn, &rl);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: the revocation was not "
                  "written to its job log", it->md);
    mdshm__event_raise(d->cand, d->st, &d->ev, MDSHM__EV_CRL_REVOKED, it->md,
                       detail);
    if (it->is_static)
        return;
    rv = mdshm_renew_request(d->st, it->md);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "MD %s: cannot request its renewal",
                  it->md);
    mdshm__drive_wake(d);
}

static void after_write(mdshm__dcrl_t *c, int64_t now)
{
    for (size_t i = 0; i < c->n_items; i++) {
        crl_item_t *it = &c->items[i];
        const char *who = it->md ? it->md : "registered certificate";
        int64_t t;
        if (it->rv == -ECANCELED)
            continue;
        if (it->rv < 0) {
            char why[600];
            item_error(it, why, sizeof(why));
            MDSHM_LOG(MDSHM_LOG_WARN, it->rv, "CRL %s %.16s: %s (the last "
                      "outcome, if any, stays)", who, it->key + 4, why);
            t = now + c->d->retry_delay_ms / 2;
        } else {
            if (it->tried[0])
                MDSHM_LOG(MDSHM_LOG_WARN, 0, "CRL %s %.16s: answered by %s "
                          "after %s", who, it->key + 4, it->url, it->tried);
            if (!it->not_modified)
                MDSHM_LOG(MDSHM_LOG_INFO, 0, "CRL %s %.16s: %s (%s)", who,
                          it->key + 4,
                          it->ans.status == MDSHM__CRL_REVOKED ? "revoked"
                                                               : "good",
                          it->url);
            if (!it->not_modified && it->ans.status == MDSHM__CRL_REVOKED &&
                !(it->had_rec && it->prev_status == MDSHM__CRL_REVOKED))
                on_revoked(c, it);
            t = now + min_refetch(c);
        }
        if (t < c->pt.next_due)
            c->pt.next_due = t;
    }
}

static void round_run(mdshm__dcrl_t *c)
{
    struct scan *s = calloc(1, sizeof(*s));
    struct wr *wr = calloc(1, sizeof(*wr));
    int64_t t0 = mdshm__mono_ms();
    unsigned long req0 = atomic_load(&c->requests);
    int rv;

    if (!s || !wr)
        goto out;
    s->c = c;
    s->now = mdshm__now_ms();
    c->pt.next_due = s->now + RESCAN_MS;
    rv = mdshm__read_once(c->d->st, scan_fn, s);
    if (rv == 0)
        certs_settle(c);
    if (rv == 0)
        rv = make_groups(c);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "CRL: cannot read the store");
        c->pt.next_due = s->now + POLL_MS;
        goto out;
    }
    if (!c->n_groups && !c->n_stale)
        goto out;
    mdshm__drive_crl_fetch(c);
    if (mdshm__drive_crl_stopping(c))
        goto out;
    wr->c = c;
    wr->now = mdshm__now_ms();
    rv = mdshm__leader_write(c->d->cand, write_fn, wr);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "CRL: cannot store the outcomes");
        c->pt.next_due = wr->now + POLL_MS;
        goto out;
    }
    after_write(c, wr->now);
    if (c->n_groups)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "CRL round: %zu URLs for %zu "
                  "certificates, %lu requests, %lld ms", c->n_groups,
                  c->n_items, atomic_load(&c->requests) - req0,
                  (long long)(mdshm__mono_ms() - t0));
    c->rounds++;
out:
    round_clear(c);
    free(s);
    free(wr);
}

/* ---- the thread ------------------------------------------------------------ */

static void pt_round(mdshm__periodic_t *p)
{
    round_run(p->owner);
}

static const mdshm__periodic_ops_t crl_ops = {NULL, pt_round, NULL};

static bool crl_configured(const mdshm_drive_t *d)
{
    if (d->g->s.crl_check)
        return true;
    for (size_t i = 0; i < d->n_mds; i++)
        if (d->mds[i].cfg->s.crl_check)
            return true;
    return false;
}

int mdshm__drive_crl_start(mdshm_drive_t *d)
{
    mdshm__dcrl_t *c;
    int rv;

    if (d->crl || !crl_configured(d))
        return 0;
    if (!(c = calloc(1, sizeof(*c))))
        return -ENOMEM;
    c->d = d;
    c->parallel = d->ocsp_parallel ? d->ocsp_parallel : 6;
    /* a CRL can be megabytes: more time than an OCSP exchange */
    c->timeout_ms = d->ocsp_timeout_ms ? 3 * d->ocsp_timeout_ms : 30000;
    atomic_init(&c->requests, 0);
    rv = mdshm__periodic_start(&c->pt, d, &crl_ops, c);
    if (rv < 0) {
        free(c);
        return rv;
    }
    d->crl = c;
    return 0;
}

void mdshm__drive_crl_stop(mdshm_drive_t *d)
{
    mdshm__dcrl_t *c = d->crl;

    if (!c)
        return;
    mdshm__periodic_stop(&c->pt);
    round_clear(c);
    for (size_t i = 0; i < c->n_certs; i++)
        cert_free(c->certs[i]);
    free(c->certs);
    free(c->groups);
    free(c->order);
    free(c->items);
    free(c->active);
    free(c->stale);
    free(c);
    d->crl = NULL;
}
