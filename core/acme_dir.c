/* acme_dir.c -- the ACME client object: directory, nonce pool, signed
 * requests with their retries, unsigned GETs, waiting.
 *
 * Retries live here, once, for every request:
 *  - badNonce (RFC 8555 6.5): up to max_bad_nonce times, each with a fresh
 *    nonce (the error answer's own Replay-Nonce when it has one);
 *  - 5xx and a connection that broke mid-answer: a few times with a short
 *    backoff, unless the CA's Retry-After asks for more than 10 s: then
 *    the caller gets -EAGAIN with the time in the result, since waiting
 *    that long inside one request would hold the leader's thread.
 *  - 429 rateLimited is never retried here (res->retry_after_ms).
 */
#include "acme.h"
#include "jws.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define MAX_PROFILES 32
#define PROFILE_NAME_MAX 64
#define PROFILE_DESC_MAX 1024
#define RETRY_INLINE_MAX_MS 10000 /* longest Retry-After waited for inline */
#define SLEEP_SLICE_MS 200        /* cancel-check period while waiting */

void mdshm__acme_dir_clear(mdshm__acme_dir_t *d)
{
    if (!d)
        return;
    free(d->url);
    free(d->new_nonce);
    free(d->new_account);
    free(d->new_order);
    free(d->key_change);
    free(d->revoke_cert);
    free(d->renewal_info);
    free(d->terms_of_service);
    free(d->website);
    for (size_t i = 0; i < d->n_profiles; i++) {
        free(d->profiles[i]);
        free(d->profile_descs[i]);
    }
    free(d->profiles);
    free(d->profile_descs);
    memset(d, 0, sizeof(*d));
}

static int dir_url(const json_t *j, const char *key, bool required,
                   char **dst, mdshm__acme_result_t *res)
{
    const char *s;
    int rv = mdshm__acme_json_url(j, key, required, "ACME directory", &s, res);
    return rv ? rv : mdshm__acme_strdup(s, dst);
}

static int dir_profiles(const json_t *profiles, mdshm__acme_dir_t *d,
                        mdshm__acme_result_t *res)
{
    const char *name;
    json_t *v;
    size_t n = json_object_size(profiles);

    if (n > MAX_PROFILES)
        n = MAX_PROFILES; /* the rest are ignored */
    if (n == 0)
        return 0;
    d->profiles = calloc(n, sizeof(char *));
    d->profile_descs = calloc(n, sizeof(char *));
    if (!d->profiles || !d->profile_descs)
        return -ENOMEM;
    json_object_foreach((json_t *)profiles, name, v) {
        const char *desc = json_is_string(v) ? json_string_value(v) : "";
        if (d->n_profiles == n)
            break;
        if (strlen(name) == 0 || strlen(name) > PROFILE_NAME_MAX)
            return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                    "ACME directory: bad profile name");
        d->profiles[d->n_profiles] = strdup(name);
        d->profile_descs[d->n_profiles] =
            strndup(desc, strnlen(desc, PROFILE_DESC_MAX));
        if (!d->profiles[d->n_profiles] ||
            !d->profile_descs[d->n_profiles]) {
            free(d->profiles[d->n_profiles]);
            free(d->profile_descs[d->n_profiles]);
            return -ENOMEM;
        }
        d->n_profiles++;
    }
    return 0;
}

int mdshm__acme_dir_parse(const char *url, const char *body, size_t len,
                          mdshm__acme_dir_t *out, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp = {.status = 200, .body = (char *)body,
                               .body_len = len};
    json_t *j = NULL, *meta, *v;
    int rv;

    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    rv = mdshm__acme_json_parse(&resp, "ACME directory", &j, res);
    if (rv)
        return rv;
    if (json_object_get(j, "new-reg") && !json_object_get(j, "newAccount")) {
        rv = mdshm__acme_fail(res, MDSHM_EUNSUPPORTED, MDSHM_LOG_ERR,
                              "%s speaks ACME version 1, which is obsolete; "
                              "use the CA's ACMEv2 (RFC 8555) directory",
                              url ? url : "the CA");
        goto out;
    }
    if ((rv = mdshm__acme_strdup(url, &out->url)) ||
        (rv = dir_url(j, "newNonce", true, &out->new_nonce, res)) ||
        (rv = dir_url(j, "newAccount", true, &out->new_account, res)) ||
        (rv = dir_url(j, "newOrder", true, &out->new_order, res)) ||
        (rv = dir_url(j, "keyChange", false, &out->key_change, res)) ||
        (rv = dir_url(j, "revokeCert", false, &out->revoke_cert, res)) ||
        (rv = dir_url(j, "renewalInfo", false, &out->renewal_info, res)))
        goto out;
    meta = json_object_get(j, "meta");
    if (meta && !json_is_null(meta)) {
        if (!json_is_object(meta)) {
            rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                  "ACME directory: \"meta\" is not an object");
            goto out;
        }
        /* Informational URIs (pebble's terms are a data: URI): any
         * string of sane length. */
        const char *tos, *web;
        if ((rv = mdshm__acme_json_str(meta, "termsOfService", false,
                                       MDSHM_MAX_STR, "ACME directory", &tos,
                                       res)) ||
            (rv = mdshm__acme_strdup(tos, &out->terms_of_service)) ||
            (rv = mdshm__acme_json_str(meta, "website", false, MDSHM_MAX_STR,
                                       "ACME directory", &web, res)) ||
            (rv = mdshm__acme_strdup(web, &out->website)))
            goto out;
        v = json_object_get(meta, "externalAccountRequired");
        if (v && !json_is_null(v) && !json_is_boolean(v)) {
            rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                  "ACME directory: externalAccountRequired "
                                  "is not a boolean");
            goto out;
        }
        out->eab_required = json_is_true(v);
        v = json_object_get(meta, "profiles");
        if (v && !json_is_null(v)) {
            if (!json_is_object(v)) {
                rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                      "ACME directory: \"profiles\" is not "
                                      "an object");
                goto out;
            }
            rv = dir_profiles(v, out, res);
            if (rv)
                goto out;
        }
    }
