/* schedule.h -- when the drive acts: renewal windows, backoff, CA
 * failover, the next wake-up (internal, pure functions). */
#ifndef MDSHM_SCHEDULE_H
#define MDSHM_SCHEDULE_H

#include "config.h"

/* When to renew a certificate valid [not_before, not_after] (unix ms):
 * when less than window @w (config.h: per mille of the lifetime, or ms)
 * of its lifetime is left.  A window longer than the lifetime means at
 * once (not_before). */
MDSHM_HIDDEN int64_t mdshm__window_start(int64_t not_before, int64_t not_after,
                                         const mdshm__window_t *w);

#define MDSHM__MAX_BACKOFF_MS (24LL * 3600 * 1000)

/*
 * Delay before retry number @errors (1 = after the first failure):
 * @base_ms doubled per further error, at most 24 h, then jittered by
 * @jitter in [0, 1) to between 50 % and 100 % of that value, so that many
 * MDs failing together do not retry in lock step.
 */
MDSHM_HIDDEN int64_t mdshm__backoff_ms(int64_t base_ms, uint32_t errors,
                                       double jitter);

/* When the next attempt may run after a failure at @now: the backoff, and
 * never before the CA's Retry-After (@retry_after_ms absolute, 0 = none). */
MDSHM_HIDDEN int64_t mdshm__retry_at(int64_t now, int64_t base_ms,
                                     uint32_t errors, double jitter,
                                     int64_t retry_after_ms);

/* Which of @n_cas configured CAs to use after @errors consecutive failures
 * with a failover every @failover errors (MDRetryFailover). */
MDSHM_HIDDEN unsigned mdshm__ca_index(uint32_t errors, uint32_t failover,
                                      unsigned n_cas);

/*
 * A random point in the ARI suggested window [start, end] (RFC 9773 §4.2:
 * inside the window, not before it), given @r in [0, 1).  An inverted or
 * empty window gives start.
 */
MDSHM_HIDDEN int64_t mdshm__ari_pick(int64_t start, int64_t end, double r);

#endif
