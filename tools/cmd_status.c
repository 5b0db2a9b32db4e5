/* cmd_status.c -- mdshm status [--json] [--stale-ms N]: the leader, store
 * figures and, per MD, names, state, validity and generations, and the
 * drive's view: renew-at, next run, errors, the last result and the
 * newest job log entries, and any order in progress (staging).
 *
 * The store is opened read-only: status works while a leader runs and
 * never writes.  Corrupt records are shown as such and do not make status
 * fail; a part that cannot be read at all is shown with its error and the
 * exit status is 1.
 */
#include "cli.h"
#include "emit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int cmd_md_status(cli_t *cli); /* tools/cmd_metrics.c */
int cmd_status_html(cli_t *cli); /* tools/cmd_status_html.c */

struct status {
    emit_t *e;
    mdshm_reader_t *rd;
    mdshm_record_t *md;   /* the MD being shown */
    mdshm_record_t *cs;   /* one of its certificate sets */
    mdshm_record_t *job;  /* its job record */
    int64_t now_ms;
    int err;
};

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;

    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static void out_leader(emit_t *e, mdshm_store_t *st, unsigned stale_ms,
                       int *failed)
{
    mdshm_leader_status_t ls;
    int rv = mdshm_leader_status(st, stale_ms, &ls);

    emit_obj(e, "leader");
    if (rv < 0) {
        emit_str(e, "error", mdshm_err_name(rv));
        emit_str(e, "message", mdshm_strerror(rv));
        if (rv != MDSHM_ECORRUPT)
            *failed = 1;
        emit_end(e);
        return;
    }
    /* active: a leader that holds the lock and heartbeats in time. */
    emit_bool(e, "active", ls.present && ls.lock_held && !ls.stale);
    emit_bool(e, "present", ls.present);
    if (ls.present) {
        emit_int(e, "pid", ls.pid);
        emit_str(e, "host", ls.host);
        emit_uint(e, "term", ls.term);
        emit_time(e, "since_ms", ls.since_ms, true);
        emit_time(e, "heartbeat_ms", ls.heartbeat_ms, true);
        if (ls.heartbeat_age_ms < 0) /* no heartbeat recorded */
            emit_null(e, "heartbeat_age_ms");
        else
            emit_int(e, "heartbeat_age_ms", ls.heartbeat_age_ms);
        emit_bool(e, "stale", ls.stale);
        emit_uint(e, "stale_ms", stale_ms ? stale_ms : 10000);
        emit_bool(e, "has_lock", ls.has_lock);
        emit_bool(e, "alive", ls.alive);
    }
    emit_bool(e, "lock_held", ls.lock_held);
    emit_end(e);
}

static void out_storage(emit_t *e, mdshm_store_t *st, int *failed)
{
    mdshm_store_stats_t ss;
    int rv = mdshm_store_stats(st, &ss);

    emit_obj(e, "storage");
    if (rv < 0) {
        emit_str(e, "error", mdshm_err_name(rv));
        emit_str(e, "message", mdshm_strerror(rv));
        *failed = 1;
        emit_end(e);
        return;
    }
    emit_size(e, "file_size", ss.file_size);
    emit_size(e, "map_size", ss.map_size);
    emit_size(e, "used_size", ss.used_size);
    emit_uint(e, "readers", ss.readers);
    emit_uint(e, "stale_readers", ss.stale_readers);
    emit_uint(e, "max_readers", ss.max_readers);
    emit_obj(e, "entries");
    for (int db = 0; db < MDSHM_DB_COUNT; db++)
        emit_uint(e, mdshm_db_name((mdshm_db_t)db), ss.entries[db]);
    emit_end(e);
    emit_end(e);
}

/* meta/gen, the store's change counter (0 for a new store). */
static void out_gen(struct status *s)
{
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(s->rd, MDSHM_DB_META, "gen", 3, &v);

    if (rv == MDSHM_ENOTFOUND) {
        emit_uint(s->e, "gen", 0);
        return;
    }
    if (rv == 0)
        rv = mdshm_record_decode(MDSHM_REC_GEN, v.p, v.n, s->cs);
    if (rv < 0)
        emit_corrupt(s->e, "gen", rv, v.n);
    else
        emit_uint(s->e, "gen", s->cs->u.gen.gen);
}

/* Cluster mode as the host's leader last wrote it (meta/cluster; absent
 * outside cluster mode): no etcd needed. */
