/* status_page.c -- the "Managed Certificates" section of mod_status's
 * page, HTML and ?auto (MDServerStatus, with the MDCertificateCheck link),
 * made as mod_md makes it: from the MDs' md-status document
 * (mdshm_status_json, which has mod_md's shape), with the same columns,
 * labels and counts; and the shared reading of that document. */
#include "mod_mdshm.h"

#include <errno.h>
#include <stdlib.h>

#include <jansson.h>

#include "apr_date.h"
#include "apr_optional_hooks.h"
#include "apr_strings.h"
#include "apr_uri.h"
#include "http_protocol.h"
#include "http_request.h"
#include "mod_status.h"

APLOG_USE_MODULE(mdshm);

/* A reader of its own (mdshm_status_json), not the handshake's cache: the
 * worker lock is held only to find the store. */
json_t *mdshm_h_status_doc(request_rec *r, const char *md, int *rv)
{
    mdshm_tls_worker_t *w = mdshm_h_worker_lock();
    mdshm_store_t *st = w ? mdshm_tls_store(w) : NULL;
    char *text = NULL;
    size_t len = 0;
    json_t *doc = NULL;

    if (w)
        mdshm_h_worker_unlock();
    *rv = st ? mdshm_status_json(st, md, apr_time_as_msec(apr_time_now()),
                                 &text, &len)
             : MDSHM_ESTORE;
    if (*rv == 0 && !(doc = json_loadb(text, len, 0, NULL)))
        *rv = -ENOMEM;
    free(text);
    if (*rv < 0 && *rv != MDSHM_ENOTFOUND)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      "mod_mdshm: status of %s: %s", md ? md : "the MDs",
                      mdshm_strerror(*rv));
    return doc;
}

/* ---- mod_status: "Managed Certificates" ------------------------------- */

typedef struct page {
    request_rec *r;
    int html;
    const char *prefix;   /* ?auto: "ManagedDomain[i]" */
} page_t;

