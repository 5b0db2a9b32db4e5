/* config_vhosts.c -- which virtual hosts an MD covers, with mod_md's rules
 * (mod_md.c: detect_supported_protocols, merge_mds_with_conf,
 * link_md_to_servers, auto_add_domains, init_acme_tls_1_domains,
 * check_usage), run in check_config so that `apachectl configtest`
 * reports what mod_md only reports at start:
 *
 * - a server is linked to an MD by one of the MD's names: its ServerName
 *   or a ServerAlias (MDMatchNames all, the default), or its ServerName
 *   only (servernames); the base server only with MDBaseServer on;
 * - with MDMatchNames all, a name in two MDs is an error (AH10038), and
 *   so is an SSL virtual host linked to two MDs (AH10238);
 * - MDMembers auto adds the ServerName and ServerAlias of every SSL
 *   virtual host linked to exactly one MD; manual warns (AH10040);
 * - MDRequireHttps for an MD without an SSL virtual host warns (AH10105);
 * - http-01 needs a Listen on the local port of public port 80
 *   (MDPortMap), tls-alpn-01 one on that of 443 and, for the MD, an SSL
 *   virtual host on that port whose Protocols allow acme-tls/1; when
 *   nothing is left for an MD, mod_md's error (AH10173, not fatal).
 *
 * Errors and warnings carry mod_md's sentence after httpd's file:line. */
#include "mod_mdshm.h"

#include "apr_strings.h"
#include "ap_listen.h"
#include "http_core.h"
#include "http_main.h"
#include "http_protocol.h"
#include "http_vhost.h"

APLOG_USE_MODULE(mdshm);

/* One server_rec and the MDs linked to it. */
typedef struct link {
    server_rec *s;
    int ssl;
    apr_array_header_t *mds;     /* mdshm_h_md_t * */
} link_t;

static int keyword(const char *n)
{
    return !strcasecmp(n, "auto") || !strcasecmp(n, "manual");
}

/* All names of @md: its head's and those of MDMember lines. */
static apr_array_header_t *md_domains(apr_pool_t *p, const mdshm_h_md_t *md)
{
    apr_array_header_t *a = apr_array_make(p, 8, sizeof(const char *));

    for (int i = 0; i < md->names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(md->names, i, const char *);

        if (!keyword(n))
            *(const char **)apr_array_push(a) = n;
    }
    for (int i = 0; i < md->lines->nelts; i++) {
        const char *t = APR_ARRAY_IDX(md->lines, i, mdshm_h_line_t).text;
        const char *w;

        if (strncasecmp(t, "MDMember", 8) || (t[8] != ' ' &&
            strncasecmp(t + 8, "s ", 2)))
            continue;
        t = ap_strchr_c(t, ' ');
        while (*(w = ap_getword_conf(p, &t)))
            if (!keyword(w))
                *(const char **)apr_array_push(a) = w;
    }
    return a;
}

static int contains(const apr_array_header_t *a, const char *name)
{
    for (int i = 0; name && i < a->nelts; i++)
        if (!strcasecmp(APR_ARRAY_IDX(a, i, const char *), name))
            return 1;
    return 0;
}

static int wildcard(const char *d)
{
    return d[0] == '*' && d[1] == '.';
}

/* mod_md's md_dns_matches: equal, or "*.x" over one label before x. */
static int dns_matches(const char *domain, const char *name)
{
    const char *dot;

    if (!name)
        return 0;
    if (!strcasecmp(domain, name))
        return 1;
    return wildcard(domain) && (dot = ap_strchr_c(name, '.')) != NULL &&
           !strcasecmp(domain + 1, dot);
}

/* SSLEngine on|optional among @d and its siblings, looking into
 * conditional sections (<IfModule>, <IfDefine>) but not into other
 * virtual hosts. */
static int ssl_engine(apr_pool_t *p, const ap_directive_t *d)
{
    int on = 0;

    for (; d; d = d->next) {
        if (!strcasecmp(d->directive, "SSLEngine")) {
            const char *a = d->args, *w = ap_getword_conf(p, &a);

            on = !strcasecmp(w, "on") || !strcasecmp(w, "optional");
        } else if (d->first_child &&
                   strcasecmp(d->directive, "<VirtualHost")) {
            on |= ssl_engine(p, d->first_child);
        }
    }
    return on;
}

