/* etcd_json.c -- the JSON shapes of etcd's v3 gateway: standard base64 for
 * keys and values, int64s as strings (lease ids above 2^53: never through
 * a double), fields with default values omitted, and the error answers. */
#include "etcd.h"

#include <jansson.h>
#include <openssl/evp.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int mdshm__etcd_b64_encode(const void *p, size_t n, char **out)
{
    size_t full = 4 * ((n + 2) / 3);
    char *s;

    *out = NULL;
    if (n > MDSHM__ETCD_MAX_REQUEST_BYTES * 4u)
        return MDSHM_ETOOBIG;
    if (!(s = malloc(full + 1)))
        return -ENOMEM;
    if (n)
        EVP_EncodeBlock((unsigned char *)s, p, (int)n);
    s[full] = 0;
    *out = s;
    return 0;
}

static bool b64_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '+' || c == '/';
}

int mdshm__etcd_b64_decode(const char *s, size_t len, uint8_t **out,
                           size_t *outlen)
{
    size_t pad = 0, n;
    uint8_t *buf;
    int w;

    *out = NULL;
    *outlen = 0;
    if (len % 4 || len > INT_MAX)
        return MDSHM_EBADINPUT;
    while (pad < 2 && pad < len && s[len - 1 - pad] == '=')
        pad++;
    for (size_t i = 0; i < len - pad; i++)
        if (!b64_char((unsigned char)s[i]))
            return MDSHM_EBADINPUT;
    n = len / 4 * 3;
    if (!(buf = malloc(n + 1)))
        return -ENOMEM;
    w = len ? EVP_DecodeBlock(buf, (const unsigned char *)s, (int)len) : 0;
    if (w < 0 || (size_t)w != n) {
        free(buf);
        return MDSHM_EBADINPUT;
    }
    n -= pad; /* EVP_DecodeBlock counts the padding as zero bytes */
    buf[n] = 0;
    *out = buf;
    *outlen = n;
    return 0;
}

/* Strings of digits (the gateway's int64s) or plain integers. */
static int parse_u64(const json_t *v, bool allow_neg, uint64_t *u, bool *neg)
{
    const char *s;
    uint64_t acc = 0;

    *u = 0;
    *neg = false;
    if (!v)
        return 0;
    if (json_is_integer(v)) {
        json_int_t i = json_integer_value(v);
        if (i < 0 && !allow_neg)
            return -EPROTO;
        *neg = i < 0;
        *u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return 0;
    }
    if (!json_is_string(v))
        return -EPROTO;
    s = json_string_value(v);
    if (*s == '-' && allow_neg) {
        *neg = true;
        s++;
    }
    if (!*s || strlen(s) > 20)
        return -EPROTO;
    for (; *s; s++) {
        uint64_t d = (uint64_t)(*s - '0');
        if (*s < '0' || *s > '9' || acc > UINT64_MAX / 10 ||
            (acc == UINT64_MAX / 10 && d > UINT64_MAX % 10))
            return -EPROTO;
        acc = acc * 10 + d;
    }
    *u = acc;
    return 0;
}

int mdshm__etcd_json_i64(const void *obj, const char *name, int64_t *out)
{
    uint64_t u;
    bool neg;
    int rv = parse_u64(json_object_get(obj, name), true, &u, &neg);

    *out = 0;
    if (rv < 0)
        return rv;
    if (u > (uint64_t)INT64_MAX)
        return -EPROTO;
    *out = neg ? -(int64_t)u : (int64_t)u;
    return 0;
}

int mdshm__etcd_json_u64(const void *obj, const char *name, uint64_t *out)
{
    bool neg;

    return parse_u64(json_object_get(obj, name), false, out, &neg);
}

