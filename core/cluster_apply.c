/* cluster_apply.c -- the mirror's writes: what etcd holds under the
 * cluster prefix, applied to this host's store in one fenced write per
 * batch, with the etcd revision it reached (meta/cluster-rev;
 * docs/cluster.md, "The mirror").  Values are opened inside the write,
 * one at a time, and only those that will be applied: an event at or
 * below the recorded revision is passed over unopened.  Each opened value
 * is dropped once written (a replacement of 10,000 MDs would otherwise
 * hold every plaintext until the commit); a rerun after a full map opens
 * them again. */
#include "cluster.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

/* One entry of a batch once its key is parsed (and its value opened). */
struct item {
    mdshm_db_t db;
    const uint8_t *key; /* view into the caller's etcd key */
    size_t klen;
    uint8_t *rec;       /* opened value (malloc'ed); NULL until opened */
    size_t rlen;
};

struct batch {
    const mdshm__cluster_kek_t *kek;
    const char *prefix;
    const mdshm__cluster_kv_t *kv;
    size_t n;
    struct item *it;    /* one per kv; db < 0 (as int): not a record */
    uint64_t rev;
    bool replace;
    size_t *order;      /* replace: the records' indexes sorted by db, key */
    size_t n_order;
    mdshm__cluster_keep_fn *keep; /* replace: local records to keep */
    void *keep_baton;
    mdshm__cluster_applied_t res;
};

static int item_cmp_key(const struct item *a, mdshm_db_t db,
                        const uint8_t *key, size_t klen)
{
    size_t m = a->klen < klen ? a->klen : klen;
    int c;

    if (a->db != db)
        return a->db < db ? -1 : 1;
    c = memcmp(a->key, key, m);
    if (c)
        return c;
    return a->klen < klen ? -1 : a->klen > klen;
}

static int order_cmp(const void *x, const void *y, void *items)
{
    const struct item *a = &((const struct item *)items)[*(const size_t *)x];
    const struct item *b = &((const struct item *)items)[*(const size_t *)y];
    return item_cmp_key(a, b->db, b->key, b->klen);
}

/* Parse every key (no write yet): a key under P "data/" that names no
 * replicated database refuses the batch. */
static int batch_parse(struct batch *b)
{
    int rv;

    b->it = calloc(b->n ? b->n : 1, sizeof(*b->it));
    if (!b->it)
        return -ENOMEM;
    for (size_t i = 0; i < b->n; i++) {
        struct item *it = &b->it[i];
        rv = mdshm__cluster_key_parse(b->prefix, b->kv[i].key, b->kv[i].klen,
                                      &it->db, &it->key, &it->klen);
        if (rv == MDSHM_ENOTFOUND) {
            it->db = MDSHM_DB_COUNT; /* a host or leader key */
            continue;
        }
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_ERR, rv,
                      "cluster mirror: etcd key %.*s names no replicated "
                      "database; the batch is refused",
                      (int)b->kv[i].klen, (const char *)b->kv[i].key);
            return rv;
        }
        if (b->replace && b->kv[i].del) {
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                      "cluster mirror: a delete in a range");
            return MDSHM_EBADINPUT;
        }
    }
    return 0;
}

static void batch_free(struct batch *b)
{
    for (size_t i = 0; b->it && i < b->n; i++)
        if (b->it[i].rec) {
            OPENSSL_cleanse(b->it[i].rec, b->it[i].rlen);
            free(b->it[i].rec);
        }
    free(b->it);
    free(b->order);
}

/* Open the value of item @i once. */
static int item_open(struct batch *b, size_t i)
{
    const mdshm__cluster_kv_t *kv = &b->kv[i];
    struct item *it = &b->it[i];
    char why[256];
    int rv;

    if (it->rec || kv->del)
        return 0;
    rv = mdshm__cluster_open(b->kek, kv->key, kv->klen, kv->val, kv->vlen,
                             &it->rec, &it->rlen, why, sizeof(why));
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "cluster mirror: etcd key %.*s (revision %lld): %s; the "
                  "batch is refused, nothing written",
                  (int)kv->klen, (const char *)kv->key,
                  (long long)kv->mod_rev, why);
    return rv;
}

