/* process.c -- httpd's process model: the configuration is checked in
 * check_config (so `apachectl configtest` reports mdshm's errors with
 * httpd's file:line), the root parent makes the store for httpd's User in
 * post_config, and every child attaches and runs a leadership candidate
 * whose drive works on a thread of its own (core/tls/). */
#include "mod_mdshm.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <pthread.h>
#include <unistd.h>

#include <openssl/pem.h>

#include "apr_strings.h"
#include "ap_mpm.h"
#include "http_core.h"
#include "http_main.h"
#include "mpm_common.h"
#include "unixd.h"

APLOG_USE_MODULE(mdshm);

#define CONF_ORIGIN "<code>"  /* what mdshm_tls_init calls conf_text */

/* mdshm levels are syslog's, as httpd's are; TRACE is httpd's trace1. */
static int ap_level(mdshm_log_level_t level)
{
    return level > MDSHM_LOG_DEBUG ? APLOG_TRACE1 : (int)level;
}

/* mdshm's log sink: httpd's error log.  Configuration errors name the
 * generated text ("<code>:N: ..."): they are given httpd's file:line. */
static void log_sink(void *baton, mdshm_log_level_t level, int err,
                     const char *file, int line, const char *msg)
{
    size_t n = strlen(CONF_ORIGIN);
    mdshm_h_text_t *gen = mdshm_h.gen;

    (void)baton; (void)file; (void)line;
    if (gen && !strncmp(msg, CONF_ORIGIN ":", n + 1)) {
        char *end;
        long gl = strtol(msg + n + 1, &end, 10);

        if (gl >= 1 && gl <= gen->where->nelts && *end == ':') {
            mdshm_h_line_t *w = &APR_ARRAY_IDX(gen->where, gl - 1,
                                               mdshm_h_line_t);

            ap_log_error(APLOG_MARK, ap_level(level), 0, ap_server_conf,
                         "%s:%d:%s", w->file, w->line, end + 1);
            return;
        }
    }
    if (err && err != MDSHM_EBADINPUT && err != MDSHM_ENOTFOUND)
        ap_log_error(APLOG_MARK, ap_level(level), 0, ap_server_conf,
                     "%s (%s)", msg, mdshm_strerror(err));
    else
        ap_log_error(APLOG_MARK, ap_level(level), 0, ap_server_conf, "%s",
                     msg);
}

static int pre_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp)
{
    (void)plog; (void)ptemp;
    mdshm_h_conf_reset(pconf);
    mdshm_h.gen = NULL;
    mdshm_set_default_log(log_sink, NULL, MDSHM_LOG_INFO);
    return OK;
}

/* Runs for `apachectl configtest` too (post_config does not). */
static int check_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                        server_rec *s)
{
    mdshm_config_t *cfg = NULL;
    int rv;

    (void)plog; (void)ptemp;
    if (ap_find_linked_module("mod_md.c")) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s,
                     "mod_mdshm and mod_md are both loaded: they manage the "
                     "same MDomain directives and cannot run together; "
                     "disable one of them (a2dismod md, or remove its "
                     "LoadModule line)");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    mdshm_h.gen = mdshm_h_conf_text(pconf, s);
    if (!mdshm_h.gen) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s,
                     "mod_mdshm: the virtual hosts do not fit the MDs "
                     "(above)");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    rv = mdshm_config_parse(mdshm_h.gen->text, strlen(mdshm_h.gen->text),
                            CONF_ORIGIN, &cfg);
    mdshm_config_free(cfg);
    if (rv < 0) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s,
                     "mod_mdshm: errors in the MD configuration (above)");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

static apr_status_t tls_cleanup(void *data)
{
    mdshm_tls_free(data);
    if (mdshm_h.tls == data)
        mdshm_h.tls = NULL;
    return APR_SUCCESS;
}

/* Write the fallback certificate and key as PEM for mod_ssl, which loads
 * certificate files at start (0600, the parent's: mod_ssl reads them as
 * root before the children start). */
static int write_fallback(apr_pool_t *p, const char *base)
{
    const char *dir = apr_pstrcat(p, base, "/mdshm-fallback", NULL);
    X509 *cert;
    EVP_PKEY *pkey;
    FILE *f;
    int ok;

    mdshm_tls_fallback(mdshm_h.tls, &cert, &pkey);
    if (apr_dir_make_recursive(dir, APR_FPROT_OS_DEFAULT, p) != APR_SUCCESS)
        return -1;
    mdshm_h.fallback_cert = apr_pstrcat(p, dir, "/pubcert.pem", NULL);
    mdshm_h.fallback_key = apr_pstrcat(p, dir, "/privkey.pem", NULL);
    if (!(f = fopen(mdshm_h.fallback_cert, "w")))
        return -1;
    ok = PEM_write_X509(f, cert);
    ok = fclose(f) == 0 && ok;
    if (!ok)
        return -1;
    {
        mode_t old = umask(077);

        f = fopen(mdshm_h.fallback_key, "w");
        umask(old);
    }
    if (!f)
        return -1;
    ok = PEM_write_PrivateKey(f, pkey, NULL, NULL, 0, NULL, NULL);
    return fclose(f) == 0 && ok ? 0 : -1;
}

