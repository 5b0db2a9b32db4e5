/* test_config.c -- mdshm.conf parsing (core/config_*.c): every directive
 * with a good and a bad argument, contexts, inheritance, defaults, MD
 * overlaps, names, syntax (quotes, continuations, comments, sections),
 * error lines and counts, the formatting helpers and the public API. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/config.h"

/* ------------------------------------------------------------------------
 * Log capture and helpers
 * ---------------------------------------------------------------------- */

#define MAX_MSGS 64

static struct {
    int n_err;                 /* messages at ERR or more severe */
    int n;                     /* messages kept in msg[] */
    char msg[MAX_MSGS][512];
    int err[MAX_MSGS];
    char all[65536];
} cap;

static void capture(void *baton, mdshm_log_level_t level, int err,
                    const char *file, int line, const char *msg)
{
    size_t used = strlen(cap.all);

    (void)baton;
    (void)file;
    (void)line;
    if (level <= MDSHM_LOG_ERR)
        cap.n_err++;
    if (cap.n < MAX_MSGS) {
        snprintf(cap.msg[cap.n], sizeof(cap.msg[0]), "%s", msg);
        cap.err[cap.n] = err;
        cap.n++;
    }
    snprintf(cap.all + used, sizeof(cap.all) - used, "%s\n", msg);
}

static void cap_reset(void)
{
    memset(&cap, 0, sizeof(cap));
}

static int setup(void **state)
{
    (void)state;
    cap_reset();
    mdshm_set_default_log(capture, NULL, MDSHM_LOG_TRACE);
    return 0;
}

static bool logged(const char *needle)
{
    return strstr(cap.all, needle) != NULL;
}

/* Parse @text as "t.conf"; must succeed without any message. */
static mdshm_config_t *ok_cfg(const char *text)
{
    mdshm_config_t *cfg = NULL;
    int rv;

    cap_reset();
    rv = mdshm_config_parse(text, strlen(text), "t.conf", &cfg);
    if (rv != 0 || cap.n_err != 0)
        fail_msg("config should parse (rv %d):\n%s\nmessages:\n%s", rv, text,
                 cap.all);
    assert_non_null(cfg);
    return cfg;
}

/* Parse @text; must fail with MDSHM_EBADINPUT, return nothing and log
 * @expect (if not NULL). */
static void bad_cfg(const char *text, const char *expect)
{
    mdshm_config_t *cfg = (mdshm_config_t *)&cap; /* must be cleared */
    int rv;

    cap_reset();
    rv = mdshm_config_parse(text, strlen(text), "t.conf", &cfg);
    if (rv != MDSHM_EBADINPUT || cfg != NULL || cap.n_err < 1)
        fail_msg("config should fail (rv %d, cfg %p, %d errors):\n%s\n"
                 "messages:\n%s", rv, (void *)cfg, cap.n_err, text, cap.all);
    if (expect && !logged(expect))
        fail_msg("expected message '%s' for:\n%s\ngot:\n%s", expect, text,
                 cap.all);
}

static const mdshm__config_md_t *md_at(const mdshm_config_t *cfg, size_t i)
{
    const mdshm__config_md_t *md = mdshm__config_md(cfg, i);

    assert_non_null(md);
    return md;
}

