/* ocsp_api.c -- stapling requests any process may make: register a
 * certificate (MDStapleOthers), refresh now.  Files in <store>/requests
 * (see drive_request.c for why files): the leader's stapling thread
 * (drive_ocsp.c) picks them up within a second. */
#include "drive.h"
#include "ocsp.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Write @data as <store>/requests/@name, atomically (rename). */
static int put_request(mdshm_store_t *st, const char *name, const void *data,
                       size_t len)
{
    char *dir = NULL, tmp[4096 + 64], path[4096 + 300];
    int fd, rv;

    if ((rv = mdshm__requests_dir(mdshm_store_dir(st), &dir)) < 0)
        return rv;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    snprintf(tmp, sizeof(tmp), "%s/.tmp-ocsp-%ld", dir, (long)getpid());
    free(dir);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
              0600);
    if (fd < 0)
        return -errno;
    ssize_t w = write(fd, data, len);
    if (w < 0 || (size_t)w != len) {
        rv = w < 0 ? -errno : -EIO;
        close(fd);
        unlink(tmp);
        return rv;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        rv = -errno;
        unlink(tmp);
        return rv;
    }
    return 0;
}

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
    if ((rv = mdshm_chain_parse(chain, len, &ch)) < 0)
        return rv;
    if (mdshm_chain_count(ch) < 2) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "OCSP registration: the "
                  "chain needs the issuer after the certificate");
        rv = MDSHM_EBADINPUT;
        goto out;
    }
    if ((rv = mdshm_chain_info(ch, 0, &info)) < 0)
        goto out;
    if (sha256)
        memcpy(sha256, info.sha256, 32);
    if (!info.ocsp_url) {
        rv = MDSHM_ENOTFOUND; /* no responder: nothing to staple */
        goto out;
    }
    mdshm_key_ocsp(key, info.sha256);
    snprintf(name, sizeof(name), MDSHM__OCSP_REQ_REGISTER "%s", key);
    rv = put_request(st, name, chain, len);
out:
    mdshm_chain_free(ch);
    return rv;
}

struct resolve {
    const char *given;
    char md[MDSHM_MAX_MDNAME_LEN + 1];
    mdshm_record_t rec;
};

/* An MD name, or a DNS name one of the MDs serves. */
static int resolve_fn(mdshm_reader_t *rd, void *baton)
{
    struct resolve *r = baton;
    mdshm_buf_t md;
    int rv;

    rv = mdshm_read_get(rd, MDSHM_DB_MDS, r->given, strlen(r->given),
                        &r->rec);
    if (rv == 0) {
        snprintf(r->md, sizeof(r->md), "%s", r->given);
        return 0;
    }
    if (rv != MDSHM_ENOTFOUND)
        return rv;
    rv = mdshm_lookup_sni(rd, r->given, strlen(r->given), &md, NULL);
    if (rv < 0)
        return rv == MDSHM_EBADINPUT ? MDSHM_ENOTFOUND : rv;
    snprintf(r->md, sizeof(r->md), "%.*s", (int)md.n, (const char *)md.p);
    return 0;
}

int mdshm_ocsp_refresh_request(mdshm_store_t *st, const char *md)
{
    struct resolve *r;
    char name[MDSHM_MAX_MDNAME_LEN + 32];
    int rv;

    if (!st)
        return -EINVAL;
    if (!md)
        return put_request(st, MDSHM__OCSP_REQ_REFRESH "all", "all\n", 4);
    if (!*md || strlen(md) > MDSHM_MAX_MDNAME_LEN || strchr(md, '/') ||
        md[0] == '.')
        return MDSHM_EBADINPUT;
    if (!(r = calloc(1, sizeof(*r))))
        return -ENOMEM;
    r->given = md;
    rv = mdshm__read_once(st, resolve_fn, r);
    if (rv == MDSHM_ENOTFOUND)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "no managed domain %s in store %s", md,
                  mdshm_store_dir(st));
    if (rv == 0) {
        snprintf(name, sizeof(name), MDSHM__OCSP_REQ_REFRESH "%s", r->md);
        rv = put_request(st, name, "refresh\n", 8);
    }
    free(r);
    return rv;
}
