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

void mdshm__drive_crl_fetch(mdshm__dcrl_t *c)
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