static const char *str(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

static long long num(json_t *o, const char *key)
{
    return json_integer_value(json_object_get(o, key));
}

static const char *esc(page_t *pg, const char *s)
{
    return ap_escape_html2(pg->r->pool, s ? s : "", 1);
}

/* mod_md's name of a CA: a known one's, else the host of its URL. */
static const char *ca_name(apr_pool_t *p, const char *url)
{
    static const char *const known[][2] = {
        {"https://acme-v02.api.letsencrypt.org/directory", "LetsEncrypt"},
        {"https://acme-staging-v02.api.letsencrypt.org/directory",
         "LetsEncrypt-Test"},
        {"https://api.buypass.com/acme/directory", "Buypass"},
        {"https://api.test4.buypass.no/acme/directory", "Buypass-Test"},
    };
    apr_uri_t uri;

    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (!strcasecmp(url, known[i][0]))
            return known[i][1];
    if (apr_uri_parse(p, url, &uri) == APR_SUCCESS && uri.hostname)
        return uri.hostname;
    return url;
}

static apr_time_t rfc_time(const char *s)
{
    return s ? apr_date_parse_rfc(s) : 0;
}

static const char *day(apr_pool_t *p, apr_time_t t)
{
    apr_time_exp_t x;
    char buf[32];
    apr_size_t len;

    apr_time_exp_gmt(&x, t);
    apr_strftime(buf, &len, sizeof(buf), "%Y-%m-%d", &x);
    return apr_pstrmemdup(p, buf, len);
}

static const char *status_of(page_t *pg, json_t *md)
{
    apr_time_t until;

    switch (num(md, "state")) {
    case MDSHM_MD_INCOMPLETE:
        return str(md, "state-descr")
                   ? apr_psprintf(pg->r->pool, "incomplete: %s",
                                  str(md, "state-descr"))
                   : "incomplete";
    case MDSHM_MD_COMPLETE:
    case MDSHM_MD_EXPIRED:
        until = rfc_time(str(json_object_get(json_object_get(md, "cert"),
                                             "valid"), "until"));
        return !until || until > apr_time_now() ? "good" : "expired";
    case MDSHM_MD_ERROR:
        return "error";
    case MDSHM_MD_MISSING:
        return "missing information";
    default:
        return "unknown";
    }
}

static void cell_names(page_t *pg, json_t *md)
{
    json_t *n;
    size_t i;

    if (pg->html)
        ap_rputs("<div style=\"max-width:400px;\">", pg->r);
    json_array_foreach(json_object_get(md, "domains"), i, n) {
        if (pg->html)
            ap_rprintf(pg->r, "%s%s", i ? " " : "",
                       esc(pg, json_string_value(n)));
        else
            ap_rprintf(pg->r, "%sNames[%" APR_SIZE_T_FMT "]: %s\n",
                       pg->prefix, i,
                       json_string_value(n));
    }
    if (pg->html)
        ap_rputs("</div>", pg->r);
}

static void cell_valid(page_t *pg, json_t *md)
{
    json_t *v = json_object_get(json_object_get(md, "cert"), "valid");
    const char *sfrom = str(v, "from"), *suntil = str(v, "until");
    apr_time_t from = rfc_time(sfrom), until = rfc_time(suntil);
    apr_pool_t *p = pg->r->pool;

    if (!pg->html) {
        if (from > apr_time_now())
            ap_rprintf(pg->r, "%sValidFrom: %s\n", pg->prefix, day(p, from));
        if (until)
            ap_rprintf(pg->r, "%sValidUntil: %s\n", pg->prefix,
                       day(p, until));
        return;
    }
    if (from > apr_time_now())
        ap_rprintf(pg->r, "from <span title='%s' style='white-space: "
                   "nowrap;'>%s</span>", esc(pg, sfrom), day(p, from));
    if (until)
        ap_rprintf(pg->r, "%suntil <span title='%s - %s' style='white-space: "
                   "nowrap;'>%s</span>", from > apr_time_now() ? " " : "",
                   esc(pg, sfrom), esc(pg, suntil), day(p, until));
}

static void cell_ca(page_t *pg, json_t *md)
{
    json_t *ca = json_object_get(md, "ca"), *u;
    const char *url = str(ca, "url");
    size_t i;

    if (url) {
        if (pg->html)
            ap_rprintf(pg->r, "<a href='%s'>%s</a>", esc(pg, url),
                       esc(pg, ca_name(pg->r->pool, url)));
        else
            ap_rprintf(pg->r, "%sCAName: %s\n%sCAURL: %s\n", pg->prefix,
                       ca_name(pg->r->pool, url), pg->prefix, url);
        return;
    }
    json_array_foreach(json_object_get(ca, "urls"), i, u) {
        url = json_string_value(u);
        if (!url)
            continue;
        if (pg->html)
            ap_rprintf(pg->r, "%s<a href='%s'>%s</a>", i ? " " : "",
                       esc(pg, url), esc(pg, ca_name(pg->r->pool, url)));
        else if (i == 0)
            ap_rprintf(pg->r, "%sCAName: %s\n%sCAURL: %s\n", pg->prefix,
                       ca_name(pg->r->pool, url), pg->prefix, url);
        else
            ap_rprintf(pg->r, "%sCAName%" APR_SIZE_T_FMT ": %s\n%sCAURL%"
                       APR_SIZE_T_FMT ": %s\n",
                       pg->prefix, i, ca_name(pg->r->pool, url), pg->prefix,
                       i, url);
    }
}

static void cell_stapling(page_t *pg, json_t *md)
{
    if (!json_is_true(json_object_get(md, "stapling")))
        return;
    if (pg->html)
        ap_rputs("on", pg->r);
    else
        ap_rprintf(pg->r, "%sStapling: on\n", pg->prefix);
}

/* MDCertificateCheck: per certificate, a link to the checker with its
 * SHA-256 fingerprint appended. */
static void cell_check(page_t *pg, json_t *md)
{
    const char *arg = mdshm_h_conf_arg("MDCertificateCheck", NULL);
    const char *name = "crt.sh", *url = "https://crt.sh?q=", *key, *fp;
    json_t *c;

    if (arg) {
        name = ap_getword_conf(pg->r->pool, &arg);
        url = ap_getword_conf(pg->r->pool, &arg);
    }
    json_object_foreach(json_object_get(md, "cert"), key, c) {
        if (!(fp = str(c, "sha256-fingerprint")))
            continue;
        if (pg->html)
            ap_rprintf(pg->r, "<a href=\"%s%s\">%s[%s]</a><br>",
                       esc(pg, url), fp, esc(pg, name), esc(pg, key));
        else
            ap_rprintf(pg->r, "%sCheckAtType: %s\n%sCheckAtName: %s\n"
                       "%sCheckAtURL: %s%s\n%sCheckAtFingerprint: %s\n",
                       pg->prefix, key, pg->prefix, name, pg->prefix, url,
                       fp, pg->prefix, fp);
    }
}

/* mod_md's rough duration: its largest unit only. */
static const char *roughly(apr_pool_t *p, apr_interval_time_t d)
{
    static const struct { apr_int64_t secs; const char *unit; } units[] = {
        {86400, "days"}, {3600, "hours"}, {60, "minutes"}, {1, "seconds"},
    };
    apr_int64_t s = apr_time_sec(d);

    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
        if (s >= units[i].secs)
            return apr_psprintf(p, "%" APR_INT64_T_FMT " %s",
                                s / units[i].secs, units[i].unit);
    return d ? apr_psprintf(p, "%d ms", (int)apr_time_msec(d))
             : "0 seconds";
}

/* ?auto: seconds from now; HTML: the day if 4 days away or more, else
 * roughly how long before or ago. */
static void print_when(page_t *pg, const char *label, apr_time_t t)
{
    apr_time_t now = apr_time_now();
    apr_interval_time_t d = t > now ? t - now : now - t;
    char rfc[APR_RFC822_DATE_LEN];

    if (!pg->html) {
        ap_rprintf(pg->r, "%s%s: %" APR_TIME_T_FMT "\n", pg->prefix, label,
                   apr_time_sec(t - now));
        return;
    }
    apr_rfc822_date(rfc, t);
    if (d >= apr_time_from_sec(4 * 86400))
        ap_rprintf(pg->r, "%s <span title='%s' style='white-space: "
                   "nowrap;'>%s</span>", label, rfc, day(pg->r->pool, t));
    else
        ap_rprintf(pg->r, "%s <span title='%s'>%s%s%s</span>", label, rfc,
                   t > now ? "in " : "", roughly(pg->r->pool, d),
                   t > now ? "" : " ago");
}

/* The drive's job, as mod_md's summary of its job.json. */
static void job_summary(page_t *pg, json_t *ren)
{
    json_t *last = json_object_get(ren, "last");
    int finished = json_is_true(json_object_get(ren, "finished"));
    const char *problem = str(last, "problem"), *detail = str(last, "detail");
    apr_time_t next = rfc_time(str(ren, "next-run"));

    if (num(last, "status")) {
        const char *descr = str(last, "status-description");

        if (pg->html)
            ap_rprintf(pg->r, " Error[%s]: %s", esc(pg, descr),
                       esc(pg, problem));
        else
            ap_rprintf(pg->r, "%sLastStatus: %s\n%sLastProblem: %s\n",
                       pg->prefix, descr ? descr : "", pg->prefix,
                       problem ? problem : "(null)");
    }
    if (!pg->html)
        ap_rprintf(pg->r, "%sFinished: %s\n", pg->prefix,
                   finished ? "yes" : "no");
    if (finished) {
        size_t staged = json_object_size(json_object_get(ren, "cert"));

        staged -= staged && json_object_get(json_object_get(ren, "cert"),
                                            "valid");
        if (!pg->html)
            ap_rprintf(pg->r, "%sNewStaged: %" APR_SIZE_T_FMT "\n",
                       pg->prefix, staged);
        else if (staged)
            ap_rprintf(pg->r, "  finished, %" APR_SIZE_T_FMT
                       " new certificate%s staged.",
                       staged, staged > 1 ? "s" : "");
        else
            ap_rputs("  finished successfully.", pg->r);
    } else if (detail) {
        if (pg->html)
            ap_rprintf(pg->r, " %s", esc(pg, detail));
        else
            ap_rprintf(pg->r, "%sLastDetail: %s\n", pg->prefix, detail);
    }
    if (next > apr_time_now() && !finished)
        print_when(pg, pg->html ? "\nNext run" : "NextRun", next);
}

static void cell_activity(page_t *pg, json_t *md)
{
    json_t *ren = json_object_get(md, "renewal");
    apr_time_t at = rfc_time(str(md, "renew-at"));
    const char *prefix = pg->prefix;
    const char *what = NULL;

    pg->prefix = apr_pstrcat(pg->r->pool, prefix, "Activity", NULL);
    if (ren)
        job_summary(pg, ren);
    else if (at > apr_time_now())
        print_when(pg, "Renew", at);
    else if (at)
        what = "Pending";
    else if (json_is_integer(json_object_get(md, "renew-mode")) &&
             num(md, "renew-mode") == 0) /* mod_md's MD_RENEW_MANUAL */
        what = "Manual renew";
    if (what && pg->html)
        ap_rputs(what, pg->r);
    else if (what)
        ap_rprintf(pg->r, "%s: %s\n", pg->prefix, what);
    pg->prefix = prefix;
}

typedef void cell_fn(page_t *pg, json_t *md);

static const struct column {
    const char *label;
    cell_fn *fn;
} columns[] = {
    {"Domain", NULL},    {"Names", cell_names},
    {"Status", NULL},    {"Valid", cell_valid},
    {"CA", cell_ca},     {"Stapling", cell_stapling},
    {"CheckAt", cell_check}, {"Activity", cell_activity},
};

static void cell(page_t *pg, json_t *md, const struct column *c)
{
    const char *v;

    if (c->fn) {
        c->fn(pg, md);
        return;
    }
    v = !strcmp(c->label, "Domain") ? str(md, "name") : status_of(pg, md);
    if (pg->html)
        ap_rputs(esc(pg, v), pg->r);
    else
        ap_rprintf(pg->r, "%s%s: %s\n", pg->prefix, c->label, v ? v : "");
}

/* mod_md's stock taking: complete MDs, those that should renew (every
 * incomplete one too), and of these the ones whose job failed or is
 * finished (a staged certificate). */
static void stock(page_t *pg, json_t *mds)
{
    int total = 0, ok = 0, renew = 0, errored = 0, ready = 0;
    json_t *md;
    size_t i;

    json_array_foreach(mds, i, md) {
        long long state = num(md, "state");
        json_t *ren = json_object_get(md, "renewal");

        total++;
        if (state != MDSHM_MD_COMPLETE && state != MDSHM_MD_INCOMPLETE) {
            errored++;
            continue;
        }
        ok += state == MDSHM_MD_COMPLETE;
        if (state == MDSHM_MD_COMPLETE &&
            !json_is_true(json_object_get(md, "renew")))
            continue;
        renew++;
        if (num(ren, "errors") > 0 ||
            num(json_object_get(ren, "last"), "status"))
            errored++;
        else if (json_is_true(json_object_get(ren, "finished")))
            ready++;
    }
    ap_rprintf(pg->r, "ManagedCertificatesTotal: %d\n"
               "ManagedCertificatesOK: %d\nManagedCertificatesRenew: %d\n"
               "ManagedCertificatesErrored: %d\n"
               "ManagedCertificatesReady: %d\n",
               total, ok, renew, errored, ready);
}

/* OCSP responses of the MDs' certificates (mod_md's "Managed Staplings"
 * counts, with its labels: "Renew" counts revoked, "Errored" unknown). */
static void staplings(page_t *pg, json_t *mds)
{
    int total = 0, good = 0, revoked = 0, unknown = 0;
    json_t *md, *c;
    const char *key;
    size_t i;

    json_array_foreach(mds, i, md)
        json_object_foreach(json_object_get(md, "cert"), key, c) {
            json_t *ocsp = json_object_get(c, "ocsp");
            const char *s = str(ocsp, "status");

            /* mod_md staples (and counts) with MDStapling on only, the
             * certificates that name a responder */
            if (!json_is_true(json_object_get(md, "stapling")) ||
                !str(ocsp, "responder"))
                continue;
            total++;
            good += s && !strcmp(s, "good");
            revoked += s && !strcmp(s, "revoked");
            unknown += s && !strcmp(s, "unknown");
        }
    if (!pg->html)
        ap_rprintf(pg->r, "ManagedStaplingsTotal: %d\n"
                   "ManagedStaplingsOK: %d\nManagedStaplingsRenew: %d\n"
                   "ManagedStaplingsErrored: %d\n",
                   total, good, revoked, unknown);
}

static int status_hook(request_rec *r, int flags)
{
    page_t pg = {r, !(flags & AP_STATUS_SHORT), ""};
    const size_t ncol = sizeof(columns) / sizeof(columns[0]);
    json_t *doc, *mds, *md;
    size_t i;
    int rv;

    if (!mdshm_h_conf_flag("MDServerStatus", 0) ||
        !(doc = mdshm_h_status_doc(r, NULL, &rv)))
        return DECLINED;
    mds = json_object_get(doc, "managed-domains");
    if (!pg.html)
        stock(&pg, mds);
    if (json_array_size(mds) && pg.html) {
        ap_rputs("<hr>\n<h3>Managed Certificates</h3>\n"
                 "<table class='md_status'><thead><tr>\n", r);
        for (size_t c = 0; c < ncol; c++)
            ap_rprintf(r, "<th class=\"%s\">%s</th>", columns[c].label,
                       columns[c].label);
        ap_rputs("</tr>\n</thead><tbody>", r);
    }
    json_array_foreach(mds, i, md) {
        if (pg.html)
            ap_rprintf(r, "<tr class=\"%s\">", i % 2 ? "odd" : "even");
        for (size_t c = 0; c < ncol; c++) {
            pg.prefix = apr_psprintf(r->pool,
                                     "ManagedDomain[%" APR_SIZE_T_FMT "]", i);
            if (pg.html)
                ap_rputs("<td>", r);
            cell(&pg, md, &columns[c]);
            if (pg.html)
                ap_rputs("</td>", r);
        }
        if (pg.html)
            ap_rputs("</tr>", r);
    }
    if (json_array_size(mds) && pg.html)
        ap_rputs("\n</tbody>\n</table>\n", r);
    pg.prefix = "";
    staplings(&pg, mds);
    json_decref(doc);
    return OK;
}

void mdshm_h_status_page_hooks(void)
{
    APR_OPTIONAL_HOOK(ap, status_hook, status_hook, NULL, NULL,
                      APR_HOOK_MIDDLE);
}
