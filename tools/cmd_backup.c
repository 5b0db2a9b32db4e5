/* cmd_backup.c -- mdshm backup DEST: a consistent copy of the store into
 * the new directory DEST (0700, data.mdb 0600, compacted) while the
 * leader keeps writing; never over an existing directory.  The copy is
 * then opened and checked like mdshm check: exit 3 if it is not sound. */
#include "cli.h"

#include <stdio.h>

int cmd_backup(cli_t *cli)
{
    mdshm_store_opts_t opts = {0};
    mdshm_store_t *st = NULL, *copy = NULL;
    const char *dest = cli->pos[0];
    size_t n_records = 0, n_corrupt = 0;
    int rv;

    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_store_backup(st, dest);
    mdshm_store_close(st);
    if (rv < 0)
        return cli_fail(rv, "cannot back store %s up to %s", cli->store_dir,
                        dest);
    /* verify: the copy opens (its lock file is made now) and decodes */
    rv = mdshm_store_open(dest, &opts, &copy);
    if (rv == 0) {
        rv = mdshm_store_check(copy, NULL, NULL, &n_records, &n_corrupt);
        mdshm_store_close(copy);
    }
    if (rv < 0 && rv != MDSHM_ECORRUPT)
        return cli_fail(rv, "the copy in %s does not open", dest);
    printf("store %s copied to %s: %zu records, %zu corrupt\n",
           cli->store_dir, dest, n_records, n_corrupt);
    return rv == MDSHM_ECORRUPT || n_corrupt ? CLI_EXIT_CORRUPT : CLI_EXIT_OK;
}
