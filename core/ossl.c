/* ossl.c -- one way to report an OpenSSL failure: log it once with the
 * first queued OpenSSL error, clear the queue, return the mdshm code. */
#include "internal.h"

#include <openssl/err.h>
#include <stdio.h>

int mdshm__ossl_fail(int rv, const char *src, const char *fmt, ...)
{
    char what[256], ossl[256];
    unsigned long e = ERR_peek_error();
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    if (e) {
        ERR_error_string_n(e, ossl, sizeof(ossl));
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s: %s (%s)", src, what, ossl);
    } else {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s: %s", src, what);
    }
    ERR_clear_error();
    return rv;
}

bool mdshm__ossl_oom(void)
{
    return ERR_GET_REASON(ERR_peek_error()) == ERR_R_MALLOC_FAILURE;
}
