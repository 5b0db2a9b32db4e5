/* store_walk.c -- walk every B-tree page of data.mdb with pread, for
 * mdshm_store_check.
 *
 * LMDB follows the offsets and page numbers it finds in a page without
 * checking them, so a scribbled page makes it read outside the page or the
 * file, and the reader faults.  This walk reads the pages of one snapshot
 * from the file (never through the map: nothing here can fault) and checks
 * what LMDB would follow: page numbers inside the file, page headers, node
 * offsets and sizes inside their page, overflow runs inside the file.
 * The caller holds a read transaction of that snapshot, so none of its
 * pages is reused meanwhile.  LMDB 0.9's layout, as in store_file.c.
 */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PAGEHDR 16         /* pgno 8, pad 2, flags 2, lower 2, upper 2 */
#define NODEHDR 8          /* lo 2, hi 2, flags 2, ksize 2 */
#define P_BRANCH 0x01
#define P_LEAF 0x02
#define P_OVERFLOW 0x04
#define P_LEAF2 0x20
#define F_BIGDATA 0x01
#define F_SUBDATA 0x02
#define F_DUPDATA 0x04
#define DB_SIZE 48         /* MDB_db */
#define DB_ROOT_AT 40      /* md_root in MDB_db */
#define MAX_DEPTH 32
#define NO_PAGE (~(uint64_t)0)

typedef struct walk {
    mdshm_store_t *st;
    int fd;
    uint32_t psize;
    uint64_t last_pg;
    unsigned char *pages; /* one buffer per depth, psize each */
    unsigned long n_pages;
    int max_depth;        /* pages deeper are only range-checked */
} walk_t;

static uint16_t u16(const unsigned char *p)
{
    uint16_t v;
    memcpy(&v, p, sizeof(v));
    return v;
}

static uint64_t u64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof(v));
    return v;
}

static int bad(walk_t *w, uint64_t pgno, const char *what, unsigned idx)
{
    ST_LOG(w->st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
           "store damaged: %s/data.mdb page %llu: %s (node %u); restore "
           "from backup (see docs/operations.md)",
           w->st->dir, (unsigned long long)pgno, what, idx);
    return MDSHM_EDAMAGED;
}

static int walk_tree(walk_t *w, uint64_t pgno, int depth);

/* A leaf node's data: an overflow run, a named database, or inline. */
static int check_leaf_data(walk_t *w, uint64_t pgno, const unsigned char *pg,
                           unsigned i, unsigned off, int depth)
{
    const unsigned char *n = pg + off;
    unsigned flags = u16(n + 4), ksize = u16(n + 6);
    uint64_t dsize = u16(n) | (uint64_t)u16(n + 2) << 16;
    unsigned data = off + NODEHDR + ksize;

    if (flags & F_DUPDATA)
        return bad(w, pgno, "duplicate data, which mdshm never writes", i);
    if (flags & F_BIGDATA) {
        unsigned char hdr[PAGEHDR];
        uint64_t opg, npages;
        if (data + 8 > w->psize)
            return bad(w, pgno, "overflow page number past the page", i);
        opg = u64(pg + data);
        if (opg < 2 || opg > w->last_pg ||
            pread(w->fd, hdr, sizeof(hdr), (off_t)(opg * w->psize)) !=
                (ssize_t)sizeof(hdr))
            return bad(w, pgno, "overflow page outside the file", i);
        npages = (uint32_t)(u16(hdr + 12) | (uint32_t)u16(hdr + 14) << 16);
        if (!(u16(hdr + 10) & P_OVERFLOW) || u64(hdr) != opg ||
            npages == 0 || opg + npages - 1 > w->last_pg ||
            dsize > npages * w->psize - PAGEHDR)
            return bad(w, pgno, "overflow run damaged or past the file", i);
        w->n_pages += npages;
        return 0;
    }
    if (data + dsize > w->psize)
        return bad(w, pgno, "data past the page", i);
    if (flags & F_SUBDATA) {
        if (dsize != DB_SIZE)
            return bad(w, pgno, "named database record of the wrong size", i);
        uint64_t root = u64(pg + data + DB_ROOT_AT);
        return root == NO_PAGE ? 0 : walk_tree(w, root, depth + 1);
    }
    return 0;
}

