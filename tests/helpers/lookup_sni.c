/* lookup_sni.c -- test helper: the worker's SNI lookup through the public
 * API, on a store opened read-only.
 *
 *   lookup_sni STORE NAME
 *
 * Prints the MD that serves NAME (and "(wildcard)" if a wildcard entry
 * matched).  Exit 0 found, 1 not found or error (printed), 2 bad usage.
 */
#include "mdshm.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    mdshm_store_opts_t opts;
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t md;
    bool wildcard = false;
    int rv;

    if (argc != 3) {
        fprintf(stderr, "usage: lookup_sni STORE NAME\n");
        return 2;
    }
    memset(&opts, 0, sizeof(opts));
    opts.readonly = true;
    rv = mdshm_store_open(argv[1], &opts, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (rv == 0) {
        rv = mdshm_lookup_sni(rd, argv[2], strlen(argv[2]), &md, &wildcard);
        if (rv == 0)
            printf("%.*s%s\n", (int)md.n, (const char *)md.p,
                   wildcard ? " (wildcard)" : "");
        mdshm_read_end(rd);
    }
    if (rv < 0)
        fprintf(stderr, "lookup_sni: %s: %s (%s)\n", argv[2],
                mdshm_strerror(rv), mdshm_err_name(rv));
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return rv == 0 ? 0 : 1;
}
