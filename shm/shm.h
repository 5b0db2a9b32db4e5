/* shm.h -- what the store (shm/) offers the layers above it beyond the
 * public store and read API of mdshm.h: the write side and helpers.
 * Never installed. */
#ifndef MDSHM_SHM_H
#define MDSHM_SHM_H

#include "base.h"

/* ------------------------------------------------------------------------
 * The store's write side: record encoding, leader election and fenced
 * writes.  Only the leader writes (the drive in core/drive/, and
 * mdshm_import_static() for a store that has no leader); tests use these
 * to build stores.  Not public API (docs/api.md): a server or tool changes
 * the store through the drive and the request functions of mdshm.h.
 * ---------------------------------------------------------------------- */

/*
 * Encode @p rec (its type tag says which) as a versioned msgpack map.
 * @param[out] out  malloc'ed bytes, owned by the caller (free()).
 * @return 0, -ENOMEM, MDSHM_ETOOBIG (a string or binary over its limit) or
 *         MDSHM_EBADINPUT (a count over its limit, sha256 not 0 or 32
 *         bytes, a view with a length but no pointer).
 */
MDSHM_HIDDEN int mdshm__record_encode(const mdshm_record_t *rec, uint8_t **out,
                                      size_t *outlen);

/* Clear reader slots of dead processes.  @param[out] cleared may be NULL. */
MDSHM_HIDDEN int mdshm__store_reader_check(mdshm_store_t *st, int *cleared);

/*
 * mdshm_read_foreach() from the first key after @p after (@p after_len
 * bytes; keys compare as bytes, shorter first on a tie), for paging: pass
 * the last key a page showed.  @p after NULL or empty: from the first.
 * Costs one B-tree descent, whatever the position.
 * @return as mdshm_read_foreach().
 */
MDSHM_HIDDEN int mdshm__read_foreach_after(mdshm_reader_t *rd, mdshm_db_t db,
                                           const void *after, size_t after_len,
                                           mdshm_foreach_fn *fn, void *baton);

/* ------------------------------------------------------------------------
 * Leader election (shm/leader.c; timing options: mdshm_candidate_opts_t)
 * ---------------------------------------------------------------------- */

typedef struct mdshm__candidate mdshm__candidate_t;

/*
 * Make this process a leadership candidate for @p st (opened writable).
 * Opens <store>/leader.lock (O_CLOEXEC | O_NOFOLLOW; a link, or a file of
 * another user or with a wider mode than 0600, is refused with MDSHM_EPERM
 * and a log line).  Never fork while leader.  A candidate that cannot lead
 * for three heartbeats while no live leader is recorded and leader.lock is
 * held logs an error naming the holder's pid (repeated once a minute).
 * @param[out] out owned; mdshm__candidate_destroy() steps down first.
 */
MDSHM_HIDDEN int mdshm__candidate_create(mdshm_store_t *st,
                                         const mdshm_candidate_opts_t *opts,
                                         mdshm__candidate_t **out);
MDSHM_HIDDEN void mdshm__candidate_destroy(mdshm__candidate_t *c);

/*
 * Non-blocking attempt (for single-threaded workers): take the lock if it is
 * free, or depose a leader whose heartbeat is older than stale_ms.  On
 * success the term in meta/leader is raised.
 * @return 1 leader now, 0 not leader, <0 error.
 */
MDSHM_HIDDEN int mdshm__candidate_try(mdshm__candidate_t *c);

/*
 * Block (run it on a thread of its own) until leader or @p timeout_ms
 * passes (-1: forever).  Wakes within microseconds when the leader dies, and
 * deposes a hung leader after stale_ms.
 * @return 1 leader, 0 timed out or cancelled, <0 error.
 */
MDSHM_HIDDEN int mdshm__candidate_wait(mdshm__candidate_t *c, int timeout_ms);

/* Make a concurrent (or the next) mdshm__candidate_wait() return 0 soon.
 * Thread-safe and never blocks.  Note: a wait() that is taking over cannot
 * finish while another process is stopped inside a write transaction
 * (it holds LMDB's writer lock); it returns when that process resumes or
 * dies. */
MDSHM_HIDDEN void mdshm__candidate_cancel(mdshm__candidate_t *c);

/* Whether this candidate believes it leads (no I/O: the last known term
 * was ours; writes still check the fence). */
MDSHM_HIDDEN bool mdshm__candidate_is_leader(const mdshm__candidate_t *c);

