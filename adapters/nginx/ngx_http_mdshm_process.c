/* ngx_http_mdshm_process.c -- nginx's process model: the master makes the
 * store for nginx's `user` (init_module, once per configuration: at start
 * and at each reload), each worker attaches after fork and runs a
 * leadership candidate whose drive works on a thread of its own, never in
 * the event loop (init_process), and detaches when it exits. */
#include "ngx_http_mdshm.h"

#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>

/* mdshm levels are syslog's (0 emerg .. 7 debug); nginx's one higher. */
static ngx_uint_t ngx_level(mdshm_log_level_t level)
{
    return level >= MDSHM_LOG_DEBUG ? NGX_LOG_DEBUG : (ngx_uint_t)level + 1;
}

/* mdshm's log sink: nginx's log.  Configuration errors name the generated
 * text ("<code>:N: ..."): they are given nginx's file:line.  The drive's
 * thread logs too: ngx_log_error formats on its stack and write()s. */
static void log_sink(void *baton, mdshm_log_level_t level, int err,
                     const char *file, int line, const char *msg)
{
    ngx_http_mdshm_text_t *gen = ngx_http_mdshm.gen;
    ngx_log_t *log = ngx_http_mdshm.log;
    size_t n = sizeof(NGX_HTTP_MDSHM_ORIGIN) - 1;
    ngx_uint_t lvl = ngx_level(level);

    (void)baton; (void)file; (void)line;
    if (!log || log->log_level < lvl)
        return;
    if (gen && !ngx_strncmp(msg, NGX_HTTP_MDSHM_ORIGIN ":", n + 1)) {
        char *end;
        long gl = strtol(msg + n + 1, &end, 10);

        if (gl >= 1 && (ngx_uint_t)gl <= gen->where->nelts && *end == ':') {
            ngx_http_mdshm_line_t *w = gen->where->elts;

            while (end[1] == ' ')
                end++;
            ngx_log_error(lvl, log, 0, "mdshm: %s in %V:%ui", end + 1,
                          &w[gl - 1].file, w[gl - 1].line);
            return;
        }
    }
    /* (braces: ngx_log_error is an if of its own) */
    if (err && err != MDSHM_EBADINPUT && err != MDSHM_ENOTFOUND) {
        ngx_log_error(lvl, log, 0, "mdshm: %s (%s)", msg,
                      mdshm_strerror(err));
    } else {
        ngx_log_error(lvl, log, 0, "mdshm: %s", msg);
    }
}

void ngx_http_mdshm_log_to(ngx_log_t *log)
{
    ngx_http_mdshm.log = log;
    mdshm_set_default_log(log_sink, NULL, MDSHM_LOG_DEBUG);
}

static void tls_cleanup(void *data)
{
    if (ngx_http_mdshm.tls == data)
        ngx_http_mdshm.tls = NULL;
    mdshm_tls_free(data);
}

/* mkdir -p @path (0755: the workers walk through it to the store). */
static ngx_int_t make_dirs(ngx_pool_t *pool, ngx_str_t path)
{
    u_char *p = ngx_pnalloc(pool, path.len + 1);

    if (!p)
        return NGX_ERROR;
    ngx_memcpy(p, path.data, path.len);
    p[path.len] = '\0';
    for (u_char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir((char *)p, 0755) < 0 && ngx_errno != NGX_EEXIST)
            return NGX_ERROR;
        *s = '/';
    }
    if (mkdir((char *)p, 0755) < 0 && ngx_errno != NGX_EEXIST)
        return NGX_ERROR;
    return NGX_OK;
}

/* In the master (and `nginx` in the foreground) before the workers fork:
 * the store, owned by nginx's `user`, and the fallback certificate.
 * `nginx -t` and `nginx -s` change nothing. */
