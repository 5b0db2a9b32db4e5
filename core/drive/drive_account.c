/* drive_account.c -- the ACME account a run signs with.
 *
 * Accounts live in the accounts database (key: "ACME-<ca host>-NNNN", as
 * mod_md names them), with the account key as PKCS#8 DER.  A run reuses
 * a valid stored account of the same CA URL and the same external account
 * binding; otherwise it registers one (ES256 key; MDContactEmail as
 * mailto: contacts; the CA's terms must be agreed to with
 * MDCertificateAgreement) and stores it before any order uses it, so a
 * new leader finds the account its predecessor's orders belong to.
 * Selection is serialized: two MDs of one CA must not both register.
 */
#include "drive.h"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

struct found {
    const char *ca_url;
    const char *eab_kid;    /* "" if none */
    mdshm_record_t rec;
    char id[128];
    char *url;
    uint8_t *key;
    size_t key_len;
    int err;
};

static bool buf_is(mdshm_buf_t b, const char *s)
{
    return b.n == strlen(s) && memcmp(b.p, s, b.n) == 0;
}

static int find_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                   mdshm_buf_t val)
{
    struct found *f = baton;
    const mdshm_account_rec_t *a = &f->rec.u.account;

    (void)db;
    if (key.n >= sizeof(f->id) ||
        mdshm_record_decode(MDSHM_REC_ACCOUNT, val.p, val.n, &f->rec) < 0)
        return 0;
    if (!buf_is(a->ca_url, f->ca_url) || !buf_is(a->status, "valid") ||
        !buf_is(a->eab_kid, f->eab_kid) || a->url.n == 0 || a->pkey.n == 0)
        return 0;
    memcpy(f->id, key.p, key.n);
    f->id[key.n] = 0;
    f->url = mdshm__bufdup(a->url, false);
    f->key = malloc(a->pkey.n);
    if (!f->url || !f->key)
        return f->err = -ENOMEM;
    memcpy(f->key, a->pkey.p, a->pkey.n);
    f->key_len = a->pkey.n;
    return 1; /* stop: the first match */
}

static int find_read(mdshm_reader_t *rd, void *baton)
{
    struct found *f = baton;
    int rv = mdshm_read_foreach(rd, MDSHM_DB_ACCOUNTS, find_fn, f);

    return rv < 0 ? rv : f->err;
}

static void found_clear(struct found *f)
{
    if (f->key)
        OPENSSL_cleanse(f->key, f->key_len);
    free(f->key);
    free(f->url);
    f->key = NULL;
    f->url = NULL;
}

/* ---- registering -------------------------------------------------------- */

struct store_acct {
    const char *prefix;     /* "ACME-<host>-" */
    mdshm_account_rec_t rec;
    char id[128];
};

static int store_fn(mdshm__wtxn_t *w, void *baton)
{
    struct store_acct *sa = baton;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    int rv = -EEXIST;

    if (!rec)
        return -ENOMEM;
    for (unsigned n = 0; n < 10000; n++) {
        int len = snprintf(sa->id, sizeof(sa->id), "%s%04u", sa->prefix, n);
        rv = mdshm__w_get(w, MDSHM_DB_ACCOUNTS, sa->id, (size_t)len, rec);
        if (rv == MDSHM_ENOTFOUND) {
            memset(rec, 0, sizeof(*rec));
            rec->type = MDSHM_REC_ACCOUNT;
            rec->u.account = sa->rec;
            rv = mdshm__w_put(w, MDSHM_DB_ACCOUNTS, sa->id, (size_t)len, rec);
            break;
        }
        if (rv < 0 && rv != MDSHM_ECORRUPT)
            break;
    }
    free(rec);
    return rv;
}