/* The term this candidate leads with (0 if not leader). */
MDSHM_HIDDEN uint64_t mdshm__candidate_term(const mdshm__candidate_t *c);

/*
 * Leader upkeep, called from the leader's loop: writes the heartbeat when
 * due, runs the reader check when due, re-acquires leader.lock if it leads
 * without it.  A deposed leader steps down here.
 * @param[out] next_ms  ms until the next tick is due; may be NULL.
 * @return 1 still leader, 0 not leader (or just deposed), <0 error.
 */
MDSHM_HIDDEN int mdshm__candidate_tick(mdshm__candidate_t *c,
                                       unsigned *next_ms);

/* Give up leadership (releases the lock).  Safe when not leader. */
MDSHM_HIDDEN void mdshm__candidate_step_down(mdshm__candidate_t *c);

/* ------------------------------------------------------------------------
 * Fenced writes (leader only)
 * ---------------------------------------------------------------------- */

typedef struct mdshm__wtxn mdshm__wtxn_t;

/*
 * Body of a write.  May run more than once (the map is grown and the
 * transaction retried on MDB_MAP_FULL), so it must not have side effects
 * outside the transaction.  Return 0 to commit, <0 to abort with that code.
 * It must never block (no network, no waiting): LMDB's writer lock is held
 * meanwhile, and a leader stopped inside a write cannot be deposed until it
 * resumes or dies.
 */
typedef int mdshm__write_fn(mdshm__wtxn_t *w, void *baton);

/*
 * Run @p fn in one write transaction after checking, inside it, that the
 * term in meta/leader is still this candidate's.  All or nothing.
 * @return 0 committed, MDSHM_EFENCED (deposed: the candidate steps down),
 *         MDSHM_ENOTLEADER, MDSHM_EWRONGPROC, MDSHM_ESTORE, or fn's code.
 */
MDSHM_HIDDEN int mdshm__leader_write(mdshm__candidate_t *c,
                                     mdshm__write_fn *fn, void *baton);

/* ------------------------------------------------------------------------
 * The write journal and the pre-commit hook (shm/journal.c), for cluster
 * mode (docs/cluster.md): what a leader write changed, handed to a hook
 * (which writes it to etcd) before the LMDB commit.
 * ---------------------------------------------------------------------- */

/* One change of a write: a put (@val: the encoded record as LMDB holds
 * it) or a delete (@del; @val NULL).  Owned by the journal. */
typedef struct mdshm__jentry {
    mdshm_db_t db;
    bool del;
    const uint8_t *key;
    size_t klen;
    const uint8_t *val;
    size_t vlen;
} mdshm__jentry_t;

/* The changes of one write, in the order of their last change: a key
 * written twice (or put then deleted) appears once, as it will be after
 * the commit (etcd allows a key once per txn).  Only the databases of the
 * hook's mask are journaled. */
typedef struct mdshm__journal {
    mdshm__jentry_t *e;
    size_t n, cap;
    unsigned db_mask; /* 1u << db for each journaled database */
} mdshm__journal_t;

/* The hook: runs inside the write, after its body returned 0 and before
 * the commit, only when the journal holds a change.  Return 0 to let the
 * write commit, <0 to abort it with that code (MDSHM_EFENCED also steps
 * the candidate down, as a local fence does).  It holds LMDB's writer
 * lock meanwhile: bound its time (a network request with a timeout), and
 * never write to the store or step down from inside it.  It may run twice
 * for one write, with the same changes, if the commit hit a full map (the
 * write runs again): make what it does idempotent.
 *
 * Group commit: hooked writes that wait for one another run as one LMDB
 * write (each body in a nested txn), and the hook gets their merged
 * journal once, in whichever writer's thread combines them (never more
 * than 100 changes or 512 KiB of keys and values unless one write alone
 * has more); its refusal fails each write of the group.  Set *@stamp to
 * hand a value back to each of them: mdshm__leader_write_stamp() returns
 * it in the writer's own thread (cluster mode: etcd's revision). */
typedef int mdshm__commit_hook_fn(const mdshm__journal_t *j, void *baton,
                                  int64_t *stamp);

/*
 * Set (or with @fn NULL clear) the pre-commit hook of @c's writes through
 * mdshm__leader_write(): the databases of @db_mask (bits 1u << db) are
 * journaled.  Set it before the candidate leads or while no write runs;
 * without a hook a write costs one branch per put or delete more.
 * Heartbeats and mdshm__leader_write_local() never call it.
 */
