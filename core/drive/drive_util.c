/* drive_util.c -- small helpers the drive files share: copies out of
 * the map, deep copies of records, growing arrays. */
#include "drive.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int mdshm__drive_grow(void **p, size_t *cap, size_t n, size_t size)
{
    void *q;

    if (n < *cap)
        return 0;
    *cap = *cap ? *cap * 2 : 64;
    if (!(q = realloc(*p, *cap * size)))
        return -ENOMEM;
    *p = q;
    return 0;
}

char *mdshm__bufdup(mdshm_buf_t b, bool empty_null)
{
    char *s;

    if (b.n == 0 && empty_null)
        return NULL;
    s = malloc(b.n + 1);
    if (!s)
        return NULL;
    if (b.n)
        memcpy(s, b.p, b.n);
    s[b.n] = 0;
    return s;
}

/* Views returned inside a write die with the next put, and reads die with
 * mdshm_read_end: a record is kept by encoding it and decoding our own
 * copy, which checks it once more on the way. */
int mdshm__rec_clone(const mdshm_record_t *in, mdshm_record_t *out,
                     uint8_t **buf)
{
    size_t len = 0;
    int rv;

    *buf = NULL;
    rv = mdshm__record_encode(in, buf, &len);
    if (rv < 0)
        return rv;
    rv = mdshm_record_decode(in->type, *buf, len, out);
    if (rv < 0) {
        free(*buf);
        *buf = NULL;
    }
    return rv;
}
