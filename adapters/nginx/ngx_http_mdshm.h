/* ngx_http_mdshm.h -- state shared by the files of ngx_http_mdshm_module,
 * the nginx adapter (docs/nginx.md).
 *
 * ngx_http_mdshm_module.c  the module record, its directives and hooks
 * ngx_http_mdshm_conf.c    the mdshm_* directives, recorded with nginx's
 *                          file:line, and their translation into
 *                          mdshm.conf text (mod_md's directives; server
 *                          blocks sharing a name are one MD), checked
 *                          by mdshm's parser
 * ngx_http_mdshm_process.c the master makes the store (init_module), each
 *                          worker attaches and runs a leadership candidate
 *                          whose drive works on a thread (init_process),
 *                          and detaches (exit_process); the log sink
 * ngx_http_mdshm_ssl.c     a placeholder certificate for nginx's check, the
 *                          certificate and OCSP status callbacks on every
 *                          server's SSL_CTX
 * ngx_http_mdshm_request.c http-01 and the 503 while pending (post-read
 *                          phase), the md-status and metrics handlers
 * ngx_http_mdshm_redirect.c mdshm_require_https: the redirect to https
 *                          (post-read phase, after http-01) and HSTS
 */
#ifndef NGX_HTTP_MDSHM_H
#define NGX_HTTP_MDSHM_H

#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "mdshm.h"

/* Only the module record (and nginx's ngx_modules tables) is exported:
 * everything the files share is hidden. */
#pragma GCC visibility push(hidden)

/* One directive as mdshm.conf text, with where nginx read it. */
typedef struct {
    ngx_str_t text;
    ngx_str_t file;
    ngx_uint_t line;
} ngx_http_mdshm_line_t;

/* Per server block (the http block's own holds the global directives). */
typedef struct {
    ngx_flag_t enable;          /* mdshm on: an MD of the server_name */
    ngx_array_t *domains;       /* mdshm_domain names (ngx_str_t), or NULL */
    ngx_array_t *lines;         /* ngx_http_mdshm_line_t, or NULL */
    ngx_str_t file;             /* where mdshm on / mdshm_domain is */
    ngx_uint_t line;
    ngx_array_t *names;         /* ngx_str_t: the block's names of its MD,
                                   lower case (ngx_http_mdshm_conf_text) */
    unsigned assigned:1;        /* any block: it has a name of an MD, so
                                   mdshm_require_https applies to it */
} ngx_http_mdshm_srv_conf_t;

/* Per location: which handler `mdshm_status;` / `mdshm_metrics;` set. */
typedef struct {
    ngx_uint_t handler;         /* NGX_HTTP_MDSHM_STATUS/_METRICS, 0 */
} ngx_http_mdshm_loc_conf_t;

#define NGX_HTTP_MDSHM_STATUS  1
#define NGX_HTTP_MDSHM_METRICS 2

/* The generated mdshm.conf text and, per generated line (1-based), the
 * nginx file:line it came from. */
typedef struct {
    ngx_str_t text;             /* NUL-terminated */
    ngx_array_t *where;         /* ngx_http_mdshm_line_t (text unused) */
} ngx_http_mdshm_text_t;

typedef struct {
    ngx_str_t store_dir;        /* mdshm_store_dir (absolute), or empty */
    ngx_str_t store_file;       /* where it was given */
    ngx_uint_t store_line;
    ngx_http_mdshm_text_t *gen; /* the translation; NULL: no MD */
    ngx_str_t placeholder_cert; /* "data:PEM" for nginx's certificate */
    ngx_str_t placeholder_key;  /* check (replaced on each handshake) */
    ngx_hash_keys_arrays_t *https_keys; /* MD names -> MDRequireHttps,
                                   while the configuration is read */
    ngx_hash_combined_t https;  /* the same, for requests */
    ngx_uint_t https_max;       /* the strongest MDRequireHttps: 0 off,
                                   NGX_HTTP_MDSHM_TEMPORARY, _PERMANENT */
} ngx_http_mdshm_main_conf_t;

#define NGX_HTTP_MDSHM_TEMPORARY 1
#define NGX_HTTP_MDSHM_PERMANENT 2

/* Process-wide state. */
typedef struct {
    ngx_log_t *log;             /* where mdshm's log goes */
    ngx_http_mdshm_text_t *gen; /* to map "<code>:N" back to nginx's */
    mdshm_tls_t *tls;           /* master: of the running configuration */
    mdshm_tls_worker_t *w;      /* worker: its worker (and drive) */
    int ex_pending;             /* SSL ex_data index + 1 (0: none yet):
                                   PENDING by the server's names */
} ngx_http_mdshm_state_t;

