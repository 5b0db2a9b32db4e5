/* owner.c -- run as root on a store of another user, a command acts as
 * that user: it switches to the store directory's owner (its uid, group
 * and supplementary groups, as runuser does) before opening anything.
 * What it creates (lock.mdb, requests) is then the owner's, and a store
 * the owner controls is never mapped by a root process. */
#include "cli.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_run_as_store_owner(const cli_t *cli)
{
    struct passwd pw, *res = NULL;
    char buf[2048], name[64];
    struct stat sb;
    gid_t gid;
    int rc;

    if (geteuid() != 0 || stat(cli->store_dir, &sb) < 0 ||
        !S_ISDIR(sb.st_mode) || sb.st_uid == 0)
        return 0;
    gid = sb.st_gid;
    if (getpwuid_r(sb.st_uid, &pw, buf, sizeof(buf), &res) == 0 && res) {
        gid = res->pw_gid;
        snprintf(name, sizeof(name), "%s", res->pw_name);
        rc = initgroups(res->pw_name, gid);
    } else {
        snprintf(name, sizeof(name), "uid %u", (unsigned)sb.st_uid);
        rc = setgroups(0, NULL);
    }
    if (rc < 0 || setgid(gid) < 0 || setuid(sb.st_uid) < 0) {
        fprintf(stderr, "mdshm: cannot switch to %s, the owner of store "
                        "%s: %s\n", name, cli->store_dir, strerror(errno));
        return -errno;
    }
    if (cli->verbose)
        fprintf(stderr, "mdshm: store %s belongs to %s: running as %s\n",
                cli->store_dir, name, name);
    return 0;
}
