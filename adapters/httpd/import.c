/* import.c -- switching from mod_md without a new order: on the start that
 * creates the mdshm store (MDStoreDir/mdshm), the root parent imports the
 * mod_md store of the same MDStoreDir (accounts, certificates, keys, OCSP
 * responses) before any child starts.  A store that exists already is
 * never imported into again, so a later start (or a graceful restart)
 * changes nothing, and mod_md's files are only read (docs/httpd.md
 * "Switching from mod_md"). */
#include "mod_mdshm.h"

#include <errno.h>
#include <sys/stat.h>

#include "apr_strings.h"

APLOG_USE_MODULE(mdshm);

int mdshm_h_store_is_new(apr_pool_t *p, const char *store_dir)
{
    struct stat st;

    /* data.mdb is the store's first file: without it, nothing was ever
     * written (mdshm_store_open with create makes it) */
    return stat(apr_pstrcat(p, store_dir, "/data.mdb", NULL), &st) != 0 &&
           errno == ENOENT;
}

void mdshm_h_import_mod_md(apr_pool_t *p, server_rec *s, const char *base,
                           const char *store_dir, const char *owner)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    mdshm_mod_md_import_t res;
    struct stat sb;
    int rv;

    if (lstat(apr_pstrcat(p, base, "/md_store.json", NULL), &sb) != 0)
        return; /* no mod_md store here: nothing to switch from */
    so.owner = owner; /* root writes for httpd's User, as mdshm_tls_init */
    rv = mdshm_store_open(store_dir, &so, &st);
    if (rv < 0)
        goto out;
    rv = mdshm_import_mod_md(st, base, NULL, &res);
    ap_log_error(APLOG_MARK, rv < 0 ? APLOG_ERR : APLOG_NOTICE, 0, s,
                 "mod_mdshm: imported the mod_md store %s into the new store "
                 "%s: %u account(s) (%u kept), %u MD(s) read (%u left out), "
                 "%u certificate set(s) (%u kept), %u OCSP response(s), "
                 "%u MD(s) written; mod_md's files are left as they were",
                 base, store_dir, res.accounts, res.accounts_kept, res.mds,
                 res.mds_failed, res.sets, res.sets_kept, res.staples,
                 res.md_defs);
out:
    if (rv < 0)
        /* the start goes on: what is missing is ordered again */
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s,
                     "mod_mdshm: the import of the mod_md store %s was not "
                     "complete (%s); it is not tried again at the next "
                     "start (docs/httpd.md, \"Switching from mod_md\")",
                     base, mdshm_strerror(rv));
    mdshm_store_close(st);
}
