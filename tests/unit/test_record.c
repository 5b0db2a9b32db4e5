/*
 * test_record.c -- records: msgpack reader, encode/decode, limits, fuzzing.
 *
 * gcc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -pthread -Ibase -Icore -Ishm \
 *     tests/unit/test_record.c shm/record.c shm/mpack_read.c base/err.c \
 *     base/log.c base/util.c $(pkg-config --cflags --libs msgpack cmocka)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"
#include "mpack_read.h"
#include "record_schema.h"
#include "record_golden.h"

/* ------------------------------------------------------------------------
 * Helpers: PRNG, byte builder, msgpack writer (compact or widest forms)
 * ---------------------------------------------------------------------- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static void rng_seed(uint64_t s)
{
    rng_state = s ? s : 1;
}

static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dull;
}

static size_t rndn(size_t n) /* 0..n-1 */
{
    return n ? (size_t)(rnd() % n) : 0;
}

typedef struct bb {
    uint8_t *p;
    size_t n, cap;
} bb_t;

static void bb_need(bb_t *b, size_t more)
{
    if (b->n + more > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + more)
            cap *= 2;
        b->p = realloc(b->p, cap);
        assert_non_null(b->p);
        b->cap = cap;
    }
}

static void bb_raw(bb_t *b, const void *p, size_t n)
{
    bb_need(b, n);
    if (n)
        memcpy(b->p + b->n, p, n);
    b->n += n;
}

static void bb_byte(bb_t *b, uint8_t c)
{
    bb_raw(b, &c, 1);
}

static void bb_be(bb_t *b, uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; i--)
        bb_byte(b, (uint8_t)(v >> (8 * i)));
}

static void bb_free(bb_t *b)
{
    free(b->p);
    memset(b, 0, sizeof(*b));
}

/* 1: write the widest form of every item (map32, str32, uint64, ...). */
static int g_wide;

static void mp_uint(bb_t *b, uint64_t v)
{
    if (g_wide) {
        bb_byte(b, 0xcf);
        bb_be(b, v, 8);
    } else if (v < 128) {
        bb_byte(b, (uint8_t)v);
    } else if (v < 256) {
        bb_byte(b, 0xcc);
        bb_be(b, v, 1);
    } else if (v < 65536) {
        bb_byte(b, 0xcd);
        bb_be(b, v, 2);
    } else if (v <= UINT32_MAX) {
        bb_byte(b, 0xce);
        bb_be(b, v, 4);
    } else {
        bb_byte(b, 0xcf);
        bb_be(b, v, 8);
    }
}

static void mp_int(bb_t *b, int64_t v)
{
    if (v >= 0 && !g_wide)
        mp_uint(b, (uint64_t)v);
    else if (g_wide) {
        bb_byte(b, 0xd3);
        bb_be(b, (uint64_t)v, 8);
    } else if (v >= -32) {
        bb_byte(b, (uint8_t)(int8_t)v);
    } else if (v >= INT8_MIN) {
        bb_byte(b, 0xd0);
        bb_be(b, (uint64_t)v, 1);
    } else if (v >= INT16_MIN) {
        bb_byte(b, 0xd1);
        bb_be(b, (uint64_t)v, 2);
    } else if (v >= INT32_MIN) {
        bb_byte(b, 0xd2);
        bb_be(b, (uint64_t)v, 4);
    } else {
        bb_byte(b, 0xd3);
        bb_be(b, (uint64_t)v, 8);
    }
}

/* @p fixmax < 0: no fix form (bin); @p m8 0: no 8-bit form. */
static void mp_hdr(bb_t *b, uint32_t n, uint8_t fix, int64_t fixmax,
                   uint8_t m8, uint8_t m16, uint8_t m32)
{
    if (g_wide) {
        bb_byte(b, m32);
        bb_be(b, n, 4);
    } else if ((int64_t)n <= fixmax) {
        bb_byte(b, (uint8_t)(fix | n));
    } else if (m8 && n < 256) {
        bb_byte(b, m8);
        bb_be(b, n, 1);
    } else if (n < 65536) {
        bb_byte(b, m16);
        bb_be(b, n, 2);
    } else {
        bb_byte(b, m32);
        bb_be(b, n, 4);
    }
}

static void mp_map(bb_t *b, uint32_t n)
{
    mp_hdr(b, n, 0x80, 15, 0, 0xde, 0xdf);
}

static void mp_arr(bb_t *b, uint32_t n)
{
    mp_hdr(b, n, 0x90, 15, 0, 0xdc, 0xdd);
}

static void mp_str(bb_t *b, const void *p, size_t n)
{
    mp_hdr(b, (uint32_t)n, 0xa0, 31, 0xd9, 0xda, 0xdb);
    bb_raw(b, p, n);
}

static void mp_strz(bb_t *b, const char *s)
{
    mp_str(b, s, strlen(s));
}

static void mp_bin(bb_t *b, const void *p, size_t n)
{
    mp_hdr(b, (uint32_t)n, 0, -1, 0xc4, 0xc5, 0xc6);
    bb_raw(b, p, n);
}

static void mp_bool(bb_t *b, bool v)
{
    bb_byte(b, v ? 0xc3 : 0xc2);
}

static void mp_nil(bb_t *b)
{
    bb_byte(b, 0xc0);
}

/* A string/bin of @p n filler bytes. */
static void mp_fill(bb_t *b, bool bin, size_t n)
{
    uint8_t *tmp = malloc(n ? n : 1);
    assert_non_null(tmp);
    memset(tmp, 'a', n);
    if (bin)
        mp_bin(b, tmp, n);
    else
        mp_str(b, tmp, n);
    free(tmp);
}

static bool buf_is(mdshm_buf_t b, const char *s)
{
    return b.n == strlen(s) && (b.n == 0 || !memcmp(b.p, s, b.n));
}

static int dec(mdshm_rec_type_t t, const bb_t *b, mdshm_record_t *out)
{
    return mdshm_record_decode(t, b->p, b->n, out);
}

/* ------------------------------------------------------------------------
 * The format: keys, kinds and limits per type, read from record.c's table
 * (record_schema.h), the one description.  That the table still says what
 * stores hold is test_golden's job (record_golden.h, frozen bytes).
 * ---------------------------------------------------------------------- */

enum {
    T_U32, T_U64, T_I32, T_I64, T_BOOL, T_STR, T_BIN, T_SHA, T_STRA, T_BINA,
    T_LOG
};

typedef struct spec {
    const char *key;
    int kind;
    size_t max;  /* bytes per str/bin (element) */
    size_t maxn; /* elements of an array */
} spec_t;

#define STR_ MDSHM_MAX_STR
#define MAX_SPEC 32

static spec_t sp_fields[MDSHM_REC_COUNT][MAX_SPEC];
static spec_t sp_joblog[MAX_SPEC]; /* the fields of a job's "log" entries */
static size_t n_joblog;
static struct {
    const spec_t *f;
    size_t n;
} specs[MDSHM_REC_COUNT];

static int spec_kind(const mdshm__rec_field_t *f)
{
    switch ((mdshm__kind_t)f->kind) {
    case MDSHM__K_U32: return T_U32;
    case MDSHM__K_U64: return T_U64;
    case MDSHM__K_I32: return T_I32;
    case MDSHM__K_I64: return T_I64;
    case MDSHM__K_BOOL: return T_BOOL;
    case MDSHM__K_STR: return T_STR;
    case MDSHM__K_BIN: return T_BIN;
    case MDSHM__K_SHA256: return T_SHA;
    case MDSHM__K_STR_ARRAY: return T_STRA;
    case MDSHM__K_BIN_ARRAY: return T_BINA;
    case MDSHM__K_MAP_ARRAY: return T_LOG;
    }
    fail_msg("field %s: unknown kind %d", f->key, f->kind);
    return -1;
}

static void spec_of(const mdshm__rec_field_t *f, spec_t *s)
{
    s->key = f->key;
    s->kind = spec_kind(f);
    s->max = s->kind == T_SHA ? 32 : f->maxlen;
    s->maxn = f->maxn;
}

static void load_specs(void)
{
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        size_t n;
        const mdshm__rec_field_t *f =
            mdshm__record_fields((mdshm_rec_type_t)t, &n);
        assert_non_null(f);
        assert_true(n > 0 && n <= MAX_SPEC);
        for (size_t i = 0; i < n; i++) {
            spec_of(&f[i], &sp_fields[t][i]);
            if (f[i].kind != MDSHM__K_MAP_ARRAY)
                continue;
            /* one kind of nested record today: the job log entry */
            assert_int_equal(t, MDSHM_REC_JOB);
            assert_true(f[i].sub->n <= MAX_SPEC);
            for (n_joblog = 0; n_joblog < f[i].sub->n; n_joblog++)
                spec_of(&f[i].sub->f[n_joblog], &sp_joblog[n_joblog]);
        }
        specs[t].f = sp_fields[t];
        specs[t].n = n;
    }
    assert_true(n_joblog > 0);
}

/* A valid value of @p s's kind: for strings/bins @p len bytes, for arrays
 * @p cnt elements (of @p len bytes). */
static void put_valid(bb_t *b, const spec_t *s, size_t len, size_t cnt)
{
    switch (s->kind) {
    case T_U32:
    case T_U64:
        mp_uint(b, 7);
        break;
    case T_I32:
    case T_I64:
        mp_int(b, -7);
        break;
    case T_BOOL:
        mp_bool(b, true);
        break;
    case T_STR:
        mp_fill(b, false, len);
        break;
    case T_BIN:
    case T_SHA:
        mp_fill(b, true, len);
        break;
    case T_STRA:
    case T_BINA:
        mp_arr(b, (uint32_t)cnt);
        for (size_t i = 0; i < cnt; i++)
            mp_fill(b, s->kind == T_BINA, len);
        break;
    case T_LOG:
        mp_arr(b, (uint32_t)cnt);
        for (size_t i = 0; i < cnt; i++) {
            mp_map(b, (uint32_t)n_joblog);
            for (size_t j = 0; j < n_joblog; j++) {
                mp_strz(b, sp_joblog[j].key);
                put_valid(b, &sp_joblog[j], len, cnt);
            }
        }
        break;
    }
}

/* {v: 1, key: <value written by the caller>} */
static void begin1(bb_t *b, uint32_t entries)
{
    b->n = 0;
    mp_map(b, entries + 1);
    mp_strz(b, "v");
    mp_uint(b, 1);
}

/* ------------------------------------------------------------------------
 * Generic access to a record's fields, through record.c's tables
 * ---------------------------------------------------------------------- */

enum { S_U32, S_U64, S_I32, S_I64, S_BOOL, S_CNT };

typedef struct {
    void *p;
    int kind;
    uint32_t maxn; /* S_CNT */
} scal_t;

typedef struct {
    mdshm_buf_t *b;
    size_t max;
    bool bin, sha;
} view_t;

typedef struct {
    scal_t sc[64];
    size_t nsc;
    view_t vw[512];
    size_t nvw;
} fields_t;

