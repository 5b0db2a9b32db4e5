/* status_html.c -- the status as one self-contained HTML page for people
 * (docs/status.md, "The HTML view"): the leader at the top, then per MD a
 * timeline of each certificate's validity with its renew and warn
 * windows and "now", the OCSP state and the drive's last job.
 *
 * No external assets and no script: inline CSS and inline SVG only, so
 * the page reads the same from a file, a mail attachment or a server.
 * Every text from the store goes through html_text(): names are
 * validated on write, but job errors and CA problem texts are arbitrary.
 *
 * Streamed like the md-status JSON: one MD at a time through a buffer of
 * MDSHM__STATUS_CHUNK bytes to the caller's sink, paged by the same cursor. */
#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_window */
#include "status.h"
#include "crl.h"
#include "config.h"
#include "schedule.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N_LOG_ERRORS 5 /* job log errors shown per MD, newest first */

struct sh {
    mdshm_reader_t *rd;
    int64_t now_ms;
    mdshm_record_t *md, *rec, *ocsp;
    int err;
    mdshm__status_out_t out;
    size_t shown, limit;
    char next[MDSHM_MAX_MDNAME_LEN + 1];
    bool more;
};

/* ---- output ---------------------------------------------------------- */

static void raw(struct sh *s, const char *p, size_t n)
{
    mdshm__status_out_write(&s->out, p, n);
}

