/* acme_order.c -- orders, authorizations and challenges (RFC 8555
 * 7.1.3-7.1.6, 7.4, 7.5); identifiers are acme_ident.c's.
 *
 * Polling honours the CA's Retry-After and otherwise backs off from 0.5 s
 * to 10 s; it never passes the caller's deadline and never spins.  When
 * the CA asks for more time than the deadline leaves, the poll returns
 * -EAGAIN with that time in the result: the order URL is persisted, so
 * the drive (or a new leader) resumes at the time the CA named instead of
 * holding a thread.
 */
#include "acme.h"
#include "jws.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define POLL_FIRST_MS 50
#define POLL_MAX_MS 10000
#define POLL_MIN_MS 250     /* floor for a Retry-After of 0 or the past */
#define MAX_CHALLENGES 16
#define PROFILE_MAX 64
#define REPLACES_MAX 512

static const char *const status_names[] = {
    "unknown", "pending", "ready",       "processing", "valid",
    "invalid", "deactivated", "expired", "revoked"};

const char *mdshm__acme_status_name(mdshm__acme_status_t st)
{
    return (unsigned)st < sizeof(status_names) / sizeof(status_names[0])
               ? status_names[st]
               : "unknown";
}

mdshm__acme_status_t mdshm__acme_status_parse(const char *s)
{
    if (s)
        for (size_t i = 1; i < sizeof(status_names) / sizeof(status_names[0]);
             i++)
            if (!strcmp(s, status_names[i]))
                return (mdshm__acme_status_t)i;
    return MDSHM__ACME_UNKNOWN;
}

/* ---- parsing --------------------------------------------------------- */

static int status_field(const json_t *j, const char *what,
                        mdshm__acme_status_t *st, mdshm__acme_result_t *res)
{
    const char *s;
    int rv = mdshm__acme_json_str(j, "status", true, 32, what, &s, res);

    if (rv)
        return rv;
    *st = mdshm__acme_status_parse(s);
    if (*st == MDSHM__ACME_UNKNOWN)
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: unknown status \"%.32s\"", what, s);
    return 0;
}

static int ident_field(const json_t *v, const char *what,
                       mdshm__acme_ident_t *id, mdshm__acme_result_t *res)
{
    const char *type, *value;
    int rv;

    if (!json_is_object(v))
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: identifier is not an object", what);
    if ((rv = mdshm__acme_json_str(v, "type", true, 16, what, &type, res)) ||
        (rv = mdshm__acme_json_str(v, "value", true, 255, what, &value, res)))
        return rv;
    /* The CA's value reaches hook argv, store keys and certificates: only
     * a name or address that is already in canonical form (fuzz finding). */
    if ((strcmp(type, "dns") && strcmp(type, "ip")) ||
        mdshm__acme_ident(value, id) || strcmp(id->type, type) ||
        strcmp(id->value, value))
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: invalid identifier \"%.16s\":\"%.64s\"",
                                what, type, value);
    return 0;
}

static int error_field(const json_t *j, mdshm__acme_result_t **out)
{
    json_t *e = json_object_get(j, "error");

    *out = NULL;
    if (!json_is_object(e))
        return 0; /* absent; anything else carries nothing we can use */
    if (!(*out = calloc(1, sizeof(**out))))
        return -ENOMEM;
    mdshm__acme_problem_json(e, 0, *out);
    (*out)->rv = mdshm__acme_problem_rv((*out)->http_status, (*out)->problem);
    return 0;
}

void mdshm__acme_order_clear(mdshm__acme_order_t *o)
{
    if (!o)
        return;
    free(o->url);
    free(o->idents);
    for (size_t i = 0; i < o->n_authz; i++)
        free(o->authz_urls[i]);
    free(o->authz_urls);
    free(o->finalize_url);
    free(o->cert_url);
    free(o->profile);
    free(o->replaces);
    free(o->error);
    memset(o, 0, sizeof(*o));
}

