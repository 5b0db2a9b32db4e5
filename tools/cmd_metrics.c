/* cmd_metrics.c -- mdshm metrics (Prometheus text) and mdshm status
 * --md-status [MD] (mod_md's md-status JSON): both print what the
 * library's status functions build (docs/status.md), so a cron job or a
 * node_exporter textfile collector gets the same text a server would
 * serve. */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>

/* The documents go to stdout as they are made (a sink), never whole in
 * memory: 100,000 MDs make documents of 200 MB. */
static int stdout_sink(void *baton, const char *data, size_t len)
{
    (void)baton;
    return fwrite(data, 1, len, stdout) == len ? 0 : -EIO;
}

static int flushed(int rv)
{
    if (fflush(stdout) != 0 && rv == 0)
        rv = -EIO;
    return rv;
}

int cmd_md_status(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    const char *md = cli->n_pos ? cli->pos[0] : NULL;
    mdshm_status_page_t page = {cli_optarg(cli, "--after"), 0};
    uint64_t limit = 0;
    int rv;

    rv = cli_opt_u64(cli, "--limit", false, 1, SIZE_MAX, &limit);
    if (rv)
        return rv;
    if (md && (page.after || limit))
        return cli_usage_error(cli, "--after and --limit page the list of "
                               "every MD; they do not go with an MD name");
    page.limit = (size_t)limit;
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_status_json_stream(st, md, (page.after || page.limit) ? &page
                                                                     : NULL,
                                  cli_now_ms(), stdout_sink, NULL);
    mdshm_store_close(st);
    rv = flushed(rv);
    if (rv == MDSHM_ENOTFOUND && md)
        return cli_fail(rv, "no MD and no domain %s in store %s", md,
                        cli->store_dir);
    if (rv < 0)
        return cli_fail(rv, "cannot write the md-status document");
    return CLI_EXIT_OK;
}

int cmd_metrics(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    int rv;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_status_metrics_stream(st, cli_now_ms(), stdout_sink, NULL);
    mdshm_store_close(st);
    rv = flushed(rv);
    if (rv < 0)
        return cli_fail(rv, "cannot write the metrics");
    return CLI_EXIT_OK;
}
