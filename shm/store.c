/* store.c -- opening the LMDB environment per process, permissions,
 * fork detection, figures.  Transactions and map resizing: txn.c. */
#include "store_int.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_MAXREADERS 510
#define DEFAULT_MAPSIZE ((size_t)64 << 20)

static atomic_ulong forkgen = 1;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void on_fork_child(void)
{
    atomic_fetch_add_explicit(&forkgen, 1, memory_order_relaxed);
}

static void install_atfork(void)
{
    pthread_atfork(NULL, NULL, on_fork_child);
}

unsigned long mdshm__forkgen(void)
{
    return atomic_load_explicit(&forkgen, memory_order_relaxed);
}

void mdshm__key_text(const void *key, size_t klen, char *out, size_t size)
{
    const unsigned char *k = key;
    size_t i, n = klen < size - 1 ? klen : size - 1;

    for (i = 0; i < n; i++)
        out[i] = (k[i] >= 0x20 && k[i] < 0x7f) ? (char)k[i] : '?';
    out[n] = 0;
}

int mdshm__decode_logged(mdshm_store_t *st, mdshm_db_t db, const void *key,
                         size_t klen, const void *val, size_t vlen,
                         mdshm_record_t *out)
{
    int type = mdshm_record_type(db, key, klen);
    int rv;
    char kt[128];

    if (type < 0) {
        rv = MDSHM_ECORRUPT;
    } else {
        rv = mdshm_record_decode((mdshm_rec_type_t)type, val, vlen, out);
        if (rv == 0)
            return 0;
    }
    mdshm__key_text(key, klen, kt, sizeof(kt));
    ST_LOG(st, MDSHM_LOG_ERR, rv,
           "record %s/%s in store %s does not decode (%zu bytes)",
           mdshm_db_name(db), kt, st->dir, vlen);
    return rv;
}

/* Directory 0700, files 0600, all ours (shm/owner.c): anything else is
 * refused with what to run.  Files by lstat: a link is refused, not
 * followed.  Nothing yet is fine (created below, 0600 by us). */
static int check_mode(mdshm_store_t *st, const char *path, bool is_dir)
{
    struct stat sb;

    if ((is_dir ? stat(path, &sb) : lstat(path, &sb)) < 0) {
        if (errno == ENOENT)
            return 0;
        if (errno == EACCES)
            mdshm__store_access_denied(st, path, -EACCES);
        return -errno;
    }
    return mdshm__store_check_entry(st, path, &sb, is_dir);
}

static int check_files(mdshm_store_t *st)
{
    static const char *files[] = {"data.mdb", "lock.mdb", "leader.lock"};
    char path[PATH_MAX];
    int rv;

    rv = check_mode(st, st->dir, true);
    for (size_t i = 0; rv == 0 && i < sizeof(files) / sizeof(files[0]); i++) {
        if (snprintf(path, sizeof(path), "%s/%s", st->dir, files[i]) >=
            (int)sizeof(path))
            return -ENAMETOOLONG;
        rv = check_mode(st, path, false);
    }
    return rv;
}

static int write_schema(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    int rv;

    (void)baton;
    rv = mdshm__w_get(w, MDSHM_DB_META, "schema", 6, &rec);
    if (rv != MDSHM_ENOTFOUND)
        return rv;
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_SCHEMA;
    rec.u.schema.schema = MDSHM_SCHEMA_VERSION;
    rec.u.schema.library = mdshm__sbuf(MDSHM_VERSION);
    return mdshm__w_put(w, MDSHM_DB_META, "schema", 6, &rec);
}

/* Open (@create: create) every database.  The main database holds the
 * named ones: an empty one is a new store ("not initialized"); in a
 * non-empty one every database has existed since schema 1, so a missing
 * one is damage (or a foreign LMDB file), and nothing is created in it. */