ngx_int_t ngx_http_mdshm_init_module(ngx_cycle_t *cycle)
{
    ngx_http_mdshm_main_conf_t *mcf;
    ngx_core_conf_t *ccf;
    ngx_pool_cleanup_t *cln;
    mdshm_tls_opts_t o = {0};
    ngx_str_t base;
    char owner[64];
    u_char *store;
    int rv;

    if (ngx_test_config || ngx_process == NGX_PROCESS_SIGNALLER ||
        !cycle->conf_ctx[ngx_http_module.index])
        return NGX_OK;
    /* the previous configuration's context stays its cycle's (freed with
     * it): new workers must not attach to it */
    ngx_http_mdshm.tls = NULL;
    ngx_http_mdshm.gen = NULL;
    mcf = ngx_http_cycle_get_module_main_conf(cycle, ngx_http_mdshm_module);
    if (!mcf || !mcf->gen)
        return NGX_OK; /* no MD in this configuration */
    ngx_http_mdshm_log_to(cycle->log);
    ngx_http_mdshm.gen = mcf->gen;
    base = ngx_http_mdshm_store_base(mcf);
    if (!(store = ngx_pnalloc(cycle->pool, base.len + sizeof("/mdshm"))))
        return NGX_ERROR;
    ngx_sprintf(store, "%V/mdshm%Z", &base);
    ccf = (ngx_core_conf_t *)ngx_get_conf(cycle->conf_ctx, ngx_core_module);
    o.conf_text = (const char *)mcf->gen->text.data;
    o.store_dir = (const char *)store;
    o.candidate = true;
    if (geteuid() == 0 && ccf->user != (ngx_uid_t)NGX_CONF_UNSET_UINT) {
        ngx_snprintf((u_char *)owner, sizeof(owner), "%ui:%ui%Z",
                     (ngx_uint_t)ccf->user, (ngx_uint_t)ccf->group);
        o.owner = owner;
    }
    if (make_dirs(cycle->pool, base) != NGX_OK) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, ngx_errno,
                      "mdshm: cannot make the directory %V", &base);
        return NGX_ERROR;
    }
    if (!(cln = ngx_pool_cleanup_add(cycle->pool, 0)))
        return NGX_ERROR;
    if ((rv = mdshm_tls_init(&o, &ngx_http_mdshm.tls)) < 0) {
        ngx_log_error(NGX_LOG_EMERG, cycle->log, 0,
                      "mdshm: cannot set up the store %s: %s", store,
                      mdshm_strerror(rv));
        return NGX_ERROR;
    }
    /* the previous configuration's context goes with its cycle */
    cln->handler = tls_cleanup;
    cln->data = ngx_http_mdshm.tls;
    return NGX_OK;
}

/* A worker that shuts down gracefully (reload, binary upgrade, quit)
 * still serves its open connections, maybe for long; its drive stops at
 * once so that a worker of the new generation leads now, with a higher
 * term (nginx has no hook for the start of a shutdown: a timer looks,
 * once a second; cancelable, so it does not keep the worker alive). */
static ngx_event_t shutdown_watch;
static ngx_connection_t shutdown_watch_conn; /* for the event's debug log */

static void watch_shutdown(ngx_event_t *ev)
{
    if (ngx_exiting || ngx_quit || ngx_terminate) {
        if (ngx_http_mdshm.w)
            mdshm_tls_drive_interrupt(ngx_http_mdshm.w);
        return;
    }
    ngx_add_timer(ev, 1000);
}

static void start_watch(ngx_cycle_t *cycle)
{
    shutdown_watch_conn.fd = (ngx_socket_t)-1;
    shutdown_watch.handler = watch_shutdown;
    shutdown_watch.log = cycle->log;
    shutdown_watch.data = &shutdown_watch_conn;
    shutdown_watch.cancelable = 1;
    ngx_add_timer(&shutdown_watch, 1000);
}

/* In each worker, after it switched to nginx's `user`. */
ngx_int_t ngx_http_mdshm_init_process(ngx_cycle_t *cycle)
{
    sigset_t all, old;
    int rv;

    if (!ngx_http_mdshm.tls ||
        (ngx_process != NGX_PROCESS_WORKER &&
         ngx_process != NGX_PROCESS_SINGLE))
        return NGX_OK;
    ngx_http_mdshm_log_to(cycle->log);
    rv = mdshm_tls_attach_fallback(ngx_http_mdshm.tls, &ngx_http_mdshm.w);
    if (rv < 0 && !ngx_http_mdshm.w) {
        ngx_log_error(NGX_LOG_ERR, cycle->log, 0, "mdshm: cannot attach: %s",
                      mdshm_strerror(rv));
        return NGX_OK; /* the worker serves its own certificates */
    }
    if (rv < 0)
        return NGX_OK; /* serves the fallback; no drive without a store */
    /* nginx's SIGCHLD handler reaps any child (waitpid(-1)), also in a
     * worker, which starts none of its own: it would take the exit status
     * of the drive's programs (MDChallengeDns01, MDNotifyCmd, ...) before
     * the drive waits for them.  The default lets each wait for its own. */
    signal(SIGCHLD, SIG_DFL);
    /* The drive thread takes no signal: nginx's (QUIT, HUP, ...) must
     * reach the event loop's thread. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    rv = mdshm_tls_drive_start(ngx_http_mdshm.w);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rv < 0) {
        ngx_log_error(NGX_LOG_ERR, cycle->log, 0,
                      "mdshm: cannot start the drive: %s",
                      mdshm_strerror(rv));
        return NGX_OK;
    }
    start_watch(cycle);
    return NGX_OK;
}

void ngx_http_mdshm_exit_process(ngx_cycle_t *cycle)
{
    (void)cycle;
    if (!ngx_http_mdshm.w)
        return;
    mdshm_tls_detach(ngx_http_mdshm.w); /* stops and joins the drive */
    ngx_http_mdshm.w = NULL;
}
