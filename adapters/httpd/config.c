/* config.c -- mod_md's directives.  Each one is recorded as a line of
 * mdshm.conf text (mdshm reads mod_md's syntax) with httpd's file:line;
 * check_config turns the record into one configuration text, adding to
 * each MD the ServerName/ServerAlias of the virtual hosts it covers
 * (MDMembers auto: config_vhosts.c) and the challenge types httpd's
 * ports allow, and keeps a map from generated lines back to httpd's
 * files so that mdshm's errors name them. */
#include "mod_mdshm.h"

#include "apr_lib.h"
#include "apr_strings.h"
#include "http_core.h"

APLOG_USE_MODULE(mdshm);

static mdshm_h_conf_t *conf;

void mdshm_h_conf_reset(apr_pool_t *p)
{
    conf = apr_pcalloc(p, sizeof(*conf));
    conf->globals = apr_array_make(p, 16, sizeof(mdshm_h_line_t));
    conf->mds = apr_array_make(p, 8, sizeof(mdshm_h_md_t *));
    conf->local_80 = 80;
    conf->local_443 = 443;
    mdshm_h.conf = conf;
}

/* One argument as mdshm.conf reads it: quoted if it has spaces. */
static const char *quote(apr_pool_t *p, const char *a)
{
    if (*a && !strpbrk(a, " \t\"#"))
        return a;
    return apr_pstrcat(p, "\"", a, "\"", NULL);
}

static const char *directive_text(cmd_parms *cmd, int argc, char *const argv[])
{
    const char *t = cmd->cmd->name;

    for (int i = 0; i < argc; i++)
        t = apr_pstrcat(cmd->pool, t, " ", quote(cmd->pool, argv[i]), NULL);
    return t;
}

static void push_line(apr_array_header_t *a, const char *text, const char *file,
                      int line)
{
    mdshm_h_line_t *l = apr_array_push(a);

    l->text = text;
    l->file = file;
    l->line = line;
}

/* Every directive but the sections and MDomain: recorded as written.
 * mdshm checks the arguments when the configuration is complete. */
static const char *set_any(cmd_parms *cmd, void *dc, int argc,
                           char *const argv[])
{
    const char *err;

    (void)dc;
    if (!conf->current &&
        (err = ap_check_cmd_context(cmd, GLOBAL_ONLY)) != NULL)
        return err;
    if ((err = mdshm_h_check_directive(cmd, conf, argc, argv)) != NULL)
        return err;
    if (!strcasecmp(cmd->cmd->name, "MDPortMap"))
        return NULL; /* kept in conf; the text gets what the ports allow */
    if (!strcasecmp(cmd->cmd->name, "MDStoreDir")) {
        if (argc != 1)
            return "MDStoreDir takes one argument";
        conf->store_base = ap_server_root_relative(cmd->pool, argv[0]);
        return NULL; /* given to mdshm as the store directory */
    }
    push_line(conf->current ? conf->current->lines : conf->globals,
              directive_text(cmd, argc, argv), cmd->directive->filename,
              cmd->directive->line_num);
    return NULL;
}

static mdshm_h_md_t *new_md(cmd_parms *cmd, int section)
{
    mdshm_h_md_t *md = apr_pcalloc(cmd->pool, sizeof(*md));

    md->file = cmd->directive->filename;
    md->line = cmd->directive->line_num;
    md->names = apr_array_make(cmd->pool, 4, sizeof(const char *));
    md->lines = apr_array_make(cmd->pool, 4, sizeof(mdshm_h_line_t));
    md->section = section;
    *(mdshm_h_md_t **)apr_array_push(conf->mds) = md;
    return md;
}

static const char *set_domain(cmd_parms *cmd, void *dc, int argc,
                              char *const argv[])
{
    const char *err;
    mdshm_h_md_t *md;

    (void)dc;
    err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    if (err != NULL)
        return err;
    if (conf->current)
        return "MDomain is not allowed inside an MDomain section";
    if (argc < 1)
        return "MDomain needs at least one name";
    md = new_md(cmd, 0);
    for (int i = 0; i < argc; i++)
        *(const char **)apr_array_push(md->names) = argv[i];
    return NULL;
}

/* <MDomain name...> and <MDomainSet name...>: the directives inside are
 * recorded into the section. */
