/* drive_plan.c -- the drive's timing, on top of schedule.h's pure rules:
 * this file adds the randomness (jitter, the ARI point). */
#include "drive.h"
#include "schedule.h"

#include <stdint.h>
#include <stdio.h>
#include <sys/random.h>

double mdshm__drive_plan_rand(void)
{
    uint64_t x = 0;

    /* getrandom on a 8-byte buffer does not block once the pool is up; a
     * failure only costs the jitter. */
    if (getrandom(&x, sizeof(x), GRND_NONBLOCK) != (ssize_t)sizeof(x))
        x = (uint64_t)mdshm__mono_ms() * 0x9E3779B97F4A7C15ull;
    return (double)(x >> 11) / (double)(1ull << 53);
}

int64_t mdshm__drive_plan_window(int64_t nb_ms, int64_t na_ms,
                                 mdshm__window_t w)
{
    return mdshm__window_start(nb_ms, na_ms, &w);
}

int64_t mdshm__drive_plan_retry(int64_t now, int64_t base_ms, uint32_t errors,
                                int64_t retry_after_ms, bool max)
{
    /* Errors caused by our input (bad CSR, rejected names, missing terms
     * agreement) will not heal by themselves: retry at the maximum delay,
     * as mod_md does, so that we do not burn the CA's rate limits. */
    if (max)
        errors = 64;
    return mdshm__retry_at(now, base_ms, errors ? errors : 1,
                           mdshm__drive_plan_rand(), retry_after_ms);
}

int64_t mdshm__drive_plan_check(int64_t now, int64_t interval_ms)
{
    if (interval_ms < 1000)
        interval_ms = 1000;
    /* 50..100 %: MDs configured together do not check in lock step. */
    return now + interval_ms / 2 +
           (int64_t)((double)(interval_ms / 2) * mdshm__drive_plan_rand());
}

unsigned mdshm__drive_plan_ca(uint32_t errors, unsigned failover, size_t n_cas)
{
    return mdshm__ca_index(errors, failover, (unsigned)n_cas);
}

int64_t mdshm__drive_plan_ari(int64_t start, int64_t end)
{
    return mdshm__ari_pick(start, end, mdshm__drive_plan_rand());
}

/* For people, not for configuration files: two units at most ("89d 23h",
 * "4mi 10s"); mdshm__config_fmt_duration is exact instead. */
void mdshm__drive_plan_text(int64_t ms, char *buf, size_t size)
{
    int64_t s = (ms < 0 ? -ms : ms) / 1000;
    const char *sign = ms < 0 ? "-" : "";

    if (ms > -1000 && ms < 1000)
        snprintf(buf, size, "%lldms", (long long)ms);
    else if (s < 120)
        snprintf(buf, size, "%s%llds", sign, (long long)s);
    else if (s < 7200)
        snprintf(buf, size, "%s%lldmi %llds", sign, (long long)(s / 60),
                 (long long)(s % 60));
    else if (s < 172800)
        snprintf(buf, size, "%s%lldh %lldmi", sign, (long long)(s / 3600),
                 (long long)(s % 3600 / 60));
    else
        snprintf(buf, size, "%s%lldd %lldh", sign, (long long)(s / 86400),
                 (long long)(s % 86400 / 3600));
}
