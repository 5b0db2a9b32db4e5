/* drive_crl_fetch.c -- the CRL thread's fetches: one per URL for every
 * certificate naming it, conditional when every one of them has an
 * outcome from the CRL the validators name, at most `parallel` at a time;
 * a CRL that arrives is verified once per issuer and answers each
 * certificate of its group from its serial index. */
#include "drive_crl.h"

#include "config.h"
#include "http.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/x509.h>

static bool http_cancelled(void *baton)
{
    return mdshm__drive_crl_stopping(baton);
}

/* ---- fetching ------------------------------------------------------------- */

static void group_fail(mdshm__dcrl_t *c, const crl_group_t *g, int rv,
                       const char *text)
{
    for (size_t i = g->from; i < g->to; i++) {
        crl_item_t *it = crl_item_at(c, i);
        it->rv = rv;
        snprintf(it->error, sizeof(it->error), "%s", text);
    }
}

/* Send validators only when every certificate of the group has an
 * outcome from the CRL they name. */
static bool group_conditional(mdshm__dcrl_t *c, const crl_group_t *g,
                              const char **etag, const char **lm)
{
    const crl_item_t *first = crl_item_at(c, g->from);

    *etag = first->etag;
    *lm = first->last_modified;
    for (size_t i = g->from; i < g->to; i++) {
        const crl_item_t *it = crl_item_at(c, i);
        if (!it->cond_ok || !it->rec_url || strcmp(it->rec_url, it->url) ||
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
        crl_item_t *it = crl_item_at(c, i);
        const unsigned char *p = it->issuer;
        X509 *issuer = NULL;
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
        rv = mdshm__crl_lookup_serial(crl, it->cert->issuer_name,
                                      it->cert->serial, &it->ans);
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
    const char *url = crl_item_at(c, g->from)->url, *etag = NULL, *lm = NULL;
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
            crl_item_at(c, i)->rv = 0;
            crl_item_at(c, i)->not_modified = true;
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
    size_t from, to; /* the groups of this pass */
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
        size_t i = atomic_fetch_add(&p->next, 1) + p->from;
        if (i >= p->to)
            break;
        if (hrv < 0 || mdshm__drive_crl_stopping(c)) {
            group_fail(c, &c->groups[i], hrv < 0 ? hrv : -ECANCELED,
                       mdshm_strerror(hrv < 0 ? hrv : -ECANCELED));
            continue;
        }
        group_fetch(c, http, &c->groups[i]);
    }
    mdshm__http_destroy(http);
    return NULL;
}

/* Fetch the groups [from, to), at most c->parallel at a time. */
static void fetch_pass(mdshm__dcrl_t *c, size_t from, size_t to)
{
    struct pool p = {c, from, to, 0};

    for (size_t gi = from; gi < to; gi++)
        for (size_t i = c->groups[gi].from; i < c->groups[gi].to; i++)
            crl_item_at(c, i)->group = gi;
    mdshm__periodic_pool(c->parallel, to - from, fetch_main, &p);
}

/* ---- the next distribution point ------------------------------------------ */

static int cmp_url_of(const void *a, const void *b, void *baton)
{
    mdshm__dcrl_t *c = baton;

    return strcmp(c->items[*(const size_t *)a].url,
                  c->items[*(const size_t *)b].url);
}

/* Move each failed item that has another URL on to it ("tried" keeps
 * what failed), and group them by their new URL after the groups so
 * far.  @return the number of groups added (0: nothing left to try). */
static size_t next_urls(mdshm__dcrl_t *c)
{
    size_t first = c->n_order, groups0 = c->n_groups;

    for (size_t i = 0; i < c->n_items; i++) {
        crl_item_t *it = &c->items[i];
        size_t len = strlen(it->tried);
        if (it->rv >= 0 || it->rv == -ECANCELED ||
            it->url_i + 1 >= it->n_urls)
            continue;
        if (mdshm__drive_grow((void **)&c->order, &c->cap_order, c->n_order,
                              sizeof(*c->order)) < 0)
            break; /* it keeps its error */
        snprintf(it->tried + len, sizeof(it->tried) - len, "%s%s",
                 len ? "; " : "", it->error);
        it->url = it->cert->urls[++it->url_i];
        it->rv = 0;
        it->error[0] = '\0';
        c->order[c->n_order++] = i;
    }
    if (c->n_order == first)
        return 0;
    qsort_r(&c->order[first], c->n_order - first, sizeof(*c->order),
            cmp_url_of, c);
    for (size_t i = first; i < c->n_order;) {
        size_t j = i;
        crl_group_t *g;
        while (j < c->n_order &&
               !strcmp(crl_item_at(c, j)->url, crl_item_at(c, i)->url))
            j++;
        if (mdshm__drive_grow((void **)&c->groups, &c->cap_groups,
                              c->n_groups, sizeof(*c->groups)) < 0) {
            for (; i < c->n_order; i++)
                crl_item_at(c, i)->rv = -ENOMEM;
            break;
        }
        g = &c->groups[c->n_groups++];
        memset(g, 0, sizeof(*g));
        g->from = i;
        g->to = j;
        i = j;
    }
    return c->n_groups - groups0;
}

void mdshm__drive_crl_fetch(mdshm__dcrl_t *c)
{
    size_t from = 0;

    fetch_pass(c, 0, c->n_groups);
    for (unsigned pass = 1; pass < CRL_MAX_URLS; pass++) {
        if (mdshm__drive_crl_stopping(c))
            break;
        from = c->n_groups;
        if (!next_urls(c))
            break;
        fetch_pass(c, from, c->n_groups);
    }
}