static void add_sc(fields_t *f, void *p, int kind, uint32_t maxn)
{
    assert_true(f->nsc < 64);
    f->sc[f->nsc++] = (scal_t){p, kind, maxn};
}

static void add_vw(fields_t *f, mdshm_buf_t *b, size_t max, bool bin,
                   bool sha)
{
    assert_true(f->nvw < 512);
    f->vw[f->nvw++] = (view_t){b, max, bin, sha};
}

#define UPTO(cnt, mx) ((cnt) < (mx) ? (cnt) : (mx))

static void add_fields(const mdshm__rec_table_t *t, uint8_t *base,
                       fields_t *f)
{
    for (uint32_t i = 0; i < t->n; i++) {
        const mdshm__rec_field_t *d = &t->f[i];
        uint8_t *p = base + d->off;
        uint32_t j, n;

        switch ((mdshm__kind_t)d->kind) {
        case MDSHM__K_U32: add_sc(f, p, S_U32, 0); break;
        case MDSHM__K_U64: add_sc(f, p, S_U64, 0); break;
        case MDSHM__K_I32: add_sc(f, p, S_I32, 0); break;
        case MDSHM__K_I64: add_sc(f, p, S_I64, 0); break;
        case MDSHM__K_BOOL: add_sc(f, p, S_BOOL, 0); break;
        case MDSHM__K_STR:
            add_vw(f, (mdshm_buf_t *)p, d->maxlen, false, false);
            break;
        case MDSHM__K_BIN:
            add_vw(f, (mdshm_buf_t *)p, d->maxlen, true, false);
            break;
        case MDSHM__K_SHA256:
            add_vw(f, (mdshm_buf_t *)p, 32, true, true);
            break;
        case MDSHM__K_STR_ARRAY:
        case MDSHM__K_BIN_ARRAY:
        case MDSHM__K_MAP_ARRAY:
            add_sc(f, base + d->coff, S_CNT, d->maxn);
            n = UPTO(*(uint32_t *)(base + d->coff), d->maxn);
            for (j = 0; j < n; j++) {
                if (d->kind == MDSHM__K_MAP_ARRAY)
                    add_fields(d->sub, p + j * d->sub->size, f);
                else
                    add_vw(f, (mdshm_buf_t *)p + j, d->maxlen,
                           d->kind == MDSHM__K_BIN_ARRAY, false);
            }
            break;
        }
    }
}

/* Every field of @p r, from the table: scalars and array counts, then
 * (separately) every str/bin view, array elements up to their count. */
static void rec_fields(mdshm_record_t *r, fields_t *f)
{
    const mdshm__rec_table_t *t = mdshm__record_table(r->type);

    if (!t)
        fail_msg("bad type %d", (int)r->type);
    f->nsc = f->nvw = 0;
    add_fields(t, (uint8_t *)&r->u, f);
}

/* Backing store for the views of filled records. */
typedef struct arena {
    uint8_t *p;
    size_t n, cap;
} arena_t;

static void arena_init(arena_t *a, size_t cap)
{
    a->p = malloc(cap);
    assert_non_null(a->p);
    a->n = 0;
    a->cap = cap;
}

static const uint8_t *arena_take(arena_t *a, size_t n, bool bin)
{
    uint8_t *p;

    assert_true(a->n + n <= a->cap);
    p = a->p + a->n;
    a->n += n;
    for (size_t i = 0; i < n; i++)
        p[i] = bin ? (uint8_t)rnd() : (uint8_t)('a' + rndn(26));
    return p;
}

/*
 * Fill a record of @p type: level 0 all empty/zero, 1 typical (random
 * short values, a few elements), 2 every count and length at its limit and
 * extreme integers.
 */
static void fill(mdshm_record_t *r, mdshm_rec_type_t type, int level,
                 arena_t *a)
{
    fields_t f;
    size_t i;

    memset(r, 0, sizeof(*r));
    r->type = type;
    rec_fields(r, &f);
    for (i = 0; i < f.nsc; i++)
        if (f.sc[i].kind == S_CNT)
            *(uint32_t *)f.sc[i].p =
                level == 0   ? 0
                : level == 1 ? (uint32_t)(1 + rndn(f.sc[i].maxn < 3
                                                       ? f.sc[i].maxn
                                                       : 3))
                             : f.sc[i].maxn;
    rec_fields(r, &f); /* again: now with the array elements */
    for (i = 0; i < f.nsc; i++) {
        void *p = f.sc[i].p;
        bool hi = i & 1;
        switch (f.sc[i].kind) {
        case S_U32:
            *(uint32_t *)p = level == 0   ? 0
                             : level == 1 ? (uint32_t)rndn(100000)
                                          : UINT32_MAX;
            break;
        case S_U64:
            *(uint64_t *)p = level == 0 ? 0 : level == 1 ? rnd() : UINT64_MAX;
            break;
        case S_I32:
            *(int32_t *)p = level == 0   ? 0
                            : level == 1 ? (int32_t)(uint32_t)rnd()
                            : hi         ? INT32_MAX
                                         : INT32_MIN;
            break;
        case S_I64:
            if (level == 1) { /* sequenced: same values with any compiler */
                unsigned shift = 1 + (unsigned)rndn(63);
                int64_t v = (int64_t)(rnd() >> shift);
                *(int64_t *)p = rnd() & 1 ? -v : v;
            } else {
                *(int64_t *)p = level == 0 ? 0 : hi ? INT64_MAX : INT64_MIN;
            }
            break;
        case S_BOOL:
            *(bool *)p = level == 0 ? false : level == 1 ? (rnd() & 1) : true;
            break;
        }
    }
    for (i = 0; i < f.nvw; i++) {
        view_t *v = &f.vw[i];
        size_t n;
        if (level == 0)
            n = 0;
        else if (v->sha)
            n = level == 2 || (rnd() & 1) ? 32 : 0;
        else if (level == 1)
            n = rndn((v->max < 40 ? v->max : 40) + 1);
        else
            n = v->max;
        v->b->n = n;
        v->b->p = n ? arena_take(a, n, v->bin) : NULL;
    }
}

static void assert_rec_equal(mdshm_record_t *a, mdshm_record_t *b)
{
    fields_t fa, fb;
    size_t i;

    assert_int_equal(a->type, b->type);
    rec_fields(a, &fa);
    rec_fields(b, &fb);
    assert_int_equal(fa.nsc, fb.nsc);
    assert_int_equal(fa.nvw, fb.nvw);
    for (i = 0; i < fa.nsc; i++) {
        switch (fa.sc[i].kind) {
        case S_U32:
        case S_CNT:
            assert_int_equal(*(uint32_t *)fa.sc[i].p, *(uint32_t *)fb.sc[i].p);
            break;
        case S_U64:
            assert_true(*(uint64_t *)fa.sc[i].p == *(uint64_t *)fb.sc[i].p);
            break;
        case S_I32:
            assert_int_equal(*(int32_t *)fa.sc[i].p, *(int32_t *)fb.sc[i].p);
            break;
        case S_I64:
            assert_true(*(int64_t *)fa.sc[i].p == *(int64_t *)fb.sc[i].p);
            break;
        case S_BOOL:
            assert_int_equal(*(bool *)fa.sc[i].p, *(bool *)fb.sc[i].p);
            break;
        }
    }
    for (i = 0; i < fa.nvw; i++) {
        assert_int_equal(fa.vw[i].b->n, fb.vw[i].b->n);
        if (fa.vw[i].b->n)
            assert_memory_equal(fa.vw[i].b->p, fb.vw[i].b->p,
                                fa.vw[i].b->n);
    }
}

/* Every view of a decoded record lies inside [buf, buf+len). */
static void assert_views_inside(mdshm_record_t *r, const uint8_t *buf,
                                size_t len)
{
    fields_t f;

    rec_fields(r, &f);
    for (size_t i = 0; i < f.nvw; i++) {
        const mdshm_buf_t *b = f.vw[i].b;
        if (!b->n && !b->p)
            continue;
        assert_true(b->p >= buf && b->p <= buf + len);
        assert_true(b->n <= (size_t)(buf + len - b->p));
        assert_true(b->n <= f.vw[i].max);
    }
}

/* Encode, decode, compare; re-encoding the decoded record gives the same
 * bytes.  Returns the encoding (caller frees). */
static uint8_t *roundtrip(mdshm_record_t *r, size_t *outlen)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    uint8_t *enc = NULL, *enc2 = NULL;
    size_t len = 0, len2 = 0;

    assert_non_null(d);
    assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
    assert_non_null(enc);
    assert_true(len > 0 && len <= MDSHM_MAX_RECORD);
    assert_int_equal(mdshm_record_decode(r->type, enc, len, d), 0);
    assert_rec_equal(r, d);
    assert_views_inside(d, enc, len);
    assert_int_equal(mdshm__record_encode(d, &enc2, &len2), 0);
    assert_int_equal(len, len2);
    assert_memory_equal(enc, enc2, len);
    free(enc2);
    free(d);
    *outlen = len;
    return enc;
}

/* ------------------------------------------------------------------------
 * Tests: databases
 * ---------------------------------------------------------------------- */

static void test_db_names(void **state)
{
    static const char *names[] = {"meta",    "mds",        "names",
                                  "certs",   "staging",    "archive",
                                  "ocsp",    "challenges", "accounts",
                                  "jobs"};
    (void)state;
    assert_int_equal(sizeof(names) / sizeof(names[0]), MDSHM_DB_COUNT);
    for (int i = 0; i < MDSHM_DB_COUNT; i++) {
        assert_string_equal(mdshm_db_name((mdshm_db_t)i), names[i]);
        assert_int_equal(mdshm_db_from_name(names[i]), i);
    }
    assert_null(mdshm_db_name(MDSHM_DB_COUNT));
    assert_null(mdshm_db_name((mdshm_db_t)-1));
    assert_int_equal(mdshm_db_from_name("nope"), -1);
    assert_int_equal(mdshm_db_from_name(""), -1);
    assert_int_equal(mdshm_db_from_name("Meta"), -1);
    assert_int_equal(mdshm_db_from_name("meta "), -1);
    assert_int_equal(mdshm_db_from_name(NULL), -1);
}

