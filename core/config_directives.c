/* config_directives.c -- the directives of mdshm.conf: table (name,
 * context, argument count, handler), defaults, MD definitions and the
 * resolution of inherited settings.
 *
 * Contexts follow mod_md (reference MOD_MD.md section 2): G = global only,
 * MD = inside <MDomain> only, G/MD = either.  A G/MD directive inside an
 * MD sets that MD's value; at global level it sets the global value, which
 * every MD without its own value gets (wherever in the file the global
 * directive is).  A repeated directive replaces the earlier value (lists
 * too), except MDMember and MDCertificateFile/MDCertificateKeyFile, which
 * add.
 */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"
#include "cluster.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/utsname.h>

#include <jansson.h>
#include <openssl/crypto.h>

#define MS_SECOND INT64_C(1000)
#define MS_HOUR (3600 * MS_SECOND)
#define MS_DAY (24 * MS_HOUR)

/* Largest MDExternalAccountBinding JSON file. */
#define EAB_FILE_MAX 65536

/* ------------------------------------------------------------------------
 * Defaults and resolution
 * ---------------------------------------------------------------------- */

static const char *const empty_v[1] = {NULL};
static const char *const default_ca_v[2] = {MDSHM__CA_LETSENCRYPT, NULL};
static const char *const default_keys_v[2] = {"rsa2048", NULL};

void mdshm__cfg_defaults(mdshm__md_settings_t *s)
{
    const mdshm__strv_t empty = {0, empty_v};

    memset(s, 0, sizeof(*s));
    s->ca_urls.n = 1;
    s->ca_urls.v = default_ca_v;
    s->ca_proto = "ACME";
    s->contacts = empty;
    s->key_specs.n = 1;
    s->key_specs.v = default_keys_v;
    s->renew_window.percent = true;
    s->renew_window.value = 330;
    s->warn_window.percent = true;
    s->warn_window.value = 100;
    s->renew_mode = MDSHM__RENEW_AUTO;
    s->must_staple = false;
    s->members_auto = true;
    s->challenges = empty;
    s->dns01_cmd = empty;
    s->profile_mandatory = false;
    s->renew_via_ari = true;
    s->require_https = MDSHM__HTTPS_OFF;
    s->stapling = false;
    s->staple_others = true;
    s->stapling_keep_ms = 7 * MS_DAY;
    s->stapling_renew_window.percent = true;
    s->stapling_renew_window.value = 330;
    s->crl_check = true;
}

void mdshm__cfg_global_defaults(mdshm__config_global_t *g)
{
    const mdshm__strv_t empty = {0, empty_v};

    memset(g, 0, sizeof(*g));
    mdshm__cfg_defaults(&g->s);
    g->store_dir = NULL;
    g->port_http = 80;
    g->port_https = 443;
    g->dns01_version = 1;
    g->notify_cmd = empty;
    g->message_cmd = empty;
    g->export_cmd = empty;
    g->retry_delay_ms = 30 * MS_SECOND;
    g->retry_failover = 13;
    g->check_interval_ms = 12 * MS_HOUR;
    g->initial_delay_ms = 0;
    g->activation_delay_ms = 0;
    g->base_server = false;
    g->server_status = true;
    g->certificate_status = true;
    g->cert_check_name = "crt.sh";
    g->cert_check_url = "https://crt.sh?q=";
    g->store_locks = false;
    g->store_lock_wait_ms = 5 * MS_SECOND;
    g->match_names = MDSHM__MATCH_ALL;
    g->crl_max_size = 20 * 1024 * 1024;
    g->crl_interval_ms = 12 * MS_HOUR;
    g->cluster.endpoints = empty;
    g->cluster.prefix = "/mdshm/";
    g->cluster.lease_ttl_ms = 10 * MS_SECOND;
    g->cluster.timeout_ms = 3 * MS_SECOND;
}

#define SOFF(m) offsetof(mdshm__md_settings_t, m)
#define SSIZE(m) sizeof(((mdshm__md_settings_t *)0)->m)
#define FIELD(bit, m) [MDSHM__F_##bit] = {SOFF(m), SSIZE(m), 0, 0}

/* Where each settings bit lives (EAB: two members). */
static const struct {
    size_t off, size, off2, size2;
} fields[MDSHM__F_COUNT] = {
    FIELD(CA_URLS, ca_urls),
    FIELD(AGREEMENT, ca_agreement),
    FIELD(PROTO, ca_proto),
    FIELD(CONTACTS, contacts),
    FIELD(KEY_SPECS, key_specs),
    FIELD(RENEW_WINDOW, renew_window),
    FIELD(WARN_WINDOW, warn_window),
    FIELD(RENEW_MODE, renew_mode),
    FIELD(MUST_STAPLE, must_staple),
    FIELD(MEMBERS, members_auto),
    FIELD(CHALLENGES, challenges),
    FIELD(DNS01, dns01_cmd),
    FIELD(PROXY, http_proxy),
    FIELD(CA_FILE, ca_file),
    FIELD(PROXY_CA_FILE, proxy_ca_file),
    [MDSHM__F_EAB] = {SOFF(eab_kid), SSIZE(eab_kid), SOFF(eab_hmac),
                      SSIZE(eab_hmac)},
    FIELD(PROFILE, profile),
    FIELD(PROFILE_MANDATORY, profile_mandatory),
    FIELD(ARI, renew_via_ari),
    FIELD(PREFERRED_CHAIN, preferred_chain),
    FIELD(REQUIRE_HTTPS, require_https),
    FIELD(STAPLING, stapling),
    FIELD(STAPLE_OTHERS, staple_others),
    FIELD(STAPLING_KEEP, stapling_keep_ms),
    FIELD(STAPLING_WINDOW, stapling_renew_window),
    FIELD(EXPORT_DIR, export_dir),
    FIELD(CRL_CHECK, crl_check),
    FIELD(CRL_URL, crl_url),
};

void mdshm__cfg_resolve(mdshm__md_settings_t *out,
                        const mdshm__settings_raw_t *own,
                        const mdshm__md_settings_t *from)
{
    *out = *from;
    for (int f = 0; f < MDSHM__F_COUNT; f++) {
        if (!(own->set & (UINT64_C(1) << f)))
            continue;
        memcpy((char *)out + fields[f].off,
               (const char *)&own->s + fields[f].off, fields[f].size);
        if (fields[f].size2)
            memcpy((char *)out + fields[f].off2,
                   (const char *)&own->s + fields[f].off2, fields[f].size2);
    }
}

/* ------------------------------------------------------------------------
 * Helpers
 * ---------------------------------------------------------------------- */

struct directive;
typedef void handler_fn(mdshm__parser_t *p, const struct directive *d,
                        int argc, char **argv);

