/* tls_http01.c -- http-01 answers by request path, for servers. */
#include "tls.h"

#include <string.h>

#define CHALLENGE_PREFIX "/.well-known/acme-challenge/"

int mdshm_tls_http01(mdshm_tls_worker_t *w, const char *path, size_t len,
                     char *out, size_t size, size_t *outlen)
{
    const size_t plen = sizeof(CHALLENGE_PREFIX) - 1;
    mdshm_buf_t ka;
    int rv;

    if (outlen)
        *outlen = 0;
    if (!w || !path || !out || !outlen)
        return MDSHM_EBADINPUT;
    if (len <= plen || memcmp(path, CHALLENGE_PREFIX, plen) != 0)
        return MDSHM_EBADINPUT;
    if (!w->rd)
        return w->attach_rv; /* no store (mdshm_tls_attach_fallback) */
    rv = mdshm_read_begin(w->rd);
    if (rv < 0)
        return rv;
    rv = mdshm_challenge_http01(w->rd, path + plen, len - plen, &ka);
    if (rv == MDSHM_EBADINPUT)
        rv = MDSHM_ENOTFOUND; /* a challenge path with a bad token: 404 */
    if (rv == 0 && ka.n > size)
        rv = MDSHM_ETOOBIG;
    if (rv == 0) {
        memcpy(out, ka.p, ka.n);
        *outlen = ka.n;
    }
    mdshm_read_end(w->rd);
    return rv;
}
