/* cmd_status_html.c -- mdshm status --html FILE [--after MD] [--limit N]:
 * the status page of mdshm_status_html_stream() (docs/status.md, "The
 * HTML view") written to FILE, or to stdout for "-".  A file is written
 * beside itself and renamed into place, so a web server or a browser
 * reading it while a cron job refreshes it never sees half a page. */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int file_sink(void *baton, const char *data, size_t len)
{
    return fwrite(data, 1, len, baton) == len ? 0 : -EIO;
}

int cmd_status_html(cli_t *cli)
{
    const char *file = cli_optarg(cli, "--html");
    mdshm_status_page_t page = {cli_optarg(cli, "--after"), 0};
    mdshm_store_t *st = NULL;
    char *tmp = NULL;
    FILE *f = stdout;
    uint64_t limit = 0;
    int rv;

    rv = cli_opt_u64(cli, "--limit", false, 1, SIZE_MAX, &limit);
    if (rv)
        return rv;
    if (cli->n_pos)
        return cli_usage_error(cli, "unexpected argument %s (--html shows "
                               "every MD; page with --after and --limit)",
                               cli->pos[0]);
    page.limit = (size_t)limit;
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    if (strcmp(file, "-") != 0) {
        size_t n = strlen(file) + 32;
        if (!(tmp = malloc(n))) {
            rv = -ENOMEM;
            goto out;
        }
        snprintf(tmp, n, "%s.tmp.%ld", file, (long)getpid());
        if (!(f = fopen(tmp, "w"))) {
            rv = -errno;
            goto out;
        }
    }
    rv = mdshm_status_html_stream(st, (page.after || page.limit) ? &page
                                                                 : NULL,
                                  cli_now_ms(), file_sink, f);
    if (fflush(f) != 0 && rv == 0)
        rv = -EIO;
    if (f != stdout && fclose(f) != 0 && rv == 0)
        rv = -EIO;
    if (tmp && rv == 0 && rename(tmp, file) != 0)
        rv = -errno;
out:
    if (tmp && rv < 0)
        unlink(tmp);
    free(tmp);
    mdshm_store_close(st);
    if (rv < 0)
        return cli_fail(rv, "cannot write the status page to %s", file);
    return CLI_EXIT_OK;
}
