/* drive_ocsp_inbox.c -- the stapling thread's inbox: files other
 * processes leave in <store>/requests (ocsp_api.c writes them).
 * ocsp-refresh-<sha256(md)> ("refresh <md>") or ocsp-refresh-* marks
 * certificates to fetch at this round;
 * ocsp-register-<sha256> holds a PEM chain to staple (MDStapleOthers),
 * stored at once, OCSP_CHUNK registrations per fenced write. */
#include "drive_ocsp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REG_FILE_MAX (1u << 20) /* a leaf and its issuer, PEM */

/* One registration: views into its parsed chain. */
struct reg {
    char key[65];
    mdshm_chain_t *ch;
    mdshm_buf_t leaf, issuer;
    const char *url, *subject;
    int64_t not_after;
};

struct regs {
    size_t n;
    struct reg r[OCSP_CHUNK];
    mdshm_record_t rec;
};

static int reg_fn(mdshm__wtxn_t *w, void *baton)
{
    struct regs *rs = baton;
    mdshm_ocsp_rec_t *oc = &rs->rec.u.ocsp;
    int64_t now = mdshm__now_ms();

    for (size_t i = 0; i < rs->n; i++) {
        struct reg *r = &rs->r[i];
        int rv = mdshm__w_get(w, MDSHM_DB_OCSP, r->key, 64, &rs->rec);
        if (rv == 0 && oc->md.n > 0)
            continue; /* an MD's own certificate: the drive knows it */
        if (rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT) {
            memset(&rs->rec, 0, sizeof(rs->rec));
            rs->rec.type = MDSHM_REC_OCSP;
        } else if (rv < 0) {
            return rv;
        }
        oc->cert = r->leaf;
        oc->issuer_cert = r->issuer;
        oc->responder_url = mdshm__sbuf(r->url);
        oc->cert_not_after = r->not_after;
        oc->last_used_ms = now;
        rv = mdshm__w_put(w, MDSHM_DB_OCSP, r->key, 64, &rs->rec);
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* Parse the request file @path into rs->r[rs->n]; false if unusable
 * (logged). */
static bool reg_parse(struct regs *rs, const char *path)
{
    struct reg *r = &rs->r[rs->n];
    mdshm_cert_info_t info;
    uint8_t *buf;
    size_t len;
    int rv;

    memset(r, 0, sizeof(*r));
    /* not through a link: requests/ is ours, what it holds must be too */
    rv = mdshm__read_file_ex(path, O_NOFOLLOW, REG_FILE_MAX, &buf, &len);
    if (rv == 0) {
        rv = mdshm_chain_parse(buf, len, &r->ch);
        free(buf);
    }
    if (rv == 0 && mdshm_chain_count(r->ch) < 2)
        rv = MDSHM_EBADINPUT;
    if (rv == 0)
        rv = mdshm_chain_info(r->ch, 0, &info);
    if (rv == 0 && !info.ocsp_url)
        rv = MDSHM_ENOTFOUND;
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "OCSP registration %s: %s", path,
                  rv == MDSHM_ENOTFOUND ? "no OCSP responder URL"
                                        : "not a certificate with issuer");
        mdshm_chain_free(r->ch);
        r->ch = NULL;
        return false;
    }
    mdshm_key_ocsp(r->key, info.sha256);
    mdshm_chain_der(r->ch, 0, &r->leaf);
    mdshm_chain_der(r->ch, 1, &r->issuer);
    r->url = info.ocsp_url;
    r->subject = info.subject;
    r->not_after = info.not_after;
    rs->n++;
    return true;
}

/* Store the parsed registrations (one fenced write) and forget them. */
static void reg_flush(mdshm__docsp_t *o, struct regs *rs)
{
    int rv;

    if (rs->n == 0)
        return;
    rv = mdshm__leader_write(o->d->cand, reg_fn, rs);
    for (size_t i = 0; i < rs->n; i++) {
        if (rv < 0)
            MDSHM_LOG(MDSHM_LOG_WARN, rv, "OCSP registration of %s: cannot "
                      "write it to the store", rs->r[i].subject);
        else if (rs->n < 8) /* a mass registration is one line below */
            MDSHM_LOG(MDSHM_LOG_INFO, 0, "OCSP: stapling %s (registered)",
                      rs->r[i].subject);
        mdshm_chain_free(rs->r[i].ch);
    }
    if (rv == 0 && rs->n >= 8)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "OCSP: %zu certificates registered",
                  rs->n);
    rs->n = 0;
    o->pt.next_due = 0;
}

void mdshm__drive_ocsp_inbox(mdshm__docsp_t *o)
{
    char path[4096 + 300], md[MDSHM_MAX_NAME_LEN + 1];
    struct dirent *de;
    struct regs *rs = NULL;
    DIR *dir = opendir(o->d->req_dir);

    if (!dir)
        return;
    while ((de = readdir(dir)) != NULL) {
        const char *n = de->d_name;
        bool refresh = !strncmp(n, MDSHM__OCSP_REQ_REFRESH,
                                strlen(MDSHM__OCSP_REQ_REFRESH));
        bool reg = !strncmp(n, MDSHM__OCSP_REQ_REGISTER,
                            strlen(MDSHM__OCSP_REQ_REGISTER));
        if (!refresh && !reg)
            continue;
        snprintf(path, sizeof(path), "%s/%s", o->d->req_dir, n);
        if (reg) {
            if (!rs && !(rs = calloc(1, sizeof(*rs))))
                break; /* the file stays for the next round */
            reg_parse(rs, path);
            if (rs->n == OCSP_CHUNK)
                reg_flush(o, rs);
        } else if (strcmp(n + strlen(MDSHM__OCSP_REQ_REFRESH), "*") == 0) {
            o->refresh_all = true;
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "OCSP refresh requested for all");
            o->pt.next_due = 0;
        } else if (mdshm__request_md(path, "refresh", md) < 0) {
            MDSHM_LOG(MDSHM_LOG_WARN, MDSHM_EBADINPUT, "ignoring an OCSP "
                      "refresh request without a valid MD name in %s",
                      o->d->req_dir);
        } else {
            if (o->n_refresh == OCSP_MAX_REFRESH)
                o->refresh_all = true;
            else if ((o->refresh[o->n_refresh] = strdup(md)) != NULL)
                o->n_refresh++;
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "OCSP refresh requested for %s",
                      md);
            o->pt.next_due = 0;
        }
        /* Delete even after a failure: a bad request must not come back
         * at every round. */
        if (unlink(path) < 0)
            MDSHM_LOG(MDSHM_LOG_WARN, -errno, "cannot remove %s", path);
    }
    closedir(dir);
    if (rs)
        reg_flush(o, rs);
    free(rs);
}
