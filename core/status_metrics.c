/* status_metrics.c -- Prometheus text exposition (format 0.0.4) of the
 * store: certificates, OCSP responses, MDs and their jobs, the leader and
 * the store itself (docs/status.md lists every metric).
 *
 * Samples are collected into one buffer per metric family while the
 * records are walked once, because the format wants each family's samples
 * together under its HELP and TYPE lines.  Once the buffers hold SPILL
 * bytes they are moved to unlinked temporary files (O_TMPFILE), so
 * memory stays bounded however many MDs there are (100,000 MDs make a
 * 190 MB document); the document is then streamed family by family to
 * the caller's sink in pieces of at most OUT_CHUNK bytes.  Without a
 * usable temporary directory the buffers stay in memory.
 */
#include "status.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#define SPILL (64 * 1024)
#define OUT_CHUNK 16384

enum fam {
    F_BUILD_INFO,
    F_STORE_FILE, F_STORE_MAP, F_STORE_USED, F_STORE_READERS,
    F_STORE_MAXREADERS, F_STORE_STALEREADERS, F_STORE_RECORDS, F_STORE_GEN,
    F_LEADER_PRESENT, F_LEADER_TERM, F_LEADER_PID, F_LEADER_SINCE,
    F_LEADER_AGE, F_LEADER_HAS_LOCK, F_LEADER_LOCK_HELD,
    F_MD_STATE, F_MD_RENEW_AT, F_MD_ERRORS, F_MD_NEXT_RUN, F_MD_LAST_RUN,
    F_MD_LAST_STATUS,
    F_CERT_INFO, F_CERT_NB, F_CERT_NA, F_CERT_RENEW_AT,
    F_OCSP_RESPONDER, F_OCSP_STAPLED, F_OCSP_STATUS, F_OCSP_THIS,
    F_OCSP_NEXT, F_OCSP_RENEW_AT, F_OCSP_ERRORS, F_CRL_CHECKED,
    F_CRL_STATUS, F_CRL_NEXT_FETCH, F_CRL_ERRORS,
    F_CLUSTER_INFO, F_CLUSTER_LEADER, F_CLUSTER_TERM, F_CLUSTER_APPLIED,
    F_CLUSTER_LAG, F_CLUSTER_ETCD_OK, F_CLUSTER_FENCED, F_CLUSTER_RESYNCS,
    F_CLUSTER_RESTORES, F_CLUSTER_UPDATED,
    F_CORRUPT,
    F_COUNT
};