/* The <VirtualHost> section httpd read @s from. */
static const ap_directive_t *vhost_section(const ap_directive_t *d,
                                           const server_rec *s)
{
    const ap_directive_t *hit;

    for (; d; d = d->next) {
        if (!strcasecmp(d->directive, "<VirtualHost") &&
            d->line_num == (int)s->defn_line_number && s->defn_name &&
            d->filename && !strcmp(d->filename, s->defn_name))
            return d;
        if (d->first_child && (hit = vhost_section(d->first_child, s)))
            return hit;
    }
    return NULL;
}

/* What mod_ssl will do for @s (mod_md learns it from mod_ssl's calls,
 * after the configuration check). */
static int server_ssl(apr_pool_t *p, server_rec *s, server_rec *base)
{
    const ap_directive_t *v;

    if (s == base)
        return ssl_engine(p, ap_conftree);
    v = vhost_section(ap_conftree, s);
    return v && ssl_engine(p, v->first_child);
}

/* Whether httpd listens for http(s) on the local ports of 80 and 443. */
static void detect_ports(mdshm_h_conf_t *c, server_rec *base)
{
    c->can_http = c->can_https = 0;
    for (ap_listen_rec *lr = ap_listeners; lr; lr = lr->next)
        for (apr_sockaddr_t *sa = lr->bind_addr; sa; sa = sa->next) {
            if (lr->protocol && strncmp("http", lr->protocol, 4))
                continue;
            if (sa->port == c->local_80)
                c->can_http = 1;
            else if (sa->port == c->local_443)
                c->can_https = 1;
        }
    ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, base,
                 "server seems%s reachable via http: and%s reachable via "
                 "https:", c->can_http ? "" : " not",
                 c->can_https ? "" : " not");
}

/* With MDMatchNames all, no name in two MDs (mod_md's AH10038). */
static int check_overlaps(mdshm_h_conf_t *c, apr_array_header_t **doms)
{
    for (int i = 0; i < c->mds->nelts; i++)
        for (int j = 0; j < i; j++)
            for (int k = 0; k < doms[i]->nelts; k++) {
                const char *d = APR_ARRAY_IDX(doms[i], k, const char *);
                const mdshm_h_md_t *md = APR_ARRAY_IDX(c->mds, i,
                                                       mdshm_h_md_t *),
                                   *omd = APR_ARRAY_IDX(c->mds, j,
                                                        mdshm_h_md_t *);

                if (!contains(doms[j], d))
                    continue;
                ap_log_error(APLOG_MARK, APLOG_ERR, 0, ap_server_conf,
                             "%s:%d: two Managed Domains have an overlap in "
                             "domain '%s', first definition in %s(line %d), "
                             "second in %s(line %d)", md->file, md->line, d,
                             omd->file, omd->line, md->file, md->line);
                return -1;
            }
    return 0;
}

static int md_matches(const mdshm_h_conf_t *c, const char *domain,
                      server_rec *s)
{
    request_rec r;

    memset(&r, 0, sizeof(r));
    r.server = s;
    if (!c->match_servernames && ap_matches_request_vhost(&r, domain,
                                                          s->port))
        return 1;
    return (c->match_servernames || wildcard(domain)) &&
           dns_matches(domain, s->server_hostname);
}

/* mod_md's link_md_to_servers for @md (index @i). */
static void link_md(const mdshm_h_conf_t *c, mdshm_h_md_t *md,
                    const apr_array_header_t *dom, apr_array_header_t *links)
{
    for (int k = 0; k < links->nelts; k++) {
        link_t *l = &APR_ARRAY_IDX(links, k, link_t);

        for (int i = 0; i < dom->nelts; i++) {
            const char *d = APR_ARRAY_IDX(dom, i, const char *);

            if (!md_matches(c, d, l->s))
                continue;
            if (l->mds->nelts == 1 && c->match_servernames) {
                /* a wildcard MD gives way to one naming the server */
                const mdshm_h_md_t *old = APR_ARRAY_IDX(l->mds, 0,
                                                        mdshm_h_md_t *);
                int old_wild = 0;

                for (int n = 0; n < old->names->nelts; n++) {
                    const char *on = APR_ARRAY_IDX(old->names, n,
                                                   const char *);

                    old_wild |= wildcard(on) &&
                                dns_matches(on, l->s->server_hostname);
                }
                if (!old_wild && wildcard(d))
                    continue;
                if (old_wild && !wildcard(d))
                    l->mds->nelts = 0;
            }
            *(mdshm_h_md_t **)apr_array_push(l->mds) = md;
            break;
        }
    }
}