/* A base64 member (absent: empty, with its NUL). */
static int json_bytes(const json_t *obj, const char *name, uint8_t **out,
                      size_t *len)
{
    json_t *v = json_object_get(obj, name);

    if (!v) {
        *len = 0;
        return (*out = calloc(1, 1)) ? 0 : -ENOMEM;
    }
    if (!json_is_string(v))
        return -EPROTO;
    int rv = mdshm__etcd_b64_decode(json_string_value(v),
                                    json_string_length(v), out, len);
    return rv == MDSHM_EBADINPUT ? -EPROTO : rv;
}

void mdshm__etcd_kv_clear(mdshm__etcd_kv_t *kv)
{
    if (!kv)
        return;
    free(kv->key);
    free(kv->value);
    memset(kv, 0, sizeof(*kv));
}

int mdshm__etcd_json_kv(const void *obj, mdshm__etcd_kv_t *kv)
{
    int rv;

    memset(kv, 0, sizeof(*kv));
    if (!json_is_object((const json_t *)obj))
        return -EPROTO;
    rv = json_bytes(obj, "key", &kv->key, &kv->key_len);
    if (rv < 0)
        goto out;
    rv = json_bytes(obj, "value", &kv->value, &kv->value_len);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_json_i64(obj, "create_revision", &kv->create_revision);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_json_i64(obj, "mod_revision", &kv->mod_revision);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_json_i64(obj, "version", &kv->version);
    if (rv < 0)
        goto out;
    rv = mdshm__etcd_json_u64(obj, "lease", &kv->lease);
out:
    if (rv < 0)
        mdshm__etcd_kv_clear(kv);
    return rv;
}

void mdshm__etcd_range_resp_clear(mdshm__etcd_range_resp_t *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        mdshm__etcd_kv_clear(&r->kvs[i]);
    free(r->kvs);
    memset(r, 0, sizeof(*r));
}

static int header_revision(const json_t *obj, int64_t *rev)
{
    return mdshm__etcd_json_i64(json_object_get(obj, "header"), "revision",
                                rev);
}

/* A range answer's members (the object itself or a txn's response_range). */
static int range_fill(const json_t *j, mdshm__etcd_range_resp_t *resp)
{
    json_t *kvs = json_object_get(j, "kvs"), *more;
    size_t n = json_array_size(kvs);
    int rv;

    rv = header_revision(j, &resp->revision);
    if (rv < 0)
        return rv;
    rv = mdshm__etcd_json_i64(j, "count", &resp->count);
    if (rv < 0)
        return rv;
    more = json_object_get(j, "more");
    resp->more = json_is_true(more);
    if (kvs && !json_is_array(kvs))
        return -EPROTO;
    if (!n)
        return 0;
    if (!(resp->kvs = calloc(n, sizeof(*resp->kvs))))
        return -ENOMEM;
    for (size_t i = 0; i < n; i++) {
        rv = mdshm__etcd_json_kv(json_array_get(kvs, i), &resp->kvs[i]);
        if (rv < 0)
            return rv;
        resp->n++;
    }
    return 0;
}

static int load(const char *body, size_t len, json_t **out)
{
    json_error_t err;

    *out = json_loadb(body, len, 0, &err);
    if (!*out || !json_is_object(*out)) {
        json_decref(*out);
        *out = NULL;
        return -EPROTO;
    }
    return 0;
}

int mdshm__etcd_range_parse(const char *body, size_t len,
                            mdshm__etcd_range_resp_t *resp)
{
    json_t *j;
    int rv;

    memset(resp, 0, sizeof(*resp));
    rv = load(body, len, &j);
    if (rv < 0)
        return rv;
    rv = range_fill(j, resp);
    json_decref(j);
    if (rv < 0)
        mdshm__etcd_range_resp_clear(resp);
    return rv;
}

void mdshm__etcd_txn_resp_clear(mdshm__etcd_txn_resp_t *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        mdshm__etcd_range_resp_clear(&r->ranges[i]);
    free(r->ranges);
    memset(r, 0, sizeof(*r));
}