/* Put or delete item @i. */
static int item_apply(mdshm__wtxn_t *w, struct batch *b, size_t i)
{
    struct item *it = &b->it[i];
    int rv = item_open(b, i);

    if (rv < 0)
        return rv;
    rv = b->kv[i].del
             ? mdshm__w_del_mirrored(w, it->db, it->key, it->klen)
             : mdshm__w_put_mirrored(w, it->db, it->key, it->klen, it->rec,
                                     it->rlen);
    if (it->rec) { /* LMDB holds its copy now */
        OPENSSL_cleanse(it->rec, it->rlen);
        free(it->rec);
        it->rec = NULL;
    }
    if (rv < 0) {
        if (rv == MDSHM_ECORRUPT || rv == MDSHM_EVERSION)
            MDSHM_LOG(MDSHM_LOG_ERR, rv,
                      "cluster mirror: etcd key %.*s holds a record that "
                      "does not decode; the batch is refused, nothing "
                      "written",
                      (int)b->kv[i].klen, (const char *)b->kv[i].key);
        return rv;
    }
    if (rv)
        b->res.written++;
    else
        b->res.unchanged++;
    return 0;
}

static int apply_fn(mdshm__wtxn_t *w, void *baton)
{
    struct batch *b = baton;
    uint64_t rec_rev, rev;
    int rv;

    memset(&b->res, 0, sizeof(b->res)); /* a rerun counts again */
    rv = mdshm__w_cluster_rev(w, &rec_rev);
    if (rv < 0)
        return rv;
    /* The header revision only of a progress notification: a catch-up
     * answer carries the store's current revision while the events of
     * later revisions are still to come in further answers. */
    rev = b->n == 0 && b->rev > rec_rev ? b->rev : rec_rev;
    for (size_t i = 0; i < b->n; i++) {
        if (b->kv[i].mod_rev > 0 && (uint64_t)b->kv[i].mod_rev <= rec_rev) {
            b->res.skipped++;
            continue;
        }
        if (b->kv[i].mod_rev > 0 && (uint64_t)b->kv[i].mod_rev > rev)
            rev = (uint64_t)b->kv[i].mod_rev;
        if (b->it[i].db == MDSHM_DB_COUNT) {
            b->res.other++;
            continue;
        }
        rv = item_apply(w, b, i);
        if (rv < 0)
            return rv;
    }
    b->res.rev = rev;
    return rev != rec_rev ? mdshm__w_set_cluster_rev(w, rev) : 0;
}

/* Replacement: the local records the range does not hold, collected
 * first (a cursor's views die with a change). */
struct stale {
    struct batch *b;
    struct { mdshm_db_t db; uint8_t *key; size_t klen; } *k;
    size_t n, cap;
};

static int stale_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    struct stale *s = baton;
    struct batch *b = s->b;
    size_t lo = 0, hi = b->n_order;

    (void)val;
    while (lo < hi) { /* binary search in the range's sorted records */
        size_t mid = lo + (hi - lo) / 2;
        int c = item_cmp_key(&b->it[b->order[mid]], db, key.p, key.n);
        if (c == 0)
            return 0;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (b->keep && b->keep(b->keep_baton, db, key.p, key.n, b->kv, b->n))
        return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        void *k = realloc(s->k, cap * sizeof(*s->k));
        if (!k)
            return -ENOMEM;
        s->k = k;
        s->cap = cap;
    }
    if (!(s->k[s->n].key = malloc(key.n ? key.n : 1)))
        return -ENOMEM;
    memcpy(s->k[s->n].key, key.p, key.n);
    s->k[s->n].klen = key.n;
    s->k[s->n].db = db;
    s->n++;
    return 0;
}