static int order_parse(const mdshm__http_resp_t *resp, const char *url,
                       mdshm__acme_order_t *o, mdshm__acme_result_t *res)
{
    const char *what = "ACME order", *s;
    json_t *j = NULL, *arr, *v;
    size_t i;
    int rv;

    memset(o, 0, sizeof(*o));
    if ((rv = mdshm__acme_strdup(url, &o->url)) ||
        (rv = mdshm__acme_json_parse(resp, what, &j, res)) ||
        (rv = status_field(j, what, &o->status, res)) ||
        (rv = mdshm__acme_json_time(j, "expires", false, what,
                                    &o->expires_ms, res)) ||
        (rv = mdshm__acme_json_url(j, "finalize", true, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &o->finalize_url)) ||
        (rv = mdshm__acme_json_url(j, "certificate", false, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &o->cert_url)) ||
        (rv = mdshm__acme_json_str(j, "profile", false, PROFILE_MAX, what, &s,
                                   res)) ||
        (rv = mdshm__acme_strdup(s, &o->profile)) ||
        (rv = mdshm__acme_json_str(j, "replaces", false, REPLACES_MAX, what,
                                   &s, res)) ||
        (rv = mdshm__acme_strdup(s, &o->replaces)) ||
        (rv = error_field(j, &o->error)))
        goto out;
    arr = json_object_get(j, "identifiers");
    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > MDSHM_MAX_NAMES) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: bad \"identifiers\"", what);
        goto out;
    }
    if (!(o->idents = calloc(json_array_size(arr), sizeof(*o->idents)))) {
        rv = -ENOMEM;
        goto out;
    }
    json_array_foreach(arr, i, v) {
        rv = ident_field(v, what, &o->idents[i], res);
        if (rv)
            goto out;
        o->n_idents++;
    }
    arr = json_object_get(j, "authorizations");
    if (!json_is_array(arr) || json_array_size(arr) > MDSHM_MAX_NAMES) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: bad \"authorizations\"", what);
        goto out;
    }
    if (json_array_size(arr) &&
        !(o->authz_urls = calloc(json_array_size(arr), sizeof(char *)))) {
        rv = -ENOMEM;
        goto out;
    }
    json_array_foreach(arr, i, v) {
        s = json_string_value(v);
        if (!json_is_string(v) || !mdshm__acme_url_ok(s) ||
            json_string_length(v) != strlen(s)) {
            rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                  "%s: authorization #%zu is not a URL", what,
                                  i + 1);
            goto out;
        }
        if (!(o->authz_urls[i] = strdup(s))) {
            rv = -ENOMEM;
            goto out;
        }
        o->n_authz++;
    }
out:
    json_decref(j);
    if (rv)
        mdshm__acme_order_clear(o);
    return rv;
}

/* ---- orders ---------------------------------------------------------- */

static json_t *order_payload(const mdshm__acme_ident_t *idents, size_t n,
                             const char *profile, const char *replaces)
{
    json_t *p = json_object(), *arr = json_array();

    if (!p || !arr || json_object_set(p, "identifiers", arr))
        goto fail;
    for (size_t i = 0; i < n; i++)
        if (json_array_append_new(arr,
                                  json_pack("{s:s, s:s}", "type",
                                            idents[i].type, "value",
                                            idents[i].value)))
            goto fail;
    if (profile && json_object_set_new(p, "profile", json_string(profile)))
        goto fail;
    if (replaces && json_object_set_new(p, "replaces", json_string(replaces)))
        goto fail;
    json_decref(arr);
    return p;
fail:
    json_decref(arr);
    json_decref(p);
    return NULL;
}

/* Whether a failed newOrder may have failed because of "replaces": the
 * certificate was replaced already (409), the account did not order it
 * (403), or the CA did not like the field (400 naming it). */
static bool replaces_rejected(const mdshm__acme_result_t *res)
{
    if (res->http_status == 409 || res->http_status == 403)
        return true;
    return res->http_status == 400 &&
           (strcasestr(res->detail, "replace") ||
            strcasestr(res->problem, "replace"));
}

static int order_create(mdshm__acme_t *a, const char *new_order,
                        const mdshm__acme_ident_t *idents, size_t n,
                        const char *profile, const char *replaces,
                        mdshm__acme_order_t *out, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp;
    json_t *p = order_payload(idents, n, profile, replaces);
    char *text = p ? json_dumps(p, JSON_COMPACT) : NULL;
    int rv;

    json_decref(p);
    if (!text)
        return -ENOMEM;
    rv = mdshm__acme_post(a, new_order, text, 0, NULL, &resp, res);
    free(text);
    if (rv)
        return rv;
    if (!resp.location)
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "new ACME order: the CA sent no order URL "
                              "(Location)");
    else
        rv = order_parse(&resp, resp.location, out, res);
    mdshm__http_resp_clear(&resp);
    return rv;
}

