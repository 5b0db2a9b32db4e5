/* log.c -- where the mdshm tool sends the library's log lines: stderr
 * (default) or syslog (--log syslog), for every command.
 *
 * On stderr a command prints short lines ("mdshm: error: MSG (ERROR
 * TEXT)"), next to its own messages; the drive, a long-running process, prints the
 * library's timestamped lines (mdshm_log_stderr).  With --log syslog
 * every line goes to syslog as ident "mdshm" with the pid, facility
 * daemon, at the priority of its level (mdshm_log_syslog).
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <syslog.h>

static const char *const level_names[] = {
    "emerg", "alert", "crit", "error", "warn",
    "notice", "info", "debug", "trace",
};

static enum { TO_STDERR_SHORT, TO_STDERR_STAMPED, TO_SYSLOG } log_to;

void cli_log_sink(void *baton, mdshm_log_level_t level, int err,
                  const char *file, int line, const char *msg)
{
    if (err == MDSHM_EDAMAGED) /* some commands go on after a failed read */
        cli_damaged = true;
    if (log_to == TO_SYSLOG) {
        mdshm_log_syslog(baton, level, err, file, line, msg);
    } else if (log_to == TO_STDERR_STAMPED) {
        mdshm_log_stderr(baton, level, err, file, line, msg);
    } else {
        /* the error's text as mdshm_log_stderr adds it: "open(FILE)"
         * alone reads as cut off */
        const char *etext =
            err && err != MDSHM_EBADINPUT && err != MDSHM_ENOTFOUND
                ? mdshm_strerror(err)
                : NULL;

        if (etext && strstr(msg, etext))
            etext = NULL;
        fprintf(stderr, "mdshm: %s: %s%s%s%s\n",
                (unsigned)level < sizeof(level_names) / sizeof(level_names[0])
                    ? level_names[level]
                    : "log",
                msg, etext ? " (" : "", etext ? etext : "", etext ? ")" : "");
    }
}

int cli_log_parse(const char *v)
{
    if (!strcmp(v, "stderr"))
        return CLI_LOG_STDERR;
    if (!strcmp(v, "syslog"))
        return CLI_LOG_SYSLOG;
    return -1;
}

void cli_log_setup(const cli_t *cli, bool stamped, mdshm_log_level_t max)
{
    if (cli->log == CLI_LOG_SYSLOG) {
        if (log_to != TO_SYSLOG)
            openlog("mdshm", LOG_PID, LOG_DAEMON);
        log_to = TO_SYSLOG;
    } else {
        log_to = stamped ? TO_STDERR_STAMPED : TO_STDERR_SHORT;
    }
    mdshm_set_default_log(cli_log_sink, NULL, max);
}
