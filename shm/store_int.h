/* store_int.h -- the store's internals, shared by shm/ files only. */
#ifndef MDSHM_STORE_INT_H
#define MDSHM_STORE_INT_H

#include "shm.h"

#include <lmdb.h>
#include <stdatomic.h>

struct mdshm_store {
    MDB_env *env;
    MDB_dbi dbi[MDSHM_DB_COUNT];
    char *dir;
    bool readonly;
    unsigned maxreaders;
    unsigned long forkgen; /* mdshm__forkgen() when opened */
    long pid;              /* for messages only */
    /* Who must own the directory and its files (shm/owner.c): the
     * effective uid, or the configured owner (mdshm_store_opts_t.owner). */
    uid_t owner;
    gid_t owner_gid;  /* group for what root gives away; (gid_t)-1: keep */
    bool configured;  /* owner came from the options */
    bool give;        /* root acting for another owner: what it creates in
                         the store (and root's own leftovers) goes to owner */
    mdshm__logger_t log;
    /* Map resize protocol: mdb_env_set_mapsize() unmaps the map, so no
     * transaction of this process may be open meanwhile.  Readers announce
     * themselves in `active` (an atomic add, no lock, no syscall); a resizer
     * raises `resizing` and waits for `active` to drain. */
    atomic_uint active;
    atomic_bool resizing;
    /* The pages of the file as last seen, [span_lo, span_hi) in the map: a
     * damaged page can give a value any size, and reading past the file
     * faults (mdshm__span_check).  0: not known yet. */
    atomic_uintptr_t span_lo, span_hi;
    /* Where data.mdb is mapped in this process (0: not known since the open
     * or the last remap), found in /proc/self/maps; map_scans counts those
     * reads, so that a test can see that a growing file costs none. */
    atomic_uintptr_t map_base;
    atomic_uint map_scans;
};

struct mdshm__wtxn {
    mdshm_store_t *st;
    MDB_txn *txn;
    bool map_full; /* a put hit MDB_MAP_FULL: grow and run again */
    /* OCSP writes raise meta/gen once per transaction (mdshm__w_put): the
     * gen before and after; ocsp_gen 0 until the first one */
    uint64_t ocsp_gen, gen_before;
    /* The changes of this write for a pre-commit hook; NULL (no hook, the
     * usual case): nothing is recorded */
    mdshm__journal_t *journal;
};

/* LMDB layout: the `names` database, read on every TLS handshake, is LMDB's
 * main (unnamed) database, so a lookup skips the per-transaction search for
 * a named database's record.  The other databases are named "#<name>":
 * '#' never occurs in a host name, so their records in the main database
 * cannot collide with a name. */
#define MDSHM__SUBDB_PREFIX '#'

static inline bool mdshm__is_subdb_key(mdshm_db_t db, const void *key,
                                       size_t klen)
{
    return db == MDSHM_DB_NAMES && klen > 0 &&
           *(const char *)key == MDSHM__SUBDB_PREFIX;
}

#define ST_LOG(st, level, err, ...) MDSHM__LOG(&(st)->log, level, err, __VA_ARGS__)

/* Changes on every fork (pthread_atfork child handler): a handle whose
 * forkgen differs was opened in another process.  No system call. */
MDSHM_HIDDEN unsigned long mdshm__forkgen(void);

static inline int mdshm__st_check(const mdshm_store_t *st)
{
    return st->forkgen == mdshm__forkgen() ? 0 : MDSHM_EWRONGPROC;
}

/* txn.c: map an LMDB code to an mdshm code, logging its detail once. */
MDSHM_HIDDEN int mdshm__mdb_err(mdshm_store_t *st, int rc, const char *what);

/* txn.c: enter/leave a transaction under the resize protocol. */
MDSHM_HIDDEN void mdshm__txn_enter(mdshm_store_t *st);
MDSHM_HIDDEN void mdshm__txn_leave(mdshm_store_t *st);
/* Remap to the size another process set (MDB_MAP_RESIZED), or grow to
 * @newsize (0: adopt).  Call outside any transaction of this thread. */
MDSHM_HIDDEN int mdshm__txn_remap(mdshm_store_t *st, size_t newsize);

/* mdb_txn_begin under the resize protocol's rules, handling
 * MDB_MAP_RESIZED (remap, retry) and MDB_READERS_FULL (clear the slots of
 * dead processes once, retry).  Call outside any transaction of this
 * thread.  On success the caller is "entered" (mdshm__txn_enter) and must
 * call mdshm__txn_leave once the transaction has ended (abort, commit or
 * reset). */
MDSHM_HIDDEN int mdshm__txn_begin(mdshm_store_t *st, unsigned flags,
                                  MDB_txn **txn);

/* A write transaction without fencing (setup and leader takeover), with
 * the MDB_MAP_FULL grow-and-retry loop.  mdshm__leader_write wraps it. */
MDSHM_HIDDEN int mdshm__write(mdshm_store_t *st, mdshm__write_fn *fn,
                              void *baton);

/* The same with a lighter commit (@light): MDB_NOMETASYNC, one sync
 * instead of two.  A system crash may undo that commit, never corrupt the
 * store.  For leadership bookkeeping only (term raises, heartbeats): after
 * a system crash no leader survives to care. */
MDSHM_HIDDEN int mdshm__write_ex(mdshm_store_t *st, mdshm__write_fn *fn,
                                 void *baton, bool light);

/* Open @name inside the store (O_NOFOLLOW, close-on-exec) and check the
 * open file: plain, owned by st->owner, mode 0600.  @path receives the
 * full path.  Returns the descriptor, or a negative code (logged;
 * -ENOENT without O_CREAT is not logged). */
