/* ngx_http_mdshm_request.c -- requests: http-01 answered by any worker
 * from the store and the 503 on a connection served the fallback, both in
 * the post-read phase (before the server rewrite phase: `return` and
 * rewrites cannot shadow them); the md-status (mod_md's JSON) and metrics
 * (Prometheus) handlers of the locations that ask for them. */
#include "ngx_http_mdshm.h"

#include <errno.h>

#define ACME_PREFIX "/.well-known/acme-challenge/"

/* Send @status with @body (len bytes, may be 0) and end the request. */
static ngx_int_t send_body(ngx_http_request_t *r, ngx_uint_t status,
                           ngx_str_t type, ngx_chain_t *out, off_t len)
{
    ngx_int_t rc;

    if (ngx_http_discard_request_body(r) != NGX_OK)
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    r->headers_out.status = status;
    r->headers_out.content_type = type;
    r->headers_out.content_type_len = type.len;
    r->headers_out.content_length_n = len;
    rc = ngx_http_send_header(r);
    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only || !out)
        return rc;
    return ngx_http_output_filter(r, out);
}

static ngx_chain_t *chain_of(ngx_pool_t *pool, const void *data, size_t len)
{
    ngx_buf_t *b = ngx_create_temp_buf(pool, len ? len : 1);
    ngx_chain_t *cl = ngx_alloc_chain_link(pool);

    if (!b || !cl)
        return NULL;
    b->last = ngx_cpymem(b->pos, data, len);
    b->last_buf = 1;
    b->last_in_chain = 1;
    cl->buf = b;
    cl->next = NULL;
    return cl;
}

static ngx_int_t http01(ngx_http_request_t *r)
{
    char body[512], path[1024];
    size_t len = 0;
    ngx_chain_t *out;
    int rv;

    if (r->uri.len < sizeof(ACME_PREFIX) - 1 || r->uri.len >= sizeof(path) ||
        ngx_strncmp(r->uri.data, ACME_PREFIX, sizeof(ACME_PREFIX) - 1) ||
        !ngx_http_mdshm.w)
        return NGX_DECLINED;
    ngx_memcpy(path, r->uri.data, r->uri.len);
    path[r->uri.len] = '\0';
    rv = mdshm_tls_http01(ngx_http_mdshm.w, path, r->uri.len, body,
                          sizeof(body), &len);
    if (rv == MDSHM_ENOTFOUND)
        return NGX_HTTP_NOT_FOUND;
    if (rv < 0)
        return NGX_DECLINED; /* not ours: the server answers it */
    if (!(r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD)))
        return NGX_HTTP_NOT_ALLOWED;
    if (!(out = chain_of(r->pool, body, len)))
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    ngx_http_finalize_request(r, send_body(r, NGX_HTTP_OK,
                                           (ngx_str_t)ngx_string("text/plain"),
                                           out, (off_t)len));
    return NGX_DONE;
}

static ngx_int_t post_read(ngx_http_request_t *r)
{
    ngx_int_t rc = http01(r);
    ngx_table_elt_t *h;

    if (rc != NGX_DECLINED)
        return rc;
    if ((rc = ngx_http_mdshm_redirect(r)) != NGX_DECLINED)
        return rc; /* mdshm_require_https, after http-01 */
    /* As mod_md: a name of an MD without a certificate yet (the handshake
     * served the fallback) gets 503 rather than content. */
    if (ngx_http_mdshm_ssl_state(r->connection) != MDSHM_TLS_PENDING)
        return NGX_DECLINED;
    if ((h = ngx_list_push(&r->headers_out.headers)) != NULL) {
        h->hash = 1;
        ngx_str_set(&h->key, "Retry-After");
        ngx_str_set(&h->value, "10");
    }
    return NGX_HTTP_SERVICE_UNAVAILABLE;
}

/* The documents are streamed into a chain of buffers in the request's
 * pool, then sent. */
typedef struct {
    ngx_http_request_t *r;
    ngx_chain_t *first, **last;
    off_t len;
} sink_t;

