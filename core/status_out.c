/* status_out.c -- the output buffer the streamed status documents share
 * (md-status JSON and the HTML page): bounded memory whatever the number
 * of MDs, and one rule for a failing sink. */
#include "status.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int mdshm__status_out_init(mdshm__status_out_t *o, mdshm_sink_fn *sink,
                           void *baton, int *err)
{
    memset(o, 0, sizeof(*o));
    o->sink = sink;
    o->baton = baton;
    o->err = err;
    o->buf = malloc(MDSHM__STATUS_CHUNK);
    return o->buf ? 0 : -ENOMEM;
}

void mdshm__status_out_flush(mdshm__status_out_t *o)
{
    int rv;

    if (o->len && !*o->err) {
        rv = o->sink(o->baton, o->buf, o->len);
        if (rv != 0)
            *o->err = rv < 0 ? rv : MDSHM_EBADINPUT; /* a sink's "stop" */
    }
    o->len = 0;
}

void mdshm__status_out_write(mdshm__status_out_t *o, const char *p,
                             size_t n)
{
    while (n && !*o->err) {
        size_t room = MDSHM__STATUS_CHUNK - o->len;
        size_t k = room < n ? room : n;

        memcpy(o->buf + o->len, p, k);
        o->len += k;
        p += k;
        n -= k;
        if (o->len == MDSHM__STATUS_CHUNK)
            mdshm__status_out_flush(o);
    }
}

void mdshm__status_out_free(mdshm__status_out_t *o)
{
    free(o->buf);
    o->buf = NULL;
}