static void assert_strv(mdshm__strv_t v, const char *const *want)
{
    size_t n = 0;

    while (want[n])
        n++;
    assert_int_equal(v.n, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(v.v[i], want[i]);
    assert_null(v.v[n]);
}

#define STRV(...) ((const char *const[]){__VA_ARGS__, NULL})
#define IN_MD(x) "<MDomain a.example>\n" x "\n</MDomain>\n"

#define DAY_MS INT64_C(86400000)
#define HOUR_MS INT64_C(3600000)

/* ------------------------------------------------------------------------
 * Every directive: a good and a bad argument
 * ---------------------------------------------------------------------- */

/* The least a cluster needs: members and the key-encryption file. */
#define CL                                                                    \
    "MDClusterEndpoints http://e1:2379 http://e2:2379/\n"                     \
    "MDClusterKeyEncryptionFile /etc/mdshm/kek\n"
#define CLS                                                                   \
    "MDClusterEndpoints https://e1:2379\n"                                    \
    "MDClusterKeyEncryptionFile /etc/mdshm/kek\n"

struct tcase {
    const char *text;
    const char *err; /* NULL: must parse */
};

static const struct tcase directive_cases[] = {
    /* MDomain, sections, members */
    {"MDomain a.example www.a.example manual", NULL},
    {"MDomain a..example", "t.conf:1: MDomain: invalid domain name 'a..example'"},
    {"MDomain auto", "t.conf:1: MDomain needs at least one domain name"},
    {"<MDomainSet a.example b.example>\n</MDomainSet>", NULL},
    {"<MDomain a.example auto>\nMDMember www.a.example manual\n</MDomain>",
     NULL},
    {IN_MD("MDMember -x.example"),
     "t.conf:2: MDMember: invalid domain name '-x.example'"},
    {IN_MD("MDMembers www.a.example"), NULL},
    {"MDMembers manual", NULL},
    {"MDMembers a.example", "t.conf:1: MDMembers outside <MDomain> takes "
                            "one argument"},
    {"MDMember auto manual", "t.conf:1: MDMember outside <MDomain>"},
    /* CA and account */
    {"MDCertificateAuthority LetsEncrypt-Test https://ca.example/dir", NULL},
    {"MDCertificateAuthority ftp://ca.example/dir",
     "t.conf:1: MDCertificateAuthority: invalid argument "
     "'ftp://ca.example/dir': expected an ACME directory URL"},
    {"MDCertificateAuthority https://", "invalid argument 'https://'"},
    {"MDCertificateAgreement accepted", NULL},
    {"MDCertificateAgreement https://ca.example/tos.pdf", NULL},
    {"MDCertificateAgreement yes", "t.conf:1: MDCertificateAgreement: "
                                   "invalid argument 'yes'"},
    {"MDContactEmail admin@example.org", NULL},
    {"MDContactEmail admin", "t.conf:1: MDContactEmail: invalid argument "
                             "'admin': expected an e-mail address"},
    {"MDContactEmail a@b c@d", "t.conf:1: MDContactEmail takes 1 argument, "
                               "not 2"},
    {"MDCertificateProtocol ACME", NULL},
    {"MDCertificateProtocol tailscale", "only 'ACME' is supported"},
    {"MDExternalAccountBinding kid-1 c2VjcmV0LWtleQ", NULL},
    {"MDExternalAccountBinding none", NULL},
    {"MDExternalAccountBinding /nonexistent/eab.json",
     "t.conf:1: MDExternalAccountBinding: cannot read the JSON file given "
     "as the only argument (No such file or directory)"},
    /* "KID HMAC" quoted as one word: the key is never shown */
    {"MDExternalAccountBinding \"kid-1 c2VjcmV0LWtleQ\"",
     "(the argument is not shown: it may hold the key)"},
    {"MDExternalAccountBinding a b c", "takes at most 2 arguments, not 3"},
    {"MDProfile shortlived", NULL},
    {"MDProfile \"\"", "t.conf:1: MDProfile: invalid argument ''"},
    {"MDProfileMandatory on", NULL},
    {"MDProfileMandatory maybe", "expected 'on' or 'off'"},
    {"MDPreferredChain \"ISRG Root X1\"", NULL},
    {"MDPreferredChain none", NULL},
    {"MDPreferredChain ISRG Root X1", "t.conf:1: MDPreferredChain takes 1 "
                                      "argument, not 3"},
    /* certificates */
    {"MDPrivateKeys RSA 3072 secp256r1", NULL},
    {"MDPrivateKeys RSA 1024", "t.conf:1: MDPrivateKeys: invalid argument "
                               "'1024': RSA keys need at least 2048 bits"},
    {"MDPrivateKeys secp521r1", "invalid argument 'secp521r1': expected a "
                                "key type"},
    {"MDMustStaple on", NULL},
    {"MDMustStaple yes", "t.conf:1: MDMustStaple: invalid argument 'yes': "
                         "expected 'on' or 'off'"},
    {IN_MD("MDCertificateFile c.pem\nMDCertificateKeyFile k.pem"), NULL},
    {IN_MD("MDCertificateFile c.pem"),
     "t.conf:2: MD 'a.example': MDCertificateFile 'c.pem' has no matching "
     "MDCertificateKeyFile"},
    {IN_MD("MDCertificateKeyFile k.pem"),
     "t.conf:2: MD 'a.example': MDCertificateKeyFile 'k.pem' has no "
     "matching MDCertificateFile"},
    /* renewal */
    {"MDRenewMode always", NULL},
    {"MDRenewMode sometimes", "t.conf:1: MDRenewMode: invalid argument "
                              "'sometimes'"},
    {"MDDriveMode stick", NULL},
    {"MDDriveMode x", "MDDriveMode: invalid argument 'x'"},
    {"MDRenewWindow 30d", NULL},
    {"MDRenewWindow 100%", "t.conf:1: MDRenewWindow: invalid argument "
                           "'100%': a percentage must be below 100%"},
    {"MDWarnWindow 12.5%", NULL},
    {"MDWarnWindow 5x", "t.conf:1: MDWarnWindow: invalid argument '5x': "
                        "expected a duration"},
    {"MDRenewViaARI off", NULL},
    {"MDRenewViaARI 2", "MDRenewViaARI: invalid argument '2'"},
    {"MDRetryDelay 5s", NULL},
    {"MDRetryDelay -5s", "t.conf:1: MDRetryDelay: invalid argument '-5s': "
                         "a duration must not be negative"},
    {"MDRetryFailover 3", NULL},
    {"MDRetryFailover 0", "t.conf:1: MDRetryFailover: invalid argument '0': "
                          "expected a whole number of at least 1"},
    {"MDCheckInterval 1h", NULL},
    {"MDCheckInterval 500ms", "t.conf:1: MDCheckInterval: invalid argument "
                              "'500ms': must be at least 1s"},
    {"MDInitialDelay 10s", NULL},
    {"MDInitialDelay soon", "MDInitialDelay: invalid argument 'soon'"},
    {"MDActivationDelay 1d", NULL},
    {"MDActivationDelay 1.5d", "MDActivationDelay: invalid argument '1.5d'"},
    /* challenges */
    {"MDCAChallenges dns-01 HTTP-01", NULL},
    {"MDCAChallenges dns-02", "t.conf:1: MDCAChallenges: invalid argument "
                              "'dns-02': expected challenge types"},
    {"MDCAChallenges http-01 http-01", "http-01 is listed twice"},
    {"MDChallengeDns01 /usr/bin/dns-hook --zone example", NULL},
    {"MDChallengeDns01 dns-hook", "t.conf:1: MDChallengeDns01: invalid "
                                  "argument 'dns-hook': the command must be "
                                  "an absolute path"},
    {"MDChallengeDns01Version 2", NULL},
    {"MDChallengeDns01Version 3", "MDChallengeDns01Version: invalid "
                                  "argument '3': expected 1 or 2"},
    {"MDPortMap http:- https:8443", NULL},
    {"MDPortMap 80:8080", NULL},
    {"MDPortMap ftp:21", "t.conf:1: MDPortMap: invalid argument 'ftp:21'"},
    {"MDPortMap http:0", "MDPortMap: invalid argument 'http:0'"},
    {"MDPortMap http:65536", "MDPortMap: invalid argument 'http:65536'"},
    {"MDPortMap a b c", "MDPortMap takes at most 2 arguments, not 3"},
    /* network */
    {"MDHttpProxy http://proxy.example:3128", NULL},
    {"MDHttpProxy proxy.example:3128", "t.conf:1: MDHttpProxy: invalid "
                                       "argument 'proxy.example:3128'"},
    {"MDCACertificateFile /etc/ssl/ca.pem", NULL},
    {"MDCACertificateFile none", NULL},
    {"MDCACertificateFile \"\"", "MDCACertificateFile: invalid argument ''"},
    {"MDHttpProxyCACertificateFile /etc/ssl/proxy-ca.pem", NULL},
    {"MDHttpProxyCACertificateFile", "MDHttpProxyCACertificateFile takes 1 "
                                     "argument, not 0"},
    /* store, programs */
    {"MDStoreDir /var/lib/mdshm", NULL},
    {"MDStoreDir \"\"", "t.conf:1: MDStoreDir: invalid argument ''"},
    {"MDNotifyCmd /usr/local/bin/notify --all", NULL},
    {"MDNotifyCmd notify", "MDNotifyCmd: invalid argument 'notify'"},
    {"MDMessageCmd /usr/local/bin/message", NULL},
    {"MDMessageCmd", "MDMessageCmd needs at least 1 argument"},
    /* stapling */
    {"MDStapling on", NULL},
    {"MDStapling x", "MDStapling: invalid argument 'x'"},
    {"MDStapleOthers off", NULL},
    {"MDStapleOthers x", "MDStapleOthers: invalid argument 'x'"},
    {"MDStaplingKeepResponse 2d", NULL},
    {"MDStaplingKeepResponse 33%", "MDStaplingKeepResponse: invalid "
                                   "argument '33%'"},
    {"MDStaplingRenewWindow 50%", NULL},
    {"MDStaplingRenewWindow 2d", NULL},
    {"MDStaplingRenewWindow 120%", "a percentage must be below 100%"},
    /* mod_md's httpd-only directives, accepted */
    {"MDRequireHttps permanent", NULL},
    {"MDRequireHttps always", "MDRequireHttps: invalid argument 'always'"},
    {"MDBaseServer on", NULL},
    {"MDBaseServer x", "MDBaseServer: invalid argument 'x'"},
    {"MDServerStatus off", NULL},
    {"MDServerStatus x", "MDServerStatus: invalid argument 'x'"},
    {"MDCertificateStatus off", NULL},
    {"MDCertificateStatus x", "MDCertificateStatus: invalid argument 'x'"},
    {"MDCertificateCheck crt https://crt.example?q=", NULL},
    {"MDCertificateCheck crt", "MDCertificateCheck takes 2 arguments, not 1"},
    {"MDStoreLocks 5s", NULL},
    {"MDStoreLocks on", NULL},
    {"MDStoreLocks x", "MDStoreLocks: invalid argument 'x'"},
    {"MDMatchNames servernames", NULL},
    {"MDMatchNames x", "MDMatchNames: invalid argument 'x'"},
    /* cluster mode (more in test_cluster) */
    {CL, NULL},
    {"MDClusterEndpoints ftp://e1:2379", "MDClusterEndpoints: invalid "
                                         "argument 'ftp://e1:2379'"},
    {CL "MDClusterPrefix /a/b/", NULL},
    {CL "MDClusterPrefix a", "MDClusterPrefix: invalid argument 'a'"},
    {CLS "MDClusterCACertificateFile /etc/ca.pem", NULL},
    {CLS "MDClusterCACertificateFile ca.pem", "expected an absolute path"},
    {CLS "MDClusterCertificateFile /c.pem\nMDClusterKeyFile /k.pem", NULL},
    {CLS "MDClusterCertificateFile c.pem", "MDClusterCertificateFile: "
                                           "invalid argument 'c.pem'"},
    {CLS "MDClusterKeyFile /k.pem\nMDClusterCertificateFile /c.pem", NULL},
    {CLS "MDClusterKeyFile k.pem", "MDClusterKeyFile: invalid argument"},
    {CL "MDClusterUser mdshm\nMDClusterPasswordFile /etc/pw", NULL},
    {CL "MDClusterUser 'a b'", "MDClusterUser: invalid argument"},
    {CL "MDClusterPasswordFile /etc/pw\nMDClusterUser mdshm", NULL},
    {CL "MDClusterPasswordFile pw", "MDClusterPasswordFile: invalid "
                                    "argument 'pw'"},
    {"MDClusterKeyEncryptionFile /etc/kek\n"
     "MDClusterEndpoints http://e1:2379", NULL},
    {"MDClusterKeyEncryptionFile kek", "MDClusterKeyEncryptionFile: invalid "
                                       "argument 'kek'"},
    {CL "MDClusterLeaseTTL 5", NULL},
    {CL "MDClusterLeaseTTL 1s", "MDClusterLeaseTTL: invalid argument '1s': "
                                "must be at least 2s"},
    {CL "MDClusterTimeout 1500ms", NULL},
    {CL "MDClusterTimeout 6s", "MDClusterTimeout: invalid argument '6s': "
                               "must be at most 5s"},
    {CL "MDClusterHostId web-1.dc2", NULL},
    {CL "MDClusterHostId web/1", "MDClusterHostId: invalid argument "
                                 "'web/1'"},
    /* unknown */
    {"MDFoo bar", "t.conf:1: unknown directive 'MDFoo'"},
    {"ServerName a.example", "t.conf:1: unknown directive 'ServerName'"},
};

static void test_directives(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(directive_cases) / sizeof(directive_cases[0]);
         i++) {
        const struct tcase *c = &directive_cases[i];

        if (c->err) {
            bad_cfg(c->text, c->err);
        } else {
            mdshm_config_t *cfg = ok_cfg(c->text);
            mdshm_config_free(cfg);
        }
    }
}

/* Every directive of the table appears in directive_cases at least twice
 * (good and bad): a guard against adding one without tests. */
