/* read.c -- read handles, lookups and iteration: the worker hot path.
 * No allocation, lock or system call per read in steady state. */
#include "store_int.h"
#include "mpack_read.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

struct mdshm_reader {
    mdshm_store_t *st;
    MDB_txn *txn; /* reset between reads; keeps its reader slot (NOTLS) */
    bool active;
    bool exact;        /* the open read's snapshot is transaction `txnid` */
    uint64_t txnid;    /* LMDB transaction id of the open read */
    uint64_t last_txnid; /* highest txnid this reader has seen */
    bool gen_known;    /* gen and gen_err belong to transaction gen_txnid */
    uint64_t gen_txnid;
    uint64_t gen;      /* meta/gen of that snapshot */
    int gen_err;       /* why it could not be read (a corrupt record) */
};

/* A reader never goes back to an older snapshot, at the cost of two field
 * reads per read.  LMDB (0.9) publishes the reader's txnid T in its slot
 * and then copies meta page T & 1.  If two commits land in between, that
 * page already holds T + 2 (or a later one of the same parity): the read
 * sees snapshot T + 2 under the id T, and the next read, which takes the
 * published txnid, can be T + 1 (a writer is preempted between writing
 * its meta page and publishing its txnid).  Every snapshot is
 * consistent; only the order breaks.  So, after mdb_txn_renew:
 *   - the newest meta page's txnid (mdb_env_info) is read; below T + 2,
 *     the page copied was T's own (the same parity, at most the newest),
 *     and the read's snapshot is exactly T.  At T + 2 or more, the read
 *     may have copied a newer page: it is begun again at once (the txnid
 *     published meanwhile lags the newest meta page by one at most);
 *   - T is compared with the highest txnid this reader saw: LMDB's txnid
 *     only grows, so an older one is not expected; it is begun again,
 *     yielding the CPU after a few tries, and after MONOTONIC_RETRIES
 *     accepted (and adopted as the new highest: a store restored in place
 *     under running workers does not stall every later read).
 * With exact snapshots in txnid order, meta/gen (only ever raised) never
 * goes back either; it is read when asked, once per snapshot. */
#define MONOTONIC_RETRIES 2000
#define MONOTONIC_SPINS 4

/* txnid of the newest meta page (written, perhaps not yet published). */
static uint64_t newest_txnid(mdshm_store_t *st)
{
    MDB_envinfo info;

    mdb_env_info(st->env, &info);
    return (uint64_t)info.me_last_txnid;
}

/* meta/gen of the open read (0 for a new store). */
static int snapshot_gen(mdshm_reader_t *rd, uint64_t *gen)
{
    mdshm_record_t rec;
    int rv = mdshm_read_get(rd, MDSHM_DB_META, "gen", 3, &rec);

    *gen = 0;
    if (rv == MDSHM_ENOTFOUND)
        return 0;
    if (rv < 0)
        return rv;
    *gen = rec.u.gen.gen;
    return 0;
}

int mdshm_reader_create(mdshm_store_t *st, mdshm_reader_t **out)
{
    mdshm_reader_t *rd;
    int rv;

    *out = NULL;
    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    rd = calloc(1, sizeof(*rd));
    if (!rd)
        return -ENOMEM;
    rd->st = st;
    rv = mdshm__txn_begin(st, MDB_RDONLY, &rd->txn);
    if (rv < 0)
        goto fail;
    mdb_txn_reset(rd->txn); /* keeps the slot for every later read */
    mdshm__txn_leave(st);
    *out = rd;
    return 0;
fail:
    free(rd);
    return rv;
}

void mdshm_reader_destroy(mdshm_reader_t *rd)
{
    if (!rd)
        return;
    if (mdshm__st_check(rd->st) == 0) {
        if (rd->active)
            mdshm_read_end(rd);
        mdb_txn_abort(rd->txn); /* frees the reader slot */
    }
    free(rd);
}

