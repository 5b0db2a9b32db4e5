/* cmd_renew.c -- mdshm renew MD: ask the leader to renew MD now.
 *
 * Any process may ask (no leadership needed): the request is a file in
 * <store>/requests/ that the leader picks up within a second
 * (mdshm_renew_request).  We say whether a leader is running to pick it
 * up; without one, the request waits for the next leader.  In cluster
 * mode a host that does not lead the cluster forwards it to the cluster
 * leader through etcd (docs/cluster.md): we say so.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* Cluster mode (meta/cluster, as the host's leader last wrote it): whether
 * another host leads the cluster, and which (@leader, "" unknown). */
static bool cluster_follower(mdshm_store_t *st, char *leader, size_t size)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;
    bool follower = false;

    if (mdshm_reader_create(st, &rd) < 0)
        return false;
    if (mdshm_read_begin(rd) == 0) {
        if (mdshm_read_get(rd, MDSHM_DB_META, "cluster", 7, &rec) == 0) {
            const mdshm_cluster_rec_t *c = &rec.u.cluster;
            follower = !(c->role.n == 6 && !memcmp(c->role.p, "leader", 6));
            snprintf(leader, size, "%.*s", (int)c->leader.n,
                     (const char *)c->leader.p);
        }
        mdshm_read_end(rd);
    }
    mdshm_reader_destroy(rd);
    return follower;
}

int cmd_renew(cli_t *cli)
{
    const char *md = cli->pos[0];
    mdshm_leader_status_t ls;
    mdshm_store_t *st = NULL;
    char leader[160];
    bool running;
    int rv, rc = CLI_EXIT_ERROR;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_renew_request(st, md);
    if (rv == MDSHM_EBADINPUT) {
        rc = cli_usage_error(cli, "renew: '%s' is not an MD name", md);
        goto out;
    }
    if (rv < 0) {
        cli_fail(rv, "renew: cannot request the renewal of %s", md);
        goto out;
    }
    running = mdshm_leader_status(st, 0, &ls) == 0 && ls.present &&
              ls.lock_held && !ls.stale;
    if (running && cluster_follower(st, leader, sizeof(leader)))
        printf("renewal of %s requested; this host does not lead the "
               "cluster: its leader (pid %lld) forwards it within a second "
               "to the cluster leader%s%s, which renews it\n", md,
               (long long)ls.pid, leader[0] ? " " : "", leader);
    else if (running)
        printf("renewal of %s requested; the leader (pid %lld) picks it up "
               "within a second\n", md, (long long)ls.pid);
    else
        printf("renewal of %s requested; no leader is running now: the next "
               "one will pick it up (mdshm drive)\n", md);
    rc = CLI_EXIT_OK;
out:
    mdshm_store_close(st);
    return rc;
}
