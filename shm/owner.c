/* owner.c -- who the store belongs to.  Mode 0700/0600 keeps others out
 * only if the store is ours: a directory, data file or lock file another
 * user created (before us, with a tight mode) lets that user read and
 * replace every private key we write, or hold leader.lock for ever.  So
 * each of them must be a plain directory/file (no symbolic link) owned by
 * the expected user, checked on the open descriptor where there is one. */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
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

/* Why @owner is expected, for messages. */
static const char *expected_why(bool configured)
{
    return configured ? "the store's configured owner"
                      : "the user this process runs as";
}

/* @path (@sb) belongs to someone else than @owner: say so, with the fix
 * that fits the case.  @dir: the store (NULL: a file outside one). */
static int refuse_owner(const mdshm__logger_t *lg, const char *path,
                        const struct stat *sb, uid_t owner, bool configured,
                        const char *dir)
{
    char found[320], want[320], arg[256], fname[256];
    const char *r = S_ISDIR(sb->st_mode) ? " -R" : "";

    user_text(sb->st_uid, found, sizeof(found));
    user_text(owner, want, sizeof(want));
    user_name(owner, arg, sizeof(arg)); /* for the command lines */
    user_name(sb->st_uid, fname, sizeof(fname));
    if (dir && sb->st_uid == 0 && owner != 0)
        /* a store root made, for workers that run as someone else */
        MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                   "%s is owned by %s, not by %s (%s): refused; if the "
                   "store is meant for %s, give it to %s as root: mdshm "
                   "--store %s init --owner %s (or chown -R %s %s)",
                   path, found, want, expected_why(configured), arg, arg,
                   dir, arg, arg, dir);
    else if (dir && geteuid() != 0)
        /* a process running as the wrong user */
        MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                   "%s is owned by %s, not by %s (%s): refused (a store "
                   "is opened only by its owner); run this process as %s, "
                   "or, if the store is meant for %s, run as root: chown "
                   "-R %s %s",
                   path, found, want, expected_why(configured), fname, arg,
                   arg, dir);
    else
        MDSHM__LOG(lg, MDSHM_LOG_ERR, MDSHM_EPERM,
                   "%s is owned by %s, not by %s (%s): its owner could "
                   "read or replace the store's keys, so it is refused; "
                   "find out who created it, and if the store is yours "
                   "run: chown%s %s %s",
                   path, found, want, expected_why(configured), r, arg,
                   path);
    return MDSHM_EPERM;
}

int mdshm__check_owner(const mdshm__logger_t *lg, const char *path,
                       const struct stat *sb, uid_t owner)
{
    if (sb->st_uid == owner)
        return 0;
    return refuse_owner(lg, path, sb, owner, false, NULL);
}