static int md_manual(const mdshm_h_md_t *md)
{
    const char *t = mdshm_h_conf_find(md, "MDMembers");

    for (int i = md->names->nelts - 1; i >= 0; i--) {
        const char *n = APR_ARRAY_IDX(md->names, i, const char *);

        if (keyword(n))
            return !strcasecmp(n, "manual");
    }
    return t && !strcasecmp(t + 10, "manual");
}

/* mod_md's check_coverage for every name of @l's server. */
static void cover(apr_pool_t *p, mdshm_h_md_t *md, apr_array_header_t *dom,
                  const link_t *l)
{
    server_rec *s = l->s;
    int manual = md_manual(md);

    for (int k = -1; k < (s->names ? s->names->nelts : 0); k++) {
        const char *n = k < 0 ? s->server_hostname
                              : APR_ARRAY_IDX(s->names, k, const char *);

        if (!n || contains(dom, n))
            continue;
        if (manual) {
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, ap_server_conf,
                         "%s:%u: Virtual Host %s:%d matches Managed Domain "
                         "'%s', but the name/alias %s itself is not managed. "
                         "A requested MD certificate will not match "
                         "ServerName.", s->defn_name ? s->defn_name : "",
                         s->defn_line_number, s->server_hostname, s->port,
                         APR_ARRAY_IDX(dom, 0, const char *), n);
            continue;
        }
        n = apr_pstrdup(p, n);
        *(const char **)apr_array_push(dom) = n;
        *(const char **)apr_array_push(md->names) = n;
    }
}

static int uses_port_only(const server_rec *s, int port)
{
    int match = 0;

    for (server_addr_rec *sa = s->addrs; sa; sa = sa->next) {
        if (sa->host_port != port)
            return 0;
        match = 1;
    }
    return match;
}

static int linked(const link_t *l, const mdshm_h_md_t *md)
{
    for (int i = 0; i < l->mds->nelts; i++)
        if (APR_ARRAY_IDX(l->mds, i, mdshm_h_md_t *) == md)
            return 1;
    return 0;
}

/* mod_md's init_acme_tls_1_domains: 1 if some name of @md has an SSL
 * server (on the local port of 443, unless MDCAChallenges names
 * tls-alpn-01) whose Protocols allow acme-tls/1. */
static int md_alpn(const mdshm_h_conf_t *c, const mdshm_h_md_t *md,
                   const apr_array_header_t *dom,
                   const apr_array_header_t *links, server_rec *base)
{
    const char *cha = mdshm_h_conf_find(md, "MDCAChallenges");
    int check_port = !cha || !ap_strstr_c(cha, "tls-alpn-01");

    if (check_port && !c->can_https)
        return 0;
    for (int i = 0; i < dom->nelts; i++) {
        const char *d = APR_ARRAY_IDX(dom, i, const char *);
        server_rec *hit = NULL, *any = NULL;
        request_rec r;

        memset(&r, 0, sizeof(r));
        for (int k = 0; k < links->nelts && !hit; k++) {
            const link_t *l = &APR_ARRAY_IDX(links, k, link_t);

            if (!l->ssl || !linked(l, md) ||
                (l->s != base && check_port && c->local_443 > 0 &&
                 !uses_port_only(l->s, c->local_443)))
                continue;
            r.server = l->s;
            if (!ap_matches_request_vhost(&r, d, l->s->port))
                continue;
            /* without the port check, prefer one that allows acme-tls/1 */
            if (check_port || ap_is_allowed_protocol(NULL, NULL, l->s,
                                                     "acme-tls/1"))
                hit = l->s;
            any = l->s;
        }
        if (!hit)
            hit = any ? any : c->base_server ? base : NULL;
        if (hit && ap_is_allowed_protocol(NULL, NULL, hit, "acme-tls/1"))
            return 1;
    }
    return 0;
}

/* mod_md's error when its automatic choice leaves no challenge type for
 * a watched MD (AH10173 at start; the server starts all the same). */
