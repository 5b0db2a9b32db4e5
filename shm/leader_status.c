/* leader_status.c -- who leads, as any process sees it (mdshm status,
 * the leader watch): meta/leader, whether leader.lock is held, whether the
 * recorded leader's process exists.  Read-only; apart from leader.c, so
 * that leader_watch.c reads it without calling back into the election. */
#include "store_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct status_read {
    mdshm_leader_status_t *out;
    unsigned stale_ms;
};

static int status_read_fn(mdshm_reader_t *rd, void *baton)
{
    struct status_read *sr = baton;
    mdshm_leader_status_t *out = sr->out;
    mdshm_record_t rec;
    int rv = mdshm_read_get(rd, MDSHM_DB_META, "leader", 6, &rec);

    if (rv == MDSHM_ENOTFOUND)
        return 0;
    if (rv < 0)
        return rv;
    const mdshm_leader_rec_t *l = &rec.u.leader;
    out->present = true;
    out->term = l->term;
    out->pid = l->pid;
    snprintf(out->host, sizeof(out->host), "%.*s", (int)l->host.n,
             (const char *)l->host.p);
    out->since_ms = l->since_ms;
    out->heartbeat_ms = l->heartbeat_ms;
    /* no heartbeat recorded (0): its age is unknown, not 56 years; such
     * a leader counts as stale, as before */
    out->heartbeat_age_ms = l->heartbeat_ms
                                ? mdshm__now_ms() - l->heartbeat_ms
                                : -1;
    out->has_lock = l->has_lock;
    out->stale = !l->heartbeat_ms ||
                 out->heartbeat_age_ms > (int64_t)sr->stale_ms;
    return 0;
}

int mdshm_leader_status(mdshm_store_t *st, unsigned stale_ms,
                        mdshm_leader_status_t *out)
{
    struct status_read sr = {out, stale_ms ? stale_ms : 10000};
    char path[PATH_MAX], host[256];
    struct flock fl;
    int fd, rv;

    memset(out, 0, sizeof(*out));
    rv = mdshm__read_once(st, status_read_fn, &sr);
    if (rv < 0)
        return rv;
    fd = mdshm__open_store_file(st, "leader.lock", O_RDONLY, path,
                                sizeof(path));
    if (fd >= 0) {
        memset(&fl, 0, sizeof(fl));
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        if (fcntl(fd, F_OFD_GETLK, &fl) == 0)
            out->lock_held = fl.l_type != F_UNLCK;
        close(fd);
    }
    if (out->present && gethostname(host, sizeof(host) - 1) == 0 &&
        strncmp(host, out->host, sizeof(host)) == 0 && out->pid > 0)
        out->alive = kill((pid_t)out->pid, 0) == 0 || errno == EPERM;
    return 0;
}
