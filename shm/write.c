/* write.c -- write transactions: the MAP_FULL grow-and-retry loop and the
 * record-level operations the leader uses inside a fenced write. */
#include "store_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GROW_RETRIES 8

int mdshm__write(mdshm_store_t *st, mdshm__write_fn *fn, void *baton)
{
    return mdshm__write_ex(st, fn, baton, false);
}

int mdshm__write_ex(mdshm_store_t *st, mdshm__write_fn *fn, void *baton,
                    bool light)
{
    mdshm__wtxn_t w;
    MDB_envinfo info;
    int rc, rv;

    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    if (st->readonly)
        return MDSHM_ENOTLEADER;
    for (int attempt = 0;; attempt++) {
        memset(&w, 0, sizeof(w));
        w.st = st;
        mdshm__txn_enter(st);
        rc = mdb_txn_begin(st->env, NULL, 0, &w.txn);
        if (rc != 0) {
            mdshm__txn_leave(st);
            if (rc == MDB_MAP_RESIZED) {
                rv = mdshm__txn_remap(st, 0);
                if (rv < 0)
                    return rv;
                continue;
            }
            return mdshm__mdb_err(st, rc, "mdb_txn_begin(write)");
        }
        rv = fn(&w, baton);
        if (rv == 0 && !w.map_full) {
            /* The flag is per environment handle; we hold LMDB's writer
             * lock, so no other commit of this process runs meanwhile. */
            if (light)
                mdb_env_set_flags(st->env, MDB_NOMETASYNC, 1);
            rc = mdb_txn_commit(w.txn);
            if (light)
                mdb_env_set_flags(st->env, MDB_NOMETASYNC, 0);
            w.txn = NULL;
            if (rc == MDB_MAP_FULL)
                w.map_full = true;
            else if (rc != 0)
                rv = mdshm__mdb_err(st, rc, "mdb_txn_commit");
        }
        if (w.txn)
            mdb_txn_abort(w.txn);
        mdshm__txn_leave(st);
        if (!w.map_full)
            return rv;
        if (attempt >= MAX_GROW_RETRIES) {
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ESTORE,
                   "store %s: map still full after %d enlargements", st->dir,
                   attempt);
            return MDSHM_ESTORE;
        }
        mdb_env_info(st->env, &info);
        rv = mdshm__txn_remap(st, info.me_mapsize * 2);
        if (rv < 0)
            return rv;
    }
}

static int check_db(mdshm_db_t db)
{
    return (unsigned)db < MDSHM_DB_COUNT ? 0 : MDSHM_EBADINPUT;
}

/* A staple's key: its writes raise meta/gen (CRL outcomes, under longer
 * keys in the same database, are no worker's business). */
static bool staple_key(mdshm_db_t db, const void *key, size_t klen)
{
    return db == MDSHM_DB_OCSP &&
           mdshm_record_type(db, key, klen) == MDSHM_REC_OCSP;
}

int mdshm__w_put_raw(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                     size_t klen, const void *val, size_t vlen)
{
    MDB_val k = {klen, (void *)key}, v = {vlen, (void *)val};
    int rc;

    if (check_db(db) < 0 || klen == 0 || klen > 511 ||
        mdshm__is_subdb_key(db, key, klen))
        return MDSHM_EBADINPUT;
    if (staple_key(db, key, klen) &&
        (rc = mdshm__w_ocsp_gen(w, NULL, NULL)) < 0)
        return rc; /* raw writes too (tests, repairs): workers must see them */
    rc = mdb_put(w->txn, w->st->dbi[db], &k, &v, 0);
    if (rc == MDB_MAP_FULL) {
        w->map_full = true;
        return MDSHM_ESTORE; /* the write loop grows the map and reruns */
    }
    if (rc)
        return mdshm__mdb_err(w->st, rc, "mdb_put");
    return w->journal ? mdshm__journal_add(w, db, key, klen, val, vlen) : 0;
}

int mdshm__w_get_raw(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                     size_t klen, mdshm_buf_t *val)
{
    MDB_val k = {klen, (void *)key}, v;
    int rc;

    val->p = NULL;
    val->n = 0;
    if (check_db(db) < 0 || klen == 0 || klen > 511 ||
        mdshm__is_subdb_key(db, key, klen))
        return MDSHM_EBADINPUT;
    rc = mdb_get(w->txn, w->st->dbi[db], &k, &v);
    if (rc != 0)
        return rc == MDB_NOTFOUND ? MDSHM_ENOTFOUND
                                  : mdshm__mdb_err(w->st, rc, "mdb_get");
    val->p = v.mv_data;
    val->n = v.mv_size;
    return 0;
}

