/* cmd_drive.c -- mdshm drive --conf FILE [--http01-listen ADDR:PORT]
 *                [--max-parallel N]
 *
 * Runs the drive in the foreground: a leadership candidate for the store
 * that, while it leads, obtains and renews the certificates of the
 * configured MDs (mdshm_drive_run).  SIGTERM and SIGINT stop it cleanly:
 * running orders stop at their next step and are resumed by the next
 * leader from the store.
 *
 * Store: --store DIR if given, else MDStoreDir of the configuration,
 * else $MDSHM_STORE or ./md.  It is created if missing.
 * Logging: one line per event on stderr with a UTC timestamp, at NOTICE
 * and above (INFO with -v, DEBUG with -vv).
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

static void on_signal(int sig)
{
    (void)sig;
    if (the_drive)
        mdshm_drive_stop(the_drive); /* async-signal-safe */
}

static const char *const level_names[] = {
    "emerg", "alert", "crit", "error", "warn",
    "notice", "info", "debug", "trace",
};

static void log_sink(void *baton, mdshm_log_level_t level, int err,
                     const char *file, int line, const char *msg)
{
    char when[64];

    (void)baton;
    (void)err;
    (void)file;
    (void)line;
    cli_iso_time(cli_now_ms(), true, when, sizeof(when));
    fprintf(stderr, "%s mdshm[%ld]: %s: %s\n", when, (long)getpid(),
            (unsigned)level < sizeof(level_names) / sizeof(level_names[0])
                ? level_names[level]
                : "log",
            msg);
}

static int install_signals(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGTERM, &sa, NULL) < 0 || sigaction(SIGINT, &sa, NULL) < 0)
        return -errno;
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    return 0;
}

int cmd_drive(cli_t *cli)
{
    const char *conf = cli_optarg(cli, "--conf");
    mdshm_drive_opts_t opts;
    mdshm_config_t *cfg = NULL;
    mdshm_store_t *st = NULL;
    mdshm_drive_t *d = NULL;
    uint64_t max_parallel = 0, ocsp_parallel = 0, ocsp_timeout = 0;
    int rv, rc = CLI_EXIT_ERROR;

    if (!conf)
        return cli_usage_error(cli, "drive: missing --conf FILE");
    rv = cli_opt_u64(cli, "--max-parallel", false, 1, 64, &max_parallel);
    if (rv)
        return rv;
    if ((rv = cli_opt_u64(cli, "--ocsp-parallel", false, 1, 64,
                          &ocsp_parallel)) ||
        (rv = cli_opt_u64(cli, "--ocsp-timeout-ms", false, 100, 600000,
                          &ocsp_timeout)))
        return rv;
    mdshm_set_default_log(log_sink, NULL,
                          cli->verbose > 1   ? MDSHM_LOG_DEBUG
                          : cli->verbose > 0 ? MDSHM_LOG_INFO
                                             : MDSHM_LOG_NOTICE);
    rv = mdshm_config_load(conf, &cfg);
    if (rv < 0) {
        cli_fail(rv, "drive: cannot use configuration %s", conf);
        goto out;
    }
    if (!cli_store_given(cli) && mdshm_config_store_dir(cfg))
        cli->store_dir = mdshm_config_store_dir(cfg);
    if (cli_store_open(cli, false, true, 0, 0, &st) < 0)
        goto out;
    memset(&opts, 0, sizeof(opts));
    opts.http01_listen = cli_optarg(cli, "--http01-listen");
    opts.max_parallel = (unsigned)max_parallel;
    opts.ocsp_parallel = (unsigned)ocsp_parallel;
    opts.ocsp_timeout_ms = (unsigned)ocsp_timeout;
    opts.ocsp_no_nonce = cli_flag(cli, "--ocsp-no-nonce");
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
        the_drive = NULL;
    }
    mdshm_drive_destroy(d);
    mdshm_store_close(st);
    mdshm_config_free(cfg);
    return rc;
}