static void check_choice(const mdshm_h_conf_t *c, const mdshm_h_md_t *md,
                         const char *name, int used)
{
    const char *mode = mdshm_h_conf_find(md, "MDRenewMode");
    int dns = mdshm_h_conf_find(md, "MDChallengeDns01") != NULL;

    if (mode)
        mode += 12;
    if ((mode && (!strcasecmp(mode, "manual") || !strcasecmp(mode, "stick")))
        || (!used && !(mode && !strcasecmp(mode, "always"))) ||
        mdshm_h_conf_find(md, "MDCAChallenges") || dns || c->can_http ||
        (c->can_https && !md->no_alpn))
        return;
    ap_log_error(APLOG_MARK, APLOG_ERR, 0, ap_server_conf,
                 "%s:%d: md[%s]: None of the ACME challenge methods "
                 "configured for this domain are suitable.%s%s%s%s",
                 md->file, md->line, name,
                 " The http: challenge 'http-01' is disabled because the "
                 "server seems not reachable on public port 80.",
                 c->can_https ? "" : " The https: challenge 'tls-alpn-01' "
                 "is disabled because the server seems not reachable on "
                 "public port 443.",
                 !c->can_https ? "" : " The https: challenge 'tls-alpn-01' "
                 "is disabled because the Protocols configuration does not "
                 "include the 'acme-tls/1' protocol.",
                 " The DNS challenge 'dns-01' is disabled because the "
                 "directive 'MDChallengeDns01' is not configured.");
}

int mdshm_h_vhosts_link(apr_pool_t *p, mdshm_h_conf_t *c, server_rec *base)
{
    apr_array_header_t *links = apr_array_make(p, 8, sizeof(link_t));
    apr_array_header_t **dom = apr_pcalloc(p, sizeof(*dom) *
                                           (size_t)(c->mds->nelts + 1));
    int rv = 0;

    detect_ports(c, base);
    for (int i = 0; i < c->mds->nelts; i++)
        dom[i] = md_domains(p, APR_ARRAY_IDX(c->mds, i, mdshm_h_md_t *));
    if (!c->match_servernames && (rv = check_overlaps(c, dom)) < 0)
        goto out;
    for (server_rec *s = base; s; s = s->next) {
        link_t *l;

        if (s == base && !c->base_server)
            continue;
        l = apr_array_push(links);
        l->s = s;
        l->ssl = server_ssl(p, s, base);
        l->mds = apr_array_make(p, 2, sizeof(mdshm_h_md_t *));
    }
    for (int i = 0; i < c->mds->nelts; i++)
        link_md(c, APR_ARRAY_IDX(c->mds, i, mdshm_h_md_t *), dom[i], links);
    for (int k = 0; k < links->nelts; k++) {
        link_t *l = &APR_ARRAY_IDX(links, k, link_t);

        if (l->ssl && l->mds->nelts > 1) {
            ap_log_error(APLOG_MARK, APLOG_ERR, 0, ap_server_conf,
                         "%s:%u: conflict: %d MDs match Virtualhost %s which "
                         "uses SSL, however there can be at most 1.",
                         l->s->defn_name ? l->s->defn_name : "",
                         l->s->defn_line_number, l->mds->nelts,
                         l->s->server_hostname);
            rv = -1;
        }
    }
    if (rv < 0)
        goto out;
    for (int i = 0; i < c->mds->nelts; i++) {
        mdshm_h_md_t *md = APR_ARRAY_IDX(c->mds, i, mdshm_h_md_t *);
        const char *mode = mdshm_h_conf_find(md, "MDRenewMode");
        const char *https = mdshm_h_conf_find(md, "MDRequireHttps");
        int used = 0, ssl = 0;

        for (int k = 0; k < links->nelts; k++) {
            link_t *l = &APR_ARRAY_IDX(links, k, link_t);

            if (!linked(l, md))
                continue;
            used = 1;
            ssl |= l->ssl;
            if (l->ssl && l->mds->nelts == 1)
                cover(p, md, dom[i], l);
        }
        if (!ssl && https && strcasecmp(https + 15, "off"))
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, ap_server_conf,
                         "%s:%d: MD %s does not match any VirtualHost with "
                         "'SSLEngine on', but is configured to require "
                         "https. This cannot work.", md->file, md->line,
                         APR_ARRAY_IDX(dom[i], 0, const char *));
        md->no_alpn = !md_alpn(c, md, dom[i], links, base);
        md->domains = dom[i];
        check_choice(c, md, APR_ARRAY_IDX(dom[i], 0, const char *), used);
        if (!used && !(mode && !strcasecmp(mode + 12, "always")))
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, ap_server_conf,
                         "%s:%d: No VirtualHost matches Managed Domain %s",
                         md->file, md->line,
                         APR_ARRAY_IDX(dom[i], 0, const char *));
    }
out:
    return rv;
}