#define SHA_HEX_64                                                            \
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static void test_record_type(void **state)
{
    (void)state;
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "schema", 6),
                     MDSHM_REC_SCHEMA);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "leader", 6),
                     MDSHM_REC_LEADER);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "gen", 3),
                     MDSHM_REC_GEN);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "gen2", 4), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "gen", 2), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "schema", 7), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, "", 0), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, NULL, 0), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_META, NULL, 3), -1);
    assert_int_equal(mdshm_record_type(MDSHM_DB_MDS, "a", 1), MDSHM_REC_MD);
    assert_int_equal(mdshm_record_type(MDSHM_DB_NAMES, "a", 1),
                     MDSHM_REC_NAME);
    assert_int_equal(mdshm_record_type(MDSHM_DB_CERTS, "a/b", 3),
                     MDSHM_REC_CERTSET);
    assert_int_equal(mdshm_record_type(MDSHM_DB_ARCHIVE, "a/b/1", 5),
                     MDSHM_REC_CERTSET);
    assert_int_equal(mdshm_record_type(MDSHM_DB_STAGING, "a", 1),
                     MDSHM_REC_STAGING);
    assert_int_equal(mdshm_record_type(MDSHM_DB_OCSP, "a", 1),
                     MDSHM_REC_OCSP);
    assert_int_equal(mdshm_record_type(MDSHM_DB_OCSP, "crl-" SHA_HEX_64, 68),
                     MDSHM_REC_CRL);
    assert_int_equal(mdshm_record_type(MDSHM_DB_OCSP, "crl-" SHA_HEX_64, 67),
                     MDSHM_REC_OCSP);
    assert_int_equal(mdshm_record_type(MDSHM_DB_CHALLENGES, "a", 1),
                     MDSHM_REC_CHALLENGE);
    assert_int_equal(mdshm_record_type(MDSHM_DB_ACCOUNTS, "a", 1),
                     MDSHM_REC_ACCOUNT);
    assert_int_equal(mdshm_record_type(MDSHM_DB_JOBS, "a", 1),
                     MDSHM_REC_JOB);
    assert_int_equal(mdshm_record_type(MDSHM_DB_COUNT, "a", 1), -1);
    assert_int_equal(mdshm_record_type((mdshm_db_t)-1, "a", 1), -1);
}

/* ------------------------------------------------------------------------
 * Tests: round trips and the encoded form
 * ---------------------------------------------------------------------- */

static void test_roundtrip_full(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r));
    arena_t a;

    (void)state;
    assert_non_null(r);
    arena_init(&a, 4u << 20);
    rng_seed(1);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        size_t len;
        a.n = 0;
        fill(r, (mdshm_rec_type_t)t, 2, &a);
        free(roundtrip(r, &len));
    }
    /* The limits the fill used, spelled out for the big ones. */
    fill(r, MDSHM_REC_MD, 2, &a);
    assert_int_equal(r->u.md.n_names, 100);
    fill(r, MDSHM_REC_JOB, 2, &a);
    assert_int_equal(r->u.job.n_log, 32);
    fill(r, MDSHM_REC_CERTSET, 2, &a);
    assert_int_equal(r->u.certset.n_chain, 8);
    assert_int_equal(r->u.certset.chain[7].n, MDSHM_MAX_BIN);
    free(a.p);
    free(r);
}

static void test_roundtrip_typical(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r));
    arena_t a;

    (void)state;
    assert_non_null(r);
    arena_init(&a, 1u << 20);
    rng_seed(2);
    for (int i = 0; i < 200; i++) {
        for (int t = 0; t < MDSHM_REC_COUNT; t++) {
            size_t len;
            a.n = 0;
            fill(r, (mdshm_rec_type_t)t, 1, &a);
            free(roundtrip(r, &len));
        }
    }
    free(a.p);
    free(r);
}

static void test_roundtrip_empty(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r)), *d = malloc(sizeof(*d)),
                   *z = malloc(sizeof(*z));
    bb_t b = {0};

    (void)state;
    assert_non_null(r);
    assert_non_null(d);
    assert_non_null(z);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        size_t len;
        fill(r, (mdshm_rec_type_t)t, 0, NULL);
        free(roundtrip(r, &len));
        /* {v:1} alone: every field absent, decodes as all zero */
        begin1(&b, 0);
        memset(d, 0x5a, sizeof(*d));
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), 0);
        assert_int_equal(d->type, t);
        memset(z, 0, sizeof(*z));
        z->type = (mdshm_rec_type_t)t;
        assert_rec_equal(z, d);
    }
    bb_free(&b);
    free(r);
    free(d);
    free(z);
}

/* The keys an encoding has, in order, are "v" then the spec's. */
static void test_encoded_keys(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r));
    arena_t a;

    (void)state;
    arena_init(&a, 1u << 20);
    rng_seed(3);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        uint8_t *enc;
        size_t len;
        mdshm__mp_t c;
        mdshm_buf_t k;
        uint32_t n;
        uint64_t v;

        a.n = 0;
        fill(r, (mdshm_rec_type_t)t, 1, &a);
        if (t == MDSHM_REC_JOB)
            r->u.job.n_log = 1;
        assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
        mdshm__mp_init(&c, enc, len);
        assert_int_equal(mdshm__mp_map(&c, &n), 0);
        assert_int_equal(n, specs[t].n + 1);
        assert_int_equal(mdshm__mp_str(&c, &k), 0);
        assert_true(buf_is(k, "v"));
        assert_int_equal(mdshm__mp_uint(&c, &v), 0);
        assert_int_equal(v, 1);
        for (size_t i = 0; i < specs[t].n; i++) {
            const spec_t *s = &specs[t].f[i];
            int kind;
            assert_int_equal(mdshm__mp_str(&c, &k), 0);
            if (!buf_is(k, s->key))
                fail_msg("type %d key %zu: want %s", t, i, s->key);
            kind = mdshm__mp_peek(&c);
            switch (s->kind) {
            case T_U32:
            case T_U64:
                assert_int_equal(kind, MDSHM__MP_UINT);
                break;
            case T_I32:
            case T_I64:
                assert_true(kind == MDSHM__MP_UINT || kind == MDSHM__MP_INT);
                break;
            case T_BOOL:
                assert_int_equal(kind, MDSHM__MP_BOOL);
                break;
            case T_STR:
                assert_int_equal(kind, MDSHM__MP_STR);
                break;
            case T_BIN:
            case T_SHA:
                assert_int_equal(kind, MDSHM__MP_BIN);
                break;
            default:
                assert_int_equal(kind, MDSHM__MP_ARRAY);
                break;
            }
            if (s->kind == T_LOG) { /* [{when, type, detail}] */
                uint32_t m;
                assert_int_equal(mdshm__mp_array(&c, &m), 0);
                assert_int_equal(m, 1);
                assert_int_equal(mdshm__mp_map(&c, &m), 0);
                assert_int_equal(m, n_joblog);
                for (size_t j = 0; j < n_joblog; j++) {
                    assert_int_equal(mdshm__mp_str(&c, &k), 0);
                    assert_true(buf_is(k, sp_joblog[j].key));
                    assert_int_equal(mdshm__mp_skip(&c), 0);
                }
            } else {
                assert_int_equal(mdshm__mp_skip(&c), 0);
            }
        }
        assert_int_equal(mdshm__mp_left(&c), 0);
        free(enc);
    }
    free(a.p);
    free(r);
}

/* The hot-path record, byte for byte. */
static void test_name_bytes(void **state)
{
    static const uint8_t want[] = {0x82, 0xa1, 'v', 0x01, 0xa2, 'm', 'd',
                                   0xab, 'e',  'x', 'a',  'm',  'p', 'l',
                                   'e',  '.',  'o', 'r',  'g'};
    mdshm_record_t r, d;
    uint8_t *enc;
    size_t len;

    (void)state;
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_NAME;
    r.u.name.md = (mdshm_buf_t){(const uint8_t *)"example.org", 11};
    assert_int_equal(mdshm__record_encode(&r, &enc, &len), 0);
    assert_int_equal(len, sizeof(want));
    assert_memory_equal(enc, want, len);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, want, sizeof(want),
                                         &d),
                     0);
    assert_int_equal(d.type, MDSHM_REC_NAME);
    assert_ptr_equal(d.u.name.md.p, want + 8);
    assert_int_equal(d.u.name.md.n, 11);
    free(enc);
}

/* ------------------------------------------------------------------------
 * Tests: malformed input
 * ---------------------------------------------------------------------- */

static void check_prefixes(mdshm_rec_type_t t, const uint8_t *enc,
                           size_t len, size_t step_limit)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    size_t i, n = 0;

    assert_non_null(d);
    for (i = 0; i < len; i++) {
        /* all prefixes of small records; of big ones the edges and a
         * random sample */
        if (len > step_limit && i > 64 && i < len - 64 && rndn(len / 256))
            continue;
        uint8_t *cp = malloc(i ? i : 1); /* exact size: ASan sees overreads */
        assert_non_null(cp);
        memcpy(cp, enc, i);
        int rv = mdshm_record_decode(t, cp, i, d);
        if (rv != MDSHM_ECORRUPT)
            fail_msg("type %d: prefix %zu of %zu gave %d", (int)t, i, len, rv);
        free(cp);
        n++;
    }
    assert_true(n > 0);
    free(d);
}

static void test_truncation(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r));
    arena_t a;

    (void)state;
    assert_non_null(r);
    arena_init(&a, 4u << 20);
    rng_seed(4);
    for (int level = 0; level <= 2; level++) {
        for (int rep = 0; rep < (level == 1 ? 5 : 1); rep++) {
            for (int t = 0; t < MDSHM_REC_COUNT; t++) {
                uint8_t *enc;
                size_t len;
                a.n = 0;
                fill(r, (mdshm_rec_type_t)t, level, &a);
                assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
                check_prefixes((mdshm_rec_type_t)t, enc, len, 20000);
                free(enc);
            }
        }
    }
    free(a.p);
    free(r);
}

static void decode_any(const uint8_t *buf, size_t len, mdshm_record_t *d,
                       size_t *ok)
{
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        int rv = mdshm_record_decode((mdshm_rec_type_t)t, buf, len, d);
        if (rv == 0) {
            uint8_t *enc;
            size_t elen;
            mdshm_record_t *d2 = malloc(sizeof(*d2));

            (*ok)++;
            assert_int_equal(d->type, t);
            assert_views_inside(d, buf, len);
            /* whatever decodes re-encodes and decodes to the same */
            assert_int_equal(mdshm__record_encode(d, &enc, &elen), 0);
            assert_int_equal(mdshm_record_decode(d->type, enc, elen, d2), 0);
            assert_rec_equal(d, d2);
            free(enc);
            free(d2);
        } else {
            assert_true(rv == MDSHM_ECORRUPT || rv == MDSHM_EVERSION);
        }
    }
}

static void test_random_bytes(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    size_t ok = 0;

    (void)state;
    assert_non_null(d);
    rng_seed(5);
    for (int i = 0; i < 20000; i++) {
        size_t len = rndn(96);
        uint8_t *buf = malloc(len ? len : 1);
        size_t start = 0;
        assert_non_null(buf);
        /* half of them get a plausible start: {v:1, ... */
        if (len >= 4 && (i & 1)) {
            buf[0] = (uint8_t)(0x80 | rndn(16));
            buf[1] = 0xa1;
            buf[2] = 'v';
            buf[3] = 1;
            start = 4;
        }
        for (size_t j = start; j < len; j++)
            buf[j] = (uint8_t)rnd();
        decode_any(buf, len, d, &ok);
        free(buf);
    }
    print_message("random bytes: %zu decodes of 220000 succeeded\n", ok);
    free(d);
}