typedef struct directive {
    const char *name;
    unsigned ctx;        /* CTX_G | CTX_MD */
    int min, max;        /* arguments; max -1: any number */
    handler_fn *fn;
    int field;           /* MDSHM__F_* this sets, -1 if none */
    size_t off;          /* member, for the generic handlers */
    const char *unit;    /* durations: unit when none is written;
                            h_string_s: the word that unsets ("none") */
    int64_t min_ms;      /* durations: smallest value */
    const char *syntax;  /* arguments, for messages */
} directive_t;

enum { CTX_G = 1, CTX_MD = 2, CTX_GMD = 3 };

/* The settings a G/MD directive writes. */
static mdshm__settings_raw_t *cur_raw(mdshm__parser_t *p)
{
    return p->md ? &p->md->raw : &p->global;
}

static void *set_ptr(mdshm__parser_t *p, const directive_t *d)
{
    return (char *)&cur_raw(p)->s + d->off;
}

static void *glob_ptr(mdshm__parser_t *p, const directive_t *d)
{
    return (char *)&p->cfg->global + d->off;
}

static char *dup(mdshm__parser_t *p, const char *s)
{
    char *r = mdshm__arena_strdup(p->arena, s);

    if (!r)
        p->oom = true;
    return r;
}

static void bad_arg(mdshm__parser_t *p, const char *arg, const char *expected)
{
    mdshm__cfg_error(p, "%s: invalid argument %s: %s", p->dname,
                     mdshm__cfg_q(p, arg), expected);
}

static bool is_auto_manual(const char *s, bool *v)
{
    if (!strcasecmp(s, "auto")) {
        *v = true;
        return true;
    }
    if (!strcasecmp(s, "manual")) {
        *v = false;
        return true;
    }
    return false;
}

static bool printable(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return false;
    return true;
}

/* Add one name to MD @m (normalized, duplicates ignored). */
static void add_name(mdshm__parser_t *p, mdshm__md_build_t *m,
                     const char *arg)
{
    char norm[MDSHM_MAX_NAME_LEN + 64];
    const char *err = mdshm__parse_name(arg, norm);
    char *s;

    if (err) {
        mdshm__cfg_error(p, "%s: invalid domain name %s: %s", p->dname,
                         mdshm__cfg_q(p, arg), err);
        return;
    }
    for (size_t i = 0; i < m->names.n; i++)
        if (!strcmp(m->names.v[i], norm))
            return;
    if (m->names.n >= MDSHM_MAX_NAMES) {
        mdshm__cfg_error(p, "%s: MD '%s' has more than %d names", p->dname,
                         m->names.v[0], MDSHM_MAX_NAMES);
        return;
    }
    s = dup(p, norm);
    if (s && mdshm__strv_push(p->arena, &m->names, s, p->line, true) < 0)
        p->oom = true;
}

mdshm__md_build_t *mdshm__cfg_md_start(mdshm__parser_t *p, int argc,
                                       char **argv)
{
    mdshm__md_build_t *m;
    unsigned errors = p->n_errors;

    if (p->n_mds == p->cap_mds) {
        size_t cap = p->cap_mds ? 2 * p->cap_mds : 16;
        mdshm__md_build_t *v = realloc(p->mds, cap * sizeof(*v));

        if (!v) {
            p->oom = true;
            return NULL;
        }
        p->mds = v;
        p->cap_mds = cap;
    }
    m = &p->mds[p->n_mds++];
    memset(m, 0, sizeof(*m));
    m->line = p->line;
    for (int i = 0; i < argc && !p->oom; i++) {
        bool v;

        if (is_auto_manual(argv[i], &v)) {
            m->raw.s.members_auto = v;
            m->raw.set |= UINT64_C(1) << MDSHM__F_MEMBERS;
        } else {
            add_name(p, m, argv[i]);
        }
    }
    if (m->names.n == 0) {
        m->broken = true;
        if (p->n_errors == errors)
            mdshm__cfg_error(p, "%s needs at least one domain name",
                             p->dname);
    }
    return p->oom ? NULL : m;
}

/* An argv for a program: the command must be an absolute path. */
static void set_argv(mdshm__parser_t *p, int argc, char **argv,
                     mdshm__strv_t *out)
{
    if (argv[0][0] != '/') {
        bad_arg(p, argv[0],
                "the command must be an absolute path (it runs without a "
                "shell and without PATH)");
        return;
    }
    if (argc > MDSHM__MAX_CMD_WORDS) {
        mdshm__cfg_error(p, "%s: a command has at most %d words (%d given)",
                         p->dname, MDSHM__MAX_CMD_WORDS, argc);
        return;
    }
    if (mdshm__strv_from_args(p->arena, argc, argv, out) < 0)
        p->oom = true;
}

/* ------------------------------------------------------------------------
 * Handlers
 * ---------------------------------------------------------------------- */

static void h_mdomain(mdshm__parser_t *p, const directive_t *d, int argc,
                      char **argv)
{
    (void)d;
    mdshm__cfg_md_start(p, argc, argv);
}

static void h_members(mdshm__parser_t *p, const directive_t *d, int argc,
                      char **argv)
{
    bool v;

    (void)d;
    if (!p->md) {
        if (argc == 1 && is_auto_manual(argv[0], &v)) {
            p->global.s.members_auto = v;
            p->global.set |= UINT64_C(1) << MDSHM__F_MEMBERS;
        } else {
            mdshm__cfg_error(p, "%s outside <MDomain> takes one argument, "
                                "'auto' or 'manual'; names are added "
                                "inside <MDomain ...> only", p->dname);
        }
        return;
    }
    for (int i = 0; i < argc && !p->oom; i++) {
        if (is_auto_manual(argv[i], &v)) {
            p->md->raw.s.members_auto = v;
            p->md->raw.set |= UINT64_C(1) << MDSHM__F_MEMBERS;
        } else {
            add_name(p, p->md, argv[i]);
        }
    }
}

static void h_ca(mdshm__parser_t *p, const directive_t *d, int argc,
                 char **argv)
{
    const char **urls = NULL;

    (void)d;
    if (argc > MDSHM_MAX_LIST) {
        mdshm__cfg_error(p, "%s: at most %d CAs", p->dname, MDSHM_MAX_LIST);
        return;
    }
    urls = mdshm__arena_alloc(p->arena, ((size_t)argc + 1) * sizeof(*urls));
    if (!urls) {
        p->oom = true;
        return;
    }
    for (int i = 0; i < argc; i++) {
        const char *url = NULL;
        const char *err = mdshm__parse_ca(argv[i], &url);

        if (err) {
            bad_arg(p, argv[i], err);
            return;
        }
        urls[i] = url == argv[i] ? dup(p, url) : url;
        if (!urls[i])
            return;
    }
    cur_raw(p)->s.ca_urls.n = (size_t)argc;
    cur_raw(p)->s.ca_urls.v = urls;
}

