/* test_store_owner.c -- the store must be ours: a directory, data.mdb,
 * lock.mdb or leader.lock owned by another user is refused with a message
 * naming both users and the chown (as root; skipped otherwise), a symbolic
 * link in their place is refused, every descriptor the store keeps is
 * close-on-exec, and a leader.lock held by a process that does not lead is
 * reported loudly.  A configured owner (mdshm_store_opts_t.owner): root
 * creates the store for it and gives away only its own single-link
 * files; the owner opens it; anyone else is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "store_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOBODY 65534

static char tmpl[64];
static char logbuf[8192]; /* every error logged, one per line */
static pid_t kid;          /* a lock holder, stopped by the teardown */

static int rm_one(const char *p, const struct stat *sb, int flag,
                  struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(p);
}

static void capture(void *baton, mdshm_log_level_t level, int err,
                    const char *file, int line, const char *msg)
{
    size_t n = strlen(logbuf);
    (void)baton;
    (void)err;
    (void)file;
    (void)line;
    if (level <= MDSHM_LOG_ERR)
        snprintf(logbuf + n, sizeof(logbuf) - n, "%s\n", msg);
}

static int setup_dir(void **state)
{
    strcpy(tmpl, "/tmp/mdshm-owner-XXXXXX");
    assert_non_null(mkdtemp(tmpl));
    *state = tmpl;
    logbuf[0] = 0;
    return 0;
}

static int teardown_dir(void **state)
{
    if (kid > 0) { /* also after a failed assertion */
        kill(kid, SIGKILL);
        waitpid(kid, NULL, 0);
        kid = 0;
    }
    nftw((const char *)*state, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    return 0;
}

static int open_at(const char *path, bool create, mdshm_store_t **st)
{
    mdshm_store_opts_t o = {0};

    o.create = create;
    o.log = capture;
    o.log_level = MDSHM_LOG_ERR;
    *st = NULL;
    return mdshm_store_open(path, &o, st);
}

/* A store at <tmp>/md, created and closed. */
static void make_store(const char *tmp, char *path, size_t size)
{
    mdshm_store_t *st;

    snprintf(path, size, "%s/md", tmp);
    assert_int_equal(open_at(path, true, &st), 0);
    mdshm_store_close(st);
}

/* An empty file of @uid (or ours with -1), as another user would leave. */
static void touch(const char *file, int uid)
{
    int fd = open(file, O_RDWR | O_CREAT, 0600);

    assert_true(fd >= 0);
    close(fd);
    if (uid >= 0)
        assert_int_equal(chown(file, (uid_t)uid, (gid_t)uid), 0);
}

static void skip_unless_root(void)
{
    if (geteuid() != 0) {
        print_message("not root: cannot make files of another user\n");
        skip();
    }
}

/* The refusal names the owner found, the one expected and the chown. */
static void assert_owner_message(const char *path)
{
    char want[600];

    snprintf(want, sizeof(want), "%s is owned by ", path);
    assert_non_null(strstr(logbuf, want));
    assert_non_null(strstr(logbuf, "uid 65534), not by root (uid 0)"));
    snprintf(want, sizeof(want), " root %s\n", path);
    assert_non_null(strstr(logbuf, "run: chown"));
    assert_non_null(strstr(logbuf, want));
}

static void test_foreign_directory_refused(void **state)
{
    char path[256];
    mdshm_store_t *st;

    skip_unless_root();
    /* pre-created by another user with the right mode */
    snprintf(path, sizeof(path), "%s/md", (const char *)*state);
    assert_int_equal(mkdir(path, 0700), 0);
    assert_int_equal(chown(path, NOBODY, NOBODY), 0);
    assert_int_equal(open_at(path, true, &st), MDSHM_EPERM);
    assert_null(st);
    assert_owner_message(path);
    assert_non_null(strstr(logbuf, "chown -R root"));
    /* nothing was written into it */
    char file[300];
    snprintf(file, sizeof(file), "%s/data.mdb", path);
    assert_int_equal(access(file, F_OK), -1);
}

static void foreign_file(void **state, const char *name)
{
    char path[256], file[300];
    mdshm_store_t *st;

    skip_unless_root();
    make_store((const char *)*state, path, sizeof(path));
    snprintf(file, sizeof(file), "%s/%s", path, name);
    touch(file, NOBODY); /* leader.lock: made by the other user */
    logbuf[0] = 0;
    assert_int_equal(open_at(path, false, &st), MDSHM_EPERM);
    assert_null(st);
    assert_owner_message(file);
    assert_null(strstr(logbuf, "chown -R"));
}

static void test_foreign_data_file_refused(void **state)
{
    foreign_file(state, "data.mdb");
}

static void test_foreign_lock_file_refused(void **state)
{
    foreign_file(state, "lock.mdb");
}

static void test_foreign_leader_lock_refused(void **state)
{
    foreign_file(state, "leader.lock");
}

/* leader.lock made by another user after the store was opened: the
 * candidate refuses it rather than wait for a lock that user holds. */
static void test_foreign_leader_lock_refused_by_candidate(void **state)
{
    char path[256], file[300];
    mdshm_store_t *st;
    mdshm__candidate_t *c = NULL;

    skip_unless_root();
    make_store((const char *)*state, path, sizeof(path));
    assert_int_equal(open_at(path, false, &st), 0);
    snprintf(file, sizeof(file), "%s/leader.lock", path);
    touch(file, NOBODY);
    logbuf[0] = 0;
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), MDSHM_EPERM);
    assert_null(c);
    assert_owner_message(file);
    mdshm_store_close(st);
}

