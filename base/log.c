/* log.c -- log sinks: a per-store sink, and a process default. */
#include "base.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *level_names[] = {"emerg", "alert", "crit",  "error", "warn",
                                    "notice", "info", "debug", "trace"};

static void stderr_sink(void *baton, mdshm_log_level_t level, int err,
                        const char *file, int line, const char *msg)
{
    (void)baton;
    (void)file;
    (void)line;
    if (err)
        fprintf(stderr, "mdshm[%ld] %s: %s (%s)\n", (long)getpid(),
                level_names[level], msg, mdshm_strerror(err));
    else
        fprintf(stderr, "mdshm[%ld] %s: %s\n", (long)getpid(),
                level_names[level], msg);
}

static mdshm__logger_t default_logger = {stderr_sink, NULL, MDSHM_LOG_WARN};

const mdshm__logger_t *mdshm__default_logger(void)
{
    return &default_logger;
}

void mdshm_set_default_log(mdshm_log_fn *fn, void *baton,
                           mdshm_log_level_t max_level)
{
    default_logger.fn = fn;
    default_logger.baton = baton;
    default_logger.max = max_level;
}

void mdshm__logf(const mdshm__logger_t *lg, mdshm_log_level_t level, int err,
                 const char *file, int line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    lg->fn(lg->baton, level, err, file, line, msg);
}

void mdshm_set_default_log_level(mdshm_log_level_t max_level)
{
    default_logger.max = max_level;
}
