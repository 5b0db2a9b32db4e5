/* status_out.c -- what the streamed status documents share (md-status JSON
 * and the HTML page): the output buffer (bounded memory whatever the number
 * of MDs, one rule for a failing sink) and the read they work in. */
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

int mdshm__status_read_open(mdshm__status_read_t *r, mdshm_store_t *st)
{
    int rv;

    memset(r, 0, sizeof(*r));
    r->md = malloc(sizeof(*r->md));
    r->rec = malloc(sizeof(*r->rec));
    r->ocsp = malloc(sizeof(*r->ocsp));
    if (!r->md || !r->rec || !r->ocsp)
        return -ENOMEM;
    rv = mdshm_reader_create(st, &r->rd);
    if (rv < 0)
        return rv;
    rv = mdshm_read_begin(r->rd);
    if (rv < 0)
        return rv;
    r->begun = true;
    return 0;
}

void mdshm__status_read_close(mdshm__status_read_t *r)
{
    if (r->begun)
        mdshm_read_end(r->rd);
    mdshm_reader_destroy(r->rd);
    free(r->md);
    free(r->rec);
    free(r->ocsp);
    memset(r, 0, sizeof(*r));
}
