/* status_json.c -- the md-status document: mod_md's JSON shape (field
 * names, RFC 1123 times, per key "cert" entries, "renewal" from the job),
 * built from one read snapshot of the store (docs/status.md).
 *
 * The document is streamed: one jansson object per MD, serialized and
 * dropped before the next, through a buffer of MDSHM__STATUS_CHUNK bytes to the
 * caller's sink, with the same bytes json_dumps(JSON_INDENT(2)) gave for
 * the whole tree (which cost 9 times the document's size at 100,000 MDs).
 * A page (after= cursor, limit) shows part of the MDs in key order.
 *
 * A record that does not decode is shown with an "error" member where it
 * would have been, so one bad record never hides the rest.  Private keys,
 * account keys and EAB secrets are never read into the document.
 */
#include "status.h"
#include "acme.h" /* mdshm__ari_cert_id */
#include "crl.h"  /* mdshm__crl_reason_name */
#include "joblog.h" /* mdshm__job_last */

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

struct sj {
    mdshm_reader_t *rd;
    int64_t now_ms;
    mdshm_record_t *md;  /* the MD being shown */
    mdshm_record_t *rec; /* scratch: certset, staging, job */
    mdshm_record_t *ocsp;
    json_t *warnings;    /* the MD's "warnings" (NULL: none so far) */
    int err;             /* first fatal error (-ENOMEM, the sink's) */
    /* output */
    mdshm__status_out_t out;
    unsigned indent;     /* spaces after each newline of a dumped value */
    /* the managed-domains list */
    size_t shown, limit; /* limit 0: all */
    char next[MDSHM_MAX_MDNAME_LEN + 1]; /* cursor of the next page */
    bool more;
    /* "ca.account" of the last CA list looked up: MDs share few */
    char acct_urls[2048], acct_id[128];
    bool acct_cached;
};


/* ---- shared with status_metrics.c ------------------------------------ */

int mdshm__status_get(mdshm_reader_t *rd, mdshm_db_t db, const void *key,
                      size_t klen, mdshm_rec_type_t type, mdshm_record_t *out)
{
    mdshm_buf_t v;
    int rv = mdshm_read_get_raw(rd, db, key, klen, &v);

    return rv < 0 ? rv : mdshm_record_decode(type, v.p, v.n, out);
}

int mdshm__status_certkey(char *buf, size_t size, mdshm_buf_t md,
                          mdshm_buf_t spec, size_t *klen)
{
    int n = mdshm_key_certset(buf, size, (const char *)md.p, md.n,
                              (const char *)spec.p, spec.n);

    if (n < 0)
        return n;
    *klen = (size_t)n;
    return 0;
}

/* ---- JSON building: every failure to allocate ends in s->err --------- */

static void put(struct sj *s, json_t *obj, const char *k, json_t *v)
{
    if (!v || json_object_set_new(obj, k, v) < 0)
        s->err = -ENOMEM;
}

static void push(struct sj *s, json_t *arr, json_t *v)
{
    if (!v || json_array_append_new(arr, v) < 0)
        s->err = -ENOMEM;
}

/* Store text as a JSON string; bytes that are not UTF-8 become '?'
 * (names are validated on write, so this only guards the document). */
static json_t *jbuf(mdshm_buf_t b)
{
    json_t *j = json_stringn(b.n ? (const char *)b.p : "", b.n);
    char *t;

    if (j || !b.n)
        return j;
    if (!(t = malloc(b.n)))
        return NULL;
    for (size_t i = 0; i < b.n; i++)
        t[i] = b.p[i] < 0x80 ? (char)b.p[i] : '?';
    j = json_stringn(t, b.n);
    free(t);
    return j;
}

static void put_buf(struct sj *s, json_t *obj, const char *k, mdshm_buf_t b)
{
    put(s, obj, k, jbuf(b));
}

static void put_bufs(struct sj *s, json_t *obj, const char *k,
                     const mdshm_buf_t *v, uint32_t n, uint32_t max)
{
    json_t *a = json_array();

    for (uint32_t i = 0; a && i < n && i < max; i++)
        push(s, a, jbuf(v[i]));
    put(s, obj, k, a);
}

/* RFC 1123 time as mod_md prints it ("Sun, 29 Nov 2026 10:56:38 GMT");
 * names spelled out here so the locale never changes them. */
static json_t *jdate(int64_t unix_s)
{
    static const char *const wd[] = {"Sun", "Mon", "Tue", "Wed",
                                     "Thu", "Fri", "Sat"};
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr",
                                      "May", "Jun", "Jul", "Aug",
                                      "Sep", "Oct", "Nov", "Dec"};
    time_t t = (time_t)unix_s;
    struct tm tm;
    char buf[48];

    if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 > 9999 ||
        tm.tm_year + 1900 < 0)
        return json_string("-");
    snprintf(buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d GMT",
             wd[tm.tm_wday], tm.tm_mday, mon[tm.tm_mon], tm.tm_year + 1900,
             tm.tm_hour, tm.tm_min, tm.tm_sec);
    return json_string(buf);
}

/* A unix-ms time, or nothing for 0 (= not set). */
static void put_ms(struct sj *s, json_t *obj, const char *k, int64_t ms)
{
    if (ms)
        put(s, obj, k, jdate(ms / 1000));
}

static json_t *jvalid(int64_t from, int64_t until)
{
    return json_pack("{s:o, s:o}", "from", jdate(from), "until",
                     jdate(until));
}