static int open_dbis(mdshm_store_t *st, bool create)
{
    MDB_txn *txn = NULL;
    unsigned flags = (st->readonly || !create) ? MDB_RDONLY : 0;
    MDB_dbi main_dbi;
    MDB_stat ms;
    bool fresh;
    int rc, rv = 0;

    rv = mdshm__txn_begin(st, flags, &txn);
    if (rv < 0)
        return rv;
    rc = mdb_dbi_open(txn, NULL, 0, &main_dbi);
    if (rc == 0)
        rc = mdb_stat(txn, main_dbi, &ms);
    if (rc != 0) {
        rv = mdshm__mdb_err(st, rc, "mdb_stat");
        goto out;
    }
    fresh = ms.ms_entries == 0;
    for (int db = 0; db < MDSHM_DB_COUNT; db++) {
        char lname[32];
        snprintf(lname, sizeof(lname), "%c%s", MDSHM__SUBDB_PREFIX,
                 mdshm_db_name((mdshm_db_t)db));
        rc = mdb_dbi_open(txn, db == MDSHM_DB_NAMES ? NULL : lname,
                          flags || !fresh ? 0 : MDB_CREATE, &st->dbi[db]);
        if (rc == MDB_NOTFOUND && fresh) {
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ENOTFOUND,
                   "store %s is not initialized (no database '%s'); "
                   "open it once with create, e.g. mdshm init",
                   st->dir, mdshm_db_name((mdshm_db_t)db));
            rv = MDSHM_ENOTFOUND;
            goto out;
        }
        if (rc == MDB_NOTFOUND || rc == MDB_INCOMPATIBLE) {
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
                   "store damaged: %s/data.mdb holds %zu entries but no "
                   "database '%s' (damaged, or not an mdshm store); restore "
                   "from backup (see docs/operations.md)",
                   st->dir, ms.ms_entries, mdshm_db_name((mdshm_db_t)db));
            rv = MDSHM_EDAMAGED;
            goto out;
        }
        if (rc != 0) {
            rv = mdshm__mdb_err(st, rc, "mdb_dbi_open");
            goto out;
        }
    }
    rc = mdb_txn_commit(txn); /* keeps the DBI handles in both modes */
    txn = NULL;
    if (rc != 0)
        rv = mdshm__mdb_err(st, rc, "mdb_txn_commit");
out:
    if (txn)
        mdb_txn_abort(txn);
    mdshm__txn_leave(st);
    return rv;
}

static int check_schema_fn(mdshm_reader_t *rd, void *baton)
{
    mdshm_store_t *st = baton;
    mdshm_record_t rec;
    int rv = mdshm_read_get(rd, MDSHM_DB_META, "schema", 6, &rec);

    if (rv == MDSHM_ENOTFOUND)
        return 0; /* created by a reader-only setup; nothing to check */
    if (rv == MDSHM_ECORRUPT) { /* mdshm's own record: the file is damaged */
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
               "store damaged: %s: its schema record does not decode; "
               "restore from backup (see docs/operations.md)", st->dir);
        return MDSHM_EDAMAGED;
    }
    if (rv == 0 && rec.u.schema.schema > MDSHM_SCHEMA_VERSION) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EVERSION,
               "store %s has schema %llu; this library (%s) reads up to %d",
               st->dir, (unsigned long long)rec.u.schema.schema,
               MDSHM_VERSION, MDSHM_SCHEMA_VERSION);
        rv = MDSHM_EVERSION;
    }
    return rv;
}