int mdshm__etcd_txn_parse(const char *body, size_t len,
                          mdshm__etcd_txn_resp_t *resp)
{
    json_t *j, *rs;
    size_t n;
    int rv;

    memset(resp, 0, sizeof(*resp));
    rv = load(body, len, &j);
    if (rv < 0)
        return rv;
    resp->succeeded = json_is_true(json_object_get(j, "succeeded"));
    rv = header_revision(j, &resp->revision);
    if (rv < 0)
        goto out;
    rs = json_object_get(j, "responses");
    if (rs && !json_is_array(rs)) {
        rv = -EPROTO;
        goto out;
    }
    n = json_array_size(rs);
    if (n && !(resp->ranges = calloc(n, sizeof(*resp->ranges)))) {
        rv = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *r = json_object_get(json_array_get(rs, i), "response_range");
        resp->n++;
        if (r) {
            rv = range_fill(r, &resp->ranges[i]);
            if (rv < 0)
                goto out;
        }
    }
out:
    json_decref(j);
    if (rv < 0)
        mdshm__etcd_txn_resp_clear(resp);
    return rv;
}

/* ---- requests -------------------------------------------------------- */

static int set_b64(json_t *obj, const char *name, const void *p, size_t n)
{
    char *s;
    int rv = mdshm__etcd_b64_encode(p, n, &s);

    if (rv < 0)
        return rv;
    rv = json_object_set_new(obj, name, json_string(s)) ? -ENOMEM : 0;
    free(s);
    return rv;
}

static int set_num(json_t *obj, const char *name, uint64_t v, bool neg)
{
    char s[32];

    snprintf(s, sizeof(s), "%s%llu", neg ? "-" : "", (unsigned long long)v);
    return json_object_set_new(obj, name, json_string(s)) ? -ENOMEM : 0;
}

static int set_i64(json_t *obj, const char *name, int64_t v)
{
    return set_num(obj, name, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v,
                   v < 0);
}

static const char *const cmp_targets[] = {"CREATE", "MOD", "VERSION", "VALUE",
                                          "LEASE"};
static const char *const cmp_results[] = {"EQUAL", "NOT_EQUAL", "GREATER",
                                          "LESS"};

static int cmp_json(const mdshm__etcd_cmp_t *c, json_t **out)
{
    json_t *o = json_object();
    int rv = -ENOMEM;

    if (!o)
        return -ENOMEM;
    if ((unsigned)c->target > MDSHM__ETCD_CMP_LEASE ||
        (unsigned)c->result > MDSHM__ETCD_LESS || !c->key || !c->key_len) {
        rv = -EINVAL;
        goto out;
    }
    if (json_object_set_new(o, "target", json_string(cmp_targets[c->target])) ||
        json_object_set_new(o, "result", json_string(cmp_results[c->result])))
        goto out;
    rv = set_b64(o, "key", c->key, c->key_len);
    if (rv < 0)
        goto out;
    switch (c->target) {
    case MDSHM__ETCD_CMP_CREATE:
        rv = set_i64(o, "create_revision", c->number);
        break;
    case MDSHM__ETCD_CMP_MOD:
        rv = set_i64(o, "mod_revision", c->number);
        break;
    case MDSHM__ETCD_CMP_VERSION:
        rv = set_i64(o, "version", c->number);
        break;
    case MDSHM__ETCD_CMP_VALUE:
        rv = set_b64(o, "value", c->value, c->value_len);
        break;
    case MDSHM__ETCD_CMP_LEASE:
        rv = set_num(o, "lease", c->lease, false);
        break;
    }
out:
    if (rv < 0)
        json_decref(o);
    else
        *out = o;
    return rv;
}

