/* etcd_kv.c -- the unary operations of the etcd client: key-values, txns,
 * compaction and leases, each one POST through mdshm__etcd_call. */
#include "etcd_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Add base64 member @name (skipped when @p is NULL). */
static int add_b64(json_t *o, const char *name, const void *p, size_t n)
{
    char *s;
    int rv;

    if (!p)
        return 0;
    rv = mdshm__etcd_b64_encode(p, n, &s);
    if (rv < 0)
        return rv;
    rv = json_object_set_new(o, name, json_string(s)) ? -ENOMEM : 0;
    free(s);
    return rv;
}

static int add_num(json_t *o, const char *name, uint64_t v)
{
    char s[24];

    snprintf(s, sizeof(s), "%llu", (unsigned long long)v);
    return json_object_set_new(o, name, json_string(s)) ? -ENOMEM : 0;
}

/* Serialize @o (consumed) and POST it. */
static int call_json(mdshm__etcd_t *c, const char *op, const char *path,
                     json_t *o, mdshm__etcd_kind_t kind, bool hasleader,
                     char **ans, size_t *len)
{
    char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    int rv;

    json_decref(o);
    if (!s)
        return -ENOMEM;
    rv = mdshm__etcd_call(c, op, path, s, kind, hasleader, ans, len);
    free(s);
    return rv;
}

/* POST {"<name>":"<value>"} (the lease calls). */
static int call_num(mdshm__etcd_t *c, const char *op, const char *path,
                    const char *name, uint64_t value, char **ans,
                    size_t *len)
{
    json_t *o = json_object();
    int rv;

    if (!o)
        return -ENOMEM;
    rv = add_num(o, name, value);
    if (rv < 0) {
        json_decref(o);
        return rv;
    }
    /* a lease grant retried elsewhere leaves at most an unused lease,
     * which expires: every call of this kind may be retried */
    return call_json(c, op, path, o, MDSHM__ETCD_IDEMPOTENT, true, ans, len);
}

static int answer_revision(const char *ans, size_t len, int64_t *rev)
{
    json_t *j = json_loadb(ans, len, 0, NULL);
    int rv;

    if (!json_is_object(j)) {
        json_decref(j);
        return -EPROTO;
    }
    rv = mdshm__etcd_json_i64(json_object_get(j, "header"), "revision", rev);
    json_decref(j);
    return rv;
}

static int too_big(mdshm__etcd_t *c, const char *op, size_t n)
{
    if (n <= MDSHM__ETCD_MAX_REQUEST_BYTES - 4096)
        return 0;
    MDSHM__LOG(c->logger, MDSHM_LOG_ERR, MDSHM_ETOOBIG,
               "etcd %s: %s: %zu bytes is over etcd's request limit",
               mdshm__etcd_endpoint(c), op, n);
    return MDSHM_ETOOBIG;
}

int mdshm__etcd_put(mdshm__etcd_t *c, const void *key, size_t key_len,
                    const void *value, size_t value_len, uint64_t lease,
                    int64_t *revision)
{
    json_t *o;
    char *ans = NULL;
    size_t len;
    int64_t rev = 0;
    int rv;

    if (!c || !key || !key_len || (!value && value_len))
        return -EINVAL;
    rv = too_big(c, "put", key_len + value_len);
    if (rv < 0)
        return rv;
    if (!(o = json_object()))
        return -ENOMEM;
    rv = add_b64(o, "key", key, key_len);
    if (rv == 0)
        rv = add_b64(o, "value", value ? value : "", value_len);
    if (rv == 0 && lease)
        rv = add_num(o, "lease", lease);
    if (rv < 0) {
        json_decref(o);
        return rv;
    }
    rv = call_json(c, "put", "/v3/kv/put", o, MDSHM__ETCD_WRITE, true, &ans,
                   &len);
    if (rv == 0)
        rv = answer_revision(ans, len, &rev);
    if (revision)
        *revision = rev;
    free(ans);
    return rv;
}