out:
    json_decref(j);
    if (rv)
        mdshm__acme_dir_clear(out);
    return rv;
}

bool mdshm__acme_dir_has_profile(const mdshm__acme_dir_t *d,
                                 const char *name)
{
    if (!d || !name)
        return false;
    for (size_t i = 0; i < d->n_profiles; i++)
        if (!strcasecmp(d->profiles[i], name))
            return true;
    return false;
}

int mdshm__acme_create(const char *url, const mdshm__acme_opts_t *opts,
                       mdshm__acme_t **out)
{
    mdshm__acme_opts_t def = {0};
    mdshm__http_opts_t ho = {0};
    mdshm__acme_t *a;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!mdshm__acme_url_ok(url)) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "not an http(s) URL for an ACME directory: %s",
                  url ? url : "(none)");
        return MDSHM_EBADINPUT;
    }
    if (!opts)
        opts = &def;
    if (!(a = calloc(1, sizeof(*a))))
        return -ENOMEM;
    a->opts = *opts;
    a->opts.ca_file = a->opts.proxy = NULL; /* the http handle has copies */
    if (!a->opts.max_bad_nonce)
        a->opts.max_bad_nonce = 10;
    if (!a->opts.server_retries)
        a->opts.server_retries = 2;
    ho.ca_file = opts->ca_file;
    ho.proxy = opts->proxy;
    ho.connect_timeout_ms = opts->connect_timeout_ms;
    ho.timeout_ms = opts->timeout_ms;
    ho.stall_time_s = opts->stall_time_s;
    ho.max_body = opts->max_body;
    ho.cancelled = opts->cancelled;
    ho.cancel_baton = opts->cancel_baton;
    if (!(a->dir_url = strdup(url))) {
        rv = -ENOMEM;
        goto fail;
    }
    rv = mdshm__http_create(&ho, &a->http);
    if (rv)
        goto fail;
    *out = a;
    return 0;
fail:
    mdshm__acme_destroy(a);
    return rv;
}

void mdshm__acme_destroy(mdshm__acme_t *a)
{
    if (!a)
        return;
    mdshm__http_destroy(a->http);
    mdshm__acme_dir_clear(&a->dir);
    for (size_t i = 0; i < a->n_nonces; i++)
        free(a->nonces[i]);
    EVP_PKEY_free(a->key);
    free(a->kid);
    free(a->dir_url);
    free(a);
}

/* Fill @res from a transport failure (already logged by http.c). */
static int transport_fail(mdshm__acme_result_t *res, int rv,
                          const char *method, const char *url,
                          const mdshm__http_resp_t *resp)
{
    if (res) {
        mdshm__acme_result_clear(res);
        res->rv = rv;
        snprintf(res->detail, sizeof(res->detail), "%s %s: %s", method, url,
                 resp->error[0] ? resp->error : mdshm_strerror(rv));
    }
    return rv;
}

static bool transient_transport(int rv)
{
    return rv == -ECONNRESET;
}

/* Keep a nonce (newest last; the oldest goes when the pool is full). */
static void nonce_put(mdshm__acme_t *a, mdshm__http_resp_t *resp)
{
    if (!resp->nonce)
        return;
    if (a->n_nonces == MDSHM__ACME_NONCES) {
        free(a->nonces[0]);
        memmove(a->nonces, a->nonces + 1,
                (MDSHM__ACME_NONCES - 1) * sizeof(char *));
        a->n_nonces--;
    }
    a->nonces[a->n_nonces++] = resp->nonce;
    resp->nonce = NULL;
}