static int op_json(const mdshm__etcd_op_t *op, json_t **out)
{
    static const char *const names[] = {"request_put", "request_delete_range",
                                        "request_range"};
    json_t *wrap = json_object(), *o = json_object();
    int rv = -ENOMEM;

    if (!wrap || !o)
        goto out;
    if ((unsigned)op->type > MDSHM__ETCD_OP_RANGE || !op->key ||
        !op->key_len) {
        rv = -EINVAL;
        goto out;
    }
    rv = set_b64(o, "key", op->key, op->key_len);
    if (rv < 0)
        goto out;
    if (op->type == MDSHM__ETCD_OP_PUT) {
        rv = set_b64(o, "value", op->value, op->value_len);
        if (rv == 0 && op->lease)
            rv = set_num(o, "lease", op->lease, false);
    } else if (op->range_end) {
        rv = set_b64(o, "range_end", op->range_end, op->range_end_len);
    }
    if (rv < 0)
        goto out;
    rv = json_object_set_new(wrap, names[op->type], o) ? -ENOMEM : 0;
    o = NULL;
out:
    json_decref(o);
    if (rv < 0)
        json_decref(wrap);
    else
        *out = wrap;
    return rv;
}

static size_t op_bytes(const mdshm__etcd_op_t *ops, size_t n)
{
    size_t sum = 0;

    for (size_t i = 0; i < n; i++)
        sum += ops[i].key_len + ops[i].value_len + ops[i].range_end_len + 16;
    return sum;
}

static int ops_array(json_t *txn, const char *name,
                     const mdshm__etcd_op_t *ops, size_t n)
{
    json_t *arr = json_array(), *o;
    int rv = 0;

    if (!arr)
        return -ENOMEM;
    for (size_t i = 0; i < n && rv == 0; i++) {
        rv = op_json(&ops[i], &o);
        if (rv == 0 && json_array_append_new(arr, o))
            rv = -ENOMEM;
    }
    if (rv < 0) {
        json_decref(arr);
        return rv;
    }
    return json_object_set_new(txn, name, arr) ? -ENOMEM : 0;
}

int mdshm__etcd_txn_json(const mdshm__etcd_txn_t *t, char **out)
{
    json_t *txn = NULL, *arr, *o;
    size_t bytes;
    int rv = -ENOMEM;

    *out = NULL;
    if ((t->n_cmp && !t->cmp) || (t->n_success && !t->success) ||
        (t->n_failure && !t->failure))
        return -EINVAL;
    if (t->n_cmp > MDSHM__ETCD_MAX_TXN_OPS ||
        t->n_success > MDSHM__ETCD_MAX_TXN_OPS ||
        t->n_failure > MDSHM__ETCD_MAX_TXN_OPS)
        return MDSHM_ETOOBIG;
    bytes = op_bytes(t->success, t->n_success) +
            op_bytes(t->failure, t->n_failure);
    for (size_t i = 0; i < t->n_cmp; i++)
        bytes += t->cmp[i].key_len + t->cmp[i].value_len + 16;
    if (bytes > MDSHM__ETCD_MAX_REQUEST_BYTES - 4096)
        return MDSHM_ETOOBIG;
    if (!(txn = json_object()) || !(arr = json_array()))
        goto out;
    if (json_object_set_new(txn, "compare", arr))
        goto out;
    for (size_t i = 0; i < t->n_cmp; i++) {
        rv = cmp_json(&t->cmp[i], &o);
        if (rv < 0)
            goto out;
        if (json_array_append_new(arr, o)) {
            rv = -ENOMEM;
            goto out;
        }
    }
    rv = ops_array(txn, "success", t->success, t->n_success);
    if (rv < 0)
        goto out;
    rv = ops_array(txn, "failure", t->failure, t->n_failure);
    if (rv < 0)
        goto out;
    *out = json_dumps(txn, JSON_COMPACT);
    rv = *out ? 0 : -ENOMEM;
out:
    json_decref(txn);
    return rv;
}

/* ---- errors ---------------------------------------------------------- */

/* gRPC codes the gateway puts in "code". */
enum {
    GRPC_INVALID_ARGUMENT = 3,
    GRPC_DEADLINE_EXCEEDED = 4,
    GRPC_NOT_FOUND = 5,
    GRPC_PERMISSION_DENIED = 7,
    GRPC_FAILED_PRECONDITION = 9,
    GRPC_OUT_OF_RANGE = 11,
    GRPC_UNAVAILABLE = 14,
    GRPC_UNAUTHENTICATED = 16
};

