/* cmd_renew.c -- mdshm renew MD: ask the leader to renew MD now.
 *
 * Any process may ask (no leadership needed): the request is a file in
 * <store>/requests/ that the leader picks up within a second
 * (mdshm_renew_request).  We say whether a leader is running to pick it
 * up; without one, the request waits for the next leader.
 */
#include "cli.h"

#include <stdio.h>

int cmd_renew(cli_t *cli)
{
    const char *md = cli->pos[0];
    mdshm_leader_status_t ls;
    mdshm_store_t *st = NULL;
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
    if (mdshm_leader_status(st, 0, &ls) == 0 && ls.present &&
        ls.lock_held && !ls.stale)
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
