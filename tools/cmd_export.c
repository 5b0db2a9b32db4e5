/* cmd_export.c -- mdshm export MD [--dir DIR] [--conf FILE]: the MD's
 * active certificate sets as PEM files for programs that read files
 * (mdshm_export: cert.pem, chain.pem, fullchain.pem, privkey.pem, one
 * directory per key spec when there are several; switched atomically).
 *
 * Without --dir, the MD's MDExportDir of --conf is used (DIR/<md>/, the
 * directory the leader keeps current).  With --conf the store is its
 * MDStoreDir unless --store is given.  Nothing secret is printed: the
 * output names the files only.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The MD's MDExportDir/<md> from @cfg (malloc'ed), or NULL (printed). */
static char *configured_dir(const mdshm_config_t *cfg, const char *conf,
                            const char *md)
{
    mdshm_config_md_info_t info;
    char *path;

    for (size_t i = 0; mdshm_config_md_info(cfg, i, &info) == 0; i++) {
        if (strcmp(info.name, md) != 0)
            continue;
        if (!info.export_dir) {
            fprintf(stderr, "mdshm: export: MD %s has no MDExportDir in %s; "
                    "give --dir DIR\n", md, conf);
            return NULL;
        }
        if (mkdir(info.export_dir, 0755) < 0 && errno != EEXIST) {
            cli_fail(-errno, "export: cannot create %s", info.export_dir);
            return NULL;
        }
        path = malloc(strlen(info.export_dir) + strlen(md) + 2);
        if (path)
            sprintf(path, "%s/%s", info.export_dir, md);
        return path;
    }
    fprintf(stderr, "mdshm: export: no MD %s in %s\n", md, conf);
    return NULL;
}

int cmd_export(cli_t *cli)
{
    const char *md = cli->pos[0], *dir = cli_optarg(cli, "--dir");
    const char *conf = cli_optarg(cli, "--conf");
    mdshm_config_t *cfg = NULL;
    mdshm_store_t *st = NULL;
    char *own_dir = NULL;
    int rv, rc = CLI_EXIT_ERROR;

    if (!dir && !conf)
        return cli_usage_error(cli, "export: give --dir DIR (or --conf FILE "
                               "with MDExportDir)");
    if (!*md || strchr(md, '/') || !strcmp(md, ".") || !strcmp(md, ".."))
        return cli_usage_error(cli, "export: '%s' is not an MD name", md);
    if (conf) {
        rv = mdshm_config_load(conf, &cfg);
        if (rv < 0) {
            cli_fail(rv, "export: cannot use configuration %s", conf);
            goto out;
        }
        if (!cli_store_given(cli) && mdshm_config_store_dir(cfg))
            cli->store_dir = mdshm_config_store_dir(cfg);
        if (!dir && !(dir = own_dir = configured_dir(cfg, conf, md)))
            goto out;
    }
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        goto out;
    rv = mdshm_export(st, md, dir);
    if (rv == MDSHM_EBADINPUT) {
        rc = cli_usage_error(cli, "export: '%s' is not an MD name", md);
        goto out;
    }
    if (rv < 0) {
        cli_fail(rv, "export: cannot export %s to %s", md, dir);
        goto out;
    }
    if (rv == 1)
        printf("%s: the files in %s are current; nothing written\n", md, dir);
    else
        printf("%s: exported to %s (cert.pem, chain.pem, fullchain.pem, "
               "privkey.pem)\n", md, dir);
    rc = CLI_EXIT_OK;
out:
    mdshm_store_close(st);
    mdshm_config_free(cfg);
    free(own_dir);
    return rc;
}
