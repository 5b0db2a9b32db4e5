/*
 * mpack_read.h -- a zero-copy, allocation-free, validating msgpack reader.
 *
 * A cursor walks a byte range.  Every reader checks that the whole item
 * (header and payload) lies inside the range before it moves the cursor;
 * on failure it returns MDSHM_ECORRUPT and leaves the cursor and its
 * out-parameters untouched.  str and bin results are views into the range.
 *
 * Accepted: every msgpack format (fixint, uint8..64, int8..64, nil, bool,
 * float32/64, fixstr/str8/16/32, bin8/16/32, fixarray/array16/32,
 * fixmap/map16/32, fixext/ext8/16/32).  0xc1 is never valid.  Floats and
 * ext values can only be skipped.
 */
#ifndef MDSHM_MPACK_READ_H
#define MDSHM_MPACK_READ_H

#include "base.h"

/** Containers mdshm__mp_skip() descends into (nested arrays/maps). */
#define MDSHM__MP_MAX_DEPTH 16

/** Item kinds reported by mdshm__mp_peek(). */
enum {
    MDSHM__MP_NIL,
    MDSHM__MP_BOOL,
    MDSHM__MP_UINT,  /**< an integer >= 0 (any int or uint format) */
    MDSHM__MP_INT,   /**< an integer < 0 */
    MDSHM__MP_FLOAT,
    MDSHM__MP_STR,
    MDSHM__MP_BIN,
    MDSHM__MP_ARRAY,
    MDSHM__MP_MAP,
    MDSHM__MP_EXT
};

typedef struct mdshm__mp {
    const uint8_t *p;   /**< next byte */
    const uint8_t *end; /**< one past the last byte */
} mdshm__mp_t;

static inline void mdshm__mp_init(mdshm__mp_t *r, const void *buf, size_t len)
{
    r->p = (const uint8_t *)buf;
    r->end = buf ? r->p + len : r->p; /* no arithmetic on NULL */
}

static inline size_t mdshm__mp_left(const mdshm__mp_t *r)
{
    return (size_t)(r->end - r->p);
}

/** Kind (MDSHM__MP_*) of the next item, or MDSHM_ECORRUPT if it is
 *  truncated, invalid (0xc1) or the range is empty.  Does not move. */
MDSHM_HIDDEN int mdshm__mp_peek(const mdshm__mp_t *r);

/** Map header; @p n entries (key/value pairs) follow. */
MDSHM_HIDDEN int mdshm__mp_map(mdshm__mp_t *r, uint32_t *n);
/** Array header; @p n items follow. */
MDSHM_HIDDEN int mdshm__mp_array(mdshm__mp_t *r, uint32_t *n);
/** A str, as a view. */
MDSHM_HIDDEN int mdshm__mp_str(mdshm__mp_t *r, mdshm_buf_t *s);
/** A bin, as a view. */
MDSHM_HIDDEN int mdshm__mp_bin(mdshm__mp_t *r, mdshm_buf_t *b);
/** A non-negative integer in any int/uint format. */
MDSHM_HIDDEN int mdshm__mp_uint(mdshm__mp_t *r, uint64_t *v);
/** Any integer that fits int64_t (uint64 above INT64_MAX is refused). */
MDSHM_HIDDEN int mdshm__mp_int64(mdshm__mp_t *r, int64_t *v);
MDSHM_HIDDEN int mdshm__mp_bool(mdshm__mp_t *r, bool *v);
MDSHM_HIDDEN int mdshm__mp_nil(mdshm__mp_t *r);
/** Skip one item of any kind, containers included (at most
 *  MDSHM__MP_MAX_DEPTH nested containers). */
MDSHM_HIDDEN int mdshm__mp_skip(mdshm__mp_t *r);

#endif