/* A record that could not be read: its error, in place of its fields. */
static void put_error(struct sj *s, json_t *obj, int rv)
{
    /* Only a record that does not decode is shown in its place: out of
     * memory fails the document, not one of its members. */
    if (rv == -ENOMEM)
        s->err = rv;
    put(s, obj, "error", json_string(mdshm_err_name(rv)));
    put(s, obj, "error-descr", json_string(mdshm_strerror(rv)));
}

static bool spec_is_rsa(mdshm_buf_t spec)
{
    return spec.n > 3 && !memcmp(spec.p, "rsa", 3);
}

/* mod_md's name of a key spec in "cert" (md_pkey_spec_name): "rsa" for
 * an RSA key of any size (an MD has at most one), the curve for EC.  Our
 * other outputs keep the key spec itself ("rsa2048", docs/status.md). */
static const char *spec_name(mdshm_buf_t spec, char *buf, size_t size)
{
    if (spec_is_rsa(spec))
        return "rsa";
    snprintf(buf, size, "%.*s", (int)spec.n, (const char *)spec.p);
    return buf;
}

/* "issuer-name" as mod_md shows it, OpenSSL's one-line form
 * ("/C=US/O=Org/CN=CA"), from the stored RFC 2253 text ("CN=CA,O=Org,
 * C=US"): the RDNs in reverse order, '/' before each, escapes undone. */
static json_t *joneline(const char *rfc2253, size_t n)
{
    char *out = malloc(2 * n + 2), *o;
    size_t end = n;
    json_t *j;

    if (!out)
        return NULL;
    o = out;
    while (end > 0) {
        size_t start = end;
        /* back to the ',' that begins this RDN (not an escaped one) */
        while (start > 0) {
            size_t bs = 0;
            if (rfc2253[start - 1] == ',') {
                while (start - 1 > bs && rfc2253[start - 2 - bs] == '\\')
                    bs++;
                if (bs % 2 == 0)
                    break;
            }
            start--;
        }
        *o++ = '/';
        for (size_t i = start; i < end; i++) {
            const char *c = rfc2253 + i;
            if (*c == '\\' && i + 2 < end && isxdigit((unsigned char)c[1]) &&
                isxdigit((unsigned char)c[2])) {
                memcpy(o, "\\x", 2); /* a byte >= 0x80: one-line's \xHH */
                o += 2;
                continue;
            }
            if (*c == '\\' && i + 1 < end)
                c = rfc2253 + ++i;
            *o++ = *c;
        }
        end = start ? start - 1 : 0;
    }
    /* not UTF-8: '?' for those bytes; NULL only for lack of memory */
    j = jbuf((mdshm_buf_t){(const uint8_t *)out, (size_t)(o - out)});
    free(out);
    return j;
}

static json_t *jissuer(mdshm_buf_t b)
{
    return b.n ? joneline((const char *)b.p, b.n) : json_string("");
}

/* ---- OCSP stapling of one certificate -------------------------------- */

static const char *ocsp_status_name(uint32_t st)
{
    static const char *const names[] = {"good", "revoked", "unknown"};
    return st < 3 ? names[st] : "invalid";
}

/* mod_md's "renewal" of a staple (its OCSP job) from the stored record:
 * finished once a response is stored; "last" is the last fetch (-EIO and
 * the reason when it failed) of the responder @url. */
static json_t *ocsp_job_json(struct sj *s, const mdshm_ocsp_rec_t *o,
                             mdshm_buf_t url)
{
    json_t *j = json_object(), *last = json_object();
    char detail[64], *activity;

    if (!j || !last) {
        json_decref(j);
        json_decref(last);
        return NULL;
    }
    put_buf(s, j, "name", s->md->u.md.name);
    put(s, j, "finished", json_boolean(o->der.n > 0));
    put(s, j, "notified", json_false());
    put(s, j, "notified-renewed", json_false());
    put_ms(s, j, "next-run", o->next_try_ms);
    put_ms(s, j, "last-run", o->fetched_ms);
    put(s, j, "errors", json_integer(o->errors));
    put(s, last, "status", json_integer(o->errors ? -EIO : 0));
    if (o->errors && o->last_error.n) {
        put_buf(s, last, "detail", o->last_error);
    } else if (!o->errors && o->der.n) {
        snprintf(detail, sizeof(detail), "certificate status is %s",
                 ocsp_status_name(o->status));
        put(s, last, "detail", json_string(detail));
    }
    if (asprintf(&activity, "fetching the OCSP response from %.*s",
                 (int)url.n, (const char *)url.p) < 0) {
        s->err = -ENOMEM;
    } else {
        put(s, last, "activity", jbuf((mdshm_buf_t){
                                     (const uint8_t *)activity,
                                     strlen(activity)}));
        free(activity);
    }
    put(s, j, "last", last);
    return j;
}

/* "ocsp" of a certificate: its responder, and the stored response.
 * "state" says what a worker staples: "no responder" (the certificate
 * names none; normal), "pending" (none fetched yet), "valid", "expired",
 * or "error" (the record is corrupt). */
