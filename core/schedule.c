/* schedule.c -- the drive's timing rules as pure functions, so they are
 * tested without clocks: renewal windows, backoff, failover, ARI. */
#include "schedule.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t mdshm__window_start(int64_t not_before, int64_t not_after,
                            mdshm__window_t w)
{
    int64_t life = not_after - not_before, left;

    if (life <= 0)
        return not_before;
    if (w.percent)
        left = (int64_t)((long double)life * (long double)w.amount / 10000.0L);
    else
        left = w.amount;
    if (left >= life)
        return not_before;
    return not_after - left;
}

int64_t mdshm__backoff_ms(int64_t base_ms, uint32_t errors, double jitter)
{
    int64_t d = base_ms > 0 ? base_ms : 1000;

    for (uint32_t i = 1; i < errors && d < MDSHM__MAX_BACKOFF_MS; i++)
        d *= 2;
    if (d > MDSHM__MAX_BACKOFF_MS)
        d = MDSHM__MAX_BACKOFF_MS;
    if (jitter < 0 || jitter >= 1)
        jitter = 0;
    return d / 2 + (int64_t)((double)(d / 2) * jitter);
}

int64_t mdshm__retry_at(int64_t now, int64_t base_ms, uint32_t errors,
                        double jitter, int64_t retry_after_ms)
{
    int64_t at = now + mdshm__backoff_ms(base_ms, errors, jitter);
    return retry_after_ms > at ? retry_after_ms : at;
}

unsigned mdshm__ca_index(uint32_t errors, uint32_t failover, unsigned n_cas)
{
    if (n_cas <= 1 || failover == 0)
        return 0;
    return (unsigned)((errors / failover) % n_cas);
}

int64_t mdshm__ari_pick(int64_t start, int64_t end, double r)
{
    if (end <= start || r < 0 || r >= 1)
        return start;
    return start + (int64_t)((long double)(end - start) * r);
}

int mdshm__window_parse(const char *text, mdshm__window_t *w)
{
    static const struct {
        const char *unit;
        int64_t ms;
    } units[] = {{"ms", 1},          {"mi", 60000},     {"s", 1000},
                 {"h", 3600000},     {"d", 86400000},   {"", 1000}};
    char *end;
    double v;

    memset(w, 0, sizeof(*w));
    if (!text || !*text)
        return MDSHM_EBADINPUT;
    errno = 0;
    v = strtod(text, &end);
    if (errno || end == text || v < 0 || v != v)
        return MDSHM_EBADINPUT;
    if (strcmp(end, "%") == 0) {
        if (v >= 100)
            return MDSHM_EBADINPUT;
        w->percent = true;
        w->amount = (int64_t)(v * 100 + 0.5);
        return 0;
    }
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (strcmp(end, units[i].unit) == 0) {
            double ms = v * (double)units[i].ms;
            if (ms > 1e15)
                return MDSHM_EBADINPUT;
            w->amount = (int64_t)(ms + 0.5);
            return 0;
        }
    }
    return MDSHM_EBADINPUT;
}

void mdshm__duration_text(int64_t ms, char *buf, size_t size)
{
    int64_t s = ms / 1000;

    if (ms < 0)
        snprintf(buf, size, "-%lldms", (long long)-ms);
    else if (ms < 1000)
        snprintf(buf, size, "%lldms", (long long)ms);
    else if (s < 120)
        snprintf(buf, size, "%llds", (long long)s);
    else if (s < 7200)
        snprintf(buf, size, "%lldmi %llds", (long long)(s / 60),
                 (long long)(s % 60));
    else if (s < 172800)
        snprintf(buf, size, "%lldh %lldmi", (long long)(s / 3600),
                 (long long)(s % 3600 / 60));
    else
        snprintf(buf, size, "%lldd %lldh", (long long)(s / 86400),
                 (long long)(s % 86400 / 3600));
}
