/* http01.h -- the built-in http-01 responder (http01.c), which the drive
 * starts for opts.http01_listen (`mdshm drive --http01-listen`).  Not
 * public API: a server answers http-01 itself (mdshm_tls_http01,
 * mdshm_challenge_http01) or has the drive run this one.
 * mdshm__http01_server_start() uses the default limits; the unit tests
 * start it with small ones (mdshm__http01_server_start_lim) to reach the
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

/*
 * A built-in http-01 responder: a thread serving
 * /.well-known/acme-challenge/ from the store on @p addr:@p port (for
 * servers that cannot answer challenges themselves; `mdshm drive
 * --http01-listen`).  Opens its own reader.  One thread, an event loop on
 * nonblocking sockets; a request is at most 4 KiB and must be complete
 * within 5 s of the accept; one address holds at most 8 idle connections
 * (open over 1 s) and the table 1024 (at most half of RLIMIT_NOFILE); past
 * either limit a new connection replaces the oldest, so a flood cannot
 * lock a validator out (docs/operations.md).  Anything but GET of a known
 * token gets 404.
 * @param[out] out owned; mdshm__http01_server_stop().
 */
typedef struct mdshm__http01_server mdshm__http01_server_t;
MDSHM_HIDDEN int mdshm__http01_server_start(mdshm_store_t *st,
                                            const char *addr, unsigned port,
                                            mdshm__http01_server_t **out);
/* The port actually bound (useful with port 0). */
MDSHM_HIDDEN unsigned
mdshm__http01_server_port(const mdshm__http01_server_t *s);
/* Stop the thread and free; NULL is a no-op. */
MDSHM_HIDDEN void mdshm__http01_server_stop(mdshm__http01_server_t *s);

/* mdshm__http01_server_start() with @lim (NULL: the defaults). */
MDSHM_HIDDEN int
mdshm__http01_server_start_lim(mdshm_store_t *st, const char *addr,
                               unsigned port,
                               const mdshm__http01_limits_t *lim,
                               mdshm__http01_server_t **out);

#endif