int mdshm_store_open(const char *dir, const mdshm_store_opts_t *opts,
                     mdshm_store_t **out)
{
    static const mdshm_store_opts_t defaults = {0};
    mdshm_store_t *st;
    struct stat sb;
    unsigned flags = MDB_NOTLS;
    int rc, rv;

    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (!dir || !*dir)
        return MDSHM_EBADINPUT;
    pthread_once(&atfork_once, install_atfork);

    st = calloc(1, sizeof(*st));
    if (!st)
        return -ENOMEM;
    st->dir = strdup(dir);
    if (!st->dir) {
        free(st);
        return -ENOMEM;
    }
    st->readonly = opts->readonly;
    st->maxreaders = opts->maxreaders ? opts->maxreaders : DEFAULT_MAXREADERS;
    st->forkgen = mdshm__forkgen();
    st->pid = (long)getpid();
    if (opts->log) {
        st->log.fn = opts->log;
        st->log.baton = opts->log_baton;
        st->log.max = opts->log_level;
    } else {
        st->log = *mdshm__default_logger();
    }
    rv = mdshm__store_set_owner(st, opts->owner);
    if (rv < 0)
        goto fail;

    if (stat(dir, &sb) < 0) {
        rv = -errno;
        if (rv != -ENOENT || !opts->create || opts->readonly) {
            if (rv == -ENOENT) {
                ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ENOTFOUND,
                       "store %s does not exist", dir);
                rv = MDSHM_ENOTFOUND;
            } else if (rv == -EACCES) {
                mdshm__store_access_denied(st, dir, rv);
            } else {
                ST_LOG(st, MDSHM_LOG_ERR, rv, "stat(%s)", dir);
            }
            goto fail;
        }
        if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
            rv = -errno;
            ST_LOG(st, MDSHM_LOG_ERR, rv, "mkdir(%s)", dir);
            goto fail;
        }
    }
    rv = mdshm__store_give_files(st, opts->create && !opts->readonly);
    if (rv == 0)
        rv = check_files(st);
    if (rv < 0)
        goto fail;

    rc = mdb_env_create(&st->env);
    if (rc == 0)
        rc = mdb_env_set_maxdbs(st->env, MDSHM_DB_COUNT + 2);
    if (rc == 0)
        rc = mdb_env_set_maxreaders(st->env, st->maxreaders);
    if (rc == 0 && !opts->readonly)
        rc = mdb_env_set_mapsize(st->env,
                                 opts->mapsize ? opts->mapsize
                                               : DEFAULT_MAPSIZE);
    if (rc != 0) {
        rv = mdshm__mdb_err(st, rc, "mdb_env_create");
        goto fail;
    }
    if (opts->readonly)
        flags |= MDB_RDONLY;
    else if (!opts->create) {
        char path[PATH_MAX];
        snprintf(path, sizeof(path), "%s/data.mdb", dir);
        if (access(path, F_OK) < 0) {
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ENOTFOUND,
                   "store %s has no data.mdb", dir);
            rv = MDSHM_ENOTFOUND;
            goto fail;
        }
    }
    rv = mdshm__store_file_check(st, opts->create && !opts->readonly);
    if (rv < 0)
        goto fail;
    rc = mdb_env_open(st->env, dir, flags, 0600);
    if (rc != 0) {
        if (rc == ENOENT) {
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ENOTFOUND,
                   "store %s has no data.mdb", dir);
            rv = MDSHM_ENOTFOUND;
        } else if (rc == EACCES) {
            rv = -EACCES;
            mdshm__store_access_denied(st, dir, rv);
        } else {
            rv = mdshm__mdb_err(st, rc, "mdb_env_open");
        }
        goto fail;
    }
    rv = mdshm__store_give_files(st, false); /* a new data.mdb */
    if (rv == 0)
        rv = mdshm__check_env_files(st);
    if (rv < 0)
        goto fail;
    {
        MDB_envinfo info;
        mdb_env_info(st->env, &info);
        st->maxreaders = info.me_maxreaders; /* the creator's value wins */
        if (opts->maxreaders && info.me_maxreaders != opts->maxreaders)
            ST_LOG(st, MDSHM_LOG_WARN, 0,
                   "store %s: asked for %u reader slots, the lock file has "
                   "%u; every opener must use the same maxreaders",
                   dir, opts->maxreaders, info.me_maxreaders);
    }
    /* the root pages, which opening the databases reads first */
    rv = mdshm__store_walk(st, 1, &(unsigned long){0});
    if (rv == 0)
        rv = open_dbis(st, opts->create);
    if (rv < 0)
        goto fail;
    if (opts->create && !opts->readonly) {
        rv = mdshm__write(st, write_schema, NULL);
        if (rv < 0)
            goto fail;
    }
    rv = mdshm__read_once(st, check_schema_fn, st);
    if (rv < 0)
        goto fail;
    *out = st;
    return 0;

