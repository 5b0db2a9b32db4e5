/* ngx_http_mdshm_redirect.c -- mdshm_require_https (MDRequireHttps) with
 * mod_md's rules: a request over plain http to a server block that has a
 * name of an MD, for a host name of an MD whose setting is temporary or
 * permanent, outside /.well-known/, is redirected to the same URL on
 * https: (port 443, as mod_md); over https, "permanent" adds HSTS to the
 * response (not to an error: mod_md's header is dropped there too).  As
 * mod_md, this does not wait for the MD's certificate.  The redirect runs
 * in the post-read phase after http-01 (ngx_http_mdshm_request.c), so
 * that neither a `return` nor this shadows a challenge. */
#include "ngx_http_mdshm.h"

#define WELL_KNOWN "/.well-known/"
#define HSTS_HEADER "Strict-Transport-Security"
#define HSTS_VALUE "max-age=15768000" /* mod_md's: half a year, fixed */

/* The hash's values (never NULL: NULL is "no MD"). */
static ngx_uint_t modes[] = {0, NGX_HTTP_MDSHM_TEMPORARY,
                             NGX_HTTP_MDSHM_PERMANENT};

static ngx_http_output_header_filter_pt next_header_filter;

ngx_int_t ngx_http_mdshm_redirect_add(ngx_conf_t *cf,
                                      ngx_http_mdshm_main_conf_t *mcf,
                                      ngx_array_t *names, ngx_str_t mode)
{
    ngx_str_t *n = names->elts;
    ngx_uint_t m = 0;

    if (mode.len == sizeof("temporary") - 1 &&
        !ngx_strncasecmp(mode.data, (u_char *)"temporary", mode.len))
        m = NGX_HTTP_MDSHM_TEMPORARY;
    else if (mode.len == sizeof("permanent") - 1 &&
             !ngx_strncasecmp(mode.data, (u_char *)"permanent", mode.len))
        m = NGX_HTTP_MDSHM_PERMANENT;
    if (m > mcf->https_max)
        mcf->https_max = m;
    if (!mcf->https_keys) {
        if (!(mcf->https_keys = ngx_pcalloc(cf->pool,
                                            sizeof(*mcf->https_keys))))
            return NGX_ERROR;
        mcf->https_keys->pool = cf->pool;
        mcf->https_keys->temp_pool = cf->temp_pool;
        if (ngx_hash_keys_array_init(mcf->https_keys, NGX_HASH_LARGE)
            != NGX_OK)
            return NGX_ERROR;
    }
    for (ngx_uint_t i = 0; i < names->nelts; i++) {
        ngx_str_t key = n[i];

        /* NGX_BUSY (given twice) and NGX_DECLINED (a wildcard nginx
         * cannot hash) leave the name to the defaults: no redirect */
        if (ngx_hash_add_key(mcf->https_keys, &key, &modes[m],
                             NGX_HASH_WILDCARD_KEY) == NGX_ERROR)
            return NGX_ERROR;
    }
    return NGX_OK;
}

/* mdshm_require_https of the MD that has @name (lower case), or 0. */
static ngx_uint_t mode_of(ngx_http_mdshm_main_conf_t *mcf, ngx_str_t name)
{
    ngx_uint_t *v;

    if (!name.len)
        return 0;
    v = ngx_hash_find_combined(&mcf->https, ngx_hash_key(name.data, name.len),
                               name.data, name.len);
    return v ? *v : 0;
}

static int is_md_name(ngx_http_mdshm_main_conf_t *mcf, ngx_str_t name)
{
    if (name.len > 1 && name.data[0] == '.') { /* .example.org */
        name.data++;
        name.len--;
    }
    return name.len && ngx_hash_find_combined(
               &mcf->https, ngx_hash_key(name.data, name.len), name.data,
               name.len) != NULL;
}

static ngx_int_t hsts_filter(ngx_http_request_t *r)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_get_module_main_conf(r, ngx_http_mdshm_module);
    ngx_http_mdshm_srv_conf_t *scf =
        ngx_http_get_module_srv_conf(r, ngx_http_mdshm_module);
    ngx_list_part_t *part;
    ngx_table_elt_t *h;

    if (r != r->main || !r->connection->ssl || !scf->assigned ||
        r->headers_out.status >= NGX_HTTP_BAD_REQUEST ||
        mode_of(mcf, r->headers_in.server) != NGX_HTTP_MDSHM_PERMANENT)
        return next_header_filter(r);
    for (part = &r->headers_out.headers.part; part; part = part->next) {
        h = part->elts;
        for (ngx_uint_t i = 0; i < part->nelts; i++)
            if (h[i].hash && h[i].key.len == sizeof(HSTS_HEADER) - 1 &&
                !ngx_strncasecmp(h[i].key.data, (u_char *)HSTS_HEADER,
                                 h[i].key.len))
                return next_header_filter(r); /* the server's own */
    }
    if ((h = ngx_list_push(&r->headers_out.headers)) != NULL) {
        h->hash = 1;
        ngx_str_set(&h->key, HSTS_HEADER);
        ngx_str_set(&h->value, HSTS_VALUE);
    }
    return next_header_filter(r);
}

