/* damage_store.c -- test helper: damage an LMDB data file (data.mdb) the
 * way a disk, a careless operator or a bad copy would, without LMDB.
 *
 *   damage_store random FILE SEED COUNT   COUNT random bytes at random
 *                                         offsets (xorshift64 from SEED)
 *   damage_store meta-magic FILE N        clobber meta page N's magic
 *   damage_store main-root FILE BYTE      fill the main database's root
 *                                         page, past its header, with BYTE
 *   damage_store mapsize FILE BYTES       set both meta pages' map size
 *
 * Exit 0, 1 on failure (printed), 2 on bad usage.  Assumes LMDB 0.9's
 * layout on a 64-bit host: page header 16 bytes, then the meta record.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGEHDR 16
#define META_MAGIC_AT (PAGEHDR + 0)
#define META_MAPSIZE_AT (PAGEHDR + 16)
#define META_PSIZE_AT (PAGEHDR + 24)          /* mm_dbs[0].md_pad */
#define META_MAIN_ROOT_AT (PAGEHDR + 72 + 40) /* mm_dbs[1].md_root */
#define META_TXNID_AT (PAGEHDR + 128)

static int fail(const char *what)
{
    perror(what);
    return 1;
}

static uint64_t next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static int at(int fd, off_t off, void *buf, size_t n, int write_it)
{
    ssize_t r = write_it ? pwrite(fd, buf, n, off) : pread(fd, buf, n, off);
    return r == (ssize_t)n ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct stat sb;
    int fd;

    if (argc < 4) {
        fprintf(stderr, "usage: damage_store random FILE SEED COUNT | "
                        "meta-magic FILE N | main-root FILE BYTE | "
                        "mapsize FILE BYTES\n");
        return 2;
    }
    fd = open(argv[2], O_RDWR);
    if (fd < 0 || fstat(fd, &sb) < 0)
        return fail(argv[2]);
    if (strcmp(argv[1], "random") == 0 && argc == 5) {
        uint64_t s = strtoull(argv[3], NULL, 10) * 2654435761u + 1;
        long count = atol(argv[4]);
        for (long i = 0; i < count && sb.st_size > 0; i++) {
            unsigned char b = (unsigned char)next(&s);
            off_t off = (off_t)(next(&s) % (uint64_t)sb.st_size);
            if (at(fd, off, &b, 1, 1) < 0)
                return fail("pwrite");
        }
    } else if (strcmp(argv[1], "meta-magic") == 0) {
        uint32_t psize, bad = 0x0BADC0DE;
        int n = atoi(argv[3]);
        if (at(fd, META_PSIZE_AT, &psize, 4, 0) < 0 ||
            at(fd, (off_t)n * psize + META_MAGIC_AT, &bad, 4, 1) < 0)
            return fail("meta page");
    } else if (strcmp(argv[1], "main-root") == 0) {
        uint32_t psize;
        uint64_t t0, t1, root;
        unsigned char page[65536];
        if (at(fd, META_PSIZE_AT, &psize, 4, 0) < 0 || psize > 65536 ||
            at(fd, META_TXNID_AT, &t0, 8, 0) < 0 ||
            at(fd, (off_t)psize + META_TXNID_AT, &t1, 8, 0) < 0 ||
            at(fd, (off_t)(t0 < t1 ? psize : 0) + META_MAIN_ROOT_AT, &root,
               8, 0) < 0)
            return fail("meta page");
        memset(page, (int)strtol(argv[3], NULL, 0), psize - PAGEHDR);
        if (at(fd, (off_t)(root * psize + PAGEHDR), page, psize - PAGEHDR,
               1) < 0)
            return fail("root page");
        printf("main root page %llu\n", (unsigned long long)root);
    } else if (strcmp(argv[1], "mapsize") == 0) {
        uint32_t psize;
        uint64_t size = strtoull(argv[3], NULL, 0);
        if (at(fd, META_PSIZE_AT, &psize, 4, 0) < 0 ||
            at(fd, META_MAPSIZE_AT, &size, 8, 1) < 0 ||
            at(fd, (off_t)psize + META_MAPSIZE_AT, &size, 8, 1) < 0)
            return fail("meta page");
    } else {
        fprintf(stderr, "damage_store: unknown mode %s\n", argv[1]);
        return 2;
    }
    return close(fd) == 0 ? 0 : fail("close");
}