fail:
    if (st->env)
        mdb_env_close(st->env);
    free(st->dir);
    free(st);
    return rv;
}

void mdshm_store_close(mdshm_store_t *st)
{
    if (!st)
        return;
    /* In a forked child the env belongs to the parent: closing it would
     * drop the parent's locks and reader slots.  Only free our memory. */
    if (mdshm__st_check(st) == 0)
        mdb_env_close(st->env);
    free(st->dir);
    free(st);
}

const char *mdshm_store_dir(const mdshm_store_t *st)
{
    return st->dir;
}

struct reader_count {
    unsigned total, stale;
};

static int count_reader(const char *msg, void *ctx)
{
    struct reader_count *rc = ctx;
    long pid;
    char tid[64], txnid[64];

    /* Lines: "    pid     thread     txnid" after a header line. */
    if (sscanf(msg, " %ld %63s %63s", &pid, tid, txnid) == 3) {
        rc->total++;
        if (kill((pid_t)pid, 0) < 0 && errno == ESRCH)
            rc->stale++;
    }
    return 0;
}

int mdshm_store_stats(mdshm_store_t *st, mdshm_store_stats_t *out)
{
    MDB_envinfo info;
    MDB_stat ms;
    MDB_txn *txn = NULL;
    struct reader_count rcount = {0, 0};
    char path[PATH_MAX];
    struct stat sb;
    int rv;

    memset(out, 0, sizeof(*out));
    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    mdb_env_info(st->env, &info);
    mdb_env_stat(st->env, &ms);
    out->map_size = info.me_mapsize;
    out->used_size = (uint64_t)(info.me_last_pgno + 1) * ms.ms_psize;
    out->max_readers = info.me_maxreaders;
    mdb_reader_list(st->env, count_reader, &rcount);
    out->readers = rcount.total;
    out->stale_readers = rcount.stale;
    snprintf(path, sizeof(path), "%s/data.mdb", st->dir);
    if (stat(path, &sb) == 0)
        out->file_size = (uint64_t)sb.st_size;

    /* Entry counts need a reader slot; with a full table (the case an
     * operator investigates) they stay unknown and the rest is reported. */
    out->entries_known = mdshm__txn_begin(st, MDB_RDONLY, &txn) == 0;
    if (out->entries_known) {
        for (int db = 0; db < MDSHM_DB_COUNT; db++) {
            if (mdb_stat(txn, st->dbi[db], &ms) == 0)
                out->entries[db] = ms.ms_entries;
        }
        /* the main database also holds the named databases' records */
        if (out->entries[MDSHM_DB_NAMES] >= MDSHM_DB_COUNT - 1)
            out->entries[MDSHM_DB_NAMES] -= MDSHM_DB_COUNT - 1;
        mdb_txn_abort(txn);
        mdshm__txn_leave(st);
    }
    return 0;
}

int mdshm__store_reader_check(mdshm_store_t *st, int *cleared)
{
    int dead = 0, rc, rv;

    if (cleared)
        *cleared = 0;
    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    rc = mdb_reader_check(st->env, &dead);
    if (rc != 0)
        return mdshm__mdb_err(st, rc, "mdb_reader_check");
    if (dead > 0)
        ST_LOG(st, MDSHM_LOG_NOTICE, 0,
               "store %s: cleared %d reader slot(s) of dead processes",
               st->dir, dead);
    if (cleared)
        *cleared = dead;
    return 0;
}
