/* leader_watch.c -- say so, loudly, when a candidate cannot lead and
 * nobody else does: leader.lock held by a process that is not a live
 * leader (a stuck tool, a foreign program) keeps every drive waiting, and
 * without this line nothing would tell the operator why certificates stop
 * being renewed. */
#include "store_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Heartbeats without leadership before the first line, and the interval
 * at which it is repeated while nothing changes. */
#define BLOCKED_HEARTBEATS 3
#define REPEAT_MS 60000

/* Does meta/leader show a leader that lives (fresh heartbeat, and on this
 * host a process that exists)?  @why says why not. */
static bool leader_lives(mdshm_store_t *st, unsigned stale_ms, char *why,
                         size_t size)
{
    mdshm_leader_status_t ls;
    char host[256];

    if (mdshm_leader_status(st, stale_ms, &ls) < 0) {
        snprintf(why, size, "meta/leader cannot be read");
        return false;
    }
    if (!ls.present) {
        snprintf(why, size, "no leader was ever recorded");
        return false;
    }
    if (ls.heartbeat_ms == 0 || ls.stale) {
        snprintf(why, size, "the last leader, pid %lld, %s",
                 (long long)ls.pid,
                 ls.heartbeat_ms ? "stopped its heartbeat" : "resigned");
        return false;
    }
    memset(host, 0, sizeof(host)); /* alive is known on its host only */
    if (!ls.alive && ls.pid > 0 && gethostname(host, sizeof(host) - 1) == 0 &&
        strcmp(host, ls.host) == 0) {
        snprintf(why, size, "the recorded leader, pid %lld, is gone",
                 (long long)ls.pid);
        return false;
    }
    return true;
}

/* Does /proc/<pid>/fdinfo/<fd> show a lock held through that descriptor?
 * (The kernel lists only granted locks of that open file there.) */
static bool fd_holds_lock(const char *pid, const char *fd)
{
    char path[600], line[256];
    bool held = false;
    FILE *f;

    snprintf(path, sizeof(path), "/proc/%s/fdinfo/%s", pid, fd);
    if (!(f = fopen(path, "re")))
        return false;
    while (!held && fgets(line, sizeof(line), f))
        held = strncmp(line, "lock:", 5) == 0 && strstr(line, "WRITE");
    fclose(f);
    return held;
}

/* The process holding the lock on @lockfd's file: the pid of a classic
 * POSIX lock comes with F_OFD_GETLK; an OFD lock (what candidates take)
 * has none, so /proc is searched for a descriptor of that file that holds
 * it.  0 when unknown (another user's processes without root); -1 when the
 * lock is free. */
static long lock_holder(int lockfd)
{
    struct flock fl;
    struct stat lsb, sb;
    struct dirent *pe, *fe;
    char path[600], self[32];
    long found = 0;
    DIR *proc, *fds;

    memset(&fl, 0, sizeof(fl));
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    if (fcntl(lockfd, F_OFD_GETLK, &fl) < 0 || fl.l_type == F_UNLCK)
        return -1;
    if (fl.l_pid > 0)
        return (long)fl.l_pid;
    if (fstat(lockfd, &lsb) < 0 || !(proc = opendir("/proc")))
        return 0;
    snprintf(self, sizeof(self), "%ld", (long)getpid());
    while (!found && (pe = readdir(proc)) != NULL) {
        if (pe->d_name[0] < '1' || pe->d_name[0] > '9' ||
            strcmp(pe->d_name, self) == 0)
            continue;
        snprintf(path, sizeof(path), "/proc/%s/fd", pe->d_name);
        if (!(fds = opendir(path)))
            continue;
        while (!found && (fe = readdir(fds)) != NULL) {
            snprintf(path, sizeof(path), "/proc/%s/fd/%s", pe->d_name,
                     fe->d_name);
            if (fe->d_name[0] != '.' && stat(path, &sb) == 0 &&
                sb.st_dev == lsb.st_dev && sb.st_ino == lsb.st_ino &&
                fd_holds_lock(pe->d_name, fe->d_name))
                found = strtol(pe->d_name, NULL, 10);
        }
        closedir(fds);
    }
    closedir(proc);
    return found;
}

void mdshm__leader_watch(mdshm__leader_watch_t *w, mdshm_store_t *st,
                         int lockfd, unsigned heartbeat_ms, unsigned stale_ms,
                         bool leading)
{
    int64_t now = mdshm__mono_ms();
    char why[160], who[64];
    long holder;

    if (leading || !w->since) {
        w->since = leading ? 0 : now;
        w->next_log = 0;
        return;
    }
    if (now - w->since < (int64_t)BLOCKED_HEARTBEATS * heartbeat_ms ||
        now < w->next_log)
        return;
    if (leader_lives(st, stale_ms, why, sizeof(why))) {
        w->since = now; /* somebody leads: not blocked */
        return;
    }
    holder = lock_holder(lockfd);
    if (holder < 0)
        return; /* free now: the next try takes it */
    if (holder > 0)
        snprintf(who, sizeof(who), "pid %ld", holder);
    else
        snprintf(who, sizeof(who), "a process this user cannot see");
    ST_LOG(st, MDSHM_LOG_ERR, MDSHM_ENOTLEADER,
           "store %s: pid %ld has not been able to lead for %.1f s: "
           "%s/leader.lock is held by %s, which is not a live leader (%s); "
           "nothing is renewed until it lets go: stop that process "
           "(fuser -v %s/leader.lock shows it)",
           st->dir, (long)getpid(), (double)(now - w->since) / 1000,
           st->dir, who, why, st->dir);
    w->next_log = now + REPEAT_MS;
}