static const char *set_section(cmd_parms *cmd, void *dc, const char *arg)
{
    const char *err, *endp = ap_strrchr_c(arg, '>'), *word;
    char *args;
    mdshm_h_md_t *md;


    (void)dc;
    err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    if (err != NULL)
        return err;
    if (!endp)
        return apr_pstrcat(cmd->pool, cmd->cmd->name,
                           "> directive missing closing '>'", NULL);
    if (conf->current)
        return apr_pstrcat(cmd->pool, cmd->cmd->name,
                           "> sections cannot be nested", NULL);
    args = apr_pstrndup(cmd->temp_pool, arg, (apr_size_t)(endp - arg));
    md = new_md(cmd, 1);
    while (*(word = ap_getword_conf(cmd->pool, (const char **)&args)))
        *(const char **)apr_array_push(md->names) = word;
    if (!md->names->nelts)
        return apr_pstrcat(cmd->pool, cmd->cmd->name,
                           "> needs at least one name", NULL);
    conf->current = md;
    err = ap_walk_config(cmd->directive->first_child, cmd, cmd->context);
    conf->current = NULL;
    return err;
}

#define MD_CMD(name, help) \
    AP_INIT_TAKE_ARGV(name, set_any, NULL, RSRC_CONF, help)

const command_rec mdshm_h_cmds[] = {
    AP_INIT_RAW_ARGS("<MDomainSet", set_section, NULL, RSRC_CONF,
                     "a managed domain and its settings"),
    AP_INIT_RAW_ARGS("<MDomain", set_section, NULL, RSRC_CONF,
                     "a managed domain and its settings"),
    AP_INIT_TAKE_ARGV("MDomain", set_domain, NULL, RSRC_CONF,
                      "a managed domain: its names"),
    MD_CMD("MDActivationDelay", "delay before a new certificate is used"),
    MD_CMD("MDBaseServer", "whether the base server is managed"),
    MD_CMD("MDCACertificateFile", "CA certificates to trust for the ACME CA"),
    MD_CMD("MDCAChallenges", "allowed challenge types, in order"),
    MD_CMD("MDCertificateAgreement", "either 'accepted' or the URL of CA "
           "Terms-of-Service agreement you accept"),
    MD_CMD("MDCertificateAuthority", "the ACME CA(s)"),
    MD_CMD("MDCertificateCheck", "a link to check certificates"),
    MD_CMD("MDCertificateFile", "a static certificate file"),
    MD_CMD("MDCertificateKeyFile", "the key of a static certificate"),
    MD_CMD("MDCertificateProtocol", "the CA protocol (ACME)"),
    MD_CMD("MDCertificateStatus", "the certificate-status resource"),
    MD_CMD("MDChallengeDns01", "the dns-01 setup command"),
    MD_CMD("MDChallengeDns01Version", "the dns-01 command version"),
    MD_CMD("MDCheckInterval", "how often to check"),
    MD_CMD("MDContactEmail", "contact for the ACME account"),
    MD_CMD("MDExternalAccountBinding", "EAB key id and HMAC"),
    MD_CMD("MDHttpProxy", "proxy for the CA"),
    MD_CMD("MDHttpProxyCACertificateFile", "CA certificates of the proxy"),
    MD_CMD("MDInitialDelay", "delay before the first check"),
    MD_CMD("MDMatchNames", "how names match virtual hosts"),
    MD_CMD("MDMember", "a name of the MD"),
    MD_CMD("MDMembers", "auto: add the virtual hosts' names"),
    MD_CMD("MDMessageCmd", "command run on events"),
    MD_CMD("MDMustStaple", "ask for must-staple"),
    MD_CMD("MDNotifyCmd", "command run after renewal"),
    MD_CMD("MDPortMap", "Declare the mapped ports 80 and 443 on the local "
           "server. E.g. 80:8000 to indicate that the server port 8000 is "
           "reachable as port 80 from the internet. Use 80:- to indicate "
           "that port 80 is not reachable from the outside."),
    MD_CMD("MDPreferredChain", "the preferred chain's root"),
    MD_CMD("MDPrivateKeys", "key types"),
    MD_CMD("MDProfile", "the ACME profile"),
    MD_CMD("MDProfileMandatory", "fail without the profile"),
    MD_CMD("MDRenewMode", "auto, always or manual"),
    MD_CMD("MDRenewViaARI", "use ACME Renewal Information"),
    MD_CMD("MDRenewWindow", "when to renew"),
    MD_CMD("MDRequireHttps", "redirect to https"),
    MD_CMD("MDRetryDelay", "delay before retrying"),
    MD_CMD("MDRetryFailover", "retries before the next CA"),
    MD_CMD("MDServerStatus", "the mod_status section"),
    MD_CMD("MDStapleOthers", "staple certificates not managed"),
    MD_CMD("MDStapling", "OCSP stapling"),
    MD_CMD("MDStaplingKeepResponse", "how long to keep responses"),
    MD_CMD("MDStaplingRenewWindow", "when to renew responses"),
    MD_CMD("MDStoreDir", "the store directory"),
    MD_CMD("MDStoreLocks", "store locking (unused: mdshm elects a leader)"),
    MD_CMD("MDWarnWindow", "when to warn of expiry"),
    {NULL}
};

