/* util.c -- small helpers of the CLI: error messages, numbers, times,
 * hex, digests, escaping (opening the store: discover.c). */
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

int cli_usage_error(const cli_t *cli, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "mdshm: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    cli_usage(cli->cmd, false);
    return CLI_EXIT_USAGE;
}

bool cli_damaged;

int cli_fail(int rv, const char *fmt, ...)
{
    va_list ap;

    if (rv == MDSHM_EDAMAGED)
        cli_damaged = true;
    fprintf(stderr, "mdshm: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, ": %s\n", mdshm_strerror(rv));
    return CLI_EXIT_ERROR;
}

int cli_parse_u64(const char *s, bool suffixes, uint64_t min, uint64_t max,
                  uint64_t *out)
{
    unsigned long long v;
    uint64_t mul = 1;
    char *end;

    if (!s || *s < '0' || *s > '9') /* no sign, no space */
        return -1;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    if (suffixes && *end) {
        switch (*end) {
        case 'k': case 'K': mul = 1ull << 10; break;
        case 'm': case 'M': mul = 1ull << 20; break;
        case 'g': case 'G': mul = 1ull << 30; break;
        case 't': case 'T': mul = 1ull << 40; break;
        default: return -1;
        }
        end++;
        if (*end == 'i' && end[1] == 'B')
            end += 2;
        else if (*end == 'B')
            end++;
    }
    if (*end)
        return -1;
    if (v > UINT64_MAX / mul)
        return -1;
    v *= mul;
    if (v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

int cli_opt_u64(const cli_t *cli, const char *name, bool suffixes,
                uint64_t min, uint64_t max, uint64_t *out)
{
    const char *val = cli_optarg(cli, name);

    if (!val)
        return 0;
    if (cli_parse_u64(val, suffixes, min, max, out) < 0)
        return cli_usage_error(cli,
                               "invalid value '%s' for %s: expected a "
                               "number from %" PRIu64 " to %" PRIu64 "%s",
                               val, name, min, max,
                               suffixes ? " (suffixes K, M, G allowed)" : "");
    return 0;
}

int64_t cli_now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void cli_iso_time(int64_t t, bool ms, char *buf, size_t size)
{
    int64_t secs = ms ? t / 1000 : t;
    int msec = ms ? (int)(t % 1000) : 0;
    time_t tt;
    struct tm tm;
    char tmp[64];

    if (ms && msec < 0) {
        secs--;
        msec += 1000;
    }
    tt = (time_t)secs;
    if ((int64_t)tt != secs || !gmtime_r(&tt, &tm) ||
        !strftime(tmp, sizeof(tmp), "%Y-%m-%dT%H:%M:%S", &tm)) {
        snprintf(buf, size, "-");
        return;
    }
    if (ms)
        snprintf(buf, size, "%s.%03dZ", tmp, msec);
    else
        snprintf(buf, size, "%sZ", tmp);
}

void cli_hex(const void *p, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *b = p;

    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[b[i] >> 4];
        out[2 * i + 1] = digits[b[i] & 15];
    }
    out[2 * n] = 0;
}

int cli_sha256(const void *p, size_t n, unsigned char md[32])
{
    unsigned int len = 0;

    if (!EVP_Digest(p ? p : "", n, md, &len, EVP_sha256(), NULL) ||
        len != 32)
        return MDSHM_ECRYPTO;
    return 0;
}

char *cli_escape(const void *p, size_t n)
{
    const unsigned char *b = p;
    char *out, *o;

    if (n > (SIZE_MAX - 1) / 4)
        return NULL;
    out = malloc(4 * n + 1);
    if (!out)
        return NULL;
    o = out;
    for (size_t i = 0; i < n; i++) {
        if (b[i] == '\\') {
            *o++ = '\\';
            *o++ = '\\';
        } else if (b[i] >= 0x20 && b[i] < 0x7f) {
            *o++ = (char)b[i];
        } else {
            o += sprintf(o, "\\x%02x", b[i]);
        }
    }
    *o = 0;
    return out;
}

bool cli_buf_eq(mdshm_buf_t b, const char *s)
{
    size_t n = strlen(s);

    return b.n == n && (n == 0 || !memcmp(b.p, s, n));
}