static const struct {
    const char *name, *help;
} fams[F_COUNT] = {
    [F_BUILD_INFO] = {"mdshm_build_info", "mdshm library version (always 1)"},
    [F_STORE_FILE] = {"mdshm_store_file_size_bytes", "size of data.mdb"},
    [F_STORE_MAP] = {"mdshm_store_map_size_bytes", "LMDB map size"},
    [F_STORE_USED] = {"mdshm_store_used_bytes", "bytes of pages in use"},
    [F_STORE_READERS] = {"mdshm_store_readers", "occupied reader slots"},
    [F_STORE_MAXREADERS] = {"mdshm_store_max_readers", "reader slots"},
    [F_STORE_STALEREADERS] = {"mdshm_store_stale_readers",
                              "reader slots of dead processes"},
    [F_STORE_RECORDS] = {"mdshm_store_records", "records per database"},
    [F_STORE_GEN] = {"mdshm_store_generation",
                     "the store's change counter (meta/gen)"},
    [F_LEADER_PRESENT] = {"mdshm_leader_present",
                          "1 if a leader was ever recorded"},
    [F_LEADER_TERM] = {"mdshm_leader_term", "leadership term (fencing token)"},
    [F_LEADER_PID] = {"mdshm_leader_pid", "process id of the leader"},
    [F_LEADER_SINCE] = {"mdshm_leader_since_timestamp_seconds",
                        "when the current term began"},
    [F_LEADER_AGE] = {"mdshm_leader_heartbeat_age_seconds",
                      "time since the leader's last heartbeat"},
    [F_LEADER_HAS_LOCK] = {"mdshm_leader_has_lock",
                           "1 if the recorded leader took leader.lock"},
    [F_LEADER_LOCK_HELD] = {"mdshm_leader_lock_held",
                            "1 if some process holds leader.lock now"},
    [F_MD_STATE] = {"mdshm_md_state",
                    "MD state: 0 unknown, 1 incomplete, 2 complete, "
                    "3 expired, 4 error, 5 missing"},
    [F_MD_RENEW_AT] = {"mdshm_md_renew_at_timestamp_seconds",
                       "when the drive renews the MD's certificates"},
    [F_MD_ERRORS] = {"mdshm_md_renewal_errors",
                     "consecutive failed renewal runs"},
    [F_MD_NEXT_RUN] = {"mdshm_md_next_run_timestamp_seconds",
                       "next run of the drive for the MD"},
    [F_MD_LAST_RUN] = {"mdshm_md_last_run_timestamp_seconds",
                       "last run of the drive for the MD"},
    [F_MD_LAST_STATUS] = {"mdshm_md_last_run_status",
                          "result of the last run: 0 ok, else an mdshm "
                          "error code"},
    [F_CERT_INFO] = {"mdshm_cert_info",
                     "the active certificate's identity in labels "
                     "(always 1)"},
    [F_CERT_NB] = {"mdshm_cert_not_before_timestamp_seconds",
                   "start of the active certificate's validity"},
    [F_CERT_NA] = {"mdshm_cert_not_after_timestamp_seconds",
                   "end of the active certificate's validity"},
    [F_CERT_RENEW_AT] = {"mdshm_cert_renew_at_timestamp_seconds",
                         "when the drive renews this certificate's MD"},
    [F_OCSP_RESPONDER] = {"mdshm_cert_ocsp_responder",
                          "1 if the certificate names an OCSP responder"},
    [F_OCSP_STAPLED] = {"mdshm_cert_ocsp_stapled",
                        "1 if a response valid now is stored (stapled)"},
    [F_OCSP_STATUS] = {"mdshm_cert_ocsp_status",
                       "OCSP certificate status: 0 good, 1 revoked, "
                       "2 unknown"},
    [F_OCSP_THIS] = {"mdshm_cert_ocsp_this_update_timestamp_seconds",
                     "thisUpdate of the stored OCSP response"},
    [F_OCSP_NEXT] = {"mdshm_cert_ocsp_next_update_timestamp_seconds",
                     "nextUpdate of the stored OCSP response"},
    [F_OCSP_RENEW_AT] = {"mdshm_cert_ocsp_renew_at_timestamp_seconds",
                         "when the OCSP response is fetched again"},
    [F_OCSP_ERRORS] = {"mdshm_cert_ocsp_errors",
                       "consecutive failed OCSP fetches"},
    [F_CRL_CHECKED] = {"mdshm_cert_crl_checked",
                       "1 if an accepted CRL answered for the certificate"},
    [F_CRL_STATUS] = {"mdshm_cert_crl_status",
                      "what the CRL says: 0 good, 1 revoked"},
    [F_CRL_NEXT_FETCH] = {"mdshm_cert_crl_next_fetch_timestamp_seconds",
                          "when the certificate's CRL is fetched again"},
    [F_CRL_ERRORS] = {"mdshm_cert_crl_errors",
                      "consecutive failed CRL fetches"},
    [F_CLUSTER_INFO] = {"mdshm_cluster_info",
                        "cluster mode: host, role, leader, etcd state and key "
                        "check in labels (always 1)"},
    [F_CLUSTER_LEADER] = {"mdshm_cluster_leader",
                          "1 if this host leads the cluster"},
    [F_CLUSTER_TERM] = {"mdshm_cluster_term", "the cluster term"},
    [F_CLUSTER_APPLIED] = {"mdshm_cluster_applied_revision",
                           "the etcd revision applied to this store"},
    [F_CLUSTER_LAG] = {"mdshm_cluster_lag_revisions",
                       "etcd revisions heard of but not applied yet"},
    [F_CLUSTER_ETCD_OK] = {"mdshm_cluster_etcd_ok",
                           "1 if etcd answered with a quorum at the last "
                           "call"},
    [F_CLUSTER_FENCED] = {"mdshm_cluster_fenced_writes",
                          "cluster writes refused as fenced"},
    [F_CLUSTER_RESYNCS] = {"mdshm_cluster_resyncs",
                           "ranges the mirror applied as one replacement "
                           "since the host leader started"},
    [F_CLUSTER_RESTORES] = {"mdshm_cluster_restores",
                            "resyncs because etcd's revision was below the "
                            "store's (etcd restored or replaced)"},
    [F_CLUSTER_UPDATED] = {"mdshm_cluster_updated_timestamp_seconds",
                           "when the host's leader wrote the cluster "
                           "status"},
    [F_CORRUPT] = {"mdshm_status_corrupt_records",
                   "records that failed to decode while collecting"},
};