static json_t *ocsp_json(struct sj *s, const mdshm_certset_rec_t *c)
{
    const mdshm_ocsp_rec_t *o = &s->ocsp->u.ocsp;
    json_t *j = json_object();
    char key[65];
    int rv;

    if (!j)
        return NULL;
    if (!c->ocsp_url.n || c->sha256.n != 32) {
        put(s, j, "state", json_string("no responder"));
        return j;
    }
    put_buf(s, j, "responder", c->ocsp_url);
    mdshm_key_ocsp(key, c->sha256.p);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, 64, s->ocsp);
    if (rv == MDSHM_ENOTFOUND) {
        put(s, j, "state", json_string("pending"));
        return j;
    }
    if (rv < 0) {
        put(s, j, "state", json_string("error"));
        put_error(s, j, rv);
        return j;
    }
    /* a record without a response: only failed fetches so far (its
     * status and times are unset, not "good" in 1970) */
    put(s, j, "state", json_string(!o->der.n ? "pending"
                                   : o->next_update * 1000 > s->now_ms
                                       ? "valid"
                                       : "expired"));
    if (o->der.n) {
        put(s, j, "status", json_string(ocsp_status_name(o->status)));
        put(s, j, "valid", jvalid(o->this_update, o->next_update));
    }
    put(s, j, "renewal", ocsp_job_json(s, o, c->ocsp_url));
    put_ms(s, j, "renew-at", o->renew_at_ms);
    put_ms(s, j, "fetched", o->fetched_ms);
    put(s, j, "errors", json_integer(o->errors));
    if (o->last_error.n)
        put_buf(s, j, "last-error", o->last_error);
    if (o->next_try_ms)
        put_ms(s, j, "next-try", o->next_try_ms);
    if (o->responder_url.n)
        put_buf(s, j, "responder", o->responder_url);
    return j;
}

/* A certificate its CRL lists: a line in the MD's "warnings" (a static
 * one only its operator can replace). */
static void crl_warning(struct sj *s, const mdshm_certset_rec_t *c,
                        const mdshm_crl_rec_t *r)
{
    json_t *date = jdate(r->revoked_at);
    json_t *w = json_sprintf(
        "REVOKED: certificate %.*s is listed in its CRL %.*s, revoked %s "
        "(%s); %s", (int)c->serial.n, (const char *)c->serial.p,
        (int)r->url.n, (const char *)r->url.p,
        date ? json_string_value(date) : "?",
        mdshm__crl_reason_name(r->reason),
        s->md->u.md.is_static ? "a static certificate: mdshm cannot renew "
                                "it, replace it now"
                              : "a renewal was requested");

    json_decref(date);
    if (!w) /* a URL that is not UTF-8: the "crl" object still says it */
        return;
    if (!s->warnings && !(s->warnings = json_array())) {
        json_decref(w);
        s->err = -ENOMEM;
        return;
    }
    push(s, s->warnings, w);
}

/* "crl" of a certificate: what its CRL says (docs/revocation.md).
 * "state": "not checked" (MDCRLCheck off or no CRL URL: no record),
 * "checked" (an accepted CRL answered: see "status"), "pending" (only
 * failed fetches so far), "error" (the record is corrupt). */
static json_t *crl_json(struct sj *s, const mdshm_certset_rec_t *c)
{
    const mdshm_crl_rec_t *r = &s->ocsp->u.crl;
    json_t *j = json_object();
    char key[MDSHM__CRL_KEY_LEN + 1];
    int rv;

    if (!j)
        return NULL;
    if (c->sha256.n != 32) {
        put(s, j, "state", json_string("not checked"));
        return j;
    }
    mdshm__key_crl(key, c->sha256.p);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, MDSHM__CRL_KEY_LEN,
                        s->ocsp);
    if (rv == MDSHM_ENOTFOUND) {
        put(s, j, "state", json_string("not checked"));
        return j;
    }
    if (rv < 0) {
        put(s, j, "state", json_string("error"));
        put_error(s, j, rv);
        return j;
    }
    put(s, j, "state", json_string(r->fetched_ms ? "checked" : "pending"));
    put_buf(s, j, "url", r->url);
    if (r->fetched_ms) {
        put(s, j, "status", json_string(ocsp_status_name(r->status)));
        put(s, j, "valid", jvalid(r->this_update, r->next_update));
        put_ms(s, j, "fetched", r->fetched_ms);
    }
    if (r->status == MDSHM__CRL_REVOKED) {
        put_ms(s, j, "revoked-at", r->revoked_at * 1000);
        put(s, j, "reason", json_string(mdshm__crl_reason_name(r->reason)));
    }
    if (r->status == MDSHM__CRL_REVOKED && r->fetched_ms)
        crl_warning(s, c, r);
    put_ms(s, j, "next-fetch", r->errors ? r->next_try_ms : r->next_fetch_ms);
    put(s, j, "errors", json_integer(r->errors));
    if (r->last_error.n)
        put_buf(s, j, "last-error", r->last_error);
    if (r->skipped)
        put(s, j, "skipped-urls", json_integer(r->skipped));
    return j;
}

/* ---- certificates ----------------------------------------------------- */

/* One active certificate set, as mod_md's per key "cert" entry. */
static json_t *certset_json(struct sj *s, const mdshm_certset_rec_t *c)
{
    json_t *j = json_object();
    char hex[65];

    if (!j)
        return NULL;
    put(s, j, "issuer-name", jissuer(c->issuer));
    put(s, j, "valid", jvalid(c->not_before, c->not_after));
    put_buf(s, j, "serial", c->serial);
    if (c->sha256.n == 32) {
        mdshm__hex(c->sha256.p, 32, hex);
        put(s, j, "sha256-fingerprint", json_string(hex));
    }
    if (c->ari_id.n)
        put_buf(s, j, "ari-cert-id", c->ari_id);
    put(s, j, "generation", json_integer((json_int_t)c->gen));
    put_ms(s, j, "installed", c->installed_ms);
    if (c->is_static)
        put(s, j, "static", json_true());
    put(s, j, "ocsp", ocsp_json(s, c));
    put(s, j, "crl", crl_json(s, c));
    return j;
}

struct span {
    int64_t from, until;
    bool any;
};

