/* http01.h -- the built-in http-01 responder's limits (http01.c; the
 * public entry points are in mdshm.h).  mdshm_http01_server_start() uses
 * the defaults; the unit tests start it with small limits to reach the
 * full-table and deadline paths quickly. */
#ifndef MDSHM_HTTP01_H
#define MDSHM_HTTP01_H

#include "internal.h"

#define MDSHM__HTTP01_MAX_CONNS 1024    /* connection table (see below) */
#define MDSHM__HTTP01_PER_ADDR 8        /* idle connections per address */
#define MDSHM__HTTP01_IDLE_MS 1000      /* after this, without a request */
#define MDSHM__HTTP01_TIMEOUT_MS 5000   /* from accept, the whole request */
#define MDSHM__HTTP01_MAX_REQUEST 4096  /* request line and headers */

typedef struct mdshm__http01_limits {
    /* Connection table size.  0: MDSHM__HTTP01_MAX_CONNS, or half the
     * process's descriptor limit (RLIMIT_NOFILE) if that is lower, so that
     * a flood never takes the descriptors the drive needs. */
    unsigned max_conns;
    unsigned per_addr;   /* 0: MDSHM__HTTP01_PER_ADDR */
    unsigned timeout_ms; /* 0: MDSHM__HTTP01_TIMEOUT_MS */
    unsigned idle_ms;    /* 0: MDSHM__HTTP01_IDLE_MS */
} mdshm__http01_limits_t;

/* mdshm_http01_server_start() with @lim (NULL: the defaults). */
MDSHM_HIDDEN int mdshm__http01_server_start(mdshm_store_t *st,
                                            const char *addr, unsigned port,
                                            const mdshm__http01_limits_t *lim,
                                            mdshm_http01_server_t **out);

#endif
