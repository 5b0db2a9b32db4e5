/* store_file.c -- is data.mdb whole?  Checked before LMDB maps it.
 *
 * LMDB trusts its file: it maps the whole map size, and a page it was told
 * exists but that lies past the end of a truncated file raises SIGBUS on
 * first touch, in every process that opens the store.  It has no page
 * checksums either.  What can be checked cheaply is checked here: the two
 * meta pages (read with pread, never through the map) and the size the
 * newer one says the file needs.  Damage inside pages that do exist is
 * LMDB's to notice (MDB_CORRUPTED, MDB_PAGE_NOTFOUND), see docs/operations.md.
 */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

/* LMDB 0.9's on-disk layout (mdb.c: MDB_page, MDB_db, MDB_meta), in the
 * native word size like LMDB itself.  Not exported by lmdb.h. */
#define FILE_MAGIC 0xBEEFC0DEu
#define FILE_VERSION 1u     /* MDB_DATA_VERSION */
#define FILE_P_META 0x08u   /* mp_flags of a meta page */
#define FILE_P_INVALID (~(size_t)0)
#define FILE_FREE_DBI 0
#define FILE_MAIN_DBI 1
#define FILE_MAX_MAPSIZE (1ull << 47)

typedef struct {
    size_t pgno;
    uint16_t pad, flags, lower, upper;
} file_page_hdr_t;

typedef struct {
    uint32_t pad; /* the page size, in the free DB's record */
    uint16_t flags, depth;
    size_t branch_pages, leaf_pages, overflow_pages, entries, root;
} file_db_t;

typedef struct {
    uint32_t magic, version;
    void *address;
    size_t mapsize;
    file_db_t dbs[2];
    size_t last_pg, txnid;
} file_meta_t;

typedef struct {
    file_page_hdr_t hdr;
    file_meta_t meta;
} file_metapage_t;

static bool psize_sane(uint32_t psize)
{
    return psize >= 512 && psize <= 65536 && (psize & (psize - 1)) == 0;
}

static bool root_sane(const file_db_t *db, size_t last_pg)
{
    return db->root == FILE_P_INVALID || (db->root >= 2 && db->root <= last_pg);
}

/* LMDB creates data.mdb, then writes its meta pages, under an exclusive
 * lock on byte 0 of lock.mdb (mdb_env_setup_locks); every opener holds a
 * shared one afterwards.  An empty data.mdb while someone holds that lock
 * is a store being created by another process; without one it is what a
 * truncation or a crashed creation left, and nothing may initialize over
 * it unasked. */
static bool creation_in_progress(mdshm_store_t *st)
{
    char path[PATH_MAX];
    struct flock fl;
    int fd;
    bool held;

    if (snprintf(path, sizeof(path), "%s/lock.mdb", st->dir) >=
        (int)sizeof(path))
        return false;
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return false;
    memset(&fl, 0, sizeof(fl));
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 1;
    held = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    /* closing drops this process's locks on lock.mdb: it holds none
     * unless it has this store open already, over an empty data.mdb,
     * which only a truncation under it makes */
    close(fd);
    return held;
}

static int damaged(mdshm_store_t *st, const char *path, const char *fmt,
                   ...) __attribute__((format(printf, 3, 4)));

static int damaged(mdshm_store_t *st, const char *path, const char *fmt, ...)
{
    char msg[160];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
           "store damaged: %s %s; restore from backup (see "
           "docs/operations.md)", path, msg);
    return MDSHM_EDAMAGED;
}

/* Whether @size bytes of address space are free now: reserved without
 * memory or a file (PROT_NONE, MAP_NORESERVE: no commit charge) and given
 * back.  LMDB unmaps the old map before it maps a new one, and a failed
 * mmap leaves its environment with no map at all; this asks first. */
static bool map_reservable(size_t size, int *err)
{
    void *p = mmap(NULL, size, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        *err = errno;
        return false;
    }
    munmap(p, size);
    return true;
}

/* A map size from a meta page that this process can map: under LMDB's
 * 47-bit ceiling, and (a damaged size under the ceiling can still be more
 * address space than a process has: an RLIMIT_AS, a sanitizer's shadow,
 * a PIE program splitting the space) reservable now. */