static void span_add(struct span *v, int64_t from, int64_t until)
{
    if (!v->any || from > v->from)
        v->from = from;
    if (!v->any || until < v->until)
        v->until = until;
    v->any = true;
}

/* "cert" of an MD: the active set of each key spec, and "valid", the
 * time all of them are valid.  Sets @descr if one is missing or expired,
 * and @any if one exists. */
static json_t *certs_json(struct sj *s, char *descr, size_t dsize,
                          bool *any)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const mdshm_certset_rec_t *c = &s->rec->u.certset;
    json_t *j = json_object();
    struct span span = {0, 0, false};
    char key[600], nb[64];
    size_t klen;

    if (!j)
        return NULL;
    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++) {
        const char *name = spec_name(m->key_specs[i], nb, sizeof(nb));
        int rv = mdshm__status_certkey(key, sizeof(key), m->name,
                                       m->key_specs[i], &klen);

        if (rv == 0)
            rv = mdshm__status_get(s->rd, MDSHM_DB_CERTS, key, klen,
                                   MDSHM_REC_CERTSET, s->rec);
        if (rv == MDSHM_ENOTFOUND) {
            if (!*descr)
                snprintf(descr, dsize, "certificate(%s) is missing", name);
            continue;
        }
        if (rv < 0) {
            json_t *e = json_object();
            if (e)
                put_error(s, e, rv);
            put(s, j, name, e);
            continue;
        }
        if (!*descr && c->not_after * 1000 <= s->now_ms)
            snprintf(descr, dsize, "certificate(%s) has expired", name);
        span_add(&span, c->not_before, c->not_after);
        put(s, j, name, certset_json(s, c));
    }
    if (span.any)
        put(s, j, "valid", jvalid(span.from, span.until));
    *any = span.any;
    return j;
}

struct staged {
    bool any;          /* an order of some key spec is staged */
    bool finished;     /* every key spec has its new certificate */
    struct span span;  /* when all of those are valid */
};

/* Staged certificates (an order that got its chain, not yet activated):
 * mod_md's "renewal" -> "cert", with "valid" as in "cert". */
static void staged_json(struct sj *s, json_t *out, struct staged *st)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const mdshm_staging_rec_t *g = &s->rec->u.staging;
    char key[600], nb[64];
    size_t klen;

    memset(st, 0, sizeof(*st));
    st->finished = m->n_key_specs > 0;

    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++) {
        const char *name = spec_name(m->key_specs[i], nb, sizeof(nb));
        mdshm_chain_t *ch = NULL;
        mdshm_cert_info_t ci;
        json_t *j;
        int rv = mdshm__status_certkey(key, sizeof(key), m->name,
                                       m->key_specs[i], &klen);

        if (rv == 0)
            rv = mdshm__status_get(s->rd, MDSHM_DB_STAGING, key, klen,
                                   MDSHM_REC_STAGING, s->rec);
        if (rv == MDSHM_ENOTFOUND) {
            st->finished = false;
            continue;
        }
        st->any = true;
        if (rv < 0 || !g->n_chain)
            st->finished = false;
        if (rv == 0 && !g->n_chain)
            continue; /* ordered, no certificate yet: none, as mod_md */
        if (!(j = json_object())) {
            s->err = -ENOMEM;
            return;
        }
        put(s, out, name, j);
        if (rv < 0) {
            put_error(s, j, rv);
            continue;
        }
        rv = mdshm_chain_parse(g->chain[0].p, g->chain[0].n, &ch);
        if (rv == 0)
            rv = mdshm_chain_info(ch, 0, &ci);
        if (rv == MDSHM_EBADINPUT) {
            st->finished = false;
            put_error(s, j, MDSHM_ECORRUPT); /* stored, yet no certificate */
        } else if (rv < 0) {
            s->err = rv; /* out of memory (OpenSSL may not say so) */
        } else {
            char hex[65], *ari = NULL;
            mdshm__hex(ci.sha256, 32, hex);
            put(s, j, "issuer-name",
                jissuer(mdshm__sbuf(ci.issuer ? ci.issuer : "")));
            put(s, j, "valid", jvalid(ci.not_before, ci.not_after));
            put(s, j, "serial", json_string(ci.serial ? ci.serial : ""));
            put(s, j, "sha256-fingerprint", json_string(hex));
            if (mdshm__ari_cert_id(g->chain[0].p, g->chain[0].n, &ari) == 0)
                put(s, j, "ari-cert-id", json_string(ari));
            free(ari);
            span_add(&st->span, ci.not_before, ci.not_after);
        }
        mdshm_chain_free(ch);
    }
    if (st->span.any)
        put(s, out, "valid", jvalid(st->span.from, st->span.until));
}

/* ---- the drive's job: mod_md's "renewal" ------------------------------ */

/* The job; while a run is in progress (a "starting" entry newer than the
 * last run's end), "last-run" and "last" are its own, as mod_md's. */
