/* config_check.c -- the arguments of the directives that decide how MDs
 * meet httpd's virtual hosts and ports (MDPortMap, MDBaseServer,
 * MDMembers, MDMatchNames, MDRequireHttps) and of mod_md's on/off and
 * keyword directives, checked while httpd reads them so that `apachectl
 * configtest` reports a mistake as mod_md does: httpd's "Syntax error on
 * line N of FILE:" and mod_md's sentence.
 * The values the module needs itself are kept in the configuration
 * record; everything is still handed to mdshm's parser as written. */
#include "mod_mdshm.h"

#include <errno.h>
#include <stdlib.h>

#include "apr_strings.h"

#define MD_SECTION "<MDomainSet" /* how mod_md names its section */

/* mod_md's MD_LOC_NOT_MD: global, never inside an MD section. */
static const char *not_in_md(cmd_parms *cmd, const mdshm_h_conf_t *c)
{
    if (!c->current)
        return NULL;
    return apr_pstrcat(cmd->pool, cmd->cmd->name, " is not allowed inside "
                       "an '" MD_SECTION "' context", NULL);
}

static const char *on_off(cmd_parms *cmd, const char *v, int *out)
{
    if (!strcasecmp(v, "on") || !strcasecmp(v, "off")) {
        *out = !strcasecmp(v, "on");
        return NULL;
    }
    return apr_pstrcat(cmd->pool, "unknown '", v, "', supported parameter "
                       "values are 'on' and 'off'", NULL);
}

/* One "http:PORT", "443:-", ... of MDPortMap, in mod_md's words. */
static const char *port_map(const char *v, mdshm_h_conf_t *c)
{
    const char *endp = v;
    char *e;
    long pub, local = 0;

    if (!strncmp(v, "http:", 5)) {
        pub = 80;
        endp = v + 4;
    } else if (!strncmp(v, "https:", 6)) {
        pub = 443;
        endp = v + 5;
    } else {
        errno = 0;
        pub = strtol(v, &e, 10);
        if (errno)
            return "unable to parse first port number";
        endp = e;
    }
    if (*endp != ':')
        return "no ':' after first port number";
    if (endp[1] != '-') {
        errno = 0;
        local = strtol(endp + 1, &e, 10);
        if (errno)
            return "unable to parse second port number";
        if (local <= 0 || local > 65535)
            return "invalid number for port map, must be in ]0,65535]";
    }
    if (pub == 80)
        c->local_80 = (int)local;
    else if (pub == 443)
        c->local_443 = (int)local;
    else
        return "mapped port number must be 80 or 443";
    return NULL;
}

/* mod_md's set_on_off directives. */
static int on_off_directive(const char *n)
{
    static const char *const names[] = {
        "MDMustStaple", "MDStapling", "MDStapleOthers", "MDServerStatus",
        "MDCertificateStatus", "MDProfileMandatory", "MDRenewViaARI", NULL
    };

    for (int i = 0; names[i]; i++)
        if (!strcasecmp(n, names[i]))
            return 1;
    return 0;
}

/* MDRenewMode, MDRetryFailover, MDChallengeDns01Version. */
static const char *keyword_value(cmd_parms *cmd, const char *n,
                                 const char *v)
{
    if (!strcasecmp(n, "MDRenewMode")) {
        static const char *const modes[] = {"auto", "automatic", "always",
                                            "manual", "stick", NULL};

        for (int i = 0; modes[i]; i++)
            if (!strcasecmp(v, modes[i]))
                return NULL;
        return apr_pstrcat(cmd->pool, "unknown MDDriveMode ", v, NULL);
    }
    if (!strcasecmp(n, "MDRetryFailover"))
        return atoi(v) > 0 ? NULL : "invalid argument, must be a number > 0";
    if (!strcasecmp(n, "MDChallengeDns01Version"))
        return !strcmp(v, "1") || !strcmp(v, "2") ? NULL
               : "Only versions `1` and `2` are supported";
    return NULL;
}

static const char *members(int argc, char *const argv[])
{
    for (int i = 0; i < argc; i++)
        if (!strcasecmp(argv[i], "auto") || !strcasecmp(argv[i], "manual"))
            return NULL;
    return "unknown value, use \"auto|manual\"";
}

/* httpd's own wording for a wrong argument count (TAKE1, TAKE12). */
static const char *count(cmd_parms *cmd, int argc, int lo, int hi)
{
    if (argc >= lo && argc <= hi)
        return NULL;
    if (lo == hi)
        return apr_pstrcat(cmd->pool, cmd->cmd->name, " takes one argument, ",
                           cmd->cmd->errmsg, NULL);
    return apr_psprintf(cmd->pool, "%s takes %d-%d arguments, %s",
                        cmd->cmd->name, lo, hi, cmd->cmd->errmsg);
}

const char *mdshm_h_check_directive(cmd_parms *cmd, mdshm_h_conf_t *c,
                                    int argc, char *const argv[])
{
    const char *n = cmd->cmd->name, *err = NULL;

    if (!strcasecmp(n, "MDPortMap")) {
        if ((err = not_in_md(cmd, c)) || (err = count(cmd, argc, 1, 2)))
            return err;
        for (int i = 0; i < argc && !err; i++)
            err = port_map(argv[i], c);
    } else if (!strcasecmp(n, "MDBaseServer")) {
        if (!(err = not_in_md(cmd, c)) && !(err = count(cmd, argc, 1, 1)))
            err = on_off(cmd, argv[0], &c->base_server);
    } else if (!strcasecmp(n, "MDMatchNames")) {
        if ((err = not_in_md(cmd, c)) || (err = count(cmd, argc, 1, 1)))
            return err;
        if (!strcasecmp(argv[0], "all") ||
            !strcasecmp(argv[0], "servernames"))
            c->match_servernames = !strcasecmp(argv[0], "servernames");
        else
            err = "invalid argument, must be a 'all' or 'servernames'";
    } else if (!strcasecmp(n, "MDMembers") || !strcasecmp(n, "MDMember")) {
        if (!c->current && argc != 1)
            err = apr_pstrcat(cmd->pool, n, " is only valid inside a '"
                              MD_SECTION "' context, not here", NULL);
        else if (!c->current)
            err = members(argc, argv);
    } else if (!strcasecmp(n, "MDRequireHttps")) {
        if (!(err = count(cmd, argc, 1, 1)) &&
            strcasecmp(argv[0], "off") && strcasecmp(argv[0], "temporary") &&
            strcasecmp(argv[0], "permanent"))
            err = apr_pstrcat(cmd->pool, "unknown '", argv[0], "', supported "
                              "parameter values are 'temporary' and "
                              "'permanent'", NULL);
    } else if (!strcasecmp(n, "MDCertificateAgreement")) {
        err = count(cmd, argc, 1, 1);
    } else if (on_off_directive(n) && argc == 1) {
        int ignored;

        err = on_off(cmd, argv[0], &ignored);
    } else if (argc == 1) {
        err = keyword_value(cmd, n, argv[0]);
    }
    return err;
}