int mdshm__etcd_range(mdshm__etcd_t *c, const mdshm__etcd_range_req_t *req,
                      mdshm__etcd_range_resp_t *resp)
{
    json_t *o;
    char *ans = NULL;
    size_t len;
    int rv;

    if (resp)
        memset(resp, 0, sizeof(*resp));
    if (!c || !req || !resp || !req->key || !req->key_len)
        return -EINVAL;
    if (!(o = json_object()))
        return -ENOMEM;
    rv = add_b64(o, "key", req->key, req->key_len);
    if (rv == 0)
        rv = add_b64(o, "range_end", req->range_end, req->range_end_len);
    if (rv == 0 && req->limit > 0)
        rv = add_num(o, "limit", (uint64_t)req->limit);
    if (rv == 0 && req->revision > 0)
        rv = add_num(o, "revision", (uint64_t)req->revision);
    if (rv == 0 && req->min_mod_revision > 0)
        rv = add_num(o, "min_mod_revision", (uint64_t)req->min_mod_revision);
    if (rv == 0 && ((req->keys_only &&
                     json_object_set_new(o, "keys_only", json_true())) ||
                    (req->count_only &&
                     json_object_set_new(o, "count_only", json_true())) ||
                    (req->serializable &&
                     json_object_set_new(o, "serializable", json_true()))))
        rv = -ENOMEM;
    if (rv < 0) {
        json_decref(o);
        return rv;
    }
    rv = call_json(c, "range", "/v3/kv/range", o, MDSHM__ETCD_IDEMPOTENT,
                   !req->serializable, &ans, &len);
    if (rv == 0) {
        rv = mdshm__etcd_range_parse(ans, len, resp);
        if (rv < 0)
            MDSHM__LOG(c->logger, MDSHM_LOG_ERR, rv,
                       "etcd %s: range: malformed answer",
                       mdshm__etcd_endpoint(c));
    }
    free(ans);
    return rv;
}

int mdshm__etcd_range_prefix(mdshm__etcd_t *c, const char *prefix,
                             const mdshm__etcd_range_req_t *req,
                             mdshm__etcd_range_resp_t *resp)
{
    mdshm__etcd_range_req_t rq = *req;
    uint8_t *end = NULL;
    size_t end_len;
    int rv;

    memset(resp, 0, sizeof(*resp));
    rv = mdshm__etcd_prefix_end(prefix, strlen(prefix), &end, &end_len);
    if (rv < 0)
        return rv;
    rq.key = prefix;
    rq.key_len = strlen(prefix);
    rq.range_end = end;
    rq.range_end_len = end_len;
    rv = mdshm__etcd_range(c, &rq, resp);
    free(end);
    return rv;
}

int mdshm__etcd_get(mdshm__etcd_t *c, const void *key, size_t key_len,
                    mdshm__etcd_kv_t *kv, int64_t *revision)
{
    mdshm__etcd_range_req_t req = {.key = key, .key_len = key_len};
    mdshm__etcd_range_resp_t r;
    int rv;

    memset(kv, 0, sizeof(*kv));
    rv = mdshm__etcd_range(c, &req, &r);
    if (rv < 0)
        return rv;
    if (revision)
        *revision = r.revision;
    if (r.n == 0) {
        rv = MDSHM_ENOTFOUND;
    } else {
        *kv = r.kvs[0];
        memset(&r.kvs[0], 0, sizeof(r.kvs[0]));
    }
    mdshm__etcd_range_resp_clear(&r);
    return rv;
}

int mdshm__etcd_prefix_end(const void *prefix, size_t len, uint8_t **end,
                           size_t *end_len)
{
    const uint8_t *p = prefix;
    size_t n = len;
    uint8_t *e;

    *end = NULL;
    *end_len = 0;
    while (n && p[n - 1] == 0xff)
        n--;
    if (!n)
        return -EINVAL;
    if (!(e = malloc(n + 1)))
        return -ENOMEM;
    memcpy(e, p, n);
    e[n - 1]++;
    e[n] = 0;
    *end = e;
    *end_len = n;
    return 0;
}