static void test_directives_all_covered(void **state)
{
    static const char *const names[] = {
        "MDomain", "MDMember", "MDMembers", "MDCertificateAuthority",
        "MDCertificateAgreement", "MDContactEmail", "MDCertificateProtocol",
        "MDExternalAccountBinding", "MDProfile", "MDProfileMandatory",
        "MDPreferredChain", "MDPrivateKeys", "MDMustStaple",
        "MDCertificateFile", "MDCertificateKeyFile", "MDRenewMode",
        "MDDriveMode", "MDRenewWindow", "MDWarnWindow", "MDRenewViaARI",
        "MDRetryDelay", "MDRetryFailover", "MDCheckInterval",
        "MDInitialDelay", "MDActivationDelay", "MDCAChallenges",
        "MDChallengeDns01", "MDChallengeDns01Version", "MDPortMap",
        "MDHttpProxy", "MDCACertificateFile", "MDHttpProxyCACertificateFile",
        "MDStoreDir", "MDNotifyCmd", "MDMessageCmd", "MDStapling",
        "MDStapleOthers", "MDStaplingKeepResponse", "MDStaplingRenewWindow",
        "MDRequireHttps", "MDBaseServer", "MDServerStatus",
        "MDCertificateStatus", "MDCertificateCheck", "MDStoreLocks",
        "MDMatchNames", "MDClusterEndpoints", "MDClusterPrefix",
        "MDClusterCACertificateFile", "MDClusterCertificateFile",
        "MDClusterKeyFile", "MDClusterUser", "MDClusterPasswordFile",
        "MDClusterKeyEncryptionFile", "MDClusterLeaseTTL", "MDClusterHostId",
        "MDClusterTimeout",
    };

    (void)state;
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        int good = 0, bad = 0;
        char pat[64];

        snprintf(pat, sizeof(pat), "%s ", names[k]);
        for (size_t i = 0;
             i < sizeof(directive_cases) / sizeof(directive_cases[0]); i++) {
            const char *t = directive_cases[i].text;
            const char *hit = strstr(t, pat);
            bool at_start = hit && (hit == t || hit[-1] == '\n');

            if (!at_start) {
                /* a directive without arguments at the end of the text */
                size_t n = strlen(names[k]);
                at_start = !strncmp(t, names[k], n) && t[n] == 0;
            }
            if (!at_start)
                continue;
            if (directive_cases[i].err)
                bad++;
            else
                good++;
        }
        if (!good || !bad)
            fail_msg("%s: %d good and %d bad cases", names[k], good, bad);
    }
}

/* The MDCluster* directives together: defaults, values, what needs
 * what. */
static void test_cluster(void **state)
{
    mdshm_config_t *cfg;
    const mdshm__cluster_config_t *c;
    char host[256];

    (void)state;
    cfg = ok_cfg("MDomain a.example\n");
    c = &mdshm__config_global(cfg)->cluster;
    assert_int_equal(c->endpoints.n, 0); /* off */
    assert_null(c->endpoints.v[0]);
    assert_string_equal(c->prefix, "/mdshm/");
    assert_int_equal(c->lease_ttl_ms, 10000);
    assert_int_equal(c->timeout_ms, 3000);
    assert_null(c->host_id);
    assert_null(c->kek_file);
    mdshm_config_free(cfg);

    cfg = ok_cfg("MDClusterEndpoints https://10.0.0.1:2379 "
                 "https://[::1]:2379 https://e3.example\n"
                 "MDClusterPrefix /prod/mdshm/\n"
                 "MDClusterCACertificateFile /etc/etcd/ca.pem\n"
                 "MDClusterCertificateFile /etc/etcd/client.pem\n"
                 "MDClusterKeyFile /etc/etcd/client.key\n"
                 "MDClusterUser mdshm\n"
                 "MDClusterPasswordFile /etc/mdshm/etcd-password\n"
                 "MDClusterKeyEncryptionFile /etc/mdshm/kek\n"
                 "MDClusterLeaseTTL 15s\n"
                 "MDClusterTimeout 2\n"
                 "MDClusterHostId web_1\n");
    c = &mdshm__config_global(cfg)->cluster;
    assert_strv(c->endpoints, STRV("https://10.0.0.1:2379",
                                   "https://[::1]:2379",
                                   "https://e3.example"));
    assert_string_equal(c->prefix, "/prod/mdshm/");
    assert_string_equal(c->ca_file, "/etc/etcd/ca.pem");
    assert_string_equal(c->cert_file, "/etc/etcd/client.pem");
    assert_string_equal(c->key_file, "/etc/etcd/client.key");
    assert_string_equal(c->user, "mdshm");
    assert_string_equal(c->password_file, "/etc/mdshm/etcd-password");
    assert_string_equal(c->kek_file, "/etc/mdshm/kek");
    assert_int_equal(c->lease_ttl_ms, 15000);
    assert_int_equal(c->timeout_ms, 2000);
    assert_string_equal(c->host_id, "web_1");
    mdshm_config_free(cfg);

    /* the host id defaults to the host's name */
    assert_int_equal(gethostname(host, sizeof(host)), 0);
    cfg = ok_cfg(CL);
    assert_string_equal(mdshm__config_global(cfg)->cluster.host_id, host);
    mdshm_config_free(cfg);

    bad_cfg("MDClusterEndpoints http://e1:2379\n",
            "t.conf:1: MDClusterEndpoints needs MDClusterKeyEncryptionFile");
    bad_cfg("MDClusterPrefix /x/\n",
            "t.conf:1: MDCluster* directives without MDClusterEndpoints");
    bad_cfg("MDClusterLeaseTTL 20s\n", "without MDClusterEndpoints");
    bad_cfg(CL "MDClusterLeaseTTL 2500ms\n", "whole seconds");
    bad_cfg(CL "MDClusterLeaseTTL 1\n", "must be at least 2s");
    bad_cfg("MDClusterTimeout 2s\n", "without MDClusterEndpoints");
    bad_cfg(CL "MDClusterTimeout 50ms\n", "must be at least 100ms");
    bad_cfg(CL "MDClusterTimeout 5001ms\n", "writer lock");
    bad_cfg(CLS "MDClusterCertificateFile /c.pem\n",
            "MDClusterCertificateFile needs MDClusterKeyFile");
    bad_cfg(CLS "MDClusterKeyFile /k.pem\n",
            "MDClusterKeyFile needs MDClusterCertificateFile");
    bad_cfg(CL "MDClusterUser u\n",
            "MDClusterUser needs MDClusterPasswordFile");
    bad_cfg(CL "MDClusterPasswordFile /pw\n",
            "MDClusterPasswordFile needs MDClusterUser");
    bad_cfg(CL "MDClusterCACertificateFile /ca.pem\n",
            "need https: endpoints");
    bad_cfg("MDClusterEndpoints http://e1:2379 https://e2:2379\n"
            "MDClusterKeyEncryptionFile /k\n", "all http: or all https:");
    bad_cfg("MDClusterEndpoints http://e1:2379 http://E1:2379\n"
            "MDClusterKeyEncryptionFile /k\n", "named twice");
    bad_cfg("MDClusterEndpoints http://e1:2379/v3\n"
            "MDClusterKeyEncryptionFile /k\n", "scheme, host and port only");
    bad_cfg("MDClusterEndpoints http://root:secret@e1:2379\n"
            "MDClusterKeyEncryptionFile /k\n", "not shown");
    assert_null(strstr(cap.all, "secret"));
    bad_cfg("MDClusterEndpoints http://\nMDClusterKeyEncryptionFile /k\n",
            "the URL has no host");
    bad_cfg("<MDomain a.example>\nMDClusterPrefix /x/\n</MDomain>\n",
            "MDClusterPrefix is not allowed inside <MDomain>");
}

/* ------------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------- */

static void test_defaults(void **state)
{
    mdshm_config_t *cfg;
    const mdshm__config_global_t *g;
    const mdshm__config_md_t *md;
    const mdshm__md_settings_t *ss[2];

    (void)state;
    cfg = ok_cfg("MDomain a.example\n");
    g = mdshm__config_global(cfg);
    md = md_at(cfg, 0);
    ss[0] = &g->s;
    ss[1] = &md->s;
    for (int i = 0; i < 2; i++) {
        const mdshm__md_settings_t *s = ss[i];

        assert_strv(s->ca_urls,
                    STRV("https://acme-v02.api.letsencrypt.org/directory"));
        assert_null(s->ca_agreement);
        assert_string_equal(s->ca_proto, "ACME");
        assert_int_equal(s->contacts.n, 0);
        assert_non_null(s->contacts.v);
        assert_null(s->contacts.v[0]);
        assert_strv(s->key_specs, STRV("rsa2048"));
        assert_true(s->renew_window.percent);
        assert_int_equal(s->renew_window.value, 330);
        assert_true(s->warn_window.percent);
        assert_int_equal(s->warn_window.value, 100);
        assert_int_equal(s->renew_mode, MDSHM__RENEW_AUTO);
        assert_false(s->must_staple);
        assert_true(s->members_auto);
        assert_int_equal(s->challenges.n, 0);
        assert_int_equal(s->dns01_cmd.n, 0);
        assert_null(s->http_proxy);
        assert_null(s->ca_file);
        assert_null(s->proxy_ca_file);
        assert_null(s->eab_kid);
        assert_null(s->eab_hmac);
        assert_null(s->profile);
        assert_false(s->profile_mandatory);
        assert_true(s->renew_via_ari);
        assert_null(s->preferred_chain);
        assert_int_equal(s->require_https, MDSHM__HTTPS_OFF);
        assert_false(s->stapling);
        assert_true(s->staple_others);
        assert_int_equal(s->stapling_keep_ms, 7 * DAY_MS);
        assert_true(s->stapling_renew_window.percent);
        assert_int_equal(s->stapling_renew_window.value, 330);
    }
    assert_null(g->store_dir);
    assert_null(mdshm_config_store_dir(cfg));
    assert_int_equal(g->port_http, 80);
    assert_int_equal(g->port_https, 443);
    assert_int_equal(g->dns01_version, 1);
    assert_int_equal(g->notify_cmd.n, 0);
    assert_int_equal(g->message_cmd.n, 0);
    assert_int_equal(g->retry_delay_ms, 30000);
    assert_int_equal(g->retry_failover, 13);
    assert_int_equal(g->check_interval_ms, 12 * HOUR_MS);
    assert_int_equal(g->initial_delay_ms, 0);
    assert_int_equal(g->activation_delay_ms, 0);
    assert_false(g->base_server);
    assert_true(g->server_status);
    assert_true(g->certificate_status);
    assert_string_equal(g->cert_check_name, "crt.sh");
    assert_string_equal(g->cert_check_url, "https://crt.sh?q=");
    assert_false(g->store_locks);
    assert_int_equal(g->store_lock_wait_ms, 5000);
    assert_int_equal(g->match_names, MDSHM__MATCH_ALL);

    assert_string_equal(md->name, "a.example");
    assert_strv(md->names, STRV("a.example"));
    assert_int_equal(md->cert_files.n, 0);
    assert_int_equal(md->key_files.n, 0);
    assert_false(md->is_static);
    assert_string_equal(md->file, "t.conf");
    assert_int_equal(md->line, 1);
    mdshm_config_free(cfg);
}