/* "ACME-<host>-" from the CA URL, file-name safe. */
static void id_prefix(const char *url, char *out, size_t size)
{
    const char *h = strstr(url, "://");
    size_t n = 0, o;

    h = h ? h + 3 : url;
    o = (size_t)snprintf(out, size, "ACME-");
    while (h[n] && h[n] != '/' && h[n] != ':' && h[n] != '?' && n < 64)
        n++;
    /* mod_md keeps the last 16 characters of the host */
    if (n > 16) {
        h += n - 16;
        n = 16;
    }
    for (size_t i = 0; i < n && o + 2 < size; i++) {
        char c = h[i];
        out[o++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '-'
                       ? c
                       : '_';
    }
    snprintf(out + o, size - o, "-");
}

static int agreement(mdshm__run_t *r, bool *agree)
{
    const mdshm__config_md_t *cm = r->cm;
    const char *tos = r->dir->terms_of_service, *a = cm->s.ca_agreement;

    *agree = false;
    if (!tos)
        return 0; /* the CA has no terms to agree to */
    if (a && (strcmp(a, "accepted") == 0 || strcmp(a, tos) == 0)) {
        *agree = true;
        return 0;
    }
    return mdshm__drive_run_fail(
        r, MDSHM_EBADINPUT, "urn:ietf:params:acme:error:userActionRequired",
        /* mod_md's words (its users search for them), but for the
         * server: mdshm runs in more than Apache */
        "the CA requires you to accept the terms-of-service as specified "
        "in <%s>. Please read the document that you find at that URL and, "
        "if you agree to the conditions, configure \"MDCertificateAgreement "
        "accepted\" in your server's configuration (CA %s). Then reload "
        "the server to activate.", tos, r->ca_url);
}

static int register_account(mdshm__run_t *r)
{
    const mdshm__config_md_t *cm = r->cm;
    mdshm__acme_account_t acct;
    mdshm__acme_eab_t eab = {cm->s.eab_kid, cm->s.eab_hmac};
    struct store_acct sa;
    mdshm__pkey_t *key = NULL;
    char prefix[96];
    bool agree;
    int rv;

    memset(&acct, 0, sizeof(acct));
    rv = agreement(r, &agree);
    if (rv < 0)
        return rv;
    mdshm__drive_run_activity(r, "registering an ACME account at %s",
                              r->ca_url);
    rv = mdshm__keygen("secp256r1", &key);
    if (rv < 0)
        return mdshm__drive_run_fail(r, rv, NULL,
                                     "cannot make an account key");
    rv = mdshm__acme_account_new(r->acme, key, cm->s.contacts.v,
                                 cm->s.contacts.n, agree,
                                 cm->s.eab_kid ? &eab : NULL, &acct, &r->res);
    if (rv < 0)
        goto out;
    memset(&sa, 0, sizeof(sa));
    id_prefix(r->ca_url, prefix, sizeof(prefix));
    sa.prefix = prefix;
    sa.rec.ca_url = mdshm__sbuf(r->ca_url);
    sa.rec.url = mdshm__sbuf(acct.url);
    sa.rec.status = mdshm__sbuf(acct.status ? acct.status : "valid");
    rv = mdshm__pkey_der(key, &sa.rec.pkey);
    if (rv < 0)
        goto out;
    sa.rec.n_contacts = (uint32_t)(cm->s.contacts.n < MDSHM_MAX_LIST
                                       ? cm->s.contacts.n
                                       : MDSHM_MAX_LIST);
    for (uint32_t i = 0; i < sa.rec.n_contacts; i++)
        sa.rec.contacts[i] = mdshm__sbuf(cm->s.contacts.v[i]);
    sa.rec.agreement = mdshm__sbuf(agree ? r->dir->terms_of_service : NULL);
    sa.rec.eab_kid = mdshm__sbuf(cm->s.eab_kid);
    sa.rec.created_ms = mdshm__now_ms();
    rv = mdshm__drive_run_write(r, store_fn, &sa);
    if (rv < 0) {
        mdshm__drive_run_fail(r, rv, NULL, "cannot store the new account");
        goto out;
    }
    snprintf(r->account_id, sizeof(r->account_id), "%s", sa.id);
    mdshm__drive_run_log(r, "progress", "registered ACME account %s (%s)",
                         sa.id, acct.url);
out:
    mdshm__acme_account_clear(&acct);
    mdshm__pkey_free(key);
    return rv;
}

int mdshm__drive_account_select(mdshm__run_t *r)
{
    const mdshm__config_md_t *cm = r->cm;
    struct found *f = calloc(1, sizeof(*f));
    mdshm__pkey_t *key = NULL;
    int rv;

    if (!f)
        return -ENOMEM;
    f->ca_url = r->ca_url;
    f->eab_kid = cm->s.eab_kid ? cm->s.eab_kid : "";
    pthread_mutex_lock(&r->d->acct_mu);
    rv = mdshm__read_once(r->d->st, find_read, f);
    if (rv < 0)
        goto out;
    if (f->url) {
        rv = mdshm__pkey_parse(f->key, f->key_len, &key);
        if (rv == 0)
            rv = mdshm__acme_use_account(r->acme, key, f->url);
        if (rv < 0) {
            mdshm__drive_run_fail(r, rv, NULL, "account %s is unusable",
                                  f->id);
            goto out;
        }
        snprintf(r->account_id, sizeof(r->account_id), "%s", f->id);
        goto out;
    }
    rv = register_account(r);
out:
    pthread_mutex_unlock(&r->d->acct_mu);
    mdshm__pkey_free(key);
    found_clear(f);
    free(f);
    return rv;
}

/* ---- an account the CA no longer knows ----------------------------------- */

struct invalidate {
    const char *id;
    mdshm_record_t rec, copy;
};

static int invalidate_fn(mdshm__wtxn_t *w, void *baton)
{
    struct invalidate *iv = baton;
    uint8_t *buf = NULL;
    int rv;

    rv = mdshm__w_get(w, MDSHM_DB_ACCOUNTS, iv->id, strlen(iv->id), &iv->rec);
    if (rv < 0)
        return rv == MDSHM_ENOTFOUND ? 0 : rv;
    rv = mdshm__rec_clone(&iv->rec, &iv->copy, &buf);
    if (rv < 0)
        return rv;
    iv->copy.u.account.status = mdshm__sbuf("deactivated");
    rv = mdshm__w_put(w, MDSHM_DB_ACCOUNTS, iv->id, strlen(iv->id), &iv->copy);
    free(buf);
    return rv;
}

void mdshm__drive_account_check_gone(mdshm__run_t *r)
{
    struct invalidate *iv;

    /* Only the CA's explicit word: "unauthorized" has other causes. */
    if (!r->account_id[0] ||
        strcmp(r->res.problem,
               "urn:ietf:params:acme:error:accountDoesNotExist") != 0)
        return;
    if (!(iv = malloc(sizeof(*iv))))
        return;
    iv->id = r->account_id;
    if (mdshm__drive_run_write(r, invalidate_fn, iv) == 0)
        MDSHM_LOG(MDSHM_LOG_WARN, 0, "MD %s: the CA does not know account "
                  "%s any more; a new one is registered next time", r->md,
                  r->account_id);
    free(iv);
}
