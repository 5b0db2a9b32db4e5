/* drive_crl.c -- the leader's CRL thread: are our certificates revoked?
 *
 * One thread per leadership term, like the stapling thread.  A round
 * reads the store once: every active certificate of an MD with
 * MDCRLCheck on, its CRL URL (the certificate's http:// distribution
 * point, else MDCRLUrl) and its stored outcome (ocsp/crl-<sha256>).  The
 * certificates are grouped by URL: one fetch serves every certificate
 * that names it, and it happens when the first of them is due.  A fetch
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
#include "drive.h"

#include "config.h"
#include "crl.h"
#include "http.h"
#include "joblog.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/x509.h>

#define POLL_MS 1000
#define MIN_REFETCH_MS (60 * 1000)
#define MAX_DP_URLS 4
#define RESCAN_MS (3600 * 1000)

typedef struct crl_item {
    char key[MDSHM__CRL_KEY_LEN + 1];
    char *md;
    char *url;
    uint8_t *leaf, *issuer;
    size_t leaf_len, issuer_len;
    uint32_t skipped;
    bool is_static;        /* a static set: we cannot renew it */
    bool had_rec;          /* an outcome was stored */
    uint32_t prev_status;
    bool cond_ok;          /* its outcome came from the CRL the validators
                              name: a 304 keeps it */
    char *etag, *last_modified;
    bool due;
    /* this round's outcome */
    int rv;                /* 0: answered; <0: failed (error) */
    bool not_modified;
    mdshm__crl_answer_t ans;
    int64_t this_update, next_update;
    char error[256];
} crl_item_t;

/* The certificates of one URL: items[from, to) after sorting by URL. */
typedef struct crl_group {
    size_t from, to;
    char *etag, *last_modified; /* what the server sent (200) */
    int64_t retry_after_ms;
} crl_group_t;

struct mdshm__dcrl {
    mdshm_drive_t *d;
    pthread_t thread;
    atomic_bool stop;
    int wake[2];
    unsigned parallel;
    unsigned timeout_ms;
    int64_t next_due;
    uint64_t seen_gen;
    size_t n_items, cap_items;
    crl_item_t *items;
    size_t n_groups;
    crl_group_t *groups;
    size_t n_active, cap_active;
    char (*active)[MDSHM__CRL_KEY_LEN + 1];
    size_t n_stale, cap_stale;
    char (*stale)[MDSHM__CRL_KEY_LEN + 1];
    atomic_ulong requests;
    unsigned long rounds;
};

typedef struct mdshm__dcrl mdshm__dcrl_t;

static bool stopping(mdshm__dcrl_t *c)
{
    return atomic_load(&c->stop) || mdshm__drive_cancelled(c->d);
}

static bool http_cancelled(void *baton)
{
    return stopping(baton);
}

static void item_clear(crl_item_t *it)
{
    free(it->md);
    free(it->url);
    free(it->leaf);
    free(it->issuer);
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
    free(c->groups);
    c->groups = NULL;
    c->n_items = c->n_groups = c->n_active = c->n_stale = 0;
}

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
    void *q;

    if (n < *cap)
        return 0;
    *cap = *cap ? *cap * 2 : 64;
    if (!(q = realloc(*p, *cap * size)))
        return -ENOMEM;
    *p = q;
    return 0;
}

/* ---- the scan: which certificates, which URLs --------------------------- */

struct scan {
    mdshm__dcrl_t *c;
    mdshm_reader_t *rd;
    int64_t now;
    mdshm_record_t cs, rec;
};

static char *bufdup(mdshm_buf_t b)
{
    return b.n ? mdshm__bufdup(b, false) : NULL;
}

/* The URL to check @leaf at: its first http:// distribution point, else
 * @fallback (MDCRLUrl).  NULL: not checked. */
