/* ngx_http_mdshm_module.c -- the module record: its directives
 * (ngx_http_mdshm_conf.c), its configuration hooks and its process hooks
 * (ngx_http_mdshm_process.c). */
#include "ngx_http_mdshm.h"

ngx_http_mdshm_state_t ngx_http_mdshm;

/* After every server block is merged: the MDs are known (server_name),
 * the SSL_CTXs exist, the phase handlers can be added. */
static ngx_int_t postconfiguration(ngx_conf_t *cf)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_mdshm_module);

    if (ngx_http_mdshm_conf_text(cf, mcf) != NGX_OK)
        return NGX_ERROR;
    if (ngx_http_mdshm_ssl_init(cf) != NGX_OK ||
        ngx_http_mdshm_redirect_init(cf, mcf) != NGX_OK)
        return NGX_ERROR;
    return ngx_http_mdshm_request_init(cf);
}

static ngx_http_module_t ngx_http_mdshm_module_ctx = {
    NULL,                                /* preconfiguration */
    postconfiguration,                   /* postconfiguration */
    ngx_http_mdshm_create_main_conf,     /* create main configuration */
    NULL,                                /* init main configuration */
    ngx_http_mdshm_create_srv_conf,      /* create server configuration */
    ngx_http_mdshm_merge_srv_conf,       /* merge server configuration */
    ngx_http_mdshm_create_loc_conf,      /* create location configuration */
    ngx_http_mdshm_merge_loc_conf        /* merge location configuration */
};

ngx_module_t ngx_http_mdshm_module = {
    NGX_MODULE_V1,
    &ngx_http_mdshm_module_ctx,          /* module context */
    ngx_http_mdshm_commands,             /* module directives */
    NGX_HTTP_MODULE,                     /* module type */
    NULL,                                /* init master */
    ngx_http_mdshm_init_module,          /* init module */
    ngx_http_mdshm_init_process,         /* init process */
    NULL,                                /* init thread */
    NULL,                                /* exit thread */
    ngx_http_mdshm_exit_process,         /* exit process */
    NULL,                                /* exit master */
    NGX_MODULE_V1_PADDING
};