static void h_agreement(mdshm__parser_t *p, const directive_t *d, int argc,
                        char **argv)
{
    (void)d;
    (void)argc;
    if (!strcasecmp(argv[0], "accepted")) {
        cur_raw(p)->s.ca_agreement = "accepted";
        return;
    }
    if (mdshm__check_url(argv[0])) {
        bad_arg(p, argv[0], "expected 'accepted' or the URL of the CA's "
                            "terms of service");
        return;
    }
    cur_raw(p)->s.ca_agreement = dup(p, argv[0]);
}

static void h_contact(mdshm__parser_t *p, const directive_t *d, int argc,
                      char **argv)
{
    const char *err = mdshm__check_email(argv[0]);
    const char **v;
    char *s;
    size_t n;

    (void)d;
    (void)argc;
    if (err) {
        bad_arg(p, argv[0], err);
        return;
    }
    n = strlen(argv[0]) + 8;
    v = mdshm__arena_alloc(p->arena, 2 * sizeof(*v));
    s = mdshm__arena_alloc(p->arena, n);
    if (!v || !s) {
        p->oom = true;
        return;
    }
    if (!strncasecmp(argv[0], "mailto:", 7))
        snprintf(s, n, "mailto:%s", argv[0] + 7);
    else
        snprintf(s, n, "mailto:%s", argv[0]);
    v[0] = s;
    cur_raw(p)->s.contacts.n = 1;
    cur_raw(p)->s.contacts.v = v;
}

static void h_proto(mdshm__parser_t *p, const directive_t *d, int argc,
                    char **argv)
{
    (void)d;
    (void)argc;
    if (strcasecmp(argv[0], "ACME")) {
        bad_arg(p, argv[0], "only 'ACME' is supported");
        return;
    }
    cur_raw(p)->s.ca_proto = "ACME";
}

static void h_renew_mode(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    const char *s = argv[0];
    mdshm__renew_mode_t m;

    (void)d;
    (void)argc;
    if (!strcasecmp(s, "auto") || !strcasecmp(s, "automatic"))
        m = MDSHM__RENEW_AUTO;
    else if (!strcasecmp(s, "always"))
        m = MDSHM__RENEW_ALWAYS;
    else if (!strcasecmp(s, "manual") || !strcasecmp(s, "stick"))
        m = MDSHM__RENEW_MANUAL;
    else {
        bad_arg(p, s, "expected 'auto', 'always' or 'manual' (aliases "
                      "'automatic', 'stick')");
        return;
    }
    cur_raw(p)->s.renew_mode = m;
}

static void h_pkeys(mdshm__parser_t *p, const directive_t *d, int argc,
                    char **argv)
{
    const char **specs;
    size_t n = 0;

    (void)d;
    specs = mdshm__arena_alloc(p->arena, ((size_t)argc + 1) * sizeof(*specs));
    if (!specs) {
        p->oom = true;
        return;
    }
    if (!strcasecmp(argv[0], "Default")) {
        if (argc > 1) {
            mdshm__cfg_error(p, "%s: 'Default' allows no other argument",
                             p->dname);
            return;
        }
        specs[n++] = "rsa2048";
    } else {
        for (int i = 0; i < argc; i++) {
            const char *spec = NULL;
            bool used = false;
            const char *err = mdshm__parse_key_spec(
                argv[i], i + 1 < argc ? argv[i + 1] : NULL, &spec, &used);

            if (err) {
                bad_arg(p, used ? argv[i + 1] : argv[i], err);
                return;
            }
            for (size_t j = 0; j < n; j++) {
                if (!strcmp(specs[j], spec) ||
                    (!strncmp(specs[j], "rsa", 3) && !strncmp(spec, "rsa", 3))) {
                    mdshm__cfg_error(p, "%s: two keys of type '%s' are not "
                                        "possible", p->dname,
                                     !strncmp(spec, "rsa", 3) ? "RSA" : spec);
                    return;
                }
            }
            specs[n++] = spec;
            if (used)
                i++;
        }
    }
    specs[n] = NULL;
    cur_raw(p)->s.key_specs.n = n;
    cur_raw(p)->s.key_specs.v = specs;
}

static void h_window(mdshm__parser_t *p, const directive_t *d, int argc,
                     char **argv)
{
    mdshm__window_t w;
    const char *err = mdshm__parse_window(argv[0], &w);

    (void)argc;
    if (err) {
        bad_arg(p, argv[0], err);
        return;
    }
    *(mdshm__window_t *)set_ptr(p, d) = w;
}

static void h_on_off_s(mdshm__parser_t *p, const directive_t *d, int argc,
                       char **argv)
{
    bool v;
    const char *err = mdshm__parse_on_off(argv[0], &v);

    (void)argc;
    if (err) {
        bad_arg(p, argv[0], err);
        return;
    }
    *(bool *)set_ptr(p, d) = v;
}

static void h_on_off_g(mdshm__parser_t *p, const directive_t *d, int argc,
                       char **argv)
{
    bool v;
    const char *err = mdshm__parse_on_off(argv[0], &v);

    (void)argc;
    if (err) {
        bad_arg(p, argv[0], err);
        return;
    }
    *(bool *)glob_ptr(p, d) = v;
}

static bool duration_arg(mdshm__parser_t *p, const directive_t *d,
                         const char *arg, int64_t *ms)
{
    const char *err = mdshm__parse_duration(arg, d->unit, ms);

    if (err) {
        bad_arg(p, arg, err);
        return false;
    }
    if (*ms < d->min_ms) {
        char buf[MDSHM__FMT_SIZE];
        mdshm__cfg_error(p, "%s: invalid argument %s: must be at least %s",
                         p->dname, mdshm__cfg_q(p, arg),
                         mdshm__config_fmt_duration(d->min_ms, buf,
                                                    sizeof(buf)));
        return false;
    }
    return true;
}

static void h_duration_g(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    int64_t ms;

    (void)argc;
    if (duration_arg(p, d, argv[0], &ms))
        *(int64_t *)glob_ptr(p, d) = ms;
}

/* A size in bytes, "k" or "M" suffixed, at least @d->min_ms bytes. */
static void h_size_g(mdshm__parser_t *p, const directive_t *d, int argc,
                     char **argv)
{
    char *end;
    unsigned long long v;
    int64_t mult = 1;

    (void)argc;
    errno = 0;
    v = strtoull(argv[0], &end, 10);
    if (end != argv[0] && (*end == 'k' || *end == 'K'))
        mult = 1024, end++;
    else if (end != argv[0] && (*end == 'm' || *end == 'M'))
        mult = 1024 * 1024, end++;
    if (end == argv[0] || *end || errno || !isdigit((unsigned char)argv[0][0]) ||
        v > (unsigned long long)(INT64_MAX / 1024 / 1024) ||
        (int64_t)v * mult < d->min_ms) {
        bad_arg(p, argv[0], "expected a size in bytes (k or M suffix), "
                            "at least 1k");
        return;
    }
    *(int64_t *)glob_ptr(p, d) = (int64_t)v * mult;
}