int mdshm__w_ocsp_gen(mdshm__wtxn_t *w, uint64_t *gen, uint64_t *before)
{
    int rv;

    if (!w->ocsp_gen) {
        rv = mdshm__w_next_gen(w, &w->ocsp_gen);
        if (rv < 0)
            return rv;
        w->gen_before = w->ocsp_gen - 1;
    }
    if (gen)
        *gen = w->ocsp_gen;
    if (before)
        *before = w->gen_before;
    return 0;
}

int mdshm__w_put(mdshm__wtxn_t *w, mdshm_db_t db, const void *key, size_t klen,
                const mdshm_record_t *rec)
{
    mdshm_record_t *stamped = NULL;
    uint8_t *buf = NULL;
    size_t len = 0;
    int rv;

    if (check_db(db) < 0 || mdshm_record_type(db, key, klen) != (int)rec->type)
        return MDSHM_EBADINPUT;
    if (staple_key(db, key, klen)) {
        /* a copy: the caller's record is const (and often reused) */
        if (!(stamped = malloc(sizeof(*stamped))))
            return -ENOMEM;
        stamped->type = rec->type;
        stamped->u.ocsp = rec->u.ocsp;
        rv = mdshm__w_ocsp_gen(w, &stamped->u.ocsp.gen, NULL);
        if (rv < 0) {
            free(stamped);
            return rv;
        }
        rec = stamped;
    }
    rv = mdshm__record_encode(rec, &buf, &len);
    free(stamped);
    if (rv < 0)
        return rv;
    rv = mdshm__w_put_raw(w, db, key, klen, buf, len);
    free(buf);
    return rv;
}

int mdshm__w_del(mdshm__wtxn_t *w, mdshm_db_t db, const void *key, size_t klen)
{
    MDB_val k = {klen, (void *)key};
    int rc;

    if (check_db(db) < 0 || klen == 0 || klen > 511 ||
        mdshm__is_subdb_key(db, key, klen))
        return MDSHM_EBADINPUT;
    if (staple_key(db, key, klen)) {
        MDB_val v;
        int rv;
        /* raise the gen only for a real change (and before mdb_del) */
        if (mdb_get(w->txn, w->st->dbi[db], &k, &v) == 0 &&
            (rv = mdshm__w_ocsp_gen(w, NULL, NULL)) < 0)
            return rv;
    }
    rc = mdb_del(w->txn, w->st->dbi[db], &k, NULL);
    if (rc == MDB_MAP_FULL) {
        w->map_full = true;
        return MDSHM_ESTORE;
    }
    if (rc != 0)
        return rc == MDB_NOTFOUND ? MDSHM_ENOTFOUND
                                  : mdshm__mdb_err(w->st, rc, "mdb_del");
    return w->journal ? mdshm__journal_add(w, db, key, klen, NULL, 0) : 0;
}

int mdshm__w_get(mdshm__wtxn_t *w, mdshm_db_t db, const void *key, size_t klen,
                mdshm_record_t *out)
{
    mdshm_buf_t v;
    int rv = mdshm__w_get_raw(w, db, key, klen, &v);

    if (rv < 0)
        return rv;
    return mdshm__decode_logged(w->st, db, key, klen, v.p, v.n, out);
}

int mdshm__w_next_gen(mdshm__wtxn_t *w, uint64_t *gen)
{
    mdshm_record_t rec;
    int rv;

    *gen = 0;
    rv = mdshm__w_get(w, MDSHM_DB_META, "gen", 3, &rec);
    if (rv == MDSHM_ENOTFOUND) {
        memset(&rec, 0, sizeof(rec));
        rec.type = MDSHM_REC_GEN;
    } else if (rv < 0) {
        return rv;
    }
    rec.u.gen.gen++;
    rv = mdshm__w_put(w, MDSHM_DB_META, "gen", 3, &rec);
    if (rv == 0)
        *gen = rec.u.gen.gen;
    return rv;
}

int mdshm_key_certset(char *buf, size_t size, const char *md, size_t mdlen,
                      const char *spec, size_t speclen)
{
    if (mdlen == 0 || speclen == 0 || memchr(md, '/', mdlen) ||
        memchr(spec, '/', speclen))
        return MDSHM_EBADINPUT;
    if (mdlen + 1 + speclen + 1 > size || mdlen + 1 + speclen > 511)
        return -ENAMETOOLONG;
    memcpy(buf, md, mdlen);
    buf[mdlen] = '/';
    memcpy(buf + mdlen + 1, spec, speclen);
    buf[mdlen + 1 + speclen] = 0;
    return (int)(mdlen + 1 + speclen);
}

