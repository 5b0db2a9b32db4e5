/* internal.h -- declarations shared inside libmdshm only (never installed). */
#ifndef MDSHM_INTERNAL_H
#define MDSHM_INTERNAL_H

#include "mdshm.h"

#include <stdarg.h>
#include <sys/stat.h>
#include <sys/types.h>

#define MDSHM_HIDDEN __attribute__((visibility("hidden")))

/* A log sink with its level; stores carry one, the process has a default. */
typedef struct mdshm__logger {
    mdshm_log_fn *fn;
    void *baton;
    mdshm_log_level_t max;
} mdshm__logger_t;

/* The default sink (stderr at WARN until mdshm_set_default_log). */
MDSHM_HIDDEN const mdshm__logger_t *mdshm__default_logger(void);

MDSHM_HIDDEN void mdshm__logf(const mdshm__logger_t *lg,
                              mdshm_log_level_t level, int err,
                              const char *file, int line, const char *fmt,
                              ...) __attribute__((format(printf, 6, 7)));

/* Level is checked before any formatting. */
#define MDSHM__LOG(lg, level, err, ...)                                      \
    do {                                                                      \
        const mdshm__logger_t *mdshm__lg_ =                                   \
            (lg) ? (lg) : mdshm__default_logger();                            \
        if (mdshm__lg_->fn && (int)(level) <= (int)mdshm__lg_->max)           \
            mdshm__logf(mdshm__lg_, (level), (err), __FILE__, __LINE__,       \
                        __VA_ARGS__);                                         \
    } while (0)

/* Log through the default sink (core code without a store). */
#define MDSHM_LOG(level, err, ...) MDSHM__LOG(NULL, level, err, __VA_ARGS__)

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

/* Wall clock in unix milliseconds, and monotonic milliseconds. */
MDSHM_HIDDEN int64_t mdshm__now_ms(void);
MDSHM_HIDDEN int64_t mdshm__mono_ms(void);

/* Read a whole regular file of at most @max bytes into malloc'ed memory
 * (O_NONBLOCK: a FIFO is refused, MDSHM_EBADINPUT, instead of waiting). */
MDSHM_HIDDEN int mdshm__read_file(const char *path, size_t max, uint8_t **out,
                                  size_t *outlen);
/* The same with more open(2) flags (O_NOFOLLOW for files inside the store). */
MDSHM_HIDDEN int mdshm__read_file_ex(const char *path, int oflags, size_t max,
                                     uint8_t **out, size_t *outlen);

/* The names of the leaf of @ch as an MD takes them (import.c): each valid
 * by the configuration's rules and in normal form, duplicates dropped, at
 * most MDSHM_MAX_NAMES, else MDSHM_EBADINPUT or MDSHM_ETOOBIG (logged,
 * naming @src).  *@names is malloc'ed (the caller frees it), *@n set. */
MDSHM_HIDDEN int mdshm__cert_md_names(const mdshm_chain_t *ch, const char *src,
                                      char (**names)[MDSHM_MAX_NAME_LEN + 1],
                                      size_t *n);

/* Read the rest of open file @fd (a regular file of @size bytes, as fstat
 * said) into malloc'ed memory with a NUL after it.  @secret: cleanse the
 * buffer if the read fails. */
MDSHM_HIDDEN int mdshm__read_fd(int fd, size_t size, bool secret,
                                uint8_t **out, size_t *outlen);

/* Log an OpenSSL failure about @src once (with the first queued OpenSSL
 * error), clear OpenSSL's error queue, and return @rv. */
MDSHM_HIDDEN int mdshm__ossl_fail(int rv, const char *src, const char *fmt,
                                  ...) __attribute__((format(printf, 3, 4)));
/* Whether the first queued OpenSSL error is an allocation failure. */
MDSHM_HIDDEN bool mdshm__ossl_oom(void);

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

/* Days since 1970-01-01 of year @y, month @m (1-12), day @d. */
MDSHM_HIDDEN int64_t mdshm__days_from_civil(int64_t y, unsigned m,
                                            unsigned d);

/* Hex of @n bytes into @out (2n+1 bytes), lower case. */
MDSHM_HIDDEN void mdshm__hex(const unsigned char *p, size_t n, char *out);

#endif
