/* drive_request.c -- the leader picks up renewal requests: the files
 * <store>/requests/renew-<sha256(md)> that `mdshm renew MD` leaves
 * (core/request.c: any process writes them, without leadership), once per
 * loop iteration; it renews that MD at once and deletes the file. */
#include "drive.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void mdshm__drive_request_poll(mdshm_drive_t *d,
                               void (*fn)(mdshm_drive_t *d, const char *md))
{
    char path[4096 + 300], md[MDSHM_MAX_NAME_LEN + 1];
    struct dirent *de;
    DIR *dir;
    int rv;

    dir = opendir(d->req_dir);
    if (!dir)
        return; /* no request was ever made */
    while ((de = readdir(dir)) != NULL) {
        if (strncmp(de->d_name, MDSHM__RENEW_REQ_PREFIX,
                    strlen(MDSHM__RENEW_REQ_PREFIX)) != 0)
            continue;
        snprintf(path, sizeof(path), "%s/%s", d->req_dir, de->d_name);
        rv = mdshm__request_md(path, "renew", md);
        /* Delete even after a failure: a request that makes us fail must
         * not come back at every iteration. */
        if (unlink(path) < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, -errno, "cannot remove %s", path);
            continue;
        }
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, rv,
                      "ignoring a request without a valid MD name in %s",
                      d->req_dir);
            continue;
        }
        fn(d, md);
    }
    closedir(dir);
}
