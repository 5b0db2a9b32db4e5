/* cmd_drive.c -- mdshm drive --conf FILE [--http01-listen ADDR:PORT]
 *                [--max-parallel N]
 *
 * Runs the drive in the foreground: a leadership candidate for the store
 * that, while it leads, obtains and renews the certificates of the
 * configured MDs (mdshm_drive_run).  SIGTERM and SIGINT stop it cleanly:
 * running orders stop at their next step and are resumed by the next
 * leader from the store.  SIGHUP reads the configuration again
 * (mdshm_drive_reload): a bad file is reported and changes nothing.
 *
 * Configuration: --conf FILE, else $MDSHM_CONF, else /etc/mdshm.conf.
 * Store: --store DIR if given, else MDStoreDir of the configuration,
 * else $MDSHM_STORE (discover.c).  It is created if missing.
 * Logging: one line per event on stderr with a UTC timestamp
 * (mdshm_log_stderr, the library's own format), or to syslog with --log
 * syslog, at NOTICE and above (INFO with -v, DEBUG with -vv).
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static mdshm_drive_t *volatile the_drive;
/* SIGHUP before the drive exists: the file may have changed after we read
 * it, so the drive reads it again as soon as it runs. */
static volatile sig_atomic_t early_hup;

static void on_signal(int sig)
{
    if (!the_drive) {
        if (sig == SIGHUP)
            early_hup = 1;
        return;
    }
    if (sig == SIGHUP)
        mdshm_drive_reload(the_drive); /* async-signal-safe */
    else
        mdshm_drive_stop(the_drive); /* async-signal-safe */
}

static int catch_signal(int sig, void (*fn)(int))
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL) < 0 ? -errno : 0;
}

/* SIGHUP from the start (its default action would end the process); the
 * stop signals once there is a drive to stop. */
static int install_signals(void)
{
    int rv;

    if ((rv = catch_signal(SIGTERM, on_signal)) < 0 ||
        (rv = catch_signal(SIGINT, on_signal)) < 0)
        return rv;
    return catch_signal(SIGPIPE, SIG_IGN);
}

int cmd_drive(cli_t *cli)
{
    const char *conf, *conf_from;
    mdshm_drive_opts_t opts;
    mdshm_config_t *cfg = NULL;
    mdshm_store_t *st = NULL;
    mdshm_drive_t *d = NULL;
    uint64_t max_parallel = 0, ocsp_parallel = 0, ocsp_timeout = 0;
    int rv, rc = CLI_EXIT_ERROR;

    catch_signal(SIGHUP, on_signal);
    cli_conf_find(cli, &conf, &conf_from);
    if (!conf)
        return cli_usage_error(cli, "drive: no configuration: give --conf "
                               "FILE or set MDSHM_CONF");
    rv = cli_opt_u64(cli, "--max-parallel", false, 1, 64, &max_parallel);
    if (rv)
        return rv;
    if ((rv = cli_opt_u64(cli, "--ocsp-parallel", false, 1, 64,
                          &ocsp_parallel)) ||
        (rv = cli_opt_u64(cli, "--ocsp-timeout-ms", false, 100, 600000,
                          &ocsp_timeout)))
        return rv;
    cli_log_setup(cli, true,
                  cli->verbose > 1   ? MDSHM_LOG_DEBUG
                  : cli->verbose > 0 ? MDSHM_LOG_INFO
                                     : MDSHM_LOG_NOTICE);
    rv = mdshm_config_load(conf, &cfg);
    if (rv < 0) {
        cli_fail(rv, "drive: cannot use configuration %s", conf);
        goto out;
    }
    if (cli_store_find(cli, cfg, conf_from) != 0 ||
        cli_store_open(cli, false, true, 0, 0, &st) < 0)
        goto out;
    memset(&opts, 0, sizeof(opts));
    opts.http01_listen = cli_optarg(cli, "--http01-listen");
    opts.max_parallel = (unsigned)max_parallel;
    opts.ocsp_parallel = (unsigned)ocsp_parallel;
    opts.ocsp_timeout_ms = (unsigned)ocsp_timeout;
    opts.ocsp_no_nonce = cli_flag(cli, "--ocsp-no-nonce");
    opts.conf_path = conf; /* SIGHUP reads it again */
    rv = mdshm_drive_create(st, cfg, &opts, &d);
    if (rv < 0) {
        cli_fail(rv, "drive: cannot start");
        goto out;
    }
    the_drive = d;
    rv = install_signals();
    if (rv < 0) {
        cli_fail(rv, "drive: cannot install signal handlers");
        goto out;
    }
    if (early_hup)
        mdshm_drive_reload(d);
    fprintf(stderr, "mdshm: drive for store %s with %zu MD%s (pid %ld)\n",
            mdshm_store_dir(st), mdshm_config_md_count(cfg),
            mdshm_config_md_count(cfg) == 1 ? "" : "s", (long)getpid());
    rv = mdshm_drive_run(d);
    if (rv < 0) {
        cli_fail(rv, "drive: stopped on an error");
        goto out;
    }
    fprintf(stderr, "mdshm: drive stopped\n");
    rc = CLI_EXIT_OK;
out:
    if (d) {
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        the_drive = NULL;
    }
    mdshm_drive_destroy(d);
    mdshm_store_close(st);
    mdshm_config_free(cfg);
    return rc;
}