static int order_new_impl(mdshm__acme_t *a, const mdshm__acme_ident_t *idents,
                          size_t n, const char *profile, const char *replaces,
                          mdshm__acme_order_t *out, mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    mdshm__acme_result_t tmp;
    int rv;

    if (!res)
        res = &tmp;
    mdshm__acme_result_clear(res);
    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!a || !idents || n == 0 || n > MDSHM_MAX_NAMES)
        return -EINVAL;
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    rv = order_create(a, d->new_order, idents, n, profile, replaces, out,
                      res);
    if (rv && replaces && rv != -ECANCELED && replaces_rejected(res)) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, rv,
                  "new ACME order: the CA refused \"replaces\": %s (HTTP "
                  "%d %s); ordering without it",
                  res->detail, res->http_status, res->problem);
        rv = order_create(a, d->new_order, idents, n, profile, NULL, out,
                          res);
        if (!rv)
            out->replaces_dropped = true;
    }
    return rv;
}

int mdshm__acme_order_new(mdshm__acme_t *a, const mdshm__acme_ident_t *idents,
                          size_t n, const char *profile, const char *replaces,
                          mdshm__acme_order_t *out, mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, order_new_impl(a, idents, n, profile, replaces,
                                                out, res));
}

/* How a fetched object is parsed into its out-parameter. */
typedef int resp_parse_fn(const mdshm__http_resp_t *resp, const char *url,
                          void *out, mdshm__acme_result_t *res);

/* POST-as-GET @url and parse the answer into @out; the CA's Retry-After
 * (absolute ms, 0 if none) into *@retry_after when given. */
static int fetch(mdshm__acme_t *a, const char *url, resp_parse_fn *parse,
                 void *out, int64_t *retry_after, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp;
    int rv;

    if (retry_after)
        *retry_after = 0;
    if ((rv = mdshm__acme_post(a, url, NULL, 0, NULL, &resp, res)))
        return rv;
    rv = parse(&resp, url, out, res);
    if (!rv && retry_after)
        *retry_after = resp.retry_after_ms;
    mdshm__http_resp_clear(&resp);
    return rv;
}

/* One fetch of an object of @size bytes, with the argument checks of the
 * public getters. */
static int get_impl(mdshm__acme_t *a, const char *url, resp_parse_fn *parse,
                    void *out, size_t size, mdshm__acme_result_t *res)
{
    mdshm__acme_result_clear(res);
    if (!out)
        return -EINVAL;
    memset(out, 0, size);
    if (!a || !mdshm__acme_url_ok(url))
        return -EINVAL;
    return fetch(a, url, parse, out, NULL, res);
}

static int order_parse_any(const mdshm__http_resp_t *resp, const char *url,
                           void *out, mdshm__acme_result_t *res)
{
    return order_parse(resp, url, out, res);
}

static int order_fetch(mdshm__acme_t *a, const char *url,
                       mdshm__acme_order_t *out, int64_t *retry_after,
                       mdshm__acme_result_t *res)
{
    return fetch(a, url, order_parse_any, out, retry_after, res);
}

int mdshm__acme_order_get(mdshm__acme_t *a, const char *url,
                          mdshm__acme_order_t *out, mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, get_impl(a, url, order_parse_any, out,
                                          sizeof(*out), res));
}

/*
 * Wait before the next poll: the CA's Retry-After (@retry_after, absolute)
 * or *@delay (then doubled).  0 to poll again; -ETIMEDOUT at the
 * deadline; -EAGAIN when the CA wants more time than the deadline leaves.
 */