/* Markup and numbers: only ever our own text, never the store's. */
static void pr(struct sh *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void pr(struct sh *s, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (n < 0)
        s->err = -EINVAL;
    else
        raw(s, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

static int raw_sink(void *baton, const char *p, size_t n)
{
    raw(baton, p, n);
    return ((struct sh *)baton)->err;
}

/* ---- escaping --------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at @p (at most @n bytes), 0 if none
 * (overlong forms, surrogates and values above U+10FFFF are invalid). */
static size_t utf8_len(const uint8_t *p, size_t n)
{
    uint32_t cp;
    size_t len;

    if (p[0] < 0x80)
        return 1;
    if (p[0] >= 0xc2 && p[0] <= 0xdf)
        len = 2, cp = p[0] & 0x1f;
    else if (p[0] >= 0xe0 && p[0] <= 0xef)
        len = 3, cp = p[0] & 0x0f;
    else if (p[0] >= 0xf0 && p[0] <= 0xf4)
        len = 4, cp = p[0] & 0x07;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (p[i] & 0x3f);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
        return 0;
    return len;
}

int mdshm__html_escape(const void *data, size_t len, mdshm_sink_fn *sink,
                       void *baton)
{
    const uint8_t *p = data;
    size_t run = 0, i = 0;
    int rv = 0;

    while (i < len && rv == 0) {
        const char *rep = NULL;
        size_t k = utf8_len(p + i, len - i);

        switch (k ? p[i] : 0) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        case 0: rep = "\xef\xbf\xbd"; k = 1; break; /* U+FFFD */
        default:
            /* controls would end up in the DOM; tab and newline are text */
            if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n')
                rep = "\xef\xbf\xbd";
            else if (p[i] == 0x7f)
                rep = "\xef\xbf\xbd";
        }
        if (rep) {
            if (i > run)
                rv = sink(baton, (const char *)p + run, i - run);
            if (rv == 0)
                rv = sink(baton, rep, strlen(rep));
            run = i + k;
        }
        i += k;
    }
    if (rv == 0 && len > run)
        rv = sink(baton, (const char *)p + run, len - run);
    return rv;
}

/* Store text into element text or a quoted attribute value. */
static void text(struct sh *s, mdshm_buf_t b)
{
    if (!s->err && b.n)
        mdshm__html_escape(b.p, b.n, raw_sink, s);
}

static void ctext(struct sh *s, const char *str)
{
    text(s, mdshm__sbuf(str));
}

/* A query parameter value inside an href: %-encoded, so nothing in it is
 * markup either. */
static void urlpart(struct sh *s, const char *str)
{
    static const char hex[] = "0123456789ABCDEF";

    for (const unsigned char *p = (const unsigned char *)str; *p; p++) {
        char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || strchr("-._~", *p))
            raw(s, (const char *)p, 1);
        else
            raw(s, e, 3);
    }
}

/* ---- times ------------------------------------------------------------ */

/* "2026-12-06 14:01 UTC" (no locale involved); "-" for 0 = not set. */
static void when(struct sh *s, int64_t ms)
{
    struct tm tm;
    time_t t = (time_t)(ms / 1000);

    if (!ms || !gmtime_r(&t, &tm)) {
        pr(s, "-");
        return;
    }
    pr(s, "%04d-%02d-%02d %02d:%02d UTC", tm.tm_year + 1900, tm.tm_mon + 1,
       tm.tm_mday, tm.tm_hour, tm.tm_min);
}

/* "in 3d 4h" / "5m ago": how far @ms is from now, two units at most. */
static void rel(struct sh *s, int64_t ms)
{
    int64_t d = ms - s->now_ms, a = d < 0 ? -d : d;
    int64_t days = a / 86400000, h = a / 3600000 % 24, m = a / 60000 % 60;
    char b[64];

    if (days)
        snprintf(b, sizeof(b), "%" PRId64 "d %" PRId64 "h", days, h);
    else if (h)
        snprintf(b, sizeof(b), "%" PRId64 "h %" PRId64 "m", h, m);
    else if (m)
        snprintf(b, sizeof(b), "%" PRId64 "m", m);
    else
        snprintf(b, sizeof(b), "%" PRId64 "s", a / 1000);
    pr(s, d < 0 ? "%s ago" : "in %s", b);
}

static void when_rel(struct sh *s, int64_t ms)
{
    when(s, ms);
    if (ms) {
        pr(s, " <span class=\"rel\">(");
        rel(s, ms);
        pr(s, ")</span>");
    }
}

/* ---- the page --------------------------------------------------------- */

static const char style[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.15em;margin:0}"
    ".meta,.rel{color:#666}"
    ".leader,.md{border:1px solid #ccc;border-radius:6px;padding:.7em 1em;"
    "margin:1em 0}"
    ".leader.ok{border-left:6px solid #2a7}"
    ".leader.bad{border-left:6px solid #c33}"
    ".badge{display:inline-block;padding:0 .5em;border-radius:3px;"
    "font-size:.85em;color:#fff;background:#888;margin-left:.5em}"
    ".b-ok{background:#2a7}.b-warn{background:#d80}.b-bad{background:#c33}"
    "dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;"
    "margin:.4em 0}dt{color:#555}dd{margin:0}"
    ".cert{margin:.6em 0 .6em 1em}"
    "svg.tl{width:100%;max-width:60em;height:34px;display:block}"
    ".legend span{margin-right:1em;white-space:nowrap}"
    ".sw{display:inline-block;width:.9em;height:.9em;vertical-align:middle;"
    "margin-right:.3em}"
    ".err{color:#c33}ul{margin:.2em 0}"
    "nav{margin:1em 0}";

static void head(struct sh *s, uint64_t gen, int gen_rv)
{
    pr(s, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
          "<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width\">\n"
          "<title>mdshm status</title>\n<style>");
    raw(s, style, sizeof(style) - 1);
    pr(s, "</style>\n</head>\n<body>\n<h1>mdshm status</h1>\n"
          "<p class=\"meta\">mdshm %s, at ", MDSHM_VERSION);
    when(s, s->now_ms);
    if (gen_rv < 0)
        pr(s, ", store generation unreadable (%s)", mdshm_err_name(gen_rv));
    else
        pr(s, ", store generation %" PRIu64, gen);
    pr(s, "</p>\n");
}

static void leader(struct sh *s, mdshm_store_t *st)
{
    mdshm_leader_status_t ls;
    int rv = mdshm_leader_status(st, 0, &ls);
    bool active = rv == 0 && ls.present && ls.lock_held && !ls.stale;

    pr(s, "<section class=\"leader %s\" id=\"leader\">\n<h2>Leader",
       active ? "ok" : "bad");
    if (rv < 0) {
        pr(s, "<span class=\"badge b-bad\">unreadable</span></h2>\n"
              "<p class=\"err\">%s</p>\n</section>\n", mdshm_strerror(rv));
        return;
    }
    if (!ls.present) {
        pr(s, "<span class=\"badge b-bad\">no leader</span></h2>\n"
              "<p>No process has ever led this store: nothing renews "
              "certificates or fetches OCSP responses.</p>\n</section>\n");
        return;
    }
    pr(s, "<span class=\"badge %s\">%s</span></h2>\n<dl>\n",
       active ? "b-ok" : "b-bad",
       active ? "active" : ls.lock_held ? "stale" : "no leader");
    pr(s, "<dt>pid</dt><dd>%" PRId64 "%s</dd>\n", ls.pid,
       ls.alive ? "" : " (not running here)");
    pr(s, "<dt>host</dt><dd>");
    ctext(s, ls.host);
    pr(s, "</dd>\n<dt>term</dt><dd>%" PRIu64 "</dd>\n<dt>since</dt><dd>",
       ls.term);
    when_rel(s, ls.since_ms);
    /* a term without a heartbeat yet: alive since it began; a record
     * with neither time (0) has no age to show */
    int64_t beat = ls.heartbeat_ms > ls.since_ms ? ls.heartbeat_ms
                                                 : ls.since_ms;
    pr(s, "</dd>\n<dt>heartbeat age</dt><dd>");
    if (beat)
        pr(s, "%.1f s", (double)(s->now_ms - beat) / 1000.0);
    else
        pr(s, "- (no heartbeat recorded)");
    pr(s, "</dd>\n<dt>leader.lock</dt><dd>%s</dd>\n</dl>\n</section>\n",
       ls.lock_held ? "held" : "not held (no process leads now)");
}

static const char *state_name(uint32_t st, const char **cls)
{
    static const char *const names[] = {"unknown", "incomplete", "complete",
                                        "expired", "error", "missing"};
    *cls = st == MDSHM_MD_COMPLETE ? "b-ok"
         : st == MDSHM_MD_INCOMPLETE ? "b-warn" : "b-bad";
    return st < 6 ? names[st] : "invalid";
}

/* An MD's window as stored, or for MDs stored without one (imported, or
 * written before windows were stored) the default the drive applies. */
static mdshm_buf_t window_or(mdshm_buf_t win, const char *def)
{
    return win.n ? win : mdshm__sbuf(def);
}

#define DEF_RENEW_WINDOW "33%" /* MDRenewWindow's default (config.h) */
#define DEF_WARN_WINDOW "10%"  /* MDWarnWindow's default */

/* Start of a window (MDRenewWindow "33%", "30d") before @na_ms of a
 * lifetime from @nb_ms; 0 when the stored text does not parse. */
static int64_t window_start(mdshm_buf_t win, int64_t nb_ms, int64_t na_ms)
{
    char buf[64];
    mdshm__window_t w;

    if (!win.n || win.n >= sizeof(buf))
        return 0;
    memcpy(buf, win.p, win.n);
    buf[win.n] = 0;
    if (mdshm__parse_window(buf, &w))
        return 0;
    return mdshm__window_start(nb_ms, na_ms, &w);
}

/* x in the timeline's viewBox (0..1000) of @t within [lo, hi]. */
static double tx(int64_t t, int64_t lo, int64_t hi)
{
    if (t <= lo)
        return 0;
    if (t >= hi)
        return 1000;
    return 1000.0 * (double)(t - lo) / (double)(hi - lo);
}

/* One part of the timeline from @x0 to @x1, its start as a tooltip. */
static void tl_rect(struct sh *s, const char *cls, const char *fill,
                    double x0, double x1, int64_t from_ms)
{
    pr(s, "<rect class=\"%s\" x=\"%.1f\" y=\"6\" width=\"%.1f\" "
          "height=\"20\" fill=\"%s\"><title>%s from ", cls, x0, x1 - x0,
       fill, cls);
    when(s, from_ms);
    pr(s, "</title></rect>");
}

/* The validity bar of one certificate, drawn over the span from its
 * not-before (or now, if earlier) to its not-after (or now, if later), so
 * "now" is always on it. */
static void timeline(struct sh *s, const mdshm_certset_rec_t *c,
                     int64_t renew_ms, int64_t warn_ms)
{
    int64_t nb = c->not_before * 1000, na = c->not_after * 1000;
    int64_t lo = nb < s->now_ms ? nb : s->now_ms;
    int64_t hi = na > s->now_ms ? na : s->now_ms;
    double xnb, xna, xnow;

    if (hi <= lo)
        hi = lo + 1;
    xnb = tx(nb, lo, hi);
    xna = tx(na, lo, hi);
    xnow = tx(s->now_ms, lo, hi);
    pr(s, "<svg class=\"tl\" viewBox=\"0 0 1000 34\" "
          "preserveAspectRatio=\"none\" role=\"img\" "
          "aria-label=\"validity timeline\">");
    tl_rect(s, "valid", "#9cd8b0", xnb, xna, nb);
    if (renew_ms && renew_ms < na)
        tl_rect(s, "renew", "#f2c66d", tx(renew_ms, lo, hi), xna, renew_ms);
    if (warn_ms && warn_ms < na)
        tl_rect(s, "warn", "#e8796d", tx(warn_ms, lo, hi), xna, warn_ms);
    pr(s, "<rect class=\"now\" x=\"%.1f\" y=\"0\" width=\"4\" "
          "height=\"34\" fill=\"#124\"><title>now</title></rect></svg>\n",
       xnow > 996 ? 996 : xnow);
}

static const char legend[] =
    "<p class=\"legend\"><span><i class=\"sw\" style=\"background:#9cd8b0\">"
    "</i>valid</span><span><i class=\"sw\" style=\"background:#f2c66d\">"
    "</i>renew window</span><span><i class=\"sw\" "
    "style=\"background:#e8796d\"></i>warn window</span><span><i "
    "class=\"sw\" style=\"background:#124\"></i>now</span></p>\n";

static void ocsp(struct sh *s, const mdshm_certset_rec_t *c)
{
    const mdshm_ocsp_rec_t *o = &s->ocsp->u.ocsp;
    static const char *const st[] = {"good", "revoked", "unknown"};
    char key[65];
    int rv;

    pr(s, "<dt>OCSP</dt><dd class=\"ocsp\">");
    if (!c->ocsp_url.n || c->sha256.n != 32) {
        pr(s, "no responder (nothing to staple)</dd>\n");
        return;
    }
    mdshm_key_ocsp(key, c->sha256.p);
    rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, 64, s->ocsp);
    if (rv == MDSHM_ENOTFOUND) {
        pr(s, "<span class=\"badge b-warn\">pending</span> no response "
              "fetched yet from ");
        text(s, c->ocsp_url);
        pr(s, "</dd>\n");
        return;
    }
    if (rv < 0) {
        pr(s, "<span class=\"badge b-bad\">error</span> %s</dd>\n",
           mdshm_strerror(rv));
        return;
    }
    bool valid = o->der.n && o->next_update * 1000 > s->now_ms;
    pr(s, "<span class=\"badge %s\">%s</span> %s, next update ",
       valid && o->status == 0 ? "b-ok" : "b-bad",
       valid ? "valid" : "expired", o->status < 3 ? st[o->status] : "invalid");
    when_rel(s, o->next_update * 1000);
    pr(s, ", fetched ");
    when_rel(s, o->fetched_ms);
    if (o->errors)
        pr(s, " <span class=\"err\">%" PRIu32 " failed fetches</span>",
           o->errors);
    if (o->last_error.n) {
        pr(s, " <span class=\"err\">last error: ");
        text(s, o->last_error);
        pr(s, "</span>");
    }
    pr(s, "</dd>\n");
}

