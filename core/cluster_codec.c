/* cluster_codec.c -- the etcd side of a store record: the key layout
 * under the cluster prefix, records as sealed etcd values and back, and
 * etcd's limits on a txn (docs/cluster.md, "What is replicated"). */
#include "cluster.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

int mdshm__cluster_prefix_check(const char *p)
{
    size_t n = p ? strlen(p) : 0;

    if (n == 0 || n > MDSHM__CLUSTER_MAX_PREFIX || p[0] != '/' ||
        p[n - 1] != '/')
        return MDSHM_EBADINPUT;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] <= ' ' || (unsigned char)p[i] >= 0x7f)
            return MDSHM_EBADINPUT;
    return 0;
}

static int key_cat(const char *p, const char *a, const char *b, char **out)
{
    size_t np = strlen(p), na = strlen(a), nb = b ? strlen(b) : 0;

    *out = malloc(np + na + nb + 1);
    if (!*out)
        return -ENOMEM;
    memcpy(*out, p, np);
    memcpy(*out + np, a, na);
    if (nb)
        memcpy(*out + np + na, b, nb);
    (*out)[np + na + nb] = 0;
    return 0;
}

int mdshm__cluster_key_leader(const char *p, char **out)
{
    return key_cat(p, "leader", NULL, out);
}

int mdshm__cluster_key_keycheck(const char *p, char **out)
{
    return key_cat(p, "keycheck", NULL, out);
}

int mdshm__cluster_key_host(const char *p, const char *host, char **out)
{
    return key_cat(p, "hosts/", host, out);
}

int mdshm__cluster_key_hosts(const char *p, char **out)
{
    return key_cat(p, "hosts/", NULL, out);
}

int mdshm__cluster_key_data(const char *p, char **out)
{
    return key_cat(p, "data/", NULL, out);
}

int mdshm__cluster_key_record(const char *p, mdshm_db_t db, const void *key,
                              size_t klen, uint8_t **out, size_t *outlen)
{
    const char *name = mdshm_db_name(db);
    size_t np = strlen(p), nn, n;
    uint8_t *k;

    *out = NULL;
    *outlen = 0;
    if (!mdshm__cluster_replicated(db) || !name || klen == 0 || klen > 511)
        return MDSHM_EBADINPUT;
    nn = strlen(name);
    n = np + 5 + nn + 1 + klen;
    if (!(k = malloc(n + 1)))
        return -ENOMEM;
    memcpy(k, p, np);
    memcpy(k + np, "data/", 5);
    memcpy(k + np + 5, name, nn);
    k[np + 5 + nn] = '/';
    memcpy(k + np + 5 + nn + 1, key, klen);
    k[n] = 0;
    *out = k;
    *outlen = n;
    return 0;
}

int mdshm__cluster_key_parse(const char *p, const void *ekey, size_t eklen,
                             mdshm_db_t *db, const uint8_t **key,
                             size_t *klen)
{
    const uint8_t *k = ekey, *slash;
    size_t np = strlen(p), rest;
    char name[32];
    int d;

    *key = NULL;
    *klen = 0;
    if (eklen < np + 5 || memcmp(k, p, np) != 0 ||
        memcmp(k + np, "data/", 5) != 0)
        return MDSHM_ENOTFOUND;
    k += np + 5;
    rest = eklen - np - 5;
    slash = memchr(k, '/', rest);
    if (!slash || (size_t)(slash - k) >= sizeof(name))
        return MDSHM_EBADINPUT;
    memcpy(name, k, (size_t)(slash - k));
    name[slash - k] = 0;
    d = mdshm_db_from_name(name);
    if (d < 0 || !mdshm__cluster_replicated((mdshm_db_t)d))
        return MDSHM_EBADINPUT;
    rest -= (size_t)(slash - k) + 1;
    if (rest == 0 || rest > 511)
        return MDSHM_EBADINPUT;
    *db = (mdshm_db_t)d;
    *key = slash + 1;
    *klen = rest;
    return 0;
}

void mdshm__cluster_ops_free(mdshm__cluster_ops_t *ops)
{
    for (size_t i = 0; i < ops->n; i++) {
        free(ops->op[i].key);
        free(ops->op[i].val); /* sealed: nothing secret in it */
    }
    free(ops->op);
    ops->op = NULL;
    ops->n = 0;
}

/* What one operation takes in a request. */
static size_t op_size(const mdshm__cluster_op_t *op)
{
    return op->klen + op->vlen + MDSHM__ETCD_OP_OVERHEAD;
}

