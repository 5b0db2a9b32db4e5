/* cmd_check.c -- mdshm check: decode every record (and check that each
 * certificate set's key matches its leaf); list the corrupt ones.
 * Exit 3 when any record is corrupt. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

static void on_corrupt(void *baton, mdshm_db_t db, mdshm_buf_t key, int err)
{
    char *k = cli_escape(key.p, key.n);

    (void)baton;
    printf("corrupt: %s/%s: %s\n", mdshm_db_name(db), k ? k : "?",
           mdshm_err_name(err));
    free(k);
}

int cmd_check(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    size_t n_records = 0, n_corrupt = 0;
    int rv;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_store_check(st, on_corrupt, NULL, &n_records, &n_corrupt);
    mdshm_store_close(st);
    if (rv < 0 && rv != MDSHM_ECORRUPT)
        return cli_fail(rv, "cannot check store %s", cli->store_dir);
    printf("%zu records, %zu corrupt\n", n_records, n_corrupt);
    fflush(stdout);
    return rv == MDSHM_ECORRUPT || n_corrupt ? CLI_EXIT_CORRUPT
                                             : CLI_EXIT_OK;
}