static char *cert_url(mdshm_buf_t leaf, const char *fallback,
                      uint32_t *skipped)
{
    const unsigned char *p = leaf.p;
    X509 *x = d2i_X509(NULL, &p, (long)leaf.n);
    char *urls[MAX_DP_URLS], *url = NULL;
    size_t sk = 0;
    int n;

    *skipped = 0;
    if (!x)
        return NULL;
    n = mdshm__crl_dp_urls(x, urls, MAX_DP_URLS, &sk);
    X509_free(x);
    *skipped = (uint32_t)sk;
    if (n > 0)
        url = urls[0];
    for (int i = 1; i < n; i++)
        free(urls[i]);
    if (!url && fallback)
        url = strdup(fallback);
    return url;
}

static int scan_cert(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct scan *s = baton;
    mdshm__dcrl_t *c = s->c;
    const mdshm_certset_rec_t *cs = &s->cs.u.certset;
    const mdshm_crl_rec_t *cr = &s->rec.u.crl;
    const mdshm__dmd_t *m;
    char md[MDSHM_MAX_MDNAME_LEN + 1];
    crl_item_t *it;
    int64_t due;
    int rv;

    (void)db;
    (void)key;
    if (mdshm_record_decode(MDSHM_REC_CERTSET, val.p, val.n, &s->cs) < 0 ||
        cs->sha256.n != 32 || cs->md.n > MDSHM_MAX_MDNAME_LEN ||
        cs->n_chain < 2)
        return 0;
    snprintf(md, sizeof(md), "%.*s", (int)cs->md.n, (const char *)cs->md.p);
    m = mdshm__drive_queue_find(c->d, md);
    if (!m || !m->cfg->s.crl_check)
        return 0;
    if (grow((void **)&c->items, &c->cap_items, c->n_items, sizeof(*it)) < 0)
        return -ENOMEM;
    it = &c->items[c->n_items];
    memset(it, 0, sizeof(*it));
    if (!(it->url = cert_url(cs->chain[0], m->cfg->s.crl_url, &it->skipped)))
        return 0; /* no CRL to check against: a normal state */
    mdshm__key_crl(it->key, cs->sha256.p);
    if (grow((void **)&c->active, &c->cap_active, c->n_active,
             sizeof(*c->active)) < 0) {
        item_clear(it);
        return -ENOMEM;
    }
    memcpy(c->active[c->n_active++], it->key, sizeof(*c->active));
    it->md = strdup(md);
    it->leaf = malloc(cs->chain[0].n);
    it->issuer = malloc(cs->chain[1].n);
    if (!it->md || !it->leaf || !it->issuer) {
        item_clear(it);
        return -ENOMEM;
    }
    memcpy(it->leaf, cs->chain[0].p, it->leaf_len = cs->chain[0].n);
    memcpy(it->issuer, cs->chain[1].p, it->issuer_len = cs->chain[1].n);
    it->is_static = m->cfg->is_static &&
                    m->cfg->s.renew_mode != MDSHM__RENEW_ALWAYS;
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, it->key, MDSHM__CRL_KEY_LEN,
                        &s->rec);
    if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        item_clear(it);
        return rv;
    }
    it->had_rec = rv == 0;
    due = 0;
    if (it->had_rec) {
        it->prev_status = cr->status;
        due = cr->errors ? cr->next_try_ms : cr->next_fetch_ms;
        if (cr->url.n != strlen(it->url) ||
            memcmp(cr->url.p, it->url, cr->url.n) != 0)
            due = 0; /* another URL now (MDCRLUrl changed) */
        it->cond_ok = cr->fetched_ms > 0 && cr->status != MDSHM__CRL_UNKNOWN &&
                      (cr->etag.n || cr->last_modified.n) && due != 0;
        it->etag = bufdup(cr->etag);
        it->last_modified = bufdup(cr->last_modified);
        if ((cr->etag.n && !it->etag) ||
            (cr->last_modified.n && !it->last_modified)) {
            item_clear(it);
            return -ENOMEM;
        }
    }
    it->due = due <= s->now;
    if (!it->due && due < c->next_due)
        c->next_due = due;
    c->n_items++;
    return 0;
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
    if (grow((void **)&c->stale, &c->cap_stale, c->n_stale,
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
    rv = mdshm_read_gen(rd, &s->c->seen_gen);
    if (rv < 0)
        return rv;
    rv = mdshm_read_foreach(rd, MDSHM_DB_CERTS, scan_cert, s);
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
    if (!(c->groups = calloc(c->n_items, sizeof(*c->groups))))
        return -ENOMEM;
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
            c->groups[n].from = kept;
            c->groups[n].to = kept + (j - i);
            kept += j - i;
            n++;
        } else {
            for (size_t k = i; k < j; k++)
                item_clear(&c->items[k]);
        }
        i = j;
    }
    c->n_items = kept;
    c->n_groups = n;
    return 0;
}

