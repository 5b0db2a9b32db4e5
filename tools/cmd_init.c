/* cmd_init.c -- mdshm init [--maxreaders N] [--mapsize BYTES] [--owner
 * USER[:GROUP]] (cli_store_open passes it on): create the
 * store directory (0700), its LMDB files (0600) and databases.  Running it
 * on an existing store is harmless; a damaged data.mdb is refused (exit 3),
 * never initialized over (mdshm_store_open). */
#include "cli.h"
#include "emit.h"

#include <inttypes.h>
#include <stdio.h>

int cmd_init(cli_t *cli)
{
    mdshm_store_t *st = NULL;
    mdshm_store_stats_t ss;
    uint64_t maxreaders = 0, mapsize = 0;
    int rv;

    rv = cli_opt_u64(cli, "--maxreaders", false, 1, 1000000, &maxreaders);
    if (rv)
        return rv;
    rv = cli_opt_u64(cli, "--mapsize", true, (uint64_t)1 << 20,
                     (uint64_t)SIZE_MAX, &mapsize);
    if (rv)
        return rv;
    if (cli_store_open(cli, false, true, (unsigned)maxreaders,
                       (size_t)mapsize, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_store_stats(st, &ss);
    if (rv < 0) {
        mdshm_store_close(st);
        return cli_fail(rv, "cannot read the figures of store %s",
                        cli->store_dir);
    }
    printf("store %s ready: %u reader slots, map size %" PRIu64
           " bytes, %" PRIu64 " bytes used\n",
           mdshm_store_dir(st), ss.max_readers, ss.map_size, ss.used_size);
    mdshm_store_close(st);
    return CLI_EXIT_OK;
}