static void test_values(void **state)
{
    const char *text =
        "MDStoreDir /var/lib/mdshm\n"
        "MDCertificateAuthority letsencrypt-test Buypass "
        "https://ca.example/dir\n"
        "MDCertificateAgreement Accepted\n"
        "MDContactEmail admin@example.org\n"
        "MDRenewMode manual\n"
        "MDPrivateKeys P-384 RSA4096 prime256v1\n"
        "MDRenewWindow 90mi\n"
        "MDWarnWindow 12.5%\n"
        "MDMustStaple on\n"
        "MDPortMap https:- http:8080\n"
        "MDCAChallenges DNS-01 tls-alpn-01\n"
        "MDChallengeDns01 /usr/bin/hook --zone \"my zone\"\n"
        "MDChallengeDns01Version 2\n"
        "MDNotifyCmd /bin/notify one\n"
        "MDMessageCmd /bin/message\n"
        "MDHttpProxy https://proxy.example:3128\n"
        "MDCACertificateFile /etc/ca.pem\n"
        "MDExternalAccountBinding kid-1 c2VjcmV0LWtleQ==\n"
        "MDRetryDelay 2mi\n"
        "MDRetryFailover 5\n"
        "MDCheckInterval 30\n"
        "MDInitialDelay 1500ms\n"
        "MDActivationDelay 2\n"
        "MDProfile shortlived\n"
        "MDProfileMandatory on\n"
        "MDRenewViaARI off\n"
        "MDPreferredChain \"ISRG Root X1\"\n"
        "MDStapling on\n"
        "MDStapleOthers off\n"
        "MDStaplingKeepResponse 36h\n"
        "MDStaplingRenewWindow 2d\n"
        "MDRequireHttps temporary\n"
        "MDMembers manual\n"
        "MDStoreLocks 10s\n"
        "MDMatchNames servernames\n"
        "MDomain a.example\n";
    mdshm_config_t *cfg = ok_cfg(text);
    const mdshm__config_global_t *g = mdshm__config_global(cfg);
    const mdshm__md_settings_t *ss[2] = {&g->s, &md_at(cfg, 0)->s};

    (void)state;
    for (int i = 0; i < 2; i++) {
        const mdshm__md_settings_t *s = ss[i];

        assert_strv(s->ca_urls,
                    STRV("https://acme-staging-v02.api.letsencrypt.org/"
                         "directory",
                         "https://api.buypass.com/acme/directory",
                         "https://ca.example/dir"));
        assert_string_equal(s->ca_agreement, "accepted");
        assert_strv(s->contacts, STRV("mailto:admin@example.org"));
        assert_int_equal(s->renew_mode, MDSHM__RENEW_MANUAL);
        assert_strv(s->key_specs, STRV("secp384r1", "rsa4096", "secp256r1"));
        assert_false(s->renew_window.percent);
        assert_int_equal(s->renew_window.value, 90 * 60000);
        assert_true(s->warn_window.percent);
        assert_int_equal(s->warn_window.value, 125);
        assert_true(s->must_staple);
        assert_false(s->members_auto);
        assert_strv(s->challenges, STRV("dns-01", "tls-alpn-01"));
        assert_strv(s->dns01_cmd,
                    STRV("/usr/bin/hook", "--zone", "my zone"));
        assert_string_equal(s->http_proxy, "https://proxy.example:3128");
        assert_string_equal(s->ca_file, "/etc/ca.pem");
        assert_string_equal(s->eab_kid, "kid-1");
        assert_string_equal(s->eab_hmac, "c2VjcmV0LWtleQ==");
        assert_string_equal(s->profile, "shortlived");
        assert_true(s->profile_mandatory);
        assert_false(s->renew_via_ari);
        assert_string_equal(s->preferred_chain, "ISRG Root X1");
        assert_true(s->stapling);
        assert_false(s->staple_others);
        assert_int_equal(s->stapling_keep_ms, 36 * HOUR_MS);
        assert_false(s->stapling_renew_window.percent);
        assert_int_equal(s->stapling_renew_window.value, 2 * DAY_MS);
        assert_int_equal(s->require_https, MDSHM__HTTPS_TEMPORARY);
    }
    assert_string_equal(mdshm_config_store_dir(cfg), "/var/lib/mdshm");
    assert_int_equal(g->port_http, 8080);
    assert_int_equal(g->port_https, 0);
    assert_int_equal(g->dns01_version, 2);
    assert_strv(g->notify_cmd, STRV("/bin/notify", "one"));
    assert_strv(g->message_cmd, STRV("/bin/message"));
    assert_int_equal(g->retry_delay_ms, 120000);
    assert_int_equal(g->retry_failover, 5);
    assert_int_equal(g->check_interval_ms, 30000); /* default unit: s */
    assert_int_equal(g->initial_delay_ms, 1500);
    assert_int_equal(g->activation_delay_ms, 2 * DAY_MS); /* unit: d */
    assert_true(g->store_locks);
    assert_int_equal(g->store_lock_wait_ms, 10000);
    assert_int_equal(g->match_names, MDSHM__MATCH_SERVERNAMES);
    mdshm_config_free(cfg);
}

static void test_key_specs(void **state)
{
    static const struct {
        const char *args;
        const char *want[4]; /* NULL-terminated */
    } good[] = {
        {"Default", {"rsa2048"}},
        {"RSA", {"rsa2048"}},
        {"rsa 4096", {"rsa4096"}},
        {"RSA3072", {"rsa3072"}},
        {"RSA secp256r1", {"rsa2048", "secp256r1"}},
        {"secp384r1 RSA 3072 P-256", {"secp384r1", "rsa3072", "secp256r1"}},
    };
    static const char *const bad[] = {
        "Default RSA", "RSA RSA4096", "P-256 secp256r1", "RSA 8192",
        "RSA2000", "RSA1024", "ed25519", "RSA 4096 2048",
    };
    char text[128];

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        mdshm_config_t *cfg;

        snprintf(text, sizeof(text), "MDPrivateKeys %s\n", good[i].args);
        cfg = ok_cfg(text);
        assert_strv(mdshm__config_global(cfg)->s.key_specs, good[i].want);
        mdshm_config_free(cfg);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(text, sizeof(text), "MDPrivateKeys %s\n", bad[i]);
        bad_cfg(text, "t.conf:1: MDPrivateKeys: ");
    }
}

static void test_windows_durations(void **state)
{
    static const struct {
        const char *arg;
        bool percent;
        int64_t value;
    } good[] = {
        {"33%", true, 330},     {"12.5%", true, 125},
        {"0%", true, 0},        {"99.9%", true, 999},
        {"30", false, 30 * DAY_MS}, {"30d", false, 30 * DAY_MS},
        {"30D", false, 30 * DAY_MS}, {"12h", false, 12 * HOUR_MS},
        {"90mi", false, 90 * 60000}, {"45s", false, 45000},
        {"500ms", false, 500},  {"0d", false, 0},
    };
    static const char *const bad[] = {
        "100%", "150%", "-1%", "12.55%", "%", "1.%", ".5%", "-3d", "3m",
        "3 d", "d", "", "1e3s", "99999999999999999999d", "9999999999999999d",
        "33%%", "0x10s",
    };
    char text[128];

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        mdshm_config_t *cfg;
        const mdshm__window_t *w;

        snprintf(text, sizeof(text), "MDRenewWindow %s\n", good[i].arg);
        cfg = ok_cfg(text);
        w = &mdshm__config_global(cfg)->s.renew_window;
        assert_int_equal(w->percent, good[i].percent);
        assert_int_equal(w->value, good[i].value);
        mdshm_config_free(cfg);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(text, sizeof(text), "MDRenewWindow \"%s\"\n", bad[i]);
        bad_cfg(text, "t.conf:1: MDRenewWindow: invalid argument");
    }
}

static void test_ca_contact_proxy(void **state)
{
    mdshm_config_t *cfg;
    const mdshm__md_settings_t *s;

    (void)state;
    cfg = ok_cfg("MDCertificateAuthority BUYPASS-TEST\n"
                 "MDContactEmail mailto:ops@example.org\n"
                 "MDHttpProxy http://user:pw@proxy.example:3128/\n");
    s = &mdshm__config_global(cfg)->s;
    assert_strv(s->ca_urls,
                STRV("https://api.test4.buypass.no/acme/directory"));
    assert_strv(s->contacts, STRV("mailto:ops@example.org"));
    assert_string_equal(s->http_proxy, "http://user:pw@proxy.example:3128/");
    mdshm_config_free(cfg);

    bad_cfg("MDCertificateAuthority a b c d e f g h i\n", "at most 8 CAs");
    bad_cfg("MDContactEmail @example.org\n", "expected an e-mail address");
    bad_cfg("MDContactEmail a@\n", "expected an e-mail address");
    bad_cfg("MDContactEmail \"a b@example.org\"\n", "expected an e-mail");
    bad_cfg("MDHttpProxy http://\n", "the URL has no host");
    bad_cfg("MDHttpProxy \"http://a b\"\n", "spaces or control characters");
}