/* What the certificate's CRL says (docs/revocation.md); revoked, in red:
 * for a static MD only its operator can replace it. */
static void crl(struct sh *s, const mdshm_certset_rec_t *c)
{
    const mdshm_crl_rec_t *r = &s->ocsp->u.crl;
    char key[MDSHM__CRL_KEY_LEN + 1];
    int rv = MDSHM_ENOTFOUND;

    pr(s, "<dt>CRL</dt><dd class=\"crl\">");
    if (c->sha256.n == 32) {
        mdshm__key_crl(key, c->sha256.p);
        rv = mdshm_read_get(s->rd, MDSHM_DB_OCSP, key, MDSHM__CRL_KEY_LEN,
                            s->ocsp);
    }
    if (rv == MDSHM_ENOTFOUND) {
        pr(s, "not checked (no CRL URL, or MDCRLCheck off)</dd>\n");
        return;
    }
    if (rv < 0) {
        pr(s, "<span class=\"badge b-bad\">error</span> %s</dd>\n",
           mdshm_strerror(rv));
        return;
    }
    if (!r->fetched_ms)
        pr(s, "<span class=\"badge b-warn\">pending</span> ");
    else if (r->status == MDSHM__CRL_REVOKED)
        pr(s, "<span class=\"badge b-bad\">revoked</span> ");
    else
        pr(s, "<span class=\"badge b-ok\">good</span> ");
    text(s, r->url);
    if (r->fetched_ms && r->status == MDSHM__CRL_REVOKED) {
        pr(s, " <span class=\"err\">revoked ");
        when(s, r->revoked_at * 1000);
        pr(s, " (%s): %s</span>", mdshm__crl_reason_name(r->reason),
           s->md->u.md.is_static ? "a static certificate, mdshm cannot "
                                   "renew it: replace it now"
                                 : "a renewal was requested");
    }
    pr(s, ", next fetch ");
    when_rel(s, r->errors ? r->next_try_ms : r->next_fetch_ms);
    if (r->errors) {
        pr(s, " <span class=\"err\">%" PRIu32 " failed fetches, last "
              "error: ", r->errors);
        text(s, r->last_error);
        pr(s, "</span>");
    }
    pr(s, "</dd>\n");
}

