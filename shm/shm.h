/* shm.h -- what the store (shm/) offers the layers above it beyond the
 * public mdshm_store/reader/write API of mdshm.h.  Never installed. */
#ifndef MDSHM_SHM_H
#define MDSHM_SHM_H

#include "base.h"

/* The user the store's directory and files must belong to (shm/owner.c). */
MDSHM_HIDDEN uid_t mdshm__store_owner(const mdshm_store_t *st);

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
 * did already (mdshm_w_put/del of MDSHM_DB_OCSP call it); *gen: the stamp
 * (may be NULL).  *before (may be NULL): meta/gen before that raise, so
 * the stapling thread can tell its own changes from others'. */
MDSHM_HIDDEN int mdshm__w_ocsp_gen(mdshm_wtxn_t *w, uint64_t *gen,
                                   uint64_t *before);

/* mdshm_staple_get() for the worker's cache: also the record's
 * next_update and gen, still without the full decode (shm/read.c). */
MDSHM_HIDDEN int mdshm__staple_peek(mdshm_reader_t *rd,
                                    const uint8_t sha256[32], int64_t now_s,
                                    mdshm_buf_t *der, int64_t *next_update,
                                    uint64_t *gen);

#endif