static int poll_wait(mdshm__acme_t *a, int64_t *delay, int64_t retry_after,
                     int64_t deadline, const char *what, const char *url,
                     mdshm__acme_result_t *res)
{
    int64_t now = mdshm__now_ms(), at;

    if (now >= deadline)
        return mdshm__acme_fail(res, -ETIMEDOUT, MDSHM_LOG_INFO,
                                "%s %s: not done by the deadline", what, url);
    if (retry_after) {
        at = retry_after < now + POLL_MIN_MS ? now + POLL_MIN_MS
                                             : retry_after;
        if (at > deadline) {
            int rv = mdshm__acme_fail(res, -EAGAIN, MDSHM_LOG_INFO,
                                      "%s %s: the CA asks to come back in "
                                      "%lld s",
                                      what, url,
                                      (long long)((at - now) / 1000));
            if (res)
                res->retry_after_ms = at;
            return rv;
        }
    } else {
        at = now + *delay;
        *delay = *delay * 2 > POLL_MAX_MS ? POLL_MAX_MS : *delay * 2;
        if (at > deadline)
            at = deadline; /* one last look at the deadline */
    }
    if (mdshm__acme_sleep_until(a, at))
        return mdshm__acme_fail(res, -ECANCELED, MDSHM_LOG_DEBUG,
                                "%s %s: cancelled", what, url);
    return 0;
}

/* Progress of an order: pending < ready < processing < valid. */
static int order_rank(mdshm__acme_status_t st)
{
    switch (st) {
    case MDSHM__ACME_PENDING:
        return 1;
    case MDSHM__ACME_READY:
        return 2;
    case MDSHM__ACME_PROCESSING:
        return 3;
    case MDSHM__ACME_VALID:
        return 4;
    default:
        return 0;
    }
}

/* @res from a failed object's error (or a plain text). */
static int failed(mdshm__acme_result_t *res, const mdshm__acme_result_t *err,
                  const char *fmt, const char *what, const char *url,
                  const char *status)
{
    if (res && err) {
        *res = *err;
        res->rv = -EPROTO;
        MDSHM_LOG(MDSHM_LOG_WARN, -EPROTO, "%s %s is %s: %s %s", what, url,
                  status, err->problem, err->detail);
        return -EPROTO;
    }
    return mdshm__acme_fail(res, -EPROTO, MDSHM_LOG_WARN, fmt, what, url,
                            status);
}

static int order_poll_impl(mdshm__acme_t *a, mdshm__acme_order_t *o,
                           mdshm__acme_status_t until, int64_t deadline_ms,
                           mdshm__acme_result_t *res)
{
    int64_t delay = POLL_FIRST_MS;
    int want = order_rank(until);
    char *url = NULL;
    int rv;

    mdshm__acme_result_clear(res);
    if (!a || !o || !o->url || !want)
        return -EINVAL;
    if (!(url = strdup(o->url)))
        return -ENOMEM;
    for (;;) {
        mdshm__acme_order_t fresh;
        int64_t ra;
        rv = order_fetch(a, url, &fresh, &ra, res);
        if (rv)
            break;
        mdshm__acme_order_clear(o);
        *o = fresh;
        if (o->status == MDSHM__ACME_INVALID || !order_rank(o->status)) {
            rv = failed(res, o->error, "%s %s is %s", "ACME order", url,
                        mdshm__acme_status_name(o->status));
            break;
        }
        if (order_rank(o->status) >= want) {
            if (o->status == MDSHM__ACME_VALID && !o->cert_url) {
                rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                      "ACME order %s is valid without a "
                                      "certificate URL",
                                      url);
            }
            break;
        }
        rv = poll_wait(a, &delay, ra, deadline_ms, "ACME order", url,
                       res);
        if (rv)
            break;
    }
    free(url);
    return rv;
}

int mdshm__acme_order_poll(mdshm__acme_t *a, mdshm__acme_order_t *o,
                           mdshm__acme_status_t until, int64_t deadline_ms,
                           mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, order_poll_impl(a, o, until, deadline_ms,
                                                 res));
}