static json_t *job_json(struct sj *s, const mdshm_job_rec_t *jb,
                        bool with_log)
{
    json_t *j = json_object(), *last = json_object();
    int64_t started = mdshm__job_last(jb, "starting");

    if (!j || !last) {
        json_decref(j);
        json_decref(last);
        s->err = -ENOMEM; /* the caller would put an empty one instead */
        return NULL;
    }
    put_buf(s, j, "name", jb->md);
    put(s, j, "errors", json_integer(jb->errors));
    put_ms(s, j, "next-run", jb->next_run_ms);
    put_ms(s, j, "retry-after", jb->retry_after_ms);
    if (started > jb->last_run_ms) {
        /* a run in progress: as mod_md, "last" is its progress so far */
        put_ms(s, j, "last-run", started);
        put(s, last, "status", json_integer(0));
        if (jb->n_log && jb->log[jb->n_log - 1].detail.n)
            put_buf(s, last, "activity", jb->log[jb->n_log - 1].detail);
    } else {
        put_ms(s, j, "last-run", jb->last_run_ms);
        put(s, last, "status", json_integer(jb->last_status));
        if (jb->last_status)
            put(s, last, "status-description",
                json_string(mdshm_strerror(jb->last_status)));
        if (jb->last_problem.n)
            put_buf(s, last, "problem", jb->last_problem);
        if (jb->last_detail.n)
            put_buf(s, last, "detail", jb->last_detail);
        if (jb->last_activity.n)
            put_buf(s, last, "activity", jb->last_activity);
    }
    put(s, j, "last", last);
    if (with_log) {
        json_t *log = json_object(), *ents = json_array();

        /* newest first, as mod_md's job.json */
        for (uint32_t i = jb->n_log; ents && i-- > 0;) {
            const mdshm_joblog_entry_t *e = &jb->log[i];
            json_t *o = json_object();
            if (o) {
                put(s, o, "when", jdate(e->when_ms / 1000));
                put_buf(s, o, "type", e->type);
                if (e->detail.n)
                    put_buf(s, o, "detail", e->detail);
            }
            push(s, ents, o);
        }
        if (log)
            put(s, log, "entries", ents);
        else
            json_decref(ents);
        put(s, j, "log", log);
    }
    return j;
}

/* "renew" and "renewal", as mod_md shows them: "renew" (only ever true)
 * when renewal is due (@missing: a certificate is; or the renew window
 * began) or an order is staged; then "renewal", the MD's job, if the drive
 * worked on it (the job log for a single MD).  A manual MD the drive only
 * noted as due has had no run mod_md would show. */
static void renewal_json(struct sj *s, json_t *md, bool single, bool missing)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    json_t *staged = json_object(), *ren = NULL;
    bool due = missing || (m->renew_at_ms && m->renew_at_ms <= s->now_ms);
    struct staged st;
    bool any_staged, noted_only;
    int64_t next_run = 0; /* of the MD's job */
    int rv;

    if (!staged) {
        s->err = -ENOMEM;
        return;
    }
    staged_json(s, staged, &st);
    any_staged = st.any;
    if (!due && !any_staged) {
        json_decref(staged);
        return;
    }
    put(s, md, "renew", json_true());
    rv = mdshm__status_get(s->rd, MDSHM_DB_JOBS, m->name.p, m->name.n,
                           MDSHM_REC_JOB, s->rec);
    noted_only = rv == 0 && m->renew_mode == 0 && !s->rec->u.job.errors;
    if (rv == 0) {
        next_run = s->rec->u.job.next_run_ms;
        ren = job_json(s, &s->rec->u.job, single);
    } else if (rv != MDSHM_ENOTFOUND && (ren = json_object())) {
        put_error(s, ren, rv);
    }
    if ((any_staged || (rv != MDSHM_ENOTFOUND && !noted_only)) &&
        (ren || (ren = json_object()))) {
        /* mod_md's "finished": the new certificates wait for activation
         * (MDActivationDelay), valid from "valid-from"; the drive runs
         * again to activate them at its "next-run" (mod_md's "last" ->
         * "valid-from").  It notifies on activation, after which no
         * staged set is left: "notified" is false while one is shown. */
        put(s, ren, "finished", json_boolean(st.finished));
        put(s, ren, "notified", json_false());
        put(s, ren, "notified-renewed", json_false());
        if (st.finished) {
            json_t *last = json_object_get(ren, "last");
            put(s, ren, "valid-from", jdate(st.span.from));
            if (last && next_run)
                put(s, last, "valid-from", jdate(next_run / 1000));
        }
        /* the certificates of the order in progress ({} before any) */
        put(s, ren, "cert", staged);
        put(s, md, "renewal", ren);
    } else {
        json_decref(ren);
        json_decref(staged);
    }
}

/* ---- one MD ------------------------------------------------------------ */

/* "privkey": omitted for an MD on the default key (one RSA 2048), as
 * mod_md omits it when MDPrivateKeys is not configured. */
static void put_privkeys(struct sj *s, json_t *md, const mdshm_md_rec_t *m)
{
    json_t *a;

    if (m->n_key_specs == 0 ||
        (m->n_key_specs == 1 && m->key_specs[0].n == 7 &&
         !memcmp(m->key_specs[0].p, "rsa2048", 7)))
        return;
    a = json_array();
    for (uint32_t i = 0; a && i < m->n_key_specs && i < MDSHM_MAX_LIST; i++) {
        const mdshm_buf_t *k = &m->key_specs[i];
        int bits = 0;

        if (spec_is_rsa(*k) && k->n < 9) {
            char num[8];
            snprintf(num, sizeof(num), "%.*s", (int)k->n - 3,
                     (const char *)k->p + 3);
            bits = atoi(num);
        }
        push(s, a, bits ? json_pack("{s:s, s:i}", "type", "RSA", "bits", bits)
                        : json_pack("{s:s, s:o}", "type", "EC", "curve",
                                    jbuf(*k)));
    }
    put(s, md, "privkey", a);
}

struct acct_find {
    const mdshm_md_rec_t *m;
    mdshm_record_t *rec;
    uint32_t best;       /* index in m->ca_urls of the best match */
    char id[128];
};