static int mapsize_mappable(mdshm_store_t *st, const char *path, size_t mapsize)
{
    int err;

    if (mapsize > FILE_MAX_MAPSIZE)
        return damaged(st, path, "has a meta page with map size %llu",
                       (unsigned long long)mapsize);
    if (!map_reservable(mapsize, &err))
        return damaged(st, path, "has a meta page with map size %llu, more "
                       "address space than this process can map (%s)",
                       (unsigned long long)mapsize, strerror(err));
    return 0;
}

/* Read meta page @i at @off; MDSHM_EDAMAGED (logged) unless it is one. */
static int read_meta(mdshm_store_t *st, int fd, const char *path, int i,
                     off_t off, file_metapage_t *mp)
{
    ssize_t n = pread(fd, mp, sizeof(*mp), off);

    if (n < 0) {
        int rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "read(%s): %s", path, strerror(-rv));
        return rv;
    }
    if ((size_t)n < sizeof(*mp))
        return damaged(st, path, "is %llu bytes, too short for its meta "
                       "page %llu",
                       (unsigned long long)off + (unsigned long long)n,
                       (unsigned long long)i);
    if (mp->meta.magic != FILE_MAGIC || !(mp->hdr.flags & FILE_P_META))
        return damaged(st, path, "has no LMDB meta page %llu (magic %#llx)",
                       (unsigned long long)i,
                       (unsigned long long)mp->meta.magic);
    if (mp->meta.version != FILE_VERSION)
        return damaged(st, path, "has meta page %llu of LMDB format %llu",
                       (unsigned long long)i,
                       (unsigned long long)mp->meta.version);
    if (!psize_sane(mp->meta.dbs[FILE_FREE_DBI].pad))
        return damaged(st, path, "has meta page %llu with page size %llu",
                       (unsigned long long)i,
                       (unsigned long long)mp->meta.dbs[FILE_FREE_DBI].pad);
    return 0;
}

int mdshm__store_file_check(mdshm_store_t *st, bool create)
{
    char path[PATH_MAX];
    file_metapage_t m0, m1;
    const file_meta_t *cur;
    struct stat sb;
    unsigned long long need, psize;
    int fd, rv;

    if (snprintf(path, sizeof(path), "%s/data.mdb", st->dir) >=
        (int)sizeof(path))
        return -ENAMETOOLONG;
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return 0; /* none yet, or unreadable: LMDB's open names the problem */
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
        close(fd);
        return damaged(st, path, "is not a regular file");
    }
    if (sb.st_size == 0) {
        close(fd);
        if (create && creation_in_progress(st))
            return 0;
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
               "store damaged: %s is empty; restore from backup (see "
               "docs/operations.md), or if this store never held anything, "
               "remove the file and run mdshm init", path);
        return MDSHM_EDAMAGED;
    }
    rv = read_meta(st, fd, path, 0, 0, &m0);
    if (rv == 0) /* LMDB finds meta page 1 one page size further */
        rv = read_meta(st, fd, path, 1, m0.meta.dbs[FILE_FREE_DBI].pad, &m1);
    close(fd);
    if (rv < 0)
        return rv;
    /* the meta LMDB will use: the newer one */
    cur = m0.meta.txnid < m1.meta.txnid ? &m1.meta : &m0.meta;
    psize = cur->dbs[FILE_FREE_DBI].pad;
    if (cur->last_pg < 1 || cur->last_pg > (unsigned long long)INT64_MAX / psize)
        return damaged(st, path, "has a meta page that says its last page "
                       "is %llu (page size %llu)",
                       (unsigned long long)cur->last_pg, psize);
    for (int db = FILE_FREE_DBI; db <= FILE_MAIN_DBI; db++)
        if (!root_sane(&cur->dbs[db], cur->last_pg))
            return damaged(st, path, "has a meta page whose root page %llu "
                           "is not one of its pages 2..%llu",
                           (unsigned long long)cur->dbs[db].root,
                           (unsigned long long)cur->last_pg);
    need = (cur->last_pg + 1) * psize;
    if ((unsigned long long)sb.st_size < need)
        return damaged(st, path, "is %llu bytes, its meta pages need %llu",
                       (unsigned long long)sb.st_size, need);
    /* a reader maps what the meta page says (LMDB raises a smaller one to
     * the used size, ITS#7789) */
    return mapsize_mappable(st, path, cur->mapsize);
}

