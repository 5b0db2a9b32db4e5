/* config_cluster.c -- the MDCluster* directives (cluster mode on etcd,
 * docs/cluster.md "Configuration"): each checked as it is read, and
 * together once the file is read (what needs what).  Accepted and
 * checked; the drive does not act on them yet. */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"
#include "cluster.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define MS_SECOND INT64_C(1000)
#define MIN_LEASE_TTL (2 * MS_SECOND) /* etcd raises anything lower */

static mdshm__cluster_config_t *cl(mdshm__parser_t *p)
{
    return &p->cfg->global.cluster;
}

static void bad(mdshm__parser_t *p, const char *arg, const char *why)
{
    mdshm__cfg_error(p, "%s: invalid argument %s: %s", p->dname,
                     mdshm__cfg_q(p, arg), why);
}

static const char *sdup(mdshm__parser_t *p, const char *s)
{
    char *r = mdshm__arena_strdup(p->arena, s);

    if (!r)
        p->oom = true;
    return r;
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
            bad(p, argv[i], err);
            return;
        }
        for (int j = 0; j < i; j++)
            if (!strcasecmp(argv[i], argv[j])) {
                bad(p, argv[i], "named twice");
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
        const char *s = sdup(p, argv[i]);
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
        bad(p, arg, "expected an absolute path");
        return;
    }
    for (const char *s = arg; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f) {
            bad(p, arg, "control characters in a path");
            return;
        }
    *dst = sdup(p, arg);
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
        bad(p, arg, err);
        return;
    }
    if (ms < MIN_LEASE_TTL) {
        bad(p, arg, "must be at least 2s (etcd raises a shorter lease to 2s "
                    "silently)");
        return;
    }
    if (ms % MS_SECOND) {
        bad(p, arg, "etcd counts lease TTLs in whole seconds");
        return;
    }
    cl(p)->lease_ttl_ms = ms;
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
            bad(p, argv[0], "expected 1 to 200 printable characters without "
                            "spaces, starting and ending with '/' (default "
                            "/mdshm/)");
        else
            c->prefix = sdup(p, argv[0]);
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
    else if (!strcmp(what, "User")) {
        if (!user_ok(argv[0]))
            bad(p, argv[0], "expected an etcd user name (printable, no "
                            "spaces, at most 128 bytes)");
        else
            c->user = sdup(p, argv[0]);
    } else if (!strcmp(what, "HostId")) {
        if (!host_id_ok(argv[0]))
            bad(p, argv[0], "expected 1 to 64 letters, digits, '.', '-' or "
                            "'_'");
        else
            c->host_id = sdup(p, argv[0]);
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
    char host[256];
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
        if (gethostname(host, sizeof(host)) < 0)
            host[0] = 0;
        host[sizeof(host) - 1] = 0;
        if (!host_id_ok(host))
            mdshm__cfg_error_at(p, p->endpoints_line,
                                "this host's name '%.64s' is no valid "
                                "cluster host id: set MDClusterHostId "
                                "(letters, digits, '.', '-', '_')", host);
        else
            c->host_id = sdup(p, host);
    }
}