MDSHM_HIDDEN void mdshm__candidate_set_commit_hook(mdshm__candidate_t *c,
                                                   mdshm__commit_hook_fn *fn,
                                                   void *baton,
                                                   unsigned db_mask);

/* The stamp the hook gave the calling thread's last hooked write that
 * committed (0: none yet, or the hook set none). */
MDSHM_HIDDEN int64_t mdshm__leader_write_stamp(void);

/* mdshm__leader_write() without the hook: for writes whose changes
 * already are where the hook would put them (the cluster mirror applies
 * what it read from etcd). */
MDSHM_HIDDEN int mdshm__leader_write_local(mdshm__candidate_t *c,
                                           mdshm__write_fn *fn, void *baton);

/* Free the entries (the journal itself stays usable, empty). */
MDSHM_HIDDEN void mdshm__journal_reset(mdshm__journal_t *j);

/* ------------------------------------------------------------------------
 * Mirrored writes (shm/mirror.c): records another host wrote (cluster
 * mode), applied so that this host's workers see them as if the drive had
 * written them here (docs/cluster.md, "The mirror").
 * ---------------------------------------------------------------------- */

/*
 * Put an encoded record (@val, as LMDB holds it) from another host.  It is
 * decoded first (a value that does not decode changes nothing).  An active
 * set (certs) gets a new meta/gen as mdshm__w_install_certset gives it, a
 * staple this write's OCSP gen; a record equal to the local one except
 * for that stamp is left as it is.
 * @return 1 written, 0 unchanged, MDSHM_ECORRUPT / MDSHM_EVERSION (logged
 *         with db and key), MDSHM_EBADINPUT (meta, or a key no record type
 *         fits), or a store error.
 */
MDSHM_HIDDEN int mdshm__w_put_mirrored(mdshm__wtxn_t *w, mdshm_db_t db,
                                       const void *key, size_t klen,
                                       const void *val, size_t vlen);

/* Delete a record another host deleted: 1 deleted, 0 absent, <0 error
 * (MDSHM_EBADINPUT for meta).  Staples raise meta/gen as mdshm__w_del,
 * and so does an active set (the drive never deletes one; workers must
 * stop serving it). */
MDSHM_HIDDEN int mdshm__w_del_mirrored(mdshm__wtxn_t *w, mdshm_db_t db,
                                       const void *key, size_t klen);

/* Visit every record of @db inside a write (raw views valid until the
 * next change: @fn must not write).  0, @fn's non-zero value, or a store
 * error. */
MDSHM_HIDDEN int mdshm__w_foreach(mdshm__wtxn_t *w, mdshm_db_t db,
                                  mdshm_foreach_fn *fn, void *baton);

/* meta/cluster-rev: the etcd revision the mirror applied last (0: none). */
MDSHM_HIDDEN int mdshm__w_cluster_rev(mdshm__wtxn_t *w, uint64_t *rev);
MDSHM_HIDDEN int mdshm__w_set_cluster_rev(mdshm__wtxn_t *w, uint64_t rev);

/* Encode and store a record (rec->type must fit @p db).
 * MDSHM_DB_OCSP: the first put or delete of OCSP records in a transaction
 * raises meta/gen once (mdshm__w_next_gen) and every put stamps the
 * record's gen with that value, whatever the caller set: the workers
 * cache staples per meta/gen and must see every OCSP change. */
MDSHM_HIDDEN int mdshm__w_put(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                              size_t klen, const mdshm_record_t *rec);
/* Delete a record; MDSHM_ENOTFOUND if absent.  MDSHM_DB_OCSP: raises
 * meta/gen as mdshm__w_put() does. */
MDSHM_HIDDEN int mdshm__w_del(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                              size_t klen);
/* Read inside the write (sees its own changes). */
MDSHM_HIDDEN int mdshm__w_get(mdshm__wtxn_t *w, mdshm_db_t db, const void *key,
                              size_t klen, mdshm_record_t *out);
/* Raise meta/gen by one and return the new value (stamp records with it). */
MDSHM_HIDDEN int mdshm__w_next_gen(mdshm__wtxn_t *w, uint64_t *gen);

/*
 * Install an MD: its definition and name mappings.  Names that other MDs
 * own give MDSHM_EBADINPUT; names the MD no longer has are removed.
 */
MDSHM_HIDDEN int mdshm__w_put_md(mdshm__wtxn_t *w, const mdshm_md_rec_t *md);