static void test_port_map(void **state)
{
    static const struct {
        const char *args;
        int http, https;
    } good[] = {
        {"http:8080", 8080, 443},   {"80:8000 443:8443", 8000, 8443},
        {"https:-", 80, 0},         {"HTTP:- HTTPS:-", 0, 0},
        {"http:65535", 65535, 443},
    };
    static const char *const bad[] = {
        "http:", "http8080", "25:80", "http:-1", "http:80a", "http:123456",
        ":80", "http:+80",
    };
    char text[128];

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        mdshm_config_t *cfg;

        snprintf(text, sizeof(text), "MDPortMap %s\n", good[i].args);
        cfg = ok_cfg(text);
        assert_int_equal(mdshm__config_global(cfg)->port_http, good[i].http);
        assert_int_equal(mdshm__config_global(cfg)->port_https,
                         good[i].https);
        mdshm_config_free(cfg);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(text, sizeof(text), "MDPortMap %s\n", bad[i]);
        bad_cfg(text, "t.conf:1: MDPortMap: invalid argument");
    }
}

static void test_static_files(void **state)
{
    mdshm_config_t *cfg;
    const mdshm__config_md_t *md;

    (void)state;
    cfg = ok_cfg("<MDomain a.example>\n"
                 "  MDCertificateFile /etc/c1.pem\n"
                 "  MDCertificateKeyFile /etc/k1.pem\n"
                 "  MDCertificateFile /etc/c2.pem\n"
                 "  MDCertificateKeyFile /etc/k2.pem\n"
                 "</MDomain>\n"
                 "MDomain b.example\n");
    md = md_at(cfg, 0);
    assert_true(md->is_static);
    assert_strv(md->cert_files, STRV("/etc/c1.pem", "/etc/c2.pem"));
    assert_strv(md->key_files, STRV("/etc/k1.pem", "/etc/k2.pem"));
    assert_false(md_at(cfg, 1)->is_static);
    mdshm_config_free(cfg);

    bad_cfg("<MDomain a.example>\n"
            "  MDCertificateFile /etc/c1.pem\n"
            "  MDCertificateKeyFile /etc/k1.pem\n"
            "  MDCertificateFile /etc/c2.pem\n"
            "</MDomain>\n",
            "t.conf:4: MD 'a.example': MDCertificateFile '/etc/c2.pem' has "
            "no matching MDCertificateKeyFile");
}

static void test_eab_file(void **state)
{
    char dir[] = "/tmp/mdshm-test-config.XXXXXX";
    char path[128], text[256];
    FILE *f;
    mdshm_config_t *cfg;
    const mdshm__md_settings_t *s;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/eab.json", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"kid\": \"kid-7\", \"hmac\": \"c2VjcmV0LWtleQ\"}\n", f);
    fclose(f);
    snprintf(text, sizeof(text),
             "<MDomain a.example>\nMDExternalAccountBinding %s\n</MDomain>\n"
             "MDomain b.example\n", path);
    cfg = ok_cfg(text);
    s = &md_at(cfg, 0)->s;
    assert_string_equal(s->eab_kid, "kid-7");
    assert_string_equal(s->eab_hmac, "c2VjcmV0LWtleQ");
    assert_null(md_at(cfg, 1)->s.eab_kid);
    mdshm_config_free(cfg);

    f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"kid\": \"kid-7\"}\n", f);
    fclose(f);
    snprintf(text, sizeof(text), "MDExternalAccountBinding %s\n", path);
    bad_cfg(text, "is not a JSON object with the strings \"kid\" and "
                  "\"hmac\"");

    f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"kid\": \"kid-7\", \"hmac\": \"top$ecret\"}", f);
    fclose(f);
    bad_cfg(text, "the kid must be printable and the hmac base64url");
    assert_false(logged("top$ecret"));

    unlink(path);
    rmdir(dir);
}

static void test_eab_secret_not_logged(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    bad_cfg("MDExternalAccountBinding kid-1 top$ecret!\n",
            "t.conf:1: MDExternalAccountBinding: invalid HMAC key");
    assert_false(logged("top$ecret"));

    /* "none" inside an MD overrides a global binding */
    cfg = ok_cfg("MDExternalAccountBinding kid-1 c2VjcmV0\n"
                 "<MDomain a.example>\nMDExternalAccountBinding none\n"
                 "</MDomain>\nMDomain b.example\n");
    assert_null(md_at(cfg, 0)->s.eab_kid);
    assert_null(md_at(cfg, 0)->s.eab_hmac);
    assert_string_equal(md_at(cfg, 1)->s.eab_kid, "kid-1");
    assert_string_equal(md_at(cfg, 1)->s.eab_hmac, "c2VjcmV0");
    mdshm_config_free(cfg);
}

/* ------------------------------------------------------------------------
 * Contexts and inheritance
 * ---------------------------------------------------------------------- */

static void test_contexts(void **state)
{
    static const char *const global_only[] = {
        "MDStoreDir /x", "MDPortMap http:80", "MDNotifyCmd /bin/x",
        "MDMessageCmd /bin/x", "MDRetryDelay 5s", "MDRetryFailover 2",
        "MDCheckInterval 1h", "MDInitialDelay 0", "MDActivationDelay 0",
        "MDChallengeDns01Version 2", "MDBaseServer on", "MDStoreLocks on",
        "MDMatchNames all", "MDomain b.example",
    };
    char text[256], expect[256];

    (void)state;
    for (size_t i = 0; i < sizeof(global_only) / sizeof(global_only[0]);
         i++) {
        size_t n = strcspn(global_only[i], " ");

        snprintf(text, sizeof(text), "MDomain z.example\n"
                 "<MDomain a.example>\n  %s\n</MDomain>\n", global_only[i]);
        snprintf(expect, sizeof(expect),
                 "t.conf:3: %.*s is not allowed inside <MDomain> (line 2): "
                 "it is a global directive", (int)n, global_only[i]);
        bad_cfg(text, expect);
    }
    bad_cfg("MDCertificateFile /etc/c.pem\n",
            "t.conf:1: MDCertificateFile is only allowed inside <MDomain");
    bad_cfg("MDomain a.example\nMDCertificateKeyFile /etc/k.pem\n",
            "t.conf:2: MDCertificateKeyFile is only allowed inside "
            "<MDomain");
    /* the MDomainSet form names its section in the message */
    bad_cfg("<MDomainSet a.example>\nMDStoreDir /x\n</MDomainSet>\n",
            "t.conf:2: MDStoreDir is not allowed inside <MDomainSet> "
            "(line 1)");
}

static void test_inheritance(void **state)
{
    const char *text =
        "MDRenewWindow 20%\n"                 /* 1: global, before */
        "<MDomain a.example>\n"               /* 2 */
        "  MDPrivateKeys secp384r1\n"         /* 3 */
        "</MDomain>\n"                        /* 4 */
        "MDomain b.example\n"                 /* 5 */
        "MDPrivateKeys RSA 4096\n"            /* 6: global, after a */
        "MDContactEmail x@example.org\n"      /* 7: global, after a, b */
        "<MDomain c.example>\n"               /* 8 */
        "  MDRenewWindow 10d\n"               /* 9 */
        "  MDContactEmail c@example.org\n"    /* 10 */
        "  MDCertificateAuthority LetsEncrypt-Test\n"
        "</MDomain>\n"
        "MDCertificateAuthority Buypass\n"    /* global, last line */
        "MDRenewWindow 25%\n";                /* overrides line 1 */
    mdshm_config_t *cfg = ok_cfg(text);
    const mdshm__config_md_t *a, *b, *c;
    const mdshm__config_global_t *g = mdshm__config_global(cfg);

    (void)state;
    assert_int_equal(mdshm_config_md_count(cfg), 3);
    a = md_at(cfg, 0);
    b = md_at(cfg, 1);
    c = md_at(cfg, 2);
    assert_string_equal(mdshm__config_md_name(cfg, 0), "a.example");
    assert_string_equal(mdshm__config_md_name(cfg, 1), "b.example");
    assert_string_equal(mdshm__config_md_name(cfg, 2), "c.example");
    assert_null(mdshm__config_md_name(cfg, 3));
    assert_null(mdshm__config_md(cfg, 3));
    assert_ptr_equal(mdshm__config_md_find(cfg, "b.example"), b);
    assert_null(mdshm__config_md_find(cfg, "x.example"));

    /* global values, last one wins */
    assert_int_equal(g->s.renew_window.value, 250);
    assert_strv(g->s.key_specs, STRV("rsa4096"));
    assert_strv(g->s.ca_urls, STRV("https://api.buypass.com/acme/directory"));

    assert_strv(a->s.key_specs, STRV("secp384r1"));  /* own */
    assert_true(a->s.renew_window.percent);           /* global */
    assert_int_equal(a->s.renew_window.value, 250);
    assert_strv(a->s.contacts, STRV("mailto:x@example.org")); /* after */
    assert_strv(a->s.ca_urls, STRV("https://api.buypass.com/acme/directory"));

    assert_strv(b->s.key_specs, STRV("rsa4096"));
    assert_int_equal(b->s.renew_window.value, 250);
    assert_strv(b->s.contacts, STRV("mailto:x@example.org"));

    assert_false(c->s.renew_window.percent);
    assert_int_equal(c->s.renew_window.value, 10 * DAY_MS);
    assert_strv(c->s.contacts, STRV("mailto:c@example.org"));
    assert_strv(c->s.key_specs, STRV("rsa4096"));
    assert_strv(c->s.ca_urls,
                STRV("https://acme-staging-v02.api.letsencrypt.org/"
                     "directory"));
    /* untouched values are the defaults */
    assert_int_equal(c->s.warn_window.value, 100);
    assert_int_equal(c->line, 8);
    assert_int_equal(b->line, 5);
    mdshm_config_free(cfg);
}