static void h_duration_s(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    int64_t ms;

    (void)argc;
    if (duration_arg(p, d, argv[0], &ms))
        *(int64_t *)set_ptr(p, d) = ms;
}

/* A non-empty string setting; "none" (if @d->unit is "none") unsets. */
static void h_string_s(mdshm__parser_t *p, const directive_t *d, int argc,
                       char **argv)
{
    const char **dst = set_ptr(p, d);

    (void)argc;
    if (!argv[0][0] || !printable(argv[0])) {
        bad_arg(p, argv[0], "expected a non-empty value without control "
                            "characters");
        return;
    }
    if (d->unit && !strcasecmp(argv[0], d->unit)) {
        *dst = NULL;
        return;
    }
    *dst = dup(p, argv[0]);
}

static void h_port_map(mdshm__parser_t *p, const directive_t *d, int argc,
                       char **argv)
{
    (void)d;
    for (int i = 0; i < argc; i++) {
        const char *s = argv[i], *colon = strchr(s, ':');
        size_t n = colon ? (size_t)(colon - s) : 0;
        int pub, local = 0;

        if (!colon)
            goto bad;
        if ((n == 4 && !strncasecmp(s, "http", 4)) ||
            (n == 2 && !strncmp(s, "80", 2)))
            pub = 80;
        else if ((n == 5 && !strncasecmp(s, "https", 5)) ||
                 (n == 3 && !strncmp(s, "443", 3)))
            pub = 443;
        else
            goto bad;
        if (!strcmp(colon + 1, "-")) {
            local = 0;
        } else {
            const char *q = colon + 1;
            if (!*q || strlen(q) > 5)
                goto bad;
            for (; *q; q++) {
                if (!isdigit((unsigned char)*q))
                    goto bad;
                local = local * 10 + (*q - '0');
            }
            if (local < 1 || local > 65535)
                goto bad;
        }
        if (pub == 80)
            p->cfg->global.port_http = local;
        else
            p->cfg->global.port_https = local;
        continue;
    bad:
        bad_arg(p, s, "expected http:PORT or https:PORT (also 80:PORT, "
                      "443:PORT), PORT 1-65535 or '-' for not reachable");
        return;
    }
}

static void h_challenges(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    static const char *const known[] = {"http-01", "tls-alpn-01", "dns-01"};
    const char **v;

    (void)d;
    v = mdshm__arena_alloc(p->arena, ((size_t)argc + 1) * sizeof(*v));
    if (!v) {
        p->oom = true;
        return;
    }
    for (int i = 0; i < argc; i++) {
        v[i] = NULL;
        for (size_t k = 0; k < sizeof(known) / sizeof(known[0]); k++)
            if (!strcasecmp(argv[i], known[k]))
                v[i] = known[k];
        if (!v[i]) {
            bad_arg(p, argv[i], "expected challenge types: http-01, "
                                "tls-alpn-01, dns-01");
            return;
        }
        for (int j = 0; j < i; j++) {
            if (v[j] == v[i]) {
                mdshm__cfg_error(p, "%s: %s is listed twice", p->dname,
                                 v[i]);
                return;
            }
        }
    }
    v[argc] = NULL;
    cur_raw(p)->s.challenges.n = (size_t)argc;
    cur_raw(p)->s.challenges.v = v;
}

static void h_dns01(mdshm__parser_t *p, const directive_t *d, int argc,
                    char **argv)
{
    (void)d;
    set_argv(p, argc, argv, &cur_raw(p)->s.dns01_cmd);
}

static void h_cmd_g(mdshm__parser_t *p, const directive_t *d, int argc,
                    char **argv)
{
    set_argv(p, argc, argv, glob_ptr(p, d));
}

static void h_dns01_version(mdshm__parser_t *p, const directive_t *d,
                            int argc, char **argv)
{
    (void)d;
    (void)argc;
    if (strcmp(argv[0], "1") && strcmp(argv[0], "2")) {
        bad_arg(p, argv[0], "expected 1 or 2");
        return;
    }
    p->cfg->global.dns01_version = argv[0][0] - '0';
}

static void h_store_dir(mdshm__parser_t *p, const directive_t *d, int argc,
                        char **argv)
{
    (void)d;
    (void)argc;
    if (!argv[0][0] || !printable(argv[0])) {
        bad_arg(p, argv[0], "expected a directory");
        return;
    }
    p->cfg->global.store_dir = dup(p, argv[0]);
    p->store_dir_line = p->line;
}

static void h_include(mdshm__parser_t *p, const directive_t *d, int argc,
                      char **argv)
{
    (void)argc;
    mdshm__cfg_include(p, argv[0], !strcmp(d->name, "IncludeOptional"));
}

/* MDExportDir: an absolute directory, or "none". */
static void h_export_dir(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    if (argv[0][0] != '/' && strcasecmp(argv[0], "none")) {
        bad_arg(p, argv[0], "expected an absolute directory or none");
        return;
    }
    h_string_s(p, d, argc, argv);
}

static void h_static_file(mdshm__parser_t *p, const directive_t *d, int argc,
                          char **argv)
{
    mdshm__strv_build_t *b = !strcmp(d->name, "MDCertificateFile")
                                 ? &p->md->certs
                                 : &p->md->keys;
    char *s;

    (void)argc;
    if (!argv[0][0] || !printable(argv[0])) {
        bad_arg(p, argv[0], "expected a file name");
        return;
    }
    if (b->n >= MDSHM_MAX_LIST) {
        mdshm__cfg_error(p, "%s: at most %d per MD", p->dname,
                         MDSHM_MAX_LIST);
        return;
    }
    s = dup(p, argv[0]);
    if (s && mdshm__strv_push(p->arena, b, s, p->line, true) < 0)
        p->oom = true;
}

static void h_url_s(mdshm__parser_t *p, const directive_t *d, int argc,
                    char **argv)
{
    const char *err = mdshm__check_url(argv[0]);

    (void)argc;
    if (err && strchr(argv[0], '@')) /* user:password@: not shown */
        mdshm__cfg_error(p, "%s: invalid argument (not shown: it has user "
                            "information, maybe a password): %s",
                         p->dname, err);
    else if (err)
        bad_arg(p, argv[0], err);
    if (err)
        return;
    *(const char **)set_ptr(p, d) = dup(p, argv[0]);
}

static bool base64url(const char *s)
{
    size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                         "0123456789-_");

    if (n == 0)
        return false;
    return strspn(s + n, "=") == strlen(s + n) && strlen(s + n) <= 2;
}