static void cert(struct sh *s, mdshm_buf_t spec)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const mdshm_certset_rec_t *c = &s->rec->u.certset;
    char key[600];
    size_t klen;
    int rv = mdshm__status_certkey(key, sizeof(key), m->name, spec, &klen);

    if (rv == 0)
        rv = mdshm__status_get(s->rd, MDSHM_DB_CERTS, key, klen,
                               MDSHM_REC_CERTSET, s->rec);
    pr(s, "<div class=\"cert\">\n<h3>");
    text(s, spec);
    pr(s, "</h3>\n");
    if (rv == MDSHM_ENOTFOUND) {
        pr(s, "<p>no certificate yet</p>\n</div>\n");
        return;
    }
    if (rv < 0) {
        pr(s, "<p class=\"err\">record unreadable: %s</p>\n</div>\n",
           mdshm_strerror(rv));
        return;
    }
    int64_t nb = c->not_before * 1000, na = c->not_after * 1000;
    timeline(s, c,
             window_start(window_or(m->renew_window, DEF_RENEW_WINDOW), nb,
                          na),
             window_start(window_or(m->warn_window, DEF_WARN_WINDOW), nb,
                          na));
    pr(s, "<dl>\n<dt>valid</dt><dd>");
    when(s, nb);
    pr(s, " to ");
    when_rel(s, na);
    if (na <= s->now_ms)
        pr(s, " <span class=\"badge b-bad\">expired</span>");
    pr(s, "</dd>\n<dt>issuer</dt><dd>");
    text(s, c->issuer);
    pr(s, "</dd>\n<dt>serial</dt><dd>");
    text(s, c->serial);
    pr(s, "</dd>\n");
    ocsp(s, c);
    crl(s, c);
    pr(s, "</dl>\n</div>\n");
}

