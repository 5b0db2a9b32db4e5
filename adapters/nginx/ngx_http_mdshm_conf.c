/* ngx_http_mdshm_conf.c -- the mdshm_* directives.  Each one is recorded
 * as the mod_md directive it maps onto (mdshm.conf has mod_md's syntax),
 * with the nginx file:line it came from; after the merges the records are
 * translated into one mdshm.conf text (global lines, then one MD per
 * server block that has `mdshm on` or `mdshm_domain`) and mdshm's parser
 * checks it, its errors given nginx's file:line (`nginx -t`). */
#include "ngx_http_mdshm.h"

#include <openssl/ssl.h>

#include <ngx_http_ssl_module.h> /* ngx_http_ssl_srv_conf_t */

/* The mod_md directive an mdshm_* directive maps onto, and how its
 * arguments are taken. */
typedef struct {
    const char *md;             /* "MDRenewWindow" */
    unsigned file_arg:1;        /* one path, relative to nginx's prefix */
} map_t;

static const map_t map_authority = {"MDCertificateAuthority", 0};
static const map_t map_ca_file = {"MDCACertificateFile", 1};
static const map_t map_agreement = {"MDCertificateAgreement", 0};
static const map_t map_contact = {"MDContactEmail", 0};
static const map_t map_keys = {"MDPrivateKeys", 0};
static const map_t map_renew = {"MDRenewWindow", 0};
static const map_t map_challenges = {"MDCAChallenges", 0};
static const map_t map_stapling = {"MDStapling", 0};
static const map_t map_retry = {"MDRetryDelay", 0};