static void out_cluster(struct status *s)
{
    const mdshm_cluster_rec_t *c = &s->cs->u.cluster;
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(s->rd, MDSHM_DB_META, "cluster", 7, &v);

    if (rv == MDSHM_ENOTFOUND)
        return;
    if (rv == 0)
        rv = mdshm_record_decode(MDSHM_REC_CLUSTER, v.p, v.n, s->cs);
    if (rv < 0) {
        emit_corrupt(s->e, "cluster", rv, v.n);
        return;
    }
    emit_obj(s->e, "cluster");
    emit_buf(s->e, "host", c->host);
    emit_buf(s->e, "role", c->role);
    emit_buf(s->e, "leader", c->leader);
    emit_int(s->e, "term", c->term);
    emit_int(s->e, "applied_revision", c->applied_rev);
    emit_int(s->e, "lag", c->seen_rev > c->applied_rev
                              ? c->seen_rev - c->applied_rev
                              : 0);
    emit_buf(s->e, "etcd", c->etcd);
    emit_buf(s->e, "endpoint", c->endpoint);
    emit_buf(s->e, "last_error", c->last_error);
    emit_buf(s->e, "key_check", c->key_check);
    emit_uint(s->e, "fenced", c->fenced);
    emit_uint(s->e, "resyncs", c->resyncs);
    emit_uint(s->e, "restores", c->restores);
    emit_time(s->e, "updated_ms", c->updated_ms, true);
    emit_end(s->e);
}

/* The staple of one certificate (docs/operations.md, "Stapling status
 * fields"): "no responder" is a normal state, not an error. */
static void out_staple(struct status *s, const mdshm_certset_rec_t *c)
{
    mdshm_record_t *rec;
    const mdshm_ocsp_rec_t *o;
    char key[65];
    int rv;

    emit_obj(s->e, "ocsp");
    if (c->ocsp_url.n == 0 || c->sha256.n != 32) {
        emit_str(s->e, "status", "no responder");
        emit_end(s->e);
        return;
    }
    if (!(rec = malloc(sizeof(*rec)))) {
        s->err = -ENOMEM;
        emit_end(s->e);
        return;
    }
    o = &rec->u.ocsp;
    mdshm_key_ocsp(key, c->sha256.p);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, 64, rec);
    if (rv < 0) {
        emit_str(s->e, "status", rv == MDSHM_ENOTFOUND ? "none"
                                                       : mdshm_err_name(rv));
        emit_buf(s->e, "responder_url", c->ocsp_url);
    } else {
        bool live = o->der.n && o->next_update * 1000 > s->now_ms;
        emit_str(s->e, "status", !live ? (o->der.n ? "expired" : "none")
                                 : o->status == 0 ? "good"
                                 : o->status == 1 ? "revoked" : "unknown");
        emit_time(s->e, "valid_from", o->this_update, false);
        emit_time(s->e, "valid_until", o->next_update, false);
        emit_time(s->e, "renew_at_ms", o->renew_at_ms, true);
        emit_time(s->e, "fetched_ms", o->fetched_ms, true);
        emit_uint(s->e, "errors", o->errors);
        emit_buf(s->e, "last_error", o->last_error);
        emit_time(s->e, "next_try_ms", o->next_try_ms, true);
        emit_buf(s->e, "responder_url", o->responder_url);
    }
    free(rec);
    emit_end(s->e);
}

/* What the CRL says of one certificate (docs/revocation.md): "not
 * checked" without a record (MDCRLCheck off, or no CRL URL). */
static void out_crl(struct status *s, const mdshm_certset_rec_t *c)
{
    mdshm_record_t *rec;
    const mdshm_crl_rec_t *r;
    char key[4 + 65];
    int rv;

    emit_obj(s->e, "crl");
    if (c->sha256.n != 32 || !(rec = malloc(sizeof(*rec)))) {
        if (c->sha256.n == 32)
            s->err = -ENOMEM;
        emit_str(s->e, "status", "not checked");
        emit_end(s->e);
        return;
    }
    r = &rec->u.crl;
    memcpy(key, "crl-", 4); /* next to the staple: ocsp/crl-<sha256> */
    mdshm_key_ocsp(key + 4, c->sha256.p);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, 68, rec);
    if (rv < 0) {
        emit_str(s->e, "status", rv == MDSHM_ENOTFOUND ? "not checked"
                                                       : mdshm_err_name(rv));
    } else {
        emit_str(s->e, "status", !r->fetched_ms ? "none"
                                 : r->status == 0 ? "good"
                                 : r->status == 1 ? "revoked" : "unknown");
        if (r->status == 1 && r->fetched_ms) {
            emit_time(s->e, "revoked_at", r->revoked_at, false);
            emit_int(s->e, "reason", r->reason);
        }
        emit_buf(s->e, "url", r->url);
        emit_time(s->e, "this_update", r->this_update, false);
        emit_time(s->e, "next_update", r->next_update, false);
        emit_time(s->e, "fetched_ms", r->fetched_ms, true);
        emit_time(s->e, "next_fetch_ms", r->next_fetch_ms, true);
        emit_uint(s->e, "errors", r->errors);
        emit_buf(s->e, "last_error", r->last_error);
        emit_time(s->e, "next_try_ms", r->next_try_ms, true);
        emit_uint(s->e, "skipped_urls", r->skipped);
    }
    free(rec);
    emit_end(s->e);
}