static void test_inherit_members_and_none(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    cfg = ok_cfg("MDMembers manual\n"
                 "MDomain a.example auto\n"
                 "MDomain b.example\n"
                 "<MDomain c.example>\nMDMembers auto\n</MDomain>\n"
                 "MDCACertificateFile /etc/ca.pem\n"
                 "MDPreferredChain \"Root X1\"\n"
                 "<MDomain d.example>\nMDCACertificateFile none\n"
                 "MDPreferredChain none\n</MDomain>\n");
    assert_true(md_at(cfg, 0)->s.members_auto);
    assert_false(md_at(cfg, 1)->s.members_auto);
    assert_true(md_at(cfg, 2)->s.members_auto);
    assert_string_equal(md_at(cfg, 0)->s.ca_file, "/etc/ca.pem");
    assert_string_equal(md_at(cfg, 0)->s.preferred_chain, "Root X1");
    assert_null(md_at(cfg, 3)->s.ca_file);
    assert_null(md_at(cfg, 3)->s.preferred_chain);
    mdshm_config_free(cfg);
}

/* ------------------------------------------------------------------------
 * Names, overlaps
 * ---------------------------------------------------------------------- */

static void test_names(void **state)
{
    static const struct {
        const char *in, *out;
    } good[] = {
        {"Example.ORG", "example.org"},
        {"*.a.example", "*.a.example"},
        {"*.x", "*.x"},
        {"localhost", "localhost"},
        {"xn--bcher-kva.example", "xn--bcher-kva.example"},
        {"a-b.c0.example", "a-b.c0.example"},
        {"192.0.2.1", "192.0.2.1"},
        {"2001:DB8:0:0::1", "2001:db8::1"},
        {"::1", "::1"},
    };
    static const char *const bad[] = {
        "a.*.example", "*a.example", "*", "*.", "**.a.example",
        "*.*.a.example", "a_b.example", "-a.example", "a-.example",
        "a.example.", ".a.example", "a..example", "a.123", "300.1.1.1",
        "1.2.3", "2001:db8::g", "[::1]", "a b", "a/b.example",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ".example",
    };
    char text[400];

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        mdshm_config_t *cfg;

        snprintf(text, sizeof(text), "MDomain \"%s\"\n", good[i].in);
        cfg = ok_cfg(text);
        assert_string_equal(mdshm__config_md_name(cfg, 0), good[i].out);
        mdshm_config_free(cfg);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(text, sizeof(text), "MDomain ok.example \"%s\"\n", bad[i]);
        bad_cfg(text, "t.conf:1: MDomain: invalid domain name");
    }
}

static void test_name_limits(void **state)
{
    char *text = malloc(8192);
    size_t n = 0;
    char label[64];
    mdshm_config_t *cfg;

    (void)state;
    assert_non_null(text);
    /* 253 characters: four labels of 63 and one of... exactly 253 */
    memset(label, 'a', 63);
    label[63] = 0;
    n = (size_t)snprintf(text, 8192, "MDomain %s.%s.%s.%.61s\n", label,
                         label, label, label);
    assert_int_equal(n, strlen("MDomain ") + 253 + 1);
    cfg = ok_cfg(text);
    assert_int_equal(strlen(mdshm__config_md_name(cfg, 0)), 253);
    mdshm_config_free(cfg);
    snprintf(text, 8192, "MDomain %s.%s.%s.%.62s\n", label, label, label,
             label);
    bad_cfg(text, "longer than 253 characters");

    /* 100 names are fine, 101 are not; duplicates do not count */
    n = (size_t)snprintf(text, 8192, "MDomain");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(text + n, 8192 - n, " n%d.example", i);
    n += (size_t)snprintf(text + n, 8192 - n, " N0.example n1.example\n");
    cfg = ok_cfg(text);
    assert_int_equal(md_at(cfg, 0)->names.n, 100);
    mdshm_config_free(cfg);
    snprintf(text + n - 1, 8192 - n, " n100.example\n");
    bad_cfg(text, "t.conf:1: MDomain: MD 'n0.example' has more than 100 "
                  "names");
    free(text);
}

static void test_overlaps(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    bad_cfg("MDomain a.example b.example\nMDomain B.Example c.example\n",
            "t.conf:2: name 'b.example' of MD 'b.example' is already part "
            "of MD 'a.example' (line 1)");
    bad_cfg("MDomain a.example\n\n<MDomain A.EXAMPLE>\n</MDomain>\n",
            "t.conf:3: MD 'a.example' is defined twice (first at line 1)");
    bad_cfg("MDomain a.example\n"
            "<MDomain b.example>\n"
            "  MDMember www.b.example\n"
            "  MDMember a.example\n"
            "</MDomain>\n",
            "t.conf:4: name 'a.example' of MD 'b.example' is already part "
            "of MD 'a.example' (line 1)");
    /* identical wildcards overlap */
    bad_cfg("MDomain *.x.example\nMDomain y.example *.X.example\n",
            "t.conf:2: name '*.x.example' of MD 'y.example' is already "
            "part of MD '*.x.example' (line 1)");
    /* IPv6 compared in canonical form */
    bad_cfg("MDomain a.example 2001:db8::1\nMDomain b.example "
            "2001:DB8:0:0:0:0:0:1\n",
            "t.conf:2: name '2001:db8::1' of MD 'b.example'");
    /* a name in three MDs: two errors, each against the first */
    bad_cfg("MDomain a.example s.example\nMDomain b.example s.example\n"
            "MDomain c.example s.example\n", NULL);
    assert_int_equal(cap.n_err, 2);
    assert_non_null(strstr(cap.msg[0], "t.conf:2: name 's.example'"));
    assert_non_null(strstr(cap.msg[1], "t.conf:3: name 's.example'"));

    /* a wildcard and an explicit name below it do not overlap */
    cfg = ok_cfg("MDomain *.x.example\nMDomain a.x.example\n"
                 "MDomain x.example\n");
    assert_int_equal(mdshm_config_md_count(cfg), 3);
    mdshm_config_free(cfg);
    /* a name twice in one MD is kept once */
    cfg = ok_cfg("<MDomain a.example www.a.example>\n"
                 "MDMember WWW.a.example a.example\n</MDomain>\n");
    assert_strv(md_at(cfg, 0)->names, STRV("a.example", "www.a.example"));
    mdshm_config_free(cfg);
}

/* ------------------------------------------------------------------------
 * Syntax
 * ---------------------------------------------------------------------- */

static void test_quotes(void **state)
{
    mdshm_config_t *cfg;
    const char *text =
        "MDChallengeDns01 \"/opt/my dns/hook\" \"arg with \\\"quotes\\\"\" "
        "'single \\' q' \"back\\\\slash\" \"x\\y\" \"\" 'a\"b' x\"y\n"
        "MDomain 'a.example'\n";

    (void)state;
    cfg = ok_cfg(text);
    assert_strv(mdshm__config_global(cfg)->s.dns01_cmd,
                STRV("/opt/my dns/hook", "arg with \"quotes\"", "single ' q",
                     "back\\slash", "x\\y", "", "a\"b", "x\"y"));
    mdshm_config_free(cfg);

    bad_cfg("MDomain a.example\nMDProfile \"unterminated\n",
            "t.conf:2: unterminated quoted argument (missing closing \")");
    bad_cfg("MDProfile \"a\"b\n", "t.conf:1: unexpected text after a quoted "
                                  "argument");
    /* a quoted '<' is an argument, not a section */
    bad_cfg("\"<MDomain\" a.example>\n", "t.conf:1: unknown directive "
                                         "'<MDomain'");
}