int mdshm_read_begin(mdshm_reader_t *rd)
{
    mdshm_store_t *st = rd->st;
    int rc, rv;

    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    if (rd->active)
        return MDSHM_EBADINPUT;
    for (unsigned tries = 0;;) {
        mdshm__txn_enter(st);
        rc = mdb_txn_renew(rd->txn);
        if (rc == 0) {
            uint64_t t = (uint64_t)mdb_txn_id(rd->txn);
            bool exact;

            /* the newest meta after renew's copy (free on x86) */
            atomic_thread_fence(memory_order_acquire);
            exact = newest_txnid(st) < t + 2;

            rd->active = true;
            if ((exact && t >= rd->last_txnid) ||
                ++tries > MONOTONIC_RETRIES) {
                rd->txnid = t;
                rd->exact = exact;
                rd->last_txnid = t; /* lower only once the retries ran out */
                return 0;
            }
            mdshm_read_end(rd);
            if (exact && tries > MONOTONIC_SPINS)
                sched_yield(); /* older txnid: not expected, see above */
            continue;
        }
        mdshm__txn_leave(st);
        if (rc != MDB_MAP_RESIZED)
            return mdshm__mdb_err(st, rc, "mdb_txn_renew");
        rv = mdshm__txn_remap(st, 0);
        if (rv < 0)
            return rv;
    }
}

void mdshm_read_end(mdshm_reader_t *rd)
{
    if (!rd->active || mdshm__st_check(rd->st) < 0)
        return;
    mdb_txn_reset(rd->txn);
    rd->active = false;
    mdshm__txn_leave(rd->st);
}

/* A read-only transaction turns bad (MDB_BAD_TXN) only after LMDB met a
 * page it could not follow, which some of its calls report as the end of
 * the data, and meets MDB_INCOMPATIBLE only in a node whose flags were
 * scribbled over: name them as the damage they are. */
static int read_fail(mdshm_reader_t *rd, int rc, const char *what)
{
    if (rc == MDB_BAD_TXN || rc == MDB_INCOMPATIBLE)
        rc = MDB_CORRUPTED;
    return mdshm__mdb_err(rd->st, rc, what);
}

int mdshm_read_get_raw(mdshm_reader_t *rd, mdshm_db_t db, const void *key,
                       size_t klen, mdshm_buf_t *val)
{
    MDB_val k, v;
    int rc;

    val->p = NULL;
    val->n = 0;
    if (mdshm__st_check(rd->st) < 0)
        return MDSHM_EWRONGPROC; /* a read inherited across fork */
    if (!rd->active || (unsigned)db >= MDSHM_DB_COUNT || klen == 0 ||
        klen > 511 || mdshm__is_subdb_key(db, key, klen))
        return MDSHM_EBADINPUT;
    k.mv_data = (void *)key;
    k.mv_size = klen;
    rc = mdb_get(rd->txn, rd->st->dbi[db], &k, &v);
    if (rc != 0)
        return rc == MDB_NOTFOUND ? MDSHM_ENOTFOUND
                                  : read_fail(rd, rc, "mdb_get");
    rc = mdshm__span_check(rd->st, v.mv_data, v.mv_size);
    if (rc < 0)
        return rc;
    val->p = v.mv_data;
    val->n = v.mv_size;
    return 0;
}

int mdshm_read_get(mdshm_reader_t *rd, mdshm_db_t db, const void *key,
                   size_t klen, mdshm_record_t *out)
{
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(rd, db, key, klen, &v);

    if (rv < 0)
        return rv;
    return mdshm__decode_logged(rd->st, db, key, klen, v.p, v.n, out);
}

int mdshm_read_foreach(mdshm_reader_t *rd, mdshm_db_t db,
                       mdshm_foreach_fn *fn, void *baton)
{
    return mdshm__read_foreach_after(rd, db, NULL, 0, fn, baton);
}

