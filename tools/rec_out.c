/* rec_out.c -- every record type of the store in readable form.
 *
 * Private keys appear only as type, size and public key fingerprint;
 * certificates as their parsed details; other binary data as size and
 * SHA-256; timestamps as ISO-8601 UTC plus the raw value.
 */
#include "emit.h"
#include "cli.h"

#include <stdio.h>

const char *cli_md_state_name(uint32_t state)
{
    switch (state) {
    case MDSHM_MD_UNKNOWN: return "unknown";
    case MDSHM_MD_INCOMPLETE: return "incomplete";
    case MDSHM_MD_COMPLETE: return "complete";
    case MDSHM_MD_EXPIRED: return "expired";
    case MDSHM_MD_ERROR: return "error";
    case MDSHM_MD_MISSING: return "missing";
    default: return "unknown";
    }
}

static const char *renew_mode_name(uint32_t mode)
{
    switch (mode) {
    case 0: return "manual";
    case 1: return "auto";
    case 2: return "always";
    default: return "unknown";
    }
}

static const char *ocsp_status_name(uint32_t status)
{
    switch (status) {
    case 0: return "good";
    case 1: return "revoked";
    case 2: return "unknown";
    default: return "invalid";
    }
}

/* An enum as its name; a value without a name as "unknown (N)". */
static void emit_enum(emit_t *e, const char *key, const char *name,
                      bool known, uint32_t v)
{
    char buf[64];

    if (known) {
        emit_str(e, key, name);
        return;
    }
    snprintf(buf, sizeof(buf), "unknown (%u)", v);
    emit_str(e, key, buf);
}

static void emit_chain(emit_t *e, const char *key, const mdshm_buf_t *chain,
                       uint32_t n)
{
    emit_arr(e, key);
    for (uint32_t i = 0; i < n; i++)
        emit_cert(e, NULL, chain[i]);
    emit_end(e);
}

static void out_md(emit_t *e, const mdshm_md_rec_t *m)
{
    emit_buf(e, "name", m->name);
    emit_uint(e, "gen", m->gen);
    emit_enum(e, "state", cli_md_state_name(m->state),
              m->state <= MDSHM_MD_MISSING, m->state);
    emit_enum(e, "renew_mode", renew_mode_name(m->renew_mode),
              m->renew_mode <= 2, m->renew_mode);
    emit_str_list(e, "names", m->names, m->n_names);
    emit_str_list(e, "ca_urls", m->ca_urls, m->n_ca_urls);
    emit_str_list(e, "contacts", m->contacts, m->n_contacts);
    emit_str_list(e, "key_specs", m->key_specs, m->n_key_specs);
    emit_buf(e, "renew_window", m->renew_window);
    emit_buf(e, "warn_window", m->warn_window);
    emit_bool(e, "must_staple", m->must_staple);
    emit_bool(e, "is_static", m->is_static);
    emit_time(e, "renew_at_ms", m->renew_at_ms, true);
}

static void out_certset(emit_t *e, const mdshm_certset_rec_t *c)
{
    emit_uint(e, "gen", c->gen);
    emit_buf(e, "md", c->md);
    emit_buf(e, "key_spec", c->key_spec);
    emit_pkey(e, "pkey", c->pkey);
    emit_chain(e, "chain", c->chain, c->n_chain);
    emit_time(e, "not_before", c->not_before, false);
    emit_time(e, "not_after", c->not_after, false);
    emit_hex(e, "sha256", c->sha256);
    emit_buf(e, "issuer", c->issuer);
    emit_buf(e, "serial", c->serial);
    emit_buf(e, "ocsp_url", c->ocsp_url);
    emit_buf(e, "ari_id", c->ari_id);
    emit_bool(e, "is_static", c->is_static);
    emit_time(e, "installed_ms", c->installed_ms, true);
}

static void out_staging(emit_t *e, const mdshm_staging_rec_t *s)
{
    emit_buf(e, "md", s->md);
    emit_buf(e, "key_spec", s->key_spec);
    emit_uint(e, "state", s->state);
    emit_pkey(e, "pkey", s->pkey);
    emit_chain(e, "chain", s->chain, s->n_chain);
    emit_buf(e, "account_id", s->account_id);
    emit_buf(e, "order_url", s->order_url);
    emit_buf(e, "finalize_url", s->finalize_url);
    emit_str_list(e, "authz_urls", s->authz_urls, s->n_authz);
    emit_time(e, "created_ms", s->created_ms, true);
    emit_time(e, "updated_ms", s->updated_ms, true);
}

