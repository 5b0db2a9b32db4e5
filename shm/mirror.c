/* mirror.c -- writes of records that come from another host (cluster
 * mode: the mirror of etcd, docs/cluster.md).  A mirrored record must
 * leave this host's workers exactly where a local write of the drive
 * would: a served record (an active certificate set, a staple) gets this
 * host's next meta/gen, as mdshm__w_install_certset and the OCSP puts
 * stamp them, since gens are per host (the workers' caches compare
 * them).  A record that equals the local one but for that stamp is left
 * alone, so the cluster leader's own writes coming back, or a full
 * resync, make no worker parse anything again. */
#include "store_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The gen a served record carries (NULL for the others, stored as sent). */
static uint64_t *served_gen(mdshm_db_t db, mdshm_record_t *rec)
{
    if (db == MDSHM_DB_CERTS && rec->type == MDSHM_REC_CERTSET)
        return &rec->u.certset.gen;
    if (db == MDSHM_DB_OCSP && rec->type == MDSHM_REC_OCSP)
        return &rec->u.ocsp.gen;
    return NULL;
}

/* Whether @in, given @old's gen, encodes to @old's bytes. */
static int same_but_gen(mdshm_db_t db, mdshm_record_t *in, mdshm_buf_t old,
                        bool *same)
{
    mdshm_record_t *prev = malloc(sizeof(*prev));
    uint8_t *buf = NULL;
    uint64_t *g = served_gen(db, in), keep = *g;
    size_t len = 0;
    int rv;

    *same = false;
    if (!prev)
        return -ENOMEM;
    /* a local record that does not decode is simply replaced */
    if (mdshm_record_decode(in->type, old.p, old.n, prev) == 0) {
        *g = *served_gen(db, prev);
        rv = mdshm__record_encode(in, &buf, &len);
        *g = keep;
        if (rv < 0)
            goto out;
        *same = len == old.n && memcmp(buf, old.p, len) == 0;
    }
    rv = 0;
out:
    free(buf);
    free(prev);
    return rv;
}

int mdshm__w_put_mirrored(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                          size_t klen, const void *val, size_t vlen)
{
    mdshm_record_t *in = NULL;
    mdshm_buf_t old;
    bool same = false;
    int type = mdshm_record_type(db, key, klen), rv;

    if (type < 0 || db == MDSHM_DB_META)
        return MDSHM_EBADINPUT;
    if (!(in = malloc(sizeof(*in))))
        return -ENOMEM;
    rv = mdshm__decode_logged(w->st, db, key, klen, val, vlen, in);
    if (rv < 0)
        goto out;
    rv = mdshm__w_get_raw(w, db, key, klen, &old);
    if (rv == 0) {
        if (served_gen(db, in))
            rv = same_but_gen(db, in, old, &same);
        else
            same = old.n == vlen && memcmp(old.p, val, vlen) == 0;
        if (rv < 0)
            goto out;
        if (same)
            goto out; /* rv 0: nothing changed */
    } else if (rv != MDSHM_ENOTFOUND) {
        goto out;
    }
    if (db == MDSHM_DB_CERTS) {
        rv = mdshm__w_next_gen(w, &in->u.certset.gen);
        if (rv < 0)
            goto out;
    }
    /* mdshm__w_put stamps a staple with this write's OCSP gen */
    rv = served_gen(db, in) ? mdshm__w_put(w, db, key, klen, in)
                            : mdshm__w_put_raw(w, db, key, klen, val, vlen);
    if (rv == 0)
        rv = 1;
out:
    free(in);
    return rv;
}

int mdshm__w_del_mirrored(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                          size_t klen)
{
    int rv;

    if (db == MDSHM_DB_META)
        return MDSHM_EBADINPUT;
    rv = mdshm__w_del(w, db, key, klen);
    if (rv == MDSHM_ENOTFOUND)
        return 0;
    if (rv == 0 && db == MDSHM_DB_CERTS) {
        uint64_t gen; /* workers re-check their MDs and drop the set */
        rv = mdshm__w_next_gen(w, &gen);
    }
    return rv < 0 ? rv : 1;
}

int mdshm__w_foreach(mdshm__wtxn_t *w, mdshm_db_t db, mdshm_foreach_fn *fn,
                     void *baton)
{
    MDB_cursor *cur = NULL;
    MDB_val k, v;
    int rc, rv = 0;

    if ((unsigned)db >= MDSHM_DB_COUNT)
        return MDSHM_EBADINPUT;
    rc = mdb_cursor_open(w->txn, w->st->dbi[db], &cur);
    if (rc != 0)
        return mdshm__mdb_err(w->st, rc, "mdb_cursor_open");
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (mdshm__is_subdb_key(db, k.mv_data, k.mv_size))
            continue;
        rv = fn(baton, db, (mdshm_buf_t){k.mv_data, k.mv_size},
                (mdshm_buf_t){v.mv_data, v.mv_size});
        if (rv != 0)
            break;
    }
    if (rv == 0 && rc != 0 && rc != MDB_NOTFOUND)
        rv = mdshm__mdb_err(w->st, rc, "mdb_cursor_get");
    mdb_cursor_close(cur);
    return rv;
}

#define CLUSTER_REV "cluster-rev"

int mdshm__w_cluster_rev(mdshm__wtxn_t *w, uint64_t *rev)
{
    mdshm_record_t rec;
    int rv = mdshm__w_get(w, MDSHM_DB_META, CLUSTER_REV,
                          sizeof(CLUSTER_REV) - 1, &rec);

    *rev = rv == 0 ? rec.u.gen.gen : 0;
    return rv == MDSHM_ENOTFOUND ? 0 : rv;
}

int mdshm__w_set_cluster_rev(mdshm__wtxn_t *w, uint64_t rev)
{
    mdshm_record_t rec;

    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_GEN;
    rec.u.gen.gen = rev;
    return mdshm__w_put(w, MDSHM_DB_META, CLUSTER_REV,
                        sizeof(CLUSTER_REV) - 1, &rec);
}