static int acct_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                   mdshm_buf_t val)
{
    struct acct_find *f = baton;
    const mdshm_account_rec_t *a = &f->rec->u.account;

    int rv;

    (void)db;
    rv = mdshm_record_decode(MDSHM_REC_ACCOUNT, val.p, val.n, f->rec);
    if (rv == -ENOMEM)
        return rv; /* the document fails: never an account left out */
    if (rv < 0 || (a->status.n && !(a->status.n == 5 &&
                                    !memcmp(a->status.p, "valid", 5))))
        return 0; /* corrupt or deactivated: not the MD's account */
    for (uint32_t i = 0; i < f->m->n_ca_urls && i < f->best; i++) {
        if (a->ca_url.n == f->m->ca_urls[i].n &&
            !memcmp(a->ca_url.p, f->m->ca_urls[i].p, a->ca_url.n) &&
            key.n < sizeof(f->id)) {
            f->best = i;
            memcpy(f->id, key.p, key.n);
            f->id[key.n] = 0;
        }
    }
    return 0;
}

/* "ca.account": the valid stored account of the MD's first CA that has
 * one, as the drive would pick it; "" if none. */
static const char *account_of(struct sj *s, const mdshm_md_rec_t *m)
{
    struct acct_find f = {m, s->rec, UINT32_MAX, ""};
    char urls[sizeof(s->acct_urls)];
    size_t n = 0;
    bool cacheable = true;
    int rv;

    for (uint32_t i = 0; i < m->n_ca_urls && cacheable; i++) {
        if (n + m->ca_urls[i].n + 1 >= sizeof(urls)) {
            cacheable = false;
            break;
        }
        memcpy(urls + n, m->ca_urls[i].p, m->ca_urls[i].n);
        n += m->ca_urls[i].n;
        urls[n++] = '\n';
    }
    urls[cacheable ? n : 0] = 0;
    if (cacheable && s->acct_cached && !strcmp(urls, s->acct_urls))
        return s->acct_id;
    rv = mdshm_read_foreach(s->rd, MDSHM_DB_ACCOUNTS, acct_fn, &f);
    if (rv < 0) {
        s->err = rv; /* the document fails as a whole */
        return "";
    }
    snprintf(s->acct_id, sizeof(s->acct_id), "%s", f.id);
    s->acct_cached = cacheable;
    if (s->acct_cached)
        memcpy(s->acct_urls, urls, n + 1);
    return s->acct_id;
}

/* "ca", in mod_md's order: account, proto, url (the CA in use), urls,
 * agreement, challenges.  As mod_md, the account and the CA in use are
 * shown once the MD got a certificate with them (@issued). */
static json_t *ca_json(struct sj *s, const mdshm_md_rec_t *m, bool issued)
{
    json_t *ca = json_object();
    const char *acct;

    if (!ca)
        return NULL;
    if (m->is_static)
        return ca; /* no CA: the certificate comes from files */
    acct = issued ? account_of(s, m) : "";
    if (*acct)
        put(s, ca, "account", json_string(acct));
    put(s, ca, "proto", json_string("ACME"));
    if (m->n_ca_urls && issued)
        put_buf(s, ca, "url", m->ca_urls[0]);
    put_bufs(s, ca, "urls", m->ca_urls, m->n_ca_urls, MDSHM_MAX_LIST);
    if (m->agreement.n)
        put_buf(s, ca, "agreement", m->agreement);
    if (m->n_challenges)
        put_bufs(s, ca, "challenges", m->challenges, m->n_challenges,
                 MDSHM_MAX_LIST);
    return ca;
}

/* "proto": {"acme-tls/1": the names tls-alpn-01 may answer}. */
static json_t *proto_json(struct sj *s, const mdshm_md_rec_t *m)
{
    json_t *p = json_object();

    if (p)
        put_bufs(s, p, "acme-tls/1", m->names,
                 m->acme_tls_1 ? m->n_names : 0, MDSHM_MAX_NAMES);
    return p;
}

/* The MD whose record is @val under @key, with mod_md's members in
 * mod_md's order (md_to_json, then status_get_md_json), ours between. */
static json_t *md_json(struct sj *s, mdshm_buf_t key, mdshm_buf_t val,
                       bool single)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    json_t *j = json_object(), *cert;
    char descr[128] = "";
    bool issued = false;
    int rv;

    if (!j)
        return NULL;
    rv = mdshm_record_decode(MDSHM_REC_MD, val.p, val.n, s->md);
    if (rv < 0) {
        put_buf(s, j, "name", key);
        put_error(s, j, rv);
        return j;
    }
    put_buf(s, j, "name", m->name);
    put_bufs(s, j, "domains", m->names, m->n_names, MDSHM_MAX_NAMES);
    put_bufs(s, j, "contacts", m->contacts, m->n_contacts, MDSHM_MAX_LIST);
    put(s, j, "transitive", json_integer(m->transitive));
    s->warnings = NULL;
    cert = certs_json(s, descr, sizeof(descr), &issued);
    if (s->warnings) /* *mdshm*: what needs the operator now */
        put(s, j, "warnings", s->warnings);
    s->warnings = NULL;
    put(s, j, "ca", ca_json(s, m, issued));
    put_privkeys(s, j, m);
    put(s, j, "state", json_integer(m->state));
    if (m->state != MDSHM_MD_COMPLETE && descr[0])
        put(s, j, "state-descr", json_string(descr));
    put(s, j, "renew-mode", json_integer(m->renew_mode));
    if (m->renew_window.n)
        put_buf(s, j, "renew-window", m->renew_window);
    if (m->warn_window.n)
        put_buf(s, j, "warn-window", m->warn_window);
    put(s, j, "must-staple", json_boolean(m->must_staple));
    put(s, j, "proto", proto_json(s, m));
    put(s, j, "stapling", json_boolean(m->stapling));
    put(s, j, "profile-mandatory", json_boolean(m->profile_mandatory));
    put(s, j, "ari-renewals", json_boolean(m->ari_renewals));
    if (m->is_static)
        put(s, j, "static", json_true());
    put(s, j, "generation", json_integer((json_int_t)m->gen));
    put(s, j, "cert", cert);
    /* without a certificate, renewal is due now (as mod_md says) */
    put_ms(s, j, "renew-at", issued || m->is_static ? m->renew_at_ms
                                                    : s->now_ms);
    /* mod_md watches every MD it uses that is not in error (static and
     * manual ones too: it supervises their expiry and OCSP) */
    put(s, j, "watched", json_boolean(m->state != MDSHM_MD_ERROR));
    renewal_json(s, j, single, !issued && !m->is_static);
    return j;
}