static int replace_fn(mdshm__wtxn_t *w, void *baton)
{
    struct batch *b = baton;
    struct stale s = {.b = b};
    int rv = 0;

    memset(&b->res, 0, sizeof(b->res));
    for (int db = 0; db < MDSHM_DB_COUNT && rv == 0; db++)
        if (mdshm__cluster_replicated((mdshm_db_t)db))
            rv = mdshm__w_foreach(w, (mdshm_db_t)db, stale_fn, &s);
    for (size_t i = 0; i < s.n && rv >= 0; i++) {
        rv = mdshm__w_del_mirrored(w, s.k[i].db, s.k[i].key, s.k[i].klen);
        if (rv > 0)
            b->res.removed++;
    }
    for (size_t i = 0; i < b->n && rv >= 0; i++) {
        if (b->it[i].db == MDSHM_DB_COUNT)
            b->res.other++;
        else
            rv = item_apply(w, b, i);
    }
    if (rv >= 0)
        rv = mdshm__w_set_cluster_rev(w, b->rev);
    b->res.rev = b->rev;
    for (size_t i = 0; i < s.n; i++)
        free(s.k[i].key);
    free(s.k);
    return rv < 0 ? rv : 0;
}

/* The records' indexes sorted by (db, key), for the replacement. */
static int batch_sort(struct batch *b)
{
    b->order = malloc((b->n ? b->n : 1) * sizeof(*b->order));
    if (!b->order)
        return -ENOMEM;
    for (size_t i = 0; i < b->n; i++)
        if (b->it[i].db != MDSHM_DB_COUNT)
            b->order[b->n_order++] = i;
    qsort_r(b->order, b->n_order, sizeof(*b->order), order_cmp, b->it);
    return 0;
}

static int run(mdshm__candidate_t *c, struct batch *b,
               mdshm__cluster_applied_t *out)
{
    int rv;

    if (mdshm__cluster_prefix_check(b->prefix) < 0)
        return MDSHM_EBADINPUT;
    rv = batch_parse(b);
    if (rv == 0 && b->replace)
        rv = batch_sort(b);
    /* these changes are etcd's already: no commit hook */
    if (rv == 0)
        rv = mdshm__leader_write_local(c, b->replace ? replace_fn : apply_fn,
                                       b);
    if (rv == 0 && out)
        *out = b->res;
    batch_free(b);
    return rv;
}

int mdshm__cluster_apply(mdshm__candidate_t *c,
                         const mdshm__cluster_kek_t *kek, const char *prefix,
                         const mdshm__cluster_kv_t *ev, size_t n, uint64_t rev,
                         mdshm__cluster_applied_t *out)
{
    struct batch b = {.kek = kek, .prefix = prefix, .kv = ev, .n = n,
                      .rev = rev};
    return run(c, &b, out);
}

int mdshm__cluster_replace(mdshm__candidate_t *c,
                           const mdshm__cluster_kek_t *kek, const char *prefix,
                           const mdshm__cluster_kv_t *kv, size_t n,
                           uint64_t rev, mdshm__cluster_applied_t *out)
{
    return mdshm__cluster_replace_keep(c, kek, prefix, kv, n, rev, NULL,
                                       NULL, out);
}

int mdshm__cluster_replace_keep(mdshm__candidate_t *c,
                                const mdshm__cluster_kek_t *kek,
                                const char *prefix,
                                const mdshm__cluster_kv_t *kv, size_t n,
                                uint64_t rev, mdshm__cluster_keep_fn *keep,
                                void *keep_baton,
                                mdshm__cluster_applied_t *out)
{
    struct batch b = {.kek = kek, .prefix = prefix, .kv = kv, .n = n,
                      .rev = rev, .replace = true, .keep = keep,
                      .keep_baton = keep_baton};
    return run(c, &b, out);
}

int mdshm__cluster_read_rev(mdshm_reader_t *rd, uint64_t *rev)
{
    mdshm_record_t rec;
    int rv = mdshm_read_get(rd, MDSHM_DB_META, "cluster-rev", 11, &rec);

    *rev = rv == 0 ? rec.u.gen.gen : 0;
    return rv == MDSHM_ENOTFOUND ? 0 : rv;
}