/* The JSON file form of MDExternalAccountBinding: {"kid":..,"hmac":..}. */
static void eab_file(mdshm__parser_t *p, const char *path)
{
    uint8_t *buf = NULL;
    size_t len = 0;
    json_t *js = NULL;
    json_error_t jerr;
    const char *kid, *hmac;
    int rv;

    rv = mdshm__read_file(path, EAB_FILE_MAX, &buf, &len);
    if (rv < 0) {
        /* The argument is not shown: "KID HMAC" quoted as one, or the
         * HMAC key alone, lands here and must not reach a log. */
        mdshm__cfg_error(p, "%s: cannot read the JSON file given as the "
                            "only argument (%s%s); expected KID HMAC as "
                            "two arguments, a JSON file or 'none' (the "
                            "argument is not shown: it may hold the key)",
                         p->dname, mdshm_strerror(rv),
                         rv == MDSHM_EBADINPUT ? ": not a regular file"
                                               : "");
        return;
    }
    js = json_loadb((const char *)buf, len, 0, &jerr);
    OPENSSL_cleanse(buf, len);
    free(buf);
    kid = js ? json_string_value(json_object_get(js, "kid")) : NULL;
    hmac = js ? json_string_value(json_object_get(js, "hmac")) : NULL;
    if (!kid || !*kid || !hmac || !*hmac) {
        mdshm__cfg_error(p, "%s: %s is not a JSON object with the strings "
                            "\"kid\" and \"hmac\"", p->dname,
                         mdshm__cfg_q(p, path));
        goto out;
    }
    if (!printable(kid) || !base64url(hmac)) {
        mdshm__cfg_error(p, "%s: %s: the kid must be printable and the "
                            "hmac base64url", p->dname,
                         mdshm__cfg_q(p, path));
        goto out;
    }
    cur_raw(p)->s.eab_kid = dup(p, kid);
    cur_raw(p)->s.eab_hmac = dup(p, hmac);
out:
    json_decref(js);
}

static void h_eab(mdshm__parser_t *p, const directive_t *d, int argc,
                  char **argv)
{
    (void)d;
    if (argc == 1) {
        if (!strcasecmp(argv[0], "none")) {
            cur_raw(p)->s.eab_kid = NULL;
            cur_raw(p)->s.eab_hmac = NULL;
            return;
        }
        if (!argv[0][0]) {
            bad_arg(p, argv[0], "expected KID HMAC, a JSON file or 'none'");
            return;
        }
        eab_file(p, argv[0]);
        return;
    }
    if (!argv[0][0] || !printable(argv[0])) {
        bad_arg(p, argv[0], "expected a key identifier");
        return;
    }
    if (!base64url(argv[1])) {
        /* never echo the secret */
        mdshm__cfg_error(p, "%s: invalid HMAC key: expected base64url "
                            "(A-Z a-z 0-9 - _)", p->dname);
        return;
    }
    cur_raw(p)->s.eab_kid = dup(p, argv[0]);
    cur_raw(p)->s.eab_hmac = dup(p, argv[1]);
}

static void h_retry_failover(mdshm__parser_t *p, const directive_t *d,
                             int argc, char **argv)
{
    const char *s = argv[0];
    unsigned long v = 0;

    (void)d;
    (void)argc;
    if (!*s || strlen(s) > 9 || strspn(s, "0123456789") != strlen(s) ||
        (v = strtoul(s, NULL, 10)) < 1) {
        bad_arg(p, s, "expected a whole number of at least 1");
        return;
    }
    p->cfg->global.retry_failover = (unsigned)v;
}

static void h_require_https(mdshm__parser_t *p, const directive_t *d,
                            int argc, char **argv)
{
    const char *s = argv[0];

    (void)d;
    (void)argc;
    if (!strcasecmp(s, "off"))
        cur_raw(p)->s.require_https = MDSHM__HTTPS_OFF;
    else if (!strcasecmp(s, "temporary"))
        cur_raw(p)->s.require_https = MDSHM__HTTPS_TEMPORARY;
    else if (!strcasecmp(s, "permanent"))
        cur_raw(p)->s.require_https = MDSHM__HTTPS_PERMANENT;
    else
        bad_arg(p, s, "expected 'off', 'temporary' or 'permanent'");
}

static void h_cert_check(mdshm__parser_t *p, const directive_t *d, int argc,
                         char **argv)
{
    const char *err = mdshm__check_url(argv[1]);

    (void)d;
    (void)argc;
    if (!argv[0][0] || !printable(argv[0])) {
        bad_arg(p, argv[0], "expected a name");
        return;
    }
    if (err) {
        bad_arg(p, argv[1], err);
        return;
    }
    p->cfg->global.cert_check_name = dup(p, argv[0]);
    p->cfg->global.cert_check_url = dup(p, argv[1]);
}

static void h_store_locks(mdshm__parser_t *p, const directive_t *d, int argc,
                          char **argv)
{
    mdshm__config_global_t *g = &p->cfg->global;
    bool v;
    int64_t ms;

    (void)d;
    (void)argc;
    if (!mdshm__parse_on_off(argv[0], &v)) {
        g->store_locks = v;
        return;
    }
    if (mdshm__parse_duration(argv[0], "s", &ms)) {
        bad_arg(p, argv[0], "expected 'on', 'off' or a duration (e.g. 5s)");
        return;
    }
    g->store_locks = ms > 0;
    if (ms > 0)
        g->store_lock_wait_ms = ms;
}

static void h_match_names(mdshm__parser_t *p, const directive_t *d, int argc,
                          char **argv)
{
    (void)d;
    (void)argc;
    if (!strcasecmp(argv[0], "all"))
        p->cfg->global.match_names = MDSHM__MATCH_ALL;
    else if (!strcasecmp(argv[0], "servernames"))
        p->cfg->global.match_names = MDSHM__MATCH_SERVERNAMES;
    else
        bad_arg(p, argv[0], "expected 'all' or 'servernames'");
}

/* ------------------------------------------------------------------------
 * Cluster mode on etcd: the MDCluster* directives (docs/cluster.md,
 * "Configuration"), each checked as it is read and all together once the
 * file is read (what needs what).  The drive acts on them
 * (core/drive/drive_cluster.c).
 * ---------------------------------------------------------------------- */

#define MIN_LEASE_TTL (2 * MS_SECOND) /* etcd raises anything lower */
/* MDClusterTimeout's bounds.  The commit hook holds LMDB's writer lock for
 * one etcd request (a write is never retried on another member): the
 * host leader's heartbeat waits for that lock, and another process
 * deposes it once the heartbeat is 10 s old.  Half of that leaves room
 * for the write itself; below 100 ms a loaded etcd times out constantly. */
#define MIN_ETCD_TIMEOUT 100
#define MAX_ETCD_TIMEOUT (5 * MS_SECOND)

static mdshm__cluster_config_t *cl(mdshm__parser_t *p)
{
    return &p->cfg->global.cluster;
}

/* An etcd member's client URL: http(s)://HOST[:PORT][/], nothing more
 * (the client adds /v3/...; credentials have directives of their own). */