int mdshm__etcd_error_parse(long status, const char *body, size_t len,
                            char *msg, size_t msg_size)
{
    json_t *j = NULL, *m;
    json_int_t code = -1;
    const char *text = "";
    int rv;

    if (body && len)
        load(body, len, &j);
    if (j) {
        m = json_object_get(j, "code");
        if (json_is_integer(m))
            code = json_integer_value(m);
        m = json_object_get(j, "message");
        if (!json_is_string(m))
            m = json_object_get(j, "error");
        if (json_is_string(m))
            text = json_string_value(m);
    }
    if (msg && msg_size)
        snprintf(msg, msg_size, "%s", *text ? text : "(no message)");

    if (strstr(text, "no leader"))
        rv = MDSHM__ETCD_ENOLEADER;
    else if (strstr(text, "leader changed"))
        rv = MDSHM__ETCD_ETIMEDOUT; /* in flight when it changed: unknown */
    else if (strstr(text, "compacted"))
        rv = MDSHM__ETCD_ECOMPACTED;
    else if (strstr(text, "too many operations") ||
             strstr(text, "too large"))
        rv = MDSHM_ETOOBIG;
    else if (code == GRPC_UNAUTHENTICATED || code == GRPC_PERMISSION_DENIED ||
             status == 401 || status == 403 ||
             /* a watch's cancel_reason: the gRPC status as text */
             strstr(text, "code = Unauthenticated") ||
             strstr(text, "code = PermissionDenied") ||
             strstr(text, "user name is empty") ||
             strstr(text, "authentication failed"))
        rv = MDSHM__ETCD_EAUTH;
    else if (code == GRPC_NOT_FOUND || status == 404)
        rv = MDSHM_ENOTFOUND;
    else if (code == GRPC_DEADLINE_EXCEEDED || strstr(text, "timed out") ||
             strstr(text, "deadline exceeded"))
        rv = MDSHM__ETCD_ETIMEDOUT; /* etcd gave up: outcome unknown */
    else if (code == GRPC_OUT_OF_RANGE)
        rv = MDSHM__ETCD_ECOMPACTED;
    else if (code == GRPC_UNAVAILABLE)
        rv = MDSHM__ETCD_ENOLEADER;
    else
        rv = -EPROTO;
    json_decref(j);
    return rv;
}

const char *mdshm__etcd_strerror(int err)
{
    switch (err) {
    case MDSHM__ETCD_ECONN:
        return "connection failed (no etcd endpoint reachable)";
    case MDSHM__ETCD_ETIMEDOUT:
        return "timed out (the outcome of a write is unknown)";
    case MDSHM__ETCD_ENOLEADER:
        return "no leader (etcd lost its quorum)";
    case MDSHM__ETCD_ECOMPACTED:
        return "revision compacted";
    case MDSHM__ETCD_EAUTH:
        return "authentication failed or permission denied";
    case MDSHM_EFENCED:
        return "fenced (cluster leadership lost)";
    default:
        return mdshm_strerror(err);
    }
}

const char *mdshm__etcd_err_name(int err)
{
    switch (err) {
    case 0:
        return "ok";
    case MDSHM__ETCD_ECONN:
        return "connection-failed";
    case MDSHM__ETCD_ETIMEDOUT:
        return "timed-out";
    case MDSHM__ETCD_ENOLEADER:
        return "no-leader";
    case MDSHM__ETCD_ECOMPACTED:
        return "compacted";
    case MDSHM__ETCD_EAUTH:
        return "auth";
    case MDSHM_ENOTFOUND:
        return "not-found";
    case MDSHM_EFENCED:
        return "fenced";
    case MDSHM_ETOOBIG:
        return "too-big";
    case MDSHM_EPERM:
        return "perm";
    default:
        return "error";
    }
}