/* ---- fetching ------------------------------------------------------------- */

static void group_fail(mdshm__dcrl_t *c, const crl_group_t *g, int rv,
                       const char *text)
{
    for (size_t i = g->from; i < g->to; i++) {
        c->items[i].rv = rv;
        snprintf(c->items[i].error, sizeof(c->items[i].error), "%s", text);
    }
}

/* Send validators only when every certificate of the group has an
 * outcome from the CRL they name. */
static bool group_conditional(const mdshm__dcrl_t *c, const crl_group_t *g,
                              const char **etag, const char **lm)
{
    const crl_item_t *first = &c->items[g->from];

    *etag = first->etag;
    *lm = first->last_modified;
    for (size_t i = g->from; i < g->to; i++) {
        const crl_item_t *it = &c->items[i];
        if (!it->cond_ok ||
            !!it->etag != !!first->etag ||
            (it->etag && strcmp(it->etag, first->etag)) ||
            !!it->last_modified != !!first->last_modified ||
            (it->last_modified &&
             strcmp(it->last_modified, first->last_modified)))
            return false;
    }
    return true;
}

/* Answer every certificate of @g from the CRL in @body. */
static void group_answer(mdshm__dcrl_t *c, crl_group_t *g, const char *url,
                         const uint8_t *body, size_t len)
{
    size_t max = (size_t)c->d->g->crl_max_size;
    int64_t now_s = mdshm__now_ms() / 1000;
    mdshm__crl_t *crl = NULL;
    const uint8_t *crl_issuer = NULL;
    size_t crl_issuer_len = 0;
    char why[200];

    for (size_t i = g->from; i < g->to; i++) {
        crl_item_t *it = &c->items[i];
        const unsigned char *p = it->issuer;
        X509 *issuer = NULL, *leaf = NULL;
        int rv;
        /* verified once per issuer: a URL is normally one issuer's */
        if (!crl || it->issuer_len != crl_issuer_len ||
            memcmp(it->issuer, crl_issuer, crl_issuer_len)) {
            mdshm__crl_free(crl);
            crl = NULL;
            issuer = d2i_X509(NULL, &p, (long)it->issuer_len);
            rv = issuer ? mdshm__crl_load(body, len, max, url, issuer, now_s,
                                          &crl, why, sizeof(why))
                        : MDSHM_EBADINPUT;
            X509_free(issuer);
            if (rv < 0) {
                it->rv = rv;
                snprintf(it->error, sizeof(it->error), "%s: %s", url,
                         rv == MDSHM_EBADINPUT && why[0]
                             ? why : mdshm_strerror(rv));
                continue;
            }
            crl_issuer = it->issuer;
            crl_issuer_len = it->issuer_len;
        }
        p = it->leaf;
        leaf = d2i_X509(NULL, &p, (long)it->leaf_len);
        rv = leaf ? mdshm__crl_lookup(crl, leaf, &it->ans) : MDSHM_EBADINPUT;
        X509_free(leaf);
        if (rv < 0) {
            it->rv = rv;
            snprintf(it->error, sizeof(it->error), "%s: the CRL's issuer "
                     "did not issue this certificate", url);
            continue;
        }
        it->rv = 0;
        it->this_update = mdshm__crl_this_update(crl);
        it->next_update = mdshm__crl_next_update(crl);
    }
    mdshm__crl_free(crl);
}