/* The active set of (md, spec) from the certs database. */
static void out_certset(struct status *s, mdshm_buf_t md, mdshm_buf_t spec)
{
    char key[600], *k;
    mdshm_buf_t v;
    const mdshm_certset_rec_t *c = &s->cs->u.certset;
    int n, rv;

    k = cli_escape(spec.p, spec.n);
    if (!k) {
        s->err = -ENOMEM;
        return;
    }
    n = mdshm_key_certset(key, sizeof(key), (const char *)md.p, md.n,
                          (const char *)spec.p, spec.n);
    rv = n < 0 ? n
               : mdshm_read_get_raw(s->rd, MDSHM_DB_CERTS, key, (size_t)n,
                                    &v);
    if (rv == MDSHM_ENOTFOUND) {
        emit_null(s->e, k);
        goto out;
    }
    if (rv < 0) {
        emit_obj(s->e, k);
        emit_str(s->e, "error", mdshm_err_name(rv));
        emit_end(s->e);
        goto out;
    }
    rv = mdshm_record_decode(MDSHM_REC_CERTSET, v.p, v.n, s->cs);
    if (rv < 0) {
        emit_corrupt(s->e, k, rv, v.n);
        goto out;
    }
    emit_obj(s->e, k);
    emit_uint(s->e, "gen", c->gen);
    emit_time(s->e, "not_before", c->not_before, false);
    emit_time(s->e, "not_after", c->not_after, false);
    emit_int(s->e, "days_left",
             floor_div(c->not_after * 1000 - s->now_ms, 86400000));
    emit_bool(s->e, "valid", c->not_before * 1000 <= s->now_ms &&
                                 s->now_ms < c->not_after * 1000);
    emit_buf(s->e, "serial", c->serial);
    emit_buf(s->e, "issuer", c->issuer);
    emit_bool(s->e, "is_static", c->is_static);
    emit_time(s->e, "installed_ms", c->installed_ms, true);
    out_staple(s, c);
    out_crl(s, c);
    emit_end(s->e);
out:
    free(k);
}

#define STATUS_LOG_ENTRIES 5

/* The drive's bookkeeping for @md (jobs database). */
static void out_job(struct status *s, mdshm_buf_t md)
{
    const mdshm_job_rec_t *j = &s->job->u.job;
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(s->rd, MDSHM_DB_JOBS, md.p, md.n, &v);

    if (rv == MDSHM_ENOTFOUND) {
        emit_null(s->e, "job");
        return;
    }
    if (rv == 0)
        rv = mdshm_record_decode(MDSHM_REC_JOB, v.p, v.n, s->job);
    if (rv < 0) {
        emit_corrupt(s->e, "job", rv, v.n);
        return;
    }
    emit_obj(s->e, "job");
    emit_time(s->e, "next_run_ms", j->next_run_ms, true);
    emit_time(s->e, "last_run_ms", j->last_run_ms, true);
    emit_uint(s->e, "errors", j->errors);
    emit_time(s->e, "retry_after_ms", j->retry_after_ms, true);
    emit_obj(s->e, "last");
    emit_int(s->e, "status", j->last_status);
    emit_str(s->e, "error", j->last_status ? mdshm_err_name(j->last_status)
                                           : NULL);
    emit_buf(s->e, "problem", j->last_problem);
    emit_buf(s->e, "detail", j->last_detail);
    emit_buf(s->e, "activity", j->last_activity);
    emit_end(s->e);
    emit_arr(s->e, "log");
    for (uint32_t i = j->n_log > STATUS_LOG_ENTRIES
                         ? j->n_log - STATUS_LOG_ENTRIES
                         : 0;
         i < j->n_log; i++) {
        emit_obj(s->e, NULL);
        emit_time(s->e, "when_ms", j->log[i].when_ms, true);
        emit_buf(s->e, "type", j->log[i].type);
        emit_buf(s->e, "detail", j->log[i].detail);
        emit_end(s->e);
    }
    emit_end(s->e);
    emit_end(s->e);
}

