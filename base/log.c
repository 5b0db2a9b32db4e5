/* log.c -- log sinks: a per-store sink, a process default, and the two
 * ready-made sinks (stderr, syslog) with the one line formatter they and
 * the CLI share. */
#include "base.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

static const char *level_names[] = {"emerg", "alert", "crit",  "error", "warn",
                                    "notice", "info", "debug", "trace"};

static const char *level_name(mdshm_log_level_t level)
{
    return (unsigned)level < sizeof(level_names) / sizeof(level_names[0])
               ? level_names[level]
               : "log";
}

/* Length of the well-formed UTF-8 sequence at @p (of @n bytes) that is not
 * a C1 control (U+0080..U+009F, which terminals take for escapes), or 0. */
static size_t utf8_ok(const unsigned char *p, size_t n)
{
    size_t len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
    unsigned char lo = 0x80, hi = 0xbf; /* the second byte's range */

    if (p[0] < 0xc2 || p[0] > 0xf4 || n < len)
        return 0;
    if (p[0] == 0xc2)
        lo = 0xa0; /* U+0080..U+009F: C1 controls */
    else if (p[0] == 0xe0)
        lo = 0xa0; /* overlong */
    else if (p[0] == 0xed)
        hi = 0x9f; /* surrogates */
    else if (p[0] == 0xf0)
        lo = 0x90; /* overlong */
    else if (p[0] == 0xf4)
        hi = 0x8f; /* above U+10FFFF */
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    return len;
}

size_t mdshm__log_escape(const char *in, char *out, size_t size)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t n = strlen(in), o = 0;

    if (size == 0)
        return 0;
    for (size_t i = 0; i < n;) {
        size_t len = p[i] >= 0x80 ? utf8_ok(p + i, n - i) : 1;

        if (len == 0 || p[i] < 0x20 || p[i] == 0x7f) {
            if (o + 4 >= size)
                break;
            snprintf(out + o, 5, "\\x%02x", p[i]);
            o += 4;
            i++;
            continue;
        }
        if (o + len >= size)
            break;
        memcpy(out + o, p + i, len);
        o += len;
        i += len;
    }
    out[o] = '\0';
    return o;
}

/* The line both ready-made sinks write: "LEVEL: MSG (ERROR TEXT)", and for
 * stderr "2026-12-06T13:35:36.123Z mdshm[PID]: " before it (syslog adds
 * time and ident itself).  @msg is escaped again here: a host may call
 * the sinks with its own text. */
static void format_line(char *buf, size_t size, bool stamp,
                        mdshm_log_level_t level, int err, const char *msg)
{
    char clean[MDSHM__LOG_MSG_MAX];
    const char *etext = err ? mdshm_strerror(err) : NULL;
    size_t o = 0;

    if (stamp) {
        struct timespec ts;
        struct tm tm;

        clock_gettime(CLOCK_REALTIME, &ts);
        if (gmtime_r(&ts.tv_sec, &tm))
            o = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
        o += (size_t)snprintf(buf + o, size - o, ".%03ldZ mdshm[%ld]: ",
                              ts.tv_nsec / 1000000L, (long)getpid());
        if (o >= size)
            o = size - 1;
    }
    mdshm__log_escape(msg ? msg : "", clean, sizeof(clean));
    /* Many messages already hold the error's text: not twice; and
     * "invalid input", "not found" say nothing the message does not. */
    if (etext && err != MDSHM_EBADINPUT && err != MDSHM_ENOTFOUND &&
        !strstr(clean, etext))
        snprintf(buf + o, size - o, "%s: %s (%s)", level_name(level), clean,
                 etext);
    else
        snprintf(buf + o, size - o, "%s: %s", level_name(level), clean);
}

void mdshm_log_stderr(void *baton, mdshm_log_level_t level, int err,
                      const char *file, int line, const char *msg)
{
    char buf[MDSHM__LOG_MSG_MAX + 256];

    (void)baton;
    (void)file;
    (void)line;
    format_line(buf, sizeof(buf) - 1, true, level, err, msg);
    strcat(buf, "\n");
    fputs(buf, stderr); /* one call: lines of several threads stay whole */
}

void mdshm_log_syslog(void *baton, mdshm_log_level_t level, int err,
                      const char *file, int line, const char *msg)
{
    char buf[MDSHM__LOG_MSG_MAX + 256];

    (void)baton;
    (void)file;
    (void)line;
    format_line(buf, sizeof(buf), false, level, err, msg);
    /* The levels are syslog's numbers; TRACE has none of its own. */
    syslog(level > MDSHM_LOG_DEBUG ? LOG_DEBUG : (int)level, "%s", buf);
}

static mdshm__logger_t default_logger = {mdshm_log_stderr, NULL,
                                         MDSHM_LOG_WARN};

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
    char raw[1024], msg[MDSHM__LOG_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(raw, sizeof(raw), fmt, ap);
    va_end(ap);
    /* Names from the store, a configuration or a CA's problem detail end
     * up here: no sink gets a newline or a terminal escape from them. */
    mdshm__log_escape(raw, msg, sizeof(msg));
    lg->fn(lg->baton, level, err, file, line, msg);
}

void mdshm_set_default_log_level(mdshm_log_level_t max_level)
{
    default_logger.max = max_level;
}