int mdshm__read_foreach_after(mdshm_reader_t *rd, mdshm_db_t db,
                             const void *after, size_t after_len,
                             mdshm_foreach_fn *fn, void *baton)
{
    MDB_cursor *cur = NULL;
    MDB_val k, v;
    int rc, rv = 0;

    if (mdshm__st_check(rd->st) < 0)
        return MDSHM_EWRONGPROC;
    if (!rd->active || (unsigned)db >= MDSHM_DB_COUNT)
        return MDSHM_EBADINPUT;
    rc = mdb_cursor_open(rd->txn, rd->st->dbi[db], &cur);
    if (rc != 0)
        return mdshm__mdb_err(rd->st, rc, "mdb_cursor_open");
    if (after) {
        /* the first key >= @after (a B-tree descent), then past it */
        k.mv_data = (void *)after;
        k.mv_size = after_len;
        rc = after_len ? mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE)
                       : mdb_cursor_get(cur, &k, &v, MDB_FIRST);
        if (rc == 0 && k.mv_size == after_len &&
            memcmp(k.mv_data, after, after_len) == 0)
            rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
    } else {
        rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST);
    }
    for (; rc == 0; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        mdshm_buf_t kb = {k.mv_data, k.mv_size}, vb = {v.mv_data, v.mv_size};
        if (mdshm__is_subdb_key(db, k.mv_data, k.mv_size))
            continue; /* a named database's record in the main database */
        if ((rv = mdshm__span_check(rd->st, k.mv_data, k.mv_size)) < 0 ||
            (rv = mdshm__span_check(rd->st, v.mv_data, v.mv_size)) < 0)
            break;
        rv = fn(baton, db, kb, vb);
        if (rv != 0)
            break;
    }
    if (rv == 0 && rc != MDB_NOTFOUND)
        rv = read_fail(rd, rc, "mdb_cursor_get");
    mdb_cursor_close(cur);
    return rv;
}

/* Host name bytes: 0 = not allowed, else the lower-case byte. */
static const unsigned char name_map[256] = {
    ['-'] = '-', ['.'] = '.', ['_'] = '_', ['*'] = '*', [':'] = ':',
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
#define L(c) [c] = c, [c - 32] = c
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
    L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
};

/* Lower-case @name into @buf after checking it is a plausible host name
 * (letters, digits, '-', '_', '.', '*', ':' for IPv6 text; no empty
 * label).  Returns the length, or -1. */
static int normalize_name(const char *name, size_t len, char *buf)
{
    unsigned char prev = '.';

    if (len > 0 && name[len - 1] == '.')
        len--;
    if (len == 0 || len > MDSHM_MAX_NAME_LEN)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = name_map[(unsigned char)name[i]];
        if (c == 0 || (c == '.' && prev == '.'))
            return -1;
        buf[i] = (char)c;
        prev = c;
    }
    return (int)len;
}

/* The names record as the encoder writes it: {"v": 1, "md": str}.  Taking
 * it apart directly saves the generic decoder's work on the handshake path;
 * any other encoding goes through mdshm_record_decode. */
static bool name_rec_fast(const uint8_t *p, size_t n, mdshm_buf_t *md)
{
    size_t len, off;

    if (n < 8 || memcmp(p, "\x82\xa1v\x01\xa2md", 7) != 0)
        return false;
    if ((p[7] & 0xe0) == 0xa0) { /* fixstr */
        len = p[7] & 0x1f;
        off = 8;
    } else if (p[7] == 0xd9 && n >= 9) { /* str8 */
        len = p[8];
        off = 9;
    } else {
        return false;
    }
    if (off + len != n || len == 0 || len > MDSHM_MAX_MDNAME_LEN)
        return false;
    md->p = p + off;
    md->n = len;
    return true;
}

static int name_to_md(mdshm_reader_t *rd, const char *key, size_t klen,
                      mdshm_buf_t *md)
{
    mdshm_record_t rec;
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(rd, MDSHM_DB_NAMES, key, klen, &v);

    if (rv < 0)
        return rv;
    if (name_rec_fast(v.p, v.n, md))
        return 0;
    rv = mdshm__decode_logged(rd->st, MDSHM_DB_NAMES, key, klen, v.p, v.n,
                              &rec);
    if (rv < 0)
        return rv;
    if (rec.u.name.md.n == 0)
        return MDSHM_ECORRUPT;
    *md = rec.u.name.md;
    return 0;
}