static int check_entry(const mdshm__logger_t *lg, const char *path,
                       const struct stat *sb, uid_t owner, bool is_dir,
                       const mdshm_store_t *st)
{
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
    if (sb->st_uid != owner)
        return refuse_owner(lg, path, sb, owner, st && st->configured,
                            st ? st->dir : NULL);
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

int mdshm__check_entry(const mdshm__logger_t *lg, const char *path,
                       const struct stat *sb, uid_t owner, bool is_dir)
{
    return check_entry(lg, path, sb, owner, is_dir, NULL);
}

int mdshm__store_check_entry(const mdshm_store_t *st, const char *path,
                             const struct stat *sb, bool is_dir)
{
    return check_entry(&st->log, path, sb, st->owner, is_dir, st);
}

/* A uid or gid written as a decimal number (digits only, below -1). */
static bool parse_id(const char *s, unsigned long *out)
{
    char *end;

    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    *out = strtoul(s, &end, 10);
    return !*end && !errno && *out < (unsigned long)(uid_t)-1;
}

/* A user name or number; false if neither. */
static bool parse_user(const char *s, uid_t *uid, gid_t *gid)
{
    struct passwd pw, *res = NULL;
    char buf[2048];
    unsigned long n;

    if (getpwnam_r(s, &pw, buf, sizeof(buf), &res) == 0 && res) {
        *uid = res->pw_uid;
        *gid = res->pw_gid;
        return true;
    }
    if (!parse_id(s, &n))
        return false;
    *uid = (uid_t)n;
    /* a number with a passwd entry: its group; else keep the group */
    if (getpwuid_r(*uid, &pw, buf, sizeof(buf), &res) == 0 && res)
        *gid = res->pw_gid;
    else
        *gid = (gid_t)-1;
    return true;
}

static bool parse_group(const char *s, gid_t *gid)
{
    struct group gr, *res = NULL;
    char buf[4096];
    unsigned long n;

    if (getgrnam_r(s, &gr, buf, sizeof(buf), &res) == 0 && res) {
        *gid = res->gr_gid;
        return true;
    }
    if (!parse_id(s, &n))
        return false;
    *gid = (gid_t)n;
    return true;
}

int mdshm__store_set_owner(mdshm_store_t *st, const char *spec)
{
    char user[256], me[320], want[320];
    const char *colon;
    uid_t uid, euid = geteuid();
    gid_t gid;

    st->owner = euid;
    st->owner_gid = (gid_t)-1;
    if (!spec)
        return 0;
    colon = strchr(spec, ':');
    if ((size_t)snprintf(user, sizeof(user), "%.*s",
                         (int)(colon ? (size_t)(colon - spec) : strlen(spec)),
                         spec) >= sizeof(user) ||
        !parse_user(user, &uid, &gid)) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EBADINPUT,
               "store %s: owner '%s': no such user", st->dir, spec);
        return MDSHM_EBADINPUT;
    }
    if (colon && !parse_group(colon + 1, &gid)) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EBADINPUT,
               "store %s: owner '%s': no such group", st->dir, spec);
        return MDSHM_EBADINPUT;
    }
    st->owner = uid;
    st->owner_gid = gid;
    st->configured = true;
    st->give = euid == 0 && uid != 0;
    if (euid == 0 || euid == uid)
        return 0;
    user_text(euid, me, sizeof(me));
    user_text(uid, want, sizeof(want));
    ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EPERM,
           "store %s belongs to %s (its configured owner), but this "
           "process runs as %s: switch to %s before opening it (setgid, "
           "setuid after fork: docs/custom.md), or open it as root",
           st->dir, want, me, user);
    return MDSHM_EPERM;
}

int mdshm__store_give(const mdshm_store_t *st, const char *path, int fd)
{
    struct stat sb;
    int own = -1, rv = 0;

    if (!st->give)
        return 0;
    if (fd < 0) {
        /* the store directory may be a link (the operator's choice);
         * anything inside it must not be */
        own = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK |
                             (strcmp(path, st->dir) ? O_NOFOLLOW : 0));
        if (own < 0)
            return errno == ENOENT || errno == ELOOP ? 0 : -errno;
        fd = own;
    }
    /* only root's own, and never a file with a second name (a hard link
     * could hand out a file elsewhere) */
    if (fstat(fd, &sb) < 0)
        rv = -errno;
    else if (sb.st_uid == 0 &&
             (S_ISDIR(sb.st_mode) || (S_ISREG(sb.st_mode) && sb.st_nlink == 1))
             && fchown(fd, st->owner, st->owner_gid) < 0)
        rv = -errno;
    if (rv < 0)
        ST_LOG(st, MDSHM_LOG_ERR, rv, "cannot give %s to uid %u", path,
               (unsigned)st->owner);
    if (own >= 0)
        close(own);
    return rv;
}

