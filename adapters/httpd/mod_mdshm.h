/* mod_mdshm.h -- state shared by the files of mod_mdshm, the httpd adapter
 * (a drop-in replacement for mod_md: docs/httpd.md).
 *
 * config.c   mod_md's directives, recorded with httpd's file:line, and
 *            their translation into mdshm.conf text (same syntax)
 * import.c   the mod_md store imported when the mdshm store is new
 * generation.c  prefork: the drive of an old generation's child stops
 *            when a graceful restart begins (process.c: child_stopping
 *            for the threaded MPMs)
 * config_check.c  mod_md's argument checks of the directives below
 * config_vhosts.c MDs linked to virtual hosts (MDBaseServer, MDMembers,
 *            MDMatchNames), mod_md's conflict checks, and the challenge
 *            types the ports httpd listens on allow (MDPortMap)
 * process.c  check_config, post_config (the store, mdshm_tls_init),
 *            child_init (attach, the drive thread), the log sink
 * threads.c  the worker of each thread (threaded MPMs: one per thread)
 * ssl.c      mod_ssl glue: certificate files, the certificate callback,
 *            tls-alpn-01
 * ocsp.c     OCSP stapling: MD certificates from the status callback,
 *            the hosts' own files through mod_ssl's ssl_ocsp_* hooks
 * request.c  http-01, 503 while pending, md-status and mdshm-metrics
 * redirect.c MDRequireHttps: redirects to https: and HSTS
 * certificate_status.c  /.httpd/certificate-status
 * status_page.c  mod_status's section; reading the md-status document
 */
#ifndef MOD_MDSHM_H
#define MOD_MDSHM_H

#include "httpd.h"
#include "http_config.h"
#include "http_log.h"
#include "apr_thread_mutex.h"

#include "mdshm.h"

/* The one exported symbol (the rest is built -fvisibility=hidden). */
extern module AP_MODULE_DECLARE_DATA __attribute__((visibility("default")))
    mdshm_module;

/* One directive as mdshm.conf text, with where httpd read it. */
typedef struct mdshm_h_line {
    const char *text;
    const char *file;
    int line;
} mdshm_h_line_t;

/* One MDomain line or <MDomain>/<MDomainSet> section. */
typedef struct mdshm_h_md {
    const char *file;
    int line;
    apr_array_header_t *names;  /* const char *: as written (keywords too) */
    apr_array_header_t *lines;  /* mdshm_h_line_t: inside the section */
    int section;                /* <MDomain ...> rather than MDomain */
    int no_alpn;                /* config_vhosts.c: no https virtual host
                                   of the MD allows acme-tls/1 */
    apr_array_header_t *domains; /* config_vhosts.c: every name (MDMember
                                    and added ones too), or NULL */
} mdshm_h_md_t;

/* What the directives of one configuration read recorded (in pconf). */
typedef struct mdshm_h_conf {
    apr_array_header_t *globals; /* mdshm_h_line_t, outside sections */
    apr_array_header_t *mds;     /* mdshm_h_md_t * */
    mdshm_h_md_t *current;       /* the section being read, or NULL */
    const char *store_base;      /* MDStoreDir, absolute; NULL: default */
    int local_80, local_443;     /* MDPortMap: local ports of the public
                                    ports 80 and 443; 0: not reachable */
    int base_server;             /* MDBaseServer on */
    int match_servernames;       /* MDMatchNames servernames */
    int can_http, can_https;     /* httpd listens on local_80/local_443 */
} mdshm_h_conf_t;

/* The generated configuration text and, per generated line (1-based), the
 * httpd file:line it came from. */
typedef struct mdshm_h_text {
    const char *text;
    apr_array_header_t *where;   /* mdshm_h_line_t (text unused) */
} mdshm_h_text_t;

/* Process-wide state of the module. */
typedef struct mdshm_h_state {
    mdshm_h_conf_t *conf;        /* of the last configuration read */
    mdshm_h_text_t *gen;         /* its translation (check_config) */
    mdshm_tls_t *tls;            /* parent: from post_config */
    const char *store_dir;       /* the LMDB store: STORE_BASE/mdshm */
    const char *fallback_cert;   /* PEM files mod_ssl loads at start */
    const char *fallback_key;
    mdshm_tls_worker_t *w;       /* child: its worker (and drive) */
    apr_thread_mutex_t *mu;      /* threaded MPMs: guards w for a thread
                                    that has no worker of its own */
} mdshm_h_state_t;

extern mdshm_h_state_t mdshm_h;

/* config.c */
extern const command_rec mdshm_h_cmds[];
void mdshm_h_conf_reset(apr_pool_t *p);
/* Translate the recorded directives for server list @s (mdshm's parser
 * checks the text; its errors are mapped back to httpd's file:line).
 * NULL if the virtual hosts do not fit the MDs (logged). */