int mdshm_lookup_sni(mdshm_reader_t *rd, const char *name, size_t len,
                     mdshm_buf_t *md, bool *wildcard)
{
    char buf[MDSHM_MAX_NAME_LEN + 2];
    const char *dot;
    int n, rv;

    md->p = NULL;
    md->n = 0;
    if (wildcard)
        *wildcard = false;
    n = normalize_name(name, len, buf + 1);
    if (n < 0)
        return MDSHM_EBADINPUT;
    rv = name_to_md(rd, buf + 1, (size_t)n, md);
    if (rv != MDSHM_ENOTFOUND)
        return rv;
    /* "*.parent": one label replaced, as RFC 6125 wildcards match. */
    dot = memchr(buf + 1, '.', (size_t)n);
    if (!dot || dot == buf + 1 + n - 1)
        return MDSHM_ENOTFOUND;
    {
        size_t rest = (size_t)(buf + 1 + n - dot); /* ".parent" */
        char *w = (char *)dot - 1;
        w[0] = '*';
        rv = name_to_md(rd, w, rest + 1, md);
    }
    if (rv == 0 && wildcard)
        *wildcard = true;
    return rv;
}

int mdshm_read_gen(mdshm_reader_t *rd, uint64_t *gen)
{
    *gen = 0;
    if (!rd->active)
        return MDSHM_EBADINPUT;
    /* Steady state (no commit since the last read that asked): a compare.
     * A corrupt meta/gen must not stop every read: only this reports it. */
    if (!rd->gen_known || rd->gen_txnid != rd->txnid) {
        rd->gen_err = snapshot_gen(rd, &rd->gen);
        rd->gen_txnid = rd->txnid;
        rd->gen_known = rd->exact; /* else the id may not name the snapshot */
    }
    *gen = rd->gen;
    return rd->gen_err;
}

int mdshm__read_once(mdshm_store_t *st, mdshm__read_fn *fn, void *baton)
{
    mdshm_reader_t *rd = NULL;
    int rv = mdshm_reader_create(st, &rd);

    if (rv < 0)
        return rv;
    rv = mdshm_read_begin(rd);
    if (rv == 0) {
        rv = fn(rd, baton);
        mdshm_read_end(rd);
    }
    mdshm_reader_destroy(rd);
    return rv;
}

void mdshm__key_crl(char key[MDSHM__CRL_KEY_LEN + 1],
                    const uint8_t sha256[32])
{
    memcpy(key, "crl-", 4);
    mdshm_key_ocsp(key + 4, sha256);
}

void mdshm_key_ocsp(char key[65], const uint8_t sha256[32])
{
    static const char hex[] = "0123456789abcdef";

    for (size_t i = 0; i < 32; i++) {
        key[2 * i] = hex[sha256[i] >> 4];
        key[2 * i + 1] = hex[sha256[i] & 15];
    }
    key[64] = '\0';
}

/* The handshake needs only "der" and "next_update" of an ocsp record
 * (the worker's cache also "gen").
 * Matching every key against the record's field table (the full decode)
 * was a third of a staple lookup, so the hot path picks those two and
 * skips the rest (still checked to be well-formed msgpack).  Anything
 * unusual (a duplicate, a wrong type, a newer version) returns < 0 and
 * the caller takes the full decode, which judges and logs it. */
