/* mpack_read.c -- zero-copy validating msgpack cursor (see mpack_read.h). */
#include "mpack_read.h"

static inline uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)((unsigned)p[0] << 8 | p[1]);
}

static inline uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 |
           (uint32_t)p[3];
}

static inline uint64_t rd64(const uint8_t *p)
{
    return (uint64_t)rd32(p) << 32 | rd32(p + 4);
}

/* One decoded item header. */
typedef struct head {
    int type;    /* MDSHM__MP_* */
    size_t hl;   /* header bytes: marker, length field, ext type byte */
    uint32_t len; /* payload bytes (str, bin, ext, float) or item count
                     (array: items, map: pairs) */
    uint64_t u;  /* UINT value; INT value (two's complement); BOOL */
} head_t;

/*
 * Parse the header at @p p with @p left bytes available.  Checks that the
 * header, and the payload of str/bin/ext/float, fit; for containers that
 * there are at least as many bytes as the items need (one per item).
 */
static inline int head(const uint8_t *p, size_t left, head_t *h)
{
    uint8_t c;

    if (!left)
        return -1;
    c = p[0];
    h->hl = 1;
    h->len = 0;
    h->u = 0;
    if (c <= 0x7f) { /* positive fixint */
        h->type = MDSHM__MP_UINT;
        h->u = c;
        return 0;
    }
    if (c >= 0xe0) { /* negative fixint */
        h->type = MDSHM__MP_INT;
        h->u = (uint64_t)(int64_t)(int8_t)c;
        return 0;
    }
    if (c <= 0x8f) {
        h->type = MDSHM__MP_MAP;
        h->len = c & 0x0f;
        goto check;
    }
    if (c <= 0x9f) {
        h->type = MDSHM__MP_ARRAY;
        h->len = c & 0x0f;
        goto check;
    }
    if (c <= 0xbf) {
        h->type = MDSHM__MP_STR;
        h->len = c & 0x1f;
        goto check;
    }

#define NEED(n)                                                               \
    do {                                                                      \
        if (left < (n))                                                       \
            return -1;                                                        \
        h->hl = (n);                                                          \
    } while (0)

    switch (c) {
    case 0xc0:
        h->type = MDSHM__MP_NIL;
        return 0;
    case 0xc2:
    case 0xc3:
        h->type = MDSHM__MP_BOOL;
        h->u = c & 1;
        return 0;
    case 0xc4: /* bin 8/16/32 */
        NEED(2);
        h->type = MDSHM__MP_BIN;
        h->len = p[1];
        break;
    case 0xc5:
        NEED(3);
        h->type = MDSHM__MP_BIN;
        h->len = rd16(p + 1);
        break;
    case 0xc6:
        NEED(5);
        h->type = MDSHM__MP_BIN;
        h->len = rd32(p + 1);
        break;
    case 0xc7: /* ext 8/16/32: length, then the type byte */
        NEED(3);
        h->type = MDSHM__MP_EXT;
        h->len = p[1];
        break;
    case 0xc8:
        NEED(4);
        h->type = MDSHM__MP_EXT;
        h->len = rd16(p + 1);
        break;
    case 0xc9:
        NEED(6);
        h->type = MDSHM__MP_EXT;
        h->len = rd32(p + 1);
        break;
    case 0xca:
        h->type = MDSHM__MP_FLOAT;
        h->len = 4;
        break;
    case 0xcb:
        h->type = MDSHM__MP_FLOAT;
        h->len = 8;
        break;
    case 0xcc: /* uint 8/16/32/64 */
        NEED(2);
        h->type = MDSHM__MP_UINT;
        h->u = p[1];
        return 0;
    case 0xcd:
        NEED(3);
        h->type = MDSHM__MP_UINT;
        h->u = rd16(p + 1);
        return 0;
    case 0xce:
        NEED(5);
        h->type = MDSHM__MP_UINT;
        h->u = rd32(p + 1);
        return 0;
    case 0xcf:
        NEED(9);
        h->type = MDSHM__MP_UINT;
        h->u = rd64(p + 1);
        return 0;
    case 0xd0: /* int 8/16/32/64 */
        NEED(2);
        h->u = (uint64_t)(int64_t)(int8_t)p[1];
        goto sign;
    case 0xd1:
        NEED(3);
        h->u = (uint64_t)(int64_t)(int16_t)rd16(p + 1);
        goto sign;
    case 0xd2:
        NEED(5);
        h->u = (uint64_t)(int64_t)(int32_t)rd32(p + 1);
        goto sign;
    case 0xd3:
        NEED(9);
        h->u = rd64(p + 1);
        goto sign;
    case 0xd4: /* fixext 1/2/4/8/16: type byte, then data */
    case 0xd5:
    case 0xd6:
    case 0xd7:
    case 0xd8:
        NEED(2);
        h->type = MDSHM__MP_EXT;
        h->len = 1u << (c - 0xd4);
        break;
    case 0xd9: /* str 8/16/32 */
        NEED(2);
        h->type = MDSHM__MP_STR;
        h->len = p[1];
        break;
    case 0xda:
        NEED(3);
        h->type = MDSHM__MP_STR;
        h->len = rd16(p + 1);
        break;
    case 0xdb:
        NEED(5);
        h->type = MDSHM__MP_STR;
        h->len = rd32(p + 1);
        break;
    case 0xdc: /* array 16/32 */
        NEED(3);
        h->type = MDSHM__MP_ARRAY;
        h->len = rd16(p + 1);
        break;
    case 0xdd:
        NEED(5);
        h->type = MDSHM__MP_ARRAY;
        h->len = rd32(p + 1);
        break;
    case 0xde: /* map 16/32 */
        NEED(3);
        h->type = MDSHM__MP_MAP;
        h->len = rd16(p + 1);
        break;
    case 0xdf:
        NEED(5);
        h->type = MDSHM__MP_MAP;
        h->len = rd32(p + 1);
        break;
    default: /* 0xc1: never used */
        return -1;
    }
#undef NEED

check:
    /* h->hl <= left holds here.  Every item takes at least one byte. */
    if (h->type == MDSHM__MP_MAP) {
        if ((uint64_t)h->len * 2 > left - h->hl)
            return -1;
    } else if (h->len > left - h->hl) {
        return -1;
    }
    return 0;

sign:
    h->type = (int64_t)h->u < 0 ? MDSHM__MP_INT : MDSHM__MP_UINT;
    return 0;
}