static void job(struct sh *s)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const mdshm_job_rec_t *j = &s->rec->u.job;
    int rv = mdshm__status_get(s->rd, MDSHM_DB_JOBS, m->name.p, m->name.n,
                               MDSHM_REC_JOB, s->rec);
    unsigned shown = 0;

    pr(s, "<dt>last job</dt><dd class=\"job\">");
    if (rv == MDSHM_ENOTFOUND) {
        pr(s, "the drive has not run for this MD yet</dd>\n");
        return;
    }
    if (rv < 0) {
        pr(s, "<span class=\"err\">record unreadable: %s</span></dd>\n",
           mdshm_strerror(rv));
        return;
    }
    if (!j->last_run_ms)
        pr(s, "not run yet");
    else if (j->last_status == 0)
        pr(s, "<span class=\"badge b-ok\">ok</span> ");
    else
        pr(s, "<span class=\"badge b-bad\">%s</span> <span class=\"err\">"
              "%s</span> ", mdshm_err_name(j->last_status),
           mdshm_strerror(j->last_status));
    if (j->last_run_ms)
        when_rel(s, j->last_run_ms);
    if (j->errors)
        pr(s, ", <span class=\"err\">failed runs in a row: %" PRIu32
              "</span>", j->errors);
    pr(s, ", next run ");
    when_rel(s, j->next_run_ms);
    if (j->last_problem.n || j->last_detail.n) {
        pr(s, "<br><span class=\"err\">");
        text(s, j->last_problem);
        pr(s, j->last_problem.n && j->last_detail.n ? ": " : "");
        text(s, j->last_detail);
        pr(s, "</span>");
    }
    if (j->last_activity.n) {
        pr(s, "<br>activity: ");
        text(s, j->last_activity);
    }
    pr(s, "</dd>\n");
    for (uint32_t i = j->n_log; i-- > 0 && shown < N_LOG_ERRORS;) {
        const mdshm_joblog_entry_t *e = &j->log[i];
        if (e->type.n != 5 || memcmp(e->type.p, "error", 5) != 0)
            continue;
        pr(s, shown++ ? "<li>" : "<dt>errors</dt><dd><ul class=\"errors\">"
                                 "<li>");
        when(s, e->when_ms);
        pr(s, ": ");
        text(s, e->detail);
        pr(s, "</li>");
    }
    if (shown)
        pr(s, "</ul></dd>\n");
}