/* Make @name for the owner unless it exists; give it if root's. */
static int give_file(mdshm_store_t *st, const char *name, bool make)
{
    char path[PATH_MAX];
    int fd, rv;

    if ((size_t)snprintf(path, sizeof(path), "%s/%s", st->dir, name) >=
        sizeof(path))
        return -ENAMETOOLONG;
    fd = open(path, (make ? O_RDWR | O_CREAT : O_RDONLY) | O_NOFOLLOW |
                        O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
    if (fd < 0) /* not there, or a link: check_files says which */
        return errno == ENOENT || errno == ELOOP ? 0 : -errno;
    rv = mdshm__store_give(st, path, fd);
    close(fd);
    return rv;
}

int mdshm__store_give_files(mdshm_store_t *st, bool create)
{
    char path[PATH_MAX];
    bool have_data;
    int rv;

    if (!st->give)
        return 0;
    snprintf(path, sizeof(path), "%s/data.mdb", st->dir);
    have_data = access(path, F_OK) == 0;
    /* data.mdb is LMDB's to make (an empty one reads as damaged): it
     * is given right after mdb_env_open */
    if ((rv = mdshm__store_give(st, st->dir, -1)) < 0 ||
        (rv = give_file(st, "data.mdb", false)) < 0 ||
        /* LMDB makes lock.mdb even for a reader: make it the owner's */
        (rv = give_file(st, "lock.mdb", create || have_data)) < 0 ||
        (rv = give_file(st, "leader.lock", false)) < 0 ||
        (rv = give_file(st, "requests", false)) < 0)
        return rv;
    return 0;
}

void mdshm__store_access_denied(const mdshm_store_t *st, const char *path,
                                int rv)
{
    char dir[PATH_MAX], me[320], owner[320], arg[256];
    struct stat sb;
    char *slash;

    user_text(geteuid(), me, sizeof(me));
    user_name(geteuid(), arg, sizeof(arg));
    /* the nearest directory this process can see: the one that keeps it
     * out (the store, or a parent of it) */
    snprintf(dir, sizeof(dir), "%s", path);
    while (stat(dir, &sb) < 0 || !S_ISDIR(sb.st_mode)) {
        if (!(slash = strrchr(dir, '/')) || slash == dir) {
            snprintf(dir, sizeof(dir), "%s", slash == dir ? "/" : ".");
            if (stat(dir, &sb) < 0)
                sb.st_uid = 0;
            break;
        }
        *slash = '\0';
    }
    user_text(sb.st_uid, owner, sizeof(owner));
    ST_LOG(st, MDSHM_LOG_ERR, rv,
           "cannot open %s: this process runs as %s, and %s (owner %s, mode "
           "%04o) keeps it out; the store and the directories above it "
           "must let the user the workers run as in: run as root: mdshm "
           "--store %s init --owner %s (and make the parent directories "
           "searchable), or run this process as the store's owner",
           path, me, dir, owner, (unsigned)(sb.st_mode & 07777), st->dir,
           arg);
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
        else if (rv == -EACCES)
            mdshm__store_access_denied(st, path, rv);
        else if (rv != -ENOENT || (flags & O_CREAT))
            ST_LOG(st, MDSHM_LOG_ERR, rv, "open(%s)", path);
        return rv == -ELOOP ? MDSHM_EPERM : rv;
    }
    /* root for the owner: a leader.lock it made goes to the owner */
    if ((rv = mdshm__store_give(st, path, fd)) < 0) {
        close(fd);
        return rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        ST_LOG(st, MDSHM_LOG_ERR, rv, "fstat(%s)", path);
    } else {
        rv = mdshm__store_check_entry(st, path, &sb, false);
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
        return mdshm__store_check_entry(st, path, &lsb, false);
    if (lsb.st_dev != fsb.st_dev || lsb.st_ino != fsb.st_ino) {
        ST_LOG(st, MDSHM_LOG_ERR, MDSHM_EPERM,
               "%s was replaced while the store was opened; refusing it",
               path);
        return MDSHM_EPERM;
    }
    rv = mdshm__store_check_entry(st, path, &fsb, false);
    if (rv < 0)
        return rv;
    snprintf(path, sizeof(path), "%s/lock.mdb", st->dir);
    if (lstat(path, &lsb) < 0)
        return errno == ENOENT ? 0 : -errno; /* MDB_NOLOCK: none */
    return mdshm__store_check_entry(st, path, &lsb, false);
}