static char *set_line(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_store_dir(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_enable(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_domain(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

/* Settings of one MD are allowed in its server block too (inside mod_md's
 * <MDomain> section); mdshm's parser says which are global only. */
#define MD_CONF (NGX_HTTP_MAIN_CONF | NGX_HTTP_SRV_CONF)
#define LINE(name, args, map) \
    { ngx_string(name), MD_CONF | (args), set_line, \
      NGX_HTTP_SRV_CONF_OFFSET, 0, (void *)&(map) }

ngx_command_t ngx_http_mdshm_commands[] = {
    { ngx_string("mdshm_store_dir"), NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE1,
      set_store_dir, NGX_HTTP_MAIN_CONF_OFFSET, 0, NULL },
    LINE("mdshm_certificate_authority", NGX_CONF_1MORE, map_authority),
    LINE("mdshm_ca_certificate_file", NGX_CONF_TAKE1, map_ca_file),
    LINE("mdshm_certificate_agreement", NGX_CONF_TAKE1, map_agreement),
    LINE("mdshm_contact_email", NGX_CONF_TAKE1, map_contact),
    LINE("mdshm_private_keys", NGX_CONF_1MORE, map_keys),
    LINE("mdshm_renew_window", NGX_CONF_TAKE1, map_renew),
    LINE("mdshm_ca_challenges", NGX_CONF_1MORE, map_challenges),
    LINE("mdshm_stapling", NGX_CONF_TAKE1, map_stapling),
    LINE("mdshm_retry_delay", NGX_CONF_TAKE1, map_retry),
    { ngx_string("mdshm"), NGX_HTTP_SRV_CONF | NGX_CONF_FLAG, set_enable,
      NGX_HTTP_SRV_CONF_OFFSET, 0, NULL },
    { ngx_string("mdshm_domain"), NGX_HTTP_SRV_CONF | NGX_CONF_1MORE,
      set_domain, NGX_HTTP_SRV_CONF_OFFSET, 0, NULL },
    { ngx_string("mdshm_status"), NGX_HTTP_LOC_CONF | NGX_CONF_NOARGS,
      ngx_http_mdshm_set_handler, NGX_HTTP_LOC_CONF_OFFSET, 0,
      (void *)NGX_HTTP_MDSHM_STATUS },
    { ngx_string("mdshm_metrics"), NGX_HTTP_LOC_CONF | NGX_CONF_NOARGS,
      ngx_http_mdshm_set_handler, NGX_HTTP_LOC_CONF_OFFSET, 0,
      (void *)NGX_HTTP_MDSHM_METRICS },
    ngx_null_command
};

void *ngx_http_mdshm_create_main_conf(ngx_conf_t *cf)
{
    return ngx_pcalloc(cf->pool, sizeof(ngx_http_mdshm_main_conf_t));
}

void *ngx_http_mdshm_create_srv_conf(ngx_conf_t *cf)
{
    ngx_http_mdshm_srv_conf_t *scf = ngx_pcalloc(cf->pool, sizeof(*scf));

    if (scf)
        scf->enable = NGX_CONF_UNSET;
    return scf;
}

char *ngx_http_mdshm_merge_srv_conf(ngx_conf_t *cf, void *parent,
                                    void *child)
{
    ngx_http_mdshm_srv_conf_t *scf = child;
    ngx_http_ssl_srv_conf_t *sscf;

    (void)parent;
    /* not inherited: an MD is made by the server block that says so */
    if (scf->enable != 1 && !scf->domains)
        return NGX_CONF_OK;
    sscf = ngx_http_conf_get_module_srv_conf(cf, ngx_http_ssl_module);
    return ngx_http_mdshm_ssl_check(cf, sscf, scf);
}

/* Where the directive being read is. */
static void here(ngx_conf_t *cf, ngx_str_t *file, ngx_uint_t *line)
{
    *file = cf->conf_file->file.name;
    *line = cf->conf_file->line;
}

static char *set_line(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_mdshm_srv_conf_t *scf = conf;
    const map_t *map = cmd->post;
    ngx_str_t *value = cf->args->elts;
    ngx_http_mdshm_line_t *l;
    size_t len = ngx_strlen(map->md);
    u_char *p;

    if (!scf->lines) {
        scf->lines = ngx_array_create(cf->pool, 4, sizeof(*l));
        if (!scf->lines)
            return NGX_CONF_ERROR;
    }
    if (map->file_arg && ngx_conf_full_name(cf->cycle, &value[1], 1)
                         != NGX_OK)
        return NGX_CONF_ERROR;
    for (ngx_uint_t i = 1; i < cf->args->nelts; i++) {
        if (ngx_strlchr(value[i].data, value[i].data + value[i].len, '"') ||
            ngx_strlchr(value[i].data, value[i].data + value[i].len, '\n'))
            return "has an argument with a quote or a newline";
        len += value[i].len + 3; /* space and quotes */
    }
    if (!(l = ngx_array_push(scf->lines)) ||
        !(p = ngx_pnalloc(cf->pool, len + 1)))
        return NGX_CONF_ERROR;
    l->text.data = p;
    p = ngx_cpymem(p, map->md, ngx_strlen(map->md));
    for (ngx_uint_t i = 1; i < cf->args->nelts; i++) {
        /* quoted when it has a blank (a path): mdshm.conf's syntax */
        int quote = ngx_strlchr(value[i].data, value[i].data + value[i].len,
                                ' ') != NULL;

        *p++ = ' ';
        if (quote)
            *p++ = '"';
        p = ngx_cpymem(p, value[i].data, value[i].len);
        if (quote)
            *p++ = '"';
    }
    *p = '\0';
    l->text.len = (size_t)(p - l->text.data);
    here(cf, &l->file, &l->line);
    return NGX_CONF_OK;
}

static char *set_store_dir(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_mdshm_main_conf_t *mcf = conf;
    ngx_str_t *value = cf->args->elts;

    (void)cmd;
    if (mcf->store_dir.len)
        return "is duplicate";
    mcf->store_dir = value[1];
    if (ngx_conf_full_name(cf->cycle, &mcf->store_dir, 0) != NGX_OK)
        return NGX_CONF_ERROR;
    here(cf, &mcf->store_file, &mcf->store_line);
    return NGX_CONF_OK;
}

/* Both `mdshm on` and `mdshm_domain` make the server block an MD's: the
 * placeholder certificate lets nginx accept it without ssl_certificate. */
static char *make_md(ngx_conf_t *cf, ngx_http_mdshm_srv_conf_t *scf)
{
    if (scf->file.len)
        return NGX_CONF_OK; /* made already */
    here(cf, &scf->file, &scf->line);
    return ngx_http_mdshm_ssl_placeholder(cf, scf);
}

static char *set_enable(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_mdshm_srv_conf_t *scf = conf;
    char *rv;

    if (scf->enable != NGX_CONF_UNSET)
        return "is duplicate";
    if ((rv = ngx_conf_set_flag_slot(cf, cmd, conf)) != NGX_CONF_OK)
        return rv;
    return scf->enable ? make_md(cf, scf) : NGX_CONF_OK;
}

static char *set_domain(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_mdshm_srv_conf_t *scf = conf;
    ngx_str_t *value = cf->args->elts;

    (void)cmd;
    if (!scf->domains &&
        !(scf->domains = ngx_array_create(cf->pool, 4, sizeof(ngx_str_t))))
        return NGX_CONF_ERROR;
    for (ngx_uint_t i = 1; i < cf->args->nelts; i++) {
        ngx_str_t *n = ngx_array_push(scf->domains);

        if (!n)
            return NGX_CONF_ERROR;
        *n = value[i];
        ngx_strlow(n->data, n->data, n->len);
    }
    return make_md(cf, scf);
}

/* ---- translation -------------------------------------------------------- */

typedef struct {
    ngx_conf_t *cf;
    ngx_array_t *lines;         /* ngx_str_t */
    ngx_array_t *where;         /* ngx_http_mdshm_line_t */
} gen_t;

static ngx_int_t emit(gen_t *g, ngx_str_t text, ngx_str_t file,
                      ngx_uint_t line)
{
    ngx_str_t *t = ngx_array_push(g->lines);
    ngx_http_mdshm_line_t *w = ngx_array_push(g->where);

    if (!t || !w)
        return NGX_ERROR;
    *t = text;
    w->file = file;
    w->line = line;
    return NGX_OK;
}

/* The MD's names: mdshm_domain's, else the block's server_name (regular
 * expressions skipped; ".example.org" is example.org and *.example.org,
 * as nginx reads it). */
static ngx_int_t md_names(ngx_conf_t *cf, ngx_http_core_srv_conf_t *cscf,
                          ngx_http_mdshm_srv_conf_t *scf)
{
    ngx_http_server_name_t *sn = cscf->server_names.elts;

    if (!(scf->names = ngx_array_create(cf->pool, 4, sizeof(ngx_str_t))))
        return NGX_ERROR;
    if (scf->domains) {
        ngx_str_t *d = scf->domains->elts;

        for (ngx_uint_t i = 0; i < scf->domains->nelts; i++) {
            ngx_str_t *n = ngx_array_push(scf->names);

            if (!n)
                return NGX_ERROR;
            *n = d[i];
        }
        return NGX_OK;
    }
    for (ngx_uint_t i = 0; i < cscf->server_names.nelts; i++) {
        ngx_str_t name = sn[i].name, *n;

#if (NGX_PCRE)
        if (sn[i].regex)
            continue;
#endif
        if (!name.len)
            continue;
        if (name.data[0] == '.') {
            ngx_str_t wild;

            name.data++;
            name.len--;
            wild.len = name.len + 2;
            if (!(wild.data = ngx_pnalloc(cf->pool, wild.len)))
                return NGX_ERROR;
            ngx_sprintf(wild.data, "*.%V", &name);
            if (!(n = ngx_array_push(scf->names)))
                return NGX_ERROR;
            *n = wild;
        }
        if (!(n = ngx_array_push(scf->names)))
            return NGX_ERROR;
        *n = name;
    }
    return NGX_OK;
}

static ngx_int_t emit_md(gen_t *g, ngx_http_mdshm_srv_conf_t *scf)
{
    ngx_str_t *n = scf->names->elts, head;
    ngx_http_mdshm_line_t *l = scf->lines ? scf->lines->elts : NULL;
    size_t len = sizeof("<MDomain>");
    u_char *p;

    for (ngx_uint_t i = 0; i < scf->names->nelts; i++)
        len += n[i].len + 1;
    if (!(head.data = ngx_pnalloc(g->cf->pool, len)))
        return NGX_ERROR;
    p = ngx_cpymem(head.data, l ? "<MDomain" : "MDomain",
                   l ? sizeof("<MDomain") - 1 : sizeof("MDomain") - 1);
    for (ngx_uint_t i = 0; i < scf->names->nelts; i++)
        p = ngx_sprintf(p, " %V", &n[i]);
    if (l)
        *p++ = '>';
    head.len = (size_t)(p - head.data);
    if (emit(g, head, scf->file, scf->line) != NGX_OK)
        return NGX_ERROR;
    if (!l)
        return NGX_OK;
    for (ngx_uint_t i = 0; i < scf->lines->nelts; i++)
        if (emit(g, l[i].text, l[i].file, l[i].line) != NGX_OK)
            return NGX_ERROR;
    return emit(g, (ngx_str_t)ngx_string("</MDomain>"), scf->file,
                scf->line);
}

static ngx_int_t join(gen_t *g, ngx_http_mdshm_text_t *gen)
{
    ngx_str_t *t = g->lines->elts;
    size_t len = 1;
    u_char *p;

    for (ngx_uint_t i = 0; i < g->lines->nelts; i++)
        len += t[i].len + 1;
    if (!(p = ngx_pnalloc(g->cf->pool, len)))
        return NGX_ERROR;
    gen->text.data = p;
    for (ngx_uint_t i = 0; i < g->lines->nelts; i++) {
        p = ngx_cpymem(p, t[i].data, t[i].len);
        *p++ = '\n';
    }
    *p = '\0';
    gen->text.len = (size_t)(p - gen->text.data);
    gen->where = g->where;
    return NGX_OK;
}

ngx_int_t ngx_http_mdshm_conf_text(ngx_conf_t *cf,
                                   ngx_http_mdshm_main_conf_t *mcf)
{
    ngx_http_core_main_conf_t *cmcf =
        ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);
    ngx_http_mdshm_srv_conf_t *http_scf =
        ngx_http_conf_get_module_srv_conf(cf, ngx_http_mdshm_module);
    ngx_http_core_srv_conf_t **servers = cmcf->servers.elts;
    ngx_http_mdshm_text_t *gen, *prev;
    ngx_http_mdshm_line_t *l;
    mdshm_config_t *cfg = NULL;
    ngx_uint_t mds = 0;
    gen_t g = {cf, NULL, NULL};
    int rv;

    mcf->gen = NULL;
    if (!(gen = ngx_pcalloc(cf->pool, sizeof(*gen))) ||
        !(g.lines = ngx_array_create(cf->pool, 16, sizeof(ngx_str_t))) ||
        !(g.where = ngx_array_create(cf->pool, 16,
                                     sizeof(ngx_http_mdshm_line_t))))
        return NGX_ERROR;
    l = http_scf->lines ? http_scf->lines->elts : NULL;
    for (ngx_uint_t i = 0; l && i < http_scf->lines->nelts; i++)
        if (emit(&g, l[i].text, l[i].file, l[i].line) != NGX_OK)
            return NGX_ERROR;
    for (ngx_uint_t s = 0; s < cmcf->servers.nelts; s++) {
        ngx_http_mdshm_srv_conf_t *scf =
            servers[s]->ctx->srv_conf[ngx_http_mdshm_module.ctx_index];

        if (scf->enable != 1 && !scf->domains) {
            if (scf->lines && scf->lines->nelts) {
                l = scf->lines->elts;
                ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                              "mdshm: \"%V\" in a server block without "
                              "\"mdshm on\" or \"mdshm_domain\" in %V:%ui",
                              &l[0].text, &l[0].file, l[0].line);
                return NGX_ERROR;
            }
            continue;
        }
        if (md_names(cf, servers[s], scf) != NGX_OK)
            return NGX_ERROR;
        if (!scf->names->nelts) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "mdshm: the server block has no server_name to "
                          "name its MD (give one, or mdshm_domain) in "
                          "%V:%ui", &scf->file, scf->line);
            return NGX_ERROR;
        }
        if (emit_md(&g, scf) != NGX_OK)
            return NGX_ERROR;
        mds++;
    }
    if (!mds)
        return NGX_OK; /* nothing to manage: the module stays out */
    if (join(&g, gen) != NGX_OK)
        return NGX_ERROR;
    /* the text is this check's only while it runs: a configuration that
     * fails later (another module) is freed, the running one's stays */
    prev = ngx_http_mdshm.gen;
    ngx_http_mdshm.gen = gen;
    ngx_http_mdshm_log_to(cf->log);
    rv = mdshm_config_parse((const char *)gen->text.data, gen->text.len,
                            NGX_HTTP_MDSHM_ORIGIN, &cfg);
    mdshm_config_free(cfg);
    ngx_http_mdshm.gen = prev;
    if (rv < 0) {
        ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                      "mdshm: errors in the MD configuration (above)");
        return NGX_ERROR;
    }
    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, cf->log, 0, "mdshm.conf:\n%V",
                   &gen->text);
    mcf->gen = gen;
    return NGX_OK;
}

ngx_str_t ngx_http_mdshm_store_base(ngx_http_mdshm_main_conf_t *mcf)
{
    static ngx_str_t dflt = ngx_string(NGX_HTTP_MDSHM_DEFAULT_BASE);

    return mcf->store_dir.len ? mcf->store_dir : dflt;
}