/* Wait before retry @attempt (1, 2, ...) of a failed request: the CA's
 * Retry-After if it gave one, else 0.5 s, 1 s, 2 s... */
static int retry_wait(mdshm__acme_t *a, unsigned attempt,
                      int64_t retry_after_ms)
{
    int64_t now = mdshm__now_ms();
    int64_t until = retry_after_ms > now
                        ? retry_after_ms
                        : now + (500LL << (attempt > 5 ? 5 : attempt - 1));
    return mdshm__acme_sleep_until(a, until);
}

/* Whether an error answer may be retried inline after a short wait. */
static bool retry_inline(const mdshm__http_resp_t *resp)
{
    int64_t now = mdshm__now_ms();

    if (resp->status < 500 || resp->status == 501)
        return false;
    return !resp->retry_after_ms ||
           resp->retry_after_ms - now <= RETRY_INLINE_MAX_MS;
}

static int get_retrying(mdshm__acme_t *a, const char *method, const char *url,
                        mdshm__http_resp_t *resp, mdshm__acme_result_t *res)
{
    unsigned server = 0;
    int rv;

    for (;;) {
        rv = mdshm__http_request(a->http, method, url, NULL, NULL, NULL, 0,
                                 resp);
        if (rv && transient_transport(rv) &&
            server < (unsigned)a->opts.server_retries) {
            rv = retry_wait(a, ++server, 0);
            if (rv)
                return transport_fail(res, rv, method, url, resp);
            continue;
        }
        if (rv)
            return transport_fail(res, rv, method, url, resp);
        nonce_put(a, resp);
        if (resp->status < 400)
            return 0;
        rv = mdshm__acme_problem(resp->status, resp->body, resp->body_len,
                                 resp->retry_after_ms, res);
        if (retry_inline(resp) && server < (unsigned)a->opts.server_retries) {
            int64_t ra = resp->retry_after_ms;
            mdshm__http_resp_clear(resp);
            rv = retry_wait(a, ++server, ra);
            if (rv)
                return mdshm__acme_fail(res, rv, MDSHM_LOG_DEBUG,
                                        "%s %s: cancelled", method, url);
            continue;
        }
        MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "%s %s: HTTP %ld %s: %s", method, url,
                  resp->status, res ? res->problem : "",
                  res ? res->detail : "");
        mdshm__http_resp_clear(resp);
        return rv;
    }
}

int mdshm__acme_get(mdshm__acme_t *a, const char *url,
                    mdshm__http_resp_t *resp, mdshm__acme_result_t *res)
{
    mdshm__acme_result_clear(res);
    if (!a || !url || !resp)
        return -EINVAL;
    return get_retrying(a, "GET", url, resp, res);
}

static int directory_impl(mdshm__acme_t *a, bool refresh,
                          const mdshm__acme_dir_t **dir,
                          mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp;
    mdshm__acme_dir_t d;
    int rv;

    if (dir)
        *dir = NULL;
    if (!a)
        return -EINVAL;
    if (a->have_dir && !refresh) {
        if (dir)
            *dir = &a->dir;
        return 0;
    }
    rv = mdshm__acme_get(a, a->dir_url, &resp, res);
    if (rv)
        return rv;
    rv = mdshm__acme_dir_parse(a->dir_url, resp.body, resp.body_len, &d, res);
    mdshm__http_resp_clear(&resp);
    if (rv)
        return rv;
    mdshm__acme_dir_clear(&a->dir);
    a->dir = d;
    a->have_dir = true;
    if (dir)
        *dir = &a->dir;
    return 0;
}

int mdshm__acme_directory(mdshm__acme_t *a, bool refresh,
                          const mdshm__acme_dir_t **dir,
                          mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, directory_impl(a, refresh, dir, res));
}

/* A nonce for the next request (malloc'ed): the newest from the pool, or
 * a fresh one from newNonce. */
static int nonce_take(mdshm__acme_t *a, char **out, mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    mdshm__http_resp_t resp;
    int rv;

    *out = NULL;
    if (a->n_nonces > 0) {
        *out = a->nonces[--a->n_nonces];
        return 0;
    }
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    rv = get_retrying(a, "HEAD", d->new_nonce, &resp, res);
    if (rv)
        return rv;
    mdshm__http_resp_clear(&resp);
    if (a->n_nonces == 0)
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "HEAD %s: no Replay-Nonce in the answer",
                                d->new_nonce);
    *out = a->nonces[--a->n_nonces];
    return 0;
}