static const uint8_t interesting[] = {0x00, 0x01, 0x7f, 0x80, 0x8f, 0x90,
                                      0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
                                      0xc3, 0xc4, 0xc6, 0xc9, 0xca, 0xcb,
                                      0xcc, 0xcf, 0xd3, 0xd4, 0xd8, 0xd9,
                                      0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0,
                                      0xff};

static void mutate(bb_t *b)
{
    int k = 1 + (int)rndn(4);
    while (k--) {
        size_t pos = rndn(b->n ? b->n : 1);
        switch (rndn(6)) {
        case 0: /* random byte */
            if (b->n)
                b->p[pos] = (uint8_t)rnd();
            break;
        case 1: /* bit flip */
            if (b->n)
                b->p[pos] ^= (uint8_t)(1u << rndn(8));
            break;
        case 2: /* an msgpack marker */
            if (b->n)
                b->p[pos] = interesting[rndn(sizeof(interesting))];
            break;
        case 3: /* insert */
            bb_need(b, 1);
            memmove(b->p + pos + 1, b->p + pos, b->n - pos);
            b->p[pos] = interesting[rndn(sizeof(interesting))];
            b->n++;
            break;
        case 4: /* delete */
            if (b->n) {
                memmove(b->p + pos, b->p + pos + 1, b->n - pos - 1);
                b->n--;
            }
            break;
        case 5: /* a length byte made huge or small */
            if (b->n)
                b->p[pos] = rnd() & 1 ? 0xff : 0x00;
            break;
        }
    }
}

static void test_mutations(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r)), *d = malloc(sizeof(*d));
    arena_t a;
    size_t ok = 0, total = 0;

    (void)state;
    assert_non_null(r);
    assert_non_null(d);
    arena_init(&a, 1u << 20);
    rng_seed(6);
    for (int i = 0; i < 300; i++) {
        for (int t = 0; t < MDSHM_REC_COUNT; t++) {
            uint8_t *enc;
            size_t len;
            a.n = 0;
            fill(r, (mdshm_rec_type_t)t, 1, &a);
            assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
            for (int m = 0; m < 10; m++) {
                bb_t b = {0};
                uint8_t *exact;
                bb_raw(&b, enc, len);
                mutate(&b);
                exact = malloc(b.n ? b.n : 1);
                assert_non_null(exact);
                memcpy(exact, b.p, b.n);
                decode_any(exact, b.n, d, &ok);
                total += MDSHM_REC_COUNT;
                free(exact);
                bb_free(&b);
            }
            free(enc);
        }
    }
    print_message("mutations: %zu of %zu decodes succeeded\n", ok, total);
    assert_true(ok > 0); /* some mutations only touch content */
    free(a.p);
    free(r);
    free(d);
}

/* Sample values for the wrong-type matrix. */
enum {
    X_NIL, X_TRUE, X_FALSE, X_U5, X_UHUGE, X_NEG, X_FLOAT, X_STR, X_BIN1,
    X_BIN32, X_BIN0, X_ARR0, X_ARR_STR, X_ARR_BIN, X_ARR_MAP, X_ARR_INT,
    X_MAP0, X_EXT, X_COUNT
};

static void put_sample(bb_t *b, int x)
{
    static const uint8_t z32[32];
    switch (x) {
    case X_NIL: mp_nil(b); break;
    case X_TRUE: mp_bool(b, true); break;
    case X_FALSE: mp_bool(b, false); break;
    case X_U5: mp_uint(b, 5); break;
    case X_UHUGE: mp_uint(b, (1ull << 63) + 1); break;
    case X_NEG: mp_int(b, -1); break;
    case X_FLOAT: bb_byte(b, 0xcb); bb_be(b, 0x3ff8000000000000ull, 8); break;
    case X_STR: mp_strz(b, "x"); break;
    case X_BIN1: mp_bin(b, "\x01", 1); break;
    case X_BIN32: mp_bin(b, z32, 32); break;
    case X_BIN0: mp_bin(b, "", 0); break;
    case X_ARR0: mp_arr(b, 0); break;
    case X_ARR_STR: mp_arr(b, 1); mp_strz(b, "x"); break;
    case X_ARR_BIN: mp_arr(b, 1); mp_bin(b, "\x01", 1); break;
    case X_ARR_MAP: mp_arr(b, 1); mp_map(b, 0); break;
    case X_ARR_INT: mp_arr(b, 1); mp_uint(b, 1); break;
    case X_MAP0: mp_map(b, 0); break;
    case X_EXT: bb_byte(b, 0xd4); bb_byte(b, 1); bb_byte(b, 2); break;
    }
}

static bool sample_ok(int kind, int x)
{
    switch (kind) {
    case T_U32: return x == X_U5;
    case T_U64: return x == X_U5 || x == X_UHUGE;
    case T_I32:
    case T_I64: return x == X_U5 || x == X_NEG;
    case T_BOOL: return x == X_TRUE || x == X_FALSE;
    case T_STR: return x == X_STR;
    case T_BIN: return x == X_BIN1 || x == X_BIN32 || x == X_BIN0;
    case T_SHA: return x == X_BIN32 || x == X_BIN0;
    case T_STRA: return x == X_ARR0 || x == X_ARR_STR;
    case T_BINA: return x == X_ARR0 || x == X_ARR_BIN;
    case T_LOG: return x == X_ARR0 || x == X_ARR_MAP;
    }
    return false;
}

static void test_wrong_types(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    bb_t b = {0};
    size_t checks = 0;

    (void)state;
    assert_non_null(d);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        for (size_t i = 0; i < specs[t].n; i++) {
            const spec_t *s = &specs[t].f[i];
            for (int x = 0; x < X_COUNT; x++) {
                int want = sample_ok(s->kind, x) ? 0 : MDSHM_ECORRUPT;
                begin1(&b, 1);
                mp_strz(&b, s->key);
                put_sample(&b, x);
                int rv = dec((mdshm_rec_type_t)t, &b, d);
                if (rv != want)
                    fail_msg("type %d key %s sample %d: got %d want %d", t,
                             s->key, x, rv, want);
                checks++;
            }
        }
    }
    /* inside a job log entry */
    for (size_t i = 0; i < n_joblog; i++) {
        for (int x = 0; x < X_COUNT; x++) {
            int want = sample_ok(sp_joblog[i].kind, x) ? 0 : MDSHM_ECORRUPT;
            begin1(&b, 1);
            mp_strz(&b, "log");
            mp_arr(&b, 1);
            mp_map(&b, 1);
            mp_strz(&b, sp_joblog[i].key);
            put_sample(&b, x);
            assert_int_equal(dec(MDSHM_REC_JOB, &b, d), want);
            checks++;
        }
    }
    /* a log element that is not a map */
    begin1(&b, 1);
    mp_strz(&b, "log");
    mp_arr(&b, 1);
    mp_strz(&b, "x");
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), MDSHM_ECORRUPT);
    print_message("wrong types: %zu combinations\n", checks);
    bb_free(&b);
    free(d);
}

static void test_version(void **state)
{
    mdshm_record_t d;
    bb_t b = {0};

    (void)state;
    /* v 0 */
    mp_map(&b, 2);
    mp_strz(&b, "v");
    mp_uint(&b, 0);
    mp_strz(&b, "md");
    mp_strz(&b, "a");
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    /* v 2, 1000, UINT64_MAX: newer */
    uint64_t newer[] = {2, 1000, UINT64_MAX};
    for (size_t i = 0; i < 3; i++) {
        b.n = 0;
        mp_map(&b, 2);
        mp_strz(&b, "v");
        mp_uint(&b, newer[i]);
        mp_strz(&b, "md");
        mp_uint(&b, 5); /* even with fields we could not read */
        assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_EVERSION);
        /* ... but a truncated newer record is corrupt */
        b.n--;
        assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    }
    /* v 2 not first */
    b.n = 0;
    mp_map(&b, 2);
    mp_strz(&b, "md");
    mp_strz(&b, "a");
    mp_strz(&b, "v");
    mp_uint(&b, 2);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_EVERSION);
    /* v 1 not first: fine */
    b.n = 0;
    mp_map(&b, 3);
    mp_strz(&b, "md");
    mp_strz(&b, "a");
    mp_strz(&b, "v");
    mp_uint(&b, 1);
    mp_strz(&b, "zz");
    mp_nil(&b);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), 0);
    assert_true(buf_is(d.u.name.md, "a"));
    /* v 2 first with trailing garbage: corrupt */
    b.n = 0;
    mp_map(&b, 1);
    mp_strz(&b, "v");
    mp_uint(&b, 2);
    bb_byte(&b, 0);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    /* missing */
    b.n = 0;
    mp_map(&b, 1);
    mp_strz(&b, "md");
    mp_strz(&b, "a");
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    b.n = 0;
    mp_map(&b, 0);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    /* wrong types for v, first or not */
    for (int x = 0; x < X_COUNT; x++) {
        if (x == X_U5 || x == X_UHUGE)
            continue;
        for (int pos = 0; pos < 2; pos++) {
            b.n = 0;
            mp_map(&b, 2);
            if (pos) {
                mp_strz(&b, "md");
                mp_strz(&b, "a");
            }
            mp_strz(&b, "v");
            put_sample(&b, x);
            if (!pos) {
                mp_strz(&b, "md");
                mp_strz(&b, "a");
            }
            assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
        }
    }
    /* "v" as a bin key is not "v" */
    b.n = 0;
    mp_map(&b, 1);
    mp_bin(&b, "v", 1);
    mp_uint(&b, 1);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, &d), MDSHM_ECORRUPT);
    /* every type: v 0 / v 2 */
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        b.n = 0;
        mp_map(&b, 1);
        mp_strz(&b, "v");
        mp_uint(&b, 0);
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, &d), MDSHM_ECORRUPT);
        b.n = 0;
        mp_map(&b, 1);
        mp_strz(&b, "v");
        mp_uint(&b, 2);
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, &d), MDSHM_EVERSION);
    }
    bb_free(&b);
}

