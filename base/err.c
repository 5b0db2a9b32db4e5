/* err.c -- error code texts. */
#include "base.h"

#include <errno.h>
#include <string.h>

const char *mdshm_strerror(int err)
{
    switch (err) {
    case 0:
        return "success";
#define XX(n, v, s)                                                           \
    case MDSHM_E##n:                                                          \
        return s;
        MDSHM_ERRNO_MAP(XX)
#undef XX
    default:
        break;
    }
    if (err < 0 && err > -4096)
        return strerror(-err); /* glibc: static text for known errnos */
    return "unknown error";
}

const char *mdshm_err_name(int err)
{
    switch (err) {
    case 0:
        return "OK";
#define XX(n, v, s)                                                           \
    case MDSHM_E##n:                                                          \
        return "MDSHM_E" #n;
        MDSHM_ERRNO_MAP(XX)
#undef XX
    default:
        break;
    }
    if (err < 0 && err > -4096) {
        const char *name = strerrorname_np(-err);
        if (name)
            return name;
    }
    return "EUNKNOWN";
}