struct mx {
    mdshm_reader_t *rd;
    int64_t now_ms;
    mdshm_record_t *md, *cs, *rec;
    mdshm__membuf_t fam[F_COUNT];
    int spill_fd[F_COUNT]; /* -1: none (yet) */
    bool no_spill;         /* no temporary file could be made */
    unsigned corrupt[MDSHM_DB_COUNT];
    int err;
};

static void sb_vadd(mdshm__membuf_t *b, int *err, const char *fmt, va_list ap)
{
    va_list cp;
    int n;

    if (*err)
        return;
    va_copy(cp, ap);
    n = vsnprintf(b->p ? b->p + b->n : NULL, b->p ? b->cap - b->n : 0, fmt,
                  cp);
    va_end(cp);
    if (n < 0) {
        *err = -EINVAL;
        return;
    }
    if (!b->p || b->n + (size_t)n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        char *p;
        while (cap < b->n + (size_t)n + 1)
            cap *= 2;
        if (!(p = realloc(b->p, cap))) {
            *err = -ENOMEM;
            return;
        }
        b->p = p;
        b->cap = cap;
        vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
    }
    b->n += (size_t)n;
}

static void sb_add(mdshm__membuf_t *b, int *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void sb_add(mdshm__membuf_t *b, int *err, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    sb_vadd(b, err, fmt, ap);
    va_end(ap);
}

/* Append @n bytes as they are. */
static void sb_put(mdshm__membuf_t *b, int *err, const void *p, size_t n)
{
    if (!*err)
        *err = mdshm__mem_sink(b, p, n);
}

/* A label value, escaped as the format asks (\\, \", \n); runs of plain
 * bytes are copied at once. */
static void add_label(mdshm__membuf_t *b, int *err, const char *name,
                      mdshm_buf_t v)
{
    size_t run = 0;

    sb_add(b, err, "%s%s=\"", b->n ? "," : "", name);
    for (size_t i = 0; i < v.n; i++) {
        unsigned char c = v.p[i];
        if (c != '\\' && c != '"' && c != '\n')
            continue;
        sb_put(b, err, v.p + run, i - run);
        sb_put(b, err, c == '\n' ? "\\n" : c == '"' ? "\\\"" : "\\\\", 2);
        run = i + 1;
    }
    sb_put(b, err, v.p + run, v.n - run);
    sb_put(b, err, "\"", 1);
}

/* One sample: name{labels} value.  @labels is a ready label list or NULL. */
static void sample(struct mx *m, enum fam f, const mdshm__membuf_t *labels,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void sample(struct mx *m, enum fam f, const mdshm__membuf_t *labels,
                   const char *fmt, ...)
{
    va_list ap;

    mdshm__membuf_t *b = &m->fam[f];

    sb_put(b, &m->err, fams[f].name, strlen(fams[f].name));
    if (labels && labels->n) {
        sb_put(b, &m->err, "{", 1);
        sb_put(b, &m->err, labels->p, labels->n);
        sb_put(b, &m->err, "}", 1);
    }
    sb_put(b, &m->err, " ", 1);
    va_start(ap, fmt);
    if (strcmp(fmt, "%s") == 0) {
        const char *v = va_arg(ap, const char *);
        sb_put(b, &m->err, v, strlen(v));
    } else {
        sb_vadd(b, &m->err, fmt, ap);
    }
    va_end(ap);
    sb_put(b, &m->err, "\n", 1);
}

/* @v in decimal, with @frac digits after a point (v / 10^frac), at the
 * end of @buf; returns the start.  The same text as printf's "%lld" and
 * "%.3f" of (double)v / 1000 for the values here (|v| < 2^53), without
 * printf, which cost a sixth of a 100,000-MD scrape. */
static char *fmt_fixed(char *end, int64_t v, int frac)
{
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = end;

    *--p = 0;
    for (int i = 0; i < frac; i++, u /= 10)
        *--p = (char)('0' + u % 10);
    if (frac)
        *--p = '.';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return p;
}

static void s_int(struct mx *m, enum fam f, const mdshm__membuf_t *l,
                  int64_t v)
{
    char buf[32];

    sample(m, f, l, "%s", fmt_fixed(buf + sizeof(buf), v, 0));
}

/* A unix-ms time in seconds; nothing for 0 (= not set). */
static void s_ms(struct mx *m, enum fam f, const mdshm__membuf_t *l,
                 int64_t ms)
{
    char buf[32];

    if (ms)
        sample(m, f, l, "%s", fmt_fixed(buf + sizeof(buf), ms, 3));
}

static void corrupt(struct mx *m, mdshm_db_t db, int rv)
{
    if (rv == MDSHM_ECORRUPT || rv == MDSHM_EVERSION)
        m->corrupt[db]++;
    else if (rv < 0 && rv != MDSHM_ENOTFOUND && !m->err)
        m->err = rv;
}

/* ---- store and leader ------------------------------------------------- */

static void store_metrics(struct mx *m, mdshm_store_t *st)
{
    mdshm_store_stats_t ss;
    mdshm_leader_status_t ls;
    uint64_t gen = 0;
    int rv;

    {
        mdshm__membuf_t l = {0};
        add_label(&l, &m->err, "version", mdshm__sbuf(MDSHM_VERSION));
        sample(m, F_BUILD_INFO, &l, "1");
        free(l.p);
    }
    if (mdshm_store_stats(st, &ss) == 0) {
        s_int(m, F_STORE_FILE, NULL, (int64_t)ss.file_size);
        s_int(m, F_STORE_MAP, NULL, (int64_t)ss.map_size);
        s_int(m, F_STORE_USED, NULL, (int64_t)ss.used_size);
        s_int(m, F_STORE_READERS, NULL, ss.readers);
        s_int(m, F_STORE_MAXREADERS, NULL, ss.max_readers);
        s_int(m, F_STORE_STALEREADERS, NULL, ss.stale_readers);
        for (int db = 0; ss.entries_known && db < MDSHM_DB_COUNT; db++) {
            mdshm__membuf_t l = {0};
            add_label(&l, &m->err, "db",
                      mdshm__sbuf(mdshm_db_name((mdshm_db_t)db)));
            s_int(m, F_STORE_RECORDS, &l, (int64_t)ss.entries[db]);
            free(l.p);
        }
    }
    rv = mdshm_read_gen(m->rd, &gen);
    if (rv == 0)
        s_int(m, F_STORE_GEN, NULL, (int64_t)gen);
    else
        corrupt(m, MDSHM_DB_META, rv);

    rv = mdshm_leader_status(st, 0, &ls);
    if (rv < 0) {
        corrupt(m, MDSHM_DB_META, rv);
        return;
    }
    s_int(m, F_LEADER_PRESENT, NULL, ls.present);
    s_int(m, F_LEADER_LOCK_HELD, NULL, ls.lock_held);
    if (!ls.present)
        return;
    s_int(m, F_LEADER_TERM, NULL, (int64_t)ls.term);
    s_int(m, F_LEADER_PID, NULL, ls.pid);
    s_ms(m, F_LEADER_SINCE, NULL, ls.since_ms);
    if (ls.heartbeat_ms) /* none recorded: no age to report */
        s_ms(m, F_LEADER_AGE, NULL, m->now_ms - ls.heartbeat_ms);
    s_int(m, F_LEADER_HAS_LOCK, NULL, ls.has_lock);
}

/* ---- cluster mode (meta/cluster, written by the host's leader) -------- */

static void cluster_metrics(struct mx *m)
{
    const mdshm_cluster_rec_t *c = &m->rec->u.cluster;
    mdshm__membuf_t l = {0};
    int rv = mdshm_read_get(m->rd, MDSHM_DB_META, "cluster", 7, m->rec);

    if (rv < 0) { /* absent: not in cluster mode */
        corrupt(m, MDSHM_DB_META, rv);
        return;
    }
    add_label(&l, &m->err, "host", c->host);
    add_label(&l, &m->err, "role", c->role);
    add_label(&l, &m->err, "leader", c->leader);
    add_label(&l, &m->err, "etcd", c->etcd);
    add_label(&l, &m->err, "key_check", c->key_check);
    sample(m, F_CLUSTER_INFO, &l, "1");
    free(l.p);
    s_int(m, F_CLUSTER_LEADER, NULL,
          c->role.n == 6 && !memcmp(c->role.p, "leader", 6));
    s_int(m, F_CLUSTER_TERM, NULL, c->term);
    s_int(m, F_CLUSTER_APPLIED, NULL, c->applied_rev);
    s_int(m, F_CLUSTER_LAG, NULL, c->seen_rev > c->applied_rev
                                      ? c->seen_rev - c->applied_rev
                                      : 0);
    s_int(m, F_CLUSTER_ETCD_OK, NULL,
          c->etcd.n == 2 && !memcmp(c->etcd.p, "ok", 2));
    s_int(m, F_CLUSTER_FENCED, NULL, (int64_t)c->fenced);
    s_int(m, F_CLUSTER_RESYNCS, NULL, (int64_t)c->resyncs);
    s_int(m, F_CLUSTER_RESTORES, NULL, (int64_t)c->restores);
    s_ms(m, F_CLUSTER_UPDATED, NULL, c->updated_ms);
}

/* ---- certificates and OCSP -------------------------------------------- */

/* The OCSP part of a certificate: kept in one place so new record fields
 * are easy to add. */
static void ocsp_metrics(struct mx *m, const mdshm_certset_rec_t *c,
                         const mdshm__membuf_t *l)
{
    const mdshm_ocsp_rec_t *o = &m->rec->u.ocsp;
    char key[65];
    int rv;

    s_int(m, F_OCSP_RESPONDER, l, c->ocsp_url.n > 0);
    if (!c->ocsp_url.n || c->sha256.n != 32)
        return;
    mdshm_key_ocsp(key, c->sha256.p);
    rv = mdshm_read_get(m->rd, MDSHM_DB_OCSP, key, 64, m->rec);
    if (rv < 0) {
        corrupt(m, MDSHM_DB_OCSP, rv);
        s_int(m, F_OCSP_STAPLED, l, 0);
        return;
    }
    s_int(m, F_OCSP_STAPLED, l,
          o->der.n > 0 && o->next_update * 1000 > m->now_ms);
    if (o->der.n) { /* else only failed fetches: no status, no times */
        s_int(m, F_OCSP_STATUS, l, o->status);
        s_int(m, F_OCSP_THIS, l, o->this_update);
        s_int(m, F_OCSP_NEXT, l, o->next_update);
    }
    s_ms(m, F_OCSP_RENEW_AT, l, o->renew_at_ms);
    s_int(m, F_OCSP_ERRORS, l, o->errors);
}

/* The CRL part (docs/revocation.md): nothing without a record (not
 * checked). */
static void crl_metrics(struct mx *m, const mdshm_certset_rec_t *c,
                        const mdshm__membuf_t *l)
{
    const mdshm_crl_rec_t *r = &m->rec->u.crl;
    char key[MDSHM__CRL_KEY_LEN + 1];
    int rv;

    if (c->sha256.n != 32)
        return;
    mdshm__key_crl(key, c->sha256.p);
    rv = mdshm_read_get(m->rd, MDSHM_DB_OCSP, key, MDSHM__CRL_KEY_LEN,
                        m->rec);
    if (rv == MDSHM_ENOTFOUND)
        return;
    if (rv < 0) {
        corrupt(m, MDSHM_DB_OCSP, rv);
        return;
    }
    s_int(m, F_CRL_CHECKED, l, r->fetched_ms > 0);
    if (r->fetched_ms)
        s_int(m, F_CRL_STATUS, l, r->status);
    s_ms(m, F_CRL_NEXT_FETCH, l, r->errors ? r->next_try_ms
                                           : r->next_fetch_ms);
    s_int(m, F_CRL_ERRORS, l, r->errors);
}

static void cert_metrics(struct mx *m, mdshm_buf_t spec)
{
    const mdshm_md_rec_t *md = &m->md->u.md;
    const mdshm_certset_rec_t *c = &m->cs->u.certset;
    mdshm__membuf_t l = {0}, info = {0};
    char key[600], hex[65];
    size_t klen;
    int rv = mdshm__status_certkey(key, sizeof(key), md->name, spec, &klen);

    if (rv == 0)
        rv = mdshm__status_get(m->rd, MDSHM_DB_CERTS, key, klen,
                               MDSHM_REC_CERTSET, m->cs);
    if (rv < 0) {
        corrupt(m, MDSHM_DB_CERTS, rv);
        return;
    }
    /* Gauges carry only labels that live as long as the MD's key spec;
     * what changes with every renewal goes to mdshm_cert_info, which a
     * query joins on (md, key_spec) (docs/status.md). */
    add_label(&l, &m->err, "md", md->name);
    add_label(&l, &m->err, "key_spec", spec);
    sb_put(&info, &m->err, l.p, l.n);
    add_label(&info, &m->err, "serial", c->serial);
    if (c->sha256.n == 32) {
        mdshm__hex(c->sha256.p, 32, hex);
        add_label(&info, &m->err, "sha256", mdshm__sbuf(hex));
    }
    add_label(&info, &m->err, "issuer", c->issuer);
    s_int(m, F_CERT_INFO, &info, 1);
    free(info.p);
    s_int(m, F_CERT_NB, &l, c->not_before);
    s_int(m, F_CERT_NA, &l, c->not_after);
    s_ms(m, F_CERT_RENEW_AT, &l, md->renew_at_ms);
    ocsp_metrics(m, c, &l);
    crl_metrics(m, c, &l);
    free(l.p);
}

/* ---- MDs -------------------------------------------------------------- */

static int md_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                 mdshm_buf_t val)
{
    struct mx *m = baton;
    const mdshm_md_rec_t *md = &m->md->u.md;
    const mdshm_job_rec_t *j = &m->rec->u.job;
    mdshm__membuf_t l = {0};
    int rv = mdshm_record_decode(MDSHM_REC_MD, val.p, val.n, m->md);

    (void)key;
    if (rv < 0) {
        corrupt(m, db, rv);
        return m->err;
    }
    add_label(&l, &m->err, "md", md->name);
    s_int(m, F_MD_STATE, &l, md->state);
    s_ms(m, F_MD_RENEW_AT, &l, md->renew_at_ms);
    rv = mdshm__status_get(m->rd, MDSHM_DB_JOBS, md->name.p, md->name.n,
                           MDSHM_REC_JOB, m->rec);
    if (rv == 0) {
        s_int(m, F_MD_ERRORS, &l, j->errors);
        s_ms(m, F_MD_NEXT_RUN, &l, j->next_run_ms);
        s_ms(m, F_MD_LAST_RUN, &l, j->last_run_ms);
        if (j->last_run_ms)
            s_int(m, F_MD_LAST_STATUS, &l, j->last_status);
    } else {
        corrupt(m, MDSHM_DB_JOBS, rv);
    }
    free(l.p);
    for (uint32_t i = 0; i < md->n_key_specs && i < MDSHM_MAX_LIST; i++)
        cert_metrics(m, md->key_specs[i]);
    return m->err;
}

/* ---- spilling --------------------------------------------------------- */

static int tmp_fd(void)
{
    const char *dir = getenv("TMPDIR");
    int fd = -1;

    if (dir && *dir)
        fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        fd = open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    return fd;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return w < 0 ? -errno : -EIO;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* After each MD: once the families hold SPILL bytes together, move them
 * all to their files (a few writes per SPILL bytes of text). */
static void spill(struct mx *m)
{
    size_t held = 0;

    for (int f = 0; f < F_COUNT; f++)
        held += m->fam[f].n;
    if (held < SPILL || m->no_spill)
        return;
    for (int f = 0; f < F_COUNT && !m->err; f++) {
        mdshm__membuf_t *b = &m->fam[f];
        if (!b->n)
            continue;
        if (m->spill_fd[f] < 0 && (m->spill_fd[f] = tmp_fd()) < 0) {
            m->no_spill = true; /* keep it in memory, as before */
            return;
        }
        m->err = write_all(m->spill_fd[f], b->p, b->n);
        if (m->err == 0)
            b->n = 0;
    }
}

static int md_spill_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                       mdshm_buf_t val)
{
    int rv = md_fn(baton, db, key, val);

    if (rv == 0)
        spill(baton);
    return rv == 0 ? ((struct mx *)baton)->err : rv;
}

/* ---- the exposition ---------------------------------------------------- */

struct out {
    mdshm_sink_fn *sink;
    void *baton;
    int err;
};

static void out_put(struct out *o, const char *p, size_t n)
{
    while (n && !o->err) {
        size_t k = n < OUT_CHUNK ? n : OUT_CHUNK;
        int rv = o->sink(o->baton, p, k);
        if (rv != 0)
            o->err = rv < 0 ? rv : MDSHM_EBADINPUT;
        p += k;
        n -= k;
    }
}

/* A spilled family back from its file, a chunk at a time. */
static void out_file(struct out *o, int fd, char *buf)
{
    off_t off = 0;

    for (;;) {
        ssize_t r = pread(fd, buf, OUT_CHUNK, off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            o->err = -errno;
            return;
        }
        if (r == 0)
            return;
        out_put(o, buf, (size_t)r);
        off += r;
    }
}

static int render(struct mx *m, mdshm_sink_fn *sink, void *baton)
{
    struct out o = {sink, baton, 0};
    char *buf = NULL;

    for (int db = 0; db < MDSHM_DB_COUNT; db++) {
        mdshm__membuf_t l = {0};
        add_label(&l, &m->err, "db",
                  mdshm__sbuf(mdshm_db_name((mdshm_db_t)db)));
        s_int(m, F_CORRUPT, &l, m->corrupt[db]);
        free(l.p);
    }
    if (m->err)
        return m->err;
    for (int f = 0; f < F_COUNT && !o.err; f++) {
        mdshm__membuf_t h = {0};
        int err = 0;
        if (!m->fam[f].n && m->spill_fd[f] < 0)
            continue;
        sb_add(&h, &err, "# HELP %s %s\n# TYPE %s gauge\n", fams[f].name,
               fams[f].help, fams[f].name);
        if (err) {
            o.err = err;
            break;
        }
        out_put(&o, h.p, h.n);
        free(h.p);
        if (m->spill_fd[f] >= 0) {
            if (!buf && !(buf = malloc(OUT_CHUNK))) {
                o.err = -ENOMEM;
                break;
            }
            out_file(&o, m->spill_fd[f], buf);
        }
        out_put(&o, m->fam[f].p, m->fam[f].n);
    }
    free(buf);
    return o.err;
}

int mdshm_status_metrics_stream(mdshm_store_t *st, int64_t now_ms,
                                mdshm_sink_fn *sink, void *baton)
{
    struct mx m;
    int rv;

    if (!st || !sink)
        return MDSHM_EBADINPUT;
    memset(&m, 0, sizeof(m));
    for (int f = 0; f < F_COUNT; f++)
        m.spill_fd[f] = -1;
    m.now_ms = now_ms;
    m.md = malloc(sizeof(*m.md));
    m.cs = malloc(sizeof(*m.cs));
    m.rec = malloc(sizeof(*m.rec));
    rv = (m.md && m.cs && m.rec) ? mdshm_reader_create(st, &m.rd) : -ENOMEM;
    if (rv == 0)
        rv = mdshm_read_begin(m.rd);
    if (rv == 0) {
        store_metrics(&m, st);
        cluster_metrics(&m);
        rv = mdshm_read_foreach(m.rd, MDSHM_DB_MDS, md_spill_fn, &m);
        mdshm_read_end(m.rd);
        if (rv == 0)
            rv = m.err;
    }
    if (rv == 0)
        rv = render(&m, sink, baton);
    for (int f = 0; f < F_COUNT; f++) {
        free(m.fam[f].p);
        if (m.spill_fd[f] >= 0)
            close(m.spill_fd[f]);
    }
    mdshm_reader_destroy(m.rd);
    free(m.md);
    free(m.cs);
    free(m.rec);
    return rv;
}

int mdshm_status_metrics(mdshm_store_t *st, int64_t now_ms, char **out,
                         size_t *outlen)
{
    mdshm__membuf_t mb = {0};
    int rv;

    if (out)
        *out = NULL;
    if (outlen)
        *outlen = 0;
    if (!st || !out || !outlen)
        return MDSHM_EBADINPUT;
    rv = mdshm_status_metrics_stream(st, now_ms, mdshm__mem_sink, &mb);
    return mdshm__mem_result(&mb, rv, out, outlen);
}