static int cmp_dns_wildcards(const void *a, const void *b)
{
    const ngx_hash_key_t *x = a, *y = b;

    return (int)ngx_dns_strcmp(x->key.data, y->key.data);
}

ngx_int_t ngx_http_mdshm_redirect_init(ngx_conf_t *cf,
                                       ngx_http_mdshm_main_conf_t *mcf)
{
    ngx_http_core_main_conf_t *cmcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);
    ngx_http_core_srv_conf_t **servers = cmcf->servers.elts;
    ngx_hash_keys_arrays_t *ha = mcf->https_keys;
    ngx_hash_init_t hinit;

    if (!mcf->gen || !mcf->https_max)
        return NGX_OK; /* no redirect anywhere: no cost */
    ngx_memzero(&hinit, sizeof(hinit));
    hinit.hash = &mcf->https.hash;
    hinit.key = ngx_hash_key_lc;
    hinit.max_size = 1024 + 2 * (ha->keys.nelts + ha->dns_wc_head.nelts);
    hinit.bucket_size = ngx_align(512, ngx_cacheline_size);
    hinit.name = "mdshm_names_hash";
    hinit.pool = cf->pool;
    if (ha->keys.nelts &&
        ngx_hash_init(&hinit, ha->keys.elts, ha->keys.nelts) != NGX_OK)
        return NGX_ERROR;
    if (ha->dns_wc_head.nelts) {
        ngx_qsort(ha->dns_wc_head.elts, ha->dns_wc_head.nelts,
                  sizeof(ngx_hash_key_t), cmp_dns_wildcards);
        hinit.hash = NULL;
        hinit.temp_pool = ha->temp_pool;
        if (ngx_hash_wildcard_init(&hinit, ha->dns_wc_head.elts,
                                   ha->dns_wc_head.nelts) != NGX_OK)
            return NGX_ERROR;
        mcf->https.wc_head = (ngx_hash_wildcard_t *)hinit.hash;
    }
    /* mod_md redirects in the virtual hosts an MD is assigned to: here
     * the server blocks (port 80's too) with a name of an MD */
    for (ngx_uint_t s = 0; s < cmcf->servers.nelts; s++) {
        ngx_http_mdshm_srv_conf_t *scf =
            servers[s]->ctx->srv_conf[ngx_http_mdshm_module.ctx_index];
        ngx_http_server_name_t *sn = servers[s]->server_names.elts;

        for (ngx_uint_t i = 0; !scf->assigned &&
                               i < servers[s]->server_names.nelts; i++) {
#if (NGX_PCRE)
            if (sn[i].regex)
                continue;
#endif
            scf->assigned = is_md_name(mcf, sn[i].name);
        }
    }
    if (mcf->https_max == NGX_HTTP_MDSHM_PERMANENT) {
        next_header_filter = ngx_http_top_header_filter;
        ngx_http_top_header_filter = hsts_filter;
    }
    return NGX_OK;
}

ngx_int_t ngx_http_mdshm_redirect(ngx_http_request_t *r)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_get_module_main_conf(r, ngx_http_mdshm_module);
    ngx_http_mdshm_srv_conf_t *scf;
    ngx_str_t host = r->headers_in.server, path = r->unparsed_uri;
    ngx_table_elt_t *h;
    ngx_uint_t mode;
    u_char *p;

    if (!mcf->https_max || r->connection->ssl)
        return NGX_DECLINED;
    scf = ngx_http_get_module_srv_conf(r, ngx_http_mdshm_module);
    if (!scf->assigned ||
        (r->uri.len >= sizeof(WELL_KNOWN) - 1 &&
         !ngx_strncmp(r->uri.data, WELL_KNOWN, sizeof(WELL_KNOWN) - 1)) ||
        !(mode = mode_of(mcf, host)))
        return NGX_DECLINED;
    if (!path.len || path.data[0] != '/')
        path = (ngx_str_t)ngx_string("/");
    if (!(h = ngx_list_push(&r->headers_out.headers)) ||
        !(p = ngx_pnalloc(r->pool, sizeof("https://") + host.len
                                   + path.len)))
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    h->hash = 1;
    ngx_str_set(&h->key, "Location");
    h->value.data = p;
    h->value.len = (size_t)(ngx_sprintf(p, "https://%V%V", &host, &path) - p);
    r->headers_out.location = h;
    /* as mod_md: other methods than GET keep theirs on the redirect */
    if (r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD))
        return mode == NGX_HTTP_MDSHM_PERMANENT ? NGX_HTTP_MOVED_PERMANENTLY
                                                : NGX_HTTP_MOVED_TEMPORARILY;
    return mode == NGX_HTTP_MDSHM_PERMANENT ? NGX_HTTP_PERMANENT_REDIRECT
                                            : NGX_HTTP_TEMPORARY_REDIRECT;
}
