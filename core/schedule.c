/* schedule.c -- the drive's timing rules as pure functions, so they are
 * tested without clocks: renewal windows, backoff, failover, ARI. */
#include "schedule.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t mdshm__window_start(int64_t not_before, int64_t not_after,
                            const mdshm__window_t *w)
{
    int64_t life = not_after - not_before;
    int64_t left = mdshm__config_window_ms(w, life);

    if (life <= 0 || left >= life)
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
