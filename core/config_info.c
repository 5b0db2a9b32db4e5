/* config_info.c -- the public view of a parsed configuration (what the
 * CLI and adapters may read without the internal structs). */
#include "config.h"

#include <string.h>

static mdshm_strlist_t list(mdshm__strv_t v)
{
    mdshm_strlist_t l = {v.n, v.v};
    return l;
}

static const char *renew_mode_name(mdshm__renew_mode_t m)
{
    switch (m) {
    case MDSHM__RENEW_MANUAL:
        return "manual";
    case MDSHM__RENEW_ALWAYS:
        return "always";
    default:
        return "auto";
    }
}

int mdshm_config_md_info(const mdshm_config_t *cfg, size_t i,
                         mdshm_config_md_info_t *out)
{
    const mdshm__config_md_t *md;
    const mdshm__md_settings_t *s;

    memset(out, 0, sizeof(*out));
    if (!cfg || i >= mdshm_config_md_count(cfg))
        return MDSHM_ENOTFOUND;
    md = mdshm__config_md(cfg, i);
    s = &md->s;
    out->name = md->name;
    out->file = md->file;
    out->line = md->line;
    out->names = list(md->names);
    out->key_specs = list(s->key_specs);
    out->ca_urls = list(s->ca_urls);
    out->contacts = list(s->contacts);
    out->challenges = list(s->challenges);
    out->cert_files = list(md->cert_files);
    out->key_files = list(md->key_files);
    out->agreement = s->ca_agreement;
    out->renew_mode = renew_mode_name(s->renew_mode);
    out->profile = s->profile;
    out->preferred_chain = s->preferred_chain;
    mdshm__config_fmt_window(&s->renew_window, out->renew_window,
                             sizeof(out->renew_window));
    mdshm__config_fmt_window(&s->warn_window, out->warn_window,
                             sizeof(out->warn_window));
    out->must_staple = s->must_staple;
    out->is_static = md->is_static;
    out->renew_via_ari = s->renew_via_ari;
    out->stapling = s->stapling;
    out->export_dir = s->export_dir;
    return 0;
}

void mdshm_config_global_info(const mdshm_config_t *cfg,
                              mdshm_config_global_info_t *out)
{
    const mdshm__config_global_t *g = mdshm__config_global(cfg);

    memset(out, 0, sizeof(*out));
    out->store_dir = g->store_dir;
    out->store_dir_file = g->store_dir_file;
    out->store_dir_line = g->store_dir_line;
    mdshm__config_fmt_duration(g->check_interval_ms, out->check_interval,
                               sizeof(out->check_interval));
    mdshm__config_fmt_duration(g->retry_delay_ms, out->retry_delay,
                               sizeof(out->retry_delay));
    out->retry_failover = g->retry_failover;
    out->stapling = g->s.stapling;
    out->staple_others = g->s.staple_others;
}