static int post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                       server_rec *s)
{
    mdshm_tls_opts_t o = {0};
    const char *base = mdshm_h_store_base(pconf);
    int rv, fresh;

    (void)plog; (void)ptemp;
    /* Every pass (httpd runs two at start, one per restart) makes a new
     * context: mod_ssl loads the fallback files in each.  The previous
     * pass's is freed with its pool. */
    mdshm_h.store_dir = apr_pstrcat(pconf, base, "/mdshm", NULL);
    o.conf_text = mdshm_h.gen->text;
    o.store_dir = mdshm_h.store_dir;
    o.candidate = true;
    o.maxreaders = mdshm_h_threads_maxreaders();
    if (geteuid() == 0)
        o.owner = apr_psprintf(pconf, "%lu:%lu",
                               (unsigned long)ap_unixd_config.user_id,
                               (unsigned long)ap_unixd_config.group_id);
    fresh = mdshm_h_store_is_new(ptemp, mdshm_h.store_dir);
    if (apr_dir_make_recursive(base, APR_FPROT_OS_DEFAULT, ptemp)
        != APR_SUCCESS ||
        (rv = mdshm_tls_init(&o, &mdshm_h.tls)) < 0) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s,
                     "mod_mdshm: cannot set up the store %s",
                     mdshm_h.store_dir);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    if (fresh) /* no child runs yet: the import takes leadership for it */
        mdshm_h_import_mod_md(ptemp, s, base, mdshm_h.store_dir, o.owner);
    apr_pool_cleanup_register(pconf, mdshm_h.tls, tls_cleanup,
                              apr_pool_cleanup_null);
    if (write_fallback(pconf, base) < 0) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, errno, s,
                     "mod_mdshm: cannot write the fallback certificate "
                     "under %s", base);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

static apr_status_t detach_cleanup(void *data)
{
    mdshm_tls_detach(data);
    mdshm_h.w = NULL;
    return APR_SUCCESS;
}

/* After the MPM dropped privileges: the store is opened as httpd's User. */
static void child_init(apr_pool_t *pchild, server_rec *s)
{
    int rv;
    sigset_t all, old;

    if (!mdshm_h.tls)
        return;
    mdshm_h_threads_init(pchild, s);
    if ((rv = mdshm_tls_attach_fallback(mdshm_h.tls, &mdshm_h.w)) < 0 &&
        !mdshm_h.w) {
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s,
                     "mod_mdshm: cannot attach: %s", mdshm_strerror(rv));
        return;
    }
    apr_pool_cleanup_register(pchild, mdshm_h.w, detach_cleanup,
                              apr_pool_cleanup_null);
    if (rv < 0)
        return; /* serves the fallback; no drive without a store */
    /* The drive thread takes no signal: httpd's signals must reach the
     * threads that wait for them. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rv = mdshm_tls_drive_start(mdshm_h.w);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rv < 0) {
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s,
                     "mod_mdshm: cannot start the drive: %s",
                     mdshm_strerror(rv));
        return;
    }
    mdshm_h_generation_watch(pchild, s, mdshm_h.w);
}

/* httpd tells a child that it stops: event and worker as soon as a
 * graceful restart or stop begins, before the child's connections drain
 * (prefork only just before it exits).  Its drive stops now, so that a
 * child of the new generation leads (with a higher term) at once, not when
 * this child's last connection ends; the child still serves handshakes
 * until then.  Only an interrupt (async-signal-safe, no waiting for an
 * ACME request): detach_cleanup joins the thread at exit. */
static void child_stopping(apr_pool_t *pchild, int graceful)
{
    (void)pchild; (void)graceful;
    if (mdshm_h.w)
        mdshm_tls_drive_interrupt(mdshm_h.w);
}

void mdshm_h_process_hooks(void)
{
    static const char *const before_ssl[] = {"mod_ssl.c", NULL};

    ap_hook_pre_config(pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_check_config(check_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(post_config, NULL, before_ssl, APR_HOOK_MIDDLE);
    ap_hook_child_init(child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_stopping(child_stopping, NULL, NULL, APR_HOOK_MIDDLE);
}