static int ieq(const char *a, const char *b)
{
    return a && b && !strcasecmp(a, b);
}

static int has_name(const mdshm_h_md_t *md, const char *name)
{
    const apr_array_header_t *a = md->domains ? md->domains : md->names;

    for (int i = 0; i < a->nelts; i++)
        if (ieq(APR_ARRAY_IDX(a, i, const char *), name))
            return 1;
    return 0;
}

int mdshm_h_conf_covers(const char *name)
{
    for (int i = 0; conf && i < conf->mds->nelts; i++)
        if (has_name(APR_ARRAY_IDX(conf->mds, i, mdshm_h_md_t *), name))
            return 1;
    return 0;
}

/* The last line of @a that is @directive (any case), or NULL. */
static const char *last_line(const apr_array_header_t *a,
                             const char *directive)
{
    size_t n = strlen(directive);

    for (int i = a ? a->nelts - 1 : -1; i >= 0; i--) {
        const char *t = APR_ARRAY_IDX(a, i, mdshm_h_line_t).text;

        if (!strncasecmp(t, directive, n) && t[n] == ' ')
            return t;
    }
    return NULL;
}

const char *mdshm_h_conf_find(const mdshm_h_md_t *md, const char *directive)
{
    const char *t = md ? last_line(md->lines, directive) : NULL;

    return t ? t : last_line(conf->globals, directive);
}

static void emit(apr_array_header_t *out,
                 apr_array_header_t *where, const char *text, const char *file,
                 int line)
{
    *(const char **)apr_array_push(out) = text;
    push_line(where, NULL, file, line);
}

static const char *md_head(apr_pool_t *p, const mdshm_h_md_t *md,
                           int section)
{
    const char *t = section ? "<MDomain" : "MDomain";

    for (int i = 0; i < md->names->nelts; i++)
        t = apr_pstrcat(p, t, " ", quote(p, APR_ARRAY_IDX(md->names, i,
                                                         const char *)), NULL);
    return section ? apr_pstrcat(p, t, ">", NULL) : t;
}

/* MDPortMap as the ports httpd listens on make it: a public port whose
 * local port httpd does not listen on is not reachable ("-"). */
static const char *port_map_text(apr_pool_t *p)
{
    return apr_psprintf(p, "MDPortMap http:%s https:%s",
                        conf->can_http ? apr_itoa(p, conf->local_80) : "-",
                        conf->can_https ? apr_itoa(p, conf->local_443) : "-");
}

/* mod_md's automatic choice (no MDCAChallenges) for an MD none of whose
 * https virtual hosts allows acme-tls/1: what remains of http-01 and
 * dns-01, or NULL when nothing changes (tls-alpn-01 unusable anyway, or
 * nothing would remain: the drive reports that no type is usable). */
static const char *challenges_text(apr_pool_t *p, const mdshm_h_md_t *md)
{
    int dns = mdshm_h_conf_find(md, "MDChallengeDns01") != NULL;

    if (!md->no_alpn || !conf->can_https ||
        mdshm_h_conf_find(md, "MDCAChallenges") || (!conf->can_http && !dns))
        return NULL;
    return apr_pstrcat(p, "MDCAChallenges",
                       conf->can_http ? " http-01" : "",
                       dns ? " dns-01" : "", NULL);
}

mdshm_h_text_t *mdshm_h_conf_text(apr_pool_t *p, server_rec *s)
{
    mdshm_h_text_t *gen = apr_pcalloc(p, sizeof(*gen));
    apr_array_header_t *out = apr_array_make(p, 32, sizeof(const char *));
    int contact = 0;

    if (mdshm_h_vhosts_link(p, conf, s) < 0)
        return NULL;
    gen->where = apr_array_make(p, 32, sizeof(mdshm_h_line_t));
    emit(out, gen->where, port_map_text(p), "MDPortMap", 0);
    for (int i = 0; i < conf->globals->nelts; i++) {
        mdshm_h_line_t *l = &APR_ARRAY_IDX(conf->globals, i, mdshm_h_line_t);

        contact |= !strncasecmp(l->text, "MDContactEmail ", 15);
        emit(out, gen->where, l->text, l->file, l->line);
    }
    /* mod_md: without MDContactEmail, the ServerAdmin of the main server */
    if (!contact && s->server_admin && ap_strchr_c(s->server_admin, '@'))
        emit(out, gen->where,
             apr_pstrcat(p, "MDContactEmail ", quote(p, s->server_admin),
                         NULL), s->defn_name ? s->defn_name : "ServerAdmin",
             s->defn_line_number);
    for (int i = 0; i < conf->mds->nelts; i++) {
        mdshm_h_md_t *md = APR_ARRAY_IDX(conf->mds, i, mdshm_h_md_t *);
        const char *cha = challenges_text(p, md);
        int section = md->section || cha;

        emit(out, gen->where, md_head(p, md, section), md->file, md->line);
        if (cha)
            emit(out, gen->where, cha, md->file, md->line);
        for (int k = 0; k < md->lines->nelts; k++) {
            mdshm_h_line_t *l = &APR_ARRAY_IDX(md->lines, k, mdshm_h_line_t);

            emit(out, gen->where, l->text, l->file, l->line);
        }
        if (section)
            emit(out, gen->where, "</MDomain>", md->file, md->line);
    }
    *(const char **)apr_array_push(out) = "";
    gen->text = apr_array_pstrcat(p, out, '\n');
    /* what mdshm is given, for `LogLevel mdshm:trace1` (and the tests) */
    for (int i = 0; i + 1 < out->nelts; i++)
        ap_log_error(APLOG_MARK, APLOG_TRACE1, 0, s, "mdshm.conf line %d: %s",
                     i + 1, APR_ARRAY_IDX(out, i, const char *));
    return gen;
}

