/* discover.c -- which configuration and which store a command uses when
 * the command line does not say it all (docs/cli.md "Finding the store").
 *
 * An operator who set up /etc/mdshm.conf expects `mdshm status` to show
 * that store, wherever the shell happens to be; a store found anywhere
 * else would be a wrong answer given with confidence.  So the store comes,
 * in this order, from --store DIR, MDStoreDir of --conf FILE, $MDSHM_STORE,
 * MDStoreDir of $MDSHM_CONF, MDStoreDir of /etc/mdshm.conf, and there is
 * no default directory: with none of them the command says what to give.
 * Every message names where the path came from.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef MDSHM_SYSCONFDIR
#define MDSHM_SYSCONFDIR "/etc"
#endif

/* The system's configuration file.  $MDSHM_SYSCONFDIR moves it, so that
 * tests can try the default without touching /etc (docs/cli.md). */
static const char *sysconf_file(void)
{
    static char path[4096];
    const char *dir = getenv("MDSHM_SYSCONFDIR");

    if (!dir || !*dir)
        dir = MDSHM_SYSCONFDIR;
    snprintf(path, sizeof(path), "%s/mdshm.conf", dir);
    return path;
}

int cli_conf_find(const cli_t *cli, const char **path, const char **from)
{
    const char *env = getenv("MDSHM_CONF");
    const char *sys = sysconf_file();

    *path = NULL;
    *from = NULL;
    if (cli->conf_path) {
        *path = cli->conf_path;
        *from = "--conf";
    } else if (env && *env) {
        *path = env;
        *from = "$MDSHM_CONF";
    } else if (access(sys, F_OK) == 0) {
        *path = sys;
        *from = "the default configuration";
    }
    return 0;
}

static int set_store(cli_t *cli, const char *dir, const char *fmt,
                     const char *a, const char *b, int line)
{
    int n;

    free(cli->store_owned);
    free(cli->from_owned);
    cli->store_owned = strdup(dir);
    n = snprintf(NULL, 0, fmt, a, line, b);
    cli->from_owned = n < 0 ? NULL : malloc((size_t)n + 1);
    if (!cli->store_owned || !cli->from_owned) {
        fprintf(stderr, "mdshm: out of memory\n");
        return CLI_EXIT_ERROR;
    }
    snprintf(cli->from_owned, (size_t)n + 1, fmt, a, line, b);
    cli->store_dir = cli->store_owned;
    cli->store_from = cli->from_owned;
    return 0;
}

/* MDStoreDir of the configuration @path (@from: how it was found), or
 * of @cfg if already loaded from it.  0 (found), 1 (the file sets none),
 * CLI_EXIT_ERROR (the file is not usable). */
static int store_of_conf(cli_t *cli, const mdshm_config_t *cfg,
                         const char *path, const char *from)
{
    mdshm_config_global_info_t g;
    mdshm_config_t *own = NULL;
    int rv;

    if (!cfg) {
        rv = mdshm_config_load(path, &own);
        if (rv < 0)
            return cli_fail(rv, "cannot use configuration %s (%s)", path,
                            from);
        cfg = own;
    }
    mdshm_config_global_info(cfg, &g);
    rv = g.store_dir ? set_store(cli, g.store_dir, "MDStoreDir at %s:%d, %s",
                                 g.store_dir_file ? g.store_dir_file : path,
                                 from, g.store_dir_line)
                     : 1;
    mdshm_config_free(own);
    return rv;
}

int cli_store_find(cli_t *cli, const mdshm_config_t *cfg,
                   const char *conf_from)
{
    const char *env = getenv("MDSHM_STORE");
    const char *path, *from;
    int rc;

    if (cli->store_dir) {
        if (!cli->store_from)
            cli->store_from = "from --store";
        return 0;
    }
    cli_conf_find(cli, &path, &from);
    if (cfg && conf_from)
        from = conf_from;
    /* --conf outranks $MDSHM_STORE; the environment's file does not */
    if (path && cli->conf_path &&
        (rc = store_of_conf(cli, cfg, path, from)) != 1)
        return rc;
    if (env && *env) {
        cli->store_dir = env;
        cli->store_from = "from $MDSHM_STORE";
        return 0;
    }
    if (path && !cli->conf_path &&
        (rc = store_of_conf(cli, cfg, path, from)) != 1)
        return rc;
    if (path) {
        fprintf(stderr, "mdshm: %s (%s) sets no MDStoreDir: add one, or "
                "give --store DIR\n", path, from);
        return CLI_EXIT_ERROR;
    }
    fprintf(stderr, "mdshm: no store named: give --store DIR or --conf "
            "FILE, set MDSHM_STORE or MDSHM_CONF, or write MDStoreDir in "
            "%s\n", sysconf_file());
    cli_usage(cli->cmd, false);
    return CLI_EXIT_USAGE;
}

/* The command that creates the store just named, the same way. */
static void print_init_hint(const cli_t *cli)
{
    const char *path, *from;

    cli_conf_find(cli, &path, &from);
    if (cli->store_owned && path) /* the store came from a configuration */
        fprintf(stderr, "mdshm: create it with: mdshm --conf %s init\n",
                path);
    else
        fprintf(stderr, "mdshm: create it with: mdshm --store %s init\n",
                cli->store_dir);
}

int cli_store_open(cli_t *cli, bool readonly, bool create,
                   unsigned maxreaders, size_t mapsize, mdshm_store_t **out)
{
    mdshm_store_opts_t opts;
    int rv;

    *out = NULL;
    if (!cli->store_dir && cli_store_find(cli, NULL, NULL) != 0)
        return MDSHM_EBADINPUT;
    memset(&opts, 0, sizeof(opts));
    opts.readonly = readonly;
    opts.create = create;
    opts.maxreaders = maxreaders;
    opts.mapsize = mapsize;
    /* init --owner: root makes (or gives) the store for that user; any
     * other command, as root on another user's store, runs as that user */
    opts.owner = cli_optarg(cli, "--owner");
    if (!opts.owner) {
        rv = cli_run_as_store_owner(cli);
        if (rv < 0)
            return rv;
    }
    /* not for the drive: it runs for days with curl's and OpenSSL's
     * threads, and a fault there is not necessarily the store's */
    if (strcmp(cli->cmd->name, "drive") != 0)
        cli_fault_guard(cli->store_dir);
    rv = mdshm_store_open(cli->store_dir, &opts, out);
    if (rv < 0) {
        cli_fail(rv, "cannot open store %s (%s)", cli->store_dir,
                 cli->store_from ? cli->store_from : "from --store");
        if (rv == MDSHM_ENOTFOUND && !create)
            print_init_hint(cli);
    }
    return rv;
}