static const char *endpoint_error(const char *s)
{
    const char *err = mdshm__check_url(s), *host, *end;

    if (err)
        return err;
    host = s + (strncasecmp(s, "https://", 8) ? 7 : 8);
    end = host + strcspn(host, "/?#");
    if (memchr(host, '@', (size_t)(end - host)))
        return "user information in the URL is refused: use MDClusterUser "
               "and MDClusterPasswordFile";
    if (*end && strcmp(end, "/"))
        return "an etcd endpoint is scheme, host and port only (no path, "
               "query or fragment)";
    return NULL;
}

static void endpoints(mdshm__parser_t *p, int argc, char **argv)
{
    mdshm__strv_build_t b = {0};

    for (int i = 0; i < argc; i++) {
        const char *err = endpoint_error(argv[i]);
        if (err && strchr(argv[i], '@')) { /* may hold a password */
            mdshm__cfg_error(p, "%s: invalid argument (not shown: it has "
                                "user information): %s", p->dname, err);
            return;
        }
        if (err) {
            bad_arg(p, argv[i], err);
            return;
        }
        for (int j = 0; j < i; j++)
            if (!strcasecmp(argv[i], argv[j])) {
                bad_arg(p, argv[i], "named twice");
                return;
            }
        if (strncasecmp(argv[i], argv[0], 5)) {
            mdshm__cfg_error(p, "%s: %s and %s: the members must be all "
                                "http: or all https:", p->dname,
                             mdshm__cfg_q(p, argv[0]),
                             mdshm__cfg_q(p, argv[i]));
            return;
        }
    }
    for (int i = 0; i < argc && !p->oom; i++) {
        const char *s = dup(p, argv[i]);
        if (s && mdshm__strv_push(p->arena, &b, s, 0, false) < 0)
            p->oom = true;
    }
    if (!p->oom) {
        cl(p)->endpoints = mdshm__strv_get(&b);
        p->endpoints_line = p->line;
    }
}

/* A file the client reads: an absolute path (the drive's working
 * directory is not the configuration's). */
static void file(mdshm__parser_t *p, const char *arg, const char **dst)
{
    if (arg[0] != '/') {
        bad_arg(p, arg, "expected an absolute path");
        return;
    }
    for (const char *s = arg; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f) {
            bad_arg(p, arg, "control characters in a path");
            return;
        }
    *dst = dup(p, arg);
}

/* Host ids name etcd keys (hosts/<id>) and status lines. */
static bool host_id_ok(const char *s)
{
    size_t n = strlen(s);

    return n > 0 && n <= MDSHM__CLUSTER_MAX_HOST_ID &&
           strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                     "0123456789.-_") == n;
}

static bool user_ok(const char *s)
{
    size_t n = strlen(s);

    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0x7f)
            return false;
    return n > 0 && n <= 128;
}

static void lease_ttl(mdshm__parser_t *p, const char *arg)
{
    int64_t ms;
    const char *err = mdshm__parse_duration(arg, "s", &ms);

    if (err) {
        bad_arg(p, arg, err);
        return;
    }
    if (ms < MIN_LEASE_TTL) {
        bad_arg(p, arg, "must be at least 2s (etcd raises a shorter lease to 2s "
                    "silently)");
        return;
    }
    if (ms % MS_SECOND) {
        bad_arg(p, arg, "etcd counts lease TTLs in whole seconds");
        return;
    }
    cl(p)->lease_ttl_ms = ms;
}

static void etcd_timeout(mdshm__parser_t *p, const char *arg)
{
    int64_t ms;
    const char *err = mdshm__parse_duration(arg, "s", &ms);

    if (err) {
        bad_arg(p, arg, err);
        return;
    }
    if (ms < MIN_ETCD_TIMEOUT) {
        bad_arg(p, arg, "must be at least 100ms");
        return;
    }
    if (ms > MAX_ETCD_TIMEOUT) {
        bad_arg(p, arg, "must be at most 5s: a cluster write holds the "
                    "store's writer lock for one etcd request, and the "
                    "host leader's heartbeat, which waits for that lock, "
                    "goes stale after 10s");
        return;
    }
    cl(p)->timeout_ms = ms;
}

void mdshm__cfg_cluster(mdshm__parser_t *p, const char *name, int argc,
                        char **argv)
{
    mdshm__cluster_config_t *c = cl(p);
    const char *what = name + strlen("MDCluster");

    if (!p->cluster_line)
        p->cluster_line = p->line;
    if (!strcmp(what, "Endpoints"))
        endpoints(p, argc, argv);
    else if (!strcmp(what, "Prefix")) {
        if (mdshm__cluster_prefix_check(argv[0]) < 0)
            bad_arg(p, argv[0], "expected 1 to 200 printable characters without "
                            "spaces, starting and ending with '/' (default "
                            "/mdshm/)");
        else
            c->prefix = dup(p, argv[0]);
    } else if (!strcmp(what, "CACertificateFile"))
        file(p, argv[0], &c->ca_file);
    else if (!strcmp(what, "CertificateFile"))
        file(p, argv[0], &c->cert_file);
    else if (!strcmp(what, "KeyFile"))
        file(p, argv[0], &c->key_file);
    else if (!strcmp(what, "PasswordFile"))
        file(p, argv[0], &c->password_file);
    else if (!strcmp(what, "KeyEncryptionFile"))
        file(p, argv[0], &c->kek_file);
    else if (!strcmp(what, "LeaseTTL"))
        lease_ttl(p, argv[0]);
    else if (!strcmp(what, "Timeout"))
        etcd_timeout(p, argv[0]);
    else if (!strcmp(what, "User")) {
        if (!user_ok(argv[0]))
            bad_arg(p, argv[0], "expected an etcd user name (printable, no "
                            "spaces, at most 128 bytes)");
        else
            c->user = dup(p, argv[0]);
    } else if (!strcmp(what, "HostId")) {
        if (!host_id_ok(argv[0]))
            bad_arg(p, argv[0], "expected 1 to 64 letters, digits, '.', '-' or "
                            "'_'");
        else
            c->host_id = dup(p, argv[0]);
    }
}

/* Both or neither of two directives. */
static void pair(mdshm__parser_t *p, const char *a, const void *va,
                 const char *b, const void *vb)
{
    if (!va != !vb)
        mdshm__cfg_error_at(p, p->cluster_line, "%s needs %s", va ? a : b,
                            va ? b : a);
}