/* ---- output ---------------------------------------------------------- */

static void out_raw(struct sj *s, const char *p, size_t n)
{
    mdshm__status_out_write(&s->out, p, n);
}

static void out_str(struct sj *s, const char *str)
{
    out_raw(s, str, strlen(str));
}

static int dump_cb(const char *p, size_t n, void *baton)
{
    struct sj *s = baton;
    static const char spaces[] = "        ";

    for (const char *nl; n && (nl = memchr(p, '\n', n)); ) {
        out_raw(s, p, (size_t)(nl - p) + 1);
        out_raw(s, spaces, s->indent < 8 ? s->indent : 8);
        n -= (size_t)(nl - p) + 1;
        p = nl + 1;
    }
    out_raw(s, p, n);
    return s->err ? -1 : 0;
}

/* @v as json_dumps(JSON_INDENT(2)) shows it @indent spaces deep (frees
 * it; NULL: out of memory). */
static void out_json(struct sj *s, json_t *v, unsigned indent)
{
    if (!v) {
        s->err = -ENOMEM;
        return;
    }
    s->indent = indent;
    if (!s->err && json_dump_callback(v, dump_cb, s, JSON_INDENT(2) |
                                      JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)
                       < 0 && !s->err)
        s->err = -ENOMEM;
    json_decref(v);
}

static int all_md_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct sj *s = baton;

    (void)db;
    if (s->limit && s->shown == s->limit) {
        s->more = true; /* the page is full and one more MD exists */
        return 1;
    }
    out_str(s, s->shown ? ",\n    " : "\n    ");
    out_json(s, md_json(s, key, val, false), 4);
    s->shown++;
    if (key.n < sizeof(s->next)) {
        memcpy(s->next, key.p, key.n);
        s->next[key.n] = 0;
    }
    return s->err;
}

/* Find an MD by its name, else by one of its domain names (any case;
 * a name under a wildcard domain finds the wildcard's MD). */
static int find_md(struct sj *s, const char *name, mdshm_buf_t *key,
                   mdshm_buf_t *val)
{
    size_t len = strlen(name);
    char low[MDSHM_MAX_NAME_LEN + 1];
    int rv;

    if (len == 0 || len > MDSHM_MAX_MDNAME_LEN)
        return MDSHM_ENOTFOUND; /* no such key can exist */
    rv = mdshm_read_get_raw(s->rd, MDSHM_DB_MDS, name, len, val);
    if (rv != MDSHM_ENOTFOUND) {
        key->p = (const uint8_t *)name;
        key->n = len;
        return rv;
    }
    if (len > MDSHM_MAX_NAME_LEN)
        return MDSHM_ENOTFOUND;
    for (size_t i = 0; i <= len; i++)
        low[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32
                                                             : name[i]);
    rv = mdshm__status_get(s->rd, MDSHM_DB_NAMES, low, len, MDSHM_REC_NAME,
                           s->rec);
    if (rv == MDSHM_ENOTFOUND) {
        rv = mdshm_lookup_sni(s->rd, name, len, key, NULL);
        if (rv == MDSHM_EBADINPUT)
            rv = MDSHM_ENOTFOUND;
    } else if (rv == 0) {
        *key = s->rec->u.name.md;
    }
    return rv < 0 ? rv : mdshm_read_get_raw(s->rd, MDSHM_DB_MDS, key->p,
                                            key->n, val);
}

static json_t *leader_json(struct sj *s, mdshm_store_t *st)
{
    mdshm_leader_status_t ls;
    json_t *j = json_object();
    int rv = mdshm_leader_status(st, 0, &ls);

    if (!j)
        return NULL;
    if (rv < 0) {
        put_error(s, j, rv);
        return j;
    }
    put(s, j, "active", json_boolean(ls.present && ls.lock_held && !ls.stale));
    if (ls.present) {
        put(s, j, "term", json_integer((json_int_t)ls.term));
        put(s, j, "pid", json_integer(ls.pid));
        put(s, j, "host", json_string(ls.host));
        put_ms(s, j, "since", ls.since_ms);
        put_ms(s, j, "heartbeat", ls.heartbeat_ms);
        put(s, j, "heartbeat-age-ms", ls.heartbeat_ms
                                          ? json_integer(s->now_ms -
                                                         ls.heartbeat_ms)
                                          : json_null());
    }
    return j;
}

/* meta/cluster (cluster mode, written by the host's leader): NULL when
 * absent. */
