/* ocsp_api.c -- stapling requests any process may make: register a
 * certificate (MDStapleOthers), refresh now.  Files in <store>/requests
 * (see request.c for why files): the leader's stapling thread
 * (drive_ocsp.c) picks them up within a second. */
#include "ocsp.h"
#include "request.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int mdshm_ocsp_register(mdshm_store_t *st, const void *chain, size_t len,
                        uint8_t sha256[32])
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    char name[128], key[65];
    int rv;

    if (sha256)
        memset(sha256, 0, 32);
    if (!st || !chain)
        return -EINVAL;
    if (len > MDSHM__OCSP_REQ_MAX)
        return MDSHM_ETOOBIG;
    if (len < 11 || memcmp(chain, "-----BEGIN", 10) != 0)
        return MDSHM_EBADINPUT; /* DER holds one certificate: no issuer */
    rv = mdshm_chain_parse(chain, len, &ch);
    if (rv < 0)
        return rv;
    if (mdshm_chain_count(ch) < 2) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "OCSP registration: the "
                  "chain needs the issuer after the certificate");
        rv = MDSHM_EBADINPUT;
        goto out;
    }
    rv = mdshm_chain_info(ch, 0, &info);
    if (rv < 0)
        goto out;
    if (sha256)
        memcpy(sha256, info.sha256, 32);
    if (!info.ocsp_url) {
        rv = MDSHM_ENOTFOUND; /* no responder: nothing to staple */
        goto out;
    }
    mdshm_key_ocsp(key, info.sha256);
    snprintf(name, sizeof(name), MDSHM__OCSP_REQ_REGISTER "%s", key);
    rv = mdshm__request_put(st, name, chain, len);
out:
    mdshm_chain_free(ch);
    return rv;
}

int mdshm_ocsp_refresh_request(mdshm_store_t *st, const char *md)
{
    char resolved[MDSHM_MAX_MDNAME_LEN + 1];
    char name[128], line[MDSHM_MAX_MDNAME_LEN + 32];
    int n, rv;

    if (!st)
        return -EINVAL;
    if (!md) /* "*" is no MD name: no MD can collide with "refresh all" */
        return mdshm__request_put(st, MDSHM__OCSP_REQ_REFRESH "*", "all\n", 4);
    rv = mdshm__request_resolve(st, md, resolved, sizeof(resolved));
    if (rv == MDSHM_ENOTFOUND)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "no managed domain %s in store %s", md,
                  mdshm_store_dir(st));
    if (rv < 0)
        return rv;
    /* The name in the text, its hash in the file name: any valid MD name
     * fits (request.c). */
    rv = mdshm__request_name(MDSHM__OCSP_REQ_REFRESH, resolved, name,
                             sizeof(name));
    if (rv < 0)
        return rv;
    n = snprintf(line, sizeof(line), "refresh %s\n", resolved);
    return mdshm__request_put(st, name, line, (size_t)n);
}