static void test_continuation(void **state)
{
    mdshm_config_t *cfg;
    const char *text =
        "MDomain a.example \\\n"              /* 1 */
        "   www.a.example\n"                  /* 2 */
        "MDRenewWindow\\\n"                   /* 3 */
        " 10%\n"                              /* 4 */
        "MDChallengeDns01 /bin/x \"a \\\n"    /* 5: inside quotes */
        "b\"\n"                               /* 6 */
        "MDProfile x\\\r\n"                   /* 7: CRLF */
        "y\r\n";                              /* 8 */

    (void)state;
    cfg = ok_cfg(text);
    assert_strv(md_at(cfg, 0)->names, STRV("a.example", "www.a.example"));
    assert_int_equal(mdshm__config_global(cfg)->s.renew_window.value, 100);
    assert_strv(mdshm__config_global(cfg)->s.dns01_cmd,
                STRV("/bin/x", "a b"));
    assert_string_equal(mdshm__config_global(cfg)->s.profile, "xy");
    mdshm_config_free(cfg);

    /* errors carry the first line of a continued directive; lines after
     * it are counted right */
    bad_cfg("MDomain a.example\n"
            "MDRenewWindow \\\n"
            "  \\\n"
            "  200%\n"
            "MDFoo\n",
            "t.conf:2: MDRenewWindow: invalid argument '200%'");
    assert_true(logged("t.conf:5: unknown directive 'MDFoo'"));
    /* a backslash at the very end of the input */
    cfg = ok_cfg("MDomain a.example \\");
    assert_int_equal(mdshm_config_md_count(cfg), 1);
    mdshm_config_free(cfg);
}

static void test_comments(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    cfg = ok_cfg("# a comment\n"
                 "   # indented comment\n"
                 "\t#\n"
                 "\n"
                 "   \n"
                 "MDomain a.example # trailing comment\n"
                 "MDProfile a#b\n"
                 "MDPreferredChain \"# not a comment\"\n"
                 "<MDomain b.example> # after a tag\n"
                 "</MDomain> # after a closing tag\n"
                 "# a comment line continued \\\n"
                 "MDomain swallowed.example\n");
    assert_int_equal(mdshm_config_md_count(cfg), 2);
    assert_strv(md_at(cfg, 0)->names, STRV("a.example"));
    assert_string_equal(mdshm__config_global(cfg)->s.profile, "a#b");
    assert_string_equal(mdshm__config_global(cfg)->s.preferred_chain,
                        "# not a comment");
    mdshm_config_free(cfg);
}

static void test_case_and_crlf(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    cfg = ok_cfg("mdrenewwindow 10%\r\n"
                 "<mdomainset a.example>\r\n"
                 "  MDPRIVATEKEYS p-256\r\n"
                 "</MDOMAINSET>\r\n"
                 "MDomain b.example");
    assert_int_equal(mdshm__config_global(cfg)->s.renew_window.value, 100);
    assert_strv(md_at(cfg, 0)->s.key_specs, STRV("secp256r1"));
    assert_int_equal(mdshm_config_md_count(cfg), 2);
    mdshm_config_free(cfg);
}

static void test_sections(void **state)
{
    mdshm_config_t *cfg;

    (void)state;
    cfg = ok_cfg("<MDomain \"a.example\">\n</MDomain >\n"
                 "<MDomain b.example >\n</MDomain>\n"
                 "<MDomainSet c.example d.example manual>\n"
                 "  MDRenewWindow 5%\n"
                 "</MDomainSet>\n");
    assert_int_equal(mdshm_config_md_count(cfg), 3);
    assert_strv(md_at(cfg, 2)->names, STRV("c.example", "d.example"));
    assert_false(md_at(cfg, 2)->s.members_auto);
    assert_int_equal(md_at(cfg, 2)->s.renew_window.value, 50);
    assert_int_equal(md_at(cfg, 0)->s.renew_window.value, 330);
    mdshm_config_free(cfg);

    bad_cfg("MDomain x.example\n<MDomain a.example>\nMDRenewWindow 10%\n",
            "t.conf:2: <MDomain> is not closed: missing </MDomain>");
    assert_int_equal(cap.n_err, 1);
    bad_cfg("MDomain a.example\n</MDomain>\n",
            "t.conf:2: </MDomain> without a matching <MDomain>");
    bad_cfg("<MDomain a.example>\n"
            "<MDomain b.example>\n"
            "MDStoreDir /ignored/inside/nested\n"
            "</MDomain>\n"
            "</MDomain>\n",
            "t.conf:2: nested <MDomain> is not allowed (inside <MDomain> of "
            "line 1)");
    assert_int_equal(cap.n_err, 1);
    bad_cfg("<MDomain a.example>\n</MDomainSet>\n",
            "t.conf:2: </MDomainSet> does not match <MDomain> of line 1");
    bad_cfg("<MDomain a.example\nMDRenewWindow 5%\n</MDomain>\n",
            "t.conf:1: <MDomain ...> must end with '>'");
    bad_cfg("<MDomain>\n</MDomain>\n",
            "t.conf:1: MDomain needs at least one domain name");
    bad_cfg("<IfModule mod_md.c>\nMDomain a.example\n</IfModule>\n",
            "t.conf:1: unknown section <IfModule>");
    assert_int_equal(cap.n_err, 1);
    bad_cfg("<MDomain a.example>\n</MDomain> extra\n",
            "t.conf:2: unexpected text after </MDomain>");
}

/* ------------------------------------------------------------------------
 * Errors: lines, counts, nothing returned
 * ---------------------------------------------------------------------- */

static void test_all_errors_reported(void **state)
{
    (void)state;
    bad_cfg("MDomain a.example\n"        /* 1 */
            "MDRenewWindow 120%\n"       /* 2: bad */
            "\n"                         /* 3 */
            "MDBogus on\n"               /* 4: unknown */
            "<MDomain b.example>\n"      /* 5 */
            "  MDStoreDir /x\n"          /* 6: context */
            "</MDomain>\n"               /* 7 */
            "MDomain A.example\n",       /* 8: duplicate */
            NULL);
    assert_int_equal(cap.n_err, 4);
    assert_true(strncmp(cap.msg[0], "t.conf:2: MDRenewWindow", 23) == 0);
    assert_true(strncmp(cap.msg[1], "t.conf:4: unknown directive", 27) == 0);
    assert_true(strncmp(cap.msg[2], "t.conf:6: MDStoreDir is not allowed",
                        35) == 0);
    assert_true(strncmp(cap.msg[3], "t.conf:8: MD 'a.example' is defined "
                                    "twice", 40) == 0);
    for (int i = 0; i < cap.n; i++)
        assert_int_equal(cap.err[i], MDSHM_EBADINPUT);

    bad_cfg("MDFoo\nMDBar\n", NULL);
    assert_int_equal(cap.n_err, 2);
}

/* Errors found at the end (pairing, overlaps, unclosed sections) are
 * logged in line order with the others. */
static void test_errors_sorted(void **state)
{
    (void)state;
    bad_cfg("MDomain a.example\n"            /* 1 */
            "MDRenewWindow 100%\n"           /* 2 */
            "<MDomain b.example>\n"          /* 3 */
            "  MDCertificateFile c.pem\n"    /* 4: no key, found at the end */
            "</MDomain>\n"                   /* 5 */
            "MDomain A.example\n"            /* 6: duplicate */
            "MDFoo\n"                        /* 7 */
            "<MDomain c.example>\n",         /* 8: not closed */
            NULL);
    assert_int_equal(cap.n_err, 5);
    assert_true(strncmp(cap.msg[0], "t.conf:2: ", 10) == 0);
    assert_true(strncmp(cap.msg[1], "t.conf:4: MD 'b.example': "
                                    "MDCertificateFile", 35) == 0);
    assert_true(strncmp(cap.msg[2], "t.conf:6: MD 'a.example' is defined",
                        35) == 0);
    assert_true(strncmp(cap.msg[3], "t.conf:7: unknown directive", 27) == 0);
    assert_true(strncmp(cap.msg[4], "t.conf:8: <MDomain> is not closed",
                        33) == 0);
}

/* A file of garbage: at most 1000 messages, then a count. */
static void test_error_cap(void **state)
{
    size_t size = 1500 * 8, len = 0;
    char *text = malloc(size);

    (void)state;
    assert_non_null(text);
    for (int i = 0; i < 1500; i++)
        len += (size_t)snprintf(text + len, size - len, "x%d\n", i % 100);
    bad_cfg(text, "t.conf:1: unknown directive 'x0'");
    assert_int_equal(cap.n_err, 1001);
    assert_true(logged("t.conf:1000: unknown directive 'x99'"));
    assert_false(logged("t.conf:1001:"));
    assert_true(logged("t.conf: 500 more errors"));
    free(text);
}

static void test_nul_byte_and_origin(void **state)
{
    static const char text[] = "MDomain a.example\nMD\0x\nMDomain b.example\n";
    mdshm_config_t *cfg = (mdshm_config_t *)&cap;
    int rv;

    (void)state;
    cap_reset();
    rv = mdshm_config_parse(text, sizeof(text) - 1, "t.conf", &cfg);
    assert_int_equal(rv, MDSHM_EBADINPUT);
    assert_null(cfg);
    assert_true(logged("t.conf:2: NUL byte in the line"));
    assert_int_equal(cap.n_err, 1);

    cap_reset();
    rv = mdshm_config_parse("MDFoo\n", 6, NULL, &cfg);
    assert_int_equal(rv, MDSHM_EBADINPUT);
    assert_true(logged("<config>:1: unknown directive 'MDFoo'"));
}

