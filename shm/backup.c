/* backup.c -- a consistent copy of the store while the leader writes.
 *
 * mdb_env_copyfd2 copies from one read transaction, so the copy is the
 * store as of one commit whatever the leader does meanwhile; MDB_CP_COMPACT
 * leaves out free pages.  The directory and file are created here with
 * 0700/0600 and O_EXCL (never over an existing store) before a byte of key
 * material is written. */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int sync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    int rv = 0;

    if (fd < 0)
        return -errno;
    if (fsync(fd) < 0)
        rv = -errno;
    close(fd);
    return rv;
}

int mdshm_store_backup(mdshm_store_t *st, const char *dest_dir)
{
    char path[PATH_MAX];
    int fd, rc, rv;

    if (!st || !dest_dir || !*dest_dir)
        return MDSHM_EBADINPUT;
    rv = mdshm__st_check(st);
    if (rv < 0)
        return rv;
    if (snprintf(path, sizeof(path), "%s/data.mdb", dest_dir) >=
        (int)sizeof(path))
        return -ENAMETOOLONG;
    if (mkdir(dest_dir, 0700) < 0) {
        rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "backup: %s: %s%s", dest_dir,
               strerror(-rv),
               rv == -EEXIST ? " (a backup never overwrites: give a new "
                               "directory)" : "");
        return rv;
    }
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
              0600);
    if (fd < 0) {
        rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "backup: %s: %s", path, strerror(-rv));
        rmdir(dest_dir);
        return rv;
    }
    mdshm__txn_enter(st); /* the copy's read transaction vs. a remap */
    rc = mdb_env_copyfd2(st->env, fd, MDB_CP_COMPACT);
    mdshm__txn_leave(st);
    rv = rc ? mdshm__mdb_err(st, rc, "mdb_env_copyfd2") : 0;
    if (rv == 0 && fsync(fd) < 0)
        rv = -errno;
    if (close(fd) < 0 && rv == 0)
        rv = -errno;
    if (rv == 0)
        rv = sync_path(dest_dir);
    if (rv < 0) {
        ST_LOG(st, MDSHM_LOG_ERR, rv, "backup to %s failed: %s", dest_dir,
               mdshm_strerror(rv));
        unlink(path);
        rmdir(dest_dir);
        return rv;
    }
    ST_LOG(st, MDSHM_LOG_INFO, 0, "store %s copied to %s", st->dir,
           dest_dir);
    return 0;
}