mdshm_h_text_t *mdshm_h_conf_text(apr_pool_t *p, server_rec *s);
/* 1 if an MD has @name among its names (case-insensitive), else 0. */
int mdshm_h_conf_covers(const char *name);
/* Where the LMDB store and the fallback files live for this configuration. */
const char *mdshm_h_store_base(apr_pool_t *p);
/* Index the MDs' names (after check_config added the virtual hosts'), in
 * the parent's post_config: the lookups below read it. */
void mdshm_h_conf_index(apr_pool_t *p);
/* The MD (its name) that has @name among its names, any case; or NULL. */
const char *mdshm_h_conf_md_of(const char *name);
/* The arguments (as one string) of the last @directive given in the
 * section of MD @md, else outside sections; @md NULL: for a setting kept
 * once for all, outside sections else in any.  NULL if never given. */
const char *mdshm_h_conf_arg(const char *directive, const char *md);
/* An on|off setting kept once for all: 1 on, 0 off, @dflt if not given. */
int mdshm_h_conf_flag(const char *directive, int dflt);
/* The line of the last @directive (e.g. "MDMembers") given in the section
 * of @md, else outside sections; NULL if never given. */
const char *mdshm_h_conf_find(const mdshm_h_md_t *md, const char *directive);

/* config_check.c */
/* mod_md's check of directive @cmd's arguments: NULL, or mod_md's error
 * text (httpd prefixes the file and line).  Keeps in @c what the module
 * needs (MDPortMap, MDBaseServer, MDMatchNames). */
const char *mdshm_h_check_directive(cmd_parms *cmd, mdshm_h_conf_t *c,
                                    int argc, char *const argv[]);

/* config_vhosts.c */
/* Link the MDs of @c to the virtual hosts of @s as mod_md does: adds the
 * names of MDMembers auto, sets md->no_alpn and c->can_http/can_https,
 * logs mod_md's warnings.  -1 after logging mod_md's error for a
 * configuration mod_md refuses (with httpd's file:line), else 0. */
int mdshm_h_vhosts_link(apr_pool_t *p, mdshm_h_conf_t *c, server_rec *s);

/* process.c */
void mdshm_h_process_hooks(void);

/* threads.c */
/* The worker the calling thread uses, and the end of that use: prefork the
 * child's; threaded MPMs the thread's own (made on first use: no lock).
 * NULL: none (the child has no worker). */
mdshm_tls_worker_t *mdshm_h_worker_lock(void);
void mdshm_h_worker_unlock(void);
/* child_init, before the child attaches: the thread key, the mutex. */
void mdshm_h_threads_init(apr_pool_t *pchild, server_rec *s);
/* post_config: the store's maxreaders for ServerLimit x ThreadsPerChild
 * (0: the library's default, MDSHM_H_DEFAULT_READERS, is enough). */
#define MDSHM_H_DEFAULT_READERS 510
unsigned mdshm_h_threads_maxreaders(void);

/* import.c */
/* 1 if the LMDB store in @store_dir was never created (no data.mdb). */
int mdshm_h_store_is_new(apr_pool_t *p, const char *store_dir);
/* In the root parent, before the children start: import the mod_md store
 * of @base (MDStoreDir) if it has one into the store @store_dir, written
 * for @owner (NULL: the effective uid); logged, never fatal. */
void mdshm_h_import_mod_md(apr_pool_t *p, server_rec *s, const char *base,
                           const char *store_dir, const char *owner);

/* generation.c */
/* In a child of a non-threaded MPM (prefork), after its drive started:
 * stop the drive of @w as soon as the parent's generation moves on (a
 * graceful restart), even while the child still serves a connection.
 * No-op for threaded MPMs.  Stopped by @pchild's cleanup. */
void mdshm_h_generation_watch(apr_pool_t *pchild, server_rec *s,
                              mdshm_tls_worker_t *w);

/* ssl.c */
void mdshm_h_ssl_hooks(void);
/* The state the handshake of @c recorded (conn config), or UNMANAGED. */
mdshm_tls_state_t mdshm_h_conn_state(conn_rec *c);
/* 1 if a name of server @s (ServerName, ServerAlias) belongs to an MD. */
int mdshm_h_ssl_covered(server_rec *s);

/* ocsp.c */
void mdshm_h_ocsp_hooks(void);
/* Our OCSP status callback on @ctx, in front of the one mod_ssl set. */
void mdshm_h_ocsp_ctx(apr_pool_t *p, struct ssl_ctx_st *ctx);

/* request.c */
void mdshm_h_request_hooks(void);

/* redirect.c */
void mdshm_h_redirect_hooks(void);

/* certificate_status.c */
void mdshm_h_certificate_status_hooks(void);

/* status_page.c */
void mdshm_h_status_page_hooks(void);
/* The md-status document (mod_md's shape) of MD @md, NULL: of every MD,
 * parsed (jansson's json_t; the caller json_decref()s it).  NULL with *rv
 * set when there is none (MDSHM_ENOTFOUND: no such MD in the store; other
 * errors are logged). */
struct json_t;
struct json_t *mdshm_h_status_doc(request_rec *r, const char *md, int *rv);

#endif /* MOD_MDSHM_H */
