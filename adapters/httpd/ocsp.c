/* ocsp.c -- OCSP stapling (MDStapling, MDStapleOthers) with mod_ssl.
 *
 * Two kinds of certificates, two paths (docs/httpd.md, "OCSP stapling"):
 *  - An MD's certificate is put on the SSL by the certificate callback
 *    (ssl.c) at handshake.  mod_ssl never loaded it, so neither its own
 *    stapling (SSLUseStapling) nor its ssl_ocsp_* hooks, keyed by the
 *    certificates it primed at start, can know it.  Our status callback
 *    staples it from the worker's cache (mdshm_tls_ssl_staple): the
 *    response of that very certificate, never an expired one.
 *  - A virtual host's own certificate file is loaded, and primed with its
 *    issuer, by mod_ssl at start (ssl_ocsp_prime_hook).  With global
 *    MDStapling and MDStapleOthers on we take it, as mod_md does: the
 *    parent registers it with the store (mdshm_ocsp_register: the leader
 *    fetches its response) and ssl_ocsp_get_resp_hook answers from the
 *    store.  Otherwise we decline and SSLUseStapling works as without us.
 * mod_ssl sets its status callback before its init_server hook runs, so
 * ours replaces it on every SSL_CTX and calls it for every certificate
 * that is not an MD's: both paths work on the same SSL_CTX. */
#include "mod_mdshm.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "apr_hash.h"
#include "apr_strings.h"
#include "ap_mpm.h"
#include "http_ssl.h"
#include "mpm_common.h"
#include "unixd.h"

APLOG_USE_MODULE(mdshm);

/* A registration is dropped by the leader after MDStaplingKeepResponse
 * (7 days by default) unless repeated: the parent repeats it this often
 * for a server that runs longer than that without a restart. */
#define REREGISTER_EVERY apr_time_from_sec(3600)

/* A certificate mod_ssl primed and we staple (MDStapleOthers). */
typedef struct mdshm_h_other {
    const char *id;          /* mod_ssl's id of the certificate (its SHA-1) */
    apr_size_t id_len;
    const char *pem;         /* the certificate, then its issuer */
    const char *server;      /* the first virtual host that uses it */
    uint8_t sha256[32];      /* the store's key for it */
    int known;               /* sha256 is set */
} mdshm_h_other_t;

/* Of the current configuration (pconf); the children inherit it. */
static struct {
    apr_hash_t *by_id;          /* id -> mdshm_h_other_t * */
    apr_array_header_t *list;   /* mdshm_h_other_t * */
    apr_time_t registered;      /* parent: the last registration */
} others;

static int pre_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp)
{
    (void)plog; (void)ptemp;
    others.by_id = apr_hash_make(pconf);
    others.list = apr_array_make(pconf, 4, sizeof(mdshm_h_other_t *));
    others.registered = 0;
    return OK;
}

/* Global MDStapling and MDStapleOthers: the leader staples registered
 * certificates only then. */
static int staple_others(void)
{
    const mdshm_config_t *cfg = mdshm_tls_config(mdshm_h.tls);
    mdshm_config_global_info_t gi;

    if (!cfg)
        return 0;
    mdshm_config_global_info(cfg, &gi);
    return gi.stapling && gi.staple_others;
}

/* A virtual host in log lines: its name and where it is defined. */
static const char *where(apr_pool_t *p, server_rec *s)
{
    return apr_psprintf(p, "%s (%s:%u)", s->server_hostname,
                        s->defn_name ? s->defn_name : "?",
                        s->defn_line_number);
}

/* 1 if the first certificate of @pem names an OCSP responder.  One that
 * names none is left to mod_ssl (SSLStaplingForceURL), as mod_md does. */
static int has_responder(const char *pem)
{
    BIO *b = BIO_new_mem_buf(pem, -1);
    X509 *x = b ? PEM_read_bio_X509(b, NULL, NULL, NULL) : NULL;
    STACK_OF(OPENSSL_STRING) *urls = x ? X509_get1_ocsp(x) : NULL;
    int ok = urls && sk_OPENSSL_STRING_num(urls) > 0;

    X509_email_free(urls);
    X509_free(x);
    BIO_free(b);
    return ok;
}