int mdshm__etcd_range_pages(mdshm__etcd_t *c, const void *key,
                            size_t key_len, const void *end, size_t end_len,
                            int64_t page, int64_t *revision,
                            mdshm__etcd_page_fn *fn, void *baton)
{
    mdshm__etcd_range_req_t req = {
        .key = key,
        .key_len = key_len,
        .range_end = end,
        .range_end_len = end_len,
        .limit = page > 0 ? page : 1000,
        .revision = *revision,
    };
    mdshm__etcd_range_resp_t r = {0};
    uint8_t *next = NULL;
    int rv;

    for (;;) {
        rv = mdshm__etcd_range(c, &req, &r);
        if (rv < 0)
            break;
        if (!req.revision)
            req.revision = r.revision; /* pin every later page to it */
        rv = fn(baton, r.kvs, r.n);
        if (rv != 0 || !r.more || !r.n)
            break;
        /* the next page starts just after the last key: key + "\0" */
        {
            const mdshm__etcd_kv_t *last = &r.kvs[r.n - 1];
            uint8_t *k = malloc(last->key_len + 1);
            if (!k) {
                rv = -ENOMEM;
                break;
            }
            memcpy(k, last->key, last->key_len);
            k[last->key_len] = 0;
            free(next);
            next = k;
            req.key = next;
            req.key_len = last->key_len + 1;
        }
        mdshm__etcd_range_resp_clear(&r);
    }
    mdshm__etcd_range_resp_clear(&r);
    free(next);
    *revision = req.revision;
    return rv;
}

int mdshm__etcd_delete(mdshm__etcd_t *c, const void *key, size_t key_len,
                       const void *end, size_t end_len, int64_t *deleted,
                       int64_t *revision)
{
    json_t *o, *j;
    char *ans = NULL;
    size_t len;
    int64_t rev = 0, n = 0;
    int rv;

    if (!c || !key || !key_len)
        return -EINVAL;
    if (!(o = json_object()))
        return -ENOMEM;
    rv = add_b64(o, "key", key, key_len);
    if (rv == 0)
        rv = add_b64(o, "range_end", end, end_len);
    if (rv < 0) {
        json_decref(o);
        return rv;
    }
    rv = call_json(c, "delete", "/v3/kv/deleterange", o, MDSHM__ETCD_WRITE,
                   true, &ans, &len);
    if (rv == 0) {
        j = json_loadb(ans, len, 0, NULL);
        rv = json_is_object(j) ? 0 : -EPROTO;
        if (rv == 0)
            rv = mdshm__etcd_json_i64(json_object_get(j, "header"),
                                      "revision", &rev);
        if (rv == 0)
            rv = mdshm__etcd_json_i64(j, "deleted", &n);
        json_decref(j);
    }
    if (deleted)
        *deleted = n;
    if (revision)
        *revision = rev;
    free(ans);
    return rv;
}

int mdshm__etcd_compact(mdshm__etcd_t *c, int64_t revision)
{
    json_t *o = json_object();
    char *ans = NULL;
    size_t len;
    int rv;

    if (!o)
        return -ENOMEM;
    rv = add_num(o, "revision", (uint64_t)revision);
    if (rv == 0 && json_object_set_new(o, "physical", json_true()))
        rv = -ENOMEM;
    if (rv < 0) {
        json_decref(o);
        return rv;
    }
    rv = call_json(c, "compaction", "/v3/kv/compaction", o,
                   MDSHM__ETCD_IDEMPOTENT, true, &ans, &len);
    free(ans);
    return rv;
}

int mdshm__etcd_txn(mdshm__etcd_t *c, const mdshm__etcd_txn_t *t,
                    mdshm__etcd_txn_resp_t *resp)
{
    char *req = NULL, *ans = NULL;
    size_t len;
    int rv;

    if (resp)
        memset(resp, 0, sizeof(*resp));
    if (!c || !t || !resp)
        return -EINVAL;
    rv = mdshm__etcd_txn_json(t, &req);
    if (rv < 0) {
        MDSHM__LOG(c->logger, MDSHM_LOG_ERR, rv,
                   "etcd %s: txn: cannot build the request (%zu compares, "
                   "%zu/%zu operations)", mdshm__etcd_endpoint(c), t->n_cmp,
                   t->n_success, t->n_failure);
        return rv;
    }
    rv = mdshm__etcd_call(c, "txn", "/v3/kv/txn", req, MDSHM__ETCD_WRITE,
                          true, &ans, &len);
    if (rv == 0) {
        rv = mdshm__etcd_txn_parse(ans, len, resp);
        if (rv < 0)
            MDSHM__LOG(c->logger, MDSHM_LOG_ERR, rv,
                       "etcd %s: txn: malformed answer",
                       mdshm__etcd_endpoint(c));
    }
    free(req);
    free(ans);
    return rv;
}