static void test_limits_decode(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    bb_t b = {0};

    (void)state;
    assert_non_null(d);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        mdshm_rec_type_t rt = (mdshm_rec_type_t)t;
        for (size_t i = 0; i < specs[t].n; i++) {
            const spec_t *s = &specs[t].f[i];
#define TRY(len, cnt, want)                                                   \
    do {                                                                      \
        begin1(&b, 1);                                                        \
        mp_strz(&b, s->key);                                                  \
        put_valid(&b, s, (len), (cnt));                                       \
        int rv_ = dec(rt, &b, d);                                             \
        if (rv_ != (want))                                                    \
            fail_msg("type %d key %s len %zu cnt %zu: %d", t, s->key,        \
                     (size_t)(len), (size_t)(cnt), rv_);                      \
    } while (0)
            switch (s->kind) {
            case T_STR:
            case T_BIN:
                TRY(s->max, 0, 0);
                TRY(s->max + 1, 0, MDSHM_ECORRUPT);
                break;
            case T_SHA:
                TRY(0, 0, 0);
                TRY(32, 0, 0);
                TRY(1, 0, MDSHM_ECORRUPT);
                TRY(31, 0, MDSHM_ECORRUPT);
                TRY(33, 0, MDSHM_ECORRUPT);
                TRY(64, 0, MDSHM_ECORRUPT);
                break;
            case T_STRA:
            case T_BINA:
                TRY(s->max, 1, 0);
                TRY(s->max + 1, 1, MDSHM_ECORRUPT);
                TRY(3, s->maxn, 0);
                TRY(3, s->maxn + 1, MDSHM_ECORRUPT);
                break;
            case T_LOG:
                TRY(STR_, s->maxn, 0);
                TRY(STR_ + 1, 1, MDSHM_ECORRUPT);
                TRY(3, s->maxn + 1, MDSHM_ECORRUPT);
                break;
            default:
                break;
            }
#undef TRY
        }
    }
    /* integers at and over the edges of their C types */
    struct {
        mdshm_rec_type_t t;
        const char *key;
        bool neg;
        uint64_t u; /* neg: the value is -(int64_t)... as two's complement */
        int want;
    } ints[] = {
        {MDSHM_REC_MD, "state", false, UINT32_MAX, 0},
        {MDSHM_REC_MD, "state", false, (uint64_t)UINT32_MAX + 1,
         MDSHM_ECORRUPT},
        {MDSHM_REC_MD, "gen", false, UINT64_MAX, 0},
        {MDSHM_REC_JOB, "last_status", false, INT32_MAX, 0},
        {MDSHM_REC_JOB, "last_status", false, (uint64_t)INT32_MAX + 1,
         MDSHM_ECORRUPT},
        {MDSHM_REC_JOB, "last_status", true, (uint64_t)(int64_t)INT32_MIN,
         0},
        {MDSHM_REC_JOB, "last_status", true,
         (uint64_t)((int64_t)INT32_MIN - 1), MDSHM_ECORRUPT},
        {MDSHM_REC_JOB, "next_run_ms", false, INT64_MAX, 0},
        {MDSHM_REC_JOB, "next_run_ms", false, (uint64_t)INT64_MAX + 1,
         MDSHM_ECORRUPT},
        {MDSHM_REC_JOB, "next_run_ms", true, (uint64_t)INT64_MIN, 0},
    };
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        begin1(&b, 1);
        mp_strz(&b, ints[i].key);
        if (ints[i].neg)
            mp_int(&b, (int64_t)ints[i].u);
        else
            mp_uint(&b, ints[i].u);
        assert_int_equal(dec(ints[i].t, &b, d), ints[i].want);
    }
    begin1(&b, 1);
    mp_strz(&b, "next_run_ms");
    mp_int(&b, INT64_MIN);
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), 0);
    assert_true(d->u.job.next_run_ms == INT64_MIN);
    begin1(&b, 1);
    mp_strz(&b, "last_status");
    mp_int(&b, INT32_MIN);
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), 0);
    assert_int_equal(d->u.job.last_status, INT32_MIN);

    /* a whole record at and over MDSHM_MAX_RECORD, otherwise valid:
     * {v:1, "future": bin32} is 4 + 7 + 5 bytes plus the bin's body */
    int seen_ok = 0, seen_bad = 0;
    for (size_t body = MDSHM_MAX_RECORD - 16 - 2;
         body <= MDSHM_MAX_RECORD - 16 + 2; body++) {
        begin1(&b, 1);
        mp_strz(&b, "future");
        mp_fill(&b, true, body);
        assert_int_equal(b.n, 16 + body);
        int rv = dec(MDSHM_REC_NAME, &b, d);
        assert_int_equal(rv, b.n <= MDSHM_MAX_RECORD ? 0 : MDSHM_ECORRUPT);
        rv ? seen_bad++ : seen_ok++;
    }
    assert_int_equal(seen_ok, 3);
    assert_int_equal(seen_bad, 2);
    bb_free(&b);
    free(d);
}

static void test_limits_encode(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r));
    arena_t a;
    uint8_t *big = calloc(1, MDSHM_MAX_BIN + 2);
    uint8_t *enc;
    size_t len;

    (void)state;
    assert_non_null(r);
    assert_non_null(big);
    arena_init(&a, 1u << 20);
    rng_seed(7);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        fields_t f;
        a.n = 0;
        fill(r, (mdshm_rec_type_t)t, 1, &a);
        rec_fields(r, &f);
        for (size_t i = 0; i < f.nvw; i++) {
            mdshm_buf_t save = *f.vw[i].b;
            /* one over the limit */
            f.vw[i].b->p = big;
            f.vw[i].b->n = f.vw[i].max + 1;
            assert_int_equal(mdshm__record_encode(r, &enc, &len),
                             f.vw[i].sha ? MDSHM_EBADINPUT : MDSHM_ETOOBIG);
            assert_null(enc);
            assert_int_equal(len, 0);
            /* at the limit */
            f.vw[i].b->n = f.vw[i].max;
            assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
            free(enc);
            /* a NULL view with a length */
            f.vw[i].b->p = NULL;
            f.vw[i].b->n = 1;
            assert_int_equal(mdshm__record_encode(r, &enc, &len),
                             MDSHM_EBADINPUT);
            if (f.vw[i].sha) {
                f.vw[i].b->p = big;
                f.vw[i].b->n = 31;
                assert_int_equal(mdshm__record_encode(r, &enc, &len),
                                 MDSHM_EBADINPUT);
            }
            *f.vw[i].b = save;
        }
        for (size_t i = 0; i < f.nsc; i++) {
            if (f.sc[i].kind != S_CNT)
                continue;
            uint32_t save = *(uint32_t *)f.sc[i].p;
            *(uint32_t *)f.sc[i].p = f.sc[i].maxn + 1;
            assert_int_equal(mdshm__record_encode(r, &enc, &len),
                             MDSHM_EBADINPUT);
            *(uint32_t *)f.sc[i].p = UINT32_MAX;
            assert_int_equal(mdshm__record_encode(r, &enc, &len),
                             MDSHM_EBADINPUT);
            *(uint32_t *)f.sc[i].p = save;
        }
        assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
        free(enc);
    }
    /* spelled out */
    fill(r, MDSHM_REC_MD, 0, NULL);
    r->u.md.n_names = 101;
    assert_int_equal(mdshm__record_encode(r, &enc, &len), MDSHM_EBADINPUT);
    fill(r, MDSHM_REC_MD, 0, NULL);
    r->u.md.n_names = 1;
    r->u.md.names[0] = (mdshm_buf_t){big, 254};
    assert_int_equal(mdshm__record_encode(r, &enc, &len), MDSHM_ETOOBIG);
    fill(r, MDSHM_REC_JOB, 0, NULL);
    r->u.job.n_log = 33;
    assert_int_equal(mdshm__record_encode(r, &enc, &len), MDSHM_EBADINPUT);
    fill(r, MDSHM_REC_CERTSET, 0, NULL);
    r->u.certset.n_chain = 9;
    assert_int_equal(mdshm__record_encode(r, &enc, &len), MDSHM_EBADINPUT);
    free(big);
    free(a.p);
    free(r);
}

static void test_duplicates(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    bb_t b = {0};

    (void)state;
    assert_non_null(d);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        for (size_t i = 0; i < specs[t].n; i++) {
            const spec_t *s = &specs[t].f[i];
            begin1(&b, 2);
            mp_strz(&b, s->key);
            put_valid(&b, s, 1, 1);
            mp_strz(&b, s->key);
            put_valid(&b, s, 1, 1);
            assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
            /* with another key between */
            begin1(&b, 3);
            mp_strz(&b, s->key);
            put_valid(&b, s, 1, 1);
            mp_strz(&b, "other");
            mp_nil(&b);
            mp_strz(&b, s->key);
            put_valid(&b, s, 2, 1);
            assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
        }
    }
    /* "v" twice, in each position */
    for (int first = 0; first < 2; first++) {
        b.n = 0;
        mp_map(&b, 3);
        if (!first) {
            mp_strz(&b, "md");
            mp_strz(&b, "a");
        }
        mp_strz(&b, "v");
        mp_uint(&b, 1);
        if (first) {
            mp_strz(&b, "md");
            mp_strz(&b, "a");
        }
        mp_strz(&b, "v");
        mp_uint(&b, 1);
        assert_int_equal(dec(MDSHM_REC_NAME, &b, d), MDSHM_ECORRUPT);
    }
    /* v 2 then v 1 */
    b.n = 0;
    mp_map(&b, 2);
    mp_strz(&b, "v");
    mp_uint(&b, 2);
    mp_strz(&b, "v");
    mp_uint(&b, 1);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), MDSHM_ECORRUPT);
    /* duplicate inside a log entry */
    begin1(&b, 1);
    mp_strz(&b, "log");
    mp_arr(&b, 1);
    mp_map(&b, 2);
    mp_strz(&b, "type");
    mp_strz(&b, "a");
    mp_strz(&b, "type");
    mp_strz(&b, "b");
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), MDSHM_ECORRUPT);
    /* the same keys in two different entries are fine */
    begin1(&b, 1);
    mp_strz(&b, "log");
    mp_arr(&b, 2);
    for (int i = 0; i < 2; i++) {
        mp_map(&b, 1);
        mp_strz(&b, "type");
        mp_strz(&b, i ? "b" : "a");
    }
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), 0);
    assert_int_equal(d->u.job.n_log, 2);
    assert_true(buf_is(d->u.job.log[1].type, "b"));
    bb_free(&b);
    free(d);
}

static void nest(bb_t *b, int depth)
{
    for (int i = 0; i < depth; i++) {
        if (i & 1) {
            mp_map(b, 1);
            mp_strz(b, "k");
        } else {
            mp_arr(b, 1);
        }
    }
    mp_nil(b);
}