/* Lower-cased copy of one DNS name (or wildcard / IP text). */
static int lower_name(mdshm_buf_t in, char *out)
{
    if (in.n == 0 || in.n > MDSHM_MAX_NAME_LEN)
        return MDSHM_EBADINPUT;
    for (size_t i = 0; i < in.n; i++) {
        unsigned char c = in.p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '_' || c == '.' || c == '*' || c == ':'))
            return MDSHM_EBADINPUT;
        out[i] = (char)c;
    }
    out[in.n] = 0;
    return 0;
}

static bool buf_eq(mdshm_buf_t a, const char *s, size_t n)
{
    return a.n == n && memcmp(a.p, s, n) == 0;
}

/* Remove the name entries of the MD's previous definition that the new one
 * no longer has. */
static int drop_old_names(mdshm__wtxn_t *w, const mdshm_md_rec_t *md,
                          char (*names)[MDSHM_MAX_NAME_LEN + 1])
{
    mdshm_record_t old, ent;
    char lname[MDSHM_MAX_NAME_LEN + 1];
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_MDS, md->name.p, md->name.n, &old);
    if (rv == MDSHM_ENOTFOUND)
        return 0;
    if (rv < 0)
        return rv;
    for (uint32_t i = 0; i < old.u.md.n_names; i++) {
        bool kept = false;
        if (lower_name(old.u.md.names[i], lname) < 0)
            continue;
        for (uint32_t j = 0; j < md->n_names && !kept; j++)
            kept = strcmp(names[j], lname) == 0;
        if (kept)
            continue;
        rv = mdshm__w_get(w, MDSHM_DB_NAMES, lname, strlen(lname), &ent);
        if (rv == MDSHM_ENOTFOUND)
            continue;
        if (rv < 0)
            return rv;
        if (buf_eq(ent.u.name.md, (const char *)md->name.p, md->name.n)) {
            rv = mdshm__w_del(w, MDSHM_DB_NAMES, lname, strlen(lname));
            if (rv < 0)
                return rv;
        }
    }
    return 0;
}

int mdshm__w_put_md(mdshm__wtxn_t *w, const mdshm_md_rec_t *md)
{
    char(*names)[MDSHM_MAX_NAME_LEN + 1] = NULL;
    mdshm_record_t rec, ent;
    uint64_t gen;
    int rv;

    if (md->name.n == 0 || md->name.n > MDSHM_MAX_MDNAME_LEN ||
        memchr(md->name.p, '/', md->name.n) || md->n_names == 0 ||
        md->n_names > MDSHM_MAX_NAMES)
        return MDSHM_EBADINPUT;
    names = calloc(md->n_names, sizeof(*names));
    if (!names)
        return -ENOMEM;
    for (uint32_t i = 0; i < md->n_names; i++) {
        rv = lower_name(md->names[i], names[i]);
        if (rv < 0) {
            ST_LOG(w->st, MDSHM_LOG_ERR, rv, "MD %.*s: invalid name '%.*s'",
                   (int)md->name.n, (const char *)md->name.p,
                   (int)md->names[i].n, (const char *)md->names[i].p);
            goto out;
        }
    }
    /* A name belongs to one MD only. */
    for (uint32_t i = 0; i < md->n_names; i++) {
        rv = mdshm__w_get(w, MDSHM_DB_NAMES, names[i], strlen(names[i]), &ent);
        if (rv == MDSHM_ENOTFOUND)
            continue;
        if (rv < 0)
            goto out;
        if (!buf_eq(ent.u.name.md, (const char *)md->name.p, md->name.n)) {
            ST_LOG(w->st, MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                   "MD %.*s: name %s already belongs to MD %.*s",
                   (int)md->name.n, (const char *)md->name.p, names[i],
                   (int)ent.u.name.md.n, (const char *)ent.u.name.md.p);
            rv = MDSHM_EBADINPUT;
            goto out;
        }
    }
    rv = drop_old_names(w, md, names);
    if (rv < 0)
        goto out;
    rv = mdshm__w_next_gen(w, &gen);
    if (rv < 0)
        goto out;
    memset(&ent, 0, sizeof(ent));
    ent.type = MDSHM_REC_NAME;
    ent.u.name.md = md->name;
    for (uint32_t i = 0; i < md->n_names; i++) {
        rv = mdshm__w_put(w, MDSHM_DB_NAMES, names[i], strlen(names[i]), &ent);
        if (rv < 0)
            goto out;
    }
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_MD;
    rec.u.md = *md;
    rec.u.md.gen = gen;
    for (uint32_t i = 0; i < md->n_names; i++)
        rec.u.md.names[i] = mdshm__sbuf(names[i]);
    rv = mdshm__w_put(w, MDSHM_DB_MDS, md->name.p, md->name.n, &rec);
out:
    free(names);
    return rv;
}

