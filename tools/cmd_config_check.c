/* cmd_config_check.c -- mdshm config-check [--conf FILE] [--json]: parse
 * a configuration file (docs/configuration.md; the file as in
 * cli_conf_find) and show what it configures.
 *
 * Text: "FILE: OK, N managed domains" and per MD its names, key specs,
 * CAs and renew window.  A file with errors: the parser's messages
 * ("FILE:LINE: message", one per error) on stderr and exit 1.  --json: one
 * document on stdout, {"ok": true, "mds": [...]} or {"ok": false,
 * "errors": [...]}.
 *
 * Like every command, it uses only the public API (mdshm_config_md_info).
 */
#include "cli.h"
#include "emit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parser messages: in JSON mode errors are collected for the document,
 * everything else goes to mdshm's usual sink (stderr or --log syslog). */
struct capture {
    bool json;
    size_t n, cap;
    char **msgs;
    bool oom;
};

static void sink(void *baton, mdshm_log_level_t level, int err,
                 const char *file, int line, const char *msg)
{
    struct capture *c = baton;

    if (c && c->json && level <= MDSHM_LOG_ERR) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? 2 * c->cap : 16;
            char **v = realloc(c->msgs, cap * sizeof(*v));
            if (!v) {
                c->oom = true;
                return;
            }
            c->msgs = v;
            c->cap = cap;
        }
        c->msgs[c->n] = strdup(msg);
        if (!c->msgs[c->n]) {
            c->oom = true;
            return;
        }
        c->n++;
        return;
    }
    cli_log_sink(NULL, level, err, file, line, msg);
}

static void print_list(const char *label, mdshm_strlist_t v)
{
    printf("  %-13s", label);
    if (v.n == 0)
        printf(" -");
    for (size_t i = 0; i < v.n; i++) {
        char *e = cli_escape(v.v[i], strlen(v.v[i]));
        printf(" %s", e ? e : "?");
        free(e);
    }
    printf("\n");
}

static void out_text(const char *path, const mdshm_config_t *cfg)
{
    size_t n = mdshm_config_md_count(cfg);
    const char *store = mdshm_config_store_dir(cfg);

    printf("%s: OK, %zu managed domain%s\n", path, n, n == 1 ? "" : "s");
    if (store)
        printf("store: %s\n", store);
    for (size_t i = 0; i < n; i++) {
        mdshm_config_md_info_t md;

        if (mdshm_config_md_info(cfg, i, &md) < 0)
            continue;
        printf("%s\n", md.name);
        print_list("names:", md.names);
        print_list("key specs:", md.key_specs);
        if (md.is_static) {
            print_list("certificates:", md.cert_files);
            print_list("keys:", md.key_files);
        }
        print_list("CAs:", md.ca_urls);
        printf("  %-13s %s\n", "renew window:", md.renew_window);
    }
}

static void emit_strv(emit_t *e, const char *key, mdshm_strlist_t v)
{
    emit_arr(e, key);
    for (size_t i = 0; i < v.n; i++)
        emit_str(e, NULL, v.v[i]);
    emit_end(e);
}

static void emit_md(emit_t *e, const mdshm_config_md_info_t *md)
{
    emit_obj(e, NULL);
    emit_str(e, "name", md->name);
    emit_str(e, "file", md->file); /* an Include'd file, maybe */
    emit_int(e, "line", md->line);
    emit_strv(e, "names", md->names);
    emit_strv(e, "key_specs", md->key_specs);
    emit_strv(e, "ca_urls", md->ca_urls);
    emit_strv(e, "contacts", md->contacts);
    emit_str(e, "agreement", md->agreement);
    emit_str(e, "renew_mode", md->renew_mode);
    emit_str(e, "renew_window", md->renew_window);
    emit_str(e, "warn_window", md->warn_window);
    emit_bool(e, "must_staple", md->must_staple);
    emit_strv(e, "challenges", md->challenges);
    emit_bool(e, "static", md->is_static);
    if (md->is_static) {
        emit_strv(e, "cert_files", md->cert_files);
        emit_strv(e, "key_files", md->key_files);
    }
    emit_str(e, "profile", md->profile);
    emit_str(e, "preferred_chain", md->preferred_chain);
    emit_bool(e, "renew_via_ari", md->renew_via_ari);
    emit_bool(e, "stapling", md->stapling);
    emit_str(e, "export_dir", md->export_dir);
    emit_end(e);
}

static int out_json(const char *path, const mdshm_config_t *cfg, int rv,
                    const struct capture *c)
{
    emit_t *e = emit_json_new(stdout);
    int wrv;

    if (!e)
        return cli_fail(-ENOMEM, "config-check");
    emit_str(e, "file", path);
    emit_bool(e, "ok", rv == 0);
    if (rv == 0) {
        mdshm_config_global_info_t g;
        mdshm_config_md_info_t md;

        mdshm_config_global_info(cfg, &g);
        emit_str(e, "store_dir", g.store_dir);
        emit_uint(e, "md_count", mdshm_config_md_count(cfg));
        emit_str(e, "check_interval", g.check_interval);
        emit_str(e, "retry_delay", g.retry_delay);
        emit_uint(e, "retry_failover", g.retry_failover);
        emit_arr(e, "mds");
        for (size_t i = 0; i < mdshm_config_md_count(cfg); i++) {
            if (mdshm_config_md_info(cfg, i, &md) == 0)
                emit_md(e, &md);
        }
        emit_end(e);
    } else {
        emit_str(e, "error", mdshm_err_name(rv));
        emit_str(e, "message", mdshm_strerror(rv));
        emit_arr(e, "errors");
        for (size_t i = 0; i < c->n; i++)
            emit_str(e, NULL, c->msgs[i]);
        emit_end(e);
    }
    wrv = emit_finish(e);
    emit_free(e);
    if (wrv < 0)
        return cli_fail(wrv, "config-check: cannot write the output");
    return rv == 0 ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}

int cmd_config_check(cli_t *cli)
{
    const char *path, *from;
    struct capture c = {0};
    mdshm_config_t *cfg = NULL;
    mdshm_log_level_t level = cli->verbose > 1   ? MDSHM_LOG_TRACE
                              : cli->verbose > 0 ? MDSHM_LOG_DEBUG
                                                 : MDSHM_LOG_WARN;
    int rv, rc;

    cli_conf_find(cli, &path, &from);
    if (!path)
        return cli_usage_error(cli, "config-check: no configuration: give "
                               "--conf FILE or set MDSHM_CONF");
    c.json = cli_flag(cli, "--json");
    mdshm_set_default_log(sink, &c, level);
    rv = mdshm_config_load(path, &cfg);
    mdshm_set_default_log(sink, NULL, level); /* c goes out of scope */
    if (c.oom) /* messages lost; there were errors anyway */
        rv = -ENOMEM;

    if (c.json)
        rc = out_json(path, cfg, rv, &c);
    else if (rv == MDSHM_EBADINPUT)
        rc = cli_fail(rv, "%s: the configuration is not valid", path);
    else if (rv < 0)
        rc = cli_fail(rv, "config-check: cannot load %s", path);
    else {
        out_text(path, cfg);
        rc = CLI_EXIT_OK;
    }
    for (size_t i = 0; i < c.n; i++)
        free(c.msgs[i]);
    free(c.msgs);
    mdshm_config_free(cfg);
    return rc;
}
