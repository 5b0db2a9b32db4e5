/* ngx_http_mdshm_conf.c -- the mdshm_* directives.  Each one is recorded
 * as the mod_md directive it maps onto (mdshm.conf has mod_md's syntax),
 * with the nginx file:line it came from; after the merges the records are
 * translated into one mdshm.conf text (global lines, then one MD per
 * group of server blocks with `mdshm on` or `mdshm_domain` whose names
 * overlap) and mdshm's parser checks it, its errors given nginx's
 * file:line (`nginx -t`). */
#include "ngx_http_mdshm.h"

#include <openssl/ssl.h>

#include <ngx_http_ssl_module.h> /* ngx_http_ssl_srv_conf_t */

/* The mod_md directive an mdshm_* directive maps onto, and how its
 * arguments are taken. */
typedef struct {
    const char *md;             /* "MDRenewWindow" */
    unsigned file_arg:1;        /* a single argument is a path, relative
                                   to nginx.conf's directory, as
                                   ssl_certificate ("none" kept) */
} map_t;

static char *set_line(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_store_dir(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_enable(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
static char *set_domain(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);

/* Where a directive may be: mod_md's contexts (core/config_directives.c),
 * so that nginx itself refuses one in the wrong block, with file:line.
 * G: global only (http); MD: an MD's setting, given once for all (http)
 * or for the MD of one server block; S: an MD's only (server). */
#define CTX_G  NGX_HTTP_MAIN_CONF
#define CTX_MD (NGX_HTTP_MAIN_CONF | NGX_HTTP_SRV_CONF)
#define CTX_S  NGX_HTTP_SRV_CONF
#define LINE(name, ctx, args, md, file) \
    { ngx_string(name), (ctx) | (args), set_line, \
      NGX_HTTP_SRV_CONF_OFFSET, 0, (void *)&(map_t){md, file} }

ngx_command_t ngx_http_mdshm_commands[] = {
    { ngx_string("mdshm_store_dir"), NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE1,
      set_store_dir, NGX_HTTP_MAIN_CONF_OFFSET, 0, NULL },
    /* CA and account */
    LINE("mdshm_certificate_authority", CTX_MD, NGX_CONF_1MORE,
         "MDCertificateAuthority", 0),
    LINE("mdshm_ca_certificate_file", CTX_MD, NGX_CONF_TAKE1,
         "MDCACertificateFile", 1),
    LINE("mdshm_certificate_agreement", CTX_MD, NGX_CONF_TAKE1,
         "MDCertificateAgreement", 0),
    LINE("mdshm_contact_email", CTX_MD, NGX_CONF_TAKE1, "MDContactEmail", 0),
    LINE("mdshm_certificate_protocol", CTX_MD, NGX_CONF_TAKE1,
         "MDCertificateProtocol", 0),
    LINE("mdshm_external_account_binding", CTX_MD, NGX_CONF_TAKE12,
         "MDExternalAccountBinding", 1), /* KID HMAC, or a JSON file */
    LINE("mdshm_profile", CTX_MD, NGX_CONF_TAKE1, "MDProfile", 0),
    LINE("mdshm_profile_mandatory", CTX_MD, NGX_CONF_TAKE1,
         "MDProfileMandatory", 0),
    LINE("mdshm_preferred_chain", CTX_MD, NGX_CONF_TAKE1,
         "MDPreferredChain", 0),
    /* certificates */
    LINE("mdshm_private_keys", CTX_MD, NGX_CONF_1MORE, "MDPrivateKeys", 0),
    LINE("mdshm_must_staple", CTX_MD, NGX_CONF_TAKE1, "MDMustStaple", 0),
    LINE("mdshm_certificate_file", CTX_S, NGX_CONF_TAKE1,
         "MDCertificateFile", 1),
    LINE("mdshm_certificate_key_file", CTX_S, NGX_CONF_TAKE1,
         "MDCertificateKeyFile", 1),
    /* renewal */
    LINE("mdshm_renew_mode", CTX_MD, NGX_CONF_TAKE1, "MDRenewMode", 0),
    LINE("mdshm_renew_window", CTX_MD, NGX_CONF_TAKE1, "MDRenewWindow", 0),
    LINE("mdshm_warn_window", CTX_MD, NGX_CONF_TAKE1, "MDWarnWindow", 0),
    LINE("mdshm_renew_via_ari", CTX_MD, NGX_CONF_TAKE1, "MDRenewViaARI", 0),
    LINE("mdshm_retry_delay", CTX_G, NGX_CONF_TAKE1, "MDRetryDelay", 0),
    LINE("mdshm_retry_failover", CTX_G, NGX_CONF_TAKE1, "MDRetryFailover",
         0),
    LINE("mdshm_check_interval", CTX_G, NGX_CONF_TAKE1, "MDCheckInterval",
         0),
    LINE("mdshm_initial_delay", CTX_G, NGX_CONF_TAKE1, "MDInitialDelay", 0),
    LINE("mdshm_activation_delay", CTX_G, NGX_CONF_TAKE1,
         "MDActivationDelay", 0),
    /* challenges */
    LINE("mdshm_ca_challenges", CTX_MD, NGX_CONF_1MORE, "MDCAChallenges", 0),
    LINE("mdshm_challenge_dns01", CTX_MD, NGX_CONF_1MORE,
         "MDChallengeDns01", 0),
    LINE("mdshm_challenge_dns01_version", CTX_G, NGX_CONF_TAKE1,
         "MDChallengeDns01Version", 0),
    LINE("mdshm_port_map", CTX_G, NGX_CONF_TAKE12, "MDPortMap", 0),
    /* network */
    LINE("mdshm_http_proxy", CTX_MD, NGX_CONF_TAKE1, "MDHttpProxy", 0),
    LINE("mdshm_http_proxy_ca_certificate_file", CTX_MD, NGX_CONF_TAKE1,
         "MDHttpProxyCACertificateFile", 1),
    /* programs */
    LINE("mdshm_notify_cmd", CTX_G, NGX_CONF_1MORE, "MDNotifyCmd", 0),
    LINE("mdshm_message_cmd", CTX_G, NGX_CONF_1MORE, "MDMessageCmd", 0),
    LINE("mdshm_export_dir", CTX_MD, NGX_CONF_TAKE1, "MDExportDir", 1),
    LINE("mdshm_export_cmd", CTX_G, NGX_CONF_1MORE, "MDExportCmd", 0),
    /* OCSP stapling, CRL checks */
    LINE("mdshm_stapling", CTX_MD, NGX_CONF_TAKE1, "MDStapling", 0),
    LINE("mdshm_stapling_keep_response", CTX_MD, NGX_CONF_TAKE1,
         "MDStaplingKeepResponse", 0),
    LINE("mdshm_stapling_renew_window", CTX_MD, NGX_CONF_TAKE1,
         "MDStaplingRenewWindow", 0),
    LINE("mdshm_crl_check", CTX_MD, NGX_CONF_TAKE1, "MDCRLCheck", 0),
    LINE("mdshm_crl_url", CTX_MD, NGX_CONF_TAKE1, "MDCRLUrl", 0),
    LINE("mdshm_crl_max_size", CTX_G, NGX_CONF_TAKE1, "MDCRLMaxSize", 0),
    LINE("mdshm_crl_interval", CTX_G, NGX_CONF_TAKE1, "MDCRLInterval", 0),
    /* requests (ngx_http_mdshm_redirect.c) */
    LINE("mdshm_require_https", CTX_MD, NGX_CONF_TAKE1, "MDRequireHttps", 0),
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
    if (map->file_arg && cf->args->nelts == 2 &&
        ngx_strcasecmp(value[1].data, (u_char *)"none") &&
        ngx_conf_full_name(cf->cycle, &value[1], 1) != NGX_OK)
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

/* Server blocks of one MD (docs/nginx.md, "One MD, several server
 * blocks"): blocks whose names overlap are one MD, with all their names,
 * as mod_md's `MDMembers auto` joins the virtual hosts that share a name
 * (port 443 and 8443 of one site, or an MD split over blocks that each
 * add a name).  A setting given in several of its blocks must be the
 * same in each. */
typedef struct {
    ngx_str_t name;
    ngx_uint_t block;           /* index in gen_t.blocks */
} name_ref_t;

typedef struct {
    ngx_conf_t *cf;
    ngx_array_t *lines;         /* ngx_str_t */
    ngx_array_t *where;         /* ngx_http_mdshm_line_t */
    ngx_http_mdshm_srv_conf_t **blocks; /* of MDs, in configuration order */
    ngx_uint_t nblocks;
    ngx_uint_t *root;           /* per block: its MD's first block */
    ngx_uint_t *next;           /* per block: the MD's next block, or
                                   nblocks */
    ngx_str_t global_https;     /* MDRequireHttps at the http level */
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

static ngx_uint_t find_root(gen_t *g, ngx_uint_t b)
{
    while (g->root[b] != b)
        b = g->root[b] = g->root[g->root[b]];
    return b;
}

static int cmp_ref(const void *a, const void *b)
{
    const name_ref_t *x = a, *y = b;
    ngx_int_t c = ngx_memn2cmp(x->name.data, y->name.data, x->name.len,
                               y->name.len);

    return c ? (int)c : (x->block > y->block) - (x->block < y->block);
}

/* Blocks sharing a name become one MD, whose first block (in the
 * configuration) is its root; next[] links each MD's blocks in order. */
static ngx_int_t group_blocks(gen_t *g)
{
    ngx_uint_t n = 0, k = 0, *head;
    name_ref_t *refs;

    for (ngx_uint_t b = 0; b < g->nblocks; b++)
        n += g->blocks[b]->names->nelts;
    if (!(refs = ngx_pnalloc(g->cf->temp_pool, (n + 1) * sizeof(*refs))) ||
        !(g->root = ngx_pnalloc(g->cf->pool, g->nblocks * sizeof(ngx_uint_t)))
        || !(g->next = ngx_pnalloc(g->cf->pool,
                                   g->nblocks * sizeof(ngx_uint_t))) ||
        !(head = ngx_pnalloc(g->cf->temp_pool,
                             g->nblocks * sizeof(ngx_uint_t))))
        return NGX_ERROR;
    for (ngx_uint_t b = 0; b < g->nblocks; b++) {
        ngx_str_t *nm = g->blocks[b]->names->elts;

        g->root[b] = b;
        head[b] = g->nblocks;
        for (ngx_uint_t i = 0; i < g->blocks[b]->names->nelts; i++) {
            refs[k].name = nm[i];
            refs[k++].block = b;
        }
    }
    ngx_qsort(refs, n, sizeof(*refs), cmp_ref);
    for (ngx_uint_t i = 1; i < n; i++) {
        ngx_uint_t x, y;

        if (refs[i].name.len != refs[i - 1].name.len ||
            ngx_memcmp(refs[i].name.data, refs[i - 1].name.data,
                       refs[i].name.len))
            continue;
        x = find_root(g, refs[i - 1].block);
        y = find_root(g, refs[i].block);
        if (x != y) /* the earlier block is the root */
            g->root[x > y ? x : y] = x < y ? x : y;
    }
    for (ngx_uint_t b = g->nblocks; b-- > 0;) {
        ngx_uint_t r = find_root(g, b);

        g->next[b] = head[r];
        head[r] = b;
    }
    return NGX_OK;
}

/* The directive name of a translated line ("MDRenewWindow 30d"). */
static ngx_str_t directive_of(ngx_str_t text)
{
    u_char *sp = ngx_strlchr(text.data, text.data + text.len, ' ');

    return (ngx_str_t){sp ? (size_t)(sp - text.data) : text.len, text.data};
}

static ngx_int_t same_str(ngx_str_t a, ngx_str_t b)
{
    return a.len == b.len && !ngx_strncasecmp(a.data, b.data, a.len);
}

/* A line of block @m of an MD whose earlier block @e gave the same
 * directive: NGX_OK (the same line there: given once), NGX_DECLINED
 * (@e does not have the directive), NGX_ERROR (logged: it differs). */
static ngx_int_t earlier_line(gen_t *g, ngx_http_mdshm_srv_conf_t *e,
                              ngx_http_mdshm_line_t *l)
{
    ngx_http_mdshm_line_t *el = e->lines ? e->lines->elts : NULL;
    ngx_str_t d = directive_of(l->text);
    ngx_http_mdshm_line_t *first = NULL;

    for (ngx_uint_t i = 0; el && i < e->lines->nelts; i++) {
        if (!same_str(directive_of(el[i].text), d))
            continue;
        if (el[i].text.len == l->text.len &&
            !ngx_memcmp(el[i].text.data, l->text.data, l->text.len))
            return NGX_OK;
        if (!first)
            first = &el[i];
    }
    if (!first)
        return NGX_DECLINED;
    ngx_log_error(NGX_LOG_EMERG, g->cf->log, 0,
                  "mdshm: \"%V\" differs from \"%V\" in %V:%ui for the "
                  "same MD (its server blocks share a name: give its "
                  "settings once, or the same in each) in %V:%ui",
                  &l->text, &first->text, &first->file, first->line,
                  &l->file, l->line);
    return NGX_ERROR;
}

/* The names of the MD of root block @r: each block's, once. */
static ngx_array_t *group_names(gen_t *g, ngx_uint_t r)
{
    ngx_array_t *names = ngx_array_create(g->cf->pool, 4, sizeof(ngx_str_t));

    for (ngx_uint_t b = r; names && b < g->nblocks; b = g->next[b]) {
        ngx_str_t *nm = g->blocks[b]->names->elts;

        for (ngx_uint_t i = 0; i < g->blocks[b]->names->nelts; i++) {
            ngx_str_t *have = names->elts, *n;
            ngx_uint_t k = 0;

            while (k < names->nelts && (have[k].len != nm[i].len ||
                   ngx_memcmp(have[k].data, nm[i].data, nm[i].len)))
                k++;
            if (k < names->nelts)
                continue;
            if (!(n = ngx_array_push(names)))
                return NULL;
            *n = nm[i];
        }
    }
    return names;
}

static ngx_int_t emit_md(gen_t *g, ngx_http_mdshm_main_conf_t *mcf,
                         ngx_uint_t r)
{
    ngx_http_mdshm_srv_conf_t *root = g->blocks[r];
    ngx_array_t *names = group_names(g, r);
    ngx_str_t *n, head, https = g->global_https;
    ngx_uint_t start = g->lines->nelts;
    size_t len = sizeof("<MDomain>");
    u_char *p;

    if (!names)
        return NGX_ERROR;
    n = names->elts;
    for (ngx_uint_t i = 0; i < names->nelts; i++)
        len += n[i].len + 1;
    if (!(head.data = ngx_pnalloc(g->cf->pool, len)))
        return NGX_ERROR;
    p = ngx_cpymem(head.data, "<MDomain", sizeof("<MDomain") - 1);
    for (ngx_uint_t i = 0; i < names->nelts; i++)
        p = ngx_sprintf(p, " %V", &n[i]);
    *p++ = '>';
    head.len = (size_t)(p - head.data);
    if (emit(g, head, root->file, root->line) != NGX_OK)
        return NGX_ERROR;
    for (ngx_uint_t b = r; b < g->nblocks; b = g->next[b]) {
        ngx_http_mdshm_line_t *l = g->blocks[b]->lines
                                   ? g->blocks[b]->lines->elts : NULL;

        for (ngx_uint_t i = 0; l && i < g->blocks[b]->lines->nelts; i++) {
            ngx_int_t rc = NGX_DECLINED;

            for (ngx_uint_t e = r; rc == NGX_DECLINED && e != b;
                 e = g->next[e])
                rc = earlier_line(g, g->blocks[e], &l[i]);
            if (rc == NGX_ERROR)
                return NGX_ERROR;
            if (rc == NGX_OK)
                continue; /* given by an earlier block of the MD */
            if (same_str(directive_of(l[i].text),
                         (ngx_str_t)ngx_string("MDRequireHttps")))
                https = (ngx_str_t){l[i].text.len - sizeof("MDRequireHttps"),
                                    l[i].text.data + sizeof("MDRequireHttps")};
            if (emit(g, l[i].text, l[i].file, l[i].line) != NGX_OK)
                return NGX_ERROR;
        }
    }
    if (g->lines->nelts == start + 1) { /* no settings: one line */
        ngx_str_t *t = g->lines->elts;

        t[start].data++;
        t[start].len -= 2;
    } else if (emit(g, (ngx_str_t)ngx_string("</MDomain>"), root->file,
                    root->line) != NGX_OK)
        return NGX_ERROR;
    return ngx_http_mdshm_redirect_add(g->cf, mcf, names, https);
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

/* The MD blocks (`mdshm on` or `mdshm_domain`) in configuration order,
 * each with its names; a setting in another block is an error. */
static ngx_int_t collect_blocks(gen_t *g)
{
    ngx_http_core_main_conf_t *cmcf =
        ngx_http_conf_get_module_main_conf(g->cf, ngx_http_core_module);
    ngx_http_core_srv_conf_t **servers = cmcf->servers.elts;

    if (!(g->blocks = ngx_pnalloc(g->cf->pool, (cmcf->servers.nelts + 1)
                                               * sizeof(*g->blocks))))
        return NGX_ERROR;
    for (ngx_uint_t s = 0; s < cmcf->servers.nelts; s++) {
        ngx_http_mdshm_srv_conf_t *scf =
            servers[s]->ctx->srv_conf[ngx_http_mdshm_module.ctx_index];

        if (scf->enable != 1 && !scf->domains) {
            if (scf->lines && scf->lines->nelts) {
                ngx_http_mdshm_line_t *l = scf->lines->elts;

                ngx_log_error(NGX_LOG_EMERG, g->cf->log, 0,
                              "mdshm: \"%V\" in a server block without "
                              "\"mdshm on\" or \"mdshm_domain\" in %V:%ui",
                              &l[0].text, &l[0].file, l[0].line);
                return NGX_ERROR;
            }
            continue;
        }
        if (md_names(g->cf, servers[s], scf) != NGX_OK)
            return NGX_ERROR;
        if (!scf->names->nelts) {
            ngx_log_error(NGX_LOG_EMERG, g->cf->log, 0,
                          "mdshm: the server block has no server_name to "
                          "name its MD (give one, or mdshm_domain) in "
                          "%V:%ui", &scf->file, scf->line);
            return NGX_ERROR;
        }
        g->blocks[g->nblocks++] = scf;
    }
    return NGX_OK;
}

ngx_int_t ngx_http_mdshm_conf_text(ngx_conf_t *cf,
                                   ngx_http_mdshm_main_conf_t *mcf)
{
    ngx_http_mdshm_srv_conf_t *http_scf =
        ngx_http_conf_get_module_srv_conf(cf, ngx_http_mdshm_module);
    ngx_http_mdshm_text_t *gen, *prev;
    ngx_http_mdshm_line_t *l;
    mdshm_config_t *cfg = NULL;
    gen_t g;
    int rv;

    ngx_memzero(&g, sizeof(g));
    g.cf = cf;
    ngx_str_set(&g.global_https, "off");
    mcf->gen = NULL;
    if (!(gen = ngx_pcalloc(cf->pool, sizeof(*gen))) ||
        !(g.lines = ngx_array_create(cf->pool, 16, sizeof(ngx_str_t))) ||
        !(g.where = ngx_array_create(cf->pool, 16,
                                     sizeof(ngx_http_mdshm_line_t))))
        return NGX_ERROR;
    l = http_scf->lines ? http_scf->lines->elts : NULL;
    for (ngx_uint_t i = 0; l && i < http_scf->lines->nelts; i++) {
        if (same_str(directive_of(l[i].text),
                     (ngx_str_t)ngx_string("MDRequireHttps")))
            g.global_https = (ngx_str_t){
                l[i].text.len - sizeof("MDRequireHttps"),
                l[i].text.data + sizeof("MDRequireHttps")};
        if (emit(&g, l[i].text, l[i].file, l[i].line) != NGX_OK)
            return NGX_ERROR;
    }
    if (collect_blocks(&g) != NGX_OK)
        return NGX_ERROR;
    if (!g.nblocks)
        return NGX_OK; /* nothing to manage: the module stays out */
    if (group_blocks(&g) != NGX_OK)
        return NGX_ERROR;
    for (ngx_uint_t b = 0; b < g.nblocks; b++)
        if (find_root(&g, b) == b && emit_md(&g, mcf, b) != NGX_OK)
            return NGX_ERROR;
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
