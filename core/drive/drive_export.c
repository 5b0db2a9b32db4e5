/* drive_export.c -- MDExportDir: the leader keeps each MD's PEM files
 * current (core/export.c writes them).
 *
 * Two moments: right after an activation, before the events (so that
 * MDNotifyCmd already finds the new files), and at the end of every run
 * of the MD, which covers the first run after the drive starts (a
 * directory added to the configuration, deleted or edited meanwhile:
 * the files are compared with the store) and static MDs.  When the files
 * changed, MDExportCmd runs.  A failure (disk full, permissions) is
 * logged and brings the MD's next run forward (backing off, an hour at
 * most) unless that run is an ACME retry, whose backoff stands; it never
 * fails the run: the store's sets are untouched.
 */
#include "drive.h"

#include "export.h"

#include <stdio.h>

#define EXPORT_RETRY_MAX_MS (3600LL * 1000)

int mdshm__drive_export(mdshm__run_t *r)
{
    const char *dir = r->cm->s.export_dir;
    char where[1100];
    int rv;

    if (!dir || mdshm__drive_cancelled(r->d))
        return 0;
    r->exported = true;
    snprintf(where, sizeof(where), "%s/%s", dir, r->md);
    rv = mdshm__export_to(r->d->st, r->md, dir, r->md);
    if (rv == MDSHM_ENOTFOUND)
        return 0; /* no certificate yet: nothing to export */
    if (rv < 0) {
        r->m->export_errors++;
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "MD %s: cannot export the certificates "
                  "to %s (failure %u); the store keeps them, retrying later",
                  r->md, where, r->m->export_errors);
        return rv;
    }
    r->m->export_errors = 0;
    if (rv == 1)
        return 0;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: certificates exported to %s",
              r->md, where);
    mdshm__drive_run_log(r, "exported", "certificates exported to %s", where);
    mdshm__event_exported(&r->d->ev, r->d->export_argv, r->md, where);
    return 0;
}

int64_t mdshm__drive_export_retry(const mdshm__run_t *r, int64_t next_ms)
{
    int64_t now = mdshm__now_ms(), at;

    /* after an ACME failure the next run keeps its backoff (and the CA's
     * Retry-After): the export is retried with it */
    if (!r->m->export_errors || r->m->res.errors)
        return next_ms;
    at = mdshm__drive_plan_retry(now, r->d->retry_delay_ms,
                                 r->m->export_errors, 0, false);
    if (at > now + EXPORT_RETRY_MAX_MS)
        at = now + EXPORT_RETRY_MAX_MS;
    return at < next_ms ? at : next_ms;
}