static void test_api(void **state)
{
    mdshm_config_t *cfg = (mdshm_config_t *)&cap;

    (void)state;
    assert_int_equal(mdshm_config_parse("", 0, "t", NULL), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_config_parse(NULL, 3, "t", &cfg),
                     MDSHM_EBADINPUT);
    assert_null(cfg);
    assert_int_equal(mdshm_config_parse(NULL, 0, "t", &cfg), 0);
    assert_non_null(cfg);
    assert_int_equal(mdshm_config_md_count(cfg), 0);
    assert_null(mdshm__config_md_name(cfg, 0));
    assert_non_null(mdshm__config_global(cfg));
    {
        /* stapling as adapters see it: off, others on by default */
        mdshm_config_global_info_t gi;
        static const char t[] = "MDStapling on\nMDStapleOthers off\n";

        mdshm_config_global_info(cfg, &gi);
        assert_false(gi.stapling);
        assert_true(gi.staple_others);
        mdshm_config_free(cfg);
        assert_int_equal(mdshm_config_parse(t, sizeof(t) - 1, "t", &cfg), 0);
        mdshm_config_global_info(cfg, &gi);
        assert_true(gi.stapling);
        assert_false(gi.staple_others);
    }
    mdshm_config_free(cfg);

    assert_int_equal(mdshm_config_md_count(NULL), 0);
    assert_null(mdshm__config_md_name(NULL, 0));
    assert_null(mdshm_config_store_dir(NULL));
    assert_null(mdshm__config_global(NULL));
    assert_null(mdshm__config_md(NULL, 0));
    assert_null(mdshm__config_md_find(NULL, "a"));
    mdshm_config_free(NULL);
    assert_int_equal(mdshm_config_load(NULL, &cfg), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_config_load("x", NULL), MDSHM_EBADINPUT);
}

static void test_load(void **state)
{
    char dir[] = "/tmp/mdshm-test-config.XXXXXX";
    char path[128], expect[256];
    FILE *f;
    mdshm_config_t *cfg = NULL;
    int rv;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/mdshm.conf", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("MDStoreDir /srv/md\nMDomain a.example www.a.example\n", f);
    fclose(f);
    cap_reset();
    rv = mdshm_config_load(path, &cfg);
    assert_int_equal(rv, 0);
    assert_int_equal(mdshm_config_md_count(cfg), 1);
    assert_string_equal(mdshm_config_store_dir(cfg), "/srv/md");
    assert_string_equal(md_at(cfg, 0)->file, path);
    mdshm_config_free(cfg);

    f = fopen(path, "a");
    assert_non_null(f);
    fputs("MDomain b.example\nMDRenewWindow x\n", f);
    fclose(f);
    cap_reset();
    cfg = (mdshm_config_t *)&cap;
    rv = mdshm_config_load(path, &cfg);
    assert_int_equal(rv, MDSHM_EBADINPUT);
    assert_null(cfg);
    snprintf(expect, sizeof(expect), "%s:4: MDRenewWindow: invalid argument",
             path);
    assert_true(logged(expect));

    unlink(path);
    cap_reset();
    cfg = (mdshm_config_t *)&cap;
    rv = mdshm_config_load(path, &cfg);
    assert_int_equal(rv, -ENOENT);
    assert_null(cfg);
    assert_true(logged("cannot read configuration file"));

    cap_reset();
    rv = mdshm_config_load(dir, &cfg);
    assert_int_equal(rv, MDSHM_EBADINPUT);
    assert_null(cfg);
    rmdir(dir);
}

/* Many MDs: parsed quickly, the overlap found at the right line. */
static void test_many_mds(void **state)
{
    const int n = 5000;
    size_t size = (size_t)n * 80 + 100, len = 0;
    char *text = malloc(size);
    mdshm_config_t *cfg;

    (void)state;
    assert_non_null(text);
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(text + len, size - len,
                                "<MDomain d%d.example www.d%d.example>\n"
                                "</MDomain>\n", i, i);
    cfg = ok_cfg(text);
    assert_int_equal(mdshm_config_md_count(cfg), (size_t)n);
    assert_string_equal(mdshm__config_md_name(cfg, (size_t)n - 1),
                        "d4999.example");
    mdshm_config_free(cfg);
    snprintf(text + len, size - len, "MDomain x.example www.d17.example\n");
    bad_cfg(text, "t.conf:10001: name 'www.d17.example' of MD 'x.example' "
                  "is already part of MD 'd17.example' (line 35)");
    free(text);
}

/* ------------------------------------------------------------------------
 * Formatting helpers
 * ---------------------------------------------------------------------- */

static void test_format(void **state)
{
    static const struct {
        int64_t ms;
        const char *text;
    } durs[] = {
        {0, "0s"},
        {DAY_MS, "1d"},
        {30 * DAY_MS, "30d"},
        {36 * HOUR_MS, "36h"},
        {90 * 60000, "90mi"},
        {45000, "45s"},
        {1500, "1500ms"},
        {-1000, "-1s"},
        {INT64_MIN, "-9223372036854775808ms"},
    };
    char buf[MDSHM__FMT_SIZE];
    mdshm__window_t w;

    (void)state;
    for (size_t i = 0; i < sizeof(durs) / sizeof(durs[0]); i++)
        assert_string_equal(
            mdshm__config_fmt_duration(durs[i].ms, buf, sizeof(buf)),
            durs[i].text);
    w.percent = true;
    w.value = 330;
    assert_string_equal(mdshm__config_fmt_window(&w, buf, sizeof(buf)),
                        "33%");
    w.value = 125;
    assert_string_equal(mdshm__config_fmt_window(&w, buf, sizeof(buf)),
                        "12.5%");
    w.value = 5;
    assert_string_equal(mdshm__config_fmt_window(&w, buf, sizeof(buf)),
                        "0.5%");
    w.percent = false;
    w.value = 30 * DAY_MS;
    assert_string_equal(mdshm__config_fmt_window(&w, buf, sizeof(buf)),
                        "30d");
    assert_string_equal(mdshm__config_fmt_window(NULL, buf, sizeof(buf)),
                        "-");
    /* a small buffer is truncated, never overrun */
    assert_string_equal(mdshm__config_fmt_duration(1500, buf, 4), "150");

    /* window lengths */
    w.percent = true;
    w.value = 330;
    assert_int_equal(mdshm__config_window_ms(&w, 90 * DAY_MS),
                     297 * DAY_MS / 10);
    assert_int_equal(mdshm__config_window_ms(&w, 0), 0);
    w.value = 999;
    assert_int_equal(mdshm__config_window_ms(&w, INT64_MAX / 2),
                     INT64_MAX / 2 / 1000 * 999 +
                         INT64_MAX / 2 % 1000 * 999 / 1000);
    w.percent = false;
    w.value = 5 * DAY_MS;
    assert_int_equal(mdshm__config_window_ms(&w, 90 * DAY_MS), 5 * DAY_MS);
}

/* What is parsed formats back to what was written. */
static void test_round_trip(void **state)
{
    static const char *const args[] = {"33%", "12.5%", "30d", "12h", "90mi",
                                       "45s", "1500ms", "0.5%"};
    char text[64], buf[MDSHM__FMT_SIZE];

    (void)state;
    for (size_t i = 0; i < sizeof(args) / sizeof(args[0]); i++) {
        mdshm_config_t *cfg;

        snprintf(text, sizeof(text), "MDWarnWindow %s\n", args[i]);
        cfg = ok_cfg(text);
        assert_string_equal(
            mdshm__config_fmt_window(&mdshm__config_global(cfg)->s.warn_window,
                                     buf, sizeof(buf)),
            args[i]);
        mdshm_config_free(cfg);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_directives, setup),
        cmocka_unit_test_setup(test_directives_all_covered, setup),
        cmocka_unit_test_setup(test_defaults, setup),
        cmocka_unit_test_setup(test_values, setup),
        cmocka_unit_test_setup(test_key_specs, setup),
        cmocka_unit_test_setup(test_windows_durations, setup),
        cmocka_unit_test_setup(test_ca_contact_proxy, setup),
        cmocka_unit_test_setup(test_port_map, setup),
        cmocka_unit_test_setup(test_static_files, setup),
        cmocka_unit_test_setup(test_eab_file, setup),
        cmocka_unit_test_setup(test_eab_secret_not_logged, setup),
        cmocka_unit_test_setup(test_contexts, setup),
        cmocka_unit_test_setup(test_inheritance, setup),
        cmocka_unit_test_setup(test_inherit_members_and_none, setup),
        cmocka_unit_test_setup(test_names, setup),
        cmocka_unit_test_setup(test_name_limits, setup),
        cmocka_unit_test_setup(test_cluster, setup),
        cmocka_unit_test_setup(test_overlaps, setup),
        cmocka_unit_test_setup(test_quotes, setup),
        cmocka_unit_test_setup(test_continuation, setup),
        cmocka_unit_test_setup(test_comments, setup),
        cmocka_unit_test_setup(test_case_and_crlf, setup),
        cmocka_unit_test_setup(test_sections, setup),
        cmocka_unit_test_setup(test_all_errors_reported, setup),
        cmocka_unit_test_setup(test_errors_sorted, setup),
        cmocka_unit_test_setup(test_error_cap, setup),
        cmocka_unit_test_setup(test_nul_byte_and_origin, setup),
        cmocka_unit_test_setup(test_api, setup),
        cmocka_unit_test_setup(test_load, setup),
        cmocka_unit_test_setup(test_many_mds, setup),
        cmocka_unit_test_setup(test_format, setup),
        cmocka_unit_test_setup(test_round_trip, setup),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