static void test_unknown_keys(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    bb_t b = {0};

    (void)state;
    assert_non_null(d);
    begin1(&b, 8);
    mp_strz(&b, "future_map");
    mp_map(&b, 2);
    mp_strz(&b, "a");
    mp_arr(&b, 2);
    mp_uint(&b, 1);
    mp_strz(&b, "x");
    mp_uint(&b, 3); /* non-str keys inside unknown values are fine */
    mp_int(&b, -3);
    mp_strz(&b, "md");
    mp_strz(&b, "example.org");
    mp_strz(&b, "f32");
    bb_byte(&b, 0xca);
    bb_be(&b, 0x3f800000, 4);
    mp_strz(&b, "f64");
    bb_byte(&b, 0xcb);
    bb_be(&b, 0, 8);
    mp_strz(&b, "ext8");
    bb_byte(&b, 0xc7);
    bb_byte(&b, 3);
    bb_byte(&b, 0x05);
    bb_raw(&b, "abc", 3);
    mp_strz(&b, "fixext16");
    bb_byte(&b, 0xd8);
    bb_byte(&b, 0x05);
    bb_raw(&b, "0123456789abcdef", 16);
    mp_strz(&b, "nil");
    mp_nil(&b);
    mp_strz(&b, "deep");
    nest(&b, MDSHM__MP_MAX_DEPTH);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), 0);
    assert_true(buf_is(d->u.name.md, "example.org"));

    /* one level more than the skipper descends */
    begin1(&b, 1);
    mp_strz(&b, "deep");
    nest(&b, MDSHM__MP_MAX_DEPTH + 1);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), MDSHM_ECORRUPT);

    /* a non-str key at the top level */
    begin1(&b, 1);
    mp_uint(&b, 5);
    mp_uint(&b, 5);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), MDSHM_ECORRUPT);

    /* an unknown key in a log entry */
    begin1(&b, 1);
    mp_strz(&b, "log");
    mp_arr(&b, 1);
    mp_map(&b, 3);
    mp_strz(&b, "later");
    mp_arr(&b, 0);
    mp_strz(&b, "type");
    mp_strz(&b, "progress");
    mp_strz(&b, "v"); /* "v" means nothing inside an entry */
    mp_uint(&b, 99);
    assert_int_equal(dec(MDSHM_REC_JOB, &b, d), 0);
    assert_int_equal(d->u.job.n_log, 1);
    assert_true(buf_is(d->u.job.log[0].type, "progress"));

    /* reserved byte 0xc1 in an unknown value */
    begin1(&b, 1);
    mp_strz(&b, "x");
    bb_byte(&b, 0xc1);
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), MDSHM_ECORRUPT);
    bb_free(&b);
    free(d);
}

static void test_trailing(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r)), *d = malloc(sizeof(*d));
    arena_t a;

    (void)state;
    arena_init(&a, 1u << 20);
    rng_seed(8);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        uint8_t *enc;
        size_t len;
        bb_t b = {0};
        a.n = 0;
        fill(r, (mdshm_rec_type_t)t, 1, &a);
        assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
        bb_raw(&b, enc, len);
        bb_byte(&b, 0x00);
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
        b.n = len;
        bb_raw(&b, enc, len);
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
        b.n = len;
        bb_byte(&b, 0xc0);
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
        bb_free(&b);
        free(enc);
    }
    free(a.p);
    free(r);
    free(d);
}

/* ------------------------------------------------------------------------
 * Tests: other encodings of the same data
 * ---------------------------------------------------------------------- */

/* Rewrite one item: mode 1 widest forms, mode 2 a random form that fits. */
static void transcode(mdshm__mp_t *c, bb_t *o, int mode)
{
    const uint8_t *start = c->p;
    mdshm_buf_t s;
    uint64_t u;
    int64_t i;
    uint32_t n;
    bool bo;
    int kind = mdshm__mp_peek(c);

    switch (kind) {
    case MDSHM__MP_NIL:
        assert_int_equal(mdshm__mp_nil(c), 0);
        mp_nil(o);
        return;
    case MDSHM__MP_BOOL:
        assert_int_equal(mdshm__mp_bool(c, &bo), 0);
        mp_bool(o, bo);
        return;
    case MDSHM__MP_UINT: {
        assert_int_equal(mdshm__mp_uint(c, &u), 0);
        /* candidate forms: fix, cc, cd, ce, cf, d0, d1, d2, d3 */
        uint8_t forms[9];
        int nf = 0;
        if (mode == 1) {
            forms[nf++] = 0xcf;
        } else {
            if (u < 128) forms[nf++] = 0x00, forms[nf++] = 0xd0;
            if (u < 256) forms[nf++] = 0xcc;
            if (u < 65536) forms[nf++] = 0xcd;
            if (u < 32768) forms[nf++] = 0xd1;
            if (u <= UINT32_MAX) forms[nf++] = 0xce;
            if (u <= INT32_MAX) forms[nf++] = 0xd2;
            if (u <= INT64_MAX) forms[nf++] = 0xd3;
            forms[nf++] = 0xcf;
        }
        uint8_t f = forms[rndn((size_t)nf)];
        switch (f) {
        case 0x00: bb_byte(o, (uint8_t)u); break;
        case 0xcc: case 0xd0: bb_byte(o, f); bb_be(o, u, 1); break;
        case 0xcd: case 0xd1: bb_byte(o, f); bb_be(o, u, 2); break;
        case 0xce: case 0xd2: bb_byte(o, f); bb_be(o, u, 4); break;
        default: bb_byte(o, f); bb_be(o, u, 8); break;
        }
        return;
    }
    case MDSHM__MP_INT: {
        assert_int_equal(mdshm__mp_int64(c, &i), 0);
        uint8_t forms[5];
        int nf = 0;
        if (mode == 1) {
            forms[nf++] = 0xd3;
        } else {
            if (i >= -32) forms[nf++] = 0xe0;
            if (i >= INT8_MIN) forms[nf++] = 0xd0;
            if (i >= INT16_MIN) forms[nf++] = 0xd1;
            if (i >= INT32_MIN) forms[nf++] = 0xd2;
            forms[nf++] = 0xd3;
        }
        uint8_t f = forms[rndn((size_t)nf)];
        switch (f) {
        case 0xe0: bb_byte(o, (uint8_t)i); break;
        case 0xd0: bb_byte(o, f); bb_be(o, (uint64_t)i, 1); break;
        case 0xd1: bb_byte(o, f); bb_be(o, (uint64_t)i, 2); break;
        case 0xd2: bb_byte(o, f); bb_be(o, (uint64_t)i, 4); break;
        default: bb_byte(o, f); bb_be(o, (uint64_t)i, 8); break;
        }
        return;
    }
    case MDSHM__MP_STR:
    case MDSHM__MP_BIN:
    case MDSHM__MP_ARRAY:
    case MDSHM__MP_MAP: {
        /* fix (not bin), 8 (str, bin), 16, 32 */
        static const uint8_t mk[4][4] = {
            [0] = {0xa0, 0xd9, 0xda, 0xdb}, /* str */
            [1] = {0x00, 0xc4, 0xc5, 0xc6}, /* bin */
            [2] = {0x90, 0x00, 0xdc, 0xdd}, /* array */
            [3] = {0x80, 0x00, 0xde, 0xdf}, /* map */
        };
        static const uint32_t fixmax[4] = {31, 0, 15, 15};
        int row = kind == MDSHM__MP_STR   ? 0
                  : kind == MDSHM__MP_BIN ? 1
                  : kind == MDSHM__MP_ARRAY ? 2
                                            : 3;
        if (row == 0)
            assert_int_equal(mdshm__mp_str(c, &s), 0);
        else if (row == 1)
            assert_int_equal(mdshm__mp_bin(c, &s), 0);
        else if (row == 2)
            assert_int_equal(mdshm__mp_array(c, &n), 0);
        else
            assert_int_equal(mdshm__mp_map(c, &n), 0);
        if (row < 2)
            n = (uint32_t)s.n;
        int choices[4], nc = 0;
        if (mode == 1) {
            choices[nc++] = 3;
        } else {
            if (row != 1 && n <= fixmax[row]) choices[nc++] = 0;
            if (mk[row][1] && n < 256) choices[nc++] = 1;
            if (n < 65536) choices[nc++] = 2;
            choices[nc++] = 3;
        }
        int ch = choices[rndn((size_t)nc)];
        if (ch == 0)
            bb_byte(o, (uint8_t)(mk[row][0] | n));
        else {
            bb_byte(o, mk[row][ch]);
            bb_be(o, n, ch == 1 ? 1 : ch == 2 ? 2 : 4);
        }
        if (row < 2) {
            bb_raw(o, s.p, s.n);
        } else {
            uint64_t items = row == 3 ? 2ull * n : n;
            for (uint64_t k = 0; k < items; k++)
                transcode(c, o, mode);
        }
        return;
    }
    default: /* float, ext: as they are */
        assert_int_equal(mdshm__mp_skip(c), 0);
        bb_raw(o, start, (size_t)(c->p - start));
        return;
    }
}

static void test_wide_encodings(void **state)
{
    mdshm_record_t *r = malloc(sizeof(*r)), *d = malloc(sizeof(*d));
    arena_t a;
    bb_t b = {0};

    (void)state;
    assert_non_null(r);
    assert_non_null(d);

    /* handcrafted, widest forms */
    g_wide = 1;
    mp_map(&b, 2);
    mp_strz(&b, "v");
    mp_uint(&b, 1);
    mp_strz(&b, "md");
    mp_strz(&b, "example.org");
    g_wide = 0;
    static const uint8_t want[] = {
        0xdf, 0, 0, 0, 2,    0xdb, 0,   0,   0,   1,   'v', 0xcf, 0,
        0,    0, 0, 0, 0,    0,    1,   0xdb, 0,  0,   0,   2,    'm',
        'd',  0xdb, 0, 0, 0, 11,   'e', 'x', 'a', 'm', 'p', 'l',  'e',
        '.',  'o', 'r', 'g'};
    assert_int_equal(b.n, sizeof(want));
    assert_memory_equal(b.p, want, sizeof(want));
    assert_int_equal(dec(MDSHM_REC_NAME, &b, d), 0);
    assert_true(buf_is(d->u.name.md, "example.org"));

    /* an md record, widest forms, every kind of field */
    g_wide = 1;
    b.n = 0;
    mp_map(&b, 8);
    mp_strz(&b, "v");
    mp_uint(&b, 1);
    mp_strz(&b, "name");
    mp_strz(&b, "example.org");
    mp_strz(&b, "state");
    mp_uint(&b, 2);
    mp_strz(&b, "names");
    mp_arr(&b, 2);
    mp_strz(&b, "example.org");
    mp_strz(&b, "www.example.org");
    mp_strz(&b, "renew_at_ms");
    mp_int(&b, 5); /* int64 form of a positive value */
    mp_strz(&b, "must_staple");
    mp_bool(&b, true);
    mp_strz(&b, "gen");
    mp_uint(&b, 7);
    mp_strz(&b, "keys");
    mp_arr(&b, 0);
    g_wide = 0;
    assert_int_equal(dec(MDSHM_REC_MD, &b, d), 0);
    assert_true(buf_is(d->u.md.name, "example.org"));
    assert_int_equal(d->u.md.state, 2);
    assert_int_equal(d->u.md.n_names, 2);
    assert_true(buf_is(d->u.md.names[1], "www.example.org"));
    assert_true(d->u.md.renew_at_ms == 5);
    assert_true(d->u.md.must_staple);
    assert_true(d->u.md.gen == 7);
    assert_int_equal(d->u.md.n_key_specs, 0);

    /* every record, transcoded to widest and to random forms */
    arena_init(&a, 4u << 20);
    rng_seed(9);
    for (int level = 0; level <= 2; level++) {
        for (int rep = 0; rep < (level == 1 ? 50 : 2); rep++) {
            for (int t = 0; t < MDSHM_REC_COUNT; t++) {
                uint8_t *enc;
                size_t len;
                a.n = 0;
                fill(r, (mdshm_rec_type_t)t, level, &a);
                assert_int_equal(mdshm__record_encode(r, &enc, &len), 0);
                for (int mode = 1; mode <= 2; mode++) {
                    mdshm__mp_t c;
                    b.n = 0;
                    mdshm__mp_init(&c, enc, len);
                    transcode(&c, &b, mode);
                    assert_int_equal(mdshm__mp_left(&c), 0);
                    if (mode == 1)
                        assert_true(b.n > len);
                    if (b.n > MDSHM_MAX_RECORD) /* max staging, widened */
                        continue;
                    assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), 0);
                    assert_rec_equal(r, d);
                    assert_views_inside(d, b.p, b.n);
                }
                free(enc);
            }
        }
    }
    free(a.p);
    bb_free(&b);
    free(r);
    free(d);
}