static json_t *cluster_json(struct sj *s)
{
    const mdshm_cluster_rec_t *c = &s->rec->u.cluster;
    json_t *j;
    int rv = mdshm_read_get(s->rd, MDSHM_DB_META, "cluster", 7, s->rec);

    if (rv == MDSHM_ENOTFOUND || !(j = json_object()))
        return NULL;
    if (rv < 0) {
        put_error(s, j, rv);
        return j;
    }
    put_buf(s, j, "host", c->host);
    put_buf(s, j, "role", c->role);
    put_buf(s, j, "leader", c->leader);
    put(s, j, "term", json_integer(c->term));
    put(s, j, "applied-revision", json_integer(c->applied_rev));
    put(s, j, "lag", json_integer(c->seen_rev > c->applied_rev
                                      ? c->seen_rev - c->applied_rev
                                      : 0));
    put_buf(s, j, "etcd", c->etcd);
    put_buf(s, j, "endpoint", c->endpoint);
    if (c->last_error.n)
        put_buf(s, j, "last-error", c->last_error);
    if (c->key_check.n)
        put_buf(s, j, "key-check", c->key_check);
    put(s, j, "fenced", json_integer((json_int_t)c->fenced));
    put(s, j, "resyncs", json_integer((json_int_t)c->resyncs));
    put(s, j, "restores", json_integer((json_int_t)c->restores));
    put_ms(s, j, "updated", c->updated_ms);
    return j;
}

static int stream(struct sj *s, mdshm_store_t *st, const char *md_or_domain,
                  const mdshm_status_page_t *page)
{
    mdshm_buf_t key, val;
    uint64_t gen = 0;
    int rv;

    if (md_or_domain) {
        rv = find_md(s, md_or_domain, &key, &val);
        if (rv < 0)
            return rv;
        out_json(s, md_json(s, key, val, true), 0);
        out_str(s, "\n");
        return s->err;
    }
    out_str(s, "{\n  \"version\": ");
    out_json(s, json_string(MDSHM_VERSION), 2);
    out_str(s, ",\n  \"generation\": ");
    rv = mdshm_read_gen(s->rd, &gen);
    out_json(s, rv < 0 ? json_string(mdshm_err_name(rv))
                       : json_integer((json_int_t)gen), 2);
    out_str(s, ",\n  \"leader\": ");
    out_json(s, leader_json(s, st), 2);
    {
        json_t *cj = cluster_json(s);
        if (cj) {
            out_str(s, ",\n  \"cluster\": ");
            out_json(s, cj, 2);
        }
    }
    out_str(s, ",\n  \"managed-domains\": [");
    s->limit = page ? page->limit : 0;
    rv = mdshm__read_foreach_after(s->rd, MDSHM_DB_MDS,
                                  page ? page->after : NULL,
                                  page && page->after ? strlen(page->after)
                                                      : 0,
                                  all_md_fn, s);
    if (rv < 0)
        return rv;
    if (s->err)
        return s->err;
    out_str(s, s->shown ? "\n  ]" : "]");
    if (s->more) {
        out_str(s, ",\n  \"next\": ");
        out_json(s, json_string(s->next), 2);
    }
    out_str(s, "\n}\n");
    return s->err;
}

int mdshm_status_json_stream(mdshm_store_t *st, const char *md_or_domain,
                             const mdshm_status_page_t *page, int64_t now_ms,
                             mdshm_sink_fn *sink, void *baton)
{
    struct sj s;
    mdshm__status_read_t r = {0};
    int rv;

    if (!st || !sink)
        return MDSHM_EBADINPUT;
    memset(&s, 0, sizeof(s));
    s.now_ms = now_ms;
    rv = mdshm__status_out_init(&s.out, sink, baton, &s.err);
    if (rv == 0)
        rv = mdshm__status_read_open(&r, st);
    if (rv == 0) {
        s.rd = r.rd;
        s.md = r.md;
        s.rec = r.rec;
        s.ocsp = r.ocsp;
        rv = stream(&s, st, md_or_domain, page);
    }
    mdshm__status_read_close(&r);
    if (rv == 0) {
        mdshm__status_out_flush(&s.out);
        rv = s.err;
    }
    mdshm__status_out_free(&s.out);
    return rv;
}

/* ---- into memory ----------------------------------------------------- */

int mdshm__mem_sink(void *baton, const char *data, size_t len)
{
    mdshm__membuf_t *m = baton;

    if (m->n + len + 1 > m->cap) {
        size_t cap = m->cap ? m->cap : 256;
        char *p;
        while (cap < m->n + len + 1)
            cap *= 2;
        if (!(p = realloc(m->p, cap)))
            return -ENOMEM;
        m->p = p;
        m->cap = cap;
    }
    if (len)
        memcpy(m->p + m->n, data, len);
    m->n += len;
    m->p[m->n] = 0;
    return 0;
}

int mdshm__mem_result(mdshm__membuf_t *m, int rv, char **out, size_t *outlen)
{
    if (rv == 0 && !m->p)
        rv = mdshm__mem_sink(m, "", 0);
    if (rv < 0) {
        free(m->p);
        return rv;
    }
    *out = m->p;
    *outlen = m->n;
    return 0;
}

int mdshm_status_json(mdshm_store_t *st, const char *md_or_domain,
                      int64_t now_ms, char **out, size_t *outlen)
{
    mdshm__membuf_t m = {0};
    int rv;

    if (out)
        *out = NULL;
    if (outlen)
        *outlen = 0;
    if (!st || !out || !outlen)
        return MDSHM_EBADINPUT;
    rv = mdshm_status_json_stream(st, md_or_domain, NULL, now_ms,
                                  mdshm__mem_sink, &m);
    return mdshm__mem_result(&m, rv, out, outlen);
}