static void out_ocsp(emit_t *e, const mdshm_ocsp_rec_t *o)
{
    emit_blob(e, "der", o->der);
    emit_enum(e, "status", ocsp_status_name(o->status), o->status <= 2,
              o->status);
    emit_time(e, "this_update", o->this_update, false);
    emit_time(e, "next_update", o->next_update, false);
    emit_time(e, "fetched_ms", o->fetched_ms, true);
    emit_time(e, "renew_at_ms", o->renew_at_ms, true);
    emit_time(e, "last_used_ms", o->last_used_ms, true);
    emit_uint(e, "errors", o->errors);
    emit_buf(e, "responder_url", o->responder_url);
    emit_buf(e, "md", o->md);
    emit_buf(e, "last_error", o->last_error);
    emit_time(e, "next_try_ms", o->next_try_ms, true);
    emit_time(e, "cert_not_after", o->cert_not_after, false);
    emit_uint(e, "gen", o->gen);
    if (o->cert.n)
        emit_cert(e, "cert", o->cert);
    if (o->issuer_cert.n)
        emit_cert(e, "issuer_cert", o->issuer_cert);
}

static void out_challenge(emit_t *e, const mdshm_challenge_rec_t *c)
{
    emit_buf(e, "type", c->type);
    emit_buf(e, "name", c->name);
    emit_buf(e, "token", c->token);
    emit_buf(e, "key_authz", c->key_authz); /* public: served over HTTP */
    if (c->cert.n)
        emit_cert(e, "cert", c->cert);
    else
        emit_null(e, "cert");
    emit_pkey(e, "pkey", c->pkey);
    emit_time(e, "created_ms", c->created_ms, true);
}

static void out_account(emit_t *e, const mdshm_account_rec_t *a)
{
    emit_buf(e, "ca_url", a->ca_url);
    emit_buf(e, "url", a->url);
    emit_buf(e, "status", a->status);
    emit_pkey(e, "pkey", a->pkey);
    emit_str_list(e, "contacts", a->contacts, a->n_contacts);
    emit_buf(e, "agreement", a->agreement);
    emit_buf(e, "eab_kid", a->eab_kid);
    emit_time(e, "created_ms", a->created_ms, true);
}

static void out_job(emit_t *e, const mdshm_job_rec_t *j)
{
    emit_buf(e, "md", j->md);
    emit_uint(e, "errors", j->errors);
    emit_time(e, "next_run_ms", j->next_run_ms, true);
    emit_time(e, "retry_after_ms", j->retry_after_ms, true);
    emit_str(e, "last_status", mdshm_err_name(j->last_status));
    emit_buf(e, "last_problem", j->last_problem);
    emit_buf(e, "last_detail", j->last_detail);
    emit_buf(e, "last_activity", j->last_activity);
    emit_time(e, "last_run_ms", j->last_run_ms, true);
    emit_arr(e, "log");
    for (uint32_t i = 0; i < j->n_log && i < MDSHM_MAX_JOBLOG; i++) {
        emit_obj(e, NULL);
        emit_time(e, "when_ms", j->log[i].when_ms, true);
        emit_buf(e, "type", j->log[i].type);
        emit_buf(e, "detail", j->log[i].detail);
        emit_end(e);
    }
    emit_end(e);
}

void emit_record(emit_t *e, const char *key, const mdshm_record_t *rec)
{
    const mdshm_leader_rec_t *l;

    emit_obj(e, key);
    switch (rec->type) {
    case MDSHM_REC_SCHEMA:
        emit_uint(e, "schema", rec->u.schema.schema);
        emit_buf(e, "library", rec->u.schema.library);
        break;
    case MDSHM_REC_LEADER:
        l = &rec->u.leader;
        emit_uint(e, "term", l->term);
        emit_int(e, "pid", l->pid);
        emit_buf(e, "host", l->host);
        emit_time(e, "since_ms", l->since_ms, true);
        emit_time(e, "heartbeat_ms", l->heartbeat_ms, true);
        emit_bool(e, "has_lock", l->has_lock);
        break;
    case MDSHM_REC_GEN:
        emit_uint(e, "gen", rec->u.gen.gen);
        break;
    case MDSHM_REC_MD:
        out_md(e, &rec->u.md);
        break;
    case MDSHM_REC_NAME:
        emit_buf(e, "md", rec->u.name.md);
        break;
    case MDSHM_REC_CERTSET:
        out_certset(e, &rec->u.certset);
        break;
    case MDSHM_REC_STAGING:
        out_staging(e, &rec->u.staging);
        break;
    case MDSHM_REC_OCSP:
        out_ocsp(e, &rec->u.ocsp);
        break;
    case MDSHM_REC_CHALLENGE:
        out_challenge(e, &rec->u.challenge);
        break;
    case MDSHM_REC_ACCOUNT:
        out_account(e, &rec->u.account);
        break;
    case MDSHM_REC_JOB:
        out_job(e, &rec->u.job);
        break;
    default:
        emit_str(e, "error", "unknown record type");
        break;
    }
    emit_end(e);
}