static int walk_tree(walk_t *w, uint64_t pgno, int depth)
{
    unsigned char *pg;
    unsigned flags, lower, upper, nkeys;
    int rv;

    if (depth >= MAX_DEPTH)
        return bad(w, pgno, "tree deeper than LMDB builds", 0);
    if (pgno < 2 || pgno > w->last_pg)
        return bad(w, pgno, "page number outside the file", 0);
    if (depth >= w->max_depth)
        return 0;
    pg = w->pages + (size_t)depth * w->psize;
    if (pread(w->fd, pg, w->psize, (off_t)(pgno * w->psize)) !=
        (ssize_t)w->psize)
        return bad(w, pgno, "page past the end of the file", 0);
    w->n_pages++;
    flags = u16(pg + 10);
    lower = u16(pg + 12);
    upper = u16(pg + 14);
    if (u64(pg) != pgno)
        return bad(w, pgno, "page header names another page", 0);
    if ((flags & (P_BRANCH | P_LEAF)) == 0 ||
        (flags & (P_BRANCH | P_LEAF)) == (P_BRANCH | P_LEAF) ||
        (flags & (P_OVERFLOW | P_LEAF2)))
        return bad(w, pgno, "not a branch or leaf page", 0);
    if (lower < PAGEHDR || lower > upper || upper > w->psize ||
        (lower - PAGEHDR) % 2)
        return bad(w, pgno, "page header bounds damaged", 0);
    nkeys = (lower - PAGEHDR) / 2;
    if (nkeys == 0 && (flags & P_BRANCH))
        return bad(w, pgno, "empty branch page", 0);
    for (unsigned i = 0; i < nkeys; i++) {
        unsigned off = u16(pg + PAGEHDR + 2 * i), ksize;
        if (off < upper || off + NODEHDR > w->psize)
            return bad(w, pgno, "node offset outside the page", i);
        ksize = u16(pg + off + 6);
        if (off + NODEHDR + ksize > w->psize)
            return bad(w, pgno, "key past the page", i);
        if (flags & P_BRANCH) {
            const unsigned char *n = pg + off;
            uint64_t child = u16(n) | (uint64_t)u16(n + 2) << 16 |
                             (uint64_t)u16(n + 4) << 32;
            rv = walk_tree(w, child, depth + 1);
            /* the deeper walk used its own buffer: this page stays */
        } else {
            rv = check_leaf_data(w, pgno, pg, i, off, depth);
        }
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* The meta page of transaction @txnid: page size, last page, the roots of
 * the free and the main database.  1 when neither meta page holds it any
 * more (two commits since the caller's transaction began), or one changed
 * under the read: retry. */
static int snapshot_meta(walk_t *w, uint64_t txnid, uint64_t roots[2])
{
    unsigned char m[PAGEHDR + 136], again[sizeof(m)];

    for (int i = 0; i < 2; i++) {
        off_t off = i == 0 ? 0 : (off_t)w->psize;
        if (pread(w->fd, m, sizeof(m), off) != (ssize_t)sizeof(m) ||
            pread(w->fd, again, sizeof(m), off) != (ssize_t)sizeof(m))
            return MDSHM_EDAMAGED; /* store_file.c said it was whole */
        if (memcmp(m, again, sizeof(m)) != 0)
            return 1; /* a commit wrote it meanwhile */
        if (i == 0) {
            uint32_t ps;
            memcpy(&ps, m + PAGEHDR + 24, sizeof(ps));
            w->psize = ps;
        }
        if (u64(m + PAGEHDR + 128) == txnid) {
            w->last_pg = u64(m + PAGEHDR + 120);
            roots[0] = u64(m + PAGEHDR + 24 + DB_ROOT_AT);
            roots[1] = u64(m + PAGEHDR + 72 + DB_ROOT_AT);
            return 0;
        }
    }
    return 1;
}

int mdshm__store_walk(mdshm_store_t *st, int max_depth,
                      unsigned long *n_pages)
{
    char path[PATH_MAX];
    walk_t w = {st, -1, 0, 0, NULL, 0, max_depth};
    MDB_txn *txn = NULL;
    uint64_t roots[2] = {NO_PAGE, NO_PAGE};
    int rv = 0, tries = 0;

    *n_pages = 0;
    if (snprintf(path, sizeof(path), "%s/data.mdb", st->dir) >=
        (int)sizeof(path))
        return -ENAMETOOLONG;
    w.fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (w.fd < 0)
        return -errno;
    do { /* a read transaction pins the snapshot the walk reads */
        if (txn) {
            mdb_txn_abort(txn);
            mdshm__txn_leave(st);
            txn = NULL;
        }
        rv = mdshm__txn_begin(st, MDB_RDONLY, &txn);
        if (rv < 0)
            goto out;
        rv = snapshot_meta(&w, (uint64_t)mdb_txn_id(txn), roots);
    } while (rv == 1 && ++tries < 5);
    if (rv == 1) {
        ST_LOG(st, MDSHM_LOG_WARN, 0, "store %s: pages not walked: the "
               "leader commits too fast to pin a snapshot", st->dir);
        rv = 0;
        goto out;
    }
    if (rv < 0)
        goto out;
    if (max_depth > MAX_DEPTH)
        w.max_depth = MAX_DEPTH;
    if (!(w.pages = malloc((size_t)w.max_depth * w.psize))) {
        rv = -ENOMEM;
        goto out;
    }
    for (int db = 0; db < 2 && rv == 0; db++) /* free, main */
        if (roots[db] != NO_PAGE)
            rv = walk_tree(&w, roots[db], 0);
    *n_pages = w.n_pages;
out:
    if (txn) {
        mdb_txn_abort(txn);
        mdshm__txn_leave(st);
    }
    free(w.pages);
    close(w.fd);
    return rv;
}