static int sink(void *baton, const char *data, size_t len)
{
    sink_t *s = baton;
    ngx_chain_t *cl = chain_of(s->r->pool, data, len);

    if (!cl)
        return -ENOMEM;
    if (s->first) /* only the last buffer ends the response */
        for (ngx_chain_t *c = s->first; c; c = c->next)
            c->buf->last_buf = c->buf->last_in_chain = 0;
    *s->last = cl;
    s->last = &cl->next;
    if (!s->first)
        s->first = cl;
    s->len += (off_t)len;
    return 0;
}

static ngx_int_t status_handler(ngx_http_request_t *r)
{
    ngx_http_mdshm_loc_conf_t *lcf =
        ngx_http_get_module_loc_conf(r, ngx_http_mdshm_module);
    ngx_http_core_loc_conf_t *clcf =
        ngx_http_get_module_loc_conf(r, ngx_http_core_module);
    int json = lcf->handler == NGX_HTTP_MDSHM_STATUS;
    mdshm_store_t *st;
    sink_t s = {r, NULL, NULL, 0};
    char name[256] = "";
    int rv;

    s.last = &s.first;
    if (!(r->method & (NGX_HTTP_GET | NGX_HTTP_HEAD)))
        return NGX_HTTP_NOT_ALLOWED;
    /* LOCATION/<name>: the document of one MD */
    if (json && r->uri.len > clcf->name.len) {
        u_char *p = r->uri.data + clcf->name.len;
        size_t n = r->uri.len - clcf->name.len;

        for (; n && *p == '/'; p++, n--)
            ;
        if (n >= sizeof(name))
            return NGX_HTTP_NOT_FOUND;
        ngx_memcpy(name, p, n);
        name[n] = '\0';
    }
    if (!ngx_http_mdshm.w || !(st = mdshm_tls_store(ngx_http_mdshm.w)))
        return NGX_HTTP_SERVICE_UNAVAILABLE;
    rv = json ? mdshm_status_json_stream(st, name[0] ? name : NULL, NULL,
                                         (int64_t)ngx_time() * 1000
                                         + (int64_t)ngx_timeofday()->msec,
                                         sink, &s)
              : mdshm_status_metrics_stream(st, (int64_t)ngx_time() * 1000
                                            + (int64_t)ngx_timeofday()->msec,
                                            sink, &s);
    if (rv == MDSHM_ENOTFOUND)
        return NGX_HTTP_NOT_FOUND;
    if (rv < 0) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "mdshm: status: %s", mdshm_strerror(rv));
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }
    if (!s.first && !(s.first = chain_of(r->pool, "", 0)))
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    return send_body(r, NGX_HTTP_OK,
                     json ? (ngx_str_t)ngx_string("application/json")
                          : (ngx_str_t)ngx_string(
                                "text/plain; version=0.0.4"),
                     s.first, s.len);
}

char *ngx_http_mdshm_set_handler(ngx_conf_t *cf, ngx_command_t *cmd,
                                 void *conf)
{
    ngx_http_mdshm_loc_conf_t *lcf = conf;
    ngx_http_core_loc_conf_t *clcf =
        ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);

    if (lcf->handler)
        return "is duplicate";
    lcf->handler = (ngx_uint_t)cmd->post;
    clcf->handler = status_handler;
    return NGX_CONF_OK;
}

void *ngx_http_mdshm_create_loc_conf(ngx_conf_t *cf)
{
    return ngx_pcalloc(cf->pool, sizeof(ngx_http_mdshm_loc_conf_t));
}

char *ngx_http_mdshm_merge_loc_conf(ngx_conf_t *cf, void *parent,
                                    void *child)
{
    ngx_http_mdshm_loc_conf_t *prev = parent, *conf = child;

    (void)cf;
    if (!conf->handler)
        conf->handler = prev->handler;
    return NGX_CONF_OK;
}

ngx_int_t ngx_http_mdshm_request_init(ngx_conf_t *cf)
{
    ngx_http_mdshm_main_conf_t *mcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_mdshm_module);
    ngx_http_core_main_conf_t *cmcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);
    ngx_http_handler_pt *h;

    if (!mcf->gen)
        return NGX_OK;
    h = ngx_array_push(&cmcf->phases[NGX_HTTP_POST_READ_PHASE].handlers);
    if (!h)
        return NGX_ERROR;
    *h = post_read;
    return NGX_OK;
}