static const char *staging_state(uint32_t st)
{
    static const char *const names[] = {"key", "ordered", "authorized",
                                        "finalizing", "done"};
    return st < sizeof(names) / sizeof(names[0]) ? names[st] : "unknown";
}

/* An order in progress for (md, spec), if any. */
static void out_staging(struct status *s, mdshm_buf_t md, mdshm_buf_t spec)
{
    const mdshm_staging_rec_t *g = &s->cs->u.staging;
    char key[600], *k;
    mdshm_buf_t v;
    int n, rv;

    n = mdshm_key_certset(key, sizeof(key), (const char *)md.p, md.n,
                          (const char *)spec.p, spec.n);
    if (n < 0 ||
        mdshm_read_get_raw(s->rd, MDSHM_DB_STAGING, key, (size_t)n, &v) < 0)
        return;
    if (!(k = cli_escape(spec.p, spec.n))) {
        s->err = -ENOMEM;
        return;
    }
    rv = mdshm_record_decode(MDSHM_REC_STAGING, v.p, v.n, s->cs);
    if (rv < 0) {
        emit_corrupt(s->e, k, rv, v.n);
    } else {
        emit_obj(s->e, k);
        emit_str(s->e, "state", staging_state(g->state));
        emit_buf(s->e, "order_url", g->order_url);
        emit_buf(s->e, "account_id", g->account_id);
        emit_uint(s->e, "chain", g->n_chain);
        emit_time(s->e, "created_ms", g->created_ms, true);
        emit_time(s->e, "updated_ms", g->updated_ms, true);
        emit_end(s->e);
    }
    free(k);
}

/* RFC 5280 CRLReason names (codes 0-10; 7 is unused). */
static const char *reason_name(int32_t code)
{
    static const char *const names[] = {"unspecified", "keyCompromise",
        "cACompromise", "affiliationChanged", "superseded",
        "cessationOfOperation", "certificateHold", "(7)", "removeFromCRL",
        "privilegeWithdrawn", "aACompromise"};

    return code >= 0 && code <= 10 ? names[code] : "none given";
}

/* A warning line per certificate of @md that its CRL lists: for a static
 * MD nobody but the operator can replace it, so it must be seen at
 * once ("warnings", before the details; absent when none). */
static void out_warnings(struct status *s, mdshm_buf_t md)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const mdshm_certset_rec_t *c = &s->cs->u.certset;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    const mdshm_crl_rec_t *r = rec ? &rec->u.crl : NULL;
    bool open = false;

    if (!rec) {
        s->err = -ENOMEM;
        return;
    }
    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++) {
        char key[600], when[32], line[1024];
        mdshm_buf_t v;
        time_t t;
        struct tm tm;
        int n = mdshm_key_certset(key, sizeof(key), (const char *)md.p,
                                  md.n, (const char *)m->key_specs[i].p,
                                  m->key_specs[i].n);
        if (n < 0 ||
            mdshm_read_get_raw(s->rd, MDSHM_DB_CERTS, key, (size_t)n,
                               &v) < 0 ||
            mdshm_record_decode(MDSHM_REC_CERTSET, v.p, v.n, s->cs) < 0 ||
            c->sha256.n != 32)
            continue;
        memcpy(key, "crl-", 4);
        mdshm_key_ocsp(key + 4, c->sha256.p);
        if (mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, 68, rec) < 0 ||
            rec->type != MDSHM_REC_CRL || !r->fetched_ms || r->status != 1)
            continue;
        t = (time_t)r->revoked_at;
        if (!gmtime_r(&t, &tm) ||
            !strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm))
            snprintf(when, sizeof(when), "?");
        snprintf(line, sizeof(line), "REVOKED: certificate %.*s (serial "
                 "%.*s) is listed in its CRL %.*s, revoked %s (%s); %s",
                 (int)m->key_specs[i].n, (const char *)m->key_specs[i].p,
                 (int)c->serial.n, (const char *)c->serial.p,
                 (int)r->url.n, (const char *)r->url.p, when,
                 reason_name(r->reason),
                 m->is_static ? "a static certificate: mdshm cannot renew "
                                "it, replace MDCertificateFile/KeyFile now"
                              : "a renewal was requested");
        if (!open)
            emit_arr(s->e, "warnings");
        open = true;
        emit_str(s->e, NULL, line);
    }
    if (open)
        emit_end(s->e);
    free(rec);
}

