/* owner.c -- who the store belongs to.  Mode 0700/0600 keeps others out
 * only if the store is ours: a directory, data file or lock file another
 * user created (before us, with a tight mode) lets that user read and
 * replace every private key we write, or hold leader.lock for ever.  So
 * each of them must be a plain directory/file (no symbolic link) owned by
 * the expected user, checked on the open descriptor where there is one. */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

uid_t mdshm__store_owner(const mdshm_store_t *st)
{
    return st->owner;
}

/* The user name of @uid in @out, or its number when it has no passwd
 * entry; whether it had one. */
static bool user_name(uid_t uid, char *out, size_t size)
{
    struct passwd pw, *res = NULL;
    char buf[1024];

    if (getpwuid_r(uid, &pw, buf, sizeof(buf), &res) == 0 && res) {
        snprintf(out, size, "%s", res->pw_name);
        return true;
    }
    snprintf(out, size, "%u", (unsigned)uid);
    return false;
}

/* "name (uid N)", or "uid N" for a uid without a passwd entry. */
static void user_text(uid_t uid, char *out, size_t size)
{
    char name[256];

    if (user_name(uid, name, sizeof(name)))
        snprintf(out, size, "%s (uid %u)", name, (unsigned)uid);
    else
        snprintf(out, size, "uid %u", (unsigned)uid);
}

int mdshm__check_owner(const mdshm__logger_t *lg, const char *path,
                       const struct stat *sb, uid_t owner)
{
    char found[320], want[320], arg[256];

    if (sb->st_uid == owner)
        return 0;
    user_text(sb->st_uid, found, sizeof(found));
    user_text(owner, want, sizeof(want));
    user_name(owner, arg, sizeof(arg)); /* for the chown command line */
    MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
               "%s is owned by %s, not by %s: its owner could read or "
               "replace the store's keys, so it is refused; find out who "
               "created it, and if the store is yours run: chown%s %s %s",
               path, found, want, S_ISDIR(sb->st_mode) ? " -R" : "", arg,
               path);
    return MDSHM_EPERM;
}

int mdshm__check_entry(const mdshm__logger_t *lg, const char *path,
                       const struct stat *sb, uid_t owner, bool is_dir)
{
    int rv;

    if (is_dir && !S_ISDIR(sb->st_mode)) {
        MDSHM__LOG(lg, MDSHM_LOG_ERR, -ENOTDIR, "store %s is not a directory",
                   path);
        return -ENOTDIR;
    }
    if (!is_dir && !S_ISREG(sb->st_mode)) {
        if (S_ISLNK(sb->st_mode))
            MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                       "%s is a symbolic link: a link could redirect what "
                       "the store writes; remove it", path);
        else
            MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                       "%s is not a plain file; remove it", path);
        return MDSHM_EPERM;
    }
    rv = mdshm__check_owner(lg, path, sb, owner);
    if (rv < 0)
        return rv;
    if (sb->st_mode & 077) {
        MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                   "%s has mode %04o, which lets group or others read key "
                   "material; run: chmod %s %s",
                   path, (unsigned)(sb->st_mode & 07777),
                   is_dir ? "700" : "600", path);
        return MDSHM_EPERM;
    }
    return 0;
}

int mdshm__open_store_file(mdshm_store_t *st, const char *name, int flags,
                           char *path, size_t size)
{
    struct stat sb;
    int fd, rv;

    if ((size_t)snprintf(path, size, "%s/%s", st->dir, name) >= size)
        return -ENAMETOOLONG;
    /* O_NONBLOCK: a FIFO in its place must not hang the open (locks and
     * regular file I/O ignore the flag) */
    fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK,
              0600);
    if (fd < 0) {
        rv = -errno;
        if (rv == -ELOOP)
            ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EPERM,
                   "%s is a symbolic link: a link could redirect what the "
                   "store writes; remove it", path);
        else if (rv != -ENOENT || (flags & O_CREAT))
            ST_LOG(st, MDSHM_LOG_ERR, rv, "open(%s)", path);
        return rv == -ELOOP ? MDSHM_EPERM : rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "fstat(%s)", path);
    } else {
        rv = mdshm__check_entry(&st->log, path, &sb, st->owner, false);
    }
    if (rv < 0) {
        close(fd);
        return rv;
    }
    return fd;
}

/* LMDB opens data.mdb and lock.mdb by path, following links.  Checked
 * with lstat before mdb_env_open (check_files) and here after it: the
 * descriptor LMDB got must be the plain file we checked, owned by us.
 * lock.mdb has no getter: LMDB opens it close-on-exec, and the directory
 * (ours, 0700) lets nobody else swap it, so lstat is enough for it. */
int mdshm__check_env_files(mdshm_store_t *st)
{
    char path[PATH_MAX];
    struct stat fsb, lsb;
    int fd, fl, rv;

    if (mdb_env_get_fd(st->env, &fd) != 0 || fd < 0)
        return 0; /* LMDB keeps none (cannot happen after a good open) */
    /* LMDB leaves the data file's descriptor inheritable (lmdb.h): a
     * program we start would get the store read-write. */
    fl = fcntl(fd, F_GETFD);
    if (fl < 0 || fcntl(fd, F_SETFD, fl | FD_CLOEXEC) < 0)
        return -errno;
    if (snprintf(path, sizeof(path), "%s/data.mdb", st->dir) >=
        (int)sizeof(path))
        return -ENAMETOOLONG;
    if (fstat(fd, &fsb) < 0 || lstat(path, &lsb) < 0) {
        rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "cannot check %s", path);
        return rv;
    }
    if (!S_ISREG(lsb.st_mode)) /* a link: named as such */
        return mdshm__check_entry(&st->log, path, &lsb, st->owner, false);
    if (lsb.st_dev != fsb.st_dev || lsb.st_ino != fsb.st_ino) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EPERM,
               "%s was replaced while the store was opened; refusing it",
               path);
        return MDSHM_EPERM;
    }
    rv = mdshm__check_entry(&st->log, path, &fsb, st->owner, false);
    if (rv < 0)
        return rv;
    snprintf(path, sizeof(path), "%s/lock.mdb", st->dir);
    if (lstat(path, &lsb) < 0)
        return errno == ENOENT ? 0 : -errno; /* MDB_NOLOCK: none */
    return mdshm__check_entry(&st->log, path, &lsb, st->owner, false);
}
