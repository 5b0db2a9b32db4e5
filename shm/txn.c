/* txn.c -- LMDB transactions under the map-resize protocol (enter,
 * leave, begin, remap: see struct mdshm_store), and LMDB's codes mapped to
 * ours.  Apart from store.c (the open), so that the files that read, write
 * and walk the store call down to it, not back into the open. */
#include "store_int.h"

#include <errno.h>
#include <sched.h>
#include <string.h>

int mdshm__mdb_err(mdshm_store_t *st, int rc, const char *what)
{
    if (rc == MDB_NOTFOUND)
        return MDSHM_ENOTFOUND;
    if (rc == MDB_READERS_FULL) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EREADERS,
               "%s: reader table of %s is full (%u slots): raise maxreaders "
               "in every opener, or run mdshm status to see stale readers",
               what, st->dir, st->maxreaders);
        return MDSHM_EREADERS;
    }
    if (rc == MDB_CORRUPTED || rc == MDB_PAGE_NOTFOUND || rc == MDB_INVALID) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
               "store damaged: %s failed (store %s): %s; restore from backup "
               "(see docs/operations.md)", what, st->dir, mdb_strerror(rc));
        return MDSHM_EDAMAGED;
    }
    if (rc > 0) { /* errno from the OS: name it (ENOSPC on a full disk) */
        ST_LOG(st, MDSHM_LOG_ERR, -rc, "%s failed (store %s): %s%s", what,
               st->dir, strerror(rc),
               rc == ENOSPC ? " (the store's file system is full)" : "");
        return -rc;
    }
    ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ESTORE, "%s failed (store %s): %s", what,
           st->dir, mdb_strerror(rc));
    return MDSHM_ESTORE;
}

void mdshm__txn_enter(mdshm_store_t *st)
{
    for (;;) {
        while (atomic_load(&st->resizing))
            sched_yield(); /* only while a remap runs: rare */
        atomic_fetch_add(&st->active, 1);
        if (!atomic_load(&st->resizing))
            return;
        atomic_fetch_sub(&st->active, 1);
    }
}

void mdshm__txn_leave(mdshm_store_t *st)
{
    atomic_fetch_sub(&st->active, 1);
}

int mdshm__txn_remap(mdshm_store_t *st, size_t newsize)
{
    bool expected = false;
    size_t size = 0;
    int rc, rv;

    if (!atomic_compare_exchange_strong(&st->resizing, &expected, true)) {
        /* Another thread remaps: wait for it, then let the caller retry. */
        while (atomic_load(&st->resizing))
            sched_yield();
        return 0;
    }
    while (atomic_load(&st->active) != 0)
        sched_yield();
    /* LMDB unmaps before it maps the new size; if that mmap fails the
     * environment has no map and the next transaction faults: check the
     * size first, and keep the old map when it cannot be had. */
    rv = mdshm__store_file_remap_size(st, newsize, &size);
    rc = rv == 0 ? mdb_env_set_mapsize(st->env, size) : 0;
    atomic_store(&st->map_base, 0); /* the map may have moved */
    atomic_store(&st->span_hi, 0);
    atomic_store(&st->resizing, false);
    if (rv < 0)
        return rv;
    if (rc != 0)
        return mdshm__mdb_err(st, rc, "mdb_env_set_mapsize");
    if (newsize)
        ST_LOG(st, MDSHM_LOG_NOTICE, 0, "store %s: map grown to %zu bytes",
               st->dir, newsize);
    return 0;
}

int mdshm__txn_begin(mdshm_store_t *st, unsigned flags, MDB_txn **txn)
{
    bool checked = false;
    int rc, rv, dead;

    for (;;) {
        mdshm__txn_enter(st);
        rc = mdb_txn_begin(st->env, NULL, flags, txn);
        if (rc == 0)
            return 0; /* stays entered until the caller's txn ends */
        mdshm__txn_leave(st);
        if (rc == MDB_MAP_RESIZED) {
            rv = mdshm__txn_remap(st, 0);
            if (rv < 0)
                return rv;
        } else if (rc == MDB_READERS_FULL && !checked) {
            checked = true; /* slots of crashed workers may be the cause */
            dead = 0;
            mdb_reader_check(st->env, &dead);
            if (dead == 0)
                return mdshm__mdb_err(st, rc, "mdb_txn_begin");
            ST_LOG(st, MDSHM_LOG_NOTICE, 0,
                   "store %s: reader table full, cleared %d slot(s) of dead "
                   "processes", st->dir, dead);
        } else {
            return mdshm__mdb_err(st, rc, "mdb_txn_begin");
        }
    }
}
