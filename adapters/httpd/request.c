/* request.c -- request handlers: http-01 answered by any child from the
 * store, 503 on a connection served the fallback, and the md-status
 * (mod_md's JSON) and mdshm-metrics (Prometheus) handlers. */
#include "mod_mdshm.h"

#include <errno.h>

#include "apr_strings.h"
#include "http_protocol.h"
#include "http_request.h"
#include "http_ssl.h"

APLOG_USE_MODULE(mdshm);

#define ACME_PREFIX "/.well-known/acme-challenge/"

static int http01(request_rec *r)
{
    char body[512];
    size_t len = 0;
    mdshm_tls_worker_t *w;
    const char *path = r->parsed_uri.path;
    int rv;

    if (!path || strncmp(path, ACME_PREFIX, sizeof(ACME_PREFIX) - 1) ||
        !(w = mdshm_h_worker_lock()))
        return DECLINED;
    rv = mdshm_tls_http01(w, path, strlen(path), body, sizeof(body), &len);
    mdshm_h_worker_unlock();
    if (rv == MDSHM_ENOTFOUND)
        return HTTP_NOT_FOUND;
    if (rv < 0)
        return DECLINED; /* not ours: the server answers it */
    if (r->method_number != M_GET)
        return HTTP_METHOD_NOT_ALLOWED;
    ap_set_content_type(r, "text/plain");
    ap_set_content_length(r, (apr_off_t)len);
    ap_rwrite(body, (int)len, r);
    ap_finalize_request_protocol(r);
    return DONE;
}

static int post_read_request(request_rec *r)
{
    int rv = http01(r);

    if (rv != DECLINED)
        return rv;
    /* As mod_md: a managed name without a certificate yet (the handshake
     * served the fallback) gets 503 rather than content. */
    if (ap_ssl_conn_is_ssl(r->connection) &&
        mdshm_h_conn_state(r->connection) == MDSHM_TLS_PENDING) {
        apr_table_setn(r->err_headers_out, "Retry-After", "10");
        return HTTP_SERVICE_UNAVAILABLE;
    }
    return DECLINED;
}

static int sink(void *baton, const char *data, size_t len)
{
    return ap_rwrite(data, (int)len, baton) < 0 ? -EIO : 0;
}

static int status_handler(request_rec *r)
{
    int json = r->handler && !strcmp(r->handler, "md-status");
    int metrics = r->handler && !strcmp(r->handler, "mdshm-metrics");
    mdshm_tls_worker_t *w;
    mdshm_store_t *st;
    const char *name = NULL;
    int64_t now = apr_time_as_msec(apr_time_now());
    int rv;

    if (!json && !metrics)
        return DECLINED;
    if (r->method_number != M_GET)
        return HTTP_METHOD_NOT_ALLOWED;
    if (json && r->path_info && r->path_info[0] == '/' && r->path_info[1])
        name = r->path_info + 1; /* /md-status/<name> */
    /* The documents read the store with a reader of their own (the store
     * is shared by the child's threads already: the drive's and the
     * handshakes'), so a slow client does not hold the worker. */
    if (!(w = mdshm_h_worker_lock()))
        return HTTP_SERVICE_UNAVAILABLE;
    st = mdshm_tls_store(w);
    mdshm_h_worker_unlock();
    if (!st)
        return HTTP_SERVICE_UNAVAILABLE;
    ap_set_content_type(r, json ? "application/json"
                                : "text/plain; version=0.0.4");
    rv = json ? mdshm_status_json_stream(st, name, NULL, now, sink, r)
              : mdshm_status_metrics_stream(st, now, sink, r);
    if (rv == MDSHM_ENOTFOUND)
        return HTTP_NOT_FOUND;
    if (rv < 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "mod_mdshm: status: %s",
                      mdshm_strerror(rv));
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

void mdshm_h_request_hooks(void)
{
    ap_hook_post_read_request(post_read_request, NULL, NULL,
                              APR_HOOK_REALLY_FIRST);
    ap_hook_handler(status_handler, NULL, NULL, APR_HOOK_MIDDLE);
}