MDSHM_HIDDEN int mdshm__open_store_file(mdshm_store_t *st, const char *name,
                                        int flags, char *path, size_t size);

/* shm/owner.c: set st->owner from @spec ("USER[:GROUP]", NULL: the
 * effective uid).  MDSHM_EBADINPUT (no such user or group) or MDSHM_EPERM
 * (a process that is neither root nor that user), both logged. */
MDSHM_HIDDEN int mdshm__store_set_owner(mdshm_store_t *st, const char *spec);

/* Root acting for another owner (st->give), before the files are checked:
 * the directory and the store files root owns go to the owner, and
 * lock.mdb (and data.mdb with @create) are made for the owner before LMDB
 * would make them root's.  0 or a logged error. */
MDSHM_HIDDEN int mdshm__store_give_files(mdshm_store_t *st, bool create);

/* Open @path failed with @rv (-EACCES, -EPERM): log who this process
 * runs as, the directory that keeps it out with its owner, and the fix. */
MDSHM_HIDDEN void mdshm__store_access_denied(const mdshm_store_t *st,
                                             const char *path, int rv);

/* Right after mdb_env_open: make LMDB's data file descriptor close-on-exec
 * and check that data.mdb and lock.mdb are the plain files, owned by
 * st->owner, that check_files saw (LMDB opens them by path). */
MDSHM_HIDDEN int mdshm__check_env_files(mdshm_store_t *st);

/* How long a candidate has been kept from leading (shm/leader_watch.c). */
typedef struct mdshm__leader_watch {
    int64_t since;    /* mono ms of the first failed try, 0 while leading */
    int64_t next_log; /* mono ms before which it stays quiet */
} mdshm__leader_watch_t;

/* After each try of a candidate: once it has not led for a few heartbeats
 * while meta/leader shows no live leader and leader.lock (@lockfd) is
 * held, log an error naming the holder (repeated once a minute). */
MDSHM_HIDDEN void mdshm__leader_watch(mdshm__leader_watch_t *w,
                                      mdshm_store_t *st, int lockfd,
                                      unsigned heartbeat_ms,
                                      unsigned stale_ms, bool leading);
/* store_file.c: check data.mdb's meta pages and size before LMDB maps
 * it.  0 (sound, or absent), MDSHM_EDAMAGED (logged) or -errno.  @create:
 * an empty file is a store being created, not a damaged one. */
MDSHM_HIDDEN int mdshm__store_file_check(mdshm_store_t *st, bool create);

/* store_file.c: the map size for a remap, checked before LMDB unmaps the
 * old map (a failed mmap would leave it none): @want, or with 0 what the
 * newer meta page on disk says.  0 and *@size, or MDSHM_EDAMAGED (a meta
 * page's size that cannot be mapped) / MDSHM_ESTORE (no address space for
 * @want), logged. */
MDSHM_HIDDEN int mdshm__store_file_remap_size(mdshm_store_t *st, size_t want,
                                              size_t *size);

/* store_file.c: whether @n bytes at @p, from LMDB, lie in the file's
 * pages.  0, or MDSHM_EDAMAGED (logged).  The inline part is two compares;
 * the bounds are refreshed (mdb_env_info, no system call) before a value is
 * refused, so a store that grew since costs one refresh. */
MDSHM_HIDDEN int mdshm__span_refresh(mdshm_store_t *st, const void *p,
                                     size_t n);

static inline int mdshm__span_check(mdshm_store_t *st, const void *p,
                                    size_t n)
{
    uintptr_t a = (uintptr_t)p;
    uintptr_t lo = atomic_load_explicit(&st->span_lo, memory_order_relaxed);
    uintptr_t hi = atomic_load_explicit(&st->span_hi, memory_order_relaxed);

    if (a >= lo && a <= hi && n <= hi - a)
        return 0;
    return mdshm__span_refresh(st, p, n);
}

/* Raw put/get inside a write transaction. */
MDSHM_HIDDEN int mdshm__w_put_raw(mdshm__wtxn_t *w, mdshm_db_t db,
                                  const void *key, size_t klen,
                                  const void *val, size_t vlen);
MDSHM_HIDDEN int mdshm__w_get_raw(mdshm__wtxn_t *w, mdshm_db_t db,
                                  const void *key, size_t klen,
                                  mdshm_buf_t *val);

/* journal.c: room for @n entries in @j (then a merge cannot fail). */
MDSHM_HIDDEN int mdshm__journal_reserve(mdshm__journal_t *j, size_t n);

/* journal.c: move @from's entries to the end of @into, a later change of
 * a key replacing the earlier one; @into must have room for all of them
 * (mdshm__journal_reserve).  @from is left empty. */
MDSHM_HIDDEN void mdshm__journal_merge(mdshm__journal_t *into,
                                       mdshm__journal_t *from);

/* journal.c: record a put (@val) or a delete (@val NULL) in w->journal
 * (a no-op for a database outside its mask).  Call it only when
 * w->journal is set: the check stays inline at the caller. */
MDSHM_HIDDEN int mdshm__journal_add(mdshm__wtxn_t *w, mdshm_db_t db,
                                    const void *key, size_t klen,
                                    const void *val, size_t vlen);

/* Decode, logging a corrupt record with its database and key. */
MDSHM_HIDDEN int mdshm__decode_logged(mdshm_store_t *st, mdshm_db_t db,
                                      const void *key, size_t klen,
                                      const void *val, size_t vlen,
                                      mdshm_record_t *out);

/* Print a key for a log line (printable ASCII, others as '?'). */
MDSHM_HIDDEN void mdshm__key_text(const void *key, size_t klen, char *out,
                                  size_t size);

#endif