int mdshm__cluster_op_add(mdshm__cluster_ops_t *ops,
                          const mdshm__cluster_kek_t *kek, const char *p,
                          mdshm_db_t db, const void *key, size_t klen,
                          const void *rec, size_t rlen)
{
    mdshm__cluster_op_t op = {0}, *grown;
    int rv;

    rv = mdshm__cluster_key_record(p, db, key, klen, &op.key, &op.klen);
    if (rv < 0)
        return rv;
    if (rec) {
        rv = mdshm__cluster_seal(kek, op.key, op.klen, rec, rlen, &op.val,
                                 &op.vlen);
        if (rv == 0 && op_size(&op) > MDSHM__ETCD_MAX_REQUEST_BYTES)
            rv = MDSHM_ETOOBIG;
        if (rv == MDSHM_ETOOBIG)
            MDSHM_LOG(MDSHM_LOG_ERR, rv,
                      "record %s/%.*s: %zu bytes, over what one etcd "
                      "request takes (%u bytes)",
                      mdshm_db_name(db), (int)klen, (const char *)key,
                      rlen + MDSHM__SEAL_OVERHEAD,
                      MDSHM__ETCD_MAX_REQUEST_BYTES);
        if (rv < 0)
            goto out;
    }
    grown = realloc(ops->op, (ops->n + 1) * sizeof(*grown));
    if (!grown) {
        rv = -ENOMEM;
        goto out;
    }
    ops->op = grown;
    ops->op[ops->n++] = op;
    return 0;
out:
    free(op.key);
    free(op.val);
    return rv;
}

int mdshm__cluster_journal_ops(const mdshm__journal_t *j,
                               const mdshm__cluster_kek_t *kek, const char *p,
                               mdshm__cluster_ops_t *ops)
{
    int rv = 0;

    mdshm__cluster_ops_free(ops);
    for (size_t i = 0; i < j->n && rv == 0; i++) {
        const mdshm__jentry_t *e = &j->e[i];
        if (!mdshm__cluster_replicated(e->db))
            continue;
        rv = mdshm__cluster_op_add(ops, kek, p, e->db, e->key, e->klen,
                                   e->del ? NULL : e->val, e->vlen);
    }
    if (rv < 0)
        mdshm__cluster_ops_free(ops);
    return rv;
}

size_t mdshm__cluster_ops_size(const mdshm__cluster_ops_t *ops, size_t from,
                               size_t to)
{
    size_t n = 0;

    for (size_t i = from; i < to && i < ops->n; i++)
        n += op_size(&ops->op[i]);
    return n;
}

int mdshm__cluster_ops_check(const mdshm__cluster_ops_t *ops,
                             unsigned reserved_ops, size_t reserved_bytes)
{
    size_t bytes = mdshm__cluster_ops_size(ops, 0, ops->n) + reserved_bytes;

    if (ops->n + reserved_ops > MDSHM__ETCD_MAX_TXN_OPS) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                  "a write of %zu records is over the %u operations of one "
                  "etcd txn (%u of them taken by the fencing)",
                  ops->n, MDSHM__ETCD_MAX_TXN_OPS, reserved_ops);
        return MDSHM_ETOOBIG;
    }
    if (bytes > MDSHM__ETCD_MAX_REQUEST_BYTES) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                  "a write of %zu records takes %zu bytes, over the %u "
                  "bytes of one etcd request",
                  ops->n, bytes, MDSHM__ETCD_MAX_REQUEST_BYTES);
        return MDSHM_ETOOBIG;
    }
    return 0;
}

int mdshm__cluster_ops_split(const mdshm__cluster_ops_t *ops,
                             unsigned reserved_ops, size_t reserved_bytes,
                             size_t **ends, size_t *n)
{
    size_t *e = NULL, ne = 0, count = 0, bytes = 0;
    unsigned max_ops;

    *ends = NULL;
    *n = 0;
    if (reserved_ops >= MDSHM__ETCD_MAX_TXN_OPS ||
        reserved_bytes >= MDSHM__ETCD_MAX_REQUEST_BYTES)
        return MDSHM_EBADINPUT;
    max_ops = MDSHM__ETCD_MAX_TXN_OPS - reserved_ops;
    /* at most one run per operation */
    if (!(e = malloc((ops->n ? ops->n : 1) * sizeof(*e))))
        return -ENOMEM;
    for (size_t i = 0; i < ops->n; i++) {
        size_t sz = op_size(&ops->op[i]);
        if (sz + reserved_bytes > MDSHM__ETCD_MAX_REQUEST_BYTES) {
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                      "etcd key %.*s: %zu bytes, over what one etcd request "
                      "takes (%u bytes)",
                      (int)ops->op[i].klen, (const char *)ops->op[i].key, sz,
                      MDSHM__ETCD_MAX_REQUEST_BYTES);
            free(e);
            return MDSHM_ETOOBIG;
        }
        if (count == max_ops ||
            bytes + sz + reserved_bytes > MDSHM__ETCD_MAX_REQUEST_BYTES) {
            e[ne++] = i;
            count = 0;
            bytes = 0;
        }
        count++;
        bytes += sz;
    }
    if (count)
        e[ne++] = ops->n;
    *ends = e;
    *n = ne;
    return 0;
}
