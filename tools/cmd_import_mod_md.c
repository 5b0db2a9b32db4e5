/* cmd_import_mod_md.c -- mdshm import-mod-md DIR: import the store of
 * Apache's mod_md (its MDStoreDir) so that switching costs no new order
 * (docs/httpd.md "Switching from mod_md: what is imported").
 *
 * The store is --store, else the MDStoreDir of the configuration
 * (--conf, $MDSHM_CONF or the system's file, if any), else $MDSHM_STORE;
 * it is created if missing. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

int cmd_import_mod_md(cli_t *cli)
{
    const char *dir = cli->pos[0], *conf, *conf_from;
    mdshm_config_t *cfg = NULL;
    mdshm_store_t *st = NULL;
    mdshm_mod_md_import_t res;
    int rv, rc = CLI_EXIT_ERROR;

    cli_conf_find(cli, &conf, &conf_from);
    if (conf) {
        rv = mdshm_config_load(conf, &cfg);
        if (rv < 0) {
            cli_fail(rv, "import-mod-md: cannot use configuration %s", conf);
            goto out;
        }
    }
    if (cli_store_find(cli, cfg, conf_from) != 0 ||
        cli_store_open(cli, false, true, 0, 0, &st) < 0)
        goto out;
    rv = mdshm_import_mod_md(st, dir, NULL, &res);
    printf("mod_md store %s: %u account%s imported (%u kept), %u MD%s read "
           "(%u left out), %u certificate set%s imported (%u kept), %u OCSP "
           "response%s, %u MD%s written\n",
           dir, res.accounts, res.accounts == 1 ? "" : "s",
           res.accounts_kept, res.mds, res.mds == 1 ? "" : "s",
           res.mds_failed, res.sets, res.sets == 1 ? "" : "s",
           res.sets_kept, res.staples, res.staples == 1 ? "" : "s",
           res.md_defs, res.md_defs == 1 ? "" : "s");
    if (rv < 0) {
        cli_fail(rv, "import-mod-md of %s: %s", dir,
                 res.mds_failed ? "some MDs were left out (see above)"
                                : "failed");
        goto out;
    }
    rc = CLI_EXIT_OK;
out:
    mdshm_store_close(st);
    mdshm_config_free(cfg);
    return rc;
}
