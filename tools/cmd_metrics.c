/* cmd_metrics.c -- mdshm metrics (Prometheus text) and mdshm status
 * --md-status [MD] (mod_md's md-status JSON): both print what the
 * library's status functions build (docs/status.md), so a cron job or a
 * node_exporter textfile collector gets the same text a server would
 * serve. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static int print_doc(int rv, char *doc, size_t len, const char *what)
{
    if (rv == 0 && fwrite(doc, 1, len, stdout) != len)
        rv = cli_fail(-EIO, "cannot write the %s", what);
    free(doc);
    return rv;
}

int cmd_md_status(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    const char *md = cli->n_pos ? cli->pos[0] : NULL;
    char *doc = NULL;
    size_t len = 0;
    int rv;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_status_json(st, md, cli_now_ms(), &doc, &len);
    mdshm_store_close(st);
    if (rv == MDSHM_ENOTFOUND && md)
        return cli_fail(rv, "no MD and no domain %s in store %s", md,
                        cli->store_dir);
    if (rv < 0)
        return cli_fail(rv, "cannot build the md-status document");
    return print_doc(rv, doc, len, "md-status document") ? CLI_EXIT_ERROR
                                                         : CLI_EXIT_OK;
}

int cmd_metrics(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    char *doc = NULL;
    size_t len = 0;
    int rv;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_status_metrics(st, cli_now_ms(), &doc, &len);
    mdshm_store_close(st);
    if (rv < 0)
        return cli_fail(rv, "cannot collect the metrics");
    return print_doc(rv, doc, len, "metrics") ? CLI_EXIT_ERROR : CLI_EXIT_OK;
}