/* data.mdb as a link to a file elsewhere: LMDB would follow it. */
static void test_symlinked_data_file_refused(void **state)
{
    char path[256], file[300], real[300];
    mdshm_store_t *st;

    make_store((const char *)*state, path, sizeof(path));
    snprintf(file, sizeof(file), "%s/data.mdb", path);
    snprintf(real, sizeof(real), "%s/elsewhere.mdb", (const char *)*state);
    assert_int_equal(rename(file, real), 0);
    assert_int_equal(symlink(real, file), 0);
    assert_int_equal(open_at(path, false, &st), MDSHM_EPERM);
    assert_null(st);
    assert_non_null(strstr(logbuf, "data.mdb is a symbolic link"));
}

static void test_symlinked_leader_lock_refused(void **state)
{
    char path[256], file[300], real[300];
    mdshm_store_t *st;
    mdshm__candidate_t *c = NULL;

    make_store((const char *)*state, path, sizeof(path));
    assert_int_equal(open_at(path, false, &st), 0);
    snprintf(file, sizeof(file), "%s/leader.lock", path);
    snprintf(real, sizeof(real), "%s/elsewhere.lock", (const char *)*state);
    touch(real, -1);
    assert_int_equal(symlink(real, file), 0);
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), MDSHM_EPERM);
    assert_null(c);
    assert_non_null(strstr(logbuf, "leader.lock is a symbolic link"));
    mdshm_store_close(st);
}

/* Every descriptor the store and a candidate keep is close-on-exec (LMDB
 * leaves data.mdb's inheritable by itself). */
static void test_store_descriptors_close_on_exec(void **state)
{
    char path[256], link[600], target[600];
    mdshm_store_t *st;
    mdshm__candidate_t *c = NULL;
    struct dirent *de;
    unsigned seen = 0;
    DIR *d;

    make_store((const char *)*state, path, sizeof(path));
    assert_int_equal(open_at(path, false, &st), 0);
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), 0);
    assert_int_equal(mdshm__candidate_try(c), 1);
    d = opendir("/proc/self/fd");
    assert_non_null(d);
    while ((de = readdir(d)) != NULL) {
        ssize_t n;
        int fd = atoi(de->d_name);
        if (de->d_name[0] == '.' || fd == dirfd(d))
            continue;
        snprintf(link, sizeof(link), "/proc/self/fd/%s", de->d_name);
        n = readlink(link, target, sizeof(target) - 1);
        if (n <= 0)
            continue;
        target[n] = 0;
        if (strncmp(target, path, strlen(path)) != 0)
            continue;
        seen++;
        print_message("fd %d -> %s\n", fd, target);
        assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    }
    closedir(d);
    assert_true(seen >= 3); /* data.mdb, lock.mdb, leader.lock */
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