static void md(struct sh *s, mdshm_buf_t val)
{
    const mdshm_md_rec_t *m = &s->md->u.md;
    const char *cls, *state;
    int rv = mdshm_record_decode(MDSHM_REC_MD, val.p, val.n, s->md);

    if (rv < 0) {
        pr(s, "<section class=\"md\"><h2 class=\"md-name err\">"
              "(record unreadable: %s)</h2></section>\n",
           mdshm_strerror(rv));
        return;
    }
    pr(s, "<section class=\"md\" data-md=\"");
    text(s, m->name);
    pr(s, "\">\n<h2><span class=\"md-name\">");
    text(s, m->name);
    state = state_name(m->state, &cls);
    pr(s, "</span><span class=\"badge %s\">%s</span></h2>\n", cls, state);
    pr(s, "<dl>\n<dt>names</dt><dd>");
    for (uint32_t i = 0; i < m->n_names && i < MDSHM_MAX_NAMES; i++) {
        if (i)
            pr(s, ", ");
        text(s, m->names[i]);
    }
    pr(s, "</dd>\n<dt>renew window</dt><dd>");
    text(s, window_or(m->renew_window, DEF_RENEW_WINDOW " (default)"));
    pr(s, ", renewal scheduled ");
    if (m->renew_at_ms)
        when_rel(s, m->renew_at_ms);
    else
        pr(s, "never (%s)", m->is_static ? "a static certificate"
                                          : "not by a drive yet");
    pr(s, "</dd>\n<dt>warn window</dt><dd>");
    text(s, window_or(m->warn_window, DEF_WARN_WINDOW " (default)"));
    pr(s, "</dd>\n");
    job(s);
    pr(s, "</dl>\n");
    for (uint32_t i = 0; i < m->n_key_specs && i < MDSHM_MAX_LIST; i++)
        cert(s, m->key_specs[i]);
    pr(s, "</section>\n");
}

static int md_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                 mdshm_buf_t val)
{
    struct sh *s = baton;

    (void)db;
    if (s->limit && s->shown == s->limit) {
        s->more = true; /* the page is full and one more MD exists */
        return 1;
    }
    md(s, val);
    s->shown++;
    if (key.n < sizeof(s->next)) {
        memcpy(s->next, key.p, key.n);
        s->next[key.n] = 0;
    }
    return s->err;
}

static int page_body(struct sh *s, mdshm_store_t *st,
                     const mdshm_status_page_t *page)
{
    uint64_t gen = 0;
    int rv = mdshm_read_gen(s->rd, &gen);

    head(s, gen, rv);
    leader(s, st);
    raw(s, legend, sizeof(legend) - 1);
    s->limit = page ? page->limit : 0;
    rv = mdshm__read_foreach_after(s->rd, MDSHM_DB_MDS,
                                  page ? page->after : NULL,
                                  page && page->after ? strlen(page->after)
                                                      : 0,
                                  md_fn, s);
    if (rv < 0)
        return rv;
    if (!s->shown)
        pr(s, "<p>No managed domains%s.</p>\n",
           page && page->after ? " after this point" : "");
    if (s->more) {
        pr(s, "<nav><a rel=\"next\" href=\"?after=");
        urlpart(s, s->next);
        pr(s, "&amp;limit=%zu\">next page</a></nav>\n", s->limit);
    }
    pr(s, "</body>\n</html>\n");
    return s->err;
}

int mdshm_status_html_stream(mdshm_store_t *st,
                             const mdshm_status_page_t *page, int64_t now_ms,
                             mdshm_sink_fn *sink, void *baton)
{
    struct sh s;
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
        rv = page_body(&s, st, page);
    }
    mdshm__status_read_close(&r);
    if (rv == 0) {
        mdshm__status_out_flush(&s.out);
        rv = s.err;
    }
    mdshm__status_out_free(&s.out);
    return rv;
}