/* ------------------------------------------------------------------------
 * Tests: the msgpack reader itself
 * ---------------------------------------------------------------------- */

static void test_mp_ints(void **state)
{
    static const struct {
        uint8_t b[9];
        size_t n;
        int kind;
        int64_t i;       /* INT, or UINT that fits */
        uint64_t u;      /* UINT */
    } c[] = {
        {{0x00}, 1, MDSHM__MP_UINT, 0, 0},
        {{0x7f}, 1, MDSHM__MP_UINT, 127, 127},
        {{0xff}, 1, MDSHM__MP_INT, -1, 0},
        {{0xe0}, 1, MDSHM__MP_INT, -32, 0},
        {{0xcc, 0xff}, 2, MDSHM__MP_UINT, 255, 255},
        {{0xcd, 0xff, 0xfe}, 3, MDSHM__MP_UINT, 65534, 65534},
        {{0xce, 0xff, 0xff, 0xff, 0xff}, 5, MDSHM__MP_UINT, 4294967295,
         4294967295},
        {{0xcf, 0, 0, 0, 0, 0, 0, 0, 1}, 9, MDSHM__MP_UINT, 1, 1},
        {{0xcf, 0x80, 0, 0, 0, 0, 0, 0, 0}, 9, MDSHM__MP_UINT, 0,
         0x8000000000000000ull},
        {{0xd0, 0x7f}, 2, MDSHM__MP_UINT, 127, 127},
        {{0xd0, 0x80}, 2, MDSHM__MP_INT, -128, 0},
        {{0xd1, 0x80, 0x00}, 3, MDSHM__MP_INT, -32768, 0},
        {{0xd1, 0x01, 0x00}, 3, MDSHM__MP_UINT, 256, 256},
        {{0xd2, 0x80, 0, 0, 0}, 5, MDSHM__MP_INT, INT32_MIN, 0},
        {{0xd3, 0x80, 0, 0, 0, 0, 0, 0, 0}, 9, MDSHM__MP_INT, INT64_MIN, 0},
        {{0xd3, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, 9,
         MDSHM__MP_UINT, INT64_MAX, INT64_MAX},
    };
    (void)state;
    for (size_t k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
        mdshm__mp_t r;
        uint64_t u = 12345;
        int64_t i = 12345;
        mdshm__mp_init(&r, c[k].b, c[k].n);
        assert_int_equal(mdshm__mp_peek(&r), c[k].kind);
        if (c[k].kind == MDSHM__MP_UINT) {
            assert_int_equal(mdshm__mp_uint(&r, &u), 0);
            assert_true(u == c[k].u);
            assert_int_equal(mdshm__mp_left(&r), 0);
            mdshm__mp_init(&r, c[k].b, c[k].n);
            if (c[k].u > INT64_MAX) {
                assert_int_equal(mdshm__mp_int64(&r, &i), MDSHM_ECORRUPT);
                assert_true(i == 12345);
                assert_int_equal(mdshm__mp_left(&r), c[k].n);
                continue;
            }
        } else {
            assert_int_equal(mdshm__mp_uint(&r, &u), MDSHM_ECORRUPT);
            assert_true(u == 12345);
            assert_int_equal(mdshm__mp_left(&r), c[k].n);
        }
        assert_int_equal(mdshm__mp_int64(&r, &i), 0);
        assert_true(i == c[k].i);
        assert_int_equal(mdshm__mp_left(&r), 0);
        /* every truncation fails without moving */
        for (size_t n = 0; n < c[k].n; n++) {
            mdshm__mp_init(&r, c[k].b, n);
            assert_int_equal(mdshm__mp_int64(&r, &i), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_uint(&r, &u), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_peek(&r), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_left(&r), n);
        }
    }
}

static void test_mp_containers(void **state)
{
    mdshm__mp_t r;
    mdshm_buf_t s;
    uint32_t n;
    bool bo;
    bb_t b = {0};

    (void)state;
    /* str in all four forms, bin in all three */
    static const uint8_t strs[][8] = {
        {0xa3, 'a', 'b', 'c'},
        {0xd9, 3, 'a', 'b', 'c'},
        {0xda, 0, 3, 'a', 'b', 'c'},
        {0xdb, 0, 0, 0, 3, 'a', 'b', 'c'},
    };
    static const size_t strn[] = {4, 5, 6, 8};
    for (int k = 0; k < 4; k++) {
        mdshm__mp_init(&r, strs[k], strn[k]);
        assert_int_equal(mdshm__mp_peek(&r), MDSHM__MP_STR);
        assert_int_equal(mdshm__mp_bin(&r, &s), MDSHM_ECORRUPT);
        assert_int_equal(mdshm__mp_str(&r, &s), 0);
        assert_ptr_equal(s.p, strs[k] + strn[k] - 3);
        assert_int_equal(s.n, 3);
        assert_int_equal(mdshm__mp_left(&r), 0);
        for (size_t m = 0; m < strn[k]; m++) {
            mdshm__mp_init(&r, strs[k], m);
            assert_int_equal(mdshm__mp_str(&r, &s), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_left(&r), m);
        }
    }
    static const uint8_t bins[][8] = {
        {0xc4, 3, 1, 2, 3},
        {0xc5, 0, 3, 1, 2, 3},
        {0xc6, 0, 0, 0, 3, 1, 2, 3},
    };
    static const size_t binn[] = {5, 6, 8};
    for (int k = 0; k < 3; k++) {
        mdshm__mp_init(&r, bins[k], binn[k]);
        assert_int_equal(mdshm__mp_peek(&r), MDSHM__MP_BIN);
        assert_int_equal(mdshm__mp_str(&r, &s), MDSHM_ECORRUPT);
        assert_int_equal(mdshm__mp_bin(&r, &s), 0);
        assert_int_equal(s.n, 3);
        assert_int_equal(s.p[2], 3);
        for (size_t m = 0; m < binn[k]; m++) {
            mdshm__mp_init(&r, bins[k], m);
            assert_int_equal(mdshm__mp_bin(&r, &s), MDSHM_ECORRUPT);
        }
    }
    /* a huge str32 length must not be trusted */
    static const uint8_t huge[] = {0xdb, 0xff, 0xff, 0xff, 0xff, 'a'};
    mdshm__mp_init(&r, huge, sizeof(huge));
    assert_int_equal(mdshm__mp_str(&r, &s), MDSHM_ECORRUPT);
    assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);

    /* arrays and maps, fix/16/32; counts beyond the bytes left refused */
    static const uint8_t arrs[][6] = {
        {0x92, 1, 2}, {0xdc, 0, 2, 1, 2}, {0xdd, 0, 0, 0, 2, 1}};
    static const size_t arrn[] = {3, 5, 6};
    for (int k = 0; k < 3; k++) {
        mdshm__mp_init(&r, arrs[k], arrn[k]);
        if (k < 2) {
            assert_int_equal(mdshm__mp_array(&r, &n), 0);
            assert_int_equal(n, 2);
            mdshm__mp_init(&r, arrs[k], arrn[k]);
            assert_int_equal(mdshm__mp_skip(&r), 0);
            assert_int_equal(mdshm__mp_left(&r), 0);
        } else { /* count 2, one byte left */
            assert_int_equal(mdshm__mp_array(&r, &n), MDSHM_ECORRUPT);
        }
        assert_int_equal(mdshm__mp_map(&r, &n), MDSHM_ECORRUPT);
    }
    static const uint8_t maps[][8] = {{0x81, 1, 2},
                                      {0xde, 0, 1, 1, 2},
                                      {0xdf, 0, 0, 0, 1, 1, 2},
                                      {0xdf, 0, 0, 0, 2, 1, 2, 3}};
    static const size_t mapn[] = {3, 5, 7, 8};
    for (int k = 0; k < 4; k++) {
        mdshm__mp_init(&r, maps[k], mapn[k]);
        assert_int_equal(mdshm__mp_peek(&r),
                         k < 3 ? MDSHM__MP_MAP : MDSHM_ECORRUPT);
        if (k < 3) {
            assert_int_equal(mdshm__mp_map(&r, &n), 0);
            assert_int_equal(n, 1);
        } else { /* 2 pairs need 4 bytes, 3 left */
            assert_int_equal(mdshm__mp_map(&r, &n), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
        }
    }
    static const uint8_t map32max[] = {0xdf, 0xff, 0xff, 0xff, 0xff};
    mdshm__mp_init(&r, map32max, sizeof(map32max));
    assert_int_equal(mdshm__mp_map(&r, &n), MDSHM_ECORRUPT);

    /* nil, bool, float, ext, 0xc1 */
    static const uint8_t misc[] = {0xc0, 0xc2, 0xc3};
    mdshm__mp_init(&r, misc, sizeof(misc));
    assert_int_equal(mdshm__mp_bool(&r, &bo), MDSHM_ECORRUPT);
    assert_int_equal(mdshm__mp_nil(&r), 0);
    assert_int_equal(mdshm__mp_nil(&r), MDSHM_ECORRUPT);
    assert_int_equal(mdshm__mp_bool(&r, &bo), 0);
    assert_false(bo);
    assert_int_equal(mdshm__mp_bool(&r, &bo), 0);
    assert_true(bo);
    assert_int_equal(mdshm__mp_left(&r), 0);
    assert_int_equal(mdshm__mp_nil(&r), MDSHM_ECORRUPT);

    static const struct {
        uint8_t b[24];
        size_t n;
        int kind;
    } skips[] = {
        {{0xca, 1, 2, 3, 4}, 5, MDSHM__MP_FLOAT},
        {{0xcb, 1, 2, 3, 4, 5, 6, 7, 8}, 9, MDSHM__MP_FLOAT},
        {{0xd4, 1, 9}, 3, MDSHM__MP_EXT},
        {{0xd5, 1, 9, 9}, 4, MDSHM__MP_EXT},
        {{0xd6, 1, 9, 9, 9, 9}, 6, MDSHM__MP_EXT},
        {{0xd7, 1, 9, 9, 9, 9, 9, 9, 9, 9}, 10, MDSHM__MP_EXT},
        {{0xd8, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, 18,
         MDSHM__MP_EXT},
        {{0xc7, 2, 1, 9, 9}, 5, MDSHM__MP_EXT},
        {{0xc7, 0, 1}, 3, MDSHM__MP_EXT},
        {{0xc8, 0, 2, 1, 9, 9}, 6, MDSHM__MP_EXT},
        {{0xc9, 0, 0, 0, 2, 1, 9, 9}, 8, MDSHM__MP_EXT},
        {{0x93, 0xc0, 0xa1, 'x', 0x80}, 5, MDSHM__MP_ARRAY},
    };
    for (size_t k = 0; k < sizeof(skips) / sizeof(skips[0]); k++) {
        uint64_t u;
        mdshm__mp_init(&r, skips[k].b, skips[k].n);
        assert_int_equal(mdshm__mp_peek(&r), skips[k].kind);
        assert_int_equal(mdshm__mp_uint(&r, &u), MDSHM_ECORRUPT);
        assert_int_equal(mdshm__mp_str(&r, &s), MDSHM_ECORRUPT);
        assert_int_equal(mdshm__mp_skip(&r), 0);
        assert_int_equal(mdshm__mp_left(&r), 0);
        for (size_t m = 0; m < skips[k].n; m++) {
            mdshm__mp_init(&r, skips[k].b, m);
            assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
            assert_int_equal(mdshm__mp_left(&r), m);
        }
    }
    static const uint8_t c1[] = {0xc1};
    mdshm__mp_init(&r, c1, 1);
    assert_int_equal(mdshm__mp_peek(&r), MDSHM_ECORRUPT);
    assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
    mdshm__mp_init(&r, NULL, 5);
    assert_int_equal(mdshm__mp_left(&r), 0);
    assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);

    /* nesting: MAX_DEPTH containers are skipped, one more is refused and
     * the cursor stays */
    nest(&b, MDSHM__MP_MAX_DEPTH);
    mdshm__mp_init(&r, b.p, b.n);
    assert_int_equal(mdshm__mp_skip(&r), 0);
    assert_int_equal(mdshm__mp_left(&r), 0);
    b.n = 0;
    nest(&b, MDSHM__MP_MAX_DEPTH + 1);
    mdshm__mp_init(&r, b.p, b.n);
    assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
    assert_int_equal(mdshm__mp_left(&r), b.n);
    /* very deep input does not recurse deeper than the limit */
    b.n = 0;
    for (int i = 0; i < 100000; i++)
        bb_byte(&b, 0x91);
    bb_byte(&b, 0xc0);
    mdshm__mp_init(&r, b.p, b.n);
    assert_int_equal(mdshm__mp_skip(&r), MDSHM_ECORRUPT);
    bb_free(&b);
}

/* ------------------------------------------------------------------------
 * Tests: arguments, cleared output
 * ---------------------------------------------------------------------- */

static void test_bad_args(void **state)
{
    static const uint8_t ok[] = {0x81, 0xa1, 'v', 0x01};
    mdshm_record_t d, r;
    uint8_t *enc = (uint8_t *)&d;
    size_t len = 99;

    (void)state;
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, ok, sizeof(ok), NULL),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_COUNT, ok, sizeof(ok), &d),
                     MDSHM_EBADINPUT);
    assert_int_equal(
        mdshm_record_decode((mdshm_rec_type_t)-1, ok, sizeof(ok), &d),
        MDSHM_EBADINPUT);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, NULL, 4, &d),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, NULL, 0, &d),
                     MDSHM_ECORRUPT);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, ok, 0, &d),
                     MDSHM_ECORRUPT);
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, ok, sizeof(ok), &d),
                     0);
    /* not a map at the root */
    static const uint8_t arr[] = {0x92, 0xa1, 'v', 0x01};
    assert_int_equal(mdshm_record_decode(MDSHM_REC_NAME, arr, sizeof(arr), &d),
                     MDSHM_ECORRUPT);

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_NAME;
    assert_int_equal(mdshm__record_encode(NULL, &enc, &len), MDSHM_EBADINPUT);
    assert_null(enc);
    assert_int_equal(len, 0);
    assert_int_equal(mdshm__record_encode(&r, NULL, &len), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__record_encode(&r, &enc, NULL), MDSHM_EBADINPUT);
    r.type = MDSHM_REC_COUNT;
    assert_int_equal(mdshm__record_encode(&r, &enc, &len), MDSHM_EBADINPUT);
    r.type = (mdshm_rec_type_t)-1;
    assert_int_equal(mdshm__record_encode(&r, &enc, &len), MDSHM_EBADINPUT);
}