static int order_finalize_impl(mdshm__acme_t *a, mdshm__acme_order_t *o,
                               const uint8_t *csr, size_t len,
                               int64_t deadline_ms, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp;
    mdshm__acme_order_t fresh;
    char *b64 = NULL, *text = NULL;
    json_t *p;
    int rv;

    mdshm__acme_result_clear(res);
    if (!a || !o || !o->url || !o->finalize_url || !csr || !len)
        return -EINVAL;
    if (o->status == MDSHM__ACME_READY) {
        rv = mdshm__b64url_encode(csr, len, &b64);
        if (rv)
            return rv;
        p = json_pack("{s:s}", "csr", b64);
        text = p ? json_dumps(p, JSON_COMPACT) : NULL;
        json_decref(p);
        free(b64);
        if (!text)
            return -ENOMEM;
        rv = mdshm__acme_post(a, o->finalize_url, text, 0, NULL, &resp, res);
        free(text);
        if (rv)
            return rv;
        rv = order_parse(&resp, o->url, &fresh, res);
        mdshm__http_resp_clear(&resp);
        if (rv)
            return rv;
        mdshm__acme_order_clear(o);
        *o = fresh;
    }
    if (o->status == MDSHM__ACME_VALID && o->cert_url)
        return 0;
    /* processing (or a resumed order in any state): wait for valid */
    return mdshm__acme_order_poll(a, o, MDSHM__ACME_VALID, deadline_ms, res);
}

int mdshm__acme_order_finalize(mdshm__acme_t *a, mdshm__acme_order_t *o,
                               const uint8_t *csr, size_t len,
                               int64_t deadline_ms, mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, order_finalize_impl(a, o, csr, len,
                                                     deadline_ms, res));
}

/* ---- authorizations and challenges ----------------------------------- */

static void challenge_clear(mdshm__acme_challenge_t *c)
{
    free(c->type);
    free(c->url);
    free(c->token);
    free(c->error);
    memset(c, 0, sizeof(*c));
}

void mdshm__acme_authz_clear(mdshm__acme_authz_t *az)
{
    if (!az)
        return;
    free(az->url);
    for (size_t i = 0; i < az->n_chall; i++)
        challenge_clear(&az->chall[i]);
    free(az->chall);
    memset(az, 0, sizeof(*az));
}

static bool known_type(const char *t)
{
    return !strcmp(t, "http-01") || !strcmp(t, "dns-01") ||
           !strcmp(t, "tls-alpn-01");
}

static int challenge_parse(const json_t *v, mdshm__acme_challenge_t *c,
                           mdshm__acme_result_t *res)
{
    const char *what = "ACME challenge", *s;
    int rv;

    if (!json_is_object(v))
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s is not an object", what);
    if ((rv = mdshm__acme_json_str(v, "type", true, 64, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &c->type)) ||
        (rv = mdshm__acme_json_url(v, "url", true, what, &s, res)) ||
        (rv = mdshm__acme_strdup(s, &c->url)) ||
        (rv = status_field(v, what, &c->status, res)) ||
        (rv = error_field(v, &c->error)))
        return rv;
    /* A token goes into URLs, file names and store keys: for the types we
     * answer it must be plain base64url.  Other types are never used. */
    if (known_type(c->type)) {
        rv = mdshm__acme_json_str(v, "token", true, 256, what, &s,
                                  res);
        if (rv)
            return rv;
        if (!mdshm__acme_token_ok(s))
            return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                    "%s %s: invalid token", what, c->type);
        rv = mdshm__acme_strdup(s, &c->token);
        if (rv)
            return rv;
    }
    return 0;
}

static int authz_parse(const mdshm__http_resp_t *resp, const char *url,
                       mdshm__acme_authz_t *az, mdshm__acme_result_t *res)
{
    const char *what = "ACME authorization";
    json_t *j = NULL, *arr, *v;
    size_t i;
    int rv;

    memset(az, 0, sizeof(*az));
    if ((rv = mdshm__acme_strdup(url, &az->url)) ||
        (rv = mdshm__acme_json_parse(resp, what, &j, res)) ||
        (rv = status_field(j, what, &az->status, res)) ||
        (rv = mdshm__acme_json_time(j, "expires", false, what,
                                    &az->expires_ms, res)) ||
        (rv = ident_field(json_object_get(j, "identifier"), what, &az->ident,
                          res)))
        goto out;
    v = json_object_get(j, "wildcard");
    if (v && !json_is_null(v) && !json_is_boolean(v)) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: wildcard is not a boolean", what);
        goto out;
    }
    az->wildcard = json_is_true(v);
    arr = json_object_get(j, "challenges");
    if (!json_is_array(arr) || json_array_size(arr) > MAX_CHALLENGES) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: bad \"challenges\"", what);
        goto out;
    }
    if (json_array_size(arr) &&
        !(az->chall = calloc(json_array_size(arr), sizeof(*az->chall)))) {
        rv = -ENOMEM;
        goto out;
    }
    json_array_foreach(arr, i, v) {
        az->n_chall++;
        rv = challenge_parse(v, &az->chall[i], res);
        if (rv)
            goto out;
    }