const char *mdshm_h_store_base(apr_pool_t *p)
{
    return conf && conf->store_base ? conf->store_base
                                    : ap_server_root_relative(p, "md");
}

/* ---- settings the request side reads (redirect.c, status_page.c) ---- */

/* name (lower case) -> the MD that has it; built once per configuration,
 * in the parent, so that a request looks its host up without a walk. */
static apr_hash_t *md_by_name;

static int is_keyword(const char *name)
{
    return !strcasecmp(name, "auto") || !strcasecmp(name, "manual");
}

static const char *md_name(const mdshm_h_md_t *md)
{
    for (int i = 0; i < md->names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(md->names, i, const char *);

        if (!is_keyword(n))
            return n;
    }
    return NULL;
}

void mdshm_h_conf_index(apr_pool_t *p)
{
    md_by_name = apr_hash_make(p);
    for (int i = 0; conf && i < conf->mds->nelts; i++) {
        mdshm_h_md_t *md = APR_ARRAY_IDX(conf->mds, i, mdshm_h_md_t *);

        /* domains: the names with MDMember's and the virtual hosts'
         * (config_vhosts.c), once check_config linked them */
        const apr_array_header_t *a = md->domains ? md->domains : md->names;

        for (int k = 0; k < a->nelts; k++) {
            char *n = apr_pstrdup(p, APR_ARRAY_IDX(a, k, const char *));

            ap_str_tolower(n);
            if (!is_keyword(n) && !apr_hash_get(md_by_name, n,
                                                APR_HASH_KEY_STRING))
                apr_hash_set(md_by_name, n, APR_HASH_KEY_STRING, md);
        }
    }
}

static mdshm_h_md_t *md_of(const char *name, char *lower, size_t size)
{
    size_t n = name ? strlen(name) : 0;

    if (!md_by_name || !n || n >= size)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        lower[i] = (char)apr_tolower(name[i]);
    if (n > 1 && lower[n - 1] == '.')
        lower[n - 1] = '\0'; /* "example.org." is "example.org" */
    return apr_hash_get(md_by_name, lower, APR_HASH_KEY_STRING);
}

const char *mdshm_h_conf_md_of(const char *name)
{
    char lower[256];
    mdshm_h_md_t *md = md_of(name, lower, sizeof(lower));

    return md ? md_name(md) : NULL;
}

/* The arguments of the last line of @a that is @directive, or NULL. */
static const char *last_arg(const apr_array_header_t *a, const char *directive)
{
    const char *t = last_line(a, directive);

    return t ? t + strlen(directive) + 1 : NULL;
}

int mdshm_h_conf_flag(const char *directive, int dflt)
{
    const char *v = mdshm_h_conf_arg(directive, NULL);

    return v ? !strcasecmp(v, "on") : dflt;
}

const char *mdshm_h_conf_arg(const char *directive, const char *md_name_)
{
    const char *v = NULL;

    if (!conf)
        return NULL;
    if (md_name_) {
        char lower[256];
        mdshm_h_md_t *md = md_of(md_name_, lower, sizeof(lower));

        const char *t = mdshm_h_conf_find(md, directive);

        return t ? t + strlen(directive) + 1 : NULL;
    }
    /* a setting mod_md keeps once for all (MDServerStatus...): given
     * outside sections, else inside one (the last section's wins) */
    if ((v = last_arg(conf->globals, directive)) != NULL)
        return v;
    for (int i = conf->mds->nelts - 1; !v && i >= 0; i--)
        v = last_arg(APR_ARRAY_IDX(conf->mds, i, mdshm_h_md_t *)->lines,
                     directive);
    return v;
}
