/* request.c -- request files, the leader's inbox, written by any process
 * (no leadership needed): `mdshm renew MD` leaves
 * <store>/requests/renew-<sha256(md)>, whose text "renew <md> <ms>" names
 * the MD (a 253-character name does not fit in a file name with its
 * prefix: NAME_MAX is 255); the stapling requests of ocsp_api.c are files
 * there too.  The leader (core/drive/drive_request.c,
 * drive_ocsp_inbox.c) looks once per loop iteration (at most a second
 * apart), acts at once and deletes the file.  Files, not the store: a
 * request must not need the leader's write lock, and a process that is not
 * the leader never writes the store.  Here in core/, below the drive,
 * because the CLI and the API write them too. */
#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "config.h"
#include "internal.h"
#include "request.h"

#include <errno.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#define REQ_FILE_MAX 1024 /* "renew <md> <ms>": far less */

/* MD names are names of the configuration: one validator for all. */
static bool md_name_ok(const char *md, char norm[MDSHM_MAX_NAME_LEN + 1])
{
    return md && !mdshm__parse_name(md, norm);
}

int mdshm__request_name(const char *prefix, const char *md, char *out,
                        size_t size)
{
    unsigned char h[32];
    char hex[65];

    if (!EVP_Digest(md, strlen(md), h, NULL, EVP_sha256(), NULL))
        return MDSHM_ECRYPTO;
    mdshm__hex(h, sizeof(h), hex);
    if ((size_t)snprintf(out, size, "%s%s", prefix, hex) >= size)
        return -ENAMETOOLONG;
    return 0;
}

int mdshm__request_md(const char *path, const char *verb,
                      char md[MDSHM_MAX_NAME_LEN + 1])
{
    char norm[MDSHM_MAX_NAME_LEN + 1];
    size_t vlen = strlen(verb), len, n;
    uint8_t *buf;
    const char *p;
    int rv;

    md[0] = '\0';
    rv = mdshm__read_file(path, REQ_FILE_MAX, &buf, &len);
    if (rv < 0)
        return rv;
    p = (const char *)buf;
    rv = MDSHM_EBADINPUT;
    if (len > vlen && !memcmp(p, verb, vlen) && p[vlen] == ' ') {
        p += vlen + 1;
        n = strcspn(p, " \n");
        if (n > 0 && n <= MDSHM_MAX_NAME_LEN) {
            memcpy(md, p, n);
            md[n] = '\0';
            if (md_name_ok(md, norm))
                rv = 0;
        }
    }
    free(buf);
    if (rv < 0)
        md[0] = '\0';
    return rv;
}

/* <store>/requests, created 0700 and ours; a directory others may write
 * or own is refused (they could plant requests), and so is a link. */
static int req_dir(mdshm_store_t *st, char *buf, size_t size, bool create)
{
    struct stat sb;

    if ((size_t)snprintf(buf, size, "%s/requests", mdshm_store_dir(st)) >=
        size)
        return -ENAMETOOLONG;
    if (create && mkdir(buf, 0700) < 0 && errno != EEXIST)
        return -errno;
    if (lstat(buf, &sb) < 0)
        return -errno;
    if (create && sb.st_uid != mdshm__store_owner(st) &&
        mdshm__store_give(st, buf, -1) == 0 && lstat(buf, &sb) < 0)
        return -errno; /* root for the owner made it: the owner's now */
    return mdshm__store_check_entry(st, buf, &sb, true);
}

struct resolve {
    const char *given;
    char *md;
    size_t size;
};

/* The MD the user means: an MD name, or a DNS name one of them serves. */
static int resolve_fn(mdshm_reader_t *rd, void *baton)
{
    struct resolve *r = baton;
    mdshm_record_t rec;
    mdshm_buf_t md;
    int rv;

    rv = mdshm_read_get(rd, MDSHM_DB_MDS, r->given, strlen(r->given), &rec);
    if (rv == 0) {
        snprintf(r->md, r->size, "%s", r->given);
        return 0;
    }
    if (rv != MDSHM_ENOTFOUND)
        return rv;
    rv = mdshm_lookup_sni(rd, r->given, strlen(r->given), &md, NULL);
    if (rv < 0)
        return rv == MDSHM_EBADINPUT ? MDSHM_ENOTFOUND : rv;
    snprintf(r->md, r->size, "%.*s", (int)md.n, (const char *)md.p);
    return 0;
}

int mdshm__request_resolve(mdshm_store_t *st, const char *given, char *md,
                           size_t size)
{
    char norm[MDSHM_MAX_NAME_LEN + 1];
    struct resolve res = {norm, md, size};

    md[0] = '\0';
    if (!md_name_ok(given, norm))
        return MDSHM_EBADINPUT;
    return mdshm__read_once(st, resolve_fn, &res);
}

int mdshm__request_put(mdshm_store_t *st, const char *name, const void *data,
                       size_t len)
{
    static atomic_uint seq; /* threads of one process never share a tmp */
    char dir[4096], tmp[4096 + 64], path[4096 + 300];
    int fd, rv;

    rv = req_dir(st, dir, sizeof(dir), true);
    if (rv < 0)
        return rv;
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    snprintf(tmp, sizeof(tmp), "%s/.tmp-%ld-%u", dir, (long)getpid(),
             atomic_fetch_add(&seq, 1));
    /* Written aside and renamed: the leader never sees half a file. */
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
              0600);
    if (fd < 0)
        return -errno;
    rv = mdshm__store_give(st, tmp, fd);
    if (rv < 0) { /* the leader reads it */
        close(fd);
        unlink(tmp);
        return rv;
    }
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

int mdshm_renew_request(mdshm_store_t *st, const char *given)
{
    char md[MDSHM_MAX_MDNAME_LEN + 1], name[128];
    char line[400];
    int n, rv;

    if (!st)
        return -EINVAL;
    /* Refuse what no leader could act on, instead of a request that is
     * silently dropped. */
    rv = mdshm__request_resolve(st, given, md, sizeof(md));
    if (rv == MDSHM_ENOTFOUND) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "no managed domain %s in store %s (has the drive synced "
                  "the configuration yet? see mdshm status)",
                  given, mdshm_store_dir(st));
        return rv;
    }
    if (rv < 0)
        return rv;
    if (strcmp(md, given) != 0)
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "%s belongs to MD %s: renewing %s",
                  given, md, md);
    rv = mdshm__request_name(MDSHM__RENEW_REQ_PREFIX, md, name, sizeof(name));
    if (rv < 0)
        return rv;
    n = snprintf(line, sizeof(line), "renew %s %lld\n", md,
                 (long long)mdshm__now_ms());
    return mdshm__request_put(st, name, line, (size_t)n);
}

int mdshm__request_dir(mdshm_store_t *st, char **out)
{
    char buf[4096];
    int rv;

    *out = NULL;
    rv = req_dir(st, buf, sizeof(buf), true);
    if (rv < 0)
        return rv;
    return (*out = strdup(buf)) ? 0 : -ENOMEM;
}
