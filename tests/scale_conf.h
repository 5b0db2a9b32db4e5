/* scale_conf.h -- what tests/unit/test_drive_scale.c and
 * tests/bench/bench_scale.c share: a configuration of many MDs whose CA
 * nobody listens on (runs fail at once: the work is scheduling and
 * writing), and a drive run on a thread. */
#ifndef MDSHM_SCALE_CONF_H
#define MDSHM_SCALE_CONF_H

#include "mdshm.h"

#include <stdio.h>
#include <stdlib.h>

/* @n MDs "mdNNNNNN.example www.mdNNNNNN.example" (www of MD @n - 1 - i
 * instead when @swapped); MDInitialDelay @delay.  malloc'ed, or NULL. */
static inline char *scale_conf_text(unsigned n, const char *delay,
                                    int swapped, size_t *len)
{
    size_t cap = 256 + (size_t)n * 64;
    char *t = malloc(cap);

    if (!t)
        return NULL;
    *len = (size_t)snprintf(t, cap,
                            "MDCertificateAuthority https://127.0.0.1:1/dir\n"
                            "MDCertificateAgreement accepted\n"
                            "MDRetryDelay 1h\n"
                            "MDInitialDelay %s\n", delay);
    for (unsigned i = 0; i < n; i++)
        *len += (size_t)snprintf(t + *len, cap - *len,
                                 "MDomain md%06u.example www.md%06u.example\n",
                                 i, swapped ? n - 1 - i : i);
    return t;
}

struct scale_run {
    mdshm_drive_t *d;
    int rv;
};

/* pthread body: mdshm_drive_run(r->d) into r->rv. */
static inline void *scale_run_main(void *arg)
{
    struct scale_run *r = arg;

    r->rv = mdshm_drive_run(r->d);
    return NULL;
}

#endif