static void group_fetch(mdshm__dcrl_t *c, mdshm__http_t *http,
                        crl_group_t *g)
{
    const char *url = c->items[g->from].url, *etag = NULL, *lm = NULL;
    mdshm__http_resp_t resp;
    char text[256];
    int rv;

    memset(&resp, 0, sizeof(resp));
    if (!group_conditional(c, g, &etag, &lm))
        etag = lm = NULL;
    atomic_fetch_add(&c->requests, 1);
    rv = mdshm__http_get_cond(http, url, NULL, etag, lm, &resp);
    if (rv < 0) {
        if (rv == MDSHM_ETOOBIG)
            snprintf(text, sizeof(text), "%s: the CRL exceeds %lld bytes "
                     "(MDCRLMaxSize)", url,
                     (long long)c->d->g->crl_max_size);
        else
            snprintf(text, sizeof(text), "%s: %.120s", url,
                     resp.error[0] ? resp.error : mdshm_strerror(rv));
        group_fail(c, g, rv, text);
        goto out;
    }
    g->retry_after_ms = resp.retry_after_ms;
    if (resp.status == 304 && (etag || lm)) {
        for (size_t i = g->from; i < g->to; i++) {
            c->items[i].rv = 0;
            c->items[i].not_modified = true;
        }
        goto out;
    }
    if (resp.status != 200) {
        snprintf(text, sizeof(text), "%s: HTTP status %ld", url,
                 resp.status);
        group_fail(c, g, -EPROTO, text);
        goto out;
    }
    group_answer(c, g, url, (const uint8_t *)resp.body, resp.body_len);
    g->etag = resp.etag;
    g->last_modified = resp.last_modified;
    resp.etag = resp.last_modified = NULL;
out:
    mdshm__http_resp_clear(&resp);
}

struct pool {
    mdshm__dcrl_t *c;
    atomic_size_t next;
};

static void *fetch_main(void *arg)
{
    struct pool *p = arg;
    mdshm__dcrl_t *c = p->c;
    const mdshm__config_global_t *g = c->d->g;
    mdshm__http_opts_t hopts = {
        .proxy = g->s.http_proxy,
        .connect_timeout_ms = c->timeout_ms,
        .timeout_ms = c->timeout_ms,
        .stall_time_s = c->timeout_ms / 1000 ? c->timeout_ms / 1000 : 1,
        .max_body = (size_t)g->crl_max_size,
        .cancelled = http_cancelled,
        .cancel_baton = c,
    };
    mdshm__http_t *http = NULL;
    int hrv = mdshm__http_create(&hopts, &http);

    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= c->n_groups)
            break;
        if (hrv < 0 || stopping(c)) {
            group_fail(c, &c->groups[i], hrv < 0 ? hrv : -ECANCELED,
                       mdshm_strerror(hrv < 0 ? hrv : -ECANCELED));
            continue;
        }
        group_fetch(c, http, &c->groups[i]);
    }
    mdshm__http_destroy(http);
    return NULL;
}

static void fetch_all(mdshm__dcrl_t *c)
{
    pthread_t th[64];
    size_t n = c->parallel, started = 0;
    struct pool p = {c, 0};

    if (n > c->n_groups)
        n = c->n_groups;
    if (n > 64)
        n = 64;
    for (size_t i = 1; i < n; i++)
        if (pthread_create(&th[started], NULL, fetch_main, &p) == 0)
            started++;
    fetch_main(&p);
    for (size_t i = 0; i < started; i++)
        pthread_join(th[i], NULL);
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
};