extern ngx_http_mdshm_state_t ngx_http_mdshm;

#pragma GCC visibility pop

extern ngx_module_t ngx_http_mdshm_module;

#pragma GCC visibility push(hidden)

/* What mdshm_tls_init calls conf_text in its messages. */
#define NGX_HTTP_MDSHM_ORIGIN "<code>"
/* The store lives in STORE_BASE/mdshm (as the httpd adapter's). */
#define NGX_HTTP_MDSHM_DEFAULT_BASE "/var/lib/nginx/md"

/* ngx_http_mdshm_conf.c */
extern ngx_command_t ngx_http_mdshm_commands[];
void *ngx_http_mdshm_create_main_conf(ngx_conf_t *cf);
void *ngx_http_mdshm_create_srv_conf(ngx_conf_t *cf);
char *ngx_http_mdshm_merge_srv_conf(ngx_conf_t *cf, void *parent,
                                    void *child);
void *ngx_http_mdshm_create_loc_conf(ngx_conf_t *cf);
char *ngx_http_mdshm_merge_loc_conf(ngx_conf_t *cf, void *parent,
                                    void *child);
/* Translate the directives of every server block (after the merges) and
 * check the text with mdshm's parser; errors logged with nginx's
 * file:line.  NGX_OK (mcf->gen set, or NULL without MDs), NGX_ERROR. */
ngx_int_t ngx_http_mdshm_conf_text(ngx_conf_t *cf,
                                   ngx_http_mdshm_main_conf_t *mcf);
/* The store's base directory of the configuration. */
ngx_str_t ngx_http_mdshm_store_base(ngx_http_mdshm_main_conf_t *mcf);

/* ngx_http_mdshm_process.c */
ngx_int_t ngx_http_mdshm_init_module(ngx_cycle_t *cycle);
ngx_int_t ngx_http_mdshm_init_process(ngx_cycle_t *cycle);
void ngx_http_mdshm_exit_process(ngx_cycle_t *cycle);
/* mdshm's log sink on nginx's log @log (config time: cf->log). */
void ngx_http_mdshm_log_to(ngx_log_t *log);

/* ngx_http_mdshm_ssl.c */
/* Give server @scf's ssl module configuration the placeholder certificate
 * (nginx refuses an ssl server without one); NGX_CONF_OK or an error. */
char *ngx_http_mdshm_ssl_placeholder(ngx_conf_t *cf,
                                     ngx_http_mdshm_srv_conf_t *scf);
/* The server of an MD has only the placeholder: NGX_CONF_OK or error. */
char *ngx_http_mdshm_ssl_check(ngx_conf_t *cf, void *ssl_srv_conf,
                               ngx_http_mdshm_srv_conf_t *scf);
/* The certificate (and OCSP) callbacks on every server's SSL_CTX. */
ngx_int_t ngx_http_mdshm_ssl_init(ngx_conf_t *cf);
/* What the handshake of @c served (MDSHM_TLS_UNMANAGED without TLS). */
mdshm_tls_state_t ngx_http_mdshm_ssl_state(ngx_connection_t *c);

/* ngx_http_mdshm_request.c */
ngx_int_t ngx_http_mdshm_request_init(ngx_conf_t *cf);
char *ngx_http_mdshm_set_handler(ngx_conf_t *cf, ngx_command_t *cmd,
                                 void *conf);

/* ngx_http_mdshm_redirect.c */
/* Note the names of an MD and its MDRequireHttps value @mode (checked by
 * mdshm's parser later: anything but temporary/permanent is off). */
ngx_int_t ngx_http_mdshm_redirect_add(ngx_conf_t *cf,
                                      ngx_http_mdshm_main_conf_t *mcf,
                                      ngx_array_t *names, ngx_str_t mode);
/* After the translation: the names' hash, the server blocks that have a
 * name of an MD, the HSTS header filter.  NGX_OK or NGX_ERROR. */
ngx_int_t ngx_http_mdshm_redirect_init(ngx_conf_t *cf,
                                       ngx_http_mdshm_main_conf_t *mcf);
/* The redirect of a plain http request for a name of an MD whose
 * mdshm_require_https is on: a status, or NGX_DECLINED. */
ngx_int_t ngx_http_mdshm_redirect(ngx_http_request_t *r);

#pragma GCC visibility pop

#endif /* NGX_HTTP_MDSHM_H */