/*
 * Activate a certificate set for (md, key_spec): stamps it with a new gen,
 * archives the previous set (keeping the last @p keep_archived), all in the
 * caller's transaction.
 */
MDSHM_HIDDEN int mdshm__w_install_certset(mdshm__wtxn_t *w,
                                          mdshm_certset_rec_t *cs,
                                          unsigned keep_archived);

/* ------------------------------------------------------------------------
 * Helpers for the store's files and reads
 * ---------------------------------------------------------------------- */

/* The user the store's directory and files must belong to (shm/owner.c). */
MDSHM_HIDDEN uid_t mdshm__store_owner(const mdshm_store_t *st);

/* Root acting for the store's configured owner: give @path (a file or
 * directory this process just made in the store, or @fd when >= 0) to
 * the owner.  A no-op for any other process.  Entries of a third user,
 * links and files with more than one link are left alone (the checks
 * refuse them).  0 or -errno. */
MDSHM_HIDDEN int mdshm__store_give(const mdshm_store_t *st, const char *path,
                                   int fd);

/* Refuse (MDSHM_EPERM, logged with the owner found, the one expected and
 * the chown to run) a file or directory @sb of @path not owned by @owner. */
MDSHM_HIDDEN int mdshm__check_owner(const mdshm__logger_t *lg,
                                    const char *path, const struct stat *sb,
                                    uid_t owner);

/* A store entry as it must be: a directory (@is_dir) or a plain file (not a
 * link: pass lstat's or fstat's result), owned by @owner, mode 0700/0600.
 * 0, or a logged MDSHM_EPERM / -ENOTDIR naming the fix. */
MDSHM_HIDDEN int mdshm__check_entry(const mdshm__logger_t *lg,
                                    const char *path, const struct stat *sb,
                                    uid_t owner, bool is_dir);

/* mdshm__check_entry() against the store's owner, with a message that
 * names the store and its fix (mdshm init --owner, chown -R): @path (@sb)
 * must be a directory (@is_dir) or plain file of the owner with mode 0700/0600. */
MDSHM_HIDDEN int mdshm__store_check_entry(const mdshm_store_t *st,
                                          const char *path,
                                          const struct stat *sb, bool is_dir);

/* One short read of the store: a reader for this call, begin, @fn, end.
 * For rare reads (open, status, check); hot paths keep their reader. */
typedef int mdshm__read_fn(mdshm_reader_t *rd, void *baton);
MDSHM_HIDDEN int mdshm__read_once(mdshm_store_t *st, mdshm__read_fn *fn,
                                  void *baton);

/* shm/store_walk.c: check the B-tree pages of one snapshot of data.mdb
 * down to @max_depth (read with pread: cannot fault) for what LMDB would
 * follow blindly: every page for mdshm check, the root pages (1) at every
 * open.  0, MDSHM_EDAMAGED (logged with the page), -errno. */
#define MDSHM__WALK_ALL 1000
MDSHM_HIDDEN int mdshm__store_walk(mdshm_store_t *st, int max_depth,
                                   unsigned long *n_pages);

/* Inside a write: raise meta/gen for OCSP records unless this transaction
 * did already (mdshm__w_put/del of MDSHM_DB_OCSP call it); *gen: the stamp
 * (may be NULL).  *before (may be NULL): meta/gen before that raise, so
 * the stapling thread can tell its own changes from others'. */
MDSHM_HIDDEN int mdshm__w_ocsp_gen(mdshm__wtxn_t *w, uint64_t *gen,
                                   uint64_t *before);

/* Store key of a certificate's CRL outcome (mdshm_crl_rec_t) in
 * MDSHM_DB_OCSP: "crl-" and the 64 hex digits of its SHA-256, NUL
 * terminated.  Only 64-byte keys there are staples: CRL writes do not
 * raise meta/gen (workers never read them). */
#define MDSHM__CRL_KEY_LEN 68
MDSHM_HIDDEN void mdshm__key_crl(char key[MDSHM__CRL_KEY_LEN + 1],
                                 const uint8_t sha256[32]);

/* mdshm_staple_get() for the worker's cache: also the record's
 * next_update and gen, still without the full decode (shm/read.c). */
MDSHM_HIDDEN int mdshm__staple_peek(mdshm_reader_t *rd,
                                    const uint8_t sha256[32], int64_t now_s,
                                    mdshm_buf_t *der, int64_t *next_update,
                                    uint64_t *gen);

#endif