void mdshm__cfg_cluster_check(mdshm__parser_t *p)
{
    mdshm__cluster_config_t *c = cl(p);
    struct utsname u;
    const char *host;
    bool https;

    if (!p->cluster_line)
        return;
    if (!c->endpoints.n) {
        mdshm__cfg_error_at(p, p->cluster_line,
                            "MDCluster* directives without "
                            "MDClusterEndpoints: name the etcd members, or "
                            "remove them (cluster mode is off)");
        return;
    }
    if (!c->kek_file)
        mdshm__cfg_error_at(p, p->endpoints_line,
                            "MDClusterEndpoints needs "
                            "MDClusterKeyEncryptionFile: the key that seals "
                            "what the hosts share in etcd (docs/cluster.md, "
                            "\"Encryption\")");
    pair(p, "MDClusterCertificateFile", c->cert_file, "MDClusterKeyFile",
         c->key_file);
    pair(p, "MDClusterUser", c->user, "MDClusterPasswordFile",
         c->password_file);
    https = !strncasecmp(c->endpoints.v[0], "https:", 6);
    if (!https && (c->ca_file || c->cert_file || c->key_file))
        mdshm__cfg_error_at(p, p->endpoints_line,
                            "MDClusterCACertificateFile, "
                            "MDClusterCertificateFile and MDClusterKeyFile "
                            "need https: endpoints");
    if (!c->host_id) {
        host = uname(&u) == 0 ? u.nodename : "";
        if (!host_id_ok(host))
            mdshm__cfg_error_at(p, p->endpoints_line,
                                "this host's name '%.64s' is no valid "
                                "cluster host id: set MDClusterHostId "
                                "(letters, digits, '.', '-', '_')", host);
        else
            c->host_id = dup(p, host);
    }
}

static void h_cluster(mdshm__parser_t *p, const directive_t *d, int argc,
                      char **argv)
{
    mdshm__cfg_cluster(p, d->name, argc, argv);
}

/* ------------------------------------------------------------------------
 * The table
 * ---------------------------------------------------------------------- */

#define F(x) MDSHM__F_##x
#define S(m) offsetof(mdshm__md_settings_t, m)
#define G(m) offsetof(mdshm__config_global_t, m)

static const directive_t directives[] = {
    /* Managed domains */
    {"MDomain", CTX_G, 1, -1, h_mdomain, -1, 0, NULL, 0,
     "NAME... [auto|manual]"},
    {"MDMember", CTX_GMD, 1, -1, h_members, -1, 0, NULL, 0,
     "NAME... | auto|manual"},
    {"MDMembers", CTX_GMD, 1, -1, h_members, -1, 0, NULL, 0,
     "NAME... | auto|manual"},
    /* CA and account */
    {"MDCertificateAuthority", CTX_GMD, 1, -1, h_ca, F(CA_URLS), 0, NULL, 0,
     "URL|NAME..."},
    {"MDCertificateAgreement", CTX_GMD, 1, 1, h_agreement, F(AGREEMENT), 0,
     NULL, 0, "accepted|URL"},
    {"MDContactEmail", CTX_GMD, 1, 1, h_contact, F(CONTACTS), 0, NULL, 0,
     "ADDRESS"},
    {"MDCertificateProtocol", CTX_GMD, 1, 1, h_proto, F(PROTO), 0, NULL, 0,
     "ACME"},
    {"MDExternalAccountBinding", CTX_GMD, 1, 2, h_eab, F(EAB), 0, NULL, 0,
     "KID HMAC | JSON-FILE | none"},
    {"MDProfile", CTX_GMD, 1, 1, h_string_s, F(PROFILE), S(profile), NULL,
     0, "NAME"},
    {"MDProfileMandatory", CTX_GMD, 1, 1, h_on_off_s, F(PROFILE_MANDATORY),
     S(profile_mandatory), NULL, 0, "on|off"},
    {"MDPreferredChain", CTX_GMD, 1, 1, h_string_s, F(PREFERRED_CHAIN),
     S(preferred_chain), "none", 0, "ISSUER-CN-SUBSTRING|none"},
    /* Certificates */
    {"MDPrivateKeys", CTX_GMD, 1, -1, h_pkeys, F(KEY_SPECS), 0, NULL, 0,
     "TYPE [BITS]..."},
    {"MDMustStaple", CTX_GMD, 1, 1, h_on_off_s, F(MUST_STAPLE),
     S(must_staple), NULL, 0, "on|off"},
    {"MDCertificateFile", CTX_MD, 1, 1, h_static_file, -1, 0, NULL, 0,
     "FILE"},
    {"MDCertificateKeyFile", CTX_MD, 1, 1, h_static_file, -1, 0, NULL, 0,
     "FILE"},
    /* Renewal */
    {"MDRenewMode", CTX_GMD, 1, 1, h_renew_mode, F(RENEW_MODE), 0, NULL, 0,
     "auto|always|manual"},
    {"MDDriveMode", CTX_GMD, 1, 1, h_renew_mode, F(RENEW_MODE), 0, NULL, 0,
     "auto|always|manual"},
    {"MDRenewWindow", CTX_GMD, 1, 1, h_window, F(RENEW_WINDOW),
     S(renew_window), NULL, 0, "DURATION|PERCENT"},
    {"MDWarnWindow", CTX_GMD, 1, 1, h_window, F(WARN_WINDOW),
     S(warn_window), NULL, 0, "DURATION|PERCENT"},
    {"MDRenewViaARI", CTX_GMD, 1, 1, h_on_off_s, F(ARI), S(renew_via_ari),
     NULL, 0, "on|off"},
    {"MDRetryDelay", CTX_G, 1, 1, h_duration_g, -1, G(retry_delay_ms), "s",
     0, "DURATION"},
    {"MDRetryFailover", CTX_G, 1, 1, h_retry_failover, -1, 0, NULL, 0, "N"},
    {"MDCheckInterval", CTX_G, 1, 1, h_duration_g, -1, G(check_interval_ms),
     "s", 1000, "DURATION"},
    {"MDInitialDelay", CTX_G, 1, 1, h_duration_g, -1, G(initial_delay_ms),
     "s", 0, "DURATION"},
    {"MDActivationDelay", CTX_G, 1, 1, h_duration_g, -1,
     G(activation_delay_ms), "d", 0, "DURATION"},
    /* Challenges */
    {"MDCAChallenges", CTX_GMD, 1, -1, h_challenges, F(CHALLENGES), 0, NULL,
     0, "TYPE..."},
    {"MDChallengeDns01", CTX_GMD, 1, -1, h_dns01, F(DNS01), 0, NULL, 0,
     "COMMAND [ARG...]"},
    {"MDChallengeDns01Version", CTX_G, 1, 1, h_dns01_version, -1, 0, NULL, 0,
     "1|2"},
    {"MDPortMap", CTX_G, 1, 2, h_port_map, -1, 0, NULL, 0,
     "http:PORT|- [https:PORT|-]"},
    /* Network */
    {"MDHttpProxy", CTX_GMD, 1, 1, h_url_s, F(PROXY), S(http_proxy), NULL, 0,
     "URL"},
    {"MDCACertificateFile", CTX_GMD, 1, 1, h_string_s, F(CA_FILE),
     S(ca_file), "none", 0, "FILE|none"},
    {"MDHttpProxyCACertificateFile", CTX_GMD, 1, 1, h_string_s,
     F(PROXY_CA_FILE), S(proxy_ca_file), "none", 0, "FILE|none"},
    /* Other files (config_include.c) */
    {"Include", CTX_GMD, 1, 1, h_include, -1, 0, NULL, 0, "PATH|GLOB"},
    {"IncludeOptional", CTX_GMD, 1, 1, h_include, -1, 0, NULL, 0,
     "PATH|GLOB"},
    /* Store, programs */
    {"MDStoreDir", CTX_G, 1, 1, h_store_dir, -1, 0, NULL, 0, "DIRECTORY"},
    {"MDNotifyCmd", CTX_G, 1, -1, h_cmd_g, -1, G(notify_cmd), NULL, 0,
     "COMMAND [ARG...]"},
    {"MDMessageCmd", CTX_G, 1, -1, h_cmd_g, -1, G(message_cmd), NULL, 0,
     "COMMAND [ARG...]"},
    /* Certificates as files for other programs (mdshm's own) */
    {"MDExportDir", CTX_GMD, 1, 1, h_export_dir, F(EXPORT_DIR),
     S(export_dir), "none", 0, "DIRECTORY|none"},
    {"MDExportCmd", CTX_G, 1, -1, h_cmd_g, -1, G(export_cmd), NULL, 0,
     "COMMAND [ARG...]"},
    /* OCSP stapling */
    {"MDStapling", CTX_GMD, 1, 1, h_on_off_s, F(STAPLING), S(stapling), NULL,
     0, "on|off"},
    {"MDStapleOthers", CTX_GMD, 1, 1, h_on_off_s, F(STAPLE_OTHERS),
     S(staple_others), NULL, 0, "on|off"},
    {"MDStaplingKeepResponse", CTX_GMD, 1, 1, h_duration_s, F(STAPLING_KEEP),
     S(stapling_keep_ms), "d", 0, "DURATION"},
    {"MDStaplingRenewWindow", CTX_GMD, 1, 1, h_window, F(STAPLING_WINDOW),
     S(stapling_renew_window), NULL, 0, "DURATION|PERCENT"},
    /* CRL checks of our own certificates (mdshm's own) */
    {"MDCRLCheck", CTX_GMD, 1, 1, h_on_off_s, F(CRL_CHECK), S(crl_check),
     NULL, 0, "on|off"},
    {"MDCRLUrl", CTX_GMD, 1, 1, h_url_s, F(CRL_URL), S(crl_url), NULL, 0,
     "URL"},
    {"MDCRLMaxSize", CTX_G, 1, 1, h_size_g, -1, G(crl_max_size), NULL, 1024,
     "BYTES[k|M]"},
    {"MDCRLInterval", CTX_G, 1, 1, h_duration_g, -1, G(crl_interval_ms), "s",
     1000, "DURATION"},
    /* Cluster mode on etcd (mdshm's own; docs/cluster.md) */
    {"MDClusterEndpoints", CTX_G, 1, MDSHM__CLUSTER_MAX_ENDPOINTS, h_cluster,
     -1, 0, NULL, 0, "URL..."},
    {"MDClusterPrefix", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0, "/PREFIX/"},
    {"MDClusterCACertificateFile", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "FILE"},
    {"MDClusterCertificateFile", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "FILE"},
    {"MDClusterKeyFile", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0, "FILE"},
    {"MDClusterUser", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0, "NAME"},
    {"MDClusterPasswordFile", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "FILE"},
    {"MDClusterKeyEncryptionFile", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "FILE"},
    {"MDClusterLeaseTTL", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "DURATION"},
    {"MDClusterHostId", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0, "ID"},
    {"MDClusterTimeout", CTX_G, 1, 1, h_cluster, -1, 0, NULL, 0,
     "DURATION"},
    /* mod_md directives for httpd features, stored for adapters */
    {"MDRequireHttps", CTX_GMD, 1, 1, h_require_https, F(REQUIRE_HTTPS), 0,
     NULL, 0, "off|temporary|permanent"},
    {"MDBaseServer", CTX_G, 1, 1, h_on_off_g, -1, G(base_server), NULL, 0,
     "on|off"},
    {"MDServerStatus", CTX_GMD, 1, 1, h_on_off_g, -1, G(server_status), NULL,
     0, "on|off"},
    {"MDCertificateStatus", CTX_GMD, 1, 1, h_on_off_g, -1,
     G(certificate_status), NULL, 0, "on|off"},
    {"MDCertificateCheck", CTX_GMD, 2, 2, h_cert_check, -1, 0, NULL, 0,
     "NAME URL"},
    {"MDStoreLocks", CTX_G, 1, 1, h_store_locks, -1, 0, NULL, 0,
     "on|off|DURATION"},
    {"MDMatchNames", CTX_G, 1, 1, h_match_names, -1, 0, NULL, 0,
     "all|servernames"},
};