static int out_md(void *baton, mdshm_db_t db, mdshm_buf_t key,
                  mdshm_buf_t val)
{
    struct status *s = baton;
    const mdshm_md_rec_t *m = &s->md->u.md;
    char *k = cli_escape(key.p, key.n);
    int rv;

    (void)db;
    if (!k)
        return s->err = -ENOMEM;
    rv = mdshm_record_decode(MDSHM_REC_MD, val.p, val.n, s->md);
    if (rv < 0) {
        emit_corrupt(s->e, k, rv, val.n);
        free(k);
        return 0;
    }
    emit_obj(s->e, k);
    out_warnings(s, key);
    emit_str_list(s->e, "names", m->names, m->n_names);
    emit_str(s->e, "state", cli_md_state_name(m->state));
    emit_uint(s->e, "gen", m->gen);
    emit_bool(s->e, "is_static", m->is_static);
    emit_time(s->e, "renew_at_ms", m->renew_at_ms, true);
    emit_obj(s->e, "certs");
    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++)
        out_certset(s, key, m->key_specs[i]);
    emit_end(s->e);
    emit_obj(s->e, "staging");
    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++)
        out_staging(s, key, m->key_specs[i]);
    emit_end(s->e);
    out_job(s, key);
    emit_end(s->e);
    free(k);
    return s->err;
}

int cmd_status(cli_t *cli)
{
    struct status s;
    mdshm_store_t *st = NULL;
    uint64_t stale_ms = 0;
    int rv, failed = 0, rc = CLI_EXIT_ERROR;

    if (cli_flag(cli, "--md-status"))
        return cmd_md_status(cli); /* tools/cmd_metrics.c */
    if (cli_optarg(cli, "--html"))
        return cmd_status_html(cli); /* tools/cmd_status_html.c */
    if (cli->n_pos)
        return cli_usage_error(cli, "unexpected argument %s (an MD name goes "
                               "with --md-status)", cli->pos[0]);
    if (cli_optarg(cli, "--after") || cli_optarg(cli, "--limit"))
        return cli_usage_error(cli, "--after and --limit go with "
                               "--md-status or --html");
    rv = cli_opt_u64(cli, "--stale-ms", false, 1, UINT32_MAX, &stale_ms);
    if (rv)
        return rv;
    memset(&s, 0, sizeof(s));
    s.now_ms = cli_now_ms();
    s.md = malloc(sizeof(*s.md));
    s.cs = malloc(sizeof(*s.cs));
    s.job = malloc(sizeof(*s.job));
    s.e = cli_flag(cli, "--json") ? emit_json_new(stdout)
                                  : emit_text_new(stdout);
    if (!s.md || !s.cs || !s.job || !s.e) {
        cli_fail(-ENOMEM, "status");
        goto out;
    }
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        goto out;

    emit_str(s.e, "store", mdshm_store_dir(st));
    out_leader(s.e, st, (unsigned)stale_ms, &failed);
    out_storage(s.e, st, &failed);

    rv = mdshm_reader_create(st, &s.rd);
    if (rv == 0)
        rv = mdshm_read_begin(s.rd);
    if (rv < 0) {
        cli_fail(rv, "cannot read store %s", cli->store_dir);
        goto out;
    }
    out_gen(&s);
    out_cluster(&s);
    emit_obj(s.e, "mds");
    rv = mdshm_read_foreach(s.rd, MDSHM_DB_MDS, out_md, &s);
    emit_end(s.e);
    mdshm_read_end(s.rd);
    if (rv < 0) {
        cli_fail(rv, "cannot read the MDs of store %s", cli->store_dir);
        goto out;
    }
    rv = emit_finish(s.e);
    if (rv < 0) {
        cli_fail(rv, "cannot write the status");
        goto out;
    }
    rc = failed ? CLI_EXIT_ERROR : CLI_EXIT_OK;
out:
    mdshm_reader_destroy(s.rd);
    emit_free(s.e);
    free(s.md);
    free(s.cs);
    free(s.job);
    mdshm_store_close(st);
    return rc;
}