/* leader.lock held by a process that never leads (no meta/leader): the
 * candidate says so at error level, naming that process. */
static void test_held_lock_without_leader_is_loud(void **state)
{
    char path[256], file[300], want[64];
    mdshm_candidate_opts_t co = {0};
    mdshm_store_t *st;
    mdshm__candidate_t *c = NULL;
    int ready[2], fd;
    int64_t deadline;
    struct flock fl;
    char b;

    make_store((const char *)*state, path, sizeof(path));
    snprintf(file, sizeof(file), "%s/leader.lock", path);
    assert_int_equal(pipe(ready), 0);
    kid = fork();
    assert_true(kid >= 0);
    if (kid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        fd = open(file, O_RDWR | O_CREAT, 0600);
        memset(&fl, 0, sizeof(fl));
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        if (fd < 0 || fcntl(fd, F_OFD_SETLK, &fl) < 0)
            _exit(1);
        (void)!write(ready[1], "x", 1);
        pause();
        _exit(0);
    }
    close(ready[1]);
    assert_int_equal(read(ready[0], &b, 1), 1);
    close(ready[0]);

    assert_int_equal(open_at(path, false, &st), 0);
    co.heartbeat_ms = 50;
    co.stale_ms = 200;
    assert_int_equal(mdshm__candidate_create(st, &co, &c), 0);
    logbuf[0] = 0;
    deadline = mdshm__mono_ms() + 10000;
    while (!strstr(logbuf, "has not been able to lead") &&
           mdshm__mono_ms() < deadline)
        assert_int_equal(mdshm__candidate_wait(c, 200), 0);
    print_message("%s", logbuf);
    assert_non_null(strstr(logbuf, "has not been able to lead"));
    snprintf(want, sizeof(want), "held by pid %ld,", (long)kid);
    assert_non_null(strstr(logbuf, want));
    assert_non_null(strstr(logbuf, "no leader was ever recorded"));
    /* once it lets go, the candidate leads */
    kill(kid, SIGKILL);
    waitpid(kid, NULL, 0);
    kid = 0;
    assert_int_equal(mdshm__candidate_wait(c, 10000), 1);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

/* Open as @owner ("USER[:GROUP]"), with create. */
static int open_owned(const char *path, const char *owner, bool create,
                      mdshm_store_t **st)
{
    mdshm_store_opts_t o = {0};

    o.create = create;
    o.owner = owner;
    o.log = capture;
    o.log_level = MDSHM_LOG_ERR;
    *st = NULL;
    return mdshm_store_open(path, &o, st);
}

static uid_t uid_of(const char *dir, const char *name)
{
    char p[400];
    struct stat sb;

    snprintf(p, sizeof(p), "%s/%s", dir, name);
    assert_int_equal(lstat(p, &sb), 0);
    return sb.st_uid;
}

/* In a child switched to @uid: open @path as @owner; exit with 0, 1
 * (EPERM) or 2 (anything else). */
static int open_as(uid_t uid, const char *path, const char *owner)
{
    mdshm_store_t *st;
    int status, rv;
    pid_t pid = fork();

    assert_true(pid >= 0);
    if (pid == 0) {
        if (setgid(uid) < 0 || setuid(uid) < 0)
            _exit(3);
        rv = open_owned(path, owner, false, &st);
        mdshm_store_close(st);
        fputs(logbuf, stderr);
        _exit(rv == 0 ? 0 : rv == MDSHM_EPERM ? 1 : 2);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Root creates the store for nobody: every file nobody's, leader.lock
 * and requests/ too when root makes them later; nobody opens it, with or
 * without the option; another user is refused. */
static void test_root_creates_for_owner(void **state)
{
    char path[256];
    mdshm_store_t *st;
    mdshm__candidate_t *c = NULL;
    struct stat sb;

    skip_unless_root();
    snprintf(path, sizeof(path), "%s/md", (const char *)*state);
    assert_int_equal(chmod((const char *)*state, 0755), 0);
    assert_int_equal(open_owned(path, "nobody", true, &st), 0);
    assert_int_equal(mdshm__store_owner(st), NOBODY);
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), 0);
    assert_int_equal(mdshm_renew_request(st, "nothing.example"),
                     MDSHM_ENOTFOUND); /* resolves first: no file */
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_uid, NOBODY);
    assert_int_equal(sb.st_mode & 0777, 0700);
    assert_int_equal(uid_of(path, "data.mdb"), NOBODY);
    assert_int_equal(uid_of(path, "lock.mdb"), NOBODY);
    assert_int_equal(uid_of(path, "leader.lock"), NOBODY);
    /* root without the option: its own uid is expected, so refused */
    logbuf[0] = 0;
    assert_int_equal(open_at(path, false, &st), MDSHM_EPERM);
    /* nobody opens it, with or without naming itself */
    assert_int_equal(open_as(NOBODY, path, NULL), 0);
    assert_int_equal(open_as(NOBODY, path, "nobody"), 0);
    assert_int_equal(open_as(NOBODY, path, "65534"), 0);
    /* another user: refused, before touching anything */
    assert_int_equal(open_as(1, path, NULL), 1);
    assert_int_equal(open_as(1, path, "nobody"), 1);
}