int mdshm__mp_peek(const mdshm__mp_t *r)
{
    head_t h;

    if (head(r->p, mdshm__mp_left(r), &h))
        return MDSHM_ECORRUPT;
    return h.type;
}

static inline int expect(const mdshm__mp_t *r, int type, head_t *h)
{
    if (head(r->p, mdshm__mp_left(r), h) || h->type != type)
        return MDSHM_ECORRUPT;
    return 0;
}

/*
 * The readers below take the one-byte forms (fixmap, fixstr, fixint, ...)
 * inline and leave everything else to head(): records are mostly small
 * maps of short keys and values, and decoding them is on the TLS
 * handshake path.
 */

int mdshm__mp_map(mdshm__mp_t *r, uint32_t *n)
{
    head_t h;
    size_t left = mdshm__mp_left(r);

    if (left && (r->p[0] & 0xf0) == 0x80) {
        uint32_t cnt = r->p[0] & 0x0f;
        if ((size_t)cnt * 2 > left - 1)
            return MDSHM_ECORRUPT;
        r->p++;
        *n = cnt;
        return 0;
    }
    if (expect(r, MDSHM__MP_MAP, &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    *n = h.len;
    return 0;
}

int mdshm__mp_array(mdshm__mp_t *r, uint32_t *n)
{
    head_t h;
    size_t left = mdshm__mp_left(r);

    if (left && (r->p[0] & 0xf0) == 0x90) {
        uint32_t cnt = r->p[0] & 0x0f;
        if (cnt > left - 1)
            return MDSHM_ECORRUPT;
        r->p++;
        *n = cnt;
        return 0;
    }
    if (expect(r, MDSHM__MP_ARRAY, &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    *n = h.len;
    return 0;
}

int mdshm__mp_str(mdshm__mp_t *r, mdshm_buf_t *s)
{
    head_t h;
    size_t left = mdshm__mp_left(r);

    if (left && (r->p[0] & 0xe0) == 0xa0) {
        size_t n = r->p[0] & 0x1f;
        if (n > left - 1)
            return MDSHM_ECORRUPT;
        s->p = r->p + 1;
        s->n = n;
        r->p += 1 + n;
        return 0;
    }
    if (expect(r, MDSHM__MP_STR, &h))
        return MDSHM_ECORRUPT;
    s->p = r->p + h.hl;
    s->n = h.len;
    r->p += h.hl + h.len;
    return 0;
}

int mdshm__mp_bin(mdshm__mp_t *r, mdshm_buf_t *b)
{
    head_t h;

    if (expect(r, MDSHM__MP_BIN, &h))
        return MDSHM_ECORRUPT;
    b->p = r->p + h.hl;
    b->n = h.len;
    r->p += h.hl + h.len;
    return 0;
}

int mdshm__mp_uint(mdshm__mp_t *r, uint64_t *v)
{
    head_t h;

    if (r->p < r->end && r->p[0] <= 0x7f) {
        *v = *r->p++;
        return 0;
    }
    if (expect(r, MDSHM__MP_UINT, &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    *v = h.u;
    return 0;
}

int mdshm__mp_int64(mdshm__mp_t *r, int64_t *v)
{
    head_t h;

    if (head(r->p, mdshm__mp_left(r), &h))
        return MDSHM_ECORRUPT;
    if (h.type == MDSHM__MP_UINT) {
        if (h.u > (uint64_t)INT64_MAX)
            return MDSHM_ECORRUPT;
    } else if (h.type != MDSHM__MP_INT) {
        return MDSHM_ECORRUPT;
    }
    r->p += h.hl;
    *v = (int64_t)h.u;
    return 0;
}

int mdshm__mp_bool(mdshm__mp_t *r, bool *v)
{
    head_t h;

    if (expect(r, MDSHM__MP_BOOL, &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    *v = h.u != 0;
    return 0;
}

int mdshm__mp_nil(mdshm__mp_t *r)
{
    head_t h;

    if (expect(r, MDSHM__MP_NIL, &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    return 0;
}

static int skip(mdshm__mp_t *r, unsigned depth)
{
    head_t h;
    uint64_t i, n;

    if (head(r->p, mdshm__mp_left(r), &h))
        return MDSHM_ECORRUPT;
    r->p += h.hl;
    switch (h.type) {
    case MDSHM__MP_STR:
    case MDSHM__MP_BIN:
    case MDSHM__MP_EXT:
    case MDSHM__MP_FLOAT:
        r->p += h.len; /* checked by head() */
        return 0;
    case MDSHM__MP_ARRAY:
    case MDSHM__MP_MAP:
        if (depth >= MDSHM__MP_MAX_DEPTH)
            return MDSHM_ECORRUPT;
        n = h.type == MDSHM__MP_MAP ? (uint64_t)h.len * 2 : h.len;
        for (i = 0; i < n; i++)
            if (skip(r, depth + 1))
                return MDSHM_ECORRUPT;
        return 0;
    default:
        return 0;
    }
}

int mdshm__mp_skip(mdshm__mp_t *r)
{
    const uint8_t *save = r->p;

    if (skip(r, 0)) {
        r->p = save;
        return MDSHM_ECORRUPT;
    }
    return 0;
}
