/* redirect.c -- MDRequireHttps, with mod_md's conditions: a request to a
 * virtual host that has a name of an MD (the base server only with
 * MDBaseServer on), for a host name of an MD whose MDRequireHttps is
 * temporary or permanent, outside /.well-known/, is redirected from http:
 * to the same URL on https: (port 443, as mod_md); over https:,
 * "permanent" adds HSTS to the response.  As mod_md, this does not wait
 * for the MD's certificate. */
#include "mod_mdshm.h"

#include "apr_strings.h"
#include "apr_uri.h"
#include "http_core.h"
#include "http_protocol.h"
#include "http_request.h"
#include "http_ssl.h"

APLOG_USE_MODULE(mdshm);

#define WELL_KNOWN "/.well-known/"
#define HSTS_HEADER "Strict-Transport-Security"
#define HSTS_VALUE "max-age=15768000" /* mod_md's: half a year, fixed */

typedef enum { HTTPS_OFF, HTTPS_TEMPORARY, HTTPS_PERMANENT } require_t;

static require_t require_https(const char *md)
{
    const char *v = mdshm_h_conf_arg("MDRequireHttps", md);

    if (v && !strcasecmp(v, "temporary"))
        return HTTPS_TEMPORARY;
    if (v && !strcasecmp(v, "permanent"))
        return HTTPS_PERMANENT;
    return HTTPS_OFF;
}

/* mod_md assigns MDs to the servers that have one of their names: the
 * ServerName, and the aliases unless MDMatchNames servernames. */
static int assigned(server_rec *s)
{
    const char *match = mdshm_h_conf_arg("MDMatchNames", NULL);

    if (!s->is_virtual && !mdshm_h_conf_flag("MDBaseServer", 0))
        return 0;
    if (mdshm_h_conf_md_of(s->server_hostname))
        return 1;
    if (match && !strcasecmp(match, "servernames"))
        return 0;
    for (int k = 0; s->names && k < s->names->nelts; k++)
        if (mdshm_h_conf_md_of(APR_ARRAY_IDX(s->names, k, const char *)))
            return 1;
    return 0;
}

/* The request's URL on https: port 443, its query kept. */
static const char *https_url(request_rec *r)
{
    apr_uri_t uri;
    const char *s = ap_construct_url(r->pool, r->uri, r);

    if (apr_uri_parse(r->pool, s, &uri) != APR_SUCCESS)
        return NULL;
    uri.scheme = (char *)"https";
    uri.port = 443;
    uri.port_str = (char *)"443";
    uri.query = r->parsed_uri.query;
    uri.fragment = r->parsed_uri.fragment;
    s = apr_uri_unparse(r->pool, &uri, APR_URI_UNP_OMITUSERINFO);
    return s && *s ? s : NULL;
}

static int require_https_maybe(request_rec *r)
{
    const char *path = r->parsed_uri.path, *md, *url;
    require_t req;

    if (!path || !strncmp(path, WELL_KNOWN, sizeof(WELL_KNOWN) - 1) ||
        !assigned(r->server))
        return DECLINED;
    md = mdshm_h_conf_md_of(ap_get_server_name_for_url(r));
    if (!md || (req = require_https(md)) == HTTPS_OFF)
        return DECLINED;
    if (ap_ssl_conn_is_ssl(r->connection)) {
        /* in headers_out, as mod_md: an error response drops it */
        if (req == HTTPS_PERMANENT &&
            !apr_table_get(r->headers_out, HSTS_HEADER))
            apr_table_setn(r->headers_out, HSTS_HEADER, HSTS_VALUE);
        return DECLINED;
    }
    if (!(url = https_url(r)))
        return DECLINED;
    apr_table_setn(r->headers_out, "Location", url);
    /* other methods than GET keep their method on the redirect */
    if (r->method_number == M_GET)
        return req == HTTPS_PERMANENT ? HTTP_MOVED_PERMANENTLY
                                      : HTTP_MOVED_TEMPORARILY;
    return req == HTTPS_PERMANENT ? HTTP_PERMANENT_REDIRECT
                                  : HTTP_TEMPORARY_REDIRECT;
}

static int post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                       server_rec *s)
{
    (void)plog; (void)ptemp; (void)s;
    mdshm_h_conf_index(pconf);
    return OK;
}

void mdshm_h_redirect_hooks(void)
{
    static const char *const after_ssl[] = {"mod_ssl.c", NULL};

    ap_hook_post_config(post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_read_request(require_https_maybe, after_ssl, NULL,
                              APR_HOOK_MIDDLE);
}
