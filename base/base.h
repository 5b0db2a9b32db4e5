/* base.h -- the bottom layer, usable by every file of libmdshm: logging,
 * time, whole-file reads, hex and base64url (the files of base/).  It depends on
 * nothing of the library but the public types of mdshm.h; the store (shm/)
 * sits on it, and core/ on both (see docs/design.md, "Layers", and
 * tests/check-layers.sh, which keeps it so).  Never installed. */
#ifndef MDSHM_BASE_H
#define MDSHM_BASE_H

#include "mdshm.h"

#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define MDSHM_HIDDEN __attribute__((visibility("hidden")))

/* A log sink with its level; stores carry one, the process has a default. */
typedef struct mdshm__logger {
    mdshm_log_fn *fn;
    void *baton;
    mdshm_log_level_t max;
} mdshm__logger_t;

/* Longest message a sink gets from mdshm__logf: 1023 bytes, each of which
 * may become a 4-byte escape, and the NUL. */
#define MDSHM__LOG_MSG_MAX 4096

/* Copy C string @in to @out (of @size bytes, NUL-terminated, cut at a
 * character boundary) with every byte that could end a line or drive a
 * terminal written as \xNN: C0 controls, DEL, C1 controls (in UTF-8)
 * and bytes that are not UTF-8.  Backslashes stay, so escaping twice
 * changes nothing.  Returns the length written. */
MDSHM_HIDDEN size_t mdshm__log_escape(const char *in, char *out, size_t size);

/* The default sink (mdshm_log_stderr at WARN until mdshm_set_default_log). */
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

/* Read the rest of open file @fd (a regular file of @size bytes, as fstat
 * said) into malloc'ed memory with a NUL after it.  @secret: cleanse the
 * buffer if the read fails. */
MDSHM_HIDDEN int mdshm__read_fd(int fd, size_t size, bool secret,
                                uint8_t **out, size_t *outlen);

/* Days since 1970-01-01 of year @y, month @m (1-12), day @d. */
MDSHM_HIDDEN int64_t mdshm__days_from_civil(int64_t y, unsigned m,
                                            unsigned d);

/* Append @n bytes at @data to the growable buffer *@p (*@len used, *@cap
 * allocated, kept NUL-terminated), growing it by doubling from @first but
 * never past @max + 1 bytes: how response bodies are collected.
 * @return 0, MDSHM_ETOOBIG (*@len + @n over @max, nothing appended),
 * -ENOMEM (nothing appended; *@p stays valid). */
MDSHM_HIDDEN int mdshm__buf_append(char **p, size_t *len, size_t *cap,
                                   size_t first, size_t max,
                                   const void *data, size_t n);

/* Hex of @n bytes into @out (2n+1 bytes), lower case. */
MDSHM_HIDDEN void mdshm__hex(const unsigned char *p, size_t n, char *out);

/* A view of C string @s, without its NUL (empty for NULL): how records
 * take strings.  Inline: the one copy for every layer. */
static inline mdshm_buf_t mdshm__sbuf(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, s ? strlen(s) : 0};
    return b;
}

/* ---- base64url (b64.c) ---------------------------------------------- */

/* Characters of base64url for @n bytes, without padding. */
#define MDSHM__B64URL_LEN(n) (((n) / 3) * 4 + ((n) % 3 ? (n) % 3 + 1 : 0))
/* A base64url SHA-256 (thumbprints, dns-01 values): 43 chars + NUL. */
#define MDSHM__B64URL_SHA256_SIZE 44

/* Encode @n bytes into malloc'ed @out (NUL-terminated, no padding).
 * @return 0, -ENOMEM, MDSHM_ETOOBIG (over 256 MiB). */
MDSHM_HIDDEN int mdshm__b64url_encode(const void *p, size_t n, char **out);

/* Encode into @out of @size bytes (at least MDSHM__B64URL_LEN(n) + 1).
 * @return 0 or -ENOSPC. */
MDSHM_HIDDEN int mdshm__b64url_encode_to(const void *p, size_t n, char *out,
                                         size_t size);

/* Decode @len characters (base64url; trailing '=' padding tolerated) into
 * malloc'ed @out (with a NUL after it, not counted in @outlen).
 * @return 0, MDSHM_EBADINPUT (a character outside the alphabet, bad
 *   length), -ENOMEM. */
MDSHM_HIDDEN int mdshm__b64url_decode(const char *s, size_t len,
                                      uint8_t **out, size_t *outlen);

#endif