/* mod_ssl, in its post_config, for each certificate it loaded whose
 * issuer it found.  OK: we provide its responses (mod_ssl then installs
 * its status callback, which asks get_resp below, and leaves the
 * certificate out of its own stapling). */
static int prime(server_rec *s, apr_pool_t *p, const char *id,
                 apr_size_t id_len, const char *pem)
{
    mdshm_h_other_t *o;

    if (!mdshm_h.tls || !others.by_id || !staple_others())
        return DECLINED;
    if (mdshm_h_ssl_covered(s))
        return DECLINED; /* an MD's host: the certificate callback serves
                            the MD's set, never this file */
    if (apr_hash_get(others.by_id, id, (apr_ssize_t)id_len))
        return OK; /* the same file in another virtual host */
    if (!has_responder(pem)) {
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     "mod_mdshm: OCSP: the certificate of %s names no OCSP "
                     "responder: not stapled by mod_mdshm", where(p, s));
        return DECLINED;
    }
    o = apr_pcalloc(p, sizeof(*o));
    o->id = apr_pmemdup(p, id, id_len);
    o->id_len = id_len;
    o->pem = apr_pstrdup(p, pem);
    o->server = where(p, s);
    apr_hash_set(others.by_id, o->id, (apr_ssize_t)id_len, o);
    APR_ARRAY_PUSH(others.list, mdshm_h_other_t *) = o;
    return OK;
}

/* Leave every primed certificate in the leader's inbox (files in
 * <store>/requests: no leadership, no write to the store).  The store is
 * opened and closed here: nothing of it may reach a later fork. */
static void register_all(server_rec *s, apr_pool_t *parent, int quiet)
{
    mdshm_store_opts_t so = {0};
    mdshm_store_t *st = NULL;
    apr_pool_t *p;
    int rv;

    if (apr_pool_create(&p, parent) != APR_SUCCESS)
        return;
    so.readonly = true;
    so.maxreaders = mdshm_h_threads_maxreaders(); /* as process.c */
    if (geteuid() == 0)
        so.owner = apr_psprintf(p, "%lu:%lu",
                                (unsigned long)ap_unixd_config.user_id,
                                (unsigned long)ap_unixd_config.group_id);
    rv = mdshm_store_open(mdshm_h.store_dir, &so, &st);
    if (rv < 0) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s,
                     "mod_mdshm: OCSP: cannot open the store %s to register "
                     "the virtual hosts' own certificates: %s",
                     mdshm_h.store_dir, mdshm_strerror(rv));
        goto out;
    }
    for (int i = 0; i < others.list->nelts; i++) {
        mdshm_h_other_t *o = APR_ARRAY_IDX(others.list, i, mdshm_h_other_t *);
        uint8_t sha[32];
        static const uint8_t zero[32];

        rv = mdshm_ocsp_register(st, o->pem, strlen(o->pem), sha);
        if (memcmp(sha, zero, sizeof(sha))) {
            memcpy(o->sha256, sha, sizeof(sha));
            o->known = 1;
        }
        if (rv == MDSHM_ENOTFOUND)
            ap_log_error(APLOG_MARK, quiet ? APLOG_DEBUG : APLOG_INFO, 0, s,
                         "mod_mdshm: OCSP: the certificate of %s names no "
                         "OCSP responder: nothing to staple", o->server);
        else if (rv < 0)
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s,
                         "mod_mdshm: OCSP: cannot register the certificate "
                         "of %s for stapling: %s", o->server,
                         mdshm_strerror(rv));
        else
            ap_log_error(APLOG_MARK, quiet ? APLOG_DEBUG : APLOG_INFO, 0, s,
                         "mod_mdshm: OCSP: stapling the certificate of %s "
                         "(MDStapleOthers)", o->server);
    }
    mdshm_store_close(st);
out:
    others.registered = apr_time_now(); /* a failure: again in an hour */
    apr_pool_destroy(p);
}