static int staple_fast(mdshm_buf_t val, mdshm_buf_t *der, int64_t *next,
                       uint64_t *gen)
{
    mdshm__mp_t c;
    mdshm_buf_t k;
    uint32_t n;
    uint64_t v;
    bool have_der = false, have_next = false, have_gen = false;

    mdshm__mp_init(&c, val.p, val.n);
    if (mdshm__mp_map(&c, &n) < 0 || n == 0 || mdshm__mp_str(&c, &k) < 0 ||
        k.n != 1 || k.p[0] != 'v' || mdshm__mp_uint(&c, &v) < 0 || v != 1)
        return -1;
    *next = 0;
    *gen = 0;
    der->p = NULL;
    der->n = 0;
    for (uint32_t i = 1; i < n; i++) {
        if (mdshm__mp_str(&c, &k) < 0)
            return -1;
        if (k.n == 3 && memcmp(k.p, "der", 3) == 0) {
            if (have_der || mdshm__mp_bin(&c, der) < 0 ||
                der->n > MDSHM_MAX_BIN)
                return -1;
            have_der = true;
        } else if (k.n == 11 && memcmp(k.p, "next_update", 11) == 0) {
            if (have_next || mdshm__mp_int64(&c, next) < 0)
                return -1;
            have_next = true;
        } else if (k.n == 3 && memcmp(k.p, "gen", 3) == 0) {
            if (have_gen || mdshm__mp_uint(&c, gen) < 0)
                return -1;
            have_gen = true;
        } else if (mdshm__mp_skip(&c) < 0) {
            return -1;
        }
    }
    return c.p == c.end ? 0 : -1;
}

int mdshm_staple_get(mdshm_reader_t *rd, const uint8_t sha256[32],
                     int64_t now_s, mdshm_buf_t *der, mdshm_ocsp_rec_t *rec)
{
    char key[65];
    mdshm_record_t r;
    mdshm_buf_t val;
    int64_t next;
    uint64_t gen;
    int rv;

    if (!rd || !sha256 || !der)
        return MDSHM_EBADINPUT;
    der->p = NULL;
    der->n = 0;
    mdshm_key_ocsp(key, sha256);
    if (!rec) {
        rv = mdshm_read_get_raw(rd, MDSHM_DB_OCSP, key, 64, &val);
        if (rv < 0)
            return rv;
        if (staple_fast(val, der, &next, &gen) == 0) {
            if (der->n == 0 || next <= now_s) {
                der->p = NULL;
                der->n = 0;
                return MDSHM_ENOTFOUND; /* expired: see below */
            }
            return 0;
        }
    }
    rv = mdshm_read_get(rd, MDSHM_DB_OCSP, key, 64, &r);
    if (rv < 0)
        return rv;
    /* An expired staple is worse than none: clients that check it fail the
     * handshake (mod_md keeps serving it; we do not). */
    if (r.u.ocsp.der.n == 0 || r.u.ocsp.next_update <= now_s)
        return MDSHM_ENOTFOUND;
    *der = r.u.ocsp.der;
    if (rec)
        *rec = r.u.ocsp;
    return 0;
}

int mdshm__staple_peek(mdshm_reader_t *rd, const uint8_t sha256[32],
                       int64_t now_s, mdshm_buf_t *der, int64_t *next_update,
                       uint64_t *gen)
{
    mdshm_ocsp_rec_t rec;
    mdshm_buf_t val;
    char key[65];
    int rv;

    if (!rd || !sha256 || !der || !next_update || !gen)
        return MDSHM_EBADINPUT;
    der->p = NULL;
    der->n = 0;
    mdshm_key_ocsp(key, sha256);
    rv = mdshm_read_get_raw(rd, MDSHM_DB_OCSP, key, 64, &val);
    if (rv < 0)
        return rv;
    if (staple_fast(val, der, next_update, gen) == 0) {
        if (der->n == 0 || *next_update <= now_s) {
            der->p = NULL;
            der->n = 0;
            return MDSHM_ENOTFOUND; /* none, or expired */
        }
        return 0;
    }
    /* anything unusual: the full decode judges (and logs) it */
    rv = mdshm_staple_get(rd, sha256, now_s, der, &rec);
    if (rv < 0)
        return rv;
    *next_update = rec.next_update;
    *gen = rec.gen;
    return 0;
}