/* ---- leases ---------------------------------------------------------- */

int mdshm__etcd_lease_grant(mdshm__etcd_t *c, int64_t ttl_s, uint64_t *id,
                            int64_t *granted_ttl)
{
    json_t *j;
    char *ans = NULL;
    size_t len;
    int rv;

    *id = 0;
    if (granted_ttl)
        *granted_ttl = 0;
    /* the field is "TTL": "ttl" would be ignored silently */
    rv = call_num(c, "lease grant", "/v3/lease/grant", "TTL",
                  (uint64_t)(ttl_s > 0 ? ttl_s : 2), &ans, &len);
    if (rv == 0) {
        int64_t ttl = 0;
        j = json_loadb(ans, len, 0, NULL);
        rv = json_is_object(j) ? 0 : -EPROTO;
        if (rv == 0)
            rv = mdshm__etcd_json_u64(j, "ID", id);
        if (rv == 0)
            rv = mdshm__etcd_json_i64(j, "TTL", &ttl);
        if (rv == 0 && (!*id || ttl <= 0))
            rv = -EPROTO;
        if (rv == 0 && granted_ttl)
            *granted_ttl = ttl;
        json_decref(j);
    }
    free(ans);
    return rv;
}

int mdshm__etcd_lease_keepalive(mdshm__etcd_t *c, uint64_t id, int64_t *ttl)
{
    json_t *j, *res;
    char *ans = NULL;
    size_t len;
    int rv;

    *ttl = 0;
    rv = call_num(c, "lease keepalive", "/v3/lease/keepalive", "ID", id,
                  &ans, &len);
    if (rv == 0) {
        /* a stream: one {"result":...} per line; we sent one request */
        char *nl = memchr(ans, '\n', len);
        j = json_loadb(ans, nl ? (size_t)(nl - ans) : len, 0, NULL);
        res = json_object_get(j, "result");
        if (!json_is_object(res)) {
            /* an in-band {"error":{"message":...}} */
            char *e = json_dumps(json_object_get(j, "error"), JSON_COMPACT);
            rv = e ? mdshm__etcd_error_parse(503, e, strlen(e), NULL, 0)
                   : -EPROTO;
            free(e);
        } else {
            rv = mdshm__etcd_json_i64(res, "TTL", ttl);
            /* no TTL: the lease expired or never was */
            if (rv == 0 && *ttl <= 0)
                rv = MDSHM_ENOTFOUND;
        }
        json_decref(j);
    }
    free(ans);
    return rv;
}

int mdshm__etcd_lease_revoke(mdshm__etcd_t *c, uint64_t id)
{
    char *ans = NULL;
    size_t len;
    int rv = call_num(c, "lease revoke", "/v3/lease/revoke", "ID", id, &ans,
                      &len);

    free(ans);
    return rv;
}

int mdshm__etcd_lease_ttl(mdshm__etcd_t *c, uint64_t id, int64_t *ttl,
                          int64_t *granted)
{
    char *ans = NULL;
    size_t len;
    json_t *j = NULL;
    int rv;

    *ttl = 0;
    *granted = 0;
    rv = call_num(c, "lease timetolive", "/v3/lease/timetolive", "ID", id,
                  &ans, &len);
    if (rv < 0)
        goto out;
    j = json_loadb(ans, len, 0, NULL);
    if (!json_is_object(j)) {
        rv = -EPROTO;
        goto out;
    }
    rv = mdshm__etcd_json_i64(j, "TTL", ttl);
    if (rv == 0)
        rv = mdshm__etcd_json_i64(j, "grantedTTL", granted);
    /* an expired or unknown lease answers TTL -1 */
    if (rv == 0 && *ttl < 0)
        rv = MDSHM_ENOTFOUND;
out:
    json_decref(j);
    free(ans);
    return rv;
}