/* After mod_ssl's post_config: every certificate is primed by now. */
static int post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                       server_rec *s)
{
    (void)pconf; (void)plog;
    if (mdshm_h.tls && others.list && others.list->nelts)
        register_all(s, ptemp, 0);
    return OK;
}

/* The parent, about once a second (MPM maintenance). */
static int monitor(apr_pool_t *p, server_rec *s)
{
    if (mdshm_h.tls && others.list && others.list->nelts &&
        apr_time_now() - others.registered >= REREGISTER_EVERY)
        register_all(s, p, 1);
    return DECLINED;
}

/* mod_ssl's status callback, for a certificate it loaded: one we primed
 * gets its response from the store (one read), none if the store has no
 * valid one.  OK with no data: "handled, nothing to staple" (mod_ssl
 * answers NOACK), rather than mod_ssl looking for it in its own tables. */
static int get_resp(server_rec *s, conn_rec *c, const char *id,
                    apr_size_t id_len, ap_ssl_ocsp_copy_resp *cb,
                    void *userdata)
{
    mdshm_h_other_t *o;
    mdshm_tls_worker_t *w;
    unsigned char *der = NULL;
    size_t len = 0;
    int rv;

    (void)s;
    if (!others.by_id ||
        !(o = apr_hash_get(others.by_id, id, (apr_ssize_t)id_len)))
        return DECLINED;
    rv = MDSHM_ENOTFOUND;
    if (o->known && (w = mdshm_h_worker_lock())) {
        rv = mdshm_tls_staple_get_sha256(w, o->sha256, &der, &len);
        mdshm_h_worker_unlock();
    }
    ap_log_cerror(APLOG_MARK, APLOG_TRACE1, 0, c,
                  "mdshm: staple for the certificate of %s: %s", o->server,
                  rv == 0 ? "from the store" : mdshm_strerror(rv));
    if (rv == 0) {
        cb(der, len, userdata);
        OPENSSL_free(der);
    } else {
        cb(NULL, 0, userdata);
    }
    return OK;
}

/* What was on an SSL_CTX before us. */
typedef struct mdshm_h_prev_status {
    int (*cb)(SSL *, void *);
    void *arg;
} mdshm_h_prev_status_t;

static int status_cb(SSL *ssl, void *arg)
{
    mdshm_h_prev_status_t *prev = arg;
    mdshm_tls_worker_t *w;
    int rv;

    if (mdshm_tls_ssl_state(ssl) == MDSHM_TLS_SERVED) {
        /* an MD's certificate, from the store: its staple or none */
        if (!(w = mdshm_h_worker_lock()))
            return SSL_TLSEXT_ERR_NOACK;
        rv = mdshm_tls_ssl_staple(w, ssl);
        mdshm_h_worker_unlock();
        return rv == 0 ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_NOACK;
    }
    /* a certificate mod_ssl loaded: its stapling (and the hooks) */
    if (prev && prev->cb)
        return prev->cb(ssl, prev->arg);
    return SSL_TLSEXT_ERR_NOACK;
}

void mdshm_h_ocsp_ctx(apr_pool_t *p, struct ssl_ctx_st *ctx)
{
    mdshm_h_prev_status_t *prev = apr_pcalloc(p, sizeof(*prev));

    SSL_CTX_get_tlsext_status_cb(ctx, &prev->cb);
    if (prev->cb == status_cb)
        return; /* an SSL_CTX two servers share: ours already */
    SSL_CTX_get_tlsext_status_arg(ctx, &prev->arg);
    SSL_CTX_set_tlsext_status_cb(ctx, status_cb);
    SSL_CTX_set_tlsext_status_arg(ctx, prev);
}

void mdshm_h_ocsp_hooks(void)
{
    static const char *const after_ssl[] = {"mod_ssl.c", NULL};

    ap_hook_pre_config(pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(post_config, after_ssl, NULL, APR_HOOK_MIDDLE);
    ap_hook_monitor(monitor, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_ssl_ocsp_prime_hook(prime, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_ssl_ocsp_get_resp_hook(get_resp, NULL, NULL, APR_HOOK_MIDDLE);
}