static void test_owner_unknown_user(void **state)
{
    char path[256];
    mdshm_store_t *st;

    snprintf(path, sizeof(path), "%s/md", (const char *)*state);
    assert_int_equal(open_owned(path, "no-such-user-mdshm", true, &st),
                     MDSHM_EBADINPUT);
    assert_non_null(strstr(logbuf, "no such user"));
    logbuf[0] = 0;
    assert_int_equal(open_owned(path, "root:no-such-group-mdshm", true, &st),
                     MDSHM_EBADINPUT);
    assert_non_null(strstr(logbuf, "no such group"));
    assert_int_equal(access(path, F_OK), -1); /* nothing made */
}

/* Root gives its own store files away, never a file with a second name
 * (a hard link could be a file elsewhere) nor another user's. */
static void test_give_only_roots_single_link_files(void **state)
{
    char path[256], file[300], other[300];
    mdshm_store_t *st;

    skip_unless_root();
    make_store((const char *)*state, path, sizeof(path));
    snprintf(file, sizeof(file), "%s/data.mdb", path);
    snprintf(other, sizeof(other), "%s/elsewhere", (const char *)*state);
    assert_int_equal(link(file, other), 0);
    logbuf[0] = 0;
    assert_int_equal(open_owned(path, "nobody", true, &st), MDSHM_EPERM);
    assert_int_equal(uid_of(path, "data.mdb"), 0);
    assert_non_null(strstr(logbuf, "data.mdb is owned by root (uid 0), "
                                   "not by nobody (uid 65534)"));
    assert_non_null(strstr(logbuf, "init --owner nobody"));
    assert_int_equal(unlink(other), 0);
    /* a third user's lock.mdb: refused, left alone */
    snprintf(file, sizeof(file), "%s/lock.mdb", path);
    assert_int_equal(chown(file, 1, 1), 0);
    logbuf[0] = 0;
    assert_int_equal(open_owned(path, "nobody", true, &st), MDSHM_EPERM);
    assert_int_equal(uid_of(path, "lock.mdb"), 1);
    assert_non_null(strstr(logbuf, "lock.mdb is owned by daemon (uid 1)"));
    /* once the operator removes it: the store becomes nobody's */
    assert_int_equal(unlink(file), 0);
    assert_int_equal(open_owned(path, "nobody", true, &st), 0);
    mdshm_store_close(st);
    assert_int_equal(uid_of(path, "data.mdb"), NOBODY);
    assert_int_equal(uid_of(path, "lock.mdb"), NOBODY);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup_dir, teardown_dir)
        T(test_foreign_directory_refused),
        T(test_foreign_data_file_refused),
        T(test_foreign_lock_file_refused),
        T(test_foreign_leader_lock_refused),
        T(test_foreign_leader_lock_refused_by_candidate),
        T(test_symlinked_data_file_refused),
        T(test_symlinked_leader_lock_refused),
        T(test_store_descriptors_close_on_exec),
        T(test_held_lock_without_leader_is_loud),
        T(test_root_creates_for_owner),
        T(test_owner_unknown_user),
        T(test_give_only_roots_single_link_files),
#undef T
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