static void test_error_clears_output(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d)), *z = calloc(1, sizeof(*z));
    bb_t b = {0};

    (void)state;
    assert_non_null(d);
    assert_non_null(z);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        /* a valid prefix filled fields, then a bad one */
        begin1(&b, 3);
        mp_strz(&b, specs[t].f[0].key);
        put_valid(&b, &specs[t].f[0], 2, 1);
        mp_strz(&b, "zz");
        mp_nil(&b);
        mp_strz(&b, specs[t].f[0].key);
        put_valid(&b, &specs[t].f[0], 2, 1);
        memset(d, 0xa5, sizeof(*d));
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_ECORRUPT);
        assert_memory_equal(d, z, sizeof(*d));
        /* and a newer version */
        begin1(&b, 0);
        b.p[3] = 2;
        memset(d, 0xa5, sizeof(*d));
        assert_int_equal(dec((mdshm_rec_type_t)t, &b, d), MDSHM_EVERSION);
        assert_memory_equal(d, z, sizeof(*d));
    }
    bb_free(&b);
    free(d);
    free(z);
}

/* ------------------------------------------------------------------------
 * Tests: what stores hold (record_golden.h, frozen)
 * ---------------------------------------------------------------------- */

static const struct {
    mdshm_rec_type_t type;
    const uint8_t *p;
    size_t n;
} goldens[] = {
#define G(t, a) {t, a, sizeof(a)}
    G(MDSHM_REC_SCHEMA, golden_schema),
    G(MDSHM_REC_LEADER, golden_leader),
    G(MDSHM_REC_GEN, golden_gen),
    G(MDSHM_REC_MD, golden_md),
    G(MDSHM_REC_NAME, golden_name),
    G(MDSHM_REC_CERTSET, golden_certset),
    G(MDSHM_REC_STAGING, golden_staging),
    G(MDSHM_REC_OCSP, golden_ocsp),
    G(MDSHM_REC_CHALLENGE, golden_challenge),
    G(MDSHM_REC_ACCOUNT, golden_account),
    G(MDSHM_REC_JOB, golden_job),
    G(MDSHM_REC_CRL, golden_crl),
    G(MDSHM_REC_CLUSTER, golden_cluster),
#undef G
};

/* The encoded value stored under @p key in the msgpack map @p enc. */
static bool map_value(const uint8_t *enc, size_t len, const char *key,
                      mdshm_buf_t *val)
{
    mdshm__mp_t c;
    mdshm_buf_t k;
    uint32_t n;

    mdshm__mp_init(&c, enc, len);
    assert_int_equal(mdshm__mp_map(&c, &n), 0);
    for (; n; n--) {
        assert_int_equal(mdshm__mp_str(&c, &k), 0);
        val->p = c.p;
        assert_int_equal(mdshm__mp_skip(&c), 0);
        val->n = (size_t)(c.p - val->p);
        if (buf_is(k, key))
            return true;
    }
    return false;
}

static bool in_table(mdshm_rec_type_t type, mdshm_buf_t key)
{
    size_t n;
    const mdshm__rec_field_t *f = mdshm__record_fields(type, &n);

    for (size_t i = 0; i < n; i++)
        if (buf_is(key, f[i].key))
            return true;
    return false;
}

/*
 * A record of every type as an earlier codec wrote it: every stored key is
 * a field of today's table (none skipped as unknown), and today's codec
 * reads it and writes each entry back byte for byte (nested log entries
 * included).  Fields added since may appear in the new encoding, as zero.
 */
static void test_golden(void **state)
{
    mdshm_record_t *d = malloc(sizeof(*d));
    size_t entries = 0;

    (void)state;
    assert_non_null(d);
    assert_int_equal(sizeof(goldens) / sizeof(goldens[0]), MDSHM_REC_COUNT);
    for (size_t g = 0; g < MDSHM_REC_COUNT; g++) {
        const uint8_t *p = goldens[g].p;
        size_t len = goldens[g].n, enc_len;
        uint8_t *enc;
        mdshm__mp_t c;
        mdshm_buf_t k, old_v, new_v;
        uint32_t n;

        assert_int_equal(goldens[g].type, g);
        assert_int_equal(mdshm_record_decode(goldens[g].type, p, len, d), 0);
        assert_int_equal(mdshm__record_encode(d, &enc, &enc_len), 0);
        mdshm__mp_init(&c, p, len);
        assert_int_equal(mdshm__mp_map(&c, &n), 0);
        for (; n; n--, entries++) {
            assert_int_equal(mdshm__mp_str(&c, &k), 0);
            assert_int_equal(mdshm__mp_skip(&c), 0);
            if (!buf_is(k, "v") && !in_table(goldens[g].type, k))
                fail_msg("%s record: stored key \"%.*s\" is not in the "
                         "table: dropped from the codec?",
                         mdshm__record_table(goldens[g].type)->what,
                         (int)k.n, (const char *)k.p);
            char key[64];
            snprintf(key, sizeof(key), "%.*s", (int)k.n, (const char *)k.p);
            assert_true(map_value(p, len, key, &old_v));
            if (!map_value(enc, enc_len, key, &new_v))
                fail_msg("%s record: \"%s\" not written back",
                         mdshm__record_table(goldens[g].type)->what, key);
            if (old_v.n != new_v.n || memcmp(old_v.p, new_v.p, old_v.n))
                fail_msg("%s record: \"%s\" written back differently",
                         mdshm__record_table(goldens[g].type)->what, key);
        }
        free(enc);
    }
    print_message("golden records: %zu stored entries read and written "
                  "back\n", entries);
    free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_db_names),
        cmocka_unit_test(test_record_type),
        cmocka_unit_test(test_roundtrip_full),
        cmocka_unit_test(test_roundtrip_typical),
        cmocka_unit_test(test_roundtrip_empty),
        cmocka_unit_test(test_encoded_keys),
        cmocka_unit_test(test_golden),
        cmocka_unit_test(test_name_bytes),
        cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_mutations),
        cmocka_unit_test(test_wrong_types),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_limits_decode),
        cmocka_unit_test(test_limits_encode),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_unknown_keys),
        cmocka_unit_test(test_trailing),
        cmocka_unit_test(test_wide_encodings),
        cmocka_unit_test(test_mp_ints),
        cmocka_unit_test(test_mp_containers),
        cmocka_unit_test(test_bad_args),
        cmocka_unit_test(test_error_clears_output),
    };
    load_specs();
    /* decode failures log at DEBUG; keep the default sink quiet */
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