void mdshm__cfg_directive(mdshm__parser_t *p, int argc, char **argv)
{
    const directive_t *d = NULL;
    unsigned before;
    int nargs = argc - 1;

    for (size_t i = 0; i < sizeof(directives) / sizeof(directives[0]); i++) {
        if (!strcasecmp(argv[0], directives[i].name)) {
            d = &directives[i];
            break;
        }
    }
    if (!d) {
        mdshm__cfg_error(p, "unknown directive %s",
                         mdshm__cfg_q(p, argv[0]));
        return;
    }
    p->dname = d->name;
    if (p->md && !(d->ctx & CTX_MD)) {
        mdshm__cfg_error(p, "%s is not allowed inside <%s> (%s): it "
                            "is a global directive", d->name,
                         p->sections[0].name,
                         mdshm__cfg_where(p, p->sections[0].line, p->line));
        return;
    }
    if (!p->md && !(d->ctx & CTX_G)) {
        mdshm__cfg_error(p, "%s is only allowed inside <MDomain ...>",
                         d->name);
        return;
    }
    if (nargs < d->min || (d->max >= 0 && nargs > d->max)) {
        if (d->min == d->max)
            mdshm__cfg_error(p, "%s takes %d argument%s, not %d; usage: "
                                "%s %s", d->name, d->min,
                             d->min == 1 ? "" : "s", nargs, d->name,
                             d->syntax);
        else if (nargs < d->min)
            mdshm__cfg_error(p, "%s needs at least %d argument%s; usage: "
                                "%s %s", d->name, d->min,
                             d->min == 1 ? "" : "s", d->name, d->syntax);
        else
            mdshm__cfg_error(p, "%s takes at most %d arguments, not %d; "
                                "usage: %s %s", d->name, d->max, nargs,
                             d->name, d->syntax);
        return;
    }
    before = p->n_errors;
    d->fn(p, d, nargs, argv + 1);
    if (p->n_errors == before && !p->oom && d->field >= 0)
        cur_raw(p)->set |= UINT64_C(1) << d->field;
}