/* Move the current set of @key to archive/<key>/<seq>, keeping the newest
 * @keep archived sets. */
static int archive_current(mdshm__wtxn_t *w, const char *key, size_t klen,
                           unsigned keep)
{
    MDB_cursor *cur = NULL;
    MDB_val k, v;
    mdshm_buf_t old;
    char akey[600], prefix[520];
    unsigned long seq = 0, count = 0;
    uint8_t *copy = NULL;
    int rc, rv;

    rv = mdshm__w_get_raw(w, MDSHM_DB_CERTS, key, klen, &old);
    if (rv == MDSHM_ENOTFOUND)
        return 0;
    if (rv < 0)
        return rv;
    if (keep == 0)
        return 0;
    copy = malloc(old.n); /* the map value dies with the next put */
    if (!copy)
        return -ENOMEM;
    memcpy(copy, old.p, old.n);

    int plen = snprintf(prefix, sizeof(prefix), "%.*s/", (int)klen, key);
    rc = mdb_cursor_open(w->txn, w->st->dbi[MDSHM_DB_ARCHIVE], &cur);
    if (rc != 0) {
        rv = mdshm__mdb_err(w->st, rc, "mdb_cursor_open");
        goto out;
    }
    k.mv_data = prefix;
    k.mv_size = (size_t)plen;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
         rc == 0 && k.mv_size > (size_t)plen &&
         memcmp(k.mv_data, prefix, (size_t)plen) == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        seq = strtoul((const char *)k.mv_data + plen, NULL, 10);
        count++;
    }
    mdb_cursor_close(cur);
    cur = NULL;
    int alen = snprintf(akey, sizeof(akey), "%s%010lu", prefix, seq + 1);
    rv = mdshm__w_put_raw(w, MDSHM_DB_ARCHIVE, akey, (size_t)alen, copy,
                          old.n);
    if (rv < 0)
        goto out;
    count++;
    /* Drop the oldest beyond @keep (keys sort by zero-padded seq). */
    while (count > keep) {
        rc = mdb_cursor_open(w->txn, w->st->dbi[MDSHM_DB_ARCHIVE], &cur);
        if (rc != 0) {
            rv = mdshm__mdb_err(w->st, rc, "mdb_cursor_open");
            goto out;
        }
        k.mv_data = prefix;
        k.mv_size = (size_t)plen;
        rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
        if (rc == 0 && memcmp(k.mv_data, prefix, (size_t)plen) == 0) {
            if (w->journal &&
                (rv = mdshm__journal_add(w, MDSHM_DB_ARCHIVE, k.mv_data,
                                         k.mv_size, NULL, 0)) < 0)
                goto out;
            rc = mdb_cursor_del(cur, 0);
        }
        mdb_cursor_close(cur);
        cur = NULL;
        if (rc == MDB_MAP_FULL) {
            w->map_full = true;
            rv = MDSHM_ESTORE;
            goto out;
        }
        if (rc != 0) {
            rv = mdshm__mdb_err(w->st, rc, "archive cleanup");
            goto out;
        }
        count--;
    }
out:
    if (cur)
        mdb_cursor_close(cur);
    free(copy);
    return rv;
}

int mdshm__w_install_certset(mdshm__wtxn_t *w, mdshm_certset_rec_t *cs,
                            unsigned keep_archived)
{
    mdshm_record_t rec;
    char key[520];
    uint64_t gen;
    int klen, rv;

    if (cs->n_chain == 0 || cs->pkey.n == 0)
        return MDSHM_EBADINPUT;
    klen = mdshm_key_certset(key, sizeof(key), (const char *)cs->md.p,
                             cs->md.n, (const char *)cs->key_spec.p,
                             cs->key_spec.n);
    if (klen < 0)
        return klen;
    rv = archive_current(w, key, (size_t)klen, keep_archived);
    if (rv < 0)
        return rv;
    rv = mdshm__w_next_gen(w, &gen);
    if (rv < 0)
        return rv;
    cs->gen = gen;
    if (cs->installed_ms == 0)
        cs->installed_ms = mdshm__now_ms();
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_CERTSET;
    rec.u.certset = *cs;
    return mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
}