out:
    json_decref(j);
    if (rv)
        mdshm__acme_authz_clear(az);
    return rv;
}

static int authz_parse_any(const mdshm__http_resp_t *resp, const char *url,
                           void *out, mdshm__acme_result_t *res)
{
    return authz_parse(resp, url, out, res);
}

static int authz_fetch(mdshm__acme_t *a, const char *url,
                       mdshm__acme_authz_t *out, int64_t *retry_after,
                       mdshm__acme_result_t *res)
{
    return fetch(a, url, authz_parse_any, out, retry_after, res);
}

int mdshm__acme_authz_get(mdshm__acme_t *a, const char *url,
                          mdshm__acme_authz_t *out, mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, get_impl(a, url, authz_parse_any, out,
                                          sizeof(*out), res));
}

const mdshm__acme_challenge_t *
mdshm__acme_authz_pick(const mdshm__acme_authz_t *az,
                       const char *const *prefs, size_t n_prefs)
{
    if (!az || !prefs)
        return NULL;
    for (size_t p = 0; p < n_prefs; p++)
        for (size_t i = 0; i < az->n_chall; i++)
            if (prefs[p] && !strcmp(az->chall[i].type, prefs[p]) &&
                az->chall[i].status != MDSHM__ACME_INVALID)
                return &az->chall[i];
    return NULL;
}

/* POST @payload to @url; the answer's body is not needed (challenges). */
static int post_discard(mdshm__acme_t *a, const char *url,
                        const char *payload, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp;
    int rv;

    mdshm__acme_result_clear(res);
    if (!a || !mdshm__acme_url_ok(url))
        return -EINVAL;
    rv = mdshm__acme_post(a, url, payload, 0, NULL, &resp, res);
    if (rv)
        return rv;
    mdshm__http_resp_clear(&resp);
    return 0;
}

int mdshm__acme_challenge_respond(mdshm__acme_t *a, const char *url,
                                  mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, post_discard(a, url, "{}", res));
}

static int authz_poll_impl(mdshm__acme_t *a, const char *url,
                           int64_t deadline_ms, mdshm__acme_authz_t *out,
                           mdshm__acme_result_t *res)
{
    int64_t delay = POLL_FIRST_MS;
    int rv;

    mdshm__acme_result_clear(res);
    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!a || !mdshm__acme_url_ok(url))
        return -EINVAL;
    for (;;) {
        int64_t ra;
        mdshm__acme_authz_clear(out);
        rv = authz_fetch(a, url, out, &ra, res);
        if (rv)
            return rv;
        if (out->status == MDSHM__ACME_VALID)
            return 0;
        if (out->status != MDSHM__ACME_PENDING &&
            out->status != MDSHM__ACME_PROCESSING) {
            const mdshm__acme_result_t *err = NULL;
            for (size_t i = 0; i < out->n_chall && !err; i++)
                err = out->chall[i].error;
            rv = failed(res, err, "%s %s is %s", "ACME authorization", url,
                        mdshm__acme_status_name(out->status));
            break;
        }
        rv = poll_wait(a, &delay, ra, deadline_ms, "ACME authorization",
                       url, res);
        if (rv)
            break;
    }
    mdshm__acme_authz_clear(out); /* out-parameters only on success */
    return rv;
}

int mdshm__acme_authz_poll(mdshm__acme_t *a, const char *url,
                           int64_t deadline_ms, mdshm__acme_authz_t *out,
                           mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, authz_poll_impl(a, url, deadline_ms, out,
                                                 res));
}

int mdshm__acme_key_authz(const mdshm__acme_t *a, const char *token,
                          char **out)
{
    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!a || !a->key)
        return -EINVAL;
    return mdshm__key_authz(token, a->key, out);
}