static void apply(struct wr *wr, const crl_group_t *g, crl_item_t *it)
{
    mdshm_crl_rec_t *r = &wr->rec.u.crl;

    r->url = mdshm__sbuf(it->url);
    r->md = mdshm__sbuf(it->md);
    r->skipped = it->skipped;
    if (it->rv < 0) {
        r->errors++;
        r->next_try_ms = mdshm__drive_plan_retry(
            wr->now, wr->c->d->retry_delay_ms, r->errors, g->retry_after_ms,
            false);
        r->last_error = mdshm__sbuf(it->error);
        return;
    }
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

    for (size_t gi = 0; gi < c->n_groups; gi++) {
        const crl_group_t *g = &c->groups[gi];
        for (size_t i = g->from; i < g->to; i++) {
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
            apply(wr, g, it);
            rv = mdshm__w_put(w, MDSHM_DB_OCSP, it->key, MDSHM__CRL_KEY_LEN,
                              &wr->rec);
            if (rv < 0)
                return rv;
        }
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
        int64_t t;
        if (it->rv == -ECANCELED)
            continue;
        if (it->rv < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, it->rv, "CRL %s %.16s: %s (the last "
                      "outcome, if any, stays)", it->md, it->key + 4,
                      it->error);
            t = now + c->d->retry_delay_ms / 2;
        } else {
            if (!it->not_modified)
                MDSHM_LOG(MDSHM_LOG_INFO, 0, "CRL %s %.16s: %s (%s)", it->md,
                          it->key + 4,
                          it->ans.status == MDSHM__CRL_REVOKED ? "revoked"
                                                               : "good",
                          it->url);
            if (!it->not_modified && it->ans.status == MDSHM__CRL_REVOKED &&
                !(it->had_rec && it->prev_status == MDSHM__CRL_REVOKED))
                on_revoked(c, it);
            t = now + min_refetch(c);
        }
        if (t < c->next_due)
            c->next_due = t;
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
    c->next_due = s->now + RESCAN_MS;
    rv = mdshm__read_once(c->d->st, scan_fn, s);
    if (rv == 0)
        rv = make_groups(c);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "CRL: cannot read the store");
        c->next_due = s->now + POLL_MS;
        goto out;
    }
    if (!c->n_groups && !c->n_stale)
        goto out;
    fetch_all(c);
    if (stopping(c))
        goto out;
    wr->c = c;
    wr->now = mdshm__now_ms();
    rv = mdshm__leader_write(c->d->cand, write_fn, wr);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "CRL: cannot store the outcomes");
        c->next_due = wr->now + POLL_MS;
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

struct gen_peek {
    uint64_t gen;
};

static int gen_fn(mdshm_reader_t *rd, void *baton)
{
    return mdshm_read_gen(rd, &((struct gen_peek *)baton)->gen);
}

static void *crl_main(void *arg)
{
    mdshm__dcrl_t *c = arg;
    struct pollfd pfd = {c->wake[0], POLLIN, 0};
    char buf[64];

    c->next_due = 0;
    while (!stopping(c)) {
        struct gen_peek gp = {0};
        int64_t now = mdshm__now_ms(), wait;
        /* a certificate installed (meta/gen moved): check it at once */
        if (mdshm__read_once(c->d->st, gen_fn, &gp) == 0 &&
            gp.gen != c->seen_gen)
            c->next_due = 0;
        if (now >= c->next_due)
            round_run(c);
        wait = c->next_due - mdshm__now_ms();
        if (wait > POLL_MS)
            wait = POLL_MS;
        if (wait < 0)
            wait = 0;
        if (poll(&pfd, 1, (int)wait) > 0)
            while (read(c->wake[0], buf, sizeof(buf)) > 0)
                ;
    }
    return NULL;
}

static bool crl_configured(const mdshm_drive_t *d)
{
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
    atomic_init(&c->stop, false);
    atomic_init(&c->requests, 0);
    if (pipe2(c->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
        rv = -errno;
        free(c);
        return rv;
    }
    rv = pthread_create(&c->thread, NULL, crl_main, c);
    if (rv != 0) {
        close(c->wake[0]);
        close(c->wake[1]);
        free(c);
        return -rv;
    }
    d->crl = c;
    return 0;
}

void mdshm__drive_crl_stop(mdshm_drive_t *d)
{
    mdshm__dcrl_t *c = d->crl;
    char ch = 1;

    if (!c)
        return;
    atomic_store(&c->stop, true);
    if (write(c->wake[1], &ch, 1) < 0) {
        /* a full pipe already wakes it */
    }
    pthread_join(c->thread, NULL);
    round_clear(c);
    free(c->items);
    free(c->active);
    free(c->stale);
    close(c->wake[0]);
    close(c->wake[1]);
    free(c);
    d->crl = NULL;
}