int mdshm__store_file_remap_size(mdshm_store_t *st, size_t want,
                                 size_t *size)
{
    char path[PATH_MAX];
    file_metapage_t m0, m1;
    mdb_filehandle_t fd;
    int rv, err;

    snprintf(path, sizeof(path), "%s/data.mdb", st->dir);
    if (want == 0) { /* what the newer meta page says, as LMDB would */
        if (mdb_env_get_fd(st->env, &fd) != 0)
            return MDSHM_ESTORE;
        rv = read_meta(st, fd, path, 0, 0, &m0);
        if (rv == 0)
            rv = read_meta(st, fd, path, 1, m0.meta.dbs[FILE_FREE_DBI].pad,
                           &m1);
        if (rv < 0)
            return rv;
        want = (m0.meta.txnid < m1.meta.txnid ? &m1 : &m0)->meta.mapsize;
        rv = mapsize_mappable(st, path, want);
        if (rv < 0)
            return rv;
    } else if (!map_reservable(want, &err)) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ESTORE,
               "store %s: cannot grow the map to %zu bytes (%s); the store "
               "keeps its map", st->dir, want, strerror(err));
        return MDSHM_ESTORE;
    }
    *size = want;
    return 0;
}

/* Where LMDB mapped data.mdb in this process: lmdb.h does not say
 * (MDB_envinfo's me_mapaddr is the fixed-map hint, 0), so find the mapping
 * of the file's inode in /proc/self/maps.  Rare: at the first check after
 * an open or a remap, and once more before refusing a value (a file that
 * only grew moves no mapping).  0 if not found. */
static uintptr_t map_base(mdshm_store_t *st)
{
    unsigned long start, end, ino;
    unsigned long long off;
    unsigned maj, mnr;
    char line[512], perms[8];
    uintptr_t base = 0;
    struct stat sb;
    mdb_filehandle_t fd;
    FILE *f;

    atomic_fetch_add_explicit(&st->map_scans, 1, memory_order_relaxed);
    if (mdb_env_get_fd(st->env, &fd) != 0 || fstat(fd, &sb) < 0 ||
        !(f = fopen("/proc/self/maps", "re")))
        return 0;
    while (!base && fgets(line, sizeof(line), f))
        if (sscanf(line, "%lx-%lx %7s %llx %x:%x %lu", &start, &end, perms,
                   &off, &maj, &mnr, &ino) == 7 &&
            ino == (unsigned long)sb.st_ino && off == 0 &&
            makedev(maj, mnr) == sb.st_dev)
            base = (uintptr_t)start;
    fclose(f);
    return base;
}

int mdshm__span_refresh(mdshm_store_t *st, const void *p, size_t n)
{
    MDB_envinfo info;
    MDB_stat ms;
    uintptr_t a = (uintptr_t)p, lo, hi;

    bool scanned = false;

    if (mdb_env_info(st->env, &info) != 0 || mdb_env_stat(st->env, &ms) != 0)
        return MDSHM_ESTORE;
    for (;;) {
        /* The map's base is kept until a remap: a value past the bounds
         * is most often on a page a later commit added (no system call
         * then); only before refusing is the base looked up again. */
        lo = atomic_load_explicit(&st->map_base, memory_order_relaxed);
        if (!lo) {
            lo = map_base(st);
            scanned = true;
            if (lo == 0) { /* no /proc: no check rather than false alarms */
                atomic_store_explicit(&st->span_hi, UINTPTR_MAX,
                                      memory_order_relaxed);
                return 0;
            }
            atomic_store_explicit(&st->map_base, lo, memory_order_relaxed);
        }
        /* the newest meta page's pages: every committed page is written
         * before the meta page that counts it */
        hi = lo + (uintptr_t)((info.me_last_pgno + 1) * ms.ms_psize);
        atomic_store_explicit(&st->span_lo, lo, memory_order_relaxed);
        atomic_store_explicit(&st->span_hi, hi, memory_order_relaxed);
        if (a >= lo && a <= hi && n <= hi - a)
            return 0;
        if (scanned)
            break;
        atomic_store_explicit(&st->map_base, 0, memory_order_relaxed);
    }
    ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EDAMAGED,
           "store damaged: %s/data.mdb gave a value of %zu bytes at offset "
           "%lld, past its %llu bytes of pages; restore from backup (see "
           "docs/operations.md)", st->dir, n, (long long)(a - lo),
           (unsigned long long)(hi - lo));
    return MDSHM_EDAMAGED;
}