static bool is_bad_nonce(const mdshm__acme_result_t *res)
{
    const char *t = res->problem;
    size_t n = strlen(t);
    return n >= 8 && !strcmp(t + n - 8, "badNonce");
}

int mdshm__acme_post_with(mdshm__acme_t *a, const char *url,
                          mdshm__acme_jws_fn *make, void *baton,
                          const char *accept, mdshm__http_resp_t *resp,
                          mdshm__acme_result_t *res)
{
    mdshm__acme_result_t tmp;
    unsigned bad_nonce = 0, server = 0;
    int rv;

    if (!res)
        res = &tmp;
    mdshm__acme_result_clear(res);
    if (!a || !url || !make || !resp)
        return -EINVAL;
    memset(resp, 0, sizeof(*resp));
    for (;;) {
        char *nonce = NULL, *jws = NULL;

        rv = nonce_take(a, &nonce, res);
        if (rv)
            return rv;
        rv = make(a, nonce, baton, &jws);
        free(nonce);
        if (rv)
            return mdshm__acme_fail(res, rv, MDSHM_LOG_ERR,
                                    "POST %s: cannot sign the request: %s",
                                    url, mdshm_strerror(rv));
        rv = mdshm__http_request(a->http, "POST", url, accept,
                                 "application/jose+json", jws, strlen(jws),
                                 resp);
        free(jws);
        if (rv && transient_transport(rv) &&
            server < (unsigned)a->opts.server_retries) {
            rv = retry_wait(a, ++server, 0);
            if (rv)
                return transport_fail(res, rv, "POST", url, resp);
            continue;
        }
        if (rv)
            return transport_fail(res, rv, "POST", url, resp);
        nonce_put(a, resp);
        if (resp->status < 400)
            return 0;
        rv = mdshm__acme_problem(resp->status, resp->body, resp->body_len,
                                 resp->retry_after_ms, res);
        if (is_bad_nonce(res) && bad_nonce < a->opts.max_bad_nonce) {
            bad_nonce++;
            MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "POST %s: badNonce, retry %u", url,
                      bad_nonce);
            mdshm__http_resp_clear(resp);
            continue;
        }
        if (retry_inline(resp) && server < (unsigned)a->opts.server_retries) {
            int64_t ra = resp->retry_after_ms;
            MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "POST %s: HTTP %ld, retrying", url,
                      resp->status);
            mdshm__http_resp_clear(resp);
            rv = retry_wait(a, ++server, ra);
            if (rv)
                return mdshm__acme_fail(res, rv, MDSHM_LOG_DEBUG,
                                        "POST %s: cancelled", url);
            continue;
        }
        MDSHM_LOG(MDSHM_LOG_DEBUG, rv, "POST %s: HTTP %ld %s: %s", url,
                  resp->status, res->problem, res->detail);
        mdshm__http_resp_clear(resp);
        return rv;
    }
}

typedef struct {
    const char *url;
    const char *payload;
    bool jwk;
} sign_args_t;

static int sign_plain(mdshm__acme_t *a, const char *nonce, void *baton,
                      char **jws)
{
    sign_args_t *s = baton;
    json_t *j = NULL;
    int rv;

    *jws = NULL;
    rv = mdshm__jws_sign(a->key, s->jwk ? NULL : a->kid, nonce, s->url,
                         s->payload, &j);
    if (rv)
        return rv;
    *jws = json_dumps(j, JSON_COMPACT);
    json_decref(j);
    return *jws ? 0 : -ENOMEM;
}

int mdshm__acme_post(mdshm__acme_t *a, const char *url, const char *payload,
                     unsigned flags, const char *accept,
                     mdshm__http_resp_t *resp, mdshm__acme_result_t *res)
{
    sign_args_t s = {url, payload, (flags & MDSHM__ACME_JWK) != 0};

    if (resp)
        memset(resp, 0, sizeof(*resp));
    if (!a || !a->key || (!s.jwk && !a->kid))
        return mdshm__acme_fail(res, -EINVAL, MDSHM_LOG_ERR,
                                "ACME request to %s without an account",
                                url ? url : "(none)");
    return mdshm__acme_post_with(a, url, sign_plain, &s, accept, resp, res);
}

int mdshm__acme_sleep_until(mdshm__acme_t *a, int64_t until_ms)
{
    for (;;) {
        int64_t left = until_ms - mdshm__now_ms();
        struct timespec ts;

        if (a->opts.cancelled && a->opts.cancelled(a->opts.cancel_baton))
            return -ECANCELED;
        if (left <= 0)
            return 0;
        if (left > SLEEP_SLICE_MS)
            left = SLEEP_SLICE_MS;
        ts.tv_sec = 0;
        ts.tv_nsec = (long)left * 1000000L;
        nanosleep(&ts, NULL);
    }
}
